import type { Ctx } from '../context.js';
import { redactUrl, redactUrlsIn } from '../log.js';
import { rawFingerprint } from '../stories/fingerprint.js';
import { ingestItems, type IncomingItem, type IngestResult } from '../stories/ingest.js';
import { expireStoriesIfDue } from '../stories/retention.js';
import type { Classifier } from '../topics/classifier.js';
import { decodeFeedBody } from './charset.js';
import { verifyingSecrets } from '../subscribers/tokens.js';
import { basicAuthorization, openLoginWithAny } from './credentials.js';
import { botCheckOr, FeedFetchError, fetchFeed, fetchOptions, type FetchResult } from './fetch.js';
import { HostBusyError, withHostSlot } from './hosts.js';
import { entryGuids, normaliseEntry, withDocumentBase } from './normalise.js';
import { pageFeed, pageFeedFailure, scriptForwardHint, scriptRedirectTarget, severalFeedsNote } from './discover.js';
import { FeedParseError, parseFeed, type ParsedFeed } from './parse.js';
import { outletName, siteHost } from './outlet-name.js';
import { findFeedByUrl, getFeed, moveFeed, normaliseFeedUrl, otherFeedAt, recordPoll, resealLogin, type Feed } from './store.js';
import { isDue, nextPollAfterFailure, nextPollAfterSuccess } from './timing.js';

export interface PollOutcome {
  feedId: string;
  /** `not-modified`: the server answered 304, nothing was parsed. */
  status: 'ok' | 'not-modified' | 'error';
  /** New stories. */
  added: number;
  /** Entries already stored (or exact copies of another feed's stories). */
  seen: number;
  /** New stories per topic id, for metrics. */
  topics: Record<string, number>;
  error: string | null;
  /** Stories whose entry came back with changed text. */
  updated?: number;
  /** Entries that were exact copies of stories from other feeds. */
  duplicates?: number;
  /** A problem that did not stop the poll (e.g. malformed XML read leniently). */
  warning?: string | null;
  /** Set when this poll disabled the feed (410 Gone): its schedule should go. */
  disabled?: boolean;
}

/** Why a scheduled tick did not poll. */
export interface PollSkipped {
  feedId: string;
  skipped: 'not-due' | 'disabled' | 'no-such-feed';
  nextPollAt: number | null;
}

/**
 * One poll of one feed: fetch (politely), parse, turn entries into stories,
 * classify and store the new ones, then record how it went on the feed. A
 * broken feed is an outcome, not an exception: the caller's other feeds carry on.
 */
