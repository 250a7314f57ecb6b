import { BODY_WINDOW, MAX_TITLE_WORDS, storyRawWords, storyWords, termValue, type FeatureSpec, type StoryText } from './features.js';
import {
  compileLexicon,
  LEXICON_TITLE_WEIGHT,
  lexiconHits,
  lexiconValue,
  matchLexicon,
  renumberLexicon,
  scanLexicon,
  type LexiconHits,
  type LexiconTerm,
} from './lexicon.js';
import type { TopicModel } from './model.js';
import type { Taxonomy } from './taxonomy.js';
import { BREAK, FOLD } from './text.js';

export type { StoryText } from './features.js';

export interface TopicScore {
  id: string;
  /** 0-1; 0.5 is the topic's cut-off. */
  score: number;
  /** The terms that contributed most, strongest first, so an operator can see why. */
  reasons: string[];
}

/** A story in, the topics it gets out (best first). Pure and synchronous. */
export type Classifier = (story: StoryText) => TopicScore[];

const MAX_REASONS = 5;
/** Words in more than ~8% of the training stories ("the", "with") explain nothing to an operator. */
const REASON_MIN_IDF = 3.5;

interface TopicRule {
  id: string;
  /** Index among the model's topics, or -1 for a topic only the lexicon knows. */
  model: number;
  /** Lexicon points needed, for a lexicon-only topic. */
  threshold: number;
  minScore: number;
  /** An operator set min_score: the fallback does not override it. */
  strict: boolean;
}

/**
 * Builds the classifier from the taxonomy (topics, lexicons, thresholds, read
 * now) and the trained model. The model's term weights and the lexicon meet
 * here, at load time: a term an operator adds to the taxonomy counts at once.
 * Without a model, or for a topic the model does not know, the lexicon alone
 * decides, against the topic's threshold.
 */
