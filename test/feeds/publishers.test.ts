import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeedBody } from '../../src/feeds/charset.js';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { fetchFeed } from '../../src/feeds/fetch.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { incomingItems, pollFeed } from '../../src/feeds/poll.js';
import { addFeed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import type { StoryDraft } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';

/**
 * Feeds of kinds the earlier sweeps had not met (government CMSs, Arabic and Indic newsrooms, portals), each a
 * small document written as the publisher's software writes it, served over HTTP and read as a poll reads it:
 * fetched, decoded, parsed and normalised.
 */
const fetchedAt = Date.parse('2026-11-26T15:00:00Z');
let server: FeedServer;
let served = 0;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await ctx.cleanup();
});

const ctx = testCtx('feeds-publishers', { PUBLIC_URL: 'https://wirebrief.example' });
const classify = createClassifier(loadTaxonomy());

/** The stories a poll makes of a document served at `path` (a fresh path per call unless one is given). */
async function polled(body: string | Buffer, opts: { contentType?: string; path?: string } = {}): Promise<StoryDraft[]> {
  const path = opts.path ?? `/feed-${++served}.xml`;
  server.serve(path, body, { contentType: opts.contentType ?? 'application/rss+xml; charset=utf-8' });
  const fetched = await fetchFeed(server.url(path), { publicUrl: 'https://wirebrief.example', timeoutMs: 5_000, maxBytes: 5 * 1024 * 1024 });
  if (fetched.status !== 'ok') throw new Error('not modified');
  const parsed = await parseFeed(decodeFeedBody(fetched.body, fetched.contentType).text, fetched.contentType);
  return incomingItems(parsed, fetched.url, fetchedAt).map((item) => item.draft()!);
}

const iso = (t: number) => new Date(t).toISOString();

