import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, seenStory as seen } from '../helpers/poll.js';

/**
 * The eighteenth sweep: what the seventeenth left (a JSON Feed bookmark's link, a service's page named for a person, "全文" over
 * copy, a first name in capitals, the State Department's attribution under a heading), then feeds of shapes no sweep had met.
 * Each document is written for the test, served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed=
 * gives it.
 */
const sweep = feedSweep('feeds-unseen18-docs', Date.parse('2026-11-26T15:00:00Z'), { PUBLIC_URL: 'https://wirebrief.example' });

let served = 0;
/** The stories one poll of a document gives, in the order its items come (by link). */
async function polled(body: string, type = 'application/rss+xml; charset=utf-8') {
  const { outcome, stories } = await sweep.poll(`/unseen18/${++served}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok' });
  return stories.sort((a, b) => body.indexOf(a.link) - body.indexOf(b.link)).map(seen);
}

const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
const rss = (ch: string, items: string, ns = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${ns}><channel>${ch}\n${items}\n</channel></rss>`;

describe('what the seventeenth sweep left', () => {
  it('a JSON Feed bookmark: the post when it says something of its own, the linked article when it is only a pointer', async () => {
    const doc = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tara Iyer', home_page_url: 'https://tara.micro.example/', items: [
      { id: '1', url: 'https://tara.micro.example/2026/11/26/herons.html', external_url: 'https://birds.example.org/herons-in-winter', title: 'Herons in winter', content_html: '<p>Why some herons stay on the lake all winter: a good read on the jetty birds I see every morning.</p>', date_published: '2026-11-26T09:00:00+05:30' },
      { id: '2', url: 'https://micro.example/bookmarks/2', external_url: 'https://rail.example.org/night-trains-return', title: 'Night trains return to the Konkan line', date_published: '2026-11-26T10:00:00+05:30', _microblog: { is_bookmark: true } },
    ] });
    const stories = await polled(doc, 'application/feed+json');
    // Before: the bookmark was linked to micro.blog's page about it, which holds nothing but the address.
    expect(stories.map((s) => [s.title, s.link, s.source])).toEqual([
      ['Herons in winter', 'https://tara.micro.example/2026/11/26/herons.html', 'Tara Iyer'],
      ['Night trains return to the Konkan line', 'https://rail.example.org/night-trains-return', 'Tara Iyer'],
    ]);
  });

  it('"Letterboxd - Ravi Menon": a person’s page on a service is the person’s', async () => {
    const items = '<item><title>Aattam, 2023 - ★★★★½</title><link>https://letterboxd.example.com/ravimenon/film/aattam/</link><description>A theatre troupe holds the whole film in one room.</description><pubDate>Thu, 26 Nov 2026 08:00:00 +1300</pubDate></item>';
    // Before: "Letterboxd - Ravi Menon", the page's title, stood as the source.
    expect((await polled(rss('<title>Letterboxd - Ravi Menon</title><link>https://letterboxd.example.com/ravimenon/</link>', items)))[0]!.source).toBe('Ravi Menon');
    expect((await polled(rss('<title>Asha Rao’s bookshelf: read</title><link>https://goodreads.example.com/review/list/1</link>', items.replaceAll('letterboxd', 'goodreads'))))[0]!.source).toBe('Asha Rao');
  });

  it('"全文" alone is a read-more label under the copy, and a heading over the document it introduces', () => {
    const lead = '国务院新闻办公室26日发表白皮书。';
    const doc = '白皮书说，中国将继续扩大开放。';
    // Before: the heading went, as a link's label does.
    expect(cleanWireCopy([lead, '全文', doc]).paragraphs).toEqual([lead, '全文', doc]);
    expect(cleanWireCopy([lead, doc, '全文']).paragraphs).toEqual([lead, doc]);
    expect(cleanWireCopy([lead, doc, '【全文】']).paragraphs).toEqual([lead, doc]);
  });

  it('a first name alone in capitals reads as it is spelt; initials that read as a word stay', async () => {
    const creators = ['RAVI', 'ASHA', 'MEERA', 'PRIYA', 'OCHA', 'UNHCR', 'UNDP', 'IAEA', 'WHO', 'NATO', 'PTI'];
    const items = creators.map((c, i) => `<item><title>Item ${i}</title><link>https://caps.example.org/story/${i}</link><description>The ward committee met on Thursday and passed budget ${i}.</description><dc:creator>${c}</dc:creator></item>`).join('\n');
    const stories = await polled(rss('<title>Caps</title><link>https://caps.example.org/</link>', items, DC));
    // Before: a bare RAVI stayed in capitals, as initials do.
    expect(stories.map((s) => s.author)).toEqual(['Ravi', 'Asha', 'Meera', 'Priya', 'OCHA', 'UNHCR', 'UNDP', 'IAEA', 'WHO', 'NATO', 'PTI']);
  });

  it('the State Department’s attribution goes under a heading or a date too, not only as the first line', () => {
    const lead = 'Deputy Secretary Landau met today with Indian Foreign Secretary Misri in Washington.';
    const second = 'They discussed defense cooperation and critical minerals.';
    for (const above of [
      ['Deputy Secretary Landau’s Meeting with Indian Foreign Secretary Misri'],
      ['Readout', 'Office of the Spokesperson', 'November 26, 2026'],
      ['OFFICE OF THE SPOKESPERSON', 'NOVEMBER 26, 2026'],
      ['Office of the Spokesperson November 26, 2026'],
    ]) {
      // Before: the attribution stayed as the copy's first paragraph whenever a line stood above it.
      expect(cleanWireCopy([...above, 'The below is attributable to Spokesperson Tammy Bruce:', lead, second]).paragraphs.slice(-2)).toEqual([lead, second]);
      expect(cleanWireCopy([...above, 'The below is attributable to Spokesperson Tammy Bruce:', lead, second]).paragraphs.join('\n')).not.toMatch(/attributable|Spokesperson/);
    }
    // A sentence that says so in the copy stays.
    const copy = ['The delay is attributable to poor drainage, engineers said.', 'The below is attributable to Spokesperson Tammy Bruce: a quote.'];
    expect(cleanWireCopy([lead, ...copy]).paragraphs).toEqual([lead, ...copy]);
  });
});
