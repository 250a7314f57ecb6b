import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The thirty-sixth sweep: wire copy as held-out checks bring it. The thirty-fifth sweep's leftovers first (an office's initials under a
 * release's foot, the EU's statement title, "IT/ITES" as the last line, "- Daily News" under a dateline, a related box's one teaser at
 * the end), then copy written for this test after how the Baltic, Balkan, Central Asian, Caucasian, Arab, African and Latin American
 * agencies and South Asian ministries set their own, probed through cleanWireCopy: the forms that kept chrome or got no place or agency,
 * guards beside them, and a table of the forms read already. The feed part serves some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The cabinet on Friday approved a plan to widen the coastal highway.', 'Work on the first stretch is due to start in March, officials said.'];
const links = ['Port traffic rises for third month', 'Rail fares to stay unchanged'];

describe("the thirty-fifth sweep's leftovers", () => {
  it("an office's initials in mixed case under a release's foot go with it (they stayed, and the foot with them)", () => {
    const foot = ['Public Diplomacy Wing', 'Ministry of Foreign Affairs', 'Dhaka, 27 November 2026'];
    expect(clean(['Press Release', ...en, ...foot, 'PDW/MoFA'])).toMatchObject({ paragraphs: en, place: 'Dhaka', date: '27 November 2026' });
    expect(clean([...en, 'Dhaka', '27.11.2026', 'MoFA/PR'])).toMatchObject({ paragraphs: en, place: 'Dhaka' });
  });

  it.each([
    ['alone under the copy, no foot above', [...en, 'PDW/MoFA']],
    ['two place names parted by a slash under a place and date', [...en, 'Dhaka, 27 November 2026', 'Dhaka/Delhi']],
  ])('guard: %s stays', (_what, copy) => {
    expect(clean(copy).paragraphs).toEqual(copy);
  });

  it.each([
    'Statement by the High Representative on behalf of the EU on the elections in Georgia',
    'Declaration by the High Representative on behalf of the EU on the situation in the Sahel',
    'Statement by the Spokesperson on the latest attacks in Sudan',
  ])('the EU\'s statement title over its copy, "%s", goes as the release\'s title (it stayed as a paragraph)', (title) => {
    expect(clean([title, ...en]).paragraphs).toEqual(en);
  });

  it('guard: a sentence opening so is copy', () => {
    const copy = ['Statement by the High Representative was issued on Friday after the talks.', en[1]!];
    expect(clean(copy).paragraphs).toEqual(copy);
  });

  it.each(['IT/ITES', 'BPO/KPO', 'AI/ML'])('"%s" as the last line is copy, not desk initials (it was dropped)', (last) => {
    expect(clean([...en, last]).paragraphs).toEqual([...en, last]);
  });

  it.each(['akl/as', 'VM/JS', 'SD/PGH/DPB'])('guard: desk initials "%s" still sign off', (initials) => {
    expect(clean([...en, initials]).paragraphs).toEqual(en);
  });

  it('"- Daily News" under a dateline is left to the copy (it went under any); with no dateline, or in the paper\'s own feed, it goes', () => {
    expect(clean([`NEW YORK — ${en[0]}`, en[1]!, '- Daily News'])).toMatchObject({ paragraphs: [en[0], en[1], '- Daily News'], place: 'NEW YORK' });
    expect(clean([...en, '- Daily News']).paragraphs).toEqual(en);
    expect(cleanWireCopy([`COLOMBO: ${en[0]}`, en[1]!, '- Daily News'], { outlet: 'Daily News' }).paragraphs).toEqual(en);
    // A name no other paper shares still goes under a dateline.
    expect(clean([`COLOMBO: ${en[0]}`, en[1]!, '- Daily Mirror']).paragraphs).toEqual(en);
  });

  it('a related box at the end whose one teaser sentence ends the copy goes with it (the sentence stayed as copy)', () => {
    const teaser = 'Port traffic rose for a third month in October as exports picked up.';
    expect(clean([`NEW DELHI: ${en[0]}`, en[1]!, 'Related Stories', links[0]!, teaser])).toMatchObject({ paragraphs: en, place: 'NEW DELHI' });
  });

  it("guard: one sentence under the box with the story's sign-off or inputs note under it is the story's", () => {
    expect(clean([`Mumbai, Nov 27 (PTI) ${en[0]}`, 'Related Stories', ...links, en[1]!, 'PTI ABC DEF'])).toMatchObject({ paragraphs: en, agency: 'PTI' });
    expect(clean([`NEW DELHI: ${en[0]}`, 'RELATED STORIES', links[0]!, en[1]!, '(With inputs from PTI)'])).toMatchObject({ paragraphs: en, agency: 'PTI' });
  });
});

