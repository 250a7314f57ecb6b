import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * Datelines that are sentences: the fortieth sweep's leftover copy loss. A name, a date and a known agency's mark in brackets read as a
 * dateline even when a lower-case word after the bracket went on with a sentence ("Lima, 27 nov (EFE) said …"): the opening was cut
 * and the name became the place. A dateline with no separator after it is followed by the copy's first capitalised word; copy that
 * goes on in lower case stays whole. Real datelines, and lower-case copy after a separator, still read.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The council on Thursday agreed to rebuild the river embankment before the monsoon.', 'Contractors will be named next week, a spokesman said.'];
const es = ['El ministerio reconstruirá el puente antes de las lluvias.', 'Las obras empezarán en enero, dijo un portavoz.'];

describe('a dated, bracketed mark before a lower-case word is a sentence', () => {
  // Before: the opening up to the bracket was cut, the name read as the place and the mark as the agency.
  it.each([
    ['Romance date, EFE', 'Lima, 27 nov (EFE) said the ministry would rebuild the bridge.'],
    ['Romance date with its year', 'Lima, 27 nov 2026 (EFE) dijo el ministro que la obra empieza en enero.'],
    ['Spanish month in full', 'Lima, 27 de noviembre (EFE) informó que el ministerio reconstruirá el puente.'],
    ['a conjunction after the bracket', 'Lima, 27 nov (EFE) y el ministro dijo que sí.'],
    ['French copy', 'Paris, 27 nov (AFP) a indiqué que le ministère reconstruira le pont.'],
    ['an agency name before an English date', 'Reuters, Nov 27 (AP) reported that the ministry would rebuild the bridge.'],
    ['a surname before an English date', 'Smith, Nov 27 (AFP) said the ministry would rebuild the bridge.'],
    ['a reporting verb before a capital', 'Smith, Nov 27 (AFP) said Friday that the ministry would rebuild the bridge.'],
    ['a capital city and Reuters', 'LIMA, Nov 27 (Reuters) said the ministry would rebuild the bridge.'],
    ['a date with its year', 'London, Nov 27, 2026 (Reuters) said the vote was delayed.'],
    ["Xinhua's dotted month", 'BEIJING, Nov. 27 (Xinhua) reported that the vote was delayed.'],
    ['PTI', 'NEW DELHI, Nov 27 (PTI) said the ministry would rebuild the bridge.'],
    ['IANS before a phrase', 'New Delhi, Nov 27 (IANS) amid protests, the vote was delayed.'],
    ["ANI's bracketed country", 'Srinagar [India], Nov 27 (ANI) said the vote was delayed.'],
    ['a dated mark of the fortieth sweep', 'Quito, 27 nov (Andes) dijo el ministro que la obra empieza en enero.'],
  ])('%s: the copy stays whole', (_what, lead) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: [lead, en[1]], place: null, agency: null });
  });
});

describe('a sentence under a headline or a credit line', () => {
  const lead = 'Lima, 27 nov (EFE) said the ministry would rebuild the bridge.';
  it.each([['a headline', 'Bridge to be rebuilt'], ['a credit line naming the place', 'By John Smith | Lima']])('under %s, the copy stays whole', (_what, above) => {
    expect(clean([above, lead, en[1]!]).paragraphs).toContain(lead);
  });
});

