import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The thirty-seventh sweep: wire copy as held-out checks bring it. The thirty-sixth sweep's leftovers first (a bare "RSS" or "APS" under
 * copy from the agency's own country, Trend's dateline in Trend's feed, Agenda.ge's lead, "- Daily News" under a Sri Lankan dateline, one
 * teaser sentence under a related box between paragraphs), then copy written for this test after how the Caribbean's, the Pacific's,
 * Africa's smaller, Latin America's and Central Asia's agencies, state media's English services, India's state information directorates,
 * PIB's regional units and ISPR set their own, probed through cleanWireCopy: the forms that kept chrome or got no place or agency, guards
 * beside them, and a table of the forms read already. The feed part serves some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The cabinet on Friday approved a plan to widen the coastal highway.', 'Work on the first stretch is due to start in March, officials said.'];
const link = 'Port traffic rises for third month';
const teaser = 'Port traffic rose for a third month in October as exports picked up.';

describe("the thirty-sixth sweep's leftovers", () => {
  it.each([
    ['a bare "RSS" under Kathmandu copy', [`KATHMANDU: ${en[0]}`, en[1]!, 'RSS'], 'KATHMANDU', 'RSS'],
    ['a bare "RSS" under a Nepali district town\'s dateline', [`Pokhara, Nov 27: ${en[0]}`, en[1]!, 'RSS'], 'Pokhara', 'RSS'],
    ['a bare "APS" under Algiers copy', [`ALGIERS - ${en[0]}`, en[1]!, 'APS'], 'ALGIERS', 'APS'],
    ['a bare "APS" under Dakar copy', [`DAKAR: ${en[0]}`, en[1]!, 'APS'], 'DAKAR', 'APS'],
  ])('%s signs off and credits the agency (it stayed as the last line)', (_what, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });

  it.each([
    ['"RSS" under copy from India (the Sangh\'s initials as often)', [`NEW DELHI: ${en[0]}`, en[1]!, 'RSS']],
    ['"RSS" under undated copy', [...en, 'RSS']],
    ['"APS" under copy from Paris', [`PARIS: ${en[0]}`, en[1]!, 'APS']],
  ])('guard: %s stays', (_what, input) => {
    expect(clean(input)).toMatchObject({ paragraphs: [...en, input.at(-1)], agency: null });
  });

  it("Agenda.ge's site and date over its copy are its lead: the date is read and the site credited (it stayed at the head of the copy)", () => {
    expect(clean([`agenda.ge, 27 Nov 2026 - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, place: null, date: '27 Nov 2026', agency: 'Agenda.ge' });
    expect(clean([`Agenda.ge, 27 Nov 2026 - ${en[0]}`, en[1]!])).toMatchObject({ paragraphs: en, agency: 'Agenda.ge' });
  });

  it('guard: a sentence opening on "Agenda", a date and a dash stays', () => {
    const copy = ['Agenda for the talks, 27 Nov 2026 - set by the ministers.', en[1]!];
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });

  it('"- Daily News" under a Sri Lankan dateline is the Sri Lankan paper\'s credit and goes (it stayed)', () => {
    expect(clean([`COLOMBO: ${en[0]}`, en[1]!, '- Daily News'])).toMatchObject({ paragraphs: en, place: 'COLOMBO' });
    expect(clean([`Kandy, Nov 27: ${en[0]}`, en[1]!, '- Daily News'])).toMatchObject({ paragraphs: en, place: 'Kandy' });
  });

  it('guard: under a New York dateline "- Daily News" is still left to the copy', () => {
    expect(clean([`NEW YORK — ${en[0]}`, en[1]!, '- Daily News']).paragraphs).toEqual([...en, '- Daily News']);
  });

  it("one sentence under a related box's last link that retells it is the link's teaser and goes; the copy under it stays (the teaser stayed)", () => {
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', link, teaser, en[1]!])).toMatchObject({ paragraphs: en, place: 'NEW DELHI' });
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', 'Rail fares to stay unchanged', link, teaser, en[1]!]).paragraphs).toEqual(en);
  });

  it("guard: a sentence of the story under the box, not retelling the link, stays", () => {
    const own = 'The state will borrow to pay for the road, the finance secretary said.';
    expect(clean([`NEW DELHI: ${en[0]}`, 'Related Stories', link, own, en[1]!]).paragraphs).toEqual([en[0], own, en[1]]);
  });
});

describe('agencies and offices not read before', () => {
  // Before: the dateline stayed at the head of the copy, or was read with no agency (or, GIS's, with "GIS" for the place).
  it.each([
    ["the CMC's mark after a comma", `BRIDGETOWN, Barbados, Nov 27, CMC - ${en[0]}`, 'BRIDGETOWN', 'CMC'],
    ["the CMC's mark in brackets", `KINGSTON, Jamaica, Nov 27 (CMC) - ${en[0]}`, 'KINGSTON', 'CMC'],
    ['MANA', `LILONGWE, Nov 27 (MANA) - ${en[0]}`, 'LILONGWE', 'MANA'],
    ['ZANIS', `LUSAKA, Nov 27 (ZANIS) - ${en[0]}`, 'LUSAKA', 'ZANIS'],
    ['BOPA', `GABORONE, Nov 27 (BOPA) - ${en[0]}`, 'GABORONE', 'BOPA'],
    ['LENA', `MASERU, Nov 27 (LENA) - ${en[0]}`, 'MASERU', 'LENA'],
    ['SONNA', `Mogadishu, Nov 27 (SONNA) - ${en[0]}`, 'Mogadishu', 'SONNA'],
    ['SLENA', `FREETOWN, Nov 27 (SLENA) - ${en[0]}`, 'FREETOWN', 'SLENA'],
    ['LINA', `MONROVIA, Nov 27 (LINA) - ${en[0]}`, 'MONROVIA', 'LINA'],
    ['AIP', `Abidjan, 27 nov 2026 (AIP) - ${en[0]}`, 'Abidjan', 'AIP'],
    ['AIB', `Ouagadougou, 27 nov. 2026 (AIB) - ${en[0]}`, 'Ouagadougou', 'AIB'],
    ['ABI', `La Paz, 27 nov (ABI).- ${en[0]}`, 'La Paz', 'ABI'],
    ['TDH', `Ashgabat, 27 November (TDH). ${en[0]}`, 'Ashgabat', 'TDH'],
    ["the Azerbaijan Press Agency (Austria's APA before)", `Baku, November 27, APA. ${en[0]}`, 'Baku', 'Azerbaijan Press Agency'],
    ['the Azerbaijan Press Agency in brackets', `Baku, Nov 27 (APA) - ${en[0]}`, 'Baku', 'Azerbaijan Press Agency'],
    ["the Voice of Vietnam's site", `VOV.VN - ${en[0]}`, null, 'VOV'],
    ["Mauritius's GIS (place 'GIS' before)", `GIS - 27 November 2026: ${en[0]}`, null, 'GIS'],
    ["Manipur's DIPR", `Imphal, November 27 (DIPR): ${en[0]}`, 'Imphal', 'DIPR'],
    ["Arunachal's DIPR", `ITANAGAR, Nov 27 (DIPR): ${en[0]}`, 'ITANAGAR', 'DIPR'],
    ["Tonga's capital and the country after it", `Nuku'alofa, Tonga - ${en[0]}`, "Nuku'alofa", null],
  ] as [string, string, string | null, string | null][])('%s', (_who, lead, place, agency) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: en, place, agency });
  });

  it("Guyana's DPI line over the copy, the country and the weekday in it, goes and gives the date and the office (it stayed)", () => {
    expect(clean(['DPI, Guyana, Friday, November 27, 2026', ...en])).toMatchObject({ paragraphs: en, place: null, date: 'November 27, 2026', agency: 'DPI' });
  });

  it("BOPA's foot under its copy goes as it did, and its dateline credits it now", () => {
    expect(clean([`GABORONE, Nov 27 (BOPA) - ${en[0]}`, en[1]!, 'Source : BOPA', 'Editor : Jane Doe'])).toMatchObject({ paragraphs: en, place: 'GABORONE', agency: 'BOPA' });
  });

  it("ZANIS's and DIPR's marks alone under their copy sign it off", () => {
    expect(clean([...en, 'ZANIS'])).toMatchObject({ paragraphs: en, agency: 'ZANIS' });
    expect(clean([`ITANAGAR, Nov 27: ${en[0]}`, en[1]!, '(DIPR)'])).toMatchObject({ paragraphs: en, place: 'ITANAGAR', agency: 'DIPR' });
  });

  it("PIB's Kerala office as PIB spells it, 'PIB Thiruvananthpuram', gives PIB and the place (the line stayed)", () => {
    expect(clean(['PIB Thiruvananthpuram', ...en])).toMatchObject({ paragraphs: en, place: 'Thiruvananthpuram', agency: 'PIB' });
  });

  it('"- RNZ Pacific" under the copy goes as "- RNZ" does (it stayed)', () => {
    expect(clean([...en, '- RNZ Pacific']).paragraphs).toEqual(en);
  });

  it.each([
    ["Austria's APA from Vienna", [`Vienna, Nov 27 (APA) - ${en[0]}`, en[1]!], 'APA'],
  ])('guard: %s stays Austria\'s', (_what, input, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, agency });
  });

  it.each([
    ["China's military commission before its initials and a dash", ["The Central Military Commission (CMC) - the party's top military body - met on Friday.", en[1]!]],
    ['a name before its initials', ['Lena (LENA) said on Friday that she would tour Lesotho.', en[1]!]],
    ['"GIS" opening a sentence', ['GIS mapping of the coast was finished in 2025, officials said.', en[1]!]],
    ['"DPI" and a date in a sentence', ['DPI, a new payments layer, will launch on November 27, 2026 in Georgetown.', en[1]!]],
    ["an undated mark alone under copy not its own", [...en, '(LENA)']],
  ])('guard: %s stays copy', (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, agency: null });
  });
});

