import { normalisedEmailKey, normaliseEmail } from '../src/subscribers/address.js';
import type { Queues, SubscriptionRequestJob } from './queues.js';

/** Poll a feed now (a new feed, or an operator's request), besides its schedule. */
export async function enqueueFeedPoll(queues: Queues, feedId: string): Promise<void> {
  await queues.feedPoll.add('poll', { feedId, force: true });
}

export async function enqueueConfirmation(queues: Queues, subscriberId: string): Promise<void> {
  await queues.mail.add('confirmation', { kind: 'confirmation', subscriberId });
}

/**
 * The request's work starts a moment later, at a random moment: where the API
 * and a worker share one process (role all), the work a new address costs
 * (storing it, composing its confirmation, ~2 ms) would otherwise slow the
 * very next request, and a stranger could time that. A few hundred ms of
 * jitter hides that much; seconds would only keep a new reader waiting and
 * leave the request unstored for longer.
 */
export const SUBSCRIPTION_WORK_DELAY_MS = { min: 50, max: 400 };

/**
 * A public subscription request, to be decided by the mail worker. Its data
 * holds the address, so the job goes once done; a failed one is kept a day
 * for inspection, not the usual fortnight.
 */

export async function enqueueSubscriptionRequest(queues: Queues, request: Omit<SubscriptionRequestJob, 'kind'>): Promise<void> {
  const delay = SUBSCRIPTION_WORK_DELAY_MS.min + Math.floor(Math.random() * (SUBSCRIPTION_WORK_DELAY_MS.max - SUBSCRIPTION_WORK_DELAY_MS.min));
  await queues.mail.add('subscription-request', { kind: 'subscription-request', ...request }, { delay, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } });
}

const PAGE = 500;

/**
 * Erasure: drops the subscription requests of this mailbox that still wait
 * for the mail worker (or failed and are kept), since their data holds the
 * address. One being worked on at this moment finishes. Returns how many went.
 */
export async function dropSubscriptionRequests(queues: Queues, email: string): Promise<number> {
  const mailbox = normalisedEmailKey(normaliseEmail(email));
  let dropped = 0;
  for (const state of ['wait', 'delayed', 'prioritized', 'failed'] as const) {
    for (let start = 0; ; start += PAGE) {
      const jobs = await queues.mail.getJobs([state], start, start + PAGE - 1, true);
      const mine = jobs.filter((job) => job?.data?.kind === 'subscription-request' && normalisedEmailKey(job.data.email) === mailbox);
      for (const job of mine) {
        if (await job.remove().then(() => true, () => false)) dropped++;
      }
      if (jobs.length < PAGE) break;
      // The removed ones no longer take places in the list: read on from where the rest now are.
      start -= mine.length;
    }
  }
  return dropped;
}

const CONFIRMATION_BATCH = 500;

/** Confirmation mails for many subscribers at once (a list import), in bulk adds. */
export async function enqueueConfirmations(queues: Queues, subscriberIds: string[]): Promise<void> {
  for (let i = 0; i < subscriberIds.length; i += CONFIRMATION_BATCH) {
    await queues.mail.addBulk(subscriberIds.slice(i, i + CONFIRMATION_BATCH).map((subscriberId) => ({ name: 'confirmation', data: { kind: 'confirmation' as const, subscriberId } })));
  }
}

/** Ask for the current edition now, for every active subscriber who has not had it; the edition worker fans it out. */
export async function enqueueEditionRun(queues: Queues, at?: number): Promise<void> {
  await queues.digestEdition.add('edition', at === undefined ? { reason: 'manual' } : { reason: 'manual', at });
}
