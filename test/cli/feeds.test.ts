import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../jobs/queues.js';
import { findFeedByUrl, getFeed } from '../../src/feeds/store.js';
import { listStories } from '../../src/stories/store.js';
import { runCli } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL, testCtx } from '../helpers/redis.js';
import { CLI_TIMEOUT_MS, cliEnv } from './env.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('wirebrief feeds … and poll', { timeout: CLI_TIMEOUT_MS }, () => {
  const ctx = testCtx('cli-feeds');
  const env = cliEnv(ctx);
  let feeds: FeedServer;
  let pollQueue: Queue;
  let url: string;

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.serveFile('/wire.rss', fixture('wire.rss'));
    url = feeds.url('/wire.rss');
    pollQueue = new Queue(QUEUES.feedPoll, { connection: { url: REDIS_URL } as never, prefix: ctx.config.prefix });
  });

  afterAll(async () => {
    await pollQueue.close();
    await feeds.close();
    await ctx.cleanup();
  });

  const schedulers = async () => (await pollQueue.getJobSchedulers(0, -1)).map((s) => s.key);

  it('feeds add: stores the feed and schedules its polls', async () => {
    const run = await runCli(['feeds', 'add', url, '--interval', '15'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^added http:\/\/127\.0\.0\.1:\d+\/wire\.rss \(id [0-9a-f]{12}\), polled every 15 min/);
    const feed = (await findFeedByUrl(ctx, url))!;
    expect(feed.intervalMinutes).toBe(15);
    expect(await schedulers()).toEqual([`feed-${feed.id}`]);
  });

  it('feeds add: refuses a URL that is not http(s) with exit 2', async () => {
    const run = await runCli(['feeds', 'add', 'ftp://example.org/rss'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: feed URLs must be http or https: "ftp://example.org/rss"');
  });

  it('feeds add: refuses a bad --interval with exit 2', async () => {
    const run = await runCli(['feeds', 'add', url, '--interval', 'often'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--interval must be a whole number, 1 or more \(got "often"\)/);
  });

  it('feeds list --json: lists the feed with its id and state', async () => {
    const run = await runCli(['feeds', 'list', '--json'], env);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { feeds: { id: string; url: string; status: string }[] };
    expect(listed.feeds).toHaveLength(1);
    expect(listed.feeds[0]).toMatchObject({ url, status: 'ok' });
    const text = await runCli(['feeds', 'list'], env);
    expect(text.stdout).toContain(`${listed.feeds[0]!.id}  ok`);
  });

  it('feeds list: refuses an unknown option with exit 2', async () => {
    const run = await runCli(['feeds', 'list', '--yaml'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--yaml'/);
  });

  it('poll: polls the feed in this process and prints what it brought', async () => {
    const run = await runCli(['poll', url], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`${url}: 10 new, 0 already seen`);
    expect((await listStories(ctx, { topic: 'defence', limit: 50 })).length).toBeGreaterThan(0);
  });

  it('poll: refuses something that is not a URL with exit 2', async () => {
    const run = await runCli(['poll', 'not a url'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: not a URL: "not a url"');
  });

  it('feeds pause: disables the feed and removes its schedule', async () => {
    const feed = (await findFeedByUrl(ctx, url))!;
    const run = await runCli(['feeds', 'pause', feed.id, '--reason', 'publisher asked'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`paused ${url} (id ${feed.id}): publisher asked`);
    expect(await getFeed(ctx, feed.id)).toMatchObject({ status: 'disabled', lastError: 'publisher asked' });
    expect(await schedulers()).toEqual([]);
    const status = JSON.parse((await runCli(['status', '--json'], env)).stdout) as { feeds: { disabled: number; failing: { lastError: string }[] } };
    expect(status.feeds.disabled).toBe(1);
    expect(status.feeds.failing[0]!.lastError).toBe('publisher asked');
  });

  it('feeds pause: refuses a feed it does not know with exit 2', async () => {
    const run = await runCli(['feeds', 'pause', 'https://nowhere.example/rss'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: no feed "https://nowhere.example/rss": give a URL or id from `wirebrief feeds list`');
  });

  it('feeds resume: enables the feed and schedules it again', async () => {
    const feed = (await findFeedByUrl(ctx, url))!;
    const run = await runCli(['feeds', 'resume', url], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`resumed ${url} (id ${feed.id}), polled every 15 min`);
    expect(await getFeed(ctx, feed.id)).toMatchObject({ status: 'ok', lastError: null, errors: 0 });
    expect(await schedulers()).toEqual([`feed-${feed.id}`]);
  });

  it('feeds resume: refuses an unknown id with exit 2', async () => {
    const run = await runCli(['feeds', 'resume', 'f00f00f00f00'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no feed "f00f00f00f00"/);
  });

  it('feeds remove: forgets the feed and its schedule, keeps its stories', async () => {
    const feed = (await findFeedByUrl(ctx, url))!;
    const run = await runCli(['feeds', 'remove', url], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`removed ${url} (id ${feed.id})`);
    expect(await getFeed(ctx, feed.id)).toBeNull();
    expect(await findFeedByUrl(ctx, url)).toBeNull();
    expect(await schedulers()).toEqual([]);
    expect((await listStories(ctx, { topic: 'defence', limit: 50 })).length).toBeGreaterThan(0);
    // The URL can be added again afresh.
    expect((await runCli(['feeds', 'add', url], env)).stdout).toMatch(/^added /);
  });

  it('feeds remove: needs the feed argument (exit 2)', async () => {
    const run = await runCli(['feeds', 'remove'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing required argument 'feed'/);
  });
});
