import { afterAll, describe, expect, it } from 'vitest';
import { comparableWords, storyWords } from '../../src/stories/minhash.js';
import { testCtx } from '../helpers/redis.js';
import { clusterCorpus, corpusItem, mergedStories, missedVersions, type Clustered, type CorpusItem } from '../helpers/wire-corpus.js';
import { wireCorpus2 } from '../helpers/wire-corpus-2.js';

/**
 * Clustering on copy it was not tuned on (test/helpers/wire-corpus-2.ts, polled from a local HTTP server as the worker
 * polls): stories cut from one template stay apart, and copies whose figures a desk ran into their units join.
 * scripts/cluster-eval.ts --unseen prints the same run as figures, the copies still missed included.
 */

const ctx = testCtx('stories-unseen');
afterAll(() => ctx.cleanup());

/** Outlets' versions the clustering does not find yet (see the README's Known limits): none since the wire cleaner cuts a teaser's "Read the full story in our app." line. */
const KNOWN_MISSES: string[] = [];

describe('copy the clustering has never seen', () => {
  let clustered: Clustered[] = [];

  it('keeps stories cut from one template apart: greetings for two festivals, rain alerts for other districts', async () => {
    clustered = await clusterCorpus(ctx, wireCorpus2());
    expect(mergedStories(clustered)).toEqual([]);
  });

  it('puts the other versions of a story in the agency copy’s cluster: figures run into their units (Rs5cr, ₹450cr, 25km), an American desk’s spellings, two outlets’ headline-only flashes', () => {
    const missed = missedVersions(clustered);
    expect(missed).toEqual(KNOWN_MISSES);
  });
});

describe('headlines alone (a title, no text)', () => {
  const flash = (outlet: number, story: string, version: string, title: string): CorpusItem => ({ ...corpusItem(outlet, story, version, title, []), html: '' });

  it('join another feed’s same headline, figures written another way; not a short headline, nor the same feed’s headline again', async () => {
    const ctx2 = testCtx('stories-unseen-flash');
    try {
      const clustered = await clusterCorpus(ctx2, [
        flash(1, 'gdp', 'a', 'India’s GDP grows 8.2 per cent in July-September quarter'),
        flash(2, 'gdp', 'b', 'India’s GDP grows 8.2% in July-September quarter'),
        // A headline a feed runs every day, and one of five words two feeds share: other items each time.
        flash(3, 'gold-mon', 'a', 'Gold and silver prices today in your city'),
        flash(3, 'gold-tue', 'a', 'Gold and silver prices today in your city'),
        flash(4, 'markets-1', 'a', 'Sensex, Nifty open higher'),
        flash(5, 'markets-2', 'a', 'Sensex, Nifty open higher'),
      ]);
      const cluster = new Map(clustered.map((c) => [`${c.story}/${c.version}`, c.cluster]));
      expect(cluster.get('gdp/a')).toBe(cluster.get('gdp/b'));
      expect(cluster.get('gold-mon/a')).not.toBe(cluster.get('gold-tue/a'));
      expect(cluster.get('markets-1/a')).not.toBe(cluster.get('markets-2/a'));
    } finally {
      await ctx2.cleanup();
    }
  });
});

describe('words as every desk’s copy has them', () => {
  const comparable = (s: string) => comparableWords(storyWords('', s)).join(' ');

  it('reads as the same figures spaced out', () => {
    expect(comparable('Rs1,200cr for the line')).toBe(comparable('Rs 1,200 crore for the line'));
    expect(comparable('release Rs5cr to families')).toBe(comparable('release Rs 5 crore to families'));
    expect(comparable('a share of ₹450cr')).toBe(comparable('a share of Rs 450 crore'));
    expect(comparable('the 25km line')).toBe(comparable('the 25 km line'));
    expect(comparable('about 2.5L passengers')).toBe(comparable('about 2.5 lakh passengers'));
  });

  it('reads American spellings as British ones', () => {
    expect(comparable('new diagnostic centers to honor a pledge; the program would prioritize patients')).toBe(comparable('new diagnostic centres to honour a pledge; the programme would prioritise patients'));
    expect(comparable('labor standards, organized defense, traveled 200 meters')).toBe(comparable('labour standards, organised defence, travelled 200 metres'));
    expect(comparable('the defence programme')).toBe('the defence programme');
  });

  it('leaves other words with figures in them, and a lone initial L, as they are', () => {
    expect(comparable('on the 21st floor')).toBe('on the 21st floor');
    expect(comparable('L K Advani said')).toBe('l k advani said');
    expect(comparable('rsvp by 5pm')).toBe('rsvp by 5pm');
  });
});
