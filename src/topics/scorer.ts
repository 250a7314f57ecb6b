import { MAX_TITLE_WORDS as TITLE_WORDS, termValue, type FeatureSpec } from './features.js';
import { LEXICON_MAX_COUNT as LEX_MAX, LEXICON_TITLE_WEIGHT as LEX_TITLE, lexiconValue, type Lexicon, type LexiconNode, type LexiconTerm, WILDCARD_SKIPS } from './lexicon.js';
import type { TopicModel } from './model.js';
import type { Taxonomy } from './taxonomy.js';
import { BREAK_ID as BREAK_NUMBER, FOLD, scanIds as scan, wordHash, wordHash2, type SpecialIds } from './text.js';

/**
 * The trained model made ready for speed. Every word the model or the lexicon
 * knows gets a number in a hash table read straight from the story's
 * characters by its hashes (no string is made for a word); word pairs become one
 * number; terms are counted in arrays reset by a stamp, and each term's
 * weights for all topics sit side by side, so scoring a story is one pass of
 * additions. Reasons are worked out only for the topics a story gets.
 */
export interface Scorer {
  /** Log-odds cut-off per model topic. */
  cutoffs: Float64Array;
  /** Scores a story (title, body read up to bodyEnd); the answer is scratch space, valid until the next call. */
  score(title: string, body: string, bodyEnd: number): Scored;
  /** The terms that counted most for model topic `topic` in the story last scored. */
  reasons(topic: number): string[];
  /** The lexicon terms found for taxonomy topic `u` in the story last scored, strongest first. */
  lexiconReasons(u: number): string[];
}

export interface Scored {
  /** Per model topic. */
  logits: Float64Array;
  /** Lexicon points per taxonomy topic. */
  points: Float64Array;
}

// Imports copied into module constants: the hot loops below read them often,
// and a module loader's live bindings can cost a getter call per read.
const MAX_TITLE_WORDS = TITLE_WORDS;
const LEXICON_MAX_COUNT = LEX_MAX;
const LEXICON_TITLE_WEIGHT = LEX_TITLE;
const BREAK_ID = BREAK_NUMBER;
const scanIds = scan;
/** termValue(count) for the counts a story has: a table instead of a logarithm per term. */
const TERM_VALUES = Float64Array.from({ length: 1024 }, (_, c) => (c === 0 ? 0 : termValue(c)));
const termValueOf = (c: number) => (c < 1024 ? TERM_VALUES[c]! : termValue(c));

const MAX_REASONS = 5;
/** Words in more than ~8% of the training stories ("the", "with") explain nothing to an operator. */
const REASON_MIN_IDF = 3.5;
/**
 * The halves the word scan leaves of a contraction ("doesn't" → "doesn", "t"):
 * they still count, but a reader learns nothing from them as a reason.
 */
const CONTRACTION_STUBS = new Set(['t', 's', 'd', 'm', 'll', 're', 've', 'don', 'doesn', 'didn', 'isn', 'wasn', 'aren', 'weren', 'won', 'wouldn', 'couldn', 'shouldn', 'hasn', 'haven', 'hadn', 'mustn', 'needn', 'ain']);
/**
 * A term a reader can learn from: not made only of contraction stubs and single letters (a lone "x" is a
 * letter far more often than the platform X; it still counts, but a topic is never given for it alone).
 */
const readsAsReason = (name: string) => name.split(' ').some((w) => w.length > 1 && !CONTRACTION_STUBS.has(w));
const DROP_ID = -2;
/** A term's kind: the model weighs it; it also reads as a reason (weighted, idf high enough, not a contraction's stub). */
const WEIGHTED = 1;
const REASON = 2;

/**
 * The lexicon trie with words as numbers, in flat arrays (node 0 is the root):
 * node k's terms are nodeTerm[termStart[k] .. termStart[k + 1]) (indexes into
 * entries, one per topic at most), its children childNode[childStart[k] ..
 * childStart[k + 1]) under the words childWord[…]. Past the first word nearly
 * every node has at most two children, so a short scan finds the next.
 * wildNode[k] is the node k's `*` edge leads to (any one word), or -1.
 */
