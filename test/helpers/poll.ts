import type { Ctx } from '../../src/context.js';
import { pollFeed, type PollOutcome } from '../../src/feeds/poll.js';
import { addFeed, getFeed, type Feed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import type { Story } from '../../src/stories/store.js';
import type { Classifier } from '../../src/topics/classifier.js';
import type { FeedServer } from './feed-server.js';

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
