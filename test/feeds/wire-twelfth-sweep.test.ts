import { describe, expect, it } from 'vitest';
import { htmlToStoryText } from '../../src/feeds/html-text.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

const LAST = 'Last sentence of the copy here.';

describe('what the eleventh sweep left (twelfth sweep)', () => {
  describe('a place and a full stop opening the copy is a dateline only where desks date so', () => {
    it.each([
      'Kano. That was the city where the first cotton exchange of the north opened in 1912.',
      'Mumbai. The city never sleeps, and neither do its suburban trains.',
      'Arusha. That is where the tribunal sat for two decades.',
      'Kampala. It has grown faster than any other city in the region, the report said.',
    ])('keeps "%s" whole, the place in its sentence', (line) => {
      // Before: the place and its full stop were read as a Tanzanian dateline and cut from the copy.
      const copy = cleanWireCopy([line, LAST]);
      expect(copy.paragraphs).toEqual([line, LAST]);
      expect(copy.place).toBeNull();
    });

    it.each([
      ['Dar es Salaam', 'The Tanzania People\'s Defence Force will recruit 4,000 young people next year.'],
      ['Dodoma', 'Parliament on Thursday passed the finance bill after a two-day debate.'],
      ['Kampala', 'The Uganda People\'s Defence Force has deployed two more battalions to the border with South Sudan.'],
      ['Mbeya', 'Farmers in the southern highlands have started planting early after the first rains.'],
    ])('still reads "%s." over a news lead as an East African paper\'s dateline', (place, lead) => {
      const copy = cleanWireCopy([`${place}. ${lead}`, LAST]);
      expect(copy.paragraphs).toEqual([lead, LAST]);
      expect(copy.place).toBe(place);
    });
  });
});
