import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../src/feeds/poll.js';
import { addFeed } from '../src/feeds/store.js';
import { maskEmail, maskEmailsIn, redactUrl, redactUrlsIn } from '../src/log.js';
import { createClassifier } from '../src/topics/classifier.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from './helpers/feed-server.js';
import { testCtx } from './helpers/redis.js';

describe('what log lines may carry', () => {
  it('masks addresses, alone and inside text', () => {
    expect(maskEmail('ravi.kumar@example.in')).toBe('r***@example.in');
    expect(maskEmailsIn('550 5.1.1 <ravi.kumar@example.in>: no such user')).toBe('550 5.1.1 <r***@example.in>: no such user');
  });

  it('hides credentials in URLs: key-like query values and user info, nothing else', () => {
    expect(redactUrl('https://api.example.com/v2/news.rss?api_key=S3CRET&lang=en&apikey=X&access_token=Y')).toBe(
      'https://api.example.com/v2/news.rss?api_key=***&lang=en&apikey=***&access_token=***',
    );
    expect(redactUrl('https://user:pw@feeds.example.com/rss')).toBe('https://***@feeds.example.com/rss');
    expect(redactUrl('https://feeds.example.com/rss?section=defence&page=2')).toBe('https://feeds.example.com/rss?section=defence&page=2');
    expect(redactUrl('not a url')).toBe('not a url');
    expect(redactUrlsIn('could not fetch https://x.example/f?token=abc&q=1: ECONNREFUSED')).toBe('could not fetch https://x.example/f?token=***&q=1: ECONNREFUSED');
  });
});

describe('a failing feed whose URL carries a key', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const ctx = { ...testCtx('log-redact', { FEED_TIMEOUT_SECONDS: '1' }), log: pino({ level: 'info' }, sink) };
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(async () => {
    await server.close();
    await ctx.cleanup();
  });

  it('is logged without the key, though the poll itself used it', async () => {
    server.handle('/keyed.xml', (_req, res) => void res.writeHead(503).end('down'));
    const { feed } = await addFeed(ctx, `${server.url('/keyed.xml')}?api_key=TOPSECRET42&edition=in`);
    await pollFeed(ctx, createClassifier(loadTaxonomy()), feed.id);
    expect(server.requests.find((r) => r.path === '/keyed.xml')!.url).toContain('api_key=TOPSECRET42');
    const failed = lines.filter((l) => l.includes('feed poll failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('api_key=***');
    expect(lines.join('')).not.toContain('TOPSECRET42');
  });
});
