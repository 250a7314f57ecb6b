import { afterAll, describe, expect, it } from 'vitest';
import { queryStories } from '../../src/stories/query.js';
import { removeStory } from '../../src/stories/removal.js';
import { getCluster, getStory, storyKeys } from '../../src/stories/store.js';
import { testCtx } from '../helpers/redis.js';
import { clusterCorpus, corpusItem, HARD_VERSIONS, OUTLETS, pairwise, shuffled, VERSIONS, wireCorpus, type CorpusItem } from '../helpers/wire-corpus.js';
import { NEGATIVES } from '../fixtures/wire-corpus/negatives.js';
import { STORIES } from '../fixtures/wire-corpus/stories.js';

/**
 * A desk that rewrites the agency's first paragraph keeps its next ones: such a copy, cut short or trimmed, shares
 * neither its whole text nor its lede with the agency copy, only its second paragraph onwards. Each copy here comes
 * from its own outlet's feed on a real local HTTP server, polled as the worker polls it, in the order given.
 */

const contexts: ReturnType<typeof testCtx>[] = [];
afterAll(() => Promise.all(contexts.map((c) => c.cleanup())));
/** A store of its own per run: the same corpus items polled twice would be exact copies of each other. */
function freshCtx(name: string) {
  const ctx = testCtx(`stories-rewrites-${name}`);
  contexts.push(ctx);
  return ctx;
}

const byKey = (key: string) => STORIES.find((s) => s.key === key)!;
/** Stories whose desk rewrites started clusters of their own (scripts/cluster-eval.ts --hard before body ledes). */
const REWRITTEN = ['ians-rafale-marine', 'ani-modi-gulf', 'pti-sc-pollution', 'afp-louvre', 'ap-hurricane'].map(byKey);

/** The agency copy and the desk's versions of story `s`, each from its own outlet. */
function versionsOf(n: number, names: ('agency' | keyof typeof VERSIONS | keyof typeof HARD_VERSIONS)[]): CorpusItem[] {
  const s = REWRITTEN[n]!;
  return names.map((name, o) => {
    if (name === 'agency') return corpusItem(0, s.key, 'agency', s.title, [`${s.dateline} ${s.paragraphs[0]}`, ...s.paragraphs.slice(1)]);
    const { title, paragraphs } = (VERSIONS[name] ?? HARD_VERSIONS[name])!(s, n);
    return corpusItem(1 + ((o + n) % (OUTLETS.length - 1)), s.key, name, title, paragraphs);
  });
}

function clustersOf(clustered: { story: string; version: string; cluster: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of clustered) out.set(c.story, [...new Set([...(out.get(c.story) ?? []), c.cluster])]);
  return out;
}

describe('a desk’s rewrite of the first paragraph', () => {
  it('joins the agency copy’s cluster, cut to three paragraphs or trimmed, and a copy like both joins it too', async () => {
    const ctx = freshCtx('order');
    const items = REWRITTEN.flatMap((_, n) => versionsOf(n, ['agency', 'rewritten-short', 'rewritten-trimmed', 'rewritten']));
    const clustered = await clusterCorpus(ctx, items);
    for (const [story, clusters] of clustersOf(clustered)) expect({ story, clusters: clusters.length }).toEqual({ story, clusters: 1 });
    // Every copy shows every outlet that carries the story, and the cluster is first seen with the agency copy.
    for (const { key } of REWRITTEN) {
      const copies = clustered.filter((c) => c.story === key);
      const stories = await Promise.all(copies.map((c) => getStory(ctx, c.id!)));
      const outlets = new Set(copies.map((c) => OUTLETS.find((o) => o.host === c.outlet)!.name));
      for (const s of stories) expect({ key, sources: new Set(s!.sources) }).toEqual({ key, sources: outlets });
      expect(stories.map((s) => s!.cluster)).toEqual(copies.map(() => stories[0]!.cluster));
    }
  });

  it('is found whichever comes first: the rewrite, then the agency copy, then a trimmed copy of the agency’s', async () => {
    const ctx = freshCtx('reverse');
    const items = REWRITTEN.flatMap((_, n) => versionsOf(n, ['rewritten-short', 'agency', 'trimmed']));
    const clustered = await clusterCorpus(ctx, items);
    for (const [story, clusters] of clustersOf(clustered)) expect({ story, clusters: clusters.length }).toEqual({ story, clusters: 1 });
  });
});

