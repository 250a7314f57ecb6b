import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The twenty-ninth sweep (the thirty-third round of unseen feeds): agencies' own feeds, government press offices and South Asian
 * outlets as they publish, each added and polled through POST /api/admin/feeds/poll from a real local server, its stories read back
 * from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen33-api');

type WireStory = ApiStory & { place: string | null; agency: string | null };

async function poll(path: string, body: string, contentType = 'application/rss+xml; charset=utf-8') {
  const { stories, feed } = await pollThroughAdmin(sweep.app, sweep.feeds, path, body, contentType);
  return { stories: stories as WireStory[], feed: feed! };
}

const rss = (channel: string, items: string) => `${X}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

describe("an agency's own feed", () => {
  it('a JSON Feed 1.1 titled "Anadolu Agency" credits every story to Anadolu, the bare ANKARA over one read as its place', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Anadolu Agency',
      home_page_url: 'https://www.aa.com.tr/en',
      authors: [{ name: 'Anadolu Agency' }],
      _extensions: { about: 'x' },
      items: [
        { id: '3412345', url: 'https://www.aa.com.tr/en/world/black-sea-talks/3412345', title: 'Türkiye hosts talks on Black Sea shipping', summary: 'ANKARA\n\nTürkiye hosted talks on Friday on safe shipping in the Black Sea, the Foreign Ministry said.', date_published: '2026-11-26T10:15:00+03:00', authors: [{ name: 'Burak Dag' }, { name: 'Ahmet Gencturk' }] },
        { id: '3412346', url: '/en/economy/lira/3412346', title: 'Lira weakens before rate decision', content_text: 'The Turkish lira weakened against the dollar on Friday as markets awaited the central bank’s decision.', date_published: '2026-11-26T09:15:00+03:00', authors: [{ name: 'Gokhan Ergocun' }] },
      ],
    });
    const { stories } = await poll('/unseen33/anadolu.json', body, 'application/feed+json');
    expect(stories.map((s) => [s.title, s.link, s.author, s.source, s.place, s.agency])).toEqual([
      ['Türkiye hosts talks on Black Sea shipping', 'https://www.aa.com.tr/en/world/black-sea-talks/3412345', 'Burak Dag, Ahmet Gencturk', 'Anadolu Agency', 'ANKARA', 'Anadolu'],
      ['Lira weakens before rate decision', 'https://www.aa.com.tr/en/economy/lira/3412346', 'Gokhan Ergocun', 'Anadolu Agency', null, 'Anadolu'],
    ]);
  });

  it('"Yonhap News Agency": a story without a dateline is Yonhap’s as the datelined one is; another agency’s dateline still wins', async () => {
    const item = (id: string, copy: string, hour: string) =>
      `<item><title>Story ${id}</title><link>https://en.yna.co.kr/view/AEN2026112600${id}</link><description>${copy}</description><pubDate>Thu, 26 Nov 2026 ${hour}:53:31 +0900</pubDate><dc:creator>Kim Boram</dc:creator></item>`;
    const body = rss(
      '<title>Yonhap News Agency</title><link>https://en.yna.co.kr</link><description>Yonhap</description>',
      item('1', 'SEOUL, Nov. 26 (Yonhap) -- The Bank of Korea cut its key rate by a quarter percentage point on Thursday.', '10') +
        item('2', 'The two Koreas held no talks this year, the unification ministry said on Thursday in its annual report.', '09') +
        item('3', 'TOKYO, Nov. 26 (Kyodo) -- Japan’s cabinet approved an extra budget on Thursday to fund price relief.', '08'),
    );
    const { stories } = await poll('/unseen33/yonhap.xml', body);
    expect(stories.map((s) => [s.title, s.source, s.place, s.agency])).toEqual([
      ['Story 1', 'Yonhap News Agency', 'SEOUL', 'Yonhap'],
      ['Story 2', 'Yonhap News Agency', null, 'Yonhap'],
      ['Story 3', 'Yonhap News Agency', 'TOKYO', 'Kyodo'],
    ]);
  });

  it('a feed titled by a mark alone ("CNA", Singapore’s broadcaster as often as Taiwan’s agency) credits no agency', async () => {
    const body = rss(
      '<title>CNA</title><link>https://www.channelnewsasia.com</link><description>CNA</description>',
      '<item><title>MRT line extension opens</title><link>https://www.channelnewsasia.com/singapore/mrt-extension-4712345</link><description>The new stretch of the Thomson-East Coast Line opened to commuters on Thursday morning.</description><pubDate>Thu, 26 Nov 2026 08:00:00 +0800</pubDate></item>',
    );
    const { stories } = await poll('/unseen33/cna.xml', body);
    expect(stories.map((s) => [s.source, s.agency])).toEqual([['CNA', null]]);
  });
});