describe('pinned: real datelines still read', () => {
  it.each([
    ["EFE's Spanish dateline", [`Lima, 27 nov (EFE).- ${es[0]}`, es[1]!], es, 'Lima', 'EFE'],
    ['lower-case copy after EFE\'s separator', [`Lima, 27 nov (EFE).- el ${es[0]!.slice(3)}`, es[1]!], [`el ${es[0]!.slice(3)}`, es[1]], 'Lima', 'EFE'],
    ['lower-case copy after a dash', [`Lima, 27 nov (EFE) - the ${en[0]!.slice(4)}`, en[1]!], [`the ${en[0]!.slice(4)}`, en[1]], 'Lima', 'EFE'],
    ['lower-case copy after a colon', [`Srinagar [India], Nov 27 (ANI): the ${en[0]!.slice(4)}`, en[1]!], [`the ${en[0]!.slice(4)}`, en[1]], 'Srinagar', 'ANI'],
    ['lower-case copy after a slash', [`MOSCOW, November 27. /TASS/. ${en[0]}`, en[1]!], en, 'MOSCOW', 'TASS'],
    ["PTI's dateline and a capital", [`NEW DELHI, Nov 27 (PTI) ${en[0]}`, en[1]!], en, 'NEW DELHI', 'PTI'],
    ["IANS's dateline and a capitalised name", ['Rome, Feb 27 (IANS) India will rebuild the bridge.', en[1]!], ['India will rebuild the bridge.', en[1]], 'Rome', 'IANS'],
    ['an undated mark and its dash', [`PARIS (Reuters) - the ${en[0]!.slice(4)}`, en[1]!], [`the ${en[0]!.slice(4)}`, en[1]], 'PARIS', 'Reuters'],
    ['a clipped lower-case fragment before a capital', ['CAIRO, Jan 24 (Xinhua) com September 29, 2004, 2:57 PM PT. The council met.', en[1]!], ['com September 29, 2004, 2:57 PM PT. The council met.', en[1]], 'CAIRO', 'Xinhua'],
  ] as [string, string[], string[], string, string][])('%s', (_what, input, paragraphs, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs, place, agency });
  });
});

describe('own-words copy: a place and a date, or an agency, opening a sentence', () => {
  // Read already as copy: guards beside the fix.
  it.each([
    'Paris, Nov 27 was chosen as the date for the vote.',
    'Madrid, 27 de noviembre, fue la fecha elegida para la votación.',
    'Rome, Feb 27 was a Friday.',
    'Xinhua, Nov 27 reported that the vote was delayed.',
    'EFE, 27 nov dijo el ministro que la obra empieza en enero.',
    'Kathmandu, Nov 27 the vote was delayed.',
    'Reuters (the news agency) reported the vote first.',
    'Reuters, the news agency, said the vote was delayed.',
    '“Reuters reported it first,” the minister said.',
    '"EFE," the minister said, "got it right."',
    'AFP: the agency said the vote was delayed.',
    'Reuters - the agency said the vote was delayed.',
    'AP — the agency said the vote was delayed.',
    'Berlin (dpa) said nothing about the vote.',
    'Paris (AFP) a appris que le vote était reporté.',
    '(AFP) said the vote was delayed.',
    'Lima, Nov 27 said the ministry would rebuild the bridge.',
  ])('%s stays whole', (lead) => {
    expect(clean([lead, en[1]!])).toMatchObject({ paragraphs: [lead, en[1]], place: null, agency: null });
  });
});

const sweep = apiSweep('wire-dateline-sentences');

describe('datelines that are sentences, through the admin API', () => {
  it('a feed of such copy is stored whole, and real datelines beside it still give their place and agency', async () => {
    const served: [string[], string | null, string | null, string?][] = [
      [['Lima, 27 nov (EFE) said the ministry would rebuild the bridge.', en[1]!], null, null],
      [['Smith, Nov 27 (AFP) said the ministry would rebuild the bridge.', en[1]!], null, null],
      [['Reuters, Nov 27 (AP) reported that the ministry would rebuild the bridge.', en[1]!], null, null],
      [['Lima, 27 de noviembre (EFE) informó que el ministerio reconstruirá el puente.', es[1]!], null, null],
      [[`Lima, 27 nov (EFE).- ${es[0]}`, es[1]!], 'Lima', 'EFE', es.join('\n\n')],
      [[`NEW DELHI, Nov 27 (PTI) ${en[0]}`, en[1]!], 'NEW DELHI', 'PTI'],
      [['Rome, Feb 27 (IANS) India will rebuild the bridge.', en[1]!], 'Rome', 'IANS', ['India will rebuild the bridge.', en[1]].join('\n\n')],
      [[`Lima, 27 nov (EFE) - the ${en[0]!.slice(4)}`, en[1]!], 'Lima', 'EFE', [`the ${en[0]!.slice(4)}`, en[1]].join('\n\n')],
    ];
    const body = feed(served.map(([lines], i) => item(i + 1, `Story ${i + 1}`, p(...lines))));
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire45/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const want = served.map(([lines, place, agency, text], i) => [String(i + 1), { text: text ?? (place ? en.join('\n\n') : lines.join('\n\n')), place, agency }]);
    expect(fields(stories.stories)).toEqual(Object.fromEntries(want));
  });
});
