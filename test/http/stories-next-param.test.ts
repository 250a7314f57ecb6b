import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiStory, type TestService } from '../helpers/service.js';

/** Issue 3 names the paging parameter `next`; the README names `cursor`. Both are taken, and never two different ones. */
describe('GET /api/stories: the previous page’s next, passed back as next or as cursor', () => {
  let app: TestService;
  let feeds: FeedServer;
  let feed: string;
  const page = async (query: string) => {
    const res = await app.get(`/api/stories?feed=${encodeURIComponent(feed)}&limit=2${query}`);
    return { status: res.status, body: (await res.json()) as { stories?: ApiStory[]; next?: string | null; error?: string } };
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
    app = await startTestService('http-stories-next', {}, ['api']);
    feeds.handle('/five.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(5, 'Five'))));
    feed = feeds.url('/five.xml');
    expect((await app.post('/api/admin/feeds/poll', { url: feed }, admin)).status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await feeds?.close();
  });

  it('pages the same with next= as with cursor=', async () => {
    const first = await page('');
    const next = encodeURIComponent(first.body.next!);
    const byNext = await page(`&next=${next}`);
    const byCursor = await page(`&cursor=${next}`);
    expect(byNext.status).toBe(200);
    expect(byNext.body).toEqual(byCursor.body);
    expect(byNext.body.stories!.map((s) => s.id)).not.toContain(first.body.stories![0]!.id);
    expect(await page(`&cursor=${next}&next=${next}`)).toEqual(byCursor);
  });

  it('refuses two different cursors with a 400 naming next, rather than paging from one of them', async () => {
    const first = await page('');
    const second = await page(`&cursor=${encodeURIComponent(first.body.next!)}`);
    const both = await page(`&cursor=${encodeURIComponent(first.body.next!)}&next=${encodeURIComponent(second.body.next!)}`);
    expect(both).toEqual({ status: 400, body: { error: 'next: differs from `cursor`: pass the previous page’s `next` once, as `cursor` or as `next`' } });
  });
});
