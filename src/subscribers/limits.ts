import { key, type Ctx } from '../context.js';
import { emailKey, limitEmailKey } from './address.js';
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

/**
 * The per-mailbox counter is a hash: `n`, the mailbox's requests in the
 * window, and each address's own share under its emailKey (`+tag` and all),
 * so erasing one address takes off its own requests and no one else's. A
 * counter an older version kept as a plain number becomes `n`.
 */
const COUNT_ADDRESS = `
if redis.call('TYPE', KEYS[1]).ok == 'string' then
  local old = redis.call('GET', KEYS[1])
  local ttl = redis.call('PTTL', KEYS[1])
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'n', old)
  if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
end
local n = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
if n >= tonumber(ARGV[3]) then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
  return {n + 1, ttl}
end
n = redis.call('HINCRBY', KEYS[1], 'n', 1)
redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
local ttl = redis.call('PTTL', KEYS[1])
if n == 1 or ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}
`;

/** A refused request is not counted: the count is of the requests let through, each owned by its address. */
export async function countAddressRequest(ctx: Ctx, email: string, max: number): Promise<LimitCheck> {
  const [n, ttl] = (await ctx.redis.eval(COUNT_ADDRESS, 1, addressLimitKey(ctx, email), String(DAY_MS), `a:${emailKey(email)}`, String(max))) as [number, number];
  return judge(n, ttl, max);
}

/**
 * Erasure: the address's own requests leave its mailbox's count (and its
 * share goes); the other addresses of the mailbox (`+tag`s, the base address)
 * keep theirs, so erasing one cannot reset a mailbox's limit.
 */
const FORGET_ADDRESS = `
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return 0 end
local own = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if own == 0 then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
local n = redis.call('HINCRBY', KEYS[1], 'n', -own)
if n <= 0 then redis.call('DEL', KEYS[1]) end
return own
`;

export async function forgetAddressRequests(ctx: Ctx, email: string): Promise<number> {
  return (await ctx.redis.eval(FORGET_ADDRESS, 1, addressLimitKey(ctx, email), `a:${emailKey(email)}`)) as number;
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
  return judge(n, ttl, max);
}

function judge(n: number, ttl: number, max: number): LimitCheck {
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
