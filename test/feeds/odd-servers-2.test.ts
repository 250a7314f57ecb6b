import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/feeds/fetch.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { fetchAndPreview } from '../../src/feeds/preview.js';
import { addFeed, getFeed, type Feed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';

/** More servers from the wild (see odd-servers.test.ts): pages and error documents answered with 200, labels that lie. */
const ctx = testCtx('feeds-odd-servers-2', { FEED_TIMEOUT_SECONDS: '1', PUBLIC_URL: 'https://wirebrief.example' });
const classify = createClassifier(loadTaxonomy());
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await ctx.cleanup();
});

const send = (res: ServerResponse, body: string | Buffer, headers: Record<string, string>) => res.writeHead(200, headers).end(body);

async function pollNew(path: string) {
  const feed = (await addFeed(ctx, server.url(path), { intervalMinutes: 10 })).feed;
  const outcome = await pollFeed(ctx, classify, feed.id);
  const after = (await getFeed(ctx, feed.id))!;
  const stories = (await queryStories(ctx, { feedId: feed.id, limit: 10 })).stories;
  return { outcome, after, stories };
}

function expectBackingOff(after: Feed, error: RegExp) {
  expect(after).toMatchObject({ status: 'backing-off', errors: 1 });
  expect(after.lastError).toMatch(error);
  expect(after.lastError!.length).toBeLessThan(300);
  expect(after.lastError).not.toMatch(/<[a-z!]/i);
}

