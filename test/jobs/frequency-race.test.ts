import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJobId } from '../../jobs/editions.js';
import { editionFor } from '../../src/digests/editions.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { waitFor } from '../helpers/wait.js';

const READER = 'both-due@example.org';

/**
 * A daily and a weekly edition of one subscriber due at the same moment (the
 * daily fanned out just before a switch to weekly, both on Friday) and taken
 * by two workers at once. Each edition has its own claim, so both used to pass
 * the one-digest-a-day check before either was recorded and two mails went
 * out. The subscriber's own claim makes the second wait for the first, then
 * find it in the history: one mail, and the other job ends as skipped, with
 * its reason. Real Redis, two sets of BullMQ workers, a real SMTP server.
 */
describe('a daily and a weekly edition of one subscriber sent at the same moment', () => {
  let rig: DigestRig;

  beforeAll(async () => {
    rig = await startDigestRig('jobs-frequency-race');
    await rig.addWorkers();
  }, 60_000);
  afterAll(async () => rig?.close());

  it('sends one digest that local day: the other edition is skipped, not retried forever', async () => {
    rig.clock.t = Date.parse('2026-11-27T12:10:00Z');
    const sub = await activeSubscriber(rig.ctx, { email: READER, topics: ['defence'], frequency: 'weekly', weekday: 5, hour: 12, timezone: 'UTC' });
    await seedStory(rig.ctx, { title: 'Army raises a new mountain division in the east', topics: ['defence'], seenAt: rig.clock.t - 3600_000 });
    const daily = editionFor({ frequency: 'daily', timezone: 'UTC' }, rig.clock.t);
    const weekly = editionFor({ frequency: 'weekly', timezone: 'UTC' }, rig.clock.t);
    const jobIds = [sendJobId(daily.id, sub.id), sendJobId(weekly.id, sub.id)];

    // The mail server holds every RCPT TO to the reader until both sends have reached it (each passed the checks)
    // or one of the two jobs has been put off to wait for the other.
    let release!: () => void;
    const held = new Promise<null>((resolve) => (release = () => resolve(null)));
    let reached = 0;
    rig.smtp.respond((to) => (to === READER ? (reached++, held) : null));
    const { digestSend } = rig.runtime.queues;
    await digestSend.addBulk(
      [daily, weekly].map((e, i) => ({ name: 'send', data: { subscriberId: sub.id, edition: e.id, editionLabel: e.label }, opts: { jobId: jobIds[i] } })),
    );
    const states = async () => Promise.all(jobIds.map(async (id) => (await digestSend.getJob(id))?.getState()));
    await waitFor(async () => reached >= 2 || (reached === 1 && (await states()).includes('delayed')), 'both sends at the mail server, or one waiting for the other');
    release();
    rig.smtp.respond(null);
    await rig.settle(30_000);

    expect(digestsTo(rig.smtp, READER)).toHaveLength(1);
    const results = await Promise.all(jobIds.map(async (id) => (await digestSend.getJob(id))?.returnvalue as { status: string; reason?: string }));
    expect(results.map((r) => r.status).sort()).toEqual(['sent', 'skipped']);
    const skipped = results.find((r) => r.status === 'skipped')!;
    expect(skipped.reason).toMatch(/^digest (daily|weekly)-2026-(11-27|W48) already sent that day$/);
  }, 60_000);
});
