import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { feedPolledFor, findFeedByUrl, FeedUrlError, normaliseFeedUrl, withoutUserInfo } from '../feeds/store.js';
import { CursorError, queryStories } from '../stories/query.js';
import { findTopicId } from '../topics/taxonomy.js';
import { presentStory } from './present.js';
import type { HttpDeps } from './server.js';

/**
 * One value of a query parameter: given twice (`?topic=a&topic=b`) or nested
 * (`?topic[x]=1`) it is refused by name, not read as some other value.
 */
const once = () => z.string({ error: (issue) => (Array.isArray(issue.input) ? 'given more than once: give it once' : 'must be a single value') });

/**
 * The date part of an ISO time names a real day: Date.parse rolls 2026-02-30 over into March. The year is set on its
 * own: Date.UTC reads years 0-99 as 1900-1999, which refused `0001-01-01T00:00:00Z`, the usual "from the start".
 */
function realDay(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/**
 * A `+` in a query string is a space once decoded, so `since=2026-02-27T12:00:00+05:30` typed unencoded arrives as
 * `…12:00:00 05:30`. A space is nothing else there: it is read as the `+` it was.
 */
const PLUS_AS_SPACE = /(T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) (\d{2}(?::?\d{2})?)$/i;

/**
 * A time with no offset (`2026-02-27T10:00`) is UTC, as a date alone is: Date.parse reads it on the server's own clock,
 * so one query meant one instant in UTC and another under TZ=Asia/Kolkata.
 */
const ZONELESS_TIME = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/i;

const isoTime = once()
  .trim()
  .transform((s) => s.replace(PLUS_AS_SPACE, '$1+$2').replace(ZONELESS_TIME, '$1Z'))
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)) && realDay(s), 'must be an ISO 8601 time such as 2026-02-27T12:00:00Z')
  .transform((s) => Date.parse(s));

export const MAX_STORIES_LIMIT = 500;
const limit = once()
  .trim()
  .refine((s) => /^\d{1,4}$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_STORIES_LIMIT, `must be a whole number from 1 to ${MAX_STORIES_LIMIT}`)
  .transform(Number);

const storiesQuery = z.object({
  // Empty is refused as every other parameter is: `?topic=` from a template with no value is not "every topic".
  topic: once().min(1, 'must be a topic id, see GET /api/topics').optional(),
  feed: once().min(1, 'must be a feed URL').optional(),
  since: isoTime.optional(),
  limit: limit.default(50),
  cursor: once().min(1, 'must be the `next` value of the previous page').optional(),
  /** The `next` value of the previous page may also be passed back as `next`. */
  next: once().min(1, 'must be the `next` value of the previous page').optional(),
}).refine((q) => q.cursor === undefined || q.next === undefined || q.cursor === q.next, {
  // Two different cursors name two different pages: taking one of them silently would page from a place not asked for.
  path: ['next'],
  message: 'differs from `cursor`: pass the previous page’s `next` once, as `cursor` or as `next`',
});

/**
 * The feed URL with its path's trailing slash toggled (`…/feed/` ↔ `…/feed`): asked for by the other form, with no
 * feed at the address as written, the feed is found by it. Only for reading: adding a feed keeps the two apart.
 */
function otherSlash(url: string): string {
  const u = new URL(url);
  if (u.pathname === '/') return url;
  u.pathname = u.pathname.endsWith('/') ? u.pathname.slice(0, -1) : `${u.pathname}/`;
  return u.toString();
}

export function publicRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, taxonomy } = deps;
  /** The feed `?feed=` names; a value that is no URL at all is refused naming the parameter. */
  const feedNamed = async (url: string) => {
    try {
      return (await findFeedByUrl(ctx, url)) ?? (await findFeedByUrl(ctx, otherSlash(normaliseFeedUrl(url))));
    } catch (error) {
      throw error instanceof FeedUrlError ? Object.assign(new Error(`feed: ${error.message}`), { statusCode: 400 }) : error;
    }
  };
  return async (app) => {
    app.get('/api/topics', async () => ({
      topics: taxonomy.topics.map((t) => ({ id: t.id, label: t.label, description: t.description, iptc: t.iptc })),
    }));

    app.get('/api/stories', async (request) => {
      const q = storiesQuery.parse(request.query);
      const topic = q.topic ? findTopicId(taxonomy, q.topic) : undefined;
      if (topic === null) {
        const error = new Error(`unknown topic ${q.topic}; valid topics are ${taxonomy.ids.join(', ')}`);
        Object.assign(error, { statusCode: 400 });
        throw error;
      }
      const named = q.feed ? await feedNamed(q.feed) : null;
      if (q.feed && !named) throw Object.assign(new Error(`no feed with the URL ${withoutUserInfo(q.feed)}`), { statusCode: 404 });
      // A copy paused in favour of the feed it duplicates (one feed added by two addresses) is that feed: its
      // address answers as the feed that goes on polling does, not with what the copy stored before it was paused.
      const feed = named && (await feedPolledFor(ctx, named));
      try {
        const page = await queryStories(ctx, { topic, feedId: feed?.id, since: q.since, limit: q.limit, cursor: q.cursor ?? q.next });
        // Listed by feed, a story another feed brought first is shown as this feed's: it carries it too.
        return { stories: page.stories.map((story) => presentStory(feed ? { ...story, feed: feed.url } : story)), next: page.next };
      } catch (error) {
        throw error instanceof CursorError ? Object.assign(error, { statusCode: 400 }) : error;
      }
    });
  };
}
