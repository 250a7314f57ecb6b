import type { Ctx } from '../context.js';
import type { Classifier } from '../topics/classifier.js';
import { contentHash, linkHash } from './fingerprint.js';
import { bandKeys, bodyBandKeys, bodyLedeWords, comparableWords, containment, decodeSignature, encodeSignature, figuresFrom, figuresOf, headlineWordKeys, headlineWordsOf, headsStory, isNearDuplicate, isSameFigures, isOtherSubject, isSameLede, isTemplateMate, jaccard, LEDE_WORDS, ledeBandKeys, ledeNamesOf, signatureOfWords, storyWords, subjectNamesOf, capitalWordsOf, type Signature } from './minhash.js';
import { LeaseBusyError, withLeasedReads, type Replies } from '../leases.js';
import { INGEST_LEASE } from './ingest-lease.js';
import { releaseRefs } from './removal.js';
import { retentionMs } from './retention.js';
import { CoalescedWrites, dropAlias, indexTopics, LOST, mergeClusters, manyArgs, readEach, readItemsOf, readLiveEach, sourceEntry, storyIdFor, storyKeys as k, unindexTopics, writeNewStory, type Story, type StoryDraft, type StoryTopic } from './store.js';

/**
 * One feed's entries into the store, deduplicated and clustered, in a fixed
 * handful of Redis round trips however many entries the feed has:
 *   1. which entries this feed delivered before, and with what fingerprint;
 *   2. for new or changed ones: the stored story, or a story with the same
 *      link or text, and what their LSH bands point at (near-duplicates), in
 *      the round trip that takes the ingest lease;
 *   3. for exact copies, their story's cluster; for really new stories, the
 *      signatures of the candidates their bands found;
 *   4. all writes, in one MULTI, one HSET or ZADD per key (CoalescedWrites),
 *      with the lease's release behind it.
 * Each step asks about all the feed's entries at once (HMGET), not one by one.
 * Unchanged entries are never normalised or classified again. Signatures are
 * made for every new entry before step 2, exact copies included, so band
 * lookups need no round trip of their own.
 */

export interface IncomingItem {
  guid: string;
  /** Hash of the raw entry: when it matches what is stored, the entry is not normalised again. */
  fingerprint: string;
  /** Normalises the entry; called only for entries that are new or changed. */
  draft(): StoryDraft | null;
}

export interface FeedRef {
  id: string;
  url: string;
  /** The outlet's name, shown as the story's source. */
  source: string;
}

export interface IngestResult {
  /** New stories. */
  added: number;
  /** Stories whose entry was republished with changed text. */
  updated: number;
  /** Entries already stored (including expired ones still in the feed). */
  seen: number;
  /** Entries that are another feed's story exactly (same link or same text): a source more, not a story more. */
  duplicates: number;
  /** New stories per topic id. */
  topics: Record<string, number>;
  /** Ids of the new stories. */
  ids: string[];
  /** Entries that could not be read (their draft threw): left out, the feed's other stories kept, and tried again when the feed changes. */
  unread: { guid: string; error: string }[];
}

interface Known {
  storyId: string;
  fingerprint: string;
}

/** A story new to the store, with the keys it is matched and indexed by (FreshKeys', less the words they were made from). */
interface NewStory extends Pick<FreshKeys, 'link' | 'hash' | 'sig' | 'lede' | 'body' | 'figures' | 'ledeNames' | 'subject' | 'caps' | 'bands' | 'headline' | 'head' | 'nameBands' | 'nameLookups' | 'comparable'> {
  story: Story;
  /** Its outlet as the cluster records it (see sourceEntry). */
  sourceEntry: string;
  itemId: string;
  fingerprint: string;
  /** Per band, the story it points at: null until looked up. */
  hits: Row | null;
  /** Per key of nameLookups, the story it points at: null until looked up. */
  nameHits: Row | null;
  /** The bands it takes over in the index (see clusterNewStories); all of them when unset. */
  ownBands?: string[];
  /** Stored stories of the clusters its bands found, compared with too (see readClusterMates). */
  mates?: string[];
  /** Its comparable words as a set, once asked for (see wordSetOf). */
  wordSet?: ReadonlySet<string>;
}

type Row = (string | null)[];
type Pipeline = ReturnType<Ctx['redis']['pipeline']>;


