import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, X, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * The twenty-sixth sweep: module namespaces bound to other prefixes than the usual ones (Python's ElementTree writes
 * ns0:, ns1:; others c:, d:, m:, html:) or declared as an element's default namespace; AMP copies linked where the
 * item names the page (an amp. host, TOI's amp_articleshow, Moneycontrol's ".html/amp", an atom:link rel="canonical");
 * Google News headlines whose " - Outlet" differs from its <source> by "The" or is the outlet's host. The documents are
 * written for the test, in the generators' shapes only. Each is served over HTTP, added as a feed, polled once and read
 * back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen26-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/unseen26/${++served}`, body, type);

describe('module namespaces under other prefixes', () => {
  it("Python's ElementTree: content:encoded, dc:creator, dc:date and media:content written as ns0:, ns1:, ns2:", async () => {
    const doc = `${X}<rss xmlns:ns0="http://purl.org/rss/1.0/modules/content/" xmlns:ns1="http://purl.org/dc/elements/1.1/" xmlns:ns2="http://search.yahoo.com/mrss/" version="2.0"><channel><title>Valley Ledger</title><link>https://valleyledger.example.org/</link><description>News from the valley</description><language>en</language>
<item><title>Bridge reopens after six months of repairs</title><link>https://valleyledger.example.org/2026/11/26/bridge-reopens</link><guid isPermaLink="true">https://valleyledger.example.org/2026/11/26/bridge-reopens</guid><description>The bridge is open again.</description><ns0:encoded>&lt;p&gt;The bridge over the Kaveri reopened on Thursday after six months of repairs, the district council said.&lt;/p&gt;&lt;p&gt;Traffic will run one way until Monday.&lt;/p&gt;</ns0:encoded><ns1:creator>Asha Rao</ns1:creator><ns1:date>2026-11-26T14:05:00+05:30</ns1:date><ns2:content url="https://valleyledger.example.org/media/bridge-1200.jpg" medium="image" width="1200" height="800" /></item>
</channel></rss>`;
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Bridge reopens after six months of repairs',
        link: 'https://valleyledger.example.org/2026/11/26/bridge-reopens',
        published: '2026-11-26T08:35:00.000Z',
        author: 'Asha Rao',
        image: 'https://valleyledger.example.org/media/bridge-1200.jpg',
        source: 'Valley Ledger',
        text: 'The bridge over the Kaveri reopened on Thursday after six months of repairs, the district council said.\n\nTraffic will run one way until Monday.',
      },
    ]);
  });

  it('c:encoded, d:creator and an Atom link bound to a: in an RSS 2.0 item, itunes bound to it: in a podcast', async () => {
    const doc = rss(
      'xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:a="http://www.w3.org/2005/Atom" xmlns:it="http://www.itunes.com/dtds/podcast-1.0.dtd"',
      '<title>Harbour Radio</title><link>https://harbourradio.example.co.uk/</link><language>en-gb</language><it:image href="https://harbourradio.example.co.uk/art/show-3000.jpg"/>',
      [
        '<title>Port strike ends</title><a:link rel="alternate" type="text/html" href="https://harbourradio.example.co.uk/news/port-strike-ends"/><d:creator>Sean McCarthy</d:creator><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate><description>Teaser.</description><c:encoded><![CDATA[<p>Dock workers voted on Thursday to end the strike that had closed the port for nine days.</p>]]></c:encoded>',
        '<title>Thursday bulletin</title><guid isPermaLink="false">hr-bulletin-412</guid><pubDate>Thu, 26 Nov 2026 06:00:00 GMT</pubDate><enclosure url="https://harbourradio.example.co.uk/audio/412.mp3" length="1200000" type="audio/mpeg"/><it:summary>The port strike, the council budget and the weekend weather.</it:summary><it:author>Harbour Radio News</it:author>',
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Port strike ends',
        link: 'https://harbourradio.example.co.uk/news/port-strike-ends',
        author: 'Sean McCarthy',
        text: 'Dock workers voted on Thursday to end the strike that had closed the port for nine days.',
      },
      {
        title: 'Thursday bulletin',
        link: 'https://harbourradio.example.co.uk/audio/412.mp3',
        author: 'Harbour Radio News',
        image: 'https://harbourradio.example.co.uk/art/show-3000.jpg',
        text: 'The port strike, the council budget and the weekend weather.',
      },
    ]);
  });

  it("modules declared as an element's default namespace, and an XHTML body under html:", async () => {
    const doc = rss(
      'xmlns:html="http://www.w3.org/1999/xhtml"',
      '<title>Kestrel Gazette</title><link>https://kestrel.example.net/</link>',
      [
        '<title>Library extends opening hours</title><link>https://kestrel.example.net/news/library-hours</link><description>Teaser only.</description><encoded xmlns="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>The central library will open until 9 pm on weekdays from December, the town council said on Thursday.</p>]]></encoded><date xmlns="http://purl.org/dc/elements/1.1/">2026-11-26T11:00:00Z</date><group xmlns="http://search.yahoo.com/mrss/"><content url="https://kestrel.example.net/img/library.jpg" medium="image" width="1600"/></group>',
        '<title>Market moves to the square</title><link>https://kestrel.example.net/news/market-square</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><html:body><html:p>The Saturday market moves to the old square from next week.</html:p><html:p>Stalls open at 8 am.</html:p></html:body>',
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Library extends opening hours',
        published: '2026-11-26T11:00:00.000Z',
        image: 'https://kestrel.example.net/img/library.jpg',
        text: 'The central library will open until 9 pm on weekdays from December, the town council said on Thursday.',
      },
      { title: 'Market moves to the square', text: 'The Saturday market moves to the old square from next week.\n\nStalls open at 8 am.' },
    ]);
  });

  it("Atom content typed xhtml under a prefix the feed's root declares for XHTML (<h:div>, <h:p>): its paragraphs and picture", async () => {
    const doc = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:h="http://www.w3.org/1999/xhtml"><title>Fen Notes</title><id>urn:fen</id><updated>2026-11-26T09:00:00Z</updated>
<entry><id>urn:fen:1</id><title>Sluice gate repaired</title><link href="https://fen.example.org/2026/11/sluice"/><updated>2026-11-26T09:00:00Z</updated><content type="xhtml"><h:div><h:p>The sluice gate at the north drain was repaired on Thursday.</h:p><h:p>Water levels will fall by the weekend.</h:p><h:img src="/img/sluice.jpg"/></h:div></content></entry></feed>`;
    expect(await polled(doc, ATOM_TYPE)).toMatchObject([
      { title: 'Sluice gate repaired', image: 'https://fen.example.org/img/sluice.jpg', text: 'The sluice gate at the north drain was repaired on Thursday.\n\nWater levels will fall by the weekend.' },
    ]);
  });

  it('a YouTube-shaped Atom feed with Media RSS bound to mrss:', async () => {
    const doc = `${X}<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:mrss="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom"><title>Harbour Courier TV</title><id>yt:channel:hc</id><link rel="alternate" href="https://www.youtube.com/channel/UChc"/><author><name>Harbour Courier TV</name></author><published>2012-03-01T10:00:00+00:00</published>
<entry><id>yt:video:Xy12AbCdEfG</id><yt:videoId>Xy12AbCdEfG</yt:videoId><title>Ferries return after six months</title><link rel="alternate" href="https://www.youtube.com/watch?v=Xy12AbCdEfG"/><author><name>Harbour Courier TV</name></author><published>2026-11-26T14:05:11+00:00</published><updated>2026-11-26T15:00:02+00:00</updated>
<mrss:group><mrss:title>Ferries return after six months</mrss:title><mrss:thumbnail url="https://i1.ytimg.com/vi/Xy12AbCdEfG/hqdefault.jpg" width="480" height="360"/><mrss:description>The ferry between the two harbours carried passengers again on Thursday after six months of repairs.</mrss:description></mrss:group></entry></feed>`;
    expect(await polled(doc, ATOM_TYPE)).toMatchObject([
      {
        title: 'Ferries return after six months',
        link: 'https://www.youtube.com/watch?v=Xy12AbCdEfG',
        image: 'https://i1.ytimg.com/vi/Xy12AbCdEfG/hqdefault.jpg',
        text: 'The ferry between the two harbours carried passengers again on Thursday after six months of repairs.',
      },
    ]);
  });
});

