import { describe, expect, it } from 'vitest';
import { feedSweep, wireCopyFeed, wireFieldsByItem } from '../helpers/poll.js';

/**
 * Some of the sixteenth wire sweep's shapes as outlets' feeds carry them, in HTML: served over HTTP, added as a feed, polled once and
 * read back as GET /api/stories?feed= gives them (text, place and agency). Each item is written for this test.
 */
const sweep = feedSweep('wire-sixteenth-feed', Date.parse('2026-11-26T15:00:00Z'));

const FEED = wireCopyFeed('Thu, 26 Nov 2026 10:05:00 +0530', [
  ['Acme Health opens Ohio clinic', '<p>WASHINGTON, DC, UNITED STATES, November 26, 2026 /EINPresswire.com/ -- Acme Health opened a clinic in Ohio on Thursday.</p><p>The clinic will see 4,000 patients a year.</p>'],
  [
    'Cabinet approves cold storage scheme',
    '<p>New Delhi, Nov 26 (IANS) The Union Cabinet on Thursday approved a scheme to build 200 cold storage units in the northeast.</p><p>The scheme will cost Rs 1,500 crore over five years.</p>' +
      '<h3>LATEST NEWS</h3><p>Sensex falls 400 points as IT stocks slide on weak US cues in Thursday trade.</p><p>India beat Australia by six wickets in the second Test at Adelaide on Thursday.</p><p>--IANS</p>',
  ],
  ['Russia approves grain terminals', '<p>MOSCOW. Nov 26 (Interfax) - The Russian government approved a plan to build three grain terminals on the Azov Sea.</p><p>The terminals will handle 12 million tonnes a year.</p>'],
  ['Indonesia to raise minimum wage', '<p>Jakarta&nbsp;&nbsp;&nbsp;●&nbsp;&nbsp;&nbsp;Thu, November 26, 2026</p><p>Indonesia will raise the minimum wage by 6.5 percent next year, the manpower minister said on Thursday.</p><p>The rise takes effect on Jan. 1.</p>'],
  ['Taiwan exports hit record', '<p>By Lin Chia-nan / Staff reporter</p><p>Taiwan\'s exports rose 18 percent year on year last month to a record US$52 billion, the Ministry of Finance said.</p><p>(Japanese original by Taro Yamada, Business News Department)</p>'],
]);

describe('sixteenth wire sweep, through a poll', () => {
  it('reads each item\'s place and agency and keeps its copy alone', async () => {
    const { outcome, stories } = await sweep.poll('/wire16/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual({
      '1': { text: 'Acme Health opened a clinic in Ohio on Thursday.\n\nThe clinic will see 4,000 patients a year.', place: 'WASHINGTON', agency: 'EIN Presswire' },
      '2': { text: 'The Union Cabinet on Thursday approved a scheme to build 200 cold storage units in the northeast.\n\nThe scheme will cost Rs 1,500 crore over five years.', place: 'New Delhi', agency: 'IANS' },
      '3': { text: 'The Russian government approved a plan to build three grain terminals on the Azov Sea.\n\nThe terminals will handle 12 million tonnes a year.', place: 'MOSCOW', agency: 'Interfax' },
      '4': { text: 'Indonesia will raise the minimum wage by 6.5 percent next year, the manpower minister said on Thursday.\n\nThe rise takes effect on Jan. 1.', place: 'Jakarta', agency: null },
      '5': { text: 'Taiwan\'s exports rose 18 percent year on year last month to a record US$52 billion, the Ministry of Finance said.', place: null, agency: null },
    });
  });
});
