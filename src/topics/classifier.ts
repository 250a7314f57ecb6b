import { bodyWindowEnd, BODY_WINDOW, storyWords, type FeatureSpec, type StoryText } from './features.js';
import { compileLexicon, matchLexicon, type LexiconHits } from './lexicon.js';
import { OLD_MODEL_EVIDENCE_BAR, type TopicModel } from './model.js';
import { compileScorer } from './scorer.js';
import type { Taxonomy } from './taxonomy.js';

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
  const scorer = model ? compileScorer(model, taxonomy, lexicon) : null;
  const spec: FeatureSpec = model?.spec ?? { titleWeight: 2, bigrams: false, maxBodyChars: BODY_WINDOW };
  const fallback = model?.fallbackScore ?? null;
  // Log-odds the story's own words must add to a topic (above its bias) before the fallback guesses it: a
  // topic whose score is its prior plus a stray word ("sit" in lorem ipsum) is no guess about the story.
  // Chosen in training with the floor (model.json's fallbackEvidence).
  const minEvidence = model?.fallbackEvidence ?? OLD_MODEL_EVIDENCE_BAR;
  // A topic's bias: its log-odds for a story with no word the model knows.
  const biases = Float64Array.from(rules, (r) => (r.model >= 0 && model ? model.topics[r.model]!.bias : 0));
  const evidence = new Float64Array(rules.length);
  // Exclusive pairs as taxonomy indexes (ids are unique), so a story's check reads no strings.
  const exclusive = (model?.exclusive ?? [])
    .filter(([a, b]) => taxonomy.byId.has(a) && taxonomy.byId.has(b))
    .map(([a, b]) => [rules.findIndex((r) => r.id === a), rules.findIndex((r) => r.id === b)] as const);
  const scores = new Float64Array(rules.length);
  // Scratch space, reused story after story (the classifier is synchronous): the story's topics by index,
  // and per topic its reasons once worked out (only for a topic a story may get, never for all of them).
  const chosen = new Int32Array(rules.length);
  const found: (string[] | undefined)[] = rules.map(() => undefined);
  let hits: LexiconHits | null = null;
  let logits: Float64Array | null = null;
  // A topic is given only for something in the story: a term that counted for it. Scores from the topics'
  // biases alone (a story with no word the model knows) or from words a reader learns nothing from give none.
  const reasonsOf = (t: number): string[] => {
    let list = found[t];
    if (list === undefined) {
      list = rules[t]!.model >= 0 && logits ? scorer!.reasons(rules[t]!.model) : scorer ? scorer.lexiconReasons(t) : lexiconReasons(hits!, t);
      found[t] = list;
    }
    return list;
  };

  return (story) => {
    hits = null;
    logits = null;
    let points: Float64Array;
    if (scorer) {
      const scored = scorer.score(story.title, story.text, bodyWindowEnd(story.text, spec.maxBodyChars));
      logits = scored.logits;
      points = scored.points;
    } else {
      const { title, body } = storyWords(story, spec);
      hits = matchLexicon(lexicon, title, body);
      points = hits.points;
    }
    found.fill(undefined);
    let count = 0;
    for (let t = 0; t < rules.length; t++) {
      const rule = rules[t]!;
      const score = rule.model >= 0 && logits ? sigmoid(logits[rule.model]! - scorer!.cutoffs[rule.model]!) : sigmoid(points[t]! - rule.threshold);
      scores[t] = score;
      evidence[t] = rule.model >= 0 && logits ? logits[rule.model]! - biases[t]! : points[t]! - rule.threshold;
      if (score >= rule.minScore && reasonsOf(t).length > 0) chosen[count++] = t;
    }
    if (count === 0 && fallback !== null && readsAsEnglish(story, spec.maxBodyChars)) {
      // A story passing no cut-off still gets its best topic when that one comes close (chosen in training).
      // A headline alone has few words the model knows, so its scores are mostly the topics' biases, and the
      // best score is the topic with the highest prior (sport): it falls back to the topic its words speak
      // for most (log-odds above the bias), still only when that topic's score reaches the floor.
      // Only the model's topics: the floor was chosen on their scores, and a topic only the lexicon knows
      // (one an operator added) gets no more than its threshold gives it.
      const rank = isHeadlineOnly(story) ? evidence : scores;
      let best = -1;
      for (let t = 0; t < rules.length; t++) if (rules[t]!.model >= 0 && (best < 0 || rank[t]! > rank[best]!)) best = t;
      if (best >= 0 && scores[best]! >= fallback && !rules[best]!.strict && evidence[best]! >= minEvidence && reasonsOf(best).length > 0) chosen[count++] = best;
    }
    if (count > 1) {
      for (const [a, b] of exclusive) {
        const first = indexIn(chosen, count, a);
        const second = indexIn(chosen, count, b);
        if (first >= 0 && second >= 0) {
          const weaker = scores[a]! >= scores[b]! ? second : first;
          chosen.copyWithin(weaker, weaker + 1, count);
          count--;
        }
      }
    }
    const out: TopicScore[] = [];
    for (let k = 0; k < count; k++) {
      const t = chosen[k]!;
      out.push({ id: rules[t]!.id, score: round(scores[t]!), reasons: found[t]! });
    }
    return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  };
}