describe("bylines", () => {
  const story = (creator: string) =>
    `<item><title>Highway plan</title><link>https://news.example.net/story/${encodeURIComponent(creator)}</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><dc:creator>${creator}</dc:creator><description><![CDATA[${en.map((l) => `<p>${l}</p>`).join('')}]]></description></item>`;
  const agencies = async (creators: string[]) => {
    const feed = await parseFeed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>World Wire</title><link>https://news.example.net/</link>${creators.map(story).join('')}</channel></rss>`);
    return feed.entries.map((e) => normaliseEntry(e, { feedUrl: 'https://news.example.net/rss', feed, fetchedAt: Date.parse('2026-11-27T12:00:00Z') })!.agency);
  };

  it("a writer's name that is an agency's dated mark too credits no agency (\"Mia\" credited MIA, \"Lana\" LANA); Trend's name credits Trend", async () => {
    expect(await agencies(['Mia', 'Lana', 'Lena', 'Trend News Agency', 'PTI'])).toEqual([null, null, null, 'Trend', 'PTI']);
  });
});

describe('checked and left as they were, read already', () => {
  it.each([
    ['the Bahamas', [`NASSAU, The Bahamas - ${en[0]}`, en[1]!], 'NASSAU', null],
    ['the Samoa Observer', [`APIA, SAMOA - ${en[0]}`, en[1]!], 'APIA', null],
    ['the Solomon Star', [`HONIARA, Nov 27 - ${en[0]}`, en[1]!], 'HONIARA', null],
    ['the Post-Courier', [`PORT MORESBY: ${en[0]}`, en[1]!], 'PORT MORESBY', null],
    ['the Rwanda News Agency', [`KIGALI, Nov 27 (RNA) - ${en[0]}`, en[1]!], 'KIGALI', 'RNA'],
    // Credited since the forty-second sweep (a private agency credited as NNI, PPI and UNB are).
    ['Colprensa', [`BOGOTÁ (Colprensa) - ${en[0]}`, en[1]!], 'BOGOTÁ', 'Colprensa'],
    ["Dubai's media office", [`Dubai, UAE, 27 November 2026: ${en[0]}`, en[1]!], 'Dubai', null],
    ["Abu Dhabi's media office", [`Abu Dhabi, 27 November 2026 - ${en[0]}`, en[1]!], 'Abu Dhabi', null],
    ["Qatar's communications office", [`Doha, Qatar, 27 November 2026: ${en[0]}`, en[1]!], 'Doha', null],
    ['TRT World\'s source line', [...en, 'Source: TRT World and Agencies'], null, null],
    ['PIB Chennai', ['PIB Chennai', ...en], 'Chennai', 'PIB'],
    ['PIB Guwahati', ['Posted On: 27 NOV 2026 4:05PM by PIB Guwahati', ...en], 'Guwahati', 'PIB'],
    ['PIB Bhubaneshwar', ['Posted On: 27 NOV 2026 4:05PM by PIB Bhubaneshwar', ...en], 'Bhubaneshwar', 'PIB'],
    ['PIB Itanagar', ['Posted On: 27 NOV 2026 4:05PM by PIB Itanagar', ...en], 'Itanagar', 'PIB'],
    ["Kerala's information office", [`Thiruvananthapuram, Nov 27: ${en[0]}`, en[1]!], 'Thiruvananthapuram', null],
    ["Haryana's", [`Chandigarh, November 27 - ${en[0]}`, en[1]!], 'Chandigarh', null],
    ["Sikkim's", [`GANGTOK, Nov 27: ${en[0]}`, en[1]!], 'GANGTOK', null],
    ['ISPR', [`RAWALPINDI, November 27: ${en[0]}`, en[1]!, '-ISPR-'], 'RAWALPINDI', 'ISPR'],
    ["Tbilisi's public broadcaster", [`TBILISI (GPB) - ${en[0]}`, en[1]!], 'TBILISI', null],
    ['RSS under its own dateline', [`Kathmandu, Nov 27 (RSS): ${en[0]}`, en[1]!, 'RSS'], 'Kathmandu', 'RSS'],
    ["Trend's dateline, outside Trend's feed", [`BAKU, Azerbaijan, November 27. ${en[0]}`, en[1]!], 'BAKU', null],
  ] as [string, string[], string | null, string | null][])('%s', (_who, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: en, place, agency });
  });
});

