import { key, type Ctx } from '../context.js';
import type { Frequency } from './preferences.js';

/**
 * The delivery-slot index: active subscribers grouped by when their digest is
 * due (frequency, weekday for weekly editions, local hour, time zone), so an
 * edition tick reads the few slots whose hour has come instead of every
 * subscriber. The index is written by the same scripts that write a
 * subscriber's record (store.ts), from the record's fields as they stand after
 * the write, so the two cannot drift apart; a daily reconciliation (and the
 * first tick after an upgrade) rebuilds it from the records all the same.
 *
 * Layout (one key each, so every script declares what it touches):
 * - `subs:slot-index`: sorted set of `<slot> <id>`, all at score 0, read by
 *   lexical range per slot;
 * - `subs:slot-sizes`: slot → members;
 * - `subs:slot-changes`: slot → a counter bumped whenever someone joins the
 *   slot, so a tick can tell that a slot it already fanned out has news;
 * - `subs:slot-of`: subscriber id → their slot, so a move leaves nothing behind;
 * - `subs:slot-fanouts`: slot → `<edition id>|<changes>` of the last fan-out
 *   that finished for it;
 * - `subs:slot-index-checked`: present while the index is known good
 *   (expires daily, which triggers the next reconciliation).
 */

export interface SlotFields {
  frequency: Frequency;
  weekday: number;
  hour: number;
  timezone: string;
}

export function slotKeys(ctx: Pick<Ctx, 'config'>) {
  return {
    index: key(ctx, 'subs', 'slot-index'),
    sizes: key(ctx, 'subs', 'slot-sizes'),
    changes: key(ctx, 'subs', 'slot-changes'),
    slotOf: key(ctx, 'subs', 'slot-of'),
    fanouts: key(ctx, 'subs', 'slot-fanouts'),
    checked: key(ctx, 'subs', 'slot-index-checked'),
  };
}

/** The four index keys every sync declares, in the order SYNC_SLOT_LUA takes them. */
export function syncKeys(ctx: Pick<Ctx, 'config'>): string[] {
  const k = slotKeys(ctx);
  return [k.index, k.sizes, k.changes, k.slotOf];
}

/** `daily|0|7|Asia/Kolkata`, `weekly|5|7|Europe/Rome`: a daily slot ignores the weekday. Must match SYNC_SLOT_LUA. */
export function slotName(s: SlotFields): string {
  return `${s.frequency}|${s.frequency === 'weekly' ? s.weekday : 0}|${s.hour}|${s.timezone}`;
}

export function parseSlot(name: string): SlotFields | null {
  const [frequency, weekday, hour, ...zone] = name.split('|');
  if ((frequency !== 'daily' && frequency !== 'weekly') || zone.length === 0) return null;
  return { frequency, weekday: Number(weekday), hour: Number(hour), timezone: zone.join('|') };
}

/**
 * `syncSlot(record, id, index, sizes, changes, slotOf)`: puts subscriber `id`
 * where their record (already written) says, or takes them out when they are
 * not active or the record is gone. Idempotent; returns 1 when it moved them.
 * Prepended to every script that changes a record's status or schedule.
 */
export const SYNC_SLOT_LUA = `
local function syncSlot(record, id, index, sizes, changes, slotOf)
  local f = redis.call('HMGET', record, 'status', 'frequency', 'weekday', 'hour', 'timezone')
  local want = false
  if f[1] == 'active' and (f[2] == 'daily' or f[2] == 'weekly') and f[4] and f[5] then
    local weekday = '0'
    if f[2] == 'weekly' then weekday = f[3] or '1' end
    want = f[2] .. '|' .. weekday .. '|' .. f[4] .. '|' .. f[5]
  end
  local have = redis.call('HGET', slotOf, id)
  if have == want then return 0 end
  if have then
    redis.call('ZREM', index, have .. ' ' .. id)
    if redis.call('HINCRBY', sizes, have, -1) <= 0 then redis.call('HDEL', sizes, have) end
    redis.call('HDEL', slotOf, id)
  end
  if want then
    redis.call('ZADD', index, 0, want .. ' ' .. id)
    redis.call('HINCRBY', sizes, want, 1)
    redis.call('HINCRBY', changes, want, 1)
    redis.call('HSET', slotOf, id, want)
  end
  return 1
end
`;

export interface SlotState {
  slot: SlotFields;
  name: string;
  size: number;
  /** The join counter: changes when someone joins. */
  changes: string;
  /** `<edition>|<changes>` of the last finished fan-out, or null. */
  fannedOut: string | null;
}

/** Every non-empty slot with its counters, in one round trip (a few hundred slots, not subscribers). */
export async function slotStates(ctx: Ctx): Promise<SlotState[]> {
  const k = slotKeys(ctx);
  const [sizes, changes, fanouts] = (await ctx.redis.pipeline().hgetall(k.sizes).hgetall(k.changes).hgetall(k.fanouts).exec())!.map(([error, value]) => {
    if (error) throw error;
    return value as Record<string, string>;
  }) as [Record<string, string>, Record<string, string>, Record<string, string>];
  const out: SlotState[] = [];
  for (const [name, size] of Object.entries(sizes)) {
    const slot = parseSlot(name);
    if (!slot || Number(size) <= 0) continue;
    out.push({ slot, name, size: Number(size), changes: changes[name] ?? '0', fannedOut: fanouts[name] ?? null });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** For `wirebrief status`: how many slots hold how many subscribers, and when the index was last reconciled. */
export async function slotIndexSummary(ctx: Ctx): Promise<{ slots: number; subscribers: number; checkedAt: string | null }> {
  const states = await slotStates(ctx);
  const checked = await ctx.redis.get(slotKeys(ctx).checked);
  return { slots: states.length, subscribers: states.reduce((n, s) => n + s.size, 0), checkedAt: checked ? new Date(Number(checked)).toISOString() : null };
}

/**
 * The ids in one slot, a page at a time. Each page starts after the last
 * member read (not at an offset), so members leaving or joining meanwhile do
 * not make the pages skip anyone who stays.
 */
export async function* slotMembers(ctx: Ctx, name: string, page: number): AsyncGenerator<string[]> {
  const { index } = slotKeys(ctx);
  const prefix = `${name} `;
  // '!' is the code unit after the space: the range holds exactly the members starting `<name> `.
  const end = `(${name}!`;
  let start = `[${prefix}`;
  for (;;) {
    const members = await ctx.redis.zrangebylex(index, start, end, 'LIMIT', 0, page);
    if (members.length > 0) yield members.map((m) => m.slice(prefix.length));
    if (members.length < page) return;
    start = `(${members[members.length - 1]}`;
  }
}

/** What a finished fan-out of `edition` records for a slot whose join counter stood at `changes`. */
export function fanOutMark(edition: string, changes: string): string {
  return `${edition}|${changes}`;
}

export async function markFannedOut(ctx: Ctx, name: string, edition: string, changes: string): Promise<void> {
  await ctx.redis.hset(slotKeys(ctx).fanouts, name, fanOutMark(edition, changes));
}
