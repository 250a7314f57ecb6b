// `npx tsx scripts/desk-holdout.ts [--from 163]`: what the desk's newer examples
// buy on South Asian copy the model has not seen. The desk stories numbered
// from --from on are split in two halves; a model trained on the train split +
// the older desk stories, and one trained with one half added too, each score
// the other half (micro-F1 and exact topic sets), both ways round.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { createClassifier } from '../src/topics/classifier.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { DEFAULT_PARAMS, train, type LabelledStory } from '../src/topics/train.js';
import { deskFile, labelledDir, readLabelled } from './labelled.js';

const { values } = parseArgs({ options: { from: { type: 'string', default: '163' } } });
const from = Number(values.from);
const desk = readLabelled(deskFile);
const older = desk.filter((s) => Number(s.id.replace(/^desk-/, '')) < from);
const newer = desk.filter((s) => Number(s.id.replace(/^desk-/, '')) >= from);
const trainSplit = readLabelled(join(labelledDir, 'train.jsonl'));
const taxonomy = loadTaxonomy();

function score(stories: LabelledStory[], held: LabelledStory[]): { micro: number; exact: number } {
  const classify = createClassifier(taxonomy, train(stories, taxonomy, DEFAULT_PARAMS, {}).model);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  for (const s of held) {
    const got = new Set(classify({ title: s.title, text: s.text }).map((t) => t.id));
    const want = new Set(s.topics);
    for (const t of got) if (want.has(t)) tp++; else fp++;
    for (const t of want) if (!got.has(t)) fn++;
    if (got.size === want.size && [...got].every((t) => want.has(t))) exact++;
  }
  return { micro: (2 * tp) / (2 * tp + fp + fn), exact: exact / held.length };
}

const rows: { without: { micro: number; exact: number }; with: { micro: number; exact: number } }[] = [];
for (const half of [0, 1]) {
  const added = newer.filter((_, i) => i % 2 === half);
  const held = newer.filter((_, i) => i % 2 !== half);
  rows.push({ without: score([...trainSplit, ...older], held), with: score([...trainSplit, ...older, ...added], held) });
  const r = rows.at(-1)!;
  console.log(`half ${half + 1}: ${held.length} held-out desk stories; micro-F1 ${r.without.micro.toFixed(3)} → ${r.with.micro.toFixed(3)}, exact topics ${r.without.exact.toFixed(3)} → ${r.with.exact.toFixed(3)}`);
}
const mean = (f: (r: (typeof rows)[number]) => number) => (rows.reduce((s, r) => s + f(r), 0) / rows.length).toFixed(3);
console.log(`mean: micro-F1 ${mean((r) => r.without.micro)} without the newer desk stories, ${mean((r) => r.with.micro)} with half of them`);
