import { Parser } from 'htmlparser2';
import { FeedFetchError } from './fetch.js';
import { absoluteUrl } from './links.js';

/**
 * Feed autodiscovery: a web page names its feeds in
 * <link rel="alternate" type="application/rss+xml" href="…">. When a feed's
 * URL answers with such a page (a site's home page added by mistake, a feed
 * moved behind its site), the feed it names is polled instead.
 */

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml|x\.atom\+xml|json)$/i;
/** Plain XML types, which some sites declare their feed under: a feed only when its title or address says so. */
const XML_TYPES = /^(?:application|text)\/xml$/i;
const NAMES_A_FEED = /\b(?:rss|atom|feeds?)\b/i;

/** Whether a <link rel="alternate">'s type and title say it is a feed. Parameters ("; charset=UTF-8") say nothing. */
function isFeedLink(attribs: Record<string, string>): boolean {
  const type = (attribs.type ?? '').split(';')[0]!.trim();
  if (FEED_TYPES.test(type)) return true;
  return XML_TYPES.test(type) && (NAMES_A_FEED.test(attribs.title ?? '') || NAMES_A_FEED.test(attribs.href ?? ''));
}

/** A feed of readers' comments (WordPress lists "Comments Feed" beside the site's feed, sometimes first): never the site's own. */
const COMMENTS_TITLE = /\b(?:comments?|kommentare|commentaires|comentarios|commenti|reacties)\b/i;
const COMMENTS_PATH = /(?:^|[/?&=_-])comments?(?:[/?&=_.-]|$)/i;

/** Each tag of a page as htmlparser2 opens it (entities decoded), and whether the page's <body> has begun by then. */
function eachOpenTag(html: string, visit: (name: string, attribs: Record<string, string>, inBody: boolean) => void): void {
  let inBody = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'body') inBody = true;
        visit(name, attribs, inBody);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
}

/**
 * Feed URLs a page declares, absolute, in page order, except that feeds of comments come after the others. Feeds are
 * declared in the head; a <link> in the body (a theme printing its head's tags late) counts only when the head names
 * none, as one there may be an embedded widget's.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const head = { found: [] as string[], comments: [] as string[] };
  const body = { found: [] as string[], comments: [] as string[] };
  let base = pageUrl;
  eachOpenTag(html, (name, attribs, inBody) => {
    if (name === 'base' && attribs.href && !inBody) base = absoluteUrl(attribs.href, pageUrl) ?? base;
    if (name !== 'link' || !attribs.href) return;
    const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !isFeedLink(attribs)) return;
    const url = absoluteUrl(attribs.href, base);
    const { found, comments } = inBody ? body : head;
    if (!url || found.includes(url) || comments.includes(url)) return;
    const { pathname, search } = new URL(url);
    const ofComments = COMMENTS_TITLE.test(attribs.title ?? '') || COMMENTS_PATH.test(pathname + search);
    (ofComments ? comments : found).push(url);
  });
  const { found, comments } = head.found.length + head.comments.length ? head : body;
  return [...found, ...comments];
}

const WORDPRESS = /<meta\s[^>]*name=["']generator["'][^>]*content=["']WordPress\b|<meta\s[^>]*content=["']WordPress\b[^>]*name=["']generator["']/i;
const WORDPRESS_API = /<link\s[^>]*rel=["']https:\/\/api\.w\.org\/["'][^>]*href=["']([^"']+)["']|<link\s[^>]*href=["']([^"']+)["'][^>]*rel=["']https:\/\/api\.w\.org\/["']/i;

/**
 * A WordPress site's feed, for its page that names none (a theme that drops WordPress's <link rel="alternate">): WordPress
 * serves it at the site's `/feed/`, the site being where its REST API link (`rel="https://api.w.org/"`, `…/wp-json/`)
 * says, else the host's root. Null for any other page.
 */
export function wordpressFeed(html: string, pageUrl: string): string | null {
  if (!WORDPRESS.test(html)) return null;
  const m = WORDPRESS_API.exec(html);
  const api = m ? absoluteUrl(m[1] ?? m[2]!, pageUrl) : null;
  const site = api && /\/wp-json\/?$/.test(new URL(api).pathname) ? api.replace(/wp-json\/?$/, '') : new URL('/', pageUrl).href;
  return new URL('feed/', site).href;
}

