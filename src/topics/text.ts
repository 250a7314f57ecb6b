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

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCharCode(code));
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