describe('agencies not read before', () => {
  // Before: the dateline stayed at the head of the copy, or was read with no agency.
  it.each([
    ['LETA', `RIGA, Nov 27 (LETA) - ${en[0]}`, 'RIGA', 'LETA'],
    ['ELTA', `VILNIUS, Nov 27 (ELTA) - ${en[0]}`, 'VILNIUS', 'ELTA'],
    ['STA', `Ljubljana, 27 November (STA) - ${en[0]}`, 'Ljubljana', 'STA'],
    ['MIA', `Skopje, 27 November 2026 (MIA) - ${en[0]}`, 'Skopje', 'MIA'],
    ['LANA', `Tripoli, Nov 27 (LANA) - ${en[0]}`, 'Tripoli', 'LANA'],
    ['AGN', `Guatemala City, Nov 27 (AGN). ${en[0]}`, 'Guatemala City', 'AGN'],
    ['Interpressnews', `Tbilisi, 27 November, IPN. ${en[0]}`, 'Tbilisi', 'IPN'],
    ["Khovar's date in figures and full name", `DUSHANBE, 27.11.2026 /NIAT Khovar/. ${en[0]}`, 'DUSHANBE', 'Khovar'],
    ["Kazinform's date before its mark", `ASTANA, November 27. KAZINFORM - ${en[0]}`, 'ASTANA', 'Kazinform'],
  ])('%s', (_who, lead, place, agency) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency });
  });

  it.each([
    ["Miami's airport in brackets", ['Flights at Miami International Airport (MIA) resumed on Friday after the storm.', en[1]!]],
    ['a name before its capitals and a dash', ['Lana (LANA) - the singer said on Friday that she would tour.', en[1]!]],
    ['a dated mark alone under copy not its own', [...en, '(STA)']],
  ])('guard: %s stays copy', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });
});

describe("releases' feet and outlets' lines under the copy", () => {
  it("Nepal's foreign ministry's foot, the office over its address and the date, goes and gives the place (it stayed)", () => {
    expect(clean(['Press Release', ...en, 'Ministry of Foreign Affairs', 'Singha Durbar, Kathmandu', '27 November 2026'])).toMatchObject({ paragraphs: en, place: 'Kathmandu', date: '27 November 2026' });
  });

  it('guard: an address in a sentence with no office over it stays', () => {
    const copy = [en[0]!, 'The minister then visited Singha Durbar, Kathmandu', '27 November 2026'];
    expect(clean(copy)).toMatchObject({ paragraphs: copy, place: null });
  });

  it("ERR News's rule and its prompt to follow it go (both stayed)", () => {
    expect(clean([...en, '--', 'Follow ERR News on Facebook and Twitter and never miss an update!']).paragraphs).toEqual(en);
  });

  it("Mizzima's name under its copy goes", () => {
    expect(clean([...en, 'Mizzima']).paragraphs).toEqual(en);
  });
});

