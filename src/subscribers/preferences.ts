import { isTimeZone } from '../config.js';
import { canonicalTopicId, type Taxonomy } from '../topics/taxonomy.js';
import { SubscriberError } from './address.js';

/**
 * What a subscriber chooses: topics and when the digest comes. Pages, the
 * JSON API and list imports all check choices here, so each refuses the same
 * things with the same words.
 */
export type Frequency = 'daily' | 'weekly';
export const FREQUENCIES: Frequency[] = ['daily', 'weekly'];
/** Index 0 is weekday 1: ISO numbering, Monday first. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface Preferences {
  topics: string[];
  frequency: Frequency;
  /** 1 = Monday … 7 = Sunday, for weekly editions. */
  weekday: number;
  /** Local hour of delivery, 0–23. */
  hour: number;
  /** IANA name, e.g. Asia/Kolkata. */
  timezone: string;
}

/** Loose input as it comes from a form, a JSON body or a CSV/JSONL row. */
export interface PreferencesInput {
  topics?: unknown;
  frequency?: unknown;
  weekday?: unknown;
  hour?: unknown;
  timezone?: unknown;
}

export function checkTopics(taxonomy: Taxonomy, topics: string[]): void {
  if (topics.length === 0) throw new SubscriberError(`choose at least one topic: ${taxonomy.ids.join(', ')}`);
  const unknown = topics.filter((t) => !taxonomy.byId.has(t));
  if (unknown.length > 0) throw new SubscriberError(`unknown topic ${unknown.join(', ')}; valid topics are ${taxonomy.ids.join(', ')}`);
}

/**
 * Reads and checks choices, filling what is missing from `defaults`. Topics
 * may be a list or one string of ids separated by `;`, `,` or `|` (a list's items too).
 */
export function readPreferences(taxonomy: Taxonomy, input: PreferencesInput, defaults: Preferences): Preferences {
  const topics = input.topics === undefined || input.topics === '' ? defaults.topics : readTopics(input.topics);
  checkTopics(taxonomy, topics);
  return {
    topics,
    frequency: readFrequency(input.frequency, defaults.frequency),
    weekday: readWeekday(input.weekday, defaults.weekday),
    hour: readHour(input.hour, defaults.hour),
    timezone: readTimezone(input.timezone, defaults.timezone),
  };
}

export function defaultPreferences(timezone: string): Preferences {
  return { topics: [], frequency: 'daily', weekday: 1, hour: 7, timezone };
}

/** A list's items may be `a;b` too: a form's one topics field is a list of one. */
function readTopics(value: unknown): string[] {
  const list: unknown[] | null = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
  if (!list || list.some((t) => typeof t !== 'string')) throw new SubscriberError('topics must be a list of topic ids, or ids separated by ";"');
  const ids = (list as string[]).flatMap((t) => t.split(/[;,|]/));
  if (ids.length > 100) throw new SubscriberError('too many topics');
  return [...new Set(ids.map(canonicalTopicId).filter(Boolean))];
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function readFrequency(value: unknown, fallback: Frequency): Frequency {
  if (blank(value)) return fallback;
  const f = String(value).trim().toLowerCase();
  if (f === 'daily' || f === 'weekly') return f;
  throw new SubscriberError(`frequency must be daily or weekly (got ${JSON.stringify(String(value).slice(0, 40))})`);
}

function readWeekday(value: unknown, fallback: number): number {
  if (blank(value)) return fallback;
  const text = String(value).trim().toLowerCase();
  const byName = WEEKDAYS.findIndex((d) => text.length >= 3 && d.toLowerCase().startsWith(text));
  if (byName >= 0) return byName + 1;
  // Digits only: Number() would also read "0x3", "3e0" or "3.0" as 3.
  const n = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (n >= 1 && n <= 7) return n;
  throw new SubscriberError(`weekday must be 1 (Monday) to 7 (Sunday) or a day name (got ${JSON.stringify(String(value).slice(0, 40))})`);
}

function readHour(value: unknown, fallback: number): number {
  if (blank(value)) return fallback;
  // "7", "07", or a time on the hour as the page shows it ("07:00").
  const digits = /^(\d{1,2})(?::00)?$/.exec(String(value).trim())?.[1];
  const n = typeof value === 'number' ? value : digits !== undefined ? Number(digits) : NaN;
  if (Number.isInteger(n) && n >= 0 && n <= 23) return n;
  throw new SubscriberError(`hour must be a whole hour from 0 to 23 (got ${JSON.stringify(String(value).slice(0, 40))})`);
}

/**
 * Old IANA names that ICU (Node 20's, Chromium's) still reports, and the
 * current names they stand for: the form lists the current ones and stores
 * them whichever a browser sends.
 */
const CURRENT_NAME: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
};
let zoneList: string[] | null = null;
let zoneByLowerCase: Map<string, string> | null = null;

/** Zones a person can pick from, for the form's suggestions. */
export function timeZoneNames(): string[] {
  zoneList ??= [
    ...new Set(['UTC', ...Intl.supportedValuesOf('timeZone').map((z) => CURRENT_NAME[z] ?? z)].filter((z) => isTimeZone(z))),
  ].sort();
  return zoneList;
}

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/** An IANA name, spelled as the zone list spells it (`asia/kolkata` → `Asia/Kolkata`); offsets like +05:30 are not names. */
function readTimezone(value: unknown, fallback: string): string {
  if (blank(value)) return fallback;
  const tz = String(value).trim();
  zoneByLowerCase ??= new Map([...timeZoneNames().map((z): [string, string] => [z.toLowerCase(), z]), ...Object.entries(CURRENT_NAME).map(([old, now]): [string, string] => [old.toLowerCase(), now])]);
  const listed = zoneByLowerCase.get(tz.toLowerCase());
  if (listed) return listed;
  if (ZONE_NAME.test(tz) && isTimeZone(tz)) return tz;
  throw new SubscriberError(`timezone must be an IANA time zone such as Asia/Kolkata or UTC (got ${JSON.stringify(tz.slice(0, 40))})`);
}
