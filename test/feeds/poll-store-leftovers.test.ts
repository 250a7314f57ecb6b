import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withHostSlot } from '../../src/feeds/hosts.js';
import { expireStories, retentionMs } from '../../src/stories/retention.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL } from '../helpers/redis.js';
import { items, rss, type TestItem } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiFeed, type ApiStory, type TestService } from '../helpers/service.js';

/**
 * Leftovers of feed polling, the story store and the public contract, each seen from outside: a real service (its
 * admin and public API), a real local feed server, real Redis.
 */


const TIMEOUT_SECONDS = 2;
let app: TestService;
let feeds: FeedServer;
/** A second publisher's server: another host (its port differs) with slots of its own. */
let other: FeedServer;
let redis: Redis;
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const poll = async (url: string) => json<{ feed: ApiFeed; outcome: { status: string; added: number; error: string | null } }>(await app.post('/api/admin/feeds/poll', { url }, admin));
const storiesOf = async (url: string) => (await json<{ stories: ApiStory[] }>(await app.get(`/api/stories?limit=500&feed=${encodeURIComponent(url)}`))).stories;
const allStories = async () => (await json<{ stories: ApiStory[] }>(await app.get('/api/stories?limit=500'))).stories;
const feedList = async () => (await json<{ feeds: ApiFeed[] }>(await app.get('/api/admin/feeds', { authorization: admin.authorization }))).feeds;

beforeAll(async () => {
  feeds = await startFeedServer();
  other = await startFeedServer();
  redis = new Redis(REDIS_URL);
  app = await startTestService('poll-store-leftovers', { FEED_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS), FEED_HOST_CONCURRENCY: '2' }, ['api']);
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
  await other?.close();
  await redis?.quit();
});

describe('a story whose record was deleted by hand while its entry is unchanged', () => {
  it('is stored again on the next poll that reads the feed, once, and an expired or removed story is not', async () => {
    const url = feeds.url('/lost.xml');
    const first = items(4, 'Lost');
    feeds.serve('/lost.xml', rss(first, { title: 'Lost Desk' }));
    expect((await poll(url)).outcome).toMatchObject({ status: 'ok', added: 4 });
    const stored = await storiesOf(url);
    const lost = stored.find((s) => s.title === 'Lost 1')!;
    const removed = stored.find((s) => s.title === 'Lost 2')!;
    // An operator's raw DEL (or a partial restore): the record goes, every index naming it stays.
    expect(await redis.del(`${app.prefix}:story:${lost.id}`)).toBe(1);
    // Removed through the admin API: that one must stay away while its entry is unchanged.
    expect((await fetch(`${app.base}/api/admin/stories/${removed.id}`, { method: 'DELETE', headers: { authorization: admin.authorization } })).status).toBe(200);
    expect((await storiesOf(url)).map((s) => s.title).sort()).toEqual(['Lost 3', 'Lost 4']);

    // The document changes (a new entry); the deleted story's entry is the same as before.
    feeds.serve('/lost.xml', rss([...first, ...items(1, 'Later')], { title: 'Lost Desk' }));
    expect((await poll(url)).outcome).toMatchObject({ status: 'ok', added: 2 });
    const after = await storiesOf(url);
    expect(after.map((s) => s.title).sort()).toEqual(['Later 1', 'Lost 1', 'Lost 3', 'Lost 4']);
    // The same story, first seen when it first was: no digest takes it for news again.
    expect(after.find((s) => s.title === 'Lost 1')).toMatchObject({ id: lost.id, seenAt: lost.seenAt });
    expect((await allStories()).filter((s) => s.title === 'Lost 1')).toHaveLength(1);

    // Polled again: nothing new, nothing doubled.
    feeds.serve('/lost.xml', rss([...first, ...items(2, 'Later')], { title: 'Lost Desk' }));
    expect((await poll(url)).outcome).toMatchObject({ status: 'ok', added: 1 });
    expect((await allStories()).filter((s) => s.title.startsWith('Lost'))).toHaveLength(3);

    // Expired (a retention sweep past their time): entries still in the feed are tombstones and stay away.
    const ctx = app.service.runtime.ctx;
    await expireStories(ctx, Date.now() + retentionMs(ctx) + 60_000);
    expect(await storiesOf(url)).toEqual([]);
    feeds.serve('/lost.xml', rss([...first, ...items(3, 'Later')], { title: 'Lost Desk' }));
    expect((await poll(url)).outcome).toMatchObject({ status: 'ok', added: 1 });
    expect((await storiesOf(url)).map((s) => s.title)).toEqual(['Later 3']);
  });
});

