import { key, type Ctx } from '../context.js';
import { maskEmail } from '../log.js';
import type { Mailer } from '../mail/transport.js';
import { listUnsubscribeHeaders, signedLink } from '../subscribers/links.js';
import { getSubscriber, setDigestCursor } from '../subscribers/store.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { renderDigest } from './render.js';
import { selectStories } from './select.js';

export type SendResult =
  | { status: 'sent'; messageId: string; storyIds: string[] }
  | { status: 'already-sent' }
  | { status: 'nothing-new' }
  | { status: 'skipped'; reason: string };

export interface LedgerEntry {
  edition: string;
  messageId: string | null;
  storyIds: string[];
  at: number;
}

/** Another worker holds this (edition, subscriber): retry later, when its ledger entry will tell. */
export class DigestBusyError extends Error {
  override name = 'DigestBusyError';
}

const LEDGER_TTL_S = 40 * 24 * 3600;
const CLAIM_TTL_MS = 120_000;
const HISTORY_KEPT = 100;

const k = {
  ledger: (ctx: Ctx, edition: string) => key(ctx, 'ledger', edition),
  claim: (ctx: Ctx, edition: string, sub: string) => key(ctx, 'ledger', edition, 'claim', sub),
  history: (ctx: Ctx, sub: string) => key(ctx, 'sub', sub, 'digests'),
};

export interface DigestDeps {
  mailer: Mailer;
  taxonomy: Taxonomy;
}

/**
 * Sends one subscriber their digest of one edition, at most once. The queue
 * delivers at least once, so this step checks the ledger itself and claims the
 * (edition, subscriber) pair before it sends; the cursor moves only after the
 * mail server accepted the message.
 */
export async function sendDigest(ctx: Ctx, deps: DigestDeps, subscriberId: string, edition: string, editionLabel: string): Promise<SendResult> {
  if (await ctx.redis.hexists(k.ledger(ctx, edition), subscriberId)) return { status: 'already-sent' };
  const subscriber = await getSubscriber(ctx, subscriberId);
  if (!subscriber) return { status: 'skipped', reason: 'no such subscriber' };
  if (subscriber.status !== 'active') return { status: 'skipped', reason: subscriber.status };

  const claimed = await ctx.redis.set(k.claim(ctx, edition, subscriberId), String(ctx.now()), 'PX', CLAIM_TTL_MS, 'NX');
  if (!claimed) throw new DigestBusyError(`digest ${edition} for ${subscriberId} is being sent by another worker`);
  try {
    if (await ctx.redis.hexists(k.ledger(ctx, edition), subscriberId)) return { status: 'already-sent' };
    const until = ctx.now();
    const sections = await selectStories(ctx, deps.taxonomy, subscriber, until, ctx.config.digestMaxPerTopic);
    const storyIds = sections.flatMap((s) => s.stories.map((story) => story.id));
    if (storyIds.length === 0) {
      await record(ctx, subscriberId, { edition, messageId: null, storyIds, at: until });
      return { status: 'nothing-new' };
    }
    const unsubscribeUrl = signedLink(ctx, subscriber.id, 'unsubscribe');
    const headers = listUnsubscribeHeaders(ctx, subscriber.id);
    const digest = await renderDigest({
      editionLabel,
      sections,
      manageUrl: signedLink(ctx, subscriber.id, 'manage'),
      unsubscribeUrl,
      publicUrl: ctx.config.publicUrl,
      topicsLine: subscriber.topics.map((t) => deps.taxonomy.byId.get(t)?.label ?? t).join(', '),
    });
    const sent = await deps.mailer.send({
      to: subscriber.email,
      ...digest,
      headers,
    });
    await record(ctx, subscriberId, { edition, messageId: sent.messageId, storyIds, at: until });
    ctx.log.info({ subscriber: subscriberId, email: maskEmail(subscriber.email), edition, stories: storyIds.length }, 'digest sent');
    return { status: 'sent', messageId: sent.messageId, storyIds };
  } finally {
    await ctx.redis.del(k.claim(ctx, edition, subscriberId));
  }
}

/** Ledger, history and cursor move together, in one transaction. */
async function record(ctx: Ctx, subscriberId: string, entry: LedgerEntry): Promise<void> {
  const tx = ctx.redis
    .multi()
    .hset(k.ledger(ctx, entry.edition), subscriberId, JSON.stringify(entry))
    .expire(k.ledger(ctx, entry.edition), LEDGER_TTL_S)
    .lpush(k.history(ctx, subscriberId), JSON.stringify(entry))
    .ltrim(k.history(ctx, subscriberId), 0, HISTORY_KEPT - 1);
  await setDigestCursor(ctx, subscriberId, entry.at, tx).exec();
}

export async function digestHistory(ctx: Ctx, subscriberId: string): Promise<LedgerEntry[]> {
  const rows = await ctx.redis.lrange(k.history(ctx, subscriberId), 0, -1);
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
