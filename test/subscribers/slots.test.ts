import { afterAll, describe, expect, it } from 'vitest';
import { dueEdition } from '../../src/digests/editions.js';
import { planEdition, type PlannedSend } from '../../src/digests/plan.js';
import { slotKeys, slotName, slotStates } from '../../src/subscribers/slots.js';
import {
  createSubscribers,
  deleteSubscriber,
  draftSubscriber,
  getSubscriber,
  reconcileSlotIndex,
  savePreferences,
  setStatus,
  subscriberIdsWithStatus,
  upsertSubscriber,
  type Subscriber,
} from '../../src/subscribers/store.js';
import { testCtx } from '../helpers/redis.js';

const ctx = testCtx('subscribers-slots');
afterAll(() => ctx.cleanup());

const k = slotKeys(ctx);
const prefs = (over: Partial<Pick<Subscriber, 'frequency' | 'weekday' | 'hour' | 'timezone'>> = {}) => ({ topics: ['defence'], frequency: 'daily' as const, weekday: 1, hour: 7, timezone: 'UTC', ...over });

/** slot → sorted ids, as the index holds them. */
async function indexed(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const member of await ctx.redis.zrange(k.index, '0', '-1')) {
    const at = member.lastIndexOf(' ');
    (out[member.slice(0, at)] ??= []).push(member.slice(at + 1));
  }
  for (const ids of Object.values(out)) ids.sort();
  return out;
}

/** The index as it should be: every active record in its slot. */
async function expected(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of await subscriberIdsWithStatus(ctx, 'active')) {
    const s = (await getSubscriber(ctx, id))!;
    (out[slotName(s)] ??= []).push(id);
  }
  for (const ids of Object.values(out)) ids.sort();
  return out;
}

async function sizes(): Promise<Record<string, number>> {
  return Object.fromEntries((await slotStates(ctx)).map((s) => [s.name, s.size]));
}

describe('the delivery-slot index follows every write to a record', () => {
  it('holds active subscribers only, each in the slot their schedule names, through every change', async () => {
    const a = (await upsertSubscriber(ctx, { email: 'a@example.org', topics: ['defence'], confirmed: true })).subscriber;
    const b = (await upsertSubscriber(ctx, { email: 'b@example.org', topics: ['defence'], hour: 9, timezone: 'Asia/Kolkata' })).subscriber;
    expect(await indexed()).toEqual({ 'daily|0|7|UTC': [a.id] }); // b is pending: not indexed

    await setStatus(ctx, b, 'active');
    expect(await indexed()).toEqual({ 'daily|0|7|UTC': [a.id], 'daily|0|9|Asia/Kolkata': [b.id] });

    // A move leaves nothing behind in the old slot; a weekly slot names its weekday.
    await savePreferences(ctx, a, prefs({ frequency: 'weekly', weekday: 5, hour: 8, timezone: 'Europe/Rome' }));
    expect(await indexed()).toEqual({ 'weekly|5|8|Europe/Rome': [a.id], 'daily|0|9|Asia/Kolkata': [b.id] });
    expect(await sizes()).toEqual({ 'weekly|5|8|Europe/Rome': 1, 'daily|0|9|Asia/Kolkata': 1 });

    await setStatus(ctx, b, 'bouncing');
    await setStatus(ctx, a, 'unsubscribed');
    expect(await indexed()).toEqual({});
    expect(await sizes()).toEqual({});

    // Back to active (a bounce cleared by an operator, say): back in the slot.
    await setStatus(ctx, b, 'active');
    expect(await indexed()).toEqual({ 'daily|0|9|Asia/Kolkata': [b.id] });
    await deleteSubscriber(ctx, (await getSubscriber(ctx, b.id))!);
    expect(await indexed()).toEqual({});
    expect(await ctx.redis.hlen(k.slotOf)).toBe(0);
  });

  it('indexes a batch created at once (an import), active rows only', async () => {
    const drafts = Array.from({ length: 40 }, (_, i) =>
      draftSubscriber(ctx, `batch${i}@example.org`, prefs({ hour: i % 4, timezone: i % 2 ? 'Asia/Kolkata' : 'America/New_York' }), { active: i % 5 !== 0, source: 'import' }),
    );
    const created = await createSubscribers(ctx, drafts);
    expect(created.every(Boolean)).toBe(true);
    const want = await expected();
    expect(Object.values(want).flat()).toHaveLength(32);
    expect(await indexed()).toEqual(want);
    expect(await sizes()).toEqual(Object.fromEntries(Object.entries(want).map(([slot, ids]) => [slot, ids.length])));
  });

  it('is rebuilt from the records by a reconciliation: missing entries come back, stale ones go', async () => {
    const before = await indexed();
    const [slot, ids] = Object.entries(before)[0]!;
    // Damage it as a crash between writes of an older version, or a hand edit, might.
    await ctx.redis.zrem(k.index, `${slot} ${ids[0]}`);
    await ctx.redis.hdel(k.slotOf, ids[0]!);
    await ctx.redis.zadd(k.index, 0, `daily|0|3|UTC gone-subscriber`);
    await ctx.redis.hset(k.slotOf, 'gone-subscriber', 'daily|0|3|UTC');
    await ctx.redis.hincrby(k.sizes, 'daily|0|3|UTC', 1);
    await ctx.redis.hincrby(k.sizes, slot, -1);

    const { moved } = await reconcileSlotIndex(ctx);
    expect(moved).toBe(2);
    expect(await indexed()).toEqual(before);
    expect(await sizes()).toEqual(Object.fromEntries(Object.entries(before).map(([s, list]) => [s, list.length])));
    expect(await ctx.redis.exists(k.checked)).toBe(1);
    expect((await reconcileSlotIndex(ctx)).moved).toBe(0);
  });
});

