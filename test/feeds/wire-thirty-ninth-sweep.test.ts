import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The thirty-ninth sweep: wire copy as held-out checks bring it. The thirty-eighth sweep's leftovers first (an unknown mark in brackets
 * after a lower-case Romance date, Iraq's "Baghdad-INA" run into the copy, "TOKYO, Nov 27, NA", Ecuador's and Uruguay's marks, an undated
 * "Buenos Aires (NA)"), then copy written for this test after how Central Africa's, the Atlantic's and the Indian Ocean's smaller agencies,
 * Central America's and the Caribbean's government press offices, the Pacific's, the Gulf's and Kurdistan's, India's state directorates,
 * PIB's regional units and ISPR set their own, probed through cleanWireCopy: the forms that kept their dateline, guards beside them, and a
 * table of the forms read already. The feed part serves some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The cabinet on Friday approved a plan to widen the coastal highway.', 'Work on the first stretch is due to start in March, officials said.'];

describe("the thirty-eighth sweep's leftovers", () => {
  // Before: the whole dateline stayed at the head of the copy, with no place.
  it.each([
    ['an unknown mark after a French date', `Conakry, 27 nov (XYZ) - ${en[0]}`, 'Conakry'],
    ['an unknown mark after a Spanish date and ".-"', `Lima, 27 nov (XYZ).- ${en[0]}`, 'Lima'],
    ['an unknown mark before a colon', `Conakry, 27 nov (XYZ): ${en[0]}`, 'Conakry'],
    ["Ecuador's SECOM", `Quito, 27 nov (SECOM).- ${en[0]}`, 'Quito'],
    ["Uruguay's presidency", `Montevideo, 27 nov (Presidencia).- ${en[0]}`, 'Montevideo'],
  ])('%s: a dated dateline with a bracketed mark no table holds gives its place and is cut, crediting no one', (_what, lead, place) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency: null });
  });

  it('a known mark after a Romance date is still credited', () => {
    expect(clean([`Madrid, 27 nov (EFE).- ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'Madrid', agency: 'EFE' });
  });

  it.each([
    ['a clause after the bracket', ['Lima, 27 nov (XYZ) said on Friday it would widen the highway.', en[1]!]],
  ])('guard: %s stays copy', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, place: null, agency: null });
  });

  it('"Baghdad-INA" run straight into the copy is the INA\'s dateline (the line stayed whole); alone on its line, as before', () => {
    expect(clean([`Baghdad-INA ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'Baghdad', agency: 'INA' });
    expect(clean(['Baghdad-INA', ...en])).toMatchObject({ paragraphs: en, place: 'Baghdad', agency: 'INA' });
  });

  it.each([
    ['a word in lower case after it', ['Baghdad-INA talks resumed on Friday.', en[1]!]],
    ['a place the gazetteer does not know', ['Karkh-INA The cabinet met.', en[1]!]],
    ["the agency's name run on", ['Baghdad-INA News Agency said on Friday the cabinet met.', en[1]!]],
  ])('guard: "…-INA" with %s stays copy', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it('pinned: "TOKYO, Nov 27, NA - …" is read as TOKYO\'s dateline with no agency', () => {
    expect(clean([`TOKYO, Nov 27, NA - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'TOKYO', agency: null });
  });

  it('pinned: an undated "Buenos Aires (NA) - …" credits Noticias Argentinas; after a place outside Argentina no one', () => {
    expect(clean([`Buenos Aires (NA) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'Buenos Aires', agency: 'Noticias Argentinas' });
    expect(clean([`WASHINGTON (NA) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'WASHINGTON', agency: null });
    expect(clean([`Rome (NA) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'Rome', agency: null });
  });
});

describe('agencies and offices not read before', () => {
  // Before: the whole dateline stayed at the head of the copy, with no place. (The state agencies among them, ANTA, ATPE, ACAP, Inforpress,
  // ANG, STP-Press and Ecuador's Andes, are credited since the fortieth sweep: see wire-fortieth-sweep.test.ts.)
  it.each([
    ["Cameroon's CRTV", `Yaoundé, 27 nov (CRTV) - ${en[0]}`, 'Yaoundé'],
    ["the Comoros' HZK", `Moroni, 27 nov (HZK) - ${en[0]}`, 'Moroni'],
    ["Equatorial Guinea's ASONGE", `Malabo, 27 nov (ASONGE) - ${en[0]}`, 'Malabo'],
    ["Haiti's AHP", `Port-au-Prince, 27 nov (AHP) - ${en[0]}`, 'Port-au-Prince'],
    ["Panama's ANPanamá", `Panamá, 27 nov (ANPanamá).- ${en[0]}`, 'Panamá'],
    ["El Salvador's SECOM", `San Salvador, 27 nov (SECOM).- ${en[0]}`, 'San Salvador'],
    ["Honduras's presidency", `Tegucigalpa, 27 nov (Presidencia).- ${en[0]}`, 'Tegucigalpa'],
    ["the Dominican Republic's presidency", `Santo Domingo, 27 nov (Presidencia).- ${en[0]}`, 'Santo Domingo'],
    ["Costa Rica's CRHoy", `San José, 27 nov (CRHoy).- ${en[0]}`, 'San José'],
    ["Chile's Orbe", `Valparaíso, 27 nov (Orbe).- ${en[0]}`, 'Valparaíso'],
    // Colombia's Colprensa, here until the forty-second sweep credited it (wire-forty-second-sweep.test.ts).
  ])('%s, under a lower-case Romance date: place read, dateline cut, no agency', (_who, lead, place) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency: null });
  });

  // Before: "Port of Spain" (a lower-case "of") stayed whole at the head of the copy; its capitals were read.
  it.each([
    ['dated', `Port of Spain, Nov 27 - ${en[0]}`],
    ['undated', `Port of Spain - ${en[0]}`],
    ['before a colon', `Port of Spain: ${en[0]}`],
    ['with its country', `Port of Spain, Trinidad, Nov 27 - ${en[0]}`],
    ['with its paper', `Port of Spain, Nov 27 (Newsday) - ${en[0]}`],
  ])("Trinidad's Port of Spain, %s, is read as a staff dateline", (_how, lead) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place: 'Port of Spain', agency: null });
  });

  it.each([
    ['a bank', ['Bank of England, Nov 27 - The rate was held at 4 per cent.', en[1]!]],
    ['a ministry before a colon', [`Ministry of Finance: ${en[0]}`, en[1]!]],
  ])('guard: %s with a lower-case "of" in its name is no place and stays copy', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, place: null, agency: null });
  });
});

