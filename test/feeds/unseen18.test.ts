import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, seenStory as seen } from '../helpers/poll.js';

/**
 * The eighteenth sweep: what the seventeenth left (a JSON Feed bookmark's link, a service's page named for a person, "全文" over
 * copy, a first name in capitals, the State Department's attribution under a heading), then feeds of shapes no sweep had met.
 * Each document is written for the test, served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed=
 * gives it.
 */
const sweep = feedSweep('feeds-unseen18-docs', Date.parse('2026-11-26T15:00:00Z'), { PUBLIC_URL: 'https://wirebrief.example' });

let served = 0;
/** The stories one poll of a document gives, in the order its items come (by link). */
async function polled(body: string, type = 'application/rss+xml; charset=utf-8') {
  const { outcome, stories } = await sweep.poll(`/unseen18/${++served}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok' });
  return stories.sort((a, b) => body.indexOf(a.link) - body.indexOf(b.link)).map(seen);
}

const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
const rss = (ch: string, items: string, ns = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${ns}><channel>${ch}\n${items}\n</channel></rss>`;

describe('what the seventeenth sweep left', () => {
  it('a JSON Feed bookmark: the post when it says something of its own, the linked article when it is only a pointer', async () => {
    const doc = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tara Iyer', home_page_url: 'https://tara.micro.example/', items: [
      { id: '1', url: 'https://tara.micro.example/2026/11/26/herons.html', external_url: 'https://birds.example.org/herons-in-winter', title: 'Herons in winter', content_html: '<p>Why some herons stay on the lake all winter: a good read on the jetty birds I see every morning.</p>', date_published: '2026-11-26T09:00:00+05:30' },
      { id: '2', url: 'https://micro.example/bookmarks/2', external_url: 'https://rail.example.org/night-trains-return', title: 'Night trains return to the Konkan line', date_published: '2026-11-26T10:00:00+05:30', _microblog: { is_bookmark: true } },
    ] });
    const stories = await polled(doc, 'application/feed+json');
    // Before: the bookmark was linked to micro.blog's page about it, which holds nothing but the address.
    expect(stories.map((s) => [s.title, s.link, s.source])).toEqual([
      ['Herons in winter', 'https://tara.micro.example/2026/11/26/herons.html', 'Tara Iyer'],
      ['Night trains return to the Konkan line', 'https://rail.example.org/night-trains-return', 'Tara Iyer'],
    ]);
  });

  it('"Letterboxd - Ravi Menon": a person’s page on a service is the person’s', async () => {
    const items = '<item><title>Aattam, 2023 - ★★★★½</title><link>https://letterboxd.example.com/ravimenon/film/aattam/</link><description>A theatre troupe holds the whole film in one room.</description><pubDate>Thu, 26 Nov 2026 08:00:00 +1300</pubDate></item>';
    // Before: "Letterboxd - Ravi Menon", the page's title, stood as the source.
    expect((await polled(rss('<title>Letterboxd - Ravi Menon</title><link>https://letterboxd.example.com/ravimenon/</link>', items)))[0]!.source).toBe('Ravi Menon');
    expect((await polled(rss('<title>Asha Rao’s bookshelf: read</title><link>https://goodreads.example.com/review/list/1</link>', items.replaceAll('letterboxd', 'goodreads'))))[0]!.source).toBe('Asha Rao');
  });

  it('"全文" alone is a read-more label under the copy, and a heading over the document it introduces', () => {
    const lead = '国务院新闻办公室26日发表白皮书。';
    const doc = '白皮书说，中国将继续扩大开放。';
    // Before: the heading went, as a link's label does.
    expect(cleanWireCopy([lead, '全文', doc]).paragraphs).toEqual([lead, '全文', doc]);
    expect(cleanWireCopy([lead, doc, '全文']).paragraphs).toEqual([lead, doc]);
    expect(cleanWireCopy([lead, doc, '【全文】']).paragraphs).toEqual([lead, doc]);
  });

  it('a first name alone in capitals reads as it is spelt; initials that read as a word stay', async () => {
    const creators = ['RAVI', 'ASHA', 'MEERA', 'PRIYA', 'OCHA', 'UNHCR', 'UNDP', 'IAEA', 'WHO', 'NATO', 'PTI'];
    const items = creators.map((c, i) => `<item><title>Item ${i}</title><link>https://caps.example.org/story/${i}</link><description>The ward committee met on Thursday and passed budget ${i}.</description><dc:creator>${c}</dc:creator></item>`).join('\n');
    const stories = await polled(rss('<title>Caps</title><link>https://caps.example.org/</link>', items, DC));
    // Before: a bare RAVI stayed in capitals, as initials do.
    expect(stories.map((s) => s.author)).toEqual(['Ravi', 'Asha', 'Meera', 'Priya', 'OCHA', 'UNHCR', 'UNDP', 'IAEA', 'WHO', 'NATO', 'PTI']);
  });

  it('the State Department’s attribution goes under a heading or a date too, not only as the first line', () => {
    const lead = 'Deputy Secretary Landau met today with Indian Foreign Secretary Misri in Washington.';
    const second = 'They discussed defense cooperation and critical minerals.';
    for (const above of [
      ['Deputy Secretary Landau’s Meeting with Indian Foreign Secretary Misri'],
      ['Readout', 'Office of the Spokesperson', 'November 26, 2026'],
      ['OFFICE OF THE SPOKESPERSON', 'NOVEMBER 26, 2026'],
      ['Office of the Spokesperson November 26, 2026'],
    ]) {
      // Before: the attribution stayed as the copy's first paragraph whenever a line stood above it.
      expect(cleanWireCopy([...above, 'The below is attributable to Spokesperson Tammy Bruce:', lead, second]).paragraphs.slice(-2)).toEqual([lead, second]);
      expect(cleanWireCopy([...above, 'The below is attributable to Spokesperson Tammy Bruce:', lead, second]).paragraphs.join('\n')).not.toMatch(/attributable|Spokesperson/);
    }
    // A sentence that says so in the copy stays.
    const copy = ['The delay is attributable to poor drainage, engineers said.', 'The below is attributable to Spokesperson Tammy Bruce: a quote.'];
    expect(cleanWireCopy([lead, ...copy]).paragraphs).toEqual([lead, ...copy]);
  });
});

