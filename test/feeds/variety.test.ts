import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { normaliseEntry, withDocumentBase } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';

/** Shapes of real-world feeds that once came out wrong, each in a small document written for the test. */
const fetchedAt = Date.parse('2026-02-27T12:00:00Z');

async function stories(xml: string, feedUrl = 'https://feeds.example.net/feed.xml') {
  const feed = await parseFeed(xml);
  const ctx = withDocumentBase({ feedUrl, feed, fetchedAt });
  return feed.entries.map((e) => normaliseEntry(e, ctx)!);
}

describe('markup written inline in the feed', () => {
  it('keeps the words of Atom type="xhtml" content and titles in order', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title>
<entry><id>x1</id><link href="https://x.example/1"/><updated>2026-02-26T08:00:00Z</updated>
<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Rates <em>rise</em> again</div></title>
<content type="xhtml" xml:base="https://x.example/"><div xmlns="http://www.w3.org/1999/xhtml"><p>Yesterday made <a href="p/harper">Bryce Harper</a> the latest casualty &amp; more.</p><p>Second <b>bold</b> end.</p></div></content>
<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Short <i>one</i>.</div></summary>
</entry>
<entry><id>x2</id><link href="https://x.example/2"/><title>Empty xhtml</title><content type="xhtml"/><summary>Kept summary</summary></entry>
</feed>`);
    expect(s).toMatchObject({ title: 'Rates rise again', text: 'Yesterday made Bryce Harper the latest casualty & more.\n\nSecond bold end.' });
  });

  it('keeps the words of naked HTML in an RSS description in order', async () => {
    const [s, t] = await stories(`<rss version="2.0"><channel><title>N</title>
<item><title>Naked</title><link>https://n.example/1</link><description>Lead <strong>Task A</strong> done. <p>Then <a href="/b">task B</a> started.</p></description></item>
<item><title>CDATA untouched</title><link>https://n.example/2</link><description><![CDATA[<p>In <b>CDATA</b> already.</p>]]></description></item>
</channel></rss>`);
    expect(s!.text).toBe('Lead Task A done.\n\nThen task B started.');
    expect(t!.text).toBe('In CDATA already.');
  });
});

describe('broken feeds at size', () => {
  // The size matters: inline markup used to be found by a lazy "up to the closing tag" regex, which
  // rescanned the rest of the document for every unclosed element (6 s here, 0.5 s now; not asserted).
  it('reads 8,000 items whose descriptions never close (4.6 MB) leniently, every item kept', async () => {
    const items = Array.from({ length: 8000 }, (_, i) => `<item><title>T${i}</title><link>https://b.example/${i}</link><description>lead <b>bold</b> ${'x'.repeat(500)}</item>`);
    const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>${items.join('\n')}</channel></rss>`);
    expect(feed.entries).toHaveLength(8000);
    expect(feed.entries[7999]!.title).toBe('T7999');
    expect(feed.warning).toMatch(/read leniently/);
  });
});

describe('wire cleanup on text nobody collapsed', () => {
  it('reads a dateline and a sign-off past long runs of spaces (no backtracking through them)', async () => {
    const { cleanWireCopy } = await import('../../src/feeds/wire.js');
    const wire = cleanWireCopy([`Rome, Feb 27${' '.repeat(20_000)}(IANS) Talks went on.`, `Nothing else.${' '.repeat(20_000)}--IANS`]);
    expect(wire).toMatchObject({ agency: 'IANS', place: 'Rome' });
    expect(wire.paragraphs).toEqual(['Talks went on.', 'Nothing else.']);
    expect(cleanWireCopy([`Rome${' '.repeat(20_000)}x`]).agency).toBeNull();
  });
});

describe('one broken feed does not change how the next is read', () => {
  it('reads a truncated feed the same before and after a feed with junk past its root', async () => {
    const truncated = `<rss version="2.0"><channel><title>T</title><item><title>Whole</title><link>https://t.example/1</link></item><item><title>Cut`;
    const outcome = () => parseFeed(truncated).then((f) => ({ titles: f.entries.map((e) => e.title), warning: f.warning }), (e: Error) => ({ error: e.message }));
    const alone = await outcome();
    await parseFeed('<rss version="2.0"><channel><title>J</title></channel></rss>junk after the root').catch(() => null);
    expect(await outcome()).toEqual(alone);
  });
});

describe('control characters leaked into feeds', () => {
  it('drops them from titles and text, and puts punctuation cut to its low byte back', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>C</title>
<item><title>Minister\u0001s visit \u0018ends\u0019</title><link>https://c.example/1</link><description>He said it doesn\u0019t matter \u0014 not now.\u007F Done\u0002.</description></item>
</channel></rss>`.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    expect(s!.title).toBe('Ministers visit ‘ends’');
    expect(s!.text).toBe('He said it doesn’t matter — not now. Done.');
  });
});

describe('Atom written with a prefix', () => {
  it('reads <atom:feed> as Atom', async () => {
    const [s] = await stories(`<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>
<atom:entry><atom:id>urn:p:1</atom:id><atom:title>Prefixed entry</atom:title><atom:link href="https://p.example/1"/><atom:updated>2026-02-25T08:00:00Z</atom:updated><atom:summary>Read as Atom.</atom:summary></atom:entry>
</atom:feed>`);
    expect(s).toMatchObject({ title: 'Prefixed entry', link: 'https://p.example/1', text: 'Read as Atom.', published: Date.parse('2026-02-25T08:00:00Z') });
  });
});

describe('links that are missing', () => {
  it('takes a site-path guid as the link when the item has none; an opaque guid gives no link', async () => {
    const [a, b] = await stories(`<rss version="2.0"><channel><title>P</title><link>https://p.example/</link>
<item><title>Path guid</title><guid isPermaLink="true">/episodes/42</guid><description>Episode 42.</description></item>
<item><title>Opaque guid</title><guid isPermaLink="false">tag:p.example,2026:43</guid><description>Episode 43.</description></item>
</channel></rss>`);
    expect(a!.link).toBe('https://p.example/episodes/42');
    expect(b!.link).toBe('');
  });

  it('takes a permalink guid over a link to the site’s front page, which every item of some feeds carries', async () => {
    const [a, b, c] = await stories(`<rss version="2.0"><channel><title>F</title><link>https://f.example/</link>
<item><title>One</title><link>https://f.example/</link><guid>https://f.example/news/1.html</guid></item>
<item><title>Two</title><link>https://f.example</link><guid isPermaLink="false">f-2</guid></item>
<item><title>Three</title><link>https://f.example/?utm_source=rss</link><guid>https://f.example/news/3.html</guid></item>
</channel></rss>`);
    // Before, all three linked to https://f.example/, and so were one story.
    expect([a!.link, b!.link, c!.link]).toEqual(['https://f.example/news/1.html', 'https://f.example/', 'https://f.example/news/3.html']);
  });

  it('takes the page of a "#comments" link when the item names no other, and not a comments page of its own', async () => {
    const [wp, forum] = await stories(`<rss version="2.0"><channel><title>C</title><link>https://c.example/</link>
<item><title>Post</title><comments>https://c.example/2026/11/post/#comments</comments><guid isPermaLink="false">c-1</guid></item>
<item><title>Thread</title><comments>https://forum.example/thread?id=9</comments><guid isPermaLink="false">c-2</guid></item>
</channel></rss>`);
    // Before, the post had no link.
    expect(wp!.link).toBe('https://c.example/2026/11/post/');
    expect(forum!.link).toBe('');
  });

  it('takes the page an item’s <source url> names when it names no other, and not a feed’s address or a front page', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>S</title><link>https://s.example/</link>
<item><title>Page</title><source url="https://orig.example/story/1">Orig</source></item>
<item><title>Feed</title><source url="https://orig.example/feed/">Orig</source></item>
<item><title>Feed file</title><source url="https://orig.example/news.xml">Orig</source></item>
<item><title>Front page</title><source url="https://orig.example/">Orig</source></item>
<item><title>Own link</title><link>https://s.example/a</link><source url="https://orig.example/story/2">Orig</source></item>
</channel></rss>`);
    expect(list.map((s) => s.link)).toEqual(['https://orig.example/story/1', '', '', '', 'https://s.example/a']);
  });

  it('resolves a permalink guid without a leading slash against the channel’s link, as other relative links', async () => {
    const [a, b, c] = await stories(`<rss version="2.0"><channel><title>P</title><link>https://p.example/site/</link>
<item><title>Relative permalink</title><guid isPermaLink="true">news/2.html</guid><description>Two.</description></item>
<item><title>Relative id</title><guid>news/3</guid><description>Three.</description></item>
<item><title>Not an address</title><guid isPermaLink="true">urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</guid><description>Four.</description></item>
</channel></rss>`);
    expect(a!.link).toBe('https://p.example/site/news/2.html');
    // Without isPermaLink said outright, "news/3" may be an id: no link is better than a made-up one.
    expect([b!.link, c!.link]).toEqual(['', '']);
  });
});

describe('dates RSS generators put where pubDate belongs', () => {
  it('dates an item that gives no date by a recent day written into its headline, and not by an event long past', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>Press</title><link>https://press.example.org/</link>
<item><title>Cabinet decisions – 26 February 2026</title><link>https://press.example.org/1</link></item>
<item><title>Weekly bulletin (Feb. 25, 2026)</title><link>https://press.example.org/2</link></item>
<item><title>Press release 24.02.2026</title><link>https://press.example.org/3</link></item>
<item><title>2026-02-23: Markets close higher</title><link>https://press.example.org/4</link></item>
<item><title>Budget 2026: what changes</title><link>https://press.example.org/5</link></item>
<item><title>Remembering 26 November 2008</title><link>https://press.example.org/6</link></item>
<item><title>Review of 12 January 2026</title><link>https://press.example.org/7</link><pubDate>Thu, 26 Feb 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`);
    // Before, each without a pubDate took the fetch time.
    expect(list.map((s) => new Date(s.published).toISOString().slice(0, 16))).toEqual([
      '2026-02-26T00:00', '2026-02-25T00:00', '2026-02-24T00:00', '2026-02-23T00:00', '2026-02-27T12:00', '2026-02-27T12:00', '2026-02-26T10:00',
    ]);
  });

  it('reads atom:updated, a10:updated and dcterms dates in RSS items without a pubDate', async () => {
    const list = await stories(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:a10="http://www.w3.org/2005/Atom" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>D</title>
<item><title>Atom date</title><link>https://d.example/1</link><atom:updated>2026-02-25T08:00:00Z</atom:updated></item>
<item><title>.NET date</title><link>https://d.example/2</link><a10:updated>2026-02-25T09:30:00+05:30</a10:updated></item>
<item><title>Dublin Core terms</title><link>https://d.example/3</link><dcterms:modified>2026-02-26T10:00:00Z</dcterms:modified><dcterms:created>2026-02-24T10:00:00Z</dcterms:created></item>
<item><title>pubDate first</title><link>https://d.example/4</link><pubDate>Tue, 24 Feb 2026 07:00:00 GMT</pubDate><atom:updated>2026-02-26T08:00:00Z</atom:updated></item>
</channel></rss>`);
    expect(list.map((s) => new Date(s.published).toISOString())).toEqual(['2026-02-25T08:00:00.000Z', '2026-02-25T04:00:00.000Z', '2026-02-24T10:00:00.000Z', '2026-02-24T07:00:00.000Z']);
  });
});

describe('publication dates in other elements', () => {
  it('reads atom:published before atom:updated, dcterms:issued, prism:publicationDate, and a bare <published>, <date> or <updated>', async () => {
    const list = await stories(`<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>D</title><link>https://d.example/</link>
<item><title>1</title><link>https://d.example/1</link><atom:published>2026-02-23T10:00:00Z</atom:published><atom:updated>2026-02-25T10:00:00Z</atom:updated></item>
<item><title>2</title><link>https://d.example/2</link><dcterms:issued>2026-02-22T10:00:00Z</dcterms:issued><dcterms:modified>2026-02-25T10:00:00Z</dcterms:modified></item>
<item><title>3</title><link>https://d.example/3</link><prism:publicationDate>2026-02-21T10:00:00Z</prism:publicationDate></item>
<item><title>4</title><link>https://d.example/4</link><published>2026-02-20T10:00:00Z</published></item>
<item><title>5</title><link>https://d.example/5</link><date>2026-02-19T10:00:00Z</date></item>
<item><title>6</title><link>https://d.example/6</link><updated>2026-02-18T10:00:00Z</updated></item>
</channel></rss>`);
    // Before: the update time for the first two, the fetch time for the rest.
    expect(list.map((s) => new Date(s.published).toISOString().slice(0, 10))).toEqual(['2026-02-23', '2026-02-22', '2026-02-21', '2026-02-20', '2026-02-19', '2026-02-18']);
  });
});

describe('dates as publishers localise them', () => {
  it.each([
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40Z'],
    // Dotted numeric dates are day-first: 5 March, not 3 May.
    ['05.03.2024', '2024-03-05T00:00:00Z'],
    ['05.03.2024 14:22 +0100', '2024-03-05T13:22:00Z'],
    ['31.12.2025, 23:59:59', '2025-12-31T23:59:59Z'],
    // Drupal's German medium date and the words around the numbers in de, fr, es, pt, it, nl (no date before).
    ['Do., 26.11.2026 - 14:05', '2026-11-26T14:05:00Z'],
    ['Donnerstag, 26.11.2026, 14:05 Uhr', '2026-11-26T14:05:00Z'],
    ['26.11.2026 um 14:05', '2026-11-26T14:05:00Z'],
    ['26 novembre 2026 à 14h05', '2026-11-26T14:05:00Z'],
    ['jueves, 26 de noviembre de 2026 a las 14:05', '2026-11-26T14:05:00Z'],
    ['quinta-feira, 26 de novembro de 2026 às 14:05', '2026-11-26T14:05:00Z'],
    ['26 novembre 2026 alle 14:05', '2026-11-26T14:05:00Z'],
    ['26 november 2026 om 14:05', '2026-11-26T14:05:00Z'],
    // Devanagari, Bengali and Urdu digits and Bengali and Urdu months, and Hindi's two-letter "मई" (no date before).
    ['२६ नवंबर २०२६ १४:०५ IST', '2026-11-26T08:35:00Z'],
    ['২৬ নভেম্বর ২০২৬ ১৪:০৫ +0600', '2026-11-26T08:05:00Z'],
    ['۲۶ نومبر ۲۰۲۶', '2026-11-26T00:00:00Z'],
    ['5 मई 2026', '2026-05-05T00:00:00Z'],
    // The day as an ordinal with a dot (de, fr), and two-digit years in numeric dates (no date before).
    ['Donnerstag, 26. November 2026, 14:05 Uhr', '2026-11-26T14:05:00Z'],
    ['Lundi, 16. Novembre 2020 - 15:54', '2020-11-16T15:54:00Z'],
    ['30.10.23', '2023-10-30T00:00:00Z'],
    ['10/30/23 21:55:58', '2023-10-30T21:55:58Z'],
    ['Di, 05 Mär 2024 14:22:11 +0100', '2024-03-05T13:22:11Z'],
    ['jeu., 04 juil. 2024 10:00:00 +0200', '2024-07-04T08:00:00Z'],
    ['sam, 01 juin 2024 10:00:00 +0200', '2024-06-01T08:00:00Z'],
    ['mié, 06 dic 2023 10:00:00 +0100', '2023-12-06T09:00:00Z'],
    ['Do, 04 Okt 2024 10:00:00 +0200', '2024-10-04T08:00:00Z'],
    ['मंगलवार, 05 मार्च 2024 14:22:11 +0530', '2024-03-05T08:52:11Z'],
    ['Tue Mar 05 2024 14:22:11 GMT+0530 (India Standard Time)', '2024-03-05T08:52:11Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(Date.parse(iso));
  });
});

describe('relative links outside Atom', () => {
  it('resolves RSS links against xml:base, else the site named in <link>, else the feed URL', async () => {
    const [a, b] = await stories(`<rss version="2.0" xml:base="https://base.example.org/section/"><channel><title>B</title><link>https://www.site.example/</link>
<item><title>Root</title><link>/news/1</link></item><item><title>Path</title><link>story/2.html</link></item></channel></rss>`);
    expect([a!.link, b!.link]).toEqual(['https://base.example.org/news/1', 'https://base.example.org/section/story/2.html']);
    const [c] = await stories(`<rss version="2.0"><channel><title>S</title><link>https://www.site.example/india/</link>
<item><title>Site</title><link>/news/3</link><description>&lt;img src="img/3.jpg"&gt;x</description></item></channel></rss>`, 'https://feeds.site-cdn.example/rss/india.xml');
    expect(c).toMatchObject({ link: 'https://www.site.example/news/3', image: 'https://www.site.example/india/img/3.jpg' });
    const [d] = await stories(`<rss version="2.0"><channel><title>R</title><link>/en/news</link>
<item><title>Relative site</title><link>/en/news/4</link></item></channel></rss>`, 'https://www.games.example/en/news/rss');
    expect(d!.link).toBe('https://www.games.example/en/news/4');
  });

  it('resolves an RSS item’s links against its own xml:base, and against a channel link with a path', async () => {
    const [a, b] = await stories(`<rss version="2.0"><channel><title>B</title><link>https://www.site.example/news/</link>
<item xml:base="https://other.example/sec/"><title>Item base</title><link>6.html</link><description>&lt;img src="p.jpg"&gt;x</description></item>
<item><title>Channel path</title><link>story/7.html</link></item></channel></rss>`);
    // Before, the item's xml:base was ignored: https://www.site.example/news/6.html and …/news/p.jpg.
    expect(a).toMatchObject({ link: 'https://other.example/sec/6.html', image: 'https://other.example/sec/p.jpg' });
    expect(b!.link).toBe('https://www.site.example/news/story/7.html');
  });

  it('resolves JSON Feed item URLs against home_page_url', async () => {
    const [s] = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', home_page_url: 'https://www.site.example/', items: [{ id: '1', url: '/posts/1', title: 'T', image: 'img/1.jpg', content_text: 'x' }] }), 'https://feeds.example.net/feed.json');
    expect(s).toMatchObject({ link: 'https://www.site.example/posts/1', image: 'https://www.site.example/img/1.jpg' });
  });
});

describe('output printed around the feed', () => {
  const feedXml = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>P</title><item><title>After the warning</title><link>https://p.example/1</link></item></channel></rss>';

  it('reads a feed that a PHP warning (HTML or text) precedes, and says so', async () => {
    const html = await parseFeed(`<br />\n<b>Warning</b>:  Cannot modify header information in <b>/var/www/feed.php</b> on line <b>12</b><br />\n${feedXml}`);
    expect(html.entries.map((e) => e.title)).toEqual(['After the warning']);
    expect(html.warning).toMatch(/ignored <br>, <b> outside the feed/);
    const text = await parseFeed(`Deprecated: Function create_function() is deprecated in /var/www/feed.php on line 3\n${feedXml}`);
    expect(text.entries.map((e) => e.title)).toEqual(['After the warning']);
    expect(text.warning).toMatch(/^ignored text before the feed \("Deprecated: Function/);
  });

  it('still refuses two feeds in one document, and text that is no feed', async () => {
    await expect(parseFeed(`<b>x</b>${feedXml.replace(/^<\?xml[^>]*>\n/, '')}<rss version="2.0"><channel><title>Q</title></channel></rss>`)).rejects.toThrow(/several root elements/);
    await expect(parseFeed('Service Temporarily Unavailable')).rejects.toThrow(/does not start with XML or JSON/);
  });
});

describe('naked markup in titles and Atom 0.3 summaries', () => {
  it('keeps a title written with inline tags, and Atom 0.3 inline XHTML', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>T</title>
<item><title><b>Breaking:</b> rates <i>rise</i></title><link>https://t.example/1</link><description>x</description></item></channel></rss>`);
    expect(s!.title).toBe('Breaking: rates rise');
    const [a, b] = await stories(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
<entry><title>A</title><link rel="alternate" type="text/html" href="https://o.example/1"/><summary type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml">History of the &lt;blink&gt; <b>tag</b> today</div></summary></entry>
<entry><title>B</title><link rel="alternate" type="text/html" href="https://o.example/2"/><summary>Entry <b>Summary</b> text</summary></entry></feed>`);
    expect(a!.text).toBe('History of the <blink> tag today');
    expect(b!.text).toBe('Entry Summary text');
  });

  it('reads an Atom title typed "text" as text, a "<" in it a character; markup written inline in it, or a title without a type, as HTML', async () => {
    const list = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>1</id><link href="https://t.example/1"/><title type="text">Use the &lt;video&gt; element: a how-to</title></entry>
<entry><id>2</id><link href="https://t.example/2"/><title type='text'>I &lt;3 NY &amp; x &lt; y</title></entry>
<entry><id>3</id><link href="https://t.example/3"/><title type="text"><b>Inline</b> tags</title></entry>
<entry><id>4</id><link href="https://t.example/4"/><title>&lt;b&gt;No type&lt;/b&gt; given</title></entry>
<entry><id>5</id><link href="https://t.example/5"/><title type="html">&lt;b&gt;Typed&lt;/b&gt; html &amp;amp; more</title></entry>
</feed>`);
    // Before, the first was "Use the": the rest of the headline went with the <video> tag.
    expect(list.map((s) => s.title)).toEqual(['Use the <video> element: a how-to', 'I <3 NY & x < y', 'Inline tags', 'No type given', 'Typed html & more']);
  });

  it('leaves markup inside CDATA alone', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>C</title>
<item><title><![CDATA[<b>Bold</b> in CDATA]]></title><link>https://c.example/1</link><description><![CDATA[<p>Kept <b>as</b> HTML <summary><i>inside</i></summary>.</p>]]></description></item></channel></rss>`);
    expect(s).toMatchObject({ title: 'Bold in CDATA', text: 'Kept as HTML inside.' });
  });
});

