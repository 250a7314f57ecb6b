import { randomBytes } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import { key, type Ctx } from '../context.js';
import { emailKey, normalisedEmailKeys, normaliseEmail, SubscriberError } from './address.js';
import type { Frequency, Preferences } from './preferences.js';
import { slotKeys, SYNC_SLOT_LUA, syncKeys } from './slots.js';

export { emailKey, normaliseEmail, SubscriberError };

import { SUBSCRIBER_STATUSES, type SubscriberStatus } from './statuses.js';
export { SUBSCRIBER_STATUSES, type SubscriberStatus };

/** How the address came to us, kept as the record of consent. */
export type SubscriberSource = 'form' | 'api' | 'import' | 'cli';

export interface Subscriber {
  id: string;
  email: string;
  topics: string[];
  status: SubscriberStatus;
  frequency: Frequency;
  /** 1 = Monday … 7 = Sunday, for weekly editions. */
  weekday: number;
  hour: number;
  /** IANA name. */
  timezone: string;
  createdAt: number;
  confirmedAt: number | null;
  unsubscribedAt: number | null;
  source: SubscriberSource;
  /** The digest cursor: stories first seen after this go in the next digest. */
  lastDigestAt: number | null;
}

const k = {
  sub: (ctx: Ctx, id: string) => key(ctx, 'sub', id),
  byEmail: (ctx: Ctx) => key(ctx, 'subs', 'by-email'),
  status: (ctx: Ctx, status: SubscriberStatus) => key(ctx, 'subs', 'status', status),
};

/**
 * The keys that belong to one subscriber alone, besides the record
 * (`sub:<id>`): each module that keeps something per subscriber names its key
 * here, so an erasure deletes them by name, without a scan of the keyspace.
 */
export const SUBSCRIBER_KEYS = ['digests', 'digest-claim', 'digest-handed-over', 'hard-bounces', 'mail-cooldown', 'spent'] as const;
export type SubscriberKeyName = (typeof SUBSCRIBER_KEYS)[number];

export function subscriberKey(ctx: Ctx, id: string, name: SubscriberKeyName): string {
  return key(ctx, 'sub', id, name);
}

/** The subscriber's record: `sub:<id>`. */
export function subscriberRecordKey(ctx: Ctx, id: string): string {
  return k.sub(ctx, id);
}

export interface NewSubscriber {
  email: string;
  topics: string[];
  frequency?: Frequency;
  weekday?: number;
  hour?: number;
  timezone?: string;
  confirmed?: boolean;
  source?: SubscriberSource;
}

/** A subscriber record not yet stored: fresh id, pending unless `active`. `email` as normaliseEmail returned it. */
export function draftSubscriber(ctx: Ctx, email: string, prefs: Preferences, opts: { active: boolean; source: SubscriberSource }): Subscriber {
  const now = ctx.now();
  return {
    id: newSubscriberId(),
    email,
    ...prefs,
    status: opts.active ? 'active' : 'pending',
    createdAt: now,
    confirmedAt: opts.active ? now : null,
    unsubscribedAt: null,
    source: opts.source,
    lastDigestAt: null,
  };
}

/** 72 random bits, base64url. Drawn from a pool: one randomBytes call per 1,024 ids, not one per id. */
let idPool = Buffer.alloc(0);
let idPoolAt = 0;
function newSubscriberId(): string {
  if (idPoolAt + 9 > idPool.length) {
    idPool = randomBytes(9 * 1024);
    idPoolAt = 0;
  }
  idPoolAt += 9;
  return idPool.subarray(idPoolAt - 9, idPoolAt).toString('base64url');
}

/**
 * Claims addresses for ids, first claim wins; one command for a whole batch.
 * Each claim is an id, the number of keys, then the mailbox's keys (its own
 * first): a mailbox already indexed under an older key is taken.
 */
const CLAIM = `
local won = {}
local i = 1
while i <= #ARGV do
  local id, n = ARGV[i], tonumber(ARGV[i + 1])
  local taken = false
  for j = i + 3, i + 1 + n do
    if redis.call('HEXISTS', KEYS[1], ARGV[j]) == 1 then taken = true end
  end
  won[#won + 1] = taken and 0 or redis.call('HSETNX', KEYS[1], ARGV[i + 2], id)
  i = i + 2 + n
end
return won
`;

/**
 * Stores new subscribers in three round trips, whatever their number:
 * records first (unreachable while no index points at them), then the
 * address claims (HSETNX: the first claim wins), then status-set membership
 * for the winners, and the losers' records go. So no reader ever finds an
 * address without its record, nor a status-set member without one. For each
 * draft, `true` when it was created, `false` when its address already had a
 * subscriber (who is left as they were).
 */
