import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFeedByUrl } from '../../src/feeds/store.js';
import { upsertSubscriber } from '../../src/subscribers/store.js';
import { runCli } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL, tempDir } from '../helpers/redis.js';
import { ADMIN_HEADERS as admin, pollThroughAdmin, startTestService, type TestService } from '../helpers/service.js';

/**
 * Contract audit, round 28: what an outside client sends at the edges of the
 * public contract, and what it must hear back.
 */

let app: TestService;
const WEBHOOK_TOKEN = 'audit28-webhook-token-0123';
const ctx = () => app.service.runtime.ctx;

beforeAll(async () => {
  app = await startTestService('http-audit28', { PUBLIC_RATE_LIMIT: '10000', SUBSCRIBE_LIMIT_PER_IP: '10000', BOUNCE_WEBHOOK_TOKEN: WEBHOOK_TOKEN }, ['api', 'worker']);
});
afterAll(async () => {
  await app?.close();
});

/** One request written as raw bytes (fetch will not send a 20 KB request line), and the raw answer. */
function rawRequest(request: string): Promise<{ status: number; headers: string; body: string }> {
  const { port } = new URL(app.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString();
      const [head, ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]), headers: head ?? '', body: rest.join('\r\n\r\n') });
    });
    socket.end(request);
  });
}

