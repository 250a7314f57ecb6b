import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';
import { paragraphsHtml as p, storyFields as fields, sweepFeed as feed, sweepItem as item } from '../helpers/wire-sweep-feed.js';

/**
 * The forty-fifth sweep: the forty-fourth sweep's and the fifty-ninth unseen round's leftovers, copy written for this test after how
 * Pacnews, the Nuku'alofa Times, the PIFS, the CMC, Andina, Amar Ujala, Dainik Jagran and Dainik Bhaskar set their own, probed through
 * cleanWireCopy. The feed part serves some of them over HTTP and polls them through the admin API.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const en = ['The council on Thursday agreed to rebuild the river embankment before the monsoon.', 'Contractors will be named next week, a spokesman said.'];
const es = ['El Gobierno aprobó este jueves un plan para reconstruir el malecón antes de las lluvias.', 'Las obras comenzarán la próxima semana, informó un portavoz.'];
const hi = ['राज्य सरकार ने गुरुवार को नदी के तटबंध को मानसून से पहले फिर से बनाने का फैसला किया।', 'ठेकेदारों के नाम अगले सप्ताह घोषित किए जाएंगे।'];

describe("Dainik Jagran's Hindi desk dateline is read", () => {
  // Before: the line stayed whole at the head of the copy (or over it), and no place was read.
  it.each([
    ['an agency it does not name, run into the copy', `नई दिल्ली, एजेंसी। ${hi[0]}`, 'नई दिल्ली'],
    ['… on its own line', 'नई दिल्ली, एजेंसी।', 'नई दिल्ली'],
    ['its bureau, run into the copy', `नई दिल्ली, जागरण ब्यूरो। ${hi[0]}`, 'नई दिल्ली'],
    ['… from another city', `पटना, जागरण ब्यूरो। ${hi[0]}`, 'पटना'],
    ['an agency from Lucknow, on its own line', 'लखनऊ, एजेंसी।', 'लखनऊ'],
  ])('%s', (_what, lead, place) => {
    const input = lead.endsWith('।') && !lead.includes(hi[0]!) ? [lead, ...hi] : [lead, hi[1]!];
    expect(clean(input)).toMatchObject({ paragraphs: hi, place, agency: null });
  });

  it.each([
    ['no place the gazetteer holds', `नार्निया, एजेंसी। ${hi[0]}`],
    ['words before the comma, no place', `उन्होंने कहा, एजेंसी। ${hi[0]}`],
    ['the agency as a sentence\'s subject', `नई दिल्ली, एजेंसी ने बताया कि ${hi[0]}`],
    ["a place and a danda with no credit (Bhaskar's web copy, not read before either)", `नई दिल्ली। ${hi[0]}`],
    ["a place and a bar (Bhaskar's, not read before either)", `भोपाल | ${hi[0]}`],
  ])('guard: %s stays whole', (_what, lead) => {
    expect(clean([lead, hi[1]!])).toMatchObject({ paragraphs: [lead, hi[1]], place: null, agency: null });
  });
});

describe('Hindi agency credits, read already', () => {
  it.each([
    ["PTI Bhasha's dateline", [`नयी दिल्ली, 27 नवंबर (भाषा) ${hi[0]}`, hi[1]!], 'नयी दिल्ली', 'PTI'],
    ["UNI Varta's dateline", [`पटना, 27 नवंबर (वार्ता) ${hi[0]}`, hi[1]!], 'पटना', 'UNI'],
    ["Bhasha's bracket under the copy", [...hi, '(भाषा)'], null, 'PTI'],
    ["Varta's bracket under the copy", [...hi, '(वार्ता)'], null, 'UNI'],
    ["Bhasha's bracket run into the last sentence", [hi[0]!, `${hi[1]} (भाषा)`], null, 'PTI'],
    ["Bhasha's mark after a dash", [...hi, '-भाषा'], null, 'PTI'],
  ] as [string, string[], string | null, string][])('%s', (_what, input, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs: hi, place, agency });
  });

  it('guard: the word in brackets in a sentence stays copy', () => {
    expect(clean(['उन्होंने कहा कि हिंदी (भाषा) सरल है।', hi[1]!])).toMatchObject({ paragraphs: ['उन्होंने कहा कि हिंदी (भाषा) सरल है।', hi[1]], agency: null });
  });
});

describe('left as they were (no copy of the desk found so set)', () => {
  it.each([
    ["Pacnews' member paper in the bracket: the line stays, Pacnews credited by its foot", [`APIA, 27 NOVEMBER 2026 (SAMOA OBSERVER) --- ${en[0]}`, en[1]!, '….PACNEWS'], [`APIA, 27 NOVEMBER 2026 (SAMOA OBSERVER) --- ${en[0]}`, en[1]!], null, 'Pacnews'],
    ["the Nuku'alofa Times' dateline", [`NUKU’ALOFA-November 27: 3:47pm(Nuku’alofa Times): ${en[0]}`, en[1]!], [`NUKU’ALOFA-November 27: 3:47pm(Nuku’alofa Times): ${en[0]}`, en[1]!], null, null],
    ["the PIFS's dateline", [`SUVA, Fiji-November 27: (PIFS): ${en[0]}`, en[1]!], [`SUVA, Fiji-November 27: (PIFS): ${en[0]}`, en[1]!], null, null],
    ["the CMC's foot", [`BRIDGETOWN, Barbados, Nov 27, CMC – ${en[0]}`, en[1]!, 'CMC/jd/ab/2026'], [...en, 'CMC/jd/ab/2026'], 'BRIDGETOWN', 'CMC'],
    ["Andina's Spanish dateline", [`Lima, nov. 27 (ANDINA). ${es[0]}`, es[1]!], [`Lima, nov. 27 (ANDINA). ${es[0]}`, es[1]!], null, null],
    ["Andina's (END) and initials", [`Lima, Nov. 27 (ANDINA). ${en[0]}`, en[1]!, '(END) JD/ABC'], [...en, '(END) JD/ABC'], 'Lima', 'Andina'],
    ["Amar Ujala's bureau credit over the copy", ['अमर उजाला ब्यूरो, लखनऊ', ...hi], ['अमर उजाला ब्यूरो, लखनऊ', ...hi], null, null],
    ['a Hindi "-एजेंसी" under the copy', [...hi, '-एजेंसी'], [...hi, '-एजेंसी'], null, null],
    ['a Hindi "(एजेंसी)" under the copy', [...hi, '(एजेंसी)'], [...hi, '(एजेंसी)'], null, null],
  ] as [string, string[], string[], string | null, string | null][])('%s', (_what, input, paragraphs, place, agency) => {
    expect(clean(input)).toMatchObject({ paragraphs, place, agency });
  });
});

const sweep = apiSweep('wire-forty-fifth-sweep');

describe('forty-fifth wire sweep, through the admin API', () => {
  it("a feed of these desks' copy is stored with its copy alone, its place and its agency", async () => {
    const served: [string[], string, string | null, string | null][] = [
      [[`नई दिल्ली, एजेंसी। ${hi[0]}`, hi[1]!], hi.join('\n\n'), 'नई दिल्ली', null],
      [['पटना, जागरण ब्यूरो।', ...hi], hi.join('\n\n'), 'पटना', null],
      [[`नयी दिल्ली, 27 नवंबर (भाषा) ${hi[0]}`, hi[1]!], hi.join('\n\n'), 'नयी दिल्ली', 'PTI'],
      [[...hi, '(वार्ता)'], hi.join('\n\n'), null, 'UNI'],
      [[`SUVA, 27 NOVEMBER 2026 (PACNEWS) --- ${en[0]}`, en[1]!, '….PACNEWS'], en.join('\n\n'), 'SUVA', 'Pacnews'],
      [[`Lima, Nov. 27 (ANDINA). ${en[0]}`, en[1]!], en.join('\n\n'), 'Lima', 'Andina'],
    ];
    const body = feed(served.map(([lines], i) => item(i + 1, `Story ${i + 1}`, p(...lines))));
    const stories = await pollThroughAdmin(sweep.app, sweep.feeds, '/wire45/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const want = served.map(([, text, place, agency], i) => [String(i + 1), { text, place, agency }]);
    expect(fields(stories.stories)).toEqual(Object.fromEntries(want));
  });
});
