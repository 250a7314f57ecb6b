// npm run bench -- digests
//
// 1. Rendering: naive per-recipient MJML (fill the template, run mjml2html)
//    against the compiled path (MJML once per layout, then an escaping fill),
//    on the same recipients; the outputs must be identical.
// 2. Delivery: compose and send one edition to N subscribers through the real
//    queues and workers (Redis, BullMQ, nodemailer pool) to an SMTP sink in a
//    separate process, for N = 2,500, 5,000 and 10,000, each in a fresh
//    worker process (stories and subscribers are stored beforehand by another
//    process), with its peak RSS (it should stay flat as the list grows), the
//    CPU time per mail of sender and sink, and the longest event-loop stall.
// Then the 10,000 again with two sender worker processes sharing the queues
// (operators scale out this way): mails_per_s_2_workers.
// Ends with one BENCH line. BENCH_CONCURRENCY / BENCH_POOL override the send
// concurrency and SMTP pool; BENCH_PROFILE=file writes a CPU profile of one
// delivery window (with --deliver N); BENCH_HEAP=1 reports heap at the peak.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { enqueueEditionRun } from '../jobs/enqueue.js';
import { startWorkers } from '../jobs/workers.js';
import { loadConfig } from '../src/config.js';
import type { Ctx } from '../src/context.js';
import { editionFor } from '../src/digests/editions.js';
import { digestView, type DigestView } from '../src/digests/render.js';
import { rankClusters, type DigestSection } from '../src/digests/select.js';
import { compileMjml } from '../src/mail/compiled.js';
import { renderMjml } from '../src/mail/templates.js';
import { openRuntime } from '../src/service.js';
import { saveStory, storyIdFor, type Story } from '../src/stories/store.js';
import { upsertSubscriber } from '../src/subscribers/store.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SIZES = [2500, 5000, 10_000];
const RECIPIENTS = 10_000;
const TIMEZONES = ['Asia/Kolkata', 'Europe/Rome', 'America/New_York', 'UTC', 'Asia/Tokyo', 'Europe/London'];

// A small seeded generator: the same subscribers and stories on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Corpus {
  topics: string[];
  labels: Map<string, string>;
  stories: Story[];
}

/** Real headlines and text from ../shared/labelled/dev.jsonl (read in place), up to 10 stories a topic. */
function corpus(now: number): Corpus {
  const taxonomy = loadTaxonomy();
  const file = join(here, '../../shared/labelled/dev.jsonl');
  const rows: { id: string; title: string; text: string; topics: string[] }[] = existsSync(file)
    ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    : taxonomy.ids.flatMap((t) => Array.from({ length: 10 }, (_, i) => ({ id: `${t}-${i}`, title: `A ${t} story, number ${i}`, text: 'Text. '.repeat(60), topics: [t] })));
  const perTopic = new Map<string, number>();
  const stories: Story[] = [];
  const random = rng(7);
  for (const row of rows) {
    const topic = row.topics.find((t) => taxonomy.byId.has(t) && (perTopic.get(t) ?? 0) < 10);
    if (!topic) continue;
    perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
    const seenAt = now - Math.floor(random() * 20 * 3600_000) - 60_000;
    const base: Story = {
      id: storyIdFor('wire', row.id),
      feedId: 'wire',
      feed: 'https://wire.example/rss',
      guid: row.id,
      link: `https://wire.example/news/${encodeURIComponent(row.id)}?utm_source=wirebrief&x=1`,
      title: row.title,
      text: row.text,
      summary: row.text.slice(0, 400),
      published: seenAt,
      seenAt,
      source: 'Wire Example',
      agency: random() < 0.5 ? 'IANS' : 'PTI',
      dateline: random() < 0.7 ? `New Delhi, Feb 27 (${random() < 0.5 ? 'IANS' : 'PTI'})` : null,
      place: 'New Delhi',
      author: null,
      image: null,
      topics: [{ id: topic, score: 1 }],
      cluster: storyIdFor('wire', row.id),
      sources: ['Wire Example'],
    };
    stories.push(base);
    // Every third story is also carried by a second outlet: one cluster, two copies.
    if (stories.length % 3 === 0) stories.push({ ...base, id: storyIdFor('mirror', row.id), feedId: 'mirror', source: 'The Mirror Desk', sources: ['The Mirror Desk'], seenAt: seenAt + 1000 });
  }
  return { topics: [...perTopic.keys()], labels: new Map(taxonomy.topics.map((t) => [t.id, t.label])), stories };
}

