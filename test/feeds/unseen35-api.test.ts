import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { apiSweep, pollAtThroughAdmin, pollThroughAdmin } from '../helpers/service.js';

/**
 * The thirty-first sweep (the thirty-fifth round of unseen feeds): what operators paste as a feed's address and what servers
 * answer instead of a feed, each added and polled through POST /api/admin/feeds/poll from a real local server, its state read
 * back from GET /api/admin/feeds.
 */
const sweep = apiSweep('feeds-unseen35-api');

const rss = (title: string, items: string) =>
  `${X}<rss version="2.0"><channel><title>${title}</title><link>https://hillcourier.example/</link><description>News</description>${items}</channel></rss>`;
const story = `<item><title>Road reopens</title><link>https://hillcourier.example/news/road</link><description>The mountain road reopened on Friday after a week of repairs.</description></item>`;

/** Polls the feed at `path` through the admin API: the poll's outcome, the feed as the admin list shows it, its stories. */
const pollAt = (path: string) => pollAtThroughAdmin(sweep.app, sweep.feeds, path);

/** Serves `body` at `path` and polls it (see pollAt). */
async function serveAndPoll(path: string, body: string, contentType: string) {
  sweep.feeds.serve(path, body, { contentType });
  return pollAt(path);
}

describe('documents that are no feed, named', () => {
  it('an OPML outline given as a feed says it is a list of feeds to import, and backs off', async () => {
    const opml = `${X}<opml version="2.0"><head><title>My wires</title></head><body><outline text="Hill Courier" type="rss" xmlUrl="https://hillcourier.example/feed.xml"/></body></opml>`;
    const { feed, stories } = await serveAndPoll('/unseen35/wires.opml', opml, 'text/x-opml');
    expect(feed).toMatchObject({ status: 'backing-off', errors: 1 });
    expect(feed.lastError).toBe('not a feed: the document is an OPML outline (a list of feeds), not a feed: import it with `wirebrief feeds import` or POST /api/admin/feeds/opml');
    expect(stories).toEqual([]);
  });

  it('a sitemap or a sitemap index given as a feed says it is one (a news sitemap is still read)', async () => {
    const sitemap = `${X}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://hillcourier.example/news/road</loc><lastmod>2026-11-27</lastmod></url></urlset>`;
    const index = `${X}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://hillcourier.example/sitemap-1.xml</loc></sitemap></sitemapindex>`;
    const pages = await serveAndPoll('/unseen35/sitemap.xml', sitemap, 'application/xml');
    const listed = await serveAndPoll('/unseen35/sitemap-index.xml', index, 'application/xml');
    expect(pages.feed.lastError).toBe('not a feed: the document is a sitemap (a list of the site’s pages with no headlines), not RSS, Atom or JSON Feed: add the site’s feed or its news sitemap');
    expect(listed.feed.lastError).toBe('not a feed: the document is a sitemap index (a list of sitemaps), not RSS, Atom or JSON Feed: add the site’s feed or its news sitemap');
    expect([pages.feed.status, listed.feed.status]).toEqual(['backing-off', 'backing-off']);
  });
});

describe('a feed whose only item is an error', () => {
  it('"Feed not found" as the only item, without a link, is the server’s error, not a story', async () => {
    const body = rss('Hill Courier', '<item><title>Feed not found</title><description>The requested feed could not be found.</description></item>');
    const { feed, stories } = await serveAndPoll('/unseen35/missing.xml', body, 'application/rss+xml');
    expect(feed).toMatchObject({ status: 'backing-off', errors: 1 });
    expect(feed.lastError).toBe('not a feed: the feed’s only item is an error: "Feed not found: The requested feed could not be found."');
    expect(stories).toEqual([]);
  });

  it('guards: a story headlined so with a link of its own, and an empty feed, are read as they are', async () => {
    const linked = rss('Hill Courier', '<item><title>Error</title><link>https://hillcourier.example/news/error-film</link><description>The film Error opens on Friday in two cinemas.</description></item>');
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen35/linked.xml', linked, 'application/rss+xml');
    expect(stories.map((s) => s.title)).toEqual(['Error']);
    const { stories: none, feed } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen35/empty.xml', rss('Hill Courier', ''), 'application/rss+xml');
    expect([none, feed?.status, feed?.lastError]).toEqual([[], 'ok', null]);
    const { stories: two } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen35/two.xml', rss('Hill Courier', story + story.replace(/road/g, 'bridge')), 'application/rss+xml');
    expect(two).toHaveLength(2);
  });
});

describe('a consent wall served instead of the feed', () => {
  it('a redirect to a GDPR consent page (the feed’s address in its query) is named as one, and the feed backs off', async () => {
    const { feeds } = sweep;
    const consent = `<!DOCTYPE html><html><head><title>Before you continue</title></head><body><form method="post"><button name="agree">Accept all</button><button name="reject">Reject all</button></form></body></html>`;
    feeds.serve('/consent/v2/collectConsent', consent, { contentType: 'text/html; charset=utf-8' });
    feeds.handle('/unseen35/walled.xml', (_req, res) =>
      res.writeHead(302, { location: `${feeds.base}/consent/v2/collectConsent?sessionId=3_cc-session&originalDoneUrl=${encodeURIComponent(feeds.url('/unseen35/walled.xml'))}` }).end(),
    );
    const { feed } = await pollAt('/unseen35/walled.xml');
    expect(feed).toMatchObject({ status: 'backing-off', errors: 1, url: feeds.url('/unseen35/walled.xml') });
    expect(feed.lastError).toBe(
      'HTTP 200 with a consent page ("Before you continue"), not the feed: the site sent the request to a cookie consent page (127.0.0.1), which a feed reader cannot answer: ask the publisher to let feeds past its consent wall',
    );
  });

  it('guard: a feed whose own address has "consent" in it is read', async () => {
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen35/consent/news.xml', rss('Consent Desk', story), 'application/rss+xml');
    expect(stories.map((s) => s.title)).toEqual(['Road reopens']);
  });
});

