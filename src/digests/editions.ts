import { createHash } from 'node:crypto';
import type { Subscriber } from '../subscribers/store.js';

/**
 * An edition is one issue of the digest for one local day (daily) or ISO week
 * (weekly): `daily-2026-02-27`, `weekly-2026-W09`. Edition ids key the send
 * ledger and the send job ids, so one subscriber never gets one edition twice.
 * A subscriber's slot (frequency, weekday, hour, time zone) says when their
 * edition is due; all of it is computed on their wall clock, so the hour stays
 * local across DST changes.
 */
export type Slot = Pick<Subscriber, 'frequency' | 'weekday' | 'hour' | 'timezone'>;

export interface Edition {
  id: string;
  label: string;
  frequency: Subscriber['frequency'];
}

export interface LocalTime {
  /** YYYY-MM-DD on the local calendar. */
  date: string;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Building an Intl formatter costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(at: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday!]!,
  };
}

export function localDate(at: number, timeZone: string): string {
  return localTime(at, timeZone).date;
}

export function dailyEditionId(at: number, timeZone: string): string {
  return `daily-${localDate(at, timeZone)}`;
}

/** ISO 8601 week of a calendar date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: string): { year: number; week: number; monday: string } {
  const day = Date.parse(`${date}T00:00:00Z`);
  const weekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(day + (4 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  const monday = new Date(day - (weekday - 1) * 86_400_000).toISOString().slice(0, 10);
  return { year, week, monday };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Friday 27 February 2026": spelt out here, since ICU versions punctuate dates differently. */
function longDate(isoDate: string, withWeekday = false): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAY_NAMES[((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1];
  return `${withWeekday ? `${weekday} ` : ''}${d} ${MONTHS[m - 1]} ${y}`;
}

/** The edition a subscriber's digest belongs to at `at`, on their own calendar. */
export function editionFor(slot: Pick<Slot, 'frequency' | 'timezone'>, at: number): Edition {
  return editionOn(slot, localTime(at, slot.timezone).date);
}

/** The edition of a local calendar date (YYYY-MM-DD). */
function editionOn(slot: Pick<Slot, 'frequency'>, date: string): Edition {
  if (slot.frequency === 'weekly') {
    const { year, week, monday } = isoWeek(date);
    return { id: `weekly-${year}-W${String(week).padStart(2, '0')}`, label: `Weekly briefing, week of ${longDate(monday)}`, frequency: 'weekly' };
  }
  return { id: `daily-${date}`, label: `Daily briefing, ${longDate(date, true)}`, frequency: 'daily' };
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The edition due for this slot at tick time `at`, or null. Due once the local
 * hour reaches the subscriber's hour (on their weekday, if weekly) and for
 * `catchUpHours` after, so a tick missed while the service was down is made up
 * by the next one, past local midnight too for a late-evening slot (it is
 * still that day's edition); the edition id keeps it to one mail. Comparing wall-clock
 * hours handles DST: on a spring-forward day an hour that does not exist is
 * served at the next one, on a fall-back day the repeated hour sends once.
 */
export function dueEdition(slot: Slot, at: number, catchUpHours: number): Edition | null {
  const local = localTime(at, slot.timezone);
  const onDay = (weekday: number) => slot.frequency !== 'weekly' || weekday === slot.weekday;
  if (onDay(local.weekday) && local.hour >= slot.hour && local.hour < slot.hour + catchUpHours) return editionOn(slot, local.date);
  // A late-evening slot's catch-up hours run on past midnight: yesterday's edition, counted in wall-clock hours as above.
  if (onDay(local.weekday === 1 ? 7 : local.weekday - 1) && 24 + local.hour < slot.hour + catchUpHours) return editionOn(slot, dayBefore(local.date));
  return null;
}

/**
 * How long after its tick a scheduled send waits: the big mailbox providers
 * ask bulk senders not to start on the hour. Deterministic per subscriber and
 * edition, spread over [1, jitterMinutes] minutes.
 */
export function sendDelayMs(subscriberId: string, editionId: string, jitterMinutes: number): number {
  if (jitterMinutes <= 0) return 0;
  const spreadMs = (jitterMinutes - 1) * 60_000;
  const h = createHash('sha1').update(`${editionId}\n${subscriberId}`).digest().readUInt32BE(0);
  return 60_000 + (spreadMs === 0 ? 0 : h % (spreadMs + 1));
}

/** "daily at 07:00 (Asia/Kolkata)", for the footer that says why the mail came. */
export function describeSlot(slot: Slot): string {
  const time = `${String(slot.hour).padStart(2, '0')}:00`;
  const when = slot.frequency === 'weekly' ? `every ${WEEKDAY_NAMES[slot.weekday] ?? 'week'} at ${time}` : `daily at ${time}`;
  return `${when} (${slot.timezone})`;
}