export async function pollFeed(ctx: Ctx, classify: Classifier, feedId: string): Promise<PollOutcome> {
  const feed = await getFeed(ctx, feedId);
  if (!feed) return { feedId, status: 'error', added: 0, seen: 0, topics: {}, error: 'no such feed' };
  const fetchedAt = ctx.now();
  // Where a permanent redirect points: the feed moves there only once it has answered with a feed.
  let movedTo: string | null = null;
  try {
    let fetched = await politeFetch(ctx, feed.url, feed);
    movedTo = fetched.movedTo;
    if (movedTo) {
      const twin = await otherFeedAt(ctx, feed.id, movedTo);
      // Polling both would fetch the same document twice a round and split its stories between two feeds.
      if (twin && twin.status !== 'disabled') return await pauseAsTwin(ctx, feed, twin, fetchedAt, 'this address redirects there for good');
    }
    let current = { ...feed, url: movedTo ?? feed.url };
    if (fetched.status === 'not-modified') {
      if (movedTo) await moveFeed(ctx, feed.id, movedTo);
      await recordSuccess(ctx, current, fetched, null, fetchedAt);
      return { feedId, status: 'not-modified', added: 0, seen: 0, topics: {}, error: null, warning: null };
    }
    let ingested;
    try {
      ingested = await ingestDocument(ctx, classify, current, { body: fetched.body, contentType: fetched.contentType, url: fetched.url }, fetchedAt);
      if (movedTo) await moveFeed(ctx, feed.id, movedTo);
    } catch (error) {
      // A web page where the feed was expected: follow the feed it declares, once, and keep that URL.
      // A page that names no feed but forwards with <meta http-equiv="refresh"> is followed the same way.
      const page = error instanceof FeedParseError && error.htmlPage ? decodeFeedBody(fetched.body, fetched.contentType).text : null;
      const lead = page === null ? null : pageFeed(page, fetched.url);
      if (!lead || lead.url === current.url) throw botCheckOr(page === null ? error : withScriptForward(error as FeedParseError, page, fetched.url), fetched);
      const twin = await otherFeedAt(ctx, feed.id, lead.url);
      if (twin && twin.status !== 'disabled') return await pauseAsTwin(ctx, feed, twin, fetchedAt, 'this address is a page that names it as its feed');
      fetched = await politeFetch(ctx, lead.url, { id: feed.id, sealedLogin: feed.sealedLogin }).catch((failure: unknown) => {
        throw pageFeedFailure(lead, failure);
      });
      if (fetched.status !== 'ok') throw error;
      current = { ...current, url: fetched.movedTo ?? lead.url };
      ingested = withWarning(await ingestDocument(ctx, classify, current, { body: fetched.body, contentType: fetched.contentType, url: fetched.url }, fetchedAt), severalFeedsNote(lead.named));
      await moveFeed(ctx, feed.id, current.url);
      ctx.log.info({ feedId, from: redactUrl(feed.url), to: redactUrl(current.url) }, 'feed found through the page’s <link rel="alternate">');
    }
    const { result } = ingested;
    let { parsed } = ingested;
    const announced = announcedMove(parsed, current.url);
    // Two addresses that name each other (or a 301 back to where the document says it has left) would swap the feed's
    // address every poll: an address the feed has already had is no move, and the feed stays where it answers.
    const loop = announced ? await movedAwayFrom(ctx, feed.id, announced, current.url) : null;
    if (loop) {
      ctx.log.warn({ feedId, at: redactUrl(current.url), named: redactUrl(announced!) }, 'feed names an address it has moved away from: not followed');
      parsed = { ...parsed, warning: [parsed.warning, loop].filter(Boolean).join('; ') };
    } else if (announced) {
      const twin = await otherFeedAt(ctx, feed.id, announced);
      if (twin && twin.status !== 'disabled') {
        const paused = await pauseAsTwin(ctx, current, twin, fetchedAt, 'this feed says it has moved there');
        return { ...paused, added: result.added, seen: result.seen, topics: result.topics };
      }
      await moveFeed(ctx, feed.id, announced);
      ctx.log.info({ feedId, from: redactUrl(current.url), to: redactUrl(announced) }, 'feed moved where its itunes:new-feed-url says');
      // The old address's validators mean nothing to the new one.
      fetched = { ...fetched, etag: null, lastModified: null };
      current = { ...current, url: announced };
    }
    await recordSuccess(ctx, current, fetched, parsed, fetchedAt);
    return {
      feedId,
      status: 'ok',
      added: result.added,
      seen: result.seen,
      topics: result.topics,
      error: null,
      updated: result.updated,
      duplicates: result.duplicates,
      warning: parsed.warning,
    };
  } catch (error) {
    const pointsTo = movedTo ?? (error instanceof FeedFetchError ? (error.details.movedTo ?? null) : null);
    const message = redactUrlsIn(withMoveNote(error instanceof Error ? error.message : String(error), pointsTo));
    ctx.log.warn({ feedId, url: redactUrl(feed.url), err: message }, 'feed poll failed');
    // Our own throttle is not the feed's fault: no back-off, the next tick tries again.
    if (error instanceof HostBusyError) return { feedId, status: 'error', added: 0, seen: 0, topics: {}, error: message };
    const disabled = await recordFailure(ctx, feed, message, error, fetchedAt);
    return { feedId, status: 'error', added: 0, seen: 0, topics: {}, error: message, disabled };
  } finally {
    await expireStoriesIfDue(ctx).catch((error: Error) => ctx.log.warn({ err: error.message }, 'story retention failed'));
  }
}

/** An ingested document with a note of the poll's own added to its parse warning. */
function withWarning<T extends { parsed: ParsedFeed }>(ingested: T, note: string | null): T {
  return note ? { ...ingested, parsed: { ...ingested.parsed, warning: [ingested.parsed.warning, note].filter(Boolean).join('; ') } } : ingested;
}

/**
 * The feed has moved for good to an address another feed already has: it is that feed, added
 * twice. This copy is paused (its stories stay), saying which feed goes on; the other one polls.
 */
async function pauseAsTwin(ctx: Ctx, feed: Feed, twin: Feed, at: number, how: string): Promise<PollOutcome> {
  const reason = `the same feed as ${redactUrl(twin.url)} (${how}), which is already polled: this copy is paused; remove it`;
  await recordPoll(ctx, feed.id, { status: 'disabled', lastError: reason, lastPollAt: at, nextPollAt: null, copyOf: twin.id });
  ctx.log.info({ feedId: feed.id, twin: twin.id, url: redactUrl(feed.url) }, 'feed paused: the same as another feed');
  return { feedId: feed.id, status: 'error', added: 0, seen: 0, topics: {}, error: reason, disabled: true };
}

