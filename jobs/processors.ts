import type { Job } from 'bullmq';
import type { Ctx } from '../src/context.js';
import { sendDigest, type SendResult } from '../src/digests/send.js';
import { checkDue, pollFeed, type PollOutcome, type PollSkipped } from '../src/feeds/poll.js';
import type { Mailer } from '../src/mail/transport.js';
import { subscriptionMail } from '../src/subscribers/lifecycle.js';
import { getSubscriber } from '../src/subscribers/store.js';
import type { Classifier } from '../src/topics/classifier.js';
import type { Taxonomy } from '../src/topics/taxonomy.js';
import { fanOutEdition } from './enqueue.js';
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
  return {
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

    digestEdition: (_job: Job<DigestEditionJob>) => fanOutEdition(ctx, deps.queues, ctx.now()),

    digestSend: (job: Job<DigestSendJob>): Promise<SendResult> =>
      sendDigest(ctx, { mailer: deps.mailer, taxonomy: deps.taxonomy }, job.data.subscriberId, job.data.edition, job.data.editionLabel),

    mail: async (job: Job<MailJob>): Promise<{ sent: boolean; reason?: string }> => {
      const subscriber = await getSubscriber(ctx, job.data.subscriberId);
      // A confirmation while pending, the manage link once active; nothing for the unsubscribed or erased.
      const mail = subscriber ? await subscriptionMail(ctx, deps.taxonomy, subscriber) : null;
      if (!mail) return { sent: false, reason: subscriber ? subscriber.status : 'no such subscriber' };
      await deps.mailer.send(mail);
      return { sent: true };
    },
  };
}
