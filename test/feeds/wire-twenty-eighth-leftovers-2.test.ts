import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * What the twenty-eighth sweep's leftovers left: Taiwan's CNA's run-in dateline ("（中央社記者張三台北27日電）"), Urdu papers' staff datelines
 * ("لاہور: …"), and the Myanmar News Agency's sign-off under copy datelined in Myanmar ("— MNA", "(MNA)"). Each story is written for this
 * test after how the agencies and papers set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-eighth-leftovers-2-feed', Date.parse('2026-11-27T16:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const tw = ['行政院27日通過明年總預算案。', '預算案將於下週送立法院審議。'];

describe("Taiwan's CNA dateline", () => {
  // Before: the bracket stayed in the copy, with no place and no agency read.
  it.each([
    ['a reporter in Taipei', `（中央社記者張三台北27日電）${tw[0]}`, '台北', '（中央社記者張三台北27日電）'],
    ['a reporter of three characters', `（中央社記者張三豐台北27日電）${tw[0]}`, '台北', '（中央社記者張三豐台北27日電）'],
    ['two reporters in Kaohsiung', `（中央社記者張三豐、李四高雄27日電）${tw[0]}`, '高雄', '（中央社記者張三豐、李四高雄27日電）'],
    ['a correspondent abroad', `（中央社記者張三豐華盛頓27日專電）${tw[0]}`, '華盛頓', '（中央社記者張三豐華盛頓27日專電）'],
    ['compiled from foreign wires', `（中央社台北27日綜合外電報導）${tw[0]}`, '台北', '（中央社台北27日綜合外電報導）'],
  ])('%s', (_what, line, place, dateline) => {
    expect(clean([line, tw[1]!])).toEqual({ paragraphs: tw, place, date: '27日', agency: 'CNA', dateline });
  });

  it.each([
    // The agency named in brackets with no place or day is no dateline.
    `（中央社）${tw[0]}`,
    // Nor is a bracket that quotes it inside a sentence.
    `據報導（中央社台北27日電），${tw[0]}`,
  ])('keeps "%s" whole', (line) => {
    expect(clean([line, tw[1]!])).toMatchObject({ paragraphs: [line, tw[1]], place: null, agency: null });
  });
});

/** [the dateline's place, the copy after it]. */
const URDU: [string, string][] = [
  ['لاہور', 'صوبائی کابینہ نے جمعہ کو بجٹ کے مسودے کی منظوری دے دی۔'],
  ['اسلام آباد', 'وفاقی کابینہ نے جمعہ کو بجٹ کے مسودے کی منظوری دے دی۔'],
  ['کراچی', 'سندھ کابینہ نے جمعہ کو بجٹ کے مسودے کی منظوری دے دی۔'],
  ['پشاور', 'صوبائی حکومت نے جمعہ کو نئی پالیسی کا اعلان کیا۔'],
];
const urduMore = 'مسودہ اگلے ہفتے اسمبلی میں پیش کیا جائے گا۔';

describe('Urdu staff datelines', () => {
  // Before: none was read; the place stayed in the text.
  it.each(URDU)('"%s:"', (place, copy) => {
    expect(clean([`${place}: ${copy}`, urduMore])).toMatchObject({ paragraphs: [copy, urduMore], place, agency: null });
  });

  it.each([
    // A word, not a place, before the colon ("The minister said:").
    'وزیر نے کہا: بجٹ اگلے ہفتے اسمبلی میں پیش کیا جائے گا۔',
    // Arabic's Cairo is no Pakistani city.
    'القاهرة: وافق مجلس الوزراء يوم الجمعة على مشروع الموازنة.',
  ])('keeps "%s" whole', (line) => {
    expect(clean([line, urduMore])).toMatchObject({ paragraphs: [line, urduMore], place: null });
  });

  it('keeps a headline over a city (no sentence after the colon) whole', () => {
    const title = 'لاہور: بارش سے نشیبی علاقے زیر آب';
    expect(clean([title])).toMatchObject({ paragraphs: [title], place: null });
  });
});

const lead = 'The cabinet on Friday approved the draft budget for 2027 after a long debate.';
const next = 'The draft goes to parliament next week.';

describe("the Myanmar News Agency's sign-off", () => {
  // Before: the sign-off stayed as the copy's last line (or its last words), and no agency was read.
  it.each([
    ['on its own line, with a dash', [`NAY PYI TAW, Nov 27 — ${lead}`, next, '— MNA'], 'NAY PYI TAW'],
    ['on its own line, in brackets', [`YANGON, Nov 27 — ${lead}`, next, '(MNA)'], 'YANGON'],
    ['run into the last sentence', [`Mandalay, Nov 27 — ${lead}`, `${next} — MNA`], 'Mandalay'],
    ['in brackets, run in', [`NAY PYI TAW, Nov 27 — ${lead}`, `${next} (MNA)`], 'NAY PYI TAW'],
  ])('%s', (_what, lines, place) => {
    expect(clean(lines)).toMatchObject({ paragraphs: [lead, next], place, agency: 'Myanmar News Agency' });
  });

  it('keeps it under the dated mark of a Myanmar dateline', () => {
    expect(clean([`NAY PYI TAW, Nov 27 (MNA) — ${lead}`, next, '(MNA)'])).toMatchObject({ paragraphs: [lead, next], agency: 'Myanmar News Agency' });
  });

  it.each([
    // Anywhere else "(MNA)" is Mehr's (or a lawmaker's): not read here.
    [[`TEHRAN, Nov 27 — ${lead}`, next, '(MNA)'], [lead, next, '(MNA)']],
    [[`Ali Khan said on Friday ${lead}`, next, '(MNA)'], [`Ali Khan said on Friday ${lead}`, next, '(MNA)']],
    // Initials inside a word, not a sign-off.
    [[`YANGON, Nov 27 — ${lead}`, 'It was set up by the DNA'], [lead, 'It was set up by the DNA']],
  ])('%j', (lines, kept) => {
    expect(clean(lines).paragraphs).toEqual(kept);
  });

  // A Myanmar town the list did not hold.
  it('credits "(MNA)" from Hpakant to the Myanmar News Agency', () => {
    expect(clean([`HPAKANT, Nov 27 (MNA) — ${lead}`, next])).toMatchObject({ paragraphs: [lead, next], place: 'HPAKANT', agency: 'Myanmar News Agency' });
  });
});

const STORIES: WireStory[] = [
  ['CNA', p(`（中央社記者張三台北27日電）${tw[0]}`, tw[1]!), tw, '台北', 'CNA'],
  ['Urdu', p(`${URDU[0]![0]}: ${URDU[0]![1]}`, urduMore), [URDU[0]![1], urduMore], URDU[0]![0], null],
  ['MNA', p(`NAY PYI TAW, Nov 27 — ${lead}`, next, '— MNA'), [lead, next], 'NAY PYI TAW', 'Myanmar News Agency'],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 16:05:00 +0630', STORIES);

describe("the twenty-eighth sweep's leftovers (2), through a poll", () => {
  it('stores each story without its dateline and sign-off, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire28-leftovers-2/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
