import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime, languagesPoller, zoneDayIso, type LanguageFeed } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the forty-eighth round found them (README): the forty-seventh round's leftovers (a bare Swahili hour, Yoruba's and
 * Māori's own months, two dates with the update first), months cut short as CLDR prints them, printed marks, exporters' formats,
 * spaced offsets, zone names and relative words not read before. Each feed served from a real local server, added and polled
 * through POST /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round48-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const FEEDS = {
  sw: ['https://www.habari.example.co.tz', 'sw', 'Africa/Dar_es_Salaam'],
  yo: ['https://www.iroyin.example.com.ng', 'yo', 'Africa/Lagos'],
  mi: ['https://www.panui.example.co.nz', 'mi', 'Pacific/Auckland'],
  hi: ['https://www.samachar.example.in', 'hi', 'Asia/Kolkata'],
  ar: ['https://www.akhbar.example.com.eg', 'ar', 'Africa/Cairo'],
  hy: ['https://www.lur.example.com.am', 'hy', 'Asia/Yerevan'],
  en: ['https://www.wire.example.com', 'en', 'UTC'],
} as const satisfies Record<string, LanguageFeed>;
const pollEach = languagesPoller(pollDates, FEEDS, '/dates48');

describe('dates as the forty-eighth round found them, polled through the admin API', () => {
  it('a bare Swahili hour, own months, months cut short, printed marks, exporters’ formats, spaced offsets, zone names and relative words', async () => {
    const read = await pollEach('round48', {
      sw: { bare: '27 Novemba 2026 saa 4:05' },
      yo: { month: 'Ọjọ́ Ẹtì, 27 Oṣù Bélú 2026' },
      mi: { month: '27 Whiringa-ā-rangi 2026, 10:05' },
      hi: { short: '27 नव॰ 2026', ago: '२ तासांपूर्वी', days: '२ दिन पहिले' },
      ar: { rlm: '27\u200F/11\u200F/2026', ago: 'قبل ساعتين' },
      hy: { amt: '27 Nov 2026 10:05 AMT', short: '27 նոյ, 2026 թ.' },
      en: {
        updateFirst: '28 Nov 2026 10:05 / 27 Nov 2026 09:00',
        oracle: '27-NOV-26 10.05.00.000000 AM',
        spaced: 'Fri, 27 Nov 2026 10:05:00 GMT +5:30',
        minus: '27 Nov 2026 10:05 UTC\u221205:00',
        qabl: 'قبل',
      },
    });
    expect({ ...read, 'en.qabl': fetchTime(read['en.qabl'], FETCHED) }).toEqual({
      'sw.bare': '2026-11-26T21:00:00.000Z',
      'yo.month': '2026-11-26T23:00:00.000Z',
      'mi.month': '2026-11-26T21:05:00.000Z',
      'hi.short': '2026-11-26T18:30:00.000Z',
      'hi.ago': new Date(FETCHED - 2 * 3_600_000).toISOString(),
      'hi.days': zoneDayIso('Asia/Kolkata', FETCHED, 2),
      'ar.rlm': '2026-11-26T22:00:00.000Z',
      'ar.ago': new Date(FETCHED - 2 * 3_600_000).toISOString(),
      'hy.amt': '2026-11-27T06:05:00.000Z',
      'hy.short': '2026-11-26T20:00:00.000Z',
      'en.updateFirst': '2026-11-27T09:00:00.000Z',
      'en.oracle': '2026-11-27T10:05:00.000Z',
      'en.spaced': '2026-11-27T04:35:00.000Z',
      'en.minus': '2026-11-27T15:05:00.000Z',
      'en.qabl': true,
    });
  });
});
