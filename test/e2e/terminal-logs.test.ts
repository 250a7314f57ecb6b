import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/feed-server.js';
import { Redis } from 'ioredis';
import { deletePrefix, REDIS_URL, tempDir, testPrefix } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

/** Logs are JSON lines for machines (see roles.test.ts) and pretty lines for a person at a terminal. */
describe('logs in a terminal', { timeout: 90_000 }, () => {
  it('are pretty, one readable line per event, when stdout is a TTY', async () => {
    const port = await freePort();
    const prefix = testPrefix('tty');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      REDIS_URL,
      WIREBRIEF_PREFIX: prefix,
      SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: tempDir('tty'),
      PORT: String(port),
      LOG_LEVEL: 'info',
    };
    delete env.LOG_FORMAT;
    // `script` runs the command on a pseudo-terminal, as an operator's shell would.
    const child = spawn('script', ['-qec', `${process.execPath} ${bin} start --role scheduler`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await waitFor(() => /wirebrief is up/.test(out), 'the service to say it is up', 60_000);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      const redis = new Redis(REDIS_URL);
      await deletePrefix(redis, prefix);
      await redis.quit();
    }
    const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/^\[\d\d:\d\d:\d\d\] INFO \(wirebrief\/\d+\): wirebrief is up$/m);
    expect(plain).not.toMatch(/^\{"level"/m);
  });
});
