import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSubscribers, readCsvRows, readJsonlRows, type ImportOptions } from '../../src/subscribers/import.js';
import { eraseSubscriber } from '../../src/subscribers/privacy.js';
import { countByStatus, findSubscriberByEmail, setStatus, upsertSubscriber } from '../../src/subscribers/store.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { tempDir, testCtx } from '../helpers/redis.js';

const ctx = testCtx('subscribers-import');
const taxonomy = loadTaxonomy();
const dir = tempDir('import');
afterAll(() => ctx.cleanup());

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const run = (path: string, opts: Partial<ImportOptions> = {}) =>
  importSubscribers(ctx, taxonomy, path.endsWith('.csv') ? readCsvRows(path) : readJsonlRows(path), { confirmed: false, ...opts });

describe('list import', () => {
  it('reads quoted CSV fields, reports refused rows by line with the reason, and is safe to run twice', async () => {
    const csv = file(
      'list.csv',
      '\uFEFFEmail,Topics,Frequency,Hour,Timezone,Name\r\n' +
        'ravi@Example.IN,"defence;diplomacy",weekly,6,Asia/Kolkata,"Kumar, Ravi"\r\n' +
        '"meera@example.org","economy",,,,"Meera ""M"" Iyer"\r\n' +
        'not-an-address,defence,,,,\r\n' +
        '\r\n' +
        'x@example.org,cricket,,,,\r\n' +
        'y@example.org,sport,monthly,,,\r\n' +
        'z@example.org,sport,,25,,\r\n' +
        'RAVI@example.in,sport,,,,\r\n' +
        'w@example.org,,,,,\r\n' +
        'v@example.org,health,daily,7,Mars/Olympus,\r\n' +
        '"multi@example.org","sport;\r\nhealth",,,,\r\n',
    );
    const pending: string[] = [];
    const first = await run(csv, { onPending: async (ids) => void pending.push(...ids) });
    expect(first).toMatchObject({ rows: 10, accepted: 3, added: 3, existing: 0, activated: 0 });
    expect(first.refused).toEqual([
      { row: 4, reason: '"not-an-address" is not an email address' },
      { row: 6, reason: expect.stringMatching(/^unknown topic cricket; valid topics are defence, diplomacy/) },
      { row: 7, reason: expect.stringMatching(/^frequency must be daily or weekly/) },
      { row: 8, reason: expect.stringMatching(/^hour must be a whole hour from 0 to 23/) },
      { row: 9, reason: 'the same address as row 2' },
      { row: 10, reason: expect.stringMatching(/^choose at least one topic/) },
      { row: 11, reason: expect.stringMatching(/^timezone must be an IANA time zone/) },
    ]);
    expect(await findSubscriberByEmail(ctx, 'RAVI@EXAMPLE.IN')).toMatchObject({
      email: 'ravi@example.in',
      status: 'pending',
      topics: ['defence', 'diplomacy'],
      frequency: 'weekly',
      hour: 6,
      timezone: 'Asia/Kolkata',
      source: 'import',
    });
    expect(await findSubscriberByEmail(ctx, 'meera@example.org')).toMatchObject({ topics: ['economy'], frequency: 'daily', hour: 7, timezone: 'UTC' });
    expect((await findSubscriberByEmail(ctx, 'multi@example.org'))!.topics).toEqual(['sport', 'health']);
    expect(pending).toHaveLength(3);

    const before = await findSubscriberByEmail(ctx, 'ravi@example.in');
    const again = await run(csv, { onPending: async (ids) => void pending.push(...ids) });
    expect(again).toMatchObject({ rows: 10, accepted: 3, added: 0, existing: 3, activated: 0 });
    expect(again.refused).toHaveLength(7);
    expect(pending).toHaveLength(3);
    expect(await findSubscriberByEmail(ctx, 'ravi@example.in')).toEqual(before);
    expect((await countByStatus(ctx)).pending).toBe(3);
  });

  it('reads JSONL with topic lists or strings and reports unreadable lines', async () => {
    const jsonl = file(
      'list.jsonl',
      [
        JSON.stringify({ email: 'j1@example.org', topics: ['defence', 'conflict'], frequency: 'weekly', weekday: 'Friday', hour: 20, timezone: 'Europe/London' }),
        JSON.stringify({ email: 'j2@example.org', topics: 'sport;health' }),
        '{"email": "j3@example.org", "topics": ["defence"]',
        '',
        '["j4@example.org"]',
        JSON.stringify({ email: 'j5@example.org', topics: ['defence'], hour: '07' }),
        JSON.stringify({ mail: 'j6@example.org', topics: ['defence'] }),
      ].join('\n'),
    );
    const report = await run(jsonl, { confirmed: true });
    expect(report).toMatchObject({ rows: 6, added: 3, accepted: 3 });
    expect(report.refused).toEqual([
      { row: 3, reason: 'not valid JSON' },
      { row: 5, reason: 'not a JSON object' },
      { row: 7, reason: 'no email' },
    ]);
    expect(await findSubscriberByEmail(ctx, 'j1@example.org')).toMatchObject({ status: 'active', topics: ['defence', 'conflict'], frequency: 'weekly', weekday: 5, hour: 20, timezone: 'Europe/London', confirmedAt: ctx.now() });
    expect(await findSubscriberByEmail(ctx, 'j2@example.org')).toMatchObject({ status: 'active', topics: ['sport', 'health'] });
  });

  it('reads JSONL saved with a byte-order mark (Notepad, PowerShell) from its first line on', async () => {
    const jsonl = file('bom.jsonl', `\uFEFF${JSON.stringify({ email: 'bom1@example.org', topics: ['defence'] })}\r\n${JSON.stringify({ email: 'bom2@example.org', topics: 'sport' })}\r\n`);
    const report = await run(jsonl);
    expect(report).toMatchObject({ rows: 2, added: 2, refused: [] });
    expect(await findSubscriberByEmail(ctx, 'bom1@example.org')).toMatchObject({ topics: ['defence'] });
  });

  it('reads JSONL field names in any case, as a CSV header row is read', async () => {
    const jsonl = file('case.jsonl', `${JSON.stringify({ Email: 'case1@example.org', Topics: ['health'], Hour: 9, TimeZone: 'Europe/Rome' })}\n`);
    expect(await run(jsonl)).toMatchObject({ rows: 1, added: 1, refused: [] });
    expect(await findSubscriberByEmail(ctx, 'case1@example.org')).toMatchObject({ topics: ['health'], hour: 9, timezone: 'Europe/Rome' });
  });

  it('reads a list saved with semicolons or tabs between columns (spreadsheets in many locales), topics then split by ","', async () => {
    const semi = file('semicolons.csv', '\uFEFFEmail;Topics;Hour;Timezone\r\nsemi1@example.org;defence,diplomacy;6;Asia/Calcutta\r\n"semi2@example.org";"sport";;\r\nsemi-bad;sport;;\r\n');
    const report = await run(semi);
    expect(report).toMatchObject({ rows: 3, added: 2 });
    expect(report.refused).toEqual([{ row: 4, reason: '"semi-bad" is not an email address' }]);
    expect(await findSubscriberByEmail(ctx, 'semi1@example.org')).toMatchObject({ topics: ['defence', 'diplomacy'], hour: 6, timezone: 'Asia/Kolkata' });
    expect(await run(semi)).toMatchObject({ added: 0, existing: 2 });

    const tabs = file('tabs.csv', 'email\ttopics\ntab1@example.org\thealth;sport\n');
    expect(await run(tabs)).toMatchObject({ rows: 1, added: 1, refused: [] });
    expect(await findSubscriberByEmail(ctx, 'tab1@example.org')).toMatchObject({ topics: ['health', 'sport'] });
  });

  it('with --confirmed activates pending rows, never revives the unsubscribed, and refuses erased addresses', async () => {
    await upsertSubscriber(ctx, { email: 'was-pending@example.org', topics: ['sport'] });
    const left = await upsertSubscriber(ctx, { email: 'left@example.org', topics: ['sport'], confirmed: true });
    await setStatus(ctx, left.subscriber, 'unsubscribed');
    await upsertSubscriber(ctx, { email: 'erased@example.org', topics: ['sport'], confirmed: true });
    await eraseSubscriber(ctx, 'erased@example.org');
    const csv = file('confirmed.csv', 'email,topics\nwas-pending@example.org,sport\nleft@example.org,sport\nerased@example.org,sport\nfresh@example.org,sport\n');
    const report = await run(csv, { confirmed: true });
    expect(report).toMatchObject({ rows: 4, accepted: 3, added: 1, existing: 1, activated: 1 });
    expect(report.refused).toEqual([{ row: 4, reason: expect.stringMatching(/erased, bounced or complained: only a new opt-in/) }]);
    expect((await findSubscriberByEmail(ctx, 'was-pending@example.org'))!.status).toBe('active');
    expect((await findSubscriberByEmail(ctx, 'left@example.org'))!.status).toBe('unsubscribed');
    expect(await findSubscriberByEmail(ctx, 'erased@example.org')).toBeNull();
    expect((await findSubscriberByEmail(ctx, 'fresh@example.org'))!.status).toBe('active');
  });

  it('refuses an erased address however its internationalised domain is spelt', async () => {
    await upsertSubscriber(ctx, { email: 'arjun@bhärat.org', topics: ['sport'], confirmed: true });
    await eraseSubscriber(ctx, 'arjun@bhärat.org');
    const csv = file('idn.csv', 'email,topics\narjun@xn--bhrat-hra.org,sport\nARJUN@bha\u0308rat.org,sport\n');
    const report = await run(csv, { confirmed: true });
    expect(report.refused.map((r) => r.row)).toEqual([2, 3]);
    expect(await findSubscriberByEmail(ctx, 'arjun@xn--bhrat-hra.org')).toBeNull();
  });

  it.each([
    ['Email Address', 'mailchimp'],
    ['E-mail', 'e-mail'],
    ['Email address', 'email-address'],
    ['EMAIL', 'upper'],
    ['email_address', 'underscore'],
    [' e mail ', 'spaced'],
  ])('takes the address from a column headed %j (case, spaces, hyphens and underscores do not matter) and says so', async (header, name) => {
    // Mailchimp's audience export: its own names for every column, the address under "Email Address".
    const csv = file(`header-${name}.csv`, `${header},First Name,Last Name,Topics,Time Zone,MEMBER_RATING\nhdr-${name}@example.org,Asha,Rao,defence;sport,Asia/Kolkata,2\n`);
    const report = await run(csv);
    expect(report).toMatchObject({ rows: 1, added: 1, refused: [], addressColumn: header.trim() });
    expect(await findSubscriberByEmail(ctx, `hdr-${name}@example.org`)).toMatchObject({ topics: ['defence', 'sport'], timezone: 'Asia/Kolkata' });
  });

  it('takes the first of two address columns, and names the one it took', async () => {
    const csv = file('two-address-columns.csv', 'Email Address,EMAIL,topics\nfirst-col@example.org,second-col@example.org,sport\n');
    const report = await run(csv);
    expect(report).toMatchObject({ added: 1, addressColumn: 'Email Address' });
    expect(await findSubscriberByEmail(ctx, 'first-col@example.org')).not.toBeNull();
    expect(await findSubscriberByEmail(ctx, 'second-col@example.org')).toBeNull();
  });

  it('reads JSONL field names written as Mailchimp and others write them', async () => {
    const jsonl = file('mailchimp.jsonl', `${JSON.stringify({ 'Email Address': 'jl-mc@example.org', topics: ['health'], 'time_zone': 'Europe/Rome' })}\n`);
    expect(await run(jsonl)).toMatchObject({ rows: 1, added: 1, refused: [], addressColumn: 'Email Address' });
    expect(await findSubscriberByEmail(ctx, 'jl-mc@example.org')).toMatchObject({ topics: ['health'], timezone: 'Europe/Rome' });
  });

  it('stops with a clear error when the CSV has no email column', async () => {
    const csv = file('no-email.csv', 'address,topics\nx@example.org,sport\n');
    await expect(run(csv)).rejects.toThrowError(/the header row has no "email" column \(found: address, topics\)/);
    await expect(run(csv)).rejects.toThrowError(/"Email Address", "E-mail"/);
  });
});

