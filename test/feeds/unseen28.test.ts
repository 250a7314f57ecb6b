import { describe, expect, it } from 'vitest';
import { atom, ATOM_TYPE, DC, rss, X } from '../helpers/feed-docs.js';
import { feedSweep, seenStory } from '../helpers/poll.js';

/**
 * The twenty-eighth sweep: entities a feed's own DOCTYPE declares (and the attacks that abuse them: external entities,
 * "billion laughs", quadratic blow-up), RSS written in capitals, and generators' and CMSs' shapes a desk subscribes to:
 * RSS-Bridge's Atom, FiveFilters' Full-Text RSS, Drupal 10's classless node fields, a page that forwards by script. The
 * documents are written for the test, in the generators' shapes only. Each is served over HTTP, added as a feed, polled
 * once and read back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen28-docs', Date.parse('2026-11-27T09:00:00Z'));

let served = 0;
const path = () => `/unseen28/${++served}`;

/** One poll that must succeed: the stories as a reader sees them, and the feed's warning. */
async function read(body: string, contentType = 'application/rss+xml; charset=utf-8') {
  const { outcome, feed, stories } = await sweep.poll(path(), body, contentType);
  expect(outcome).toMatchObject({ status: 'ok', error: null });
  return { stories: stories.map(seenStory), warning: feed.lastWarning, title: feed.title };
}

const LOL = (n: number) => `<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`;
const BILLION_LAUGHS = `<!DOCTYPE rss [<!ENTITY lol0 "lol">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(LOL).join('')}]>`;

describe("entities a feed's own DOCTYPE declares", () => {
  it('a plain-text entity in the channel title, a headline, the copy and an attribute, and one built of others and character references', async () => {
    const body = `${X}<!DOCTYPE rss [
  <!ENTITY site "Harbour Courier">
  <!-- a comment's apostrophe isn't a quote -->
  <!ENTITY home 'https://courier.example.com'>
  <!ENTITY nbsp "&#160;">
  <!ENTITY strap "&site; &#8212; the port&#x2019;s paper &amp; more">
]>
<rss version="2.0"><channel><title>&site;</title><link>&home;/</link>
<item><title>&site; wins press award</title><link>&home;/2026/11/26/award</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>The&nbsp;&site; won the regional award. &strap;</description></item>
</channel></rss>`;
    const { stories, warning, title } = await read(body);
    expect(title).toBe('Harbour Courier');
    expect(stories).toMatchObject([
      {
        title: 'Harbour Courier wins press award',
        link: 'https://courier.example.com/2026/11/26/award',
        source: 'Harbour Courier',
        text: 'The Harbour Courier won the regional award. Harbour Courier — the port’s paper & more',
      },
    ]);
    expect(warning).toBeNull();
  });

  it('an Atom feed: an entity in an attribute holding quotes, and one inside CDATA, which XML never expands', async () => {
    const body = atom('&desk;', '<link href="https://desk.example.org/"/>', [
      '<title>&quote; &#8212; minister</title><id>urn:desk:1</id><updated>2026-11-26T10:00:00Z</updated><link href="https://desk.example.org/1" title="&quote;"/><content type="html"><![CDATA[<p>Written &desk; stays as written in CDATA.</p>]]></content>',
    ]).replace('<feed', `<!DOCTYPE feed [<!ENTITY desk "Quay Desk"><!ENTITY quote '"We will build it" &amp; soon'>]><feed`);
    const { stories, title } = await read(body, ATOM_TYPE);
    expect(title).toBe('Quay Desk');
    expect(stories).toMatchObject([{ title: '"We will build it" & soon — minister', link: 'https://desk.example.org/1', text: 'Written &desk; stays as written in CDATA.' }]);
  });

  it('an external entity (SYSTEM or PUBLIC), a parameter entity and an entity holding markup are never read: left as written', async () => {
    let asked = 0;
    sweep.server.handle('/unseen28/secret.txt', (_req, res) => {
      asked++;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('SECRET');
    });
    const secret = sweep.server.url('/unseen28/secret.txt');
    const body = `${X}<!DOCTYPE rss [
  <!ENTITY leak SYSTEM "${secret}">
  <!ENTITY pub PUBLIC "-//Example//Leak//EN" "${secret}">
  <!ENTITY % dtd SYSTEM "${secret}"> %dtd;
  <!ENTITY bold "<b>bold</b>">
]>
<rss version="2.0"><channel><title>Ferry Desk</title><link>https://ferrydesk.example.com/</link>
<item><title>Ferry &leak; and &pub; back</title><link>https://ferrydesk.example.com/back</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>Back &bold; today.</description></item>
</channel></rss>`;
    const { stories } = await read(body);
    expect(stories).toMatchObject([{ title: 'Ferry &leak; and &pub; back', text: 'Back &bold; today.' }]);
    expect(JSON.stringify(stories)).not.toContain('SECRET');
    expect(asked).toBe(0);
  });

  it('"billion laughs" (ten levels of ten references) is read at once with its entities left as written, and the feed says why', async () => {
    const body = `${X}${BILLION_LAUGHS}<rss version="2.0"><channel><title>Laugh Desk</title><link>https://laughdesk.example.com/</link>
<item><title>Joke &lol9; ends</title><link>https://laughdesk.example.com/joke</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>Small: &lol2;.</description></item>
</channel></rss>`;
    const started = performance.now();
    const { stories, warning } = await read(body);
    // Before: nothing expanded, and no word on why. A billion "lol"s would take gigabytes; refused at 16,384 characters.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(stories).toMatchObject([{ title: 'Joke &lol9; ends', text: `Small: ${'lol'.repeat(100)}.` }]);
    expect(warning).toBe('entities the DOCTYPE declares were left as written: &lol9; would expand past 16,384 characters or 32 levels');
  });

  it('one entity of 16,000 characters used 100 times (quadratic blow-up) is left as written everywhere, with a warning', async () => {
    const items = Array.from({ length: 100 }, (_, i) => `<title>Notice ${i} &big;</title><link>https://blowup.example.com/${i}</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>`);
    const body = rss('', '<title>Blow-up Desk</title><link>https://blowup.example.com/</link>', items).replace('<rss', `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(16_000)}">]><rss`);
    const { stories, warning } = await read(body);
    expect(stories).toHaveLength(100);
    expect(stories.every((s) => s.title.endsWith(' &big;'))).toBe(true);
    expect(warning).toBe('entities the DOCTYPE declares were left as written: expanded they would add more than 1,000,000 characters');
  });

  it('entities that refer to each other in a loop are left as written; the rest of the feed reads', async () => {
    const body = rss('', '<title>Loop Desk</title><link>https://loopdesk.example.com/</link>', [
      '<title>Round &a; and round</title><link>https://loopdesk.example.com/1</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>Fine: &ok;.</description>',
    ]).replace('<rss', '<!DOCTYPE rss [<!ENTITY a "x&b;"><!ENTITY b "y&a;"><!ENTITY ok "still fine">]><rss');
    expect((await read(body)).stories).toMatchObject([{ title: 'Round &a; and round', text: 'Fine: still fine.' }]);
  });

  it("XHTML's Latin-1 entity set named by a parameter entity (never fetched): its HTML entities still read as characters", async () => {
    const body = rss('', '<title>Caf&eacute; Times</title><link>https://cafetimes.example.com/</link>', [
      '<title>Caf&eacute;s&nbsp;open late &mdash; again</title><link>https://cafetimes.example.com/late</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>Caf&eacute;s open.</description>',
    ]).replace('<rss', '<!DOCTYPE rss [<!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent"> %HTMLlat1;]><rss');
    expect((await read(body)).stories).toMatchObject([{ title: 'Cafés open late — again', source: 'Café Times', text: 'Cafés open.' }]);
  });
});

