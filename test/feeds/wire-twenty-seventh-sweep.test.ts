import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * The twenty-seventh sweep: the leftovers the twenty-sixth named (a round-up of two labels, a question under an "Also read" heading,
 * AP's "___" over its own agency's dateline, a state of two words run into the copy), then new wire shapes from agencies and
 * carriers not yet covered. Each story is written for this test after how the agencies and outlets set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

describe('a round-up of two labels', () => {
  // Before: the first label was read as the dateline and went; the second stayed.
  it.each([
    [['Kuwait: The oil ministry said output would rise next month.', 'Doha: The emir met the visiting prime minister.']],
    [['KUWAIT: The oil ministry said output would rise next month.', 'DOHA: The emir met the visiting prime minister.']],
    [['Kuwait: The oil ministry said output would rise next month.', 'It gave no figures.', 'Qatar: The emir met the visiting prime minister.', 'The two discussed trade.']],
  ])('%j keeps both labels, and reads no dateline', (lines) => {
    const copy = clean(lines);
    expect(copy.paragraphs).toEqual(lines);
    expect(copy.place).toBeNull();
  });

  it.each([
    // A dateline set apart from the one other capital its copy quotes (in capitals over a label that is not) stays one.
    [['NEW DELHI: The minister said talks would go on.', 'Islamabad: Pakistan rejected the claim.', 'The talks resume on Monday.'], 'NEW DELHI'],
    [['KUWAIT: The oil ministry said output would rise next month.', 'Doha: The emir met the visiting prime minister.'], 'KUWAIT'],
    // The same place twice is no round-up.
    [['Kuwait: The oil ministry said output would rise next month.', 'Kuwait: The cabinet met on Monday.'], 'Kuwait'],
  ])('%j keeps its dateline', (lines, place) => {
    const copy = clean(lines);
    expect(copy.place).toBe(place);
    expect(copy.paragraphs).toEqual([lines[0]!.slice(lines[0]!.indexOf(':') + 2), ...lines.slice(1)]);
  });
});

describe('a question under an "Also read" heading', () => {
  const opening = "New Delhi, Nov 27 (IANS) The Supreme Court on Friday sought the Centre's response on a plea.";
  const lead = "The Supreme Court on Friday sought the Centre's response on a plea.";
  const last = 'The matter will be heard next week.';
  // Before: a question right under the heading went as its link, whatever it asked.
  it.each([
    'Will it hear the plea before the winter vacation begins next month?',
    'Why did they wait three years to move the court?',
    'What does this mean for the families who lost their homes?',
  ])('keeps "%s", which asks of what the copy named', (question) => {
    expect(clean([opening, 'Also read', question, last]).paragraphs).toEqual([lead, question, last]);
  });

  // Before: a question after the block's first link, over copy, stayed as the copy's own.
  it('takes a question in a headline\'s capitals after a link for a link too', () => {
    expect(clean([opening, 'Also read', 'Sensex ends 300 points higher', 'Will RBI Cut Rates Again In December?', last]).paragraphs).toEqual([lead, last]);
  });

  it.each([
    // A headline names its subject.
    'Will the new rules help farmers?',
    'Is this the end of the road for the Congress in Haryana?',
    'Should you buy gold this Diwali?',
  ])('still takes "%s" for the link', (question) => {
    expect(clean([opening, 'Also read', question, last]).paragraphs).toEqual([lead, last]);
  });

  it("keeps a question in a sentence's case after a link", () => {
    const question = 'Will the court hear the plea before the vacation?';
    expect(clean([opening, 'Also read', 'Sensex ends 300 points higher', question, last]).paragraphs).toEqual([lead, question, last]);
  });
});

describe("AP's ___ over a section under its own dateline", () => {
  const lead = 'BEIRUT (AP) — Israeli strikes hit southern Lebanon on Wednesday, the state news agency said.';
  const kept = 'Israeli strikes hit southern Lebanon on Wednesday, the state news agency said.';
  const section = ['WASHINGTON (AP) — The State Department said it was pressing both sides for a ceasefire.', 'It gave no timeline.'];
  // Before: the ___ ended the copy and the Washington section went with the footer.
  it('goes on under it, the dateline kept', () => {
    const copy = clean([lead, 'Several buildings were destroyed.', '___', ...section, '___', 'Associated Press writer Matthew Lee in Washington contributed to this report.']);
    expect(copy.paragraphs).toEqual([kept, 'Several buildings were destroyed.', ...section]);
    expect([copy.place, copy.agency]).toEqual(['BEIRUT', 'AP']);
  });

  it('goes on under two such sections', () => {
    const un = 'UNITED NATIONS (AP) — The Security Council met behind closed doors on Wednesday.';
    expect(clean([lead, '___', un, '___', section[0]!]).paragraphs).toEqual([kept, un, section[0]]);
  });

  // Another agency's story under it, or a place the gazetteer does not know, is no section of AP's round-up.
  it.each([
    ['WASHINGTON (Reuters) - The State Department said it was pressing both sides for a ceasefire.'],
    ['SOMEWHERETOWN (AP) — The mayor said the roads would reopen on Friday morning.'],
  ])('%j still ends the copy', (line) => {
    expect(clean([lead, '___', line]).paragraphs).toEqual([kept]);
  });
});

describe('a state of two words run into the copy', () => {
  const second = 'The law takes effect in January.';
  // Before: the first word alone was tried for the state ("New"), and the dateline stayed at the copy's start.
  it.each([
    ['SANTA FE, New Mexico ', 'SANTA FE'],
    ['PROVIDENCE, Rhode Island ', 'PROVIDENCE'],
    ['EAST RUTHERFORD, New Jersey ', 'EAST RUTHERFORD'],
    ['RALEIGH, North Carolina ', 'RALEIGH'],
    ['WELLINGTON, New Zealand ', 'WELLINGTON'],
    // A place of two words ending on two letters, as AP abbreviates the state too.
    ['SANTA FE, N.M. ', 'SANTA FE'],
  ])('%s', (dateline, place) => {
    const lead = "The state's governor signed the water bill on Tuesday after a long fight.";
    const copy = clean([`${dateline}${lead}`, second]);
    expect(copy.paragraphs).toEqual([lead, second]);
    expect(copy.place).toBe(place);
  });

  it('still reads a state of one word before a name in capitals', () => {
    const lead = 'President Mikheil Saakashvili said on Tuesday the talks were over.';
    expect(clean([`TBILISI, Georgia ${lead}`, second])).toMatchObject({ paragraphs: [lead, second], place: 'TBILISI' });
  });

  it.each(['NEW JERSEY Voters Back The Measure', 'NEW MEXICO, Texas And Arizona Brace For Storm'])('keeps "%s" whole', (line) => {
    const copy = clean([line, second]);
    expect(copy.paragraphs).toEqual([line, second]);
    expect(copy.place).toBeNull();
  });
});
