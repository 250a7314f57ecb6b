import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../jobs/queues.js';
import { loadConfig } from '../../src/config.js';
import type { Ctx } from '../../src/context.js';
import { dailyEditionId } from '../../src/digests/editions.js';
import { createLogger } from '../../src/log.js';
import { upsertSubscriber } from '../../src/subscribers/store.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { scrape } from '../helpers/metrics.js';
import { startServiceProcess, type ServiceProcess } from '../helpers/processes.js';
import { deletePrefix, REDIS_URL, tempDir, testPrefix } from '../helpers/redis.js';
import { ADMIN_HEADERS, ADMIN_TOKEN } from '../helpers/service.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';
import { redated } from '../helpers/rss.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const GRACE_SECONDS = 8;
const READER = 'desk.editor@example.org';

/**
 * The deployment shape: api, worker and scheduler as three processes on one
 * Redis, a local feed server and a real SMTP server. A worker is stopped with
 * SIGTERM while the mail server holds its digest in the middle of the SMTP
 * dialogue; another worker started afterwards sends that digest, once.
 */
describe('three roles as separate processes', { timeout: 120_000 }, () => {
  let smtp: SmtpCapture;
  let feeds: FeedServer;
  let env: Record<string, string>;
  let ctx: Ctx;
  let sendQueue: Queue;
  let api: ServiceProcess;
  let scheduler: ServiceProcess;
  let workerA: ServiceProcess;
  let workerB: ServiceProcess | undefined;
  const all = () => [api, scheduler, workerA, workerB].filter((p): p is ServiceProcess => p !== undefined);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    feeds = await startFeedServer();
    // Dated today: a digest leaves out stories published before its lookback.
    feeds.serve('/wire.rss', redated(readFileSync(fixture('wire.rss'), 'utf8')));
    const prefix = testPrefix('e2e-roles');
    env = {
      NODE_ENV: 'test',
      REDIS_URL,
      WIREBRIEF_PREFIX: prefix,
      SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      ADMIN_TOKEN,
      DATA_DIR: tempDir('e2e-roles'),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Wire desk <desk@wirebrief.test>',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
    };
    const config = loadConfig(env) as Ctx['config'];
    ctx = { config, redis: new Redis(REDIS_URL), log: createLogger('silent'), now: Date.now };
    sendQueue = new Queue(QUEUES.digestSend, { connection: { url: REDIS_URL } as never, prefix });
    [api, scheduler, workerA] = await Promise.all([
      startServiceProcess('api', env),
      startServiceProcess('scheduler', env),
      startServiceProcess('worker', env),
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const p of all()) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await sendQueue?.close();
    if (ctx) {
      await deletePrefix(ctx.redis, ctx.config.prefix);
      await ctx.redis.quit();
    }
    await smtp?.close();
    await feeds?.close();
  });

  it('serves readiness and metrics from every role; the worker process polls a feed the api process added', async () => {
    const ready = async (p: ServiceProcess) => (await fetch(`${p.base}/readyz`)).json();
    expect(await ready(api)).toEqual({ status: 'ready', redis: 'up', workers: 'none' });
    expect(await ready(scheduler)).toEqual({ status: 'ready', redis: 'up', workers: 'none' });
    expect(await ready(workerA)).toEqual({ status: 'ready', redis: 'up', workers: 'running' });
    // Only the api role serves the public API.
    expect((await fetch(`${workerA.base}/api/topics`)).status).toBe(404);
    expect((await fetch(`${api.base}/api/topics`)).status).toBe(200);

    const added = await fetch(`${api.base}/api/admin/feeds`, { method: 'POST', headers: ADMIN_HEADERS, body: JSON.stringify({ url: feeds.url('/wire.rss') }) });
    expect(added.status).toBe(201);
    const polled = await waitFor(async () => {
      const m = await scrape(workerA.base);
      return m.value('wirebrief_feed_polls_total', { status: 'ok' }) >= 1 ? m : null;
    }, 'the worker process to poll the feed');
    expect(polled.value('wirebrief_stories_ingested_total', { topic: 'defence' })).toBeGreaterThanOrEqual(1);
    expect((await scrape(api.base)).value('wirebrief_feed_polls_total')).toBe(0);
    const pollLine = await waitFor(() => workerA.logLines().find((l) => l.queue === QUEUES.feedPoll && l.outcome === 'completed'), 'the poll log line');
    expect(pollLine).toMatchObject({ msg: 'job done', feedId: expect.stringMatching(/^[0-9a-f]{12}$/), jobId: expect.any(String), durationMs: expect.any(Number) });
    const stories = (await (await fetch(`${api.base}/api/stories?topic=defence`)).json()) as { stories: unknown[] };
    expect(stories.stories.length).toBeGreaterThan(0);
    // The scheduler registered the edition clock.
    const scheduled = new Queue(QUEUES.digestEdition, { connection: { url: REDIS_URL } as never, prefix: env.WIREBRIEF_PREFIX! });
    expect((await scheduled.getJobSchedulers()).map((s) => s.key)).toContain('edition-tick');
    await scheduled.close();
  });

  it('SIGTERM mid-digest: the worker hands the job back and exits 0 within the grace period; the next worker sends the digest once', async () => {
    const { subscriber } = await upsertSubscriber(ctx, { email: READER, topics: ['defence'], confirmed: true });
    let release!: () => void;
    const held = new Promise<null>((resolve) => (release = () => resolve(null)));
    let rcpts = 0;
    smtp.respond((to) => {
      if (to !== READER) return null;
      rcpts++;
      return held;
    });
    // The edition of the moment of the run, not of the check below, which comes some seconds later (and may be past midnight).
    const runAt = Date.now();
    const run = await fetch(`${api.base}/api/admin/digests/run`, { method: 'POST', headers: ADMIN_HEADERS, body: '{}' });
    expect(run.status).toBe(202);
    await waitFor(() => rcpts === 1, 'worker A to reach RCPT TO for the digest');

    const stopping = workerA.stop('SIGTERM');
    // While it finishes or hands back its job, the worker tells orchestrators it is going.
    const during = await waitFor(async () => {
      const res = await fetch(`${workerA.base}/readyz`).catch(() => null);
      return res?.status === 503 ? res.json() : null;
    }, 'worker A to report that it is stopping');
    expect(during).toEqual({ status: 'stopping', redis: 'up', workers: 'stopped' });
    const stopped = await stopping;
    expect(stopped.code, workerA.output()).toBe(0);
    expect(stopped.ms).toBeLessThan(GRACE_SECONDS * 1000);
    release();
    smtp.respond(null);
    expect(smtp.mailsTo(READER)).toHaveLength(0);

    const jobId = `${dailyEditionId(runAt, 'UTC')}-${subscriber.id}`;
    const job = (await sendQueue.getJob(jobId))!;
    expect(await job.getState()).toBe('waiting');
    expect(job.attemptsMade).toBe(0);
    const handedBack = workerA.logLines().find((l) => l.outcome === 'handed-back');
    expect(handedBack).toMatchObject({ queue: QUEUES.digestSend, jobId });

    workerB = await startServiceProcess('worker', env);
    const digest = await smtp.waitForMail((m) => m.to.includes(READER), 'the digest from worker B', 30_000);
    expect(digest.parsed.subject).not.toMatch(/confirm/i);
    await waitFor(async () => (await job.getState()) === 'completed' || (await sendQueue.getJob(jobId).then((j) => j?.finishedOn)), 'the send job to complete');
    const done = (await sendQueue.getJob(jobId))!;
    expect(done.returnvalue).toMatchObject({ status: 'sent' });
    expect(await sendQueue.getJobCounts('waiting', 'active', 'delayed', 'failed')).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    expect(smtp.mailsTo(READER)).toHaveLength(1);
    expect((await scrape(workerB.base)).value('wirebrief_digests_total', { status: 'sent' })).toBe(1);

    // One structured line per job outcome, with queue, job id, duration and subscriber id.
    const line = workerB.logLines().find((l) => l.queue === QUEUES.digestSend && l.outcome === 'completed');
    expect(line).toMatchObject({ jobId, subscriber: subscriber.id, msg: 'job done' });
    expect(typeof line!.durationMs).toBe('number');
    // Never a whole address in the logs at info level.
    for (const p of all()) expect(p.output()).not.toContain(READER);
  });

  it('SIGTERM stops the api, the scheduler and an idle worker with exit code 0', async () => {
    const results = await Promise.all([api, scheduler, workerB!].map((p) => p.stop('SIGTERM')));
    for (const [i, r] of results.entries()) {
      expect(r.code, [api, scheduler, workerB!][i]!.output()).toBe(0);
      expect(r.ms).toBeLessThan(GRACE_SECONDS * 1000);
    }
    expect(api.output()).toMatch(/wirebrief stopped cleanly/);
  });
});
