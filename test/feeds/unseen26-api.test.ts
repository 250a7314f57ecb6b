import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { ADMIN_HEADERS, pollThroughAdmin, apiSweep } from '../helpers/service.js';

/**
 * The twenty-sixth sweep's defects as the outside check meets them: each feed added by POST /api/admin/feeds, polled by
 * POST /api/admin/feeds/poll over real HTTP, its stories read from GET /api/stories?feed=. (unseen26.test.ts has the
 * sweep's whole set of documents.)
 */
const sweep = apiSweep('feeds-unseen26-api');

/** Adds `body` as a feed by POST /api/admin/feeds, then polls it and reads its stories through the admin API. */
async function throughApi(path: string, body: string) {
  const added = await sweep.app.post('/api/admin/feeds', { url: sweep.feeds.url(path) }, ADMIN_HEADERS);
  expect(added.status).toBeLessThan(300);
  return (await pollThroughAdmin(sweep.app, sweep.feeds, path, body, 'application/rss+xml; charset=utf-8')).stories;
}

describe('the sweep’s defects through the admin API', () => {
  it('an ElementTree feed (ns0:encoded, ns1:creator) whose items link AMP copies of the pages their guids name', async () => {
    const doc = `${X}<rss xmlns:ns0="http://purl.org/rss/1.0/modules/content/" xmlns:ns1="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>Deccan Wire - Latest</title><link>https://www.deccanwire.example.in/</link><language>en-in</language>
<item><title>Metro line opens to airport</title><link>https://amp.deccanwire.example.in/city/metro-line-opens-4471.html</link><guid isPermaLink="false">https://www.deccanwire.example.in/city/metro-line-opens-4471.html</guid><pubDate>Thu, 26 Nov 2026 19:30:00 +0530</pubDate><ns1:creator>Ritu Kapoor</ns1:creator><description>The line opened.</description><ns0:encoded>&lt;p&gt;The metro line to the airport opened to passengers on Thursday evening, a year behind schedule.&lt;/p&gt;</ns0:encoded></item>
</channel></rss>`;
    expect(await throughApi('/unseen26-api/etree.xml', doc)).toMatchObject([
      {
        title: 'Metro line opens to airport',
        link: 'https://www.deccanwire.example.in/city/metro-line-opens-4471.html',
        published: '2026-11-26T14:00:00.000Z',
        author: 'Ritu Kapoor',
        text: 'The metro line to the airport opened to passengers on Thursday evening, a year behind schedule.',
        sources: ['Deccan Wire'],
      },
    ]);
  });

  it('Google News: the outlet from <source>, the headline without its name written without "The"', async () => {
    const doc = `${X}<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>"metro" - Google News</title><link>https://news.google.com/search?q=metro&amp;hl=en-IN&amp;gl=IN&amp;ceid=IN:en</link><language>en-IN</language><description>Google News</description>
<item><title>Metro fares cut for students - Hindu BusinessLine</title><link>https://news.google.com/rss/articles/CBMiAUFVX3lxTE5fbWV0cm9mYXJlcw?oc=5</link><guid isPermaLink="false">CBMiAUFVX3lxTE5fbWV0cm9mYXJlcw</guid><pubDate>Thu, 26 Nov 2026 11:05:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiAUFVX3lxTE5fbWV0cm9mYXJlcw?oc=5" target="_blank"&gt;Metro fares cut for students&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The Hindu BusinessLine&lt;/font&gt;</description><source url="https://www.businessline.example.com">The Hindu BusinessLine</source></item>
</channel></rss>`;
    expect(await throughApi('/unseen26-api/gnews.xml', doc)).toMatchObject([{ title: 'Metro fares cut for students', sources: ['The Hindu BusinessLine'], text: '' }]);
  });

  it("a reader's folder: each item's outlet from the feed title its <source> gives, as that feed polled itself would give it", async () => {
    const doc = `${X}<rss version="2.0"><channel><title>Asha - World desk</title><link>https://www.inoreader.example.com/stream/user/1005123456/tag/World%20desk</link><description>Inoreader folder World desk</description>
<item><title>Port strike ends after nine days</title><link>https://www.theguardian.example.com/world/2026/nov/26/port-strike-ends-api</link><guid isPermaLink="false">ino-api-1</guid><description>Dock workers voted on Thursday to return to work after nine days.</description><pubDate>Thu, 26 Nov 2026 12:05:00 +0000</pubDate><source url="https://www.theguardian.example.com/world/rss">World news | The Guardian</source></item>
</channel></rss>`;
    expect(await throughApi('/unseen26-api/folder.xml', doc)).toMatchObject([{ title: 'Port strike ends after nine days', sources: ['The Guardian'], published: '2026-11-26T12:05:00.000Z' }]);
  });
});
