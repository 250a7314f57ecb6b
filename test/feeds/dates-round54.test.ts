import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { zoneOffset } from '../helpers/dated-feeds.js';

/**
 * The fifty-fourth round's dates (README), read by the pure function: other calendars' years as CLDR's English prints them.
 * Every form is printed here by Node's Intl (ICU's calendars) from an instant, and that instant is what the reader must give
 * back: no hand-made expectation.
 */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** The instant a wall clock in the zone shows y-m-d h:mi (month from 1). */
function wall(timeZone: string, y: number, m: number, d: number, h = 0, mi = 0): number {
  const guess = Date.UTC(y, m - 1, d, h, mi);
  return guess - zoneOffset(timeZone, guess - zoneOffset(timeZone, guess));
}

/** Days across the year, in the morning and the evening, and the stroke of noon and the half hour after midnight. */
const TIMES: [number, number, number, number, number][] = [
  [2026, 1, 5, 10, 5], [2026, 2, 28, 0, 30], [2026, 3, 14, 21, 40], [2026, 4, 1, 12, 0], [2026, 5, 6, 10, 5], [2026, 6, 20, 18, 45],
  [2026, 7, 27, 15, 30], [2026, 8, 15, 6, 0], [2026, 9, 9, 8, 15], [2026, 10, 2, 14, 5], [2026, 11, 27, 10, 5], [2026, 12, 31, 23, 59],
];
const STYLES = ['full', 'long', 'medium'] as const;

/** Each form Intl prints in the locale on the zone's clock, with a time (short and medium) and without, beside what it is. */
function printed(locale: string, timeZone: string): { text: string; want: string }[] {
  return TIMES.flatMap(([y, m, d, h, mi]) => {
    const at = wall(timeZone, y, m, d, h, mi);
    const midnight = iso(wall(timeZone, y, m, d))!;
    return STYLES.flatMap((dateStyle) => [
      { text: new Intl.DateTimeFormat(locale, { dateStyle, timeZone }).format(at), want: midnight },
      { text: new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone }).format(at), want: iso(at)! },
      { text: new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'medium', timeZone }).format(at), want: iso(at)! },
    ]);
  });
}
const misread = (forms: { text: string; want: string }[], region: string | null) =>
  forms.filter(({ text, want }) => iso(parseFeedDate(text, region)) !== want).map(({ text }) => text);

describe('other calendars’ years as CLDR’s English prints them', () => {
  it.each([
    ['en-u-ca-buddhist', 'Asia/Bangkok', 'th'],
    ['en-u-ca-japanese', 'Asia/Tokyo', 'jp'],
    ['en-u-ca-roc', 'Asia/Taipei', 'tw'],
    ['en-u-ca-hebrew', 'Asia/Jerusalem', 'il'],
    ['en-u-ca-persian', 'Asia/Tehran', 'ir'],
  ])('%s: every date and date-time Intl prints on %s’s clock, in a feed of its country and in one of none', (locale, zone, region) => {
    const forms = printed(locale, zone);
    expect(misread(forms, region)).toEqual([]);
    expect(misread(forms, null)).toEqual([]);
  });

  it('the era written before its year, and its numeric date', () => {
    const tokyo = wall('Asia/Tokyo', 2026, 11, 27);
    const taipei = wall('Asia/Taipei', 2026, 11, 27);
    const era = (cal: string) => new Intl.DateTimeFormat(`en-u-ca-${cal}`, { year: 'numeric', era: 'short', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 10, 27));
    const year = (cal: string) => era(cal).find((p) => p.type === 'year')!.value;
    const name = (cal: string) => era(cal).find((p) => p.type === 'era')!.value;
    expect(iso(parseFeedDate(`${name('japanese')} ${year('japanese')}, November 27`))).toBe(iso(tokyo));
    expect(iso(parseFeedDate(`${name('roc')} ${year('roc')}-11-27`))).toBe(iso(taipei));
    expect(iso(parseFeedDate(`${name('roc')} ${year('roc')}, November 27`))).toBe(iso(taipei));
  });

  it('a day the calendar lacks stays no date', () => {
    expect(parseFeedDate('31 Kislev 5787')).toBeNull();
    expect(parseFeedDate('Esfand 32, 1405 AP')).toBeNull();
  });
});
