import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * Wire and press-release copy in shapes no earlier sweep had met, and a gallery's captions under their counters. Each story and its
 * furniture are our own invention, written for this test after how these agencies, offices and outlets set their copy; read as a poll
 * reads them (furniture, then the wire rules). Every paragraph of the story stays, the furniture goes, and the dateline gives the place
 * and the agency.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

describe('a gallery\'s captions go with their counters', () => {
  const lead = 'New Delhi, Nov 26 (PTI) The Republic Day tableaux were chosen on Thursday after three rounds of review.';
  const copy = 'The Republic Day tableaux were chosen on Thursday after three rounds of review.';
  const last = 'Sixteen states and six ministries will take part this year.';

  // Before: the counters went (or not) and every caption stayed in the text.
  it.each([
    ['bare counters', ['1/3', 'Soldiers rehearse on Kartavya Path in New Delhi.', '2/3', 'A camel contingent of the BSF during the rehearsal.', '3/3', 'The Navy\'s tableau on its way to the parade ground. (Photo: PTI)']],
    ['spaced counters in brackets', ['[1 / 2]', 'Soldiers rehearse on Kartavya Path in New Delhi.', '[2 / 2]', 'A camel contingent of the BSF during the rehearsal.']],
    ['"Photo 1 of 2"', ['Photo 1 of 2', 'Soldiers rehearse on Kartavya Path in New Delhi.', 'Photo 2 of 2', 'A camel contingent of the BSF during the rehearsal.']],
    ['"Image 2 of 8" over the last slide of a gallery cut short', ['Image 1 of 8', 'Soldiers rehearse on Kartavya Path in New Delhi.', 'Image 2 of 8', 'A camel contingent of the BSF during the rehearsal.']],
    ['"Slide 4" with no total', ['Slide 4', 'Soldiers rehearse on Kartavya Path in New Delhi.', 'Slide 5', 'A camel contingent of the BSF during the rehearsal.']],
    ['counters run into their captions', ['1/12 Soldiers rehearse on Kartavya Path in New Delhi.', '2/12 A camel contingent of the BSF during the rehearsal.']],
    ['spelled counters run into their captions', ['Photo 3 of 10: Soldiers rehearse on Kartavya Path in New Delhi.', 'Photo 4 of 10: A camel contingent of the BSF during the rehearsal.']],
  ])('drops %s and their captions inside the copy', (_what, gallery) => {
    expect(clean([lead, ...gallery, last]).paragraphs).toEqual([copy, last]);
  });

  it('drops a gallery under the copy, its last caption with it', () => {
    expect(clean([lead, last, 'Slide 1 of 2', 'Soldiers rehearse on Kartavya Path.', 'Slide 2 of 2', 'A camel contingent of the BSF.']).paragraphs).toEqual([copy, last]);
  });

  it('keeps a paragraph of copy under a lone counter whose picture had no caption', () => {
    const long = 'The defence ministry said the tableaux would showcase women in the armed forces, and that each state had been asked to cut its crew to 30 performers to save time at the start of the parade, which will now begin at 10.30 am.';
    expect(clean([lead, 'Image 1 of 3', long, last]).paragraphs).toEqual([copy, long, last]);
  });

  it.each([
    '1/3 of the budget will go to new tableaux, the ministry said.',
    '9/11 Families marched in New York on Sunday to mark the anniversary.',
    '24/7 Helplines will stay open through the parade week.',
    'Photo 3 of the exhibition shows the first Republic Day parade in 1950.',
    'Slide 4 of his presentation showed the parade route.',
    'Image 2 of 8 was withdrawn after the ministry objected to it.',
  ])('keeps "%s", a sentence holding numbers', (line) => {
    expectKeptInsideCopy(line);
  });
});
