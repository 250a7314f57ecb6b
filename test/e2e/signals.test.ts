import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../jobs/queues.js';
import { loadConfig } from '../../src/config.js';
import type { Ctx } from '../../src/context.js';
import { addFeed } from '../../src/feeds/store.js';
import { createLogger } from '../../src/log.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { startServiceProcess, type ServiceProcess } from '../helpers/processes.js';
import { deletePrefix, REDIS_URL, tempDir, testPrefix } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

const GRACE_SECONDS = 20;

describe('a second signal', { timeout: 120_000 }, () => {
  let feeds: FeedServer;
  let ctx: Ctx;
  let worker: ServiceProcess;

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.handle('/stuck.rss', () => undefined); // never answers
    const env = {
      NODE_ENV: 'test',
      REDIS_URL,
      WIREBRIEF_PREFIX: testPrefix('signals'),
      SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: tempDir('signals'),
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
    };
    ctx = { config: loadConfig(env) as Ctx['config'], redis: new Redis(REDIS_URL), log: createLogger('silent'), now: Date.now };
    worker = await startServiceProcess('worker', env);
  });

  afterAll(async () => {
    if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
    await deletePrefix(ctx.redis, ctx.config.prefix);
    await ctx.redis.quit();
    await feeds.close();
  });

  it('Ctrl-C starts a graceful stop that waits for the job in hand; a second Ctrl-C exits at once', async () => {
    const { feed } = await addFeed(ctx, feeds.url('/stuck.rss'));
    const queue = new Queue(QUEUES.feedPoll, { connection: { url: REDIS_URL } as never, prefix: ctx.config.prefix });
    await queue.add('poll', { feedId: feed.id });
    await queue.close();
    await waitFor(() => feeds.requests.some((r) => r.path === '/stuck.rss'), 'the worker to start the poll');

    worker.child.kill('SIGINT');
    await waitFor(() => /shutting down: finishing jobs in hand/.test(worker.output()), 'the graceful stop to begin');
    expect(worker.child.exitCode).toBeNull();
    const stopped = await worker.stop('SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.ms).toBeLessThan(GRACE_SECONDS * 1000 / 2);
  });
});
