import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listStories } from '../stories/store.js';
import { presentStory } from './present.js';
import type { HttpDeps } from './server.js';

const storiesQuery = z.object({
  topic: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export function publicRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, taxonomy } = deps;
  return async (app) => {
    app.get('/healthz', async () => {
      const redis = await ctx.redis.ping().then(
        () => 'up',
        () => 'down',
      );
      return { status: 'ok', redis };
    });

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
      const stories = await listStories(ctx, { topic: q.topic, limit: q.limit });
      return { stories: stories.map(presentStory) };
    });
  };
}
