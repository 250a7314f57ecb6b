import type { Ctx } from '../context.js';
import { withIngestLease } from './ingest-lease.js';
import { entryName, manyArgs, outletOf, outletsBroughtBy, OWN_ENTRY, REF_FIELD, sourceEntry, storyKeys as k, unindexTopics, type StoryTopic } from './store.js';

/**
 * Takes stories out of the store: their hashes and every index that names
 * them (lists, topics, feeds, link and text hashes, LSH bands, their cluster),
 * for retention (expiry) and for removal by hand alike.
 *
 * A cluster keeps the outlets of the copies left (an outlet with another copy
 * there stays), and is first seen when the first of them was.
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

/**
 * A cluster after its copies went (KEYS: its stories, its hash, its sources, the ids merged into it, the alias index:
 * see mergeClusters). It goes with its last story, and the ids merged into it with it; else it
 * was first seen when its first copy left was, and loses the source entries in ARGV[2..] (outlets no copy left
 * brings) unless it no longer has the ARGV[1] stories it was read with: a copy that joined since may bring them
 * again, and an outlet too many is better than one missing. Checked when the removal runs.
 */
const AFTER_REMOVAL = `
local left = redis.call('ZCARD', KEYS[1])
if left == 0 then
  local aliases = redis.call('SMEMBERS', KEYS[4])
  for i = 1, #aliases, 1000 do redis.call('HDEL', KEYS[5], unpack(aliases, i, math.min(i + 999, #aliases))) end
  return redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HSET', KEYS[2], 'firstSeenAt', first[2]) end
if left == tonumber(ARGV[1]) and #ARGV > 1 then redis.call('ZREM', KEYS[3], unpack(ARGV, 2)) end
return 0`;

/** A cluster that loses copies, as read before they go. */
interface Losing {
  /** Its stories that stay, first seen first, with their hashes' fields ({} for one not stored) and LSH bands. */
  staying: (Going & { bands: Set<string> })[];
  /** Its source entries. */
  sources: string[];
  /** Its stories that go. */
  going: Going[];
}

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
  const found = ((await read.exec()) ?? []).map(([, raw], i) => ({ id: ids[i]!, raw: (raw ?? {}) as Record<string, string> }));
  const going = found.filter((s) => Object.keys(s.raw).length > 0);
  // A story whose record was lost outside wirebrief (a raw DEL, eviction) is still named by the lists of all stories:
  // left there, retention met it first in every sweep, and 500 of them (a sweep's batch) stopped expiry for good.
  const lost = found.filter((s) => Object.keys(s.raw).length === 0).map((s) => s.id);
  if (lost.length) await ctx.redis.multi().zrem(k.allBySeen(ctx), manyArgs(lost)).zrem(k.byPublished(ctx, 'all'), manyArgs(lost)).exec();
  if (going.length === 0) return 0;
  const clusters = await losingClusters(ctx, going);
  const heirs = bandHeirs(going, clusters);

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
  for (const [c, cluster] of clusters) {
    const gone = sourcesGone(cluster);
    afterRemoval(ctx, m, c, cluster.staying.length, gone);
  }
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
 * The clusters of the stories going: the copies that stay, with their hashes
 * (what bands they have, what outlets they bring), and the sources. Two round
 * trips: the clusters, then the copies that stay.
 */
async function losingClusters(ctx: Ctx, going: Going[], goingIds = new Set(going.map((s) => s.id))): Promise<Map<string, Losing>> {
  const ids = [...new Set(going.map(clusterOf))];
  const read = ctx.redis.pipeline();
  for (const c of ids) read.zrange(k.clusterStories(ctx, c), '0', '-1').zrange(k.clusterSources(ctx, c), '0', '-1');
  const replies = ((await read.exec()) ?? []).map(([, v]) => (v as string[] | null) ?? []);
  const clusters = new Map<string, { stayingIds: string[]; sources: string[] }>();
  ids.forEach((c, i) => clusters.set(c, { stayingIds: replies[2 * i]!.filter((id) => !goingIds.has(id)), sources: replies[2 * i + 1]! }));
  const mates = [...new Set([...clusters.values()].flatMap((c) => c.stayingIds))];
  const hashes = ctx.redis.pipeline();
  for (const id of mates) hashes.hgetall(k.story(ctx, id));
  const raws = new Map<string, Record<string, string>>();
  if (mates.length) ((await hashes.exec()) ?? []).forEach(([, raw], i) => raws.set(mates[i]!, (raw ?? {}) as Record<string, string>));
  return new Map(
    [...clusters].map(([c, { stayingIds, sources }]) => [c, { sources, going: going.filter((s) => clusterOf(s) === c), staying: stayingIds.map((id) => mate(id, raws.get(id) ?? {})) }]),
  );
}

