import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../helpers/certificates.js';
import { freePort, startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { startServiceProcess, type ServiceProcess } from '../helpers/processes.js';
import { deletePrefix, REDIS_URL, tempDir, testPrefix } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, ADMIN_TOKEN, type ApiFeed } from '../helpers/service.js';
import { lacking } from '../helpers/tools.js';

/**
 * The third round of servers from the wild (after odd-servers, odd-servers-2, http-answers), tried as an operator
 * tries a feed: through the admin API of a running `wirebrief start` process, which trusts a certificate authority
 * made for this file (NODE_EXTRA_CA_CERTS) and nothing else does, and whose log is read for leaked passwords.
 */

interface Outcome {
  status: string;
  added: number;
  seen: number;
  updated?: number;
  error: string | null;
}

const HOUR = 3600_000;
const prefix = testPrefix('odd-servers-3');
const dir = tempDir('odd-servers-3');
let service: ServiceProcess;
let server: FeedServer;
let certificates: ReturnType<typeof makeTestCertificates>;
const closers: (() => Promise<void>)[] = [];

const api = (path: string, body?: unknown) =>
  fetch(`${service.base}${path}`, body === undefined ? { headers: admin } : { method: 'POST', headers: admin, body: JSON.stringify(body) });
async function pollNow(url: string): Promise<{ feed: ApiFeed; outcome: Outcome; text: string }> {
  const res = await api('/api/admin/feeds/poll', { url });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { ...(JSON.parse(text) as { feed: ApiFeed; outcome: Outcome }), text };
}
async function listed(): Promise<{ feeds: ApiFeed[]; text: string }> {
  const text = await (await api('/api/admin/feeds')).text();
  return { feeds: (JSON.parse(text) as { feeds: ApiFeed[] }).feeds, text };
}
const feedAt = async (url: string) => (await listed()).feeds.find((f) => f.url === url);
async function storyTitles(url: string): Promise<string[]> {
  const res = await fetch(`${service.base}/api/stories?limit=100&feed=${encodeURIComponent(url)}`, { headers: admin });
  return ((await res.json()) as { stories: { title: string }[] }).stories.map((s) => s.title).sort();
}

/** A failure an operator can read: backing off (never disabled), counted, a next poll set, no markup, short. */
function expectBackingOff(feed: ApiFeed, error: RegExp, errors = 1) {
  expect(feed).toMatchObject({ status: 'backing-off', errors });
  expect(feed.lastError, String(feed.lastError)).toMatch(error);
  expect(feed.lastError!.length).toBeLessThan(400);
  expect(Date.parse(feed.nextPollAt!)).toBeGreaterThan(Date.now());
}

function listen(s: Server | ReturnType<typeof createNetServer>, host = '127.0.0.1'): Promise<number> {
  closers.push(() => new Promise<void>((resolve) => ('closeAllConnections' in s && s.closeAllConnections(), s.close(() => resolve()))));
  return new Promise((resolve) => s.listen(0, host, () => resolve((s.address() as AddressInfo).port)));
}

/** A server that speaks raw bytes: `answer` gets each connection once its request has arrived. */
async function rawServer(answer: (socket: Socket, request: string) => void): Promise<string> {
  const sockets = new Set<Socket>();
  const s = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    let request = '';
    socket.on('data', (chunk) => {
      request += chunk.toString('latin1');
      if (request.includes('\r\n\r\n')) answer(socket, request);
    });
  });
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
  });
  return `http://127.0.0.1:${await listen(s)}`;
}

