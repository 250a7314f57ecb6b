import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The thirty-fourth sweep: wire copy as held-out checks bring it, South Asian and international agencies' and government releases'.
 * Probed first through cleanWireCopy (the thirty-third sweep's leftovers, AP's "___", Radio Pakistan and PTV News, Prensa Latina's
 * initials, WAFA's Arabic copy and PIB's Hindi pages, then PTI, IANS, ANI, UNI, Xinhua, TASS, RIA, Sputnik, Anadolu, Kyodo, Jiji, Yonhap,
 * KCNA, VNA, PNA, Bernama, Antara, APP, BSS, UNB, RSS, news.lk, Kuensel, MENA, SPA, WAM, QNA, IRNA, Petra, KUNA, EFE, Europa Press, dpa,
 * AFP, AP, Reuters, Bloomberg, UPI, PA Media, Ritzau, and PIB, MEA, ISPR, the foreign offices, the Pentagon, the State Department, GOV.UK,
 * NATO and UN News): these are the forms that lost a paragraph, kept a sign-off or got a wrong place or agency, and guards beside them.
 * The copy and chrome are written for this test after how each sets its own; the feed part serves them over HTTP and polls them through
 * the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The government on Friday announced a new plan to cut fuel subsidies.', 'The plan takes effect in January, the ministry said.'];
const es = ['El Gobierno anunció el viernes un nuevo plan para reducir los subsidios.', 'El plan entrará en vigor en enero, dijo el ministerio.'];
const da = ['Regeringen fremlagde fredag en ny plan for energistøtte.', 'Planen træder i kraft i januar, oplyser ministeriet.'];
const ar = ['قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل.', 'وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة.'];
const hi = ['केंद्रीय मंत्रिमंडल ने शुक्रवार को मिशन को मंजूरी दी।', 'यह योजना जनवरी से लागू होगी।'];
const vi = ['Chính phủ hôm thứ Sáu công bố kế hoạch mới về trợ giá nhiên liệu.', 'Kế hoạch có hiệu lực từ tháng Một.'];
const zh = ['国务院总理27日主持召开国务院常务会议。', '会议指出，要加快推进能源补贴改革。'];

describe("AP's rule run into the last sentence, a <br> before it gone", () => {
  // Before: the credit's rule ("… contributed to this report.") is unanchored, and the whole paragraph went with it; the rule alone or
  // with AP's hub link after it stayed in the copy.
  it.each([
    ['a writer\'s credit', 'Associated Press writer Jane Doe in New York contributed to this report.'],
    ["AP's hub link", 'Follow AP’s coverage of the economy at https://apnews.com/hub/economy'],
    ['nothing', ''],
  ])('with %s after it: the paragraph stays, the rule and the footer go', (_what, footer) => {
    const last = `${en[1]} ___${footer ? ` ${footer}` : ''}`;
    expect(clean([`WASHINGTON (AP) — ${en[0]}`, last])).toMatchObject({ paragraphs: en, place: 'WASHINGTON', agency: 'AP' });
  });

  it('with the footer on lines of its own below it', () => {
    expect(clean([`WASHINGTON (AP) — ${en[0]}`, `${en[1]} ___`, 'Associated Press writer Jane Doe contributed.'])).toMatchObject({ paragraphs: en, agency: 'AP' });
  });

  it("guard: a round-up's next section after the rule stays as it stands", () => {
    const last = `${en[1]} ___ NEW YORK — Stocks rose on Friday as investors cheered the plan.`;
    expect(clean([`WASHINGTON (AP) — ${en[0]}`, last])).toMatchObject({ paragraphs: [en[0], last] });
  });

  it('guard: a rule with copy still below its paragraph stays, and so does the copy', () => {
    const copy = [en[0]!, `${en[1]} ___`, 'Stocks rose on Friday as investors cheered the plan.'];
    expect(clean([`WASHINGTON (AP) — ${copy[0]}`, ...copy.slice(1)])).toMatchObject({ paragraphs: copy });
  });

  it('guard: a blank to fill in is no rule', () => {
    const copy = [en[0]!, 'Fill in the blank: the ___ is red.'];
    expect(clean(copy)).toMatchObject({ paragraphs: copy });
  });
});

