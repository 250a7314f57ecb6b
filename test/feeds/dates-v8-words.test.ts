import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';

/**
 * The last resort of the date reader is V8's Date.parse, which skips any word it does not know before the first number:
 * a field holding a season, an issue or a volume and a year ("Winter 2026") came out as 1 January of that year, a date the
 * feed never gave (the story would have been filed ten months back). Only the words V8 really reads may reach it.
 */
describe('dates V8 would invent from words it skips', () => {
  it.each(['Winter 2026', 'Spring 2026 10:05', 'Volume 2026', 'Page 2026', 'Monsoon 2026', 'Edition 2026 10:05 UTC'])('%s is no date', (field) => {
    expect(parseFeedDate(field)).toBeNull();
  });

  it.each([
    ['27 November 2026 at 10:05', '2026-11-27T10:05:00.000Z'],
    ['November 27, 2026 at 10:05 am', '2026-11-27T10:05:00.000Z'],
    ['Thursday, November 26, 2026 - 10:05', '2026-11-26T10:05:00.000Z'],
    ['Sept 27 2026', '2026-09-27T00:00:00.000Z'],
    ['27th Nov 2026', '2026-11-27T00:00:00.000Z'],
    ['Fri Nov 27 2026 10:05:00 GMT+0530 (India Standard Time)', '2026-11-27T04:35:00.000Z'],
  ])('%s still reads', (field, iso) => {
    expect(new Date(parseFeedDate(field)!).toISOString()).toBe(iso);
  });
});