/** The stories one poll of a named document of the sweep gives, in the order its items come (by link), as the stories API shows them. */
async function sweptStories(name: string) {
  const [, body, type] = DOCS.find(([n]) => n === name)!;
  const { outcome, stories } = await sweep.poll(`/unseen18/${name}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok' });
  return stories.sort((a, b) => body.indexOf(a.link) - body.indexOf(b.link));
}
const swept = async (name: string) => (await sweptStories(name)).map(seen);

const DOCS: [string, string, string?][] = [];
const CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';
const ITUNES = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
const ATOM = 'application/atom+xml; charset=utf-8';
const atom = (head: string, entries: string, attrs = '') => `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" ${attrs}>${head}\n${entries}\n</feed>`;

// Podcasting 2.0 (podcastindex.org namespace): the episode's people, its own art in several widths, no <link>.
DOCS.push(['podcast20', rss(`<title>Monsoon Dispatch</title><link>https://monsoondispatch.example.fm</link><language>en-in</language><itunes:author>Monsoon Dispatch</itunes:author><itunes:image href="https://monsoondispatch.example.fm/cover-3000.jpg"/><podcast:guid>ead4c236-bf58-58c6-a2c6-a6b28d128cb6</podcast:guid><podcast:locked owner="desk@monsoondispatch.example.fm">yes</podcast:locked>`, `
<item><title>Ep. 41: The Teesta, upstream and down</title><itunes:title>The Teesta, upstream and down</itunes:title><itunes:episode>41</itunes:episode><podcast:season>3</podcast:season><podcast:episode>41</podcast:episode><description><![CDATA[<p>Two hydrologists walk us along the Teesta from Sikkim to Bangladesh.</p>]]></description><guid isPermaLink="false">c0d1c4a2-5c8e-4f0f-9d3a-2a9c1b7e6f41</guid><pubDate>Thu, 26 Nov 2026 05:30:00 +0530</pubDate><enclosure url="https://cdn.monsoondispatch.example.fm/episodes/41.mp3" length="48213456" type="audio/mpeg"/><itunes:duration>00:50:12</itunes:duration><podcast:person role="host" img="https://monsoondispatch.example.fm/people/nandini.jpg" href="https://monsoondispatch.example.fm/nandini">Nandini Rao</podcast:person><podcast:person role="guest">Tashi Bhutia</podcast:person><podcast:person>Imran Sheikh</podcast:person><podcast:images srcset="https://monsoondispatch.example.fm/ep41-600.jpg 600w, https://monsoondispatch.example.fm/ep41-1500.jpg 1500w"/><podcast:transcript url="https://monsoondispatch.example.fm/ep41.vtt" type="text/vtt"/><podcast:chapters url="https://monsoondispatch.example.fm/ep41-chapters.json" type="application/json+chapters"/></item>`, `${ITUNES} xmlns:podcast="https://podcastindex.org/namespace/1.0"`)]);
// A podcast host that fills only the iTunes elements: no <title>, no <description>.
DOCS.push(['podcast-itunes-only', rss(`<title>Kitchen Garden Hour</title><link>https://kitchengarden.example.fm/</link><itunes:author>Leela Menon</itunes:author>`, `
<item><itunes:title>Curry leaves in a pot</itunes:title><itunes:summary>How to keep a curry leaf plant alive on a balcony through the winter.</itunes:summary><enclosure url="https://kitchengarden.example.fm/audio/curry-leaves.m4a" type="audio/x-m4a" length="1"/><guid isPermaLink="false">kg-curry-leaves</guid><pubDate>Thu, 26 Nov 2026 06:00:00 GMT</pubDate><itunes:image href="https://kitchengarden.example.fm/art/curry-leaves.png"/></item>`, ITUNES)]);
// WordPress: several categories, the comments' feed (wfw:commentRss), slash:comments, Yoast's "appeared first on".
DOCS.push(['wordpress', rss(`<title>Coastal Security Review</title><atom:link href="https://coastalsecurity.example.in/feed/" rel="self" type="application/rss+xml" /><link>https://coastalsecurity.example.in</link><description>Maritime security in the Indian Ocean</description><lastBuildDate>Thu, 26 Nov 2026 09:12:44 +0000</lastBuildDate><language>en-US</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=6.8</generator>`, `
<item><title>Navy commissions second survey vessel at Kolkata</title><link>https://coastalsecurity.example.in/2026/11/26/navy-commissions-second-survey-vessel/</link><comments>https://coastalsecurity.example.in/2026/11/26/navy-commissions-second-survey-vessel/#respond</comments><dc:creator><![CDATA[Commodore (retd) Anil Kapoor]]></dc:creator><pubDate>Thu, 26 Nov 2026 09:12:44 +0000</pubDate><category><![CDATA[Defence]]></category><category><![CDATA[Indian Navy]]></category><category><![CDATA[Shipbuilding]]></category><guid isPermaLink="false">https://coastalsecurity.example.in/?p=48213</guid><description><![CDATA[The Navy commissioned its second large survey vessel at Kolkata on Thursday. [&#8230;]]]></description><content:encoded><![CDATA[<p>The Navy commissioned its second large survey vessel at Kolkata on Thursday.</p><p>The ship was built by Garden Reach Shipbuilders.</p><p>The post <a href="https://coastalsecurity.example.in/2026/11/26/navy-commissions-second-survey-vessel/">Navy commissions second survey vessel at Kolkata</a> appeared first on <a href="https://coastalsecurity.example.in">Coastal Security Review</a>.</p>]]></content:encoded><wfw:commentRss>https://coastalsecurity.example.in/2026/11/26/navy-commissions-second-survey-vessel/feed/</wfw:commentRss><slash:comments>4</slash:comments></item>`, `${DC} ${CONTENT} xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"`)]);
// Hugo's own RSS template: &#34; and &#xA; in the escaped summary, a page bundle's picture relative to the post.
DOCS.push(['hugo', rss(`<title>Hill Station Notes</title><link>https://hillnotes.example.org/</link><description>Recent content on Hill Station Notes</description><generator>Hugo</generator><language>en-us</language><lastBuildDate>Thu, 26 Nov 2026 09:00:00 +0530</lastBuildDate><atom:link href="https://hillnotes.example.org/index.xml" rel="self" type="application/rss+xml"/>`, `
<item><title>Toy train timetable changes</title><link>https://hillnotes.example.org/posts/toy-train/</link><pubDate>Thu, 26 Nov 2026 09:00:00 +0530</pubDate><guid>https://hillnotes.example.org/posts/toy-train/</guid><description>&lt;p&gt;&lt;img src=&#34;engine.jpg&#34; alt=&#34;engine&#34;&gt;&lt;/p&gt;&#xA;&lt;p&gt;The Darjeeling toy train runs twice a day from December.&lt;/p&gt;</description></item>`, 'xmlns:atom="http://www.w3.org/2005/Atom"')]);
// jekyll-feed: the title typed html, content with xml:base and a root-relative picture, media:thumbnail.
DOCS.push(['jekyll', atom(`<generator uri="https://jekyllrb.com/" version="4.3.3">Jekyll</generator><link href="https://tramways.example.com/feed.xml" rel="self" type="application/atom+xml"/><link href="https://tramways.example.com/" rel="alternate" type="text/html"/><updated>2026-11-26T10:00:00+05:30</updated><id>https://tramways.example.com/feed.xml</id><title type="html">Tramways of Kolkata</title><author><name>Arindam Sen</name></author>`, `
<entry><title type="html">Route 5 returns to Esplanade &amp;amp; Howrah</title><link href="https://tramways.example.com/2026/11/26/route-5.html" rel="alternate" type="text/html" title="Route 5 returns to Esplanade"/><published>2026-11-26T10:00:00+05:30</published><updated>2026-11-26T10:00:00+05:30</updated><id>https://tramways.example.com/2026/11/26/route-5</id><content type="html" xml:base="https://tramways.example.com/2026/11/26/route-5.html">&lt;p&gt;&lt;img src=&quot;/assets/route5.jpg&quot; alt=&quot;tram&quot; /&gt;&lt;/p&gt;&lt;p&gt;Route 5 runs to Esplanade again from Friday.&lt;/p&gt;</content><category term="routes"/><summary type="html">Route 5 runs to Esplanade again.</summary><media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="https://tramways.example.com/assets/route5-banner.jpg"/><media:content medium="image" url="https://tramways.example.com/assets/route5-banner.jpg" xmlns:media="http://search.yahoo.com/mrss/"/></entry>`), ATOM]);
// Atom with xml:base on the entry itself: its link and its content's picture are relative to it.
DOCS.push(['entry-base', atom(`<title>Ward Diary</title><id>urn:ward-diary</id><updated>2026-11-26T08:00:00Z</updated><link rel="alternate" href="https://warddiary.example.net/"/>`, `
<entry xml:base="https://warddiary.example.net/2026/11/"><title>Streetlights on Station Road</title><link href="streetlights.html"/><id>urn:ward-diary:1</id><updated>2026-11-26T08:00:00Z</updated><content type="html">&lt;p&gt;&lt;img src=&quot;img/lights.jpg&quot;&gt;&lt;/p&gt;&lt;p&gt;Forty new streetlights were switched on along Station Road.&lt;/p&gt;</content></entry>`), ATOM]);
// Ghost: the content's picture as one of Ghost's resized copies (/content/images/size/w600/…).
DOCS.push(['ghost', rss(`<title><![CDATA[The Harbour Letter]]></title><link>https://harbourletter.example.org/</link><generator>Ghost 5.101</generator><lastBuildDate>Thu, 26 Nov 2026 09:00:00 GMT</lastBuildDate>`, `
<item><title><![CDATA[Fishing ban ends on the west coast]]></title><description><![CDATA[The sixty-one-day ban ended at midnight.]]></description><link>https://harbourletter.example.org/fishing-ban-ends/</link><guid isPermaLink="false">6745a1b2c3d4e5f607182930</guid><dc:creator><![CDATA[Sunita Fernandes]]></dc:creator><pubDate>Thu, 26 Nov 2026 08:30:00 GMT</pubDate><content:encoded><![CDATA[<figure class="kg-card kg-image-card"><img src="https://harbourletter.example.org/content/images/size/w600/2026/11/boats.jpg" class="kg-image" alt="" loading="lazy" width="600" height="400" srcset="https://harbourletter.example.org/content/images/size/w600/2026/11/boats.jpg 600w, https://harbourletter.example.org/content/images/size/w1000/2026/11/boats.jpg 1000w" sizes="(min-width: 720px) 720px"></figure><p>The sixty-one-day ban on trawling ended at midnight, and boats left Sassoon Dock before dawn.</p>]]></content:encoded></item>`, `${DC} ${CONTENT}`)]);
// Weebly: CDATA everywhere, the site's name before "Blog", the picture a root-relative upload.
DOCS.push(['weebly', rss(`<title><![CDATA[Village School News - Blog]]></title><link><![CDATA[https://villageschool.weebly.example.com/blog]]></link><description><![CDATA[Village School News - Blog]]></description><pubDate>Thu, 26 Nov 2026 03:10:00 GMT</pubDate><generator>Weebly</generator>`, `
<item><title><![CDATA[Science fair winners]]></title><link><![CDATA[https://villageschool.weebly.example.com/blog/science-fair-winners]]></link><comments><![CDATA[https://villageschool.weebly.example.com/blog/science-fair-winners#comments]]></comments><pubDate>Thu, 26 Nov 2026 03:10:00 GMT</pubDate><slash:comments>0</slash:comments><guid isPermaLink="false">https://villageschool.weebly.example.com/blog/science-fair-winners</guid><description><![CDATA[<div class="paragraph">Class 8 won the district science fair with a rainwater filter.</div><div><div class="wsite-image wsite-image-border-none"><a><img src="/uploads/1/2/3/4/12345678/filter_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%"></div></div></div>]]></description></item>`, 'xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')]);
// Dreamwidth (LiveJournal's code): the poster in lj:poster, a journal's entry with its security.
DOCS.push(['dreamwidth', rss(`<title>Rain on the Ghats</title><link>https://ghatrain.dreamwidth.example.org/</link><description>Rain on the Ghats - Dreamwidth Studios</description><lastBuildDate>Thu, 26 Nov 2026 08:02:11 GMT</lastBuildDate><generator>LiveJournal / Dreamwidth Studios</generator><lj:journal>ghatrain</lj:journal><lj:journaltype>personal</lj:journaltype>`, `
<item><guid isPermaLink='true'>https://ghatrain.dreamwidth.example.org/12345.html</guid><pubDate>Thu, 26 Nov 2026 08:02:11 GMT</pubDate><title>Landslide closes the Kasara ghat</title><link>https://ghatrain.dreamwidth.example.org/12345.html</link><description>A landslide closed the Kasara ghat section on Thursday morning; trains were held at Igatpuri.</description><comments>https://ghatrain.dreamwidth.example.org/12345.html</comments><category>railways</category><lj:security>public</lj:security><lj:poster>ghatrain</lj:poster><lj:reply-count>3</lj:reply-count></item>`, `xmlns:lj="http://www.livejournal.org/rss/lj/1.0/"`)]);
// Pinboard (RSS 1.0): someone's bookmarks, dc: only.
DOCS.push(['pinboard', `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:taxo="http://purl.org/rss/1.0/modules/taxonomy/">
<channel rdf:about="https://pinboard.example.in/u:asharao/"><title>Pinboard (asharao)</title><link>https://pinboard.example.in/u:asharao/public/</link><description>recent bookmarks from asharao</description><items><rdf:Seq><rdf:li rdf:resource="https://rail.example.org/vande-bharat-sleeper"/></rdf:Seq></items></channel>
<item rdf:about="https://rail.example.org/vande-bharat-sleeper"><title>Vande Bharat sleeper trials begin on the Kota section</title><dc:date>2026-11-26T06:12:40+00:00</dc:date><link>https://rail.example.org/vande-bharat-sleeper</link><dc:creator>asharao</dc:creator><description>Trials of the sleeper coaches began on the Kota section on Thursday.</description><dc:subject>rail india</dc:subject><dc:source>https://pinboard.example.in/</dc:source><dc:identifier>https://pinboard.example.in/u:asharao/b:abc123/</dc:identifier><taxo:topics><rdf:Bag><rdf:li rdf:resource="https://pinboard.example.in/u:asharao/t:rail"/><rdf:li rdf:resource="https://pinboard.example.in/u:asharao/t:india"/></rdf:Bag></taxo:topics></item>
</rdf:RDF>`, 'application/rss+xml']);
// Dates as CMSs print them: an hour of one digit, milliseconds with an offset, Drupal's default "l, F j, Y - H:i", a zero date.
DOCS.push(['dates', rss(`<title>Clock Tower</title><link>https://clocktower.example.in/</link>`, `
<item><title>One digit hour</title><link>https://clocktower.example.in/1</link><description>The ward committee met on Thursday.</description><pubDate>Wed, 25 Nov 2026 5:07:00 +0530</pubDate></item>
<item><title>Milliseconds</title><link>https://clocktower.example.in/2</link><description>The ward committee met on Wednesday.</description><pubDate>2026-11-25T10:00:00.000+05:30</pubDate></item>
<item><title>Drupal</title><link>https://clocktower.example.in/3</link><description>The ward committee met on Tuesday.</description><pubDate>Wednesday, November 25, 2026 - 14:05</pubDate></item>
<item><title>Zero date</title><link>https://clocktower.example.in/4</link><description>The ward committee met on Monday.</description><pubDate>0000-00-00 00:00:00</pubDate><dc:date>2026-11-24T09:00:00+05:30</dc:date></item>
<item><title>Epoch</title><link>https://clocktower.example.in/5</link><description>The ward committee met last week.</description><pubDate>Thu, 01 Jan 1970 00:00:00 +0000</pubDate></item>`, DC)]);
// Oldest first, two items under one guid, an item with no link but a URL guid said not to be a permalink.
DOCS.push(['order-guids', rss(`<title>Market Yard</title><link>https://marketyard.example.in/</link>`, `
<item><title>Onion prices fall at Lasalgaon</title><link>https://marketyard.example.in/onion</link><guid isPermaLink="false">item</guid><description>Onion prices fell by a fifth at Lasalgaon as new crop arrived.</description><pubDate>Mon, 23 Nov 2026 09:00:00 +0530</pubDate></item>
<item><title>Tomato arrivals double in Kolar</title><link>https://marketyard.example.in/tomato</link><guid isPermaLink="false">item</guid><description>Tomato arrivals doubled at the Kolar market this week.</description><pubDate>Tue, 24 Nov 2026 09:00:00 +0530</pubDate></item>
<item><title>Cotton procurement opens in Adilabad</title><guid isPermaLink="false">https://marketyard.example.in/?p=812</guid><description>The Cotton Corporation opened procurement centres in Adilabad.</description><pubDate>Wed, 25 Nov 2026 09:00:00 +0530</pubDate></item>`)]);
// Agencies' own sites: APP (Pakistan), BSS (Bangladesh), Antara (Indonesia), RSS (Nepal).
DOCS.push(['agencies', rss(`<title>Agency Wire Digest</title><link>https://wiredigest.example.org/</link>`, `
<item><title>Gwadar port's new berths open to ships</title><link>https://wiredigest.example.org/app-gwadar</link><dc:creator>APP</dc:creator><pubDate>Thu, 26 Nov 2026 14:05:00 +0500</pubDate><description><![CDATA[<p>ISLAMABAD, Nov 26 (APP): Two new berths at Gwadar port opened to ships on Thursday, the maritime affairs ministry said.</p><p>The berths can take vessels of 50,000 tonnes.</p>]]></description></item>
<item><title>Padma bridge rail link carries first freight</title><link>https://wiredigest.example.org/bss-padma</link><pubDate>Thu, 26 Nov 2026 15:05:00 +0600</pubDate><description><![CDATA[<p>DHAKA, Nov 26, 2026 (BSS) - The Padma bridge rail link carried its first freight train on Thursday, railway officials said.</p><p>The train carried 40 containers to Jessore.</p>]]></description></item>
<item><title>Indonesia opens new rice export talks</title><link>https://wiredigest.example.org/antara-rice</link><pubDate>Thu, 26 Nov 2026 16:05:00 +0700</pubDate><description><![CDATA[<p>Jakarta (ANTARA) - Indonesia opened talks on rice exports to three neighbours on Thursday, the trade ministry said.</p><p>The talks will continue in December.</p>]]></description></item>
<item><title>Melamchi water supply resumes</title><link>https://wiredigest.example.org/rss-melamchi</link><pubDate>Thu, 26 Nov 2026 14:50:00 +0545</pubDate><description><![CDATA[<p>Kathmandu, Mangsir 11 (RSS): Water from the Melamchi project reached the valley again on Thursday after repairs, the board said.</p><p>Supply will be regular from Saturday.</p>]]></description></item>`, DC)]);
// An empty channel, and an Atom feed with no entries: a feed with nothing yet, not a broken one.
DOCS.push(['empty-channel', rss(`<title>Coming Soon</title><link>https://comingsoon.example.org/</link><description>Nothing yet</description>`, '')]);
DOCS.push(['empty-atom', atom(`<title>Quiet Desk</title><id>urn:quiet</id><updated>2026-11-26T00:00:00Z</updated>`, ''), ATOM]);

describe('podcasts', () => {
  it('Podcasting 2.0: the episode’s hosts as its byline (not its guests), its own art at the widest, its file as the link', async () => {
    expect((await swept('podcast20'))[0]).toMatchObject({
      title: 'Ep. 41: The Teesta, upstream and down',
      link: 'https://cdn.monsoondispatch.example.fm/episodes/41.mp3',
      published: '2026-11-26T00:00:00.000Z',
      author: 'Nandini Rao, Imran Sheikh',
      image: 'https://monsoondispatch.example.fm/ep41-1500.jpg',
      text: 'Two hydrologists walk us along the Teesta from Sikkim to Bangladesh.',
      source: 'Monsoon Dispatch',
    });
  });

  it('an episode written only in the iTunes elements: itunes:title, itunes:summary, itunes:image, the show’s author', async () => {
    expect((await swept('podcast-itunes-only'))[0]).toMatchObject({
      title: 'Curry leaves in a pot',
      link: 'https://kitchengarden.example.fm/audio/curry-leaves.m4a',
      author: 'Leela Menon',
      image: 'https://kitchengarden.example.fm/art/curry-leaves.png',
      text: 'How to keep a curry leaf plant alive on a balcony through the winter.',
    });
  });
});

describe('blogs and site builders', () => {
  it('WordPress: every category, the post’s link (not its comments or their feed), no "appeared first on"', async () => {
    expect((await swept('wordpress'))[0]).toMatchObject({
      link: 'https://coastalsecurity.example.in/2026/11/26/navy-commissions-second-survey-vessel/',
      author: 'Commodore (retd) Anil Kapoor',
      categories: ['Defence', 'Indian Navy', 'Shipbuilding'],
      text: 'The Navy commissioned its second large survey vessel at Kolkata on Thursday.\n\nThe ship was built by Garden Reach Shipbuilders.',
      source: 'Coastal Security Review',
    });
  });

  it('Hugo: the summary’s entities read, its page-bundle picture resolved against the post, not the site', async () => {
    expect((await swept('hugo'))[0]).toMatchObject({ image: 'https://hillnotes.example.org/posts/toy-train/engine.jpg', text: 'The Darjeeling toy train runs twice a day from December.', published: '2026-11-26T03:30:00.000Z' });
  });

  it('Jekyll: the html-typed title read once, the feed’s author, the post’s image (media:thumbnail and media:content)', async () => {
    expect((await swept('jekyll'))[0]).toMatchObject({
      title: 'Route 5 returns to Esplanade & Howrah',
      author: 'Arindam Sen',
      image: 'https://tramways.example.com/assets/route5-banner.jpg',
      categories: ['routes'],
      published: '2026-11-26T04:30:00.000Z',
      source: 'Tramways of Kolkata',
    });
  });

  it('Atom with xml:base on the entry: its link and its picture are relative to it', async () => {
    expect((await swept('entry-base'))[0]).toMatchObject({ link: 'https://warddiary.example.net/2026/11/streetlights.html', image: 'https://warddiary.example.net/2026/11/img/lights.jpg' });
  });

  it('Ghost: the picture at its original size, not a resized copy', async () => {
    expect((await swept('ghost'))[0]).toMatchObject({ image: 'https://harbourletter.example.org/content/images/2026/11/boats.jpg', author: 'Sunita Fernandes', source: 'The Harbour Letter' });
  });

  it('Weebly: the school’s name without "Blog", the upload resolved, the post’s link', async () => {
    expect((await swept('weebly'))[0]).toMatchObject({
      link: 'https://villageschool.weebly.example.com/blog/science-fair-winners',
      source: 'Village School News',
      image: 'https://villageschool.weebly.example.com/uploads/1/2/3/4/12345678/filter_orig.jpg',
      text: 'Class 8 won the district science fair with a rainwater filter.',
    });
  });

  it('Dreamwidth: the poster’s handle as the author, the journal’s title as the source', async () => {
    expect((await swept('dreamwidth'))[0]).toMatchObject({ author: 'ghatrain', source: 'Rain on the Ghats', categories: ['railways'], published: '2026-11-26T08:02:11.000Z' });
  });

  it('Pinboard: someone’s bookmarks are theirs; the bookmarked page is the link', async () => {
    expect((await swept('pinboard'))[0]).toMatchObject({ link: 'https://rail.example.org/vande-bharat-sleeper', source: 'asharao', author: 'asharao', published: '2026-11-26T06:12:40.000Z' });
  });
});

describe('dates, order and guids', () => {
  it('an hour of one digit, milliseconds, Drupal’s long form; a zero date gives way to dc:date; the epoch is no date', async () => {
    expect((await swept('dates')).map((s) => s.published)).toEqual([
      '2026-11-24T23:37:00.000Z',
      '2026-11-25T04:30:00.000Z',
      '2026-11-25T08:35:00.000Z',
      '2026-11-24T03:30:00.000Z',
      '2026-11-26T15:00:00.000Z',
    ]);
  });

  it('items oldest first and sharing a guid are each a story, newest first; a URL guid said not to be a permalink still links a story that has no other', async () => {
    const { stories } = await sweep.poll('/unseen18/order-guids', DOCS.find(([n]) => n === 'order-guids')![1]);
    expect(stories.map((s) => [s.title, s.link])).toEqual([
      ['Cotton procurement opens in Adilabad', 'https://marketyard.example.in/?p=812'],
      ['Tomato arrivals double in Kolar', 'https://marketyard.example.in/tomato'],
      ['Onion prices fall at Lasalgaon', 'https://marketyard.example.in/onion'],
    ]);
  });

  it('an empty channel and an Atom feed without entries poll cleanly, with no stories and no error', async () => {
    for (const name of ['empty-channel', 'empty-atom']) {
      const [, body, type] = DOCS.find(([n]) => n === name)!;
      const { outcome, feed, stories } = await sweep.poll(`/unseen18/${name}`, body, type);
      expect(outcome).toMatchObject({ status: 'ok' });
      expect([feed.lastError, stories.length]).toEqual([null, 0]);
    }
  });
});

describe('agencies’ own copy', () => {
  it('APP, BSS, Antara and RSS: the agency and the place (as written) from each dateline, which leaves the text', async () => {
    const stories = await sweptStories('agencies');
    expect(stories.map((s) => [s.agency, s.place, s.text.split('\n\n')[0]!.slice(0, 20)])).toEqual([
      ['APP', 'ISLAMABAD', 'Two new berths at Gw'],
      ['BSS', 'DHAKA', 'The Padma bridge rai'],
      ['Antara', 'Jakarta', 'Indonesia opened tal'],
      ['RSS', 'Kathmandu', 'Water from the Melam'],
    ]);
  });
});

// RSS 0.91 under Netscape's DTD, which declares HTML's entities: &eacute; and &mdash; are characters there, not errors.
DOCS.push(['rss091-dtd', `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old Town Gazette</title><link>https://oldtown.example.org/</link><description>News from the old town</description><language>en-us</language>
<item><title>Caf&eacute; owners protest &mdash; again</title><link>https://oldtown.example.org/news/cafe-protest.html</link><description>Caf&eacute; owners on Market Street closed for an hour&nbsp;on Thursday over parking fees.</description></item>
</channel></rss>`, 'text/xml']);
// RSS 2.0 in UserLand's namespace (a default xmlns on <rss>), as Radio UserLand and some .NET writers print it.
DOCS.push(['userland-ns', `<?xml version="1.0"?>
<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>Harbour Board Notices</title><link>https://harbourboard.example.org/</link><description>Notices</description>
<item><title>Dredging notice for berth 4</title><link>https://harbourboard.example.org/notices/berth-4</link><description>Berth 4 will be dredged from Monday; vessels will use berth 6.</description><pubDate>Thu, 26 Nov 2026 06:00:00 GMT</pubDate></item>
</channel></rss>`]);
// Atom written with a prefix on every element (Java and .NET writers): atom:feed, atom:entry.
DOCS.push(['prefixed-atom', `<?xml version="1.0" encoding="UTF-8"?>
<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>Port Trust Updates</atom:title><atom:id>urn:porttrust</atom:id><atom:updated>2026-11-26T09:00:00Z</atom:updated><atom:link rel="alternate" href="https://porttrust.example.in/"/>
<atom:entry><atom:title>Container traffic up 8 per cent</atom:title><atom:link rel="alternate" href="https://porttrust.example.in/updates/container-traffic"/><atom:id>urn:porttrust:1</atom:id><atom:updated>2026-11-26T09:00:00Z</atom:updated><atom:author><atom:name>Meera Iyer</atom:name></atom:author><atom:summary>Container traffic rose 8 per cent in October over a year earlier.</atom:summary></atom:entry>
</atom:feed>`, ATOM]);
// Atom content out of line (content src, RFC 4287 4.1.3.2) and no alternate link; an xhtml title; a PDF alternate before the page.
DOCS.push(['atom-links', atom(`<title>Rivers Authority</title><id>urn:rivers</id><updated>2026-11-26T09:00:00Z</updated><link rel="alternate" href="https://rivers.example.gov/"/>`, `
<entry><title>Flood bulletin 12</title><id>urn:rivers:12</id><updated>2026-11-26T09:00:00Z</updated><summary>The Brahmaputra is above the danger mark at Dhubri.</summary><content type="text/html" src="https://rivers.example.gov/bulletins/12.html"/></entry>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Water levels at <b>Guwahati</b> ease</div></title><id>urn:rivers:13</id><updated>2026-11-26T08:00:00Z</updated><link rel="alternate" type="application/pdf" href="https://rivers.example.gov/bulletins/13.pdf"/><link rel="alternate" type="text/html" href="https://rivers.example.gov/bulletins/13.html"/><summary>Levels at Guwahati fell by 20 centimetres overnight.</summary></entry>
<entry><title>Flood bulletin 14</title><id>https://rivers.example.gov/bulletins/14.html</id><updated>2026-11-26T07:00:00Z</updated><summary>The Barak is steady at Silchar.</summary></entry>`), ATOM]);
// RSS 1.0 written in Dublin Core only: dc:title, dc:description, the item's rdf:about as its address.
DOCS.push(['rdf-dc-only', `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://library.example.ac.in/news"><dc:title>University Library News</dc:title><link>https://library.example.ac.in/news</link><items><rdf:Seq><rdf:li rdf:resource="https://library.example.ac.in/news/rare-manuscripts"/></rdf:Seq></items></channel>
<item rdf:about="https://library.example.ac.in/news/rare-manuscripts"><dc:title>Rare manuscripts go online</dc:title><dc:description>The library put 400 palm-leaf manuscripts online on Thursday.</dc:description><dc:date>2026-11-26T11:00:00+05:30</dc:date><dc:creator>Library Desk</dc:creator><dc:subject>Digitisation</dc:subject></item>
</rdf:RDF>`, 'application/rdf+xml']);
// Dates in older and rarer forms: RFC 850, asctime, "UT", "Z", an offset without a colon after a space, Unix seconds, Korean dots.
DOCS.push(['dates-old', rss(`<title>Almanac</title><link>https://almanac.example.org/</link>`, `
<item><title>RFC 850</title><link>https://almanac.example.org/1</link><description>One.</description><pubDate>Thursday, 26-Nov-26 14:05:00 GMT</pubDate></item>
<item><title>asctime</title><link>https://almanac.example.org/2</link><description>Two.</description><pubDate>Thu Nov 26 13:05:00 2026</pubDate></item>
<item><title>UT</title><link>https://almanac.example.org/3</link><description>Three.</description><pubDate>Thu, 26 Nov 2026 12:05:00 UT</pubDate></item>
<item><title>Z</title><link>https://almanac.example.org/4</link><description>Four.</description><pubDate>Thu, 26 Nov 2026 11:05:00 Z</pubDate></item>
<item><title>Offset</title><link>https://almanac.example.org/5</link><description>Five.</description><pubDate>2026-11-26 14:05:00 +0530</pubDate></item>
<item><title>Unix</title><link>https://almanac.example.org/6</link><description>Six.</description><pubDate>1795688700</pubDate></item>`)]);
DOCS.push(['korean-dots', rss(`<title>부산 소식</title><link>https://busan.example.kr/</link><language>ko</language>`, `
<item><title>해운대 해수욕장 겨울 축제 개막</title><link>https://busan.example.kr/news/1</link><description>해운대 해수욕장에서 겨울 축제가 26일 개막했다.</description><pubDate>2026.11.26. 14:05</pubDate></item>
<item><title>광안대교 야간 조명 교체</title><link>https://busan.example.kr/news/2</link><description>광안대교 야간 조명이 교체됐다.</description><pubDate>2026. 11. 26. 오후 3:05</pubDate></item>`)]);
// A photo blog's item: a picture enclosure, no link, no guid.
DOCS.push(['photo-enclosure', rss(`<title>Monsoon Lens</title><link>https://monsoonlens.example.in/</link>`, `
<item><title>Clouds over Cherrapunji</title><description>Clouds rolled over the plateau at dawn.</description><pubDate>Thu, 26 Nov 2026 01:00:00 GMT</pubDate><enclosure url="https://monsoonlens.example.in/photos/cherrapunji-clouds.jpg" type="image/jpeg" length="482113"/></item>`)]);
// JSON Feed 1.0 from an Indian site: a time without a zone, tags, an author with only a url.
DOCS.push(['jsonfeed-zoneless', JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Pune Civic Watch', home_page_url: 'https://civicwatch.example.in/', items: [
  { id: 'cw-1', url: 'https://civicwatch.example.in/posts/pmpml-buses', title: 'PMPML adds 100 electric buses', content_html: '<p>PMPML added 100 electric buses to its fleet on Thursday.</p>', date_published: '2026-11-26T10:00:00', tags: ['transport', 'electric'], author: { url: 'https://civicwatch.example.in/team/' } },
] }), 'application/json']);