describe('AMP copies', () => {
  it('the page the item names stands for its AMP copy; an AMP link the item names no page for stays as it is', async () => {
    const doc = rss(
      'xmlns:atom="http://www.w3.org/2005/Atom"',
      '<title>Harbour Courier</title><link>https://www.harbourcourier.example.co.uk/</link><language>en-gb</language>',
      [
        '<title>Ferry returns to the island</title><link>https://amp.harbourcourier.example.co.uk/news/2026/nov/26/ferry-returns</link><guid isPermaLink="false">https://www.harbourcourier.example.co.uk/news/2026/nov/26/ferry-returns</guid><pubDate>Thu, 26 Nov 2026 14:05:00 GMT</pubDate><description>The ferry is back.</description>',
        '<title>Council sets budget</title><link>https://www.harbourcourier.example.co.uk/news/council-budget.amp</link><atom:link rel="canonical" href="https://www.harbourcourier.example.co.uk/news/council-budget"/><guid isPermaLink="false">hc-88231</guid><pubDate>Thu, 26 Nov 2026 13:05:00 GMT</pubDate><description>The budget is set.</description>',
        '<title>Harbour master resigns</title><link>https://amp.harbourcourier.example.co.uk/news/harbour-master-resigns</link><guid isPermaLink="false">hc-88232</guid><pubDate>Thu, 26 Nov 2026 12:05:00 GMT</pubDate><description>He resigned.</description>',
      ],
    );
    expect((await polled(doc)).map((s) => s.link)).toEqual([
      'https://www.harbourcourier.example.co.uk/news/2026/nov/26/ferry-returns',
      'https://www.harbourcourier.example.co.uk/news/council-budget',
      'https://amp.harbourcourier.example.co.uk/news/harbour-master-resigns',
    ]);
  });

  it("Indian CMSs' AMP addresses: amp_articleshow beside the guid's articleshow, a page's \".html/amp\"", async () => {
    const doc = rss(
      '',
      '<title>Metro Times - Top Stories</title><link>https://metrotimes.example.com/</link><language>en-in</language>',
      [
        '<title>Metro line opens to airport</title><link>https://metrotimes.example.com/city/mumbai/metro-line-opens/amp_articleshow/115123456.cms</link><guid>https://metrotimes.example.com/city/mumbai/metro-line-opens/articleshow/115123456.cms</guid><pubDate>Thu, 26 Nov 2026 19:30:00 +0530</pubDate><description>The line opened.</description>',
        '<title>Sensex ends higher</title><link>https://www.marketdesk.example.com/news/business/markets/sensex-ends-higher-12901234.html/amp</link><guid isPermaLink="false">12901234</guid><pubDate>Thu, 26 Nov 2026 16:05:00 +0530</pubDate><description>Markets closed higher.</description>',
      ],
    );
    expect((await polled(doc)).map((s) => s.link)).toEqual([
      'https://metrotimes.example.com/city/mumbai/metro-line-opens/articleshow/115123456.cms',
      'https://www.marketdesk.example.com/news/business/markets/sensex-ends-higher-12901234.html',
    ]);
  });
  it("copy kept as AMP HTML: <amp-img> is the story's picture, AMP's embeds and ads no copy", async () => {
    const doc = rss(
      'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
      '<title>City Pulse</title><link>https://citypulse.example.in/</link><language>en-in</language>',
      [
        '<title>Airport metro line opens</title><link>https://citypulse.example.in/news/airport-metro-line-opens-4471</link><pubDate>Thu, 26 Nov 2026 19:30:00 +0530</pubDate><content:encoded><![CDATA[<figure><amp-img src="https://img.citypulse.example.in/2026/11/metro.jpg" width="1200" height="800" layout="responsive" alt="Metro"></amp-img><figcaption>The first train at Andheri.</figcaption></figure><p>The metro line to the airport opened on Thursday.</p><amp-twitter width="375" height="472" layout="responsive" data-tweetid="1861234567890123456"></amp-twitter><p>Trains will run every eight minutes.</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/citypulse/amp"></amp-ad>]]></content:encoded>',
      ],
    );
    expect(await polled(doc)).toMatchObject([
      { image: 'https://img.citypulse.example.in/2026/11/metro.jpg', published: '2026-11-26T14:00:00.000Z', text: 'The metro line to the airport opened on Thursday.\n\nTrains will run every eight minutes.' },
    ]);
  });
});

