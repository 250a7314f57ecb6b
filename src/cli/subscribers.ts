import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ImportReport } from '../subscribers/import.js';
import { examples, print, TemporaryFailure, UsageError, withRuntime } from './runtime.js';

/** The subscriber store, imports, privacy and the queues, loaded when a command runs rather than when the CLI starts. */
async function work() {
  const modules = await Promise.all([
    import('../../jobs/enqueue.js'),
    import('../log.js'),
    import('../digests/send.js'),
    import('../subscribers/import.js'),
    import('../subscribers/preferences.js'),
    import('../subscribers/privacy.js'),
    import('../subscribers/store.js'),
    import('../subscribers/suppression.js'),
    import('../subscribers/unsubscribe-mail.js'),
  ]);
  const [enqueue, log, send, imports, preferences, privacy, store, suppression, unsubscribeMail] = modules;
  return { ...enqueue, ...log, ...send, ...imports, ...preferences, ...privacy, ...store, ...suppression, ...unsubscribeMail };
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export function registerSubscribers(program: Command): void {
  const subscribers = program
    .command('subscribers')
    .description('manage subscribers: add, list, import lists, export or erase one person')
    .addHelpText('after', examples('wirebrief subscribers add desk@example.org --topics defence --confirmed', 'wirebrief subscribers list --status active'));
  subscribers
    .command('add <email>')
    .description('add a subscriber (pending until confirmed, unless --confirmed), or change the choices of one already there')
    .requiredOption('--topics <ids>', 'topic ids separated by "," or ";", e.g. defence,diplomacy')
    .option('--frequency <daily|weekly>', 'how often the digest comes (new subscribers: daily)')
    .option('--weekday <day>', 'the day of a weekly digest: 1 (Monday) to 7, or a day name')
    .option('--hour <0-23>', 'local hour of delivery (new subscribers: 7)')
    .option('--timezone <name>', 'IANA time zone, e.g. Asia/Kolkata (new subscribers: EDITION_TIMEZONE)')
    .option('--confirmed', 'the address already opted in elsewhere: make it active now')
    .addHelpText(
      'after',
      examples('wirebrief subscribers add desk@example.org --topics defence,diplomacy --confirmed', 'wirebrief subscribers add ravi@example.in --topics "economy;sport" --frequency weekly --weekday Fri --hour 18 --timezone Asia/Kolkata'),
    )
    .action(async (email: string, opts: { topics: string; frequency?: string; weekday?: string; hour?: string; timezone?: string; confirmed?: boolean }) =>
      withRuntime(async (rt) => {
        const address = await readAddress(email);
        const { defaultPreferences, enqueueConfirmation, findSubscriberByEmail, isSuppressed, readPreferences, upsertSubscriber } = await work();
        // The same reading of choices as imports and the subscribe API; what is not given stays as it was.
        const existing = await findSubscriberByEmail(rt.ctx, address);
        const prefs = readPreferences(rt.taxonomy, opts, existing ?? defaultPreferences(rt.ctx.config.editionTimezone));
        if (await isSuppressed(rt.ctx, address)) throw new UsageError(suppressedMessage(address));
        const { subscriber, created } = await upsertSubscriber(rt.ctx, { email: address, ...prefs, confirmed: Boolean(opts.confirmed), source: 'cli' });
        if (subscriber.status === 'pending') await enqueueConfirmation(rt.queues, subscriber.id);
        console.log(`${created ? 'added' : 'updated'} ${subscriber.email}: ${subscriber.status}, topics ${subscriber.topics.join(', ')}`);
      }),
    );

  subscribers
    .command('import <file>')
    .description('import a list from CSV or JSONL in batches; rows already there are left as they are, so running it twice is safe')
    .option('--confirmed', 'the list already opted in elsewhere: new rows are active at once, with no confirmation mail')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
CSV: a header row, then one subscriber a row. Columns: email (also read
under "Email Address", "E-mail", "EMAIL": case, spaces, hyphens and
underscores in names do not matter; the report says which column it took), topics (ids
separated by ";"), and optionally frequency (daily|weekly), weekday (1-7 or
Monday…), hour (0-23), timezone (IANA, e.g. Asia/Kolkata). A file saved
with semicolons or tabs between columns is read as such (topics then "a,b").
JSONL (.jsonl, .ndjson): one object a line with the same fields; topics a list or "a;b".
Without --confirmed, new rows are pending and get a confirmation mail.
Erased, bounced or complaining addresses are refused: only a new opt-in brings them back.
${examples(
  'wirebrief subscribers import readers.csv',
  'wirebrief subscribers import partners.jsonl --confirmed --json',
  'wirebrief subscribers import list.csv   # list.csv: "email,topics" then "ravi@example.in,defence;diplomacy"',
)}`,
    )
    .action(async (file: string, opts: { confirmed?: boolean; json?: boolean }) => {
      const { enqueueConfirmations, importFormat, importSubscribers, readCsvRows, readJsonlRows } = await work();
      const format = importFormat(file);
      if (!format) throw new UsageError(`${file}: name the file .csv, .jsonl or .ndjson so its format is clear`);
      await access(file, constants.R_OK).catch(() => {
        throw new UsageError(`cannot read ${file}`);
      });
      await withRuntime(async (rt) => {
        const started = performance.now();
        const rows = format === 'csv' ? readCsvRows(file) : readJsonlRows(file);
        const report = await importSubscribers(rt.ctx, rt.taxonomy, rows, {
          confirmed: Boolean(opts.confirmed),
          onPending: (ids) => enqueueConfirmations(rt.queues, ids),
        });
        const seconds = (performance.now() - started) / 1000;
        print(opts.json, { file, ...report, seconds: Number(seconds.toFixed(2)) }, () => formatReport(file, report, seconds));
      });
    });

  subscribers
    .command('export <email>')
    .description('print, as JSON, everything held about one person: record, choices, schedule and the digests sent')
    .addHelpText('after', examples('wirebrief subscribers export ravi.kumar@example.in', 'wirebrief subscribers export ravi.kumar@example.in > ravi.json'))
    .action(async (email: string) => {
      const address = await readAddress(email);
      const { digestHistory, heldAbout, presentSubscriber } = await work();
      await withRuntime(async (rt) => {
        const { subscriber, suppression } = await heldAbout(rt.ctx, address);
        if (!subscriber) {
          const only = suppression ? `; only a hashed suppression entry (${suppression.reason}, ${iso(suppression.at)}) keeps it from being mailed` : '';
          throw new UsageError(`nothing is held about ${address}${only}`);
        }
        const history = await digestHistory(rt.ctx, subscriber.id);
        // An edition with nothing new for them (DIGEST_NOTHING_NEW=skip) is recorded without a message: no digest was
        // sent, so it is not listed among the digests sent, but apart, as everything held about the person is.
        const digests = history.filter((d) => d.messageId).map((d) => ({ edition: d.edition, sentAt: iso(d.at), messageId: d.messageId, storyIds: d.storyIds }));
        const editionsWithNothingNew = history.filter((d) => !d.messageId).map((d) => ({ edition: d.edition, at: iso(d.at) }));
        const out = {
          ...presentSubscriber(subscriber),
          suppression: suppression ? { reason: suppression.reason, at: iso(suppression.at) } : null,
          digests,
          editionsWithNothingNew,
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      });
    });

  subscribers
    .command('delete <email>')
    .description('erase one person: record, choices, digest history; only a hashed entry stays, so the address is never mailed again unless it opts in anew')
    .addHelpText('after', examples('wirebrief subscribers delete ravi.kumar@example.in'))
    .action(async (email: string) => {
      const address = await readAddress(email);
      const { dropSubscriptionRequests, eraseSubscriber, findSubscribersOfMailbox, forgetDigests } = await work();
      await withRuntime(async (rt) => {
        // Every record of the mailbox: older versions could store one under two spellings of its domain.
        for (const s of await findSubscribersOfMailbox(rt.ctx, address)) await forgetDigests(rt.ctx, s.id);
        // A request of theirs still queued for the mail worker holds the address: it goes first, so it cannot store them again.
        await dropSubscriptionRequests(rt.queues, address);
        const { erased } = await eraseSubscriber(rt.ctx, address);
        console.log(
          erased
            ? `erased ${address}: subscriber record, choices and digest history are gone; a hashed suppression entry stays`
            : `nothing was held about ${address}; it is now suppressed (a hash only) all the same`,
        );
      });
    });
  registerUnsubscribeMail(subscribers);
}

/** `subscribers unsubscribe-mail`: the List-Unsubscribe mailto address, fed by the mail server. */
function registerUnsubscribeMail(subscribers: Command): void {
  subscribers
    .command('unsubscribe-mail [file]')
    .description('read one mail sent to the List-Unsubscribe mailto address (a file, or stdin from a mail server) and unsubscribe the reader its signed token names')
    .addHelpText(
      'after',
      `
Digests offer "mailto:unsubscribe@<MAIL_FROM's domain>?subject=unsubscribe <token>"
beside the https link. Deliver that mailbox to this command, run with the
service's SECRET, REDIS_URL and WIREBRIEF_PREFIX, e.g. from Postfix's
/etc/aliases:  unsubscribe: "|/usr/local/bin/wirebrief-unsubscribe"  (a script
that sets them and runs wirebrief subscribers unsubscribe-mail).
Exit codes: 0 done, or nothing to do (no valid token: the mail is dropped,
with a warning); 75 Redis is not there (the mail server keeps the mail and
tries again, so no request is lost); 2 the file cannot be read.
${examples('wirebrief subscribers unsubscribe-mail < request.eml', 'wirebrief subscribers unsubscribe-mail saved/request.eml')}`,
    )
    .action(async (file: string | undefined) => {
      const raw = await readMail(file);
      const { maskEmail, unsubscribeByMail } = await work();
      await withRuntime(async (rt) => {
        const done = await unsubscribeByMail(rt.ctx, raw);
        if (done.outcome === 'no-token') console.error(`wirebrief: nothing done: ${done.detail}`);
        else console.log(done.outcome === 'erased' ? 'nothing to stop: the subscriber was erased' : `unsubscribed ${maskEmail(done.email)}`);
      }).catch((error: Error) => {
        // Anything but a bad token is worth another try by the mail server: the request must not be lost.
        throw new TemporaryFailure(error.message);
      });
    });
}

/** The whole input is read (a mail server that sees its pipe closed early calls that a failure); only the start is kept. */
async function readMail(file: string | undefined): Promise<Buffer> {
  const { MAX_MAIL_BYTES } = await work();
  const input = !file || file === '-' ? process.stdin : createReadStream(file);
  const kept: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (size < MAX_MAIL_BYTES) kept.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return Buffer.concat(kept);
}

async function readAddress(email: string): Promise<string> {
  const { normaliseEmail } = await work();
  try {
    return normaliseEmail(email);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function suppressedMessage(address: string): string {
  return `${address} was erased, bounced or complained: only a new opt-in on the subscribe page can bring it back`;
}

function formatReport(file: string, r: ImportReport, seconds: number): string {
  const lines = [
    `${file}: ${r.rows} rows in ${seconds.toFixed(1)} s — ${r.accepted} accepted (${r.added} added, ${r.existing} already there, ${r.activated} activated), ${r.refused.length} refused`,
  ];
  const shown = r.refused.slice(0, 50);
  for (const x of shown) lines.push(`  row ${x.row}: ${x.reason}`);
  if (r.refused.length > shown.length) lines.push(`  … and ${r.refused.length - shown.length} more (use --json for all)`);
  if (r.addressColumn !== null) lines.push(`addresses from the column "${r.addressColumn}"`);
  return lines.join('\n');
}
