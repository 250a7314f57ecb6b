import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';

const HOUR = 3600_000;

/**
 * The hours DST changes touch, through the real edition clock (quarter-hour
 * ticks naming their time), workers and SMTP: an hour that does not exist
 * on the spring-forward day and one that happens twice on the fall-back day.
 */
describe('edition clock at the hours a DST change touches', () => {
  let rig: DigestRig;
  const arrivals = new Map<string, string[]>();

  async function runTicks(from: string, to: string) {
    for (let t = Date.parse(from); t < Date.parse(to); t += 15 * 60_000) {
      const before = rig.smtp.mails.length;
      await rig.tick(t);
      for (const mail of rig.smtp.mails.slice(before)) for (const to of mail.to) arrivals.set(to, [...(arrivals.get(to) ?? []), new Date(t).toISOString()]);
    }
  }

  async function stories(from: string, days: number) {
    for (let t = Date.parse(from); t < Date.parse(from) + days * 24 * HOUR; t += 4 * HOUR) {
      await seedStory(rig.ctx, { title: `Coast guard bulletin of ${new Date(t).toISOString()}`, topics: ['defence'], seenAt: t });
    }
  }

  beforeAll(async () => {
    rig = await startDigestRig('jobs-dst-edges');
  });
  afterAll(async () => rig?.close());

  it('serves 02:00 in New York at 03:00 on the day it does not exist, then at 02:00 again', async () => {
    rig.clock.t = Date.parse('2026-03-06T16:00:00Z');
    await activeSubscriber(rig.ctx, { email: 'two-am@example.org', topics: ['defence'], hour: 2, timezone: 'America/New_York' });
    await stories('2026-03-05T00:00:00Z', 5);
    await runTicks('2026-03-06T16:00:00Z', '2026-03-09T12:00:00Z');
    // 02:00 EST = 07:00 UTC; on Sunday 8 March 02:00 is skipped: 03:00 EDT = 07:00 UTC; then 02:00 EDT = 06:00 UTC.
    expect(arrivals.get('two-am@example.org')).toEqual(['2026-03-07T07:00:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:00:00.000Z']);
    expect(digestsTo(rig.smtp, 'two-am@example.org').map((m) => m.parsed.subject?.split(':')[0])).toEqual([
      'Daily briefing, Saturday 7 March 2026',
      'Daily briefing, Sunday 8 March 2026',
      'Daily briefing, Monday 9 March 2026',
    ]);
  }, 120_000);

  it('sends 01:00 in New York once on the day that hour happens twice', async () => {
    rig.clock.t = Date.parse('2026-10-30T12:00:00Z');
    await activeSubscriber(rig.ctx, { email: 'one-am@example.org', topics: ['defence'], hour: 1, timezone: 'America/New_York' });
    await stories('2026-10-29T00:00:00Z', 5);
    await runTicks('2026-10-30T12:00:00Z', '2026-11-02T12:00:00Z');
    // 01:00 EDT = 05:00 UTC; on Sunday 1 November 01:00 comes at 05:00 UTC (EDT) and again at 06:00 UTC (EST): once.
    expect(arrivals.get('one-am@example.org')).toEqual(['2026-10-31T05:00:00.000Z', '2026-11-01T05:00:00.000Z', '2026-11-02T06:00:00.000Z']);
  }, 120_000);

  it('keeps a weekly Monday 00:00 subscriber east of UTC on Monday, though it is Sunday in UTC', async () => {
    rig.clock.t = Date.parse('2026-03-14T12:00:00Z');
    await activeSubscriber(rig.ctx, { email: 'monday-kolkata@example.org', topics: ['defence'], frequency: 'weekly', weekday: 1, hour: 0, timezone: 'Asia/Kolkata' });
    await stories('2026-03-10T00:00:00Z', 8);
    await runTicks('2026-03-14T12:00:00Z', '2026-03-17T00:00:00Z');
    // Monday 16 March 00:00 in Kolkata (UTC+5:30) is Sunday 15 March 18:30 UTC.
    expect(arrivals.get('monday-kolkata@example.org')).toEqual(['2026-03-15T18:30:00.000Z']);
    expect(digestsTo(rig.smtp, 'monday-kolkata@example.org')[0]!.parsed.subject).toMatch(/^Weekly briefing, week of 16 March 2026:/);
  }, 120_000);
});
