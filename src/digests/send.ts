import { createHash, randomBytes } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { maskEmail } from '../log.js';
import { AUTOMATIC_MAIL_HEADERS, classifySmtpError, outcomeUnknown, senderDomain, stableMessageId, type Mailer } from '../mail/transport.js';
import { listUnsubscribeHeaders, signedLink } from '../subscribers/links.js';
import { isSecondRecordOfMailbox, subscriberFromHash, subscriberKey, subscriberRecordKey, type Subscriber } from '../subscribers/store.js';
import { isSuppressed } from '../subscribers/suppression.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { hardFailuresKey, recordHardFailure } from './bounces.js';
import { describeSlot, editionFor, localDate } from './editions.js';
import { digestView, renderDigest, type RenderedDigest } from './render.js';
import { lookbackMs, selectStories, type CandidateCache, type Selection, type StoryCache } from './select.js';

export type SendResult =
  /** `secondCopyPossible`: an earlier attempt had handed this digest to the mail server whole and heard no answer. */
  | { status: 'sent'; messageId: string; storyIds: string[]; secondCopyPossible?: true }
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
/** How long a digest handed to the mail server with no answer recorded is remembered for its retries. */
const HANDED_OVER_TTL_S = 7 * 24 * 3600;
const HISTORY_KEPT = 100;
/** Recent digests whose clusters are not repeated. */
const HISTORY_CHECKED = 10;

const k = {
  ledger: (ctx: Ctx, edition: string) => key(ctx, 'ledger', edition),
  claim: (ctx: Ctx, edition: string, sub: string) => key(ctx, 'ledger', edition, 'claim', sub),
  /** Held with the edition's claim by whichever send of this subscriber's digests is under way, whatever its edition. */
  subscriberClaim: (ctx: Ctx, sub: string) => subscriberKey(ctx, sub, 'digest-claim'),
  /** Edition -> Message-ID of digests the mail server has had whole while no answer is recorded. */
  handedOver: (ctx: Ctx, sub: string) => subscriberKey(ctx, sub, 'digest-handed-over'),
  history: (ctx: Ctx, sub: string) => subscriberKey(ctx, sub, 'digests'),
};

