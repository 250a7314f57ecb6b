import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { scrape } from '../helpers/metrics.js';
import { privateRedis, type PrivateRedis } from '../helpers/private-redis.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
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

/**
 * Redis stops and comes back (AOF on, as the README asks) while an edition is
 * being sent: every subscriber still gets the digest, and only a send in
 * flight at the stop may be doubled (at most one per SMTP connection).
 */
describe.skipIf(lacking('redis-server'))('an edition across a Redis restart', { timeout: 120_000 }, () => {
  const READERS = 120;
  const POOL = 3;
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let app: TestService;

  beforeAll(async () => {
    redis = await privateRedis();
    sink = await startSmtpSink();
    app = await startTestService('redis-restart-edition', {
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      SMTP_POOL_SIZE: String(POOL),
      DIGEST_SEND_RATE: '40',
      DIGEST_RETRY_SECONDS: '1',
      // A send cut off by the stop leaves its claim and its job's lock in Redis (AOF): the digest goes again once they
      // run out, DIGEST_LOCK_SECONDS plus a stalled check (half of it) later. At the default 30 s the last digests came
      // 40 s after the restart on a loaded box, two thirds of the wait below.
      DIGEST_LOCK_SECONDS: '10',
    });
    const { ctx } = app.service.runtime;
    await seedStory(ctx, { title: 'Navy commissions a frigate at Mumbai', topics: ['defence'], seenAt: Date.now() - 3600_000 });
    for (let i = 0; i < READERS; i++) await activeSubscriber(ctx, { email: `reader${i}@example.org`, topics: ['defence'] });
  });

  afterAll(async () => {
    await redis?.start().catch(() => undefined);
    await app?.close();
    await sink?.close();
    await redis?.stop();
  });

  it('loses no digest, and doubles only what was in flight at the stop', async () => {
    expect((await app.post('/api/admin/digests/run', {}, ADMIN_HEADERS)).status).toBe(202);
    await waitFor(async () => sink.mails.length >= READERS / 4, 'a quarter of the edition to go out', 30_000);
    await redis.stop();
    const beforeStop = sink.mails.length;
    expect(beforeStop).toBeLessThan(READERS);
    await sleep(1500);
    await redis.start();
    const perReader = () => {
      const counts = new Map<string, number>();
      for (const m of sink.mails) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
      return counts;
    };
    await waitFor(async () => perReader().size === READERS, 'every reader to have the digest', 60_000);
    await sleep(2000);
    const doubled = [...perReader().values()].filter((n) => n > 1).length;
    console.info(`redis restart mid-edition: ${beforeStop} of ${READERS} sent before the stop, ${sink.mails.length} mails in all, ${doubled} doubled`);
    expect(doubled).toBeLessThanOrEqual(POOL);
  });
});
