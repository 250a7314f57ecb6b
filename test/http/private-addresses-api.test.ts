import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiFeed, type TestService } from '../helpers/service.js';

/**
 * FEED_PRIVATE_ADDRESSES=deny through the real service: feeds on loopback are refused before anything is asked of
 * them, and so is a redirect to one. The "allowed" first hop of a redirect is a name fetched through a forward proxy
 * (the proxy's own address is the operator's choice): the proxy answers the redirect, whose target is then checked.
 */

let app: TestService;
let feeds: FeedServer;
let proxy: Server;
const proxied: string[] = [];
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const pollNow = async (url: string) => json<{ feed: ApiFeed; outcome: { status: string; error: string | null } }>(await app.post('/api/admin/feeds/poll', { url }, admin));
const refusal = (words: string) => `${words}, which FEED_PRIVATE_ADDRESSES=deny refuses`;

beforeAll(async () => {
  feeds = await startFeedServer();
  feeds.serve('/wire.xml', rss(items(2, 'Loopback')));
  // A forward proxy for http:// feeds whose every answer is a redirect to wherever the path says (/to/<url>): asked in
  // absolute form, or through a CONNECT tunnel whose request it answers itself.
  proxy = createServer((req, res) => {
    proxied.push(req.url ?? '');
    const to = /\/to\/(.+)$/.exec(req.url ?? '')?.[1];
    res.writeHead(to ? 301 : 404, to ? { location: decodeURIComponent(to) } : {}).end();
  });
  proxy.on('connect', (_req, client: Socket) => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    proxy.emit('connection', client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  app = await startTestService('http-private-addresses', { FEED_PRIVATE_ADDRESSES: 'deny', HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1,localhost,::1' }, ['api']);
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
  await new Promise((resolve) => (proxy?.closeAllConnections(), proxy?.close(resolve)));
});

describe('FEED_PRIVATE_ADDRESSES=deny', () => {
  it('refuses a feed on 127.0.0.1: a per-feed error in words, counted as a failure with back-off, nothing asked of the server', async () => {
    const before = feeds.requests.length;
    const { feed, outcome } = await pollNow(feeds.url('/wire.xml'));
    expect(outcome).toMatchObject({ status: 'error', error: refusal('127.0.0.1 is a private address') });
    expect(feed).toMatchObject({ status: 'backing-off', errors: 1, lastError: outcome.error, lastSuccessAt: null });
    expect(feed.nextPollAt).not.toBeNull();
    const again = await pollNow(feeds.url('/wire.xml'));
    expect(again.feed).toMatchObject({ status: 'backing-off', errors: 2, lastError: outcome.error });
    expect(feeds.requests.length - before).toBe(0);
  });

  it('refuses a name that resolves to loopback, checked as the connection is opened', async () => {
    const before = feeds.requests.length;
    const url = feeds.url('/wire.xml').replace('127.0.0.1', 'localhost');
    const { outcome } = await pollNow(url);
    expect(outcome.error).toMatch(/^localhost resolves to a private address \((127\.0\.0\.1|::1)\), which FEED_PRIVATE_ADDRESSES=deny refuses$/);
    expect(feeds.requests.length - before).toBe(0);
  });

  it('answers POST /api/admin/feeds/try for http://[::1] with the same words (502), and echoes nothing of the response', async () => {
    const res = await app.post('/api/admin/feeds/try', { url: `http://[::1]:${new URL(feeds.base).port}/wire.xml` }, admin);
    expect(res.status).toBe(502);
    expect(await json(res)).toEqual({ error: refusal('[::1] is a private address') });
    const mapped = await app.post('/api/admin/feeds/try', { url: 'http://[::ffff:169.254.169.254]/latest/meta-data/' }, admin);
    expect(await json(mapped)).toEqual({ error: refusal('[::ffff:a9fe:a9fe] is a private address (the IPv4-mapped form of 169.254.169.254)') });
  });

  it('refuses the NAT64, 6to4, Teredo and IPv4-compatible forms of a private address, and 127.0.0.1 spelt in decimal, hex or octal', async () => {
    const port = new URL(feeds.base).port;
    const before = feeds.requests.length;
    const errors: [string, string | null][] = [];
    for (const host of ['[64:ff9b::7f00:1]', '[2002:7f00:1::]', '[2001:0:4136:e378:8000:63bf:80ff:fffe]', '[::127.0.0.1]', '2130706433', '0x7f.1', '017700000001', '0']) {
      const { outcome } = await pollNow(`http://${host}:${port}/wire.xml`);
      errors.push([host, outcome.error]);
    }
    expect(errors).toEqual([
      ['[64:ff9b::7f00:1]', refusal('[64:ff9b::7f00:1] is a private address (the NAT64 form of 127.0.0.1)')],
      ['[2002:7f00:1::]', refusal('[2002:7f00:1::] is a private address (the 6to4 form of 127.0.0.1)')],
      ['[2001:0:4136:e378:8000:63bf:80ff:fffe]', refusal('[2001:0:4136:e378:8000:63bf:80ff:fffe] is a private address (the Teredo client form of 127.0.0.1)')],
      ['[::127.0.0.1]', refusal('[::7f00:1] is a private address')],
      // The URL parser writes every spelling of an IPv4 address as dotted decimal before anything is checked.
      ['2130706433', refusal('127.0.0.1 is a private address')],
      ['0x7f.1', refusal('127.0.0.1 is a private address')],
      ['017700000001', refusal('127.0.0.1 is a private address')],
      ['0', refusal('0.0.0.0 is a private address')],
    ]);
    const tried = await app.post('/api/admin/feeds/try', { url: `http://[64:ff9b::a9fe:a9fe]/latest/meta-data/` }, admin);
    expect([tried.status, await json(tried)]).toEqual([502, { error: refusal('[64:ff9b::a9fe:a9fe] is a private address (the NAT64 form of 169.254.169.254)') }]);
    expect(feeds.requests.length - before).toBe(0);
  });

  it('refuses a redirect from an allowed host to a private one, whether written as an address or as a name, and does not move the feed there', async () => {
    const before = feeds.requests.length;
    for (const [target, words] of [
      [feeds.url('/wire.xml'), /^127\.0\.0\.1 is a private address, which FEED_PRIVATE_ADDRESSES=deny refuses$/],
      [feeds.url('/wire.xml').replace('127.0.0.1', 'localhost'), /^localhost resolves to a private address \((127\.0\.0\.1|::1)\), which FEED_PRIVATE_ADDRESSES=deny refuses$/],
    ] as const) {
      const start = `http://wire.example/to/${encodeURIComponent(target)}`;
      const asked = proxied.length;
      const { feed, outcome } = await pollNow(start);
      expect([start, outcome.status, outcome.error]).toEqual([start, 'error', expect.stringMatching(words)]);
      expect(proxied.length - asked).toBe(1);
      expect(feed).toMatchObject({ url: start, status: 'backing-off', errors: 1 });
    }
    expect(feeds.requests.length - before).toBe(0);
  });
});
