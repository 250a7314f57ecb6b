import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDigest } from '../../src/digests/send.js';
import { seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { legacySubscriber } from '../helpers/legacy-subscribers.js';

const SEVEN = Date.parse('2026-02-27T07:00:00Z');

/**
 * Versions before the mailbox's one spelling could store a mailbox twice, once
 * under its xn-- domain and once under the Unicode one. Both records stay
 * until an operator erases one; the mailbox gets one digest an edition.
 */
describe('a mailbox stored twice by older versions', () => {
  let rig: DigestRig;
  beforeAll(async () => {
    rig = await startDigestRig('digests-legacy-duplicates');
  });
  afterAll(async () => rig?.close());

  it('gets one digest an edition, from the record its index names first', async () => {
    rig.clock.t = SEVEN;
    await seedStory(rig.ctx, { title: 'India and Italy deepen defence cooperation', topics: ['defence'], seenAt: SEVEN - 3600_000 });
    const ascii = await legacySubscriber(rig.ctx, 'desk@xn--bhrat-hra.news');
    const unicode = await legacySubscriber(rig.ctx, 'desk@bhärat.news');
    const deps = { mailer: rig.runtime.mailer, taxonomy: rig.runtime.taxonomy };
    const results = [];
    for (const s of [ascii, unicode]) results.push(await sendDigest(rig.ctx, deps, s.id, 'daily-2026-02-27', 'Daily briefing, Friday 27 February 2026'));
    expect(results.map((r) => r.status)).toEqual(['skipped', 'sent']);
    const digests = rig.smtp.mails.filter((m) => m.to.some((to) => /^desk@/i.test(to)) && /briefing/i.test(m.parsed.subject ?? ''));
    expect(digests).toHaveLength(1);
  });

  it('still gets its digest when the record the index names first is not active', async () => {
    const pending = await legacySubscriber(rig.ctx, 'night@bhärat.news', { active: false });
    const active = await legacySubscriber(rig.ctx, 'night@xn--bhrat-hra.news');
    const deps = { mailer: rig.runtime.mailer, taxonomy: rig.runtime.taxonomy };
    expect(await sendDigest(rig.ctx, deps, pending.id, 'daily-2026-02-27', 'Daily briefing, Friday 27 February 2026')).toMatchObject({ status: 'skipped', reason: 'pending' });
    expect(await sendDigest(rig.ctx, deps, active.id, 'daily-2026-02-27', 'Daily briefing, Friday 27 February 2026')).toMatchObject({ status: 'sent' });
  });
});
