import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { waitFor } from './wait.js';

export interface CapturedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

/**
 * Decides how the server answers RCPT TO / end of DATA: null accepts, an error with responseCode refuses.
 * A promise holds the answer back until it settles (a mail server that stalls).
 */
export type Responder = (to: string, session: SMTPServerSession) => Error | null | Promise<Error | null>;

export interface SmtpCapture {
  url: string;
  port: number;
  mails: CapturedMail[];
  /** Count of messages that reached end of DATA, accepted or not. */
  attempts: number;
  /** Count of client connections that have closed. */
  closed: number;
  /** Count of connections the client reset in the middle of a message (a worker killed while the server held its answer). */
  resets: number;
  respond(responder: Responder | null): void;
  /**
   * Decides the answer to the end of DATA (the whole message is in): null accepts, an error refuses, a promise holds
   * the answer back. An accepted message is kept even if the client hung up while waiting: a server that has had the
   * whole message may deliver it.
   */
  respondToData(responder: Responder | null): void;
  mailsTo(address: string): CapturedMail[];
  waitForMail(predicate: (m: CapturedMail) => boolean, what: string, timeoutMs?: number): Promise<CapturedMail>;
  close(): Promise<void>;
}

/** An answer for a responder to hold back until `release()` (a mail server that stalls). */
export function heldAnswer(): { held: Promise<null>; release: () => void } {
  let release!: () => void;
  const held = new Promise<null>((resolve) => (release = () => resolve(null)));
  return { held, release };
}

export function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** A real SMTP server in the test process; what arrives is parsed with mailparser. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  let responder: Responder | null = null;
  let dataResponder: Responder | null = null;
  const state = { attempts: 0, closed: 0, resets: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 20 * 1024 * 1024,
    onRcptTo(address, session, callback) {
      void Promise.resolve(responder?.(address.address, session) ?? null).then((refusal) => callback(refusal ?? undefined));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        state.attempts++;
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(raw)
          .then(async (parsed) => {
            const refusal = await (dataResponder?.(to[0] ?? '', session) ?? null);
            if (!refusal) mails.push({ to, raw, parsed });
            callback(refusal ?? undefined);
          })
          .catch((error: Error) => callback(error));
      });
    },
    onClose() {
      state.closed++;
    },
  });
  // A client gone mid-message (killed, its connection reset) is what the crash tests make happen; smtp-server reports it
  // as an 'error' event, which with no listener was an uncaught exception that failed the whole test run.
  server.on('error', () => {
    state.resets++;
  });
  return {
    ...(await listenOnLoopback(server)),
    mails,
    get resets() {
      return state.resets;
    },
    get attempts() {
      return state.attempts;
    },
    get closed() {
      return state.closed;
    },
    respond(r) {
      responder = r;
    },
    respondToData(r) {
      dataResponder = r;
    },
    mailsTo: (address) => mails.filter((m) => m.to.includes(address)),
    waitForMail: (predicate, what, timeoutMs = 20_000) => waitFor(() => mails.find(predicate), what, timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Starts an SMTP server on a free loopback port: its URL for SMTP_URL, and the port. */
export async function listenOnLoopback(server: SMTPServer): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, port };
}

/** The first link in a text part that goes to `path` (e.g. "/confirm"). */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s<>"]*${path.replace(/[/?]/g, '\\$&')}\\?token=[A-Za-z0-9._~-]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[0];
}