type Multi = ReturnType<Ctx['redis']['multi']>;

/**
 * Queues on `m` the release of refs: entries of another feed first taken as
 * exact copies of these stories, now changed (ingest matches them afresh).
 * The outlet a ref brought leaves the story's cluster's sources unless a copy
 * there still brings it. Run under the ingest lease (ingest runs it there).
 */
export async function releaseRefs(ctx: Ctx, m: Multi, refs: { storyId: string; field: string }[]): Promise<void> {
  if (refs.length === 0) return;
  const read = ctx.redis.pipeline();
  for (const r of refs) read.hgetall(k.story(ctx, r.storyId));
  const raws = ((await read.exec()) ?? []).map(([, raw]) => (raw ?? {}) as Record<string, string>);
  const released = new Set(refs.map((r) => `${r.storyId} ${r.field}`));
  const going: Going[] = [];
  refs.forEach((r, i) => {
    const raw = raws[i]!;
    m.hdel(k.story(ctx, r.storyId), r.field);
    if (raw[r.field] === undefined) return;
    // The story leaves the feed's list unless the feed still carries it (its own, or another of its entries).
    const feedId = r.field.slice(REF_FIELD.length).split(':')[0]!;
    const carried = raw.feedId === feedId || Object.keys(raw).some((f) => f !== r.field && f.startsWith(`${REF_FIELD}${feedId}:`) && !released.has(`${r.storyId} ${f}`));
    if (!carried) m.zrem(k.byPublished(ctx, `feed:${feedId}`), r.storyId);
    // As a story going that brings only the outlet of its ref, from a cluster that keeps all its stories.
    going.push({ id: r.storyId, raw: { [r.field]: raw[r.field]!, cluster: raw.cluster ?? '' } });
  });
  if (going.length === 0) return;
  for (const [c, cluster] of await losingClusters(ctx, going, new Set())) {
    for (const s of cluster.staying) for (const field of Object.keys(s.raw)) if (released.has(`${s.id} ${field}`)) delete s.raw[field];
    const gone = sourcesGone(cluster);
    if (gone.length) afterRemoval(ctx, m, c, cluster.staying.length, gone);
  }
}

function afterRemoval(ctx: Ctx, m: Multi, c: string, staying: number, gone: string[]): void {
  m.eval(AFTER_REMOVAL, 5, k.clusterStories(ctx, c), k.cluster(ctx, c), k.clusterSources(ctx, c), k.clusterAliases(ctx, c), k.aliases(ctx), String(staying), ...gone);
}

/** A feed that may take over a story: its address and whether it is still polled. */
export interface Heir {
  url: string;
  polled: boolean;
}

/**
 * A feed being forgotten (`feeds remove`, DELETE /api/admin/feeds/:id) carries its stories no more. A story it
 * brought first that another feed also carries (an exact copy taken as a source more) becomes that feed's: its
 * `feed`, `feedId` and outlet are the other feed's, so the story no longer names a feed that is gone (a feed still
 * polled before one paused; `heirs` says which of the feeds named are still there). Its copies elsewhere lose the
 * feed's refs, and the feed's outlet leaves a cluster's sources unless a story there is still its own (a story
 * no other feed carries stays the removed feed's until it expires). Under the ingest lease, as removal is.
 */
export async function releaseFeed(ctx: Ctx, feedId: string, heirs: (feedIds: string[]) => Promise<Map<string, Heir>>): Promise<number> {
  return withIngestLease(ctx, 'releasing a removed feed’s stories', () => release(ctx, feedId, heirs));
}

