/**
 * Which of many anchored rules can match a line, told by the line's first character alone: a sieve derived from each
 * pattern's own source, so a rule added to a table is sieved as soon as it is written, with no index kept by hand.
 *
 * A pattern anchored at the start of the line (every way through it passes `^` before it reads a character) that cannot
 * match an empty line reads the line's first character with one of its first single-character matchers (a literal,
 * a class, an escape, `.`): those matchers, in a pattern of the same flags, take the first character of every line the
 * pattern takes. A pattern this reader cannot vouch for (unanchored, `m` or `g` flags, a back-reference first,
 * syntax it does not know) gets no sieve: it is always tried.
 */

/** The start of a piece of a pattern. */
interface Start {
  /** Sources of the single-character matchers a match can begin with. */
  atoms: string[];
  /** Whether the piece can match nothing (it then lets what follows it begin the match too). */
  empty: boolean;
  /** Whether every way through the piece passes `^` before reading a character. */
  anchored: boolean;
}

/** A term that reads no character and says nothing of where the match starts: `$`, `\b`, a look-around. */
const ZERO_WIDTH: Start = { atoms: [], empty: true, anchored: false };

class Unreadable extends Error {}

class PatternReader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  whole(): Start {
    const start = this.alternation();
    if (this.at !== this.source.length) throw new Unreadable();
    return start;
  }

  private alternation(): Start {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return {
      atoms: branches.flatMap((b) => b.atoms),
      empty: branches.some((b) => b.empty),
      anchored: branches.every((b) => b.anchored),
    };
  }

  private sequence(): Start {
    const atoms: string[] = [];
    let empty = true;
    let anchored: boolean | null = null;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const { term, caret, zeroWidth } = this.term();
      const min = zeroWidth || caret ? 1 : this.quantifierMin();
      // The first term that is not an assertion decides: `^` itself, or a group that is anchored and cannot be skipped.
      if (anchored === null && !zeroWidth) anchored = caret || (term.anchored && min >= 1);
      if (empty) {
        atoms.push(...term.atoms);
        empty = term.empty || min === 0;
      }
    }
    return { atoms, empty, anchored: anchored ?? false };
  }

  private term(): { term: Start; caret?: boolean; zeroWidth?: boolean } {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '^') {
      this.at++;
      return { term: ZERO_WIDTH, caret: true };
    }
    if (c === '$') {
      this.at++;
      return { term: ZERO_WIDTH, zeroWidth: true };
    }
    if (c === '(') return this.group();
    if (c === '[') return { term: this.atom(this.classEnd()) };
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new Unreadable();
    if (c === '{' && (this.unicode || QUANTIFIER.test(s.slice(this.at)))) throw new Unreadable();
    if (c === '.') return { term: this.atom(this.at + 1) };
    // A literal character: `{`, `}` and `]` are literal outside the `u` flag; any other is itself.
    if (c === '{' || c === '}' || c === ']') return { term: this.atom(this.at + 1, `\\${c}`) };
    const width = this.unicode ? String.fromCodePoint(s.codePointAt(this.at)!).length : 1;
    return { term: this.atom(this.at + width) };
  }

  private group(): { term: Start; zeroWidth?: boolean } {
    const s = this.source;
    const head = /^\((?:\?(?::|=|!|<=|<!|<[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*>))?/u.exec(s.slice(this.at))![0];
    if (head === '(' && s[this.at + 1] === '?') throw new Unreadable(); // a modifier group, "(?i:…)": not read
    this.at += head.length;
    const inner = this.alternation();
    if (s[this.at] !== ')') throw new Unreadable();
    this.at++;
    const lookAround = head === '(?=' || head === '(?!' || head === '(?<=' || head === '(?<!';
    return lookAround ? { term: ZERO_WIDTH, zeroWidth: true } : { term: inner };
  }

  private escape(): { term: Start; zeroWidth?: boolean } {
    const s = this.source;
    const c = s[this.at + 1];
    if (c === undefined) throw new Unreadable();
    if (c === 'b' || c === 'B') {
      this.at += 2;
      return { term: ZERO_WIDTH, zeroWidth: true };
    }
    // A back-reference reads what a group took: nothing this reader knows. Nor does it read an octal escape ("\012"), or
    // "\c" without its letter (a backslash, then "c", outside the `u` flag).
    if (/[1-9]/.test(c) || c === 'k' || (c === '0' && /\d/.test(s[this.at + 2] ?? '')) || (c === 'c' && !/[A-Za-z]/.test(s[this.at + 2] ?? ''))) throw new Unreadable();
    const rest = s.slice(this.at);
    const long = this.unicode ? UNICODE_ESCAPE.exec(rest) : LEGACY_ESCAPE.exec(rest);
    return { term: this.atom(this.at + (long ? long[0].length : 2)) };
  }

  /** The index after the class that opens here. */
  private classEnd(): number {
    const s = this.source;
    let i = this.at + 1;
    if (s[i] === '^') i++;
    for (; i < s.length; i++) {
      if (s[i] === '\\') i++;
      else if (s[i] === ']') return i + 1;
    }
    throw new Unreadable();
  }

  /** One single-character matcher, from here to `end` (its source, or `as` in its place). */
  private atom(end: number, as?: string): Start {
    const source = as ?? this.source.slice(this.at, end);
    this.at = end;
    return { atoms: [source], empty: false, anchored: false };
  }

  /** Reads a quantifier if one follows: the fewest times it lets the term match (1 without one). */
  private quantifierMin(): number {
    const s = this.source;
    const c = s[this.at];
    let min = 1;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const q = QUANTIFIER.exec(s.slice(this.at));
      if (!q) return 1;
      this.at += q[0].length - 1;
      min = Number(q[1]);
    } else return 1;
    this.at++;
    if (s[this.at] === '?') this.at++;
    return min;
  }
}

