import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFeedBody } from '../../src/feeds/charset.js';
import { commonFormDate, parseAnyFormDate, parseFeedDate, type NumericOrder, type StatedOffset } from '../../src/feeds/dates.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { feedCorpusDir } from '../helpers/feed-corpus.js';

/**
 * commonFormDate reads RFC 822's and ISO 8601's common forms straight (perf52): whatever it reads must be what
 * parseAnyFormDate, every rule of parseFeedDate's, reads, in any feed's country, order and clock; anything else it leaves.
 */
const REGIONS = [null, 'in', 'il', 'pk', 'bd', 'au', 'us', 'jp', 'th', 'ir', 'np', 'tw', 'sa', 'et'];
const ORDERS: NumericOrder[] = [null, 'day-first', 'month-first'];
const CLOCKS: StatedOffset[][] = [[], [{ at: Date.UTC(2026, 10, 27), minutes: 330 }], [{ at: Date.UTC(2026, 6, 1), minutes: -240 }]];

function sameEverywhere(raw: string): void {
  const common = commonFormDate(raw);
  for (const region of REGIONS) {
    for (const order of ORDERS) {
      for (const clock of CLOCKS) {
        const any = parseAnyFormDate(raw, region, order, clock);
        if (common !== undefined) expect([raw, region, order, any]).toEqual([raw, region, order, common]);
        expect(parseFeedDate(raw, region, order, clock)).toBe(any);
      }
    }
  }
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Thur', 'mon', 'Fri.'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Sept', 'nov', 'Mär'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const year = fc.oneof(fc.integer({ min: 1985, max: 2110 }), fc.constantFrom(1900, 1989, 1990, 2399, 2400, 2569, 2083, 1448, 1405, 9999));
const day = fc.integer({ min: 0, max: 32 });
const hour = fc.integer({ min: 0, max: 25 });
const minute = fc.integer({ min: 0, max: 61 });
const offset = fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 16 }), fc.constantFrom(0, 15, 30, 45, 59, 60, 99));

// Thousands of generated dates through both readers: 2-3 s a test alone, but past the 30 s default on a 2-core machine
// running several suites at once (load 20+), where it was the one file to time out. A wrong reading still fails at once.
describe('dates in the common forms', { timeout: 180_000 }, () => {
  it('reads every date of the feed corpus as parseAnyFormDate does, in any country, order and clock', async () => {
    const dates = new Set<string>();
    for (const file of readdirSync(feedCorpusDir).filter((f) => f !== 'SOURCES.tsv')) {
      try {
        const parsed = await parseFeed(decodeFeedBody(readFileSync(`${feedCorpusDir}${file}`), null).text);
        for (const entry of parsed.entries) for (const d of entry.dates) dates.add(d);
      } catch {
        // A file that does not parse has no dates to read.
      }
    }
    let read = 0;
    for (const raw of dates) {
      sameEverywhere(raw);
      if (commonFormDate(raw) !== undefined) read++;
    }
    // Most of the corpus's dates are in these forms: the fast path is taken.
    expect(read / dates.size).toBeGreaterThan(0.5);
  });

  it("reads RFC 822's form as parseAnyFormDate does, odd days, hours, years and offsets included", () => {
    const zone = fc.oneof(fc.constantFrom('GMT', 'UTC', 'UT', 'Z', 'EST', 'IST', 'BST', 'PST', 'CST', 'AST', 'gmt', '+0000', '-0000'), offset.map(([sign, h, m]) => `${sign}${pad(h)}${pad(m)}`));
    fc.assert(
      fc.property(fc.constantFrom(...WEEKDAYS), day, fc.constantFrom(...MONTHS), year, hour, minute, minute, zone, fc.constantFrom('', ' ', '  '), (weekday, d, month, y, h, mi, s, z, space) => {
        sameEverywhere(`${space}${weekday}, ${d < 10 && d % 2 ? d : pad(d)} ${month} ${y} ${pad(h)}:${pad(mi)}:${pad(s)} ${z}${space}`);
      }),
      { numRuns: 500 },
    );
  });

  it("reads ISO 8601's form as parseAnyFormDate does, odd days, hours, years and offsets included", () => {
    const zone = fc.oneof(fc.constantFrom('Z', 'z', '', '+00:00', '-00:00', ' Z', 'UTC', '.123Z', '+0530'), offset.map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`));
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 13 }), day, hour, minute, minute, zone, fc.constantFrom('T', ' ', 't'), (y, mo, d, h, mi, s, z, t) => {
        sameEverywhere(`${pad(y, 4)}-${pad(mo)}-${pad(d)}${t}${pad(h)}:${pad(mi)}:${pad(s)}${z}`);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves other forms to parseAnyFormDate', () => {
    for (const raw of ['Fri, 27 Nov 2026 10:05:00 IST', '2026-11-27', 'Fri, 27 Nov 2026 10:05 GMT', '27 Nov 2026 10:05:00 GMT', '2026-11-27T10:05:00', '2026-11-27T10:05:00.5Z', 'Sun, 29 Feb 2026 10:05:00 GMT', 'Fri, 27 Nov 2569 10:05:00 +0700']) {
      expect(commonFormDate(raw)).toBeUndefined();
    }
    expect(commonFormDate('Fri, 27 Nov 2026 10:05:00 +0530')).toBe(Date.UTC(2026, 10, 27, 4, 35));
    expect(commonFormDate('2026-11-27T10:05:00-05:00')).toBe(Date.UTC(2026, 10, 27, 15, 5));
  });
});
