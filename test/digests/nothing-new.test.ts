import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntry, sendDigest } from '../../src/digests/send.js';
import { getSubscriber } from '../../src/subscribers/store.js';
import { activeSubscriber, startDigestRig, type DigestRig } from '../helpers/digests.js';

const SEVEN = Date.parse('2026-02-27T07:00:00Z');

describe('nothing new for a subscriber', () => {
  let rig: DigestRig;
  beforeAll(async () => {
    rig = await startDigestRig('digests-nothing-new');
  });
  afterAll(async () => rig?.close());

  it('sends no mail by default, and still moves the cursor', async () => {
    const quiet = await activeSubscriber(rig.ctx, { email: 'quiet@example.org', topics: ['space'], timezone: 'UTC' });
    await rig.tick(SEVEN);
    expect(rig.smtp.mailsTo('quiet@example.org')).toHaveLength(0);
    expect((await getSubscriber(rig.ctx, quiet.id))?.lastDigestAt).toBe(SEVEN);
    expect(await ledgerEntry(rig.ctx, 'daily-2026-02-27', quiet.id)).toMatchObject({ messageId: null, storyIds: [] });
  });

  it('sends a short "nothing new" mail with DIGEST_NOTHING_NEW=send', async () => {
    const quiet = await activeSubscriber(rig.ctx, { email: 'told@example.org', topics: ['space'], timezone: 'UTC' });
    const ctx = { ...rig.ctx, config: { ...rig.ctx.config, digests: { ...rig.ctx.config.digests, nothingNew: 'send' as const } } };
    rig.clock.t = SEVEN + 60_000;
    const result = await sendDigest(ctx, { mailer: rig.runtime.mailer, taxonomy: rig.runtime.taxonomy }, quiet.id, 'daily-2026-02-27', 'Daily briefing, Friday 27 February 2026');
    expect(result).toMatchObject({ status: 'sent', storyIds: [] });
    const [mail] = rig.smtp.mailsTo('told@example.org');
    expect(mail?.parsed.subject).toBe('Daily briefing, Friday 27 February 2026: nothing new on your topics');
    expect(mail?.parsed.text).toMatch(/Nothing new on your topics since \d+ February 2026/);
    expect(mail?.parsed.html).toContain('Nothing new on your topics since');
  });
});
