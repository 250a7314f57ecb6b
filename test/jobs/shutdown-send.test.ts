import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJobId } from '../../jobs/editions.js';
import { createQueues, type Queues } from '../../jobs/queues.js';
import type { Config } from '../../src/config.js';
import { editionFor } from '../../src/digests/editions.js';
import { startService, type Service } from '../../src/service.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

const READER = 'held.reader@example.org';

/**
 * A worker told to stop while the mail server holds its digest in the middle of
 * the SMTP dialogue: near the end of the grace period the send is aborted (its
 * connection closed), the digest's claim let go and the job handed back, so the
 * next worker sends it at once rather than after the claim runs out
 * (DIGEST_LOCK_SECONDS, 30 s by default), and the reader gets it once.
 */
describe('a worker stopping while the mail server holds a digest', { timeout: 60_000 }, () => {
  let smtp: SmtpCapture;
  let config: Config;
  let queues: Queues;
  let redis: Redis;
  const services: Service[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    config = testConfig('jobs-shutdown-send', { SMTP_URL: smtp.url, MAIL_FROM: 'Wire desk <desk@wirebrief.test>', SHUTDOWN_GRACE_SECONDS: '2' });
    queues = createQueues(config);
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
    await queues?.close();
    if (redis) {
      await deletePrefix(redis, config.prefix);
      await redis.quit();
    }
    await smtp?.close();
  });

  it('aborts the send, lets go of the claim and hands the job back: the next worker sends the digest at once, once', async () => {
    let release!: () => void;
    const held = new Promise<null>((resolve) => (release = () => resolve(null)));
    let reached = 0;
    smtp.respond((to) => (to === READER ? (reached++, held) : null));
    const first = await startService(config, ['worker']);
    const { ctx } = first.runtime;
    const sub = await activeSubscriber(ctx, { email: READER, topics: ['defence'] });
    await seedStory(ctx, { title: 'Navy commissions a frigate at Mumbai', topics: ['defence'], seenAt: Date.now() - 3600_000 });
    const edition = editionFor(sub, Date.now());
    const jobId = sendJobId(edition.id, sub.id);
    await queues.digestSend.add('send', { subscriberId: sub.id, edition: edition.id, editionLabel: edition.label }, { jobId });
    await waitFor(() => reached === 1, 'the send to reach RCPT TO');

    await first.close();
    expect(await redis.exists(`${config.prefix}:ledger:${edition.id}:claim:${sub.id}`)).toBe(0);
    const job = (await queues.digestSend.getJob(jobId))!;
    expect(await job.getState()).toBe('waiting');
    expect(job.attemptsMade).toBe(0);
    // The server lets the held dialogue go on: nothing may come of it, the connection was closed.
    release();
    smtp.respond(null);

    services.push(await startService(config, ['worker']));
    await smtp.waitForMail((m) => m.to.includes(READER), 'the digest from the next worker', 15_000);
    await waitFor(async () => (await queues.digestSend.getJob(jobId))?.finishedOn, 'the send job to finish');
    expect((await queues.digestSend.getJob(jobId))!.returnvalue).toMatchObject({ status: 'sent' });
    expect(smtp.mailsTo(READER)).toHaveLength(1);
  });
});
