import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/feeds/poll.js';
import { addFeed } from '../../src/feeds/store.js';
import { bandKeys, signatureOf } from '../../src/stories/minhash.js';
import { queryStories } from '../../src/stories/query.js';
import { removeStory } from '../../src/stories/removal.js';
import { expireStories } from '../../src/stories/retention.js';
import { getCluster, getStory, sourceEntry, storyKeys } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { testCtx } from '../helpers/redis.js';
import { feedOf, otherDefenceStory, outletA, outletB } from '../helpers/wire-copies.js';

/**
 * What a cluster says (its stories, its sources, when it was first seen) and
 * what the indexes point at stay true when stories go: removed by hand,
 * expired, or deleted behind wirebrief's back (a raw DEL, eviction under
 * maxmemory, a partial restore).
 */

const classify = createClassifier(loadTaxonomy());
const DAY = 24 * 3600_000;
const [a, b, other] = [outletA(), outletB(), otherDefenceStory()];
/** The story as another outlet words its headline: a near-duplicate, not an exact copy. */
const retold = (story: { title: string; html: string }, word: string) => ({ ...story, title: story.title.replace(' ', ` ${word} `) });

function desk(name: string, env: Record<string, string> = {}) {
  const ctx = testCtx(name, env);
  const poll = async (host: string, title: string, entries: { guid: string; link?: string; title: string; html: string }[]) => {
    const f = (await addFeed(ctx, `https://${host}/rss`)).feed;
    const xml = feedOf(title, entries.map((e) => ({ link: `https://${host}/${e.guid}`, ...e })));
    return (await ingestDocument(ctx, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, ctx.now())).result;
  };
  return { ctx, poll };
}

describe('a story deleted outside wirebrief', () => {
  const { ctx, poll } = desk('stories-stale');
  afterAll(() => ctx.cleanup());

  it('does not swallow a later copy under its link: the copy is stored, takes the link over, and its own copies find it', async () => {
    const [timesId] = (await poll('times.example', 'Example Times', [{ guid: 't-1', link: 'https://times.example/india-italy', ...a }])).ids as [string];
    await ctx.redis.del(storyKeys.story(ctx, timesId));
    ctx.clock.t += 60_000;

    const mirror = await poll('mirror.example', 'Wire Mirror', [{ guid: 'm-1', link: 'https://times.example/india-italy?utm_source=rss', title: 'Mirror headline', html: '<p>Short mirror text.</p>' }]);
    expect(mirror).toMatchObject({ added: 1, duplicates: 0 });
    const copy = (await getStory(ctx, mirror.ids[0]!))!;
    expect(copy).toMatchObject({ title: 'Mirror headline', source: 'Wire Mirror', sources: ['Wire Mirror'] });
    // Nothing was written under the missing story's key.
    expect(await ctx.redis.exists(storyKeys.story(ctx, timesId))).toBe(0);

    ctx.clock.t += 60_000;
    const reprint = await poll('reprint.example', 'Reprint', [{ guid: 'r-1', link: 'https://times.example/india-italy#top', title: 'Reprint headline', html: '<p>Reprinted.</p>' }]);
    expect(reprint).toMatchObject({ added: 0, duplicates: 1 });
    expect((await getStory(ctx, copy.id))!.sources).toEqual(['Wire Mirror', 'Reprint']);
  });

  it('does not swallow a later copy with its words: the copy is stored and takes the text over', async () => {
    const [heraldId] = (await poll('herald.example', 'Daily Herald', [{ guid: 'h-1', ...other }])).ids as [string];
    await ctx.redis.del(storyKeys.story(ctx, heraldId));

    const agg = await poll('aggregator.example', 'Aggregator', [{ guid: 'agg-1', ...other }]);
    expect(agg).toMatchObject({ added: 1, duplicates: 0 });
    expect((await getStory(ctx, agg.ids[0]!))!.sources).toEqual(['Aggregator']);
    expect(await ctx.redis.exists(storyKeys.story(ctx, heraldId))).toBe(0);
    expect(await poll('echo.example', 'Echo', [{ guid: 'e-1', ...other }])).toMatchObject({ added: 0, duplicates: 1 });
    expect((await getStory(ctx, agg.ids[0]!))!.sources).toEqual(['Aggregator', 'Echo']);
  });

  it('stores one of two copies polled at once under the link of a missing story, and takes the other for its copy', async () => {
    const [postId] = (await poll('post.example', 'Post', [{ guid: 'p-1', link: 'https://post.example/cabinet', title: 'Cabinet meets', html: '<p>The cabinet met today.</p>' }])).ids as [string];
    await ctx.redis.del(storyKeys.story(ctx, postId));
    // Two connections, as two worker processes would have.
    const worker = { ...ctx, redis: ctx.redis.duplicate() };
    try {
      const copy = async (c: typeof ctx, host: string) => {
        const f = (await addFeed(c, `https://${host}/rss`)).feed;
        const xml = feedOf(host, [{ guid: 'c-1', link: 'https://post.example/cabinet', title: `Cabinet meets (${host})`, html: `<p>As ${host} has it.</p>` }]);
        return (await ingestDocument(c, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, c.now())).result;
      };
      const results = await Promise.all([copy(ctx, 'left.example'), copy(worker, 'right.example')]);
      expect(results.map((r) => r.added).sort()).toEqual([0, 1]);
      expect(results.map((r) => r.duplicates).sort()).toEqual([0, 1]);
      const stored = results.find((r) => r.added)!.ids[0]!;
      expect((await getStory(ctx, stored))!.sources.sort()).toEqual(['left.example', 'right.example']);
    } finally {
      await worker.redis.quit();
    }
  });

  it('lets a near-duplicate take over the bands that name it, so later copies cluster with that one', async () => {
    const { ctx: bandCtx, poll: pollBands } = desk('stories-stale-bands');
    try {
      const [heraldId] = (await pollBands('herald.example', 'Daily Herald', [{ guid: 'h-9', ...b }])).ids as [string];
      await bandCtx.redis.del(storyKeys.story(bandCtx, heraldId));
      const times = await pollBands('times.example', 'Example Times', [{ guid: 't-1', ...a }]);
      expect(times).toMatchObject({ added: 1, duplicates: 0 });
      const timesStory = (await getStory(bandCtx, times.ids[0]!))!;
      expect(timesStory.cluster).toBe(timesStory.id);
      const bands = bandKeys(signatureOf(a.title, timesStory.text)!);
      expect(await bandCtx.redis.hmget(storyKeys.bands(bandCtx), ...bands)).not.toContain(heraldId);

      const post = await pollBands('post.example', 'Post', [{ guid: 'p-4', ...retold(a, 'Post') }]);
      expect((await getStory(bandCtx, post.ids[0]!))!.cluster).toBe(timesStory.id);
      expect((await getCluster(bandCtx, timesStory.id))!).toMatchObject({ stories: [timesStory.id, post.ids[0]], sources: ['Example Times', 'Post'] });
    } finally {
      await bandCtx.cleanup();
    }
  });
});

