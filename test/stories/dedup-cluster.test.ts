import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/feeds/poll.js';
import { addFeed, type Feed } from '../../src/feeds/store.js';
import { bandKeys, encodeSignature, isNearDuplicate, signatureOf } from '../../src/stories/minhash.js';
import { queryStories } from '../../src/stories/query.js';
import { removeStory } from '../../src/stories/removal.js';
import { getCluster, getStory, storyKeys } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { testCtx } from '../helpers/redis.js';
import { feedOf, otherDefenceStory, outletA, outletB, SEED_ARTICLE, SEED_TITLE } from '../helpers/wire-copies.js';

const ctx = testCtx('stories-dedup');
const classify = createClassifier(loadTaxonomy());
afterAll(() => ctx.cleanup());

async function feed(url: string): Promise<Feed> {
  return (await addFeed(ctx, url)).feed;
}
async function ingest(f: Feed, xml: string) {
  return (await ingestDocument(ctx, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, ctx.now())).result;
}

describe('one story per event', () => {
  const a = outletA();
  const b = outletB();
  const other = otherDefenceStory();

  it('clusters two outlets’ copies of one wire story, and keeps a different story on the same topic apart', async () => {
    const times = await feed('https://times.example/rss');
    const herald = await feed('https://herald.example/feed');
    const first = await ingest(times, feedOf('Example Times', [{ guid: 't-1', link: 'https://times.example/india-italy', ...a }]));
    ctx.clock.t += 3600_000;
    const second = await ingest(herald, feedOf('Daily Herald', [{ guid: 'h-9', link: 'https://herald.example/news/9', ...b }, { guid: 'h-10', link: 'https://herald.example/news/10', ...other }]));
    expect(first.added).toBe(1);
    expect(second.added).toBe(2);

    const [timesId] = first.ids;
    const [heraldCopyId, heraldOtherId] = second.ids;
    const timesStory = (await getStory(ctx, timesId!))!;
    const heraldCopy = (await getStory(ctx, heraldCopyId!))!;
    const heraldOther = (await getStory(ctx, heraldOtherId!))!;
    expect(timesStory.title).toBe(SEED_TITLE);
    expect(heraldCopy.title).not.toBe(SEED_TITLE);
    expect(heraldCopy.cluster).toBe(timesStory.cluster);
    expect(heraldOther.cluster).not.toBe(timesStory.cluster);
    expect(heraldOther.topics.map((t) => t.id)).toContain('defence');

    // Every copy shows every outlet; the cluster knows when it was first seen.
    expect(timesStory.sources).toEqual(['Example Times', 'Daily Herald']);
    expect(heraldCopy.sources).toEqual(['Example Times', 'Daily Herald']);
    expect(heraldOther.sources).toEqual(['Daily Herald']);
    expect(await getCluster(ctx, timesStory.cluster)).toEqual({
      id: timesStory.cluster,
      firstSeenAt: timesStory.seenAt,
      sources: ['Example Times', 'Daily Herald'],
      stories: [timesId, heraldCopyId],
    });
  });

  it('cleans both copies of their chrome before comparing them', async () => {
    const page = await queryStories(ctx, { limit: 10 });
    for (const s of page.stories) expect(s.text).not.toMatch(/PSG|Ranji|Share on|Follow us|syndicated feed|ALSO READ|Also read|--IANS|akl\/as/);
    const copy = page.stories.find((s) => s.title.endsWith('defence ties'))!;
    expect(copy).toMatchObject({ agency: 'IANS', place: 'Rome', dateline: 'Rome, Feb 27 (IANS)' });
  });

  it('takes the same link, once tracking parameters are gone, as the same story: a source more, not a story more', async () => {
    const wire = await feed('https://wire-mirror.example/rss');
    const result = await ingest(wire, feedOf('Wire Mirror', [{ guid: 'mirror-1', link: 'https://times.example/india-italy?utm_source=rss&utm_medium=feed#top', title: 'Mirror headline', html: '<p>Short mirror text.</p>' }]));
    expect(result).toMatchObject({ added: 0, duplicates: 1 });
    const cluster = (await getCluster(ctx, (await queryStories(ctx, { feedId: wire.id, limit: 5 })).stories[0]!.cluster))!;
    expect(cluster.sources).toEqual(['Example Times', 'Daily Herald', 'Wire Mirror']);
    // Listed under the mirror's feed too.
    expect((await queryStories(ctx, { feedId: wire.id, limit: 5 })).stories.map((s) => s.title)).toEqual([SEED_TITLE]);
  });

  it('takes the same words under another link and guid as the same story', async () => {
    const agg = await feed('https://aggregator.example/all.xml');
    const result = await ingest(agg, feedOf('Aggregator', [{ guid: 'agg-77', link: 'https://aggregator.example/item/77', ...other }]));
    expect(result).toMatchObject({ added: 0, duplicates: 1 });
  });

  it('keeps items apart that share only a few words under different links (ad slots, a daily briefing)', async () => {
    const site = await feed('https://daily.example/rss');
    const briefing = (day: number) => ({ guid: `brief-${day}`, link: `https://daily.example/briefing/${day}`, title: 'Morning briefing', html: '<p>Your daily news digest.</p>' });
    const ad = (n: number) => ({ guid: `ad-${n}`, link: `https://ads.example/click?s=${n}`, title: 'Featured Advertiser', html: `<a href="https://ads.example/click?s=${n}"><img src="https://ads.example/img?s=${n}"></a>` });
    const result = await ingest(site, feedOf('Daily', [briefing(1), briefing(2), ad(1), ad(2)]));
    expect(result).toMatchObject({ added: 4, duplicates: 0 });
    // The next day's briefing is news too, not a copy of a stored one.
    expect(await ingest(site, feedOf('Daily', [briefing(3)]))).toMatchObject({ added: 1, duplicates: 0 });
  });

  it('classifies a story with the feed\'s own categories as evidence, and without a keyword dump', async () => {
    const desk = await feed('https://desk.example/rss');
    const item = (guid: string, categories: string[]) =>
      `<item><title>The long road back</title><link>https://desk.example/${guid}</link><guid>${guid}</guid><pubDate>Fri, 27 Feb 2026 10:00:00 +0530</pubDate>${categories.map((c) => `<category>${c}</category>`).join('')}</item>`;
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>https://desk.example/</link>${item('tagged', ['Defence', 'Indian Army'])}${item('bare', [])}${item('dump', ['x'.repeat(41) + ' Indian Army defence'])}</channel></rss>`;
    const result = await ingest(desk, xml);
    const [tagged, bare, dump] = await Promise.all(result.ids.map((id) => getStory(ctx, id)));
    expect(tagged!.topics.map((t) => t.id)).toEqual(['defence']);
    expect(bare!.topics).toEqual([]);
    expect(dump!.topics).toEqual([]);
  });

  it('updates a republished item (same guid, changed text) instead of adding one', async () => {
    const times = (await addFeed(ctx, 'https://times.example/rss')).feed;
    const before = (await queryStories(ctx, { feedId: times.id, limit: 5 })).stories[0]!;
    const corrected = { ...a, html: a.html.replace('key strategic defence priorities', 'key strategic defence and space priorities') };
    ctx.clock.t += 3600_000;
    const result = await ingest(times, feedOf('Example Times', [{ guid: 't-1', link: 'https://times.example/india-italy', ...corrected }]));
    expect(result).toMatchObject({ added: 0, updated: 1 });
    const after = (await getStory(ctx, before.id))!;
    expect(after.text).toContain('defence and space priorities');
    expect(after.seenAt).toBe(before.seenAt);
    expect(after.cluster).toBe(before.cluster);
    // Unchanged on the next poll: nothing is normalised or classified again.
    expect(await ingest(times, feedOf('Example Times', [{ guid: 't-1', link: 'https://times.example/india-italy', ...corrected }]))).toMatchObject({ added: 0, updated: 0, seen: 1 });
  });

  it('never writes one feed’s changed copy over another feed’s story', async () => {
    const agg = (await addFeed(ctx, 'https://aggregator.example/all.xml')).feed;
    const mirror = (await addFeed(ctx, 'https://wire-mirror.example/rss')).feed;
    const herald = (await addFeed(ctx, 'https://herald.example/feed')).feed;
    const original = (await queryStories(ctx, { feedId: herald.id, limit: 5 })).stories.find((s) => s.title.startsWith('India and France'))!;
    // The mirror's copy (same link as the Times story) gets new words: still the same link, still one story, untouched.
    const times = (await addFeed(ctx, 'https://times.example/rss')).feed;
    const timesStory = (await queryStories(ctx, { feedId: times.id, limit: 1 })).stories[0]!;
    const mirrored = await ingest(mirror, feedOf('Wire Mirror', [{ guid: 'mirror-1', link: 'https://times.example/india-italy?utm_source=rss', title: 'Mirror headline', html: '<p>Quite another mirror text.</p>' }]));
    expect(mirrored).toMatchObject({ added: 0, updated: 0, duplicates: 1 });
    expect((await getStory(ctx, timesStory.id))!.text).toBe(timesStory.text);
    // The aggregator's copy (same words as the Herald story) turns into a story of its own.
    const changed = await ingest(agg, feedOf('Aggregator', [{ guid: 'agg-77', link: 'https://aggregator.example/item/77', title: 'A new item', html: '<p>Entirely different words about a local election and its turnout today.</p>' }]));
    expect(changed).toMatchObject({ added: 1, updated: 0, duplicates: 0 });
    const after = (await getStory(ctx, original.id))!;
    expect(after.text).toBe(original.text);
    expect(await ctx.redis.hget(storyKeys.story(ctx, original.id), `ref:${agg.id}:${changed.ids[0]}`)).toBeNull();
  });

  it('finds a cluster with a fixed number of lookups, not a scan', async () => {
    const sig = signatureOf(SEED_TITLE, outletA().html)!;
    expect(bandKeys(sig)).toHaveLength(20);
    const indexed = await ctx.redis.hlen(storyKeys.bands(ctx));
    expect(indexed).toBeGreaterThan(0);
  });

  it('tells copies from stories on the same subject across the labelled corpus', () => {
    const copyA = signatureOf(a.title, a.html.replace(/<[^>]+>/g, ' '))!;
    const copyB = signatureOf(b.title, b.html.replace(/<[^>]+>/g, ' '))!;
    const diff = signatureOf(other.title, other.html.replace(/<[^>]+>/g, ' '))!;
    expect(isNearDuplicate(copyA, copyB)).toBe(true);
    expect(isNearDuplicate(copyA, diff)).toBe(false);
    expect(signatureOf('Too short', 'to compare safely')).toBeNull();
  });

  it('keeps the signatures stored by earlier versions: the same text gives the same values and bands', () => {
    const sig = signatureOf(
      'India, Italy discuss defence industrial cooperation',
      'Rome, Feb 27: India and Italy on Friday discussed key strategic defence priorities and ways to deepen industrial cooperation, the ministry said. The two sides agreed to meet again in New Delhi later this year.',
    )!;
    expect(encodeSignature(sig)).toBe(
      '39:kU0CCpsvgwDNZysDzqtdAGuJKQb4/TAOT8elEejo7whRdHYNFz8/BtMjZwgh+1sAiWxEC5X+VQPbdKEGbw+UAMx1Qw4eXw0CKwTlAuYAmAI9ZTwKfigMAdVbUArH4dQH322mAjH7HQxVsLkAFKisAy8sRAALsBcHhHUgAKMRcBeytMEAjUNxAPOJWQLMKsAJ1qDkAd7pHxXBOVcAkwjqBzMpgwES7GgFuMOlCVJ0agVczF8I22ZWAGBeCAU0A5wIy9vwEFhdhQXUd7gIzuFmCZuK5QYtkxsDYtc8DfullwipFfsYaLSWAPkbywvXIo8Z',
    );
    expect(bandKeys(sig).slice(0, 3)).toEqual(['0:19kq9yn', '1:drhqwj', '2:j9n2zx']);
  });
});

