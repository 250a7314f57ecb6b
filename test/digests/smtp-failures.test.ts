import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJobId } from '../../jobs/editions.js';
import { classifySmtpError } from '../../src/mail/transport.js';
import { getSubscriber, type Subscriber } from '../../src/subscribers/store.js';
import { isSuppressed } from '../../src/subscribers/suppression.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { smtpError } from '../helpers/smtp.js';

const DAY = 24 * 3600_000;
const SEVEN = Date.parse('2026-02-27T07:00:00Z');
/** What the mail server answers an address's first attempts: a 421, then a 451; the next one is accepted. */
const REFUSALS = [() => smtpError(421, '4.3.2 Service not available, closing channel'), () => smtpError(451, '4.7.1 Greylisted, try again later')];

describe('SMTP failures', () => {
  let rig: DigestRig;
  let subs: Subscriber[];

  beforeAll(async () => {
    rig = await startDigestRig('digests-smtp-failures', { DIGEST_RETRY_SECONDS: '1', DIGEST_HARD_BOUNCES: '2', DIGEST_SEND_CONCURRENCY: '4' });
    rig.clock.t = SEVEN - 3600_000;
    subs = [];
    for (let i = 0; i < 12; i++) subs.push(await activeSubscriber(rig.ctx, { email: `reader${i}@example.org`, topics: ['defence'], timezone: 'UTC' }));
    for (let d = 0; d < 4; d++) await seedStory(rig.ctx, { title: `Border talks, day ${d}`, topics: ['defence'], seenAt: SEVEN - 3600_000 + d * DAY });
  });
  afterEach(() => rig.smtp.respond(null));
  afterAll(async () => rig?.close());

  it('retries 421 and 451 with back-off: the mails arrive later, none lost, none doubled', async () => {
    // Each address is refused a set number of times, whenever its attempts come: a window of wall-clock time
    // would close before the first attempt on a loaded machine, and then nothing is refused at all.
    const refusedAt = new Map<string, number[]>();
    const acceptedAt = new Map<string, number>();
    rig.smtp.respond((to) => {
      const times = refusedAt.get(to) ?? [];
      if (times.length === REFUSALS.length) {
        acceptedAt.set(to, Date.now());
        return null;
      }
      refusedAt.set(to, [...times, Date.now()]);
      return REFUSALS[times.length]!();
    });
    await rig.tick(SEVEN);
    for (const s of subs) {
      expect(digestsTo(rig.smtp, s.email)).toHaveLength(1);
      const [first, second] = refusedAt.get(s.email) ?? [];
      // DIGEST_RETRY_SECONDS=1, exponential: the second try waits at least 1 s, the third at least 2 s more.
      expect(second! - first!).toBeGreaterThanOrEqual(1000);
      expect(acceptedAt.get(s.email)! - second!).toBeGreaterThanOrEqual(2000);
    }
    const job = await rig.runtime.queues.digestSend.getJob(sendJobId('daily-2026-02-27', subs[0]!.id));
    expect(job?.attemptsMade).toBe(REFUSALS.length + 1);
    expect(job?.returnvalue).toMatchObject({ status: 'sent' });
  });

  it('marks an address refused with 550 as bouncing after DIGEST_HARD_BOUNCES editions; others are unaffected', async () => {
    const bad = subs[3]!;
    const rcpts: string[] = [];
    rig.smtp.respond((to) => {
      rcpts.push(to);
      return to === bad.email ? smtpError(550, '5.1.1 <reader3@example.org>: Recipient address rejected: User unknown') : null;
    });

    await rig.tick(SEVEN + DAY);
    expect((await getSubscriber(rig.ctx, bad.id))?.status).toBe('active');
    const failed = await rig.runtime.queues.digestSend.getJob(sendJobId('daily-2026-02-28', bad.id));
    // Failed for good at once (no retries of a 5xx), and kept for inspection.
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/address refused \(1 of 2\).*550/);

    await rig.tick(SEVEN + 2 * DAY);
    expect((await getSubscriber(rig.ctx, bad.id))?.status).toBe('bouncing');
    expect(await isSuppressed(rig.ctx, bad.email)).toBe(true);
    expect((await rig.runtime.queues.digestSend.getJob(sendJobId('daily-2026-03-01', bad.id)))?.failedReason).toMatch(/2 of 2: now bouncing/);

    rcpts.length = 0;
    await rig.tick(SEVEN + 3 * DAY);
    expect(rcpts).not.toContain(bad.email);
    for (const s of subs.filter((x) => x.id !== bad.id)) {
      expect(digestsTo(rig.smtp, s.email)).toHaveLength(4);
      expect((await getSubscriber(rig.ctx, s.id))?.status).toBe('active');
    }
    expect(digestsTo(rig.smtp, bad.email)).toHaveLength(1);
  });

  it('tells address refusals, other permanent refusals and transient trouble apart', () => {
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 User unknown' })).toBe('address');
    expect(classifySmtpError({ responseCode: 553, response: '553 mailbox name not allowed' })).toBe('address');
    expect(classifySmtpError({ responseCode: 550, response: '550 5.7.1 Message rejected as spam' })).toBe('permanent');
    expect(classifySmtpError({ responseCode: 552, response: '552 5.3.4 Message too big' })).toBe('permanent');
    expect(classifySmtpError({ responseCode: 451, response: '451 4.7.1 Greylisted' })).toBe('transient');
    expect(classifySmtpError({ responseCode: 421, response: '421 Service not available' })).toBe('transient');
    expect(classifySmtpError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }))).toBe('transient');
    expect(classifySmtpError(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }))).toBe('transient');
  });
});
