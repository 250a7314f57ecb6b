import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { textToParagraphs } from '../../src/feeds/html-text.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-fifth sweep: the known limits left by the twenty-fourth (a date set after the place and its region, a round-up whose
 * paragraphs open with country labels) and AP's datelines as the AG News archive keeps them (an outlet in brackets with a slash or
 * after a comma, a double hyphen against the bracket, a region run into the copy). Each story is written for this test after how the
 * agencies and outlets set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-fifth-feed', Date.parse('2026-11-27T15:00:00Z'));
/** A line read as no dateline: it stays whole, and names no place. */
function keepsWhole(line: string): void {
  const copy = clean([line]);
  expect(copy.paragraphs).toEqual([line]);
  expect(copy.place).toBeNull();
}
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const second = 'The meeting reviewed the progress of the reforms.';

describe('a date set after the place and its region', () => {
  // Before: the dateline stopped at the region and the date (with its mark) stayed at the copy's start.
  it.each([
    ['ISLAMABAD, Pakistan : Sep 04 (PID) - ', 'ISLAMABAD', 'Sep 04', 'PID'],
    ['SAN FRANCISCO, CA - November 30, 2004 -', 'SAN FRANCISCO', 'November 30, 2004', null],
    ['LAHORE, Pakistan - Nov. 27, 2026 - ', 'LAHORE', 'Nov. 27, 2026', null],
    // A space alone between the region and the date, and a full stop after the date, as AG News keeps AP's copy.
    ['GAZA CITY, Gaza Strip Sept. 7, 2004 - ', 'GAZA CITY', 'Sept. 7, 2004', null],
    ['NEW DELHI, Aug. 25. - ', 'NEW DELHI', 'Aug. 25', null],
  ])('%s', (dateline, place, date, agency) => {
    const lead = 'Prime Minister Shaukat Aziz said on Saturday the government would continue its reforms.';
    const copy = clean([`${dateline}${lead}`, second]);
    expect(copy.paragraphs).toEqual([lead, second]);
    expect([copy.place, copy.date, copy.agency]).toEqual([place, date, agency]);
  });

  // A date with one separator only opens the copy: it is the sentence's subject, not the dateline's.
  it.each([
    ['WASHINGTON - ', 'Nov 30 marks the anniversary of the treaty, officials said.', 'WASHINGTON'],
    ['NEW DELHI: ', 'November 30 was the day the law took effect, the ministry said.', 'NEW DELHI'],
  ])('%s%s keeps its date', (dateline, lead, place) => {
    const copy = clean([`${dateline}${lead}`, second]);
    expect(copy.paragraphs).toEqual([lead, second]);
    expect([copy.place, copy.date]).toEqual([place, null]);
  });
});

describe('a round-up whose paragraphs open with country labels', () => {
  const gulf = ['Kuwait: The oil ministry said output would rise next month.', 'Qatar: The emir met the visiting prime minister.', 'Oman: The central bank kept rates unchanged.'];
  // Before: "Kuwait:" was read as the dateline and went, the other labels stayed.
  it('keeps every label, and reads no dateline', () => {
    const copy = clean(gulf);
    expect(copy.paragraphs).toEqual(gulf);
    expect(copy.place).toBeNull();
  });

  it.each([
    // One other place quoted under a dateline: the dateline stays one.
    [['NEW DELHI: The minister said talks would go on.', 'Islamabad: Pakistan rejected the claim.', 'The talks resume on Monday.'], 'NEW DELHI'],
    [['KUWAIT: The oil ministry said output would rise next month.', 'Doha: The emir met the visiting prime minister.'], 'KUWAIT'],
    // The same place again is no round-up of places.
    [['Kuwait: The oil ministry said output would rise next month.', 'Kuwait: The cabinet met on Monday.', 'Kuwait: The emir met the visiting prime minister.'], 'Kuwait'],
  ])('%j keeps its dateline', (lines, place) => {
    const copy = clean(lines);
    expect(copy.place).toBe(place);
    expect(copy.paragraphs[0]).toBe(lines[0]!.slice(lines[0]!.indexOf(':') + 2));
  });
});

