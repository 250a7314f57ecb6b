import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli.js';
import { freePort } from '../helpers/feed-server.js';
import { CLI_TIMEOUT_MS } from './env.js';

/** A command run while Redis is not there says so in one line, with what to do, and exits 1. */
describe('a CLI command without Redis', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints one line naming the URL, the reason and the fix, not a stack trace per connection', async () => {
    const port = await freePort();
    const run = await runCliProcess(['status'], { NODE_ENV: 'test', REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'warn' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `wirebrief: Redis does not answer at redis://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}): check REDIS_URL and that Redis is running`,
    ]);
  });
});
