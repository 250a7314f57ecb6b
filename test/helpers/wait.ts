/** Polls until `check` returns a truthy value; fails with `what` after the timeout. */
export async function waitFor<T>(check: () => Promise<T> | T, what: string, timeoutMs = 15_000, everyMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Polls until `check` passes for as long as `progress` keeps changing: fails
 * with `what` only when it has stood still for `stallMs`. For long work on a
 * loaded machine (thousands of mails), where any total deadline is either too
 * short for a slow healthy run or far too long for a stuck one.
 */
export async function waitWhileProgressing(check: () => Promise<boolean> | boolean, progress: () => number, what: string, stallMs: number, everyMs = 100): Promise<void> {
  let last = progress();
  let movedAt = Date.now();
  while (!(await check())) {
    const now = progress();
    if (now !== last) [last, movedAt] = [now, Date.now()];
    else if (Date.now() - movedAt > stallMs) throw new Error(`timed out waiting for ${what}: no progress for ${stallMs / 1000} s (at ${now})`);
    await sleep(everyMs);
  }
}