describe('a cluster whose copies go', () => {
  const { ctx, poll } = desk('stories-sources-left', { STORY_RETENTION_DAYS: '7' });
  afterAll(() => ctx.cleanup());
  const ids: Record<string, string> = {};

  it('lists only the outlets of the copies that remain: one with another copy left stays', async () => {
    [ids.herald] = (await poll('herald.example', 'Daily Herald', [{ guid: 'h-1', ...b }])).ids as [string];
    ctx.clock.t += 60_000;
    [ids.times] = (await poll('times.example', 'Example Times', [{ guid: 't-1', link: 'https://times.example/india-italy', ...a }])).ids as [string];
    ctx.clock.t += 60_000;
    // An exact copy of the Times story (same link): carried, but no story of its own.
    expect(await poll('mirror.example', 'Wire Mirror', [{ guid: 'm-1', link: 'https://times.example/india-italy', title: 'Mirror', html: '<p>Mirrored.</p>' }])).toMatchObject({ duplicates: 1 });
    ctx.clock.t += 60_000;
    // The Herald's live page: a second copy from the same outlet.
    [ids.heraldLive] = (await poll('herald.example', 'Daily Herald', [{ guid: 'h-1', ...b }, { guid: 'h-live', ...retold(a, 'Live') }])).ids as [string];
    ctx.clock.t += DAY;
    [ids.post] = (await poll('post.example', 'Post', [{ guid: 'p-1', ...retold(a, 'Post') }])).ids as [string];
    const cluster = (await getCluster(ctx, ids.herald!))!;
    expect(cluster.stories).toEqual([ids.herald, ids.times, ids.heraldLive, ids.post]);
    expect(cluster.sources).toEqual(['Daily Herald', 'Example Times', 'Wire Mirror', 'Post']);

    expect(await removeStory(ctx, ids.herald!)).toBe(true);
    // The Herald still carries the story (its live page).
    expect((await getCluster(ctx, ids.herald!))!.sources).toEqual(['Daily Herald', 'Example Times', 'Wire Mirror', 'Post']);

    expect(await removeStory(ctx, ids.times!)).toBe(true);
    // The Times copy went, and with it the mirror that only repeated it.
    expect(await getCluster(ctx, ids.herald!)).toMatchObject({ sources: ['Daily Herald', 'Post'], stories: [ids.heraldLive, ids.post] });
    expect((await getStory(ctx, ids.post!))!.sources).toEqual(['Daily Herald', 'Post']);
  });

  it('is first seen when its first copy left was, not when a copy removed was', async () => {
    expect((await getCluster(ctx, ids.herald!))!.firstSeenAt).toBe((await getStory(ctx, ids.heraldLive!))!.seenAt);
  });

  it('drops the outlets of expired copies, and keeps those of copies still within retention', async () => {
    ctx.clock.t += 6.5 * DAY;
    expect((await expireStories(ctx)).expired).toBe(1);
    expect(await getStory(ctx, ids.heraldLive!)).toBeNull();
    expect(await getCluster(ctx, ids.herald!)).toMatchObject({ firstSeenAt: (await getStory(ctx, ids.post!))!.seenAt, sources: ['Post'], stories: [ids.post] });
  });
});

