import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  messageId?: string;
  /** Aborting it stops a send in flight (nodemailer closes the connection): used at shutdown. */
  signal?: AbortSignal;
}

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
}

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

function smtpMailer(config: MailerConfig, smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      const messageId = mail.messageId ?? newMessageId(config.mailFrom);
      const info = await transport.sendMail({ from: config.mailFrom, ...mail, messageId });
      return { messageId, response: String(info.response ?? '') };
    },
    close: () => transport.close(),
  };
}

function outboxMailer(config: MailerConfig): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const dir = resolve(config.outboxDir);
  return {
    kind: 'outbox',
    async send(mail) {
      const messageId = mail.messageId ?? newMessageId(config.mailFrom);
      const info = await transport.sendMail({ from: config.mailFrom, ...mail, messageId });
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
