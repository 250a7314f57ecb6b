import type { Ctx } from '../context.js';
import { senderDomain } from '../mail/transport.js';
import { signToken, type TokenPurpose } from './tokens.js';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  confirm: 7 * 24 * 3600_000,
  manage: 60 * 24 * 3600_000,
  unsubscribe: 60 * 24 * 3600_000,
};

/** A signed link into the public site, e.g. `/confirm?token=…`. */
export function signedLink(ctx: Ctx, subscriberId: string, purpose: TokenPurpose): string {
  const token = signToken(ctx.config.secret, { sub: subscriberId, purpose, exp: ctx.now() + TOKEN_TTL_MS[purpose] });
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
