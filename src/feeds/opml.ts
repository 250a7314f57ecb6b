import { Parser } from 'htmlparser2';
import type { Ctx } from '../context.js';
import { addFeed, FeedUrlError, normaliseFeedUrl, withoutUserInfo, type Feed } from './store.js';

/**
 * OPML, the format every reader imports and exports feed lists in. Read
 * leniently (htmlparser2: real-world OPML files carry bare ampersands and odd
 * casing), written as OPML 2.0 with the poll interval in our own namespace so
 * an export imports back unchanged.
 */

export interface OpmlFeed {
  url: string;
  title: string | null;
  intervalMinutes: number | null;
}

export class OpmlError extends Error {
  override name = 'OpmlError';
}

const NS = 'urn:wirebrief:opml';

export function parseOpml(text: string): OpmlFeed[] {
  const feeds: OpmlFeed[] = [];
  let root: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        root ??= name;
        if (name !== 'outline') return;
        // xmlUrl is the standard; some exporters write url with a feed type instead.
        const url = attribs.xmlurl ?? (/^(rss|atom|feed|json|rdf)$/i.test(attribs.type ?? '') ? attribs.url : undefined);
        if (!url) return;
        const interval = Number(attribs['wirebrief:intervalminutes']);
        const title = (attribs.title ?? attribs.text ?? '').trim();
        // An exporter with no title for a feed writes its URL as the text, which is not a title.
        feeds.push({ url: url.trim(), title: title && title !== url.trim() ? title : null, intervalMinutes: Number.isInteger(interval) && interval > 0 ? interval : null });
      },
    },
    { xmlMode: false, lowerCaseAttributeNames: true, lowerCaseTags: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(text.replace(/^\uFEFF/, ''));
  parser.end();
  if (root !== 'opml') throw new OpmlError(root ? `not an OPML file: the root element is <${root}>, not <opml>` : 'not an OPML file: no XML elements found');
  return feeds;
}

export function buildOpml(feeds: Pick<Feed, 'url' | 'title' | 'intervalMinutes'>[], at: number): string {
  const outlines = feeds
    .map((f) => {
      const title = f.title ? ` title="${attr(f.title)}"` : '';
      return `    <outline type="rss" text="${attr(f.title ?? f.url)}"${title} xmlUrl="${attr(f.url)}" wirebrief:intervalMinutes="${f.intervalMinutes}"/>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:wirebrief="${NS}">
  <head>
    <title>wirebrief feeds</title>
    <dateCreated>${new Date(at).toUTCString()}</dateCreated>
  </head>
  <body>
${outlines}
  </body>
</opml>
`;
}

export interface OpmlImport {
  /** Feeds added, and feeds already there whose interval the file changed: both need (re)scheduling. */
  toSchedule: Feed[];
  added: number;
  existing: number;
  invalid: { url: string; error: string }[];
}

/** Adds every feed of the file; a bad URL is reported and skipped, the others still go in. */
export async function importOpml(ctx: Ctx, text: string): Promise<OpmlImport> {
  const entries = parseOpml(text);
  const result: OpmlImport = { toSchedule: [], added: 0, existing: 0, invalid: [] };
  const seen = new Set<string>();
  for (const entry of entries) {
    let url: string;
    try {
      url = normaliseFeedUrl(entry.url);
    } catch (error) {
      result.invalid.push({ url: withoutUserInfo(entry.url), error: error instanceof FeedUrlError ? error.message : String(error) });
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    // The address as the file gives it: a login in it goes with the feed, not into its URL.
    let added;
    try {
      added = await addFeed(ctx, entry.url, { intervalMinutes: entry.intervalMinutes ?? undefined, title: entry.title });
    } catch (error) {
      // A feed refused as it is added (on a port no fetch may use) is one invalid entry, not a failed import.
      if (!(error instanceof FeedUrlError)) throw error;
      result.invalid.push({ url: withoutUserInfo(entry.url), error: error.message });
      continue;
    }
    const { feed, created, changed } = added;
    if (created) result.added++;
    else result.existing++;
    if (created || changed) result.toSchedule.push(feed);
  }
  return result;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
