import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enqueueSubscriptionRequest } from '../../jobs/enqueue.js';
import { createQueues } from '../../jobs/queues.js';
import { sendDigest } from '../../src/digests/send.js';
import { createMailer } from '../../src/mail/transport.js';
import { saveStory, storyIdFor } from '../../src/stories/store.js';
import { findSubscriberByEmail, upsertSubscriber } from '../../src/subscribers/store.js';
import { isSuppressed } from '../../src/subscribers/suppression.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, testCtx } from '../helpers/redis.js';

/**
 * `wirebrief subscribers …` as a real child process against the real Redis.
 * Each run starts tsx and the whole CLI, seconds on a busy machine: hence the
 * longer timeout, and runs in parallel where they are independent.
 */
vi.setConfig({ testTimeout: 120_000 });
const ctx = testCtx('subscribers-cli');
const dir = tempDir('subscribers-cli');
const env = { REDIS_URL: ctx.config.redisUrl, WIREBRIEF_PREFIX: ctx.config.prefix, SECRET: ctx.config.secret, DATA_DIR: dir };
const cli = (...args: string[]) => runCli(['subscribers', ...args], env);

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Every key and value under our prefix, as text: to look for what an erasure must not leave. */
async function everythingStored(): Promise<string> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', `${ctx.config.prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await ctx.redis.type(key);
      const value =
        type === 'hash' ? await ctx.redis.hgetall(key) : type === 'set' ? await ctx.redis.smembers(key) : type === 'list' ? await ctx.redis.lrange(key, 0, -1) : type === 'string' ? await ctx.redis.get(key) : type;
      out.push(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return out.join('\n');
}

afterAll(() => ctx.cleanup());

describe('subscribers add', () => {
  it('takes topics and a schedule as import and the API do ("a;b", any case; frequency, weekday, hour, timezone)', async () => {
    const res = await cli('add', 'add-1@example.org', '--topics', 'Defence;diplomacy', '--confirmed', '--frequency', 'weekly', '--weekday', 'Fri', '--hour', '18', '--timezone', 'Asia/Calcutta');
    expect(res.code, res.stderr).toBe(0);
    expect(await findSubscriberByEmail(ctx, 'add-1@example.org')).toMatchObject({ status: 'active', topics: ['defence', 'diplomacy'], frequency: 'weekly', weekday: 5, hour: 18, timezone: 'Asia/Kolkata' });
    // Changing the topics of someone already there keeps the schedule they chose.
    expect((await cli('add', 'ADD-1@example.org', '--topics', 'sport', '--confirmed')).code).toBe(0);
    expect(await findSubscriberByEmail(ctx, 'add-1@example.org')).toMatchObject({ topics: ['sport'], frequency: 'weekly', weekday: 5, hour: 18, timezone: 'Asia/Kolkata' });
    const bad = await cli('add', 'add-2@example.org', '--topics', 'sport', '--hour', '25');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/hour must be a whole hour from 0 to 23/);
    expect(await findSubscriberByEmail(ctx, 'add-2@example.org')).toBeNull();
  });
});

describe('subscribers import', () => {
  it('imports a CSV and reports accepted and refused rows; a second run adds nothing', async () => {
    const csv = file('readers.csv', 'email,topics,frequency,hour,timezone\nravi@example.in,"defence;diplomacy",weekly,6,Asia/Kolkata\njunk,defence,,,\nanu@example.in,sport,,,\n');
    const first = await cli('import', csv, '--confirmed');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/readers\.csv: 3 rows in [\d.]+ s — 2 accepted \(2 added, 0 already there, 0 activated\), 1 refused\n {2}row 3: "junk" is not an email address/);
    const second = await cli('import', csv, '--confirmed', '--json');
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ rows: 3, accepted: 2, added: 0, existing: 2, refused: [{ row: 3, reason: '"junk" is not an email address' }] });
    expect(await findSubscriberByEmail(ctx, 'ravi@example.in')).toMatchObject({ status: 'active', frequency: 'weekly', hour: 6, timezone: 'Asia/Kolkata' });
  });

  it('imports a Mailchimp export (address under "Email Address") and says which column it took', async () => {
    const csv = file('mailchimp.csv', 'Email Address,First Name,Topics\nmc-cli@example.org,Asha,defence\n');
    const text = await cli('import', csv, '--confirmed');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/1 accepted \(1 added/);
    expect(text.stdout).toMatch(/addresses from the column "Email Address"/);
    const json = await cli('import', csv, '--confirmed', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 1, existing: 1, addressColumn: 'Email Address' });
  });

  it('queues a confirmation mail for each new row without --confirmed', async () => {
    const jsonl = file('pending.jsonl', `${JSON.stringify({ email: 'p1@example.org', topics: ['health'] })}\n${JSON.stringify({ email: 'p2@example.org', topics: 'health;science-tech' })}\n`);
    const res = await cli('import', jsonl);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/2 added/);
    const jobs = await ctx.redis.zcard(`${ctx.config.prefix}:mail:prioritized`).then(async (n) => n + (await ctx.redis.llen(`${ctx.config.prefix}:mail:wait`)));
    expect(jobs).toBe(2);
    expect((await findSubscriberByEmail(ctx, 'p2@example.org'))!.status).toBe('pending');
  });

  it('refuses a file of unknown format, a missing file and a CSV without an email column with exit code 2', async () => {
    const [txt, missing, noEmail] = await Promise.all([
      cli('import', file('list.txt', 'x')),
      cli('import', join(dir, 'nope.csv')),
      cli('import', file('bad.csv', 'name,topics\nRavi,defence\n')),
    ]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toMatch(/list\.txt: name the file \.csv, \.jsonl or \.ndjson/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv/);
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toMatch(/the header row has no "email" column/);
  });
});

