/**
 * Near-duplicate detection for wire copy: the same agency story carried by
 * many outlets, each with its own headline tweak and a sentence cut or added.
 * A story is the set of its word 3-shingles; MinHash (60 hash functions)
 * estimates the Jaccard similarity of two sets, and LSH puts the signature in
 * 20 bands of 3 rows, so a copy finds its cluster with 20 hash lookups
 * instead of a scan: two stories with Jaccard 0.5 share a band 93% of the
 * time, with 0.2 only 15%, and every candidate is checked before it joins.
 */

export const HASHES = 60;
export const BANDS = 20;
const ROWS = HASHES / BANDS;
const SHINGLE = 3;
/** Fewer shingles than this and a story is too short to tell a copy from a story on the same subject. */
export const MIN_SHINGLES = 12;

export interface Signature {
  /** The MinHash values. */
  values: Uint32Array;
  /** How many distinct shingles the story has: with the estimate of Jaccard, gives containment. */
  size: number;
}

/**
 * The words of a story, lower-cased: what both the text hash and the
 * signature are made of. The runs of letters and digits that
 * `/[\p{L}\p{N}]+/gu` matches, found by a scan that asks the Unicode
 * tables only about characters outside ASCII, once each.
 */
export function storyWords(title: string, text: string): string[] {
  const s = `${title}\n${text}`.toLowerCase();
  const words: string[] = [];
  eachWordRun(s, (start, end) => {
    words.push(s.slice(start, end));
  });
  return words;
}

/**
 * Each run of letters and digits in `text` (see wordCharAt), first to last, as `visit(start, end)`: the one scan that
 * storyWords, ledeNamesOf and capitalWordsOf read words by. `visit` returning false ends the scan.
 */
function eachWordRun(text: string, visit: (start: number, end: number) => boolean | void): void {
  let start = -1;
  for (let i = 0; i <= text.length; ) {
    const width = i < text.length ? wordCharAt(text, i) : 0;
    if (width) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (visit(start, i) === false) return;
      start = -1;
    }
    i += width || 1;
  }
}

/**
 * The width (1, or 2 for a surrogate pair) of the letter or digit at `i`, 0 for any other character: the test eachWordRun
 * scans by, asking the Unicode tables only outside ASCII.
 */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  const cp = s.codePointAt(i)!;
  return isWordCodePoint(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
/** Per BMP code point: 0 not asked yet, 1 a letter or digit, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  if (BMP_WORD[cp] === 0) BMP_WORD[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return BMP_WORD[cp] === 1;
}

/** Null when the story is too short to be compared safely. */
export function signatureOf(title: string, text: string): Signature | null {
  return signatureOfWords(comparableWords(storyWords(title, text)));
}

/**
 * The words of a story as every desk's copy of it has them: figures and units
 * the way one desk sets them and another does not (`Rs 1,200 crore`,
 * `₹1200 cr`; `7.8 per cent`, `7.8%`, `7.8 pc`) come out as one form. A
 * changed word breaks three shingles: a figure-heavy report with its figures
 * reset looked like another story. American spellings of the words news copy
 * uses most (`center`, `program`, `labor`, `defense`, `organize`, `traveled`)
 * come out British (see SPELLINGS): an American desk's trimmed copy of a
 * British agency's story, a handful of such words in each paragraph, shared
 * too few shingles to join it. British copy keeps its signature.
 */
export function comparableWords(words: string[]): string[] {
  // Copied only from the first word that changes: most words, and many stories, need nothing.
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const first = w.charCodeAt(0);
    // Most words have no unit's first letter and length: kept without a look at the table.
    if (first >= 97 && first <= 122 && UNIT_SHAPES[shapeOf(first, w)] === 0 && !(first === 114 && isRupeesRun(w))) {
      out?.push(w);
      continue;
    }
    // A figure run into its currency or unit (`Rs5cr`, `Rs1,200cr`, `450cr`, `25km`, `2.5L`): the words a desk that spaces them writes.
    if (first === 114 ? isRupeesRun(w) : first >= 48 && first <= 57 && !isDigits(w) && UNIT_SUFFIXES.has(w.slice(digitsAt(w)))) {
      return comparableWords(words.flatMap(splitRun));
    }
    let as: string | null = w;
    let end = i;
    if (first >= 48 && first <= 57) {
      // Digit groups split by a thousands separator, Indian (2,09,000) or not (1,450): one number.
      if (isDigits(w)) while (end + 1 < words.length && isDigitGroup(words, end + 1)) as += words[++end]!;
    } else if (w === 'per' && words[i + 1] === 'cent') {
      as = null;
      end = i + 1;
    } else if (w === 'pc') {
      if (i > 0 && isDigits(words[i - 1]!)) as = null;
    } else {
      const unit = UNITS.get(w);
      if (unit !== undefined) as = unit || null;
    }
    if (as !== w || end !== i) out ??= words.slice(0, i);
    if (as !== null) out?.push(as);
    i = end;
  }
  return out ?? words;
}

