import { afterAll, describe, expect, it } from 'vitest';
import { testCtx } from '../helpers/redis.js';
import { clusterCorpus, pairwise, wireCorpus, type Clustered } from '../helpers/wire-corpus.js';

/**
 * Clustering at scale (the corpus of test/helpers/wire-corpus.ts, polled from a local HTTP server): every outlet's
 * version of a wire story joins the agency copy's cluster, and no two different stories share one, however much
 * boilerplate they share. scripts/cluster-eval.ts prints the same run as figures.
 */

const ctx = testCtx('stories-corpus');
afterAll(() => ctx.cleanup());

describe('syndicated copy across outlets', () => {
  let clustered: Clustered[] = [];

  it('puts every outlet version of a wire story in the agency copy’s cluster', async () => {
    clustered = await clusterCorpus(ctx, wireCorpus());
    const agency = new Map(clustered.filter((c) => c.version === 'agency').map((c) => [c.story, c.cluster]));
    const missed = clustered.filter((c) => agency.get(c.story) !== c.cluster).map((c) => `${c.story}/${c.version}`);
    expect(missed).toEqual([]);
  });

  it('keeps different stories apart, those that share an agency’s template or background included', () => {
    const merged: string[] = [];
    for (const a of clustered) for (const b of clustered) if (a.story < b.story && a.cluster === b.cluster) merged.push(`${a.story}/${a.version} + ${b.story}/${b.version}`);
    expect(merged).toEqual([]);
    expect(pairwise(clustered)).toMatchObject({ precision: 1, recall: 1 });
  });
});