const sweep = apiSweep('wire-thirty-seventh-sweep');

describe('thirty-seventh wire sweep, through the admin API', () => {
  it("a feed of these agencies' and offices' copy is stored with its copy alone, its place and its agency", async () => {
    // Trend's copy as an item credits it, its source Trend's own feed.
    const trend = item(2, 'Baku plan', p(`BAKU, Azerbaijan, November 27. ${en[0]}`, en[1]!)).replace('</item>', '<source url="https://en.trend.az/feeds/index.rss">Trend News Agency</source></item>');
    const body = feed([
      item(1, 'Kathmandu plan', p(`KATHMANDU: ${en[0]}`, en[1]!, 'RSS')),
      trend,
      item(3, 'Tbilisi plan', p(`agenda.ge, 27 Nov 2026 - ${en[0]}`, en[1]!)),
      item(4, 'Colombo plan', p(`COLOMBO: ${en[0]}`, en[1]!, '- Daily News')),
      item(5, 'Highway plan', `${p(`NEW DELHI: ${en[0]}`)}<p>Related Stories</p><ul><li><a href="/a">${link}</a></li></ul>${p(teaser, en[1]!)}`),
      item(6, 'Bridgetown plan', p(`BRIDGETOWN, Barbados, Nov 27, CMC - ${en[0]}`, en[1]!)),
      item(7, 'Lusaka plan', p(`LUSAKA, Nov 27 (ZANIS) - ${en[0]}`, en[1]!)),
      item(8, 'Abidjan plan', p(`Abidjan, 27 nov 2026 (AIP) - ${en[0]}`, en[1]!)),
      item(9, 'Baku roads', p(`Baku, November 27, APA. ${en[0]}`, en[1]!)),
      item(10, 'Port Louis plan', p(`GIS - 27 November 2026: ${en[0]}`, en[1]!)),
      item(11, 'Imphal plan', p(`Imphal, November 27 (DIPR): ${en[0]}`, en[1]!)),
      item(12, 'Georgetown plan', p('DPI, Guyana, Friday, November 27, 2026', ...en)),
    ]);
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire37/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const text = en.join('\n\n');
    expect(fields(stories.stories)).toEqual({
      1: { text, place: 'KATHMANDU', agency: 'RSS' },
      2: { text, place: 'BAKU', agency: 'Trend' },
      3: { text, place: null, agency: 'Agenda.ge' },
      4: { text, place: 'COLOMBO', agency: null },
      5: { text, place: 'NEW DELHI', agency: null },
      6: { text, place: 'BRIDGETOWN', agency: 'CMC' },
      7: { text, place: 'LUSAKA', agency: 'ZANIS' },
      8: { text, place: 'Abidjan', agency: 'AIP' },
      9: { text, place: 'Baku', agency: 'Azerbaijan Press Agency' },
      10: { text, place: null, agency: 'GIS' },
      11: { text, place: 'Imphal', agency: 'DIPR' },
      12: { text, place: null, agency: 'DPI' },
    });
  });
});
