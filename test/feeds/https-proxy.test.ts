import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../helpers/certificates.js';
import { runCliProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';
import { lacking } from '../helpers/tools.js';

/**
 * An https feed through a forward proxy, end to end: a real TLS server with a certificate made for the test,
 * reached through an HTTP CONNECT tunnel, by `wirebrief feeds try` in a process of its own that trusts the
 * test's certificate authority (NODE_EXTRA_CA_CERTS) and nothing else does.
 */
describe.skipIf(lacking('openssl'))('an https feed through an HTTP CONNECT proxy', { timeout: 60_000 }, () => {
  const dir = tempDir('https-proxy');
  const tunnels = new Set<Socket>();
  const connects: string[] = [];
  let site: ReturnType<typeof createHttpsServer>;
  let proxy: ReturnType<typeof createHttpServer>;
  let feedUrl: string;
  let proxyUrl: string;
  let certificates: ReturnType<typeof makeTestCertificates>;

  beforeAll(async () => {
    certificates = makeTestCertificates(dir, 'wirebrief feed test CA');

    const feed = rss(items(2, 'Tunnelled'), { title: 'Tunnel desk' });
    site = createHttpsServer({ key: readFileSync(certificates.key), cert: readFileSync(certificates.cert) }, (req, res) => {
      if (req.url !== '/wire.xml') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    feedUrl = `https://127.0.0.1:${(site.address() as AddressInfo).port}/wire.xml`;

    // The proxy only tunnels: a plain request to it would be a test that went around TLS.
    proxy = createHttpServer((_req, res) => void res.writeHead(405).end());
    proxy.on('connect', (req, client: Socket, head: Buffer) => {
      connects.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const socket of [client, upstream]) {
        tunnels.add(socket);
        socket.on('error', () => (client.destroy(), upstream.destroy()));
      }
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of tunnels) socket.destroy();
    await Promise.all([site, proxy].map((server) => server && new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))));
  });

  const tryFeed = (env: Record<string, string>) =>
    runCliProcess(['feeds', 'try', feedUrl, '--json'], { HTTPS_PROXY: proxyUrl, NO_PROXY: '', DATA_DIR: dir, REDIS_URL: 'redis://127.0.0.1:1', ...env });

  it('reads the feed through the tunnel when the site’s certificate is trusted', async () => {
    const before = connects.length;
    const run = await tryFeed({ NODE_EXTRA_CA_CERTS: certificates.ca });
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { title: string; stories: { title: string }[] };
    expect(answer.title).toBe('Tunnel desk');
    expect(answer.stories.map((s) => s.title).sort()).toEqual(['Tunnelled 1', 'Tunnelled 2']);
    expect(connects.slice(before)).toEqual([new URL(feedUrl).host]);
  });

  it('checks the certificate at the far end of the tunnel: untrusted, it fails saying so', async () => {
    const before = connects.length;
    const run = await tryFeed({});
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/TLS: .*(?:self[- ]signed|unable to (?:get|verify)).*127\.0\.0\.1/i);
    expect(connects.slice(before)).toEqual([new URL(feedUrl).host]);
  });
});
