import { hash } from 'node:crypto';
import { key, type Ctx } from '../context.js';

export interface StoryTopic {
  id: string;
  score: number;
  reasons?: string[];
}

/** A story as it comes out of a feed entry, before it is classified and stored. */
export interface StoryDraft {
  guid: string;
  /** Absolute canonical link (tracking parameters and fragment dropped); '' when the entry had none. */
  link: string;
  title: string;
  text: string;
  summary: string;
  published: number;
  author: string | null;
  image: string | null;
  agency: string | null;
  dateline: string | null;
  place: string | null;
  /** The feed's categories or tags for the entry. */
  categories?: string[];
  /** The outlet an aggregator names for the entry: it becomes the story's source instead of the feed's name. */
  outlet?: string | null;
  /**
   * The link is a page several of the feed's stories share (a press office's listing page): shown, but no key to the
   * story, so one story with that link is not taken for another. Not stored.
   */
  sharedLink?: boolean;
}

export interface Story extends StoryDraft {
  id: string;
  feedId: string;
  /** URL of the feed it came from. */
  feed: string;
  /** When wirebrief first saw it: digests select on this, so late arrivals are not missed. */
  seenAt: number;
  /** The outlet: the feed's title. */
  source: string;
  topics: StoryTopic[];
  /** Id of its near-duplicate cluster: equal for every copy of one wire story. */
  cluster: string;
  /** Outlets carrying the story (its cluster's), first seen first. */
  sources: string[];
}

export function storyIdFor(feedId: string, guid: string): string {
  return hash('sha1', `${feedId}\n${guid}`).slice(0, 16);
}

/** Every key of the story store, in one place. */
export const storyKeys = {
  story: (ctx: Ctx, id: string) => key(ctx, 'story', id),
  byPublished: (ctx: Ctx, scope: string) => key(ctx, 'stories', 'pub', scope),
  bySeen: (ctx: Ctx, topic: string) => key(ctx, 'stories', 'seen', 'topic', topic),
  /** All stories by first-seen time: what retention walks. */
  allBySeen: (ctx: Ctx) => key(ctx, 'stories', 'seen', 'all'),
  /** Per feed: item id (feed + guid) → "<story id> <fingerprint of the raw entry>". */
  items: (ctx: Ctx, feedId: string) => key(ctx, 'stories', 'items', feedId),
  /** Canonical link hash → story id. */
  links: (ctx: Ctx) => key(ctx, 'stories', 'links'),
  /** Normalised title+text hash → story id. */
  contents: (ctx: Ctx) => key(ctx, 'stories', 'contents'),
  /** Item ids of expired stories → when the tombstone itself may go. */
  tombstones: (ctx: Ctx) => key(ctx, 'stories', 'tombstones'),
  cluster: (ctx: Ctx, id: string) => key(ctx, 'cluster', id),
  clusterStories: (ctx: Ctx, id: string) => key(ctx, 'cluster', id, 'stories'),
  clusterSources: (ctx: Ctx, id: string) => key(ctx, 'cluster', id, 'sources'),
  /** The ids of the clusters merged into this one (see mergeClusters), so they go with it. */
  clusterAliases: (ctx: Ctx, id: string) => key(ctx, 'cluster', id, 'aliases'),
  /** Id of a cluster merged into another → the cluster it is part of now (see mergeClusters). */
  aliases: (ctx: Ctx) => key(ctx, 'clusters', 'aliases'),
  /** LSH band key → the story written last that has the band (removal passes it on to a copy: see removal.ts). */
  bands: (ctx: Ctx) => key(ctx, 'clusters', 'bands'),
  /** Feed id → the outlet name its title gives now: clusters record a feed by its id, and show it under this name. */
  outlets: (ctx: Ctx) => key(ctx, 'stories', 'outlets'),
  /** Lease semaphore serialising the match-and-write steps of ingest across workers. */
  ingestLease: (ctx: Ctx) => key(ctx, 'stories', 'ingest-lease'),
};
const k = storyKeys;

/** Story hash fields that are bookkeeping, not part of the Story. */
export const REF_FIELD = 'ref:';
const STORED_FIELDS = ['id', 'feedId', 'feed', 'guid', 'link', 'title', 'text', 'summary', 'published', 'seenAt', 'source', 'agency', 'dateline', 'place', 'author', 'image', 'categories', 'topics', 'cluster'] as const;