describe('checked and left as they were, read already', () => {
  it.each([
    // Africa's smaller agencies.
    ["Namibia's NAMPA", [`Windhoek, Nov 27 (NAMPA) - ${en[0]}`, en[1]!, 'NAMPA'], 'Windhoek', 'NAMPA'],
    ["Botswana's BOPA", [`GABORONE, Nov 27 (BOPA) - ${en[0]}`, en[1]!, 'BOPA'], 'GABORONE', 'BOPA'],
    ["Malawi's MANA", [`Lilongwe, Nov 27 (MANA) - ${en[0]}`, en[1]!], 'Lilongwe', 'MANA'],
    ["Mozambique's AIM and its sign-off", [`MAPUTO, Nov 27 (AIM) - ${en[0]}`, en[1]!, '(AIM)'], 'MAPUTO', 'AIM'],
    ["Angola's ANGOP", [`Luanda, 27 nov (ANGOP) - ${en[0]}`, en[1]!], 'Luanda', 'ANGOP'],
    ["Niger's ANP", [`Niamey, 27 nov (ANP) - ${en[0]}`, en[1]!], 'Niamey', 'ANP'],
    ["Burkina Faso's AIB", [`Ouagadougou, 27 nov (AIB) - ${en[0]}`, en[1]!], 'Ouagadougou', 'AIB'],
    ["Senegal's APS", [`Dakar, 27 nov (APS) - ${en[0]}`, en[1]!], 'Dakar', 'APS'],
    ["Côte d'Ivoire's AIP", [`Abidjan, 27 nov (AIP) - ${en[0]}`, en[1]!], 'Abidjan', 'AIP'],
    ["Rwanda's RBA (no agency credited)", [`Kigali, Nov 27 (RBA) - ${en[0]}`, en[1]!], 'Kigali', null],
    ["Ethiopia's ENA and its sign-off", [`Addis Ababa, Nov 27 (ENA) - ${en[0]}`, en[1]!, 'ENA'], 'Addis Ababa', 'ENA'],
    ["Somalia's SONNA", [`Mogadishu, Nov 27 (SONNA) - ${en[0]}`, en[1]!], 'Mogadishu', 'SONNA'],
    ["South Sudan's SSBC (no agency credited)", [`Juba, Nov 27 (SSBC) - ${en[0]}`, en[1]!], 'Juba', null],
    ["Lesotho's LENA and an end mark", [`Maseru, Nov 27 (LENA) - ${en[0]}`, en[1]!, '-END-'], 'Maseru', 'LENA'],
    ["Zimbabwe's New Ziana", [`Harare, Nov 27 (New Ziana) - ${en[0]}`, en[1]!, 'New Ziana'], 'Harare', 'New Ziana'],
    ["Sierra Leone's SLENA", [`Freetown, Nov 27 (SLENA) - ${en[0]}`, en[1]!], 'Freetown', 'SLENA'],
    ["Liberia's LINA", [`Monrovia, Nov 27 (LINA) - ${en[0]}`, en[1]!], 'Monrovia', 'LINA'],
    ["Ghana's GNA and its sign-off", [`ACCRA, Nov 27, GNA - ${en[0]}`, en[1]!, 'GNA'], 'ACCRA', 'GNA'],
    ["Nigeria's NAN", [`Abuja, Nov 27 (NAN) - ${en[0]}`, en[1]!], 'Abuja', 'NAN'],
    ["Mauritius's GIS", [`PORT LOUIS, Nov 27 (GIS) - ${en[0]}`, en[1]!], 'PORT LOUIS', 'GIS'],
    ["Somaliland's SLNA (no agency credited)", [`Hargeisa, Nov 27 (SLNA) - ${en[0]}`, en[1]!], 'Hargeisa', null],
    // North Africa's, the Gulf's and the Levant's.
    ["Libya's LANA", [`Tripoli, Nov 27 (LANA) - ${en[0]}`, en[1]!], 'Tripoli', 'LANA'],
    ["Morocco's MAP", [`Rabat, Nov 27 (MAP) - ${en[0]}`, en[1]!], 'Rabat', 'MAP'],
    ["Tunisia's TAP", [`Tunis, Nov 27 (TAP) - ${en[0]}`, en[1]!], 'Tunis', 'TAP'],
    ["Kurdistan's KNA", [`Erbil, Nov 27 (KNA) - ${en[0]}`, en[1]!], 'Erbil', 'KNA'],
    ["Kurdistan's staff copy", [`ERBIL, Kurdistan Region - ${en[0]}`, en[1]!], 'ERBIL', null],
    ['WAFA from Gaza', [`Gaza, Nov 27 (WAFA) - ${en[0]}`, en[1]!], 'Gaza', 'WAFA'],
    ["Cyprus's CNA", [`Nicosia, Nov 27 (CNA) - ${en[0]}`, en[1]!], 'Nicosia', 'CNA'],
    ['ONA from Salalah', [`Salalah, Nov 27 (ONA) - ${en[0]}`, en[1]!], 'Salalah', 'ONA'],
    ['WAM from Sharjah', [`Sharjah, Nov 27 (WAM) -- ${en[0]}`, en[1]!], 'Sharjah', 'WAM'],
    ['Saba from Aden', [`Aden, Nov 27 (Saba) - ${en[0]}`, en[1]!], 'Aden', 'Saba'],
    ["Afghanistan's Bakhtar", [`Kabul, Nov 27 (Bakhtar) - ${en[0]}`, en[1]!], 'Kabul', 'Bakhtar'],
    // The Pacific's.
    ["Tonga's Matangi Tonga (no agency credited)", [`NUKU'ALOFA, Nov 27 (Matangi Tonga) - ${en[0]}`, en[1]!], "NUKU'ALOFA", null],
    ["Samoa's", [`APIA, Samoa - ${en[0]}`, en[1]!], 'APIA', null],
    ["the Solomons' SIBC (no agency credited)", [`HONIARA, Nov 27 (SIBC) - ${en[0]}`, en[1]!], 'HONIARA', null],
    ['Pacnews from Funafuti', [`Funafuti, Nov 27 (Pacnews) - ${en[0]}`, en[1]!], 'Funafuti', 'Pacnews'],
    ["Nauru's", [`YAREN, Nauru, Nov 27 - ${en[0]}`, en[1]!], 'YAREN', null],
    ["the Marshalls' paper", [`MAJURO, Nov 27 (Marianas Variety) - ${en[0]}`, en[1]!], 'MAJURO', null],
    ["Guam's", [`HAGÅTÑA, Guam - ${en[0]}`, en[1]!], 'HAGÅTÑA', null],
    ["Fiji's FBC (no agency credited)", [`Suva, Nov 27 (FBC) - ${en[0]}`, en[1]!], 'Suva', null],
    ['AFP from Nouméa', [`NOUMEA, Nov 27 (AFP) - ${en[0]}`, en[1]!], 'NOUMEA', 'AFP'],
    // The Caribbean's and Latin America's.
    ['the CMC from Castries', [`CASTRIES, St Lucia, Nov 27, CMC - ${en[0]}`, en[1]!], 'CASTRIES', 'CMC'],
    ['the CMC from Roseau', [`ROSEAU, Dominica, Nov 27, CMC - ${en[0]}`, en[1]!], 'ROSEAU', 'CMC'],
    ["the CMC from St George's", [`ST GEORGE'S, Grenada, Nov 27, CMC - ${en[0]}`, en[1]!], "ST GEORGE'S", 'CMC'],
    ['the CMC from Kingstown', [`KINGSTOWN, St Vincent, Nov 27, CMC - ${en[0]}`, en[1]!], 'KINGSTOWN', 'CMC'],
    ['the CMC from Basseterre', [`BASSETERRE, St Kitts, Nov 27, CMC - ${en[0]}`, en[1]!], 'BASSETERRE', 'CMC'],
    ['the CMC from Nassau', [`NASSAU, Bahamas, Nov 27, CMC - ${en[0]}`, en[1]!], 'NASSAU', 'CMC'],
    // Credited since the forty-first sweep, as Guyana's DPI is (JIS a dated mark).
    ["Jamaica's JIS and its end mark", [`KINGSTON, Jamaica, Nov 27 (JIS) - ${en[0]}`, en[1]!, '-30-'], 'KINGSTON', 'JIS'],
    ["Guyana's DPI", [`GEORGETOWN, Guyana, Nov 27 (DPI) - ${en[0]}`, en[1]!, '-END-'], 'GEORGETOWN', 'DPI'],
    ["Belize's release and its end mark", [`BELMOPAN, Nov 27 - ${en[0]}`, en[1]!, '###'], 'BELMOPAN', null],
    ["Cuba's Granma (no agency credited)", [`Havana, Nov 27 (Granma) - ${en[0]}`, en[1]!], 'Havana', null],
    ["Bolivia's ABI from Sucre", [`Sucre, 27 nov (ABI).- ${en[0]}`, en[1]!], 'Sucre', 'ABI'],
    ['EFE from Guayaquil', [`Guayaquil, 27 nov (EFE).- ${en[0]}`, en[1]!], 'Guayaquil', 'EFE'],
    ['Andina from Cusco', [`Cusco, 27 nov (Andina).- ${en[0]}`, en[1]!], 'Cusco', 'Andina'],
    ['Agência Brasil from Recife', [`Recife, 27 nov (Agência Brasil) - ${en[0]}`, en[1]!], 'Recife', 'Agência Brasil'],
    ['the CMC from Port of Spain, by name', [`Port of Spain, Nov 27 (CMC) - ${en[0]}`, en[1]!], 'Port of Spain', 'CMC'],
    // India's state directorates and PIB's regional units.
    ["Uttar Pradesh's DIPR", [`Lucknow, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Lucknow', 'DIPR'],
    ["Uttarakhand's DIPR", [`Dehradun, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Dehradun', 'DIPR'],
    ["Rajasthan's DIPR", [`Jaipur, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Jaipur', 'DIPR'],
    ["Gujarat's DIPR", [`Gandhinagar, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Gandhinagar', 'DIPR'],
    ["Puducherry's DIPR", [`Puducherry, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Puducherry', 'DIPR'],
    ["Arunachal's DIPR", [`Itanagar, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Itanagar', 'DIPR'],
    ["Assam's DIPR", [`Dispur, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'Dispur', 'DIPR'],
    ["Sikkim's IPR (no agency credited)", [`Gangtok, Nov 27 (IPR): ${en[0]}`, en[1]!], 'Gangtok', null],
    ["Bihar's IPRD (no agency credited)", [`Patna, Nov 27 (IPRD): ${en[0]}`, en[1]!], 'Patna', null],
    ["Madhya Pradesh's PRO (no agency credited)", [`Bhopal, Nov 27 (PRO): ${en[0]}`, en[1]!], 'Bhopal', null],
    ['PIB Dehradun', ['Posted On: 27 NOV 2026 4:05PM by PIB Dehradun', ...en], 'Dehradun', 'PIB'],
    ['PIB Gangtok', ['Posted On: 27 NOV 2026 4:05PM by PIB Gangtok', ...en], 'Gangtok', 'PIB'],
    ['PIB Itanagar', ['Posted On: 27 NOV 2026 4:05PM by PIB Itanagar', ...en], 'Itanagar', 'PIB'],
    ['PIB Thiruvananthapuram', ['Posted On: 27 NOV 2026 4:05PM by PIB Thiruvananthapuram', ...en], 'Thiruvananthapuram', 'PIB'],
    ['PIB Bhubaneswar', ['Posted On: 27 NOV 2026 4:05PM by PIB Bhubaneswar', ...en], 'Bhubaneswar', 'PIB'],
    ['PIB Panaji', ['Posted On: 27 NOV 2026 4:05PM by PIB Panaji', ...en], 'Panaji', 'PIB'],
    ['PIB Guwahati', ['Posted On: 27 NOV 2026 4:05PM by PIB Guwahati', ...en], 'Guwahati', 'PIB'],
    ['PIB Leh', ['Posted On: 27 NOV 2026 4:05PM by PIB Leh', ...en], 'Leh', 'PIB'],
    // Pakistan's and the region's.
    ['ISPR from Quetta', [`QUETTA, Nov 27 (ISPR): ${en[0]}`, en[1]!], 'QUETTA', 'ISPR'],
    ["ISPR's release number over Quetta", ['No PR-301/2026-ISPR', `QUETTA, November 27, 2026: ${en[0]}`, en[1]!], 'QUETTA', 'ISPR'],
    ['APP from Muzaffarabad', [`MUZAFFARABAD, Nov 27 (APP): ${en[0]}`, en[1]!], 'MUZAFFARABAD', 'APP'],
    ['APP from Gilgit', [`GILGIT, Nov 27 (APP): ${en[0]}`, en[1]!], 'GILGIT', 'APP'],
    ["Punjab's PID", [`LAHORE, Nov 27 (PID): ${en[0]}`, en[1]!], 'LAHORE', 'PID'],
    ["the PID's credit under the copy", [`Lahore, Nov 27: ${en[0]}`, en[1]!, '(PID)'], 'Lahore', 'PID'],
    ["APP's desk initials", [`Islamabad, Nov 27 (APP): ${en[0]}`, en[1]!, 'APP/abc/xyz'], 'Islamabad', 'APP'],
    ["BSS's desk initials and time", [`Dhaka, Nov 27 (BSS) - ${en[0]}`, en[1]!, 'BSS/AB/MK/1545'], 'Dhaka', 'BSS'],
    ["the RSS's desk initials", [`Kathmandu, Nov 27 (RSS) - ${en[0]}`, en[1]!, 'RSS/NK'], 'Kathmandu', 'RSS'],
    ["Lanka Puvath's desk initials", [`Colombo, Nov 27 (LankaPuvath) - ${en[0]}`, en[1]!, 'LP/MK'], 'Colombo', 'Lanka Puvath'],
    ["Bhutan's BBS", [`Thimphu, Nov 27 (BBS) - ${en[0]}`, en[1]!], 'Thimphu', 'BBS'],
    ["Fiji's release and its end mark", [`SUVA, Nov 27 - ${en[0]}`, en[1]!, 'ENDS'], 'SUVA', null],
  ] as [string, string[], string | null, string | null][])('%s', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });

  it.each([
    ["GNA's copy ending on a sentence that opens with its mark", [`ACCRA, Nov 27, GNA - ${en[0]}`, en[1]!, 'GNA officials said the plan would cost more.'], 'GNA'],
    ["ENA's copy ending on a sentence that opens with its mark", [`Addis Ababa, Nov 27 (ENA) - ${en[0]}`, en[1]!, 'ENA reported the vote.'], 'ENA'],
    ["LENA's copy ending on a sentence that opens with a name like its mark", [`Maseru, Nov 27 (LENA) - ${en[0]}`, en[1]!, 'Lena Mokoena, a trader, welcomed the plan.'], 'LENA'],
    ["Pacnews's copy ending on a sentence that opens with its name", [`Suva, Nov 27 (Pacnews) - ${en[0]}`, en[1]!, 'Pacnews reporters will follow the talks.'], 'Pacnews'],
  ])('guard: %s keeps that sentence', (_what, input, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: [...en, input[2]], agency });
  });
});

const sweep = apiSweep('wire-thirty-ninth-sweep');

describe('thirty-ninth wire sweep, through the admin API', () => {
  it("a feed of these agencies' and offices' copy is stored with its copy alone, its place and its agency", async () => {
    const body = feed([
      item(1, 'Conakry plan', p(`Conakry, 27 nov (XYZ) - ${en[0]}`, en[1]!)),
      item(2, 'Lima plan', p(`Lima, 27 nov (XYZ).- ${en[0]}`, en[1]!)),
      item(3, 'Montevideo plan', p(`Montevideo, 27 nov (Presidencia).- ${en[0]}`, en[1]!)),
      item(4, 'Baghdad plan', p(`Baghdad-INA ${en[0]}`, en[1]!)),
      item(5, 'Tokyo plan', p(`TOKYO, Nov 27, NA - ${en[0]}`, en[1]!)),
      item(6, 'Buenos Aires plan', p(`Buenos Aires (NA) - ${en[0]}`, en[1]!)),
      item(7, 'Yaounde plan', p(`Yaoundé, 27 nov (CRTV) - ${en[0]}`, en[1]!)),
      item(8, 'Port of Spain plan', p(`Port of Spain, Nov 27 - ${en[0]}`, en[1]!)),
      item(9, 'Madrid plan', p(`Madrid, 27 nov (EFE).- ${en[0]}`, en[1]!)),
      item(10, 'Accra plan', p(`ACCRA, Nov 27, GNA - ${en[0]}`, en[1]!, 'GNA')),
      item(11, 'Lima clause', p('Lima, 27 nov (XYZ) said on Friday it would widen the highway.', en[1]!)),
      item(12, 'Dehradun plan', p('Posted On: 27 NOV 2026 4:05PM by PIB Dehradun', ...en)),
    ]);
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire39/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const text = en.join('\n\n');
    expect(fields(stories.stories)).toEqual({
      1: { text, place: 'Conakry', agency: null },
      2: { text, place: 'Lima', agency: null },
      3: { text, place: 'Montevideo', agency: null },
      4: { text, place: 'Baghdad', agency: 'INA' },
      5: { text, place: 'TOKYO', agency: null },
      6: { text, place: 'Buenos Aires', agency: 'Noticias Argentinas' },
      7: { text, place: 'Yaoundé', agency: null },
      8: { text, place: 'Port of Spain', agency: null },
      9: { text, place: 'Madrid', agency: 'EFE' },
      10: { text, place: 'ACCRA', agency: 'GNA' },
      11: { text: ['Lima, 27 nov (XYZ) said on Friday it would widen the highway.', en[1]].join('\n\n'), place: null, agency: null },
      12: { text, place: 'Dehradun', agency: 'PIB' },
    });
  });
});
