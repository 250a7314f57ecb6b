import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The thirty-fifth sweep: wire copy as held-out checks bring it, South Asian and international agencies' and government releases'.
 * The earlier sweeps' leftovers first (an inputs note naming an agency, a related box between paragraphs, the Bangladesh foreign
 * ministry's release foot, KUNA's stamp without "(end)"), then copy written for this test after how Xinhua, Kyodo, Yonhap, Bernama,
 * Antara, the PNA, VNA, NNT, TASS, Interfax, dpa, EFE, ANSA, AAP, RNZ and the NZ Herald, WAM, the SPA, Saudi Gazette, Arab News, the
 * Daily Star, BSS, UNB, The Hindu and the Deccan Herald, the Tribune and APP, Dawn, Geo, RSS, Kuensel, news.lk, PSM, Tolo and Pajhwok,
 * PIB, the MEA, ISPR, the State Department, the Pentagon, GOV.UK, the EEAS, NATO and the UN set their own, probed through cleanWireCopy:
 * the forms that kept chrome, lost a paragraph or got a wrong place or agency, guards beside them, and a table of the forms read
 * already. The feed part serves some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The government on Friday announced a new plan to cut fuel subsidies.', 'The plan takes effect in January, the ministry said.'];
const more = 'Officials said more details would follow next week.';
const hi = ['केंद्रीय मंत्रिमंडल ने शुक्रवार को मिशन को मंजूरी दी।', 'यह योजना जनवरी से लागू होगी।'];
const links = ['Sensex ends higher on bank gains', 'Rupee slips 5 paise against dollar'];

describe('an inputs note naming one agency credits it', () => {
  // Before: the note went and the story was credited to no one ("inputs are not the agency's copy", the thirty-fourth sweep left it).
  it.each([
    ['"(With inputs from PTI)" on its line', [...en, '(With inputs from PTI)'], 'PTI'],
    ['"(With inputs from PTI)" run into the last sentence', [en[0]!, `${en[1]} (With inputs from PTI)`], 'PTI'],
    ['"(With PTI inputs)"', [...en, '(With PTI inputs)'], 'PTI'],
    ['"— With inputs from IANS"', [...en, '— With inputs from IANS'], 'IANS'],
    ['"Input: ANI"', [...en, 'Input: ANI'], 'ANI'],
    ['a Gulf desk with the agency\'s inputs', [...en, 'Khaleej Times with inputs from WAM'], 'WAM'],
    ["the PNA's reports credit run in", [en[0]!, `${en[1]} (With reports from Jane Doe/PNA)`], 'PNA'],
  ])('%s', (_what, input, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, agency });
  });

  it('under a staff dateline, which gives the place', () => {
    expect(clean([`NEW DELHI: ${en[0]}`, en[1]!, '(With inputs from PTI)'])).toMatchObject({ paragraphs: en, place: 'NEW DELHI', agency: 'PTI' });
  });

  it('in Hindi: "(इनपुट: भाषा)"', () => {
    expect(clean([...hi, '(इनपुट: भाषा)'])).toMatchObject({ paragraphs: hi, agency: 'PTI' });
  });

  it.each([
    ['inputs from several agencies', '(With inputs from PTI, ANI)'],
    ['inputs from "agencies"', '(With inputs from agencies)'],
  ])('guard: %s credit none, and the note goes', (_what, note) => {
    expect(clean([...en, note])).toMatchObject({ paragraphs: en, agency: null });
  });

  it("guard: a dateline's agency is the story's", () => {
    expect(clean([`Mumbai, Nov 27 (IANS) ${en[0]}`, en[1]!, '(With inputs from PTI)'])).toMatchObject({ paragraphs: en, place: 'Mumbai', agency: 'IANS' });
  });

  it.each([
    'The board drew up the plan with inputs from PTI.',
    'With inputs from PTI, the board drew up the plan.',
    'Officials with inputs from WAM met the ministry on Friday.',
    'Input: the committee took views from farmers.',
  ])('guard: "%s" is copy and credits no one', (last) => {
    expect(clean([en[0]!, last])).toMatchObject({ paragraphs: [en[0], last], agency: null });
  });
});

