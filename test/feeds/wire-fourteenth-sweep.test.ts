import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * Agency copy in shapes no earlier sweep had met, as agencies file it and as the pages that carry it set it. Each story and its furniture
 * are our own invention, written for this test after how these agencies and outlets set their copy; read as a poll reads them (furniture,
 * then the wire rules). Every paragraph of the story stays, the furniture goes, and the dateline gives the place and the agency.
 */
type Story = [string, string[], string[], string | null, string | null];

const agencies: Story[] = [
  ['Xinhua: its dateline and "Enditem" on a line of its own', [
    'BEIJING, Nov. 25 (Xinhua) -- China will open 30 more cargo train routes to Central Asia next year, the railway operator said on Wednesday.',
    'The new routes will link 12 inland cities with Kazakhstan and Uzbekistan.',
    'Enditem'], [
    'China will open 30 more cargo train routes to Central Asia next year, the railway operator said on Wednesday.',
    'The new routes will link 12 inland cities with Kazakhstan and Uzbekistan.'], 'BEIJING', 'Xinhua'],
  ['Xinhua: its editor in square brackets and a caption credited to its photographer', [
    'URUMQI, Nov. 25 (Xinhua) -- A new highway across the Tianshan mountains opened to traffic on Wednesday, cutting the drive from Urumqi to Yuli to seven hours.',
    'Vehicles drive on the Tianshan highway in Xinjiang, Nov. 25, 2026. (Xinhua/Ding Lei)',
    'The 320-km road took five years to build.',
    '[Editor: huaxia]'], [
    'A new highway across the Tianshan mountains opened to traffic on Wednesday, cutting the drive from Urumqi to Yuli to seven hours.',
    'The 320-km road took five years to build.'], 'URUMQI', 'Xinhua'],
  ['Yonhap: a byline, its dateline and "(END)"', [
    'By Park Min-ji',
    'SEOUL, Nov. 25 (Yonhap) -- South Korea\'s exports of semiconductors rose 18 percent in the first 20 days of November, customs data showed Wednesday.',
    'Shipments to China and Vietnam led the gains.',
    '(END)'], [
    'South Korea\'s exports of semiconductors rose 18 percent in the first 20 days of November, customs data showed Wednesday.',
    'Shipments to China and Vietnam led the gains.'], 'SEOUL', 'Yonhap'],
  ['Kyodo: its bare mark and "==Kyodo"', [
    'TOKYO, Nov. 25 Kyodo - Japan\'s coast guard will add four patrol ships to its fleet around the Senkaku Islands by 2028, officials said Wednesday.',
    'The ships will be based in Okinawa.',
    '==Kyodo'], [
    'Japan\'s coast guard will add four patrol ships to its fleet around the Senkaku Islands by 2028, officials said Wednesday.',
    'The ships will be based in Okinawa.'], 'TOKYO', 'Kyodo'],
  ['Anadolu: its place alone, its writer and dates, its footer', [
    'ANKARA',
    'Selin Aydin |25.11.2026 - Update : 25.11.2026',
    'Türkiye\'s central bank held its policy rate at 38 percent on Wednesday, citing sticky services inflation.',
    'The bank said it would keep a tight stance until inflation falls below 20 percent.',
    'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.'], [
    'Türkiye\'s central bank held its policy rate at 38 percent on Wednesday, citing sticky services inflation.',
    'The bank said it would keep a tight stance until inflation falls below 20 percent.'], 'ANKARA', 'Anadolu'],
  ['TASS: its slashed mark', [
    'MOSCOW, November 25. /TASS/. Russia\'s grain harvest this year reached 135 million tonnes, the agriculture ministry said on Wednesday.',
    'Wheat made up two thirds of it.'], [
    'Russia\'s grain harvest this year reached 135 million tonnes, the agriculture ministry said on Wednesday.',
    'Wheat made up two thirds of it.'], 'MOSCOW', 'TASS'],
  ['Bernama: its dateline, its sign-off and its footer', [
    'KUALA LUMPUR, Nov 25 (Bernama) -- Malaysia will buy two more littoral mission ships from a local yard, Defence Minister Mohamed Khaled Nordin said today.',
    'The ships will be delivered in 2029.',
    '-- BERNAMA',
    'BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502.'], [
    'Malaysia will buy two more littoral mission ships from a local yard, Defence Minister Mohamed Khaled Nordin said today.',
    'The ships will be delivered in 2029.'], 'KUALA LUMPUR', 'Bernama'],
  ['Antara: "Related news:" inside the copy, its credits and rights line under it', [
    'Jakarta (ANTARA) - Indonesia and Australia agreed on Wednesday to hold joint naval patrols in the Arafura Sea from next year.',
    'Related news: Indonesia to buy 12 more patrol boats from local yards',
    'The patrols will target illegal fishing, the foreign ministry said.',
    'Reporter: Nadia Putri',
    'Editor: Rahmad Hidayat',
    'Copyright © ANTARA 2026'], [
    'Indonesia and Australia agreed on Wednesday to hold joint naval patrols in the Arafura Sea from next year.',
    'The patrols will target illegal fishing, the foreign ministry said.'], 'Jakarta', 'Antara'],
  ['the Philippine News Agency: a staff dateline and "(PNA)" after the last sentence', [
    'MANILA – The Department of Agriculture will import 50,000 tonnes of sugar before Christmas to keep prices steady, officials said Wednesday.',
    'The shipments are due in December. (PNA)'], [
    'The Department of Agriculture will import 50,000 tonnes of sugar before Christmas to keep prices steady, officials said Wednesday.',
    'The shipments are due in December.'], 'MANILA', 'PNA'],
  ['APP: a colon after its mark, its slashed sign-off', [
    'ISLAMABAD, Nov 25 (APP): The federal cabinet on Wednesday approved a plan to solarise 20,000 tube wells in Balochistan.',
    'The plan will cost Rs 55 billion.',
    'APP/raz/mkz'], [
    'The federal cabinet on Wednesday approved a plan to solarise 20,000 tube wells in Balochistan.',
    'The plan will cost Rs 55 billion.'], 'ISLAMABAD', 'APP'],
  ['BSS: its year in the dateline and its stamp', [
    'DHAKA, Nov 25, 2026 (BSS) - The government has set a target of exporting garments worth 52 billion dollars this fiscal year, officials said today.',
    'Knitwear makes up more than half of the shipments.',
    '/BSS/MRH/1745'], [
    'The government has set a target of exporting garments worth 52 billion dollars this fiscal year, officials said today.',
    'Knitwear makes up more than half of the shipments.'], 'DHAKA', 'BSS'],
  ['RSS (Nepal): Nepal\'s calendar in the dateline', [
    'Pokhara, Mangsir 10 (RSS): The Gandaki Province government has started building a cable car to Sarangkot.',
    'The project will cost Rs 2 billion.'], [
    'The Gandaki Province government has started building a cable car to Sarangkot.',
    'The project will cost Rs 2 billion.'], 'Pokhara', 'RSS'],
  // Before: the dateline stayed in the copy and named no agency.
  ['Lanka Puvath: its name run together in capitals', [
    'COLOMBO, Nov 25 (LANKAPUVATH) - Sri Lanka will open a new passport office in Jaffna next month, the Immigration Department said.',
    'The office will issue passports within a day.'], [
    'Sri Lanka will open a new passport office in Jaffna next month, the Immigration Department said.',
    'The office will issue passports within a day.'], 'COLOMBO', 'Lanka Puvath'],
  ['WAM: a day with its ordinal in the dateline, its desk credit under the copy', [
    'ABU DHABI, 25th November, 2026 (WAM) -- The UAE has sent a second aid plane carrying 40 tonnes of medical supplies to Sudan.',
    'The aid will be handed to hospitals in Port Sudan.',
    'WAM/Reem Saeed/Omar Haddad'], [
    'The UAE has sent a second aid plane carrying 40 tonnes of medical supplies to Sudan.',
    'The aid will be handed to hospitals in Port Sudan.'], 'ABU DHABI', 'WAM'],
  ['SPA: the mark after the date and a comma', [
    'Riyadh, November 25, 2026, SPA -- The Saudi cabinet approved a new investment law on Tuesday.',
    'The law takes effect in March.'], [
    'The Saudi cabinet approved a new investment law on Tuesday.',
    'The law takes effect in March.'], 'Riyadh', 'SPA'],
  ['KUNA: "(end)" and the desk\'s initials', [
    'KUWAIT, Nov 25 (KUNA) -- Kuwait\'s oil output rose to 2.55 million barrels a day in October, the oil ministry said on Wednesday.',
    'Exports to Asia made up most of the rise.',
    '(end) aab.gta'], [
    'Kuwait\'s oil output rose to 2.55 million barrels a day in October, the oil ministry said on Wednesday.',
    'Exports to Asia made up most of the rise.'], 'KUWAIT', 'KUNA'],
  ['QNA: a hyphen after its mark', [
    'Doha, November 25 (QNA) - Qatar and Oman signed an agreement on Wednesday to link their power grids.',
    'The link will be built by 2029.'], [
    'Qatar and Oman signed an agreement on Wednesday to link their power grids.',
    'The link will be built by 2029.'], 'Doha', 'QNA'],
  ['MENA: its dateline in capitals', [
    'CAIRO, Nov 25 (MENA) - Egypt\'s Suez Canal revenue rose 9 percent in October, the canal authority said on Wednesday.',
    'More container ships used the route.'], [
    'Egypt\'s Suez Canal revenue rose 9 percent in October, the canal authority said on Wednesday.',
    'More container ships used the route.'], 'CAIRO', 'MENA'],
  ['EFE: its full stop before the dash, its photo credit after a caption', [
    'Madrid, Nov 25 (EFE).- Spain\'s unemployment fell to its lowest level since 2008 in November, the labour ministry said Wednesday.',
    'Job seekers queue outside an employment office in Madrid. EFE/Sergio Pérez',
    'Services added the most jobs.'], [
    'Spain\'s unemployment fell to its lowest level since 2008 in November, the labour ministry said Wednesday.',
    'Services added the most jobs.'], 'Madrid', 'EFE'],
  ['dpa: the mark in lower case', [
    'Berlin (dpa) - Germany\'s cabinet on Wednesday approved a plan to speed up approvals for wind farms.',
    'The plan cuts the time for a permit to six months.'], [
    'Germany\'s cabinet on Wednesday approved a plan to speed up approvals for wind farms.',
    'The plan cuts the time for a permit to six months.'], 'Berlin', 'dpa'],
  ['ANSA: its mark before the place and date', [
    '(ANSA) - ROME, NOV 25 - Italy\'s senate on Wednesday approved the budget bill by 104 votes to 71.',
    'The bill now goes to the lower house.'], [
    'Italy\'s senate on Wednesday approved the budget bill by 104 votes to 71.',
    'The bill now goes to the lower house.'], 'ROME', 'ANSA'],
  ['Jiji Press: its name in full in the dateline', [
    'Tokyo, Nov. 25 (Jiji Press)--Japan\'s government plans to raise the minimum wage by 6 percent next year, sources said Wednesday.',
    'A decision is due in December.'], [
    'Japan\'s government plans to raise the minimum wage by 6 percent next year, sources said Wednesday.',
    'A decision is due in December.'], 'Tokyo', 'Jiji'],
];

