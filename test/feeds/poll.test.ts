import type { ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDue, pollFeed } from '../../src/feeds/poll.js';
import { addFeed, disableFeed, getFeed, removeFeed, type Feed } from '../../src/feeds/store.js';
import { MAX_DELAY_MS } from '../../src/feeds/timing.js';
import { queryStories } from '../../src/stories/query.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';

/** Polling against a real local HTTP server scripted to behave like publishers do. */
const ctx = testCtx('feeds-poll', { FEED_TIMEOUT_SECONDS: '1', PUBLIC_URL: 'https://wirebrief.example' });
const classify = createClassifier(loadTaxonomy());
let server: FeedServer;
const MIN = 60_000;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await ctx.cleanup();
});

async function feedAt(path: string, intervalMinutes = 10): Promise<Feed> {
  return (await addFeed(ctx, server.url(path), { intervalMinutes })).feed;
}
const reload = async (feed: Feed) => (await getFeed(ctx, feed.id))!;
const requestsTo = (path: string) => server.requests.filter((r) => r.path === path);
const xml = (res: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}) =>
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers }).end(body);

describe('polling a feed over HTTP', () => {
  it('sends a real User-Agent and asks for compressed bodies', async () => {
    server.serve('/ua.xml', rss(items(1)));
    await pollFeed(ctx, classify, (await feedAt('/ua.xml')).id);
    const [req] = requestsTo('/ua.xml');
    expect(req!.headers['user-agent']).toBe('wirebrief/0.1.0 (+https://wirebrief.example)');
    expect(req!.headers['accept-encoding']).toMatch(/gzip.*deflate.*br/);
  });

  it('answers a matching ETag with 304 and parses nothing', async () => {
    let bodies = 0;
    server.handle('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      bodies++;
      xml(res, rss(items(3, 'Etag')), { etag: '"v1"' });
    });
    const feed = await feedAt('/etag.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 3 });
    expect((await reload(feed)).etag).toBe('"v1"');
    const again = await pollFeed(ctx, classify, feed.id);
    expect(again).toMatchObject({ status: 'not-modified', added: 0, seen: 0, error: null });
    expect(bodies).toBe(1);
    expect(requestsTo('/etag.xml')[1]!.headers['if-none-match']).toBe('"v1"');
    const after = await reload(feed);
    expect(after).toMatchObject({ status: 'ok', errors: 0, etag: '"v1"', lastSuccessAt: ctx.now() });
  });

  it('sends If-Modified-Since from Last-Modified and takes 304 as success', async () => {
    const stamp = 'Thu, 26 Feb 2026 08:00:00 GMT';
    server.handle('/lm.xml', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) return void res.writeHead(304).end();
      xml(res, rss(items(2, 'Modified')), { 'last-modified': stamp });
    });
    const feed = await feedAt('/lm.xml');
    await pollFeed(ctx, classify, feed.id);
    expect((await reload(feed)).lastModified).toBe(stamp);
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'not-modified' });
    expect(requestsTo('/lm.xml')[1]!.headers['if-modified-since']).toBe(stamp);
    expect((await reload(feed)).lastModified).toBe(stamp);
  });

  it('moves the feed on 301, and asks the new URL next time', async () => {
    server.handle('/moved.xml', (_req, res) => void res.writeHead(301, { location: '/new-home.xml' }).end());
    server.serve('/new-home.xml', rss(items(2, 'Moved')));
    const feed = await feedAt('/moved.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    expect((await reload(feed)).url).toBe(server.url('/new-home.xml'));
    await pollFeed(ctx, classify, feed.id);
    expect(requestsTo('/moved.xml')).toHaveLength(1);
    expect(requestsTo('/new-home.xml')).toHaveLength(2);
    const page = await queryStories(ctx, { feedId: feed.id, limit: 10 });
    expect(page.stories.map((s) => s.title).sort()).toEqual(['Moved 1', 'Moved 2']);
  });

  it('keeps the URL on 302 and 307', async () => {
    server.handle('/temp.xml', (_req, res) => void res.writeHead(302, { location: '/elsewhere.xml' }).end());
    server.handle('/temp7.xml', (_req, res) => void res.writeHead(307, { location: '/elsewhere.xml' }).end());
    server.serve('/elsewhere.xml', rss(items(1, 'Temp')));
    for (const path of ['/temp.xml', '/temp7.xml']) {
      const feed = await feedAt(path);
      expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok' });
      expect((await reload(feed)).url).toBe(server.url(path));
    }
  });

  it('stops after five redirects', async () => {
    server.handle('/chain.xml', (req, res) => void res.writeHead(302, { location: `/chain.xml?n=${Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0) + 1}` }).end());
    const outcome = await pollFeed(ctx, classify, (await feedAt('/chain.xml')).id);
    expect(outcome.error).toMatch(/more than 5 redirects/);
    expect(requestsTo('/chain.xml')).toHaveLength(6);
  });

  it('says a redirect loop is a loop, and moves the feed nowhere (308 to itself, or two URLs sending to each other)', async () => {
    server.handle('/loop.xml', (_req, res) => void res.writeHead(308, { location: '/loop.xml' }).end());
    server.handle('/ping.xml', (_req, res) => void res.writeHead(301, { location: '/pong.xml' }).end());
    server.handle('/pong.xml', (_req, res) => void res.writeHead(301, { location: '/ping.xml' }).end());
    const self = await feedAt('/loop.xml');
    expect((await pollFeed(ctx, classify, self.id)).error).toBe(`redirects in a loop: ${server.url('/loop.xml')} → ${server.url('/loop.xml')}`);
    expect(requestsTo('/loop.xml')).toHaveLength(1);
    const pair = await feedAt('/ping.xml');
    expect((await pollFeed(ctx, classify, pair.id)).error).toBe(`redirects in a loop: ${server.url('/ping.xml')} → ${server.url('/pong.xml')} → ${server.url('/ping.xml')}`);
    expect((await reload(pair)).url).toBe(server.url('/ping.xml'));
  });

  it('sends back a cookie set on a redirect, within the fetch only (a site behind a cookie check)', async () => {
    server.handle('/cookie-check.xml', (req, res) => {
      if (!/(?:^|; )visited=yes(?:;|$)/.test(req.headers.cookie ?? '')) return void res.writeHead(302, { location: '/cookie-check.xml', 'set-cookie': 'visited=yes; Path=/; HttpOnly' }).end();
      xml(res, rss(items(2, 'Cookie')));
    });
    const feed = await feedAt('/cookie-check.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    expect((await reload(feed)).url).toBe(server.url('/cookie-check.xml'));
    // Nothing is kept between polls: the next poll goes through the check again.
    await pollFeed(ctx, classify, feed.id);
    const sent = requestsTo('/cookie-check.xml').map((r) => r.headers.cookie ?? null);
    expect(sent).toEqual([null, 'visited=yes', null, 'visited=yes']);
  });

  it('disables a feed that answers 410 Gone, saying why', async () => {
    server.handle('/gone.xml', (_req, res) => void res.writeHead(410).end());
    const feed = await feedAt('/gone.xml');
    const outcome = await pollFeed(ctx, classify, feed.id);
    expect(outcome).toMatchObject({ status: 'error', disabled: true });
    const after = await reload(feed);
    expect(after.status).toBe('disabled');
    expect(after.lastError).toMatch(/^HTTP 410 Gone: the publisher has removed this feed$/);
    expect(await checkDue(ctx, feed.id)).toMatchObject({ skipped: 'disabled' });
  });

  it('keeps a feed paused, or removed, while a poll that started before is still in flight', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const arrived: (() => void)[] = [];
    const pollWhile = async (path: string, change: (feed: Feed) => Promise<unknown>) => {
      server.handle(path, (_req, res) => {
        arrived.shift()?.();
        void held.then(() => xml(res, rss(items(2, 'Slow')), { etag: '"s1"' }));
      });
      const feed = await feedAt(path);
      const inHand = new Promise<void>((resolve) => arrived.push(resolve));
      const polling = pollFeed(ctx, classify, feed.id);
      await inHand;
      await change(feed);
      return { feed, polling };
    };
    const paused = await pollWhile('/paused-in-flight.xml', (feed) => disableFeed(ctx, feed.id, 'paused by operator'));
    const removed = await pollWhile('/removed-in-flight.xml', (feed) => removeFeed(ctx, feed.id));
    release();
    expect(await paused.polling).toMatchObject({ status: 'ok', added: 2 });
    expect(await reload(paused.feed)).toMatchObject({ status: 'disabled', lastError: 'paused by operator', nextPollAt: null, etag: '"s1"' });
    await removed.polling;
    expect(await getFeed(ctx, removed.feed.id)).toBeNull();
  });

  it('waits as long as Retry-After says on 429 and 503', async () => {
    server.handle('/busy.xml', (_req, res) => void res.writeHead(429, { 'retry-after': '7200' }).end());
    server.handle('/down.xml', (_req, res) => void res.writeHead(503, { 'retry-after': new Date(Date.now() + 3 * 3600_000).toUTCString(), date: new Date().toUTCString() }).end());
    for (const [path, hours] of [['/busy.xml', 2], ['/down.xml', 3]] as const) {
      const feed = await feedAt(path);
      const outcome = await pollFeed(ctx, classify, feed.id);
      expect(outcome.error).toMatch(/^HTTP (429 Too Many Requests|503 Service Unavailable); asked to retry after/);
      const after = await reload(feed);
      expect(after).toMatchObject({ status: 'backing-off', errors: 1 });
      expect(after.nextPollAt! - ctx.now()).toBeGreaterThanOrEqual(hours * 3600_000 - 5_000);
      // The scheduler's next ticks, every 10 minutes, poll nothing until then.
      ctx.clock.t += 30 * MIN;
      expect(await checkDue(ctx, feed.id)).toMatchObject({ skipped: 'not-due', nextPollAt: after.nextPollAt });
      ctx.clock.t = after.nextPollAt!;
      expect(await checkDue(ctx, feed.id)).toBeNull();
      ctx.clock.t = Date.parse('2026-02-27T12:00:00Z');
    }
  });

  it('times out on a server that drips bytes', async () => {
    const open: ServerResponse[] = [];
    server.handle('/drip.xml', (_req, res) => {
      open.push(res);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>drip');
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const outcome = await pollFeed(ctx, classify, (await feedAt('/drip.xml')).id);
    expect(outcome).toMatchObject({ status: 'error', error: expect.stringMatching(/^timed out after 1 s fetching http:\/\/127\.0\.0\.1:\d+\/drip\.xml$/) });
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const res of open) res.destroy();
  });

  it('cuts a 50 MB body at the 5 MB cap while it streams', async () => {
    const bigCtx = testCtx('feeds-poll-big');
    let sent = 0;
    let aborted = false;
    server.handle('/huge.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title><description>');
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('</description></channel></rss>');
      };
      res.on('close', () => (aborted = sent < 50 * 1024 * 1024));
      pump();
    });
    try {
      const feed = (await addFeed(bigCtx, server.url('/huge.xml'))).feed;
      const outcome = await pollFeed(bigCtx, classify, feed.id);
      expect(outcome.error).toBe('the feed is larger than the 5 MB limit: stopped reading after 5 MB');
      await expect.poll(() => aborted).toBe(true);
      expect(sent).toBeLessThan(20 * 1024 * 1024);
    } finally {
      await bigCtx.cleanup();
    }
  });

  it('refuses at once a body whose Content-Length is over the cap', async () => {
    server.handle('/declared.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(6 * 1024 * 1024) });
      res.write('<rss>');
    });
    const outcome = await pollFeed(ctx, classify, (await feedAt('/declared.xml')).id);
    expect(outcome.error).toMatch(/larger than the 5 MB limit \(Content-Length 6291456\): not downloaded/);
  });

  it('reads gzip and brotli bodies', async () => {
    server.handle('/gz.xml', (_req, res) => xml(res, gzipSync(rss(items(2, 'Gzip'))), { 'content-encoding': 'gzip' }));
    server.handle('/br.xml', (_req, res) => xml(res, brotliCompressSync(rss(items(2, 'Brotli'))), { 'content-encoding': 'br' }));
    expect(await pollFeed(ctx, classify, (await feedAt('/gz.xml')).id)).toMatchObject({ status: 'ok', added: 2 });
    expect(await pollFeed(ctx, classify, (await feedAt('/br.xml')).id)).toMatchObject({ status: 'ok', added: 2 });
  });

  it('unpacks a body still gzipped without Content-Encoding (a .xml.gz object on S3), under the size cap', async () => {
    server.handle('/unlabelled-gz.xml', (_req, res) => xml(res, gzipSync(rss(items(2, 'Unlabelled'))), { 'content-type': 'application/x-gzip' }));
    server.handle('/twice-gz.xml', (_req, res) => xml(res, gzipSync(gzipSync(rss(items(2, 'Twice')))), { 'content-encoding': 'gzip' }));
    expect(await pollFeed(ctx, classify, (await feedAt('/unlabelled-gz.xml')).id)).toMatchObject({ status: 'ok', added: 2 });
    expect(await pollFeed(ctx, classify, (await feedAt('/twice-gz.xml')).id)).toMatchObject({ status: 'ok', added: 2 });
    server.handle('/gz-bomb.xml', (_req, res) => xml(res, gzipSync(Buffer.alloc(6 * 1024 * 1024, 0x20))));
    expect((await pollFeed(ctx, classify, (await feedAt('/gz-bomb.xml')).id)).error).toMatch(/larger than the 5 MB limit once unpacked/);
  });

  it('unpacks a .xml.gz gzipped once more, or followed by stray bytes, as gzip(1) and browsers do, still under the cap', async () => {
    // Both failed with "not a feed: the document does not start with XML or JSON ("‹…")".
    server.handle('/gz-in-gz.xml.gz', (_req, res) => xml(res, gzipSync(gzipSync(rss(items(2, 'Layered')))), { 'content-type': 'application/octet-stream' }));
    server.handle('/gz-newline.xml.gz', (_req, res) => xml(res, Buffer.concat([gzipSync(rss(items(2, 'Trailing'))), Buffer.from('\n\n')]), { 'content-type': 'application/xml' }));
    expect(await pollFeed(ctx, classify, (await feedAt('/gz-in-gz.xml.gz')).id)).toMatchObject({ status: 'ok', added: 2 });
    expect(await pollFeed(ctx, classify, (await feedAt('/gz-newline.xml.gz')).id)).toMatchObject({ status: 'ok', added: 2 });
    const bomb = Buffer.concat([gzipSync(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))), Buffer.from('\n')]);
    server.handle('/gz-bomb-layered.xml', (_req, res) => xml(res, bomb, { 'content-encoding': 'gzip' }));
    expect((await pollFeed(ctx, classify, (await feedAt('/gz-bomb-layered.xml')).id)).error).toMatch(/larger than the 5 MB limit once unpacked/);
  });

  it('dates stories of Thai and Persian feeds in their own calendars, and an unreadable date by the fetch', async () => {
    const doc = (language: string, dates: string[]) =>
      rss(dates.map((pubDate, i) => ({ title: `${language} story ${i + 1}`, guid: `${language}-${i + 1}`, link: `https://news.example/${language}/${i + 1}`, description: `<p>Story ${i + 1}.</p>`, pubDate }))).replace(
        '<channel>',
        `<channel><language>${language}</language>`,
      );
    server.serve('/thai.xml', doc('th', ['Fri, 27 Feb 2569 08:00:00 +0700', 'ศุกร์ 27 ก.พ. 2569 เวลา 10.30 น.', 'ไม่ทราบ']));
    server.serve('/persian.xml', doc('fa', ['جمعه ۸ اسفند ۱۴۰۴ ساعت ۱۱:۰۰', '۱۴۰۴/۱۲/۰۸ - ۰۹:۳۰']));
    for (const path of ['/thai.xml', '/persian.xml']) {
      const feed = await feedAt(path);
      expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok' });
    }
    const published = async (path: string) =>
      (await queryStories(ctx, { feedId: (await feedAt(path)).id, limit: 10 })).stories.map((s) => [s.title, new Date(s.published).toISOString()]).sort();
    expect(await published('/thai.xml')).toEqual([
      ['th story 1', '2026-02-27T01:00:00.000Z'],
      ['th story 2', '2026-02-27T03:30:00.000Z'],
      ['th story 3', new Date(ctx.now()).toISOString()],
    ]);
    expect(await published('/persian.xml')).toEqual([
      ['fa story 1', '2026-02-27T07:30:00.000Z'],
      ['fa story 2', '2026-02-27T06:00:00.000Z'],
    ]);
  });

  it('asks again for the plain bytes when a body labelled compressed does not unpack, and says so if they never come', async () => {
    // Content-Encoding set by hand on an uncompressed body: it failed with "incorrect header check (Z_DATA_ERROR)".
    server.handle('/mislabelled-gz.xml', (req, res) => xml(res, rss(items(2, 'Mislabelled')), /gzip/.test(String(req.headers['accept-encoding'])) ? { 'content-encoding': 'gzip' } : {}));
    expect(await pollFeed(ctx, classify, (await feedAt('/mislabelled-gz.xml')).id)).toMatchObject({ status: 'ok', added: 2 });
    expect(requestsTo('/mislabelled-gz.xml').map((r) => r.headers['accept-encoding'])).toEqual(['gzip, deflate, br', 'identity']);
    server.handle('/always-br.xml', (_req, res) => xml(res, rss(items(1, 'Always')), { 'content-encoding': 'br' }));
    const outcome = await pollFeed(ctx, classify, (await feedAt('/always-br.xml')).id);
    expect(outcome.error).toBe('127.0.0.1:' + new URL(server.base).port + ' said the feed was compressed (Content-Encoding: br) but sent bytes that do not unpack as such');
  });

  it('gets é and ’ right from a windows-1252 feed, named by HTTP or by the prolog', async () => {
    const doc = rss([{ title: 'Café owners’ “big” day – €5 off', guid: 'cp1252', link: 'https://news.example/cafe', description: 'Résumé: naïve déjà vu’s' }], { encoding: 'windows-1252' });
    const bytes = iconv.encode(doc, 'windows-1252');
    expect(bytes.includes(0x92)).toBe(true);
    server.handle('/cp1252-http.xml', (_req, res) => xml(res, bytes, { 'content-type': 'text/xml; charset=windows-1252' }));
    server.handle('/cp1252-prolog.xml', (_req, res) => xml(res, bytes, { 'content-type': 'text/xml' }));
    // The second feed carries the same story: it is one story, listed under both feeds.
    for (const [path, outcome] of [['/cp1252-http.xml', { added: 1 }], ['/cp1252-prolog.xml', { added: 0, duplicates: 1 }]] as const) {
      const feed = await feedAt(path);
      expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', ...outcome });
      const [story] = (await queryStories(ctx, { feedId: feed.id, limit: 1 })).stories;
      expect(story!.title).toBe('Café owners’ “big” day – €5 off');
      expect(story!.text).toBe('Résumé: naïve déjà vu’s');
    }
  });

  it('reports a truncated feed as a readable error and carries on with the next feed', async () => {
    const whole = rss(items(3, 'Cut'));
    server.handle('/truncated.xml', (_req, res) => xml(res, whole.slice(0, whole.indexOf('Cut 1') + 3)));
    server.serve('/healthy.xml', rss(items(2, 'Healthy')));
    const broken = await feedAt('/truncated.xml');
    const healthy = await feedAt('/healthy.xml');
    const outcome = await pollFeed(ctx, classify, broken.id);
    expect(outcome).toMatchObject({ status: 'error', added: 0 });
    expect(outcome.error).toMatch(/^the feed is cut off: the document ends inside <rss> <channel> <item> <title> and its only item is incomplete/);
    expect((await reload(broken)).lastError).toBe(outcome.error);
    expect(await pollFeed(ctx, classify, healthy.id)).toMatchObject({ status: 'ok', added: 2, error: null });
  });

  it('backs off exponentially with jitter, capped at a day, and never gives up', async () => {
    server.handle('/broken.xml', (_req, res) => void res.writeHead(500).end());
    const feed = await feedAt('/broken.xml', 5);
    const delays: number[] = [];
    for (let i = 1; i <= 14; i++) {
      const outcome = await pollFeed(ctx, classify, feed.id);
      expect(outcome.error).toBe('HTTP 500 Internal Server Error');
      const after = await reload(feed);
      expect(after).toMatchObject({ status: 'backing-off', errors: i, lastError: 'HTTP 500 Internal Server Error' });
      delays.push(after.nextPollAt! - ctx.now());
      ctx.clock.t = after.nextPollAt!;
    }
    expect(delays[0]).toBeGreaterThanOrEqual(5 * MIN);
    expect(delays[1]).toBeGreaterThanOrEqual(0.75 * 10 * MIN);
    expect(delays[4]).toBeGreaterThanOrEqual(0.75 * 80 * MIN);
    for (const d of delays) expect(d).toBeLessThanOrEqual(MAX_DELAY_MS);
    expect(delays.slice(-3).every((d) => d >= 0.75 * MAX_DELAY_MS)).toBe(true);
    // A success resets the count.
    server.serve('/broken.xml', rss(items(1, 'Back')));
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok' });
    expect(await reload(feed)).toMatchObject({ status: 'ok', errors: 0, lastError: null, nextPollAt: ctx.now() + 5 * MIN });
    ctx.clock.t = Date.parse('2026-02-27T12:00:00Z');
  });

  it('polls no sooner than <ttl>, Cache-Control max-age or Expires allow', async () => {
    server.serve('/ttl.xml', rss(items(1, 'Ttl'), { ttl: 120 }));
    server.serve('/maxage.xml', rss(items(1, 'MaxAge')), { headers: { 'cache-control': 'public, max-age=5400' } });
    server.serve('/expires.xml', rss(items(1, 'Expires')), { headers: { date: 'Fri, 27 Feb 2026 12:00:00 GMT', expires: 'Fri, 27 Feb 2026 13:00:00 GMT' } });
    server.serve('/short.xml', rss(items(1, 'Short')), { headers: { 'cache-control': 'max-age=60' } });
    const expected: [string, number][] = [['/ttl.xml', 120], ['/maxage.xml', 90], ['/expires.xml', 60], ['/short.xml', 10]];
    for (const [path, minutes] of expected) {
      const feed = await feedAt(path);
      await pollFeed(ctx, classify, feed.id);
      expect([path, (await reload(feed)).nextPollAt! - ctx.now()]).toEqual([path, minutes * MIN]);
    }
    expect((await reload(await feedAt('/ttl.xml'))).ttlMinutes).toBe(120);
  });

  it('follows the feed a web page declares in <link rel="alternate">, and keeps its URL', async () => {
    server.handle('/site/', (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html><head><title>Site</title><link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" title="News" href="/site/feed.xml"></head><body><a href="/other.xml">x</a></body></html>'),
    );
    server.serve('/site/feed.xml', rss(items(2, 'Discovered')));
    const feed = await feedAt('/site/');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    expect((await reload(feed)).url).toBe(server.url('/site/feed.xml'));
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'not-modified' });
    expect(requestsTo('/site/')).toHaveLength(1);
  });

  it('names DNS and connection failures in words', async () => {
    const dns = (await addFeed(ctx, 'http://no-such-host.invalid/feed.xml')).feed;
    expect((await pollFeed(ctx, classify, dns.id)).error).toMatch(/^DNS: could not resolve no-such-host\.invalid/);
    const closed = await startFeedServer();
    const url = closed.url('/x.xml');
    await closed.close();
    const refused = (await addFeed(ctx, url)).feed;
    expect((await pollFeed(ctx, classify, refused.id)).error).toMatch(/refused the connection$/);
  });
});

