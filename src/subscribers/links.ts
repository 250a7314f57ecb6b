import type { Ctx } from '../context.js';
import { senderDomain } from '../mail/transport.js';
import { signToken, type LinkPurpose } from './tokens.js';

const DAY_MS = 24 * 3600_000;

/**
 * How long a link in a mail works. Confirmation: CONFIRM_LINK_DAYS (7 by
 * default). Unsubscribe links are honoured even past this (see
 * unsubscribeByToken); the date only marks them as old.
 */
export function linkLifetimeMs(ctx: Ctx, purpose: LinkPurpose): number {
  switch (purpose) {
    case 'confirm':
      return ctx.config.confirmLinkDays * DAY_MS;
    case 'manage':
      return 60 * DAY_MS;
    case 'unsubscribe':
      return 365 * DAY_MS;
  }
}

/** A signed link into the public site, e.g. `/confirm?token=…`. */
export function signedLink(ctx: Ctx, subscriberId: string, purpose: LinkPurpose): string {
  const token = signToken(ctx.config.secret, { sub: subscriberId, purpose, exp: ctx.now() + linkLifetimeMs(ctx, purpose) });
  return `${ctx.config.publicUrl}/${purpose}?token=${token}`;
}

/**
 * RFC 2369 + RFC 8058 headers for every bulk mail: a one-click HTTPS link and
 * a mailto fallback, as Gmail and Yahoo require of bulk senders.
 */
export function listUnsubscribeHeaders(ctx: Ctx, subscriberId: string): Record<string, string> {
  const url = signedLink(ctx, subscriberId, 'unsubscribe');
  const token = new URL(url).searchParams.get('token')!;
  const mailto = `mailto:unsubscribe@${senderDomain(ctx.config.mailFrom)}?subject=unsubscribe%20${token}`;
  return {
    'List-Unsubscribe': `<${url}>, <${mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
