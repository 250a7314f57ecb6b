import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { datedFeed, datesOf, pollDates as pollSweepDates, RSS_TYPE } from '../helpers/dated-feeds.js';
import { X } from '../helpers/feed-docs.js';
import { apiSweep, pollAtThroughAdmin, pollThroughAdmin } from '../helpers/service.js';

/**
 * The thirty-second sweep (the thirty-sixth round of unseen feeds): dates as Asian, Canadian, Russian and German outlets and
 * .NET, Java and SQL Server back ends print them, Java's names for Asian charsets, a WordPress REST API address given as a
 * feed, and servers that label what they send wrongly, each feed served from a real local server, added and polled through
 * POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed= and its state from GET /api/admin/feeds.
 */
const sweep = apiSweep('feeds-unseen36-api');

const pollDates = (path: string, site: string, dates: Record<string, string>, language = '') => pollSweepDates(sweep, path, site, dates, language);

describe('Asian dates in words', () => {
  it('Japanese and Korean hours written with their word after 午後/午前 and 오후 ("午後2時05分", "오후 2시 5분") are the story’s time', async () => {
    const jp = await pollDates('/unseen36/jp.xml', 'https://www.shinshu-nippo.example.jp', { pm: '2026年11月27日 午後2時05分', am: '2026年11月27日 午前9時30分' }, 'ja');
    const kr = await pollDates('/unseen36/kr.xml', 'https://www.kwnews.example.kr', { pm: '2026년 11월 27일 오후 2시 5분', am: '2026년 11월 27일 오전 9시 30분' }, 'ko');
    expect(jp).toEqual({ pm: '2026-11-27T05:05:00.000Z', am: '2026-11-27T00:30:00.000Z' });
    expect(kr).toEqual({ pm: '2026-11-27T05:05:00.000Z', am: '2026-11-27T00:30:00.000Z' });
  });

  it('Vietnamese dates in words ("Thứ Sáu, ngày 27 tháng 11 năm 2026 - 10:05", "27 tháng 11, 2026 09:00", "lúc" before the time) are read on Vietnam’s clock', async () => {
    const dates = await pollDates('/unseen36/vn.xml', 'https://baohanoi.example.vn', {
      words: 'Thứ Sáu, ngày 27 tháng 11 năm 2026 - 10:05',
      comma: '27 tháng 11, 2026 09:00',
      sunday: 'Chủ nhật, ngày 22 tháng 11 năm 2026 lúc 08:15',
    }, 'vi');
    expect(dates).toEqual({ words: '2026-11-27T03:05:00.000Z', comma: '2026-11-27T02:00:00.000Z', sunday: '2026-11-22T01:15:00.000Z' });
  });

  it('Beijing time named in Chinese before or after the date ("北京时间", "（北京时间）") is +08:00, in a .com feed too', async () => {
    const dates = await pollDates('/unseen36/cn.xml', 'https://www.chinadesk.example.com', {
      before: '北京时间 2026-11-27 14:05',
      after: '2026年11月27日 13:05（北京时间）',
      // After an offset the words only name it.
      offset: '2026-11-27 12:05:00 +08:00 北京时间',
      gmt: '2026年11月27日 11:05 GMT+8（北京时间）',
    });
    expect(dates).toEqual({ before: '2026-11-27T06:05:00.000Z', after: '2026-11-27T05:05:00.000Z', offset: '2026-11-27T04:05:00.000Z', gmt: '2026-11-27T03:05:00.000Z' });
  });

  it('Taiwan’s Minguo years ("中華民國115年11月27日 14:05", "民國115年11月26日") are 2026, on Taiwan’s clock', async () => {
    const dates = await pollDates('/unseen36/tw.xml', 'https://www.gov.example.tw', { time: '中華民國115年11月27日 14:05', day: '民國115年11月26日' });
    expect(dates).toEqual({ time: '2026-11-27T06:05:00.000Z', day: '2026-11-25T16:00:00.000Z' });
  });

  it('Khmer and Burmese dates in their own digits and months are read on their country’s clock', async () => {
    const kh = await pollDates('/unseen36/kh.xml', 'https://www.khmerdesk.example.com.kh', { words: 'ថ្ងៃសុក្រ ទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ១០:០៥', plain: '២៦ វិច្ឆិកា ២០២៦ ០៩:០០' }, 'km');
    const mm = await pollDates('/unseen36/mm.xml', 'https://www.myanmardesk.example.com.mm', { first: 'နိုဝင်ဘာ ၂၇၊ ၂၀၂၆', time: '၂၆ နိုဝင်ဘာ ၂၀၂၆ ၁၀:၀၅' }, 'my');
    expect(kh).toEqual({ words: '2026-11-27T03:05:00.000Z', plain: '2026-11-26T02:00:00.000Z' });
    expect(mm).toEqual({ first: '2026-11-26T17:30:00.000Z', time: '2026-11-26T03:35:00.000Z' });
  });
});