function openssl(...args: string[]) {
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${run.stderr}`);
}

/** A certificate for `names` signed by the test's CA, valid from `start` to `end` (YYMMDDHHMMSSZ), via `openssl ca`. */
function signedFor(name: string, names: string, start: string, end: string): { key: Buffer; cert: Buffer } {
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${names}\n`);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(
    join(dir, 'ca.cnf'),
    `[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\ndefault_md=sha256\npolicy=any\nunique_subject=no\n[any]\ncommonName=supplied\n`,
  );
  writeFileSync(join(dir, 'serial'), `${Math.floor(Math.random() * 1e6).toString(16).padStart(6, '0')}\n`);
  openssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${name}.csr`, '-out', `${name}.pem`, '-startdate', start, '-enddate', end, '-extfile', `${name}.ext`, '-notext');
  return { key: readFileSync(join(dir, `${name}.key`)), cert: readFileSync(join(dir, `${name}.pem`)) };
}

async function httpsSite(tls: { key: Buffer; cert: Buffer }, path: string, body: string): Promise<number> {
  const site = createHttpsServer(tls, (req, res) => {
    if (req.url !== path) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
  });
  site.on('tlsClientError', () => undefined);
  return listen(site);
}

beforeAll(async () => {
  certificates = makeTestCertificates(dir, 'wirebrief odd servers CA');
  server = await startFeedServer();
  service = await startServiceProcess('api', {
    REDIS_URL,
    WIREBRIEF_PREFIX: prefix,
    SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
    ADMIN_TOKEN,
    DATA_DIR: dir,
    FEED_TIMEOUT_SECONDS: '3',
    FEED_MAX_MB: '1',
    NODE_EXTRA_CA_CERTS: certificates.ca,
    NO_PROXY: '*',
  });
}, 90_000);
afterAll(async () => {
  await service?.stop();
  await server?.close();
  for (const close of closers) await close();
  const redis = new Redis(REDIS_URL);
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe.skipIf(lacking('openssl'))('certificates that do not check out', () => {
  it('names a self-signed, an expired and another host’s certificate in words, backs off, and never disables the feed', async () => {
    const body = rss(items(1, 'Secure'));
    const trusted = { key: readFileSync(certificates.key), cert: readFileSync(certificates.cert) };
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1');
    const self = { key: readFileSync(join(dir, 'self.key')), cert: readFileSync(join(dir, 'self.pem')) };
    const expired = signedFor('expired', 'DNS:localhost,IP:127.0.0.1', '200101000000Z', '200201000000Z');
    const elsewhere = signedFor('elsewhere', 'DNS:wire.example,DNS:www.wire.example', '250101000000Z', '350101000000Z');
    const good = await httpsSite(trusted, '/feed.xml', body);
    expect((await pollNow(`https://127.0.0.1:${good}/feed.xml`)).outcome).toMatchObject({ status: 'ok', added: 1 });

    const cases: [{ key: Buffer; cert: Buffer }, RegExp][] = [
      [self, /^TLS: self-signed certificate .*\(127\.0\.0\.1:\d+\)$/],
      [expired, /^TLS: certificate has expired .*\(127\.0\.0\.1:\d+\)$/],
      [elsewhere, /^TLS: the server’s certificate is for wire\.example, www\.wire\.example, not 127\.0\.0\.1 \(127\.0\.0\.1:\d+\)$/],
    ];
    for (const [tls, said] of cases) {
      const url = `https://127.0.0.1:${await httpsSite(tls, '/feed.xml', body)}/feed.xml`;
      const first = await pollNow(url);
      expectBackingOff(first.feed, said);
      // A second failure backs off further and still does not give up.
      const second = await pollNow(url);
      expectBackingOff(second.feed, said, 2);
      expect(Date.parse(second.feed.nextPollAt!) - Date.parse(second.feed.lastPollAt!)).toBeGreaterThan(Date.parse(first.feed.nextPollAt!) - Date.parse(first.feed.lastPollAt!) - 5 * 60_000);
      expect(await storyTitles(url)).toEqual([]);
    }
  });
});