function pickTopics(random: () => number, topics: string[]): string[] {
  const n = 1 + Math.floor(random() * 4);
  const chosen = new Set<string>();
  while (chosen.size < n) chosen.add(topics[Math.floor(random() * topics.length)]!);
  return [...chosen];
}

function recipientViews(c: Corpus, count: number, now: number): DigestView[] {
  const random = rng(42);
  const byTopic = new Map(c.topics.map((t) => [t, rankClusters(c.stories.filter((s) => s.topics[0]!.id === t), now).slice(0, 5)]));
  return Array.from({ length: count }, (_, i) => {
    const topics = pickTopics(random, c.topics);
    const sections: DigestSection[] = topics.map((t) => ({ topic: t, label: c.labels.get(t) ?? t, items: byTopic.get(t)! }));
    const token = randomBytes(40).toString('base64url');
    return digestView({
      editionLabel: 'Daily briefing, Friday 27 February 2026',
      sections,
      since: now - 24 * 3600_000,
      timezone: TIMEZONES[i % TIMEZONES.length]!,
      topicsLine: topics.map((t) => c.labels.get(t)).join(', '),
      slotLine: 'daily at 07:00 (Asia/Kolkata)',
      manageUrl: `https://news.example.org/manage?token=${token}`,
      unsubscribeUrl: `https://news.example.org/unsubscribe?token=${token}`,
    });
  });
}

async function benchRender(now: number) {
  const views = recipientViews(corpus(now), RECIPIENTS, now);
  // Naive: as long as ~4 s allows, at least 40 recipients.
  const naive: string[] = [];
  const t0 = performance.now();
  while (naive.length < 40 || (performance.now() - t0 < 4000 && naive.length < views.length)) naive.push(await renderMjml('digest', views[naive.length]!));
  const naiveSeconds = (performance.now() - t0) / 1000;
  // Compiled, cold: the layout compilations are part of the time.
  // Only the renders compared with the naive ones are kept: a sender encodes
  // and sends each digest and lets it go, and holding all 10,000 (~540 MB of
  // two-byte strings) would time the garbage collector, not the fill.
  const template = compileMjml('digest');
  const compiled: string[] = [];
  let chars = 0;
  const t1 = performance.now();
  for (let i = 0; i < views.length; i++) {
    const html = await template.render(views[i]!);
    chars += html.length;
    if (i < naive.length) compiled.push(html);
  }
  const compiledSeconds = (performance.now() - t1) / 1000;
  const identical = naive.every((html, i) => html === compiled[i]);
  return {
    naivePerS: naive.length / naiveSeconds,
    naiveCount: naive.length,
    compiledPerS: views.length / compiledSeconds,
    identical,
    layouts: template.stats().layouts,
    meanKb: chars / views.length / 1024,
  };
}

interface Delivery {
  n: number;
  seconds: number;
  mails_per_s: number;
  peak_rss_mb: number;
  rss_before_mb: number;
  sunk: number;
  /** CPU time of the sending process per mail (user + system). */
  cpu_ms_per_mail: number;
  sink_cpu_ms_per_mail: number;
  mean_kb: number;
  max_loop_delay_ms: number;
}

