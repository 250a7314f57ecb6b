import { describe, expect, it } from 'vitest';
import { MEDIA, X } from '../helpers/feed-docs.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The thirtieth sweep (the thirty-fourth round of unseen feeds): the twenty-ninth's leftovers, then shapes nobody probed, each
 * feed added and polled through POST /api/admin/feeds/poll from a real local server, its stories read back from
 * GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen34-api');

type WireStory = ApiStory & { place: string | null; agency: string | null };

async function poll(path: string, body: string, contentType = 'application/rss+xml; charset=utf-8') {
  const { stories, feed } = await pollThroughAdmin(sweep.app, sweep.feeds, path, body, contentType);
  return { stories: stories as WireStory[], feed: feed! };
}

const rss = (channel: string, items: string, ns = '') => `${X}<rss version="2.0" ${ns}><channel>${channel}${items}</channel></rss>`;
const item = (slug: string, extra: string, copy = `The city council approved the ${slug} plan on Friday after a long debate.`) =>
  `<item><title>Story ${slug}</title><link>https://www.citydesk.in/news/${slug}</link><description>${copy}</description>${extra}</item>`;

describe('South Asian dates, left over', () => {
  it('a time and zone in brackets after the date ("27 November 2026 (10:05 IST)") and an update’s time after a bar ("Nov 27, 2026 | Updated 10:05 IST") are the story’s time, as is a stamp after its template’s words ("Last Updated : …")', async () => {
    const body = rss(
      '<title>City Desk</title><link>https://www.citydesk.in</link><description>News</description>',
      item('bracketed', '<pubDate>27 November 2026 (10:05 IST)</pubDate>') + item('updated', '<pubDate>Nov 27, 2026 | Updated 09:05 IST</pubDate>') +
        item('colon', '<pubDate>Nov 27, 2026 | Updated: 08:05 IST</pubDate>') +
        item('last', '<pubDate>Last Updated : 27 Nov 2026 | 07:05 AM IST</pubDate>') +
        item('on', '<pubDate>Nov 27, 2026 | Updated on 06:05 IST</pubDate>'),
    );
    const { stories } = await poll('/unseen34/ist.xml', body);
    expect(stories.map((s) => [s.title, s.published])).toEqual([
      ['Story bracketed', '2026-11-27T04:35:00.000Z'],
      ['Story updated', '2026-11-27T03:35:00.000Z'],
      ['Story colon', '2026-11-27T02:35:00.000Z'],
      ['Story last', '2026-11-27T01:35:00.000Z'],
      ['Story on', '2026-11-27T00:35:00.000Z'],
    ]);
  });
});

describe('named zones', () => {
  it('PST in Dawn’s copy is Pakistan’s and BST in the Daily Star’s Bangladesh’s, as their outlets’ country says; elsewhere BST stays British', async () => {
    const story = (slug: string, link: string, date: string) =>
      `<item><title>Story ${slug}</title><link>${link}</link><description>The cabinet approved the ${slug} budget on Friday after a long debate.</description><pubDate>${date}</pubDate></item>`;
    const body = rss(
      '<title>South Asia Desk</title><link>https://southasiadesk.example</link><description>x</description>',
      story('dawn', 'https://www.dawn.com/news/1950123/cabinet-budget', 'Fri, 27 Nov 2026 10:05:00 PST') +
        story('star', 'https://www.thedailystar.net/news/bangladesh/cabinet-3956789', 'Fri, 27 Nov 2026 09:05:00 BST') +
        story('london', 'https://londondesk.example/news/cabinet', 'Fri, 27 Nov 2026 08:05:00 BST'),
    );
    const { stories } = await poll('/unseen34/zones.xml', body);
    expect(stories.map((s) => [s.title, s.published])).toEqual([
      ['Story london', '2026-11-27T07:05:00.000Z'],
      ['Story dawn', '2026-11-27T05:05:00.000Z'],
      ['Story star', '2026-11-27T03:05:00.000Z'],
    ]);
  });
});

