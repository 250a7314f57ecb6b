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

/** The URL without its login, and the login (null when it has none). */
export function splitLogin(input: string): { url: string; login: FeedLogin | null } {
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return { url: input, login: null };
  }
  if (!u.username && !u.password) return { url: input, login: null };
  const login = { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
  u.username = '';
  u.password = '';
  return { url: u.toString(), login };
}

const VERSION = 'v1';

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'wirebrief', 'feed logins', 32));
}

/** The login sealed for keeping: "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function sealLogin(secret: string, login: FeedLogin): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify([login.username, login.password]), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The login, or null when it cannot be opened (SECRET changed since it was sealed, or the value was tampered with). */
export function openLogin(secret: string, sealed: string): FeedLogin | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const [username, password] = JSON.parse(Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')) as [string, string];
    return { username, password };
  } catch {
    return null;
  }
}

/** The Authorization header for a login (RFC 7617: user-id and password in UTF-8). */
export function basicAuthorization(login: FeedLogin): string {
  return `Basic ${Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64')}`;
}
