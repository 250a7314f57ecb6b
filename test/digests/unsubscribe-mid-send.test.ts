import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionFor } from '../../src/digests/editions.js';
import { ledgerEntry, sendDigest } from '../../src/digests/send.js';
import { createMailer, type Mailer } from '../../src/mail/transport.js';
import { signedLink } from '../../src/subscribers/links.js';
import { getSubscriber, type Subscriber } from '../../src/subscribers/store.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { freePort } from '../helpers/feed-server.js';
import { deletePrefix, REDIS_URL, tempDir, testCtx } from '../helpers/redis.js';
import { serviceEnv } from '../helpers/service-env.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { waitFor } from '../helpers/wait.js';

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

/**
 * A reader who unsubscribes (RFC 8058 one-click POST, answered "You are unsubscribed") while their digest is being
 * composed: the send checked the record when it began, but it must not mail them after that answer. This process
 * begins the send and freezes once it holds the digest's claim (a slow render, a starved CPU), while the API, a real
 * `wirebrief start --role api` process, takes the one-click POST; when the sender wakes, its check just before the mail
 * goes must see the unsubscribe and stand down.
 */
describe('a one-click unsubscribe while the digest is being composed', () => {
  let port = 0;
  let ctx: ReturnType<typeof testCtx>;
  let smtp: SmtpCapture;
  let mailer: Mailer;
  let api: ChildProcess | null = null;
  let sub: Subscriber;

  beforeAll(async () => {
    port = await freePort();
    ctx = testCtx('digests-unsubscribe-mid-send', { PUBLIC_URL: `http://127.0.0.1:${port}` });
    smtp = await startSmtpCapture();
    mailer = createMailer({ smtpUrl: smtp.url, outboxDir: tempDir('unsubscribe-mid-send-outbox'), mailFrom: 'Wire desk <desk@wirebrief.test>' });
    api = spawn(process.execPath, [bin, 'start', '--role', 'api'], {
      env: serviceEnv(ctx, smtp.url, 'unsubscribe-mid-send-api', { PORT: String(port), PUBLIC_URL: ctx.config.publicUrl }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(async () => (await fetch(`${ctx.config.publicUrl}/readyz`).catch(() => null))?.status === 200, 'the API to be ready', 60_000, 100);
    ctx.clock.t = Date.now();
    sub = await activeSubscriber(ctx, { email: 'leaving-mid-send@example.org', topics: ['defence'] });
    await seedStory(ctx, { title: 'Army chief reviews border posts', topics: ['defence'], seenAt: ctx.clock.t - 3600_000 });
  }, 90_000);

  afterAll(async () => {
    if (api && api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
    mailer?.close();
    await smtp?.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, ctx.config.prefix);
    await redis.quit();
    await ctx.cleanup();
  });

  it('sends nothing once the unsubscribe is answered: the send ends skipped, nothing in the ledger, the claim let go', async () => {
    const edition = editionFor(sub, ctx.clock.t);
    const claim = `${ctx.config.prefix}:ledger:${edition.id}:claim:${sub.id}`;
    const sending = sendDigest(ctx, { mailer, taxonomy: loadTaxonomy() }, sub.id, edition.id, edition.label).then(
      (result) => result,
      (error: unknown) => error,
    );
    await waitFor(async () => (await ctx.redis.exists(claim)) === 1, 'the sender to claim the digest', 10_000, 1);
    // Frozen from here (a synchronous call: no timer, no I/O of this process runs) while the API process answers.
    const answered = execFileSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-X', 'POST', '-H', 'content-type: application/x-www-form-urlencoded', '--data', 'List-Unsubscribe=One-Click', signedLink(ctx, sub.id, 'unsubscribe')], { encoding: 'utf8', timeout: 30_000 });
    expect(answered).toBe('200');
    expect((await getSubscriber(ctx, sub.id))?.status).toBe('unsubscribed');
    expect(await sending).toEqual({ status: 'skipped', reason: 'unsubscribed' });
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mailsTo(sub.email)).toEqual([]);
    expect(await ledgerEntry(ctx, edition.id, sub.id)).toBeNull();
    expect(await ctx.redis.exists(claim)).toBe(0);
  }, 60_000);
});
