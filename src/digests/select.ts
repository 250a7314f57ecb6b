import type { Ctx } from '../context.js';
import { currentClusters, getStories, storiesSeenBetween, type Story } from '../stories/store.js';
import type { Subscriber } from '../subscribers/store.js';
import type { Taxonomy } from '../topics/taxonomy.js';

/** One entry of a digest: a near-duplicate cluster, shown through one of its copies. */
export interface DigestItem {
  story: Story;
  /** Other outlets carrying the same story ("also carried by …"). */
  alsoCarriedBy: string[];
  /** Outlets carrying it, this one included: a rough measure of how big the story is. */
  sourceCount: number;
  score: number;
  /** When its newest copy went out on the wire: a story is news while any outlet is just now carrying it. */
  latestPublished: number;
}

export interface DigestSection {
  topic: string;
  label: string;
  items: DigestItem[];
}

export interface Selection {
  sections: DigestSection[];
  storyIds: string[];
  clusters: string[];
  /** Start of the window the stories were first seen in. */
  from: number;
  /** End of that window: the digest cursor moves here once the digest is out. */
  until: number;
}

export interface SelectOptions {
  until: number;
  maxPerTopic: number;
  lookbackMs: number;
  /** Clusters the subscriber already had recently: a late copy of one is not news to them. */
  alreadySent?: ReadonlySet<string> | Promise<ReadonlySet<string>>;
  stories?: StoryCache;
  /** Shared ranked candidates; with it the selection reaches to the snapshot's `until`, not `opts.until`. */
  candidates?: CandidateCache;
}

/**
 * How fast a story's weight in the ranking fades. A daily digest is about
 * today: weight halves every 12 hours. A weekly digest is about the week: its
 * reader wants Monday's missile test that every outlet carried before
 * Friday's single-outlet items, so weight halves only over the week, and
 * freshness decides between stories of about the same size.
 */
const RECENCY_HALF_LIFE_MS: Record<Subscriber['frequency'], number> = { daily: 12 * 3600_000, weekly: 7 * 24 * 3600_000 };

export function lookbackMs(ctx: Pick<Ctx, 'config'>, frequency: Subscriber['frequency']): number {
  const d = ctx.config.digests;
  return frequency === 'weekly' ? d.weeklyLookbackDays * 24 * 3600_000 : d.lookbackHours * 3600_000;
}

/**
 * The stories a subscriber has not had yet: first seen after their cursor (and
 * inside the lookback, and with some copy published inside it too), per topic in the
 * subscriber's order. Copies of one
 * wire story (same cluster) become one entry, ranked by recency and by how
 * many outlets carry it, the classifier's guesses last (see rankClusters);
 * the top N per topic. A cluster in two of their topics
 * appears once, under the first.
 */
