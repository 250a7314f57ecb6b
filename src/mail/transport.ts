import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DkimSettings } from '../config.js';
import { composeMime } from './mime.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  /**
   * Optional: `html` in pieces, fixed text that recurs from mail to mail (a
   * compiled layout's chunks) at even positions, this mail's values at odd
   * ones: the fixed text is encoded once per process.
   */
  htmlPieces?: readonly string[];
  text: string;
  headers?: Record<string, string>;
  messageId?: string;
  /**
   * Aborting it stops a send in flight (nodemailer closes the connection), used at shutdown, until the mail server
   * has had the whole message: from then on the server may deliver it whatever the sender does, so the send goes
   * on to the server's answer and an abort no longer stops it.
   */
  signal?: AbortSignal;
  /** Called when the mail server has had the whole message, before its answer: it may deliver it from here on. */
  handedOver?: () => void;
}

/**
 * A send that failed after the mail server had had the whole message, with no
 * answer from it (the connection dropped, a timeout): the server may have
 * delivered the message or not, and nothing in SMTP can tell which.
 */
export function outcomeUnknown(error: unknown): boolean {
  return (error as { handedOver?: unknown } | null)?.handedOver === true && !(error as { responseCode?: unknown }).responseCode;
}

/**
 * Every mail wirebrief sends is written by a program, not a person (RFC 3834):
 * out-of-office and other auto-responders must not answer it. No `Precedence:
 * bulk`: it was never standardised (RFC 2076: discouraged), RFC 3834 puts
 * Auto-Submitted in its place, and Gmail's sender guidelines no longer ask for it.
 */
export const AUTOMATIC_MAIL_HEADERS: Readonly<Record<string, string>> = { 'Auto-Submitted': 'auto-generated' };

export interface SentMail {
  messageId: string;
  /** The SMTP server's answer, or where the .eml file went. */
  response: string;
}

