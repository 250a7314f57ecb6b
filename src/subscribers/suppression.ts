import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { mailboxName } from './address.js';
import { normaliseEmail } from './store.js';

/**
 * Addresses that must not be mailed: hard bounces, complaints, erased
 * subscribers. Only a hash of the address is kept, so an erased person leaves
 * nothing readable behind, yet is never mailed again unless they opt in anew.
 */
export type SuppressionReason = 'bounce' | 'complaint' | 'erased' | 'manual';

export function suppressionHash(email: string): string {
  return normalisedSuppressionHash(normaliseEmail(email));
}

function normalisedSuppressionHash(normalised: string): string {
  return createHash('sha256').update(`suppress:${mailboxName(normalised)}`).digest('hex');
}

export async function suppressAddress(ctx: Ctx, email: string, reason: SuppressionReason): Promise<void> {
  await ctx.redis.hset(key(ctx, 'suppressed'), suppressionHash(email), JSON.stringify({ reason, at: ctx.now() }));
}

export async function isSuppressed(ctx: Ctx, email: string): Promise<boolean> {
  return (await ctx.redis.hexists(key(ctx, 'suppressed'), suppressionHash(email))) === 1;
}

/** A new, confirmed opt-in lifts a suppression. */
export async function liftSuppression(ctx: Ctx, email: string): Promise<void> {
  await ctx.redis.hdel(key(ctx, 'suppressed'), suppressionHash(email));
}

export interface SuppressionEntry {
  reason: SuppressionReason;
  at: number;
}

/** Why and since when an address is suppressed, or null. */
export async function suppressionOf(ctx: Ctx, email: string): Promise<SuppressionEntry | null> {
  const raw = await ctx.redis.hget(key(ctx, 'suppressed'), suppressionHash(email));
  return raw ? (JSON.parse(raw) as SuppressionEntry) : null;
}

/** For each address (as normaliseEmail returned it), whether it is suppressed: one round trip. */
export async function suppressedAmong(ctx: Ctx, normalised: string[]): Promise<boolean[]> {
  if (normalised.length === 0) return [];
  const hashes = normalised.map(normalisedSuppressionHash);
  const rows = await ctx.redis.hmget(key(ctx, 'suppressed'), ...hashes);
  return rows.map((r) => r !== null);
}
