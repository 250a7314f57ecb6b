// `npx tsx scripts/cv-noise.ts [topic …]` (default defence diplomacy): why a topic's
// train-split cross-validation F1 is what it is, from the nested out-of-fold
// decisions (as `npm run cv -- --nested`) on the train split plus the desk,
// figures over the train split's stories only. Never reads dev.
//
// Per topic: which sources carry it and what it comes with; the nested
// errors split by the source and gold topics of a false positive (a source
// that never labels the topic, see SOURCE_TOPICS in src/topics/train.ts, is
// label noise rather than a model error) and by what a missed story got
// instead; the F1 at the best single cut-off in hindsight against log-odds 0
// (what threshold calibration could still give at most); the F1 within the
// sources that label the topic. Then the number of topics a story
// carries against the number it gets.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { f1At } from '../src/topics/metrics.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { crossValidate, DEFAULT_PARAMS, labelsTopic, nestedDecisions, prepare } from '../src/topics/train.js';
import { deskFile, labelledDir, readLabelled } from './labelled.js';

const { positionals } = parseArgs({ allowPositionals: true });
const topics = positionals.length ? positionals : ['defence', 'diplomacy'];
const train = readLabelled(join(labelledDir, 'train.jsonl'));
const data = prepare([...train, ...readLabelled(deskFile)], loadTaxonomy(), DEFAULT_PARAMS);
const oof = crossValidate(data, DEFAULT_PARAMS);
const predicted = nestedDecisions(data, oof, DEFAULT_PARAMS);
const T = data.topics.length;
const N = train.length;
const rows = [...Array(N).keys()];

const tally = (into: Map<string, number>, key: string) => into.set(key, (into.get(key) ?? 0) + 1);
const top = (counts: Map<string, number>, n = 10) =>
  [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k, v]) => `${String(v).padStart(4)}  ${k}`)
    .join('\n');
const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const given = (i: number) => data.topics.filter((_, u) => predicted[i * T + u]).join(',') || '-';

for (const topic of topics) {
  const t = data.topics.indexOf(topic);
  if (t < 0) throw new Error(`no topic ${topic}`);
  const sources = new Map<string, number>();
  const withTopics = new Map<string, number>();
  const falsePositives = new Map<string, number>();
  const misses = new Map<string, number>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let noiseFp = 0;
  for (const i of rows) {
    const s = train[i]!;
    const y = data.labels[i * T + t]!;
    const p = predicted[i * T + t]!;
    if (y) {
      tally(sources, s.source);
      const others = s.topics.filter((u) => u !== topic);
      if (others.length === 0) tally(withTopics, '(alone)');
      for (const u of others) tally(withTopics, u);
    }
    if (y && p) tp++;
    else if (p) {
      fp++;
      if (!labelsTopic(s, topic)) noiseFp++;
      tally(falsePositives, `${s.source} [${[...s.topics].sort().join(',')}]`);
    } else if (y) {
      fn++;
      tally(misses, `[${[...s.topics].sort().join(',')}] got {${given(i)}}`);
    }
  }
  const scores = Float64Array.from(rows, (i) => oof[i * T + t]!);
  const gold = Uint8Array.from(rows, (i) => data.labels[i * T + t]!);
  let best = { cutoff: 0, f1: f1At(scores, gold, 0) };
  for (let c = -4; c <= 4.0001; c += 0.1) {
    const f = f1At(scores, gold, c);
    if (f > best.f1) best = { cutoff: c, f1: f };
  }
  let atp = 0;
  let afp = 0;
  let afn = 0;
  for (const i of rows) {
    if (!labelsTopic(train[i]!, topic)) continue;
    const y = data.labels[i * T + t]!;
    const p = predicted[i * T + t]!;
    if (y && p) atp++;
    else if (p) afp++;
    else if (y) afn++;
  }
  console.log(`\n== ${topic}: ${gold.reduce((a, b) => a + b, 0)} train stories`);
  console.log(`sources: ${JSON.stringify(Object.fromEntries(sources))}`);
  console.log(`comes with:\n${top(withTopics)}`);
  console.log(`nested CV: tp ${tp} fp ${fp} fn ${fn}  precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} F1 ${f1(tp, fp, fn).toFixed(3)}`);
  console.log(`false positives on stories whose source never labels ${topic}: ${noiseFp} of ${fp}; F1 without them ${f1(tp, fp - noiseFp, fn).toFixed(3)}`);
  console.log(`false positives by source [gold topics]:\n${top(falsePositives)}`);
  console.log(`misses [gold] got {given}:\n${top(misses)}`);
  console.log(`F1 on the stories whose source labels ${topic} (as \`npm run cv -- --nested --annotated\`): ${f1(atp, afp, afn).toFixed(3)}`);
  console.log(`out-of-fold F1 at log-odds 0 (no fallback, no pairs) ${f1At(scores, gold, 0).toFixed(3)}; best cut-off in hindsight ${best.cutoff.toFixed(1)}: ${best.f1.toFixed(3)}`);
}

const cardinality = new Map<string, number>();
let goldTotal = 0;
let givenTotal = 0;
let exact = 0;
for (const i of rows) {
  let g = 0;
  let p = 0;
  let same = true;
  for (let t = 0; t < T; t++) {
    g += data.labels[i * T + t]!;
    p += predicted[i * T + t]!;
    if (data.labels[i * T + t] !== predicted[i * T + t]) same = false;
  }
  goldTotal += g;
  givenTotal += p;
  if (same) exact++;
  tally(cardinality, `${g} carried, ${p} given`);
}
console.log(`\n== topics a story carries vs gets: mean ${(goldTotal / N).toFixed(3)} vs ${(givenTotal / N).toFixed(3)}; exact set ${((100 * exact) / N).toFixed(1)}%\n${top(cardinality)}`);
