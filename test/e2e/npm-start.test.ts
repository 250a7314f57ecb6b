import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/redis.js';
import { lacking } from '../helpers/tools.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(lacking('redis-server', 'network namespaces'))('npm start on embedded defaults', () => {
  it('starts a private redis-server when nothing answers on 6379, serves /healthz, writes mail to the outbox, stops on Ctrl-C', () => {
    // A fresh network namespace has its own loopback with nothing listening:
    // the machine's shared Redis on 6379 is out of sight there.
    const dataDir = tempDir('npm-start');
    const probe = join(root, 'test/helpers/start-probe.mjs');
    const run = spawnSync('unshare', ['-n', 'sh', '-c', `ip link set lo up && exec node ${probe} ${root} ${dataDir} 18080`], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.error, 'unshare must be available (root on Linux)').toBeUndefined();
    const seen = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      healthz: { status: number; body: { redis: string } } | null;
      subscribe: number;
      outbox: string[];
      exitCode: number | string;
      log: string;
      aof: boolean;
      httpAfterStop: boolean;
    };
    expect(seen.healthz, seen.log).toEqual({ status: 200, body: { status: 'ok', redis: 'up' } });
    expect(seen.log).toMatch(/started a private redis-server/);
    expect(seen.subscribe).toBe(202);
    expect(seen.outbox).toHaveLength(1);
    const mail = readFileSync(join(dataDir, 'outbox', seen.outbox[0]!), 'utf8');
    expect(mail).toMatch(/^To: reader@example\.org$/m);
    expect(mail).toMatch(/\/confirm\?token=/);
    expect(seen.aof).toBe(true);
    // npm itself dies of the Ctrl-C; the service under it finishes its shutdown.
    expect([0, 'SIGINT', 130], seen.log).toContain(seen.exitCode);
    expect(seen.log).toMatch(/wirebrief stopped cleanly/);
    expect(seen.httpAfterStop).toBe(false);
  }, 120_000);

  it('refuses a bad PORT with one clear line and a non-zero exit', () => {
    const run = spawnSync('node', [join(root, 'bin/wirebrief.js'), 'start'], {
      encoding: 'utf8',
      env: { ...process.env, PORT: 'abc', DATA_DIR: tempDir('bad-port') },
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT must be an integer from 0 to 65535 \(got "abc"\)/);
  });
});
