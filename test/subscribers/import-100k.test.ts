import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countByStatus, findSubscriberByEmail } from '../../src/subscribers/store.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, testCtx } from '../helpers/redis.js';

/**
 * A 100,000-row list through the real CLI into the real Redis. The time is
 * printed, not asserted (the machine is shared); `npm run bench -- import`
 * measures it against a baseline.
 */
const ROWS = 100_000;
const TOPICS = ['defence', 'diplomacy', 'politics', 'economy', 'sport', 'health'];
const ctx = testCtx('subscribers-import-100k');
const dir = tempDir('import-100k');
afterAll(() => ctx.cleanup());

describe('a 100,000-row import', () => {
  it('imports every row, in batches, and says how long it took', { timeout: 300_000 }, async () => {
    const csv = join(dir, 'readers.csv');
    const rows = Array.from({ length: ROWS }, (_, i) => `reader${i}@Example${i % 97}.org,"${TOPICS[i % 6]};${TOPICS[(i + 1) % 6]}",${i % 3 ? 'daily' : 'weekly'},${i % 24},Asia/Kolkata`);
    writeFileSync(csv, `email,topics,frequency,hour,timezone\n${rows.join('\n')}\n`);

    const started = performance.now();
    const run = await runCli(['subscribers', 'import', csv, '--confirmed', '--json'], {
      REDIS_URL: ctx.config.redisUrl,
      WIREBRIEF_PREFIX: ctx.config.prefix,
      SECRET: ctx.config.secret,
      DATA_DIR: dir,
    });
    const wall = (performance.now() - started) / 1000;
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { rows: number; added: number; refused: unknown[]; seconds: number };
    console.log(`100,000-row import: ${report.seconds} s inside the importer, ${wall.toFixed(1)} s for the whole CLI process`);
    expect(report).toMatchObject({ rows: ROWS, added: ROWS, refused: [] });
    expect((await countByStatus(ctx)).active).toBe(ROWS);
    const i = ROWS - 1;
    expect(await findSubscriberByEmail(ctx, `READER${i}@EXAMPLE${i % 97}.ORG`)).toMatchObject({
      email: `reader${i}@example${i % 97}.org`,
      status: 'active',
      topics: [TOPICS[i % 6], TOPICS[(i + 1) % 6]],
      frequency: i % 3 ? 'daily' : 'weekly',
      hour: i % 24,
      timezone: 'Asia/Kolkata',
    });
  });
});
