import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { items, rss } from '../helpers/rss.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiFeed, type ApiStory, type TestService } from '../helpers/service.js';
import { feedOf, otherDefenceStory, outletA, outletB } from '../helpers/wire-copies.js';

/** The public contract of the story and admin feed routes, over real HTTP. */


let app: TestService;
let feeds: FeedServer;
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const stories = async (query: string) => json<{ stories: ApiStory[]; next: string | null }>(await app.get(`/api/stories?${query}`));
const pollNow = (url: string) => app.post('/api/admin/feeds/poll', { url }, admin);
const listFeeds = async () => (await json<{ feeds: ApiFeed[] }>(await app.get('/api/admin/feeds', admin))).feeds;

beforeAll(async () => {
  feeds = await startFeedServer();
  app = await startTestService('http-feeds', {}, ['api']);
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
});

const withMedia = (n: number) =>
  rss(items(n, 'Paged')).replace(/<item><title>Paged (\d+)<\/title>/g, '<item><title>Paged $1</title><author>desk@news.example (Desk $1)</author><enclosure url="/img/$1.jpg" type="image/jpeg" length="1"/>');

/** A podcast's feed of two episodes, with `channel` (iTunes and Atom elements) at the top of its channel. */
const show = (channel: string, title: string) =>
  rss(items(2, title))
    .replace('<rss version="2.0">', '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">')
    .replace('<channel>', `<channel>${channel}`);

describe('POST /api/admin/feeds/poll', () => {
  it('takes a login given with a feed it knows: the poll that failed for want of one goes through', async () => {
    const authorization = `Basic ${Buffer.from('desk:wire-pass').toString('base64')}`;
    feeds.handle('/behind-login.xml', (req, res) => {
      if (req.headers.authorization !== authorization) return void res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(2, 'Behind login')));
    });
    const bare = feeds.url('/behind-login.xml');
    const first = await json<{ outcome: { status: string; error: string | null } }>(await pollNow(bare));
    expect(first.outcome.error).toMatch(/wants a login/);
    const res = await pollNow(bare.replace('http://', 'http://desk:wire-pass@'));
    const text = await res.text();
    expect(text).not.toContain('wire-pass');
    // The login goes over plain http:// here: taken, and the answer says it travels in clear.
    expect(JSON.parse(text)).toMatchObject({ feed: { url: bare, login: 'desk' }, outcome: { status: 'ok', added: 2 }, loginChanged: true, warning: expect.stringMatching(/in clear over http:\/\//) });
    // The same login again changes nothing; another one replaces it, and POST /feeds says so too.
    expect(await json(await pollNow(bare.replace('http://', 'http://desk:wire-pass@')))).toMatchObject({ loginChanged: false });
    const replaced = await app.post('/api/admin/feeds', { url: bare.replace('http://', 'http://night-desk:other-pass@') }, admin);
    expect(await json(replaced)).toMatchObject({ created: false, loginChanged: true, feed: { login: 'night-desk' } });
    expect(await json(await pollNow(bare))).toMatchObject({ loginChanged: false, warning: null, outcome: { error: expect.stringMatching(/refused its login/) } });
  });

  it('adds and polls a feed it did not know, and says what the poll brought', async () => {
    feeds.serve('/paged.xml', withMedia(7));
    const res = await pollNow(feeds.url('/paged.xml'));
    expect(res.status).toBe(200);
    const body = await json<{ feed: ApiFeed; outcome: { status: string; added: number; seen: number; error: string | null } }>(res);
    expect(body.outcome).toMatchObject({ status: 'ok', added: 7, seen: 0, error: null });
    expect(body.feed).toMatchObject({ url: feeds.url('/paged.xml'), title: 'Test desk', status: 'ok', lastError: null, errors: 0 });
  });

  it('needs the admin token', async () => {
    expect((await app.post('/api/admin/feeds/poll', { url: feeds.url('/paged.xml') })).status).toBe(401);
    expect((await app.get('/api/admin/feeds/opml')).status).toBe(401);
  });

  it('refuses what is not a URL with a clear 400', async () => {
    const res = await app.post('/api/admin/feeds/poll', { url: 'ftp://example.org/feed' }, admin);
    expect(res.status).toBe(400);
    expect((await json<{ error: string }>(res)).error).toMatch(/http or https/);
  });

  it('gives a broken feed a readable per-feed error, shown in the feed list', async () => {
    feeds.handle('/broken.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Oops</title></head><body>gone</body></html>'));
    const body = await json<{ outcome: { status: string; error: string } }>(await pollNow(feeds.url('/broken.xml')));
    expect(body.outcome).toMatchObject({ status: 'error', error: 'not a feed: the document is an HTML page ("Oops"), not RSS, Atom or JSON Feed' });
    const broken = (await listFeeds()).find((f) => f.url === feeds.url('/broken.xml'))!;
    expect(broken).toMatchObject({ status: 'backing-off', errors: 1, lastError: body.outcome.error, lastSuccessAt: null });
  });
});