describe('where feeds put an item’s link other than <link>', () => {
  it('takes an RSS item’s atom:link alternate when it has no <link>', async () => {
    const [a, b] = await stories(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>A</title><link>https://site.example/</link>
<item><title>Only atom:link</title><atom:link rel="alternate" href="https://site.example/a/1"/></item>
<item><title>Self first</title><atom:link rel="self" href="https://site.example/feed"/><atom:link href="/a/2"/></item></channel></rss>`);
    expect([a!.link, b!.link]).toEqual(['https://site.example/a/1', 'https://site.example/a/2']);
  });

  it('takes, of an Atom entry’s alternates in several languages, the one in the feed’s or entry’s language', async () => {
    const [en, hi, none] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-IN"><title>L</title>
<entry><id>1</id><title>Budget</title><link rel="alternate" type="text/html" hreflang="hi" href="https://l.example/hi/1"/><link rel="alternate" type="text/html" hreflang="en" href="https://l.example/en/1"/></entry>
<entry xml:lang="hi"><id>2</id><title>बजट</title><link rel="alternate" hreflang="en" href="https://l.example/en/2"/><link rel="alternate" hreflang="hi-IN" href="https://l.example/hi/2"/></entry>
<entry><id>3</id><title>Plain</title><link rel="alternate" hreflang="ur" href="https://l.example/ur/3"/><link rel="alternate" href="https://l.example/3"/></entry>
</feed>`);
    // Before, the first alternate, whatever its language: the Hindi page of an English story.
    expect([en!.link, hi!.link, none!.link]).toEqual(['https://l.example/en/1', 'https://l.example/hi/2', 'https://l.example/3']);
  });

  it('takes an Atom entry’s HTML alternate, then <content src>, then a URL written as <link>’s text', async () => {
    const list = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>e1</id><title>PDF first</title><link rel="alternate" type="application/pdf" href="https://a.example/1.pdf"/><link rel="alternate" type="text/html" href="https://a.example/1"/></entry>
<entry><id>e2</id><title>Content src</title><link rel="self" href="https://a.example/api/2"/><content type="text/html" src="https://a.example/2.html"/></entry>
<entry><id>e3</id><title>Link as text</title><link>https://a.example/3</link></entry>
<entry><id>e4</id><title>Replies only</title><link rel="edit" href="https://a.example/api/4"/><link rel="replies" type="text/html" href="https://a.example/4#comment-form"/></entry>
</feed>`);
    expect(list.map((s) => s.link)).toEqual(['https://a.example/1', 'https://a.example/2.html', 'https://a.example/3', 'https://a.example/4']);
  });
});

describe('RSS links and pictures written unusually', () => {
  it('takes the first <link> that says something, and an Atom-style href on an RSS <link>', async () => {
    const [a, b] = await stories(`<rss version="2.0"><channel><title>L</title><link>https://l.example/</link>
<item><title>Empty slot first</title><link/><link>https://l.example/1</link></item>
<item><title>href</title><link href="/2"/></item></channel></rss>`);
    expect([a!.link, b!.link]).toEqual(['https://l.example/1', 'https://l.example/2']);
  });

  it('takes a media:thumbnail written inside a video’s media:content as the picture', async () => {
    const [s] = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>V</title>
<item><title>Clip</title><link>https://v.example/1</link><media:content url="https://v.example/1.mp4" medium="video"><media:thumbnail url="https://v.example/1.jpg"/></media:content></item></channel></rss>`);
    expect(s!.image).toBe('https://v.example/1.jpg');
  });

  it('takes a picture from an element the publisher named itself (<StoryImage>, <thumbimage>) when its text is a web link', async () => {
    const [a, b, c] = await stories(`<rss version="2.0"><channel><title>N</title><link>https://n.example/</link>
<item><title>Story</title><link>https://n.example/1</link><StoryImage>https://c.n.example/1.jpg</StoryImage></item>
<item><title>Thumb</title><link>https://n.example/2</link><thumbimage><![CDATA[ https://c.n.example/2.jpg ]]></thumbimage></item>
<item><title>Not a link</title><link>https://n.example/3</link><featured_image>none</featured_image></item></channel></rss>`);
    expect([a!.image, b!.image, c!.image]).toEqual(['https://c.n.example/1.jpg', 'https://c.n.example/2.jpg', null]);
  });

  it('looks at every <enclosure> for the picture, not only the first', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>E</title>
<item><title>Audio first</title><link>https://e.example/1</link><enclosure url="https://e.example/1.mp3" type="audio/mpeg" length="1"/><enclosure url="https://e.example/1.jpg" type="image/jpeg" length="1"/></item></channel></rss>`);
    expect(s!.image).toBe('https://e.example/1.jpg');
  });
});

describe('pictures behind lazy loading', () => {
  it('takes the data-src of an <img> whose src is a placeholder', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>P</title><link>https://p.example/</link>
<item><title>Lazy</title><link>https://p.example/1</link><description><![CDATA[<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/1.jpg" width="600"><p>Lead.</p><img src="/img/2.jpg">]]></description></item></channel></rss>`);
    expect(s).toMatchObject({ image: 'https://p.example/img/1.jpg', text: 'Lead.' });
  });

  it('passes over WordPress emoji, Gravatar avatars and WordPress.com comment badges for the story’s picture', async () => {
    const [emoji, avatar, badge] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>I</title><link>https://i.example/</link>
<item><title>Emoji</title><link>https://i.example/1</link><content:encoded><![CDATA[<p>Great news <img class="emoji" alt="🙂" src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f642.png"> today.</p><p><img src="/real.jpg"></p>]]></content:encoded></item>
<item><title>Avatar</title><link>https://i.example/2</link><content:encoded><![CDATA[<p><img src="https://secure.gravatar.com/avatar/abc?s=96" class="avatar avatar-96" height="96" width="96"> Copy.</p>]]></content:encoded></item>
<item><title>Badge</title><link>https://i.example/3</link><content:encoded><![CDATA[<p>Copy.</p><a href="http://feeds.wordpress.com/1.0/gocomments/x.wordpress.com/3/"><img alt="" border="0" src="http://feeds.wordpress.com/1.0/comments/x.wordpress.com/3/" /></a>]]></content:encoded></item>
</channel></rss>`);
    // Before, each of those was the story's picture.
    expect([emoji!.image, avatar!.image, badge!.image]).toEqual(['https://i.example/real.jpg', null, null]);
  });

  it('takes the widest picture of a srcset when the <img> names its picture only there', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>P</title><link>https://p.example/</link>
<item><title>Responsive</title><link>https://p.example/1</link><description><![CDATA[<img srcset="https://cdn.p.example/w_300,h_200/a.jpg 300w, https://cdn.p.example/w_900,h_600/a.jpg 900w" alt=""><p>Lead.</p>]]></description></item>
<item><title>Lazy srcset</title><link>https://p.example/2</link><description><![CDATA[<img src="data:image/gif;base64,R0lGOD" data-srcset="/img/b-600.jpg 600w, /img/b-1200.jpg 1200w"><p>Lead.</p>]]></description></item>
</channel></rss>`);
    expect(list.map((s) => s.image)).toEqual(['https://cdn.p.example/w_900,h_600/a.jpg', 'https://p.example/img/b-1200.jpg']);
  });
});

describe('pixels, icons and placeholders before the story’s picture', () => {
  it('passes over counters named by host, pixels sized in "px" or by style, share-button icons and a lazy loader’s placeholder file', async () => {
    const item = (n: number, img: string) => `<item><title>T${n}</title><link>https://q.example/${n}</link><description><![CDATA[${img}<p>Copy.</p><img src="/real${n}.jpg">]]></description></item>`;
    const list = await stories(`<rss version="2.0"><channel><title>Q</title><link>https://q.example/</link>
${item(1, '<img src="https://stats.wordpress.com/b.gif?host=q.example&blog=1&post=2" alt="">')}
${item(2, '<img src="https://www.google-analytics.com/collect?v=1&tid=UA-1">')}
${item(3, '<img src="https://ad.doubleclick.net/ddm/ad/x" width="1px" height="1px">')}
${item(4, '<img src="https://t.q-mail.example/o/abc.gif" style="width:1px;height:1px;border:0">')}
${item(5, '<a href="https://pheedcontent.example/click"><img border="0" title="Add to Facebook" alt="Add to Facebook" src="http://images.pheedo.com/images/mm/facebook.gif"/></a>')}
${item(6, '<a href="https://facebook.com/sharer"><img src="/icons/twitter-icon.png"></a>')}
${item(7, '<img src="/bullets/dot.png" width="16" height="16">')}
${item(8, '<img src="/wp-content/plugins/lazy-load/images/placeholder.gif" data-lazy-src="/photo8.jpg" class="lazyload">')}
</channel></rss>`);
    // Before, the first <img> of each was the story's picture.
    expect(list.map((s) => s.image)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `https://q.example/real${n}.jpg`).concat('https://q.example/photo8.jpg'));
  });

  it('passes over a theme’s or lazy loader’s stand-in file named for what it is, and keeps a picture whose name only starts so', async () => {
    const item = (n: number, img: string) => `<item><title>T${n}</title><link>https://q.example/${n}</link><description><![CDATA[${img}<p>Copy.</p><img src="/real${n}.jpg">]]></description></item>`;
    const list = await stories(`<rss version="2.0"><channel><title>Q</title><link>https://q.example/</link>
${item(1, '<img src="https://q.example/wp-content/themes/x/images/placeholder.png">')}
${item(2, '<img src="/assets/lazy.svg" class="lazy">')}
${item(3, '<img src="/img/no-image.jpg">')}
${item(4, '<img src="/img/default-thumbnail-300x200.png">')}
${item(5, '<img src="/photos/lazy-river-rafting.jpg">')}
</channel></rss>`);
    expect(list.map((s) => s.image)).toEqual([1, 2, 3, 4].map((n) => `https://q.example/real${n}.jpg`).concat('https://q.example/photos/lazy-river-rafting.jpg'));
  });

  it('keeps a picture whose size says nothing ("auto", "100%", empty) and one of a modest size', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>Q</title><link>https://q.example/</link>
<item><title>A</title><link>https://q.example/a</link><description><![CDATA[<img src="/a.jpg" width="" height="auto"><p>Copy.</p>]]></description></item>
<item><title>B</title><link>https://q.example/b</link><description><![CDATA[<img src="/b.jpg" width="100%"><p>Copy.</p>]]></description></item>
<item><title>C</title><link>https://q.example/c</link><description><![CDATA[<img src="/c.jpg" width="120" height="80"><p>Copy.</p>]]></description></item>
</channel></rss>`);
    expect(list.map((s) => s.image)).toEqual(['https://q.example/a.jpg', 'https://q.example/b.jpg', 'https://q.example/c.jpg']);
  });

  it('takes the widest of a picture’s media:content sizes (the Guardian’s 140 and 460), and the one that states no width first', async () => {
    const [guardian, undeclared] = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>G</title>
<item><title>Sizes</title><link>https://g.example/1</link><media:content width="140" url="https://i.g.example/a.jpg?w=140"/><media:content width="460" url="https://i.g.example/a.jpg?w=460"/></item>
<item><title>Original</title><link>https://g.example/2</link><media:content width="140" url="https://i.g.example/b.jpg?w=140"/><media:content url="https://i.g.example/b.jpg"/></item>
</channel></rss>`);
    expect([guardian!.image, undeclared!.image]).toEqual(['https://i.g.example/a.jpg?w=460', 'https://i.g.example/b.jpg']);
  });

  it('asks Blogger’s picture host for a post’s picture at 1600 wide, not the 72×72 crop or the 320-wide copy the feed names', async () => {
    const [thumb, content, other] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Blog</title>
<entry><id>1</id><title>Thumb only</title><link rel="alternate" type="text/html" href="https://b.blogspot.com/1.html"/><content type="html">Text</content><media:thumbnail url="https://1.bp.blogspot.com/-abc/XYZ/AAA/def/s72-c/metro.png" height="72" width="72"/></entry>
<entry><id>2</id><title>In content</title><link rel="alternate" type="text/html" href="https://b.blogspot.com/2.html"/><content type="html">&lt;img src="https://blogger.googleusercontent.com/img/b/R29v/w400-h225-rw/budget.jpg"&gt;Text</content><media:thumbnail url="https://blogger.googleusercontent.com/img/b/R29v/s72-w400-c-h225/budget.jpg" height="72" width="72"/></entry>
<entry><id>3</id><title>Other host</title><link rel="alternate" type="text/html" href="https://b.blogspot.com/3.html"/><content type="html">Text</content><media:thumbnail url="https://img.b.example/s72-c/c.jpg" height="72" width="72"/></entry></feed>`);
    expect([thumb!.image, content!.image, other!.image]).toEqual([
      'https://1.bp.blogspot.com/-abc/XYZ/AAA/def/s1600/metro.png',
      'https://blogger.googleusercontent.com/img/b/R29v/s1600/budget.jpg',
      'https://img.b.example/s72-c/c.jpg',
    ]);
  });
});

describe('emoji written as pictures', () => {
  it('keeps the character of an emoji WordPress or a widget wrote as a picture, in the text and the title', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>E</title><link>https://e.example/</link>
<item><title>Win &lt;img draggable="false" role="img" class="emoji" alt="🏆" src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f3c6.png"&gt; for India</title><link>https://e.example/1</link>
<description><![CDATA[<p>Flag <img class="emoji" draggable="false" role="img" alt="🇮🇳" src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f1ee-1f1f3.png"> flies <img src="/wp-includes/images/smilies/simple-smile.png" alt=":)" class="wp-smiley" style="height: 1em; max-height: 1em;"> high.</p><p><img src="/photo.jpg" alt="The flag at the fort"></p>]]></description></item></channel></rss>`);
    expect(s).toMatchObject({ title: 'Win 🏆 for India', text: 'Flag 🇮🇳 flies :) high.', image: 'https://e.example/photo.jpg' });
  });
});