export async function ingestItems(ctx: Ctx, classify: Classifier, feed: FeedRef, itemsIn: IncomingItem[], seenAt: number): Promise<IngestResult> {
  const result: IngestResult = { added: 0, updated: 0, seen: 0, duplicates: 0, topics: {}, ids: [], unread: [] };
  const items = uniqueByGuid(itemsIn);
  if (items.length === 0) return result;
  const itemIds = items.map((i) => storyIdFor(feed.id, i.guid));

  // 1. What this feed delivered before. And the name its clusters show it under, from now on (see sourceEntry).
  // An entry whose story was lost outside wirebrief reads as LOST (readItemsOf): it is taken again, as new.
  const first = ctx.redis.pipeline();
  readItemsOf(ctx, first, feed.id, itemIds);
  const [[, knownRaw], [, tombs]] = (await first
    .zmscore(k.tombstones(ctx), manyArgs(itemIds))
    .hset(k.outlets(ctx), feed.id, feed.source)
    .exec()) as [
    [null, Row],
    [null, (string | null)[]],
  ];
  const changed: { i: number; known: Known; draft: StoryDraft }[] = [];
  /** `seenAt`: when the story of an entry whose story was lost was first seen (see readItemsOf). */
  const fresh: { i: number; draft: StoryDraft; seenAt?: number }[] = [];
  const tombstoned: string[] = [];
  const released: { storyId: string; itemId: string }[] = [];
  items.forEach((item, i) => {
    if (tombs[i] !== null) {
      tombstoned.push(itemIds[i]!);
      result.seen++;
      return;
    }
    const lost = lostSince(knownRaw[i]);
    if (lost !== null) {
      const draft = draftOf(item, result);
      if (draft) fresh.push({ i, draft, seenAt: lost });
      return;
    }
    const known = parseKnown(knownRaw[i]);
    if (known && known.fingerprint === item.fingerprint) {
      result.seen++;
      return;
    }
    const draft = draftOf(item, result);
    if (!draft) return;
    if (known && known.storyId === itemIds[i]) changed.push({ i, known, draft });
    else {
      // An entry first taken as another feed's story, now changed: it is matched afresh, not written over that story.
      if (known) released.push({ storyId: known.storyId, itemId: itemIds[i]! });
      fresh.push({ i, draft });
    }
  });

  if (changed.length === 0 && fresh.length === 0 && tombstoned.length === 0) return result;
  // Steps 2-5 read what other feeds stored and write on it: one feed at a time across all workers, so
  // two copies of one story polled at the same moment still find each other.
  const freshKeys: FreshKeys[] = fresh.map((f) => withBands(keysOf(f.draft)));
  const bandsToRead = freshKeys.flatMap((key) => (key.nameLookups.length ? [...key.bands, ...key.nameLookups] : key.bands));
  // 2. The stored versions of changed entries; stories with the same link or text as new ones; what their bands point at.
  const readStored = (p2: Pipeline) => {
    for (const c of changed) p2.hmget(k.story(ctx, c.known.storyId), 'id', 'topics', 'published', 'seenAt', 'hash', 'link');
    if (freshKeys.length) {
      readLiveEach(ctx, p2, k.links(ctx), freshKeys.map((key) => key.link ?? '-'));
      readLiveEach(ctx, p2, k.contents(ctx), freshKeys.map((key) => key.hash));
      // A new story's id may be the id of a cluster that merged into another (the story removed by hand, or expired and
      // its tombstone gone, then stored again): one that starts its cluster again takes the id back (see dropAlias).
      p2.hmget(k.aliases(ctx), manyArgs(fresh.map((f) => itemIds[f.i]!)));
    }
    // A feed of thousands of items has over 100,000 bands: one argument (readEach), not a spread list.
    if (bandsToRead.length) readEach(p2, k.bands(ctx), bandsToRead);
  };
  await underIngestLease(ctx, readStored, async (replies, release) => {
    const r2 = replies.map(([, v]) => v as Row);
    const stored = changed.map((_, j) => r2[j]!);
    const linkRow = r2[changed.length] ?? [];
    const textRow = r2[changed.length + 1] ?? [];
    const aliasRow = r2[changed.length + 2] ?? [];
    const bandRow = r2[changed.length + 3] ?? [];
    /** New stories' ids that name a merged cluster → the cluster they name. */
    const aliased = new Map<string, string>();
    fresh.forEach((f, j) => {
      if (aliasRow[j]) aliased.set(itemIds[f.i]!, aliasRow[j]!);
    });
    let at = 0;
    const matches = freshKeys.map((key, j) => ({
      link: linkRow[j] ?? null,
      text: textRow[j] ?? null,
      hits: bandRow.slice(at, (at += key.bands.length)) as Row | null,
      nameHits: bandRow.slice(at, (at += key.nameLookups.length)) as Row | null,
    }));

    const m = ctx.redis.multi();
    const storyPrefix = k.story(ctx, '');
    await releaseRefs(ctx, m, released.map((r) => ({ storyId: r.storyId, field: `ref:${feed.id}:${r.itemId}` })));
    const w = new CoalescedWrites(m);
    const batchLinks = new Map<string, string>();
    const batchContents = new Map<string, string>();

    for (let j = 0; j < changed.length; j++) {
      const { i, known, draft } = changed[j]!;
      const row = stored[j]!;
      const keys = keysOf(draft);
      const hash = keys.hash;
      w.hsetField(k.items(ctx, feed.id), itemIds[i]!, `${known.storyId} ${items[i]!.fingerprint}`);
      if (!row[0]) {
        // The story is gone (removed by hand, see removal.ts): the entry counts as new below.
        fresh.push({ i, draft });
        freshKeys.push(withBands(keys));
        matches.push({ link: null, text: null, hits: null, nameHits: null });
        continue;
      }
      // A link the publisher changed (a slug edited with the headline, a link mended) is the story's from now on.
      // Its address, not only its query: a token that changes every poll would add a link to the story every poll.
      const relinked = draft.link !== '' && draft.link !== (row[5] ?? '') && pageOf(draft.link) !== pageOf(row[5] ?? '');
      if (relinked) relink(ctx, w, known.storyId, draft, keys.link);
      if (row[4] === hash) {
        result.seen++;
        continue;
      }
      updateStory(ctx, w, classify, known.storyId, draft, hash, row);
      result.updated++;
    }

    // Really new stories, or exact copies of stories we have.
    const duplicates: { i: number; storyId: string; source: string }[] = [];
    const created: NewStory[] = [];
    fresh.forEach(({ i, draft, seenAt: firstSeen }, j) => {
      const key = freshKeys[j]!;
      const byText = key.words.length >= MIN_WORDS_SAME_TEXT ? batchContents.get(key.hash) || matches[j]!.text : null;
      const same = (key.link && (batchLinks.get(key.link) ?? matches[j]!.link)) || byText;
      // An aggregator's item is credited to the outlet it names, not to the aggregator.
      const outlet = draft.outlet;
      const source = outlet || feed.source;
      const entry = sourceEntry(outlet ? null : feed.id, source);
      if (same) {
        duplicates.push({ i, storyId: same, source: entry });
        return;
      }
      const id = itemIds[i]!;
      if (key.link) batchLinks.set(key.link, id);
      batchContents.set(key.hash, id);
      created.push({
        story: newStory(draft, { id, feedId: feed.id, feed: feed.url, seenAt: firstSeen ?? seenAt, source }),
        sourceEntry: entry,
        itemId: id,
        fingerprint: items[i]!.fingerprint,
        link: key.link,
        hash: key.hash,
        sig: key.sig,
        lede: key.lede,
        body: key.body,
        figures: key.figures,
        ledeNames: key.ledeNames,
        subject: key.subject,
        caps: key.caps,
        bands: key.bands,
        headline: key.headline,
        head: key.head,
        nameBands: key.nameBands,
        nameLookups: key.nameLookups,
        comparable: key.comparable,
        hits: key.bands.length ? matches[j]!.hits : [],
        nameHits: key.nameLookups.length ? matches[j]!.nameHits : [],
      });
    });
    await readLateBands(ctx, created, aliased);

    // 3. The clusters of the stories copied; the signatures of the stories the bands point at.
    const candidateIds = [...new Set(created.flatMap((c) => c.hits ?? []).filter((v): v is string => !!v))];
    const p3 = ctx.redis.pipeline();
    for (const d of duplicates) p3.hmget(k.story(ctx, d.storyId), 'cluster', 'published');
    for (const id of candidateIds) p3.hmget(k.story(ctx, id), 'sig', 'cluster', 'lede', 'figs', 'body', 'ln', 'feedId', 'published', 'sn', 'caps');
    // The size of the cluster a candidate would have started (its id): 1 when it is still alone in it.
    for (const id of candidateIds) p3.zcard(k.clusterStories(ctx, id));
    // The stories a headline's words found (see headedBy): their headline and text, and whether each is alone in its cluster.
    const namedIds = [...new Set(created.flatMap((c) => c.nameHits ?? []).filter((v): v is string => !!v))];
    for (const id of namedIds) p3.hmget(k.story(ctx, id), 'title', 'text', 'cluster', 'feedId', 'published');
    for (const id of namedIds) p3.zcard(k.clusterStories(ctx, id));
    const reading = duplicates.length || candidateIds.length || namedIds.length ? p3.exec() : null;
    // The classifier's time (a tenth of a feed's CPU) passes while step 3 is on its way, instead of after it; its error,
    // if any, once the reply is in, so none is left unawaited.
    let classifierError: unknown = null;
    try {
      for (const c of created) c.story.topics = topicsOf(classify, c.story);
    } catch (error) {
      classifierError = error ?? new Error('the classifier failed');
    }
    const r3 = reading ? ((await reading) ?? []).map(([, v]) => v as Row) : [];
    if (classifierError) throw classifierError;
    const dupRows = r3.slice(0, duplicates.length);
    const candidates = new Map<string, Comparable>();
    const flashes = new Map<string, Flash>();
    candidateIds.forEach((id, n) => {
      const row = r3[duplicates.length + n]!;
      const [sig, cluster, , , , , feedId, published] = row;
      // Found through its headline's key (see headlineKey): a headline alone, or the full copy a flash heads.
      if (feedId) flashes.set(id, { cluster: cluster || id, feedId, published: Number(published), flash: !sig });
      const alone = (cluster || id) === id && (r3[duplicates.length + candidateIds.length + n] as unknown as number) === 1;
      const candidate = comparableOf(id, row, alone);
      if (candidate) candidates.set(id, candidate);
    });
    const named = new Map<string, Named>();
    const namedAt = duplicates.length + 2 * candidateIds.length;
    namedIds.forEach((id, n) => {
      const [title, text, cluster, feedId, published] = r3[namedAt + n]!;
      if (title == null || !feedId) return;
      const alone = (cluster || id) === id && (r3[namedAt + namedIds.length + n] as unknown as number) === 1;
      named.set(id, namedOf(id, title, text ?? '', { cluster: cluster || id, feedId, published: Number(published), flash: !text }, alone));
    });
    let merges = clusterNewStories(created, candidates, flashes, named);
    if (await readClusterMates(ctx, created, candidates)) {
      for (const c of created) {
        c.story.cluster = c.story.id;
        c.ownBands = undefined;
      }
      merges = clusterNewStories(created, candidates, flashes, named);
    }

    // 4. Writes.
    for (const c of created) {
      const bands = (c.nameBands.length ? [...c.bands, ...c.nameBands] : c.bands).join(',');
      const extra = ['hash', c.hash, 'sig', c.sig ? encodeSignature(c.sig) : '', 'bands', bands, `h:${c.hash}`, '1'];
      if (c.lede) extra.push('lede', encodeSignature(c.lede));
      if (c.body) extra.push('body', encodeSignature(c.body));
      extra.push('figs', c.figures.join(' '), 'ln', c.ledeNames.join(' '), 'sn', c.subject.join(' '), 'caps', c.caps.join(' '));
      if (c.link) extra.push(`l:${c.link}`, '1');
      extra.push(`ref:${feed.id}:${c.itemId}`, c.sourceEntry);
      writeNewStory(ctx, w, c.story, extra, c.sourceEntry);
      w.hsetField(k.items(ctx, feed.id), c.itemId, `${c.story.id} ${c.fingerprint}`);
      if (c.link) w.claim(k.links(ctx), c.link, c.story.id, storyPrefix);
      w.claim(k.contents(ctx), c.hash, c.story.id, storyPrefix);
      w.hsetEach(k.bands(ctx), c.ownBands ? [...c.ownBands, ...c.nameBands].join(',') : bands, c.story.id);
      result.added++;
      result.ids.push(c.story.id);
      for (const t of c.story.topics) result.topics[t.id] = (result.topics[t.id] ?? 0) + 1;
    }
    duplicates.forEach(({ i, storyId, source }, j) => {
      const [stored, published] = dupRows[j]!;
      const cluster = stored ? merges.resolve(stored) : stored;
      w.hsetField(k.items(ctx, feed.id), itemIds[i]!, `${storyId} ${items[i]!.fingerprint}`);
      // The ref holds the outlet it brought the cluster: removal takes that outlet out of the sources with the last copy that brought it.
      w.hsetField(k.story(ctx, storyId), `ref:${feed.id}:${itemIds[i]}`, source);
      if (published) w.zadd(k.byPublished(ctx, `feed:${feed.id}`), published, storyId);
      w.zadd(k.clusterSources(ctx, cluster || storyId), 'NX', seenAt, source);
      result.duplicates++;
      result.seen++;
    });
    // An expired story still in its feed keeps its tombstone alive for as long as the feed carries it.
    if (tombstoned.length) w.zadd(k.tombstones(ctx), 'XX', ...tombstoned.flatMap((id) => [seenAt + retentionMs(ctx), id]));
    w.flush();
    // A cluster id that named another cluster (an alias) names the cluster a new story starts under it from now on.
    for (const c of created) {
      const into = aliased.get(c.story.id);
      if (into && c.story.cluster === c.story.id) dropAlias(ctx, m, c.story.id, into);
    }
    // Clusters a new copy showed to be one story become one (see mergeClusters).
    for (const { from, into } of merges.stored) mergeClusters(ctx, m, from, into);
    const written = m.exec();
    release();
    await written;
  });
  return result;
}

