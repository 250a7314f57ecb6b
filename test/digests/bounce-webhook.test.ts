import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/http/server.js';
import { findSubscriberByEmail } from '../../src/subscribers/store.js';
import { isSuppressed } from '../../src/subscribers/suppression.js';
import { activeSubscriber } from '../helpers/digests.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { SNS_CERT, signedSns } from '../helpers/sns.js';

const TOKEN = 'bounce-webhook-token-0123456789';
const json = { 'content-type': 'application/json' };
const bearer = { ...json, authorization: `Bearer ${TOKEN}` };
const basic = (type = 'text/plain; charset=UTF-8') => ({ 'content-type': type, authorization: `Basic ${Buffer.from(`sns:${TOKEN}`).toString('base64')}` });

const sesBounce = (email: string, bounceType: string) =>
  JSON.stringify({
    notificationType: 'Bounce',
    bounce: { bounceType, bounceSubType: 'General', bouncedRecipients: [{ emailAddress: email, diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] },
    mail: { destination: [email] },
  });
const sns = (message: string) => signedSns({ Type: 'Notification', Message: message });

describe('POST /api/webhooks/bounce', () => {
  let app: TestService;
  let closed: TestService;
  let unverified: TestService;
  /** The same service's HTTP face, with the test certificate standing in for Amazon's download. */
  let signed: ReturnType<typeof buildServer>;
  const viaSns = async (body: unknown, headers: Record<string, string>) => {
    const res = await signed.inject({ method: 'POST', url: '/api/webhooks/bounce', payload: typeof body === 'string' ? body : JSON.stringify(body), headers });
    return { status: res.statusCode, json: async () => res.json() as unknown };
  };

  beforeAll(async () => {
    [app, closed, unverified] = await Promise.all([
      startTestService('digests-bounce-webhook', { BOUNCE_WEBHOOK_TOKEN: TOKEN }, ['api']),
      startTestService('digests-bounce-closed', {}, ['api']),
      startTestService('digests-bounce-unverified', { BOUNCE_WEBHOOK_TOKEN: TOKEN, SNS_VERIFY_SIGNATURES: 'false' }, ['api']),
    ]);
    const ctx = app.service.runtime.ctx;
    signed = buildServer({ ...app.service.runtime, snsCertificates: async () => SNS_CERT }, { api: true });
    await signed.ready();
    for (const name of ['generic', 'ses', 'ses-soft', 'complainer', 'postmark', 'postmark-soft', 'sg-bounce', 'sg-spam', 'sg-blocked', 'sg-fine']) {
      await activeSubscriber(ctx, { email: `${name}@example.org`, topics: ['defence'] });
    }
  });
  afterAll(async () => {
    await signed?.close();
    await app?.close();
    await closed?.close();
    await unverified?.close();
  });

  const status = async (email: string) => (await findSubscriberByEmail(app.service.runtime.ctx, email))?.status;
  const suppressed = (email: string) => isSuppressed(app.service.runtime.ctx, email);

  it('refuses without the token, and is closed when no token is configured', async () => {
    const body = { email: 'generic@example.org', type: 'bounce' };
    expect((await app.post('/api/webhooks/bounce', body, json)).status).toBe(401);
    expect((await app.post('/api/webhooks/bounce', body, { ...json, authorization: 'Bearer wrong-token-0000000000000' })).status).toBe(401);
    expect((await closed.post('/api/webhooks/bounce', body, bearer)).status).toBe(503);
    expect(await status('generic@example.org')).toBe('active');
  });

  it('takes the generic form: a hard bounce marks the subscriber bouncing and suppresses the address', async () => {
    const res = await app.post('/api/webhooks/bounce', { email: 'generic@example.org', type: 'bounce', reason: '550 user unknown' }, bearer);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ provider: 'generic', processed: 1, suppressed: 1, ignored: 0 });
    expect(await status('generic@example.org')).toBe('bouncing');
    expect(await suppressed('generic@example.org')).toBe(true);
    // An address without a subscriber is suppressed all the same.
    await app.post('/api/webhooks/bounce', { events: [{ email: 'stranger@example.org', type: 'complaint' }] }, bearer);
    expect(await suppressed('stranger@example.org')).toBe(true);
  });

  it('takes Amazon SES notifications through SNS (text/plain, Basic auth): permanent bounces and complaints act, transient ones do not', async () => {
    let res = await viaSns(JSON.stringify(sns(sesBounce('ses@example.org', 'Permanent'))), basic());
    expect(await res.json()).toMatchObject({ provider: 'ses', suppressed: 1 });
    expect(await status('ses@example.org')).toBe('bouncing');

    res = await viaSns(JSON.stringify(sns(sesBounce('ses-soft@example.org', 'Transient'))), basic());
    expect(await res.json()).toMatchObject({ provider: 'ses', suppressed: 0, ignored: 1 });
    expect(await status('ses-soft@example.org')).toBe('active');

    const complaint = JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'complainer@example.org' }], complaintFeedbackType: 'abuse' } });
    res = await viaSns(JSON.stringify(sns(complaint)), basic());
    expect(await res.json()).toMatchObject({ suppressed: 1 });
    expect(await status('complainer@example.org')).toBe('unsubscribed');
    expect(await suppressed('complainer@example.org')).toBe(true);

    // The same messages without a valid signature change nothing, even with the right token.
    const forged = { ...sns(sesBounce('ses-soft@example.org', 'Permanent')), Message: sesBounce('sg-fine@example.org', 'Permanent') };
    res = await viaSns(JSON.stringify(forged), basic());
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/signature does not match/);
    const { Signature: _signature, ...unsigned } = sns(sesBounce('sg-fine@example.org', 'Permanent'));
    res = await viaSns(JSON.stringify(unsigned), basic());
    expect(res.status).toBe(403);
    // The service as started fetches certificates only from Amazon's SNS hosts: a local link is refused unfetched.
    expect((await app.post('/api/webhooks/bounce', JSON.stringify({ ...forged, SigningCertURL: `${app.base}/cert.pem` }), basic())).status).toBe(403);
    expect(await status('sg-fine@example.org')).toBe('active');
    expect(await status('ses-soft@example.org')).toBe('active');
  });

  it('takes unsigned SNS posts, on the token alone, where an operator turned signature checks off', async () => {
    await activeSubscriber(unverified.service.runtime.ctx, { email: 'relay@example.org', topics: ['defence'] });
    const { Signature: _signature, ...unsigned } = sns(sesBounce('relay@example.org', 'Permanent'));
    const res = await unverified.post('/api/webhooks/bounce', JSON.stringify(unsigned), basic());
    expect(await res.json()).toMatchObject({ provider: 'ses', suppressed: 1 });
    expect((await findSubscriberByEmail(unverified.service.runtime.ctx, 'relay@example.org'))?.status).toBe('bouncing');
  });

  it('takes Postmark bounce webhooks (token in the query)', async () => {
    const hard = { RecordType: 'Bounce', Type: 'HardBounce', TypeCode: 1, Email: 'postmark@example.org', Description: 'The server was unable to deliver your message', Inactive: true };
    expect(await (await app.post(`/api/webhooks/bounce?token=${TOKEN}`, hard, json)).json()).toMatchObject({ provider: 'postmark', suppressed: 1 });
    expect(await status('postmark@example.org')).toBe('bouncing');
    const soft = { RecordType: 'Bounce', Type: 'SoftBounce', TypeCode: 4096, Email: 'postmark-soft@example.org', Inactive: false };
    expect(await (await app.post(`/api/webhooks/bounce?token=${TOKEN}`, soft, json)).json()).toMatchObject({ suppressed: 0, ignored: 1 });
    expect(await status('postmark-soft@example.org')).toBe('active');
  });

  it('takes SendGrid event batches', async () => {
    const events = [
      { email: 'sg-bounce@example.org', event: 'bounce', type: 'bounce', reason: '550 5.1.1 unknown' },
      { email: 'sg-spam@example.org', event: 'spamreport' },
      { email: 'sg-blocked@example.org', event: 'bounce', type: 'blocked', reason: '554 blocked by policy' },
      { email: 'sg-fine@example.org', event: 'delivered' },
    ];
    const res = await app.post('/api/webhooks/bounce', events, bearer);
    expect(await res.json()).toEqual({ provider: 'sendgrid', processed: 3, suppressed: 2, ignored: 2 });
    expect([await status('sg-bounce@example.org'), await status('sg-spam@example.org'), await status('sg-blocked@example.org'), await status('sg-fine@example.org')]).toEqual([
      'bouncing',
      'unsubscribed',
      'active',
      'active',
    ]);
  });

  it('answers a payload it cannot read with 400 and a clear message, and never follows a non-Amazon SNS link', async () => {
    let res = await app.post('/api/webhooks/bounce', { hello: 'world' }, bearer);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/unrecognised payload/);
    res = await app.post('/api/webhooks/bounce', 'not json at all', basic());
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/not JSON/);
    res = await app.post('/api/webhooks/bounce', { email: 'x@example.org', type: 'exploded' }, bearer);
    expect(res.status).toBe(400);
    const confirmation = await viaSns(JSON.stringify(signedSns({ Type: 'SubscriptionConfirmation', Message: 'confirm', Token: 't', SubscribeURL: 'http://169.254.169.254/latest/meta-data' })), basic());
    expect(confirmation.status).toBe(400);
    expect(((await confirmation.json()) as { error: string }).error).toMatch(/not followed/);
  });

  it('names a bad field of the generic form where it was sent, in words', async () => {
    const refusal = async (body: unknown) => {
      const res = await app.post('/api/webhooks/bounce', body, bearer);
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: string }).error;
    };
    const types = 'must be bounce, soft-bounce or complaint (or hard-bounce, hard, soft)';
    expect(await refusal({ email: 'x@example.org', type: 'exploded' })).toBe(`type: ${types}, not "exploded"`);
    expect(await refusal({ email: 'x@example.org' })).toBe(`type: ${types}`);
    expect(await refusal([{ email: 'x@example.org', type: 'bounce' }, { email: 'y@example.org', type: 'exploded' }])).toBe(`1.type: ${types}, not "exploded"`);
    expect(await refusal({ events: [{ email: 'x@example.org', type: 'exploded' }] })).toBe(`events.0.type: ${types}, not "exploded"`);
    expect(await refusal({ events: [] })).toBe('events: no events: send at least one');
    expect(await refusal([])).toBe('body: no events: send at least one');
  });
});
