import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { startService } from '../../src/service.js';
import { freePort } from '../helpers/feed-server.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';

interface UpLine {
  msg: string;
  desk?: string;
  adminLogin?: string;
}

/** Starts the api role with the service's own logger (its redaction too), returns its "wirebrief is up" line and what /admin answers with the token that line points to. */
async function upLine(name: string, env: Record<string, string>): Promise<{ line: UpLine; base: string; dataDir: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = testConfig(name, { PORT: String(port), PUBLIC_URL: base, ...env });
  const lines: UpLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as UpLine);
      done();
    },
  });
  const service = await startService(config, ['api'], { log: createLogger('info', 'wirebrief', 'json', sink) });
  await service.close();
  const redis = new Redis(REDIS_URL);
  await deletePrefix(redis, config.prefix);
  await redis.quit();
  const line = lines.find((l) => l.msg === 'wirebrief is up');
  expect(line).toBeDefined();
  return { line: line!, base, dataDir: config.dataDir };
}

/**
 * `npm start` in a fresh checkout generates the admin token into a file: the
 * line that says the service is up names the desk and where that token is,
 * so a newcomer finds the way in from the terminal alone.
 */
describe('the "wirebrief is up" line', () => {
  it('names the desk and the file holding a generated admin token', async () => {
    const { line, base, dataDir } = await upLine('up-generated', { ADMIN_TOKEN: '' });
    expect(line.desk).toBe(`${base}/admin`);
    const file = /^in (\S+) /.exec(line.adminLogin ?? '')?.[1];
    expect(file, line.adminLogin).toBe(`${dataDir}/admin-token`);
    expect(readFileSync(file!, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(line.adminLogin).toContain('any user name');
  });

  it('says the token is ADMIN_TOKEN when it was given, and never prints it', async () => {
    const token = 'given-admin-token-0123456789';
    const { line } = await upLine('up-given', { ADMIN_TOKEN: token });
    expect(line.adminLogin).toMatch(/^ADMIN_TOKEN /);
    expect(JSON.stringify(line)).not.toContain(token);
  });

  it('says the admin routes are closed in production without ADMIN_TOKEN', async () => {
    const { line } = await upLine('up-closed', { NODE_ENV: 'production', ADMIN_TOKEN: '' });
    expect(line.adminLogin).toMatch(/^unset: .*503/);
  });
});
