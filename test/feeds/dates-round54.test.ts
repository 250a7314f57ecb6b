import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { printedForms as printed, zoneWall as wall } from '../helpers/dated-feeds.js';

/**
 * The fifty-fourth round's dates (README), read by the pure function: other calendars' years as CLDR's English prints them.
 * Every form is printed here by Node's Intl (ICU's calendars) from an instant, and that instant is what the reader must give
 * back: no hand-made expectation.
 */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

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