const indianSites: Story[] = [
  ['ThePrint: PTI copy, its desk codes and its note naming the agency in full', [
    'New Delhi, Nov 25 (PTI) The Centre on Wednesday extended the free ration scheme for another five years.',
    'About 80 crore people are covered by the scheme.',
    'PTI ABC DEF',
    'This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.'], [
    'The Centre on Wednesday extended the free ration scheme for another five years.',
    'About 80 crore people are covered by the scheme.'], 'New Delhi', 'PTI'],
  // Before: the dateline stayed in the copy and named no place ("J&K" in brackets).
  ['Scroll: a district\'s state in brackets, written with an ampersand', [
    'Srinagar (J&K), Nov 25 (PTI) Security forces on Wednesday killed two militants in an encounter in Kupwara district, police said.',
    'Arms and ammunition were recovered from the site.',
    'We welcome your comments at letters@scroll.in.'], [
    'Security forces on Wednesday killed two militants in an encounter in Kupwara district, police said.',
    'Arms and ammunition were recovered from the site.'], 'Srinagar', 'PTI'],
  // Before: the dateline stayed in the copy and named no place ("U.P." in brackets).
  ['the Tribune: a state\'s initials with full stops in brackets', [
    'Bareilly (U.P.), Nov 25 (PTI) A court here on Wednesday sentenced three men to life in prison for the murder of a shopkeeper in 2019.',
    'Each was also fined Rs 50,000.',
    'Join Whatsapp Channel of The Tribune for latest updates.'], [
    'A court here on Wednesday sentenced three men to life in prison for the murder of a shopkeeper in 2019.',
    'Each was also fined Rs 50,000.'], 'Bareilly', 'PTI'],
  ['Deccan Herald: its stamp in brackets and "Follow us on" under the copy', [
    'Bengaluru, Nov 25 (PTI) The Karnataka government will hire 5,000 teachers for government schools this year, Education Minister Madhu Bangarappa said.',
    'The recruitment exam will be held in January.',
    '(Published 25 November 2026, 10:05 IST)',
    'Follow us on'], [
    'The Karnataka government will hire 5,000 teachers for government schools this year, Education Minister Madhu Bangarappa said.',
    'The recruitment exam will be held in January.'], 'Bengaluru', 'PTI'],
  ['Hindustan Times: its syndication note and plug', [
    'Mumbai, Nov 25 (PTI) The BMC will start work on a new water tunnel from Powai to Ghatkopar in January.',
    'The tunnel will be 5 km long.',
    '(This story has not been edited by HT staff and is auto-generated from a syndicated feed.)',
    'Get Latest India News along with Latest News and Top Headlines from India and around the world.'], [
    'The BMC will start work on a new water tunnel from Powai to Ghatkopar in January.',
    'The tunnel will be 5 km long.'], 'Mumbai', 'PTI'],
  ['NDTV: its note on the syndicated feed and its plug', [
    'Chennai, Nov 25 (PTI) The Tamil Nadu government on Wednesday declared a holiday for schools in four districts due to heavy rain.',
    'The weather office has issued an orange alert.',
    '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)'], [
    'The Tamil Nadu government on Wednesday declared a holiday for schools in four districts due to heavy rain.',
    'The weather office has issued an orange alert.'], 'Chennai', 'PTI'],
  ['Firstpost: an inputs credit and its topic tags', [
    'New Delhi: The Indian Navy on Wednesday commissioned its third diving support vessel at Visakhapatnam.',
    'The vessel was built by Hindustan Shipyard.',
    '(With inputs from agencies)',
    'Tags', 'Indian Navy', 'Visakhapatnam'], [
    'The Indian Navy on Wednesday commissioned its third diving support vessel at Visakhapatnam.',
    'The vessel was built by Hindustan Shipyard.'], 'New Delhi', null],
  ['Business Standard: its note on the headline and picture, its first stamp', [
    'First Published: Nov 25 2026 | 10:05 PM IST',
    'New Delhi, Nov 25 (PTI) The Cabinet on Wednesday approved a Rs 12,000 crore scheme to make critical minerals in India.',
    'The scheme will run for seven years.',
    '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)'], [
    'The Cabinet on Wednesday approved a Rs 12,000 crore scheme to make critical minerals in India.',
    'The scheme will run for seven years.'], 'New Delhi', 'PTI'],
  ['Outlook: its note naming the source agency', [
    'Kolkata, Nov 25 (PTI) The Calcutta High Court on Wednesday ordered a CBI probe into the recruitment scam at a state-run university.',
    'The court gave the agency three months.',
    '(This story has not been edited by Outlook staff and is auto-generated from news agency feeds. Source: PTI)'], [
    'The Calcutta High Court on Wednesday ordered a CBI probe into the recruitment scam at a state-run university.',
    'The court gave the agency three months.'], 'Kolkata', 'PTI'],
  ['Devdiscourse: its "Created" stamp and its note', [
    'Created: 25-11-2026 10:05 IST',
    'Guwahati, Nov 25 (PTI) The Assam government on Wednesday signed a deal with a Japanese firm to build a semiconductor unit near Jagiroad.',
    'The unit will employ 2,000 people.',
    '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)'], [
    'The Assam government on Wednesday signed a deal with a Japanese firm to build a semiconductor unit near Jagiroad.',
    'The unit will employ 2,000 people.'], 'Guwahati', 'PTI'],
  ['LatestLY: its two notes', [
    'Lucknow, Nov 25 (PTI) The Uttar Pradesh government will set up 100 new cow shelters this year, officials said on Wednesday.',
    'Each shelter will house 500 cattle.',
    '(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)'], [
    'The Uttar Pradesh government will set up 100 new cow shelters this year, officials said on Wednesday.',
    'Each shelter will house 500 cattle.'], 'Lucknow', 'PTI'],
  ['Lokmat: its disclaimer on agency copy', [
    'Pune, Nov 25 (IANS) The Pune Metro will run trains every five minutes on its Swargate line from Monday.',
    'Ridership has doubled this year.',
    'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor'], [
    'The Pune Metro will run trains every five minutes on its Swargate line from Monday.',
    'Ridership has doubled this year.'], 'Pune', 'IANS'],
  ['Zee: IANS copy with its sign-off, its initials and its note', [
    'Hyderabad, Nov 25 (IANS) The Telangana government on Wednesday launched a scheme to give free bus passes to students.',
    'About 10 lakh students will benefit.',
    '--IANS',
    'sr/dan',
    '(Except for the headline, this story has not been edited by Zee News staff and is published from a syndicated feed)'], [
    'The Telangana government on Wednesday launched a scheme to give free bus passes to students.',
    'About 10 lakh students will benefit.'], 'Hyderabad', 'IANS'],
  ['Free Press Journal: its e-paper plug', [
    'Indore, Nov 25 (PTI) Indore has been ranked India\'s cleanest city for the ninth year running.',
    'Surat came second.',
    '(To receive our E-paper on WhatsApp daily, please click here. To receive it on Telegram, please click here. We permit sharing of the paper\'s PDF on WhatsApp and other social media platforms.)'], [
    'Indore has been ranked India\'s cleanest city for the ninth year running.',
    'Surat came second.'], 'Indore', 'PTI'],
];