describe('link cards in the copy', () => {
  it('drops a Ghost bookmark card and a WordPress embed of another post: that page’s title and blurb are not this story’s copy', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>G</title><item><title>Port strike ends</title><link>https://g.example/1</link><description><![CDATA[<p>Workers return on Friday.</p><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://o.example/s"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Earlier: the strike begins</div><div class="kg-bookmark-description">How it started.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Other</span></div></div></a></figure><blockquote class="wp-embedded-content"><a href="https://g.example/0">Strike day one</a></blockquote><p>Cargo backlog will take weeks.</p>]]></description></item></channel></rss>`);
    expect(s!.text).toBe('Workers return on Friday.\n\nCargo backlog will take weeks.');
  });
});

describe('items without a title', () => {
  it('takes the first sentence as the headline, past abbreviations and decimals, and the first words of a long run-on line', async () => {
    const item = (n: number, text: string) => `<item><link>https://u.example/${n}</link><description>${text}</description></item>`;
    const list = await stories(`<rss version="2.0"><channel><title>U</title>
${item(1, 'A statement on the visit of the Foreign Minister of Japan. The visit strengthens ties. More follows.')}
${item(2, 'Just a quick note today: the metro line opens on Monday and fares start at ten rupees.')}
${item(3, 'Mr. Modi met U.S. President Smith in Washington on Nov. 26 to discuss trade. Talks went on.')}
${item(4, 'Rainfall of 12.5 mm was recorded in Delhi on Thursday, the IMD said. More rain is expected.')}
${item(5, 'प्रधानमंत्री ने आज नई योजना की घोषणा की। यह योजना किसानों के लिए है।')}
${item(6, 'Short post without any stop')}
${item(7, `A very long first sentence that goes on about the summit, ${'the talks on trade, climate and security, '.repeat(4)}with no end in sight`)}
</channel></rss>`);
    // Before, each was its first twelve words and "…", cut mid-sentence.
    expect(list.map((s) => s.title)).toEqual([
      'A statement on the visit of the Foreign Minister of Japan',
      'Just a quick note today: the metro line opens on Monday and fares start at ten rupees',
      'Mr. Modi met U.S. President Smith in Washington on Nov. 26 to discuss trade',
      'Rainfall of 12.5 mm was recorded in Delhi on Thursday, the IMD said',
      'प्रधानमंत्री ने आज नई योजना की घोषणा की।',
      'Short post without any stop',
      'A very long first sentence that goes on about the summit, the…',
    ]);
    expect(list[0]!.text).toBe('A statement on the visit of the Foreign Minister of Japan. The visit strengthens ties. More follows.');
  });

  it('heads a post whose title is a CMS’s placeholder ("(no title)", "Untitled") or its own address by its first sentence', async () => {
    const item = (n: number, title: string, text: string) => `<item><title>${title}</title><link>https://u.example/${n}</link><description>${text}</description></item>`;
    const list = await stories(`<rss version="2.0"><channel><title>U</title>
${item(1, '(no title)', 'The metro opens on Monday. Fares start at ten rupees.')}
${item(2, 'Untitled', 'Budget session begins today. More soon.')}
${item(3, 'https://u.example/3', 'Flood alert issued for the coast. Details follow.')}
${item(4, 'Untitled', '')}
${item(5, 'Untitled: a film about silence', 'Review. The film is quiet.')}
</channel></rss>`);
    expect(list.map((s) => s.title)).toEqual(['The metro opens on Monday', 'Budget session begins today', 'Flood alert issued for the coast', 'Untitled', 'Untitled: a film about silence']);
  });
});

describe('podcast and video feeds', () => {
  it('reads itunes:title, itunes:summary or subtitle and itunes:author where the usual elements are missing', async () => {
    const [a, b] = await stories(`<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Pod</title><link>https://pod.example/</link>
<item><title>Ep 1</title><link>https://pod.example/ep/1</link><itunes:summary>We talk &lt;b&gt;trade&lt;/b&gt; policy.</itunes:summary><itunes:author>Host One</itunes:author><pubDate>Wed, 25 Nov 2026 05:00:00 +0000</pubDate></item>
<item><itunes:title>Ep 2</itunes:title><itunes:subtitle>Subtitle only.</itunes:subtitle><guid>https://pod.example/ep/2</guid><enclosure url="https://cdn.pod.example/ep2.mp3" length="1" type="audio/mpeg"/></item>
</channel></rss>`);
    expect(a).toMatchObject({ title: 'Ep 1', text: 'We talk trade policy.', author: 'Host One' });
    // Before, an item with only itunes:title and itunes:subtitle was no story at all.
    expect(b).toMatchObject({ title: 'Ep 2', text: 'Subtitle only.', link: 'https://pod.example/ep/2' });
  });

  it('links an episode with neither link nor permalink guid to its audio, not to nothing', async () => {
    const [ep, linked] = await stories(`<rss version="2.0"><channel><title>Pod</title><link>https://pod.example/</link>
<item><title>Ep 3</title><description>We discuss the budget.</description><enclosure url="https://pod.example/i/3.jpg" type="image/jpeg"/><enclosure url="/audio/ep3.mp3?utm_source=rss" length="123" type="audio/mpeg"/><guid isPermaLink="false">ep3</guid></item>
<item><title>Ep 4</title><link>https://pod.example/ep/4</link><enclosure url="https://pod.example/audio/ep4.mp3" type="audio/mpeg"/></item>
</channel></rss>`);
    // Before, the link was "" (a story without a link).
    expect(ep).toMatchObject({ title: 'Ep 3', text: 'We discuss the budget.', link: 'https://pod.example/audio/ep3.mp3', image: 'https://pod.example/i/3.jpg' });
    expect(linked!.link).toBe('https://pod.example/ep/4');
  });

  it('links an episode to an enclosure whose type is empty or left out when its file is audio or video', async () => {
    const [empty, none, picture] = await stories(`<rss version="2.0"><channel><title>Pod</title><link>https://pod.example/</link>
<item><title>Ep 5</title><enclosure url="https://cdn.pod.example/ep5.mp3" length="0" type=""/><guid isPermaLink="false">ep5</guid></item>
<item><title>Ep 6</title><enclosure url="https://cdn.pod.example/ep6.m4a?t=1" length="1"/><guid isPermaLink="false">ep6</guid></item>
<item><title>Ep 7</title><enclosure url="https://cdn.pod.example/ep7.jpg" length="1"/><guid isPermaLink="false">ep7</guid></item>
</channel></rss>`);
    // Before, both were stories without a link.
    expect(empty!.link).toBe('https://cdn.pod.example/ep5.mp3');
    expect(none!.link).toBe('https://cdn.pod.example/ep6.m4a?t=1');
    // A picture is no episode's file, but with nothing else to open it is the item's link (no link at all until the eighteenth sweep).
    expect(picture).toMatchObject({ link: 'https://cdn.pod.example/ep7.jpg', image: 'https://cdn.pod.example/ep7.jpg' });
  });

  it('links an episode to the publisher’s file FeedBurner names beside its own counting copy', async () => {
    const [s] = await stories(`<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>Pod</title>
<item><title>Ep 8</title><enclosure url="https://feeds.feedburner.com/~r/pod/~5/abc/ep8.mp3" type="audio/mpeg"/><feedburner:origEnclosureLink>https://pod.example/ep8.mp3</feedburner:origEnclosureLink></item>
</channel></rss>`);
    // Before, the link was FeedBurner's copy, a different link in every proxy.
    expect(s!.link).toBe('https://pod.example/ep8.mp3');
  });

  it('reads dc:description, googleplay:description and googleplay:author where the usual elements are missing', async () => {
    const [rdf] = await stories(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
<item rdf:about="https://r.example/1"><title>DC</title><link>https://r.example/1</link><dc:description>What the item says.</dc:description></item></rdf:RDF>`);
    const [play] = await stories(`<rss version="2.0" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><title>P</title>
<item><title>Play</title><link>https://p.example/1</link><googleplay:description>Episode notes.</googleplay:description><googleplay:author>Host Two</googleplay:author></item></channel></rss>`);
    // Before, both had no text, and the second no author.
    expect(rdf!.text).toBe('What the item says.');
    expect(play).toMatchObject({ text: 'Episode notes.', author: 'Host Two' });
  });

  it('reads a YouTube entry’s media:group description as its text', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Chan</title>
<entry><id>yt:video:abc</id><title>Video</title><link rel="alternate" href="https://www.youtube.com/watch?v=abc"/><published>2026-02-25T10:00:00+00:00</published>
<media:group><media:title>Video</media:title><media:thumbnail url="https://i.ytimg.com/vi/abc/hqdefault.jpg"/><media:description>What the video is about.</media:description></media:group></entry></feed>`);
    expect(s).toMatchObject({ text: 'What the video is about.', image: 'https://i.ytimg.com/vi/abc/hqdefault.jpg' });
  });

  it('reads the media:description and media:title written inside an item’s only media:content', async () => {
    const [s] = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>V</title>
<item><link>https://v.example/4</link><media:content url="https://v.example/4.mp4" medium="video"><media:title>Flood waters rise</media:title><media:description>What happens in the clip.</media:description><media:thumbnail url="https://v.example/4.jpg"/></media:content></item></channel></rss>`);
    // Before, the item had neither title nor text: it was no story.
    expect(s).toMatchObject({ title: 'Flood waters rise', text: 'What happens in the clip.', image: 'https://v.example/4.jpg' });
  });

  it('links a YouTube entry without an alternate link to its video’s page by yt:videoId', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/"><title>Chan</title>
<entry><id>yt:video:def456</id><yt:videoId>def456</yt:videoId><title>Short</title><published>2026-02-25T10:00:00+00:00</published>
<media:group><media:title>Short</media:title><media:thumbnail url="https://i.ytimg.com/vi/def456/hqdefault.jpg"/></media:group></entry></feed>`);
    expect(s!.link).toBe('https://www.youtube.com/watch?v=def456');
  });

  it('keeps the lines of a plain-text description apart, and a blank line still parts paragraphs', async () => {
    const description = 'Highlights of the third ODI.\nKohli scored 104 off 96 balls.\n\nSubscribe: https://www.youtube.com/c/desk?sub_confirmation=1\nFollow us on X: https://x.com/desk';
    const [yt, rss, amp] = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Chan</title><link>https://www.youtube.com/c/desk</link>
<item><title>Video</title><link>https://www.youtube.com/watch?v=abc</link><media:group><media:description>${description.replace(/&/g, '&amp;')}</media:description></media:group></item>
<item><title>Bare</title><link>https://www.youtube.com/watch?v=def</link><description>Line one.\r\nLine two.\r\n\r\nSecond paragraph.</description></item>
<item><title>Entity</title><link>https://www.youtube.com/watch?v=ghi</link><description>Tom &amp;amp; Jerry.\nLine two.</description></item>
</channel></rss>`);
    // Before, each block ran its lines together: "Highlights of the third ODI. Kohli scored…", "Subscribe: https://… Follow us on X: …".
    // Each on its own line, "Subscribe: https://…" and "Follow us on X: …" are seen as the prompts they are, and go.
    expect(yt!.text.split('\n\n')).toEqual(['Highlights of the third ODI.', 'Kohli scored 104 off 96 balls.']);
    expect(rss!.text.split('\n\n')).toEqual(['Line one.', 'Line two.', 'Second paragraph.']);
    // An entity in the text does not make it HTML, whose line breaks are spaces.
    expect(amp!.text.split('\n\n')).toEqual(['Tom & Jerry.', 'Line two.']);
  });

  it('drops a video description’s channel links, their heading and its hashtags, and keeps a link in the copy', async () => {
    const description = [
      'PM meets the Sri Lankan President in New Delhi.\nThe two leaders discussed fisheries. Read the full report: https://www.thehindu.com/news/a1.ece',
      'Subscribe: https://www.youtube.com/@desk?sub_confirmation=1\nFollow us:\nFacebook: https://www.facebook.com/desk\nTwitter: https://twitter.com/desk\nWebsite: https://www.desk.example\nLike us on Facebook ► https://www.facebook.com/desk\nFor more videos, subscribe to our channel https://www.youtube.com/@desk',
      '#Desk #Modi #SriLanka',
      '👉 Subscribe: https://www.youtube.com/@desk\nInstagram ➜ https://instagram.com/desk\n🌐 Website: https://desk.example\nTelegram 👉 https://t.me/desk',
      'Find us:\nat the district court, all week.',
    ].join('\n\n');
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Desk</title>
<entry><id>yt:video:abc</id><title>Video</title><link rel="alternate" href="https://www.youtube.com/watch?v=abc"/><published>2026-02-25T10:00:00+00:00</published>
<media:group><media:title>Video</media:title><media:description>${description.replace(/&/g, '&amp;')}</media:description></media:group></entry></feed>`);
    // Before, every link line, "Follow us:" and the hashtags stayed as paragraphs of the story.
    expect(s!.text.split('\n\n')).toEqual([
      'PM meets the Sri Lankan President in New Delhi.',
      'The two leaders discussed fisheries. Read the full report: https://www.thehindu.com/news/a1.ece',
      'Find us:',
      'at the district court, all week.',
    ]);
  });

  it('drops the rules of a stylesheet a feed left as text when it stripped the tags', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>G</title><item><title>Sale</title><link>https://g.example/1</link><description><![CDATA[
Bags are 15% off this weekend!

.share-link a { margin: 0 10px 0 0; background: url(http://cdn.g.example/icon.png) no-repeat 0 0;
  display: inline-block; }
.share-link .youtube {
background-position: -60px 0;
}
Use the {name} field to sign: it is optional.
]]></description></item></channel></rss>`);
    // Before, the rules ran on as the story's last paragraph (since plain text keeps lines: one paragraph a line).
    expect(s!.text.split('\n\n')).toEqual(['Bags are 15% off this weekend!', 'Use the {name} field to sign: it is optional.']);
  });

  it('joins plain text wrapped at a width into one paragraph', async () => {
    const wrapped = 'The finance minister said on Thursday that the bill\nwould be tabled in the winter session, and that the\nopposition had been consulted on its main clauses.\n\nA second paragraph.';
    const [s] = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', title: 'T', content_text: wrapped }] }));
    expect(s!.text.split('\n\n')).toEqual(['The finance minister said on Thursday that the bill would be tabled in the winter session, and that the opposition had been consulted on its main clauses.', 'A second paragraph.']);
  });
});