describe('RSS written in capitals', () => {
  it('<RSS><CHANNEL><ITEM> with <PUBDATE> and <GUID ISPERMALINK>: read with RSS’s own names, with a warning', async () => {
    const body = `${X}<RSS VERSION="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><CHANNEL><TITLE>Shore Gazette</TITLE><LINK>https://shoregazette.example.com/</LINK>
<ITEM><TITLE>Sea wall <![CDATA[<TITLE>]]> works begin</TITLE><LINK>https://shoregazette.example.com/sea-wall</LINK><GUID ISPERMALINK="false">sg-1</GUID><PUBDATE>Thu, 26 Nov 2026 10:00:00 GMT</PUBDATE><dc:creator>Asha Rao</dc:creator><DESCRIPTION>Work on the sea wall began on Thursday.</DESCRIPTION></ITEM>
</CHANNEL></RSS>`;
    const { stories, warning } = await read(body);
    expect(stories).toMatchObject([
      { title: 'Sea wall <TITLE> works begin', link: 'https://shoregazette.example.com/sea-wall', published: '2026-11-26T10:00:00.000Z', author: 'Asha Rao', source: 'Shore Gazette', text: 'Work on the sea wall began on Thursday.' },
    ]);
    expect(warning).toBe("element names written in capitals (<RSS>) read as RSS's own");
  });

  it('Atom in capitals (<FEED>) stays refused, with an error that says XML names are case-sensitive', async () => {
    const { outcome, feed } = await sweep.poll(path(), `${X}<FEED xmlns="http://www.w3.org/2005/Atom"><TITLE>Shore Gazette</TITLE><ENTRY><TITLE>Sea wall</TITLE></ENTRY></FEED>`, ATOM_TYPE);
    expect(outcome.status).toBe('error');
    expect(feed.lastError).toBe('not a feed: the document is XML whose root is <FEED>, not RSS, Atom or JSON Feed (XML names are case-sensitive: <FEED> is not <feed>)');
  });
});

