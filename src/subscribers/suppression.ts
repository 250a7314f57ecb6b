import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { normaliseEmail } from './store.js';

/**
 * Addresses that must not be mailed: hard bounces, complaints, erased
 * subscribers. Only a hash of the address is kept, so an erased person leaves
 * nothing readable behind, yet is never mailed again unless they opt in anew.
 */
export type SuppressionReason = 'bounce' | 'complaint' | 'erased' | 'manual';

export function suppressionHash(email: string): string {
  return createHash('sha256').update(`suppress:${normaliseEmail(email).toLowerCase()}`).digest('hex');
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