describe('authors', () => {
  it('gives entries without an author the Atom feed’s; drops Blogger’s "Unknown"', async () => {
    const [a, b, c] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><author><name>Desk Editor</name></author>
<entry><id>1</id><title>Inherits</title><link href="https://a.example/1"/></entry>
<entry><id>2</id><title>Own</title><link href="https://a.example/2"/><author><name>Asha Rao</name></author></entry>
<entry><id>3</id><title>Hidden</title><link href="https://a.example/3"/><author><name>Unknown</name><email>noreply@blogger.com</email></author></entry></feed>`);
    expect([a!.author, b!.author, c!.author]).toEqual(['Desk Editor', 'Asha Rao', null]);
  });

  it('gives RSS items without an author the channel’s managingEditor, dc:creator or itunes:author when that is a name', async () => {
    const feed = (channel: string) => `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>K</title>${channel}
<item><title>A</title><link>https://k.example/1</link></item>
<item><title>B</title><link>https://k.example/2</link><dc:creator>Sonam Wangmo</dc:creator></item></channel></rss>`;
    // Before, the channel's name was never read: every item without its own had no author.
    const editor = await stories(feed('<managingEditor>desk@k.example (Kuensel News Desk)</managingEditor>'));
    expect(editor.map((s) => s.author)).toEqual(['Kuensel News Desk', 'Sonam Wangmo']);
    expect((await stories(feed('<dc:creator>Pema Choden</dc:creator>')))[0]!.author).toBe('Pema Choden');
    expect((await stories(feed('<itunes:author>BBS Radio</itunes:author>')))[0]!.author).toBe('BBS Radio');
    // An address alone is no name.
    expect((await stories(feed('<managingEditor>editor@k.example</managingEditor>')))[0]!.author).toBeNull();
  });

  it('reads an RSS byline written as a link, with Atom’s <name> inside, or as atom:author', async () => {
    const list = await stories(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title>
<item><title>Linked</title><link>https://r.example/1</link><author>by <a class="author" rel="author" href="/author/asha-rao">Asha Rao</a></author></item>
<item><title>Linked creator</title><link>https://r.example/2</link><dc:creator><a href="/people/vikram">Vikram Sen</a></dc:creator></item>
<item><title>Named</title><link>https://r.example/3</link><author><name>Meera Iyer</name><title>Correspondent</title></author></item>
<item><title>Atom author</title><link>https://r.example/4</link><atom:author><atom:name>Ravi Das</atom:name></atom:author></item>
<item><title>Plain</title><link>https://r.example/5</link><dc:creator>Lena Park</dc:creator></item>
</channel></rss>`);
    expect(list.map((s) => s.author)).toEqual(['Asha Rao', 'Vikram Sen', 'Meera Iyer', 'Ravi Das', 'Lena Park']);
  });

  it('takes no WordPress "admin" or profile URL for a name, and the next author the item names instead', async () => {
    const list = await stories(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>A</title>
<item><title>1</title><link>https://a.example/1</link><dc:creator>admin</dc:creator></item>
<item><title>2</title><link>https://a.example/2</link><dc:creator>https://www.facebook.com/jane.doe</dc:creator><author>jane@a.example (Jane Doe)</author></item>
<item><title>3</title><link>https://a.example/3</link><dc:creator>Unknown</dc:creator><author>Ravi Kumar</author></item>
</channel></rss>`);
    // Before: "admin", the profile URL, and no author at all for the third.
    expect(list.map((s) => s.author)).toEqual([null, 'Jane Doe', 'Ravi Kumar']);
  });

  it('reads "Name (address)" as the name, as it reads "address (Name)", and the name after "By:" or "Written by"', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>A</title>
<item><title>1</title><link>https://a.example/1</link><author>Jane Doe (jane@a.example)</author></item>
<item><title>2</title><link>https://a.example/2</link><author>jane@a.example (Jane Doe)</author></item>
<item><title>3</title><link>https://a.example/3</link><author>Desk (Delhi)</author></item>
<item><title>4</title><link>https://a.example/4</link><author>By: Asha Rao</author></item>
<item><title>5</title><link>https://a.example/5</link><author>Written by Ravi Kumar</author></item>
<item><title>6</title><link>https://a.example/6</link><author>Bypass Road Desk</author></item>
</channel></rss>`);
    // Before, the first was "Jane Doe (jane@a.example)", then "By: Asha Rao" and "Written by Ravi Kumar".
    expect(list.map((s) => s.author)).toEqual(['Jane Doe', 'Jane Doe', 'Desk (Delhi)', 'Asha Rao', 'Ravi Kumar', 'Bypass Road Desk']);
  });

  it('reads the name without the job after it, and no name in a template’s "null" or "N/A"', async () => {
    const list = await stories(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>A</title>
<item><title>1</title><link>https://a.example/1</link><dc:creator>Jane Doe | Staff Writer</dc:creator></item>
<item><title>2</title><link>https://a.example/2</link><dc:creator>By Asha Rao, Special Correspondent</dc:creator></item>
<item><title>3</title><link>https://a.example/3</link><dc:creator>Ravi Kumar - Senior Reporter, Delhi</dc:creator></item>
<item><title>4</title><link>https://a.example/4</link><dc:creator>Jane Doe, John Roe</dc:creator></item>
<item><title>5</title><link>https://a.example/5</link><dc:creator>Sports Editor</dc:creator></item>
<item><title>6</title><link>https://a.example/6</link><dc:creator>null</dc:creator><author>Desk (Delhi)</author></item>
<item><title>7</title><link>https://a.example/7</link><dc:creator>N/A</dc:creator></item>
</channel></rss>`);
    expect(list.map((s) => s.author)).toEqual(['Jane Doe', 'Asha Rao', 'Ravi Kumar', 'Jane Doe, John Roe', 'Sports Editor', 'Desk (Delhi)', null]);
  });

  it('gives a Reddit poster’s name without Reddit’s "/u/" path, and leaves other slashes alone', async () => {
    const list = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>r/india</title>
<entry><id>t3_1</id><title>Post</title><link href="https://www.reddit.com/r/india/comments/1/x/"/><author><name>/u/some_one-2</name><uri>https://www.reddit.com/user/some_one-2</uri></author></entry>
<entry><id>t3_2</id><title>Desk</title><link href="https://d.example/2"/><author><name>/u/ and friends</name></author></entry>
<entry><id>t3_3</id><title>Desk</title><link href="https://d.example/3"/><author><name>Staff/Agencies</name></author></entry></feed>`);
    expect(list.map((s) => s.author)).toEqual(['some_one-2', '/u/ and friends', 'Staff/Agencies']);
  });
});

describe('element names in another case', () => {
  it('reads <pubdate>, <PubDate> and <Link> as the RSS elements they are', async () => {
    const [a, b] = await stories(`<rss version="2.0"><channel><title>C</title>
<item><title>Lower</title><link>https://c.example/1</link><pubdate>Wed, 25 Feb 2026 10:00:00 GMT</pubdate></item>
<item><Title>Upper</Title><Link>https://c.example/2</Link><PubDate>Wed, 25 Feb 2026 11:00:00 GMT</PubDate></item></channel></rss>`);
    expect(a!.published).toBe(Date.parse('2026-02-25T10:00:00Z'));
    expect(b).toMatchObject({ title: 'Upper', link: 'https://c.example/2', published: Date.parse('2026-02-25T11:00:00Z') });
  });
});

describe('text escaped or encoded the old way', () => {
  it('keeps a plain-text autolink ("<https://…>") as text, in plain text and among real markup', async () => {
    const [a, b, c] = await stories(`<rss version="2.0"><channel><title>E</title>
<item><title>Plain</title><link>https://e.example/1</link><description>Full text: &lt;https://mea.gov.in/press-releases.htm?dtl/1&gt; and &lt;mailto:desk@e.example&gt;.</description></item>
<item><title>Lines</title><link>https://e.example/2</link><description><![CDATA[Read it <https://e.example/a?b=1&c=2> today.
Second line.]]></description></item>
<item><title>Markup</title><link>https://e.example/3</link><description>&lt;p&gt;See &lt;a href="https://a.example"&gt;this&lt;/a&gt; and &lt;https://b.example/x&gt; too.&lt;/p&gt;</description></item>
</channel></rss>`);
    // Before, each was read as a tag and the URL was gone ("Full text: and .").
    expect(a!.text).toBe('Full text: <https://mea.gov.in/press-releases.htm?dtl/1> and <mailto:desk@e.example>.');
    expect(b!.text).toBe('Read it <https://e.example/a?b=1&c=2> today.\n\nSecond line.');
    expect(c!.text).toBe('See this and <https://b.example/x> too.');
  });

  it('reads a description whose HTML was escaped twice as HTML, and leaves an escaped tag in real markup alone', async () => {
    const [a, b, c] = await stories(`<rss version="2.0"><channel><title>E</title>
<item><title>Twice</title><link>https://e.example/1</link><description>&amp;lt;p&amp;gt;First para &amp;amp;amp; more.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Second.&amp;lt;/p&amp;gt;</description></item>
<item><title>Escaped in CDATA</title><link>https://e.example/2</link><description><![CDATA[&lt;p&gt;Escaped &lt;b&gt;inside&lt;/b&gt; CDATA.&lt;/p&gt;]]></description></item>
<item><title>Talks about a tag</title><link>https://e.example/3</link><description>&lt;p&gt;The &amp;lt;blink&amp;gt; tag is gone.&lt;/p&gt;</description></item>
</channel></rss>`);
    expect(a!.text).toBe('First para & more.\n\nSecond.');
    expect(b!.text).toBe('Escaped inside CDATA.');
    expect(c!.text).toBe('The <blink> tag is gone.');
  });

  it('decodes a body escaped twice inside CDATA once more, and three times escaped tags as tags; never a story’s shown tag into markup', async () => {
    const [a, b, c, d, e] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>E</title>
<item><title>Text</title><link>https://e.example/1</link><description><![CDATA[Tom &amp;amp; Jerry &amp;quot;live&amp;quot; at 8&amp;nbsp;pm]]></description></item>
<item><title>Markup</title><link>https://e.example/2</link><description><![CDATA[<p>Tom &amp;amp; Jerry&amp;#8217;s show</p>]]></description></item>
<item><title>Thrice</title><link>https://e.example/3</link><content:encoded><![CDATA[&amp;lt;p&amp;gt;First.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Second.&amp;lt;/p&amp;gt;]]></content:encoded></item>
<item><title>Shown tag</title><link>https://e.example/4</link><description><![CDATA[&lt;p&gt;Type &amp;lt;b&amp;gt; for bold &amp;amp; more.&lt;/p&gt;]]></description></item>
<item><title>Once</title><link>https://e.example/5</link><description><![CDATA[AT&amp;T and R&amp;D &lt;3]]></description></item>
</channel></rss>`);
    // Before: "Tom &amp; Jerry &quot;live&quot; at 8&nbsp;pm", "Tom &amp; Jerry&#8217;s show", "&lt;p&gt;First.&lt;/p&gt;…".
    expect(a!.text).toBe('Tom & Jerry "live" at 8 pm');
    expect(b!.text).toBe('Tom & Jerry’s show');
    expect(c!.text).toBe('First.\n\nSecond.');
    expect(d!.text).toBe('Type <b> for bold & more.');
    expect(e!.text).toBe('AT&T and R&D <3');
  });

  it('reads a body escaped twice as HTML by any closing tag, and leaves a tag the copy names as text', async () => {
    const [a, b, c] = await stories(`<rss version="2.0"><channel><title>E</title>
<item><title>a</title><link>https://e.example/1</link><description>&amp;lt;article&amp;gt;&amp;lt;section&amp;gt;Para one&amp;lt;/section&amp;gt;&amp;lt;section&amp;gt;Para two&amp;lt;/section&amp;gt;&amp;lt;/article&amp;gt;</description></item>
<item><title>b</title><link>https://e.example/2</link><description><![CDATA[&lt;font face="Arial"&gt;Old&lt;/font&gt; &lt;iframe src="https://www.youtube.com/embed/x"&gt;&lt;/iframe&gt;]]></description></item>
<item><title>c</title><link>https://e.example/3</link><description><![CDATA[The &lt;section&gt; element is new in HTML5.]]></description></item>
</channel></rss>`);
    // Before, the first two showed their markup: "<article><section>Para one</section>…", "<font face=…>Old</font> <iframe…>".
    expect([a!.text, b!.text, c!.text]).toEqual(['Para one\n\nPara two', 'Old', 'The <section> element is new in HTML5.']);
  });

  it('reads a CDATA section wrapped twice, or written escaped, as the text it holds', async () => {
    const [escaped, twice, title] = await stories(`<rss version="2.0"><channel><title>C</title>
<item><title>Escaped</title><link>https://c.example/1</link><description>&lt;![CDATA[&lt;p&gt;Inside escaped CDATA.&lt;/p&gt;]]&gt;</description></item>
<item><title>Twice</title><link>https://c.example/2</link><description><![CDATA[<![CDATA[<p>Wrapped twice.</p>]]]]><![CDATA[>]]></description></item>
<item><title>&lt;![CDATA[Budget &amp;amp; tax]]&gt;</title><link>https://c.example/3</link></item>
</channel></rss>`);
    // Before, HTML read the inner section as a comment: the first two had no text, the third was no story at all.
    expect([escaped!.text, twice!.text, title!.title]).toEqual(['Inside escaped CDATA.', 'Wrapped twice.', 'Budget & tax']);
  });

  it('decodes Atom 0.3 content and summaries written in mode="base64"; leaves junk that is not base64 text as it was', async () => {
    const [s, t] = await stories(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old blog</title>
<entry><id>b1</id><title>Session</title><link rel="alternate" type="text/html" href="https://old.example/1"/><issued>2026-02-26T08:00:00Z</issued>
<content type="text/html" mode="base64">
PHA+UGFybGlhbWVudCBtZXQgaW4gPGI+c3BlY2lhbCBzZXNzaW9uPC9iPiBv
biBGcmlkYXkg4oCTIHRoZSBmaXJzdCBzaW5jZSAxOTk5LjwvcD48cD5TZWNv
bmQgcGFyYWdyYXBoLjwvcD4=
</content></entry>
<entry><id>b2</id><title>Not base64</title><link rel="alternate" type="text/html" href="https://old.example/2"/><issued>2026-02-26T08:00:00Z</issued>
<summary type="text/plain" mode="base64">not base64 at all!</summary></entry>
</feed>`);
    expect(s!.text).toBe('Parliament met in special session on Friday – the first since 1999.\n\nSecond paragraph.');
    expect(t!.text).toBe('not base64 at all!');
  });

  it('reads a character written as references to its two UTF-16 halves as that character', async () => {
    const [s, t] = await stories(`<rss version="2.0"><channel><title>S</title>
<item><title>Party time &amp;#55357;&amp;#56832; ok</title><link>https://s.example/1</link><description>Text &amp;#xD83D;&amp;#xDE00; here</description></item>
<item><title><![CDATA[Lone &#55357; half]]></title><link>https://s.example/2</link><description><![CDATA[<p>Body &#55357;&#56832; and &#128512;</p>]]></description></item>
</channel></rss>`);
    // Before, each half was read alone: "Party time �� ok".
    expect([s!.title, s!.text, t!.title, t!.text]).toEqual(['Party time 😀 ok', 'Text 😀 here', 'Lone � half', 'Body 😀 and 😀']);
  });

  it('reads windows-1252 punctuation written as C1 references (&#146;) as that punctuation; drops zero-width spaces, soft hyphens, stray BOMs', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>W</title>
<item><title>\uFEFFIt&#146;s &#147;quoted&#148; &#150; re&#173;form&#8203;s</title><link>https://w.example/1</link><description>Don&#146;t &#133; now&#129;.</description></item></channel></rss>`);
    expect(s).toMatchObject({ title: 'It’s “quoted” – reforms', text: 'Don’t … now.' });
    const [, hindi] = await stories(`<rss version="2.0"><channel><title>W</title><item><title>x</title><link>https://w.example/1</link></item><item><title>हिन्दी</title><link>https://w.example/2</link><description>क्\u200Dष</description></item></channel></rss>`);
    expect(hindi!.text).toBe('क्\u200Dष');
  });
});

