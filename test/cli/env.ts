import type { Ctx } from '../../src/context.js';
import { REDIS_URL } from '../helpers/redis.js';

/** The environment that points a CLI child process at a test context's Redis prefix and data dir. */
export function cliEnv(ctx: Pick<Ctx, 'config'>, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    REDIS_URL,
    WIREBRIEF_PREFIX: ctx.config.prefix,
    SECRET: ctx.config.secret,
    DATA_DIR: ctx.config.dataDir,
    ...extra,
  };
}

/**
 * Each CLI run is a fresh Node process that loads the TypeScript sources
 * (2-3 s of CPU); on a busy 2-core machine a test of two runs needs room.
 */
export const CLI_TIMEOUT_MS = 120_000;
