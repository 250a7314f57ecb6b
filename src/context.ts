import type { Config } from './config.js';
import type { Logger } from './log.js';
import type { Redis } from './redis.js';

/**
 * What every domain function may lean on: a Redis connection, the key prefix,
 * a logger and a clock. The clock is injectable so editions and back-off can be
 * tested without sleeping.
 */
export interface Ctx {
  config: Config & { secret: string };
  redis: Redis;
  log: Logger;
  now: () => number;
}

/** `key(ctx, 'story', id)` → `wirebrief:story:<id>`: every key of the system is built here. */
export function key(ctx: Pick<Ctx, 'config'>, ...parts: (string | number)[]): string {
  // Thousands of calls per feed ingested: no array to join.
  let out = ctx.config.prefix;
  for (const part of parts) out += `:${part}`;
  return out;
}