describe('feeds rss-parser read as empty', () => {
  it('reads RSS 1.0 written with a prefix for its own namespace', async () => {
    const [s] = await stories(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<rss:channel rdf:about="https://r.example/"><rss:title>R</rss:title><rss:link>https://r.example/</rss:link><rss:items><rdf:Seq><rdf:li rdf:resource="https://r.example/1"/></rdf:Seq></rss:items></rss:channel>
<rss:item rdf:about="https://r.example/1"><rss:title>Prefixed</rss:title><rss:link>https://r.example/1</rss:link><rss:description>Read.</rss:description><dc:date>2026-02-26T10:00:00+05:30</dc:date></rss:item></rdf:RDF>`);
    expect(s).toMatchObject({ title: 'Prefixed', link: 'https://r.example/1', text: 'Read.', published: Date.parse('2026-02-26T04:30:00Z') });
  });

  it('reads RSS 2.0 items wrapped in a made-up <items> element as the channel’s', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>W</title><link>https://w.example/</link>
<items><item><title>First</title><link>/1</link></item><item><title>Second</title><link>/2</link></item></items></channel></rss>`);
    expect(list.map((s) => [s.title, s.link])).toEqual([['First', 'https://w.example/1'], ['Second', 'https://w.example/2']]);
  });

  it('reads RSS 2.0 items written after </channel> as the channel’s', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>O</title><link>https://o.example/</link><item><title>Inside</title><link>/1</link></item></channel>
<item><title>Outside</title><link>/2</link></item></rss>`);
    expect(list.map((s) => [s.title, s.link])).toEqual([['Inside', 'https://o.example/1'], ['Outside', 'https://o.example/2']]);
  });
});

describe('JSON Feed as generators write it', () => {
  it('reads an epoch written as a number, and an image attachment as the image', async () => {
    const [s] = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [
      { id: '1', url: 'https://j.example/1', title: 'Epoch', content_html: '<p>x</p>', date_published: 1772100000, attachments: [{ url: 'https://j.example/a.mp3', mime_type: 'audio/mpeg' }, { url: 'https://j.example/1.jpg', mime_type: 'image/jpeg' }, 'junk'] },
    ] }));
    expect(s).toMatchObject({ published: 1772100000_000, image: 'https://j.example/1.jpg' });
  });

  it('links an item with neither url nor external_url to its audio attachment, as a podcast enclosure', async () => {
    const [ep, linked] = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Pod', home_page_url: 'https://pod.example/', items: [
      { id: 'ep-7', title: 'Episode 7', content_text: 'The budget, read.', attachments: [{ url: 'https://pod.example/7.jpg', mime_type: 'image/jpeg' }, { url: '/audio/7.mp3?utm_source=feed', mime_type: 'audio/mpeg', size_in_bytes: 1 }] },
      { id: 'ep-8', url: 'https://pod.example/ep/8', title: 'Episode 8', content_text: 'x', attachments: [{ url: 'https://pod.example/8.mp3', mime_type: 'audio/mpeg' }] },
    ] }));
    // Before, the link was "" (a story without a link).
    expect(ep).toMatchObject({ link: 'https://pod.example/audio/7.mp3', image: 'https://pod.example/7.jpg' });
    expect(linked!.link).toBe('https://pod.example/ep/8');
  });

  it('reads content_text that carries HTML tags as HTML, and plain text with a "<" as text', async () => {
    const [html, text] = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [
      { id: '1', url: 'https://j.example/1', title: 'HTML', content_text: '<p>First <b>para</b>.</p><p>Second &amp; last.</p>' },
      { id: '2', url: 'https://j.example/2', title: 'Text', content_text: 'Rates 5 <= 6 & steady.\nNext line.' },
    ] }));
    // Before: "<p>First <b>para</b>.</p><p>Second &amp; last.</p>" as the text.
    expect([html!.text, text!.text]).toEqual(['First para.\n\nSecond & last.', 'Rates 5 <= 6 & steady.\n\nNext line.']);
  });

  it('reads an author written as a bare string, on the item or the feed', async () => {
    const list = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'J', author: 'News Desk', items: [
      { id: '1', url: 'https://j.example/1', title: 'Own', content_text: 'x', author: 'Asha Rao' },
      { id: '2', url: 'https://j.example/2', title: 'Inherited', content_text: 'y' },
    ] }));
    expect(list.map((s) => s.author)).toEqual(['Asha Rao', 'News Desk']);
  });

  it('reads a title whose markup was escaped as that markup, and a "<" written as a character as the character', async () => {
    const list = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [
      { id: '1', url: 'https://j.example/1', title: 'Tom &amp; Jerry &lt;b&gt;live&lt;/b&gt;', content_text: 'x' },
      { id: '2', url: 'https://j.example/2', title: 'Prices &lt; $5 &amp; falling', content_text: 'y' },
      { id: '3', url: 'https://j.example/3', title: 'I <3 NY', content_text: 'z' },
    ] }));
    // Before, the first showed its tags: "Tom & Jerry <b>live</b>".
    expect(list.map((s) => s.title)).toEqual(['Tom & Jerry live', 'Prices < $5 & falling', 'I <3 NY']);
  });

  it('takes 1.0’s author when 1.1’s authors name nobody, on the item and the feed', async () => {
    const list = await stories(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', authors: [{ url: 'https://j.example/team' }], author: { name: 'News Desk' }, items: [
      { id: '1', url: 'https://j.example/1', title: 'Both', content_text: 'x', authors: [{ name: '' }, { avatar: 'https://j.example/a.png' }], author: { name: 'Asha Rao' } },
      { id: '2', url: 'https://j.example/2', title: 'Inherited', content_text: 'y' },
      { id: '3', url: 'https://j.example/3', title: '1.1 wins', content_text: 'z', authors: [{ name: 'Ravi Iyer' }], author: { name: 'Old Name' } },
    ] }));
    // Before, the first gave the feed's author (none named: no author at all for the second).
    expect(list.map((s) => s.author)).toEqual(['Asha Rao', 'News Desk', 'Ravi Iyer']);
  });
});

describe('Atom content with its own namespace prefix or base', () => {
  it('reads XHTML written with a prefix as HTML: paragraphs apart, pictures seen', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><id>1</id><link href="https://x.example/1"/>
<title type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml">Prefixed <xhtml:em>title</xhtml:em></xhtml:div></title>
<content type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>First para.</xhtml:p><xhtml:p>Second <xhtml:img src="https://x.example/i.jpg"/> para.</xhtml:p></xhtml:div></content></entry></feed>`);
    expect(s).toMatchObject({ title: 'Prefixed title', text: 'First para.\n\nSecond para.', image: 'https://x.example/i.jpg' });
  });

  it('resolves a picture in the content against an xml:base on <content>, and the entry link without it', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://x.example/"><title>X</title><entry><id>2</id><title>T</title><link href="posts/2"/>
<content type="html" xml:base="https://img.x.example/dir/">&lt;p&gt;Text&lt;img src="a.jpg"&gt;&lt;/p&gt;</content></entry></feed>`);
    expect(s).toMatchObject({ link: 'https://x.example/posts/2', image: 'https://img.x.example/dir/a.jpg' });
  });
});

describe('titles with line breaks in their markup', () => {
  it('keeps words apart where a <br> or a block parted them', async () => {
    const [a, b] = await stories(`<rss version="2.0"><channel><title>B</title>
<item><title><![CDATA[Breaking:<br/>Quake hits the north]]></title><link>https://b.example/1</link></item>
<item><title>&lt;p&gt;Budget&lt;/p&gt;&lt;p&gt;What changes&lt;/p&gt;</title><link>https://b.example/2</link></item>
</channel></rss>`);
    expect([a!.title, b!.title]).toEqual(['Breaking: Quake hits the north', 'Budget What changes']);
  });
});

describe('Atom text constructs and their type', () => {
  it('reads content without a type as HTML when it carries HTML tags, and plain text as written', async () => {
    const list = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>1</id><title>CDATA, no type</title><link href="https://a.example/1"/><content><![CDATA[<p>Port <b>reopens</b>.</p><p>Ships <img src="/i/1.jpg"> queue.</p>]]></content></entry>
<entry><id>2</id><title>Escaped, no type</title><link href="https://a.example/2"/><content>&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry>
<entry><id>3</id><title>Text summary</title><link href="https://a.example/3"/><summary type="text">AT&amp;T &lt;S&gt; shares rise as x &lt; y</summary></entry>
<entry><id>4</id><title>Text content</title><link href="https://a.example/4"/><content type="text/plain">Rates 5 &lt;= 6 &amp; steady</content></entry>
</feed>`);
    expect(list.map((s) => s.text)).toEqual(['Port reopens.\n\nShips queue.', 'First.\n\nSecond.', 'AT&T <S> shares rise as x < y', 'Rates 5 <= 6 & steady']);
    // With no xml:base the content's picture is the entry's page's (https://a.example/1), as Miniflux reads it.
    expect(list[0]!.image).toBe('https://a.example/i/1.jpg');
  });
});

describe('categories', () => {
  it('reads Dublin Core dc:subject as a category, in RSS 1.0 and 2.0', async () => {
    const [rdf] = await stories(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
<item rdf:about="https://r.example/1"><title>Cabinet reshuffle</title><link>https://r.example/1</link><dc:subject>Politics</dc:subject><dc:subject>Government</dc:subject></item></rdf:RDF>`);
    const [rss] = await stories(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>S</title>
<item><title>Flood warning</title><link>https://s.example/1</link><category>India</category><dc:subject>Weather</dc:subject></item></channel></rss>`);
    expect(rdf!.categories).toEqual(['Politics', 'Government']);
    expect(rss!.categories).toEqual(['India', 'Weather']);
  });

  it('names an Atom category by its label, else its term unless that is an address', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>1</id><title>T</title><link href="https://a.example/1"/><category term="tech" label="Technology"/><category term="http://a.example/cat/12" scheme="http://a.example/cat/" label=""/><category term="india"/><category term="https://a.example/tags/x"/></entry></feed>`);
    // Before: ['tech', 'http://a.example/cat/12', 'india', 'https://a.example/tags/x'].
    expect(s!.categories).toEqual(['Technology', 'india']);
  });
});

describe('picture types written in capitals', () => {
  it('takes a picture’s file in media:content typed "application/octet-stream", and not a clip’s under audio or video', async () => {
    const [octet, clip] = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>M</title>
<item><title>Octet</title><link>https://m.example/1</link><media:content url="https://cdn.m.example/1.webp?w=800" type="application/octet-stream"/></item>
<item><title>Clip</title><link>https://m.example/2</link><media:content url="https://cdn.m.example/2.jpg" type="video/mp4"/></item>
</channel></rss>`);
    expect([octet!.image, clip!.image]).toEqual(['https://cdn.m.example/1.webp?w=800', null]);
  });

  it('takes media:content, an enclosure and an Atom enclosure whose MIME type is not lower case', async () => {
    const rssList = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>M</title>
<item><title>Media</title><link>https://m.example/1</link><media:content url="https://m.example/photo?id=1" type="IMAGE/JPEG"/></item>
<item><title>Enclosure</title><link>https://m.example/2</link><enclosure url="https://m.example/photo?id=2" type="Image/Jpeg" length="0"/></item>
</channel></rss>`);
    const [atom] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>Atom</title><link href="https://m.example/3"/>
<link rel="enclosure" type="IMAGE/PNG" href="https://m.example/photo?id=3"/></entry></feed>`);
    expect([...rssList, atom].map((s) => s!.image)).toEqual(['https://m.example/photo?id=1', 'https://m.example/photo?id=2', 'https://m.example/photo?id=3']);
  });
});

describe('dates with the zone names publishers write', () => {
  it.each([
    // US newsrooms write the zone without saying standard or daylight: local time, the offset of that day.
    ['Nov 26, 2026 2:05 PM ET', '2026-11-26T19:05:00Z'],
    ['Jul 14, 2026 2:05 PM ET', '2026-07-14T18:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 PT', '2026-11-26T22:05:00Z'],
    ['November 26, 2026 at 2:05 pm CT', '2026-11-26T20:05:00Z'],
    ['Jun 1, 2026 2:05 p.m. MT', '2026-06-01T20:05:00Z'],
    // The day the clocks go back: 00:30 is still daylight time, 03:00 standard.
    ['Sun, 01 Nov 2026 00:30:00 ET', '2026-11-01T04:30:00Z'],
    ['Sun, 01 Nov 2026 03:00:00 ET', '2026-11-01T08:00:00Z'],
    // The time first, as CNN and others print it.
    ['2:05 PM ET, Thu November 26, 2026', '2026-11-26T19:05:00Z'],
    ['14:05 IST, 26 Nov 2026', '2026-11-26T08:35:00Z'],
    // A zone in brackets (V8 took it for a comment and read the time as UTC).
    ['November 26, 2026 2:05 PM (IST)', '2026-11-26T08:35:00Z'],
    // A dotted time and offset, as the Guardian and some Indian CMSs write them (the offset was dropped).
    ['Thursday 26 November 2026 14.05 GMT', '2026-11-26T14:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 GMT+5.30', '2026-11-26T08:35:00Z'],
    ['2026-11-26T14:05:00 GMT+05:30', '2026-11-26T08:35:00Z'],
    // Zones of the region and beyond that were missing.
    ['Thu, 26 Nov 2026 14:05:00 SLST', '2026-11-26T08:35:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 BDT', '2026-11-26T08:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 MMT', '2026-11-26T07:35:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 IDT', '2026-11-26T11:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 BRT', '2026-11-26T17:05:00Z'],
    ['26.11.2026 14:05 MEZ', '2026-11-26T13:05:00Z'],
    // British Summer Time in summer.
    ['Tue, 14 Jul 2026 14:05:00 BST', '2026-07-14T13:05:00Z'],
    // An offset in brackets (the bracket was taken for Date#toString's comment: read as UTC, 5h30 off).
    ['November 26, 2026 2:05 PM (GMT+05:30)', '2026-11-26T08:35:00Z'],
    // "GMT" after the offset names the reference, not another zone (read as GMT, the offset lost).
    ['Thu, 26 Nov 2026 14:05:00 +05:30 GMT', '2026-11-26T08:35:00Z'],
    // Indian newsrooms' "hrs" after a time (it gave no date).
    ['Thu, 26 Nov 2026 14:05 hrs IST', '2026-11-26T08:35:00Z'],
    ['26 Nov 2026, 1405 hrs', '2026-11-26T14:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 +0530 UTC', '2026-11-26T08:35:00Z'],
    // An offset and its zone's name: the offset counts once.
    ['Thu, 26 Nov 2026 14:05:00 +0530 (IST)', '2026-11-26T08:35:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 +0530 IST', '2026-11-26T08:35:00Z'],
    // Zones written out in full, as Windows and .NET name them (no date at all before, or UTC for a bracketed one).
    ['Thu, 26 Nov 2026 14:05:00 Eastern Standard Time', '2026-11-26T19:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 India Standard Time', '2026-11-26T08:35:00Z'],
    ['Tue, 14 Jul 2026 14:05:00 Pacific Daylight Time', '2026-07-14T21:05:00Z'],
    ['2026-11-26 14:05:00 Coordinated Universal Time', '2026-11-26T14:05:00Z'],
    ['November 26, 2026 2:05 PM (India Standard Time)', '2026-11-26T08:35:00Z'],
    ['Jul 14, 2026 2:05 PM Eastern Time', '2026-07-14T18:05:00Z'],
    ['26 Nov 2026 14:05 Australian Eastern Standard Time', '2026-11-26T04:05:00Z'],
    // toString's comment after the offset only repeats it.
    ['Thu Nov 26 2026 14:05:00 GMT+0530 (India Standard Time)', '2026-11-26T08:35:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 IST (India Standard Time)', '2026-11-26T08:35:00Z'],
    // A zone name, then the same again or its offset in brackets (no date before).
    ['Wed, 26 Nov 2026 14:05:00 IST (IST)', '2026-11-26T08:35:00Z'],
    ['26 Nov 2026 14:05 IST(IST)', '2026-11-26T08:35:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 GMT (GMT)', '2026-11-26T14:05:00Z'],
    ['26 Nov 2026 14:05 IST (UTC+05:30)', '2026-11-26T08:35:00Z'],
    ['26 Nov 2026 14:05 IST (India Standard Time)', '2026-11-26T08:35:00Z'],
    // An IANA zone after the time, as Go and Java feeds print it, in daylight time too (no date before).
    ['Fri, 31 Mar 2023 20:19:00 America/Los_Angeles', '2023-04-01T03:19:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 Asia/Kolkata', '2026-11-26T08:35:00Z'],
    ['Tue, 14 Jul 2026 14:05:00 Europe/London', '2026-07-14T13:05:00Z'],
    ['Thu, 26 Nov 2026 14:05:00 +0530 Asia/Kolkata', '2026-11-26T08:35:00Z'],
    // ISO 8601's basic format, as iCalendar writes it.
    ['20261126T140500Z', '2026-11-26T14:05:00Z'],
    ['20261126T140500+0530', '2026-11-26T08:35:00Z'],
    ['20261126T1405-05:00', '2026-11-26T19:05:00Z'],
    // RFC 822 fixes EST at -05:00: a US feed that stamps EST in July is taken at its word (Panama, Jamaica and
    // Cancún keep EST all year; which feeds mean EDT, the name cannot say).
    ['Tue, 14 Jul 2026 14:05:00 EST', '2026-07-14T19:05:00Z'],
    // "BST" is British Summer Time as English-language feeds mean it, in November too (a template that stamps BST all
    // year is an hour out in winter; no date was the fetch time, hours out). A Bangladeshi feed's is +06:00 (below).
    ['Thu, 26 Nov 2026 14:05:00 BST', '2026-11-26T13:05:00Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(Date.parse(iso));
  });

  // Each of these was read as a time hours off, silently.
  it.each([
    // A zone no database knows (a POSIX zone string, "EST5EDT", V8 read as UTC, is New York's clock since the forty-ninth
    // dates round: test/feeds/dates-round49.test.ts).
    'Thu, 26 Nov 2026 14:05:00 Asia/Atlantis',
  ])('gives no date rather than a wrong one for %j', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });

  it('reads a zone name that means another zone in the feed’s country by that country', () => {
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 PST', 'pk')).toBe(Date.parse('2026-11-26T09:05:00Z'));
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 BST', 'bd')).toBe(Date.parse('2026-11-26T08:05:00Z'));
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 IST', 'il')).toBe(Date.parse('2026-11-26T12:05:00Z'));
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 CST', 'cn')).toBe(Date.parse('2026-11-26T06:05:00Z'));
    // Unless the feed says which zone it means: "IST (India Standard Time)" is India's in an Israeli feed too (it was Israel's).
    expect(parseFeedDate('26 Nov 2026 14:05 IST (India Standard Time)', 'il')).toBe(Date.parse('2026-11-26T08:35:00Z'));
    // Elsewhere the usual meaning stands.
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 IST', 'in')).toBe(Date.parse('2026-11-26T08:35:00Z'));
    expect(parseFeedDate('Thu, 26 Nov 2026 14:05:00 PST')).toBe(Date.parse('2026-11-26T22:05:00Z'));
  });

  it('takes the country from the feed’s address, then the story’s', async () => {
    const feed = await parseFeed(`<rss version="2.0"><channel><title>P</title>
<item><title>On a Pakistani site</title><link>https://www.news.example.com.pk/1</link><pubDate>Thu, 26 Nov 2026 14:05:00 PST</pubDate></item>
<item><title>On a .com</title><link>https://www.news.example.com/2</link><pubDate>Thu, 26 Nov 2026 14:05:00 PST</pubDate></item></channel></rss>`);
    const at = Date.parse('2026-11-27T00:00:00Z');
    const read = (feedUrl: string) => feed.entries.map((e) => normaliseEntry(e, { feedUrl, feed, fetchedAt: at })!.published);
    // A feed on a generic host: the story's country decides.
    expect(read('https://feeds.feedburner.example/p')).toEqual([Date.parse('2026-11-26T09:05:00Z'), Date.parse('2026-11-26T22:05:00Z')]);
    // A feed on a Pakistani host: its country decides for every story.
    expect(read('https://feeds.example.pk/rss')).toEqual([Date.parse('2026-11-26T09:05:00Z'), Date.parse('2026-11-26T09:05:00Z')]);
  });
});