describe('POST /api/admin/feeds/try', () => {
  const tryFeed = (body: object) => app.post('/api/admin/feeds/try', body, admin);

  it('shows the stories a poll would make of a feed and stores nothing', async () => {
    feeds.serve('/try.xml', withMedia(3));
    const res = await tryFeed({ url: feeds.url('/try.xml'), limit: 2 });
    expect(res.status).toBe(200);
    const preview = await json<{ format: string; entries: number; stories: { title: string; link: string; author: string | null; image: string | null; topics: unknown[] }[] }>(res);
    expect(preview).toMatchObject({ format: 'rss', entries: 3 });
    expect(preview.stories).toHaveLength(2);
    expect(preview.stories[0]).toMatchObject({ title: 'Paged 1', author: 'Desk 1', image: 'https://news.example/img/1.jpg' });
    expect((await listFeeds()).map((f) => f.url)).not.toContain(feeds.url('/try.xml'));
    expect((await app.get(`/api/stories?feed=${encodeURIComponent(feeds.url('/try.xml'))}`)).status).toBe(404);
  });

  it('reads the feed a web page links to, as a poll does, and names the upstream failure (502)', async () => {
    feeds.serve('/desk', '<html><head><title>Desk</title><link rel="alternate" type="application/atom+xml" href="/try.xml"></head></html>', { contentType: 'text/html' });
    const page = await tryFeed({ url: feeds.url('/desk') });
    expect(page.status).toBe(200);
    expect(await json(page)).toMatchObject({ url: feeds.url('/try.xml'), page: feeds.url('/desk'), format: 'rss', warning: null });
    const blank = '<html><head><title>Blank</title></head><body></body></html>';
    feeds.serve('/blank', blank, { contentType: 'text/html' });
    expect(await json(await tryFeed({ url: feeds.url('/blank') }))).toEqual({ error: 'not a feed: the document is an HTML page ("Blank"), not RSS, Atom or JSON Feed; it names no feed', feeds: [] });
    const gone = await tryFeed({ url: feeds.url('/nothing-here.xml') });
    expect(gone.status).toBe(502);
    expect(await json(gone)).toEqual({ error: expect.stringMatching(/^HTTP 404/) });
    expect((await tryFeed({ url: 'not a url' })).status).toBe(400);
    expect((await app.post('/api/admin/feeds/try', { url: feeds.url('/try.xml') })).status).toBe(401);
  });

  it('follows a page that names no feed but forwards with <meta http-equiv="refresh">, as a poll does', async () => {
    feeds.serve('/forwarding/', '<html><head><title>Moved</title><meta http-equiv="refresh" content="0;url=/try.xml"></head></html>', { contentType: 'text/html' });
    const res = await tryFeed({ url: feeds.url('/forwarding/') });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ url: feeds.url('/try.xml'), page: feeds.url('/forwarding/'), entries: 3 });
  });

  it('reads a page naming several feeds at the one a poll reads, and names the others in its warning', async () => {
    const links = ['/comments/feed/', '/site.xml', '/sport.xml'].map((href) => `<link rel="alternate" type="application/rss+xml" href="${href}">`).join('');
    feeds.serve('/several/', `<html><head><title>Several</title>${links}</head></html>`, { contentType: 'text/html' });
    feeds.serve('/site.xml', withMedia(2));
    const res = await tryFeed({ url: feeds.url('/several/') });
    expect(res.status).toBe(200);
    const preview = await json<{ url: string; warning: string; stories: unknown[] }>(res);
    expect(preview.url).toBe(feeds.url('/site.xml'));
    expect(preview.stories).toHaveLength(2);
    expect(preview.warning).toBe(`the page names 3 feeds: polling ${feeds.url('/site.xml')}; add the others to poll them too: ${feeds.url('/sport.xml')}, ${feeds.url('/comments/feed/')}`);
  });

  it('tries a WordPress page naming no feed at its site’s /feed/, and says so when that fails', async () => {
    const wpPage = (site: string) => `<html><head><title>About</title><meta name="generator" content="WordPress 6.5"><link rel="https://api.w.org/" href="${site}wp-json/"></head></html>`;
    feeds.serve('/wp/about/', wpPage('/wp/'), { contentType: 'text/html; charset=UTF-8' });
    feeds.serve('/wp/feed/', withMedia(2));
    const found = await tryFeed({ url: feeds.url('/wp/about/') });
    expect(found.status).toBe(200);
    expect(await json(found)).toMatchObject({ url: feeds.url('/wp/feed/'), page: feeds.url('/wp/about/'), entries: 2, warning: null });
    feeds.serve('/wp2/about/', wpPage('/wp2/'), { contentType: 'text/html; charset=UTF-8' });
    const failed = await tryFeed({ url: feeds.url('/wp2/about/') });
    expect(failed.status).toBe(502);
    expect(await json(failed)).toEqual({ error: `the page is a WordPress site’s and names no feed; its feed at ${feeds.url('/wp2/feed/')}, which failed: HTTP 404 Not Found` });
  });

  it('says a limit out of range in words, and a 304 to a first request is the upstream’s fault (502), not a 500', async () => {
    for (const limit of [0, 501, '5', 2.5]) {
      const res = await tryFeed({ url: feeds.url('/try.xml'), limit });
      expect([limit, res.status, await json(res)]).toEqual([limit, 400, { error: 'limit: must be a whole number of stories from 1 to 500' }]);
    }
    feeds.handle('/always-304.xml', (_req, res) => void res.writeHead(304).end());
    const res = await tryFeed({ url: feeds.url('/always-304.xml') });
    expect(res.status).toBe(502);
    expect(await json(res)).toEqual({ error: expect.stringMatching(/answered HTTP 304 Not Modified to a request that had no copy to compare/) });
  });
});

