import { simpleParser } from 'mailparser';
import type { Ctx } from '../context.js';
import { unsubscribeByToken } from './lifecycle.js';

/**
 * Mail to the List-Unsubscribe mailto address (`?subject=unsubscribe <token>`),
 * handed over by the mail server (a pipe alias, as list managers have always
 * been fed). The token is the same signed one the https link carries, so a
 * mail can stop only the subscription it was sent for, and a forged one
 * changes nothing.
 */
export type MailUnsubscribe =
  | { outcome: 'unsubscribed'; email: string }
  /** The subscriber was erased since: nothing is left to stop. */
  | { outcome: 'erased' }
  | { outcome: 'no-token'; detail: string };

/** signToken's shape: base64url claims, a dot, a base64url HMAC-SHA256 (43 characters). */
const TOKEN = /[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** Only the headers and the start of the body are read: an unsubscribe request is a line, not an attachment. */
export const MAX_MAIL_BYTES = 256 * 1024;

/** A mail full of token-like strings is junk; a real request has one or two. */
const MAX_TOKENS = 10;

/** Candidate tokens, the subject's first (where the mailto puts it), then the text body's (a client that moved it). */
export async function tokensInMail(raw: Buffer): Promise<string[]> {
  const mail = await simpleParser(raw.subarray(0, MAX_MAIL_BYTES), { skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
  const found = [...(mail.subject ?? '').matchAll(TOKEN), ...(mail.text ?? '').matchAll(TOKEN)].map((m) => m[0]);
  return [...new Set(found)].slice(0, MAX_TOKENS);
}

export async function unsubscribeByMail(ctx: Ctx, raw: Buffer): Promise<MailUnsubscribe> {
  const tokens = await tokensInMail(raw);
  for (const token of tokens) {
    const result = await unsubscribeByToken(ctx, token);
    if (!result.ok) continue;
    return result.subscriber ? { outcome: 'unsubscribed', email: result.subscriber.email } : { outcome: 'erased' };
  }
  const detail = tokens.length === 0 ? 'no unsubscribe token in its subject or text' : `none of its ${tokens.length} token(s) is an unsubscribe token signed with SECRET or SECRET_PREVIOUS`;
  ctx.log.warn({ tokens: tokens.length }, `unsubscribe mail ignored: ${detail}`);
  return { outcome: 'no-token', detail };
}
