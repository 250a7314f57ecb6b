import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiFeed, type TestService } from '../helpers/service.js';

/** Pausing and resuming a feed through the admin API, as `wirebrief feeds pause|resume` do, over real HTTP and Redis. */

let app: TestService;
let feeds: FeedServer;
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const pollNow = async (url: string) => json<{ feed: ApiFeed }>(await app.post('/api/admin/feeds/poll', { url }, admin));
const scheduler = (id: string) => app.service.runtime.queues.feedPoll.getJobScheduler(`feed-${id}`);

beforeAll(async () => {
  feeds = await startFeedServer();
  // The API role alone: no worker polls behind the test's back, so each state seen is the route's own.
  app = await startTestService('http-feed-states', {}, ['api']);
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
});

describe('POST /api/admin/feeds/:id/pause and /resume', () => {
  it('pauses a feed with a reason (no schedule, no next poll) and resumes it at once with its errors forgotten', async () => {
    feeds.serve('/desk.xml', rss(items(2, 'Desk')));
    const { feed } = await pollNow(feeds.url('/desk.xml'));
    expect(feed.status).toBe('ok');
    expect(await scheduler(feed.id)).toBeTruthy();

    const paused = await app.post(`/api/admin/feeds/${feed.id}/pause`, { reason: 'publisher asked us to stop' }, admin);
    expect(paused.status).toBe(200);
    const { feed: p } = await json<{ feed: ApiFeed }>(paused);
    expect(p).toMatchObject({ id: feed.id, status: 'disabled', lastError: 'publisher asked us to stop', nextPollAt: null });
    expect(await scheduler(feed.id)).toBeFalsy();
    const listed = (await json<{ feeds: ApiFeed[] }>(await app.get('/api/admin/feeds', admin))).feeds.find((f) => f.id === feed.id)!;
    expect(listed).toMatchObject({ status: 'disabled', lastError: 'publisher asked us to stop' });

    const resumed = await app.post(`/api/admin/feeds/${feed.id}/resume`, {}, admin);
    expect(resumed.status).toBe(200);
    const { feed: r } = await json<{ feed: ApiFeed }>(resumed);
    expect(r).toMatchObject({ status: 'ok', lastError: null, errors: 0 });
    expect(r.nextPollAt).not.toBeNull();
    expect(await scheduler(feed.id)).toBeTruthy();
  });

  it('brings back a feed a 410 disabled once its publisher serves it again', async () => {
    let gone = true;
    feeds.handle('/moved-back.xml', (_req, res) => {
      if (gone) return void res.writeHead(410).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(3, 'Back')));
    });
    const { feed } = await pollNow(feeds.url('/moved-back.xml'));
    expect(feed.status).toBe('disabled');
    expect(feed.lastError).toMatch(/410/);
    gone = false;
    const { feed: r } = await json<{ feed: ApiFeed }>(await app.post(`/api/admin/feeds/${feed.id}/resume`, {}, admin));
    expect(r).toMatchObject({ status: 'ok', errors: 0, lastError: null });
    const { feed: polled } = await pollNow(feeds.url('/moved-back.xml'));
    expect(polled).toMatchObject({ status: 'ok', errors: 0 });
    expect(polled.lastSuccessAt).not.toBeNull();
  });

  it('pauses without a body under the default reason, and refuses unknown ids, bad ids and bad reasons readably', async () => {
    feeds.serve('/plain.xml', rss(items(1, 'Plain')));
    const { feed } = await pollNow(feeds.url('/plain.xml'));
    const bare = await fetch(`${app.base}/api/admin/feeds/${feed.id}/pause`, { method: 'POST', headers: { authorization: admin.authorization } });
    expect(bare.status).toBe(200);
    expect((await json<{ feed: ApiFeed }>(bare)).feed.lastError).toBe('paused by operator');

    for (const route of ['pause', 'resume']) {
      const unknown = await app.post(`/api/admin/feeds/0123456789ab/${route}`, {}, admin);
      expect(unknown.status).toBe(404);
      expect((await json<{ error: string }>(unknown)).error).toMatch(/no feed 0123456789ab/);
      const bad = await app.post(`/api/admin/feeds/not-an-id/${route}`, {}, admin);
      expect(bad.status).toBe(400);
      expect((await json<{ error: string }>(bad)).error).toMatch(/12 hex digits/);
      const anonymous = await app.post(`/api/admin/feeds/${feed.id}/${route}`, {});
      expect(anonymous.status).toBe(401);
    }
    for (const reason of ['', 'x'.repeat(201), 42]) {
      const refused = await app.post(`/api/admin/feeds/${feed.id}/pause`, { reason }, admin);
      expect(refused.status).toBe(400);
      expect((await json<{ error: string }>(refused)).error).toMatch(/reason/);
    }
  });
});
