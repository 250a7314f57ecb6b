import { describe, expect, it } from 'vitest';
import { describeSlot, dueEdition, editionFor, isoWeek, localTime, sendDelayMs, type Slot } from '../../src/digests/editions.js';

const QUARTER = 15 * 60_000;

/** Every quarter-hour tick in [from, to): when the slot's edition comes due, and which edition. */
function dueTicks(slot: Slot, from: string, to: string, catchUpHours = 6): { at: string; edition: string }[] {
  const seen = new Set<string>();
  const out: { at: string; edition: string }[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += QUARTER) {
    const edition = dueEdition(slot, t, catchUpHours);
    // The ledger keeps one send per edition; here a set stands in for it.
    if (edition && !seen.has(edition.id)) {
      seen.add(edition.id);
      out.push({ at: new Date(t).toISOString(), edition: edition.id });
    }
  }
  return out;
}

const daily = (timezone: string, hour = 7): Slot => ({ frequency: 'daily', weekday: 1, hour, timezone });

describe('editions', () => {
  it('reads the wall clock of a zone, with half-hour offsets', () => {
    expect(localTime(Date.parse('2026-02-27T01:30:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-02-27', hour: 7, minute: 0, weekday: 5 });
    expect(localTime(Date.parse('2026-02-27T23:30:00Z'), 'Asia/Kolkata')).toMatchObject({ date: '2026-02-28', hour: 5, weekday: 6 });
  });

  it('makes a daily edition due at the local hour in Kolkata, Rome and New York', () => {
    expect(dueTicks(daily('Asia/Kolkata'), '2026-02-26T00:00:00Z', '2026-02-28T00:00:00Z')).toEqual([
      { at: '2026-02-26T01:30:00.000Z', edition: 'daily-2026-02-26' },
      { at: '2026-02-27T01:30:00.000Z', edition: 'daily-2026-02-27' },
    ]);
    expect(dueTicks(daily('Europe/Rome'), '2026-02-26T00:00:00Z', '2026-02-27T00:00:00Z')).toEqual([{ at: '2026-02-26T06:00:00.000Z', edition: 'daily-2026-02-26' }]);
    expect(dueTicks(daily('America/New_York'), '2026-02-26T00:00:00Z', '2026-02-27T00:00:00Z')).toEqual([{ at: '2026-02-26T12:00:00.000Z', edition: 'daily-2026-02-26' }]);
  });

  it('keeps the hour local across DST changes, both ways', () => {
    // Rome springs forward on 29 March 2026 and falls back on 25 October.
    expect(dueTicks(daily('Europe/Rome'), '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z').map((d) => d.at)).toEqual([
      '2026-03-28T06:00:00.000Z',
      '2026-03-29T05:00:00.000Z',
      '2026-03-30T05:00:00.000Z',
    ]);
    expect(dueTicks(daily('Europe/Rome'), '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z').map((d) => d.at)).toEqual([
      '2026-10-24T05:00:00.000Z',
      '2026-10-25T06:00:00.000Z',
      '2026-10-26T06:00:00.000Z',
    ]);
    // New York springs forward on 8 March 2026.
    expect(dueTicks(daily('America/New_York'), '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z').map((d) => d.at)).toEqual([
      '2026-03-07T12:00:00.000Z',
      '2026-03-08T11:00:00.000Z',
      '2026-03-09T11:00:00.000Z',
    ]);
  });

  it('serves an hour that DST skips at the next hour, and a repeated hour once', () => {
    // 02:00 does not exist in Rome on 29 March 2026: 01:59 CET is followed by 03:00 CEST.
    expect(dueTicks(daily('Europe/Rome', 2), '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([{ at: '2026-03-29T01:00:00.000Z', edition: 'daily-2026-03-29' }]);
    // 02:00 happens twice on 25 October 2026; the edition id keeps it to one.
    const fallBack = Date.parse('2026-10-25T00:00:00Z');
    const ticks = [0, 1].map((h) => dueEdition(daily('Europe/Rome', 2), fallBack + h * 3600_000, 6)?.id);
    expect(ticks).toEqual(['daily-2026-10-25', 'daily-2026-10-25']);
  });

  it('makes a weekly edition due once a week, on the local weekday', () => {
    const monday8: Slot = { frequency: 'weekly', weekday: 1, hour: 8, timezone: 'Europe/Rome' };
    expect(dueTicks(monday8, '2026-03-01T00:00:00Z', '2026-03-22T00:00:00Z')).toEqual([
      { at: '2026-03-02T07:00:00.000Z', edition: 'weekly-2026-W10' },
      { at: '2026-03-09T07:00:00.000Z', edition: 'weekly-2026-W11' },
      { at: '2026-03-16T07:00:00.000Z', edition: 'weekly-2026-W12' },
    ]);
    expect(editionFor(monday8, Date.parse('2026-03-02T07:00:00Z')).label).toBe('Weekly briefing, week of 2 March 2026');
  });

  it('makes up a missed slot within the catch-up window, not after', () => {
    const slot = daily('UTC', 7);
    expect(dueEdition(slot, Date.parse('2026-02-27T06:45:00Z'), 3)).toBeNull();
    expect(dueEdition(slot, Date.parse('2026-02-27T09:45:00Z'), 3)?.id).toBe('daily-2026-02-27');
    expect(dueEdition(slot, Date.parse('2026-02-27T10:00:00Z'), 3)).toBeNull();
    // A 22:00 slot's six catch-up hours run to 04:00 the next morning, on the slot's own edition.
    const late = daily('UTC', 22);
    expect(dueEdition(late, Date.parse('2026-02-28T03:45:00Z'), 6)?.id).toBe('daily-2026-02-27');
    expect(dueEdition(late, Date.parse('2026-02-28T04:00:00Z'), 6)).toBeNull();
    const sundayNight: Slot = { frequency: 'weekly', weekday: 7, hour: 23, timezone: 'UTC' };
    expect(dueEdition(sundayNight, Date.parse('2026-03-02T01:00:00Z'), 6)?.id).toBe('weekly-2026-W09');
    expect(dueEdition(sundayNight, Date.parse('2026-03-03T01:00:00Z'), 6)).toBeNull();
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toMatchObject({ year: 2026, week: 1, monday: '2025-12-29' });
    expect(isoWeek('2027-01-03')).toMatchObject({ year: 2026, week: 53 });
    expect(isoWeek('2026-02-27')).toMatchObject({ year: 2026, week: 9, monday: '2026-02-23' });
  });

  it('names the edition on the local calendar', () => {
    expect(editionFor(daily('Asia/Kolkata'), Date.parse('2026-02-26T20:00:00Z'))).toEqual({ id: 'daily-2026-02-27', label: 'Daily briefing, Friday 27 February 2026', frequency: 'daily' });
    expect(describeSlot({ frequency: 'weekly', weekday: 7, hour: 9, timezone: 'Europe/Rome' })).toBe('every Sunday at 09:00 (Europe/Rome)');
  });

  it('jitters scheduled sends off the hour, deterministically, within the window', () => {
    const delays = Array.from({ length: 500 }, (_, i) => sendDelayMs(`sub${i}`, 'daily-2026-02-27', 10));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(60_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10 * 60_000);
    expect(new Set(delays.map((d) => Math.floor(d / 60_000))).size).toBeGreaterThanOrEqual(9);
    expect(sendDelayMs('sub1', 'daily-2026-02-27', 10)).toBe(delays[1]);
    expect(sendDelayMs('sub1', 'daily-2026-02-27', 0)).toBe(0);
  });
});
