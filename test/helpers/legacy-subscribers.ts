import { createHash } from 'node:crypto';
import { key, type Ctx } from '../../src/context.js';
import { draftSubscriber, normaliseEmail, type Subscriber } from '../../src/subscribers/store.js';

/**
 * Records as versions before the mailbox's one spelling (an internationalised
 * domain in its Unicode form) wrote them: the address index and the
 * suppression list hashed the normalised address as typed, lower-cased.
 */
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const legacyEmailKey = (email: string) => sha256(normaliseEmail(email).toLowerCase());
export const legacySuppressionHash = (email: string) => sha256(`suppress:${normaliseEmail(email).toLowerCase()}`);

/** A subscriber as the older code stored one: record, status set, and the address index under the old key (first claim wins). */
export async function legacySubscriber(ctx: Ctx, email: string, opts: { active?: boolean; topics?: string[] } = {}): Promise<Subscriber> {
  const draft = draftSubscriber(ctx, normaliseEmail(email), { topics: opts.topics ?? ['defence'], frequency: 'daily', weekday: 1, hour: 7, timezone: 'UTC' }, { active: opts.active ?? true, source: 'form' });
  const fields = Object.fromEntries(Object.entries(draft).map(([f, v]) => [f, v === null ? '' : Array.isArray(v) ? JSON.stringify(v) : String(v)]));
  await ctx.redis.hset(key(ctx, 'sub', draft.id), fields);
  if ((await ctx.redis.hsetnx(key(ctx, 'subs', 'by-email'), legacyEmailKey(email), draft.id)) !== 1) throw new Error(`${email} was already indexed`);
  await ctx.redis.sadd(key(ctx, 'subs', 'status', draft.status), draft.id);
  return draft;
}

export async function legacySuppression(ctx: Ctx, email: string, reason = 'erased'): Promise<void> {
  await ctx.redis.hset(key(ctx, 'suppressed'), legacySuppressionHash(email), JSON.stringify({ reason, at: ctx.now() }));
}