const QUANTIFIER = /^\{(\d+)(?:,\d*)?\}/;
/** Escapes longer than a backslash and one character, with the `u` flag: a surrogate pair written as two escapes is one character. */
const UNICODE_ESCAPE = /^\\(?:[pP]\{[^}]*\}|u\{[\dA-Fa-f]+\}|u[dD][89abAB][\dA-Fa-f]{2}\\u[dD][c-fC-F][\dA-Fa-f]{2}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z])/;
const LEGACY_ESCAPE = /^\\(?:u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z])/;

/**
 * A pattern that tells whether a line's first character can begin a match of `pattern`, or null when every line must be
 * tried (see the module's comment). Tested on the line's first character (a code point).
 */
export function firstCharSieve(pattern: RegExp): RegExp | null {
  if (/[gymv]/.test(pattern.flags)) return null;
  let start: Start;
  try {
    start = new PatternReader(pattern.source, pattern.flags.includes('u')).whole();
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
  if (!start.anchored || start.empty) return null;
  return new RegExp(`^(?:${[...new Set(start.atoms)].join('|')})`, pattern.flags);
}

/** Distinct first characters remembered: a line's first character is one of few in practice; past this, candidates are worked out each time. */
const MAX_REMEMBERED = 4096;

/**
 * The rules worth trying on a line, in their order, by the line's first character: every rule whose pattern can start
 * with it, and every rule without a sieve (`patternOf` null, or a pattern firstCharSieve cannot read). Each first
 * character's list is worked out once.
 */
export function firstCharIndex<T>(rules: readonly T[], patternOf: (rule: T) => RegExp | null): (line: string) => readonly T[] {
  const sieves = rules.map((rule) => {
    const pattern = patternOf(rule);
    return pattern ? firstCharSieve(pattern) : null;
  });
  const byFirst = new Map<string, readonly T[]>();
  return (line) => {
    if (line === '') return rules;
    const first = String.fromCodePoint(line.codePointAt(0)!);
    let candidates = byFirst.get(first);
    if (!candidates) {
      candidates = rules.filter((_, i) => sieves[i] === null || sieves[i]!.test(first));
      if (byFirst.size < MAX_REMEMBERED) byFirst.set(first, candidates);
    }
    return candidates;
  };
}
