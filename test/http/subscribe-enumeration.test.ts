import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service.js';
import { SUBSCRIPTION_WORK_DELAY_MS } from '../../jobs/enqueue.js';
import { findSubscriberByEmail, upsertSubscriber } from '../../src/subscribers/store.js';
import { REDIS_URL, testConfig } from '../helpers/redis.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { monitorCommands, type Monitor } from '../helpers/monitor.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

/**
 * No address enumeration by timing: the answer to a subscription request must
 * not wait for anything that depends on the address's state. Shown
 * structurally: Redis MONITOR records every command the API process sends
 * while it handles the request, and none of them may read or write a
 * subscriber record, the address index or the suppression list; the work that
 * does is left to the mail worker, through the queue, and still happens
 * (nothing lost, one mail each).
 */
describe('subscription answers do not depend on the address state', () => {
  let smtp: SmtpCapture;
  let api: TestService;
  let worker: Service | null = null;
  let monitor: Monitor;
  const commands: string[][] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    const env = { SMTP_URL: smtp.url, SUBSCRIBE_LIMIT_PER_ADDRESS: '20', SUBSCRIBE_LIMIT_PER_IP: '1000', PUBLIC_RATE_LIMIT: '1000' };
    api = await startTestService('http-enumeration', env, ['api']);
    monitor = await monitorCommands(REDIS_URL, (args) => {
      if (args.some((a) => a.includes(api.prefix))) commands.push(args);
    });
  });

  afterAll(async () => {
    monitor?.close();
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  const ctx = () => api.service.runtime.ctx;
  const stateKeys = () => [`${api.prefix}:sub:`, `${api.prefix}:subs:`, `${api.prefix}:suppressed`];
  const touchesState = (args: string[]) => args.some((a) => stateKeys().some((k) => a.includes(k)));

  let marks = 0;
  /**
   * MONITOR lists commands in the order Redis ran them, and its stream lags by as much as the box is loaded: once
   * it shows a marker sent now, it has shown every command run before. The index just past the marker.
   */
  async function monitorCaughtUp(): Promise<number> {
    const mark = `${api.prefix}:monitor-mark:${++marks}`;
    await ctx().redis.exists(mark);
    return waitFor(() => commands.findIndex((c) => c.includes(mark)) + 1, 'MONITOR to show the marker', 30_000, 10);
  }

  async function commandsDuring(request: () => Promise<Response>): Promise<{ status: number; body: string; commands: string[][] }> {
    const from = await monitorCaughtUp();
    const res = await request();
    const body = await res.text();
    const to = (await monitorCaughtUp()) - 1;
    return { status: res.status, body, commands: commands.slice(from, to) };
  }

  it('answers new, pending, active and unsubscribed addresses without reading their state, and the worker then does the rest once', async () => {
    const active = 'active.reader@example.org';
    const gone = 'gone.reader@example.org';
    await upsertSubscriber(ctx(), { email: active, topics: ['sport'], confirmed: true });
    const { subscriber: left } = await upsertSubscriber(ctx(), { email: gone, topics: ['sport'], confirmed: true });
    await ctx().redis.hset(`${api.prefix}:sub:${left.id}`, 'status', 'unsubscribed');
    const before = await findSubscriberByEmail(ctx(), active);

    const post = (email: string) => () => api.post('/api/subscribe', { email, topics: ['defence'] });
    const seen: { email: string; status: number; body: string; commands: string[][] }[] = [];
    for (const email of ['new.reader@example.org', active, gone, 'new.reader@example.org']) seen.push({ email, ...(await commandsDuring(post(email))) });

    for (const s of seen) {
      expect(s.status, s.email).toBe(202);
      expect(s.body, s.email).toBe(seen[0]!.body);
      expect(s.commands.length, `${s.email}: MONITOR saw the request`).toBeGreaterThan(0);
      expect(s.commands.filter(touchesState).map((c) => c.slice(0, 2).join(' ')), `${s.email}: state read or written before (or while) answering`).toEqual([]);
    }
    // Nothing about the addresses was decided in the request: the active one is untouched, the new one not yet stored.
    expect(await findSubscriberByEmail(ctx(), 'new.reader@example.org')).toBeNull();
    expect(await findSubscriberByEmail(ctx(), active)).toEqual(before);
    // Nor does the work start at once: where API and worker share a process, it would slow the next request.
    const queued = await api.service.runtime.queues.mail.getDelayed();
    expect(queued.map((job) => job.data.kind)).toEqual(seen.map(() => 'subscription-request'));
    for (const job of queued) expect(job.opts.delay).toBeGreaterThanOrEqual(SUBSCRIPTION_WORK_DELAY_MS.min);

    // The worker takes the requests from the queue: one confirmation for the new address (asked twice within ten minutes),
    // one for the address that had left, the manage-link mail for the active one; the active one's choices are kept.
    worker = await startService({ ...testConfig('http-enumeration-worker', { SMTP_URL: smtp.url }), prefix: api.prefix }, ['worker']);
    await smtp.waitForMail((m) => m.to.includes('new.reader@example.org'), 'the confirmation to the new address');
    await smtp.waitForMail((m) => m.to.includes(gone), 'the confirmation to the address that had left');
    await smtp.waitForMail((m) => m.to.includes(active), 'the already-subscribed mail');
    // Every request decided (a second confirmation to the new address would have been sent by then).
    await waitFor(async () => Object.values(await api.service.runtime.queues.mail.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).every((n) => n === 0), 'the mail queue to drain');
    const to = (email: string) => smtp.mails.filter((m) => m.to.includes(email)).map((m) => m.parsed.subject);
    expect(to('new.reader@example.org')).toEqual(['Confirm your wirebrief subscription']);
    expect(to(gone)).toEqual(['Confirm your wirebrief subscription']);
    expect(to(active)).toEqual(['You already get wirebrief']);
    expect(await findSubscriberByEmail(ctx(), 'new.reader@example.org')).toMatchObject({ status: 'pending', topics: ['defence'] });
    expect(await findSubscriberByEmail(ctx(), gone)).toMatchObject({ status: 'pending', topics: ['defence'] });
    expect(await findSubscriberByEmail(ctx(), active)).toEqual(before);
  });
});