/** `rs` and a digit: rupees run into their figure. */
function isRupeesRun(w: string): boolean {
  const c = w.charCodeAt(2);
  return w.charCodeAt(1) === 115 && c >= 48 && c <= 57;
}

/** Where a word's leading digits end. */
function digitsAt(w: string): number {
  let i = 0;
  while (i < w.length && w.charCodeAt(i) >= 48 && w.charCodeAt(i) <= 57) i++;
  return i;
}

/** Units a desk runs into the figure (`5cr`, `25km`, `2.5L` as `2`, `5l`). */
const UNIT_SUFFIXES = new Set(['cr', 'crore', 'crores', 'l', 'lakh', 'lakhs', 'lac', 'bn', 'mn', 'km', 'kms', 'pc']);

/** A run of rupees, figure and unit as the words it stands for (`rs1` → `rs`, `1`; `200cr` → `200`, `cr`); other words as they are. */
function splitRun(w: string): string[] {
  const first = w.charCodeAt(0);
  if (first === 114 && isRupeesRun(w)) return ['rs', ...splitRun(w.slice(2))];
  if (first < 48 || first > 57) return [w];
  const at = digitsAt(w);
  if (at === w.length || !UNIT_SUFFIXES.has(w.slice(at))) return [w];
  // A lone `l` is a lakh only run into its figure: as a word of its own it is an initial (`L K Advani`).
  return [w.slice(0, at), w.length - at === 1 ? 'lakh' : w.slice(at)];
}