/** The feed a web page given as a feed leads to, as a poll and `feeds try` follow it (once). */
export interface PageFeed {
  url: string;
  /** Every feed the page names, the one followed first: more than one goes in the warning (severalFeedsNote). */
  named: string[];
  /** Set when no feed is named and the page is a WordPress site's: its `/feed/` is a guess. */
  guessed: boolean;
}

/** The feed a page declares, else the page its meta refresh forwards to, else a WordPress site's `/feed/`; null if none. */
export function pageFeed(html: string, pageUrl: string): PageFeed | null {
  const named = discoverFeeds(html, pageUrl);
  const guessed = named.length ? null : wordpressFeed(html, pageUrl);
  const url = named[0] ?? metaRefreshTarget(html, pageUrl) ?? guessed;
  return url ? { url, named, guessed: url === guessed } : null;
}

/**
 * A page's feed that fails says so: a bare "HTTP 404" on a feed whose address answers 200 in a browser sends the
 * operator to the wrong URL. What the failure means for the schedule (Retry-After, Gone) is kept.
 */
export function pageFeedFailure(lead: PageFeed, failure: unknown): unknown {
  if (!(failure instanceof FeedFetchError)) return failure;
  const named = lead.guessed ? `the page is a WordPress site’s and names no feed; its feed at ${lead.url}` : `the page names its feed at ${lead.url}`;
  return new FeedFetchError(`${named}, which failed: ${failure.message}`, failure.details);
}

/** What a feed's warning says when the page it was added by names several feeds: which one is polled, and the rest to add. */
export function severalFeedsNote(named: string[]): string | null {
  if (named.length < 2) return null;
  const others = named.slice(1, 6).join(', ') + (named.length > 6 ? ` and ${named.length - 6} more` : '');
  return `the page names ${named.length} feeds: polling ${named[0]}; add the others to poll them too: ${others}`;
}

/**
 * Where a page forwards to with <meta http-equiv="refresh" content="0; url=…"> in its head: how some
 * sites (and hosts parking an old address) move a feed without an HTTP redirect. Absolute; null if none.
 */
export function metaRefreshTarget(html: string, pageUrl: string): string | null {
  let target: string | null = null;
  eachOpenTag(html, (name, attribs, inBody) => {
    if (inBody || target || name !== 'meta' || (attribs['http-equiv'] ?? '').toLowerCase() !== 'refresh') return;
    const m = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(attribs.content ?? '');
    if (m?.[2]) target = absoluteUrl(m[2], pageUrl);
  });
  return target && target !== pageUrl && /^https?:/.test(target) ? target : null;
}

/** `location = "…"`, `location.href = '…'`, `location.replace("…")`, `location.assign('…')`, on window, document, top or self or alone. */
const SCRIPT_FORWARD = /(?:\b(?:window|document|top|self)\.)?\blocation(?:\.href\s*=\s*|\s*=\s*|\.(?:replace|assign)\(\s*)(['"])([^'"\s<>]{1,2000})\1/;

/**
 * Where a page forwards to from a script in it (`window.location.href = "…/feed.xml"`), as some hosts and site builders
 * move an address without an HTTP redirect. wirebrief runs no scripts, so such a page is not followed as a meta refresh
 * is (a script may forward only after a check of its own): its error names where it leads. Absolute; null if none.
 */
export function scriptRedirectTarget(html: string, pageUrl: string): string | null {
  let target: string | null = null;
  let inScript = false;
  const parser = new Parser(
    {
      onopentag(name) {
        inScript = name === 'script';
      },
      ontext(text) {
        if (!inScript || target) return;
        const m = SCRIPT_FORWARD.exec(text);
        if (m?.[2]) target = absoluteUrl(m[2], pageUrl);
      },
      onclosetag() {
        inScript = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return target && target !== pageUrl && /^https?:/.test(target) ? target : null;
}

/** What a page's error says of the address a script in it forwards to. */
export const scriptForwardHint = (target: string) => `it forwards by a script to ${target}, which wirebrief does not run: add the feed at that address`;