describe("AP's datelines as the AG News archive keeps them", () => {
  // Before: each stayed at the copy's start, its place unread.
  it.each([
    ['NEW YORK (CNN/Money) - ', 'NEW YORK'],
    ['KABUL (Masnet amp; News Agencies) - ', 'KABUL'],
    ['NEW YORK (Dow Jones/AP) -- ', 'NEW YORK'],
    ['WELLINGTON (Dow Jones)--', 'WELLINGTON'],
    ['LOUISVILLE, Ky., (Sports Network) - ', 'LOUISVILLE'],
    ['TBILISI, Georgia ', 'TBILISI'],
    ['BAGHDAD, Iraq ', 'BAGHDAD'],
  ])('%s', (dateline, place) => {
    const lead = 'Shares of the company rose sharply on Wednesday after it reported record profits.';
    const copy = clean([`${dateline}${lead}`]);
    expect(copy.paragraphs).toEqual([lead]);
    expect(copy.place).toBe(place);
  });

  it.each([
    // A region run into a headline (words in capitals) or a place the gazetteer does not know stays; so does a firm's name in brackets
    // inside a sentence.
    'DELHI, Mumbai Top The List Of Polluted Cities.',
    'INDIA, Pakistan Agree To Resume Talks On Kashmir, officials said.',
    'NATO, Russia Sign Pact on Arms, officials said.',
    'The firm (Acme/Beta) - a maker of bolts - said profits rose.',
  ])('keeps "%s" whole', keepsWhole);
});

describe("AP's footer lines and a newsletter's name", () => {
  const opening = 'WASHINGTON (AP) — The Senate passed the spending bill on Friday.';
  const last = 'The House votes on it next week.';
  // Before: each stayed as the copy's last paragraph.
  it.each([
    'Associated Press writer Lisa Mascaro contributed to this report from Washington.',
    'AP Business Writer Paul Wiseman contributed.',
    'AP Medical Writer Lauran Neergaard contributed reporting from New York.',
    'Find more AP coverage of the election at https://apnews.com/hub/election-2026.',
    "Sign up for The Morning Brief to get the day's top stories.",
  ])('"%s" goes', (line) => {
    const copy = clean([opening, last, line]);
    expect(copy.paragraphs).toEqual([opening.slice(opening.indexOf('The ')), last]);
    expect(copy.agency).toBe('AP');
  });

  it.each([
    'The full report is at https://apnews.com/article/abc, the agency said.',
    'The report said AP writers contributed to the probe findings in September.',
    'Sign up for the brief hearing, the registrar said, by Monday.',
  ])('keeps "%s"', (line) => {
    expect(clean([opening, line]).paragraphs).toEqual([opening.slice(opening.indexOf('The ')), line]);
  });
});

describe('a question under an "Also read" heading', () => {
  const lead = "The Supreme Court on Friday sought the Centre's response on a plea.";
  const last = 'The matter will be heard next week.';
  // Before: the question went as the block's link.
  it('keeps one that goes on from the copy above it', () => {
    const question = 'But will the bench hear the plea before the winter vacation begins next month?';
    expect(clean([`New Delhi, Nov 27 (IANS) ${lead}`, 'Also read', question, last]).paragraphs).toEqual([lead, question, last]);
  });

  it('takes a question a headline could be for the link', () => {
    expect(clean([`New Delhi, Nov 27 (IANS) ${lead}`, 'Also read', 'Will the new rules help farmers?', last]).paragraphs).toEqual([lead, last]);
  });
});

