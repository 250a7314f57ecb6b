import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/http/server.js';
import { findSubscriberByEmail } from '../../src/subscribers/store.js';
import { isSuppressed } from '../../src/subscribers/suppression.js';
import { activeSubscriber } from '../helpers/digests.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { SNS_CERT, signedSns } from '../helpers/sns.js';

const TOKEN = 'bounce-webhook-token-0123456789';
const plain = { 'content-type': 'text/plain; charset=UTF-8', authorization: `Bearer ${TOKEN}` };
const json = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
const REFUSAL = { error: 'the body may not use the keys __proto__ or constructor.prototype' };

/** The prototype keys, as written and as JSON escapes spell them. */
const POISONS = [
  '"__proto__": {"polluted": true}',
  '"\\u005f_proto__": {"polluted": true}',
  '"\\u005F\\u005Fproto\\u005F\\u005F": {"polluted": true}',
  '"constructor": {"prototype": {"polluted": true}}',
  '"constr\\u0075ctor": {"prot\\u006ftype": {"polluted": true}}',
];

/**
 * Bounce webhooks read JSON the server's JSON parser never sees: SNS posts it
 * as text/plain, and nests the SES notification as text inside. Both go
 * through the same prototype-key check as every other JSON body.
 */
describe('the bounce webhook refuses prototype keys in every JSON it reads', () => {
  let app: TestService;
  let signed: ReturnType<typeof buildServer>;

  beforeAll(async () => {
    app = await startTestService('bounce-webhook-prototype', { BOUNCE_WEBHOOK_TOKEN: TOKEN, SNS_VERIFY_SIGNATURES: 'false' }, ['api']);
    signed = buildServer({ ...app.service.runtime, snsCertificates: async () => SNS_CERT }, { api: true });
    await signed.ready();
    for (const who of ['plain', 'json', 'sns', 'signed']) await activeSubscriber(app.service.runtime.ctx, { email: `${who}@example.org`, topics: ['defence'] });
  });
  afterAll(async () => {
    await signed?.close();
    await app?.close();
  });

  const untouched = async (email: string) => {
    expect((await findSubscriberByEmail(app.service.runtime.ctx, email))?.status).toBe('active');
    expect(await isSuppressed(app.service.runtime.ctx, email)).toBe(false);
  };
  const sesBounce = (email: string, poison: string) =>
    `{${poison}, "notificationType": "Bounce", "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{"emailAddress": "${email}"}]}}`;

  it('in a text/plain body (as SNS posts), nested or at the top', async () => {
    for (const poison of POISONS) {
      for (const body of [`{${poison}, "email": "plain@example.org", "type": "bounce"}`, `{"events": [{"email": "plain@example.org", "type": "bounce", "extra": {${poison}}}]}`]) {
        const res = await app.post('/api/webhooks/bounce', body, plain);
        expect({ body, status: res.status, answer: await res.json() }).toEqual({ body, status: 400, answer: REFUSAL });
      }
    }
    await untouched('plain@example.org');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('in an application/json body, as before', async () => {
    for (const poison of POISONS) {
      const res = await app.post('/api/webhooks/bounce', `{${poison}, "email": "json@example.org", "type": "bounce"}`, json);
      expect(res.status).toBe(400);
    }
    await untouched('json@example.org');
  });

  it('in the SES notification inside an SNS envelope, unsigned or signed', async () => {
    for (const poison of POISONS) {
      const envelope = JSON.stringify({ Type: 'Notification', MessageId: 'm-1', Message: sesBounce('sns@example.org', poison) });
      const res = await app.post('/api/webhooks/bounce', envelope, plain);
      expect({ poison, status: res.status, answer: await res.json() }).toEqual({ poison, status: 400, answer: REFUSAL });
      const authentic = await signed.inject({ method: 'POST', url: '/api/webhooks/bounce', payload: JSON.stringify(signedSns({ Type: 'Notification', Message: sesBounce('signed@example.org', poison) })), headers: plain });
      expect({ poison, status: authentic.statusCode, answer: authentic.json() as unknown }).toEqual({ poison, status: 400, answer: REFUSAL });
    }
    await untouched('sns@example.org');
    await untouched('signed@example.org');
  });

  it('still takes the same payloads without the prototype keys (and an ordinary "constructor" value)', async () => {
    const res = await app.post('/api/webhooks/bounce', '{"email": "plain@example.org", "type": "bounce", "reason": "550 \\u0075nknown user", "constructor": "mta-7"}', plain);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ provider: 'generic', processed: 1 });
    expect((await findSubscriberByEmail(app.service.runtime.ctx, 'plain@example.org'))?.status).toBe('bouncing');
    const sns = await app.post('/api/webhooks/bounce', JSON.stringify({ Type: 'Notification', Message: sesBounce('sns@example.org', '"mail": {}') }), plain);
    expect(sns.status).toBe(200);
    expect((await findSubscriberByEmail(app.service.runtime.ctx, 'sns@example.org'))?.status).toBe('bouncing');
  });
});