interface FlatLexicon {
  entries: LexiconTerm[];
  wildNode: Int32Array;
  /** The most words a term has: the deepest a scan goes. */
  depth: number;
  termStart: Int32Array;
  nodeTerm: Int32Array;
  childStart: Int32Array;
  childWord: Int32Array;
  childNode: Int32Array;
}

function flattenLexicon(root: LexiconNode<string>, number: (word: string) => number): FlatLexicon {
  const entries: LexiconTerm[] = [];
  const entryIndex = new Map<LexiconTerm, number>();
  const terms: number[][] = [];
  const children: [number, number][][] = [];
  const wild: number[] = [];
  let depth = 0;
  const visit = (node: LexiconNode<string>, d: number): number => {
    const k = terms.length;
    depth = Math.max(depth, d);
    terms.push(
      node.terms.map((e) => {
        if (!entryIndex.has(e)) entryIndex.set(e, entries.push(e) - 1);
        return entryIndex.get(e)!;
      }),
    );
    children.push([]);
    wild.push(-1);
    for (const [w, child] of node.next) children[k]!.push([number(w), visit(child, d + 1)]);
    if (node.wild) wild[k] = visit(node.wild, d + 1);
    return k;
  };
  visit(root, 0);
  const starts = (lists: unknown[][]) => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, k) => (start[k + 1] = start[k]! + list.length));
    return start;
  };
  const flatChildren = children.flat();
  return {
    entries,
    wildNode: Int32Array.from(wild),
    depth,
    termStart: starts(terms),
    nodeTerm: Int32Array.from(terms.flat()),
    childStart: starts(children),
    childWord: Int32Array.from(flatChildren, ([w]) => w),
    childNode: Int32Array.from(flatChildren, ([, node]) => node),
  };
}

