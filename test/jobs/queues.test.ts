import { Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { createQueues, DEFAULT_JOB_OPTIONS, QUEUES } from '../../jobs/queues.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';
import { Redis } from 'ioredis';

/** Redis memory stays flat over weeks: finished jobs and event streams are capped. */
describe('queues keep Redis memory bounded', { timeout: 60_000 }, () => {
  const config = testConfig('queue-caps');
  const queues = createQueues(config);
  const redis = new Redis(REDIS_URL);

  afterAll(async () => {
    await queues.close();
    await deletePrefix(redis, config.prefix);
    await redis.quit();
  });

  it('caps completed jobs at 1,000 and the event stream near 1,000 entries, however many jobs run', async () => {
    expect(DEFAULT_JOB_OPTIONS).toMatchObject({ removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } });
    // Just past the cap: enough to prove the trimming without loading a shared machine.
    const total = 1100;
    const worker = new Worker(QUEUES.mail, async () => ({ sent: true }), { connection: { url: REDIS_URL } as never, prefix: config.prefix, concurrency: 50 });
    // Counted from before the jobs exist: the worker may finish some while addBulk is still answering.
    let done = 0;
    worker.on('completed', () => done++);
    await queues.mail.addBulk(Array.from({ length: total }, (_, i) => ({ name: 'confirmation', data: { kind: 'confirmation' as const, subscriberId: `s${i}` } })));
    await waitFor(() => done === total, `${total} jobs to complete`, 45_000);
    await worker.close();
    expect((await queues.mail.getJobCounts('completed')).completed).toBeLessThanOrEqual(1000);
    // Approximate trimming (XADD MAXLEN ~) may keep one stream node beyond the cap.
    expect(await redis.xlen(`${config.prefix}:${QUEUES.mail}:events`)).toBeLessThan(1200);
  });
});
