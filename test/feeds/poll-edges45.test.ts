import { describe, expect, it } from 'vitest';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, apiSweep, type ApiFeed } from '../helpers/service.js';

/**
 * The polling contract's edges, seen from outside (the admin API's poll and feed list against a real local feed server),
 * those no other file checks: a redirect chain ending in a relative 308, what a cache in between says (Age, a
 * Retry-After given twice) and a 304 that names no validators. The other edges (5/6 redirects, loops, Retry-After
 * forms and its cap, max-age/Expires/<ttl>, back-off, 410, the body cap and gzip bombs, timeouts, host slots) are
 * checked in poll.test.ts, odd-servers*.test.ts and http-answers.test.ts.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const sweep = apiSweep('poll-edges45');
const body = rss(items(2, 'Edge'));
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const poll = async (url: string) => json<{ feed: ApiFeed; outcome: { status: string; error: string | null } }>(await sweep.app.post('/api/admin/feeds/poll', { url }, admin));
const listed = async (id: string) => (await json<{ feeds: ApiFeed[] }>(await sweep.app.get('/api/admin/feeds', { authorization: admin.authorization }))).feeds.find((f) => f.id === id)!;
const untilNext = (f: ApiFeed, at: number) => Date.parse(f.nextPollAt!) - at;

function hop(path: string, status: number, location: string): void {
  sweep.feeds.handle(path, (_req, res) => res.writeHead(status, { location }).end());
}

describe('redirects', () => {
  it('301 then 302: the stored URL is the 301 target; 302 then 301 stays; 308 moves', async () => {
    sweep.feeds.serve('/r/final.xml', body);
    hop('/r/a', 301, '/r/b');
    hop('/r/b', 302, '/r/final.xml');
    const a = await poll(sweep.feeds.url('/r/a'));
    expect(a.outcome.status).toBe('ok');
    expect((await listed(a.feed.id)).url).toBe(sweep.feeds.url('/r/b'));

    hop('/r/c', 302, '/r/d');
    hop('/r/d', 301, '/r/final2.xml');
    sweep.feeds.serve('/r/final2.xml', body);
    const c = await poll(sweep.feeds.url('/r/c'));
    expect(c.outcome.status).toBe('ok');
    expect((await listed(c.feed.id)).url).toBe(sweep.feeds.url('/r/c'));

    hop('/r/e', 308, '../r2/final3.xml');
    sweep.feeds.serve('/r2/final3.xml', body);
    const e = await poll(sweep.feeds.url('/r/e'));
    expect(e.outcome.status).toBe('ok');
    expect((await listed(e.feed.id)).url).toBe(sweep.feeds.url('/r2/final3.xml'));
  });

});

describe('what a cache in between says', () => {
  it("a CDN's copy already kept a while (Age) is fresh for what is left of its max-age only", async () => {
    sweep.feeds.handle('/cdn/aged', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'public, max-age=7200', age: '6600' }).end(body));
    const at = Date.now();
    const polled = await poll(sweep.feeds.url('/cdn/aged'));
    expect(polled.outcome.status).toBe('ok');
    // 7200 s fresh, 6600 s of them gone: the feed's own 10-minute interval, not two hours.
    expect(untilNext(await listed(polled.feed.id), at)).toBeLessThan(11 * MIN);
  });

  it('Expires less Date is the lifetime, less Age as well', async () => {
    const now = Date.now();
    const headers = { 'content-type': 'application/rss+xml', date: new Date(now - HOUR).toUTCString(), expires: new Date(now + HOUR).toUTCString(), age: '3600' };
    sweep.feeds.handle('/cdn/expires', (_req, res) => res.writeHead(200, headers).end(body));
    const polled = await poll(sweep.feeds.url('/cdn/expires'));
    const wait = untilNext(await listed(polled.feed.id), now);
    expect(wait).toBeGreaterThan(HOUR - MIN);
    expect(wait).toBeLessThan(HOUR + MIN);
  });

  it('a Retry-After given twice alike (app and proxy both set it) is still honoured', async () => {
    sweep.feeds.handle('/cdn/twice', (_req, res) => res.setHeader('retry-after', ['7200', '7200']).writeHead(429).end());
    const at = Date.now();
    const polled = await poll(sweep.feeds.url('/cdn/twice'));
    expect(polled.outcome.error).toMatch(/retry after 2 h/);
    expect(untilNext(await listed(polled.feed.id), at)).toBeGreaterThan(2 * HOUR - MIN);
    const date = new Date(Date.now() + 3 * HOUR).toUTCString();
    sweep.feeds.handle('/cdn/twice-date', (_req, res) => res.setHeader('retry-after', [date, date]).writeHead(503).end());
    const again = await poll(sweep.feeds.url('/cdn/twice-date'));
    expect(untilNext(await listed(again.feed.id), Date.now())).toBeGreaterThan(3 * HOUR - 2 * MIN);
  });
});

describe('validators', () => {
  it('a 304 without validators keeps the old ones; a weak ETag goes back as given', async () => {
    let n = 0;
    sweep.feeds.handle('/v/weak', (req, res) => {
      n++;
      if (req.headers['if-none-match'] === 'W/"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: 'W/"v1"', 'last-modified': 'Fri, 27 Feb 2026 14:00:00 GMT', 'content-type': 'application/rss+xml' }).end(body);
    });
    const first = await poll(sweep.feeds.url('/v/weak'));
    expect(first.outcome.status).toBe('ok');
    const second = await poll(sweep.feeds.url('/v/weak'));
    expect(second.outcome.status).toBe('not-modified');
    const f = await listed(first.feed.id);
    expect(f.etag).toBe('W/"v1"');
    expect(f.lastModified).toBe('Fri, 27 Feb 2026 14:00:00 GMT');
    expect(sweep.feeds.requests.filter((r) => r.path === '/v/weak').at(-1)!.headers['if-none-match']).toBe('W/"v1"');
    expect(n).toBe(2);
  });
});