describe('aggregators credit the outlet', () => {
  it('takes an item’s <source> (RSS) or <source><title> (Atom) as the story’s source, and lists copies by outlet', async () => {
    const lede = 'The finance ministry on Thursday raised the import duty on gold to 15 per cent from 10 per cent to curb the current account deficit, officials said, adding that the change takes effect at midnight and applies to bars and coins alike.';
    server.serve(
      '/aggregator.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Top stories - Aggregator News</title><link>https://news.aggregator.example/</link>
<item><title>Government raises gold import duty to 15%</title><link>https://news.aggregator.example/r/1</link><guid>agg-1</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${lede}</description><source url="https://www.dailyledger.example">The Daily Ledger</source></item>
<item><title>Gold import duty raised to 15 pc</title><link>https://news.aggregator.example/r/2</link><guid>agg-2</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${lede} Jewellers protested.</description><source url="https://www.coastpost.example">Coast Post</source></item>
<item><title>Monsoon reaches Kerala</title><link>https://news.aggregator.example/r/3</link><guid>agg-3</guid><pubDate>${new Date().toUTCString()}</pubDate><description>The monsoon arrived in Kerala on Friday.</description></item>
</channel></rss>`,
    );
    server.serve(
      '/planet.atom',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Desk</title><id>p</id><updated>2026-02-27T10:00:00Z</updated>
<entry><id>pl-1</id><title>Port strike ends</title><link href="https://planet.example/1"/><updated>${new Date().toISOString()}</updated><summary>Dock workers returned.</summary><source><id>s</id><title>Harbour Herald</title></source></entry></feed>`,
    );
    const agg = await feedAt('/aggregator.xml');
    expect(await pollFeed(ctx, classify, agg.id)).toMatchObject({ status: 'ok', added: 3 });
    const stories = (await queryStories(ctx, { feedId: agg.id, limit: 10 })).stories;
    const bySource = Object.fromEntries(stories.map((s) => [s.title, s.source]));
    expect(bySource).toEqual({
      'Government raises gold import duty to 15%': 'The Daily Ledger',
      'Gold import duty raised to 15 pc': 'Coast Post',
      'Monsoon reaches Kerala': 'Aggregator News', // no <source>: the feed is the outlet, without its "Top stories" page
    });
    const gold = stories.filter((s) => /gold/i.test(s.title));
    expect(gold[0]!.cluster).toBe(gold[1]!.cluster);
    expect([...gold[0]!.sources].sort()).toEqual(['Coast Post', 'The Daily Ledger']);

    const planet = await feedAt('/planet.atom');
    await pollFeed(ctx, classify, planet.id);
    expect((await queryStories(ctx, { feedId: planet.id, limit: 1 })).stories[0]!.source).toBe('Harbour Herald');
  });
});

