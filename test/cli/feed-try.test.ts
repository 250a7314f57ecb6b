import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedPreview } from '../../src/feeds/preview.js';
import { runCli } from '../helpers/cli.js';
import { freePort, startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { CLI_TIMEOUT_MS } from './env.js';

const wire = readFileSync(new URL('../fixtures/wire.rss', import.meta.url));

/** `feeds try` needs no Redis: it is pointed at a port nothing listens on, to prove it stores nothing. */
describe('wirebrief feeds try <url>', { timeout: CLI_TIMEOUT_MS }, () => {
  let server: FeedServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startFeedServer();
    server.serve('/wire.rss', wire, { contentType: 'application/rss+xml' });
    const links = ['/comments/feed/', '/wire.rss', '/sport.rss'].map((href) => `<link rel="alternate" type="application/rss+xml" href="${href}">`).join('');
    server.serve('/news', `<html><head><title>Wire desk</title>${links}</head><body></body></html>`, { contentType: 'text/html' });
    server.serve('/blank', '<html><head><title>Wire desk</title></head><body></body></html>', { contentType: 'text/html' });
    server.serve('/wp/', '<html><head><title>Wire desk</title><meta name="generator" content="WordPress 6.5"></head><body></body></html>', { contentType: 'text/html' });
    env = { NODE_ENV: 'test', REDIS_URL: `redis://127.0.0.1:${await freePort()}` };
  });
  afterAll(() => server.close());

  it('shows the stories a poll would make: cleaned, dated, with dateline and topics', async () => {
    const run = await runCli(['feeds', 'try', server.url('/wire.rss'), '--limit', '1'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^RSS feed "Wire desk \(seed\)" at http:\/\/127\.0\.0\.1:\d+\/wire\.rss: (\d+) entries, \1 stories$/);
    expect(lines[2]).toBe('2026-02-27 13:59 UTC  India and Italy discuss elevating industrial collaborations to deepen defence cooperation');
    expect(lines[4]).toMatch(/^ {2}(?=.*defence)(?=.*diplomacy).*·\s+IANS, Rome$/);
    expect(run.stdout).not.toMatch(/PSG|Ranji Trophy/);
  });

  it('--json: every field a story would have, up to --limit', async () => {
    const run = await runCli(['feeds', 'try', server.url('/wire.rss'), '--json', '--limit', '2'], env);
    expect(run.code).toBe(0);
    const preview = JSON.parse(run.stdout) as FeedPreview;
    expect(preview).toMatchObject({ format: 'rss', title: 'Wire desk (seed)', warning: null });
    expect(preview.stories).toHaveLength(2);
    expect(preview.stories[0]).toMatchObject({ agency: 'IANS', place: 'Rome', link: 'https://wire.example/news/india-italy-defence-cooperation' });
    expect(preview.stories[0]!.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
  });

  it('a page naming several feeds: reads the one a poll reads and names the others', async () => {
    const run = await runCli(['feeds', 'try', server.url('/news'), '--limit', '1'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(new RegExp(`^RSS feed "Wire desk \\(seed\\)" at ${server.url('/wire.rss')}: `)),
      `found through the page at ${server.url('/news')}, as a poll finds it`,
      `warning: the page names 3 feeds: polling ${server.url('/wire.rss')}; add the others to poll them too: ${server.url('/sport.rss')}, ${server.url('/comments/feed/')}`,
    ]);
  });

  it('a WordPress page naming no feed (nor its REST API): tried at the host’s /feed/, and the error says so', async () => {
    const run = await runCli(['feeds', 'try', server.url('/wp/')], env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`wirebrief: the page is a WordPress site’s and names no feed; its feed at ${server.url('/feed/')}, which failed: HTTP 404 Not Found`);
  });

  it('a web page naming no feed: says it is no feed; a missing one: the HTTP error (exit 1)', async () => {
    const page = await runCli(['feeds', 'try', server.url('/blank')], env);
    expect(page.code).toBe(1);
    expect(page.stderr.trim()).toBe('wirebrief: not a feed: the document is an HTML page ("Wire desk"), not RSS, Atom or JSON Feed; it names no feed');
    const missing = await runCli(['feeds', 'try', server.url('/gone.xml')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^wirebrief: HTTP 404/);
    const bad = await runCli(['feeds', 'try', 'ftp://example.org/feed'], env);
    expect(bad.code).toBe(2);
  });
});
