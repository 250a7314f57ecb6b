import type { Taxonomy } from './taxonomy.js';
import { BREAK, words } from './text.js';

/**
 * The taxonomy's lexicons, compiled into one word trie: a story is walked
 * once, and every topic's terms are found in that one pass.
 */
export interface Lexicon {
  topics: string[];
  root: LexiconNode<string>;
}

/** A term as the operator wrote it, for one topic, with its points and length in words. */
export interface LexiconTerm {
  topic: number;
  points: number;
  term: string;
  words: number;
}

/** Keyed by word, or by a word's number where the classifier has numbered them. */
export interface LexiconNode<K> {
  next: Map<K, LexiconNode<K>>;
  /** The `*` edge: any one word (not a clause break) leads here. */
  wild?: LexiconNode<K>;
  /** Terms ending here, one per topic at most. */
  terms: LexiconTerm[];
}

/** A title mention counts this many body mentions. */
export const LEXICON_TITLE_WEIGHT = 2;
/** A term repeated through a long story should not outweigh several different terms. */
export const LEXICON_MAX_COUNT = 3;

/** How lexicon points enter a model score: the tenth point adds less than the first. */
export function lexiconValue(points: number): number {
  return points > 0 ? Math.log1p(points) : -Math.log1p(-points);
}

/** A `*` in a term: any one word. */
export const WILDCARD = '*';

/**
 * Words a `*` does not stand for: articles, demonstratives and possessives
 * name no nation, state or office, the words a `*` is written for ("calls on
 * * army commander" is a foreign commander's call; "calls on the army
 * commander to resign" is a domestic demand, "former the minister" no phrase).
 */
export const WILDCARD_SKIPS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * A term's words, folded as a story's are, with each `*` kept as WILDCARD.
 * A `*` must stand between words: at a term's start or end it would only
 * demand a neighbouring word, and the scan would visit it at every word.
 */
export function termWords(term: string): string[] {
  const ws: string[] = [];
  for (const part of term.split(/(\*)/)) {
    if (part === WILDCARD) ws.push(WILDCARD);
    else ws.push(...words(part).filter((w) => w !== BREAK));
  }
  if (ws[0] === WILDCARD || ws[ws.length - 1] === WILDCARD) throw new Error(`lexicon term "${term}": a * must stand between two words`);
  return ws;
}

export function compileLexicon(taxonomy: Taxonomy): Lexicon {
  const root: LexiconNode<string> = { next: new Map(), terms: [] };
  taxonomy.topics.forEach((topic, t) => {
    const explicit = new Set(Object.keys(topic.lexicon).map((term) => termWords(term).join(' ')));
    for (const [term, points] of Object.entries(topic.lexicon)) {
      const ws = termWords(term);
      if (ws.length === 0 || points === 0) continue;
      add(root, ws, { topic: t, points, term, words: ws.length });
      // A word also finds its plural, unless the operator listed the plural with its own points.
      for (const plural of plurals(ws[ws.length - 1]!)) {
        const variant = [...ws.slice(0, -1), plural];
        if (!explicit.has(variant.join(' '))) add(root, variant, { topic: t, points, term, words: ws.length });
      }
    }
  });
  return { topics: taxonomy.ids, root };
}

function add(root: LexiconNode<string>, ws: string[], entry: LexiconTerm): void {
  let node = root;
  for (const w of ws) {
    let child = w === WILDCARD ? node.wild : node.next.get(w);
    if (!child) {
      child = { next: new Map(), terms: [] };
      if (w === WILDCARD) node.wild = child;
      else node.next.set(w, child);
    }
    node = child;
  }
  if (!node.terms.some((e) => e.topic === entry.topic)) node.terms.push(entry);
}

function plurals(word: string): string[] {
  if (word.length < 3 || /\d/.test(word) || /(s|x|z|ch|sh)$/.test(word)) {
    return /(x|z|ch|sh)$/.test(word) ? [`${word}es`] : [];
  }
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

/** Lexicon evidence in one story: points per topic, and per topic the terms found with their points. */
export interface LexiconHits {
  points: Float64Array;
  /** For each topic that scored, [term, points] pairs. */
  terms: Map<number, Map<string, number>>;
}

/**
 * Finds the lexicon's terms in a story's title and body words. Where terms of
 * one topic overlap ("defence minister" and "defence"), the longest counts
 * and the words inside it do not count again for that topic.
 */
export function matchLexicon(lexicon: Lexicon, title: string[], body: string[]): LexiconHits {
  const counts = new Map<LexiconTerm, number>();
  scanLexicon(lexicon.root, title, title.length, LEXICON_TITLE_WEIGHT, lexicon.topics.length, counts);
  scanLexicon(lexicon.root, body, body.length, 1, lexicon.topics.length, counts);
  return lexiconHits(counts, lexicon.topics.length);
}

/**
 * Adds the terms found in keys[0..length) to counts, each mention counting `weight`.
 * A `*` edge matches any one word but a clause break or one of WILDCARD_SKIPS; where a term with one and a
 * term without reach the same length for a topic, the one without counts.
 */
export function scanLexicon(root: LexiconNode<string>, keys: ArrayLike<string>, length: number, weight: number, topics: number, counts: Map<LexiconTerm, number>): void {
  let coveredUntil: Int32Array | null = null;
  const longest: (LexiconTerm | undefined)[] = [];
  const pending: [LexiconNode<string>, number][] = [];
  for (let i = 0; i < length; i++) {
    const start = root.next.get(keys[i]!);
    if (!start) continue;
    longest.length = 0;
    pending.push([start, i + 1]);
    while (pending.length > 0) {
      const [from, at] = pending.pop()!;
      let node: LexiconNode<string> | undefined = from;
      for (let j = at; node; j++) {
        for (const entry of node.terms) if ((longest[entry.topic]?.words ?? 0) < entry.words) longest[entry.topic] = entry;
        if (j >= length || keys[j] === BREAK) break;
        if (node.wild && !WILDCARD_SKIPS.has(keys[j]!)) pending.push([node.wild, j + 1]);
        node = node.next.get(keys[j]!);
      }
    }
    coveredUntil ??= new Int32Array(topics);
    for (const entry of longest) {
      if (!entry || i < coveredUntil[entry.topic]!) continue;
      coveredUntil[entry.topic] = i + entry.words;
      counts.set(entry, (counts.get(entry) ?? 0) + weight);
    }
  }
}

/** Points per topic from term counts: each term's points times its count, capped. */
export function lexiconHits(counts: Map<LexiconTerm, number>, topics: number): LexiconHits {
  const points = new Float64Array(topics);
  const terms = new Map<number, Map<string, number>>();
  for (const [entry, count] of counts) {
    const p = entry.points * Math.min(count, LEXICON_MAX_COUNT);
    points[entry.topic]! += p;
    let list = terms.get(entry.topic);
    if (!list) terms.set(entry.topic, (list = new Map()));
    list.set(entry.term, (list.get(entry.term) ?? 0) + p);
  }
  return { points, terms };
}

/** The same trie keyed by numbers instead of words; `number` gives each word its number. */
export function renumberLexicon(root: LexiconNode<string>, number: (word: string) => number): LexiconNode<number> {
  const next = new Map<number, LexiconNode<number>>();
  for (const [word, child] of root.next) next.set(number(word), renumberLexicon(child, number));
  return root.wild ? { next, wild: renumberLexicon(root.wild, number), terms: root.terms } : { next, terms: root.terms };
}