describe('a related box between paragraphs goes, the copy under it stays', () => {
  // Before: the heading cut the copy there, and every paragraph under the box was lost.
  it.each(['Related Stories', 'RELATED STORIES', 'Related Stories:', 'Related News', 'Related Articles', 'Related', 'Related:', 'संबंधित खबरें'])('"%s" over two links', (heading) => {
    expect(clean([`NEW DELHI: ${en[0]}`, heading, ...links, en[1]!, more])).toMatchObject({ paragraphs: [...en, more], place: 'NEW DELHI' });
  });

  it('"You may also like" over two links, and a box of seven links', () => {
    expect(clean([`NEW DELHI: ${en[0]}`, 'You may also like', ...links, en[1]!, more])).toMatchObject({ paragraphs: [...en, more] });
    const seven = ['Sensex ends higher', 'Rupee slips against dollar', 'Gold hits record', 'Oil falls on supply', 'Bonds rally', 'Wheat output rises', 'Exports slow'];
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', ...seven, en[1]!, more])).toMatchObject({ paragraphs: [...en, more] });
  });

  it("over the story's agency's sign-off and an inputs note", () => {
    expect(clean([`Mumbai, Nov 27 (PTI) ${en[0]}`, 'Related Stories', ...links, en[1]!, 'PTI ABC DEF'])).toMatchObject({ paragraphs: en, agency: 'PTI' });
    expect(clean([`NEW DELHI: ${en[0]}`, 'RELATED STORIES', links[0]!, en[1]!, '(With inputs from PTI)'])).toMatchObject({ paragraphs: en, agency: 'PTI' });
  });

  it('guard: at the end, over its links or its teasers, it still cuts the rest', () => {
    expect(clean([`NEW DELHI: ${en[0]}`, en[1]!, 'Related Stories', ...links]).paragraphs).toEqual(en);
    const teasers = [links[0]!, 'The Sensex rose 400 points on Friday as banks led the gains.', links[1]!, 'The rupee fell five paise to 84.40 against the dollar on Friday.'];
    expect(clean([`NEW DELHI: ${en[0]}`, en[1]!, 'Related Stories', ...teasers]).paragraphs).toEqual(en);
  });

  it('"More on this story" and "More on this topic" over their links (the sweep\'s leftover: they cut the copy under them)', () => {
    for (const heading of ['More on this story', 'MORE ON THIS STORY:', 'More on this topic']) {
      expect(clean([`NEW DELHI: ${en[0]}`, heading, ...links, en[1]!, more])).toMatchObject({ paragraphs: [...en, more], place: 'NEW DELHI' });
    }
    // At the end, over its links, it still cuts them.
    expect(clean([`NEW DELHI: ${en[0]}`, en[1]!, 'More on this story', ...links]).paragraphs).toEqual(en);
  });

  it('guard: a sentence opening "Related stories" is copy', () => {
    const copy = [en[0]!, 'Related stories were published by several outlets on Friday, officials said.', en[1]!];
    expect(clean(copy).paragraphs).toEqual(copy);
  });
});

