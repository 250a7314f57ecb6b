import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './feed-server.js';
import { waitFor } from './wait.js';

const sourceBin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

export interface ServiceProcess {
  role: string;
  child: ChildProcess;
  base: string;
  /** Everything it printed so far (JSON log lines). */
  output(): string;
  /** JSON log lines, parsed. */
  logLines(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal and waits for the exit; returns how it ended and how long it took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * `wirebrief start --role <roles>` as a real child process on its own port;
 * resolves once /readyz says 200. `bin` runs another copy (a built image layout).
 */
export async function startServiceProcess(roles: string, env: Record<string, string>, bin = sourceBin): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'start', '--role', roles], {
    env: { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const proc: ServiceProcess = {
    role: roles,
    child,
    base,
    output: () => output,
    logLines: () =>
      output
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    exited,
    async stop(signal = 'SIGTERM') {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const how = await exited;
      return { ...how, ms: Date.now() - started };
    },
  };
  let gone = false;
  void exited.then(() => (gone = true));
  await waitFor(
    async () => {
      if (gone) throw new Error(`wirebrief start --role ${roles} exited:\n${output}`);
      const res = await fetch(`${base}/readyz`).catch(() => null);
      return res?.status === 200;
    },
    `wirebrief start --role ${roles} to be ready`,
    60_000,
    100,
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${output}`);
  });
  return proc;
}
