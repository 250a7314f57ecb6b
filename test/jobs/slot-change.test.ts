import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubscriber, savePreferences } from '../../src/subscribers/store.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';

const HOUR = 3600_000;

/**
 * A subscriber who moves to another time zone the day a digest went out:
 * their editions are named by their own calendar, and the new calendar can
 * lag the old one by a day. Driven through the real queues, workers and SMTP.
 */
describe('a subscriber who changes time zone the day a digest went out', () => {
  let rig: DigestRig;

  async function runTicks(from: string, to: string) {
    for (let t = Date.parse(from); t < Date.parse(to); t += 15 * 60_000) await rig.tick(t);
  }

  beforeAll(async () => {
    rig = await startDigestRig('jobs-slot-change');
  });
  afterAll(async () => rig?.close());

  it('gets no older edition after a later one: Kolkata 07:00 then Los Angeles 20:00', async () => {
    rig.clock.t = Date.parse('2026-11-26T12:00:00Z');
    const sub = await activeSubscriber(rig.ctx, { email: 'moving-west@example.org', topics: ['defence'], hour: 7, timezone: 'Asia/Kolkata' });
    for (let t = Date.parse('2026-11-25T00:00:00Z'); t < Date.parse('2026-11-30T00:00:00Z'); t += 3 * HOUR) {
      await seedStory(rig.ctx, { title: `Defence ministry note of ${new Date(t).toISOString()}`, topics: ['defence'], seenAt: t });
    }
    // 07:00 Friday 27 in Kolkata is 01:30 UTC, still Thursday 26 (17:30) in Los Angeles.
    await runTicks('2026-11-26T12:00:00Z', '2026-11-27T02:00:00Z');
    expect(digestsTo(rig.smtp, sub.email).map((m) => m.parsed.subject?.split(':')[0])).toEqual(['Daily briefing, Friday 27 November 2026']);
    const now = (await getSubscriber(rig.ctx, sub.id))!;
    await savePreferences(rig.ctx, now, { topics: now.topics, frequency: 'daily', weekday: now.weekday, hour: 20, timezone: 'America/Los_Angeles' });
    // 20:00 Thursday 26 in Los Angeles (04:00 UTC Friday), then Friday 27 and Saturday 28.
    await runTicks('2026-11-27T02:00:00Z', '2026-11-29T12:00:00Z');
    const subjects = digestsTo(rig.smtp, sub.email).map((m) => m.parsed.subject?.split(':')[0]);
    // Never an edition older than one already sent, never two in one day: Thursday's is behind them.
    expect(subjects).toEqual(['Daily briefing, Friday 27 November 2026', 'Daily briefing, Saturday 28 November 2026']);
    // Nothing lost: every story seen between the first and the last digest is in one of them.
    const texts = digestsTo(rig.smtp, sub.email).map((m) => m.parsed.text ?? '');
    const listed = texts.join('\n').match(/^\* .*$/gm) ?? [];
    expect(new Set(listed).size).toBe(listed.length);
  }, 120_000);
});
