// `npm run eval`: scores the shipped model (src/topics/model.json with the
// taxonomy as it is now) on the dev split and on the seed headlines, beside
// the textbook baseline (TF-IDF word 1-2-grams + one-vs-rest logistic
// regression) trained on the same train split in this run.
//
//   npm run eval                         # wirebrief and the baseline
//   npm run eval -- --model /tmp/m.json  # another model file
//   npm run eval -- --json               # figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/paths.js';
import { createClassifier } from '../src/topics/classifier.js';
import { evaluate, formatEvaluation, type Evaluation } from '../src/topics/metrics.js';
import { defaultModelFile, loadModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { trainBaseline } from './baseline.js';
import { readSplit, type Labelled } from './labelled.js';

const { values } = parseArgs({ options: { model: { type: 'string' }, json: { type: 'boolean' }, 'no-baseline': { type: 'boolean' } } });
const taxonomy = loadTaxonomy();
const classify = createClassifier(taxonomy, loadModel(values.model ?? defaultModelFile));
const dev = readSplit('dev');
const seed = readSeed();
const topics = taxonomy.ids;

const results: Record<string, Record<string, Evaluation>> = { wirebrief: {}, baseline: {} };
const t0 = performance.now();
results.wirebrief!.dev = evaluate(topics, dev.map((s) => s.topics), dev.map((s) => classify(s).map((t) => t.id)));
results.wirebrief!.seed = evaluate(topics, seed.map((s) => s.topics), seed.map((s) => classify(s).map((t) => t.id)), 1);
const classifyMs = performance.now() - t0;
if (!values['no-baseline']) {
  const baseline = trainBaseline(readSplit('train'), topics);
  results.baseline!.dev = evaluate(topics, dev.map((s) => s.topics), baseline.classify(dev));
  results.baseline!.seed = evaluate(topics, seed.map((s) => s.topics), baseline.classify(seed), 1);
}

if (values.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [split, label] of [['dev', `dev split (${dev.length} stories)`], ['seed', `seed headlines (${seed.length}; a story passes when it gets at least its topics)`]] as const) {
    console.log(`\n== ${label}`);
    console.log(`-- wirebrief (model + lexicon; classified in ${classifyMs.toFixed(0)} ms)`);
    console.log(formatEvaluation(results.wirebrief![split]!));
    if (split === 'seed') console.log(seedLines(seed, (s) => classify(s).map((t) => t.id)));
    if (results.baseline![split]) {
      console.log('-- baseline: TF-IDF word 1-2-grams + one-vs-rest logistic regression');
      console.log(formatEvaluation(results.baseline![split]!));
    }
  }
  if (results.baseline!.dev) {
    console.log('\n== side by side, dev F1');
    const w = results.wirebrief!.dev!;
    const b = results.baseline!.dev!;
    console.log(`${'topic'.padEnd(22)} wirebrief  baseline`);
    for (const t of w.topics) console.log(`${t.topic.padEnd(22)} ${t.f1.toFixed(3).padStart(9)} ${b.topics.find((x) => x.topic === t.topic)!.f1.toFixed(3).padStart(9)}`);
    console.log(`${'macro-F1'.padEnd(22)} ${w.macroF1.toFixed(3).padStart(9)} ${b.macroF1.toFixed(3).padStart(9)}`);
  }
}

/** ../shared/seed/expected-topics.tsv in place; the copy in test/fixtures when shared/ is not beside the checkout. */
function readSeed(): Labelled[] {
  const shared = resolve(projectRoot, '..', 'shared', 'seed', 'expected-topics.tsv');
  const file = existsSync(shared) ? shared : join(projectRoot, 'test', 'fixtures', 'expected-topics.tsv');
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const [title, expected] = line.split('\t') as [string, string];
      return { id: `seed-${i + 1}`, title, text: '', topics: expected.split(',').map((t) => t.trim()), source: 'seed' };
    });
}

function seedLines(seed: Labelled[], topicsOf: (s: Labelled) => string[]): string {
  return seed
    .map((s) => {
      const got = topicsOf(s);
      const ok = s.topics.every((t) => got.includes(t));
      return `  ${ok ? 'ok  ' : 'MISS'} ${s.title.slice(0, 70).padEnd(70)} want ${s.topics.join(',')}; got ${got.join(',') || '-'}`;
    })
    .join('\n');
}
