import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../../src/feeds/poll.js';
import { updateFeed } from '../../src/feeds/store.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { ADMIN_HEADERS as admin, startTestService, type TestService } from '../helpers/service.js';
import { linkIn, startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { sleep, waitFor } from '../helpers/wait.js';
import { redated } from '../helpers/rss.js';

const SEED_TITLE = 'India and Italy discuss elevating industrial collaborations to deepen defence cooperation';
const SEED_LINK = 'https://wire.example/news/india-italy-defence-cooperation';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/**
 * One story travels the whole path on real parts: a local HTTP feed server,
 * the real Redis, BullMQ workers and schedulers, and a real SMTP server.
 */
describe('walking skeleton: feed → topic → digest → inbox', () => {
  let smtp: SmtpCapture;
  let feeds: FeedServer;
  let app: TestService;
  let base: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    feeds = await startFeedServer();
    // Dated today: a digest leaves out stories published before its lookback.
    feeds.serve('/wire.rss', redated(readFileSync(fixture('wire.rss'), 'utf8')));
    app = await startTestService('e2e-skeleton', { SMTP_URL: smtp.url, MAIL_FROM: 'Wire desk <desk@wirebrief.test>' });
    base = app.base;
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await feeds?.close();
  });

  const post = (path: string, body: unknown, headers?: Record<string, string>) => app.post(path, body, headers);

  async function subscribeAndConfirm(email: string, topics: string[]): Promise<void> {
    const res = await post('/api/subscribe', { email, topics });
    expect(res.status).toBe(202);
    const mail = await smtp.waitForMail((m) => m.to.includes(email), `confirmation mail to ${email}`);
    expect(mail.parsed.subject).toMatch(/confirm/i);
    const confirm = await fetch(linkIn(mail.parsed.text ?? '', '/confirm'));
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Subscription confirmed');
  }

  it('serves /healthz with Redis reachable', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', redis: 'up' });
  });

  it('refuses the admin API without the token', async () => {
    const res = await post('/api/admin/feeds', { url: feeds.url('/wire.rss') });
    expect(res.status).toBe(401);
  });

  it('polls an added feed and stores the seed story as defence and diplomacy', async () => {
    const res = await post('/api/admin/feeds', { url: feeds.url('/wire.rss') }, admin);
    expect(res.status).toBe(201);
    const story = await waitFor(async () => {
      const body = (await (await fetch(`${base}/api/stories?topic=defence&limit=50`)).json()) as { stories: { title: string; link: string; topics: { id: string }[]; agency: string; dateline: string }[] };
      return body.stories.find((s) => s.title === SEED_TITLE);
    }, 'the seed story under defence');
    expect(story.link).toBe(SEED_LINK);
    expect(story.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(story.topics.map((t) => t.id)).not.toContain('sport');
    expect(story.agency).toBe('IANS');
    expect(story.dateline).toMatch(/^Rome, Feb 27 \(IANS\)/);

    const feed = await waitFor(async () => {
      const listed = (await (await fetch(`${base}/api/admin/feeds`, { headers: admin })).json()) as { feeds: { url: string; status: string; lastSuccessAt: string | null }[] };
      expect(listed.feeds).toHaveLength(1);
      return listed.feeds[0]!.lastSuccessAt ? listed.feeds[0] : null;
    }, 'the feed to record its successful poll');
    expect(feed).toMatchObject({ url: feeds.url('/wire.rss'), status: 'ok' });
    // Added once, polled once: the job scheduler's first run is the immediate poll.
    expect(feeds.requests.filter((r) => r.path === '/wire.rss')).toHaveLength(1);
  });

  it('adds no duplicate story when the same feed is polled again', async () => {
    const before = (await (await fetch(`${base}/api/stories?limit=500`)).json()) as { stories: unknown[] };
    const feedId = ((await (await fetch(`${base}/api/admin/feeds`, { headers: admin })).json()) as { feeds: { id: string }[] }).feeds[0]!.id;
    const { ctx, classify } = app.service.runtime;
    // The server honours the ETag: nothing is parsed again.
    expect(await pollFeed(ctx, classify, feedId)).toMatchObject({ status: 'not-modified', added: 0 });
    // Without the validators the feed is read again, and every story is known.
    await updateFeed(ctx, feedId, { etag: null, lastModified: null });
    const outcome = await pollFeed(ctx, classify, feedId);
    expect(outcome).toMatchObject({ status: 'ok', added: 0 });
    expect(outcome.seen).toBe(before.stories.length);
    const after = (await (await fetch(`${base}/api/stories?limit=500`)).json()) as { stories: unknown[] };
    expect(after.stories).toHaveLength(before.stories.length);
  });

  it('mails a confirmed defence subscriber one digest with the seed story, and a sport subscriber none with it', async () => {
    await subscribeAndConfirm('analyst@example.org', ['defence']);
    await subscribeAndConfirm('fan@example.org', ['sport']);

    const run = await post('/api/admin/digests/run', {}, admin);
    expect(run.status).toBe(202);
    const digest = await smtp.waitForMail((m) => m.to.includes('analyst@example.org') && !/confirm/i.test(m.parsed.subject ?? ''), 'the defence digest');
    expect(digest.parsed.html).toContain(SEED_TITLE);
    expect(digest.parsed.html).toContain(SEED_LINK);
    // The text part wraps long headlines over lines: read its words.
    expect(digest.parsed.text?.replace(/\s+/g, ' ')).toContain(SEED_TITLE);
    expect(digest.parsed.text).toContain(SEED_LINK);
    const headers = digest.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    expect(headers).toMatch(/^List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=[^>]+>, <mailto:unsubscribe@wirebrief\.test\?subject=unsubscribe%20[^>]+>$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);

    const sport = await smtp.waitForMail((m) => m.to.includes('fan@example.org') && !/confirm/i.test(m.parsed.subject ?? ''), 'the sport digest');
    expect(sport.parsed.text).not.toContain(SEED_TITLE);
    expect(sport.parsed.html).not.toContain(SEED_TITLE);
    expect(sport.parsed.text).toMatch(/Ranji Trophy|T20 WC|Champions League/);
  });

  it('sends nothing new when the digest runs again', async () => {
    const before = smtp.mails.length;
    const run = await post('/api/admin/digests/run', {}, admin);
    expect(run.status).toBe(202);
    const { digestEdition, digestSend } = app.service.runtime.queues;
    await waitFor(async () => {
      const e = await digestEdition.getJobCounts('waiting', 'active', 'delayed');
      const s = await digestSend.getJobCounts('waiting', 'active', 'delayed');
      return [e.waiting, e.active, s.waiting, s.active, s.delayed].every((n) => !n);
    }, 'the second edition run to finish');
    await sleep(300);
    expect(smtp.mails.length).toBe(before);
    expect(smtp.mailsTo('analyst@example.org').filter((m) => !/confirm/i.test(m.parsed.subject ?? ''))).toHaveLength(1);
  });
});
