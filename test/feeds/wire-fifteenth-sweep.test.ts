import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { expectKeptAsFirstAndInside, expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * Wire and press-release copy in shapes no earlier sweep had met, and a gallery's captions under their counters. Each story and its
 * furniture are our own invention, written for this test after how these agencies, offices and outlets set their copy; read as a poll
 * reads them (furniture, then the wire rules). Every paragraph of the story stays, the furniture goes, and the dateline gives the place
 * and the agency.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

describe('a gallery\'s captions go with their counters', () => {
  const lead = 'New Delhi, Nov 26 (PTI) The Republic Day tableaux were chosen on Thursday after three rounds of review.';
  const copy = 'The Republic Day tableaux were chosen on Thursday after three rounds of review.';
  const last = 'Sixteen states and six ministries will take part this year.';

  // Before: the counters went (or not) and every caption stayed in the text.
  it.each([
    ['bare counters', ['1/3', 'Soldiers rehearse on Kartavya Path in New Delhi.', '2/3', 'A camel contingent of the BSF during the rehearsal.', '3/3', 'The Navy\'s tableau on its way to the parade ground. (Photo: PTI)']],
    ['spaced counters in brackets', ['[1 / 2]', 'Soldiers rehearse on Kartavya Path in New Delhi.', '[2 / 2]', 'A camel contingent of the BSF during the rehearsal.']],
    ['"Photo 1 of 2"', ['Photo 1 of 2', 'Soldiers rehearse on Kartavya Path in New Delhi.', 'Photo 2 of 2', 'A camel contingent of the BSF during the rehearsal.']],
    ['"Image 2 of 8" over the last slide of a gallery cut short', ['Image 1 of 8', 'Soldiers rehearse on Kartavya Path in New Delhi.', 'Image 2 of 8', 'A camel contingent of the BSF during the rehearsal.']],
    ['"Slide 4" with no total', ['Slide 4', 'Soldiers rehearse on Kartavya Path in New Delhi.', 'Slide 5', 'A camel contingent of the BSF during the rehearsal.']],
    ['counters run into their captions', ['1/12 Soldiers rehearse on Kartavya Path in New Delhi.', '2/12 A camel contingent of the BSF during the rehearsal.']],
    ['spelled counters run into their captions', ['Photo 3 of 10: Soldiers rehearse on Kartavya Path in New Delhi.', 'Photo 4 of 10: A camel contingent of the BSF during the rehearsal.']],
  ])('drops %s and their captions inside the copy', (_what, gallery) => {
    expect(clean([lead, ...gallery, last]).paragraphs).toEqual([copy, last]);
  });

  it('drops a gallery under the copy, its last caption with it', () => {
    expect(clean([lead, last, 'Slide 1 of 2', 'Soldiers rehearse on Kartavya Path.', 'Slide 2 of 2', 'A camel contingent of the BSF.']).paragraphs).toEqual([copy, last]);
  });

  it('keeps a paragraph of copy under a lone counter whose picture had no caption', () => {
    const long = 'The defence ministry said the tableaux would showcase women in the armed forces, and that each state had been asked to cut its crew to 30 performers to save time at the start of the parade, which will now begin at 10.30 am.';
    expect(clean([lead, 'Image 1 of 3', long, last]).paragraphs).toEqual([copy, long, last]);
  });

  it.each([
    '1/3 of the budget will go to new tableaux, the ministry said.',
    '9/11 Families marched in New York on Sunday to mark the anniversary.',
    '24/7 Helplines will stay open through the parade week.',
    'Photo 3 of the exhibition shows the first Republic Day parade in 1950.',
    'Slide 4 of his presentation showed the parade route.',
    'Image 2 of 8 was withdrawn after the ministry objected to it.',
  ])('keeps "%s", a sentence holding numbers', (line) => {
    expectKeptInsideCopy(line);
  });
});

type Story = [string, string[], string[], string | null, string | null];

const agencies: Story[] = [
  ['Xinhua: a place of two words in capitals, "Enditem" run into the last sentence', [
    'UNITED NATIONS, Nov. 26 (Xinhua) -- The UN refugee agency on Thursday asked donors for 1.2 billion U.S. dollars to feed displaced families through the winter.',
    'The appeal covers 11 countries. Enditem'], [
    'The UN refugee agency on Thursday asked donors for 1.2 billion U.S. dollars to feed displaced families through the winter.',
    'The appeal covers 11 countries.'], 'UNITED NATIONS', 'Xinhua'],
  ['Bernama in Malay: the day before the month, its sign-off and footer', [
    'KUALA LUMPUR, 26 Nov (Bernama) -- Kerajaan akan membina 40 sekolah baharu di Sabah dan Sarawak tahun depan, kata Menteri Pendidikan hari ini.',
    'Projek itu bernilai RM1.2 bilion.',
    '-- BERNAMA'], [
    'Kerajaan akan membina 40 sekolah baharu di Sabah dan Sarawak tahun depan, kata Menteri Pendidikan hari ini.',
    'Projek itu bernilai RM1.2 bilion.'], 'KUALA LUMPUR', 'Bernama'],
  ['Antara in Indonesian: "Baca juga:" inside the copy, "Pewarta:" and "Editor:" under it', [
    'Jakarta (ANTARA) - Pemerintah akan menambah 12 kapal patroli untuk menjaga Laut Natuna mulai tahun depan, kata Menteri Kelautan pada Kamis.',
    'Baca juga: KKP tangkap dua kapal ikan asing di Natuna',
    'Kapal-kapal itu dibangun di galangan dalam negeri.',
    'Pewarta: Nadia Putri',
    'Editor: Rahmad Hidayat',
    'Copyright © ANTARA 2026'], [
    'Pemerintah akan menambah 12 kapal patroli untuk menjaga Laut Natuna mulai tahun depan, kata Menteri Kelautan pada Kamis.',
    'Kapal-kapal itu dibangun di galangan dalam negeri.'], 'Jakarta', 'Antara'],
  ['VNA: its mark alone under the copy', [
    'HANOI, Nov 26 (VNA) – Vietnam\'s exports of rice reached 8.1 million tonnes in the first eleven months, the trade ministry said on Thursday.',
    'The Philippines remained the largest buyer.',
    'VNA'], [
    'Vietnam\'s exports of rice reached 8.1 million tonnes in the first eleven months, the trade ministry said on Thursday.',
    'The Philippines remained the largest buyer.'], 'HANOI', 'VNA'],
  ['APP: a dateline without a date, its slashed sign-off run into the last sentence', [
    'PESHAWAR (APP): The Khyber Pakhtunkhwa government on Thursday approved 14 new rescue stations along the motorway.',
    'They will open by March. APP/rzr/mkz'], [
    'The Khyber Pakhtunkhwa government on Thursday approved 14 new rescue stations along the motorway.',
    'They will open by March.'], 'PESHAWAR', 'APP'],
  ['RSS: a district dateline, its sign-off with the desk\'s initials', [
    'Pokhara, Nov 26 (RSS): The Gandaki Province government has started building a 22-km road to the Annapurna base camp trailhead.',
    'The road will be finished in two years.',
    'RSS/MK'], [
    'The Gandaki Province government has started building a 22-km road to the Annapurna base camp trailhead.',
    'The road will be finished in two years.'], 'Pokhara', 'RSS'],
  ['KUNA: its end mark and desk initials under a quote', [
    'KUWAIT, Nov 26 (KUNA) -- Kuwait\'s cabinet on Thursday approved a draft law to raise the cap on foreign ownership of listed banks.',
    '"The change will bring in new capital," the finance minister said.',
    '(end) ak.rk'], [
    'Kuwait\'s cabinet on Thursday approved a draft law to raise the cap on foreign ownership of listed banks.',
    '"The change will bring in new capital," the finance minister said.'], 'KUWAIT', 'KUNA'],
  ['dpa: its place without a date, its initials under the copy', [
    'Berlin (dpa) - Germany will extend its rail subsidy for freight to 2030, the transport ministry said on Thursday.',
    'The subsidy costs 350 million euros a year.',
    'dpa/mk'], [
    'Germany will extend its rail subsidy for freight to 2030, the transport ministry said on Thursday.',
    'The subsidy costs 350 million euros a year.'], 'Berlin', 'dpa'],
];

const pressWires: Story[] = [
  // Its "About" box is the release's, and stays (the fifty-eighth unseen round; it went).
  ['PR Newswire: its slashed mark after the year, its "About" box, source line and link', [
    'MUMBAI, Nov. 26, 2026 /PRNewswire/ -- Acme Power Ltd today announced that it will build a 500 MW solar park in Rajasthan, its largest so far.',
    'The park will supply power to 400,000 homes from 2028.',
    'About Acme Power',
    'Acme Power Ltd is a listed utility based in Pune.',
    'View original content to download multimedia:https://www.prnewswire.com/news-releases/acme-power-to-build-solar-park-302001234.html',
    'SOURCE Acme Power Ltd'], [
    'Acme Power Ltd today announced that it will build a 500 MW solar park in Rajasthan, its largest so far.',
    'The park will supply power to 400,000 homes from 2028.',
    'About Acme Power',
    'Acme Power Ltd is a listed utility based in Pune.'], 'MUMBAI', 'PR Newswire'],
  ['PR Newswire\'s FirstCall service: the state after the place', [
    'AUSTIN, Texas, Nov. 26 /PRNewswire-FirstCall/ -- Lone Star Chips Inc. today said it will double the output of its Austin plant by 2028.',
    'The company will hire 900 people.'], [
    'Lone Star Chips Inc. today said it will double the output of its Austin plant by 2028.',
    'The company will hire 900 people.'], 'AUSTIN', 'PR Newswire'],
  ['PR Newswire: the links to the release\'s logo and photo under the copy', [
    'NEW DELHI, Nov. 26, 2026 /PRNewswire/ -- Orbit Foods today opened a Rs 300 crore plant in Sonipat that will make 40,000 tonnes of snacks a year.',
    'The plant will employ 1,200 people.',
    'Photo: https://mma.prnewswire.com/media/2581234/Orbit_Foods_Plant.jpg',
    'Logo: https://mma.prnewswire.com/media/2581235/Orbit_Foods_Logo.jpg',
    'SOURCE Orbit Foods'], [
    'Orbit Foods today opened a Rs 300 crore plant in Sonipat that will make 40,000 tonnes of snacks a year.',
    'The plant will employ 1,200 people.'], 'NEW DELHI', 'PR Newswire'],
  ['GlobeNewswire: a release\'s forward-looking statements under its copy', [
    'VANCOUVER, British Columbia, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Cedar Rail Corp. said on Thursday it had won a contract to build 40 rail cars for a port line.',
    'Deliveries start in 2028.',
    'Forward-Looking Statements',
    'This news release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially.'], [
    'Cedar Rail Corp. said on Thursday it had won a contract to build 40 rail cars for a port line.',
    'Deliveries start in 2028.'], 'VANCOUVER', 'GlobeNewswire'],
  ['Business Wire: its mark between double hyphens, its source link and contacts', [
    'SINGAPORE--(BUSINESS WIRE)--Acme Logistics Pte Ltd today opened a cold-storage hub at Changi, the first of four it plans in Southeast Asia.',
    'The hub can hold 20,000 pallets.',
    'View source version on businesswire.com: https://www.businesswire.com/news/home/20261126005123/en/',
    'Contacts',
    'Media: Jane Tan, +65 5550 1234'], [
    'Acme Logistics Pte Ltd today opened a cold-storage hub at Changi, the first of four it plans in Southeast Asia.',
    'The hub can hold 20,000 pallets.'], 'SINGAPORE', 'Business Wire'],
  ['GlobeNewswire: its mark in capitals and brackets, a media contact under the copy', [
    'TORONTO, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Northwind Minerals Inc. said on Thursday it found high-grade lithium at its Quebec property.',
    'Drilling will resume in January.',
    'Media Contact:',
    'Sam Lee, sam.lee@northwind.example'], [
    'Northwind Minerals Inc. said on Thursday it found high-grade lithium at its Quebec property.',
    'Drilling will resume in January.'], 'TORONTO', 'GlobeNewswire'],
  ['a government release ending "- 30 -" over its contacts', [
    'OTTAWA, Nov. 26, 2026 — The Government of Canada today announced $40 million for flood defences in three Prairie towns.',
    'Work will begin in the spring.',
    '- 30 -',
    'Contacts',
    'Press Secretary, Office of the Minister'], [
    'The Government of Canada today announced $40 million for flood defences in three Prairie towns.',
    'Work will begin in the spring.'], 'OTTAWA', null],
  ['a PIB release: its office, stamp, five stars, desk initials, release ID and counter on lines of their own', [
    'Ministry of Defence',
    'Posted On: 26 NOV 2026 5:45PM by PIB Delhi',
    'The Defence Acquisition Council on Thursday approved proposals worth Rs 67,000 crore, including 97 light combat aircraft.',
    'All the proposals fall under the Buy (Indian-IDDM) category.',
    '*****',
    'SR/KSY',
    '(Release ID: 2204567)',
    'Visitor Counter : 1245',
    'Read this release in: Hindi , Marathi'], [
    'The Defence Acquisition Council on Thursday approved proposals worth Rs 67,000 crore, including 97 light combat aircraft.',
    'All the proposals fall under the Buy (Indian-IDDM) category.'], 'Delhi', 'PIB'],
  ['a PIB release whose counter stands alone under "***" and initials of three desks', [
    'Posted On: 26 NOV 2026 6:10PM by PIB Chennai',
    'The Southern Railway will run 40 special trains to Sabarimala from December 1.',
    'Bookings open on Friday.',
    '***',
    'AD/SMP/GK',
    'Visitor Counter : 87'], [
    'The Southern Railway will run 40 special trains to Sabarimala from December 1.',
    'Bookings open on Friday.'], 'Chennai', 'PIB'],
];

const outlets: Story[] = [
  ['The Express Tribune: its staff dateline and print note', [
    'ISLAMABAD: The Federal Board of Revenue on Thursday extended the deadline for filing tax returns to December 15.',
    'About 4.1 million returns have been filed so far.',
    'Published in The Express Tribune, November 27th, 2026.'], [
    'The Federal Board of Revenue on Thursday extended the deadline for filing tax returns to December 15.',
    'About 4.1 million returns have been filed so far.'], 'ISLAMABAD', null],
  ['Prothom Alo: its English desk credit and a staff dateline', [
    'Prothom Alo English Desk',
    'Dhaka: The government on Thursday raised the price of fertiliser by Tk 5 a kilogram.',
    'The new price takes effect on Sunday.'], [
    'The government on Thursday raised the price of fertiliser by Tk 5 a kilogram.',
    'The new price takes effect on Sunday.'], 'Dhaka', null],
  ['the Dhaka Tribune: its desk credit and an inputs credit under the copy', [
    'Tribune Desk',
    'Chattogram, Nov 26: Ships were told to leave the outer anchorage on Thursday as a deep depression moved towards the coast.',
    'Port officials hoisted signal number seven.',
    '(With inputs from agencies)'], [
    'Ships were told to leave the outer anchorage on Thursday as a deep depression moved towards the coast.',
    'Port officials hoisted signal number seven.'], 'Chattogram', null],
  ['an Indian site: "Written by" and "Edited by" over and under the copy', [
    'Written by Asha Rao',
    'Bengaluru: The Karnataka cabinet on Thursday approved a new policy for electric buses in six cities.',
    'The first 500 buses will be on the road by June.',
    'Edited by Vikram Singh'], [
    'The Karnataka cabinet on Thursday approved a new policy for electric buses in six cities.',
    'The first 500 buses will be on the road by June.'], 'Bengaluru', null],
];

const moreAgencies: Story[] = [
  ['UPI: its mark in brackets after the date', [
    'WASHINGTON, Nov. 26 (UPI) -- The Senate on Thursday passed a bill to fund air traffic control upgrades at 40 airports.',
    'The House votes next week.'], [
    'The Senate on Thursday passed a bill to fund air traffic control upgrades at 40 airports.',
    'The House votes next week.'], 'WASHINGTON', 'UPI'],
  ['Xinhua: a feature\'s byline in lower case, "by Xinhua writers …"', [
    'by Xinhua writers Liu Yang and Zhang Wei',
    'CHONGQING, Nov. 26 (Xinhua) -- Barges loaded with oranges left the port of Wanzhou on Thursday, the first of 300 bound for Shanghai this winter.',
    'The fruit will reach shops in ten days. Enditem'], [
    'Barges loaded with oranges left the port of Wanzhou on Thursday, the first of 300 bound for Shanghai this winter.',
    'The fruit will reach shops in ten days.'], 'CHONGQING', 'Xinhua'],
  ['Kyodo: its site\'s stamp over the copy, the agency, the date and time and the sections', [
    'KYODO NEWS - Nov 26, 2026 - 16:22 | World, All',
    'Japan and the Philippines agreed Thursday to hold their first joint coast guard drill in the South China Sea next spring.',
    'The drill will involve six ships.',
    '==Kyodo'], [
    'Japan and the Philippines agreed Thursday to hold their first joint coast guard drill in the South China Sea next spring.',
    'The drill will involve six ships.'], null, 'Kyodo'],
  ['RSS in Nepali: its mark "रासस" and the danda after it', [
    'काठमाडौं, मंसिर ११ (रासस) । सरकारले हिउँदमा बिजुली कटौती नहुने जनाएको छ ।',
    'विद्युत प्राधिकरणले यो वर्ष पर्याप्त बिजुली भएको बताएको छ ।'], [
    'सरकारले हिउँदमा बिजुली कटौती नहुने जनाएको छ ।',
    'विद्युत प्राधिकरणले यो वर्ष पर्याप्त बिजुली भएको बताएको छ ।'], 'काठमाडौं', 'RSS'],
  ['Anadolu in Turkish: a dotted capital in its place', [
    'İSTANBUL (AA) - İstanbul\'da yeni metro hattı perşembe günü hizmete girdi.',
    'Hat 14 istasyondan oluşuyor.'], [
    'İstanbul\'da yeni metro hattı perşembe günü hizmete girdi.',
    'Hat 14 istasyondan oluşuyor.'], 'İSTANBUL', 'Anadolu'],
  ['UNB: its dateline with a hyphen and its mark under the copy', [
    'Dhaka, Nov 26 (UNB) - The government has cut the price of soybean oil by Tk 6 a litre from Sunday.',
    'Traders welcomed the cut.',
    'UNB'], [
    'The government has cut the price of soybean oil by Tk 6 a litre from Sunday.',
    'Traders welcomed the cut.'], 'Dhaka', 'UNB'],
];

const releases: Story[] = [
  ['a PIB release in Hindi: its stamp, its initials in Devanagari, its release ID and counter', [
    'रक्षा मंत्रालय',
    'पोस्ट किया गया: 26 NOV 2026 5:45PM by PIB Delhi',
    'रक्षा अधिग्रहण परिषद ने गुरुवार को 67,000 करोड़ रुपये के प्रस्तावों को मंजूरी दी।',
    'इनमें 97 हल्के लड़ाकू विमान शामिल हैं।',
    '***',
    'एसआर/केएसवाई',
    '(रिलीज़ आईडी: 2204568) आगंतुक पटल : 311'], [
    'रक्षा अधिग्रहण परिषद ने गुरुवार को 67,000 करोड़ रुपये के प्रस्तावों को मंजूरी दी।',
    'इनमें 97 हल्के लड़ाकू विमान शामिल हैं।'], 'Delhi', 'PIB'],
  ['the MEA: its breadcrumbs, the date over the copy, the place and date under it', [
    'Media Center',
    'Press Releases',
    'November 26, 2026',
    'India and Japan held the fifth round of their maritime affairs dialogue in Tokyo on Thursday.',
    'The next round will be held in New Delhi.',
    'New Delhi',
    'November 26, 2026'], [
    'India and Japan held the fifth round of their maritime affairs dialogue in Tokyo on Thursday.',
    'The next round will be held in New Delhi.'], 'New Delhi', null],
  ['ISPR: its office in capitals, its number, its place and date with a dash, its sign-off', [
    'INTER SERVICES PUBLIC RELATIONS',
    'No PR-245/2026-ISPR',
    'Rawalpindi - November 26, 2026:',
    'The Chief of Army Staff visited troops along the Line of Control on Thursday and reviewed their winter readiness.',
    'He praised their resolve.',
    '-ISPR-'], [
    'The Chief of Army Staff visited troops along the Line of Control on Thursday and reviewed their winter readiness.',
    'He praised their resolve.'], 'Rawalpindi', 'ISPR'],
  ['Pakistan\'s Foreign Office: its kind, its number, the place and date alone over the copy', [
    'Press Release',
    'No. 345/2026',
    'Islamabad, 26 November 2026',
    'The Foreign Secretary received the Ambassador of Japan at the Ministry of Foreign Affairs on Thursday.',
    'They discussed trade and climate finance.'], [
    'The Foreign Secretary received the Ambassador of Japan at the Ministry of Foreign Affairs on Thursday.',
    'They discussed trade and climate finance.'], 'Islamabad', null],
  ['Nepal\'s foreign ministry: the office, the place and the date under the release', [
    'Nepal and India agreed on Thursday to open two more border crossings for trade by March.',
    'The two sides will meet again in New Delhi.',
    'Ministry of Foreign Affairs',
    'Kathmandu',
    '26 November 2026'], [
    'Nepal and India agreed on Thursday to open two more border crossings for trade by March.',
    'The two sides will meet again in New Delhi.'], 'Kathmandu', null],
];

const moreOutlets: Story[] = [
  ['Gulf News: a staff dateline and its WhatsApp plug', [
    'Dubai: The Roads and Transport Authority will open two new bus lanes on Sheikh Zayed Road on Monday.',
    'The lanes will run from 6 am to 10 am.',
    'Get the latest news updates on Gulf News\' WhatsApp channel'], [
    'The Roads and Transport Authority will open two new bus lanes on Sheikh Zayed Road on Monday.',
    'The lanes will run from 6 am to 10 am.'], 'Dubai', null],
  ['the Kathmandu Post: its place and date alone, a staff byline over them', [
    'Post Report',
    'Kathmandu, November 26',
    'The Kathmandu Metropolitan City will ban plastic bags in its markets from January 1.',
    'Shops found with them will be fined Rs 5,000.'], [
    'The Kathmandu Metropolitan City will ban plastic bags in its markets from January 1.',
    'Shops found with them will be fined Rs 5,000.'], 'Kathmandu', null],
  ['a live page: PTI\'s entry, then a staff entry under a place in capitals, each signed off', [
    'New Delhi, Nov 26 (PTI) The Lok Sabha passed the coastal shipping bill on Thursday.',
    'The Rajya Sabha takes it up next week.',
    '--PTI',
    'KOLKATA: Flights from Kolkata were delayed by up to three hours on Thursday morning because of fog.',
    'Our Correspondent'], [
    'The Lok Sabha passed the coastal shipping bill on Thursday.',
    'The Rajya Sabha takes it up next week.',
    'KOLKATA: Flights from Kolkata were delayed by up to three hours on Thursday morning because of fog.'], 'New Delhi', 'PTI'],
  ['a round-up: an entry with no head between IANS\'s sign-offs', [
    'Chennai, Nov 26 (IANS) Schools in Chennai and three nearby districts will stay shut on Friday as heavy rain is forecast.',
    '--IANS',
    'Colleges in the city will also be closed, the district collector said on Thursday evening.',
    '--IANS',
    'akl/as',
    'LATEST NEWS',
    'Rain shuts schools in Chennai'], [
    'Schools in Chennai and three nearby districts will stay shut on Friday as heavy rain is forecast.',
    'Colleges in the city will also be closed, the district collector said on Thursday evening.'], 'Chennai', 'IANS'],
];

// Prompts asking readers to follow an outlet on Facebook, X or Instagram, in the languages outlets print them in.
const followPrompts: [string, string][] = [
  ['Spanish', 'Síguenos en Facebook, X e Instagram'],
  ['French', 'Suivez-nous sur Facebook et Instagram'],
  ['Portuguese', 'Siga-nos no Instagram e no Facebook'],
  ['German', 'Folgen Sie uns auf Instagram und Facebook'],
  ['Indonesian', 'Ikuti kami di Instagram dan Facebook'],
  ['Hindi', 'हमें फेसबुक, ट्विटर और इंस्टाग्राम पर फॉलो करें'],
  ['Bengali', 'ফেসবুকে আমাদের ফলো করুন'],
  ['Urdu', 'ہمیں فیس بک اور ٹوئٹر پر فالو کریں'],
  ['Arabic', 'تابعونا على فيسبوك وإنستغرام'],
];

describe('fifteenth wire sweep', () => {
  it.each([...agencies, ...moreAgencies, ...pressWires, ...releases, ...outlets, ...moreOutlets])('%s', (_what, input, paragraphs, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs, place, agency });
  });

  it.each(followPrompts)('drops a %s prompt to follow the outlet on its platforms', (_language, prompt) => {
    const lead = 'Madrid, Nov 26 (EFE) - Spain\'s jobless rate fell to 10.2 percent in the third quarter.';
    const copy = 'Spain\'s jobless rate fell to 10.2 percent in the third quarter.';
    expect(clean([lead, 'Last sentence of the copy here.', prompt]).paragraphs).toEqual([copy, 'Last sentence of the copy here.']);
  });

  it.each([
    'Facebook and Instagram were down for two hours on Thursday, Meta said.',
    'Siga la ruta del río, dijo el alcalde en Facebook a los vecinos.',
    'Contacts between the two navies resumed on Thursday after a year.',
    'Source code for the portal was published on Thursday, the ministry said.',
    'SOURCE: The ministry said the figures were provisional and would be revised.',
    'Visitor counters at the fort recorded 12,000 entries on Sunday.',
    'Baca juga buku panduan sebelum mendaftar, kata petugas.',
    '30 soldiers were hurt in the blast, the army said.',
    'Forward-looking statements in the filing drew questions from the regulator on Thursday.',
    'Photo: the ministry released a picture of the site on Thursday.',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });

  it.each([
    'UPI — The payments network handled 20 billion transactions in November, the NPCI said.',
    'Unified Payments Interface (UPI) transactions rose 12 percent in November, the NPCI said.',
  ])('keeps "%s", which credits no agency, as copy wherever it stands', (line) => {
    expectKeptAsFirstAndInside(line);
  });
});

