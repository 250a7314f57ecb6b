import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJobId } from '../../jobs/editions.js';
import { createQueues, type Queues } from '../../jobs/queues.js';
import type { Config } from '../../src/config.js';
import { editionFor } from '../../src/digests/editions.js';
import { ledgerEntry } from '../../src/digests/send.js';
import { startService, type Service } from '../../src/service.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { scrape } from '../helpers/metrics.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';
import { heldAnswer, startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

const READER = 'held.reader@example.org';
const MAIL_FROM = 'Wire desk <desk@wirebrief.test>';

/** A real SMTP capture, queues and a Redis client for one describe block; services started in it are closed after. */
function shutdownRig(name: string, env: Record<string, string>) {
  const rig = { services: [] as Service[] } as { smtp: SmtpCapture; config: Config; queues: Queues; redis: Redis; services: Service[] };
  beforeAll(async () => {
    rig.smtp = await startSmtpCapture();
    rig.config = testConfig(name, { SMTP_URL: rig.smtp.url, MAIL_FROM, ...env });
    rig.queues = createQueues(rig.config);
    rig.redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all(rig.services.map((s) => s.close()));
    await rig.queues?.close();
    if (rig.redis) {
      await deletePrefix(rig.redis, rig.config.prefix);
      await rig.redis.quit();
    }
    await rig.smtp?.close();
  });
  return rig;
}

/** A subscriber, a story for them and their digest's send job on the queue. */
async function queueDigest(service: Service, queues: Queues, email: string) {
  const { ctx } = service.runtime;
  const sub = await activeSubscriber(ctx, { email, topics: ['defence'] });
  await seedStory(ctx, { title: 'Navy commissions a frigate at Mumbai', topics: ['defence'], seenAt: Date.now() - 3600_000 });
  const edition = editionFor(sub, Date.now());
  const jobId = sendJobId(edition.id, sub.id);
  const data = { subscriberId: sub.id, edition: edition.id, editionLabel: edition.label };
  await queues.digestSend.add('send', data, { jobId });
  return { sub, edition, jobId, data };
}

const ABORT_LINE = 'grace period nearly over: stopping the work in hand and handing its jobs back';

/** A logger whose lines the test reads. */
function captureLog() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }) };
}

/**
 * A worker told to stop while the mail server holds its digest in the middle of
 * the SMTP dialogue: near the end of the grace period the send is aborted (its
 * connection closed), the digest's claim let go and the job handed back, so the
 * next worker sends it at once rather than after the claim runs out
 * (DIGEST_LOCK_SECONDS, 30 s by default), and the reader gets it once.
 */
describe('a worker stopping while the mail server holds a digest', { timeout: 60_000 }, () => {
  const rig = shutdownRig('jobs-shutdown-send', { SHUTDOWN_GRACE_SECONDS: '2' });

  it('aborts the send, lets go of the claim and hands the job back: the next worker sends the digest at once, once', async () => {
    const { smtp, config, queues, redis } = rig;
    const { held, release } = heldAnswer();
    let reached = 0;
    smtp.respond((to) => (to === READER ? (reached++, held) : null));
    const first = await startService(config, ['worker']);
    const { sub, edition, jobId } = await queueDigest(first, queues, READER);
    await waitFor(() => reached === 1, 'the send to reach RCPT TO');

    await first.close();
    expect(await redis.exists(`${config.prefix}:ledger:${edition.id}:claim:${sub.id}`)).toBe(0);
    expect(await redis.exists(`${config.prefix}:sub:${sub.id}:digest-claim`)).toBe(0);
    const job = (await queues.digestSend.getJob(jobId))!;
    expect(await job.getState()).toBe('waiting');
    expect(job.attemptsMade).toBe(0);
    // The server lets the held dialogue go on: nothing may come of it, the connection was closed.
    release();
    smtp.respond(null);

    rig.services.push(await startService(config, ['worker']));
    await smtp.waitForMail((m) => m.to.includes(READER), 'the digest from the next worker', 15_000);
    await waitFor(async () => (await queues.digestSend.getJob(jobId))?.finishedOn, 'the send job to finish');
    expect((await queues.digestSend.getJob(jobId))!.returnvalue).toMatchObject({ status: 'sent' });
    expect(smtp.mailsTo(READER)).toHaveLength(1);
  });
});

/**
 * A worker told to stop while the mail server has the whole digest and has not
 * answered yet (its end-of-data reply is slow: a content scan, a busy queue).
 * Closing the connection then would not stop the delivery, only leave the
 * answer unheard and the digest unrecorded, for the next worker to send again.
 * The send is not aborted: it waits for the answer within the grace period,
 * records the digest, and the job completes; nothing goes out after a restart.
 */
