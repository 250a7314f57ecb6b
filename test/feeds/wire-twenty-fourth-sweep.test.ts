import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-fourth sweep: the Gulf stamps' last run-in forms (Petra's date after its editor's initials, the BNA's stamp with no space
 * or behind its desk's initials), government releases and agencies the table lacked (ISPR credited by its own head lines, PA Media's
 * bylines, Sri Lanka's news.lk), a staff dateline over a teaser the feed cut off mid-sentence, and US transcripts' short titles. Each
 * story is written for this test after how the agencies and offices set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-fourth-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

describe('Petra\'s and the BNA\'s stamps run into the last sentence', () => {
  const lead = 'The cabinet approved the draft budget for 2027 on Friday.';
  const last = 'It goes to parliament next month.';
  // Before: the stamp (with what led it) stayed at the end of the last sentence.
  it.each([
    [`Amman, Nov. 27 (Petra) -- ${lead}`, `${last} //Petra// AF 27/11/2026 10:05:17`, 'Amman', 'Petra'],
    [`Manama, Nov. 27 (BNA): ${lead}`, `${last}BNA 1005 GMT 2026`, 'Manama', 'BNA'],
    [`Manama, Nov. 27 (BNA): ${lead}`, `${last} SH/MS BNA 1005 GMT 2026`, 'Manama', 'BNA'],
    // With a staff dateline the stamp alone names the agency.
    [`MANAMA: ${lead}`, `${last}BNA 1005 GMT 2026`, 'MANAMA', 'BNA'],
  ])('%s … %s', (opening, closing, place, agency) => {
    const copy = clean([opening, closing]);
    expect(copy.paragraphs).toEqual([lead, last]);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it.each([
    // A mark run in with no stamp is a word of the copy ("…of the U.S.AP" is none either), a date and time in a sentence are copy.
    'It goes to parliament next month.BNA officials said',
    'The figures for 27/11/2026 10:05:17 were revised on Friday.',
    'The BNA filed the story at 1005 GMT 2026 time, its editor said.',
  ])('keeps "%s"', (line) => {
    expect(clean([`MANAMA: ${lead}`, line]).paragraphs).toEqual([lead, line]);
  });
});

describe('government releases and agencies the table lacked', () => {
  const first = 'Security forces conducted an operation in North Waziristan district on Friday.';
  const second = 'Two soldiers were injured in the exchange of fire.';

  // Before: place Rawalpindi, but no agency (the release number and the office's name went, naming no one).
  it.each([
    [['No PR-123/2026-ISPR', 'Rawalpindi - November 27, 2026:', first, second]],
    [['INTER SERVICES PUBLIC RELATIONS', 'No PR-123/2026-ISPR', 'Rawalpindi - November 27, 2026:', first, second]],
  ])('credits an ISPR release to ISPR by its own head lines: %j', (lines) => {
    const copy = clean(lines);
    expect(copy.paragraphs).toEqual([first, second]);
    expect([copy.place, copy.agency]).toEqual(['Rawalpindi', 'ISPR']);
  });

  it('credits no one for a foreign office\'s release number', () => {
    const copy = clean(['No. 345/2026', 'Islamabad, November 27, 2026:', first, second]);
    expect(copy.paragraphs).toEqual([first, second]);
    expect([copy.place, copy.agency]).toEqual(['Islamabad', null]);
  });

  it('keeps a sentence naming ISPR in the copy and credits no one by it', () => {
    const line = 'Inter Services Public Relations said on Friday that the operation was over.';
    const copy = clean(['Rawalpindi - November 27, 2026:', line, second]);
    expect(copy.paragraphs).toEqual([line, second]);
    expect(copy.agency).toBeNull();
  });

  // Before: the byline stayed as the first paragraph and no agency was read.
  it.each([
    'By David Hughes, PA Political Editor',
    'By Sam Blewett, PA Deputy Political Editor',
    'By Ellie Ng, PA Home Affairs Correspondent',
  ])('reads PA Media\'s byline "%s" as the agency and drops it', (byline) => {
    const copy = clean([byline, 'The Chancellor will set out new borrowing rules in the spring, the Treasury said.', 'Officials said investment would be left out.']);
    expect(copy.paragraphs).toEqual(['The Chancellor will set out new borrowing rules in the spring, the Treasury said.', 'Officials said investment would be left out.']);
    expect(copy.agency).toBe('PA Media');
  });

  it.each([
    // "PA" is Pennsylvania's code and an assistant as often: only a byline's job after it names the agency.
    ['HARRISBURG, PA — The state Senate passed the budget bill on Friday.', 'HARRISBURG'],
    ['The PA Political Editor role went to a new hire this week, the agency said.', null],
    ['By the end of the year, PA Media will cut 40 jobs, the company said.', null],
  ])('reads no agency in "%s"', (line, place) => {
    const copy = clean([line, 'The vote was close.']);
    expect(copy.agency).toBeNull();
    expect(copy.place).toBe(place);
    expect(copy.paragraphs.at(-1)).toBe('The vote was close.');
  });

  // Before: no dateline read, and the "(news.lk)" credit stayed as the last paragraph.
  it('reads Sri Lanka\'s news.lk in a dateline and as a sign-off', () => {
    const text = 'The Cabinet of Ministers approved a national agricultural data centre on Friday.';
    const dated = clean([`Colombo, November 27 (news.lk) – ${text}`, 'It will collect crop data from every district.']);
    expect(dated.paragraphs).toEqual([text, 'It will collect crop data from every district.']);
    expect([dated.place, dated.agency]).toEqual(['Colombo', 'news.lk']);
    const signed = clean([text, 'It will collect crop data from every district.', '(news.lk)']);
    expect(signed.paragraphs).toEqual([text, 'It will collect crop data from every district.']);
    expect(signed.agency).toBe('news.lk');
  });

  it('keeps a sentence that names news.lk', () => {
    const line = 'The government portal news.lk said the Cabinet met on Friday.';
    const copy = clean([line, 'Ministers approved three bills.']);
    expect(copy.paragraphs).toEqual([line, 'Ministers approved three bills.']);
    expect(copy.agency).toBeNull();
  });
});

describe('PIB releases as feeds carry them', () => {
  const copy = ['The Indian Army conducted a joint exercise with the Air Force in Rajasthan on Friday.', 'Over 2,000 troops took part.'];

  // Before: every paragraph was lost (the stamp was taken for the dateline, all above it for the page's chrome).
  it('keeps the copy over a stamp that only the release ID and counter follow', () => {
    const release = clean(['Ministry of Defence', ...copy, '***', 'VK/Savvy', 'Posted On: 27 NOV 2026 4:15PM by PIB Delhi', '(Release ID: 2195440) Visitor Counter : 56']);
    expect(release.paragraphs).toEqual(copy);
    expect([release.place, release.agency]).toEqual(['Delhi', 'PIB']);
  });

  // Before: the copy was lost as above; with it kept, the stamp under the desk's initials still names office and place.
  it('reads the stamp under the desk\'s initials as the release\'s office and place', () => {
    const release = clean([...copy, 'RSM/SKS', 'Posted On: 27 NOV 2026 5:30PM by PIB Delhi', '(Release ID: 2195432)']);
    expect(release.paragraphs).toEqual(copy);
    expect([release.place, release.agency]).toEqual(['Delhi', 'PIB']);
  });

  // Before: "PIB Delhi" stayed as the first paragraph, and neither place nor agency was read.
  it('reads the regional office over the copy as agency and place', () => {
    const release = clean(['PIB Delhi', ...copy, '***', 'MJPS/SR/SKS', '(Release ID: 2195432)', 'Visitor Counter : 123', 'Read this release in: Hindi , Urdu , Marathi']);
    expect(release.paragraphs).toEqual(copy);
    expect([release.place, release.agency]).toEqual(['Delhi', 'PIB']);
  });

  it('takes a dated dateline alone for the copy\'s start when copy follows it', () => {
    const story = clean(['Prime Minister visits flood-hit districts', 'NEW DELHI, Nov 27 (PTI)', ...copy]);
    expect(story.paragraphs).toEqual(copy);
    expect([story.place, story.agency]).toEqual(['NEW DELHI', 'PTI']);
  });

  it.each([
    // Not an office's line: a sentence, or a name the gazetteer does not know.
    'PIB Delhi said the minister would visit on Friday.',
    'PIB Fact Check',
  ])('keeps "%s" as copy', (line) => {
    const story = clean([line, ...copy]);
    expect(story.paragraphs[0]).toBe(line);
    expect(story.agency).toBeNull();
  });
});

describe('a staff dateline over a teaser cut off mid-sentence', () => {
  // Before: no dateline read (only copy ending as a sentence was searched for a staff one); the dateline stayed in the text.
  it.each([
    ['NEW DELHI The Supreme Court on Thursday asked the Centre to explain why the', 'NEW DELHI', null],
    ['Chandigarh, November 27 The Punjab government on Friday said it would', 'Chandigarh', 'November 27'],
    ['KATHMANDU, NOV 27 The government on Friday said it would', 'KATHMANDU', 'NOV 27'],
    ['NEW DELHI: The government on Friday said it would raise the support price for wheat and', 'NEW DELHI', null],
  ] as [string, string, string | null][])('"%s": at %s', (teaser, place, date) => {
    const copy = clean([teaser]);
    expect(copy.paragraphs).toEqual([teaser.slice(teaser.indexOf('The '))]);
    expect([copy.place, copy.date]).toEqual([place, date]);
  });

  it('reads it with a "Read more" link under the teaser', () => {
    const copy = clean(['NEW DELHI The Supreme Court on Thursday asked the Centre to explain why the', 'Read more']);
    expect(copy.place).toBe('NEW DELHI');
    expect(copy.paragraphs).toEqual(['The Supreme Court on Thursday asked the Centre to explain why the']);
  });

  it.each([
    // A headline: few words, capitalised; a name and no date is a title's start; too short to tell from a headline.
    ['NEW DELHI Metro To Run Extra Trains During Festival Season From Next Week Onwards, Says Chief'],
    ['New Delhi The Musical opens on Friday at the Kamani auditorium and the'],
    ['NEW DELHI The Supreme Court asked the Centre why the'],
    // A transcript's speaker, a title cut short, is no place.
    ['SEC. RUMSFELD: As you know, we are going to be stopping in El Salvador and Nicaragua and'],
  ])('keeps "%s" whole', (teaser) => {
    const copy = clean([teaser]);
    expect(copy.paragraphs).toEqual([teaser]);
    expect(copy.place).toBeNull();
  });

  it('keeps a headline-like line over a paragraph of copy', () => {
    const headline = 'NEW DELHI Metro to run extra trains during the festival season from next week, says the';
    const copy = clean([headline, 'The Delhi Metro will run 40 more trips a day from Monday, officials said.']);
    expect(copy.paragraphs[0]).toBe(headline);
  });

  // Before: "SEN. KERRY" was read as the place and left the copy.
  it.each([
    'SEN. KERRY: We will not let this stand, and I said so on Friday.',
    'GOV. SMITH: The state will open six more shelters tonight.',
  ])('keeps a speaker named by a short title alone over prose: "%s"', (line) => {
    const copy = clean([line, 'The hearing ended at noon.']);
    expect(copy.paragraphs).toEqual([line, 'The hearing ended at noon.']);
    expect(copy.place).toBeNull();
  });

  it('still reads a place in capitals before a colon', () => {
    expect(clean(['GENEVA: The talks resumed on Friday.', 'They end next week.']).place).toBe('GENEVA');
  });

  it('keeps a transcript\'s short title as a speaker in full copy', () => {
    const line = 'SEN. KERRY: We will not let this stand, and I said so on Friday.';
    expect(clean([line, 'REP. JONES: Nor will we.']).place).toBeNull();
  });
});

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  ['ISPR release', p('INTER SERVICES PUBLIC RELATIONS', 'No PR-123/2026-ISPR', 'Rawalpindi - November 27, 2026:', 'Security forces conducted an operation in North Waziristan district on Friday.', 'Two soldiers were injured.'), ['Security forces conducted an operation in North Waziristan district on Friday.', 'Two soldiers were injured.'], 'Rawalpindi', 'ISPR'],
  ['PA byline', p('By David Hughes, PA Political Editor', 'The Chancellor will set out new borrowing rules in the spring, the Treasury said.', 'Officials said investment would be left out.'), ['The Chancellor will set out new borrowing rules in the spring, the Treasury said.', 'Officials said investment would be left out.'], null, 'PA Media'],
  ['news.lk', p('Colombo, November 27 (news.lk) – The Cabinet approved a national agricultural data centre.', 'It will collect crop data from every district.'), ['The Cabinet approved a national agricultural data centre.', 'It will collect crop data from every district.'], 'Colombo', 'news.lk'],
  ['BNA stamp', p('Manama, Nov. 27 (BNA): The Shura Council passed the public debt law on Friday.', 'It caps borrowing at 120 per cent of GDP.BNA 1005 GMT 2026'), ['The Shura Council passed the public debt law on Friday.', 'It caps borrowing at 120 per cent of GDP.'], 'Manama', 'BNA'],
  ['Teaser', p('Chandigarh, November 27 The Punjab government on Friday said it would'), ['The Punjab government on Friday said it would'], 'Chandigarh', null],
  // Guards.
  ['Headline teaser', p('NEW DELHI Metro To Run Extra Trains During Festival Season From Next Week Onwards, Says Chief'), ['NEW DELHI Metro To Run Extra Trains During Festival Season From Next Week Onwards, Says Chief'], null, null],
  ['Harrisburg', p('HARRISBURG, PA — The state Senate passed the budget bill on Friday.', 'The vote was close.'), ['The state Senate passed the budget bill on Friday.', 'The vote was close.'], 'HARRISBURG', null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twenty-fourth wire sweep, through a poll', () => {
  it('stores each story without its stamps, bylines and head lines, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire24/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
