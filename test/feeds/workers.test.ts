import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unscheduleFeed } from '../../jobs/schedules.js';
import { getFeed, listFeeds, removeFeed } from '../../src/feeds/store.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type TestService } from '../helpers/service.js';
import { waitFor } from '../helpers/wait.js';

/** Feeds polled by the real BullMQ workers and job schedulers of a running service. */
let app: TestService;
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
  app = await startTestService('feeds-workers');
});
afterAll(async () => {
  await app?.close();
  await server?.close();
});

const addFeed = (path: string) => app.post('/api/admin/feeds', { url: server.url(path) }, admin);
const feedByPath = async (path: string) => (await listFeeds(app.service.runtime.ctx)).find((f) => f.url === server.url(path));

describe('feed polling on the queue', () => {
  it('reports a truncated feed as a readable error and polls the next feed in the queue normally', async () => {
    const whole = rss(items(4, 'Queue'));
    server.handle('/cut.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(whole.slice(0, whole.indexOf('Queue 2'))));
    server.serve('/fine.xml', rss(items(3, 'Fine')));
    expect((await addFeed('/cut.xml')).status).toBe(201);
    expect((await addFeed('/fine.xml')).status).toBe(201);
    const cut = await waitFor(async () => ((await feedByPath('/cut.xml'))?.lastPollAt ? feedByPath('/cut.xml') : null), 'the truncated feed to be polled');
    const fine = await waitFor(async () => ((await feedByPath('/fine.xml'))?.lastSuccessAt ? feedByPath('/fine.xml') : null), 'the next feed to be polled');
    // One complete item came before the cut: it is kept, and the feed says what was wrong.
    expect(cut).toMatchObject({ status: 'ok', lastError: null });
    expect(cut!.lastWarning).toMatch(/^read leniently: not well-formed XML .*; the document ends inside <rss> <channel> <item> <title>; 1 incomplete item\(s\) skipped$/);
    expect(fine).toMatchObject({ status: 'ok', errors: 0, lastError: null });
    const listed = (await (await app.get(`/api/stories?feed=${encodeURIComponent(server.url('/fine.xml'))}`)).json()) as { stories: { title: string }[] };
    expect(listed.stories.map((s) => s.title).sort()).toEqual(['Fine 1', 'Fine 2', 'Fine 3']);

    // Cut inside its first item, nothing is usable: a readable error, and the worker carries on.
    server.handle('/cut-first.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(whole.slice(0, whole.indexOf('Queue 1') + 2)));
    server.serve('/after.xml', rss(items(2, 'After')));
    await addFeed('/cut-first.xml');
    await addFeed('/after.xml');
    const broken = await waitFor(async () => ((await feedByPath('/cut-first.xml'))?.lastError ? feedByPath('/cut-first.xml') : null), 'the broken feed to fail');
    expect(broken).toMatchObject({ status: 'backing-off', errors: 1 });
    expect(broken!.lastError).toMatch(/^the feed is cut off: the document ends inside <rss> <channel> <item> <title> and its only item is incomplete/);
    await waitFor(async () => (await feedByPath('/after.xml'))?.lastSuccessAt, 'the feed after it to be polled');
  });

  it('never sends more than two requests at a time to one host, across all workers', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = (path: string) =>
      server.handle(path, (_req, res: ServerResponse) => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(1, path.slice(1, -4))));
        }, 400);
      });
    const paths = ['/slow-a.xml', '/slow-b.xml', '/slow-c.xml', '/slow-d.xml', '/slow-e.xml'];
    for (const p of paths) slow(p);
    await Promise.all(paths.map((p) => addFeed(p)));
    await waitFor(async () => {
      const all = await Promise.all(paths.map(feedByPath));
      return all.every((f) => f?.lastSuccessAt);
    }, 'all five feeds of one host to be polled', 30_000);
    expect(most).toBe(2);
  });

  it('skips scheduled ticks that come before a feed is due, and unschedules a disabled one', async () => {
    server.handle('/gone.xml', (_req, res) => void res.writeHead(410).end());
    await addFeed('/gone.xml');
    const gone = await waitFor(async () => ((await feedByPath('/gone.xml'))?.status === 'disabled' ? feedByPath('/gone.xml') : null), 'the 410 feed to be disabled');
    const { queues } = app.service.runtime;
    await waitFor(async () => !(await queues.feedPoll.getJobScheduler(`feed-${gone!.id}`)), 'its scheduler to go');
    expect(gone!.lastError).toBe('HTTP 410 Gone: the publisher has removed this feed');

    // A forced poll job still runs for a feed that is not due; a scheduled tick does not.
    server.serve('/later.xml', rss(items(1, 'Later')));
    await addFeed('/later.xml');
    const later = await waitFor(async () => ((await feedByPath('/later.xml'))?.lastSuccessAt ? feedByPath('/later.xml') : null), 'the feed to be polled');
    const tick = await queues.feedPoll.add('poll', { feedId: later!.id });
    const skipped = await waitFor(async () => (await queues.feedPoll.getJob(tick.id!))?.returnvalue, 'the tick to finish');
    expect(skipped).toEqual({ feedId: later!.id, skipped: 'not-due', nextPollAt: later!.nextPollAt });
    const forced = await queues.feedPoll.add('poll', { feedId: later!.id, force: true });
    const polled = await waitFor(async () => (await queues.feedPoll.getJob(forced.id!))?.returnvalue, 'the forced poll to finish');
    expect(polled).toMatchObject({ feedId: later!.id, status: 'not-modified' });

    // Removing a feed: its record and its schedule go, without a restart.
    expect(await removeFeed(app.service.runtime.ctx, later!.id)).toBe(true);
    await unscheduleFeed(queues, later!.id);
    expect(await getFeed(app.service.runtime.ctx, later!.id)).toBeNull();
    expect(await queues.feedPoll.getJobScheduler(`feed-${later!.id}`)).toBeUndefined();
  });
});
