import type { Ctx } from '../context.js';
import { fanOutMark, markFannedOut, slotMembers, slotName, slotStates } from '../subscribers/slots.js';
import { getSubscriber, reconcileSlotIndex, slotIndexChecked, subscriberIdsWithStatus, type Subscriber } from '../subscribers/store.js';
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
 *
 * A scheduled tick reads only the delivery slots whose hour has come (see
 * subscribers/slots.ts), and of those only the ones it has not fanned out for
 * this edition since anyone joined them: the catch-up hours' later ticks cost
 * next to nothing. Each subscriber's own record still decides, so an index
 * entry a moment out of date sends nothing wrong.
 */
export async function* planEdition(ctx: Ctx, at: number, mode: PlanMode): AsyncGenerator<PlannedSend[]> {
  if (mode === 'manual') {
    const ids = await subscriberIdsWithStatus(ctx, 'active');
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = await plan(ctx, ids.slice(i, i + BATCH), (s) => editionFor(s, at), () => 0);
      if (batch.length > 0) yield batch;
    }
    return;
  }
  const { catchUpHours, jitterMinutes } = ctx.config.digests;
  if (!(await slotIndexChecked(ctx))) {
    // Daily, and on the first tick after an upgrade: a check that costs what every tick used to.
    const { active, moved } = await reconcileSlotIndex(ctx);
    ctx.log.info({ active, moved }, 'delivery-slot index reconciled');
  }
  for (const state of await slotStates(ctx)) {
    const edition = slotEdition(ctx, state.name, () => dueEdition(state.slot, at, catchUpHours));
    if (!edition || state.fannedOut === fanOutMark(edition.id, state.changes)) continue;
    for await (const ids of slotMembers(ctx, state.name, BATCH)) {
      const batch = await plan(ctx, ids, (s) => dueEdition(s, at, catchUpHours), (s, e) => sendDelayMs(s.id, e.id, jitterMinutes));
      if (batch.length > 0) yield batch;
    }
    // Reached only once the caller has queued every batch above (a generator resumes when asked for more).
    await markFannedOut(ctx, state.name, edition.id, state.changes);
  }
}

/**
 * A slot's due edition; null, with a warning, if its time zone is one this
 * Node's ICU no longer knows (a zone renamed in an update), so one odd slot
 * cannot stop every other slot's digests.
 */
function slotEdition(ctx: Ctx, slot: string, due: () => Edition | null): Edition | null {
  try {
    return due();
  } catch (error) {
    ctx.log.warn({ slot, err: error }, 'delivery slot skipped: its time zone cannot be read');
    return null;
  }
}

/** The due sends among `ids`, from their records as they stand, less those the ledger already has. */
async function plan(ctx: Ctx, ids: string[], editionOf: (s: Subscriber) => Edition | null, delayOf: (s: Subscriber, e: Edition) => number): Promise<PlannedSend[]> {
  const subscribers = await Promise.all(ids.map((id) => getSubscriber(ctx, id)));
  const due: PlannedSend[] = [];
  for (const s of subscribers) {
    if (!s || s.status !== 'active') continue;
    const edition = slotEdition(ctx, slotName(s), () => editionOf(s));
    if (edition) due.push({ subscriberId: s.id, edition, delayMs: delayOf(s, edition) });
  }
  const done = await inLedger(ctx, due.map((d) => ({ edition: d.edition.id, subscriberId: d.subscriberId })));
  return due.filter((_, j) => !done[j]);
}
