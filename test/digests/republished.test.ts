import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/feeds/store.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { activeSubscriber, digestsTo, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { rss, type TestItem } from '../helpers/rss.js';

const missile: TestItem = {
  title: 'Army test-fires surface-to-air missile off Odisha coast',
  guid: 'desk-missile',
  link: 'https://desk.example/defence/missile-test',
  description: 'The Army test-fired a surface-to-air missile from a range off the Odisha coast, the defence ministry said. DRDO scientists oversaw the trial of the missile system.',
  pubDate: 'Sun, 01 Mar 2026 22:00:00 +0000',
};
const frigate: TestItem = {
  title: 'Navy commissions stealth frigate at Mumbai dockyard',
  guid: 'desk-frigate',
  link: 'https://desk.example/defence/frigate',
  description: 'The Navy commissioned a stealth frigate at the Mumbai naval dockyard, the defence ministry said; the warship carries anti-ship missiles.',
  pubDate: 'Mon, 02 Mar 2026 09:00:00 +0000',
};

/**
 * A story the publisher republishes (same guid, edited text, a new date)
 * after it went out in a digest: through the real feed server, poll,
 * classifier, edition clock and SMTP.
 */
describe('a story republished after it was sent', () => {
  let rig: DigestRig;
  let feeds: FeedServer;

  beforeAll(async () => {
    rig = await startDigestRig('digests-republished');
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds?.close();
    await rig?.close();
  });

  it('is not sent again the next day; the new story is', async () => {
    const classify = createClassifier(loadTaxonomy());
    rig.clock.t = Date.parse('2026-03-02T00:00:00Z');
    feeds.serve('/desk.rss', rss([missile], { title: 'Desk' }));
    const { feed } = await addFeed(rig.ctx, feeds.url('/desk.rss'));
    await pollFeed(rig.ctx, classify, feed.id);
    await activeSubscriber(rig.ctx, { email: 'reader@example.org', topics: ['defence'], hour: 7, timezone: 'Asia/Kolkata' });
    await rig.tick(Date.parse('2026-03-02T01:30:00Z'));

    rig.clock.t = Date.parse('2026-03-02T10:00:00Z');
    const edited = { ...missile, description: `${missile.description} (Updated with the range of the missile.)`, pubDate: 'Mon, 02 Mar 2026 10:00:00 +0000' };
    feeds.serve('/desk.rss', rss([edited, frigate], { title: 'Desk' }));
    const outcome = await pollFeed(rig.ctx, classify, feed.id);
    expect(outcome).toMatchObject({ added: 1, updated: 1 });
    await rig.tick(Date.parse('2026-03-03T01:30:00Z'));

    const [first, second] = digestsTo(rig.smtp, 'reader@example.org');
    expect(first!.parsed.text).toContain(missile.title);
    expect(second!.parsed.text).toContain(frigate.title);
    expect(second!.parsed.text).not.toContain(missile.title);
  }, 60_000);
});
