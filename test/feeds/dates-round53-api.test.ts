import { describe, expect, it } from 'vitest';
import { datesPoller } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the fifty-third round found them (README): CLDR 48's dates and date-times in the languages of India the fifty-second
 * round left (printed here by Node's Intl), a four-digit time beside a zone's name without "hrs", a Hijri date in Latin letters
 * beside the Gregorian one and Ethiopia's calendar in Latin letters, in one Indian feed served from a real local server, added
 * and polled through POST /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its stories read from GET
 * /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round53-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);
/** 21:40 in India on 27 November 2026, and that day's midnight there. */
const IST_2140 = Date.parse('2026-11-27T16:10:00Z');
const IST_MIDNIGHT = '2026-11-26T18:30:00.000Z';
const cldr = (locale: string, timeStyle?: 'short') => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle, timeZone: 'Asia/Kolkata' }).format(IST_2140);

describe('dates as the fifty-third round found them, polled through the admin API', () => {
  it('an Indian feed: CLDR 48’s date-times in nine more languages and Arabic, a four-digit time, Hijri and Ethiopian dates in Latin letters', async () => {
    const read = await pollDates('/dates53/round53.xml', 'https://www.news.example.in/round53', {
      assamese: cldr('as', 'short'),
      sindhi: cldr('sd', 'short'),
      sanskrit: cldr('sa', 'short'),
      maithili: cldr('mai', 'short'),
      manipuri: cldr('mni', 'short'),
      dogri: cldr('doi', 'short'),
      bodo: cldr('brx', 'short'),
      konkani: cldr('kok', 'short'),
      kashmiri: cldr('ks', 'short'),
      bodoDay: cldr('brx'),
      arabic: cldr('ar', 'short'),
      fourDigits: '1005 IST 27 Nov 2026',
      hijri: '27 November 2026 / 16 Jumada II 1448',
      ethiopian: new Intl.DateTimeFormat('en-u-ca-ethiopic', { dateStyle: 'long', timeZone: 'Africa/Addis_Ababa' }).format(Date.parse('2026-11-27T07:05:00Z')).replace(/ AM$/, ' E.C.'),
    }, 'en-IN');
    const at = new Date(IST_2140).toISOString();
    expect(read).toEqual({
      assamese: at,
      sindhi: at,
      sanskrit: at,
      maithili: at,
      manipuri: at,
      dogri: at,
      bodo: at,
      konkani: at,
      kashmiri: at,
      bodoDay: IST_MIDNIGHT,
      arabic: at,
      fourDigits: '2026-11-27T04:35:00.000Z',
      hijri: IST_MIDNIGHT,
      ethiopian: '2026-11-26T21:00:00.000Z',
    });
  });
});
