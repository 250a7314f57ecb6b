import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { ADMIN_HEADERS, pollThroughAdmin, apiSweep, type ApiFeed } from '../helpers/service.js';

/**
 * The twenty-eighth sweep's defects as the outside check meets them: each feed added by POST /api/admin/feeds, polled
 * by POST /api/admin/feeds/poll over real HTTP, its stories read from GET /api/stories?feed=. (unseen28.test.ts has the
 * sweep's whole set of documents.)
 */
const sweep = apiSweep('feeds-unseen28-api');

type ListedFeed = ApiFeed & { lastWarning: string | null };

async function throughApi(path: string, body: string) {
  const added = await sweep.app.post('/api/admin/feeds', { url: sweep.feeds.url(path) }, ADMIN_HEADERS);
  expect(added.status).toBeLessThan(300);
  const { stories, feed } = await pollThroughAdmin(sweep.app, sweep.feeds, path, body, 'application/rss+xml; charset=utf-8');
  return { stories, feed: feed as ListedFeed };
}

const item = (title: string, slug: string) =>
  `<item><title>${title}</title><link>https://courier.example.com/2026/11/26/${slug}</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>The &site; reports.</description></item>`;

describe('the sweep’s defects through the admin API', () => {
  it("an entity the feed's DOCTYPE declares is expanded in the headline, the copy and the outlet's name", async () => {
    const body = `${X}<!DOCTYPE rss [ <!ENTITY site "Harbour Courier"> ]><rss version="2.0"><channel><title>&site;</title><link>https://courier.example.com/</link>${item('&site; wins award', 'award')}</channel></rss>`;
    const { stories, feed } = await throughApi('/unseen28-api/entity.xml', body);
    expect(stories).toMatchObject([{ title: 'Harbour Courier wins award', link: 'https://courier.example.com/2026/11/26/award', published: '2026-11-26T10:00:00.000Z', source: 'Harbour Courier', text: 'The Harbour Courier reports.' }]);
    expect(feed).toMatchObject({ title: 'Harbour Courier', lastError: null, lastWarning: null });
  });

  it('"billion laughs" polls at once: its entities left as written, the feed listed with a warning saying why', async () => {
    const lol = (n: number) => `<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`;
    const body = `${X}<!DOCTYPE rss [<!ENTITY lol0 "lol">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(lol).join('')}<!ENTITY site "Harbour Courier">]><rss version="2.0"><channel><title>Laughs</title><link>https://courier.example.com/</link>${item('&lol9;', 'laughs')}</channel></rss>`;
    const { stories, feed } = await throughApi('/unseen28-api/laughs.xml', body);
    expect(stories).toMatchObject([{ title: '&lol9;', text: 'The Harbour Courier reports.' }]);
    expect(feed).toMatchObject({ status: 'ok', lastError: null, lastWarning: 'entities the DOCTYPE declares were left as written: &lol9; would expand past 16,384 characters or 32 levels' });
  });

  it('RSS written in capitals is read, with a warning', async () => {
    const body = `${X}<RSS VERSION="2.0"><CHANNEL><TITLE>Shore Gazette</TITLE><LINK>https://shoregazette.example.com/</LINK><ITEM><TITLE>Sea wall works begin</TITLE><LINK>https://shoregazette.example.com/sea-wall</LINK><PUBDATE>Thu, 26 Nov 2026 10:00:00 GMT</PUBDATE><DESCRIPTION>Work began on Thursday.</DESCRIPTION></ITEM></CHANNEL></RSS>`;
    const { stories, feed } = await throughApi('/unseen28-api/capitals.xml', body);
    expect(stories).toMatchObject([{ title: 'Sea wall works begin', link: 'https://shoregazette.example.com/sea-wall', published: '2026-11-26T10:00:00.000Z', source: 'Shore Gazette', text: 'Work began on Thursday.' }]);
    expect(feed.lastWarning).toBe("element names written in capitals (<RSS>) read as RSS's own");
  });

  it("a page that forwards by script: the feed's lastError names where it leads", async () => {
    const path = '/unseen28-api/forwards.html';
    sweep.feeds.serve(path, '<html><head><script type="text/javascript">location.replace("https://news.example.com/rss/news.xml")</script></head><body></body></html>', { contentType: 'text/html' });
    const polled = (await (await sweep.app.post('/api/admin/feeds/poll', { url: sweep.feeds.url(path) }, ADMIN_HEADERS)).json()) as { feed: ApiFeed; outcome: { status: string } };
    expect(polled.outcome.status).toBe('error');
    const { feeds: listed } = (await (await sweep.app.get('/api/admin/feeds', ADMIN_HEADERS)).json()) as { feeds: ApiFeed[] };
    expect(listed.find((f) => f.id === polled.feed.id)?.lastError).toBe(
      'not a feed: the document is an HTML page, not RSS, Atom or JSON Feed; it forwards by a script to https://news.example.com/rss/news.xml, which wirebrief does not run: add the feed at that address',
    );
    // Tried before it is added (POST /api/admin/feeds/try), the page names the address it leads to as the one to add.
    const tried = await sweep.app.post('/api/admin/feeds/try', { url: sweep.feeds.url(path) }, ADMIN_HEADERS);
    expect(tried.status).toBe(422);
    expect(await tried.json()).toEqual({
      error: 'not a feed: the document is an HTML page, not RSS, Atom or JSON Feed; it names no feed; it forwards by a script to https://news.example.com/rss/news.xml, which wirebrief does not run: add the feed at that address',
      feeds: ['https://news.example.com/rss/news.xml'],
    });
  });
});
