import type { Command } from 'commander';
import { scheduleFeed } from '../../jobs/schedules.js';
import { pollFeed } from '../feeds/poll.js';
import { addFeed, findFeedByUrl, listFeeds } from '../feeds/store.js';
import { examples, positiveInt, print, withRuntime } from './runtime.js';

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
    .addHelpText('after', examples('wirebrief feeds list', 'wirebrief feeds list --json'))
    .action(async (opts: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const list = await listFeeds(rt.ctx);
        print(opts.json, { feeds: list }, () =>
          list.length === 0
            ? 'no feeds yet: add one with `wirebrief feeds add <url>`'
            : list.map((f) => `${f.id}  ${f.status.padEnd(11)} ${f.url}${f.title ? `  (${f.title})` : ''}${f.lastError ? `\n              last error: ${f.lastError}` : ''}`).join('\n'),
        );
      }),
    );

  program
    .command('poll <url>')
    .description('poll one feed now, in this process, and print what it brought (adds the feed if new)')
    .addHelpText('after', examples('wirebrief poll https://example.org/rss.xml'))
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
}
