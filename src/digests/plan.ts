import type { Ctx } from '../context.js';
import { getSubscriber, subscriberIdsWithStatus } from '../subscribers/store.js';
import { dueEdition, editionFor, sendDelayMs, type Edition } from './editions.js';
import { inLedger } from './send.js';

/** One digest to send: who, which edition, and how long after the tick. */
export interface PlannedSend {
  subscriberId: string;
  edition: Edition;
  delayMs: number;
}

/**
 * `schedule`: a tick of the edition clock at `at` — subscribers whose local
 * delivery time has come. `manual`: an operator's run — every active
 * subscriber's current edition, now.
 */
export type PlanMode = 'schedule' | 'manual';

const BATCH = 500;

/**
 * Who gets a digest at `at`, in batches, so a large list is planned without
 * holding it all at once and the event loop is handed back between batches.
 * Subscribers who already have their edition (in the ledger) are left out.
 */
export async function* planEdition(ctx: Ctx, at: number, mode: PlanMode): AsyncGenerator<PlannedSend[]> {
  const { catchUpHours, jitterMinutes } = ctx.config.digests;
  const ids = await subscriberIdsWithStatus(ctx, 'active');
  for (let i = 0; i < ids.length; i += BATCH) {
    const subscribers = await Promise.all(ids.slice(i, i + BATCH).map((id) => getSubscriber(ctx, id)));
    const due: PlannedSend[] = [];
    for (const s of subscribers) {
      if (!s || s.status !== 'active') continue;
      const edition = mode === 'manual' ? editionFor(s, at) : dueEdition(s, at, catchUpHours);
      if (!edition) continue;
      due.push({ subscriberId: s.id, edition, delayMs: mode === 'manual' ? 0 : sendDelayMs(s.id, edition.id, jitterMinutes) });
    }
    const done = await inLedger(ctx, due.map((d) => ({ edition: d.edition.id, subscriberId: d.subscriberId })));
    const batch = due.filter((_, j) => !done[j]);
    if (batch.length > 0) yield batch;
  }
}