describe('GET /api/stories cursors', () => {
  it('takes a cursor of the earlier form (time and count) and goes on where it stood', async () => {
    const url = feeds.url('/paged.xml');
    // One publication time for all: the earlier cursor counted the stories of a time already given.
    feeds.serve('/paged.xml', rss(items(5, 'Paged'), { title: 'Paged Desk' }));
    expect((await poll(url)).outcome).toMatchObject({ status: 'ok', added: 5 });
    const feed = encodeURIComponent(url);
    const page1 = await json<{ stories: (ApiStory & { published: string })[]; next: string }>(await app.get(`/api/stories?feed=${feed}&limit=2`));
    const page2 = await json<{ stories: ApiStory[] }>(await app.get(`/api/stories?feed=${feed}&limit=2&cursor=${page1.next}`));
    const earlier = Buffer.from(`${Date.parse(page1.stories[1]!.published)}:2`).toString('base64url');
    const res = await app.get(`/api/stories?feed=${feed}&limit=2&cursor=${earlier}`);
    expect(res.status).toBe(200);
    expect((await json<{ stories: ApiStory[] }>(res)).stories.map((s) => s.id)).toEqual(page2.stories.map((s) => s.id));
    // One that was never given out still answers 400, saying to start again.
    const made = await app.get(`/api/stories?feed=${feed}&cursor=${Buffer.from('soon:never').toString('base64url')}`);
    expect(made.status).toBe(400);
    expect((await json<{ error: string }>(made)).error).toMatch(/start again from the first page/);
  });
});

describe('a feed removed through the admin API', () => {
  const shared = (title: string): TestItem => ({
    title: 'Port strike enters its third day as talks stall',
    guid: `${title}-strike`,
    link: 'https://wire.example/port-strike',
    description: 'Dock workers at the port stayed out for a third day on Friday as talks between the union and the port authority stalled over pay and shift patterns.',
    pubDate: 'Fri, 27 Feb 2026 09:00:00 +0000',
  });

  it('leaves the stories another feed carries to that feed: its URL as their feed, its outlet as their source', async () => {
    const alpha = feeds.url('/alpha.xml');
    const beta = feeds.url('/beta.xml');
    feeds.serve('/alpha.xml', rss([shared('alpha'), ...items(1, 'Alpha')], { title: 'Alpha Wire' }));
    feeds.serve('/beta.xml', rss([shared('beta'), ...items(1, 'Beta')], { title: 'Beta Post' }));
    expect((await poll(alpha)).outcome).toMatchObject({ status: 'ok', added: 2 });
    expect((await poll(beta)).outcome).toMatchObject({ status: 'ok', added: 1 });
    const before = (await storiesOf(beta)).find((s) => s.title.startsWith('Port strike'))!;
    expect((await allStories()).find((s) => s.id === before.id)).toMatchObject({ feed: alpha, source: 'Alpha Wire', sources: ['Alpha Wire', 'Beta Post'] });

    const id = (await feedList()).find((f) => f.url === alpha)!.id;
    const res = await fetch(`${app.base}/api/admin/feeds/${id}`, { method: 'DELETE', headers: { authorization: admin.authorization } });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ removed: { id, url: alpha } });
    expect((await feedList()).map((f) => f.url)).not.toContain(alpha);

    const story = (await allStories()).find((s) => s.id === before.id);
    expect(story).toMatchObject({ feed: beta, source: 'Beta Post', sources: ['Beta Post'] });
    // The removed feed's own story stays, as it was, until retention takes it.
    expect((await allStories()).find((s) => s.title === 'Alpha 1')).toMatchObject({ feed: alpha, source: 'Alpha Wire', sources: ['Alpha Wire'] });
    expect((await storiesOf(beta)).map((s) => s.title).sort()).toEqual(['Beta 1', 'Port strike enters its third day as talks stall']);
    // Polled again, the story stays one, Beta's.
    feeds.serve('/beta.xml', rss([shared('beta'), ...items(2, 'Beta')], { title: 'Beta Post' }));
    expect((await poll(beta)).outcome).toMatchObject({ status: 'ok', added: 1 });
    expect((await allStories()).filter((s) => s.title.startsWith('Port strike'))).toMatchObject([{ id: before.id, feed: beta, sources: ['Beta Post'] }]);
  });

  it('answers 404 for a feed id it does not know and 400 for no id', async () => {
    const res = await fetch(`${app.base}/api/admin/feeds/0123456789ab`, { method: 'DELETE', headers: { authorization: admin.authorization } });
    expect(res.status).toBe(404);
    expect((await json<{ error: string }>(res)).error).toMatch(/no feed 0123456789ab/);
    expect((await fetch(`${app.base}/api/admin/feeds/nope`, { method: 'DELETE', headers: { authorization: admin.authorization } })).status).toBe(400);
  });
});

