import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { mailboxSpellings } from './address.js';
import { normaliseEmail } from './store.js';

/**
 * Addresses that must not be mailed: hard bounces, complaints, erased
 * subscribers. Only a hash of the address is kept, so an erased person leaves
 * nothing readable behind, yet is never mailed again unless they opt in anew.
 */
export type SuppressionReason = 'bounce' | 'complaint' | 'erased' | 'manual';

/** The hash an address is suppressed under now. */
export function suppressionHash(email: string): string {
  return suppressionHashes(normaliseEmail(email))[0]!;
}

/**
 * Every hash this mailbox may be suppressed under, its own first: entries
 * made before hashes took the mailbox's one spelling (mailboxName) hashed
 * the address as typed, so an xn-- or decomposed spelling still matches them.
 */
function suppressionHashes(normalised: string): string[] {
  return mailboxSpellings(normalised).map((spelling) => createHash('sha256').update(`suppress:${spelling}`).digest('hex'));
}

export async function suppressAddress(ctx: Ctx, email: string, reason: SuppressionReason): Promise<void> {
  await ctx.redis.hset(key(ctx, 'suppressed'), suppressionHash(email), JSON.stringify({ reason, at: ctx.now() }));
}

export async function isSuppressed(ctx: Ctx, email: string): Promise<boolean> {
  return (await suppressionOf(ctx, email)) !== null;
}

/** A new, confirmed opt-in lifts a suppression, under whichever spelling it was made. */
export async function liftSuppression(ctx: Ctx, email: string): Promise<void> {
  await ctx.redis.hdel(key(ctx, 'suppressed'), ...suppressionHashes(normaliseEmail(email)));
}

export interface SuppressionEntry {
  reason: SuppressionReason;
  at: number;
}

/** Why and since when an address is suppressed, or null. */
export async function suppressionOf(ctx: Ctx, email: string): Promise<SuppressionEntry | null> {
  const rows = await ctx.redis.hmget(key(ctx, 'suppressed'), ...suppressionHashes(normaliseEmail(email)));
  const raw = rows.find((r) => r !== null);
  return raw ? (JSON.parse(raw) as SuppressionEntry) : null;
}

/** For each address (as normaliseEmail returned it), whether it is suppressed: one round trip. */
export async function suppressedAmong(ctx: Ctx, normalised: string[]): Promise<boolean[]> {
  if (normalised.length === 0) return [];
  const hashes = normalised.map(suppressionHashes);
  const rows = await ctx.redis.hmget(key(ctx, 'suppressed'), ...hashes.flat());
  let at = 0;
  return hashes.map((own) => rows.slice(at, (at += own.length)).some((r) => r !== null));
}
