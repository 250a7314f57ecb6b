import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { key } from '../../src/context.js';
import { importSubscribers, readCsvRows } from '../../src/subscribers/import.js';
import { requestSubscription } from '../../src/subscribers/lifecycle.js';
import { eraseSubscriber, heldAbout } from '../../src/subscribers/privacy.js';
import { countByStatus, createSubscribers, deleteSubscriber, draftSubscriber, findSubscriberByEmail, getSubscriber, normaliseEmail, upsertSubscriber } from '../../src/subscribers/store.js';
import { isSuppressed, liftSuppression } from '../../src/subscribers/suppression.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { runCli } from '../helpers/cli.js';
import { legacySubscriber, legacySuppression } from '../helpers/legacy-subscribers.js';
import { tempDir, testCtx } from '../helpers/redis.js';
import { CLI_TIMEOUT_MS, cliEnv } from '../cli/env.js';

/**
 * Records written before keys took a mailbox's one spelling (an
 * internationalised domain in its Unicode form): the address index and the
 * suppression list then hashed the address as typed, lower-cased. A mailbox
 * stored under its xn-- (or decomposed) spelling must still be found, so it
 * is never stored twice, and its suppression still holds.
 */
const ctx = testCtx('subscribers-legacy-keys');
const taxonomy = loadTaxonomy();
const dir = tempDir('legacy-keys');
const cli = (...args: string[]) => runCli(['subscribers', ...args], cliEnv(ctx));
afterAll(() => ctx.cleanup());

async function idKeys(id: string): Promise<string[]> {
  const all = await ctx.redis.hgetall(key(ctx, 'subs', 'by-email'));
  return Object.entries(all).filter(([, v]) => v === id).map(([k]) => k);
}