/** A group of a number written with separators: three digits, or two (Indian lakh/crore grouping) before more groups. */
function isDigitGroup(words: string[], i: number): boolean {
  const w = words[i]!;
  if (!isDigits(w)) return false;
  if (w.length === 3) return true;
  return w.length === 2 && i + 1 < words.length && isDigits(words[i + 1]!) && (words[i + 1]!.length === 2 || words[i + 1]!.length === 3);
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/** Units and currencies as desks abbreviate them; '' for words a symbol replaces (`%`, `₹`, `$`), which are not words. */
const UNITS = new Map<string, string>([
  ['percent', ''],
  ['rs', ''],
  ['inr', ''],
  ['usd', ''],
  ['cr', 'crore'],
  ['crores', 'crore'],
  ['lakhs', 'lakh'],
  ['lac', 'lakh'],
  ['lacs', 'lakh'],
  ['bn', 'billion'],
  ['mn', 'million'],
  ['kms', 'km'],
  ['kilometres', 'km'],
  ['kilometers', 'km'],
  ['kilometre', 'km'],
  ['kilometer', 'km'],
]);
/**
 * American spellings as British ones (comparableWords): the -ize verbs of a few stems and their -ization nouns, -or
 * nouns, -er measures and places, -ense nouns, doubled -l- before -ed/-ing, and single words.
 */
const SPELLINGS: [string, string][] = [
  ...['organ', 'recogn', 'real', 'modern', 'priorit', 'critic', 'apolog', 'emphas', 'mobil', 'util', 'final', 'stabil', 'privat', 'author', 'subsid', 'normal', 'central', 'capital', 'legal', 'minim', 'maxim', 'summar', 'special', 'civil', 'global'].flatMap((stem) =>
    ['e', 'ed', 'es', 'ing', 'er', 'ers', 'ation', 'ations'].map((end): [string, string] => [`${stem}iz${end}`, `${stem}is${end}`]),
  ),
  ...['honor', 'favor', 'labor', 'color', 'neighbor', 'behavior', 'harbor', 'rumor', 'humor', 'vigor', 'endeavor', 'armor', 'flavor', 'valor'].flatMap((w) =>
    ['', 's', 'ed', 'ing', 'ers', 'ful', 'able', 'ite', 'ites', 'hood', 'al'].map((end): [string, string] => [`${w}${end}`, `${w.slice(0, -2)}our${end}`]),
  ),
  ...['center', 'meter', 'liter', 'theater', 'fiber'].flatMap((w) => ['', 's'].map((end): [string, string] => [`${w}${end}`, `${w.slice(0, -2)}re${end}`])),
  ...['defense', 'offense', 'license'].flatMap((w) => ['', 's'].map((end): [string, string] => [`${w}${end}`, `${w.slice(0, -2)}ce${end}`])),
  ...['travel', 'cancel', 'label', 'model', 'fuel', 'counsel', 'signal', 'total', 'level', 'channel', 'tunnel', 'quarrel', 'marvel'].flatMap((w) =>
    ['ed', 'ing', 'er', 'ers'].map((end): [string, string] => [`${w}${end}`, `${w}l${end}`]),
  ),
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['jewelry', 'jewellery'],
  ['gray', 'grey'],
  ['aluminum', 'aluminium'],
  ['catalog', 'catalogue'],
  ['dialog', 'dialogue'],
  ['maneuver', 'manoeuvre'],
  ['maneuvers', 'manoeuvres'],
  ['skeptical', 'sceptical'],
  ['pediatric', 'paediatric'],
  ['fulfill', 'fulfil'],
  ['enrollment', 'enrolment'],
  ['installment', 'instalment'],
  ['tranquility', 'tranquillity'],
];
// Units first: "meters" is "metres" as a word, and a length.
for (const [american, british] of SPELLINGS) if (!UNITS.has(american)) UNITS.set(american, british);

/**
 * By first letter a-z, length (up to 15) and last letter (a-z, or any other character): 1 where a unit, "per", "pc" or
 * an American spelling has that shape. The last letter keeps most words off the table's longer list.
 */
const UNIT_SHAPES = new Uint8Array(26 * 16 * 27);
for (const u of ['per', 'pc', ...UNITS.keys()]) UNIT_SHAPES[shapeOf(u.charCodeAt(0), u)] = 1;

/** A lower-case word's place in UNIT_SHAPES (`first` its first character's code, 97-122). */
function shapeOf(first: number, w: string): number {
  const last = w.charCodeAt(w.length - 1) - 97;
  return ((first - 97) * 16 + Math.min(w.length, 15)) * 27 + (last >= 0 && last < 26 ? last : 26);
}

/** How many of a story's figures are kept to compare (the first ones: a short copy carries the top of the story). */
export const FIGURES = 40;

/**
 * The story's figures (numbers, as comparableWords gives them), distinct, in
 * order of first use. Bulletins cut from one template (a quake's magnitude,
 * a market close, a match score, a contract's value) share most of their
 * words and differ in these; every copy of one story keeps them.
 */
export function figuresOf(words: string[], from = 0): string[] {
  const seen = new Set<string>();
  for (let i = from; i < words.length; i++) {
    if (seen.size >= FIGURES) break;
    if (isDigits(words[i]!)) seen.add(words[i]!);
  }
  return [...seen];
}

/** An agency's version mark opening a headline: `UPDATE 2-`, `CORRECTED-UPDATE 1-`, `REFILE-WRAPUP 3-`. */
const VERSION_MARK = /^\s*(?:(?:CORRECTED|REFILE|RPT)\s*-\s*)*(?:UPDATE|WRAPUP)\s+\d+\s*-/;

/**
 * Where a story's figures start in its words (storyWords of its headline and text, as comparableWords gives them): after
 * the number of an agency's version mark (`UPDATE 2-`), which counts the agency's leads and is no figure of the story. A
 * later lead with a new toll ("death toll rises to 17") keeps half the first lead's figures; the mark's number cost it that.
 */
export function figuresFrom(title: string, words: readonly string[]): number {
  if (!VERSION_MARK.test(title)) return 0;
  const at = words.findIndex(isDigits);
  return at < 0 ? 0 : at + 1;
}

/** Words too common in headlines to say which story one heads. */
const HEADLINE_STOP = new Set(['with', 'from', 'that', 'this', 'after', 'over', 'into', 'more', 'than', 'says', 'said', 'amid', 'their', 'they', 'will', 'have', 'been', 'were', 'what', 'when', 'where', 'which', 'about', 'also', 'news', 'live', 'updates']);

/** How many of a headline's words are indexed and compared (see headlineWordsOf). */
export const HEADLINE_WORDS = 8;

/**
 * The words of a headline that say which story it heads (its comparableWords): figures and words of four letters or
 * more, less the commonest (HEADLINE_STOP), distinct, the first HEADLINE_WORDS. A desk's own headline over the copy
 * rewrites a verb or two and keeps these: "Ferry with more than 80 aboard capsizes off Sulawesi; 11 dead".
 */
export function headlineWordsOf(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    if (out.size >= HEADLINE_WORDS) break;
    if (isDigits(w) || (w.length >= 4 && !HEADLINE_STOP.has(w))) out.add(w);
  }
  return [...out];
}

