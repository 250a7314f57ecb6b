import { describe, expect, it } from 'vitest';
import { datesPoller } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the fifty-first round found them (README): the fiftieth round's leftovers (Canada's "Central", toISOString's stamp
 * with an offset pasted after it, four digits that are no offset) and forms not read before (Scottish Gaelic's, Guaraní's and
 * Tamazight's months, the Common Era's year in Dzongkha, a weekday of two words, Zulu's and Maltese's "ago"), in one Canadian
 * feed served from a real local server, added and polled through POST /api/admin/feeds/poll on a service whose clock is fixed
 * (the fetch time), its stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round51-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);
const fetched = new Date(FETCHED).toISOString();
const before = (minutes: number) => new Date(FETCHED - minutes * 60_000).toISOString();

describe('dates as the fifty-first round found them, polled through the admin API', () => {
  it('a Canadian feed: "Central" where Manitoba and Saskatchewan agree, stamps mended or left undated, new months, weekdays and "ago"s', async () => {
    const read = await pollDates('/dates51/round51.xml', 'https://www.news.example.ca/round51', {
      centralWinter: '27 Nov 2026 10:05 AM Central',
      centralSummer: '27 Jul 2026 10:05 AM Central',
      isoString: '2026-11-27T10:05:00.000Z+05:30',
      digits: 'Fri, 27 Nov 2026 10:05:00 0517',
      gaelic: '27mh dhen t-Samhain 2026',
      guarani: '27 jasypateĩ 2026',
      tifinagh: '27 ⵏⵓⵡⴰⵏⴱⵉⵔ 2026',
      dzongkha: 'སྤྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༢༧',
      welsh: 'Dydd Gwener, 27 Tachwedd 2026 10:05',
      zulu: 'emahoreni angu-2 edlule',
      maltese: 'sagħtejn ilu',
    }, 'en-CA');
    expect(read).toEqual({
      centralWinter: '2026-11-27T16:05:00.000Z',
      centralSummer: fetched,
      isoString: '2026-11-27T10:05:00.000Z',
      digits: fetched,
      gaelic: '2026-11-27T00:00:00.000Z',
      guarani: '2026-11-27T00:00:00.000Z',
      tifinagh: '2026-11-27T00:00:00.000Z',
      dzongkha: '2026-11-27T00:00:00.000Z',
      welsh: '2026-11-27T10:05:00.000Z',
      zulu: before(120),
      maltese: before(120),
    });
  });
});
