import type { Command } from 'commander';
import type { Ctx } from '../context.js';
import { SUBSCRIBER_STATUSES, type SubscriberStatus } from '../subscribers/statuses.js';
import type { Subscriber } from '../subscribers/store.js';
import { commandGroup, examples, print, topicOption, UsageError, withRuntime } from './runtime.js';

/** `subscribers list|remove`: who gets what, and stopping someone's mail. */
export function registerSubscriberList(program: Command): void {
  const subscribers = commandGroup(program, 'subscribers');
  subscribers
    .command('list')
    .description('list subscribers with their status and topics')
    .option('--status <status>', `only this status: ${SUBSCRIBER_STATUSES.join(', ')}`)
    .option('--topic <id>', 'only subscribers of this topic')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief subscribers list', 'wirebrief subscribers list --status active --topic defence', 'wirebrief subscribers list --json'))
    .action(async (opts: { status?: string; topic?: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        if (opts.status !== undefined && !(SUBSCRIBER_STATUSES as string[]).includes(opts.status)) {
          throw new UsageError(`--status must be one of ${SUBSCRIBER_STATUSES.join(', ')} (got "${opts.status}")`);
        }
        const topic = topicOption(rt.taxonomy, opts.topic);
        const statuses = opts.status ? [opts.status as SubscriberStatus] : SUBSCRIBER_STATUSES;
        const list = (await loadSubscribers(rt.ctx, statuses)).filter((s) => !topic || s.topics.includes(topic));
        print(opts.json, { subscribers: list.map(present) }, () =>
          list.length === 0 ? 'no subscribers match' : list.map((s) => `${s.status.padEnd(12)} ${s.email}  ${s.topics.join(',')}  ${s.frequency}`).join('\n'),
        );
      }),
    );
  subscribers
    .command('remove <email>')
    .description('stop mailing an address: it becomes unsubscribed (subscribing again needs a new confirmation)')
    .addHelpText('after', examples('wirebrief subscribers remove reader@example.org'))
    .action(async (email: string) =>
      withRuntime(async (rt) => {
        const { findSubscriberByEmail, setStatus } = await import('../subscribers/store.js');
        const subscriber = await findSubscriberByEmail(rt.ctx, email);
        if (!subscriber) throw new UsageError(`no subscriber with the address ${email}`);
        if (subscriber.status === 'unsubscribed') {
          console.log(`${subscriber.email} was already unsubscribed`);
          return;
        }
        await setStatus(rt.ctx, subscriber, 'unsubscribed');
        console.log(`removed ${subscriber.email}: unsubscribed, no more digests`);
      }),
    );
}

const BATCH = 500;

/** Oldest first; fetched in batches so a long list costs few round trips. */
async function loadSubscribers(ctx: Ctx, statuses: SubscriberStatus[]): Promise<Subscriber[]> {
  const { getSubscriber, subscriberIdsWithStatus } = await import('../subscribers/store.js');
  const ids = (await Promise.all(statuses.map((s) => subscriberIdsWithStatus(ctx, s)))).flat();
  const out: Subscriber[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = await Promise.all(ids.slice(i, i + BATCH).map((id) => getSubscriber(ctx, id)));
    for (const s of batch) if (s) out.push(s);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || a.email.localeCompare(b.email));
}

function present(s: Subscriber) {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    id: s.id,
    email: s.email,
    status: s.status,
    topics: s.topics,
    frequency: s.frequency,
    weekday: s.weekday,
    hour: s.hour,
    timezone: s.timezone,
    createdAt: iso(s.createdAt),
    confirmedAt: iso(s.confirmedAt),
    lastDigestAt: iso(s.lastDigestAt),
  };
}
