import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, X, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * The twenty-first sweep: shapes the earlier sweeps did not serve, most from South Asian newsrooms' feeds (NDTV, The
 * Hindu, Hindustan Times, Dawn, The Daily Star, The Kathmandu Post, Daily Mirror LK; the documents are written for the
 * test, in their shapes only), and Atom's media:keywords. Each document is served over HTTP, added as a feed, polled
 * once and read back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen21-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come. */
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/unseen21/${++served}`, body, type);

const COPY = 'The state cabinet cleared the coastal road plan on Thursday after a long debate on the fishing villages along it.';
const D = `<description>${COPY}</description>`;
const P = '<pubDate>Thu, 26 Nov 2026 14:05:00 +0530</pubDate>';
const entry = (slug: string, rest: string) =>
  `<title>Story ${slug}</title><id>urn:story:${slug}</id><link rel="alternate" href="https://lens.example.org/${slug}"/><updated>2026-11-26T08:00:00Z</updated><summary>${COPY}</summary>${rest}`;

describe('Atom media:keywords', () => {
  it('an entry’s media:keywords are its tags, on the entry, in media:group or in media:content, after its categories', async () => {
    const doc = atom(
      'Lens',
      '',
      [
        entry('own', '<category term="Civic"/><media:keywords>monsoon, drainage , ward committee</media:keywords>'),
        entry('grouped', '<media:group><media:content url="https://lens.example.org/v.mp4" type="video/mp4"/><media:keywords>civic, budget</media:keywords></media:group>'),
        entry('content', '<media:content url="https://lens.example.org/p.jpg" medium="image"><media:keywords>harbour,ferries</media:keywords></media:content>'),
      ],
      MEDIA,
    );
    // Before: an Atom entry's media:keywords were dropped; only RSS items read them.
    expect((await polled(doc, ATOM_TYPE)).map((s) => s.categories)).toEqual([['Civic', 'monsoon', 'drainage', 'ward committee'], ['civic', 'budget'], ['harbour', 'ferries']]);
  });
});

describe('what a South Asian newsroom’s feed writes', () => {
  const ch = '<title>Desk</title><link>https://desk.example.in/</link>';
  const item = (slug: string, rest: string) => `<title>Story ${slug}</title><link>https://desk.example.in/${slug}</link>${D}${P}${rest}`;

  it('a picture in media:content with neither type nor medium, known by its file; a clip’s own thumbnail; a caption is no copy', async () => {
    const doc = rss(MEDIA, ch, [
      item('plain', '<media:content url="https://img.example.in/a/photo.jpg" width="800" height="450"/>'),
      item('clip', '<media:content url="https://vid.example.in/b.mp4" medium="video"><media:thumbnail url="https://img.example.in/b.jpg"/></media:content>'),
      item('caption', '<media:content url="https://img.example.in/c.jpg" type="image/jpeg"><media:description>Fishermen at the harbour on Thursday.</media:description><media:credit>Photo: Staff</media:credit></media:content>'),
    ]);
    expect((await polled(doc)).map((s) => [s.image, s.text])).toEqual([
      ['https://img.example.in/a/photo.jpg', COPY],
      ['https://img.example.in/b.jpg', COPY],
      ['https://img.example.in/c.jpg', COPY],
    ]);
  });

  it('an empty dc:creator (blank CDATA) or <author> is no author; desk bylines keep the name, not "By", the city or the address', async () => {
    const doc = rss(DC, ch, [
      item('blank', '<dc:creator><![CDATA[ ]]></dc:creator>'),
      item('empty', '<dc:creator><![CDATA[]]></dc:creator><author></author>'),
      item('by', '<dc:creator>By Special Correspondent</dc:creator>'),
      item('city', '<dc:creator><![CDATA[Staff Reporter, Dhaka]]></dc:creator>'),
      item('pipe', '<dc:creator>HT Correspondent | New Delhi</dc:creator>'),
      item('mail', '<author>news@desk.example.in (Web Desk)</author>'),
      item('two', '<dc:creator>Asha Rao</dc:creator><dc:creator>Imran Ali</dc:creator>'),
    ]);
    expect((await polled(doc)).map((s) => s.author)).toEqual([null, null, 'Special Correspondent', 'Staff Reporter', 'HT Correspondent', 'Web Desk', 'Asha Rao, Imran Ali']);
  });

  it('South Asian clocks however written: "+0530 IST", "(IST)", "+05:30", IST alone, +0545, NPT, PKT, SLST, BST’s neighbours', async () => {
    const dates: [string, string][] = [
      ['Thu, 26 Nov 2026 14:05:00 +0530 IST', '08:35'],
      ['Thu, 26 Nov 2026 14:05:00 +0530 (IST)', '08:35'],
      ['Thu, 26 Nov 2026 14:05:00 +05:30', '08:35'],
      ['26 Nov 2026 14:05:00 IST', '08:35'],
      ['November 26, 2026 02:05 pm IST', '08:35'],
      ['Thu, 26 Nov 2026 14:05:00 +0545', '08:20'],
      ['Thu, 26 Nov 2026 14:05:00 NPT', '08:20'],
      ['Thu, 26 Nov 2026 14:05:00 PKT', '09:05'],
      ['Thu, 26 Nov 2026 14:05:00 SLST', '08:35'],
      ['26 Nov 2026 | 14:05 IST', '08:35'],
    ];
    const doc = rss('', `${ch}<language>en-in</language>`, dates.map(([d], i) => `<title>Clock ${i}</title><link>https://desk.example.in/clock/${i}/</link>${D}<pubDate>${d}</pubDate>`));
    expect((await polled(doc)).map((s) => s.published)).toEqual(dates.map(([, t]) => `2026-11-26T${t}:00.000Z`));
  });

  it('Hindi and Bengali dates in their own digits and month names; an Indian feed’s "05/11/2026" is 5 November', async () => {
    const dates: [string, string][] = [
      ['२६ नवंबर २०२६ 14:05 IST', '2026-11-26T08:35'],
      ['২৬ নভেম্বর ২০২৬ ১৪:০৫', '2026-11-26T08:35'],
      ['05/11/2026 14:05:00', '2026-11-05T08:35'],
    ];
    // Before: with no date over the 12th to show the order, "05/11/2026" was read the American way, 11 May.
    const doc = rss('', `${ch}<language>en-in</language>`, dates.map(([d], i) => `<title>Date ${i}</title><link>https://desk.example.in/date/${i}/</link>${D}<pubDate>${d}</pubDate>`));
    expect((await polled(doc)).map((s) => s.published)).toEqual(dates.map(([, t]) => `${t}:00.000Z`));
  });

  it('a PHP feed’s IANA zone ("Asia/Kolkata") is read once, in a feed for India and in one that names no language', async () => {
    const stamps = ['Thu, 26 Nov 2026 14:05:00 Asia/Kolkata', 'Nov 26, 2026 2:05 PM Asia/Kolkata', '2026-11-26 14:05:00 Asia/Kathmandu'];
    const feed = (head: string) => rss('', `${ch}${head}`, stamps.map((d, i) => `<title>Zone ${i}</title><link>https://desk.example.in/zone/${i}/</link>${D}<pubDate>${d}</pubDate>`));
    const times = ['2026-11-26T08:35:00.000Z', '2026-11-26T08:35:00.000Z', '2026-11-26T08:20:00.000Z'];
    // Before: in a feed for India the clock was put on India's time, then shifted by the zone again (03:05 UTC); in a
    // feed without a language "2:05 PM" hid the zone behind "PM" and the time was read as UTC's (14:05).
    expect((await polled(feed('<language>en-in</language>'))).map((s) => s.published)).toEqual(times);
    expect((await polled(feed(''))).map((s) => s.published)).toEqual(times);
  });

  it('a description that is only a picture and a link: the picture, no copy, the story kept by its headline', async () => {
    const doc = rss('', ch, [
      `<title>Picture only</title><link>https://desk.example.in/pic</link>${P}<description><![CDATA[<a href="https://desk.example.in/pic"><img src="https://img.example.in/e.jpg" alt="Picture only" /></a>]]></description>`,
      `<title>Escaped picture</title><link>https://desk.example.in/esc</link>${P}<description>&lt;img src="https://img.example.in/f.jpg" /&gt;&lt;br/&gt;&lt;a href="https://desk.example.in/esc"&gt;Read more&lt;/a&gt;</description>`,
    ]);
    expect((await polled(doc)).map((s) => [s.title, s.image, s.text])).toEqual([
      ['Picture only', 'https://img.example.in/e.jpg', ''],
      ['Escaped picture', 'https://img.example.in/f.jpg', ''],
    ]);
  });

  it('an AMP link ("/amp/", "?amp=1", "/amp") with the page in the guid or without: the page', async () => {
    const doc = rss('', ch, [
      `<title>Amp path</title>${D}${P}<link>https://desk.example.in/amp/news/g-one-123</link><guid isPermaLink="true">https://desk.example.in/news/g-one-123</guid>`,
      `<title>Amp query</title>${D}${P}<link>https://desk.example.in/news/h-one-124?amp=1</link><guid>https://desk.example.in/news/h-one-124</guid>`,
      `<title>Amp suffix</title>${D}${P}<link>https://desk.example.in/news/i-one-125/amp/</link><guid isPermaLink="false">125</guid>`,
    ]);
    const stories = await polled(doc);
    expect(stories.map((s) => s.link).sort()).toEqual(['https://desk.example.in/news/g-one-123', 'https://desk.example.in/news/h-one-124', 'https://desk.example.in/news/i-one-125/']);
  });

  it('a title of only spaces (blank CDATA too) is headed by the copy’s first sentence', async () => {
    const doc = rss('', ch, [
      `<title>   </title><link>https://desk.example.in/untitled/1</link>${D}${P}`,
      `<title><![CDATA[ \n ]]></title><link>https://desk.example.in/untitled/2</link><description>Second copy goes here. And more after.</description>${P}`,
    ]);
    expect((await polled(doc)).map((s) => [s.title, s.text])).toEqual([
      [COPY.slice(0, -1), COPY],
      ['Second copy goes here', 'Second copy goes here. And more after.'],
    ]);
  });

  it('the outlet’s name after a headline (" - Hindustan Times", " | Hindustan Times") is no part of it', async () => {
    const doc = rss('', '<title>Hindustan Times</title><link>https://desk.example.in/</link>', [
      `<title>Cabinet clears road - Hindustan Times</title><link>https://desk.example.in/road</link>${D}${P}`,
      `<title>Cabinet clears bridge | Hindustan Times</title><link>https://desk.example.in/bridge</link><description>The bridge is next.</description>${P}`,
    ]);
    expect((await polled(doc)).map((s) => s.title)).toEqual(['Cabinet clears road', 'Cabinet clears bridge']);
  });

  it('the desk’s furniture is no copy: "Also read", "Read More...", "(With inputs from PTI)", the "NEW DELHI:" dateline', async () => {
    const doc = rss('', ch, [
      `<title>Also</title><link>https://desk.example.in/also</link><description><![CDATA[<p>${COPY}</p><p>Also read: <a href="https://desk.example.in/x">Another story</a></p>]]></description>${P}`,
      `<title>More</title><link>https://desk.example.in/more</link><description><![CDATA[${COPY} <a href="https://desk.example.in/more">Read More...</a>]]></description>${P}`,
      `<title>Inputs</title><link>https://desk.example.in/inputs</link><description><![CDATA[<p>${COPY}</p><p>(With inputs from PTI)</p>]]></description>${P}`,
      `<title>Dateline</title><link>https://desk.example.in/dateline</link><description><![CDATA[<p>NEW DELHI: ${COPY}</p>]]></description>${P}`,
    ]);
    expect((await polled(doc)).map((s) => s.text)).toEqual([COPY, COPY, COPY, COPY]);
  });

  it('an Urdu feed: the headline, copy and source as written, +0500', async () => {
    const doc = rss('', '<title>ڈان نیوز</title><link>https://urdu.example.pk/</link><language>ur</language>', [
      '<title>کابینہ نے سڑک منصوبہ منظور کر لیا</title><link>https://urdu.example.pk/1</link><description>وفاقی کابینہ نے جمعرات کو ساحلی سڑک کے منصوبے کی منظوری دے دی۔</description><pubDate>Thu, 26 Nov 2026 14:05:00 +0500</pubDate>',
    ]);
    expect((await polled(doc))[0]).toMatchObject({ title: 'کابینہ نے سڑک منصوبہ منظور کر لیا', source: 'ڈان نیوز', published: '2026-11-26T09:05:00.000Z', text: 'وفاقی کابینہ نے جمعرات کو ساحلی سڑک کے منصوبے کی منظوری دے دی۔' });
  });
});

