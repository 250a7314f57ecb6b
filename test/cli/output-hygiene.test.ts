import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertSubscriber } from '../../src/subscribers/store.js';
import { defaultModelFile } from '../../src/topics/model.js';
import { runCli, runCliProcess } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { tempDir, testCtx } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';
import { CLI_TIMEOUT_MS, cliEnv } from './env.js';

/** A verb's stdout is its output (OPML, JSON, lines a script reads); its log lines and errors go to stderr. */
describe('CLI output: stdout for the output, stderr for logs and errors', { timeout: CLI_TIMEOUT_MS }, () => {
  const ctx = testCtx('cli-output-hygiene');
  const env = cliEnv(ctx);
  const dir = tempDir('cli-output-hygiene');
  const missing = join(dir, 'no-such-folder');
  let server: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer();
    server.serve('/feed.xml', rss(items(2, 'Hygiene')));
    // A page that names its feed: the poll follows it and logs that at info.
    server.serve('/page', `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>news</body></html>`, { contentType: 'text/html; charset=utf-8' });
    server.handle('/broken.xml', (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('down'));
    await upsertSubscriber(ctx, { email: 'reader@example.org', topics: ['defence'], confirmed: true });
  });

  afterAll(async () => {
    await server.close();
    await ctx.cleanup();
  });

  const logLines = (stderr: string) =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string });

  it('a poll that logs keeps stdout to its one line of output, the log lines on stderr', async () => {
    const page = server.url('/page');
    const ok = await runCliProcess(['poll', page], { ...env, LOG_LEVEL: 'info' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\S+: 2 new, 0 already seen\n$/);
    expect(logLines(ok.stderr).map((l) => l.msg)).toContain('feed found through the page’s <link rel="alternate">');

    const failed = await runCliProcess(['poll', server.url('/broken.xml')], { ...env, LOG_LEVEL: 'warn' });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(logLines(failed.stderr).map((l) => l.msg)).toContain('feed poll failed');
    expect(failed.stderr).toContain('wirebrief: poll failed');
  });

  it('feeds export --output into a folder that is not there: one readable line, exit 2', async () => {
    const file = join(missing, 'feeds.opml');
    const run = await runCli(['feeds', 'export', '--output', file], env);
    expect(run.stderr).toBe(`wirebrief: --output ${file}: the folder ${missing} does not exist\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('digest preview --out into a folder that is not there: one readable line, exit 2', async () => {
    const file = join(missing, 'preview.html');
    const run = await runCli(['digest', 'preview', 'reader@example.org', '--out', file], env);
    expect(run.stderr).toBe(`wirebrief: --out ${file}: the folder ${missing} does not exist\n`);
    expect(run.code).toBe(2);
  });

  it('classify --taxonomy with a file that is not a taxonomy names the file and what is wrong', async () => {
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Navy commissions a frigate\nThe navy commissioned a frigate.\n');
    const cases: [name: string, body: string, problem: string][] = [
      ['list.json', '[1, 2]\n', 'not a taxonomy: want a map with a "topics" list at its top, got a list'],
      ['empty.json', '', 'not a taxonomy: want a map with a "topics" list at its top, got an empty file'],
      ['no-topics.json', '{"subjects": []}\n', 'topics: missing (want array)'],
      ['broken.json', '{bad\n', 'not a readable taxonomy (YAML or JSON): Flow map must end with a } at line 2, column 1'],
    ];
    for (const [name, body, problem] of cases) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const run = await runCli(['classify', '--taxonomy', file, story], env);
      expect(run.stderr, name).toBe(`wirebrief: ${file}: ${problem}\n`);
      expect(run.code, name).toBe(2);
    }
  });

  it('classify --model with a file that is not a topic model names the file and the field, in words rather than zod\'s', async () => {
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Navy commissions a frigate\nThe navy commissioned a frigate.\n');
    const model = JSON.parse(readFileSync(defaultModelFile, 'utf8')) as { format?: string; topics?: Record<string, unknown>[]; spec: Record<string, unknown> };
    const changed = (change: (m: typeof model) => void) => {
      const copy = structuredClone(model);
      change(copy);
      return JSON.stringify(copy);
    };
    const cases: [name: string, body: string, problem: string][] = [
      ['list.json', '[1, 2]\n', 'not a topic model: want a JSON object, got a list'],
      ['empty.json', '', 'not a topic model: want a JSON object, got an empty file'],
      ['not-json.json', 'nope\n', 'not a topic model: not valid JSON (unexpected "o")'],
      ['no-format.json', changed((m) => delete m.format), 'format: missing (want "wirebrief-topic-model/1")'],
      ['no-topics.json', changed((m) => delete m.topics), 'topics: missing (want array)'],
      ['bias.json', changed((m) => (m.topics![1]!.bias = 'high')), 'topics.1.bias: want number, got the string "high"'],
      ['weight.json', changed((m) => (m.spec.titleWeight = -1)), 'spec.titleWeight: want a number more than 0, got the number -1'],
    ];
    for (const [name, body, problem] of cases) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const run = await runCli(['classify', '--model', file, story], env);
      expect(run.stderr, name).toBe(`wirebrief: ${file}: ${problem} (run \`npm run train\`)\n`);
      expect(run.stdout, name).toBe('');
      expect(run.code, name).toBe(2);
    }
  });
});
