import type { ServerResponse } from 'node:http';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../../src/feeds/poll.js';
import { addFeed, getFeed, type Feed } from '../../src/feeds/store.js';
import { MAX_DELAY_MS } from '../../src/feeds/timing.js';
import { queryStories } from '../../src/stories/query.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';

/**
 * Servers as they are found in the wild, each polled as the admin API's "try" and the scheduler do: what the feed's
 * record then shows (status, lastError, errors, nextPollAt, as GET /api/admin/feeds lists them) and the stories stored.
 */
const ctx = testCtx('feeds-odd-servers', { FEED_TIMEOUT_SECONDS: '1', PUBLIC_URL: 'https://wirebrief.example' });
const classify = createClassifier(loadTaxonomy());
let server: FeedServer;
const MIN = 60_000;
const INTERVAL = 10 * MIN;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await ctx.cleanup();
});

const feedAt = async (path: string, base = server.base): Promise<Feed> => (await addFeed(ctx, `${base}${path}`, { intervalMinutes: 10 })).feed;
const reload = async (feed: Feed) => (await getFeed(ctx, feed.id))!;
const titles = async (feed: Feed) => (await queryStories(ctx, { feedId: feed.id, limit: 50 })).stories.map((s) => s.title).sort();
const send = (res: ServerResponse, body: string | Buffer, headers: Record<string, string>) => res.writeHead(200, headers).end(body);

/** One poll of a new feed at `path`, and the record an operator reads after it. */
async function pollNew(path: string, base?: string) {
  const feed = await feedAt(path, base);
  const outcome = await pollFeed(ctx, classify, feed.id);
  return { feed, outcome, after: await reload(feed) };
}

/** What a failed poll must leave: readable words, one error, backing off (never disabled), polled again later. */
function expectBackingOff(after: Feed, error: RegExp) {
  expect(after).toMatchObject({ status: 'backing-off', errors: 1 });
  expect(after.lastError).toMatch(error);
  expect(after.lastError!.length).toBeLessThan(300);
  expect(after.lastError).not.toMatch(/<[a-z!]/i);
  expect(after.nextPollAt! - ctx.now()).toBeGreaterThan(0);
  expect(after.nextPollAt! - ctx.now()).toBeLessThanOrEqual(MAX_DELAY_MS);
}

describe('a feed served under a type that is not a feed’s', () => {
  it('is still read as text/html, text/plain or application/octet-stream', async () => {
    for (const [path, type] of [['/as-html.xml', 'text/html; charset=utf-8'], ['/as-text.xml', 'text/plain'], ['/as-bytes.xml', 'application/octet-stream']] as const) {
      server.handle(path, (_req, res) => send(res, rss(items(2, `Typed ${type.split(/[/;]/)[1]}`)), { 'content-type': type }));
      const { feed, outcome, after } = await pollNew(path);
      expect([path, outcome.status, outcome.added]).toEqual([path, 'ok', 2]);
      expect(after).toMatchObject({ status: 'ok', errors: 0, lastError: null, nextPollAt: ctx.now() + INTERVAL });
      expect(await titles(feed)).toHaveLength(2);
    }
  });
});