describe('POST /api/admin/feeds: one feed under its other spellings', () => {
  it('finds the feed it has when the URL comes with an upper-case host, a default port, a fragment, "./" or an empty "?"', async () => {
    feeds.serve('/spelled.xml', rss(items(1, 'Spelled')));
    const first = await app.post('/api/admin/feeds', { url: feeds.url('/spelled.xml') }, admin);
    expect(first.status).toBe(201);
    const { feed } = await json<{ feed: ApiFeed }>(first);
    const port = new URL(feeds.base).port;
    for (const url of [`HTTP://127.0.0.1:${port}/spelled.xml`, `${feeds.base}/spelled.xml#top`, `${feeds.base}/./spelled.xml`, `${feeds.base}/spelled.xml?`]) {
      const again = await app.post('/api/admin/feeds', { url }, admin);
      expect([url, again.status, (await json<{ feed: ApiFeed; created: boolean }>(again)).feed.id]).toEqual([url, 200, feed.id]);
    }
    expect((await listFeeds()).filter((f) => f.url.includes('/spelled.xml')).map((f) => f.url)).toEqual([feeds.url('/spelled.xml')]);
  });
});

describe('GET /api/admin/feeds', () => {
  it('lists each feed with its state', async () => {
    const paged = (await listFeeds()).find((f) => f.url === feeds.url('/paged.xml'))!;
    expect(Object.keys(paged)).toEqual(expect.arrayContaining(['url', 'title', 'status', 'lastError', 'lastSuccessAt', 'nextPollAt', 'errors', 'etag', 'lastModified']));
    expect(paged.status).toBe('ok');
    expect(paged.lastError).toBeNull();
    expect(paged.errors).toBe(0);
    expect(paged.etag).toMatch(/^"[0-9a-f]+"$/);
    expect(paged.lastModified).toBe('Fri, 27 Feb 2026 14:00:00 GMT');
    expect(Date.parse(paged.nextPollAt!) - Date.parse(paged.lastSuccessAt!)).toBe(10 * 60_000);
  });

  it('changes a feed’s interval when it is added again with another', async () => {
    const res = await app.post('/api/admin/feeds', { url: feeds.url('/paged.xml'), intervalMinutes: 30 }, admin);
    expect(res.status).toBe(200);
    expect((await json<{ feed: ApiFeed; created: boolean }>(res))).toMatchObject({ created: false, feed: { intervalMinutes: 30 } });
    const scheduler = await app.service.runtime.queues.feedPoll.getJobScheduler(`feed-${(await listFeeds()).find((f) => f.url === feeds.url('/paged.xml'))!.id}`);
    expect(scheduler?.every).toBe(30 * 60_000);
  });
});