/** The writes the store functions queue: a MULTI (or pipeline), or CoalescedWrites over one. */
export interface StoryWriter {
  /** `hset(key, field, value, …)`. */
  hset(key: string, ...fieldValues: string[]): unknown;
  hsetnx(key: string, field: string, value: string): unknown;
  zadd(key: string, ...args: (string | number)[]): unknown;
  zrem(key: string, ...members: string[]): unknown;
}

type Multi = ReturnType<Ctx['redis']['multi']>;
const ZADD_FLAGS = new Set(['NX', 'XX']);

/**
 * Runs many small writes as one command: KEYS holds each write's key, ARGV
 * its command, how many arguments follow, and those. pcall, so one failed
 * write does not stop the others, as with the commands of a MULTI.
 * HSET_EACH is HSET of every field of a comma-separated list to one value
 * (see CoalescedWrites.hsetEach), in slices unpack() can take.
 */
const HSET_EACH = 'hset-each';
/** HSET of a field unless it names a story still stored (see CoalescedWrites.claim). */
const CLAIM = 'claim';
const WRITE_BATCH = `
local function hsetEach(key, fields, value)
  local args = {}
  for field in string.gmatch(fields, '[^,]+') do
    args[#args + 1] = field
    args[#args + 1] = value
    if #args >= 1000 then
      redis.pcall('HSET', key, unpack(args))
      args = {}
    end
  end
  if #args > 0 then redis.pcall('HSET', key, unpack(args)) end
end
local function claim(key, field, value, storyPrefix)
  local held = redis.call('HGET', key, field)
  if held == value then return end
  if held and redis.call('HEXISTS', storyPrefix .. held, 'id') == 1 then return end
  redis.call('HSET', key, field, value)
end
local a = 1
for i = 1, #KEYS do
  local n = tonumber(ARGV[a + 1])
  if ARGV[a] == '${HSET_EACH}' then
    hsetEach(KEYS[i], ARGV[a + 2], ARGV[a + 3])
  elseif ARGV[a] == '${CLAIM}' then
    claim(KEYS[i], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4])
  else
    redis.pcall(ARGV[a], KEYS[i], unpack(ARGV, a + 2, a + 1 + n))
  end
  a = a + 2 + n
end
return #KEYS`;
/** Lua's unpack() stops near 8000 values: longer writes (a feed's shared index keys) go as commands of their own. */
const BATCHED_MAX_ARGS = 1000;


/**
 * A list handed to an ioredis command as one argument, which ioredis flattens into the command's arguments. Spread
 * instead (`hmget(key, ...list)`), a list of 100,000 and more overflowed the call stack: a feed of a few thousand
 * items has that many LSH bands, and its poll failed with "Maximum call stack size exceeded". Typed as one argument,
 * as ioredis's signatures want.
 */
export function manyArgs(list: string[]): string {
  return list as unknown as string;
}

/** What readItemsOf reads for an entry whose story was lost, before the time the story was first seen. */
export const LOST = 'lost';

/**
 * HMGET of every field of a comma-separated list (see readEach), in slices
 * unpack() can take. A missing field is false to Lua and nil again in the reply.
 * Given a story key prefix (ARGV[2]), a value naming a story that is not
 * stored reads as missing too (see readLiveEach).
 */
const HMGET_EACH = `
local out = {}
local fields = {}
local storyPrefix = ARGV[2]
local listed = ARGV[3]
local function live(value)
  if not value or not storyPrefix then return value end
  local id = value
  if listed then id = string.match(value, '^[^ ]+') end
  if redis.call('HEXISTS', storyPrefix .. id, 'id') == 1 then return value end
  if not listed then return false end
  local seen = redis.call('ZSCORE', listed, id)
  if not seen then return value end
  return '${LOST} ' .. seen
end
local function read()
  local values = redis.call('HMGET', KEYS[1], unpack(fields))
  for i = 1, #fields do out[#out + 1] = live(values[i]) end
  fields = {}
end
for field in string.gmatch(ARGV[1], '[^,]+') do
  fields[#fields + 1] = field
  if #fields == 1000 then read() end
end
if #fields > 0 then read() end
return out`;

type Pipeline = ReturnType<Ctx['redis']['pipeline']>;

/**
 * Queues on `p` what `hmget(key, fields)` reads, the reply the same (a value
 * or null a field, in order), with the fields sent as one argument: a feed's
 * LSH bands to look up (up to 60 a new story) cost the client and Redis more as
 * arguments of their own than the lookups did. No field may hold a comma.
 */
