import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliProcess } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { REDIS_URL, tempDir } from '../helpers/redis.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiFeed, type ApiStory, type TestService } from '../helpers/service.js';

/**
 * Contract audit, round 29: issues 3 and 4's "Contract additions" driven from outside, as a checker would: GET
 * /api/stories and its filters and paging, GET /api/admin/feeds in each state, POST /api/admin/feeds/poll, OPML through
 * the CLI and the admin API, and `wirebrief classify --jsonl` on the lines labelled sets really have.
 */

let app: TestService;
let feeds: FeedServer;
const dir = tempDir('audit29');

beforeAll(async () => {
  feeds = await startFeedServer();
  app = await startTestService('e2e-audit29', { PUBLIC_RATE_LIMIT: '100000' }, ['api']);
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
});

const cliEnv = () => ({ REDIS_URL, WIREBRIEF_PREFIX: app.prefix, SECRET: app.service.runtime.ctx.config.secret, DATA_DIR: dir, NODE_ENV: 'test' });
const poll = async (url: string) => (await app.post('/api/admin/feeds/poll', { url }, admin)).json() as Promise<{ feed: ApiFeed; outcome: { status: string; error: string | null } }>;
const stories = async (query: string) => {
  const res = await app.get(`/api/stories?${query}`);
  return { status: res.status, body: (await res.json()) as { stories: ApiStory[]; next: string | null; error?: string } };
};
const listed = async () => ((await (await app.get('/api/admin/feeds', admin)).json()) as { feeds: ApiFeed[] }).feeds;
const FEED_FIELDS = ['url', 'title', 'status', 'lastError', 'lastSuccessAt', 'nextPollAt', 'errors', 'etag', 'lastModified'];
const STORY_FIELDS = ['cluster', 'sources', 'author', 'image', 'feed'];

