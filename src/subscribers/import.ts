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

/**
 * One row of the file: its fields, or why it could not be read. `row` is its
 * line number. Field names are compared as fieldName gives them, and the
 * address is always under `email`; `addressColumn` is the name the file gave
 * that column, as written.
 */
export type ImportRow = { row: number; fields: Record<string, unknown>; addressColumn?: string } | { row: number; error: string };

/**
 * A column (CSV) or field (JSONL) name as compared: case, spaces, hyphens and
 * underscores do not count, so `Time Zone`, `time_zone` and `TIMEZONE` are one.
 */
export function fieldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Names the address column goes by, as fieldName gives them: `email`,
 * `E-mail`, `EMAIL`, Mailchimp's `Email Address`, `email_address`.
 */
const ADDRESS_FIELDS = new Set(['email', 'emailaddress']);
const ADDRESS_HEADERS_HINT = 'email, "Email Address", "E-mail", in any case, with or without spaces, hyphens or underscores';

/**
 * The names rows are read under: the first address column becomes `email`
 * (the report names it as written), another address column is left unread,
 * every other column goes by its fieldName. -1: no address column.
 */
function readNames(header: string[]): { names: string[]; address: number } {
  const address = header.findIndex((h) => ADDRESS_FIELDS.has(fieldName(h)));
  const names = header.map((h, i) => (i === address ? 'email' : ADDRESS_FIELDS.has(fieldName(h)) ? `unread address column ${i + 1}` : fieldName(h)));
  return { names, address };
}

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
  /** The column (CSV) or field (JSONL) the addresses were read from, as the file names it; several JSONL names joined by " / ". */
  addressColumn: string | null;
}

export function importFormat(path: string): 'csv' | 'jsonl' | null {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  return null;
}

export async function* readCsvRows(path: string): AsyncGenerator<ImportRow> {
  const skipped: ImportRow[] = [];
  let addressColumn = '';
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
        const { names, address } = readNames(header);
        if (address < 0) {
          const found = header.map((h) => h.trim()).join(', ');
          throw new SubscriberError(`${path}: the header row has no "email" column (found: ${found || 'nothing'}); the address column may be headed ${ADDRESS_HEADERS_HINT}`);
        }
        addressColumn = header[address]!.trim();
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
    yield { row: info.lines, fields: record, addressColumn };
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
    else {
      // Field names as the CSV header row's are read.
      const entries = Object.entries(value);
      const { names, address } = readNames(entries.map(([name]) => name));
      yield { row, fields: Object.fromEntries(entries.map(([, v], i) => [names[i]!, v])), addressColumn: address < 0 ? undefined : entries[address]![0].trim() };
    }
  }
}

export async function importSubscribers(ctx: Ctx, taxonomy: Taxonomy, rows: AsyncIterable<ImportRow>, opts: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, accepted: 0, added: 0, existing: 0, activated: 0, refused: [], addressColumn: null };
  const addressColumns = new Set<string>();
  const firstRowOf = new Map<string, number>();
  const defaults = defaultPreferences(ctx.config.editionTimezone);
  const size = opts.batchSize ?? 1000;
  let batch: Candidate[] = [];
  // One batch is written while the next is read and checked: Redis and the parser work at once.
  let writing: Promise<void> = Promise.resolve();
  for await (const row of rows) {
    report.rows++;
    if ('addressColumn' in row && row.addressColumn !== undefined && !addressColumns.has(row.addressColumn)) {
      addressColumns.add(row.addressColumn);
      report.addressColumn = [...addressColumns].join(' / ');
    }
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
