import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  base: string;
  url(path: string): string;
  /** Serve a body at a path with ETag and Last-Modified, answering conditional GETs with 304. */
  serve(path: string, body: string | Buffer, opts?: { contentType?: string; lastModified?: string; headers?: Record<string, string> }): void;
  serveFile(path: string, file: string, contentType?: string): void;
  handle(path: string, handler: Handler): void;
  /** Every request, in order: its path, its whole URL (with the query) and its headers. */
  requests: { path: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** A real local HTTP server for feeds: fixtures, ETag/Last-Modified, and any behaviour a test scripts. */
export async function startFeedServer(): Promise<FeedServer> {
  const handlers = new Map<string, Handler>();
  const requests: FeedServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, url: req.url ?? '/', headers: req.headers });
    const handler = handlers.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api: FeedServer = {
    base,
    url: (path) => `${base}${path}`,
    serve(path, body, opts = {}) {
      const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const etag = `"${createHash('sha1').update(buffer).digest('hex').slice(0, 16)}"`;
      const lastModified = opts.lastModified ?? 'Fri, 27 Feb 2026 14:00:00 GMT';
      handlers.set(path, (req, res) => {
        const fresh = req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified);
        const headers = { etag, 'last-modified': lastModified, ...opts.headers };
        if (fresh) {
          res.writeHead(304, headers).end();
          return;
        }
        res.writeHead(200, { 'content-type': opts.contentType ?? 'application/rss+xml; charset=utf-8', ...headers }).end(buffer);
      });
    },
    serveFile(path, file, contentType) {
      api.serve(path, readFileSync(file), contentType ? { contentType } : {});
    },
    handle(path, handler) {
      handlers.set(path, handler);
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
