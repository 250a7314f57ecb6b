import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { bullConnection } from '../../jobs/queues.js';
import { startWorkers, type Workers } from '../../jobs/workers.js';
import type { Ctx } from '../../src/context.js';
import { openRuntime, type Runtime } from '../../src/service.js';
import { saveStory, storyIdFor, type Story } from '../../src/stories/store.js';
import { upsertSubscriber, type NewSubscriber, type Subscriber } from '../../src/subscribers/store.js';
import { deletePrefix, REDIS_URL, testConfig } from './redis.js';
import { startSmtpCapture, type SmtpCapture } from './smtp.js';
import { waitFor } from './wait.js';

/**
 * The digest machinery on real parts, with the clock in the test's hand:
 * a real SMTP capture, real Redis and BullMQ workers; `ctx.now` reads
 * `clock.t`, and ticks of the edition clock are jobs naming their own time,
 * as the job scheduler's would.
 */
export interface DigestRig {
  smtp: SmtpCapture;
  runtime: Runtime;
  ctx: Ctx;
  clock: { t: number };
  /** Starts one more set of workers on the same queues (a second process, in effect). */
  addWorkers(): Promise<Workers>;
  /** Runs one tick of the edition clock at `at` and waits until every send it caused has finished. */
  tick(at: number, reason?: 'schedule' | 'manual'): Promise<void>;
  /** Waits until no digest job is waiting, active or delayed. */
  settle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startDigestRig(name: string, env: Record<string, string> = {}, opts: { smtp?: SmtpCapture } = {}): Promise<DigestRig> {
  const smtp = opts.smtp ?? (await startSmtpCapture());
  const config = testConfig(name, { SMTP_URL: smtp.url, MAIL_FROM: 'Wire desk <desk@wirebrief.test>', DIGEST_JITTER_MINUTES: '0', ...env });
  const clock = { t: Date.parse('2026-02-27T12:00:00Z') };
  const runtime = await openRuntime(config, { now: () => clock.t });
  const workers: Workers[] = [];
  const runtimes: Runtime[] = [runtime];
  const start = async () => {
    const rt = workers.length === 0 ? runtime : await openRuntime(config, { now: () => clock.t });
    if (rt !== runtime) runtimes.push(rt);
    const w = startWorkers(rt, { concurrency: runtime.ctx.config.workerConcurrency });
    await Promise.all(w.workers.map((x) => x.waitUntilReady()));
    workers.push(w);
    return w;
  };
  await start();
  const events = new QueueEvents('digest-edition', { connection: bullConnection(config, 'worker'), prefix: config.prefix });
  await events.waitUntilReady();
  const { digestEdition, digestSend } = runtime.queues;

  const settle = async (timeoutMs = 20_000) => {
    await waitFor(
      async () => {
        const e = await digestEdition.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        const s = await digestSend.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(e).every((n) => n === 0) && Object.values(s).every((n) => n === 0);
      },
      'the digest queues to drain',
      timeoutMs,
      10,
    );
  };

  return {
    smtp,
    runtime,
    ctx: runtime.ctx,
    clock,
    addWorkers: start,
    async tick(at, reason = 'schedule') {
      clock.t = at;
      const job = await digestEdition.add('tick', { reason, at });
      await job.waitUntilFinished(events, 20_000);
      await settle();
    },
    settle,
    async close() {
      await events.close();
      await Promise.all(workers.map((w) => w.close(5000)));
      for (const rt of runtimes.slice(1)) await rt.close();
      const redis = new Redis(REDIS_URL);
      await deletePrefix(redis, config.prefix);
      await redis.quit();
      await runtime.close();
      if (!opts.smtp) await smtp.close();
    },
  };
}

export async function activeSubscriber(ctx: Ctx, input: Omit<NewSubscriber, 'confirmed'>): Promise<Subscriber> {
  return (await upsertSubscriber(ctx, { ...input, confirmed: true })).subscriber;
}

let storySeq = 0;

/** A stored story, first seen at `seenAt`, in the given topics. */
export async function seedStory(ctx: Ctx, fields: Partial<Omit<Story, 'topics'>> & { title: string; topics: (string | Story['topics'][number])[]; seenAt: number }): Promise<Story> {
  const guid = fields.guid ?? `story-${++storySeq}-${fields.seenAt}`;
  const feedId = fields.feedId ?? 'feed1';
  const id = storyIdFor(feedId, guid);
  const story: Story = {
    id,
    feedId,
    feed: 'https://wire.example/rss',
    guid,
    link: `https://wire.example/news/${id}`,
    text: `${fields.title}. The full text of the story.`,
    summary: `${fields.title}: what happened, in two lines.`,
    published: fields.seenAt,
    source: 'Wire Example',
    agency: 'IANS',
    dateline: 'New Delhi, Feb 27 (IANS)',
    place: 'New Delhi',
    author: null,
    image: null,
    cluster: id,
    sources: [],
    ...fields,
    topics: fields.topics.map((t) => (typeof t === 'string' ? { id: t, score: 1 } : t)),
  };
  await saveStory(ctx, story);
  return story;
}

/** Digest mails only (not confirmations), to one address. */
export function digestsTo(smtp: SmtpCapture, address: string) {
  return smtp.mailsTo(address).filter((m) => /briefing/i.test(m.parsed.subject ?? ''));
}
