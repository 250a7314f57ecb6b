import { Worker, type Job, type Processor, type WorkerOptions } from 'bullmq';
import type { Config } from '../src/config.js';
import { bullConnection, QUEUES, type QueueName } from './queues.js';
import { processors, type JobDeps } from './processors.js';

export interface Workers {
  workers: Worker[];
  /** Stop taking jobs; wait for the ones in hand (up to the grace period), then hand back the rest. */
  close(graceMs: number): Promise<void>;
}

export function startWorkers(deps: JobDeps, opts: { concurrency: number }): Workers {
  const p = processors(deps);
  const digests = digestWorkerOptions(deps.ctx.config.digests);
  const table: [QueueName, Processor, number, Partial<WorkerOptions>?][] = [
    [QUEUES.feedPoll, p.feedPoll as Processor, opts.concurrency],
    [QUEUES.digestEdition, p.digestEdition as Processor, 1, digests.edition],
    [QUEUES.digestSend, p.digestSend as Processor, deps.ctx.config.digests.sendConcurrency, digests.send],
    [QUEUES.mail, p.mail as Processor, opts.concurrency],
  ];
  const workers = table.map(([name, processor, concurrency, extra]) => {
    const worker = new Worker(name, processor, {
      connection: bullConnection(deps.ctx.config, 'worker'),
      prefix: deps.ctx.config.prefix,
      concurrency,
      ...extra,
    });
    worker.on('completed', (job, result) => logOutcome(deps, name, job, 'completed', result));
    worker.on('failed', (job, error) => job && logOutcome(deps, name, job, 'failed', undefined, error));
    worker.on('error', (error) => deps.ctx.log.error({ queue: name, err: error.message }, 'worker error'));
    return worker;
  });
  return {
    workers,
    async close(graceMs) {
      const all = Promise.all(workers.map((w) => w.close()));
      const timedOut = await Promise.race([all.then(() => false), delay(graceMs).then(() => true)]);
      // Past the grace period, close without waiting: jobs still active are
      // left to stalled-job recovery, which hands them to another worker.
      if (timedOut) await Promise.all(workers.map((w) => w.close(true)));
      await p.close();
    },
  };
}

/**
 * Digest workers: a lock of DIGEST_LOCK_SECONDS (a killed worker's jobs are
 * taken over soon after), stalled jobs checked twice per lock period and
 * allowed to stall a few times (each kill of a worker stalls its jobs once),
 * and sends capped at DIGEST_SEND_RATE per second over all workers.
 */
function digestWorkerOptions(d: Config['digests']): { edition: Partial<WorkerOptions>; send: Partial<WorkerOptions> } {
  const lock = { lockDuration: d.lockSeconds * 1000, stalledInterval: Math.max(1000, (d.lockSeconds * 1000) / 2), maxStalledCount: 3 };
  return {
    edition: lock,
    send: { ...lock, ...(d.sendRate > 0 ? { limiter: { max: d.sendRate, duration: 1000 } } : {}) },
  };
}

function logOutcome(deps: JobDeps, queue: string, job: Job, outcome: string, result?: unknown, error?: Error): void {
  const duration = job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined;
  const subject = (job.data as { feedId?: string; subscriberId?: string }) ?? {};
  const line = { queue, jobId: job.id, outcome, durationMs: duration, feedId: subject.feedId, subscriber: subject.subscriberId };
  if (error) deps.ctx.log.warn({ ...line, err: error.message, attempt: job.attemptsMade }, 'job failed');
  else deps.ctx.log.info({ ...line, result }, 'job done');
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
