import { describe, expect, it } from 'vitest';
import { datesPoller } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the fifty-fourth round found them (README): other calendars' years as CLDR's English prints them (printed here by
 * Node's Intl), in one English feed of no country served from a real local server, added and polled through POST
 * /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round54-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);
/** 10:05 UTC on 27 November 2026. */
const AT = Date.parse('2026-11-27T10:05:00Z');
const english = (calendar: string, timeZone: string, timeStyle?: 'short') => new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { dateStyle: 'long', timeStyle, timeZone }).format(AT);

describe('dates as the fifty-fourth round found them, polled through the admin API', () => {
  it('an English feed: Buddhist-era, Japanese-era, Minguo, Hebrew and Solar Hijri years in English', async () => {
    const read = await pollDates('/dates54/round54.xml', 'https://www.news.example.com/round54', {
      buddhist: english('buddhist', 'Asia/Bangkok', 'short'),
      japanese: english('japanese', 'Asia/Tokyo', 'short'),
      roc: english('roc', 'Asia/Taipei', 'short'),
      hebrew: english('hebrew', 'Asia/Jerusalem', 'short'),
      persian: english('persian', 'Asia/Tehran', 'short'),
      persianDay: english('persian', 'Asia/Tehran'),
    }, 'en');
    const at = new Date(AT).toISOString();
    expect(read).toEqual({
      buddhist: at,
      japanese: at,
      roc: at,
      hebrew: at,
      persian: at,
      persianDay: '2026-11-26T20:30:00.000Z',
    });
  });
});