/**
 * Serialises the match-and-write steps, `reads` (step 2) included; a lease
 * not had in time is logged and the work runs anyway (a story matters more
 * than its cluster).
 */
async function underIngestLease(ctx: Ctx, reads: (p: Pipeline) => void, work: (replies: Replies, release: () => void) => Promise<void>): Promise<void> {
  let ran = false;
  const run = async (replies: Replies, release: () => void) => {
    ran = true;
    await work(replies, release);
  };
  try {
    await withLeasedReads(ctx, k.ingestLease(ctx), INGEST_LEASE, reads, run);
  } catch (error) {
    if (ran || !(error instanceof LeaseBusyError)) throw error;
    ctx.log.warn({ err: error.message }, 'story ingest lease busy: storing without it (copies may split into two clusters)');
    const p = ctx.redis.pipeline();
    reads(p);
    await work(((await p.exec()) ?? []) as Replies, () => undefined);
  }
}

/**
 * Band lookups for new stories that step 2 did not look up: entries of
 * changed stories found gone (removed by hand), a rare case worth a round
 * trip of its own rather than a place in every feed's.
 */
async function readLateBands(ctx: Ctx, created: NewStory[], aliased: Map<string, string>): Promise<void> {
  const late = created.filter((c) => c.hits === null);
  if (late.length === 0) return;
  // One argument, as step 2 sends them (readEach): up to 60 bands a story, each an argument to build, send and parse otherwise.
  const p = ctx.redis.pipeline();
  readEach(p, k.bands(ctx), late.flatMap((c) => [...c.bands, ...c.nameLookups]));
  // And what step 2 read of the aliases for new stories (the story removed by hand is the usual one here).
  p.hmget(k.aliases(ctx), manyArgs(late.map((c) => c.story.id)));
  const [[error, rows], [aliasError, aliases]] = (await p.exec()) as [[Error | null, Row], [Error | null, Row]];
  if (error || aliasError) throw error ?? aliasError;
  let at = 0;
  for (const c of late) {
    c.hits = rows.slice(at, (at += c.bands.length));
    c.nameHits = rows.slice(at, (at += c.nameLookups.length));
  }
  late.forEach((c, j) => {
    if (aliases[j]) aliased.set(c.story.id, aliases[j]!);
  });
}

