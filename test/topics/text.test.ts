import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK, BREAK_ID, rawWords, scanIds, wordHash, wordHash2, words } from '../../src/topics/text.js';

const SPECIAL = ['#', 'per', 'cent', 'percent'];
const hashKey = (w: string) => `${wordHash(w)},${wordHash2(w)}`;

/** scanIds with a lookup that numbers a word by its hashes; each number shown as the hashes it stands for. */
function scanned(text: string, end = text.length): string[] {
  const names = [...SPECIAL];
  const ids = new Map(SPECIAL.map((w, i) => [hashKey(w), i]));
  const lookup = (h: number, h2: number) => {
    const key = `${h},${h2}`;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = names.length));
      names.push(key);
    }
    return id;
  };
  const out = new Int32Array(text.length * 2 + 1);
  const n = scanIds(text, end, out, lookup, { number: 0, per: 1, cent: 2, percent: 3 });
  return [...out.subarray(0, n)].map((id) => (id === BREAK_ID ? BREAK : names[id]!));
}

/** rawWords, each word other than the special ones shown as its hashes. */
function expected(text: string): string[] {
  return rawWords(text).map((w) => (w === BREAK || SPECIAL.includes(w) ? w : hashKey(w)));
}

describe('scanIds (the classifier\'s scanner: numbers, no strings)', () => {
  it('reads what rawWords reads, word for word, including past a cut', () => {
    const samples = [
      "India's Army test-fired a missile (AP). U.S. troops; 5.4% up 5 per cent, Rs 1,200 crore — JD(U) leader (in Patna) said: \"no\"",
      'Café ZÜRICH’s İstanbul ΣΟΦΟΣ 𝐀𝐁 emoji 🚀 per reuters cent e.g. a.b.c. x,y 3,4',
      'DEFENSE Ministry raises GDP forecast to 7.4 pc',
    ];
    for (const text of samples) {
      expect(scanned(text)).toEqual(expected(text));
      for (const cut of [5, 17, 40]) expect(scanned(text, cut)).toEqual(expected(text.slice(0, cut)));
    }
  });

  it('agrees with rawWords on any text', () => {
    const alphabet = fc.constantFrom(...'aAbZz09 .,;:!?-—–%\'’s"“”()[]\nİΣσéÉ🚀'.split(''), 'per cent', 'U.S.', "'s ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(expected(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('words', () => {
  it('lower-cases, folds American spellings and wire shorthand', () => {
    expect(words('Defense Ministry raises GDP forecast to 7.4 pc')).toEqual(['defence', 'ministry', 'raises', 'gdp', 'forecast', 'to', '#', 'percent']);
    expect(words('up 5 per cent, or 5%')).toEqual(['up', '#', 'percent', BREAK, 'or', '#', 'percent']);
  });

  it('drops possessives and agency tags, splits hyphens, keeps abbreviations whole', () => {
    expect(words("India's Army test-fired a missile (AP)")).toEqual(['india', 'army', 'test', 'fired', 'a', 'missile']);
    expect(words('U.S. troops arrived')).toEqual(['us', 'troops', 'arrived']);
    expect(words('Rs 1,200 crore')).toEqual(['rs', '#', 'crore']);
  });

  it('marks where sentences and clauses end, so phrases do not run across them', () => {
    expect(words('He fired a missile. Defence officials said: "no"')).toEqual(['he', 'fired', 'a', 'missile', BREAK, 'defence', 'officials', 'said', BREAK, 'no']);
    expect(words('Rome - India')).toEqual(['rome', BREAK, 'india']);
  });

  it('reads letters beyond ASCII and returns nothing for no words', () => {
    expect(words('Café Zürich')).toEqual(['café', 'zürich']);
    expect(words(' ... ')).toEqual([]);
  });
});

describe('words in brackets', () => {
  it('keeps a bracketed name together but breaks around an aside', () => {
    expect(words('JD(U) leader (in Patna) said')).toEqual(['jd', 'u', BREAK, 'leader', BREAK, 'in', 'patna', BREAK, 'said']);
  });
});
