import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS } from './env.js';

// A resolve hook that writes every module URL the process loads to the file in WB_IMPORT_LOG.
const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.WB_IMPORT_LOG, result.url + '\\n');
  return result;
}`;
const preload = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`)}`;
const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirebrief-lazy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The module URLs a CLI run loads. */
async function loaded(args: string[]): Promise<string[]> {
  const log = join(dir, `${args.join('_').replace(/\W/g, '')}.log`);
  await promisify(execFile)(process.execPath, ['--import', preload, bin, ...args], { env: { ...process.env, WB_IMPORT_LOG: log } }).catch((error: { code?: number }) => {
    if (error.code !== 2) throw error;
  });
  return (await readFile(log, 'utf8')).split('\n').filter(Boolean);
}

describe('CLI start', () => {
  it.each([['--help'], ['--version'], ['feeds', '--help'], ['subscribers', 'list', '--help']])(
    '%s loads neither the service nor BullMQ, mjml or the model',
    async (...args) => {
      const urls = await loaded(args);
      expect(urls.some((u) => u.endsWith('/src/cli.ts'))).toBe(true);
      expect(urls.filter((u) => /\/node_modules\/(bullmq|mjml|fastify)\/|\/src\/(service|topics\/model)\.ts$/.test(u))).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );
});