const others: Story[] = [
  ['Reuters as another site carries it: its credits in brackets', [
    'NEW DELHI, Nov 25 (Reuters) - India\'s fiscal deficit for April-October stood at 52 percent of the full-year target, government data showed on Wednesday.',
    'Tax receipts rose 11 percent.',
    '(Reporting by Aditi Rao; Editing by Martin Hale)'], [
    'India\'s fiscal deficit for April-October stood at 52 percent of the full-year target, government data showed on Wednesday.',
    'Tax receipts rose 11 percent.'], 'NEW DELHI', 'Reuters'],
  ['AP: its "___" footer and its writers\' credit', [
    'BANGKOK (AP) — Thailand\'s parliament on Wednesday passed a bill allowing casinos in entertainment complexes.',
    'The bill still needs royal assent.',
    '___',
    'Associated Press writer Grant Wells in Hanoi contributed to this report.'], [
    'Thailand\'s parliament on Wednesday passed a bill allowing casinos in entertainment complexes.',
    'The bill still needs royal assent.'], 'BANGKOK', 'AP'],
  ['AFP: its sign-off after a dash', [
    'KABUL, Nov 25 (AFP) - Afghanistan\'s Taliban authorities on Wednesday reopened a border crossing with Pakistan closed for a month.',
    'Hundreds of trucks had been stranded.',
    '-- AFP'], [
    'Afghanistan\'s Taliban authorities on Wednesday reopened a border crossing with Pakistan closed for a month.',
    'Hundreds of trucks had been stranded.'], 'KABUL', 'AFP'],
  ['two places before the date, parted by a slash', [
    'New Delhi/Washington, Nov 25 (IANS) India and the US on Wednesday agreed to co-produce underwater drones, officials in both capitals said.',
    'The deal was signed at a virtual meeting.',
    '--IANS'], [
    'India and the US on Wednesday agreed to co-produce underwater drones, officials in both capitals said.',
    'The deal was signed at a virtual meeting.'], 'New Delhi/Washington', 'IANS'],
  ['a district and its state in brackets, then the region in square brackets (ANI)', [
    'Kupwara (Jammu and Kashmir) [India], November 25 (ANI): The Army on Wednesday foiled an infiltration bid along the Line of Control in Kupwara.',
    'Two intruders were killed.'], [
    'The Army on Wednesday foiled an infiltration bid along the Line of Control in Kupwara.',
    'Two intruders were killed.'], 'Kupwara', 'ANI'],
  ['a day with its month after it, short', [
    'Kolkata, 25 Nov (IANS) The Kolkata Port will start a ferry service to Bangladesh from January.',
    'The ferries will carry 200 passengers each.'], [
    'The Kolkata Port will start a ferry service to Bangladesh from January.',
    'The ferries will carry 200 passengers each.'], 'Kolkata', 'IANS'],
  ['an "UPDATED" stamp in capitals between the dateline\'s byline and the copy', [
    'By Our Correspondent',
    'UPDATED: NOV 25, 2026 10:05 IST',
    'Jaipur: The Rajasthan government will start a helicopter ambulance service in the desert districts.',
    'The service will cost Rs 100 crore a year.'], [
    'The Rajasthan government will start a helicopter ambulance service in the desert districts.',
    'The service will cost Rs 100 crore a year.'], 'Jaipur', null],
  ['a dateline under a kicker and a standfirst', [
    'EXCLUSIVE',
    'Plan to cover all schools by 2028',
    'Bhopal, Nov 25 (PTI) The Madhya Pradesh government will fit solar panels on 10,000 government schools by 2028, officials said.',
    'The first 2,000 will be done this year.'], [
    'The Madhya Pradesh government will fit solar panels on 10,000 government schools by 2028, officials said.',
    'The first 2,000 will be done this year.'], 'Bhopal', 'PTI'],
  ['a dateline glued to the copy\'s first word', [
    'Raipur, Nov 25 (PTI)The Chhattisgarh government will buy paddy from farmers at Rs 3,100 a quintal this season.',
    'Procurement starts on December 1.'], [
    'The Chhattisgarh government will buy paddy from farmers at Rs 3,100 a quintal this season.',
    'Procurement starts on December 1.'], 'Raipur', 'PTI'],
  // Before: the stringer's slug stayed at the end of the last paragraph.
  ['AFP: a stringer\'s slug run into the last paragraph', [
    'DHAKA, Nov 25 (AFP) - Bangladesh police arrested 40 people after clashes at a garment factory near Dhaka on Wednesday.',
    'Workers were demanding unpaid wages. str-mr/pjm'], [
    'Bangladesh police arrested 40 people after clashes at a garment factory near Dhaka on Wednesday.',
    'Workers were demanding unpaid wages.'], 'DHAKA', 'AFP'],
  // Before: "--IANS" glued to the last sentence stayed.
  ['a sign-off glued to the last sentence by a CMS', [
    'Patna, Nov 25 (IANS) The Bihar government on Wednesday raised the pay of village health workers by 20 per cent.',
    'The rise takes effect in December.--IANS'], [
    'The Bihar government on Wednesday raised the pay of village health workers by 20 per cent.',
    'The rise takes effect in December.'], 'Patna', 'IANS'],
  // Before: "(ANI)" glued to the last sentence stayed.
  ['an agency\'s bracketed mark glued to the last sentence', [
    'Shimla [India], November 25 (ANI): Heavy snow closed the Atal Tunnel to traffic on Wednesday.',
    'The road is expected to reopen on Friday.(ANI)'], [
    'Heavy snow closed the Atal Tunnel to traffic on Wednesday.',
    'The road is expected to reopen on Friday.'], 'Shimla', 'ANI'],
  ['Reuters\' credit glued to the last sentence', [
    'SINGAPORE, Nov 25 (Reuters) - Singapore\'s economy grew 3.1 percent in the third quarter, beating forecasts.',
    'Manufacturing led the growth.(Reporting by Lee Wen; Editing by Sam Holmes)'], [
    'Singapore\'s economy grew 3.1 percent in the third quarter, beating forecasts.',
    'Manufacturing led the growth.'], 'SINGAPORE', 'Reuters'],
];