/**
 * How many of its words (see headlineWordsOf) a headline alone must have to be matched to a story by them. A flash of
 * under six words ("Quetta blast kills six", "Kerala floods: 12 dead") has three or four: with three, all three must be
 * the story's (see headsStory); fewer say too little of which story it heads ("Floods hit Rio Grande do Sul": two).
 */
export const MIN_HEADLINE_MATCH_WORDS = 3;

/** Under this many words (see headlineWordsOf), a headline alone is matched to the story's headline, not its text (see headsStory). */
const SHORT_FLASH_WORDS = 5;

/**
 * The keys of a headline's words (see headlineWordsOf) in the band index, as a new story writes and reads them (see headedBy in
 * ingest.ts). A story with text writes "N:<word>" and reads "F:<word>" (the flashes it may be the full copy of); a flash writes
 * "F:<word>" and reads "N:<word>" (the stories with text it may head), and only with MIN_HEADLINE_MATCH_WORDS words or more. A
 * flash reads no "F:" key: those point at flashes, and a flash heads no flash, so what they found was read and thrown away
 * (perf60: an eighth of the headline-word keys a cold pass read, and the stored flashes' headlines and texts they led to).
 */
export function headlineWordKeys(head: readonly string[], flash: boolean): { written: string[]; read: string[] } {
  const written: string[] = [];
  const read: string[] = [];
  const matched = !flash || head.length >= MIN_HEADLINE_MATCH_WORDS;
  for (const w of head) {
    written.push(flash ? `F:${w}` : `N:${w}`);
    if (matched) read.push(flash ? `N:${w}` : `F:${w}`);
  }
  return { written, read };
}

/**
 * Whether a headline alone (a flash: no text) heads a story whose words are `words` and headline's words `headline` (see
 * headlineWordsOf): three quarters of its words are the story's, and every figure (of a flash of under SHORT_FLASH_WORDS
 * words, the story's headline's). Another outlet's headline over the agency copy rewrites a
 * verb ("kill" for "killed", "leads" for "led by"); a headline over another story of the topic names other places and
 * figures, and one over a column or an explainer shares its subject's words, not three quarters of the headline's.
 */
