import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findFeedByUrl } from '../feeds/store.js';
import { CursorError, queryStories } from '../stories/query.js';
import { presentStory } from './present.js';
import type { HttpDeps } from './server.js';

const isoTime = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 time such as 2026-02-27T12:00:00Z')
  .transform((s) => Date.parse(s));

const storiesQuery = z.object({
  topic: z.string().optional(),
  feed: z.string().min(1).optional(),
  since: isoTime.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).optional(),
  /** The `next` value of the previous page may also be passed back as `next`. */
  next: z.string().min(1).optional(),
});

export function publicRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, taxonomy } = deps;
  return async (app) => {
    app.get('/api/topics', async () => ({
      topics: taxonomy.topics.map((t) => ({ id: t.id, label: t.label, description: t.description, iptc: t.iptc })),
    }));

    app.get('/api/stories', async (request) => {
      const q = storiesQuery.parse(request.query);
      if (q.topic && !taxonomy.byId.has(q.topic)) {
        const error = new Error(`unknown topic ${q.topic}; valid topics are ${taxonomy.ids.join(', ')}`);
        Object.assign(error, { statusCode: 400 });
        throw error;
      }
      const feed = q.feed ? await findFeedByUrl(ctx, q.feed) : null;
      if (q.feed && !feed) throw Object.assign(new Error(`no feed with the URL ${q.feed}`), { statusCode: 404 });
      try {
        const page = await queryStories(ctx, { topic: q.topic, feedId: feed?.id, since: q.since, limit: q.limit, cursor: q.cursor ?? q.next });
        // Listed by feed, a story another feed brought first is shown as this feed's: it carries it too.
        return { stories: page.stories.map((story) => presentStory(feed ? { ...story, feed: feed.url } : story)), next: page.next };
      } catch (error) {
        throw error instanceof CursorError ? Object.assign(error, { statusCode: 400 }) : error;
      }
    });
  };
}