describe('copies polled at the same moment', () => {
  // Its own prefix: the copies must not find a cluster the tests above stored.
  const raceCtx = testCtx('stories-race');
  afterAll(() => raceCtx.cleanup());

  it('still cluster together when two workers ingest them at once', async () => {
    const [a, b] = [outletA(), outletB()];
    const copy = async (host: string, guid: string, story: typeof a) => {
      const f = (await addFeed(raceCtx, `https://${host}/rss`)).feed;
      // Each outlet words its copy a little differently, so none is an exact duplicate of another.
      const title = story.title.replace(' ', ` ${host.split('.')[0]} `);
      const xml = feedOf(host, [{ guid, link: `https://${host}/${guid}`, ...story, title }]);
      return { f, xml };
    };
    const copies = await Promise.all([1, 2, 3, 4, 5].flatMap((n) => [copy(`left${n}.example`, `l-${n}`, a), copy(`right${n}.example`, `r-${n}`, b)]));
    // Two connections, as two worker processes would have.
    const other = { ...raceCtx, redis: raceCtx.redis.duplicate() };
    try {
      const results = await Promise.all(
        copies.map(({ f, xml }, i) => ingestDocument(i % 2 ? other : raceCtx, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, raceCtx.now())),
      );
      const stories = await Promise.all(results.map(({ result }) => getStory(raceCtx, result.ids[0]!)));
      const clusters = new Set(stories.map((s) => s!.cluster));
      expect(clusters.size).toBe(1);
      expect((await getCluster(raceCtx, [...clusters][0]!))!.stories).toHaveLength(10);
    } finally {
      await other.redis.quit();
    }
  });
});

