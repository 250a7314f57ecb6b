import type { Ctx } from '../context.js';
import { key } from '../context.js';
import { unstoreStories } from './removal.js';
import { storyKeys as k } from './store.js';

/**
 * Stories live STORY_RETENTION_DAYS after they were first seen. Expiring one
 * removes it from every index that names it (lists, topics, feeds, link and
 * text hashes, LSH bands, its cluster), so nothing points at a story that is
 * gone. What stays is a tombstone: the item id alone, so an expired entry
 * still in its feed is not taken for news on the next poll. A tombstone lives
 * another retention period after the entry was last seen in its feed.
 */

const BATCH = 500;
const MAX_BATCHES = 20;
const SWEEP_EVERY_MS = 10 * 60_000;

export function retentionMs(ctx: Pick<Ctx, 'config'>): number {
  return ctx.config.storyRetentionDays * 24 * 3600_000;
}

export interface ExpiryResult {
  expired: number;
  /** Tombstones old enough to drop. */
  tombstonesDropped: number;
}

export async function expireStories(ctx: Ctx, now = ctx.now()): Promise<ExpiryResult> {
  const cutoff = now - retentionMs(ctx);
  let expired = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const ids = await ctx.redis.zrangebyscore(k.allBySeen(ctx), '-inf', `(${cutoff}`, 'LIMIT', 0, BATCH);
    if (ids.length === 0) break;
    // Counted as they went: an id whose record was lost outside wirebrief only leaves the lists.
    expired += await unstoreStories(ctx, ids, { tombstoneUntil: now + retentionMs(ctx) });
    if (ids.length < BATCH) break;
  }
  const tombstonesDropped = await ctx.redis.zremrangebyscore(k.tombstones(ctx), '-inf', `(${now}`);
  return { expired, tombstonesDropped };
}

/** Runs expireStories at most once per ten minutes across all workers: whichever poll takes the lease does it. */
export async function expireStoriesIfDue(ctx: Ctx): Promise<ExpiryResult | null> {
  const lease = await ctx.redis.set(key(ctx, 'stories', 'retention-lease'), String(process.pid), 'PX', SWEEP_EVERY_MS, 'NX');
  return lease ? expireStories(ctx) : null;
}
