import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_FAILURES_ALLOWED } from '../../src/http/auth.js';
import { ADMIN_TOKEN, startTestService, type TestService } from '../helpers/service.js';

const WEBHOOK_TOKEN = 'admin-auth-webhook-token-0123';
const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
const basic = (password: string) => ({ authorization: `Basic ${Buffer.from(`ops:${password}`).toString('base64')}`, 'content-type': 'application/json' });

/** Every admin route and page of the api role, with a body that would be accepted with the token. */
const ADMIN_ROUTES: { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/admin' },
  { method: 'GET', path: '/admin/queues' },
  { method: 'GET', path: '/admin/queues/api/queues' },
  { method: 'GET', path: '/api/admin/feeds' },
  { method: 'POST', path: '/api/admin/feeds', body: { url: 'http://127.0.0.1:9/rss.xml' } },
  { method: 'DELETE', path: '/api/admin/feeds/0123456789ab' },
  { method: 'POST', path: '/api/admin/feeds/poll', body: { url: 'http://127.0.0.1:9/rss.xml' } },
  { method: 'POST', path: '/api/admin/feeds/try', body: { url: 'http://127.0.0.1:9/rss.xml' } },
  { method: 'GET', path: '/api/admin/feeds/opml' },
  { method: 'POST', path: '/api/admin/feeds/opml', body: { opml: '<opml/>' } },
  { method: 'DELETE', path: '/api/admin/stories/0123456789abcdef' },
  { method: 'GET', path: '/api/admin/status' },
  { method: 'POST', path: '/api/admin/digests/run', body: {} },
];

/**
 * The admin face as an attacker meets it: every route refuses without the
 * token, with a wrong or an empty one, and guessing is cut off after a few
 * failures from one client.
 */
describe('admin authentication', () => {
  let app: TestService;

  beforeAll(async () => {
    app = await startTestService('admin-auth', { BOUNCE_WEBHOOK_TOKEN: WEBHOOK_TOKEN }, ['api']);
  });

  afterAll(async () => {
    await app?.close();
  });

  const call = (route: (typeof ADMIN_ROUTES)[number], headers: Record<string, string>) =>
    fetch(`${app.base}${route.path}`, { method: route.method, headers, body: route.body === undefined ? undefined : JSON.stringify(route.body) });

  async function clearFailures(): Promise<void> {
    const keys = await app.service.runtime.ctx.redis.keys(`${app.prefix}*-auth*`);
    if (keys.length) await app.service.runtime.ctx.redis.del(...keys);
  }

  it('refuses every admin route without credentials, with a wrong token and with an empty one', async () => {
    const wrong = ADMIN_TOKEN.slice(0, -1) + (ADMIN_TOKEN.endsWith('0') ? '1' : '0');
    const attempts: [string, Record<string, string>][] = [
      ['none', { 'content-type': 'application/json' }],
      ['wrong bearer', bearer(wrong)],
      ['wrong basic', basic(wrong)],
      ['empty basic', basic('')],
      ['empty bearer', { authorization: 'Bearer ', 'content-type': 'application/json' }],
      ['token as user name', { authorization: `Basic ${Buffer.from(`${ADMIN_TOKEN}:`).toString('base64')}`, 'content-type': 'application/json' }],
      ['longer token', bearer(`${ADMIN_TOKEN}x`)],
    ];
    for (const route of ADMIN_ROUTES) {
      for (const [label, headers] of attempts) {
        await clearFailures();
        const res = await call(route, headers);
        expect(res.status, `${route.method} ${route.path} (${label})`).toBe(401);
      }
      await clearFailures();
      expect((await call(route, bearer(ADMIN_TOKEN))).status, `${route.method} ${route.path} with the token`).not.toBe(401);
    }
  });

  it('stops answering a client that keeps guessing, even with the right token, and says when to come back', async () => {
    await clearFailures();
    const route = ADMIN_ROUTES.find((r) => r.path === '/api/admin/status')!;
    for (let i = 0; i < ADMIN_FAILURES_ALLOWED; i++) expect((await call(route, bearer(`guess-${i}`))).status).toBe(401);
    const locked = await call(route, bearer('guess-next'));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // A guess that happens to be right teaches nothing while the client is locked out.
    expect((await call(route, bearer(ADMIN_TOKEN))).status).toBe(429);
    expect((await call(ADMIN_ROUTES[0]!, basic(ADMIN_TOKEN))).status).toBe(429);
    await clearFailures();
    expect((await call(route, bearer(ADMIN_TOKEN))).status).toBe(200);
  });

  it('stops answering a client that keeps guessing the bounce webhook token too', async () => {
    await clearFailures();
    const bounce = (token: string) => app.post('/api/webhooks/bounce', { email: 'nobody@example.org', type: 'bounce' }, bearer(token));
    for (let i = 0; i < ADMIN_FAILURES_ALLOWED; i++) expect((await bounce(`guess-${i}`)).status).toBe(401);
    const locked = await bounce(WEBHOOK_TOKEN);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    await clearFailures();
    expect((await bounce(WEBHOOK_TOKEN)).status).toBe(200);
  });

  it('refuses a cross-site post carrying the Basic login a browser remembers (CSRF), and takes the same post from a tool', async () => {
    await clearFailures();
    const { mail } = app.service.runtime.queues;
    const before = await mail.count();
    const crossSite: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'https://evil.example' }];
    for (const site of crossSite) {
      // What a form on another site can send: text/plain, with the Basic login the browser remembers.
      const run = await fetch(`${app.base}/api/admin/digests/run`, { method: 'POST', headers: { ...basic(ADMIN_TOKEN), 'content-type': 'text/plain', ...site }, body: '{"x":"="}' });
      expect(run.status, JSON.stringify(site)).toBe(403);
      const add = await fetch(`${app.base}/admin/queues/api/queues/mail/add`, { method: 'POST', headers: { ...basic(ADMIN_TOKEN), 'content-type': 'application/json', ...site }, body: JSON.stringify({ name: 'csrf', data: {} }) });
      expect(add.status, JSON.stringify(site)).toBe(403);
      const purge = await fetch(`${app.base}/admin/queues/api/metrics/history/purge`, { method: 'POST', headers: { ...basic(ADMIN_TOKEN), ...site } });
      expect(purge.status, JSON.stringify(site)).toBeGreaterThanOrEqual(400);
    }
    expect(await mail.count()).toBe(before);
    // The desk's own page (same origin) and tools (no browser headers) still work.
    expect((await fetch(`${app.base}/admin/queues/api/queues/mail/add`, { method: 'POST', headers: { ...basic(ADMIN_TOKEN), 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: JSON.stringify({ name: 'by-hand', data: {} }) })).status).toBeLessThan(300);
    expect((await fetch(`${app.base}/api/admin/digests/run`, { method: 'POST', headers: bearer(ADMIN_TOKEN), body: '{}' })).status).toBe(202);
    expect(await mail.count()).toBe(before + 1);
  });

  it('does not count the right token as a failure', async () => {
    await clearFailures();
    const route = ADMIN_ROUTES.find((r) => r.path === '/api/admin/status')!;
    for (let i = 0; i < ADMIN_FAILURES_ALLOWED + 5; i++) expect((await call(route, bearer(ADMIN_TOKEN))).status).toBe(200);
  });
});