/** The config of every sending process of one delivery run. */
function deliveryConfig(prefix: string, smtpUrl: string, secret: string) {
  return loadConfig({
    NODE_ENV: 'test',
    REDIS_URL,
    WIREBRIEF_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    SECRET: secret,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wirebrief-bench-')),
    LOG_LEVEL: 'silent',
    // The service's defaults (16 concurrent sends, a pool of 5, 100 messages a connection) unless asked otherwise.
    ...(process.env.BENCH_CONCURRENCY ? { DIGEST_SEND_CONCURRENCY: process.env.BENCH_CONCURRENCY } : {}),
    ...(process.env.BENCH_POOL ? { SMTP_POOL_SIZE: process.env.BENCH_POOL } : {}),
    DIGEST_JITTER_MINUTES: '0',
  });
}

/**
 * Child mode (--serve): one more sender worker process on the same queues,
 * as an operator would start; says `ready` once its workers take jobs, and on
 * `stop` answers with its CPU time in the meantime, closes and exits.
 */
async function serve(): Promise<void> {
  const config = deliveryConfig(process.env.BENCH_PREFIX!, process.env.BENCH_SMTP_URL!, process.env.BENCH_SECRET!);
  const rt = await openRuntime(config, { now: () => Date.now() });
  const workers = startWorkers(rt, { concurrency: config.workerConcurrency });
  await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
  const cpu0 = process.cpuUsage();
  process.send!({ ready: true });
  process.on('message', (msg: { ask?: string }) => {
    if (msg.ask !== 'stop') return;
    const cpu = process.cpuUsage(cpu0);
    process.send!({ cpuMs: (cpu.user + cpu.system) / 1000 }, () => {
      void workers.close(2000).then(() => rt.close()).then(() => process.exit(0));
    });
  });
}

