import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-seventh sweep: the leftovers the twenty-sixth named (a round-up of two labels, a question under an "Also read" heading,
 * AP's "___" over its own agency's dateline, a state of two words run into the copy), then new wire shapes from agencies and
 * carriers not yet covered. Each story is written for this test after how the agencies and outlets set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-seventh-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

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

/** [what, the lines as the feed gives them, the copy kept, place, agency]. */
type Shape = [string, string[], string[], string | null, string | null];
const lead = 'The cabinet on Friday approved the draft budget for 2027 after a long debate.';
const next = 'The draft goes to parliament next week.';
const SHAPES: Shape[] = [
  // Datelines of agencies not read before (before: the mark unknown, the agency unread, and where the shape was new, the place too).
  ["IPS's, the year after the date", [`UNITED NATIONS, Nov 27 2026 (IPS) - ${lead}`, next], [lead, next], 'UNITED NATIONS', 'IPS'],
  ["Armenpress's, the mark after the date and a full stop", [`YEREVAN, NOVEMBER 27, ARMENPRESS. ${lead}`, next], [lead, next], 'YEREVAN', 'Armenpress'],
  ["Report's, full stops and a slash", [`Baku. 27 November. REPORT.AZ/ ${lead}`, next], [lead, next], 'Baku', 'Report'],
  ["Fars's, the hyphen against the bracket", [`TEHRAN (FNA)- ${lead}`, next], [lead, next], 'TEHRAN', 'Fars'],
  ["the Iraqi News Agency's, on its own line", ['Baghdad-INA', lead, next], [lead, next], 'Baghdad', 'INA'],
  ["the Iraqi News Agency's, before a dash", [`Baghdad - INA - ${lead}`, next], [lead, next], 'Baghdad', 'INA'],
  ["the National Iraqi News Agency's", [`BAGHDAD, Nov. 27 (NINA) - ${lead}`, next], [lead, next], 'BAGHDAD', 'NINA'],
  ["KNO's, its mark run into the last sentence", [`Srinagar, Nov 27 (KNO): ${lead}`, `${next} (KNO)`], [lead, next], 'Srinagar', 'KNO'],
  ["GNS's, its mark on a line under the copy", [`Srinagar, Nov 27 (GNS): ${lead}`, next, '(GNS)'], [lead, next], 'Srinagar', 'GNS'],
  ["India Blooms', the mark after a slash", [`Kolkata/IBNS: ${lead}`, next], [lead, next], 'Kolkata', 'IBNS'],
  ["a Gulf paper's agency credit over the copy", ['QNA/Doha', lead, next], [lead, next], 'Doha', 'QNA'],
  ["another's, the agency first", ['AFP/Paris', lead, next], [lead, next], 'Paris', 'AFP'],
  ["Thailand's NNT", [`BANGKOK, Nov 27 (NNT) - ${lead}`, next], [lead, next], 'BANGKOK', 'NNT'],
  ["Cambodia's AKP and its sign-off", [`Phnom Penh, November 27 (AKP) -- ${lead}`, next, '--AKP--'], [lead, next], 'Phnom Penh', 'AKP'],
  ['the Sudan News Agency', [`KHARTOUM, Nov. 27 (SUNA) - ${lead}`, next], [lead, next], 'KHARTOUM', 'SUNA'],
  ["Kyrgyzstan's 24.kg", [`BISHKEK, Nov 27 (24.kg) - ${lead}`, next], [lead, next], 'BISHKEK', '24.kg'],
  ["the Maldives' PSM", [`Male', Nov 27 (PSM) - ${lead}`, next], [lead, next], "Male'", 'PSM'],
  ['the Rwanda News Agency, dated', [`Kigali, Nov 27 (RNA) - ${lead}`, next], [lead, next], 'Kigali', 'RNA'],
  // Footers not taken before (before: each stayed under the copy).
  ["IPS's bureau credit and its prompt to follow a handle", [`UNITED NATIONS, Nov 27 2026 (IPS) - ${lead}`, next, 'IPS UN Bureau Report', 'Follow @IPSNewsUNBureau'], [lead, next], 'UNITED NATIONS', 'IPS'],
  ["Jiji's rights line in square brackets", [`TOKYO, Nov. 27 (Jiji Press)--${lead}`, next, '[Copyright The Jiji Press, Ltd.]'], [lead, next], 'TOKYO', 'Jiji'],
  ["a prompt to follow the author's handle", [`NEW DELHI: ${lead}`, next, 'Follow the author on X: @janedoe'], [lead, next], 'NEW DELHI', null],
  // Shapes read already, kept as guards.
  ["Taiwan's CNA and its Enditem", [`Taipei, Nov. 27 (CNA) ${lead}`, '(By Lin Chia-nan)', 'Enditem/ASG'], [lead], 'Taipei', 'CNA'],
  ["the Saudi Gazette's credit line", ['Saudi Gazette report', `RIYADH — ${lead}`, next], [lead, next], 'RIYADH', null],
  ["the Times of Oman's credit line", ['Times News Service', `Muscat: ${lead}`, next], [lead, next], 'Muscat', null],
  ["a Pakistani paper's desk", ['Web Desk', `ISLAMABAD: ${lead}`, next], [lead, next], 'ISLAMABAD', null],
  ["the Kathmandu Post's credit", ['Post Report', `Kathmandu: ${lead}`, next], [lead, next], 'Kathmandu', null],
  ["Prothom Alo's desk", ['Prothom Alo English Desk', `Dhaka: ${lead}`, next], [lead, next], 'Dhaka', null],
  ["Antara's reporter, editor and rights lines", [`Jakarta (ANTARA) - ${lead}`, next, 'Reporter: Ahmad Fauzi', 'Editor: Rahmad Nasution', 'Copyright © ANTARA 2026'], [lead, next], 'Jakarta', 'Antara'],
  ["the PNA's sign-off and its desk's initials", [`Manila (PNA) -- ${lead}`, next, '(PNA)', 'LGU'], [lead, next], 'Manila', 'PNA'],
  ["WAM's translator credit", [`Abu Dhabi, 27th November, 2026 (WAM) -- ${lead}`, next, 'WAM/Hatem Mohamed'], [lead, next], 'Abu Dhabi', 'WAM'],
  ["BSS's desk and time", [`DHAKA, Nov 27, 2026 (BSS) - ${lead}`, next, 'BSS/GMR/1530 hrs'], [lead, next], 'DHAKA', 'BSS'],
  ["ANI's release partner", [`New Delhi [India], November 27 (ANI/SMPL): ${lead}`, next], [lead, next], 'New Delhi', 'ANI'],
];

