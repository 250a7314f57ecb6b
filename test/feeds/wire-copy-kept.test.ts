import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * Copy the cleaner kept (the forty-first sweep): sentences that are the article's own copy but look like what the cleaner cuts —
 * a mark before a name and a date that go on as a sentence, a prompt's words as a sentence's subject, a last paragraph naming an
 * agency, a slogan in capitals, an "Also read"-like sentence — each set in a four-paragraph story, and every sentence must survive.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = [
  'The council on Thursday agreed to rebuild the river embankment before the monsoon.',
  'Contractors will be named next week, a spokesman said.',
  'Work is due to finish by March.',
];
/** The story with `s` set at paragraph `at`. */
const story = (s: string, at: number) => [...en.slice(0, at), s, ...en.slice(at)];

describe('a mark first before a name and a date that go on as a sentence', () => {
  // Before: the mark was cut as the dateline and credited as the agency.
  it.each([
    '(EFE) Lima, 27 nov said the ministry would rebuild the bridge.',
    '(EFE) Lima, 27 de noviembre informó que el ministerio reconstruirá el puente.',
    '(AFP) Paris, Nov 27 said the minister would resign.',
    '(Reuters) London, Nov 27 was cold and the vote was delayed.',
    '(AFP) PARIS, Nov 27 reported that the vote was delayed.',
  ])('%s stays whole', (lead) => {
    expect(clean(story(lead, 0))).toMatchObject({ paragraphs: story(lead, 0), place: null, agency: null });
  });
});

describe("ANSA's place and date behind its mark, before copy in lower case", () => {
  // Before: "ROME, NOV 27 -" stayed in the copy and no place was read.
  it.each([
    ['(ANSA) - ROME, NOV 27 - the vote was delayed again.', 'the vote was delayed again.', 'ROME'],
    ['(ANSA) - MILAN, NOV 27 - "the vote is off," a source said.', '"the vote is off," a source said.', 'MILAN'],
  ])('%s reads its place', (lead, copy, place) => {
    expect(clean(story(lead, 0))).toMatchObject({ paragraphs: story(copy, 0), place, agency: 'ANSA' });
  });
});

describe("a prompt's words as a sentence's subject", () => {
  // Before: the paragraph was dropped as a "Click here …" prompt.
  it.each([
    'Click here was the only text on the fake page, the court heard.',
    'Tap here is what the sign said, witnesses told police.',
  ])('%s stays', (s) => {
    expect(clean(story(s, 2)).paragraphs).toEqual(story(s, 2));
  });
});

describe('pinned: real datelines and prompts still read', () => {
  it.each([
    ['ANSA before a capital', '(ANSA) - ROME, NOV 27 - The vote was delayed again.', 'The vote was delayed again.', 'ROME', 'ANSA'],
    ["a mark and EFE's separator before a name and a date", '(EFE).- Lima, 27 nov said the ministry would rebuild.', 'Lima, 27 nov said the ministry would rebuild.', null, 'EFE'],
    ['a mark and a dash', '(Reuters) - The vote was delayed again.', 'The vote was delayed again.', null, 'Reuters'],
    ['a dated mark before a capital', 'Lima, 27 nov (EFE).- El ministerio reconstruirá el puente.', 'El ministerio reconstruirá el puente.', 'Lima', 'EFE'],
  ] as [string, string, string, string | null, string][])('%s', (_what, lead, copy, place, agency) => {
    expect(clean(story(lead, 0))).toMatchObject({ paragraphs: story(copy, 0), place, agency });
  });
  it.each(['Click here to read more.', 'Click here for the full story', 'Click here'])('the prompt %s is cut', (s) => {
    expect(clean(story(s, 3)).paragraphs).toEqual(en);
  });
});

describe('pinned survivors: copy that looks like what the cleaner cuts', () => {
  it.each([
    // A last paragraph naming an agency or initials.
    ['PTI reported the figure first.', 3],
    ['Reuters could not verify the claim.', 3],
    ['AFP was the first to report it.', 3],
    ['The AP contributed to this story, officials said.', 3],
    ['It was filed by K.S.', 3],
    ['The council chair, J.R., declined to comment.', 3],
    ['He signed it R.S.V.P.', 3],
    ['J.K. signed the letter, said R.K.', 3],
    // A first sentence opening with a place and a date.
    ['Paris, Nov 27, was a day of rain for everyone.', 0],
    ['London, Nov 27 — a city of rain — welcomed them.', 0],
    ['BEIJING, Nov 27 was cold and grey.', 0],
    ['New Delhi, Nov 27 will be remembered, he said.', 0],
    ['Moscow on Nov 27 hosted the talks.', 0],
    // Capitals: a quoted slogan.
    ['"NO MORE WAR, NO MORE DEBT," the marchers chanted.', 1],
    ['NO MORE WAR, NO MORE DEBT', 1],
    ['WE WANT JOBS NOW!', 1],
    // Ending in a slash or a figure.
    ['The route runs via Delhi/Agra/', 2],
    ['The vote was 12/3', 3],
    // "Also read"-like and related-box-like sentences that are copy.
    ['Also read out in the House was a letter from the mayor.', 3],
    ['Related stories were printed in three papers, the minister said.', 3],
    ['Read more about it in the council minutes, he told reporters.', 3],
    ['More on this later, the minister promised.', 3],
    ['See also the report from March, he said.', 3],
    ['Top stories of the year were chosen by readers.', 3],
    ['Most read books of the year were listed.', 3],
    ['You may also like the park, the mayor said.', 3],
    ['Recommended doses were cut by half.', 3],
    // Chrome's words opening copy.
    ['Copyright law was changed in 2019, the minister noted.', 3],
    ['All rights reserved was printed on every page, the court heard.', 3],
    ['Follow us, the protesters shouted at the police.', 3],
    ['Editing by the council took three months.', 3],
    ['Reporting by students is up, the survey found.', 3],
    ['Writing by hand is still taught in schools.', 3],
    ['Subscribe was the word of the week, the dictionary said.', 3],
    ['Advertisement spending fell by 8 percent.', 3],
    ['Photo: the council released none.', 3],
    ['Share prices rose 3 percent.', 3],
    ['Watch: the council will vote on Friday.', 3],
    ['Updated figures were released on Friday.', 3],
    ['Sign up began on Monday, officials said.', 3],
    ['Ltd. and Co. were dropped from the name.', 3],
    ['Trending upward, prices rose again.', 3],
  ] as [string, number][])('%s', (s, at) => {
    expect(clean(story(s, at)).paragraphs).toEqual(story(s, at));
  });
});
