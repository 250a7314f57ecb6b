import type { Ctx } from '../context.js';
import { LeaseBusyError, withLease } from '../leases.js';
import { storyKeys as k } from './store.js';

/**
 * The lease that serialises ingest's match-and-write steps (see ingest.ts)
 * with whatever else moves stories between the indexes it reads: removal and
 * expiry (removal.ts). Without it an ingest could read a band naming a story,
 * then find the story gone when it reads its cluster, and start one of its own.
 */

// Holding it takes a few Redis round trips and the classifier's time for a feed's new stories.
export const INGEST_LEASE = { limit: 1, leaseMs: 30_000, waitMs: 20_000, retryMs: 2 };

/** Runs `work` holding the ingest lease; not had in time, it is logged and the work runs anyway, as ingest does. */
export async function withIngestLease<T>(ctx: Ctx, why: string, work: () => Promise<T>): Promise<T> {
  let ran = false;
  try {
    return await withLease(ctx, k.ingestLease(ctx), INGEST_LEASE, () => {
      ran = true;
      return work();
    });
  } catch (error) {
    if (ran || !(error instanceof LeaseBusyError)) throw error;
    ctx.log.warn({ err: error.message }, `story ingest lease busy: ${why} without it`);
    return work();
  }
}
