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
 * other work makes lower. Measured in ROUNDS short rounds, the classifiers
 * taking turns, and the median round reported: a neighbour's burst on a
 * shared machine then spoils a round or two, not the figure.
 */
const ROUNDS = 9;

interface Rate {
  cpu: number;
  wall: number;
}

function round(classify: Classifier, list: StoryText[], seconds: number): Rate {
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) classify(list[n++ % list.length]!);
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu0);
  return { cpu: n / ((used.user + used.system) / 1e6), wall: n / wall };
}

function rates(classifiers: Classifier[], list: StoryText[]): Rate[][] {
  for (const classify of classifiers) for (let i = 0; i < 500; i++) classify(list[i % list.length]!); // warm up the JIT
  const rounds: Rate[][] = classifiers.map(() => []);
  for (let r = 0; r < ROUNDS; r++) classifiers.forEach((classify, c) => rounds[c]!.push(round(classify, list, SECONDS / ROUNDS)));
  return rounds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summary = (rounds: Rate[]) => ({ cpu: median(rounds.map((r) => r.cpu)), wall: median(rounds.map((r) => r.wall)), low: Math.min(...rounds.map((r) => r.cpu)), high: Math.max(...rounds.map((r) => r.cpu)) });

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
const [baselineRounds, wirebriefRounds] = rates([createClassifier(taxonomy), createClassifier(taxonomy, loadModel())], list);
const baseline = summary(baselineRounds!);
const wirebrief = summary(wirebriefRounds!);

console.log(`stories of ${WORDS} words (the classifier reads the headline and the first 1,500 characters), one thread, ${SECONDS} s each in ${ROUNDS} rounds taking turns (median round; lowest-highest per CPU-second):`);
console.log(`                            per CPU-second   per wall-second`);
const line = (s: ReturnType<typeof summary>) => `${s.cpu.toFixed(0).padStart(14)}   ${s.wall.toFixed(0).padStart(15)}   (${s.low.toFixed(0)}-${s.high.toFixed(0)})`;
console.log(`  lexicon only (baseline)   ${line(baseline)}`);
console.log(`  model + lexicon           ${line(wirebrief)}   ${(wirebrief.cpu / baseline.cpu).toFixed(2)} × baseline; goal ≥ 20000`);
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