describe('relative links', () => {
  it('a relative channel <link>/</link> is the site, resolved against the feed’s address, and the base of relative item links (as Miniflux reads them)', async () => {
    const body = rss(
      '<title>Hill Courier</title><link>/</link><description>News</description>',
      '<item><title>Road reopens</title><link>news/road-reopens.html</link><description>The mountain road reopened on Friday after a week of repairs to the washed-out bridge.</description><pubDate>Fri, 27 Nov 2026 08:00:00 +0530</pubDate></item>' +
        '<item><title>School term</title><link>/news/school-term.html</link><description>Schools in the district will open a week late next term because of the floods.</description><pubDate>Fri, 27 Nov 2026 07:00:00 +0530</pubDate></item>',
    );
    const { stories } = await poll('/unseen34/feeds/relative.xml', body);
    const origin = new URL(sweep.feeds.url('/')).origin;
    expect(stories.map((s) => s.link)).toEqual([`${origin}/news/road-reopens.html`, `${origin}/news/school-term.html`]);
  });

  it('without a channel link relative item links are the feed address’s', async () => {
    const body = rss('<title>Hill Courier</title><description>News</description>', '<item><title>Ferry resumes</title><link>story/ferry.html</link><description>The lake ferry resumed its winter timetable on Friday with two crossings a day.</description><pubDate>Fri, 27 Nov 2026 08:00:00 +0530</pubDate></item>');
    const { stories } = await poll('/unseen34/bare/relative.xml', body);
    expect(stories.map((s) => s.link)).toEqual([sweep.feeds.url('/unseen34/bare/story/ferry.html')]);
  });
});

describe('JSON Feed authors given only as a page', () => {
  it('an author page’s slug of words names the writer ("/author/jane-doe" is Jane Doe); a number or a login names no one, and never the address', async () => {
    const entry = (id: string, author: unknown) => ({ id, url: `https://www.harbourpost.example/${id}`, title: `Story ${id}`, content_text: `The harbour board met on Friday to discuss story ${id} and the dredging plan.`, date_published: `2026-11-27T0${id}:00:00Z`, authors: [author] });
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Harbour Post',
      home_page_url: 'https://www.harbourpost.example/',
      items: [entry('3', { url: 'https://www.harbourpost.example/author/jane-doe/' }), entry('2', { url: 'https://www.harbourpost.example/u/48213' }), entry('1', { url: 'https://www.harbourpost.example/author/Rahul-Roy' })],
    });
    const { stories } = await poll('/unseen34/authors.json', body, 'application/feed+json');
    expect(stories.map((s) => [s.title, s.author])).toEqual([
      ['Story 3', 'Jane Doe'],
      ['Story 2', null],
      ['Story 1', 'Rahul Roy'],
    ]);
  });
});

describe('agencies’ and press offices’ own feeds by their other names', () => {
  it.each([
    // Their names in their other languages.
    ['पत्र सूचना कार्यालय', 'PIB'],
    ['प्रेस सूचना ब्यूरो', 'PIB'],
    ['اے پی پی', 'APP'],
    ['বাসস', 'BSS'],
    ['বাংলাদেশ সংবাদ সংস্থা', 'BSS'],
    ['Anadolu Ajansı', 'Anadolu'],
    // The full name beside the mark or a language edition; a mark beside anything else names no agency.
    ['APP - Associated Press of Pakistan', 'APP'],
    ['Press Information Bureau (PIB)', 'PIB'],
    ['BSS | Bangladesh Sangbad Sangstha', 'BSS'],
    ['Xinhua News Agency - English', 'Xinhua'],
    ['CNA - Singapore', null],
    ['PIB - Ministry of Finance', null],
  ])('a feed titled "%s" credits its stories to %s', async (title, agency) => {
    const slug = encodeURIComponent(title.slice(0, 16));
    const body = rss(`<title>${title}</title><link>https://agency.example/${slug}</link><description>x</description>`, item(slug, '<pubDate>Fri, 27 Nov 2026 08:00:00 +0500</pubDate>'));
    const { stories } = await poll(`/unseen34/agency-${slug}.xml`, body);
    expect(stories.map((s) => [s.source, s.agency])).toEqual([[title, agency]]);
  });
});

describe('outlet names with a tagline', () => {
  it.each([
    ['UN News - Global perspective Human stories', 'UN News'],
    ['Rest of World – Reporting global tech stories', 'Rest of World'],
    ['Harbour Notes – Just another WordPress site', 'Harbour Notes'],
    ['Journal - Hill Trails Collective', 'Hill Trails Collective'],
    ['Voice of America - Voz de América', 'Voice of America - Voz de América'],
  ])('"%s" is credited as "%s"', async (title, source) => {
    const slug = encodeURIComponent(title.slice(0, 12));
    const body = rss(`<title>${title}</title><link>https://news.example.org</link><description>x</description>`, item(slug, '<pubDate>Fri, 27 Nov 2026 08:00:00 +0000</pubDate>'));
    const { stories } = await poll(`/unseen34/tagline-${slug}.xml`, body);
    expect(stories.map((s) => s.source)).toEqual([source]);
  });
});

describe('pictures', () => {
  it('a media:group nested in a media:group gives its picture', async () => {
    const body = rss(
      '<title>Hill Courier</title><link>https://hillcourier.example</link><description>x</description>',
      item('nested', '<pubDate>Fri, 27 Nov 2026 08:00:00 +0000</pubDate><media:group><media:group><media:content url="https://cdn.hillcourier.example/bridge.jpg" medium="image" width="1200"/></media:group></media:group>'),
      MEDIA,
    );
    const { stories } = await poll('/unseen34/nested-group.xml', body);
    expect(stories.map((s) => s.image)).toEqual(['https://cdn.hillcourier.example/bridge.jpg']);
  });
});

