import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { addFeed } from '../../src/feeds/store.js';
import { removeStory } from '../../src/stories/removal.js';
import { expireStories, retentionMs } from '../../src/stories/retention.js';
import { currentClusters, getStory, storyIdFor, storyKeys as k } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL, testCtx } from '../helpers/redis.js';
import { corpusFeeds, corpusItem, HARD_VERSIONS, VERSIONS, type CorpusItem } from '../helpers/wire-corpus.js';
import { STORIES } from '../fixtures/wire-corpus/stories.js';

/**
 * The ids of clusters that merged into others (src/stories/store.ts mergeClusters) against the other ways stories
 * come and go: a story stored again under its old id after removal by hand, two workers bringing copies that merge
 * the same clusters at once, retention expiring the last copy of a cluster as a copy merges it. Feeds come from a
 * real local HTTP server, polled as the worker polls them (pollFeed, under the real ingest lease).
 */

type TestCtx = ReturnType<typeof testCtx>;
const contexts: TestCtx[] = [];
const connections: Redis[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.cleanup()));
  await Promise.all(connections.map((r) => r.quit()));
});
function freshCtx(name: string): TestCtx {
  const ctx = testCtx(`stories-aliases-${name}`);
  contexts.push(ctx);
  return ctx;
}
/** The same store through a connection of its own: another worker process, as far as Redis and the lease know. */
function otherWorker(ctx: TestCtx): TestCtx {
  const redis = new Redis(REDIS_URL);
  connections.push(redis);
  return { ...ctx, redis };
}

const classify = createClassifier(loadTaxonomy());
const story = STORIES.find((s) => s.key === 'ians-rafale-marine')!;
const n = STORIES.indexOf(story);
const version = (o: number, name: keyof typeof VERSIONS | keyof typeof HARD_VERSIONS) => {
  const { title, paragraphs } = (VERSIONS[name] ?? HARD_VERSIONS[name])!(story, n);
  return corpusItem(o, story.key, name, title, paragraphs);
};
/** The first paragraph alone, and the desk's rewrite (another first paragraph): two clusters, until a copy of both. */
const summary = version(1, 'summary');
const rewritten = version(2, 'rewritten');
/** Copies of both: the agency's own, and an outlet's retitled copy of it. */
const agency = corpusItem(0, story.key, 'agency', story.title, [`${story.dateline} ${story.paragraphs[0]}`, ...story.paragraphs.slice(1)]);
const retitled = version(3, 'retitled');

/** Serves each item's outlet feed (one item each) and adds it: outlet host → feed id. */
async function addFeeds(ctx: Ctx, server: FeedServer, items: CorpusItem[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [host, xml] of corpusFeeds(items)) {
    server.serve(`/${host}/rss`, xml, { contentType: 'application/rss+xml; charset=utf-8' });
    ids.set(host, (await addFeed(ctx, server.url(`/${host}/rss`))).feed.id);
  }
  return ids;
}

async function poll(ctx: Ctx, feedId: string): Promise<void> {
  const outcome = await pollFeed(ctx, classify, feedId);
  expect(outcome.status).toBe('ok');
}

const storyId = (feeds: Map<string, string>, item: CorpusItem) => storyIdFor(feeds.get(item.outlet)!, item.guid);

async function scan(ctx: Ctx, pattern: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    out.push(...keys);
  } while (cursor !== '0');
  return out;
}

/**
 * What must hold whatever ran: every stored story names a cluster that exists and lists it; every cluster lists
 * stories; every alias names a cluster that exists, is in that cluster's alias set and is no cluster itself; every
 * alias set belongs to a cluster that exists and is in the index. Returns what breaks it, [] when nothing does.
 */
