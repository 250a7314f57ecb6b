import { createHash } from 'node:crypto';
import { key, type Ctx } from '../context.js';
import { withLease } from '../leases.js';
import { maskEmail } from '../log.js';
import { AUTOMATIC_MAIL_HEADERS, type OutgoingMail } from '../mail/transport.js';
import { renderMjml, renderText } from '../mail/templates.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { normalisedEmailKey, normaliseEmail } from './address.js';
import { claimMailSlot } from './limits.js';
import { signedLink } from './links.js';
import { defaultPreferences, readPreferences, type PreferencesInput } from './preferences.js';
import {
  createSubscribers,
  draftSubscriber,
  findSubscriberByEmail,
  getSubscriber,
  savePreferences,
  setStatus,
  subscriberKey,
  type Subscriber,
  type SubscriberSource,
  type SubscriberStatus,
} from './store.js';
import { isSuppressed, liftSuppression } from './suppression.js';
import { verifyingSecrets, verifyToken, type LinkPurpose } from './tokens.js';

export { checkTopics } from './preferences.js';

export interface SubscriptionRequest {
  email: string;
  preferences: PreferencesInput;
  source: SubscriberSource;
}

/**
 * A subscription request from the public site. Whatever the address's state,
 * the caller answers the same; what differs happens out of sight:
 * - new: stored as pending; a confirmation mail follows;
 * - pending: the newest choices replace the old; the confirmation is re-sent;
 * - unsubscribed or bouncing: back to pending with these choices, confirmation sent;
 * - active: nothing changes (a stranger must not rewrite someone's choices);
 *   the owner gets a mail with their manage link.
 * `mail` is false inside the 10-minute quiet period after the last such mail,
 * except for an unsubscribed or bouncing address: that is a new opt-in, and
 * its confirmation goes at once (the per-address daily limit still counts it).
 * `requestId` names the request: the same request run again (a retried job)
 * gets its mail slot again, where any other is held by the quiet period.
 * The public site does not call this while answering: the mail worker does,
 * after the answer has gone (see enqueueSubscriptionRequest), so no answer
 * waits on the address's state.
 */
export async function requestSubscription(
  ctx: Ctx,
  taxonomy: Taxonomy,
  request: SubscriptionRequest,
  opts: { requestId?: string } = {},
): Promise<{ subscriber: Subscriber; mail: boolean }> {
  const email = normaliseEmail(request.email);
  const prefs = readPreferences(taxonomy, request.preferences, defaultPreferences(ctx.config.editionTimezone));
  // One request of a mailbox at a time: two posts of one form, taken by two workers at once, would otherwise
  // both find an unsubscribed address, both count as its new opt-in and both mail a confirmation.
  return withLease(ctx, key(ctx, 'lease', 'subscribe', normalisedEmailKey(email)), REQUEST_LEASE, async () => {
    let subscriber = await findSubscriberByEmail(ctx, email);
    let created = false;
    if (!subscriber) {
      const draft = draftSubscriber(ctx, email, prefs, { active: false, source: request.source });
      [created] = (await createSubscribers(ctx, [draft])) as [boolean];
      subscriber = created ? draft : await findSubscriberByEmail(ctx, email);
      if (!subscriber) throw new Error('subscriber vanished while subscribing');
    }
    // An address that had left (unsubscribed, bouncing) opts in anew: its confirmation is not held by the quiet period.
    const anew = !created && subscriber.status !== 'active' && subscriber.status !== 'pending';
    if (!created && subscriber.status !== 'active') {
      subscriber = await savePreferences(ctx, subscriber, prefs);
      if (subscriber.status !== 'pending') subscriber = await setStatus(ctx, subscriber, 'pending');
    }
    const mail = await claimMailSlot(ctx, subscriber.id, { anew, claimant: opts.requestId });
    ctx.log.info({ subscriber: subscriber.id, email: maskEmail(subscriber.email), created, status: subscriber.status, mail }, 'subscription request');
    return { subscriber, mail };
  });
}

/** A few Redis round trips are held under it; a worker lost while holding it frees it within seconds. */
const REQUEST_LEASE = { limit: 1, leaseMs: 10_000, waitMs: 30_000, retryMs: 20 };

export type TokenRefusal = 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose' | 'used' | 'unknown-subscriber' | 'unsubscribed' | 'bouncing';
/** `status`: where the subscriber the link names stands now, when known, so a refusal can say so. */
export type TokenResult = { ok: true; subscriber: Subscriber } | { ok: false; reason: TokenRefusal; status?: SubscriberStatus };

/** The subscriber a manage (or other) link speaks for. */
export async function subscriberForToken(ctx: Ctx, token: string, purpose: LinkPurpose): Promise<TokenResult> {
  const check = verifyToken(verifyingSecrets(ctx.config), token, purpose, ctx.now());
  if (!check.ok) return { ok: false, reason: check.reason };
  const subscriber = await getSubscriber(ctx, check.claims.sub);
  return subscriber ? { ok: true, subscriber } : { ok: false, reason: 'unknown-subscriber' };
}

/**
 * Opens a confirmation link: once. A token is spent when first used (its hash
 * is kept until the token would have expired anyway), so a replayed link changes
 * nothing. A confirmed opt-in lifts any suppression of the address.
 */