describe('feed generators a desk subscribes to', () => {
  it("RSS-Bridge's Atom: its own name as the feed's author is no byline; an entry's own author stays", async () => {
    const body = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title type="text">Harbour Times - Latest</title><id>https://bridge.example.net/?action=display&amp;bridge=HarbourBridge&amp;format=Atom</id><updated>2026-11-26T11:00:00+00:00</updated><author><name>RSS-Bridge</name></author><link rel="alternate" type="text/html" href="https://harbourtimes.example.com/"/>
<entry><title type="html">Lighthouse restoration begins</title><published>2026-11-26T10:00:00+00:00</published><updated>2026-11-26T10:00:00+00:00</updated><id>https://harbourtimes.example.com/news/lighthouse</id><link rel="alternate" type="text/html" href="https://harbourtimes.example.com/news/lighthouse"/><content type="html">&lt;p&gt;Work to restore the lighthouse began on Thursday.&lt;/p&gt;</content></entry>
<entry><title type="html">Harbour fees rise</title><published>2026-11-26T09:00:00+00:00</published><updated>2026-11-26T09:00:00+00:00</updated><id>urn:sha1:0f1e2d</id><link rel="alternate" type="text/html" href="https://harbourtimes.example.com/news/fees"/><author><name>Mary Quay</name></author><content type="html">&lt;p&gt;Mooring fees will rise by 4% in January.&lt;/p&gt;</content><link rel="enclosure" type="image/jpeg" href="https://harbourtimes.example.com/img/fees.jpg"/></entry>
</feed>`;
    expect(await sweep.seenInOrder(path(), body, ATOM_TYPE)).toMatchObject([
      { title: 'Lighthouse restoration begins', author: null, source: 'Harbour Times', text: 'Work to restore the lighthouse began on Thursday.' },
      { title: 'Harbour fees rise', author: 'Mary Quay', image: 'https://harbourtimes.example.com/img/fees.jpg' },
    ]);
  });

  it("FiveFilters' Full-Text RSS: its note to publishers and its ad-block test link under the copy go, as a paragraph or run into the last", async () => {
    const note = "This entry passed through the Full-Text RSS service - if this is your content and you're reading it on someone else's site, please read the FAQ at fivefilters.org/content-only/faq.php#publishers.";
    const body = rss(DC, '<title>Harbour Times</title><link>https://harbourtimes.example.com/</link><generator>Full-Text RSS</generator>', [
      `<title>Dock strike called off</title><link>https://harbourtimes.example.com/news/strike</link><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate><dc:creator>Ravi Menon</dc:creator><description>&lt;p&gt;The union called off Friday’s strike.&lt;/p&gt;&lt;p&gt;Members vote next week.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;&lt;a href="https://blockads.fivefilters.org"&gt;Adblock test&lt;/a&gt;&lt;/strong&gt; &lt;a href="https://blockads.fivefilters.org/acceptable.html"&gt;(Why?)&lt;/a&gt;&lt;/p&gt;</description>`,
      `<title>Tug fleet renewed</title><link>https://harbourtimes.example.com/news/tugs</link><pubDate>Thu, 26 Nov 2026 08:30:00 +0000</pubDate><description>&lt;p&gt;The port bought two new tugs.&lt;/p&gt;&lt;p&gt;&lt;em&gt;${note.replace(/'/g, '&amp;#039;')}&lt;/em&gt;&lt;/p&gt;</description>`,
      `<title>Pilots retire</title><link>https://harbourtimes.example.com/news/pilots</link><pubDate>Thu, 26 Nov 2026 07:30:00 +0000</pubDate><description>Two harbour pilots retired on Wednesday. ${note} Let's block ads! (Why?)</description>`,
    ]);
    expect((await sweep.seenInOrder(path(), body)).map((s) => s.text)).toEqual(['The union called off Friday’s strike.\n\nMembers vote next week.', 'The port bought two new tugs.', 'Two harbour pilots retired on Wednesday.']);
  });

  it("Drupal 10's RSS view mode without classes (Olivero, Claro): the headline, account and date spans before the body are no copy", async () => {
    const fields = (title: string, date: string) =>
      `&lt;span&gt;${title}&lt;/span&gt;\n&lt;span&gt;&lt;span lang="" about="/user/12" typeof="schema:Person" property="schema:name" datatype=""&gt;comms&lt;/span&gt;&lt;/span&gt;\n&lt;span&gt;&lt;time datetime="2026-11-26T10:00:00+00:00" title="Thursday, November 26, 2026 - 10:00"&gt;${date}&lt;/time&gt;\n&lt;/span&gt;\n`;
    const body = rss(DC, '<title>Port City News</title><link>https://www.portcity.example.gov/</link>', [
      `<title>Council approves budget</title><link>https://www.portcity.example.gov/news/council-approves-budget</link><description>${fields('Council approves budget', 'Thu, 11/26/2026 - 10:00')}&lt;div&gt;&lt;p&gt;The council approved the 2027 budget on Wednesday night.&lt;/p&gt;&lt;/div&gt;</description><pubDate>Thu, 26 Nov 2026 10:00:00 +0000</pubDate><dc:creator>comms</dc:creator><guid isPermaLink="false">1234 at https://www.portcity.example.gov</guid>`,
      // A story that opens with a span of its own keeps it.
      '<title>Bins collected early</title><link>https://www.portcity.example.gov/news/bins</link><description>&lt;span&gt;Note:&lt;/span&gt; bins will be collected a day early next week.</description><pubDate>Thu, 26 Nov 2026 09:00:00 +0000</pubDate>',
    ]);
    expect((await sweep.seenInOrder(path(), body)).map((s) => s.text)).toEqual(['The council approved the 2027 budget on Wednesday night.', 'Note: bins will be collected a day early next week.']);
  });
});