describe('connections that end early, and bodies framed the old ways', () => {
  it('says a connection closed in the middle of the headers, or reset in the middle of the body, was cut; stores nothing', async () => {
    const feed = rss(items(3, 'Cut'));
    const midHeaders = await rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Le'));
    const midBody = await rawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${feed.length}\r\n\r\n${feed.slice(0, 200)}`);
      setTimeout(() => socket.resetAndDestroy(), 50);
    });
    expectBackingOff((await pollNow(`${midHeaders}/feed.xml`)).feed, /^the connection to 127\.0\.0\.1:\d+ was cut/);
    expectBackingOff((await pollNow(`${midBody}/feed.xml`)).feed, /^the connection to 127\.0\.0\.1:\d+ was cut while the feed was being sent, after 200 bytes/);
    expect(await storyTitles(`${midBody}/feed.xml`)).toEqual([]);
  });

  it('reads an HTTP/1.0 answer without Content-Length, ended by the close, and a chunked body with trailers', async () => {
    const old = await rawServer((socket) => socket.end(`HTTP/1.0 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n${rss(items(2, 'Old'))}`));
    expect((await pollNow(`${old}/feed.xml`)).outcome).toMatchObject({ status: 'ok', added: 2 });
    server.handle('/trailers.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', trailer: 'x-checksum' });
      const body = rss(items(2, 'Trailed'));
      res.write(body.slice(0, 100));
      res.write(body.slice(100));
      res.addTrailers({ 'x-checksum': 'abc123' });
      res.end();
    });
    expect((await pollNow(server.url('/trailers.xml'))).outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(await storyTitles(server.url('/trailers.xml'))).toEqual(['Trailed 1', 'Trailed 2']);
  });

  it('does not take a small Content-Length at its word for a body larger than the cap', async () => {
    const big = rss(Array.from({ length: 9000 }, (_, i) => ({ title: `Big ${i}`, guid: `big-${i}`, description: 'x'.repeat(100) })));
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const liar = await rawServer((socket) => socket.end(`HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 300\r\nConnection: close\r\n\r\n${big}`));
    const { feed } = await pollNow(`${liar}/feed.xml`);
    expectBackingOff(feed, /^the feed is cut off/);
    expect(await storyTitles(`${liar}/feed.xml`)).toEqual([]);
    // The next answer from a well-behaved server on the same host is not read out of the liar's leftovers.
    expect((await pollNow(server.url('/trailers.xml'))).outcome.status).toMatch(/ok|not-modified/);
  });
});

describe('validators servers get wrong', () => {
  it('adds nothing twice and updates nothing when an unchanged feed comes with a new ETag every time', async () => {
    let n = 0;
    const body = rss(items(3, 'Churn'));
    server.handle('/churn.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"v${++n}"`, 'last-modified': new Date().toUTCString() }).end(body));
    const url = server.url('/churn.xml');
    expect((await pollNow(url)).outcome).toMatchObject({ status: 'ok', added: 3 });
    const again = await pollNow(url);
    expect(again.outcome).toMatchObject({ status: 'ok', added: 0, seen: 3 });
    expect(again.outcome.updated ?? 0).toBe(0);
    expect(again.feed.etag).toBe('"v2"');
    expect(await storyTitles(url)).toEqual(['Churn 1', 'Churn 2', 'Churn 3']);
  });

  it('sends back an ETag holding quotes and commas exactly as it came, and gets its 304', async () => {
    const etag = 'W/"a,b\\"c, d"';
    const seen: (string | undefined)[] = [];
    server.handle('/odd-etag.xml', (req, res) => {
      seen.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(items(1, 'Etag')));
    });
    const url = server.url('/odd-etag.xml');
    expect((await pollNow(url)).feed.etag).toBe(etag);
    expect((await pollNow(url)).outcome.status).toBe('not-modified');
    expect(seen).toEqual([undefined, etag]);
  });

  it('keeps no malformed Last-Modified, and sends no If-Modified-Since made of it', async () => {
    const asked: (string | undefined)[] = [];
    server.handle('/bad-date.xml', (req, res) => {
      asked.push(req.headers['if-modified-since']);
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': 'yesterday afternoon' }).end(rss(items(1, 'Dated')));
    });
    const url = server.url('/bad-date.xml');
    expect((await pollNow(url)).feed.lastModified).toBeNull();
    await pollNow(url);
    expect(asked).toEqual([undefined, undefined]);
  });
});

