// `npm run bench -- plan [subscribers]`: how long an edition tick takes to find
// who is due, on 100,000 active subscribers (by default) spread over 24 local
// hours, six time zones and daily/weekly schedules, in the real Redis under a
// throw-away key prefix. Baseline, in the same run: what every tick did before
// the delivery-slot index — read every active subscriber's record and ask
// whether their hour has come. Printed: the first tick of an hour (its slots
// fan out), a later tick inside the catch-up hours (nothing new to fan out),
// and the daily reconciliation of the index.
import { randomBytes } from 'node:crypto';
import { deletePrefix } from '../test/helpers/redis.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Ctx } from '../src/context.js';
import { dueEdition } from '../src/digests/editions.js';
import { planEdition } from '../src/digests/plan.js';
import { inLedger } from '../src/digests/send.js';
import { createLogger } from '../src/log.js';
import { connectRedis } from '../src/redis.js';
import { createSubscribers, draftSubscriber, getSubscriber, reconcileSlotIndex, subscriberIdsWithStatus } from '../src/subscribers/store.js';

const SUBSCRIBERS = Number(process.argv[2] ?? 100_000);
const ZONES = ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Asia/Dhaka', 'Europe/Rome', 'Asia/Kathmandu'];
const BATCH = 500;

const config = loadConfig({ ...process.env, WIREBRIEF_PREFIX: `wbbench:plan:${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'silent' }) as Config & { secret: string };
config.secret = 'bench-secret-0123456789abcdef0123456789';
const redis = connectRedis(config.redisUrl);
const ctx: Ctx = { config, redis, log: createLogger('silent'), now: Date.now };


/** The tick before the index: every active record read, in batches of 500. */
async function planByScan(at: number): Promise<number> {
  const ids = await subscriberIdsWithStatus(ctx, 'active');
  let due = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const subs = await Promise.all(ids.slice(i, i + BATCH).map((id) => getSubscriber(ctx, id)));
    const editions = subs.flatMap((s) => {
      const e = s && s.status === 'active' ? dueEdition(s, at, config.digests.catchUpHours) : null;
      return e ? [{ edition: e.id, subscriberId: s!.id }] : [];
    });
    const done = await inLedger(ctx, editions);
    due += done.filter((d) => !d).length;
  }
  return due;
}

async function planBySlots(at: number): Promise<number> {
  let due = 0;
  for await (const batch of planEdition(ctx, at, 'schedule')) due += batch.length;
  return due;
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await f();
  return [out, performance.now() - t];
}

try {
  for (let i = 0; i < SUBSCRIBERS; i += 1000) {
    const drafts = Array.from({ length: Math.min(1000, SUBSCRIBERS - i) }, (_, j) => {
      const n = i + j;
      return draftSubscriber(
        ctx,
        `reader.${n}@example${n % 211}.org`,
        { topics: ['defence'], frequency: n % 5 === 0 ? 'weekly' : 'daily', weekday: 1 + (n % 7), hour: (n * 7) % 24, timezone: ZONES[n % ZONES.length]! },
        { active: true, source: 'import' },
      );
    });
    await createSubscribers(ctx, drafts);
  }
  const [, reconcileMs] = await timed(() => reconcileSlotIndex(ctx));

  // Friday 27 February 2026 07:00 UTC, and a quarter of an hour later (inside every due slot's catch-up hours).
  const first = Date.parse('2026-02-27T07:00:00Z');
  const later = first + 15 * 60_000;
  const [scanDue, scanMs] = await timed(() => planByScan(first));
  const [slotDue, slotMs] = await timed(() => planBySlots(first));
  const [, scanLaterMs] = await timed(() => planByScan(later));
  const [laterDue, slotLaterMs] = await timed(() => planBySlots(later));
  const rss = Math.round(process.memoryUsage().rss / 1e6);

  console.log(`${SUBSCRIBERS} active subscribers; ${scanDue} due at the tick (both ways agree: ${scanDue === slotDue})`);
  console.log(`first tick of the hour:  scan every record ${scanMs.toFixed(0)} ms   slot index ${slotMs.toFixed(0)} ms   (×${(scanMs / slotMs).toFixed(1)})`);
  console.log(`a later catch-up tick:   scan every record ${scanLaterMs.toFixed(0)} ms   slot index ${slotLaterMs.toFixed(1)} ms   (×${(scanLaterMs / slotLaterMs).toFixed(0)}; queued anew: ${laterDue})`);
  console.log(`daily reconciliation of the index: ${reconcileMs.toFixed(0)} ms; RSS ${rss} MB`);
  console.log(
    `BENCH ${JSON.stringify({
      name: 'plan',
      subscribers: SUBSCRIBERS,
      due: slotDue,
      agree: scanDue === slotDue,
      tick_ms: Math.round(slotMs),
      baseline_tick_ms: Math.round(scanMs),
      speedup: Number((scanMs / slotMs).toFixed(1)),
      catch_up_tick_ms: Number(slotLaterMs.toFixed(1)),
      baseline_catch_up_tick_ms: Math.round(scanLaterMs),
      reconcile_ms: Math.round(reconcileMs),
      rss_mb: rss,
    })}`,
  );
} finally {
  await deletePrefix(redis, config.prefix);
  redis.disconnect();
}
