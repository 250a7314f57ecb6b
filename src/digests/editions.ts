/**
 * An edition is one issue of the digest: `daily-2026-02-27` is everything the
 * daily subscribers get on that (local) day. Edition ids key the send ledger,
 * so the same edition is never mailed twice to one subscriber.
 */
export function localDate(at: number, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function dailyEditionId(at: number, timeZone: string): string {
  return `daily-${localDate(at, timeZone)}`;
}
