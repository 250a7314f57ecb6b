import { afterAll, describe, expect, it } from 'vitest';
import { CoalescedWrites, readEach } from '../../src/stories/store.js';
import { testCtx } from '../helpers/redis.js';

const ctx = testCtx('stories-list-arguments');
afterAll(() => ctx.cleanup());

const key = (name: string) => `${ctx.config.prefix}:${name}`;
/** More fields than one slice of the scripts (1,000) takes, as a feed of a few hundred new stories has bands. */
const fields = Array.from({ length: 2_345 }, (_, i) => `${(i % 20).toString(36)}:${i.toString(36)}`);

describe('lists sent as one argument', () => {
  it('hsetEach sets every field of the list to the value, beside the batch’s other writes, and an empty list writes nothing', async () => {
    const m = ctx.redis.multi();
    const w = new CoalescedWrites(m);
    w.hsetField(key('story'), 'bands', fields.slice(0, 3).join(','));
    w.hsetEach(key('bands'), fields.slice(0, 2_000).join(','), 'story-a');
    // A later story's bands win where they share one, as a later HSET field does.
    w.hsetEach(key('bands'), fields.slice(1_990).join(','), 'story-b');
    w.hsetEach(key('empty'), '', 'story-c');
    w.hsetnx(key('contents'), 'hash', 'story-a');
    w.flush();
    await m.exec();
    const stored = await ctx.redis.hgetall(key('bands'));
    expect(Object.keys(stored)).toHaveLength(fields.length);
    expect(fields.map((f) => stored[f])).toEqual(fields.map((_, i) => (i < 1_990 ? 'story-a' : 'story-b')));
    expect(await ctx.redis.hget(key('story'), 'bands')).toBe(fields.slice(0, 3).join(','));
    expect(await ctx.redis.hget(key('contents'), 'hash')).toBe('story-a');
    expect(await ctx.redis.exists(key('empty'))).toBe(0);
  });

  it('readEach answers as HMGET does, in order, null for a missing field, over more than one slice', async () => {
    const present = fields.filter((_, i) => i % 3 === 0);
    await ctx.redis.hset(key('read'), Object.fromEntries(present.map((f) => [f, `v${f}`])));
    const asked = [...fields].reverse();
    const p = ctx.redis.pipeline();
    p.hmget(key('read'), ...asked);
    readEach(p, key('read'), asked);
    const replies = (await p.exec()) as [null, (string | null)[]][];
    const [expected, got] = [replies[0]![1], replies[1]![1]];
    expect(got).toEqual(expected);
    expect(got).toHaveLength(asked.length);
    expect(got.filter((v) => v === null)).toHaveLength(asked.length - present.length);
  });
});
