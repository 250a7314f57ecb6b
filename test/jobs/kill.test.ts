import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { createQueues, type Queues } from '../../jobs/queues.js';
import { ledgerEntry } from '../../src/digests/send.js';
import type { Subscriber } from '../../src/subscribers/store.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { deletePrefix, REDIS_URL, testCtx } from '../helpers/redis.js';
import { serviceEnv } from '../helpers/service-env.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { waitFor, waitWhileProgressing } from '../helpers/wait.js';

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SUBSCRIBERS = 3000;
const POOL = 4;
/**
 * Sends in hand at once. A digest the mail server accepted but whose ledger
 * entry the killed worker never wrote goes again (SMTP cannot be exactly-once):
 * at most one second copy per send in hand, not per connection, since a
 * connection freed by one accepted message may carry the next before the first
 * one's ledger write returns from a slow Redis (seen: 5 doubled, pool 4).
 */
const SENDS = 8;
/**
 * The waits below fail when no mail has arrived for this long, not after a
 * total time: on a loaded 2-core box the edition goes at a fraction of its
 * usual pace, yet a lost digest still shows as a stall. The restarted worker
 * starting up is the longest quiet spell of a healthy run after the first
 * mail. The test's own timeout is only a backstop.
 */
const STALL_MS = 60_000;
/**
 * Before its first digest the worker starts and plans the edition with no mail
 * to show for it: on a box busy with other suites that has taken over a minute.
 * A lost edition still fails here, only later.
 */
const FIRST_MAIL_MS = 240_000;

/**
 * The service as a real child process (`wirebrief start --role worker`) is
 * killed with SIGKILL in the middle of an edition to a few thousand
 * subscribers, then started again. Every subscriber must end up with the
 * digest; a second copy may only come from a message under way at the
 * kill, accepted before its ledger entry was written: at most one per send
 * in hand. The count is measured and written
 * to test/artifacts/kill-report.json.
 */
describe('SIGKILL while sending an edition', () => {
  const ctx = testCtx('jobs-kill');
  let sink: SmtpSink;
  let queues: Queues;
  const children: ChildProcess[] = [];
  const subs: Subscriber[] = [];

  const env = () =>
    serviceEnv(ctx, sink.url, 'kill', { LOG_FORMAT: 'json', DIGEST_SEND_CONCURRENCY: String(SENDS), SMTP_POOL_SIZE: String(POOL), DIGEST_LOCK_SECONDS: '3', DIGEST_JITTER_MINUTES: '0' });

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, [bin, 'start', '--role', 'worker'], { env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
    children.push(child);
    return child;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    queues = createQueues(ctx.config);
    ctx.clock.t = Date.now();
    for (let i = 0; i < 12; i++) await seedStory(ctx, { title: `Wire story number ${i} on the defence beat`, topics: ['defence'], seenAt: ctx.clock.t - 3600_000 + i * 60_000 });
    for (let i = 0; i < SUBSCRIBERS; i += 250) {
      const batch = Array.from({ length: Math.min(250, SUBSCRIBERS - i) }, (_, j) => activeSubscriber(ctx, { email: `reader${i + j}@example.org`, topics: ['defence'] }));
      subs.push(...(await Promise.all(batch)));
    }
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await queues?.close();
    await sink?.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, ctx.config.prefix);
    await redis.quit();
    await ctx.cleanup();
  });

  it('loses no digest, and doubles only mails in flight at the kill', async () => {
    const first = startWorker();
    // The edition of the test's clock, whose date the ledger is read under below: run without one, the edition would
    // be the day the worker takes the job, minutes later on a loaded box, and past midnight now and then.
    await enqueueEditionRun(queues, ctx.clock.t);
    await waitFor(() => sink.mails.length > 0, 'the first digest of the edition', FIRST_MAIL_MS);
    await waitWhileProgressing(() => sink.mails.length >= SUBSCRIBERS / 3, () => sink.mails.length, 'a third of the edition to be sent', STALL_MS, 5);
    const atKill = { mails: sink.mails.length, receiving: sink.inFlight() };
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    // A message whose DATA was arriving at the snapshot is accepted after it, while the worker still lives:
    // the kill lands when the process is gone, not when the signal is sent.
    const diedAt = Date.now();
    expect(sink.mails.length).toBeLessThan(SUBSCRIBERS);

    startWorker();
    const everyone = new Set(subs.map((s) => s.email));
    await waitWhileProgressing(() => new Set(sink.mails.flatMap((m) => m.to)).size === everyone.size, () => sink.mails.length, 'every subscriber to have the digest', STALL_MS);
    await waitFor(async () => {
      const c = await queues.digestSend.getJobCounts('waiting', 'active', 'delayed');
      return Object.values(c).every((n) => n === 0);
    }, 'the send queue to drain', 30_000);

    const perAddress = new Map<string, number>();
    for (const m of sink.mails) for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    const doubled = [...perAddress].filter(([, n]) => n > 1).map(([to]) => to);
    const report = {
      subscribers: SUBSCRIBERS,
      mailsBeforeKill: atKill.mails,
      receivingAtKill: atKill.receiving,
      mailsTotal: sink.mails.length,
      doubled: doubled.length,
      bound: SENDS,
      // The first copy of a doubled digest must have been under way before the kill. Its acceptance alone may be
      // stamped after \`diedAt\` on a loaded box: a body the worker wrote whole before dying can wait in the socket
      // until this process reads it, after it has handled the exit. Its DATA command cannot: the worker sends the
      // body only after the server has taken DATA and answered 354.
      doubledStartedBeforeKill: doubled.every((to) => sink.mails.find((m) => m.to.includes(to))!.dataAt <= diedAt),
    };
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(`${artifacts}kill-report.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`SIGKILL report: ${JSON.stringify(report)}`);

    expect([...everyone].every((e) => perAddress.has(e))).toBe(true);
    expect(report.mailsTotal).toBe(SUBSCRIBERS + doubled.length);
    expect(doubled.length).toBeLessThanOrEqual(SENDS);
    expect(report.doubledStartedBeforeKill).toBe(true);
    // A second copy carries the first one's Message-ID, so providers can fold it away.
    for (const to of doubled) {
      const ids = new Set(sink.mails.filter((m) => m.to.includes(to)).map((m) => m.messageId));
      expect(ids.size).toBe(1);
    }
    // Every subscriber's ledger entry records the message that went out.
    for (const s of subs.slice(0, 200)) {
      const entry = await ledgerEntry(ctx, `daily-${new Date(ctx.clock.t).toISOString().slice(0, 10)}`, s.id);
      expect(entry?.messageId ?? null).not.toBeNull();
    }
  }, 900_000);
});