describe('answers that ask to wait, or refuse', () => {
  it('caps a Retry-After of days at a day, ignores a negative or garbage one, and backs off from a bare 503 as from any failure', async () => {
    const cases: [string, Record<string, string>, (waitMs: number) => void, RegExp][] = [
      ['/days.xml', { 'retry-after': String(5 * 24 * 3600) }, (w) => expect(w).toBeLessThanOrEqual(24 * HOUR + 60_000), /^HTTP 503 Service Unavailable; asked to retry after more than a day/],
      ['/negative.xml', { 'retry-after': '-120' }, (w) => expect(w).toBeLessThan(HOUR), /^HTTP 503 Service Unavailable$/],
      ['/garbage.xml', { 'retry-after': 'soon-ish' }, (w) => expect(w).toBeLessThan(HOUR), /^HTTP 503 Service Unavailable$/],
      ['/bare.xml', {}, (w) => expect(w).toBeLessThan(HOUR), /^HTTP 503 Service Unavailable$/],
    ];
    for (const [path, headers, waited, said] of cases) {
      server.handle(path, (_req, res) => void res.writeHead(503, headers).end());
      const { feed } = await pollNow(server.url(path));
      expectBackingOff(feed, said);
      const wait = Date.parse(feed.nextPollAt!) - Date.parse(feed.lastPollAt!);
      expect(wait).toBeGreaterThanOrEqual(10 * 60_000);
      waited(wait);
    }
  });

  it('says a 401, or a 403 that asks for credentials, wants a login, and a 451 is withheld for legal reasons, without disabling', async () => {
    server.handle('/realm.xml', (_req, res) => void res.writeHead(401, { 'www-authenticate': 'Basic realm="Wire subscribers", charset="UTF-8"' }).end());
    server.handle('/forbidden-login.xml', (_req, res) => void res.writeHead(403, { 'www-authenticate': 'Basic realm="Members"' }).end());
    server.handle('/legal.xml', (_req, res) => void res.writeHead(451, { 'content-type': 'text/html' }).end('<html><head><title>Unavailable in your country</title></head></html>'));
    expectBackingOff((await pollNow(server.url('/realm.xml'))).feed, /^HTTP 401 Unauthorized: the feed wants a Basic login for the realm "Wire subscribers": add it as https:\/\/user:password@…$/);
    expectBackingOff((await pollNow(server.url('/forbidden-login.xml'))).feed, /^HTTP 403 Forbidden: the feed wants a Basic login for the realm "Members": add it as https:\/\/user:password@…$/);
    expectBackingOff((await pollNow(server.url('/legal.xml'))).feed, /^HTTP 451 Unavailable For Legal Reasons \("Unavailable in your country"\)/);
  });
});