const furniture: Story[] = [
  ['a disclaimer under the copy', [
    'Mumbai, Nov 25 (PTI) Gold prices rose Rs 300 to Rs 78,900 per 10 grams on Wednesday.',
    'Silver fell Rs 200 a kg.',
    'Disclaimer: Investment in securities market are subject to market risks, read all the related documents carefully before investing.'], [
    'Gold prices rose Rs 300 to Rs 78,900 per 10 grams on Wednesday.',
    'Silver fell Rs 200 a kg.'], 'Mumbai', 'PTI'],
  ['"Also Watch" inside the copy and "Trending" with its headlines under it', [
    'Dehradun, Nov 25 (PTI) The Uttarakhand government will open 20 new homestays along the Char Dham route.',
    'Also Watch: Snowfall in Kedarnath',
    'The homestays will be run by village women.',
    'Trending',
    'Sensex ends 300 points higher',
    'Monsoon session to begin on July 20'], [
    'The Uttarakhand government will open 20 new homestays along the Char Dham route.',
    'The homestays will be run by village women.'], 'Dehradun', 'PTI'],
  ['a gallery\'s link and its heading', [
    'Amritsar, Nov 25 (PTI) Thousands of devotees visited the Golden Temple on Guru Nanak\'s birth anniversary on Wednesday.',
    'Photos: Golden Temple lit up for Gurpurab',
    'The temple was lit with a lakh lamps.'], [
    'Thousands of devotees visited the Golden Temple on Guru Nanak\'s birth anniversary on Wednesday.',
    'The temple was lit with a lakh lamps.'], 'Amritsar', 'PTI'],
  ['an agency\'s tagline and contact under its copy', [
    'KATHMANDU, Nov 25 (Xinhua) -- Nepal recorded 1.1 million foreign tourists in the first ten months of 2026, the tourism board said.',
    'Most came from India and China.',
    'Enditem',
    'Xinhua News Agency',
    'For subscriptions contact english@news.cn'], [
    'Nepal recorded 1.1 million foreign tourists in the first ten months of 2026, the tourism board said.',
    'Most came from India and China.'], 'KATHMANDU', 'Xinhua'],
  // Before: each plug in a language other than English stayed.
  ['WhatsApp and Telegram channel plugs in Hindi, Bengali and Urdu', [
    'New Delhi, Nov 25 (IANS) The Election Commission on Wednesday announced bypolls to six Assembly seats on December 20.',
    'देश-दुनिया की ताज़ा ख़बरों के लिए हमारे WhatsApp चैनल से जुड़ें',
    'Counting will take place on December 23.',
    'আমাদের হোয়াটসঅ্যাপ চ্যানেলে যোগ দিন',
    'ہمارے واٹس ایپ چینل کو فالو کریں',
    'टेलीग्राम चैनल से जुड़ने के लिए यहां क्लिक करें'], [
    'The Election Commission on Wednesday announced bypolls to six Assembly seats on December 20.',
    'Counting will take place on December 23.'], 'New Delhi', 'IANS'],
  // Before: each plug stayed.
  ['channel plugs in Spanish, French, Portuguese, Indonesian and Arabic', [
    'Madrid, Nov 25 (EFE).- Spain will cut the price of rail season tickets by half next year, the transport ministry said.',
    'Únete a nuestro canal de WhatsApp',
    'Rejoignez notre chaîne WhatsApp',
    'The discount applies to commuter and regional trains.',
    'Siga o nosso canal no WhatsApp',
    'Ikuti saluran WhatsApp kami untuk berita terbaru',
    'تابعونا على قناة واتساب'], [
    'Spain will cut the price of rail season tickets by half next year, the transport ministry said.',
    'The discount applies to commuter and regional trains.'], 'Madrid', 'EFE'],
  // Before: each plug stayed.
  ['English channel plugs that open with a tap, a reason or "also"', [
    'Lahore, Nov 25 (APP): The Punjab government will run 500 electric buses in Lahore by March, officials said.',
    'Tap here to join our WhatsApp channel',
    'The buses will be charged at four depots.',
    'For real-time updates, follow us on Telegram.',
    'Also follow us on Instagram and Threads'], [
    'The Punjab government will run 500 electric buses in Lahore by March, officials said.',
    'The buses will be charged at four depots.'], 'Lahore', 'APP'],
  // Before: the sign-up box stayed under the copy.
  ['a newsletter\'s sign-up box under the copy', [
    'Karachi, Nov 25: The Sindh government will dredge 40 km of storm drains before the monsoon, officials said.',
    'The work will cost Rs 3 billion.',
    'Sign up for our newsletter',
    'Enter your email address',
    'By signing up, you agree to our Terms of Use and Privacy Policy.',
    'Thank you for subscribing!'], [
    'The Sindh government will dredge 40 km of storm drains before the monsoon, officials said.',
    'The work will cost Rs 3 billion.'], 'Karachi', null],
  // Before: "Related Posts" and its links stayed.
  ['a WordPress site\'s "Related Posts" under the copy', [
    'Kathmandu, Nov 25 (RSS): The Nepal Tourism Board will hold a tourism fair in Pokhara next month.',
    'Over 200 firms will take part.',
    'Related Posts',
    'Visit Nepal Year to be launched in January',
    'Trekking permits go online'], [
    'The Nepal Tourism Board will hold a tourism fair in Pokhara next month.',
    'Over 200 firms will take part.'], 'Kathmandu', 'RSS'],
  // Before: "Photo Gallery" and its captions stayed.
  ['a gallery\'s heading alone over its links', [
    'Guwahati, Nov 25 (PTI) The Hornbill festival will open in Kisama on December 1.',
    'Photo Gallery',
    'Hornbill festival in pictures',
    'Nagaland\'s tribes at Kisama'], [
    'The Hornbill festival will open in Kisama on December 1.'], 'Guwahati', 'PTI'],
  // Before: the rights line stayed.
  ['Yonhap\'s rights line without "(END)"', [
    'SEOUL, Nov. 25 (Yonhap) -- North Korea fired two short-range ballistic missiles into the East Sea on Wednesday, the Joint Chiefs of Staff said.',
    'The missiles flew about 350 km.',
    'Copyright(C) Yonhap News Agency. All Rights Reserved.'], [
    'North Korea fired two short-range ballistic missiles into the East Sea on Wednesday, the Joint Chiefs of Staff said.',
    'The missiles flew about 350 km.'], 'SEOUL', 'Yonhap'],
];

