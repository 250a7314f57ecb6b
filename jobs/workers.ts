import { setFlagsFromString } from 'node:v8';
import { WaitingError, Worker, type Job, type Processor, type WorkerOptions as BullWorkerOptions } from 'bullmq';
import { ConfigError, type Config } from '../src/config.js';
import { deadline } from '../src/deadline.js';
import { redactText } from '../src/log.js';
import type { Metrics } from '../src/metrics.js';
import { countHandedBack, countOutcome } from './metrics.js';
import { bullConnection, QUEUES, type QueueName } from './queues.js';
import { processors, type JobDeps } from './processors.js';

export interface Workers {
  workers: Worker[];
  /** True while every worker takes jobs (false once stopping). */
  running(): boolean;
  /**
   * Stop taking jobs; let the ones in hand finish within `graceMs`. Before the
   * grace period runs out, in-hand work is told to stop (`abort`) and every job
   * still in hand goes back to its queue, untouched, for another worker.
   */
  close(graceMs: number): Promise<void>;
}

export interface WorkerOptions {
  /** Jobs at once per queue; queues not named take `concurrency`. */
  concurrency: number;
  perQueue?: Partial<Record<string, number>>;
  metrics?: Metrics;
  /** Aborted when the grace period is nearly over: in-hand work that honours it stops early. */
  abort?: AbortController;
}

/** How long the edition fan-out may run at once: one is enough, and keeps fan-outs ordered. */
const EDITION_CONCURRENCY = 1;

export function startWorkers(deps: JobDeps, opts: WorkerOptions): Workers {
  const known: string[] = Object.values(QUEUES);
  const unknown = Object.keys(opts.perQueue ?? {}).filter((q) => !known.includes(q));
  if (unknown.length > 0) throw new ConfigError(`QUEUE_CONCURRENCY names unknown queue ${unknown.join(', ')}; queues are ${known.join(', ')}`);
  limitHeapGrowth(deps.ctx.config.workerHeapGrowthPercent);
  const p = processors(deps);
  const concurrency = (queue: QueueName, fallback = opts.concurrency) => opts.perQueue?.[queue] ?? fallback;
  const digests = digestWorkerOptions(deps.ctx.config.digests);
  const table: [QueueName, Processor, number, Partial<BullWorkerOptions>?][] = [
    [QUEUES.feedPoll, p.feedPoll as Processor, concurrency(QUEUES.feedPoll)],
    [QUEUES.digestEdition, p.digestEdition as Processor, concurrency(QUEUES.digestEdition, EDITION_CONCURRENCY), digests.edition],
    [QUEUES.digestSend, p.digestSend as Processor, concurrency(QUEUES.digestSend, deps.ctx.config.digests.sendConcurrency), digests.send],
    [QUEUES.mail, p.mail as Processor, concurrency(QUEUES.mail)],
  ];
  const abort = opts.abort ?? new AbortController();
  const inHand = new Set<InHand>();
  let stopping = false;

  const workers = table.map(([name, processor, n, extra]) => {
    const worker = new Worker(name, handBackable(processor, inHand, abort.signal), {
      connection: bullConnection(deps.ctx.config, 'worker'),
      prefix: deps.ctx.config.prefix,
      concurrency: n,
      ...extra,
    });
    worker.on('completed', (job, result) => {
      logOutcome(deps, name, job, 'completed', result);
      if (opts.metrics) countOutcome(opts.metrics, name, job, { result });
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      logOutcome(deps, name, job, 'failed', undefined, error);
      if (opts.metrics) countOutcome(opts.metrics, name, job, { error });
    });
    worker.on('error', (error) => deps.ctx.log.error({ queue: name, err: error.message }, 'worker error'));
    return worker;
  });
  if (opts.metrics) {
    const gauge = opts.metrics.workersRunning;
    opts.metrics.onScrape(() => {
      for (const w of workers) gauge.set({ queue: w.name }, !stopping && w.isRunning() ? w.concurrency : 0);
    });
  }

  return {
    workers,
    running: () => !stopping && workers.every((w) => w.isRunning()),
    async close(graceMs) {
      stopping = true;
      const closing = Promise.all(workers.map((w) => w.close()));
      // Keep the last quarter of the grace period (1-5 s) for handing jobs back
      // and closing connections, so the process is gone within the grace period.
      const reserve = Math.min(5_000, Math.max(1_000, graceMs / 4));
      if (await settlesWithin(closing, Math.max(0, graceMs - reserve))) return p.close();
      deps.ctx.log.info({ inHand: inHand.size, waitMs: reserve / 2 }, 'grace period nearly over: stopping the work in hand and handing its jobs back');
      abort.abort(new Error('shutting down'));
      // Work that honours the abort (a mail being sent) stops and lets go of what it holds; a mail the server has
      // whole already is not stopped (it may be delivered anyway) and waits here for the server's answer.
      await settlesWithin(
        Promise.allSettled([...inHand].map((h) => h.work)),
        reserve / 2,
      );
      await Promise.all([...inHand].map((h) => handBack(deps, h, opts.metrics)));
      if (!(await settlesWithin(closing, reserve / 4))) await Promise.all(workers.map((w) => w.close(true)));
      await p.close();
    },
  };
}