describe('zone names in other languages', () => {
  it('German’s WEZ and OESZ, Canadian French’s HNE and HAE (with the spaced "10 h 05"), Russian’s мск and Singapore’s SST are their offsets', async () => {
    const de = await pollDates('/unseen36/de.xml', 'https://www.inselbote.example.de', { wez: '27.11.2026, 10:05 Uhr WEZ', oesz: 'Fri, 27 Nov 2026 09:05:00 OESZ' }, 'de');
    const ca = await pollDates('/unseen36/ca.xml', 'https://ici.nouvelles.example.ca', { spaced: '27 novembre 2026 à 10 h 05 HNE', rfc: 'Fri, 27 Nov 2026 09:05:00 HAE' }, 'fr-CA');
    const ru = await pollDates('/unseen36/ru.xml', 'https://www.vesti.example.ru', { words: '27 ноября 2026, 10:05 мск', dotted: '27.11.2026 09:05 (МСК)' }, 'ru');
    const sg = await pollDates('/unseen36/sg.xml', 'https://www.straitsdesk.example.com.sg', { sst: 'Fri, 27 Nov 2026 10:05:00 SST' });
    expect(de).toEqual({ wez: '2026-11-27T10:05:00.000Z', oesz: '2026-11-27T06:05:00.000Z' });
    expect(ca).toEqual({ spaced: '2026-11-27T15:05:00.000Z', rfc: '2026-11-27T13:05:00.000Z' });
    expect(ru).toEqual({ words: '2026-11-27T07:05:00.000Z', dotted: '2026-11-27T06:05:00.000Z' });
    expect(sg).toEqual({ sst: '2026-11-27T02:05:00.000Z' });
  });

  it('guards: SST outside Singapore (Samoa’s, or none) names no zone, and a bracketed name after an offset ("+0545 (NPT)") only repeats it', async () => {
    const before = Date.now();
    const dates = await pollDates('/unseen36/sst.xml', 'https://www.islanddesk.example.com', { sst: 'Fri, 27 Nov 2026 10:05:00 SST', npt: 'Fri, 27 Nov 2026 10:05:00 +0545 (NPT)' });
    expect(dates.npt).toBe('2026-11-27T04:20:00.000Z');
    // No date: the story takes the time it was fetched.
    expect(Date.parse(dates.sst!)).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('back ends’ stamps', () => {
  it('ASP.NET’s "/Date(…)/" (in a JSON Feed and in RSS, with its offset), SQL Server’s milliseconds after a colon, a 14-digit stamp and epoch seconds with a fraction', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Civic JSON',
      home_page_url: 'https://www.civic.example.in/',
      items: [{ id: 'n1', url: '/news/dotnet', title: 'Story dotnet', content_text: 'The council met on Friday.', date_published: '/Date(1795773900000)/' }],
    });
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen36/dotnet.json', json, 'application/feed+json');
    const rss = await pollDates('/unseen36/stamps.xml', 'https://www.civic.example.in', {
      offset: '/Date(1795770300000+0530)/',
      sql113: '27 Nov 2026 10:05:00:000',
      sql109: 'Nov 27 2026 09:05:00:000AM',
      fraction: '1795766700.5',
    });
    const kr = await pollDates('/unseen36/digits.xml', 'https://www.portal.example.kr', { digits: '20261127100500' });
    expect(datesOf(stories)).toEqual({ dotnet: '2026-11-27T10:05:00.000Z' });
    expect(rss).toEqual({ offset: '2026-11-27T09:05:00.000Z', sql113: '2026-11-27T04:35:00.000Z', sql109: '2026-11-27T03:35:00.000Z', fraction: '2026-11-27T08:05:00.500Z' });
    expect(kr).toEqual({ digits: '2026-11-27T01:05:00.000Z' });
  });
});

describe('Java’s charset names', () => {
  /** An RSS document whose channel and item titles are `title` and `headline`, encoded in `encoding`, with `prolog` as its declaration. */
  const encodedFeed = (prolog: string, encoding: string, title: string, headline: string) =>
    Buffer.concat([
      Buffer.from(`${prolog}<rss version="2.0"><channel><title>`),
      iconv.encode(title, encoding),
      Buffer.from('</title><link>https://portal.example.com/</link><description>News</description><item><title>'),
      iconv.encode(headline, encoding),
      Buffer.from(`</title><link>https://portal.example.com/news/${encoding}</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0900</pubDate></item></channel></rss>`),
    ]);

  it('"x-windows-949" in the prolog, "x-windows-950" and "x-mswin-936" in the header, as Java prints them, are Korean, Traditional and Simplified Chinese', async () => {
    const korean = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen36/cp949.xml', encodedFeed('<?xml version="1.0" encoding="x-windows-949"?>', 'cp949', '강원일보', '첫눈 관측'), 'text/xml');
    const big5 = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen36/cp950.xml', encodedFeed('<?xml version="1.0"?>', 'cp950', '臺北新聞', '市府發布颱風警報'), 'text/xml; charset=x-windows-950');
    const gbk = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen36/gbk.xml', encodedFeed('<?xml version="1.0"?>', 'gbk', '新闻中心', '铁路开通运营'), 'application/rss+xml; charset=x-mswin-936');
    expect([korean.feed?.title, korean.stories.map((s) => s.title)]).toEqual(['강원일보', ['첫눈 관측']]);
    expect([big5.feed?.title, big5.stories.map((s) => s.title)]).toEqual(['臺北新聞', ['市府發布颱風警報']]);
    expect([gbk.feed?.title, gbk.stories.map((s) => s.title)]).toEqual(['新闻中心', ['铁路开通运营']]);
  });

  it('guard: MySQL’s "utf8mb4" left in a prolog is UTF-8', async () => {
    const body = `<?xml version="1.0" encoding="utf8mb4"?><rss version="2.0"><channel><title>Café Desk</title><link>https://cafe.example.com/</link><description>x</description><item><title>Crème brûlée week</title><link>https://cafe.example.com/news/1</link><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate></item></channel></rss>`;
    const { feed, stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen36/utf8mb4.xml', body, 'text/xml');
    expect([feed?.title, stories.map((s) => s.title)]).toEqual(['Café Desk', ['Crème brûlée week']]);
  });
});

describe('a WordPress REST API address given as the feed', () => {
  it('a list of posts (wp-json/wp/v2/posts) is read as a feed: title, link, GMT date, picture, author; the warning names the site’s /feed/', async () => {
    const posts = [
      {
        id: 91,
        date: '2026-11-27T10:05:00',
        date_gmt: '2026-11-27T04:35:00',
        modified_gmt: '2026-11-27T04:40:00',
        guid: { rendered: 'https://desk.example.in/?p=91' },
        link: 'https://desk.example.in/2026/11/27/bridge-opens/',
        title: { rendered: 'Bridge opens &#8211; at last' },
        content: { rendered: '<p>The new bridge over the river opened to traffic on Friday after four years of work.</p>' },
        excerpt: { rendered: '<p>The new bridge opened.</p>' },
        author: 3,
        jetpack_featured_media_url: 'https://desk.example.in/wp-content/uploads/2026/11/bridge.jpg',
        yoast_head_json: { author: 'Anita Desai', og_image: [{ url: 'https://desk.example.in/wp-content/uploads/2026/11/bridge-og.jpg', width: 1200 }] },
      },
    ];
    sweep.feeds.serve('/unseen36/wp-json/wp/v2/posts', JSON.stringify(posts), { contentType: 'application/json; charset=UTF-8' });
    const { outcome, feed, stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, '/unseen36/wp-json/wp/v2/posts');
    expect([outcome.status, feed.lastError, feed.lastWarning]).toEqual(['ok', null, 'a WordPress REST API list of posts, read as a feed: the site’s /feed/ is its RSS feed']);
    expect(stories.map((s) => [s.title, s.link, s.published, s.image, s.author, s.text])).toEqual([
      [
        'Bridge opens – at last',
        'https://desk.example.in/2026/11/27/bridge-opens/',
        '2026-11-27T04:35:00.000Z',
        'https://desk.example.in/wp-content/uploads/2026/11/bridge.jpg',
        'Anita Desai',
        'The new bridge over the river opened to traffic on Friday after four years of work.',
      ],
    ]);
  });

  it('guard: another JSON array (an API’s list of records) is still no feed, and says so', async () => {
    sweep.feeds.serve('/unseen36/records.json', JSON.stringify([{ id: 1, name: 'x' }]), { contentType: 'application/json' });
    const { feed, stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, '/unseen36/records.json');
    expect([feed.status, feed.lastError, stories]).toEqual(['backing-off', 'not a feed: JSON without a JSON Feed "items" list', []]);
  });
});

describe('servers that label what they send wrongly (probed: read as they were)', () => {
  const body = datedFeed('https://desk.example.com', { label: 'Fri, 27 Nov 2026 10:05:00 +0000' });

  it('a plain body under a bogus Content-Encoding ("UTF-8", "none") is read; links with spaces or backslashes are mended', async () => {
    const { feeds } = sweep;
    feeds.handle('/unseen36/enc-utf8.xml', (_req, res) => res.writeHead(200, { 'content-type': RSS_TYPE, 'content-encoding': 'UTF-8' }).end(body));
    feeds.handle('/unseen36/enc-none.xml', (_req, res) => res.writeHead(200, { 'content-type': RSS_TYPE, 'content-encoding': 'none' }).end(body));
    for (const path of ['/unseen36/enc-utf8.xml', '/unseen36/enc-none.xml']) {
      const { outcome, stories } = await pollAtThroughAdmin(sweep.app, feeds, path);
      expect([outcome.status, stories.map((s) => s.title)]).toEqual(['ok', ['Story label']]);
    }
    const links = `${X}<rss version="2.0"><channel><title>Desk</title><link>https://desk.example.com/</link><description>x</description><item><title>Spaces</title><link>https://desk.example.com/news/hill road reopens.html</link><description>The hill road reopened.</description></item><item><title>Backslashes</title><link>https://desk.example.com\\news\\bridge.html</link><description>The bridge reopened.</description></item></channel></rss>`;
    const { stories } = await pollThroughAdmin(sweep.app, feeds, '/unseen36/links.xml', links, RSS_TYPE);
    expect(stories.map((s) => s.link).sort()).toEqual(['https://desk.example.com/news/bridge.html', 'https://desk.example.com/news/hill%20road%20reopens.html']);
  });

  it('a plain body said to be gzipped even when the body is asked for uncompressed is refused in words, and backs off', async () => {
    sweep.feeds.handle('/unseen36/gzip-lie.xml', (_req, res) => res.writeHead(200, { 'content-type': RSS_TYPE, 'content-encoding': 'gzip' }).end(body));
    const { feed, stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, '/unseen36/gzip-lie.xml');
    expect([feed.status, feed.errors, stories]).toEqual(['backing-off', 1, []]);
    expect(feed.lastError).toBe(`${new URL(sweep.feeds.base).host} said the feed was compressed (Content-Encoding: gzip) but sent bytes that do not unpack as such`);
    // Asked twice: as usual, then for the bytes as they are.
    expect(sweep.feeds.requests.filter((r) => r.path === '/unseen36/gzip-lie.xml').map((r) => r.headers['accept-encoding'])).toEqual(['gzip, deflate, br', 'identity']);
  });
});
