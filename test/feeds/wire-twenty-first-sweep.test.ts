import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-first sweep: the Gulf's, Asia's, Africa's and Latin America's agencies as they set their English copy. Their
 * transmission stamps (KUNA's "KUNA 271005 NOV 26", the SPA's "--SPA 13:05 LOCAL TIME 10:05 GMT"), Petra's "//Petra// AF", WAM's
 * translator credit, NNA's "NNA - " lead and its "====== R.Sh." foot, Mehr's "(MNA)" and its desk code, Montsame's undated
 * "Ulaanbaatar /MONTSAME/.", Notimex and ANDINA; credit lines of their own that name the agency and its bureau ("— Reuters, London")
 * read as the story's agency and place; and an app named in the last sentence of copy, which is no outlet's promo. Each story is
 * written for this test after how the agencies set their copy; the agencies' names and marks are theirs.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-first-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const first = 'The ministry said non-oil exports rose 8 per cent in October from a year earlier.';
const last = 'The next review is due in February.';

describe('the Gulf agencies\' stamps and sign-offs', () => {
  const kuna = `KUWAIT, Nov 27 (KUNA) -- ${first}`;
  // Before: each stayed.
  it.each([
    [[kuna, last, 'KUNA 271005 NOV 26'], 'KUNA'],
    [[kuna, last, 'KUNA 271005 Nov 26NNNN'], 'KUNA'],
    [[kuna, `${last} (end) aa.gta`, 'KUNA 271005 NOV 26'], 'KUNA'],
    [[`Riyadh, November 27, 2026, SPA -- ${first}`, `${last} --SPA 13:05 LOCAL TIME 10:05 GMT`], 'SPA'],
    [[`Jeddah, November 27, 2026, SPA -- ${first}`, `${last}.../SPA`], 'SPA'],
    [[`Amman, Nov. 27 (Petra) -- ${first}`, last, '//Petra// AF'], 'Petra'],
    [[`Amman, Nov. 27 (Petra) -- ${first}`, last, '//Petra// AF', '27/11/2026 10:05:17'], 'Petra'],
    [[`DUBAI, 27th November, 2026 (WAM) -- ${first}`, last, 'WAM/Translation: Mohamed Aamer/Hazem Hussein'], 'WAM'],
    [[`NNA - ${first}`, last, '================ R.Sh.'], 'NNA'],
    [[`NNA - ${first}`, last, '=============== L.Y'], 'NNA'],
    [[`TEHRAN, Nov. 27 (MNA) – ${first}`, last, 'FA/6123456'], 'Mehr'],
  ] as [string[], string][])('%j: copy only, signed %s', (input, agency) => {
    const copy = clean(input);
    expect(copy.paragraphs).toEqual([first, last]);
    expect(copy.agency).toBe(agency);
  });

  it.each([
    // A time in a sentence of copy, and the SPA named in it.
    'The flight landed at 13:05 local time (10:05 GMT), the SPA said.',
    // "(end)" quoted, and a site named Petra.
    'The telegram closed with "(end)", the archivist said.',
    'Petra drew 1.2 million visitors this year, the tourism board said.',
    // Equals signs with no initials under them part sections.
    '================',
  ])('keeps "%s" between paragraphs of copy', (line) => {
    const input = [`Amman, Nov. 27 (Petra) -- ${first}`, line, last];
    expect(clean(input).paragraphs).toEqual([first, line, last]);
  });

  it('reads "(MNA)" as Mehr\'s only in a dateline with its date: a lawmaker\'s initials stay copy', () => {
    const line = 'Ali Khan (MNA) said on Friday that the bill would pass.';
    const copy = clean([line, last]);
    expect(copy.paragraphs).toEqual([line, last]);
    expect(copy.agency).toBeNull();
    expect(clean([`Lahore, Nov 27 (PTI) ${first}`, line, 'MNA']).paragraphs).toEqual([first, line, 'MNA']);
  });

  it('credits Mehr where "(MNA)" after a place in capitals is read as a dateline already', () => {
    // As an AG News story of Mehr's carries it (labelled dev set): before, the place was read and no agency.
    const copy = clean([`VIENNA (MNA) - ${first}`, last]);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.place, copy.agency]).toEqual(['VIENNA', 'Mehr']);
  });

  it('reads "NNA - " only as the copy\'s opening, before a capital', () => {
    const line = 'The NNA - a network of news agencies - met in Beirut.';
    expect(clean([line, last]).paragraphs).toEqual([line, last]);
    expect(clean([line, last]).agency).toBeNull();
  });
});

