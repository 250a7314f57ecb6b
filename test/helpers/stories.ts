import type { Story } from '../../src/stories/store.js';

/** A stored story as the ingester would make it, for tests that need stories without polling a feed. */
export function makeStory(id: string, title: string, topics: string[], publishedIso: string, extra: Partial<Story> = {}): Story {
  const published = Date.parse(publishedIso);
  return {
    id,
    feedId: 'f1',
    feed: 'https://wire.example/rss',
    guid: id,
    link: `https://wire.example/news/${id}`,
    title,
    text: `${title}. The full text of the story.`,
    summary: `${title} — summary.`,
    published,
    seenAt: published + 60_000,
    source: 'Wire',
    agency: 'IANS',
    dateline: null,
    place: null,
    author: null,
    image: null,
    topics: topics.map((t) => ({ id: t, score: 1 })),
    cluster: id,
    sources: ['Wire'],
    ...extra,
  };
}