describe('an entry taken as a copy of another feed’s story, then changed into a story of its own', () => {
  const { ctx, poll } = desk('stories-released');
  afterAll(() => ctx.cleanup());

  it('takes its outlet out of the sources of the cluster it was a copy in', async () => {
    const [timesId] = (await poll('times.example', 'Example Times', [{ guid: 't-1', link: 'https://times.example/india-italy', ...a }])).ids as [string];
    ctx.clock.t += 60_000;
    const mirrored = (title: string, html: string, link: string) => poll('mirror.example', 'Wire Mirror', [{ guid: 'm-1', link, title, html }]);
    expect(await mirrored('Mirror', '<p>Mirrored.</p>', 'https://times.example/india-italy')).toMatchObject({ duplicates: 1 });
    expect((await getStory(ctx, timesId))!.sources).toEqual(['Example Times', 'Wire Mirror']);

    ctx.clock.t += 60_000;
    const own = await mirrored(other.title, other.html, 'https://mirror.example/own');
    expect(own).toMatchObject({ added: 1, duplicates: 0 });
    expect((await getStory(ctx, timesId))!.sources).toEqual(['Example Times']);
    expect((await getStory(ctx, own.ids[0]!))!.sources).toEqual(['Wire Mirror']);
    // Nor is the Times story listed under the mirror's feed any more.
    const mirror = (await addFeed(ctx, 'https://mirror.example/rss')).feed;
    expect((await queryStories(ctx, { feedId: mirror.id, limit: 5 })).stories.map((s) => s.id)).toEqual(own.ids);
  });
});

describe('a feed retitled', () => {
  const { ctx, poll } = desk('stories-retitled');
  afterAll(() => ctx.cleanup());
  // A city edition's title, which names the outlet as written: a desk's ("The Hindu - National") would be the outlet alone.
  const hindu = (title: string, entries: { guid: string; title: string; html: string }[]) => poll('thehindu.example', title, entries);

  it('is one outlet in every cluster, under its current name, after its title changes and changes back', async () => {
    const first = await hindu('The Hindu - Chennai', [{ guid: 'n-1', ...a }]);
    ctx.clock.t += 60_000;
    await poll('herald.example', 'Daily Herald', [{ guid: 'h-1', ...b }, { guid: 'h-2', ...other }]);
    ctx.clock.t += 3600_000;
    // Retitled; a second copy of the first story comes in its cluster, and a copy of the Herald's other story.
    const second = await hindu('The Hindu: Chennai', [{ guid: 'n-1', ...a }, { guid: 'n-2', ...retold(a, 'Live') }, { guid: 'n-3', ...retold(other, 'Hindu') }]);
    expect(second.added).toBe(2);
    ctx.clock.t += 3600_000;
    // And back: a story of its own under the old title.
    const third = await hindu('The Hindu - Chennai', [{ guid: 'n-4', title: 'Monsoon session to open on Monday', html: '<p>Parliament meets on Monday for a session of three weeks with eleven bills listed for passage and two for introduction.</p>' }]);
    expect(third.added).toBe(1);

    const stories = (await queryStories(ctx, { limit: 20 })).stories;
    expect(stories).toHaveLength(6);
    const outlets = new Set(stories.flatMap((s) => [s.source, ...s.sources]));
    expect([...outlets].sort()).toEqual(['Daily Herald', 'The Hindu - Chennai']);
    for (const s of stories) expect(s.sources.filter((name) => name.startsWith('The Hindu')).length).toBeLessThanOrEqual(1);
    expect((await getCluster(ctx, (await getStory(ctx, first.ids[0]!))!.cluster))!.sources).toEqual(['The Hindu - Chennai', 'Daily Herald']);
  });

  it('reads what clusters recorded before: a name alone, and a feed under an older name', async () => {
    const story = (await queryStories(ctx, { limit: 20 })).stories.find((s) => s.title === a.title)!;
    const sources = storyKeys.clusterSources(ctx, story.cluster);
    await ctx.redis.zadd(sources, ctx.now() + 1, 'Old Wire', ctx.now() + 2, sourceEntry(story.feedId, 'The Hindu (old name)'));
    expect((await getStory(ctx, story.id))!.sources).toEqual(['The Hindu - Chennai', 'Daily Herald', 'Old Wire']);
  });
});
