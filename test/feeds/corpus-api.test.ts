import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedCorpusDir, readCorpusSources, type CorpusSource } from '../helpers/feed-corpus.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { rss, type TestItem } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiFeed, type ApiStory, type TestService } from '../helpers/service.js';

/**
 * The shared feed corpus walked as the outside check walks it: every file of ../shared/feeds (read in place) served
 * at once by one local server, all added to one running service with POST /api/admin/feeds and polled with POST
 * /api/admin/feeds/poll, then read back through GET /api/stories?feed= (paged with `next`) and GET /api/admin/feeds.
 * One service for all, so copies across feeds meet the cross-feed dedup as they would outside. (corpus.test.ts
 * checks the same files through parseFeed and normaliseEntry directly.)
 */
const dir = feedCorpusDir;
const sources = readCorpusSources();

const MEDIA_TYPES: Record<string, string> = {
  rss2: 'application/rss+xml',
  rss09: 'application/rss+xml',
  'rss1-rdf': 'application/rdf+xml',
  atom: 'application/atom+xml',
  jsonfeed: 'application/feed+json',
};

/** The Content-Type a publisher would send: the format's media type, with the charset SOURCES.tsv gives the bytes. */
function contentType(format: string, encoding: string): string {
  const type = MEDIA_TYPES[format] ?? 'text/html';
  // "UTF-8 (declared windows-1252)": the bytes are UTF-8, and the header says what the bytes are.
  const charset = encoding.split(' ')[0]!.toLowerCase();
  return charset === 'ascii' ? `${type}; charset=us-ascii` : `${type}; charset=${charset}`;
}

/**
 * Each file served twice: with its charset, and as many servers send feeds, a bare type with no charset (the
 * bytes, their BOM or prolog must then say, or be guessed). The two addresses carry the same stories, so the second
 * feed's every story is a copy of one the first stored: both must list them all.
 */
const ways = [
  { way: 'with its charset', dir: '/corpus/', type: (s: CorpusSource) => contentType(s.format, s.encoding) },
  { way: 'bare, no charset', dir: '/bare/', type: (s: CorpusSource) => (s.format === 'jsonfeed' ? 'application/json' : 'application/xml') },
];
type Way = (typeof ways)[number];
const cases = (wellFormed: boolean) => sources.filter((s) => s.wellFormed === wellFormed).flatMap((s) => ways.map((w) => ({ ...s, ...w })));

interface Page {
  stories: ApiStory[];
  next: string | null;
}

let app: TestService;
let feeds: FeedServer;
const urlOf = (file: string, way: Pick<Way, 'dir'> = ways[0]!) => feeds.url(`${way.dir}${file}`);

