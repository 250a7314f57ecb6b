import Fastify, { LogController } from 'fastify';
import { ZodError } from 'zod';
import type { Queues } from '../../jobs/queues.js';
import type { Ctx } from '../context.js';
import { FeedUrlError } from '../feeds/store.js';
import type { SnsCertificates } from '../mail/sns-signature.js';
import { SubscriberError } from '../subscribers/store.js';
import type { Classifier } from '../topics/classifier.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { fieldProblem } from '../issues.js';
import { adminRoutes } from './admin.js';
import { deskRoutes } from './desk.js';
import { bodyErrorMessage, clientError, frameworkError, jsonBodyParser, notFound, routeTable } from './errors.js';
import { opsRoutes, type Ops } from './ops.js';
import { publicRoutes } from './public.js';
import { subscriptionRoutes } from './subscribe.js';
import { queuesBoard } from './queues-board.js';
import { topicFeedRoutes } from './topic-feeds.js';
import { webhookRoutes } from './webhooks.js';

export interface HttpDeps {
  ctx: Ctx;
  queues: Queues;
  taxonomy: Taxonomy;
  ops?: Ops;
  /** For polling a feed inside a request (POST /api/admin/feeds/poll). */
  classify: Classifier;
  /** Where SNS signing certificates come from; by default fetched from Amazon and kept a day. */
  snsCertificates?: SnsCertificates;
}

/** A number of hops becomes proxy-addr's hop test; fastify's types take only the function form. */
function trustProxy(setting: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
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
    trustProxy: trustProxy(deps.ctx.config.trustProxy),
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
  });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, jsonBodyParser);
  const routes = routeTable();
  app.addHook('onRoute', (route) => routes.add(route.method, route.url));
  app.setNotFoundHandler(notFound(routes));
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ZodError) {
      const issue = error.issues[0]!;
      return reply.code(400).send({ error: `${issue.path.join('.') || 'body'}: ${fieldProblem(issue, request.body)}` });
    }
    if (error instanceof SubscriberError || error instanceof FeedUrlError) return reply.code(400).send({ error: error.message });
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message = status >= 500 ? 'internal error' : (bodyErrorMessage(error as Error, request) ?? (error as Error).message);
    return reply.code(status).send({ error: message });
  });
  app.register(opsRoutes(deps.ctx, deps.ops ?? {}));
  if (opts.api === false) return app;
  app.register(publicRoutes(deps));
  app.register(subscriptionRoutes(deps));
  app.register(topicFeedRoutes(deps));
  app.register(adminRoutes(deps), { prefix: '/api/admin' });
  app.register(queuesBoard(deps.queues.all, deps.ctx));
  app.register(deskRoutes(deps));
  app.register(webhookRoutes(deps), { prefix: '/api/webhooks' });
  return app;
}
