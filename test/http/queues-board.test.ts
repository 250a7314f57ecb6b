import { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../jobs/queues.js';
import { REDIS_URL } from '../helpers/redis.js';
import { ADMIN_TOKEN, startTestService, type TestService } from '../helpers/service.js';
import { waitFor } from '../helpers/wait.js';

const basic = (password: string) => ({ authorization: `Basic ${Buffer.from(`ops:${password}`).toString('base64')}` });
const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

describe('Bull Board at /admin/queues', () => {
  let app: TestService;
  let failing: Worker;

  beforeAll(async () => {
    // The api role alone: no worker of the service competes for the test's job.
    app = await startTestService('board', {}, ['api']);
    failing = new Worker(
      QUEUES.mail,
      async (): Promise<unknown> => {
        throw new Error('mail relay refused');
      },
      { connection: { url: REDIS_URL } as never, prefix: app.prefix },
    );
  });

  afterAll(async () => {
    await failing?.close();
    await app?.close();
  });

  it('asks a browser for the admin token (HTTP Basic) and refuses a wrong one', async () => {
    const none = await app.get('/admin/queues');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Basic realm="wirebrief admin"');
    expect((await app.get('/admin/queues', basic('wrong-token-0123456789'))).status).toBe(401);
    expect((await app.get('/admin/queues/api/queues', { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('serves the board and its assets with the token as Basic password', async () => {
    const page = await app.get('/admin/queues', basic(ADMIN_TOKEN));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('wirebrief queues');
    expect(html).toMatch(/<base href="\/admin\/queues\/"/);
    const script = /src="(static\/js\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();
    const asset = `/admin/queues/${script}`;
    expect((await app.get(asset)).status).toBe(401);
    expect((await app.get(asset, basic(ADMIN_TOKEN))).status).toBe(200);
  });

  it('lists the queues, shows a failed job, retries it and cleans failed jobs', async () => {
    const { mail } = app.service.runtime.queues;
    const job = await mail.add('confirmation', { kind: 'confirmation', subscriberId: 'nobody' }, { attempts: 1 });
    await waitFor(async () => (await mail.getJobState(job.id!)) === 'failed', 'the job to fail');

    const listed = await app.get(`/admin/queues/api/queues?activeQueue=${QUEUES.mail}&status=failed`, bearer);
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { queues: { name: string; counts: Record<string, number>; jobs: { id: string; failedReason: string }[] }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([QUEUES.digestEdition, QUEUES.digestSend, QUEUES.feedPoll, QUEUES.mail].sort());
    const mailQueue = body.queues.find((q) => q.name === QUEUES.mail)!;
    expect(mailQueue.counts.failed).toBe(1);
    expect(mailQueue.jobs[0]).toMatchObject({ id: job.id, failedReason: 'mail relay refused' });

    const retry = await fetch(`${app.base}/admin/queues/api/queues/${QUEUES.mail}/${job.id}/retry`, { method: 'PUT', headers: bearer });
    expect(retry.status).toBe(204);
    await waitFor(async () => (await mail.getJob(job.id!))?.attemptsStarted === 2 && (await mail.getJobState(job.id!)) === 'failed', 'the retried job to run and fail again');

    // "Clean all" spares jobs that failed in the last 5 s; a single job is cleaned at once.
    const clean = await fetch(`${app.base}/admin/queues/api/queues/${QUEUES.mail}/${job.id}/clean`, { method: 'PUT', headers: bearer });
    expect(clean.ok).toBe(true);
    expect(await mail.getJob(job.id!)).toBeUndefined();
    expect((await mail.getJobCounts('failed')).failed).toBe(0);
  });
});