/** Every page of GET /api/stories with `query`, following `next`. */
async function allStories(query: string, limit = 500): Promise<ApiStory[]> {
  const out: ApiStory[] = [];
  let next: string | null = null;
  do {
    const res = await app.get(`/api/stories?${[query, `limit=${limit}`, next && `next=${encodeURIComponent(next)}`].filter(Boolean).join('&')}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    out.push(...page.stories);
    next = page.next;
  } while (next);
  return out;
}

const byFeed = (file: string, way?: Pick<Way, 'dir'>) => allStories(`feed=${encodeURIComponent(urlOf(file, way))}`);

/** Two small outlets of our own that share stories: one by its link, one by its words under another link. */
const harbour: TestItem[] = [
  { guid: 'hb-1', link: 'https://harbour.example/ferry-strike', title: 'Ferry crews walk out over rosters', description: 'Crews on the island ferries stopped work at dawn over new rosters.', pubDate: 'Thu, 26 Nov 2026 06:00:00 +0000' },
  { guid: 'hb-2', link: 'https://harbour.example/fish-market', title: 'Fish market moves to the old quay', description: 'The morning fish market opens on the old quay from Monday.', pubDate: 'Thu, 26 Nov 2026 07:00:00 +0000' },
  { guid: 'hb-3', link: 'https://harbour.example/lighthouse', title: 'Lighthouse keeper retires after forty years', description: 'The last keeper of the point lighthouse hands over the keys.', pubDate: 'Thu, 26 Nov 2026 08:00:00 +0000' },
];
const coast: TestItem[] = [
  // The same story by its link (tracking parameters dropped), under the coast desk's own guid.
  { guid: 'cd-1', link: 'https://harbour.example/ferry-strike?utm_source=coast', title: 'Ferry crews walk out over rosters', description: 'Crews on the island ferries stopped work at dawn over new rosters.', pubDate: 'Thu, 26 Nov 2026 06:00:00 +0000' },
  { guid: 'cd-2', link: 'https://coast.example/tide-gauge', title: 'New tide gauge for the estuary', description: 'A tide gauge went up on the estuary wall this week.', pubDate: 'Thu, 26 Nov 2026 06:00:00 +0000' },
  // The same story word for word under the coast desk's own link.
  { guid: 'cd-3', link: 'https://coast.example/keeper', title: 'Lighthouse keeper retires after forty years', description: 'The last keeper of the point lighthouse hands over the keys.', pubDate: 'Thu, 26 Nov 2026 08:00:00 +0000' },
  // Within the feed, the same story twice: one story.
  { guid: 'cd-4', link: 'https://coast.example/tide-gauge', title: 'New tide gauge for the estuary', description: 'A tide gauge went up on the estuary wall this week.', pubDate: 'Thu, 26 Nov 2026 06:00:00 +0000' },
];
const outlets = { harbour: '/outlets/harbour.xml', coast: '/outlets/coast.xml' };

beforeAll(async () => {
  feeds = await startFeedServer();
  for (const w of ways) for (const s of sources) feeds.serveFile(`${w.dir}${s.file}`, `${dir}${s.file}`, w.type(s));
  feeds.serve(outlets.harbour, rss(harbour, { title: 'Harbour Gazette' }));
  feeds.serve(outlets.coast, rss(coast, { title: 'Coast Desk' }));
  app = await startTestService('feeds-corpus-api');
  // The harbour first: the coast desk's copies meet stories already stored.
  for (const path of [outlets.harbour, outlets.coast]) expect((await app.post('/api/admin/feeds/poll', { url: feeds.url(path) }, admin)).status).toBe(200);
  const all = ways.flatMap((w) => sources.map((s) => urlOf(s.file, w)));
  for (const url of all) expect((await app.post('/api/admin/feeds', { url }, admin)).status, url).toBeLessThan(300);
  for (const url of all) expect((await app.post('/api/admin/feeds/poll', { url }, admin)).status, url).toBe(200);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await feeds?.close();
});

describe('the shared feed corpus through the admin API, all feeds in one service', () => {
  it('serves every file in the folder', () => {
    expect(readdirSync(dir).filter((f) => f !== 'SOURCES.tsv').sort()).toEqual(sources.map((s) => s.file).sort());
  });

  it.each(cases(true))('$file $way: $count stories under ?feed=, each with title, absolute link, ISO date and the feed', async ({ file, count, ...way }) => {
    const stories = await byFeed(file, way);
    expect(stories).toHaveLength(count);
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
    for (const story of stories) {
      expect(story.title.length).toBeGreaterThan(0);
      expect(story.link).toMatch(/^https?:\/\/[^/\s]+\/?\S*$/);
      expect(story.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(story.feed).toBe(urlOf(file, way));
    }
    const { feeds: listed } = (await (await app.get('/api/admin/feeds', admin)).json()) as { feeds: ApiFeed[] };
    expect(listed.find((f) => f.url === urlOf(file, way))).toMatchObject({ status: 'ok', lastError: null });
  });

  it.each(cases(false))('$file $way (not well formed): what a lenient reader recovers, or a readable error on the feed', async ({ file, count, ...way }) => {
    const stories = await byFeed(file, way);
    const { feeds: listed } = (await (await app.get('/api/admin/feeds', admin)).json()) as { feeds: ApiFeed[] };
    const feed = listed.find((f) => f.url === urlOf(file, way))!;
    // A broken feed is the feed's trouble, shown on it; it is polled again later, never parked.
    expect(['ok', 'backing-off']).toContain(feed.status);
    if (feed.lastError !== null) {
      expect(stories).toEqual([]);
      expect(feed.lastError).toMatch(/^(?:not a feed|not a readable feed|the feed is cut off)\b.{10,}/);
      expect(feed.lastError).not.toMatch(/Cannot read properties|undefined|TypeError/);
      return;
    }
    // Items with neither title nor text are not stories; the rest are.
    expect(stories.length).toBeGreaterThanOrEqual(count - 1);
    expect(stories.length).toBeLessThanOrEqual(count);
    for (const story of stories) {
      expect(story.title.length).toBeGreaterThan(0);
      // An item may come without a link; any link there is made absolute.
      if (story.link) expect(story.link).toMatch(/^https?:\/\/[^/\s]+\/?\S*$/);
      expect(story.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(story.feed).toBe(urlOf(file, way));
    }
  });

  it('GET /api/stories without a filter pages through the whole corpus once, no story twice', async () => {
    // Small pages, so that pages end inside runs of stories of one time (a feed dated to one minute, or undated).
    const stories = await allStories('', 7);
    expect(stories).toEqual(await allStories(''));
    const ids = stories.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const corpus = await Promise.all(ways.flatMap((w) => sources.map((s) => byFeed(s.file, w))));
    const ours = await Promise.all(Object.values(outlets).map((path) => allStories(`feed=${encodeURIComponent(feeds.url(path))}`)));
    const perFeed = new Set([...corpus, ...ours].flat().map((s) => s.id));
    // The file served the second way is the same stories: dedup finds every one, and both feeds list it.
    for (const s of sources) {
      const [first, second] = await Promise.all(ways.map((w) => byFeed(s.file, w)));
      expect(second!.map((story) => story.id), s.file).toEqual(first!.map((story) => story.id));
    }
    expect(new Set(ids)).toEqual(perFeed);
  });
});

describe('a story two feeds carry, through the API', () => {
  const coastUrl = () => feeds.url(outlets.coast);

  it('is listed under each feed that carries it, once, as that feed’s', async () => {
    const stories = await allStories(`feed=${encodeURIComponent(coastUrl())}`);
    expect(stories.map((s) => s.title).sort()).toEqual(['Ferry crews walk out over rosters', 'Lighthouse keeper retires after forty years', 'New tide gauge for the estuary']);
    expect(stories.every((s) => s.feed === coastUrl())).toBe(true);
    const harbourStories = await allStories(`feed=${encodeURIComponent(feeds.url(outlets.harbour))}`);
    expect(harbourStories).toHaveLength(3);
    // The copies are the harbour's stories, not new ones.
    const shared = stories.filter((s) => harbourStories.some((h) => h.id === s.id));
    expect(shared.map((s) => s.title).sort()).toEqual(['Ferry crews walk out over rosters', 'Lighthouse keeper retires after forty years']);
  });

  it('pages one story at a time under the feed and in all, each story exactly once', async () => {
    const paged: string[] = [];
    let next: string | null = null;
    do {
      const query: string = [`feed=${encodeURIComponent(coastUrl())}`, 'limit=1', next && `next=${encodeURIComponent(next)}`].filter(Boolean).join('&');
      const page = (await (await app.get(`/api/stories?${query}`)).json()) as Page;
      paged.push(...page.stories.map((s) => s.id));
      next = page.next;
    } while (next);
    expect(paged).toHaveLength(3);
    expect(new Set(paged).size).toBe(3);
  });
});
