import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, MEDIA, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep, seenStory as seen } from '../helpers/poll.js';

/**
 * The twentieth sweep: shapes the earlier sweeps did not serve. Paged and archived feeds (RFC 5005) and WebSub hubs,
 * items linked only by their comments, IDN hosts, Sitecore and AEM exports, media:group renditions, media:keywords,
 * Atom categories whose label names a facet (USGS, SEC EDGAR), Planet aggregators' <source>, feed titles stamped with
 * the time they were built, Vimeo's and SoundCloud's feeds, press-release wires. Each document is written for the
 * test, served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed= gives it. (A podcast's
 * itunes:new-feed-url loop is followed through the admin API: test/http/feeds-stories-api.test.ts.)
 */
const sweep = feedSweep('feeds-unseen20-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come (by link). */
async function polled(body: string, type = 'application/rss+xml; charset=utf-8') {
  const { outcome, stories } = await sweep.poll(`/unseen20/${++served}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok', error: null });
  return stories.sort((a, b) => body.indexOf(a.title) - body.indexOf(b.title)).map(seen);
}

const COPY = 'The ward committee met on Thursday and passed the monsoon drainage budget after a long debate.';
const D = `<description>${COPY}</description>`;

describe('what the nineteenth sweep left: BST in a Bengali feed', () => {
  const bengali = (language: string, host: string) =>
    rss('', `<title>Khobor</title><link>https://${host}/</link><language>${language}</language>`, [`<title>Flood update from ${host}</title><link>https://${host}/flood</link><description>The river at ${host} rose again on Thursday.</description><pubDate>Thu, 26 Nov 2026 14:05:00 BST</pubDate>`]);

  it('a feed in Bengali without a region reads BST as Bangladesh Standard Time; one for India (bn-IN) does not', async () => {
    // Before: a bare "bn" said no country, and 14:05 BST was British Summer Time (13:05 UTC).
    expect((await polled(bengali('bn', 'khobor.example.com')))[0]!.published).toBe('2026-11-26T08:05:00.000Z');
    expect((await polled(bengali('bn-IN', 'kolkata.example.com')))[0]!.published).toBe('2026-11-26T13:05:00.000Z');
  });

  it('a bare "bn" does not claim Bangladesh’s clock for zoneless times the feed’s other dates show are India’s', async () => {
    const doc = rss('', '<title>Kolkata Khobor</title><link>https://kolkata.example.com/</link><language>bn</language>', [
      `<title>Tram fares</title><link>https://kolkata.example.com/1</link>${D}<pubDate>Thu, 26 Nov 2026 10:00:00 +0530</pubDate>`,
      `<title>Ferry fares</title><link>https://kolkata.example.com/2</link>${D}<pubDate>Thu, 26 Nov 2026 09:00:00 +0530</pubDate>`,
      `<title>Bus fares</title><link>https://kolkata.example.com/3</link>${D}<pubDate>2026-11-26 08:00:00</pubDate>`,
    ]);
    expect((await polled(doc)).map((s) => s.published)).toEqual(['2026-11-26T04:30:00.000Z', '2026-11-26T03:30:00.000Z', '2026-11-26T02:30:00.000Z']);
  });
});

describe('paged and archived feeds (RFC 5005) and WebSub hubs', () => {
  it('RSS: the item’s link, not the page, archive or hub links the channel names', async () => {
    const doc = rss(
      'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0"',
      '<title>Harbour Gazette</title><link>https://harbour.example.org/</link><atom:link rel="self" href="https://harbour.example.org/feed/page/2"/><atom:link rel="next" href="https://harbour.example.org/feed/page/3"/><atom:link rel="prev-archive" href="https://harbour.example.org/feed/archive/2026-10"/><atom:link rel="current" href="https://harbour.example.org/feed"/><atom:link rel="hub" href="https://websub.example.net/"/><fh:archive/>',
      [`<title>Ferry fares rise</title><link>https://harbour.example.org/news/ferry-fares</link>${D}<pubDate>Thu, 26 Nov 2026 09:00:00 +0000</pubDate>`],
    );
    expect(await polled(doc)).toEqual([
      { title: 'Ferry fares rise', link: 'https://harbour.example.org/news/ferry-fares', published: '2026-11-26T09:00:00.000Z', author: null, image: null, source: 'Harbour Gazette', categories: [], text: COPY },
    ]);
  });

  it('Atom: the entry’s alternate over its own rel="next", beside a hub and archive links', async () => {
    const doc = atom(
      'Harbour Gazette',
      '<link rel="self" href="https://harbour.example.org/atom?page=2"/><link rel="next" href="https://harbour.example.org/atom?page=3"/><link rel="prev-archive" href="https://harbour.example.org/atom/2026-10"/><link rel="hub" href="https://websub.example.net/"/>',
      ['<title>Dock strike ends</title><id>urn:hg:1</id><updated>2026-11-26T09:00:00Z</updated><link rel="next" href="https://harbour.example.org/news/dock-strike-2"/><link href="https://harbour.example.org/news/dock-strike"/><summary>The dock workers went back on Thursday after a pay deal.</summary>'],
    );
    const [s] = await polled(doc, ATOM_TYPE);
    expect([s!.link, s!.source]).toEqual(['https://harbour.example.org/news/dock-strike', 'Harbour Gazette']);
  });
});

describe('items linked only by their comments', () => {
  it('the post’s page without #comments or #respond, whether or not hub and self links stand beside it', async () => {
    const doc = rss('xmlns:atom="http://www.w3.org/2005/Atom"', '<title>Valley Times</title><link>https://valley.example.org/</link><atom:link rel="hub" href="https://websub.example.net/"/>', [
      `<title>Bridge reopens</title><guid isPermaLink="false">vt-1</guid><comments>https://valley.example.org/2026/11/bridge-reopens/#comments</comments>${D}<pubDate>Thu, 26 Nov 2026 09:00:00 +0000</pubDate>`,
      `<title>School term starts</title><comments>https://valley.example.org/?p=812#respond</comments>${D}<pubDate>Thu, 26 Nov 2026 08:00:00 +0000</pubDate>`,
    ]);
    expect((await polled(doc)).map((s) => s.link)).toEqual(['https://valley.example.org/2026/11/bridge-reopens/', 'https://valley.example.org/?p=812']);
  });
});

describe('addresses as CMSs print them', () => {
  it('an IDN host in Unicode or punycode, spaces and non-ASCII in the path, a link broken over lines', async () => {
    const doc = rss('', '<title>Bücherei</title><link>https://bücherei.example/</link>', [
      `<title>Neue Bücher</title><link>https://bücherei.example/neu/bücher über städte</link>${D}`,
      `<title>Zweite Liste</title><link>https://xn--bcherei-n2a.example/a%20b/%C3%BC?q=%E2%82%AC</link>${D}`,
      `<title>Dritte Liste</title><link>\n   https://bücherei.example/dritte?x=ü&amp;y=2\n  </link>${D}`,
    ]);
    expect((await polled(doc)).map((s) => s.link)).toEqual([
      'https://xn--bcherei-n2a.example/neu/b%C3%BCcher%20%C3%BCber%20st%C3%A4dte',
      'https://xn--bcherei-n2a.example/a%20b/%C3%BC?q=%E2%82%AC',
      'https://xn--bcherei-n2a.example/dritte?x=%C3%BC&y=2',
    ]);
  });

  it('Sitecore: a site-relative link under the channel’s, a braced GUID that links nothing, "Z" as the zone', async () => {
    const doc = rss('', '<title>Ministry of Ports - News</title><link>https://ports.example.gov/en/news</link>', [
      '<title>Port tariffs revised</title><link>/en/news/2026/11/port-tariffs-revised</link><description>&lt;p&gt;The ministry revised port tariffs on Thursday.&lt;/p&gt;</description><pubDate>Thu, 26 Nov 2026 09:00:00 Z</pubDate><guid isPermaLink="false">{A1B2C3D4-1111-2222-3333-444455556666}</guid>',
    ]);
    expect(await polled(doc)).toEqual([
      { title: 'Port tariffs revised', link: 'https://ports.example.gov/en/news/2026/11/port-tariffs-revised', published: '2026-11-26T09:00:00.000Z', author: null, image: null, source: 'Ministry of Ports', categories: [], text: 'The ministry revised port tariffs on Thursday.' },
    ]);
  });

  it('AEM’s .feed Atom: a /content/… link against the feed’s address, its admin account no author', async () => {
    const doc = atom('Press releases', '', [
      '<title>Water plan adopted</title><id>/content/portal/en/press/water-plan</id><link href="/content/portal/en/press/water-plan.html"/><updated>2026-11-26T09:00:00.000+01:00</updated><author><name>admin</name></author><content type="html">&lt;p&gt;The council adopted the water plan.&lt;/p&gt;</content>',
    ]);
    const [s] = await polled(doc, ATOM_TYPE);
    expect(s).toMatchObject({ link: sweep.server.url('/content/portal/en/press/water-plan.html'), published: '2026-11-26T08:00:00.000Z', author: null, text: 'The council adopted the water plan.' });
  });
});

describe('pictures in Media RSS and enclosures', () => {
  it('media:group: the widest rendition; its photographer’s credit is no byline', async () => {
    const doc = rss(MEDIA, '<title>Lens</title><link>https://lens.example.org/</link>', [
      `<title>Flood photos</title><link>https://lens.example.org/flood</link>${D}<media:group><media:content url="https://lens.example.org/img/flood-small.jpg" medium="image" width="320" height="180"/><media:content url="https://lens.example.org/img/flood-large.jpg" medium="image" width="1920" height="1080"/><media:content url="https://lens.example.org/img/flood-mid.jpg" medium="image" width="800" height="450"/><media:credit role="photographer">Asha Menon</media:credit><media:description>Water in the market square.</media:description></media:group>`,
      `<title>Harvest photos</title><link>https://lens.example.org/harvest</link>${D}<media:content url="https://lens.example.org/img/harvest.jpg" medium="image"><media:credit role="photographer" scheme="urn:ebu">Ravi Kumar/Lens Agency</media:credit><media:description type="plain">Farmers at work near the river.</media:description></media:content>`,
    ]);
    expect((await polled(doc)).map((s) => [s.image, s.author, s.text])).toEqual([
      ['https://lens.example.org/img/flood-large.jpg', null, COPY],
      ['https://lens.example.org/img/harvest.jpg', null, COPY],
    ]);
  });

  it('a media:content that says medium="image" of an address without a file type, a relative media:thumbnail, an enclosure with spaces and length 0, an item’s <image><url>', async () => {
    const doc = rss(MEDIA, '<title>Portal</title><link>https://portal.example.org/</link>', [
      `<title>Resized</title><link>https://portal.example.org/1</link>${D}<media:content url="https://img.portal.example.org/resize?id=48213&amp;w=1200" medium="image"/>`,
      `<title>Relative thumb</title><link>https://portal.example.org/2</link>${D}<media:thumbnail url="/thumbs/pic2.jpg"/>`,
      `<title>Spaced file</title><link>https://portal.example.org/3</link>${D}<enclosure url="https://portal.example.org/uploads/Flood Photo 1.jpg" type="image/jpeg" length="0"/>`,
      `<title>Nested image</title><link>https://portal.example.org/4</link>${D}<image><url>https://portal.example.org/img/lamp.jpg</url><title>Lamp</title><link>https://portal.example.org/4</link></image>`,
    ]);
    expect((await polled(doc)).map((s) => s.image)).toEqual([
      'https://img.portal.example.org/resize?id=48213&w=1200',
      'https://portal.example.org/thumbs/pic2.jpg',
      'https://portal.example.org/uploads/Flood%20Photo%201.jpg',
      'https://portal.example.org/img/lamp.jpg',
    ]);
  });
});

describe('categories', () => {
  it('media:keywords, comma-separated, are the item’s tags', async () => {
    const doc = rss(MEDIA, '<title>Lens</title><link>https://lens.example.org/</link>', [
      `<title>Drain works</title><link>https://lens.example.org/drains</link>${D}<media:keywords>monsoon, drainage , ward committee</media:keywords>`,
      `<title>Grouped keywords</title><link>https://lens.example.org/grouped</link>${D}<category>Civic</category><media:group><media:content url="https://lens.example.org/v.mp4" type="video/mp4"/><media:keywords>civic, budget</media:keywords></media:group>`,
    ]);
    // Before: no categories at all from media:keywords.
    expect((await polled(doc)).map((s) => s.categories)).toEqual([['monsoon', 'drainage', 'ward committee'], ['Civic', 'budget']]);
  });

  it('an RSS category that is an address names no topic; a category’s domain does not matter', async () => {
    const doc = rss('', '<title>Town Crier</title><link>https://crier.example.org/</link>', [
      `<title>Market day</title><link>https://crier.example.org/market</link>${D}<category>https://crier.example.org/category/local</category><category><![CDATA[Local, Business]]></category><category domain="https://crier.example.org/tag">farmers</category>`,
    ]);
    // Before: the category page's address was the first category.
    expect((await polled(doc))[0]!.categories).toEqual(['Local, Business', 'farmers']);
  });

  it('USGS: an Atom label a feed gives with several terms names the facet, and the term is the category', async () => {
    const quake = (n: number, age: string, magnitude: string) =>
      `<id>urn:quake:${n}</id><title>M ${n}.6 - 12 km SW of Alto ${n}</title><updated>2026-11-26T0${n}:40:00Z</updated><link rel="alternate" type="text/html" href="https://quake.example.gov/event/${n}"/><summary type="html"><![CDATA[<p>A quake of magnitude ${n}.6 was felt in the valley.</p>]]></summary><category label="Age" term="${age}"/><category label="Magnitude" term="${magnitude}"/>`;
    const doc = atom('Magnitude 2.5+ Earthquakes, Past Day', '', [quake(4, 'Past Day', 'Magnitude 4'), quake(2, 'Past Hour', 'Magnitude 2')], 'xmlns:georss="http://www.georss.org/georss"');
    // Before: every quake's categories were "Age" and "Magnitude".
    expect((await polled(doc, ATOM_TYPE)).map((s) => s.categories)).toEqual([['Past Day', 'Magnitude 4'], ['Past Hour', 'Magnitude 2']]);
  });

  it('an Atom label that goes with one term is the category’s name for people, as before', async () => {
    const entry = (n: number, term: string, label: string) => `<id>urn:l:${n}</id><title>Labelled ${n}</title><updated>2026-11-26T0${n}:00:00Z</updated><link href="https://labels.example.org/${n}"/><summary>The harvest came in early this year.</summary><category term="${term}" label="${label}"/>`;
    const doc = atom('Labels', '', [entry(1, 'tech', 'Technology'), entry(2, 'tech', 'Technology'), entry(3, '12', 'Farming')]);
    expect((await polled(doc, ATOM_TYPE)).map((s) => s.categories)).toEqual([['Technology'], ['Technology'], ['Farming']]);
  });
});

describe('filings and feeds stamped with the time they were built', () => {
  it('SEC EDGAR: the form type as the category, the feed’s title without its timestamp as the source, its webmaster no author', async () => {
    const filing = (n: number, form: string, company: string) =>
      `<title>${form} - ${company} (000123456${n}) (Filer)</title><link rel="alternate" type="text/html" href="https://filings.example.gov/Archives/edgar/data/123456${n}/index.htm"/><summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2026-11-26 &lt;b&gt;AccNo:&lt;/b&gt; 000123456${n}-26-000001 &lt;b&gt;Size:&lt;/b&gt; 245 KB</summary><updated>2026-11-26T08:5${n}:11-05:00</updated><category scheme="https://filings.example.gov/" label="form type" term="${form}"/><id>urn:tag:filings.example.gov,2008:accession-number=000123456${n}-26-000001</id>`;
    const doc = atom('Latest Filings - Thu, 26 Nov 2026 09:00:00 EST', '<author><name>Webmaster</name><email>webmaster@filings.example.gov</email></author>', [filing(1, '8-K', 'HARBOUR MILLS INC'), filing(2, '10-Q', 'RIVER FREIGHT CORP')]);
    const stories = await polled(doc, ATOM_TYPE);
    // Before: "form type" was every filing's category, and the source changed with every build of the feed.
    expect(stories.map((s) => [s.categories, s.source, s.author])).toEqual([
      [['8-K'], 'Latest Filings', null],
      [['10-Q'], 'Latest Filings', null],
    ]);
    expect(stories[0]!.published).toBe('2026-11-26T13:51:11.000Z');
  });

  it('a title that ends in "Updated" and a date, or a date alone, names the outlet before it; a date inside a name stays', async () => {
    const titled = (title: string, n: number) => rss('', `<title>${title}</title><link>https://city${n}.example.org/</link>`, [`<title>Budget passed ${n}</title><link>https://city${n}.example.org/budget</link>${D}`]);
    const sources = [];
    for (const [n, title] of ['City Desk | Updated 26/11/2026 09:00', 'City Desk - 26 November 2026', 'City Desk – 2026-11-26T09:00:00Z', 'Class of 2026 - Alumni News', 'The 1 May Journal', 'Elections - 2026', 'Harvest Notes - March 2026', 'Ward Diary - 2026-11'].entries()) {
      sources.push((await polled(titled(title, n)))[0]!.source);
    }
    // A year or a month alone is part of the name, not the time of a build.
    expect(sources).toEqual(['City Desk', 'City Desk', 'City Desk', 'Class of 2026 - Alumni News', 'The 1 May Journal', 'Elections - 2026', 'Harvest Notes - March 2026', 'Ward Diary - 2026-11']);
  });
});

describe('text as generators write it', () => {
  it('Atom XHTML content in nested divs: each paragraph once, the figure’s picture against the entry', async () => {
    const doc = atom('Notes', '<link href="https://notes.example.org/"/>', [
      '<title>Nested</title><id>urn:n:1</id><updated>2026-11-26T09:00:00Z</updated><link href="https://notes.example.org/nested"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><div class="post"><div class="intro"><p>First paragraph about the tram depot.</p></div><div class="body"><p>Second paragraph, on the <em>new</em> rails.</p><figure><img src="/img/depot.jpg" alt="Depot"/><figcaption>The depot</figcaption></figure></div></div></div></content>',
    ]);
    const [s] = await polled(doc, ATOM_TYPE);
    expect([s!.text, s!.image]).toEqual(['First paragraph about the tram depot.\n\nSecond paragraph, on the new rails.', 'https://notes.example.org/img/depot.jpg']);
  });

  it('a description escaped around a CDATA section, and a title in CDATA nested in CDATA', async () => {
    const doc = rss('', '<title>Daily Lamp</title><link>https://lamp.example.org/</link>', [
      '<title>Double wrap</title><link>https://lamp.example.org/dw</link><description>&lt;![CDATA[&lt;p&gt;The council met on Thursday and passed the budget.&lt;/p&gt;]]&gt;</description>',
      `<title><![CDATA[<![CDATA[Nested title]]]]><![CDATA[>]]></title><link>https://lamp.example.org/dw2</link>${D}`,
    ]);
    expect((await polled(doc)).map((s) => [s.title, s.text])).toEqual([
      ['Double wrap', 'The council met on Thursday and passed the budget.'],
      ['Nested title', COPY],
    ]);
  });

  it('a definition list keeps each term with what it defines', async () => {
    const doc = rss('', '<title>Alerts</title><link>https://alerts.example.org/</link>', [
      '<title>Flood warning</title><link>https://alerts.example.org/1</link><description><![CDATA[<p>River levels are rising.</p><dl><dt>Issued</dt><dd>26 Nov 2026 08:31</dd><dt>Area</dt><dd>Lower valley</dd><dt>Severity</dt><dd>Moderate</dd></dl>]]></description>',
    ]);
    // Before: "Area", "Lower valley", "Severity", "Moderate" stood as paragraphs of their own. "Issued: <date>" is a
    // date stamp, which the copy goes without as it did before (as Drupal's "Release date: …").
    expect((await polled(doc))[0]!.text).toBe('River levels are rising.\n\nArea: Lower valley\n\nSeverity: Moderate');
  });
});

describe('aggregators, video, audio and code hosts', () => {
  it('a Planet aggregator’s Atom: each post’s blog from <source>, its author from the entry or else from <source>', async () => {
    const doc = atom('Planet Rivers', '<link href="https://planet.example.org/"/>', [
      '<title>Measuring the delta</title><id>tag:meena.example.net,2026:1</id><updated>2026-11-26T09:00:00Z</updated><link href="https://meena.example.net/2026/delta"/><content type="html">&lt;p&gt;We measured the silt at the delta this week.&lt;/p&gt;</content><author><name>Meena Rao</name></author><source><id>tag:meena.example.net,2026:feed</id><title>Meena on rivers</title><link rel="self" href="https://meena.example.net/feed.atom"/><link rel="alternate" href="https://meena.example.net/"/></source>',
      '<title>At the river mouth</title><id>tag:jo.example.com,2026:2</id><updated>2026-11-26T08:00:00Z</updated><link href="https://jo.example.com/2026/mouth"/><content type="html">&lt;p&gt;Jo went to the river mouth.&lt;/p&gt;</content><source><title>Jo writes</title><author><name>Jo Park</name></author><link rel="alternate" href="https://jo.example.com/"/></source>',
    ]);
    // Before: the second post, whose author only its <source> names, had none.
    expect((await polled(doc, ATOM_TYPE)).map((s) => [s.source, s.author])).toEqual([
      ['Meena on rivers', 'Meena Rao'],
      ['Jo writes', 'Jo Park'],
    ]);
  });

  it('Vimeo: the maker’s name out of "Vimeo / … ’s videos", the large thumbnail, the description without the cast line', async () => {
    const doc = rss(`${MEDIA} xmlns:dc="http://purl.org/dc/elements/1.1/"`, '<title>Vimeo / Riverside Films’s videos</title><link>https://vimeo.com/riversidefilms/videos</link>', [
      '<title>Boats at dawn</title><link>https://vimeo.com/900100200</link><description>&lt;p&gt;&lt;a href="https://vimeo.com/900100200"&gt;&lt;img src="https://i.vimeocdn.com/video/1500-d_200x150" alt="" /&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Fishing boats leave the harbour at dawn.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Cast:&lt;/strong&gt; &lt;a href="https://vimeo.com/riversidefilms"&gt;Riverside Films&lt;/a&gt;&lt;/p&gt;</description><pubDate>Thu, 26 Nov 2026 04:00:00 -0500</pubDate><guid isPermaLink="false">tag:vimeo,2026-11-26:clip900100200</guid><dc:creator>Riverside Films</dc:creator><media:content><media:player url="https://player.vimeo.com/video/900100200"/><media:credit role="author" scheme="https://vimeo.com/">Riverside Films</media:credit><media:thumbnail height="540" width="960" url="https://i.vimeocdn.com/video/1500-d_960x540"/><media:title>Boats at dawn</media:title></media:content>',
    ]);
    // Before: the source was "Vimeo / Riverside Films’s videos".
    expect(await polled(doc)).toEqual([
      { title: 'Boats at dawn', link: 'https://vimeo.com/900100200', published: '2026-11-26T09:00:00.000Z', author: 'Riverside Films', image: 'https://i.vimeocdn.com/video/1500-d_960x540', source: 'Riverside Films', categories: [], text: 'Fishing boats leave the harbour at dawn.' },
    ]);
  });

  it('SoundCloud: the track page, the episode’s artwork, the show as author; a stream of length 0', async () => {
    const doc = rss('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"', '<title>Harbour Talks</title><link>https://soundcloud.com/harbourtalks</link><itunes:author>Harbour Talks</itunes:author><itunes:image href="https://i1.sndcdn.com/avatars-000-original.jpg"/>', [
      '<guid isPermaLink="false">tag:soundcloud,2010:tracks/1700000001</guid><title>Episode 12: Silt</title><pubDate>Thu, 26 Nov 2026 06:00:00 +0000</pubDate><link>https://soundcloud.com/harbourtalks/episode-12-silt</link><itunes:duration>00:31:10</itunes:duration><itunes:author>Harbour Talks</itunes:author><itunes:summary>We talk about silt in the harbour.</itunes:summary><description>We talk about silt in the harbour.</description><enclosure type="audio/mpeg" url="https://feeds.soundcloud.com/stream/1700000001-harbourtalks-episode-12-silt.mp3" length="0"/><itunes:image href="https://i1.sndcdn.com/artworks-000-t3000x3000.jpg"/>',
    ]);
    expect(await polled(doc)).toEqual([
      { title: 'Episode 12: Silt', link: 'https://soundcloud.com/harbourtalks/episode-12-silt', published: '2026-11-26T06:00:00.000Z', author: 'Harbour Talks', image: 'https://i1.sndcdn.com/artworks-000-t3000x3000.jpg', source: 'Harbour Talks', categories: [], text: 'We talk about silt in the harbour.' },
    ]);
  });

  it('GitHub commits: the commit page, its message past the first line, the committer’s avatar no picture', async () => {
    const doc = atom('Recent Commits to gauge:main', '<link type="text/html" rel="alternate" href="https://github.com/tidewatch/gauge/commits/main"/>', [
      '<id>tag:github.com,2008:Grit::Commit/0a1b2c</id><link type="text/html" rel="alternate" href="https://github.com/tidewatch/gauge/commit/0a1b2c"/><title>Read tide gauges every ten minutes</title><updated>2026-11-26T09:00:00Z</updated><media:thumbnail height="30" width="30" url="https://avatars.githubusercontent.com/u/9911?s=30&amp;v=4"/><author><name>nila-k</name><uri>https://github.com/nila-k</uri></author><content type="html">&lt;pre style=&#39;white-space:pre-wrap;width:81ex&#39;&gt;Read tide gauges every ten minutes\n\nThe harbour office asked for finer readings.&lt;/pre&gt;</content>',
    ], MEDIA);
    expect((await polled(doc, ATOM_TYPE)).map((s) => [s.link, s.text, s.image, s.author])).toEqual([
      ['https://github.com/tidewatch/gauge/commit/0a1b2c', 'The harbour office asked for finer readings.', null, 'nila-k'],
    ]);
  });
});

describe('dates as old and odd generators print them', () => {
  it('two-digit years (RFC 822 and RFC 850), an hour of one digit, a day name that is wrong', async () => {
    const dates = ['Thu, 26 Nov 26 09:00:00 GMT', 'Thursday, 26-Nov-26 09:00:00 GMT', '26 Nov 99 09:00 EST', 'Wed, 26 Nov 2026 9:00:00 GMT'];
    const doc = rss('', '<title>Old Desk</title><link>https://olddesk.example.org/</link>', dates.map((d, i) => `<title>Dated ${i}</title><link>https://olddesk.example.org/${i}</link>${D}<pubDate>${d}</pubDate>`));
    expect((await polled(doc)).map((s) => s.published)).toEqual(['2026-11-26T09:00:00.000Z', '2026-11-26T09:00:00.000Z', '1999-11-26T14:00:00.000Z', '2026-11-26T09:00:00.000Z']);
  });

  it('offsets written after GMT or UTC, with a colon, an hour of one digit, or a zone name after them; a Unix time', async () => {
    const dates = ['Thu, 26 Nov 2026 09:00:00 GMT+0530', 'Thu, 26 Nov 2026 09:00:00 GMT+5:30', 'Thu, 26 Nov 2026 09:00:00 +05:30', 'Thu, 26 Nov 2026 09:00:00 UTC+05:30', 'Thu, 26 Nov 2026 09:00:00 +0530 IST', 'Thu Nov 26 09:00:00 +0530 2026', '2026-11-26T09:00:00.000+0530', '1795683600'];
    const doc = rss('', '<title>Offsets</title><link>https://offsets.example.org/</link>', dates.map((d, i) => `<title>Offset ${i}</title><link>https://offsets.example.org/${i}</link>${D}<pubDate>${d}</pubDate>`));
    expect((await polled(doc)).map((s) => s.published)).toEqual([...dates.slice(0, -1).map(() => '2026-11-26T03:30:00.000Z'), '2026-11-26T09:00:00.000Z']);
  });

  it('a JSON Feed dated in RFC 822 and without a zone', async () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Kettle',
      home_page_url: 'https://kettle.example.org/',
      items: [
        { id: '1', url: 'https://kettle.example.org/1', title: 'Tea prices', content_text: 'Tea prices rose in the hills this week.', date_published: 'Thu, 26 Nov 2026 09:00:00 +0530' },
        { id: '2', url: 'https://kettle.example.org/2', title: 'Coffee prices', content_html: '<p>Coffee prices fell.</p>', date_published: '2026-11-26 09:00' },
      ],
    });
    expect((await polled(doc, 'application/feed+json')).map((s) => s.published)).toEqual(['2026-11-26T03:30:00.000Z', '2026-11-26T09:00:00.000Z']);
  });
});

