import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/** The fifty-ninth round's fix where it lives, as a pure function (test/feeds/unseen60-api.test.ts polls it through the service). */

describe('cleanWireCopy: the place and a desk\'s credit after a bar, run into the copy with a colon', () => {
  const copy = 'Schools in Delhi will hold hybrid classes from Monday, the education directorate said on Friday.';

  it('reads English Jagran\'s "New Delhi | Jagran News Desk:" as the place and takes the credit off the copy', () => {
    for (const head of ['New Delhi | Jagran News Desk: ', 'New Delhi| Jagran News Desk : ', 'Lucknow | Jagran Correspondent: ', 'NEW DELHI | Jagran News Desk: ']) {
      expect(cleanWireCopy([head + copy, 'Classes up to Class 9 are covered.']), head).toMatchObject({ place: head.split('|')[0]!.trim(), paragraphs: [copy, 'Classes up to Class 9 are covered.'] });
    }
  });

  it('still reads the line on its own ("Chandigarh | ENS") as before', () => {
    expect(cleanWireCopy(['Chandigarh | ENS', copy])).toMatchObject({ place: 'Chandigarh', paragraphs: [copy] });
  });

  it('leaves an unknown place, a credit that is no desk, and a sentence before a bar as they were', () => {
    for (const p of [`Narnia | Jagran News Desk: ${copy}`, `New Delhi | Election results: ${copy}`, `New Delhi | Jagran News Desk: schools will shut.`]) {
      expect(cleanWireCopy([p]).paragraphs, p).toEqual([p]);
    }
  });
});