describe('redirects across schemes and to odd places', () => {
  it('follows a 308 from http to https and moves the feed there; follows an https→http downgrade but does not move the feed down', async () => {
    const tls = { key: readFileSync(certificates.key), cert: readFileSync(certificates.cert) };
    const body = rss(items(2, 'Upgraded'));
    const secure = await httpsSite(tls, '/feed.xml', body);
    server.handle('/upgrade.xml', (_req, res) => void res.writeHead(308, { location: `https://localhost:${secure}/feed.xml` }).end());
    const up = await pollNow(server.url('/upgrade.xml'));
    expect(up.outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(up.feed.url).toBe(`https://localhost:${secure}/feed.xml`);
    expect((await pollNow(up.feed.url)).outcome).toMatchObject({ status: 'ok', added: 0, seen: 2 });
    expect(await storyTitles(up.feed.url)).toEqual(['Upgraded 1', 'Upgraded 2']);

    server.serve('/plain.xml', rss(items(2, 'Downgraded')));
    const downgrading = createHttpsServer(tls, (_req, res) => void res.writeHead(301, { location: server.url('/plain.xml') }).end());
    const down = `https://localhost:${await listen(downgrading)}/feed.xml`;
    const polled = await pollNow(down);
    expect(polled.outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(polled.feed.url).toBe(down);
    expect((await pollNow(down)).outcome).toMatchObject({ status: 'not-modified', added: 0 });
    expect(await storyTitles(down)).toEqual(['Downgraded 1', 'Downgraded 2']);
  });

  it('says a redirect to a scheme that is not fetched is not followed, and reads feed:// as http://', async () => {
    server.handle('/to-ftp.xml', (_req, res) => void res.writeHead(301, { location: 'ftp://files.example/feed.xml' }).end());
    server.handle('/to-mail.xml', (_req, res) => void res.writeHead(302, { location: 'mailto:desk@news.example' }).end());
    expectBackingOff((await pollNow(server.url('/to-ftp.xml'))).feed, /^redirected to a ftp: URL, which is not fetched: ftp:\/\/files\.example\/feed\.xml$/);
    expectBackingOff((await pollNow(server.url('/to-mail.xml'))).feed, /^redirected to a mailto: URL, which is not fetched/);
    server.serve('/via-feed-scheme.xml', rss(items(1, 'Feed scheme')));
    server.handle('/to-feed.xml', (_req, res) => void res.writeHead(302, { location: `feed://${server.base.slice(7)}/via-feed-scheme.xml` }).end());
    const viaFeed = await pollNow(server.url('/to-feed.xml'));
    expect(viaFeed.outcome, viaFeed.text).toMatchObject({ status: 'ok', added: 1 });
  });

  it('follows a Location with spaces and non-ASCII written out as they are', async () => {
    server.serve('/news feed/été.xml', rss(items(1, 'Spaced')));
    server.serve('/news%20feed/%C3%A9t%C3%A9.xml', rss(items(1, 'Spaced')));
    server.handle('/spaced.xml', (_req, res) => {
      res.writeHead(302, { location: Buffer.from('/news feed/été.xml', 'utf8').toString('latin1') });
      res.end();
    });
    expect((await pollNow(server.url('/spaced.xml'))).outcome).toMatchObject({ status: 'ok', added: 1 });
  });
});

describe('addresses of every shape', () => {
  it('polls an IPv6 literal, and a very long URL', async () => {
    const v6 = createHttpServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(1, 'Six'))));
    const port = await listen(v6, '::1').catch(() => null);
    if (port !== null) {
      const url = `http://[::1]:${port}/feed.xml`;
      const { feed, outcome } = await pollNow(url);
      expect(outcome).toMatchObject({ status: 'ok', added: 1 });
      expect(feed.url).toBe(url);
    }
    const long = `/long.xml?${Array.from({ length: 60 }, (_, i) => `section${i}=world-news-and-more`).join('&')}`;
    expect(long.length).toBeGreaterThan(1500);
    server.serve('/long.xml', rss(items(1, 'Long')));
    const { feed, outcome } = await pollNow(server.url(long));
    expect(outcome).toMatchObject({ status: 'ok', added: 1 });
    expect(feed.url).toBe(server.url(long));
  });

  it('keeps a failure about very long addresses to a readable length', async () => {
    const long = 'x'.repeat(6000);
    server.handle('/to-junk.xml', (_req, res) => void res.writeHead(302, { location: `http://bad host/${long}` }).end());
    server.handle('/chain.xml', (req, res) => void res.writeHead(302, { location: `/chain.xml?hop=${Number(new URL(req.url!, server.base).searchParams.get('hop') ?? 0) + 1}&pad=${long}` }).end());
    const closed = await freePort();
    server.handle('/dead-end.xml', (_req, res) => void res.writeHead(302, { location: `http://127.0.0.1:${closed}/${long}` }).end());
    const login = `http://desk:${'p'.repeat(300)}-secret@127.0.0.1:${closed}/feed.xml`;
    server.handle('/to-login.xml', (_req, res) => void res.writeHead(302, { location: login }).end());
    for (const path of ['/to-junk.xml', '/chain.xml', '/dead-end.xml', '/to-login.xml']) {
      const { feed } = await pollNow(server.url(path));
      expectBackingOff(feed, /^(?:redirected to something that is not a URL|more than 5 redirects|127\.0\.0\.1:\d+ refused|redirected to an address with a login in it \(user:password@…\), which is not followed: http:\/\/127)/);
      expect(feed.lastError).not.toMatch(/ppp|secret/);
    }
  });

  it('shows an IDN host name as it is kept (punycode), and a DNS failure names it', async () => {
    const { feed } = await pollNow('http://bücher.invalid/feed.xml');
    expect(feed.url).toBe('http://xn--bcher-kva.invalid/feed.xml');
    expectBackingOff(feed, /^DNS: could not resolve xn--bcher-kva\.invalid/);
  });

  it('never shows or logs the password of a URL with a login: not in the feed list, its error, nor the service’s log', async () => {
    server.handle('/private.xml', (_req, res) => void res.writeHead(302, { location: `http://other:hunter2@127.0.0.1:1/elsewhere.xml` }).end());
    const url = server.url('/private.xml').replace('http://', 'http://desk:s3cret-pass@');
    const polled = await pollNow(url);
    expectBackingOff(polled.feed, /^redirected to an address with a login in it \(user:password@…\), which is not followed: http:\/\/127\.0\.0\.1:1\/elsewhere\.xml$/);
    const all = await listed();
    for (const text of [polled.text, all.text, service.output()]) {
      expect(text).not.toContain('s3cret-pass');
      expect(text).not.toContain('hunter2');
    }
    expect(all.text).toContain(server.url('/private.xml'));
  });
});

