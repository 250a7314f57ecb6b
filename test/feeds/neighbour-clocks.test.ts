import { describe, expect, it } from 'vitest';
import { isDaylightPair, statedClock } from '../../src/feeds/dates.js';
import { rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * Offsets half an hour apart are one clock only on Lord Howe Island. A South Asian feed carrying Indian items at +0530 and a
 * Bangladeshi agency's at +0600 was taken for one clock with daylight time, and its zoneless items were read on whichever
 * offset stood nearest in time: Dhaka's, half an hour out for an Indian release. Offsets an hour apart off the whole hour
 * (+0530 and +0630: India and Myanmar) are two countries' clocks too, unless a real zone keeps them as standard and daylight
 * time (Newfoundland, South Australia, Chatham).
 */
const sweep = feedSweep('neighbour-clocks', Date.parse('2026-11-27T23:00:00Z'));
let served = 0;
const published = async (body: string) => (await sweep.seenInOrder(`/neighbour-clocks/${++served}`, body)).map((s) => [s.title, s.published]);
const item = (n: number, title: string, date: string) =>
  `<title>${title}</title><link>https://south-asia-desk.example.com/news/${n}</link><pubDate>${date}</pubDate><description>${title}, in brief.</description>`;

describe('neighbouring countries’ offsets state no one clock', () => {
  it('items at +0530 (India) beside one at +0600 (Bangladesh): a zoneless item is not read on Dhaka’s clock', async () => {
    const doc = rss('', '<title>South Asia Desk</title><link>https://south-asia-desk.example.com/</link>', [
      item(1, 'Cabinet clears rail projects', 'Fri, 27 Nov 2026 17:30:00 +0530'),
      item(2, 'Port traffic rises in October', 'Fri, 27 Nov 2026 12:00:00 +0530'),
      item(3, 'Trade fair to open on January 1', 'Fri, 27 Nov 2026 16:05:00 +0600'),
      item(4, 'Defence expo opens in Pune', '27 Nov 2026 17:30:00'),
    ]);
    expect((await published(doc))[3]).toEqual(['Defence expo opens in Pune', '2026-11-27T17:30:00.000Z']);
  });

  it('items at +0530 beside one at +0630 (Myanmar) state no clock either; Adelaide’s +1030 beside +0930 does', async () => {
    const doc = rss('', '<title>Bay Desk</title><link>https://south-asia-desk.example.com/</link>', [
      item(5, 'Monsoon ends early', 'Fri, 27 Nov 2026 10:00:00 +0530'),
      item(6, 'Yangon port reopens', 'Fri, 27 Nov 2026 11:00:00 +0630'),
      item(7, 'Fishing ban lifted', '2026-11-27 11:15:00'),
    ]);
    expect((await published(doc))[2]).toEqual(['Fishing ban lifted', '2026-11-27T11:15:00.000Z']);
    expect(statedClock(['Fri, 27 Nov 2026 10:00:00 +1030', 'Fri, 10 Jul 2026 10:00:00 +0930']).map((o) => o.minutes)).toEqual([630, 570]);
  });
});

describe('isDaylightPair', () => {
  it.each([
    [330, 360, false],
    [330, 390, false],
    [330, 345, false],
    [-300, -240, true],
    [60, 120, true],
    [630, 660, true],
    [-210, -150, true],
    [765, 825, true],
    [0, 120, false],
  ])('%i and %i: %s', (a, b, expected) => {
    expect(isDaylightPair(a, b)).toBe(expected);
    expect(isDaylightPair(b, a)).toBe(expected);
  });

  it('accepts every standard and daylight pair of every zone Intl knows this year (Antarctica’s Troll station aside)', () => {
    const offset = (timeZone: string, at: Date) => {
      const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
      const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!;
      return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const year = new Date().getUTCFullYear();
    const pairs = Intl.supportedValuesOf('timeZone')
      .filter((zone) => zone !== 'Antarctica/Troll')
      .map((zone) => [zone, offset(zone, new Date(Date.UTC(year, 0, 15))), offset(zone, new Date(Date.UTC(year, 6, 15)))] as const)
      .filter(([, january, july]) => january !== july);
    expect(pairs.length).toBeGreaterThan(50);
    expect(pairs.filter(([, january, july]) => !isDaylightPair(january, july))).toEqual([]);
  });
});