describe('every press-release wire is named as the agency that carried the release', () => {
  const body = 'The plant will employ 400 people when it opens, the company said.';
  // Before the two sweeps were merged, PRWeb, CNW, EIN Presswire and ACCESSWIRE left the copy as staff datelines, naming no agency.
  it.each([
    ['PR Newswire', 'MUMBAI, India, Nov. 26, 2026 /PRNewswire/ -- Acme Ltd said on Thursday it would open a plant in Pune next year.', 'MUMBAI'],
    ['PRWeb', 'AUSTIN, Texas, Nov. 26, 2026 /PRNewswire-PRWeb/ -- Acme Ltd said on Thursday it would open a plant in Pune next year.', 'AUSTIN'],
    ['CNW', 'TORONTO, Nov. 26, 2026 /CNW/ - Acme Ltd said on Thursday it would open a plant in Pune next year.', 'TORONTO'],
    ['EIN Presswire', 'LONDON, Nov. 26, 2026 /EINPresswire.com/ -- Acme Ltd said on Thursday it would open a plant in Pune next year.', 'LONDON'],
    ['Business Wire', 'SAN FRANCISCO--(BUSINESS WIRE)--Acme Ltd said on Thursday it would open a plant in Pune next year.', 'SAN FRANCISCO'],
    ['ACCESSWIRE', 'NEW YORK, NY / ACCESSWIRE / November 26, 2026 / Acme Ltd said on Thursday it would open a plant in Pune next year.', 'NEW YORK'],
    ['GlobeNewswire', 'TORONTO, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Acme Ltd said on Thursday it would open a plant in Pune next year.', 'TORONTO'],
  ])('%s', (agency, lead, place) => {
    const copy = clean([lead, body]);
    expect(copy.agency).toBe(agency);
    expect(copy.place).toBe(place);
    expect(copy.paragraphs).toEqual(['Acme Ltd said on Thursday it would open a plant in Pune next year.', body]);
  });
});
