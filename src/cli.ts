import { Command, CommanderError } from 'commander';
import { enqueueEditionRun } from '../jobs/enqueue.js';
import { nextEditionAt, scheduleFeed } from '../jobs/schedules.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { pollFeed } from './feeds/poll.js';
import { addFeed, findFeedByUrl, listFeeds, type FeedStatus } from './feeds/store.js';
import { createLogger } from './log.js';
import { RedisUnavailableError } from './redis.js';
import { ROLES, openRuntime, startService, type Role, type Runtime } from './service.js';
import { checkTopics } from './subscribers/lifecycle.js';
import { countByStatus, SubscriberError, upsertSubscriber } from './subscribers/store.js';

/** Exit codes: 0 ok, 1 the work failed, 2 the command was used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

function config(): Config {
  return loadConfig(process.env);
}

/** Opens Redis and the queues for one command, and closes them after. */
async function withRuntime<T>(work: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(config(), { log: createLogger(process.env.LOG_LEVEL ?? 'warn') });
  try {
    await rt.ctx.redis.ping().catch((error: Error) => {
      throw new RedisUnavailableError(`Redis does not answer at ${rt.ctx.config.redisUrl.replace(/\/\/[^@/]*@/, '//')}: ${error.message}`);
    });
    return await work(rt);
  } finally {
    await rt.close();
  }
}

function print(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

function parseRoles(value: string): Role[] {
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  if (roles.length === 1 && roles[0] === 'all') return [...ROLES];
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`unknown role "${role}": use all or any of ${ROLES.join(', ')}, comma-separated`);
  }
  return roles as Role[];
}

export function buildCli(): Command {
  const program = new Command('wirebrief')
    .description('Wire-news feeds in, topic digests out.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('start')
    .description('run the service: HTTP API, workers and schedulers')
    .option('--role <roles>', `roles to run: all, or a comma-separated list of ${ROLES.join(', ')}`, 'all')
    .addHelpText('after', '\nExamples:\n  wirebrief start\n  wirebrief start --role worker\n  wirebrief start --role api,scheduler')
    .action(async (opts: { role: string }) => {
      const roles = parseRoles(opts.role);
      const service = await startService(config(), roles);
      await untilSignal(service.close, service.runtime.ctx.log);
    });

  const feeds = program.command('feeds').description('manage the feeds wirebrief polls');
  feeds
    .command('add <url>')
    .description('add a feed; workers poll it at once, then on its schedule')
    .option('--interval <minutes>', 'minutes between polls', (v) => positiveInt(v, '--interval'))
    .addHelpText('after', '\nExample:\n  wirebrief feeds add https://example.org/rss.xml --interval 15')
    .action(async (url: string, opts: { interval?: number }) =>
      withRuntime(async (rt) => {
        const { feed, created } = await addFeed(rt.ctx, url, { intervalMinutes: opts.interval });
        // A new job scheduler runs its first poll at once, then every interval.
        await scheduleFeed(rt.queues, feed);
        console.log(created ? `added ${feed.url} (id ${feed.id}), polled every ${feed.intervalMinutes} min` : `already there: ${feed.url} (id ${feed.id})`);
      }),
    );
  feeds
    .command('list')
    .description('list feeds with their state')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const list = await listFeeds(rt.ctx);
        print(Boolean(opts.json), { feeds: list }, () =>
          list.length === 0
            ? 'no feeds yet: add one with `wirebrief feeds add <url>`'
            : list.map((f) => `${f.status.padEnd(11)} ${f.url}${f.title ? `  (${f.title})` : ''}${f.lastError ? `\n            last error: ${f.lastError}` : ''}`).join('\n'),
        );
      }),
    );

  program
    .command('poll <url>')
    .description('poll one feed now, in this process, and print what it brought (adds the feed if new)')
    .addHelpText('after', '\nExample:\n  wirebrief poll https://example.org/rss.xml')
    .action(async (url: string) =>
      withRuntime(async (rt) => {
        let feed = await findFeedByUrl(rt.ctx, url);
        if (!feed) {
          feed = (await addFeed(rt.ctx, url)).feed;
          await scheduleFeed(rt.queues, feed);
        }
        const outcome = await pollFeed(rt.ctx, rt.classify, feed.id);
        if (outcome.status === 'error') throw new Error(`poll failed: ${outcome.error}`);
        console.log(`${feed.url}: ${outcome.added} new, ${outcome.seen} already seen`);
      }),
    );

  const subscribers = program.command('subscribers').description('manage subscribers');
  subscribers
    .command('add <email>')
    .description('add a subscriber (pending until confirmed, unless --confirmed)')
    .requiredOption('--topics <ids>', 'comma-separated topic ids, e.g. defence,diplomacy')
    .option('--confirmed', 'the address already opted in elsewhere: make it active now')
    .addHelpText('after', '\nExample:\n  wirebrief subscribers add desk@example.org --topics defence,diplomacy --confirmed')
    .action(async (email: string, opts: { topics: string; confirmed?: boolean }) =>
      withRuntime(async (rt) => {
        const topics = opts.topics.split(',').map((t) => t.trim()).filter(Boolean);
        checkTopics(rt.taxonomy, topics);
        const { subscriber, created } = await upsertSubscriber(rt.ctx, { email, topics, confirmed: Boolean(opts.confirmed) });
        if (subscriber.status === 'pending') await rt.queues.mail.add('confirmation', { kind: 'confirmation', subscriberId: subscriber.id });
        console.log(`${created ? 'added' : 'updated'} ${subscriber.email}: ${subscriber.status}, topics ${subscriber.topics.join(', ')}`);
      }),
    );

  const digest = program.command('digest').description('digest editions');
  digest
    .command('run')
    .description('send the current edition now to every active subscriber who has not had it')
    .action(async () =>
      withRuntime(async (rt) => {
        await enqueueEditionRun(rt.queues);
        console.log('edition queued: workers send it now (subscribers who already had it are skipped)');
      }),
    );

  program
    .command('status')
    .description('one screen: queues, feeds, subscribers, next edition, Redis memory')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const status = await collectStatus(rt);
        print(Boolean(opts.json), status, () => formatStatus(status));
      }),
    );

  return program;
}

async function collectStatus(rt: Runtime) {
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

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number, 1 or more (got "${value}")`);
  return n;
}

/** First SIGINT/SIGTERM: graceful stop, exit 0. A second one: exit at once. */
function untilSignal(close: () => Promise<void>, log: { info: (o: object, m: string) => void }): Promise<never> {
  return new Promise(() => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(130);
      stopping = true;
      log.info({ signal }, 'shutting down: finishing jobs in hand');
      close().then(
        () => {
          log.info({}, 'wirebrief stopped cleanly');
          process.exit(0);
        },
        (error: unknown) => {
          console.error(`wirebrief: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export async function main(argv: string[]): Promise<number> {
  const program = buildCli();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ConfigError) {
      console.error(`wirebrief: configuration: ${message}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof SubscriberError) {
      console.error(`wirebrief: ${message}`);
      return EXIT.usage;
    }
    console.error(`wirebrief: ${message}`);
    return EXIT.failed;
  }
}

if (process.argv[1] && /(?:wirebrief(?:\.js)?|cli\.[jt]s)$/.test(process.argv[1])) {
  main(process.argv).then((code) => {
    if (code !== EXIT.ok) process.exit(code);
  });
}
