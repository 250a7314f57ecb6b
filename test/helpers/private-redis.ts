import { spawn, type ChildProcess } from 'node:child_process';
import { redisAnswers } from '../../src/redis.js';
import { freePort } from './feed-server.js';
import { tempDir } from './redis.js';
import { waitFor } from './wait.js';

export interface PrivateRedis {
  port: number;
  url: string;
  /** Starts it (again, on the same port and data directory); a no-op while it runs. */
  start(): Promise<void>;
  /** Stops it with SIGTERM and waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, for what the shared one
 * must not suffer: being stopped, or running with other settings. Its data
 * lives in a temp dir (AOF on unless `args` say otherwise), so a restart keeps it.
 */
export async function privateRedis(args: string[] = []): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const dir = tempDir('redis');
  let child: ChildProcess | null = null;
  const api: PrivateRedis = {
    port,
    url,
    async start() {
      // Already running: a second server would fail to bind and take the handle of the first, which would then never be stopped.
      if (child && child.exitCode === null) return;
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', ...args], { stdio: 'ignore' });
      const started = child;
      await waitFor(async () => started.exitCode === null && (await redisAnswers(url, 200)), `redis-server on ${port}`, 10_000, 100);
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
  await api.start();
  return api;
}