describe('a story removed by hand whose entry then changes', () => {
  const goneCtx = testCtx('stories-gone');
  afterAll(() => goneCtx.cleanup());

  it('is stored again, in the cluster of the copies still stored (its bands looked up in a round trip of their own)', async () => {
    const [a, b] = [outletA(), outletB()];
    const copy = async (host: string, guid: string, story: { title: string; html: string }) => {
      const f = (await addFeed(goneCtx, `https://${host}/rss`)).feed;
      const xml = feedOf(host, [{ guid, link: `https://${host}/${guid}`, ...story }]);
      return (await ingestDocument(goneCtx, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, goneCtx.now())).result;
    };
    // Removed with a DEL of its hash, not removeStory, so the bands still name it: three copies, so the one removed is
    // neither the cluster's first (whose id the cluster bears) nor the last (whose id the bands hold). See the next describe.
    const [heraldId] = (await copy('herald.example', 'h-9', b)).ids;
    const [timesId] = (await copy('times.example', 't-1', a)).ids;
    const [postId] = (await copy('post.example', 'p-4', { ...a, title: a.title.replace(' ', ' Post ') })).ids;
    for (const id of [timesId, postId]) expect((await getStory(goneCtx, id!))!.cluster).toBe(heraldId);

    await goneCtx.redis.del(storyKeys.story(goneCtx, timesId!));
    goneCtx.clock.t += 3600_000;
    const again = await copy('times.example', 't-1', { ...a, html: a.html.replace('</p>', ' (updated)</p>') });
    expect(again).toMatchObject({ added: 1, updated: 0, ids: [timesId] });
    expect((await getStory(goneCtx, timesId!))!.cluster).toBe(heraldId);
  });
});

