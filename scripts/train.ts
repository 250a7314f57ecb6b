// `npm run train`: fits the topic model on ../shared/labelled/train.jsonl
// (read in place) plus the desk's own examples in src/topics/desk.jsonl,
// chooses each topic's cut-off by cross-validation on those stories, and
// writes src/topics/model.json. The same data give the same file, byte for byte.
//
//   npm run train                       # writes src/topics/model.json
//   npm run train -- --without-desk     # train split only
//   npm run train -- --out /tmp/m.json  # somewhere else
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultModelFile, serialiseModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { DEFAULT_PARAMS, train } from '../src/topics/train.js';
import { projectRoot } from '../src/paths.js';
import { deskFile, labelledDir, readLabelled } from './labelled.js';
import { join } from 'node:path';

const { values } = parseArgs({ options: { 'without-desk': { type: 'boolean' }, out: { type: 'string' } } });
const trainFile = join(labelledDir, 'train.jsonl');
const files = values['without-desk'] ? [trainFile] : [trainFile, deskFile];
const stories = files.flatMap(readLabelled);
const taxonomy = loadTaxonomy();
const about = {
  data: files.map((f) => ({ file: f.startsWith(projectRoot) ? relative(projectRoot, f) : `../shared/labelled/${relative(labelledDir, f)}`, stories: readLabelled(f).length, sha256: createHash('sha256').update(readFileSync(f)).digest('hex') })),
};
const started = Date.now();
const result = train(stories, taxonomy, DEFAULT_PARAMS, about);
const out = values.out ?? defaultModelFile;
const text = serialiseModel(result.model);
writeFileSync(out, text);
console.log(`trained on ${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out} (${(text.length / 1024).toFixed(0)} KiB, ${Object.keys(result.model.terms).length} terms)`);
console.log(`cross-validation (${DEFAULT_PARAMS.folds} folds) on the training stories:`);
for (const t of result.crossValidation) console.log(`  ${t.topic.padEnd(22)} F1 ${t.f1.toFixed(3)}  cut-off ${t.cutoff.toFixed(1).padStart(5)}  stories ${t.stories}`);
console.log(`  macro-F1 ${result.macroF1.toFixed(3)} (topics with ≥ 20 stories); fallback score ${result.model.fallbackScore ?? 'none'}, evidence bar ${result.model.fallbackEvidence}`);