describe('government press offices', () => {
  it('PIB’s "***" and the desk’s initials between <br>s, under English or Hindi copy, end the release', async () => {
    const item = (id: string, html: string) =>
      `<item><title>Release ${id}</title><link>https://pib.gov.in/PressReleasePage.aspx?PRID=207712${id}</link><description><![CDATA[${html}]]></description><pubDate>Thu, 26 Nov 2026 1${id}:05:00 +0530</pubDate></item>`;
    const body = rss(
      '<title>Press Information Bureau</title><link>https://pib.gov.in</link><description>PIB</description>',
      item('1', 'The Prime Minister addressed the national cooperative conference in New Delhi today.<br/>***<br/>MG/KC/SK') +
        item('2', 'प्रधानमंत्री श्री नरेन्द्र मोदी ने आज नई दिल्ली में राष्ट्रीय सहकारिता सम्मेलन को संबोधित किया।<br/>***<br/>एमजी/केसी/एसके/1234') +
        item('3', 'The first phase ends in March.<br>* * *<br>The second phase begins in April and covers the remaining districts of the state.'),
    );
    const { stories } = await poll('/unseen33/pib.xml', body);
    expect(stories.map((s) => [s.title, s.text])).toEqual([
      ['Release 3', 'The first phase ends in March.\n\n* * *\n\nThe second phase begins in April and covers the remaining districts of the state.'],
      ['Release 2', 'प्रधानमंत्री श्री नरेन्द्र मोदी ने आज नई दिल्ली में राष्ट्रीय सहकारिता सम्मेलन को संबोधित किया।'],
      ['Release 1', 'The Prime Minister addressed the national cooperative conference in New Delhi today.'],
    ]);
  });

  it('a release titled "Joint Statement" over a heading that holds those words (WCF’s a10: elements, as MEA’s ASP.NET feed writes them) is headed by that heading', async () => {
    const body = `${X}<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel><title>Ministry of External Affairs - Press Releases</title><link>https://www.mea.gov.in/</link><description>MEA</description><item><guid isPermaLink="false">38457</guid><a10:link href="https://www.mea.gov.in/press-releases.htm?dtl/38457/Joint_Statement"/><title>Joint Statement</title><a10:content type="html">&lt;p&gt;India-Nepal Joint Statement on the visit of the Foreign Secretary&lt;/p&gt;&lt;p&gt;The two sides reviewed the entire gamut of bilateral relations, including connectivity and energy.&lt;/p&gt;</a10:content><a10:updated>2026-11-26T08:05:00+05:30</a10:updated></item></channel></rss>`;
    const { stories } = await poll('/unseen33/mea.xml', body);
    expect(stories.map((s) => [s.title, s.link, s.published, s.source, s.text])).toEqual([
      ['India-Nepal Joint Statement on the visit of the Foreign Secretary', 'https://www.mea.gov.in/press-releases.htm?dtl/38457/Joint_Statement', '2026-11-26T02:35:00.000Z', 'Ministry of External Affairs', 'The two sides reviewed the entire gamut of bilateral relations, including connectivity and energy.'],
    ]);
  });

  it('a WordPress category feed of a government’s statements ("Press Statements – United States Department of State") is the department’s', async () => {
    const body = rss(
      '<title>Press Statements &#8211; United States Department of State</title><link>https://www.state.gov</link><description>State</description>',
      '<item><title>Secretary’s Call with the Indian External Affairs Minister</title><link>https://www.state.gov/secretarys-call-with-indian-external-affairs-minister/</link><pubDate>Thu, 26 Nov 2026 14:32:10 +0000</pubDate><description>The Secretary spoke today with the Indian External Affairs Minister about trade.</description></item>',
    );
    const { stories, feed } = await poll('/unseen33/state.xml', body);
    expect(stories.map((s) => s.source)).toEqual(['United States Department of State']);
    expect(feed.title).toBe('Press Statements – United States Department of State');
  });
});