/**
 * English's commonest function words. The model was trained on English copy:
 * its best guess for a story in German or Hindi (a feed in another language
 * polled by mistake, or on purpose) is noise, and the fallback must not turn
 * it into a topic.
 */
const ENGLISH_FUNCTION_WORDS = 'the of and to in a is for on that with was as by at from it an be are has have said he his its this will but not were which or after who their they been more had would over than also up'.split(' ');
/** The longest of them: a longer word is never looked up. */
const LONGEST_FUNCTION_WORD = 5;
/** A short ASCII word as a number (letters 1-26, base 27), so a lookup makes no string. */
const asciiWordCode = (text: string, start: number, end: number): number => {
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) return -1;
    code = code * 27 + (c - 96);
  }
  return code;
};
const FUNCTION_WORD_CODES = new Set(ENGLISH_FUNCTION_WORDS.map((w) => asciiWordCode(w, 0, w.length)));
/** Shorter texts are headlines or captions, too short to judge. */
const MIN_WORDS_TO_JUDGE = 20;
/** English copy runs at 20-40% function words; the labelled stories fall below 4% about once in 3,000. */
const MIN_ENGLISH_SHARE = 0.04;

/** Enough words to judge a language by; reading further changes nothing but the cost. */
const MAX_WORDS_TO_JUDGE = 400;

/** Letters and marks beyond ASCII, looked up once each: 0 not yet, 1 yes, 2 no. */
const wideLetter = new Uint8Array(65536);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isLetter(code: number): boolean {
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122);
  // Surrogates: half of a letter beyond the first plane, as near as one code unit can say.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = wideLetter[code]!;
  if (known === 0) wideLetter[code] = known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * Whether a story reads as English, or is too short to tell: only asked
 * before the fallback guesses. One pass over the characters and no strings
 * made: a story that passes no cut-off pays for it on the hot path.
 */
export function readsAsEnglish(story: StoryText, maxBodyChars: number): boolean {
  const inTitle = countFunctionWords(story.title, story.title.length, MAX_WORDS_TO_JUDGE);
  const inBody = countFunctionWords(story.text, Math.min(story.text.length, maxBodyChars), MAX_WORDS_TO_JUDGE - inTitle.words);
  const words = inTitle.words + inBody.words;
  if (words < MIN_WORDS_TO_JUDGE) return true;
  return (inTitle.english + inBody.english) / words >= MIN_ENGLISH_SHARE;
}

/** Words (at most `max`) of text.slice(0, end), and how many of them are English function words. */
function countFunctionWords(text: string, end: number, max: number): { words: number; english: number } {
  let words = 0;
  let english = 0;
  let i = 0;
  while (i < end && words < max) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isLetter(text.charCodeAt(i))) i++;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORD_CODES.has(asciiWordCode(text, start, i))) english++;
  }
  return { words, english };
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

/** Where t stands in list[0..count), or -1. */
function indexIn(list: Int32Array, count: number, t: number): number {
  for (let k = 0; k < count; k++) if (list[k] === t) return k;
  return -1;
}

/** A headline with no body: the "text" is empty or white space. */
function isHeadlineOnly(story: StoryText): boolean {
  const text = story.text;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}
