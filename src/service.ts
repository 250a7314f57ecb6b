
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectQueueGauges } from '../jobs/metrics.js';
import { createQueues, type Queues } from '../jobs/queues.js';
import { registerSchedules } from '../jobs/schedules.js';
import type { Workers } from '../jobs/workers.js';
import { adminTokenFile, withLocalSecrets, type Config } from './config.js';
import type { Ctx } from './context.js';
import type { buildServer } from './http/server.js';
import { createLogger, type Logger } from './log.js';
import { createMailer, type Mailer } from './mail/transport.js';
import { createMetrics, type Metrics } from './metrics.js';
import { projectRoot } from './paths.js';
import { connectRedis, ensureRedis, type EmbeddedRedis } from './redis.js';
import { checkRedis } from './redis-checks.js';
import { createClassifier, type Classifier } from './topics/classifier.js';
import { loadModel } from './topics/model.js';
import { loadTaxonomy, type Taxonomy } from './topics/taxonomy.js';

/**
 * The service and its faces share one way of coming up: this module wires
 * config, Redis, taxonomy, mail and queues, then starts the roles asked for.
 */
import type { Role } from './roles.js';
export { ROLES, type Role } from './roles.js';

export interface Runtime {
  ctx: Ctx;
  queues: Queues;
  taxonomy: Taxonomy;
  classify: Classifier;
  mailer: Mailer;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  log?: Logger;
  now?: () => number;
  /** Start a private redis-server when none answers at the default URL (the `start` command). */
  embeddedRedis?: boolean;
}

export async function openRuntime(configIn: Config, opts: RuntimeOptions = {}): Promise<Runtime> {
  const config = await withLocalSecrets(configIn);
  const log = opts.log ?? createLogger(config.logLevel, 'wirebrief', config.logFormat);
  const embedded: EmbeddedRedis | null = opts.embeddedRedis ? await ensureRedis(config, log) : null;
  const redis = connectRedis(config.redisUrl, 'client');
  redis.on('error', (error) => log.warn({ err: error.message }, 'redis connection error'));
  const ctx: Ctx = { config, redis, log, now: opts.now ?? Date.now };
  const taxonomy = loadTaxonomy();
  const classify = createClassifier(taxonomy, loadModel());
  const mailer = createMailer(config);
  const queues = createQueues(config);
  // A queue with no listener hands its connection errors to console.error: bare multi-line text in a JSON log.
  for (const queue of queues.all) queue.on('error', (error) => log.warn({ queue: queue.name, err: error.message }, 'redis connection error (queue)'));
  return {
    ctx,
    queues,
    taxonomy,
    classify,
    mailer,
    async close() {
      await queues.close();
      mailer.close();
      await redis.quit().catch(() => redis.disconnect());
      await embedded?.stop();
    },
  };
}

export interface Service {
  runtime: Runtime;
  metrics: Metrics;
  /** Base URL of the HTTP server (every role serves /healthz, /readyz and /metrics). */
  url: string | null;
  /** Graceful stop: stop taking work, finish or hand back jobs within SHUTDOWN_GRACE_SECONDS, close HTTP and Redis. */
  close(): Promise<void>;
}

export const VERSION: string = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Starts the roles asked for on one runtime. Any number of processes with any
 * roles may share one Redis: workers compete for jobs, schedulers upsert the
 * same job schedulers under a lease, and sends are idempotent.
 */
export async function startService(config: Config, roles: readonly Role[], opts: RuntimeOptions = {}): Promise<Service> {
  const runtime = await openRuntime(config, { embeddedRedis: true, ...opts });
  const { ctx } = runtime;
  const metrics = createMetrics({ version: VERSION, roles });
  // Aborted near the end of the grace period: mail sends in flight stop, so their jobs can be handed back cleanly.
  const inHandWork = new AbortController();
  const mailer = measuredMailer(runtime.mailer, metrics, inHandWork.signal);
  let workers: Workers | null = null;
  let http: ReturnType<typeof buildServer> | null = null;
  let url: string | null = null;
  let stopping = false;
  try {
    await ctx.redis.ping();
    await checkRedis(ctx.redis, ctx.config.prefix, ctx.log);
    collectQueueGauges(metrics, runtime.queues);
    if (roles.includes('scheduler')) {
      const { feeds } = await registerSchedules(ctx, runtime.queues);
      ctx.log.info({ feeds }, 'schedules registered');
    }
    if (roles.includes('worker')) {
      // Loaded here, not at the top: CLI commands open a runtime too and need neither workers nor HTTP.
      const { startWorkers } = await import('../jobs/workers.js');
      workers = startWorkers(
        { ...runtime, mailer },
        { concurrency: ctx.config.workerConcurrency, perQueue: ctx.config.queueConcurrency, metrics, abort: inHandWork },
      );
      ctx.log.info({ concurrency: ctx.config.workerConcurrency, perQueue: ctx.config.queueConcurrency }, 'workers started');
    }
    const running = workers;
    const { buildServer } = await import('./http/server.js');
    http = buildServer(
      {
        ...runtime,
        ops: {
          metrics,
          queuesAnswer: () => Promise.all(runtime.queues.all.map((q) => q.getJobCountByTypes('active'))).then(() => true),
          workersRunning: running ? () => running.running() : undefined,
          stopping: () => stopping,
        },
      },
      { api: roles.includes('api') },
    );
    url = await http.listen({ port: ctx.config.port, host: ctx.config.host }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      throw new Error(`port ${ctx.config.port} on ${ctx.config.host} is already in use: stop what listens there, or set PORT to a free port`);
    });
    ctx.log.info({ url, publicUrl: ctx.config.publicUrl, api: roles.includes('api') }, 'http server listening');
  } catch (error) {
    await http?.close();
    await workers?.close(0);
    await runtime.close();
    throw error;
  }
  const mail = runtime.mailer.kind === 'smtp' ? 'smtp' : `outbox ${ctx.config.outboxDir}`;
  ctx.log.info({ roles, mail, ...(roles.includes('api') ? adminAccess(config, ctx.config) : {}) }, 'wirebrief is up');
  return {
    runtime,
    metrics,
    url,
    async close() {
      stopping = true;
      // /readyz answers 503 while workers finish or hand back their jobs, so load
      // balancers and orchestrators see the stop; then HTTP closes, then Redis.
      await workers?.close(ctx.config.shutdownGraceSeconds * 1000);
      await http?.close();
      await runtime.close();
    },
  };
}

/** Times every hand-over to the mail server, and lets a shutdown abort sends in flight. */
function measuredMailer(mailer: Mailer, metrics: Metrics, stop: AbortSignal): Mailer {
  return {
    ...mailer,
    async send(mail) {
      const done = metrics.smtpDuration.startTimer();
      try {
        const sent = await mailer.send({ ...mail, signal: mail.signal ?? stop });
        done({ result: 'ok' });
        return sent;
      } catch (error) {
        done({ result: 'error' });
        throw error;
      }
    },
  };
}

/** How an operator gets into the desk: its address, and where the admin token comes from (never the token itself; not named `adminToken`, which the log redacts). */
function adminAccess(given: Config, used: Config): { desk: string; adminLogin: string } {
  const login = 'as the password of HTTP Basic with any user name, or as a Bearer token';
  const adminLogin = given.adminToken
    ? `ADMIN_TOKEN (${login})`
    : used.adminToken
      ? `in ${adminTokenFile(used)} (generated; ${login})`
      : 'unset: the admin API, desk and Bull Board answer 503 until ADMIN_TOKEN is set';
  return { desk: `${used.publicUrl}/admin`, adminLogin };
}
