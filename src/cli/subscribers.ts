import type { Command } from 'commander';
import { enqueueConfirmation } from '../../jobs/enqueue.js';
import { checkTopics } from '../subscribers/lifecycle.js';
import { upsertSubscriber } from '../subscribers/store.js';
import { examples, withRuntime } from './runtime.js';

export function registerSubscribers(program: Command): void {
  const subscribers = program
    .command('subscribers')
    .description('manage subscribers')
    .addHelpText('after', examples('wirebrief subscribers add desk@example.org --topics defence --confirmed', 'wirebrief subscribers list --status active'));
  subscribers
    .command('add <email>')
    .description('add a subscriber (pending until confirmed, unless --confirmed)')
    .requiredOption('--topics <ids>', 'comma-separated topic ids, e.g. defence,diplomacy')
    .option('--confirmed', 'the address already opted in elsewhere: make it active now')
    .addHelpText('after', examples('wirebrief subscribers add desk@example.org --topics defence,diplomacy --confirmed'))
    .action(async (email: string, opts: { topics: string; confirmed?: boolean }) =>
      withRuntime(async (rt) => {
        const topics = opts.topics.split(',').map((t) => t.trim()).filter(Boolean);
        checkTopics(rt.taxonomy, topics);
        const { subscriber, created } = await upsertSubscriber(rt.ctx, { email, topics, confirmed: Boolean(opts.confirmed) });
        if (subscriber.status === 'pending') await enqueueConfirmation(rt.queues, subscriber.id);
        console.log(`${created ? 'added' : 'updated'} ${subscriber.email}: ${subscriber.status}, topics ${subscriber.topics.join(', ')}`);
      }),
    );
}
