import { randomBytes } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { maskEmail } from '../log.js';
import { classifySmtpError, senderDomain, stableMessageId, type Mailer } from '../mail/transport.js';
import { listUnsubscribeHeaders, signedLink } from '../subscribers/links.js';
import { getSubscriber, setDigestCursor, type Subscriber } from '../subscribers/store.js';
import { isSuppressed } from '../subscribers/suppression.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { hardFailuresKey, recordHardFailure } from './bounces.js';
import { describeSlot, editionFor } from './editions.js';
import { digestView, renderDigest, type RenderedDigest } from './render.js';
import { lookbackMs, selectStories, type Selection, type StoryCache } from './select.js';

export type SendResult =
  | { status: 'sent'; messageId: string; storyIds: string[] }
  | { status: 'already-sent' }
  | { status: 'nothing-new' }
  | { status: 'skipped'; reason: string };

export interface LedgerEntry {
  edition: string;
  messageId: string | null;
  storyIds: string[];
  /** Clusters sent, so a late copy of one is not sent again. */
  clusters?: string[];
  at: number;
}

/** Another worker holds this (edition, subscriber): retry later, when its ledger entry will tell. */
export class DigestBusyError extends Error {
  override name = 'DigestBusyError';
}

/** This digest will never be accepted as it is: do not retry it. */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError';
  readonly permanent = true;
}

/** The mail server refused the address itself (5xx); counted towards `bouncing`. */
export class HardBounceError extends PermanentSendError {
  override name = 'HardBounceError';
}

const LEDGER_TTL_S = 40 * 24 * 3600;
const HISTORY_KEPT = 100;
/** Recent digests whose clusters are not repeated. */
const HISTORY_CHECKED = 10;

const k = {
  ledger: (ctx: Ctx, edition: string) => key(ctx, 'ledger', edition),
  claim: (ctx: Ctx, edition: string, sub: string) => key(ctx, 'ledger', edition, 'claim', sub),
  history: (ctx: Ctx, sub: string) => key(ctx, 'sub', sub, 'digests'),
};

export interface DigestDeps {
  mailer: Mailer;
  taxonomy: Taxonomy;
  /** Shared by the digests of one process; without it every digest reads its stories. */
  stories?: StoryCache;
}

export interface ComposedDigest {
  selection: Selection;
  /** Null when there is nothing new and DIGEST_NOTHING_NEW=skip. */
  rendered: RenderedDigest | null;
  headers: Record<string, string>;
}

/**
 * What this subscriber's digest of `editionLabel` holds at `until`: stories
 * since their cursor, rendered. No side effects, so preview uses it too.
 */
export async function composeDigest(ctx: Ctx, deps: DigestDeps, subscriber: Subscriber, editionLabel: string, until: number): Promise<ComposedDigest> {
  const lookback = lookbackMs(ctx, subscriber.frequency);
  const alreadySent = digestHistory(ctx, subscriber.id, HISTORY_CHECKED).then(
    (history) => new Set(history.filter((e) => e.at > until - lookback).flatMap((e) => e.clusters ?? [])),
  );
  const selection = await selectStories(ctx, deps.taxonomy, subscriber, {
    until,
    maxPerTopic: ctx.config.digestMaxPerTopic,
    lookbackMs: lookback,
    alreadySent,
    stories: deps.stories,
  });
  const headers = {
    ...listUnsubscribeHeaders(ctx, subscriber.id),
    'List-Id': `wirebrief digest <digest.${senderDomain(ctx.config.mailFrom)}>`,
  };
  if (selection.storyIds.length === 0 && ctx.config.digests.nothingNew === 'skip') return { selection, rendered: null, headers };
  const view = digestView({
    editionLabel,
    sections: selection.sections,
    since: selection.from,
    timezone: subscriber.timezone,
    topicsLine: subscriber.topics.map((t) => deps.taxonomy.byId.get(t)?.label ?? t).join(', '),
    slotLine: describeSlot(subscriber),
    manageUrl: signedLink(ctx, subscriber.id, 'manage'),
    unsubscribeUrl: signedLink(ctx, subscriber.id, 'unsubscribe'),
  });
  return { selection, rendered: await renderDigest(view), headers };
}

/** The subscriber's current edition as it would go out now; nothing is sent or moved. */
export async function previewDigest(ctx: Ctx, deps: DigestDeps, subscriber: Subscriber): Promise<ComposedDigest & { edition: string }> {
  const now = ctx.now();
  const edition = editionFor(subscriber, now);
  return { ...(await composeDigest(ctx, deps, subscriber, edition.label, now)), edition: edition.id };
}

/**
 * Sends one subscriber their digest of one edition, at most once. The queue
 * delivers at least once, so this step checks the ledger itself and claims the
 * (edition, subscriber) pair before it sends; the ledger entry, the history
 * and the cursor are written only after the mail server accepted the message.
 * A crash between acceptance and that write is the one way to a second copy.
 */