/** Paragraphs that read like furniture but are news: they stay where they stand. */
const news: Story[] = [
  ['a paragraph quoting "Follow the rules," and a story about WhatsApp channels', [
    'New Delhi, Nov 25 (PTI) WhatsApp said on Wednesday its channels now have 500 million users in India.',
    '"Follow the rules," the IT minister told platforms at a meeting on Wednesday.',
    'Join our WhatsApp channel for updates, the Election Commission urged voters in a notice on Tuesday.',
    'The company also plans to add paid channels next year.'], [
    'WhatsApp said on Wednesday its channels now have 500 million users in India.',
    '"Follow the rules," the IT minister told platforms at a meeting on Wednesday.',
    'Join our WhatsApp channel for updates, the Election Commission urged voters in a notice on Tuesday.',
    'The company also plans to add paid channels next year.'], 'New Delhi', 'PTI'],
  ['a story about a newsletter, and a disclaimer quoted in the copy', [
    'Mumbai, Nov 25 (PTI) SEBI on Wednesday barred a finfluencer from selling stock tips through his newsletter.',
    'Sign up for the newsletter was sold as a path to quick riches, the regulator said in its order.',
    'Disclaimer: the regulator said such lines do not make advice legal.',
    'The finfluencer has 30 days to appeal.'], [
    'SEBI on Wednesday barred a finfluencer from selling stock tips through his newsletter.',
    'Sign up for the newsletter was sold as a path to quick riches, the regulator said in its order.',
    'Disclaimer: the regulator said such lines do not make advice legal.',
    'The finfluencer has 30 days to appeal.'], 'Mumbai', 'PTI'],
  ['a Telegram story whose paragraph opens with "Telegram channel"', [
    'Moscow, Nov 25 (IANS) Russian authorities on Wednesday fined Telegram 10 million roubles for failing to remove banned content.',
    'Telegram channels run by news outlets were not affected, the regulator said.',
    'The company has 30 days to pay.'], [
    'Russian authorities on Wednesday fined Telegram 10 million roubles for failing to remove banned content.',
    'Telegram channels run by news outlets were not affected, the regulator said.',
    'The company has 30 days to pay.'], 'Moscow', 'IANS'],
  // Before: the correction stayed only below the copy's end; the editor's note over the dateline went.
  ['an editor\'s note over the dateline that corrects the story', [
    'Editor\'s Note: An earlier version of this story gave the wrong date for the vote. It is on December 4.',
    'Colombo, Nov 25 (Xinhua) -- Sri Lanka\'s parliament will vote on the budget on December 4.',
    'The budget raises defence spending by 8 percent.'], [
    'Editor\'s Note: An earlier version of this story gave the wrong date for the vote. It is on December 4.',
    'Sri Lanka\'s parliament will vote on the budget on December 4.',
    'The budget raises defence spending by 8 percent.'], 'Colombo', 'Xinhua'],
  // Before: the correction went with the footer above it.
  ['AP\'s correction line below its "___" footer', [
    'JAKARTA, Indonesia (AP) — A ferry carrying 120 people sank off Sulawesi on Wednesday; 90 were rescued, officials said.',
    'The search for the others goes on.',
    '___',
    'This story has been corrected to show the ferry sank off Sulawesi, not Borneo.'], [
    'A ferry carrying 120 people sank off Sulawesi on Wednesday; 90 were rescued, officials said.',
    'The search for the others goes on.',
    'This story has been corrected to show the ferry sank off Sulawesi, not Borneo.'], 'JAKARTA', 'AP'],
];