describe('a worker stopping while the mail server is answering a whole digest', { timeout: 60_000 }, () => {
  // 8 s of grace: the last 2 s are the reserve, of which the first half waits for work in hand after the abort.
  const rig = shutdownRig('jobs-shutdown-send-whole', { SHUTDOWN_GRACE_SECONDS: '8' });
  const WHOLE = 'whole.reader@example.org';

  it('lets the send finish and records it: one mail, the job completed, nothing sent again after a restart', async () => {
    const { smtp, config, queues, redis } = rig;
    const { held, release } = heldAnswer();
    let whole = 0;
    smtp.respondToData((to) => (to === WHOLE ? (whole++, held) : null));
    const { lines, log } = captureLog();
    const first = await startService(config, ['worker'], { log });
    const { sub, edition, jobId, data } = await queueDigest(first, queues, WHOLE);
    await waitFor(() => whole === 1, 'the whole digest at the mail server');

    const closedBefore = smtp.closed;
    const closing = first.close();
    // The server answers once the grace period's abort has come: the worker says so, or (aborting the send) hangs up.
    await waitFor(() => lines.some((l) => l.msg === ABORT_LINE) || smtp.closed > closedBefore, 'the abort near the end of the grace period', 20_000, 10);
    release();
    smtp.respondToData(null);
    await closing;

    expect(smtp.mailsTo(WHOLE)).toHaveLength(1);
    const entry = await ledgerEntry({ ...first.runtime.ctx, redis }, edition.id, sub.id);
    expect(entry?.messageId).toBe(smtp.mailsTo(WHOLE)[0]!.parsed.messageId);
    const job = (await queues.digestSend.getJob(jobId))!;
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toMatchObject({ status: 'sent' });
    expect(job.returnvalue).not.toHaveProperty('secondCopyPossible');

    // A restarted worker finds nothing to send: the job is done, and the same digest queued again is in the ledger.
    rig.services.push(await startService(config, ['worker']));
    const again = await queues.digestSend.add('send', data, { jobId: `${jobId}-again` });
    await waitFor(async () => (await queues.digestSend.getJob(again.id!))?.finishedOn, 'the repeated send job to finish');
    expect((await queues.digestSend.getJob(again.id!))!.returnvalue).toEqual({ status: 'already-sent' });
    expect(smtp.mailsTo(WHOLE)).toHaveLength(1);
  });
});

/**
 * What SMTP leaves open: a mail server that answers the end of DATA only after
 * the grace period is over. The worker cannot wait longer; its process goes
 * (here: its Redis connections close) and the answer, when it comes, cannot be
 * recorded. The next attempt finds the note that the whole digest was handed
 * over with no answer, sends it again with the same Message-ID (never lose a
 * digest), and counts it as a possible second copy.
 */
describe('a mail server answering a whole digest only after the grace period', { timeout: 60_000 }, () => {
  const rig = shutdownRig('jobs-shutdown-send-late', { SHUTDOWN_GRACE_SECONDS: '2', DIGEST_LOCK_SECONDS: '2' });
  const LATE = 'late.answer@example.org';

  it('sends again with the same Message-ID and counts the possible second copy', async () => {
    const { smtp, config, queues } = rig;
    const { held, release } = heldAnswer();
    let whole = 0;
    smtp.respondToData((to) => (to === LATE && whole++ === 0 ? held : null));
    const first = await startService(config, ['worker']);
    const { jobId } = await queueDigest(first, queues, LATE);
    await waitFor(() => whole === 1, 'the whole digest at the mail server');
    await first.close();
    // The answer comes after the stop: the server delivers, the stopped worker can no longer record it.
    release();
    await smtp.waitForMail((m) => m.to.includes(LATE), 'the first copy');
    expect(await (await queues.digestSend.getJob(jobId))!.getState()).toBe('waiting');

    const next = await startService(config, ['worker']);
    rig.services.push(next);
    await waitFor(async () => (await queues.digestSend.getJob(jobId))?.finishedOn, 'the send job to finish', 20_000);
    expect((await queues.digestSend.getJob(jobId))!.returnvalue).toMatchObject({ status: 'sent', secondCopyPossible: true });
    const copies = smtp.mailsTo(LATE);
    expect(copies).toHaveLength(2);
    expect(copies[1]!.parsed.messageId).toBe(copies[0]!.parsed.messageId);
    expect((await scrape(next.url!)).value('wirebrief_digests_sent_again_total')).toBe(1);
  });
});
