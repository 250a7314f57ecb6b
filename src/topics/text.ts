/**
 * Story text → the words the classifier reads. The same function turns
 * lexicon terms into words, so a term in the taxonomy matches whatever
 * spelling the wire used ("Defense"/"defence", "pc"/"per cent"/"%").
 *
 * One pass over the characters, no regular expressions: ingestion calls this
 * for every story, and a 600-word story must take microseconds.
 */

/** Stands between sentences and clauses: no phrase or word pair runs across it. */
export const BREAK = '.';

/** Agency names, bylines and markup left over from feeds say who filed a story, not what it is about. */
const DROP = ['ap', 'afp', 'reuters', 'ians', 'pti', 'ani', 'upi', 'xinhua', 'xinhuanet', 'ticker', 'newsfactor', 'cp', 'dpa', 'efe', 'bss', 'quot', 'lt', 'gt', 'amp', 'nbsp', 'b', 'p', 'br', 'href', 'mr', 'mrs', 'ms'];

/** American spellings and wire shorthand folded onto one form; a dropped word folds to ''. */
export const FOLD: ReadonlyMap<string, string> = new Map([
  ...DROP.map((w) => [w, ''] as const),
  ...Object.entries({
    defense: 'defence',
    defenses: 'defences',
    pc: 'percent',
    organization: 'organisation',
    organizations: 'organisations',
    program: 'programme',
    programs: 'programmes',
    labor: 'labour',
    center: 'centre',
    centers: 'centres',
    favor: 'favour',
    honor: 'honour',
    rumor: 'rumour',
    rumors: 'rumours',
    theater: 'theatre',
    offense: 'offence',
    offenses: 'offences',
    neighbor: 'neighbour',
    neighbors: 'neighbours',
    neighboring: 'neighbouring',
  }),
]);

const LETTER = /\p{L}|\p{N}/u;

/** Letters and digits beyond ASCII, looked up once each: 0 not yet, 1 yes, 2 no. */
const wideWordChar = new Uint8Array(65536);

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wideWordChar[code];
  if (known === undefined) return false; // NaN: past the end
  if (known === 0) wideWordChar[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || Number.isNaN(code);

/** Ends a sentence or clause when a space (or the end) follows: . ! ? ; : , */
function isClauseEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 44;
}

/** Ends a clause wherever it stands: quotation marks and square brackets. */
function isHardBreak(code: number): boolean {
  return code === 34 || code === 0x201c || code === 0x201d || code === 91 || code === 93;
}

/** A bracket opens or closes an aside, but not inside a name such as "JD(U)". */
function isBracketBreak(s: string, i: number, code: number): boolean {
  if (code === 40) return i === 0 || !isWordChar(s.charCodeAt(i - 1));
  if (code === 41) return !isWordChar(s.charCodeAt(i + 1));
  return false;
}

const isDash = (code: number) => code === 45 || code === 0x2013 || code === 0x2014;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/**
 * Lower-case words of a text, with BREAK where a sentence or clause ends.
 * Possessive "'s" goes, hyphenated words split ("test-fired" → "test fired"),
 * "U.S." is "us", a bare number becomes "#", and "per cent" and "%" become
 * "percent" like the wire's "pc".
 */
export function words(text: string): string[] {
  return scan(text, true);
}

/**
 * As words(), but without the spelling folds and dropped words: for the
 * classifier, whose word table already maps "defense" to "defence" and drops
 * "reuters", so each word is looked up once.
 */
export function rawWords(text: string): string[] {
  return scan(text, false);
}

function scan(text: string, fold: boolean): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (isWordChar(code)) {
      i = readWord(s, i, out, fold);
      continue;
    }
    if (code === 37) push(out, 'percent', fold); // %
    else if (isHardBreak(code) || isBracketBreak(s, i, code)) pushBreak(out);
    else if (isClauseEnd(code) && isSpace(s.charCodeAt(i + 1))) pushBreak(out);
    else if (isDash(code) && isSpace(s.charCodeAt(i - 1)) && isSpace(s.charCodeAt(i + 1))) pushBreak(out);
    i++;
  }
  if (out[out.length - 1] === BREAK) out.pop();
  return out;
}