describe('Asian and Latin American datelines not read before', () => {
  // Before: each stayed in the copy, no place and no agency read.
  it.each([
    [`Ulaanbaatar /MONTSAME/. ${first}`, 'Ulaanbaatar', 'Montsame'],
    [`México, 27 Nov (Notimex).- ${first}`, 'México', 'Notimex'],
    [`Lima, Nov. 27 (ANDINA). - ${first}`, 'Lima', 'Andina'],
    [`Lima, Nov. 27 (ANDINA). ${first}`, 'Lima', 'Andina'],
  ])('"%s": place %s, agency %s', (lead, place, agency) => {
    const copy = clean([lead, last]);
    expect(copy.paragraphs).toEqual([first, last]);
    expect(copy.place).toBe(place);
    expect(copy.agency).toBe(agency);
  });

  it.each([
    // An unknown word before slashes is no place; the Andean Community's initials after its name are no dateline.
    'Lockdown /TASS/. The agency said the rules would ease.',
    'Comunidad Andina (ANDINA). The bloc met in Lima on Friday.',
  ])('keeps "%s" as copy', (line) => {
    const copy = clean([line, last]);
    expect(copy.paragraphs).toEqual([line, last]);
    expect(copy.place).toBeNull();
  });

  it('drops Notimex\'s desk initials under its copy', () => {
    expect(clean([`México, 27 Nov (Notimex).- ${first}`, last, 'NTX/ABC/XYZ']).paragraphs).toEqual([first, last]);
  });
});

describe('Kuwait as its papers and KUNA date it', () => {
  // Before: "KUWAIT:" stayed in the copy and the story had no place (the gazetteer knew Kuwait only as a country after a place).
  it('reads the Kuwait Times\' "KUWAIT:" as the place, KUNA\'s credit under it as the agency', () => {
    const copy = clean([`KUWAIT: ${first}`, last, '— KUNA']);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.place, copy.agency]).toEqual(['KUWAIT', 'KUNA']);
  });

  it('keeps Kuwait in a sentence as copy', () => {
    const line = 'Kuwait, the emirate, said it would raise output.';
    expect(clean([line, last]).paragraphs).toEqual([line, last]);
    expect(clean([line, last]).place).toBeNull();
  });
});

describe('a credit line of its own names the agency and its bureau', () => {
  // Before: the line went and the story had no agency and no place.
  it.each([
    [[first, last, '— Reuters, London'], 'Reuters', 'London'],
    [['AFP | Bangkok', first, last], 'AFP', 'Bangkok'],
    [[first, 'AFP | Bangkok', last], 'AFP', 'Bangkok'],
    [[`DUBAI: ${first}`, last, 'AFP | Dubai'], 'AFP', 'DUBAI'],
    [[first, last, 'AFP | Photo Desk'], 'AFP', null],
    [['AFP | Bangkok', `BANGKOK: ${first}`, last], 'AFP', 'BANGKOK'],
  ] as [string[], string, string | null][])('%j: agency %s, place %s', (input, agency, place) => {
    const copy = clean(input);
    expect(copy.paragraphs).toEqual([first, last]);
    expect(copy.agency).toBe(agency);
    expect(copy.place).toBe(place);
  });

  it('leaves an agency dateline\'s agency and place as they are', () => {
    const copy = clean([`Bangkok, Nov 27 (AP) ${first}`, last, 'AFP | Chiang Mai']);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.agency, copy.place]).toEqual(['AP', 'Bangkok']);
  });

  it('an outlet\'s desk credit names no agency', () => {
    const copy = clean([first, 'Gulf News Report', last]);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.agency, copy.place]).toEqual([null, null]);
  });

  it('the same words in a sentence stay and credit no one', () => {
    const line = 'Reuters, London and New York bureaus reported the deal first.';
    const copy = clean([first, line, last]);
    expect(copy.paragraphs).toEqual([first, line, last]);
    expect([copy.agency, copy.place]).toEqual([null, null]);
  });
});

