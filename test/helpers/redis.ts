import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig, type Config } from '../../src/config.js';
import type { Ctx } from '../../src/context.js';
import { createLogger } from '../../src/log.js';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A prefix no other test file (or parallel run) shares. */
export function testPrefix(name: string): string {
  return `wbtest:${name}:${randomBytes(4).toString('hex')}`;
}

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `wirebrief-${name}-`));
}

export function testConfig(name: string, env: Record<string, string> = {}): Config & { secret: string } {
  const config = loadConfig({
    NODE_ENV: 'test',
    REDIS_URL,
    WIREBRIEF_PREFIX: testPrefix(name),
    SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
    ADMIN_TOKEN: 'test-admin-token-0123456789',
    DATA_DIR: tempDir(name),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    ...env,
  });
  return config as Config & { secret: string };
}

/** A context on a fresh prefix; `cleanup` deletes every key under it. */
export function testCtx(name: string, env: Record<string, string> = {}): Ctx & { cleanup(): Promise<void>; clock: { t: number } } {
  const config = testConfig(name, env);
  const redis = new Redis(REDIS_URL);
  const clock = { t: Date.parse('2026-02-27T12:00:00Z') };
  return {
    config,
    redis,
    log: createLogger('silent'),
    now: () => clock.t,
    clock,
    async cleanup() {
      await deletePrefix(redis, config.prefix);
      await redis.quit();
    },
  };
}

/** The Redis may be shared with other runs: delete only the keys under our own prefix. */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
}
