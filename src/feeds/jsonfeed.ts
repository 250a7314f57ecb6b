import JSON5 from 'json5';
import { z } from 'zod';
import { FeedParseError, type FeedEntry, type ParsedFeed } from './entries.js';
import { cleanTitle, looksLikeHtml, unescapeTwiceEscaped, withTagWordsAsText } from './html-text.js';
import { siteUrl } from './links.js';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the shape the
 * XML feeds take. rss-parser does not read JSON. Checked with zod, leniently:
 * a wrong type on one field of one item drops that field, not the feed.
 */

const str = z.string().trim().min(1).optional().catch(undefined);
// JSON Feed dates are RFC 3339 strings; some generators write Unix epochs as numbers, which dates.ts reads.
const date = z.union([z.string().trim().min(1), z.number().finite().transform(String)]).optional().catch(undefined);
const attachment = z.object({ url: z.string().trim().min(1), mime_type: z.string().optional() }).passthrough();
// The spec's author is an object; hand-made templates (and some generators) write the name as a bare string.
const author = z
  .union([z.object({ name: str }).passthrough(), z.string().transform((name) => ({ name: name.trim() || undefined }))])
  .optional()
  .catch(undefined);

const item = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
    url: str,
    external_url: str,
    title: str,
    content_html: str,
    content_text: str,
    summary: str,
    image: str,
    banner_image: str,
    date_published: date,
    date_modified: date,
    attachments: z.array(attachment.nullable().catch(null)).optional().catch(undefined),
    author,
    authors: z.array(author).optional().catch(undefined),
    // The spec's tags are a list; templates that join them write one string ("water, power"), a list of names all the same.
    tags: z.union([z.array(z.unknown()), z.string().transform((tags) => tags.split(','))]).optional().catch(undefined),
  })
  .passthrough();

const feed = z
  .object({
    version: z.unknown().optional(),
    title: str,
    home_page_url: str,
    feed_url: str,
    language: str,
    author,
    authors: z.array(author).optional().catch(undefined),
    items: z.array(z.unknown()),
  })
  .passthrough();

/**
 * What a JSON API's error answer says ({"error": "Invalid API key"}, {"status": "error", "message": …},
 * {"errors": [{"detail": …}]}), often sent with a 200: the operator's one clue to a wrong key or URL.
 */
function apiError(data: unknown): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const o = data as Record<string, unknown>;
  for (const k of ['error_description', 'message', 'error', 'errors', 'detail', 'msg']) {
    let v = o[k];
    if (Array.isArray(v)) v = v[0];
    if (v && typeof v === 'object') v = (v as Record<string, unknown>).message ?? (v as Record<string, unknown>).detail ?? (v as Record<string, unknown>).title;
    if (typeof v === 'string' && v.trim()) {
      const flat = v.replace(/\s+/g, ' ').trim();
      return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
    }
  }
  return null;
}

/**
 * The document as JSON, else as a hand-written one: JSON Feeds kept by hand (a static site's template, a newsroom's
 * own file) carry comments and trailing commas, which JSON.parse refuses. json5 (no dependencies, the parser Babel
 * and webpack configs use) reads them, and names the line and column of what is truly broken.
 */
function readJson(body: string): { data: unknown; warning: string | null } {
  try {
    return { data: JSON.parse(body), warning: null };
  } catch {
    try {
      return { data: JSON5.parse(body), warning: 'read leniently: JSON with comments or trailing commas' };
    } catch (error) {
      const { lineNumber, columnNumber } = error as { lineNumber?: number; columnNumber?: number };
      const where = lineNumber ? ` at line ${lineNumber}, column ${columnNumber ?? 0}` : '';
      throw new FeedParseError(`not a feed: the document looks like JSON but does not parse${where} (${(error as Error).message.replace(/^JSON5: /, '')})`);
    }
  }
}