export interface DigestDeps {
  mailer: Mailer;
  taxonomy: Taxonomy;
  /** Shared by the digests of one process; without it every digest reads its stories. */
  stories?: StoryCache;
  /** Shared ranked candidates per topic (sending processes); without it every digest selects afresh at `until`. */
  candidates?: CandidateCache;
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
export async function composeDigest(
  ctx: Ctx,
  deps: DigestDeps,
  subscriber: Subscriber,
  editionLabel: string,
  until: number,
  /** The subscriber's recent digests when the caller has read them already. */
  history?: LedgerEntry[],
): Promise<ComposedDigest> {
  const lookback = lookbackMs(ctx, subscriber.frequency);
  // A cluster sent before may have merged into another since: selectStories takes it to the one it is part of now.
  const recent = (h: LedgerEntry[]) => new Set(h.filter((e) => e.at > until - lookback).flatMap((e) => e.clusters ?? []));
  const alreadySent = history ? recent(history) : digestHistory(ctx, subscriber.id, HISTORY_CHECKED).then(recent);
  const selection = await selectStories(ctx, deps.taxonomy, subscriber, {
    until,
    maxPerTopic: ctx.config.digestMaxPerTopic,
    lookbackMs: lookback,
    alreadySent,
    stories: deps.stories,
    candidates: deps.candidates,
  });
  const headers = {
    ...AUTOMATIC_MAIL_HEADERS,
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
 *
 * The claim is two keys taken together: the (edition, subscriber) pair's and
 * the subscriber's own, so two editions of one subscriber (a daily and a weekly
 * due at once after a frequency switch, on two workers) are never sent at the
 * same time: the second waits (DigestBusyError, retried shortly) and then
 * finds the first in the history, where the one-digest-a-day check sees it.
 *
 * When the mail server has had the whole message, before its answer, the send
 * notes it (`sub:<id>:digest-handed-over`); recording the digest, or a refusal,
 * clears the note. A later attempt that finds it knows the server may have
 * delivered the digest already (the answer was lost: a kill, a dropped
 * connection, a shutdown that could wait no longer). It sends again, with the
 * same Message-ID, rather than risk losing the digest, and says so: a warning
 * in the log, `secondCopyPossible` in its result, and a count in
 * `wirebrief_digests_sent_again_total`.
 *
 * Redis work per digest: one script checks the ledger, reads the subscriber
 * and their recent digests and takes the claim; one command asks about
 * suppression; one script checks the claim is still ours and the subscriber
 * still active just before the mail goes; one transaction, not waited for, notes the hand-over; one script
 * records the digest, clears the note and lets go of the claim.
 */
export async function sendDigest(ctx: Ctx, deps: DigestDeps, subscriberId: string, edition: string, editionLabel: string): Promise<SendResult> {
  const ttlMs = ctx.config.digests.lockSeconds * 1000;
  const token = randomBytes(8).toString('hex');
  const claimKey = k.claim(ctx, edition, subscriberId);
  const claimKeys = [claimKey, k.subscriberClaim(ctx, subscriberId)];
  const handedOverKey = k.handedOver(ctx, subscriberId);
  const begun = (await runLua(ctx, BEGIN, [k.ledger(ctx, edition), subscriberRecordKey(ctx, subscriberId), k.history(ctx, subscriberId), ...claimKeys, handedOverKey], [subscriberId, token, String(ttlMs), String(HISTORY_CHECKED), edition])) as [string, string[]?, string[]?, string?];
  const [state, raw = [], historyRows = [], earlier = null] = begun;
  if (state === 'sent') return { status: 'already-sent' };
  if (state === 'missing') return { status: 'skipped', reason: 'no such subscriber' };
  if (state === 'busy') throw new DigestBusyError(`${claimKey} is being sent by another worker`);
  if (state === 'busy-subscriber') throw new DigestBusyError(`another digest of subscriber ${subscriberId} is being sent: ${edition} waits for it`);
  const subscriber = subscriberFromHash(pairs(raw));
  if (state !== 'claimed') return { status: 'skipped', reason: subscriber.status };

  // The claim is ours: renewed while we work, let go of by `record` or, failing that, below.
  let held = true;
  const renew = setInterval(() => {
    ctx.redis.eval(RENEW, 2, ...claimKeys, token, String(ttlMs)).catch(() => undefined);
  }, ttlMs / 3);
  renew.unref();
  try {
    if (await isSuppressed(ctx, subscriber.email)) return { status: 'skipped', reason: 'suppressed' };
    // One inbox, one digest: the mailbox's other record gets it.
    if (await isSecondRecordOfMailbox(ctx, subscriber)) return { status: 'skipped', reason: 'another record of this mailbox' };
    const history = historyRows.map((row) => JSON.parse(row) as LedgerEntry);
    // A move to a time zone whose calendar lags the old one (Kolkata to Los Angeles) makes an edition due that is
    // older than one already sent: a second digest the same day, dated the day before. Its stories go in the next.
    const later = laterEdition(edition, history);
    if (later) return { status: 'skipped', reason: `edition ${later} already sent` };
    const until = ctx.now();
    const sameDay = otherFrequencySameDay(edition, history, subscriber.timezone, until);
    if (sameDay) return { status: 'skipped', reason: `digest ${sameDay} already sent that day` };
    const { selection, rendered, headers } = await composeDigest(ctx, deps, subscriber, editionLabel, until, history);
    const entry = { edition, storyIds: selection.storyIds, clusters: selection.clusters, at: selection.until };
    if (!rendered) {
      await record(ctx, subscriberId, { ...entry, messageId: null }, claimKeys, token);
      held = false;
      return { status: 'nothing-new' };
    }
    const messageId = stableMessageId(ctx.config.secret, ctx.config.mailFrom, edition, subscriberId);
    // A process that stalled past its claim (a long pause: what BullMQ calls a stalled job) may find that another
    // worker took the digest over and sent it meanwhile: still holding the claim, renewed, is what permits sending.
    // The reader may have left meanwhile too (a one-click unsubscribe answered while this digest was composed): the
    // record is read again in the same step, and a subscriber no longer active gets nothing.
    const cleared = (await runLua(ctx, PRESEND, [...claimKeys, subscriberRecordKey(ctx, subscriberId)], [token, String(ttlMs)])) as string;
    if (cleared === 'taken') {
      held = false;
      throw new DigestBusyError(`${claimKey} was taken over while this digest was being composed`);
    }
    if (cleared !== 'ok') return { status: 'skipped', reason: cleared === 'missing' ? 'no such subscriber' : cleared };
    let handedOver = false;
    // Written as the server takes the whole message; recording the digest clears it (same connection, so in order).
    const noteHandedOver = () => {
      handedOver = true;
      ctx.redis.multi().hset(handedOverKey, edition, messageId).expire(handedOverKey, HANDED_OVER_TTL_S).exec().catch(() => undefined);
    };
    try {
      // Fields named, not spread: spreading would join the HTML pieces for nothing.
      const { subject, htmlPieces, text } = rendered;
      await deps.mailer.send({ to: subscriber.email, subject, get html() { return rendered.html; }, htmlPieces, text, headers, messageId, handedOver: noteHandedOver });
    } catch (error) {
      // The server answered no (or never had the whole message): nothing of this attempt can arrive.
      if (handedOver && !outcomeUnknown(error)) await ctx.redis.hdel(handedOverKey, edition).catch(() => undefined);
      throw await refusal(ctx, subscriber, edition, error);
    }
    await record(ctx, subscriberId, { ...entry, messageId }, claimKeys, token);
    held = false;
    const log = { subscriber: subscriberId, email: maskEmail(subscriber.email), edition, stories: selection.storyIds.length };
    if (earlier) {
      ctx.log.warn({ ...log, messageId }, 'digest sent again: an earlier attempt had handed it to the mail server whole and heard no answer, so this may be a second copy (same Message-ID)');
      return { status: 'sent', messageId, storyIds: selection.storyIds, secondCopyPossible: true };
    }
    ctx.log.debug(log, 'digest sent');
    return { status: 'sent', messageId, storyIds: selection.storyIds };
  } finally {
    clearInterval(renew);
    if (held) await ctx.redis.eval(RELEASE, 2, ...claimKeys, token);
  }
}

/**
 * An edition of the same frequency later than `edition` in the subscriber's
 * recent digests, if any. Edition ids of one frequency sort by time
 * (`daily-YYYY-MM-DD`, `weekly-YYYY-Www`).
 */
export function laterEdition(edition: string, history: readonly Pick<LedgerEntry, 'edition'>[]): string | null {
  const frequency = edition.slice(0, edition.indexOf('-') + 1);
  let latest: string | null = null;
  for (const { edition: sent } of history) if (sent.startsWith(frequency) && sent > edition && (latest === null || sent > latest)) latest = sent;
  return latest;
}

/**
 * A digest of the other frequency mailed on this local day, or on the day a
 * daily edition is for (its catch-up hours run past midnight), if any: a
 * subscriber who switches daily <-> weekly on the day of a digest gets one
 * that day, not two. Nothing is lost: the cursor stays where that digest
 * left it, so the next edition carries what this one would have.
 */
export function otherFrequencySameDay(edition: string, history: readonly Pick<LedgerEntry, 'edition' | 'messageId' | 'at'>[], timezone: string, now: number): string | null {
  const frequency = edition.slice(0, edition.indexOf('-') + 1);
  const days = new Set([localDate(now, timezone), ...(frequency === 'daily-' ? [edition.slice(frequency.length)] : [])]);
  return history.find((sent) => Boolean(sent.messageId) && typeof sent.at === 'number' && !sent.edition.startsWith(frequency) && days.has(localDate(sent.at, timezone)))?.edition ?? null;
}

function pairs(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]!] = flat[i + 1]!;
  return out;
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

interface Lua {
  source: string;
  sha: string;
}
const lua = (source: string): Lua => ({ source, sha: createHash('sha1').update(source).digest('hex') });

/** EVALSHA, and EVAL once when Redis does not know the script yet (a restart, SCRIPT FLUSH). */
async function runLua(ctx: Ctx, script: Lua, keys: string[], args: string[]): Promise<unknown> {
  try {
    return await ctx.redis.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
    return ctx.redis.eval(script.source, keys.length, ...keys, ...args);
  }
}

/**
 * KEYS: ledger, subscriber record, history, edition claim, subscriber claim,
 * handed-over notes; ARGV: subscriber id, claim token, claim ms, history
 * entries wanted, edition. `sent` when the ledger has the digest; `missing`;
 * `inactive` with the record; `busy` when another worker holds this edition's
 * claim, `busy-subscriber` when another of the subscriber's digests is being
 * sent; else `claimed` (both claims taken) with the record, recent history and
 * the note of an earlier attempt that handed this edition over, if any.
 */
const BEGIN = lua(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return {'sent'} end
local raw = redis.call('HGETALL', KEYS[2])
if #raw == 0 then return {'missing'} end
if redis.call('HGET', KEYS[2], 'status') ~= 'active' then return {'inactive', raw} end
if redis.call('EXISTS', KEYS[4]) == 1 then return {'busy'} end
if redis.call('EXISTS', KEYS[5]) == 1 then return {'busy-subscriber'} end
redis.call('SET', KEYS[4], ARGV[2], 'PX', ARGV[3])
redis.call('SET', KEYS[5], ARGV[2], 'PX', ARGV[3])
return {'claimed', raw, redis.call('LRANGE', KEYS[3], 0, tonumber(ARGV[4]) - 1), redis.call('HGET', KEYS[6], ARGV[5])}
`);

/**
 * Ledger, history and cursor move together, atomically; a success clears the
 * bounce count; the claims go where they are still ours. KEYS: ledger, history,
 * hard-bounce count, subscriber record, edition claim, subscriber claim,
 * handed-over notes; ARGV: subscriber id, entry, ledger TTL, history kept,
 * cursor, 1 if a mail went out, claim token, edition.
 */
const RECORD = lua(`
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[4]) - 1)
if ARGV[6] == '1' then redis.call('DEL', KEYS[3]) end
redis.call('HSET', KEYS[4], 'lastDigestAt', ARGV[5])
for i = 5, 6 do if redis.call('GET', KEYS[i]) == ARGV[7] then redis.call('DEL', KEYS[i]) end end
redis.call('HDEL', KEYS[7], ARGV[8])
return 1
`);

/** KEYS: the claims; ARGV: token, ms. 1 when every claim is still ours (and renewed), else 0. */
const RENEW = `
for _, k in ipairs(KEYS) do if redis.call('get', k) ~= ARGV[1] then return 0 end end
for _, k in ipairs(KEYS) do redis.call('pexpire', k, ARGV[2]) end
return 1`;
/**
 * Just before a mail goes. KEYS: the claims, subscriber record; ARGV: token, ms. `taken` when a claim is no longer
 * ours; the record's status when it is no longer `active` (the claims stay, for the caller to let go of); else `ok`,
 * the claims renewed.
 */
const PRESEND = lua(`
for i = 1, #KEYS - 1 do if redis.call('GET', KEYS[i]) ~= ARGV[1] then return 'taken' end end
local status = redis.call('HGET', KEYS[#KEYS], 'status')
if status ~= 'active' then return status or 'missing' end
for i = 1, #KEYS - 1 do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
return 'ok'
`);
/** KEYS: the claims; ARGV: token. Deletes those still ours. */
const RELEASE = "for _, k in ipairs(KEYS) do if redis.call('get', k) == ARGV[1] then redis.call('del', k) end end return 1";

async function record(ctx: Ctx, subscriberId: string, entry: LedgerEntry, claimKeys: string[], token: string): Promise<void> {
  const json = JSON.stringify(entry);
  await runLua(
    ctx,
    RECORD,
    [k.ledger(ctx, entry.edition), k.history(ctx, subscriberId), hardFailuresKey(ctx, subscriberId), subscriberRecordKey(ctx, subscriberId), ...claimKeys, k.handedOver(ctx, subscriberId)],
    [subscriberId, json, String(LEDGER_TTL_S), String(HISTORY_KEPT), String(entry.at), entry.messageId ? '1' : '0', token, entry.edition],
  );
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