describe('dates in Arabic and in India’s other scripts', () => {
  it.each([
    // Egypt's and the Gulf's month names, after a weekday and the Arabic comma, with " - " before the time.
    ['الخميس، 26 نوفمبر 2026 - 14:05', null, '2026-11-26T14:05:00.000Z'],
    ['الخميس، 26 نوفمبر 2026 - 14:05', 'ae', '2026-11-26T10:05:00.000Z'],
    ['٢٦ نوفمبر ٢٠٢٦ ١٤:٠٥ +0300', null, '2026-11-26T11:05:00.000Z'],
    // Hamza seats written or not, "الساعة" before the time, "م" and "ص" for PM and AM.
    ['26 أكتوبر 2026 الساعة 02:05 م', 'eg', '2026-10-26T11:05:00.000Z'],
    ['26 اكتوبر 2026 10:30 ص', null, '2026-10-26T10:30:00.000Z'],
    // The Levant's and Iraq's months, one word or two; the Maghreb's; Persian's names of the Western months.
    ['26 تشرين الثاني 2026', null, '2026-11-26T00:00:00.000Z'],
    ['5 كانون الأول 2026', null, '2026-12-05T00:00:00.000Z'],
    ['5 شباط 2026', null, '2026-02-05T00:00:00.000Z'],
    ['5 جويلية 2026', null, '2026-07-05T00:00:00.000Z'],
    ['۲۶ نوامبر ۲۰۲۶', null, '2026-11-26T00:00:00.000Z'],
    // Tamil, Telugu, Kannada, Malayalam (with the older chillu spelling too), Gujarati, Punjabi, Marathi, Odia digits and month.
    ['26 நவம்பர் 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['26 నవంబర్ 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['26 ನವೆಂಬರ್ 2026 14:05', 'in', '2026-11-26T08:35:00.000Z'],
    ['26 നവംബർ 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['5 മാര്‍ച്ച് 2026', null, '2026-03-05T00:00:00.000Z'],
    ['26 નવેમ્બર 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['26 ਨਵੰਬਰ 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['26 नोव्हेंबर 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['୨୬ ଅକ୍ଟୋବର ୨୦୨୬', null, '2026-10-26T00:00:00.000Z'],
    // The month first, in Hindi as in English; Indonesian's older "Nopember", Filipino, Swahili.
    ['नवंबर 26, 2026', 'in', '2026-11-25T18:30:00.000Z'],
    ['26 Nopember 2026', null, '2026-11-26T00:00:00.000Z'],
    ['Nobyembre 26, 2026', null, '2026-11-26T00:00:00.000Z'],
    ['5 Machi 2026', null, '2026-03-05T00:00:00.000Z'],
  ])('reads %s (%s)', (raw, region, expected) => {
    const t = parseFeedDate(raw, region);
    expect(t === null ? null : iso(t)).toBe(expected);
  });

  it.each([
    ['2026/11/26 14:05', 'jp', '2026-11-26T05:05:00.000Z'],
    ['2026.11.26 14:05', 'kr', '2026-11-26T05:05:00.000Z'],
    ['2026/11/26', 'jp', '2026-11-25T15:00:00.000Z'],
    ['2026.1.5 9:05', 'cn', '2026-01-05T01:05:00.000Z'],
    ['2026/11/26T14:05:00Z', null, '2026-11-26T14:05:00.000Z'],
    ['2026/11/31', null, null],
  ])('reads the year first with slashes or dots, %s, by the clock of the feed’s country (%s)', (raw, region, expected) => {
    const t = parseFeedDate(raw, region);
    expect(t === null ? null : iso(t)).toBe(expected);
  });

  it('reads an ambiguous numeric date in the order the feed’s other dates show', async () => {
    const feed = (first: string, second: string) => `<rss version="2.0"><channel><title>Notices</title><link>https://notices.example.org/</link>
<item><title>One</title><link>https://notices.example.org/1</link><pubDate>${first}</pubDate></item>
<item><title>Two</title><link>https://notices.example.org/2</link><pubDate>${second}</pubDate></item></channel></rss>`;
    // Day-first: "25/11/2026" shows it, so "05/11/2026" is 5 November (it was read as 11 May).
    expect((await polled(feed('25/11/2026 14:05', '05/11/2026 09:00'))).map((s) => iso(s.published))).toEqual(['2026-11-25T14:05:00.000Z', '2026-11-05T09:00:00.000Z']);
    // Month-first (.NET's en-US default, as India's MEA prints it): "11/25/2026" shows it, and dashes follow it too.
    expect((await polled(feed('11/25/2026 2:05:00 PM', '05-11-2026 09:00'))).map((s) => iso(s.published))).toEqual(['2026-11-25T14:05:00.000Z', '2026-05-11T09:00:00.000Z']);
    // Nothing shows it: slashes month-first, dashes day-first, as before.
    expect((await polled(feed('05/11/2026 09:00', '05-11-2026 09:00'))).map((s) => iso(s.published))).toEqual(['2026-05-11T09:00:00.000Z', '2026-11-05T09:00:00.000Z']);
  });

  it.each([
    // A weekday of two words (Vietnamese), a space after each dot (Czech), a dot after the year (Serbian).
    ['Thứ năm, 26/11/2026 14:05', 'vn', '2026-11-26T07:05:00.000Z'],
    ['Thứ Năm, 26/11/2026, 14:05 (GMT+7)', null, '2026-11-26T07:05:00.000Z'],
    ['26. 11. 2026 14:05', 'cz', '2026-11-26T13:05:00.000Z'],
    ['26.11.2026. 14:05', 'rs', '2026-11-26T13:05:00.000Z'],
    // Zoneless times in more countries that keep one zone: Croatia, Jordan, Morocco (+01:00 all year), Argentina, Peru.
    ['26.11.2026 14:05', 'hr', '2026-11-26T13:05:00.000Z'],
    ['2026-11-26 14:05', 'jo', '2026-11-26T11:05:00.000Z'],
    ['2026-11-26 14:05', 'ma', '2026-11-26T13:05:00.000Z'],
    ['26/11/2026 14:05', 'ar', '2026-11-26T17:05:00.000Z'],
    ['26/11/2026 14:05', 'pe', '2026-11-26T19:05:00.000Z'],
    // A domain used for its letters says no country: .me stays UTC. Colombia ('co') is named only by .com.co and the like or
    // es-CO (regionOf gives a bare .co no country), and is read on Bogotá's clock.
    ['2026-11-26 14:05', 'co', '2026-11-26T19:05:00.000Z'],
    ['2026-11-26 14:05', 'me', '2026-11-26T14:05:00.000Z'],
  ])('reads %s (%s)', (raw, region, expected) => {
    const t = parseFeedDate(raw, region);
    expect(t === null ? null : iso(t)).toBe(expected);
  });

  it('reads ACDT, Adelaide’s summer time', () => {
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 ACDT')).toBe(Date.parse('2026-11-26T03:35:00Z'));
  });

  it('still gives no date for a word that is no month, in any script', () => {
    expect(parseFeedDate('26 خبر 2026')).toBeNull();
    expect(parseFeedDate('26 ዜና 2026')).toBeNull();
    expect(parseFeedDate('खबर 26, 2026')).toBeNull();
  });

  it('dates an Arabic wire item by its localised pubDate, in the feed’s country', async () => {
    const [s] = await polled(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الأنباء</title><link>https://www.wam.example.ae/ar</link><language>ar-AE</language>
<item><title>الرئيس يستقبل وزير الخارجية</title><link>https://www.wam.example.ae/ar/article/abc</link><description>استقبل الرئيس اليوم وزير الخارجية.</description><pubDate>الخميس، 26 نوفمبر 2026 - 14:05</pubDate></item></channel></rss>`);
    expect(iso(s!.published)).toBe('2026-11-26T10:05:00.000Z');
  });
});

describe('government and municipal CMSs', () => {
  it('reads a Drupal 8+ press release without the title, account and date fields Drupal prints before its body', async () => {
    const [s] = await polled(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://www.ministry.gov.example/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Press releases</title><link>https://www.ministry.gov.example/</link><language>en</language>
<item><title>Minister inaugurates new water treatment plant</title><link>https://www.ministry.gov.example/node/1234</link>
<description>&lt;span class=&quot;field field--name-title field--type-string field--label-hidden&quot;&gt;Minister inaugurates new water treatment plant&lt;/span&gt;
&lt;span class=&quot;field field--name-uid field--type-entity-reference field--label-hidden&quot;&gt;&lt;span lang=&quot;&quot; about=&quot;/user/12&quot; typeof=&quot;schema:Person&quot; property=&quot;schema:name&quot;&gt;pressoffice&lt;/span&gt;&lt;/span&gt;
&lt;span class=&quot;field field--name-created field--type-created field--label-hidden&quot;&gt;Thu, 11/26/2026 - 10:30&lt;/span&gt;
&lt;div class=&quot;clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item&quot;&gt;&lt;p&gt;The plant will serve 200,000 residents.&lt;/p&gt;&lt;p&gt;&lt;img src=&quot;/sites/default/files/2026-11/plant.jpg&quot; alt=&quot;plant&quot; width=&quot;800&quot; height=&quot;500&quot; /&gt;&lt;/p&gt;&lt;/div&gt;</description>
<pubDate>Thu, 26 Nov 2026 10:30:00 +0000</pubDate><dc:creator>pressoffice</dc:creator><guid isPermaLink="false">1234 at https://www.ministry.gov.example</guid></item></channel></rss>`);
    expect(s).toMatchObject({ text: 'The plant will serve 200,000 residents.', summary: 'The plant will serve 200,000 residents.', image: 'https://www.ministry.gov.example/sites/default/files/2026-11/plant.jpg' });
  });

  it('resolves a Joomla feed’s relative pictures under the site, not under index.php, and drops its "Read more" link', async () => {
    const [s] = await polled(`<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0"><channel><title>News</title><link>https://www.town.example/index.php/news</link>
<item><title>Road closures for the winter market</title><link>https://www.town.example/index.php/news/125-road-closures</link>
<description><![CDATA[<p><img src="images/news/market.jpg" alt="" /></p>
<p>Several streets will be closed from Friday.</p>
<p class="readmore"><a href="/index.php/news/125-road-closures">Read more ...</a></p>]]></description>
<pubDate>Thu, 26 Nov 2026 09:00:00 +0100</pubDate></item></channel></rss>`);
    expect(s).toMatchObject({ text: 'Several streets will be closed from Friday.', image: 'https://www.town.example/images/news/market.jpg' });
  });

  it('resolves a Joomla item link written from the site’s folder ("index.php/news/…") there, not below index.php', async () => {
    const [s] = await polled(`<rss version="2.0"><channel><title>News</title><link>https://www.town.example/index.php/news</link>
<item><title>Relative item</title><link>index.php/news/126-market-opens</link></item></channel></rss>`);
    expect(s!.link).toBe('https://www.town.example/index.php/news/126-market-opens');
  });
});

describe('what portals and templates write', () => {
  it('takes a media:content that says only its size (Yahoo News) as the picture, and not a clip that says its duration', async () => {
    const [a, b] = await polled(`<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel><title>Yahoo News - Latest News &amp; Headlines</title><link>https://www.yahoo.com/news</link>
<item><title>Storm batters coast as thousands lose power</title><link>https://www.yahoo.com/news/storm-batters-coast-081500123.html</link><pubDate>2026-11-26T08:15:00Z</pubDate>
<source url="https://www.reuters.com/">Reuters</source><guid isPermaLink="false">storm-batters-coast-081500123.html</guid>
<media:content height="86" url="https://s.yimg.example/uu/api/res/1.2/AbC--/YXBwaWQ9/https://media.zenfs.example/en/reuters.com/abc123" width="130"/><media:credit role="publishing company"/></item>
<item><title>A clip</title><link>https://www.yahoo.com/news/clip-1.html</link><media:content url="https://video.example/stream/abc" width="640" height="360" duration="95"/></item>
</channel></rss>`);
    expect(a!.image).toBe('https://s.yimg.example/uu/api/res/1.2/AbC--/YXBwaWQ9/https://media.zenfs.example/en/reuters.com/abc123');
    expect(b!.image).toBeNull();
  });

  it('reads a link a template printed as an HTML anchor as its address', async () => {
    const [s] = await polled(`<rss version="2.0"><channel><title>ASP News</title><link>http://asp.example/</link>
<item><title>Link in an anchor</title><link><![CDATA[<a href="http://asp.example/news.aspx?id=14&amp;cat=2">Read</a>]]></link><description>Body.</description></item></channel></rss>`);
    expect(s).toMatchObject({ link: 'http://asp.example/news.aspx?id=14&cat=2', guid: 'http://asp.example/news.aspx?id=14&cat=2' });
  });

  it('reads a template’s empty field printed as "null" or "undefined" as no text and no title', async () => {
    const [a, b] = await polled(`<rss version="2.0"><channel><title>Null Feed</title><link>https://nullfeed.example/</link>
<item><title>Real headline here</title><link>https://nullfeed.example/1</link><description>null</description></item>
<item><title>undefined</title><link>https://nullfeed.example/3</link><description>Body of three. It goes on.</description></item>
</channel></rss>`);
    expect(a).toMatchObject({ title: 'Real headline here', text: '', summary: '' });
    expect(b).toMatchObject({ title: 'Body of three', text: 'Body of three. It goes on.' });
  });
});

describe('guids that are no identity', () => {
  const sameGuid = (guid: string, site = 'sameguid.example') => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Same Guid CMS</title><link>https://${site}/</link>
<item><title>First story about the harbour</title><link>https://${site}/news/1</link><guid>${guid}</guid><description>First body about the harbour works.</description></item>
<item><title>Second story about the school</title><link>https://${site}/news/2</link><guid>${guid}</guid><description>Second body about the school board.</description></item>
<item><title>Second story about the school</title><link>https://${site}/news/2?utm_source=rss</link><guid>same-item-twice</guid><description>Second body about the school board.</description></item>
<item><title>Second story about the school</title><link>https://${site}/news/2</link><guid>same-item-twice</guid><description>Second body about the school board.</description></item>
<item><title>Third story about the market</title><link>https://${site}/news/3</link><guid>${guid}</guid><description>Third body about the market.</description></item>
</channel></rss>`;

  it('stores every item of a feed that prints one guid for all of them, each known by its link', async () => {
    for (const [guid, site] of [['https://one.example/', 'one.example'], ['0', 'two.example']] as const) {
      server.serve(`/same-guid-${guid.length}.xml`, sameGuid(guid, site));
      const { feed } = await addFeed(ctx, server.url(`/same-guid-${guid.length}.xml`), { intervalMinutes: 10 });
      const outcome = await pollFeed(ctx, classify, feed.id);
      expect(outcome).toMatchObject({ status: 'ok', added: 3 });
      const stored = (await queryStories(ctx, { feedId: feed.id, limit: 10 })).stories;
      expect(stored.map((s) => s.link).sort()).toEqual([`https://${site}/news/1`, `https://${site}/news/2`, `https://${site}/news/3`]);
      // Polled again (the document changed elsewhere, so it is read again), the same three are known: none is new.
      server.serve(`/same-guid-${guid.length}.xml`, `${sameGuid(guid, site)}\n<!-- rebuilt -->`);
      expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 0, updated: 0 });
    }
  });

  it('keeps the guid of an item printed twice, and of items whose guids differ', async () => {
    const guids = (await polled(sameGuid('shared'))).map((s) => s.guid);
    expect(guids).toEqual(['https://sameguid.example/news/1', 'https://sameguid.example/news/2', 'same-item-twice', 'same-item-twice', 'https://sameguid.example/news/3']);
  });
});

describe('pages that name their feed', () => {
  it('follows a feed declared with a charset in its type, or as plain XML its title calls a feed, and not other XML', async () => {
    const feed = (story: string) =>
      `<rss version="2.0"><channel><title>Town News</title><link>https://town.example/</link><item><title>${story}</title><link>https://town.example/${story.length}</link><description>${story} today.</description></item></channel></rss>`;
    server.serve('/declared/a.xml', feed('Market opens'));
    server.serve('/declared/b.xml', feed('Bridge reopens after repairs'));
    server.serve('/declared/sitemap.xml', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', { contentType: 'application/xml' });
    const pages: [string, string, string][] = [
      ['/declared/charset.html', '<link rel="alternate" type="application/rss+xml; charset=UTF-8" href="/declared/a.xml">', 'Market opens'],
      ['/declared/plain-xml.html', '<link rel="alternate" type="application/xml" href="/declared/sitemap.xml"><link rel="alternate" type="text/xml" title="RSS Feed" href="/declared/b.xml">', 'Bridge reopens after repairs'],
    ];
    for (const [path, head, title] of pages) {
      server.serve(path, `<!DOCTYPE html><html><head><title>Town</title>${head}</head><body><h1>Town</h1></body></html>`, { contentType: 'text/html; charset=utf-8' });
      const { feed: added } = await addFeed(ctx, server.url(path), { intervalMinutes: 10 });
      expect(await pollFeed(ctx, classify, added.id)).toMatchObject({ status: 'ok', added: 1 });
      expect((await queryStories(ctx, { feedId: added.id, limit: 5 })).stories.map((s) => s.title)).toEqual([title]);
    }
  });
});

describe('links that change from poll to poll', () => {
  it('reads the page out of Facebook’s and LinkedIn’s link shims, and drops a question mark with nothing after it', async () => {
    const stories = await polled(`<rss version="2.0"><channel><title>Page posts</title><link>https://www.facebook.com/citycouncil</link>
<item><title>Shim</title><link>https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example%2Fcouncil%3Fid%3D4&amp;h=AT0abc</link></item>
<item><title>LinkedIn</title><link>https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fnews.example%2Fjobs&amp;urlhash=x1</link></item>
<item><title>Bare mark</title><link>https://news.example/story.html?</link></item>
</channel></rss>`);
    expect(stories.map((s) => s.link)).toEqual(['https://news.example/council?id=4', 'https://news.example/jobs', 'https://news.example/story.html']);
  });

  it('drops a session id (Java’s ;jsessionid=, PHPSESSID, ColdFusion’s CFID/CFTOKEN) and feed referrers French and British sites write', async () => {
    const stories = await polled(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tracking</title><link>https://trk.example/</link>
<item><title>Jsession</title><link>https://trk.example/news/detail.do;jsessionid=A1B2C3D4E5F6?id=77</link><description>a</description></item>
<item><title>PHP session</title><link>https://trk.example/index.php?id=5&amp;PHPSESSID=0123456789abcdef0123456789abcdef</link><description>b</description></item>
<item><title>ColdFusion</title><link>https://trk.example/news.cfm?story=9&amp;CFID=123456&amp;CFTOKEN=98765432</link><description>c</description></item>
<item><title>Xtor</title><link>https://trk.example/article/x.html?xtor=RSS-3208</link><description>d</description></item>
<item><title>Xtor social</title><link>https://trk.example/article/y.html?xtor=AL-32280270</link><description>e</description></item>
<item><title>BBC</title><link>https://trk.example/news/uk-123?ns_mchannel=rss&amp;ns_source=PublicRSS20-sa</link><description>f</description></item>
</channel></rss>`);
    expect(stories.map((s) => s.link)).toEqual([
      'https://trk.example/news/detail.do?id=77',
      'https://trk.example/index.php?id=5',
      'https://trk.example/news.cfm?story=9',
      'https://trk.example/article/x.html',
      'https://trk.example/article/y.html?xtor=AL-32280270',
      'https://trk.example/news/uk-123',
    ]);
  });
});

describe('pictures and items where CMSs put them', () => {
  it('takes a picture from <photo>, <picture> or <imageUrl> when its text is a web link', async () => {
    const stories = await polled(`<rss version="2.0"><channel><title>P</title><link>https://pics.example/</link>
<item><title>Photo</title><link>https://pics.example/1</link><photo>https://pics.example/img/1.jpg</photo></item>
<item><title>Picture</title><link>https://pics.example/2</link><picture>https://pics.example/img/2.jpg</picture></item>
<item><title>Image URL</title><link>https://pics.example/3</link><imageUrl>https://pics.example/img/3.jpg</imageUrl></item>
<item><title>Not a link</title><link>https://pics.example/4</link><photo>Photo: Reuters</photo></item>
</channel></rss>`);
    expect(stories.map((s) => s.image)).toEqual(['https://pics.example/img/1.jpg', 'https://pics.example/img/2.jpg', 'https://pics.example/img/3.jpg', null]);
  });

  it('passes over the author’s Gravatar WordPress.com names as each post’s first media:content, and a counter', async () => {
    const [a, b] = await polled(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Island Times</title><link>https://islandtimes.wordpress.com</link>
<item><title>Ferry schedule changes for winter</title><link>https://islandtimes.wordpress.com/2026/11/26/ferry-schedule/</link><description>The ferry will run less often.</description>
<media:content url="https://0.gravatar.com/avatar/0123456789abcdef0123456789abcdef?s=96&#38;d=identicon&#38;r=G" medium="image"><media:title type="html">islandeditor</media:title></media:content>
<media:content url="https://islandtimes.files.wordpress.com/2026/11/ferry.jpg" medium="image"><media:title type="html">Ferry</media:title></media:content></item>
<item><title>Only the avatar and a counter</title><link>https://islandtimes.wordpress.com/2026/11/26/avatar-only/</link><description>x y z.</description>
<media:content url="https://0.gravatar.com/avatar/0123456789abcdef0123456789abcdef?s=96&#38;d=identicon&#38;r=G" medium="image"/>
<enclosure url="https://pixel.wp.com/b.gif?host=islandtimes.wordpress.com" type="image/gif"/></item>
</channel></rss>`);
    expect(a!.image).toBe('https://islandtimes.files.wordpress.com/2026/11/ferry.jpg');
    expect(b!.image).toBeNull();
  });

  it('reads the items of a second <channel> a generator wrote after the first', async () => {
    const stories = await polled(`<rss version="2.0"><channel><title>Two Channels</title><link>https://two.example/</link>
<item><title>First channel item</title><link>https://two.example/1</link></item></channel>
<channel><title>Two Channels B</title><link>https://two.example/b</link><item><title>Second channel item</title><link>https://two.example/2</link></item></channel></rss>`);
    expect(stories.map((s) => s.title)).toEqual(['First channel item', 'Second channel item']);
  });

  it('reads RSS 1.0 items written inside the channel', async () => {
    const [s] = await polled(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdfin.example/"><title>RDF</title><link>https://rdfin.example/</link><description>d</description>
<item rdf:about="https://rdfin.example/1"><title>Inside the channel</title><link>https://rdfin.example/1</link><dc:date>2026-11-26T10:00:00Z</dc:date></item>
</channel></rdf:RDF>`);
    expect(s).toMatchObject({ title: 'Inside the channel', link: 'https://rdfin.example/1', published: Date.parse('2026-11-26T10:00:00Z') });
  });
});

describe('.NET’s SyndicationFeed', () => {
  it('reads the link, author and full text it writes in Atom’s namespace under a10:', async () => {
    const [s, t] = await polled(`<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel><title>Department News</title><link>https://dept.gov.example/news</link><description>News</description><language>en-AU</language>
<item><guid isPermaLink="false">a6c0e6d2-6f32-4c7b-9f0e-1234567890ab</guid><a10:link rel="alternate" href="https://dept.gov.example/news/minister-announces-funding"/><a10:author><a10:name>Media Unit</a10:name></a10:author><category>Media releases</category><title>Minister announces funding</title><description>Short summary of the funding.</description><a10:content type="html">&lt;p&gt;The Minister today announced $20 million in funding.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</a10:content><pubDate>Thu, 26 Nov 2026 10:00:00 +1100</pubDate><a10:updated>2026-11-26T10:00:00+11:00</a10:updated></item>
<item><guid isPermaLink="false">b2</guid><link>https://dept.gov.example/news/two</link><title>Second</title><a10:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>markup</b> kept in order.</p></div></a10:content></item>
</channel></rss>`);
    expect(s).toMatchObject({
      link: 'https://dept.gov.example/news/minister-announces-funding',
      author: 'Media Unit',
      text: 'The Minister today announced $20 million in funding.\n\nSecond paragraph.',
      published: Date.parse('2026-11-25T23:00:00Z'),
    });
    expect(t).toMatchObject({ link: 'https://dept.gov.example/news/two', text: 'Inline markup kept in order.' });
  });
});

describe('East Asian feeds', () => {
  it('reads a Shift_JIS feed dated "2026/11/26 14:05" as Tokyo’s clock, by the country of its links', async () => {
    const body = iconv.encode(
      `<?xml version="1.0" encoding="Shift_JIS"?>\n<rss version="2.0"><channel><title>ニュース</title><link>https://www.example.co.jp/</link><item><title>首相が会見　経済対策を発表</title><link>https://www.example.co.jp/n/1</link><description>首相は２６日、会見した。</description><pubDate>2026/11/26 14:05</pubDate></item></channel></rss>`,
      'shift_jis',
    );
    const [s] = await polled(body, { contentType: 'text/xml' });
    expect(s).toMatchObject({ title: '首相が会見 経済対策を発表', text: '首相は２６日、会見した。', published: Date.parse('2026-11-26T05:05:00Z') });
  });
});

describe('links that are a listing page', () => {
  const release = (n: number, title: string) =>
    `<item><title>${title}</title><link>https://city.gov.example/press-releases</link><guid isPermaLink="false">pr-${n}</guid><description>${title}: the full release, number ${n}.</description></item>`;
  const feed = (items: string[]) => `<rss version="2.0"><channel><title>City press office</title><link>https://city.gov.example/</link>${items.join('\n')}</channel></rss>`;

  it('stores every release of a feed that links each to the page listing them, poll after poll, and each once', async () => {
    const first = [release(101, 'Water supply interrupted in Ward 5'), release(102, 'Property tax deadline extended'), release(103, 'New bus route launched')];
    server.serve('/listing.xml', feed(first));
    const { feed: added } = await addFeed(ctx, server.url('/listing.xml'), { intervalMinutes: 10 });
    expect(await pollFeed(ctx, classify, added.id)).toMatchObject({ status: 'ok', added: 3 });
    // The next release comes alone among the ones already stored: it is a story of its own, not a copy of one.
    server.serve('/listing.xml', feed([release(104, 'Library opens on Sundays'), ...first]));
    expect(await pollFeed(ctx, classify, added.id)).toMatchObject({ status: 'ok', added: 1, duplicates: 0 });
    const stored = (await queryStories(ctx, { feedId: added.id, limit: 10 })).stories;
    expect(stored.map((s) => s.title).sort()).toEqual(['Library opens on Sundays', 'New bus route launched', 'Property tax deadline extended', 'Water supply interrupted in Ward 5']);
    expect(new Set(stored.map((s) => s.link))).toEqual(new Set(['https://city.gov.example/press-releases']));
  });

  it('knows items without a guid that share a listing link by what they say, and an item printed twice as one', async () => {
    const drafts = await polled(`<rss version="2.0"><channel><title>T</title><link>https://t.gov.example/</link>
<item><title>Alpha notice</title><link>https://t.gov.example/notices</link><description>Alpha.</description></item>
<item><title>Beta notice</title><link>https://t.gov.example/notices</link><description>Beta.</description></item>
<item><title>Gamma story</title><link>https://t.gov.example/gamma</link><description>Gamma.</description></item>
<item><title>Gamma story</title><link>https://t.gov.example/gamma</link><description>Gamma.</description></item>
</channel></rss>`);
    expect(new Set(drafts.map((d) => d.guid)).size).toBe(3);
    expect(drafts.map((d) => d.sharedLink ?? false)).toEqual([true, true, false, false]);
  });
});

describe('bylines with a stamp', () => {
  it('reads the name before an "Updated:" or "Published on" stamp a template wrote into the byline', async () => {
    const stories = await polled(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>B</title><link>https://bylines.example.in/</link>
<item><title>One</title><link>https://bylines.example.in/1</link><dc:creator>Jane Doe | Updated: Nov 26, 2026 14:05 IST</dc:creator></item>
<item><title>Two</title><link>https://bylines.example.in/2</link><dc:creator>ABP News Bureau | Updated at : 26 Nov 2026 02:05 PM (IST)</dc:creator></item>
<item><title>Three</title><link>https://bylines.example.in/3</link><dc:creator>Jane Doe, Published on 26/11/2026</dc:creator></item>
<item><title>Four</title><link>https://bylines.example.in/4</link><dc:creator>Published Reporter</dc:creator></item>
</channel></rss>`);
    expect(stories.map((s) => s.author)).toEqual(['Jane Doe', 'ABP News Bureau', 'Jane Doe', 'Published Reporter']);
  });
});

describe('items linked to the feed itself', () => {
  it('takes the permalink guid over an item link that is the feed’s own address', async () => {
    const path = '/self-linked.xml';
    const [a, b] = await polled(
      `<rss version="2.0"><channel><title>Self</title><link>https://self.example/</link>
<item><title>One</title><link>${server.url(path)}</link><guid>https://self.example/news/one</guid><description>One.</description></item>
<item><title>Two</title><link>${server.url(path)}</link><guid isPermaLink="false">two</guid><description>Two.</description></item></channel></rss>`,
      { path },
    );
    expect(a!.link).toBe('https://self.example/news/one');
    expect(b!.link).toBe(server.url(path));
  });
});

describe('a link the publisher changes', () => {
  it('takes an item’s new link (a slug edited with the headline) as its story’s, and knows a copy by it', async () => {
    const item = (slug: string) =>
      `<rss version="2.0"><channel><title>Slugs</title><link>https://slugs.example/</link><item><title>Council votes on the budget tonight</title><link>https://slugs.example/2026/11/${slug}/</link><guid isPermaLink="false">https://slugs.example/?p=881</guid><description>The council votes on the budget tonight after a long debate.</description></item></channel></rss>`;
    server.serve('/slugs.xml', item('council-to-vote'));
    const { feed } = await addFeed(ctx, server.url('/slugs.xml'), { intervalMinutes: 10 });
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ added: 1 });
    server.serve('/slugs.xml', item('council-votes-budget'));
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ added: 0 });
    const [story] = (await queryStories(ctx, { feedId: feed.id, limit: 5 })).stories;
    expect(story!.link).toBe('https://slugs.example/2026/11/council-votes-budget/');
    // Another feed's item at the new address is this story again, credited to its feed.
    server.serve('/slugs-elsewhere.xml', `<rss version="2.0"><channel><title>Elsewhere</title><link>https://elsewhere.example/</link><item><title>Budget vote</title><link>https://slugs.example/2026/11/council-votes-budget/</link><description>Other words entirely.</description></item></channel></rss>`);
    const { feed: other } = await addFeed(ctx, server.url('/slugs-elsewhere.xml'), { intervalMinutes: 10 });
    expect(await pollFeed(ctx, classify, other.id)).toMatchObject({ added: 0, duplicates: 1 });
  });
});

