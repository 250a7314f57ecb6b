import type { Ctx } from '../context.js';
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
