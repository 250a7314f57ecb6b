import type { Command } from 'commander';
import { nextEditionAt } from '../../jobs/editions.js';
import { listFeeds, type FeedStatus } from '../feeds/store.js';
import type { Runtime } from '../service.js';
import { countByStatus } from '../subscribers/store.js';
import { examples, print, withRuntime } from './runtime.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('one screen: queues, feeds, subscribers, next edition, Redis memory')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief status', 'wirebrief status --json'))
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const status = await collectStatus(rt);
        print(opts.json, status, () => formatStatus(status));
      }),
    );
}

export async function collectStatus(rt: Runtime) {
  const queues: Record<string, Record<string, number>> = {};
  for (const q of rt.queues.all) queues[q.name] = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  const feeds = await listFeeds(rt.ctx);
  const byState: Record<FeedStatus, number> = { ok: 0, 'backing-off': 0, disabled: 0 };
  for (const f of feeds) byState[f.status] = (byState[f.status] ?? 0) + 1;
  const memory = /used_memory_human:(\S+)/.exec(await rt.ctx.redis.info('memory'))?.[1] ?? 'unknown';
  const next = await nextEditionAt(rt.queues);
  return {
    queues,
    feeds: { ...byState, failing: feeds.filter((f) => f.lastError).map((f) => ({ url: f.url, status: f.status, lastError: f.lastError })) },
    subscribers: await countByStatus(rt.ctx),
    nextEdition: next ? new Date(next).toISOString() : null,
    redisMemory: memory,
  };
}

function formatStatus(s: Awaited<ReturnType<typeof collectStatus>>): string {
  const lines = ['queues:'];
  for (const [name, c] of Object.entries(s.queues)) {
    lines.push(`  ${name.padEnd(15)} waiting ${c.waiting}  active ${c.active}  delayed ${c.delayed}  failed ${c.failed}`);
  }
  lines.push(`feeds: ok ${s.feeds.ok}, backing off ${s.feeds['backing-off']}, disabled ${s.feeds.disabled}`);
  for (const f of s.feeds.failing) lines.push(`  ${f.status} ${f.url}: ${f.lastError}`);
  lines.push(`subscribers: ${Object.entries(s.subscribers).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`next edition: ${s.nextEdition ?? 'not scheduled (is a scheduler running?)'}`);
  lines.push(`redis memory: ${s.redisMemory}`);
  return lines.join('\n');
}
