import { createHash } from 'node:crypto';
import { domainToASCII, domainToUnicode } from 'node:url';
import validator from 'validator';

/** Bad input from a person or a list: the message is safe to show them. */
export class SubscriberError extends Error {
  override name = 'SubscriberError';
}

const MAX_LENGTH = 254;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/**
 * The address as stored: syntax checked by validator.js (RFC 5321/5322 with a
 * real top-level domain; no display names, IP literals or bare hosts), the
 * domain lower-cased because it is case-insensitive, the local part kept as
 * typed because the mailbox owner may care how it looks.
 */
export function normaliseEmail(input: string): string {
  const email = input.trim();
  if (email.length === 0) throw new SubscriberError('an email address is required');
  // Control and invisible format characters (bidi overrides, zero-width spaces) only disguise an address: on a page or in a log it would read as another.
  if (INVISIBLE.test(email)) throw new SubscriberError('the email address contains a control or invisible character: type it again');
  if (email.length > MAX_LENGTH || !validator.isEmail(email, { allow_display_name: false, require_tld: true, allow_ip_domain: false, allow_utf8_local_part: true })) {
    throw new SubscriberError(`${JSON.stringify(shorten(email))} is not an email address`);
  }
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

/** The lookup key: one entry per mailbox however it is cased; a hash so keys never show addresses. */
export function emailKey(email: string): string {
  return normalisedEmailKey(normaliseEmail(email));
}

/** emailKey of an address normaliseEmail already returned (stored addresses are). */
export function normalisedEmailKey(normalised: string): string {
  return sha256(mailboxName(normalised));
}

/**
 * The key the per-address limits count under: the mailbox (emailKey) with a
 * `+tag` taken off the local part, so `ravi+a@…`, `Ravi+b@…` and `ravi@…`
 * share one count and varying the tag cannot mail one inbox many times.
 * Only for counting: the address is stored and mailed as typed. Dots stay
 * (ignoring them is Gmail's rule, not the mail system's); a local part that
 * is quoted or starts with `+` is taken whole.
 */
export function limitEmailKey(email: string): string {
  const one = mailboxName(normaliseEmail(email));
  const at = one.lastIndexOf('@');
  const local = one.slice(0, at);
  const plus = local.startsWith('"') ? -1 : local.indexOf('+');
  return sha256(plus > 0 ? `${local.slice(0, plus)}${one.slice(at)}` : one);
}

/**
 * Every key this mailbox may be indexed under, its own (normalisedEmailKey)
 * first: records stored before keys took the Unicode form hashed the address
 * as typed, so an xn-- or decomposed spelling still names them.
 */
export function normalisedEmailKeys(normalised: string): string[] {
  return mailboxSpellings(normalised).map(sha256);
}

/**
 * The mailbox's one spelling (mailboxName), then the others older versions
 * hashed for it: the address as typed, the domain's ASCII (xn--) form and its
 * decomposed Unicode form, all lower-cased. An ASCII domain has only the one.
 */
export function mailboxSpellings(normalised: string): string[] {
  const one = mailboxName(normalised);
  const at = one.lastIndexOf('@');
  const local = one.slice(0, at);
  const domain = one.slice(at + 1);
  const older = [normalised.toLowerCase(), `${local}@${domainToASCII(domain) || domain}`, `${local}@${domain.normalize('NFD')}`];
  return [...new Set([one, ...older])];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One spelling per mailbox, for keys and hashes only: lower case, and an
 * internationalised domain in its Unicode form (NFC), so `bhärat.org`,
 * `xn--bhrat-hra.org` and a decomposed `ä` name one mailbox. Not for
 * sending: the address is mailed as it was typed.
 */
export function mailboxName(normalised: string): string {
  const at = normalised.lastIndexOf('@');
  const domain = normalised.slice(at + 1).toLowerCase();
  return `${normalised.slice(0, at).toLowerCase()}@${domainToUnicode(domain) || domain}`;
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
