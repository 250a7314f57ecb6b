import type { Ctx } from '../context.js';
import { getStories, storiesSeenBetween, type Story } from '../stories/store.js';
import type { Subscriber } from '../subscribers/store.js';
import type { Taxonomy } from '../topics/taxonomy.js';

export interface DigestSection {
  topic: string;
  label: string;
  stories: Story[];
}

/** How far back a first digest (or one after a long pause) may reach. */
export const LOOKBACK_MS = { daily: 48 * 3600_000, weekly: 8 * 24 * 3600_000 } as const;

/**
 * The stories a subscriber has not had yet: first seen after their cursor (and
 * inside the lookback), per topic in the subscriber's order, newest first, top
 * N per topic. A story in two of their topics appears once, under the first.
 */
export async function selectStories(
  ctx: Ctx,
  taxonomy: Taxonomy,
  subscriber: Subscriber,
  until: number,
  maxPerTopic: number,
): Promise<DigestSection[]> {
  const from = Math.max(subscriber.lastDigestAt ?? 0, until - LOOKBACK_MS[subscriber.frequency]);
  const used = new Set<string>();
  const sections: DigestSection[] = [];
  for (const topic of subscriber.topics) {
    const ids = (await storiesSeenBetween(ctx, topic, from, until)).filter((id) => !used.has(id));
    const stories = (await getStories(ctx, ids))
      .sort((a, b) => b.published - a.published)
      .slice(0, maxPerTopic);
    for (const s of stories) used.add(s.id);
    if (stories.length > 0) sections.push({ topic, label: taxonomy.byId.get(topic)?.label ?? topic, stories });
  }
  return sections;
}