/** A stored story's fields as step 3 reads them (sig … caps), as a candidate; null for one without a signature. */
function comparableOf(id: string, row: Row, alone: boolean): Comparable | null {
  const [sig, cluster, lede, figs, body, ln, , , sn, caps] = row;
  const decoded = decodeSignature(sig);
  if (!decoded) return null;
  // Stories stored before figures (or lede names) were kept have none to compare: null, not "no figures".
  return { sig: decoded, lede: decodeSignature(lede), body: decodeSignature(body), figures: figs == null ? null : words(figs), ledeNames: ln == null ? null : words(ln), subject: sn == null ? null : words(sn), caps: caps == null ? null : words(caps), cluster: cluster || id, alone };
}

/** How many stories of a cluster a new story that matched none of its bands' stories is compared with (first seen first). */
const CLUSTER_MATES = 8;

/**
 * The other stories of the clusters a new story's bands found, for a new story that matched none of the stories they
 * found and would start a cluster of its own: the index keeps one story a band, and the story that has the band may be
 * a desk's copy the new story is not alike to, while the cluster's agency copy is (the fourth corpus's localised lede,
 * alike to the agency copy, Jaccard 0.53, but to the reordered copy holding their one shared band, 0.33: seeds 13, 23).
 * Two round trips, only for such a story whose bands found a story of a cluster of several; its mates are read as
 * candidates (up to CLUSTER_MATES a cluster) and listed in its `mates`. True when any were found.
 */
async function readClusterMates(ctx: Ctx, created: NewStory[], candidates: Map<string, Comparable>): Promise<boolean> {
  const wanting = new Map<NewStory, string[]>();
  for (const c of created) {
    if (!c.sig || c.story.cluster !== c.story.id) continue;
    const clusters = [...new Set((c.hits ?? []).map((id) => (id ? candidates.get(id) : undefined)).filter((x) => x && x.alone === false).map((x) => x!.cluster))];
    if (clusters.length) wanting.set(c, clusters);
  }
  if (wanting.size === 0) return false;
  const clusters = [...new Set([...wanting.values()].flat())];
  const p = ctx.redis.pipeline();
  for (const cluster of clusters) p.zrange(k.clusterStories(ctx, cluster), '0', String(CLUSTER_MATES - 1));
  const members = ((await p.exec()) ?? []).map(([, v]) => (v as string[] | null) ?? []);
  const byCluster = new Map(clusters.map((cluster, n) => [cluster, members[n]!]));
  const toRead = [...new Set(members.flat())].filter((id) => !candidates.has(id));
  if (toRead.length) {
    const q = ctx.redis.pipeline();
    for (const id of toRead) q.hmget(k.story(ctx, id), 'sig', 'cluster', 'lede', 'figs', 'body', 'ln', 'feedId', 'published', 'sn', 'caps');
    const rows = ((await q.exec()) ?? []).map(([, v]) => v as Row);
    toRead.forEach((id, n) => {
      const candidate = comparableOf(id, rows[n]!, false);
      if (candidate) candidates.set(id, candidate);
    });
  }
  let found = false;
  for (const [c, of] of wanting) {
    c.mates = [...new Set(of.flatMap((cluster) => byCluster.get(cluster) ?? []))].filter((id) => candidates.has(id));
    if (c.mates.length) found = true;
  }
  return found;
}

/** Each new story joins the cluster of its most alike candidate, or starts its own. Earlier stories of the batch are candidates too. */
/** What a new story is compared on: its whole text, and its lede (see LEDE_WORDS). */
interface Comparable {
  sig: Signature;
  lede: Signature | null;
  /** Its body lede's (see bodyLedeWords): null for a story of one paragraph, or stored before these were kept. */
  body: Signature | null;
  /** Null for a story stored without them. */
  figures: string[] | null;
  /** The names in its lede (see ledeNamesOf): null for a story stored without them. */
  ledeNames: string[] | null;
  /** Its subject names and capitalised words (see isOtherSubject): null for a story stored without them. */
  subject: string[] | null;
  caps: string[] | null;
  cluster: string;
  /** A stored story that is its cluster's only story (see clusterNewStories); unset for the batch's own. */
  alone?: boolean;
}

