import type { Job } from 'bullmq';
import type { Config } from '../src/config.js';
import type { Ctx } from '../src/context.js';
import { planEdition, type PlanMode } from '../src/digests/plan.js';
import type { DigestEditionJob, Queues } from './queues.js';

/**
 * The edition clock: one job scheduler, `edition-tick`, ticks every
 * DIGEST_TICK_MINUTES on the hour and its divisions (every quarter hour by
 * default). Each tick fans out a send job for every subscriber whose local
 * delivery time has come.
 */
export const EDITION_TICK = 'edition-tick';
/** The skeleton's single daily cron scheduler, replaced by the tick. */
const LEGACY_SCHEDULERS = ['edition-daily'];

export function tickPattern(tickMinutes: number): string {
  return tickMinutes >= 60 ? '0 * * * *' : `*/${tickMinutes} * * * *`;
}

/**
 * Registers the tick, unless it is there already with the same pattern (an
 * upsert would replace its next job for nothing). Called from
 * registerSchedules, under its lease, so two schedulers starting at once do
 * not race here.
 */
export async function registerEditionTick(queues: Queues, config: Pick<Config, 'digests'>): Promise<void> {
  const pattern = tickPattern(config.digests.tickMinutes);
  for (const legacy of LEGACY_SCHEDULERS) await queues.digestEdition.removeJobScheduler(legacy);
  const current = await queues.digestEdition.getJobScheduler(EDITION_TICK);
  if (current?.pattern === pattern && current.tz === 'UTC' && current.next && (await tickPending(queues, current.next))) return;
  await queues.digestEdition.upsertJobScheduler(EDITION_TICK, { pattern, tz: 'UTC' }, { name: 'tick', data: { reason: 'schedule' } });
}

/**
 * Whether the scheduler's next tick is there to run. A scheduler whose next
 * job is gone (a key evicted by a Redis not set to noeviction) never ticks
 * again, and a restart that trusted its record would leave it so.
 */
async function tickPending(queues: Queues, next: number): Promise<boolean> {
  const job = await queues.digestEdition.getJob(`repeat:${EDITION_TICK}:${next}`);
  if (!job) return false;
  return ['delayed', 'waiting', 'prioritized', 'active'].includes(await job.getState());
}

export async function nextEditionAt(queues: Queues): Promise<number | null> {
  const scheduler = await queues.digestEdition.getJobScheduler(EDITION_TICK);
  return scheduler?.next ?? null;
}

/**
 * The time a tick stands for: its own scheduled time (`prevMillis`, also the
 * tail of a scheduler job's id), not the moment a worker got to it, so a late
 * or retried tick decides as the on-time one would have. Tests and manual runs
 * may name the time in the job data.
 */
export function tickTime(job: Pick<Job<DigestEditionJob>, 'data' | 'opts' | 'id'>, now: number): number {
  if (typeof job.data.at === 'number') return job.data.at;
  if (typeof job.opts.prevMillis === 'number') return job.opts.prevMillis;
  const fromId = /^repeat:.+:(\d+)$/.exec(job.id ?? '')?.[1];
  return fromId ? Number(fromId) : now;
}

/**
 * One send job per due subscriber, with an id made of edition and subscriber:
 * adding it twice (a tick that runs twice, two schedulers, a run by hand)
 * leaves one job. BullMQ job ids may not contain ':'; edition and subscriber
 * ids never do. The send step's ledger covers what job ids cannot.
 */
export async function fanOutEdition(ctx: Ctx, queues: Queues, at: number, mode: PlanMode): Promise<{ at: string; mode: PlanMode; queued: number; editions: string[] }> {
  let queued = 0;
  const editions = new Set<string>();
  for await (const batch of planEdition(ctx, at, mode)) {
    await queues.digestSend.addBulk(
      batch.map((send) => ({
        name: 'send',
        data: { subscriberId: send.subscriberId, edition: send.edition.id, editionLabel: send.edition.label },
        opts: { jobId: sendJobId(send.edition.id, send.subscriberId), ...(send.delayMs > 0 ? { delay: send.delayMs } : {}) },
      })),
    );
    queued += batch.length;
    for (const send of batch) editions.add(send.edition.id);
  }
  return { at: new Date(at).toISOString(), mode, queued, editions: [...editions].sort() };
}

export function sendJobId(edition: string, subscriberId: string): string {
  return `${edition}-${subscriberId}`;
}

export interface FailedDigest {
  jobId: string;
  edition: string;
  subscriberId: string;
  attempts: number;
  failedAt: string | null;
  reason: string;
}

/** Digests that failed for good (5xx, or retries used up), newest first: kept for inspection. */
export async function failedDigests(queues: Queues, limit: number): Promise<FailedDigest[]> {
  const jobs = await queues.digestSend.getFailed(0, limit - 1);
  return jobs.map((job) => ({
    jobId: job.id ?? '',
    edition: job.data.edition,
    subscriberId: job.data.subscriberId,
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    reason: job.failedReason ?? '',
  }));
}
