import type { Ctx } from '../context.js';
import { key } from '../context.js';
import { manyArgs, storyKeys as k, unindexTopics, type StoryTopic } from './store.js';

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
    await expireBatch(ctx, ids, now);
    expired += ids.length;
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

async function expireBatch(ctx: Ctx, ids: string[], now: number): Promise<void> {
  const read = ctx.redis.pipeline();
  for (const id of ids) read.hgetall(k.story(ctx, id));
  const stories = ((await read.exec()) ?? []).map(([, raw], i) => ({ id: ids[i]!, raw: raw as Record<string, string> }));

  // Hash indexes are shared: delete an entry only while it still points at the story going.
  const links: [string, string][] = [];
  const contents: [string, string][] = [];
  const bands: [string, string][] = [];
  for (const { id, raw } of stories) {
    for (const field of Object.keys(raw)) {
      if (field.startsWith('l:')) links.push([field.slice(2), id]);
      else if (field.startsWith('h:')) contents.push([field.slice(2), id]);
    }
    for (const band of (raw.bands ?? '').split(',').filter(Boolean)) bands.push([band, id]);
  }
  const check = ctx.redis.pipeline();
  if (links.length) check.hmget(k.links(ctx), manyArgs(links.map(([f]) => f)));
  if (contents.length) check.hmget(k.contents(ctx), manyArgs(contents.map(([f]) => f)));
  if (bands.length) check.hmget(k.bands(ctx), manyArgs(bands.map(([f]) => f)));
  const checked = ((await check.exec()) ?? []).map(([, v]) => v as (string | null)[]);
  const stillOurs = (pairs: [string, string][], values: (string | null)[] | undefined) => pairs.filter(([, id], i) => values?.[i] === id).map(([f]) => f);
  let n = 0;
  const deadLinks = links.length ? stillOurs(links, checked[n++]) : [];
  const deadContents = contents.length ? stillOurs(contents, checked[n++]) : [];
  const deadBands = bands.length ? stillOurs(bands, checked[n++]) : [];

  const tombstoneUntil = now + retentionMs(ctx);
  const clusters = new Set<string>();
  const m = ctx.redis.multi();
  for (const { id, raw } of stories) {
    m.del(k.story(ctx, id));
    m.zrem(k.byPublished(ctx, 'all'), id);
    m.zrem(k.allBySeen(ctx), id);
    if (raw.feedId) m.zrem(k.byPublished(ctx, `feed:${raw.feedId}`), id);
    unindexTopics(ctx, m, id, raw.topics ? (JSON.parse(raw.topics) as StoryTopic[]).map((t) => t.id) : []);
    for (const field of Object.keys(raw)) {
      if (!field.startsWith('ref:')) continue;
      const [feedId, itemId] = field.slice(4).split(':') as [string, string];
      m.hdel(k.items(ctx, feedId), itemId);
      m.zrem(k.byPublished(ctx, `feed:${feedId}`), id);
      m.zadd(k.tombstones(ctx), tombstoneUntil, itemId);
    }
    const cluster = raw.cluster || id;
    m.zrem(k.clusterStories(ctx, cluster), id);
    clusters.add(cluster);
  }
  if (deadLinks.length) m.hdel(k.links(ctx), manyArgs(deadLinks));
  if (deadContents.length) m.hdel(k.contents(ctx), manyArgs(deadContents));
  if (deadBands.length) m.hdel(k.bands(ctx), manyArgs(deadBands));
  await m.exec();

  // A cluster goes with its last story.
  const list = [...clusters];
  const sizes = ctx.redis.pipeline();
  for (const c of list) sizes.zcard(k.clusterStories(ctx, c));
  const counts = ((await sizes.exec()) ?? []).map(([, v]) => Number(v));
  const empty = list.filter((_, i) => counts[i] === 0);
  if (empty.length) await ctx.redis.del(manyArgs(empty.flatMap((c) => [k.cluster(ctx, c), k.clusterStories(ctx, c), k.clusterSources(ctx, c)])));
}
