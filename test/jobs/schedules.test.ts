import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITION_TICK, nextEditionAt, tickTime } from '../../jobs/editions.js';
import { createQueues } from '../../jobs/queues.js';
import { startService, type Service } from '../../src/service.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';

const QUARTER = 15 * 60_000;

describe('edition clock registration', () => {
  const config = testConfig('jobs-schedules');
  const queues = createQueues(config);
  const services: Service[] = [];

  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
    await queues.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, config.prefix);
    await redis.quit();
  });

  async function editionJobs() {
    const schedulers = await queues.digestEdition.getJobSchedulers(0, -1);
    const delayed = await queues.digestEdition.getDelayed();
    const waiting = await queues.digestEdition.getWaiting();
    return { schedulers, jobs: [...delayed, ...waiting] };
  }

  it('registers one edition tick, with one next job, when two schedulers start at the same moment', async () => {
    // A scheduler left behind by the skeleton's daily cron is cleared on the way.
    await queues.digestEdition.upsertJobScheduler('edition-daily', { pattern: '0 7 * * *' }, { name: 'edition', data: { reason: 'schedule' } });
    // The tick is the next quarter after the moment the schedulers registered it, somewhere in [before, after].
    const before = Date.now();
    services.push(...(await Promise.all([startService(config, ['scheduler']), startService(config, ['scheduler'])])));
    const after = Date.now();

    const { schedulers, jobs } = await editionJobs();
    expect(schedulers.map((s) => [s.key, s.pattern])).toEqual([[EDITION_TICK, '*/15 * * * *']]);
    expect(jobs).toHaveLength(1);
    const next = (await nextEditionAt(queues))!;
    expect(next % QUARTER).toBe(0);
    expect(next).toBeGreaterThan(before);
    expect(next).toBeLessThanOrEqual(after + QUARTER);
    // The tick job carries its own scheduled time: the worker decides on that, not on when it ran.
    expect(tickTime(jobs[0]!, 0)).toBe(next);
    expect(jobs[0]!.id).toBe(`repeat:${EDITION_TICK}:${next}`);
  });

  it('leaves the tick alone on a restart, and moves it when DIGEST_TICK_MINUTES changes', async () => {
    const before = await editionJobs();
    services.push(await startService(config, ['scheduler']));
    const again = await editionJobs();
    expect(again.jobs.map((j) => j.id)).toEqual(before.jobs.map((j) => j.id));

    services.push(await startService({ ...config, digests: { ...config.digests, tickMinutes: 30 } }, ['scheduler']));
    const { schedulers, jobs } = await editionJobs();
    expect(schedulers.map((s) => [s.key, s.pattern])).toEqual([[EDITION_TICK, '*/30 * * * *']]);
    expect(jobs).toHaveLength(1);
    expect(((await nextEditionAt(queues))! % (30 * 60_000))).toBe(0);
  });

  it('puts the next tick back on a restart when its job is gone (evicted by a Redis not set to noeviction)', async () => {
    const before = await editionJobs();
    expect(before.jobs).toHaveLength(1);
    // What allkeys-lru does to a key it picks: the job's hash goes, the scheduler still names it as its next.
    const redis = new Redis(REDIS_URL);
    await redis.del(`${config.prefix}:digest-edition:${before.jobs[0]!.id!}`);
    await redis.quit();
    expect((await editionJobs()).jobs).toHaveLength(0);
    const restarted = Date.now();
    services.push(await startService({ ...config, digests: { ...config.digests, tickMinutes: 30 } }, ['scheduler']));
    const { schedulers, jobs } = await editionJobs();
    expect(schedulers.map((s) => [s.key, s.pattern])).toEqual([[EDITION_TICK, '*/30 * * * *']]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.id).toBe(`repeat:${EDITION_TICK}:${(await nextEditionAt(queues))!}`);
    expect(jobs[0]!.timestamp + jobs[0]!.delay).toBeGreaterThan(restarted);
  });
});
