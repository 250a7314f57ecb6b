import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formToken } from '../../src/http/guard.js';
import { signedLink } from '../../src/subscribers/links.js';
import { eraseSubscriber } from '../../src/subscribers/privacy.js';
import { getSubscriber, upsertSubscriber, type Subscriber } from '../../src/subscribers/store.js';
import { signToken, type LinkPurpose } from '../../src/subscribers/tokens.js';
import { startTestService, type TestService } from '../helpers/service.js';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Signed links as an attacker uses them, against the real server: every byte
 * changed, a link of one purpose used for another, expired links, links of an
 * erased subscriber and links signed with a SECRET since rotated.
 */
describe('signed links under attack', () => {
  let app: TestService;

  beforeAll(async () => {
    app = await startTestService('token-attacks', { PUBLIC_RATE_LIMIT: '100000' }, ['api']);
  });

  afterAll(async () => {
    await app?.close();
  });

  const ctx = () => app.service.runtime.ctx;
  const tokenOf = (id: string, purpose: LinkPurpose) => new URL(signedLink(ctx(), id, purpose)).searchParams.get('token')!;
  const statusOf = async (s: Subscriber) => (await getSubscriber(ctx(), s.id))?.status;
  const oneClick = (token: string) =>
    fetch(`${app.base}/unsubscribe?token=${encodeURIComponent(token)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  const managePost = (token: string) =>
    fetch(`${app.base}/manage?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.base, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ form_token: formToken(ctx(), 'manage:x'), topics: 'economy', frequency: 'daily', hour: '7', timezone: 'UTC' }).toString(),
    });
  const subscriber = async (email: string, confirmed: boolean) => (await upsertSubscriber(ctx(), { email, topics: ['defence'], confirmed })).subscriber;

  it('refuses a confirmation link with any one character changed, and confirms nothing', async () => {
    const pending = await subscriber('tamper.target@example.org', false);
    const token = tokenOf(pending.id, 'confirm');
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const other = B64URL[(B64URL.indexOf(token[i]!) + 1) % B64URL.length]!;
      const res = await app.get(`/confirm?token=${token.slice(0, i)}${other}${token.slice(i + 1)}`);
      expect(res.status, `character ${i} changed`).not.toBe(200);
    }
    expect(await statusOf(pending)).toBe('pending');
    expect((await app.get(`/confirm?token=${token}`)).status).toBe(200);
    expect(await statusOf(pending)).toBe('active');
  });

  it('refuses a link used for another purpose than its own', async () => {
    const reader = await subscriber('purpose.swap@example.org', true);
    const confirm = tokenOf(reader.id, 'confirm');
    const manage = tokenOf(reader.id, 'manage');
    const unsubscribe = tokenOf(reader.id, 'unsubscribe');
    const form = formToken(ctx(), `manage:${reader.id}`);
    for (const wrong of [confirm, manage, form]) {
      expect((await oneClick(wrong)).status).not.toBe(200);
      expect((await app.get(`/unsubscribe?token=${wrong}`)).status).not.toBe(200);
    }
    for (const wrong of [confirm, unsubscribe, form]) {
      expect((await app.get(`/manage?token=${wrong}`)).status).not.toBe(200);
      expect((await managePost(wrong)).status).not.toBe(200);
    }
    expect((await app.get(`/confirm?token=${unsubscribe}`)).status).not.toBe(200);
    const after = await getSubscriber(ctx(), reader.id);
    expect(after?.status).toBe('active');
    expect(after?.topics).toEqual(['defence']);
  });

  it('refuses an expired manage link; an authentic unsubscribe link works however old', async () => {
    const reader = await subscriber('old.links@example.org', true);
    const past = ctx().now() - 1000;
    expect((await app.get(`/manage?token=${signToken(ctx().config.secret, { sub: reader.id, purpose: 'manage', exp: past })}`)).status).not.toBe(200);
    expect(await statusOf(reader)).toBe('active');
    expect((await oneClick(signToken(ctx().config.secret, { sub: reader.id, purpose: 'unsubscribe', exp: past }))).status).toBe(200);
    expect(await statusOf(reader)).toBe('unsubscribed');
  });

  it('gives an erased subscriber\'s links nothing to act on, and brings no record back', async () => {
    const reader = await subscriber('erased.reader@example.org', true);
    const manage = tokenOf(reader.id, 'manage');
    const unsubscribe = tokenOf(reader.id, 'unsubscribe');
    await eraseSubscriber(ctx(), reader.email);
    expect((await app.get(`/manage?token=${manage}`)).status).not.toBe(200);
    expect((await managePost(manage)).status).not.toBe(200);
    expect((await oneClick(unsubscribe)).status).toBe(200);
    expect(await getSubscriber(ctx(), reader.id)).toBeNull();
  });

  it('after SECRET is rotated, links signed with the old one are refused (unsubscribe links too)', async () => {
    const reader = await subscriber('rotation.reader@example.org', true);
    const unsubscribe = tokenOf(reader.id, 'unsubscribe');
    const manage = tokenOf(reader.id, 'manage');
    const rotated = await startTestService('token-attacks-rotated', { WIREBRIEF_PREFIX: app.prefix, SECRET: 'a-rotated-secret-0123456789abcdef0123' }, ['api']);
    try {
      expect((await fetch(`${rotated.base}/manage?token=${manage}`)).status).not.toBe(200);
      const res = await fetch(`${rotated.base}/unsubscribe?token=${unsubscribe}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      expect(res.status).not.toBe(200);
      expect(await statusOf(reader)).toBe('active');
    } finally {
      await rotated.service.close();
    }
  });
});
