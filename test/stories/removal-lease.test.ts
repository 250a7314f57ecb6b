import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/feeds/poll.js';
import { addFeed } from '../../src/feeds/store.js';
import { withLease } from '../../src/leases.js';
import { removeStory } from '../../src/stories/removal.js';
import { getStory, storyKeys } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { testCtx } from '../helpers/redis.js';
import { feedOf, outletA } from '../helpers/wire-copies.js';

/**
 * Removal (and expiry, through the same code) waits for the ingest lease: an
 * ingest that read a band naming a story, then found the story gone before it
 * read its cluster, would start a cluster of its own (and write its copy's
 * source under a cluster that is no more).
 */

const ctx = testCtx('stories-removal-lease');
const classify = createClassifier(loadTaxonomy());
afterAll(() => ctx.cleanup());

describe('removal and the ingest lease', () => {
  it('waits while an ingest holds the lease, then removes', async () => {
    const feed = (await addFeed(ctx, 'https://times.example/rss')).feed;
    const xml = feedOf('Example Times', [{ guid: 't1', link: 'https://times.example/1', ...outletA() }]);
    const [id] = (await ingestDocument(ctx, classify, feed, { body: Buffer.from(xml), contentType: 'application/rss+xml', url: feed.url }, ctx.now())).result.ids as [string];

    let removing: Promise<boolean> | null = null;
    // Held as ingest holds it, from its band reads to its writes.
    await withLease(ctx, storyKeys.ingestLease(ctx), { limit: 1, leaseMs: 10_000, waitMs: 1_000, retryMs: 2 }, async () => {
      removing = removeStory(ctx, id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await getStory(ctx, id)).not.toBeNull();
    });
    expect(await removing).toBe(true);
    expect(await getStory(ctx, id)).toBeNull();
  });
});
