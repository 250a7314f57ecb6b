import { describe, expect, it } from 'vitest';
import { feedSweep } from '../helpers/poll.js';

/**
 * Two outlets' headline-only flashes of one event join one cluster (cluster-unseen.test.ts). A market line a desk runs
 * word for word on many days ("Rupee rises 5 paise to 83.25 against US dollar in early trade") is another day's story,
 * though: joined to last week's flash, a digest that carried last week's would leave this one out as already sent.
 * Flashes join only when published within twelve hours of each other.
 */
const at = Date.parse('2026-11-27T23:00:00Z');
const sweep = feedSweep('flash-window', at);
const flashFeed = (site: string, title: string, pubDate: string, text = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>` +
  `<item><title>${title}</title><link>https://${site}/markets/${encodeURIComponent(pubDate)}</link><pubDate>${pubDate}</pubDate>` +
  (text ? `<description>${text}</description>` : '') +
  `</item></channel></rss>`;
const clusterOf = async (path: string, site: string, title: string, pubDate: string, text = '') => {
  const { outcome, stories } = await sweep.poll(path, flashFeed(site, title, pubDate, text));
  expect(outcome).toMatchObject({ status: 'ok', added: 1 });
  return stories[0]!.cluster;
};

describe('headline-only flashes days apart', () => {
  it('join another feed’s same headline of the same morning, not one of days before', async () => {
    const line = 'Rupee rises 5 paise to 83.25 against US dollar in early trade';
    const monday = await clusterOf('/flash/a', 'markets-desk.example.in', line, 'Mon, 23 Nov 2026 04:00:00 GMT');
    const mondayOther = await clusterOf('/flash/b', 'business-wire.example.in', line, 'Mon, 23 Nov 2026 05:30:00 GMT');
    const friday = await clusterOf('/flash/c', 'city-news.example.in', line, 'Fri, 27 Nov 2026 04:10:00 GMT');
    expect(mondayOther).toBe(monday);
    expect(friday).not.toBe(monday);
  });

  it('keep the next morning’s run of a market line apart, word for word the same, from another feed', async () => {
    const line = 'Rupee opens flat at 84.62 against US dollar in early trade';
    const wednesday = await clusterOf('/next/a', 'markets-desk.example.in', line, 'Wed, 25 Nov 2026 03:50:00 GMT');
    const outlet = await clusterOf('/next/b', 'business-wire.example.in', line, 'Wed, 25 Nov 2026 09:40:00 GMT');
    const thursday = await clusterOf('/next/c', 'city-news.example.in', line, 'Thu, 26 Nov 2026 03:55:00 GMT');
    expect(outlet).toBe(wednesday);
    expect(thursday).not.toBe(wednesday);
  });
});

/** The full copy a flash heads: the agency runs the headline first, then the story under it (or an outlet flashes it after). */
const closing = (sensex: string, close: string, nifty: string, day: string) =>
  `Mumbai, Nov ${day} (PTI) Benchmark indices ended higher on the day, with the BSE Sensex gaining ${sensex} points to close at ${close} and the NSE Nifty rising to ${nifty}. ` +
  'Banking and IT stocks led the gains, while metal shares fell on weak global cues, brokers said.';

describe('a flash and the full copy under its headline', () => {
  it('are one story whichever comes first, from the same feed or another, within hours', async () => {
    const line = 'Sensex ends 312 points higher, Nifty at 26,010.30';
    const flash = await clusterOf('/full/a', 'agency-flash.example.in', line, 'Tue, 24 Nov 2026 10:01:00 GMT');
    const copy = await clusterOf('/full/b', 'agency-flash.example.in', line, 'Tue, 24 Nov 2026 10:09:00 GMT', closing('312', '85,120.44', '26,010.30', '24'));
    expect(copy).toBe(flash);

    const other = 'Rupee settles 4 paise higher at 84.61 against US dollar';
    const story = await clusterOf('/full/c', 'agency-copy.example.in', other, 'Wed, 25 Nov 2026 11:00:00 GMT', closing('100', '85,200.10', '26,050.20', '25'));
    const outletFlash = await clusterOf('/full/d', 'outlet-flash.example.in', other, 'Wed, 25 Nov 2026 11:04:00 GMT');
    expect(outletFlash).toBe(story);
  });

  it('stay apart days apart, and two full copies under one headline are still told apart by their text', async () => {
    const line = 'Gold prices rise by Rs 150 per 10 grams in Delhi market';
    const monday = await clusterOf('/apart/a', 'bullion-desk.example.in', line, 'Mon, 23 Nov 2026 09:00:00 GMT', closing('10', '84,000.00', '25,800.00', '23'));
    const friday = await clusterOf('/apart/b', 'bullion-flash.example.in', line, 'Fri, 27 Nov 2026 09:00:00 GMT');
    expect(friday).not.toBe(monday);

    const headline = 'Centre clears proposals worth crores for state projects';
    const first = await clusterOf('/apart/c', 'policy-desk.example.in', headline, 'Thu, 26 Nov 2026 09:00:00 GMT', 'New Delhi, Nov 26 (PTI) The Cabinet on Thursday cleared a highway widening project in Odisha and two rail lines in Jharkhand, officials said. Work on the first stretch begins in January and the lines are to open by 2029.');
    const second = await clusterOf('/apart/d', 'state-desk.example.in', headline, 'Thu, 26 Nov 2026 12:00:00 GMT', 'Bhopal, Nov 26 (IANS) The Union government approved funds for three irrigation schemes and a medical college in Madhya Pradesh, the Chief Minister told reporters. The schemes will water 40,000 hectares in the state’s drier districts.');
    expect(second).not.toBe(first);
  });
});