describe('pages and empty answers where a feed was expected', () => {
  it('names an HTML page that declares no feed, in words', async () => {
    server.handle('/home.html', (_req, res) => send(res, '<!DOCTYPE html><html><head><title>Harbour Gazette</title></head><body><h1>Welcome</h1><p>News.</p></body></html>', { 'content-type': 'text/html' }));
    const { feed, after } = await pollNew('/home.html');
    expectBackingOff(after, /web page|HTML/i);
    expect(await titles(feed)).toEqual([]);
  });

  it('says a page’s declared feed failed, naming the feed, rather than a 404 for a page that answers 200', async () => {
    server.handle('/blog/', (_req, res) =>
      send(res, '<html><head><title>Blog</title><link rel="alternate" type="application/rss+xml" href="/blog/old-feed.xml"></head><body></body></html>', { 'content-type': 'text/html' }),
    );
    const { after } = await pollNew('/blog/');
    expectBackingOff(after, new RegExp(`^the page names its feed at ${server.url('/blog/old-feed.xml')}, which failed: HTTP 404 Not Found$`));
    expect(after.url).toBe(server.url('/blog/'));
  });

  it('gives the words of a script’s error printed where the feed should be (a PHP fatal error), not its <br> and <b> tags', async () => {
    const printed = '<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function db_open() in /srv/site/feed.php:12\nStack trace:\n#0 {main}\n  thrown in <b>/srv/site/feed.php</b> on line <b>12</b><br />\n';
    server.handle('/script.xml', (_req, res) => send(res, printed, { 'content-type': 'text/html' }));
    const { after } = await pollNew('/script.xml');
    expectBackingOff(after, /^not a feed: the server printed text instead of a feed: "Fatal error: Uncaught Error: Call to undefined function db_open\(\) in \/srv\/site\/feed\.php:12 Stack trace/);
  });

  it('backs off from a bot check answered with 403 or 503, saying so, and never disables the feed', async () => {
    const challenge = '<!DOCTYPE html><html><head><title>Please verify you are human</title></head><body><div class="captcha">Are you a robot?</div></body></html>';
    server.handle('/guarded.xml', (_req, res) => void res.writeHead(403, { 'content-type': 'text/html' }).end(challenge));
    server.handle('/guarded503.xml', (_req, res) => void res.writeHead(503, { 'content-type': 'text/html' }).end(challenge));
    for (const path of ['/guarded.xml', '/guarded503.xml']) {
      const { after } = await pollNew(path);
      expectBackingOff(after, /^HTTP (?:403 Forbidden|503 Service Unavailable) \(a bot check \(captcha page\) stopped the request/);
    }
  });

  it('says a 200 with an empty body sent no feed', async () => {
    server.handle('/empty.xml', (_req, res) => send(res, '', { 'content-type': 'application/rss+xml' }));
    const { after } = await pollNew('/empty.xml');
    expectBackingOff(after, /empty/i);
  });

  it('says a 500 with a long HTML page in a short line, the page’s title and no markup', async () => {
    const page = `<html><head><title>Database unavailable</title><style>body{color:red}</style></head><body><h1>Oops</h1>${'<p>stack frame</p>'.repeat(2000)}</body></html>`;
    server.handle('/broken.xml', (_req, res) => void res.writeHead(500, { 'content-type': 'text/html' }).end(page));
    const { after } = await pollNew('/broken.xml');
    expectBackingOff(after, /^HTTP 500 Internal Server Error \("Database unavailable"\)$/);
  });

  it('says a 401 wants a login', async () => {
    server.handle('/members.xml', (_req, res) => void res.writeHead(401, { 'www-authenticate': 'Basic realm="members"' }).end('login please'));
    const { after } = await pollNew('/members.xml');
    expectBackingOff(after, /^HTTP 401 Unauthorized \("login please"\): the feed wants a Basic login for the realm "members": add it as/);
  });
});

describe('redirects', () => {
  it('follows a relative Location, against the URL that sent it', async () => {
    server.handle('/desk/old.xml', (_req, res) => void res.writeHead(302, { location: 'new.xml' }).end());
    server.handle('/desk/up.xml', (_req, res) => void res.writeHead(302, { location: '../wire/new.xml' }).end());
    server.serve('/desk/new.xml', rss(items(1, 'Relative')));
    server.serve('/wire/new.xml', rss(items(1, 'Upward')));
    for (const path of ['/desk/old.xml', '/desk/up.xml']) {
      const { outcome, after } = await pollNew(path);
      expect(outcome).toMatchObject({ status: 'ok', added: 1 });
      expect(after.url).toBe(server.url(path));
    }
  });

  // RFC 7538: a permanent hop re-links its own request, so a 301 then a 302 moves the feed to the 301's target (not to
  // the 302's, where Miniflux moves it on any redirect), and a 302 first keeps the address it was added by.
  it('moves the feed as far as the permanent hops go: to a 301’s target before a 302, nowhere after a 302', async () => {
    server.handle('/mix/a.xml', (_req, res) => void res.writeHead(301, { location: '/mix/b.xml' }).end());
    server.handle('/mix/b.xml', (_req, res) => void res.writeHead(302, { location: '/mix/c.xml' }).end());
    server.serve('/mix/c.xml', rss(items(1, 'Chain')));
    server.handle('/mix/p.xml', (_req, res) => void res.writeHead(302, { location: '/mix/q.xml' }).end());
    server.handle('/mix/q.xml', (_req, res) => void res.writeHead(301, { location: '/mix/c.xml' }).end());
    server.handle('/mix/x.xml', (_req, res) => void res.writeHead(301, { location: '/mix/y.xml' }).end());
    server.handle('/mix/y.xml', (_req, res) => void res.writeHead(308, { location: '/mix/z.xml' }).end());
    server.serve('/mix/z.xml', rss(items(1, 'Permanent')));
    expect((await pollNew('/mix/a.xml')).after.url).toBe(server.url('/mix/b.xml'));
    expect((await pollNew('/mix/p.xml')).after.url).toBe(server.url('/mix/p.xml'));
    const permanent = await pollNew('/mix/x.xml');
    expect(permanent.outcome).toMatchObject({ status: 'ok', added: 1 });
    expect(permanent.after.url).toBe(server.url('/mix/z.xml'));
  });

  it('follows a redirect to another host, and moves there when it is for good', async () => {
    const other = server.base.replace('127.0.0.1', 'localhost');
    server.handle('/hop-host.xml', (_req, res) => void res.writeHead(301, { location: `${other}/landed.xml` }).end());
    server.serve('/landed.xml', rss(items(2, 'Landed')));
    const { outcome, after } = await pollNew('/hop-host.xml');
    expect(outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(after.url).toBe(`${other}/landed.xml`);
  });

  it('says a loop of temporary redirects is a loop, and backs off', async () => {
    server.handle('/round/a.xml', (_req, res) => void res.writeHead(302, { location: '/round/b.xml' }).end());
    server.handle('/round/b.xml', (_req, res) => void res.writeHead(307, { location: '/round/a.xml' }).end());
    const { after } = await pollNew('/round/a.xml');
    expectBackingOff(after, /^redirects in a loop: /);
    expect(after.url).toBe(server.url('/round/a.xml'));
  });
});

describe('compression as servers get it wrong', () => {
  it('reads deflate as zlib or as raw deflate, and gzip twice over', async () => {
    const body = (name: string) => rss(items(1, name));
    server.handle('/zlib.xml', (_req, res) => send(res, deflateSync(body('Zlib')), { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }));
    server.handle('/raw.xml', (_req, res) => send(res, deflateRawSync(body('Raw')), { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }));
    server.handle('/twice.xml', (_req, res) => send(res, gzipSync(gzipSync(body('Twice'))), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }));
    server.handle('/br.xml', (_req, res) => send(res, brotliCompressSync(body('Brotli')), { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }));
    for (const path of ['/zlib.xml', '/raw.xml', '/twice.xml', '/br.xml']) {
      const { outcome } = await pollNew(path);
      expect([path, outcome.status, outcome.added, outcome.error]).toEqual([path, 'ok', 1, null]);
    }
  });
});

describe('bodies that stop short', () => {
  it('backs off from a Content-Length longer than the body, or a chunked body cut mid-way, storing nothing', async () => {
    server.handle('/long-claim.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '9000' });
      res.write(rss(items(3, 'Claimed')).slice(0, 300));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    server.handle('/chunk-cut.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(rss(items(3, 'Chunked')).slice(0, 400));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    for (const path of ['/long-claim.xml', '/chunk-cut.xml']) {
      const { feed, after } = await pollNew(path);
      expectBackingOff(after, /was cut while the feed was being sent.*incomplete/);
      expect(await titles(feed)).toEqual([]);
    }
  });

  it('times out a server that never sends its headers', async () => {
    server.handle('/silent.xml', (_req, res) => void setTimeout(() => res.destroyed || send(res, rss(items(1)), {}), 3_000));
    const { after } = await pollNew('/silent.xml');
    expectBackingOff(after, /^timed out after 1 s fetching /);
  });
});

describe('charsets that disagree', () => {
  const words = 'Café owners’ “rally” — €5 fee';

  it('reads a windows-1252 body labelled charset=utf-8 as a reader does, without mojibake', async () => {
    server.handle('/cp1252.xml', (_req, res) => send(res, iconv.encode(rss([{ title: words, guid: 'cp1' }], { encoding: 'windows-1252' }), 'windows-1252'), { 'content-type': 'application/rss+xml; charset=utf-8' }));
    const { feed } = await pollNew('/cp1252.xml');
    expect(await titles(feed)).toEqual([words]);
  });

  it('reads UTF-16 with its byte order mark, whatever the header says', async () => {
    const doc = rss([{ title: words, guid: 'u16' }], { encoding: 'UTF-16' });
    server.handle('/utf16le.xml', (_req, res) => send(res, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(doc, 'utf-16le')]), { 'content-type': 'application/rss+xml; charset=utf-8' }));
    server.handle('/utf16be.xml', (_req, res) => send(res, Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(doc, 'utf-16be')]), { 'content-type': 'text/xml' }));
    for (const path of ['/utf16le.xml', '/utf16be.xml']) expect(await titles((await pollNew(path)).feed)).toEqual([words]);
  });

  it('takes the header’s charset over a prolog that says otherwise (RFC 7303)', async () => {
    const doc = rss([{ title: words, guid: 'prolog' }], { encoding: 'ISO-8859-1' });
    server.handle('/prolog.xml', (_req, res) => send(res, Buffer.from(doc, 'utf8'), { 'content-type': 'application/xml; charset=UTF-8' }));
    expect(await titles((await pollNew('/prolog.xml')).feed)).toEqual([words]);
  });
});

