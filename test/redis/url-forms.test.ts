import { describe, expect, it } from 'vitest';
import { bullConnection } from '../../jobs/queues.js';
import { hasHashTag } from '../../src/redis-checks.js';
import { describeRedisUrl, parseRedisUrl } from '../../src/redis-url.js';

describe('REDIS_URL forms', () => {
  it('redis:// with user, password and database', () => {
    expect(parseRedisUrl('redis://app:s%40cret@cache.internal:6380/3')).toEqual({ host: 'cache.internal', port: 6380, username: 'app', password: 's@cret', db: 3 });
    expect(parseRedisUrl('redis://127.0.0.1')).toEqual({ host: '127.0.0.1', port: 6379 });
    expect(parseRedisUrl('redis://[::1]:7000')).toMatchObject({ host: '::1', port: 7000 });
  });

  it('rediss:// turns TLS on, checking the server name', () => {
    expect(parseRedisUrl('rediss://:pw@redis.example.org:6380/0')).toEqual({ host: 'redis.example.org', port: 6380, password: 'pw', db: 0, tls: { servername: 'redis.example.org' } });
  });

  it('sentinel:// lists the sentinels and names the master; the password serves both', () => {
    expect(parseRedisUrl('sentinel://:pw@s1:26379,s2:26380,s3/mymaster?db=2')).toEqual({
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26380 },
        { host: 's3', port: 26379 },
      ],
      name: 'mymaster',
      password: 'pw',
      sentinelPassword: 'pw',
      db: 2,
    });
  });

  it('refuses other schemes and malformed forms with a reason', () => {
    expect(() => parseRedisUrl('http://x')).toThrow(/unsupported Redis URL scheme http:/);
    expect(() => parseRedisUrl('sentinel://s1:26379')).toThrow(/sentinel:\/\/\[:password@\]host:port,host:port\/mastername/);
    expect(() => parseRedisUrl('redis://h:6379/x')).toThrow(/Redis database must be a whole number/);
  });

  it('never shows a password where the URL is described', () => {
    expect(describeRedisUrl('rediss://app:secret@h:6380/1')).toBe('rediss://h:6380/1');
    expect(describeRedisUrl('sentinel://:secret@s1:26379,s2:26379/m')).toBe('sentinel://s1:26379,s2:26379/m');
  });

  it('gives BullMQ workers connections that wait out Redis, and producers ones that fail fast, on every URL form', () => {
    for (const url of ['redis://h:6379', 'rediss://:pw@h:6380', 'sentinel://s1:26379,s2:26379/mymaster']) {
      const worker = bullConnection({ redisUrl: url }, 'worker') as Record<string, unknown>;
      const client = bullConnection({ redisUrl: url }, 'client') as Record<string, unknown>;
      expect(worker).toMatchObject({ ...parseRedisUrl(url), maxRetriesPerRequest: null, enableOfflineQueue: true });
      expect(client).toMatchObject({ ...parseRedisUrl(url), maxRetriesPerRequest: 3, enableOfflineQueue: false });
    }
  });

  it('recognises a Cluster hash tag in the prefix', () => {
    expect(hasHashTag('{wirebrief}')).toBe(true);
    expect(hasHashTag('{wirebrief}:eu')).toBe(true);
    expect(hasHashTag('wirebrief')).toBe(false);
    expect(hasHashTag('{}wirebrief')).toBe(false);
    expect(hasHashTag('wire{brief')).toBe(false);
  });
});
