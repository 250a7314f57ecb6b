import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJobId } from '../../jobs/editions.js';
import { editionFor } from '../../src/digests/editions.js';
import { digestHistory, ledgerEntry, sendDigest, type SendResult } from '../../src/digests/send.js';
import type { Subscriber } from '../../src/subscribers/store.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';

const DAY = 24 * 3600_000;

describe('exactly once: one digest per subscriber and edition', () => {
  let rig: DigestRig;
  let subs: Subscriber[];

  beforeAll(async () => {
    rig = await startDigestRig('digests-exactly-once', { DIGEST_SEND_CONCURRENCY: '8' });
    rig.clock.t = Date.parse('2026-02-27T05:00:00Z');
    subs = [];
    for (let i = 0; i < 40; i++) subs.push(await activeSubscriber(rig.ctx, { email: `reader${i}@example.org`, topics: ['defence', 'diplomacy'], timezone: 'UTC' }));
    for (let d = 0; d < 4; d++) {
      await seedStory(rig.ctx, { title: `Defence talks, day ${d}`, topics: ['defence'], seenAt: Date.parse('2026-02-27T01:00:00Z') + d * DAY });
      await seedStory(rig.ctx, { title: `Diplomacy talks, day ${d}`, topics: ['diplomacy'], seenAt: Date.parse('2026-02-27T02:00:00Z') + d * DAY });
    }
  });
  afterAll(async () => rig?.close());

  const digestCounts = () => subs.map((s) => digestsTo(rig.smtp, s.email).length);

  it('sends one mail each when the same edition runs twice', async () => {
    await rig.tick(Date.parse('2026-02-27T07:00:00Z'));
    expect(digestCounts()).toEqual(subs.map(() => 1));
    // The same tick again, and a run by hand of the same edition.
    await rig.tick(Date.parse('2026-02-27T07:00:00Z'));
    await rig.tick(Date.parse('2026-02-27T07:30:00Z'), 'manual');
    expect(digestCounts()).toEqual(subs.map(() => 1));
    const mail = digestsTo(rig.smtp, subs[0]!.email)[0]!;
    expect(mail.parsed.subject).toBe('Daily briefing, Friday 27 February 2026: Defence talks, day 0');
  });

  it('sends one mail each when two workers run the edition at the same time', async () => {
    await rig.addWorkers();
    rig.clock.t = Date.parse('2026-02-28T07:00:00Z');
    const { digestEdition } = rig.runtime.queues;
    // Two ticks for the same moment, as two schedulers might produce, picked up by two worker sets.
    await Promise.all([digestEdition.add('tick', { reason: 'schedule', at: rig.clock.t }), digestEdition.add('tick', { reason: 'manual', at: rig.clock.t })]);
    await rig.settle();
    expect(digestCounts()).toEqual(subs.map(() => 2));
    // Message-IDs on the sender's domain, one per (edition, subscriber).
    for (const s of subs) expect((await ledgerEntry(rig.ctx, 'daily-2026-02-28', s.id))?.messageId).toMatch(/^<daily-2026-02-28\.[\w-]{22}@wirebrief\.test>$/);
  });

  it('sends once when the same digest is sent from many places at once', async () => {
    rig.clock.t = Date.parse('2026-03-01T07:00:00Z');
    const edition = editionFor(subs[0]!, rig.clock.t);
    const deps = { mailer: rig.runtime.mailer, taxonomy: rig.runtime.taxonomy };
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => sendDigest(rig.ctx, deps, subs[0]!.id, edition.id, edition.label)));
    const sent = results.filter((r) => r.status === 'fulfilled' && (r.value as SendResult).status === 'sent');
    expect(sent).toHaveLength(1);
    // The others found the claim taken (to be retried) or the ledger entry written.
    for (const r of results) {
      if (r.status === 'rejected') expect(String(r.reason)).toMatch(/DigestBusyError|being sent by another worker/);
      else expect(['sent', 'already-sent']).toContain(r.value.status);
    }
    expect(digestsTo(rig.smtp, subs[0]!.email)).toHaveLength(3);
  });

  it('sends nothing again when a finished send job is removed and added anew: the ledger decides', async () => {
    const { digestSend } = rig.runtime.queues;
    const id = sendJobId('daily-2026-02-28', subs[1]!.id);
    const done = await digestSend.getJob(id);
    expect(await done?.getState()).toBe('completed');
    await done!.remove();
    await digestSend.add('send', { subscriberId: subs[1]!.id, edition: 'daily-2026-02-28', editionLabel: 'Daily briefing' }, { jobId: id });
    await rig.settle();
    const again = await digestSend.getJob(id);
    expect(again?.returnvalue).toEqual({ status: 'already-sent' });
    expect(digestsTo(rig.smtp, subs[1]!.email)).toHaveLength(2);
  });

  it('moves the cursor only with a sent digest, and records message id, stories and time', async () => {
    const history = await digestHistory(rig.ctx, subs[2]!.id);
    expect(history.map((h) => h.edition)).toEqual(['daily-2026-02-28', 'daily-2026-02-27']);
    const [latest] = history;
    const mails = digestsTo(rig.smtp, subs[2]!.email);
    expect(latest!.messageId).toBe(mails[1]!.parsed.messageId);
    expect(latest!.at).toBe(Date.parse('2026-02-28T07:00:00Z'));
    expect(latest!.storyIds).toHaveLength(2);
    expect(mails[1]!.parsed.text).toContain('Defence talks, day 1');
    expect(mails[1]!.parsed.text).not.toContain('Defence talks, day 0');
  });
});