describe('aggregators', () => {
  it('Google News: " - Economic Times" under <source>The Economic Times</source>, and the outlet’s host after the dash', async () => {
    const doc = rss(
      'xmlns:media="http://search.yahoo.com/mrss/"',
      '<generator>NFE/5.0</generator><title>"ferry fares" - Google News</title><link>https://news.google.com/search?q=ferry+fares&amp;hl=en-IN&amp;gl=IN&amp;ceid=IN:en</link><language>en-IN</language><lastBuildDate>Thu, 26 Nov 2026 14:12:31 GMT</lastBuildDate><description>Google News</description>',
      [
        '<title>Ferry fares to rise from January - Economic Times</title><link>https://news.google.com/rss/articles/CBMiAUFVX3lxTE5fZmVycnlmYXJlczE?oc=5</link><guid isPermaLink="false">CBMiAUFVX3lxTE5fZmVycnlmYXJlczE</guid><pubDate>Thu, 26 Nov 2026 11:05:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiAUFVX3lxTE5fZmVycnlmYXJlczE?oc=5" target="_blank"&gt;Ferry fares to rise from January&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The Economic Times&lt;/font&gt;</description><source url="https://economictimes.example.com">The Economic Times</source>',
        '<title>Operators blame fuel costs for ferry fare rise - moneydesk.example.com</title><link>https://news.google.com/rss/articles/CBMiAUFVX3lxTE5fZmVycnlmYXJlczI?oc=5</link><guid isPermaLink="false">CBMiAUFVX3lxTE5fZmVycnlmYXJlczI</guid><pubDate>Thu, 26 Nov 2026 10:05:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiAUFVX3lxTE5fZmVycnlmYXJlczI?oc=5" target="_blank"&gt;Operators blame fuel costs for ferry fare rise&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Moneydesk&lt;/font&gt;</description><source url="https://www.moneydesk.example.com">Moneydesk</source>',
      ],
    );
    expect(await polled(doc)).toMatchObject([
      { title: 'Ferry fares to rise from January', source: 'The Economic Times', published: '2026-11-26T11:05:00.000Z', text: '' },
      { title: 'Operators blame fuel costs for ferry fare rise', source: 'Moneydesk' },
    ]);
  });

  it("a reader's folder (Inoreader's RSS and starred Atom): each item credited to the outlet its <source> feed title names", async () => {
    const folder = rss(
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"',
      '<title>Asha - World desk</title><link>https://www.inoreader.example.com/stream/user/1005123456/tag/World%20desk</link><description>Inoreader folder World desk</description>',
      [
        '<title>Ferry services resume across the strait</title><link>https://www.bbc.example.co.uk/news/world-67500001</link><guid isPermaLink="false">https://www.bbc.example.co.uk/news/world-67500001</guid><description><![CDATA[Ferries crossed the strait again on Thursday.]]></description><pubDate>Thu, 26 Nov 2026 13:05:00 +0000</pubDate><source url="https://feeds.bbc.example.co.uk/news/world/rss.xml">BBC News - World</source>',
        '<title>Port strike ends after nine days</title><link>https://www.theguardian.example.com/world/2026/nov/26/port-strike-ends</link><guid isPermaLink="false">ino-2</guid><description><![CDATA[Dock workers voted to return.]]></description><pubDate>Thu, 26 Nov 2026 12:05:00 +0000</pubDate><source url="https://www.theguardian.example.com/world/rss">World news | The Guardian</source><dc:creator>Jane Roe</dc:creator>',
      ],
    );
    expect((await polled(folder)).map((s) => [s.title, s.source])).toEqual([
      ['Ferry services resume across the strait', 'BBC News'],
      ['Port strike ends after nine days', 'The Guardian'],
    ]);
    const starred = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:gr="http://www.google.com/schemas/reader/atom/"><generator uri="https://www.inoreader.example.com">Inoreader</generator><id>tag:google.com,2005:reader/user/1005123456/state/com.google/starred</id><title>Asha's starred articles</title><updated>2026-11-26T14:10:00Z</updated>
<entry><id>tag:google.com,2005:reader/item/00000001a2b3c4d5</id><title type="html">Metro line opens to the airport</title><published>2026-11-26T13:05:00Z</published><updated>2026-11-26T13:05:00Z</updated><link rel="alternate" href="https://metrotimes.example.com/city/mumbai/metro-airport-line-first-day/articleshow/115123999.cms" type="text/html"/><summary type="html">The line opened on Thursday.</summary>
<source gr:stream-id="feed/https://metrotimes.example.com/rssfeedstopstories.cms"><id>tag:google.com,2005:reader/feed/https://metrotimes.example.com/rssfeedstopstories.cms</id><title type="html">Metro Times - Top Stories</title><link rel="alternate" href="https://metrotimes.example.com/" type="text/html"/></source></entry></feed>`;
    expect(await polled(starred, ATOM_TYPE)).toMatchObject([{ title: 'Metro line opens to the airport', source: 'Metro Times', published: '2026-11-26T13:05:00.000Z' }]);
  });

  it('a section feed titled "<section> | <site>", as the Guardian titles them, is the site’s', async () => {
    const doc = rss('', '<title>World news | The Guardian</title><link>https://www.theguardian.example.com/world</link><language>en-gb</language>', [
      '<title>Port strike ends after nine days</title><link>https://www.theguardian.example.com/world/2026/nov/26/port-strike-ends-2</link><description>Dock workers voted to return.</description><pubDate>Thu, 26 Nov 2026 12:05:00 GMT</pubDate>',
    ]);
    expect(await polled(doc)).toMatchObject([{ title: 'Port strike ends after nine days', source: 'The Guardian' }]);
  });
});

