import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * A live blog or a round-up files several agency entries on one page, each under its own time or dateline and each signed off.
 * A sign-off ends the copy only when nothing but chrome follows it: an entry with sentences below it is copy too.
 * The stories are our own invention, set as the pages that carry such entries set them.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const liveBlog = [
  '11:40 IST',
  'New Delhi, Nov 26 (PTI) The Lok Sabha passed the coastal shipping bill by a voice vote after a two-hour debate.',
  'The opposition walked out before the vote.',
  '--PTI',
  '11:05 IST',
  'The Rajya Sabha was adjourned till 2 pm after members protested over the price of onions.',
  '(ANI)',
  '10:30 IST',
  'Mumbai, Nov 26 (PTI) The Sensex rose 310 points in early trade, led by bank shares.',
  'PTI ABC DEF',
  '10:02 IST',
  'Chennai, Nov 26 (ANI) Schools in four districts of Tamil Nadu will stay shut on Thursday as heavy rain is forecast.',
  '(ANI)',
];
const liveBlogCopy = [
  'The Lok Sabha passed the coastal shipping bill by a voice vote after a two-hour debate.',
  'The opposition walked out before the vote.',
  'The Rajya Sabha was adjourned till 2 pm after members protested over the price of onions.',
  'Mumbai, Nov 26 (PTI) The Sensex rose 310 points in early trade, led by bank shares.',
  'Chennai, Nov 26 (ANI) Schools in four districts of Tamil Nadu will stay shut on Thursday as heavy rain is forecast.',
];

const roundUp = [
  'New Delhi, Nov 26 (PTI) The Election Commission on Thursday announced a two-phase poll in Bihar, with counting on December 14.',
  'Nominations open next Monday.',
  'PTI ABC DEF',
  'Patna, Nov 26 (IANS) Parties in Bihar welcomed the schedule, and the ruling alliance said it would name its candidates within a week.',
  'The opposition asked for more polling booths in flood-hit districts.',
  '--IANS',
  'akl/as',
];
const roundUpCopy = [
  'The Election Commission on Thursday announced a two-phase poll in Bihar, with counting on December 14.',
  'Nominations open next Monday.',
  'Patna, Nov 26 (IANS) Parties in Bihar welcomed the schedule, and the ruling alliance said it would name its candidates within a week.',
  'The opposition asked for more polling booths in flood-hit districts.',
];

describe('entries signed off one after another', () => {
  // Before: everything after the first entry's sign-off was cut.
  it('keeps every entry of a live blog under its times and datelines, and the first entry\'s place and agency', () => {
    expect(clean(liveBlog)).toMatchObject({ paragraphs: liveBlogCopy, place: 'New Delhi', agency: 'PTI' });
  });

  it('keeps both agencies\' stories of a round-up, PTI\'s then IANS\'s', () => {
    expect(clean(roundUp)).toMatchObject({ paragraphs: roundUpCopy, place: 'New Delhi', agency: 'PTI' });
  });

  it('keeps an update filed under the story\'s sign-off', () => {
    const story = ['Srinagar, Nov 26 (PTI) Flights from Srinagar were cancelled on Thursday as snow closed the runway.', '--PTI'];
    const update = 'The runway reopened in the afternoon and the first flight left at 3 pm, officials said.';
    for (const head of ['UPDATE', 'Updated 2:15 PM IST', 'UPDATE 14:15 IST']) {
      expect(clean([...story, head, update, '--PTI']).paragraphs).toEqual([story[0]!.replace('Srinagar, Nov 26 (PTI) ', ''), update]);
    }
  });

  it('takes each entry\'s sign-off run into its last sentence out of the text', () => {
    const input = [
      'New Delhi, Nov 26 (PTI) The Lok Sabha passed the coastal shipping bill by a voice vote.',
      'The opposition walked out before the vote. --PTI',
      '11:05 IST',
      'The Rajya Sabha was adjourned till 2 pm after members protested. (ANI)',
    ];
    expect(clean(input).paragraphs).toEqual([
      'The Lok Sabha passed the coastal shipping bill by a voice vote.',
      'The opposition walked out before the vote.',
      'The Rajya Sabha was adjourned till 2 pm after members protested.',
    ]);
  });
});

