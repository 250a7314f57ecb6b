import fc from 'fast-check';
import libqp from 'libqp';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime, quotedPrintable, quotedPrintablePieces } from '../../src/mail/mime.js';

const decode = (qp: string) => libqp.decode(qp).toString('utf8');

const text = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '=', '.', 'a', 'é', '–', '😀', '\ud800', '<p class="x">'), fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ unit: 'grapheme-ascii', minLength: 70, maxLength: 90 })), maxLength: 200 });

describe('one-pass MIME composer', () => {
  it('quoted-printable round-trips any text, with lines of at most 76 and only ASCII', () => {
    fc.assert(
      fc.property(text, (s) => {
        const qp = quotedPrintable(s).toString('latin1');
        expect(/^[\x20-\x7e\r\n\t]*$/.test(qp)).toBe(true);
        for (const line of qp.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(/[ \t]$/.test(line)).toBe(false);
        }
        expect(qp.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);
        // Line breaks come back as CRLF; lone surrogates as U+FFFD, as Buffer.from does.
        const want = Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'utf8').toString('utf8');
        expect(decode(qp)).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('encodes text given in pieces (fixed text kept encoded) to what decodes as the whole', () => {
    const piece = fc.oneof(text, fc.constantFrom('x'.repeat(600), `<td style="a:b">\n${'é '.repeat(300)}\r`, '\n', '\r\n', ''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const qp = quotedPrintablePieces(pieces).toString('latin1');
        for (const line of qp.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
        expect(decode(qp)).toBe(Buffer.from(pieces.join('').replace(/\r?\n/g, '\r\n'), 'utf8').toString('utf8'));
      }),
      { numRuns: 200 },
    );
  });

  it('builds a message mailparser reads back: headers, both parts, encoded subject', async () => {
    const html = `<p>Héllo = world. ${'long line '.repeat(30)}</p>\n.dot at line start\n<b>😀</b> `;
    const raw = composeMime({
      from: 'wirebrief <digest@wirebrief.test>',
      to: 'reader@example.org',
      subject: 'Daily briefing, Friday 27 February 2026: India – Italy “defence” pact, and a subject long enough to fold',
      html,
      text: 'Héllo\nworld',
      messageId: '<daily-2026-02-27.abc@wirebrief.test>',
      headers: { 'List-Unsubscribe': `<https://news.example.org/unsubscribe?token=${'a'.repeat(60)}>, <mailto:unsubscribe@wirebrief.test?subject=unsubscribe%20${'a'.repeat(60)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })!;
    for (const line of raw.toString('latin1').split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Daily briefing, Friday 27 February 2026: India – Italy “defence” pact, and a subject long enough to fold');
    expect(mail.html).toBe(html);
    expect(mail.text).toBe('Héllo\nworld');
    expect(mail.messageId).toBe('<daily-2026-02-27.abc@wirebrief.test>');
    expect(mail.from?.value[0]).toMatchObject({ name: 'wirebrief', address: 'digest@wirebrief.test' });
    const lines = new Map(mail.headerLines.map((h) => [h.key, h.line.replace(/\r\n[ \t]/g, ' ')]));
    expect(lines.get('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(lines.get('list-unsubscribe')).toBe(`List-Unsubscribe: <https://news.example.org/unsubscribe?token=${'a'.repeat(60)}>, <mailto:unsubscribe@wirebrief.test?subject=unsubscribe%20${'a'.repeat(60)}>`);
  });

  it('leaves addresses that are not plain ASCII to MailComposer', () => {
    const mail = { from: 'digest@wirebrief.test', subject: 's', html: '', text: '', messageId: '<x@y>' };
    expect(composeMime({ ...mail, to: 'rené@exämple.org' })).toBeNull();
    expect(composeMime({ ...mail, to: 'rene@example.org' })).toBeInstanceOf(Buffer);
  });
});