describe('a short teaser cut off after a staff dateline', () => {
  // Before: fewer than six (dated) or twelve (undated) words kept the dateline in the text.
  it.each([
    ['NEW DELHI: The Supreme Court on Thursday asked the', 'NEW DELHI', null],
    ['ISLAMABAD - Prime Minister Shehbaz Sharif on Friday said that', 'ISLAMABAD', null],
    ['Mumbai, Nov 27: Sensex ends higher on', 'Mumbai', 'Nov 27'],
  ] as [string, string, string | null][])('"%s"', (teaser, place, date) => {
    const copy = clean([teaser]);
    expect(copy.paragraphs).toEqual([teaser.replace(/^[^:-]*[:-]\s+/, '')]);
    expect([copy.place, copy.date]).toEqual([place, date]);
  });

  it.each([
    // Stopped on a capitalised word or a noun, it may be a headline; run into the place with no mark, a title's start.
    'NEW DELHI: Metro To Run Extra Trains For The',
    'NEW DELHI: Govt to hike fuel',
    'ISRO: Chandrayaan-4 to launch in',
    'NEW DELHI The Supreme Court asked the Centre why the',
  ])('keeps "%s" whole', keepsWhole);
});

describe('a short story in plain text, a line to each paragraph (found by the generated stories, seeds 50005440 and 130028727)', () => {
  // Before: the headlines near the width of the story's one line were taken for prose broken at a width, the page read as one paragraph,
  // and the story lost (its dateline unread, or the whole taken for chrome).
  it.each([
    [['US Open Tennis: Henin-Hardenne falls to Petrova and blunders', '(Reuters) I just decided to hang in there and keep fighting."', '(PTI Photo)'], ['I just decided to hang in there and keep fighting."'], null, 'Reuters'],
    [['Oil Company on Trial in Madagascar Over Pollution', 'Oil Company on Trial in Madagascar Over Pollution', 'Nairobi (RSS) -- There is no timetable for this at the moment.', '(With inputs from RSS)', '📣 Click here to join our WhatsApp channel and stay updated', 'Follow us on Google News'], ['There is no timetable for this at the moment.'], 'Nairobi', 'RSS'],
  ] as [string[], string[], string | null, string][])('%j', (lines, kept, place, agency) => {
    const paragraphs = textToParagraphs(lines.join('\n'));
    expect(paragraphs).toEqual(lines);
    const copy = clean(paragraphs);
    expect(copy.paragraphs).toEqual(kept);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it('still joins prose broken at a width, its lines mostly in lower case', () => {
    const lines = ['The Reserve Bank of India kept its key lending rate unchanged on', 'Friday and said it would watch food prices closely before the next', 'review, which is due in February, the governor told reporters.'];
    expect(textToParagraphs(lines.join('\n'))).toEqual([lines.join(' ')]);
  });
});

describe("agencies' stamps under the copy", () => {
  const lead = "The cabinet approved the draft budget for 2027 on Friday.";
  const last = 'It goes to parliament next month.';
  // Before: each stayed under (or at the end of) the copy.
  it.each([
    ['BEIJING, Nov. 27 (Xinhua) -- ', [last, 'Source: Xinhua| 2026-11-27 15:30:45|Editor: huaxia'], 'Xinhua'],
    ['New Delhi, Nov 27 (ANI): ', [`${last} (ANI)`, 'ANI 20261127153005'], 'ANI'],
    ['New Delhi, Nov 27 (ANI): ', [`${last} (ANI) ANI 20261127153005`], 'ANI'],
    ['KUWAIT, Nov 27 (KUNA) -- ', [last, '(end) aa.gta KUNA 271005 NOV 26'], 'KUNA'],
  ] as [string, string[], string][])('%s … %j', (dateline, closing, agency) => {
    const copy = clean([`${dateline}${lead}`, ...closing]);
    expect(copy.paragraphs).toEqual([lead, last]);
    expect(copy.agency).toBe(agency);
  });

  it.each([
    'Case number ANI 20261127153005 was filed in the high court on Friday.',
    'Source: a senior official said the budget would pass | 2026-11-27 15:30:45.',
  ])('keeps "%s"', (line) => {
    expect(clean([`New Delhi, Nov 27 (ANI): ${lead}`, line]).paragraphs).toEqual([lead, line]);
  });
});

describe("outlets' closing lines", () => {
  const lead = "The Supreme Court on Friday sought the Centre's response on a plea.";
  const last = 'The matter will be heard next week.';
  // Before: each stayed under the copy.
  it.each([
    [['Never miss a story! Stay connected and informed with Mint. Download our App Now!!']],
    [['Stay informed with the latest news. Subscribe now.']],
    [['Read this story in Hindi']],
    [['This article is closed for comments.', 'Please Email the Editor']],
  ])('%j goes', (closing) => {
    const copy = clean([`New Delhi, Nov 27 (PTI) ${lead}`, last, ...closing]);
    expect(copy.paragraphs).toEqual([lead, last]);
  });

  it.each([
    'Stay connected with family during Diwali. Download the app to book tickets.',
    'Stay informed, the minister said. Subscribe now.',
    'Read in Hindi, the poem moved many in the audience.',
  ])('keeps "%s"', (line) => {
    expect(clean([`New Delhi, Nov 27 (PTI) ${lead}`, line]).paragraphs).toEqual([lead, line]);
  });
});

describe("Xinhua's Chinese dateline and end mark", () => {
  // Before: neither was read; the dateline stayed at the copy's start and "（完）" under it.
  it.each([
    [['新华社北京11月27日电 中国10月出口同比增长5%，海关总署周五公布的数据显示。', '这一数据超出预期。', '（完）'], '北京'],
    [['新华社上海11月27日电（记者王平）上海市周五发布了新的交通规划。', '规划将于明年实施。', '(完)'], '上海'],
  ])('%j', (lines, place) => {
    const copy = clean(lines);
    expect(copy.paragraphs).toEqual([lines[0]!.replace(/^.*?电(?:（记者王平）)?\s*/u, ''), lines[1]]);
    expect([copy.place, copy.date, copy.agency]).toEqual([place, '11月27日', 'Xinhua']);
  });

  it('keeps a sentence naming Xinhua\'s reporters, and a lone 完', () => {
    const lines = ['新华社记者在北京报道了这一消息。', '完'];
    expect(clean(lines)).toMatchObject({ paragraphs: lines, agency: null });
  });
});

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  ['PID', p('ISLAMABAD, Pakistan : Sep 04 (PID) - Prime Minister Shaukat Aziz chaired a meeting on the economy on Saturday.', 'It reviewed the reforms.'), ['Prime Minister Shaukat Aziz chaired a meeting on the economy on Saturday.', 'It reviewed the reforms.'], 'ISLAMABAD', 'PID'],
  ['Dow Jones', p('WELLINGTON (Dow Jones)--Air New Zealand Ltd. said Wednesday it expects a slight drop in profit.'), ['Air New Zealand Ltd. said Wednesday it expects a slight drop in profit.'], 'WELLINGTON', null],
  ['ANI stamp', p('New Delhi [India], November 27 (ANI): The Supreme Court on Friday sought the Centre\'s response on a plea.', 'The matter will be heard next week. (ANI)', 'ANI 20261127153005'), ['The Supreme Court on Friday sought the Centre\'s response on a plea.', 'The matter will be heard next week.'], 'New Delhi', 'ANI'],
  ['Teaser', p('NEW DELHI: The Supreme Court on Thursday asked the'), ['The Supreme Court on Thursday asked the'], 'NEW DELHI', null],
  // Guards.
  ['Round-up', p('Kuwait: The oil ministry said output would rise next month.', 'Qatar: The emir met the visiting prime minister.', 'Oman: The central bank kept rates unchanged.'), ['Kuwait: The oil ministry said output would rise next month.', 'Qatar: The emir met the visiting prime minister.', 'Oman: The central bank kept rates unchanged.'], null, null],
  ['Headline', p('DELHI, Mumbai Top The List Of Polluted Cities.'), ['DELHI, Mumbai Top The List Of Polluted Cities.'], null, null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twenty-fifth wire sweep, through a poll', () => {
  it('stores each story without its dateline and stamps, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire25/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