describe('planning from the slot index', () => {
  const plan = async (at: number) => {
    const out: PlannedSend[] = [];
    for await (const batch of planEdition(ctx, at, 'schedule')) out.push(...batch);
    return out;
  };

  it('over eight days of quarter-hour ticks, plans each due edition once, at the first tick it is due, as a scan of every record would', async () => {
    const zones = ['UTC', 'Asia/Kolkata', 'Europe/Rome', 'America/New_York', 'Asia/Kathmandu', 'Australia/Adelaide'];
    const drafts = Array.from({ length: 240 }, (_, i) =>
      draftSubscriber(
        ctx,
        `p${i}@example.org`,
        prefs({ hour: (i * 7) % 24, timezone: zones[i % zones.length]!, frequency: i % 3 === 0 ? 'weekly' : 'daily', weekday: 1 + (i % 7) }),
        { active: true, source: 'import' },
      ),
    );
    await createSubscribers(ctx, drafts);
    const all = await Promise.all((await subscriberIdsWithStatus(ctx, 'active')).map(async (id) => (await getSubscriber(ctx, id))!));
    const catchUp = ctx.config.digests.catchUpHours;

    const planned = new Map<string, number>(); // subscriber|edition → tick planned at
    const firstDue = new Map<string, number>();
    const start = Date.parse('2026-03-02T00:00:00Z'); // a Monday; New York changes to DST on the 8th
    let late: Subscriber | null = null;
    for (let t = start; t < start + 8 * 86_400_000; t += 15 * 60_000) {
      if (t === start + 3 * 86_400_000 + 9 * 3_600_000) {
        // Someone confirms in the middle of a slot's catch-up window: they get that edition at the next tick.
        late = (await upsertSubscriber(ctx, { email: 'late@example.org', topics: ['defence'], hour: 8, timezone: 'UTC', confirmed: true })).subscriber;
        all.push(late);
      }
      for (const send of await plan(t)) {
        const key = `${send.subscriberId}|${send.edition.id}`;
        expect(planned.has(key), `${key} planned twice`).toBe(false);
        planned.set(key, t);
      }
      for (const s of all) {
        const edition = dueEdition(s, t, catchUp);
        const key = `${s.id}|${edition?.id}`;
        if (edition && !firstDue.has(key)) firstDue.set(key, t);
      }
    }
    expect(planned.size).toBeGreaterThan(1000);
    expect(new Map([...planned].sort())).toEqual(new Map([...firstDue].sort()));
    expect(planned.get(`${late!.id}|daily-2026-03-05`)).toBe(start + 3 * 86_400_000 + 9 * 3_600_000);
  });

  it('reads only the records of the slots whose hour has come', async () => {
    let reads = 0;
    const hgetall = ctx.redis.hgetall.bind(ctx.redis);
    ctx.redis.hgetall = ((...args: Parameters<typeof hgetall>) => {
      reads++;
      return hgetall(...args);
    }) as typeof ctx.redis.hgetall;
    try {
      // Friday 13 March 2026, 07:00 UTC, a day none of the earlier ticks planned.
      const at = Date.parse('2026-03-13T07:00:00Z');
      const sends = await plan(at);
      const active = (await subscriberIdsWithStatus(ctx, 'active')).length;
      expect(sends.length).toBeGreaterThan(0);
      const dueSlots = (await slotStates(ctx)).filter((s) => dueEdition(s.slot, at, ctx.config.digests.catchUpHours));
      expect(reads).toBe(dueSlots.reduce((n, s) => n + s.size, 0));
      expect(reads).toBeLessThan(active / 2);
      reads = 0;
      expect(await plan(at + 15 * 60_000)).toEqual([]); // the same slots, fanned out already: not read again
      expect(reads).toBe(0);
    } finally {
      ctx.redis.hgetall = hgetall;
    }
  });

  it('skips a slot whose time zone cannot be read, and plans every other slot', async () => {
    const odd = (await upsertSubscriber(ctx, { email: 'odd-zone@example.org', topics: ['defence'], hour: 7, timezone: 'UTC', confirmed: true })).subscriber;
    // A zone the running ICU does not know (renamed in a tz update, say), written past validation.
    await ctx.redis.hset(`${ctx.config.prefix}:sub:${odd.id}`, 'timezone', 'Mars/Olympus_Mons');
    await reconcileSlotIndex(ctx);
    expect(Object.keys(await indexed())).toContain('daily|0|7|Mars/Olympus_Mons');
    const at = Date.parse('2026-03-16T07:00:00Z');
    const sends = await plan(at);
    expect(sends.length).toBeGreaterThan(0);
    expect(sends.map((s) => s.subscriberId)).not.toContain(odd.id);
    await deleteSubscriber(ctx, (await getSubscriber(ctx, odd.id))!);
  });

  it('rebuilds a missing index before the first tick after an upgrade, and plans the same', async () => {
    const at = Date.parse('2026-03-14T07:00:00Z');
    const keep = await indexed();
    await ctx.redis.del(k.index, k.sizes, k.slotOf, k.checked);
    const sends = await plan(at);
    expect(await indexed()).toEqual(keep);
    expect(sends.length).toBeGreaterThan(0);
    expect(await ctx.redis.exists(k.checked)).toBe(1);
  });
});
