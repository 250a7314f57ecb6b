import type { FastifyPluginAsync } from 'fastify';
import type { Ctx } from '../context.js';
import { deadline } from '../deadline.js';
import type { Metrics } from '../metrics.js';

/** What the operator routes need to know of the process they run in. */
export interface Ops {
  metrics?: Metrics;
  /** More of Redis than the main connection: can the queues' own connections reach it? */
  queuesAnswer?: () => Promise<boolean>;
  /** Present when this process runs workers: are they taking jobs? */
  workersRunning?: () => boolean;
  /** True once a shutdown has begun: load balancers should stop sending work. */
  stopping?: () => boolean;
}

const PING_TIMEOUT_MS = 1_000;

/**
 * Served by every role, so Docker healthchecks and Prometheus scrapes work for
 * workers and schedulers as for the API:
 * - /healthz: the process is up (liveness; 200 even when Redis is down),
 * - /readyz: Redis answers and the workers run (readiness; 503 otherwise),
 * - /metrics: Prometheus text.
 */
export function opsRoutes(ctx: Ctx, ops: Ops): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', async () => ({ status: 'ok', redis: (await redisAnswers(ctx)) ? 'up' : 'down' }));

    app.get('/readyz', async (_request, reply) => {
      const reachable = await redisAnswers(ctx) && (await withDeadline(ops.queuesAnswer?.() ?? Promise.resolve(true)));
      const redis = reachable ? 'up' : 'down';
      const workers = ops.workersRunning ? (ops.workersRunning() ? 'running' : 'stopped') : 'none';
      const stopping = ops.stopping?.() ?? false;
      const ready = redis === 'up' && workers !== 'stopped' && !stopping;
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : stopping ? 'stopping' : 'not-ready', redis, workers });
    });

    const { metrics } = ops;
    if (metrics) {
      app.get('/metrics', async (_request, reply) => {
        const text = await metrics.scrape();
        return reply.type(metrics.registry.contentType).send(text);
      });
    }
  };
}

/** A ping with a short deadline: a health check must answer even while Redis does not. */
async function redisAnswers(ctx: Ctx): Promise<boolean> {
  if (ctx.redis.status !== 'ready') return false;
  return withDeadline(ctx.redis.ping().then((r) => r === 'PONG'));
}

function withDeadline(check: Promise<boolean>): Promise<boolean> {
  return deadline(check.catch(() => false), PING_TIMEOUT_MS, () => false);
}