describe('an app in the last sentence of copy', () => {
  const lead = `Mumbai, Nov 27 (PTI) ${first}`;
  // Before: each went, as a line and run in, for an outlet's "Download The … App" promo.
  it.each([
    'Download the DigiLocker app to get your marksheets from Monday.',
    'Download The UTS App, choose the route and pay by UPI.',
    'Download the Sachet app to receive cyclone warnings in 12 languages.',
  ])('keeps "%s"', (line) => {
    expect(clean([lead, last, line]).paragraphs).toEqual([first, last, line]);
    expect(clean([lead, `${last} ${line}`]).paragraphs).toEqual([first, `${last} ${line}`]);
  });

  it.each(['Download The Mint News App to get Daily Market Updates.', 'Download the HINA app for the latest news from Croatia.', 'Download OTV App.', 'Download the Gulf News app to stay updated.'])(
    'still drops the outlet\'s promo "%s"',
    (line) => {
      expect(clean([lead, last, line]).paragraphs).toEqual([first, last]);
      expect(clean([lead, `${last} ${line}`]).paragraphs).toEqual([first, last]);
    },
  );
});

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  // Read before this sweep: the feed's check that they stay read.
  ['Qatar LNG', p('Doha, November 27 (QNA) - QatarEnergy signed a 15-year LNG supply deal with a Japanese utility on Friday.', 'Deliveries start in 2028.', '--QNA'), ['QatarEnergy signed a 15-year LNG supply deal with a Japanese utility on Friday.', 'Deliveries start in 2028.'], 'Doha', 'QNA'],
  ['Bahrain budget', p('Manama, Nov. 27 (BNA): The Cabinet approved the draft budget for 2027 and 2028 at its weekly session.', 'It goes to parliament next month.', 'SH/MS', 'BNA 1005 GMT 2026'), ['The Cabinet approved the draft budget for 2027 and 2028 at its weekly session.', 'It goes to parliament next month.'], 'Manama', 'BNA'],
  ['Oman tourism', p('Muscat, 27 November (ONA) — Hotel revenues in the Sultanate rose 11 per cent by the end of October.', 'Guests from Gulf states led the rise.', '--ONA'), ['Hotel revenues in the Sultanate rose 11 per cent by the end of October.', 'Guests from Gulf states led the rise.'], 'Muscat', 'ONA'],
  ['UAE solar', p('Abu Dhabi, 27th November, 2026 (WAM) -- Masdar said it would build a 2-gigawatt solar plant in Uzbekistan.', 'Construction begins next year.', 'WAM/Hatem Mohamed/Tariq alfaham'), ['Masdar said it would build a 2-gigawatt solar plant in Uzbekistan.', 'Construction begins next year.'], 'Abu Dhabi', 'WAM'],
  ['Seoul exports', p('SEOUL, Nov. 27 (Yonhap) -- South Korea\'s chip exports hit a record high in November, data showed.', 'Shipments to China rose most.', 'kimhj@yna.co.kr', '(END)'), ['South Korea\'s chip exports hit a record high in November, data showed.', 'Shipments to China rose most.'], 'SEOUL', 'Yonhap'],
  ['Jakarta rice', p('Jakarta (ANTARA) - Indonesia will not import rice next year as stocks are ample, the food agency said.', 'Stocks stand at 4 million tonnes.', 'Reporter: Aria Ananda', 'Editor: Rahmad Nasution', 'Copyright © ANTARA 2026'), ['Indonesia will not import rice next year as stocks are ample, the food agency said.', 'Stocks stand at 4 million tonnes.'], 'Jakarta', 'Antara'],
  ['Abuja rail', p('Abuja, Nov. 27, 2026 (NAN) The Federal Executive Council approved the Kano-Maradi rail extension on Friday.', 'Work will take three years.', '(NAN)(www.nannews.ng)', 'OJO/AMM', '=======', 'Edited by Abiemwense Moru'), ['The Federal Executive Council approved the Kano-Maradi rail extension on Friday.', 'Work will take three years.'], 'Abuja', 'NAN'],
  ['Accra cocoa', p('Accra, Nov. 27, GNA - Ghana\'s cocoa regulator raised the farm-gate price by 10 per cent.', 'Farmers had asked for more.', 'GNA'), ['Ghana\'s cocoa regulator raised the farm-gate price by 10 per cent.', 'Farmers had asked for more.'], 'Accra', 'GNA'],
  // Not read before this sweep.
  ['Kuwait oil', p('KUWAIT, Nov 27 (KUNA) -- Kuwait Petroleum Corporation said it would raise refining capacity by a fifth by 2030.', 'The plan costs 4 billion dinars. (end) aa.gta', 'KUNA 271005 NOV 26'), ['Kuwait Petroleum Corporation said it would raise refining capacity by a fifth by 2030.', 'The plan costs 4 billion dinars.'], 'KUWAIT', 'KUNA'],
  ['Riyadh housing', p('Riyadh, November 27, 2026, SPA -- The housing ministry handed over 12,000 homes to families this year.', 'More are due in the first quarter. --SPA 13:05 LOCAL TIME 10:05 GMT'), ['The housing ministry handed over 12,000 homes to families this year.', 'More are due in the first quarter.'], 'Riyadh', 'SPA'],
  ['Jeddah port', p('Jeddah, November 27, 2026, SPA -- Container volumes at Jeddah Islamic Port rose 9 per cent in October.', 'Transshipment led the gain.../SPA'), ['Container volumes at Jeddah Islamic Port rose 9 per cent in October.', 'Transshipment led the gain.'], 'Jeddah', 'SPA'],
  ['Amman water', p('Amman, Nov. 27 (Petra) -- The water ministry said the Aqaba-Amman conveyor will be tendered in March.', 'It will carry 300 million cubic metres a year.', '//Petra// AF', '27/11/2026 10:05:17'), ['The water ministry said the Aqaba-Amman conveyor will be tendered in March.', 'It will carry 300 million cubic metres a year.'], 'Amman', 'Petra'],
  ['Dubai trade', p('DUBAI, 27th November, 2026 (WAM) -- Dubai\'s non-oil foreign trade reached AED1.6 trillion in nine months.', 'China remained its largest partner.', 'WAM/Translation: Mohamed Aamer/Hazem Hussein'), ['Dubai\'s non-oil foreign trade reached AED1.6 trillion in nine months.', 'China remained its largest partner.'], 'DUBAI', 'WAM'],
  ['Beirut cabinet', p('NNA - Caretaker Prime Minister Najib Mikati chaired a meeting on the electricity plan at the Grand Serail.', 'Ministers will meet again on Monday.', '================ R.Sh.'), ['Caretaker Prime Minister Najib Mikati chaired a meeting on the electricity plan at the Grand Serail.', 'Ministers will meet again on Monday.'], null, 'NNA'],
  ['Tehran talks', p('TEHRAN, Nov. 27 (MNA) – Iran\'s foreign minister will travel to Muscat next week for talks, his spokesman said.', 'He gave no further details.', 'FA/6123456'), ['Iran\'s foreign minister will travel to Muscat next week for talks, his spokesman said.', 'He gave no further details.'], 'TEHRAN', 'Mehr'],
  ['Mongolia coal', p('Ulaanbaatar /MONTSAME/. Mongolia exported 75 million tonnes of coal in the first ten months of the year.', 'Most went to China.'), ['Mongolia exported 75 million tonnes of coal in the first ten months of the year.', 'Most went to China.'], 'Ulaanbaatar', 'Montsame'],
  ['México remesas', p('México, 27 Nov (Notimex).- Remittances to Mexico fell 3 per cent in October, the central bank said.', 'It was the fourth monthly fall.', 'NTX/ABC/XYZ'), ['Remittances to Mexico fell 3 per cent in October, the central bank said.', 'It was the fourth monthly fall.'], 'México', 'Notimex'],
  ['Peru copper', p('Lima, Nov. 27 (ANDINA). - Peru\'s copper output rose 6 per cent in September, the mines ministry reported.', 'Las Bambas led the rise.'), ['Peru\'s copper output rose 6 per cent in September, the mines ministry reported.', 'Las Bambas led the rise.'], 'Lima', 'Andina'],
  ['UK gilts', p('British government bond yields fell on Friday after weaker retail sales data.', 'The pound slipped.', '— Reuters, London'), ['British government bond yields fell on Friday after weaker retail sales data.', 'The pound slipped.'], 'London', 'Reuters'],
  ['Thai baht', p('AFP | Bangkok', 'Thailand\'s central bank left its key rate unchanged at 1.75 per cent on Friday.', 'The baht firmed.'), ['Thailand\'s central bank left its key rate unchanged at 1.75 per cent on Friday.', 'The baht firmed.'], 'Bangkok', 'AFP'],
  ['Dubai airport', p('DUBAI: Dubai International expects 95 million passengers this year, its operator said.', 'AFP | Dubai', 'A new terminal opens in 2030.'), ['Dubai International expects 95 million passengers this year, its operator said.', 'A new terminal opens in 2030.'], 'DUBAI', 'AFP'],
  ['Kuwait refinery', p('KUWAIT: Kuwait National Petroleum Company restarted a crude unit at its Al-Zour refinery on Friday.', 'The unit had been shut for maintenance.', '— KUNA'), ['Kuwait National Petroleum Company restarted a crude unit at its Al-Zour refinery on Friday.', 'The unit had been shut for maintenance.'], 'KUWAIT', 'KUNA'],
  ['Marksheets online', p('Mumbai, Nov 27 (PTI) The state board will issue Class 10 marksheets only online from this year.', 'Download the DigiLocker app to get your marksheets from Monday.'), ['The state board will issue Class 10 marksheets only online from this year.', 'Download the DigiLocker app to get your marksheets from Monday.'], 'Mumbai', 'PTI'],
  // Guards: copy that reads like the sign-offs and credits above.
  ['Telegram archive', p('SEOUL, Nov. 27 (Yonhap) -- An archive put wartime telegrams online.', 'The last telegram closed with "(END)", the archivist said.', 'More will follow next year.', '(END)'), ['An archive put wartime telegrams online.', 'The last telegram closed with "(END)", the archivist said.', 'More will follow next year.'], 'SEOUL', 'Yonhap'],
  ['Petra visitors', p('Amman, Nov. 27 (Petra) -- Visitor numbers at the ancient city rose sharply this year.', 'Petra drew 1.2 million visitors this year, the tourism board said.'), ['Visitor numbers at the ancient city rose sharply this year.', 'Petra drew 1.2 million visitors this year, the tourism board said.'], 'Amman', 'Petra'],
  ['Lawmaker on bill', p('Ali Khan (MNA) said on Friday that the bill would pass.', 'The vote is due next week.'), ['Ali Khan (MNA) said on Friday that the bill would pass.', 'The vote is due next week.'], null, null],
  ['Bureaus', p('Reuters, London and New York bureaus reported the deal first.', 'The deal closed on Friday.'), ['Reuters, London and New York bureaus reported the deal first.', 'The deal closed on Friday.'], null, null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0300', STORIES);

describe('twenty-first wire sweep, through a poll', () => {
  it('stores each agency\'s copy without its stamps, sign-offs and credits, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire21/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
