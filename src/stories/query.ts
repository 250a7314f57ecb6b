import type { Ctx } from '../context.js';
import { getStories, storyKeys, type Story } from './store.js';

export interface StoryQuery {
  topic?: string;
  feedId?: string;
  /** Only stories published at or after this time (ms). */
  since?: number;
  limit: number;
  /** Opaque: the `next` of the page before. */
  cursor?: string | null;
}

export interface StoryPage {
  stories: Story[];
  /** Pass as `cursor` for the next page; null on the last page. */
  next: string | null;
}

/** Where a page ends in a list ordered by score, newest first: the score reached and how many stories with that score were already given. */
interface Position {
  score: number;
  skip: number;
}

export class CursorError extends Error {
  override name = 'CursorError';
}

const CHUNK = 200;
/** With two filters, how many stories one request may walk before it answers with what it found. */
const MAX_SCANNED = 5000;

/** Newest first by publication time; pages with a cursor that stays right while stories arrive. */
export async function queryStories(ctx: Ctx, q: StoryQuery): Promise<StoryPage> {
  const primary = q.feedId ? `feed:${q.feedId}` : q.topic ? `topic:${q.topic}` : 'all';
  const filterTopic = q.feedId && q.topic ? q.topic : null;
  const key = storyKeys.byPublished(ctx, primary);
  const min = q.since ?? '-inf';
  let at: Position | null = q.cursor ? decodeCursor(q.cursor) : null;
  const found: string[] = [];
  let scanned = 0;
  let more = false;
  for (;;) {
    const rows = await ctx.redis.zrevrangebyscore(key, at ? at.score : '+inf', min, 'WITHSCORES', 'LIMIT', at ? at.skip : 0, CHUNK);
    const chunk: { id: string; score: number }[] = [];
    for (let i = 0; i < rows.length; i += 2) chunk.push({ id: rows[i]!, score: Number(rows[i + 1]) });
    const keep = filterTopic ? await inTopic(ctx, filterTopic, chunk.map((c) => c.id)) : chunk.map(() => true);
    for (let i = 0; i < chunk.length; i++) {
      if (found.length === q.limit && keep[i]) {
        more = true;
        break;
      }
      at = advance(at, chunk[i]!.score);
      scanned++;
      if (keep[i]) found.push(chunk[i]!.id);
    }
    if (more || chunk.length < CHUNK) break;
    if (scanned >= MAX_SCANNED) {
      more = true;
      break;
    }
  }
  return { stories: await getStories(ctx, found), next: more && at ? encodeCursor(at) : null };
}

function advance(at: Position | null, score: number): Position {
  return at && at.score === score ? { score, skip: at.skip + 1 } : { score, skip: 1 };
}

async function inTopic(ctx: Ctx, topic: string, ids: string[]): Promise<boolean[]> {
  if (ids.length === 0) return [];
  const scores = await ctx.redis.zmscore(storyKeys.byPublished(ctx, `topic:${topic}`), ...ids);
  return scores.map((s) => s !== null);
}

function encodeCursor(at: Position): string {
  return Buffer.from(`${at.score}:${at.skip}`).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  const m = /^(-?\d+(?:\.\d+)?):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  const at = m ? { score: Number(m[1]), skip: Number(m[2]) } : null;
  // A cursor we gave out holds a finite time and a count Redis takes as an offset; anything else was made up or cut.
  if (!at || !Number.isFinite(at.score) || !Number.isSafeInteger(at.skip)) {
    throw new CursorError('cursor is not one this API gave out: pass the `next` value of the previous page');
  }
  return at;
}