export async function createSubscribers(ctx: Ctx, drafts: Subscriber[]): Promise<boolean[]> {
  if (drafts.length === 0) return [];
  const records = ctx.redis.pipeline();
  for (const s of drafts) records.hset(k.sub(ctx, s.id), serialise(s));
  await execAll(records);
  const claims = drafts.flatMap((s) => {
    const keys = normalisedEmailKeys(s.email);
    return [s.id, String(keys.length), ...keys];
  });
  const created = ((await ctx.redis.eval(CLAIM, 1, k.byEmail(ctx), ...claims)) as number[]).map((won) => won === 1);
  const finish = ctx.redis.pipeline();
  for (const status of SUBSCRIBER_STATUSES) {
    const ids = drafts.filter((s, i) => created[i] && s.status === status).map((s) => s.id);
    if (ids.length > 0) finish.sadd(k.status(ctx, status), ...ids);
  }
  const lost = drafts.filter((_, i) => !created[i]).map((s) => k.sub(ctx, s.id));
  if (lost.length > 0) finish.unlink(...lost);
  const active = drafts.filter((s, i) => created[i] && s.status === 'active').map((s) => s.id);
  if (active.length > 0) syncSlots(ctx, active, finish);
  await execAll(finish);
  return created;
}

async function execAll(p: ChainableCommander): Promise<unknown[]> {
  const rows = (await p.exec()) ?? [];
  return rows.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

/**
 * The id of the subscriber for each address (as normaliseEmail returned it;
 * null where none), in one round trip: under the mailbox's own key, else
 * under a key an older version gave it.
 */
export async function idsForEmails(ctx: Ctx, normalised: string[]): Promise<(string | null)[]> {
  return (await idListsForEmails(ctx, normalised)).map((ids) => ids[0] ?? null);
}

/** Every id indexed for each address: more than one only where older versions stored a mailbox twice. */
async function idListsForEmails(ctx: Ctx, normalised: string[]): Promise<string[][]> {
  if (normalised.length === 0) return [];
  const keys = normalised.map(normalisedEmailKeys);
  const ids = await ctx.redis.hmget(k.byEmail(ctx), ...keys.flat());
  let at = 0;
  return keys.map((own) => {
    const found = ids.slice(at, (at += own.length)).filter((id): id is string => id !== null);
    return [...new Set(found)];
  });
}

/**
 * Creates the subscriber, or updates the topics and schedule of the one with
 * this address. An unsubscribed address that subscribes again goes back to
 * pending: it must confirm anew. Operators' and tests' path; the public
 * subscribe path is `requestSubscription` in lifecycle.ts.
 */
export async function upsertSubscriber(ctx: Ctx, input: NewSubscriber): Promise<{ subscriber: Subscriber; created: boolean }> {
  const email = normaliseEmail(input.email);
  const existing = await findSubscriberByEmail(ctx, email);
  const wantsActive = input.confirmed === true;
  if (!existing) {
    const draft = draftSubscriber(
      ctx,
      email,
      { topics: [...new Set(input.topics)], frequency: input.frequency ?? 'daily', weekday: input.weekday ?? 1, hour: input.hour ?? 7, timezone: input.timezone ?? ctx.config.editionTimezone },
      { active: wantsActive, source: input.source ?? 'cli' },
    );
    const [created] = await createSubscribers(ctx, [draft]);
    if (created) return { subscriber: draft, created: true };
    return upsertSubscriber(ctx, input);
  }
  const status: SubscriberStatus = wantsActive ? 'active' : existing.status === 'active' || existing.status === 'bouncing' ? existing.status : 'pending';
  const subscriber: Subscriber = {
    ...existing,
    topics: [...new Set(input.topics)],
    frequency: input.frequency ?? existing.frequency,
    weekday: input.weekday ?? existing.weekday,
    hour: input.hour ?? existing.hour,
    timezone: input.timezone ?? existing.timezone,
    status,
    confirmedAt: status === 'active' ? (existing.confirmedAt ?? ctx.now()) : existing.confirmedAt,
  };
  const { id: _id, email: _email, createdAt: _createdAt, lastDigestAt: _cursor, ...change } = subscriber;
  await updateSubscriber(ctx, existing.id, change);
  return { subscriber, created: false };
}

/** The status of each id (null for none), in one round trip. */
export async function statusesOf(ctx: Ctx, ids: string[]): Promise<(SubscriberStatus | null)[]> {
  if (ids.length === 0) return [];
  const p = ctx.redis.pipeline();
  for (const id of ids) p.hget(k.sub(ctx, id), 'status');
  const rows = (await p.exec()) ?? [];
  return rows.map(([, v]) => (v as SubscriberStatus | null) ?? null);
}

export async function getSubscriber(ctx: Ctx, id: string): Promise<Subscriber | null> {
  const raw = await ctx.redis.hgetall(k.sub(ctx, id));
  return raw.id ? deserialise(raw) : null;
}

export async function findSubscriberByEmail(ctx: Ctx, email: string): Promise<Subscriber | null> {
  const [id] = await idsForEmails(ctx, [normaliseEmail(email)]);
  return id ? getSubscriber(ctx, id) : null;
}

/**
 * Whether this is a second active record of its mailbox, as older versions
 * could store one under two spellings of its domain: of the active records,
 * the one the index names first gets the mail. An address with one spelling
 * (an ASCII domain) costs no round trip.
 */
export async function isSecondRecordOfMailbox(ctx: Ctx, subscriber: Subscriber): Promise<boolean> {
  if (normalisedEmailKeys(subscriber.email).length === 1) return false;
  const [ids = []] = await idListsForEmails(ctx, [subscriber.email]);
  if (ids.length < 2) return false;
  const statuses = await statusesOf(ctx, ids);
  const first = ids.find((_, i) => statuses[i] === 'active');
  return first !== undefined && first !== subscriber.id;
}

/** Every subscriber stored for this mailbox: older versions could store one under two spellings. */
export async function findSubscribersOfMailbox(ctx: Ctx, email: string): Promise<Subscriber[]> {
  const [ids = []] = await idListsForEmails(ctx, [normaliseEmail(email)]);
  const found = await Promise.all(ids.map((id) => getSubscriber(ctx, id)));
  return found.filter((s): s is Subscriber => s !== null);
}

export async function setStatus(ctx: Ctx, subscriber: Subscriber, status: SubscriberStatus): Promise<Subscriber> {
  const now = ctx.now();
  const change: Partial<Subscriber> = { status };
  if (status === 'active') change.confirmedAt = subscriber.confirmedAt ?? now;
  if (status === 'unsubscribed') change.unsubscribedAt = now;
  await updateSubscriber(ctx, subscriber.id, change);
  return { ...subscriber, ...change };
}

/** New topics and schedule; status untouched. */
export async function savePreferences(ctx: Ctx, subscriber: Subscriber, prefs: Preferences): Promise<Subscriber> {
  const { topics, frequency, weekday, hour, timezone } = prefs;
  const change = { topics, frequency, weekday, hour, timezone };
  await updateSubscriber(ctx, subscriber.id, change);
  return { ...subscriber, ...change };
}

/** Moves the digest cursor, inside the caller's transaction when given one. */
export function setDigestCursor(ctx: Ctx, id: string, at: number, tx: ChainableCommander): ChainableCommander {
  return tx.hset(k.sub(ctx, id), 'lastDigestAt', String(at));
}

export async function subscriberIdsWithStatus(ctx: Ctx, status: SubscriberStatus): Promise<string[]> {
  return ctx.redis.smembers(k.status(ctx, status));
}

export async function countByStatus(ctx: Ctx): Promise<Record<SubscriberStatus, number>> {
  const p = ctx.redis.pipeline();
  for (const s of SUBSCRIBER_STATUSES) p.scard(k.status(ctx, s));
  const rows = (await p.exec()) ?? [];
  return Object.fromEntries(SUBSCRIBER_STATUSES.map((s, i) => [s, Number(rows[i]?.[1] ?? 0)])) as Record<SubscriberStatus, number>;
}

/**
 * Removes the record, its address index entry, its status-set membership and
 * every key under `sub:<id>:` (digest history, cool-downs, whatever other
 * parts keep per subscriber).
 */
export async function deleteSubscriber(ctx: Ctx, subscriber: Subscriber): Promise<void> {
  const owned = [k.sub(ctx, subscriber.id), ...SUBSCRIBER_KEYS.map((name) => subscriberKey(ctx, subscriber.id, name))];
  const keys = normalisedEmailKeys(subscriber.email);
  // Only the entries naming this subscriber: another spelling's entry may be another record of the mailbox.
  const m = ctx.redis.multi().eval(UNINDEX, 1, k.byEmail(ctx), subscriber.id, ...keys);
  for (const s of SUBSCRIBER_STATUSES) m.srem(k.status(ctx, s), subscriber.id);
  m.unlink(...owned);
  syncSlots(ctx, [subscriber.id], m);
  await m.exec();
}

const UNINDEX = `
for i = 2, #ARGV do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[1] then redis.call('HDEL', KEYS[1], ARGV[i]) end
end
return 0
`;

/**
 * Writes only the fields given, and only while the record exists: a request
 * racing an erasure must not bring back half a record, and two requests
 * changing different fields (preferences, status, the digest cursor) must not
 * undo each other. A status change moves the id between status sets in the
 * same step.
 */
const UPDATE = `${SYNC_SLOT_LUA}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local moveTo = tonumber(ARGV[2])
if moveTo > 0 then
  for i = 6, #KEYS do redis.call('SREM', KEYS[i], ARGV[1]) end
  redis.call('SADD', KEYS[5 + moveTo], ARGV[1])
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
syncSlot(KEYS[1], ARGV[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5])
return 1
`;

async function updateSubscriber(ctx: Ctx, id: string, change: Partial<Subscriber>): Promise<boolean> {
  const moveTo = change.status ? SUBSCRIBER_STATUSES.indexOf(change.status) + 1 : 0;
  const fields = Object.entries(serialise(change)).flat();
  const keys = [k.sub(ctx, id), ...syncKeys(ctx), ...SUBSCRIBER_STATUSES.map((st) => k.status(ctx, st))];
  return (await ctx.redis.eval(UPDATE, keys.length, ...keys, id, String(moveTo), ...fields)) === 1;
}

/** Puts each subscriber where their record says in the slot index (see slots.ts). */
const SYNC_SLOTS = `${SYNC_SLOT_LUA}
local moved = 0
for i = 1, #ARGV do moved = moved + syncSlot(KEYS[4 + i], ARGV[i], KEYS[1], KEYS[2], KEYS[3], KEYS[4]) end
return moved
`;

function syncSlots(ctx: Ctx, ids: string[], into: ChainableCommander): ChainableCommander {
  return into.eval(SYNC_SLOTS, 4 + ids.length, ...syncKeys(ctx), ...ids.map((id) => k.sub(ctx, id)), ...ids);
}

const RECONCILE_PAGE = 500;

/**
 * Rebuilds the slot index from the records: every active subscriber is put
 * where their record says, and every indexed one who is no longer active (or
 * no longer exists) is taken out. Idempotent and safe beside live writes, since
 * each step reads the record as it stands. Marks the index checked for a day.
 */
export async function reconcileSlotIndex(ctx: Ctx): Promise<{ active: number; moved: number }> {
  const slots = slotKeys(ctx);
  let active = 0;
  let moved = 0;
  const sync = async (ids: string[]) => {
    if (ids.length === 0) return;
    const [[error, n]] = (await syncSlots(ctx, ids, ctx.redis.pipeline()).exec()) as [[Error | null, number]];
    if (error) throw error;
    moved += n;
  };
  let cursor = '0';
  do {
    const [next, ids] = await ctx.redis.sscan(k.status(ctx, 'active'), cursor, 'COUNT', RECONCILE_PAGE);
    cursor = next;
    active += ids.length;
    await sync(ids);
  } while (cursor !== '0');
  cursor = '0';
  do {
    const [next, flat] = await ctx.redis.hscan(slots.slotOf, cursor, 'COUNT', RECONCILE_PAGE);
    cursor = next;
    await sync(flat.filter((_, i) => i % 2 === 0));
  } while (cursor !== '0');
  await ctx.redis.set(slots.checked, String(ctx.now()), 'EX', SLOT_INDEX_CHECK_SECONDS);
  return { active, moved };
}

/** How long a reconciled index is trusted before the next reconciliation. */
const SLOT_INDEX_CHECK_SECONDS = 86_400;

/** Whether the slot index was reconciled within the last day. */
export async function slotIndexChecked(ctx: Ctx): Promise<boolean> {
  return (await ctx.redis.exists(slotKeys(ctx).checked)) === 1;
}

function serialise(s: Partial<Subscriber>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(s).map(([f, v]) => [f, v === null ? '' : Array.isArray(v) ? JSON.stringify(v) : String(v)]),
  );
}

/** A subscriber from the fields of their record (HGETALL), for callers that read it themselves. */
export function subscriberFromHash(raw: Record<string, string>): Subscriber {
  return deserialise(raw);
}

function deserialise(raw: Record<string, string>): Subscriber {
  const time = (v: string | undefined) => (v ? Number(v) : null);
  return {
    id: raw.id!,
    email: raw.email!,
    topics: JSON.parse(raw.topics ?? '[]') as string[],
    status: raw.status as SubscriberStatus,
    frequency: raw.frequency === 'weekly' ? 'weekly' : 'daily',
    weekday: Number(raw.weekday ?? 1),
    hour: Number(raw.hour ?? 7),
    timezone: raw.timezone || 'UTC',
    createdAt: Number(raw.createdAt),
    confirmedAt: time(raw.confirmedAt),
    unsubscribedAt: time(raw.unsubscribedAt),
    source: (raw.source || 'cli') as SubscriberSource,
    lastDigestAt: time(raw.lastDigestAt),
  };
}
