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

  describe('an agency\'s mark alone as the last line', () => {
    it.each(['MAP', 'APS', 'PL', 'SPA', 'CP', 'Petra', 'Saba'])('is no sign-off as "%s" under copy that names no agency: no agency is credited and the line stays', (mark) => {
      // Before: the word was read as the agency's sign-off, and the story credited to it.
      const copy = cleanWireCopy(['The ministry said exports rose in October, officials said on Thursday.', mark]);
      expect(copy.agency).toBeNull();
      expect(copy.paragraphs).toEqual(['The ministry said exports rose in October, officials said on Thursday.', mark]);
    });

    it.each([
      ['MAP', 'RABAT, Nov. 26 (MAP) – Morocco and Mauritania signed four agreements on Thursday.', 'MAP'],
      ['APS', 'ALGIERS, Nov 26 (APS) - The Algerian navy took delivery of a second corvette on Thursday.', 'APS'],
      ['PL', 'Caracas, Nov 26 (PL) The Venezuelan government announced new social programmes on Thursday.', 'Prensa Latina'],
    ])('is the sign-off of the story "%s" dates', (mark, lead, agency) => {
      const copy = cleanWireCopy([lead, 'The second paragraph of the story follows here.', mark]);
      expect(copy.agency).toBe(agency);
      expect(copy.paragraphs.at(-1)).toBe('The second paragraph of the story follows here.');
    });

    it('is the sign-off of the agency the feed names, when the copy has no dateline', () => {
      const copy = cleanWireCopy(['Morocco and Mauritania signed four agreements on Thursday.', 'MAP'], { agency: 'MAP' });
      expect(copy).toMatchObject({ agency: 'MAP', paragraphs: ['Morocco and Mauritania signed four agreements on Thursday.'] });
    });

    it('is a sign-off under copy of any agency when the mark is no word ("PTI", "IANS", "Xinhua")', () => {
      for (const [mark, agency] of [['PTI', 'PTI'], ['IANS', 'IANS'], ['Xinhua', 'Xinhua']]) {
        expect(cleanWireCopy(['The ministry said exports rose in October.', mark!])).toMatchObject({ agency, paragraphs: ['The ministry said exports rose in October.'] });
      }
    });

    it('still reads a word-like mark with its dashes or brackets as a sign-off ("--MAP", "(APS)")', () => {
      expect(cleanWireCopy(['The ministry said exports rose in October.', '--MAP'])).toMatchObject({ agency: 'MAP', paragraphs: ['The ministry said exports rose in October.'] });
      expect(cleanWireCopy(['The ministry said exports rose in October.', '(APS)'])).toMatchObject({ agency: 'APS', paragraphs: ['The ministry said exports rose in October.'] });
    });
  });

  describe('a box heading glued to its first headline', () => {
    it('cuts "Top Stories Kohli hits century" and the headlines under it after the copy', () => {
      const html = '<p>Mumbai, Nov 26 (PTI) The rupee fell on Thursday.</p><p>Dealers expect more selling.</p><p>Top Stories<br>Kohli hits century in Perth</p><p>Sensex falls 300 points</p><p>Gold prices today</p>';
      // Before: "Top Stories Kohli hits century in Perth" stayed whole, and the box with it.
      expect(cleanWireCopy(htmlToStoryText(html).paragraphs).paragraphs).toEqual(['The rupee fell on Thursday.', 'Dealers expect more selling.']);
    });

    it('cuts it as the last line, the box\'s one headline', () => {
      expect(cleanWireCopy(['Mumbai, Nov 26 (PTI) The rupee fell on Thursday.', 'Dealers expect more selling.', 'Latest News Sensex falls 300 points']).paragraphs).toEqual(['The rupee fell on Thursday.', 'Dealers expect more selling.']);
    });

    it.each([
      'Top Stories Kohli hits century in Perth',
      'Trending Tech Stocks Rally',
    ])('keeps "%s" whole between sentences of copy', (line) => {
      expect(cleanWireCopy(['Mumbai, Nov 26 (PTI) First sentence here.', line, LAST]).paragraphs).toEqual(['First sentence here.', line, LAST]);
    });
  });
});
