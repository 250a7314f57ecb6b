import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../jobs/queues.js';
import { saveStory } from '../../src/stories/store.js';
import { upsertSubscriber } from '../../src/subscribers/store.js';
import { runCli } from '../helpers/cli.js';
import { REDIS_URL, testCtx } from '../helpers/redis.js';
import { makeStory } from '../helpers/stories.js';
import { CLI_TIMEOUT_MS, cliEnv } from './env.js';

const story = (id: string, title: string, topics: string[], at: string) => makeStory(id, title, topics, at, { link: `https://wire.example/${id}` });

describe('wirebrief stories list, status, digest run, start', { timeout: CLI_TIMEOUT_MS }, () => {
  const ctx = testCtx('cli-misc');
  const env = cliEnv(ctx);
  let editionQueue: Queue;

  beforeAll(async () => {
    await saveStory(ctx, story('s1', 'Navy commissions a new frigate', ['defence'], '2026-02-27T08:00:00Z'));
    await saveStory(ctx, story('s2', 'Ministers meet in Rome', ['diplomacy', 'defence'], '2026-02-27T10:00:00Z'));
    await saveStory(ctx, story('s3', 'Ranji Trophy final', ['sport'], '2026-02-27T09:00:00Z'));
    await upsertSubscriber(ctx, { email: 'a@example.org', topics: ['defence'], confirmed: true });
    editionQueue = new Queue(QUEUES.digestEdition, { connection: { url: REDIS_URL } as never, prefix: ctx.config.prefix });
  });

  afterAll(async () => {
    await editionQueue.close();
    await ctx.cleanup();
  });

  it('stories list --topic: the topic’s stories, newest first', async () => {
    const run = await runCli(['stories', 'list', '--topic', 'defence', '--json'], env);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { stories: { title: string; topics: { id: string }[] }[] };
    expect(body.stories.map((s) => s.title)).toEqual(['Ministers meet in Rome', 'Navy commissions a new frigate']);
    const text = await runCli(['stories', 'list', '--topic', 'sport', '--limit', '5'], env);
    expect(text.stdout).toMatch(/^2026-02-27 09:00 {2}IANS {2}Ranji Trophy final\n\s+https:\/\/wire\.example\/s3\n$/);
  });

  it('stories list --topic: reads the topic in any case, as subscribers add does', async () => {
    const run = await runCli(['stories', 'list', '--topic', 'Defence', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { stories: { title: string }[] };
    expect(body.stories.map((s) => s.title)).toEqual(['Ministers meet in Rome', 'Navy commissions a new frigate']);
  });

  it('stories list: refuses an unknown topic with exit 2', async () => {
    const run = await runCli(['stories', 'list', '--topic', 'gossip'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wirebrief: unknown topic gossip; valid topics are /);
  });

  it('stories remove: the story leaves its topic; an unknown id exits 2', async () => {
    const run = await runCli(['stories', 'remove', 's3'], env);
    expect(run).toMatchObject({ code: 0, stdout: 'removed story s3\n' });
    expect((await runCli(['stories', 'list', '--topic', 'sport'], env)).stdout).toBe('no stories under sport yet\n');
    const again = await runCli(['stories', 'remove', 's3'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^wirebrief: no story s3: /);
  });

  it('status --json: queues, feeds by state, subscribers by status, editions, Redis memory', async () => {
    const run = await runCli(['status', '--json'], env);
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as Record<string, unknown> & { queues: Record<string, Record<string, number>>; redis: { usedMemory: number; maxmemoryPolicy: string } };
    expect(Object.keys(s.queues).sort()).toEqual(['digest-edition', 'digest-send', 'feed-poll', 'mail']);
    expect(s.queues['feed-poll']).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    expect(s.feeds).toMatchObject({ ok: 0, 'backing-off': 0, disabled: 0, total: 0, failing: [] });
    expect(s.subscribers).toEqual({ pending: 0, active: 1, unsubscribed: 0, bouncing: 0 });
    expect(s.deliverySlots).toEqual({ slots: 1, subscribers: 1, checkedAt: null });
    expect(s.editions).toEqual([]);
    expect(s.redis.usedMemory).toBeGreaterThan(0);
    expect(s.redis.maxmemoryPolicy).toBeTypeOf('string');
    const text = await runCli(['status'], env);
    expect(text.stdout).toMatch(/^queues:\n {2}feed-poll .*workers \d+\n/);
    expect(text.stdout).toMatch(/\nsubscribers: pending 0, active 1, unsubscribed 0, bouncing 0\n/);
    expect(text.stdout).toMatch(/\ndelivery slots: 1 holding 1 active subscribers; index not yet reconciled/);
    expect(text.stdout).toMatch(/\nredis: \d+\.\d+\.\d+, memory \S+ \(peak \S+\)/);
  });

  it('status: refuses a stray argument with exit 2', async () => {
    const run = await runCli(['status', 'now'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/too many arguments/);
  });

  it('digest run: queues an edition run for the workers', async () => {
    const run = await runCli(['digest', 'run'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^edition queued/);
    const jobs = await editionQueue.getJobs(['waiting']);
    expect(jobs.map((j) => j.data)).toEqual([{ reason: 'manual' }]);
  });

  it('digest run: refuses an unknown option with exit 2', async () => {
    const run = await runCli(['digest', 'run', '--now'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--now'/);
  });

  // The happy path of `start` runs in test/e2e/roles.test.ts (three roles as processes).
  it('start: refuses an unknown role with exit 2', async () => {
    const run = await runCli(['start', '--role', 'api,cook'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: unknown role "cook": use all, or any of api, worker, scheduler, comma-separated');
  });

  it('start: refuses an unknown QUEUE_CONCURRENCY queue with exit 2', async () => {
    const run = await runCli(['start', '--role', 'worker'], { ...env, QUEUE_CONCURRENCY: 'feed-pol=3', PORT: '0' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: configuration: QUEUE_CONCURRENCY names unknown queue feed-pol; queues are feed-poll, digest-edition, digest-send, mail');
  });
});
