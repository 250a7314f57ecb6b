import { afterAll, describe, expect, it } from 'vitest';
import { testCtx } from '../helpers/redis.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';
import { clusterCorpus, corpusFeeds, corpusItem, mergedStories, missedVersions, shuffled, type Clustered, type CorpusItem } from '../helpers/wire-corpus.js';
import { FOLLOW_UPS, JOIN_STORIES } from '../fixtures/wire-corpus-5/copy.js';
import { wireCorpus5 } from '../helpers/wire-corpus-5.js';

/**
 * Clustering on a fifth corpus, written before reading its rules (test/helpers/wire-corpus-5.ts), polled from a local
 * HTTP server as the worker polls, in the order seed 2 draws: two votes in one parliament, two quakes in one region and
 * two statements by one ministry on one day, a column quoting a story, an explainer and next-day follow-ups stay apart;
 * outlets' versions join the agency copy's cluster, a desk's headline alone and the agency's updated lead among them.
 * scripts/cluster-eval.ts --fifth --seed 2 prints the same run as figures.
 */

const ctx = testCtx('stories-fifth');
afterAll(() => ctx.cleanup());

describe('a fifth corpus the clustering was not tuned on', () => {
  let clustered: Clustered[] = [];

  it('keeps apart two votes in one parliament, two quakes in one region, two statements by one ministry, a column, an explainer and next-day follow-ups', async () => {
    clustered = await clusterCorpus(ctx, shuffled(wireCorpus5(), 2));
    expect(mergedStories(clustered)).toEqual([]);
  });

  it('puts outlets’ versions in the agency copy’s cluster: a context paragraph on top, a live blog, key points, quotes cut, a correction, an updated lede, capitals, figures rewritten, a headline alone', () => {
    // A wire photo's caption carried as an item loses its text to the wire cleaner (a caption's credit line), and its
    // headline ("Chile wildfires", "Kupwara encounter") is too short, or too much its own, to say which story it heads.
    expect(missedVersions(clustered).filter((v) => !v.endsWith('/caption'))).toEqual([]);
  });
});

describe('a desk’s headline alone and the agency’s updated lead, through the admin API', () => {
  const sweep = apiSweep('stories-fifth-api');
  const ferry = JOIN_STORIES.find((s) => s.key === 'reuters-sulawesi-ferry')!;
  const version = (o: number, v: string): CorpusItem => {
    const copy = v === 'agency' ? ferry.agency : ferry.copies[v]!;
    const item = corpusItem(o, ferry.key, v, copy.title, copy.paragraphs);
    return v === 'headline' ? { ...item, html: '' } : item;
  };

  it('gives every copy of the ferry story one cluster in GET /api/stories, and the next day’s follow-up its own', async () => {
    const day2 = FOLLOW_UPS.find((s) => s.key === 'reuters-sulawesi-ferry-day2')!;
    // The headline alone first ("… with more than 80 aboard capsizes off Sulawesi; 11 dead": no other item's headline),
    // then the agency's `UPDATE 2-` lead (a toll of 17 for 11), then the first lead, then the next day's follow-up.
    const items = [version(1, 'headline'), version(2, 'updated'), version(0, 'agency'), corpusItem(3, day2.key, 'agency', day2.agency.title, day2.agency.paragraphs)];
    const feeds = [...corpusFeeds(items)];
    for (const [host, xml] of feeds) await pollThroughAdmin(sweep.app, sweep.feeds, `/${host}/rss`, xml, 'application/rss+xml; charset=utf-8');
    // Read once all are polled: a later copy moves an earlier one's cluster.
    const stories: ApiStory[] = [];
    for (const [host] of feeds) stories.push(...((await (await sweep.app.get(`/api/stories?feed=${encodeURIComponent(sweep.feeds.url(`/${host}/rss`))}`)).json()) as { stories: ApiStory[] }).stories);
    const clusterOf = (item: CorpusItem) => stories.find((s) => s.link === item.link)?.cluster;
    const [flash, updated, first, followUp] = items.map(clusterOf);
    expect(first).toBeDefined();
    expect({ flash, updated }).toEqual({ flash: first, updated: first });
    expect(followUp).toBeDefined();
    expect(followUp).not.toBe(first);
  });
});
