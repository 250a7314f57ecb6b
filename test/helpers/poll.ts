import { afterAll, beforeAll, expect } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { pollFeed, type PollOutcome } from '../../src/feeds/poll.js';
import { addFeed, getFeed, type Feed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import type { Story } from '../../src/stories/store.js';
import { createClassifier, type Classifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { startFeedServer, type FeedServer } from './feed-server.js';
import { testCtx } from './redis.js';

/**
 * A document served at `path`, added as a feed and polled once, as the admin API's poll does: the poll's outcome,
 * the feed's state after it, and its stories as GET /api/stories?feed= gives them.
 */
export async function pollServed(
  ctx: Ctx,
  server: FeedServer,
  classify: Classifier,
  path: string,
  body: string | Buffer,
  contentType = 'application/rss+xml; charset=utf-8',
): Promise<{ outcome: PollOutcome; feed: Feed; stories: Story[] }> {
  server.serve(path, body, { contentType });
  const { feed: added } = await addFeed(ctx, server.url(path), { intervalMinutes: 10 });
  const outcome = await pollFeed(ctx, classify, added.id);
  const feed = (await getFeed(ctx, added.id))!;
  const { stories } = await queryStories(ctx, { feedId: added.id, limit: 500 });
  return { outcome, feed, stories };
}

/** What a reader of the stories API sees of a story: the fields the feed sweeps compare. */
export const seenStory = (s: Story) => ({
  title: s.title,
  link: s.link,
  published: new Date(s.published).toISOString(),
  author: s.author,
  image: s.image,
  source: s.source,
  categories: s.categories,
  text: s.text,
});

/**
 * What every feed sweep file sets up: its own test context (key prefix `name`, the clock at `at`), a feed server for the
 * file's tests, the shipped taxonomy's classifier, and `poll`, pollServed on them.
 */
export function feedSweep(name: string, at: number, env: Record<string, string> = {}) {
  const ctx = testCtx(name, env);
  const classify = createClassifier(loadTaxonomy());
  let server: FeedServer | undefined;
  beforeAll(async () => {
    server = await startFeedServer();
    ctx.clock.t = at;
  });
  afterAll(async () => {
    await server?.close();
    await ctx.cleanup();
  });
  const running = (): FeedServer => {
    if (!server) throw new Error('the feed server starts in beforeAll: poll inside a test');
    return server;
  };
  return {
    ctx,
    classify,
    get server(): FeedServer {
      return running();
    },
    poll: (path: string, body: string | Buffer, contentType?: string) => pollServed(ctx, running(), classify, path, body, contentType),
    /** One poll of `body` that must succeed: its stories as a reader sees them (seenStory), in the order its items come. */
    seenInOrder: async (path: string, body: string, contentType?: string) => {
      const { outcome, stories } = await pollServed(ctx, running(), classify, path, body, contentType);
      expect(outcome).toMatchObject({ status: 'ok', error: null });
      // By link, else (a link the reader rewrote) by headline.
      const at = (s: Story) => (body.includes(s.link) ? body.indexOf(s.link) : body.indexOf(s.title));
      return stories.sort((a, b) => at(a) - at(b)).map(seenStory);
    },
  };
}

/**
 * A news site's RSS feed whose items carry wire copy as HTML, as the wire sweeps' poll tests serve it: item n links to
 * https://news.example.in/story/n, every item dated `pubDate`.
 */
export function wireCopyFeed(pubDate: string, items: [title: string, html: string][]): string {
  const item = ([title, html]: [string, string], i: number) =>
    `<item><title>${title}</title><link>https://news.example.in/story/${i + 1}</link><guid>https://news.example.in/story/${i + 1}</guid>` +
    `<pubDate>${pubDate}</pubDate><description><![CDATA[${html}]]></description></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title><link>https://news.example.in/</link>
${items.map(item).join('\n')}
</channel></rss>`;
}

/** A wire sweep's story: its headline, its description's HTML, and the text (paragraphs), place and agency it must be stored with. */
export type WireStory = [title: string, html: string, text: string[], place: string | null, agency: string | null];

/** wireCopyFeed of wire sweep stories, and what wireFieldsByItem must give for them once polled. */
export function wireStoriesFeed(pubDate: string, stories: WireStory[]): { feed: string; expected: ReturnType<typeof wireFieldsByItem> } {
  return {
    feed: wireCopyFeed(pubDate, stories.map(([title, html]) => [title, html])),
    expected: Object.fromEntries(stories.map(([, , text, place, agency], i) => [String(i + 1), { text: text.join('\n\n'), place, agency }])),
  };
}

/** Each story's text, place and agency, keyed by the last segment of its link (its item's number in wireCopyFeed). */
export const wireFieldsByItem = (stories: Story[]) =>
  Object.fromEntries(stories.map((s) => [s.link.split('/').pop(), { text: s.text, place: s.place, agency: s.agency }]));
