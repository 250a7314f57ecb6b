
import { createQueues, type Queues } from '../jobs/queues.js';
import { registerSchedules } from '../jobs/schedules.js';
import { startWorkers, type Workers } from '../jobs/workers.js';
import { withLocalSecrets, type Config } from './config.js';
import type { Ctx } from './context.js';
import { buildServer } from './http/server.js';
import { createLogger, type Logger } from './log.js';
import { createMailer, type Mailer } from './mail/transport.js';
import { connectRedis, ensureRedis, type EmbeddedRedis } from './redis.js';
import { createClassifier, type Classifier } from './topics/classifier.js';
import { loadModel } from './topics/model.js';
import { loadTaxonomy, type Taxonomy } from './topics/taxonomy.js';

/**
 * The service and its faces share one way of coming up: this module wires
 * config, Redis, taxonomy, mail and queues, then starts the roles asked for.
 */
export const ROLES = ['api', 'worker', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];

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
  const log = opts.log ?? createLogger(config.logLevel);
  const embedded: EmbeddedRedis | null = opts.embeddedRedis ? await ensureRedis(config, log) : null;
  const redis = connectRedis(config.redisUrl, 'client');
  redis.on('error', (error) => log.warn({ err: error.message }, 'redis connection error'));
  const ctx: Ctx = { config, redis, log, now: opts.now ?? Date.now };
  const taxonomy = loadTaxonomy();
  const classify = createClassifier(taxonomy, loadModel());
  const mailer = createMailer(config);
  const queues = createQueues(config);
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
  /** Base URL of the HTTP server, when the api role runs. */
  url: string | null;
  close(): Promise<void>;
}

export async function startService(config: Config, roles: readonly Role[], opts: RuntimeOptions = {}): Promise<Service> {
  const runtime = await openRuntime(config, { embeddedRedis: true, ...opts });
  const { ctx } = runtime;
  let workers: Workers | null = null;
  let http: ReturnType<typeof buildServer> | null = null;
  let url: string | null = null;
  try {
    await ctx.redis.ping();
    if (roles.includes('scheduler')) {
      const { feeds } = await registerSchedules(ctx, runtime.queues);
      ctx.log.info({ feeds }, 'schedules registered');
    }
    if (roles.includes('worker')) {
      workers = startWorkers(runtime, { concurrency: ctx.config.workerConcurrency });
      ctx.log.info({ concurrency: ctx.config.workerConcurrency }, 'workers started');
    }
    if (roles.includes('api')) {
      http = buildServer(runtime);
      url = await http.listen({ port: ctx.config.port, host: ctx.config.host });
      ctx.log.info({ url, publicUrl: ctx.config.publicUrl }, 'http server listening');
    }
  } catch (error) {
    await http?.close();
    await workers?.close(0);
    await runtime.close();
    throw error;
  }
  ctx.log.info({ roles, mail: runtime.mailer.kind === 'smtp' ? 'smtp' : `outbox ${ctx.config.outboxDir}` }, 'wirebrief is up');
  return {
    runtime,
    url,
    async close() {
      await http?.close();
      await workers?.close(ctx.config.shutdownGraceSeconds * 1000);
      await runtime.close();
    },
  };
}
