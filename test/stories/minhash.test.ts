import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyLedeWords, comparableWords, encodeSignature, figuresOf, HASHES, isSameFigures, jaccard, LEDE_WORDS, MIN_SHINGLES, signatureOf, signatureOfWords, storyWords } from '../../src/stories/minhash.js';

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
      const sig = signatureOfWords(byRegex(title, body));
      expect(sig ? encodeSignature(sig) : null).toBe(referenceSignature(byRegex(title, body)));
    }), { numRuns: 300 });
  });

  it('gives it for stories of any length, one after another (long, short, longer, short again)', () => {
    // signatureOfWords keeps its working arrays between stories, and grows them for a long one.
    const story = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed) % Math.max(7, n >> 1)}`);
    for (const [n, seed] of [[3000, 1], [40, 2], [15, 3], [9000, 4], [2, 5], [60, 6], [9000, 4], [3000, 1], [500, 7]] as const) {
      const words = story(n, seed);
      const sig = signatureOfWords(words);
      expect(sig ? encodeSignature(sig) : null, `${n} words`).toBe(referenceSignature(words));
    }
  });
});

describe('comparableWords', () => {
  const words = (text: string) => comparableWords(storyWords('', text)).join(' ');

  it('sets figures and units one way, however a desk wrote them', () => {
    expect(words('a Rs 1,200 crore deal')).toBe(words('a Rs 1200 cr deal'));
    expect(words('a Rs 1,200 crore deal')).toBe(words('a ₹1,200-crore deal'));
    expect(words('grew 7.8 per cent')).toBe(words('grew 7.8%'));
    expect(words('grew 7.8 per cent')).toBe(words('grew 7.8 pc'));
    expect(words('grew 7.8 per cent')).toBe(words('grew 7.8 percent'));
    expect(words('Rs 2,09,000 crore, USD 10.6 billion, 6 lakh')).toBe(words('Rs 209000 crores, $10.6 bn, 6 lakhs'));
    expect(words('a 22 kilometre range')).toBe(words('a 22 km range'));
  });

  it('keeps apart figures that differ, and words next to a number that are not units', () => {
    expect(words('magnitude 4.2 at 3.14 am')).not.toBe(words('magnitude 3.5 at 11.42 am'));
    expect(words('Nov 26, 2026')).toBe('nov 26 2026');
    expect(words('PC makers')).toBe('pc makers');
    expect(words('cut the price of 2 cars')).toBe('cut the price of 2 cars');
  });

  it('makes copies with their figures reset one signature', () => {
    const indian = 'New Delhi, Nov 28 (PTI) India\'s economy grew at 7.8 per cent in the July-September quarter, driven by defence manufacturing worth Rs 1,450 crore and 2,09,000 new homes, the statistics office said on Friday.';
    const american = 'New Delhi, Nov 28 (PTI) India\'s economy grew at 7.8% in the July-September quarter, driven by defence manufacturing worth ₹1450 cr and 209000 new homes, the statistics office said on Friday.';
    expect(jaccard(signatureOf('GDP grows', indian)!, signatureOf('GDP grows', american)!)).toBe(1);
  });
});

describe('figures', () => {
  const figures = (text: string) => figuresOf(comparableWords(storyWords('', text)));
  const quake = (mag: string, place: string, depth: string, time: string) =>
    `An earthquake of magnitude ${mag} on the Richter scale hit ${place} at ${time} on Wednesday, the National Center for Seismology said. The quake occurred at a depth of ${depth} km.`;

  it('tells bulletins cut from one template apart by their figures', () => {
    expect(isSameFigures(figures(quake('4.2', 'Myanmar', '10', '3.14 am')), figures(quake('3.5', 'Assam', '15', '11.42 am')))).toBe(false);
    expect(isSameFigures(figures(quake('4.2', 'Myanmar', '10', '3.14 am')), figures(`Strong tremor: ${quake('4.2', 'Myanmar', '10', '3.14 am')} No damage was reported.`))).toBe(true);
  });

  it('finds a short copy’s figures in the full story, and takes stories with hardly any figures as saying nothing', () => {
    const full = 'The rupee ended at 89.42 per dollar, down 0.3% from 89.16, after touching 89.55. Foreign investors sold $2.1 billion of shares this month. Yields were at 6.52%.';
    const short = 'The rupee ended at 89.42 per dollar, down 0.3% from 89.16, after touching 89.55.';
    expect(isSameFigures(figures(short), figures(full))).toBe(true);
    expect(isSameFigures(figures('Talks on the 2 issues resumed'), figures('Talks on 5 issues resumed'))).toBe(true);
  });

  it('keeps the first figures of a story with many', () => {
    expect(figuresOf(Array.from({ length: 100 }, (_, i) => String(i)))).toHaveLength(40);
  });
});

describe('bodyLedeWords', () => {
  it('is the second paragraph’s words, at most LEDE_WORDS of them, and nothing for a story of one paragraph', () => {
    expect(bodyLedeWords('The only paragraph, with no break after it.')).toEqual([]);
    expect(bodyLedeWords('First paragraph.\n\nThe Second one, here.\n\nThe third.')).toEqual(['the', 'second', 'one', 'here']);
    expect(bodyLedeWords('First.\n\nLast one')).toEqual(['last', 'one']);
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(bodyLedeWords(`Lede.\n\n${long}`)).toEqual(Array.from({ length: LEDE_WORDS }, (_, i) => `w${i}`));
  });
});
