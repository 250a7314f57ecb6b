import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { SEED_ARTICLE } from '../helpers/wire-copies.js';
import { expectKeptAsFirstAndInside, expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * The sixteenth sweep: the release wires' long datelines, a box of teasers closed by its own sign-off, and agencies and desks the
 * earlier sweeps had met little. Each story and its furniture are our own invention, written for this test after how these
 * agencies and outlets set their copy; read as a poll reads them (furniture, then the wire rules).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

describe('the release wires\' datelines with a place of several parts', () => {
  const body = 'The clinic will see 4,000 patients a year, the company said.';
  // Before: none of these was read; the whole dateline stayed in the text, and neither place nor agency was known.
  it.each([
    ['EIN Presswire, city, state and country', 'WASHINGTON, DC, UNITED STATES, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'WASHINGTON', 'EIN Presswire'],
    ['EIN Presswire, a city, its state and country spelled out', 'AUSTIN, TEXAS, UNITED STATES, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'AUSTIN', 'EIN Presswire'],
    ['EIN Presswire, capitalised words', 'Austin, Texas, United States, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'Austin', 'EIN Presswire'],
    ['EIN Presswire, a long place whose mark stands far in', 'RANCHO CUCAMONGA, CALIFORNIA, UNITED STATES, December 12, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'RANCHO CUCAMONGA', 'EIN Presswire'],
    ['PR Newswire, a city, its state and country', 'SAN JOSE, Calif., UNITED STATES, Nov. 26, 2026 /PRNewswire/ -- Acme Health opened a clinic in Ohio on Thursday.', 'SAN JOSE', 'PR Newswire'],
    ['GlobeNewswire, a city, its province and country', 'TORONTO, Ontario, Canada, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Acme Health opened a clinic in Ohio on Thursday.', 'TORONTO', 'GlobeNewswire'],
    ['Business Wire, a city, its state and country', 'SAN FRANCISCO, Calif., United States--(BUSINESS WIRE)--Acme Health opened a clinic in Ohio on Thursday.', 'SAN FRANCISCO', 'Business Wire'],
    ['ACCESSWIRE, a city, its province and country', 'VANCOUVER, BC, CANADA / ACCESSWIRE / November 26, 2026 / Acme Health opened a clinic in Ohio on Thursday.', 'VANCOUVER', 'ACCESSWIRE'],
  ])('%s', (_what, lead, place, agency) => {
    expect(clean([lead, body])).toMatchObject({ place, agency, paragraphs: ['Acme Health opened a clinic in Ohio on Thursday.', body] });
  });

  // Read as before: the shorter forms.
  it.each([
    ['LONDON, UNITED KINGDOM, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.', 'LONDON', 'EIN Presswire'],
    ['TORONTO, Nov. 26, 2026 (GLOBE NEWSWIRE) -- Acme Health opened a clinic in Ohio on Thursday.', 'TORONTO', 'GlobeNewswire'],
    ['SAN FRANCISCO, Calif.--(BUSINESS WIRE)--Acme Health opened a clinic in Ohio on Thursday.', 'SAN FRANCISCO', 'Business Wire'],
  ])('still reads "%s"', (lead, place, agency) => {
    expect(clean([lead, body])).toMatchObject({ place, agency, paragraphs: ['Acme Health opened a clinic in Ohio on Thursday.', body] });
  });

  it.each([
    'Washington, Oregon, Idaho, and Montana sent crews to the fire on Thursday, the forest service said.',
    'Acme, Beta, Gamma and Delta filed their results with GlobeNewswire on Thursday, the exchange said.',
  ])('keeps "%s", a list of names that is no dateline', (line) => {
    expectKeptAsFirstAndInside(line);
  });
});

describe('a box of teasers closed by its own sign-off', () => {
  const lead = 'New Delhi, Nov 26 (IANS) The Union Cabinet on Thursday approved a scheme to build 200 cold storage units in the northeast.';
  const first = 'The Union Cabinet on Thursday approved a scheme to build 200 cold storage units in the northeast.';
  const last = 'The scheme will cost Rs 1,500 crore over five years, the Information Minister said.';
  const teasers = ['Sensex falls 400 points as IT stocks slide on weak US cues in Thursday trade.', 'India beat Australia by six wickets in the second Test at Adelaide on Thursday.'];

  // Before: the heading was taken for the copy's subhead, and the teasers stayed as the story's last paragraphs.
  it.each([
    ['"LATEST NEWS" over sentences, then "--IANS"', [lead, last, 'LATEST NEWS', ...teasers, '--IANS']],
    ['"Top stories" over sentences, then "--IANS" and desk initials', [lead, last, 'Top stories', ...teasers, '--IANS', 'akl/as']],
    ['"Latest News" over teasers each signed off', [lead, last, 'Latest News', teasers[0]!, '--IANS', teasers[1]!, '--IANS']],
    ['"Most Read" over sentences whose last holds the sign-off', [lead, last, 'Most Read', teasers[0]!, `${teasers[1]} --IANS`]],
    ['a bare "Trending" under the story\'s own sign-off run into its last sentence', [lead, `${last} --IANS`, 'Trending', ...teasers, '--IANS']],
    ['"LATEST NEWS" under the story\'s own sign-off and desk initials run into its last sentence', [lead, `${last} --IANS akl/as`, 'LATEST NEWS', ...teasers, '--IANS']],
  ])('drops %s', (_what, input) => {
    expect(clean(input)).toMatchObject({ place: 'New Delhi', agency: 'IANS', paragraphs: [first, last] });
  });

  it('drops such a box when its heading is run into its first teaser', () => {
    expect(clean([lead, last, `LATEST NEWS ${teasers[0]}`, teasers[1]!, '--IANS']).paragraphs).toEqual([first, last]);
  });

  it.each([
    ['a bare "Trending" subhead over copy signed off below', 'Trending'],
    ['a bare "Latest" subhead over copy signed off below', 'Latest'],
  ])('keeps the copy under %s', (_what, heading) => {
    const more = ['Analysts said the scheme would cut post-harvest losses by a fifth in three years.', 'The first units will open in Assam and Tripura in March.'];
    expect(clean([lead, last, heading, ...more, '--IANS']).paragraphs).toEqual([first, last, ...more]);
  });

  it('keeps the copy under "Top Stories" when no sign-off closes it', () => {
    const more = ['Analysts said the scheme would cut post-harvest losses by a fifth in three years.', 'The first units will open in Assam and Tripura in March.'];
    expect(clean([lead, last, 'Top Stories', ...more]).paragraphs).toEqual([first, last, ...more]);
  });

  it('still cleans the seed story to the article alone, its first and last paragraphs with it', () => {
    const page = readFileSync(fileURLToPath(new URL('../../../shared/seed/ians-india-italy-defence.txt', import.meta.url)), 'utf8');
    const copy = clean(page.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
    expect(copy).toMatchObject({ place: 'Rome', agency: 'IANS' });
    expect(copy.paragraphs).toEqual([SEED_ARTICLE[0]!.replace(/^Rome, Feb 27 \(IANS\) /, ''), ...SEED_ARTICLE.slice(1)]);
  });
});