export async function selectStories(ctx: Ctx, taxonomy: Taxonomy, subscriber: Subscriber, opts: SelectOptions): Promise<Selection> {
  const snapshot = opts.candidates?.current(ctx);
  const until = snapshot?.until ?? opts.until;
  const from = Math.max(subscriber.lastDigestAt ?? 0, until - opts.lookbackMs);
  const load = (ids: string[]) => (opts.stories ? opts.stories.get(ctx, ids) : getStories(ctx, ids));
  const halfLifeMs = RECENCY_HALF_LIFE_MS[subscriber.frequency];
  const rank = async (topic: string) => {
    const ids = await storiesSeenBetween(ctx, topic, from, until);
    const cutoff = { id: topic, minScore: taxonomy.byId.get(topic)?.min_score ?? TOPIC_CUTOFF };
    return ids.length === 0 ? [] : rankClusters(await load(ids), until, cutoff, halfLifeMs);
  };
  // Asked all at once, so they travel to Redis together.
  const [sent, rankedLists] = await Promise.all([
    opts.alreadySent,
    Promise.all(subscriber.topics.map((topic) => (snapshot ? snapshot.ranked(`${topic} ${subscriber.frequency}`, from, () => rank(topic)) : rank(topic)))),
  ]);
  // Clusters merge (mergeClusters): a cluster sent before may be part of another now, and copies read before a merge
  // (the story cache, a snapshot's ranking) still name the clusters they had. Every cluster id in play is taken to
  // the cluster it is part of now, in one read, so a digest never carries one wire story twice.
  const sentIds = [...(sent ?? [])];
  const inPlay = [...new Set([...sentIds, ...rankedLists.flatMap((list) => list.map((item) => item.story.cluster))])];
  const now = await currentClusters(ctx, inPlay);
  const current = new Map(inPlay.map((id, n) => [id, now[n]!]));
  const used = new Set<string>([...sentIds, ...sentIds.map((id) => current.get(id)!)]);
  /** This digest's items by their cluster now: a copy read under a cluster merged since adds its outlets to them. */
  const taken = new Map<string, DigestItem>();
  // First seen now is not the same as new: a feed added today (or one that
  // republishes its archive) brings years-old entries. A story published
  // before the lookback is not news to anyone, however late we saw it, unless another outlet is
  // carrying it now (one copy's date may simply be wrong).
  const oldest = until - opts.lookbackMs;
  const sections: DigestSection[] = [];
  for (const [i, topic] of subscriber.topics.entries()) {
    const items: DigestItem[] = [];
    for (const ranked of rankedLists[i]!) {
      const cluster = current.get(ranked.story.cluster)!;
      const kept = taken.get(cluster);
      if (kept) addOutlets(kept, ranked);
      if (items.length >= opts.maxPerTopic || used.has(cluster) || ranked.latestPublished < oldest) continue;
      const item = cluster === ranked.story.cluster ? { ...ranked } : { ...ranked, story: { ...ranked.story, cluster } };
      items.push(item);
      used.add(cluster);
      taken.set(cluster, item);
    }
    if (items.length > 0) sections.push({ topic, label: taxonomy.byId.get(topic)?.label ?? topic, items });
  }
  const all = sections.flatMap((s) => s.items);
  // A cursor never moves back, whatever the snapshot's time.
  return { sections, storyIds: all.map((i) => i.story.id), clusters: all.map((i) => i.story.cluster), from, until: Math.max(until, subscriber.lastDigestAt ?? 0) };
}

/** `other`'s outlets (copies of one story read under a cluster merged since) into `item`'s "also carried by". */
function addOutlets(item: DigestItem, other: DigestItem): void {
  const own = new Set([item.story.source, item.story.agency].filter(Boolean));
  const more = [other.story.source, ...other.alsoCarriedBy].filter((o) => o && !own.has(o) && !item.alsoCarriedBy.includes(o));
  if (more.length === 0) return;
  item.alsoCarriedBy = [...item.alsoCarriedBy, ...new Set(more)].sort((a, b) => a.localeCompare(b));
  item.sourceCount = Math.max(item.sourceCount, own.size + item.alsoCarriedBy.length);
}

/** When a story went out on the wire; its first sighting stands in for a date the feed did not give. */
function publishedAt(s: Story): number {
  return Number.isFinite(s.published) && s.published > 0 ? s.published : s.seenAt;
}

/** A topic's cut-off score when the taxonomy sets none (the classifier's even odds). */
const TOPIC_CUTOFF = 0.5;

/**
 * Groups copies by cluster and ranks the clusters, best first. With `topic`,
 * clusters that passed the topic's cut-off come before those the classifier
 * gave the topic only as its best guess for a story that passed no cut-off
 * (a German laptop story's "sport"): a guess fills a section the desk could
 * not fill, and never pushes out a story that surely belongs there.
 */
