import type { Ctx } from '../context.js';
import { maskEmail, maskEmailsIn } from '../log.js';
import type { BounceReport } from '../mail/bounce-payloads.js';
import { findSubscriberByEmail, getSubscriber, setStatus, subscriberKey, type Subscriber } from '../subscribers/store.js';
import { suppressAddress } from '../subscribers/suppression.js';

/**
 * Bounces: SMTP refusals seen while sending, and reports that arrive later
 * from the mail provider (webhooks). A refused address is counted; after
 * DIGEST_HARD_BOUNCES hard refusals in a row its subscriber is `bouncing` and
 * the address suppressed, so it is not mailed again. A complaint (marked as
 * spam) unsubscribes at once.
 */
const FAILURES_TTL_S = 90 * 24 * 3600;

export const hardFailuresKey = (ctx: Ctx, subscriberId: string) => subscriberKey(ctx, subscriberId, 'hard-bounces');

/** Counts one hard refusal; returns the count and whether the subscriber is now bouncing. */
export async function recordHardFailure(ctx: Ctx, subscriber: Subscriber, detail: string): Promise<{ count: number; bouncing: boolean }> {
  const k = hardFailuresKey(ctx, subscriber.id);
  const [[, count]] = (await ctx.redis.multi().incr(k).expire(k, FAILURES_TTL_S).exec()) as [[null, number], unknown];
  const limit = ctx.config.digests.hardBounces;
  ctx.log.warn({ subscriber: subscriber.id, email: maskEmail(subscriber.email), count, limit, detail: maskEmailsIn(detail) }, 'hard bounce');
  if (count < limit) return { count, bouncing: false };
  await markBouncing(ctx, subscriber, 'bounce');
  return { count, bouncing: true };
}

async function markBouncing(ctx: Ctx, subscriber: Subscriber, reason: 'bounce' | 'complaint'): Promise<void> {
  await suppressAddress(ctx, subscriber.email, reason);
  const current = (await getSubscriber(ctx, subscriber.id)) ?? subscriber;
  const status = reason === 'complaint' ? 'unsubscribed' : 'bouncing';
  if (current.status === 'active' || current.status === 'pending') await setStatus(ctx, current, status);
}

export interface BounceOutcome {
  processed: number;
  suppressed: number;
  ignored: number;
}

/**
 * Applies reports from a webhook (src/mail/bounce-payloads.ts reads them). A hard bounce or a complaint suppresses the
 * address whether or not it belongs to a subscriber (it may be erased, or a
 * confirmation mail's); soft bounces are only logged: SMTP retries cover them.
 */
export async function applyBounceReports(ctx: Ctx, reports: BounceReport[]): Promise<BounceOutcome> {
  const outcome: BounceOutcome = { processed: reports.length, suppressed: 0, ignored: 0 };
  for (const report of reports) {
    // Providers' descriptions and SMTP replies usually quote the address: masked like the address itself.
    const line = { email: maskEmail(report.email), kind: report.kind, provider: report.provider, detail: report.detail === undefined ? undefined : maskEmailsIn(report.detail) };
    if (report.kind === 'soft' || !/^[^@\s]+@[^@\s]+$/.test(report.email)) {
      outcome.ignored++;
      ctx.log.info(line, 'bounce report needs no action (soft, or not an address)');
      continue;
    }
    const reason = report.kind === 'complaint' ? 'complaint' : 'bounce';
    const subscriber = await findSubscriberByEmail(ctx, report.email);
    if (subscriber) await markBouncing(ctx, subscriber, reason);
    else await suppressAddress(ctx, report.email, reason);
    outcome.suppressed++;
    ctx.log.info({ ...line, subscriber: subscriber?.id ?? null }, 'address suppressed');
  }
  return outcome;
}