describe('GET /api/stories ?feed=', () => {
  it('finds a feed by its URL as added, with or without percent-encoding, and after a 301 by its new URL', async () => {
    feeds.serve('/a29/desk.xml', rss(items(3, 'Desk'), { title: 'Desk' }));
    const url = feeds.url('/a29/desk.xml');
    expect((await poll(url)).outcome.status).toBe('ok');
    for (const q of [encodeURIComponent(url), url]) {
      const { status, body } = await stories(`feed=${q}`);
      expect(status).toBe(200);
      expect(body.stories.map((s) => s.title).sort()).toEqual(['Desk 1', 'Desk 2', 'Desk 3']);
      for (const s of body.stories) {
        for (const f of STORY_FIELDS) expect(s).toHaveProperty(f);
        expect(s.feed).toBe(url);
      }
    }

    feeds.serve('/a29/moved-new.xml', rss(items(2, 'Moved'), { title: 'Moved' }));
    feeds.handle('/a29/moved-old.xml', (_req, res) => void res.writeHead(301, { location: '/a29/moved-new.xml' }).end());
    const polled = await poll(feeds.url('/a29/moved-old.xml'));
    expect(polled.feed.url).toBe(feeds.url('/a29/moved-new.xml'));
    const after = await stories(`feed=${encodeURIComponent(feeds.url('/a29/moved-new.xml'))}`);
    expect(after.status).toBe(200);
    expect(after.body.stories).toHaveLength(2);
    expect(after.body.stories.every((s) => s.feed === feeds.url('/a29/moved-new.xml'))).toBe(true);
    // The poll by the old address goes on to the feed now at the new one.
    expect((await poll(feeds.url('/a29/moved-old.xml'))).feed.url).toBe(feeds.url('/a29/moved-new.xml'));
  });

  it('answers a trailing slash either way, and 404 {error} for a URL no feed has', async () => {
    feeds.serve('/a29/slash/', rss(items(1, 'Slash'), { title: 'Slash' }));
    expect((await poll(feeds.url('/a29/slash/'))).outcome.status).toBe('ok');
    const as = await stories(`feed=${encodeURIComponent(feeds.url('/a29/slash/'))}`);
    expect(as.body.stories.map((s) => s.title)).toEqual(['Slash 1']);
    // Asked for without its slash, or the feed added without one asked for with it, it is the same feed's stories.
    const without = await stories(`feed=${encodeURIComponent(feeds.url('/a29/slash'))}`);
    expect(without.status).toBe(200);
    expect(without.body.stories.map((s) => [s.title, s.feed])).toEqual([['Slash 1', feeds.url('/a29/slash/')]]);
    feeds.serve('/a29/plain.xml', rss(items(2, 'Plain'), { title: 'Plain' }));
    await poll(feeds.url('/a29/plain.xml'));
    const withSlash = await stories(`feed=${feeds.url('/a29/plain.xml/')}`);
    expect(withSlash.status).toBe(200);
    expect(withSlash.body.stories.map((s) => s.title).sort()).toEqual(['Plain 1', 'Plain 2']);
    // A feed at each address is each its own.
    feeds.serve('/a29/twin', rss(items(1, 'Twin'), { title: 'Twin' }));
    feeds.serve('/a29/twin/', rss(items(1, 'Twinslash'), { title: 'Twin slash' }));
    await poll(feeds.url('/a29/twin'));
    await poll(feeds.url('/a29/twin/'));
    expect((await stories(`feed=${feeds.url('/a29/twin')}`)).body.stories.map((s) => s.title)).toEqual(['Twin 1']);
    expect((await stories(`feed=${feeds.url('/a29/twin/')}`)).body.stories.map((s) => s.title)).toEqual(['Twinslash 1']);
    const unknown = await stories(`feed=${encodeURIComponent('https://nowhere.example/rss.xml')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/no feed/);
  });
});

describe('GET /api/stories ?topic= ?since= ?limit=', () => {
  it('takes a known topic, refuses an unknown one naming the valid ones', async () => {
    expect((await stories('topic=defence')).status).toBe(200);
    const bad = await stories('topic=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/unknown topic nonsense; valid topics are .*defence/);
  });

  it('reads since as ISO with Z, with +05:30 (encoded or not), as a date alone; garbage is 400 naming since', async () => {
    const desk = `feed=${encodeURIComponent(feeds.url('/a29/desk.xml'))}`;
    // The items are dated Fri, 27 Feb 2026 10:00:00 +0000.
    expect((await stories(`${desk}&since=2026-02-27T10:00:00Z`)).body.stories).toHaveLength(3);
    expect((await stories(`${desk}&since=2026-02-27T10:00:01Z`)).body.stories).toHaveLength(0);
    expect((await stories(`${desk}&since=${encodeURIComponent('2026-02-27T15:30:00+05:30')}`)).body.stories).toHaveLength(3);
    expect((await stories(`${desk}&since=2026-02-27T15:30:00+05:30`)).body.stories).toHaveLength(3);
    expect((await stories(`${desk}&since=2026-02-27T15:31:00+05:30`)).body.stories).toHaveLength(0);
    expect((await stories(`${desk}&since=2026-02-27`)).body.stories).toHaveLength(3);
    expect((await stories(`${desk}&since=2026-02-28`)).body.stories).toHaveLength(0);
    for (const garbage of ['yesterday', 'abc', '2026-13-01', '']) {
      const res = await stories(`${desk}&since=${garbage}`);
      expect(res.status, garbage).toBe(400);
      expect(res.body.error, garbage).toMatch(/since/);
    }
  });

  it('reads a time with no offset as UTC, whatever the server\'s time zone', async () => {
    feeds.serve('/a29/zone.xml', rss(items(3, 'Zone'), { title: 'Zone' }));
    expect((await poll(feeds.url('/a29/zone.xml'))).outcome.status).toBe('ok');
    const desk = `feed=${encodeURIComponent(feeds.url('/a29/zone.xml'))}`;
    const saved = process.env.TZ;
    // The service runs in this process: its clock's zone is this process's.
    process.env.TZ = 'Asia/Kolkata';
    try {
      expect((await stories(`${desk}&since=2026-02-27T10:00:00`)).body.stories).toHaveLength(3);
      expect((await stories(`${desk}&since=2026-02-27T10:00:01`)).body.stories).toHaveLength(0);
      expect((await stories(`${desk}&since=2026-02-27T10:01`)).body.stories).toHaveLength(0);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('takes limit 1 and 500; refuses 501, 0, -1 and abc naming limit', async () => {
    expect((await stories('limit=1')).body.stories).toHaveLength(1);
    expect((await stories('limit=500')).status).toBe(200);
    for (const bad of ['501', '0', '-1', 'abc', '1.5']) {
      const res = await stories(`limit=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error, bad).toMatch(/limit/);
    }
  });

  it('combines feed, topic, since and limit', async () => {
    const desk = `feed=${encodeURIComponent(feeds.url('/a29/desk.xml'))}`;
    const res = await stories(`${desk}&since=2026-02-27&limit=2`);
    expect(res.body.stories).toHaveLength(2);
    expect(res.body.next).toEqual(expect.any(String));
    const rest = await stories(`${desk}&since=2026-02-27&limit=2&cursor=${encodeURIComponent(res.body.next!)}`);
    expect(rest.body.stories).toHaveLength(1);
    expect(rest.body.next).toBeNull();
    const other = await stories(`${desk}&topic=sport`);
    expect(other.status).toBe(200);
    for (const s of other.body.stories) expect(s.topics.map((t) => t.id)).toContain('sport');
  });
});

