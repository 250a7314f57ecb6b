import type { Ctx } from '../context.js';
import { maskEmail } from '../log.js';
import type { OutgoingMail } from '../mail/transport.js';
import { renderMjml, renderText } from '../mail/templates.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { signedLink } from './links.js';
import { getSubscriber, setStatus, SubscriberError, upsertSubscriber, type NewSubscriber, type Subscriber } from './store.js';
import { verifyToken } from './tokens.js';

export function checkTopics(taxonomy: Taxonomy, topics: string[]): void {
  if (topics.length === 0) throw new SubscriberError(`choose at least one topic: ${taxonomy.ids.join(', ')}`);
  const unknown = topics.filter((t) => !taxonomy.byId.has(t));
  if (unknown.length > 0) throw new SubscriberError(`unknown topic ${unknown.join(', ')}; valid topics are ${taxonomy.ids.join(', ')}`);
}

/**
 * A subscription request. Returns whether a confirmation mail should go out:
 * only while the address is pending; an active subscriber's request just
 * updates their choices.
 */
export async function subscribe(ctx: Ctx, taxonomy: Taxonomy, input: NewSubscriber): Promise<{ subscriber: Subscriber; confirm: boolean }> {
  checkTopics(taxonomy, input.topics);
  const { subscriber, created } = await upsertSubscriber(ctx, input);
  ctx.log.info({ subscriber: subscriber.id, email: maskEmail(subscriber.email), created, status: subscriber.status }, 'subscription request');
  return { subscriber, confirm: subscriber.status === 'pending' };
}

export type ConfirmResult = { ok: true; subscriber: Subscriber } | { ok: false; reason: string };

export async function confirmSubscription(ctx: Ctx, token: string): Promise<ConfirmResult> {
  const check = verifyToken(ctx.config.secret, token, 'confirm', ctx.now());
  if (!check.ok) return { ok: false, reason: check.reason };
  const subscriber = await getSubscriber(ctx, check.claims.sub);
  if (!subscriber) return { ok: false, reason: 'unknown-subscriber' };
  if (subscriber.status === 'active') return { ok: true, subscriber };
  if (subscriber.status !== 'pending') return { ok: false, reason: subscriber.status };
  return { ok: true, subscriber: await setStatus(ctx, subscriber, 'active') };
}

export async function confirmationMail(ctx: Ctx, taxonomy: Taxonomy, subscriber: Subscriber): Promise<OutgoingMail> {
  const view = {
    confirmUrl: signedLink(ctx, subscriber.id, 'confirm'),
    topics: subscriber.topics.map((id) => taxonomy.byId.get(id)?.label ?? id).join(', '),
    publicUrl: ctx.config.publicUrl,
  };
  return {
    to: subscriber.email,
    subject: 'Confirm your wirebrief subscription',
    html: await renderMjml('confirmation', view),
    text: renderText('confirmation', view),
  };
}
