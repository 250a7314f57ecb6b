import type { Command } from 'commander';
import type { Ctx } from '../context.js';
import type { Feed } from '../feeds/store.js';
import { commandGroup, examples, UsageError, withRuntime } from './runtime.js';

/** The feed store and the queues, loaded when a command runs rather than when the CLI starts. */
async function work() {
  const [schedules, store] = await Promise.all([import('../../jobs/schedules.js'), import('../feeds/store.js')]);
  return { ...schedules, ...store };
}

/** `feeds remove|pause|resume <url|id>`: the operator's hand on a feed's schedule. */
export function registerFeedStates(program: Command): void {
  const feeds = commandGroup(program, 'feeds');
  feeds
    .command('pause <feed>')
    .description('stop polling a feed (by URL or id) until resumed; its stories stay')
    .option('--reason <text>', 'why, shown with the feed', 'paused by operator')
    .addHelpText('after', examples('wirebrief feeds pause https://example.org/rss.xml', 'wirebrief feeds pause 6cff1ba29c1c --reason "publisher asked us to stop"'))
    .action(async (ref: string, opts: { reason: string }) =>
      withRuntime(async (rt) => {
        const feed = await resolveFeed(rt.ctx, ref);
        const { disableFeed, unscheduleFeed } = await work();
        await unscheduleFeed(rt.queues, feed.id);
        await disableFeed(rt.ctx, feed.id, opts.reason);
        console.log(`paused ${feed.url} (id ${feed.id}): ${opts.reason}`);
      }),
    );
  feeds
    .command('resume <feed>')
    .description('poll a paused or failing feed again: at once, then on its schedule')
    .addHelpText('after', examples('wirebrief feeds resume https://example.org/rss.xml', 'wirebrief feeds resume 6cff1ba29c1c'))
    .action(async (ref: string) =>
      withRuntime(async (rt) => {
        const feed = await resolveFeed(rt.ctx, ref);
        const { enableFeed, scheduleFeed } = await work();
        await enableFeed(rt.ctx, feed.id);
        await scheduleFeed(rt.queues, feed);
        console.log(`resumed ${feed.url} (id ${feed.id}), polled every ${feed.intervalMinutes} min`);
      }),
    );
  feeds
    .command('remove <feed>')
    .description('stop polling a feed and forget it; stories already stored stay until they expire')
    .addHelpText('after', examples('wirebrief feeds remove https://example.org/rss.xml', 'wirebrief feeds remove 6cff1ba29c1c'))
    .action(async (ref: string) =>
      withRuntime(async (rt) => {
        const feed = await resolveFeed(rt.ctx, ref);
        const { removeFeed, unscheduleFeed } = await work();
        await unscheduleFeed(rt.queues, feed.id);
        await removeFeed(rt.ctx, feed.id);
        console.log(`removed ${feed.url} (id ${feed.id})`);
      }),
    );
}

/** A feed by its URL or by its id, as `feeds list` shows them. */
export async function resolveFeed(ctx: Ctx, ref: string): Promise<Feed> {
  const { findFeedByUrl, getFeed, withoutUserInfo } = await work();
  // An id is twelve hex digits; anything else is an address, in any form a feed can be added by.
  const feed = /^[0-9a-f]{12}$/.test(ref) ? await getFeed(ctx, ref) : await findFeedByUrl(ctx, ref).catch(() => null);
  if (!feed) throw new UsageError(`no feed "${withoutUserInfo(ref)}": give a URL or id from \`wirebrief feeds list\``);
  return feed;
}
