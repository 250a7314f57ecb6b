import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { listFeeds } from '../../src/feeds/store.js';
import { deletePrefix, REDIS_URL, tempDir, testCtx, testPrefix } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';

/** `wirebrief feeds import|export` and `poll`, as a child process on real Redis. */
const dir = tempDir('cli-feeds');
const prefixes = [testPrefix('cli-feeds-a'), testPrefix('cli-feeds-b')];
const env = (prefix: string) => ({ REDIS_URL, WIREBRIEF_PREFIX: prefix, SECRET: 'test-secret-0123456789abcdef0123456789abcdef', DATA_DIR: dir, NODE_ENV: 'test' });
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
  server.serve('/one.xml', rss(items(2, 'One'), { title: 'Feed One' }));
});
afterAll(async () => {
  await server.close();
  const redis = new Redis(REDIS_URL);
  for (const p of prefixes) await deletePrefix(redis, p);
  await redis.quit();
});

// Each run starts a Node process that loads the whole app: slow on a busy two-core machine.
describe('feeds import / export', { timeout: 120_000 }, () => {
  it('imports an OPML file, exports it back, and the export imports elsewhere unchanged', async () => {
    const file = join(dir, 'in.opml');
    writeFileSync(
      file,
      `<?xml version="1.0"?>
<opml version="1.0"><head><title>My reader</title></head><body>
  <outline text="News">
    <outline text="Feed One" type="rss" xmlUrl="${server.url('/one.xml')}"/>
  </outline>
  <outline text="Second" type="rss" xmlUrl="https://second.example/rss?x=1&amp;y=2"/>
  <outline text="Not a URL" type="rss" xmlUrl="mailto:desk@example.org"/>
</body></opml>`,
    );
    const imported = await runCli(['feeds', 'import', file, '--json'], env(prefixes[0]!));
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ added: 2, existing: 0, invalid: [{ url: 'mailto:…', error: 'feed URLs must be http or https: "mailto:…"' }] });

    const exported = await runCli(['feeds', 'export'], env(prefixes[0]!));
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`xmlUrl="${server.url('/one.xml')}"`);
    expect(exported.stdout).toContain('xmlUrl="https://second.example/rss?x=1&amp;y=2"');

    const out = join(dir, 'out.opml');
    writeFileSync(out, exported.stdout);
    const again = await runCli(['feeds', 'import', out], env(prefixes[1]!));
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('2 added, 0 already there\n');
    const other = testCtx('cli-feeds-check');
    other.config.prefix = prefixes[1]!;
    const listed = { feeds: await listFeeds(other) };
    await other.redis.quit();
    expect(listed.feeds.map((f) => [f.url, f.title]).sort()).toEqual([
      [server.url('/one.xml'), 'Feed One'],
      ['https://second.example/rss?x=1&y=2', 'Second'],
    ].sort());
  });

  it('refuses a file that is not OPML with a clear message and exit 2', async () => {
    const file = join(dir, 'not.opml');
    writeFileSync(file, '<rss version="2.0"><channel/></rss>');
    const run = await runCli(['feeds', 'import', file], env(prefixes[0]!));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`wirebrief: ${file}: not an OPML file: the root element is <rss>, not <opml>\n`);
    const missing = await runCli(['feeds', 'import', join(dir, 'nope.opml')], env(prefixes[0]!));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.opml: no such file/);
  });

  it('reads a UTF-16 or Latin-1 OPML file as the admin API reads the same bytes', async () => {
    // Readers export OPML in UTF-16 (with a byte order mark) or in the charset their prolog names.
    const utf16 = join(dir, 'utf16.opml');
    const outline = '<opml version="2.0"><body><outline text="Новости Оренбурга" xmlUrl="https://utf16.example/rss"/></body></opml>';
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(outline, 'utf16le')]));
    const latin1 = join(dir, 'latin1.opml');
    const declared = '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><body><outline text="Café crème" xmlUrl="https://latin1.example/rss"/></body></opml>';
    writeFileSync(latin1, Buffer.from(declared, 'latin1'));
    for (const file of [utf16, latin1]) {
      const run = await runCli(['feeds', 'import', file, '--json'], env(prefixes[1]!));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ added: 1, invalid: [] });
    }
    const other = testCtx('cli-feeds-charsets');
    other.config.prefix = prefixes[1]!;
    const titles = new Map((await listFeeds(other)).map((f) => [f.url, f.title]));
    await other.redis.quit();
    expect(titles.get('https://utf16.example/rss')).toBe('Новости Оренбурга');
    expect(titles.get('https://latin1.example/rss')).toBe('Café crème');
  });

  it('has --help with examples', async () => {
    const run = await runCli(['feeds', 'import', '--help'], env(prefixes[0]!));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:\n {2}wirebrief feeds import/);
  });

  it('polls one feed now and prints what it brought', async () => {
    const run = await runCli(['poll', server.url('/one.xml')], env(prefixes[0]!));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${server.url('/one.xml')}: 2 new, 0 already seen\n`);
    const bad = await runCli(['poll', 'not a url'], env(prefixes[0]!));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a URL/);
  });
});
