import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-second sweep's leftovers: The Hindu's and the Tribune's place and date run into the first sentence with no mark,
 * outlets' "- Daily Mirror" credit lines under their copy, a video's link alone as a line, and a live page's link run into a
 * paragraph's end. Each story is written for this test after how the outlets set their copy.
 */
const clean = (input: string[], outlet?: string) => cleanWireCopy(withoutFurniture(input), { outlet });
const sweep = feedSweep('wire-twenty-third-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const first = 'The Supreme Court on Thursday stayed the demolition drive in the capital.';
const last = 'The next hearing is due in February.';

describe('a place and date run into the first sentence (The Hindu, the Tribune)', () => {
  // Before: the place (and date) stayed at the front of the first sentence, and no place was read.
  it.each([
    [`NEW DELHI ${first}`, 'NEW DELHI', null],
    ['NEW DELHI The city recorded its coldest morning of the season on Friday.', 'NEW DELHI', null],
    [`Chandigarh, November 27 ${first}`, 'Chandigarh', 'November 27'],
    [`CHENNAI ${first}`, 'CHENNAI', null],
  ] as [string, string, string | null][])('"%s": at %s', (line, place, date) => {
    const copy = clean([line, last]);
    expect(copy.paragraphs.slice(1)).toEqual([last]);
    expect(copy.paragraphs[0]).toBe(line.slice(line.indexOf(' The ') + 1));
    expect([copy.place, copy.date]).toEqual([place, date]);
  });

  it('reads a date and a dash after the place in capitals (AP\'s copy as AG News keeps it)', () => {
    const copy = clean([`NEW YORK Sept. 11, 2004 - ${first}`, last]);
    expect(copy.paragraphs).toEqual([first, last]);
    expect([copy.place, copy.date]).toEqual(['NEW YORK', 'Sept. 11, 2004']);
  });

  it.each([
    // A place written as a name with no date is a sentence's subject, or a title's start.
    'New Delhi The Musical opens at Kamani Auditorium on Friday.',
    'Chandigarh The City Beautiful, as Le Corbusier called it, turns 75 next year.',
    // A place the gazetteer does not know, and initials in capitals.
    'BJP The party said it would contest all seats.',
    'ZORBLAND The Rising is a fantasy novel.',
    // A name and a short month: kept as a sentence, as "Kathmandu, Nov 26 The valley …" is (the thirteenth sweep).
    `Chandigarh, Nov 27 ${first}`,
    // A date with no place before it.
    'November 27 The date was set by the commission.',
  ])('keeps "%s" whole, with no place', (line) => {
    const copy = clean([line, last]);
    expect(copy.paragraphs).toEqual([line, last]);
    expect(copy.place).toBeNull();
  });
});

describe('an outlet\'s own credit line under its copy', () => {
  // Before: "- Daily Mirror" stayed as the last paragraph.
  it.each([
    [[`Colombo, Nov 27 (Daily Mirror)- ${first}`, last, '- Daily Mirror'], undefined],
    [[`Colombo, Nov 27 (Daily Mirror)- ${first}`, last, '– Daily Mirror'], 'Daily Mirror'],
    [[first, last, '- Example News'], 'Example News'],
  ] as [string[], string | undefined][])('%j (outlet %s): copy only', (input, outlet) => {
    expect(clean(input, outlet).paragraphs).toEqual([first, last]);
  });

  it.each([
    // Another outlet's name alone is a list's item or a credit the desk keeps; a sentence naming the outlet is copy.
    [[first, last, '- Example News'], undefined],
    [[first, last, '- Daily Mirror reported the figures first.'], 'Daily Mirror'],
    [[first, last, '- Example News Weekly'], 'Example News'],
  ] as [string[], string | undefined][])('%j (outlet %s): kept', (input, outlet) => {
    expect(clean(input, outlet).paragraphs).toEqual(input);
  });
});

describe('video links and live-page links', () => {
  // Before: the video's link stayed; the live page's link stayed at the paragraph's end.
  it.each([
    [[first, 'Watch the video here:', last], [first, last]],
    [[first, 'Watch video:', last], [first, last]],
    [[first, 'WATCH VIDEO:', last], [first, last]],
    [[`${first} Follow live updates here`, last], [first, last]],
    [[`${first} Follow LIVE updates on the demolition drive here.`, last], [first, last]],
  ])('%j: copy only', (input, expected) => {
    expect(clean(input).paragraphs).toEqual(expected);
  });

  it.each([
    'Watch the video here: the minister says the plan is fully funded, the party said.',
    'Watch video: it shows the crowd breaking through the barricade, police said.',
    'Follow live updates here and on the party\'s site, the spokesperson told reporters.',
    'Voters were told to follow live updates here on the commission\'s portal.',
  ])('keeps "%s" between paragraphs of copy', (line) => {
    expect(clean([first, line, last]).paragraphs).toEqual([first, line, last]);
  });

  it('keeps the live-page link where it does not end its paragraph', () => {
    const line = `${first} Follow live updates here as counting goes on through the night.`;
    expect(clean([line, last]).paragraphs).toEqual([line, last]);
  });
});

/** [title, description HTML, expected text, place, agency]. */
const STORIES: WireStory[] = [
  ['Hindu bare dateline', p('NEW DELHI The Supreme Court on Thursday stayed the demolition drive in Delhi\'s Mehrauli.', 'The next hearing is on December 10.'), ['The Supreme Court on Thursday stayed the demolition drive in Delhi\'s Mehrauli.', 'The next hearing is on December 10.'], 'NEW DELHI', null],
  ['Tribune bare dateline', p('Chandigarh, November 27 The Punjab government on Friday approved a new industrial policy.', 'It takes effect in January.'), ['The Punjab government on Friday approved a new industrial policy.', 'It takes effect in January.'], 'Chandigarh', null],
  ['Mirror credit', p('Colombo, Nov 27 (Daily Mirror)- The Central Bank held its policy rates steady on Thursday.', 'Inflation stood at 1.5 per cent in October.', '- Daily Mirror'), ['The Central Bank held its policy rates steady on Thursday.', 'Inflation stood at 1.5 per cent in October.'], 'Colombo', null],
  ['Own credit', p('NEW DELHI: The Election Commission announced bypolls to 14 Assembly seats.', 'Counting is on December 20.', '- Example News'), ['The Election Commission announced bypolls to 14 Assembly seats.', 'Counting is on December 20.'], 'NEW DELHI', null],
  ['Video link', p('Mumbai, Nov 27 (PTI) A fire broke out at a commercial building in Andheri on Friday.', 'Watch the video here:', 'No one was hurt.'), ['A fire broke out at a commercial building in Andheri on Friday.', 'No one was hurt.'], 'Mumbai', 'PTI'],
  ['Live run in', p('Mumbai, Nov 27 (PTI) Counting of votes for the Maharashtra Assembly began at 8 am. Follow live updates here', 'Early trends favour the ruling alliance.'), ['Counting of votes for the Maharashtra Assembly began at 8 am.', 'Early trends favour the ruling alliance.'], 'Mumbai', 'PTI'],
  // Guards: copy that reads like the above.
  ['Musical', p('New Delhi The Musical opens at Kamani Auditorium on Friday.', 'Tickets are on sale.'), ['New Delhi The Musical opens at Kamani Auditorium on Friday.', 'Tickets are on sale.'], null, null],
  ['Watch sentence', p('Mumbai, Nov 27 (PTI) The video was shared widely.', 'Watch video: it shows the crowd breaking through the barricade, police said.'), ['The video was shared widely.', 'Watch video: it shows the crowd breaking through the barricade, police said.'], 'Mumbai', 'PTI'],
  ['Live mid', p('New Delhi, Nov 27 (PTI) The poll panel set up a results portal. Follow live updates here as counting goes on through the night.', 'Results are due by evening.'), ['The poll panel set up a results portal. Follow live updates here as counting goes on through the night.', 'Results are due by evening.'], 'New Delhi', 'PTI'],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twenty-third wire sweep, through a poll', () => {
  it('stores each story without the run-in dateline, the outlet\'s credit line and the links, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire23/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