describe('a feed in a file download', () => {
  it('reads a feed sent as application/gzip or as a .zip holding one feed, without Content-Encoding', async () => {
    const feed = rss(items(2, 'Packed'));
    server.handle('/feed.xml.gz', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/gzip', 'content-disposition': 'attachment; filename="feed.xml.gz"' }).end(gzipSync(feed)),
    );
    const gz = await pollNow(server.url('/feed.xml.gz'));
    expect(gz.outcome, gz.text).toMatchObject({ status: 'ok', added: 2 });
    server.handle('/feed.zip', (_req, res) => void res.writeHead(200, { 'content-type': 'application/zip' }).end(zipOf('feed.xml', Buffer.from(rss(items(2, 'Zipped'))))));
    const zip = await pollNow(server.url('/feed.zip'));
    expect(zip.outcome, zip.text).toMatchObject({ status: 'ok', added: 2 });
    expect(await storyTitles(server.url('/feed.zip'))).toEqual(['Zipped 1', 'Zipped 2']);
    // Unpacked under the same cap as any body: a small archive of a huge file stops at it.
    server.handle('/bomb.zip', (_req, res) => void res.writeHead(200, { 'content-type': 'application/zip' }).end(zipOf('feed.xml', Buffer.alloc(3 * 1024 * 1024, ' '))));
    expectBackingOff((await pollNow(server.url('/bomb.zip'))).feed, /^the feed is larger than the 1 MB limit once unpacked \(it was sent as a zip archive\)$/);
  });
});