describe('summer and ambiguous zone names', () => {
  it('IST in a feed in Irish ("ga") on a .com is Irish Standard Time, in Hebrew Israel’s, in English India’s', async () => {
    const item = (lang: string, n: number) =>
      rss('', `<title>Nuacht ${n}</title><link>https://nuacht${n}.example.com/</link><language>${lang}</language>`, [
        `<title>Scéal ${n}</title><link>https://nuacht${n}.example.com/sceal-${n}</link><pubDate>Wed, 15 Jul 2026 14:05:00 IST</pubDate><description>Tá an bád farantóireachta ar ais.</description>`,
      ]);
    expect((await polled(item('ga', 1)))[0]!.published).toBe('2026-07-15T13:05:00.000Z');
    expect((await polled(item('he', 2)))[0]!.published).toBe('2026-07-15T12:05:00.000Z');
    expect((await polled(item('en', 3)))[0]!.published).toBe('2026-07-15T08:35:00.000Z');
  });
});

describe('zone names of older systems and other languages', () => {
  it("an Australian feed's EST and CST, as the tz database named Sydney's and Adelaide's zones until 2014, are Australia's", async () => {
    const doc = rss('', '<title>Harbourside Herald</title><link>https://www.harbourside.example.com.au/</link><language>en-au</language>', [
      '<title>Ferry timetable changes from Monday</title><link>https://www.harbourside.example.com.au/news/ferry-timetable</link><pubDate>Thu, 26 Nov 2026 14:05:00 EST</pubDate><description>Ferries will run every 20 minutes.</description>',
      '<title>Adelaide tram extension opens</title><link>https://www.harbourside.example.com.au/news/tram-extension</link><pubDate>Thu, 26 Nov 2026 09:30:00 CST</pubDate><description>The extension opened on Thursday.</description>',
    ]);
    expect((await polled(doc)).map((s) => s.published)).toEqual(['2026-11-26T04:05:00.000Z', '2026-11-26T00:00:00.000Z']);
  });

  it('a feed declared en-AU on a .com reads a slashed date day-first, as Australians write it', async () => {
    const doc = rss('', '<title>Outback Wire</title><link>https://www.outbackwire.example.com/</link><language>en-AU</language>', [
      '<title>Rail line reopens</title><link>https://www.outbackwire.example.com/news/rail-line-reopens</link><pubDate>05/11/2026 10:00 AEDT</pubDate><description>The line reopened after floods.</description>',
    ]);
    expect((await polled(doc))[0]!.published).toBe('2026-11-04T23:00:00.000Z');
  });

  it('a German date with the zone after "Uhr": "26.11.2026, 14:05 Uhr MEZ"', async () => {
    const doc = rss('', '<title>Stadtanzeiger</title><link>https://www.stadtanzeiger.example.com/</link><language>de</language>', [
      '<title>Fähre fährt wieder</title><link>https://www.stadtanzeiger.example.com/lokales/faehre-faehrt-wieder</link><pubDate>26.11.2026, 14:05 Uhr MEZ</pubDate><description>Die Fähre fährt seit Donnerstag wieder.</description>',
    ]);
    expect((await polled(doc))[0]!.published).toBe('2026-11-26T13:05:00.000Z');
  });
});