export function headsStory(head: readonly string[], words: ReadonlySet<string>, headline: readonly string[]): boolean {
  if (head.length < MIN_HEADLINE_MATCH_WORDS) return false;
  // A flash of three or four words is held to the story's headline: a next day's follow-up repeats the first day's
  // background ("the bomb blast … that killed six people" in Quetta), and with it every word of "Quetta blast kills six".
  const within = head.length < SHORT_FLASH_WORDS ? new Set(headline) : words;
  let held = 0;
  for (const w of head) {
    if (within.has(w) || heldAsForm(w, within)) held++;
    else if (isDigits(w)) return false;
  }
  return held >= 0.75 * head.length;
}

/** A headline's verb or noun as the copy writes it, another ending on one stem: "kills" for "killed", "capsizes" for "capsized". */
const WORD_ENDING = /(?:ing|ed|es|s)$/;
const WORD_ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing', 'e'];

/**
 * Whether the story holds a headline's word in another form (see WORD_ENDING): a flash of three or four words ("Quetta
 * blast kills six") writes the present tense over the copy's past ("were killed") and leaves three words to go by.
 */
function heldAsForm(w: string, words: ReadonlySet<string>): boolean {
  if (w.length < 5 || isDigits(w)) return false;
  const stem = w.replace(WORD_ENDING, '');
  if (stem.length < 4) return false;
  for (const ending of WORD_ENDINGS) if (stem + ending !== w && words.has(stem + ending)) return true;
  return false;
}

/**
 * Whether two stories' figures allow one to be a copy of the other: most of
 * the figures of the one with fewer are in the other. Stories with hardly any
 * figures say nothing either way.
 */
export function isSameFigures(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length < 3) return true;
  const inLarge = new Set(large);
  let shared = 0;
  for (const f of small) if (inLarge.has(f)) shared++;
  return shared / small.length >= 0.5;
}

export function signatureOfWords(words: string[]): Signature | null {
  if (words.length < SHINGLE) return null;
  // All in 32-bit integers (bit patterns of the unsigned hashes): V8 keeps them unboxed. The word hashes and shingles
  // go in scratch arrays kept between calls (three signatures a story, each array's allocation cost more than its use).
  const n = words.length;
  if (scratchWords.length < n) {
    scratchWords = new Int32Array(n * 2);
    scratchShingles = new Int32Array(n * 2);
  }
  const wordHashes = scratchWords;
  const shingles = scratchShingles;
  for (let i = 0; i < n; i++) wordHashes[i] = hashString(words[i]!);
  const count = n - SHINGLE + 1;
  for (let i = 0; i < count; i++) {
    // Order matters in a shingle: "India beat Pakistan" is not "Pakistan beat India".
    shingles[i] = mix32(Math.imul(wordHashes[i]!, 0x9e3779b1) ^ Math.imul(wordHashes[i + 1]!, 0x85ebca77) ^ wordHashes[i + 2]!);
  }
  const size = keepDistinct(shingles, count);
  if (size < MIN_SHINGLES) return null;
  // mix32(x ^ seed) opens with h ^= h >>> 16, which is (x ^ x >>> 16) ^ (seed ^ seed >>> 16): each shingle and each seed folded
  // once here (SEEDS_FOLDED), not in each of the 60 hashes of each shingle; mixFolded does the rest of mix32.
  for (let s = 0; s < size; s++) shingles[s] = fold(shingles[s]!);
  // Minima of the unsigned values, compared as signed ones with the top bit flipped.
  // Six hash functions a pass over the shingles (HASHES is a multiple of 6): each shingle is read once for six.
  const values = new Uint32Array(HASHES);
  for (let j = 0; j < HASHES; j += 6) {
    const s0 = SEEDS_FOLDED[j]!;
    const s1 = SEEDS_FOLDED[j + 1]!;
    const s2 = SEEDS_FOLDED[j + 2]!;
    const s3 = SEEDS_FOLDED[j + 3]!;
    const s4 = SEEDS_FOLDED[j + 4]!;
    const s5 = SEEDS_FOLDED[j + 5]!;
    let m0 = 0x7fffffff;
    let m1 = 0x7fffffff;
    let m2 = 0x7fffffff;
    let m3 = 0x7fffffff;
    let m4 = 0x7fffffff;
    let m5 = 0x7fffffff;
    for (let s = 0; s < size; s++) {
      const x = shingles[s]!;
      const v0 = mixFolded(x ^ s0) ^ 0x80000000;
      const v1 = mixFolded(x ^ s1) ^ 0x80000000;
      const v2 = mixFolded(x ^ s2) ^ 0x80000000;
      const v3 = mixFolded(x ^ s3) ^ 0x80000000;
      const v4 = mixFolded(x ^ s4) ^ 0x80000000;
      const v5 = mixFolded(x ^ s5) ^ 0x80000000;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
      if (v4 < m4) m4 = v4;
      if (v5 < m5) m5 = v5;
    }
    values[j] = m0 ^ 0x80000000;
    values[j + 1] = m1 ^ 0x80000000;
    values[j + 2] = m2 ^ 0x80000000;
    values[j + 3] = m3 ^ 0x80000000;
    values[j + 4] = m4 ^ 0x80000000;
    values[j + 5] = m5 ^ 0x80000000;
  }
  return { values, size };
}

