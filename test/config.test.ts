import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withLocalSecrets } from '../src/config.js';
import { tempDir } from './helpers/redis.js';

describe('config', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      redisUrlIsDefault: true,
      prefix: 'wirebrief',
      port: 8080,
      publicUrl: 'http://localhost:8080',
      smtpUrl: undefined,
      outboxDir: './var/outbox',
      digests: expect.objectContaining({ tickMinutes: 15, nothingNew: 'skip' }),
      dkim: null,
    });
  });

  it.each([
    ['PORT', 'abc', /^PORT must be an integer from 0 to 65535 \(got "abc"\)$/],
    ['PORT', '70000', /^PORT must be an integer from 0 to 65535/],
    ['REDIS_URL', 'http://x', /^REDIS_URL must be redis:\/\/host:port/],
    ['SMTP_URL', 'mail.example.org', /^SMTP_URL must be a URL starting with smtp:\/\/ or smtps:\/\//],
    ['SECRET', 'short', /^SECRET must be at least 32 characters/],
    ['EDITION_TIMEZONE', 'Mars/Olympus', /^EDITION_TIMEZONE must be an IANA time zone/],
    ['WIREBRIEF_PREFIX', 'has space', /^WIREBRIEF_PREFIX must be 1-64 characters/],
    ['MAIL_FROM', 'nobody', /^MAIL_FROM must be an address/],
    ['LOG_FORMAT', 'pretty', /^LOG_FORMAT must be json, or unset/],
    ['WORKER_HEAP_GROWTH_PERCENT', '500', /^WORKER_HEAP_GROWTH_PERCENT must be a whole number of percent from 0 to 400/],
    ['FEED_POLL_MINUTES', '2000', /^FEED_POLL_MINUTES must be a whole number of minutes from 1 to 1440 \(a day\)/],
  ])('refuses %s=%s with one line naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrowError(message);
  });

  it('reads SECRET_PREVIOUS as a comma-separated list, each at least 32 characters, never echoing a value', () => {
    const old = 'o'.repeat(32);
    const older = 'p'.repeat(40);
    expect(loadConfig({}).previousSecrets).toEqual([]);
    expect(loadConfig({ SECRET_PREVIOUS: old }).previousSecrets).toEqual([old]);
    expect(loadConfig({ SECRET_PREVIOUS: ` ${old} , ${older},` }).previousSecrets).toEqual([old, older]);
    for (const bad of [`${old},short`, ',', 'x'.repeat(31)]) {
      expect(() => loadConfig({ SECRET_PREVIOUS: bad })).toThrowError(/^SECRET_PREVIOUS must be one or more secrets of at least 32 characters each, separated by commas$/);
    }
    expect(() => loadConfig({ SECRET: 'short-secret' })).toThrowError(/^SECRET must be at least 32 characters \(e\.g\. `openssl rand -hex 32`\)$/);
  });

  it('requires SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(/SECRET must be set in production/);
  });

  it('accepts TLS and Sentinel Redis URLs and keeps a Cluster hash-tag prefix', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@redis.internal:6380/2' }).redisUrlIsDefault).toBe(false);
    expect(loadConfig({ REDIS_URL: 'sentinel://:pw@s1:26379,s2:26379/mymaster' }).redisUrl).toContain('sentinel://');
    expect(loadConfig({ WIREBRIEF_PREFIX: '{wirebrief}' }).prefix).toBe('{wirebrief}');
  });

  it('treats an empty variable as unset and trims the public URL', () => {
    expect(loadConfig({ PORT: '', PUBLIC_URL: 'https://news.example.org/' })).toMatchObject({ port: 8080, publicUrl: 'https://news.example.org' });
  });
});

describe('secrets kept under DATA_DIR', () => {
  it('are one secret and one admin token when several processes start at once on a fresh DATA_DIR', async () => {
    // An api and a worker started together: links the worker signs must open at the api.
    const dir = tempDir('secrets');
    const config = loadConfig({ DATA_DIR: dir });
    const runtimes = await Promise.all([1, 2, 3, 4].map(() => withLocalSecrets(config)));
    const kept = (name: string) => readFileSync(join(dir, name), 'utf8').trim();
    expect(new Set(runtimes.map((r) => r.secret))).toEqual(new Set([kept('secret')]));
    expect(new Set(runtimes.map((r) => r.adminToken))).toEqual(new Set([kept('admin-token')]));
    expect((await withLocalSecrets(config)).secret).toBe(kept('secret'));
  });
});
