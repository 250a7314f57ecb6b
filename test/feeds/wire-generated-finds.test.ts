import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { textToParagraphs } from '../../src/feeds/html-text.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * What the generative test (wire-properties.test.ts) found, each family as one story written for this test: an "Also read" block's
 * links are skipped as headlines, and the skip took what follows them whatever it was (a box's heading and so its headlines, a
 * paragraph of copy that asks a question or carries its sign-off), while a link ending in a bracket ("(2nd Ld)") stayed as copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const lead = 'The Reserve Bank of India kept its key lending rate unchanged on Friday.';
const middle = 'The central bank also raised its growth forecast for the year to 7.2 per cent.';
const last = 'The next review is due in February.';

describe('an "Also read" block ends where its links do', () => {
  // Before: the box's heading was taken for a fourth link, and its headlines for the fifth and on: they stayed as copy.
  it.each(['LATEST NEWS', 'Trending', 'You may also like', 'Most Read'])('a "%s" box after the block goes', (heading) => {
    const copy = clean([`Mumbai, Nov 27 (PTI) ${lead}`, last, 'Also Read', 'Sensex ends higher on bank gains', 'Follow us on Google News', heading, 'Monsoon session to open on Monday', 'Kohli returns to Test squad', 'Gold prices ease in Delhi', 'Cabinet clears rail projects', 'Tata Motors recalls 5,000 cars']);
    expect(copy.paragraphs).toEqual([lead, last]);
    expect([copy.place, copy.agency]).toEqual(['Mumbai', 'PTI']);
  });

  // Before: a paragraph of copy after the block's link that ends in a question was taken for a second link: over copy, over the
  // sign-off, or as the last paragraph.
  it.each([
    ['Most economists expect a cut. Will it come in February?', [last]],
    ['Will the bank cut rates in February?', [last]],
    ['Will the bank cut rates in February?', ['--PTI']],
    ['Most economists expect a cut. Will it come in February?', []],
    // … and over the end of the copy or another block's heading, which are chrome, not links.
    ['Will the bank cut rates in February?', ['Enditem']],
    ['Will the bank cut rates in February?', ['Read also', 'Rupee firms against dollar']],
    ['Will the bank cut rates in February?', ['You may also like', 'Rupee firms against dollar', 'Gold prices ease in Delhi']],
  ])('keeps the copy under the link: "%s" over %j', (paragraph, after) => {
    const copy = clean([`Mumbai, Nov 27 (PTI) ${lead}`, 'Also Read', 'Sensex ends higher on bank gains', paragraph, ...after]);
    expect(copy.paragraphs).toEqual([lead, paragraph, ...after.filter((p) => p === last)]);
  });

  // Before: the last paragraph, its sign-off run into it, went as a link (and the box under it stayed).
  it.each([
    [`(IANS) ${lead}`, `${last} --IANS akl/as`, last, 'IANS'],
    [`RIYADH, Nov 27 (UNI) ${lead}`, 'Deficits must stay below 3%. --UNI ksk/', 'Deficits must stay below 3%.', 'UNI'],
  ])('keeps the last paragraph whose sign-off is run into it: %s … %s', (opening, closing, kept, agency) => {
    const copy = clean([opening, 'Also Read', 'Sensex ends higher on bank gains', closing, 'Trending', 'Monsoon session to open on Monday', 'Kohli returns to Test squad']);
    expect(copy.paragraphs).toEqual([lead, kept]);
    expect(copy.agency).toBe(agency);
  });

  // Before: a link that ends in a bracket or a closing quote was no headline, and stayed as copy.
  it.each(['Sensex ends higher on bank gains (2nd Ld)', 'Kohli returns to Test squad (Video)', 'Rupee firms against dollar (Update1)', 'Minister calls attack on pilgrims "cowardly"', 'Court terms delay ‘unacceptable’'])('a link "%s" goes', (link) => {
    const copy = clean([`Mumbai, Nov 27 (PTI) ${lead}`, 'Also Read', link, middle, last]);
    expect(copy.paragraphs).toEqual([lead, middle, last]);
  });

  it.each([
    // A question is a link as the block's first, or between two of its links.
    ['a question as the first link', ['Also Read', 'Is the rally over?', middle], [middle]],
    ['a question between links', ['Also Read', 'Sensex ends higher on bank gains', 'Is the rally over?', 'Rupee firms against dollar', middle], [middle]],
    // A line with a bracket that reads as a sentence, or a sign-off in brackets, is no headline.
    ['a sign-off in brackets', ['Also Read', 'Sensex ends higher on bank gains', '(With inputs from PTI)'], []],
    ['headlines with abbreviations', ['Also Read', 'U.S. Fed holds rates steady', 'Apple Corp. Sues Rival Over Patents', 'Mass. auto rates to stay steady', middle], [middle]],
  ])('%s', (_, lines, kept) => {
    const copy = clean([`Mumbai, Nov 27 (PTI) ${lead}`, ...lines, last]);
    expect(copy.paragraphs).toEqual([lead, ...kept, last]);
  });
});