describe('checked and left as they were, read already', () => {
  it.each([
    ['Anadolu', [`ANKARA (AA) - ${en[0]}`, en[1]!], 'ANKARA', 'Anadolu'],
    ["NNA's rule and editor", [`NNA - ${en[0]}`, en[1]!, '================ R.Sh.'], null, 'NNA'],
    ['Petra', [`Amman, Nov. 27 (Petra) -- ${en[0]}`, en[1]!, '//Petra// AF', '27/11/2026 12:05:31'], 'Amman', 'Petra'],
    ['the ONA', [`Muscat, Nov 27 (ONA) -- ${en[0]}`, en[1]!, '--ONA'], 'Muscat', 'ONA'],
    ['the BNA', [`Manama, Nov. 27 (BNA): ${en[0]}`, en[1]!, 'SH/AA'], 'Manama', 'BNA'],
    ['IRNA', [`Tehran, IRNA -- ${en[0]}`, en[1]!, '3276**1424'], 'Tehran', 'IRNA'],
    ['Azertac', [`Baku, November 27, AZERTAC. ${en[0]}`, en[1]!], 'Baku', 'Azertac'],
    ['UzA', [`Tashkent, 27 November (UzA). ${en[0]}`, en[1]!], 'Tashkent', 'UzA'],
    ['AKIpress', [`BISHKEK (AKIpress) - ${en[0]}`, en[1]!], 'BISHKEK', 'AKIpress'],
    ['Armenpress', [`YEREVAN, NOVEMBER 27, ARMENPRESS. ${en[0]}`, en[1]!], 'YEREVAN', 'Armenpress'],
    ['Tanjug', [`BELGRADE, Nov 27 (Tanjug) - ${en[0]}`, en[1]!], 'BELGRADE', 'Tanjug'],
    ['HINA', [`ZAGREB, Nov 27 (Hina) - ${en[0]}`, en[1]!], 'ZAGREB', 'HINA'],
    ['CTK', [`Prague, Nov 27 (CTK) - ${en[0]}`, en[1]!], 'Prague', 'CTK'],
    ['BTA', [`Sofia, November 27 (BTA) - ${en[0]}`, en[1]!, '/NZ/'], 'Sofia', 'BTA'],
    ['Agerpres', [`Bucharest, Nov 27 /Agerpres/ - ${en[0]}`, en[1]!], 'Bucharest', 'Agerpres'],
    ['Ukrinform', [`Kyiv, November 27 (Ukrinform) - ${en[0]}`, en[1]!], 'Kyiv', 'Ukrinform'],
    ['BelTA', [`MINSK, 27 November (BelTA) - ${en[0]}`, en[1]!], 'MINSK', 'BelTA'],
    ['Montsame', [`Ulaanbaatar, November 27 (MONTSAME). ${en[0]}`, en[1]!], 'Ulaanbaatar', 'Montsame'],
    ['KPL', [`Vientiane, Nov 27 (KPL) -- ${en[0]}`, en[1]!, 'KPL'], 'Vientiane', 'KPL'],
    ['AKP', [`Phnom Penh, Nov. 27 (AKP) -- ${en[0]}`, en[1]!, '--AKP--'], 'Phnom Penh', 'AKP'],
    ["Xinhua's South Asia desk", [`ISLAMABAD, Nov. 27 (Xinhua) -- ${en[0]}`, en[1]!], 'ISLAMABAD', 'Xinhua'],
    ['CNA', [`Taipei, Nov. 27 (CNA) ${en[0]}`, en[1]!, '(By Jane Doe and John Smith)', 'Enditem/AW'], 'Taipei', 'CNA'],
    ['Antara', [`Jakarta (ANTARA) - ${en[0]}`, en[1]!, 'Reporter: Jane Doe', 'Editor: Azis Kurmala'], 'Jakarta', 'Antara'],
    ['SANA', [`Damascus, SANA- ${en[0]}`, en[1]!, 'Rasha Ibrahim / Ruaa al-Jazaeri'], 'Damascus', 'SANA'],
    ['Saba', [`SANAA, Nov. 27 (Saba) - ${en[0]}`, en[1]!], 'SANAA', 'Saba'],
    ['TAP', [`Tunis, Nov. 27 (TAP) - ${en[0]}`, en[1]!], 'Tunis', 'TAP'],
    ['SUNA', [`Khartoum, Nov. 27 (SUNA) - ${en[0]}`, en[1]!], 'Khartoum', 'SUNA'],
    ['ENA', [`Addis Ababa, November 27/2026 (ENA) ${en[0]}`, en[1]!], 'Addis Ababa', 'ENA'],
    ['the NAN', [...en, '(NAN)(www.nannews.ng)', 'Edited by John Smith'], null, 'NAN'],
    ['the GNA', [`Accra, Nov. 27, GNA - ${en[0]}`, en[1]!], 'Accra', 'GNA'],
    ["Senegal's APS", [`Dakar, 27 nov (APS) - ${en[0]}`, en[1]!], 'Dakar', 'APS'],
    ['SAnews', [...en, '– SAnews.gov.za'], null, 'SAnews'],
    ['Prensa Latina', [`Havana, Nov 27 (Prensa Latina) ${en[0]}`, en[1]!, 'ef/jd'], 'Havana', 'Prensa Latina'],
    ['Andina', [`Lima, Nov. 27 (ANDINA). - ${en[0]}`, en[1]!], 'Lima', 'Andina'],
    ["the KBC's writer", [...en, 'Written By: Jane Doe'], null, null],
    ["Pakistan's foreign office", ['Press Release', 'No. 412/2026', ...en, 'Islamabad', '27 November 2026'], 'Islamabad', null],
    ["India's defence ministry's desk initials", [...en, 'VM/JS'], null, null],
    ["the Maldives' foreign ministry", ['Press Release', ...en, 'Malé, 27 November 2026'], 'Malé', null],
  ] as [string, string[], string | null, string | null][])('%s', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });
});

