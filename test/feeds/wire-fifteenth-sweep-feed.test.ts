import { describe, expect, it } from 'vitest';
import { feedSweep, wireCopyFeed, wireFieldsByItem } from '../helpers/poll.js';

/**
 * Some of the fifteenth wire sweep's shapes as outlets' feeds carry them, in HTML: served over HTTP, added as a feed, polled once and
 * read back as GET /api/stories?feed= gives them (text, place and agency). Each item is written for this test.
 */
const sweep = feedSweep('wire-fifteenth-feed', Date.parse('2026-11-26T15:00:00Z'));

const FEED = wireCopyFeed('Thu, 26 Nov 2026 10:05:00 +0530', [
  ['Orbit Foods opens snacks plant in Sonipat', '<p>NEW DELHI, Nov. 26, 2026 /PRNewswire/ -- Orbit Foods today opened a Rs 300 crore plant in Sonipat.</p><p>The plant will employ 1,200 people.</p><p>Photo: https://mma.prnewswire.com/media/2581234/Orbit_Foods_Plant.jpg</p><p>SOURCE Orbit Foods</p>'],
  ['Parliament and fog: the day so far', '<p>New Delhi, Nov 26 (PTI) The Lok Sabha passed the coastal shipping bill on Thursday.</p><p>--PTI</p><p>KOLKATA: Flights from Kolkata were delayed by up to three hours on Thursday morning because of fog.</p><p>Our Correspondent</p><h3>LATEST NEWS</h3><p>Sensex ends 300 points higher</p>'],
  ['Tableaux chosen for the parade', '<p>New Delhi, Nov 26 (PTI) The Republic Day tableaux were chosen on Thursday after three rounds of review.</p><p>1/2</p><p>Soldiers rehearse on Kartavya Path in New Delhi.</p><p>2/2</p><p>A camel contingent of the BSF during the rehearsal.</p><p>Sixteen states will take part this year.</p>'],
]);

describe('fifteenth wire sweep, through a poll', () => {
  it('reads each item\'s place and agency and keeps its copy alone', async () => {
    const { outcome, stories } = await sweep.poll('/wire15/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual({
      '1': { text: 'Orbit Foods today opened a Rs 300 crore plant in Sonipat.\n\nThe plant will employ 1,200 people.', place: 'NEW DELHI', agency: 'PR Newswire' },
      '2': {
        text: 'The Lok Sabha passed the coastal shipping bill on Thursday.\n\nKOLKATA: Flights from Kolkata were delayed by up to three hours on Thursday morning because of fog.',
        place: 'New Delhi',
        agency: 'PTI',
      },
      '3': { text: 'The Republic Day tableaux were chosen on Thursday after three rounds of review.\n\nSixteen states will take part this year.', place: 'New Delhi', agency: 'PTI' },
    });
  });
});