/** signatureOfWords' scratch: word hashes and shingles (grown as needed, never shrunk: a story's words are a few thousand). */
let scratchWords = new Int32Array(1024);
let scratchShingles = new Int32Array(1024);
/** keepDistinct's open-addressing table, `taken` marked by generation so it is not cleared between calls. */
let distinctSlots = new Int32Array(4096);
let distinctTaken = new Uint32Array(4096);
let distinctGeneration = 0;

/**
 * Moves each distinct value of the first `length` of `values` to the front, once, in first-seen
 * order, and returns how many there are. An open-addressing set: the values
 * are well-mixed hashes already, so their low bits pick the slot. (Sorting
 * cost more; the minima do not depend on the order.)
 */
function keepDistinct(values: Int32Array, length: number): number {
  let capacity = 16;
  while (capacity < length * 2) capacity <<= 1;
  const mask = capacity - 1;
  if (distinctSlots.length < capacity) {
    distinctSlots = new Int32Array(capacity);
    distinctTaken = new Uint32Array(capacity);
    distinctGeneration = 0;
  }
  // A slot is taken in this call when it holds this call's generation (wrapping after 2^32 - 1 calls: cleared then).
  if (++distinctGeneration > 0xfffffffe) {
    distinctTaken.fill(0);
    distinctGeneration = 1;
  }
  const generation = distinctGeneration;
  const slots = distinctSlots;
  const taken = distinctTaken;
  let size = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    let slot = v & mask;
    while (taken[slot] === generation && slots[slot] !== v) slot = (slot + 1) & mask;
    if (taken[slot] === generation) continue;
    taken[slot] = generation;
    slots[slot] = v;
    values[size++] = v;
  }
  return size;
}

/**
 * How much of a story's text its lede is: about what a feed that carries only
 * the first paragraph gives. A summary-only copy shares few shingles with the
 * full story (Jaccard ~0.1, which the bands would almost never find), but its
 * lede is the full story's lede.
 */
export const LEDE_WORDS = 40;

/**
 * The names in a story's lede (its text's first LEDE_WORDS words): words in capitals that open no sentence, lower-cased,
 * distinct. Releases, bulletins and notices cut from one template open alike and differ in these (the festival a
 * greeting is for, the districts an alert names, the person a condolence mourns); every copy of one story keeps them.
 */
export function ledeNamesOf(text: string): string[] {
  const names = new Set<string>();
  let words = 0;
  let after = 0;
  eachWordRun(text, (start, end) => {
    if (++words > LEDE_WORDS) return false;
    if (!opensSentence(text, after, start) && isCapital(text, start)) names.add(text.slice(start, end).toLowerCase());
    after = end;
  });
  return [...names];
}