export function compileScorer(model: TopicModel, taxonomy: Taxonomy, lexicon: Lexicon): Scorer {
  const m = model.topics.length;
  const U = taxonomy.topics.length;
  const spec: FeatureSpec = model.spec;

  // Words: the model's, the lexicon's, and the spelling folds' targets.
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
  // Numbers are internal: commonest terms (lowest idf) first, so the rows a
  // story reads most sit together in memory.
  // The file's terms by name, then their entries: cheaper than Object.entries' pairs on a table this size.
  const fileTerms = Object.keys(model.terms);
  const fileRows: number[][] = new Array(fileTerms.length);
  for (let k = 0; k < fileTerms.length; k++) fileRows[k] = model.terms[fileTerms[k]!]!;
  // Sorted as numbers (idf to 1e-4, then place in the file) by the typed array's own sort: no comparator calls.
  const order = new Float64Array(fileTerms.length);
  for (let k = 0; k < order.length; k++) order[k] = Math.round(fileRows[k]![0]! * 1e4) * 2 ** 24 + k;
  order.sort();
  const termNames: string[] = new Array(order.length);
  const termRows: number[][] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const at = order[k]! % 2 ** 24;
    termNames[k] = fileTerms[at]!;
    termRows[k] = fileRows[at]!;
  }
  for (const term of termNames) {
    const space = term.indexOf(' ');
    if (space < 0) idOf(term);
    else {
      idOf(term.slice(0, space));
      idOf(term.slice(space + 1));
    }
  }
  const lexWords = (node: LexiconNode<string>) => {
    for (const [w, child] of node.next) {
      idOf(w);
      lexWords(child);
    }
    if (node.wild) lexWords(node.wild);
  };
  lexWords(lexicon.root);
  const wildSkipWords = [...WILDCARD_SKIPS].map(idOf);
  for (const folded of FOLD.values()) if (folded) idOf(folded);
  const special: SpecialIds = { number: idOf('#'), per: idOf('per'), cent: idOf('cent'), percent: idOf('percent') };
  const words = wordOf.length;
  // wildSkip[id]: a known word a `*` does not stand for (unknown words are numbered from `words` up).
  const wildSkip = new Uint8Array(words);
  for (const id of wildSkipWords) wildSkip[id] = 1;
  // Known words, then a story's unknown ones, are numbered below 2^SHIFT; the
  // pair (a, b) is (a + 1) << SHIFT | b, which must stay a 32-bit integer.
  const maxUnknown = MAX_TITLE_WORDS + Math.ceil(spec.maxBodyChars / 2) + 2;
  const SHIFT = Math.ceil(Math.log2(words + maxUnknown + 1));
  if (SHIFT > 15) throw new Error(`the model and lexicon know ${words} words: too many to number in 32 bits`);

  // The raw-word table: folds point at their word's number, dropped words at DROP_ID.
  const table = new StringTable(words + FOLD.size);
  for (let id = 0; id < words; id++) if (!FOLD.has(wordOf[id]!)) table.set(wordOf[id]!, id);
  for (const [raw, folded] of FOLD) table.set(raw, folded === '' ? DROP_ID : wordIds.get(folded)!);

  // Terms: a word is its number, a pair `words` + its place in the pair table.
  const pairNames: string[] = [];
  const pairTable = new PairTable(termNames.length);
  const termOf = new Int32Array(termNames.length);
  for (let k = 0; k < termNames.length; k++) {
    const term = termNames[k]!;
    const space = term.indexOf(' ');
    if (space < 0) {
      termOf[k] = wordIds.get(term)!;
      continue;
    }
    termOf[k] = words + pairNames.length;
    pairTable.set(((wordIds.get(term.slice(0, space))! + 1) << SHIFT) | wordIds.get(term.slice(space + 1))!, termOf[k]!);
    pairNames.push(term);
  }
  const terms = words + pairNames.length;
  const termName = (t: number) => (t < words ? wordOf[t]! : pairNames[t - words]!);
  const unknownIdf = model.unknownIdf;
  // A term's row: its idf, then its weight for each topic, side by side so that a term the story has costs
  // one or two cache lines. Single precision: the model file holds four significant digits, and the rows
  // a story reads then take half the cache.
  const stride = m + 1;
  const rows = new Float32Array(terms * stride);
  for (let t = 0; t < terms; t++) rows[t * stride] = unknownIdf;
  const kind = new Uint8Array(terms); // WEIGHTED, REASON
  for (let k = 0; k < termRows.length; k++) {
    const entry = termRows[k]!;
    const t = termOf[k]!;
    rows[t * stride] = entry[0]!;
    for (let k = 1; k + 1 < entry.length; k += 2) {
      rows[t * stride + 1 + entry[k]!] = entry[k + 1]!;
      kind[t] = WEIGHTED;
    }
  }
  const idfOf = (t: number) => rows[t * stride]!;
  const weightOf = (t: number, topic: number) => rows[t * stride + 1 + topic]!;
  const bias = Float64Array.from(model.topics, (t) => t.bias);
  const cutoffs = Float64Array.from(model.topics, (t) => t.cutoff);
  // lexiconWeights[u * m + i]: how topic u's lexicon evidence moves model topic i.
  const lexiconWeights = new Float64Array(U * m);
  taxonomy.topics.forEach((topic, u) => {
    model.topics.forEach((t, i) => {
      lexiconWeights[u * m + i] = t.lexicon[topic.id] ?? 0;
    });
  });
  // ownModel[u]: the model topic that is taxonomy topic u, or -1. A topic's lexicon evidence that is
  // negative on balance (its terms against it outweigh those for it) moves that topic only: through
  // the other topics' (mostly negative) weights on it, "flu season" against sport would lift society,
  // economy and politics.
  const ownModel = Int32Array.from(taxonomy.topics, (topic) => model.topics.findIndex((t) => t.id === topic.id));

  // The lexicon trie by word number; a word that starts no term is skipped with one array read.
  const trie = flattenLexicon(lexicon.root, (w) => wordIds.get(w)!);
  const entries = trie.entries;
  const { termStart, nodeTerm, childStart, childWord, childNode, wildNode } = trie;
  // Branches a scan has still to walk, for terms with a `*`: at most one per word of a term.
  const pendingNode = new Int32Array(trie.depth + 1);
  const pendingAt = new Int32Array(trie.depth + 1);
  const childOf = (node: number, word: number): number => {
    for (let c = childStart[node]!; c < childStart[node + 1]!; c++) if (childWord[c] === word) return childNode[c]!;
    return -1;
  };
  const entryTopic = Int32Array.from(entries, (e) => e.topic);
  const entryWords = Int32Array.from(entries, (e) => e.words);
  const entryPoints = Float64Array.from(entries, (e) => e.points);
  // A lexicon term's name, numbered (its plural variants share it): the reasons sum a term's entries by name
  // in typed arrays, and each name knows the model term of the same name (or -1), one reason with it.
  const nameIds = new Map<string, number>();
  const entryName = Int32Array.from(entries, (e) => {
    if (!nameIds.has(e.term)) nameIds.set(e.term, nameIds.size);
    return nameIds.get(e.term)!;
  });
  const names = [...nameIds.keys()];
  const pairIds = new Map(pairNames.map((name, k) => [name, words + k]));
  const nameTerm = Int32Array.from(names, (name) => wordIds.get(name) ?? pairIds.get(name) ?? -1);

  // Scratch space, reused story after story (the classifier is synchronous).
  let titleIds = new Int32Array(256);
  let bodyIds = new Int32Array(4096);
  const unknown = new UnknownWords(words, maxUnknown);
  /** Whether the text scanned last had a word that is dropped (an agency's name, say). */
  let dropped = false;
  const lookup = (h: number, h2: number): number => {
    const id = table.find(h, h2);
    if (id === DROP_ID) dropped = true;
    return id !== -1 ? id : unknown.find(h, h2);
  };
  const slots = terms + 3 * maxUnknown + 1;
  // What counting and the lexicon scan need of a slot, in one record, so a word costs one cache line
  // until its row is read: tally[4 * slot] is the generation that last counted the slot (stale: count 0),
  // then its count, and the lexicon node the word leads to from the root, or -1 (most words start no term).
  const tally = new Int32Array(slots * 4);
  for (let slot = 0; slot < slots; slot++) tally[slot * 4 + 2] = -1;
  for (let c = childStart[0]!; c < childStart[1]!; c++) tally[childWord[c]! * 4 + 2] = childNode[c]!;
  let generation = 0;
  let touched = new Int32Array(4096);
  /** Per touched slot, in order: the term's value in the story last scored (before scaling, then scaled). */
  let touchedValue = new Float64Array(4096);
  let scale = 1;
  let touchedCount = 0;
  const unknownPairs = new PairSet(maxUnknown * 2);
  const logits = new Float64Array(m);
  const lexCount = new Int32Array(entries.length);
  const lexStamp = new Uint32Array(entries.length);
  const lexFound: number[] = [];
  const coveredUntil = new Int32Array(U);
  const longest = new Int32Array(U);
  const longestMark = new Uint32Array(U);
  const foundTopics = new Int32Array(U);
  let mark = 0;
  const points = new Float64Array(U);
  const lexShare = new Float64Array(U);
  // Reasons: terms a reader learns from (weighted, idf high enough), and scratch space.
  for (let t = 0; t < terms; t++) if (kind[t] === WEIGHTED && idfOf(t) >= REASON_MIN_IDF && readsAsReason(termName(t))) kind[t] = WEIGHTED | REASON;
  const extra = new Float64Array(terms);
  const extraRound = new Uint32Array(terms);
  let reasonRound = 0;
  const topReasons = new TopReasons(termName);
  const nameSum = new Float64Array(names.length);
  const nameStamp = new Uint32Array(names.length);
  const nameFound = new Int32Array(names.length);
  let nameRound = 0;
  let namesFound = 0;
  const startNames = () => {
    nameRound = (nameRound + 1) >>> 0 || 1;
    namesFound = 0;
  };
  /** Adds lexicon entry e's contribution c to its name's sum; names are kept in the order first found. */
  const addToName = (e: number, c: number) => {
    const n = entryName[e]!;
    if (nameStamp[n] !== nameRound) {
      nameStamp[n] = nameRound;
      nameSum[n] = c;
      nameFound[namesFound++] = n;
    } else nameSum[n]! += c;
  };

  const bump = (slot: number, by: number) => {
    const at = slot * 4;
    if (tally[at] !== generation) {
      tally[at] = generation;
      tally[at + 1] = by;
      if (touchedCount === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
        touchedValue = new Float64Array(touched.length);
      }
      touched[touchedCount++] = slot;
    } else tally[at + 1]! += by;
  };
  const counted = (slot: number) => tally[slot * 4] === generation;
  /** A touched known term's value in the story last scored: the same product score() worked out. */
  const valueOf = (t: number) => termValueOf(tally[t * 4 + 1]!) * idfOf(t) * scale;
  const countTerms = (ids: Int32Array, length: number, weight: number) => {
    let prev = BREAK_ID;
    for (let i = 0; i < length; i++) {
      const id = ids[i]!;
      if (id === BREAK_ID) {
        prev = BREAK_ID;
        continue;
      }
      bump(id < words ? id : terms + (id - words), weight);
      if (spec.bigrams && prev !== BREAK_ID) {
        const key = ((prev + 1) << SHIFT) | id;
        const t = prev < words && id < words ? pairTable.get(key) : -1;
        bump(t >= 0 ? t : terms + maxUnknown + unknownPairs.slot(key), weight);
      }
      prev = id;
    }
  };
  /** Numbers a text into `into`, drops dropped words and the breaks that leaves; returns its length. */
  const number = (s: string, end: number, into: Int32Array): number => {
    dropped = false;
    let n = scanIds(s, end, into, lookup, special);
    if (!dropped) return n; // scanIds neither starts nor ends with a break, nor repeats one
    let k = 0;
    for (let i = 0; i < n; i++) {
      const id = into[i]!;
      if (id === DROP_ID) continue;
      if (id === BREAK_ID && (k === 0 || into[k - 1] === BREAK_ID)) continue;
      into[k++] = id;
    }
    while (k > 0 && into[k - 1] === BREAK_ID) k--;
    n = k;
    return n;
  };
  const scanLexicon = (ids: Int32Array, length: number, weight: number) => {
    coveredUntil.fill(0);
    for (let i = 0; i < length; i++) {
      const id = ids[i]!;
      let node = id >= 0 ? tally[id * 4 + 2]! : -1;
      if (node < 0) continue;
      // The longest term starting here, per topic; topics are independent of each other. A `*` edge
      // branches: the word's own edge is walked first, the `*` branch after, and it replaces a topic's
      // term only with a longer one.
      mark++;
      let found = 0;
      let pending = 0;
      let j = i + 1;
      for (;;) {
        for (let k = termStart[node]!; k < termStart[node + 1]!; k++) {
          const e = nodeTerm[k]!;
          const u = entryTopic[e]!;
          if (longestMark[u] !== mark) {
            longestMark[u] = mark;
            foundTopics[found++] = u;
            longest[u] = e;
          } else if (entryWords[e]! > entryWords[longest[u]!]!) longest[u] = e;
        }
        const nextId = j < length ? ids[j]! : BREAK_ID;
        if (nextId >= 0) {
          const w = wildNode[node]!;
          if (w >= 0 && (nextId >= words || wildSkip[nextId] === 0)) {
            pendingNode[pending] = w;
            pendingAt[pending++] = j + 1;
          }
          node = childOf(node, nextId);
        } else node = -1;
        j++;
        if (node >= 0) continue;
        if (pending === 0) break;
        node = pendingNode[--pending]!;
        j = pendingAt[pending]!;
      }
      for (let k = 0; k < found; k++) {
        const u = foundTopics[k]!;
        const e = longest[u]!;
        if (i < coveredUntil[u]!) continue;
        coveredUntil[u] = i + entryWords[e]!;
        if (lexStamp[e] !== generation) {
          lexStamp[e] = generation;
          lexCount[e] = weight;
          lexFound.push(e);
        } else lexCount[e]! += weight;
      }
    }
  };

  const scored: Scored = { logits, points };
  let lastTouched = 0;

  return {
    cutoffs,
    score(title, body, bodyEnd) {
      generation = (generation + 1) & 0x7fffffff || 1;
      unknown.clear();
      unknownPairs.clear();
      touchedCount = 0;
      lexFound.length = 0;
      // A whole lower-casing can lengthen a text (İ): room for that.
      if (titleIds.length <= title.length * 2) titleIds = new Int32Array(title.length * 4 + 1);
      if (bodyIds.length <= bodyEnd * 2) bodyIds = new Int32Array(bodyEnd * 4 + 1);
      const titleLength = Math.min(number(title, title.length, titleIds), MAX_TITLE_WORDS);
      const bodyLength = number(body, bodyEnd, bodyIds);
      countTerms(titleIds, titleLength, spec.titleWeight);
      countTerms(bodyIds, bodyLength, 1);

      // The idf is read from the term's row here, where the terms' reads are independent of each other and
      // the processor fetches many rows at once, rather than in the weights loop, where each waits its turn.
      let norm = 0;
      for (let k = 0; k < touchedCount; k++) {
        const slot = touched[k]!;
        const v = termValueOf(tally[slot * 4 + 1]!) * (slot < terms ? rows[slot * stride]! : unknownIdf);
        touchedValue[k] = v;
        norm += v * v;
      }
      scale = 1 / (Math.sqrt(norm) || 1);
      logits.set(bias);
      for (let k = 0; k < touchedCount; k++) {
        const t = touched[k]!;
        if (t >= terms || kind[t] === 0) continue;
        const v = touchedValue[k]! * scale;
        touchedValue[k] = v;
        const row = t * stride + 1;
        for (let i = 0; i < m; i++) logits[i]! += v * rows[row + i]!;
      }
      lastTouched = touchedCount;

      scanLexicon(titleIds, titleLength, LEXICON_TITLE_WEIGHT);
      scanLexicon(bodyIds, bodyLength, 1);
      points.fill(0);
      for (const e of lexFound) points[entryTopic[e]!]! += entryPoints[e]! * Math.min(lexCount[e]!, LEXICON_MAX_COUNT);
      for (let u = 0; u < U; u++) {
        const p = points[u]!;
        if (p === 0) continue;
        const v = lexiconValue(p);
        if (p < 0) {
          const own = ownModel[u]!;
          if (own >= 0) logits[own]! += v * lexiconWeights[u * m + own]!;
          continue;
        }
        for (let i = 0; i < m; i++) logits[i]! += v * lexiconWeights[u * m + i]!;
      }
      return scored;
    },
    reasons(topic) {
      const top = topReasons;
      top.reset();
      reasonRound = (reasonRound + 1) >>> 0 || 1;
      // Lexicon terms first: their share of the topic's lexicon evidence, added to the model term of the same name.
      if (lexFound.length > 0) {
        for (let u = 0; u < U; u++) lexShare[u] = points[u] ? (lexiconValue(points[u]!) * lexiconWeights[u * m + topic]!) / points[u]! : 0;
        startNames();
        for (const e of lexFound) {
          const u = entryTopic[e]!;
          if (lexShare[u]! > 0) addToName(e, lexShare[u]! * entryPoints[e]! * Math.min(lexCount[e]!, LEXICON_MAX_COUNT));
        }
        for (let k = 0; k < namesFound; k++) {
          const n = nameFound[k]!;
          const t = nameTerm[n]!;
          if (t >= 0 && counted(t) && kind[t]! & REASON && valueOf(t) * weightOf(t, topic) > 0) {
            extraRound[t] = reasonRound;
            extra[t] = nameSum[n]!;
          } else top.offer(names[n]!, nameSum[n]!);
        }
      }
      for (let k = 0; k < lastTouched; k++) {
        const t = touched[k]!;
        if (t >= terms || !(kind[t]! & REASON)) continue;
        const c = touchedValue[k]! * weightOf(t, topic);
        if (c > 0) top.offerTerm(extraRound[t] === reasonRound ? c + extra[t]! : c, t);
      }
      return top.list();
    },
    lexiconReasons(u) {
      startNames();
      for (const e of lexFound) if (entryTopic[e] === u) addToName(e, entryPoints[e]! * Math.min(lexCount[e]!, LEXICON_MAX_COUNT));
      const top = topReasons;
      top.reset();
      for (let k = 0; k < namesFound; k++) top.offer(names[nameFound[k]!]!, nameSum[nameFound[k]!]!);
      return top.list();
    },
  };
}