/** Reads one word from i; returns where scanning goes on. */
function readWord(s: string, start: number, out: string[], fold: boolean): number {
  const n = s.length;
  let i = start;
  let joined = false; // a dot or comma inside the word ("u.s.", "5.4", "1,200") was dropped
  let singleLetters = true; // "u.s.": letters one at a time between dots
  let segment = 0;
  for (;;) {
    while (i < n && isWordChar(s.charCodeAt(i))) {
      i++;
      segment++;
    }
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if ((c === 46 || (c === 44 && isDigit(s.charCodeAt(i - 1)) && isDigit(next))) && i + 1 < n && isWordChar(next)) {
      if (segment > 1) singleLetters = false;
      joined = true;
      segment = 0;
      i++;
      continue;
    }
    break;
  }
  let word = s.slice(start, i);
  if (joined) {
    word = word.replace(/[.,]/g, '');
    // "U.S." ends with a dot that is not the end of a sentence.
    if (singleLetters && segment === 1 && s.charCodeAt(i) === 46) i++;
  }
  // Possessive: "india's" → "india".
  if (isApostrophe(s.charCodeAt(i)) && s.charCodeAt(i + 1) === 115 && !isWordChar(s.charCodeAt(i + 2))) i += 2;
  push(out, word, fold);
  return i;
}

function push(out: string[], raw: string, fold: boolean): void {
  let word = raw;
  if (isDigit(word.charCodeAt(0)) && isDigit(word.charCodeAt(word.length - 1)) && /^\d+$/.test(word)) word = '#';
  else if (fold) {
    const folded = FOLD.get(word);
    if (folded === '') return;
    if (folded !== undefined) word = folded;
  }
  if (word === 'cent' && out[out.length - 1] === 'per') {
    out[out.length - 1] = 'percent';
    return;
  }
  out.push(word);
}

function pushBreak(out: string[]): void {
  if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK);
}

/**
 * Looks a word up by its two hashes (wordHash, wordHash2 of its lower case,
 * '.' and ',' left out of "u.s." or "1,200"), without making a string.
 * Returns the word's number, never BREAK_ID. Together the hashes are 64 bits:
 * a table of tens of thousands of words meets a false match about once in
 * 10^14 lookups, so numbers stand for words (a table checks its own words for
 * clashes when it is built). A text that must be lower-cased whole is read
 * twice: words of the first, abandoned reading may have been looked up.
 */
export type WordLookup = (hash: number, hash2: number) => number;

/** Between clauses, in a list of word numbers (see scanIds). */
export const BREAK_ID = -1;

/** The numbers scanIds gives words it treats specially. */
export interface SpecialIds {
  /** A bare number ("#"). */
  number: number;
  per: number;
  cent: number;
  percent: number;
}

// The seeds as signed 32-bit integers (the same bits: every use truncates to 32 bits). Written unsigned they
// are above 2^31, numbers V8 keeps as doubles, and a hash starting from one is a double in the scan's loop,
// converted at every character.
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const HASH2_SEED = 0x9747b28c | 0;
const HASH2_PRIME = 0x5bd1e995;

/** The hash scanIds gives a word (FNV-1a over its UTF-16 code units). */
export function wordHash(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return h;
}

/** scanIds' second, independent hash of a word. */
export function wordHash2(word: string): number {
  let h = HASH2_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h + word.charCodeAt(i), HASH2_PRIME) ^ (h >>> 15);
  return h;
}

/**
 * Lower case of a UTF-16 code unit beyond ASCII, looked up once each; 0 not
 * yet, 0xffff: its lower case is not one code unit of its own (İ, Σ whose
 * lower case depends on its place, surrogates), so the text is lower-cased
 * whole first.
 */
const wideLower = new Uint16Array(65536);
const NO_LOWER = 0xffff;

function lowerWide(code: number): number {
  let lower = wideLower[code]!;
  if (lower === 0) {
    const l = String.fromCharCode(code).toLowerCase();
    lower = l.length !== 1 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) ? NO_LOWER : l.charCodeAt(0);
    wideLower[code] = lower;
  }
  return lower;
}

