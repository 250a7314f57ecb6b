import type { Command } from 'commander';
import type { Logger } from '../log.js';
import { ROLES, type Role } from '../roles.js';
import { cliConfig, examples, UsageError } from './runtime.js';

export function parseRoles(value: string): Role[] {
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  if (roles.length === 1 && roles[0] === 'all') return [...ROLES];
  if (roles.length === 0) throw new UsageError(`--role needs a value: all, or any of ${ROLES.join(', ')}, comma-separated`);
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`unknown role "${role}": use all, or any of ${ROLES.join(', ')}, comma-separated`);
  }
  return roles as Role[];
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run the service: HTTP API, workers and schedulers')
    .option('--role <roles>', `roles to run: all, or a comma-separated list of ${ROLES.join(', ')}`, 'all')
    .addHelpText('after', examples('wirebrief start', 'wirebrief start --role worker', 'wirebrief start --role api,scheduler'))
    .action(async (opts: { role: string }) => {
      const roles = parseRoles(opts.role);
      const { startService } = await import('../service.js');
      const service = await startService(cliConfig(), roles);
      await untilSignal(service.close, service.runtime.ctx.log);
    });
}

/** First SIGINT/SIGTERM: graceful stop, exit 0. A second one: exit at once. */
function untilSignal(close: () => Promise<void>, log: Logger): Promise<never> {
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
