import Parser from 'rss-parser';

export interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  pubDate?: string;
  isoDate?: string;
  creator?: string;
  author?: string;
  content?: string;
  contentSnippet?: string;
  summary?: string;
  'content:encoded'?: string;
  categories?: unknown[];
  enclosure?: { url?: string; type?: string };
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

const parser: Parser<Record<string, unknown>, FeedItem> = new Parser({
  customFields: { item: ['content:encoded'] },
});

export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

export async function parseFeed(body: string): Promise<ParsedFeed> {
  try {
    const feed = await parser.parseString(body);
    return { title: (feed.title as string | undefined)?.trim() || null, link: (feed.link as string | undefined) ?? null, items: feed.items };
  } catch (error) {
    throw new FeedParseError(`not a readable feed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
