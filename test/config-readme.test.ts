import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configVariables, loadConfig } from '../src/config.js';

/** The README's Configuration table: each row's variables (several in one row share it) with its default cell. */
function readmeTable(): Map<string, string> {
  return new Map([...readmeRows()].map(([name, row]) => [name, row.defaultCell]));
}

/** Each variable's row: its default cell and what the row says of it. */
function readmeRows(): Map<string, { defaultCell: string; text: string }> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, { defaultCell: string; text: string }>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const [names = '', defaultCell = '', ...rest] = line.split('|').slice(1);
    for (const [, name] of names.matchAll(/`([A-Za-z_]+)`/g)) rows.set(name!, { defaultCell: defaultCell.trim(), text: rest.join('|') });
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

  // Defaults the schema leaves to loadConfig (worked out from other variables, or kept outside the schema).
  it('gives the defaults worked out from other variables as the code works them out', () => {
    const rows = readmeRows();
    const config = loadConfig({ PORT: '18080', DATA_DIR: '/srv/wb' });
    expect(rows.get('REDIS_URL')!.defaultCell).toBe(`\`${loadConfig({}).redisUrl}\``);
    expect(rows.get('PUBLIC_URL')!.defaultCell.replace('$PORT', '18080')).toBe(`\`${config.publicUrl}\``);
    expect(rows.get('OUTBOX_DIR')!.defaultCell.replace('$DATA_DIR', '/srv/wb')).toBe(`\`${config.outboxDir}\``);
  });

  it('takes the ranges the table states, and refuses a value just outside them', () => {
    const rows = [...readmeRows()].filter(([, row]) => /\(\d+ (?:to \d+|or more)\b/.test(row.text));
    expect(rows.map(([name]) => name).sort()).toEqual(['DIGEST_JITTER_MINUTES', 'DIGEST_LOCK_SECONDS', 'FEED_POLL_MINUTES', 'WORKER_HEAP_GROWTH_PERCENT']);
    const takes = (name: string, value: number) => {
      try {
        loadConfig({ [name]: String(value) });
        return true;
      } catch {
        return false;
      }
    };
    for (const [name, { text }] of rows) {
      const [, low, high] = /\((\d+) (?:to (\d+)|or more)\b/.exec(text)!;
      expect({ name, low: takes(name, Number(low)), belowLow: takes(name, Number(low) - 1) }).toEqual({ name, low: true, belowLow: false });
      if (high) expect({ name, high: takes(name, Number(high)), aboveHigh: takes(name, Number(high) + 1) }).toEqual({ name, high: true, aboveHigh: false });
    }
  });
});
