import Fastify, { LogController } from 'fastify';
import { ZodError } from 'zod';
import type { Queues } from '../../jobs/queues.js';
import type { Ctx } from '../context.js';
import { FeedUrlError } from '../feeds/store.js';
import { SubscriberError } from '../subscribers/store.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { adminRoutes } from './admin.js';
import { publicRoutes } from './public.js';
import { webhookRoutes } from './webhooks.js';

export interface HttpDeps {
  ctx: Ctx;
  queues: Queues;
  taxonomy: Taxonomy;
}

export function buildServer(deps: HttpDeps) {
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
  app.register(publicRoutes(deps));
  app.register(adminRoutes(deps), { prefix: '/api/admin' });
  app.register(webhookRoutes(deps), { prefix: '/api/webhooks' });
  return app;
}
