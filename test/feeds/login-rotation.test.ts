import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogin } from '../../src/feeds/credentials.js';
import { createLogger } from '../../src/log.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL, testPrefix } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS, startTestService, type ApiFeed, type TestService } from '../helpers/service.js';

/**
 * A SECRET rotation on a running desk: feeds added with a login under the old SECRET, then the service started
 * again with a new one, as an operator rotates it (README "Security"). Real service, Redis and a feed server that
 * wants Basic authentication.
 */

const OLD_SECRET = 'old-secret-0123456789abcdef0123456789abcdef';
const NEW_SECRET = 'new-secret-fedcba9876543210fedcba9876543210';
const PASSWORD = 'wire-desk-pässword';
const expected = `Basic ${Buffer.from(`desk:${PASSWORD}`, 'utf8').toString('base64')}`;
// One prefix for every service of the file: each start is the same desk with other settings.
const prefix = testPrefix('login-rotation');
const logLines: string[] = [];

let feeds: FeedServer;
let redis: Redis;
let app: TestService | undefined;

beforeAll(async () => {
  feeds = await startFeedServer();
  redis = new Redis(REDIS_URL);
  for (const path of ['/agency.xml', '/paid.xml']) {
    feeds.handle(path, (req, res) => {
      if (req.headers.authorization !== expected) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="wire"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(2, path.slice(1, -4))));
    });
  }
});

afterAll(async () => {
  await app?.close(); // deletes every key under the prefix
  await redis.quit();
  await feeds.close();
});

/** The desk started afresh with these secrets, logging into logLines; the one before stopped, its Redis kept. */
async function restartWith(env: Record<string, string>): Promise<TestService> {
  await app?.service.close();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  app = await startTestService('login-rotation', { WIREBRIEF_PREFIX: prefix, ...env }, ['api'], { log: createLogger('info', 'wirebrief', 'json', sink) });
  return app;
}

async function pollNow(service: TestService, url: string) {
  const res = await service.post('/api/admin/feeds/poll', { url }, ADMIN_HEADERS);
  return (await res.json()) as { feed: ApiFeed; outcome: { status: string; added: number; error: string | null } };
}

const sealedLoginOf = async (feedId: string) => (await redis.hget(`${prefix}:feed:${feedId}`, 'sealedLogin'))!;
const requestsTo = (path: string) => feeds.requests.filter((r) => r.path === path);
const withLogin = (path: string) => feeds.url(path).replace('http://', `http://desk:${encodeURIComponent(PASSWORD)}@`);

describe('feed logins across a SECRET rotation', () => {
  let agency: ApiFeed;
  let paid: ApiFeed;

  it('polls feeds added with a login under the old SECRET', async () => {
    const desk = await restartWith({ SECRET: OLD_SECRET });
    agency = (await pollNow(desk, withLogin('/agency.xml'))).feed;
    paid = (await pollNow(desk, withLogin('/paid.xml'))).feed;
    expect(requestsTo('/agency.xml').map((r) => r.headers.authorization)).toEqual([expected]);
    expect(openLogin(OLD_SECRET, await sealedLoginOf(agency.id), agency.id)).toMatchObject({ username: 'desk', password: PASSWORD });
  });

  it('without the old value in SECRET_PREVIOUS, fails with an error asking for the login, and sends nothing', async () => {
    const desk = await restartWith({ SECRET: NEW_SECRET });
    const before = requestsTo('/paid.xml').length;
    const { outcome } = await pollNow(desk, feeds.url('/paid.xml'));
    expect(outcome.status).toBe('error');
    expect(outcome.error).toMatch(/^the feed’s login can no longer be read \(SECRET has changed since it was added and its old value is not in SECRET_PREVIOUS/);
    const { feeds: listed } = (await (await desk.get('/api/admin/feeds', ADMIN_HEADERS)).json()) as { feeds: ApiFeed[] };
    expect(listed.find((f) => f.id === paid.id)!.lastError).toBe(outcome.error);
    expect(requestsTo('/paid.xml')).toHaveLength(before);
  });

  it('with the old value in SECRET_PREVIOUS, still polls with the login, and seals it again with the new SECRET', async () => {
    const desk = await restartWith({ SECRET: NEW_SECRET, SECRET_PREVIOUS: `${'x'.repeat(40)},${OLD_SECRET}` });
    const sealedBefore = await sealedLoginOf(agency.id);
    const { outcome } = await pollNow(desk, feeds.url('/agency.xml'));
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(requestsTo('/agency.xml').at(-1)!.headers.authorization).toBe(expected);

    const resealed = await sealedLoginOf(agency.id);
    expect(resealed).not.toBe(sealedBefore);
    expect(openLogin(NEW_SECRET, resealed, agency.id)).toEqual({ username: 'desk', password: PASSWORD, origin: new URL(feeds.base).origin });
    expect(openLogin(OLD_SECRET, resealed, agency.id)).toBeNull();
    // The feed that failed without it, given again with the login it has: the same login, not a new one; it polls again.
    const again = (await (await desk.post('/api/admin/feeds', { url: withLogin('/paid.xml') }, ADMIN_HEADERS)).json()) as { loginChanged: boolean };
    expect(again.loginChanged).toBe(false);
    expect((await pollNow(desk, feeds.url('/paid.xml'))).outcome).toMatchObject({ status: 'ok', error: null });
  });

  it('keeps polling once the old value is dropped from SECRET_PREVIOUS', async () => {
    const desk = await restartWith({ SECRET: NEW_SECRET });
    expect((await pollNow(desk, feeds.url('/agency.xml'))).outcome).toMatchObject({ status: 'ok', error: null });
    expect((await pollNow(desk, feeds.url('/paid.xml'))).outcome).toMatchObject({ status: 'ok', error: null });
    expect(requestsTo('/agency.xml').at(-1)!.headers.authorization).toBe(expected);
  });

  it('logs each sealing again, and never a secret or the login', () => {
    expect(logLines.length).toBeGreaterThan(0);
    // Once, for the feed a poll sealed again (the other was sealed again by being given its login).
    const resealed = logLines.filter((l) => l.includes('sealed again with the current SECRET')).map((l) => (JSON.parse(l) as { feedId: string }).feedId);
    expect(resealed).toEqual([agency.id]);
    const leaks = [OLD_SECRET, NEW_SECRET, PASSWORD, encodeURIComponent(PASSWORD), expected.slice('Basic '.length)];
    expect(logLines.filter((l) => leaks.some((leak) => l.includes(leak)))).toEqual([]);
  });
});
