import { afterAll, describe, expect, it } from 'vitest';
import { incomingItems, unreadNote } from '../../src/feeds/poll.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { ingestItems, type IncomingItem } from '../../src/stories/ingest.js';
import { getStories } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { testCtx } from '../helpers/redis.js';
import { feedOf, otherDefenceStory, outletA, outletB } from '../helpers/wire-copies.js';

const ctx = testCtx('stories-unread-entry');
const classify = createClassifier(loadTaxonomy());
const feed = { id: 'f-unread', url: 'https://wire.example/rss', source: 'Wire Example' };
afterAll(() => ctx.cleanup());

async function entriesOfFeed(): Promise<IncomingItem[]> {
  const [a, b, c] = [outletA(), otherDefenceStory(), outletB()];
  const xml = feedOf('Wire Example', [
    { guid: 'g-a', link: 'https://wire.example/a', title: a.title, html: a.html },
    { guid: 'g-b', link: 'https://wire.example/b', title: b.title, html: b.html },
    { guid: 'g-c', link: 'https://wire.example/c', title: `${c.title} (update)`, html: `<p>Fresh paragraph.</p>${c.html}` },
  ]);
  return incomingItems(await parseFeed(xml), feed.url, ctx.now());
}

/** The same entry, as a reader with a defect in it would see it: reading it throws. */
function unreadable(item: IncomingItem): IncomingItem {
  return { ...item, draft: () => { throw new TypeError('Invalid URL'); } };
}

describe('an entry that cannot be read', () => {
  it('is left out and named, and the feed’s other stories are stored', async () => {
    const items = await entriesOfFeed();
    const result = await ingestItems(ctx, classify, feed, [items[0]!, unreadable(items[1]!), items[2]!], ctx.now());
    expect(result.unread).toEqual([{ guid: items[1]!.guid, error: 'Invalid URL' }]);
    expect(result.ids).toHaveLength(2);
    const stored = await getStories(ctx, result.ids);
    expect(stored.map((s) => s.link).sort()).toEqual(['https://wire.example/a', 'https://wire.example/c']);
  });

  it('is read when the feed is read again and the entry no longer throws: nothing about it was recorded', async () => {
    const items = await entriesOfFeed();
    const result = await ingestItems(ctx, classify, feed, items, ctx.now());
    expect(result.unread).toEqual([]);
    expect(result.seen).toBe(2);
    expect(result.ids).toHaveLength(1);
    const [story] = await getStories(ctx, result.ids);
    expect(story!.link).toBe('https://wire.example/b');
  });
});

describe('the feed’s warning for entries left out', () => {
  it('says how many, that they are tried again, and the first one’s error', () => {
    expect(unreadNote([{ guid: 'g-b', error: 'Invalid URL' }])).toBe('1 entry could not be read and was left out (tried again when the feed changes): g-b: Invalid URL');
    expect(unreadNote([{ guid: 'g-b', error: 'Invalid URL' }, { guid: 'g-d', error: 'x' }])).toMatch(/^2 entries could not be read and were left out .*: g-b: Invalid URL$/);
  });
});
