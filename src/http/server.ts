import Fastify, { LogController } from 'fastify';
import { ZodError } from 'zod';
import type { Queues } from '../../jobs/queues.js';
import type { Ctx } from '../context.js';
import { FeedUrlError } from '../feeds/store.js';
import { SubscriberError } from '../subscribers/store.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { adminRoutes } from './admin.js';
import { opsRoutes, type Ops } from './ops.js';
import { publicRoutes } from './public.js';
import { queuesBoard } from './queues-board.js';
import { topicFeedRoutes } from './topic-feeds.js';

export interface HttpDeps {
  ctx: Ctx;
  queues: Queues;
  taxonomy: Taxonomy;
  ops?: Ops;
}

/**
 * Every role serves /healthz, /readyz and /metrics; the api role (`api`, the
 * default) adds the public pages and API, the admin API and Bull Board.
 */
export function buildServer(deps: HttpDeps, opts: { api?: boolean } = {}) {
  const app = Fastify({
    loggerInstance: deps.ctx.log.child({ part: 'http' }),
    // One line per request is noise at this size; errors are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    trustProxy: true,
  });
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ZodError) {
      const issue = error.issues[0]!;
      return reply.code(400).send({ error: `${issue.path.join('.') || 'body'}: ${issue.message}` });
    }
    if (error instanceof SubscriberError || error instanceof FeedUrlError) return reply.code(400).send({ error: error.message });
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({ error: status >= 500 ? 'internal error' : (error as Error).message });
  });
  app.register(opsRoutes(deps.ctx, deps.ops ?? {}));
  if (opts.api === false) return app;
  app.register(publicRoutes(deps));
  app.register(topicFeedRoutes(deps));
  app.register(adminRoutes(deps), { prefix: '/api/admin' });
  app.register(queuesBoard(deps.queues.all, deps.ctx.config.adminToken));
  return app;
}