/**
 * Two stories alike only in their second paragraph are one story when this share of the smaller one's text is in the
 * other too: a desk's rewrite of the first paragraph keeps the agency's next ones (0.38 and up in the wire corpus,
 * cut short or trimmed), while the stories of a running event that share a background paragraph share little else
 * (the cyclone and Manipur follow-ups of test/fixtures/wire-corpus/negatives.ts: about 0.25).
 */
const BODY_MATCH_CONTAINMENT = 0.35;

/**
 * How alike two stories are, when one is a copy of the other: by the whole text, else by the lede. Never when
 * their figures differ: two bulletins off one template are alike in all else.
 */
function copyMatch(a: Comparable, b: Omit<Comparable, 'cluster'>): { score: number; merges: boolean } | null {
  if (a.figures && b.figures && !isSameFigures(a.figures, b.figures)) return null;
  if (a.lede && b.lede && a.ledeNames && b.ledeNames && isTemplateMate(a.lede, a.ledeNames, b.lede, b.ledeNames)) return null;
  if (a.lede && b.lede && a.subject && b.subject && a.caps && b.caps && isOtherSubject(a.lede, a.subject, a.caps, b.lede, b.subject, b.caps)) return null;
  if (isNearDuplicate(a.sig, b.sig)) return { score: jaccard(a.sig, b.sig), merges: true };
  if (a.lede && b.lede && isSameLede(a.lede, b.lede)) return { score: jaccard(a.lede, b.lede) / 2, merges: true };
  return a.body && b.body && isSameLede(a.body, b.body) && containment(a.sig, b.sig) >= BODY_MATCH_CONTAINMENT ? { score: jaccard(a.body, b.body) / 4, merges: false } : null;
}

/** A story found through its headline's key (see headlineKey), as a flash is matched to it or it to a flash. */
interface Flash {
  cluster: string;
  feedId: string;
  published: number;
  /** A headline alone (no text), or the full copy under that headline. */
  flash: boolean;
}

/**
 * How far apart two outlets' flashes of one event are published at most. A market line a desk runs word for word on
 * many days ("Rupee rises 5 paise to 83.25 against US dollar in early trade") is another day's story, the next morning's
 * too: outlets carry a flash within hours, and a day's run of the line comes a day after the last (36 h joined them).
 */
const FLASH_WINDOW_MS = 12 * 3600_000;

/**
 * Whether a flash and another item under the same headline near the same time (see FLASH_WINDOW_MS) are one story: another
 * feed's flash, or the full copy the flash heads, from any feed (an agency runs the flash, then the story under it).
 */
function flashCopies(other: Flash | undefined, story: Story, flash: boolean): other is Flash {
  return !!other && (other.feedId !== story.feedId || other.flash !== flash) && Math.abs(other.published - story.published) <= FLASH_WINDOW_MS;
}

/**
 * A story a new story's headline words found (see headedBy): a flash and its headline's words, or a story with text and
 * its words (as comparableWords gives them; made when first asked for).
 */
interface Named extends Flash {
  id: string;
  /** Its headline's words (see headlineWordsOf): a flash's to head a story by, a story's for a short flash (see headsStory). */
  head: string[];
  words: () => ReadonlySet<string>;
  /** Alone in the cluster it started, when read (a stored story; see clusterNewStories). */
  alone: boolean;
}

/** A stored story the headline words found, from its headline and text. */
function namedOf(id: string, title: string, text: string, flash: Flash, alone: boolean): Named {
  return { ...flash, id, head: headlineWordsOf(comparableWords(storyWords(title, ''))), words: wordsOnce(title, text), alone };
}

/**
 * A new story's words as comparableWords gives them (the words its signature was made of), in a set made when first asked
 * for: what wordsOnce(title, text) gives, without tokenising its headline and text again (perf60).
 */
function wordSetOf(c: NewStory): ReadonlySet<string> {
  return (c.wordSet ??= new Set(c.comparable));
}

/** A story's words as comparableWords gives them, in a set made when first asked for. */
function wordsOnce(title: string, text: string): () => ReadonlySet<string> {
  let words: Set<string> | null = null;
  return () => (words ??= new Set(comparableWords(storyWords(title, text))));
}

/** Clusters one ingest merged: the stored ones, in order, and where any cluster id now points. */
interface Merges {
  stored: { from: string; into: string }[];
  resolve(cluster: string): string;
}

/**
 * Each new story joins the cluster of its most alike candidate, or starts its own; earlier stories of the batch are
 * candidates too. A story that is a copy of stories in two or more clusters shows them to be one story told apart only
 * by the order copies came in (an agency copy after a desk's rewrite and a summary, each of which started its own):
 * they merge into the cluster it joins. Only candidates found through the whole text or the lede merge clusters: a
 * match on the second paragraph alone (see BODY_MATCH_CONTAINMENT) joins a copy to a cluster, never two clusters of
 * several stories. A story still alone in the cluster it started, that this story matches on the second paragraph
 * alone, joins this story's cluster: had it come after this story, it would have joined it through the same match (a
 * desk's copy with its lede and a quote reworded, polled before the agency copy, stayed apart in 3 of 5 orders of the
 * fourth corpus). A cluster that has grown stays put: its stories may share only a background paragraph with this one.
 */