async function brokenClusters(ctx: Ctx): Promise<string[]> {
  const broken: string[] = [];
  const storyPrefix = k.story(ctx, '');
  for (const key of await scan(ctx, `${storyPrefix}*`)) {
    const id = key.slice(storyPrefix.length);
    const cluster = (await ctx.redis.hget(key, 'cluster')) || id;
    if (!(await ctx.redis.exists(k.cluster(ctx, cluster)))) broken.push(`story ${id}: cluster ${cluster} has no hash`);
    if ((await ctx.redis.zscore(k.clusterStories(ctx, cluster), id)) === null) broken.push(`story ${id}: not in cluster ${cluster}'s stories`);
  }
  const clusterPrefix = k.cluster(ctx, '');
  const clusterKeys = await scan(ctx, `${clusterPrefix}*`);
  const clusters = new Set(clusterKeys.map((key) => key.slice(clusterPrefix.length).split(':')[0]!));
  for (const c of clusters) {
    if (!(await ctx.redis.exists(k.cluster(ctx, c)))) broken.push(`cluster ${c}: keys without its hash`);
    if ((await ctx.redis.zcard(k.clusterStories(ctx, c))) === 0) broken.push(`cluster ${c}: no stories`);
    for (const alias of await ctx.redis.smembers(k.clusterAliases(ctx, c))) {
      if ((await ctx.redis.hget(k.aliases(ctx), alias)) !== c) broken.push(`alias ${alias} of ${c}: not in the index`);
    }
  }
  for (const [alias, into] of Object.entries(await ctx.redis.hgetall(k.aliases(ctx)))) {
    if (!(await ctx.redis.exists(k.cluster(ctx, into)))) broken.push(`alias ${alias}: names ${into}, no cluster`);
    if (!(await ctx.redis.sismember(k.clusterAliases(ctx, into), alias))) broken.push(`alias ${alias}: not in ${into}'s alias set`);
    if (await ctx.redis.exists(k.cluster(ctx, alias))) broken.push(`alias ${alias}: is a cluster itself`);
  }
  return broken;
}

/** Every copy gone by retention: nothing of any cluster may be left. */
async function expireAll(ctx: TestCtx): Promise<void> {
  await expireStories(ctx, ctx.clock.t + 2 * retentionMs(ctx));
  expect(await scan(ctx, `${k.story(ctx, '')}*`)).toEqual([]);
  expect(await scan(ctx, `${k.cluster(ctx, '')}*`)).toEqual([]);
  expect(await ctx.redis.exists(k.aliases(ctx))).toBe(0);
}

describe('a story removed by hand and stored again under its old id', () => {
  it('takes its cluster id back from the cluster it had merged into', async () => {
    const ctx = freshCtx('restored');
    const server = await startFeedServer();
    try {
      const feeds = await addFeeds(ctx, server, [summary, rewritten, agency]);
      for (const item of [summary, rewritten, agency]) {
        await poll(ctx, feeds.get(item.outlet)!);
        ctx.clock.t += 60_000;
      }
      const ids = [summary, rewritten, agency].map((item) => storyId(feeds, item));
      const [survivor] = [...new Set(await Promise.all(ids.map(async (id) => (await getStory(ctx, id))!.cluster)))];
      const merged = Object.keys(await ctx.redis.hgetall(k.aliases(ctx)));
      expect(merged).toHaveLength(1);
      // The copy whose id the merged cluster had: removed by hand, then its entry changes into another story.
      const [gone] = merged as [string];
      const item = [summary, rewritten].find((x) => storyId(feeds, x) === gone)!;
      expect(await removeStory(ctx, gone)).toBe(true);
      const other = STORIES.find((s) => s.key !== story.key && s.paragraphs.length > 2)!;
      const changed = { ...corpusItem(STORIES.indexOf(other), other.key, 'agency', other.title, other.paragraphs), outlet: item.outlet, guid: item.guid, link: item.link };
      server.serve(`/${item.outlet}/rss`, corpusFeeds([changed]).get(item.outlet)!, { contentType: 'application/rss+xml; charset=utf-8' });
      await poll(ctx, feeds.get(item.outlet)!);

      const restored = (await getStory(ctx, gone))!;
      expect(restored.title).toBe(other.title);
      expect(restored.cluster).toBe(gone);
      // Its id names its own cluster now, not the one the old copy had merged into.
      expect(await currentClusters(ctx, [gone])).toEqual([gone]);
      expect(await ctx.redis.sismember(k.clusterAliases(ctx, survivor!), gone)).toBe(0);
      expect(await brokenClusters(ctx)).toEqual([]);
      await expireAll(ctx);
    } finally {
      await server.close();
    }
  });
});