export async function sendDigest(ctx: Ctx, deps: DigestDeps, subscriberId: string, edition: string, editionLabel: string): Promise<SendResult> {
  // Independent reads go out together (one round trip, one write with auto-pipelining).
  const [done, subscriber] = await Promise.all([ctx.redis.hexists(k.ledger(ctx, edition), subscriberId), getSubscriber(ctx, subscriberId)]);
  if (done) return { status: 'already-sent' };
  if (!subscriber) return { status: 'skipped', reason: 'no such subscriber' };
  if (subscriber.status !== 'active') return { status: 'skipped', reason: subscriber.status };

  return withClaim(ctx, k.claim(ctx, edition, subscriberId), isSuppressed(ctx, subscriber.email), async (suppressed) => {
    if (suppressed) return { status: 'skipped', reason: 'suppressed' };
    if (await ctx.redis.hexists(k.ledger(ctx, edition), subscriberId)) return { status: 'already-sent' };
    const until = ctx.now();
    const { selection, rendered, headers } = await composeDigest(ctx, deps, subscriber, editionLabel, until);
    const entry = { edition, storyIds: selection.storyIds, clusters: selection.clusters, at: until };
    if (!rendered) {
      await record(ctx, subscriberId, { ...entry, messageId: null });
      return { status: 'nothing-new' };
    }
    const messageId = stableMessageId(ctx.config.secret, ctx.config.mailFrom, edition, subscriberId);
    try {
      await deps.mailer.send({ to: subscriber.email, ...rendered, headers, messageId });
    } catch (error) {
      throw await refusal(ctx, subscriber, edition, error);
    }
    await record(ctx, subscriberId, { ...entry, messageId });
    ctx.log.debug({ subscriber: subscriberId, email: maskEmail(subscriber.email), edition, stories: selection.storyIds.length }, 'digest sent');
    return { status: 'sent', messageId, storyIds: selection.storyIds };
  });
}

/** Turns an SMTP failure into the error the queue acts on: retry (transient) or stop (permanent). */
async function refusal(ctx: Ctx, subscriber: Subscriber, edition: string, error: unknown): Promise<Error> {
  const message = error instanceof Error ? error.message : String(error);
  const kind = classifySmtpError(error);
  if (kind === 'transient') return error instanceof Error ? error : new Error(message);
  if (kind === 'permanent') return new PermanentSendError(`digest ${edition} refused for good: ${message}`);
  const { count, bouncing } = await recordHardFailure(ctx, subscriber, message);
  return new HardBounceError(`address refused (${count} of ${ctx.config.digests.hardBounces}${bouncing ? ': now bouncing' : ''}): ${message}`);
}

/**
 * Holds a short Redis claim on (edition, subscriber) while composing and
 * sending, renewed as long as this process works on it. A killed worker's
 * claim lapses after DIGEST_LOCK_SECONDS, as its BullMQ job lock does, so the
 * retry does not wait long. `alongside` is a read to wait for with the claim.
 */
async function withClaim<T, A>(ctx: Ctx, claimKey: string, alongside: Promise<A>, work: (a: A) => Promise<T>): Promise<T> {
  const ttlMs = ctx.config.digests.lockSeconds * 1000;
  const token = randomBytes(8).toString('hex');
  const [claim, read] = await Promise.allSettled([ctx.redis.set(claimKey, token, 'PX', ttlMs, 'NX'), alongside]);
  if (claim.status === 'rejected') throw claim.reason;
  if (!claim.value) throw new DigestBusyError(`${claimKey} is being sent by another worker`);
  if (read.status === 'rejected') {
    await ctx.redis.eval(RELEASE, 1, claimKey, token);
    throw read.reason;
  }
  const renew = setInterval(() => {
    ctx.redis.eval(RENEW, 1, claimKey, token, String(ttlMs)).catch(() => undefined);
  }, ttlMs / 3);
  renew.unref();
  try {
    return await work(read.value);
  } finally {
    clearInterval(renew);
    await ctx.redis.eval(RELEASE, 1, claimKey, token);
  }
}

const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/** Ledger, history and cursor move together, in one transaction; a success clears the bounce count. */
async function record(ctx: Ctx, subscriberId: string, entry: LedgerEntry): Promise<void> {
  const tx = ctx.redis
    .multi()
    .hset(k.ledger(ctx, entry.edition), subscriberId, JSON.stringify(entry))
    .expire(k.ledger(ctx, entry.edition), LEDGER_TTL_S)
    .lpush(k.history(ctx, subscriberId), JSON.stringify(entry))
    .ltrim(k.history(ctx, subscriberId), 0, HISTORY_KEPT - 1);
  if (entry.messageId) tx.del(hardFailuresKey(ctx, subscriberId));
  await setDigestCursor(ctx, subscriberId, entry.at, tx).exec();
}

export async function ledgerEntry(ctx: Ctx, edition: string, subscriberId: string): Promise<LedgerEntry | null> {
  const raw = await ctx.redis.hget(k.ledger(ctx, edition), subscriberId);
  return raw ? (JSON.parse(raw) as LedgerEntry) : null;
}

/** Which of these (edition, subscriber) pairs are done already (sent, or nothing new). */
export async function inLedger(ctx: Ctx, pairs: { edition: string; subscriberId: string }[]): Promise<boolean[]> {
  if (pairs.length === 0) return [];
  const p = ctx.redis.pipeline();
  for (const { edition, subscriberId } of pairs) p.hexists(k.ledger(ctx, edition), subscriberId);
  const rows = (await p.exec()) ?? [];
  return rows.map(([, n]) => n === 1);
}

export async function digestHistory(ctx: Ctx, subscriberId: string, limit = HISTORY_KEPT): Promise<LedgerEntry[]> {
  const rows = await ctx.redis.lrange(k.history(ctx, subscriberId), 0, limit - 1);
  return rows.map((row) => JSON.parse(row) as LedgerEntry);
}

/**
 * Erasure of a subscriber: their ledger entries and digest history go. The
 * history names every edition still in the ledger (it keeps 100 entries; the
 * ledger 40 days).
 */
export async function forgetDigests(ctx: Ctx, subscriberId: string): Promise<void> {
  const editions = new Set((await digestHistory(ctx, subscriberId)).map((entry) => entry.edition));
  const tx = ctx.redis.multi();
  for (const edition of editions) tx.hdel(k.ledger(ctx, edition), subscriberId);
  await tx.unlink(k.history(ctx, subscriberId)).exec();
}
