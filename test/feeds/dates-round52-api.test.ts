import { describe, expect, it } from 'vitest';
import { datesPoller } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the fifty-second round found them (README): stamps not read before (Java's toString with a GMT offset, asctime on the
 * feed's clock, four digits and "hrs" after a date, "First Published:", a military date-time group, a year and a time with no
 * day) and India's languages as CLDR writes their dates and times, with the fifty-first round's leftovers (Yiddish's ordinal
 * day, Sorani's long date, Kazakh's month cut short, Lingala's months of several words), in one Indian feed served from a real
 * local server, added and polled through POST /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its
 * stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round52-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);
const fetched = new Date(FETCHED).toISOString();
const IST_1005 = '2026-11-27T04:35:00.000Z';
const IST_MIDNIGHT = '2026-11-26T18:30:00.000Z';

describe('dates as the fifty-second round found them, polled through the admin API', () => {
  it('an Indian feed: framework stamps, "hrs", stamp words, a date-time group, CLDR’s Indian date-times and new months', async () => {
    const read = await pollDates('/dates52/round52.xml', 'https://www.news.example.in/round52', {
      javaOffset: 'Fri Nov 27 10:05:00 GMT+05:30 2026',
      asctime: 'Fri Nov 27 10:05:00 2026',
      hours: 'Nov 27, 2026 1005 hrs IST',
      firstPublished: 'First Published: Nov 27 2026 | 10:05 AM IST',
      dtg: '271005Z NOV 26',
      yearAndTime: '2026 10:05',
      hindi: '27 नवंबर 2026 को 10:05 am बजे',
      telugu: '27, నవంబర్ 2026, శుక్రవారం 10:05 AMకి',
      odia: '10:05 AM ଠାରେ ଶୁକ୍ରବାର, ନଭେମ୍ବର 27, 2026',
      yiddish: '27טן נאוועמבער 2026',
      sorani: '٢٧ی تشرینی دووەمی ٢٠٢٦',
      kazakh: '2026 ж. 27 қар.',
      lingala: '27 sánzá ya zómi na mɔ̌kɔ́ 2026',
    }, 'en-IN');
    expect(read).toEqual({
      javaOffset: IST_1005,
      asctime: IST_1005,
      hours: IST_1005,
      firstPublished: IST_1005,
      dtg: '2026-11-27T10:05:00.000Z',
      yearAndTime: fetched,
      hindi: IST_1005,
      telugu: IST_1005,
      odia: IST_1005,
      yiddish: IST_MIDNIGHT,
      sorani: IST_MIDNIGHT,
      kazakh: IST_MIDNIGHT,
      lingala: IST_MIDNIGHT,
    });
  });
});
