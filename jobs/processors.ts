import type { Job } from 'bullmq';
import type { Ctx } from '../src/context.js';
import { sendDigest, type SendResult } from '../src/digests/send.js';
import { pollFeed, type PollOutcome } from '../src/feeds/poll.js';
import type { Mailer } from '../src/mail/transport.js';
import { subscriptionMail } from '../src/subscribers/lifecycle.js';
import { getSubscriber } from '../src/subscribers/store.js';
import type { Classifier } from '../src/topics/classifier.js';
import type { Taxonomy } from '../src/topics/taxonomy.js';
import { fanOutEdition } from './enqueue.js';
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
  return {
    feedPoll: (job: Job<FeedPollJob>): Promise<PollOutcome> => pollFeed(ctx, deps.classify, job.data.feedId),

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