describe('paging 1,200 stories with limit 500 while stories arrive', { timeout: 300_000 }, () => {
  it('gives each story once, none missed, with next passed back as cursor or as next', async () => {
    const many = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({
        title: `Bulk item ${from + i}`,
        guid: `bulk-${from + i}`,
        link: `https://bulk.example/${from + i}`,
        description: `<p>Bulk story ${from + i} about a council meeting on roads number ${from + i}.</p>`,
        pubDate: new Date(Date.UTC(2026, 1, 1) + (from + i) * 60_000).toUTCString(),
      }));
    const path = '/a29/bulk.xml';
    feeds.serve(path, rss(many(1200, 0), { title: 'Bulk' }));
    expect((await poll(feeds.url(path))).outcome.status).toBe('ok');
    const q = `feed=${encodeURIComponent(feeds.url(path))}&limit=500`;
    const seen: string[] = [];
    let next: string | null = null;
    let page = 0;
    for (;;) {
      const { status, body } = await stories(next === null ? q : `${q}&${page % 2 ? 'next' : 'cursor'}=${encodeURIComponent(next)}`);
      expect(status).toBe(200);
      expect(body.stories.length).toBeLessThanOrEqual(500);
      seen.push(...body.stories.map((s) => s.title));
      next = body.next;
      page++;
      if (next === null) break;
      // New stories arrive between pages, newer than all and in the middle of the range.
      feeds.serve(path, rss([...many(1200, 0), ...many(10 * page, 5000 + 20 * page)], { title: 'Bulk' }));
      expect((await poll(feeds.url(path))).outcome.status).toBe('ok');
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (let i = 0; i < 1200; i++) expect(seen).toContain(`Bulk item ${i}`);
  });
});

describe('GET /api/admin/feeds in each state; POST /api/admin/feeds/poll', () => {
  it('lists every contract field for an ok, a backing-off and a disabled feed', async () => {
    feeds.serve('/a29/ok.xml', rss(items(1, 'Fine'), { title: 'Fine feed' }));
    feeds.handle('/a29/broken.xml', (_req, res) => void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'));
    feeds.handle('/a29/gone.xml', (_req, res) => void res.writeHead(410, { 'content-type': 'text/plain' }).end('gone'));
    await poll(feeds.url('/a29/ok.xml'));
    await poll(feeds.url('/a29/broken.xml'));
    await poll(feeds.url('/a29/gone.xml'));
    const all = await listed();
    const by = (p: string) => all.find((f) => f.url === feeds.url(p))!;
    for (const p of ['/a29/ok.xml', '/a29/broken.xml', '/a29/gone.xml']) for (const f of FEED_FIELDS) expect(by(p)).toHaveProperty(f);
    expect(by('/a29/ok.xml')).toMatchObject({ status: 'ok', title: 'Fine feed', lastError: null, errors: 0, etag: expect.any(String), lastModified: expect.any(String) });
    expect(Date.parse(by('/a29/ok.xml').lastSuccessAt!)).not.toBeNaN();
    expect(Date.parse(by('/a29/ok.xml').nextPollAt!)).not.toBeNaN();
    expect(by('/a29/broken.xml')).toMatchObject({ status: 'backing-off', errors: 1, lastSuccessAt: null, lastError: expect.stringMatching(/500/) });
    expect(Date.parse(by('/a29/broken.xml').nextPollAt!)).toBeGreaterThan(Date.now());
    expect(by('/a29/gone.xml')).toMatchObject({ status: 'disabled', lastError: expect.stringMatching(/410|gone/i) });
  });

  it('polls a disabled feed on request and says so; an unknown URL is added and polled (issue 3: unseen feeds are tried this way)', async () => {
    const gone = await app.post('/api/admin/feeds/poll', { url: feeds.url('/a29/gone.xml') }, admin);
    expect(gone.status).toBe(200);
    const body = (await gone.json()) as { feed: ApiFeed; outcome: { status: string; error: string | null } };
    expect(body.feed.status).toBe('disabled');
    expect(body.outcome.error).toMatch(/410|gone/i);

    feeds.serve('/a29/new.xml', rss(items(1, 'Newfeed'), { title: 'New' }));
    const added = (await poll(feeds.url('/a29/new.xml'))) as { feed: ApiFeed; outcome: { status: string; added?: number } };
    expect(added.outcome.status).toBe('ok');
    const missing = await app.post('/api/admin/feeds/poll', { url: feeds.url('/a29/missing.xml') }, admin);
    const answer = (await missing.json()) as { outcome: { status: string; error: string } };
    expect(answer.outcome.error).toMatch(/404/);
    const bad = await app.post('/api/admin/feeds/poll', {}, admin);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/url/);
  });
});