describe('a request line longer than Node takes (16 KB)', () => {
  const long = 'a'.repeat(20 * 1024);

  it('answers 414 URI Too Long with {error} on an API path', async () => {
    const res = await rawRequest(`GET /api/stories?topic=${long} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(414);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(res.body)).toEqual({ error: 'the address is too long: the request line may take up to 16 KB' });
  });

  it('answers 414 with a readable page on a page path', async () => {
    const res = await rawRequest(`GET /confirm?token=${long} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(414);
    expect(res.headers).toMatch(/content-type: text\/html/i);
    expect(res.headers).toMatch(/content-security-policy: default-src 'none'/i);
    expect(res.body).toContain('This address is too long to open.');
  });

  it('keeps 431 {error} for headers that run long under a short request line', async () => {
    const res = await rawRequest(`GET /api/topics HTTP/1.1\r\nHost: x\r\nX-Big: ${long}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toEqual({ error: 'the request headers are too large: the request line and headers together may take up to 16 KB' });
  });
});

describe('a JSON body that names a key twice', () => {
  it('is refused with 400 naming the key, and nothing of it is stored', async () => {
    const url = 'http://127.0.0.1:9/twice.xml';
    const res = await fetch(`${app.base}/api/admin/feeds`, { method: 'POST', headers: admin, body: `{"url": "http://127.0.0.1:9/first.xml", "intervalMinutes": 30, "url": "${url}"}` });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'the body names the key "url" twice in one object: send each key once' });
    expect(await findFeedByUrl(ctx(), url)).toBeNull();
    expect(await findFeedByUrl(ctx(), 'http://127.0.0.1:9/first.xml')).toBeNull();
  });

  it('is refused however the second key is escaped, at any depth, on the public API too', async () => {
    const bodies = [
      '{"email": "a@example.org", "topics": ["sport"], "e\\u006dail": "b@example.org"}',
      '{"events": [{"email": "a@example.org", "type": "bounce", "type": "complaint"}]}',
    ];
    const res = await app.post('/api/subscribe', bodies[0]!);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('the body names the key "email" twice in one object: send each key once');
    const twice = await app.post('/api/admin/feeds/try', '{"url": "http://127.0.0.1:9/a.xml", "limit": 1, "limit": 2}', admin);
    expect(twice.status).toBe(400);
  });

  it('still takes the same key in two different objects, and keys that only look alike', async () => {
    const res = await app.post('/api/subscribe', '{"email": "twice-ok@example.org", "topics": ["sport"], "extra": {"email": 1}, "Email": 2}');
    expect(res.status).not.toBe(500);
    expect(((await res.json()) as { error?: string }).error ?? '').not.toMatch(/twice/);
  });
});

describe('a story whose item has no page of its own', () => {
  let feeds: FeedServer;
  const dir = tempDir('http-audit28');
  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds?.close();
  });

  it('is link null in the API, feeds try and the CLI, unlinked in a digest, and has no empty <link> in a topic feed', async () => {
    const title = 'Army inducts a new missile regiment on the western front';
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk Wire</title><link>https://deskwire.example/</link><description>x</description>
<item><title>${title}</title><guid isPermaLink="false">desk-4411</guid><pubDate>${new Date().toUTCString()}</pubDate>
<description>The army inducted a new missile regiment on Friday, the defence ministry said, adding that the troops and the artillery would guard the border.</description></item>
</channel></rss>`;
    const { stories } = await pollThroughAdmin(app, feeds, '/no-link.xml', body, 'application/rss+xml');
    expect(stories.map((s) => [s.title, s.link])).toEqual([[title, null]]);
    const story = stories[0]!;
    expect(story.topics.map((t) => t.id)).toContain('defence');

    const tried = (await (await app.post('/api/admin/feeds/try', { url: feeds.url('/no-link.xml') }, admin)).json()) as { stories: { title: string; link: string | null }[] };
    expect(tried.stories.map((s) => [s.title, s.link])).toEqual([[title, null]]);

    // The topic feed: the item, with a guid of its own and no <link> at all (before: neither).
    const xml = await (await app.get('/feeds/defence.xml')).text();
    const item = /<item>[\s\S]*?<\/item>/.exec(xml.slice(xml.indexOf(title) - 200))?.[0] ?? '';
    expect(item).toContain(title);
    expect(item).not.toMatch(/<link>/);
    expect(item).toContain(`<guid isPermaLink="false">wirebrief-story:${story.id}</guid>`);

    const env = { REDIS_URL, WIREBRIEF_PREFIX: app.prefix, SECRET: ctx().config.secret, DATA_DIR: dir, NODE_ENV: 'test' };
    const listed = await runCli(['stories', 'list', '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { stories: { id: string; link: string | null }[] }).stories.find((s) => s.id === story.id)?.link).toBeNull();
    const text = await runCli(['stories', 'list'], env);
    expect(text.stdout).toContain(`${title}\n                  (no link)`);

    await upsertSubscriber(ctx(), { email: 'no-link.reader@example.org', topics: ['defence'], confirmed: true });
    const out = join(dir, 'preview.html');
    const preview = await runCli(['digest', 'preview', 'no-link.reader@example.org', '--out', out], env);
    expect(preview.code, preview.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(title);
    expect(html).not.toMatch(/href=""/);
    expect(html).toMatch(new RegExp(`<span class="wb-headline"[^>]*>${title}</span>`));
  }, 120_000);
});

describe('odd but valid paths and bodies', () => {
  it('answers {error} JSON, not a page, for the ops routes with a trailing slash or a doubled leading one', async () => {
    for (const path of ['/healthz/', '/readyz/', '/metrics/', '//api/topics']) {
      const res = await app.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(await res.json(), path).toEqual({ error: `no route GET ${path}` });
    }
  });

  it('says what a field should hold in words, not zod\'s text, and keeps a schema\'s own message', async () => {
    const hook = (body: string) => app.post(`/api/webhooks/bounce?token=${WEBHOOK_TOKEN}`, body);
    const cases: [string, string][] = [
      ['[{}]', '0.email: missing (want string)'],
      ['{"email": 7, "type": "bounce"}', 'email: want string, got the number 7'],
      [`{"email": "${'a'.repeat(400)}@example.org", "type": "bounce"}`, 'email: want at most 320 characters, got 412'],
    ];
    for (const [body, error] of cases) {
      const res = await hook(body);
      expect(res.status, body.slice(0, 40)).toBe(400);
      expect(await res.json(), body.slice(0, 40)).toEqual({ error });
    }
    // A message the schema words itself stays as it is.
    const own = await app.post('/api/admin/feeds', '{"url": 1}', admin);
    expect(await own.json()).toEqual({ error: 'url: must be a string: the feed URL' });
  });
});