describe('the feed’s country from its declared language', () => {
  const feedOf = (language: string, zone: string, link = 'https://www.news.example.com/1') =>
    parseFeed(`<rss version="2.0"><channel><title>L</title><language>${language}</language><item><title>T</title><link>${link}</link><pubDate>Thu, 26 Nov 2026 14:05:00 ${zone}</pubDate></item></channel></rss>`);
  const read = async (language: string, zone: string, link?: string, feedUrl = 'https://www.news.example.com/feed') => {
    const feed = await feedOf(language, zone, link);
    return new Date(normaliseEntry(feed.entries[0]!, { feedUrl, feed, fetchedAt: Date.parse('2026-11-27T00:00:00Z') })!.published).toISOString();
  };

  it('reads an ambiguous zone name by the country of a .com feed’s language', async () => {
    expect(await read('en-PK', 'PST')).toBe('2026-11-26T09:05:00.000Z');
    expect(await read('en-BD', 'BST')).toBe('2026-11-26T08:05:00.000Z');
    expect(await read('he-IL', 'IST')).toBe('2026-11-26T12:05:00.000Z');
    expect(await read('he', 'IST')).toBe('2026-11-26T12:05:00.000Z');
    expect(await read('en-IN', 'IST')).toBe('2026-11-26T08:35:00.000Z');
  });

  it('lets the feed’s domain outvote its language, and a default "en-US" says nothing against the story’s domain', async () => {
    expect(await read('en-PK', 'PST', undefined, 'https://feeds.example.in/rss')).toBe('2026-11-26T22:05:00.000Z');
    expect(await read('en-US', 'PST', 'https://www.news.example.com.pk/1')).toBe('2026-11-26T09:05:00.000Z');
    expect(await read('en-US', 'PST')).toBe('2026-11-26T22:05:00.000Z');
  });

  it('reads a time without a zone by the clock of the feed’s country when it keeps one zone, and as UTC elsewhere', async () => {
    // India's Press Information Bureau writes "26 NOV 2026 6:13PM": read as UTC the story was dated 5½ hours ahead.
    expect(await read('en', '', 'https://pib.gov.in/1', 'https://pib.gov.in/RssMain.aspx')).toBe('2026-11-26T08:35:00.000Z');
    expect(await read('en-IN', '', undefined)).toBe('2026-11-26T08:35:00.000Z');
    // Summer time where the country keeps it: 14:05 in London on 26 July is 13:05 UTC.
    const july = await parseFeed(`<rss version="2.0"><channel><title>L</title><item><title>T</title><link>https://n.example.co.uk/1</link><pubDate>2026-07-26 14:05</pubDate></item></channel></rss>`);
    expect(normaliseEntry(july.entries[0]!, { feedUrl: 'https://n.example.co.uk/feed', feed: july, fetchedAt: Date.parse('2026-11-27T00:00:00Z') })!.published).toBe(Date.parse('2026-07-26T13:05:00Z'));
    // A zone written, or a country of several zones (or none known), and the time is read as before.
    expect(await read('en-IN', '+0000', undefined)).toBe('2026-11-26T14:05:00.000Z');
    expect(await read('en-US', '', 'https://www.news.example.com/1')).toBe('2026-11-26T14:05:00.000Z');
    expect(await read('en-AU', '', undefined)).toBe('2026-11-26T14:05:00.000Z');
  });

  it('reads Atom’s xml:lang and JSON Feed’s language', async () => {
    const atom = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-PK"><title>A</title></feed>`);
    const json = await parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', language: 'he-IL', items: [] }));
    expect([atom.language, json.language]).toEqual(['en-PK', 'he-IL']);
  });
});

describe('social posts embedded in the copy', () => {
  const html = (embed: string) => `<p>New Delhi, Nov 26 (PTI) The minister spoke on Thursday.</p>${embed}<p>The session ends on Friday.</p>`;
  const item = (body: string) => `<item><title>T</title><link>https://e.example/1</link><description><![CDATA[${body}]]></description></item>`;
  const copy = ['The minister spoke on Thursday.', 'The session ends on Friday.'];

  it.each([
    ['an X/Twitter post and its script', '<blockquote class="twitter-tweet" data-media-max-width="560"><p lang="en" dir="ltr">Addressed the House today. <a href="https://t.co/AbC123">pic.twitter.com/AbC123</a></p>&mdash; Minister (@minister) <a href="https://twitter.com/minister/status/1?ref_src=twsrc%5Etfw">November 26, 2026</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'],
    ['an X video', '<blockquote class="twitter-video" data-lang="en"><p>Watch.</p>— ANI (@ANI) <a href="https://x.com/ANI/status/2">November 26, 2026</a></blockquote>'],
    ['an Instagram post', '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/Cx/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/Cx/">A post shared by Star (@star)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>'],
    ['a Facebook post', '<div class="fb-post" data-href="https://www.facebook.com/x/posts/1"><blockquote cite="https://www.facebook.com/x/posts/1" class="fb-xfbml-parse-ignore"><p>Our statement.</p>Posted by <a href="https://www.facebook.com/x">Party</a> on <a href="https://www.facebook.com/x/posts/1">Thursday, November 26, 2026</a></blockquote></div>'],
    ['a TikTok video', '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@u/video/1" data-video-id="1"><section><a target="_blank" href="https://www.tiktok.com/@u">@u</a> Dance <a href="https://www.tiktok.com/music/x">♬ original sound - u</a></section></blockquote>'],
    ['a Threads post', '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@u/post/C1"><a href="https://www.threads.net/@u/post/C1">View on Threads</a></blockquote>'],
    ['a Bluesky post', '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/1"><p lang="en">Posted.</p>&mdash; User (<a href="https://bsky.app/profile/u">@u.bsky.social</a>) <a href="https://bsky.app/profile/u/post/1">November 26, 2026 at 10:00 AM</a></blockquote>'],
    ['a Reddit post', '<blockquote class="reddit-embed-bq" data-embed-height="240"><a href="https://www.reddit.com/r/india/comments/1/x/">Thread title</a><br> by <a href="https://www.reddit.com/user/u/">u/u</a> in <a href="https://www.reddit.com/r/india/">india</a></blockquote>'],
    ['a WordPress embed block left as its URL', '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/minister/status/1\n</div></figure>'],
    ['a YouTube player', '<div class="embed-responsive embed-responsive-16by9"><iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe></div>'],
  ])('drops %s, keeping the paragraphs around it', async (_what, embed) => {
    const [s] = await stories(`<rss version="2.0"><channel><title>E</title>${item(html(embed))}</channel></rss>`);
    expect(s!.text.split('\n\n')).toEqual(copy);
  });

  it('drops what is left of a post whose markup a feed stripped: its text, handle and date, picture link, prompts', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>E</title>
${item('<p>The minister spoke on Thursday.</p><p>Addressed the House today. pic.twitter.com/AbC123 — Minister (@minister) November 26, 2026</p><p>The session ends on Friday.</p>')}
${item('<p>The minister spoke on Thursday.</p><p>Addressed the House today. https://t.co/AbC123</p><p>— Minister (@minister) 26 November 2026</p><p>The session ends on Friday.</p>')}
${item('<p>The minister spoke on Thursday.</p><p>View this post on Instagram</p><p>A post shared by Star (@star)</p><p>pic.twitter.com/AbC123</p><p>https://www.youtube.com/watch?v=abc</p><p>The session ends on Friday.</p>')}
${item('<p>The minister spoke on Thursday.</p><p>Posted by Party on Thursday, November 26, 2026</p><p>The session ends on Friday.</p>')}
</channel></rss>`);
    for (const s of list) expect(s.text.split('\n\n')).toEqual(copy);
  });

  it('keeps copy that quotes a post or names a handle', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>E</title>
${item('<p>The minister wrote on X: “The House will sit till Friday.”</p><blockquote><p>We stand with the farmers, said the party (@party) in a statement.</p></blockquote><p>Follow the debate at https://sansad.in/ls</p>')}
</channel></rss>`);
    expect(s!.text.split('\n\n')).toEqual(['The minister wrote on X: “The House will sit till Friday.”', 'We stand with the farmers, said the party (@party) in a statement.', 'Follow the debate at https://sansad.in/ls']);
  });
});

describe('titles escaped once too often', () => {
  it('decodes "&amp;amp;" in a title, in CDATA too, where XML decodes nothing', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>S</title>
<item><title>AT&amp;amp;T &amp;amp; Jio: Q3 &amp;quot;results&amp;quot;</title><link>https://s.example/1</link></item>
<item><title><![CDATA[Tom &amp;amp; Jerry &amp;#8217;26]]></title><link>https://s.example/2</link></item>
<item><title><![CDATA[Write &amp;lt;b&amp;gt; for bold]]></title><link>https://s.example/3</link></item></channel></rss>`);
    // Before, the CDATA title read "Tom &amp; Jerry &#8217;26".
    expect(list.map((s) => s.title)).toEqual(['AT&T & Jio: Q3 "results"', 'Tom & Jerry ’26', 'Write &lt;b&gt; for bold']);
  });
});

describe('titles too long to be headlines', () => {
  it('cuts a title past 300 characters at a word, and keeps it whole as the text when there is none', async () => {
    const post = `${'The monsoon session of Parliament opened on Monday with the opposition demanding a debate on prices. '.repeat(6).trim()}`;
    const [bare, withText] = await stories(`<rss version="2.0"><channel><title>T</title>
<item><title>${post}</title><link>https://t.example/1</link></item>
<item><title>${post}</title><link>https://t.example/2</link><description>Own text.</description></item></channel></rss>`);
    // Before, the 605-character post was the headline.
    expect(bare!.title.length).toBeLessThanOrEqual(300);
    expect(bare!.title).toMatch(/ demanding a debate on…$/);
    expect(bare!.text).toBe(post);
    // Over text of its own that does not say it, the title's words past the cut open the text (hunt2): they were lost.
    expect(withText).toMatchObject({ title: bare!.title, text: `${post}\n\nOwn text.` });
  });
});

describe('headlines that end in the outlet’s name', () => {
  it('drops the feed’s own name, or the outlet an aggregator credits, from the end of a headline', async () => {
    const own = await stories(`<rss version="2.0"><channel><title>United States Department of State</title><link>https://www.state.gov/</link>
<item><title>Secretary Meets Indian Foreign Minister - United States Department of State</title><link>https://www.state.gov/a/</link></item>
<item><title>Press briefing | United States Department of State</title><link>https://www.state.gov/b/</link></item>
<item><title>United States Department of State</title><link>https://www.state.gov/c/</link></item></channel></rss>`);
    expect(own.map((s) => s.title)).toEqual(['Secretary Meets Indian Foreign Minister', 'Press briefing', 'United States Department of State']);
    const section = await stories(`<rss version="2.0"><channel><title>The Hindu - National</title><link>https://www.thehindu.com/</link>
<item><title>Cabinet clears bill – The Hindu</title><link>https://www.thehindu.com/a</link></item></channel></rss>`);
    expect(section[0]!.title).toBe('Cabinet clears bill');
    const aggregated = await stories(`<rss version="2.0"><channel><title>Top stories - Google News</title><link>https://news.google.com/</link>
<item><title>IAF inducts Tejas Mk1A - The Hindu</title><link>https://www.thehindu.com/news/1</link><source url="https://www.thehindu.com">The Hindu</source></item></channel></rss>`);
    expect(aggregated[0]).toMatchObject({ title: 'IAF inducts Tejas Mk1A', outlet: 'The Hindu' });
  });

  it('drops the outlet’s name Google News appends to a headline that carries it already, and keeps a section before it', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>"monsoon" - Google News</title><link>https://news.google.com/search?q=monsoon</link>
<item><title>Rains: what we know | Reuters - Reuters</title><link>https://news.google.com/rss/articles/QQQ?oc=5</link><source url="https://www.reuters.com">Reuters</source></item>
<item><title>Monsoon arrives - The Hindu - The Hindu</title><link>https://news.google.com/rss/articles/RRR?oc=5</link><source url="https://www.thehindu.com">The Hindu</source></item>
<item><title>Budget | Business - Reuters</title><link>https://news.google.com/rss/articles/SSS?oc=5</link><source url="https://www.reuters.com">Reuters</source></item>
</channel></rss>`);
    // Before, the first two kept "| Reuters" and "- The Hindu".
    expect(list.map((s) => s.title)).toEqual(['Rains: what we know', 'Monsoon arrives', 'Budget | Business']);
  });

  it('keeps a name that is not the outlet’s, and words after a dash that belong to the headline', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>Outlet</title><link>https://o.example/</link>
<item><title>Editorial: Why we disagree - The Hindu</title><link>https://o.example/1</link></item>
<item><title>India vs Australia - Live</title><link>https://o.example/2</link></item>
<item><title>Outlet-backed fund - Outlet Capital</title><link>https://o.example/3</link></item></channel></rss>`);
    expect(list.map((s) => s.title)).toEqual(['Editorial: Why we disagree - The Hindu', 'India vs Australia - Live', 'Outlet-backed fund - Outlet Capital']);
  });

  it('drops the outlet’s name when it begins a longer feed title or is the name of the site the feed links', async () => {
    const ndtv = await stories(`<rss version="2.0"><channel><title>NDTV News - Top Stories</title><link>https://www.ndtv.com/</link>
<item><title>Cabinet approves new rail lines | NDTV</title><link>https://www.ndtv.com/a</link></item>
<item><title>Markets close higher - NDTV</title><link>https://www.ndtv.com/b</link></item>
<item><title>PM meets chief ministers - Modi</title><link>https://www.ndtv.com/c</link></item></channel></rss>`);
    expect(ndtv.map((s) => s.title)).toEqual(['Cabinet approves new rail lines', 'Markets close higher', 'PM meets chief ministers - Modi']);
    const site = await stories(`<rss version="2.0"><channel><title>Latest</title><link>https://kathmandupost.com/</link>
<item><title>Budget session begins | The Kathmandu Post</title><link>https://kathmandupost.com/a</link></item>
<item><title>Talks stall - The Post</title><link>https://kathmandupost.com/b</link></item></channel></rss>`);
    expect(site.map((s) => s.title)).toEqual(['Budget session begins', 'Talks stall - The Post']);
    const dawn = await stories(`<rss version="2.0"><channel><title>Dawn - Home</title><link>https://www.dawn.com/</link>
<item><title>Senate passes bill | Dawn</title><link>https://www.dawn.com/news/1</link></item></channel></rss>`);
    expect(dawn[0]!.title).toBe('Senate passes bill');
    // A title that only begins with the word is no outlet's name: "India Today" and "… - India".
    const today = await stories(`<rss version="2.0"><channel><title>India Today</title><link>https://www.indiatoday.in/</link>
<item><title>Monsoon session ends early - India</title><link>https://www.indiatoday.in/a</link></item>
<item><title>Markets rally | India Today</title><link>https://www.indiatoday.in/b</link></item></channel></rss>`);
    expect(today.map((s) => s.title)).toEqual(['Monsoon session ends early - India', 'Markets rally']);
  });
});

