import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueFeedPoll } from '../../jobs/enqueue.js';
import { startWorkers } from '../../jobs/workers.js';
import { ConfigError } from '../../src/config.js';
import { addFeed } from '../../src/feeds/store.js';
import { createMetrics } from '../../src/metrics.js';
import { openRuntime, type Runtime } from '../../src/service.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

const wire = readFileSync(fileURLToPath(new URL('../fixtures/wire.rss', import.meta.url)));

describe('workers: concurrency per queue and shutdown within the grace period', { timeout: 60_000 }, () => {
  let rt: Runtime;
  let feeds: FeedServer;
  /** Requests the feed server holds until the test lets them go. */
  const held: ServerResponse[] = [];
  const answer = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(wire);

  beforeAll(async () => {
    rt = await openRuntime(testConfig('workers', { WORKER_CONCURRENCY: '3' }));
    feeds = await startFeedServer();
    feeds.handle('/slow.rss', (_req: IncomingMessage, res) => void setTimeout(() => answer(res), 800));
    feeds.handle('/stuck.rss', (_req, res) => void held.push(res));
  });

  afterAll(async () => {
    for (const res of held) if (!res.writableEnded) answer(res);
    await feeds.close();
    // The abandoned poll may still be writing: close its connection first, then clean up.
    await rt.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, rt.ctx.config.prefix);
    await redis.quit();
  });

  it('takes concurrency from WORKER_CONCURRENCY with per-queue overrides, and refuses unknown queues', async () => {
    const w = startWorkers(rt, { concurrency: 3, perQueue: { 'digest-send': 7 } });
    expect(Object.fromEntries(w.workers.map((x) => [x.name, x.concurrency]))).toEqual({ 'feed-poll': 3, 'digest-edition': 1, 'digest-send': 7, mail: 3 });
    await w.close(1_000);
    expect(() => startWorkers(rt, { concurrency: 3, perQueue: { 'digest-sned': 2 } })).toThrow(ConfigError);
  });

  it('lets a job in hand finish when it can within the grace period', async () => {
    const { feed } = await addFeed(rt.ctx, feeds.url('/slow.rss'));
    const w = startWorkers(rt, { concurrency: 2 });
    await enqueueFeedPoll(rt.queues, feed.id);
    await waitFor(() => feeds.requests.some((r) => r.path === '/slow.rss'), 'the poll to start');
    expect(w.running()).toBe(true);
    const started = Date.now();
    await w.close(5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(w.running()).toBe(false);
    const [job] = await rt.queues.feedPoll.getJobs(['completed']);
    expect(job?.returnvalue).toMatchObject({ feedId: feed.id, status: 'ok', added: 10 });
  });

  it('hands a job that cannot finish back to its queue, attempts untouched, and another worker takes it', async () => {
    const { feed } = await addFeed(rt.ctx, feeds.url('/stuck.rss'));
    const metrics = createMetrics({ version: 'test', roles: ['worker'] });
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const first = startWorkers({ ...rt, ctx: { ...rt.ctx, log } }, { concurrency: 2, metrics });
    // A poll asked for now (forced): the next worker polls it even though the
    // abandoned request, answered late, already recorded a fresh poll.
    const job = await rt.queues.feedPoll.add('poll', { feedId: feed.id, force: true });
    await waitFor(() => held.length === 1, 'the poll to hang on the feed server');
    const started = Date.now();
    await first.close(2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await rt.queues.feedPoll.getJobState(job.id!)).toBe('waiting');
    expect((await rt.queues.feedPoll.getJob(job.id!))!.attemptsMade).toBe(0);
    expect((await metrics.registry.getSingleMetricAsString('wirebrief_jobs_total')).includes('queue="feed-poll",outcome="handed-back"} 1')).toBe(true);
    // Its log line carries the fields of every job outcome line.
    const handedBack = lines.find((l) => l.outcome === 'handed-back');
    expect(handedBack).toMatchObject({ queue: 'feed-poll', jobId: job.id, feedId: feed.id, durationMs: expect.any(Number) });

    // The publisher answers again: the abandoned request, and the next worker's.
    answer(held[0]!);
    feeds.handle('/stuck.rss', (_req, res) => answer(res));
    const second = startWorkers(rt, { concurrency: 2 });
    await waitFor(async () => (await rt.queues.feedPoll.getJobState(job.id!)) === 'completed', 'the second worker to poll the feed');
    expect((await rt.queues.feedPoll.getJob(job.id!))!.returnvalue).toMatchObject({ feedId: feed.id, status: 'ok' });
    await second.close(1_000);
  });
});
