import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twentieth sweep: what the last sweeps left under syndicated agency copy. A note on the copy without a note's opening ("Published
 * from a syndicated feed.") as its last line, Hindi notes that name the agency and no feed, a page's "read in Hindi" link, outlets'
 * closing promos as lines and run into the last paragraph, and agency or desk credits on a line of their own ("AFP | Bangkok"). Each
 * story, note and promo is written for this test after how these sites set the copy they carry; the outlets' names are theirs.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twentieth-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const lead = 'Mumbai, Nov 27 (PTI) The Reserve Bank kept its policy rate unchanged at 5.5 per cent on Friday.';
const first = 'The Reserve Bank kept its policy rate unchanged at 5.5 per cent on Friday.';
const last = 'The next review is due in February.';

/** Notes with no opening ("This story…"): a note only as the copy's last line or its last paragraph's tail. */
const BARE_NOTES = ['Auto-generated from a syndicated feed.', 'Published from a syndicated feed.', '(Syndicated from IANS.)', 'Sourced from an agency feed.'];

/** Outlets' closing promos (the outlets' names theirs, the wording after how they set them). */
const PROMOS = [
  'Read more on Latest India News and Updates on Outlook India.',
  'Catch all the Business News, Breaking News Events and Latest News Updates on Live Mint.',
  'Download The Mint News App to get Daily Market Updates.',
  'For more news like this visit The Economic Times.',
  'Stay updated with the latest news on Gulf News.',
];

describe('a bare syndication note under the copy', () => {
  // Before: each stayed, as a line and run in.
  it.each(BARE_NOTES)('drops "%s" as the last line, and cuts it off the last paragraph', (note) => {
    expect(clean([lead, last, note]).paragraphs).toEqual([first, last]);
    expect(clean([lead, `${last} ${note}`]).paragraphs).toEqual([first, last]);
  });

  it.each(BARE_NOTES)('keeps "%s" between paragraphs of copy, where it may be copy', (note) => {
    expect(clean([lead, note, last]).paragraphs).toEqual([first, note, last]);
  });

  it.each([
    'Published from a syndicated feed, the story carried no byline, the council said.',
    'Auto-generated from a syndicated feed, the notice read, according to the complaint.',
    'The Press Council said the item was published from a syndicated feed.',
  ])('keeps "%s", copy about syndication', (line) => {
    expect(clean([lead, last, line]).paragraphs).toEqual([first, last, line]);
    expect(clean([lead, `${last} ${line}`]).paragraphs).toEqual([first, `${last} ${line}`]);
  });
});

describe('outlets\' closing promos', () => {
  // Before: Outlook's stayed as a line; every one stayed run into the last paragraph.
  it.each(PROMOS)('drops "%s" as a line and cuts it off the last paragraph', (promo) => {
    expect(clean([lead, last, promo]).paragraphs).toEqual([first, last]);
    expect(clean([lead, promo, last]).paragraphs).toEqual([first, last]);
    expect(clean([lead, `${last} ${promo}`]).paragraphs).toEqual([first, last]);
  });

  it.each([
    'Read more on the council\'s findings in its annual report, which runs to 300 pages.',
    'Stay updated with the latest news on the monsoon, the department urged residents.',
    'For more news like this, residents visit the panchayat office, the collector said.',
    'Download the app to get daily market updates, the exchange told investors.',
  ])('keeps "%s", copy that opens as a promo does', (line) => {
    expect(clean([lead, line, last]).paragraphs).toEqual([first, line, last]);
    expect(clean([lead, `${last} ${line}`]).paragraphs).toEqual([first, `${last} ${line}`]);
  });
});

describe('the Hindi notes and language links', () => {
  const hindiLead = 'लखनऊ, 27 नवंबर (भाषा) उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।';
  const hindiFirst = 'उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।';
  const hindiLast = 'आयोग ने शुक्रवार को यह फैसला किया।';
  // Before: the agency's note (no word for "feed") and the bracketed link stayed.
  it.each(['(यह खबर एजेंसी से ली गई है, इसे एडिट नहीं किया गया है)', 'यह खबर न्यूज़ एजेंसी से सीधे प्रकाशित की गई है।', '(हिंदी में पढ़ें)', '(Read in Hindi)'])('drops "%s"', (line) => {
    expect(clean([hindiLead, line, hindiLast]).paragraphs).toEqual([hindiFirst, hindiLast]);
    expect(clean([hindiLead, hindiLast, line]).paragraphs).toEqual([hindiFirst, hindiLast]);
  });

  it.each(['पुलिस ने बताया कि यह खबर एजेंसी से ली गई थी।', 'यह खबर एजेंसी से ली गई है, मंत्री ने कहा।', 'हिंदी में पढ़ें और लिखें, शिक्षा मंत्री की यह अपील है।'])('keeps "%s"', (line) => {
    expect(clean([hindiLead, line, hindiLast]).paragraphs).toEqual([hindiFirst, line, hindiLast]);
  });
});

