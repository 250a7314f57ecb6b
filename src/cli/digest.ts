import type { Command } from 'commander';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { examples, withRuntime } from './runtime.js';

export function registerDigest(program: Command): void {
  const digest = program.command('digest').description('digest editions').addHelpText('after', examples('wirebrief digest run'));
  digest
    .command('run')
    .description('send the current edition now to every active subscriber who has not had it')
    .addHelpText('after', examples('wirebrief digest run'))
    .action(async () =>
      withRuntime(async (rt) => {
        await enqueueEditionRun(rt.queues);
        console.log('edition queued: workers send it now (subscribers who already had it are skipped)');
      }),
    );
}