describe('South Asian dates', () => {
  it('a dotted day-first date with a twelve-hour clock ("26.11.2026 10:05 PM", "26.11.2026 | 09:30 AM") is read on the feed’s country’s clock', async () => {
    const item = (slug: string, date: string) =>
      `<item><title>${slug}</title><link>https://www.lokvarta.in/news/${slug}</link><description>The municipal corporation approved the budget for the coming year on Thursday.</description><pubDate>${date}</pubDate></item>`;
    const body = rss('<title>Lok Varta</title><link>https://www.lokvarta.in</link><description>News</description><language>en-IN</language>', item('night', '26.11.2026 10:05 PM') + item('morning', '26.11.2026 | 09:30 AM'));
    const { stories } = await poll('/unseen33/dotted.xml', body);
    expect(stories.map((s) => [s.title, s.published])).toEqual([
      ['night', '2026-11-26T16:35:00.000Z'],
      ['morning', '2026-11-26T04:00:00.000Z'],
    ]);
  });
});

describe('South Asian outlets’ teasers', () => {
  it('an outlet’s dashed credit run into a one-paragraph teaser ("… provinces. - Daily Mirror") goes; another name after a dash stays', async () => {
    const item = (slug: string, title: string, copy: string, hour: string) =>
      `<item><title>${title}</title><link>https://www.dailymirror.lk/breaking-news/${slug}/108-2987</link><description><![CDATA[<img src="https://cdn.dailymirror.lk/assets/uploads/image_${slug}.jpg" alt="" />${copy}]]></description><pubDate>Thu, 26 Nov 2026 ${hour}:10:00 +0530</pubDate></item>`;
    const body = rss(
      '<title>Daily Mirror - Breaking News</title><link>https://www.dailymirror.lk</link><description>Latest</description>',
      item('rain', 'Heavy rain warning for two provinces', 'The Department of Meteorology has issued a heavy rain warning for the Western and Southern provinces. - Daily Mirror ', '14') +
        item('quota', 'Fuel quota to rise next month', 'The minister said the fuel quota would be raised next month. - Ceylon Petroleum Corporation chairman', '13'),
    );
    const { stories } = await poll('/unseen33/dailymirror.xml', body);
    expect(stories.map((s) => [s.title, s.text, s.image])).toEqual([
      ['Heavy rain warning for two provinces', 'The Department of Meteorology has issued a heavy rain warning for the Western and Southern provinces.', 'https://cdn.dailymirror.lk/assets/uploads/image_rain.jpg'],
      ['Fuel quota to rise next month', 'The minister said the fuel quota would be raised next month. - Ceylon Petroleum Corporation chairman', 'https://cdn.dailymirror.lk/assets/uploads/image_quota.jpg'],
    ]);
  });
});

