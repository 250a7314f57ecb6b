import { key, type Ctx } from '../context.js';
import { limitEmailKey } from './address.js';
import { subscriberKey } from './store.js';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** A pending (or active) address gets at most one subscription mail per this long. */
export const RESEND_AFTER_MS = 10 * 60_000;

export type LimitCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one subscription request for an address, whoever sends it, in a
 * fixed one-day window that starts with the first request (and one for a
 * client, whatever address it sends, in one hour). Counting and
 * reading happen in one script, so 50 requests at once still let through
 * exactly `max`.
 */
const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}
`;

/** The per-address counter: one per mailbox, whatever `+tag` or casing the address is typed with (limitEmailKey). */
export function addressLimitKey(ctx: Ctx, email: string): string {
  return key(ctx, 'ratelimit', 'address', limitEmailKey(email));
}

export async function countAddressRequest(ctx: Ctx, email: string, max: number): Promise<LimitCheck> {
  return countRequest(ctx, addressLimitKey(ctx, email), max, DAY_MS);
}

/** `client`: an IP address, or the network a client hops around in (an IPv6 /64). */
export function clientLimitKey(ctx: Ctx, client: string): string {
  return key(ctx, 'ratelimit', 'subscribe', client);
}

/** Counts one subscription request from a client, in a fixed one-hour window that starts with its first request. */
export async function countClientRequest(ctx: Ctx, client: string, max: number): Promise<LimitCheck> {
  return countRequest(ctx, clientLimitKey(ctx, client), max, HOUR_MS);
}

async function countRequest(ctx: Ctx, counter: string, max: number, windowMs: number): Promise<LimitCheck> {
  const [n, ttl] = (await ctx.redis.eval(COUNT, 1, counter, String(windowMs))) as [number, number];
  if (n <= max) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
}

/**
 * True when a subscription mail may go to this subscriber now, and starts
 * the quiet period if so: re-subscribing a pending (or active) address
 * re-sends at most once per 10 minutes. `anew` is an opt-in from an address
 * that had left (unsubscribed or bouncing): its confirmation goes at once and
 * the quiet period starts again from it; the per-address and per-IP counts
 * still hold it. Either way it is one script run, so every state costs the
 * same round trip. Times come from ctx.now() (testable); the key's expiry
 * only tidies up.
 */
const CLAIM = `
local held = redis.call('GET', KEYS[1]) or ''
local sep = string.find(held, '|', 1, true)
local last = tonumber(sep and string.sub(held, 1, sep - 1) or held)
local now = tonumber(ARGV[1])
if ARGV[4] ~= '' and sep and string.sub(held, sep + 1) == ARGV[4] then return 1 end
if ARGV[3] ~= '1' and last and now - last < tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[4] == '' and ARGV[1] or (ARGV[1] .. '|' .. ARGV[4]), 'PX', ARGV[2])
return 1
`;

/** `claimant`: who asks (a request's id); the slot it claimed is its own again when it asks once more. */
export async function claimMailSlot(ctx: Ctx, subscriberId: string, opts: { anew: boolean; claimant?: string }): Promise<boolean> {
  const key = subscriberKey(ctx, subscriberId, 'mail-cooldown');
  return (await ctx.redis.eval(CLAIM, 1, key, String(ctx.now()), String(RESEND_AFTER_MS), opts.anew ? '1' : '0', opts.claimant ?? '')) === 1;
}
