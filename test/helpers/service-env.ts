import type { Ctx } from '../../src/context.js';
import { REDIS_URL, tempDir } from './redis.js';

/**
 * The environment of a `wirebrief start` child process on a test context's Redis prefix and secret: its own free port (on
 * the default 8080 a second suite's worker, or anything else there, made it exit at start), a fresh data dir named after
 * `dataDir`, the test's SMTP server and warn-level logs; `extra` adds settings or overrides these.
 */
export function serviceEnv(ctx: Pick<Ctx, 'config'>, smtpUrl: string, dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_URL,
    WIREBRIEF_PREFIX: ctx.config.prefix,
    SECRET: ctx.config.secret,
    DATA_DIR: tempDir(dataDir),
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'Wire desk <desk@wirebrief.test>',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}
