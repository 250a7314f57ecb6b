import { describe, expect, it } from 'vitest';
import { iso2022jp } from '../helpers/feed-docs.js';
import { pollThroughAdmin, apiSweep } from '../helpers/service.js';

/**
 * The twenty-fourth sweep's defects as the outside check meets them: each feed added and polled by POST
 * /api/admin/feeds/poll over real HTTP, its stories read from GET /api/stories?feed=, the feed's state from GET
 * /api/admin/feeds. (unseen24.test.ts has the sweep's whole set of documents.)
 */
const sweep = apiSweep('feeds-unseen24-api');

const throughApi = (path: string, body: string | Buffer, contentType: string) => pollThroughAdmin(sweep.app, sweep.feeds, path, body, contentType);

describe('the sweep’s defects through the admin API', () => {
  it('an ISO-2022-JP feed: headline and outlet in Japanese, the feed well', async () => {
    const doc = iso2022jp(
      '<?xml version="1.0" encoding="ISO-2022-JP"?><rss version="2.0"><channel><title>漁港だより</title><link>https://gyoko.example.jp/</link><item><title>漁港に新しい荷さばき場</title><link>https://gyoko.example.jp/n/41.html</link><description>荷さばき場は来週から使える。</description><pubDate>Thu, 26 Nov 2026 18:00:00 +0900</pubDate></item></channel></rss>',
    );
    const { stories, feed } = await throughApi('/unseen24-api/jis.xml', doc, 'text/xml');
    expect(stories).toMatchObject([{ title: '漁港に新しい荷さばき場', link: 'https://gyoko.example.jp/n/41.html', published: '2026-11-26T09:00:00.000Z', sources: ['漁港だより'] }]);
    expect(feed).toMatchObject({ title: '漁港だより', status: 'ok', lastError: null });
  });

  it('a TownNews BLOX section feed: the site as the outlet, the writer’s name without "By" and the address', async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>rivertown.example.com - RSS Results in news/local of type article</title><link>https://rivertown.example.com/search/?f=rss&amp;t=article&amp;c=news/local</link><description>rivertown.example.com - RSS Results</description>
<item><title>River ferry returns after repairs</title><link>https://rivertown.example.com/news/local/river-ferry-returns/article_5d4c3b2a-9f1d-11ef-8a3e-bf7d1f2e4a22.html</link><dc:creator>By SAM OKAFOR sokafor@rivertown.example.com</dc:creator><description>The ferry carried its first passengers across the river since June on Thursday morning.</description><pubDate>Thu, 26 Nov 2026 04:30:00 -0500</pubDate></item></channel></rss>`;
    const { stories } = await throughApi('/unseen24-api/blox.xml', doc, 'application/rss+xml; charset=utf-8');
    expect(stories).toMatchObject([{ title: 'River ferry returns after repairs', author: 'Sam Okafor', sources: ['rivertown.example.com'], published: '2026-11-26T09:30:00.000Z' }]);
  });

  it('a Danish section feed: "Seneste nyt" after the paper’s name is no part of the outlet', async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fjordavisen - Seneste nyt</title><link>https://fjordavisen.example.dk/</link>
<item><title>Færgen sejler igen efter reparation</title><link>https://fjordavisen.example.dk/lokalt/faergen-sejler-igen</link><description>Færgen over fjorden sejlede torsdag morgen for første gang siden juni.</description><pubDate>Thu, 26 Nov 2026 10:30:00 +0100</pubDate></item></channel></rss>`;
    const { stories } = await throughApi('/unseen24-api/dk.xml', doc, 'application/rss+xml; charset=utf-8');
    expect(stories).toMatchObject([{ title: 'Færgen sejler igen efter reparation', sources: ['Fjordavisen'] }]);
  });
});
