import { describe, expect, it } from 'vitest';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The eighteenth wire sweep, as feeds carry it: (a) governments' press releases (PIB, the MEA, ISPR, the State Department and the
 * Pentagon, GOV.UK, NATO, the UN's meetings coverage, the EEAS) with their pages' chrome; (b) agencies of the Gulf, Africa, Latin
 * America and East and Southeast Asia in their English copy. Served over HTTP, added as a feed, polled once and read back as GET
 * /api/stories?feed= gives them (text, place and agency). Each item is written for this test, after how these offices and services set
 * their copy.
 */
const sweep = feedSweep('wire-eighteenth-feed', Date.parse('2026-11-27T15:00:00Z'));

const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  // (a) Government releases.
  [
    'Defence Ministry signs contract for coastal radars',
    p('Ministry of Defence', 'Posted On: 27 NOV 2026 4:15PM by PIB Delhi', 'The Ministry of Defence on Friday signed a contract worth Rs 1,200 crore with Bharat Electronics Limited for 38 coastal surveillance radars.', 'The radars will be installed along the western seaboard by 2028.', '***', 'VK/SR/Savvy', '(Release ID: 2195432) Visitor Counter : 412', 'Read this release in: Hindi , Urdu'),
    ['The Ministry of Defence on Friday signed a contract worth Rs 1,200 crore with Bharat Electronics Limited for 38 coastal surveillance radars.', 'The radars will be installed along the western seaboard by 2028.'],
    'Delhi', 'PIB',
  ],
  [
    'Cabinet approves rural broadband scheme',
    p('Cabinet', 'Posted On: 27 NOV 2026 3:00PM by PIB Delhi', 'The Union Cabinet chaired by the Prime Minister approved the second phase of the rural broadband scheme at an outlay of Rs 14,000 crore.', 'Benefits:', 'The scheme will connect 60,000 villages with optical fibre.', '***', 'MJPS/SR/KY', '(Release ID: 2195501)'),
    ['The Union Cabinet chaired by the Prime Minister approved the second phase of the rural broadband scheme at an outlay of Rs 14,000 crore.', 'Benefits:', 'The scheme will connect 60,000 villages with optical fibre.'],
    'Delhi', 'PIB',
  ],
  [
    'Navy commissions survey vessel',
    p('Posted On: 27 NOV 2026 11:20AM by PIB Mumbai', 'The Indian Navy commissioned its fourth large survey vessel at the Naval Dockyard in Mumbai on Friday.', 'The ship was built by Garden Reach Shipbuilders and Engineers.', '***', 'SR/VM'),
    ['The Indian Navy commissioned its fourth large survey vessel at the Naval Dockyard in Mumbai on Friday.', 'The ship was built by Garden Reach Shipbuilders and Engineers.'],
    'Mumbai', 'PIB',
  ],
  [
    'Visit of the Foreign Minister of Chile to India',
    p('Ministry of External Affairs', 'Press Releases', 'November 27, 2026', 'The Foreign Minister of Chile will pay an official visit to India from November 28 to 30, 2026.', 'During the visit, the two ministers will review bilateral ties, including trade, mining and renewable energy.', 'New Delhi', 'November 27, 2026'),
    ['The Foreign Minister of Chile will pay an official visit to India from November 28 to 30, 2026.', 'During the visit, the two ministers will review bilateral ties, including trade, mining and renewable energy.'],
    'New Delhi', null,
  ],
  [
    'India condemns attack on peacekeepers',
    p('Home » Media Center » Press Releases', 'India strongly condemns the attack on UN peacekeepers in South Sudan on November 26, in which two peacekeepers were injured.', 'India calls for those responsible to be brought to justice.', 'New Delhi', 'November 27, 2026'),
    ['India strongly condemns the attack on UN peacekeepers in South Sudan on November 26, in which two peacekeepers were injured.', 'India calls for those responsible to be brought to justice.'],
    'New Delhi', null,
  ],
  [
    'COAS visits troops along the LoC',
    p('No PR-214/2026-ISPR', 'RAWALPINDI, Nov 27: The Chief of Army Staff visited troops deployed along the Line of Control on Friday, ISPR said.', 'He was briefed on the operational situation and the winter preparations.', '-ISPR-'),
    ['The Chief of Army Staff visited troops deployed along the Line of Control on Friday, ISPR said.', 'He was briefed on the operational situation and the winter preparations.'],
    'RAWALPINDI', 'ISPR',
  ],
  [
    'Terrorists killed in Khyber operation',
    p('INTER SERVICES PUBLIC RELATIONS', 'Rawalpindi - November 27, 2026:', 'Security forces conducted an intelligence-based operation in Khyber district on Friday, killing four terrorists.', 'A sanitisation operation is being carried out in the area.'),
    ['Security forces conducted an intelligence-based operation in Khyber district on Friday, killing four terrorists.', 'A sanitisation operation is being carried out in the area.'],
    // The office's name over the release credits it, as its "-ISPR-" under it does (the twenty-fourth sweep).
    'Rawalpindi', 'ISPR',
  ],
  [
    'Secretary Rubio’s Call with Philippine Foreign Secretary',
    p('Office of the Spokesperson', 'November 27, 2026', 'The below is attributable to Spokesperson Tammy Bruce:', 'Secretary of State Marco Rubio spoke today with Philippine Foreign Secretary on maritime security in the South China Sea.', 'The Secretary reaffirmed the ironclad alliance between the two countries.'),
    ['Secretary of State Marco Rubio spoke today with Philippine Foreign Secretary on maritime security in the South China Sea.', 'The Secretary reaffirmed the ironclad alliance between the two countries.'],
    null, null,
  ],
  [
    'Army Awards Contract for Bridge Systems',
    p('FOR IMMEDIATE RELEASE', 'WASHINGTON, Nov. 27, 2026 — The U.S. Army on Friday awarded a $310 million contract for 140 assault bridge systems.', 'Deliveries will begin in 2028, the department said.', '###'),
    ['The U.S. Army on Friday awarded a $310 million contract for 140 assault bridge systems.', 'Deliveries will begin in 2028, the department said.'],
    'WASHINGTON', null,
  ],
  [
    'Funding agreed for new frigates',
    p('Press release', 'From: Ministry of Defence and The Rt Hon John Healey MP', 'Published 27 November 2026', 'The UK will order three more Type 31 frigates, the Defence Secretary announced today.', 'The order will sustain 1,200 jobs at the Rosyth yard.', 'Updates to this page', 'Published 27 November 2026', 'Share this page', 'Is this page useful?', 'Maybe', 'Yes this page is useful'),
    ['The UK will order three more Type 31 frigates, the Defence Secretary announced today.', 'The order will sustain 1,200 jobs at the Rosyth yard.'],
    null, null,
  ],
  [
    'NATO Secretary General welcomes new air defence pledges',
    p('Press Release (2026) 161', 'Issued on 27 Nov. 2026', 'NATO Secretary General welcomed pledges of new air defence systems by seven Allies at a meeting in Brussels on Friday.', 'The systems will be delivered over the next twelve months.'),
    ['NATO Secretary General welcomed pledges of new air defence systems by seven Allies at a meeting in Brussels on Friday.', 'The systems will be delivered over the next twelve months.'],
    null, null,
  ],
  [
    'Security Council Extends Mission in South Sudan',
    p('SC/16215', '27 November 2026', 'Security Council', '9876th Meeting (AM)', 'The Security Council today extended the mandate of the UN Mission in South Sudan until 30 April 2027, adopting resolution 2801 (2026) by 13 votes in favour to none against, with 2 abstentions.', '***', 'Speaking after the vote, the representative of the United States said the mission must adapt.', 'For information media. Not an official record.'),
    ['The Security Council today extended the mandate of the UN Mission in South Sudan until 30 April 2027, adopting resolution 2801 (2026) by 13 votes in favour to none against, with 2 abstentions.', '***', 'Speaking after the vote, the representative of the United States said the mission must adapt.'],
    null, null,
  ],
  [
    'Statement by the Spokesperson on the elections in Honduras',
    p('Statement by the Spokesperson on the elections in Honduras', '27.11.2026', 'EEAS Press Team', 'The European Union takes note of the preliminary results of the general elections held in Honduras on 23 November.', 'The EU calls on all parties to respect the final results.', 'Peter Stano', 'Lead Spokesperson for Foreign Affairs and Security Policy', '+32 (0)460 75 45 53'),
    ['The European Union takes note of the preliminary results of the general elections held in Honduras on 23 November.', 'The EU calls on all parties to respect the final results.'],
    null, null,
  ],
  [
    'UK to give £20 million for Pakistan flood relief',
    p('News story', 'From: Foreign, Commonwealth &amp; Development Office', 'Published 27 November 2026', 'The UK will give £20 million to flood relief in Pakistan, the Foreign Secretary announced today.', 'Foreign Secretary said:', 'We stand with the people of Pakistan.', 'Updates to this page', 'Published 27 November 2026'),
    ['The UK will give £20 million to flood relief in Pakistan, the Foreign Secretary announced today.', 'Foreign Secretary said:', 'We stand with the people of Pakistan.'],
    null, null,
  ],
  [
    'Secretary-General condemns attack on convoy in Mali',
    p('SG/SM/23456', '27 November 2026', 'Secretary-General', 'Statements and Messages', 'The Secretary-General strongly condemns the attack on a convoy near Gao on 26 November.', 'He calls for those responsible to be held to account.', 'Stéphane Dujarric, Spokesman for the Secretary-General', 'New York, 27 November 2026'),
    ['The Secretary-General strongly condemns the attack on a convoy near Gao on 26 November.', 'He calls for those responsible to be held to account.'],
    'New York', null,
  ],
  [
    'Statement on the situation in Sudan',
    p('Statement on the situation in Sudan', 'The European Union condemns the attacks on civilians in El Fasher.', 'The EU calls for an immediate ceasefire.', 'Press and information team of the Delegation to Sudan'),
    ['The European Union condemns the attacks on civilians in El Fasher.', 'The EU calls for an immediate ceasefire.'],
    null, null,
  ],
  [
    'Remarks by the High Representative at the press conference after the Foreign Affairs Council',
    p('Brussels, 27/11/2026 – 18:40', 'EEAS Press Team', 'Check against delivery!', 'Thank you for following this press conference after a long Foreign Affairs Council.', 'The main topic was the situation in Sudan, where the fighting has spread to Kordofan.'),
    ['Thank you for following this press conference after a long Foreign Affairs Council.', 'The main topic was the situation in Sudan, where the fighting has spread to Kordofan.'],
    'Brussels', null,
  ],
  // (b) Agencies.
  [
    'UAE, Kenya sign trade deal',
    p('ABU DHABI, 27th November, 2026 (WAM) -- The UAE and Kenya on Friday signed a comprehensive economic partnership agreement.', 'Trade between the two countries reached $3.4 billion last year.', 'WAM/Esraa Ismail/Hassan Bashir'),
    ['The UAE and Kenya on Friday signed a comprehensive economic partnership agreement.', 'Trade between the two countries reached $3.4 billion last year.'],
    'ABU DHABI', 'WAM',
  ],
  [
    'Saudi cabinet approves tourism law',
    p('Riyadh, November 27, 2026, SPA -- The Council of Ministers on Thursday approved a new tourism law.', 'The law sets licences for tour operators.', '--SPA', '15:10 LOCAL TIME 12:10 GMT'),
    ['The Council of Ministers on Thursday approved a new tourism law.', 'The law sets licences for tour operators.'],
    'Riyadh', 'SPA',
  ],
  [
    'Kuwait joins desalination project',
    p('KUWAIT, Nov 27 (KUNA) -- Kuwait on Friday joined a regional desalination project with two neighbours.', 'The plant will produce 300,000 cubic metres a day. (end) hm.gta'),
    ['Kuwait on Friday joined a regional desalination project with two neighbours.', 'The plant will produce 300,000 cubic metres a day.'],
    'KUWAIT', 'KUNA',
  ],
  [
    'Qatar hosts Gulf transport meeting',
    p('Doha, November 27 (QNA) - Qatar hosted a meeting of Gulf transport ministers on Friday.', 'The ministers discussed the Gulf railway project.', 'QNA'),
    ['Qatar hosted a meeting of Gulf transport ministers on Friday.', 'The ministers discussed the Gulf railway project.'],
    'Doha', 'QNA',
  ],
  [
    'Bahrain opens new airport terminal hall',
    p('Manama, Nov. 27 (BNA): Bahrain on Friday opened a new hall at its airport terminal.', 'The hall will handle 4 million passengers a year.', 'TN/SA'),
    ['Bahrain on Friday opened a new hall at its airport terminal.', 'The hall will handle 4 million passengers a year.'],
    'Manama', 'BNA',
  ],
  [
    'Oman signs fisheries accord',
    p('Muscat, Nov 27 (ONA) -- Oman on Friday signed a fisheries accord with Mauritius.', 'The accord covers research and training.', '--ONA'),
    ['Oman on Friday signed a fisheries accord with Mauritius.', 'The accord covers research and training.'],
    'Muscat', 'ONA',
  ],
  [
    'Iran, Iraq agree on border market',
    p('Tehran, IRNA -- Iran and Iraq agreed on Friday to open a new border market in Ilam province.', 'The market will open in March.', '3276**1424', '**Follow us on Twitter @IrnaEnglish'),
    ['Iran and Iraq agreed on Friday to open a new border market in Ilam province.', 'The market will open in March.'],
    'Tehran', 'IRNA',
  ],
  [
    'Egypt opens Suez logistics zone',
    p('CAIRO, Nov 27 (MENA) - Egypt on Friday opened a logistics zone in the Suez Canal Economic Zone.', 'The zone covers 20 square kilometres.'),
    ['Egypt on Friday opened a logistics zone in the Suez Canal Economic Zone.', 'The zone covers 20 square kilometres.'],
    'CAIRO', 'MENA',
  ],
  [
    'Algeria, Tunisia boost gas trade',
    p('ALGIERS, Nov 27 (APS) - Algeria and Tunisia on Friday agreed to raise gas deliveries through the Transmed pipeline.', 'The deal runs for ten years.'),
    ['Algeria and Tunisia on Friday agreed to raise gas deliveries through the Transmed pipeline.', 'The deal runs for ten years.'],
    'ALGIERS', 'APS',
  ],
  [
    'Morocco launches solar tender',
    p('RABAT, Nov. 27 (MAP) - Morocco on Friday launched a tender for 800 MW of solar power.', 'Bids are due in March.', 'MAP'),
    ['Morocco on Friday launched a tender for 800 MW of solar power.', 'Bids are due in March.'],
    'RABAT', 'MAP',
  ],
  [
    'Tunisia olive oil exports rise',
    p('Tunis, Nov. 27 (TAP) - Tunisia’s olive oil exports rose 18 percent in the first eleven months of the year, the agriculture ministry said on Friday.', 'Spain and Italy remain the main buyers.'),
    ['Tunisia’s olive oil exports rose 18 percent in the first eleven months of the year, the agriculture ministry said on Friday.', 'Spain and Italy remain the main buyers.'],
    'Tunis', 'TAP',
  ],
  [
    'Senate passes power sector bill',
    p('Abuja, Nov. 27, 2026 (NAN) The Senate on Thursday passed a bill to open the power sector to state governments.', 'The bill now goes to the House of Representatives.', '(NAN)(www.nannewsngr.com)', 'Edited by Sadiya Hamza'),
    ['The Senate on Thursday passed a bill to open the power sector to state governments.', 'The bill now goes to the House of Representatives.'],
    'Abuja', 'NAN',
  ],
  [
    'Ethiopia opens industrial park',
    p('Addis Ababa, November 27/2026 (ENA) Ethiopia on Friday opened an industrial park in Adama.', 'The park will employ 12,000 workers.'),
    ['Ethiopia on Friday opened an industrial park in Adama.', 'The park will employ 12,000 workers.'],
    'Addis Ababa', 'ENA',
  ],
  [
    'Cuba, Vietnam sign rice deal',
    p('Havana, Nov 27 (Prensa Latina) Cuba and Vietnam on Friday signed an agreement to grow rice in Pinar del Rio.', 'Vietnamese experts will train 300 Cuban farmers.', 'arb/rgh'),
    ['Cuba and Vietnam on Friday signed an agreement to grow rice in Pinar del Rio.', 'Vietnamese experts will train 300 Cuban farmers.'],
    'Havana', 'Prensa Latina',
  ],
  [
    'Spain approves housing plan',
    p('Madrid, Nov 27 (EFE).- The Spanish government on Friday approved a plan to build 50,000 public homes.', 'The plan will cost 4 billion euros.', 'EFE', 'ac/jlp'),
    ['The Spanish government on Friday approved a plan to build 50,000 public homes.', 'The plan will cost 4 billion euros.'],
    'Madrid', 'EFE',
  ],
  [
    'Colombia holds rates',
    p('Bogota, Nov 27 (EFE).- Colombia’s central bank held its rate at 8 percent on Friday.', 'The bank said inflation was slowing.', 'EFE-EPA', 'jgb/ac'),
    ['Colombia’s central bank held its rate at 8 percent on Friday.', 'The bank said inflation was slowing.'],
    'Bogota', 'EFE',
  ],
  [
    'Italy passes budget in Senate',
    p('(ANSA) - ROME, NOV 27 - The Italian Senate on Friday passed the 2027 budget.', 'The bill now goes to the Lower House. ALL RIGHTS RESERVED © Copyright ANSA'),
    ['The Italian Senate on Friday passed the 2027 budget.', 'The bill now goes to the Lower House.'],
    'ROME', 'ANSA',
  ],
  [
    'Malaysia to expand rail link',
    p('KUALA LUMPUR, Nov 27 (Bernama) -- Malaysia will extend the east coast rail link to Kota Bharu, the transport minister said on Friday.', 'Work will start next year.', '-- BERNAMA', 'BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires.'),
    ['Malaysia will extend the east coast rail link to Kota Bharu, the transport minister said on Friday.', 'Work will start next year.'],
    'KUALA LUMPUR', 'Bernama',
  ],
  [
    'Philippines opens new port',
    p('By Jane Santos', 'MANILA – The Philippines on Friday opened a new port in Batangas.', 'The port will handle 500,000 containers a year. (PNA)'),
    ['The Philippines on Friday opened a new port in Batangas.', 'The port will handle 500,000 containers a year.'],
    'MANILA', 'PNA',
  ],
  [
    'Vietnam, Laos boost power trade',
    p('Hanoi (VNA) - Vietnam and Laos on Friday agreed to raise power imports from Laos to 5,000 MW by 2030.', 'The deal includes two new transmission lines./.', 'VNA'),
    ['Vietnam and Laos on Friday agreed to raise power imports from Laos to 5,000 MW by 2030.', 'The deal includes two new transmission lines.'],
    'Hanoi', 'VNA',
  ],
  [
    'Exports up 14 per cent',
    p('HÀ NỘI — Việt Nam’s exports rose 14 per cent in the first eleven months, the trade ministry said on Friday.', 'Electronics led the rise. — VNS'),
    ['Việt Nam’s exports rose 14 per cent in the first eleven months, the trade ministry said on Friday.', 'Electronics led the rise.'],
    'HÀ NỘI', 'VNS',
  ],
  [
    'Rice exports rise 12 percent',
    p('Hanoi, Nov. 27 -- Vietnam’s rice exports rose 12 percent this year, the agriculture ministry said on Friday.', 'The Philippines remained the top buyer./.', 'Click here to read full article from source', 'To read the full article or to get the complete feed from this publication, please', '<a href="/contact">Contact Us.</a>'),
    ['Vietnam’s rice exports rose 12 percent this year, the agriculture ministry said on Friday.', 'The Philippines remained the top buyer.'],
    'Hanoi', null,
  ],
  [
    'Indonesia to build new smelters',
    p('Jakarta (ANTARA) - Indonesia will build three new nickel smelters next year, the investment minister said on Friday.', 'Related news: Indonesia eyes more nickel investment', 'The smelters will cost $6 billion.', 'Reporter: Arnidhya Nur Zhafira', 'Editor: Rahmad Nasution', 'Copyright © ANTARA 2026'),
    ['Indonesia will build three new nickel smelters next year, the investment minister said on Friday.', 'The smelters will cost $6 billion.'],
    'Jakarta', 'Antara',
  ],
  [
    'China opens new rail line',
    p('BEIJING, Nov. 27 (Xinhua) -- China on Friday opened a new high-speed rail line linking Chongqing and Kunming.', 'The trip now takes three hours. Enditem'),
    ['China on Friday opened a new high-speed rail line linking Chongqing and Kunming.', 'The trip now takes three hours.'],
    'BEIJING', 'Xinhua',
  ],
  [
    'Japan to fund rural buses',
    p('TOKYO, Nov. 27 Kyodo - The Japanese government will fund rural bus routes with 20 billion yen, officials said Friday.', 'The plan will be in the supplementary budget.', '==Kyodo'),
    ['The Japanese government will fund rural bus routes with 20 billion yen, officials said Friday.', 'The plan will be in the supplementary budget.'],
    'TOKYO', 'Kyodo',
  ],
  [
    'S. Korea to extend fuel tax cut',
    p('SEOUL, Nov. 27 (Yonhap) -- South Korea will extend its fuel tax cut for two months, the finance ministry said Friday.', 'The cut was due to expire at the end of December.', 'kimsy@yna.co.kr', '(END)'),
    ['South Korea will extend its fuel tax cut for two months, the finance ministry said Friday.', 'The cut was due to expire at the end of December.'],
    'SEOUL', 'Yonhap',
  ],
  [
    'Portugal raises minimum wage',
    p('Lisbon, Nov 27 2026 (Lusa) - The Portuguese government on Friday raised the minimum wage to 970 euros from January.', 'Unions said the rise was too small.', 'JPI // VM', 'Lusa'),
    ['The Portuguese government on Friday raised the minimum wage to 970 euros from January.', 'Unions said the rise was too small.'],
    'Lisbon', 'Lusa',
  ],
  [
    'Turkey opens new bridge',
    p('Ahmet Kaya', 'ANKARA', 'Türkiye on Friday opened a new suspension bridge over the Dardanelles approach road.', 'The bridge cut the journey by 40 minutes.', '*Writing by Ahmet Kaya in Ankara', 'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.'),
    ['Türkiye on Friday opened a new suspension bridge over the Dardanelles approach road.', 'The bridge cut the journey by 40 minutes.'],
    'ANKARA', 'Anadolu',
  ],
  // Guards: what a release rule reads, inside an ordinary story.
  [
    'Hashtags in court filing',
    p('Mumbai, Nov 27 (PTI) The court was shown a post that read only “###” after the account was suspended, the lawyer said.', '###', 'The hearing will resume on Monday.'),
    ['The court was shown a post that read only “###” after the account was suspended, the lawyer said.', '###', 'The hearing will resume on Monday.'],
    'Mumbai', 'PTI',
  ],
  [
    'Press office warns of fake releases',
    p('New Delhi, Nov 27 (IANS) The press office said fake releases marked “For Immediate Release” had been sent to newsrooms.', 'For immediate release of the funds, the state must file its accounts, the ministry said.', 'The office will publish only through its website.'),
    ['The press office said fake releases marked “For Immediate Release” had been sent to newsrooms.', 'For immediate release of the funds, the state must file its accounts, the ministry said.', 'The office will publish only through its website.'],
    'New Delhi', 'IANS',
  ],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('eighteenth wire sweep, through a poll', () => {
  it('reads each release\'s and agency story\'s place and agency and keeps its copy alone', async () => {
    const { outcome, stories } = await sweep.poll('/wire18/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
