import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../../src/feeds/poll.js';
import { addFeed, getFeed, type Feed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';

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