export function readEach(p: Pipeline, key: string, fields: string[]): void {
  p.eval(HMGET_EACH, 1, key, fields.join(','));
}

/**
 * readEach of an index of story ids (links, text hashes), a value read as
 * null when its story is not stored: a story deleted outside wirebrief (a raw
 * DEL, eviction under maxmemory, a partial restore) leaves entries naming it,
 * and a copy matched to one was dropped as a duplicate of nothing. Checked in
 * the read, so it costs no round trip; only entries found are checked.
 */
export function readLiveEach(ctx: Ctx, p: Pipeline, key: string, fields: string[]): void {
  p.eval(HMGET_EACH, 1, key, fields.join(','), k.story(ctx, ''));
}

/**
 * A feed's item entries (storyKeys.items: "<story id> <fingerprint>"), read as readEach reads them, an entry
 * whose story was lost read as "lost <first seen>" (LOST), so the entry is taken as new and its story stored
 * again, as first seen when it was (digests do not send it again, retention keeps its clock): a story whose
 * record went outside wirebrief (a raw DEL of its key, eviction, a partial restore) was otherwise never stored
 * again while its entry stayed unchanged. Lost is told from removed by the list of all stories by first-seen
 * time: wirebrief's own removals (by hand, which keeps the entry known on purpose, and expiry, which leaves a
 * tombstone) take the story out of it; a record lost outside wirebrief leaves it listed there. Checked in the
 * read: no round trip, one HEXISTS an entry found.
 */
export function readItemsOf(ctx: Ctx, p: Pipeline, feedId: string, itemIds: string[]): void {
  p.eval(HMGET_EACH, 1, k.items(ctx, feedId), itemIds.join(','), k.story(ctx, ''), k.allBySeen(ctx));
}

/**
 * A batch's writes with one HSET per hash and one ZADD per sorted set (and
 * flag), in the order they were queued, instead of a command per call: a
 * feed's new stories share most of their index keys, and every command costs
 * the client and the server more than another member of one does. HSET and
 * ZADD with several fields or members apply them in order, as the separate
 * commands would. HSETNX, HSET_EACH and ZREM keep their place before all of
 * those: call them only on keys and members this batch does not also HSET or ZADD.
 *
 * What is left is still a command per story key (its hash, its cluster's):
 * those go to Redis inside one script (WRITE_BATCH), since each command the
 * client builds, sends and reads a reply for costs more than the write.
 */
export class CoalescedWrites implements StoryWriter {
  private readonly hashes = new Map<string, string[]>();
  private readonly sorted = new Map<string, { key: string; flag: string | null; args: (string | number)[] }>();
  /** HSETNX and ZREM as they come, in WRITE_BATCH's form. */
  private orderedKeys: string[] = [];
  private orderedArgv: string[] = [];

  constructor(private readonly m: Multi) {}

  hset(key: string, ...fieldValues: string[]): void {
    let list = this.hashes.get(key);
    if (!list) this.hashes.set(key, (list = []));
    for (const v of fieldValues) list.push(v);
  }

  /** One field: as hset(key, {[field]: value}), without the object. */
  hsetField(key: string, field: string, value: string): void {
    let list = this.hashes.get(key);
    if (!list) this.hashes.set(key, (list = []));
    list.push(field, value);
  }

  hsetnx(key: string, field: string, value: string): void {
    this.orderedKeys.push(key);
    this.orderedArgv.push('hsetnx', '2', field, value);
  }

  /**
   * A link or text hash index entry for story `id`, as HSETNX, but taking the field over when the story it names is
   * gone (deleted outside wirebrief, evicted, not restored): left to it, the entry swallowed every later copy as a
   * duplicate of a story that is not there. `storyPrefix` is storyKeys.story(ctx, ''). Keeps its place as hsetnx does.
   */
  claim(key: string, field: string, id: string, storyPrefix: string): void {
    this.orderedKeys.push(key);
    this.orderedArgv.push(CLAIM, '3', field, id, storyPrefix);
  }

  /**
   * Every field of `fields` (joined by commas; no field holds one) set to `value`, as the
   * script's HSET_EACH: the list travels as one argument instead of two per field. A new
   * story's LSH bands (40 a story then, all pointing at it) were a third of a batch's arguments,
   * each one costing the client to build, flatten and send and Redis to read. Keeps its
   * place as hsetnx does.
   */
  hsetEach(key: string, fields: string, value: string): void {
    if (!fields) return;
    this.orderedKeys.push(key);
    this.orderedArgv.push(HSET_EACH, '2', fields, value);
  }

