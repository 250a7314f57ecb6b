import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Ctx } from '../src/context.js';
import { connectRedis } from '../src/redis.js';
import { createCandidateCache, createStoryCache } from '../src/digests/select.js';
import { DigestBusyError, PermanentSendError, sendDigest, type SendResult } from '../src/digests/send.js';
import { checkDue, pollFeed, type PollOutcome, type PollSkipped } from '../src/feeds/poll.js';
import { classifySmtpError, type Mailer } from '../src/mail/transport.js';
import { SubscriberError } from '../src/subscribers/address.js';
import { requestSubscription, subscriptionMail } from '../src/subscribers/lifecycle.js';
import { getSubscriber, type Subscriber } from '../src/subscribers/store.js';
import type { Classifier } from '../src/topics/classifier.js';
import type { Taxonomy } from '../src/topics/taxonomy.js';
import { fanOutEdition, tickTime } from './editions.js';
import type { DigestEditionJob, DigestSendJob, FeedPollJob, MailJob, Queues } from './queues.js';
import { unscheduleFeed } from './schedules.js';

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
  const digestDeps = { mailer: deps.mailer, taxonomy: deps.taxonomy, stories: createStoryCache(), candidates: createCandidateCache() };
  // Digest sends get their own auto-pipelined connection: the few commands of
  // each of many concurrent sends leave in one write per tick, not one each.
  const digestRedis = connectRedis(ctx.config.redisUrl, 'worker', { enableAutoPipelining: true });
  digestRedis.on('error', (error: Error) => ctx.log.warn({ err: error.message }, 'redis connection error (digest sends)'));
  const digestCtx: Ctx = { ...ctx, redis: digestRedis };
  return {
    close: async () => {
      await digestRedis.quit().catch(() => digestRedis.disconnect());
    },

    /**
     * Each feed's job scheduler ticks every interval; back-off, Retry-After and
     * the publisher's <ttl> live in the feed's nextPollAt, and a tick before it
     * is skipped. Rescheduling from inside the scheduler's own job is what
     * BullMQ users report duplicate and lost jobs from; skipping is cheap.
     */
    feedPoll: async (job: Job<FeedPollJob>): Promise<PollOutcome | PollSkipped> => {
      const { feedId, force } = job.data;
      const skipped = force ? null : await checkDue(ctx, feedId);
      if (skipped) {
        if (skipped.skipped !== 'not-due') await unscheduleFeed(deps.queues, feedId);
        return skipped;
      }
      const outcome = await pollFeed(ctx, deps.classify, feedId);
      if (outcome.disabled) await unscheduleFeed(deps.queues, feedId);
      return outcome;
    },

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

    mail: async (job: Job<MailJob>): Promise<{ sent: boolean; subscriber?: string; reason?: string }> => {
      let subscriber: Subscriber | null;
      if (job.data.kind === 'subscription-request') {
        // The request's own job id makes a retry (after an SMTP 4xx, or a worker lost mid-job) claim the same mail
        // slot again: the confirmation still goes, once.
        const { email, preferences, source } = job.data;
        // Checked by the API when it was taken; a topic the taxonomy dropped since is left out, the rest still stand.
        const topics = preferences.topics.filter((t) => deps.taxonomy.byId.has(t));
        try {
          const decided = await requestSubscription(ctx, deps.taxonomy, { email, preferences: { ...preferences, topics }, source }, { requestId: `job:${job.id ?? ''}` });
          if (!decided.mail) return { sent: false, subscriber: decided.subscriber.id, reason: 'sent within the last 10 minutes' };
          subscriber = decided.subscriber;
        } catch (error) {
          // None of its topics is left: retrying will not bring them back.
          if (error instanceof SubscriberError) throw new UnrecoverableError(error.message);
          throw error;
        }
      } else {
        subscriber = await getSubscriber(ctx, job.data.subscriberId);
      }
      // A confirmation while pending, the manage link once active; nothing for the unsubscribed or erased.
      if (!subscriber) return { sent: false, reason: 'no such subscriber' };
      const mail = await subscriptionMail(ctx, deps.taxonomy, subscriber);
      if (!mail) return { sent: false, subscriber: subscriber.id, reason: subscriber.status };
      try {
        await deps.mailer.send(mail);
      } catch (error) {
        // A 5xx (unknown mailbox, mostly a mistyped address) will not turn into a 250: retrying it
        // only hurts the sender's standing with that mail provider. Kept in failed jobs for inspection.
        if (classifySmtpError(error) !== 'transient') throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
        throw error;
      }
      return { sent: true, subscriber: subscriber.id };
    },
  };
}
