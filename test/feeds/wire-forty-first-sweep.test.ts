import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The forty-first sweep: wire copy as held-out checks bring it. The fortieth sweep's leftovers first (ANSA's place alone behind its mark
 * before copy in lower case, the marks still crediting no one, the government press offices' feet), then copy written for this test after
 * how the Gulf's, Central Asia's, Southeast Asia's and the Pacific's agencies and India's state information departments set their own,
 * probed through cleanWireCopy: the forms that were wrong, guards beside them, and a table of the forms read already. The feed part serves
 * some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The council on Thursday agreed to rebuild the river embankment before the monsoon.', 'Contractors will be named next week, a spokesman said.'];
const lower = `the ${en[0]!.slice(4)}`;

describe("the fortieth sweep's leftovers", () => {
  // Before: the mark was cut and credited, "ROME - " stayed at the head of the copy and no place was read.
  it.each([
    ['ROME', `(ANSA) - ROME - ${lower}`],
    ['MILAN', `(ANSA) - MILAN - ${lower}`],
  ])("ANSA's place alone, %s, behind its mark before copy in lower case is its dateline", (place, lead) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: [lower, en[1]], place, agency: 'ANSA' });
  });

  it.each([
    ['words in capitals no gazetteer holds', `(ANSA) - THE END - ${lower}`, 'THE END'],
    ['an alliance', `(ANSA) - NATO - ${lower}`, 'NATO'],
  ])('guard: %s behind the mark stay copy', (_what, lead, head) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: [`${head} - ${lower}`, en[1]], place: null, agency: 'ANSA' });
  });

  it('read already: the place alone before a capital', () => {
    expect(clean([`(ANSA) - ROME - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: 'ROME', agency: 'ANSA' });
  });

  // Decided and left: marks no agency table can name as a state agency's (Colombia's Colprensa and Chile's Orbe are papers' and private
  // services; HZK and AHP name no agency this sweep could find), and Cameroon's CRTV, a broadcaster.
  it.each([
    ["Chile's Orbe", `Santiago, 27 nov (Orbe).- ${en[0]}`, 'Santiago'],
    ['HZK', `Hong Kong, Nov 27 (HZK) - ${en[0]}`, 'Hong Kong'],
    ['AHP', `Madrid, 27 nov (AHP) - ${en[0]}`, 'Madrid'],
  ])('pinned: %s is still credited to no one', (_who, lead, place) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency: null });
  });

  // Before: the dated mark read no agency, and its foot stayed as the copy's last paragraph.
  it.each([
    ["Jamaica's JIS, bare", [`KINGSTON, Nov 27 (JIS): ${en[0]}`, en[1]!, 'JIS'], 'KINGSTON', 'JIS'],
    ["Jamaica's JIS, no foot", [`KINGSTON, Nov 27 (JIS): ${en[0]}`, en[1]!], 'KINGSTON', 'JIS'],
    ["Barbados' BGIS, in brackets", [`BRIDGETOWN, Nov 27 (BGIS) - ${en[0]}`, en[1]!, '(BGIS)'], 'BRIDGETOWN', 'BGIS'],
  ])("%s: a government information service's dateline credits it, and its mark under its own copy signs it off", (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });

  it.each([
    ['"JIS" under Reuters\' copy', [`KINGSTON, Nov 27 (Reuters) - ${en[0]}`, en[1]!, 'JIS'], 'Reuters'],
    ['"JIS" under undated copy', [en[0]!, en[1]!, 'JIS'], null],
    ['"(BGIS)" under undated copy', [en[0]!, en[1]!, '(BGIS)'], null],
    ['JIS named in a sentence', ['Officials told JIS on Friday that the road would reopen.', en[1]!], null],
  ])('guard: %s stays', (_what, input, agency) => {
    const copy = agency ? [en[0], ...input.slice(1)] : input;
    expect(clean(input)).toMatchObject({ paragraphs: copy, agency });
  });

  // Left: the press offices' feet written as their releases foot them stay as the copy's last line; none is in the shared corpus, and
  // each is as much a line of copy in other stories ("- Fijian Government" is cut through a feed so titled, as "- Daily Mirror" is).
  it.each([
    ["Fiji's government", `SUVA, Nov 27 - ${en[0]}`, '- Fijian Government'],
    ["Odisha's I&PR department", `Bhubaneswar, Nov 27: ${en[0]}`, 'I&PR Department, Odisha'],
    ["Jammu and Kashmir's DIPR, its state named", `Srinagar, Nov 27: ${en[0]}`, '-DIPR J&K-'],
  ])("pinned: %s's foot stays", (_who, lead, foot) => {
    expect(clean([lead, en[1]!, foot]).paragraphs).toEqual([...en, foot]);
  });
});

describe('agencies and offices not read before', () => {
  // Before: the whole dateline stayed at the head of the copy, with no place and no agency.
  it.each([
    ["Cambodia's AKP, its year and its mark bare", [`Phnom Penh, November 27, 2026 AKP -- ${en[0]}`, en[1]!], 'Phnom Penh', 'AKP'],
    ['… without the year', [`Phnom Penh, Nov 27 AKP - ${en[0]}`, en[1]!], 'Phnom Penh', 'AKP'],
    ["Kyrgyzstan's Kabar, its mark spaced between slashes", [`Bishkek, November 27 / Kabar /. ${en[0]}`, en[1]!], 'Bishkek', 'Kabar'],
    ["TASS's mark so spaced", [`MOSCOW, November 27. / TASS /. ${en[0]}`, en[1]!], 'MOSCOW', 'TASS'],
    ["Uzbekistan's Dunyo", [`Tashkent, November 27 (Dunyo IA). ${en[0]}`, en[1]!], 'Tashkent', 'Dunyo'],
    ['… between slashes', [`Tashkent, November 27 /Dunyo IA/. ${en[0]}`, en[1]!], 'Tashkent', 'Dunyo'],
  ] as [string, string[], string, string][])('%s is read', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });

  // Before: the rule stayed as the copy's last paragraph.
  it('AKP\'s long rule of dashes under its copy goes', () => {
    expect(clean([`Phnom Penh, November 27, 2026 AKP -- ${en[0]}`, en[1]!, '——————————'])).toMatchObject({ paragraphs: en, agency: 'AKP' });
  });

  it.each([
    ['AKP before a sentence in lower case', `Phnom Penh, November 27, 2026 AKP - the agency said so.`],
    ['"Dunyo" (Uzbek for "world") in a sentence', 'Tashkent hosted Dunyo on Friday, the first such fair.'],
  ])('guard: %s stays copy', (_what, first) => {
    expect(clean([first, en[1]!])).toMatchObject({ paragraphs: [first, en[1]], agency: null });
  });
});

describe('checked and left as they were, read already', () => {
  it.each([
    // The Gulf's.
    ['WAM and its writer and editor', [`ABU DHABI, 27th November, 2026 (WAM) -- ${en[0]}`, en[1]!, 'WAM/Esraa Ismail/Hassan Bashir'], 'ABU DHABI', 'WAM'],
    ['the SPA, its foot and time', [`Riyadh, November 27, 2026, SPA -- ${en[0]}`, en[1]!, '--SPA', '14:05 LOCAL TIME 11:05 GMT'], 'Riyadh', 'SPA'],
    ['the SPA with the Hijri date', [`Riyadh, Jumada II 6, 1448, Nov 27, 2026, SPA -- ${en[0]}`, en[1]!, '--SPA'], 'Riyadh', 'SPA'],
    ['the QNA and its slashed foot', [`Doha, November 27 (QNA) - ${en[0]}`, en[1]!, '/QNA/'], 'Doha', 'QNA'],
    ['KUNA and its end and initials', [`KUWAIT, Nov 27 (KUNA) -- ${en[0]}`, en[1]!, '(end) mt.gb'], 'KUWAIT', 'KUNA'],
    ['the ONA and its foot', [`Muscat, Nov 27 (ONA) -- ${en[0]}`, en[1]!, '(ONA)'], 'Muscat', 'ONA'],
    ['the ONA and a photo credit', [`Muscat, Nov 27 (ONA) -- ${en[0]}`, 'Photo: ONA', en[1]!], 'Muscat', 'ONA'],
    // Central Asia's.
    ["Kazinform's older dateline and its writer", [`ASTANA. KAZINFORM - ${en[0]}`, en[1]!, 'Written by Jane Doe'], 'ASTANA', 'Kazinform'],
    ["Kazinform's newer one", [`ASTANA, November 27. KAZINFORM - ${en[0]}`, en[1]!], 'ASTANA', 'Kazinform'],
    ['Khovar and its name under the copy', [`DUSHANBE, 27.11.2026 /NIAT Khovar/. ${en[0]}`, en[1]!, 'NIAT Khovar'], 'DUSHANBE', 'Khovar'],
    ['TDH and its foot', [`Ashgabat, 27 November (TDH). ${en[0]}`, en[1]!, '(TDH)'], 'Ashgabat', 'TDH'],
    ['UzA and a translation note', [`Tashkent, November 27 (UzA). ${en[0]}`, en[1]!, '(Translated from Uzbek)'], 'Tashkent', 'UzA'],
    ['Kabar between slashes unspaced', [`Bishkek, November 27 /Kabar/. ${en[0]}`, en[1]!], 'Bishkek', 'Kabar'],
    // Southeast Asia's.
    ["Antara and its credits and rights line", [`Jakarta (ANTARA) - ${en[0]}`, en[1]!, 'Pewarta: Jane Doe', 'Editor: John Smith', 'Copyright © ANTARA 2026'], 'Jakarta', 'Antara'],
    ['the PNA by its foot and initials', [`MANILA – ${en[0]}`, en[1]!, '(PNA)', 'LGU/JMC'], 'MANILA', 'PNA'],
    ['Bernama and its foot and photo credit', [`KUALA LUMPUR, Nov 27 (Bernama) -- ${en[0]}`, en[1]!, '-- BERNAMA', 'Photo: BERNAMA'], 'KUALA LUMPUR', 'Bernama'],
    ["the VNA's end mark", [`Hanoi (VNA) – ${en[0]}`, `${en[1]}/.`], 'Hanoi', 'VNA'],
    ["the VNA's foot", [`Hanoi (VNA) – ${en[0]}`, en[1]!, 'VNA/VNP'], 'Hanoi', 'VNA'],
    ["Thailand's NNT", [`BANGKOK, 27 November 2026 (NNT) - ${en[0]}`, en[1]!], 'BANGKOK', 'NNT'],
    ["Laos' KPL and its foot", [`Vientiane, Nov 27 (KPL) - ${en[0]}`, en[1]!, 'KPL'], 'Vientiane', 'KPL'],
    // The Pacific's.
    ['Pacnews and its foot', [`SUVA, 27 NOVEMBER 2026 (PACNEWS) --- ${en[0]}`, en[1]!, '….PACNEWS'], 'SUVA', 'Pacnews'],
    ['RNZ Pacific (no agency credited)', [`Suva, Nov 27 (RNZ Pacific) - ${en[0]}`, en[1]!], 'Suva', null],
    ['FBC (no agency credited)', [`Suva, Nov 27 (FBC) - ${en[0]}`, en[1]!], 'Suva', null],
    ['PINA (no agency credited)', [`Suva, Nov 27 (PINA) - ${en[0]}`, en[1]!], 'Suva', null],
    ['Thailand\'s TNA (no agency credited: a party\'s initials too)', [`BANGKOK, Nov 27 (TNA) - ${en[0]}`, en[1]!], 'BANGKOK', null],
    // India's states' information departments.
    ['a DIPR dateline and foot', [`Srinagar, Nov 27 (DIPR): ${en[0]}`, en[1]!, '-DIPR-'], 'Srinagar', 'DIPR'],
    ["Madhya Pradesh's DPR (no agency credited)", [`Bhopal, Nov 27 (DPR): ${en[0]}`, en[1]!], 'Bhopal', null],
    ["Ladakh's DIPR named (no agency credited)", [`Leh, Nov 27 (DIPR Ladakh): ${en[0]}`, en[1]!], 'Leh', null],
    ["Tripura's ICA (no agency credited)", [`Agartala, Nov 27 (ICA): ${en[0]}`, en[1]!], 'Agartala', null],
  ] as [string, string[], string | null, string | null][])('%s', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });
});

const sweep = apiSweep('wire-forty-first-sweep');

describe('forty-first wire sweep, through the admin API', () => {
  it("a feed of these agencies' and offices' copy is stored with its copy alone, its place and its agency", async () => {
    // Each item: its paragraphs, then the place and agency it is stored with; its stored text is the two sentences unless given.
    const served: [string[], string | null, string | null, string?][] = [
      [[`(ANSA) - ROME - ${lower}`, en[1]!], 'ROME', 'ANSA', [lower, en[1]].join('\n\n')],
      [[`(ANSA) - THE END - ${lower}`, en[1]!], null, 'ANSA', [`THE END - ${lower}`, en[1]].join('\n\n')],
      [[`KINGSTON, Nov 27 (JIS): ${en[0]}`, en[1]!, 'JIS'], 'KINGSTON', 'JIS'],
      [[`BRIDGETOWN, Nov 27 (BGIS) - ${en[0]}`, en[1]!, '(BGIS)'], 'BRIDGETOWN', 'BGIS'],
      [[`Phnom Penh, November 27, 2026 AKP -- ${en[0]}`, en[1]!, '——————————'], 'Phnom Penh', 'AKP'],
      [[`Bishkek, November 27 / Kabar /. ${en[0]}`, en[1]!], 'Bishkek', 'Kabar'],
      [[`Tashkent, November 27 (Dunyo IA). ${en[0]}`, en[1]!], 'Tashkent', 'Dunyo'],
      [[`Santiago, 27 nov (Orbe).- ${en[0]}`, en[1]!], 'Santiago', null],
      [[`ABU DHABI, 27th November, 2026 (WAM) -- ${en[0]}`, en[1]!, 'WAM/Esraa Ismail/Hassan Bashir'], 'ABU DHABI', 'WAM'],
      [[`Riyadh, November 27, 2026, SPA -- ${en[0]}`, en[1]!, '--SPA'], 'Riyadh', 'SPA'],
      [[`KUALA LUMPUR, Nov 27 (Bernama) -- ${en[0]}`, en[1]!, '-- BERNAMA'], 'KUALA LUMPUR', 'Bernama'],
      [[`SUVA, 27 NOVEMBER 2026 (PACNEWS) --- ${en[0]}`, en[1]!, '….PACNEWS'], 'SUVA', 'Pacnews'],
    ];
    const body = feed(served.map(([lines], i) => item(i + 1, `Story ${i + 1}`, p(...lines))));
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire41/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const want = served.map(([, place, agency, text], i) => [String(i + 1), { text: text ?? en.join('\n\n'), place, agency }]);
    expect(fields(stories.stories)).toEqual(Object.fromEntries(want));
  });
});