export function rankClusters(stories: Story[], until: number, topic?: { id: string; minScore: number }, halfLifeMs = RECENCY_HALF_LIFE_MS.daily): DigestItem[] {
  const groups = new Map<string, Story[]>();
  for (const story of stories) {
    const cluster = story.cluster || story.id;
    const group = groups.get(cluster);
    if (group) group.push(story);
    else groups.set(cluster, [story]);
  }
  const items: (DigestItem & { newest: number; sure: boolean })[] = [];
  const sure = (s: Story) => !topic || s.topics.some((t) => t.id === topic.id && t.score >= topic.minScore);
  for (const copies of groups.values()) {
    const when = (s: Story) => Math.min(publishedAt(s), until);
    // The first copy on the wire stands for the cluster; later ones are "also carried by".
    const [lead] = [...copies].sort((a, b) => when(a) - when(b) || a.seenAt - b.seenAt || a.id.localeCompare(b.id));
    const outlets = new Set<string>();
    for (const copy of copies) {
      if (copy.source) outlets.add(copy.source);
      for (const s of copy.sources) if (s) outlets.add(s);
    }
    const own = new Set([lead!.source, lead!.agency].filter(Boolean));
    const alsoCarriedBy = [...outlets].filter((o) => !own.has(o)).sort((a, b) => a.localeCompare(b));
    const sourceCount = Math.max(1, outlets.size);
    const newest = Math.max(...copies.map(when));
    const score = (1 + Math.log(sourceCount)) * Math.pow(0.5, Math.max(0, until - newest) / halfLifeMs);
    items.push({ story: { ...lead!, cluster: lead!.cluster || lead!.id }, alsoCarriedBy, sourceCount, score, latestPublished: Math.max(...copies.map(publishedAt)), newest, sure: copies.some(sure) });
  }
  items.sort((a, b) => Number(b.sure) - Number(a.sure) || b.score - a.score || b.newest - a.newest || a.story.id.localeCompare(b.story.id));
  return items.map(({ newest: _newest, sure: _sure, ...item }) => item);
}

/**
 * Stories are read by thousands of digests of one edition: a sending process
 * keeps them for a short while instead of fetching each one per subscriber.
 * Short, because clustering may still add sources to a story.
 */
export interface StoryCache {
  get(ctx: Ctx, ids: string[]): Promise<Story[]>;
}

export function createStoryCache(ttlMs = 60_000, maxEntries = 20_000): StoryCache {
  const entries = new Map<string, { story: Story; at: number }>();
  return {
    async get(ctx, ids) {
      const now = Date.now();
      const missing = ids.filter((id) => {
        const hit = entries.get(id);
        return !hit || now - hit.at > ttlMs;
      });
      if (missing.length > 0) {
        for (const story of await getStories(ctx, missing)) entries.set(story.id, { story, at: now });
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      }
      return ids.map((id) => entries.get(id)?.story).filter((s): s is Story => s !== undefined);
    },
  };
}

/**
 * The ranked candidates of an edition's digests, shared by the digests a
 * process composes within a few seconds: without it every digest asks Redis
 * for each topic's stories and ranks them anew, though its neighbours in the
 * queue have the same topics and (on their first digest, or after one sent in
 * the same snapshot) the same window. A snapshot stands for one moment,
 * `until`: the digests composed from it hold the stories first seen up to
 * then, and their cursors move to it, so a story that arrives after the
 * snapshot goes in the next digest rather than being lost. Keyed by topic and
 * window start; a new snapshot begins after `ttlMs` or when the clock leaves
 * the snapshot's window (tests move it).
 */
export interface CandidateCache {
  current(ctx: Ctx): CandidateSnapshot;
}

export interface CandidateSnapshot {
  until: number;
  /**
   * The topic's clusters first seen in (from, until], ranked; `load` computes
   * them once per snapshot. `ranking` names the topic and whatever else sets
   * the order (the digest's frequency).
   */
  ranked(ranking: string, from: number, load: () => Promise<DigestItem[]>): Promise<DigestItem[]>;
}

export function createCandidateCache(ttlMs = 10_000, maxEntries = 5_000): CandidateCache {
  let snapshot: (CandidateSnapshot & { startedAt: number }) | null = null;
  const fresh = (until: number, startedAt: number, now: number) => now >= until && now - until <= ttlMs && performance.now() - startedAt <= ttlMs;
  return {
    current(ctx) {
      const now = ctx.now();
      if (snapshot && fresh(snapshot.until, snapshot.startedAt, now)) return snapshot;
      const ranked = new Map<string, Promise<DigestItem[]>>();
      snapshot = {
        until: now,
        startedAt: performance.now(),
        ranked(ranking, from, load) {
          const k = `${ranking}\n${from}`;
          let hit = ranked.get(k);
          if (!hit) {
            hit = load();
            if (ranked.size < maxEntries) {
              ranked.set(k, hit);
              hit.catch(() => ranked.delete(k));
            }
          }
          return hit;
        },
      };
      return snapshot;
    },
  };
}