describe('what follows the last sign-off still goes', () => {
  it.each([
    ['a LATEST NEWS block', ['LATEST NEWS', 'Sensex ends 300 points higher', 'Rain shuts schools in Chennai']],
    ['an "Also read" block', ['Also read', 'Bihar poll: parties name candidates', 'Flood-hit districts get more booths']],
    ['bare headlines with no heading', ['Sensex ends 300 points higher', 'Rain shuts schools in Chennai']],
    ['bare headlines under a time', ['12:10 IST', 'Gold price today', 'Weather update for Delhi']],
    ['headlines under a dateline with no sentence', ['Mumbai, Nov 26 (PTI) Sensex ends 300 points higher', 'Rain shuts schools in Chennai']],
  ])('after a round-up: %s', (_what, tail) => {
    expect(clean([...roundUp, ...tail])).toMatchObject({ paragraphs: roundUpCopy, place: 'New Delhi', agency: 'PTI' });
  });

  it('after a live blog: a LATEST NEWS block', () => {
    expect(clean([...liveBlog, 'LATEST NEWS', 'Sensex ends 300 points higher', 'Rain shuts schools in Chennai']).paragraphs).toEqual(liveBlogCopy);
  });

  it('cleans the seed page (read in place) to the article alone', () => {
    const seed = readFileSync(fileURLToPath(new URL('../../../shared/seed/ians-india-italy-defence.txt', import.meta.url)), 'utf8');
    const copy = cleanWireCopy(seed.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
    expect(copy).toMatchObject({ place: 'Rome', agency: 'IANS' });
    expect(copy.paragraphs[0]).toMatch(/^India and Italy on Friday discussed key strategic defence priorities/);
    expect(copy.paragraphs.at(-1)).toMatch(/PM Modi posted on X after the meeting\.$/);
    expect(copy.paragraphs.join('\n')).not.toMatch(/PSG|Ranji Trophy|LATEST NEWS|--IANS|akl\/as/);
  });
});

describe('later entries under staff datelines, and entries with no head', () => {
  const first = ['New Delhi, Nov 26 (PTI) The Cabinet on Thursday cleared a Rs 12,000 crore plan to upgrade 400 railway stations.', 'Work will start in January.', '--PTI'];
  const firstCopy = ['The Cabinet on Thursday cleared a Rs 12,000 crore plan to upgrade 400 railway stations.', 'Work will start in January.'];

  // Before: each entry below the sign-off was cut with the rest.
  it.each([
    ['NEW DELHI: The Supreme Court on Thursday asked the Centre to reply within four weeks to a plea on stray dogs.'],
    ['MUMBAI, Nov 26: The civic body will shut 12 water pumping stations for repairs on Saturday, officials said.'],
    ['Islamabad: Pakistan\'s federal cabinet approved a new petroleum levy on Thursday evening.'],
    ['Srinagar, November 26 — Schools in the Valley will close for the winter break from December 5, officials said.'],
  ])('keeps an entry under the sign-off that opens "%s"', (entry) => {
    const next = 'Officials said the order would be published on Friday.';
    // The entry keeps its dateline, as a later entry under an agency's does; it ends with its own sign-off or the page's end.
    const expected = [...firstCopy, entry, next];
    expect(clean([...first, entry, next])).toMatchObject({ paragraphs: expected, place: 'New Delhi', agency: 'PTI' });
    expect(clean([...first, entry, next, '--PTI', 'LATEST NEWS', 'Sensex ends 300 points higher']).paragraphs).toEqual(expected);
  });

  it('keeps an entry with no head when its sentences end in a sign-off of their own', () => {
    const entry = ['The Rajya Sabha passed the seeds bill on Thursday after a three-hour debate.', 'The bill now goes to the President for assent.'];
    expect(clean([...first, ...entry, '(ANI)', 'LATEST NEWS', 'Gold price today']).paragraphs).toEqual([...firstCopy, ...entry]);
    // … and when the sign-off is run into its last sentence.
    expect(clean([...first, entry[0]!, `${entry[1]!} --IANS`, 'akl/as']).paragraphs).toEqual([...firstCopy, ...entry]);
  });

  it.each([
    ['bare headlines under a staff dateline', ['NEW DELHI: Sensex ends 300 points higher', 'Rain shuts schools in Chennai']],
    ['a headline with a colon, not a place', ['Bihar polls: Parties name candidates for the first phase today', 'Gold price today']],
    ['sentences with no sign-off of their own', ['The Rajya Sabha passed the seeds bill on Thursday after a three-hour debate.', 'Read more stories like this on our site every day.']],
    ['an "Also read" block signed off', ['Also read', 'Bihar poll: parties name candidates', '--PTI']],
    ['a place with a colon over a headline list', ['Islamabad:', 'Petrol price cut by Rs 5', 'Karachi traffic plan']],
    ['chrome sentences between two sign-offs', ['Follow us on Google News for the latest updates.', 'Click here to join our WhatsApp channel for news.', '(IANS)']],
  ])('still cuts %s after the sign-off', (_what, tail) => {
    expect(clean([...first, ...tail]).paragraphs).toEqual(firstCopy);
  });

  it('keeps the seed page to the article alone', () => {
    const seed = readFileSync(fileURLToPath(new URL('../../../shared/seed/ians-india-italy-defence.txt', import.meta.url)), 'utf8');
    const copy = cleanWireCopy(seed.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
    expect(copy.paragraphs.at(-1)).toMatch(/PM Modi posted on X after the meeting\.$/);
  });
});
