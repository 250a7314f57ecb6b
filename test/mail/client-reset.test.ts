import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldAnswer, startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

/**
 * The crash tests kill a worker while the mail server holds its answer; the killed client's connection is reset in the
 * middle of a message. The test server must take that as what it is (a client gone) and count it: smtp-server reports it
 * as an 'error' event, which with no listener was an uncaught exception failing the whole run (seen under load in
 * test/e2e/once-only-audit30.test.ts).
 */
describe('the test SMTP server when a client resets its connection mid-message', () => {
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => smtp?.close());

  /** Speaks SMTP up to RCPT TO on a raw socket; resolves once the server has read RCPT TO (its answer is held). */
  async function openTransaction(port: number, heldSeen: Promise<void>): Promise<Socket> {
    const socket = connect(port, '127.0.0.1');
    const lines: string[] = [];
    socket.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\r\n').filter(Boolean)));
    const answered = (code: string, after: number) => waitFor(() => lines.slice(after).some((l) => l.startsWith(`${code} `)), `an SMTP ${code}`, 5_000);
    await answered('220', 0);
    let seen = lines.length;
    socket.write('EHLO client.test\r\n');
    await answered('250', seen);
    seen = lines.length;
    socket.write('MAIL FROM:<desk@wirebrief.test>\r\n');
    await answered('250', seen);
    socket.write('RCPT TO:<reader@example.org>\r\n');
    await heldSeen;
    return socket;
  }

  it('counts the reset and goes on taking mail', async () => {
    const hold = heldAnswer();
    let rcptSeen!: () => void;
    const heldSeen = new Promise<void>((resolve) => (rcptSeen = resolve));
    smtp.respond(() => {
      rcptSeen();
      return hold.held;
    });
    const socket = await openTransaction(smtp.port, heldSeen);
    socket.resetAndDestroy();
    await waitFor(() => smtp.resets === 1, 'the reset to be counted', 5_000);
    hold.release();
    smtp.respond(null);
    // The server still answers the next client, up to its RCPT TO.
    const again = await openTransaction(smtp.port, Promise.resolve());
    again.end('QUIT\r\n');
    expect(smtp.resets).toBe(1);
  });
});