describe('GET /api/stories', () => {
  it('filters by feed URL and pages with a next cursor until the end', async () => {
    const first = await stories(`feed=${encodeURIComponent(feeds.url('/paged.xml'))}&limit=3`);
    expect(first.stories).toHaveLength(3);
    expect(first.next).toEqual(expect.any(String));
    const seen = first.stories.map((s) => s.title);
    let next = first.next;
    while (next) {
      const page = await stories(`feed=${encodeURIComponent(feeds.url('/paged.xml'))}&limit=3&cursor=${encodeURIComponent(next)}`);
      seen.push(...page.stories.map((s) => s.title));
      next = page.next;
    }
    expect(seen.sort()).toEqual(['Paged 1', 'Paged 2', 'Paged 3', 'Paged 4', 'Paged 5', 'Paged 6', 'Paged 7']);
  });

  it('pages through stories published in the same minute exactly once while more from that minute arrive', async () => {
    // Wire feeds date to the minute: a whole poll's stories often share one time, and the next poll adds more of it.
    const url = feeds.url('/same-minute.xml');
    const feed = encodeURIComponent(url);
    feeds.serve('/same-minute.xml', rss(items(12, 'Minute')));
    await pollNow(url);
    const first = await stories(`feed=${feed}&limit=4`);
    const seen = first.stories.map((s) => s.title);
    let next = first.next;
    feeds.serve('/same-minute.xml', rss(items(24, 'Minute')));
    await pollNow(url);
    while (next) {
      const page = await stories(`feed=${feed}&limit=4&cursor=${encodeURIComponent(next)}`);
      seen.push(...page.stories.map((s) => s.title));
      next = page.next;
    }
    expect(seen.filter((t, i) => seen.indexOf(t) !== i)).toEqual([]);
    expect(seen).toEqual(expect.arrayContaining(items(12, 'Minute').map((s) => s.title)));
  });

  it('goes on after the last story of a page when that story was removed before the next page was asked for', async () => {
    const url = feeds.url('/same-minute-removed.xml');
    const feed = encodeURIComponent(url);
    feeds.serve('/same-minute-removed.xml', rss(items(8, 'Gone')));
    await pollNow(url);
    const first = await stories(`feed=${feed}&limit=3`);
    const removed = await fetch(`${app.base}/api/admin/stories/${first.stories[2]!.id}`, { method: 'DELETE', headers: { authorization: admin.authorization } });
    expect(removed.status).toBe(200);
    const seen = first.stories.map((s) => s.title);
    let next = first.next;
    while (next) {
      const page = await stories(`feed=${feed}&limit=3&cursor=${encodeURIComponent(next)}`);
      seen.push(...page.stories.map((s) => s.title));
      next = page.next;
    }
    expect(seen.sort()).toEqual(items(8, 'Gone').map((s) => s.title).sort());
  });

  it('carries feed, cluster, sources, author and image on each story', async () => {
    const { stories: list } = await stories(`feed=${encodeURIComponent(feeds.url('/paged.xml'))}&limit=1`);
    const s = list[0]!;
    expect(s.feed).toBe(feeds.url('/paged.xml'));
    expect(s.cluster).toMatch(/^[0-9a-f]{16}$/);
    expect(s.sources).toEqual(['Test desk']);
    expect(s.author).toMatch(/^Desk \d$/);
    // A relative enclosure is the site's (the channel's <link>), as Miniflux reads RSS, not the feed server's.
    expect(s.image).toMatch(/^https:\/\/news\.example\/img\/\d\.jpg$/);
  });

  it('shows copies of one wire story with one cluster and every outlet', async () => {
    const a = outletA();
    const b = outletB();
    feeds.serve('/times.xml', feedOf('Example Times', [{ guid: 't1', link: 'https://times.example/1', ...a }]));
    feeds.serve('/herald.xml', feedOf('Daily Herald', [{ guid: 'h1', link: 'https://herald.example/1', ...b }, { guid: 'h2', link: 'https://herald.example/2', ...otherDefenceStory() }]));
    await pollNow(feeds.url('/times.xml'));
    await pollNow(feeds.url('/herald.xml'));
    const { stories: defence } = await stories('topic=defence&limit=10');
    const copies = defence.filter((s) => s.title.startsWith('India and Italy'));
    expect(copies).toHaveLength(2);
    expect(copies[0]!.cluster).toBe(copies[1]!.cluster);
    for (const c of copies) expect(c.sources).toEqual(['Example Times', 'Daily Herald']);
    const other = defence.find((s) => s.title.startsWith('India and France'))!;
    expect(other.cluster).not.toBe(copies[0]!.cluster);
  });

  it('lists under a feed the story it carries that another feed brought first, as that feed’s', async () => {
    feeds.serve('/mirror.xml', feedOf('Mirror', [{ guid: 'm1', link: 'https://times.example/1?utm_source=mirror', title: 'Mirrored', html: '<p>Mirrored.</p>' }]));
    const polled = await json<{ outcome: { added: number; duplicates: number } }>(await pollNow(feeds.url('/mirror.xml')));
    expect(polled.outcome).toMatchObject({ added: 0, duplicates: 1 });
    const [story] = (await stories(`feed=${encodeURIComponent(feeds.url('/mirror.xml'))}`)).stories;
    expect(story).toMatchObject({ feed: feeds.url('/mirror.xml'), link: 'https://times.example/1', sources: ['Example Times', 'Daily Herald', 'Mirror'] });
  });

  it('takes since as an ISO time and topic together with feed', async () => {
    const herald = encodeURIComponent(feeds.url('/herald.xml'));
    expect((await stories(`feed=${herald}&topic=defence&limit=10`)).stories).toHaveLength(2);
    expect((await stories(`feed=${herald}&topic=sport&limit=10`)).stories).toHaveLength(0);
    expect((await stories(`feed=${herald}&since=2026-02-27T00:00:00Z&limit=10`)).stories).toHaveLength(2);
    expect((await stories(`feed=${herald}&since=2026-02-28T00:00:00Z&limit=10`)).stories).toHaveLength(0);
  });

  it('takes since from the first years of the calendar, and an offset whose + was not encoded', async () => {
    const herald = encodeURIComponent(feeds.url('/herald.xml'));
    // "Everything": years 0-99 are real years, not 1900-1999.
    expect((await stories(`feed=${herald}&since=0001-01-01T00:00:00Z&limit=10`)).stories).toHaveLength(2);
    expect((await stories(`feed=${herald}&since=0099-12-31T00:00:00Z&limit=10`)).stories).toHaveLength(2);
    // A literal + in a query string decodes as a space: 05:30 at +05:30 is midnight UTC.
    expect((await stories(`feed=${herald}&since=2026-02-27T05:30:00+05:30&limit=10`)).stories).toHaveLength(2);
    expect((await stories(`feed=${herald}&since=2026-02-28T05:30:00+05:30&limit=10`)).stories).toHaveLength(0);
    expect((await stories(`feed=${herald}&since=2026-02-28T05:30:00%2B05:30&limit=10`)).stories).toHaveLength(0);
    const still = await app.get('/api/stories?since=2026-02-30T00:00:00Z');
    expect(still.status).toBe(400);
  });

  it.each([
    ['limit=501', /limit/],
    ['since=yesterday', /since: must be an ISO 8601 time/],
    ['cursor=bm9wZQ', /cursor/],
    ['topic=astrology', /unknown topic astrology/],
    ['topic=', /^topic: must be a topic id, see GET \/api\/topics$/],
    ['since=', /since: must be an ISO 8601 time/],
  ])('refuses %s with a clear 400', async (query, message) => {
    const res = await app.get(`/api/stories?${query}`);
    expect(res.status).toBe(400);
    expect((await json<{ error: string }>(res)).error).toMatch(message);
  });

  it('counts a feed whose title changes between polls as one outlet of a cluster, under its latest title', async () => {
    const copy = [
      'Kochi, Nov 26 (IANS) The Cochin Shipyard on Thursday delivered the second of eight anti-submarine warfare shallow water craft to the Indian Navy, months ahead of schedule.',
      'The vessel, named after a coastal fortification, was handed over in the presence of the Rear Admiral commanding the naval ship repair yard and senior yard officials.',
      'Each craft is 78 metres long, displaces about 900 tonnes and carries lightweight torpedoes, anti-submarine rockets and a hull-mounted sonar made in India.',
      'The contract for the eight craft was signed in 2019, and the yard said more than 80 per cent of their content by cost was sourced from Indian suppliers.',
      'The Navy plans to base the craft on both seaboards to hunt submarines in the shallow coastal waters where larger frigates cannot operate safely.',
    ];
    const html = copy.map((p) => `<p>${p}</p>`).join('');
    const title = 'Cochin Shipyard delivers second anti-submarine shallow water craft to Navy';
    feeds.serve('/coast-post.xml', feedOf('Coast Post', [{ guid: 'cp1', link: 'https://coastpost.example/1', title, html }]));
    feeds.serve('/harbour-daily.xml', feedOf('Harbour Daily', [{ guid: 'hd1', link: 'https://harbourdaily.example/1', title, html }]));
    await pollNow(feeds.url('/coast-post.xml'));
    await pollNow(feeds.url('/harbour-daily.xml'));
    // The next edition of Coast Post's feed carries its edition in its title, and a second copy of the story (its live page).
    feeds.serve('/coast-post.xml', feedOf('Coast Post – Morning Edition', [
      { guid: 'cp1', link: 'https://coastpost.example/1', title, html },
      { guid: 'cp2', link: 'https://coastpost.example/live/2', title: `${title}: live`, html },
    ]));
    await pollNow(feeds.url('/coast-post.xml'));
    const shown = (await stories(`feed=${encodeURIComponent(feeds.url('/coast-post.xml'))}`)).stories.filter((s) => s.title.startsWith('Cochin'));
    expect(shown.length).toBeGreaterThan(0);
    for (const s of [...shown, ...(await stories(`feed=${encodeURIComponent(feeds.url('/harbour-daily.xml'))}`)).stories]) {
      expect(s.sources).toEqual(['Coast Post – Morning Edition', 'Harbour Daily']);
    }
    expect(shown.map((s) => (s as ApiStory & { source: string }).source)).toEqual(shown.map(() => 'Coast Post – Morning Edition'));
  });

  it('answers for a feed paused as a copy of another as for the feed that goes on polling', async () => {
    // The same desk's feed added by two addresses: the second once carried the feed itself, then redirected for good.
    feeds.serve('/desk-live.xml', rss(items(3, 'Desk live')));
    let redirecting = false;
    feeds.handle('/desk-copy.xml', (_req, res) => {
      if (redirecting) return void res.writeHead(301, { location: '/desk-live.xml' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(2, 'Desk before the move')));
    });
    await pollNow(feeds.url('/desk-live.xml'));
    await pollNow(feeds.url('/desk-copy.xml'));
    redirecting = true;
    const paused = await json<{ feed: ApiFeed; outcome: { error: string } }>(await pollNow(feeds.url('/desk-copy.xml')));
    expect(paused.feed.status).toBe('disabled');
    expect(paused.outcome.error).toContain(`the same feed as ${feeds.url('/desk-live.xml')}`);
    // The list names the live feed by its id, and the live feed copies none.
    const listed = await listFeeds();
    const liveFeed = listed.find((f) => f.url === feeds.url('/desk-live.xml'))!;
    expect(liveFeed.copyOf).toBeNull();
    expect(listed.find((f) => f.url === feeds.url('/desk-copy.xml'))?.copyOf).toBe(liveFeed.id);
    expect(paused.feed.copyOf).toBe(liveFeed.id);
    const live = await stories(`feed=${encodeURIComponent(feeds.url('/desk-live.xml'))}&limit=2`);
    const copy = await stories(`feed=${encodeURIComponent(feeds.url('/desk-copy.xml'))}&limit=2`);
    expect(copy).toEqual(live);
    // Its next page too, by the cursor either address gave; none of what the copy stored before it was paused.
    const rest = await stories(`feed=${encodeURIComponent(feeds.url('/desk-copy.xml'))}&limit=2&cursor=${copy.next}`);
    const all = [...copy.stories, ...rest.stories];
    expect(all.map((s) => s.title).sort()).toEqual(['Desk live 1', 'Desk live 2', 'Desk live 3']);
    expect(new Set(all.map((s) => s.feed))).toEqual(new Set([feeds.url('/desk-live.xml')]));
    expect(rest.next).toBeNull();
  });

  it('follows a podcast that says it has moved (itunes:new-feed-url) as a 301, and no self link that names another address', async () => {
    const asked: string[] = [];
    const serveCounted = (path: string, body: string) => feeds.handle(path, (req, res) => void (asked.push(req.url!), res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body)));
    serveCounted('/show-old.xml', show(`<itunes:new-feed-url>${feeds.url('/show-new.xml')}</itunes:new-feed-url>`, 'Show before'));
    serveCounted('/show-new.xml', show('', 'Show after'));
    const first = await json<{ feed: ApiFeed; outcome: { status: string; added: number } }>(await pollNow(feeds.url('/show-old.xml')));
    // Before: the feed kept polling the address the podcast had left.
    expect(first.outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(first.feed.url).toBe(feeds.url('/show-new.xml'));
    const listed = (await listFeeds()).filter((f) => f.url.includes('/show-'));
    expect(listed.map((f) => [f.id, f.url, f.status, f.etag])).toEqual([[first.feed.id, feeds.url('/show-new.xml'), 'ok', null]]);
    expect(await app.service.runtime.queues.feedPoll.getJobScheduler(`feed-${first.feed.id}`)).toBeTruthy();
    // The next poll asks the new address; the stories the old one gave stay the feed's.
    await pollNow(feeds.url('/show-new.xml'));
    expect(asked).toEqual(['/show-old.xml', '/show-new.xml']);
    const carried = await stories(`feed=${encodeURIComponent(feeds.url('/show-new.xml'))}&limit=10`);
    expect(carried.stories.map((s) => s.title).sort()).toEqual(['Show after 1', 'Show after 2', 'Show before 1', 'Show before 2']);

    // A self link elsewhere (a mirror keeps its origin's), a relative or non-http new-feed-url, or the feed's own address: no move.
    for (const [path, channel] of [
      ['/mirror.xml', `<atom:link rel="self" href="https://origin.example/feed.xml" type="application/rss+xml"/>`],
      ['/relative-move.xml', '<itunes:new-feed-url>/elsewhere.xml</itunes:new-feed-url>'],
      ['/ftp-move.xml', '<itunes:new-feed-url>ftp://files.example/feed.xml</itunes:new-feed-url>'],
      ['/own-address.xml', `<itunes:new-feed-url>${feeds.url('/own-address.xml')}#latest</itunes:new-feed-url>`],
    ]) {
      feeds.serve(path!, show(channel!, `Stays ${path}`));
      expect((await json<{ feed: ApiFeed }>(await pollNow(feeds.url(path!)))).feed).toMatchObject({ url: feeds.url(path!), status: 'ok' });
    }
  });

  it('stays put when two addresses name each other as the podcast’s new one, and says why, instead of swapping every poll', async () => {
    const asked: string[] = [];
    const serveCounted = (path: string, body: string) => feeds.handle(path, (req, res) => void (asked.push(req.url!), res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body)));
    serveCounted('/ping.xml', show(`<itunes:new-feed-url>${feeds.url('/pong.xml')}</itunes:new-feed-url>`, 'Ping'));
    serveCounted('/pong.xml', show(`<itunes:new-feed-url>${feeds.url('/ping.xml')}</itunes:new-feed-url>`, 'Pong'));
    const first = await json<{ feed: ApiFeed }>(await pollNow(feeds.url('/ping.xml')));
    expect(first.feed.url).toBe(feeds.url('/pong.xml'));
    // Before: the second poll moved it back to /ping.xml, the third to /pong.xml again, and so on.
    const second = await json<{ feed: ApiFeed & { lastWarning: string | null }; outcome: { status: string; warning: string | null } }>(await pollNow(feeds.url('/pong.xml')));
    expect(second.feed).toMatchObject({ id: first.feed.id, url: feeds.url('/pong.xml'), status: 'ok' });
    expect(second.feed.lastWarning).toContain(`says it has moved to ${feeds.url('/ping.xml')}, an address it has already moved away from`);
    expect(second.outcome).toMatchObject({ status: 'ok', warning: second.feed.lastWarning });
    await pollNow(feeds.url('/pong.xml'));
    expect(asked).toEqual(['/ping.xml', '/pong.xml', '/pong.xml']);
    expect((await listFeeds()).filter((f) => /\/p[io]ng\.xml$/.test(f.url)).map((f) => f.url)).toEqual([feeds.url('/pong.xml')]);
  });

  it('pauses a podcast that says it has moved to an address another feed already polls, as a 301 there does', async () => {
    feeds.serve('/cast-live.xml', rss(items(2, 'Cast live')));
    feeds.serve('/cast-old.xml', show(`<itunes:new-feed-url>${feeds.url('/cast-live.xml')}</itunes:new-feed-url>`, 'Cast live'));
    const live = (await json<{ feed: ApiFeed }>(await pollNow(feeds.url('/cast-live.xml')))).feed;
    const paused = await json<{ feed: ApiFeed; outcome: { error: string } }>(await pollNow(feeds.url('/cast-old.xml')));
    expect(paused.feed).toMatchObject({ url: feeds.url('/cast-old.xml'), status: 'disabled', copyOf: live.id });
    expect(paused.outcome.error).toContain(`the same feed as ${feeds.url('/cast-live.xml')} (this feed says it has moved there)`);
    expect(await app.service.runtime.queues.feedPoll.getJobScheduler(`feed-${paused.feed.id}`)).toBeFalsy();
  });

  it('answers 404 for a feed it does not have', async () => {
    const res = await app.get(`/api/stories?feed=${encodeURIComponent('https://unknown.example/rss')}`);
    expect(res.status).toBe(404);
  });
});

