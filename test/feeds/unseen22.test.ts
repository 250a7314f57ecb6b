import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, X, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * The twenty-second sweep: generators and publishers the earlier sweeps did not serve (Blogger's gd:/thr:/openSearch,
 * Joomla, Sitefinity, Drupal 10 views, Ghost, Jekyll, GitHub releases, YouTube, Bluesky, Bing and Yahoo News, PIB and
 * ReliefWeb releases, JSON Feed 1.1's authors and _extensions) and dates in other tongues and old shapes. The documents
 * are written for the test, in the publishers' shapes only. Each is served over HTTP, added as a feed, polled once and
 * read back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen22-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come. */
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/unseen22/${++served}`, body, type);

const COPY = 'The harbour board approved the new ferry timetable on Thursday after months of talks with the crews.';
const D = `<description>${COPY}</description>`;
const P = '<pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate>';

describe('blog platforms', () => {
  it('Blogger: the alternate link over replies and edit links, gd:image no picture, media:thumbnail’s larger size, labels as categories', async () => {
    const ns = 'xmlns:openSearch="http://a9.com/-/spec/opensearchrss/1.0/" xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:georss="http://www.georss.org/georss" ' + MEDIA;
    const doc = atom(
      'Harbour Notes',
      '<link rel="alternate" type="text/html" href="https://harbournotes.blogspot.com/"/><openSearch:totalResults>120</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>',
      [
        `<id>tag:blogger.com,1999:blog-111.post-222</id><published>2026-11-26T10:15:00.001+05:30</published><updated>2026-11-26T10:20:11.452+05:30</updated><category scheme="http://www.blogger.com/atom/ns#" term="Ferries"/><category scheme="http://www.blogger.com/atom/ns#" term="Harbour"/><title type="text">New ferry timetable</title><content type="html">&lt;p&gt;${COPY}&lt;/p&gt;</content><link rel="replies" type="application/atom+xml" href="https://harbournotes.blogspot.com/feeds/222/comments/default" title="Post Comments"/><link rel="replies" type="text/html" href="https://harbournotes.blogspot.com/2026/11/new-ferry-timetable.html#comment-form" title="3 Comments"/><link rel="edit" type="application/atom+xml" href="https://www.blogger.com/feeds/111/posts/default/222"/><link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/111/posts/default/222"/><link rel="alternate" type="text/html" href="https://harbournotes.blogspot.com/2026/11/new-ferry-timetable.html" title="New ferry timetable"/><author><name>Meera Pillai</name><uri>https://www.blogger.com/profile/0123</uri><email>noreply@blogger.com</email><gd:image rel="http://schemas.google.com/g/2005#thumbnail" width="16" height="16" src="https://img1.blogblog.com/img/b16-rounded.gif"/></author><media:thumbnail url="https://blogger.googleusercontent.com/img/b/R29v/s72-c/ferry.jpg" height="72" width="72"/><thr:total>3</thr:total>`,
      ],
      ns,
    );
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'New ferry timetable',
        link: 'https://harbournotes.blogspot.com/2026/11/new-ferry-timetable.html',
        published: '2026-11-26T04:45:00.001Z',
        author: 'Meera Pillai',
        image: expect.stringMatching(/^https:\/\/blogger\.googleusercontent\.com\/img\/b\/R29v\/s\d{3,4}\/ferry\.jpg$/),
        source: 'Harbour Notes',
        categories: ['Ferries', 'Harbour'],
        text: COPY,
      },
    ]);
  });

  it('Ghost: the feature image in media:content, the excerpt’s card markup no copy, the primary tag first', async () => {
    const doc = rss(
      `${DC} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" ${MEDIA}`,
      '<title><![CDATA[Tidewater]]></title><description><![CDATA[Coastal news]]></description><link>https://tidewater.example.net/</link><image><url>https://tidewater.example.net/favicon.png</url><title>Tidewater</title><link>https://tidewater.example.net/</link></image><generator>Ghost 5.96</generator><lastBuildDate>Thu, 26 Nov 2026 10:00:00 GMT</lastBuildDate><atom:link href="https://tidewater.example.net/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>',
      [
        `<title><![CDATA[Ferries run late again]]></title><description><![CDATA[${COPY}]]></description><link>https://tidewater.example.net/ferries-run-late-again/</link><guid isPermaLink="false">6745a1b2c3d4e5f600112233</guid><category><![CDATA[Transport]]></category><category><![CDATA[Harbour]]></category><dc:creator><![CDATA[Tomas Reyes]]></dc:creator><pubDate>Thu, 26 Nov 2026 09:12:40 GMT</pubDate><media:content url="https://tidewater.example.net/content/images/2026/11/ferry-queue.jpg" medium="image"/><content:encoded><![CDATA[<img src="https://tidewater.example.net/content/images/2026/11/ferry-queue.jpg" alt="Queue"/><p>${COPY}</p><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://tidewater.example.net/timetable/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Timetable</div></div></a></figure>]]></content:encoded>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Ferries run late again',
        link: 'https://tidewater.example.net/ferries-run-late-again/',
        published: '2026-11-26T09:12:40.000Z',
        author: 'Tomas Reyes',
        image: 'https://tidewater.example.net/content/images/2026/11/ferry-queue.jpg',
        source: 'Tidewater',
        categories: ['Transport', 'Harbour'],
        text: COPY,
      },
    ]);
  });

  it('Jekyll (jekyll-feed): the site’s relative post link resolved against the feed’s own address, the summary used, tags as terms', async () => {
    const doc = atom(
      'Quay Diary',
      '<generator uri="https://jekyllrb.com/" version="4.3.3">Jekyll</generator><link href="https://quay.example.io/feed.xml" rel="self" type="application/atom+xml"/><link href="https://quay.example.io/" rel="alternate" type="text/html"/><subtitle>Notes from the quay</subtitle>',
      [
        `<title type="html">Crane &amp;amp; winch repairs</title><link href="https://quay.example.io/2026/11/26/crane-repairs.html" rel="alternate" type="text/html" title="Crane &amp;amp; winch repairs"/><published>2026-11-26T08:00:00-05:00</published><updated>2026-11-26T08:00:00-05:00</updated><id>https://quay.example.io/2026/11/26/crane-repairs</id><content type="html" xml:base="https://quay.example.io/2026/11/26/crane-repairs.html">&lt;p&gt;${COPY}&lt;/p&gt;&lt;img src="/assets/crane.png"&gt;</content><author><name>Quay Diary</name></author><category term="cranes"/><category term="repairs"/><summary type="html">${COPY}</summary>`,
      ],
    );
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Crane & winch repairs',
        link: 'https://quay.example.io/2026/11/26/crane-repairs.html',
        published: '2026-11-26T13:00:00.000Z',
        // jekyll-feed credits the site when the post names no one: a reader shows it so.
        author: 'Quay Diary',
        image: 'https://quay.example.io/assets/crane.png',
        source: 'Quay Diary',
        categories: ['cranes', 'repairs'],
        text: COPY,
      },
    ]);
  });
});