describe('WordPress shortcodes a feed left unexpanded', () => {
  it('drops caption, embed and gallery shortcodes with what they hold, and page builders’ tags around copy', async () => {
    const [s] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>W</title><link>https://w.example/</link>
<item><title>Summit</title><link>https://w.example/1</link><content:encoded><![CDATA[<p>[caption id="attachment_1" align="aligncenter" width="640"]<img src="/a.jpg" width="640" height="400"> Minister at the summit[/caption]</p>
<p>The minister spoke.</p><p>[embed]https://www.youtube.com/watch?v=abc[/embed]</p><p>[gallery ids="1,2,3" columns="3"]</p>
<p>[vc_row][vc_column][vc_column_text]Talks go on tomorrow.[/vc_column_text][/vc_column][/vc_row]</p><p>He said [the bill] would pass.</p>]]></content:encoded></item>
</channel></rss>`);
    // Before, each shortcode, and the caption's words, stayed in the text as written.
    expect(s!.text.split('\n\n')).toEqual(['The minister spoke.', 'Talks go on tomorrow.', 'He said [the bill] would pass.']);
    expect(s!.image).toBe('https://w.example/a.jpg');
  });
});

describe('what aggregators put under an item', () => {
  it('reads Bing News’ outlet and picture, and links to the outlet’s page', async () => {
    const [s] = await stories(`<rss version="2.0" xmlns:News="https://www.bing.com/news/search?q=budget&amp;format=rss"><channel><title>budget - BingNews</title><link>https://www.bing.com/news/search?q=budget</link>
<item><title>Budget session opens - Dawn</title><link>http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=abc&amp;url=https%3a%2f%2fwww.dawn.com%2fnews%2f1900001%2fbudget&amp;c=1&amp;mkt=en-in</link>
<description>The session opened on Thursday.</description><pubDate>Thu, 26 Nov 2026 08:35:00 GMT</pubDate><News:Source>Dawn</News:Source><News:Image>http://www.bing.com/th?id=OVFT.abc&amp;pid=News</News:Image></item>
</channel></rss>`);
    // Before: no outlet (so " - Dawn" stayed in the headline), no picture, and bing.com's link.
    expect(s).toMatchObject({ title: 'Budget session opens', outlet: 'Dawn', image: 'http://www.bing.com/th?id=OVFT.abc&pid=News', link: 'https://www.dawn.com/news/1900001/budget' });
  });

  it('drops Reddit’s "submitted by /u/… [link] [comments]" line', async () => {
    const [s] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>r/india</title><entry><id>t3_1</id><title>Post</title><link href="https://www.reddit.com/r/india/comments/1/x/"/><updated>2026-11-26T10:00:00+00:00</updated>
<content type="html">&lt;!-- SC_OFF --&gt;&lt;div class="md"&gt;&lt;p&gt;Body text.&lt;/p&gt; &lt;/div&gt;&lt;!-- SC_ON --&gt; &amp;#32; submitted by &amp;#32; &lt;a href="https://www.reddit.com/user/someone"&gt; /u/someone &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href="https://www.reddit.com/r/india/comments/1/x/"&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href="https://www.reddit.com/r/india/comments/1/x/"&gt;[comments]&lt;/a&gt;&lt;/span&gt;</content></entry>
<entry><id>t3_2</id><title>Link post</title><link href="https://www.reddit.com/r/india/comments/2/y/"/><content type="html">&amp;#32; submitted by &amp;#32; &lt;a href="https://www.reddit.com/user/u2"&gt; /u/u2 &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href="https://n.example/a"&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href="https://www.reddit.com/r/india/comments/2/y/"&gt;[comments]&lt;/a&gt;&lt;/span&gt;</content></entry></feed>`);
    expect(s!.text).toBe('Body text.');
  });

  it('drops what Hacker News, Lobsters and Slashdot write under an item in place of copy', async () => {
    const [hn, lobsters, slashdot] = await stories(`<rss version="2.0"><channel><title>HN</title><link>https://news.ycombinator.com/</link>
<item><title>Show HN</title><link>https://thing.example/</link><description><![CDATA[<p>Article URL: <a href="https://thing.example/">https://thing.example/</a></p>
<p>Comments URL: <a href="https://news.ycombinator.com/item?id=1">https://news.ycombinator.com/item?id=1</a></p><p>Points: 120</p><p># Comments: 45</p>]]></description></item>
<item><title>Lobsters</title><link>https://thing.example/3</link><description><![CDATA[<p><a href="https://lobste.rs/s/abc/x">Comments</a></p>]]></description></item>
<item><title>Slashdot</title><link>https://thing.example/4</link><description><![CDATA[<p>The copy.</p><p><a href="https://x.example/y">Read more of this story</a> at Slashdot.</p>]]></description></item>
</channel></rss>`);
    // Before, each line was the story's text ("Comments" its whole text).
    expect([hn!.text, lobsters!.text, slashdot!.text]).toEqual(['', '', 'The copy.']);
  });

  it('drops Google News’ "View Full Coverage on Google News", even run into the last outlet’s name', async () => {
    const list = await stories(`<rss version="2.0"><channel><title>Top stories - Google News</title><link>https://news.google.com/</link>
<item><title>A - CNN</title><link>https://n.example/1</link><description>&lt;ol&gt;&lt;li&gt;&lt;a href="https://n.example/1"&gt;A&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;CNN&lt;/font&gt;&lt;/li&gt;&lt;li&gt;&lt;strong&gt;&lt;a href="https://news.google.com/stories/x"&gt;View Full Coverage on Google News&lt;/a&gt;&lt;/strong&gt;&lt;/li&gt;&lt;/ol&gt;</description><source url="https://cnn.com">CNN</source></item>
<item><title>B - The New York Times</title><link>https://n.example/2</link><description>&lt;a href="https://n.example/2"&gt;B&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The New York Times&lt;/font&gt;&lt;strong&gt;&lt;a href="https://news.google.com/stories/y"&gt;View Full Coverage on Google News&lt;/a&gt;&lt;/strong&gt;</description></item>
</channel></rss>`);
    // The second's text, its headline and outlet, only says its title again ("B - The New York Times"): it has none (feeds48).
    expect(list.map((s) => s.text)).toEqual(['A CNN', '']);
  });

  it('gives a Google News item no text: its description is its coverage, a list of outlets’ headlines', async () => {
    const li = (title: string, outlet: string) => `&lt;li&gt;&lt;a href="https://news.google.com/rss/articles/CBMiX?oc=5" target="_blank"&gt;${title}&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;${outlet}&lt;/font&gt;&lt;/li&gt;`;
    const list = await stories(`<rss version="2.0"><channel><title>Top stories - Google News</title><link>https://news.google.com/?hl=en-IN</link>
<item><title>IAF inducts Tejas Mk1A - The Hindu</title><link>https://news.google.com/rss/articles/CBMiX?oc=5</link><description>&lt;ol&gt;${li('IAF inducts Tejas Mk1A', 'The Hindu')}${li('Tejas Mk1A joins the fleet', 'NDTV')}&lt;/ol&gt;</description><source url="https://www.thehindu.com">The Hindu</source></item>
<item><title>Rupee ends flat - Mint</title><link>https://news.google.com/rss/articles/CBMiY?oc=5</link><description>&lt;a href="https://news.google.com/rss/articles/CBMiY?oc=5"&gt;Rupee ends flat&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Mint&lt;/font&gt;</description><source url="https://www.livemint.com">Mint</source></item>
<item><title>With a snippet</title><link>https://news.google.com/rss/articles/CBMiZ?oc=5</link><description>&lt;p&gt;The cabinet met on Thursday.&lt;/p&gt;</description></item>
</channel></rss>`);
    // Before: "IAF inducts Tejas Mk1A The Hindu\n\nTejas Mk1A joins the fleet NDTV", and "Rupee ends flat Mint".
    expect(list.map((s) => [s.title, s.text, s.summary, s.outlet])).toEqual([
      ['IAF inducts Tejas Mk1A', '', '', 'The Hindu'],
      ['Rupee ends flat', '', '', 'Mint'],
      ['With a snippet', 'The cabinet met on Thursday.', 'The cabinet met on Thursday.', null],
    ]);
  });
});

describe('content with nothing to read', () => {
  it('takes the summary when the content holds only a picture, a blank paragraph or the headline again', async () => {
    const list = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>B</title><link>https://b.example/</link>
<item><title>Picture</title><link>https://b.example/1</link><description>The real summary.</description><content:encoded><![CDATA[<figure><img src="/1.jpg"></figure>]]></content:encoded></item>
<item><title>Blank</title><link>https://b.example/2</link><description>Summary two.</description><content:encoded><![CDATA[ <p>&nbsp;</p> ]]></content:encoded></item>
<item><title>Only the headline</title><link>https://b.example/3</link><description>Summary three.</description><content:encoded><![CDATA[<h1>Only the headline</h1>]]></content:encoded></item>
<item><title>Copy</title><link>https://b.example/4</link><description>Not this.</description><content:encoded><![CDATA[<p>The copy.</p>]]></content:encoded></item>
</channel></rss>`);
    // Before, the first two had no text and the third its headline as its text.
    expect(list.map((s) => s.text)).toEqual(['The real summary.', 'Summary two.', 'Summary three.', 'The copy.']);
    expect(list[0]!.image).toBe('https://b.example/1.jpg');
  });
});

describe('a paragraph printed twice', () => {
  it('reads a paragraph said twice in a row once, and keeps a short one said twice', async () => {
    const [s] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>D</title><link>https://d.example/</link>
<item><title>Dup</title><link>https://d.example/1</link><content:encoded><![CDATA[<p><strong>The Cabinet approved the bill on Thursday.</strong></p><p>The Cabinet approved the bill on Thursday.</p><p>It goes to Parliament next.</p><p>Yes.</p><p>Yes.</p>]]></content:encoded></item>
</channel></rss>`);
    // Before, the standfirst was read twice, as the summary and again as the next paragraph.
    expect(s!.text.split('\n\n')).toEqual(['The Cabinet approved the bill on Thursday.', 'It goes to Parliament next.', 'Yes.', 'Yes.']);
  });
});

describe('content that opens with the headline', () => {
  it('drops a first paragraph that repeats the title (Medium, many WordPress themes), and a one-paragraph description that is only the title', async () => {
    const [medium, wp, only, different] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>M</title>
<item><title>Why rates rose</title><link>https://m.example/1</link><content:encoded><![CDATA[<h3>Why rates rose</h3><figure><img src="https://m.example/1.png"></figure><p>Body.</p>]]></content:encoded></item>
<item><title>Cabinet&#8217;s decision: what changes</title><link>https://m.example/2</link><content:encoded><![CDATA[<h1>Cabinet’s Decision — What Changes</h1><p>Body.</p>]]></content:encoded></item>
<item><title>Short</title><link>https://m.example/3</link><description>Short</description></item>
<item><title>Rates rose</title><link>https://m.example/4</link><description><![CDATA[<p>Rates rose again, the bank said.</p><p>Body.</p>]]></description></item>
</channel></rss>`);
    // A description that is only the title again is no text (feeds48: before, "Short" was kept as its text).
    expect([medium!.text, wp!.text, only!.text, different!.text]).toEqual(['Body.', 'Body.', '', 'Rates rose again, the bank said.\n\nBody.']);
  });
});

describe('links that name the feed they came from', () => {
  it('drops a parameter that only says the click came from RSS (Medium, the New York Times, WordPress plugins)', async () => {
    const { canonicalLink } = await import('../../src/feeds/links.js');
    expect(canonicalLink('https://medium.com/@u/why-rates-rose-1a2b3c?source=rss----5e6f---4')).toBe('https://medium.com/@u/why-rates-rose-1a2b3c');
    expect(canonicalLink('https://www.nytimes.com/2026/11/26/world/asia/x.html?partner=rss&emc=rss')).toBe('https://www.nytimes.com/2026/11/26/world/asia/x.html');
    expect(canonicalLink('https://n.example/a?id=7&ref=rss&from=feed')).toBe('https://n.example/a?id=7');
    // A parameter that says something else is the page's.
    expect(canonicalLink('https://n.example/search?source=reuters&ref=home')).toBe('https://n.example/search?source=reuters&ref=home');
  });
});

describe('thumbnails too small to show', () => {
  it('prefers the content’s picture to a feed thumbnail that says it is tiny (Blogger’s 72×72), and keeps it when there is nothing else', async () => {
    const [blogger, only, big] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Blog</title>
<entry><id>1</id><title>Post</title><link rel="alternate" type="text/html" href="https://b.example/1.html"/><content type="html">&lt;div class="separator"&gt;&lt;a href="https://img.b.example/a.jpg"&gt;&lt;img src="https://img.b.example/s640/a.jpg" width="640" height="360"/&gt;&lt;/a&gt;&lt;/div&gt;Text</content><media:thumbnail url="https://img.b.example/s72-c/a.jpg" height="72" width="72"/></entry>
<entry><id>2</id><title>Only thumb</title><link rel="alternate" type="text/html" href="https://b.example/2.html"/><content type="html">Text</content><media:thumbnail url="https://img.b.example/s72-c/b.jpg" height="72" width="72"/></entry>
<entry><id>3</id><title>Big thumb</title><link rel="alternate" type="text/html" href="https://b.example/3.html"/><content type="html">&lt;img src="https://img.b.example/c-in.jpg"&gt;Text</content><media:thumbnail url="https://img.b.example/c.jpg" height="480" width="640"/></entry></feed>`);
    expect([blogger!.image, only!.image, big!.image]).toEqual(['https://img.b.example/s640/a.jpg', 'https://img.b.example/s72-c/b.jpg', 'https://img.b.example/c.jpg']);
  });
});