describe('validators and freshness', () => {
  it('sends a weak ETag back as it came', async () => {
    server.handle('/weak.xml', (req, res) => {
      if (req.headers['if-none-match'] === 'W/"rev-7"') return void res.writeHead(304, { etag: 'W/"rev-7"' }).end();
      send(res, rss(items(2, 'Weak')), { 'content-type': 'application/rss+xml', etag: 'W/"rev-7"' });
    });
    const { feed, after } = await pollNew('/weak.xml');
    expect(after.etag).toBe('W/"rev-7"');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'not-modified', added: 0 });
  });

  it('stores nothing new and rewrites nothing when a server ignores If-None-Match and sends the same body again', async () => {
    let bodies = 0;
    server.handle('/stubborn.xml', (_req, res) => {
      bodies++;
      send(res, rss(items(3, 'Stubborn')), { 'content-type': 'application/rss+xml', etag: '"same"' });
    });
    const feed = await feedAt('/stubborn.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 3 });
    const before = (await queryStories(ctx, { feedId: feed.id, limit: 10 })).stories;
    const again = await pollFeed(ctx, classify, feed.id);
    expect(again).toMatchObject({ status: 'ok', added: 0, seen: 3, updated: 0 });
    expect(bodies).toBe(2);
    expect((await queryStories(ctx, { feedId: feed.id, limit: 10 })).stories).toEqual(before);
    expect(await reload(feed)).toMatchObject({ status: 'ok', errors: 0, etag: '"same"' });
  });

  it('waits until a Retry-After given as an HTTP date, measured by the server’s clock', async () => {
    server.handle('/later.xml', (_req, res) =>
      void res.writeHead(503, { 'retry-after': 'Fri, 27 Feb 2026 15:00:00 GMT', date: 'Fri, 27 Feb 2026 12:00:00 GMT' }).end('maintenance'),
    );
    const { after } = await pollNew('/later.xml');
    expectBackingOff(after, /^HTTP 503 Service Unavailable .*asked to retry after 3 h$/);
    expect(after.nextPollAt! - ctx.now()).toBeGreaterThanOrEqual(3 * 60 * MIN);
  });

  it('caps a year-long max-age at a day, and takes an Expires in the past as no hint', async () => {
    server.serve('/year.xml', rss(items(1, 'Year')), { headers: { 'cache-control': 'max-age=31536000' } });
    server.serve('/stale.xml', rss(items(1, 'Stale')), { headers: { date: 'Fri, 27 Feb 2026 12:00:00 GMT', expires: 'Thu, 01 Jan 2026 00:00:00 GMT' } });
    expect((await pollNew('/year.xml')).after.nextPollAt! - ctx.now()).toBe(MAX_DELAY_MS);
    expect((await pollNew('/stale.xml')).after.nextPollAt! - ctx.now()).toBe(INTERVAL);
  });

  it('reuses one kept-alive connection for a host’s feeds polled one after the other', async () => {
    const ports: number[] = [];
    for (const path of ['/alive/a.xml', '/alive/b.xml', '/alive/c.xml']) {
      server.handle(path, (req, res) => {
        ports.push(req.socket.remotePort!);
        send(res, rss(items(1, `Alive ${path}`)), { 'content-type': 'application/rss+xml' });
      });
      await pollNew(path);
    }
    expect(new Set(ports).size).toBe(1);
  });
});