/** A second pass, over shapes the first left: labels and notes over the dateline, boxes, plugs and dates in other languages. */
const secondPass: Story[] = [
  ['a day of the week in place of a date (Reuters)', [
    'LONDON, Tuesday (Reuters) - Britain\'s economy grew 0.2 percent in the third quarter, official figures showed.',
    'Services led the growth.'], [
    'Britain\'s economy grew 0.2 percent in the third quarter, official figures showed.',
    'Services led the growth.'], 'LONDON', 'Reuters'],
  ['three places before the date, parted by slashes', [
    'New Delhi/Dhaka/Kathmandu, Nov 25 (IANS) India, Bangladesh and Nepal on Wednesday agreed to trade power across their grids.',
    'The deal was signed online.'], [
    'India, Bangladesh and Nepal on Wednesday agreed to trade power across their grids.',
    'The deal was signed online.'], 'New Delhi/Dhaka/Kathmandu', 'IANS'],
  ['a stamp with "Updated" before "Published" over the dateline', [
    'Updated: 25 Nov 2026, 10:05 AM IST | Published: 25 Nov 2026, 09:00 AM IST',
    'Chandigarh, Nov 25 (PTI) Punjab will give farmers Rs 2,500 an acre for not burning stubble.',
    'The scheme starts at once.'], [
    'Punjab will give farmers Rs 2,500 an acre for not burning stubble.',
    'The scheme starts at once.'], 'Chandigarh', 'PTI'],
  ['a date and "UPDATED" with its time after a bar', [
    'Nov 25, 2026 | UPDATED 10:05 IST',
    'Chandigarh, Nov 25 (PTI) Punjab will give farmers Rs 2,500 an acre for not burning stubble.',
    'The scheme starts at once.'], [
    'Punjab will give farmers Rs 2,500 an acre for not burning stubble.',
    'The scheme starts at once.'], 'Chandigarh', 'PTI'],
  ['Yonhap: its note on what a new version adds, over the dateline', [
    '(ATTN: ADDS details in paras 4-5)',
    'SEOUL, Nov. 25 (Yonhap) -- South Korea\'s central bank kept its key rate at 2.5 percent on Wednesday.',
    'Inflation has eased.',
    '(END)'], [
    'South Korea\'s central bank kept its key rate at 2.5 percent on Wednesday.',
    'Inflation has eased.'], 'SEOUL', 'Yonhap'],
  // Before: the label and the dateline stayed in the copy, and no place or agency was read.
  ['Yonhap: its version label in brackets before the dateline', [
    '(LEAD) SEOUL, Nov. 25 (Yonhap) -- South Korea\'s central bank kept its key rate at 2.5 percent on Wednesday.',
    'Inflation has eased.',
    '(END)'], [
    'South Korea\'s central bank kept its key rate at 2.5 percent on Wednesday.',
    'Inflation has eased.'], 'SEOUL', 'Yonhap'],
  ['Reuters: its note on what a new version adds, over the dateline', [
    '(Adds comment from central bank governor in paragraph 4)',
    'MUMBAI, Nov 25 (Reuters) - The Indian rupee rose to 84.10 per dollar on Wednesday.',
    'Dealers said exporters sold dollars.'], [
    'The Indian rupee rose to 84.10 per dollar on Wednesday.',
    'Dealers said exporters sold dollars.'], 'MUMBAI', 'Reuters'],
  ['a "More From This Section" box', [
    'Ranchi, Nov 25 (PTI) Jharkhand will open 200 new health centres in tribal districts.',
    'Each will have a doctor.',
    'More From This Section',
    'Ranchi airport gets new terminal',
    'Coal output rises'], [
    'Jharkhand will open 200 new health centres in tribal districts.',
    'Each will have a doctor.'], 'Ranchi', 'PTI'],
  ['a Hindi disclaimer on the syndicated feed', [
    'Patna, Nov 25 (IANS) Bihar\'s cabinet approved 40 new degree colleges.',
    'They open next year.',
    'डिस्क्लेमर: यह खबर सीधे सिंडिकेट फीड से प्रकाशित की गई है।'], [
    'Bihar\'s cabinet approved 40 new degree colleges.',
    'They open next year.'], 'Patna', 'IANS'],
  ['UNI: its desk codes and the time filed', [
    'Bhubaneswar, Nov 25 (UNI) Odisha will build 50 cyclone shelters on its coast.',
    'Work starts in January.',
    'UNI XC SB 1420'], [
    'Odisha will build 50 cyclone shelters on its coast.',
    'Work starts in January.'], 'Bhubaneswar', 'UNI'],
  ['a "Follow Us On:" heading whose icons are gone', [
    'Shimla, Nov 25 (PTI) Himachal will run 20 more buses to Kinnaur.',
    'The buses start on Monday.',
    'Follow Us On:'], [
    'Himachal will run 20 more buses to Kinnaur.',
    'The buses start on Monday.'], 'Shimla', 'PTI'],
  ['Kyodo: "Related coverage:" under its sign-off', [
    'TOKYO, Nov. 25 Kyodo - Japan will lift its tsunami advisory for the Pacific coast, the weather agency said.',
    'Waves of 20 cm were seen.',
    '==Kyodo',
    'Related coverage:',
    'Japan issues tsunami advisory after M6.8 quake'], [
    'Japan will lift its tsunami advisory for the Pacific coast, the weather agency said.',
    'Waves of 20 cm were seen.'], 'TOKYO', 'Kyodo'],
  ['PTI\'s mark alone under the copy', [
    'New Delhi, Nov 25 (PTI) The Supreme Court on Wednesday stayed the demolition of a school in Delhi.',
    'The next hearing is on December 10.',
    'PTI'], [
    'The Supreme Court on Wednesday stayed the demolition of a school in Delhi.',
    'The next hearing is on December 10.'], 'New Delhi', 'PTI'],
  // Before: the dateline stayed in the copy, and no place or agency was read.
  ['EFE in Spanish: the month in lower case, cut short', [
    'Bogotá, 25 nov (EFE).- El Gobierno de Colombia anunció este miércoles un plan para construir 20.000 viviendas.',
    'El plan costará 2 billones de pesos.'], [
    'El Gobierno de Colombia anunció este miércoles un plan para construir 20.000 viviendas.',
    'El plan costará 2 billones de pesos.'], 'Bogotá', 'EFE'],
  ['a standfirst of more than one line over the dateline', [
    'The plan, which covers 12 districts and 2 million farmers, is the largest of its kind in the country and will be paid for by a World Bank loan of 500 million dollars.',
    'Lucknow, Nov 25 (PTI) The Uttar Pradesh government on Wednesday launched a climate-resilient farming plan.',
    'The plan runs for six years.'], [
    'The Uttar Pradesh government on Wednesday launched a climate-resilient farming plan.',
    'The plan runs for six years.'], 'Lucknow', 'PTI'],
  ['ANI carrying BSS: both marks in the bracket', [
    'Dhaka [Bangladesh], November 25 (ANI/BSS): Bangladesh will open a new land port at Sonahat.',
    'It will handle trade with India.'], [
    'Bangladesh will open a new land port at Sonahat.',
    'It will handle trade with India.'], 'Dhaka', 'ANI'],
  ['AFP: a caption credited "AFP/File" over the dateline', [
    'Police at the scene. AFP/File',
    'GENEVA, Nov 25 (AFP) - The UN said on Wednesday that 2 million people had fled fighting in eastern Congo.',
    'Aid groups need more money.'], [
    'The UN said on Wednesday that 2 million people had fled fighting in eastern Congo.',
    'Aid groups need more money.'], 'GENEVA', 'AFP'],
  ['a WhatsApp plug in Telugu', [
    'Hyderabad, Nov 25 (PTI) The state will start 10 new degree colleges.',
    'తాజా వార్తల కోసం మా వాట్సాప్ ఛానెల్‌లో చేరండి',
    'They open in June.'], [
    'The state will start 10 new degree colleges.',
    'They open in June.'], 'Hyderabad', 'PTI'],
  ['a "Trending Now" box under the copy', [
    'Jaipur, Nov 25 (PTI) The state will build a new stadium in Jodhpur.',
    'It will seat 40,000.',
    'Trending Now',
    'Gold price today',
    'Weather update'], [
    'The state will build a new stadium in Jodhpur.',
    'It will seat 40,000.'], 'Jaipur', 'PTI'],
  ['agency copy in a live blog, its entries under their times', [
    '10:45 AM IST',
    'New Delhi, Nov 25 (PTI) The Lok Sabha was adjourned till noon amid opposition protests.',
    '10:30 AM IST',
    'The Rajya Sabha took up the shipping bill, PTI reported.'], [
    'The Lok Sabha was adjourned till noon amid opposition protests.',
    'The Rajya Sabha took up the shipping bill, PTI reported.'], 'New Delhi', 'PTI'],
  // Before: each box's heading and its headlines stayed.
  ['an "In Case You Missed It" box', [
    'Ranchi, Nov 25 (PTI) Jharkhand will open 200 new health centres in tribal districts.',
    'Each will have a doctor.',
    'In Case You Missed It',
    'Ranchi airport gets new terminal'], [
    'Jharkhand will open 200 new health centres in tribal districts.',
    'Each will have a doctor.'], 'Ranchi', 'PTI'],
  ['a "You may also be interested in" box', [
    'Dehradun, Nov 25 (PTI) Uttarakhand will train 3,000 young people as mountain guides this winter.',
    'The course runs for eight weeks.',
    'You may also be interested in',
    'Char Dham road to reopen in April'], [
    'Uttarakhand will train 3,000 young people as mountain guides this winter.',
    'The course runs for eight weeks.'], 'Dehradun', 'PTI'],
  // Before: the heading and the pitch stayed.
  ['a newsletter box: its heading, its pitch and its button', [
    'Karachi, Nov 25: The port will add two berths.',
    'Newsletter Signup',
    'Get the day\'s top stories every morning',
    'Sign Up'], [
    'The port will add two berths.'], 'Karachi', null],
  // Before: the link stayed at the end of the paragraph.
  ['an "Also Read:" link a CMS ran into the sentence before it', [
    'Bhopal, Nov 25 (PTI) The state will hire 8,000 police constables next year.',
    'Recruitment begins in March.Also Read: MP cabinet approves new police stations',
    'The exam will be online.'], [
    'The state will hire 8,000 police constables next year.',
    'Recruitment begins in March.',
    'The exam will be online.'], 'Bhopal', 'PTI'],
];