/** A WordPress post as the REST API lists it (`/wp-json/wp/v2/posts`): the fields a story needs, each rendered as HTML. */
const wpPost = z
  .object({
    id: z.union([z.number(), z.string()]).optional(),
    link: z.string(),
    title: z.object({ rendered: z.string() }),
    date_gmt: z.string().optional().catch(undefined),
    date: z.string().optional().catch(undefined),
    modified_gmt: z.string().optional().catch(undefined),
    guid: z.object({ rendered: z.string() }).optional().catch(undefined),
    content: z.object({ rendered: z.string() }).optional().catch(undefined),
    excerpt: z.object({ rendered: z.string() }).optional().catch(undefined),
    jetpack_featured_media_url: z.string().optional().catch(undefined),
    yoast_head_json: z.object({ author: z.string().optional().catch(undefined), og_image: z.array(z.object({ url: z.string() }).passthrough()).optional().catch(undefined) }).passthrough().optional().catch(undefined),
  })
  .passthrough();

/**
 * A WordPress site's REST API list of posts, pasted as a feed's address (`…/wp-json/wp/v2/posts`): read as the JSON Feed it
 * carries the same stories as, each post's GMT date its date (the site's `date` is its own clock, without a zone), the
 * picture Jetpack or Yoast names its picture. Null for anything else.
 */
function wordPressPosts(data: unknown): { items: unknown[]; unread: string[] } | null {
  if (!Array.isArray(data) || !data.length) return null;
  const read = data.map((p) => wpPost.safeParse(p));
  const posts = read.flatMap((p) => (p.success ? [p.data] : []));
  // One post the site's plugins broke (a title or link not as WordPress writes them) is that post's loss, not the list's: the
  // list is WordPress's when most of its posts read as WordPress writes them, the others are left out and named.
  if (!posts.length || posts.length * 2 < data.length) return null;
  const unread = data.flatMap((p, i) => (read[i]!.success ? [] : [postName(p, i)]));
  const utc = (d: string | undefined) => (d && /T\d\d:\d\d(?::\d\d)?$/.test(d) ? `${d}Z` : undefined);
  return {
    unread,
    items: posts.map((p) => ({
      id: p.guid?.rendered ?? (p.id === undefined ? undefined : String(p.id)),
      url: p.link,
      title: p.title.rendered,
      content_html: p.content?.rendered || undefined,
      summary: p.excerpt?.rendered || undefined,
      date_published: utc(p.date_gmt) ?? p.date,
      date_modified: utc(p.modified_gmt),
      image: p.jetpack_featured_media_url || p.yoast_head_json?.og_image?.[0]?.url || undefined,
      author: p.yoast_head_json?.author ? { name: p.yoast_head_json.author } : undefined,
    })),
  };
}

/** A post of the list that did not read: by its id when it has one, else by its place in the list. */
function postName(post: unknown, index: number): string {
  const id = (post as { id?: unknown } | null)?.id;
  return typeof id === 'number' || (typeof id === 'string' && id.trim()) ? `post ${String(id).trim().slice(0, 40)}` : `the post at ${index + 1}`;
}

/** The warning's note of posts left out, when any were. */
function unreadPosts(unread: string[]): string | null {
  if (!unread.length) return null;
  return `${unread.length === 1 ? '1 post' : `${unread.length} posts`} not as WordPress writes them left out (a post needs its link and its rendered title): ${unread.slice(0, 3).join(', ')}${unread.length > 3 ? ', …' : ''}`;
}