describe('shapes nobody probed', () => {
  it('an aggregator’s item credits the outlet its <source url> names', async () => {
    const body = rss(
      '<title>Top stories - Google News</title><link>https://news.google.com</link><description>Google News</description>',
      '<item><title>Monsoon session to begin on Monday - The Hindu</title><link>https://news.google.com/rss/articles/CBMiX2h0dHBz?oc=5</link><guid isPermaLink="false">CBMiX2h0dHBz</guid><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate><description>Monsoon session to begin on Monday  The Hindu</description><source url="https://www.thehindu.com">The Hindu</source></item>',
    );
    const { stories } = await poll('/unseen34/gnews.xml', body);
    expect(stories.map((s) => [s.title, s.source])).toEqual([['Monsoon session to begin on Monday', 'The Hindu']]);
  });

  it('an aggregator’s item whose <source url> gives no name credits the source’s site; a source on the feed’s own site or a feed host credits no one else', async () => {
    const source = (n: number, url: string) =>
      `<item><title>Port story ${n}</title><link>https://aggregator.example/r/${n}</link><pubDate>Fri, 27 Nov 2026 0${n}:00:00 GMT</pubDate><description>The port handled record cargo tonnage ${n} in November, officials said.</description><source url="${url}"/></item>`;
    const body = rss(
      '<title>Port Watch</title><link>https://aggregator.example</link><description>x</description>',
      source(3, 'https://www.deccanherald.com/rss/national.rss') + source(2, 'https://aggregator.example/feed/') + source(1, 'https://feeds.feedburner.com/portnews'),
    );
    const { stories } = await poll('/unseen34/source-url.xml', body);
    expect(stories.map((s) => [s.title, s.source])).toEqual([
      ['Port story 3', 'deccanherald.com'],
      ['Port story 2', 'Port Watch'],
      ['Port story 1', 'Port Watch'],
    ]);
  });

  it('a <source url> that is no address (a port out of range) credits no one else, and the feed’s other stories are kept', async () => {
    const story = (n: number, url: string) =>
      `<item><title>Harbour story ${n}</title><link>https://harbourwire.example/r/${n}</link><pubDate>Fri, 27 Nov 2026 0${n}:00:00 GMT</pubDate><description>The harbour handled record cargo tonnage ${n} in November, officials said.</description><source url="${url}"/></item>`;
    const body = rss(
      '<title>Harbour Wire</title><link>https://harbourwire.example</link><description>x</description>',
      story(2, 'https://www.deccanherald.com:99999/rss/national.rss') + story(1, 'https://www.deccanherald.com/rss/national.rss'),
    );
    const { stories } = await poll('/unseen34/source-url-broken.xml', body);
    expect(stories.map((s) => [s.title, s.source])).toEqual([
      ['Harbour story 2', 'Harbour Wire'],
      ['Harbour story 1', 'deccanherald.com'],
    ]);
  });

  it('an item with no link of its own is linked to the one page its copy links to; copy linking two pages gives none', async () => {
    const body = rss(
      '<title>Link Digest</title><link>https://linkdigest.example</link><description>x</description>',
      '<item><title>Bridge repairs finished early</title><description><![CDATA[<p>The county finished the bridge repairs two weeks early. <a href="https://countynews.example/2026/11/bridge-repairs?utm_source=rss">Read more</a></p>]]></description><pubDate>Fri, 27 Nov 2026 08:00:00 +0000</pubDate></item>' +
        '<item><title>Ferry timetable</title><description><![CDATA[<a href="/2026/11/ferry-timetable">The winter ferry timetable starts on Monday with two sailings a day.</a>]]></description><pubDate>Fri, 27 Nov 2026 07:00:00 +0000</pubDate></item>' +
        '<item><title>Two links</title><description><![CDATA[<p>See <a href="https://a.example/x">the report</a> and <a href="https://b.example/y">the reply</a> for the council’s plan.</p>]]></description><pubDate>Fri, 27 Nov 2026 06:00:00 +0000</pubDate></item>',
    );
    const { stories } = await poll('/unseen34/copy-link.xml', body);
    expect(stories.map((s) => [s.title, s.link])).toEqual([
      ['Bridge repairs finished early', 'https://countynews.example/2026/11/bridge-repairs'],
      ['Ferry timetable', 'https://linkdigest.example/2026/11/ferry-timetable'],
      ['Two links', null],
    ]);
  });
});