describe("Pakistan's state radio and television credited as agencies", () => {
  // Before: the place was read and no agency, and "(PTV News)" stayed under the copy, on its line or run into the last sentence, as
  // "(Radio Pakistan)" did run in.
  it('"ISLAMABAD, Nov 27 (Radio Pakistan):" credits Radio Pakistan', () => {
    expect(clean([`ISLAMABAD, Nov 27 (Radio Pakistan): ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'ISLAMABAD', agency: 'Radio Pakistan' });
  });

  it.each([
    ['"(PTV News)" on its line', [...en, '(PTV News)'], 'PTV News'],
    ['"(PTV News)" run into the last sentence', [en[0]!, `${en[1]} (PTV News)`], 'PTV News'],
    ['"(Radio Pakistan)" run into the last sentence', [en[0]!, `${en[1]} (Radio Pakistan)`], 'Radio Pakistan'],
  ])('%s goes and credits it', (_what, input, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, agency });
  });

  it.each([
    ['named in a sentence', 'The interview was broadcast by Radio Pakistan.'],
    ['in brackets mid-way', 'The state broadcaster (Radio Pakistan) aired the speech live.'],
    ['PTV alone', 'The speech was aired live on PTV.'],
  ])('guard: %s, it stays and credits no one', (_what, last) => {
    expect(clean([en[0]!, last])).toMatchObject({ paragraphs: [en[0], last], agency: null });
  });
});

describe("Prensa Latina's desk initials in lower case run into its last sentence", () => {
  // Before: "ef/mgt" stayed at the end of the last sentence (the thirty-third sweep kept them on purpose, under any copy).
  it.each([
    ['under its name', `La Habana, 27 nov (Prensa Latina) ${es[0]}`],
    ['under its short mark', `Caracas, 27 nov (PL) ${es[0]}`],
  ])('%s they go', (_what, first) => {
    expect(clean([first, `${es[1]} ef/mgt`])).toMatchObject({ paragraphs: es, agency: 'Prensa Latina' });
    expect(clean([first, `${es[1]} arc/mgt/rc`])).toMatchObject({ paragraphs: es, agency: 'Prensa Latina' });
  });

  it("guard: under another agency's copy, or none, the same shape stays", () => {
    expect(clean([`LONDON, Nov 27 (Reuters) - ${en[0]}`, `${en[1]} ef/mgt`])).toMatchObject({ paragraphs: [en[0], `${en[1]} ef/mgt`] });
    expect(clean([en[0]!, `${en[1]} ef/mgt`])).toMatchObject({ paragraphs: [en[0], `${en[1]} ef/mgt`] });
  });
});

describe("WAFA's Arabic copy", () => {
  // Before: the dateline stayed as the copy's first words, crediting no one, and the editor's initials in Arabic letters stayed.
  it('"رام الله 27-11-2026 وفا- …" is read: place, date and WAFA', () => {
    expect(clean([`رام الله 27-11-2026 وفا- ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place: 'رام الله', date: '27-11-2026', agency: 'WAFA' });
  });

  it.each([['ع.ف'], ['/ع.ف/'], ['م.ن.']])('its editor\'s initials "%s" under it go', (initials) => {
    expect(clean([`رام الله 27-11-2026 وفا- ${ar[0]}`, ar[1]!, initials])).toMatchObject({ paragraphs: ar, agency: 'WAFA' });
  });

  it('guard: a name before a dash, with no date, stays copy', () => {
    const copy = [`محمد وفا - ${ar[0]}`, ar[1]!];
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it("guard: the initials under another agency's Arabic copy stay", () => {
    expect(clean([`الرياض 27 نوفمبر (واس) - ${ar[0]}`, ar[1]!, 'ع.ف'])).toMatchObject({ paragraphs: [...ar, 'ع.ف'], agency: 'SPA' });
  });
});

describe("the Arab agencies' end word and datelines", () => {
  // Before: each stayed as the copy's last line or the end of its last sentence.
  it.each([
    ["the SPA's", `الرياض 27 نوفمبر (واس) - ${ar[0]}`, '//انتهى//', 'SPA'],
    ["QNA's", `الدوحة في 27 نوفمبر /قنا/ ${ar[0]}`, '/ انتهى /', 'QNA'],
    ["KUNA's", `الكويت - 27 - 11 (كونا) -- ${ar[0]}`, '(النهاية)', 'KUNA'],
  ])('%s on its line', (_what, first, end, agency) => {
    expect(clean([first, ar[1]!, end])).toMatchObject({ paragraphs: ar, agency });
  });

  it('run into the last sentence', () => {
    expect(clean([`الدوحة في 27 نوفمبر /قنا/ ${ar[0]}`, `${ar[1]} /انتهى/`])).toMatchObject({ paragraphs: ar, agency: 'QNA' });
    expect(clean([`الكويت - 27 - 11 (كونا) -- ${ar[0]}`, `${ar[1]} (النهاية)`])).toMatchObject({ paragraphs: ar, agency: 'KUNA' });
  });

  it('guard: the word in brackets inside a sentence stays', () => {
    const copy = ['قال الوزير إن المهمة (انتهى) دورها.', ar[1]!];
    expect(clean(copy)).toMatchObject({ paragraphs: copy });
  });

  // Before: the dateline stayed as the copy's first words (MENA) or its first line (Anadolu), crediting no one.
  it('MENA\'s initials "/أ ش أ/" in a dated dateline', () => {
    expect(clean([`القاهرة في 27 نوفمبر /أ ش أ/ ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place: 'القاهرة', agency: 'MENA' });
  });

  it('Anadolu\'s "أنقرة/ الأناضول", on its own line or run into the copy', () => {
    expect(clean(['أنقرة/ الأناضول', ...ar])).toMatchObject({ paragraphs: ar, place: 'أنقرة', agency: 'Anadolu' });
    expect(clean([`إسطنبول/ الأناضول ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place: 'إسطنبول', agency: 'Anadolu' });
  });
});

describe("PTI's and PIB's Hindi forms", () => {
  // Before: Bhasha's sign-off after a danda stayed at the end of the last sentence (only one run in with no danda went).
  it('Bhasha\'s sign-off after a danda: "…होगी। भाषा अविनाश अजय"', () => {
    expect(clean([`नयी दिल्ली, 27 नवंबर (भाषा) ${hi[0]}`, `${hi[1]} भाषा अविनाश अजय`])).toMatchObject({ paragraphs: hi, agency: 'PTI' });
  });

  it('guard: a sentence about language after a danda, ending on its verb, stays', () => {
    const copy = [hi[0]!, `${hi[1]} भाषा सरल है`];
    expect(clean(copy)).toMatchObject({ paragraphs: copy });
  });

  // Before: the line and the desk's initials over it stayed under the copy.
  it('PIB\'s Hindi link to the release in other languages: "इस विज्ञप्ति को इन भाषाओं में पढ़ें: …"', () => {
    expect(clean(['प्रविष्टि तिथि: 27 NOV 2026 10:05AM by PIB Delhi', ...hi, '***', 'एमजी/एआर', 'इस विज्ञप्ति को इन भाषाओं में पढ़ें: English , Urdu'])).toMatchObject({ paragraphs: hi, place: 'Delhi', agency: 'PIB' });
  });
});

describe("agencies' sign-offs and stamps under the copy", () => {
  // Before: each stayed, as the copy's last line or the end of its last sentence.
  it.each([
    ['on its line', [...en, 'www.kcna.kp (Juche115.11.27.)']],
    ['run into the last sentence', [en[0]!, `${en[1]} www.kcna.kp (Juche115.11.27.)`]],
  ])('KCNA\'s site stamp %s', (_what, rest) => {
    expect(clean([`Pyongyang, November 27 (KCNA) -- ${rest[0]}`, ...rest.slice(1)])).toMatchObject({ paragraphs: en, place: 'Pyongyang', agency: 'KCNA' });
  });

  it.each([['【责任编辑：王雪】'], ['[责任编辑: 王雪]'], ['责任编辑：王雪']])('a Chinese page\'s editor\'s credit "%s"', (line) => {
    expect(clean([`新华社北京11月27日电 ${zh[0]}`, zh[1]!, line])).toMatchObject({ paragraphs: zh, agency: 'Xinhua' });
  });

  it.each([
    ['/ritzau/', da],
    ['/ritzau/AFP', da],
  ])('Ritzau\'s "%s" on its line', (line, copy) => {
    expect(clean([...copy, line])).toMatchObject({ paragraphs: copy, agency: 'Ritzau' });
  });

  it.each([[' /ritzau/'], [' /ritzau/Reuters']])('Ritzau\'s "%s" run into the last sentence', (end) => {
    expect(clean([da[0]!, `${da[1]}${end}`])).toMatchObject({ paragraphs: da, agency: 'Ritzau' });
  });

  it('guard: Ritzau named in a sentence stays', () => {
    const copy = [da[0]!, 'Nyheden blev bragt af ritzau i går.'];
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it.each([
    ["WAM's writer and editor", `ABU DHABI, 27th November, 2026 (WAM) -- ${en[0]}`, `${en[1]} WAM/Esraa Ismail/Hazem Hussein`, 'WAM'],
    ["the PNA's reporters' credit", `MANILA – ${en[0]}`, `${en[1]} (With reports from Jane Doe/PNA)`, 'PNA'],
    ["Bloomberg's assistance credit", `(Bloomberg) -- ${en[0]}`, `${en[1]} --With assistance from Jane Doe and John Roe.`, 'Bloomberg'],
  ])('%s run into the last sentence', (_what, first, last, agency) => {
    expect(clean([first, last])).toMatchObject({ paragraphs: en, agency });
  });

  it('guard: a sentence after a dash opening as an assistance credit stays', () => {
    const last = `${en[1]} -- With assistance from the IMF, the plan will be phased in.`;
    expect(clean([en[0]!, last])).toMatchObject({ paragraphs: [en[0], last] });
  });
});

describe('datelines by a mark not read before', () => {
  // Before: the dateline stayed as the copy's first words, or its first line, crediting no one.
  it('VNA\'s Vietnamese "Hà Nội (TTXVN) -"', () => {
    expect(clean([`Hà Nội (TTXVN) - ${vi[0]}`, `${vi[1]}/.`])).toMatchObject({ paragraphs: vi, place: 'Hà Nội', agency: 'VNA' });
  });

  it.each([
    ['on its own line', ['MADRID, 27 (EUROPA PRESS)', ...es]],
    ['run into the copy', [`MADRID, 27 (EUROPA PRESS) - ${es[0]}`, es[1]!]],
  ])('Europa Press\'s "MADRID, 27 (EUROPA PRESS)" %s', (_what, input) => {
    expect(clean(input)).toMatchObject({ paragraphs: es, place: 'MADRID', agency: 'Europa Press' });
  });
});

describe("lines over and under a government's release or an outlet's copy", () => {
  // Before: each stayed as the copy's first or last paragraph.
  it.each([
    ['an embargo line in capitals', 'EMBARGOED UNTIL 0001 GMT NOVEMBER 28'],
    ['an embargo line with its day', 'Embargoed until 00:01 GMT, Friday 28 November 2026'],
    ["UN News's date and topic", '27 November 2026 Peace and Security'],
    ['a translation\'s note', '(Provisional translation)'],
  ])('%s over the copy goes', (_what, line) => {
    expect(clean([line, ...en])).toMatchObject({ paragraphs: en });
  });

  it("UN News's topic under its date, each on a line", () => {
    expect(clean(['27 November 2026', 'Climate and Environment', ...en])).toMatchObject({ paragraphs: en });
  });

  it.each([
    ['a syndicate\'s line', 'Distributed by Tribune Content Agency, LLC.'],
    ["ANI's note under a partner's release", 'This story is provided by NewsVoir. ANI will not be responsible in any way for the content of this article. (ANI/NewsVoir)'],
    ["bdnews24's stamp in Bangladesh time", 'Last Modified: November 27, 2026 10:05 BdST'],
  ])('%s under the copy goes', (_what, line) => {
    expect(clean([...en, line])).toMatchObject({ paragraphs: en });
  });

  it.each([
    ['an embargo as a sentence', ['Embargoed until November 28, the report was leaked to reporters.', en[1]!]],
    ['a topic as a subhead between paragraphs', [en[0]!, 'Health', en[1]!]],
  ])('guard: %s stays', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy });
  });
});

describe('forms read already, kept as guards in the shapes this sweep probed', () => {
  it.each([
    ['PTI desk codes', [`New Delhi, Nov 27 (PTI) ${en[0]}`, `${en[1]} PTI AKV ZMN RT`], 'New Delhi', 'PTI'],
    ['UNI desk codes and time', [`New Delhi, Nov 27 (UNI) ${en[0]}`, en[1]!, 'UNI AKV RN 1205'], 'New Delhi', 'UNI'],
    ['ANI with a partner', [`Abu Dhabi [UAE], November 27 (ANI/WAM): ${en[0]}`, `${en[1]} (ANI/WAM)`], 'Abu Dhabi', 'ANI'],
    ['IANS run in', [`New Delhi, Nov 27 (IANS) ${en[0]}`, `${en[1]} --IANS akl/as`], 'New Delhi', 'IANS'],
    ['TASS', [`MOSCOW, November 27. /TASS/. ${en[0]}`, en[1]!], 'MOSCOW', 'TASS'],
    ['Sputnik', [`MOSCOW (Sputnik) - ${en[0]}`, en[1]!], 'MOSCOW', 'Sputnik'],
    ['Jiji', [`Tokyo, Nov. 27 (Jiji Press)--${en[0]}`, en[1]!], 'Tokyo', 'Jiji'],
    ['PNA', [`MANILA – ${en[0]}`, `${en[1]} (PNA)`], 'MANILA', 'PNA'],
    ['UNB', [`Dhaka, Nov 27 (UNB) - ${en[0]}`, en[1]!], 'Dhaka', 'UNB'],
    ['news.lk', [`Colombo, November 27 (news.lk) – ${en[0]}`, en[1]!], 'Colombo', 'news.lk'],
    ['BBS', [`Thimphu, Nov 27 (BBS) – ${en[0]}`, en[1]!], 'Thimphu', 'BBS'],
    ['MENA', [`CAIRO, Nov 27 (MENA) - ${en[0]}`, en[1]!, 'MENA'], 'CAIRO', 'MENA'],
    ['SPA', [`Riyadh, November 27, 2026, SPA -- ${en[0]}`, en[1]!, '--SPA', '13:05 LOCAL TIME 10:05 GMT'], 'Riyadh', 'SPA'],
    ['WAM', [`ABU DHABI, 27th November, 2026 (WAM) -- ${en[0]}`, en[1]!, 'WAM/Esraa Ismail/Hazem Hussein'], 'ABU DHABI', 'WAM'],
    ['IRNA', [`Tehran, IRNA -- ${en[0]}`, en[1]!, '3416**1424'], 'Tehran', 'IRNA'],
    ['Petra', [`Amman, Nov. 27 (Petra) -- ${en[0]}`, en[1]!, '--(Petra)', 'MA/AA', '27/11/2026 10:05:17'], 'Amman', 'Petra'],
    ['Reuters', [`LONDON, Nov 27 (Reuters) - ${en[0]}`, en[1]!, 'Reporting by Jane Doe; Editing by John Smith', 'Our Standards: The Thomson Reuters Trust Principles.'], 'LONDON', 'Reuters'],
    ['UPI', [`WASHINGTON, Nov. 27 (UPI) -- ${en[0]}`, en[1]!, 'Copyright 2026 United Press International, Inc. All Rights Reserved.'], 'WASHINGTON', 'UPI'],
    ['PIB', ['Ministry of Defence', 'Posted On: 27 NOV 2026 10:05AM by PIB Delhi', ...en, '***', 'VM/KP', '(Release ID: 2195432)', 'Visitor Counter : 125'], 'Delhi', 'PIB'],
  ])('%s', (_what, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });

  it.each([
    ['a foreign office\'s place and date under its release', [...en, 'Islamabad, 27 November 2026'], 'Islamabad'],
    ["the State Department's head", ['Office of the Spokesperson', 'November 27, 2026', 'The below is attributable to Spokesperson Jane Doe:', ...en], null],
    ["GOV.UK's head", ['Press release', 'From: Ministry of Defence and The Rt Hon John Healey MP', 'Published 27 November 2026', ...en], null],
    ["NATO's head", ['Press Release (2026) 123', 'Issued on 27 Nov. 2026', ...en], null],
  ])('%s', (_what, input, place) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place });
  });
});

