import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { describeRedisUrl, parseRedisUrl } from './redis-url.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';

export type { Redis };

/**
 * Two kinds of connection, as BullMQ wants them:
 * - `worker`: blocking commands, must never give up (maxRetriesPerRequest null),
 * - `client`: for the API and CLI, which should fail fast and say so.
 */
export function connectRedis(url: string, kind: 'worker' | 'client' = 'client', extra: RedisOptions = {}): Redis {
  return new Redis({
    ...parseRedisUrl(url),
    maxRetriesPerRequest: kind === 'worker' ? null : 3,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    lazyConnect: false,
    ...extra,
  });
}

export async function redisAnswers(url: string, timeoutMs = 1_000): Promise<boolean> {
  return (await probeRedis(url, timeoutMs)) === null;
}

/** One connection attempt and a PING: null when Redis answers, else why not (refused, timed out, a certificate refused). */
export async function probeRedis(url: string, timeoutMs = 1_000): Promise<string | null> {
  const probe = new Redis({
    ...parseRedisUrl(url),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
  });
  let lastError: string | null = null;
  probe.on('error', (error: Error) => (lastError = error.message));
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG' ? null : 'no PONG to a PING';
  } catch (error) {
    return lastError ?? (error instanceof Error ? error.message : String(error));
  } finally {
    probe.disconnect();
  }
}

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface EmbeddedRedis {
  port: number;
  stop(): Promise<void>;
}

/**
 * `npm start` on a laptop should just work: when REDIS_URL was left at its
 * default and nothing answers there, start a private redis-server with AOF on,
 * bound to loopback, keeping its data under DATA_DIR/redis.
 */
export async function ensureRedis(config: Config, log: Logger): Promise<EmbeddedRedis | null> {
  if (await redisAnswers(config.redisUrl)) return null;
  const where = describeRedisUrl(config.redisUrl);
  if (!config.redisUrlIsDefault) throw new RedisUnavailableError(`Redis does not answer at ${where}; check REDIS_URL`);
  const { port } = parseRedisUrl(config.redisUrl);
  // Not `docker compose up -d redis`: the compose file publishes no Redis port, so only its own services reach that one.
  const howTo =
    'install it (Debian/Ubuntu: `sudo apt install redis-server`), or run one in Docker on that port ' +
    `(\`docker run -d --name wirebrief-redis -p 127.0.0.1:${port ?? 6379}:6379 redis:7.4-alpine --appendonly yes --maxmemory-policy noeviction\`), or set REDIS_URL`;
  const binary = await findOnPath('redis-server');
  if (!binary) throw new RedisUnavailableError(`Redis does not answer at ${where} and no redis-server is on PATH: ${howTo}`);
  const dir = resolve(config.dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const child = spawn(
    binary,
    ['--port', String(port ?? 6379), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction', '--protected-mode', 'yes'],
    // Its own process group: a Ctrl-C meant for us must not stop Redis while
    // workers are still handing back their jobs. We stop it last, in stop().
    { stdio: 'ignore', detached: true },
  );
  await waitForRedis(config.redisUrl, child);
  log.info({ port, dir }, 'started a private redis-server (AOF on, loopback only) because none answered at the default REDIS_URL');
  return { port: port ?? 6379, stop: () => stopChild(child) };
}

async function waitForRedis(url: string, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 100; i++) {
    if (exited) throw new RedisUnavailableError('the private redis-server exited at start; is the port in use?');
    if (await redisAnswers(url, 200)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new RedisUnavailableError('the private redis-server did not answer within 10 s');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    // SIGTERM makes redis-server fsync its AOF before leaving.
    child.kill('SIGTERM');
  });
}

async function findOnPath(name: string): Promise<string | null> {
  const { access, constants } = await import('node:fs/promises');
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    const candidate = resolve(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return null;
}
