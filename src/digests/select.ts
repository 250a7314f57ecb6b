import type { Ctx } from '../context.js';
import { getStories, storiesSeenBetween, type Story } from '../stories/store.js';
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
}

export interface SelectOptions {
  until: number;
  maxPerTopic: number;
  lookbackMs: number;
  /** Clusters the subscriber already had recently: a late copy of one is not news to them. */
  alreadySent?: ReadonlySet<string> | Promise<ReadonlySet<string>>;
  stories?: StoryCache;
}

/** A story stays in the digest's ranking for a day or so: its weight halves every 12 hours. */
const RECENCY_HALF_LIFE_MS = 12 * 3600_000;

export function lookbackMs(ctx: Pick<Ctx, 'config'>, frequency: Subscriber['frequency']): number {
  const d = ctx.config.digests;
  return frequency === 'weekly' ? d.weeklyLookbackDays * 24 * 3600_000 : d.lookbackHours * 3600_000;
}

/**
 * The stories a subscriber has not had yet: first seen after their cursor (and
 * inside the lookback), per topic in the subscriber's order. Copies of one
 * wire story (same cluster) become one entry, ranked by recency and by how
 * many outlets carry it; the top N per topic. A cluster in two of their topics
 * appears once, under the first.
 */
export async function selectStories(ctx: Ctx, taxonomy: Taxonomy, subscriber: Subscriber, opts: SelectOptions): Promise<Selection> {
  const from = Math.max(subscriber.lastDigestAt ?? 0, opts.until - opts.lookbackMs);
  // Asked all at once, so they travel to Redis together.
  const [sent, idLists] = await Promise.all([opts.alreadySent, Promise.all(subscriber.topics.map((topic) => storiesSeenBetween(ctx, topic, from, opts.until)))]);
  const used = new Set<string>(sent);
  const sections: DigestSection[] = [];
  for (const [i, topic] of subscriber.topics.entries()) {
    const ids = idLists[i]!;
    if (ids.length === 0) continue;
    const stories = opts.stories ? await opts.stories.get(ctx, ids) : await getStories(ctx, ids);
    const items = rankClusters(stories, opts.until)
      .filter((item) => !used.has(item.story.cluster))
      .slice(0, opts.maxPerTopic);
    for (const item of items) used.add(item.story.cluster);
    if (items.length > 0) sections.push({ topic, label: taxonomy.byId.get(topic)?.label ?? topic, items });
  }
  const all = sections.flatMap((s) => s.items);
  return { sections, storyIds: all.map((i) => i.story.id), clusters: all.map((i) => i.story.cluster), from };
}

/** Groups copies by cluster and ranks the clusters, best first. */
export function rankClusters(stories: Story[], until: number): DigestItem[] {
  const groups = new Map<string, Story[]>();
  for (const story of stories) {
    const cluster = story.cluster || story.id;
    const group = groups.get(cluster);
    if (group) group.push(story);
    else groups.set(cluster, [story]);
  }
  const items: (DigestItem & { newest: number })[] = [];
  for (const copies of groups.values()) {
    const when = (s: Story) => Math.min(Number.isFinite(s.published) && s.published > 0 ? s.published : s.seenAt, until);
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
    const score = (1 + Math.log(sourceCount)) * Math.pow(0.5, Math.max(0, until - newest) / RECENCY_HALF_LIFE_MS);
    items.push({ story: { ...lead!, cluster: lead!.cluster || lead!.id }, alsoCarriedBy, sourceCount, score, newest });
  }
  items.sort((a, b) => b.score - a.score || b.newest - a.newest || a.story.id.localeCompare(b.story.id));
  return items.map(({ newest: _newest, ...item }) => item);
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