describe('newsletter platforms’ buttons', () => {
  it('drops Substack’s and Ghost’s button and call-to-action boxes, and a button’s label left alone on a line', async () => {
    const item = (body: string) => `<item><title>T</title><link>https://s.example/1</link><description><![CDATA[<p>Body.</p>${body}<p>More.</p>]]></description></item>`;
    const list = await stories(`<rss version="2.0"><channel><title>S</title>
${item('<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://s.example/p/a?action=share"><span>Share</span></a></p><p class="button-wrapper"><a class="button primary" href="https://s.example/p/a/comments"><span>Leave a comment</span></a></p>')}
${item('<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Subscribe</a></div><div class="kg-card kg-cta-card"><p>Enjoying this? Support us.</p></div>')}
${item('<div class="subscription-widget-wrap"><p>Thanks for reading! This post is public so feel free to share it.</p></div>')}
${item('<p>Share</p><p>Upgrade to paid</p><p>Give a gift subscription</p><p>Leave a comment</p>')}
</channel></rss>`);
    for (const s of list) expect(s.text).toBe('Body.\n\nMore.');
  });

  it('drops a player’s fallback text and a trending-topics bar left as paragraphs', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>P</title><item><title>Player</title><link>https://p.example/2</link><description><![CDATA[<p>The bill passed.</p>
<p>Your browser does not support the video tag.</p><p>Trending Topics: Budget 2026 | Elections</p><p>Your browser does not support the minister's view, he joked.</p>]]></description></item></channel></rss>`);
    // Before, both stayed as paragraphs of the story.
    expect(s!.text).toBe("The bill passed.\n\nYour browser does not support the minister's view, he joked.");
  });

  it('drops Medium’s footer under a publication’s post, and keeps a study “originally published in” a journal', async () => {
    const [medium, study] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Stories by Jane on Medium</title>
<item><title>Why cities flood</title><link>https://medium.com/@jane/why-1a2b</link><content:encoded><![CDATA[<p>Drains were built for less rain.</p><hr><p><a href="https://medium.com/pub/why-1a2b">Why cities flood</a> was originally published in <a href="https://medium.com/pub">Urban Pub</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>]]></content:encoded></item>
<item><title>Study</title><link>https://s.example/2</link><description><![CDATA[<p>Rain is rising.</p><p>The study was originally published in Nature in 2019.</p>]]></description></item>
</channel></rss>`);
    expect([medium!.text, study!.text]).toEqual(['Drains were built for less rain.', 'Rain is rising.\n\nThe study was originally published in Nature in 2019.']);
  });

  it('drops an ad script’s statement left as text, and WordPress’s "Continue reading →" run into the last paragraph', async () => {
    const item = (n: number, body: string) => `<item><title>T${n}</title><link>https://w.example/${n}</link><description><![CDATA[${body}]]></description></item>`;
    const list = await stories(`<rss version="2.0"><channel><title>W</title>
${item(1, '<p>The council voted.</p><p>(adsbygoogle = window.adsbygoogle || []).push({});</p><p>Residents objected.</p>')}
${item(2, '<p>The council voted. <a href="https://w.example/2" class="more-link">Continue reading <span class="screen-reader-text">T2</span> <span class="meta-nav">&rarr;</span></a></p>')}
${item(3, '<p>The council voted. <a class="read-more" href="https://w.example/3">Read more &raquo;</a></p>')}
${item(4, '<p>The council voted. Continue reading about the budget cuts in Saturday’s paper</p>')}
${item(5, '<p>Read more books, the minister urged.</p>')}
</channel></rss>`);
    // Before, the script's statement was a paragraph, and "Continue reading T2 →" ended the text.
    expect(list.map((s) => s.text)).toEqual([
      'The council voted.\n\nResidents objected.',
      'The council voted.',
      'The council voted.',
      'The council voted. Continue reading about the budget cuts in Saturday’s paper',
      'Read more books, the minister urged.',
    ]);
  });

  it('drops a republisher’s note on where the story ran first, and a newsletter plug', async () => {
    const [conversation, scroll] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>F</title><link>https://f.example/</link>
<item><title>Conv</title><link>https://f.example/1</link><content:encoded><![CDATA[<p>Copy one.</p>
<p><em>This article is republished from <a href="https://theconversation.com">The Conversation</a> under a Creative Commons license. Read the <a href="https://theconversation.com/x">original article</a>.</em></p>]]></content:encoded></item>
<item><title>Orig</title><link>https://f.example/2</link><content:encoded><![CDATA[<p>Copy.</p><p>This article originally appeared on Scroll.in.</p><p>(This story was first published on The Wire.)</p><p>Get our free daily newsletter</p><p>This story was first told to me by my grandmother, who saw the flood.</p>]]></content:encoded></item>
</channel></rss>`);
    // Before, each note and the plug stayed as the story's last paragraphs.
    expect(conversation!.text).toBe('Copy one.');
    expect(scroll!.text).toBe('Copy.\n\nThis story was first told to me by my grandmother, who saw the flood.');
  });

  it('drops a picture-source credit over the copy, and a link line to the story’s video', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>T</title><item><title>Credit</title><link>https://t.example/1</link><description><![CDATA[<p>Image Source : PTI</p><p>The Cabinet met on Thursday.</p>
<p>Watch the full video here: https://www.youtube.com/watch?v=abc1</p><p>Image source of the leak, the minister said, was a phone.</p>]]></description></item></channel></rss>`);
    // Before, "Image Source : PTI" was the summary, and the video's link line a paragraph of the story.
    expect(s!.text).toBe('The Cabinet met on Thursday.\n\nImage source of the leak, the minister said, was a phone.');
  });

  it('drops a label on a line of its own with its value below, and two desk credits in one line', async () => {
    const [labels, credits] = await stories(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://t.example.in/</link>
<item><title>Labels</title><link>https://t.example.in/2</link><content:encoded><![CDATA[<p>The copy.</p><p>Published By:</p><p>Priya Kumari</p><p>Published On:</p><p>Nov 26, 2026</p>]]></content:encoded></item>
<item><title>Credits</title><link>https://t.example.in/3</link><content:encoded><![CDATA[<p>The copy.</p><p>Reported by Asha Rao; Edited by Vikram Singh</p><p>Reported by the state broadcaster, the figures were revised.</p>]]></content:encoded></item>
</channel></rss>`);
    // Before: "Priya Kumari" and "Nov 26, 2026" as paragraphs of the story, and the credit line.
    expect(labels!.text).toBe('The copy.');
    expect(credits!.text).toBe('The copy.\n\nReported by the state broadcaster, the figures were revised.');
  });

  it('drops a reader poll or quiz box with its question and answers', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>P</title><item><title>Poll</title><link>https://p.example/1</link><description><![CDATA[<p>The bill passed.</p>
<div class="poll"><p>Do you agree?</p><p>Yes</p><p>No</p></div><div id="wp-polls-3"><p>Vote now</p></div><div class="quiz-box"><p>Q1. Who?</p></div><p>It goes to the Rajya Sabha next.</p>]]></description></item></channel></rss>`);
    // Before, "Do you agree?", "Yes", "No", "Vote now" and "Q1. Who?" were paragraphs of the story.
    expect(s!.text).toBe('The bill passed.\n\nIt goes to the Rajya Sabha next.');
  });

  it('keeps a sentence that starts like a button, and copy in a box named for the paywall', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>S</title><item><title>T</title><link>https://s.example/1</link><description><![CDATA[<p>Share prices fell 3% on Thursday.</p><div class="paywall"><p>Donate blood, the minister urged.</p></div>]]></description></item></channel></rss>`);
    expect(s!.text).toBe('Share prices fell 3% on Thursday.\n\nDonate blood, the minister urged.');
  });
});

describe('dates written past what the last sweep read', () => {
  it('reads ISO basic time after an extended date, a poster named after the time, and a one-letter military zone', async () => {
    const [basic, signed, military, zulu] = await stories(`<rss version="2.0"><channel><title>D</title><language>en-in</language>
<item><title>Exporter mixed formats</title><link>https://d.example.in/1</link><pubDate>2025-11-26T140500Z</pubDate></item>
<item><title>Ministry release</title><link>https://d.example.in/2</link><pubDate>26 NOV 2025 6:13PM by PIB Delhi</pubDate></item>
<item><title>Old mailer</title><link>https://d.example.in/3</link><pubDate>Wed, 26 Nov 2025 14:05:00 R</pubDate></item>
<item><title>Navy signal</title><link>https://d.example.in/4</link><pubDate>26 Nov 2025 1405 Z</pubDate></item>
</channel></rss>`, 'https://d.example.in/rss.xml');
    expect(basic!.published).toBe(Date.parse('2025-11-26T14:05:00Z'));
    // No zone, an Indian address: India's clock, as without the poster's name.
    expect(signed!.published).toBe(Date.parse('2025-11-26T18:13:00+05:30'));
    // RFC 5322 4.3: a military letter reads as -0000, the time at UTC.
    expect(military!.published).toBe(Date.parse('2025-11-26T14:05:00Z'));
    expect(zulu!.published).toBe(Date.parse('2025-11-26T14:05:00Z'));
  });

  it('gives a day the month does not have no date, in every form, rather than the first of the next month', async () => {
    const days = ['31 Nov 2025 10:00 GMT', '2025-11-31T10:00:00Z', 'November 31, 2025', '31.11.2025', '11/31/2025', '2025/11/31 10:00', 'Monday, 31-Nov-25 10:00:00 GMT', 'Sat, 29 Feb 2025 09:00:00 +0000'];
    const items = days.map((d, i) => `<item><title>Slip ${i}</title><link>https://s.example/${i}</link><pubDate>${d}</pubDate></item>`);
    const slips = await stories(`<rss version="2.0"><channel><title>S</title>${items.join('\n')}
<item><title>Leap day</title><link>https://s.example/leap</link><pubDate>Thu, 29 Feb 2024 09:00:00 +0000</pubDate></item></channel></rss>`);
    // No date of its own: the story is dated when it was fetched, not a day later than its CMS said.
    expect(slips.slice(0, days.length).map((s) => s.published)).toEqual(days.map(() => fetchedAt));
    expect(slips.at(-1)!.published).toBe(Date.parse('2024-02-29T09:00:00Z'));
  });
});

describe('pictures a lazy-loading theme gives only inside noscript', () => {
  it('takes the <img> in <noscript> when the one outside is a placeholder, and keeps noscript\'s words out of the text', async () => {
    const [lazy, plain] = await stories(`<rss version="2.0"><channel><title>L</title>
<item><title>Bridge reopens</title><link>https://l.example/1</link><description><![CDATA[<figure><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" class="lazy" width="800" height="450"><noscript><img src="https://l.example/img/bridge.jpg" width="800" height="450"></noscript></figure><p>The bridge reopened on Monday after repairs.</p>]]></description></item>
<item><title>Plain</title><link>https://l.example/2</link><description><![CDATA[<p>No picture here.</p><noscript>Turn on script to see the gallery.</noscript>]]></description></item>
</channel></rss>`);
    expect(lazy).toMatchObject({ image: 'https://l.example/img/bridge.jpg', text: 'The bridge reopened on Monday after repairs.' });
    expect(plain).toMatchObject({ image: null, text: 'No picture here.' });
  });
});

describe('terminal colour codes pasted into a feed', () => {
  it('drops them from titles and text, with the escape character or after something took it out, and keeps "[10m]"', async () => {
    const [s] = await stories(`<rss version="2.0"><channel><title>T</title>
<item><title>[1;31mOutage[0m at the exchange</title><link>https://t.example/1</link><description><![CDATA[<p>The log said \u001b[33mWARN\u001b[0m and then [1;31mERROR[0m: disk full.</p><p>The mast is [10m] taller.</p>]]></description></item>
</channel></rss>`);
    expect(s!.title).toBe('Outage at the exchange');
    expect(s!.text).toBe('The log said WARN and then ERROR: disk full.\n\nThe mast is [10m] taller.');
  });
});

describe('a video site’s credits under a description', () => {
  it('drops Vimeo’s "Cast:" line from a video’s description, and keeps one in a story or inside a sentence', async () => {
    const [vimeo, player, film] = await stories(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Harbour Films on Vimeo</title>
<item><title>Night ferry</title><link>https://vimeo.com/100200300</link><description><![CDATA[<p><a href="https://vimeo.com/100200300"><img src="https://i.vimeocdn.com/video/5550001-d_640" alt="" /></a></p><p>A short film about the last ferry of the night.</p><p><strong>Cast:</strong> <a href="https://vimeo.com/harbourfilms">Harbour Films</a>, <a href="https://vimeo.com/user42">Ana Lima</a></p>]]></description></item>
<item><title>Clip</title><link>https://h.example/clips/7</link><enclosure url="https://cdn.h.example/clips/7.mp4" type="video/mp4" length="1"/><description><![CDATA[<p>Crews at work on the pier.</p><p>Cast: Ana Lima</p>]]></description></item>
<item><title>Review</title><link>https://h.example/review</link><description><![CDATA[<p>Cast: Ana Lima, Ravi Menon</p><p>The play opens on Friday. Cast: a strong ensemble.</p>]]></description></item>
</channel></rss>`);
    expect(vimeo!.text).toBe('A short film about the last ferry of the night.');
    expect(player!.text).toBe('Crews at work on the pier.');
    expect(film!.text).toBe('Cast: Ana Lima, Ravi Menon\n\nThe play opens on Friday. Cast: a strong ensemble.');
  });
});

describe('bylines written in capitals', () => {
  it('reads "By RAJESH KUMAR" as the name is spelt, with Mc and O’ names, and keeps agencies and initials in capitals', async () => {
    const authors = ['By RAJESH KUMAR', 'SEAN MCCARTHY', "MARY O'BRIEN AND ANA DE SOUZA", 'AK SHARMA', 'By PTI', 'AP', 'IANS', 'Priya deSouza'];
    const items = authors.map((a, i) => `<item><title>Story ${i}</title><link>https://c.example/${i}</link><dc:creator>${a}</dc:creator></item>`);
    const read = await stories(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>C</title>${items.join('\n')}</channel></rss>`);
    expect(read.map((s) => s.author)).toEqual(['Rajesh Kumar', 'Sean McCarthy', "Mary O'Brien and Ana de Souza", 'AK Sharma', 'PTI', 'AP', 'IANS', 'Priya deSouza']);
  });
});

describe('Atom entries without an alternate link', () => {
  // RFC 4287: rel="self" is a resource equivalent to the entry (its Atom document in Blogger's and AtomPub's feeds),
  // rel="related" a resource the entry is about. The entry's own page, when self is one, is the story's link.
  it('takes a self link that is the entry’s HTML page over a related one, and the related page over an Atom document', async () => {
    const links = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>R</title><id>urn:r</id><updated>2026-02-26T08:00:00Z</updated>
<entry><id>urn:r:1</id><title>Typed page</title><updated>2026-02-26T08:00:00Z</updated>
<link rel="related" href="https://other.example/report"/><link rel="self" type="text/html" href="https://r.example/2026/02/typed-page"/></entry>
<entry><id>urn:r:2</id><title>Untyped page</title><updated>2026-02-26T08:00:00Z</updated>
<link rel="self" href="https://r.example/2026/02/untyped-page.html"/><link rel="related" href="https://other.example/data"/></entry>
<entry><id>urn:r:3</id><title>Atom document</title><updated>2026-02-26T08:00:00Z</updated>
<link rel="self" type="application/atom+xml" href="https://r.example/feeds/posts/default/3"/><link rel="related" href="https://other.example/story"/></entry>
<entry><id>urn:r:4</id><title>Untyped record</title><updated>2026-02-26T08:00:00Z</updated>
<link rel="self" href="https://r.example/entries/4.atom"/><link rel="related" href="https://other.example/4"/></entry>
</feed>`);
    expect(links.map((s) => s.link)).toEqual(['https://r.example/2026/02/typed-page', 'https://r.example/2026/02/untyped-page.html', 'https://other.example/story', 'https://other.example/4']);
  });
});

describe('a headline that names an element', () => {
  it('keeps the rest of an RSS or untyped Atom headline after a bare, unclosed "<video>" or "<script>", and reads closed markup as before', async () => {
    const rss = await stories(`<rss version="2.0"><channel><title>W</title>
<item><title>Browsers agree on the &lt;video&gt; element at last</title><link>https://w.example/1</link></item>
<item><title><![CDATA[Why <script> tags slow news pages]]></title><link>https://w.example/2</link></item>
<item><title>&lt;b&gt;Council&lt;/b&gt; votes to close the &lt;audio&gt; archive</title><link>https://w.example/3</link></item>
</channel></rss>`);
    expect(rss.map((s) => s.title)).toEqual(['Browsers agree on the <video> element at last', 'Why <script> tags slow news pages', 'Council votes to close the <audio> archive']);
    const [untyped, html] = await stories(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2026-02-26T08:00:00Z</updated>
<entry><id>urn:a:1</id><link href="https://a.example/1"/><updated>2026-02-26T08:00:00Z</updated><title>Captions in the &lt;video&gt; player, explained</title></entry>
<entry><id>urn:a:2</id><link href="https://a.example/2"/><updated>2026-02-26T08:00:00Z</updated><title type="html">&lt;i&gt;Saved&lt;/i&gt; by the bell</title></entry>
</feed>`);
    expect(untyped!.title).toBe('Captions in the <video> player, explained');
    expect(html!.title).toBe('Saved by the bell');
  });
});