export interface Mailer {
  kind: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

export interface MailerConfig {
  smtpUrl: string | undefined;
  outboxDir: string;
  mailFrom: string;
  smtpPool?: { maxConnections: number; maxMessages: number };
  dkim?: DkimSettings | null;
}

/**
 * Headers the DKIM signature covers. Receivers honour one-click unsubscribe
 * (RFC 8058) only when List-Unsubscribe and List-Unsubscribe-Post are signed.
 */
export const DKIM_SIGNED_HEADERS = [
  'From',
  'Sender',
  'Reply-To',
  'To',
  'Cc',
  'Subject',
  'Date',
  'Message-ID',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'List-Id',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
].join(':');

/** SMTP when SMTP_URL is set; otherwise each message becomes an .eml file in OUTBOX_DIR. */
export function createMailer(config: MailerConfig): Mailer {
  return config.smtpUrl ? smtpMailer(config, config.smtpUrl) : outboxMailer(config);
}

export function senderDomain(mailFrom: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(mailFrom);
  return match?.[1]?.toLowerCase() ?? 'localhost';
}

/** Message-IDs on the sender's own domain, as receiving servers expect. */
export function newMessageId(mailFrom: string): string {
  return `<${Date.now().toString(36)}.${randomBytes(8).toString('hex')}@${senderDomain(mailFrom)}>`;
}

/**
 * The same Message-ID every time one subscriber's digest of one edition is
 * sent: should a retry after a crash send it twice, mailbox providers that
 * collapse duplicates by Message-ID (Gmail does) show it once. Keyed with the
 * secret so ids do not reveal subscriber ids.
 */
export function stableMessageId(secret: string, mailFrom: string, ...parts: string[]): string {
  const tag = createHmac('sha256', secret).update(parts.join('\n')).digest('base64url').slice(0, 22);
  return `<${parts[0]}.${tag}@${senderDomain(mailFrom)}>`;
}

/**
 * Quoted-printable for every text part: mail markup is mostly ASCII, and
 * naming it spares nodemailer a scan of each body to choose (a third of its
 * time per message).
 */
const TEXT_ENCODING = 'quoted-printable';

/**
 * Our messages never name files or URLs for nodemailer to read (no
 * attachments; digests go out composed, as `raw`): transports refuse both,
 * so no field that reaches a message can make one read a file or fetch a URL.
 */
const NO_FILE_OR_URL_ACCESS = { disableFileAccess: true, disableUrlAccess: true } as const;

function dkimOption(dkim: DkimSettings | null | undefined) {
  return dkim ? { dkim: { ...dkim, headerFieldNames: DKIM_SIGNED_HEADERS } } : {};
}

/**
 * A pool of SMTP connections: a digest run reuses a few connections for many
 * messages instead of a handshake per mail. Each message is composed into one
 * buffer first (nodemailer's MailComposer) and handed over raw: streamed part
 * by part, a message reaches the socket in hundreds of small writes, which
 * cost more CPU than composing it.
 */
function smtpMailer(config: MailerConfig, smtpUrl: string): Mailer {
  const pool = config.smtpPool ?? { maxConnections: 5, maxMessages: 100 };
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: pool.maxConnections,
    maxMessages: pool.maxMessages,
    ...NO_FILE_OR_URL_ACCESS,
    ...dkimOption(config.dkim),
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const envelopeFrom = plainAddress(config.mailFrom);
  // Tells a send when its message has gone to the server whole: the stream the connection reads the message from
  // (after the server's 354, DKIM signature included) has ended, so the end-of-data dot follows it onto the wire.
  // Before that, closing the connection leaves the server nothing to deliver (RFC 5321 4.1.1.4).
  transport.use('stream', (sending, done) => {
    const handedOver = (sending.data as { handedOver?: () => void }).handedOver;
    const message = sending.message;
    if (handedOver) {
      const read = message.createReadStream.bind(message);
      message.createReadStream = (options) => read(options).once('end', handedOver);
    }
    done();
  });
  return {
    kind: 'smtp',
    async send(mail) {
      const messageId = mail.messageId ?? newMessageId(config.mailFrom);
      // Plain ASCII addresses (nearly all) take the one-pass composer; the rest MailComposer.
      const fast = composeMime({ from: config.mailFrom, to: mail.to, subject: mail.subject, html: mail.htmlPieces ?? mail.html, text: mail.text, messageId, headers: mail.headers });
      let envelope: { from: string | false; to: string[] };
      let raw: Buffer;
      if (fast && envelopeFrom !== null) {
        envelope = { from: envelopeFrom, to: [mail.to] };
        raw = fast;
      } else {
        const { htmlPieces: _pieces, signal: _signal, handedOver: _handedOver, ...fields } = mail;
        const message = new MailComposer({ from: config.mailFrom, ...fields, messageId, textEncoding: TEXT_ENCODING }).compile();
        envelope = message.getEnvelope();
        raw = await message.build();
      }
      // An abort before the server has the whole message reaches the pool: the send fails at once and the connection
      // carrying it closes, so a worker stopping lets go of the digest's claim and hands the job back for the next
      // worker to send at once. After that, aborting would only leave the server's answer unheard (and the digest
      // unrecorded, to be sent again), so the send waits for the answer instead.
      let handedOver = false;
      const stop = new AbortController();
      const onAbort = () => {
        if (!handedOver) stop.abort(mail.signal?.reason);
      };
      mail.signal?.addEventListener('abort', onAbort, { once: true });
      if (mail.signal?.aborted) onAbort();
      const options: SendMailOptions & { handedOver: () => void } = {
        envelope: { from: envelope.from || undefined, to: envelope.to },
        raw,
        signal: stop.signal,
        handedOver: () => {
          handedOver = true;
          mail.handedOver?.();
        },
      };
      try {
        const info = await transport.sendMail(options);
        return { messageId, response: String(info.response ?? '') };
      } catch (error) {
        if (handedOver && error instanceof Error) Object.assign(error, { handedOver });
        throw error;
      } finally {
        mail.signal?.removeEventListener('abort', onAbort);
      }
    },
    close: () => transport.close(),
  };
}

/** The bare address of "Name <addr>" when it is one plain ASCII address, else null. */
function plainAddress(mailbox: string): string | null {
  const [first, ...rest] = addressparser(mailbox, { flatten: true });
  const address = first?.address ?? '';
  return rest.length === 0 && /^[\x21-\x7e]+@[\x21-\x7e]+$/.test(address) ? address : null;
}

function outboxMailer(config: MailerConfig): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', ...NO_FILE_OR_URL_ACCESS, ...dkimOption(config.dkim) });
  const dir = resolve(config.outboxDir);
  return {
    kind: 'outbox',
    async send(mail) {
      const messageId = mail.messageId ?? newMessageId(config.mailFrom);
      const { htmlPieces: _pieces, signal: _signal, handedOver: _handedOver, ...fields } = mail;
      const info = await transport.sendMail({ from: config.mailFrom, ...fields, messageId, textEncoding: TEXT_ENCODING });
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      // Write then rename, so a reader of the folder never sees half a message.
      const tmp = join(dir, `.${name}.tmp`);
      await writeFile(tmp, info.message as Buffer);
      await rename(tmp, join(dir, name));
      return { messageId, response: `written to ${join(dir, name)}` };
    },
    close: () => transport.close(),
  };
}

/**
 * What an SMTP failure means for the address: `address` (5xx refusing the
 * mailbox: unknown user, bad domain), `permanent` (any other 5xx: this message
 * will never be accepted as it is), or `transient` (4xx, connection trouble,
 * timeouts: try again later).
 */
export type SmtpFailure = 'address' | 'permanent' | 'transient';

export function classifySmtpError(error: unknown): SmtpFailure {
  const e = error as { responseCode?: number; response?: string; code?: string };
  const code = typeof e.responseCode === 'number' ? e.responseCode : Number(/^(\d{3})\b/.exec(e.response ?? '')?.[1] ?? 0);
  if (code < 500 || code > 599) return 'transient';
  // An enhanced status code (RFC 3463) says best: 5.1.x is about the address.
  const enhanced = /\b5\.(\d)\.\d{1,3}\b/.exec(e.response ?? '')?.[1];
  if (enhanced !== undefined) return enhanced === '1' ? 'address' : 'permanent';
  return [550, 551, 553].includes(code) ? 'address' : 'permanent';
}