describe('syndication pictures', () => {
  it("Yahoo's syndication feed: the partner's picture, not the 130×86 copy its resizer made", async () => {
    const doc = rss(
      'xmlns:media="http://search.yahoo.com/mrss/"',
      '<title>Yahoo News - Latest News &amp; Headlines</title><link>https://news.yahoo.example.com/</link><language>en-US</language>',
      [
        '<title>Ferry services resume after six months</title><link>https://news.yahoo.example.com/ferry-services-resume-after-six-141500123.html</link><pubDate>2026-11-26T14:15:00Z</pubDate><source url="https://www.reuters.example.com/">Reuters</source><guid isPermaLink="false">ferry-services-resume-after-six-141500123.html</guid><media:content height="86" url="https://s.yimg.com/uu/api/res/1.2/Ab3dE_fGh1jK--/YXBwaWQ9aGlnaGxhbmRlcjt3PTEzMDtoPTg2/https://media.zenfs.com/en/reuters.com/0123456789abcdef" width="130"/><media:credit role="publishing company"/>',
      ],
    );
    expect(await polled(doc)).toMatchObject([{ title: 'Ferry services resume after six months', source: 'Reuters', image: 'https://media.zenfs.com/en/reuters.com/0123456789abcdef' }]);
  });
});

describe('video feeds', () => {
  it("a Media RSS video item with no <link>: the page its media:player names, the description and thumbnail in its media:group", async () => {
    const doc = rss(
      'xmlns:media="http://search.yahoo.com/mrss/"',
      '<title>Harbour Courier Video</title><link>https://www.harbourcourier.example.co.uk/video</link><description>Videos</description>',
      [
        '<title>Council budget explained</title><guid isPermaLink="false">hcv-2211</guid><pubDate>Thu, 26 Nov 2026 12:05:00 -0000</pubDate><media:group><media:title>Council budget explained</media:title><media:description type="html">&lt;p&gt;Our political editor explains the &lt;b&gt;£12m&lt;/b&gt; gap in next year’s budget.&lt;/p&gt;</media:description><media:content url="https://video.harbourcourier.example.co.uk/budget-720.mp4" type="video/mp4" medium="video" width="1280"/><media:content url="https://video.harbourcourier.example.co.uk/budget-360.mp4" type="video/mp4" medium="video" width="640"/><media:thumbnail url="https://video.harbourcourier.example.co.uk/budget.jpg" width="1280" height="720"/><media:player url="https://www.harbourcourier.example.co.uk/video/council-budget-explained"/></media:group>',
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Council budget explained',
        link: 'https://www.harbourcourier.example.co.uk/video/council-budget-explained',
        image: 'https://video.harbourcourier.example.co.uk/budget.jpg',
        text: 'Our political editor explains the £12m gap in next year’s budget.',
      },
    ]);
  });
});
