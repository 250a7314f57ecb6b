import { randomUUID } from 'node:crypto';
import { key, type Ctx } from '../context.js';

/**
 * At most FEED_HOST_CONCURRENCY requests at a time to one host, across every
 * worker process: a counting semaphore in Redis (a sorted set of leases scored
 * by when they lapse, so a crashed worker's slot frees itself). Many feeds of
 * one publisher then never hit its server all at once.
 */

const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

export class HostBusyError extends Error {
  override name = 'HostBusyError';
}

/**
 * Runs `work` holding one of the host's slots. Waits for a slot up to
 * `waitMs`; the lease lasts `leaseMs` (longer than any fetch may take).
 */
export async function withHostSlot<T>(ctx: Ctx, url: string, opts: { leaseMs: number; waitMs: number }, work: () => Promise<T>): Promise<T> {
  const host = new URL(url).host.toLowerCase();
  const slots = key(ctx, 'feeds', 'host-slots', host);
  const token = randomUUID();
  const limit = ctx.config.feedHostConcurrency;
  const deadline = Date.now() + opts.waitMs;
  // Wall-clock time, not ctx.now(): leases are about real concurrency, whatever clock the domain runs on.
  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    const got = await ctx.redis.eval(ACQUIRE, 1, slots, now, now + opts.leaseMs, limit, token, opts.leaseMs + 1000);
    if (got === 1) break;
    if (now > deadline) throw new HostBusyError(`${host} already has ${limit} requests in flight from wirebrief; gave up waiting after ${Math.round(opts.waitMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random())));
  }
  try {
    return await work();
  } finally {
    await ctx.redis.zrem(slots, token).catch(() => undefined);
  }
}