describe('the last-written copy of a cluster, removed by hand', () => {
  // Its own prefix: its bands must be the only ones there.
  const lastCtx = testCtx('stories-gone-last');
  afterAll(() => lastCtx.cleanup());
  const copy = async (host: string, guid: string, story: { title: string; html: string }, link = `https://${host}/${guid}`) => {
    const f = (await addFeed(lastCtx, `https://${host}/rss`)).feed;
    const xml = feedOf(host, [{ guid, link, ...story }]);
    return (await ingestDocument(lastCtx, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, lastCtx.now())).result;
  };
  const [a, b] = [outletA(), outletB()];
  let heraldId = '';
  let timesId = '';

  it('leaves its cluster findable by a copy that arrives while it is gone', async () => {
    [heraldId] = (await copy('herald.example', 'h-9', b)).ids as [string];
    lastCtx.clock.t += 60_000;
    // Written last, so the bands the two copies share name it.
    [timesId] = (await copy('times.example', 't-1', a)).ids as [string];
    expect((await getStory(lastCtx, timesId))!.cluster).toBe(heraldId);

    expect(await removeStory(lastCtx, timesId)).toBe(true);
    expect(await getStory(lastCtx, timesId)).toBeNull();
    expect((await getCluster(lastCtx, heraldId))!.stories).toEqual([heraldId]);
    // Unchanged, its entry stays removed.
    expect(await copy('times.example', 't-1', a)).toMatchObject({ added: 0, seen: 1 });

    lastCtx.clock.t += 60_000;
    const post = await copy('post.example', 'p-4', { ...a, title: a.title.replace(' ', ' Post ') });
    expect(post).toMatchObject({ added: 1, duplicates: 0 });
    expect((await getStory(lastCtx, post.ids[0]!))!.cluster).toBe(heraldId);
  });

  it('is stored again in its copies’ cluster when its entry changes, every outlet listed', async () => {
    lastCtx.clock.t += 3600_000;
    const again = await copy('times.example', 't-1', { ...a, html: a.html.replace('</p>', ' (updated)</p>') });
    expect(again).toMatchObject({ added: 1, updated: 0, ids: [timesId] });
    const story = (await getStory(lastCtx, timesId))!;
    expect(story.cluster).toBe(heraldId);
    // The Times left the sources with its copy, and is back with it: seen again after the Post.
    expect(story.sources).toEqual(['herald.example', 'post.example', 'times.example']);
    expect((await getCluster(lastCtx, heraldId))!.stories).toHaveLength(3);
  });

  it('blocks nothing with its link or text: reissued under a new guid, it is a story again, not a copy of the one removed', async () => {
    const post = (await addFeed(lastCtx, 'https://post.example/rss')).feed;
    const postId = (await queryStories(lastCtx, { feedId: post.id, limit: 1 })).stories[0]!.id;
    expect(await removeStory(lastCtx, postId)).toBe(true);
    const reissued = await copy('post.example', 'p-4-v2', { ...a, title: a.title.replace(' ', ' Post ') }, 'https://post.example/p-4');
    expect(reissued).toMatchObject({ added: 1, duplicates: 0 });
    const story = (await getStory(lastCtx, reissued.ids[0]!))!;
    expect(story.cluster).toBe(heraldId);
    // The Post is back at the time the Times came back: outlets first seen at one time come by name.
    expect(story.sources).toEqual(['herald.example', 'post.example', 'times.example']);
  });

  it('is gone from every list and cluster, and a cluster goes with its last story', async () => {
    const cluster = (await getCluster(lastCtx, heraldId))!;
    for (const id of cluster.stories) await removeStory(lastCtx, id);
    expect(await getCluster(lastCtx, heraldId)).toBeNull();
    expect((await queryStories(lastCtx, { limit: 10 })).stories).toEqual([]);
    expect(await lastCtx.redis.hlen(storyKeys.bands(lastCtx))).toBe(0);
    expect(await lastCtx.redis.hlen(storyKeys.links(lastCtx))).toBe(0);
    expect(await lastCtx.redis.hlen(storyKeys.contents(lastCtx))).toBe(0);
    expect(await removeStory(lastCtx, heraldId)).toBe(false);
  });
});

