import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { createLogger } from '../log.js';
import { RedisUnavailableError } from '../redis.js';
import { describeRedisUrl } from '../redis-url.js';
import { openRuntime, type Runtime } from '../service.js';

/** Exit codes: 0 ok, 1 the work failed, 2 the command was used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Wrong arguments or input: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function cliConfig(): Config {
  return loadConfig(process.env);
}

/** Opens Redis and the queues for one command, and closes them after. */
export async function withRuntime<T>(work: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(cliConfig(), { log: createLogger(process.env.LOG_LEVEL ?? 'warn') });
  try {
    await rt.ctx.redis.ping().catch((error: Error) => {
      throw new RedisUnavailableError(`Redis does not answer at ${describeRedisUrl(rt.ctx.config.redisUrl)}: ${error.message}`);
    });
    return await work(rt);
  } finally {
    await rt.close();
  }
}

/** `--json` prints the value; otherwise the text a person reads. */
export function print(json: boolean | undefined, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

export function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number, 1 or more (got "${value}")`);
  return n;
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** A command group registered by another module (`feeds`, `subscribers`), to add sub-commands to. */
export function commandGroup(program: Command, name: string): Command {
  const group = program.commands.find((c) => c.name() === name);
  if (!group) throw new Error(`no command group "${name}" registered yet`);
  return group;
}