/** Child mode: one delivery run in this process (and `helpers` more sender processes), measured. */
async function deliver(n: number, helpers = 0): Promise<Delivery> {
  const sinkProc = fork(join(here, '_smtp-sink.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = <T>(msg: object) => new Promise<T>((resolve) => { sinkProc.once('message', (m) => resolve(m as T)); if (Object.keys(msg).length) sinkProc.send(msg); });
  const { url } = await ask<{ url: string }>({});
  const prefix = `wbbench:digests:${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const config = deliveryConfig(prefix, url, secret);
  const now = Date.now();
  // Stories and subscribers are stored by another process: the one measured
  // here is a worker, which finds them in Redis as a worker would.
  await runChild(['--seed', String(n), prefix, String(now)]);
  const rt = await openRuntime(config, { now: () => Date.now() });
  const ctx: Ctx = rt.ctx;
  const editions = new Set(TIMEZONES.map((timezone) => editionFor({ frequency: 'daily', timezone }, now).id));
  global.gc?.();
  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  let peakHeap = { used: 0, total: 0 };
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak && process.env.BENCH_HEAP) {
      const m = process.memoryUsage();
      peakHeap = { used: m.heapUsed / 2 ** 20, total: m.heapTotal / 2 ** 20 };
    }
    peak = Math.max(peak, rss);
  }, 100);
  // How long the event loop was ever held up: BullMQ renews job locks from it
  // (every DIGEST_LOCK_SECONDS / 2), so this must stay far below that.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const workers = startWorkers(rt, { concurrency: config.workerConcurrency });
  await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
  const others = await Promise.all(
    Array.from({ length: helpers }, async () => {
      const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
        execArgv: ['--expose-gc', '--import', 'tsx'],
        env: { ...process.env, BENCH_PREFIX: prefix, BENCH_SMTP_URL: url, BENCH_SECRET: secret },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      await new Promise((resolve, reject) => {
        child.once('message', resolve);
        child.once('exit', (code) => reject(new Error(`sender worker process exited (${code}) before it was ready`)));
      });
      return child;
    }),
  );
  const { cpuMs: sinkCpu0 } = await ask<{ cpuMs: number }>({ ask: 'count' });
  const profiler = process.env.BENCH_PROFILE ? await startProfile() : null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await enqueueEditionRun(rt.queues);
  const ledgers = [...editions].map((e) => `${prefix}:ledger:${e}`);
  for (;;) {
    const p = ctx.redis.pipeline();
    for (const k of ledgers) p.hlen(k);
    const done = ((await p.exec()) ?? []).reduce((sum, [, v]) => sum + Number(v), 0);
    if (done >= n) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  loop.disable();
  const otherCpuMs = await Promise.all(
    others.map(
      (child) =>
        new Promise<number>((resolve) => {
          child.once('message', (m) => resolve((m as { cpuMs: number }).cpuMs));
          child.send({ ask: 'stop' });
        }),
    ),
  );
  await Promise.all(others.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
  if (process.env.BENCH_HEAP) {
    const before = process.memoryUsage().heapUsed / 2 ** 20;
    global.gc?.();
    console.error(`heap used at the end: ${before.toFixed(0)} MB, after a full GC: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
  }
  await profiler?.stop(process.env.BENCH_PROFILE!);
  clearInterval(sampler);
  const { count, bytes, cpuMs: sinkCpu } = await ask<{ count: number; bytes: number; cpuMs: number }>({ ask: 'count' });
  await workers.close(2000);
  await rt.close();
  sinkProc.send({ ask: 'stop' });
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
  await redis.quit();
  return {
    n,
    seconds,
    mails_per_s: n / seconds,
    peak_rss_mb: peak / 2 ** 20,
    rss_before_mb: rssBefore / 2 ** 20,
    sunk: count,
    // All sending processes together.
    cpu_ms_per_mail: ((cpu.user + cpu.system) / 1000 + otherCpuMs.reduce((a, b) => a + b, 0)) / n,
    sink_cpu_ms_per_mail: (sinkCpu - sinkCpu0) / n,
    mean_kb: bytes / count / 1024,
    max_loop_delay_ms: loop.max / 1e6,
    ...(process.env.BENCH_HEAP ? { heap_at_peak_mb: peakHeap } : {}),
  };
}

/** Child mode: the bench's stories and n subscribers under `prefix`. */
async function seed(n: number, prefix: string, now: number): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', REDIS_URL, WIREBRIEF_PREFIX: prefix, SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'silent', DATA_DIR: mkdtempSync(join(tmpdir(), 'wirebrief-bench-')) });
  const rt = await openRuntime(config, { now: () => Date.now() });
  const c = corpus(now);
  for (const s of c.stories) await saveStory(rt.ctx, s);
  const random = rng(99);
  for (let i = 0; i < n; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, n - i) }, (_, j) =>
        upsertSubscriber(rt.ctx, { email: `reader${i + j}@bench.example.org`, topics: pickTopics(random, c.topics), timezone: TIMEZONES[(i + j) % TIMEZONES.length]!, confirmed: true }),
      ),
    );
  }
  await rt.close();
}