describe("the Bangladesh foreign ministry's release foot", () => {
  // Before: the wing's line, the end mark, a date in figures, the office with its place, a wing under the date and the Bengali
  // calendar's date stayed as paragraphs of the copy, and no place was read.
  it.each([
    ['the wing over the office and the place and date', ['Public Diplomacy Wing', 'Ministry of Foreign Affairs', 'Dhaka, 27 November 2026'], '27 November 2026'],
    ['an end mark over the place, the date under it', ['*****', 'Dhaka', '27 November 2026'], '27 November 2026'],
    ['dots over the place and date', ['.....', 'Dhaka, 27 November 2026'], '27 November 2026'],
    ['the date in figures', ['Public Diplomacy Wing', 'Ministry of Foreign Affairs', 'Dhaka, 27.11.2026'], '27.11.2026'],
    ['the place over the date in figures', ['Dhaka', '27.11.2026'], '27.11.2026'],
    ['the office and the place over the date', ['Ministry of Foreign Affairs, Dhaka', '27 November 2026'], '27 November 2026'],
    ['the Bengali calendar\'s date over the Gregorian one', ['Dhaka, 13 Agrahayan 1433', '27 November 2026'], '27 November 2026'],
    ['the wing under the place and date', ['Dhaka, 27 November 2026', 'Public Diplomacy Wing'], '27 November 2026'],
    ['the wing, the office and the place on one line, no date', ['Public Diplomacy Wing, Ministry of Foreign Affairs, Dhaka'], null],
    ['the wing and the office over the place, no date', ['Press Wing', 'Ministry of Foreign Affairs', 'Dhaka'], null],
  ])('%s', (_what, foot, date) => {
    expect(clean(['Press Release', ...en, ...foot])).toMatchObject({ paragraphs: en, place: 'Dhaka', date });
  });

  it('a foreign ministry named by its portfolio over the place and date', () => {
    expect(clean([...en, 'Foreign Ministry', 'Colombo', '27 November 2026'])).toMatchObject({ paragraphs: en, place: 'Colombo' });
  });

  it.each([
    ['a wing alone under the copy', [...en, 'Press Wing']],
    ['a place and date inside a sentence', [en[0]!, 'The minister will visit Dhaka, 27 November 2026 onward.']],
    ['a place and date in a quotation', [en[0]!, '"Dhaka: 27 November 2026" was printed on the banner, the police said.']],
  ])('guard: %s stays', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, place: null });
  });
});

describe("KUNA's stamp with its desk's initials, no \"(end)\" over them", () => {
  // Before: "aa.gta" stayed as the last paragraph, and the stamp with the initials before it stayed run into the last sentence.
  const lead = `KUWAIT, Nov 27 (KUNA) -- ${en[0]}`;
  it.each([
    ['the initials over the stamp', [lead, en[1]!, 'aa.gta', 'KUNA 271005 NOV 26']],
    ['both on one line', [lead, en[1]!, 'aa.gta KUNA 271005 NOV 26']],
    ['both run into the last sentence', [lead, `${en[1]} aa.gta KUNA 271005 NOV 26`]],
    ['the initials alone under its copy', [lead, en[1]!, 'aa.gta']],
  ])('%s go', (_what, input) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place: 'KUWAIT', agency: 'KUNA' });
  });

  it('over the stamp, under copy with no dateline, they credit KUNA', () => {
    expect(clean([...en, 'hm.gta', 'KUNA 271005 NOV 26'])).toMatchObject({ paragraphs: en, agency: 'KUNA' });
  });

  it.each([
    ['a dotted word alone under copy not KUNA\'s', [...en, 'bbc.com']],
    ['an abbreviation between paragraphs', [en[0]!, 'e.g.', en[1]!]],
  ])('guard: %s stays', (_what, copy) => {
    expect(clean(copy).paragraphs).toEqual(copy);
  });
});

