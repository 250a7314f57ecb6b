import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCli } from '../src/cli.js';
import { configVariables } from '../src/config.js';
import { createMetrics } from '../src/metrics.js';
import { ADMIN_HEADERS, startTestService, type TestService } from './helpers/service.js';

/**
 * What the README and the docs it links (docs/*.md) name, checked against the code: every CLI command and flag,
 * every HTTP route with its method, every metric with its type and labels,
 * every `npm run` script and bench, every repository path, and every variable the deployment files set.
 * (The configuration table has its own test: config-readme.test.ts.)
 */

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const docNames = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md'));
/** The README and the docs it links: the detail moved there must stay as true as the README. */
const documented = [readme, ...docNames.map((f) => readFileSync(new URL(`docs/${f}`, root), 'utf8'))].join('\n\n');
const codeSpans = [...documented.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.replace(/\\\|/g, '|'));
const section = (heading: string) => readme.split(new RegExp(`^#+ ${heading}$`, 'm'))[1]?.split(/^#+ /m)[0] ?? '';

const TOP_COMMANDS = ['start', 'feeds', 'poll', 'subscribers', 'stories', 'digest', 'status', 'classify'];

/** `wirebrief feeds add <url> [--interval min]` and the CLI table's `feeds add …` cells, as written after `wirebrief`. */
function readmeCommands(): string[] {
  const found = new Set<string>();
  for (const span of codeSpans) {
    const rest = span.replace(/^(?:[A-Z_]+=\S+ )*(?:npx )?(?:wirebrief|node \S*wirebrief\.js) /, '');
    if (new RegExp(`^(${TOP_COMMANDS.join('|')})( |$)`).test(rest)) found.add(rest);
  }
  // Command lines in the README's shell blocks (`docker compose exec api node bin/wirebrief.js feeds add …`).
  for (const [, rest] of documented.matchAll(/(?:^|\s)(?:wirebrief|bin\/wirebrief\.js) ([a-z][^\n#`]*)/gm)) {
    if (new RegExp(`^(${TOP_COMMANDS.join('|')})( |$)`).test(rest!)) found.add(rest!.trim());
  }
  return [...found];
}

/** The command a README line names (its words up to the first argument or option) and the options it gives. */
function resolve(program: Command, line: string): { command: string; missing: string[] } {
  const tokens = line.split(/\s+/);
  let cmd = program;
  const path: string[] = [];
  const missing: string[] = [];
  for (const word of tokens) {
    if (!/^[a-z][a-z-]*$/.test(word)) break;
    const sub = cmd.commands.find((c) => c.name() === word);
    if (sub) {
      cmd = sub;
      path.push(word);
      continue;
    }
    // A word past a command that takes arguments is an argument (`poll <url>` written with a URL); past a group it names nothing.
    if (cmd.commands.length > 0) missing.push(`no command "${[...path, word].join(' ')}"`);
    break;
  }
  const longs = new Set([...cmd.options.map((o) => o.long), '--help']);
  for (const [flag] of line.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)) if (!longs.has(flag)) missing.push(`"${path.join(' ')}" has no option ${flag}`);
  return { command: path.join(' '), missing };
}

describe('the README against the CLI', () => {
  const program = buildCli();
  const lines = readmeCommands();

  it('finds the CLI table and the commands named in the text', () => {
    expect(lines.length).toBeGreaterThan(30);
    expect(lines).toContain('feeds try <url> [--limit n] [--json]');
    expect(lines).toContain('feeds add https://example.org/rss.xml');
  });

  it.each(lines)('`wirebrief %s` is a command with those options', (line) => {
    const { command, missing } = resolve(program, line);
    expect(command).not.toBe('');
    expect(missing).toEqual([]);
  });

  it('tells a name that is not there', () => {
    expect(resolve(program, 'feeds purge <url>').missing).toEqual(['no command "feeds purge"']);
    expect(resolve(program, 'stories list --since t').missing).toEqual(['"stories list" has no option --since']);
  });
});

describe('the README against the HTTP routes', () => {
  let app: TestService;
  beforeAll(async () => {
    // The api role alone: nothing a route enqueues is run.
    app = await startTestService('readme-routes', {}, ['api']);
  });
  afterAll(async () => app?.close());

  /** `GET /api/stories?…`, `DELETE /api/admin/feeds/:id`, `GET /feeds/<topic>.xml`: method and a path to ask. */
  const routes = [...new Set([...documented.matchAll(/\b(GET|POST|PUT|PATCH|DELETE) (\/[^\s`?]*)/g)].map((m) => `${m[1]} ${m[2]}`))];

  it('finds the route table', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes).toContain('DELETE /api/admin/feeds/:id');
  });

  it.each(routes)('%s is a route of the server with that method', async (route) => {
    const [method, pattern] = route.split(' ') as [string, string];
    const path = pattern.replace(/:id$/, '0123456789ab').replace('<topic>', 'defence');
    const res = await fetch(`${app.base}${path}`, { method, headers: ADMIN_HEADERS, body: method === 'GET' || method === 'DELETE' ? undefined : '{}', redirect: 'manual' });
    const body = await res.text();
    expect(res.status, `${route}: ${body.slice(0, 200)}`).not.toBe(405);
    expect(body).not.toMatch(/no route |There is no page at this address/);
  });
});

describe('the README against the metrics', () => {
  const metrics = createMetrics({ version: 'test', roles: ['api'] });
  const rows = section('Metrics')
    .split('\n')
    .filter((l) => l.startsWith('| `wirebrief_'))
    .map((l) => l.split('|').map((c) => c.trim()));

  it('lists every wirebrief_* series the process registers', async () => {
    const registered = (await metrics.registry.getMetricsAsJSON()).map((m) => m.name).filter((n) => n.startsWith('wirebrief_'));
    expect(rows.map((r) => r[1]!.replace(/`/g, '')).sort()).toEqual(registered.sort());
  });

  it.each(rows.map((r) => [r[1]!.replace(/`/g, ''), r[3]!] as const))('%s has the labels the table names', (name, labels) => {
    const metric = metrics.registry.getSingleMetric(name) as unknown as { labelNames: string[] } | undefined;
    expect(metric).toBeDefined();
    // The label names are the backticked words before any `= value, value` list.
    const named = [...labels.replace(/= (?:`[^`]*`(?:, )?)+/g, '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
    expect([...metric!.labelNames].sort()).toEqual(named.sort());
  });

  it('gives each series the type the table names', async () => {
    const types = new Map((await metrics.registry.getMetricsAsJSON()).map((m) => [m.name, String(m.type)]));
    for (const [, name, type] of rows) expect({ name, type: types.get(name!.replace(/`/g, '')) }).toEqual({ name, type });
  });
});

describe('the README against the scripts, benches and deployment files', () => {
  const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('names only npm scripts package.json has, and benches bench/ has', () => {
    for (const [, name, bench] of documented.matchAll(/npm (?:run )?([a-z]+)(?: -- ([a-z]+))?/g)) {
      if (['install', 'ci', 'warns'].includes(name!)) continue;
      expect(scripts, name).toHaveProperty(name!);
      if (name === 'bench' && bench) expect(existsSync(new URL(`bench/${bench}.ts`, root)), bench).toBe(true);
    }
  });

  it('links only docs the repository has, and links every one', () => {
    const linked = [...readme.matchAll(/\]\((docs\/[\w.-]+\.md)\)/g)].map((m) => m[1]!);
    for (const path of linked) expect(existsSync(new URL(path, root)), path).toBe(true);
    expect(new Set(linked)).toEqual(new Set(docNames.map((f) => `docs/${f}`)));
  });

  it('names only files the repository has', () => {
    for (const [path] of documented.matchAll(/\b(?:src|test|scripts|bench|jobs|templates)\/[\w./-]*\w/g)) {
      if (path.startsWith('test/artifacts')) continue; // written by the browser tests
      expect(existsSync(new URL(path, root)), path).toBe(true);
    }
  });

  it('sets in docker-compose.yml and the Dockerfile only variables the configuration reads', () => {
    const known = new Set(Object.keys(configVariables()));
    const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as { services: Record<string, { environment?: Record<string, string> }> };
    const names = Object.values(compose.services).flatMap((s) => Object.keys(s.environment ?? {}));
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    for (const [, env] of dockerfile.matchAll(/^ENV (.+)$/gm)) names.push(...env!.split(/\s+/).map((pair) => pair.split('=')[0]!));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(known.has(name), name).toBe(true);
  });

  it('sends from the README the variables its Compose text names to the services that read them', () => {
    const compose = section('Running with Docker Compose');
    for (const [, name] of compose.matchAll(/`([A-Z][A-Z_]+)(?:=[^`]*)?`/g)) expect(Object.keys(configVariables()), name).toContain(name);
  });
});
