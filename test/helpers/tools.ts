import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Programs a few tests drive besides Node and the shared Redis: Debian's
 * Chromium (the browser tests), a redis-server binary (tests that stop or
 * reconfigure a Redis of their own), openssl (the TLS test's certificates)
 * and network namespaces (npm start on a machine where nothing answers).
 * `.ci/run` installs them all and sets WIREBRIEF_TEST_ALL_TOOLS=1, so CI
 * fails if one is missing; on a newcomer's machine those tests are skipped,
 * saying what they need, and the rest of `npm test` still runs.
 */
export type Tool = 'chromium' | 'redis-server' | 'openssl' | 'network namespaces';

export const CHROMIUM = '/usr/bin/chromium';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const CHECKS: Record<Tool, () => boolean> = {
  chromium: () => existsSync(CHROMIUM),
  'redis-server': () => onPath('redis-server'),
  openssl: () => onPath('openssl'),
  // unshare -n needs root (or user namespaces) on Linux.
  'network namespaces': () => onPath('unshare') && spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
};

const known = new Map<Tool, boolean>();

function has(tool: Tool): boolean {
  let answer = known.get(tool);
  if (answer === undefined) known.set(tool, (answer = CHECKS[tool]()));
  return answer;
}

/**
 * For `describe.skipIf(lacking(...))`: true (skip) when this machine lacks a
 * tool, with a line saying which; under WIREBRIEF_TEST_ALL_TOOLS a missing
 * tool is an error instead, so CI never passes by skipping.
 */
export function lacking(...tools: Tool[]): boolean {
  const missing = tools.filter((t) => !has(t));
  if (missing.length === 0) return false;
  const what = `needs ${missing.join(' and ')}, which this machine lacks (.ci/run installs them)`;
  if (process.env.WIREBRIEF_TEST_ALL_TOOLS) throw new Error(`a test ${what}`);
  console.warn(`skipped: a test ${what}`);
  return true;
}
