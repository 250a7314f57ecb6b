import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/feeds/fetch.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { addFeed, enableFeed, feedPolledFor, getFeed, removeFeed, type Feed } from '../../src/feeds/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';

/** What real servers answer besides a feed, and what an operator reads of it. */
const ctx = testCtx('feeds-http-answers', { FEED_TIMEOUT_SECONDS: '2', PUBLIC_URL: 'https://wirebrief.example' });
const classify = createClassifier(loadTaxonomy());
let server: FeedServer;
const opts = { publicUrl: 'https://wirebrief.example', timeoutMs: 2000, maxBytes: 5 * 1024 * 1024 };

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await ctx.cleanup();
});

const feedAt = async (path: string): Promise<Feed> => (await addFeed(ctx, server.url(path), { intervalMinutes: 10 })).feed;
const failure = (path: string) => fetchFeed(server.url(path), opts).then(() => '(no error)', (error: Error) => error.message);

describe('error answers say what the server said', () => {
  it('names a Cloudflare browser challenge, and gives the title of other error pages, a JSON API’s message, a line of text', async () => {
    server.handle('/cf.xml', (_req, res) =>
      void res
        .writeHead(403, { 'content-type': 'text/html; charset=UTF-8', server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f-AMS' })
        .end('<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>'),
    );
    server.handle('/mitigated.xml', (_req, res) => void res.writeHead(403, { 'content-type': 'text/html', 'cf-mitigated': 'challenge' }).end('<html></html>'));
    server.handle('/denied.xml', (_req, res) => void res.writeHead(403, { 'content-type': 'text/html', server: 'cloudflare' }).end('<html><head><title>Access denied | example.org used Cloudflare to restrict access</title></head></html>'));
    server.handle('/api.json', (_req, res) => void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"code":401,"message":"API key expired"}}'));
    server.handle('/limit.xml', (_req, res) => void res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '120' }).end('Rate limit exceeded: 60 requests per hour\nsee docs'));
    server.handle('/plain404.xml', (_req, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end('<html><head><title>404 Not Found</title></head></html>'));
    server.handle('/big404.xml', (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.write('<html><head><title>Sorry &amp; goodbye</title></head>');
      res.end('x'.repeat(20 * 1024 * 1024));
    });
    expect(await failure('/cf.xml')).toBe('HTTP 403 Forbidden (Cloudflare’s browser challenge stopped the request: ask the publisher to allow wirebrief’s User-Agent, or use another feed URL)');
    expect(await failure('/mitigated.xml')).toMatch(/^HTTP 403 Forbidden \(Cloudflare’s browser challenge/);
    expect(await failure('/denied.xml')).toBe('HTTP 403 Forbidden ("Access denied | example.org used Cloudflare to restrict access")');
    expect(await failure('/api.json')).toBe('HTTP 401 Unauthorized ("API key expired"): the feed wants a login: add it as https://user:password@…');
    expect(await failure('/limit.xml')).toBe('HTTP 429 Too Many Requests ("Rate limit exceeded: 60 requests per hour"); asked to retry after 2 min');
    // A title that only repeats the status adds nothing; a huge error page is not read whole.
    expect(await failure('/plain404.xml')).toBe('HTTP 404 Not Found');
    expect(await failure('/big404.xml')).toBe('HTTP 404 Not Found ("Sorry & goodbye")');
  });

  it('says a 401 asking for a Bearer token or a Digest login is not one a user:password in the URL answers', async () => {
    server.handle('/bearer.xml', (_req, res) => void res.writeHead(401, { 'www-authenticate': 'Bearer realm="api", error="invalid_token"' }).end());
    server.handle('/basic.xml', (_req, res) => void res.writeHead(401, { 'www-authenticate': 'Basic realm="wire"' }).end());
    expect(await failure('/bearer.xml')).toBe(
      'HTTP 401 Unauthorized: the feed wants a Bearer login for the realm "api" (WWW-Authenticate), which wirebrief cannot send: it sends HTTP Basic logins only (https://user:password@…); ask the publisher for a feed URL with its key in it',
    );
    expect(await failure('/basic.xml')).toBe('HTTP 401 Unauthorized: the feed wants a Basic login for the realm "wire": add it as https://user:password@…');
  });

  it('shows the feed’s error with the page’s words after a poll', async () => {
    server.handle('/gone-title.xml', (_req, res) => void res.writeHead(500, { 'content-type': 'text/html' }).end('<html><head><title>Database connection failed</title></head></html>'));
    const feed = await feedAt('/gone-title.xml');
    await pollFeed(ctx, classify, feed.id);
    expect((await getFeed(ctx, feed.id))!.lastError).toBe('HTTP 500 Internal Server Error ("Database connection failed")');
  });

  it('does not wait for an error page that drips: the 503 and its Retry-After are what count', async () => {
    server.handle('/drip-503.xml', (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '600' });
      res.write('<html><head><title>Maintenance</title></head>');
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    expect(await failure('/drip-503.xml')).toBe('HTTP 503 Service Unavailable ("Maintenance"); asked to retry after 10 min');
    expect(Date.now() - started).toBeLessThan(1800);
  });

  it('says a Retry-After of more than a day is waited a day at most, not "277777777777777.8 h"', async () => {
    server.handle('/forever.xml', (_req, res) => void res.writeHead(503, { 'retry-after': '999999999999999999' }).end());
    expect(await failure('/forever.xml')).toBe('HTTP 503 Service Unavailable; asked to retry after more than a day (24 h at most is waited)');
  });
});

describe('answers that are not what they seem', () => {
  it('takes a 304 to a request without validators as an error, not as "nothing new" (a new feed behind a broken cache)', async () => {
    server.handle('/cache304.xml', (_req, res) => void res.writeHead(304).end());
    expect(await failure('/cache304.xml')).toMatch(/answered HTTP 304 Not Modified to a request that had no copy to compare/);
    const feed = await feedAt('/cache304.xml');
    const outcome = await pollFeed(ctx, classify, feed.id);
    expect(outcome).toMatchObject({ status: 'error' });
    expect((await getFeed(ctx, feed.id))!).toMatchObject({ status: 'backing-off', lastSuccessAt: null });
  });

  it('follows a Location sent as raw UTF-8 bytes (a non-ASCII slug), as browsers do', async () => {
    server.handle('/old-slug.xml', (_req, res) => {
      res.setHeader('location', Buffer.from('/café/feed.xml', 'utf8').toString('latin1'));
      res.writeHead(302).end();
    });
    server.serve('/caf%C3%A9/feed.xml', rss(items(1, 'Slug')));
    const fetched = await fetchFeed(server.url('/old-slug.xml'), opts);
    expect(fetched).toMatchObject({ status: 'ok', url: server.url('/caf%C3%A9/feed.xml') });
  });
});

describe('one feed added by two of its addresses', () => {
  it('pauses the copy whose address redirects for good to the other, saying which one goes on, and stores nothing twice', async () => {
    server.serve('/home/feed.xml', rss(items(3, 'Twin')));
    server.handle('/www/feed.xml', (_req, res) => void res.writeHead(301, { location: '/home/feed.xml' }).end());
    const first = await feedAt('/home/feed.xml');
    expect(await pollFeed(ctx, classify, first.id)).toMatchObject({ status: 'ok', added: 3 });
    const second = await feedAt('/www/feed.xml');
    expect(second.id).not.toBe(first.id);
    const outcome = await pollFeed(ctx, classify, second.id);
    expect(outcome).toMatchObject({ status: 'error', added: 0, disabled: true });
    const paused = (await getFeed(ctx, second.id))!;
    expect(paused).toMatchObject({ status: 'disabled', url: server.url('/www/feed.xml'), nextPollAt: null });
    expect(paused.lastError).toBe(`the same feed as ${server.url('/home/feed.xml')} (this address redirects there for good), which is already polled: this copy is paused; remove it`);
    expect((await getFeed(ctx, first.id))!).toMatchObject({ status: 'ok', url: server.url('/home/feed.xml') });
    // Its stories are the other's until it is resumed (and so is no copy any more), or the other is removed.
    expect((await feedPolledFor(ctx, paused)).id).toBe(first.id);
    await enableFeed(ctx, second.id);
    expect((await feedPolledFor(ctx, (await getFeed(ctx, second.id))!)).id).toBe(second.id);
    await pollFeed(ctx, classify, second.id);
    await removeFeed(ctx, first.id);
    expect((await feedPolledFor(ctx, (await getFeed(ctx, second.id))!)).id).toBe(second.id);
  });

  it('pauses a site’s page added after the feed it names, rather than polling that feed twice', async () => {
    server.serve('/desk/feed.xml', rss(items(2, 'Desk')));
    server.handle('/desk/', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Desk</title><link rel="alternate" type="application/rss+xml" href="/desk/feed.xml"></head></html>'),
    );
    const feed = await feedAt('/desk/feed.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    const page = await feedAt('/desk/');
    expect(await pollFeed(ctx, classify, page.id)).toMatchObject({ status: 'error', disabled: true, added: 0 });
    expect((await getFeed(ctx, page.id))!.lastError).toBe(`the same feed as ${server.url('/desk/feed.xml')} (this address is a page that names it as its feed), which is already polled: this copy is paused; remove it`);
    expect(server.requests.filter((r) => r.path === '/desk/feed.xml')).toHaveLength(1);
  });

  it('still moves a feed to an address no other feed has', async () => {
    server.serve('/new/feed.xml', rss(items(1, 'Moved')));
    server.handle('/old/feed.xml', (_req, res) => void res.writeHead(301, { location: '/new/feed.xml' }).end());
    const feed = await feedAt('/old/feed.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
    expect((await getFeed(ctx, feed.id))!.url).toBe(server.url('/new/feed.xml'));
  });
});

describe('failures said in words', () => {
  it('says a feed was cut off mid-body, apart from a connection closed before any answer', async () => {
    server.handle('/cut.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(rss(items(3, 'Cut')).slice(0, 200));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    server.handle('/short.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '5000' });
      res.write('<rss>');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    server.handle('/hangup.xml', (req) => void req.socket.destroy());
    const host = new URL(server.base).host;
    expect(await failure('/cut.xml')).toBe(`the connection to ${host} was cut while the feed was being sent, after 200 bytes (UND_ERR_SOCKET): the feed came incomplete`);
    expect(await failure('/short.xml')).toMatch(new RegExp(`^the connection to ${host} was cut while the feed was being sent, after 5 bytes`));
    expect(await failure('/hangup.xml')).toBe(`the connection to ${host} was cut (UND_ERR_SOCKET)`);
  });

  it('says an https:// URL on a plain-HTTP port is not TLS, in words rather than OpenSSL’s line', async () => {
    const url = server.url('/tls.xml').replace('http:', 'https:');
    const message = await fetchFeed(url, opts).then(() => '(no error)', (error: Error) => error.message);
    expect(message).toBe(`TLS: the server does not speak TLS (https) there but plain HTTP (OpenSSL: wrong version number): try ${server.url('/tls.xml')} (${new URL(server.base).host})`);
  });

  it('takes a 204 No Content as a failure that says so', async () => {
    server.handle('/nothing.xml', (_req, res) => void res.writeHead(204).end());
    expect(await failure('/nothing.xml')).toBe('HTTP 204 No Content: the server answered with no content at all, no feed');
  });
});

describe('a Last-Modified in the future', () => {
  it('is not kept, so If-Modified-Since never asks "changed since 2100?" and gets 304 for ever', async () => {
    let version = 1;
    server.handle('/future.xml', (req, res) => {
      // As Apache compares: not modified when the file is no newer than the date asked about.
      const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
      if (!Number.isNaN(since) && since >= Date.parse('Fri, 27 Feb 2026 14:00:00 GMT')) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': 'Fri, 01 Jan 2100 00:00:00 GMT' }).end(rss(items(version, 'Future')));
    });
    const feed = await feedAt('/future.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
    expect((await getFeed(ctx, feed.id))!.lastModified).toBeNull();
    version = 2;
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
    expect(server.requests.filter((r) => r.path === '/future.xml').map((r) => r.headers['if-modified-since'])).toEqual([undefined, undefined]);
  });

  it('kept from before, is not sent', async () => {
    server.serve('/kept-future.xml', rss(items(1, 'KeptFuture')));
    await fetchFeed(server.url('/kept-future.xml'), { ...opts, lastModified: 'Fri, 01 Jan 2100 00:00:00 GMT' });
    expect(server.requests.filter((r) => r.path === '/kept-future.xml')[0]!.headers['if-modified-since']).toBeUndefined();
  });
});

describe('answers of misconfigured servers and APIs', () => {
  it('follows a Location header sent twice (an app and the server in front both set it)', async () => {
    server.serve('/twice-target.xml', rss(items(1, 'TwiceTarget')));
    server.handle('/twice-located.xml', (_req, res) => {
      res.setHeader('location', ['/twice-target.xml', '/twice-target.xml']);
      res.writeHead(302).end();
    });
    expect(await fetchFeed(server.url('/twice-located.xml'), opts)).toMatchObject({ status: 'ok', url: server.url('/twice-target.xml') });
  });

  it('gives the message of a JSON API’s error sent with a 200, as the feed’s error', async () => {
    server.handle('/api-200.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"error","message":"Invalid API key"}'));
    server.handle('/api-errors.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"errors":[{"code":"quota","detail":"Daily quota exceeded"}]}'));
    const feed = await feedAt('/api-200.json');
    expect((await pollFeed(ctx, classify, feed.id)).error).toBe('not a feed: JSON without a JSON Feed "items" list; it says: "Invalid API key"');
    const other = await feedAt('/api-errors.json');
    expect((await pollFeed(ctx, classify, other.id)).error).toBe('not a feed: JSON without a JSON Feed "items" list; it says: "Daily quota exceeded"');
  });
});

describe('a page that forwards with <meta http-equiv="refresh">', () => {
  it('is followed by a poll, once, and the feed keeps the address it forwards to', async () => {
    server.handle('/parked/', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>We have moved</title><meta http-equiv="Refresh" content="0; URL=\'/moved/feed.xml\'"></head><body></body></html>'),
    );
    server.handle('/reloads/', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Live</title><meta http-equiv="refresh" content="30"></head></html>'));
    server.serve('/moved/feed.xml', rss(items(2, 'Forwarded')));
    const feed = await feedAt('/parked/');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    expect((await getFeed(ctx, feed.id))!.url).toBe(server.url('/moved/feed.xml'));
    // A page that only reloads itself forwards nowhere.
    const live = await feedAt('/reloads/');
    expect((await pollFeed(ctx, classify, live.id)).error).toBe('not a feed: the document is an HTML page ("Live"), not RSS, Atom or JSON Feed');
  });
});

describe('a kept-alive connection the server has just closed', () => {
  it('is asked once more on a new connection when it is cut before any answer; a server that always hangs up still says so', async () => {
    // As a server closing an idle kept-alive connection at the moment the pool sends on it: the first request is cut.
    let asked = 0;
    server.handle('/dropped-idle.xml', (req, res) => {
      if (++asked === 1) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(1, 'Kept')));
    });
    const fetched = await fetchFeed(server.url('/dropped-idle.xml'), opts);
    expect(fetched).toMatchObject({ status: 'ok' });
    expect(asked).toBe(2);
    const before = server.requests.filter((r) => r.path === '/always-hangs-up.xml').length;
    server.handle('/always-hangs-up.xml', (req) => void req.socket.destroy());
    expect(await failure('/always-hangs-up.xml')).toMatch(/^the connection to 127\.0\.0\.1:\d+ was cut \(UND_ERR_SOCKET\)$/);
    expect(server.requests.filter((r) => r.path === '/always-hangs-up.xml').length - before).toBe(2);
  });
});
