import { describe, expect, it } from 'vitest';
import { headlineWordKeys } from '../../src/stories/minhash.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * The headline-word keys (perf60): a story with text writes "N:" keys and reads "F:" ones, a flash (a headline alone) writes "F:"
 * and reads "N:" only. "F:" keys point at flashes, and a flash heads no flash: a flash's "F:" lookups found only what was thrown
 * away. What clusters stays: a desk's flash under its own headline joins the story it heads, whichever comes first.
 */
describe('headlineWordKeys', () => {
  const head = ['ferry', '80', 'aboard', 'capsizes', 'sulawesi', '11', 'dead'];

  it('a story with text writes N: and reads F:, a flash writes F: and reads N: only', () => {
    expect(headlineWordKeys(head, false)).toEqual({ written: head.map((w) => `N:${w}`), read: head.map((w) => `F:${w}`) });
    expect(headlineWordKeys(head, true)).toEqual({ written: head.map((w) => `F:${w}`), read: head.map((w) => `N:${w}`) });
  });

  it('a flash of too few words to head a story reads none, and still writes its keys; three words are enough (clu57)', () => {
    expect(headlineWordKeys(['ferry', 'capsizes'], true)).toEqual({ written: ['F:ferry', 'F:capsizes'], read: [] });
    expect(headlineWordKeys(['ferry', 'capsizes', '11', 'dead'], true)).toEqual({ written: ['F:ferry', 'F:capsizes', 'F:11', 'F:dead'], read: ['N:ferry', 'N:capsizes', 'N:11', 'N:dead'] });
    expect(headlineWordKeys(['ferry', 'capsizes'], false).read).toEqual(['F:ferry', 'F:capsizes']);
  });
});

const at = Date.parse('2026-11-27T23:00:00Z');
// A store each way round: the same agency copy in both would be one story twice.
const sweeps = { after: feedSweep('headline-keys-after', at), before: feedSweep('headline-keys-before', at) };
const feed = (site: string, title: string, pubDate: string, text = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>` +
  `<item><title>${title}</title><link>https://${site}/world/${encodeURIComponent(pubDate)}</link><pubDate>${pubDate}</pubDate>` +
  (text ? `<description>${text}</description>` : '') +
  `</item></channel></rss>`;
const clusterOf = async (path: `/${keyof typeof sweeps}/${string}`, site: string, title: string, pubDate: string, text = '') => {
  const sweep = sweeps[path.split('/')[1] as keyof typeof sweeps];
  const { outcome, stories } = await sweep.poll(path, feed(site, title, pubDate, text));
  expect(outcome).toMatchObject({ status: 'ok', added: 1 });
  return stories[0]!.cluster;
};

const agencyTitle = "Ferry capsizes off Indonesia's Sulawesi, at least 11 dead";
const agencyText =
  "Makassar, Nov 25 (Reuters) A passenger ferry carrying more than 80 people capsized in rough seas off the coast of Indonesia's South Sulawesi province on Wednesday, killing at least 11 people, officials said. " +
  'Rescuers pulled 52 survivors from the water and were searching for the others, the search and rescue agency said.';
const deskFlash = 'Ferry with more than 80 aboard capsizes off Sulawesi; 11 dead';

describe('a desk’s flash under its own headline and the story it heads', () => {
  it('the flash after the story joins it (found by the story’s N: keys)', async () => {
    const story = await clusterOf('/after/agency', 'wire-agency.example.com', agencyTitle, 'Wed, 25 Nov 2026 08:00:00 GMT', agencyText);
    const flash = await clusterOf('/after/desk', 'asia-desk.example.com', deskFlash, 'Wed, 25 Nov 2026 08:20:00 GMT');
    expect(flash).toBe(story);
  });

  it('the story after the flash joins it (found by the flash’s F: keys); two flashes of the headline’s words stay apart', async () => {
    const flash = await clusterOf('/before/desk', 'asia-desk.example.com', deskFlash, 'Thu, 26 Nov 2026 08:00:00 GMT');
    const other = await clusterOf('/before/other', 'pacific-desk.example.com', 'Sulawesi ferry with more than 80 aboard capsizes; 11 dead', 'Thu, 26 Nov 2026 08:05:00 GMT');
    expect(other).not.toBe(flash);
    const story = await clusterOf('/before/agency', 'wire-agency.example.com', agencyTitle, 'Thu, 26 Nov 2026 08:30:00 GMT', agencyText);
    expect([flash, other]).toContain(story);
  });
});