describe('plain text with a line to each paragraph', () => {
  const body = 'The Reserve Bank of India kept its key lending rate unchanged on Friday, and said it would watch food prices closely before the next review, which is due in February.';
  // Before: the headline's lines and the stamp, long and with no full stop, were taken for prose broken at a width, and the whole page
  // was read as one paragraph: no dateline, no copy, all chrome.
  it('reads each line as a paragraph where the page\'s lines are no prose broken at a width', () => {
    const lines = ['RBI keeps repo rate unchanged, raises growth forecast', 'RBI keeps repo rate unchanged, raises growth forecast', 'First Published: 27 Nov 2026, 05:10 PM IST', `Mumbai, Nov 27 (PTI) ${body}`, last, '(With inputs from PTI)'];
    expect(textToParagraphs(lines.join('\n'))).toEqual(lines);
    const copy = clean(textToParagraphs(lines.join('\n')));
    expect(copy.paragraphs).toEqual([body, last]);
    expect([copy.place, copy.agency]).toEqual(['Mumbai', 'PTI']);
  });

  // Before: a paragraph of 150 characters and more, its sign-off run into its end, over one short line, was read as prose broken
  // at a width: the link under it joined the copy.
  it('reads a long line ending in a sign-off and a link under it as two paragraphs', () => {
    const lines = [`New Delhi, Nov 27 (ANI) ${body} --ANI rvt/dan`, 'READ | Sensex ends higher on bank gains'];
    expect(textToParagraphs(lines.join('\n'))).toEqual(lines);
    expect(clean(textToParagraphs(lines.join('\n'))).paragraphs).toEqual([body]);
  });

  // Before: short lines, all under a width, and one of them long enough and unpunctuated, joined as prose broken at a width.
  it.each([
    [['Mumbai, Nov 27 (PTI) The central bank kept its key rate unchanged.', 'Also read: Sensex ends higher on bank gains, rupee firm today', '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)']],
    [['RBI keeps repo rate unchanged, raises forecast', 'RBI keeps repo rate unchanged, raises forecast', 'Mumbai, Nov 27 (PTI) — The central bank kept its key rate unchanged.', '(With inputs from PTI)', 'Also read: Sensex ends higher on bank gains']],
  ])('reads short lines of a page as paragraphs: %j', (lines) => {
    expect(textToParagraphs(lines.join('\n'))).toEqual(lines);
    const copy = clean(textToParagraphs(lines.join('\n')));
    expect(copy.paragraphs).toEqual(['The central bank kept its key rate unchanged.']);
    expect([copy.place, copy.agency]).toEqual(['Mumbai', 'PTI']);
  });

  // Before: a line that ends a sentence and the agency's sign-off after it ("… of them. --ANI rvt/dan") ended as prose broken
  // mid-sentence does, and the link under it joined the copy.
  it.each([
    [['(ANI) The bank kept its key rate unchanged. --ANI rvt/dan', 'Also read: Fed warns of more US rate rises'], 'ANI'],
    [['Jul 4 (ANI) -- The bank kept its key rate unchanged, and said food prices would decide. --ANI sktr/rs', 'ALSO READ | Carrier\'s uphill climb'], 'ANI'],
    [['(IANS) The bank kept its key rate unchanged. — IANS', 'Also read: Fed warns of more US rate rises'], 'IANS'],
  ])('reads a line signed off after its last sentence as a paragraph\'s end: %j', (lines, agency) => {
    expect(textToParagraphs(lines.join('\n'))).toEqual(lines);
    const copy = clean(textToParagraphs(lines.join('\n')));
    expect(copy.paragraphs).toHaveLength(1);
    expect(copy.agency).toBe(agency);
  });

  it('still joins prose broken at a width', () => {
    const wrapped = ['The Reserve Bank of India kept its key lending rate', 'unchanged on Friday, and said it would watch food', 'prices closely before the next review in February.'];
    expect(textToParagraphs(wrapped.join('\n'))).toEqual([wrapped.join(' ')]);
  });
});
