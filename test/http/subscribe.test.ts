import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueSubscriptionRequest } from '../../jobs/enqueue.js';
import { saveStory, storyIdFor } from '../../src/stories/store.js';
import { listUnsubscribeHeaders, signedLink } from '../../src/subscribers/links.js';
import { eraseSubscriber } from '../../src/subscribers/privacy.js';
import { findSubscriberByEmail, setStatus, upsertSubscriber, type Subscriber } from '../../src/subscribers/store.js';
import { signToken } from '../../src/subscribers/tokens.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';
import { linkIn, smtpError, startSmtpCapture, type CapturedMail, type SmtpCapture } from '../helpers/smtp.js';
import { sleep, waitFor } from '../helpers/wait.js';

/**
 * The subscription face against the real server, real Redis, real BullMQ
 * workers and a real SMTP server: every link followed is the one in the mail.
 */
describe('subscriptions over HTTP', () => {
  let smtp: SmtpCapture;
  let app: TestService;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestService('http-subscribe', {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Wire desk <desk@wirebrief.test>',
      SUBSCRIBE_LIMIT_PER_ADDRESS: '3',
      SUBSCRIBE_LIMIT_PER_IP: '1000',
      PUBLIC_RATE_LIMIT: '1000',
    });
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const ctx = () => app.service.runtime.ctx;
  const record = (email: string) => findSubscriberByEmail(ctx(), email);
  const subscribeJson = (body: unknown) => app.post('/api/subscribe', body);
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.some((to) => to.toLowerCase() === email.toLowerCase()));
  const tokenIn = (link: string) => new URL(link).searchParams.get('token')!;

  async function mailQueueIdle(): Promise<void> {
    const { mail } = app.service.runtime.queues;
    await waitFor(async () => {
      const c = await mail.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(c).every((n) => n === 0);
    }, 'the mail queue to drain');
  }

  async function confirmationFor(email: string): Promise<CapturedMail> {
    return smtp.waitForMail((m) => m.to.includes(email) && /confirm/i.test(m.parsed.subject ?? ''), `confirmation mail to ${email}`);
  }

  async function activeSubscriber(email: string, topics: string[]): Promise<Subscriber> {
    const { subscriber } = await upsertSubscriber(ctx(), { email, topics, confirmed: true });
    return subscriber;
  }

  async function formTokenFrom(path: string): Promise<string> {
    const html = await (await app.get(path)).text();
    const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no form token on ${path}`);
    return token;
  }

  function formPost(path: string, fields: [string, string][], headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${app.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.base, 'sec-fetch-site': 'same-origin', ...headers },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
  }

  it('subscribe → confirmation mail → the exact link in it → active, with a manage link on the page', async () => {
    const res = await subscribeJson({ email: 'Asha.Rao@Example.ORG', topics: ['defence', 'diplomacy'], frequency: 'weekly', weekday: 5, hour: 18, timezone: 'Asia/Kolkata' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'pending', message: expect.stringMatching(/check your inbox/i) });

    const mail = await confirmationFor('Asha.Rao@example.org');
    expect(mail.parsed.subject).toBe('Confirm your wirebrief subscription');
    expect(mail.parsed.html).toContain('Confirm my subscription');
    expect(mail.parsed.text).toMatch(/expires in 7 days/);
    expect(mail.raw.split('\r\n\r\n')[0]).toMatch(/^Auto-Submitted: auto-generated$/m);
    expect((await record('asha.rao@example.org'))!.status).toBe('pending');

    const link = linkIn(mail.parsed.text ?? '', '/confirm');
    expect(link.startsWith(`${app.base}/confirm?token=`)).toBe(true);
    expect(mail.parsed.html).toContain(link);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Subscription confirmed');
    expect(html).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/manage\?token=[^"]+"/);
    expect(await record('ASHA.RAO@example.org')).toMatchObject({
      email: 'Asha.Rao@example.org',
      status: 'active',
      topics: ['defence', 'diplomacy'],
      frequency: 'weekly',
      weekday: 5,
      hour: 18,
      timezone: 'Asia/Kolkata',
    });
  });

  it('sends a pending subscriber nothing but the confirmation, even when an edition goes out', async () => {
    const waiting = 'waiting@example.org';
    const control = 'control@example.org';
    await subscribeJson({ email: waiting, topics: ['defence'] });
    await confirmationFor(waiting);
    await activeSubscriber(control, ['defence']);
    const at = Date.now();
    const id = storyIdFor('feed-test', 'pending-check');
    await saveStory(ctx(), {
      id, feedId: 'feed-test', feed: 'http://feeds.test/rss', guid: 'pending-check', link: 'http://news.test/pending-check', title: 'Navy commissions a new frigate',
      text: 'The navy commissioned a frigate.', summary: 'The navy commissioned a frigate.', published: at, seenAt: at, source: 'Test', agency: null, dateline: null,
      place: null, author: null, image: null, topics: [{ id: 'defence', score: 9 }], cluster: id, sources: ['Test'],
    });
    expect((await app.post('/api/admin/digests/run', {}, ADMIN_HEADERS)).status).toBe(202);
    const digest = await smtp.waitForMail((m) => m.to.includes(control), 'the control digest');
    expect(digest.parsed.text).toContain('Navy commissions a new frigate');
    await waitFor(async () => {
      const c = await app.service.runtime.queues.digestSend.getJobCounts('waiting', 'active', 'delayed');
      return Object.values(c).every((n) => !n);
    }, 'digest sends to finish');
    expect(mailsTo(waiting).map((m) => m.parsed.subject)).toEqual(['Confirm your wirebrief subscription']);
  });

  it('refuses an altered, an expired and a reused confirmation token with a clear page, changing nothing', async () => {
    await subscribeJson({ email: 'tokens@example.org', topics: ['health'] });
    const link = linkIn((await confirmationFor('tokens@example.org')).parsed.text ?? '', '/confirm');
    const token = tokenIn(link);
    const [body, signature] = token.split('.') as [string, string];
    const [sub] = JSON.parse(Buffer.from(body, 'base64url').toString()) as [string];

    const other = await activeSubscriber('someone-else@example.org', ['sport']);
    const forgedBody = Buffer.from(JSON.stringify([other.id, 'confirm', Date.now() + 3600_000])).toString('base64url');
    for (const altered of [`${forgedBody}.${signature}`, `${body}.${signature.slice(0, -4)}AAAA`, body, 'garbage']) {
      const res = await app.get(`/confirm?token=${encodeURIComponent(altered)}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/This link does not work[\s\S]*Nothing was changed/);
    }
    const expired = signToken(ctx().config.secret, { sub, purpose: 'confirm', exp: Date.now() - 1000 });
    const late = await app.get(`/confirm?token=${expired}`);
    expect(late.status).toBe(410);
    expect(await late.text()).toMatch(/This link has expired[\s\S]*Subscribe again/);
    expect((await record('tokens@example.org'))!.status).toBe('pending');

    expect((await fetch(link)).status).toBe(200);
    expect((await record('tokens@example.org'))!.status).toBe('active');
    // Unsubscribe, then replay the confirmation link: it must not bring the address back.
    const { 'List-Unsubscribe': header } = listUnsubscribeHeaders(ctx(), sub);
    const oneClick = /<(http[^>]+)>/.exec(header!)![1]!;
    expect((await fetch(oneClick, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
    const replay = await fetch(link);
    expect(replay.status).toBe(410);
    expect(await replay.text()).toMatch(/already used[\s\S]*nothing was changed/);
    expect((await record('tokens@example.org'))!.status).toBe('unsubscribed');
  });

  it('tells the truth when a confirmation link is opened again or late: active, since unsubscribed, or waiting on a newer mail', async () => {
    const email = 'opened-twice@example.org';
    await subscribeJson({ email, topics: ['health'] });
    const link = linkIn((await confirmationFor(email)).parsed.text ?? '', '/confirm');
    expect((await fetch(link)).status).toBe(200);
    const sub = (await record(email))!.id;
    const text = async (res: Response) => (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

    // A mail scanner opened it first, or a double click: the reader must learn they are subscribed, not be sent to subscribe again.
    const twice = await fetch(link);
    expect(twice.status).toBe(410);
    const twiceText = await text(twice);
    expect(twiceText).toMatch(/already used/);
    expect(twiceText).toMatch(/subscription is active/);
    expect(twiceText).not.toMatch(/if that was you/i);
    const late = await app.get(`/confirm?token=${signToken(ctx().config.secret, { sub, purpose: 'confirm', exp: Date.now() - 1000 })}`);
    expect(late.status).toBe(410);
    const lateText = await text(late);
    expect(lateText).toMatch(/subscription is active/);
    expect(lateText).not.toMatch(/subscribe again/i);

    // Since unsubscribed: the page must not claim the subscription is active.
    const oneClick = /<(http[^>]+)>/.exec(listUnsubscribeHeaders(ctx(), sub)['List-Unsubscribe']!)![1]!;
    await fetch(oneClick, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    const after = await text(await fetch(link));
    expect(after).not.toMatch(/subscription is active/);
    expect(after).toMatch(/unsubscribed[\s\S]*Subscribe again/);

    // Subscribed anew (pending): the old link points to the newest confirmation mail.
    await subscribeJson({ email, topics: ['health'] });
    await waitFor(async () => (await record(email))?.status === 'pending', 'the new request to be stored');
    const pending = await text(await fetch(link));
    expect(pending).not.toMatch(/subscription is active/);
    expect(pending).toMatch(/newest confirmation mail/);
    expect((await record(email))!.status).toBe('pending');
  });

  it('confirms nothing on a HEAD of the confirmation link (a link checker); the GET that follows does', async () => {
    await subscribeJson({ email: 'scanned@example.org', topics: ['health'] });
    const link = linkIn((await confirmationFor('scanned@example.org')).parsed.text ?? '', '/confirm');
    const head = await fetch(link, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await record('scanned@example.org'))!.status).toBe('pending');
    const open = await fetch(link);
    expect(open.status).toBe(200);
    expect(await open.text()).toContain('Subscription confirmed');
    expect((await record('scanned@example.org'))!.status).toBe('active');
  });

  it('answers byte for byte the same whether the address is new, pending, active or unsubscribed', async () => {
    await subscribeJson({ email: 'known-pending@example.org', topics: ['sport'] });
    await activeSubscriber('known-active@example.org', ['sport']);
    const gone = await activeSubscriber('known-unsubscribed@example.org', ['sport']);
    const { 'List-Unsubscribe': header } = listUnsubscribeHeaders(ctx(), gone.id);
    await fetch(/<(http[^>]+)>/.exec(header!)![1]!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect((await record('known-unsubscribed@example.org'))!.status).toBe('unsubscribed');

    const shape = async (res: Response) => {
      const headers = [...res.headers.entries()].filter(([name]) => name !== 'date');
      return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('hex') };
    };
    const jsonAnswer = (email: string) => subscribeJson({ email, topics: ['sport'] }).then(shape);
    const unknown = await jsonAnswer('never-seen@example.org');
    expect(unknown.status).toBe(202);
    for (const email of ['known-pending@example.org', 'known-active@example.org', 'known-unsubscribed@example.org', 'Known-Active@EXAMPLE.org']) {
      expect(await jsonAnswer(email), email).toEqual(unknown);
    }

    // The form post too: the page that answers is the same for any address.
    const formAnswer = async (email: string) => shape(await formPost('/', [['form_token', await formTokenFrom('/')], ['email', email], ['topics', 'sport']]));
    const unknownForm = await formAnswer('never-seen-form@example.org');
    expect(unknownForm.status).toBe(200);
    expect(Buffer.from(unknownForm.body, 'hex').toString()).toContain('Check your inbox');
    for (const email of ['known-pending@example.org', 'known-active@example.org']) expect(await formAnswer(email), email).toEqual(unknownForm);
  });

  it('unsubscribes by one-click POST with no cookie or session; a GET alone changes nothing', async () => {
    const s = await activeSubscriber('one-click@example.org', ['economy']);
    const { 'List-Unsubscribe': header, 'List-Unsubscribe-Post': post } = listUnsubscribeHeaders(ctx(), s.id);
    expect(post).toBe('List-Unsubscribe=One-Click');
    const url = /<(http[^>]+)>/.exec(header!)![1]!;
    expect(header).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=[^>]+>, <mailto:unsubscribe@wirebrief\.test\?subject=unsubscribe%20[^>]+>$/);

    // A mail scanner following the link: a page with one button, and nothing else happens.
    const look = await fetch(url);
    expect(look.status).toBe(200);
    const html = await look.text();
    expect(html).toMatch(/<form method="post" action="\/unsubscribe\?token=[^"]+">[\s\S]*name="List-Unsubscribe" value="One-Click"[\s\S]*<button type="submit">Unsubscribe<\/button>/);
    await fetch(url, { method: 'HEAD' });
    expect((await record('one-click@example.org'))!.status).toBe('active');

    // A POST without the RFC 8058 body is not a one-click request.
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' })).status).toBe(400);
    expect((await record('one-click@example.org'))!.status).toBe('active');

    // The mail provider's POST: no cookie, no Origin, no form token, no redirect followed.
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('You are unsubscribed');
    expect((await record('one-click@example.org'))!).toMatchObject({ status: 'unsubscribed', unsubscribedAt: expect.any(Number) });

    // The same again, multipart-encoded as RFC 8058 allows, is answered the same way.
    const s2 = await activeSubscriber('one-click-multipart@example.org', ['economy']);
    const url2 = /<(http[^>]+)>/.exec(listUnsubscribeHeaders(ctx(), s2.id)['List-Unsubscribe']!)![1]!;
    const form = new FormData();
    form.append('List-Unsubscribe', 'One-Click');
    const res2 = await fetch(url2, { method: 'POST', body: form, redirect: 'manual' });
    expect(res2.status).toBe(200);
    expect((await record('one-click-multipart@example.org'))!.status).toBe('unsubscribed');

    // An altered token unsubscribes nobody.
    const s3 = await activeSubscriber('one-click-forged@example.org', ['economy']);
    const url3 = /<(http[^>]+)>/.exec(listUnsubscribeHeaders(ctx(), s3.id)['List-Unsubscribe']!)![1]!;
    const forged = await fetch(`${url3.slice(0, -2)}zz`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(forged.status).toBe(400);
    expect((await record('one-click-forged@example.org'))!.status).toBe('active');
  });

  it('changes topics and schedule from the manage page; refuses cross-site and token-less posts', async () => {
    await subscribeJson({ email: 'prefs@example.org', topics: ['defence'] });
    const confirmPage = await (await fetch(linkIn((await confirmationFor('prefs@example.org')).parsed.text ?? '', '/confirm'))).text();
    const manage = /href="(http:\/\/[^"]+\/manage\?token=[^"]+)"/.exec(confirmPage)![1]!.replace(/&amp;/g, '&');
    const path = manage.slice(app.base.length);

    const form = await (await app.get(path)).text();
    expect(form).toMatch(/<input type="checkbox" id="topic-defence" name="topics" value="defence" checked>/);
    expect(form).toMatch(/<input type="checkbox" id="topic-sport" name="topics" value="sport">/);
    expect(form).toMatch(/<input type="radio" id="frequency-daily" name="frequency" value="daily" checked>/);
    const token = /name="form_token" value="([^"]+)"/.exec(form)![1]!;
    const wanted: [string, string][] = [
      ['form_token', token],
      ['topics', 'sport'],
      ['topics', 'science-tech'],
      ['frequency', 'weekly'],
      ['weekday', '6'],
      ['hour', '19'],
      ['timezone', 'Europe/London'],
    ];

    const crossSite = await formPost(path, wanted, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const noToken = await formPost(path, wanted.slice(1), {});
    expect(noToken.status).toBe(403);
    const otherForm = await formPost(path, [['form_token', await formTokenFrom('/')], ...wanted.slice(1)]);
    expect(otherForm.status).toBe(403);
    expect(await record('prefs@example.org')).toMatchObject({ topics: ['defence'], frequency: 'daily' });

    const bad = await formPost(path, [['form_token', token], ['topics', 'sport'], ['timezone', 'Mars/Olympus']]);
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toMatch(/role="alert"[\s\S]*timezone must be an IANA time zone/);
    expect(badHtml).toContain('value="Mars/Olympus"');

    const saved = await formPost(path, wanted);
    expect(saved.status).toBe(200);
    const savedHtml = await saved.text();
    expect(savedHtml).toContain('Saved.');
    expect(savedHtml).toMatch(/value="science-tech" checked/);
    expect(await record('prefs@example.org')).toMatchObject({ status: 'active', topics: ['sport', 'science-tech'], frequency: 'weekly', weekday: 6, hour: 19, timezone: 'Europe/London' });

    const refused = await app.get(`/manage?token=${signToken(ctx().config.secret, { sub: 'nobody', purpose: 'unsubscribe', exp: Date.now() + 60_000 })}`);
    expect(refused.status).toBe(400);
  });

  it('says on the manage page which of the reader\'s topics is no longer offered, and saving keeps the rest', async () => {
    const reader = await activeSubscriber('retired-topic@example.org', ['defence']);
    // The taxonomy dropped a topic this reader had chosen (as an edit of taxonomy.yaml does).
    await ctx().redis.hset(`${app.prefix}:sub:${reader.id}`, 'topics', JSON.stringify(['defence', 'monsoon-desk']));
    const path = `/manage?token=${new URL(signedLink(ctx(), reader.id, 'manage')).searchParams.get('token')!}`;
    const form = await (await app.get(path)).text();
    expect(form).toMatch(/value="defence" checked/);
    expect(form).toMatch(/role="status"[^]*monsoon-desk[^]*no longer offered/);
    const token = /name="form_token" value="([^"]+)"/.exec(form)![1]!;
    const saved = await formPost(path, [['form_token', token], ['topics', 'defence'], ['hour', '9']]);
    expect(saved.status).toBe(200);
    expect(await saved.text()).not.toMatch(/no longer offered/);
    expect(await record('retired-topic@example.org')).toMatchObject({ topics: ['defence'], hour: 9 });
  });

  it('still stores and confirms a request taken just before one of its topics left the taxonomy, with the topics that remain', async () => {
    // Taken by the API when both topics existed; the worker meets it after the taxonomy dropped one (a deploy in between).
    const preferences = { topics: ['defence', 'monsoon-desk'], frequency: 'daily' as const, weekday: 1, hour: 7, timezone: 'UTC' };
    await enqueueSubscriptionRequest(app.service.runtime.queues, { email: 'in-flight@example.org', preferences, source: 'api' });
    await confirmationFor('in-flight@example.org');
    expect(await record('in-flight@example.org')).toMatchObject({ status: 'pending', topics: ['defence'] });
  });

  it('sends one confirmation when a returning reader double-submits the form', async () => {
    const readers = ['double-a@example.org', 'double-b@example.org', 'double-c@example.org', 'double-d@example.org'];
    for (const email of readers) await setStatus(ctx(), await activeSubscriber(email, ['sport']), 'unsubscribed');
    // Two posts of one form a few milliseconds apart, for each reader: the worker takes them at once.
    await Promise.all(readers.flatMap((email) => [subscribeJson({ email, topics: ['sport'] }), subscribeJson({ email, topics: ['sport'] })]));
    for (const email of readers) await confirmationFor(email);
    await mailQueueIdle();
    await sleep(300);
    expect(readers.map((email) => mailsTo(email).length)).toEqual(readers.map(() => 1));
  });

  it('stores an internationalised domain once, typed in Unicode, decomposed or as its xn-- form', async () => {
    // One mailbox, three spellings of its domain: one subscriber, one confirmation (the rest fall in the quiet period).
    for (const email of ['meera@bhärat.org', 'meera@xn--bhrat-hra.org', 'MEERA@bha\u0308rat.org']) {
      expect((await subscribeJson({ email, topics: ['defence'] })).status, email).toBe(202);
    }
    await mailQueueIdle();
    const ids = await Promise.all(['meera@bhärat.org', 'meera@xn--bhrat-hra.org', 'meera@bha\u0308rat.org'].map(async (email) => (await record(email))?.id));
    expect(new Set(ids).size).toBe(1);
    expect(smtp.mails.filter((m) => m.to.some((to) => /^meera@/i.test(to)))).toHaveLength(1);
  });

  it('does not retry a confirmation the mail server refused for good (550)', async () => {
    let tries = 0;
    smtp.respond((to) => (to === 'no-such-user@example.org' ? (tries++, smtpError(550, '5.1.1 <no-such-user@example.org>: Recipient address rejected: User unknown')) : null));
    try {
      expect((await subscribeJson({ email: 'no-such-user@example.org', topics: ['sport'] })).status).toBe(202);
      const { mail } = app.service.runtime.queues;
      const refused = await waitFor(async () => (await mail.getFailed()).find((j) => /User unknown/.test(j.failedReason ?? '')), 'the refused confirmation to fail for good');
      expect(refused.attemptsMade).toBe(1);
      await sleep(1000);
      expect(tries).toBe(1);
    } finally {
      smtp.respond(null);
    }
  });

  it('holds the per-address limit under 50 rapid requests: 429 with Retry-After, one confirmation mail', async () => {
    const email = 'target@example.org';
    const casings = [email, 'Target@Example.org', 'TARGET@EXAMPLE.ORG'];
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => subscribeJson({ email: casings[i % 3], topics: ['defence'] })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(47);
    for (const r of answers.filter((a) => a.status === 429)) {
      const after = Number(r.headers.get('retry-after'));
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThanOrEqual(24 * 3600);
      expect(await r.json()).toEqual({ error: expect.stringMatching(/too many subscription requests; try again in \d+ hours/) });
    }
    await mailQueueIdle();
    await sleep(200);
    expect(mailsTo(email)).toHaveLength(1);
    // Another address from the same client is not held back by it.
    expect((await subscribeJson({ email: 'bystander@example.org', topics: ['defence'] })).status).toBe(202);
  });

  it('mails a confirmation at once to a reader who unsubscribes and subscribes again; a pending address still waits 10 minutes, and the daily limit holds', async () => {
    const email = 'returning@example.org';
    const confirmations = () => mailsTo(email).filter((m) => /confirm/i.test(m.parsed.subject ?? ''));
    expect((await subscribeJson({ email, topics: ['economy'] })).status).toBe(202);
    const first = await confirmationFor(email);
    expect((await fetch(linkIn(first.parsed.text ?? '', '/confirm'))).status).toBe(200);
    const reader = (await record(email))!;
    expect(reader.status).toBe('active');
    const url = /<(http[^>]+)>/.exec(listUnsubscribeHeaders(ctx(), reader.id)['List-Unsubscribe']!)![1]!;
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect((await record(email))!.status).toBe('unsubscribed');

    // Opting in anew, a minute after the first mail: a new confirmation, whose link works.
    expect((await subscribeJson({ email, topics: ['sport'] })).status).toBe(202);
    await waitFor(async () => confirmations().length === 2, 'a second confirmation mail');
    expect((await fetch(linkIn(confirmations()[1]!.parsed.text ?? '', '/confirm'))).status).toBe(200);
    expect(await record(email)).toMatchObject({ status: 'active', topics: ['sport'] });

    // A pending address asking again inside the quiet period gets nothing more.
    const pending = 'returning-pending@example.org';
    expect((await subscribeJson({ email: pending, topics: ['sport'] })).status).toBe(202);
    await confirmationFor(pending);
    expect((await subscribeJson({ email: pending, topics: ['sport'] })).status).toBe(202);
    await mailQueueIdle();
    await sleep(200);
    expect(mailsTo(pending)).toHaveLength(1);

    // Unsubscribing and subscribing over and over is still held by the per-address daily limit (3 here).
    const again = (await record(email))!;
    const url2 = /<(http[^>]+)>/.exec(listUnsubscribeHeaders(ctx(), again.id)['List-Unsubscribe']!)![1]!;
    await fetch(url2, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect((await subscribeJson({ email, topics: ['sport'] })).status).toBe(202);
    await waitFor(async () => confirmations().length === 3, 'a third confirmation mail');
    await fetch(url2, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect((await subscribeJson({ email, topics: ['sport'] })).status).toBe(429);
    await mailQueueIdle();
    await sleep(200);
    expect(confirmations()).toHaveLength(3);
  });

  it('mails a confirmation at once to an erased address opting in anew', async () => {
    const email = 'erased-reader@example.org';
    expect((await subscribeJson({ email, topics: ['economy'] })).status).toBe(202);
    await confirmationFor(email);
    await eraseSubscriber(ctx(), email);
    expect(await record(email)).toBeNull();
    expect((await subscribeJson({ email, topics: ['economy'] })).status).toBe(202);
    await waitFor(async () => mailsTo(email).length === 2, 'a second confirmation mail');
    expect(mailsTo(email)[1]!.parsed.subject).toBe('Confirm your wirebrief subscription');
  });

  it('counts the per-address limit by mailbox: a +tag or another casing is the same mailbox; addresses are stored and mailed as typed', async () => {
    const variants = ['inbox+a@example.org', 'inbox+b@example.org', 'INBOX+c@example.org', 'inbox+d@example.org', 'Inbox@example.org'];
    const statuses: number[] = [];
    for (const email of variants) statuses.push((await subscribeJson({ email, topics: ['defence'] })).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    await mailQueueIdle();
    await sleep(200);
    const sent = smtp.mails.filter((m) => m.to.some((to) => /^inbox(\+[a-z])?@example\.org$/i.test(to)));
    expect(sent.flatMap((m) => m.to).sort()).toEqual(['INBOX+c@example.org', 'inbox+a@example.org', 'inbox+b@example.org']);
    expect((await record('inbox+a@example.org'))!.email).toBe('inbox+a@example.org');
    expect((await record('INBOX+c@example.org'))!.email).toBe('INBOX+c@example.org');
    expect(await record('inbox@example.org')).toBeNull();
    // Dots are Gmail's rule only: another local part is another mailbox.
    expect((await subscribeJson({ email: 'in.box@example.org', topics: ['defence'] })).status).toBe(202);
  });

  it('erasing one +tag address takes only its own request off the mailbox count; erasing the base address keeps the tagged ones\' count', async () => {
    // The per-address limit is 3 a day per mailbox here.
    const ask = async (email: string) => (await subscribeJson({ email, topics: ['defence'] })).status;
    for (const email of ['pat+x@example.org', 'pat+y@example.org', 'pat@example.org']) expect(await ask(email), email).toBe(202);
    for (const email of ['pat+x@example.org', 'pat+y@example.org', 'pat@example.org']) await confirmationFor(email);
    expect(await ask('pat+over@example.org')).toBe(429);

    await eraseSubscriber(ctx(), 'pat+x@example.org');
    // pat+y and pat still count: one more request fits, the next does not.
    expect(await ask('pat+z@example.org')).toBe(202);
    expect(await ask('pat+w@example.org')).toBe(429);

    await eraseSubscriber(ctx(), 'pat@example.org');
    // pat+y and pat+z still count.
    expect(await ask('pat+v@example.org')).toBe(202);
    expect(await ask('pat+u@example.org')).toBe(429);
  });

  it('validates input at the edge: junk addresses, unknown topics, wrong media type, oversized bodies', async () => {
    const junk = await subscribeJson({ email: 'not-an-address', topics: ['defence'] });
    expect(junk.status).toBe(400);
    expect(await junk.json()).toEqual({ error: '"not-an-address" is not an email address' });
    const topics = await subscribeJson({ email: 'x@example.org', topics: ['defence', 'cricket'] });
    expect(topics.status).toBe(400);
    expect((await topics.json()) as { error: string }).toEqual({ error: expect.stringMatching(/^unknown topic cricket; valid topics are defence, diplomacy, politics, .*sport/) });
    const form = await app.post('/api/subscribe', 'email=x%40example.org&topics=defence', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const huge = await subscribeJson({ email: 'x@example.org', topics: ['defence'], padding: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
    expect(await record('x@example.org')).toBeNull();
  });

  it('serves a subscribe page that works without JavaScript, is labelled, and has strict security headers', async () => {
    const res = await app.get('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');

    // One checkbox per taxonomy topic, every control labelled, groups with legends.
    const topics = app.service.runtime.taxonomy.ids;
    for (const id of topics) expect(html).toContain(`<input type="checkbox" id="topic-${id}" name="topics" value="${id}">`);
    const ids = [...html.matchAll(/<(?:input|select)(?![^>]*type="hidden")[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(topics.length + 4);
    for (const id of ids) expect(html, `a label for #${id}`).toMatch(new RegExp(`<label[^>]* for="${id}"`));
    expect(html).toMatch(/<fieldset>\s*<legend>Topics<\/legend>/);
    expect(html).toMatch(/<legend>How often<\/legend>/);
    expect(html).toMatch(/<select id="weekday" name="weekday">/);
    expect(html).toMatch(/<select id="hour" name="hour">/);
    expect(html).toMatch(/<input id="timezone" name="timezone" type="text" list="timezones"[^>]*value="UTC"[^>]*data-guess="1"/);
    expect(html).toContain('<option value="Asia/Kolkata"></option>');

    // A browser without JavaScript posts the form as it is: the page answers, the mail follows.
    const token = /name="form_token" value="([^"]+)"/.exec(html)![1]!;
    const posted = await formPost('/', [['form_token', token], ['email', 'no-js@example.org'], ['topics', 'politics'], ['topics', 'economy'], ['frequency', 'daily'], ['weekday', '1'], ['hour', '6'], ['timezone', 'UTC']]);
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Check your inbox');
    await confirmationFor('no-js@example.org');
    expect(await record('no-js@example.org')).toMatchObject({ status: 'pending', topics: ['politics', 'economy'], hour: 6, source: 'form' });

    // A wrong field comes back with the message and with what was typed.
    const wrong = await formPost('/', [['form_token', token], ['email', 'typo@example'], ['topics', 'politics']]);
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toMatch(/role="alert"[\s\S]*&quot;typo@example&quot; is not an email address/);
    expect(wrongHtml).toContain('value="typo@example"');
    expect(wrongHtml).toMatch(/value="politics" checked/);

    // Posted from another site: refused, nothing stored.
    const evil = await formPost('/', [['form_token', token], ['email', 'victim@example.org'], ['topics', 'politics']], { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(evil.status).toBe(403);
    expect(await record('victim@example.org')).toBeNull();
  });
});

describe('per-IP rate limits', () => {
  let app: TestService;

  beforeAll(async () => {
    app = await startTestService('http-ip-limits', { PUBLIC_RATE_LIMIT: '5', SUBSCRIBE_LIMIT_PER_IP: '2', SUBSCRIBE_LIMIT_PER_ADDRESS: '50' }, ['api']);
  });
  afterAll(() => app?.close());

  it('answers 429 with Retry-After past the page limit and the subscribe limit, and never blocks one-click unsubscribe', async () => {
    const pages = [];
    for (let i = 0; i < 6; i++) pages.push(await app.get('/'));
    expect(pages.slice(0, 5).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(pages[5]!.status).toBe(429);
    expect(Number(pages[5]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await pages[5]!.text()).toContain('Please slow down');

    const other = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' };
    const a = await app.post('/api/subscribe', { email: 'one@example.org', topics: ['sport'] }, other);
    const b = await app.post('/api/subscribe', { email: 'two@example.org', topics: ['sport'] }, other);
    const c = await app.post('/api/subscribe', { email: 'three@example.org', topics: ['sport'] }, other);
    expect([a.status, b.status, c.status]).toEqual([202, 202, 429]);
    expect(Number(c.headers.get('retry-after'))).toBeGreaterThan(60);

    // The subscribe counter has a plain name, under the service's prefix.
    const { prefix } = app.service.runtime.ctx.config;
    const counters: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await app.service.runtime.ctx.redis.scan(cursor, 'MATCH', `${prefix}:ratelimit:*`, 'COUNT', 1000);
      cursor = next;
      counters.push(...keys);
    } while (cursor !== '0');
    expect(counters).toContain(`${prefix}:ratelimit:subscribe:203.0.113.9`);
    expect(counters.join(' ')).not.toMatch(/undefined/);
    expect(await app.service.runtime.ctx.redis.get(`${prefix}:ratelimit:subscribe:203.0.113.9`)).toBe('3');

    // One IPv6 /64 is one client, as for the page limit: hopping hosts inside it does not reset the count.
    const v6 = (host: string) => ({ 'content-type': 'application/json', 'x-forwarded-for': `2001:db8:77:1::${host}` });
    const statuses = [];
    for (const [i, host] of ['a', 'b', 'c'].entries()) statuses.push((await app.post('/api/subscribe', { email: `v6-${i}@example.org`, topics: ['sport'] }, v6(host))).status);
    expect(statuses).toEqual([202, 202, 429]);

    const s = await upsertSubscriber(app.service.runtime.ctx, { email: 'leaving@example.org', topics: ['sport'], confirmed: true });
    const url = /<(http[^>]+)>/.exec(listUnsubscribeHeaders(app.service.runtime.ctx, s.subscriber.id)['List-Unsubscribe']!)![1]!;
    for (let i = 0; i < 8; i++) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      expect(res.status).toBe(200);
    }
    expect((await findSubscriberByEmail(app.service.runtime.ctx, 'leaving@example.org'))!.status).toBe('unsubscribed');
  });
});
