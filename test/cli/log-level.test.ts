import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testCtx } from '../helpers/redis.js';
import { CLI_TIMEOUT_MS, cliEnv } from './env.js';

// The configuration takes a blank variable for an unset one and trims the rest (an env file's `LOG_LEVEL=`);
// a command that opens Redis must log by that reading, not by the raw variable pino refuses.
describe('CLI commands read LOG_LEVEL as the configuration does', { timeout: CLI_TIMEOUT_MS }, () => {
  const ctx = testCtx('cli-log-level');

  afterAll(async () => {
    await ctx.cleanup();
  });

  it('a blank LOG_LEVEL is unset: the command runs', async () => {
    const run = await runCli(['stories', 'list'], cliEnv(ctx, { LOG_LEVEL: '' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('a LOG_LEVEL with spaces around it is that level', async () => {
    const run = await runCli(['stories', 'list'], cliEnv(ctx, { LOG_LEVEL: ' error ' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
