import type { Ctx } from '../context.js';
import type { Classifier } from '../topics/classifier.js';
import { saveStory, storyIdFor, type Story } from '../stories/store.js';
import { fetchFeed } from './fetch.js';
import { normaliseItem } from './normalise.js';
import { parseFeed } from './parse.js';
import { getFeed, updateFeed, type Feed } from './store.js';

export interface PollOutcome {
  feedId: string;
  /** `not-modified`: the server answered 304, nothing was parsed. */
  status: 'ok' | 'not-modified' | 'error';
  added: number;
  seen: number;
  /** New stories per topic id, for metrics. */
  topics: Record<string, number>;
  error: string | null;
}

/**
 * One poll of one feed: fetch, parse, turn items into stories, classify and
 * store the new ones, then record how it went on the feed. A broken feed is an
 * outcome, not an exception: the caller's other feeds carry on.
 */
export async function pollFeed(ctx: Ctx, classify: Classifier, feedId: string): Promise<PollOutcome> {
  const feed = await getFeed(ctx, feedId);
  if (!feed) return { feedId, status: 'error', added: 0, seen: 0, topics: {}, error: 'no such feed' };
  const fetchedAt = ctx.now();
  try {
    const fetched = await fetchFeed(feed.url, { publicUrl: ctx.config.publicUrl });
    const parsed = await parseFeed(fetched.body);
    const source = parsed.title ?? new URL(feed.url).hostname;
    let added = 0;
    let seen = 0;
    const topics: Record<string, number> = {};
    for (const item of parsed.items) {
      const draft = normaliseItem(item, { feedUrl: fetched.url, fetchedAt });
      if (!draft) continue;
      const id = storyIdFor(feed.id, draft.guid);
      const story: Story = {
        ...draft,
        id,
        feedId: feed.id,
        feed: feed.url,
        seenAt: fetchedAt,
        source,
        topics: classify(draft).map(({ id: topic, score, reasons }) => ({ id: topic, score, reasons })),
        cluster: id,
        sources: [source],
      };
      if ((await saveStory(ctx, story)) === 'new') {
        added++;
        for (const t of story.topics) topics[t.id] = (topics[t.id] ?? 0) + 1;
      } else seen++;
    }
    await recordSuccess(ctx, feed, { title: parsed.title, etag: fetched.etag, lastModified: fetched.lastModified, at: fetchedAt });
    return { feedId, status: 'ok', added, seen, topics, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await updateFeed(ctx, feed.id, { status: 'backing-off', lastError: message, errors: feed.errors + 1 });
    ctx.log.warn({ feedId, err: message }, 'feed poll failed');
    return { feedId, status: 'error', added: 0, seen: 0, topics: {}, error: message };
  }
}

async function recordSuccess(
  ctx: Ctx,
  feed: Feed,
  r: { title: string | null; etag: string | null; lastModified: string | null; at: number },
): Promise<void> {
  await updateFeed(ctx, feed.id, {
    title: r.title ?? feed.title,
    status: 'ok',
    lastError: null,
    errors: 0,
    lastSuccessAt: r.at,
    nextPollAt: r.at + feed.intervalMinutes * 60_000,
    etag: r.etag,
    lastModified: r.lastModified,
  });
}
