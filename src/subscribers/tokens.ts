import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Links in mails carry a signed token: HMAC-SHA256 over subscriber id, purpose
 * and expiry, keyed with SECRET. Nothing secret is inside; nothing can be
 * changed without breaking the signature.
 */
export type LinkPurpose = 'confirm' | 'manage' | 'unsubscribe';
/** `form`: a page's form token, whose `sub` names the form (see src/http/forms.ts). */
export type TokenPurpose = LinkPurpose | 'form';

export interface TokenClaims {
  sub: string;
  purpose: TokenPurpose;
  /** Expiry, ms since epoch. */
  exp: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose' };

export function signToken(secret: string, claims: TokenClaims): string {
  const body = Buffer.from(JSON.stringify([claims.sub, claims.purpose, claims.exp])).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/**
 * The secrets a token may be signed with: SECRET, then those it replaced
 * (SECRET_PREVIOUS), so links in digests mailed before a rotation still work
 * until their own expiry. Tokens are signed with SECRET alone. Feed logins
 * sealed before a rotation are opened with the same list (feeds/credentials.ts).
 */
export function verifyingSecrets(config: { secret: string; previousSecrets: readonly string[] }): string[] {
  return [config.secret, ...config.previousSecrets];
}

/**
 * `secrets`: one, or the list verifyingSecrets gives; a signature by any of
 * them is authentic. `allowExpired` is for unsubscribe links only: an
 * authentic link we sent must always be able to stop the mail, however old
 * the digest it came in.
 */
export function verifyToken(secrets: string | readonly string[], token: string, purpose: TokenPurpose, now: number, opts: { allowExpired?: boolean } = {}): TokenCheck {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
  if (!signedByAny([secrets].flat(), body, signature)) return { ok: false, reason: 'bad-signature' };
  let claims: TokenClaims;
  try {
    const [sub, p, exp] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as [string, TokenPurpose, number];
    claims = { sub, purpose: p, exp };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (claims.purpose !== purpose) return { ok: false, reason: 'wrong-purpose' };
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return { ok: false, reason: 'malformed' };
  if (!(claims.exp > now) && !opts.allowExpired) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

function signedByAny(secrets: readonly string[], body: string, signature: string): boolean {
  const given = Buffer.from(signature);
  return secrets.some((secret) => {
    const expected = Buffer.from(mac(secret, body));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