/**
 * The address a feed says it has moved to (a podcast's itunes:new-feed-url), normalised as feed URLs are, when it is
 * another than the one just polled. Followed as a 301 is, after this document's stories are in.
 */
function announcedMove(parsed: ParsedFeed, currentUrl: string): string | null {
  if (!parsed.newFeedUrl) return null;
  let url: string;
  try {
    url = normaliseFeedUrl(parsed.newFeedUrl);
  } catch {
    return null;
  }
  return url === normaliseFeedUrl(currentUrl) ? null : url;
}

/**
 * Why the feed does not move to `announced`: the address is one the feed has had before (it was added by it, or moved
 * from it), so following it would undo a move; null when the address is new to the feed.
 */
async function movedAwayFrom(ctx: Ctx, feedId: string, announced: string, currentUrl: string): Promise<string | null> {
  const owner = await findFeedByUrl(ctx, announced);
  if (owner?.id !== feedId) return null;
  return `this feed says it has moved to ${redactUrl(announced)}, an address it has already moved away from: it stays at ${redactUrl(currentUrl)} (the two addresses name each other as the feed’s new one)`;
}

/** One fetch, each of its requests holding one of its host's request slots; with the feed's login when it has one. */
async function politeFetch(ctx: Ctx, url: string, feed: { id: string; etag?: string | null; lastModified?: string | null; sealedLogin?: string | null }): Promise<FetchResult> {
  const options = fetchOptions(ctx.config);
  const login = feed.sealedLogin ? await openedLogin(ctx, feed.sealedLogin, feed.id) : null;
  const slot = { leaseMs: options.timeoutMs + 5_000, waitMs: options.timeoutMs * 2 };
  return fetchFeed(url, { ...options, etag: feed.etag, lastModified: feed.lastModified, login, hostSlot: (at, work) => withHostSlot(ctx, at, slot, work) });
}

/** The feed's login, opened with SECRET or one it replaced; one opened with an old secret is sealed again with SECRET. */
async function openedLogin(ctx: Ctx, sealed: string, feedId: string): Promise<{ authorization: string; origin: string }> {
  const opened = openLoginWithAny(verifyingSecrets(ctx.config), sealed, feedId);
  if (!opened) throw new FeedFetchError(LOGIN_UNREADABLE);
  if (opened.stale && (await resealLogin(ctx, feedId, sealed, opened.login))) {
    ctx.log.info({ feedId }, 'feed login sealed again with the current SECRET (it was opened with one from SECRET_PREVIOUS)');
  }
  return { authorization: basicAuthorization(opened.login), origin: opened.login.origin };
}

const LOGIN_UNREADABLE =
  'the feed’s login can no longer be read (SECRET has changed since it was added and its old value is not in SECRET_PREVIOUS, or it was sealed for another feed): add the feed again as https://user:password@…';

/**
 * Decode, parse and ingest one feed document. Split from pollFeed so the
 * ingest bench (and tests) can run the same path without HTTP.
 */
export async function ingestDocument(
  ctx: Ctx,
  classify: Classifier,
  feed: Pick<Feed, 'id' | 'url' | 'title'>,
  doc: { body: Buffer; contentType: string | null; url: string },
  fetchedAt: number,
): Promise<{ parsed: ParsedFeed; result: IngestResult }> {
  const parsed = await parseFeed(decodeFeedBody(doc.body, doc.contentType).text, doc.contentType);
  const title = parsed.title ?? feed.title;
  // Without a title that names the outlet, the site's host does: the site the feed names, else the feed's own.
  const source = (title && outletName(title)) || siteHost(parsed.link, feed.url);
  const result = await ingestItems(ctx, classify, { id: feed.id, url: feed.url, source }, incomingItems(parsed, doc.url, fetchedAt), fetchedAt);
  const ingested = withWarning({ parsed, result }, mediaOnlyNote(parsed));
  if (result.unread.length === 0) return ingested;
  const unread = result.unread.map((u) => ({ guid: redactUrlsIn(u.guid), error: redactUrlsIn(u.error) }));
  ctx.log.warn({ feedId: feed.id, unread }, 'feed entries could not be read: left out, the others stored');
  return withWarning(ingested, unreadNote(unread));
}

/**
 * The feed's warning for items that are an audio or video file alone, with no title and no words (a radio desk's hourly
 * bulletin: `<item><enclosure url="…/1400.mp3" type="audio/mpeg"/><pubDate>…</pubDate></item>`). A digest is read, and such
 * an item has nothing to read or to file under a topic, so it is no story; the warning says why the feed's audio is
 * missing, naming the first file. An item with a title or text keeps its file as its link when it has no other.
 */