describe('old and unusual XML', () => {
  it('RSS 0.91 under Netscape’s DTD: the HTML entities it declares read as characters', async () => {
    expect((await swept('rss091-dtd'))[0]).toMatchObject({ title: 'Café owners protest — again', text: 'Café owners on Market Street closed for an hour on Thursday over parking fees.' });
  });

  it('RSS 2.0 in UserLand’s default namespace reads as RSS does', async () => {
    expect((await swept('userland-ns'))[0]).toMatchObject({ title: 'Dredging notice for berth 4', link: 'https://harbourboard.example.org/notices/berth-4', published: '2026-11-26T06:00:00.000Z' });
  });

  it('Atom with a prefix on every element reads as Atom does', async () => {
    expect((await swept('prefixed-atom'))[0]).toMatchObject({ title: 'Container traffic up 8 per cent', link: 'https://porttrust.example.in/updates/container-traffic', author: 'Meera Iyer', source: 'Port Trust Updates' });
  });

  it('Atom: out-of-line content’s src as the link, an xhtml title as text, the page before a PDF, an http id when there is no link', async () => {
    expect((await swept('atom-links')).map((s) => [s.title, s.link])).toEqual([
      ['Flood bulletin 12', 'https://rivers.example.gov/bulletins/12.html'],
      ['Water levels at Guwahati ease', 'https://rivers.example.gov/bulletins/13.html'],
      ['Flood bulletin 14', 'https://rivers.example.gov/bulletins/14.html'],
    ]);
  });

  it('RSS 1.0 in Dublin Core only: dc:title, dc:description, the item’s rdf:about as its link', async () => {
    expect((await swept('rdf-dc-only'))[0]).toMatchObject({
      title: 'Rare manuscripts go online',
      link: 'https://library.example.ac.in/news/rare-manuscripts',
      text: 'The library put 400 palm-leaf manuscripts online on Thursday.',
      published: '2026-11-26T05:30:00.000Z',
      author: 'Library Desk',
      categories: ['Digitisation'],
      source: 'University Library News',
    });
  });

  it('dates in RFC 850, asctime, "UT", "Z", "+0530" after a space, Unix seconds; Korean dotted dates on Korea’s clock', async () => {
    expect((await swept('dates-old')).map((s) => s.published)).toEqual([
      '2026-11-26T14:05:00.000Z',
      '2026-11-26T13:05:00.000Z',
      '2026-11-26T12:05:00.000Z',
      '2026-11-26T11:05:00.000Z',
      '2026-11-26T08:35:00.000Z',
      '2026-11-26T10:25:00.000Z',
    ]);
    // Before: the Korean forms were read as UTC (14:05Z and 15:05Z).
    expect((await swept('korean-dots')).map((s) => s.published)).toEqual(['2026-11-26T05:05:00.000Z', '2026-11-26T06:05:00.000Z']);
  });

  it('a photo item with only a picture enclosure: the picture is its image and its link', async () => {
    // Before: the story had no link at all.
    expect((await swept('photo-enclosure'))[0]).toMatchObject({ title: 'Clouds over Cherrapunji', image: 'https://monsoonlens.example.in/photos/cherrapunji-clouds.jpg', link: 'https://monsoonlens.example.in/photos/cherrapunji-clouds.jpg' });
  });

  it('JSON Feed 1.0 of an Indian site: a zoneless time on India’s clock, its tags, an author without a name is no one', async () => {
    expect((await swept('jsonfeed-zoneless'))[0]).toMatchObject({ published: '2026-11-26T04:30:00.000Z', categories: ['transport', 'electric'], author: null });
  });
});