describe('a description of very many lines', () => {
  it('reads a plain-text description of 200,000 lines (a log pasted whole) without overflowing the stack', async () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n');
    const [s] = await polled(`<rss version="2.0"><channel><title>Lines</title><link>https://lines.example/</link><item><title>A log</title><link>https://lines.example/1</link><description>${text}</description></item></channel></rss>`);
    expect(s!.summary).toBe('line 0');
    expect(s!.text.endsWith('line 199999')).toBe(true);
  }, 30_000);
});

describe('Atom served from another host than its site', () => {
  it('resolves relative entry links against the site the feed names, not the host it was fetched from; on the same host as before', async () => {
    const atom = (site: string) => `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB"><id>${site}/search/news.atom</id>
<link rel="self" type="application/atom+xml" href="${site}/search/news.atom"/><link rel="alternate" type="text/html" href="${site}/search/news"/><title>News - GOV.UK</title><updated>2026-11-26T14:00:03Z</updated>
<entry><id>${site}/government/statistics/x#2026-11-26T09:30:00Z</id><updated>2026-11-26T09:30:00Z</updated><link rel="alternate" type="text/html" href="/government/statistics/x"/><title>Statistics: Q3 2026</title><summary type="html">&lt;p&gt;Figures &lt;img src="/media/chart.png"&gt;&lt;/p&gt;</summary></entry>
<entry><id>${site}/y</id><updated>2026-11-26T09:00:00Z</updated><link href="notes/y"/><title>Path-relative</title></entry></feed>`;
    const [a, b] = await polled(atom('https://www.gov.uk'), { contentType: 'application/atom+xml' });
    expect(a).toMatchObject({ link: 'https://www.gov.uk/government/statistics/x', image: 'https://www.gov.uk/media/chart.png' });
    expect(b!.link).toBe('https://www.gov.uk/search/notes/y');
    // Served from its own host, the feed's address is the base, as RFC 4287 has it.
    const path = '/search/news.atom';
    const [c, d] = await polled(atom(server.base), { contentType: 'application/atom+xml', path });
    expect([c!.link, d!.link]).toEqual([server.url('/government/statistics/x'), server.url('/search/notes/y')]);
  });
});

