import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines for machines; pretty lines when a person is watching a terminal.
 * Email addresses never reach info-level logs whole: call maskEmail first.
 */
export function createLogger(level: string, name = 'wirebrief'): Logger {
  const pretty = process.stdout.isTTY && process.env.LOG_FORMAT !== 'json';
  return pino({
    name,
    level,
    redact: { paths: ['secret', 'token', 'adminToken', '*.secret', '*.token', 'headers.authorization'], censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } } : {}),
  });
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
