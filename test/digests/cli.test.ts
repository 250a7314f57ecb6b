import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnrecoverableError, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullConnection, createQueues, type Queues } from '../../jobs/queues.js';
import { digestHistory } from '../../src/digests/send.js';
import { getSubscriber, type Subscriber } from '../../src/subscribers/store.js';
import { runCli } from '../helpers/cli.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { tempDir, testCtx } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

describe('wirebrief digest preview / run', () => {
  const ctx = testCtx('digests-cli');
  const dataDir = tempDir('digests-cli');
  const env = { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', WIREBRIEF_PREFIX: ctx.config.prefix, SECRET: ctx.config.secret, DATA_DIR: dataDir, NODE_ENV: 'test' };
  let queues: Queues;
  let reader: Subscriber;

  beforeAll(async () => {
    queues = createQueues(ctx.config);
    ctx.clock.t = Date.now();
    reader = await activeSubscriber(ctx, { email: 'Reader@Example.org', topics: ['defence', 'diplomacy'], timezone: 'Asia/Kolkata' });
    await seedStory(ctx, { title: 'India and Italy deepen defence cooperation', topics: ['defence'], seenAt: Date.now() - 3600_000, link: 'https://wire.example/a?x=1&y=2' });
    await seedStory(ctx, { title: 'Envoys meet in Rome ahead of the summit', topics: ['diplomacy'], seenAt: Date.now() - 1800_000 });
  });
  afterAll(async () => {
    await queues.close();
    await ctx.cleanup();
  });

  it('previews what the subscriber would get now, without sending or moving the cursor', async () => {
    const out = join(dataDir, 'preview.html');
    const run = await runCli(['digest', 'preview', 'reader@example.org', '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^edition: daily-\d{4}-\d{2}-\d{2}$/m);
    expect(run.stdout).toMatch(/^stories: 2$/m);
    expect(run.stdout).toMatch(/^subject: Daily briefing, \w+day \d+ \w+ \d{4}: India and Italy deepen defence cooperation$/m);
    expect(run.stdout).toContain('* Envoys meet in Rome ahead of the summit');
    expect(run.stdout).toContain('Read more: https://wire.example/a?x=1&y=2');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('href="https://wire.example/a?x=1&amp;y=2"');

    expect((await getSubscriber(ctx, reader.id))?.lastDigestAt).toBeNull();
    expect(await digestHistory(ctx, reader.id)).toEqual([]);
    expect(existsSync(join(dataDir, 'outbox'))).toBe(false);
    expect(await queues.digestSend.count()).toBe(0);
  });

  it('refuses an unknown or malformed address with a clear message and exit code 2', async () => {
    const unknown = await runCli(['digest', 'preview', 'nobody@example.org'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('wirebrief: no subscriber with the address nobody@example.org\n');
    const malformed = await runCli(['digest', 'preview', 'not-an-address'], env);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/"not-an-address" is not an email address/);
  });

  it('shows examples in --help', async () => {
    const help = await runCli(['digest', 'preview', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('wirebrief digest preview reader@example.org --out preview.html');
  });

  it('lists digests that failed for good, and refuses a bad --limit', async () => {
    const worker = new Worker('digest-send', async () => {
      throw new UnrecoverableError('address refused (2 of 2: now bouncing): 550 5.1.1 User unknown');
    }, { connection: bullConnection(ctx.config, 'worker'), prefix: ctx.config.prefix });
    await queues.digestSend.add('send', { subscriberId: reader.id, edition: 'daily-2026-02-27', editionLabel: 'Daily briefing' }, { jobId: `daily-2026-02-27-${reader.id}` });
    await waitFor(async () => (await queues.digestSend.getFailedCount()) === 1, 'the job to fail');
    await worker.close();

    const run = await runCli(['digest', 'failed', '--json'], env);
    expect(run.code).toBe(0);
    const { failed } = JSON.parse(run.stdout) as { failed: { jobId: string; edition: string; subscriberId: string; attempts: number; reason: string }[] };
    expect(failed).toEqual([
      expect.objectContaining({ jobId: `daily-2026-02-27-${reader.id}`, edition: 'daily-2026-02-27', subscriberId: reader.id, attempts: 1, reason: expect.stringMatching(/550 5\.1\.1/) }),
    ]);
    const bad = await runCli(['digest', 'failed', '--limit', 'abc'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a whole number, 1 or more \(got "abc"\)/);
  });

  it('queues an edition run by hand', async () => {
    const run = await runCli(['digest', 'run'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/edition queued/);
    const [job] = await queues.digestEdition.getWaiting();
    expect(job?.data).toEqual({ reason: 'manual' });
  });
});
