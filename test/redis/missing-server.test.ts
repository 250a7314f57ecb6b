import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureRedis, RedisUnavailableError } from '../../src/redis.js';
import { freePort } from '../helpers/feed-server.js';
import { testConfig } from '../helpers/redis.js';

/**
 * `npm start` with nothing answering at the default REDIS_URL and no
 * redis-server to start: the error tells the newcomer how to get a Redis
 * there, and that advice must work as written.
 */
describe('npm start without Redis and without redis-server', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  async function refusal(): Promise<string> {
    const port = await freePort(); // nothing listens there
    const config = { ...testConfig('missing-server'), redisUrl: `redis://127.0.0.1:${port}`, redisUrlIsDefault: true };
    process.env.PATH = '/nonexistent';
    const error = await ensureRedis(config, pino({ level: 'silent' })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RedisUnavailableError);
    return (error as Error).message.replaceAll(String(port), '<port>');
  }

  it('names a Redis it could start and the address it must answer at', async () => {
    const message = await refusal();
    expect(message).toMatch(/^Redis does not answer at redis:\/\/127\.0\.0\.1:<port> and no redis-server is on PATH: /);
    expect(message).toContain('sudo apt install redis-server');
    expect(message).toContain('set REDIS_URL');
  });

  it('advises a container only as one reachable at that address: the compose file publishes no Redis port', async () => {
    const message = await refusal();
    const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as { services: { redis: { ports?: string[] } } };
    // `docker compose up -d redis` starts a Redis only the compose network reaches.
    if (!(compose.services.redis.ports ?? []).some((p) => p.endsWith(':6379'))) expect(message).not.toContain('docker compose up -d redis');
    // A container advised must be published on the port the default REDIS_URL names, on loopback only.
    expect(message).toMatch(/docker run [^`]*-p 127\.0\.0\.1:<port>:6379 [^`]*redis/);
  });
});
