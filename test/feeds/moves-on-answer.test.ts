import { describe, expect, it } from 'vitest';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, apiSweep, type ApiFeed } from '../helpers/service.js';

/**
 * A permanent redirect moves a feed only when its target answers with a feed. A publisher's redesign that sends the old
 * feed address for good to a page that is not there (or to the home page with no feed named on it), or to a server down
 * that hour, must not lose the address the feed was added by: the next poll asks the old address again, and the feed
 * moves the day the target answers.
 */

const sweep = apiSweep('moves-on-answer');
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const poll = async (url: string) => json<{ feed: ApiFeed; outcome: { status: string; error: string | null } }>(await sweep.app.post('/api/admin/feeds/poll', { url }, admin));
const listed = async (id: string) => (await json<{ feeds: ApiFeed[] }>(await sweep.app.get('/api/admin/feeds', { authorization: admin.authorization }))).feeds.find((f) => f.id === id)!;
const stories = async () => (await json<{ stories: { title: string; feed: string }[] }>(await sweep.app.get('/api/stories?limit=500'))).stories;

function hop(path: string, status: number, location: string): void {
  sweep.feeds.handle(path, (_req, res) => res.writeHead(status, { location }).end());
}

describe('a permanent redirect to an address that does not answer with a feed', () => {
  it('keeps the address the feed was added by when the target is missing, says where it points, and moves once the target serves the feed', async () => {
    hop('/old/rss', 301, '/new/feed.xml');
    let ready = false;
    sweep.feeds.handle('/new/feed.xml', (_req, res) =>
      ready ? res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(2, 'Landed'))) : res.writeHead(404).end('not here'),
    );
    const first = await poll(sweep.feeds.url('/old/rss'));
    expect(first.outcome.status).toBe('error');
    const failed = await listed(first.feed.id);
    expect(failed.url).toBe(sweep.feeds.url('/old/rss'));
    expect(failed.status).toBe('backing-off');
    expect(failed.lastError).toContain('HTTP 404');
    expect(failed.lastError).toContain(`redirects for good to ${sweep.feeds.url('/new/feed.xml')}`);

    ready = true;
    const second = await poll(sweep.feeds.url('/old/rss'));
    expect(second.outcome.status).toBe('ok');
    const moved = await listed(first.feed.id);
    expect(moved.url).toBe(sweep.feeds.url('/new/feed.xml'));
    expect(moved.lastError).toBeNull();
    expect((await stories()).filter((s) => s.title.startsWith('Landed')).map((s) => s.feed)).toEqual([sweep.feeds.url('/new/feed.xml'), sweep.feeds.url('/new/feed.xml')]);
  });

  it('keeps the address when the target is a page that is no feed and names none (a redesign sending the feed to the home page)', async () => {
    hop('/blog/feed', 308, '/home/');
    sweep.feeds.handle('/home/', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Home</title></head><body><h1>Welcome</h1></body></html>'));
    const polled = await poll(sweep.feeds.url('/blog/feed'));
    expect(polled.outcome.status).toBe('error');
    const feed = await listed(polled.feed.id);
    expect(feed.url).toBe(sweep.feeds.url('/blog/feed'));
    expect(feed.lastError).toContain(`redirects for good to ${sweep.feeds.url('/home/')}`);
  });

  it('keeps the address when the target server fails (503) or is down, and still moves through a page that names its feed', async () => {
    hop('/busy/rss', 301, '/busy/new.xml');
    sweep.feeds.handle('/busy/new.xml', (_req, res) => res.writeHead(503).end());
    const busy = await poll(sweep.feeds.url('/busy/rss'));
    expect(busy.outcome.status).toBe('error');
    expect((await listed(busy.feed.id)).url).toBe(sweep.feeds.url('/busy/rss'));

    hop('/down/rss', 301, 'http://127.0.0.1:9/feed.xml');
    const down = await poll(sweep.feeds.url('/down/rss'));
    expect(down.outcome.status).toBe('error');
    expect((await listed(down.feed.id)).url).toBe(sweep.feeds.url('/down/rss'));

    // A redesign that sends the feed to a home page naming the new feed: the feed moves to that feed, which answered.
    hop('/site/rss', 301, '/site/');
    sweep.feeds.handle('/site/', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Site</title><link rel="alternate" type="application/rss+xml" href="/site/feed.xml"></head></html>'),
    );
    sweep.feeds.serve('/site/feed.xml', rss(items(1, 'Found')));
    const site = await poll(sweep.feeds.url('/site/rss'));
    expect(site.outcome.status).toBe('ok');
    expect((await listed(site.feed.id)).url).toBe(sweep.feeds.url('/site/feed.xml'));
  });
});