  /** `zadd(key, [NX|XX,] score, member, …)`. */
  zadd(key: string, ...args: (string | number)[]): void {
    const flag = typeof args[0] === 'string' && ZADD_FLAGS.has(args[0]) ? args[0] : null;
    const id = flag ? `${flag} ${key}` : key;
    let entry = this.sorted.get(id);
    if (!entry) this.sorted.set(id, (entry = { key, flag, args: [] }));
    for (let i = flag ? 1 : 0; i < args.length; i++) entry.args.push(args[i]!);
  }

  zrem(key: string, ...members: string[]): void {
    if (members.length > BATCHED_MAX_ARGS) {
      this.sendOrdered();
      this.m.zrem(key, manyArgs(members));
      return;
    }
    this.orderedKeys.push(key);
    this.orderedArgv.push('zrem', String(members.length), ...members);
  }

  /** Queues the writes on the MULTI, in order; call once, before exec. */
  flush(): void {
    for (const [key, args] of this.hashes) this.queue('hset', key, args);
    for (const { key, flag, args } of this.sorted.values()) this.queue('zadd', key, flag ? [flag, ...args] : args);
    this.hashes.clear();
    this.sorted.clear();
    this.sendOrdered();
  }

  private queue(command: 'hset' | 'zadd', key: string, args: (string | number)[]): void {
    if (args.length > BATCHED_MAX_ARGS) {
      this.sendOrdered();
      // The list passed whole: spread, a batch of thousands of stories (100,000 bands and more) overflowed the stack.
      this.m.call(command, key, manyArgs(args.map(String)));
      return;
    }
    this.orderedKeys.push(key);
    this.orderedArgv.push(command, String(args.length));
    for (const arg of args) this.orderedArgv.push(String(arg));
  }

  /** What is queued so far, as one WRITE_BATCH call. */
  private sendOrdered(): void {
    if (this.orderedKeys.length) this.m.eval(WRITE_BATCH, this.orderedKeys.length, this.orderedKeys.concat(this.orderedArgv));
    this.orderedKeys = [];
    this.orderedArgv = [];
  }
}

/**
 * Queues the writes of a new story on `m`: the story, its indexes (all,
 * feed, topics, first seen), its cluster membership and source. `extra` are
 * bookkeeping fields (content hash, link hash, the item refs that map to it).
 */
export function writeNewStory(ctx: Ctx, m: StoryWriter, story: Story, extra: string[] = [], entry?: string): void {
  m.hset(k.story(ctx, story.id), ...serialise(story), OWN_ENTRY, entry ?? story.source, ...extra);
  m.zadd(k.byPublished(ctx, 'all'), story.published, story.id);
  m.zadd(k.allBySeen(ctx), story.seenAt, story.id);
  m.zadd(k.byPublished(ctx, `feed:${story.feedId}`), story.published, story.id);
  indexTopics(ctx, m, story);
  m.hsetnx(k.cluster(ctx, story.cluster), 'id', story.cluster);
  m.hsetnx(k.cluster(ctx, story.cluster), 'firstSeenAt', String(story.seenAt));
  m.zadd(k.clusterStories(ctx, story.cluster), story.seenAt, story.id);
  const entries = new Set([entry ?? story.source, ...story.sources.filter((source) => source !== story.source)]);
  for (const source of entries) if (source) m.zadd(k.clusterSources(ctx, story.cluster), 'NX', story.seenAt, source);
}

/**
 * Cluster KEYS[5..8] merged into KEYS[1..4] (each: hash, stories, sources, aliases; KEYS[9] the alias index): its
 * stored copies name the survivor ARGV[1] (a copy no longer stored is not written back), its sources join the
 * survivor's at their earlier time, the survivor is first seen when the earlier of the two was, and the merged id
 * and those merged into it before name the survivor in the alias index until the survivor goes (AFTER_REMOVAL).
 * ARGV[2] is the story key prefix, ARGV[3] the merged cluster's id.
 */
