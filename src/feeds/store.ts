import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';

export type FeedStatus = 'ok' | 'backing-off' | 'disabled';

export interface Feed {
  id: string;
  url: string;
  title: string | null;
  intervalMinutes: number;
  status: FeedStatus;
  lastError: string | null;
  lastSuccessAt: number | null;
  nextPollAt: number | null;
  errors: number;
  etag: string | null;
  lastModified: string | null;
  addedAt: number;
}

/** A feed keeps the id it was added with, even when a 301 later moves its URL. */
export function feedIdFor(url: string): string {
  return createHash('sha1').update(url).digest('hex').slice(0, 12);
}

export function normaliseFeedUrl(input: string): string {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    throw new FeedUrlError(`not a URL: "${input}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FeedUrlError(`feed URLs must be http or https: "${input}"`);
  u.hash = '';
  return u.toString();
}

export class FeedUrlError extends Error {
  override name = 'FeedUrlError';
}

/** Adds a feed, or returns the one already there for this URL (adding twice is harmless). */
export async function addFeed(ctx: Ctx, url: string, opts: { intervalMinutes?: number } = {}): Promise<{ feed: Feed; created: boolean }> {
  const normalised = normaliseFeedUrl(url);
  const existing = await findFeedByUrl(ctx, normalised);
  if (existing) return { feed: existing, created: false };
  const feed: Feed = {
    id: feedIdFor(normalised),
    url: normalised,
    title: null,
    intervalMinutes: opts.intervalMinutes ?? ctx.config.feedPollMinutes,
    status: 'ok',
    lastError: null,
    lastSuccessAt: null,
    nextPollAt: ctx.now(),
    errors: 0,
    etag: null,
    lastModified: null,
    addedAt: ctx.now(),
  };
  const created = await ctx.redis.hsetnx(key(ctx, 'feeds', 'by-url'), normalised, feed.id);
  if (created === 0) return { feed: (await findFeedByUrl(ctx, normalised))!, created: false };
  await ctx.redis
    .multi()
    .hset(key(ctx, 'feed', feed.id), serialise(feed))
    .zadd(key(ctx, 'feeds'), feed.addedAt, feed.id)
    .exec();
  return { feed, created: true };
}

export async function getFeed(ctx: Ctx, id: string): Promise<Feed | null> {
  const raw = await ctx.redis.hgetall(key(ctx, 'feed', id));
  return raw.id ? deserialise(raw) : null;
}

export async function findFeedByUrl(ctx: Ctx, url: string): Promise<Feed | null> {
  const id = await ctx.redis.hget(key(ctx, 'feeds', 'by-url'), normaliseFeedUrl(url));
  return id ? getFeed(ctx, id) : null;
}

export async function listFeeds(ctx: Ctx): Promise<Feed[]> {
  const ids = await ctx.redis.zrange(key(ctx, 'feeds'), '0', '-1');
  const pipeline = ctx.redis.pipeline();
  for (const id of ids) pipeline.hgetall(key(ctx, 'feed', id));
  const rows = (await pipeline.exec()) ?? [];
  return rows.map(([, raw]) => raw as Record<string, string>).filter((raw) => raw.id).map(deserialise);
}

export async function updateFeed(ctx: Ctx, id: string, changes: Partial<Omit<Feed, 'id'>>): Promise<void> {
  await ctx.redis.hset(key(ctx, 'feed', id), serialise(changes));
}

function serialise(feed: Partial<Feed>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(feed)) out[k] = v === null || v === undefined ? '' : String(v);
  return out;
}

function deserialise(raw: Record<string, string>): Feed {
  const num = (v: string | undefined) => (v ? Number(v) : null);
  const str = (v: string | undefined) => (v ? v : null);
  return {
    id: raw.id!,
    url: raw.url!,
    title: str(raw.title),
    intervalMinutes: Number(raw.intervalMinutes),
    status: (raw.status as FeedStatus) || 'ok',
    lastError: str(raw.lastError),
    lastSuccessAt: num(raw.lastSuccessAt),
    nextPollAt: num(raw.nextPollAt),
    errors: Number(raw.errors ?? 0),
    etag: str(raw.etag),
    lastModified: str(raw.lastModified),
    addedAt: Number(raw.addedAt),
  };
}

/**
 * Stops polling a feed for good (until enabled), keeping its stories and state.
 * The reason shows where the feed's last error does. Unscheduling is the
 * caller's (jobs/), as for every schedule.
 */
export async function disableFeed(ctx: Ctx, id: string, reason: string): Promise<void> {
  await updateFeed(ctx, id, { status: 'disabled', lastError: reason, nextPollAt: null });
}

/** Back to normal polling, errors forgotten; the caller schedules it again. */
export async function enableFeed(ctx: Ctx, id: string): Promise<void> {
  await updateFeed(ctx, id, { status: 'ok', lastError: null, errors: 0, nextPollAt: ctx.now() });
}

/** Forgets a feed; the stories it brought stay until they expire. */
export async function removeFeed(ctx: Ctx, id: string): Promise<void> {
  const feed = await getFeed(ctx, id);
  if (!feed) return;
  await ctx.redis
    .multi()
    .del(key(ctx, 'feed', id))
    .zrem(key(ctx, 'feeds'), id)
    .hdel(key(ctx, 'feeds', 'by-url'), feed.url)
    .exec();
}