/** Whether the word at `start` opens a sentence: the first, or one after a `.`, `!`, `?`, `:` or a line break since `from`. */
function opensSentence(text: string, from: number, start: number): boolean {
  if (from === 0) return true;
  for (let i = from; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10) return true;
  }
  return false;
}

const UPPER_FIRST = /^\p{Lu}/u;

function isCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(text.slice(at, at + 2));
}

/**
 * Whether two ledes are one template filled in for two stories: alike in their words (Jaccard 0.3 or more: not a desk's
 * own lede or an update's new one), each with three names or more the other lacks. A copy keeps the names of the lede it
 * shares (a correction puts one right); in the unseen corpus (test/helpers/wire-corpus-2.ts) template mates differ in 3-6 each.
 */
export function isTemplateMate(a: Signature, aNames: readonly string[], b: Signature, bNames: readonly string[]): boolean {
  if (aNames.length < TEMPLATE_NAMES || bNames.length < TEMPLATE_NAMES || jaccard(a, b) < 0.3) return false;
  return missing(aNames, bNames) >= TEMPLATE_NAMES && missing(bNames, aNames) >= TEMPLATE_NAMES;
}

const TEMPLATE_NAMES = 3;

/**
 * A story's subject names: the names of its lede (see ledeNamesOf) that its headline has too, as comparableWords spells
 * them (the district an alert is for, the state a poll schedule is for, the company whose results it gives).
 */
export function subjectNamesOf(title: string, ledeNames: readonly string[]): string[] {
  const headline = new Set(comparableWords(storyWords(title, '')));
  return comparableWords([...ledeNames]).filter((n) => headline.has(n));
}

/** Every word of a story's headline and text that opens with a capital, lower-cased, as comparableWords spells it, distinct. */
export function capitalWordsOf(title: string, text: string): string[] {
  const s = `${title}\n${text}`;
  const caps = new Set<string>();
  eachWordRun(s, (start, end) => {
    if (isCapital(s, start)) caps.add(s.slice(start, end).toLowerCase());
  });
  return comparableWords([...caps]);
}

/**
 * Whether two stories alike in their ledes are one template filled in for two subjects that differ in only a name or
 * two (rain alerts for two districts, two states' poll schedules): each has a subject name (see subjectNamesOf) the
 * other's headline and text never write. A copy keeps the agency's subject, wherever it moves it; a desk's own
 * headline names what the copy names; an agency's later lead adds names but keeps the first lead's.
 */
export function isOtherSubject(a: Signature, aSubject: readonly string[], aCaps: readonly string[], b: Signature, bSubject: readonly string[], bCaps: readonly string[]): boolean {
  if (jaccard(a, b) < 0.3) return false;
  return aSubject.some((n) => !bCaps.includes(n)) && bSubject.some((n) => !aCaps.includes(n));
}

function missing(of: readonly string[], from: readonly string[]): number {
  let n = 0;
  for (const x of of) if (!from.includes(x)) n++;
  return n;
}

/** The lede's bands, kept apart from the whole story's in one index by their "L". */
export function ledeBandKeys(sig: Signature): string[] {
  return bandKeys(sig, LEDE_BAND_PREFIXES);
}

/**
 * The words a story's body opens with once its first paragraph is left out: the second paragraph, at most
 * LEDE_WORDS words of it. A desk that rewrites the first paragraph (its own lede and dateline) keeps the agency's
 * next ones, and a copy that is that rewrite cut short or trimmed at its end shares little else with the agency copy:
 * its whole text and its lede are no match, its second paragraph is the agency's. Empty for a story of one paragraph.
 */
export function bodyLedeWords(text: string): string[] {
  const start = text.indexOf('\n\n');
  if (start < 0) return [];
  const end = text.indexOf('\n\n', start + 2);
  return storyWords('', text.slice(start + 2, end < 0 ? undefined : end)).slice(0, LEDE_WORDS);
}

/** The body lede's bands (see bodyLedeWords), kept apart by their "B". */
export function bodyBandKeys(sig: Signature): string[] {
  return bandKeys(sig, BODY_BAND_PREFIXES);
}

