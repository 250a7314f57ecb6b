import { afterAll, describe, expect, it } from 'vitest';
import { testCtx } from '../helpers/redis.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';
import { clusterCorpus, corpusFeeds, corpusItem, mergedStories, missedVersions, shuffled, type Clustered, type CorpusItem } from '../helpers/wire-corpus.js';
import { FOLLOW_UP_FLASHES, FOLLOW_UPS, JOIN_STORIES } from '../fixtures/wire-corpus-6/copy.js';
import { wireCorpus6 } from '../helpers/wire-corpus-6.js';

/**
 * Clustering on a sixth corpus, written before reading its rules closely (test/helpers/wire-corpus-6.ts), polled from a
 * local HTTP server as the worker polls, in the order seed 1 draws: events in one place on one day, a weekly roundup
 * quoting four of the stories, a correction notice and next-day follow-ups (one with its own flash) stay apart; outlets'
 * versions join the agency copy's cluster, flashes of under six words among them ("Quetta blast kills six" beside
 * "Blast at Sangareddy pharma unit": one headline word, two events). scripts/cluster-eval.ts --sixth --seed 1 prints the
 * same run as figures.
 */

const ctx = testCtx('stories-sixth');
afterAll(() => ctx.cleanup());

/**
 * What stays apart, and why: the picture desk's captions (a sentence of the story at most, no band shared with it), and
 * three outlets' stories written from a release in their own words.
 */
const APART = /\/(caption\d?|daily|regional|city)$/;

describe('a sixth corpus the clustering was not tuned on', () => {
  let clustered: Clustered[] = [];

  it('keeps apart events in one place on one day, a roundup, a correction notice, next-day follow-ups and their flashes', async () => {
    clustered = await clusterCorpus(ctx, shuffled(wireCorpus6(), 1));
    expect(mergedStories(clustered)).toEqual([]);
  });

  it('puts outlets’ versions in the agency copy’s cluster: both leads re-topped, a release’s copies, flashes of under six words', () => {
    // Three flashes stay apart: two whose words the story does not hold ("Blast in Quetta: 6 dead" over "Six killed";
    // "Floods hit Rio Grande do Sul", two words to go by), and one ("Floods in Kerala, 12 killed") whose headline-word keys
    // point, in this order, at copies whose headlines do not hold it (one story a key).
    expect(missedVersions(clustered).filter((v) => !APART.test(v)).sort()).toEqual(['afp-brazil-floods/flash2', 'app-quetta-blast/flash2', 'pti-kerala-floods/flash2']);
  });
});

describe('flashes of under six words and the story they head, through the admin API', () => {
  const sweep = apiSweep('stories-sixth-api');
  const story = (key: string) => JOIN_STORIES.find((s) => s.key === key)!;
  const version = (o: number, key: string, v: string): CorpusItem => {
    const s = story(key);
    const copy = v === 'agency' ? s.agency : s.copies[v]!;
    const item = corpusItem(o, key, v, copy.title, copy.paragraphs);
    return v.startsWith('flash') ? { ...item, html: '' } : item;
  };

  it('gives a flash polled before its story the story’s cluster, one headline word over two events two clusters, a follow-up’s flash the follow-up’s', async () => {
    const day2 = FOLLOW_UPS.find((s) => s.key === 'app-quetta-blast-day2')!;
    const day2Flash = FOLLOW_UP_FLASHES.find((f) => f.key === day2.key)!;
    // The flashes first ("Quetta blast kills six", "Blast at Sangareddy pharma unit": four and four words), then the stories.
    const items = [
      version(1, 'app-quetta-blast', 'flash'),
      version(2, 'pti-telangana-blast', 'flash'),
      version(0, 'app-quetta-blast', 'agency'),
      version(0, 'pti-telangana-blast', 'agency'),
      corpusItem(0, day2.key, 'agency', day2.agency.title, day2.agency.paragraphs),
      { ...corpusItem(3, day2.key, 'flash', day2Flash.title, []), html: '' },
    ];
    const feeds = [...corpusFeeds(items)];
    for (const [host, xml] of feeds) await pollThroughAdmin(sweep.app, sweep.feeds, `/${host}/rss`, xml, 'application/rss+xml; charset=utf-8');
    const stories: ApiStory[] = [];
    for (const [host] of feeds) stories.push(...((await (await sweep.app.get(`/api/stories?feed=${encodeURIComponent(sweep.feeds.url(`/${host}/rss`))}`)).json()) as { stories: ApiStory[] }).stories);
    const [quettaFlash, pharmaFlash, quetta, pharma, followUp, followUpFlash] = items.map((item) => stories.find((s) => s.link === item.link)?.cluster);
    expect(quetta).toBeDefined();
    expect(pharma).toBeDefined();
    expect({ quettaFlash, pharmaFlash }).toEqual({ quettaFlash: quetta, pharmaFlash: pharma });
    expect(pharma).not.toBe(quetta);
    expect(followUp).toBeDefined();
    expect(followUpFlash).toBe(followUp);
    expect([quetta, pharma]).not.toContain(followUp);
  });
});
