import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSignature, HASHES, MIN_SHINGLES, signatureOf, storyWords } from '../../src/stories/minhash.js';

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

/**
 * The signature as first written, word by word: stored signatures and bands are made by it, so a faster
 * implementation must give the same bits.
 */
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
function wordHash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return mix32(h);
}
function referenceSignature(words: string[]): string | null {
  const hashes = words.map(wordHash);
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= hashes.length; i++) shingles.add(mix32(Math.imul(hashes[i]!, 0x9e3779b1) ^ Math.imul(hashes[i + 1]!, 0x85ebca77) ^ hashes[i + 2]!));
  if (shingles.size < MIN_SHINGLES) return null;
  const values = new Uint32Array(HASHES);
  for (let j = 0; j < HASHES; j++) {
    const seed = mix32(0x5bd1e995 + j * 0x27d4eb2d);
    values[j] = Math.min(...[...shingles].map((s) => mix32(s ^ seed) >>> 0));
  }
  return encodeSignature({ values, size: shingles.size });
}

describe('signatureOf', () => {
  const piece = fc.constantFrom(...PIECES, 'wire', 'Delhi', 'été', 'Ж中');
  const text = fc.array(piece, { maxLength: 200 }).map((p) => p.join(' '));

  it('gives the signature the word-by-word implementation gives', () => {
    fc.assert(fc.property(text, text, (title, body) => {
      const sig = signatureOf(title, body);
      expect(sig ? encodeSignature(sig) : null).toBe(referenceSignature(byRegex(title, body)));
    }), { numRuns: 300 });
  });
});