describe('social accounts read as feeds', () => {
  it("a Bluesky profile's feed (\"@handle - Name\") and RSSHub's Telegram channel (\"Name - Telegram Channel\") are the account's", async () => {
    const bluesky = rss('', '<title>@harbourboard.example.com - Harbour Board</title><link>https://bsky.app/profile/harbourboard.example.com</link><description>Official account</description>', [
      '<link>https://bsky.app/profile/harbourboard.example.com/post/3lb2abcdefg2x</link><description>Berth 2 reopens tomorrow after repairs.</description><pubDate>26 Nov 2026 10:05 +0000</pubDate><guid isPermaLink="false">at://did:plc:abc/app.bsky.feed.post/3lb2abcdefg2x</guid>',
    ]);
    const telegram = rss('xmlns:atom="http://www.w3.org/2005/Atom"', '<title><![CDATA[Harbour Board - Telegram Channel]]></title><link>https://t.me/s/harbourboard</link><description><![CDATA[Official channel - Powered by RSSHub]]></description><generator>RSSHub</generator>', [
      '<title><![CDATA[Pilot boarding moves to the outer anchorage from Monday.]]></title><description><![CDATA[Pilot boarding moves to the outer anchorage from Monday.]]></description><pubDate>Thu, 26 Nov 2026 10:05:00 GMT</pubDate><guid isPermaLink="false">https://t.me/harbourboard/4512</guid><link>https://t.me/harbourboard/4512</link>',
    ]);
    expect(await sweep.seenInOrder(path(), bluesky)).toMatchObject([{ title: 'Berth 2 reopens tomorrow after repairs', source: 'Harbour Board' }]);
    expect(await sweep.seenInOrder(path(), telegram)).toMatchObject([{ link: 'https://t.me/harbourboard/4512', source: 'Harbour Board' }]);
    // A site whose name merely starts with "@" and has no dash stays as it is.
    const plain = rss('', '<title>@Home Daily</title><link>https://athome.example.com/</link>', ['<title>Rents rise</title><link>https://athome.example.com/rents</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>']);
    expect(await sweep.seenInOrder(path(), plain)).toMatchObject([{ source: '@Home Daily' }]);
  });
});

describe('a page that forwards by script', () => {
  it('names where the script leads in the feed’s error, without following it', async () => {
    const page = '<!DOCTYPE html><html><head><title>Redirecting…</title><script>window.location.href = "/unseen28/moved.xml";</script></head><body><p>If you are not redirected, <a href="/unseen28/moved.xml">click here</a>.</p></body></html>';
    const { outcome, feed } = await sweep.poll(path(), page, 'text/html; charset=utf-8');
    expect(outcome.status).toBe('error');
    expect(feed.lastError).toBe(
      `not a feed: the document is an HTML page ("Redirecting…"), not RSS, Atom or JSON Feed; it forwards by a script to ${sweep.server.url('/unseen28/moved.xml')}, which wirebrief does not run: add the feed at that address`,
    );
    // A page whose scripts forward nowhere stays a page that is no feed.
    const plain = await sweep.poll(path(), '<html><head><title>Home</title><script>var location2 = "x"; console.log(location.href);</script></head><body>Hi</body></html>', 'text/html');
    expect(plain.feed.lastError).toBe('not a feed: the document is an HTML page ("Home"), not RSS, Atom or JSON Feed');
  });
});