const sweep = apiSweep('wire-thirty-fourth-sweep');

describe('thirty-fourth wire sweep, through the admin API', () => {
  it("a feed of these agencies' copy is stored with its copy alone, its place and its agency", async () => {
    const body = feed([
      item(1, 'US unveils subsidy plan', `${p(`WASHINGTON (AP) — ${en[0]}`)}<p>${en[1]}<br/>___<br/>Associated Press writer Jane Doe in New York contributed to this report.</p>`),
      item(2, 'Pakistan unveils plan', p(`ISLAMABAD, Nov 27 (Radio Pakistan): ${en[0]}`, en[1]!)),
      item(3, 'Govt unveils plan', `${p(en[0]!)}<p>${en[1]}<br/>(PTV News)</p>`),
      item(4, 'Cuba anuncia plan', `${p(`La Habana, 27 nov (Prensa Latina) ${es[0]}`)}<p>${es[1]}<br/>ef/mgt</p>`),
      item(5, 'رام الله', p(`رام الله 27-11-2026 وفا- ${ar[0]}`, ar[1]!, 'ع.ف')),
      item(6, 'الدوحة', `${p(`الدوحة في 27 نوفمبر /قنا/ ${ar[0]}`)}<p>${ar[1]}<br/>/انتهى/</p>`),
      item(7, 'मिशन को मंजूरी', `${p(`नयी दिल्ली, 27 नवंबर (भाषा) ${hi[0]}`)}<p>${hi[1]}<br/>भाषा अविनाश अजय</p>`),
      item(8, 'KCNA report', `${p(`Pyongyang, November 27 (KCNA) -- ${en[0]}`)}<p>${en[1]}<br/>www.kcna.kp (Juche115.11.27.)</p>`),
      item(9, 'Kế hoạch mới', p(`Hà Nội (TTXVN) - ${vi[0]}`, `${vi[1]}/.`)),
      item(10, 'El Gobierno anuncia plan', p('MADRID, 27 (EUROPA PRESS)', ...es)),
      item(11, 'Ny plan', `${p(da[0]!)}<p>${da[1]}<br/>/ritzau/</p>`),
      item(12, 'Peace talks', p('EMBARGOED UNTIL 0001 GMT NOVEMBER 28', ...en)),
    ]);
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire34/feed.xml', body, 'application/rss+xml; charset=utf-8');
    expect(fields(stories.stories)).toEqual({
      1: { text: en.join('\n\n'), place: 'WASHINGTON', agency: 'AP' },
      2: { text: en.join('\n\n'), place: 'ISLAMABAD', agency: 'Radio Pakistan' },
      3: { text: en.join('\n\n'), place: null, agency: 'PTV News' },
      4: { text: es.join('\n\n'), place: 'La Habana', agency: 'Prensa Latina' },
      5: { text: ar.join('\n\n'), place: 'رام الله', agency: 'WAFA' },
      6: { text: ar.join('\n\n'), place: 'الدوحة', agency: 'QNA' },
      7: { text: hi.join('\n\n'), place: 'नयी दिल्ली', agency: 'PTI' },
      8: { text: en.join('\n\n'), place: 'Pyongyang', agency: 'KCNA' },
      9: { text: vi.join('\n\n'), place: 'Hà Nội', agency: 'VNA' },
      10: { text: es.join('\n\n'), place: 'MADRID', agency: 'Europa Press' },
      11: { text: da.join('\n\n'), place: null, agency: 'Ritzau' },
      12: { text: en.join('\n\n'), place: null, agency: null },
    });
  });
});
