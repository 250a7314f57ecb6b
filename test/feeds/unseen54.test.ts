import { describe, expect, it } from 'vitest';
import { htmlToStoryText } from '../../src/feeds/html-text.js';

/** The fifty-third round's fix where it lives, as a pure function (test/feeds/unseen54-api.test.ts polls it through the service). */

const paragraphsOf = (html: string) => htmlToStoryText(html).paragraphs;

describe('htmlToStoryText: a run of "Label: value" lines between <br>s', () => {
  it('keeps each field of a tender, a filing or a notice a line of its own', () => {
    expect(paragraphsOf('Tender Ref No: PPA/DRG/2026/14<br/>Closing Date: 18-Dec-2026 03:00 PM<br/>Organisation: Paradip Port Authority'))
      .toEqual(['Tender Ref No: PPA/DRG/2026/14', 'Closing Date: 18-Dec-2026 03:00 PM', 'Organisation: Paradip Port Authority']);
    expect(paragraphsOf('<p>Scrip Code: 532921<br>Bid Value (INR): 4,20,000<br>Subject: Acquisition</p>')).toEqual(['Scrip Code: 532921', 'Bid Value (INR): 4,20,000', 'Subject: Acquisition']);
    // Copy over and under the run stays a paragraph of its own.
    expect(paragraphsOf('The port invites bids.<br>Date: 1 December<br>Venue: Hall A<br>Bids close at noon.')).toEqual(['The port invites bids.', 'Date: 1 December', 'Venue: Hall A', 'Bids close at noon.']);
  });

  it('joins copy with a colon as any single break does', () => {
    // One label over a line of copy.
    expect(paragraphsOf('Note: berth 4 closes at noon<br/>on Friday for repairs.')).toEqual(['Note: berth 4 closes at noon on Friday for repairs.']);
    // A time or an address is no label; a label of lower case ("he said:") is copy; so is a long clause before a colon.
    expect(paragraphsOf('The meeting starts at 10:30<br>and ends at 12:00.')).toEqual(['The meeting starts at 10:30 and ends at 12:00.']);
    expect(paragraphsOf('Read it at https://example.org/a<br>or https://example.org/b')).toEqual(['Read it at https://example.org/a or https://example.org/b']);
    expect(paragraphsOf('he said: we will go<br>and she said: no.')).toEqual(['he said: we will go and she said: no.']);
    expect(paragraphsOf('The harbour master told the board on Friday evening: dredge<br>The council replied that it would: later')).toEqual(['The harbour master told the board on Friday evening: dredge The council replied that it would: later']);
  });
});
