import type { Ctx } from '../context.js';
import { withIngestLease } from './ingest-lease.js';
import { manyArgs, storyKeys as k, unindexTopics, type StoryTopic } from './store.js';

/**
 * Takes stories out of the store: their hashes and every index that names
 * them (lists, topics, feeds, link and text hashes, LSH bands, their cluster),
 * for retention (expiry) and for removal by hand alike.
 *
 * An LSH band names the copy written last of the stories that have it, so
 * removing that copy must not drop the band while an older copy of its
 * cluster still has it: the band is pointed at that copy instead. Dropped, a
 * later copy (or the removed story, its entry changed) no longer found the
 * cluster through it and started one of its own.
 */

/** A story read before it goes: its id and its hash's fields. */
interface Going {
  id: string;
  raw: Record<string, string>;
}

/**
 * HSET or HDEL of fields that still hold what they held when read, so a write
 * made since (another story's copy taking a band) stands. ARGV: field,
 * expected value, new value ('' to delete), and so on.
 */
const SWAP_IF_SAME = `
local n = 0
for i = 1, #ARGV, 3 do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] then
    if ARGV[i + 2] == '' then redis.call('HDEL', KEYS[1], ARGV[i]) else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 2]) end
    n = n + 1
  end
end
return n`;

/** A cluster goes with its last story: checked when the removal runs, so a copy that joined since keeps it. */
const DROP_IF_EMPTY = `
if redis.call('ZCARD', KEYS[1]) == 0 then return redis.call('DEL', KEYS[1], KEYS[2], KEYS[3]) end
return 0`;

export interface Unstore {
  /** Expiry: the entries the stories came from become tombstones until then. Removal by hand keeps them (see removeStory). */
  tombstoneUntil?: number;
}

/**
 * Takes the stories out of the store; returns how many were there. Under the
 * ingest lease: an ingest between its band reads and its writes must not see
 * the story a band names vanish (ingest-lease.ts).
 */
export async function unstoreStories(ctx: Ctx, ids: string[], opts: Unstore = {}): Promise<number> {
  return withIngestLease(ctx, opts.tombstoneUntil === undefined ? 'removing stories' : 'expiring stories', () => unstore(ctx, ids, opts));
}

async function unstore(ctx: Ctx, ids: string[], opts: Unstore): Promise<number> {
  const read = ctx.redis.pipeline();
  for (const id of ids) read.hgetall(k.story(ctx, id));
  const going = ((await read.exec()) ?? []).map(([, raw], i) => ({ id: ids[i]!, raw: (raw ?? {}) as Record<string, string> })).filter((s) => Object.keys(s.raw).length > 0);
  if (going.length === 0) return 0;
  const heirs = await bandHeirs(ctx, going);

  const m = ctx.redis.multi();
  const links: string[] = [];
  const contents: string[] = [];
  const bands: string[] = [];
  for (const { id, raw } of going) {
    unindex(ctx, m, id, raw, opts);
    for (const field of Object.keys(raw)) {
      if (field.startsWith('l:')) links.push(field.slice(2), id, '');
      else if (field.startsWith('h:')) contents.push(field.slice(2), id, '');
    }
    for (const band of bandsOf(raw)) bands.push(band, id, heirs.get(`${band} ${id}`) ?? '');
  }
  // Shared indexes: an entry goes (or passes to a copy) only while it still names the story going.
  if (links.length) m.eval(SWAP_IF_SAME, 1, k.links(ctx), manyArgs(links));
  if (contents.length) m.eval(SWAP_IF_SAME, 1, k.contents(ctx), manyArgs(contents));
  if (bands.length) m.eval(SWAP_IF_SAME, 1, k.bands(ctx), manyArgs(bands));
  for (const c of new Set(going.map(clusterOf))) m.eval(DROP_IF_EMPTY, 3, k.clusterStories(ctx, c), k.cluster(ctx, c), k.clusterSources(ctx, c));
  await m.exec();
  return going.length;
}

/**
 * Removes one story by hand (a wrong or unwanted story): out of the store as
 * by retention, but its feed's entry stays known, so the story is not taken
 * again on the next poll; only when the entry changes is it stored again (in
 * its copies' cluster, found through the bands passed on here).
 */
export async function removeStory(ctx: Ctx, id: string): Promise<boolean> {
  return (await unstoreStories(ctx, [id])) === 1;
}

function unindex(ctx: Ctx, m: ReturnType<Ctx['redis']['multi']>, id: string, raw: Record<string, string>, opts: Unstore): void {
  m.del(k.story(ctx, id));
  m.zrem(k.byPublished(ctx, 'all'), id);
  m.zrem(k.allBySeen(ctx), id);
  if (raw.feedId) m.zrem(k.byPublished(ctx, `feed:${raw.feedId}`), id);
  unindexTopics(ctx, m, id, raw.topics ? (JSON.parse(raw.topics) as StoryTopic[]).map((t) => t.id) : []);
  for (const field of Object.keys(raw)) {
    if (!field.startsWith('ref:')) continue;
    const [feedId, itemId] = field.slice(4).split(':') as [string, string];
    m.zrem(k.byPublished(ctx, `feed:${feedId}`), id);
    if (opts.tombstoneUntil === undefined) continue;
    m.hdel(k.items(ctx, feedId), itemId);
    m.zadd(k.tombstones(ctx), opts.tombstoneUntil, itemId);
  }
  m.zrem(k.clusterStories(ctx, clusterOf({ id, raw })), id);
}

/**
 * For each band of each story going ("<band> <id>"), the copy of its cluster
 * that stays and has the band, the one written last (as ingest would have
 * left the band had the story going never come). Two round trips: the
 * clusters' stories, then their bands.
 */
async function bandHeirs(ctx: Ctx, going: Going[]): Promise<Map<string, string>> {
  const heirs = new Map<string, string>();
  const withBands = going.filter((s) => bandsOf(s.raw).length > 0);
  if (withBands.length === 0) return heirs;
  const clusters = [...new Set(withBands.map(clusterOf))];
  const members = ctx.redis.pipeline();
  for (const c of clusters) members.zrange(k.clusterStories(ctx, c), '0', '-1');
  const goingIds = new Set(going.map((s) => s.id));
  const staying = new Map<string, string[]>();
  ((await members.exec()) ?? []).forEach(([, ids], i) => staying.set(clusters[i]!, ((ids as string[] | null) ?? []).filter((id) => !goingIds.has(id))));
  const mates = [...new Set([...staying.values()].flat())];
  if (mates.length === 0) return heirs;
  const read = ctx.redis.pipeline();
  for (const id of mates) read.hget(k.story(ctx, id), 'bands');
  const mateBands = new Map<string, Set<string>>();
  ((await read.exec()) ?? []).forEach(([, v], i) => mateBands.set(mates[i]!, new Set(((v as string | null) ?? '').split(',').filter(Boolean))));
  for (const s of withBands) {
    // First seen first: the last one with the band is the heir.
    const candidates = staying.get(clusterOf(s)) ?? [];
    for (const band of bandsOf(s.raw)) {
      for (let i = candidates.length - 1; i >= 0; i--) {
        if (!mateBands.get(candidates[i]!)?.has(band)) continue;
        heirs.set(`${band} ${s.id}`, candidates[i]!);
        break;
      }
    }
  }
  return heirs;
}

function bandsOf(raw: Record<string, string>): string[] {
  return (raw.bands ?? '').split(',').filter(Boolean);
}

function clusterOf(s: Going): string {
  return s.raw.cluster || s.id;
}
