import { SMTPServer } from 'smtp-server';
import { listenOnLoopback } from './smtp.js';

export interface SinkedMail {
  to: string[];
  messageId: string | null;
  bytes: number;
  /** When the server took the DATA command: the client sends the body only after this, so a sender alive then began it. */
  dataAt: number;
  /** When the message was accepted. */
  at: number;
}

export interface SmtpSink {
  url: string;
  port: number;
  mails: SinkedMail[];
  /** Messages whose DATA is being received right now. */
  inFlight(): number;
  close(): Promise<void>;
}

/**
 * A real SMTP server that accepts everything and keeps only envelope,
 * Message-ID and size: for thousands of mails, where parsing each one (as
 * test/helpers/smtp.ts does) would cost more than sending it.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: SinkedMail[] = [];
  let receiving = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 1000,
    size: 20 * 1024 * 1024,
    onData(stream, session, callback) {
      receiving++;
      const dataAt = Date.now();
      let head = '';
      let bytes = 0;
      stream.on('data', (c: Buffer) => {
        bytes += c.length;
        if (head.length < 16_384 && !head.includes('\r\n\r\n')) head += c.toString('latin1');
      });
      stream.on('end', () => {
        receiving--;
        const headers = head.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: /^Message-ID:\s*(\S+)/im.exec(headers)?.[1] ?? null,
          bytes,
          dataAt,
          at: Date.now(),
        });
        callback();
      });
    },
  });
  // A client killed mid-session resets its connection: expected here, not a failure of the sink.
  server.on('error', () => undefined);
  return {
    ...(await listenOnLoopback(server)),
    mails,
    inFlight: () => receiving,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