// Feeds whose titles name no outlet: none at all, an address, the format, the page alone.
const untitled = (host: string, title: string) =>
  rss(`${title}<link>https://www.${host}/</link>`, `<item><title>Ferry timetable changes on Monday</title><link>https://www.${host}/news/ferry</link><description>The ferry from ${host} will leave on the hour from Monday.</description></item>`);
DOCS.push(['no-title', untitled('harbourwatch.example.org', '')]);
DOCS.push(['address-title', untitled('portnews.example.org', '<title>https://www.portnews.example.org/feed/</title>')]);
DOCS.push(['format-title', untitled('dockside.example.org', '<title>RSS Feed</title>')]);
DOCS.push(['page-title', untitled('islandtimes.example.org', '<title>News</title>')]);
// Canada's news Atom: the department as the author, an offset of the Americas.
DOCS.push(['canada', atom(`<title>Global Affairs Canada - News</title><id>https://www.canada.example.ca/en/global-affairs/news.atom</id><updated>2026-11-26T09:05:00-05:00</updated><link rel="alternate" href="https://www.canada.example.ca/en/global-affairs/news.html"/>`, `
<entry><title>Minister concludes visit to India</title><link href="https://www.canada.example.ca/en/global-affairs/news/2026/11/minister-concludes-visit-to-india.html"/><id>https://www.canada.example.ca/en/global-affairs/news/2026/11/minister-concludes-visit-to-india.html</id><updated>2026-11-26T09:05:00-05:00</updated><author><name>Global Affairs Canada</name></author><summary type="html">&lt;p&gt;The Minister of Foreign Affairs concluded a three-day visit to New Delhi and Mumbai today.&lt;/p&gt;</summary></entry>`), ATOM]);
// A post that is only an embedded YouTube video and a line: its picture is the video's.
DOCS.push(['srcset-only', rss(`<title>Lens and Lane</title><link>https://lensandlane.example.in/</link>`, `
<item><title>Night market in Shillong</title><link>https://lensandlane.example.in/night-market</link><content:encoded><![CDATA[<figure><img srcset="https://lensandlane.example.in/img/night-market-600.jpg 600w, https://lensandlane.example.in/img/night-market-1600.jpg 1600w" sizes="100vw" alt="stalls"></figure><p>The night market at Police Bazar opened for the season on Thursday.</p>]]></content:encoded><pubDate>Thu, 26 Nov 2026 13:00:00 +0530</pubDate></item>`, CONTENT)]);

