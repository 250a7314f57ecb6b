import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { scheduleFeed } from '../../jobs/schedules.js';
import { addFeed, listFeeds } from '../feeds/store.js';
import { presentFeed } from './present.js';
import type { HttpDeps } from './server.js';

export function adminRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, queues } = deps;
  return async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      const expected = ctx.config.adminToken;
      if (!expected) return reply.code(503).send({ error: 'the admin API is closed: set ADMIN_TOKEN to open it' });
      if (!bearerMatches(request.headers.authorization, expected)) {
        return reply.code(401).header('www-authenticate', 'Bearer realm="wirebrief admin"').send({ error: 'admin token required' });
      }
    });

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

function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '');
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}
