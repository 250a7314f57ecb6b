import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';

export interface StoryTopic {
  id: string;
  score: number;
  reasons?: string[];
}

export interface Story {
  id: string;
  feedId: string;
  /** URL of the feed it came from. */
  feed: string;
  guid: string;
  link: string;
  title: string;
  text: string;
  summary: string;
  published: number;
  /** When wirebrief first saw it: digests select on this, so late arrivals are not missed. */
  seenAt: number;
  /** The outlet: the feed's title. */
  source: string;
  agency: string | null;
  dateline: string | null;
  place: string | null;
  author: string | null;
  image: string | null;
  topics: StoryTopic[];
  cluster: string;
  sources: string[];
}

export function storyIdFor(feedId: string, guid: string): string {
  return createHash('sha1').update(`${feedId}\n${guid}`).digest('hex').slice(0, 16);
}

const k = {
  story: (ctx: Ctx, id: string) => key(ctx, 'story', id),
  byPublished: (ctx: Ctx, scope: string) => key(ctx, 'stories', 'pub', scope),
  bySeen: (ctx: Ctx, topic: string) => key(ctx, 'stories', 'seen', 'topic', topic),
};

/** Stores a story unless this feed already delivered it. Returns whether it was new. */
export async function saveStory(ctx: Ctx, story: Story): Promise<'new' | 'seen'> {
  const created = await ctx.redis.hsetnx(k.story(ctx, story.id), 'id', story.id);
  if (!created) return 'seen';
  const m = ctx.redis.multi().hset(k.story(ctx, story.id), serialise(story));
  m.zadd(k.byPublished(ctx, 'all'), story.published, story.id);
  m.zadd(k.byPublished(ctx, `feed:${story.feedId}`), story.published, story.id);
  for (const topic of story.topics) {
    m.zadd(k.byPublished(ctx, `topic:${topic.id}`), story.published, story.id);
    m.zadd(k.bySeen(ctx, topic.id), story.seenAt, story.id);
  }
  await m.exec();
  return 'new';
}

export async function getStories(ctx: Ctx, ids: string[]): Promise<Story[]> {
  if (ids.length === 0) return [];
  const p = ctx.redis.pipeline();
  for (const id of ids) p.hgetall(k.story(ctx, id));
  const rows = (await p.exec()) ?? [];
  return rows.map(([, raw]) => raw as Record<string, string>).filter((raw) => raw.title !== undefined).map(deserialise);
}

export interface StoryQuery {
  topic?: string;
  feedId?: string;
  limit: number;
}

/** Newest first by publication time. */
export async function listStories(ctx: Ctx, q: StoryQuery): Promise<Story[]> {
  const scope = q.topic ? `topic:${q.topic}` : q.feedId ? `feed:${q.feedId}` : 'all';
  const ids = await ctx.redis.zrevrange(k.byPublished(ctx, scope), 0, q.limit - 1);
  return getStories(ctx, ids);
}

/** Ids of stories of a topic first seen in (from, to], oldest first. */
export async function storiesSeenBetween(ctx: Ctx, topic: string, from: number, to: number): Promise<string[]> {
  return ctx.redis.zrangebyscore(k.bySeen(ctx, topic), `(${from}`, to);
}

function serialise(story: Story): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(story).map(([f, v]) => [f, v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)])),
  };
}

function deserialise(raw: Record<string, string>): Story {
  const opt = (v: string | undefined) => (v ? v : null);
  return {
    id: raw.id!,
    feedId: raw.feedId!,
    feed: raw.feed!,
    guid: raw.guid!,
    link: raw.link!,
    title: raw.title!,
    text: raw.text ?? '',
    summary: raw.summary ?? '',
    published: Number(raw.published),
    seenAt: Number(raw.seenAt),
    source: raw.source ?? '',
    agency: opt(raw.agency),
    dateline: opt(raw.dateline),
    place: opt(raw.place),
    author: opt(raw.author),
    image: opt(raw.image),
    topics: raw.topics ? (JSON.parse(raw.topics) as StoryTopic[]) : [],
    cluster: raw.cluster ?? raw.id!,
    sources: raw.sources ? (JSON.parse(raw.sources) as string[]) : [],
  };
}