describe('bylines as South Asian templates fill dc:creator', () => {
  it('a stamp after a bar with no word before it ("PTI | November 26, 2026 10:05 IST") goes, and an agency named after a bar credits the story', async () => {
    const item = (n: number, creator: string) =>
      `<item><title>Council story ${n}</title><link>https://www.citydesk.in/news/${n}</link><description>The council approved bus route ${n} for the old city on Thursday after a long debate.</description><pubDate>Thu, 26 Nov 2026 0${n}:00:00 +0530</pubDate><dc:creator><![CDATA[${creator}]]></dc:creator></item>`;
    const body = rss(
      '<title>City Desk</title><link>https://www.citydesk.in</link><description>News</description>',
      item(3, 'PTI | November 26, 2026 10:05 IST') + item(2, 'IANS | New Delhi | November 26, 2026 09:05 IST') + item(1, 'Reuters | AFP'),
    );
    const { stories } = await poll('/unseen33/bylines.xml', body);
    expect(stories.map((s) => [s.title, s.author, s.agency])).toEqual([
      ['Council story 3', 'PTI', 'PTI'],
      ['Council story 2', 'IANS', 'IANS'],
      ['Council story 1', 'Reuters | AFP', 'Reuters'],
    ]);
  });
});

describe('pictures', () => {
  it('a feed’s thumbnail gives way to the same file asked for wider in the copy (WordPress VIP’s "?w=200" beside "?w=1200"); a file asked for with no width stays', async () => {
    const item = (slug: string, thumbnail: string, hour: string) =>
      `<item><title>Story ${slug}</title><link>https://indianexpress.com/article/india/${slug}-9695432/</link><dc:creator>Express News Service</dc:creator><pubDate>Thu, 26 Nov 2026 ${hour}:45:12 +0000</pubDate><description><![CDATA[<img width="1200" height="667" src="https://images.indianexpress.com/2026/11/${slug}.jpg?w=1200" class="attachment-full size-full wp-post-image" alt="" />Eknath Shinde will continue as caretaker chief minister till the new government is sworn in, the BJP said.]]></description><media:thumbnail url="${thumbnail}" /></item>`;
    const body = `${X}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>India News | The Indian Express</title><link>https://indianexpress.com/section/india/</link><description>India</description>${item('shinde', 'https://images.indianexpress.com/2026/11/shinde.jpg?w=200', '08')}${item('fadnavis', 'https://images.indianexpress.com/2026/11/fadnavis.jpg', '07')}</channel></rss>`;
    const { stories } = await poll('/unseen33/vip.xml', body);
    expect(stories.map((s) => [s.title, s.image])).toEqual([
      ['Story shinde', 'https://images.indianexpress.com/2026/11/shinde.jpg?w=1200'],
      ['Story fadnavis', 'https://images.indianexpress.com/2026/11/fadnavis.jpg'],
    ]);
  });
});

describe('international broadcasters’ sign-offs', () => {
  it('France 24’s "(FRANCE 24 with AFP)" and DW’s initials over its sources ("kb/rt (AFP, Reuters)") leave the copy; "(AFP, Reuters)" alone stays', async () => {
    const item = (n: number, foot: string) =>
      `<item><title>Europe story ${n}</title><link>https://www.europedesk.example/${n}</link><description>x</description><content:encoded><![CDATA[<p>European Union leaders met in Brussels on Thursday to discuss a joint defence fund.</p><p>No agreement was reached.</p><p>${foot}</p>]]></content:encoded><pubDate>Thu, 26 Nov 2026 0${n}:00:00 +0000</pubDate></item>`;
    const body = `${X}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Europe Desk</title><link>https://www.europedesk.example</link><description>x</description>${item(3, '(FRANCE 24 with AFP)')}${item(2, 'kb/rt (AFP, Reuters)')}${item(1, '(AFP, Reuters)')}</channel></rss>`;
    const { stories } = await poll('/unseen33/broadcasters.xml', body);
    const copy = 'European Union leaders met in Brussels on Thursday to discuss a joint defence fund.\n\nNo agreement was reached.';
    expect(stories.map((s) => [s.title, s.text])).toEqual([
      ['Europe story 3', copy],
      ['Europe story 2', copy],
      ['Europe story 1', `${copy}\n\n(AFP, Reuters)`],
    ]);
  });
});