export function parseJsonFeed(body: string): ParsedFeed {
  const read = readJson(body);
  const posts = wordPressPosts(read.data);
  const data = posts ?? read.data;
  const warning = posts ? ['a WordPress REST API list of posts, read as a feed: the site’s /feed/ is its RSS feed', unreadPosts(posts.unread)].filter(Boolean).join('; ') : read.warning;
  const parsed = feed.safeParse(data);
  if (!parsed.success) {
    const version = (data as { version?: unknown } | null)?.version;
    const said = apiError(data);
    throw new FeedParseError(`not a feed: JSON without a JSON Feed "items" list${typeof version === 'string' ? ` (version ${version})` : ''}${said ? `; it says: "${said}"` : ''}`);
  }
  const f = parsed.data;
  const feedAuthors = authorNames(f);
  const entries: FeedEntry[] = [];
  let notItems = 0;
  for (const raw of f.items) {
    const r = item.safeParse(raw);
    if (!r.success) {
      notItems++;
      continue;
    }
    const i = r.data;
    const authors = authorNames(i);
    entries.push({
      guid: i.id ?? null,
      link: storyLink(i),
      base: null,
      // A title is plain text by the spec, but generators (WordPress's JSON Feed plugin) write its markup escaped,
      // "Tom &amp; Jerry &lt;b&gt;live&lt;/b&gt;": read as the title's HTML, as an RSS title's escaped markup is; an element named
      // bare and never closed ("Use <b> for bold") is a word of it, as in RSS.
      title: i.title ? withTagWordsAsText(unescapeTwiceEscaped(i.title)) : null,
      content: i.content_html ?? i.content_text ?? null,
      // content_text is plain text by the spec; generators put HTML there too, which read as text showed its tags.
      contentIsText: !i.content_html && !!i.content_text && !looksLikeHtml(i.content_text),
      summary: i.summary ?? null,
      dates: [i.date_published, i.date_modified].filter((d): d is string => !!d),
      authors: authors.length ? authors : feedAuthors,
      byline: authors,
      // A podcast episode without url or external_url is its audio file, as an RSS enclosure is: a link to play.
      media: (i.attachments ?? []).find((a) => a && /^\s*(?:audio|video)\//i.test(a.mime_type ?? ''))?.url ?? null,
      // An image attachment (a photo story, a podcast's cover) when the item names no image.
      images: [i.image, i.banner_image, ...(i.attachments ?? []).filter((a) => a && /^image\//i.test(a.mime_type ?? '')).map((a) => a!.url)].filter((u): u is string => !!u),
      categories: (i.tags ?? []).filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()),
    });
  }
  // Relative item URLs are the site's: resolved against home_page_url, else the feed's own address as it names it
  // (feed_url), which says the site's host when the document was fetched from another (a mirror, a proxy).
  // An entry of the list that is no item at all (null, a string, a number: a template's slip) is left out, and said.
  const skipped = notItems ? `${notItems === 1 ? '1 entry' : `${notItems} entries`} of "items" not an object, left out` : null;
  return { format: 'json', title: cleanTitle(f.title ?? null) || null, link: f.home_page_url ?? null, base: siteUrl(f.home_page_url) ?? siteUrl(f.feed_url), language: f.language ?? null, ttlMinutes: null, entries, warning: [warning, skipped].filter(Boolean).join('; ') || null };
}

/**
 * A link post names two pages: its own (`url`, the permalink) and the one it is about (`external_url`). The story is the post,
 * as readers open it (NetNewsWire's preferred link is url, else external_url): what the writer says of the article is theirs,
 * and the feed is its source. A bookmark that says nothing of its own (Micro.blog's, a link blog's bare pointer: no content, no
 * summary) is the article it points to: its own page holds only that address.
 */
function storyLink(i: { url?: string; external_url?: string; content_html?: string; content_text?: string; summary?: string }): string | null {
  const saysNothing = !i.content_html && !i.content_text && !i.summary;
  return (saysNothing ? i.external_url ?? i.url : i.url ?? i.external_url) ?? null;
}

/**
 * JSON Feed 1.1's authors, else 1.0's author: feeds written for both readers carry the two, and a 1.1 list whose
 * entries name nobody (only a url or an avatar) gave way to the feed's author though 1.0's author named the writer.
 * Names given win over names read from an author's page (nameOfPage).
 */
function authorNames(o: { authors?: Author[] | undefined; author?: Author }): string[] {
  const lists = [o.authors ?? [], [o.author]];
  for (const read of [(a: Author) => a?.name, (a: Author) => nameOfPage(a?.url)]) {
    for (const list of lists) {
      const found = list.map(read).filter((n): n is string => !!n);
      if (found.length) return found;
    }
  }
  return [];
}

type Author = { name?: string; url?: unknown } | undefined;

/**
 * An author page whose last part is a name's words joined by hyphens, as WordPress, Ghost and most CMSs slug it
 * ("/author/jane-doe/"): an author given by that page alone is that name, as a reader's source line would show it. A
 * slug of one word or with digits ("/author/jdoe", "/u/48213") may be a login, and names no one; the address never does. The
 * number WordPress adds to a second account's slug of the same name ("/author/asha-rao-2/") is no part of the name.
 */
const AUTHOR_PAGE = /\/(?:author|authors|people|person|staff|writers?|profiles?|by)\/(\p{L}+(?:-\p{L}+){1,3})(?:-\d{1,2})?\/?$/iu;

function nameOfPage(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const slug = AUTHOR_PAGE.exec(url.trim().replace(/[?#].*$/, ''))?.[1];
  return slug?.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()).join(' ');
}
