import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { releaseFeed, type Heir } from '../stories/removal.js';
import { storyKeys } from '../stories/store.js';
import { verifyingSecrets } from '../subscribers/tokens.js';
import { blockedPortReason } from './bad-ports.js';
import { openLoginWithAny, sealLogin, splitLogin, type FeedLogin, type SealedLogin } from './credentials.js';
import { nextPollAfterSuccess } from './timing.js';

export type FeedStatus = 'ok' | 'backing-off' | 'disabled';

export interface Feed {
  id: string;
  url: string;
  title: string | null;
  intervalMinutes: number;
  /** ok; backing-off after failures (still polled, less often); disabled (410 Gone, or by an operator). */
  status: FeedStatus;
  /** Why the last poll failed, or why the feed is disabled; null after a success. */
  lastError: string | null;
  /** A problem that did not stop the poll, e.g. a malformed document read leniently. */
  lastWarning: string | null;
  lastSuccessAt: number | null;
  lastPollAt: number | null;
  nextPollAt: number | null;
  /** Consecutive failures. */
  errors: number;
  etag: string | null;
  lastModified: string | null;
  /** The publisher's own floor on polling (<ttl>, sy:updatePeriod), in minutes. */
  ttlMinutes: number | null;
  addedAt: number;
  /** The user name of the feed's HTTP login, or null (a public feed). */
  login: string | null;
  /** The login sealed under SECRET (see credentials.ts); never shown. */
  sealedLogin: string | null;
  /** The id of the feed this one was paused as a copy of (the same feed added by another address); null otherwise. */
  copyOf?: string | null;
}

export const MIN_INTERVAL_MINUTES = 1;
/** A day: a feed is never left longer unpolled (failures back off to it too), and its next poll stays a real time. */
export const MAX_INTERVAL_MINUTES = 24 * 60;

/** A poll interval within the bounds every feed keeps, whoever asked for it. */
export function boundedInterval(minutes: number): number {
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, minutes));
}

/** A feed keeps the id it was added with, even when a 301 later moves its URL. */
export function feedIdFor(url: string): string {
  return createHash('sha1').update(url).digest('hex').slice(0, 12);
}

export function normaliseFeedUrl(input: string): string {
  return readFeedAddress(input).url;
}

/**
 * A feed address as given: the URL a feed is known by (http or https, no
 * fragment, no login) and the HTTP login it carried, if any
 * (`https://user:password@host/feed`), which is kept apart from the URL.
 */
export function readFeedAddress(input: string): { url: string; login: FeedLogin | null } {
  let u: URL;
  try {
    u = new URL(withScheme(input.trim()));
  } catch {
    throw new FeedUrlError(`not a URL: "${withoutUserInfo(input)}"`);
  }
  const { url, login } = splitLogin(u.toString());
  const bare = new URL(url);
  if (bare.protocol !== 'http:' && bare.protocol !== 'https:') throw new FeedUrlError(`feed URLs must be http or https: "${withoutUserInfo(url)}"`);
  bare.hash = '';
  // "…/feed.xml?" asks for the same document as "…/feed.xml": one feed, not two.
  if (bare.search === '') bare.search = '';
  return { url: bare.toString(), login };
}

/**
 * An address as typed, for a message: a login left out, whether it follows "//" (perhaps with a "/" in
 * its password) or opens an address typed without a scheme ("user:pw@host/feed").
 */
export function withoutUserInfo(input: string): string {
  try {
    const u = new URL(input);
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
      return u.toString();
    }
    // Not a URL with a host ("user:pw@host/feed" reads as the scheme "user:"): what stands before an "@" goes.
    return u.host || !input.includes('@') ? input : `${u.protocol}…`;
  } catch {
    return input.replace(/\/\/[^\s@]*@/, '//');
  }
}