describe('links and categories', () => {
  const ch = '<title>Desk</title><link>https://desk.example.in/</link>';

  it('a link written as a host and path without its scheme is that host’s page, not a path below the feed', async () => {
    const doc = rss('', ch, [
      `<title>No scheme</title><link>desk.example.in/news/g3</link>${D}${P}`,
      `<title>Relative</title><link>/news/g2.html</link>${D}${P}`,
      `<title>Relative file</title><link>story.html/2</link>${D}${P}`,
    ]);
    const links = (await polled(doc)).map((s) => s.link);
    // Before: "https://desk.example.in/desk.example.in/news/g3" (read as a path below the feed's address).
    expect(links[0]).toBe('https://desk.example.in/news/g3');
    expect(links[1]).toBe('https://desk.example.in/news/g2.html');
    expect(links[2]).toMatch(/^https?:\/\/[^/]+\/unseen21\/\d+\/?story\.html\/2$|^https:\/\/desk\.example\.in\/story\.html\/2$/);
  });

  it('a category a CMS lists twice, in two cases, is one (the first spelling); a blank one is none', async () => {
    const doc = rss('', ch, [`<title>Twice</title><link>https://desk.example.in/twice</link>${D}${P}<category><![CDATA[National]]></category><category>India</category><category>india</category><category>INDIA</category><category>  </category><category>Kerala &amp;amp; Tamil Nadu</category>`]);
    // Before: ["National", "India", "india", "INDIA", …].
    expect((await polled(doc))[0]!.categories).toEqual(['National', 'India', 'Kerala & Tamil Nadu']);
  });
});

