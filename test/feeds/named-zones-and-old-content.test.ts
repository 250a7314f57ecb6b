import { describe, expect, it } from 'vitest';
import { statedClock } from '../../src/feeds/dates.js';
import { rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * Two things a lenient reader reads that were lost. A zone name in a feed's other dates ("… 10:00:00 EST" in its
 * lastBuildDate, "MSK" in a Russian one) states the clock its zoneless dates keep, as a numeric offset does: those
 * dates were read as UTC. And old RSS items that carry their story in <xhtml:body>, <body> in the XHTML namespace or
 * <fullitem> (feedparser reads all three as the item's content) came out without a text.
 */
const sweep = feedSweep('feeds-named-zones-old-content', Date.parse('2026-11-26T23:00:00Z'));

let served = 0;
const seen = (body: string) => sweep.seenInOrder(`/named-zones/${++served}`, body);
const published = async (body: string) => (await seen(body)).map((s) => [s.title, s.published]);

const item = (site: string, n: number, title: string, date: string, extra = '') =>
  `<title>${title}</title><link>https://${site}/news/${n}</link><pubDate>${date}</pubDate><description>${title}, in brief.</description>${extra}`;

describe('zone names in the feed state the clock of its zoneless dates', () => {
  it("a US feed whose lastBuildDate is in EST: its items' 11/26/2026 9:15 AM is Eastern time", async () => {
    const doc = rss('', '<title>Valley Courier</title><link>https://valley-courier.example.com/</link><language>en-US</language><lastBuildDate>Thu, 26 Nov 2026 10:00:00 EST</lastBuildDate>', [
      item('valley-courier.example.com', 1, 'School board delays bond vote', '11/26/2026 9:15 AM'),
      item('valley-courier.example.com', 2, 'Snow plows ready for first storm', '11/26/2026 7:40 AM'),
    ]);
    expect(await published(doc)).toEqual([
      ['School board delays bond vote', '2026-11-26T14:15:00.000Z'],
      ['Snow plows ready for first storm', '2026-11-26T12:40:00.000Z'],
    ]);
  });

  it('a Russian feed whose lastBuildDate is in MSK: its zoneless dates are Moscow time', async () => {
    const doc = rss('', '<title>Вести Заволжья</title><link>https://zavolzhye.example.com/</link><language>ru</language><lastBuildDate>Thu, 26 Nov 2026 13:00:00 MSK</lastBuildDate>', [
      item('zavolzhye.example.com', 1, 'В Тольятти отремонтировали набережную', '26 ноября 2026 в 12:30'),
    ]);
    expect(await published(doc)).toEqual([['В Тольятти отремонтировали набережную', '2026-11-26T09:30:00.000Z']]);
  });

  it("EST and EDT are one clock: a zoneless date keeps the one nearest it in time", async () => {
    const doc = rss('', '<title>Harbor Weekly</title><link>https://harbor-weekly.example.com/</link><lastBuildDate>Thu, 26 Nov 2026 10:00:00 EST</lastBuildDate>', [
      item('harbor-weekly.example.com', 1, 'Ferry schedule changes for winter', 'Mon, 26 Oct 2026 10:00:00 EDT'),
      item('harbor-weekly.example.com', 2, 'Marina closes docks for the season', '10/20/2026 8:00 AM'),
      item('harbor-weekly.example.com', 3, 'Lighthouse gets new lamp', '11/25/2026 4:30 PM'),
    ]);
    expect(await published(doc)).toEqual([
      ['Ferry schedule changes for winter', '2026-10-26T14:00:00.000Z'],
      ['Marina closes docks for the season', '2026-10-20T12:00:00.000Z'],
      ['Lighthouse gets new lamp', '2026-11-25T21:30:00.000Z'],
    ]);
  });

  it("an item's own date in PST beside its zoneless pubDate: the pubDate is Pacific time", async () => {
    const doc = rss('', '<title>Bay Notes</title><link>https://bay-notes.example.com/</link>', [
      item('bay-notes.example.com', 1, 'Bridge toll rises in January', '2026-11-26 09:15:00', '<lastmod>Thu, 26 Nov 2026 09:20:00 PST</lastmod>'),
    ]);
    expect(await published(doc)).toEqual([['Bridge toll rises in January', '2026-11-26T17:15:00.000Z']]);
  });

  it('a name the code does not trust (ECT: Ecuador or the Caribbean?) states no clock: UTC', async () => {
    const doc = rss('', '<title>Island Post</title><link>https://island-post.example.com/</link><lastBuildDate>Thu, 26 Nov 2026 10:00:00 ECT</lastBuildDate>', [
      item('island-post.example.com', 1, 'Cruise season opens early', '2026-11-26 09:15:00'),
    ]);
    expect(await published(doc)).toEqual([['Cruise season opens early', '2026-11-26T09:15:00.000Z']]);
  });

  it("items in IST and in EST (an aggregator's) state no one clock: a zoneless item stays UTC", async () => {
    const doc = rss('', '<title>World Roundup</title><link>https://world-roundup.example.com/</link>', [
      item('world-roundup.example.com', 1, 'Monsoon session of parliament ends', 'Thu, 26 Nov 2026 14:00:00 IST'),
      item('world-roundup.example.com', 2, 'Senate passes funding bill', 'Thu, 26 Nov 2026 08:00:00 EST'),
      item('world-roundup.example.com', 3, 'Markets close mixed', '2026-11-26 16:00:00'),
    ]);
    expect((await published(doc))[2]).toEqual(['Markets close mixed', '2026-11-26T16:00:00.000Z']);
  });

  it("two items in IST beside one at +0545 written after \"pm\": two clocks, no feed's", async () => {
    const doc = rss('', '<title>South Asia Wire</title><link>https://south-asia-wire.example.com/</link>', [
      item('south-asia-wire.example.com', 1, 'Rail link to the border opens', 'Thu, 26 Nov 2026 14:05:00 IST'),
      item('south-asia-wire.example.com', 2, 'Tea exports rise', '2026-11-26T14:05:00 IST'),
      item('south-asia-wire.example.com', 3, 'Kathmandu airport adds a runway', 'Thu, 26 Nov 26 2:05 pm +0545'),
      item('south-asia-wire.example.com', 4, 'Monsoon review meeting held', 'Thursday, November 26, 2026 - 14:05'),
    ]);
    expect((await published(doc))[3]).toEqual(['Monsoon review meeting held', '2026-11-26T14:05:00.000Z']);
  });
});

describe('the clock a zone name states (statedClock)', () => {
  const minutes = (dates: string[], region: string | null) => statedClock(dates, region).map((o) => o.minutes);

  it.each([
    [['Thu, 26 Nov 2026 10:00:00 IST'], null, [330]],
    // Israel's IST in an Israeli feed, as parseFeedDate reads it there.
    [['Thu, 26 Nov 2026 10:00:00 IST'], 'il', [120]],
    [['Thu, 26 Nov 2026 10:00:00 PST'], 'pk', [300]],
    [['11/26/2026 9:15 AM ET', 'Mon, 26 Oct 2026 10:00:00 EDT'], null, [-300, -240]],
    // Untrusted, at UTC, or two clocks: nothing.
    [['Thu, 26 Nov 2026 10:00:00 ECT'], null, []],
    [['Thu, 26 Nov 2026 10:00:00 GMT'], null, []],
    [['Thu, 26 Nov 2026 10:00:00 JST', 'Thu, 26 Nov 2026 10:00:00 KST', 'Thu, 26 Nov 2026 10:00:00 CET'], null, []],
  ])('%j in %s states %j', (dates, region, expected) => {
    expect(minutes(dates, region)).toEqual(expected);
  });
});

describe('old content elements', () => {
  const XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"';
  const channel = '<title>Old Town Gazette</title><link>https://old-town.example.org/</link>';
  const bare = (n: number, title: string, body: string) => `<title>${title}</title><link>https://old-town.example.org/stories/${n}</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>${body}`;

  it('an item whose story is in <xhtml:body>: its paragraphs, its picture and link resolved against the site', async () => {
    const doc = rss(XHTML, channel, [
      bare(
        1,
        'Mill reopens as a museum',
        '<xhtml:body><xhtml:p>The old mill on the river opened its doors as a museum on Thursday.</xhtml:p><xhtml:p><xhtml:img src="/pics/mill.jpg" alt="The mill"/>Visitors can read <xhtml:a href="/stories/mill-history">its history</xhtml:a> in the hall.</xhtml:p></xhtml:body>',
      ),
    ]);
    const [story] = await seen(doc);
    expect(story!.text).toBe('The old mill on the river opened its doors as a museum on Thursday.\n\nVisitors can read its history in the hall.');
    expect(story!.image).toBe('https://old-town.example.org/pics/mill.jpg');
  });

  it('an item whose story is in <body xmlns="http://www.w3.org/1999/xhtml">', async () => {
    const doc = rss('', channel, [
      bare(
        2,
        'Council names new park',
        '<body xmlns="http://www.w3.org/1999/xhtml"><p>The council named the new park after a local teacher.</p><p><img src="/pics/park.jpg"/>It opens in <b>spring</b>.</p></body>',
      ),
    ]);
    const [story] = await seen(doc);
    expect(story!.text).toBe('The council named the new park after a local teacher.\n\nIt opens in spring.');
    expect(story!.image).toBe('https://old-town.example.org/pics/park.jpg');
  });

  it('an item whose story is in <fullitem>, as markup or escaped HTML', async () => {
    const doc = rss('', channel, [
      bare(3, 'Bakery wins regional prize', '<fullitem><p>The bakery on Mill Street won the regional prize for rye bread.</p><p>Its owner thanked <i>her staff</i>.</p></fullitem>'),
      bare(4, 'Choir tours the valley', '<fullitem>&lt;p&gt;The town choir will sing in six villages.&lt;/p&gt;&lt;p&gt;&lt;img src="/pics/choir.jpg"&gt;Tickets are free.&lt;/p&gt;</fullitem>'),
    ]);
    const [bakery, choir] = await seen(doc);
    expect(bakery!.text).toBe('The bakery on Mill Street won the regional prize for rye bread.\n\nIts owner thanked her staff.');
    expect(choir!.text).toBe('The town choir will sing in six villages.\n\nTickets are free.');
    expect(choir!.image).toBe('https://old-town.example.org/pics/choir.jpg');
  });
});
