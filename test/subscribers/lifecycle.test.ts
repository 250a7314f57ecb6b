import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { confirmSubscription, requestSubscription, subscriptionMail, unsubscribeByToken } from '../../src/subscribers/lifecycle.js';
import { addressLimitKey, countAddressRequest, RESEND_AFTER_MS } from '../../src/subscribers/limits.js';
import { signedLink } from '../../src/subscribers/links.js';
import { eraseSubscriber, heldAbout } from '../../src/subscribers/privacy.js';
import { countByStatus, findSubscriberByEmail, getSubscriber, setStatus } from '../../src/subscribers/store.js';
import { isSuppressed, suppressAddress } from '../../src/subscribers/suppression.js';
import { signToken } from '../../src/subscribers/tokens.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { testCtx } from '../helpers/redis.js';

const ctx = testCtx('subscribers-lifecycle');
const taxonomy = loadTaxonomy();
afterAll(() => ctx.cleanup());

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const ask = (email: string, topics: string[], extra: Record<string, unknown> = {}) =>
  requestSubscription(ctx, taxonomy, { email, preferences: { topics, ...extra }, source: 'api' });

describe('subscription lifecycle', () => {
  it('stores a new address once, pending, and re-sends at most once per 10 minutes', async () => {
    const first = await ask('Meera@Example.org', ['defence']);
    expect(first.subscriber).toMatchObject({ email: 'Meera@example.org', status: 'pending', topics: ['defence'], source: 'api' });
    expect(first.mail).toBe(true);

    ctx.clock.t += 60_000;
    const again = await ask('meera@EXAMPLE.org', ['diplomacy'], { frequency: 'weekly', weekday: 3, hour: 6, timezone: 'Asia/Kolkata' });
    expect(again.subscriber.id).toBe(first.subscriber.id);
    expect(again.mail).toBe(false);
    // A pending request's newest choices win: nobody has confirmed the old ones.
    expect(await getSubscriber(ctx, first.subscriber.id)).toMatchObject({ topics: ['diplomacy'], frequency: 'weekly', weekday: 3, hour: 6, timezone: 'Asia/Kolkata', email: 'Meera@example.org' });

    ctx.clock.t += RESEND_AFTER_MS;
    expect((await ask('meera@example.org', ['diplomacy'])).mail).toBe(true);
    expect((await countByStatus(ctx)).pending).toBe(1);
  });

  it('gives a retried request (the same request id) its mail slot again, and no other request inside the quiet period', async () => {
    const request = { email: 'retry@example.org', preferences: { topics: ['defence'] }, source: 'api' as const };
    const first = await requestSubscription(ctx, taxonomy, request, { requestId: 'job:41' });
    expect(first.mail).toBe(true);
    // The worker lost the job after claiming, before the mail went: the retry must still mail.
    expect((await requestSubscription(ctx, taxonomy, request, { requestId: 'job:41' })).mail).toBe(true);
    expect((await requestSubscription(ctx, taxonomy, request, { requestId: 'job:42' })).mail).toBe(false);
    expect((await requestSubscription(ctx, taxonomy, request)).mail).toBe(false);
    ctx.clock.t += RESEND_AFTER_MS;
    expect((await requestSubscription(ctx, taxonomy, request, { requestId: 'job:43' })).mail).toBe(true);
  });

  it('carries on a per-mailbox count an older version kept as a plain number, and erasing takes off only what the address itself asked', async () => {
    const counter = addressLimitKey(ctx, 'legacy@example.org');
    await ctx.redis.set(counter, '3', 'PX', 3_600_000);
    expect(await countAddressRequest(ctx, 'legacy+a@example.org', 5)).toEqual({ allowed: true });
    // The old count had no owners: erasing the base address cannot take any of it off.
    await eraseSubscriber(ctx, 'legacy@example.org');
    expect(await countAddressRequest(ctx, 'legacy@example.org', 5)).toEqual({ allowed: true });
    expect(await countAddressRequest(ctx, 'legacy+b@example.org', 5)).toMatchObject({ allowed: false });
    expect(await ctx.redis.pttl(counter)).toBeLessThanOrEqual(3_600_000);
    await eraseSubscriber(ctx, 'legacy+a@example.org');
    expect(await ctx.redis.hget(counter, 'n')).toBe('4');
  });

  it('leaves an active subscriber untouched and mails them their manage link instead', async () => {
    const { subscriber } = await ask('active@example.org', ['sport']);
    const confirmed = await confirmSubscription(ctx, tokenOf(signedLink(ctx, subscriber.id, 'confirm')));
    expect(confirmed).toMatchObject({ ok: true, subscriber: { status: 'active' } });
    ctx.clock.t += RESEND_AFTER_MS;
    const again = await ask('active@example.org', ['economy'], { hour: 3 });
    expect(again.mail).toBe(true);
    expect(await getSubscriber(ctx, subscriber.id)).toMatchObject({ status: 'active', topics: ['sport'], hour: 7 });
  });

  it('spends a confirmation token on first use; a reused token cannot re-activate', async () => {
    const { subscriber } = await ask('once@example.org', ['health']);
    const token = tokenOf(signedLink(ctx, subscriber.id, 'confirm'));
    expect((await confirmSubscription(ctx, token)).ok).toBe(true);
    const unsub = await unsubscribeByToken(ctx, tokenOf(signedLink(ctx, subscriber.id, 'unsubscribe')));
    expect(unsub).toMatchObject({ ok: true, subscriber: { status: 'unsubscribed' } });
    expect(await confirmSubscription(ctx, token)).toEqual({ ok: false, reason: 'used', status: 'unsubscribed' });
    expect((await getSubscriber(ctx, subscriber.id))!.status).toBe('unsubscribed');
  });

  it('still counts a token spent under the older one-key-per-token form as spent', async () => {
    const { subscriber } = await ask('legacy@example.org', ['health']);
    const token = tokenOf(signedLink(ctx, subscriber.id, 'confirm'));
    const legacy = `${ctx.config.prefix}:sub:${subscriber.id}:spent:${createHash('sha256').update(token).digest('hex')}`;
    await ctx.redis.set(legacy, String(ctx.now()), 'PX', 60_000);
    expect(await confirmSubscription(ctx, token)).toEqual({ ok: false, reason: 'used', status: 'pending' });
    expect((await getSubscriber(ctx, subscriber.id))!.status).toBe('pending');
  });

  it('refuses expired and altered confirmation tokens and changes nothing', async () => {
    const { subscriber } = await ask('late@example.org', ['culture-entertainment']);
    const expired = signToken(ctx.config.secret, { sub: subscriber.id, purpose: 'confirm', exp: ctx.now() - 1 });
    expect(await confirmSubscription(ctx, expired)).toEqual({ ok: false, reason: 'expired', status: 'pending' });
    const good = tokenOf(signedLink(ctx, subscriber.id, 'confirm'));
    expect(await confirmSubscription(ctx, `${good.slice(0, -3)}abc`)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(await confirmSubscription(ctx, tokenOf(signedLink(ctx, subscriber.id, 'manage')))).toEqual({ ok: false, reason: 'wrong-purpose' });
    expect((await getSubscriber(ctx, subscriber.id))!.status).toBe('pending');
    // The token was never spent by those refusals: the real one still works.
    expect((await confirmSubscription(ctx, good)).ok).toBe(true);
  });

  it('honours an authentic unsubscribe link however old, and an unsubscribed address can opt in again', async () => {
    const { subscriber } = await ask('old@example.org', ['science-tech']);
    await setStatus(ctx, subscriber, 'active');
    const ancient = signToken(ctx.config.secret, { sub: subscriber.id, purpose: 'unsubscribe', exp: ctx.now() - 400 * 24 * 3600_000 });
    expect(await unsubscribeByToken(ctx, ancient)).toMatchObject({ ok: true, subscriber: { status: 'unsubscribed' } });
    ctx.clock.t += RESEND_AFTER_MS;
    const back = await ask('old@example.org', ['environment']);
    expect(back).toMatchObject({ mail: true, subscriber: { id: subscriber.id, status: 'pending', topics: ['environment'] } });
  });

  it('erases everything but a suppression hash; a new confirmed opt-in lifts it', async () => {
    const { subscriber } = await ask('gone@example.org', ['defence']);
    await confirmSubscription(ctx, tokenOf(signedLink(ctx, subscriber.id, 'confirm')));
    await eraseSubscriber(ctx, 'GONE@example.org');
    expect(await heldAbout(ctx, 'gone@example.org')).toMatchObject({ subscriber: null, suppression: { reason: 'erased' } });
    expect(await getSubscriber(ctx, subscriber.id)).toBeNull();
    const keys = await ctx.redis.keys(`${ctx.config.prefix}:*${subscriber.id}*`);
    expect(keys).toEqual([]);
    expect(await ctx.redis.sismember(`${ctx.config.prefix}:subs:status:active`, subscriber.id)).toBe(0);
    const raw = JSON.stringify(await ctx.redis.hgetall(`${ctx.config.prefix}:suppressed`));
    expect(raw).not.toMatch(/gone/i);

    const again = await ask('gone@example.org', ['defence']);
    expect(again.subscriber.id).not.toBe(subscriber.id);
    expect(await isSuppressed(ctx, 'gone@example.org')).toBe(true);
    await confirmSubscription(ctx, tokenOf(signedLink(ctx, again.subscriber.id, 'confirm')));
    expect(await isSuppressed(ctx, 'gone@example.org')).toBe(false);
    expect((await findSubscriberByEmail(ctx, 'gone@example.org'))!.status).toBe('active');
  });

  it('confirms a bounced-then-suppressed address only through its own new opt-in', async () => {
    await suppressAddress(ctx, 'bounced@example.org', 'bounce');
    const { subscriber } = await ask('bounced@example.org', ['defence']);
    expect(subscriber.status).toBe('pending');
    expect(await isSuppressed(ctx, 'bounced@example.org')).toBe(true);
  });
});

describe('subscription mails', () => {
  it('confirms the pending, sends the active their manage link, and mails no one suppressed or unsubscribed', async () => {
    const { subscriber } = await ask('mails@example.org', ['defence']);
    const confirm = await subscriptionMail(ctx, taxonomy, subscriber);
    expect(confirm).toMatchObject({ to: 'mails@example.org', subject: 'Confirm your wirebrief subscription' });
    expect(confirm!.text).toContain(`${ctx.config.publicUrl}/confirm?token=`);

    const active = await setStatus(ctx, subscriber, 'active');
    const manage = await subscriptionMail(ctx, taxonomy, active);
    expect(manage).toMatchObject({ subject: 'You already get wirebrief' });
    expect(manage!.text).toMatch(/Nothing has changed[\s\S]*\/manage\?token=[\s\S]*\/unsubscribe\?token=/);
    expect(manage!.html).toContain('Manage my preferences');
    // RFC 3834: automatic mail, so auto-responders (out-of-office replies) stay quiet.
    for (const mail of [confirm, manage]) expect(mail!.headers).toMatchObject({ 'Auto-Submitted': 'auto-generated' });

    await suppressAddress(ctx, 'mails@example.org', 'complaint');
    expect(await subscriptionMail(ctx, taxonomy, active)).toBeNull();
    expect(await subscriptionMail(ctx, taxonomy, await setStatus(ctx, active, 'unsubscribed'))).toBeNull();
  });
});