describe('the time a request may take', () => {
  it('runs while the request runs, not while a redirect waits for a busy host’s slot', async () => {
    other.serve('/moved-here.xml', rss(items(1, 'Redirected'), { title: 'Redirected Desk' }));
    feeds.handle('/redirecting.xml', (_req, res) => res.writeHead(302, { location: other.url('/moved-here.xml') }).end());
    // Two requests of another worker (a connection of its own) hold the other host's slots for longer than the timeout.
    const ctx = app.service.runtime.ctx;
    const worker = { ...ctx, redis: new Redis(REDIS_URL) };
    let held = 0;
    const hold = () =>
      withHostSlot(worker, other.url('/'), { leaseMs: 10_000, waitMs: 1_000 }, async () => {
        held++;
        await new Promise((r) => setTimeout(r, TIMEOUT_SECONDS * 1000 + 1_200));
      });
    const holding = Promise.all([hold(), hold()]);
    try {
      while (held < 2) await new Promise((r) => setTimeout(r, 20));
      const started = Date.now();
      const { outcome } = await poll(feeds.url('/redirecting.xml'));
      expect(Date.now() - started).toBeGreaterThan(TIMEOUT_SECONDS * 1000);
      expect(outcome).toMatchObject({ status: 'ok', added: 1, error: null });
    } finally {
      await holding;
      await worker.redis.quit();
    }
  });
});

describe('lastError in words', () => {
  it('names the scheme and realm of a 401’s challenge, and no credentials', async () => {
    feeds.handle('/members.xml', (_req, res) => res.writeHead(401, { 'www-authenticate': 'Basic realm="Members Wire", charset="UTF-8"', 'content-type': 'text/plain' }).end('Unauthorized'));
    const { outcome, feed } = await poll(feeds.url('/members.xml'));
    expect(outcome.status).toBe('error');
    expect(feed.lastError).toMatch(/HTTP 401/);
    expect(feed.lastError).toContain('Basic login for the realm "Members Wire"');
    const secret = await poll(feeds.url('/members.xml').replace('http://', 'http://desk:hunter22@'));
    expect(secret.feed.lastError).toContain('"Members Wire"');
    expect(secret.feed.lastError).not.toMatch(/hunter22|desk:/);
    // Basic offered after another scheme is the one a login in the URL answers; a quoted realm's escapes are read.
    feeds.handle('/either.xml', (_req, res) => res.writeHead(401, { 'www-authenticate': 'Bearer realm="api", error="invalid_token", Basic realm="Night \\"desk\\" wire"' }).end());
    expect((await poll(feeds.url('/either.xml'))).feed.lastError).toBe('HTTP 401 Unauthorized: the feed wants a Basic login for the realm "Night "desk" wire": add it as https://user:password@…');
  });

  it('says a port the fetch standard blocks is blocked, and which one: when a feed redirects there, and when one is added there', async () => {
    feeds.handle('/to-x11.xml', (_req, res) => res.writeHead(301, { location: 'http://127.0.0.1:6000/feed.xml' }).end());
    const { feed } = await poll(feeds.url('/to-x11.xml'));
    expect(feed.lastError).toMatch(/port 6000 .*blocked by the fetch standard/);
    // A permanent redirect there is not taken as the feed's new address: no poll could fetch it.
    expect(feed.url).toBe(feeds.url('/to-x11.xml'));
    for (const port of [6666, 10080]) {
      const res = await app.post('/api/admin/feeds', { url: `http://127.0.0.1:${port}/rss.xml` }, admin);
      expect(res.status).toBe(400);
      expect((await json<{ error: string }>(res)).error).toMatch(new RegExp(`port ${port} .*blocked by the fetch standard`));
    }
  });
});

describe('retention after story records were lost outside wirebrief', () => {
  it('expires the stories it has, however many lost ones are older', async () => {
    const many = feeds.url('/many.xml');
    feeds.serve('/many.xml', rss(items(500, 'Bulk'), { title: 'Bulk Desk' }));
    expect((await poll(many)).outcome).toMatchObject({ status: 'ok', added: 500 });
    const ids = (await storiesOf(many)).map((s) => s.id);
    expect(ids).toHaveLength(500);
    // A sweep's whole batch of records lost at once (a restore that missed them): older than anything else stored.
    expect(await redis.del(...ids.map((id) => `${app.prefix}:story:${id}`))).toBe(500);
    await new Promise((r) => setTimeout(r, 5));
    const late = feeds.url('/late.xml');
    feeds.serve('/late.xml', rss(items(1, 'Late'), { title: 'Late Desk' }));
    expect((await poll(late)).outcome).toMatchObject({ status: 'ok', added: 1 });
    // What is stored: the records still there of the stories listed by first-seen time.
    const bySeen = await redis.zrange(`${app.prefix}:stories:seen:all`, '0', '-1');
    const stored = (await Promise.all(bySeen.map((id) => redis.exists(`${app.prefix}:story:${id}`)))).filter(Boolean).length;
    expect(stored).toBeGreaterThan(1);

    const ctx = app.service.runtime.ctx;
    const swept = await expireStories(ctx, Date.now() + retentionMs(ctx) + 60_000);
    expect(swept.expired).toBe(stored);
    expect(await allStories()).toEqual([]);
  });
});
