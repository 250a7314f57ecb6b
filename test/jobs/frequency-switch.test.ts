import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherFrequencySameDay } from '../../src/digests/send.js';
import { getSubscriber, savePreferences, type Subscriber } from '../../src/subscribers/store.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';

const HOUR = 3600_000;

/**
 * A subscriber who switches daily <-> weekly on the day a digest went out:
 * daily and weekly editions have different ids, so the ledger alone let the
 * new schedule's edition go out the same day. At most one digest a local
 * day, and the skipped edition's stories come in the next one. Driven
 * through the real queues, workers and SMTP, on the edition clock.
 */
describe('a subscriber who switches between daily and weekly on the day of a digest', () => {
  let rig: DigestRig;

  /** Ticks of the edition clock, on the hour (each tick names its own time). */
  async function runTicks(from: string, to: string) {
    for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) await rig.tick(t);
  }
  const subjects = (email: string) => digestsTo(rig.smtp, email).map((m) => m.parsed.subject?.split(':')[0]);
  /** The stories listed in each digest to `email`. */
  const listed = (email: string) => digestsTo(rig.smtp, email).map((m) => (m.parsed.text ?? '').match(/^\* .*$/gm) ?? []);
  async function switchTo(sub: Subscriber, frequency: 'daily' | 'weekly', hour: number) {
    const now = (await getSubscriber(rig.ctx, sub.id))!;
    await savePreferences(rig.ctx, now, { topics: now.topics, frequency, weekday: 5, hour, timezone: now.timezone });
  }

  beforeAll(async () => {
    rig = await startDigestRig('jobs-frequency-switch', { DIGEST_MAX_PER_TOPIC: '1000' });
    // One story an hour, each with its own words, from Wednesday 25 to Saturday 5 December.
    for (let t = Date.parse('2026-11-25T00:30:00Z'); t < Date.parse('2026-12-05T00:00:00Z'); t += HOUR) {
      const stamp = new Date(t).toISOString().slice(0, 13).replace(/\D/g, ' ');
      await seedStory(rig.ctx, { title: `Defence ministry note ${stamp}`, topics: ['defence'], seenAt: t });
    }
  }, 120_000);
  afterAll(async () => rig?.close());

  it('weekly (Friday 07:00) then daily (12:00) on Friday: no daily that Friday; Saturday\'s daily carries its stories', async () => {
    rig.clock.t = Date.parse('2026-11-27T05:00:00Z');
    const sub = await activeSubscriber(rig.ctx, { email: 'weekly-to-daily@example.org', topics: ['defence'], frequency: 'weekly', weekday: 5, hour: 7, timezone: 'Asia/Kolkata' });
    // Friday 27 November 07:00 in Kolkata is 01:30 UTC.
    await runTicks('2026-11-27T01:00:00Z', '2026-11-27T04:00:00Z');
    expect(subjects(sub.email)).toEqual(['Weekly briefing, week of 23 November 2026']);
    await switchTo(sub, 'daily', 12);
    await runTicks('2026-11-27T04:00:00Z', '2026-11-28T09:00:00Z');
    expect(subjects(sub.email)).toEqual(['Weekly briefing, week of 23 November 2026', 'Daily briefing, Saturday 28 November 2026']);
    // What Friday's daily would have carried (seen Friday after the weekly) is in Saturday's.
    const [weekly, saturday] = listed(sub.email);
    expect(saturday!.some((line) => line.includes('2026 11 27 05'))).toBe(true);
    expect(weekly!.some((line) => line.includes('2026 11 27 05'))).toBe(false);
  }, 120_000);

  it('daily (07:00) then weekly (Friday 12:00) on Friday: no weekly that Friday; the next Friday\'s carries its stories', async () => {
    rig.clock.t = Date.parse('2026-11-27T00:00:00Z');
    const sub = await activeSubscriber(rig.ctx, { email: 'daily-to-weekly@example.org', topics: ['defence'], hour: 7, timezone: 'UTC' });
    await runTicks('2026-11-27T06:00:00Z', '2026-11-27T08:00:00Z');
    expect(subjects(sub.email)).toEqual(['Daily briefing, Friday 27 November 2026']);
    await switchTo(sub, 'weekly', 12);
    await runTicks('2026-11-27T08:00:00Z', '2026-12-04T14:00:00Z');
    expect(subjects(sub.email)).toEqual(['Daily briefing, Friday 27 November 2026', 'Weekly briefing, week of 30 November 2026']);
    // Stories seen on Friday 27 after the daily went out, which Friday's weekly would have carried, are in the next one.
    const [, weekly] = listed(sub.email);
    expect(weekly!.some((line) => line.includes('2026 11 27 10'))).toBe(true);
  }, 240_000);

  it('still sends the new schedule\'s edition on the day of a switch when nothing went out that day', async () => {
    rig.clock.t = Date.parse('2026-11-27T00:00:00Z');
    const sub = await activeSubscriber(rig.ctx, { email: 'switch-early@example.org', topics: ['defence'], frequency: 'weekly', weekday: 5, hour: 18, timezone: 'UTC' });
    await switchTo(sub, 'daily', 12);
    await runTicks('2026-11-27T08:00:00Z', '2026-11-27T14:00:00Z');
    expect(subjects(sub.email)).toEqual(['Daily briefing, Friday 27 November 2026']);
  }, 120_000);
});

describe('otherFrequencySameDay', () => {
  const weeklyAt = (iso: string, messageId: string | null = '<m@x>') => ({ edition: 'weekly-2026-W48', messageId, at: Date.parse(iso) });

  it('names a digest of the other frequency mailed on the local day, by the subscriber\'s calendar', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(otherFrequencySameDay('daily-2026-11-27', [weeklyAt('2026-11-27T01:30:00Z')], 'UTC', now)).toBe('weekly-2026-W48');
    // 20:00 on Thursday in Los Angeles is another day there.
    expect(otherFrequencySameDay('daily-2026-11-27', [weeklyAt('2026-11-27T04:00:00Z')], 'America/Los_Angeles', Date.parse('2026-11-27T20:00:00Z'))).toBeNull();
    // A digest of the same frequency is the ledger's business; one that sent no mail (nothing new) does not count.
    expect(otherFrequencySameDay('daily-2026-11-27', [{ edition: 'daily-2026-11-26', messageId: '<m@x>', at: now - 3600_000 }], 'UTC', now)).toBeNull();
    expect(otherFrequencySameDay('daily-2026-11-27', [weeklyAt('2026-11-27T01:30:00Z', null)], 'UTC', now)).toBeNull();
  });

  it("counts a daily edition's own day when it is sent in its catch-up hours past midnight", () => {
    expect(otherFrequencySameDay('daily-2026-11-27', [weeklyAt('2026-11-27T21:00:00Z')], 'UTC', Date.parse('2026-11-28T01:00:00Z'))).toBe('weekly-2026-W48');
    expect(otherFrequencySameDay('weekly-2026-W48', [{ edition: 'daily-2026-11-27', messageId: '<m@x>', at: Date.parse('2026-11-27T07:00:00Z') }], 'UTC', Date.parse('2026-11-28T01:00:00Z'))).toBeNull();
  });
});
