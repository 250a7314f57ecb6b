import { key, type Ctx } from '../context.js';
import { LeaseBusyError, withLease } from '../leases.js';

/**
 * At most FEED_HOST_CONCURRENCY requests at a time to one host, across every
 * worker process (a lease semaphore in Redis, so a crashed worker's slot frees
 * itself). Many feeds of one publisher then never hit its server all at once.
 */

export class HostBusyError extends Error {
  override name = 'HostBusyError';
}

/**
 * Runs `work` holding one of the host's slots. Waits for a slot up to
 * `waitMs`; the lease lasts `leaseMs` (longer than any fetch may take).
 */
export async function withHostSlot<T>(ctx: Ctx, url: string, opts: { leaseMs: number; waitMs: number }, work: () => Promise<T>): Promise<T> {
  const host = new URL(url).host.toLowerCase();
  const limit = ctx.config.feedHostConcurrency;
  try {
    return await withLease(ctx, key(ctx, 'feeds', 'host-slots', host), { limit, ...opts, retryMs: 50 }, work);
  } catch (error) {
    if (!(error instanceof LeaseBusyError)) throw error;
    throw new HostBusyError(`${host} already has ${limit} requests in flight from wirebrief; gave up waiting after ${Math.round(opts.waitMs / 1000)} s`);
  }
}
