import { describe, expect, it } from 'vitest';
import { datesPoller, languagesPoller, type LanguageFeed } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the fiftieth round found them (README): the forty-ninth round's leftovers (two offsets, Paraguay's PYT, WAST in
 * Australia, "Eastern" in an Australian feed) and forms not read before (zone names, "the 27th of", a year after an apostrophe,
 * GNU date's @seconds, Kinyarwanda's months, Rails' "about", Brazil's "atrás"). Each feed served from a real local server,
 * added and polled through POST /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its stories read
 * from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round50-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const FEEDS = {
  au: ['https://www.news.example.com.au', 'en-AU', 'Australia/Sydney'],
  py: ['https://www.diario.example.com.py', 'es-PY', 'America/Asuncion'],
  rw: ['https://www.amakuru.example.rw', 'rw', 'Africa/Kigali'],
  br: ['https://www.noticias.example.com.br', 'pt-BR', 'America/Sao_Paulo'],
  en: ['https://www.wire.example.com', 'en', 'UTC'],
} as const satisfies Record<string, LanguageFeed>;
const pollEach = languagesPoller(pollDates, FEEDS, '/dates50');

describe('dates as the fiftieth round found them, polled through the admin API', () => {
  it('leftovers mended by the feed’s country, new zone names, English shorthand, CLDR months and relative forms', async () => {
    const read = await pollEach('round50', {
      au: { eastern: '27 Nov 2026 10:05 AM Eastern', wast: '27 Nov 2008 10:05 WAST' },
      py: { pyt: '27 Jul 2026 10:05 PYT' },
      rw: { month: '27 Ugushyingo 2026' },
      br: { atras: '2 horas atrás' },
      en: {
        twoOffsets: 'Fri, 27 Nov 2026 10:05:00 +0530 +0000',
        hast: 'Fri, 27 Nov 2026 10:05:00 HAST',
        ordinalOf: 'the 27th of November, 2026 at 10:05',
        apostrophe: "Nov 27 '26",
        atEpoch: '@1795768500',
        about: 'about 2 hours ago',
      },
    });
    expect(read).toEqual({
      'au.eastern': '2026-11-26T23:05:00.000Z',
      'au.wast': '2008-11-27T01:05:00.000Z',
      'py.pyt': '2026-07-27T13:05:00.000Z',
      'rw.month': '2026-11-26T22:00:00.000Z',
      'br.atras': new Date(FETCHED - 120 * 60_000).toISOString(),
      'en.twoOffsets': '2026-11-27T04:35:00.000Z',
      'en.hast': '2026-11-27T20:05:00.000Z',
      'en.ordinalOf': '2026-11-27T10:05:00.000Z',
      'en.apostrophe': '2026-11-27T00:00:00.000Z',
      'en.atEpoch': '2026-11-27T08:35:00.000Z',
      'en.about': new Date(FETCHED - 120 * 60_000).toISOString(),
    });
  });
});
