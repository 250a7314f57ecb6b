import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configVariables } from '../src/config.js';

/** The README's Configuration table: each row's variables (several in one row share it) with its default cell. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const [names = '', defaultCell = ''] = line.split('|').slice(1);
    for (const [, name] of names.matchAll(/`([A-Za-z_]+)`/g)) rows.set(name!, defaultCell.trim());
  }
  return rows;
}

describe('the README configuration table', () => {
  const table = readmeTable();
  const code = configVariables();
  // The lower-case proxy variables are the upper-case rows' other spelling (curl's), told in that row.
  const documented = (name: string) => (name === name.toLowerCase() ? name.toUpperCase() : name);

  it('names every variable the configuration reads, and nothing else', () => {
    expect([...table.keys()].sort()).toEqual([...new Set(Object.keys(code).map(documented))].sort());
  });

  it('gives each default the code has', () => {
    const withDefaults = Object.entries(code).filter(([, value]) => value !== '');
    expect(withDefaults.length).toBeGreaterThan(30);
    for (const [name, value] of withDefaults) expect({ name, default: table.get(name) }).toEqual({ name, default: `\`${value}\`` });
  });
});
