import { expect } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';

const LAST = 'Last sentence of the copy here.';

/** A sentence of copy that opens as chrome or a dateline does stays inside the copy, under a first paragraph with the given dateline. */
export function expectKeptInsideCopy(line: string, dateline = '(IANS)'): void {
  expect(cleanWireCopy([`${dateline} First sentence here.`, line, LAST]).paragraphs).toEqual(['First sentence here.', line, LAST]);
}

/** … and as the copy's first paragraph, where it is read as no dateline: no place, no agency. */
export function expectKeptAsFirstAndInside(line: string): void {
  const first = cleanWireCopy([line, LAST]);
  expect(first.paragraphs).toEqual([line, LAST]);
  expect({ place: first.place, agency: first.agency }).toEqual({ place: null, agency: null });
  expectKeptInsideCopy(line);
}