/**
 * A worker sending an edition allocates fast (every digest makes a few
 * hundred KB of short-lived strings and buffers) while its live heap stays
 * near 50 MB. Left to itself V8 lets the old generation grow to 3-4 times the
 * live heap before a full collection, so the process' RSS rose with the
 * length of the send (330-390 MB in the bench). Growing it by 50% instead
 * keeps the worker near 230 MB at the same speed; the collector runs a little
 * more often, mostly on its own threads. V8 reads this factor each time it
 * sets the next limit, so it applies from here on.
 */
function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

interface InHand {
  job: Job;
  token: string;
  work: Promise<unknown>;
  /** Ends the processor: the job has been put back in its queue. */
  release(): void;
}

/**
 * Wraps a processor so that a job can be handed back at shutdown: moved from
 * active back to waiting with its attempts untouched, then BullMQ is told so
 * with a WaitingError (it neither completes nor fails the job).
 */
function handBackable(processor: Processor, inHand: Set<InHand>, signal: AbortSignal): Processor {
  return async (job, token) => {
    let release!: () => void;
    const released = new Promise<'handed-back'>((resolve) => (release = () => resolve('handed-back')));
    const work = Promise.resolve().then(() => processor(job, token));
    const entry: InHand = { job, token: token ?? '', work, release };
    inHand.add(entry);
    try {
      const first = await Promise.race([
        work.then(
          (value: unknown) => ({ value }),
          (error: unknown) => ({ error }),
        ),
        released,
      ]);
      if (first !== 'handed-back') {
        // Work that failed because we asked it to stop is handed back, not failed.
        if ('error' in first && !signal.aborted) throw first.error;
        if ('value' in first) return first.value;
        await released;
      }
      throw new WaitingError();
    } finally {
      inHand.delete(entry);
    }
  };
}

async function handBack(deps: JobDeps, h: InHand, metrics: Metrics | undefined): Promise<void> {
  try {
    await h.job.moveToWait(h.token);
    if (metrics) countHandedBack(metrics, h.job.queueName);
    // The same fields as every other job outcome line (see logOutcome), so a log query by feed or subscriber finds it.
    const subject = (h.job.data as { feedId?: string; subscriberId?: string }) ?? {};
    const durationMs = h.job.processedOn ? Date.now() - h.job.processedOn : undefined;
    deps.ctx.log.info(
      { queue: h.job.queueName, jobId: h.job.id, outcome: 'handed-back', durationMs, feedId: subject.feedId, subscriber: subject.subscriberId },
      'job handed back for another worker',
    );
  } catch (error) {
    // The lock was lost already: stalled-job recovery hands it on instead.
    deps.ctx.log.warn({ queue: h.job.queueName, jobId: h.job.id, err: (error as Error).message }, 'could not hand a job back');
  }
  h.release();
}

/**
 * Digest workers: a lock of DIGEST_LOCK_SECONDS (a killed worker's jobs are
 * taken over soon after), stalled jobs checked twice per lock period and
 * allowed to stall a few times (each kill of a worker stalls its jobs once),
 * and sends capped at DIGEST_SEND_RATE per second over all workers.
 */
function digestWorkerOptions(d: Config['digests']): { edition: Partial<BullWorkerOptions>; send: Partial<BullWorkerOptions> } {
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
  // An SMTP refusal names the recipient, a fetch error the feed URL: neither goes to the log whole.
  if (error) deps.ctx.log.warn({ ...line, err: redactText(error.message), attempt: job.attemptsMade }, 'job failed');
  else deps.ctx.log.info({ ...line, result }, 'job done');
}

/** True when `promise` settles within `ms`. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return deadline(promise.then(() => true), ms, () => false);
}