/** The strongest few reasons, ties by code point, without sorting them all; reused story after story. */
class TopReasons {
  private readonly names: string[] = [];
  private readonly values: number[] = [];

  constructor(private readonly termName: (t: number) => string) {}

  reset(): void {
    this.names.length = 0;
    this.values.length = 0;
  }

  /** A model term by number: its name is looked up only if it may make the list. */
  offerTerm(value: number, t: number): void {
    const n = this.names.length;
    if (n === MAX_REASONS && value < this.values[n - 1]!) return;
    this.offer(this.termName(t), value);
  }

  offer(name: string, value: number): void {
    if (!(value > 0)) return;
    const n = this.names.length;
    if (n === MAX_REASONS && !before(value, name, this.values[n - 1]!, this.names[n - 1]!)) return;
    let i = n === MAX_REASONS ? n - 1 : n;
    while (i > 0 && before(value, name, this.values[i - 1]!, this.names[i - 1]!)) {
      this.names[i] = this.names[i - 1]!;
      this.values[i] = this.values[i - 1]!;
      i--;
    }
    this.names[i] = name;
    this.values[i] = value;
  }

  list(): string[] {
    return this.names.slice();
  }
}

function before(v: number, name: string, w: number, other: string): boolean {
  return v > w || (v === w && name < other);
}

