import { feedSweep } from '../helpers/poll.js';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import type { PollOutcome } from '../../src/feeds/poll.js';
import type { Feed } from '../../src/feeds/store.js';
import type { Story } from '../../src/stories/store.js';

/** Feed shapes the last sweep left open, each served by a real HTTP server, polled, and read back as GET /api/stories?feed= answers. */
const now = Date.parse('2026-11-26T15:00:00Z');
const sweep = feedSweep('feeds-links-json-calendars', now);

let served = 0;
async function polled(body: string | Buffer, contentType = 'application/rss+xml; charset=utf-8'): Promise<{ outcome: PollOutcome; feed: Feed; stories: Story[] }> {
  return sweep.poll(`/odd-feeds/${++served}`, body, contentType);
}
const byTitle = (stories: Story[]) => Object.fromEntries(stories.map((s) => [s.title, s]));

describe('items linked to "#" or the front page', () => {
  it('takes each item its own page from the atom:link alternate, a permalink guid or the enclosure, and keeps the rest apart', async () => {
    const { stories } = await polled(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Town office</title><link>https://town.example/</link>
<item><title>Water supply cut in ward 4</title><link>#</link><guid isPermaLink="false">rel-101</guid><atom:link rel="alternate" href="https://town.example/news/water-cut"/><description>Ward 4 will have no water on Friday.</description><pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Road closed near the market</title><link>/</link><guid>https://town.example/news/road-closed</guid><description>The market road closes for repairs.</description><pubDate>Thu, 26 Nov 2026 09:10:00 GMT</pubDate></item>
<item><title>Council meeting audio</title><link>#</link><guid isPermaLink="false">ep-7</guid><enclosure url="https://media.town.example/council-7.mp3" type="audio/mpeg" length="100"/><description>The full meeting.</description><pubDate>Thu, 26 Nov 2026 09:20:00 GMT</pubDate></item>
<item><title>Tax deadline extended</title><link>#</link><description>Property tax may be paid until December 15.</description><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate></item>
<item><title>Library opens on Sundays</title><link>#</link><description>The central library will open on Sundays from December.</description><pubDate>Thu, 26 Nov 2026 09:40:00 GMT</pubDate></item>
</channel></rss>`);
    const s = byTitle(stories);
    expect(stories).toHaveLength(5);
    expect(s['Water supply cut in ward 4']!.link).toBe('https://town.example/news/water-cut');
    expect(s['Road closed near the market']!.link).toBe('https://town.example/news/road-closed');
    expect(s['Council meeting audio']!.link).toBe('https://media.town.example/council-7.mp3');
    // Nothing better to link: the front page, but two stories all the same.
    expect(s['Tax deadline extended']!.text).toContain('December 15');
    expect(s['Library opens on Sundays']!.text).toContain('Sundays');
  });
});

describe('hand-written JSON Feeds', () => {
  it('reads trailing commas and comments, with a warning', async () => {
    const { outcome, stories } = await polled(`{
  // written by hand
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Hand feed",
  "home_page_url": "https://hand.example/",
  "items": [
    { "id": "1", "url": "https://hand.example/1", "title": "Port reopens after storm", "content_text": "The port reopened on Thursday.", "date_published": "2026-11-26T08:00:00Z", },
    /* the second */
    { "id": "2", "url": "https://hand.example/2", "title": "Ferry timings change", "content_text": "Ferries leave an hour later.", "date_published": "2026-11-26T09:00:00Z", },
  ],
}`, 'application/feed+json');
    expect(stories.map((s) => s.title).sort()).toEqual(['Ferry timings change', 'Port reopens after storm']);
    expect(outcome.warning).toMatch(/comments|trailing comma/i);
  });

  it('names the line and column of truly broken JSON', async () => {
    const { outcome, feed } = await polled(`{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Broken",
  "items": [ { "id": "1" "title": "x" } ]
}`, 'application/feed+json');
    expect(outcome.status).not.toBe('ok');
    expect(feed.lastError).toMatch(/line 4, column \d+/);
  });
});

describe('Google AMP story links', () => {
  it('links the canonical page: the standard AMP markers dropped, the guid taken where it names the page', async () => {
    const { stories } = await polled(`<rss version="2.0"><channel><title>AMP news</title><link>https://www.amp-news.example/</link>
<item><title>Query marker</title><link>https://www.amp-news.example/2026/11/26/query-marker/?amp=1</link><description>One.</description></item>
<item><title>WordPress suffix</title><link>https://www.amp-news.example/2026/11/26/wp-suffix/amp/</link><description>Two.</description></item>
<item><title>Output type</title><link>https://www.amp-news.example/politics/2026/11/26/output-type/?outputType=amp</link><description>Three.</description></item>
<item><title>AMP folder</title><link>https://www.amp-news.example/amp/story-slug-123</link><guid>https://www.amp-news.example/story-slug-123</guid><description>Four.</description></item>
<item><title>AMP file</title><link>https://www.amp-news.example/world/story.amp.html</link><guid>https://www.amp-news.example/world/story.html</guid><description>Five.</description></item>
<item><title>AMP file alone</title><link>https://www.amp-news.example/world/other.amp.html</link><guid isPermaLink="false">x-6</guid><description>Six.</description></item>
</channel></rss>`);
    const s = byTitle(stories);
    expect(s['Query marker']!.link).toBe('https://www.amp-news.example/2026/11/26/query-marker/');
    expect(s['WordPress suffix']!.link).toBe('https://www.amp-news.example/2026/11/26/wp-suffix/');
    expect(s['Output type']!.link).toBe('https://www.amp-news.example/politics/2026/11/26/output-type/');
    expect(s['AMP folder']!.link).toBe('https://www.amp-news.example/story-slug-123');
    expect(s['AMP file']!.link).toBe('https://www.amp-news.example/world/story.html');
    // Not guessable: kept as written.
    expect(s['AMP file alone']!.link).toBe('https://www.amp-news.example/world/other.amp.html');
  });
});

/** Windows-1258 writes Vietnamese tone marks as combining characters after a base letter it has precomposed (â, ơ, ư …). */
function windows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/;
  const split = [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tone = [...parts].find((c) => tones.test(c));
      return tone ? parts.replace(tone, '').normalize('NFC') + tone : ch;
    })
    .join('');
  const bytes = iconv.encode(split, 'windows1258');
  if (iconv.decode(bytes, 'windows1258').normalize('NFC') !== text.normalize('NFC')) throw new Error('fixture does not round-trip');
  return bytes;
}

describe('Vietnamese in windows-1258', () => {
  it('comes out as NFC Vietnamese', async () => {
    const title = 'Hà Nội đẩy mạnh chuyển đổi số trong năm 2026';
    const body = 'Thành phố sẽ hoàn thành việc số hóa hồ sơ hành chính trước tháng Mười Hai.';
    const { stories } = await polled(
      windows1258(`<?xml version="1.0" encoding="windows-1258"?><rss version="2.0"><channel><title>Tin tức</title><link>https://tin.example.vn/</link>
<item><title>${title}</title><link>https://tin.example.vn/ha-noi-1</link><description>${body}</description><pubDate>Thu, 26 Nov 2026 08:00:00 +0700</pubDate></item></channel></rss>`),
      'application/rss+xml; charset=windows-1258',
    );
    expect(stories[0]!.title).toBe(title.normalize('NFC'));
    expect(stories[0]!.text).toBe(body.normalize('NFC'));
    expect(stories[0]!.title.normalize('NFC')).toBe(stories[0]!.title);
  });
});