describe('who published it when the feed’s title does not say', () => {
  it('no title, an address, the format or the page alone: the site’s host is the source', async () => {
    const sources = [];
    for (const name of ['no-title', 'address-title', 'format-title', 'page-title']) sources.push((await swept(name))[0]!.source);
    // Before: the feed server's host (127.0.0.1), the address, "RSS Feed", "News".
    expect(sources).toEqual(['harbourwatch.example.org', 'portnews.example.org', 'dockside.example.org', 'islandtimes.example.org']);
  });

  it('Canada’s news Atom: the department, not "News", as the source; its offset', async () => {
    expect((await swept('canada'))[0]).toMatchObject({ source: 'Global Affairs Canada', author: 'Global Affairs Canada', published: '2026-11-26T14:05:00.000Z' });
  });

  it('a picture given only by its srcset is the story’s picture, at its widest', async () => {
    expect((await swept('srcset-only'))[0]).toMatchObject({ image: 'https://lensandlane.example.in/img/night-market-1600.jpg', text: 'The night market at Police Bazar opened for the season on Thursday.' });
  });
});

// WordPress.com: the author's Gravatar as the first media:content, the post's picture after it.
DOCS.push(['wpcom', rss(`<title>Konkan Rail Diaries</title><link>https://konkanrail.example.wordpress.com</link>`, `
<item><title>Monsoon timetable ends</title><link>https://konkanrail.example.wordpress.com/2026/11/26/monsoon-timetable-ends/</link><dc:creator><![CDATA[Sameer Naik]]></dc:creator><pubDate>Thu, 26 Nov 2026 04:00:00 +0000</pubDate><guid isPermaLink="false">http://konkanrail.example.wordpress.com/?p=812</guid><description><![CDATA[The monsoon timetable on the Konkan line ended on Thursday.]]></description><media:thumbnail url="https://konkanrail.example.files.wordpress.com/2026/11/train.jpg" /><media:content url="https://0.gravatar.com/avatar/0a1b2c3d4e5f?s=96&#38;d=identicon&#38;r=G" medium="image"><media:title type="html">sameernaik</media:title></media:content><media:content url="https://konkanrail.example.files.wordpress.com/2026/11/train.jpg" medium="image"><media:title type="html">train</media:title></media:content></item>`, `${DC} xmlns:media="http://search.yahoo.com/mrss/"`)]);
// OStatus Atom (GNU social, Pleroma): "New note by …" as every entry's title.
DOCS.push(['ostatus', atom(`<title>asha timeline</title><id>https://social.example.in/users/asha/feed.atom</id><updated>2026-11-26T09:00:00Z</updated><link rel="alternate" href="https://social.example.in/users/asha"/><author><name>asha</name></author>`, `
<entry><activity:object-type>http://activitystrea.ms/schema/1.0/note</activity:object-type><id>https://social.example.in/objects/1</id><title>New note by asha</title><content type="html">&lt;p&gt;The bus lane on Linking Road opened this morning and the traffic is moving.&lt;/p&gt;</content><published>2026-11-26T09:00:00Z</published><updated>2026-11-26T09:00:00Z</updated><link rel="alternate" type="text/html" href="https://social.example.in/notice/1"/></entry>`, 'xmlns:activity="http://activitystrea.ms/spec/1.0/"'), ATOM]);
// A PHP template that prints a byte-order mark and a blank line before the prolog.
DOCS.push(['leading-space', `\uFEFF\n\n<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Taluk Office Notices</title><link>https://taluk.example.in/</link>
<item><title>Ration card camp on Saturday</title><link>https://taluk.example.in/notices/ration-camp</link><description>A ration card camp will be held at the taluk office on Saturday.</description><pubDate>Thu, 26 Nov 2026 10:00:00 +0530</pubDate></item></channel></rss>`]);
// The same item printed twice in one document (a template's loop run over two lists).
DOCS.push(['printed-twice', rss(`<title>Ward Bulletin</title><link>https://wardbulletin.example.in/</link>`, [1, 2].map(() => `
<item><title>Water supply cut in Ward 9 on Friday</title><link>https://wardbulletin.example.in/water-cut</link><guid>https://wardbulletin.example.in/water-cut</guid><description>Water supply will be cut in Ward 9 from 10 am to 4 pm on Friday for pipe repairs.</description><pubDate>Thu, 26 Nov 2026 09:00:00 +0530</pubDate></item>`).join(''))]);

