import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (name: string) => readFileSync(`${root}${name}`, 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] | string; interval?: string; retries?: number };
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const args = (s: Service) => (Array.isArray(s.command) ? s.command : String(s.command ?? '').split(/\s+/));
const seconds = (d: string) => Number(/^(\d+)s$/.exec(d)?.[1] ?? NaN);

/** No Docker engine here: the files are checked for what a deployment relies on. */
describe('docker-compose.yml', () => {
  it('has redis, the three app roles and an SMTP catcher with a web UI', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'mailpit', 'redis', 'scheduler', 'worker']);
    const catcher = compose.services.mailpit!;
    expect(catcher.image).toMatch(/mailpit/);
    expect(catcher.ports).toContain('8025:8025');
    expect(compose.services.api!.environment!.SMTP_URL).toContain('smtp://mailpit:1025');
  });

  it('runs redis with AOF, noeviction, a named volume and a healthcheck', () => {
    const redis = compose.services.redis!;
    const cmd = args(redis);
    expect(cmd[cmd.indexOf('--appendonly') + 1]).toBe('yes');
    expect(cmd[cmd.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    const [volume, mount] = redis.volumes![0]!.split(':');
    expect(mount).toBe('/data');
    expect(compose.volumes).toHaveProperty(volume!);
    expect(redis.healthcheck!.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('runs api, worker and scheduler as separate services of one image, each with its role, healthcheck and a kill timeout past the grace period', () => {
    const roles = ['api', 'worker', 'scheduler'];
    const images = new Set(roles.map((r) => compose.services[r]!.image));
    expect(images.size).toBe(1);
    for (const role of roles) {
      const s = compose.services[role]!;
      expect(s.build).toBe('.');
      expect(args(s)).toEqual(['start', '--role', role]);
      expect(s.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
      expect(JSON.stringify(s.healthcheck!.test)).toContain('/healthz');
      expect(s.environment!.REDIS_URL).toBe('redis://redis:6379');
      expect(s.environment!.HOST).toBe('0.0.0.0');
      expect(seconds(s.stop_grace_period!)).toBeGreaterThan(Number(s.environment!.SHUTDOWN_GRACE_SECONDS));
    }
    expect(compose.services.api!.ports).toEqual(['8080:8080']);
    // Workers scale with --scale: no fixed host port.
    expect(compose.services.worker!.ports).toBeUndefined();
  });
});

describe('Dockerfile', () => {
  const lines = read('Dockerfile')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'));
  const froms = lines.map((l, i) => [l, i] as const).filter(([l]) => /^FROM /i.test(l));
  const final = lines.slice(froms.at(-1)![1]);

  it('builds in stages: compiles in one, ships production dependencies only in the last', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(froms[0]![0]).toMatch(/ AS build$/i);
    expect(final.some((l) => /npm ci --omit=dev/.test(l))).toBe(true);
    expect(final.some((l) => /COPY --from=build \/app\/dist/.test(l))).toBe(true);
    expect(final.join('\n')).not.toMatch(/npm (ci|install)(?! --omit=dev)/);
  });

  it('runs as a non-root user, checks its health and starts the CLI', () => {
    const user = final.findLast((l) => /^USER /.test(l));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
    expect(final.findIndex((l) => /^USER /.test(l))).toBeLessThan(final.findIndex((l) => /^ENTRYPOINT/.test(l)));
    expect(final.join('\n')).toMatch(/HEALTHCHECK [^\n]*\n?.*\/healthz/);
    expect(final.find((l) => /^ENTRYPOINT/.test(l))).toBe('ENTRYPOINT ["node", "--no-regexp-tier-up", "bin/wirebrief.js"]');
  });

  it('starts Node with the flags `npm start` and the bench runner give it', () => {
    // Regular expressions compiled straight to machine code (see the Dockerfile): a bench that ran Node otherwise would measure another process.
    const flags = JSON.parse(final.find((l) => /^ENTRYPOINT/.test(l))!.replace(/^ENTRYPOINT\s*/, '')) as string[];
    const nodeFlags = flags.slice(1, flags.indexOf('bin/wirebrief.js'));
    expect(nodeFlags).toEqual(['--no-regexp-tier-up']);
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${nodeFlags.join(' ')} bin/wirebrief.js start --role all`);
    expect(read('bench/run.js')).toContain(`spawnSync(process.execPath, [${nodeFlags.map((f) => `'${f}'`).join(', ')}, '--import', 'tsx'`);
    // A V8 flag this Node does not know stops it at start ("bad option"): an upgrade that drops it fails here, not in production.
    const run = spawnSync(process.execPath, [...nodeFlags, '-e', 'process.exit(/a|b/i.test("xB") ? 0 : 3)'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });

  it('keeps local state and sources out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', 'var', '.git']) expect(ignored).toContain(entry);
  });
});
