import { afterAll, describe, expect, it } from 'vitest';
import { LeaseBusyError, withLease, withLeasedReads } from '../src/leases.js';
import { testCtx } from './helpers/redis.js';

const ctx = testCtx('leases');
afterAll(() => ctx.cleanup());
const key = (name: string) => `${ctx.config.prefix}:lease:${name}`;
const opts = { limit: 1, leaseMs: 10_000, waitMs: 5_000, retryMs: 2 };
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('leases', () => {
  it('lets holders in one process in one at a time, in the order they came, each holding the Redis lease', async () => {
    const order: number[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        withLease(ctx, key('mutex'), opts, async () => {
          inside++;
          most = Math.max(most, inside);
          order.push(i);
          expect(await ctx.redis.zcard(key('mutex'))).toBe(1);
          await tick(5);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await ctx.redis.exists(key('mutex'))).toBe(0);
  });

  it('counts up to its limit', async () => {
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 9 }, () =>
        withLease(ctx, key('two'), { ...opts, limit: 2 }, async () => {
          most = Math.max(most, ++inside);
          await tick(5);
          inside--;
        }),
      ),
    );
    expect(most).toBe(2);
  });

  it('still excludes a holder elsewhere (another process) through Redis, and gives up after waitMs', async () => {
    // A lease taken by someone else: a member of the sorted set this process did not put there.
    await ctx.redis.zadd(key('foreign'), Date.now() + 60_000, 'another-process');
    const started = Date.now();
    await expect(withLease(ctx, key('foreign'), { ...opts, waitMs: 150 }, async () => 'ran')).rejects.toBeInstanceOf(LeaseBusyError);
    // The holder queued behind it in this process gives up on time too, and the queue is left clean.
    const [a, b] = await Promise.allSettled(['a', 'b'].map((name) => withLease(ctx, key('foreign'), { ...opts, waitMs: 150 }, async () => name)));
    expect(a).toMatchObject({ status: 'rejected', reason: expect.any(LeaseBusyError) });
    expect(b).toMatchObject({ status: 'rejected', reason: expect.any(LeaseBusyError) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await ctx.redis.del(key('foreign'));
    expect(await withLease(ctx, key('foreign'), opts, async () => 'free again')).toBe('free again');
  });

  it('passes the turn on when the holder releases early, and its reads were made under the lease', async () => {
    const events: string[] = [];
    await ctx.redis.set(key('value'), 'v');
    await Promise.all(
      ['first', 'second'].map((name) =>
        withLeasedReads(
          ctx,
          key('reads'),
          opts,
          (p) => p.get(key('value')),
          async (replies, release) => {
            events.push(`${name} read ${String(replies[0]![1])}`);
            release();
            events.push(`${name} released`);
            await tick(20);
            events.push(`${name} done`);
          },
        ),
      ),
    );
    // The second started while the first was still finishing after its release.
    expect(events.indexOf('second read v')).toBeLessThan(events.indexOf('first done'));
    expect(events.indexOf('first released')).toBeLessThan(events.indexOf('second read v'));
  });
});