describe('a merge under concurrency', () => {
  it('two workers polling copies that merge the same two clusters at once: one cluster, nothing left dangling', async () => {
    for (let round = 0; round < 4; round++) {
      const ctx = freshCtx(`parallel-${round}`);
      const other = otherWorker(ctx);
      const server = await startFeedServer();
      try {
        const feeds = await addFeeds(ctx, server, [summary, rewritten, agency, retitled]);
        await poll(ctx, feeds.get(summary.outlet)!);
        await poll(ctx, feeds.get(rewritten.outlet)!);
        const [s, r] = await Promise.all([summary, rewritten].map(async (x) => (await getStory(ctx, storyId(feeds, x)))!.cluster));
        expect(s).not.toBe(r);
        ctx.clock.t += 60_000;
        // Each worker brings one copy of both; in turn the order flips, as neither worker knows of the other.
        const pair = round % 2 ? [agency, retitled] : [retitled, agency];
        await Promise.all([poll(ctx, feeds.get(pair[0]!.outlet)!), poll(other, feeds.get(pair[1]!.outlet)!)]);

        const clusters = await Promise.all([summary, rewritten, agency, retitled].map(async (x) => (await getStory(ctx, storyId(feeds, x)))!.cluster));
        expect({ round, clusters: new Set(clusters).size }).toEqual({ round, clusters: 1 });
        expect(await currentClusters(ctx, [s!, r!])).toEqual([clusters[0], clusters[0]]);
        expect({ round, broken: await brokenClusters(ctx) }).toEqual({ round, broken: [] });
        await expireAll(ctx);
      } finally {
        await server.close();
      }
    }
  });

  it('retention expiring the last copy of a cluster while a copy merges it: nothing dangling, nothing left after', async () => {
    // Retention runs before the poll, with it, a little after it, or once it is done: both orders under the lease,
    // and either cluster the survivor (the summary's or the rewrite's first). The racing rounds may fall either way
    // on a loaded machine, so one round of each ordering is run in sequence.
    const merged: boolean[] = [];
    for (let round = 0; round < 8; round++) {
      const delay = ['before', 0, 15, null][round % 4];
      const ctx = freshCtx(`expiry-${round}`);
      const sweeper = otherWorker(ctx);
      const server = await startFeedServer();
      try {
        const feeds = await addFeeds(ctx, server, [summary, rewritten, agency]);
        // The summary, then a day later the desk's rewrite; the agency copy as the summary reaches its retention.
        // Which cluster survives the merge depends on the copies' scores: round 2-3 let the summary's go first.
        const [first, second] = round < 4 ? [summary, rewritten] : [rewritten, summary];
        await poll(ctx, feeds.get(first.outlet)!);
        ctx.clock.t += 24 * 3600_000;
        await poll(ctx, feeds.get(second.outlet)!);
        ctx.clock.t += retentionMs(ctx) - 24 * 3600_000 + 60_000;
        if (delay === 'before') await expireStories(sweeper, ctx.clock.t);
        const polling = poll(ctx, feeds.get(agency.outlet)!);
        if (delay === null || delay === 'before') await polling;
        else await new Promise((resolve) => setTimeout(resolve, delay as number));
        await Promise.all([polling, expireStories(sweeper, ctx.clock.t)]);
        merged.push((await ctx.redis.hlen(k.aliases(ctx))) > 0);
        // Whichever ran first, the first copy is gone and the others share a cluster.
        await expireStories(ctx, ctx.clock.t);
        expect(await getStory(ctx, storyId(feeds, first))).toBeNull();
        const clusters = await Promise.all([second, agency].map(async (x) => (await getStory(ctx, storyId(feeds, x)))!.cluster));
        expect({ round, clusters: new Set(clusters).size }).toEqual({ round, clusters: 1 });
        expect({ round, broken: await brokenClusters(ctx) }).toEqual({ round, broken: [] });
        ctx.clock.t += 24 * 3600_000;
        await expireAll(ctx);
      } finally {
        await server.close();
      }
    }
    // The merge ran before retention in some rounds (an alias left), and retention first in others.
    expect(merged).toContain(true);
    expect(merged).toContain(false);
  });
});