function runChild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (exit ${code})`))));
  });
}

/** BENCH_PROFILE=file.cpuprofile: a CPU profile of the delivery window only. */
async function startProfile() {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

function runDelivery(n: number, workers = 1): Promise<Delivery> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--deliver', String(n), '--workers', String(workers)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('DELIVER '));
      if (code !== 0 || !line) reject(new Error(`delivery of ${n} failed (exit ${code}): ${out}`));
      else resolve(JSON.parse(line.slice(8)) as Delivery);
    });
  });
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const seedArg = process.argv.indexOf('--seed');
if (seedArg > 0) {
  await seed(Number(process.argv[seedArg + 1]), process.argv[seedArg + 2]!, Number(process.argv[seedArg + 3]));
  process.exit(0);
}
if (process.argv.includes('--serve')) {
  await serve();
  // Runs until the delivery process says stop (see serve).
  await new Promise(() => {});
}
const deliverArg = process.argv.indexOf('--deliver');
const workersArg = process.argv.indexOf('--workers');
if (deliverArg > 0) {
  const result = await deliver(Number(process.argv[deliverArg + 1]), workersArg > 0 ? Number(process.argv[workersArg + 1]) - 1 : 0);
  console.log(`DELIVER ${JSON.stringify(result)}`);
  process.exit(0);
}

const now = Date.now();
console.log(`digests bench — Node ${process.version}, ${RECIPIENTS.toLocaleString('en-US')} recipients, 1-4 topics each`);
const render = await benchRender(now);
const speedup = render.compiledPerS / render.naivePerS;
console.log(`render  naive mjml2html per recipient: ${fmt(render.naivePerS, 1)}/s (${render.naiveCount} renders)`);
console.log(`render  compiled layouts + fill:        ${fmt(render.compiledPerS)}/s (${render.layouts} layouts for ${fmt(RECIPIENTS)} recipients, ${fmt(render.meanKb, 1)} KB each)`);
console.log(`render  speed-up ${fmt(speedup, 1)}x (goal >= 50x); output identical on the ${render.naiveCount} naive renders: ${render.identical}`);
if (process.argv.includes('--render-only')) process.exit(0);

const runs: Delivery[] = [];
for (const n of SIZES) {
  const r = await runDelivery(n);
  runs.push(r);
  console.log(
    `deliver ${fmt(n).padStart(6)} digests to a local SMTP sink (separate process): ${fmt(r.seconds, 1)} s, ${fmt(r.mails_per_s)} mails/s, ` +
      `peak RSS ${fmt(r.peak_rss_mb)} MB, sink got ${fmt(r.sunk)} (${fmt(r.mean_kb, 1)} KB each); CPU per mail: sender ${fmt(r.cpu_ms_per_mail, 2)} ms, sink ${fmt(r.sink_cpu_ms_per_mail, 2)} ms; ` +
      `longest event-loop stall ${fmt(r.max_loop_delay_ms)} ms (locks renew every 15,000 ms)`,
  );
}
const last = runs[runs.length - 1]!;
const two = await runDelivery(last.n, 2);
console.log(
  `deliver ${fmt(two.n).padStart(6)} digests, two sender worker processes on the same queues: ${fmt(two.seconds, 1)} s, ${fmt(two.mails_per_s)} mails/s, ` +
    `sink got ${fmt(two.sunk)}; CPU per mail: senders together ${fmt(two.cpu_ms_per_mail, 2)} ms, sink ${fmt(two.sink_cpu_ms_per_mail, 2)} ms`,
);
console.log(`deliver goal >= 500 mails/s: ${fmt(last.mails_per_s)}; RSS goal <= 300 MB and flat: ${runs.map((r) => fmt(r.peak_rss_mb)).join(' / ')} MB for ${SIZES.map((n) => fmt(n)).join(' / ')}`);
console.log(
  `BENCH ${JSON.stringify({
    name: 'digests',
    naive_per_s: Number(render.naivePerS.toFixed(1)),
    compiled_per_s: Math.round(render.compiledPerS),
    render_speedup: Number(speedup.toFixed(1)),
    identical: render.identical,
    mails_per_s: Math.round(last.mails_per_s),
    peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.peak_rss_mb))),
    rss_by_size_mb: Object.fromEntries(runs.map((r) => [r.n, Math.round(r.peak_rss_mb)])),
    mails_per_s_by_size: Object.fromEntries(runs.map((r) => [r.n, Math.round(r.mails_per_s)])),
    // CPU per mail depends far less than mails/s on what else runs on the machine.
    sender_cpu_ms_per_mail: Number(last.cpu_ms_per_mail.toFixed(2)),
    sink_cpu_ms_per_mail: Number(last.sink_cpu_ms_per_mail.toFixed(2)),
    // The same delivery with two sender worker processes sharing the queues.
    mails_per_s_2_workers: Math.round(two.mails_per_s),
  })}`,
);
