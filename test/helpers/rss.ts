/** Small RSS 2.0 documents for tests that script a publisher. */

export interface TestItem {
  title: string;
  guid?: string;
  link?: string;
  description?: string;
  pubDate?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: TestItem[], opts: { title?: string; ttl?: number; encoding?: string } = {}): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${esc(i.title)}</title>${i.link ? `<link>${esc(i.link)}</link>` : ''}${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}` +
        `${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${opts.encoding ?? 'UTF-8'}"?>\n<rss version="2.0"><channel><title>${esc(opts.title ?? 'Test desk')}</title><link>https://news.example/</link>${opts.ttl ? `<ttl>${opts.ttl}</ttl>` : ''}\n${body}\n</channel></rss>\n`;
}

/** n distinct items: "Story 1" … */
export function items(n: number, prefix = 'Story'): TestItem[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `${prefix} ${i + 1}`,
    guid: `${prefix.toLowerCase()}-${i + 1}`,
    link: `https://news.example/${prefix.toLowerCase()}/${i + 1}`,
    description: `<p>${prefix} number ${i + 1} happened today in a place of note.</p>`,
    pubDate: 'Fri, 27 Feb 2026 10:00:00 +0000',
  }));
}

/**
 * A feed document with its items' dates moved so the newest is `at`, their
 * spacing kept: a fixture recorded on one day read as today's news by tests
 * on the real clock (a digest leaves out what was published before its lookback).
 */
export function redated(xml: string, at = Date.now()): string {
  const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
  const newest = Math.max(...dates.filter(Number.isFinite));
  if (!Number.isFinite(newest)) return xml;
  return xml.replace(/<pubDate>([^<]+)<\/pubDate>/g, (whole, date: string) => {
    const t = Date.parse(date);
    return Number.isFinite(t) ? `<pubDate>${new Date(t - newest + at).toUTCString()}</pubDate>` : whole;
  });
}
