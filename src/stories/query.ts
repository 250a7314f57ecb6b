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

/**
 * What a cursor holds: the score and id of the last story given. Not a count: stories arriving with the
 * same score (a poll's items dated to one minute) sort among those already given, and a count would then
 * give one again and pass over another. Redis orders equal scores by id, so the id says where to go on.
 */
interface Mark {
  score: number;
  id: string;
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
  const mark = q.cursor ? decodeCursor(q.cursor) : null;
  let at: Position | null = mark === null ? null : 'skip' in mark ? mark : await positionAfter(ctx, key, mark);
  let last = mark && 'id' in mark ? mark.id : '';
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
      last = chunk[i]!.id;
      scanned++;
      if (keep[i]) found.push(chunk[i]!.id);
    }
    if (more || chunk.length < CHUNK) break;
    if (scanned >= MAX_SCANNED) {
      more = true;
      break;
    }
  }
  return { stories: await getStories(ctx, found), next: more && at ? encodeCursor({ score: at.score, id: last }) : null };
}

function advance(at: Position | null, score: number): Position {
  return at && at.score === score ? { score, skip: at.skip + 1 } : { score, skip: 1 };
}

async function inTopic(ctx: Ctx, topic: string, ids: string[]): Promise<boolean[]> {
  if (ids.length === 0) return [];
  const scores = await ctx.redis.zmscore(storyKeys.byPublished(ctx, `topic:${topic}`), ...ids);
  return scores.map((s) => s !== null);
}

/** How many stories of the mark's score come before it or are it: its own rank when it is still listed, else counted by id. */
async function positionAfter(ctx: Ctx, key: string, mark: Mark): Promise<Position> {
  const replies = await ctx.redis.multi().zscore(key, mark.id).zrevrank(key, mark.id).zcount(key, `(${mark.score}`, '+inf').exec();
  const [score, rank, above] = (replies ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
  if (score !== null && Number(score) === mark.score && typeof rank === 'number') return { score: mark.score, skip: rank - Number(above) + 1 };
  // The last story given was removed meanwhile: those of its score that sort before its id were given.
  const tied = await ctx.redis.zrevrangebyscore(key, mark.score, mark.score);
  return { score: mark.score, skip: tied.filter((id) => id > mark.id).length };
}

function encodeCursor(mark: Mark): string {
  return Buffer.from(`${mark.score}:${mark.id}`).toString('base64url');
}

/**
 * A cursor's mark, or, for a cursor of the earlier form (the time reached and how many stories of that time were
 * given, as this API gave them out before cursors named a story), the position it names: a client paging across an
 * upgrade goes on where it stood, as the earlier cursor did (a story of that minute arriving meanwhile may be given
 * twice or passed over, as before).
 */
function decodeCursor(cursor: string): Mark | Position {
  const text = Buffer.from(cursor, 'base64url').toString();
  const m = /^(-?\d+(?:\.\d+)?):([0-9a-f]{16})$/.exec(text);
  if (m && Number.isFinite(Number(m[1]))) return { score: Number(m[1]), id: m[2]! };
  const earlier = /^(-?\d+(?:\.\d+)?):(\d{1,15})$/.exec(text);
  if (earlier && Number.isFinite(Number(earlier[1]))) return { score: Number(earlier[1]), skip: Number(earlier[2]) };
  // A cursor we gave out holds a finite time and a story id (or, earlier, a count); anything else was made up or cut.
  throw new CursorError('cursor is not one this API gave out (made up, cut, or mangled): start again from the first page, without a cursor, and pass each page’s `next` as it is');
}
