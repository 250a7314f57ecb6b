import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL } from '../helpers/redis.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { CLI_TIMEOUT_MS } from './env.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

// `feeds list --json` printed the stored records: times as epoch milliseconds (`"lastSuccessAt": 1795849007138`) and an
// `addedAt` the API does not show, while `GET /api/admin/feeds` (issue 3's contract) gives ISO times. A script reading
// one could not read the other; `stories list --json` already prints the API's stories.
describe('wirebrief feeds list --json: the feeds as GET /api/admin/feeds gives them', { timeout: CLI_TIMEOUT_MS }, () => {
  let app: TestService;
  let feeds: FeedServer;

  beforeAll(async () => {
    app = await startTestService('cli-feeds-list-json');
    feeds = await startFeedServer();
    feeds.serveFile('/wire.rss', fixture('wire.rss'));
  });

  afterAll(async () => {
    await feeds.close();
    await app.close();
  });

  it('prints the same fields and values, times in ISO 8601', async () => {
    const polled = await app.post('/api/admin/feeds/poll', { url: feeds.url('/wire.rss') }, ADMIN_HEADERS);
    expect(polled.status).toBe(200);
    const api = (await (await app.get('/api/admin/feeds', ADMIN_HEADERS)).json()) as { feeds: Record<string, unknown>[] };
    expect(api.feeds).toHaveLength(1);
    expect(api.feeds[0]!.lastSuccessAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const env = { NODE_ENV: 'test', REDIS_URL, WIREBRIEF_PREFIX: app.prefix, SECRET: app.service.runtime.ctx.config.secret!, DATA_DIR: app.service.runtime.ctx.config.dataDir };
    const run = await runCli(['feeds', 'list', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const cli = JSON.parse(run.stdout) as { feeds: Record<string, unknown>[] };
    expect(cli).toEqual(api);
    expect(Object.keys(cli.feeds[0]!)).toEqual(Object.keys(api.feeds[0]!));
  });
});
