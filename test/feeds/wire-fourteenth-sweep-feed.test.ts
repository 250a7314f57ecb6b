import { describe, expect, it } from 'vitest';
import { feedSweep, wireCopyFeed, wireFieldsByItem } from '../helpers/poll.js';

/**
 * Some of the fourteenth wire sweep's shapes as outlets' feeds carry them, in HTML: served over HTTP, added as a feed, polled once and
 * read back as GET /api/stories?feed= gives them (text, place and agency). Each item is written for this test.
 */
const sweep = feedSweep('wire-fourteenth-feed', Date.parse('2026-11-25T15:00:00Z'));

const FEED = wireCopyFeed('Wed, 25 Nov 2026 10:05:00 +0530', [
  ['Security forces kill two militants in Kupwara', '<p>Srinagar (J&amp;K), Nov 25 (PTI) Security forces on Wednesday killed two militants in an encounter in Kupwara district, police said.</p><p>Arms and ammunition were recovered from the site.</p><p>PTI ABC DEF</p>'],
  ['Bihar raises pay of health workers', '<p>Patna, Nov 25 (IANS) The Bihar government on Wednesday raised the pay of village health workers by 20 per cent.</p><p>The rise takes effect in December.--IANS</p><p>देश-दुनिया की ताज़ा ख़बरों के लिए हमारे WhatsApp चैनल से जुड़ें</p>'],
  ['South Korea keeps rate at 2.5 pct', '<p>(LEAD) SEOUL, Nov. 25 (Yonhap) -- South Korea\'s central bank kept its key rate at 2.5 percent on Wednesday, citing slowing growth.</p><p>Inflation has eased to 1.9 percent.</p><p>(END)</p><p>Copyright(C) Yonhap News Agency. All Rights Reserved.</p>'],
  ['Sindh to dredge storm drains', '<p>Karachi, Nov 25: The Sindh government will dredge 40 km of storm drains before the monsoon, officials said.</p><p>The work will cost Rs 3 billion.</p><div class="nl"><h4>Newsletter Signup</h4><p>Get the day\'s top stories every morning</p><p>Enter your email address</p><p>By signing up, you agree to our Terms of Use and Privacy Policy.</p><button>Sign Up</button></div>'],
  ['Ferry sinks off Sulawesi', '<p>EDITOR\'S NOTE: An earlier version of this story said the ferry sank off Borneo.</p><p>JAKARTA, Indonesia (AP) — A ferry carrying 120 people sank off Sulawesi on Wednesday; 90 were rescued, officials said.</p><p>The search for the others goes on.</p><p>___</p><p>Associated Press writer Grant Wells in Hanoi contributed to this report.</p>'],
]);

describe('fourteenth wire sweep, through a poll', () => {
  it('reads each item\'s place and agency and keeps its copy alone', async () => {
    const { outcome, stories } = await sweep.poll('/wire14/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual({
      '1': {
        text: 'Security forces on Wednesday killed two militants in an encounter in Kupwara district, police said.\n\nArms and ammunition were recovered from the site.',
        place: 'Srinagar',
        agency: 'PTI',
      },
      '2': { text: 'The Bihar government on Wednesday raised the pay of village health workers by 20 per cent.\n\nThe rise takes effect in December.', place: 'Patna', agency: 'IANS' },
      '3': { text: 'South Korea\'s central bank kept its key rate at 2.5 percent on Wednesday, citing slowing growth.\n\nInflation has eased to 1.9 percent.', place: 'SEOUL', agency: 'Yonhap' },
      '4': { text: 'The Sindh government will dredge 40 km of storm drains before the monsoon, officials said.\n\nThe work will cost Rs 3 billion.', place: 'Karachi', agency: null },
      '5': {
        text: 'EDITOR\'S NOTE: An earlier version of this story said the ferry sank off Borneo.\n\nA ferry carrying 120 people sank off Sulawesi on Wednesday; 90 were rescued, officials said.\n\nThe search for the others goes on.',
        place: 'JAKARTA',
        agency: 'AP',
      },
    });
  });
});
