import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { Ctx } from '../context.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { normalisedEmailKey, normaliseEmail, SubscriberError } from './address.js';
import { defaultPreferences, readPreferences, type Preferences } from './preferences.js';
import { createSubscribers, draftSubscriber, getSubscriber, idsForEmails, setStatus, statusesOf, type Subscriber } from './store.js';
import { suppressedAmong } from './suppression.js';

/**
 * Operators' list imports: CSV (header row; columns email, topics as `a;b`,
 * optional frequency, weekday, hour, timezone) or JSONL (one object a line,
 * topics a list or `a;b`). Rows are checked one by one and written in
 * pipelined batches; a row already there is left as it is, so a second run
 * of the same file changes nothing.
 */

/** One row of the file: its fields, or why it could not be read. `row` is its line number. */
export type ImportRow = { row: number; fields: Record<string, unknown> } | { row: number; error: string };

export interface ImportOptions {
  /** The list already opted in elsewhere: new rows are active, pending ones become active. */
  confirmed: boolean;
  batchSize?: number;
  /** Called with the ids of subscribers each batch left pending and new, who need a confirmation mail. */
  onPending?: (ids: string[]) => Promise<void>;
}

export interface ImportReport {
  rows: number;
  accepted: number;
  added: number;
  /** Already subscribed: left unchanged. */
  existing: number;
  /** Were pending, made active by --confirmed. */
  activated: number;
  refused: { row: number; reason: string }[];
}

export function importFormat(path: string): 'csv' | 'jsonl' | null {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  return null;
}

export async function* readCsvRows(path: string): AsyncGenerator<ImportRow> {
  const skipped: ImportRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter: await csvDelimiter(path),
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim().toLowerCase());
        if (!names.includes('email')) throw new SubscriberError(`${path}: the header row has no "email" column (found: ${names.join(', ') || 'nothing'})`);
        return names;
      },
      on_skip: (error) => {
        skipped.push({ row: (error as { lines?: number } | undefined)?.lines ?? 0, error: `unreadable CSV: ${error?.message ?? 'bad record'}` });
        return undefined;
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield* skipped.splice(0);
    yield { row: info.lines, fields: record };
  }
  yield* skipped.splice(0);
}

/** Enough of a file to hold its header row. */
const HEADER_BYTES = 8192;

/**
 * The column separator, read off the header row: the one of comma, semicolon
 * and tab it has most of, a comma on a tie. Spreadsheets save "CSV" with
 * semicolons where the comma is the decimal mark, and some export tabs.
 */
async function csvDelimiter(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEADER_BYTES), 0, HEADER_BYTES, 0);
    const header = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
    const count = (c: string) => header.split(c).length - 1;
    return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
  } finally {
    await file.close();
  }
}

export async function* readJsonlRows(path: string): AsyncGenerator<ImportRow> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let row = 0;
  for await (let line of lines) {
    row++;
    // A byte-order mark (Notepad, PowerShell) is not part of the first object.
    if (row === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { row, error: 'not valid JSON' };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) yield { row, error: 'not a JSON object' };
    // Field names in any case, as the CSV header row's are read.
    else yield { row, fields: Object.fromEntries(Object.entries(value).map(([name, v]) => [name.trim().toLowerCase(), v])) };
  }
}

export async function importSubscribers(ctx: Ctx, taxonomy: Taxonomy, rows: AsyncIterable<ImportRow>, opts: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, accepted: 0, added: 0, existing: 0, activated: 0, refused: [] };
  const firstRowOf = new Map<string, number>();
  const defaults = defaultPreferences(ctx.config.editionTimezone);
  const size = opts.batchSize ?? 1000;
  let batch: Candidate[] = [];
  // One batch is written while the next is read and checked: Redis and the parser work at once.
  let writing: Promise<void> = Promise.resolve();
  for await (const row of rows) {
    report.rows++;
    const candidate = check(row, taxonomy, defaults, firstRowOf);
    if ('reason' in candidate) report.refused.push(candidate);
    else batch.push(candidate);
    if (batch.length >= size) {
      await writing;
      writing = writeBatch(ctx, batch, opts, report);
      // Its failure surfaces at the next await; this only keeps Node from calling it unhandled meanwhile.
      writing.catch(() => undefined);
      batch = [];
    }
  }
  await writing;
  await writeBatch(ctx, batch, opts, report);
  report.refused.sort((a, b) => a.row - b.row);
  return report;
}

interface Candidate {
  row: number;
  email: string;
  key: string;
  prefs: Preferences;
}

function check(row: ImportRow, taxonomy: Taxonomy, defaults: Preferences, firstRowOf: Map<string, number>): Candidate | { row: number; reason: string } {
  if ('error' in row) return { row: row.row, reason: row.error };
  const f = row.fields;
  try {
    if (typeof f.email !== 'string') throw new SubscriberError('no email');
    const email = normaliseEmail(f.email);
    const prefs = readPreferences(taxonomy, { topics: f.topics ?? '', frequency: f.frequency, weekday: f.weekday, hour: f.hour, timezone: f.timezone }, defaults);
    const key = normalisedEmailKey(email);
    const first = firstRowOf.get(key);
    if (first !== undefined) return { row: row.row, reason: `the same address as row ${first}` };
    firstRowOf.set(key, row.row);
    return { row: row.row, email, key, prefs };
  } catch (error) {
    if (error instanceof SubscriberError) return { row: row.row, reason: error.message };
    throw error;
  }
}

async function writeBatch(ctx: Ctx, batch: Candidate[], opts: ImportOptions, report: ImportReport): Promise<void> {
  if (batch.length === 0) return;
  const [ids, suppressed] = await Promise.all([idsForEmails(ctx, batch.map((c) => c.email)), suppressedAmong(ctx, batch.map((c) => c.email))]);
  const drafts: Subscriber[] = [];
  const existingIds: string[] = [];
  batch.forEach((c, i) => {
    const id = ids[i];
    if (id) existingIds.push(id);
    else if (suppressed[i]) report.refused.push({ row: c.row, reason: 'this address was erased, bounced or complained: only a new opt-in on the subscribe page can bring it back' });
    else drafts.push(draftSubscriber(ctx, c.email, c.prefs, { active: opts.confirmed, source: 'import' }));
  });
  const created = await createSubscribers(ctx, drafts);
  // A draft that lost its address to a concurrent request: that subscriber is already there.
  const lostRaces = created.filter((ok) => !ok).length;
  const newlyPending = drafts.filter((d, i) => created[i] && d.status === 'pending').map((d) => d.id);
  const activated = opts.confirmed ? await activatePending(ctx, existingIds) : 0;
  report.added += created.length - lostRaces;
  report.existing += existingIds.length + lostRaces - activated;
  report.activated += activated;
  report.accepted = report.added + report.existing + report.activated;
  if (newlyPending.length > 0) await opts.onPending?.(newlyPending);
}

/** --confirmed on a row already pending: the list says they opted in. Never revives the unsubscribed. */
async function activatePending(ctx: Ctx, ids: string[]): Promise<number> {
  const statuses = await statusesOf(ctx, ids);
  const pending = ids.filter((_, i) => statuses[i] === 'pending');
  for (const id of pending) {
    const s = await getSubscriber(ctx, id);
    if (s?.status === 'pending') await setStatus(ctx, s, 'active');
  }
  return pending.length;
}
