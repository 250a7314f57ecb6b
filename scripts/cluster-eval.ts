import { jaccard } from '../src/stories/minhash.js';
import { testCtx } from '../test/helpers/redis.js';
import { clusterCorpus, pairwise, shuffled, wireCorpus, type Clustered } from '../test/helpers/wire-corpus.js';
import { wireCorpus2 } from '../test/helpers/wire-corpus-2.js';
import { wireCorpus3 } from '../test/helpers/wire-corpus-3.js';
import { wireCorpus4 } from '../test/helpers/wire-corpus-4.js';
import { wireCorpus5 } from '../test/helpers/wire-corpus-5.js';
import { wireCorpus6 } from '../test/helpers/wire-corpus-6.js';

/**
 * How well near-duplicate clustering does on syndicated copy (test/helpers/wire-corpus.ts): every outlet's feed
 * served by a real local HTTP server, polled as the worker polls it, then each item's cluster read back. Prints
 * pairwise precision/recall of "same cluster", recall per outlet version, and negatives merged per family.
 *   npx tsx scripts/cluster-eval.ts [--hard | --unseen | --third | --fourth | --fifth | --sixth] [--seed n]
 * --hard adds the harder versions the tests do not hold the clustering to (HARD_VERSIONS).
 * --unseen polls the second corpus instead (test/helpers/wire-corpus-2.ts): copy written after the clustering was
 * tuned, template families that must stay apart and outlets' edits that must join.
 * --third polls the third corpus (test/helpers/wire-corpus-3.ts), written before reading the clustering's rules:
 * outlets' versions that must join, template families, next-day follow-ups and a daily market line that must not.
 * --fourth polls the fourth corpus (test/helpers/wire-corpus-4.ts), also written before reading the rules: international
 * and South Asian copy reordered, paraphrased, localised, translated or cut to its lede, which must join; two stories on
 * one topic the same day, a news-in-brief roundup, next-day follow-ups and one day's two market lines, which must not.
 * --fifth polls the fifth corpus (test/helpers/wire-corpus-5.ts), written before reading the rules: copy under an
 * outlet's context paragraph or "Key points", split across a live blog, quotes cut, corrected or updated, a photo caption,
 * in capitals, a headline alone, figures rewritten, which must join; two votes, quakes or ministry statements on one day,
 * a column quoting a story, an explainer and next-day follow-ups, which must not.
 * --sixth polls the sixth corpus (test/helpers/wire-corpus-6.ts), written before reading the rules closely: a picture
 * desk's captions, a story re-topped twice, outlets' stories written from a release, flashes under six words, two events
 * under one common headline word, which must join; events in one place on one day, a weekly roundup quoting several
 * stories, a correction notice and next-day follow-ups (one with its flash), which must not.
 * --seed n polls the items in an order drawn from n (see shuffled): the outlets in another order, the agency's
 * feed not first, and each feed's items in another order. Without it, the agency's feed comes first.
 * Uses its own key prefix on REDIS_URL and deletes it afterwards.
 */

function report(clustered: Clustered[]): void {
  const all = pairwise(clustered);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`items ${clustered.length}, stories ${new Set(clustered.map((c) => c.story)).size}, clusters ${new Set(clustered.map((c) => c.cluster)).size}`);
  console.log(`pairwise precision ${pct(all.precision)}%  recall ${pct(all.recall)}%  (${all.correct} of ${all.predictedPairs} clustered pairs right, ${all.truePairs} true pairs)`);
  // A version counts as found when it sits in the agency copy's cluster.
  const agency = new Map(clustered.filter((c) => c.version === 'agency').map((c) => [c.story, c.cluster]));
  const byVersion = new Map<string, { found: number; of: number; missed: string[] }>();
  for (const c of clustered) {
    if (c.version === 'agency') continue;
    const v = byVersion.get(c.version) ?? { found: 0, of: 0, missed: [] };
    v.of++;
    if (agency.get(c.story) === c.cluster) v.found++;
    else v.missed.push(c.story);
    byVersion.set(c.version, v);
  }
  for (const [version, v] of byVersion) console.log(`  ${version.padEnd(10)} ${v.found}/${v.of} with the agency copy${v.missed.length ? `  missed: ${v.missed.join(', ')}` : ''}`);
  // Wrongly merged: pairs of different stories in one cluster, by family (or "stories" for the positives).
  const merged = new Map<string, string[]>();
  for (let i = 0; i < clustered.length; i++) {
    for (let j = i + 1; j < clustered.length; j++) {
      const [a, b] = [clustered[i]!, clustered[j]!];
      if (a.story === b.story || a.cluster !== b.cluster) continue;
      const family = a.family && a.family === b.family ? a.family : 'across families';
      merged.set(family, [...(merged.get(family) ?? []), `${a.story}/${a.version} + ${b.story}/${b.version}`]);
    }
  }
  console.log(`  wrongly merged pairs: ${merged.size === 0 ? 'none' : ''}`);
  for (const [family, pairs] of merged) console.log(`    ${family}: ${pairs.length}  ${pairs.slice(0, 6).join('; ')}`);
  margins(clustered);
  console.log(`CLUSTER_EVAL ${JSON.stringify({ precision: Number(all.precision.toFixed(4)), recall: Number(all.recall.toFixed(4)), items: clustered.length })}`);
}

/** The least alike copies (with their agency copy) and the most alike different stories, by estimated Jaccard. */
function margins(clustered: Clustered[]): void {
  const pairs: { j: number; same: boolean; label: string }[] = [];
  for (let i = 0; i < clustered.length; i++) {
    for (let k = i + 1; k < clustered.length; k++) {
      const [a, b] = [clustered[i]!, clustered[k]!];
      if (!a.sig || !b.sig || (a.story === b.story && a.version !== 'agency' && b.version !== 'agency')) continue;
      pairs.push({ j: jaccard(a.sig, b.sig), same: a.story === b.story, label: `${a.story}/${a.version} ~ ${b.story}/${b.version} (${a.sig.size}/${b.sig.size} shingles)` });
    }
  }
  const show = (p: (typeof pairs)[number]) => `    ${p.j.toFixed(2)} ${p.label}`;
  console.log('  least alike copies:');
  pairs.filter((p) => p.same).sort((x, y) => x.j - y.j).slice(0, 6).forEach((p) => console.log(show(p)));
  console.log('  most alike different stories:');
  pairs.filter((p) => !p.same).sort((x, y) => y.j - x.j).slice(0, 6).forEach((p) => console.log(show(p)));
}

const ctx = testCtx('cluster-eval');
let clustered: Clustered[];
try {
  const corpus = process.argv.includes('--sixth') ? wireCorpus6() : process.argv.includes('--fifth') ? wireCorpus5() : process.argv.includes('--fourth') ? wireCorpus4() : process.argv.includes('--third') ? wireCorpus3() : process.argv.includes('--unseen') ? wireCorpus2() : wireCorpus({ hard: process.argv.includes('--hard') });
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt < 0 ? null : Number(process.argv[seedAt + 1]);
  if (seed !== null && !Number.isInteger(seed)) throw new Error('--seed takes a whole number');
  clustered = await clusterCorpus(ctx, seed === null ? corpus : shuffled(corpus, seed));
} finally {
  await ctx.cleanup();
}
report(clustered);
