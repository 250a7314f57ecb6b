import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { describeRedisUrl } from '../redis-url.js';
import type { Runtime } from '../service.js';
import { findTopicId, type Taxonomy } from '../topics/taxonomy.js';

/**
 * Exit codes: 0 ok, 1 the work failed, 2 the command was used wrongly, 75
 * (sysexits' EX_TEMPFAIL) try again later: a mail server that pipes a mail to
 * a command keeps the mail and retries on 75.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, tempfail: 75 } as const;

/** The work could not be done now but may be later (Redis is down): exit code 75. */
export class TemporaryFailure extends Error {
  override name = 'TemporaryFailure';
}

/** Wrong arguments or input: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function cliConfig(): Config {
  return loadConfig(process.env);
}

/** LOG_LEVEL as the configuration read it (blank is unset, spaces trimmed); unset, a command logs only warnings. */
function cliLogLevel(config: Config): string {
  return process.env.LOG_LEVEL?.trim() ? config.logLevel : 'warn';
}

/** Opens Redis and the queues for one command, and closes them after. */
export async function withRuntime<T>(work: (rt: Runtime) => Promise<T>): Promise<T> {
  const config = cliConfig();
  // Loaded here, not at the top: the service (BullMQ, mjml, the model) is only for commands that use Redis,
  // so `--help` and the commands that do not need it start quickly.
  const [{ probeRedis, RedisUnavailableError }, { createLogger }, { openRuntime }] = await Promise.all([
    import('../redis.js'),
    import('../log.js'),
    import('../service.js'),
  ]);
  // Asked first, with one short attempt: a Redis that is not there gets one line saying what to do,
  // not the retries and stack traces of every queue's connection.
  const unreachable = await probeRedis(config.redisUrl, 3_000);
  if (unreachable !== null) {
    const where = describeRedisUrl(config.redisUrl);
    const hint = config.redisUrlIsDefault
      ? 'start Redis (the private one `npm start` runs is there only while it runs) or set REDIS_URL'
      : 'check REDIS_URL and that Redis is running';
    throw new RedisUnavailableError(`Redis does not answer at ${where} (${unreachable}): ${hint}`);
  }
  // A command's stdout is its output (OPML, JSON, lines a script reads): its log lines go to stderr.
  const rt = await openRuntime(config, { log: createLogger(cliLogLevel(config), 'wirebrief', config.logFormat, 2) });
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

/**
 * The file an option names for a command to write (`--output`, `--out`), checked before any work: its folder
 * must be there. A wrong path is the caller's mistake (exit 2), said in one line. Returns the absolute path.
 */
export function outputFile(option: string, file: string): string {
  const path = resolve(file);
  const folder = dirname(path);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = undefined;
  }
  if (isFolder === undefined) throw new UsageError(`${option} ${file}: the folder ${folder} does not exist`);
  if (!isFolder) throw new UsageError(`${option} ${file}: ${folder} is not a folder`);
  return path;
}

/** Writes what a command made to the file outputFile checked, and returns its absolute path; a write the system refuses is said in one line (exit 2). */
export async function writeOutputFile(option: string, file: string, data: string): Promise<string> {
  const path = outputFile(option, file);
  try {
    await writeFile(path, data);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'EISDIR' ? 'that is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : message;
    throw new UsageError(`${option} ${file}: cannot write it: ${why}`);
  }
  return path;
}

export function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number, 1 or more (got "${value}")`);
  return n;
}

/** A `--topic` value: the taxonomy's id for it in any case, as `subscribers add` reads topics; unknown is a usage error. */
export function topicOption(taxonomy: Taxonomy, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const id = findTopicId(taxonomy, value);
  if (!id) throw new UsageError(`unknown topic ${value}; valid topics are ${taxonomy.ids.join(', ')}`);
  return id;
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
