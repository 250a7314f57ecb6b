import type { Command } from 'commander';
import type { Status } from '../status.js';
import { examples, print, withRuntime } from './runtime.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('one screen: queues, feeds by state, subscribers, delivery slots, next editions, Redis memory')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief status', 'wirebrief status --json'))
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const { collectStatus } = await import('../status.js');
        const status = await collectStatus(rt.ctx, rt.queues);
        print(opts.json, status, () => formatStatus(status));
      }),
    );
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