async function subscriberCount(): Promise<number> {
  return Object.values(await countByStatus(ctx)).reduce((a, b) => a + b, 0);
}

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('records stored under an older spelling of the mailbox', { timeout: CLI_TIMEOUT_MS }, () => {
  it('finds a subscriber stored under the xn-- spelling by any spelling, and never stores the mailbox twice', async () => {
    const old = await legacySubscriber(ctx, 'Meera@xn--bhrat-hra.org');
    const before = await subscriberCount();
    for (const spelling of ['meera@bhärat.org', 'MEERA@xn--bhrat-hra.org', 'meera@bha\u0308rat.org']) {
      expect((await findSubscriberByEmail(ctx, spelling))?.id, spelling).toBe(old.id);
    }
    const asked = await requestSubscription(ctx, taxonomy, { email: 'meera@bhärat.org', preferences: { topics: ['defence'] }, source: 'form' });
    expect(asked.subscriber.id).toBe(old.id);
    expect((await upsertSubscriber(ctx, { email: 'Meera@Bhärat.org', topics: ['defence'], confirmed: true })).created).toBe(false);
    const report = await importSubscribers(ctx, taxonomy, readCsvRows(csv('meera.csv', 'email,topics\nmeera@bhärat.org,defence\n')), { confirmed: true });
    expect(report).toMatchObject({ added: 0, existing: 1 });
    expect(await subscriberCount()).toBe(before);
  });

  it('finds one stored under the decomposed Unicode spelling', async () => {
    const old = await legacySubscriber(ctx, 'anu@bha\u0308rat.in');
    expect((await findSubscriberByEmail(ctx, 'anu@xn--bhrat-hra.in'))?.id).toBe(old.id);
    const [created] = await createSubscribers(ctx, [draftSubscriber(ctx, normaliseEmail('anu@bhärat.in'), { topics: ['sport'], frequency: 'daily', weekday: 1, hour: 7, timezone: 'UTC' }, { active: true, source: 'import' })]);
    expect(created).toBe(false);
  });

  it('holds a suppression hashed from the xn-- spelling against every spelling, and a new opt-in lifts it', async () => {
    await legacySuppression(ctx, 'ravi@xn--bhrat-hra.org');
    for (const spelling of ['ravi@bhärat.org', 'Ravi@xn--bhrat-hra.org', 'ravi@bha\u0308rat.org']) expect(await isSuppressed(ctx, spelling), spelling).toBe(true);
    const report = await importSubscribers(ctx, taxonomy, readCsvRows(csv('ravi.csv', 'email,topics\nravi@bhärat.org,defence\n')), { confirmed: true });
    expect(report.refused.map((r) => r.row)).toEqual([2]);
    expect(await findSubscriberByEmail(ctx, 'ravi@bhärat.org')).toBeNull();
    expect((await heldAbout(ctx, 'ravi@bhärat.org')).suppression).toMatchObject({ reason: 'erased' });
    await liftSuppression(ctx, 'ravi@bhärat.org');
    expect(await isSuppressed(ctx, 'ravi@xn--bhrat-hra.org')).toBe(false);
  });

  it('erases a subscriber stored under the old spelling, index entry and all', async () => {
    const old = await legacySubscriber(ctx, 'leela@xn--bhrat-hra.org');
    const { erased } = await eraseSubscriber(ctx, 'leela@bhärat.org');
    expect(erased?.id).toBe(old.id);
    expect(await idKeys(old.id)).toEqual([]);
    expect(await ctx.redis.exists(key(ctx, 'sub', old.id))).toBe(0);
    expect(await isSuppressed(ctx, 'leela@xn--bhrat-hra.org')).toBe(true);
  });

  it('erases both records of a mailbox the older code stored twice, and deleting one never unindexes the other', async () => {
    const ascii = await legacySubscriber(ctx, 'dev@xn--bhrat-hra.net');
    const unicode = await legacySubscriber(ctx, 'dev@bhärat.net');
    expect(ascii.id).not.toBe(unicode.id);
    const { erased } = await eraseSubscriber(ctx, 'dev@bhärat.net');
    expect(erased).not.toBeNull();
    expect(await findSubscriberByEmail(ctx, 'dev@xn--bhrat-hra.net')).toBeNull();
    expect(await idKeys(ascii.id)).toEqual([]);
    expect(await idKeys(unicode.id)).toEqual([]);
    expect(await ctx.redis.exists(key(ctx, 'sub', ascii.id), key(ctx, 'sub', unicode.id))).toBe(0);

    const asciiOnly = await legacySubscriber(ctx, 'sam@xn--bhrat-hra.net');
    const unicodeOnly = await legacySubscriber(ctx, 'sam@bhärat.net');
    await deleteSubscriber(ctx, (await getSubscriber(ctx, asciiOnly.id))!);
    expect((await findSubscriberByEmail(ctx, 'sam@xn--bhrat-hra.net'))?.id).toBe(unicodeOnly.id);
  });

  it('the CLI exports, removes and deletes subscribers stored under the old spelling', async () => {
    const old = await legacySubscriber(ctx, 'kiran@xn--bhrat-hra.co');
    await legacySuppression(ctx, 'gone@xn--bhrat-hra.co');
    // A mailbox the older code stored twice, each record with a digest in the ledger and its history.
    const twice = [await legacySubscriber(ctx, 'twice@xn--bhrat-hra.co'), await legacySubscriber(ctx, 'twice@bhärat.co')];
    const ledger = key(ctx, 'ledger', 'daily-2026-02-27');
    for (const s of twice) {
      const entry = JSON.stringify({ edition: 'daily-2026-02-27', at: ctx.now(), messageId: `<${s.id}@wirebrief.test>`, storyIds: [] });
      await ctx.redis.multi().hset(ledger, s.id, entry).lpush(key(ctx, 'sub', s.id, 'digests'), entry).exec();
    }
    const [exported, removed, add, deleted] = await Promise.all([
      cli('export', 'kiran@bhärat.co'),
      cli('remove', 'KIRAN@bhärat.co'),
      cli('add', 'gone@bhärat.co', '--topics', 'defence', '--confirmed'),
      cli('delete', 'Twice@xn--bhrat-hra.co'),
    ]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(await ctx.redis.hmget(ledger, ...twice.map((s) => s.id))).toEqual([null, null]);
    expect(await ctx.redis.exists(...twice.flatMap((s) => [key(ctx, 'sub', s.id), key(ctx, 'sub', s.id, 'digests')]))).toBe(0);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ id: old.id, email: 'kiran@xn--bhrat-hra.co' });
    expect(removed.code, removed.stderr).toBe(0);
    expect((await findSubscriberByEmail(ctx, 'kiran@xn--bhrat-hra.co'))?.status).toBe('unsubscribed');
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/was erased, bounced or complained/);
    expect(await findSubscriberByEmail(ctx, 'gone@bhärat.co')).toBeNull();
  });
});
