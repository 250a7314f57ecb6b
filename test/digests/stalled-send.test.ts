import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues, type Queues } from '../../jobs/queues.js';
import { sendJobId } from '../../jobs/editions.js';
import { editionFor } from '../../src/digests/editions.js';
import { DigestBusyError, ledgerEntry, sendDigest } from '../../src/digests/send.js';
import { createMailer, type Mailer } from '../../src/mail/transport.js';
import type { Subscriber } from '../../src/subscribers/store.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { deletePrefix, REDIS_URL, tempDir, testCtx } from '../helpers/redis.js';
import { serviceEnv } from '../helpers/service-env.js';
import { waitFor } from '../helpers/wait.js';

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));
const LOCK_SECONDS = 2;

/**
 * A send whose process stops answering for longer than its claim lasts (a
 * long GC pause, a CPU-starved box: what BullMQ reports as a stalled job):
 * another worker takes the digest over and sends it. The first must not send
 * it again when it wakes. The mail server and the second worker are child
 * processes, so they carry on while this one is frozen.
 */
describe('a send that stalls past its claim', () => {
  const ctx = testCtx('digests-stalled-send', { DIGEST_LOCK_SECONDS: String(LOCK_SECONDS) });
  const children: ChildProcess[] = [];
  const accepted: string[] = [];
  /** What the SMTP server accepted, also in a file: this process reads it while frozen, when no output event can come. */
  const acceptedFile = join(tempDir('stalled-smtp'), 'accepted.txt');
  let smtpUrl = '';
  let queues: Queues;
  let mailer: Mailer;
  let sub: Subscriber;

  beforeAll(async () => {
    // A real SMTP server in its own process, printing each recipient it accepts and writing it to a file.
    const server = spawn(
      process.execPath,
      [
        '-e',
        `const { SMTPServer } = require('smtp-server');
         const s = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
           onData(stream, session, cb) { stream.resume(); stream.on('end', () => {
             const line = 'MAIL ' + session.envelope.rcptTo.map((r) => r.address).join(',');
             require('node:fs').appendFileSync(process.argv[1], line + '\\n');
             console.log(line); cb(); }); } });
         s.on('error', () => {}); // a client killed mid-message resets its connection: no crash of the server
         s.listen(0, '127.0.0.1', () => console.log('PORT ' + s.server.address().port));`,
        acceptedFile,
      ],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(server);
    server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.startsWith('PORT ')) smtpUrl = `smtp://127.0.0.1:${line.slice(5)}`;
        if (line.startsWith('MAIL ')) accepted.push(line.slice(5));
      }
    });
    await waitFor(() => smtpUrl !== '', 'the SMTP server to listen', 20_000);
    mailer = createMailer({ smtpUrl, outboxDir: tempDir('stalled-outbox'), mailFrom: 'Wire desk <desk@wirebrief.test>' });
    queues = createQueues(ctx.config);
    ctx.clock.t = Date.now();
    sub = await activeSubscriber(ctx, { email: 'stalled@example.org', topics: ['defence'] });
    await seedStory(ctx, { title: 'Army chief reviews border posts', topics: ['defence'], seenAt: ctx.clock.t - 3600_000 });
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    mailer?.close();
    await queues?.close();
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, ctx.config.prefix);
    await redis.quit();
    await ctx.cleanup();
  });

  it('sends once: the frozen sender finds its claim gone and stands down', async () => {
    const worker = spawn(process.execPath, [bin, 'start', '--role', 'worker'], {
      env: serviceEnv(ctx, smtpUrl, 'stalled-worker', { DIGEST_LOCK_SECONDS: String(LOCK_SECONDS), DIGEST_JITTER_MINUTES: '0' }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(worker);
    await waitFor(async () => (await queues.digestSend.getWorkers()).length > 0, 'the worker to start', 60_000, 50);
    const edition = editionFor(sub, Date.now());
    const claim = `${ctx.config.prefix}:ledger:${edition.id}:claim:${sub.id}`;
    const deps = { mailer, taxonomy: loadTaxonomy() };
    // This process begins the send and takes the claim…
    const first = sendDigest(ctx, deps, sub.id, edition.id, edition.label).then(
      (result) => result,
      (error: unknown) => error,
    );
    await waitFor(async () => (await ctx.redis.exists(claim)) === 1, 'the first sender to claim the digest', 10_000, 1);
    // …the same digest is queued for the worker in the other process (a retry, a stalled job moved back)…
    await queues.digestSend.add('send', { subscriberId: sub.id, edition: edition.id, editionLabel: edition.label }, { jobId: sendJobId(edition.id, sub.id) });
    // …and this process freezes past the claim, while the worker goes on: it waits out the claim and sends. The
    // freeze lasts until the mail server has the worker's digest (however slow a loaded box makes that), a minute at most.
    const workerSent = () => existsSync(acceptedFile) && readFileSync(acceptedFile, 'utf8').split('\n').includes(`MAIL ${sub.email}`);
    const until = Date.now() + 60_000;
    while (!workerSent() && Date.now() < until) {
      // busy: no timers, no async I/O, as in a long pause
    }
    expect(workerSent(), 'the worker sent the digest while this process was frozen').toBe(true);
    const outcome = await first;
    await waitFor(async () => (await ledgerEntry(ctx, edition.id, sub.id)) !== null, 'the ledger entry', 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(accepted.filter((to) => to === sub.email)).toHaveLength(1);
    expect(outcome).toBeInstanceOf(DigestBusyError);
  }, 90_000);
});
