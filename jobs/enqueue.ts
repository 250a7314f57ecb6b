import type { Ctx } from '../src/context.js';
import { dailyEditionId, localDate } from '../src/digests/editions.js';
import { subscriberIdsWithStatus } from '../src/subscribers/store.js';
import type { Queues } from './queues.js';

/** Poll a feed now (a new feed, or an operator's request), besides its schedule. */
export async function enqueueFeedPoll(queues: Queues, feedId: string): Promise<void> {
  await queues.feedPoll.add('poll', { feedId, force: true });
}

export async function enqueueConfirmation(queues: Queues, subscriberId: string): Promise<void> {
  await queues.mail.add('confirmation', { kind: 'confirmation', subscriberId });
}

/** Confirmation mails for many subscribers at once (a list import), in bulk adds. */
export async function enqueueConfirmations(queues: Queues, subscriberIds: string[]): Promise<void> {
  for (let i = 0; i < subscriberIds.length; i += FAN_OUT_BATCH) {
    await queues.mail.addBulk(subscriberIds.slice(i, i + FAN_OUT_BATCH).map((subscriberId) => ({ name: 'confirmation', data: { kind: 'confirmation' as const, subscriberId } })));
  }
}

/** Ask for the current edition now; the edition worker fans it out. */
export async function enqueueEditionRun(queues: Queues): Promise<void> {
  await queues.digestEdition.add('edition', { reason: 'manual' });
}

const FAN_OUT_BATCH = 500;

/**
 * One send job per active subscriber, each with an id made of edition and
 * subscriber: adding it twice (a tick that runs twice, two schedulers, a run by
 * hand) leaves one job. The send step's ledger covers what job ids cannot.
 */
export async function fanOutEdition(ctx: Ctx, queues: Queues, at: number): Promise<{ edition: string; queued: number }> {
  const tz = ctx.config.editionTimezone;
  const edition = dailyEditionId(at, tz);
  const editionLabel = `Daily briefing, ${formatDay(localDate(at, tz))}`;
  const ids = await subscriberIdsWithStatus(ctx, 'active');
  for (let i = 0; i < ids.length; i += FAN_OUT_BATCH) {
    await queues.digestSend.addBulk(
      ids.slice(i, i + FAN_OUT_BATCH).map((subscriberId) => ({
        name: 'send',
        data: { subscriberId, edition, editionLabel },
        opts: { jobId: `${edition}-${subscriberId}` },
      })),
    );
  }
  return { edition, queued: ids.length };
}

function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}
