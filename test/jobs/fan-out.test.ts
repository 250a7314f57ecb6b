import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutEdition, sendJobId } from '../../jobs/editions.js';
import { createQueues, type Queues } from '../../jobs/queues.js';
import type { Subscriber } from '../../src/subscribers/store.js';
import { activeSubscriber } from '../helpers/digests.js';
import { deletePrefix, REDIS_URL, testCtx } from '../helpers/redis.js';

/** What a tick puts on the send queue, looked at before any worker takes it. */
describe('edition fan-out', () => {
  const ctx = testCtx('jobs-fan-out', { DIGEST_JITTER_MINUTES: '10' });
  let queues: Queues;
  const subs: Subscriber[] = [];

  beforeAll(async () => {
    queues = createQueues(ctx.config);
    for (let i = 0; i < 30; i++) subs.push(await activeSubscriber(ctx, { email: `r${i}@example.org`, topics: ['defence'], hour: 7, timezone: i % 2 ? 'Europe/Rome' : 'UTC' }));
    subs.push(await activeSubscriber(ctx, { email: 'weekly@example.org', topics: ['defence'], frequency: 'weekly', weekday: 5, hour: 7, timezone: 'UTC' }));
  });
  afterAll(async () => {
    await queues.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, ctx.config.prefix);
    await redis.quit();
    await ctx.cleanup();
  });

  it('queues the due subscribers with deterministic ids, off the hour by 1 to 10 minutes', async () => {
    // Friday 27 February, 07:00 UTC: 07:00 for the UTC readers, 08:00 for the Rome ones (due, within catch-up).
    const out = await fanOutEdition(ctx, queues, Date.parse('2026-02-27T07:00:00Z'), 'schedule');
    expect(out).toMatchObject({ mode: 'schedule', queued: 31, editions: ['daily-2026-02-27', 'weekly-2026-W09'] });
    const delayed = await queues.digestSend.getDelayed(0, -1);
    expect(delayed).toHaveLength(31);
    for (const job of delayed) {
      expect(job.id).toBe(sendJobId(job.data.edition, job.data.subscriberId));
      expect(job.id).not.toContain(':');
      expect(job.opts.delay).toBeGreaterThanOrEqual(60_000);
      expect(job.opts.delay).toBeLessThanOrEqual(600_000);
    }
    expect(new Set(delayed.map((j) => Math.floor(j.opts.delay! / 60_000))).size).toBeGreaterThan(3);
  });

  it('adds nothing twice when the same tick runs again, and nothing before the local hour', async () => {
    await fanOutEdition(ctx, queues, Date.parse('2026-02-27T07:00:00Z'), 'schedule');
    await fanOutEdition(ctx, queues, Date.parse('2026-02-27T07:15:00Z'), 'schedule');
    expect(await queues.digestSend.getDelayedCount()).toBe(31);
    const early = await fanOutEdition(ctx, queues, Date.parse('2026-02-28T05:45:00Z'), 'schedule');
    expect(early.queued).toBe(0);
  });

  it('sends a run by hand at once, each subscriber their current edition', async () => {
    const out = await fanOutEdition(ctx, queues, Date.parse('2026-02-28T05:45:00Z'), 'manual');
    expect(out).toMatchObject({ queued: 31, editions: ['daily-2026-02-28', 'weekly-2026-W09'] });
    const waiting = await queues.digestSend.getWaiting(0, -1);
    // Saturday's daily edition for everyone at once; this week's weekly edition is already queued, so not again.
    expect(waiting.map((j) => j.data.edition)).toEqual(Array(30).fill('daily-2026-02-28'));
    expect(waiting.every((j) => !j.opts.delay)).toBe(true);
    expect((await queues.digestSend.getDelayed(0, -1)).filter((j) => j.data.edition === 'weekly-2026-W09')).toHaveLength(1);
  });
});
