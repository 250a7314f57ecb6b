import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../src/mail/transport.js';
import { tempDir } from '../helpers/redis.js';
import { heldAnswer, startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/**
 * The SMTP mailer knows when the server has had the whole message: before
 * that, an abort closes the connection and nothing is delivered; after it, an
 * abort no longer stops the send, which waits for the server's answer. With a
 * DKIM signature too, which nodemailer computes over the whole message before
 * the first byte goes out: the moment is still the end of DATA, not the end of
 * signing.
 */
describe.each([
  ['unsigned', null],
  ['DKIM-signed', { domainName: 'wirebrief.test', keySelector: 'wb2026', privateKey: PEM }],
])('an SMTP send (%s) told to stop', (_kind, dkim) => {
  let smtp: SmtpCapture;
  let mailer: Mailer;
  const mail = (to: string) => ({ to, subject: 'Daily briefing', html: '<p>Navy commissions a frigate</p>', text: 'Navy commissions a frigate', messageId: `<${to}@wirebrief.test>` });

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    mailer = createMailer({ smtpUrl: smtp.url, outboxDir: tempDir('handed-over'), mailFrom: 'Wire desk <desk@wirebrief.test>', dkim });
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
  });

  /** Sends to `to` with a signal the test aborts; says whether the mailer told of the hand-over, and when it settled. */
  function watchedSend(to: string) {
    const stop = new AbortController();
    const seen = { handedOver: false, settled: false };
    const sending = mailer.send({ ...mail(to), signal: stop.signal, handedOver: () => (seen.handedOver = true) }).finally(() => (seen.settled = true));
    return { stop, seen, sending };
  }

  it('before the server has the whole message: stops at once, and nothing arrives', async () => {
    const to = `rcpt-${dkim ? 'signed' : 'plain'}@example.org`;
    const { held, release } = heldAnswer();
    let reached = 0;
    smtp.respond((rcpt) => (rcpt === to ? (reached++, held) : null));
    const { stop, seen, sending } = watchedSend(to);
    await waitFor(() => reached === 1, 'the send to reach RCPT TO');
    expect(seen.handedOver).toBe(false);
    stop.abort(new Error('shutting down'));
    await expect(sending).rejects.toMatchObject({ name: 'AbortError' });
    release();
    smtp.respond(null);
    expect(seen.handedOver).toBe(false);
    expect(smtp.mailsTo(to)).toHaveLength(0);
  });

  it('once the server has the whole message: waits for its answer instead, and the mail is sent', async () => {
    const to = `data-${dkim ? 'signed' : 'plain'}@example.org`;
    const { held, release } = heldAnswer();
    let whole = 0;
    smtp.respondToData((rcpt) => (rcpt === to ? (whole++, held) : null));
    const { stop, seen, sending } = watchedSend(to);
    await waitFor(() => whole === 1 && seen.handedOver, 'the whole message at the server, and the sender told so');
    stop.abort(new Error('shutting down'));
    // An aborted send would fail within a tick or two; this one is still waiting for the server.
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.settled).toBe(false);
    release();
    smtp.respondToData(null);
    await expect(sending).resolves.toMatchObject({ messageId: `<${to}@wirebrief.test>` });
    expect(smtp.mailsTo(to)).toHaveLength(1);
  });
});
