import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/feeds/poll.js';
import { addFeed, type Feed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import { expireStories, retentionMs } from '../../src/stories/retention.js';
import { getCluster, getStories, storyKeys } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { testCtx } from '../helpers/redis.js';
import { feedOf, otherDefenceStory, outletA, outletB } from '../helpers/wire-copies.js';

const ctx = testCtx('stories-retention', { STORY_RETENTION_DAYS: '7' });
const classify = createClassifier(loadTaxonomy());
const DAY = 24 * 3600_000;
afterAll(() => ctx.cleanup());

async function ingest(f: Feed, xml: string) {
  return (await ingestDocument(ctx, classify, f, { body: Buffer.from(xml), contentType: null, url: f.url }, ctx.now())).result;
}

/** Every place under our prefix that still names `id` (key names, set/zset members, hash fields and values, strings), tombstones aside: they are item ids by design. */
async function mentionsOf(ids: string[]): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', `${ctx.config.prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      if (key === storyKeys.tombstones(ctx)) continue;
      const type = await ctx.redis.type(key);
      let blob = key;
      if (type === 'zset') blob += ` ${(await ctx.redis.zrange(key, '0', '-1')).join(' ')}`;
      else if (type === 'set') blob += ` ${(await ctx.redis.smembers(key)).join(' ')}`;
      else if (type === 'hash') blob += ` ${Object.entries(await ctx.redis.hgetall(key)).flat().join(' ')}`;
      else if (type === 'string') blob += ` ${await ctx.redis.get(key)}`;
      for (const id of ids) if (blob.includes(id)) found.push(`${key} (${type}) names ${id}`);
    }
  } while (cursor !== '0');
  return found;
}

describe('retention', () => {
  it('reads its period from STORY_RETENTION_DAYS', () => {
    expect(retentionMs(ctx)).toBe(7 * DAY);
  });

  it('expires old stories without leaving index entries behind, and keeps tombstones of what is still in a feed', async () => {
    const times = (await addFeed(ctx, 'https://times.example/rss')).feed;
    const herald = (await addFeed(ctx, 'https://herald.example/rss')).feed;
    const a = outletA();
    const b = outletB();
    const oldXml = feedOf('Example Times', [
      { guid: 'old-1', link: 'https://times.example/1', ...a },
      { guid: 'old-2', link: 'https://times.example/2', title: 'A short note on markets', html: '<p>Markets rose.</p>' },
    ]);
    const old = await ingest(times, oldXml);
    // A copy of old-1 from another feed (joins its cluster), and an exact duplicate by link.
    const heraldOld = await ingest(herald, feedOf('Daily Herald', [
      { guid: 'h-1', link: 'https://herald.example/1', ...b },
      { guid: 'h-2', link: 'https://times.example/2?utm_campaign=x', title: 'Markets note', html: '<p>Markets rose, again.</p>' },
    ]));
    expect(old.added).toBe(2);
    expect(heraldOld).toMatchObject({ added: 1, duplicates: 1 });
    const expiredIds = [...old.ids, ...heraldOld.ids];

    ctx.clock.t += 8 * DAY;
    const fresh = await ingest(herald, feedOf('Daily Herald', [{ guid: 'h-3', link: 'https://herald.example/3', ...otherDefenceStory() }]));
    expect(fresh.added).toBe(1);

    // Before: the stories are named all over the indexes (the check can see them).
    expect((await mentionsOf(expiredIds)).length).toBeGreaterThan(15);
    const result = await expireStories(ctx);
    expect(result.expired).toBe(3);
    expect(await getStories(ctx, expiredIds)).toEqual([]);
    expect(await mentionsOf(expiredIds)).toEqual([]);
    for (const id of expiredIds) expect(await getCluster(ctx, id)).toBeNull();
    // The young story is untouched and still fully listed.
    const listed = await queryStories(ctx, { limit: 10 });
    expect(listed.stories.map((s) => s.id)).toEqual(fresh.ids);
    expect(await ctx.redis.zcard(storyKeys.tombstones(ctx))).toBe(4);

    // Entries still in their feeds do not come back as news.
    const again = await ingest(times, oldXml);
    expect(again).toMatchObject({ added: 0, seen: 2 });
    expect(await getStories(ctx, old.ids)).toEqual([]);
  });

  it('lets a tombstone go once its entry has been out of the feed for a retention period', async () => {
    const before = await ctx.redis.zcard(storyKeys.tombstones(ctx));
    expect(before).toBe(4);
    ctx.clock.t += 8 * DAY;
    const result = await expireStories(ctx);
    // The young story of the test before is now old too.
    expect(result.expired).toBe(1);
    expect(result.tombstonesDropped).toBe(4);
    expect(await ctx.redis.zcard(storyKeys.tombstones(ctx))).toBe(1);
  });
});

describe('a cluster whose band-holding copy expires first', () => {
  it('still finds the copy that stays: the bands pass to it', async () => {
    const held = testCtx('stories-retention-held', { STORY_RETENTION_DAYS: '7' });
    const copy = async (host: string, guid: string, story: { title: string; html: string }, seenAt: number) => {
      const f = (await addFeed(held, `https://${host}/rss`)).feed;
      const xml = feedOf(host, [{ guid, link: `https://${host}/${guid}`, ...story }]);
      return (await ingestDocument(held, classify, f, { body: Buffer.from(xml), contentType: null, url: f.url }, seenAt)).result;
    };
    try {
      const a = outletA();
      // Two workers' polls: the one that read the clock later wrote first, so the copy written last (holding the
      // bands both have) is the older one and expires first.
      const start = held.now();
      const [heraldId] = (await copy('herald.example', 'h-1', outletB(), start + DAY)).ids;
      const [timesId] = (await copy('times.example', 't-1', a, start)).ids;
      expect((await getStories(held, [timesId!]))[0]!.cluster).toBe(heraldId);

      held.clock.t = start + 7 * DAY + 3600_000;
      expect((await expireStories(held)).expired).toBe(1);
      const post = await copy('post.example', 'p-1', { ...a, title: a.title.replace(' ', ' Post ') }, held.now());
      expect(post).toMatchObject({ added: 1, duplicates: 0 });
      expect((await getStories(held, post.ids))[0]!.cluster).toBe(heraldId);
    } finally {
      await held.cleanup();
    }
  });
});

describe('a feed of thousands of items', () => {
  it('stores 5,000 items in one poll and expires them together (100,000 and more bands: the lists are never spread into a call)', async () => {
    const many = testCtx('stories-retention-many', { STORY_RETENTION_DAYS: '7' });
    try {
      const { feed } = await addFeed(many, 'https://archive.gov.example/all-releases.xml', { intervalMinutes: 60 });
      const items = Array.from({ length: 5000 }, (_, i) => `<item><title>Release ${i} on topic ${i % 97}</title><link>https://archive.gov.example/r/${i}</link><guid>r${i}</guid><description>Release number ${i}: the ministry says ${i * 7} things about item ${i % 13}.</description></item>`);
      const xml = `<rss version="2.0"><channel><title>All releases</title><link>https://archive.gov.example/</link>${items.join('')}</channel></rss>`;
      const result = (await ingestDocument(many, classify, feed, { body: Buffer.from(xml), contentType: null, url: feed.url }, many.now())).result;
      expect(result.added).toBe(5000);
      many.clock.t += 8 * DAY;
      expect((await expireStories(many)).expired).toBe(5000);
    } finally {
      await many.cleanup();
    }
  }, 60_000);
});
