import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { examples, outputFile, positiveInt, print, UsageError, withRuntime, writeOutputFile } from './runtime.js';

/** The feed store, OPML, the poller and the queues, loaded when a command runs rather than when the CLI starts. */
async function work() {
  const [schedules, opml, poll, store] = await Promise.all([
    import('../../jobs/schedules.js'),
    import('../feeds/opml.js'),
    import('../feeds/poll.js'),
    import('../feeds/store.js'),
  ]);
  return { ...schedules, ...opml, ...poll, ...store };
}

export function registerFeeds(program: Command): void {
  const feeds = program
    .command('feeds')
    .description('manage the feeds wirebrief polls')
    .addHelpText('after', examples('wirebrief feeds add https://example.org/rss.xml', 'wirebrief feeds list --json', 'wirebrief feeds pause https://example.org/rss.xml'));
  feeds
    .command('add <url>')
    .description('add a feed; workers poll it at once, then on its schedule')
    .option('--interval <minutes>', 'minutes between polls', (v) => positiveInt(v, '--interval'))
    .addHelpText('after', examples('wirebrief feeds add https://example.org/rss.xml --interval 15'))
    .action(async (url: string, opts: { interval?: number }) =>
      withRuntime(async (rt) => {
        await checkUrl(url);
        const { addFeed, scheduleFeed } = await work();
        const { feed, created, loginChanged, warning } = await addFeed(rt.ctx, url, { intervalMinutes: opts.interval });
        // A new job scheduler runs its first poll at once, then every interval.
        await scheduleFeed(rt.queues, feed);
        if (warning) console.error(`warning: ${warning}`);
        const again = `already there: ${feed.url} (id ${feed.id})${loginChanged ? `; login replaced (user ${feed.login || '(none)'})` : ''}`;
        console.log(created ? `added ${feed.url} (id ${feed.id}), polled every ${feed.intervalMinutes} min` : again);
      }),
    );
  feeds
    .command('list')
    .description('list feeds with their state')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief feeds list', 'wirebrief feeds list --json'))
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const [{ listFeeds }, { presentFeed }] = await Promise.all([work(), import('../http/present.js')]);
        const list = await listFeeds(rt.ctx);
        // --json prints each feed as GET /api/admin/feeds does (ISO times, the same fields), as `stories list --json` does.
        print(opts.json, { feeds: list.map(presentFeed) }, () =>
          list.length === 0
            ? 'no feeds yet: add one with `wirebrief feeds add <url>`'
            : list.map((f) => `${f.id}  ${f.status.padEnd(11)} ${f.url}${f.login !== null ? `  [login ${f.login || '(no user name)'}]` : ''}${f.title ? `  (${f.title})` : ''}${f.lastError ? `\n              last error: ${f.lastError}` : ''}`).join('\n'),
        );
      }),
    );

  feeds
    .command('import <file>')
    .description('add every feed of an OPML file (feeds already there are kept; a changed interval is applied)')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief feeds import subscriptions.opml', 'wirebrief feeds import export-from-my-reader.opml --json'))
    .action(async (file: string, opts: { json?: boolean }) => {
      const text = await readOpmlFile(file);
      await withRuntime(async (rt) => {
        const { importOpml, scheduleFeed } = await work();
        const result = await importOpml(rt.ctx, text);
        for (const feed of result.toSchedule) if (feed.status !== 'disabled') await scheduleFeed(rt.queues, feed);
        const { toSchedule: _scheduled, ...summary } = result;
        print(opts.json, summary, () =>
          [`${result.added} added, ${result.existing} already there`, ...result.invalid.map((i) => `skipped ${i.url}: ${i.error}`)].join('\n'),
        );
      });
    });
  feeds
    .command('export')
    .description('write every feed as OPML 2.0 (to stdout, or to a file)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText('after', examples('wirebrief feeds export > feeds.opml', 'wirebrief feeds export --output feeds.opml'))
    .action(async (opts: { output?: string }) => {
      // A folder that is not there is said before Redis is opened.
      if (opts.output) outputFile('--output', opts.output);
      await withRuntime(async (rt) => {
        const { buildOpml, listFeeds } = await work();
        const opml = buildOpml(await listFeeds(rt.ctx), rt.ctx.now());
        if (opts.output) await writeOutputFile('--output', opts.output, opml);
        else process.stdout.write(opml);
      });
    });

  program
    .command('poll <url>')
    .description('poll one feed now, in this process, and print what it brought (adds the feed if new)')
    .addHelpText('after', examples('wirebrief poll https://example.org/rss.xml'))
    .action(async (url: string) =>
      withRuntime(async (rt) => {
        await checkUrl(url);
        const { addFeed, findFeedByUrl, pollFeed, readFeedAddress, scheduleFeed, unscheduleFeed } = await work();
        // A feed not yet known is added first; a login given with a known one replaces its login.
        let feed = await findFeedByUrl(rt.ctx, url);
        if (!feed || readFeedAddress(url).login) {
          const added = await addFeed(rt.ctx, url);
          feed = added.feed;
          if (added.warning) console.error(`warning: ${added.warning}`);
          if (added.created) await scheduleFeed(rt.queues, feed);
        }
        const outcome = await pollFeed(rt.ctx, rt.classify, feed.id);
        if (outcome.disabled) await unscheduleFeed(rt.queues, feed.id);
        if (outcome.status === 'error') throw new Error(`poll failed: ${outcome.error}`);
        const note = outcome.status === 'not-modified' ? ' (not modified since the last poll)' : outcome.warning ? `\nwarning: ${outcome.warning}` : '';
        console.log(`${feed.url}: ${outcome.added} new, ${outcome.seen} already seen${note}`);
      }),
    );
}

/**
 * Reads and checks the file before any connection is opened: a wrong file is a usage error (exit 2).
 * Decoded as `POST /api/admin/feeds/opml` decodes a body (byte order mark, XML prolog, else UTF-8):
 * readers export OPML in UTF-16 or Latin-1 too, and a file must import the same by either door.
 */
async function readOpmlFile(file: string): Promise<string> {
  const [{ OpmlError, parseOpml }, { decodeFeedBody }] = await Promise.all([work(), import('../feeds/charset.js')]);
  let text: string;
  try {
    text = decodeFeedBody(await readFile(file)).text;
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    parseOpml(text);
  } catch (error) {
    if (error instanceof OpmlError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  return text;
}

/** A malformed feed URL is the caller's mistake: exit 2. */
async function checkUrl(url: string): Promise<void> {
  const { FeedUrlError, normaliseFeedUrl } = await work();
  try {
    normaliseFeedUrl(url);
  } catch (error) {
    if (error instanceof FeedUrlError) throw new UsageError(error.message);
    throw error;
  }
}
