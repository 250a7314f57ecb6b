import { describe, expect, it } from 'vitest';
import { feedSweep, wireCopyFeed, wireFieldsByItem } from '../helpers/poll.js';

/**
 * Some of the seventeenth wire sweep's shapes as South Asian outlets' feeds carry them, in HTML: served over HTTP, added as a feed,
 * polled once and read back as GET /api/stories?feed= gives them (text, place and agency). Each item is written for this test.
 */
const sweep = feedSweep('wire-seventeenth-feed', Date.parse('2026-11-27T15:00:00Z'));

const FEED = wireCopyFeed('Fri, 27 Nov 2026 10:05:00 +0530', [
  ['Snow shuts Mughal Road', '<p>Srinagar (Jammu and Kashmir) [India], November 27 (ANI): Fresh snowfall closed the Mughal Road on Friday, officials said.</p><p>The road will reopen once the snow is cleared, they said./ANI</p>'],
  ['Bihar to recruit teachers', '<p>Patna, Nov 27 (IANS) Bihar will recruit 30,000 teachers in the next round, the education minister said on Friday.</p><p>The exam will be held in March.</p><p>(इनपुट: IANS)</p>'],
  ['Rice imports to steady prices', '<p>Dhaka, Nov 27 (UNB) - The government will import 500,000 tonnes of rice to steady prices, the food adviser said on Friday.</p><p>The first shipment is due in December.</p><p>(With inputs from agencies.)</p>'],
  ['Lahore bans smoky vehicles', '<p>Published November 27, 2026 Updated about 2 hours ago</p><p>LAHORE, Nov 27 (APP): The Punjab government on Friday banned smoke-emitting vehicles in Lahore until the end of January.</p><p>Traffic police will fine offenders Rs 10,000.</p>'],
  ['Cabinet clears hospital plan', '<p>New Delhi, Nov 27 (PTI) The Union Cabinet on Friday cleared a plan to upgrade 120 district hospitals.</p><p>The plan will add 9,000 beds.</p><p>Input: PTI</p>'],
  [
    'Acme Solar opens third plant',
    '<p>Gurugram (Haryana) [India], November 27: Acme Solar, a maker of rooftop panels, on Friday opened its third plant in Haryana.</p><p>Follow our WhatsApp channel</p><p>The plant will make 2 GW of panels a year.</p>' +
      '<p>(Disclaimer: The above press release has been provided by VMPL. ANI will not be responsible in any way for the content of the same)</p>',
  ],
  ['कृषि केंद्रों को मंजूरी', '<p>नई दिल्ली, 27 नवंबर (आईएएनएस)। केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।</p><p>योजना पर 3,000 करोड़ रुपये खर्च होंगे। --आईएएनएस एसएचके/एबीएम</p>'],
]);

describe('seventeenth wire sweep, through a poll', () => {
  it('reads each item\'s place and agency and keeps its copy alone', async () => {
    const { outcome, stories } = await sweep.poll('/wire17/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual({
      '1': { text: 'Fresh snowfall closed the Mughal Road on Friday, officials said.\n\nThe road will reopen once the snow is cleared, they said.', place: 'Srinagar', agency: 'ANI' },
      '2': { text: 'Bihar will recruit 30,000 teachers in the next round, the education minister said on Friday.\n\nThe exam will be held in March.', place: 'Patna', agency: 'IANS' },
      '3': { text: 'The government will import 500,000 tonnes of rice to steady prices, the food adviser said on Friday.\n\nThe first shipment is due in December.', place: 'Dhaka', agency: 'UNB' },
      '4': { text: 'The Punjab government on Friday banned smoke-emitting vehicles in Lahore until the end of January.\n\nTraffic police will fine offenders Rs 10,000.', place: 'LAHORE', agency: 'APP' },
      '5': { text: 'The Union Cabinet on Friday cleared a plan to upgrade 120 district hospitals.\n\nThe plan will add 9,000 beds.', place: 'New Delhi', agency: 'PTI' },
      '6': { text: 'Acme Solar, a maker of rooftop panels, on Friday opened its third plant in Haryana.\n\nThe plant will make 2 GW of panels a year.', place: 'Gurugram', agency: null },
      '7': { text: 'केंद्र सरकार ने शुक्रवार को 500 नए कृषि विज्ञान केंद्र खोलने की योजना को मंजूरी दी।\n\nयोजना पर 3,000 करोड़ रुपये खर्च होंगे।', place: 'नई दिल्ली', agency: 'IANS' },
    });
  });
});