export function mediaOnlyNote(parsed: ParsedFeed): string | null {
  const bare = parsed.entries.filter((e) => e.media && !e.title?.trim() && !e.content?.trim() && !e.summary?.trim());
  if (bare.length === 0) return null;
  const count = bare.length === 1 ? '1 item is' : `${bare.length} items are`;
  return `${count} an audio or video file alone, with no title or text to read, and left out: ${redactUrlsIn(bare[0]!.media!)}`;
}

/** The feed's warning for entries left out: how many, and the first one's error, so an operator can report it. */
export function unreadNote(unread: { guid: string; error: string }[]): string {
  const count = unread.length === 1 ? '1 entry' : `${unread.length} entries`;
  return `${count} could not be read and ${unread.length === 1 ? 'was' : 'were'} left out (tried again when the feed changes): ${unread[0]!.guid}: ${unread[0]!.error}`;
}

/** A parsed feed's entries as the story store takes them: identity and fingerprint now, normalisation only if needed. */
export function incomingItems(parsed: ParsedFeed, url: string, fetchedAt: number): IncomingItem[] {
  const nctx = withDocumentBase({ feedUrl: url, feed: parsed, fetchedAt });
  const guids = entryGuids(parsed.entries, nctx);
  return parsed.entries.map((entry, i) => {
    const guid = guids[i]!;
    return {
      guid,
      fingerprint: rawFingerprint([entry.title, entry.link, entry.content, entry.summary, entry.authors[0], entry.images[0], entry.categories.join('\n')]),
      draft: () => normaliseEntry(entry, nctx, guid),
    };
  });
}

/** A page's error, saying where a script in it forwards to (scriptRedirectTarget) when one does. */
function withScriptForward(error: FeedParseError, page: string, pageUrl: string): FeedParseError {
  const target = scriptRedirectTarget(page, pageUrl);
  return target ? new FeedParseError(`${error.message}; ${scriptForwardHint(target)}`, true) : error;
}

/** For the feed-poll processor: whether a scheduled tick should poll now. */
export async function checkDue(ctx: Ctx, feedId: string): Promise<PollSkipped | null> {
  const feed = await getFeed(ctx, feedId);
  if (!feed) return { feedId, skipped: 'no-such-feed', nextPollAt: null };
  if (feed.status === 'disabled') return { feedId, skipped: 'disabled', nextPollAt: null };
  return isDue(feed, ctx.now()) ? null : { feedId, skipped: 'not-due', nextPollAt: feed.nextPollAt };
}

async function recordSuccess(ctx: Ctx, feed: Feed, fetched: FetchResult, parsed: ParsedFeed | null, at: number): Promise<void> {
  const ttlMinutes = parsed ? parsed.ttlMinutes : feed.ttlMinutes;
  await recordPoll(ctx, feed.id, {
    title: parsed?.title ?? feed.title,
    status: 'ok',
    lastError: null,
    lastWarning: parsed?.warning ?? (parsed ? null : feed.lastWarning),
    errors: 0,
    lastSuccessAt: at,
    lastPollAt: at,
    nextPollAt: nextPollAfterSuccess(feed, at, { ttlMinutes, freshForMs: fetched.freshForMs }),
    // A 304 may omit the validators: keep the ones that earned it.
    etag: fetched.etag ?? (fetched.status === 'not-modified' ? feed.etag : null),
    lastModified: fetched.lastModified ?? (fetched.status === 'not-modified' ? feed.lastModified : null),
    ttlMinutes,
  });
}

/** Returns whether the feed is now disabled. */
/**
 * A failure after a permanent redirect says where the redirect points: the feed keeps the address it was added by
 * until that target answers with a feed (a redesign sending the old feed address to a missing page or the home page
 * would otherwise lose it for good).
 */
function withMoveNote(message: string, movedTo: string | null): string {
  return movedTo ? `${message} (this address redirects for good to ${movedTo}; the feed keeps its address until that one answers with a feed)` : message;
}

/** `message` is shown in lists and answers: no user info or key-like query value of any URL in it. */
async function recordFailure(ctx: Ctx, feed: Feed, message: string, error: unknown, at: number): Promise<boolean> {
  const details = error instanceof FeedFetchError ? error.details : {};
  const errors = feed.errors + 1;
  if (details.gone) {
    await recordPoll(ctx, feed.id, { status: 'disabled', lastError: message, errors, lastPollAt: at, nextPollAt: null });
    return true;
  }
  await recordPoll(ctx, feed.id, {
    status: 'backing-off',
    lastError: message,
    errors,
    lastPollAt: at,
    nextPollAt: nextPollAfterFailure(feed, at, errors, details.retryAfterMs ?? null),
  });
  return false;
}
