import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { expectKeptAsFirstAndInside, expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * The seventeenth sweep: South Asian wire copy as Indian, Pakistani, Bangladeshi, Nepali and Sri Lankan sites carry it, the copy most
 * of wirebrief's subscribers read. Each story and its furniture are our own invention, written for this test after how these agencies
 * and outlets set their copy; read as a poll reads them (furniture, then the wire rules).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const lead = 'Mumbai, Nov 27 (IANS) The state will open 40 new primary health centres by March, the health minister said on Friday.';
const first = 'The state will open 40 new primary health centres by March, the health minister said on Friday.';
const last = 'Each centre will have two doctors.';

describe('an agency\'s mark after a slash, run into the last sentence', () => {
  // Before: the mark stayed on the story's last sentence.
  it.each([
    ['ANI\'s, glued to the full stop', `${last}/ANI`, 'Lucknow, Nov 27 (ANI): ', 'ANI'],
    ['ANI\'s, a space before it', `${last} /ANI`, 'Lucknow, Nov 27 (ANI): ', 'ANI'],
    ['IANS\'s, glued to the full stop', `${last}/IANS`, 'Lucknow, Nov 27 (IANS) ', 'IANS'],
    ['after a closing quote', 'The road will reopen soon," he said./ANI', 'Lucknow, Nov 27 (ANI): ', 'ANI'],
  ])('drops %s', (_what, tail, dateline, agency) => {
    const copy = clean([`${dateline}${first}`, tail]);
    expect(copy).toMatchObject({ place: 'Lucknow', agency, paragraphs: [first, tail.replace(/\s*\/(?:ANI|IANS)$/, '')] });
  });

  it.each([
    'The pictures were shared with other outlets through Reuters/ANI',
    'The two agencies covering the visit were PTI/ANI.',
  ])('keeps "%s", whose slash follows no sentence', (line) => {
    expect(clean([`Lucknow, Nov 27 (ANI): ${first}`, line]).paragraphs).toEqual([first, line]);
  });
});

describe('an inputs credit in English shorthand, or in Hindi with the agency in Latin letters', () => {
  // Before: each stayed as the story's last paragraph ("Input - IANS" was cut to "Input").
  it.each(['Input: IANS', '(Input: IANS)', 'Input - IANS', 'Inputs: PTI', '(Inputs: agencies)', 'Input: PTI, ANI', '(इनपुट: IANS)', 'इनपुट-IANS', '(IANS इनपुट के साथ)', '(इनपुट: आईएएनएस/PTI)'])(
    'drops "%s"',
    (credit) => {
      expect(clean([lead, last, credit])).toMatchObject({ place: 'Mumbai', agency: 'IANS', paragraphs: [first, last] });
    },
  );

  it.each([
    'Input: the committee took views from 40 farmer groups before it wrote the plan.',
    'Input costs rose 4 percent in October, the survey said.',
    'इनपुट लागत अक्टूबर में 4 प्रतिशत बढ़ी।',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });
});

describe('an inputs credit with its full stop inside the bracket', () => {
  // Before: kept as the story's last paragraph.
  it.each(['(With inputs from agencies.)', '(With inputs from PTI.)', '(with inputs from IANS.)'])('drops "%s"', (credit) => {
    expect(clean([lead, last, credit]).paragraphs).toEqual([first, last]);
  });

  it('still drops it run into the last sentence', () => {
    expect(clean([lead, `${last} (With inputs from agencies.)`]).paragraphs).toEqual([first, last]);
  });

  it('keeps a sentence that opens with inputs', () => {
    expectKeptInsideCopy('With inputs from farmers, the board drew up a new plan on Friday.');
  });
});

describe('a page\'s relative time, "about" or "an" before it', () => {
  // Before: kept under the copy.
  it.each(['Updated about 2 hours ago', 'Updated an hour ago', 'about 3 hours ago', 'Published November 27, 2026 Updated about 2 hours ago', 'Published November 27, 2026 Updated 2 hours ago'])(
    'drops "%s"',
    (stamp) => {
      expect(clean([lead, last, stamp]).paragraphs).toEqual([first, last]);
    },
  );

  it.each(['Updated rules will apply from about 2 hours after midnight, the board said.', 'About an hour ago the river crossed the danger mark, officials said.'])(
    'keeps "%s", a sentence of copy',
    (line) => {
      expectKeptInsideCopy(line);
    },
  );
});

describe('Hindi copy\'s sign-off run into its last sentence, after the danda', () => {
  const hindiLead = 'नई दिल्ली, 27 नवंबर (आईएएनएस)। केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।';
  const hindiFirst = 'केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।';
  const hindiLast = 'योजना पर 3,000 करोड़ रुपये खर्च होंगे।';

  // Before: each stayed on the last sentence (IANS's Hindi desk initials were read in Latin letters only, and no mark after "।").
  it.each([
    ['IANS\'s mark and its desk\'s initials in Devanagari', `${hindiLast} --आईएएनएस एसएचके/एबीएम`],
    ['the writer\'s initials alone with the slash', `${hindiLast} --आईएएनएस एसकेपी/`],
    ['IANS\'s mark glued to the danda', `${hindiLast}--आईएएनएस`],
    ['ANI\'s bracketed mark after the danda', `${hindiLast} (एएनआई)`],
  ])('drops %s', (_what, tail) => {
    expect(clean([hindiLead, tail])).toMatchObject({ place: 'नई दिल्ली', agency: 'IANS', paragraphs: [hindiFirst, hindiLast] });
  });

  // Before: kept (a mark alone signs off only under a sentence's end, and the danda was not read as one).
  it.each(['आईएएनएस', 'IANS'])('drops the mark "%s" alone on its line under the last sentence', (mark) => {
    expect(clean([hindiLead, hindiLast, mark]).paragraphs).toEqual([hindiFirst, hindiLast]);
  });

  it('drops APP\'s mark alone under Urdu copy, after Urdu\'s full stop', () => {
    const urdu = ['اسلام آباد، 27 نومبر (اے پی پی): حکومت نے جمعہ کو 40 نئے صحت مراکز کھولنے کا اعلان کیا۔', 'ہر مرکز میں دو ڈاکٹر ہوں گے۔'];
    expect(clean([...urdu, 'APP']).paragraphs).toEqual(['حکومت نے جمعہ کو 40 نئے صحت مراکز کھولنے کا اعلان کیا۔', urdu[1]]);
  });

  it('keeps a mark alone under a list\'s lead-in, an item of the list', () => {
    expect(clean([hindiLead, 'इन एजेंसियों ने खबर दी:', 'आईएएनएस']).paragraphs).toEqual([hindiFirst, 'इन एजेंसियों ने खबर दी:', 'आईएएनएस']);
  });

  it('drops Hindi\'s "read more" alone under the copy', () => {
    expect(clean([hindiLead, hindiLast, 'और पढ़ें']).paragraphs).toEqual([hindiFirst, hindiLast]);
  });

  it.each(['यह जानकारी आईएएनएस को एक अधिकारी ने दी।', 'भारत/पाकिस्तान', 'उन्होंने कहा, "हम और पढ़ें, और सीखें।"'])('keeps "%s", copy of its own', (line) => {
    expect(clean([hindiLead, line]).paragraphs).toEqual([hindiFirst, line]);
  });
});

describe('ANI\'s press releases, its dateline\'s brackets without the mark', () => {
  const release = 'Acme Solar, a maker of rooftop panels, on Friday opened its third plant in Haryana.';
  const note = '(Disclaimer: The above press release has been provided by VMPL. ANI will not be responsible in any way for the content of the same)';

  // Before: not read; the whole dateline stayed in the text.
  it.each([
    ['the place and its country', 'New Delhi [India], November 27: ', 'New Delhi'],
    ['the place, its state and its country', 'Gurugram (Haryana) [India], November 27: ', 'Gurugram'],
    ['the month cut short', 'Mumbai (Maharashtra) [India], Nov 27: ', 'Mumbai'],
  ])('reads %s', (_what, dateline, place) => {
    expect(clean([`${dateline}${release}`, 'The plant will make 2 GW of panels a year.', note])).toMatchObject({ place, agency: null, paragraphs: [release, 'The plant will make 2 GW of panels a year.'] });
  });

  it('still reads the mark when the release names it', () => {
    expect(clean([`Gurugram (Haryana) [India], November 27 (ANI/VMPL): ${release}`])).toMatchObject({ place: 'Gurugram', agency: 'ANI', paragraphs: [release] });
  });

  it.each(['Acme (India) [BSE], November 27: shares rose in early trade on the listing.', 'Section (4) [a], November 27: the notice takes effect.'])('keeps "%s", no dateline', (line) => {
    expect(clean([line, 'Last sentence of the copy here.'])).toMatchObject({ place: null, paragraphs: [line, 'Last sentence of the copy here.'] });
  });
});

describe('APP\'s Urdu dateline, Urdu\'s full stop after the place and the day run into the month', () => {
  const urdu = 'حکومت نے جمعہ کو 40 نئے صحت مراکز کھولنے کا اعلان کیا۔';

  // Before: not read; the whole dateline stayed in the text.
  it.each([
    ['اسلام آباد۔27نومبر (اے پی پی):', 'اسلام آباد'],
    ['لاہور۔27 نومبر (اے پی پی):', 'لاہور'],
  ])('reads "%s"', (dateline, place) => {
    expect(clean([`${dateline}${urdu}`])).toMatchObject({ place, agency: 'APP', paragraphs: [urdu] });
  });

  it('still reads the comma and the spaced date', () => {
    expect(clean([`اسلام آباد، 27 نومبر (اے پی پی): ${urdu}`])).toMatchObject({ place: 'اسلام آباد', agency: 'APP', paragraphs: [urdu] });
  });
});

describe('a channel prompt that asks to follow "our" channel, and a clip\'s or a picture\'s bare credit', () => {
  // Before: each stayed inside the copy ("Follow … on WhatsApp" and "Join our WhatsApp channel" were read; "Photo: ANI" was).
  it.each([
    'Follow our WhatsApp channel',
    'Follow our WhatsApp channel for the latest updates',
    '📲 Follow our WhatsApp channel for latest news',
    'Video: ANI',
    '(Video: IANS)',
    'Video Credit: ANI',
    'Credit: ANI',
    '(Credits: PTI)',
    'Credit: X/@ANI',
  ])('drops "%s" inside the copy', (line) => {
    expect(clean([lead, line, last])).toMatchObject({ place: 'Mumbai', agency: 'IANS', paragraphs: [first, last] });
  });

  it.each([
    'Follow our lead, the minister told states on Friday.',
    'Credit: the bank said lending grew 4 percent in October.',
    'Credit: ANI reported the figure first, the ministry said.',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });
});

describe('APP\'s mark between slashes and BSS\'s Bangla desk initials', () => {
  const app = 'Quetta, Nov 27 (APP): The provincial government will open 40 new schools in Zhob by March.';
  const appFirst = 'The provincial government will open 40 new schools in Zhob by March.';
  const appLast = 'Each school will have six teachers.';
  const bangla = 'রাজশাহী, ২৭ নভেম্বর, ২০২৬ (বাসস) : সরকার মার্চের মধ্যে নতুন ৪০টি স্বাস্থ্যকেন্দ্র চালু করবে।';
  const banglaFirst = 'সরকার মার্চের মধ্যে নতুন ৪০টি স্বাস্থ্যকেন্দ্র চালু করবে।';
  const banglaLast = 'প্রতিটি কেন্দ্রে দুজন চিকিৎসক থাকবেন।';

  // Before: "/APP/" run into the last sentence stayed; BSS's Bangla initials stayed, on their own line or run in.
  it('drops "/APP/" run into the last sentence', () => {
    expect(clean([app, `${appLast} /APP/`])).toMatchObject({ place: 'Quetta', agency: 'APP', paragraphs: [appFirst, appLast] });
  });

  it.each(['বাসস/এএসজি/১৫৩০', 'বাসস/এএসজি/আরজে/১৫৩০'])('drops "%s", on its own line and run into the last sentence', (signOff) => {
    expect(clean([bangla, banglaLast, signOff])).toMatchObject({ place: 'রাজশাহী', agency: 'BSS', paragraphs: [banglaFirst, banglaLast] });
    expect(clean([bangla, `${banglaLast} ${signOff}`]).paragraphs).toEqual([banglaFirst, banglaLast]);
  });

  it('keeps a last Bangla sentence that names the agency', () => {
    const line = 'বাসস/ইউএনবি জানিয়েছে, কাজ মার্চে শেষ হবে।';
    expect(clean([bangla, line]).paragraphs).toEqual([banglaFirst, line]);
  });
});

describe('a Hindi page\'s box of other stories\' headlines under the copy', () => {
  const hindiLead = 'नई दिल्ली, 27 नवंबर (आईएएनएस)। केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।';
  const hindiFirst = 'केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।';
  const hindiLast = 'योजना पर 3,000 करोड़ रुपये खर्च होंगे।';
  const headlines = ['सेंसेक्स 400 अंक गिरा, आईटी शेयरों में बिकवाली', 'भारत ने एडिलेड टेस्ट छह विकेट से जीता'];
  const teasers = ['सेंसेक्स 400 अंक गिर गया और आईटी शेयरों में भारी बिकवाली देखी गई।', 'भारत ने एडिलेड टेस्ट छह विकेट से जीत लिया है।'];

  // Before: the heading and the teasers stayed as the story's last paragraphs.
  it.each([
    ['"ताज़ा ख़बरें" over headlines, then "--आईएएनएस"', ['ताज़ा ख़बरें', ...headlines, '--आईएएनएस']],
    ['"ताजा खबरें", without the nukta, over headlines', ['ताजा खबरें', ...headlines]],
    ['"संबंधित खबरें" over a headline', ['संबंधित खबरें', headlines[0]!]],
    ['"ताज़ा ख़बरें" over sentences the box\'s own sign-off closes', ['ताज़ा ख़बरें', ...teasers, '--आईएएनएस']],
  ])('drops %s', (_what, box) => {
    expect(clean([hindiLead, hindiLast, ...box])).toMatchObject({ place: 'नई दिल्ली', agency: 'IANS', paragraphs: [hindiFirst, hindiLast] });
  });

  it('keeps the copy under "ताज़ा ख़बरें" when no sign-off closes it', () => {
    const more = ['सरकार ने कहा कि पहले केंद्र मार्च में खुलेंगे और हर केंद्र में दो डॉक्टर होंगे।', 'बाकी केंद्र जून तक खुल जाएंगे।'];
    expect(clean([hindiLead, hindiLast, 'ताज़ा ख़बरें', ...more]).paragraphs).toEqual([hindiFirst, hindiLast, ...more]);
  });
});

type Story = [string, string[], string[], string | null, string | null];

/**
 * The agencies of India (PTI, IANS, ANI, UNI), Pakistan (APP), Bangladesh (BSS, UNB), Nepal (RSS) and Sri Lanka (Lanka Puvath), as the
 * region's sites carry them: their datelines, sign-offs and desk initials, the sites' syndication notes, teasers, ads, prompts and credits.
 */
const stories: Story[] = [
  ['PTI plain, desk initials', [
    'New Delhi, Nov 27 (PTI) The Union Cabinet on Friday cleared a Rs 4,200-crore plan to upgrade 120 district hospitals over three years.',
    'The plan will add 9,000 beds, Health Minister said at a briefing.',
    'PTI ABC DEF'], [
    'The Union Cabinet on Friday cleared a Rs 4,200-crore plan to upgrade 120 district hospitals over three years.',
    'The plan will add 9,000 beds, Health Minister said at a briefing.'], 'New Delhi', 'PTI'],
  ['PTI three desk initials with RC and an edit disclaimer', [
    'Mumbai, Nov 27 (PTI) The Sensex climbed 512 points on Friday as banking shares rallied on hopes of a rate cut.',
    'The Nifty closed at 24,880.',
    'PTI XYZ RC',
    '(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)'], [
    'The Sensex climbed 512 points on Friday as banking shares rallied on hopes of a rate cut.',
    'The Nifty closed at 24,880.'], 'Mumbai', 'PTI'],
  ['IANS capitals with colon, --IANS and desk initials', [
    'NEW DELHI, Nov 27 (IANS): India and Oman on Friday agreed to start talks on a maritime security pact, officials said.',
    'The talks will begin in January in Muscat.',
    '--IANS',
    'sd/as'], [
    'India and Oman on Friday agreed to start talks on a maritime security pact, officials said.',
    'The talks will begin in January in Muscat.'], 'NEW DELHI', 'IANS'],
  ['ANI place with state and country', [
    'Bhubaneswar (Odisha) [India], Nov 27 (ANI): The Odisha government on Friday launched a scheme to give 50,000 farmers solar pumps at a subsidised price.',
    'The pumps will be installed by March, an official said.',
    '(ANI)'], [
    'The Odisha government on Friday launched a scheme to give 50,000 farmers solar pumps at a subsidised price.',
    'The pumps will be installed by March, an official said.'], 'Bhubaneswar', 'ANI'],
  ['ANI: "/ANI" run into the last sentence (before: kept)', [
    'Srinagar (Jammu and Kashmir) [India], November 27 (ANI): Fresh snowfall closed the Mughal Road for traffic on Friday, officials said.',
    'The road will reopen once the snow is cleared, they said./ANI'], [
    'Fresh snowfall closed the Mughal Road for traffic on Friday, officials said.',
    'The road will reopen once the snow is cleared, they said.'], 'Srinagar', 'ANI'],
  ['ANI with only the headline disclaimer', [
    'Guwahati (Assam) [India], Nov 27 (ANI): Assam will host a three-day tea festival in Jorhat from December 5, the state tourism department said on Friday.',
    'Around 60 tea estates will take part.',
    '(ANI)',
    '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)'], [
    'Assam will host a three-day tea festival in Jorhat from December 5, the state tourism department said on Friday.',
    'Around 60 tea estates will take part.'], 'Guwahati', 'ANI'],
  ['ANI on Devdiscourse with a disclaimer heading', [
    'Kolkata (West Bengal) [India], Nov 27 (ANI): The Kolkata Metro will run extra services on the Purple Line from Monday, a spokesperson said on Friday.',
    'Trains will run every eight minutes during peak hours.',
    '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)'], [
    'The Kolkata Metro will run extra services on the Purple Line from Monday, a spokesperson said on Friday.',
    'Trains will run every eight minutes during peak hours.'], 'Kolkata', 'ANI'],
  ['UNI with its sign-off initials', [
    'Chennai, Nov 27 (UNI) Heavy rain lashed Chennai and its suburbs on Friday, flooding several low-lying areas.',
    'Schools in four districts will stay shut on Saturday.',
    'UNI AK SSP'], [
    'Heavy rain lashed Chennai and its suburbs on Friday, flooding several low-lying areas.',
    'Schools in four districts will stay shut on Saturday.'], 'Chennai', 'UNI'],
  ['APP with colon and a full month', [
    'Islamabad, November 27 (APP): Pakistan and Uzbekistan on Friday signed an agreement to raise bilateral trade to $2 billion within three years.',
    'The agreement was signed at the Foreign Office.'], [
    'Pakistan and Uzbekistan on Friday signed an agreement to raise bilateral trade to $2 billion within three years.',
    'The agreement was signed at the Foreign Office.'], 'Islamabad', 'APP'],
  ['APP on Dawn with a published stamp', [
    'Published November 27, 2026',
    'LAHORE, Nov 27 (APP): The Punjab government on Friday announced a ban on smoke-emitting vehicles in Lahore until the end of January.',
    'Traffic police will fine offenders Rs 10,000.'], [
    'The Punjab government on Friday announced a ban on smoke-emitting vehicles in Lahore until the end of January.',
    'Traffic police will fine offenders Rs 10,000.'], 'LAHORE', 'APP'],
  ['BSS Dhaka with a dash', [
    'DHAKA, Nov 27, 2026 (BSS) - Bangladesh\'s exports rose 11 percent in October from a year earlier, the Export Promotion Bureau said on Friday.',
    'Garments made up 82 percent of the total.',
    'BSS/GMR/RY/1530'], [
    'Bangladesh\'s exports rose 11 percent in October from a year earlier, the Export Promotion Bureau said on Friday.',
    'Garments made up 82 percent of the total.'], 'DHAKA', 'BSS'],
  ['UNB with a dash and Daily Star chrome', [
    'Dhaka, Nov 27 (UNB) - The government will import 500,000 tonnes of rice from Myanmar and Vietnam to stabilise prices, the food adviser said on Friday.',
    'The first shipment is due in December.',
    'Follow The Daily Star on WhatsApp'], [
    'The government will import 500,000 tonnes of rice from Myanmar and Vietnam to stabilise prices, the food adviser said on Friday.',
    'The first shipment is due in December.'], 'Dhaka', 'UNB'],
  ['RSS Nepal with colon', [
    'Kathmandu, Nov 27 (RSS): Nepal Airlines will start direct flights to Osaka from February, the national carrier said on Friday.',
    'The flights will run three times a week.'], [
    'Nepal Airlines will start direct flights to Osaka from February, the national carrier said on Friday.',
    'The flights will run three times a week.'], 'Kathmandu', 'RSS'],
  ['Lanka Puvath', [
    'COLOMBO, Nov 27 (Lanka Puvath) - Sri Lanka\'s tourist arrivals crossed two million for the year on Friday, the tourism authority said.',
    'India remained the largest source market.'], [
    'Sri Lanka\'s tourist arrivals crossed two million for the year on Friday, the tourism authority said.',
    'India remained the largest source market.'], 'COLOMBO', 'Lanka Puvath'],
  ['ThePrint with Also Read and a PTI footer', [
    'New Delhi, Nov 27 (PTI) The Supreme Court on Friday asked the Centre to file a fresh report on the cleaning of the Yamuna within six weeks.',
    'Also Read | SC pulls up Delhi govt over stray dog shelters',
    'The bench said the last report lacked figures.',
    'PTI ABA RT',
    'This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.'], [
    'The Supreme Court on Friday asked the Centre to file a fresh report on the cleaning of the Yamuna within six weeks.',
    'The bench said the last report lacked figures.'], 'New Delhi', 'PTI'],
  ['The Week with a disclaimer prefix', [
    'Bengaluru, Nov 27 (PTI) Karnataka will set up 25 new fast-track courts to hear cases of crimes against children, the law minister said on Friday.',
    'The courts will start work by April.',
    'PTI GMS KH',
    'Disclaimer: This story is auto-generated from a syndicated feed. The Week takes no responsibility for its content.'], [
    'Karnataka will set up 25 new fast-track courts to hear cases of crimes against children, the law minister said on Friday.',
    'The courts will start work by April.'], 'Bengaluru', 'PTI'],
  ['Outlook with a READ | teaser', [
    'Jaipur, Nov 27 (PTI) Rajasthan recorded the season\'s lowest temperature on Friday, with Fatehpur at 3.2 degrees Celsius.',
    'READ | Cold wave grips north India, Delhi shivers at 6 degrees',
    'The weather office has forecast dry weather for the week.'], [
    'Rajasthan recorded the season\'s lowest temperature on Friday, with Fatehpur at 3.2 degrees Celsius.',
    'The weather office has forecast dry weather for the week.'], 'Jaipur', 'PTI'],
  ['Deccan Herald with ALSO READ: and ads', [
    'Bengaluru, Nov 27 (IANS) The Bengaluru civic body on Friday approved a plan to build 40 new underpasses across the city.',
    'Advertisement',
    'ALSO READ: Bengaluru traffic police to deploy AI cameras at 50 junctions',
    'The work is expected to take four years.',
    'Advertisement'], [
    'The Bengaluru civic body on Friday approved a plan to build 40 new underpasses across the city.',
    'The work is expected to take four years.'], 'Bengaluru', 'IANS'],
  ['Tribune with a Story continues below this ad', [
    'Chandigarh, Nov 27 (PTI) Punjab and Haryana recorded 1,200 fewer farm fires this season than last, officials said on Friday.',
    'Story continues below this ad',
    'Officials credited the drop to machines given to farmers.'], [
    'Punjab and Haryana recorded 1,200 fewer farm fires this season than last, officials said on Friday.',
    'Officials credited the drop to machines given to farmers.'], 'Chandigarh', 'PTI'],
  ['Free Press Journal with a photo credit and a Click here prompt', [
    '(Photo: IANS)',
    'Indore, Nov 27 (IANS) Indore topped the cleanliness survey for the ninth year running, the housing ministry said on Friday.',
    'The city was followed by Surat and Navi Mumbai.',
    'Click here to join our WhatsApp channel for the latest news updates.'], [
    'Indore topped the cleanliness survey for the ninth year running, the housing ministry said on Friday.',
    'The city was followed by Surat and Navi Mumbai.'], 'Indore', 'IANS'],
  ['Daily Pioneer: an updated stamp and a file photo credit over the dateline', [
    'Updated: Nov 27, 2026, 14:05 IST',
    '(File Photo)',
    'Lucknow, Nov 27 (PTI) Uttar Pradesh will build a film city near the Noida airport by 2029, the state government said on Friday.',
    'The project will cost Rs 10,000 crore.'], [
    'Uttar Pradesh will build a film city near the Noida airport by 2029, the state government said on Friday.',
    'The project will cost Rs 10,000 crore.'], 'Lucknow', 'PTI'],
  ['Lokmat Times with a representational credit and a Telegram prompt', [
    'Pune, Nov 27 (ANI): The Pune Metro will extend its Line 3 to Hinjewadi Phase 3 by June, officials said on Friday.',
    '(Representational image)',
    'Officials said trials would begin in April.',
    'Join our Telegram channel for the latest updates'], [
    'The Pune Metro will extend its Line 3 to Hinjewadi Phase 3 by June, officials said on Friday.',
    'Officials said trials would begin in April.'], 'Pune', 'ANI'],
  ['IANS Hindi with इनपुट', [
    'नई दिल्ली, 27 नवंबर (आईएएनएस)। केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।',
    'योजना पर 3,000 करोड़ रुपये खर्च होंगे।',
    'इनपुट-आईएएनएस'], [
    'केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।',
    'योजना पर 3,000 करोड़ रुपये खर्च होंगे।'], 'नई दिल्ली', 'IANS'],
  ['The News with APP dateline and year', [
    'KARACHI, November 27, 2026 (APP): The Karachi Port handled a record 5.8 million tonnes of cargo in October, the port trust said on Friday.',
    'Container traffic rose 14 percent.'], [
    'The Karachi Port handled a record 5.8 million tonnes of cargo in October, the port trust said on Friday.',
    'Container traffic rose 14 percent.'], 'KARACHI', 'APP'],
  ['Express Tribune: APP with a dash, the print edition\'s line', [
    'PESHAWAR, Nov 27 (APP) - Khyber Pakhtunkhwa will open 300 new schools in merged districts next year, the education minister said on Friday.',
    'The schools will enrol 60,000 children.',
    'Published in The Express Tribune, November 28th, 2026.'], [
    'Khyber Pakhtunkhwa will open 300 new schools in merged districts next year, the education minister said on Friday.',
    'The schools will enrol 60,000 children.'], 'PESHAWAR', 'APP'],
  ['Dhaka Tribune with a BSS dash and a read more', [
    'Chattogram, Nov 27 (BSS) - The Chattogram port will run round the clock from December to clear a backlog of 40,000 containers, officials said on Friday.',
    'The backlog built up during a strike last week.',
    'Read More: Bay terminal work to begin next year'], [
    'The Chattogram port will run round the clock from December to clear a backlog of 40,000 containers, officials said on Friday.',
    'The backlog built up during a strike last week.'], 'Chattogram', 'BSS'],
  ['New Age with UNB and a full month', [
    'Sylhet, November 27 (UNB) - Tea production in Sylhet rose 9 percent this season thanks to good rainfall, the tea board said on Friday.',
    'The board expects a record crop.'], [
    'Tea production in Sylhet rose 9 percent this season thanks to good rainfall, the tea board said on Friday.',
    'The board expects a record crop.'], 'Sylhet', 'UNB'],
  ['Kathmandu Post RSS with a year', [
    'Pokhara, Nov 27, 2026 (RSS): Pokhara International Airport will get its first scheduled international flight next month, the airport chief said on Friday.',
    'A Chinese carrier will fly from Kunming twice a week.'], [
    'Pokhara International Airport will get its first scheduled international flight next month, the airport chief said on Friday.',
    'A Chinese carrier will fly from Kunming twice a week.'], 'Pokhara', 'RSS'],
  ['PTI: a date with its year, The Week\'s note', [
    'Thiruvananthapuram, Nov 27, 2026 (PTI) Kerala will open 12 new government nursing colleges next year, the health minister said on Friday.',
    'The colleges will add 720 seats.',
    'PTI TGB ROH',
    '(This story has not been edited by THE WEEK and is auto-generated from PTI)'], [
    'Kerala will open 12 new government nursing colleges next year, the health minister said on Friday.',
    'The colleges will add 720 seats.'], 'Thiruvananthapuram', 'PTI'],
  ['ANI on Lokmat Times: its auto-published disclaimer', [
    'Hyderabad (Telangana) [India], Nov 27 (ANI): The Telangana government on Friday sanctioned Rs 800 crore for new roads in tribal areas.',
    'Work will start in January.',
    'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor'], [
    'The Telangana government on Friday sanctioned Rs 800 crore for new roads in tribal areas.',
    'Work will start in January.'], 'Hyderabad', 'ANI'],
  ['IANS with a photo credit run in and --IANS on the last line', [
    'Patna, Nov 27 (IANS) Bihar will recruit 30,000 teachers in the next round, Education Minister said on Friday. (Photo: IANS)',
    'The exam will be held in March. --IANS'], [
    'Bihar will recruit 30,000 teachers in the next round, Education Minister said on Friday.',
    'The exam will be held in March.'], 'Patna', 'IANS'],
];

describe('seventeenth wire sweep', () => {
  it.each(stories)('%s', (_what, input, paragraphs, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs, place, agency });
  });

  it.each([
    'PTI reported on Friday that the Railways would add 1,000 general coaches by March.',
    'The ANI report, which cited officials, said the talks would resume next week.',
    'Also read the full text of the order, which runs to 140 pages, the court said.',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptInsideCopy(line);
  });

  it.each([
    'Chandigarh, Mohali and Panchkula will get 200 electric buses under a new scheme, the UT administration said on Friday.',
    'Islamabad and Kabul have agreed to reopen the Torkham crossing, officials said on Friday.',
    'Dhaka, Nov 27 saw the year\'s heaviest traffic as the capital prepared for the holiday, police said.',
  ])('keeps "%s", which opens with a place and is no dateline', (line) => {
    expectKeptAsFirstAndInside(line);
  });
});
