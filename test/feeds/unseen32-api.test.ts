import type { ServerResponse } from 'node:http';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, apiSweep, type ApiFeed, type ApiStory } from '../helpers/service.js';

/**
 * Feeds served with broken HTTP framing or a coding never asked for, as the outside check meets them: added and polled
 * through the admin API (POST /api/admin/feeds/poll) from a real local server, read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen32-api');

const rss = (title: string) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lakeside Ledger</title><link>https://ledger.example.net/</link><item><title>${title}</title><link>https://ledger.example.net/2026/11/27/${title.toLowerCase().replace(/\W+/g, '-')}</link><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate><description>The ferry timetable changes on Monday.</description></item></channel></rss>`;

/** An answer written on the socket as it comes: status line, headers, then the bytes, and the connection closed. */
function raw(res: ServerResponse, head: string[], body: Buffer | string): void {
  res.socket!.write(`HTTP/1.1 200 OK\r\n${head.map((h) => `${h}\r\n`).join('')}connection: close\r\n\r\n`);
  res.socket!.end(body);
}

async function poll(path: string) {
  const url = sweep.feeds.url(path);
  const polled = (await (await sweep.app.post('/api/admin/feeds/poll', { url }, ADMIN_HEADERS)).json()) as { feed: ApiFeed; outcome: { status: string; error: string | null } };
  const { stories } = (await (await sweep.app.get(`/api/stories?feed=${encodeURIComponent(url)}`)).json()) as { stories: ApiStory[] };
  const { feeds } = (await (await sweep.app.get('/api/admin/feeds', ADMIN_HEADERS)).json()) as { feeds: ApiFeed[] };
  return { outcome: polled.outcome, stories, feed: feeds.find((f) => f.id === polled.feed.id)! };
}

describe('a whole feed under broken framing', () => {
  it('a Content-Length larger than the body, the connection closed after the whole document: the feed is read', async () => {
    const body = Buffer.from(rss('Ferry timetable changes'));
    sweep.feeds.handle('/unseen32/long-length.xml', (_req, res) => raw(res, ['content-type: application/rss+xml', `content-length: ${body.length + 300}`], body));
    const { outcome, stories, feed } = await poll('/unseen32/long-length.xml');
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(stories.map((s) => s.title)).toEqual(['Ferry timetable changes']);
    expect(feed).toMatchObject({ status: 'ok', errors: 0, lastError: null });
  });

  it('a chunked JSON Feed without its last chunk, after the whole document: the feed is read', async () => {
    const json = Buffer.from(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Lakeside Ledger', items: [{ id: 'pier-1', url: 'https://ledger.example.net/pier', title: 'Pier repairs finished', content_text: 'The pier reopens.', date_published: '2026-11-27T08:00:00Z' }] }));
    sweep.feeds.handle('/unseen32/no-last-chunk.json', (_req, res) => raw(res, ['content-type: application/feed+json', 'transfer-encoding: chunked'], Buffer.concat([Buffer.from(`${json.length.toString(16)}\r\n`), json, Buffer.from('\r\n')])));
    const { outcome, stories } = await poll('/unseen32/no-last-chunk.json');
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(stories.map((s) => [s.title, s.link])).toEqual([['Pier repairs finished', 'https://ledger.example.net/pier']]);
  });

  it('a Content-Length larger than the body on a connection kept open: read once the whole document is in, not timed out', async () => {
    const body = Buffer.from(rss('Lighthouse keeper retires'));
    sweep.feeds.handle('/unseen32/long-length-open.xml', (_req, res) => {
      res.socket!.write(`HTTP/1.1 200 OK\r\ncontent-type: application/rss+xml\r\ncontent-length: ${body.length + 300}\r\n\r\n`);
      res.socket!.write(body);
    });
    const began = Date.now();
    const { outcome, stories } = await poll('/unseen32/long-length-open.xml');
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(stories.map((s) => s.title)).toEqual(['Lighthouse keeper retires']);
    expect(Date.now() - began).toBeLessThan(10_000);
  });

  it('a Content-Length given twice: a lastError in words, not undici’s code', async () => {
    const body = Buffer.from(rss('Tide tables printed'));
    sweep.feeds.handle('/unseen32/two-lengths.xml', (_req, res) => raw(res, ['content-type: application/rss+xml', `content-length: ${body.length}`, `content-length: ${body.length}`], body));
    const { feed } = await poll('/unseen32/two-lengths.xml');
    expect(feed).toMatchObject({
      status: 'backing-off',
      lastError: `${new URL(sweep.feeds.base).host} answered with a body whose length is not what its Content-Length header says (a length given twice, or beside Transfer-Encoding: chunked): the feed was not read`,
    });
  });

  it('the same framing cut inside the document still says the feed came incomplete', async () => {
    const body = Buffer.from(rss('Harbour dredging delayed'));
    sweep.feeds.handle('/unseen32/cut-inside.xml', (_req, res) => raw(res, ['content-type: application/rss+xml', `content-length: ${body.length}`], body.subarray(0, body.length - 30)));
    const { outcome, stories, feed } = await poll('/unseen32/cut-inside.xml');
    expect(outcome.error).toMatch(/was cut while the feed was being sent, after \d+ bytes .*: the feed came incomplete$/);
    expect(stories).toEqual([]);
    expect(feed).toMatchObject({ status: 'backing-off', errors: 1 });
  });
});

/** A zstd frame of one raw (stored) block: what `zstd -d` and Node's zlib (where it has zstd) unpack to `text`. */
function zstdFrame(text: string): Buffer {
  const bytes = Buffer.from(text);
  const header = (bytes.length << 3) | 1; // last block, raw, its size
  return Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x10, header & 255, (header >> 8) & 255, (header >> 16) & 255]), bytes]);
}

describe('a Content-Encoding never asked for', () => {
  it('zstd: unpacked where this Node unpacks it, else a lastError naming the coding, not "binary data"', async () => {
    sweep.feeds.handle('/unseen32/zstd.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'zstd' }).end(zstdFrame(rss('Lock gates replaced'))));
    const { outcome, stories, feed } = await poll('/unseen32/zstd.xml');
    if ('createZstdDecompress' in zlib) {
      expect(outcome).toMatchObject({ status: 'ok', error: null });
      expect(stories.map((s) => s.title)).toEqual(['Lock gates replaced']);
    } else {
      const said = `${new URL(sweep.feeds.base).host} sent the feed compressed as zstd (Content-Encoding: zstd), which wirebrief cannot unpack: it asks for gzip, deflate or br only`;
      expect(outcome.error).toBe(said);
      expect(feed).toMatchObject({ status: 'backing-off', lastError: said });
    }
  });

  it('a zstd label on plain bytes is read as the plain feed it is', async () => {
    sweep.feeds.handle('/unseen32/zstd-plain.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'zstd' }).end(rss('Canal towpath reopens')));
    const { outcome, stories } = await poll('/unseen32/zstd-plain.xml');
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(stories.map((s) => s.title)).toEqual(['Canal towpath reopens']);
  });
});
