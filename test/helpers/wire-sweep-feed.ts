import type { ApiStory } from './service.js';

/**
 * What the wire sweeps' admin-API checks serve and read back: paragraphs as HTML, an RSS item of a story (its link and guid numbered,
 * its copy as the description), the feed of them, and each stored story's text, place and agency (and dateline, `withDateline`) by the
 * number ending its link.
 */
export const paragraphsHtml = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

export const sweepItem = (n: number, title: string, html: string) =>
  `<item><title>${title}</title><link>https://news.example.net/story/${n}</link><guid>https://news.example.net/story/${n}</guid><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><description><![CDATA[${html}]]></description></item>`;

export const sweepFeed = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World Wire</title><link>https://news.example.net/</link><description>Agency copy</description>\n${items.join('\n')}\n</channel></rss>`;

type Stored = ApiStory & { place: string | null; agency: string | null; dateline: string | null };

export function storyFields(stories: ApiStory[], withDateline = false) {
  return Object.fromEntries(
    stories.map((s) => {
      const { text, place, agency, dateline } = s as Stored;
      return [s.link!.split('/').pop(), withDateline ? { text, place, agency, dateline } : { text, place, agency }];
    }),
  );
}
