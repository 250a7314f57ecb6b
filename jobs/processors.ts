import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Ctx } from '../src/context.js';
import { connectRedis } from '../src/redis.js';
import { createStoryCache } from '../src/digests/select.js';
import { DigestBusyError, PermanentSendError, sendDigest, type SendResult } from '../src/digests/send.js';
import { pollFeed, type PollOutcome } from '../src/feeds/poll.js';
import type { Mailer } from '../src/mail/transport.js';
import { confirmationMail } from '../src/subscribers/lifecycle.js';
import { getSubscriber } from '../src/subscribers/store.js';
import type { Classifier } from '../src/topics/classifier.js';
import type { Taxonomy } from '../src/topics/taxonomy.js';
import { fanOutEdition, tickTime } from './editions.js';
import type { DigestEditionJob, DigestSendJob, FeedPollJob, MailJob, Queues } from './queues.js';

export interface JobDeps {
  ctx: Ctx;
  queues: Queues;
  classify: Classifier;
  taxonomy: Taxonomy;
  mailer: Mailer;
}

/** Thin processors: each hands its job to the domain and returns what happened. */
export function processors(deps: JobDeps) {
  const { ctx } = deps;
  const digestDeps = { mailer: deps.mailer, taxonomy: deps.taxonomy, stories: createStoryCache() };
  // Digest sends get their own auto-pipelined connection: the few commands of
  // each of many concurrent sends leave in one write per tick, not one each.
  const digestRedis = connectRedis(ctx.config.redisUrl, 'worker', { enableAutoPipelining: true });
  digestRedis.on('error', (error: Error) => ctx.log.warn({ err: error.message }, 'redis connection error (digest sends)'));
  const digestCtx: Ctx = { ...ctx, redis: digestRedis };
  return {
    close: async () => {
      await digestRedis.quit().catch(() => digestRedis.disconnect());
    },

    feedPoll: (job: Job<FeedPollJob>): Promise<PollOutcome> => pollFeed(ctx, deps.classify, job.data.feedId),

    digestEdition: (job: Job<DigestEditionJob>) => fanOutEdition(ctx, deps.queues, tickTime(job, ctx.now()), job.data.reason),

    digestSend: async (job: Job<DigestSendJob>, token?: string): Promise<SendResult> => {
      try {
        return await sendDigest(digestCtx, digestDeps, job.data.subscriberId, job.data.edition, job.data.editionLabel);
      } catch (error) {
        // Another worker holds this digest: look again shortly, without using up an attempt.
        if (error instanceof DigestBusyError) {
          await job.moveToDelayed(Date.now() + 1000 + Math.floor(Math.random() * 2000), token);
          throw new DelayedError();
        }
        // A 5xx will not turn into a 250 by trying again: fail for good, kept for inspection.
        if (error instanceof PermanentSendError) throw new UnrecoverableError(error.message);
        throw error;
      }
    },

    mail: async (job: Job<MailJob>): Promise<{ sent: boolean; reason?: string }> => {
      const subscriber = await getSubscriber(ctx, job.data.subscriberId);
      if (!subscriber || subscriber.status !== 'pending') return { sent: false, reason: 'no longer pending' };
      await deps.mailer.send(await confirmationMail(ctx, deps.taxonomy, subscriber));
      return { sent: true };
    },
  };
}
