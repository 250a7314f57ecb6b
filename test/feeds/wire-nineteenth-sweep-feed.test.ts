import { describe, expect, it } from 'vitest';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The nineteenth wire sweep: agency copy as aggregators and syndicating sites carry it (ThePrint, Business Standard, NDTV, The Week,
 * Outlook, Lokmat Times, the Free Press Journal, the Tribune, Mid-day, Zee, Republic, Siasat, Yahoo and MSN, the Gulf's and Pakistan's,
 * Bangladesh's, Nepal's and Sri Lanka's papers), each site's syndication note in its own wording and place, in English, Hindi, Bangla and
 * Urdu. Served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed= gives them (text, place and agency). Each
 * story and its chrome are written for this test, after how these sites set the copy they carry.
 */
const sweep = feedSweep('wire-nineteenth-feed', Date.parse('2026-11-27T15:00:00Z'));

const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  // Syndication notes in their sites' wordings, in a paragraph of their own.
  [
    'RBI holds repo rate',
    p('By PTI', 'Mumbai, 27 Nov (PTI) The Reserve Bank kept its policy rate unchanged at 5.5 per cent on Friday.', 'The next review is due in February.', '(This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.)'),
    ['The Reserve Bank kept its policy rate unchanged at 5.5 per cent on Friday.', 'The next review is due in February.'],
    'Mumbai', 'PTI',
  ],
  [
    'Coal output rises',
    p('New Delhi, Nov 27 (PTI) India\'s coal output rose 6 per cent in November, the coal ministry said on Friday.', 'Captive mines produced a third of it.', 'Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.', 'First Published: Nov 27 2026 | 10:05 AM IST'),
    ['India\'s coal output rose 6 per cent in November, the coal ministry said on Friday.', 'Captive mines produced a third of it.'],
    'New Delhi', 'PTI',
  ],
  [
    'Metro line opens in Pune',
    p('Pune, Nov 27 (PTI) The second metro line in Pune opened to the public on Friday.', 'It has 14 stations.', '(This story has not been edited by THE WEEK and is auto-generated from PTI)'),
    ['The second metro line in Pune opened to the public on Friday.', 'It has 14 stations.'],
    'Pune', 'PTI',
  ],
  [
    'Flood relief for Assam',
    p('Guwahati, Nov 27 (IANS) The Centre released Rs 600 crore in flood relief for Assam on Friday.', 'The money will go to 12 districts.', 'This is an auto-generated story from a syndicated feed; Outlook staff may not have edited the text.'),
    ['The Centre released Rs 600 crore in flood relief for Assam on Friday.', 'The money will go to 12 districts.'],
    'Guwahati', 'IANS',
  ],
  [
    'Sugar mills start crushing',
    p('Kolhapur, Nov 27 (PTI) Sugar mills in western Maharashtra began the crushing season on Friday.', 'Cane arrivals are expected to be lower this year.', 'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor.'),
    ['Sugar mills in western Maharashtra began the crushing season on Friday.', 'Cane arrivals are expected to be lower this year.'],
    'Kolhapur', 'PTI',
  ],
  [
    'Mumbai coastal road toll',
    p('Mumbai, Nov 27 (IANS) The coastal road will stay toll-free until March, the civic body said on Friday.', 'About 80,000 vehicles use it daily.', '(This is an unedited and auto-generated story from Syndicated News feed, FPJ Staff may not have modified or edited the content body)'),
    ['The coastal road will stay toll-free until March, the civic body said on Friday.', 'About 80,000 vehicles use it daily.'],
    'Mumbai', 'IANS',
  ],
  [
    'Dairy cooperative expands',
    p('Anand, Nov 27 (PTI) The dairy cooperative will open three new plants next year, its chairman said on Friday.', 'Each plant will process 10 lakh litres a day.', 'Lokmat Times is not responsible for the content of this syndicated story.'),
    ['The dairy cooperative will open three new plants next year, its chairman said on Friday.', 'Each plant will process 10 lakh litres a day.'],
    'Anand', 'PTI',
  ],
  [
    'Hyderabad airport traffic',
    p('Hyderabad, Nov 27 (PTI) Passenger traffic at Hyderabad airport rose 11 per cent in October.', 'International traffic grew faster.', 'The Siasat Daily publishes this story from an agency feed without editing.'),
    ['Passenger traffic at Hyderabad airport rose 11 per cent in October.', 'International traffic grew faster.'],
    'Hyderabad', 'PTI',
  ],
  [
    'Zee: power demand peaks',
    p('New Delhi, Nov 27 (IANS) Peak power demand touched a November record on Friday, grid data showed.', 'Thermal plants met most of it.', 'This is an agency copy and has not been edited by the Zee News team.'),
    ['Peak power demand touched a November record on Friday, grid data showed.', 'Thermal plants met most of it.'],
    'New Delhi', 'IANS',
  ],
  [
    'Tea auction prices',
    p('Kolkata, Nov 27 (PTI) Tea prices at the Kolkata auction rose for the third week running.', 'Orthodox teas gained the most.', '(This article has been published as received from PTI.)'),
    ['Tea prices at the Kolkata auction rose for the third week running.', 'Orthodox teas gained the most.'],
    'Kolkata', 'PTI',
  ],
  [
    'FPJ: port cargo',
    p('Mumbai, Nov 27 (PTI) Cargo at the Jawaharlal Nehru Port rose 9 per cent in October.', 'Container traffic led the rise.', '(This article is generated from an agency feed. The Free Press Journal has not edited its text.)'),
    ['Cargo at the Jawaharlal Nehru Port rose 9 per cent in October.', 'Container traffic led the rise.'],
    'Mumbai', 'PTI',
  ],
  [
    'Exports to Gulf rise',
    p('New Delhi, Nov 27 (PTI) Exports to the Gulf rose 14 per cent in October, trade data showed on Friday.', 'Rice and engineering goods led.', 'This article was published from a news agency\'s feed. Only the headline has been edited.'),
    ['Exports to the Gulf rose 14 per cent in October, trade data showed on Friday.', 'Rice and engineering goods led.'],
    'New Delhi', 'PTI',
  ],
  // The note run into the last paragraph, after its full stop.
  [
    'NDTV: winter session dates',
    p('New Delhi, Nov 27 (PTI) The winter session of Parliament will begin on December 1, the government said on Friday.', 'It will have 19 sittings. (Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)'),
    ['The winter session of Parliament will begin on December 1, the government said on Friday.', 'It will have 19 sittings.'],
    'New Delhi', 'PTI',
  ],
  [
    'Republic: bridge reopens',
    p('Srinagar, Nov 27 (PTI) The bridge over the Jhelum reopened to traffic on Friday after repairs.', 'Repairs took three months. Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by Republic staff.'),
    ['The bridge over the Jhelum reopened to traffic on Friday after repairs.', 'Repairs took three months.'],
    'Srinagar', 'PTI',
  ],
  [
    'Tribune: wheat sowing',
    p('Chandigarh, Nov 27 (IANS) Wheat sowing in Punjab covered 90 per cent of the target by Friday.', 'Farmers reported enough DAP. (This content is sourced from a syndicated feed and is published as received. The Tribune assumes no responsibility or liability for its accuracy, completeness, or content.)'),
    ['Wheat sowing in Punjab covered 90 per cent of the target by Friday.', 'Farmers reported enough DAP.'],
    'Chandigarh', 'IANS',
  ],
  [
    'Mid-day: suburban trains',
    p('Mumbai, Nov 27 (PTI) Twelve more air-conditioned local trains will run from Monday, the railway said.', 'Fares stay unchanged. This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text.'),
    ['Twelve more air-conditioned local trains will run from Monday, the railway said.', 'Fares stay unchanged.'],
    'Mumbai', 'PTI',
  ],
  [
    'Deccan Herald: metro fares',
    p('Bengaluru, Nov 27 (PTI) Metro fares will not be raised this year, the corporation said on Friday.', 'Ridership rose 20 per cent. (Only the headline of this report may have been reworked by DH staff; the rest is published from a syndicated feed.)', '(Published 27 November 2026, 10:05 IST)'),
    ['Metro fares will not be raised this year, the corporation said on Friday.', 'Ridership rose 20 per cent.'],
    'Bengaluru', 'PTI',
  ],
  // Syndication notes in Hindi, Bangla and Urdu.
  [
    'हिंदी: बिजली दरें',
    p('लखनऊ, 27 नवंबर (भाषा) उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', 'आयोग ने शुक्रवार को यह फैसला किया।', '(यह खबर सीधे एजेंसी फीड से प्रकाशित हुई है। इसे नवभारत टीम ने संपादित नहीं किया है।)'),
    ['उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', 'आयोग ने शुक्रवार को यह फैसला किया।'],
    'लखनऊ', 'PTI',
  ],
  [
    'বাংলা: ধান সংগ্রহ',
    p('ঢাকা, ২৭ নভেম্বর (বাসস): সরকার এ মৌসুমে সাড়ে তিন লাখ টন ধান কিনবে।', 'সংগ্রহ শুরু হবে ডিসেম্বরে।', '(এই সংবাদটি সিন্ডিকেট ফিড থেকে সরাসরি প্রকাশিত। শিরোনাম ছাড়া কিছু সম্পাদনা করা হয়নি।)'),
    ['সরকার এ মৌসুমে সাড়ে তিন লাখ টন ধান কিনবে।', 'সংগ্রহ শুরু হবে ডিসেম্বরে।'],
    'ঢাকা', 'BSS',
  ],
  [
    'اردو: گیس کی قیمت',
    p('اسلام آباد۔27نومبر (اے پی پی):حکومت نے گیس کی قیمت برقرار رکھنے کا فیصلہ کیا ہے۔', 'نئی قیمتیں جنوری میں طے ہوں گی۔', '(یہ خبر ایجنسی فیڈ سے براہ راست شائع کی گئی ہے، ادارے نے اس میں کوئی ترمیم نہیں کی۔)'),
    ['حکومت نے گیس کی قیمت برقرار رکھنے کا فیصلہ کیا ہے۔', 'نئی قیمتیں جنوری میں طے ہوں گی۔'],
    'اسلام آباد', 'APP',
  ],
  // Aggregators' chrome around the copy.
  [
    'Yahoo: Reuters copy with its break',
    p('LONDON (Reuters) - British retail sales fell unexpectedly in October, official data showed on Friday.', 'Story continues', 'Online sales rose 2 percent.', '(Reporting by Jane Doe; Editing by John Smith)'),
    ['British retail sales fell unexpectedly in October, official data showed on Friday.', 'Online sales rose 2 percent.'],
    'LONDON', 'Reuters',
  ],
  [
    'MSN: a partner\'s picture credit',
    p('© Provided by Mint', 'New Delhi, Nov 27 (PTI) GST collections rose 9 per cent in November.', '© Provided by Mint', 'States\' shares will be released next week.'),
    ['GST collections rose 9 per cent in November.', 'States\' shares will be released next week.'],
    'New Delhi', 'PTI',
  ],
  [
    'Agency inputs credited in a bracket alone',
    p('Chennai, Nov 27 (PTI) The Met office forecast heavy rain in Chennai over the weekend.', 'Schools will stay shut on Monday.', '(Agency inputs)'),
    ['The Met office forecast heavy rain in Chennai over the weekend.', 'Schools will stay shut on Monday.'],
    'Chennai', 'PTI',
  ],
  [
    'Khaleej Times: the desk with the agency\'s inputs',
    p('ABU DHABI, 27th November, 2026 (WAM) -- The UAE announced a four-day weekend for National Day on Friday.', 'Private sector staff get the same days off.', 'Khaleej Times with inputs from WAM'),
    ['The UAE announced a four-day weekend for National Day on Friday.', 'Private sector staff get the same days off.'],
    'ABU DHABI', 'WAM',
  ],
  [
    'ThePrint: the byline with its stamp over the dateline',
    p('PTI | Updated On: 27 November 2026 10:05 am', 'Jaipur, Nov 27 (PTI) Rajasthan will hold panchayat polls in February, the state election commission said.', 'Counting will be on February 20.'),
    ['Rajasthan will hold panchayat polls in February, the state election commission said.', 'Counting will be on February 20.'],
    'Jaipur', 'PTI',
  ],
  [
    'Pioneer: the copy above disowned',
    p('Bhopal, Nov 27 (PTI) Madhya Pradesh will recruit 5,000 teachers next year, the school education minister said.', 'The exam will be held in April.', '(The copy above is from the PTI feed and has not been edited by Daily Pioneer staff.)'),
    ['Madhya Pradesh will recruit 5,000 teachers next year, the school education minister said.', 'The exam will be held in April.'],
    'Bhopal', 'PTI',
  ],
  [
    'Devdiscourse: the story above',
    p('Patna, Nov 27 (IANS) Bihar will set up 50 new fast-track courts, the law department said on Friday.', 'The courts will hear cases of crimes against women. The story above has been auto-generated from the IANS wire.', 'Created: 27-11-2026 10:05 IST'),
    ['Bihar will set up 50 new fast-track courts, the law department said on Friday.', 'The courts will hear cases of crimes against women.'],
    'Patna', 'IANS',
  ],
  [
    'Mint: the byline, the editor, the read time, the note and the plug',
    p('By PTI', 'Published By : Aditi Rao', 'Updated: Nov 27, 2026, 10:05 IST', 'Read Time: 3 mins', 'Mumbai, Nov 27 (PTI) The Sensex rose 300 points in early trade on Friday.', 'Banking stocks led the gains. Also Read | Rupee opens flat against dollar', 'Traders expect little movement before the data.', '(This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.)', 'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.'),
    ['The Sensex rose 300 points in early trade on Friday.', 'Banking stocks led the gains.', 'Traders expect little movement before the data.'],
    'Mumbai', 'PTI',
  ],
  [
    'Zee: the source with its stamp',
    p('Edited By: Priya Sharma | Source: IANS | Last Updated: Nov 27, 2026, 10:05 AM IST', 'Ranchi, Nov 27 (IANS) Jharkhand will hold its assembly\'s winter session from December 8.', 'It will last a week.', 'Source: IANS | Updated: Nov 27, 2026'),
    ['Jharkhand will hold its assembly\'s winter session from December 8.', 'It will last a week.'],
    'Ranchi', 'IANS',
  ],
  [
    'Dawn: Reuters copy with the desk\'s credit',
    p('KARACHI: Pakistan\'s central bank cut its key rate by 100 basis points on Friday, Reuters reported.', 'Inflation eased to 4.1 percent in October.', '— Dawn.com with additional input from Reuters'),
    ['Pakistan\'s central bank cut its key rate by 100 basis points on Friday, Reuters reported.', 'Inflation eased to 4.1 percent in October.'],
    'KARACHI', null,
  ],
  [
    'Siasat: a bracketed source',
    p('Hyderabad, Nov 27: The Telangana cabinet approved a new industrial policy on Friday.', 'It offers land at half price to start-ups.', '(Source: IANS)'),
    ['The Telangana cabinet approved a new industrial policy on Friday.', 'It offers land at half price to start-ups.'],
    'Hyderabad', null,
  ],
  [
    'Outlook: the agency as a field',
    p('Agency: PTI', 'Thiruvananthapuram, Nov 27 (PTI) Kerala will open its first graphene park next year, the industries minister said.', 'The park will come up near Palakkad.', 'Agency: PTI'),
    ['Kerala will open its first graphene park next year, the industries minister said.', 'The park will come up near Palakkad.'],
    'Thiruvananthapuram', 'PTI',
  ],
  [
    'Business Standard: a live page of agency entries',
    p('Live Updates', '10:45 IST', 'Mumbai, Nov 27 (PTI) The Sensex rose 300 points in early trade on Friday.', 'Banking stocks led the gains.', '10:05 IST', 'New Delhi, Nov 27 (IANS) The rupee opened flat against the dollar on Friday.', 'Traders expect little movement before the data.', '(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)'),
    ['The Sensex rose 300 points in early trade on Friday.', 'Banking stocks led the gains.', 'New Delhi, Nov 27 (IANS) The rupee opened flat against the dollar on Friday.', 'Traders expect little movement before the data.'],
    'Mumbai', 'PTI',
  ],
  [
    'Daily Star: BSS copy with the paper\'s note',
    p('Dhaka, Nov 27 (BSS) - The government will import 5 lakh tonnes of rice before Ramadan, the food adviser said on Friday.', 'Prices have risen 8 percent in a month. Note: The Daily Star has not edited this agency copy.'),
    ['The government will import 5 lakh tonnes of rice before Ramadan, the food adviser said on Friday.', 'Prices have risen 8 percent in a month.'],
    'Dhaka', 'BSS',
  ],
  [
    'Kathmandu Post: RSS copy with its inputs',
    p('KATHMANDU, Nov 27 (RSS): Nepal\'s tourist arrivals rose 18 percent in November, the tourism board said.', 'India remained the biggest source market.', '(With inputs from RSS)'),
    ['Nepal\'s tourist arrivals rose 18 percent in November, the tourism board said.', 'India remained the biggest source market.'],
    'KATHMANDU', 'RSS',
  ],
  [
    'Gulf News: the note run into the last paragraph after a quote',
    p('DUBAI, 27th November, 2026 (WAM) -- Dubai will open two new metro stations in January.', 'The stations will serve "more than 40,000 riders a day," the RTA said. (Except for the headline, this story has not been edited by Gulf News staff and is published from a syndicated feed.)'),
    ['Dubai will open two new metro stations in January.', 'The stations will serve "more than 40,000 riders a day," the RTA said.'],
    'DUBAI', 'WAM',
  ],
  [
    'An aggregator\'s stack of chrome over the dateline',
    p('By PTI', 'Published By : Aditi Rao', 'Updated: Nov 27, 2026, 10:05 IST', 'Read Time: 2 mins', 'Representative image (PTI)', 'Follow us on Google News', 'First Published: Nov 27 2026 | 10:05 AM IST', 'Lucknow, Nov 27 (PTI) Uttar Pradesh will build 12 new expressway interchanges next year, officials said on Friday.', 'Work will begin in April.'),
    ['Uttar Pradesh will build 12 new expressway interchanges next year, officials said on Friday.', 'Work will begin in April.'],
    'Lucknow', 'PTI',
  ],
  // Guards: a story about syndication, quoting a disclaimer, and copy opening with the chrome's words.
  [
    'Press council on syndicated copy',
    p('New Delhi, Nov 27 (PTI) The Press Council asked websites to mark stories auto-generated from a syndicated feed, its chairman said on Friday.', 'This story of syndicated copy began with a complaint from a reader.', 'Several sites now print that a story has not been edited by their staff.'),
    ['The Press Council asked websites to mark stories auto-generated from a syndicated feed, its chairman said on Friday.', 'This story of syndicated copy began with a complaint from a reader.', 'Several sites now print that a story has not been edited by their staff.'],
    'New Delhi', 'PTI',
  ],
  [
    'Channel defends clip',
    p('Mumbai, Nov 27 (IANS) A news channel told the court that the clip it aired was genuine.', 'The clip has not been edited by our staff in any way, the channel\'s lawyer argued on Friday.', 'The next hearing is on December 4.'),
    ['A news channel told the court that the clip it aired was genuine.', 'The clip has not been edited by our staff in any way, the channel\'s lawyer argued on Friday.', 'The next hearing is on December 4.'],
    'Mumbai', 'IANS',
  ],
  [
    'Betting ads must carry disclaimers',
    p('New Delhi, Nov 27 (PTI) Betting ads must carry a disclaimer from January, the ministry said on Friday.', 'Disclaimers will have to cover a fifth of the screen.', 'Also read by the panel were letters from three states.', 'The ads often read "Disclaimer: This game involves financial risk," the order noted.'),
    ['Betting ads must carry a disclaimer from January, the ministry said on Friday.', 'Disclaimers will have to cover a fifth of the screen.', 'Also read by the panel were letters from three states.', 'The ads often read "Disclaimer: This game involves financial risk," the order noted.'],
    'New Delhi', 'PTI',
  ],
  [
    'Story continues to grip town',
    p('Shimla, Nov 27 (PTI) The story continues to grip the town, where the missing trekkers were last seen on Monday.', 'Rescue teams resumed the search on Friday.'),
    ['The story continues to grip the town, where the missing trekkers were last seen on Monday.', 'Rescue teams resumed the search on Friday.'],
    'Shimla', 'PTI',
  ],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('nineteenth wire sweep, through a poll', () => {
  it('reads each syndicated story\'s place and agency and keeps its copy alone', async () => {
    const { outcome, stories } = await sweep.poll('/wire19/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
