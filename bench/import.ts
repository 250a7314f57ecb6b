// `npm run bench -- import [rows]`: imports a generated CSV list of 100,000
// subscribers (by default) through the real importer into the real Redis, under
// a throw-away key prefix, then runs it again (nothing to add). Baseline, in
// the same run: the same kind of rows added one at a time through
// upsertSubscriber, as a naive loop would.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deletePrefix } from '../test/helpers/redis.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Ctx } from '../src/context.js';
import { createLogger } from '../src/log.js';
import { connectRedis } from '../src/redis.js';
import { importSubscribers, readCsvRows } from '../src/subscribers/import.js';
import { countByStatus, upsertSubscriber } from '../src/subscribers/store.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const BASELINE_ROWS = Math.min(2_000, ROWS);
const TOPICS = ['defence', 'diplomacy', 'politics', 'economy', 'sport', 'health', 'science-tech'];

const config = loadConfig({ ...process.env, WIREBRIEF_PREFIX: `wbbench:import:${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'silent' }) as Config & { secret: string };
config.secret = 'bench-secret-0123456789abcdef0123456789';
const redis = connectRedis(config.redisUrl);
const ctx: Ctx = { config, redis, log: createLogger('silent'), now: Date.now };
const taxonomy = loadTaxonomy();
const dir = mkdtempSync(join(tmpdir(), 'wirebrief-bench-import-'));

function row(i: number): string {
  const topics = `${TOPICS[i % TOPICS.length]};${TOPICS[(i + 3) % TOPICS.length]}`;
  return `reader.${i}@example${i % 211}.org,"${topics}",${i % 5 === 0 ? 'weekly' : 'daily'},${i % 24},${i % 2 ? 'Asia/Kolkata' : 'Europe/London'}`;
}


const seconds = (from: number) => (performance.now() - from) / 1000;

try {
  const csv = join(dir, 'list.csv');
  writeFileSync(csv, `email,topics,frequency,hour,timezone\n${Array.from({ length: ROWS }, (_, i) => row(i)).join('\n')}\n`);

  let t = performance.now();
  for (let i = 0; i < BASELINE_ROWS; i++) {
    await upsertSubscriber(ctx, { email: `baseline.${i}@example.org`, topics: [TOPICS[i % TOPICS.length]!], confirmed: true, source: 'import' });
  }
  const baselineRate = BASELINE_ROWS / seconds(t);
  await deletePrefix(redis, config.prefix);

  t = performance.now();
  const first = await importSubscribers(ctx, taxonomy, readCsvRows(csv), { confirmed: true });
  const importSeconds = seconds(t);
  t = performance.now();
  const again = await importSubscribers(ctx, taxonomy, readCsvRows(csv), { confirmed: true });
  const rerunSeconds = seconds(t);
  const active = (await countByStatus(ctx)).active;
  if (first.added !== ROWS || again.existing !== ROWS || again.added !== 0 || active !== ROWS) {
    throw new Error(`unexpected counts: first ${JSON.stringify({ ...first, refused: first.refused.length })}, again ${JSON.stringify({ ...again, refused: again.refused.length })}, active ${active}`);
  }
  const rate = ROWS / importSeconds;
  console.log(`baseline: ${BASELINE_ROWS} rows one at a time (upsertSubscriber): ${baselineRate.toFixed(0)} rows/s`);
  console.log(`import:   ${ROWS} rows in ${importSeconds.toFixed(2)} s: ${rate.toFixed(0)} rows/s (${(rate / baselineRate).toFixed(1)}× the baseline)`);
  console.log(`re-run:   ${ROWS} rows in ${rerunSeconds.toFixed(2)} s, ${again.added} added, ${again.existing} already there`);
  console.log(
    `BENCH ${JSON.stringify({
      name: 'import',
      rows: ROWS,
      seconds: Number(importSeconds.toFixed(2)),
      rowsPerSecond: Math.round(rate),
      rerunSeconds: Number(rerunSeconds.toFixed(2)),
      baselineRowsPerSecond: Math.round(baselineRate),
      speedup: Number((rate / baselineRate).toFixed(1)),
    })}`,
  );
} finally {
  await deletePrefix(redis, config.prefix);
  await redis.quit();
  rmSync(dir, { recursive: true, force: true });
}
