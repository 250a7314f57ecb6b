import type { Ctx } from '../src/context.js';
import { key } from '../src/context.js';
import { listFeeds, type Feed } from '../src/feeds/store.js';
import { registerEditionTick } from './editions.js';
import type { Queues } from './queues.js';

/**
 * Every schedule of the system:
 * - one job scheduler per feed, `feed-<id>`, every feed interval, on feed-poll;
 * - `edition-tick`, the edition clock on digest-edition (jobs/editions.ts).
 */
const FEED_SCHEDULER = (feedId: string) => `feed-${feedId}`;
const LOCK_TTL_MS = 30_000;

/** Upserting a new scheduler (or a changed interval) runs its first poll at once, then every interval. */
export async function scheduleFeed(queues: Queues, feed: Pick<Feed, 'id' | 'intervalMinutes'>): Promise<void> {
  await queues.feedPoll.upsertJobScheduler(
    FEED_SCHEDULER(feed.id),
    { every: Math.max(1, feed.intervalMinutes) * 60_000 },
    { name: 'poll', data: { feedId: feed.id } },
  );
}

export async function unscheduleFeed(queues: Queues, feedId: string): Promise<void> {
  await queues.feedPoll.removeJobScheduler(FEED_SCHEDULER(feedId));
}

/**
 * Registers all schedules from one place. Upserting the same schedulers from
 * many processes at once has produced duplicate or missing scheduler jobs in
 * BullMQ's history, so a process first takes a short lease in Redis; a second
 * scheduler starting at the same moment waits for it and then finds the work done.
 */
export async function registerSchedules(ctx: Ctx, queues: Queues): Promise<{ feeds: number }> {
  const lock = key(ctx, 'schedules', 'lock');
  const holder = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  for (let attempt = 0; ; attempt++) {
    if (await ctx.redis.set(lock, holder, 'PX', LOCK_TTL_MS, 'NX')) break;
    if (attempt > LOCK_TTL_MS / 250) throw new Error('could not take the schedules lease in time');
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    const feeds = await listFeeds(ctx);
    for (const feed of feeds) {
      if (feed.status === 'disabled') await unscheduleFeed(queues, feed.id);
      else await scheduleFeed(queues, feed);
    }
    const wanted = new Set(feeds.filter((f) => f.status !== 'disabled').map((f) => FEED_SCHEDULER(f.id)));
    for (const scheduler of await queues.feedPoll.getJobSchedulers(0, -1)) {
      if (!wanted.has(scheduler.key)) await queues.feedPoll.removeJobScheduler(scheduler.key);
    }
    await registerEditionTick(queues, ctx.config);
    return { feeds: wanted.size };
  } finally {
    // Release only our own lease.
    await ctx.redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0", 1, lock, holder);
  }
}
