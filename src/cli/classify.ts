import { once } from 'node:events';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Classifier, TopicScore } from '../topics/classifier.js';
import { examples, UsageError } from './runtime.js';

interface ClassifyOptions {
  jsonl?: boolean;
  json?: boolean;
  title?: string;
  taxonomy?: string;
  model?: string;
}

/**
 * `wirebrief classify`: the classifier without Redis or the service, reading
 * taxonomy.yaml afresh each run, so an operator sees a term change at once.
 */
export function registerClassify(program: Command): void {
  program
    .command('classify [file]')
    .description('print the topics, scores and reasons for a story (a file, or - / nothing for stdin)')
    .option('--jsonl', 'read one {"id","title","text"} per line, write one {"id","topics":[{"id","score","reasons"}]} per line')
    .option('--json', 'print the result as JSON')
    .option('--title <title>', 'the headline; otherwise the first line of the story is taken as its headline')
    .option('--taxonomy <file>', 'taxonomy file to use instead of src/topics/taxonomy.yaml')
    .option('--model <file>', 'model file to use instead of src/topics/model.json')
    .addHelpText(
      'after',
      `
With --jsonl a bad line (not JSON, or no "id") is skipped with a message
naming its line on stderr; the other lines are classified, and the exit code
is then 2. "headline" is read for a missing "title", and "body", "content",
"description" or "summary" for a missing "text". A story is read from its headline and the first 1,500 characters
of its body, as the labelled stories the model learned from.
${examples(
  'wirebrief classify story.txt',
  'wirebrief classify --title "DRDO test-fires Agni-Prime missile" - < body.txt',
  'wirebrief classify --jsonl < stories.jsonl > topics.jsonl',
  'wirebrief classify --taxonomy /tmp/taxonomy-draft.yaml story.txt',
)}`,
    )
    .action(async (file: string | undefined, opts: ClassifyOptions) => {
      const classify = await loadClassifier(opts);
      if (opts.jsonl) {
        const bad = await classifyLines(classify, openInput(file), process.stdout);
        if (bad > 0) throw new UsageError(`${bad} line${bad === 1 ? '' : 's'} skipped (see above)`);
        return;
      }
      const story = readStory(file, opts.title);
      const topics = classify(story);
      process.stdout.write(opts.json ? `${JSON.stringify({ title: story.title, topics }, null, 2)}\n` : formatTopics(topics));
    });
}

/** The model and taxonomy are loaded here, when the command runs, not when the CLI starts. */
async function loadClassifier(opts: ClassifyOptions): Promise<Classifier> {
  const [{ createClassifier }, { defaultModelFile, loadModel }, { defaultTaxonomyFile, loadTaxonomy }] = await Promise.all([
    import('../topics/classifier.js'),
    import('../topics/model.js'),
    import('../topics/taxonomy.js'),
  ]);
  const taxonomyFile = opts.taxonomy ?? defaultTaxonomyFile;
  const modelFile = opts.model ?? defaultModelFile;
  for (const f of [taxonomyFile, modelFile]) if (!existsSync(f)) throw new UsageError(`no such file: ${f}`);
  try {
    return createClassifier(loadTaxonomy(taxonomyFile), loadModel(modelFile));
  } catch (error) {
    // A typo in a draft taxonomy is the operator's to fix: say where, exit 2.
    throw new UsageError((error as Error).message);
  }
}

function openInput(file: string | undefined): Readable {
  if (!file || file === '-') return process.stdin;
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return createReadStream(file);
}

function readStory(file: string | undefined, title: string | undefined): { title: string; text: string } {
  const raw = !file || file === '-' ? readFileSync(0, 'utf8') : existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (raw === null) throw new UsageError(`no such file: ${file}`);
  if (!raw.trim() && !title) throw new UsageError('no story to classify: give a file, or text on stdin');
  if (title !== undefined) return { title, text: raw };
  const lines = raw.replace(/^\s+/, '').split('\n');
  return { title: lines[0]!.trim(), text: lines.slice(1).join('\n') };
}

/** A headline or a text may be missing (labelled sets without headlines exist): it reads as empty. */
const optionalText = z
  .string({ error: 'must be text (a JSON string) or null' })
  .nullish()
  .transform((v) => v ?? '');
/** Another name a labelled set gives a field: read when it is text, passed over otherwise (a CMS export's objects). */
const aliasText = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v : ''));
const lineSchema = z
  .object({
    id: z.union(
      [
        z.string(),
        z
          .number()
          .refine(Number.isInteger, 'a fractional number: give it as a string, or a whole number')
          .refine((n) => !Number.isInteger(n) || Number.isSafeInteger(n), 'a number this large loses digits in JSON: give it as a string'),
      ],
      {
        error: (issue) => (issue.input === undefined ? 'missing' : 'must be a string or a number'),
      },
    ),
    title: optionalText,
    text: optionalText,
    // Taken when "title" or "text" is absent.
    headline: aliasText,
    body: aliasText,
    content: aliasText,
    description: aliasText,
    summary: aliasText,
  })
  .transform(({ id, title, text, headline, body, content, description, summary }) => ({
    id,
    title: title || headline,
    text: text || body || content || description || summary,
  }));

/** Classifies a JSONL stream; returns how many lines were skipped as bad. */
export async function classifyLines(classify: Classifier, input: Readable, output: NodeJS.WritableStream): Promise<number> {
  let bad = 0;
  let n = 0;
  let buffer = '';
  let idle: NodeJS.Immediate | null = null;
  // Set while the reader of our output has not taken what was written: no more lines are read until it has.
  let draining: Promise<unknown> | null = null;
  const write = () => {
    if (buffer && !output.write(buffer)) draining ??= once(output, 'drain').then(() => (draining = null));
    buffer = '';
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const story = parseLine(line);
    if (typeof story === 'string') {
      bad++;
      process.stderr.write(`wirebrief: line ${n}: ${story}\n`);
      continue;
    }
    buffer += `${JSON.stringify({ id: story.id, topics: classify(story) })}\n`;
    if (buffer.length > 64 * 1024) write();
    // Once the lines read so far are answered and the loop waits for more, they go out: a scorer that sends a
    // story and waits for its topics gets them, while a file read at full speed is still written in large pieces.
    idle ??= setImmediate(() => {
      idle = null;
      write();
    });
    if (draining) await draining;
  }
  if (idle) clearImmediate(idle);
  write();
  if (draining) await draining;
  return bad;
}

function parseLine(line: string): z.infer<typeof lineSchema> | string {
  let value: unknown;
  try {
    // A file saved by a Windows editor starts with a byte-order mark.
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return 'not JSON';
  }
  const parsed = lineSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || 'line'}: ${issue.message} (want {"id", "title", "text"})`;
}

function formatTopics(topics: TopicScore[]): string {
  if (topics.length === 0) return 'no topic\n';
  return topics.map((t) => `${t.id.padEnd(22)} ${t.score.toFixed(3)}  ${t.reasons.join(', ')}`).join('\n') + '\n';
}
