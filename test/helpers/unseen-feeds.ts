import { X } from './feed-docs.js';
import { pollThroughAdmin, type ApiStory, type apiSweep } from './service.js';

/** The fixed time, namespaces and builders the unseen rounds' admin-API tests (unseen50-api and after) write their feeds with. */
export const PUBLISHED = '2026-11-27T10:05:00.000Z';
export const CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';
export const ITUNES = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
export const PODCAST = 'xmlns:podcast="https://podcastindex.org/namespace/1.0"';
export const DATE = '<pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate>';
export const ISO = '2026-11-27T10:05:00Z';
export const channel = (ns: string, head: string, items: string[]) => `${X}<rss version="2.0" ${ns}><channel>${head}${items.join('')}</channel></rss>`;
export const head = (title: string, site: string) => `<title>${title}</title><link>${site}</link><description>${title}</description>`;
export const atom = (ns: string, head: string, entries: string[]) => `${X}<feed xmlns="http://www.w3.org/2005/Atom"${ns}>${head}${entries.join('')}</feed>`;

export interface UnseenFeed { path: string; doc: string | Buffer; type: string }
export type Fields = Pick<ApiStory, 'link' | 'published' | 'author' | 'image' | 'text'> & { categories: string[] };

/** Every field a digest shows of each story of the feeds at `paths` (served, added and polled through the admin API), by title. */
export async function fieldsOf(sweep: ReturnType<typeof apiSweep>, feeds: UnseenFeed[], paths: string[]): Promise<Record<string, Fields>> {
  const read: Record<string, Fields> = {};
  for (const path of paths) {
    const { doc, type } = feeds.find((f) => f.path === path)!;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, doc, type);
    for (const s of stories as (ApiStory & { categories: string[] })[]) read[s.title] = { link: s.link, published: s.published, author: s.author, image: s.image, text: s.text, categories: s.categories };
  }
  return read;
}
