import { afterAll, beforeAll } from 'vitest';
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
  };
}