describe('a page that names several feeds', () => {
  it('follows the site’s main feed, not its comments’ feed, whichever the page lists first', async () => {
    server.serve('/site/feed/', rss(items(2, 'Main')));
    server.serve('/site/comments/feed/', rss([{ title: 'Comment on Main 1 by a reader', guid: 'c-1' }]));
    server.handle('/site/', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end(
        '<!DOCTYPE html><html><head><title>Harbour Daily</title>' +
          '<link rel="alternate" type="application/rss+xml" title="Harbour Daily » Comments Feed" href="/site/comments/feed/">' +
          '<link rel="alternate" type="application/rss+xml" title="Harbour Daily » Feed" href="/site/feed/">' +
          '</head><body></body></html>',
      ),
    );
    const { feed, outcome } = await pollNow(server.url('/site/'));
    expect(outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(feed.url).toBe(server.url('/site/feed/'));
  });
});

describe('many feeds of one host polled at once', () => {
  it('sends at most two requests at a time to the host, and every feed gets its stories once', async () => {
    let inFlight = 0;
    let most = 0;
    const paths = Array.from({ length: 8 }, (_, i) => `/desk-${i + 1}.xml`);
    for (const path of paths) {
      server.handle(path, (_req, res) => {
        most = Math.max(most, ++inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(2, path.slice(1, -4))));
        }, 150);
      });
    }
    const polled = await Promise.all(paths.map((path) => pollNow(server.url(path))));
    expect(polled.map((p) => p.outcome)).toEqual(paths.map(() => expect.objectContaining({ status: 'ok', added: 2 })));
    expect(most).toBe(2);
    const again = await Promise.all(paths.map((path) => pollNow(server.url(path))));
    expect(again.map((p) => p.outcome)).toEqual(paths.map(() => expect.objectContaining({ status: 'ok', added: 0, seen: 2 })));
    for (const path of paths) expect(await storyTitles(server.url(path))).toEqual([1, 2].map((n) => `${path.slice(1, -4)} ${n}`));
  });

  it('counts a request redirected to the host from other hosts against the host’s two, and still reads every feed', async () => {
    let inFlight = 0;
    let most = 0;
    // Six addresses of the loopback network stand for six publishers whose feeds all redirect to one feed service.
    const hosts = [2, 3, 4, 5, 6, 7].map((n) => `127.0.0.${n}`);
    for (const host of hosts) {
      server.handle(`/hub-${host}.xml`, (_req, res) => {
        most = Math.max(most, ++inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(1, `Hub ${host}`)));
        }, 300);
      });
    }
    const feeds = await Promise.all(
      hosts.map(async (host) => {
        const redirector = createHttpServer((_req, res) => void res.writeHead(302, { location: server.url(`/hub-${host}.xml`) }).end());
        return `http://${host}:${await listen(redirector, host)}/feed.xml`;
      }),
    );
    const polled = await Promise.all(feeds.map((url) => pollNow(url)));
    expect(polled.map((p) => p.outcome)).toEqual(hosts.map(() => expect.objectContaining({ status: 'ok', added: 1 })));
    expect(most).toBe(2);
  });
});

describe('the feed’s interval changed through the admin API', () => {
  it('moves its next poll at once, without a restart', async () => {
    server.serve('/interval.xml', rss(items(1, 'Interval')));
    const url = server.url('/interval.xml');
    expect((await api('/api/admin/feeds', { url, intervalMinutes: 120 })).status).toBe(201);
    const polled = await pollNow(url);
    expect(Date.parse(polled.feed.nextPollAt!) - Date.parse(polled.feed.lastPollAt!)).toBe(120 * 60_000);
    expect((await api('/api/admin/feeds', { url, intervalMinutes: 5 })).status).toBe(200);
    const shorter = (await feedAt(url))!;
    expect(shorter.intervalMinutes).toBe(5);
    expect(Date.parse(shorter.nextPollAt!) - Date.parse(shorter.lastPollAt!)).toBe(5 * 60_000);
    await api('/api/admin/feeds', { url, intervalMinutes: 240 });
    const longer = (await feedAt(url))!;
    expect(Date.parse(longer.nextPollAt!) - Date.parse(longer.lastPollAt!)).toBe(240 * 60_000);
    // A longer interval never brings a poll the server's max-age put later nearer.
    server.serve('/fresh-long.xml', rss(items(1, 'Fresh')), { headers: { 'cache-control': 'max-age=36000' } });
    const fresh = server.url('/fresh-long.xml');
    const kept = (await pollNow(fresh)).feed;
    expect(Date.parse(kept.nextPollAt!) - Date.parse(kept.lastPollAt!)).toBe(10 * HOUR);
    await api('/api/admin/feeds', { url: fresh, intervalMinutes: 60 });
    expect((await feedAt(fresh))!.nextPollAt).toBe(kept.nextPollAt);
    // A feed backing off keeps its back-off: a new interval is no success.
    server.handle('/interval-down.xml', (_req, res) => void res.writeHead(500).end());
    const down = server.url('/interval-down.xml');
    const failed = (await pollNow(down)).feed;
    await api('/api/admin/feeds', { url: down, intervalMinutes: 1 });
    expect((await feedAt(down))!.nextPollAt).toBe(failed.nextPollAt);
  });
});

/** A .zip of one stored-deflated file, as `zip` writes it (local header, data, central directory). */
function zipOf(name: string, data: Buffer): Buffer {
  const packed = deflateRawSync(data);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + packed.length, 16);
  return Buffer.concat([local, file, packed, central, file, end]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