describe('Islamic (Hijri lunar) dates', () => {
  it('reads "الخميس 25 جمادى الأولى 1448 هـ" by the Umm al-Qura calendar, never throwing', () => {
    expect(new Date(parseFeedDate('الخميس 25 جمادى الأولى 1448 هـ')!).toISOString().slice(0, 10)).toBe('2026-11-05');
    expect(new Date(parseFeedDate('3 رمضان 1447هـ')!).toISOString().slice(0, 10)).toBe('2026-02-20');
    for (const junk of ['45 جمادى الأولى 1448 هـ', '25 جمادى الأولى 99999 هـ', 'جمادى هـ']) expect(() => parseFeedDate(junk)).not.toThrow();
  });

  it('dates an Arabic item by its Hijri date, and prefers the item\'s Gregorian date', async () => {
    const { stories } = await polled(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>أخبار</title><link>https://akhbar.example.sa/</link><language>ar</language>
<item><title>افتتاح مستشفى جديد</title><link>https://akhbar.example.sa/1</link><description>افتتح المستشفى اليوم.</description><pubDate>الخميس 25 جمادى الأولى 1448 هـ</pubDate></item>
<item><title>موسم الأمطار</title><link>https://akhbar.example.sa/2</link><description>بدأ موسم الأمطار.</description><pubDate>الخميس 25 جمادى الأولى 1448 هـ</pubDate><dc:date>2026-11-05T10:30:00+03:00</dc:date></item>
</channel></rss>`);
    const s = byTitle(stories);
    // A day without a time, read at the start of the day in the feed's country (.sa, UTC+3).
    expect(new Date(s['افتتاح مستشفى جديد']!.published).toLocaleDateString('en-CA', { timeZone: 'Asia/Riyadh' })).toBe('2026-11-05');
    expect(new Date(s['موسم الأمطار']!.published).toISOString()).toBe('2026-11-05T07:30:00.000Z');
  });
});
