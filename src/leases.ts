import { randomUUID } from 'node:crypto';
import type { Ctx } from './context.js';

/**
 * At most `limit` holders of one Redis key at a time, across every worker
 * process: a counting semaphore (a sorted set of leases scored by when they
 * lapse, so a crashed worker's lease frees itself). With limit 1 it is a mutex.
 */

const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

export interface LeaseOptions {
  limit: number;
  /** How long a lease lasts: longer than the work may take. */
  leaseMs: number;
  /** How long to wait for a lease before giving up. */
  waitMs: number;
  /** First pause between tries (doubling, with jitter, up to 20 times it). */
  retryMs: number;
}

export class LeaseBusyError extends Error {
  override name = 'LeaseBusyError';
}

/** Runs `work` holding one lease on `semaphore`; throws LeaseBusyError after `waitMs` without one. */
export async function withLease<T>(ctx: Ctx, semaphore: string, opts: LeaseOptions, work: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + opts.waitMs;
  // Wall-clock time, not ctx.now(): leases are about real concurrency, whatever clock the domain runs on.
  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    const got = await ctx.redis.eval(ACQUIRE, 1, semaphore, now, now + opts.leaseMs, opts.limit, token, opts.leaseMs + 1000);
    if (got === 1) break;
    if (now > deadline) throw new LeaseBusyError(`${opts.limit} holders already; gave up waiting after ${opts.waitMs} ms`);
    await new Promise((r) => setTimeout(r, opts.retryMs * Math.min(20, 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())));
  }
  try {
    return await work();
  } finally {
    await ctx.redis.zrem(semaphore, token).catch(() => undefined);
  }
}
