import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { waitFor } from '../helpers/wait.js';

const RATE = 4;
const COUNT = 12;

describe('send-rate limit (DIGEST_SEND_RATE, a BullMQ limiter)', () => {
  let rig: DigestRig;
  beforeAll(async () => {
    rig = await startDigestRig('jobs-rate-limit', { DIGEST_SEND_RATE: String(RATE), DIGEST_SEND_CONCURRENCY: '8' });
    rig.clock.t = Date.parse('2026-02-27T06:00:00Z');
    for (let i = 0; i < COUNT; i++) await activeSubscriber(rig.ctx, { email: `r${i}@example.org`, topics: ['defence'], timezone: 'UTC' });
    await seedStory(rig.ctx, { title: 'Border talks resume', topics: ['defence'], seenAt: rig.clock.t - 3600_000 });
  });
  afterAll(async () => rig?.close());

  it('holds sends to the rate, and still delivers every digest', async () => {
    const started = Date.now();
    rig.clock.t = Date.parse('2026-02-27T07:00:00Z');
    await rig.runtime.queues.digestEdition.add('tick', { reason: 'schedule', at: rig.clock.t });
    // The limiter engages: the queue reports a rate-limit window.
    await waitFor(async () => (await rig.runtime.queues.digestSend.getRateLimitTtl(RATE)) > 0, 'the send queue to be rate limited', 15_000, 20);
    await rig.settle(30_000);
    for (let i = 0; i < COUNT; i++) expect(digestsTo(rig.smtp, `r${i}@example.org`)).toHaveLength(1);
    // A lower bound only: 12 sends at 4 a second need at least two full windows, however fast the machine.
    expect(Date.now() - started).toBeGreaterThanOrEqual(((COUNT / RATE) - 1) * 1000);
  });
});