describe('OPML round trip', { timeout: 180_000 }, () => {
  it('imports nested outlines, & and non-ASCII titles and duplicate URLs by the CLI; exports what the admin API lists', async () => {
    const file = join(dir, 'a29.opml');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Desk &amp; co</title></head><body>
  <outline text="World">
    <outline text="Asia">
      <outline text="Le Monde &amp; l’Inde — Côte" type="rss" xmlUrl="https://opml29.example/a.xml?x=1&amp;y=2"/>
      <outline text="हिंदी समाचार" type="rss" xmlUrl="https://opml29.example/hi.xml"/>
    </outline>
  </outline>
  <outline text="Again" type="rss" xmlUrl="https://opml29.example/hi.xml"/>
</body></opml>`,
    );
    const imported = await runCli(['feeds', 'import', file, '--json'], cliEnv());
    expect(imported.code, imported.stderr).toBe(0);
    const exported = await runCli(['feeds', 'export'], cliEnv());
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('xmlUrl="https://opml29.example/a.xml?x=1&amp;y=2"');
    expect(exported.stdout.match(/opml29\.example\/hi\.xml/g)).toHaveLength(1);
    expect(exported.stdout).toContain('text="Le Monde &amp; l’Inde — Côte"');
    expect(exported.stdout).toContain('text="हिंदी समाचार"');
    const api = await app.get('/api/admin/feeds/opml', admin);
    expect(api.status).toBe(200);
    const text = await api.text();
    expect(text).toContain('xmlUrl="https://opml29.example/a.xml?x=1&amp;y=2"');
    // The export imports back through the admin API with nothing new and nothing invalid.
    const again = await app.post('/api/admin/feeds/opml', text, { ...admin, 'content-type': 'text/x-opml' });
    expect(again.status).toBe(200);
    const result = (await again.json()) as { added: number; existing: number; invalid: unknown[] };
    expect(result.added).toBe(0);
    expect(result.invalid).toEqual([]);
    expect(result.existing).toBe((await listed()).length);
    const titles = (await listed()).filter((f) => f.url.includes('opml29.example')).map((f) => f.title).sort();
    expect(titles).toEqual(['Le Monde & l’Inde — Côte', 'हिंदी समाचार']);
  });
});

describe('wirebrief classify --jsonl from outside', { timeout: 180_000 }, () => {
  it('echoes ids as given, reads empty fields, CRLF and a BOM, skips a bad line naming it and goes on', async () => {
    const long = 'The Indian Army conducted a military exercise with tanks and artillery near the border. '.repeat(2000);
    const lines = [
      '\uFEFF{"id": "a", "title": "DRDO test-fires Agni missile", "text": "The Defence Research and Development Organisation tested the missile."}',
      '{"id": 7, "title": "", "text": ""}',
      'this is not json',
      '{"id": "long", "title": "Army exercise", "text": ' + JSON.stringify(long) + '}',
      '{"id": "last", "title": "India and Japan sign a treaty", "text": "The Ministry of External Affairs said the summit ended."}',
    ];
    const run = await runCliProcess(['classify', '--jsonl'], { NODE_ENV: 'test' }, lines.join('\r\n') + '\r\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line 3: not JSON/);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; topics: { id: string; score: number; reasons: string[] }[] });
    expect(out.map((o) => o.id)).toEqual(['a', 7, 'long', 'last']);
    expect(out[0]!.topics.map((t) => t.id)).toContain('defence');
    expect(out[1]!.topics).toEqual([]);
    expect(out[2]!.topics.map((t) => t.id)).toContain('defence');
    expect(out[3]!.topics.map((t) => t.id)).toContain('diplomacy');
    for (const o of out) for (const t of o.topics) expect(Object.keys(t).sort()).toEqual(['id', 'reasons', 'score']);
  });

  it('classifies a plain story from a file with CRLF and a BOM, and from -', async () => {
    const file = join(dir, 'story.txt');
    writeFileSync(file, '\uFEFFDRDO test-fires Agni missile\r\nThe Defence Research and Development Organisation tested the missile off Odisha.\r\n');
    const fromFile = await runCli(['classify', '--json', file], { NODE_ENV: 'test' });
    expect(fromFile.code).toBe(0);
    const parsed = JSON.parse(fromFile.stdout) as { title: string; topics: { id: string }[] };
    expect(parsed.title).toBe('DRDO test-fires Agni missile');
    expect(parsed.topics.map((t) => t.id)).toContain('defence');
    const fromStdin = await runCliProcess(['classify', '-'], { NODE_ENV: 'test' }, 'DRDO test-fires Agni missile\nThe missile was tested.\n');
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toMatch(/^defence/m);
  });
});
