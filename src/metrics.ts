import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The Prometheus series of one wirebrief process. Each process has its own
 * registry (tests run several services in one process); the project's own
 * series are named `wirebrief_*`, Node's process metrics keep their usual names.
 *
 * Counters move where the work happens (jobs/ counts what processors return,
 * the service wraps the mailer); gauges of shared state (queue sizes) are read
 * from Redis when Prometheus scrapes.
 */
export interface Metrics {
  registry: Registry;
  feedPolls: Counter<'status'>;
  storiesIngested: Counter<'topic'>;
  storiesAdded: Counter;
  digests: Counter<'status'>;
  digestsSentAgain: Counter;
  jobs: Counter<'queue' | 'outcome'>;
  jobDuration: Histogram<'queue' | 'outcome'>;
  smtpDuration: Histogram<'result'>;
  queueJobs: Gauge<'queue' | 'state'>;
  redisUp: Gauge;
  workersRunning: Gauge<'queue'>;
  /** Adds a callback run on each scrape, before the registry is read (gauges of shared state). */
  onScrape(collect: () => Promise<void> | void): void;
  /** The text Prometheus reads. */
  scrape(): Promise<string>;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export function createMetrics(opts: { version: string; roles: readonly string[] }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'wirebrief_build_info',
    help: 'Always 1; the labels tell the version and the roles this process runs.',
    labelNames: ['version', 'roles'],
    registers,
  }).set({ version: opts.version, roles: [...opts.roles].sort().join(',') }, 1);

  const collectors: (() => Promise<void> | void)[] = [];
  const metrics: Metrics = {
    registry,
    feedPolls: new Counter({
      name: 'wirebrief_feed_polls_total',
      help: 'Feed polls by outcome: ok, not-modified (HTTP 304) or error.',
      labelNames: ['status'],
      registers,
    }),
    storiesIngested: new Counter({
      name: 'wirebrief_stories_ingested_total',
      help: 'New stories stored, per topic they were classified into.',
      labelNames: ['topic'],
      registers,
    }),
    storiesAdded: new Counter({
      name: 'wirebrief_stories_added_total',
      help: 'New stories stored, whatever their topics.',
      registers,
    }),
    digests: new Counter({
      name: 'wirebrief_digests_total',
      help: 'Digest send jobs by outcome: sent, already-sent, nothing-new, skipped, retrying (an attempt failed, another follows) or failed (no attempts left).',
      labelNames: ['status'],
      registers,
    }),
    digestsSentAgain: new Counter({
      name: 'wirebrief_digests_sent_again_total',
      help: 'Digests sent by an attempt that found an earlier one had handed the whole message to the mail server with no answer recorded: possible second copies (same Message-ID).',
      registers,
    }),
    jobs: new Counter({
      name: 'wirebrief_jobs_total',
      help: 'Jobs this process ran, by queue and outcome: completed, failed or handed-back (returned to the queue at shutdown).',
      labelNames: ['queue', 'outcome'],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'wirebrief_job_duration_seconds',
      help: 'Time from a worker taking a job to its outcome.',
      labelNames: ['queue', 'outcome'],
      buckets: SECONDS_BUCKETS,
      registers,
    }),
    smtpDuration: new Histogram({
      name: 'wirebrief_smtp_send_duration_seconds',
      help: 'Time to hand one message to the mail server (or the outbox), by result: ok or error.',
      labelNames: ['result'],
      buckets: SECONDS_BUCKETS,
      registers,
    }),
    queueJobs: new Gauge({
      name: 'wirebrief_queue_jobs',
      help: 'Jobs in each queue by state (waiting, active, delayed, failed, completed), read from Redis at scrape time. Shared state: every process reports the same figures, aggregate with max().',
      labelNames: ['queue', 'state'],
      registers,
    }),
    redisUp: new Gauge({
      name: 'wirebrief_redis_up',
      help: '1 when Redis answered the last scrape, 0 when it did not.',
      registers,
    }),
    workersRunning: new Gauge({
      name: 'wirebrief_workers_running',
      help: 'Workers of this process taking jobs, per queue (0 while stopping).',
      labelNames: ['queue'],
      registers,
    }),
    onScrape: (collect) => void collectors.push(collect),
    async scrape() {
      for (const collect of collectors) await collect();
      return registry.metrics();
    },
  };
  return metrics;
}
