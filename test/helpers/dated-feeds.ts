import { X } from './feed-docs.js';
import { pollThroughAdmin, type ApiStory, type apiSweep } from './service.js';

/** What the date sweeps share: a feed of one item a date, polled through the admin API, and each story's date by its title. */
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

/** An RSS document of `site`, in `language` when given, with one item a date for each of `dates` (titled by its key). */
export function datedFeed(site: string, dates: Record<string, string>, language = '') {
  const items = Object.entries(dates)
    .map(([slug, date]) => `<item><title>Story ${slug}</title><link>${site}/news/${slug}</link><description>The council met on Friday to discuss the ${slug} plan.</description><pubDate>${date}</pubDate></item>`)
    .join('');
  return `${X}<rss version="2.0"><channel><title>Desk</title><link>${site}/</link><description>News</description>${language ? `<language>${language}</language>` : ''}${items}</channel></rss>`;
}

/** Each story's title and published time, by title (the API lists them newest first). */
export const datesOf = (stories: ApiStory[]) => Object.fromEntries(stories.map((s) => [s.title.replace(/^Story /, ''), s.published]));

/** The dates of `datedFeed(site, dates, language)` served at `path` and polled through the sweep's service. */
export async function pollDates(sweep: ReturnType<typeof apiSweep>, path: string, site: string, dates: Record<string, string>, language = '') {
  const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, datedFeed(site, dates, language), RSS_TYPE);
  return datesOf(stories);
}

/** pollDates bound to one sweep's service. */
export const datesPoller = (sweep: ReturnType<typeof apiSweep>) => (path: string, site: string, dates: Record<string, string>, language = '') => pollDates(sweep, path, site, dates, language);

/** Whether the story took the time it was fetched (no date read): at or after `before`. */
export const fetchTime = (published: string | undefined, before: number) => Date.parse(published!) >= before - 1000;

/** Whether `published` is `back` ms before a fetch made between `before` and `after` (a relative date read from the fetch). */
export const agoFrom = (published: string | undefined, back: number, before: number, after: number) => {
  const t = Date.parse(published!);
  return t >= before - back - 1000 && t <= after - back;
};

/** The offset (ms) of an IANA zone at `at`. */
export function zoneOffset(zone: string, at: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The zone's day `back` days before `at`, at `minutes` past its midnight (ms since the epoch). */
export function zoneDay(zone: string, at: number, back: number, minutes: number): number {
  const wall = new Date(at + zoneOffset(zone, at));
  const local = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() - back) + minutes * 60_000;
  return local - zoneOffset(zone, local);
}

/** The zone's day `back` days before `at`, at `minutes` past its midnight, as the API writes it. */
export const zoneDayIso = (zone: string, at: number, back: number, minutes = 0) => new Date(zoneDay(zone, at, back, minutes)).toISOString();

/** `true` for each of `keys`: what a check of every key expects. */
export const allTrue = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, true]));

/** A feed's site, its language tag and its country's clock. */
export type LanguageFeed = readonly [site: string, tag: string, zone: string];

/**
 * Each language's dates polled in a feed of its own (served at `${prefix}/${name}-${language}.xml`, its site under `name`),
 * all read into one record by `${language}.${key}`; `feeds` gives each language's site, tag and clock.
 */
export function languagesPoller<L extends string>(poll: ReturnType<typeof datesPoller>, feeds: Record<L, LanguageFeed>, prefix: string) {
  return async (name: string, dates: Partial<Record<L, Record<string, string>>>) => {
    const read: Record<string, string | undefined> = {};
    for (const [language, fields] of Object.entries(dates) as [L, Record<string, string>][]) {
      const [site, tag] = feeds[language];
      const got = await poll(`${prefix}/${name}-${language}.xml`, `${site}/${name}`, fields, tag);
      for (const key of Object.keys(fields)) read[`${language}.${key}`] = got[key];
    }
    return read;
  };
}

/** The instant a wall clock in the zone shows y-m-d h:mi (month from 1). */
export function zoneWall(timeZone: string, y: number, m: number, d: number, h = 0, mi = 0): number {
  const guess = Date.UTC(y, m - 1, d, h, mi);
  return guess - zoneOffset(timeZone, guess - zoneOffset(timeZone, guess));
}

/** Days across the year, in the morning and the evening, and the stroke of noon and the half hour after midnight. */
export const YEAR_TIMES: [number, number, number, number, number][] = [
  [2026, 1, 5, 10, 5], [2026, 2, 28, 0, 30], [2026, 3, 14, 21, 40], [2026, 4, 1, 12, 0], [2026, 5, 6, 10, 5], [2026, 6, 20, 18, 45],
  [2026, 7, 27, 15, 30], [2026, 8, 15, 6, 0], [2026, 9, 9, 8, 15], [2026, 10, 2, 14, 5], [2026, 11, 27, 10, 5], [2026, 12, 31, 23, 59],
];
const DATE_STYLES = ['full', 'long', 'medium'] as const;
const isoOf = (t: number) => new Date(t).toISOString();

/**
 * Each form Intl prints in the locale on the zone's clock (full, long and medium dates), with a time (short and medium) and
 * without, beside what it is: the instant, or the day's midnight on that clock.
 */
export function printedForms(locale: string, timeZone: string, times = YEAR_TIMES): { text: string; want: string }[] {
  return times.flatMap(([y, m, d, h, mi]) => {
    const at = zoneWall(timeZone, y, m, d, h, mi);
    const midnight = isoOf(zoneWall(timeZone, y, m, d));
    return DATE_STYLES.flatMap((dateStyle) => [
      { text: new Intl.DateTimeFormat(locale, { dateStyle, timeZone }).format(at), want: midnight },
      { text: new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone }).format(at), want: isoOf(at) },
      { text: new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'medium', timeZone }).format(at), want: isoOf(at) },
    ]);
  });
}
