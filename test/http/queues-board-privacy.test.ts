import { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../jobs/queues.js';
import { REDIS_URL } from '../helpers/redis.js';
import { ADMIN_TOKEN, startTestService, type TestService } from '../helpers/service.js';
import { waitFor } from '../helpers/wait.js';

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
const READER = 'board.reader@example.org';
const REFUSED = 'refused.reader@example.org';
const LINK_TOKEN = 'eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJlLW9mLXRoZS1saW5rLTAxMjM0NTY3ODk';
const FEED_KEY = 'feed-api-key-0123456789';

/**
 * Bull Board shows job data, errors and stack traces to whoever holds the
 * admin token, and keeps failed jobs for a fortnight: addresses in them
 * (a subscription request's data, an SMTP refusal naming the recipient) and
 * credentials in URLs are shown redacted, as the logs have them, while the
 * jobs themselves keep what their workers need.
 */
describe('Bull Board keeps addresses and credentials out of what it shows', () => {
  let app: TestService;
  let failing: Worker;

  beforeAll(async () => {
    // The api role alone: a subscription request waits in the queue, as it does for a moment in production.
    app = await startTestService('board-privacy', { SUBSCRIBE_LIMIT_PER_IP: '1000' }, ['api']);
    failing = new Worker(
      QUEUES.digestSend,
      async (): Promise<unknown> => {
        throw new Error(`550 5.1.1 <${REFUSED}>: Recipient address rejected (see http://relay.example/why?token=${LINK_TOKEN} and https://feeds.example/wire.xml?api_key=${FEED_KEY})`);
      },
      { connection: { url: REDIS_URL } as never, prefix: app.prefix },
    );
  });

  afterAll(async () => {
    await failing?.close();
    await app?.close();
  });

  const board = async (path: string) => {
    const res = await app.get(`/admin/queues/api${path}`, bearer);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("shows a subscription request's address masked, and the job keeps it whole", async () => {
    expect((await app.post('/api/subscribe', { email: READER, topics: ['defence'] })).status).toBe(202);
    const { mail } = app.service.runtime.queues;
    const [job] = await mail.getJobs(['delayed', 'waiting']);
    expect(job?.data).toMatchObject({ kind: 'subscription-request', email: READER });

    for (const shown of [await board(`/queues?activeQueue=${QUEUES.mail}&status=delayed`), await board(`/queues/${QUEUES.mail}/${job!.id}`)]) {
      expect(shown).toContain(job!.id!);
      expect(shown).not.toContain(READER);
      expect(shown).toContain('b***@example.org');
    }
    expect((await mail.getJob(job!.id!))?.data).toMatchObject({ email: READER });
  });

  it("shows a failed digest's error and stack trace without the recipient's address or a URL's credentials", async () => {
    const { digestSend } = app.service.runtime.queues;
    const job = await digestSend.add('send', { subscriberId: 'sub-1', edition: 'daily-2026-11-27', editionLabel: 'Daily briefing' }, { attempts: 1 });
    await waitFor(async () => (await digestSend.getJobState(job.id!)) === 'failed', 'the digest job to fail');
    expect((await digestSend.getJob(job.id!))?.failedReason).toContain(REFUSED);

    for (const shown of [await board(`/queues?activeQueue=${QUEUES.digestSend}&status=failed`), await board(`/queues/${QUEUES.digestSend}/${job.id}`)]) {
      expect(shown).toContain('r***@example.org');
      expect(shown).toContain('Recipient address rejected');
      for (const secret of [REFUSED, LINK_TOKEN, FEED_KEY]) expect(shown).not.toContain(secret);
    }
    const listed = JSON.parse(await board(`/queues?activeQueue=${QUEUES.digestSend}&status=failed`)) as { queues: { name: string; jobs: { id: string; failedReason: string; stacktrace: string[]; data: unknown }[] }[] };
    const shownJob = listed.queues.find((q) => q.name === QUEUES.digestSend)!.jobs.find((j) => j.id === job.id)!;
    expect(shownJob.data).toEqual({ subscriberId: 'sub-1', edition: 'daily-2026-11-27', editionLabel: 'Daily briefing' });
    expect(shownJob.stacktrace.length).toBeGreaterThan(0);
  });
});
