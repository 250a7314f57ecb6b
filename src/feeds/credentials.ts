import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Logins for feeds behind HTTP Basic authentication, as agencies' wire
 * services and paid feeds are. An operator gives the login in the URL
 * (`https://user:password@wire.example/feed`, as every feed reader takes
 * it); the feed's URL is kept without it, so it never reaches a log, a list
 * or an OPML export, and the login is kept sealed (AES-256-GCM under a key
 * derived from SECRET), never in clear in Redis.
 */

export interface FeedLogin {
  username: string;
  password: string;
}

/** A login as kept: with the origin it was given for, the only one it is ever sent to. */
export interface SealedLogin extends FeedLogin {
  origin: string;
}

/** The URL without its login, and the login (null when it has none). */
export function splitLogin(input: string): { url: string; login: FeedLogin | null } {
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return { url: input, login: null };
  }
  if (!u.username && !u.password) return { url: input, login: null };
  const login = { username: decoded(u.username), password: decoded(u.password) };
  u.username = '';
  u.password = '';
  return { url: u.toString(), login };
}

/** Percent-decoded, or as typed when that is not valid (a password with a bare "%"). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

// v3 binds a sealed login to its feed's id; v2 (sealed before) is read as it was.
const VERSION = 'v3';

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'wirebrief', 'feed logins', 32));
}

/**
 * The login sealed for keeping with the origin it belongs to: "v3.<iv>.<tag>.<ciphertext>", base64url.
 * The origin is sealed with it, so a feed that moves to another origin (a 301, a page naming a feed
 * elsewhere) never takes the password along; the feed's id is authenticated with it, so one who can
 * write to Redis cannot copy a sealed login to another feed of the same origin.
 */
export function sealLogin(secret: string, login: FeedLogin, origin: string, feedId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  cipher.setAAD(Buffer.from(feedId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify([login.username, login.password, origin]), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The login, or null when it cannot be opened (SECRET changed since it was sealed, it was sealed for another feed, or tampered with). */
export function openLogin(secret: string, sealed: string, feedId: string): SealedLogin | null {
  const [version, iv, tag, data] = sealed.split('.');
  if ((version !== VERSION && version !== 'v2') || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
    if (version === VERSION) decipher.setAAD(Buffer.from(feedId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const [username, password, origin] = JSON.parse(Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')) as [string, string, string];
    return { username, password, origin };
  } catch {
    return null;
  }
}

/**
 * The login, opened with SECRET or, after a rotation, with one of the secrets it replaced
 * (SECRET_PREVIOUS, as `secrets` lists them: SECRET first); `stale` when an old one opened it,
 * so the caller seals it again with SECRET and the old value can later be dropped. Null when none can.
 */
export function openLoginWithAny(secrets: readonly string[], sealed: string, feedId: string): { login: SealedLogin; stale: boolean } | null {
  for (const [i, secret] of secrets.entries()) {
    const login = openLogin(secret, sealed, feedId);
    if (login) return { login, stale: i > 0 };
  }
  return null;
}

/** The Authorization header for a login (RFC 7617: user-id and password in UTF-8). */
export function basicAuthorization(login: FeedLogin): string {
  return `Basic ${Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64')}`;
}