describe('the twenty-seventh sweep: agencies and carriers not covered before', () => {
  it.each(SHAPES)('%s', (_what, lines, kept, place, agency) => {
    const copy = clean(lines);
    expect(copy.paragraphs).toEqual(kept);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it.each([
    // Initials as often another body's: read only with a date, or after a place in capitals.
    'Indian Police Service (IPS) - the cadre that runs state police forces - is short of 900 officers, the ministry said.',
    'Messenger RNA (RNA) - the molecule behind the vaccines - won the prize, the committee said.',
    // A mark after a slash with no place the gazetteer knows is a picture's or a poll's credit.
    'Reuters/Ipsos: Most voters back the bill, the poll found on Friday.',
    'ARMENPRESS. The agency said the vote was 68 to 30.',
    '[Copyright law was amended in 2019, the court noted.]',
    'Follow @janedoe for updates, the minister told reporters on Friday.',
  ])('keeps "%s" whole', (line) => {
    const copy = clean([line, next]);
    expect(copy.paragraphs).toEqual([line, next]);
    expect(copy.agency).toBeNull();
  });

  it('still reads two places before a colon as places', () => {
    expect(clean([`Kolkata/Howrah: ${lead}`, next])).toMatchObject({ paragraphs: [lead, next], place: 'Kolkata/Howrah', agency: null });
  });
});

const STORIES: WireStory[] = [
  ['Armenpress', p(`YEREVAN, NOVEMBER 27, ARMENPRESS. ${lead}`, next), [lead, next], 'YEREVAN', 'Armenpress'],
  ['INA', p('Baghdad-INA', lead, next), [lead, next], 'Baghdad', 'INA'],
  ['QNA', p('QNA/Doha', lead, next), [lead, next], 'Doha', 'QNA'],
  ['IPS', p(`UNITED NATIONS, Nov 27 2026 (IPS) - ${lead}`, next, 'IPS UN Bureau Report', 'Follow @IPSNewsUNBureau'), [lead, next], 'UNITED NATIONS', 'IPS'],
  ['AP round-up', p('BEIRUT (AP) — Israeli strikes hit southern Lebanon on Wednesday.', '___', 'WASHINGTON (AP) — The State Department said it was pressing both sides for a ceasefire.', '___', 'Associated Press writer Matthew Lee contributed.'), ['Israeli strikes hit southern Lebanon on Wednesday.', 'WASHINGTON (AP) — The State Department said it was pressing both sides for a ceasefire.'], 'BEIRUT', 'AP'],
  ['Round-up of two', p('Kuwait: The oil ministry said output would rise next month.', 'Doha: The emir met the visiting prime minister.'), ['Kuwait: The oil ministry said output would rise next month.', 'Doha: The emir met the visiting prime minister.'], null, null],
  ['Santa Fe', p(`SANTA FE, New Mexico ${lead}`, next), [lead, next], 'SANTA FE', null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twenty-seventh wire sweep, through a poll', () => {
  it('stores each story without its dateline and footers, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire27/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