const MERGE_CLUSTERS = `
local members = redis.call('ZRANGE', KEYS[6], 0, -1, 'WITHSCORES')
for i = 1, #members, 2 do
  if redis.call('HEXISTS', ARGV[2] .. members[i], 'id') == 1 then
    redis.call('HSET', ARGV[2] .. members[i], 'cluster', ARGV[1])
    redis.call('ZADD', KEYS[2], members[i + 1], members[i])
  end
end
if redis.call('ZCARD', KEYS[2]) == 0 then return 0 end
redis.call('ZUNIONSTORE', KEYS[3], 2, KEYS[3], KEYS[7], 'AGGREGATE', 'MIN')
local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'firstSeenAt', first[2])
local aliases = redis.call('SMEMBERS', KEYS[8])
aliases[#aliases + 1] = ARGV[3]
for _, alias in ipairs(aliases) do
  redis.call('HSET', KEYS[9], alias, ARGV[1])
  redis.call('SADD', KEYS[4], alias)
end
redis.call('DEL', KEYS[5], KEYS[6], KEYS[7], KEYS[8])
return 1`;

/**
 * Queues the merge of cluster `from` into `into` (see MERGE_CLUSTERS): every copy of both then shows `into` as its
 * cluster and every outlet of both as its sources. O(copies of `from`), no scan; run under the ingest lease.
 */
export function mergeClusters(ctx: Ctx, m: Multi, from: string, into: string): void {
  const keys = (id: string) => [k.cluster(ctx, id), k.clusterStories(ctx, id), k.clusterSources(ctx, id), k.clusterAliases(ctx, id)];
  m.eval(MERGE_CLUSTERS, 9, ...keys(into), ...keys(from), k.aliases(ctx), into, k.story(ctx, ''), from);
}

/**
 * Queues the end of alias `id` (of cluster `into`, see mergeClusters): a story stored again under the id of a cluster
 * that merged away starts a cluster of that id, and what names the id means that cluster from then on, not `into`.
 */
export function dropAlias(ctx: Ctx, m: Multi, id: string, into: string): void {
  m.hdel(k.aliases(ctx), id);
  m.srem(k.clusterAliases(ctx, into), id);
}

/**
 * The clusters `ids` are part of now: an id merged into another cluster (see mergeClusters) gives that cluster, any
 * other id itself. One HMGET; what a digest already sent is known by, whatever merged since.
 */
export async function currentClusters(ctx: Ctx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const now = await ctx.redis.hmget(k.aliases(ctx), manyArgs(ids));
  return ids.map((id, i) => now[i] ?? id);
}

/** Between a feed's id and its name in a cluster's source entry: no outlet's name holds a line break. */
const FEED_NAME = '\n';
/** Story hash field: the entry of the story's own outlet (sourceEntry), as its cluster's sources hold it. */
export const OWN_ENTRY = 'src';

/**
 * A story's outlet as its cluster records it: a feed's own title under the feed's id, so the feed stays one outlet
 * when its title changes from poll to poll (a date in it, a rebranding, "| Latest"); an outlet an aggregator credits
 * (`feedId` null), and entries written before this, by name alone. A feed is shown under the name it has now
 * (storyKeys.outlets), whatever name its entries were written with: the name in the entry is only the fallback.
 */
export function sourceEntry(feedId: string | null, name: string): string {
  return feedId ? `${feedId}${FEED_NAME}${name.replace(/\s+/g, ' ')}` : name;
}

/** The outlet name a source entry holds (a feed's name under its id, or a name alone). */
export function entryName(entry: string): string {
  const cut = entry.indexOf(FEED_NAME);
  return cut < 0 ? entry : entry.slice(cut + 1);
}

/** Which outlet a source entry is: "feed:<id>" for a feed's own name (under any of its titles), "name:<name>" otherwise. */
export function outletOf(entry: string): string {
  const cut = entry.indexOf(FEED_NAME);
  return cut < 0 ? `name:${entry}` : `feed:${entry.slice(0, cut)}`;
}

/**
 * The outlets a stored story brings its cluster (see outletOf): its own, and those of the other feeds' entries taken
 * as exact copies of it (its refs). A story stored before these were kept brings its feed and its name alike.
 */
export function outletsBroughtBy(raw: Record<string, string>): string[] {
  const outlets = new Set<string>();
  const own = raw[OWN_ENTRY];
  if (own) outlets.add(outletOf(own));
  else {
    if (raw.feedId) outlets.add(`feed:${raw.feedId}`);
    if (raw.source) outlets.add(`name:${raw.source}`);
  }
  for (const [field, value] of Object.entries(raw)) {
    if (!field.startsWith(REF_FIELD)) continue;
    // A ref written before refs held their entry is '1': the feed's own name.
    outlets.add(value === '1' ? `feed:${field.slice(REF_FIELD.length).split(':')[0]}` : outletOf(value));
  }
  return [...outlets];
}

