import type { Feed } from './store.js';

/**
 * When a feed is polled next. After a success: its interval, or longer when
 * the publisher asks (<ttl>, sy:updatePeriod, Cache-Control max-age,
 * Expires). After a failure: exponential back-off with jitter, capped at a
 * day, so a broken feed keeps being tried once a day for ever and is never
 * silently parked. Retry-After on 429/503 is honoured (within the same cap).
 */

export const MAX_DELAY_MS = 24 * 3600_000;

export function minutes(n: number): number {
  return n * 60_000;
}

export function nextPollAfterSuccess(feed: Pick<Feed, 'intervalMinutes'>, at: number, hints: { ttlMinutes: number | null; freshForMs: number | null }): number {
  const interval = minutes(feed.intervalMinutes);
  const floor = Math.max(hints.ttlMinutes ? minutes(hints.ttlMinutes) : 0, hints.freshForMs ?? 0);
  return at + Math.max(interval, Math.min(floor, MAX_DELAY_MS));
}

/** `errors` counts this failure too (1 after the first). */
export function nextPollAfterFailure(
  feed: Pick<Feed, 'intervalMinutes'>,
  at: number,
  errors: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const interval = minutes(feed.intervalMinutes);
  const exponential = Math.min(MAX_DELAY_MS, interval * 2 ** Math.min(errors - 1, 20));
  // ±25% so feeds that failed together (one host down) do not all come back at the same second.
  const jittered = Math.min(MAX_DELAY_MS, exponential * (0.75 + random() * 0.5));
  const asked = retryAfterMs === null ? 0 : Math.min(retryAfterMs, MAX_DELAY_MS);
  return at + Math.max(Math.round(jittered), asked, interval);
}

/**
 * Whether a scheduled tick should poll. Scheduler ticks fall on multiples of
 * the interval while nextPollAt is measured from when the last poll ran, a
 * little later: half an interval of slack keeps one tick from being skipped
 * for those few seconds.
 */
export function isDue(feed: Pick<Feed, 'status' | 'nextPollAt' | 'intervalMinutes'>, now: number): boolean {
  if (feed.status === 'disabled') return false;
  return feed.nextPollAt === null || now >= feed.nextPollAt - minutes(feed.intervalMinutes) / 2;
}
