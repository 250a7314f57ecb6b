import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../src/subscribers/tokens.js';

const SECRET = 'k'.repeat(40);
const now = Date.parse('2026-02-27T12:00:00Z');

describe('signed tokens', () => {
  const token = signToken(SECRET, { sub: 'abc123', purpose: 'confirm', exp: now + 60_000 });

  it('verifies its own token', () => {
    expect(verifyToken(SECRET, token, 'confirm', now)).toEqual({ ok: true, claims: { sub: 'abc123', purpose: 'confirm', exp: now + 60_000 } });
  });

  it('refuses an expired, altered, re-purposed or foreign token', () => {
    expect(verifyToken(SECRET, token, 'confirm', now + 60_001)).toEqual({ ok: false, reason: 'expired' });
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify(['someone-else', 'confirm', now + 60_000])).toString('base64url');
    expect(verifyToken(SECRET, `${forged}.${sig}`, 'confirm', now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken(SECRET, `${body}.${sig!.slice(0, -2)}xx`, 'confirm', now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken(SECRET, token, 'unsubscribe', now)).toEqual({ ok: false, reason: 'wrong-purpose' });
    expect(verifyToken('x'.repeat(40), token, 'confirm', now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken(SECRET, 'garbage', 'confirm', now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('verifies against a list of secrets (SECRET, then SECRET_PREVIOUS): any one of them signed it', () => {
    const previous = 'p'.repeat(40);
    expect(verifyToken(['n'.repeat(40), previous, SECRET], token, 'confirm', now)).toEqual({ ok: true, claims: { sub: 'abc123', purpose: 'confirm', exp: now + 60_000 } });
    expect(verifyToken(['n'.repeat(40), previous], token, 'confirm', now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken([], token, 'confirm', now)).toEqual({ ok: false, reason: 'bad-signature' });
    // Expiry still holds under an older secret.
    expect(verifyToken(['n'.repeat(40), SECRET], token, 'confirm', now + 60_001)).toEqual({ ok: false, reason: 'expired' });
  });
});