async function release(ctx: Ctx, feedId: string, heirsOf: (feedIds: string[]) => Promise<Map<string, Heir>>): Promise<number> {
  const ids = await ctx.redis.zrange(k.byPublished(ctx, `feed:${feedId}`), '0', '-1');
  if (ids.length === 0) return 0;
  const read = ctx.redis.pipeline();
  for (const id of ids) read.hgetall(k.story(ctx, id));
  const stories = ((await read.exec()) ?? []).map(([, raw], i) => ({ id: ids[i]!, raw: (raw ?? {}) as Record<string, string> })).filter((s) => Object.keys(s.raw).length > 0);
  const ownRef = `${REF_FIELD}${feedId}:`;
  const otherFeeds = (raw: Record<string, string>) => [...new Set(Object.keys(raw).filter((f) => f.startsWith(REF_FIELD) && !f.startsWith(ownRef)).map((f) => f.slice(REF_FIELD.length).split(':')[0]!))];
  const heirs = await heirsOf([...new Set(stories.flatMap((s) => otherFeeds(s.raw)))]);
  const m = ctx.redis.multi();
  const changed = new Map<string, Record<string, string>>();
  const going: Going[] = [];
  let handedOver = 0;
  for (const { id, raw } of stories) {
    const after = { ...raw };
    const refs = Object.keys(raw).filter((f) => f.startsWith(ownRef));
    if (raw.feedId === feedId) {
      const candidates = otherFeeds(raw).filter((other) => heirs.has(other));
      const heir = candidates.find((other) => heirs.get(other)!.polled) ?? candidates[0];
      if (!heir) continue;
      const ref = Object.keys(raw).find((f) => f.startsWith(`${REF_FIELD}${heir}:`))!;
      // A ref written before refs held their entry is '1': the feed's own name, as its title gave it then.
      const entry = raw[ref] === '1' ? sourceEntry(heir, raw.source ?? '') : raw[ref]!;
      Object.assign(after, { feedId: heir, feed: heirs.get(heir)!.url, source: entryName(entry), [OWN_ENTRY]: entry });
      m.hset(k.story(ctx, id), 'feedId', heir, 'feed', after.feed!, 'source', after.source!, OWN_ENTRY, entry);
      handedOver++;
    }
    for (const f of refs) delete after[f];
    if (refs.length) m.hdel(k.story(ctx, id), ...refs);
    changed.set(id, after);
    // As a copy going that brings only the removed feed's outlet, from a cluster that keeps all its stories.
    going.push({ id, raw: { [`${ownRef}-`]: '1', cluster: raw.cluster ?? '' } });
  }
  if (going.length) {
    for (const [c, cluster] of await losingClusters(ctx, going, new Set())) {
      for (const s of cluster.staying) s.raw = changed.get(s.id) ?? s.raw;
      const gone = sourcesGone(cluster);
      if (gone.length) afterRemoval(ctx, m, c, cluster.staying.length, gone);
    }
  }
  await m.exec();
  return handedOver;
}

function mate(id: string, raw: Record<string, string>): Going & { bands: Set<string> } {
  return { id, raw, bands: new Set(bandsOf(raw)) };
}

/**
 * The source entries of a cluster that go with `going` (its copies going): those of the outlets they brought that
 * no copy staying brings, so an outlet with another copy left stays, under every name its entries have.
 */
function sourcesGone(cluster: Losing): string[] {
  const left = new Set(cluster.staying.flatMap((s) => outletsBroughtBy(s.raw)));
  const gone = new Set(cluster.going.flatMap((s) => outletsBroughtBy(s.raw)).filter((outlet) => !left.has(outlet)));
  return cluster.sources.filter((entry) => gone.has(outletOf(entry)));
}

/**
 * For each band of each story going ("<band> <id>"), the copy of its cluster
 * that stays and has the band, the one written last (as ingest would have
 * left the band had the story going never come).
 */
function bandHeirs(going: Going[], clusters: Map<string, Losing>): Map<string, string> {
  const heirs = new Map<string, string>();
  for (const s of going) {
    // First seen first: the last one with the band is the heir.
    const candidates = clusters.get(clusterOf(s))?.staying ?? [];
    for (const band of bandsOf(s.raw)) {
      for (let i = candidates.length - 1; i >= 0; i--) {
        if (!candidates[i]!.bands.has(band)) continue;
        heirs.set(`${band} ${s.id}`, candidates[i]!.id);
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