const page = (title: string, body: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a bot check answered with 200', () => {
  it('names Cloudflare’s challenge as the 403 case does, not as an HTML page', async () => {
    const challenges: [string, string, Record<string, string>][] = [
      ['/cf-moment.xml', page('Just a moment...', '<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script>'), { server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f-LHR' }],
      ['/cf-attention.xml', page('Attention Required! | Cloudflare', '<p>Sorry, you have been blocked</p>'), {}],
      ['/cf-form.xml', page('Checking', '<form id="challenge-form" action="/?__cf_chl_f_tk=abc"><input name="cf-chl"></form>'), { server: 'cloudflare' }],
    ];
    for (const [path, body, headers] of challenges) {
      server.handle(path, (_req, res) => send(res, body, { 'content-type': 'text/html; charset=UTF-8', ...headers }));
      const { after, stories } = await pollNew(path);
      expectBackingOff(after, /^HTTP 200 with a bot check’s page \("(?:Just a moment\.\.\.|Attention Required! \| Cloudflare|Checking)"\), not the feed: Cloudflare’s browser challenge stopped the request: ask the publisher/);
      expect(stories).toEqual([]);
    }
  });

  it('says the same when the feed is tried before it is added (`feeds try`, POST /api/admin/feeds/try)', async () => {
    const path = '/cf-try.xml';
    server.handle(path, (_req, res) => send(res, page('Just a moment...', '<div id="cf-chl-widget"></div>'), { 'content-type': 'text/html', 'cf-ray': '9-AMS' }));
    const tried = fetchAndPreview(classify, server.url(path), ctx.config, ctx.now());
    await expect(tried).rejects.toBeInstanceOf(FeedFetchError);
    await expect(tried).rejects.toThrow(/^HTTP 200 with a bot check’s page \("(?:Just a moment\.\.\.|Attention Required! \| Cloudflare|Checking)"\), not the feed: Cloudflare’s browser challenge stopped the request/);
  });

  it('names Akamai’s, Imperva’s and DDoS-Guard’s pages and a "checking your browser" page', async () => {
    const pages: [string, string, RegExp][] = [
      ['/akamai.xml', page('Access Denied', '<h1>Access Denied</h1>You don\'t have permission to access this server.<p>Reference #18.6f2e1402.1732680000.1a2b3c</p>'), /Akamai/],
      ['/imperva.xml', page('', '<iframe src="/_Incapsula_Resource?CWUDNSAI=9"></iframe>Request unsuccessful. Incapsula incident ID: 1234'), /Imperva/],
      ['/ddos-guard.xml', page('DDoS-Guard', '<p>Checking your browser before accessing the site.</p>'), /DDoS-Guard/],
      ['/checking.xml', page('One moment, please', '<p>Checking your browser before you are let in.</p>'), /captcha page/],
    ];
    for (const [path, body, who] of pages) {
      server.handle(path, (_req, res) => send(res, body, { 'content-type': 'text/html' }));
      const { after } = await pollNew(path);
      expectBackingOff(after, /^HTTP 200 with a bot check’s page(?: \("[^"]+"\))?, not the feed: a bot check \(.*\) stopped the request/);
      expect(after.lastError).toMatch(who);
    }
  });

  it('still names an ordinary page an HTML page: Cloudflare’s script, a firewall’s Server header, a comment form’s captcha', async () => {
    const home = page('Harbour Gazette', '<h1>Today</h1><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script><form><div class="g-recaptcha"></div></form>');
    server.handle('/cf-home.html', (_req, res) => send(res, home, { 'content-type': 'text/html', server: 'AkamaiGHost' }));
    const { after } = await pollNew('/cf-home.html');
    expectBackingOff(after, /^not a feed: the document is an HTML page \("Harbour Gazette"\)/);
  });

  it('gives a 404 from behind a firewall its own words, not a bot check’s', async () => {
    server.handle('/guarded-missing.xml', (_req, res) => void res.writeHead(404, { 'content-type': 'text/html', server: 'ddos-guard' }).end(page('Story not found', '')));
    const { after } = await pollNew('/guarded-missing.xml');
    expect(after.lastError).toBe('HTTP 404 Not Found ("Story not found")');
  });

  it('reads a feed behind Cloudflare whose stories speak of a captcha', async () => {
    const feed = rss([{ title: 'Just a moment... on captcha laws', guid: 'cf-feed-1' }]);
    server.handle('/cf-feed.xml', (_req, res) => send(res, feed, { 'content-type': 'application/rss+xml', server: 'cloudflare', 'cf-ray': '1-LHR' }));
    const { outcome, stories } = await pollNew('/cf-feed.xml');
    expect(outcome).toMatchObject({ status: 'ok', added: 1 });
    expect(stories.map((s) => s.title)).toEqual(['Just a moment... on captcha laws']);
  });
});

describe('a storage service’s error document answered with 200', () => {
  it('gives its code and message', async () => {
    const docs: [string, string, string][] = [
      ['/bucket/missing.xml', 'NoSuchKey', 'The specified key does not exist.'],
      ['/bucket/private.xml', 'AccessDenied', 'Access Denied'],
      ['/blob/feed.xml', 'BlobNotFound', 'The specified blob does not exist.\nRequestId:5c1e-0001\nTime:2026-11-27T04:00:00Z'],
    ];
    for (const [path, code, message] of docs) {
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Key>feed.xml</Key><RequestId>7Q2X</RequestId></Error>`;
      server.handle(path, (_req, res) => send(res, body, { 'content-type': 'application/xml' }));
      const { after } = await pollNew(path);
      expectBackingOff(after, new RegExp(`^not a feed: the server answered with an error: ${code}: ${message.split('\n')[0]!.replace(/\./g, '\\.')}$`));
    }
  });
});

describe('a Content-Encoding that lies, still after asking for the bytes as they are', () => {
  it('backs off saying the label and the bytes disagree, for deflate that is gzip, gzip that is plain, br that is plain', async () => {
    const feed = rss(items(1, 'Mislabelled'));
    const cases: [string, string, Buffer][] = [
      ['/says-deflate.xml', 'deflate', gzipSync(feed)],
      ['/says-gzip.xml', 'gzip', Buffer.from(feed)],
      ['/says-br.xml', 'br', Buffer.from(feed)],
    ];
    for (const [path, label, bytes] of cases) {
      let asked = 0;
      server.handle(path, (_req, res) => {
        asked++;
        send(res, bytes, { 'content-type': 'application/rss+xml', 'content-encoding': label });
      });
      const { after } = await pollNew(path);
      expectBackingOff(after, new RegExp(`said the feed was compressed \\(Content-Encoding: ${label}\\) but sent bytes that do not unpack as such`));
      expect(asked).toBe(2);
    }
  });
});