describe('old and mixed shapes', () => {
  it('RSS 0.91 with a <language> and no dates: the fetch time, the channel’s title as source', async () => {
    const doc = `${X}<rss version="0.91"><channel><title>Old Desk</title><link>https://old.example.in/</link><description>x</description><language>en-us</language><item><title>Old one</title><link>https://old.example.in/1</link><description>${COPY}</description></item></channel></rss>`;
    expect(await polled(doc)).toEqual([{ title: 'Old one', link: 'https://old.example.in/1', published: '2026-11-26T15:00:00.000Z', author: null, image: null, source: 'Old Desk', categories: [], text: COPY }]);
  });

  it('Atom: the text/html alternate listed after an enclosure, a rel-less link after an audio enclosure; an author with only an email is none', async () => {
    const doc = atom('Atom desk', '', [
      `<title>Enclosure first</title><id>urn:n</id><link rel="enclosure" type="image/jpeg" href="https://img.example.in/n.jpg"/><link rel="alternate" type="text/html" href="https://desk.example.in/n"/><author><name></name><email>desk@desk.example.in</email></author><updated>2026-11-26T08:00:00+05:30</updated><summary type="html">&lt;p&gt;${COPY}&lt;/p&gt;</summary>`,
      `<title>Audio first</title><id>urn:o</id><link rel="enclosure" type="audio/mpeg" href="https://img.example.in/o.mp3"/><link type="text/html" href="https://desk.example.in/o"/><author><name>  Asha Rao  </name></author><published>2026-11-26T08:00:00+05:45</published><updated>2026-11-26T09:00:00+05:45</updated><summary>${COPY}</summary>`,
    ]);
    expect((await polled(doc, ATOM_TYPE)).map((s) => [s.link, s.image, s.author, s.published])).toEqual([
      ['https://desk.example.in/n', 'https://img.example.in/n.jpg', null, '2026-11-26T02:30:00.000Z'],
      ['https://desk.example.in/o', null, 'Asha Rao', '2026-11-26T02:15:00.000Z'],
    ]);
  });
});
