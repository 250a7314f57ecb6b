import { randomUUID } from 'node:crypto';
import type { Ctx } from './context.js';

/**
 * At most `limit` holders of one Redis key at a time, across every worker
 * process: a counting semaphore (a sorted set of leases scored by when they
 * lapse, so a crashed worker's lease frees itself). With limit 1 it is a mutex.
 */

const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

export interface LeaseOptions {
  limit: number;
  /** How long a lease lasts: longer than the work may take. */
  leaseMs: number;
  /** How long to wait for a lease before giving up. */
  waitMs: number;
  /** First pause between tries (doubling, with jitter, up to 20 times it). */
  retryMs: number;
}

export class LeaseBusyError extends Error {
  override name = 'LeaseBusyError';
}

type Pipeline = ReturnType<Ctx['redis']['pipeline']>;
/** What a pipeline's exec gives: per command, its error or its reply. */
export type Replies = [Error | null, unknown][];

/** Runs `work` holding one lease on `semaphore`; throws LeaseBusyError after `waitMs` without one. */
export async function withLease<T>(ctx: Ctx, semaphore: string, opts: LeaseOptions, work: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + opts.waitMs;
  const local = await localPermit(ctx, semaphore, opts, deadline);
  try {
    await acquire(ctx, semaphore, opts, token, deadline, 0);
    try {
      return await work();
    } finally {
      await release(ctx, semaphore, token);
    }
  } finally {
    local();
  }
}

/**
 * withLease for work that starts with reads, in two round trips fewer. The
 * first try for the lease goes in one pipeline with `reads`: Redis runs them
 * in order, so when the lease was had, the reads were made under it (when it
 * was not, they are made again once it is). `work` gets their replies and a
 * `release` to call right after sending its last command, so the release
 * travels with it instead of waiting for its reply; it runs anyway at the end.
 */
export async function withLeasedReads<T>(
  ctx: Ctx,
  semaphore: string,
  opts: LeaseOptions,
  reads: (p: Pipeline) => void,
  work: (replies: Replies, release: () => void) => Promise<T>,
): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + opts.waitMs;
  const local = await localPermit(ctx, semaphore, opts, deadline);
  try {
    return await leasedReads(ctx, semaphore, opts, token, deadline, reads, work, local);
  } finally {
    local();
  }
}

async function leasedReads<T>(
  ctx: Ctx,
  semaphore: string,
  opts: LeaseOptions,
  token: string,
  deadline: number,
  reads: (p: Pipeline) => void,
  work: (replies: Replies, release: () => void) => Promise<T>,
  local: () => void,
): Promise<T> {
  const first = ctx.redis.pipeline();
  first.eval(ACQUIRE, 1, semaphore, ...tryArgs(opts, token));
  reads(first);
  let replies = ((await first.exec()) ?? []) as Replies;
  const [error, got] = replies[0] ?? [null, 0];
  if (error) throw error;
  if (got === 1) replies = replies.slice(1);
  else {
    if (Date.now() > deadline) throw new LeaseBusyError(`${opts.limit} holders already; gave up waiting after ${opts.waitMs} ms`);
    await pause(opts, 0);
    await acquire(ctx, semaphore, opts, token, deadline, 1);
    const again = ctx.redis.pipeline();
    reads(again);
    replies = ((await again.exec()) ?? []) as Replies;
  }
  let released = false;
  const releaseNow = () => {
    if (released) return;
    released = true;
    void release(ctx, semaphore, token);
    // The next holder in this process may go now: its first try travels behind this release.
    local();
  };
  try {
    return await work(replies, releaseNow);
  } finally {
    if (!released) await release(ctx, semaphore, token);
  }
}

/**
 * Holders in one process queue here, first come first served, before they
 * ask Redis: only as many as the limit ever poll for a lease, so a worker
 * running several jobs does not spend its waits in back-off pauses against
 * itself. The answer gives the permit back (once, however often called).
 */
type Gate = { active: number; waiting: (() => void)[] };
// Per Redis connection: a process has one, and two connections in one process
// (as tests make, to stand for two workers) then still meet only in Redis.
const gatesOf = new WeakMap<object, Map<string, Gate>>();

async function localPermit(ctx: Ctx, semaphore: string, opts: LeaseOptions, deadline: number): Promise<() => void> {
  let gates = gatesOf.get(ctx.redis);
  if (!gates) gatesOf.set(ctx.redis, (gates = new Map()));
  const all = gates;
  let gate = all.get(semaphore);
  if (!gate) all.set(semaphore, (gate = { active: 0, waiting: [] }));
  const g = gate;
  if (g.active < opts.limit) g.active++;
  else await queueFor(g, deadline, opts);
  let given = false;
  return () => {
    if (given) return;
    given = true;
    const next = g.waiting.shift();
    if (next) next(); // the permit passes on
    else if (--g.active === 0) all.delete(semaphore);
  };
}

function queueFor(g: Gate, deadline: number, opts: LeaseOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const turn = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      g.waiting.splice(g.waiting.indexOf(turn), 1);
      reject(new LeaseBusyError(`${opts.limit} holders already in this process; gave up waiting after ${opts.waitMs} ms`));
    }, Math.max(0, deadline - Date.now()));
    g.waiting.push(turn);
  });
}

/** Tries until it has a lease, from try number `attempt` on. */
async function acquire(ctx: Ctx, semaphore: string, opts: LeaseOptions, token: string, deadline: number, attempt: number): Promise<void> {
  // Wall-clock time, not ctx.now(): leases are about real concurrency, whatever clock the domain runs on.
  for (; ; attempt++) {
    const now = Date.now();
    const got = await ctx.redis.eval(ACQUIRE, 1, semaphore, ...tryArgs(opts, token, now));
    if (got === 1) return;
    if (now > deadline) throw new LeaseBusyError(`${opts.limit} holders already; gave up waiting after ${opts.waitMs} ms`);
    await pause(opts, attempt);
  }
}

/** ACQUIRE's ARGV. */
function tryArgs(opts: LeaseOptions, token: string, now = Date.now()): (string | number)[] {
  return [now, now + opts.leaseMs, opts.limit, token, opts.leaseMs + 1000];
}

function pause(opts: LeaseOptions, attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, opts.retryMs * Math.min(20, 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())));
}

function release(ctx: Ctx, semaphore: string, token: string): Promise<unknown> {
  return ctx.redis.zrem(semaphore, token).catch(() => undefined);
}