describe('two clusters a later copy shows to be one story', () => {
  it('merge: every copy names one cluster, with every outlet, first seen with the earliest copy; nothing is left once they go', async () => {
    const ctx = freshCtx('merge');
    // The first paragraph alone, then the desk's rewrite (another first paragraph): no match, two clusters.
    const [summary, rewritten, agency] = versionsOf(0, ['summary', 'rewritten', 'agency']);
    const [s] = await clusterCorpus(ctx, [summary!]);
    const [r] = await clusterCorpus(ctx, [rewritten!]);
    expect(r!.cluster).not.toBe(s!.cluster);
    // The agency copy is the summary's lede and the rewrite's body: one story.
    const [a] = await clusterCorpus(ctx, [agency!]);
    const ids = [s!.id!, r!.id!, a!.id!];
    const listed = (await queryStories(ctx, { limit: 50 })).stories;
    expect(listed.map((x) => x.id).sort()).toEqual([...ids].sort());
    const cluster = listed[0]!.cluster;
    expect(cluster).toBe(r!.cluster);
    const outletName = (item: CorpusItem) => OUTLETS.find((o) => o.host === item.outlet)!.name;
    const outlets = [summary!, rewritten!, agency!].map(outletName);
    expect(new Set(outlets).size).toBe(3);
    for (const x of listed) expect({ id: x.id, cluster: x.cluster, sources: [...x.sources].sort() }).toEqual({ id: x.id, cluster, sources: [...outlets].sort() });
    const summaryStory = (await getStory(ctx, s!.id!))!;
    expect(await getCluster(ctx, cluster)).toMatchObject({ id: cluster, firstSeenAt: summaryStory.seenAt, stories: [s!.id, r!.id, a!.id] });
    // The merged cluster's keys are gone; its id names the cluster it merged into.
    const gone = s!.cluster;
    expect(await ctx.redis.exists(storyKeys.cluster(ctx, gone), storyKeys.clusterStories(ctx, gone), storyKeys.clusterSources(ctx, gone), storyKeys.clusterAliases(ctx, gone))).toBe(0);
    expect(await ctx.redis.hget(storyKeys.aliases(ctx), gone)).toBe(cluster);

    // The summary's outlet leaves with it; with the last copy, the cluster and its alias go.
    await removeStory(ctx, s!.id!);
    expect([...(await getStory(ctx, a!.id!))!.sources].sort()).toEqual([outletName(rewritten!), outletName(agency!)].sort());
    for (const id of [r!.id!, a!.id!]) await removeStory(ctx, id);
    expect(await ctx.redis.keys(`${storyKeys.cluster(ctx, '')}*`)).toEqual([]);
    expect(await ctx.redis.exists(storyKeys.aliases(ctx))).toBe(0);
  });
});

describe('stories that share only a background paragraph', () => {
  const followUps = NEGATIVES.filter((s) => s.family.endsWith('-follow-ups'));
  const items = (order: typeof followUps) =>
    order.map((s, n) => corpusItem(n, s.key, 'agency', s.title, [`${s.dateline} ${s.paragraphs[0]}`, ...s.paragraphs.slice(1)], s.family));

  it('stay apart, the background second in each, in either order', async () => {
    expect(followUps.length).toBeGreaterThanOrEqual(4);
    for (const [name, order] of [['follow-ups', followUps], ['follow-ups-reversed', [...followUps].reverse()]] as const) {
      const clustered = await clusterCorpus(freshCtx(name), items(order));
      expect(new Set(clustered.map((c) => c.cluster)).size).toBe(followUps.length);
    }
  });
});

describe('the hard versions of the wire corpus', () => {
  it('all join the agency copy’s cluster when the agency’s feed is polled first', async () => {
    const clustered = await clusterCorpus(freshCtx('hard'), wireCorpus({ hard: true }));
    const agency = new Map(clustered.filter((c) => c.version === 'agency').map((c) => [c.story, c.cluster]));
    expect(clustered.filter((c) => agency.get(c.story) !== c.cluster).map((c) => `${c.story}/${c.version}`)).toEqual([]);
    expect(pairwise(clustered).precision).toBe(1);
  });

  it('never put two different stories in one cluster, whatever order the copies come in', async () => {
    for (const seed of [1, 2, 3]) {
      const clustered = await clusterCorpus(freshCtx(`hard-${seed}`), shuffled(wireCorpus({ hard: true }), seed));
      const merged = clustered.flatMap((a) => clustered.filter((b) => a.story < b.story && a.cluster === b.cluster).map((b) => `${a.story}/${a.version} + ${b.story}/${b.version}`));
      expect({ seed, merged }).toEqual({ seed, merged: [] });
    }
  });
});
