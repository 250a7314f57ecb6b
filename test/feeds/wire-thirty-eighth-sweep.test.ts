import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The thirty-eighth sweep: wire copy as held-out checks bring it. The thirty-seventh sweep's leftovers first (Paraguay's "(IP)",
 * Argentina's "(NA)" and Venezuela's "(VTV).-" datelines, the Seychelles News Agency's header, Ilam in the country table, the reach of
 * the retold-teaser rule), then copy written for this test after how Africa's smaller, the Gulf's, Latin America's, the Pacific's and the
 * Caribbean's agencies, state media's English services, India's state information directorates, PIB's regional units and ISPR set their
 * own, probed through cleanWireCopy: the forms that kept their dateline or got no agency, guards beside them, and a table of the forms read
 * already. The feed part serves some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The cabinet on Friday approved a plan to widen the coastal highway.', 'Work on the first stretch is due to start in March, officials said.'];
const link = 'Port traffic rises for third month';

describe("the thirty-seventh sweep's leftovers", () => {
  // Before: the dateline stayed at the head of the copy ("27 nov" and ".-" after a mark no one knew), or was read with no agency.
  it.each([
    ["Paraguay's IP", `Asunción, 27 nov (IP).- ${en[0]}`, 'Asunción', 'Agencia IP'],
    ["Paraguay's IP from Ciudad del Este", `CIUDAD DEL ESTE, Nov 27 (IP) - ${en[0]}`, 'CIUDAD DEL ESTE', 'Agencia IP'],
    ["Argentina's NA", `Buenos Aires, 27 nov (NA).- ${en[0]}`, 'Buenos Aires', 'Noticias Argentinas'],
    ["Argentina's NA from Bahía Blanca", `Bahía Blanca, 27 nov (NA).- ${en[0]}`, 'Bahía Blanca', 'Noticias Argentinas'],
    ["Venezuela's VTV", `Caracas, 27 nov (VTV).- ${en[0]}`, 'Caracas', 'VTV'],
    ["Venezuela's VTV from Maracaibo", `MARACAIBO, Nov 27 (VTV) - ${en[0]}`, 'MARACAIBO', 'VTV'],
  ] as [string, string, string, string][])('%s, in a dated dateline from its own country, is read and credited', (_who, lead, place, agency) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency });
  });

  it.each([
    ['"(IP)" after Geneva', `GENEVA, Nov 27 (IP) - ${en[0]}`, 'GENEVA'],
    ['"(NA)" after Washington', `WASHINGTON, Nov 27 (NA) - ${en[0]}`, 'WASHINGTON'],
    ["Vietnam Television's VTV after Hanoi", `Hanoi, Nov 27 (VTV) - ${en[0]}`, 'Hanoi'],
  ])('guard: %s credits no agency (the place is read, as before)', (_what, lead, place) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency: null });
  });

  it('guard: "(NA)" alone under Buenos Aires copy is no sign-off and stays', () => {
    expect(clean([`BUENOS AIRES: ${en[0]}`, en[1]!, '(NA)'])).toMatchObject({ paragraphs: [...en, '(NA)'], place: 'BUENOS AIRES', agency: null });
  });

  it('guard: "IP" and its meaning opening a sentence stay copy', () => {
    const copy = ['IP (intellectual property) - the talks stalled on Friday.', en[1]!];
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it("the Seychelles News Agency's name in brackets over its copy is its header: it goes and credits it (it stayed)", () => {
    expect(clean([`(Seychelles News Agency) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: null, agency: 'SNA' });
    expect(clean([`VICTORIA, Nov 27 (Seychelles News Agency) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'VICTORIA', agency: 'SNA' });
    expect(clean(['Victoria, Seychelles | November 27, 2026, Friday @ 10:05 | By Jane Doe', `(Seychelles News Agency) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, agency: 'SNA' });
  });

  it('guard: the agency named in a sentence stays copy', () => {
    const copy = ['The Seychelles News Agency (SNA) said on Friday it would hire staff.', en[1]!];
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it("Ilam stays in Nepal's table: a bare RSS under Nepal's Ilam signs off; Iran's Ilam, dated by IRNA, is IRNA's", () => {
    expect(clean([`Ilam, Nov 27: ${en[0]}`, en[1]!, 'RSS'])).toMatchObject({ paragraphs: en, place: 'Ilam', agency: 'RSS' });
    expect(clean([`Ilam, Nov 27 (IRNA) - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'Ilam', agency: 'IRNA' });
  });

  it("ISPR's release number over the dateline goes, as the Pakistan Navy's releases through ISPR set it", () => {
    expect(clean(['No PR-234/2026-ISPR', `RAWALPINDI, November 27: ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'RAWALPINDI', agency: 'ISPR' });
  });

  it("the retold-teaser rule still takes a box's one short teaser of its last link", () => {
    const teaser = 'Port traffic rose for a third month in October as exports picked up.';
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', link, teaser, en[1]!]).paragraphs).toEqual(en);
  });

  // Before: each went with the box as its link's teaser.
  it.each([
    ['runs on to a second sentence', 'Port traffic rose for a third month in October. Exports picked up as a new berth opened.'],
    ['quotes someone', '"Port traffic rose for a third month in October," the minister told reporters.'],
    ['says who said it', 'Port traffic rose for a third month in October, the shipping ministry said on Friday.'],
    [
      'is longer than a teaser',
      'Port traffic rose for a third month in October as exports of rice, steel, cement and cars picked up across the western coast, where three new berths opened this year and a fourth is due to open by the end of March next year.',
    ],
  ])("guard: the story's own paragraph under a box that repeats the link's words but %s stays", (_what, own) => {
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', link, own, en[1]!]).paragraphs).toEqual([en[0], own, en[1]]);
  });

  it("guard: a sentence retelling an earlier link of the box, not the last, stays", () => {
    const own = 'Port traffic rose for a third month in October as exports picked up.';
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', link, 'Rail fares to stay unchanged', own, en[1]!]).paragraphs).toEqual([en[0], own, en[1]]);
  });
});

describe('agencies and offices not read before', () => {
  // Before: the dateline stayed at the head of the copy ("27 nov" after a mark no one knew), or (AMI's) was read with no agency.
  it.each([
    ["Mali's AMAP", `Bamako, 27 nov 2026 (AMAP) - ${en[0]}`, 'Bamako', 'AMAP'],
    ["the Congo's ACP", `Kinshasa, 27 nov 2026 (ACP).- ${en[0]}`, 'Kinshasa', 'ACP'],
    ["Togo's ATOP", `Lomé, 27 nov 2026 (ATOP) - ${en[0]}`, 'Lomé', 'ATOP'],
    ["Djibouti's ADI", `Djibouti, 27 nov (ADI) - ${en[0]}`, 'Djibouti', 'ADI'],
    ["Mauritania's AMI", `Nouakchott, Nov 27 (AMI) - ${en[0]}`, 'Nouakchott', 'AMI'],
    ["Guinea's AGP", `Conakry, 27 nov (AGP) - ${en[0]}`, 'Conakry', 'AGP'],
    ["Gabon's AGP", `LIBREVILLE, Nov 27 (AGP) - ${en[0]}`, 'LIBREVILLE', 'AGP'],
    ["Burundi's ABP", `Bujumbura, 27 nov (ABP) - ${en[0]}`, 'Bujumbura', 'ABP'],
    ["Benin's ABP", `Cotonou, 27 nov 2026 (ABP) - ${en[0]}`, 'Cotonou', 'ABP'],
  ] as [string, string, string, string][])('%s', (_who, lead, place, agency) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency });
  });

  it("PIB's Andaman office, 'PIB Port Blair', gives the place whole (it gave 'Port' and left 'Blair' over the copy)", () => {
    expect(clean(['Posted On: 27 NOV 2026 4:05PM by PIB Port Blair', ...en])).toMatchObject({ paragraphs: en, place: 'Port Blair', agency: 'PIB' });
  });

  it.each([
    ['a name before its initials', ['Ami (AMI) said on Friday she would run again.', en[1]!]],
    ["a police rank's initials in brackets", ['The ACP (ACP) - a police rank - was named on Friday.', en[1]!]],
    ["a party's initials in brackets", ['The Aam Janata Party (ABP) - formed in 2025 - won two seats on Friday.', en[1]!]],
  ])('guard: %s stays copy', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it('guard: a bare "ACP" under Kolkata copy is no sign-off and stays', () => {
    expect(clean([`KOLKATA: ${en[0]}`, en[1]!, 'ACP'])).toMatchObject({ paragraphs: [...en, 'ACP'], place: 'KOLKATA', agency: null });
  });
});

describe('checked and left as they were, read already', () => {
  it.each([
    // Africa's and the Gulf's agencies.
    ["Sudan's SUNA", [`Port Sudan, Nov 27 (SUNA) - ${en[0]}`, en[1]!], 'Port Sudan', 'SUNA'],
    ["Eritrea's ministry", [`Asmara, 27 November 2026 - ${en[0]}`, en[1]!], 'Asmara', null],
    ["Tanzania's", [`DAR ES SALAAM, Nov 27 - ${en[0]}`, en[1]!], 'DAR ES SALAAM', null],
    ["Uganda's (no agency credited)", [`KAMPALA, Nov 27 (UNA) - ${en[0]}`, en[1]!], 'KAMPALA', null],
    ["Oman's ONA", [`Muscat, Nov 27 (ONA) - ${en[0]}`, en[1]!], 'Muscat', 'ONA'],
    ["Bahrain's BNA", [`Manama, Nov 27 (BNA) - ${en[0]}`, en[1]!], 'Manama', 'BNA'],
    ['WAM', [`Abu Dhabi, 27th November, 2026 (WAM) -- ${en[0]}`, en[1]!], 'Abu Dhabi', 'WAM'],
    ['KUNA and its desk initials', [`KUWAIT, Nov 27 (KUNA) -- ${en[0]}`, en[1]!, 'aa.gta'], 'KUWAIT', 'KUNA'],
    ['SPA', [`Riyadh, November 27, 2026, SPA -- ${en[0]}`, en[1]!], 'Riyadh', 'SPA'],
    ['QNA', [`Doha, November 27 (QNA) - ${en[0]}`, en[1]!], 'Doha', 'QNA'],
    ["Yemen's Saba", [`SANA'A, Nov. 27 (Saba) - ${en[0]}`, en[1]!], "SANA'A", 'Saba'],
    ['Petra', [`Amman, Nov. 27 (Petra) -- ${en[0]}`, en[1]!], 'Amman', 'Petra'],
    ["Lebanon's NNA", [`NNA - ${en[0]}`, en[1]!], null, 'NNA'],
    // Latin America's and the Caribbean's.
    ["Chile's (no agency credited)", [`SANTIAGO, Nov 27 (Orbe) - ${en[0]}`, en[1]!], 'SANTIAGO', null],
    ["Guatemala's AGN", [`Guatemala, 27 nov (AGN).- ${en[0]}`, en[1]!], 'Guatemala', 'AGN'],
    ["Honduras's", [`TEGUCIGALPA, Nov 27 - ${en[0]}`, en[1]!], 'TEGUCIGALPA', null],
    ['EFE from Santo Domingo', [`SANTO DOMINGO, Nov 27 (EFE) - ${en[0]}`, en[1]!], 'SANTO DOMINGO', 'EFE'],
    ["Cuba's ACN", [`Havana, Nov 27 (ACN) - ${en[0]}`, en[1]!], 'Havana', 'ACN'],
    ['Prensa Latina', [`Havana, Nov 27 (Prensa Latina) ${en[0]}`, en[1]!], 'Havana', 'Prensa Latina'],
    ["Nicaragua's", [`MANAGUA, Nov 27 - ${en[0]}`, en[1]!], 'MANAGUA', null],
    ['the CMC from Port of Spain', [`PORT OF SPAIN, Trinidad, Nov 27, CMC - ${en[0]}`, en[1]!], 'PORT OF SPAIN', 'CMC'],
    ["the CMC from St John's", [`ST JOHN'S, Antigua, Nov 27, CMC - ${en[0]}`, en[1]!], "ST JOHN'S", 'CMC'],
    ['the CMC from Belmopan', [`BELMOPAN, Belize, Nov 27, CMC - ${en[0]}`, en[1]!], 'BELMOPAN', 'CMC'],
    ['the CMC from Paramaribo', [`PARAMARIBO, Suriname, Nov 27 (CMC) - ${en[0]}`, en[1]!], 'PARAMARIBO', 'CMC'],
    // The Pacific's.
    ["Papua New Guinea's NBC", [`PORT MORESBY, Nov 27 (NBC) - ${en[0]}`, en[1]!], 'PORT MORESBY', null],
    ["Vanuatu's", [`PORT VILA, Vanuatu - ${en[0]}`, en[1]!], 'PORT VILA', null],
    ['Pacnews', [`SUVA, 27 NOVEMBER 2026 (PACNEWS) --- ${en[0]}`, en[1]!], 'SUVA', 'Pacnews'],
    ["the Cook Islands'", [`RAROTONGA - ${en[0]}`, en[1]!], 'RAROTONGA', null],
    ["Palau's", [`KOROR, Palau - ${en[0]}`, en[1]!], 'KOROR', null],
    ["Kiribati's", [`TARAWA, Kiribati, Nov 27 - ${en[0]}`, en[1]!], 'TARAWA', null],
    // State media's English services (credited by their feeds, not their datelines).
    ['CGTN', [`Beijing, Nov 27 (CGTN) - ${en[0]}`, en[1]!], 'Beijing', null],
    ['NHK World', [`TOKYO, Nov 27 (NHK) - ${en[0]}`, en[1]!], 'TOKYO', null],
    ['Arirang', [`SEOUL, Nov 27 (Arirang News) - ${en[0]}`, en[1]!], 'SEOUL', null],
    ['Press TV', [`TEHRAN, Nov 27 (Press TV) - ${en[0]}`, en[1]!], 'TEHRAN', null],
    // India's state information directorates and PIB's regional units.
    ["Mizoram's DIPR", [`Aizawl, November 27 (DIPR): ${en[0]}`, en[1]!], 'Aizawl', 'DIPR'],
    ["Nagaland's DIPR", [`KOHIMA, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'KOHIMA', 'DIPR'],
    ["Meghalaya's DIPR", [`SHILLONG, Nov 27 (DIPR): ${en[0]}`, en[1]!], 'SHILLONG', 'DIPR'],
    ["Tripura's ICA", [`AGARTALA, Nov 27 (ICA): ${en[0]}`, en[1]!], 'AGARTALA', null],
    ["Himachal's DIPR", [`Shimla, Nov 27 (HP DIPR): ${en[0]}`, en[1]!], 'Shimla', null],
    ["Goa's DIP", [`Panaji, November 27 (DIP): ${en[0]}`, en[1]!], 'Panaji', null],
    ['PIB Shillong', ['Posted On: 27 NOV 2026 4:05PM by PIB Shillong', ...en], 'Shillong', 'PIB'],
    ['PIB Aizawl', ['Posted On: 27 NOV 2026 4:05PM by PIB Aizawl', ...en], 'Aizawl', 'PIB'],
    ['PIB Kohima', ['Posted On: 27 NOV 2026 4:05PM by PIB Kohima', ...en], 'Kohima', 'PIB'],
    ['PIB Agartala', ['Posted On: 27 NOV 2026 4:05PM by PIB Agartala', ...en], 'Agartala', 'PIB'],
    ['PIB Srinagar', ['Posted On: 27 NOV 2026 4:05PM by PIB Srinagar', ...en], 'Srinagar', 'PIB'],
    ['PIB Jammu', ['Posted On: 27 NOV 2026 4:05PM by PIB Jammu', ...en], 'Jammu', 'PIB'],
    ['PIB Ranchi', ['Posted On: 27 NOV 2026 4:05PM by PIB Ranchi', ...en], 'Ranchi', 'PIB'],
    ['PIB Raipur', ['Posted On: 27 NOV 2026 4:05PM by PIB Raipur', ...en], 'Raipur', 'PIB'],
    ['PIB Imphal', ['Posted On: 27 NOV 2026 4:05PM by PIB Imphal', ...en], 'Imphal', 'PIB'],
    ['PIB Vijayawada', ['Posted On: 27 NOV 2026 4:05PM by PIB Vijayawada', ...en], 'Vijayawada', 'PIB'],
    // Pakistan's, Bangladesh's and the region's.
    ['ISPR in a dateline', [`RAWALPINDI, Nov 27 (ISPR): ${en[0]}`, en[1]!], 'RAWALPINDI', 'ISPR'],
    ['APP', [`ISLAMABAD, Nov 27 (APP): ${en[0]}`, en[1]!], 'ISLAMABAD', 'APP'],
    ["Radio Pakistan's credit under the copy", [`ISLAMABAD, Nov 27: ${en[0]}`, en[1]!, '(Radio Pakistan)'], 'ISLAMABAD', 'Radio Pakistan'],
    ['BSS', [`DHAKA, Nov 27, 2026 (BSS) - ${en[0]}`, en[1]!], 'DHAKA', 'BSS'],
    ["the Maldives' PSM", [`MALÉ, Nov 27 (PSM) - ${en[0]}`, en[1]!], 'MALÉ', 'PSM'],
    ['Montsame', [`Ulaanbaatar, November 27 (MONTSAME). ${en[0]}`, en[1]!], 'Ulaanbaatar', 'Montsame'],
    ['Kabar', [`BISHKEK, Nov 27 (Kabar) - ${en[0]}`, en[1]!], 'BISHKEK', 'Kabar'],
    ['Khovar', [`DUSHANBE, Nov 27 (Khovar) - ${en[0]}`, en[1]!], 'DUSHANBE', 'Khovar'],
    ['UzA', [`Tashkent, November 27 (UzA) - ${en[0]}`, en[1]!], 'Tashkent', 'UzA'],
    ["Cambodia's AKP", [`Phnom Penh, Nov. 27 (AKP) -- ${en[0]}`, en[1]!], 'Phnom Penh', 'AKP'],
    ["Laos's KPL", [`Vientiane, Nov 27 (KPL) - ${en[0]}`, en[1]!], 'Vientiane', 'KPL'],
    ["Brunei's", [`BANDAR SERI BEGAWAN, Nov 27 - ${en[0]}`, en[1]!], 'BANDAR SERI BEGAWAN', null],
    ["Timor-Leste's Tatoli (no agency credited)", [`DILI, Nov 27 (TATOLI) - ${en[0]}`, en[1]!], 'DILI', null],
    ["the Philippines' PNA under the copy", [`MANILA – ${en[0]}`, en[1]!, '(PNA)'], 'MANILA', 'PNA'],
    ["ZANIS's copy and the desk's initials", [`LUSAKA, Nov 27 (ZANIS) - ${en[0]}`, en[1]!, 'JD/MK'], 'LUSAKA', 'ZANIS'],
  ] as [string, string[], string | null, string | null][])('%s', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });
});

const sweep = apiSweep('wire-thirty-eighth-sweep');

describe('thirty-eighth wire sweep, through the admin API', () => {
  it("a feed of these agencies' and offices' copy is stored with its copy alone, its place and its agency", async () => {
    const body = feed([
      item(1, 'Asuncion plan', p(`Asunción, 27 nov (IP).- ${en[0]}`, en[1]!)),
      item(2, 'Buenos Aires plan', p(`Buenos Aires, 27 nov (NA).- ${en[0]}`, en[1]!)),
      item(3, 'Caracas plan', p(`Caracas, 27 nov (VTV).- ${en[0]}`, en[1]!)),
      item(4, 'Hanoi plan', p(`Hanoi, Nov 27 (VTV) - ${en[0]}`, en[1]!)),
      item(5, 'Victoria plan', p(`(Seychelles News Agency) - ${en[0]}`, en[1]!)),
      item(6, 'Bamako plan', p(`Bamako, 27 nov 2026 (AMAP) - ${en[0]}`, en[1]!)),
      item(7, 'Kinshasa plan', p(`Kinshasa, 27 nov 2026 (ACP).- ${en[0]}`, en[1]!)),
      item(8, 'Lome plan', p(`Lomé, 27 nov 2026 (ATOP) - ${en[0]}`, en[1]!)),
      item(9, 'Nouakchott plan', p(`Nouakchott, Nov 27 (AMI) - ${en[0]}`, en[1]!)),
      item(10, 'Port Blair plan', p('Posted On: 27 NOV 2026 4:05PM by PIB Port Blair', ...en)),
      item(11, 'Highway plan', `${p(`NEW DELHI: ${en[0]}`)}<p>Related Stories</p><ul><li><a href="/a">${link}</a></li></ul>${p('Port traffic rose for a third month in October, the shipping ministry said on Friday.', en[1]!)}`),
      item(12, 'Aizawl plan', p(`Aizawl, November 27 (DIPR): ${en[0]}`, en[1]!)),
    ]);
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire38/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const text = en.join('\n\n');
    expect(fields(stories.stories)).toEqual({
      1: { text, place: 'Asunción', agency: 'Agencia IP' },
      2: { text, place: 'Buenos Aires', agency: 'Noticias Argentinas' },
      3: { text, place: 'Caracas', agency: 'VTV' },
      4: { text, place: 'Hanoi', agency: null },
      5: { text, place: null, agency: 'SNA' },
      6: { text, place: 'Bamako', agency: 'AMAP' },
      7: { text, place: 'Kinshasa', agency: 'ACP' },
      8: { text, place: 'Lomé', agency: 'ATOP' },
      9: { text, place: 'Nouakchott', agency: 'AMI' },
      10: { text, place: 'Port Blair', agency: 'PIB' },
      11: { text: [en[0], 'Port traffic rose for a third month in October, the shipping ministry said on Friday.', en[1]].join('\n\n'), place: 'NEW DELHI', agency: null },
      12: { text, place: 'Aizawl', agency: 'DIPR' },
    });
  });
});
