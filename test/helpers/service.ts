import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Logger } from '../../src/log.js';
import { startService, type Role, type Service } from '../../src/service.js';
import { freePort, startFeedServer, type FeedServer } from './feed-server.js';
import { deletePrefix, REDIS_URL, testConfig } from './redis.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const ADMIN_HEADERS = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

export interface TestService {
  service: Service;
  /** Base URL of the HTTP server; links in mails point here too. */
  base: string;
  prefix: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Stops the service and deletes every Redis key under its prefix. */
  close(): Promise<void>;
}

/**
 * The real service, in-process, on its own Redis prefix and a free port whose
 * URL is also PUBLIC_URL, so links in captured mails can be followed as they are.
 */
export async function startTestService(name: string, env: Record<string, string> = {}, roles: Role[] = ['api', 'worker', 'scheduler'], opts: { log?: Logger; now?: () => number } = {}): Promise<TestService> {
  const port = await freePort();
  const config = testConfig(name, { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const service = await startService(config, roles, { ...(opts.log ? { log: opts.log } : {}), ...(opts.now ? { now: opts.now } : {}) });
  const base = `http://127.0.0.1:${port}`;
  return {
    service,
    base,
    prefix: config.prefix,
    get: (path, headers = {}) => fetch(`${base}${path}`, { headers }),
    post: (path, body, headers = { 'content-type': 'application/json' }) =>
      fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    async close() {
      await service.close();
      const redis = new Redis(REDIS_URL);
      await deletePrefix(redis, config.prefix);
      await redis.quit();
    },
  };
}

/** A feed as `GET /api/admin/feeds` lists it (the fields the tests read). */
export interface ApiFeed {
  id: string;
  url: string;
  title: string | null;
  status: string;
  lastError: string | null;
  lastSuccessAt: string | null;
  nextPollAt: string | null;
  lastPollAt: string | null;
  errors: number;
  etag: string | null;
  lastModified: string | null;
  intervalMinutes: number;
  copyOf: string | null;
}

/** A story as `GET /api/stories` gives it (the fields the feed sweeps read). */
/** A story as GET /api/stories gives it (the fields the tests read). */
export interface ApiStory {
  id: string;
  title: string;
  /** null for a story with no page of its own. */
  link: string | null;
  published: string;
  seenAt: string;
  author: string | null;
  image: string | null;
  text: string;
  source: string;
  sources: string[];
  feed: string;
  cluster: string;
  topics: { id: string; score: number }[];
}

/**
 * A feed the sweeps' outside checks serve: `body` at `path` of the feed server, polled by POST /api/admin/feeds/poll
 * (which adds it when it is new) over real HTTP; the poll must succeed. Its stories as GET /api/stories?feed= gives
 * them, and its entry in GET /api/admin/feeds.
 */
export async function pollThroughAdmin(app: TestService, feeds: FeedServer, path: string, body: string | Buffer, contentType: string) {
  feeds.serve(path, body, { contentType });
  const polled = (await (await app.post('/api/admin/feeds/poll', { url: feeds.url(path) }, ADMIN_HEADERS)).json()) as { feed: ApiFeed; outcome: { status: string; error: string | null } };
  expect(polled.outcome).toMatchObject({ status: 'ok', error: null });
  const { stories } = (await (await app.get(`/api/stories?feed=${encodeURIComponent(feeds.url(path))}`)).json()) as { stories: ApiStory[] };
  const { feeds: listed } = (await (await app.get('/api/admin/feeds', ADMIN_HEADERS)).json()) as { feeds: ApiFeed[] };
  return { stories, feed: listed.find((f) => f.id === polled.feed.id) };
}

/** A feed as GET /api/admin/feeds lists it, with its last warning. */
export type ListedFeed = ApiFeed & { lastWarning: string | null };

/**
 * Polls the feed at `path` of the feed server through POST /api/admin/feeds/poll (which adds it when it is new), whatever the
 * outcome: the poll's outcome, the feed as GET /api/admin/feeds lists it, and its stories as GET /api/stories?feed= gives them.
 */
export async function pollAtThroughAdmin(app: TestService, feeds: FeedServer, path: string) {
  const url = feeds.url(path);
  const polled = (await (await app.post('/api/admin/feeds/poll', { url }, ADMIN_HEADERS)).json()) as { feed: ApiFeed; outcome: { status: string; error: string | null; warning?: string | null } };
  const { feeds: listed } = (await (await app.get('/api/admin/feeds', ADMIN_HEADERS)).json()) as { feeds: ListedFeed[] };
  const { stories } = (await (await app.get(`/api/stories?feed=${encodeURIComponent(url)}`)).json()) as { stories: ApiStory[] };
  return { outcome: polled.outcome, feed: listed.find((f) => f.id === polled.feed.id)!, stories };
}

/**
 * What every sweep's outside-check file sets up: the service's API alone on its own prefix (`name`) and a feed server,
 * both started in beforeAll and closed in afterAll. `now`, when given, is the service's clock (a poll's fetch time): a
 * sweep that reads dates relative to the fetch fixes it, so that no midnight on the feed's clock falls between the test's
 * reckoning and the poll.
 */
export function apiSweep(name: string, opts: { now?: () => number } = {}) {
  let app: TestService | undefined;
  let feeds: FeedServer | undefined;
  beforeAll(async () => {
    feeds = await startFeedServer();
    app = await startTestService(name, {}, ['api'], opts);
  });
  afterAll(async () => {
    await app?.close();
    await feeds?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (!x) throw new Error('the service and feed server start in beforeAll: use them inside a test');
    return x;
  };
  return {
    get app(): TestService {
      return started(app);
    },
    get feeds(): FeedServer {
      return started(feeds);
    },
  };
}
