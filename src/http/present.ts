import type { Feed } from '../feeds/store.js';
import type { Story } from '../stories/store.js';

/** A stored time as ISO 8601; null for none, and for one no Date can hold (a record written before limits were checked). */
const iso = (t: number | null) => {
  const date = t === null ? null : new Date(t);
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : null;
};

/**
 * A story as the public API (and the CLI's --json) shows it. `link` is null for a story with no page of its own:
 * an item with no link, no guid that is an address and no other page it names (the normaliser's storyLink). No
 * stand-in is made up (the feed's own site would send every such story to one front page); a digest then shows
 * its title unlinked, and the topic feeds give it no <link>.
 */
export function presentStory(s: Story) {
  return {
    id: s.id,
    title: s.title,
    link: s.link || null,
    published: iso(s.published),
    seenAt: iso(s.seenAt),
    source: s.source,
    agency: s.agency,
    dateline: s.dateline,
    place: s.place,
    text: s.text,
    summary: s.summary,
    author: s.author,
    image: s.image,
    feed: s.feed,
    cluster: s.cluster,
    sources: s.sources,
    categories: s.categories ?? [],
    topics: s.topics.map((t) => ({ id: t.id, score: t.score })),
  };
}

export function presentFeed(f: Feed) {
  return {
    id: f.id,
    url: f.url,
    title: f.title,
    status: f.status,
    lastError: f.lastError,
    lastWarning: f.lastWarning,
    lastSuccessAt: iso(f.lastSuccessAt),
    lastPollAt: iso(f.lastPollAt),
    nextPollAt: iso(f.nextPollAt),
    errors: f.errors,
    etag: f.etag,
    lastModified: f.lastModified,
    intervalMinutes: f.intervalMinutes,
    ttlMinutes: f.ttlMinutes,
    /** The user name of the feed's HTTP login, or null; the password is never shown. */
    login: f.login,
    /** The id of the feed this one was paused as a copy of (it moved for good onto that feed's address), or null. */
    copyOf: f.copyOf ?? null,
  };
}