describe('press releases through the release wires', () => {
  const release = (n: number, lead: string) => `<title>Release ${n}</title><link>https://releases.example.com/r/${n}</link><description>${lead} Solar Co. today opened its new module plant, the company said.</description>`;
  it('the distributor’s dateline goes before the copy: PR Newswire, Business Wire, ACCESSWIRE, EIN Presswire, CNW, GlobeNewswire', async () => {
    const leads = [
      'MUMBAI, India, Nov. 26, 2026 /PRNewswire/ --',
      'SAN FRANCISCO--(BUSINESS WIRE)--',
      'NEW YORK, NY / ACCESSWIRE / November 26, 2026 /',
      'LONDON, Nov. 26, 2026 /EINPresswire.com/ --',
      'TORONTO, Nov. 26, 2026 /CNW/ -',
      'CHICAGO, Nov. 26, 2026 /PRNewswire-PRWeb/ --',
      'OSLO, Norway, Nov. 26, 2026 (GLOBE NEWSWIRE) --',
    ];
    const doc = rss('', '<title>Release Wire</title><link>https://releases.example.com/</link>', leads.map((lead, i) => release(i, lead)));
    // Before: every dateline but GlobeNewswire's stayed at the head of the copy.
    expect((await polled(doc)).map((s) => s.text)).toEqual(leads.map(() => 'Solar Co. today opened its new module plant, the company said.'));
  });

  it('GlobeNewswire: its subject code and the ticker as categories; the issuer in dc:contributor as the author', async () => {
    const doc = rss('xmlns:dc="http://purl.org/dc/elements/1.1/"', '<title>GlobeWire - News about Ocean Freight Ltd</title><link>https://globewire.example.com/</link>', [
      '<guid isPermaLink="false">2998811</guid><link>https://globewire.example.com/news-release/2026/11/26/2998811/0/en/Ocean-Freight-Reports-Q3.html</link><category domain="https://globewire.example.com/rss/subjectcode">Earnings Releases and Operating Results</category><dc:identifier>2998811</dc:identifier><dc:contributor>Ocean Freight Ltd</dc:contributor><dc:subject>Nasdaq:OFL</dc:subject><dc:modified>Thu, 26 Nov 2026 12:05 GMT</dc:modified><pubDate>Thu, 26 Nov 2026 12:00 GMT</pubDate><title>Ocean Freight Reports Third Quarter Results</title><description>&lt;p align="justify"&gt;OSLO, Norway, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Ocean Freight Ltd reported revenue up 4 percent.&lt;/p&gt;</description>',
    ]);
    expect(await polled(doc)).toEqual([
      {
        title: 'Ocean Freight Reports Third Quarter Results',
        link: 'https://globewire.example.com/news-release/2026/11/26/2998811/0/en/Ocean-Freight-Reports-Q3.html',
        published: '2026-11-26T12:00:00.000Z',
        // The issuer (the fiftieth round of unseen feeds: dc:contributor where the item names no one else).
        author: 'Ocean Freight Ltd',
        image: null,
        source: 'GlobeWire - News about Ocean Freight Ltd',
        categories: ['Earnings Releases and Operating Results', 'Nasdaq:OFL'],
        text: 'Ocean Freight Ltd reported revenue up 4 percent.',
      },
    ]);
  });
});
