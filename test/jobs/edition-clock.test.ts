import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntry } from '../../src/digests/send.js';
import { localTime } from '../../src/digests/editions.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';

const HOUR = 3600_000;

/**
 * The edition clock through the real queues: ticks (jobs naming their own
 * time, as the job scheduler's do) at every quarter hour of simulated days;
 * each tick fans out sends for whoever's local hour has come, through real
 * workers, to a real SMTP server. Records at which tick each digest arrived.
 */
describe('edition clock: digests at each subscriber’s local hour', () => {
  let rig: DigestRig;
  const arrivals = new Map<string, string[]>();

  async function runTicks(from: string, to: string, stepMinutes: number) {
    for (let t = Date.parse(from); t < Date.parse(to); t += stepMinutes * 60_000) {
      const before = rig.smtp.mails.length;
      await rig.tick(t);
      for (const mail of rig.smtp.mails.slice(before)) {
        for (const to of mail.to) arrivals.set(to, [...(arrivals.get(to) ?? []), new Date(t).toISOString()]);
      }
    }
  }

  async function storiesEvery6h(from: string, days: number) {
    for (let t = Date.parse(from); t < Date.parse(from) + days * 24 * HOUR; t += 6 * HOUR) {
      await seedStory(rig.ctx, { title: `Defence ministry briefing at ${new Date(t).toISOString()}`, topics: ['defence'], seenAt: t });
    }
  }

  beforeAll(async () => {
    rig = await startDigestRig('jobs-edition-clock');
  });
  afterAll(async () => rig?.close());

  it('sends daily digests in Kolkata, Rome and New York at 07:00 local, across New York’s DST change', async () => {
    const start = '2026-03-06T00:00:00Z';
    rig.clock.t = Date.parse(start);
    const subs = await Promise.all(
      ['Asia/Kolkata', 'Europe/Rome', 'America/New_York'].map((timezone) =>
        activeSubscriber(rig.ctx, { email: `reader-${timezone.split('/')[1]!.toLowerCase()}@example.org`, topics: ['defence'], hour: 7, timezone }),
      ),
    );
    await storiesEvery6h('2026-03-05T00:00:00Z', 6);
    await runTicks(start, '2026-03-10T00:00:00Z', 15);

    expect(arrivals.get('reader-kolkata@example.org')).toEqual(['2026-03-06T01:30:00.000Z', '2026-03-07T01:30:00.000Z', '2026-03-08T01:30:00.000Z', '2026-03-09T01:30:00.000Z']);
    expect(arrivals.get('reader-rome@example.org')).toEqual(['2026-03-06T06:00:00.000Z', '2026-03-07T06:00:00.000Z', '2026-03-08T06:00:00.000Z', '2026-03-09T06:00:00.000Z']);
    // EST until Sunday 8 March, EDT after: 07:00 local moves from 12:00 to 11:00 UTC.
    expect(arrivals.get('reader-new_york@example.org')).toEqual(['2026-03-06T12:00:00.000Z', '2026-03-07T12:00:00.000Z', '2026-03-08T11:00:00.000Z', '2026-03-09T11:00:00.000Z']);

    for (const sub of subs) {
      const mails = digestsTo(rig.smtp, sub.email);
      expect(mails).toHaveLength(4);
      for (const mail of mails) expect(mail.parsed.subject).toMatch(/^Daily briefing, \w+day \d+ March 2026: Defence ministry briefing/);
      // The ledger records each edition at the tick's time, 07:00 on the subscriber's clock.
      const entry = await ledgerEntry(rig.ctx, 'daily-2026-03-08', sub.id);
      expect(entry?.messageId).toBe(mails[2]!.parsed.messageId);
      expect(localTime(entry!.at, sub.timezone)).toMatchObject({ date: '2026-03-08', hour: 7, minute: 0 });
    }
    // Each digest holds only what was new since the one before: six-hourly stories, four a day.
    const rome = digestsTo(rig.smtp, 'reader-rome@example.org');
    expect(rome.slice(1).map((m) => (m.parsed.text ?? '').match(/^\* /gm)?.length)).toEqual([4, 4, 4]);
  }, 120_000);

  it('keeps Rome at 07:00 local across its spring DST change, and mails a weekly subscriber once a week', async () => {
    const start = '2026-03-22T00:00:00Z';
    rig.clock.t = Date.parse(start);
    await activeSubscriber(rig.ctx, { email: 'daily-roma@example.org', topics: ['defence'], hour: 7, timezone: 'Europe/Rome' });
    await activeSubscriber(rig.ctx, { email: 'weekly-roma@example.org', topics: ['defence'], frequency: 'weekly', weekday: 1, hour: 8, timezone: 'Europe/Rome' });
    await storiesEvery6h('2026-03-21T00:00:00Z', 17);
    // Hourly ticks are enough for whole-hour zones and keep 16 simulated days quick.
    await runTicks(start, '2026-04-07T00:00:00Z', 60);

    const daily = arrivals.get('daily-roma@example.org')!;
    expect(daily).toHaveLength(16);
    // CET (UTC+1) until Sunday 29 March, CEST (UTC+2) from then on.
    expect(daily.slice(5, 9)).toEqual(['2026-03-27T06:00:00.000Z', '2026-03-28T06:00:00.000Z', '2026-03-29T05:00:00.000Z', '2026-03-30T05:00:00.000Z']);
    for (const at of daily) expect(localTime(Date.parse(at), 'Europe/Rome')).toMatchObject({ hour: 7, minute: 0 });

    expect(arrivals.get('weekly-roma@example.org')).toEqual(['2026-03-23T07:00:00.000Z', '2026-03-30T06:00:00.000Z', '2026-04-06T06:00:00.000Z']);
    const weekly = digestsTo(rig.smtp, 'weekly-roma@example.org');
    expect(weekly.map((m) => m.parsed.subject?.split(':')[0])).toEqual([
      'Weekly briefing, week of 23 March 2026',
      'Weekly briefing, week of 30 March 2026',
      'Weekly briefing, week of 6 April 2026',
    ]);
  }, 120_000);

  it('makes up a late-evening slot missed while the service was down, after local midnight, within the catch-up hours', async () => {
    rig.clock.t = Date.parse('2026-03-11T12:00:00Z');
    await activeSubscriber(rig.ctx, { email: 'late-kolkata@example.org', topics: ['defence'], hour: 22, timezone: 'Asia/Kolkata' });
    await activeSubscriber(rig.ctx, { email: 'sunday-night-roma@example.org', topics: ['defence'], frequency: 'weekly', weekday: 7, hour: 23, timezone: 'Europe/Rome' });
    await storiesEvery6h('2026-03-10T00:00:00Z', 7);
    // Kolkata (UTC+5:30): down from 21:45 to 00:30 local; Wednesday's 22:00 edition goes out when ticks resume.
    await runTicks('2026-03-11T12:00:00Z', '2026-03-11T16:30:00Z', 15);
    await runTicks('2026-03-11T19:00:00Z', '2026-03-11T21:00:00Z', 15);
    expect(arrivals.get('late-kolkata@example.org')).toEqual(['2026-03-11T19:00:00.000Z']);
    expect(digestsTo(rig.smtp, 'late-kolkata@example.org')[0]!.parsed.subject).toMatch(/^Daily briefing, Wednesday 11 March 2026:/);
    // Rome (CET): Sunday 23:00 missed, ticks back at 00:30 on Monday: that week's edition, once.
    await runTicks('2026-03-15T20:00:00Z', '2026-03-15T21:45:00Z', 15);
    await runTicks('2026-03-15T23:30:00Z', '2026-03-16T02:00:00Z', 15);
    expect(arrivals.get('sunday-night-roma@example.org')).toEqual(['2026-03-15T23:30:00.000Z']);
    expect(digestsTo(rig.smtp, 'sunday-night-roma@example.org')[0]!.parsed.subject).toMatch(/^Weekly briefing, week of 9 March 2026:/);
  }, 120_000);
});