describe('broken CSV', () => {
  it('keeps the good rows and reports the unreadable rest by line', async () => {
    const csv = file('broken.csv', 'email,topics\nok1@example.org,sport\nbad"quote@example.org,sport\nok2@example.org,sport\n"open@example.org,sport\nlost@example.org,sport\n');
    const report = await run(csv);
    expect(report.added).toBe(2);
    expect(report.refused).toEqual([
      { row: 3, reason: expect.stringMatching(/^unreadable CSV: .*quote/i) },
      { row: expect.any(Number), reason: expect.stringMatching(/^unreadable CSV: .*quote/i) },
    ]);
    expect(await findSubscriberByEmail(ctx, 'ok2@example.org')).not.toBeNull();
  });
});

describe('batches', () => {
  it('gives the same result when rows span many batches written while the next is read', async () => {
    const lines = ['email,topics'];
    for (let i = 0; i < 25; i++) lines.push(`batch${i % 20}@example.org,sport`);
    const csv = file('batches.csv', `${lines.join('\n')}\n`);
    const pending: string[] = [];
    const report = await run(csv, { batchSize: 3, onPending: async (ids) => void pending.push(...ids) });
    expect(report).toMatchObject({ rows: 25, accepted: 20, added: 20, existing: 0 });
    expect(report.refused.map((r) => r.row)).toEqual([22, 23, 24, 25, 26]);
    expect(report.refused[0]!.reason).toBe('the same address as row 2');
    expect(new Set(pending).size).toBe(20);
    const again = await run(csv, { batchSize: 3, confirmed: true });
    expect(again).toMatchObject({ added: 0, existing: 0, activated: 20 });
  });
});
