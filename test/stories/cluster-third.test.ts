import { afterAll, describe, expect, it } from 'vitest';
import { capitalWordsOf, subjectNamesOf } from '../../src/stories/minhash.js';
import { testCtx } from '../helpers/redis.js';
import { clusterCorpus, corpusItem, mergedStories, missedVersions, type Clustered } from '../helpers/wire-corpus.js';
import { wireCorpus3 } from '../helpers/wire-corpus-3.js';

/**
 * Clustering on a third corpus, written before reading its rules (test/helpers/wire-corpus-3.ts, polled from a local
 * HTTP server as the worker polls): template stories that differ in a name or two and no figures stay apart, next-day
 * follow-ups and another day's market line stay apart, outlets' versions join. scripts/cluster-eval.ts --third prints
 * the same run as figures.
 */

const ctx = testCtx('stories-third');
afterAll(() => ctx.cleanup());

describe('a third corpus the clustering was not tuned on', () => {
  let clustered: Clustered[] = [];

  it('keeps apart rain alerts for other districts and two states’ poll schedules (a name or two apart, no figures that differ), next-day follow-ups and other days’ market lines', async () => {
    clustered = await clusterCorpus(ctx, wireCorpus3());
    expect(mergedStories(clustered)).toEqual([]);
  });

  it('puts outlets’ versions in the agency copy’s cluster: own headlines, two paragraphs, an intro of their own, another dateline, ₹5,000 cr and Rs 50 billion, American spellings, and the market line’s flashes', () => {
    expect(missedVersions(clustered)).toEqual([]);
  });

  it('joins two outlets’ flashes of one day’s market line (and the day’s copy), not another day’s', () => {
    const flashes = clustered.filter((c) => c.version.startsWith('flash'));
    const cluster = (story: string) => new Set(flashes.filter((c) => c.story === story).map((c) => c.cluster));
    for (const day of ['market-tue', 'market-wed', 'market-thu']) expect(cluster(day).size).toBe(1);
    expect(new Set(flashes.map((c) => c.cluster)).size).toBe(3);
  });
});

describe('a story’s subject', () => {
  it('is the lede’s names its headline has too, spelled as every desk’s copy is compared', () => {
    expect(subjectNamesOf('IMD issues alert for heavy rain in Cuddalore', ['the', 'india', 'meteorological', 'department', 'thursday', 'cuddalore'])).toEqual(['cuddalore']);
    expect(subjectNamesOf('Defense Ministry clears drones', ['defence', 'ministry'])).toEqual(['defence', 'ministry']);
    expect(capitalWordsOf('Wipro results', 'Wipro on Tuesday said. Shares rose.')).toEqual(['wipro', 'tuesday', 'shares']);
  });

  it('keeps a corrected copy (a name in its text put right) and a copy whose lede opens with the subject with the agency copy', async () => {
    const ctx2 = testCtx('stories-third-subject');
    try {
      const lede = (broker: string) => `Mumbai, Nov 27 (PTI) Capital markets regulator Sebi on Thursday imposed a penalty of Rs 25 lakh on stock broker ${broker} Securities for misusing client funds and failing to settle accounts of inactive clients.`;
      const rest = ['The broker also failed to report the correct balances of client funds to the exchanges, the regulator said.', 'The penalty has to be paid within 45 days, Sebi said.'];
      const clustered = await clusterCorpus(ctx2, [
        corpusItem(0, 'sebi', 'agency', 'Sebi fines broker Rs 25 lakh for misusing client funds', [lede('Eastline'), ...rest]),
        corpusItem(1, 'sebi', 'corrected', 'CORRECTED-Sebi fines broker Rs 25 lakh for misusing client funds', [lede('Eastlink'), ...rest]),
        corpusItem(2, 'sebi', 'undated', 'Sebi fines Eastline Rs 25 lakh', [lede('Eastline').replace(/^.*\(PTI\) /, ''), ...rest]),
      ]);
      expect(new Set(clustered.map((c) => c.cluster)).size).toBe(1);
    } finally {
      await ctx2.cleanup();
    }
  });
});
