import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { listUnsubscribeHeaders } from '../../src/subscribers/links.js';
import { findSubscriberByEmail, upsertSubscriber } from '../../src/subscribers/store.js';
import { tokensInMail } from '../../src/subscribers/unsubscribe-mail.js';
import { signToken } from '../../src/subscribers/tokens.js';
import { runCli } from '../helpers/cli.js';
import { freePort } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';
import { CLI_TIMEOUT_MS, cliEnv } from './env.js';

/** What a reader's mail client sends when they use the digest's List-Unsubscribe mailto. */
async function replyTo(mailto: string, opts: { subject?: string; text?: string } = {}): Promise<string> {
  const uri = new URL(mailto);
  const raw = await new MailComposer({
    from: 'Ravi Kumar <ravi.kumar@example.in>',
    to: uri.pathname,
    subject: opts.subject ?? uri.searchParams.get('subject') ?? '',
    text: opts.text ?? '',
  })
    .compile()
    .build();
  return raw.toString('utf8');
}

function mailtoOf(header: string): string {
  return /<(mailto:[^>]+)>/.exec(header)![1]!;
}

describe('wirebrief subscribers unsubscribe-mail (the List-Unsubscribe mailto, piped in by the mail server)', { timeout: CLI_TIMEOUT_MS }, () => {
  const ctx = testCtx('cli-unsubscribe-mail');
  const env = cliEnv(ctx);

  afterAll(() => ctx.cleanup());

  async function activeReader(email: string) {
    const { subscriber } = await upsertSubscriber(ctx, { email, topics: ['defence'], confirmed: true });
    return { subscriber, mailto: mailtoOf(listUnsubscribeHeaders(ctx, subscriber.id)['List-Unsubscribe']!) };
  }

  it('unsubscribes the reader whose signed token the mail carries, and says so without the whole address', async () => {
    const { mailto } = await activeReader('ravi.kumar@example.in');
    const run = await runCli(['subscribers', 'unsubscribe-mail'], env, await replyTo(mailto));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('unsubscribed r***@example.in');
    expect(await findSubscriberByEmail(ctx, 'ravi.kumar@example.in')).toMatchObject({ status: 'unsubscribed' });
  });

  it('a mail without a valid token changes nothing and is dropped (exit 0, no bounce to a stranger)', async () => {
    await activeReader('desk@example.org');
    const forged = signToken('another-secret-0123456789abcdef0123456789', { sub: 'someone', purpose: 'unsubscribe', exp: Date.now() + 1e9 });
    for (const subject of ['please stop', `unsubscribe ${forged}`]) {
      const run = await runCli(['subscribers', 'unsubscribe-mail', '-'], env, await replyTo('mailto:unsubscribe@wirebrief.test', { subject }));
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^wirebrief: nothing done: (no unsubscribe token|none of its 1 token)/);
    }
    expect(await findSubscriberByEmail(ctx, 'desk@example.org')).toMatchObject({ status: 'active' });
  });

  it('while Redis is down it exits 75, so the mail server keeps the mail; its retry goes through', async () => {
    const { mailto } = await activeReader('analyst@example.org');
    const mail = await replyTo(mailto);
    const down = await runCli(['subscribers', 'unsubscribe-mail'], { ...env, REDIS_URL: `redis://127.0.0.1:${await freePort()}` }, mail);
    expect(down.code).toBe(75);
    expect(down.stderr).toMatch(/Redis does not answer/);
    expect(await findSubscriberByEmail(ctx, 'analyst@example.org')).toMatchObject({ status: 'active' });
    const retry = await runCli(['subscribers', 'unsubscribe-mail'], env, mail);
    expect(retry.code).toBe(0);
    expect(await findSubscriberByEmail(ctx, 'analyst@example.org')).toMatchObject({ status: 'unsubscribed' });
  });

  it('finds the token in an encoded, folded subject or, when a client moved it, in the text', async () => {
    const { mailto } = await activeReader('folded@example.org');
    const token = new URL(mailto).searchParams.get('subject')!.split(' ')[1]!;
    // A long subject with a non-ASCII word: encoded words, folded over lines.
    const encoded = await replyTo(mailto, { subject: `Re: Abmelden – unsubscribe ${token} – Grüße aus der Redaktion` });
    expect(encoded).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(await tokensInMail(Buffer.from(encoded))).toEqual([token]);
    const inText = await replyTo(mailto, { subject: 'Unsubscribe', text: `> unsubscribe ${token}\n\nThanks` });
    expect(await tokensInMail(Buffer.from(inText))).toEqual([token]);
  });
});
