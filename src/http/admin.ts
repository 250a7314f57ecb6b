import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { scheduleFeed } from '../../jobs/schedules.js';
import { addFeed, listFeeds } from '../feeds/store.js';
import { requireAdmin } from './auth.js';
import { presentFeed } from './present.js';
import type { HttpDeps } from './server.js';

export function adminRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, queues } = deps;
  return async (app) => {
    app.addHook('onRequest', requireAdmin(ctx.config.adminToken));

    app.post('/feeds', async (request, reply) => {
      const body = z.object({ url: z.string().min(1), intervalMinutes: z.number().int().min(1).optional() }).parse(request.body);
      const { feed, created } = await addFeed(ctx, body.url, { intervalMinutes: body.intervalMinutes });
      // A new job scheduler runs its first poll at once, then every interval.
      await scheduleFeed(queues, feed);
      return reply.code(created ? 201 : 200).send({ feed: presentFeed(feed), created });
    });

    app.get('/feeds', async () => ({ feeds: (await listFeeds(ctx)).map(presentFeed) }));

    app.post('/digests/run', async (_request, reply) => {
      await enqueueEditionRun(queues);
      return reply.code(202).send({ status: 'queued' });
    });
  };
}
