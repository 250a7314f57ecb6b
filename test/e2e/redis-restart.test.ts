import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { scrape } from '../helpers/metrics.js';
import { privateRedis, type PrivateRedis } from '../helpers/private-redis.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { sleep, waitFor } from '../helpers/wait.js';
import { lacking } from '../helpers/tools.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/**
 * Redis goes away and comes back under a running service (its own
 * redis-server, so the shared one is never stopped): /readyz follows it, and
 * the same workers take new jobs afterwards, without a restart.
 */
describe.skipIf(lacking('redis-server'))('readiness across a Redis restart', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  let feeds: FeedServer;
  let app: TestService;

  beforeAll(async () => {
    redis = await privateRedis();
    feeds = await startFeedServer();
    feeds.serveFile('/wire.rss', fixture('wire.rss'));
    app = await startTestService('redis-restart', { REDIS_URL: redis.url });
  });

  afterAll(async () => {
    await redis?.start().catch(() => undefined);
    await app?.close();
    await feeds?.close();
    await redis?.stop();
  });

  const readyz = async () => {
    const res = await app.get('/readyz');
    return { status: res.status, body: (await res.json()) as { status: string; redis: string; workers: string } };
  };

  it('is ready while Redis answers and the workers run', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', redis: 'up', workers: 'running' } });
  });

  it('turns 503 when Redis stops, while /healthz stays 200, logging the outage as JSON lines only', async () => {
    // Whatever bypasses the logger lands as bare multi-line text in a JSON log stream.
    const bare: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void bare.push(args);
    await redis.stop();
    const down = await waitFor(async () => {
      const r = await readyz();
      return r.status === 503 ? r : null;
    }, '/readyz to turn 503');
    await sleep(2000);
    console.error = consoleError;
    expect(bare.map((args) => String(args[0]))).toEqual([]);
    expect(down.body).toMatchObject({ status: 'not-ready', redis: 'down' });
    const health = await app.get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', redis: 'down' });
    const metrics = await scrape(app.base);
    expect(metrics.value('wirebrief_redis_up')).toBe(0);
  });

  it('turns 200 again when Redis is back, and the same workers poll a feed added afterwards', async () => {
    await redis.start();
    const up = await waitFor(async () => {
      const r = await readyz();
      return r.status === 200 ? r : null;
    }, '/readyz to turn 200 again', 30_000);
    expect(up.body).toEqual({ status: 'ready', redis: 'up', workers: 'running' });

    const before = await scrape(app.base);
    const added = await app.post('/api/admin/feeds', { url: feeds.url('/wire.rss') }, ADMIN_HEADERS);
    expect(added.status).toBe(201);
    const polled = before.value('wirebrief_feed_polls_total', { status: 'ok' }) + 1;
    const after = await waitFor(async () => {
      const now = await scrape(app.base);
      return now.value('wirebrief_feed_polls_total', { status: 'ok' }) === polled ? now : null;
    }, 'the worker to poll the feed after the restart', 30_000);
    const stories = (await (await app.get('/api/stories?topic=defence')).json()) as { stories: unknown[] };
    expect(stories.stories.length).toBeGreaterThan(0);
    expect(after.value('wirebrief_redis_up')).toBe(1);
  });
});