export async function confirmSubscription(ctx: Ctx, token: string): Promise<TokenResult> {
  // An expired link is refused all the same; read first so the refusal can say where the subscriber stands.
  const check = verifyToken(verifyingSecrets(ctx.config), token, 'confirm', ctx.now(), { allowExpired: true });
  if (!check.ok) return { ok: false, reason: check.reason };
  const subscriber = await getSubscriber(ctx, check.claims.sub);
  if (!(check.claims.exp > ctx.now())) return { ok: false, reason: 'expired', status: subscriber?.status };
  if (!subscriber) return { ok: false, reason: 'unknown-subscriber' };
  if (!(await spendToken(ctx, subscriber.id, token, check.claims.exp))) return { ok: false, reason: 'used', status: subscriber.status };
  if (subscriber.status === 'active') return { ok: true, subscriber };
  if (subscriber.status !== 'pending') return { ok: false, reason: subscriber.status };
  await liftSuppression(ctx, subscriber.email);
  const active = await setStatus(ctx, subscriber, 'active');
  ctx.log.info({ subscriber: subscriber.id, email: maskEmail(subscriber.email) }, 'subscription confirmed');
  return { ok: true, subscriber: active };
}

/**
 * Marks a link's token spent; false if it already was. The subscriber's spent
 * tokens are one sorted set (hash → expiry) under their own keys, so an
 * erasure takes it by name; a token is kept until it would have expired
 * anyway. A token spent under the older one-key-per-token form still counts.
 */
const SPEND = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1]) == 0 then return 0 end
local keep = tonumber(ARGV[2]) - tonumber(ARGV[3])
if redis.call('PTTL', KEYS[1]) < keep then redis.call('PEXPIRE', KEYS[1], keep) end
return 1`;

async function spendToken(ctx: Ctx, subscriberId: string, token: string, expiresAt: number): Promise<boolean> {
  const hash = createHash('sha256').update(token).digest('hex');
  const legacy = key(ctx, 'sub', subscriberId, 'spent', hash);
  const now = ctx.now();
  // Expiry is set as a duration from the caller's clock (ARGV[3]), as the scores are written in it.
  const keepUntil = Math.max(expiresAt, now + 1000);
  return (await ctx.redis.eval(SPEND, 2, subscriberKey(ctx, subscriberId, 'spent'), legacy, hash, String(keepUntil), String(now))) === 1;
}

export type UnsubscribeResult = { ok: true; subscriber: Subscriber | null } | { ok: false; reason: TokenRefusal };

/**
 * Unsubscribes the subscriber an unsubscribe link names. Authentic links work
 * however old (mail clients keep old digests); a deleted subscriber has
 * nothing left to stop, which is success too.
 */
export async function unsubscribeByToken(ctx: Ctx, token: string): Promise<UnsubscribeResult> {
  const check = verifyToken(verifyingSecrets(ctx.config), token, 'unsubscribe', ctx.now(), { allowExpired: true });
  if (!check.ok) return { ok: false, reason: check.reason };
  const subscriber = await getSubscriber(ctx, check.claims.sub);
  if (!subscriber) return { ok: true, subscriber: null };
  if (subscriber.status === 'unsubscribed') return { ok: true, subscriber };
  const after = await setStatus(ctx, subscriber, 'unsubscribed');
  ctx.log.info({ subscriber: subscriber.id, email: maskEmail(subscriber.email) }, 'unsubscribed');
  return { ok: true, subscriber: after };
}

/** Whom an unsubscribe link speaks for, without acting on it (the GET page). Null: already erased. */
export async function subscriberForUnsubscribe(ctx: Ctx, token: string): Promise<UnsubscribeResult> {
  const check = verifyToken(verifyingSecrets(ctx.config), token, 'unsubscribe', ctx.now(), { allowExpired: true });
  if (!check.ok) return { ok: false, reason: check.reason };
  return { ok: true, subscriber: await getSubscriber(ctx, check.claims.sub) };
}

/**
 * The mail a subscription request calls for: a confirmation while pending
 * (the way back for a suppressed address, too: it is its new opt-in), the
 * manage link once active, unless the address is suppressed.
 */
export async function subscriptionMail(ctx: Ctx, taxonomy: Taxonomy, subscriber: Subscriber): Promise<OutgoingMail | null> {
  if (subscriber.status === 'pending') return confirmationMail(ctx, taxonomy, subscriber);
  if (subscriber.status === 'active' && !(await isSuppressed(ctx, subscriber.email))) return alreadySubscribedMail(ctx, taxonomy, subscriber);
  return null;
}

export async function confirmationMail(ctx: Ctx, taxonomy: Taxonomy, subscriber: Subscriber): Promise<OutgoingMail> {
  const days = ctx.config.confirmLinkDays;
  const view = {
    confirmUrl: signedLink(ctx, subscriber.id, 'confirm'),
    topics: topicLabels(taxonomy, subscriber),
    publicUrl: ctx.config.publicUrl,
    expires: days === 1 ? '1 day' : `${days} days`,
  };
  return {
    to: subscriber.email,
    subject: 'Confirm your wirebrief subscription',
    headers: { ...AUTOMATIC_MAIL_HEADERS },
    html: await renderMjml('confirmation', view),
    text: renderText('confirmation', view),
  };
}

export async function alreadySubscribedMail(ctx: Ctx, taxonomy: Taxonomy, subscriber: Subscriber): Promise<OutgoingMail> {
  const view = {
    manageUrl: signedLink(ctx, subscriber.id, 'manage'),
    unsubscribeUrl: signedLink(ctx, subscriber.id, 'unsubscribe'),
    topics: topicLabels(taxonomy, subscriber),
    publicUrl: ctx.config.publicUrl,
  };
  return {
    to: subscriber.email,
    subject: 'You already get wirebrief',
    headers: { ...AUTOMATIC_MAIL_HEADERS },
    html: await renderMjml('already-subscribed', view),
    text: renderText('already-subscribed', view),
  };
}

function topicLabels(taxonomy: Taxonomy, subscriber: Subscriber): string {
  return subscriber.topics.map((id) => taxonomy.byId.get(id)?.label ?? id).join(', ');
}
