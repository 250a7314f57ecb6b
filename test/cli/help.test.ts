import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../../src/cli.js';
import { runCliProcess } from '../helpers/cli.js';
import { CLI_TIMEOUT_MS } from './env.js';

/** Every command, groups included, with its full name: `feeds add`, `stories list`… */
function everyCommand(cmd: Command, path: string[] = []): [string, Command][] {
  return cmd.commands.flatMap((c) => [[[...path, c.name()].join(' '), c] as [string, Command], ...everyCommand(c, [...path, c.name()])]);
}

function helpOf(cmd: Command): string {
  let out = '';
  cmd.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  cmd.outputHelp();
  return out;
}

describe('wirebrief --help', { timeout: CLI_TIMEOUT_MS }, () => {
  const program = buildCli();
  const commands = everyCommand(program).filter(([name]) => name !== 'help');

  it('has the commands the operator guide lists', () => {
    const names = commands.map(([name]) => name);
    for (const wanted of ['start', 'feeds add', 'feeds list', 'feeds remove', 'feeds pause', 'feeds resume', 'poll', 'subscribers add', 'subscribers list', 'subscribers remove', 'stories list', 'digest run', 'status']) {
      expect(names).toContain(wanted);
    }
  });

  it.each(commands.map(([name, cmd]) => [name, cmd] as const))('%s: a description and examples that run wirebrief', (name, cmd) => {
    expect(cmd.description()).not.toBe('');
    const help = helpOf(cmd);
    expect(help).toMatch(/\nExamples:\n {2}wirebrief /);
    // Each example names this command (groups may show their sub-commands).
    const examples = help.split('\nExamples:\n')[1]!.trim().split('\n');
    for (const line of examples) expect(line.trim().startsWith(`wirebrief ${name.split(' ')[0]}`), line).toBe(true);
  });

  it('list commands take --json', () => {
    for (const [name, cmd] of commands.filter(([n]) => /(^| )list$/.test(n) || n === 'status')) {
      expect(cmd.options.map((o) => o.long), name).toContain('--json');
    }
  });

  it('ends quietly with exit 0 when the reader of its output stops early, as `| head` does', async () => {
    const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'feeds', 'list', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints help as a child process with exit 0, and refuses an unknown command with exit 2', async () => {
    const help = await runCliProcess(['feeds', 'pause', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: wirebrief feeds pause \[options\] <feed>/);
    expect(help.stdout).toContain('Examples:\n  wirebrief feeds pause https://example.org/rss.xml');
    const unknown = await runCliProcess(['feeds', 'purge'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'purge'/);
  });
});
