import type { Job } from 'bullmq';
import { deadline } from '../src/deadline.js';
import type { Metrics } from '../src/metrics.js';
import { QUEUES, type Queues } from './queues.js';

/** What a processor said, or the error it threw. */
export type Outcome = { result: unknown; error?: undefined } | { error: Error; result?: undefined };

/**
 * Counts one job outcome from what the processor returned, without touching
 * the domain: a PollOutcome for feed-poll, a SendResult for digest-send.
 * Shapes are checked, not trusted, so a processor returning something new
 * only loses its detail series, never the job counts.
 */
export function countOutcome(metrics: Metrics, queue: string, job: Job, outcome: Outcome): void {
  const label = outcome.error ? 'failed' : 'completed';
  metrics.jobs.inc({ queue, outcome: label });
  const seconds = job.finishedOn && job.processedOn ? (job.finishedOn - job.processedOn) / 1000 : undefined;
  if (seconds !== undefined && seconds >= 0) metrics.jobDuration.observe({ queue, outcome: label }, seconds);
  if (queue === QUEUES.feedPoll) countPoll(metrics, outcome);
  if (queue === QUEUES.digestSend) countDigest(metrics, job, outcome);
}

function countPoll(metrics: Metrics, outcome: Outcome): void {
  if (outcome.error) {
    metrics.feedPolls.inc({ status: 'error' });
    return;
  }
  const poll = outcome.result as { status?: unknown; skipped?: unknown; added?: unknown; topics?: unknown } | null;
  // A scheduler tick before the feed is due (back-off, Retry-After, <ttl>) fetched nothing: not a poll.
  if (poll?.skipped !== undefined) return;
  metrics.feedPolls.inc({ status: typeof poll?.status === 'string' ? poll.status : 'ok' });
  if (typeof poll?.added === 'number' && poll.added > 0) metrics.storiesAdded.inc(poll.added);
  if (poll?.topics && typeof poll.topics === 'object') {
    for (const [topic, n] of Object.entries(poll.topics as Record<string, unknown>)) {
      if (typeof n === 'number' && n > 0) metrics.storiesIngested.inc({ topic }, n);
    }
  }
}

function countDigest(metrics: Metrics, job: Job, outcome: Outcome): void {
  if (outcome.error) {
    const attempts = job.opts.attempts ?? 1;
    // An UnrecoverableError (the SMTP server refused the address for good) ends the job at once.
    const final = job.attemptsMade >= attempts || outcome.error.name === 'UnrecoverableError';
    metrics.digests.inc({ status: final ? 'failed' : 'retrying' });
    return;
  }
  const sent = outcome.result as { status?: unknown; secondCopyPossible?: unknown } | null;
  metrics.digests.inc({ status: typeof sent?.status === 'string' ? sent.status : 'sent' });
  if (sent?.secondCopyPossible === true) metrics.digestsSentAgain.inc();
}

export function countHandedBack(metrics: Metrics, queue: string): void {
  metrics.jobs.inc({ queue, outcome: 'handed-back' });
}

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
const SCRAPE_TIMEOUT_MS = 2_000;

/** Queue sizes and Redis reachability, read from Redis on each scrape. */
export function collectQueueGauges(metrics: Metrics, queues: Queues): void {
  metrics.onScrape(async () => {
    try {
      const counts = await deadline(
        Promise.all(queues.all.map(async (q) => [q.name, await q.getJobCounts(...STATES)] as const)),
        SCRAPE_TIMEOUT_MS,
        () => {
          throw new Error(`Redis gave no queue counts within ${SCRAPE_TIMEOUT_MS} ms`);
        },
      );
      for (const [queue, byState] of counts) {
        for (const state of STATES) metrics.queueJobs.set({ queue, state }, byState[state] ?? 0);
      }
      metrics.redisUp.set(1);
    } catch {
      // Stale sizes would mislead: drop them until Redis answers again.
      metrics.queueJobs.reset();
      metrics.redisUp.set(0);
    }
  });
}
