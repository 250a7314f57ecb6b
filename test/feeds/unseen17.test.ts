import { describe, expect, it } from 'vitest';
import { feedSweep, seenStory as seen } from '../helpers/poll.js';

/**
 * The seventeenth sweep: feeds of shapes no sweep had met — arXiv's listings, hnrss, ReliefWeb, static-site
 * generators (Zola, Pelican, Movable Type), code forges (Forgejo), photo and film sites (Flickr, Letterboxd), a
 * Plone town hall, WriteFreely, Hashnode, a Micro.blog JSON Feed, and dates in Welsh, Czech, Hungarian and Finnish.
 * Each document is written for the test, served over HTTP, added as a feed, polled once and read back as
 * GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen17-docs', Date.parse('2026-11-26T15:00:00Z'), { PUBLIC_URL: 'https://wirebrief.example' });

/** The stories one poll of a document gives, in the order its items come (by link). */
async function polled(name: string) {
  const [, body, type] = DOCS.find(([n]) => n === name)!;
  const { outcome, stories } = await sweep.poll(`/unseen17/${name}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok' });
  return stories.sort((a, b) => body.indexOf(a.link) - body.indexOf(b.link)).map(seen);
}

const DOCS: [string, string, string?][] = [];
const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
const CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';
const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"';
const rss = (ch: string, items: string, ns = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${ns}><channel>${ch}\n${items}\n</channel></rss>`;
// arXiv's listing feed (2024 format): "arXiv:… Announce Type: new Abstract:" before the abstract, every author in one dc:creator.
DOCS.push(['arxiv', rss(`<title>physics.ao-ph updates on arXiv.org</title><link>http://rss.arxiv.example.org/rss/physics.ao-ph</link><description>physics.ao-ph updates on the arXiv.org e-print archive.</description><language>en-us</language><lastBuildDate>Thu, 26 Nov 2026 00:00:00 -0500</lastBuildDate>`, `
<item><title>Predicting monsoon onset over Kerala with a transformer ensemble</title><link>https://arxiv.example.org/abs/2611.01234</link><description>arXiv:2611.01234v1 Announce Type: new 
Abstract: We predict the date of monsoon onset over Kerala fifteen days ahead with an ensemble of transformers trained on reanalysis data.</description><guid isPermaLink="false">oai:arXiv.org:2611.01234v1</guid><category>physics.ao-ph</category><pubDate>Thu, 26 Nov 2026 00:00:00 -0500</pubDate><arxiv:announce_type>new</arxiv:announce_type><dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights><dc:creator>Asha Rao, Vikram Singh, Li Wei</dc:creator></item>`, `${DC} xmlns:arxiv="http://arxiv.org/schemas/atom"`)]);
// hnrss: the article is the link, the description only says where the article and comments are.
DOCS.push(['hnrss', rss(`<title>Hacker News: Front Page</title><link>https://news.ycombinator.example/</link><description>Hacker News RSS</description><generator>hnrss v2.1.1</generator>`, `
<item><title>A monsoon dataset from 1901 digitised</title><description><![CDATA[
<p>Article URL: <a href="https://data.example.org/monsoon-1901">https://data.example.org/monsoon-1901</a></p>
<p>Comments URL: <a href="https://news.ycombinator.example/item?id=41234567">https://news.ycombinator.example/item?id=41234567</a></p>
<p>Points: 212</p>
<p># Comments: 57</p>
]]></description><pubDate>Thu, 26 Nov 2026 11:00:00 +0000</pubDate><link>https://data.example.org/monsoon-1901</link><dc:creator>rain_gauge</dc:creator><comments>https://news.ycombinator.example/item?id=41234567</comments><guid isPermaLink="false">https://news.ycombinator.example/item?id=41234567</guid></item>`, DC)]);
// ReliefWeb: country, source and format as labelled divs before the report.
DOCS.push(['reliefweb', rss(`<title>ReliefWeb - Updates</title><link>https://reliefweb.example.int/updates</link><description>ReliefWeb - Updates</description>`, `
<item><title>India: Cyclone Dana - Situation Report No. 3</title><link>https://reliefweb.example.int/report/india/india-cyclone-dana-situation-report-no-3</link><guid>https://reliefweb.example.int/node/4123456</guid><description><![CDATA[<div class="tag country">Country: India</div><div class="tag source">Source: OCHA</div><div class="tag format">Format: Situation Report</div><br /><div><p>Cyclone Dana made landfall near Bhitarkanika on Thursday; 1.1 million people were moved to shelters in Odisha.</p></div><p>Please refer to the <a href="https://reliefweb.example.int/attachments/sitrep3.pdf">attached file</a>.</p>]]></description><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate><author>OCHA</author><category>Situation Report</category></item>`)]);
// Zola's Atom: "Unknown" as every entry's author, content's xml:base the post's folder.
DOCS.push(['zola', `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Field Notes</title><subtitle>Notes from the hills</subtitle><link rel="self" type="application/atom+xml" href="https://fieldnotes.example.net/atom.xml"/><link rel="alternate" type="text/html" href="https://fieldnotes.example.net"/><generator uri="https://www.getzola.org/">Zola</generator><updated>2026-11-26T00:00:00+00:00</updated><id>https://fieldnotes.example.net/atom.xml</id>
<entry xml:lang="en"><title>The last apple harvest of the year</title><published>2026-11-26T00:00:00+00:00</published><updated>2026-11-26T00:00:00+00:00</updated><author><name>Unknown</name></author><link rel="alternate" type="text/html" href="https://fieldnotes.example.net/blog/apple-harvest/"/><id>https://fieldnotes.example.net/blog/apple-harvest/</id><content type="html" xml:base="https://fieldnotes.example.net/blog/apple-harvest/">&lt;p&gt;&lt;img src=&quot;orchard.jpg&quot; alt=&quot;orchard&quot;&gt;&lt;/p&gt;&lt;p&gt;The last crates left Kotgarh on Wednesday, a fortnight later than last year.&lt;/p&gt;</content></entry>
</feed>`, 'application/atom+xml']);
// Pelican: a tag: URI guid, dc:creator, the summary only.
DOCS.push(['pelican', rss(`<title>Kochi Civic Notes</title><link>https://civicnotes.example.in/</link><description>Notes on the city</description><lastBuildDate>Thu, 26 Nov 2026 10:00:00 +0530</lastBuildDate>`, `
<item><title>Water metro adds two routes</title><link>https://civicnotes.example.in/water-metro-routes.html</link><description>&lt;p&gt;The water metro added routes to Mulavukad and Kumbalam from Thursday.&lt;/p&gt;</description><dc:creator>Meera Pillai</dc:creator><pubDate>Thu, 26 Nov 2026 10:00:00 +0530</pubDate><guid isPermaLink="false">tag:civicnotes.example.in,2026-11-26:/water-metro-routes.html</guid><category>transport</category></item>`, DC)]);
// Forgejo / Gitea release feed: the tag as the title, the login as author.
DOCS.push(['forgejo', rss(`<title>Releases for forgejo/ledger</title><link>https://codeberg.example.org/forgejo/ledger/releases</link><description>Latest releases for forgejo/ledger</description><pubDate>Thu, 26 Nov 2026 09:00:00 +0000</pubDate>`, `
<item><title>v3.1.0</title><link>https://codeberg.example.org/forgejo/ledger/releases/tag/v3.1.0</link><description>&lt;ul&gt;&lt;li&gt;Exports in CSV keep the rupee sign.&lt;/li&gt;&lt;/ul&gt;</description><content:encoded><![CDATA[<ul><li>Exports in CSV keep the rupee sign.</li></ul>]]></content:encoded><author>priya_n</author><guid isPermaLink="false">42: https://codeberg.example.org/forgejo/ledger/releases/tag/v3.1.0</guid><pubDate>Thu, 26 Nov 2026 09:00:00 +0000</pubDate></item>`, CONTENT)]);
// Flickr: the name quoted after a no-reply address; the photo in media:content, media:credit
DOCS.push(['flickr', rss(`<title>Uploads from Asha Rao</title><link>https://www.flickr.example.com/photos/asharao/</link><description></description><generator>https://www.flickr.com/</generator>`, `
<item><title>Fog over the Nilgiris</title><link>https://www.flickr.example.com/photos/asharao/53912345678/</link><description>&lt;p&gt;&lt;a href=&quot;https://www.flickr.example.com/people/asharao/&quot;&gt;Asha Rao&lt;/a&gt; posted a photo:&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://www.flickr.example.com/photos/asharao/53912345678/&quot; title=&quot;Fog over the Nilgiris&quot;&gt;&lt;img src=&quot;https://live.staticflickr.example.com/65535/53912345678_abc_m.jpg&quot; width=&quot;240&quot; height=&quot;160&quot; alt=&quot;Fog over the Nilgiris&quot; /&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Morning fog rolled over the tea gardens above Coonoor.&lt;/p&gt;</description><pubDate>Thu, 26 Nov 2026 04:10:00 -0800</pubDate><dc:date.Taken>2026-11-25T07:30:00-08:00</dc:date.Taken><author flickr:profile="https://www.flickr.example.com/people/asharao/">nobody@flickr.com ("Asha Rao")</author><guid isPermaLink="false">tag:flickr.com,2005:/photo/53912345678</guid><media:content url="https://live.staticflickr.example.com/65535/53912345678_abc_b.jpg" type="image/jpeg" height="683" width="1024"/><media:title>Fog over the Nilgiris</media:title><media:thumbnail url="https://live.staticflickr.example.com/65535/53912345678_abc_s.jpg" height="75" width="75" /><media:credit role="photographer">Asha Rao</media:credit></item>`, `${DC} ${MEDIA} xmlns:flickr="urn:flickr:user"`)]);
// Plone (RSS 1.0): dc:date with its offset, dc:creator the site account.
DOCS.push(['plone', `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://gemeinde.example.de/aktuelles"><title>Aktuelles</title><link>https://gemeinde.example.de/aktuelles</link><description>Nachrichten der Gemeinde</description><items><rdf:Seq><rdf:li rdf:resource="https://gemeinde.example.de/aktuelles/winterdienst"/></rdf:Seq></items></channel>
<item rdf:about="https://gemeinde.example.de/aktuelles/winterdienst"><title>Winterdienst beginnt am Montag</title><link>https://gemeinde.example.de/aktuelles/winterdienst</link><description>Der Bauhof räumt ab Montag die Gemeindestraßen.</description><dc:publisher>No publisher</dc:publisher><dc:creator>gemeinde_admin</dc:creator><dc:rights></dc:rights><dc:date>2026-11-26T10:00:00+01:00</dc:date><dc:type>News Item</dc:type></item>
</rdf:RDF>`, 'application/rss+xml']);
// Letterboxd: the film and rating in the title, the poster and review in the description
DOCS.push(['letterboxd', rss(`<title>Letterboxd - Ravi Menon</title><link>https://letterboxd.example.com/ravimenon/</link><description>Letterboxd - Ravi Menon</description>`, `
<item><title>Aattam, 2023 - ★★★★½</title><link>https://letterboxd.example.com/ravimenon/film/aattam/</link><guid isPermaLink="false">letterboxd-review-612345678</guid><pubDate>Thu, 26 Nov 2026 08:00:00 +1300</pubDate><letterboxd:watchedDate>2026-11-25</letterboxd:watchedDate><letterboxd:rewatch>No</letterboxd:rewatch><letterboxd:filmTitle>Aattam</letterboxd:filmTitle><letterboxd:filmYear>2023</letterboxd:filmYear><letterboxd:memberRating>4.5</letterboxd:memberRating><description><![CDATA[ <p><img src="https://a.ltrbxd.example.com/resized/film-poster/aattam-0-600-0-900-crop.jpg"/></p> <p>A theatre troupe's single room holds the whole film, and it never feels small.</p> ]]></description><dc:creator>Ravi Menon</dc:creator></item>`, `${DC} xmlns:letterboxd="https://letterboxd.com"`)]);
// Welsh Government in Welsh: Welsh month and weekday names
DOCS.push(['welsh', rss(`<title>Newyddion - Llywodraeth Cymru</title><link>https://llyw.example.cymru/newyddion</link><language>cy</language>`, `
<item><title>Cyllid newydd i fysiau gwledig</title><link>https://llyw.example.cymru/cyllid-newydd-i-fysiau-gwledig</link><description>Mae'r llywodraeth wedi cyhoeddi cyllid newydd ar gyfer bysiau mewn ardaloedd gwledig.</description><pubDate>Iau, 26 Tachwedd 2026 10:00:00 GMT</pubDate></item>
<item><title>Ymgynghoriad ar ffyrdd 20mya</title><link>https://llyw.example.cymru/ymgynghoriad-ffyrdd-20mya</link><description>Mae'r ymgynghoriad ar ffyrdd 20mya yn agor heddiw.</description><pubDate>Mer, 25 Tach 2026 09:00:00 GMT</pubDate></item>`)]);
// Czech and Hungarian CMSs: "26. listopadu 2026 14:05", "2026. november 26. 14:05"; Finnish "26.11.2026 klo 14.05"
DOCS.push(['central-europe', rss(`<title>Zprávy z regionu</title><link>https://zpravy.example.eu/</link>`, `
<item><title>Tramvaj do Barrandova jezdí častěji</title><link>https://zpravy.example.eu/cz/1</link><description>Dopravní podnik zkrátil interval tramvají na Barrandov.</description><pubDate>26. listopadu 2026 14:05</pubDate></item>
<item><title>Új buszjárat indul Budán</title><link>https://zpravy.example.eu/hu/2</link><description>A BKV új buszjáratot indít a budai hegyekbe.</description><pubDate>2026. november 26. 13:05</pubDate></item>
<item><title>Raitiovaunu kulkee taas Hervantaan</title><link>https://zpravy.example.eu/fi/3</link><description>Raitiovaunuliikenne Hervantaan jatkuu korjausten jälkeen.</description><pubDate>26.11.2026 klo 12.05</pubDate></item>`)]);
// WriteFreely: the post's first line as title is "", author is the collection's alias
DOCS.push(['writefreely', rss(`<title>Slow Reads</title><link>https://write.example.as/slowreads/</link><description>Essays, slowly</description>`, `
<item><title></title><link>https://write.example.as/slowreads/on-walking-to-work</link><description>&lt;p&gt;On walking to work: the forty minutes along the canal are the only ones in the day nobody asks anything of me.&lt;/p&gt;</description><author>slowreads</author><pubDate>Thu, 26 Nov 2026 07:00:00 +0000</pubDate><guid>https://write.example.as/slowreads/on-walking-to-work</guid></item>`)]);
// Micro.blog-style JSON Feed whose content_text is Markdown-free, with authors[] and an _microblog extension
DOCS.push(['jsonfeed-authors', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Lakeside Log', home_page_url: 'https://lakeside.example.blog/', feed_url: 'https://lakeside.example.blog/feed.json', authors: [{ name: 'Tara Iyer', url: 'https://lakeside.example.blog/' }], items: [
  { id: 'https://lakeside.example.blog/2026/11/26/heron.html', url: 'https://lakeside.example.blog/2026/11/26/heron.html', content_html: '<p>A grey heron has taken the jetty post as its own since Monday.</p>', date_published: '2026-11-26T08:15:00+05:30', _microblog: { is_bookmark: false } },
  { id: 'https://lakeside.example.blog/2026/11/26/bookmark.html', url: 'https://lakeside.example.blog/2026/11/26/bookmark.html', external_url: 'https://birds.example.org/herons-in-winter', title: 'Herons in winter', content_text: 'Where herons go when the lakes freeze, and why some stay.', date_published: '2026-11-26T09:00:00+05:30', authors: [{ name: '@tara' }] },
] }), 'application/feed+json']);
// Movable Type Atom: the author's name and uri, content with xml:base and a relative picture
DOCS.push(['movabletype', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Diary</title><link rel="alternate" type="text/html" href="https://harbourdiary.example.com/"/><id>tag:harbourdiary.example.com,2026-11-26://1</id><updated>2026-11-26T09:00:00Z</updated><generator uri="http://www.sixapart.com/movabletype/">Movable Type Pro 8.0</generator>
<entry><title>Dredging resumes at the fishing harbour</title><link rel="alternate" type="text/html" href="https://harbourdiary.example.com/2026/11/dredging-resumes.html"/><id>tag:harbourdiary.example.com,2026://1.512</id><published>2026-11-26T14:30:00+05:30</published><updated>2026-11-26T14:35:00+05:30</updated><summary>Dredging resumed after the monsoon pause.</summary><author><name>Joseph Mathew</name><uri>https://harbourdiary.example.com/</uri></author><category term="Harbour" scheme="http://www.sixapart.com/ns/types#category"/><content type="html" xml:lang="en" xml:base="https://harbourdiary.example.com/">&lt;p&gt;&lt;img alt=&quot;dredger&quot; src=&quot;/images/2026/11/dredger.jpg&quot; /&gt;&lt;/p&gt;&lt;p&gt;Dredging of the fishing harbour's channel resumed on Thursday after the monsoon pause.&lt;/p&gt;</content></entry>
</feed>`, 'application/atom+xml']);
// Hashnode: cover image in its own element, author in dc:creator
DOCS.push(['hashnode', rss(`<title><![CDATA[Ledger Engineering]]></title><link>https://engineering.ledger.example.dev</link><generator>RSS for Node</generator><lastBuildDate>Thu, 26 Nov 2026 09:00:00 GMT</lastBuildDate><atom:link href="https://engineering.ledger.example.dev/rss.xml" rel="self" type="application/rss+xml"/>`, `
<item><title><![CDATA[How we cut report time from minutes to seconds]]></title><description><![CDATA[The monthly report took four minutes; a single index brought it under two seconds.]]></description><link>https://engineering.ledger.example.dev/report-time</link><guid isPermaLink="true">https://engineering.ledger.example.dev/report-time</guid><dc:creator><![CDATA[Priya Nair]]></dc:creator><pubDate>Thu, 26 Nov 2026 08:00:00 GMT</pubDate><cover_image>https://cdn.hashnode.example.com/res/hashnode/image/upload/v1/report.png</cover_image><category><![CDATA[PostgreSQL]]></category></item>`, `${DC} xmlns:atom="http://www.w3.org/2005/Atom"`)]);

describe('research, aggregators and relief', () => {
  it('arXiv: the archive as the source, every author as one byline, the listing’s date', async () => {
    expect((await polled('arxiv'))[0]).toMatchObject({ source: 'arXiv.org', author: 'Asha Rao, Vikram Singh, Li Wei', categories: ['physics.ao-ph'], published: '2026-11-26T05:00:00.000Z', text: 'We predict the date of monsoon onset over Kerala fifteen days ahead with an ensemble of transformers trained on reanalysis data.' });
  });

  it('hnrss: the article is the link, "Hacker News" the source, no "Article URL:" lines as text', async () => {
    expect((await polled('hnrss'))[0]).toMatchObject({ link: 'https://data.example.org/monsoon-1901', source: 'Hacker News', author: 'rain_gauge', text: '' });
  });

  it('ReliefWeb: an organisation’s initials stay in capitals ("OCHA", not "Ocha"); the labelled tags are no copy', async () => {
    expect((await polled('reliefweb'))[0]).toMatchObject({
      author: 'OCHA',
      source: 'ReliefWeb',
      text: 'Cyclone Dana made landfall near Bhitarkanika on Thursday; 1.1 million people were moved to shelters in Odisha.\n\nPlease refer to the attached file.',
    });
  });
});

describe('site generators and forges', () => {
  it('Zola: "Unknown" is no author; the picture resolves against the content’s xml:base', async () => {
    expect((await polled('zola'))[0]).toMatchObject({ author: null, image: 'https://fieldnotes.example.net/blog/apple-harvest/orchard.jpg', source: 'Field Notes' });
  });

  it('Pelican: a tag: guid is no link; the item’s own link and +0530 are', async () => {
    expect((await polled('pelican'))[0]).toMatchObject({ link: 'https://civicnotes.example.in/water-metro-routes.html', author: 'Meera Pillai', published: '2026-11-26T04:30:00.000Z', categories: ['transport'] });
  });

  it('Movable Type: the picture’s path against xml:base, published before updated, the category’s term', async () => {
    expect((await polled('movabletype'))[0]).toMatchObject({ image: 'https://harbourdiary.example.com/images/2026/11/dredger.jpg', published: '2026-11-26T09:00:00.000Z', author: 'Joseph Mathew', categories: ['Harbour'] });
  });

  it('Forgejo: the release’s tag as its title, the content’s list as text, the handle as author', async () => {
    expect((await polled('forgejo'))[0]).toMatchObject({ title: 'v3.1.0', author: 'priya_n', text: 'Exports in CSV keep the rupee sign.' });
  });

  it('Plone (RSS 1.0): dc:date with its offset; "gemeinde_admin" is an account, no author; "Aktuelles" (news) names no outlet, the host does', async () => {
    expect((await polled('plone'))[0]).toMatchObject({ published: '2026-11-26T09:00:00.000Z', author: null, source: 'gemeinde.example.de' });
  });

  it('WriteFreely: an empty title gives way to the post’s first sentence', async () => {
    expect((await polled('writefreely'))[0]).toMatchObject({ title: 'On walking to work: the forty minutes along the canal are the only ones in the day nobody asks anything of me', author: 'slowreads' });
  });

  it('Hashnode: its <cover_image> as the picture, dc:creator, the category', async () => {
    expect((await polled('hashnode'))[0]).toMatchObject({
      title: 'How we cut report time from minutes to seconds',
      image: 'https://cdn.hashnode.example.com/res/hashnode/image/upload/v1/report.png',
      author: 'Priya Nair',
      categories: ['PostgreSQL'],
      source: 'Ledger Engineering',
    });
  });

  it('a Micro.blog JSON Feed: an untitled post headed by its text, the feed’s author for a post without one, +05:30', async () => {
    expect((await polled('jsonfeed-authors')).map((s) => [s.title, s.author, s.published])).toEqual([
      ['A grey heron has taken the jetty post as its own since Monday', 'Tara Iyer', '2026-11-26T02:45:00.000Z'],
      ['Herons in winter', '@tara', '2026-11-26T03:30:00.000Z'],
    ]);
  });
});

describe('photos and films', () => {
  it('Flickr: the name without the quotes after nobody@flickr.com, the large photo, the photographer as the source', async () => {
    expect((await polled('flickr'))[0]).toMatchObject({ author: 'Asha Rao', image: 'https://live.staticflickr.example.com/65535/53912345678_abc_b.jpg', source: 'Asha Rao', published: '2026-11-26T12:10:00.000Z', text: 'Morning fog rolled over the tea gardens above Coonoor.' });
  });

  it('Letterboxd: the poster, the review, +1300', async () => {
    expect((await polled('letterboxd'))[0]).toMatchObject({
      title: 'Aattam, 2023 - ★★★★½',
      image: 'https://a.ltrbxd.example.com/resized/film-poster/aattam-0-600-0-900-crop.jpg',
      text: "A theatre troupe's single room holds the whole film, and it never feels small.",
      published: '2026-11-25T19:00:00.000Z',
    });
  });
});

describe('dates in Welsh, Czech, Hungarian and Finnish', () => {
  it('Welsh Government: Welsh months in full and short, and "Newyddion" (news) is no part of the outlet', async () => {
    expect((await polled('welsh')).map((s) => [s.published, s.source])).toEqual([
      ['2026-11-26T10:00:00.000Z', 'Llywodraeth Cymru'],
      ['2026-11-25T09:00:00.000Z', 'Llywodraeth Cymru'],
    ]);
  });

  it('"26. listopadu 2026 14:05", "2026. november 26. 13:05", "26.11.2026 klo 12.05"', async () => {
    expect((await polled('central-europe')).map((s) => s.published)).toEqual(['2026-11-26T14:05:00.000Z', '2026-11-26T13:05:00.000Z', '2026-11-26T12:05:00.000Z']);
  });
});