describe('agency copy and its pages, fourteenth sweep: each story written for this test', () => {
  const stories = [...agencies, ...indianSites, ...others, ...furniture, ...news, ...secondPass];

  it.each(stories)('%s', (_what, input, expected, place, agency) => {
    const copy = cleanWireCopy(withoutFurniture(input));
    expect(copy.paragraphs).toEqual(expected);
    expect({ place: copy.place, agency: copy.agency }).toEqual({ place, agency });
  });

  it('holds about sixty stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(60);
  });
});

describe('channel plugs in any language', () => {
  const copy = 'The council said the new bus stop on Station Road opens on Monday.';

  it.each([
    // A letter with a nukta as one code point ("ड़" U+095C) and as two.
    'हमारे WhatsApp चैनल से जु\u095Cें',
    'हमारे WhatsApp चैनल से जु\u0921\u093Cें',
    'ताज़ा अपडेट के लिए हमें गूगल न्यूज़ पर फॉलो करें',
    'Síguenos en Google News',
    'Folgen Sie uns auf WhatsApp',
    '📲 Segui il nostro canale Telegram',
  ])('drops "%s"', (line) => {
    expect(cleanWireCopy([copy, line, 'Last sentence of the copy here.']).paragraphs).toEqual([copy, 'Last sentence of the copy here.']);
  });

  it.each([
    'चुनाव आयोग ने कहा कि मतदाता व्हाट्सऐप चैनल से जुड़ें और जानकारी लें।',
    'Siga las noticias por WhatsApp, dijo el ministro a los periodistas.',
    'Also follow the new rules on WhatsApp groups, the minister told users.',
    'For more updates, the council said, residents should check its website.',
    'Tap here, the app tells users, and a channel opens.',
    'WhatsApp Channels now has 500 million users in India.',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });
});