describe('the feed’s title as the stories’ source', () => {
  it('is the name a reader sees: entities decoded, markup and line breaks gone', async () => {
    server.serve(
      '/titled.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title><![CDATA[
  Ministry of Ports &amp; Shipping&#8217;s <b>Press</b> Desk ]]></title><link>https://ports.example/</link>
<item><title>Port dues cut</title><link>https://ports.example/1</link><guid>pd-1</guid><pubDate>${new Date().toUTCString()}</pubDate><description>Dues fall by a tenth.</description></item>
</channel></rss>`,
    );
    const feed = await feedAt('/titled.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
    expect((await reload(feed)).title).toBe('Ministry of Ports & Shipping’s Press Desk');
    expect((await queryStories(ctx, { feedId: feed.id, limit: 1 })).stories[0]!.source).toBe('Ministry of Ports & Shipping’s Press Desk');
  });
});

describe('a <base href> inside an item’s HTML', () => {
  it('resolves the story’s picture against it, itself resolved against the item’s and the feed’s bases, as a browser does', async () => {
    const item = (n: number, html: string) =>
      `<item><title>Based ${n}</title><link>https://news.example/based/${n}</link><guid>based-${n}</guid><pubDate>Fri, 27 Feb 2026 10:00:00 +0000</pubDate>` +
      `<content:encoded><![CDATA[${html}]]></content:encoded></item>`;
    const doc =
      '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Based desk</title><link>https://news.example/</link>' +
      item(1, '<html><head><base href="https://cdn.example/2026/02/"></head><body><p>Copy one.</p><img src="harbour.jpg"></body></html>') +
      item(2, '<base href="/media/wire/"><p>Copy two.</p><p><img src="../photos/port.jpg"></p>') +
      item(3, '<p>Copy three.</p><img src="dock.jpg"><base href="https://img.example/set/">') +
      item(4, '<base href="javascript:void(0)"><p>Copy four.</p><img src="/pics/quay.jpg">') +
      item(5, '<noscript><base href="https://wrong.example/"></noscript><p>Copy five.</p><img src="pier.jpg">') +
      '</channel></rss>';
    server.serve('/based.xml', doc);
    const feed = await feedAt('/based.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 5 });
    const images = Object.fromEntries((await queryStories(ctx, { feedId: feed.id, limit: 10 })).stories.map((s) => [s.title, s.image]));
    expect(images).toEqual({
      'Based 1': 'https://cdn.example/2026/02/harbour.jpg',
      'Based 2': 'https://news.example/media/photos/port.jpg',
      // The first <base> counts wherever it stands, before the picture or after it.
      'Based 3': 'https://img.example/set/dock.jpg',
      // A javascript: base is none, nor is one a browser running scripts reads as text.
      'Based 4': 'https://news.example/pics/quay.jpg',
      'Based 5': 'https://news.example/pier.jpg',
    });
  });

  it('resolves against an Atom entry’s xml:base first', async () => {
    const doc =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/"><title>Atom desk</title><id>urn:x</id><updated>2026-02-27T10:00:00Z</updated>' +
      '<entry xml:base="posts/"><title>Atom based</title><id>urn:x:1</id><link href="one.html"/><updated>2026-02-27T10:00:00Z</updated>' +
      '<content type="html">&lt;base href="assets/"&gt;&lt;p&gt;Atom copy.&lt;/p&gt;&lt;img src="fig.png"&gt;</content></entry></feed>';
    server.serve('/based-atom.xml', doc, { contentType: 'application/atom+xml' });
    const feed = await feedAt('/based-atom.xml');
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
    const [story] = (await queryStories(ctx, { feedId: feed.id, limit: 1 })).stories;
    expect(story).toMatchObject({ link: 'https://atom.example/blog/posts/one.html', image: 'https://atom.example/blog/posts/assets/fig.png' });
  });
});

describe('polling through an HTTP proxy (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)', () => {
  /** A forward proxy as newsroom networks run them: CONNECT tunnels, and plain requests in absolute form. */
  async function startProxy() {
    const { createServer, request } = await import('node:http');
    const { connect } = await import('node:net');
    const seen: string[] = [];
    const tunnels = new Set<{ destroy(): void }>();
    const proxy = createServer((req, res) => {
      seen.push(`GET ${req.url}`);
      const upstream = request(req.url!, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    proxy.on('connect', (req, client, head) => {
      seen.push(`CONNECT ${req.url}`);
      const [host, port] = req.url!.split(':');
      tunnels.add(client);
      const upstream = connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      tunnels.add(upstream);
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as { port: number }).port;
    return {
      url: `http://127.0.0.1:${port}`,
      seen,
      // A tunnel's sockets are no longer the server's to close: they are ended here.
      close: () => new Promise<void>((resolve) => (tunnels.forEach((socket) => socket.destroy()), proxy.closeAllConnections(), proxy.close(() => resolve()))),
    };
  }

  it('fetches feeds through the proxy the environment names, and directly for the hosts NO_PROXY lists', async () => {
    const proxy = await startProxy();
    const viaProxy = testCtx('feeds-proxy', { HTTP_PROXY: proxy.url });
    const direct = testCtx('feeds-no-proxy', { http_proxy: proxy.url, NO_PROXY: 'example.org,127.0.0.1' });
    try {
      server.serve('/proxied.xml', rss(items(2, 'Proxied')));
      const feed = (await addFeed(viaProxy, server.url('/proxied.xml'))).feed;
      expect(await pollFeed(viaProxy, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
      const target = new URL(server.base).host;
      expect(proxy.seen.some((s) => s === `CONNECT ${target}` || s === `GET ${server.url('/proxied.xml')}`)).toBe(true);

      const seenBefore = proxy.seen.length;
      const other = (await addFeed(direct, server.url('/proxied.xml'))).feed;
      expect(await pollFeed(direct, classify, other.id)).toMatchObject({ status: 'ok', added: 2 });
      expect(proxy.seen).toHaveLength(seenBefore);
    } finally {
      await viaProxy.cleanup();
      await direct.cleanup();
      await proxy.close();
    }
  });

  it('reads NO_PROXY as curl does: CIDR ranges, IPv6 addresses, `*` among other entries; other hosts still go through the proxy', async () => {
    const { createServer } = await import('node:http');
    // Connections are closed after each answer, so the proxy sees (CONNECT) every request it carries.
    const v6 = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml', connection: 'close' }).end(rss(items(1, 'Loopback six'))));
    await new Promise<void>((resolve) => v6.listen(0, '::1', resolve));
    const v6Url = `http://[::1]:${(v6.address() as { port: number }).port}/six.xml`;
    const proxy = await startProxy();
    server.serve('/cidr.xml', rss(items(1, 'Cidr')), { headers: { connection: 'close' } });
    // Each was sent to the proxy, which cannot reach a host it was told to leave alone in a real network.
    const cases: [string, string, boolean][] = [
      ['10.0.0.0/8, 127.0.0.0/8', server.url('/cidr.xml'), false],
      ['127.0.0.1/32', server.url('/cidr.xml'), false],
      ['::1', v6Url, false],
      ['[::1]', v6Url, false],
      ['::/0', v6Url, false],
      ['intranet.example *', server.url('/cidr.xml'), false],
      [`127.0.0.1:${new URL(server.base).port}`, server.url('/cidr.xml'), false],
      ['10.0.0.0/8', server.url('/cidr.xml'), true],
      ['127.0.0.0/33, fd00::/8, .example.org', server.url('/cidr.xml'), true],
      ['127.0.0.1:1', server.url('/cidr.xml'), true],
    ];
    try {
      for (const [noProxy, url, proxied] of cases) {
        const c = testCtx('feeds-no-proxy-cidr', { HTTP_PROXY: proxy.url, NO_PROXY: noProxy });
        try {
          const seenBefore = proxy.seen.length;
          const outcome = await pollFeed(c, classify, (await addFeed(c, url)).feed.id);
          expect({ noProxy, status: outcome.status, proxied: proxy.seen.length > seenBefore }).toEqual({ noProxy, status: 'ok', proxied });
        } finally {
          await c.cleanup();
        }
      }
    } finally {
      await proxy.close();
      await new Promise<void>((resolve) => (v6.closeAllConnections(), v6.close(() => resolve())));
    }
  });

  it('tunnels an https feed through HTTPS_PROXY, and fetches it directly when only HTTP_PROXY is set', async () => {
    // The "https site" is a bare TCP server that hangs up: no TLS here, but who connected to it, and how, is what counts.
    const { createServer } = await import('node:net');
    const direct: string[] = [];
    const site = createServer((socket) => (direct.push(socket.remoteAddress ?? ''), socket.destroy()));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const target = `127.0.0.1:${(site.address() as { port: number }).port}`;
    const proxy = await startProxy();
    const tunnelled = testCtx('feeds-proxy-https', { HTTPS_PROXY: proxy.url });
    const httpOnly = testCtx('feeds-proxy-http-only', { HTTP_PROXY: proxy.url });
    try {
      const viaTunnel = (await addFeed(tunnelled, `https://${target}/wire.xml`)).feed;
      const failed = await pollFeed(tunnelled, classify, viaTunnel.id);
      expect(failed).toMatchObject({ status: 'error', error: expect.stringContaining(target) });
      expect(proxy.seen).toContain(`CONNECT ${target}`);
      expect(direct.length).toBeGreaterThan(0); // through the tunnel the proxy opened

      const seenBefore = proxy.seen.length;
      const connectionsBefore = direct.length;
      const straight = (await addFeed(httpOnly, `https://${target}/wire.xml`)).feed;
      expect((await pollFeed(httpOnly, classify, straight.id)).status).toBe('error');
      expect(proxy.seen).toHaveLength(seenBefore);
      expect(direct.length).toBeGreaterThan(connectionsBefore);
    } finally {
      await tunnelled.cleanup();
      await httpOnly.cleanup();
      await proxy.close();
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
  });

  it('names the proxy when it cannot be reached, as the feed’s error', async () => {
    const proxy = await startProxy();
    await proxy.close();
    const ctxDown = testCtx('feeds-proxy-down', { HTTP_PROXY: proxy.url.replace('http://', 'http://proxyuser:proxy-secret@') });
    try {
      server.serve('/behind-dead-proxy.xml', rss(items(1, 'Dead')));
      const feed = (await addFeed(ctxDown, server.url('/behind-dead-proxy.xml'))).feed;
      const outcome = await pollFeed(ctxDown, classify, feed.id);
      expect(outcome.status).toBe('error');
      expect(outcome.error).toBe(`the proxy ${new URL(proxy.url).host} refused the connection (fetching ${new URL(server.base).host})`);
      const stored = await getFeed(ctxDown, feed.id);
      expect(stored?.lastError).toBe(outcome.error);
      expect(JSON.stringify(stored)).not.toContain('proxy-secret');
    } finally {
      await ctxDown.cleanup();
    }
  });

  it('says so when the proxy will not connect to the feed’s host', async () => {
    const { createServer } = await import('node:http');
    const strict = createServer();
    strict.on('connect', (_req, client) => client.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve));
    const proxyHost = `127.0.0.1:${(strict.address() as { port: number }).port}`;
    const ctxStrict = testCtx('feeds-proxy-strict', { HTTP_PROXY: `http://${proxyHost}` });
    try {
      server.serve('/forbidden-by-proxy.xml', rss(items(1, 'Blocked')));
      const feed = (await addFeed(ctxStrict, server.url('/forbidden-by-proxy.xml'))).feed;
      const outcome = await pollFeed(ctxStrict, classify, feed.id);
      expect(outcome.error).toBe(`the proxy ${proxyHost} answered HTTP 403 instead of connecting to ${new URL(server.base).host}`);
    } finally {
      await ctxStrict.cleanup();
      await new Promise<void>((resolve) => strict.close(() => resolve()));
    }
  });

  it('refuses a proxy setting that is not an http(s) URL, naming the variable', () => {
    expect(() => testCtx('feeds-proxy-bad', { HTTPS_PROXY: 'socks5://127.0.0.1:1080' })).toThrow(/HTTPS_PROXY must be a URL starting with http:\/\/ or https:\/\//);
  });
});

describe('feeds behind an HTTP login (agency wires, paid feeds)', () => {
  const expected = `Basic ${Buffer.from('desk:p@ss:wörd', 'utf8').toString('base64')}`;
  const withLogin = (path: string, login = 'desk:p%40ss%3Aw%C3%B6rd') => server.url(path).replace('http://', `http://${login}@`);

  it('sends the login the URL carried, keeps the URL without it, and never keeps the password in clear', async () => {
    server.handle('/private.xml', (req, res) => {
      if (req.headers.authorization !== expected) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="wire"' }).end();
      xml(res, rss(items(2, 'Private')));
    });
    const { feed } = await addFeed(ctx, withLogin('/private.xml'));
    expect(feed).toMatchObject({ url: server.url('/private.xml'), login: 'desk' });
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    const stored = Object.values(await ctx.redis.hgetall(`${ctx.config.prefix}:feed:${feed.id}`)).join(' ');
    expect(stored).not.toMatch(/p@ss|p%40ss/);
    // Added again without a login, it keeps its own; with another one, it takes that.
    expect(await addFeed(ctx, server.url('/private.xml'))).toMatchObject({ feed: { login: 'desk' }, loginChanged: false, warning: null });
    expect(await addFeed(ctx, withLogin('/private.xml'))).toMatchObject({ loginChanged: false });
    expect(await addFeed(ctx, withLogin('/private.xml', 'desk:wrong'))).toMatchObject({ loginChanged: true, warning: expect.stringMatching(/sent in clear/) });
    const refused = await pollFeed(ctx, classify, feed.id);
    expect(refused.error).toBe('HTTP 401 Unauthorized: the feed refused its Basic login for the realm "wire" (add it again as https://user:password@… with the right one)');
  });

  it('tries a feed with the login its URL carries, as `feeds try` and POST /api/admin/feeds/try do', async () => {
    const { fetchAndPreview } = await import('../../src/feeds/preview.js');
    const { readFeedAddress } = await import('../../src/feeds/store.js');
    server.handle('/private-try.xml', (req, res) => (req.headers.authorization === expected ? xml(res, rss(items(3, 'Tried'))) : void res.writeHead(401).end()));
    const address = readFeedAddress(withLogin('/private-try.xml'));
    const preview = await fetchAndPreview(classify, address.url, ctx.config, ctx.now(), address.login);
    expect(preview.stories.map((s) => s.title)).toEqual(['Tried 1', 'Tried 2', 'Tried 3']);
    await expect(fetchAndPreview(classify, address.url, ctx.config, ctx.now())).rejects.toThrow(/wants a login/);
  });

  it('says a feed wants a login when it answers 401 to none', async () => {
    server.handle('/login-wanted.xml', (_req, res) => void res.writeHead(401, { 'www-authenticate': 'Basic realm="wire"' }).end());
    const outcome = await pollFeed(ctx, classify, (await feedAt('/login-wanted.xml')).id);
    expect(outcome.error).toBe('HTTP 401 Unauthorized: the feed wants a Basic login for the realm "wire": add it as https://user:password@…');
  });

  it('sends the login to the feed’s own origin only, not after a redirect elsewhere', async () => {
    const other = await startFeedServer();
    try {
      other.serve('/mirror.xml', rss(items(1, 'Mirror')));
      server.handle('/moves-away.xml', (req, res) => {
        if (req.headers.authorization !== expected) return void res.writeHead(401).end();
        res.writeHead(302, { location: other.url('/mirror.xml') }).end();
      });
      const { feed } = await addFeed(ctx, withLogin('/moves-away.xml'));
      expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
      expect(requestsTo('/moves-away.xml')[0]!.headers.authorization).toBe(expected);
      expect(other.requests[0]!.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('keeps the login to its own origin when the feed moves for good to another one, or a page names a feed elsewhere', async () => {
    const other = await startFeedServer();
    try {
      other.handle('/moved-here.xml', (req, res) => (req.headers.authorization ? xml(res, rss(items(1, 'Leaked'))) : void res.writeHead(401).end()));
      server.handle('/moves-for-good.xml', (req, res) => (req.headers.authorization === expected ? void res.writeHead(301, { location: other.url('/moved-here.xml') }).end() : void res.writeHead(401).end()));
      const { feed } = await addFeed(ctx, withLogin('/moves-for-good.xml'));
      const first = await pollFeed(ctx, classify, feed.id);
      expect(first.error).toBe(`HTTP 401 Unauthorized: the feed wants a login: add it as https://user:password@… (this address redirects for good to ${other.url('/moved-here.xml')}; the feed keeps its address until that one answers with a feed)`);
      // The target refused it, so the feed keeps the address it was added by (moves-on-answer.test.ts).
      expect((await reload(feed)).url).toBe(server.url('/moves-for-good.xml'));
      await pollFeed(ctx, classify, feed.id);
      expect(other.requests.map((r) => r.headers.authorization ?? null)).toEqual([null, null]);

      other.serve('/named.xml', rss(items(1, 'Named')));
      server.handle('/page-naming-elsewhere.html', (req, res) =>
        req.headers.authorization === expected
          ? void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><link rel="alternate" type="application/rss+xml" href="${other.url('/named.xml')}"></head><body>Wire</body></html>`)
          : void res.writeHead(401).end(),
      );
      const paged = (await addFeed(ctx, withLogin('/page-naming-elsewhere.html'))).feed;
      expect(await pollFeed(ctx, classify, paged.id)).toMatchObject({ status: 'ok', added: 1 });
      expect(other.requests.filter((r) => r.path === '/named.xml').map((r) => r.headers.authorization ?? null)).toEqual([null]);
    } finally {
      await other.close();
    }
  });

  it('polls again at once, its back-off forgotten, when the feed is added again with a new login', async () => {
    server.handle('/relogin.xml', (req, res) => (req.headers.authorization === expected ? xml(res, rss(items(1, 'Relogin'))) : void res.writeHead(401).end()));
    const { feed } = await addFeed(ctx, withLogin('/relogin.xml', 'desk:old'));
    await pollFeed(ctx, classify, feed.id);
    expect(await reload(feed)).toMatchObject({ status: 'backing-off', errors: 1 });
    const { feed: again } = await addFeed(ctx, withLogin('/relogin.xml'));
    expect(again).toMatchObject({ status: 'ok', errors: 0, lastError: null, nextPollAt: ctx.now() });
    expect(await reload(feed)).toMatchObject({ status: 'ok', errors: 0, lastError: null, nextPollAt: ctx.now() });
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 1 });
  });

  it('says so, and polls nothing, when the login can no longer be read because SECRET changed', async () => {
    server.handle('/sealed.xml', (req, res) => (req.headers.authorization === expected ? xml(res, rss(items(1, 'Sealed'))) : void res.writeHead(401).end()));
    const { feed } = await addFeed(ctx, withLogin('/sealed.xml'));
    const rotated = { ...ctx, config: { ...ctx.config, secret: 'another-secret-0123456789abcdef0123456789' } };
    const before = requestsTo('/sealed.xml').length;
    const outcome = await pollFeed(rotated, classify, feed.id);
    expect(outcome.error).toMatch(/login can no longer be read \(SECRET has changed/);
    expect(requestsTo('/sealed.xml')).toHaveLength(before);
  });

  it('sends no login copied in Redis from one feed to another of the same origin', async () => {
    server.handle('/sealed-own.xml', (req, res) => (req.headers.authorization === expected ? xml(res, rss(items(1, 'Own'))) : void res.writeHead(401).end()));
    server.handle('/sealed-other.xml', (req, res) => (req.headers.authorization ? xml(res, rss(items(1, 'Copied'))) : void res.writeHead(401).end()));
    const { feed: own } = await addFeed(ctx, withLogin('/sealed-own.xml'));
    const other = await feedAt('/sealed-other.xml');
    const copied = await ctx.redis.hget(`${ctx.config.prefix}:feed:${own.id}`, 'sealedLogin');
    await ctx.redis.hset(`${ctx.config.prefix}:feed:${other.id}`, { login: 'desk', sealedLogin: copied! });
    expect((await pollFeed(ctx, classify, other.id)).error).toMatch(/login can no longer be read .*sealed for another feed/);
    expect(requestsTo('/sealed-other.xml')).toHaveLength(0);
    expect(await pollFeed(ctx, classify, own.id)).toMatchObject({ status: 'ok', added: 1 });
  });
});
