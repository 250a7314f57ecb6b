// `npx tsx scripts/cv-errors.ts defence [--params '{"c": 10}'] [--max 60]`: the train split's (plus desk) out-of-fold
// false positives and negatives for one topic at the model's CV cut-off,
// with the terms that pushed each way. Error analysis on train folds, never dev.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { assign, chooseDecisions, DEFAULT_PARAMS, fit, foldOf, prepare, type TrainParams } from '../src/topics/train.js';
import { deskFile, labelledDir, readLabelled } from './labelled.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { params: { type: 'string' }, max: { type: 'string' } } });
const topic = positionals[0] ?? 'defence';
const over = JSON.parse(values.params ?? '{}') as Partial<TrainParams>;
const params: TrainParams = { ...DEFAULT_PARAMS, ...over, spec: { ...DEFAULT_PARAMS.spec, ...(over.spec ?? {}) } };
const stories = [...readLabelled(join(labelledDir, 'train.jsonl')), ...readLabelled(deskFile)];
const data = prepare(stories, loadTaxonomy(), params);
const T = data.topics.length;
const t = data.topics.indexOf(topic);
const oof = new Float64Array(stories.length * T);
const why: string[] = new Array(stories.length);
for (let k = 0; k < params.folds; k++) {
  const train: number[] = [];
  const held: number[] = [];
  stories.forEach((s, i) => (foldOf(s.id, params.folds, params.foldSeed) === k ? held : train).push(i));
  const fitted = fit(data, train, params);
  const { weights, bias } = fitted.logistic;
  for (const i of held) {
    const parts: [string, number][] = [];
    for (let u = 0; u < T; u++) oof[i * T + u] = bias[u]!;
    for (const [term, v] of data.features[i]!) {
      const f = fitted.index.get(term);
      if (f === undefined) continue;
      for (let u = 0; u < T; u++) oof[i * T + u]! += v * weights[f * T + u]!;
      parts.push([term, v * weights[f * T + t]!]);
    }
    parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    why[i] = parts.slice(0, 8).map(([w, c]) => `${w}${c >= 0 ? '+' : ''}${c.toFixed(2)}`).join(' ');
  }
}
const { cutoffs, fallback, exclusive } = chooseDecisions(data, oof, params);
const predicted = assign(data, oof, cutoffs, fallback, exclusive);
const max = Number(values.max ?? 60);
for (const [label, want, got] of [['FALSE POSITIVES', 0, 1], ['FALSE NEGATIVES', 1, 0]] as const) {
  const list = stories.map((_, i) => i).filter((i) => data.labels[i * T + t] === want && predicted[i * T + t] === got);
  console.log(`\n== ${topic} ${label} (${list.length}); cut-off ${cutoffs[t]!.toFixed(1)}`);
  for (const i of list.slice(0, max)) {
    const s = stories[i]!;
    console.log(`${(oof[i * T + t]! - cutoffs[t]!).toFixed(2).padStart(6)} [${s.topics.join(',')}] ${s.source?.slice(0, 4)} ${s.title.slice(0, 90)}\n        ${why[i]}`);
  }
}