describe('content management systems', () => {
  it('Joomla: the editor’s address as <author>, a relative intro image resolved against the site, the category', async () => {
    const doc = rss(
      'xmlns:atom="http://www.w3.org/2005/Atom"',
      '<title>Port Authority - News</title><description><![CDATA[News]]></description><link>https://port.example.gr/index.php/news</link><lastBuildDate>Thu, 26 Nov 2026 10:02:11 +0200</lastBuildDate><generator>Joomla! - Open Source Content Management</generator><atom:link rel="self" type="application/rss+xml" href="https://port.example.gr/index.php/news?format=feed&amp;type=rss"/><language>en-gb</language>',
      [
        `<title>Berth 4 reopens</title><link>https://port.example.gr/index.php/news/118-berth-4-reopens</link><guid isPermaLink="true">https://port.example.gr/index.php/news/118-berth-4-reopens</guid><description><![CDATA[<p><img src="images/news/berth4.jpg" alt="" /></p><p>${COPY}</p>]]></description><author>press@port.example.gr (Press Office)</author><category>Announcements</category><pubDate>Thu, 26 Nov 2026 11:30:00 +0200</pubDate>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Berth 4 reopens',
        link: 'https://port.example.gr/index.php/news/118-berth-4-reopens',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Press Office',
        image: 'https://port.example.gr/images/news/berth4.jpg',
        // The section after the outlet's name is no part of it.
        source: 'Port Authority',
        categories: ['Announcements'],
        text: COPY,
      },
    ]);
  });

  it('Sitefinity: the date with seven-digit fractions and "Z", the summary’s span wrappers, no author', async () => {
    const doc = atom(
      'City of Lakeport - News Flash',
      '<link rel="alternate" href="https://www.lakeport.example.gov/news"/>',
      [
        `<id>https://www.lakeport.example.gov/news/2026/11/26/water-main-works</id><title type="text">Water main works on Elm Street</title><summary type="html">&lt;span style="font-family:Arial"&gt;&lt;span&gt;${COPY}&lt;/span&gt;&lt;/span&gt;</summary><published>2026-11-26T14:00:00.0000000Z</published><updated>2026-11-26T14:05:31.1234567Z</updated><link rel="alternate" href="https://www.lakeport.example.gov/news/2026/11/26/water-main-works"/><author><name/></author>`,
      ],
    );
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Water main works on Elm Street',
        link: 'https://www.lakeport.example.gov/news/2026/11/26/water-main-works',
        published: '2026-11-26T14:00:00.000Z',
        author: null,
        image: null,
        source: 'City of Lakeport - News Flash',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Drupal 10 views RSS: the dc:creator, relative links in the teaser, the xml:base on <rss>, a field image', async () => {
    const doc = `${X}<rss version="2.0" xml:base="https://council.example.ie/" ${DC} xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Council news</title><link>https://council.example.ie/</link><description/><language>en</language><atom:link href="https://council.example.ie/news/rss.xml" rel="self" type="application/rss+xml"/>
<item><title>Library hours extended</title><link>https://council.example.ie/news/library-hours-extended</link><description>&lt;span class="field field--name-title"&gt;Library hours extended&lt;/span&gt;
&lt;div class="field field--name-field-image"&gt;&lt;img loading="lazy" src="/sites/default/files/styles/large/public/2026-11/library.jpg?itok=Ab12Cd34" width="480" height="320" alt="Library" /&gt;&lt;/div&gt;
&lt;div class="field field--name-body"&gt;&lt;p&gt;${COPY}&lt;/p&gt;&lt;/div&gt;</description><pubDate>Thu, 26 Nov 2026 09:41:07 +0000</pubDate><dc:creator>council_editor</dc:creator><guid isPermaLink="false">1442 at https://council.example.ie</guid></item>
</channel></rss>`;
    const [s] = await polled(doc);
    expect(s).toMatchObject({
      title: 'Library hours extended',
      link: 'https://council.example.ie/news/library-hours-extended',
      published: '2026-11-26T09:41:07.000Z',
      image: 'https://council.example.ie/sites/default/files/2026-11/library.jpg',
      text: COPY,
    });
  });
});

