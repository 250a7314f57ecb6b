import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import calculateSlot from 'cluster-key-slot';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { upsertSubscriber } from '../../src/subscribers/store.js';
import { inspectRedis } from '../../src/redis-checks.js';
import { redisAnswers } from '../../src/redis.js';
import { startService } from '../../src/service.js';
import { freePort, startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { scrape } from '../helpers/metrics.js';
import { privateRedis, type PrivateRedis } from '../helpers/private-redis.js';
import { REDIS_URL, tempDir, testConfig } from '../helpers/redis.js';
import { ADMIN_HEADERS, startTestService } from '../helpers/service.js';
import { waitFor } from '../helpers/wait.js';
import { redated } from '../helpers/rss.js';
import { lacking } from '../helpers/tools.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe.skipIf(lacking('redis-server'))('Redis as BullMQ needs it', { timeout: 60_000 }, () => {
  const stops: (() => Promise<unknown>)[] = [];
  let feeds: FeedServer | undefined;
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    await feeds?.close();
  });
  const wireFeed = async () => {
    if (!feeds) {
      feeds = await startFeedServer();
      // Dated today: a digest leaves out stories published before its lookback.
      feeds.serve('/wire.rss', redated(readFileSync(fixture('wire.rss'), 'utf8')));
    }
    return feeds.url('/wire.rss');
  };

  it('finds nothing to warn about on a Redis with noeviction and AOF', async () => {
    const redis = await privateRedis();
    stops.push(() => redis.stop());
    const client = new Redis(redis.url);
    const findings = await inspectRedis(client, 'wirebrief');
    await client.quit();
    expect(findings).toMatchObject({ maxmemoryPolicy: 'noeviction', aof: true, cluster: false, warnings: [] });
    expect(findings.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('warns loudly at start when Redis may evict keys or keeps no append-only file', async () => {
    const redis = await privateRedis(['--maxmemory-policy', 'allkeys-lru', '--appendonly', 'no']);
    stops.push(() => redis.stop());
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
    const service = await startService(testConfig('redis-checks', { REDIS_URL: redis.url }), ['scheduler'], { log });
    await service.close();
    const warnings = lines.filter((l) => l.level === 40).map((l) => l.msg);
    expect(warnings).toContainEqual(expect.stringMatching(/^REDIS CHECK: Redis maxmemory-policy is allkeys-lru: BullMQ needs noeviction/));
    expect(warnings).toContainEqual(expect.stringMatching(/^REDIS CHECK: Redis append-only file is off/));
  });

  it('runs through Redis Sentinel: sentinel://host:port/master finds the master, workers poll a feed', async () => {
    const master: PrivateRedis = await privateRedis();
    stops.push(() => master.stop());
    const sentinel = await startSentinel(master.port);
    stops.push(() => sentinel.stop());
    const url = `sentinel://127.0.0.1:${sentinel.port}/wbmaster`;
    const port = await freePort();
    const service = await startService(testConfig('sentinel', { REDIS_URL: url, PORT: String(port) }), ['api', 'worker']);
    stops.push(() => service.close());
    const added = await fetch(`${service.url}/api/admin/feeds`, { method: 'POST', headers: ADMIN_HEADERS, body: JSON.stringify({ url: await wireFeed() }) });
    expect(added.status).toBe(201);
    await waitFor(async () => (await scrape(service.url!)).value('wirebrief_feed_polls_total', { status: 'ok' }) === 1, 'a poll through Sentinel');
    const direct = new Redis(master.url);
    expect(await direct.zcard(`${service.runtime.ctx.config.prefix}:feeds`)).toBe(1);
    await direct.quit();
  });

  it('with a hash-tag prefix puts every key of the system in one Cluster slot', async () => {
    const prefix = `{wbtest-${randomBytes(4).toString('hex')}}`;
    const app = await startTestService('hash-tag', { WIREBRIEF_PREFIX: prefix, OUTBOX_DIR: tempDir('hash-tag-outbox') });
    stops.push(() => app.close());
    const added = await app.post('/api/admin/feeds', { url: await wireFeed() }, ADMIN_HEADERS);
    expect(added.status).toBe(201);
    await upsertSubscriber(app.service.runtime.ctx, { email: 'slot@example.org', topics: ['defence'], confirmed: true });
    await waitFor(async () => (await scrape(app.base)).value('wirebrief_feed_polls_total', { status: 'ok' }) === 1, 'the poll');
    expect((await app.post('/api/admin/digests/run', {}, ADMIN_HEADERS)).status).toBe(202);
    await waitFor(async () => (await scrape(app.base)).value('wirebrief_digests_total', { status: 'sent' }) === 1, 'the digest');

    const redis = new Redis(REDIS_URL);
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    await redis.quit();
    // Queue keys (BullMQ) and the project's own (feeds, stories, subscribers, ledger) alike.
    expect(keys.some((k) => k.startsWith(`${prefix}:feed-poll:`))).toBe(true);
    expect(keys.some((k) => k.startsWith(`${prefix}:story:`))).toBe(true);
    expect(keys.some((k) => k.startsWith(`${prefix}:ledger:`))).toBe(true);
    expect(new Set(keys.map((k) => calculateSlot(k)))).toEqual(new Set([calculateSlot(prefix)]));
    // Without the tag the same keys would spread over many slots.
    expect(new Set(keys.map((k) => calculateSlot(k.replace(/[{}]/g, '')))).size).toBeGreaterThan(10);
  });
});

/** A redis-server in Sentinel mode watching `masterPort` as "wbmaster". */
async function startSentinel(masterPort: number): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const dir = tempDir('sentinel');
  const conf = join(dir, 'sentinel.conf');
  writeFileSync(conf, [`port ${port}`, 'bind 127.0.0.1', `dir ${dir}`, `sentinel monitor wbmaster 127.0.0.1 ${masterPort} 1`, 'sentinel down-after-milliseconds wbmaster 5000', ''].join('\n'));
  const child: ChildProcess = spawn('redis-server', [conf, '--sentinel'], { stdio: 'ignore' });
  await waitFor(async () => child.exitCode === null && (await redisAnswers(`redis://127.0.0.1:${port}`, 200)), 'the sentinel', 10_000, 100);
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