const sweep = apiSweep('wire-thirty-sixth-sweep');

describe('thirty-sixth wire sweep, through the admin API', () => {
  it("a feed of these agencies' and offices' copy is stored with its copy alone, its place and its agency", async () => {
    const teaser = 'Port traffic rose for a third month in October as exports picked up.';
    const body = feed([
      item(1, 'Dhaka release', p(...en, 'Public Diplomacy Wing', 'Ministry of Foreign Affairs', 'Dhaka, 27 November 2026', 'PDW/MoFA')),
      item(2, 'EU statement', p('Statement by the High Representative on behalf of the EU on the elections in Georgia', ...en)),
      item(3, 'Sectors', p(...en, 'IT/ITES')),
      item(4, 'New York plan', p(`NEW YORK — ${en[0]}`, en[1]!, '- Daily News')),
      item(5, 'Highway plan', `${p(`NEW DELHI: ${en[0]}`, en[1]!)}<p>Related Stories</p><ul><li><a href="/a">${links[0]}</a></li></ul>${p(teaser)}`),
      item(6, 'Riga plan', p(`RIGA, Nov 27 (LETA) - ${en[0]}`, en[1]!)),
      item(7, 'Tbilisi plan', p(`Tbilisi, 27 November, IPN. ${en[0]}`, en[1]!)),
      item(8, 'Dushanbe plan', p(`DUSHANBE, 27.11.2026 /NIAT Khovar/. ${en[0]}`, en[1]!)),
      item(9, 'Astana plan', p(`ASTANA, November 27. KAZINFORM - ${en[0]}`, en[1]!)),
      item(10, 'Kathmandu release', p(...en, 'Ministry of Foreign Affairs', 'Singha Durbar, Kathmandu', '27 November 2026')),
      item(11, 'Tallinn plan', p(...en, '--', 'Follow ERR News on Facebook and Twitter and never miss an update!')),
      item(12, 'Guatemala plan', p(`Guatemala City, Nov 27 (AGN). ${en[0]}`, en[1]!)),
    ]);
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire36/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const text = en.join('\n\n');
    expect(fields(stories.stories)).toEqual({
      1: { text, place: 'Dhaka', agency: null },
      2: { text, place: null, agency: null },
      3: { text: [...en, 'IT/ITES'].join('\n\n'), place: null, agency: null },
      4: { text: [...en, '- Daily News'].join('\n\n'), place: 'NEW YORK', agency: null },
      5: { text, place: 'NEW DELHI', agency: null },
      6: { text, place: 'RIGA', agency: 'LETA' },
      7: { text, place: 'Tbilisi', agency: 'IPN' },
      8: { text, place: 'DUSHANBE', agency: 'Khovar' },
      9: { text, place: 'ASTANA', agency: 'Kazinform' },
      10: { text, place: 'Kathmandu', agency: null },
      11: { text, place: null, agency: null },
      12: { text, place: 'Guatemala City', agency: 'AGN' },
    });
  });
});