/**
 * Open addressing from words, by their two hashes (see WordLookup), to
 * numbers. A slot is three neighbouring numbers (hash, second hash, word
 * number), so a probe reads one cache line.
 */
class StringTable {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacity: number) {
    const bits = Math.max(4, Math.ceil(Math.log2(capacity * 2 + 1)));
    this.slots = new Int32Array(3 << bits);
    for (let i = 2; i < this.slots.length; i += 3) this.slots[i] = -1;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  set(key: string, id: number): void {
    const h = wordHash(key);
    const h2 = wordHash2(key);
    if (this.find(h, h2) !== -1) throw new Error(`the words "${key}" and another have the same hashes`);
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.slots[i * 3 + 2] !== -1) i = (i + 1) & this.mask;
    this.slots[i * 3] = h;
    this.slots[i * 3 + 1] = h2;
    this.slots[i * 3 + 2] = id;
  }

  /** The number of the word with these hashes, or -1. */
  find(h: number, h2: number): number {
    const slots = this.slots;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = i * 3;
      const id = slots[k + 2]!;
      if (id === -1 || (slots[k] === h && slots[k + 1] === h2)) return id;
      i = (i + 1) & this.mask;
    }
  }
}

/** A story's words the model does not know, numbered from `base` in order of appearance. */
class UnknownWords {
  private hashes = new Int32Array(1024);
  private hashes2 = new Int32Array(1024);
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private size = 0;