describe('subscribers export and delete', () => {
  let subscriberId: string;

  beforeAll(async () => {
    const { subscriber } = await upsertSubscriber(ctx, { email: 'Leela@Example.org', topics: ['defence'], frequency: 'weekly', weekday: 2, hour: 8, timezone: 'Asia/Kolkata', confirmed: true });
    subscriberId = subscriber.id;
    const at = ctx.now() + 60_000;
    const id = storyIdFor('feed-cli', 'export-story');
    await saveStory(ctx, {
      id, feedId: 'feed-cli', feed: 'http://feeds.test/rss', guid: 'export-story', link: 'http://news.test/export', title: 'Army takes delivery of new rifles',
      text: 'Rifles delivered.', summary: 'Rifles delivered.', published: at, seenAt: at, source: 'Test', agency: null, dateline: null, place: null, author: null, image: null,
      topics: [{ id: 'defence', score: 9 }], cluster: id, sources: ['Test'],
    });
    ctx.clock.t += 120_000;
    const mailer = createMailer({ smtpUrl: undefined, outboxDir: join(dir, 'outbox'), mailFrom: 'desk@wirebrief.test' });
    const sent = await sendDigest(ctx, { mailer, taxonomy: loadTaxonomy() }, subscriber.id, 'daily-2026-02-27', 'Daily briefing, 27 February 2026');
    expect(sent.status).toBe('sent');
    // The next edition finds nothing new for her: recorded, but no digest goes out.
    ctx.clock.t += 86_400_000;
    const none = await sendDigest(ctx, { mailer, taxonomy: loadTaxonomy() }, subscriber.id, 'daily-2026-02-28', 'Daily briefing, 28 February 2026');
    expect(none.status).toBe('nothing-new');
    mailer.close();
  });

  it('exports everything held about one person as JSON, including the digests sent', async () => {
    const res = await cli('export', 'LEELA@example.org');
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      email: 'Leela@example.org',
      status: 'active',
      topics: ['defence'],
      frequency: 'weekly',
      weekday: 2,
      hour: 8,
      timezone: 'Asia/Kolkata',
      schedule: { frequency: 'weekly', weekday: 2, hour: 8, timezone: 'Asia/Kolkata' },
      suppression: null,
      digests: [{ edition: 'daily-2026-02-27', messageId: expect.stringMatching(/^<daily-2026-02-27\.[^@]+@localhost>$/), storyIds: [storyIdFor('feed-cli', 'export-story')], sentAt: expect.any(String) }],
      // Not a digest sent: listed apart.
      editionsWithNothingNew: [{ edition: 'daily-2026-02-28', at: expect.any(String) }],
    });
  });

  it('refuses a junk address with exit 2, and an address nothing is held about with exit 2 as `remove` does', async () => {
    const [junk, unknown] = await Promise.all([cli('export', 'leela'), cli('export', 'stranger@example.org')]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(/"leela" is not an email address/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/nothing is held about stranger@example\.org/);
  });

  it('deletes everything but a hashed suppression entry; the address is then refused by imports', async () => {
    // A subscription request of hers still waiting for the mail worker (or failed and kept) holds the address too.
    const queues = createQueues(ctx.config);
    const preferences = { topics: ['defence'], frequency: 'daily' as const, weekday: 1, hour: 7, timezone: 'UTC' };
    await enqueueSubscriptionRequest(queues, { email: 'Leela@example.org', preferences, source: 'api' });
    await enqueueSubscriptionRequest(queues, { email: 'other-reader@example.org', preferences, source: 'api' });
    const res = await cli('delete', 'leela@EXAMPLE.org');
    expect((await queues.mail.getDelayed()).map((job) => job.data.kind === 'subscription-request' && job.data.email)).toEqual(['other-reader@example.org']);
    await queues.close();
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/erased leela@example\.org/);
    const stored = await everythingStored();
    expect(stored).not.toMatch(/leela/i);
    expect(stored).not.toContain(subscriberId);
    expect(await isSuppressed(ctx, 'Leela@example.org')).toBe(true);

    const [after, reimport, add] = await Promise.all([
      cli('export', 'leela@example.org'),
      cli('import', file('again.csv', 'email,topics\nleela@example.org,defence\n'), '--confirmed'),
      cli('add', 'leela@example.org', '--topics', 'defence', '--confirmed'),
    ]);
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/nothing is held about leela@example\.org; only a hashed suppression entry \(erased/);
    expect(reimport.stdout).toMatch(/1 refused\n {2}row 2: this address was erased/);
    expect(await findSubscriberByEmail(ctx, 'leela@example.org')).toBeNull();
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/was erased, bounced or complained/);
  });

  it('has help with examples for every command', async () => {
    const helps = await Promise.all(['add', 'import', 'export', 'delete'].map((command) => cli(command, '--help')));
    for (const help of helps) {
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Examples:\n {2}wirebrief subscribers /);
    }
  });
});
