// `npm run bench -- classify`: how fast the classifier runs on one core, on
// 600-word stories, and how long the model takes to load. The baseline,
// measured in the same run, is the lexicon-only classifier (the walking
// skeleton's, on today's taxonomy): the trained model's cost is the ratio.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../src/paths.js';
import { createClassifier, type Classifier, type StoryText } from '../src/topics/classifier.js';
import { loadModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';

const WORDS = 600;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

/** 600-word stories made of consecutive dev-split texts (read in place), each with its own title. */
function stories(count: number): StoryText[] {
  const dev = readFileSync(resolve(projectRoot, '..', 'shared', 'labelled', 'dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string; text: string });
  const out: StoryText[] = [];
  let k = 0;
  while (out.length < count) {
    const title = dev[k % dev.length]!.title;
    const words: string[] = [];
    while (words.length < WORDS) words.push(...dev[k++ % dev.length]!.text.split(/\s+/));
    out.push({ title, text: words.slice(0, WORDS).join(' ') });
  }
  return out;
}

/**
 * Stories per second of this process's CPU time (it runs on one thread, so:
 * per core), and per second of wall-clock time, which a machine shared with
 * other work makes lower.
 */
function rate(classify: Classifier, list: StoryText[]): { cpu: number; wall: number } {
  for (let i = 0; i < 500; i++) classify(list[i % list.length]!); // warm up the JIT
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) classify(list[n++ % list.length]!);
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu0);
  return { cpu: n / ((used.user + used.system) / 1e6), wall: n / wall };
}

function loadMs(): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    createClassifier(loadTaxonomy(), loadModel());
    times.push(performance.now() - t0);
  }
  return { first: times[0]!, median: [...times].sort((a, b) => a - b)[3]! };
}

const list = stories(200);
const load = loadMs();
const taxonomy = loadTaxonomy();
const baseline = rate(createClassifier(taxonomy), list);
const wirebrief = rate(createClassifier(taxonomy, loadModel()), list);

console.log(`stories of ${WORDS} words (the classifier reads the headline and the first 1,500 characters), one thread, ${SECONDS} s each:`);
console.log(`                            per CPU-second   per wall-second`);
console.log(`  lexicon only (baseline)   ${baseline.cpu.toFixed(0).padStart(14)}   ${baseline.wall.toFixed(0).padStart(15)}`);
console.log(`  model + lexicon           ${wirebrief.cpu.toFixed(0).padStart(14)}   ${wirebrief.wall.toFixed(0).padStart(15)}   (${(wirebrief.cpu / baseline.cpu).toFixed(2)} × baseline; goal ≥ 20000)`);
console.log(`model load (taxonomy + model file + compile): first ${load.first.toFixed(0)} ms, median of 7 ${load.median.toFixed(0)} ms`);
console.log(
  `BENCH ${JSON.stringify({
    name: 'classify',
    stories_per_s: Math.round(wirebrief.cpu),
    stories_per_s_wall: Math.round(wirebrief.wall),
    load_ms: Math.round(load.median),
    load_first_ms: Math.round(load.first),
    words_per_story: WORDS,
    baseline: 'lexicon-only',
    baseline_stories_per_s: Math.round(baseline.cpu),
    ratio: Number((wirebrief.cpu / baseline.cpu).toFixed(3)),
  })}`,
);