function clusterNewStories(created: NewStory[], stored: Map<string, Comparable>, storedFlashes: Map<string, Flash>, storedNamed: Map<string, Named>): Merges {
  const batchBands = new Map<string, string>();
  const batch = new Map<string, Comparable>();
  const into = new Map<string, string>();
  const resolve = (cluster: string): string => {
    let at = cluster;
    for (let next = into.get(at); next !== undefined; next = into.get(at)) at = next;
    return at;
  };
  /** Clusters this batch started: not in Redis yet, so merged in memory only. */
  const started = new Set<string>();
  const merges: Merges = { stored: [], resolve };
  const batchFlashes = new Map<string, Flash>();
  /** Headline-word keys (see headedBy) to the story of this batch that wrote each last, and those stories. */
  const batchNames = new Map<string, string>();
  const batchNamed = new Map<string, Named>();
  /**
   * The flashes whose headline words head a story (`c` a story with text), or the stories with text a flash's headline
   * words head (`c` a flash), of those its headline-word keys found: published near it, another feed's or the other
   * kind (see flashCopies). A desk's flash under a headline of its own ("Ferry with more than 80 aboard capsizes off
   * Sulawesi; 11 dead") has no headline key another item shares: its words find the story, and the story finds it.
   */
  const headedBy = (c: NewStory): Named[] => {
    const found = new Map<string, Named>();
    c.nameLookups.forEach((key, b) => {
      for (const id of [batchNames.get(key), c.nameHits?.[b]]) {
        const n = id ? (batchNamed.get(id) ?? storedNamed.get(id)) : undefined;
        if (n && n.id !== c.story.id) found.set(n.id, n);
      }
    });
    if (found.size === 0) return [];
    const flash = !c.sig;
    return [...found.values()].filter((n) => n.flash !== flash && flashCopies(n, c.story, flash) && (flash ? headsStory(c.head, n.words(), n.head) : headsStory(n.head, wordSetOf(c), c.head)));
  };
  /** A flash still alone in the cluster it started (see Named.alone). */
  const aloneFlash = (n: Named) => resolve(n.cluster) === n.id && !grown.has(n.id) && (batchNamed.has(n.id) || n.alone);
  const named = (c: NewStory) => {
    batchNamed.set(c.story.id, { id: c.story.id, cluster: c.story.cluster, feedId: c.story.feedId, published: c.story.published, flash: !c.sig, head: c.head, words: () => wordSetOf(c), alone: true });
    for (const key of c.nameBands) batchNames.set(key, c.story.id);
  };
  /**
   * Whether a band already points at a story of `cluster`: that story keeps it. The index holds one story a band, and
   * a copy that took over its cluster's bands made the copy, not the agency copy it joined, what the next outlet's
   * version is compared with: a localised lede ("The Maldives … has secured") alike to the agency copy (Jaccard 0.53)
   * but not to the desk's reordered one (0.33) found that one through their one shared band, and started its own
   * cluster when the reordered copy was polled first (the fourth corpus, seed 4). A flash's headline key is taken
   * over still: a flash joins the latest story under its headline (see flashCopies).
   */
  const heldInCluster = (band: string, storedHit: string | null | undefined, cluster: string, self: string): boolean => {
    const id = batchBands.get(band) ?? storedHit;
    const holder = id ? (batch.get(id) ?? stored.get(id)) : undefined;
    if (!holder) return false;
    const at = resolve(holder.cluster);
    if (at === resolve(cluster)) return true;
    // A story still alone in its cluster keeps its band from a story that joined another cluster (found through others).
    const alone = at === id && !grown.has(at) && (batch.has(id) || holder.alone === true);
    return alone && resolve(cluster) !== self;
  };
  /** Clusters a story of this batch joined or another cluster merged into: no longer one story's. */
  const grown = new Set<string>();
  for (const c of created) {
    // The story last stored under the same headline (its key is the last band): a flash, or the full copy under it.
    const head = c.headline ? (batchFlashes.get(c.headline) ?? storedFlashes.get(c.hits?.[c.bands.length - 1] ?? '')) : undefined;
    if (!c.sig) {
      // A headline alone joins another feed's flash of it, or the full copy it heads: one event.
      if (!c.headline) {
        // Too short for a key of its own (a flash of under six words): only the story its words head (see headedBy).
        const story = c.nameLookups.length ? headedBy(c)[0] : undefined;
        if (story) grown.add((c.story.cluster = resolve(story.cluster)));
        named(c);
        continue;
      }
      if (flashCopies(head, c.story, true)) grown.add((c.story.cluster = resolve(head.cluster)));
      else {
        // Or the story its headline's words head (see headedBy).
        const story = c.nameLookups.length ? headedBy(c)[0] : undefined;
        if (story) grown.add((c.story.cluster = resolve(story.cluster)));
      }
      batchFlashes.set(c.headline, { cluster: c.story.cluster, feedId: c.story.feedId, published: c.story.published, flash: true });
      named(c);
      continue;
    }
    const fromStore = c.hits ?? [];
    const mine = { sig: c.sig, lede: c.lede, body: c.body, figures: c.figures, ledeNames: c.ledeNames, subject: c.subject, caps: c.caps };
    const scores = new Map<string, { score: number; merges: boolean }>();
    /** Clusters of one story each, matched on the second paragraph alone. */
    const lone = new Set<string>();
    const consider = (id: string | null | undefined, pool: Map<string, Comparable>) => {
      const candidate = id ? pool.get(id) : undefined;
      const match = candidate ? copyMatch(candidate, mine) : null;
      if (!match) return;
      const cluster = resolve(candidate!.cluster);
      if (!match.merges && cluster === id && !grown.has(cluster) && (pool === batch || candidate!.alone === true)) lone.add(cluster);
      const had = scores.get(cluster);
      if (!had || match.score > had.score) scores.set(cluster, { score: match.score, merges: match.merges || (had?.merges ?? false) });
      else if (match.merges) had.merges = true;
    };
    c.bands.forEach((band, b) => {
      consider(batchBands.get(band), batch);
      consider(fromStore[b], stored);
    });
    for (const id of c.mates ?? []) consider(id, stored);
    let best: string | null = null;
    for (const [cluster, { score }] of scores) if (best === null || score > scores.get(best)!.score) best = cluster;
    // Flashes this story's text bears out (see headedBy): one still alone joins this story's cluster, as it would have had it come after.
    const flashes = c.nameLookups.length ? headedBy(c) : [];
    if (best !== null) for (const n of flashes) if (aloneFlash(n)) lone.add(n.id);
    if (best !== null) {
      const strong = [...scores].filter(([, m]) => m.merges).sort((x, y) => y[1].score - x[1].score).map(([cluster]) => cluster);
      // A stored cluster survives rather than one this batch started (none of its copies has to change).
      const survivor = strong.find((cluster) => !started.has(cluster)) ?? strong[0];
      for (const other of strong.length > 1 ? strong : []) {
        if (other === survivor) continue;
        into.set(other, survivor!);
        if (!started.has(other)) merges.stored.push({ from: other, into: survivor! });
      }
      for (const other of lone) {
        const [from, to] = [resolve(other), resolve(best)];
        if (from === to) continue;
        // As above, a stored cluster survives rather than one this batch started.
        if (started.has(to) && !started.has(from)) into.set(to, from);
        else {
          into.set(from, to);
          if (!started.has(from)) merges.stored.push({ from, into: to });
        }
      }
      c.story.cluster = resolve(best);
      grown.add(c.story.cluster);
    } else if (head?.flash && flashCopies(head, c.story, false)) {
      // A copy of no story stored yet joins the flash that headed it.
      grown.add((c.story.cluster = resolve(head.cluster)));
    } else if (flashes.length) grown.add((c.story.cluster = resolve(flashes[0]!.cluster)));
    else started.add(c.story.id);
    batch.set(c.story.id, { ...mine, cluster: c.story.cluster });
    c.ownBands = c.bands.filter((band, b) => band === c.headline || !heldInCluster(band, fromStore[b], c.story.cluster, c.story.id));
    for (const band of c.ownBands) batchBands.set(band, c.story.id);
    if (c.headline) batchFlashes.set(c.headline, { cluster: c.story.cluster, feedId: c.story.feedId, published: c.story.published, flash: false });
    named(c);
  }
  for (const c of created) c.story.cluster = resolve(c.story.cluster);
  return merges;
}