describe("the Deccan Herald's dateline, the place then its news service's or an agency's mark and a colon", () => {
  // Before: the dateline stayed at the head of the first paragraph, and no place was read.
  it.each([
    ['Bengaluru, DHNS:', 'Bengaluru', null],
    ['BENGALURU, DHNS:', 'BENGALURU', null],
    ['New Delhi, PTI:', 'New Delhi', 'PTI'],
  ])('"%s"', (dateline, place, agency) => {
    expect(clean([`${dateline} ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place, agency });
  });

  it('guard: a place the gazetteer does not know, before a colon, stays', () => {
    const copy = ['Gandhi, PTI: the two names the ad placed together drew a complaint on Friday.', en[1]!];
    expect(clean(copy).paragraphs).toEqual(copy);
  });
});

describe("outlets' own credits under the copy", () => {
  // Before: each stayed as the last paragraph.
  it.each(['- NZ Herald', 'Thai PBS World', 'Global Times', 'Saudi Gazette report', '- Daily News'])('"%s" goes', (credit) => {
    expect(clean([...en, credit])).toMatchObject({ paragraphs: en, agency: null });
  });
});

describe('checked and left as they were, read already', () => {
  it.each([
    ['Xinhua', [`BEIJING, Nov. 27 (Xinhua) -- ${en[0]}`, `${en[1]} Enditem`], 'BEIJING', 'Xinhua'],
    ['Kyodo', [`TOKYO (Kyodo) -- ${en[0]}`, en[1]!, '==Kyodo'], 'TOKYO', 'Kyodo'],
    ['Yonhap', [`(LEAD) SEOUL, Nov. 27 (Yonhap) -- ${en[0]}`, en[1]!, 'kimsy@yna.co.kr', '(END)'], 'SEOUL', 'Yonhap'],
    ['Bernama', [`KUALA LUMPUR, Nov 27 (Bernama) -- ${en[0]}`, en[1]!, '-- BERNAMA'], 'KUALA LUMPUR', 'Bernama'],
    ['Antara', [`Jakarta (ANTARA) - ${en[0]}`, 'Related news: Indonesia, Japan agree to boost energy ties', en[1]!, 'Translator: Jane Doe, John Smith', 'Editor: Rahmad Nasution', 'Copyright © ANTARA 2026'], 'Jakarta', 'Antara'],
    ['the PNA', [`MANILA – ${en[0]}`, en[1]!, '(PNA)'], 'MANILA', 'PNA'],
    ['NNT', [`BANGKOK, Nov 27 (NNT) - ${en[0]}`, en[1]!], 'BANGKOK', 'NNT'],
    ['TASS', [`MOSCOW, November 27. /TASS/. ${en[0]}`, en[1]!], 'MOSCOW', 'TASS'],
    ['Interfax', [`MOSCOW. Nov 27 (Interfax) - ${en[0]}`, en[1]!], 'MOSCOW', 'Interfax'],
    ['dpa', [`Berlin (dpa) - ${en[0]}`, en[1]!, 'dpa ax yyzz n1'], 'Berlin', 'dpa'],
    ['EFE', [`Madrid, Nov 27 (EFE).- ${en[0]}`, en[1]!], 'Madrid', 'EFE'],
    ['ANSA', [`ROME, NOV 27 - ${en[0]}`, `${en[1]} (ANSA).`], 'ROME', 'ANSA'],
    ['AAP', [`SYDNEY, Nov 27 AAP - ${en[0]}`, en[1]!, 'AAP'], 'SYDNEY', 'AAP'],
    ['WAM', [`ABU DHABI, 27th November, 2026 (WAM) -- ${en[0]}`, `${en[1]} WAM/Esraa Ismail/Hazem Hussein`], 'ABU DHABI', 'WAM'],
    ['the SPA', [`RIYADH, November 27, 2026, SPA -- ${en[0]}`, en[1]!, '--SPA 13:05 LOCAL TIME 10:05 GMT'], 'RIYADH', 'SPA'],
    ['BSS', [`DHAKA, Nov 27, 2026 (BSS) - ${en[0]}`, `${en[1]} BSS/GAC/RY/1530 hrs`], 'DHAKA', 'BSS'],
    ['UNB', [`Dhaka, Nov 27 (UNB) - ${en[0]}`, en[1]!], 'Dhaka', 'UNB'],
    ['APP in the Tribune', [`ISLAMABAD: ${en[0]}`, `${en[1]} — APP`], 'ISLAMABAD', 'APP'],
    ['RSS', [`Kathmandu, Nov 27 (RSS): ${en[0]}`, en[1]!], 'Kathmandu', 'RSS'],
    ['PSM', [`Malé, Nov 27 (PSM) - ${en[0]}`, en[1]!], 'Malé', 'PSM'],
    ['Pajhwok', [`KABUL (Pajhwok): ${en[0]}`, en[1]!], 'KABUL', 'Pajhwok'],
    ['ISPR', ['No PR-185/2026-ISPR', `RAWALPINDI, Nov 27: ${en[0]}`, en[1]!], 'RAWALPINDI', 'ISPR'],
    ['the MEA', ['Media Center', 'Press Releases', ...en, 'New Delhi', 'November 27, 2026'], 'New Delhi', null],
    ['the State Department', ['Press Statement', 'Office of the Spokesperson', 'November 27, 2026', ...en], null, null],
    ['the UN', ['SG/SM/22345', '27 November 2026', ...en, '* *** *'], null, null],
    ['GOV.UK', ['From: Foreign, Commonwealth & Development Office', 'Published 27 November 2026', ...en], null, null],
  ] as [string, string[], string | null, string | null][])('%s', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });
});

const sweep = apiSweep('wire-thirty-fifth-sweep');

describe('thirty-fifth wire sweep, through the admin API', () => {
  it("a feed of these agencies' and offices' copy is stored with its copy alone, its place and its agency", async () => {
    const body = feed([
      item(1, 'Subsidy plan unveiled', p(`NEW DELHI: ${en[0]}`, en[1]!, '(With inputs from PTI)')),
      item(2, 'Plan unveiled', `${p(`NEW DELHI: ${en[0]}`)}<p>Related Stories</p><ul><li><a href="/a">${links[0]}</a></li><li><a href="/b">${links[1]}</a></li></ul>${p(en[1]!, more)}`),
      item(3, 'Foreign Adviser meets delegation', p(...en, 'Public Diplomacy Wing', 'Ministry of Foreign Affairs', 'Dhaka, 27 November 2026')),
      item(4, 'Kuwait plan', `${p(`KUWAIT, Nov 27 (KUNA) -- ${en[0]}`)}<p>${en[1]}<br/>aa.gta<br/>KUNA 271005 NOV 26</p>`),
      item(5, 'Karnataka plan', p(`Bengaluru, DHNS: ${en[0]}`, en[1]!)),
      item(6, 'NZ plan', p(...en, '- NZ Herald')),
      item(7, 'Plan in Hindi', p(...hi, '(इनपुट: भाषा)')),
      item(8, 'Manila plan', `${p(`MANILA – ${en[0]}`)}<p>${en[1]} (With reports from Jane Doe/PNA)</p>`),
      item(9, 'Colombo statement', p(...en, 'Foreign Ministry', 'Colombo', '27 November 2026')),
      item(10, 'Riyadh plan', p(`RIYADH — ${en[0]}`, en[1]!, 'Saudi Gazette report')),
      item(11, 'Beijing plan', p(`BEIJING, Nov. 27 (Xinhua) -- ${en[0]}`, `${en[1]} Enditem`)),
      item(12, 'Bangladesh release', p(...en, '*****', 'Dhaka', '27.11.2026')),
    ]);
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire35/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const text = en.join('\n\n');
    expect(fields(stories.stories)).toEqual({
      1: { text, place: 'NEW DELHI', agency: 'PTI' },
      2: { text: [...en, more].join('\n\n'), place: 'NEW DELHI', agency: null },
      3: { text, place: 'Dhaka', agency: null },
      4: { text, place: 'KUWAIT', agency: 'KUNA' },
      5: { text, place: 'Bengaluru', agency: null },
      6: { text, place: null, agency: null },
      7: { text: hi.join('\n\n'), place: null, agency: 'PTI' },
      8: { text, place: 'MANILA', agency: 'PNA' },
      9: { text, place: 'Colombo', agency: null },
      10: { text, place: 'RIYADH', agency: null },
      11: { text, place: 'BEIJING', agency: 'Xinhua' },
      12: { text, place: 'Dhaka', agency: null },
    });
  });
});
