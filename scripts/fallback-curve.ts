// The out-of-fold macro-F1 at each fallback floor (cut-offs at 0, the floor alone, as chooseFallback
// sees it) on train + desk, for each fold deal given: how far the floors' order moves between deals.
// FALLBACK_SPREAD in src/topics/train.ts comes from it.
//
//   npx tsx scripts/fallback-curve.ts - a b c d e f g            # '-': the folds the model is trained with
//   npx tsx scripts/fallback-curve.ts --extra /tmp/more.jsonl - a  # with more examples beside the desk's
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { assign, DEFAULT_PARAMS, macroF1, outOfFold, prepare } from '../src/topics/train.js';
import { deskFile, labelledDir, readLabelled } from './labelled.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { extra: { type: 'string' } } });
const stories = [...readLabelled(join(labelledDir, 'train.jsonl')), ...readLabelled(deskFile), ...(values.extra ? readLabelled(values.extra) : [])];
const taxonomy = loadTaxonomy();
const floors = [null, 0.05, 0.1, 0.2, 0.3, 0.4];
for (const seed of positionals.length ? positionals : ['-']) {
  const params = { ...DEFAULT_PARAMS, foldSeed: seed === '-' ? '' : seed };
  const data = prepare(stories, taxonomy, params);
  const { oof } = outOfFold(data, params);
  const f1s = floors.map((floor) => macroF1(data, assign(data, oof, new Float64Array(data.topics.length), floor)));
  const best = Math.max(...f1s);
  console.log(`deal ${seed} (${stories.length} stories): ${floors.map((f, i) => `${f ?? 'none'} ${f1s[i]!.toFixed(5)}`).join('  ')}  best leads 0.2 by ${(best - f1s[3]!).toFixed(5)}`);
}
