import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines for machines; pretty lines when a person is watching a terminal.
 * Email addresses never reach info-level logs whole: call maskEmail first.
 * `destination` is a stream tests read the lines from (JSON lines), or the
 * file descriptor to write to: stdout (1, the default, the service's) or
 * stderr (2, the CLI's verbs, whose stdout is their output).
 */
export function createLogger(level: string, name = 'wirebrief', format: string | undefined = process.env.LOG_FORMAT, destination: DestinationStream | 1 | 2 = 1): Logger {
  const fd = typeof destination === 'number' ? destination : null;
  const pretty = fd !== null && (fd === 2 ? process.stderr : process.stdout).isTTY && format !== 'json';
  const options = {
    name,
    level,
    redact: { paths: ['secret', 'token', 'adminToken', '*.secret', '*.token', 'headers.authorization'], censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', destination: fd } } } : {}),
  };
  if (typeof destination !== 'number') return pino(options, destination);
  // stderr is written through process.stderr, in order with the CLI's own messages.
  return pretty || fd === 1 ? pino(options) : pino(options, process.stderr);
}

/** `ravi.kumar@example.in` → `r***@example.in`: enough to tell mails apart in a log, not to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** Something that reads as an address inside free text: an SMTP reply, a provider's bounce description. */
const ADDRESS_IN_TEXT = /([^\s<>"'(),;:[\]@]+)@([^\s<>"'(),;:[\]@]+)/gu;

/** Masks every address in a text as maskEmail does (`<ravi@example.in> refused` → `<r***@example.in> refused`). */
export function maskEmailsIn(text: string): string {
  return text.replace(ADDRESS_IN_TEXT, (_whole, local: string, domain: string) => `${[...local][0]}***@${domain}`);
}

/** Query parameters that carry credentials in feed URLs (`?api_key=`, `?token=`, a signed URL's `sig`). */
const SECRET_PARAM = /key|token|secret|pass|auth|sig|session|credential/i;

/**
 * A URL fit for a log line: credential-like query values and any user info
 * replaced by `***`, so a publisher's API key in a feed URL never reaches the
 * logs. Text that is not a URL comes back as it was.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? '***' : '';
    parsed.password = '';
    changed = true;
  }
  for (const name of new Set(parsed.searchParams.keys())) {
    if (!SECRET_PARAM.test(name)) continue;
    parsed.searchParams.set(name, '***');
    changed = true;
  }
  return changed ? parsed.href : url;
}

/** redactUrl for every http(s) URL inside a text, such as a fetch error that names the URL it failed on. */
export function redactUrlsIn(text: string): string {
  // A sentence may end right after the URL ("failed on https://…?token=x: refused"): that punctuation is not the URL's.
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+?(?=[.,;:!?)]*(?:[\s"'<>]|$))/g, (url) => redactUrl(url));
}

/** Free text shown to people (a job's error, a worker's log line): addresses masked and credential-like URL values out. */
export function redactText(text: string): string {
  return redactUrlsIn(maskEmailsIn(text));
}
