import type { Queues } from './queues.js';

/** Poll a feed now (a new feed, or an operator's request), besides its schedule. */
export async function enqueueFeedPoll(queues: Queues, feedId: string): Promise<void> {
  await queues.feedPoll.add('poll', { feedId });
}

export async function enqueueConfirmation(queues: Queues, subscriberId: string): Promise<void> {
  await queues.mail.add('confirmation', { kind: 'confirmation', subscriberId });
}

/** Ask for the current edition now, for every active subscriber who has not had it; the edition worker fans it out. */
export async function enqueueEditionRun(queues: Queues, at?: number): Promise<void> {
  await queues.digestEdition.add('edition', at === undefined ? { reason: 'manual' } : { reason: 'manual', at });
}
