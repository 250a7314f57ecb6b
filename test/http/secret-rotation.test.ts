import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSubscriberByEmail, upsertSubscriber } from '../../src/subscribers/store.js';
import { signToken, verifyToken } from '../../src/subscribers/tokens.js';
import { seedStory } from '../helpers/digests.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { linkIn, startSmtpCapture, type CapturedMail, type SmtpCapture } from '../helpers/smtp.js';

const OLD = 'old-secret-before-rotation-0123456789abcdef';
const OLDER = 'older-secret-two-rotations-ago-0123456789ab';
const NEW = 'new-secret-after-rotation-0123456789abcdef0';
const STRANGER = 'a-secret-this-service-never-had-0123456789';

/**
 * An operator rotates SECRET: the service restarts on the same data with a
 * new SECRET and the old one in SECRET_PREVIOUS. Links in mails sent before
 * (real SMTP, real workers) must still work; new mail is signed with the new
 * SECRET only.
 */
describe('SECRET rotation with SECRET_PREVIOUS', () => {
  let smtp: SmtpCapture;
  let before: TestService | undefined;
  let after: TestService | undefined;
  const sent: Record<'confirmation' | 'manageDigest' | 'unsubscribeDigest', CapturedMail | undefined> = { confirmation: undefined, manageDigest: undefined, unsubscribeDigest: undefined };
  const env = { SMTP_URL: '', MAIL_FROM: 'Wire desk <desk@wirebrief.test>', PUBLIC_RATE_LIMIT: '1000', SUBSCRIBE_LIMIT_PER_IP: '1000' };

  const rotated = () => after!;
  const record = (email: string) => findSubscriberByEmail(rotated().service.runtime.ctx, email);
  /** A link as mailed, opened on the restarted service (the same PUBLIC_URL in production; another port here). */
  const onRotated = (link: string) => `${rotated().base}${new URL(link).pathname}${new URL(link).search}`;
  const unsubscribeLinkOf = (mail: CapturedMail) => /^List-Unsubscribe: <(http[^>]+)>/im.exec(mail.raw.replace(/\r\n[ \t]+/g, ' '))![1]!;
  const oneClick = (link: string) => fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

  async function runDigests(app: TestService, emails: string[]): Promise<CapturedMail[]> {
    await seedStory(app.service.runtime.ctx, { title: `Defence ministry statement ${emails.join(' ')}`, topics: ['defence'], seenAt: Date.now() - 3600_000 });
    expect((await app.post('/api/admin/digests/run', {}, ADMIN_HEADERS)).status).toBe(202);
    return Promise.all(emails.map((email) => smtp.waitForMail((m) => m.to.includes(email) && /briefing/i.test(m.parsed.subject ?? ''), `a digest to ${email}`)));
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    env.SMTP_URL = smtp.url;
    before = await startTestService('secret-rotation', { ...env, SECRET: OLD });
    const ctx = before.service.runtime.ctx;
    expect((await before.post('/api/subscribe', { email: 'pending.reader@example.org', topics: ['defence'] })).status).toBe(202);
    sent.confirmation = await smtp.waitForMail((m) => m.to.includes('pending.reader@example.org') && /confirm/i.test(m.parsed.subject ?? ''), 'the confirmation mail');
    for (const email of ['manage.reader@example.org', 'unsubscribe.reader@example.org']) await upsertSubscriber(ctx, { email, topics: ['defence'], confirmed: true });
    [sent.manageDigest, sent.unsubscribeDigest] = await runDigests(before, ['manage.reader@example.org', 'unsubscribe.reader@example.org']);
    // The restart with the new SECRET, on the same Redis data.
    await before.service.close();
    after = await startTestService('secret-rotation', { ...env, SECRET: NEW, SECRET_PREVIOUS: `${OLDER}, ${OLD}`, WIREBRIEF_PREFIX: before.prefix });
  }, 60_000);

  afterAll(async () => {
    // The restarted service's close deletes the shared prefix; without it, the first service's does.
    await (after ?? before)?.close();
    await smtp?.close();
  });

  it('keeps a one-click unsubscribe link from a digest sent before the rotation working', async () => {
    const link = onRotated(unsubscribeLinkOf(sent.unsubscribeDigest!));
    expect(verifyToken(NEW, tokenOf(link), 'unsubscribe', Date.now())).toEqual({ ok: false, reason: 'bad-signature' });
    const res = await oneClick(link);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You are unsubscribed');
    expect((await record('unsubscribe.reader@example.org'))?.status).toBe('unsubscribed');
  });

  it('opens a manage link from a digest sent before the rotation, and saves its form', async () => {
    const link = onRotated(linkIn(sent.manageDigest!.parsed.text ?? '', '/manage'));
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('manage.reader@example.org');
    const formToken = /name="form_token" value="([^"]+)"/.exec(html)![1]!;
    const saved = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: rotated().base, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ form_token: formToken, topics: 'economy', frequency: 'daily', hour: '9', timezone: 'UTC' }).toString(),
    });
    expect(saved.status).toBe(200);
    expect(await record('manage.reader@example.org')).toMatchObject({ status: 'active', topics: ['economy'], hour: 9 });
  });

  it('confirms with a confirmation link mailed before the rotation', async () => {
    const link = onRotated(linkIn(sent.confirmation!.parsed.text ?? '', '/confirm'));
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Subscription confirmed');
    expect((await record('pending.reader@example.org'))?.status).toBe('active');
  });

  it('refuses a link signed with a secret the service never had, and changes nothing', async () => {
    const reader = (await record('manage.reader@example.org'))!;
    const exp = Date.now() + 3600_000;
    const forged = (purpose: 'manage' | 'unsubscribe') => `${rotated().base}/${purpose}?token=${signToken(STRANGER, { sub: reader.id, purpose, exp })}`;
    expect((await oneClick(forged('unsubscribe'))).status).toBe(400);
    expect((await fetch(forged('manage'))).status).toBe(400);
    expect((await record('manage.reader@example.org'))?.status).toBe('active');
  });

  it('signs the links of mail sent after the rotation with the new SECRET only', async () => {
    expect((await rotated().post('/api/subscribe', { email: 'new.reader@example.org', topics: ['defence'] })).status).toBe(202);
    const confirmation = await smtp.waitForMail((m) => m.to.includes('new.reader@example.org') && /confirm/i.test(m.parsed.subject ?? ''), 'the new confirmation mail');
    await upsertSubscriber(rotated().service.runtime.ctx, { email: 'later.reader@example.org', topics: ['defence'], confirmed: true });
    const [digest] = await runDigests(rotated(), ['later.reader@example.org']);
    const now = Date.now();
    const tokens: [string, 'confirm' | 'manage' | 'unsubscribe'][] = [
      [tokenOf(linkIn(confirmation.parsed.text ?? '', '/confirm')), 'confirm'],
      [tokenOf(linkIn(digest!.parsed.text ?? '', '/manage')), 'manage'],
      [tokenOf(unsubscribeLinkOf(digest!)), 'unsubscribe'],
    ];
    for (const [token, purpose] of tokens) {
      expect(verifyToken(NEW, token, purpose, now).ok, purpose).toBe(true);
      for (const previous of [OLD, OLDER]) expect(verifyToken(previous, token, purpose, now), purpose).toEqual({ ok: false, reason: 'bad-signature' });
    }
  });
});
