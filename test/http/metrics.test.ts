import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertSubscriber } from '../../src/subscribers/store.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { observations, scrape } from '../helpers/metrics.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';
import { redated } from '../helpers/rss.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const QUEUE_NAMES = ['feed-poll', 'digest-edition', 'digest-send', 'mail'];

describe('/metrics', () => {
  let smtp: SmtpCapture;
  let feeds: FeedServer;
  let app: TestService;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    feeds = await startFeedServer();
    // Dated today: a digest leaves out stories published before its lookback.
    feeds.serve('/wire.rss', redated(readFileSync(fixture('wire.rss'), 'utf8')));
    feeds.handle('/broken.rss', (_req, res) => res.writeHead(500).end('upstream down'));
    app = await startTestService('metrics', { SMTP_URL: smtp.url });
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await feeds?.close();
  });

  it('parses as Prometheus text with queue gauges, process metrics and only wirebrief_* project series', async () => {
    const m = await scrape(app.base);
    for (const queue of QUEUE_NAMES) {
      for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed']) {
        expect(m.families.find((f) => f.name === 'wirebrief_queue_jobs')!.metrics.some((s) => s.labels?.queue === queue && s.labels?.state === state), `${queue} ${state}`).toBe(true);
      }
      expect(m.value('wirebrief_workers_running', { queue })).toBeGreaterThan(0);
    }
    expect(m.has('process_cpu_user_seconds_total')).toBe(true);
    expect(m.has('nodejs_heap_size_used_bytes')).toBe(true);
    expect(m.value('wirebrief_redis_up')).toBe(1);
    expect(m.value('wirebrief_build_info', { roles: 'api,scheduler,worker' })).toBe(1);
    const own = m.families.map((f) => f.name).filter((n) => !/^(process_|nodejs_)/.test(n));
    expect(own.length).toBeGreaterThan(8);
    for (const name of own) expect(name).toMatch(/^wirebrief_/);
  });

  it('counts a feed poll, the stories it brought per topic, and the job duration', async () => {
    const before = await scrape(app.base);
    const res = await app.post('/api/admin/feeds', { url: feeds.url('/wire.rss') }, ADMIN_HEADERS);
    expect(res.status).toBe(201);
    const after = await waitFor(async () => {
      const m = await scrape(app.base);
      return m.value('wirebrief_feed_polls_total', { status: 'ok' }) > before.value('wirebrief_feed_polls_total', { status: 'ok' }) ? m : null;
    }, 'the poll to be counted');
    expect(after.value('wirebrief_feed_polls_total', { status: 'ok' })).toBe(1);
    expect(after.value('wirebrief_stories_ingested_total', { topic: 'defence' })).toBeGreaterThanOrEqual(1);
    expect(after.value('wirebrief_stories_ingested_total', { topic: 'sport' })).toBeGreaterThanOrEqual(1);
    expect(after.value('wirebrief_stories_added_total')).toBe(10);
    expect(after.value('wirebrief_jobs_total', { queue: 'feed-poll', outcome: 'completed' })).toBe(1);
    expect(after.has('wirebrief_job_duration_seconds')).toBe(true);
    expect(await observations(app.service.metrics.registry, 'wirebrief_job_duration_seconds', { queue: 'feed-poll', outcome: 'completed' })).toBe(1);
  });

  it('counts a failed poll as an error', async () => {
    const res = await app.post('/api/admin/feeds', { url: feeds.url('/broken.rss') }, ADMIN_HEADERS);
    expect(res.status).toBe(201);
    const m = await waitFor(async () => {
      const now = await scrape(app.base);
      return now.value('wirebrief_feed_polls_total', { status: 'error' }) === 1 ? now : null;
    }, 'the failed poll to be counted');
    expect(m.value('wirebrief_feed_polls_total', { status: 'ok' })).toBe(1);
  });

  it('counts a digest sent and times the SMTP hand-over', async () => {
    const { ctx } = app.service.runtime;
    await upsertSubscriber(ctx, { email: 'metrics-reader@example.org', topics: ['defence'], confirmed: true });
    const run = await app.post('/api/admin/digests/run', {}, ADMIN_HEADERS);
    expect(run.status).toBe(202);
    await smtp.waitForMail((mail) => mail.to.includes('metrics-reader@example.org'), 'the digest');
    const m = await waitFor(async () => {
      const now = await scrape(app.base);
      return now.value('wirebrief_digests_total', { status: 'sent' }) === 1 ? now : null;
    }, 'the digest to be counted');
    expect(m.has('wirebrief_smtp_send_duration_seconds')).toBe(true);
    expect(await observations(app.service.metrics.registry, 'wirebrief_smtp_send_duration_seconds', { result: 'ok' })).toBe(1);
    expect(m.value('wirebrief_digests_total', { status: 'failed' })).toBe(0);
    expect(m.value('wirebrief_jobs_total', { queue: 'digest-edition', outcome: 'completed' })).toBe(1);
  });
});