  constructor(
    private readonly base: number,
    private readonly max: number,
  ) {}

  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(-1);
    this.size = 0;
  }

  find(h: number, h2: number): number {
    let i = h & this.mask;
    for (;;) {
      const u = this.slots[i]!;
      if (u === -1) break;
      // An absurdly long headline: the words past the limit share one number.
      if (this.hashes[i] === h && this.hashes2[i] === h2) return this.base + Math.min(u, this.max - 1);
      i = (i + 1) & this.mask;
    }
    const u = this.size++;
    this.hashes[i] = h;
    this.hashes2[i] = h2;
    this.slots[i] = u;
    if (this.size * 2 > this.slots.length) this.rehash();
    return this.base + Math.min(u, this.max - 1);
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const hashes = new Int32Array(size);
    const hashes2 = new Int32Array(size);
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let i = 0; i < this.slots.length; i++) {
      const u = this.slots[i]!;
      if (u === -1) continue;
      let j = this.hashes[i]! & mask;
      while (slots[j] !== -1) j = (j + 1) & mask;
      hashes[j] = this.hashes[i]!;
      hashes2[j] = this.hashes2[i]!;
      slots[j] = u;
    }
    this.hashes = hashes;
    this.hashes2 = hashes2;
    this.slots = slots;
    this.mask = mask;
  }
}

/** Open addressing on 32-bit keys (all > 0): the word-pair table, without Map's costs. */
class PairTable {
  protected keys: Int32Array;
  protected values: Int32Array;
  protected shift: number;
  protected mask: number;

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

/** A story's word pairs the model does not know, numbered 0, 1, … in order of appearance (for counting only). */
class PairSet extends PairTable {
  private size = 0;
  private readonly capacity: number;

  constructor(capacity: number) {
    super(capacity * 2);
    this.capacity = capacity;
  }

  clear(): void {
    if (this.size === 0) return;
    this.keys.fill(0);
    this.size = 0;
  }

  slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === 0) break;
      i = (i + 1) & this.mask;
    }
    const v = Math.min(this.size++, this.capacity - 1);
    if (this.size < this.capacity) {
      this.keys[i] = key;
      this.values[i] = v;
    }
    return v;
  }
}