export function createClassifier(taxonomy: Taxonomy, model: TopicModel | null = null): Classifier {
  const lexicon = compileLexicon(taxonomy);
  const modelTopics = model ? model.topics.map((t) => t.id) : [];
  const rules: TopicRule[] = taxonomy.topics.map((t) => ({
    id: t.id,
    model: modelTopics.indexOf(t.id),
    threshold: t.threshold,
    minScore: t.min_score ?? 0.5,
    strict: t.min_score !== undefined,
  }));
  const scorer = model ? compileModel(model, taxonomy) : null;
  const spec: FeatureSpec = model?.spec ?? { titleWeight: 2, bigrams: false, maxBodyChars: BODY_WINDOW };
  const fallback = model?.fallbackScore ?? null;
  const exclusive = (model?.exclusive ?? []).filter(([a, b]) => taxonomy.byId.has(a) && taxonomy.byId.has(b));

  return (story) => {
    let scored: ReturnType<CompiledModel['score']> | null = null;
    let hits: LexiconHits;
    if (scorer) {
      const raw = storyRawWords(story, spec);
      scored = scorer.score(raw.title, raw.body);
      hits = scored.hits;
    } else {
      const { title, body } = storyWords(story, spec);
      hits = matchLexicon(lexicon, title, body);
    }
    const doc = scored?.doc ?? null;
    const results = rules.map((rule, t) => {
      const score = rule.model >= 0 && doc ? sigmoid(doc.logits[rule.model]! - scorer!.cutoffs[rule.model]!) : sigmoid(hits.points[t]! - rule.threshold);
      return { rule, t, score };
    });
    let chosen = results.filter((s) => s.score >= s.rule.minScore);
    if (chosen.length === 0 && fallback !== null) {
      // A story passing no cut-off still gets its best topic when that one comes close (chosen in training).
      const best = results.reduce((a, b) => (b.score > a.score ? b : a));
      if (best.score >= fallback && !best.rule.strict) chosen = [best];
    }
    for (const [a, b] of exclusive) {
      const first = chosen.find((c) => c.rule.id === a);
      const second = chosen.find((c) => c.rule.id === b);
      if (first && second) chosen = chosen.filter((c) => c !== (first.score >= second.score ? second : first));
    }
    return chosen
      .map(({ rule, t, score }) => ({
        id: rule.id,
        score: round(score),
        reasons: rule.model >= 0 && doc ? scorer!.reasons(doc, rule.model, hits) : lexiconReasons(hits, t),
      }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  };
}

interface ScoredDoc {
  logits: Float64Array;
  /** The story's terms that carry weights: their number and value (after scaling). */
  keys: number[];
  values: number[];
}

interface CompiledModel {
  cutoffs: Float64Array;
  /** Scores a story from its raw words (see rawWords). */
  score(title: string[], body: string[]): { doc: ScoredDoc; hits: LexiconHits };
  reasons(doc: ScoredDoc, topic: number, hits: LexiconHits): string[];
}

/**
 * The model made ready for speed: every word the model or the lexicon knows
 * gets a number, word pairs become one number, and a story's terms are
 * counted by sorting those numbers, not by hashing strings.
 */
function compileModel(model: TopicModel, taxonomy: Taxonomy): CompiledModel {
  const m = model.topics.length;
  const spec = model.spec;
  const wordIds = new Map<string, number>();
  const wordOf: string[] = [];
  const idOf = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordOf.length;
      wordIds.set(w, id);
      wordOf.push(w);
    }
    return id;
  };
  const termEntries = Object.keys(model.terms).sort();
  for (const term of termEntries) for (const w of term.split(' ')) idOf(w);
  const lexicon = compileLexicon(taxonomy);
  const lexiconRoot = renumberLexicon(lexicon.root, idOf);
  for (const folded of FOLD.values()) if (folded) idOf(folded);
  const words = wordOf.length;
  // Known words, then a story's unknown ones, are numbered below 2^SHIFT; the
  // pair (a, b) is (a + 1) << SHIFT | b, which must stay a 32-bit integer.
  const SHIFT = Math.ceil(Math.log2(words + MAX_TITLE_WORDS + Math.ceil(spec.maxBodyChars / 2) + 2));
  if (SHIFT > 15) throw new Error(`the model and lexicon know ${words} words: too many to number in 32 bits`);
  const PAIR = 1 << SHIFT;
  // Raw words as the scanner gives them: folds point at their word's number, dropped words at DROP_ID.
  const DROP_ID = -2;
  const rawIds = new Map(wordIds);
  for (const [raw, folded] of FOLD) rawIds.set(raw, folded === '' ? DROP_ID : wordIds.get(folded)!);

  // Every term gets a number: a word its word number, a pair words + its
  // place in the pair table. Weights are stored sparse, topic by topic.
  const unknownIdf = model.unknownIdf;
  const pairNames: string[] = [];
  const pairTable = new PairTable(termEntries.length);
  for (const term of termEntries) {
    const space = term.indexOf(' ');
    if (space < 0) continue;
    pairTable.set(((wordIds.get(term.slice(0, space))! + 1) << SHIFT) | wordIds.get(term.slice(space + 1))!, words + pairNames.length);
    pairNames.push(term);
  }
  const terms = words + pairNames.length;
  const idfOf = new Float64Array(terms).fill(unknownIdf);
  const weightStart = new Int32Array(terms + 1);
  const weightTopic: number[] = [];
  const weightValue: number[] = [];
  const entryOf = (t: number) => model.terms[t < words ? wordOf[t]! : pairNames[t - words]!];
  for (let t = 0; t < terms; t++) {
    const entry = entryOf(t);
    if (entry) {
      idfOf[t] = entry[0]!;
      for (let k = 1; k + 1 < entry.length; k += 2) {
        weightTopic.push(entry[k]!);
        weightValue.push(entry[k + 1]!);
      }
    }
    weightStart[t + 1] = weightTopic.length;
  }
  const topicOfWeight = Int32Array.from(weightTopic);
  const valueOfWeight = Float64Array.from(weightValue);
  const bias = Float64Array.from(model.topics, (t) => t.bias);
  const cutoffs = Float64Array.from(model.topics, (t) => t.cutoff);
  // lexiconWeights[u * m + i]: how topic u's lexicon evidence moves model topic i.
  const lexiconWeights = new Float64Array(taxonomy.topics.length * m);
  taxonomy.topics.forEach((topic, u) => {
    model.topics.forEach((t, i) => {
      lexiconWeights[u * m + i] = t.lexicon[topic.id] ?? 0;
    });
  });
  const termName = (t: number) => (t < words ? wordOf[t]! : pairNames[t - words]!);
  const weightOf = (t: number, topic: number) => {
    for (let k = weightStart[t]!; k < weightStart[t + 1]!; k++) if (topicOfWeight[k] === topic) return valueOfWeight[k]!;
    return 0;
  };

  // Scratch space, reused story after story (the classifier is synchronous).
  const unknown = new Map<string, number>();
  let titleIds = new Int32Array(64);
  let bodyIds = new Int32Array(1024);
  let keys = new Int32Array(4096);
  const BREAK_ID = -1;

  /** Numbers raw words into `into` (grown if need be), leaving out dropped words; returns the array and its length. */
  const number = (list: string[], into: Int32Array<ArrayBuffer>): [Int32Array<ArrayBuffer>, number] => {
    const out = into.length >= list.length ? into : new Int32Array(list.length * 2);
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      let id = w === BREAK ? BREAK_ID : rawIds.get(w);
      if (id === DROP_ID) continue;
      if (id === undefined) {
        id = unknown.get(w);
        if (id === undefined) unknown.set(w, (id = words + unknown.size));
      }
      out[n++] = id;
    }
    // words() never ends on a break, nor repeats one; dropping words can leave either.
    let m = 0;
    for (let i = 0; i < n; i++) if (out[i] !== BREAK_ID || (m > 0 && out[m - 1] !== BREAK_ID)) out[m++] = out[i]!;
    while (m > 0 && out[m - 1] === BREAK_ID) m--;
    return [out, m];
  };
  let used = 0;
  const pushKeys = (ids: Int32Array, length: number, times: number) => {
    const need = used + length * 2 * times;
    if (need > keys.length) {
      const grown = new Int32Array(need * 2);
      grown.set(keys.subarray(0, used));
      keys = grown;
    }
    for (let r = 0; r < times; r++) {
      let prev = BREAK_ID;
      for (let i = 0; i < length; i++) {
        const id = ids[i]!;
        if (id === BREAK_ID) {
          prev = BREAK_ID;
          continue;
        }
        keys[used++] = id;
        if (spec.bigrams && prev !== BREAK_ID) keys[used++] = ((prev + 1) << SHIFT) | id;
        prev = id;
      }
    }
  };

  return {
    cutoffs,
    score(title, body) {
      unknown.clear();
      let titleLength: number;
      let bodyLength: number;
      [titleIds, titleLength] = number(title, titleIds);
      titleLength = Math.min(titleLength, MAX_TITLE_WORDS);
      [bodyIds, bodyLength] = number(body, bodyIds);
      used = 0;
      pushKeys(titleIds, titleLength, spec.titleWeight);
      pushKeys(bodyIds, bodyLength, 1);
      const sorted = keys.subarray(0, used).sort();

      // Runs of equal keys are one term and its count.
      let norm = 0;
      const found: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < sorted.length; ) {
        const key = sorted[i]!;
        let j = i + 1;
        while (j < sorted.length && sorted[j] === key) j++;
        const t = key < PAIR ? (key < words ? key : -1) : pairTable.get(key);
        const v = termValue(j - i) * (t >= 0 ? idfOf[t]! : unknownIdf);
        norm += v * v;
        if (t >= 0 && weightStart[t + 1]! > weightStart[t]!) {
          found.push(t);
          raw.push(v);
        }
        i = j;
      }
      norm = Math.sqrt(norm) || 1;
      const logits = Float64Array.from(bias);
      const values = raw.map((v) => v / norm);
      for (let f = 0; f < found.length; f++) {
        const t = found[f]!;
        const v = values[f]!;
        for (let k = weightStart[t]!; k < weightStart[t + 1]!; k++) logits[topicOfWeight[k]!]! += v * valueOfWeight[k]!;
      }

      const counts = new Map<LexiconTerm, number>();
      scanLexicon(lexiconRoot, titleIds, titleLength, LEXICON_TITLE_WEIGHT, lexicon.topics.length, counts);
      scanLexicon(lexiconRoot, bodyIds, bodyLength, 1, lexicon.topics.length, counts);
      const hits = lexiconHits(counts, lexicon.topics.length);
      for (let u = 0; u < hits.points.length; u++) {
        const p = hits.points[u]!;
        if (p === 0) continue;
        const v = lexiconValue(p);
        for (let i = 0; i < m; i++) logits[i]! += v * lexiconWeights[u * m + i]!;
      }
      return { doc: { logits, keys: found, values }, hits };
    },
    reasons(doc, topic, hits) {
      const parts = new Map<string, number>();
      doc.keys.forEach((t, j) => {
        const c = doc.values[j]! * weightOf(t, topic);
        if (c > 0 && idfOf[t]! >= REASON_MIN_IDF) parts.set(termName(t), c);
      });
      for (const [u, terms] of hits.terms) {
        const share = (lexiconValue(hits.points[u]!) * lexiconWeights[u * m + topic]!) / hits.points[u]!;
        if (!(share > 0)) continue;
        for (const [term, p] of terms) parts.set(term, (parts.get(term) ?? 0) + share * p);
      }
      return topReasons(parts);
    },
  };
}

function lexiconReasons(hits: LexiconHits, topic: number): string[] {
  return topReasons(hits.terms.get(topic) ?? new Map());
}

function topReasons(parts: Map<string, number>): string[] {
  return [...parts]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_REASONS)
    .map(([term]) => term);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Open addressing on 32-bit keys (all > 0): the word-pair table, without Map's costs. */
class PairTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacity: number) {
    const bits = Math.max(4, Math.ceil(Math.log2(capacity * 2 + 1)));
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  set(key: number, value: number): void {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** The value, or -1. */
  get(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }
}