/** The feeds a cluster's source entries name, for their current names (storyKeys.outlets). */
function feedsIn(entriesWithScores: string[]): string[] {
  const feeds: string[] = [];
  for (let i = 0; i < entriesWithScores.length; i += 2) {
    const outlet = outletOf(entriesWithScores[i]!);
    if (outlet.startsWith('feed:')) feeds.push(outlet.slice(5));
  }
  return feeds;
}

/** Each feed's name now, for the feeds of `lists` (cluster sources with scores) and of `more`. */
async function currentNames(ctx: Ctx, lists: string[][], more: string[] = []): Promise<Map<string, string>> {
  const feeds = [...new Set([...lists.flatMap(feedsIn), ...more.filter(Boolean)])];
  if (feeds.length === 0) return new Map();
  const names = await ctx.redis.hmget(k.outlets(ctx), manyArgs(feeds));
  return new Map(feeds.flatMap((feed, i) => (names[i] ? [[feed, names[i]]] : [])));
}

/**
 * A cluster's outlets, first seen first: one per feed, under the name it has now (`current`; else the name it was
 * last recorded with); one per name otherwise.
 */
function outletsOf(entriesWithScores: string[], current: Map<string, string>): { names: string[]; feedNames: Map<string, { latest: string; all: Set<string> }> } {
  const order: string[] = [];
  const firstSeen = new Map<string, number>();
  const latest = new Map<string, string>();
  const feedNames = new Map<string, { latest: string; all: Set<string> }>();
  for (let i = 0; i < entriesWithScores.length; i += 2) {
    const entry = entriesWithScores[i]!;
    const cut = entry.indexOf(FEED_NAME);
    const feedId = cut < 0 ? null : entry.slice(0, cut);
    const outlet = outletOf(entry);
    const name = feedId === null ? entry : entry.slice(cut + 1);
    if (!latest.has(outlet)) {
      order.push(outlet);
      firstSeen.set(outlet, Number(entriesWithScores[i + 1]));
    }
    latest.set(outlet, name);
    if (feedId !== null) {
      const feed = feedNames.get(feedId) ?? { latest: name, all: new Set<string>() };
      feed.latest = name;
      feed.all.add(name);
      feedNames.set(feedId, feed);
    }
  }
  for (const [feedId, feed] of feedNames) {
    const now = current.get(feedId);
    if (!now) continue;
    feed.latest = now;
    latest.set(`feed:${feedId}`, now);
  }
  // Outlets first seen at the same time come by name, as they did when the entries were names alone.
  order.sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)! || (latest.get(a)! < latest.get(b)! ? -1 : latest.get(a)! > latest.get(b)! ? 1 : 0));
  return { names: [...new Set(order.map((outlet) => latest.get(outlet)!))], feedNames };
}

export function indexTopics(ctx: Ctx, m: StoryWriter, story: Pick<Story, 'id' | 'topics' | 'published' | 'seenAt'>): void {
  for (const topic of story.topics) {
    m.zadd(k.byPublished(ctx, `topic:${topic.id}`), story.published, story.id);
    m.zadd(k.bySeen(ctx, topic.id), story.seenAt, story.id);
  }
}

export function unindexTopics(ctx: Ctx, m: StoryWriter, id: string, topics: string[]): void {
  for (const topic of topics) {
    m.zrem(k.byPublished(ctx, `topic:${topic}`), id);
    m.zrem(k.bySeen(ctx, topic), id);
  }
}

/** Stores a story unless one with its id is there already. Returns whether it was new. */
export async function saveStory(ctx: Ctx, story: Story): Promise<'new' | 'seen'> {
  const created = await ctx.redis.hsetnx(k.story(ctx, story.id), 'id', story.id);
  if (!created) return 'seen';
  const m = ctx.redis.multi();
  writeNewStory(ctx, m, story);
  await m.exec();
  return 'new';
}