describe('a web page given as the feed', () => {
  const site = (head: string, body = '<p>Latest from the hills.</p>') =>
    `<!DOCTYPE html><html><head><title>Hill Courier</title>${head}</head><body>${body}</body></html>`;

  /** Serves a site's page at `dir` with a feed of its own at `${dir}feed.xml`, and polls the page. */
  async function pollSitePage(dir: string, page: string) {
    sweep.feeds.serve(`${dir}feed.xml`, rss(`Hill Courier ${dir}`, story.replace(/road/gi, dir.replace(/\W/g, ''))));
    return serveAndPoll(dir, page, 'text/html');
  }

  it('a page naming several feeds is polled at its first, and the feed’s warning names the others to add', async () => {
    const { feeds } = sweep;
    feeds.serve('/unseen35/several/news.xml', rss('Hill Courier News', story));
    feeds.serve('/unseen35/several/sport.xml', rss('Hill Courier Sport', story.replace(/road/gi, 'derby')));
    const links =
      '<link rel="alternate" type="application/rss+xml" title="Comments" href="/unseen35/several/comments/feed/">' +
      '<link rel="alternate" type="application/rss+xml" title="News" href="/unseen35/several/news.xml">' +
      '<link rel="alternate" type="application/rss+xml" title="Sport" href="/unseen35/several/sport.xml">';
    feeds.serve('/unseen35/several/', site(links), { contentType: 'text/html; charset=utf-8' });
    const { feed, outcome } = await pollAt('/unseen35/several/');
    const note = `the page names 3 feeds: polling ${feeds.url('/unseen35/several/news.xml')}; add the others to poll them too: ${feeds.url('/unseen35/several/sport.xml')}, ${feeds.url('/unseen35/several/comments/feed/')}`;
    expect([feed.url, feed.status, feed.lastWarning, outcome.warning]).toEqual([feeds.url('/unseen35/several/news.xml'), 'ok', note, note]);
  });

  it('a feed’s <link rel="alternate"> in the body, as broken templates print it, is followed when the head names none', async () => {
    const { outcome, feed } = await pollSitePage('/unseen35/bodylink/', site('', '<div class="header"><link rel="alternate" type="application/rss+xml" title="Hill Courier" href="feed.xml"></div><p>Latest.</p>'));
    expect([outcome.status, outcome.error, feed.url]).toEqual(['ok', null, sweep.feeds.url('/unseen35/bodylink/feed.xml')]);
  });

  it('guard: a head’s feed wins over one the body names (an embedded widget’s)', async () => {
    const page = site('<link rel="alternate" type="application/rss+xml" href="feed.xml">', '<link rel="alternate" type="application/rss+xml" href="https://widgets.example/other.xml"><p>x</p>');
    const { outcome, feed } = await pollSitePage('/unseen35/headwins/', page);
    expect([feed.url, outcome.warning]).toEqual([sweep.feeds.url('/unseen35/headwins/feed.xml'), null]);
  });
});

describe('a WordPress page whose theme names no feed', () => {
  const wpPage = (api: string) =>
    `<!DOCTYPE html><html><head><title>Hill Trails – News from the hills</title><meta name="generator" content="WordPress 6.4.2">${api}<link rel="stylesheet" href="/wp-content/themes/hills/style.css"></head><body><p>Latest.</p></body></html>`;

  it('is polled at the site’s /feed/, the site being where its REST API link says', async () => {
    const { feeds } = sweep;
    feeds.serve('/unseen35/wp/feed/', rss('Hill Trails', story.replace(/road/gi, 'trail')));
    feeds.serve('/unseen35/wp/about/', wpPage('<link rel="https://api.w.org/" href="/unseen35/wp/wp-json/">'), { contentType: 'text/html; charset=UTF-8' });
    const { outcome, feed } = await pollAt('/unseen35/wp/about/');
    expect([outcome.status, outcome.error, feed.url]).toEqual(['ok', null, feeds.url('/unseen35/wp/feed/')]);
  });

  it('whose /feed/ fails says so, naming the address it tried', async () => {
    const { feeds } = sweep;
    const { feed } = await serveAndPoll('/unseen35/wp2/', wpPage('<link rel="https://api.w.org/" href="/unseen35/wp2/wp-json/">'), 'text/html; charset=UTF-8');
    expect(feed.lastError).toBe(`the page is a WordPress site’s and names no feed; its feed at ${feeds.url('/unseen35/wp2/feed/')}, which failed: HTTP 404 Not Found`);
    expect(feed.status).toBe('backing-off');
  });
});
