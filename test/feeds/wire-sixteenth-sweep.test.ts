import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { SEED_ARTICLE } from '../helpers/wire-copies.js';
import { expectKeptAsFirstAndInside, expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * The sixteenth sweep: the release wires' long datelines, a box of teasers closed by its own sign-off, and agencies and desks the
 * earlier sweeps had met little. Each story and its furniture are our own invention, written for this test after how these
 * agencies and outlets set their copy; read as a poll reads them (furniture, then the wire rules).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

describe('the release wires\' datelines with a place of several parts', () => {
  const body = 'The clinic will see 4,000 patients a year, the company said.';
  // Before: none of these was read; the whole dateline stayed in the text, and neither place nor agency was known.
  it.each([
    ['EIN Presswire, city, state and country', 'WASHINGTON, DC, UNITED STATES, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'WASHINGTON', 'EIN Presswire'],
    ['EIN Presswire, a city, its state and country spelled out', 'AUSTIN, TEXAS, UNITED STATES, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'AUSTIN', 'EIN Presswire'],
    ['EIN Presswire, capitalised words', 'Austin, Texas, United States, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'Austin', 'EIN Presswire'],
    ['EIN Presswire, a long place whose mark stands far in', 'RANCHO CUCAMONGA, CALIFORNIA, UNITED STATES, December 12, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'RANCHO CUCAMONGA', 'EIN Presswire'],
    ['PR Newswire, a city, its state and country', 'SAN JOSE, Calif., UNITED STATES, Nov. 26, 2026 /PRNewswire/ -- Acme Health opened a clinic in Ohio on Thursday.', 'SAN JOSE', 'PR Newswire'],
    ['GlobeNewswire, a city, its province and country', 'TORONTO, Ontario, Canada, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Acme Health opened a clinic in Ohio on Thursday.', 'TORONTO', 'GlobeNewswire'],
    ['Business Wire, a city, its state and country', 'SAN FRANCISCO, Calif., United States--(BUSINESS WIRE)--Acme Health opened a clinic in Ohio on Thursday.', 'SAN FRANCISCO', 'Business Wire'],
    ['ACCESSWIRE, a city, its province and country', 'VANCOUVER, BC, CANADA / ACCESSWIRE / November 26, 2026 / Acme Health opened a clinic in Ohio on Thursday.', 'VANCOUVER', 'ACCESSWIRE'],
  ])('%s', (_what, lead, place, agency) => {
    expect(clean([lead, body])).toMatchObject({ place, agency, paragraphs: ['Acme Health opened a clinic in Ohio on Thursday.', body] });
  });

  // Read as before: the shorter forms.
  it.each([
    ['LONDON, UNITED KINGDOM, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'LONDON', 'EIN Presswire'],
    ['TORONTO, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Acme Health opened a clinic in Ohio on Thursday.', 'TORONTO', 'GlobeNewswire'],
    ['SAN FRANCISCO, Calif.--(BUSINESS WIRE)--Acme Health opened a clinic in Ohio on Thursday.', 'SAN FRANCISCO', 'Business Wire'],
  ])('still reads "%s"', (lead, place, agency) => {
    expect(clean([lead, body])).toMatchObject({ place, agency, paragraphs: ['Acme Health opened a clinic in Ohio on Thursday.', body] });
  });

  it.each([
    'Washington, Oregon, Idaho, and Montana sent crews to the fire on Thursday, the forest service said.',
    'Acme, Beta, Gamma and Delta filed their results with GlobeNewswire on Thursday, the exchange said.',
  ])('keeps "%s", a list of names that is no dateline', (line) => {
    expectKeptAsFirstAndInside(line);
  });
});

describe('a box of teasers closed by its own sign-off', () => {
  const lead = 'New Delhi, Nov 26 (IANS) The Union Cabinet on Thursday approved a scheme to build 200 cold storage units in the northeast.';
  const first = 'The Union Cabinet on Thursday approved a scheme to build 200 cold storage units in the northeast.';
  const last = 'The scheme will cost Rs 1,500 crore over five years, the Information Minister said.';
  const teasers = ['Sensex falls 400 points as IT stocks slide on weak US cues in Thursday trade.', 'India beat Australia by six wickets in the second Test at Adelaide on Thursday.'];

  // Before: the heading was taken for the copy's subhead, and the teasers stayed as the story's last paragraphs.
  it.each([
    ['"LATEST NEWS" over sentences, then "--IANS"', [lead, last, 'LATEST NEWS', ...teasers, '--IANS']],
    ['"Top stories" over sentences, then "--IANS" and desk initials', [lead, last, 'Top stories', ...teasers, '--IANS', 'akl/as']],
    ['"Latest News" over teasers each signed off', [lead, last, 'Latest News', teasers[0]!, '--IANS', teasers[1]!, '--IANS']],
    ['"Most Read" over sentences whose last holds the sign-off', [lead, last, 'Most Read', teasers[0]!, `${teasers[1]} --IANS`]],
    ['a bare "Trending" under the story\'s own sign-off run into its last sentence', [lead, `${last} --IANS`, 'Trending', ...teasers, '--IANS']],
    ['"LATEST NEWS" under the story\'s own sign-off and desk initials run into its last sentence', [lead, `${last} --IANS akl/as`, 'LATEST NEWS', ...teasers, '--IANS']],
  ])('drops %s', (_what, input) => {
    expect(clean(input)).toMatchObject({ place: 'New Delhi', agency: 'IANS', paragraphs: [first, last] });
  });

  it('drops such a box when its heading is run into its first teaser', () => {
    expect(clean([lead, last, `LATEST NEWS ${teasers[0]}`, teasers[1]!, '--IANS']).paragraphs).toEqual([first, last]);
  });

  it.each([
    ['a bare "Trending" subhead over copy signed off below', 'Trending'],
    ['a bare "Latest" subhead over copy signed off below', 'Latest'],
  ])('keeps the copy under %s', (_what, heading) => {
    const more = ['Analysts said the scheme would cut post-harvest losses by a fifth in three years.', 'The first units will open in Assam and Tripura in March.'];
    expect(clean([lead, last, heading, ...more, '--IANS']).paragraphs).toEqual([first, last, ...more]);
  });

  it('keeps the copy under "Top Stories" when no sign-off closes it', () => {
    const more = ['Analysts said the scheme would cut post-harvest losses by a fifth in three years.', 'The first units will open in Assam and Tripura in March.'];
    expect(clean([lead, last, 'Top Stories', ...more]).paragraphs).toEqual([first, last, ...more]);
  });

  it('still cleans the seed story to the article alone, its first and last paragraphs with it', () => {
    const page = readFileSync(fileURLToPath(new URL('../../../shared/seed/ians-india-italy-defence.txt', import.meta.url)), 'utf8');
    const copy = clean(page.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
    expect(copy).toMatchObject({ place: 'Rome', agency: 'IANS' });
    expect(copy.paragraphs).toEqual([SEED_ARTICLE[0]!.replace(/^Rome, Feb 27 \(IANS\) /, ''), ...SEED_ARTICLE.slice(1)]);
  });
});

type Story = [string, string[], string[], string | null, string | null];

/**
 * Agencies and desks the data table had met little, in Russia, the Balkans, Portugal, Kenya, the Gulf, Iran, Türkiye, Southeast and
 * East Asia, and Latin America: their datelines, sign-offs, credits and the pages around their copy.
 */
const stories: Story[] = [
  ['RIA Novosti: its name in the dateline, a Telegram prompt under the copy', [
    'MOSCOW, November 26 (RIA Novosti) - Russia\'s central bank left its key rate unchanged at 16 percent on Thursday, citing slowing inflation.',
    'The bank said it could cut the rate in the first quarter.',
    'Subscribe to our Telegram channel'], [
    'Russia\'s central bank left its key rate unchanged at 16 percent on Thursday, citing slowing inflation.',
    'The bank said it could cut the rate in the first quarter.'], 'MOSCOW', 'RIA Novosti'],
  ['TASS: a place with a full stop inside it, its copyright line', [
    'ST. PETERSBURG, November 26. /TASS/. The city\'s new metro line will open in December, Governor Alexander Beglov said on Thursday.',
    'The line has six stations.',
    '© 2026 TASS'], [
    'The city\'s new metro line will open in December, Governor Alexander Beglov said on Thursday.',
    'The line has six stations.'], 'ST. PETERSBURG', 'TASS'],
  ['Interfax: a full stop after the place, not a comma (before: not read)', [
    'MOSCOW. Nov 26 (Interfax) - The Russian government approved a plan to build three grain terminals on the Azov Sea, a cabinet decree said on Thursday.',
    'The terminals will handle 12 million tonnes a year.'], [
    'The Russian government approved a plan to build three grain terminals on the Azov Sea, a cabinet decree said on Thursday.',
    'The terminals will handle 12 million tonnes a year.'], 'MOSCOW', 'Interfax'],
  ['BelTA: the day before the month, its Telegram prompt', [
    'MINSK, 26 November (BelTA) – Belarus and Uzbekistan signed a roadmap on industrial cooperation for 2027-2028 in Minsk on Thursday.',
    'The roadmap covers 40 projects worth $600 million.',
    'Follow BelTA on Telegram'], [
    'Belarus and Uzbekistan signed a roadmap on industrial cooperation for 2027-2028 in Minsk on Thursday.',
    'The roadmap covers 40 projects worth $600 million.'], 'MINSK', 'BelTA'],
  ['Tanjug: its mark alone under the copy', [
    'BELGRADE, Nov 26 (Tanjug) - Serbia will open a second terminal at Nikola Tesla Airport in 2028, the transport minister said on Thursday.',
    'The terminal will handle 10 million passengers a year.',
    'Tanjug'], [
    'Serbia will open a second terminal at Nikola Tesla Airport in 2028, the transport minister said on Thursday.',
    'The terminal will handle 10 million passengers a year.'], 'BELGRADE', 'Tanjug'],
  ['HINA: its bracketed mark and the desk\'s initials in lower case (before: kept)', [
    'ZAGREB, Nov 26 (Hina) - Croatia\'s parliament on Thursday adopted a budget for 2027 with a deficit of 2.5 percent of GDP.',
    'The vote was 78 to 61.',
    '(Hina) ms'], [
    'Croatia\'s parliament on Thursday adopted a budget for 2027 with a deficit of 2.5 percent of GDP.',
    'The vote was 78 to 61.'], 'ZAGREB', 'HINA'],
  ['Lusa in English: two desks\' initials parted by a double slash (before: kept)', [
    'Lisbon, 26 Nov 2026 (Lusa) - Portugal\'s unemployment rate fell to 6.1% in October, the national statistics institute said on Thursday.',
    'Youth unemployment stood at 19.4%.',
    'ACL // VM'], [
    'Portugal\'s unemployment rate fell to 6.1% in October, the national statistics institute said on Thursday.',
    'Youth unemployment stood at 19.4%.'], 'Lisbon', 'Lusa'],
  ['Lusa in Portuguese: its initials, then "Lusa/Fim" (before: the initials kept)', [
    'Lisboa, 26 nov 2026 (Lusa) - O Governo aprovou hoje um plano para construir 12 mil casas a custos controlados até 2030, anunciou a ministra da Habitação.',
    'O plano custa 1,2 mil milhões de euros.',
    'ACL // SB',
    'Lusa/Fim'], [
    'O Governo aprovou hoje um plano para construir 12 mil casas a custos controlados até 2030, anunciou a ministra da Habitação.',
    'O plano custa 1,2 mil milhões de euros.'], 'Lisboa', 'Lusa'],
  ['Kenya News Agency: a byline, and a page\'s previous and next article links (before: the previous one kept)', [
    'By Erastus Gichohi',
    'Farmers in Nyeri County will receive 40,000 coffee seedlings under a county programme launched on Thursday, officials said.',
    'The seedlings will be given out through cooperatives.',
    'Previous article',
    'Embu clinics get new maternity wards',
    'Next article',
    'Teachers in Meru to be trained in coding'], [
    'Farmers in Nyeri County will receive 40,000 coffee seedlings under a county programme launched on Thursday, officials said.',
    'The seedlings will be given out through cooperatives.'], null, null],
  ['IRNA: its dateline without a date, a prompt behind asterisks (before: kept)', [
    'Tehran, IRNA – Iran\'s foreign minister said on Thursday that talks with European countries on the nuclear issue would resume in Geneva next week.',
    'He spoke at a news conference in Tehran.',
    '**Follow us on Twitter @IrnaEnglish'], [
    'Iran\'s foreign minister said on Thursday that talks with European countries on the nuclear issue would resume in Geneva next week.',
    'He spoke at a news conference in Tehran.'], 'Tehran', 'IRNA'],
  ['SANA: its writer and translator under the copy (before: kept)', [
    'Damascus, SANA- The Ministry of Electricity on Thursday restored power to 40 villages in the Hama countryside after repairs to a main line.',
    'Work on another line will finish next week.',
    'Rasha Ibrahim / Ruaa al-Jazaeri'], [
    'The Ministry of Electricity on Thursday restored power to 40 villages in the Hama countryside after repairs to a main line.',
    'Work on another line will finish next week.'], 'Damascus', 'SANA'],
  ['BNA: a colon after its mark', [
    'Manama, Nov. 26 (BNA): The Cabinet on Thursday approved a plan to expand Bahrain\'s fibre network to every home by 2028.',
    'The plan will be carried out by the telecoms regulator.'], [
    'The Cabinet on Thursday approved a plan to expand Bahrain\'s fibre network to every home by 2028.',
    'The plan will be carried out by the telecoms regulator.'], 'Manama', 'BNA'],
  ['ONA: its sign-off', [
    'Muscat, Nov. 26 (ONA) -- Oman\'s Ministry of Heritage and Tourism on Thursday said hotel revenue rose 12 percent in the first ten months of the year.',
    'Occupancy averaged 61 percent.',
    '--ONA'], [
    'Oman\'s Ministry of Heritage and Tourism on Thursday said hotel revenue rose 12 percent in the first ten months of the year.',
    'Occupancy averaged 61 percent.'], 'Muscat', 'ONA'],
  ['the Times of Oman: its desk credit and a WhatsApp prompt', [
    'Times News Service',
    'Muscat: The Royal Oman Police on Thursday warned of heavy rain in the governorates of Dhofar and Al Wusta through the weekend.',
    'Residents were told to avoid wadis.',
    'Stay up to date with the latest news. Follow Times of Oman on WhatsApp'], [
    'The Royal Oman Police on Thursday warned of heavy rain in the governorates of Dhofar and Al Wusta through the weekend.',
    'Residents were told to avoid wadis.'], 'Muscat', null],
  ['the Saudi Gazette: its report credit and an em dash after the place', [
    'Saudi Gazette report',
    'RIYADH — The Ministry of Tourism on Thursday said Saudi Arabia received 27 million foreign visitors in the first ten months of the year.',
    'Most came from Gulf countries.'], [
    'The Ministry of Tourism on Thursday said Saudi Arabia received 27 million foreign visitors in the first ten months of the year.',
    'Most came from Gulf countries.'], 'RIYADH', null],
  ['the Jordan Times: its byline with the dates run together', [
    'By JT - Nov 26,2026 - Last updated at Nov 26,2026',
    'AMMAN — The Cabinet on Thursday approved a plan to build a desalination plant in Aqaba with a capacity of 300 million cubic metres a year.',
    'Construction will start next year.'], [
    'The Cabinet on Thursday approved a plan to build a desalination plant in Aqaba with a capacity of 300 million cubic metres a year.',
    'Construction will start next year.'], 'AMMAN', null],
  ['Ahram Online: its stamp over the copy, its short link under it (before: the stamp kept)', [
    'Ahram Online , Thursday 26 Nov 2026',
    'Egypt\'s cabinet approved on Thursday a draft law to set up a sovereign fund for the Suez Canal, the cabinet\'s spokesman said.',
    'The draft will go to parliament next week.',
    'Short link: https://english.ahram.org.eg/News/560123.aspx'], [
    'Egypt\'s cabinet approved on Thursday a draft law to set up a sovereign fund for the Suez Canal, the cabinet\'s spokesman said.',
    'The draft will go to parliament next week.'], null, null],
  ['the Tehran Times: an en dash after the place', [
    'TEHRAN – Iran\'s oil ministry said on Thursday that production at the South Pars gas field rose to 720 million cubic metres a day.',
    'The rise follows the start of a new platform.'], [
    'Iran\'s oil ministry said on Thursday that production at the South Pars gas field rose to 720 million cubic metres a day.',
    'The rise follows the start of a new platform.'], 'TEHRAN', null],
  ['Hürriyet Daily News: the place alone in capitals with a dotted İ', [
    'İSTANBUL',
    'Türkiye\'s exports rose 8 percent year on year in October to $24 billion, the trade minister said on Thursday.',
    'Automotive exports led the rise.'], [
    'Türkiye\'s exports rose 8 percent year on year in October to $24 billion, the trade minister said on Thursday.',
    'Automotive exports led the rise.'], 'İSTANBUL', null],
  ['TRT World: its credit with the agencies (before: kept)', [
    'TRT World and Agencies',
    'Türkiye and Iraq agreed on Thursday to speed up work on a road and rail corridor linking the Gulf to Europe.',
    'The project is expected to cost $17 billion.'], [
    'Türkiye and Iraq agreed on Thursday to speed up work on a road and rail corridor linking the Gulf to Europe.',
    'The project is expected to cost $17 billion.'], null, null],
  ['AzerNews: a byline and a prompt naming its account', [
    'By Nazrin Abdul',
    'Azerbaijan\'s non-oil exports rose 6 percent in the first ten months of the year, the economy ministry said on Thursday.',
    'Follow us on Twitter @AzerNewsAz'], [
    'Azerbaijan\'s non-oil exports rose 6 percent in the first ten months of the year, the economy ministry said on Thursday.'], null, null],
  ['PNA: a byline, a staff dateline and its sign-off run into the last sentence', [
    'By Joyce Ann L. Rocamora',
    'MANILA – The Philippines and Japan on Thursday signed an agreement to build 12 coast guard vessels in Philippine shipyards.',
    'The first will be delivered in 2029. (PNA)'], [
    'The Philippines and Japan on Thursday signed an agreement to build 12 coast guard vessels in Philippine shipyards.',
    'The first will be delivered in 2029.'], 'MANILA', 'PNA'],
  ['the Jakarta Post: the place, a bullet and the day and date (before: kept, no place)', [
    'Jakarta   ●   Thu, November 26, 2026',
    'Indonesia will raise the minimum wage by 6.5 percent next year, the manpower minister said on Thursday.',
    'The rise takes effect on Jan. 1.'], [
    'Indonesia will raise the minimum wage by 6.5 percent next year, the manpower minister said on Thursday.',
    'The rise takes effect on Jan. 1.'], 'Jakarta', null],
  ['VnExpress: a byline stamped with a zone as an offset (before: kept)', [
    'By Hoang Phong   November 26, 2026 | 04:10 pm GMT+7',
    'Vietnam\'s exports rose 14 percent in the first eleven months to $390 billion, the statistics office said Thursday.',
    'Electronics made up a third of the total.'], [
    'Vietnam\'s exports rose 14 percent in the first eleven months to $390 billion, the statistics office said Thursday.',
    'Electronics made up a third of the total.'], null, null],
  ['the Straits Times: its WhatsApp and Telegram prompts', [
    'SINGAPORE – The Land Transport Authority said on Nov 26 that the Cross Island MRT line\'s first stretch will open in 2030.',
    'The stretch has 12 stations.',
    'Join ST\'s WhatsApp Channel and get the latest news and must-reads.',
    'Join ST\'s Telegram channel and get the latest breaking news delivered to you.'], [
    'The Land Transport Authority said on Nov 26 that the Cross Island MRT line\'s first stretch will open in 2030.',
    'The stretch has 12 stations.'], 'SINGAPORE', null],
  ['Malay Mail: its dateline and a prompt naming three platforms', [
    'KUALA LUMPUR, Nov 26 — The government will set up 30 new dialysis centres in rural districts next year, the health minister said today.',
    'The centres will cost RM300 million.',
    'Follow us on Instagram and subscribe to our Telegram channel and WhatsApp channel for the latest updates.'], [
    'The government will set up 30 new dialysis centres in rural districts next year, the health minister said today.',
    'The centres will cost RM300 million.'], 'KUALA LUMPUR', null],
  ['The Star (Malaysia): a staff dateline, a box of related stories', [
    'PETALING JAYA: Petrol prices will remain unchanged for the coming week, the Finance Ministry said on Thursday (Nov 26).',
    'RON95 stays at RM2.05 a litre.',
    'Related stories:',
    'Diesel subsidy to stay for fishermen',
    'Ringgit ends higher against US dollar'], [
    'Petrol prices will remain unchanged for the coming week, the Finance Ministry said on Thursday (Nov 26).',
    'RON95 stays at RM2.05 a litre.'], 'PETALING JAYA', null],
  ['the Taipei Times: "Staff writer, with CNA" (before: kept)', [
    'Staff writer, with CNA',
    'The Executive Yuan on Thursday approved a NT$12 billion plan to upgrade the nation\'s power grid over four years.',
    'The plan includes 40 new substations.'], [
    'The Executive Yuan on Thursday approved a NT$12 billion plan to upgrade the nation\'s power grid over four years.',
    'The plan includes 40 new substations.'], null, null],
  ['the Taipei Times: a byline with the writer\'s role after a slash (before: kept)', [
    'By Lin Chia-nan / Staff reporter',
    'Taiwan\'s exports rose 18 percent year on year last month to a record US$52 billion, the Ministry of Finance said yesterday.',
    'Demand for artificial intelligence servers drove the rise.'], [
    'Taiwan\'s exports rose 18 percent year on year last month to a record US$52 billion, the Ministry of Finance said yesterday.',
    'Demand for artificial intelligence servers drove the rise.'], null, null],
  ['the Korea Times: a byline and the writer\'s address under the copy', [
    'By Lee Hyo-jin',
    'The government will give 300,000 won to each household with a newborn from next year, the health ministry said Thursday.',
    'The plan needs parliamentary approval.',
    'hyojin@koreatimes.co.kr'], [
    'The government will give 300,000 won to each household with a newborn from next year, the health ministry said Thursday.',
    'The plan needs parliamentary approval.'], null, null],
  ['the Mainichi: its note on the Japanese original (before: kept)', [
    'TOKYO -- The Japanese government plans to double its subsidy for household batteries next fiscal year, sources said Thursday.',
    'The subsidy will cover up to half the cost.',
    '(Japanese original by Taro Yamada, Business News Department)'], [
    'The Japanese government plans to double its subsidy for household batteries next fiscal year, sources said Thursday.',
    'The subsidy will cover up to half the cost.'], 'TOKYO', null],
  ['the Asahi: its note on who wrote the story (before: kept)', [
    'Japan\'s population of children fell for the 45th year in a row, the internal affairs ministry said on Nov. 26.',
    'Children make up 11 percent of the population.',
    '(This article was written by Hana Sato, a senior staff writer.)'], [
    'Japan\'s population of children fell for the 45th year in a row, the internal affairs ministry said on Nov. 26.',
    'Children make up 11 percent of the population.'], null, null],
  ['CGTN: "Source(s): Xinhua" (before: kept)', [
    'China\'s industrial profits rose 4.2 percent year on year in the first ten months, the National Bureau of Statistics said on Thursday.',
    'Profits of high-tech manufacturers rose 9 percent.',
    'Source(s): Xinhua'], [
    'China\'s industrial profits rose 4.2 percent year on year in the first ten months, the National Bureau of Statistics said on Thursday.',
    'Profits of high-tech manufacturers rose 9 percent.'], null, null],
  ['Xinhua in Spanish: a month in lower case, "Fin" under the copy (before: "Fin" kept)', [
    'BEIJING, 26 nov (Xinhua) -- China lanzó hoy un satélite de observación de la Tierra desde el centro de Jiuquan, informó la agencia espacial.',
    'Es el lanzamiento número 60 del año.',
    'Fin'], [
    'China lanzó hoy un satélite de observación de la Tierra desde el centro de Jiuquan, informó la agencia espacial.',
    'Es el lanzamiento número 60 del año.'], 'BEIJING', 'Xinhua'],
  ['dpa-AFX: dpa\'s financial service, its initials between slashes (before: not read)', [
    'Frankfurt (dpa-AFX) - Germany\'s DAX rose 1.2 percent on Thursday as carmakers gained after strong sales figures from China.',
    'The index closed at 19,850 points.',
    '/mk/ajx'], [
    'Germany\'s DAX rose 1.2 percent on Thursday as carmakers gained after strong sales figures from China.',
    'The index closed at 19,850 points.'], 'Frankfurt', 'dpa'],
  ['Prensa Latina: its name in full, its desk\'s initials', [
    'Havana, Nov 26 (Prensa Latina) Cuba\'s sugar harvest will start in December with 30 mills, the sugar group Azcuba said on Thursday.',
    'The country expects to produce 350,000 tonnes.',
    'rgh/mks'], [
    'Cuba\'s sugar harvest will start in December with 30 mills, the sugar group Azcuba said on Thursday.',
    'The country expects to produce 350,000 tonnes.'], 'Havana', 'Prensa Latina'],
  ['Khaleej Times: a prompt naming the outlet\'s initials', [
    'Dubai: The Roads and Transport Authority will open two new bridges on Sheikh Zayed Road on Friday, it said on Thursday.',
    'The bridges will cut travel time by 30 percent.',
    'Stay up to date with the latest news. Follow KT on WhatsApp Channels.'], [
    'The Roads and Transport Authority will open two new bridges on Sheikh Zayed Road on Friday, it said on Thursday.',
    'The bridges will cut travel time by 30 percent.'], 'Dubai', null],
  ['the Gulf Times: the place alone, QNA\'s mark under the copy', [
    'Doha',
    'Qatar\'s Ministry of Municipality on Thursday launched a campaign to plant 100,000 trees across the country by the end of 2027.',
    'The campaign will start in Al Rayyan.',
    'QNA'], [
    'Qatar\'s Ministry of Municipality on Thursday launched a campaign to plant 100,000 trees across the country by the end of 2027.',
    'The campaign will start in Al Rayyan.'], 'Doha', 'QNA'],
];

describe('sixteenth wire sweep', () => {
  it.each(stories)('%s', (_what, input, paragraphs, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs, place, agency });
  });

  it.each([
    'Interfax reported on Thursday that the talks had stalled, citing a source in the ministry.',
    'Staff writers at the paper went on strike on Thursday, the union said.',
    'Previous articles on the scheme drew criticism from farmers, the minister said.',
    'Source(s) close to the ministry said the plan would be delayed until March.',
    'Ahram Online reported on Thursday that the draft law would go to parliament next week.',
    'TRT World and other broadcasters carried the speech live on Thursday.',
    'Fin de semana largo: the government declared Monday a holiday, the decree said.',
    '(This article was written by hand, the poet said, in a single night.)',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });

  it.each([
    '"Moscow. That is where it all began," the director said of the festival on Thursday.',
    'Moscow. Minsk and Kyiv were named as possible venues for the talks, officials said.',
    'Jakarta, the capital, will get 200 new buses next year, the governor said on Thursday.',
    'Lisbon and Porto will host the summit in 2027, the government said on Thursday.',
  ])('keeps "%s", which opens with a place and is no dateline', (line) => {
    expectKeptAsFirstAndInside(line);
  });

  it('keeps "FIN" alone in a results table, which is no end mark', () => {
    const input = ['Lahti, Nov 26 (STT) Finland won the relay on Thursday.', 'The top three:', 'FIN', 'NOR', 'SWE', 'The next race is on Sunday.'];
    expect(clean(input).paragraphs).toEqual(['Finland won the relay on Thursday.', 'The top three:', 'FIN', 'NOR', 'SWE', 'The next race is on Sunday.']);
  });

  it('keeps two names parted by a slash inside the copy, and a last line of places so parted', () => {
    const lead = 'Damascus, SANA- The Ministry of Electricity on Thursday restored power to 40 villages in the Hama countryside.';
    const copy = 'The Ministry of Electricity on Thursday restored power to 40 villages in the Hama countryside.';
    expect(clean([lead, 'Rasha Ibrahim / Ruaa al-Jazaeri', 'Work on another line will finish next week.']).paragraphs).toEqual([copy, 'Rasha Ibrahim / Ruaa al-Jazaeri', 'Work on another line will finish next week.']);
    expect(clean([lead, 'Flights will resume between these cities:', 'New Delhi / Kuala Lumpur']).paragraphs).toEqual([copy, 'Flights will resume between these cities:', 'New Delhi / Kuala Lumpur']);
  });
});
