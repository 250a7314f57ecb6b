import type { Queues } from '../jobs/queues.js';
import type { Ctx } from './context.js';
import { listFeeds, type Feed, type FeedStatus } from './feeds/store.js';
import { parseInfo } from './redis-checks.js';
import { slotIndexSummary } from './subscribers/slots.js';
import { countByStatus } from './subscribers/store.js';

export type Status = Awaited<ReturnType<typeof collectStatus>>;

/**
 * The operator's one screen, as data: queues, feeds by state (the failing ones
 * named), subscribers, delivery slots, next editions, Redis memory. `wirebrief
 * status`, GET /api/admin/status and the desk page show it; `feedList`, when
 * the caller has read the feeds already, spares reading them again.
 */
export async function collectStatus(ctx: Ctx, queues: Queues, feedList?: Feed[]) {
  const byQueue: Record<string, Record<string, number>> = {};
  for (const q of queues.all) {
    const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    // Workers are counted from Redis' client list, which some managed services hide.
    const workers = await q.getWorkersCount().catch(() => -1);
    byQueue[q.name] = { ...counts, workers };
  }
  const feeds = feedList ?? (await listFeeds(ctx));
  const byState: Record<FeedStatus, number> = { ok: 0, 'backing-off': 0, disabled: 0 };
  for (const f of feeds) byState[f.status] = (byState[f.status] ?? 0) + 1;
  const editions = (await queues.digestEdition.getJobSchedulers(0, -1, true))
    .map((s) => ({ scheduler: s.key, next: s.next ? new Date(s.next).toISOString() : null, pattern: s.pattern ?? null, every: s.every ?? null, tz: s.tz ?? null }))
    .sort((a, b) => (a.next ?? '~').localeCompare(b.next ?? '~'));
  const info = parseInfo(await ctx.redis.info());
  const redis = {
    version: info.get('redis_version') ?? null,
    usedMemory: Number(info.get('used_memory') ?? 0),
    usedMemoryHuman: info.get('used_memory_human') ?? 'unknown',
    peakMemoryHuman: info.get('used_memory_peak_human') ?? 'unknown',
    maxmemory: Number(info.get('maxmemory') ?? 0),
    maxmemoryPolicy: info.get('maxmemory_policy') ?? null,
    aof: info.get('aof_enabled') === '1',
  };
  return {
    queues: byQueue,
    feeds: {
      ...byState,
      total: feeds.length,
      failing: feeds
        .filter((f) => f.status !== 'ok' || f.lastError)
        .map((f) => ({ id: f.id, url: f.url, status: f.status, errors: f.errors, lastError: f.lastError, nextPollAt: f.nextPollAt ? new Date(f.nextPollAt).toISOString() : null })),
    },
    subscribers: await countByStatus(ctx),
    deliverySlots: await slotIndexSummary(ctx),
    nextEdition: editions[0]?.next ?? null,
    editions,
    redisMemory: redis.usedMemoryHuman,
    redis,
  };
}