/** Whether two ledes open one story: the shorter almost wholly inside the other. */
export function isSameLede(a: Signature, b: Signature): boolean {
  const j = jaccard(a, b);
  if (j < 0.3) return false;
  const shared = (j * (a.size + b.size)) / (1 + j);
  return shared / Math.min(a.size, b.size) >= 0.85;
}

/** "0:" … "j:": the bands' key prefixes. */
const BAND_PREFIXES = Array.from({ length: BANDS }, (_, b) => `${b.toString(36)}:`);
/** … for the lede's bands ("L0:" …) and the body lede's ("B0:" …). */
const LEDE_BAND_PREFIXES = BAND_PREFIXES.map((p) => `L${p}`);
const BODY_BAND_PREFIXES = BAND_PREFIXES.map((p) => `B${p}`);
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** One key per band: a story and its copy share at least one when they are alike. */
export function bandKeys(sig: Signature, prefixes: readonly string[] = BAND_PREFIXES): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x9e3779b9 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig.values[b * ROWS + r]!);
    keys.push(prefixes[b]! + base36(h));
  }
  return keys;
}

/** n.toString(36) for an unsigned 32-bit n, without the generic radix conversion (the slower part of bandKeys). */
function base36(n: number): string {
  let out = BASE36[n % 36]!;
  for (n = Math.floor(n / 36); n > 0; n = Math.floor(n / 36)) out = BASE36[n % 36]! + out;
  return out;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function jaccard(a: Signature, b: Signature): number {
  let same = 0;
  for (let j = 0; j < HASHES; j++) if (a.values[j] === b.values[j]) same++;
  return same / HASHES;
}

/** Estimated share of the smaller story's shingles that are in the other (from Jaccard and the two sizes). */
export function containment(a: Signature, b: Signature): number {
  const j = jaccard(a, b);
  return (j * (a.size + b.size)) / (1 + j) / Math.min(a.size, b.size);
}

/**
 * Whether b is a copy of a: alike overall (Jaccard), or one mostly inside the
 * other (containment), which is how a shortened copy of a long story looks.
 */
export function isNearDuplicate(a: Signature, b: Signature): boolean {
  const j = jaccard(a, b);
  if (j >= 0.5) return true;
  if (j < 0.25) return false;
  const shared = (j * (a.size + b.size)) / (1 + j);
  return shared / Math.min(a.size, b.size) >= 0.8;
}

export function encodeSignature(sig: Signature): string {
  const bytes = Buffer.alloc(HASHES * 4);
  for (let j = 0; j < HASHES; j++) bytes.writeUInt32LE(sig.values[j]!, j * 4);
  return `${sig.size}:${bytes.toString('base64')}`;
}

export function decodeSignature(s: string | null | undefined): Signature | null {
  if (!s) return null;
  const i = s.indexOf(':');
  const bytes = Buffer.from(s.slice(i + 1), 'base64');
  if (i < 0 || bytes.length !== HASHES * 4) return null;
  const values = new Uint32Array(HASHES);
  for (let j = 0; j < HASHES; j++) values[j] = bytes.readUInt32LE(j * 4);
  return { values, size: Number(s.slice(0, i)) };
}

/** FNV-1a over UTF-16 code units, then mixed (as a signed 32-bit integer). */
function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3's finaliser: a cheap, well-spread 32-bit mix. */
function mix(x: number): number {
  return mix32(x) >>> 0;
}

/** mix() as a signed 32-bit integer (the same bits). */
function mix32(x: number): number {
  return mixFolded(fold(x));
}

/** mix32's first step. */
function fold(x: number): number {
  return (x ^ (x >>> 16)) | 0;
}

/** mix32 after its first step: mix32(x) === mixFolded(fold(x)). */
function mixFolded(x: number): number {
  let h = Math.imul(x, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The seeds of the HASHES hash functions, folded (see signatureOfWords). */
const SEEDS_FOLDED = Int32Array.from({ length: HASHES }, (_, j) => fold(mix32(0x5bd1e995 + j * 0x27d4eb2d)));