/** A stored field of words joined by spaces, as a list. */
function words(field: string): string[] {
  return field.split(' ').filter(Boolean);
}

/** A link without its query and fragment. */
function pageOf(link: string): string {
  const end = link.search(/[?#]/);
  return end < 0 ? link : link.slice(0, end);
}

/** The story's new link, and the link index pointing it at the story (unless a listing page's: see keysOf). */
function relink(ctx: Ctx, m: CoalescedWrites, id: string, draft: StoryDraft, linkKey: string | null): void {
  m.hsetField(k.story(ctx, id), 'link', draft.link);
  if (linkKey) {
    m.hsetField(k.story(ctx, id), `l:${linkKey}`, '1');
    m.claim(k.links(ctx), linkKey, id, k.story(ctx, ''));
  }
}

function updateStory(ctx: Ctx, m: CoalescedWrites, classify: Classifier, id: string, draft: StoryDraft, hash: string, row: Row): void {
  const [, topicsRaw, published, seenAt] = row;
  const oldTopics = (topicsRaw ? (JSON.parse(topicsRaw) as StoryTopic[]) : []).map((t) => t.id);
  const topics = topicsOf(classify, draft);
  const fields: [string, string][] = [
    ['title', draft.title],
    ['text', draft.text],
    ['summary', draft.summary],
    ['author', draft.author ?? ''],
    ['image', draft.image ?? ''],
    ['agency', draft.agency ?? ''],
    ['dateline', draft.dateline ?? ''],
    ['place', draft.place ?? ''],
    ['categories', JSON.stringify(draft.categories ?? [])],
    ['topics', JSON.stringify(topics)],
    ['hash', hash],
    [`h:${hash}`, '1'],
  ];
  m.hset(k.story(ctx, id), ...fields.flat());
  m.claim(k.contents(ctx), hash, id, k.story(ctx, ''));
  const now = new Set(topics.map((t) => t.id));
  unindexTopics(ctx, m, id, oldTopics.filter((t) => !now.has(t)));
  // Re-indexed under the first-seen time, so a correction is not sent again as news.
  indexTopics(ctx, m, { id, topics: topics.filter((t) => !oldTopics.includes(t.id)), published: Number(published), seenAt: Number(seenAt) });
}

/**
 * Fewer words than this say too little to call two entries with different
 * links one story: the same few words ("Featured Advertiser", "Morning
 * briefing" with the same one-line blurb each day) head different items.
 */
const MIN_WORDS_SAME_TEXT = 15;

interface DraftKeys {
  link: string | null;
  hash: string;
  words: string[];
  /** The text's first LEDE_WORDS words (the headline left out: outlets rewrite it). */
  ledeWords: string[];
  /** The second paragraph's first LEDE_WORDS words (see bodyLedeWords). */
  bodyWords: string[];
  /** The story's text, for its lede's names (see ledeNamesOf). */
  text: string;
  /** Its headline, for its subject names (see subjectNamesOf). */
  title: string;
  /** Its headline's words, for its headline's key (see headlineKey). */
  titleWords: string[];
}

interface FreshKeys extends DraftKeys {
  sig: Signature | null;
  lede: Signature | null;
  body: Signature | null;
  figures: string[];
  /** See ledeNamesOf. */
  ledeNames: string[];
  /** See isOtherSubject. */
  subject: string[];
  caps: string[];
  /** The key of its headline (see headlineKey), or null. */
  headline: string | null;
  /** The whole story's bands, then its lede's, then its body lede's, then its headline's key (a flash's only band). */
  bands: string[];
  /** Its headline's words (see headlineWordsOf); an item with text too short for a signature has none. */
  head: string[];
  /** Its headline's words as keys in the band index, written and not read: "N:" a story with text's, "F:" a flash's (see headedBy). */
  nameBands: string[];
  /**
   * The headline-word keys it reads: "F:" for a story with text (flashes it may be the copy of), "N:" for a flash (the stories
   * with text it may head). A flash reads no "F:" key: those point at flashes, and a flash heads no flash (see headedBy).
   */
  nameLookups: string[];
  /** Its words as comparableWords gives them (see wordSetOf). */
  comparable: string[];
}

/** The exact-match keys of a draft, and its words for the signature (tokenised once). */
function keysOf(draft: StoryDraft): DraftKeys {
  const words = storyWords(draft.title, draft.text);
  const titleWords = storyWords(draft.title, '');
  const headline = titleWords.length;
  // A link several stories share (a listing page) says nothing of which story this is.
  return { link: draft.sharedLink ? null : linkHash(draft.link), hash: contentHash(words), words, ledeWords: words.slice(headline, headline + LEDE_WORDS), bodyWords: bodyLedeWords(draft.text), text: draft.text, title: draft.title, titleWords };
}

function withBands(keys: DraftKeys): FreshKeys {
  const words = comparableWords(keys.words);
  const sig = signatureOfWords(words);
  if (!sig) {
    const headline = keys.text === '' ? headlineKey(words) : null;
    // A headline alone has its words (see headedBy), a key of its own only with MIN_HEADLINE_WORDS words.
    const head = keys.text === '' ? headlineWordsOf(words) : [];
    const named = headlineWordKeys(head, true);
    return keysWithBands(keys, null, null, null, figuresOf(words, figuresFrom(keys.title, words)), [], [], [], headline, headline ? [headline] : [], head, named.written, named.read, words);
  }
  const titleWords = comparableWords(keys.titleWords);
  const headline = headlineKey(titleWords);
  const head = headlineWordsOf(titleWords);
  const lede = signatureOfWords(comparableWords(keys.ledeWords));
  const body = signatureOfWords(comparableWords(keys.bodyWords));
  const ledeNames = ledeNamesOf(keys.text);
  const bands = bandKeys(sig);
  if (lede) bands.push(...ledeBandKeys(lede));
  if (body) bands.push(...bodyBandKeys(body));
  if (headline) bands.push(headline);
  const figures = figuresOf(words, figuresFrom(keys.title, words));
  const named = headlineWordKeys(head, false);
  return keysWithBands(keys, sig, lede, body, figures, ledeNames, subjectNamesOf(keys.title, ledeNames), capitalWordsOf(keys.title, keys.text), headline, bands, head, named.written, named.read, words);
}

/**
 * A draft's keys with its signatures, names and bands: the fields named one by one, in the order a spread of the keys gave
 * them. A spread of the keys, as newStory's of a draft did, took V8's slow generic copy: 5-7 ms per 401 stories, against
 * microseconds named (perf51, measured alone).
 */
function keysWithBands(keys: DraftKeys, sig: Signature | null, lede: Signature | null, body: Signature | null, figures: string[], ledeNames: string[], subject: string[], caps: string[], headline: string | null, bands: string[], head: string[], nameBands: string[], nameLookups: string[], comparable: string[]): FreshKeys {
  const { link, hash, words, ledeWords, bodyWords, text, title, titleWords } = keys;
  return { link, hash, words, ledeWords, bodyWords, text, title, titleWords, sig, lede, body, figures, ledeNames, subject, caps, headline, bands, head, nameBands, nameLookups, comparable } satisfies FreshKeys & Record<keyof DraftKeys, unknown>;
}

/**
 * Words a headline alone must have to be matched to another feed's (see headlineKey): fewer, and the same few words
 * ("Breaking news", "Photos of the day") head different items.
 */
const MIN_HEADLINE_WORDS = 6;

/**
 * The key of a headline: its words as every desk's copy has them (figures written one way), hashed, in the band index
 * under "T". An item that is a headline and no text (a flash) is too short for a signature and would start a cluster of
 * its own; with this, another feed's flash of the same headline joins it, and so does the full copy under that headline
 * (its last band), whichever comes first. Null for a headline of fewer than MIN_HEADLINE_WORDS words.
 */
function headlineKey(words: string[]): string | null {
  return words.length >= MIN_HEADLINE_WORDS ? `T:${contentHash(words)}` : null;
}

/** A draft's fields a story keeps: all but the outlet (the story's source now) and sharedLink (not stored). */
type KeptField = Exclude<keyof StoryDraft, 'outlet' | 'sharedLink'>;

/**
 * The story a new entry starts: its draft's kept fields named one by one (a field added to StoryDraft fails to compile here until it
 * is named). A draft taken apart with a rest pattern and spread into the story, or even a spread of those fields, took V8's slow
 * generic copy: more time than the entry's signature.
 */
function newStory(draft: StoryDraft, own: Pick<Story, 'id' | 'feedId' | 'feed' | 'seenAt' | 'source'>): Story {
  const { guid, link, title, text, summary, published, author, image, agency, dateline, place, categories } = draft;
  const { id, feedId, feed, seenAt, source } = own;
  return { guid, link, title, text, summary, published, author, image, agency, dateline, place, categories, id, feedId, feed, seenAt, source, topics: [], cluster: id, sources: [source] } satisfies Story & Record<KeptField, unknown>;
}

function topicsOf(classify: Classifier, s: ClassifierInput): StoryTopic[] {
  return classify(classifierInput(s)).map(({ id, score, reasons }) => ({ id, score, reasons }));
}

type ClassifierInput = { title: string; text: string; categories?: string[] };

/** Tags longer than this, or more of them, are a keyword dump, not the desk's section and subjects. */
const MAX_CATEGORY_CHARS = 40;
const MAX_CATEGORIES = 8;

/**
 * What the classifier reads of a story: its headline, and its text led by the
 * feed's own categories ("Sports", "Defence", "Gymnastics"). The publisher's
 * tagging is evidence the words may lack: a one-line item ("Saving
 * earthquakes for the wet season") says little on its own.
 */
/**
 * An entry's draft, or null when reading it throws: one entry a reader cannot cope with must not cost the feed its other
 * stories. Nothing is recorded for it, so it is read again with the next document that is not a 304.
 */
function draftOf(item: IncomingItem, result: IngestResult): StoryDraft | null {
  try {
    return item.draft();
  } catch (error) {
    result.unread.push({ guid: item.guid, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

export function classifierInput(s: ClassifierInput): { title: string; text: string } {
  const tags = (s.categories ?? []).filter((c) => c.length <= MAX_CATEGORY_CHARS).slice(0, MAX_CATEGORIES);
  return { title: s.title, text: tags.length ? `${tags.join(', ')}.\n\n${s.text}` : s.text };
}

/** When the lost story of an entry read as LOST was first seen; null for any other entry. */
function lostSince(raw: string | null | undefined): number | null {
  if (!raw?.startsWith(`${LOST} `)) return null;
  const at = Number(raw.slice(LOST.length + 1));
  return Number.isFinite(at) ? at : null;
}

function parseKnown(raw: string | null | undefined): Known | null {
  if (!raw) return null;
  const space = raw.indexOf(' ');
  return space < 0 ? { storyId: raw, fingerprint: '' } : { storyId: raw.slice(0, space), fingerprint: raw.slice(space + 1) };
}

function uniqueByGuid(items: IncomingItem[]): IncomingItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.guid) ? false : (seen.add(i.guid), true)));
}