describe('a feed that carries only the first paragraph', () => {
  const ledeCtx = testCtx('stories-lede');
  afterAll(() => ledeCtx.cleanup());
  const ingestInto = async (url: string, xml: string) => {
    const f = (await addFeed(ledeCtx, url)).feed;
    return (await ingestDocument(ledeCtx, classify, f, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: f.url }, ledeCtx.now())).result;
  };
  const cabinet = (ministry: string, what: string) =>
    `<p>New Delhi, March 4 (PTI) The Union Cabinet chaired by Prime Minister Narendra Modi on Wednesday approved the proposal of the Ministry of ${ministry} ${what}</p>`;

  it('puts its summary of a wire story in the full story’s cluster, under its own headline', async () => {
    const full = await ingestInto('https://full.example/rss', feedOf('Full Text Daily', [{ guid: 'f-1', link: 'https://full.example/1', ...outletA() }]));
    ledeCtx.clock.t += 3600_000;
    // The first paragraph alone: a tenth of the full story's shingles, so only its lede can find it.
    const summary = `<p>${SEED_ARTICLE[0]}</p>`;
    const brief = await ingestInto('https://briefs.example/rss', feedOf('Briefs', [{ guid: 'b-1', link: 'https://briefs.example/1', title: 'India, Italy to deepen defence industry ties', html: summary }]));
    const [a, b] = await Promise.all([getStory(ledeCtx, full.ids[0]!), getStory(ledeCtx, brief.ids[0]!)]);
    expect(b!.text.split(/\s+/).length).toBeLessThan(40);
    expect(b!.cluster).toBe(a!.cluster);
    expect(a!.sources).toEqual(['Full Text Daily', 'Briefs']);
  });

  it('keeps apart two decisions announced in the same opening words', async () => {
    const railways = await ingestInto(
      'https://pib-a.example/rss',
      feedOf('Cabinet desk A', [{ guid: 'c-1', link: 'https://pib-a.example/1', title: 'Cabinet approves two new railway lines in Odisha', html: cabinet('Railways', 'for two new lines in Odisha and Jharkhand at a cost of Rs 6,405 crore, to be completed in five years.') }]),
    );
    const farming = await ingestInto(
      'https://pib-b.example/rss',
      feedOf('Cabinet desk B', [{ guid: 'c-2', link: 'https://pib-b.example/2', title: 'Cabinet clears mission for pulses self-reliance', html: cabinet('Agriculture', 'for a six-year mission on self-reliance in pulses with an outlay of Rs 11,440 crore for farmers.') }]),
    );
    const [a, b] = await Promise.all([getStory(ledeCtx, railways.ids[0]!), getStory(ledeCtx, farming.ids[0]!)]);
    expect(b!.cluster).not.toBe(a!.cluster);
  });
});
