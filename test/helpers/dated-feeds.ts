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