describe('an agency\'s or desk\'s credit on a line of its own', () => {
  // Before: each stayed.
  it.each(['Gulf News Report', '— Reuters, London', 'AFP | Bangkok', 'Khaleej Times Staff Report'])('drops "%s" mid-copy and under it', (line) => {
    expect(clean([lead, line, last]).paragraphs).toEqual([first, last]);
    expect(clean([lead, last, line]).paragraphs).toEqual([first, last]);
  });

  it.each(['The credit read AFP | Bangkok on the wire copy, the editor said.', 'Reuters, London and New York bureaus reported the deal first.', 'Gulf News Report on Friday named the new board.'])('keeps "%s"', (line) => {
    expect(clean([lead, line, last]).paragraphs).toEqual([first, line, last]);
  });
});

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  ['Port traffic rises', p('Chennai, Nov 27 (PTI) Cargo handled at the Chennai port rose 8 per cent in November.', 'Container traffic led the rise.', 'Published from a syndicated feed.'), ['Cargo handled at the Chennai port rose 8 per cent in November.', 'Container traffic led the rise.'], 'Chennai', 'PTI'],
  ['Tea auction prices', p('Kolkata, Nov 27 (IANS) Tea prices at the Kolkata auction fell for a third week.', 'Dust grades fell most. Auto-generated from a syndicated feed.'), ['Tea prices at the Kolkata auction fell for a third week.', 'Dust grades fell most.'], 'Kolkata', 'IANS'],
  ['Textile exports', p('Tiruppur, Nov 27 (IANS) Knitwear exports from Tiruppur rose in October, exporters said.', 'Orders from Europe picked up.', '(Syndicated from IANS.)'), ['Knitwear exports from Tiruppur rose in October, exporters said.', 'Orders from Europe picked up.'], 'Tiruppur', 'IANS'],
  ['Rail fares unchanged', p('New Delhi, Nov 27 (PTI) Passenger fares will not change this year, the railway board said.', 'Freight rates are under review. Read more on Latest India News and Updates on Outlook India.'), ['Passenger fares will not change this year, the railway board said.', 'Freight rates are under review.'], 'New Delhi', 'PTI'],
  ['Gold imports', p('Mumbai, Nov 27 (PTI) Gold imports fell 12 per cent in November as prices rose.', 'Jewellers expect a pickup in the wedding season.', 'Catch all the Business News, Breaking News Events and Latest News Updates on Live Mint.', 'Download The Mint News App to get Daily Market Updates.'), ['Gold imports fell 12 per cent in November as prices rose.', 'Jewellers expect a pickup in the wedding season.'], 'Mumbai', 'PTI'],
  ['Bond yields ease', p('Mumbai, Nov 27 (PTI) Government bond yields eased on Friday.', 'The 10-year yield ended at 6.31 per cent. Download The Mint News App to get Daily Market Updates.'), ['Government bond yields eased on Friday.', 'The 10-year yield ended at 6.31 per cent.'], 'Mumbai', 'PTI'],
  ['Steel output', p('New Delhi, Nov 27 (PTI) Crude steel output rose 5 per cent in October, the steel ministry said.', 'Exports stayed flat. For more news like this visit The Economic Times.'), ['Crude steel output rose 5 per cent in October, the steel ministry said.', 'Exports stayed flat.'], 'New Delhi', 'PTI'],
  ['Dubai metro extension', p('Dubai, Nov 27 (WAM) The Dubai metro\'s Blue Line will open in 2029, the roads authority said.', 'Gulf News Report', 'It will have 14 stations.', 'Stay updated with the latest news on Gulf News.'), ['The Dubai metro\'s Blue Line will open in 2029, the roads authority said.', 'It will have 14 stations.'], 'Dubai', 'WAM'],
  ['Thai rice exports', p('Bangkok, Nov 27 (AFP) Thailand\'s rice exports are set to fall this year, traders said.', 'AFP | Bangkok', 'Prices have eased since August.'), ['Thailand\'s rice exports are set to fall this year, traders said.', 'Prices have eased since August.'], 'Bangkok', 'AFP'],
  ['UK inflation', p('London, Nov 27 (Reuters) - British inflation eased to 2.9 per cent in October.', 'Services inflation stayed high.', '— Reuters, London'), ['British inflation eased to 2.9 per cent in October.', 'Services inflation stayed high.'], 'London', 'Reuters'],
  ['बिजली दरें', p('लखनऊ, 27 नवंबर (भाषा) उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', '(हिंदी में पढ़ें)', 'आयोग ने शुक्रवार को यह फैसला किया।', '(यह खबर एजेंसी से ली गई है, इसे एडिट नहीं किया गया है)'), ['उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', 'आयोग ने शुक्रवार को यह फैसला किया।'], 'लखनऊ', 'PTI'],
  ['Sugarcane price', p('Lucknow, Nov 27 (PTI) The state raised the cane price by Rs 20 a quintal.', 'Read in Hindi', 'Farmers had sought Rs 50.', 'यह खबर सिंडिकेट फीड से ली गई है'), ['The state raised the cane price by Rs 20 a quintal.', 'Farmers had sought Rs 50.'], 'Lucknow', 'PTI'],
  // Guards: copy that reads like the notes, promos and credits above.
  ['Council on syndicated copy', p('New Delhi, Nov 27 (PTI) The Press Council asked news sites to label agency copy.', 'Published from a syndicated feed.', 'Its chairman said the rule would apply from January.'), ['The Press Council asked news sites to label agency copy.', 'Published from a syndicated feed.', 'Its chairman said the rule would apply from January.'], 'New Delhi', 'PTI'],
  ['Label rule', p('New Delhi, Nov 27 (PTI) Sites must now mark agency copy, the council said.', 'Published from a syndicated feed, the label will read, the council said.'), ['Sites must now mark agency copy, the council said.', 'Published from a syndicated feed, the label will read, the council said.'], 'New Delhi', 'PTI'],
  ['Audit report', p('New Delhi, Nov 27 (PTI) The auditor flagged lapses in the rural jobs scheme.', 'Read more on the council\'s findings in its annual report, which runs to 300 pages.'), ['The auditor flagged lapses in the rural jobs scheme.', 'Read more on the council\'s findings in its annual report, which runs to 300 pages.'], 'New Delhi', 'PTI'],
  ['Monsoon alert', p('Thiruvananthapuram, Nov 27 (PTI) Heavy rain is likely in six districts, the weather office said.', 'Stay updated with the latest news on the monsoon, the department urged residents.'), ['Heavy rain is likely in six districts, the weather office said.', 'Stay updated with the latest news on the monsoon, the department urged residents.'], 'Thiruvananthapuram', 'PTI'],
  ['Wire credits in court', p('Bangkok, Nov 27 (AP) A court heard how a photo was credited.', 'The credit read AFP | Bangkok on the wire copy, the editor said.', 'Reuters, London and New York bureaus reported the deal first.'), ['A court heard how a photo was credited.', 'The credit read AFP | Bangkok on the wire copy, the editor said.', 'Reuters, London and New York bureaus reported the deal first.'], 'Bangkok', 'AP'],
  ['एजेंसी की खबर', p('पटना, 27 नवंबर (भाषा) एक फर्जी खबर पर पुलिस ने मामला दर्ज किया।', 'पुलिस ने बताया कि यह खबर एजेंसी से ली गई थी।', 'जांच जारी है।'), ['एक फर्जी खबर पर पुलिस ने मामला दर्ज किया।', 'पुलिस ने बताया कि यह खबर एजेंसी से ली गई थी।', 'जांच जारी है।'], 'पटना', 'PTI'],
  ['Gulf News board', p('Dubai, Nov 27 (WAM) The paper named a new board.', 'Gulf News Report on Friday named the new board.', 'The board meets in December.'), ['The paper named a new board.', 'Gulf News Report on Friday named the new board.', 'The board meets in December.'], 'Dubai', 'WAM'],
  ['Hindi classes', p('Bhopal, Nov 27 (PTI) Schools will add Hindi reading hours.', 'हिंदी में पढ़ें और लिखें, शिक्षा मंत्री की यह अपील है।', 'The hours start in January.'), ['Schools will add Hindi reading hours.', 'हिंदी में पढ़ें और लिखें, शिक्षा मंत्री की यह अपील है।', 'The hours start in January.'], 'Bhopal', 'PTI'],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twentieth wire sweep, through a poll', () => {
  it('drops the notes, promos and credits under syndicated copy and keeps copy that reads like them', async () => {
    const { outcome, stories } = await sweep.poll('/wire20/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