/** The code unit at i as text.toLowerCase() would have it (see lowerWide); NaN outside [0, end). */
function lowerAt(s: string, i: number, end: number): number {
  if (i >= end || i < 0) return NaN;
  const c = s.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerWide(c);
}

/**
 * rawWords() of text.slice(0, end), as numbers: each word as `lookup` numbers
 * it, BREAK_ID where rawWords gives BREAK. Writes into `out` (which must hold
 * 2 × end + 1 numbers) and returns how many it wrote. The same scanner, step
 * for step, so both always agree; only no string is made, neither the text's
 * lower case nor a word: words are hashed as they are read.
 */
export function scanIds(text: string, end: number, out: Int32Array, lookup: WordLookup, special: SpecialIds): number {
  const length = scanLowering(text, end, out, lookup, special, false);
  if (length >= 0) return length;
  const lower = text.slice(0, end).toLowerCase();
  return scanLowering(lower, lower.length, out, lookup, special, true);
}

/** scanIds, lower-casing as it reads; -1 if the text must be lower-cased whole first (see lowerWide), unless it was. */
function scanLowering(s: string, n: number, out: Int32Array, lookup: WordLookup, special: SpecialIds, lowered: boolean): number {
  let length = 0;
  let i = 0;
  while (i < n) {
    let code = s.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
    } else {
      code = lowerWide(code);
      if (code === NO_LOWER && !lowered) return -1;
    }
    if (code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : isWordChar(code)) {
      // readWord, hashing as it goes.
      let joined = false;
      let singleLetters = true;
      let segment = 0;
      let digits = true;
      let h = HASH_SEED;
      let h2 = HASH2_SEED;
      for (;;) {
        while (i < n) {
          let c = s.charCodeAt(i);
          if (c >= 97 && c <= 122) digits = false;
          else if (c >= 48 && c <= 57) {
            // a digit
          } else if (c >= 65 && c <= 90) {
            c += 32;
            digits = false;
          } else if (c < 128) break;
          else {
            c = lowerWide(c);
            if (c === NO_LOWER && !lowered) return -1;
            if (!isWordChar(c)) break;
            digits = false;
          }
          h = Math.imul(h ^ c, HASH_PRIME);
          h2 = Math.imul(h2 + c, HASH2_PRIME) ^ (h2 >>> 15);
          i++;
          segment++;
        }
        // Most words end at a space: only a dot or a comma can join the next part on. ('.', ',' and
        // the apostrophes are their own lower case, so the raw code units will do for them.)
        const c = i < n ? s.charCodeAt(i) : NaN;
        if (c !== 46 && c !== 44) break;
        const next = lowerAt(s, i + 1, n);
        if ((c === 46 || (isDigit(lowerAt(s, i - 1, n)) && isDigit(next))) && i + 1 < n && isWordChar(next)) {
          if (segment > 1) singleLetters = false;
          joined = true;
          segment = 0;
          i++;
          continue;
        }
        break;
      }
      if (joined && singleLetters && segment === 1 && i < n && s.charCodeAt(i) === 46) i++;
      if (i < n && isApostrophe(s.charCodeAt(i)) && lowerAt(s, i + 1, n) === 115 && !isWordChar(lowerAt(s, i + 2, n))) i += 2;
      const id = digits ? special.number : lookup(h, h2);
      if (id === special.cent && length > 0 && out[length - 1] === special.per) out[length - 1] = special.percent;
      else out[length++] = id;
      continue;
    }
    if (code === 37) out[length++] = special.percent;
    else if (
      isHardBreak(code) ||
      (code === 40 && (i === 0 || !isWordChar(lowerAt(s, i - 1, n)))) ||
      (code === 41 && !isWordChar(lowerAt(s, i + 1, n))) ||
      (isClauseEnd(code) && isSpace(lowerAt(s, i + 1, n))) ||
      (isDash(code) && isSpace(lowerAt(s, i - 1, n)) && isSpace(lowerAt(s, i + 1, n)))
    ) {
      if (length > 0 && out[length - 1] !== BREAK_ID) out[length++] = BREAK_ID;
    }
    i++;
  }
  if (length > 0 && out[length - 1] === BREAK_ID) length--;
  return length;
}
