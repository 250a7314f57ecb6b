import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-second sweep: the twenty-first's leftovers (Petra's and the BNA's sign-offs run into the last sentence, Bernama's run in
 * over its desk initials, the Gulf agencies' marks in Arabic script) and the in-copy chrome of India's and South Asia's outlets as
 * their feeds carry it now: embedded posts left as text, poll widgets, live-page links, channel prompts run into the last sentence,
 * and a lead picture's caption and credit run into the first paragraph. Each story is written for this test after how the outlets set
 * their copy; the agencies' names and marks are theirs.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-second-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const first = 'The ministry said non-oil exports rose 8 per cent in October from a year earlier.';
const last = 'The next review is due in February.';
const pti = `New Delhi, Nov 27 (PTI) ${first}`;

describe('the twenty-first sweep\'s leftovers', () => {
  // Before: each sign-off stayed in the last paragraph (and Bernama's initials under it).
  it.each([
    [[`Amman, Nov. 27 (Petra) -- ${first}`, `${last} //Petra// AF`], 'Amman', 'Petra'],
    [[`Amman, Nov. 27 (Petra) -- ${first}`, `${last} //Petra// AF`, '27/11/2026 10:05:17'], 'Amman', 'Petra'],
    [[`Manama, Nov. 27 (BNA): ${first}`, `${last} BNA 1005 GMT 2026`], 'Manama', 'BNA'],
    [[`Manama, Nov. 27 (BNA): ${first}`, last, 'SH/MS BNA 1005 GMT 2026'], 'Manama', 'BNA'],
    [[`KUALA LUMPUR, Nov 27 (Bernama) -- ${first}`, `${last} -- BERNAMA`, 'NMA/ZIM'], 'KUALA LUMPUR', 'Bernama'],
    // Under a staff dateline the run-in sign-off names the agency.
    [[`KUALA LUMPUR: ${first}`, `${last} -- BERNAMA`, 'NMA/ZIM'], 'KUALA LUMPUR', 'Bernama'],
    [[`Doha, November 27 (QNA) - ${first}`, `${last} /قنا/`], 'Doha', 'QNA'],
    [[`Doha, November 27 (QNA) - ${first}`, last, '/قنا/'], 'Doha', 'QNA'],
    [[`Riyadh, November 27, 2026, SPA -- ${first}`, last, '(واس)'], 'Riyadh', 'SPA'],
    [[`Riyadh, November 27, 2026, SPA -- ${first}`, `${last} (واس)`], 'Riyadh', 'SPA'],
  ] as [string[], string, string][])('%j: copy only, at %s, signed %s', (input, place, agency) => {
    const copy = clean(input);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it.each([
    // Initials in copy, and a time in GMT in a sentence.
    'The SH/MS ratio fell to 1.2, the report said.',
    'The BNA said the session closed at 1005 GMT on Friday.',
    // Double slashes in an address.
    'The tender is on the ministry site at https://mwi.gov.jo/tenders.',
  ])('keeps "%s" as the last paragraph', (line) => {
    const copy = clean([`Amman, Nov. 27 (Petra) -- ${first}`, line]);
    expect(copy.paragraphs).toEqual([first, line]);
  });

  it('reads Anadolu\'s bare "ANKARA" as the place only: the agency comes from its footer or the feed\'s byline, not from the place', () => {
    const bare = clean(['ANKARA', first, last]);
    expect(bare.paragraphs).toEqual([first, last]);
    expect([bare.place, bare.agency]).toEqual(['ANKARA', null]);
    const footer = 'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.';
    expect(clean(['ANKARA', first, last, footer]).agency).toBe('Anadolu');
    // A feed whose byline or outlet names Anadolu credits it when the story is stored (normalise's byline agency), not the cleaner.
    expect(cleanWireCopy(withoutFurniture(['ANKARA', first, last]), { agency: 'Anadolu' }).agency).toBeNull();
  });
});

describe('embedded posts, polls and live-page links', () => {
  // Before: the post's caption, the poll and the links stayed.
  it.each([
    [[pti, 'View this post on Instagram', 'Grateful for all the love. #Blessed', 'A post shared by Virat Kohli (@virat.kohli)', last]],
    [[pti, 'Poll: Should the government ban firecrackers during Diwali? Yes No Can\'t say', last]],
    [[pti, 'Poll', 'Should the government ban firecrackers during Diwali?', 'Yes', 'No', 'Can\'t say', last]],
    [[pti, 'Follow live updates here', last]],
    [[pti, 'Follow LIVE updates on the Maharashtra election results here', last]],
    [[pti, `${last} Click here to join our WhatsApp channel`]],
    [[pti, `${last} Follow live updates here.`]],
  ])('%j: copy only', (input) => {
    expect(clean(input).paragraphs).toEqual([first, last]);
  });

  it.each([
    // A story about a post, a poll reported in a sentence, a quoted "Watch:", a prompt quoted as a sentence.
    'A post shared by the actor on Instagram drew two million likes in a day.',
    'View this post on Instagram, the actor told fans in a video, pointing to her statement.',
    'Poll: 62 per cent of voters said yes, a CVoter survey found.',
    'In the poll, 62 per cent said yes, 30 per cent said no and the rest could not say.',
    '"WATCH: the minister said, we will act," the post read.',
    'Follow live updates here, the commission urged voters on Friday.',
    'The file photo showed the minister at the site in 2019.',
  ])('keeps "%s" between paragraphs of copy', (line) => {
    expect(clean([pti, line, last]).paragraphs).toEqual([first, line, last]);
  });

  it('drops a poll\'s heading alone over a sentence, and keeps the sentence', () => {
    const line = 'Most voters back simultaneous polls, a survey found.';
    expect(clean([pti, 'Poll', line, last]).paragraphs).toEqual([first, line, last]);
  });

  it('drops a poll\'s heading alone over a sentence, and keeps the sentence', () => {
    const line = 'Most voters back simultaneous polls, a survey found.';
    expect(clean([pti, 'Poll', line, last]).paragraphs).toEqual([first, line, last]);
  });

  it('keeps an Instagram embed\'s lines as copy when they close no embed', () => {
    const line = 'Grateful for all the love, she wrote.';
    expect(clean([pti, line, 'A post shared by Virat Kohli (@virat.kohli)', last]).paragraphs).toEqual([first, line, last]);
  });
});

describe('a lead picture\'s caption and credit run into the copy', () => {
  // Before: the first paragraph went whole, or the caption stayed in it (and was read into the place).
  it.each([
    [[`${pti} (Representative image)`, last], 'New Delhi', 'PTI'],
    [[`${pti} (Photo: PTI)`, last], 'New Delhi', 'PTI'],
    [[`(Representative image) ${pti}`, last], 'New Delhi', 'PTI'],
    [[`Prime Minister Narendra Modi. (Photo: PTI) ${pti}`, last], 'New Delhi', 'PTI'],
    [[`Prime Minister Narendra Modi addresses a rally in Varanasi. (Photo: PTI) NEW DELHI: ${first}`, last], 'NEW DELHI', null],
    [[`Prime Minister Narendra Modi. (Photo: PTI) ${first}`, last], null, null],
    [[`Union Finance Minister Nirmala Sitharaman (File photo/PTI) ${first}`, last], null, null],
  ] as [string[], string | null, string | null][])('%j: copy only', (input, place, agency) => {
    const copy = clean(input);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it('keeps a sentence of copy before a credit where no dateline follows (the credit goes)', () => {
    const copy = clean(['Prime Minister Narendra Modi addresses a rally in Varanasi. (Photo: PTI) The ministry said exports rose.', last]);
    expect(copy.paragraphs).toEqual(['Prime Minister Narendra Modi addresses a rally in Varanasi. The ministry said exports rose.', last]);
    expect(clean(['The minister spoke at the rally. (Photo: ANI) She said the plan would pass.', last]).paragraphs).toEqual([
      'The minister spoke at the rally. She said the plan would pass.',
      last,
    ]);
  });
});

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  // Read before this sweep: the feed's check that they stay read.
  ['Diwali sales', p(`Mumbai, Nov 27 (PTI) Diwali sales rose 12 per cent this year, traders said.`, 'WATCH: Crowds throng Crawford Market ahead of Diwali', 'Gold led the rise.', '(Representative image)'), ['Diwali sales rose 12 per cent this year, traders said.', 'Gold led the rise.'], 'Mumbai', 'PTI'],
  ['Farmers post', p('New Delhi, Nov 27 (PTI) The prime minister praised farmers for a record kharif harvest.', 'Proud of our farmers and their hard work. #Kisan pic.twitter.com/AbCdEf123', '— Narendra Modi (@narendramodi) November 27, 2026', 'Procurement opens on Monday.'), ['The prime minister praised farmers for a record kharif harvest.', 'Procurement opens on Monday.'], 'New Delhi', 'PTI'],
  ['News18 desk', p('Reported By: Rahul Sharma', 'Edited By: Ashish Kumar Singh', 'Last Updated: November 27, 2026, 10:05 IST', 'NEW DELHI: The Election Commission announced bypolls to 14 Assembly seats.', 'Counting is on December 20.'), ['The Election Commission announced bypolls to 14 Assembly seats.', 'Counting is on December 20.'], 'NEW DELHI', null],
  ['India Today foot', p('Chennai, Nov 27 (PTI) Heavy rain shut schools in four districts of Tamil Nadu on Friday.', 'More rain is forecast.', 'Published By: Tanushree Roy', 'Published On: Nov 27, 2026'), ['Heavy rain shut schools in four districts of Tamil Nadu on Friday.', 'More rain is forecast.'], 'Chennai', 'PTI'],
  ['Dawn foot', p('ISLAMABAD: The State Bank of Pakistan cut its policy rate by 100 basis points to 11 per cent.', 'Inflation eased to 6pc in October.', 'Published in Dawn, November 27th, 2026'), ['The State Bank of Pakistan cut its policy rate by 100 basis points to 11 per cent.', 'Inflation eased to 6pc in October.'], 'ISLAMABAD', null],
  ['Bahrain line', p('Manama, Nov. 27 (BNA): The Cabinet approved the draft budget for 2027 and 2028.', 'It goes to parliament next month.', 'SH/MS', 'BNA 1005 GMT 2026'), ['The Cabinet approved the draft budget for 2027 and 2028.', 'It goes to parliament next month.'], 'Manama', 'BNA'],
  // Not read before this sweep.
  ['Amman water', p('Amman, Nov. 27 (Petra) -- The water ministry said the Aqaba-Amman conveyor will be tendered in March.', 'It will carry 300 million cubic metres a year. //Petra// AF'), ['The water ministry said the Aqaba-Amman conveyor will be tendered in March.', 'It will carry 300 million cubic metres a year.'], 'Amman', 'Petra'],
  ['Bahrain budget', p('Manama, Nov. 27 (BNA): The Shura Council passed the public debt law on Friday.', 'It caps borrowing at 120 per cent of GDP. BNA 1005 GMT 2026'), ['The Shura Council passed the public debt law on Friday.', 'It caps borrowing at 120 per cent of GDP.'], 'Manama', 'BNA'],
  ['Malaysia palm oil', p('KUALA LUMPUR, Nov 27 (Bernama) -- Malaysia\'s palm oil exports rose 5 per cent in the first 25 days of November.', 'India was the largest buyer. -- BERNAMA', 'NMA/ZIM'), ['Malaysia\'s palm oil exports rose 5 per cent in the first 25 days of November.', 'India was the largest buyer.'], 'KUALA LUMPUR', 'Bernama'],
  ['Doha LNG', p('Doha, November 27 (QNA) - QatarEnergy signed a 15-year LNG supply deal with a Japanese utility.', 'Deliveries start in 2028. /قنا/'), ['QatarEnergy signed a 15-year LNG supply deal with a Japanese utility.', 'Deliveries start in 2028.'], 'Doha', 'QNA'],
  ['Riyadh housing', p('Riyadh, November 27, 2026, SPA -- The housing ministry handed over 12,000 homes to families this year.', 'More are due in the first quarter.', '(واس)'), ['The housing ministry handed over 12,000 homes to families this year.', 'More are due in the first quarter.'], 'Riyadh', 'SPA'],
  ['Kohli post', p('Mumbai, Nov 27 (PTI) Virat Kohli thanked fans after his 52nd ODI century.', 'View this post on Instagram', 'Grateful for all the love. #Blessed', 'A post shared by Virat Kohli (@virat.kohli)', 'India lead the series 2-0.'), ['Virat Kohli thanked fans after his 52nd ODI century.', 'India lead the series 2-0.'], 'Mumbai', 'PTI'],
  ['Firecracker ban', p('New Delhi, Nov 27 (PTI) The Delhi government extended its firecracker ban to January 1.', 'Poll: Should the government ban firecrackers during Diwali? Yes No Can\'t say', 'Violators face fines.'), ['The Delhi government extended its firecracker ban to January 1.', 'Violators face fines.'], 'New Delhi', 'PTI'],
  ['Zee poll', p('Lucknow, Nov 27 (PTI) The state cabinet approved a new excise policy on Friday.', 'Poll', 'Should liquor shops close at 10 pm?', 'Yes', 'No', 'Can\'t say', 'It takes effect in April.'), ['The state cabinet approved a new excise policy on Friday.', 'It takes effect in April.'], 'Lucknow', 'PTI'],
  ['Results live', p('Mumbai, Nov 27 (PTI) Counting of votes for the Maharashtra Assembly began at 8 am.', 'Follow LIVE updates on the Maharashtra election results here', 'Early trends favour the ruling alliance.'), ['Counting of votes for the Maharashtra Assembly began at 8 am.', 'Early trends favour the ruling alliance.'], 'Mumbai', 'PTI'],
  ['Channel prompt', p('Kolkata, Nov 27 (PTI) The metro\'s Purple Line will open to the airport in January.', 'Trial runs start next week. Click here to join our WhatsApp channel'), ['The metro\'s Purple Line will open to the airport in January.', 'Trial runs start next week.'], 'Kolkata', 'PTI'],
  ['Rate cut caption', p('Prime Minister Narendra Modi. (Photo: PTI) New Delhi, Nov 27 (PTI) The prime minister will visit Japan next month for the annual summit.', 'Trade will top the agenda.'), ['The prime minister will visit Japan next month for the annual summit.', 'Trade will top the agenda.'], 'New Delhi', 'PTI'],
  ['Budget caption', p('Union Finance Minister Nirmala Sitharaman (File photo/PTI) The finance ministry will begin pre-budget talks with states on Monday.', 'The budget is due on February 1.'), ['The finance ministry will begin pre-budget talks with states on Monday.', 'The budget is due on February 1.'], null, null],
  ['Repr image run in', p('Bengaluru, Nov 27 (PTI) Bengaluru\'s suburban rail project will miss its 2026 deadline, officials said. (Representative image)', 'The first corridor is 60 per cent done.'), ['Bengaluru\'s suburban rail project will miss its 2026 deadline, officials said.', 'The first corridor is 60 per cent done.'], 'Bengaluru', 'PTI'],
  ['Hyderabad rally', p('Prime Minister Narendra Modi addresses a rally in Hyderabad. (Photo: PTI) HYDERABAD: Voting for the civic polls will be held on December 14.', 'Results are due on December 17.'), ['Voting for the civic polls will be held on December 14.', 'Results are due on December 17.'], 'HYDERABAD', null],
  // Guards: copy that reads like the chrome above.
  ['Viral post', p('Mumbai, Nov 27 (PTI) An actor\'s post about her mother went viral on Friday.', 'A post shared by the actor on Instagram drew two million likes in a day.', 'Fans flooded the comments.'), ['An actor\'s post about her mother went viral on Friday.', 'A post shared by the actor on Instagram drew two million likes in a day.', 'Fans flooded the comments.'], 'Mumbai', 'PTI'],
  ['Survey', p('New Delhi, Nov 27 (PTI) Most voters back simultaneous polls, a survey found.', 'Poll: 62 per cent of voters said yes, a CVoter survey found.', 'The rest were unsure.'), ['Most voters back simultaneous polls, a survey found.', 'Poll: 62 per cent of voters said yes, a CVoter survey found.', 'The rest were unsure.'], 'New Delhi', 'PTI'],
  ['Quoted watch', p('Patna, Nov 27 (PTI) The minister\'s video message was shared widely.', '"WATCH: the minister said, we will act," the post read.', 'The file photo showed the minister at the site in 2019.'), ['The minister\'s video message was shared widely.', '"WATCH: the minister said, we will act," the post read.', 'The file photo showed the minister at the site in 2019.'], 'Patna', 'PTI'],
  ['Commission urges', p('New Delhi, Nov 27 (PTI) The poll panel set up a results portal.', 'Follow live updates here, the commission urged voters on Friday.'), ['The poll panel set up a results portal.', 'Follow live updates here, the commission urged voters on Friday.'], 'New Delhi', 'PTI'],
  ['Anadolu place', p('ANKARA', 'Turkiye\'s central bank held its policy rate at 47.5 per cent on Thursday.', 'Markets had expected a hold.'), ['Turkiye\'s central bank held its policy rate at 47.5 per cent on Thursday.', 'Markets had expected a hold.'], 'ANKARA', null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twenty-second wire sweep, through a poll', () => {
  it('stores each story without the outlets\' chrome and the agencies\' run-in sign-offs, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire22/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
