import type { Command } from 'commander';
import { listFeeds, type FeedStatus } from '../feeds/store.js';
import { parseInfo } from '../redis-checks.js';
import type { Runtime } from '../service.js';
import { slotIndexSummary } from '../subscribers/slots.js';
import { countByStatus } from '../subscribers/store.js';
import { examples, print, withRuntime } from './runtime.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('one screen: queues, feeds by state, subscribers, delivery slots, next editions, Redis memory')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief status', 'wirebrief status --json'))
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const status = await collectStatus(rt);
        print(opts.json, status, () => formatStatus(status));
      }),
    );
}

export type Status = Awaited<ReturnType<typeof collectStatus>>;

export async function collectStatus(rt: Runtime) {
  const queues: Record<string, Record<string, number>> = {};
  for (const q of rt.queues.all) {
    const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    // Workers are counted from Redis' client list, which some managed services hide.
    const workers = await q.getWorkersCount().catch(() => -1);
    queues[q.name] = { ...counts, workers };
  }
  const feeds = await listFeeds(rt.ctx);
  const byState: Record<FeedStatus, number> = { ok: 0, 'backing-off': 0, disabled: 0 };
  for (const f of feeds) byState[f.status] = (byState[f.status] ?? 0) + 1;
  const editions = (await rt.queues.digestEdition.getJobSchedulers(0, -1, true))
    .map((s) => ({ scheduler: s.key, next: s.next ? new Date(s.next).toISOString() : null, pattern: s.pattern ?? null, every: s.every ?? null, tz: s.tz ?? null }))
    .sort((a, b) => (a.next ?? '~').localeCompare(b.next ?? '~'));
  const info = parseInfo(await rt.ctx.redis.info());
  const redis = {
    version: info.get('redis_version') ?? null,
    usedMemory: Number(info.get('used_memory') ?? 0),
    usedMemoryHuman: info.get('used_memory_human') ?? 'unknown',
    peakMemoryHuman: info.get('used_memory_peak_human') ?? 'unknown',
    maxmemory: Number(info.get('maxmemory') ?? 0),
    maxmemoryPolicy: info.get('maxmemory_policy') ?? null,
    aof: info.get('aof_enabled') === '1',
  };
  return {
    queues,
    feeds: {
      ...byState,
      total: feeds.length,
      failing: feeds
        .filter((f) => f.status !== 'ok' || f.lastError)
        .map((f) => ({ id: f.id, url: f.url, status: f.status, errors: f.errors, lastError: f.lastError, nextPollAt: f.nextPollAt ? new Date(f.nextPollAt).toISOString() : null })),
    },
    subscribers: await countByStatus(rt.ctx),
    deliverySlots: await slotIndexSummary(rt.ctx),
    nextEdition: editions[0]?.next ?? null,
    editions,
    redisMemory: redis.usedMemoryHuman,
    redis,
  };
}

function formatStatus(s: Status): string {
  const lines = ['queues:'];
  for (const [name, c] of Object.entries(s.queues)) {
    const workers = c.workers! < 0 ? 'unknown' : String(c.workers);
    lines.push(`  ${name.padEnd(15)} waiting ${c.waiting}  active ${c.active}  delayed ${c.delayed}  failed ${c.failed}  workers ${workers}`);
  }
  lines.push(`feeds: ${s.feeds.total} — ok ${s.feeds.ok}, backing off ${s.feeds['backing-off']}, disabled ${s.feeds.disabled}`);
  for (const f of s.feeds.failing) {
    lines.push(`  ${f.status.padEnd(11)} ${f.url}${f.errors ? ` (${f.errors} errors in a row)` : ''}${f.lastError ? `: ${f.lastError}` : ''}`);
  }
  lines.push(`subscribers: ${Object.entries(s.subscribers).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const slots = s.deliverySlots;
  lines.push(`delivery slots: ${slots.slots} holding ${slots.subscribers} active subscribers; index ${slots.checkedAt ? `reconciled ${slots.checkedAt}` : 'not yet reconciled (the next edition tick does it)'}`);
  if (s.editions.length === 0) lines.push('next editions: none scheduled (is a scheduler running?)');
  else {
    lines.push('next editions:');
    for (const e of s.editions) lines.push(`  ${e.scheduler.padEnd(15)} ${e.next ?? 'not due'}${e.pattern ? `  (cron ${e.pattern} ${e.tz ?? 'UTC'})` : e.every ? `  (every ${e.every / 60_000} min)` : ''}`);
  }
  const max = s.redis.maxmemory > 0 ? `of maxmemory ${(s.redis.maxmemory / 1024 / 1024).toFixed(0)}M` : 'no maxmemory limit';
  lines.push(`redis: ${s.redis.version ?? '?'}, memory ${s.redis.usedMemoryHuman} (peak ${s.redis.peakMemoryHuman}), ${max}, policy ${s.redis.maxmemoryPolicy ?? '?'}, AOF ${s.redis.aof ? 'on' : 'off'}`);
  return lines.join('\n');
}