/**
 * The forms readers accept besides a plain http(s) URL, as an operator pastes
 * them from a browser or a site's "subscribe" button: the feed: scheme
 * ("feed://host/rss" for http, "feed:https://host/rss"), a scheme-relative
 * "//host/rss", and a bare "host/rss" (https; a move to http is a redirect).
 */
function withScheme(input: string): string {
  const feed = /^feed:(?:\/\/)?/i.exec(input);
  if (feed) {
    const rest = input.slice(feed[0].length);
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(rest) ? rest : `http://${rest}`;
  }
  if (input.startsWith('//')) return `https:${input}`;
  // A host name with a dot and a top-level label with a letter (not "1.2", which URL parsing reads as an
  // IPv4 address), optionally a port and a path, and no scheme of its own.
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z0-9-]*[a-z][a-z0-9-]*(?::\d+)?(?:[/?#]|$)/i.test(input) && !/^0x/i.test(input)) return `https://${input}`;
  return input;
}

export class FeedUrlError extends Error {
  override name = 'FeedUrlError';
}

const k = {
  feed: (ctx: Ctx, id: string) => key(ctx, 'feed', id),
  all: (ctx: Ctx) => key(ctx, 'feeds'),
  byUrl: (ctx: Ctx) => key(ctx, 'feeds', 'by-url'),
};

export interface AddedFeed {
  feed: Feed;
  created: boolean;
  /** The interval of a feed already there changed: the caller reschedules it. */
  changed: boolean;
  /** A feed already there was given a login other than the one it had (or none before). */
  loginChanged: boolean;
  /** What the operator should know of what was taken: a login that will travel in clear. */
  warning: string | null;
}

/** Basic authentication over http:// is readable by anyone on the path; taken (some wires have no TLS), but said. */
function loginWarning(url: string, login: FeedLogin | null): string | null {
  return login && url.startsWith('http:') ? 'the login is sent in clear over http://: give the feed as https:// if its publisher serves it' : null;
}

/**
 * Adds a feed, or returns the one already there for this URL (adding twice is
 * harmless). Given an interval for a feed already there, changes its interval.
 */
export async function addFeed(ctx: Ctx, url: string, opts: { intervalMinutes?: number; title?: string | null } = {}): Promise<AddedFeed> {
  const { url: normalised, login } = readFeedAddress(url);
  const interval = opts.intervalMinutes === undefined ? undefined : boundedInterval(opts.intervalMinutes);
  const existing = await findFeedByUrl(ctx, normalised);
  const warning = loginWarning(normalised, login);
  if (existing) return { ...(await addedAgain(ctx, existing, login, normalised, interval)), warning };
  // A feed no poll could ever fetch is refused as it is added, saying why, rather than failing every poll after.
  const blocked = blockedPortReason(normalised);
  if (blocked) throw new FeedUrlError(`not added: ${blocked}`);
  const sealed = login ? { login: login.username, sealedLogin: sealLogin(ctx.config.secret, login, new URL(normalised).origin, feedIdFor(normalised)) } : { login: null, sealedLogin: null };
  const feed: Feed = {
    id: feedIdFor(normalised),
    url: normalised,
    title: opts.title?.trim() || null,
    intervalMinutes: interval ?? ctx.config.feedPollMinutes,
    status: 'ok',
    lastError: null,
    lastWarning: null,
    lastSuccessAt: null,
    lastPollAt: null,
    nextPollAt: ctx.now(),
    errors: 0,
    etag: null,
    lastModified: null,
    ttlMinutes: null,
    addedAt: ctx.now(),
    ...sealed,
  };
  const created = await ctx.redis.hsetnx(k.byUrl(ctx), normalised, feed.id);
  if (created === 0) {
    const racer = (await findFeedByUrl(ctx, normalised))!;
    return { ...(await addedAgain(ctx, racer, login, normalised, interval)), warning };
  }
  await ctx.redis.multi().hset(k.feed(ctx, feed.id), serialise(feed)).zadd(k.all(ctx), feed.addedAt, feed.id).exec();
  return { feed, created: true, changed: false, loginChanged: false, warning };
}

async function addedAgain(ctx: Ctx, feed: Feed, login: FeedLogin | null, url: string, interval: number | undefined): Promise<Omit<AddedFeed, 'warning'>> {
  const loginChanged = login !== null && !sameLogin(ctx, feed, login, url);
  const withLogin = login ? await changeLogin(ctx, feed, login, url) : feed;
  return { ...(await changeInterval(ctx, withLogin, interval)), loginChanged };
}

/** Whether a feed's sealed login is this one, for this origin (a login neither SECRET nor SECRET_PREVIOUS can open is not). */
function sameLogin(ctx: Ctx, feed: Feed, login: FeedLogin, url: string): boolean {
  const kept = feed.sealedLogin ? (openLoginWithAny(verifyingSecrets(ctx.config), feed.sealedLogin, feed.id)?.login ?? null) : null;
  return kept !== null && kept.username === login.username && kept.password === login.password && kept.origin === new URL(url).origin;
}

/**
 * A feed added again with a login takes that login (a changed password, say), for the origin it was
 * given with; one added again without keeps its own. A new login is worth a poll now: the back-off
 * a refused login built up is forgotten (a paused feed stays paused).
 */
async function changeLogin(ctx: Ctx, feed: Feed, login: FeedLogin, url: string): Promise<Feed> {
  const changes: Partial<Feed> = { login: login.username, sealedLogin: sealLogin(ctx.config.secret, login, new URL(url).origin, feed.id) };
  if (feed.status !== 'disabled') Object.assign(changes, { status: 'ok', errors: 0, lastError: null, nextPollAt: ctx.now() });
  await updateFeed(ctx, feed.id, changes);
  return { ...feed, ...changes };
}

async function changeInterval(ctx: Ctx, feed: Feed, interval: number | undefined): Promise<{ feed: Feed; created: false; changed: boolean }> {
  if (interval === undefined || interval === feed.intervalMinutes) return { feed, created: false, changed: false };
  const changes: Partial<Feed> = { intervalMinutes: interval };
  // The next poll was set by the old interval: a feed polled hourly and now wanted every 5 minutes would wait out
  // the hour. It is set again from the last poll by the new one (<ttl> still a floor); a longer interval never brings
  // it nearer (the server's max-age may have set it later still); a back-off stands as it is.
  if (feed.status === 'ok' && feed.lastPollAt !== null) {
    const byInterval = nextPollAfterSuccess({ intervalMinutes: interval }, feed.lastPollAt, { ttlMinutes: feed.ttlMinutes, freshForMs: null });
    changes.nextPollAt = interval > feed.intervalMinutes ? Math.max(byInterval, feed.nextPollAt ?? 0) : byInterval;
  }
  await updateFeed(ctx, feed.id, changes);
  return { feed: { ...feed, ...changes }, created: false, changed: true };
}

/**
 * A login opened with a secret from SECRET_PREVIOUS, sealed again with SECRET, so that old value can be
 * dropped later. Only while the feed still keeps the very login that was opened: one given again meanwhile
 * (`feeds add` with a new password) is newer and stays. True when it was sealed again.
 */
export async function resealLogin(ctx: Ctx, feedId: string, opened: string, login: SealedLogin): Promise<boolean> {
  const resealed = sealLogin(ctx.config.secret, login, login.origin, feedId);
  return (await ctx.redis.eval(RESEAL_LOGIN, 1, k.feed(ctx, feedId), opened, resealed)) === 1;
}

const RESEAL_LOGIN = `
if redis.call('HGET', KEYS[1], 'sealedLogin') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'sealedLogin', ARGV[2])
return 1`;

export async function getFeed(ctx: Ctx, id: string): Promise<Feed | null> {
  const raw = await ctx.redis.hgetall(k.feed(ctx, id));
  return raw.id ? deserialise(raw) : null;
}

/** Finds a feed by its URL, or by a URL it had before it moved (301). */
export async function findFeedByUrl(ctx: Ctx, url: string): Promise<Feed | null> {
  const id = await ctx.redis.hget(k.byUrl(ctx), normaliseFeedUrl(url));
  return id ? getFeed(ctx, id) : null;
}

export async function listFeeds(ctx: Ctx): Promise<Feed[]> {
  const ids = await ctx.redis.zrange(k.all(ctx), '0', '-1');
  const pipeline = ctx.redis.pipeline();
  for (const id of ids) pipeline.hgetall(k.feed(ctx, id));
  const rows = (await pipeline.exec()) ?? [];
  return rows.map(([, raw]) => raw as Record<string, string>).filter((raw) => raw.id).map(deserialise);
}

export async function updateFeed(ctx: Ctx, id: string, changes: Partial<Omit<Feed, 'id'>>): Promise<void> {
  await ctx.redis.hset(k.feed(ctx, id), serialise(changes));
}

/**
 * Records what a poll found, unless the feed was disabled while the poll was
 * in flight: an operator's pause (or a 410 seen by another worker) outranks a
 * poll that started before it, so status, error and next poll stay as they are.
 * The other fields (validators, last success) are still true and are kept.
 */
export async function recordPoll(ctx: Ctx, id: string, changes: Partial<Omit<Feed, 'id'>>): Promise<void> {
  const fields = serialise(changes);
  const args = Object.entries(fields).flat();
  await ctx.redis.eval(RECORD_POLL, 1, k.feed(ctx, id), ...args);
}

// Field pairs in ARGV; the status trio is skipped when the stored status is 'disabled'.
const RECORD_POLL = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local disabled = redis.call('HGET', KEYS[1], 'status') == 'disabled'
for i = 1, #ARGV, 2 do
  local f = ARGV[i]
  if not (disabled and (f == 'status' or f == 'lastError' or f == 'nextPollAt')) then
    redis.call('HSET', KEYS[1], f, ARGV[i + 1])
  end
end
return 1`;

/** A permanent redirect: the feed answers at `url` from now on; the old URL still finds it. */
export async function moveFeed(ctx: Ctx, id: string, url: string): Promise<void> {
  const normalised = normaliseFeedUrl(url);
  await ctx.redis.multi().hset(k.feed(ctx, id), 'url', normalised).hsetnx(k.byUrl(ctx), normalised, id).exec();
}

/**
 * Another feed already known by `url` (added by that URL, or moved there), if any: the same feed
 * added twice by two of its addresses (http:// and https://, with and without "www.") meets
 * itself when one of them redirects for good to the other.
 */
export async function otherFeedAt(ctx: Ctx, id: string, url: string): Promise<Feed | null> {
  const owner = await findFeedByUrl(ctx, url);
  return owner && owner.id !== id ? owner : null;
}

/** How many copies of copies are followed to the feed that polls (a copy's original may itself have been paused since). */
const MAX_COPY_HOPS = 5;

/**
 * The feed that is polled in place of one paused as its copy (see pauseAsTwin in poll.ts), following a copy of a copy;
 * the feed itself when it is no copy, or when the feed it copied has been removed since.
 */
export async function feedPolledFor(ctx: Ctx, feed: Feed): Promise<Feed> {
  let current = feed;
  const seen = new Set([feed.id]);
  for (let hop = 0; hop < MAX_COPY_HOPS && current.status === 'disabled' && current.copyOf && !seen.has(current.copyOf); hop++) {
    const original = await getFeed(ctx, current.copyOf);
    if (!original) break;
    seen.add(original.id);
    current = original;
  }
  return current;
}

/** Stops polling a feed (the caller unschedules it); `reason` shows as its last error. */
export async function disableFeed(ctx: Ctx, id: string, reason: string): Promise<Feed | null> {
  const feed = await getFeed(ctx, id);
  if (!feed) return null;
  const changes = { status: 'disabled' as const, lastError: reason, nextPollAt: null };
  await updateFeed(ctx, id, changes);
  return { ...feed, ...changes };
}

/** Polls a disabled feed again, at once and with a clean slate (the caller reschedules it). */
export async function enableFeed(ctx: Ctx, id: string): Promise<Feed | null> {
  const feed = await getFeed(ctx, id);
  if (!feed) return null;
  const changes = { status: 'ok' as const, lastError: null, errors: 0, nextPollAt: ctx.now(), copyOf: null };
  await updateFeed(ctx, id, changes);
  return { ...feed, ...changes };
}

/**
 * Forgets a feed: its record, its URLs, and which entries it delivered. Its
 * stories stay until retention takes them (digests may still point at them);
 * those another feed also carries become that feed's (releaseFeed). The
 * caller removes its schedule.
 */
export async function removeFeed(ctx: Ctx, id: string): Promise<boolean> {
  if (!(await ctx.redis.exists(k.feed(ctx, id)))) return false;
  await releaseFeed(ctx, id, (ids) => feedsThere(ctx, ids));
  const urls: string[] = [];
  let cursor = '0';
  do {
    const [next, pairs] = await ctx.redis.hscan(k.byUrl(ctx), cursor, 'COUNT', 500);
    cursor = next;
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i + 1] === id) urls.push(pairs[i]!);
  } while (cursor !== '0');
  const m = ctx.redis.multi().del(k.feed(ctx, id)).zrem(k.all(ctx), id).del(storyKeys.items(ctx, id)).del(storyKeys.byPublished(ctx, `feed:${id}`));
  if (urls.length) m.hdel(k.byUrl(ctx), ...urls);
  const results = (await m.exec()) ?? [];
  return results[0]?.[1] === 1;
}

/** Of these feed ids, the feeds still there: their address, and whether they are polled (not paused). */
async function feedsThere(ctx: Ctx, ids: string[]): Promise<Map<string, Heir>> {
  const p = ctx.redis.pipeline();
  for (const id of ids) p.hmget(k.feed(ctx, id), 'url', 'status');
  const rows = ((await p.exec()) ?? []).map(([, row]) => row as (string | null)[]);
  return new Map(ids.flatMap((id, i) => (rows[i]?.[0] ? [[id, { url: rows[i][0], polled: rows[i][1] !== 'disabled' }] as const] : [])));
}

function serialise(feed: Partial<Feed>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [f, v] of Object.entries(feed)) out[f] = v === null || v === undefined ? '' : String(v);
  return out;
}

function deserialise(raw: Record<string, string>): Feed {
  const num = (v: string | undefined) => (v ? Number(v) : null);
  const str = (v: string | undefined) => (v ? v : null);
  return {
    id: raw.id!,
    url: raw.url!,
    title: str(raw.title),
    intervalMinutes: Number(raw.intervalMinutes),
    status: (raw.status as FeedStatus) || 'ok',
    lastError: str(raw.lastError),
    lastWarning: str(raw.lastWarning),
    lastSuccessAt: num(raw.lastSuccessAt),
    lastPollAt: num(raw.lastPollAt),
    nextPollAt: num(raw.nextPollAt),
    errors: Number(raw.errors ?? 0),
    etag: str(raw.etag),
    lastModified: str(raw.lastModified),
    ttlMinutes: num(raw.ttlMinutes),
    addedAt: Number(raw.addedAt),
    login: raw.sealedLogin ? (raw.login ?? '') : null,
    sealedLogin: str(raw.sealedLogin),
    copyOf: str(raw.copyOf),
  };
}

/**
 * Stops polling a feed for good (until enabled), keeping its stories and state.
 * The reason shows where the feed's last error does. Unscheduling is the
 * caller's (jobs/), as for every schedule.
 */
