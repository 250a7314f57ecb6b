import { describe, expect, it } from 'vitest';
import { comparableWords, figuresFrom, figuresOf, headlineWordsOf, headsStory, storyWords } from '../../src/stories/minhash.js';

const words = (title: string, text = '') => comparableWords(storyWords(title, text));
const head = (title: string) => headlineWordsOf(words(title));

describe('figuresFrom', () => {
  it('leaves out the number of an agency’s version mark, and nothing else', () => {
    const title = 'UPDATE 2-Indonesia ferry death toll rises to 17';
    const w = words(title, 'The toll rose to 17 on Wednesday; 14 are missing.');
    expect(figuresOf(w, figuresFrom(title, w))).toEqual(['17', '14']);
    const corrected = 'CORRECTED-UPDATE 1-Indonesia ferry toll at 17';
    expect(figuresOf(words(corrected), figuresFrom(corrected, words(corrected)))).toEqual(['17']);
    // A headline that opens with a figure, or with "Update" in a desk's words, keeps it.
    for (const t of ['2 killed as bus overturns', 'Update on 3 projects given to House']) expect(figuresFrom(t, words(t))).toBe(0);
  });
});

describe('headlineWordsOf and headsStory', () => {
  const agencyHead = head('Ferry capsizes off Indonesia\'s Sulawesi, at least 11 dead');
  const agency = words('Ferry capsizes off Indonesia\'s Sulawesi, at least 11 dead', 'A passenger ferry carrying more than 80 people capsized in rough seas off the coast of Indonesia\'s South Sulawesi province on Wednesday, killing at least 11 people.');

  it('finds a desk’s own headline in the story it heads: its figures all there, three quarters of its words', () => {
    expect(head('Ferry with more than 80 aboard capsizes off Sulawesi; 11 dead')).toEqual(['ferry', '80', 'aboard', 'capsizes', 'sulawesi', '11', 'dead']);
    expect(headsStory(head('Ferry with more than 80 aboard capsizes off Sulawesi; 11 dead'), new Set(agency), agencyHead)).toBe(true);
  });

  it('not when a figure is not the story’s, when a quarter of its words are not, or when it has too few words', () => {
    expect(headsStory(head('Ferry with more than 90 aboard capsizes off Sulawesi; 11 dead'), new Set(agency), agencyHead)).toBe(false);
    expect(headsStory(head('Rescuers carry survivors of ferry capsizing in Sulawesi'), new Set(agency), agencyHead)).toBe(false);
    expect(headsStory(head('Ferry capsizes'), new Set(agency), agencyHead)).toBe(false);
  });

  it('a flash of under six words (three or four of its words): all three, or three of four and every figure (clu57)', () => {
    expect(head('Ferry capsizes, 11 dead')).toEqual(['ferry', 'capsizes', '11', 'dead']);
    expect(headsStory(head('Ferry capsizes, 11 dead'), new Set(agency), agencyHead)).toBe(true);
    expect(headsStory(head('Sulawesi ferry capsizes'), new Set(agency), agencyHead)).toBe(true);
    // A word in another form than the headline's ("capsized" for "capsizes"): held.
    expect(headsStory(head('Sulawesi ferry capsized'), new Set(agency), agencyHead)).toBe(true);
    // Held to the story's headline, not its text: a next day's story repeats the first day's words in its text.
    expect(headsStory(head('Sulawesi ferry rescuers'), new Set([...agency, 'rescuers']), agencyHead)).toBe(false);
    // A figure the story does not hold, a word of three missing, or two words: not the story's.
    expect(headsStory(head('Ferry capsizes, 12 dead'), new Set(agency), agencyHead)).toBe(false);
    expect(headsStory(head('Sulawesi ferry captain held'), new Set(agency), agencyHead)).toBe(false);
    expect(headsStory(head('Ferry sinks in Flores'), new Set(agency), agencyHead)).toBe(false);
    expect(headsStory(head('Sulawesi ferry'), new Set(agency), agencyHead)).toBe(false);
  });
});
