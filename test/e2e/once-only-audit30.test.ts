import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJobId } from '../../jobs/editions.js';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { createQueues, type Queues } from '../../jobs/queues.js';
import type { Ctx } from '../../src/context.js';
import { ledgerEntry } from '../../src/digests/send.js';
import { editionFor } from '../../src/digests/editions.js';
import { signedLink } from '../../src/subscribers/links.js';
import type { Subscriber } from '../../src/subscribers/store.js';
import { activeSubscriber, digestsTo, seedStory } from '../helpers/digests.js';
import { deletePrefix, REDIS_URL, testCtx } from '../helpers/redis.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { serviceEnv } from '../helpers/service-env.js';
import { heldAnswer, smtpError, startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issues 5 and 6, checked from outside: the service (api and worker roles) in-process on its own Redis
 * prefix, a real SMTP server whose mails mailparser reads, and the admin API and one-click unsubscribe over HTTP.
 * "An SMTP 4xx must never lose a subscriber, and never send a digest twice"; an unsubscribe is honoured by every
 * send that has not yet begun. Each test has its own addresses; the edition is the subscriber's current one.
 */
describe('digests once and only once, from outside (audit30)', { timeout: 120_000 }, () => {
  let smtp: SmtpCapture;
  let app: TestService;
  let ctx: Ctx;
  /** Every RCPT TO the server was offered, in order (accepted or not). */
  const rcpts: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestService('e2e-once-audit30', {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Wire desk <desk@wirebrief.test>',
      DIGEST_JITTER_MINUTES: '0',
      DIGEST_RETRY_SECONDS: '1',
      // One send at a time, so a test knows which sends have begun when it holds the mail server's answer.
      QUEUE_CONCURRENCY: 'digest-send=1',
      // No scheduler role: its edition clock keeps a next tick delayed in the queue; the test adds the ticks itself.
    }, ['api', 'worker']);
    ctx = app.service.runtime.ctx;
    for (let i = 0; i < 3; i++) await seedStory(ctx, { title: `Border talks resume, round ${i}`, topics: ['defence'], seenAt: Date.now() - (30 - i) * 60_000 });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  /** Until no edition fan-out or digest send is waiting, active or delayed. */
  const settle = async () => {
    const { digestEdition, digestSend } = app.service.runtime.queues;
    await waitFor(
      async () => {
        const counts = [await digestEdition.getJobCounts('waiting', 'active', 'delayed', 'prioritized'), await digestSend.getJobCounts('waiting', 'active', 'delayed', 'prioritized')];
        return counts.every((c) => Object.values(c).every((n) => n === 0));
      },
      'the digest queues to drain',
      60_000,
      50,
    );
  };
  const sendNow = async () => {
    const res = await app.post('/api/admin/digests/run', {}, ADMIN_HEADERS);
    expect(res.status).toBe(202);
  };
  const readers = async (tag: string, n: number, extra: { hour?: number } = {}) => {
    const out: Subscriber[] = [];
    for (let i = 0; i < n; i++) out.push(await activeSubscriber(ctx, { email: `${tag}${i}@example.org`, topics: ['defence'], timezone: 'UTC', frequency: 'daily', ...extra }));
    return out;
  };
  const sendJob = async (s: Subscriber) => app.service.runtime.queues.digestSend.getJob(sendJobId(editionFor(s, Date.now()).id, s.id));
  /** The one digest each has, and that it is the one the ledger recorded for the edition (same Message-ID). */
  const expectOneDigestEach = async (subs: Subscriber[]) => {
    const ids = new Set<string>();
    for (const s of subs) {
      const mails = digestsTo(smtp, s.email);
      expect(mails, s.email).toHaveLength(1);
      const entry = await ledgerEntry(ctx, editionFor(s, Date.now()).id, s.id);
      expect(entry?.messageId, s.email).toBeTruthy();
      expect(mails[0]!.parsed.messageId).toBe(entry!.messageId);
      ids.add(entry!.messageId!);
    }
    expect(ids.size).toBe(subs.length);
  };

  it('a 451 to some recipients for their first two attempts: each gets one digest of the edition, and the others are not sent again by the retries', async () => {
    const subs = await readers('greylisted', 8);
    const greylisted = new Set(subs.slice(0, 3).map((s) => s.email));
    const refusals = new Map<string, number>();
    smtp.respond((to) => {
      rcpts.push(to);
      if (!greylisted.has(to) || (refusals.get(to) ?? 0) >= 2) return null;
      refusals.set(to, (refusals.get(to) ?? 0) + 1);
      return smtpError(451, '4.7.1 Greylisted, try again later');
    });
    try {
      await sendNow();
      await waitFor(() => subs.every((s) => digestsTo(smtp, s.email).length > 0), 'a digest to every reader', 60_000);
      await settle();
      await expectOneDigestEach(subs);
      for (const s of subs) {
        // The refused ones were offered three times (two 451s, one accepted), the others exactly once.
        expect(rcpts.filter((r) => r === s.email), s.email).toHaveLength(greylisted.has(s.email) ? 3 : 1);
        const job = await sendJob(s);
        expect(job?.returnvalue).toMatchObject({ status: 'sent' });
        expect(job?.attemptsMade).toBe(greylisted.has(s.email) ? 3 : 1);
      }
      // Asked again for the same edition: the ledger answers, nobody is offered a second copy.
      const before = rcpts.length;
      await sendNow();
      await settle();
      await expectOneDigestEach(subs);
      expect(rcpts.slice(before).filter((r) => subs.some((s) => s.email === r))).toEqual([]);
    } finally {
      smtp.respond(null);
    }
  });

  it('the same edition triggered twice at one minute (admin "send now" twice, and the clock\'s scheduled tick twice): one digest each', async () => {
    const at = Date.now();
    const subs = await readers('twice', 10, { hour: new Date(at).getUTCHours() });
    smtp.respond((to) => {
      rcpts.push(to);
      return null;
    });
    try {
      const { digestEdition } = app.service.runtime.queues;
      await Promise.all([sendNow(), digestEdition.add('tick', { reason: 'schedule', at }), sendNow(), digestEdition.add('tick', { reason: 'schedule', at })]);
      await waitFor(() => subs.every((s) => digestsTo(smtp, s.email).length > 0), 'a digest to every reader', 60_000);
      await settle();
      await expectOneDigestEach(subs);
      for (const s of subs) expect(rcpts.filter((r) => r === s.email), s.email).toHaveLength(1);
    } finally {
      smtp.respond(null);
    }
  });

  it('a one-click unsubscribe while the edition is being sent: no digest to that reader from a send not yet begun, nor from a retry after a 451', async () => {
    const subs = await readers('leaving', 6);
    const hold = heldAnswer();
    let first: string | null = null;
    // The first address offered is held at RCPT TO (its send has begun); `refused`, chosen among the others while the
    // first is held (one send at a time: none has begun), gets 451 every time it is offered: however many retries
    // come before the unsubscribe lands, the first one after it must end the job without a mail.
    let refused: Subscriber | null = null;
    smtp.respond((to) => {
      rcpts.push(to);
      if (first === null) {
        first = to;
        return hold.held;
      }
      return to === refused?.email ? smtpError(451, '4.7.1 Greylisted, try again later') : null;
    });
    try {
      await sendNow();
      await waitFor(() => first, 'the first send to reach the mail server', 60_000);
      const inFlight = subs.find((s) => s.email === first)!;
      const [leavingA, leavingB, refusedOne] = subs.filter((s) => s !== inFlight);
      const leaving = [leavingA!, leavingB!];
      const quitter = refusedOne!;
      refused = quitter;
      const unsubscribe = async (s: Subscriber) => {
        const res = await fetch(signedLink(ctx, s.id, 'unsubscribe'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
        expect(res.status, s.email).toBe(200);
      };
      for (const s of leaving) await unsubscribe(s);
      hold.release();
      // The refused reader's first attempt meets a 451; they unsubscribe, and the next retry ends the job: skipped.
      await waitFor(() => rcpts.includes(quitter.email), 'the refused reader to be offered once', 60_000);
      await unsubscribe(quitter);
      await settle();
      const gone = [...leaving, quitter];
      for (const s of gone) {
        expect(digestsTo(smtp, s.email), s.email).toEqual([]);
        const job = await sendJob(s);
        expect(job?.returnvalue, s.email).toMatchObject({ status: 'skipped', reason: 'unsubscribed' });
        expect(await ledgerEntry(ctx, editionFor(s, Date.now()).id, s.id)).toBeNull();
      }
      expect(rcpts.filter((r) => leaving.some((s) => s.email === r))).toEqual([]);
      await expectOneDigestEach(subs.filter((s) => !gone.includes(s)));
    } finally {
      hold.release();
      smtp.respond(null);
    }
  });
});

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

/**
 * A real worker process (`wirebrief start --role worker`) killed with SIGKILL while the mail server holds the answer to
 * one digest, then a new worker started. Sends go one at a time, so that digest is the only one in hand at the kill.
 * Held at RCPT TO (the server never had the message): every reader ends with exactly one digest of the edition. Held
 * after the end of DATA (the server has the whole message and keeps it): that reader gets the one documented second
 * copy, with the first one's Message-ID, counted as such; every other reader exactly one.
 */
describe('SIGKILL of a worker process with one digest in hand (audit30)', { timeout: 240_000 }, () => {
  let smtp: SmtpCapture;
  let ctx: ReturnType<typeof testCtx>;
  let queues: Queues;
  let children: ChildProcess[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterEach(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    children = [];
    smtp.respond(null);
    smtp.respondToData(null);
    await queues?.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, ctx.config.prefix);
    await redis.quit();
    await ctx.cleanup();
  });
  afterAll(async () => smtp?.close());

  const startWorker = () => {
    const child = spawn(process.execPath, [bin, 'start', '--role', 'worker'], {
      env: serviceEnv(ctx, smtp.url, 'once-audit30-kill', { LOG_FORMAT: 'json', QUEUE_CONCURRENCY: 'digest-send=1', DIGEST_LOCK_SECONDS: '3', DIGEST_JITTER_MINUTES: '0' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
    children.push(child);
    return child;
  };

  /** Readers and stories; the edition runs at the test's clock, whose daily edition the ledger is read under. */
  const setUp = async (name: string, tag: string) => {
    ctx = testCtx(name);
    ctx.clock.t = Date.now();
    queues = createQueues(ctx.config);
    for (let i = 0; i < 3; i++) await seedStory(ctx, { title: `Ceasefire holds, day ${i}`, topics: ['defence'], seenAt: ctx.clock.t - (30 - i) * 60_000 });
    const subs: Subscriber[] = [];
    for (let i = 0; i < 5; i++) subs.push(await activeSubscriber(ctx, { email: `${tag}${i}@example.org`, topics: ['defence'], timezone: 'UTC', frequency: 'daily' }));
    return { subs, edition: `daily-${new Date(ctx.clock.t).toISOString().slice(0, 10)}` };
  };

  /**
   * Holds the mail server's answer to the first digest offered (at RCPT TO, or after the end of DATA), kills the first
   * worker while it waits, lets the held answer go (an accepted message is kept though the client is gone), starts a
   * second worker and waits until every reader has a digest and the queue is empty. Returns the held reader's address.
   */
  const killAndRestart = async (subs: Subscriber[], at: 'rcpt' | 'data') => {
    const hold = heldAnswer();
    let held: string | null = null;
    const holdFirst = (to: string) => {
      if (held !== null) return null;
      held = to;
      return hold.held;
    };
    if (at === 'rcpt') smtp.respond(holdFirst);
    else smtp.respondToData(holdFirst);
    const first = startWorker();
    await enqueueEditionRun(queues, ctx.clock.t);
    await waitFor(() => held, 'a digest to be held by the mail server', 120_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    hold.release();
    startWorker();
    await waitFor(() => subs.every((s) => digestsTo(smtp, s.email).length > 0), 'every reader to have the digest', 120_000);
    await waitFor(
      async () => Object.values(await queues.digestSend.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).every((n) => n === 0),
      'the send queue to drain',
      60_000,
    );
    return held!;
  };

  it('held at RCPT TO: every reader ends with exactly one digest, the one the ledger records', async () => {
    const { subs, edition } = await setUp('e2e-once-audit30-kill-rcpt', 'killed-at-rcpt');
    await killAndRestart(subs, 'rcpt');
    for (const s of subs) {
      const mails = digestsTo(smtp, s.email);
      expect(mails, s.email).toHaveLength(1);
      expect(mails[0]!.parsed.messageId).toBe((await ledgerEntry(ctx, edition, s.id))?.messageId);
    }
  });

  it('held after the end of DATA: that reader gets one second copy with the same Message-ID, counted; the others one each', async () => {
    const { subs, edition } = await setUp('e2e-once-audit30-kill-data', 'killed-at-data');
    const held = await killAndRestart(subs, 'data');
    for (const s of subs) {
      const mails = digestsTo(smtp, s.email);
      expect(mails, s.email).toHaveLength(s.email === held ? 2 : 1);
      const entry = await ledgerEntry(ctx, edition, s.id);
      expect(new Set(mails.map((m) => m.parsed.messageId))).toEqual(new Set([entry?.messageId]));
    }
    const again = subs.find((s) => s.email === held)!;
    const job = await queues.digestSend.getJob(sendJobId(edition, again.id));
    expect(job?.returnvalue).toMatchObject({ status: 'sent', secondCopyPossible: true });
  });
});
