import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/topics/classifier.js';
import { buildRows, fitLogistic, predictRows } from '../../src/topics/logistic.js';
import { modelSchema, serialiseModel } from '../../src/topics/model.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { chooseEvidenceBar, chooseExclusive, chooseFallback, crossValidate, DEFAULT_FALLBACK_FLOOR, DEFAULT_PARAMS, FALLBACK_SPREAD, EVIDENCE_BARS, foldOf, prepare, train, type LabelledStory, type PairRows, type Prepared } from '../../src/topics/train.js';

const read = (url: URL) =>
  readFileSync(fileURLToPath(url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LabelledStory);

describe('logistic regression', () => {
  it('separates two topics by their words and keeps the bias', () => {
    // Feature 0 marks topic 0, feature 1 topic 1; feature 2 is noise on every row.
    const rows = Array.from({ length: 40 }, (_, i) => new Map([[i % 2, 1], [2, 0.5]]));
    const labels = Uint8Array.from({ length: 80 }, (_, j) => (Math.floor(j / 2) % 2 === j % 2 ? 1 : 0));
    const model = fitLogistic(buildRows(rows, 3), labels, 2, { c: 10, positiveWeight: [1, 1] });
    const scores = predictRows(model, buildRows([new Map([[0, 1]]), new Map([[1, 1]])], 3));
    expect(scores[0]).toBeGreaterThan(2); // row with feature 0: topic 0
    expect(scores[1]).toBeLessThan(-2);
    expect(scores[3]).toBeGreaterThan(2); // row with feature 1: topic 1
  });
});

describe('training', () => {
  const taxonomy = loadTaxonomy();
  // A small, fixed slice of the training split (read in place) and the desk examples: fast, and enough to check the machinery.
  const stories = [
    ...read(new URL('../../../shared/labelled/train.jsonl', import.meta.url)).filter((s) => foldOf(s.id, 10) === 0),
    ...read(new URL('../../src/topics/desk.jsonl', import.meta.url)),
  ];

  it('writes the same model file twice from the same stories, and the file loads', () => {
    const params = { ...DEFAULT_PARAMS, folds: 3 };
    const first = serialiseModel(train(stories, taxonomy, params, { data: 'test' }).model);
    const second = serialiseModel(train(stories, taxonomy, params, { data: 'test' }).model);
    expect(second).toBe(first);
    const model = modelSchema.parse(JSON.parse(first));
    expect(model.topics.map((t) => t.id)).toEqual(taxonomy.ids);
    // The fallback's evidence bar is chosen in training, one of the candidates, and written beside the floor.
    expect(EVIDENCE_BARS).toContain(model.fallbackEvidence);
    expect(first).toContain(`"fallbackEvidence": ${model.fallbackEvidence},`);
    const classify = createClassifier(taxonomy, model);
    expect(classify({ title: 'Navy commissions new stealth frigate', text: 'The Indian Navy commissioned a warship built at Mazagon Dock.' })[0]?.id).toBe('defence');
  });

  it('a fold seed deals the stories into other folds; without one the folds stay those the model was trained with', () => {
    const ids = stories.map((s) => s.id);
    const folds = (seed?: string) => ids.map((id) => foldOf(id, 5, seed));
    const unseeded = folds();
    expect(folds('')).toEqual(unseeded);
    const moved = folds('a').filter((f, i) => f !== unseeded[i]).length;
    // A fresh deal into 5 folds leaves about a fifth of the stories where they were.
    expect(moved / ids.length).toBeGreaterThan(0.6);
    expect(moved / ids.length).toBeLessThan(0.95);
    expect(folds('a')).toEqual(folds('a'));
    // And cross-validation follows it: the out-of-fold scores differ.
    const params = { ...DEFAULT_PARAMS, folds: 3 };
    const data = prepare(stories.slice(0, 300), taxonomy, params);
    const plain = crossValidate(data, params);
    expect(crossValidate(data, { ...params, foldSeed: '' })).toEqual(plain);
    expect(crossValidate(data, { ...params, foldSeed: 'a' })).not.toEqual(plain);
  });

  it('desk examples are labelled with known topics and written in the desk\'s own words', () => {
    const desk = read(new URL('../../src/topics/desk.jsonl', import.meta.url));
    expect(desk.length).toBeGreaterThanOrEqual(100);
    for (const s of desk) {
      expect(s.source).toBe('desk');
      expect(s.topics.length).toBeGreaterThan(0);
      for (const t of s.topics) expect(taxonomy.ids).toContain(t);
    }
    expect(new Set(desk.map((s) => s.id)).size).toBe(desk.length);
  });
});

describe('the fallback floor', () => {
  // Two topics of 500 stories each, every one passing its own cut-off (0) alone, plus stories that pass none.
  const logit = (p: number) => Math.log(p / (1 - p));
  function chosen(unsure: { label: 0 | 1; best: 0 | 1; p: number }[], incumbent: number | null = null): number | null {
    const rows: { label: number; scores: [number, number] }[] = [];
    for (let i = 0; i < 1000; i++) rows.push({ label: i % 2, scores: i % 2 ? [-3, 3] : [3, -3] });
    for (const u of unsure) rows.push({ label: u.label, scores: u.best === 0 ? [logit(u.p), -5] : [-5, logit(u.p)] });
    const labels = Uint8Array.from(rows.flatMap((r) => [r.label === 0 ? 1 : 0, r.label === 1 ? 1 : 0]));
    const data = { stories: rows as unknown as LabelledStory[], topics: ['a', 'b'], labels } as unknown as Prepared;
    return chooseFallback(data, Float64Array.from(rows.flatMap((r) => r.scores)), new Float64Array(2), incumbent);
  }
  const wrongAt = (p: number, n: number) => Array.from({ length: n }, () => ({ label: 1 as const, best: 0 as const, p }));

  it('without an incumbent, takes the lowest floor that scores within a story or two of the best, so a bare headline keeps its guess', () => {
    // A floor up to 0.3 gets one story right; 0.05 also gets one wrong: within the tolerance, so 0.05.
    expect(chosen([{ label: 0, best: 0, p: 0.35 }, { label: 1, best: 0, p: 0.07 }])).toBe(0.05);
  });

  it('raises the floor when a low one costs clearly more, and gives none when every floor does', () => {
    const wrongAtLowScores = Array.from({ length: 12 }, () => ({ label: 1 as const, best: 0 as const, p: 0.07 }));
    expect(chosen([{ label: 0, best: 0, p: 0.35 }, ...wrongAtLowScores])).toBe(0.1);
    expect(chosen(Array.from({ length: 12 }, () => ({ label: 1 as const, best: 0 as const, p: 0.45 })))).toBeNull();
  });

  it('keeps the incumbent floor when another leads it by less than fold deals move, so a few more examples do not flip it', () => {
    // Wrong guesses at 0.12 rule out 0.05 and 0.1; each wrong guess between 0.2 and 0.3 makes 0.3 lead 0.2 by about
    // half a thousandth of macro-F1 (a story).
    const lead = (n: number) => {
      const rows = [...wrongAt(0.12, 12), ...wrongAt(0.25, n)];
      return { alone: chosen(rows), kept: chosen(rows, DEFAULT_FALLBACK_FLOOR) };
    };
    // Three such stories: 0.2 is within the tolerance either way.
    expect(lead(3)).toEqual({ alone: 0.2, kept: 0.2 });
    // Two or three stories more, as a few desk examples bring: the lowest-within-tolerance rule alone flips to 0.3,
    // but a lead of a few stories is less than the spread between fold deals, so the incumbent stays.
    expect(lead(5)).toEqual({ alone: 0.3, kept: 0.2 });
    expect(lead(6)).toEqual({ alone: 0.3, kept: 0.2 });
  });

  it('leaves the incumbent when another floor leads it by more than the spread between deals', () => {
    expect(chosen([...wrongAt(0.12, 12), ...wrongAt(0.25, 12)], DEFAULT_FALLBACK_FLOOR)).toBe(0.3);
    // And with every floor clearly worse than none, none, as before.
    expect(chosen(wrongAt(0.45, 12), DEFAULT_FALLBACK_FLOOR)).toBeNull();
  });

  it('the spread is wider than the tolerance: it is what keeps the incumbent', () => {
    expect(FALLBACK_SPREAD).toBeGreaterThan(0.002);
    expect(DEFAULT_FALLBACK_FLOOR).toBe(0.2);
  });
});

describe("the fallback's evidence bar", () => {
  // As above, plus stories that pass no cut-off but whose best topic (a, 0.35) reaches the floor (0.2): the bar
  // decides by the log-odds their own words add to a (their evidence).
  function chosen(unsure: { label: 0 | 1; evidence: number }[], floor: number | null = 0.2): number {
    const rows: { label: number; scores: [number, number]; evidence: number }[] = [];
    for (let i = 0; i < 1000; i++) rows.push({ label: i % 2, scores: i % 2 ? [-3, 3] : [3, -3], evidence: 3 });
    for (const u of unsure) rows.push({ label: u.label, scores: [Math.log(0.35 / 0.65), -5], evidence: u.evidence });
    const labels = Uint8Array.from(rows.flatMap((r) => [r.label === 0 ? 1 : 0, r.label === 1 ? 1 : 0]));
    const data = { stories: rows as unknown as LabelledStory[], topics: ['a', 'b'], labels } as unknown as Prepared;
    const evidence = Float64Array.from(rows.flatMap((r) => [r.evidence, -1]));
    return chooseEvidenceBar(data, Float64Array.from(rows.flatMap((r) => r.scores)), new Float64Array(2), floor, evidence);
  }

  it('takes the lowest bar that keeps the right guesses and drops the wrong ones', () => {
    // Guesses on evidence 0.2 are wrong, on more (1) right: every bar from 0.3 to 0.75 does as well, so 0.3.
    const wrong = (evidence: number) => Array.from({ length: 12 }, () => ({ label: 1 as const, evidence }));
    expect(chosen([...wrong(0.2), { label: 0, evidence: 1 }])).toBe(0.3);
    // Wrong up to 0.4, right at 0.6: 0.5.
    expect(chosen([...wrong(0.4), { label: 0, evidence: 0.6 }])).toBe(0.5);
  });

  it('never goes below the lowest candidate, even when the guesses on little evidence are right', () => {
    expect(EVIDENCE_BARS[0]).toBeGreaterThan(0);
    expect(chosen(Array.from({ length: 12 }, () => ({ label: 0 as const, evidence: 0.1 })))).toBe(EVIDENCE_BARS[0]);
    expect(chosen([{ label: 1, evidence: 0.1 }], null)).toBe(EVIDENCE_BARS[0]);
  });
});

describe('exclusive topic pairs', () => {
  // crime-law and sport: 250 desk crime stories, 30 desk sport stories, 2 desk match-fixing cases carrying both,
  // and 300 AG sport stories (a source that never labels crime-law), 5 of them betting cases that score crime-law too.
  function pairs(pairRows: PairRows): [number, number][] {
    const rows: { source: string; label: number[]; scores: number[] }[] = [];
    const add = (n: number, source: string, label: number[], scores: number[]) => {
      for (let i = 0; i < n; i++) rows.push({ source, label, scores });
    };
    add(250, 'desk', [1, 0], [3, -3]);
    add(30, 'desk', [0, 1], [-3, 3]);
    add(2, 'desk', [1, 1], [1, 2]);
    add(295, 'ag-news-test', [0, 1], [-3, 3]);
    add(5, 'ag-news-test', [0, 1], [1, 2]);
    const stories = rows.map((r, i) => ({ id: String(i), title: '', text: '', topics: [], source: r.source }));
    const data = { stories, topics: ['crime-law', 'sport'], labels: Uint8Array.from(rows.flatMap((r) => r.label)) } as unknown as Prepared;
    return chooseExclusive(data, Float64Array.from(rows.flatMap((r) => r.scores)), new Float64Array(2), null, 0.01, pairRows);
  }

  it('judges whether two topics go together only on stories whose source labels both', () => {
    // Counted over every story, 2 of 252 crime stories carry sport (under 1%), and the pair removes the AG betting cases' crime-law.
    expect(pairs('all')).toEqual([[0, 1]]);
    // The desk, which labels both, carries them together in 2 of its 32 sport stories: not a pair.
    expect(pairs('labelling-both')).toEqual([]);
    expect(DEFAULT_PARAMS.pairRows).toBe('labelling-both');
  });
});
