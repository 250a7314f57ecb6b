import { describe, expect, it } from 'vitest';
import { feedSweep } from '../helpers/poll.js';

/**
 * Two outlets' headline-only flashes of one event join one cluster (cluster-unseen.test.ts). A market line a desk runs
 * word for word on many days ("Rupee rises 5 paise to 83.25 against US dollar in early trade") is another day's story,
 * though: joined to last week's flash, a digest that carried last week's would leave this one out as already sent.
 * Flashes join only when published within a day and a half of each other.
 */
const at = Date.parse('2026-11-27T23:00:00Z');
const sweep = feedSweep('flash-window', at);
const flashFeed = (site: string, title: string, pubDate: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>` +
  `<item><title>${title}</title><link>https://${site}/markets/${encodeURIComponent(pubDate)}</link><pubDate>${pubDate}</pubDate></item></channel></rss>`;
const clusterOf = async (path: string, site: string, title: string, pubDate: string) => {
  const { outcome, stories } = await sweep.poll(path, flashFeed(site, title, pubDate));
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
});
