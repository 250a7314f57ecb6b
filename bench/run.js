#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>.ts. Each bench prints its figures
// and ratios against a baseline measured in the same run, and ends with one
// line `BENCH {"name": ...}` for machines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).map((f) => f.replace(/\.ts$/, ''));
const [name, ...rest] = process.argv.slice(2);
if (!name || !benches.includes(name)) {
  console.error(`usage: npm run bench -- <name>   (one of: ${benches.join(', ') || 'none yet'})`);
  process.exit(2);
}
// Node's flags as the image's ENTRYPOINT and `npm start` give them (see the Dockerfile): a bench measures the process the service runs.
const run = spawnSync(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', `${dir}${name}.ts`, ...rest], { stdio: 'inherit' });
process.exit(run.status ?? 1);
