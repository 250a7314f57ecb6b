import type { Ctx } from '../context.js';
import { maskEmail } from '../log.js';
import { normaliseEmail } from './address.js';
import { forgetAddressRequests } from './limits.js';
import { deleteSubscriber, findSubscriberByEmail, findSubscribersOfMailbox, type Subscriber } from './store.js';
import { suppressAddress, suppressionOf, type SuppressionEntry } from './suppression.js';

/**
 * A person's right to see and to erase what is held about them. The digests
 * they were sent live with the digests (src/digests); the face that answers
 * the request adds them (src/cli/subscribers.ts).
 */

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** Everything the subscriber record holds, in plain words and ISO times. */
export function presentSubscriber(s: Subscriber) {
  return {
    email: s.email,
    status: s.status,
    topics: s.topics,
    frequency: s.frequency,
    weekday: s.weekday,
    hour: s.hour,
    timezone: s.timezone,
    schedule: { frequency: s.frequency, weekday: s.weekday, hour: s.hour, timezone: s.timezone },
    id: s.id,
    source: s.source,
    createdAt: iso(s.createdAt),
    confirmedAt: iso(s.confirmedAt),
    unsubscribedAt: iso(s.unsubscribedAt),
    lastDigestAt: iso(s.lastDigestAt),
  };
}

export interface HeldAbout {
  subscriber: Subscriber | null;
  suppression: SuppressionEntry | null;
}

export async function heldAbout(ctx: Ctx, email: string): Promise<HeldAbout> {
  const address = normaliseEmail(email);
  const [subscriber, suppression] = await Promise.all([findSubscriberByEmail(ctx, address), suppressionOf(ctx, address)]);
  return { subscriber, suppression };
}

/**
 * Erases the subscriber and everything keyed to them, and suppresses the
 * address (a hash only) so it is never mailed again unless it opts in anew.
 * An address we hold nothing about is suppressed all the same: that is what
 * its owner asked for.
 */
export async function eraseSubscriber(ctx: Ctx, email: string): Promise<{ erased: Subscriber | null }> {
  const address = normaliseEmail(email);
  // Older versions could store one mailbox twice (under two spellings of its domain): erase every record.
  const held = await findSubscribersOfMailbox(ctx, address);
  for (const s of held) await deleteSubscriber(ctx, s);
  const subscriber = held[0] ?? null;
  await forgetAddressRequests(ctx, address);
  await suppressAddress(ctx, address, 'erased');
  ctx.log.info({ subscriber: subscriber?.id ?? null, email: maskEmail(address) }, 'subscriber erased');
  return { erased: subscriber };
}
