// `npx tsx scripts/sa-holdout.ts`: scores the shipped classifier (model.json
// with the taxonomy as it is now) on the desk's held-out South Asian and
// international wire stories in scripts/fixtures/ (our own words, never
// trained on: keep them out of desk.jsonl). Prints micro-F1, the share of
// stories whose topic set is exactly right, per-topic precision and recall,
// and every miss with the terms behind each topic it got and the score of
// each topic it missed.
//
//   npx tsx scripts/sa-holdout.ts                                   # sa-holdout.jsonl
//   npx tsx scripts/sa-holdout.ts --file scripts/fixtures/sa-holdout-2.jsonl
//   npx tsx scripts/sa-holdout.ts --model /tmp/m.json --taxonomy /tmp/t.yaml --quiet
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/paths.js';
import { createClassifier } from '../src/topics/classifier.js';
import { defaultModelFile, loadModel } from '../src/topics/model.js';
import { defaultTaxonomyFile, loadTaxonomy, type Taxonomy } from '../src/topics/taxonomy.js';
import { readLabelled } from './labelled.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: join(projectRoot, 'scripts', 'fixtures', 'sa-holdout.jsonl') },
    model: { type: 'string', default: defaultModelFile },
    taxonomy: { type: 'string', default: defaultTaxonomyFile },
    quiet: { type: 'boolean', default: false },
  },
});

const taxonomy = loadTaxonomy(values.taxonomy);
const model = loadModel(values.model);
const classify = createClassifier(taxonomy, model);
// The same classifier with every cut-off at the floor and no exclusive pairs:
// the score and reasons of a topic a story missed.
const everyTopic: Taxonomy = {
  ...taxonomy,
  topics: taxonomy.topics.map((t) => ({ ...t, min_score: 1e-9 })),
};
everyTopic.byId = new Map(everyTopic.topics.map((t) => [t.id, t]));
const scoreAll = createClassifier(everyTopic, { ...model, exclusive: [] });

const stories = readLabelled(values.file);
const counts = new Map(taxonomy.ids.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
let exact = 0;
const misses: string[] = [];
for (const s of stories) {
  const got = classify({ title: s.title, text: s.text });
  const gotIds = new Set(got.map((t) => t.id));
  const want = new Set(s.topics);
  for (const t of gotIds) counts.get(t)![want.has(t) ? 'tp' : 'fp']++;
  for (const t of want) if (!gotIds.has(t)) counts.get(t)!.fn++;
  if (gotIds.size === want.size && [...gotIds].every((t) => want.has(t))) {
    exact++;
    continue;
  }
  const all = new Map(scoreAll({ title: s.title, text: s.text }).map((t) => [t.id, t]));
  const lines = [`${s.id} ${s.title}`, `  want ${[...want].join(',')}; got ${got.map((t) => t.id).join(',') || '-'}`];
  for (const t of got) if (!want.has(t.id)) lines.push(`  + ${t.id} ${t.score}: ${t.reasons.join(', ')}`);
  for (const t of want) {
    if (gotIds.has(t)) continue;
    const scored = all.get(t);
    const score = scored?.score ?? 0;
    // A topic past its cut-off that the story still lacks lost to the stronger topic of an exclusive pair.
    const rival = score >= (taxonomy.byId.get(t)?.min_score ?? 0.5) ? model.exclusive.find((pair) => pair.includes(t) && pair.some((x) => gotIds.has(x))) : undefined;
    lines.push(`  - ${t} ${score}${rival ? ` (dropped: exclusive with ${rival.find((x) => x !== t)})` : ''}: ${scored?.reasons.join(', ') ?? ''}`);
  }
  misses.push(lines.join('\n'));
}

let tp = 0;
let fp = 0;
let fn = 0;
for (const c of counts.values()) {
  tp += c.tp;
  fp += c.fp;
  fn += c.fn;
}
const micro = (2 * tp) / (2 * tp + fp + fn);
console.log(`${values.file}: ${stories.length} stories`);
console.log(`micro-F1 ${micro.toFixed(3)}, exact topic sets ${exact}/${stories.length} (${(exact / stories.length).toFixed(3)})`);
console.log(`${'topic'.padEnd(22)} support  P      R      F1`);
const f1s: number[] = [];
for (const [topic, c] of counts) {
  const support = c.tp + c.fn;
  if (support === 0 && c.fp === 0) continue;
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = support ? c.tp / support : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  if (support > 0) f1s.push(f);
  console.log(`${topic.padEnd(22)} ${String(support).padStart(7)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}${c.fp ? `  (${c.fp} wrongly given)` : ''}`);
}
console.log(`macro-F1 (topics with support) ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3)}`);
if (!values.quiet && misses.length) console.log(`\nmisses (${misses.length}):\n${misses.join('\n')}`);
