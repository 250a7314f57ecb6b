import type { Command } from 'commander';
import { examples, outputFile, positiveInt, print, UsageError, withRuntime, writeOutputFile } from './runtime.js';

export function registerDigest(program: Command): void {
  const digest = program.command('digest').description('digest editions').addHelpText('after', examples('wirebrief digest run'));
  digest
    .command('run')
    .description('send the current edition now to every active subscriber who has not had it')
    .addHelpText('after', examples('wirebrief digest run'))
    .action(async () =>
      withRuntime(async (rt) => {
        const { enqueueEditionRun } = await import('../../jobs/enqueue.js');
        await enqueueEditionRun(rt.queues);
        console.log('edition queued: workers send it now (subscribers who already had it are skipped)');
      }),
    );

  digest
    .command('failed')
    .description('list digests that failed for good (address refused, or retries used up), newest first')
    .option('--limit <n>', 'how many to list', (v) => positiveInt(v, '--limit'), 50)
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief digest failed', 'wirebrief digest failed --limit 10 --json'))
    .action(async (opts: { limit: number; json?: boolean }) =>
      withRuntime(async (rt) => {
        const { failedDigests } = await import('../../jobs/editions.js');
        const failed = await failedDigests(rt.queues, opts.limit);
        print(opts.json, { failed }, () =>
          failed.length === 0
            ? 'no failed digests'
            : failed.map((f) => `${f.failedAt ?? '?'}  ${f.edition}  subscriber ${f.subscriberId}  after ${f.attempts} attempt(s)\n    ${f.reason}`).join('\n'),
        );
      }),
    );

  digest
    .command('preview')
    .argument('<email>', "the subscriber's address")
    .option('--out <file>', 'write the HTML part to this file')
    .description('render what this subscriber would get now, without sending it or moving their cursor')
    .addHelpText('after', examples('wirebrief digest preview reader@example.org', 'wirebrief digest preview reader@example.org --out preview.html'))
    .action(async (email: string, opts: { out?: string }) => {
      const [{ previewDigest }, { findSubscriberByEmail, normaliseEmail, SubscriberError }] = await Promise.all([
        import('../digests/send.js'),
        import('../subscribers/store.js'),
      ]);
      try {
        normaliseEmail(email);
      } catch (error) {
        if (error instanceof SubscriberError) throw new UsageError(error.message);
        throw error;
      }
      if (opts.out) outputFile('--out', opts.out);
      await withRuntime(async (rt) => {
        const subscriber = await findSubscriberByEmail(rt.ctx, email);
        if (!subscriber) throw new UsageError(`no subscriber with the address ${email}`);
        const preview = await previewDigest(rt.ctx, { mailer: rt.mailer, taxonomy: rt.taxonomy }, subscriber);
        const lines = [`edition: ${preview.edition}`, `stories: ${preview.selection.storyIds.length}`];
        if (subscriber.status !== 'active') lines.push(`status: ${subscriber.status} (no digest goes to this subscriber)`);
        if (!preview.rendered) {
          console.log([...lines, 'nothing new since their last digest: no mail would go out now (DIGEST_NOTHING_NEW=skip)'].join('\n'));
          return;
        }
        lines.push(`subject: ${preview.rendered.subject}`);
        if (opts.out) {
          lines.push(`html: written to ${await writeOutputFile('--out', opts.out, preview.rendered.html)}`);
        }
        console.log(`${lines.join('\n')}\n\n${preview.rendered.text}`);
      });
    });
}