describe('OPML through the admin API', () => {
  it('exports every feed and imports them back unchanged into another install', async () => {
    const res = await app.get('/api/admin/feeds/opml', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/x-opml/);
    const opml = await res.text();
    expect(opml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0"/);
    const mine = await listFeeds();
    const other = await startTestService('http-feeds-opml', {}, ['api']);
    try {
      const imported = await other.post('/api/admin/feeds/opml', opml, { ...admin, 'content-type': 'text/x-opml' });
      expect(imported.status).toBe(200);
      const body = await json<{ added: number; existing: number; invalid: unknown[]; feeds: ApiFeed[] }>(imported);
      expect(body).toMatchObject({ added: mine.length, existing: 0, invalid: [] });
      const shape = (list: ApiFeed[]) => list.map((f) => ({ url: f.url, title: f.title, intervalMinutes: f.intervalMinutes })).sort((x, y) => x.url.localeCompare(y.url));
      expect(shape(body.feeds)).toEqual(shape(mine));
      // Importing again adds nothing.
      const again = await json<{ added: number; existing: number }>(await other.post('/api/admin/feeds/opml', { opml }, admin));
      expect(again).toMatchObject({ added: 0, existing: mine.length });
    } finally {
      await other.close();
    }
  });

  it('imports a feed’s login from an OPML file apart from its URL, and exports the URL alone', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Wires</title></head><body>
<outline type="rss" text="Agency wire" xmlUrl="https://desk:s3cret@wire.example.org/india.xml"/></body></opml>`;
    const res = await app.post('/api/admin/feeds/opml', opml, { ...admin, 'content-type': 'text/x-opml' });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain('s3cret');
    const feed = (JSON.parse(text) as { feeds: { url: string; login: string | null }[] }).feeds.find((f) => f.url === 'https://wire.example.org/india.xml');
    expect(feed?.login).toBe('desk');
    const exported = await (await app.get('/api/admin/feeds/opml', admin)).text();
    expect(exported).toContain('xmlUrl="https://wire.example.org/india.xml"');
    expect(exported).not.toContain('s3cret');
  });

  it('refuses a file that is not OPML with a clear 400', async () => {
    const res = await app.post('/api/admin/feeds/opml', '<rss version="2.0"></rss>', { ...admin, 'content-type': 'application/xml' });
    expect(res.status).toBe(400);
    expect((await json<{ error: string }>(res)).error).toBe('not an OPML file: the root element is <rss>, not <opml>');
  });
});
