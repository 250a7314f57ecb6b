import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceProcess, type ServiceProcess } from '../helpers/processes.js';
import { deletePrefix, REDIS_URL, tempDir, testPrefix } from '../helpers/redis.js';
import { ADMIN_TOKEN } from '../helpers/service.js';
import { Redis } from 'ioredis';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * What the Dockerfile's last stage holds — dist/, bin/, templates/, the topic
 * data, package.json — laid out in a temp dir and run with plain Node (no tsx),
 * as the image runs it. No Docker engine is needed.
 */
describe('the image layout, built and run without TypeScript', { timeout: 240_000 }, () => {
  const app = tempDir('image');
  let api: ServiceProcess | undefined;
  const prefix = testPrefix('image');

  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', join(app, 'dist')], { encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    for (const part of ['package.json', 'bin', 'templates']) cpSync(join(root, part), join(app, part), { recursive: true });
    mkdirSync(join(app, 'src'));
    cpSync(join(root, 'src/topics'), join(app, 'src/topics'), { recursive: true, filter: (p) => !p.endsWith('.ts') });
    symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
  }, 240_000);

  afterAll(async () => {
    if (api?.child.exitCode === null) api.child.kill('SIGKILL');
    const redis = new Redis(REDIS_URL);
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('imports only production dependencies (npm ci --omit=dev is enough)', () => {
    const imported = new Set<string>();
    for (const file of filesUnder(join(app, 'dist')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      const specs = [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
      for (const spec of specs) {
        if (spec.startsWith('.')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!name.startsWith('node:') && !builtinModules.includes(name)) imported.add(name);
      }
    }
    expect(imported.size).toBeGreaterThan(5);
    for (const name of imported) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });

  it('starts the api role from dist/ and serves readiness, metrics, Bull Board and topic feeds; SIGTERM exits 0', async () => {
    api = await startServiceProcess('api', {
      NODE_ENV: 'production',
      REDIS_URL,
      WIREBRIEF_PREFIX: prefix,
      SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      ADMIN_TOKEN,
      DATA_DIR: join(app, 'var'),
    }, join(app, 'bin/wirebrief.js'));
    expect(await (await fetch(`${api.base}/readyz`)).json()).toEqual({ status: 'ready', redis: 'up', workers: 'none' });
    expect((await fetch(`${api.base}/metrics`)).status).toBe(200);
    const board = await fetch(`${api.base}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from(`ops:${ADMIN_TOKEN}`).toString('base64')}` } });
    expect(board.status).toBe(200);
    expect((await fetch(`${api.base}/feeds/defence.xml`)).status).toBe(200);
    const stopped = await api.stop('SIGTERM');
    expect(stopped.code, api.output()).toBe(0);
  });
});