describe('platforms and templates', () => {
  it('WordPress.com: the post’s picture, not the author’s Gravatar listed before it', async () => {
    expect((await swept('wpcom'))[0]).toMatchObject({ image: 'https://konkanrail.example.files.wordpress.com/2026/11/train.jpg', author: 'Sameer Naik' });
  });

  it('OStatus Atom: "New note by asha" says nothing, the note’s first sentence heads it', async () => {
    expect((await swept('ostatus'))[0]).toMatchObject({ title: 'The bus lane on Linking Road opened this morning and the traffic is moving', link: 'https://social.example.in/notice/1', author: 'asha' });
  });

  it('a byte-order mark and blank lines before the prolog are read past', async () => {
    expect((await swept('leading-space'))[0]).toMatchObject({ title: 'Ration card camp on Saturday', published: '2026-11-26T04:30:00.000Z' });
  });

  it('the same item printed twice in one document is one story', async () => {
    expect((await swept('printed-twice')).map((s) => s.title)).toEqual(['Water supply cut in Ward 9 on Friday']);
  });

  it('a web firewall’s block page served with 200 is a readable per-feed error, not a feed', async () => {
    const page = '<!DOCTYPE html><html><head><title>Access Denied</title></head><body><h1>Access Denied</h1><p>You don\'t have permission to access this server.</p><p>Reference #18.2f1e3b17.1795698300.4a2b</p></body></html>';
    const { outcome, feed, stories } = await sweep.poll('/unseen18/waf', page, 'text/html; charset=utf-8');
    expect(outcome.status).not.toBe('ok');
    expect([feed.lastError, stories.length]).toEqual([expect.stringContaining('Access Denied'), 0]);
  });
});