describe('platforms and code hosts', () => {
  it('GitHub releases: the release page, the tag as headline, the avatar no picture, the author’s login', async () => {
    const doc = atom(
      'Release notes from tideclock',
      '<link type="text/html" rel="alternate" href="https://github.com/harbour-labs/tideclock/releases"/><link type="application/atom+xml" rel="self" href="https://github.com/harbour-labs/tideclock/releases.atom"/>',
      [
        `<id>tag:github.com,2008:Repository/555/v2.4.0</id><updated>2026-11-26T07:12:09Z</updated><link rel="alternate" type="text/html" href="https://github.com/harbour-labs/tideclock/releases/tag/v2.4.0"/><title>v2.4.0</title><content type="html">&lt;h2&gt;What's Changed&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Tide tables for the new berths by &lt;a class="user-mention notranslate" href="https://github.com/meera"&gt;@meera&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</content><author><name>meera</name></author><media:thumbnail height="30" width="30" url="https://avatars.githubusercontent.com/u/4242?s=60&amp;v=4"/>`,
      ],
      MEDIA,
    );
    const [s] = await polled(doc, ATOM_TYPE);
    expect(s).toMatchObject({ title: 'v2.4.0', link: 'https://github.com/harbour-labs/tideclock/releases/tag/v2.4.0', published: '2026-11-26T07:12:09.000Z', author: 'meera', image: null });
    expect(s!.text).toContain('Tide tables for the new berths by @meera');
  });

  it('YouTube: the watch page, media:group’s description as copy and its thumbnail as picture, the channel as author', async () => {
    const doc = `${X}<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" ${MEDIA} xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=UCabc"/><id>yt:channel:abc</id><yt:channelId>abc</yt:channelId><title>Harbour TV</title><link rel="alternate" href="https://www.youtube.com/channel/UCabc"/><author><name>Harbour TV</name><uri>https://www.youtube.com/channel/UCabc</uri></author><published>2019-01-01T00:00:00+00:00</published>
<entry><id>yt:video:AbCdEfGhIjK</id><yt:videoId>AbCdEfGhIjK</yt:videoId><yt:channelId>UCabc</yt:channelId><title>Night ferry crossing, full trip</title><link rel="alternate" href="https://www.youtube.com/watch?v=AbCdEfGhIjK"/><author><name>Harbour TV</name><uri>https://www.youtube.com/channel/UCabc</uri></author><published>2026-11-26T06:00:08+00:00</published><updated>2026-11-26T07:30:00+00:00</updated><media:group><media:title>Night ferry crossing, full trip</media:title><media:content url="https://www.youtube.com/v/AbCdEfGhIjK?version=3" type="application/x-shockwave-flash" width="640" height="390"/><media:thumbnail url="https://i2.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg" width="480" height="360"/><media:description>${COPY}</media:description><media:community><media:starRating count="12" average="5.00" min="1" max="5"/><media:statistics views="345"/></media:community></media:group></entry>
</feed>`;
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Night ferry crossing, full trip',
        link: 'https://www.youtube.com/watch?v=AbCdEfGhIjK',
        published: '2026-11-26T06:00:08.000Z',
        author: 'Harbour TV',
        image: 'https://i2.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg',
        source: 'Harbour TV',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Bluesky: untitled posts headed by their text, the post’s own page, the date with milliseconds', async () => {
    const doc = rss(
      '',
      '<title>@harbourboard.example.com - Harbour Board</title><link>https://bsky.app/profile/harbourboard.example.com</link><description>Official account</description>',
      [
        `<link>https://bsky.app/profile/harbourboard.example.com/post/3lbx2abc7k22f</link><description>Ferry timetable approved. New sailings start on Monday; details on our site.</description><pubDate>26 Nov 2026 09:14 +0000</pubDate><guid isPermaLink="false">at://did:plc:abc123/app.bsky.feed.post/3lbx2abc7k22f</guid>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Ferry timetable approved', link: 'https://bsky.app/profile/harbourboard.example.com/post/3lbx2abc7k22f', published: '2026-11-26T09:14:00.000Z', text: 'Ferry timetable approved. New sailings start on Monday; details on our site.' });
  });
});

describe('news aggregators', () => {
  it('Bing News: the publisher’s page out of apiclick, the provider as outlet, News:Image as picture', async () => {
    const doc = rss(
      'xmlns:News="https://www.bing.com/news/search?q=ferry&amp;format=rss"',
      '<title>ferry - BingNews</title><link>https://www.bing.com/news/search?q=ferry&amp;format=rss</link><description>Search results</description>',
      [
        `<title>Harbour board approves ferry timetable</title><link>http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=6745ABC&amp;url=https%3a%2f%2fwww.coastpost.example.com%2fnews%2fferry-timetable-approved%3futm_source%3dbing&amp;c=1234567&amp;mkt=en-gb</link>${D}<pubDate>Thu, 26 Nov 2026 09:05:00 GMT</pubDate><News:Source>Coast Post</News:Source><News:Image>http://www.bing.com/th?id=OVFT.abc&amp;pid=News</News:Image>`,
      ],
    );
    const [s] = await polled(doc);
    expect([s!.link, s!.published, s!.text]).toEqual(['https://www.coastpost.example.com/news/ferry-timetable-approved', '2026-11-26T09:05:00.000Z', COPY]);
  });

  it('Yahoo News: the publisher in <source>, the picture in media:content with its credit, the title as written', async () => {
    const doc = rss(
      MEDIA,
      '<title>Yahoo News - Latest News &amp; Headlines</title><link>https://www.yahoo.com/news</link><description>The latest news</description>',
      [
        `<title>Harbour board approves ferry timetable</title><link>https://www.yahoo.com/news/harbour-board-approves-ferry-091500123.html</link><pubDate>2026-11-26T09:15:00Z</pubDate><source url="https://www.coastpost.example.com/">Coast Post</source><guid isPermaLink="false">harbour-board-approves-ferry-091500123.html</guid><media:content height="86" url="https://media.zenfs.example.com/en/coast_post_123/abc.jpg" width="130"/><media:credit role="publishing company"/>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Harbour board approves ferry timetable', link: 'https://www.yahoo.com/news/harbour-board-approves-ferry-091500123.html', published: '2026-11-26T09:15:00.000Z', image: 'https://media.zenfs.example.com/en/coast_post_123/abc.jpg' });
  });
});

describe('government and agency releases', () => {
  it('PIB-style release: an IST dateline in the title’s tail, no pubDate, the release id as guid, the ministry as category', async () => {
    const doc = rss(
      '',
      '<title>Press Information Bureau</title><link>https://pib.example.gov.in/</link><language>en-us</language>',
      [
        `<title>Cabinet approves coastal shipping scheme</title><link>https://pib.example.gov.in/PressReleasePage.aspx?PRID=2077777</link><description><![CDATA[<p>Ministry of Ports, Shipping and Waterways</p><p>${COPY}</p>]]></description><category>Ministry of Ports, Shipping and Waterways</category><pubDate>26 NOV 2026 2:05PM by PIB Delhi</pubDate>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Cabinet approves coastal shipping scheme', link: 'https://pib.example.gov.in/PressReleasePage.aspx?PRID=2077777', published: '2026-11-26T08:35:00.000Z', categories: ['Ministry of Ports, Shipping and Waterways'] });
  });

  it('ReliefWeb: the report page, the country and source as categories, the source organisation as author', async () => {
    const doc = rss(
      `${DC} xmlns:atom="http://www.w3.org/2005/Atom"`,
      '<title>ReliefWeb - Updates</title><link>https://reliefweb.example.int/updates</link><description>Updates</description><language>en</language>',
      [
        `<title>Cyclone flash update No. 3</title><link>https://reliefweb.example.int/report/bangladesh/cyclone-flash-update-no-3</link><description><![CDATA[<div class="tag country">Country: Bangladesh</div><div class="tag source">Source: OCHA</div><p>${COPY}</p>]]></description><category>Bangladesh</category><category>OCHA</category><author>OCHA</author><pubDate>Thu, 26 Nov 2026 08:50:01 +0000</pubDate><guid isPermaLink="true">https://reliefweb.example.int/report/bangladesh/cyclone-flash-update-no-3</guid>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Cyclone flash update No. 3', author: 'OCHA', categories: ['Bangladesh', 'OCHA'], published: '2026-11-26T08:50:01.000Z' });
    expect(s!.text).toBe(COPY);
  });
});

describe('JSON Feed 1.1', () => {
  it('authors array (the first named), _extensions ignored, image and banner_image, date_published with offset, tags', async () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Harbour Ledger',
      home_page_url: 'https://ledger.example.org/',
      feed_url: 'https://ledger.example.org/feed.json',
      language: 'en-GB',
      authors: [{ name: 'Ledger Desk' }],
      _sitefeed: { about: 'x' },
      items: [
        {
          id: 'https://ledger.example.org/2026/ferry',
          url: 'https://ledger.example.org/2026/ferry',
          title: 'Ferry timetable approved',
          content_html: `<p>${COPY}</p>`,
          banner_image: 'https://ledger.example.org/banner.jpg',
          date_published: '2026-11-26T10:30:00+01:00',
          authors: [{ url: 'https://ledger.example.org/staff' }, { name: 'Ana Ruiz', url: 'https://ledger.example.org/ana' }],
          tags: ['ferries', 'harbour'],
          _extensions: { readingTime: 4 },
        },
        {
          id: '2',
          url: 'https://ledger.example.org/2026/crane',
          content_text: 'The crane on berth two is fixed. Work resumes on Friday.',
          image: 'https://ledger.example.org/crane.jpg',
          date_published: '2026-11-26T08:00:00Z',
        },
      ],
    });
    expect((await polled(doc, 'application/feed+json')).map((s) => [s.title, s.author, s.image, s.published, s.categories, s.source])).toEqual([
      ['Ferry timetable approved', 'Ana Ruiz', 'https://ledger.example.org/banner.jpg', '2026-11-26T09:30:00.000Z', ['ferries', 'harbour'], 'Harbour Ledger'],
      ['The crane on berth two is fixed', 'Ledger Desk', 'https://ledger.example.org/crane.jpg', '2026-11-26T08:00:00.000Z', [], 'Harbour Ledger'],
    ]);
  });
});

describe('dates written otherwise', () => {
  const ch = '<title>Desk</title><link>https://desk.example.eu/</link>';
  const dated = (set: string, dates: string[]) => dates.map((d, i) => `<title>Dated ${set} ${i}</title><link>https://desk.example.eu/${set}/${i}</link>${D}<pubDate>${d}</pubDate>`);

  it('French, Spanish, German and Italian day and month names; a zoneless one on the clock of the feed’s country (fr-FR)', async () => {
    const dates: [string, string][] = [
      ['jeu., 26 nov. 2026 10:30:00 +0100', '09:30'],
      ['jeudi 26 novembre 2026 10:30', '09:30'],
      ['jue, 26 nov 2026 10:30:00 +0100', '09:30'],
      ['26 de noviembre de 2026 10:30', '09:30'],
      ['Do, 26 Nov 2026 10:30:00 +0100', '09:30'],
      ['Donnerstag, 26. November 2026 10:30', '09:30'],
      ['gio, 26 nov 2026 10:30:00 +0100', '09:30'],
    ];
    const doc = rss('', `${ch}<language>fr-FR</language>`, dated('fr', dates.map(([d]) => d)));
    expect((await polled(doc)).map((s) => s.published)).toEqual(dates.map(([, t]) => `2026-11-26T${t}:00.000Z`));
  });

  it('RFC 822’s two-digit year, US zone names, an offset without colon in ISO, epoch seconds, dc:date alone', async () => {
    const dates: [string, string][] = [
      ['Thu, 26 Nov 26 09:30:00 GMT', '2026-11-26T09:30'],
      ['Thu, 26 Nov 2026 04:30:00 EST', '2026-11-26T09:30'],
      ['Thu, 26 Nov 2026 05:30:00 EDT', '2026-11-26T09:30'],
      ['2026-11-26T15:00:00+0530', '2026-11-26T09:30'],
      ['1795685400', '2026-11-26T09:30'],
    ];
    const doc = rss(DC, ch, [
      ...dated('old', dates.map(([d]) => d)),
      `<title>Dated dc</title><link>https://desk.example.eu/d/dc</link>${D}<dc:date>2026-11-26T10:30:00+01:00</dc:date>`,
    ]);
    expect((await polled(doc)).map((s) => s.published)).toEqual([...dates.map(([, t]) => `${t}:00.000Z`), '2026-11-26T09:30:00.000Z']);
  });
});

describe('shapes of the document itself', () => {
  it('a byte-order mark then blank lines before the declaration; titles in CDATA with entities; links broken over lines', async () => {
    const doc = `\uFEFF\n\n  ${rss('', '<title>Desk</title><link>https://desk.example.eu/</link>', [
      `<title><![CDATA[Ferries &amp; cranes: "the plan" <b>approved</b>]]></title><link>
        https://desk.example.eu/news/ferries-cranes
      </link>${D}${P}`,
      `<title>Fish &amp;amp; chips &#8211; price rise</title><link>  https://desk.example.eu/news/fish  </link>${D}${P}`,
    ])}`;
    expect((await polled(doc)).map((s) => [s.title, s.link])).toEqual([
      ['Ferries & cranes: "the plan" approved', 'https://desk.example.eu/news/ferries-cranes'],
      ['Fish & chips – price rise', 'https://desk.example.eu/news/fish'],
    ]);
  });

  it('a relative guid that says it is the permalink, with no link: resolved against the channel’s site', async () => {
    const doc = rss('', '<title>Desk</title><link>https://desk.example.eu/</link>', [`<title>Guid only</title><guid isPermaLink="true">/news/2026/11/guid-only</guid>${D}${P}`]);
    expect((await polled(doc))[0]!.link).toBe('https://desk.example.eu/news/2026/11/guid-only');
  });

  it('Atom with xhtml content: the div’s text, its picture, the title given as xhtml', async () => {
    const doc = atom('Desk', '<link href="https://desk.example.eu/"/>', [
      `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Ferries <em>approved</em></div></title><id>urn:x:1</id><link href="https://desk.example.eu/x1"/><updated>2026-11-26T09:30:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p><img src="https://desk.example.eu/x1.jpg" alt=""/></p><p>${COPY}</p></div></content>`,
    ]);
    expect((await polled(doc, ATOM_TYPE)).map((s) => [s.title, s.image, s.text])).toEqual([['Ferries approved', 'https://desk.example.eu/x1.jpg', COPY]]);
  });

  it('a podcast episode: itunes:title over a numbered title, itunes:author, itunes:image as picture, the episode page', async () => {
    const doc = rss(
      'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
      '<title>Harbour Hour</title><link>https://hour.example.fm/</link><itunes:author>Harbour Hour</itunes:author><itunes:image href="https://hour.example.fm/show.jpg"/>',
      [
        `<title>Ep. 41: The ferry timetable</title><itunes:title>The ferry timetable</itunes:title><itunes:episode>41</itunes:episode><link>https://hour.example.fm/41</link><description>${COPY}</description><itunes:author>Sam Okafor</itunes:author><itunes:image href="https://hour.example.fm/41.jpg"/><enclosure url="https://cdn.example.fm/41.mp3" length="1234" type="audio/mpeg"/><itunes:duration>00:31:12</itunes:duration>${P}`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ link: 'https://hour.example.fm/41', author: 'Sam Okafor', image: 'https://hour.example.fm/41.jpg', published: '2026-11-26T09:30:00.000Z', text: COPY });
    expect(s!.title).toMatch(/The ferry timetable$/);
  });
});

describe('what the twenty-first sweep left: a relative picture in an Atom entry’s content', () => {
  const entry = (slug: string, picture: string, attrs = '') =>
    `<title>Picture ${slug}</title><id>urn:pic:${slug}</id><link rel="alternate" href="https://lens.example.org/2026/11/${slug}.html"/><updated>2026-11-26T08:00:00Z</updated><content type="html"${attrs}>&lt;p&gt;&lt;img src="${picture}"&gt;&lt;/p&gt;&lt;p&gt;${COPY}&lt;/p&gt;</content>`;

  it('with no xml:base is the entry’s page’s, as Miniflux resolves content against the entry’s URL', async () => {
    const doc = atom('Lens', '', [entry('folder', 'pics/a.jpg'), entry('rooted', '/img/b.jpg')]);
    // Before: against the feed's address (this test server's), "http://127.0.0.1:…/unseen22/pics/a.jpg".
    expect((await polled(doc, ATOM_TYPE)).map((s) => s.image)).toEqual(['https://lens.example.org/2026/11/pics/a.jpg', 'https://lens.example.org/img/b.jpg']);
  });

  it('an entry page through the site’s script (Joomla’s Atom, "/index.php/news/…") gives the script’s folder, as its RSS does', async () => {
    const doc = atom('Port', '', [entry('joomla', 'images/news/berth.jpg').replace('https://lens.example.org/2026/11/joomla.html', 'https://port.example.gr/index.php/news/119-berth-5')]);
    expect((await polled(doc, ATOM_TYPE))[0]!.image).toBe('https://port.example.gr/images/news/berth.jpg');
  });

  it('an xml:base on the feed, the entry or the content wins over the entry’s page', async () => {
    const onFeed = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example.net/lens/"><title>Lens</title><id>urn:lens</id><updated>2026-11-26T09:00:00Z</updated><entry>${entry('feedbase', 'pics/c.jpg')}</entry></feed>`;
    expect((await polled(onFeed, ATOM_TYPE))[0]!.image).toBe('https://cdn.example.net/lens/pics/c.jpg');
    const onEntryAndContent = atom('Lens', '', [entry('contentbase', 'pics/e.jpg', ' xml:base="https://cdn.example.net/posts/"')]).replace(
      '</feed>',
      `<entry xml:base="https://x.example.net/a/">${entry('entrybase', 'pics/d.jpg')}</entry></feed>`,
    );
    expect((await polled(onEntryAndContent, ATOM_TYPE)).map((s) => s.image)).toEqual(['https://cdn.example.net/posts/pics/e.jpg', 'https://x.example.net/a/pics/d.jpg']);
  });
});

describe('what the twenty-first sweep left: an Atom label naming a facet in a one-entry feed', () => {
  const one = (slug: string, categories: string) =>
    atom(`Facets ${slug}`, '', [`<id>urn:facet:${slug}</id><title>Facet ${slug}</title><updated>2026-11-26T08:40:00Z</updated><link rel="alternate" href="https://facets.example.gov/${slug}"/><summary>A quake of magnitude 4.6 was felt in the valley.</summary>${categories}`]);

  it('USGS: a label that is its term’s first word before a value ("Magnitude" of "Magnitude 4") names the facet, and so do the entry’s other labels', async () => {
    const doc = one('quake', '<category label="Age" term="Past Day"/><category label="Magnitude" term="Magnitude 4.5"/><category label="Contributor" term="us"/><category label="Author" term="us"/>');
    // Before: with one entry no label had two terms, and the categories were "Age", "Magnitude", "Contributor", "Author".
    expect((await polled(doc, ATOM_TYPE))[0]!.categories).toEqual(['Past Day', 'Magnitude 4.5', 'us']);
  });

  it('SEC EDGAR: a label that names a kind ("form type") is the facet, the term ("8-K") the category', async () => {
    const doc = one('filing', '<category scheme="https://filings.example.gov/" label="form type" term="8-K"/>');
    expect((await polled(doc, ATOM_TYPE))[0]!.categories).toEqual(['8-K']);
  });

  it('an ordinary one-entry feed keeps its labels: a slug, a number or a code as the term', async () => {
    const doc = one('plain', '<category term="tech" label="Technology"/><category term="12" label="Farming"/><category term="world-12" label="World"/><category term="el-2026" label="Elections 2026"/><category term="proto" label="Prototype"/>');
    expect((await polled(doc, ATOM_TYPE))[0]!.categories).toEqual(['Technology', 'Farming', 'World', 'Elections 2026', 'Prototype']);
  });
});

describe('newsletters, publishing platforms and site builders', () => {
  it('Substack: the post page, the subtitle as copy beside the paywalled body, the enclosure picture, dc:creator', async () => {
    const doc = rss(
      `${DC} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"`,
      '<title><![CDATA[Harbour Letters]]></title><description><![CDATA[Weekly notes]]></description><link>https://harbourletters.substack.com</link><image><url>https://substackcdn.example.com/image/fetch/w_256,c_limit/logo.png</url><title>Harbour Letters</title><link>https://harbourletters.substack.com</link></image><generator>Substack</generator><lastBuildDate>Thu, 26 Nov 2026 10:00:00 GMT</lastBuildDate>',
      [
        `<title><![CDATA[The ferry deal, explained]]></title><description><![CDATA[${COPY}]]></description><link>https://harbourletters.substack.com/p/the-ferry-deal-explained</link><guid isPermaLink="false">https://harbourletters.substack.com/p/the-ferry-deal-explained</guid><dc:creator><![CDATA[Nia Brooks]]></dc:creator><pubDate>Thu, 26 Nov 2026 07:02:31 GMT</pubDate><enclosure url="https://substack-post-media.example.com/public/images/abc_1456x816.jpeg" length="0" type="image/jpeg"/><content:encoded><![CDATA[<p>${COPY}</p><div class="subscription-widget-wrap"><div class="subscription-widget"><p>Thanks for reading Harbour Letters! Subscribe for free to receive new posts.</p></div></div>]]></content:encoded>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'The ferry deal, explained',
        link: 'https://harbourletters.substack.com/p/the-ferry-deal-explained',
        published: '2026-11-26T07:02:31.000Z',
        author: 'Nia Brooks',
        image: 'https://substack-post-media.example.com/public/images/abc_1456x816.jpeg',
        source: 'Harbour Letters',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Medium: the link without its ?source= tracking, the tracking pixel no picture, the tags, dc:creator and atom:updated', async () => {
    const doc = rss(
      `${DC} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"`,
      '<title><![CDATA[Stories by Dev Harbour on Medium]]></title><description><![CDATA[Stories by Dev Harbour on Medium]]></description><link>https://medium.com/@devharbour?source=rss-abc------2</link><generator>Medium</generator>',
      [
        `<title><![CDATA[Rebuilding the tide gauge]]></title><link>https://medium.com/@devharbour/rebuilding-the-tide-gauge-1a2b3c4d5e6f?source=rss-abc------2</link><guid isPermaLink="false">https://medium.com/p/1a2b3c4d5e6f</guid><category><![CDATA[iot]]></category><category><![CDATA[sensors]]></category><dc:creator><![CDATA[Dev Harbour]]></dc:creator><pubDate>Thu, 26 Nov 2026 06:45:12 GMT</pubDate><atom:updated>2026-11-26T06:50:00.123Z</atom:updated><content:encoded><![CDATA[<figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*gauge.jpeg" /></figure><p>${COPY}</p><img src="https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss&postId=1a2b3c4d5e6f" width="1" height="1" alt="">]]></content:encoded>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Rebuilding the tide gauge',
        link: 'https://medium.com/@devharbour/rebuilding-the-tide-gauge-1a2b3c4d5e6f',
        published: '2026-11-26T06:45:12.000Z',
        author: 'Dev Harbour',
        image: 'https://cdn-images-1.medium.com/max/1024/1*gauge.jpeg',
        source: expect.stringMatching(/Dev Harbour/),
        categories: ['iot', 'sensors'],
        text: COPY,
      },
    ]);
  });

  it('Squarespace: the item’s relative link against the site, its <img> on the static CDN, dc:creator as "Site Admin" no author', async () => {
    const doc = rss(
      `${DC} xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" ${MEDIA}`,
      '<title>Boatyard Journal</title><link>https://www.boatyard.example.com/journal/</link><lastBuildDate>Thu, 26 Nov 2026 10:00:00 +0000</lastBuildDate><language>en-US</language><generator>Site-Server v@build.version@ (http://www.squarespace.com)</generator><description><![CDATA[]]></description>',
      [
        `<title>Winter haul-out</title><dc:creator>Site Admin</dc:creator><pubDate>Thu, 26 Nov 2026 08:15:00 +0000</pubDate><link>https://www.boatyard.example.com/journal/winter-haul-out</link><guid isPermaLink="false">5f1a2b3c4d5e6f7a8b9c0d1e:5f1a2b3c4d5e6f7a8b9c0d1f:6745aaaa</guid><description><![CDATA[<p class="">${COPY}</p><figure class="sqs-block-image-figure"><img src="https://images.squarespace-cdn.example.com/content/v1/abc/haulout.jpg" data-image-dimensions="2500x1667" alt=""/></figure>]]></description>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Winter haul-out',
        link: 'https://www.boatyard.example.com/journal/winter-haul-out',
        published: '2026-11-26T08:15:00.000Z',
        author: null,
        image: 'https://images.squarespace-cdn.example.com/content/v1/abc/haulout.jpg',
        source: 'Boatyard Journal',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Wix: the post page, the cover picture in an enclosure, the hyphenated ISO date without seconds', async () => {
    const doc = rss(
      '',
      '<title><![CDATA[Marina Blog]]></title><description><![CDATA[Marina Blog]]></description><link>https://www.marina.example.com/blog</link><generator>RSS for Node</generator>',
      [
        `<title><![CDATA[Berth fees for 2027]]></title><description><![CDATA[${COPY}]]></description><link>https://www.marina.example.com/post/berth-fees-for-2027</link><guid isPermaLink="false">6745bbbb1234</guid><category><![CDATA[Fees]]></category><pubDate>Thu, 26 Nov 2026 08:20:11 GMT</pubDate><enclosure url="https://static.wixstatic.example.com/media/abc~mv2.jpg/v1/fit/w_1000,h_563,al_c,q_80/file.png" length="0" type="image/png"/>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Berth fees for 2027',
        link: 'https://www.marina.example.com/post/berth-fees-for-2027',
        published: '2026-11-26T08:20:11.000Z',
        author: null,
        image: 'https://static.wixstatic.example.com/media/abc~mv2.jpg/v1/fit/w_1000,h_563,al_c,q_80/file.png',
        source: 'Marina Blog',
        categories: ['Fees'],
        text: COPY,
      },
    ]);
  });

  it('Hugo’s Atom (a theme’s template): the relative entry link against the feed’s alternate site, the summary, the author', async () => {
    const doc = atom(
      'Tide Tables',
      '<link href="https://tides.example.dev/" rel="alternate"/><link href="https://tides.example.dev/atom.xml" rel="self"/><author><name>Ravi Menon</name></author><generator>Hugo -- gohugo.io</generator>',
      [`<title>Spring tides this week</title><link href="/posts/spring-tides/"/><id>https://tides.example.dev/posts/spring-tides/</id><published>2026-11-26T07:00:00+00:00</published><updated>2026-11-26T07:00:00+00:00</updated><summary type="html">&lt;p&gt;${COPY}&lt;/p&gt;</summary>`],
    );
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Spring tides this week',
        link: 'https://tides.example.dev/posts/spring-tides/',
        published: '2026-11-26T07:00:00.000Z',
        author: 'Ravi Menon',
        image: null,
        source: 'Tide Tables',
        categories: [],
        text: COPY,
      },
    ]);
  });
});

describe('more government feeds', () => {
  it('GOV.UK’s Atom: the document page, the summary as copy, the updated stamp with its offset, the department not an author', async () => {
    const doc = atom(
      'Maritime and Coastguard Agency - Activity on GOV.UK',
      '<link rel="alternate" type="text/html" href="https://www.gov.example.uk/government/organisations/maritime"/><link rel="self" type="application/atom+xml" href="https://www.gov.example.uk/government/organisations/maritime.atom"/>',
      [`<id>https://www.gov.example.uk/government/news/winter-ferry-checks#2026-11-26T10:02:13+00:00</id><updated>2026-11-26T10:02:13+00:00</updated><link rel="alternate" type="text/html" href="https://www.gov.example.uk/government/news/winter-ferry-checks"/><title>Winter ferry checks begin</title><summary type="html">${COPY}</summary>`],
    );
    // Before: the source was "Maritime and Coastguard Agency - Activity on GOV.UK", the host's name for the page.
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Winter ferry checks begin',
        link: 'https://www.gov.example.uk/government/news/winter-ferry-checks',
        published: '2026-11-26T10:02:13.000Z',
        author: null,
        image: null,
        source: 'Maritime and Coastguard Agency',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('MEA-style release: the date as "November 26, 2026" with no time, the media-centre link with query', async () => {
    const doc = rss(
      '',
      '<title>Ministry of External Affairs - Press Releases</title><link>https://mea.example.gov.in/press-releases.htm</link><language>en</language>',
      [`<title><![CDATA[Joint statement on maritime cooperation]]></title><link>https://mea.example.gov.in/bilateral-documents.htm?dtl/39111/Joint_statement_on_maritime_cooperation</link><description><![CDATA[${COPY}]]></description><pubDate>November 26, 2026</pubDate>`],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Joint statement on maritime cooperation', link: 'https://mea.example.gov.in/bilateral-documents.htm?dtl/39111/Joint_statement_on_maritime_cooperation', text: COPY });
    // A day with no time: midnight on India's clock.
    expect(s!.published).toBe('2026-11-25T18:30:00.000Z');
  });

  it('an untitled post ending in hashtags without a full stop is headed without them', async () => {
    const doc = rss('', '<title>Harbour Board</title><link>https://social.example.org/@board</link>', [
      `<link>https://social.example.org/@board/1</link><description>Crane two back in service #harbour #cranes</description>${P}`,
    ]);
    expect((await polled(doc)).map((s) => [s.title, s.text])).toEqual([
      ['Crane two back in service', 'Crane two back in service #harbour #cranes'],
    ]);
  });

  it('Mastodon: an untitled toot headed by its text without the hashtags after it, hashtags as categories, the attached picture', async () => {
    const doc = rss(
      `xmlns:webfeeds="http://webfeeds.org/rss/1.0" ${MEDIA}`,
      '<title>Harbour Board</title><description>Public posts from @board@social.example.org</description><link>https://social.example.org/@board</link><image><url>https://files.social.example.org/accounts/avatars/1.png</url><title>Harbour Board</title><link>https://social.example.org/@board</link></image><lastBuildDate>Thu, 26 Nov 2026 09:00:00 +0000</lastBuildDate><webfeeds:icon>https://files.social.example.org/accounts/avatars/1.png</webfeeds:icon><generator>Mastodon v4.3.1</generator>',
      [
        `<guid isPermaLink="true">https://social.example.org/@board/113555000111222333</guid><link>https://social.example.org/@board/113555000111222333</link><pubDate>Thu, 26 Nov 2026 08:58:41 +0000</pubDate><description>&lt;p&gt;Night sailings resume on Monday. &lt;a href="https://social.example.org/tags/ferries" class="mention hashtag" rel="tag"&gt;#&lt;span&gt;ferries&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;</description><media:content url="https://files.social.example.org/media_attachments/files/1/original/a.jpg" type="image/jpeg" fileSize="123" medium="image"><media:rating scheme="urn:simple">nonadult</media:rating><media:description type="plain">A ferry at night</media:description></media:content><category>ferries</category>`,
      ],
    );
    const [s] = await polled(doc);
    // Before: "Night sailings resume on Monday. #ferries", the hashtag after the sentence in the headline.
    expect(s).toMatchObject({
      title: 'Night sailings resume on Monday',
      link: 'https://social.example.org/@board/113555000111222333',
      published: '2026-11-26T08:58:41.000Z',
      image: 'https://files.social.example.org/media_attachments/files/1/original/a.jpg',
      categories: ['ferries'],
    });
  });
});
