import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime, languagesPoller, zoneDayIso, type LanguageFeed } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the forty-seventh round found them (README): Swahili's clock with its part of the day, a date without its year a
 * few days ahead, month names and relative words in languages not read before, noon, "hrs" and two dates in one field. Each
 * feed served from a real local server, added and polled through POST /api/admin/feeds/poll on a service whose clock is fixed
 * (the fetch time), its stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round47-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const FEEDS = {
  sw: ['https://www.habari.example.co.tz', 'sw', 'Africa/Dar_es_Salaam'],
  en: ['https://www.desk.example.in', 'en-IN', 'Asia/Kolkata'],
  eu: ['https://www.berriak.example.es', 'eu', 'Europe/Madrid'],
  az: ['https://www.xeber.example.az', 'az', 'Asia/Baku'],
  am: ['https://www.zena.example.et', 'am', 'Africa/Addis_Ababa'],
  dv: ['https://www.khabaru.example.mv', 'dv', 'Indian/Maldives'],
} as const satisfies Record<string, LanguageFeed>;
const pollEach = languagesPoller(pollDates, FEEDS, '/dates47');

describe('dates as the forty-seventh round found them, polled through the admin API', () => {
  it('Swahili’s clock, a year-less date ahead, new months and relative words, noon, "hrs" and two dates in a field', async () => {
    const read = await pollEach('round47', {
      sw: { asubuhi: 'Ijumaa, 27 Novemba 2026 saa 4:05 asubuhi', jioni: '27 Novemba 2026 saa 12 jioni', jana: 'jana saa 4:05 asubuhi', bare: 'jana saa 10:05' },
      en: { noon: '27 November 2026, 12 noon', hrs: '1005 hrs IST, 27 Nov 2026', two: '27 Nov 2026, updated 28 Nov 2026 10:05', ahead: '30 Nov', day: '27 Nov' },
      eu: { basque: '2026ko azaroaren 27an, 10:05', ago: 'duela 2 ordu', atzo: 'atzo 10:05' },
      az: { ago: '5 dəqiqə əvvəl', dunen: 'dünən, 10:05' },
      am: { ago: 'ከ2 ሰዓት በፊት', tinant: 'ትናንት' },
      dv: { month: '27 ނޮވެމްބަރު 2026' },
    });
    expect({ ...read, 'sw.bare': fetchTime(read['sw.bare'], FETCHED), 'en.ahead': fetchTime(read['en.ahead'], FETCHED) }).toEqual({
      'sw.asubuhi': '2026-11-27T07:05:00.000Z',
      'sw.jioni': '2026-11-27T15:00:00.000Z',
      'sw.jana': zoneDayIso('Africa/Dar_es_Salaam', FETCHED, 1, 10 * 60 + 5),
      'sw.bare': true,
      'en.noon': '2026-11-27T06:30:00.000Z',
      'en.hrs': '2026-11-27T04:35:00.000Z',
      'en.two': '2026-11-26T18:30:00.000Z',
      'en.ahead': true,
      'en.day': zoneDayIso('Asia/Kolkata', FETCHED, 1),
      'eu.basque': '2026-11-27T09:05:00.000Z',
      'eu.ago': new Date(FETCHED - 2 * 3_600_000).toISOString(),
      'eu.atzo': zoneDayIso('Europe/Madrid', FETCHED, 1, 10 * 60 + 5),
      'az.ago': new Date(FETCHED - 5 * 60_000).toISOString(),
      'az.dunen': zoneDayIso('Asia/Baku', FETCHED, 1, 10 * 60 + 5),
      'am.ago': new Date(FETCHED - 2 * 3_600_000).toISOString(),
      'am.tinant': zoneDayIso('Africa/Addis_Ababa', FETCHED, 1),
      'dv.month': '2026-11-26T19:00:00.000Z',
    });
  });
});