// A JSON Feed whose items give their address only as the id (templates that print the permalink there); an Atom summary in XHTML.
DOCS.push(['jsonfeed-id-only', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Deccan Cycling Club', home_page_url: 'https://deccancycling.example.in/', items: [
  { id: 'https://deccancycling.example.in/rides/sinhagad-dawn-ride/', title: 'Sinhagad dawn ride this Sunday', content_text: 'We leave Swargate at 5 am on Sunday for the Sinhagad climb.', date_published: '2026-11-26T07:00:00+05:30' },
] }), 'application/feed+json']);
DOCS.push(['atom-xhtml-summary', atom(`<title>Botanical Survey Notes</title><id>urn:bsn</id><updated>2026-11-26T06:00:00Z</updated><link rel="alternate" href="https://bsn.example.gov.in/"/>`, `
<entry><title>New orchid recorded in Arunachal</title><link href="https://bsn.example.gov.in/notes/orchid"/><id>urn:bsn:1</id><updated>2026-11-26T06:00:00Z</updated><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Botanists recorded a new orchid in the <em>Namdapha</em> park.</p><p>It flowers in November.</p></div></summary></entry>`), ATOM]);

describe('addresses given another way', () => {
  it('a JSON Feed item addressed only by an id that is a URL is linked to it', async () => {
    expect((await swept('jsonfeed-id-only'))[0]).toMatchObject({ link: 'https://deccancycling.example.in/rides/sinhagad-dawn-ride/', published: '2026-11-26T01:30:00.000Z' });
  });

  it('an Atom summary in XHTML: its paragraphs, no markup', async () => {
    expect((await swept('atom-xhtml-summary'))[0]).toMatchObject({ text: 'Botanists recorded a new orchid in the Namdapha park.\n\nIt flowers in November.' });
  });
});