export async function getStories(ctx: Ctx, ids: string[]): Promise<Story[]> {
  if (ids.length === 0) return [];
  const p = ctx.redis.pipeline();
  for (const id of ids) p.hmget(k.story(ctx, id), ...STORED_FIELDS, OWN_ENTRY);
  const rows = ((await p.exec()) ?? []).map(([, raw]) => raw as (string | null)[]).filter((row) => row[0] !== null && row[5] !== null);
  const stories = rows.map((row) => deserialise(row));
  // Sources live with the cluster, so every copy shows every outlet, including later ones.
  const s = ctx.redis.pipeline();
  for (const story of stories) s.zrange(k.clusterSources(ctx, story.cluster), '0', '-1', 'WITHSCORES');
  const lists = ((await s.exec()) ?? []).map(([, list]) => (list as string[] | null) ?? []);
  const current = await currentNames(ctx, lists, stories.map((story) => story.feedId));
  stories.forEach((story, i) => {
    const { names, feedNames } = outletsOf(lists[i]!, current);
    // A story under its feed's own name shows the name the feed has now; one stored before stories kept their
    // entry, when its name is one its cluster recorded for the feed.
    const ownEntry = rows[i]![STORED_FIELDS.length];
    const byFeed = ownEntry ? outletOf(ownEntry) === `feed:${story.feedId}` : feedNames.get(story.feedId)?.all.has(story.source);
    if (byFeed) story.source = current.get(story.feedId) ?? feedNames.get(story.feedId)?.latest ?? story.source;
    story.sources = names.length ? names : [story.source];
  });
  return stories;
}

export async function getStory(ctx: Ctx, id: string): Promise<Story | null> {
  return (await getStories(ctx, [id]))[0] ?? null;
}

/** Newest first by publication time, first page only (queryStories in query.ts pages and filters more). */
export async function listStories(ctx: Ctx, q: { topic?: string; feedId?: string; limit: number }): Promise<Story[]> {
  const scope = q.topic ? `topic:${q.topic}` : q.feedId ? `feed:${q.feedId}` : 'all';
  return getStories(ctx, await ctx.redis.zrevrange(k.byPublished(ctx, scope), 0, q.limit - 1));
}

/** Ids of stories of a topic first seen in (from, to], oldest first. */
export async function storiesSeenBetween(ctx: Ctx, topic: string, from: number, to: number): Promise<string[]> {
  return ctx.redis.zrangebyscore(k.bySeen(ctx, topic), `(${from}`, to);
}

export interface Cluster {
  id: string;
  /** When the first copy was seen: a digest already sent with the story need not carry a later copy. */
  firstSeenAt: number;
  /** Outlets carrying the story, first seen first. */
  sources: string[];
  /** Ids of its stories, first seen first. */
  stories: string[];
}

export async function getCluster(ctx: Ctx, id: string): Promise<Cluster | null> {
  const [[, head], [, stories], [, sources]] = (await ctx.redis
    .pipeline()
    .hmget(k.cluster(ctx, id), 'id', 'firstSeenAt')
    .zrange(k.clusterStories(ctx, id), '0', '-1')
    .zrange(k.clusterSources(ctx, id), '0', '-1', 'WITHSCORES')
    .exec()) as [unknown, unknown][] as [[null, (string | null)[]], [null, string[]], [null, string[]]];
  if (!head[0] || stories.length === 0) return null;
  return { id, firstSeenAt: Number(head[1]), sources: outletsOf(sources, await currentNames(ctx, [sources])).names, stories };
}

/** Field, value, field, value, … in STORED_FIELDS order. */
function serialise(story: Story): string[] {
  const out: string[] = [];
  for (const f of STORED_FIELDS) {
    const v = story[f];
    out.push(f, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  return out;
}

/** Fields in STORED_FIELDS order. */
function deserialise(row: (string | null)[]): Story {
  const [id, feedId, feed, guid, link, title, text, summary, published, seenAt, source, agency, dateline, place, author, image, categories, topics, cluster] = row;
  const opt = (v: string | null | undefined) => (v ? v : null);
  return {
    id: id!,
    feedId: feedId ?? '',
    feed: feed ?? '',
    guid: guid ?? '',
    link: link ?? '',
    title: title ?? '',
    text: text ?? '',
    summary: summary ?? '',
    published: Number(published),
    seenAt: Number(seenAt),
    source: source ?? '',
    agency: opt(agency),
    dateline: opt(dateline),
    place: opt(place),
    author: opt(author),
    image: opt(image),
    categories: categories ? (JSON.parse(categories) as string[]) : [],
    topics: topics ? (JSON.parse(topics) as StoryTopic[]) : [],
    cluster: cluster || id!,
    sources: [],
  };
}