describe('JSON Feed without a home page', () => {
  it('resolves relative item URLs against the feed_url it names when it has no home_page_url', async () => {
    const [s] = await polled(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Micro News',
        feed_url: 'https://micro.example/feed.json',
        items: [{ id: '1', url: '/posts/1', title: 'Relative', content_html: '<p>Hello <img src="/img/1.jpg"></p>' }],
      }),
      { contentType: 'application/feed+json' },
    );
    expect(s).toMatchObject({ link: 'https://micro.example/posts/1', image: 'https://micro.example/img/1.jpg' });
  });
});

describe('RSS that names only its own address', () => {
  it('resolves relative links against the channel’s atom:link rel="self" when it has no <link>', async () => {
    const [s] = await polled(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Self only</title>
<atom:link href="https://selfonly.example/news/feed/" rel="self" type="application/rss+xml"/>
<item><title>Relative</title><link>/news/2026/relative-story</link><description>&lt;img src="/img/a.jpg"&gt; Body.</description></item></channel></rss>`);
    expect(s).toMatchObject({ link: 'https://selfonly.example/news/2026/relative-story', image: 'https://selfonly.example/img/a.jpg' });
  });
});

describe('authors that are a CMS login, a desk or an address (ninth sweep)', () => {
  it('names no one for an account or a role, a desk for a desk’s login or credit, and a person as written', async () => {
    const logins = ['admin', 'wpadmin', 'Site Admin', 'editor1', 'user123', 'root', 'editor', 'Guest', 'news_admin', 'john.doe', 'desk@news.example.pk'];
    const desks = [['webdesk', 'Web Desk'], ['web desk', 'Web Desk'], ['Web Desk', 'Web Desk'], ['news_desk', 'News Desk'], ['By Staff Reporter', 'Staff Reporter'], ['Our Correspondent', 'Our Correspondent'], ['bdnews24.com', 'bdnews24.com']];
    const people = [['Rezaul Karim', 'Rezaul Karim'], ['By AYESHA SIDDIQA', 'Ayesha Siddiqa'], ['PTI', 'PTI']];
    const all = [...logins.map((l) => [l, null] as const), ...desks, ...people];
    const items = all.map(([creator], i) => `<item><title>Story ${i}</title><link>https://logins.example.pk/${i}</link><dc:creator>${creator}</dc:creator><description>The provincial assembly passed the budget on Thursday.</description></item>`);
    const stories = await polled(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>L</title><link>https://logins.example.pk/</link>${items.join('')}</channel></rss>`);
    // Before: "wpadmin", "Site Admin", "editor1", "user123", "root", "editor", "Guest", "news_admin", "john.doe" and "webdesk" were each shown as a person.
    expect(stories.map((s) => s.author)).toEqual(all.map(([, expected]) => expected));
  });

  it('takes the next author an item names when its first is a login', async () => {
    const [story] = await polled(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>L</title><link>https://logins.example.pk/</link>
<item><title>One</title><link>https://logins.example.pk/a</link><dc:creator>editor1</dc:creator><author>Asha Rao</author><description>Copy.</description></item></channel></rss>`);
    expect(story!.author).toBe('Asha Rao');
  });
});

describe('a release whose title is its kind (ninth sweep)', () => {
  it('heads the story with the release’s own heading, which leaves the text, or with its first sentence', async () => {
    const stories = await polled(`<rss version="2.0"><channel><title>MEA</title><link>https://releases.example.gov.in/</link>
<item><title>Media Advisory</title><link>https://releases.example.gov.in/1</link><description><![CDATA[<p>Media Advisory</p><p>Visit of External Affairs Minister to Germany (November 27-29, 2026)</p><p>External Affairs Minister Dr. S. Jaishankar will visit Germany from 27-29 November 2026.</p><p>During the visit, he will hold talks with the Foreign Minister of Germany.</p><p>New Delhi</p><p>November 26, 2026</p>]]></description></item>
<item><title>Press Release</title><link>https://releases.example.gov.in/2</link><description><![CDATA[<p>The third India-Japan 2+2 Ministerial Dialogue was held in Tokyo today.</p><p>The two sides reviewed defence cooperation.</p>]]></description></item>
<item><title>Joint Statement on the visit of the Prime Minister of Mauritius to India</title><link>https://releases.example.gov.in/3</link><description><![CDATA[<p>Joint Statement</p><p>Joint Statement on the visit of the Prime Minister of Mauritius to India</p><p>November 26, 2026</p><p>1. At the invitation of Prime Minister Shri Narendra Modi, the Prime Minister of Mauritius paid an official visit to India.</p><p>2. The two leaders held wide-ranging talks.</p>]]></description></item>
<item><title>Media Advisory: Visit of External Affairs Minister to Japan</title><link>https://releases.example.gov.in/4</link><description><![CDATA[<p>Visit of External Affairs Minister to Japan</p><p>External Affairs Minister will visit Japan next week.</p><p>He will meet the Foreign Minister of Japan.</p>]]></description></item>
</channel></rss>`);
    // Before: "Media Advisory" and "Press Release" were the headlines, and the advisory's heading the first paragraph of its text.
    expect(stories.map((s) => s.title)).toEqual([
      'Visit of External Affairs Minister to Germany (November 27-29, 2026)',
      'The third India-Japan 2+2 Ministerial Dialogue was held in Tokyo today',
      'Joint Statement on the visit of the Prime Minister of Mauritius to India',
      'Media Advisory: Visit of External Affairs Minister to Japan',
    ]);
    expect(stories.map((s) => s.text.split('\n\n'))).toEqual([
      ['External Affairs Minister Dr. S. Jaishankar will visit Germany from 27-29 November 2026.', 'During the visit, he will hold talks with the Foreign Minister of Germany.'],
      ['The third India-Japan 2+2 Ministerial Dialogue was held in Tokyo today.', 'The two sides reviewed defence cooperation.'],
      ['1. At the invitation of Prime Minister Shri Narendra Modi, the Prime Minister of Mauritius paid an official visit to India.', '2. The two leaders held wide-ranging talks.'],
      ['External Affairs Minister will visit Japan next week.', 'He will meet the Foreign Minister of Japan.'],
    ]);
    expect(stories[0]).toMatchObject({ place: 'New Delhi', summary: 'External Affairs Minister Dr. S. Jaishankar will visit Germany from 27-29 November 2026.' });
  });

  it('keeps a title that is a headline, and a first line of copy that is a sentence', async () => {
    const [story] = await polled(`<rss version="2.0"><channel><title>MEA</title><link>https://releases.example.gov.in/</link>
<item><title>Statement</title><link>https://releases.example.gov.in/5</link><description><![CDATA[<p>India is closely following the situation in Syria.</p><p>We call on all parties to work for peace.</p>]]></description></item></channel></rss>`);
    expect(story).toMatchObject({ title: 'India is closely following the situation in Syria', text: 'India is closely following the situation in Syria.\n\nWe call on all parties to work for peace.' });
  });
});

describe('a release’s heading that says its title again (tenth sweep)', () => {
  it('drops a heading-shaped first line that repeats most of the title’s words, and keeps copy that does', async () => {
    const stories = await polled(`<rss version="2.0"><channel><title>MEA</title><link>https://releases.example.gov.in/</link>
<item><title>India-Mauritius Joint Statement</title><link>https://releases.example.gov.in/10</link><description><![CDATA[<p>Joint Statement on the State Visit of the Prime Minister of Mauritius to India</p><p>1. At the invitation of Prime Minister Shri Narendra Modi, the Prime Minister of Mauritius paid a state visit to India.</p><p>2. The two leaders held talks.</p>]]></description></item>
<item><title>India, Mauritius sign maritime pact</title><link>https://releases.example.gov.in/11</link><description><![CDATA[<p>India and Mauritius on Thursday signed a maritime security pact in New Delhi</p><p>The pact was signed by the two leaders.</p>]]></description></item>
<item><title>India-Mauritius Joint Statement</title><link>https://releases.example.gov.in/12</link><description><![CDATA[<p>Outcomes of the Visit</p><p>The two sides signed eight agreements.</p>]]></description></item>
</channel></rss>`);
    // Before: "Joint Statement on the State Visit …" was the first paragraph of the text, and the summary.
    expect(stories.map((s) => s.text.split('\n\n'))).toEqual([
      ['1. At the invitation of Prime Minister Shri Narendra Modi, the Prime Minister of Mauritius paid a state visit to India.', '2. The two leaders held talks.'],
      // A sentence of copy that lost its full stop is no heading, whatever words it shares with the title.
      ['India and Mauritius on Thursday signed a maritime security pact in New Delhi', 'The pact was signed by the two leaders.'],
      // A heading that says something else is the copy's subhead.
      ['Outcomes of the Visit', 'The two sides signed eight agreements.'],
    ]);
    expect(stories[0]!.title).toBe('India-Mauritius Joint Statement');
  });
});