describe('sign-up boxes, galleries and rights lines', () => {
  const copy = 'The council said the new bus stop on Station Road opens on Monday.';
  const last = 'Last sentence of the copy here.';

  it.each([
    'Enter your email',
    'Enter your e-mail address:',
    'Thanks for signing up!',
    'By subscribing, you agree to our Privacy Policy and may unsubscribe at any time.',
    'By clicking the Sign Up button, you agree to the Terms of Service.',
  ])('drops "%s"', (line) => {
    expect(cleanWireCopy([copy, line, last]).paragraphs).toEqual([copy, last]);
  });

  it('drops a "Video Gallery" heading inside the copy with its links, and keeps the copy below them', () => {
    expect(cleanWireCopy([copy, 'Video Gallery', 'The bus stop in pictures', 'Station Road at night', last]).paragraphs).toEqual([copy, last]);
  });

  it('keeps copy under a newsletter\'s heading set inside the story', () => {
    expect(cleanWireCopy([copy, 'Newsletter', 'The weekly bulletin will now reach 40,000 homes, the council said.', last]).paragraphs).toEqual([copy, 'The weekly bulletin will now reach 40,000 homes, the council said.', last]);
  });

  it.each([
    'In case you missed it, the council also cut parking fees.',
    'You may also be interested in the new cycle lanes, the mayor told residents.',
  ])('keeps "%s", a sentence that opens as a box\'s heading', (line) => {
    expectKeptInsideCopy(line);
  });

  it.each([
    'By signing up, farmers agree to sell a fixed share of the crop to the mill, the officer said.',
    'By registering, voters agree to the commission\'s privacy terms, the order says.',
    'Enter your email address and a one-time password to log in to the portal, the bank told customers.',
    'Thank you for subscribing to our values, the minister told party workers.',
    'Photo galleries at the museum reopen on Monday.',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });
});

describe('corrections written as notes', () => {
  const lead = 'New Delhi, Nov 25 (IANS) The Metro\'s Phase 4 extension adds four stations, officials said on Wednesday.';
  const copy = 'The Metro\'s Phase 4 extension adds four stations, officials said on Wednesday.';

  it.each([
    'An earlier version of this story said the extension adds five stations.',
    'This article was corrected on November 26 to give the right number of stations.',
    'EDITOR\'S NOTE: This story was corrected to show the extension adds four stations, not five.',
  ])('keeps "%s" below the sign-off, and cuts the rest', (note) => {
    // Before: the note went with the sign-off above it.
    expect(cleanWireCopy([lead, '--IANS', 'akl/as', note, 'LATEST NEWS', 'Sensex falls 400 points']).paragraphs).toEqual([copy, note]);
  });

  it('still drops an editor\'s note over the dateline that corrects nothing', () => {
    expect(cleanWireCopy(['EDITOR\'S NOTE: This story contains details some readers may find upsetting.', lead]).paragraphs).toEqual([copy]);
  });
});

describe('agencies\' datelines in Portuguese and Italian, the month in lower case', () => {
  it.each([
    ['Lisboa, 25 set (Lusa) - O Governo aprovou hoje um novo plano para a habitação.', 'Lisboa', 'Lusa', 'O Governo aprovou hoje um novo plano para a habitação.'],
    ['Roma, 25 novembre (ANSA) - Il governo ha approvato la legge di bilancio.', 'Roma', 'ANSA', 'Il governo ha approvato la legge di bilancio.'],
    ['São Paulo, 25 de novembro de 2026 (Agência Brasil) - O desemprego caiu em outubro.', 'São Paulo', 'Agência Brasil', 'O desemprego caiu em outubro.'],
  ])('reads "%s"', (lead, place, agency, copy) => {
    // Before: the dateline stayed in the copy, and no place or agency was read.
    expect(cleanWireCopy([lead, 'Last sentence of the copy here.'])).toMatchObject({ paragraphs: [copy, 'Last sentence of the copy here.'], place, agency });
  });
});

describe('prompts a CMS ran into the sentence before them', () => {
  it.each([
    ['The rise takes effect in December.Follow us on Google News', 'The rise takes effect in December.'],
    ['The rise takes effect in December.READ MORE: Pay rise for health workers', 'The rise takes effect in December.'],
    ['The rise takes effect in December.Click here to join our WhatsApp channel', 'The rise takes effect in December.'],
  ])('cuts the prompt from "%s"', (line, kept) => {
    expect(cleanWireCopy(['Patna, Nov 25 (IANS) The Bihar government raised the pay of health workers.', line, 'Last sentence of the copy here.']).paragraphs).toEqual(['The Bihar government raised the pay of health workers.', kept, 'Last sentence of the copy here.']);
  });

  it.each([
    'The report was tabled in March.Read it in full, the Speaker told members on Wednesday.',
    'The plant will open in 2027.Follow-up talks are due in January.',
    'Shares of Also Inc. rose 4 percent.ALSO, a software firm, fell 2 percent.',
  ])('keeps "%s" whole', (line) => {
    expectKeptInsideCopy(line);
  });
});
