import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `wirebrief <args>` with `env` over the test's environment.
 *
 * Without stdin it runs in this process, through the same `main()` that
 * bin/wirebrief.js calls, whose return value is the process's exit code: a
 * child process costs seconds of module loading, and the suite runs hundreds
 * of commands. Runs are serialised, since they swap process.env and capture
 * stdout/stderr. With stdin, or through runCliProcess, it is a real child
 * process.
 */
export function runCli(args: string[], env: Record<string, string>, stdin?: string): Promise<CliRun> {
  if (stdin !== undefined) return runCliProcess(args, env, stdin);
  const run = queue.then(() => runInProcess(args, env));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function runInProcess(args: string[], env: Record<string, string>): Promise<CliRun> {
  const { main } = await import('../../src/cli.js');
  const saved = { ...process.env };
  Object.assign(process.env, { LOG_LEVEL: 'silent', ...env });
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const capture = (sink: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  // The test runner replaces console with its own; route it to the captures too.
  const consoleSaved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const line = (sink: string[]) => (...parts: unknown[]) => void sink.push(`${format(...parts)}\n`);
  Object.assign(console, { log: line(out), info: line(out), warn: line(err), error: line(err) });
  try {
    const code = await main(['node', 'wirebrief', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    Object.assign(console, consoleSaved);
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** Runs `wirebrief <args>` as a real child process, with `env` over the test's environment. */
export function runCliProcess(args: string[], env: Record<string, string>, stdin?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
