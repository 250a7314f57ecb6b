import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { ADMIN_HEADERS as admin, ADMIN_TOKEN, startTestService, type TestService } from '../helpers/service.js';
import { feedOf, outletA } from '../helpers/wire-copies.js';
import { rss } from '../helpers/rss.js';

/** The operator's desk page at /admin and the status JSON behind it, over real HTTP on a real store. */

const basic = (password: string) => ({ authorization: `Basic ${Buffer.from(`desk:${password}`).toString('base64')}` });

let app: TestService;
let feeds: FeedServer;

beforeAll(async () => {
  feeds = await startFeedServer();
  app = await startTestService('desk', {}, ['api']);
  const seed = outletA();
  feeds.serve('/wire.xml', feedOf('Wire & Co desk', [{ guid: 'seed-1', link: 'https://wire.example/seed', title: seed.title, html: seed.html }]));
  feeds.serve(
    '/sport.xml',
    rss([{ title: 'Kohli hits century as India beat Australia by six wickets in Perth Test', guid: 'sport-1', link: 'https://sport.example/1', description: '<p>Virat Kohli struck an unbeaten century as India won the first Test by six wickets, the captain praising the bowlers who took ten wickets on the final day of the match.</p>' }], { title: 'Sport desk' }),
  );
  feeds.handle('/gone-wrong.xml', (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded'));
  for (const path of ['/wire.xml', '/sport.xml', '/gone-wrong.xml']) {
    expect((await app.post('/api/admin/feeds/poll', { url: feeds.url(path) }, admin)).status).toBe(200);
  }
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
});

describe('GET /admin', () => {
  it('asks a browser for the admin token and refuses a wrong one', async () => {
    const none = await app.get('/admin');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Basic realm="wirebrief admin"');
    expect((await app.get('/admin', basic('not-the-token-0123456789'))).status).toBe(401);
  });

  it('shows the failing feed first with its error, then the others with their state', async () => {
    const res = await app.get('/admin', basic(ADMIN_TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    const feedsPart = html.slice(html.indexOf('<h2>Feeds</h2>'), html.indexOf('<h2>Latest stories'));
    const rows = feedsPart.split('<tr>').slice(2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(feeds.url('/gone-wrong.xml'));
    expect(rows[0]).toContain('backing-off');
    expect(rows[0]).toMatch(/HTTP 500/);
    // Names from feeds are escaped, never markup.
    expect(feedsPart).toContain('Wire &amp; Co desk');
    expect(html).toMatch(/Feeds: 3 — ok 2, backing off 1, disabled 0/);
  });

  it('lists the latest stories with their topics and the reasons, and filters by topic', async () => {
    const html = await (await app.get('/admin', basic(ADMIN_TOKEN))).text();
    const stories = html.slice(html.indexOf('<h2>Latest stories'));
    expect(stories).toContain(outletA().title);
    expect(stories).toMatch(/<strong>defence<\/strong> [01]\.\d\d <span class="why">\([^)]*defence/);
    expect(stories).toMatch(/Kohli hits century/);

    const sportOnly = await (await app.get('/admin?topic=sport', basic(ADMIN_TOKEN))).text();
    const listed = sportOnly.slice(sportOnly.indexOf('<h2>Latest stories'));
    expect(listed).toMatch(/Kohli hits century/);
    expect(listed).not.toContain(outletA().title);

    const unknown = await app.get('/admin?topic=astrology', basic(ADMIN_TOKEN));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/topic: must be one of defence/);
  });
});

describe('GET /api/admin/status', () => {
  it('answers what `wirebrief status --json` prints, behind the token', async () => {
    expect((await app.get('/api/admin/status')).status).toBe(401);
    const status = (await (await app.get('/api/admin/status', admin)).json()) as {
      feeds: { total: number; ok: number; 'backing-off': number; failing: { url: string; errors: number; lastError: string }[] };
      queues: Record<string, { failed: number }>;
      subscribers: Record<string, number>;
    };
    expect(status.feeds).toMatchObject({ total: 3, ok: 2, 'backing-off': 1 });
    expect(status.feeds.failing).toEqual([expect.objectContaining({ url: feeds.url('/gone-wrong.xml'), errors: 1, lastError: expect.stringMatching(/HTTP 500/) })]);
    expect(Object.keys(status.queues).sort()).toEqual(['digest-edition', 'digest-send', 'feed-poll', 'mail']);
    expect(status.subscribers).toMatchObject({ active: 0, pending: 0 });
  });
});
