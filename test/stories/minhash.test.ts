import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyWords } from '../../src/stories/minhash.js';

/** What storyWords was first written as: content hashes and signatures stored in Redis are made of these words. */
const byRegex = (title: string, text: string) => `${title}\n${text}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// ASCII, accented and other scripts, a letter that lower-cases to two code units (İ), combining marks,
// astral letters and emoji, lone surrogates, letter-like numbers and punctuation.
const PIECES = ['a', 'Z', '0', ' ', '\n', '-', "'", '_', '.', 'é', 'É', 'ß', 'İ', 'Σ', 'ς', 'Ж', '中', '\u0301', '\u00a0', '𝐀', '😀', '\ud800', '\udc00', '٣', 'ǅ', 'ﬀ', '\u2163'];

describe('storyWords', () => {
  it('finds the runs of letters and digits the Unicode regex finds', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, text, (title, body) => {
      expect(storyWords(title, body)).toEqual(byRegex(title, body));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, body) => {
      expect(storyWords(title, body)).toEqual(byRegex(title, body));
    }), { numRuns: 2000 });
  });

  it('agrees with it on every BMP character and on astral ones', () => {
    for (let cp = 0; cp < 0x110000; cp += cp < 0x10000 ? 1 : 251) {
      const ch = String.fromCodePoint(cp);
      const text = `x${ch}y ${ch}`;
      if (storyWords(text, ch).join(' ') !== byRegex(text, ch).join(' ')) expect.fail(`differs at U+${cp.toString(16)}`);
    }
  });
});
