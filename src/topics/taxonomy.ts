import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { topicsDataDir } from '../paths.js';
import { fieldProblem, kindOf } from '../issues.js';

const topicSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'topic ids are lower-case words joined by hyphens'),
  label: z.string().min(1),
  description: z.string().default(''),
  iptc: z.array(z.string().regex(/^\d{8}$/, 'IPTC Media Topic codes have 8 digits')).default([]),
  /** Lexicon points a story needs, for a topic the trained model does not know. */
  threshold: z.number().positive().default(3),
  /** Overrides the model's cut-off: the score (0-1) a story needs; 0.5 is the cut-off chosen in training. */
  min_score: z.number().gt(0).lt(1).optional(),
  lexicon: z.record(z.string(), z.number()).default({}),
});

const taxonomySchema = z.object({ topics: z.array(topicSchema).min(1) });

export type Topic = z.infer<typeof topicSchema>;
export interface Taxonomy {
  topics: Topic[];
  ids: string[];
  byId: Map<string, Topic>;
}

export const defaultTaxonomyFile = join(topicsDataDir, 'taxonomy.yaml');

/** Reads and checks the taxonomy file; an operator's typo is reported with its place in the file. */
export function loadTaxonomy(file: string = defaultTaxonomyFile): Taxonomy {
  const text = readFileSync(file, 'utf8');
  let document: unknown;
  try {
    document = parseSimple(text) ?? parse(text);
  } catch (error) {
    // The yaml package's message runs on over lines with a picture of the place: its first line is enough.
    throw new Error(`${file}: not a readable taxonomy (YAML or JSON): ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
  }
  const parsed = taxonomySchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.path.length === 0) throw new Error(`${file}: not a taxonomy: want a map with a "topics" list at its top, got ${kindOf(document, true)}`);
    throw new Error(`${file}: ${issue.path.join('.')}: ${fieldProblem(issue, document)}`);
  }
  const topics = parsed.data.topics.map((t) => ({
    ...t,
    lexicon: Object.fromEntries(Object.entries(t.lexicon).map(([term, w]) => [term.toLowerCase().trim(), w])),
  }));
  const ids = topics.map((t) => t.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${file}: topic id "${duplicate}" appears twice`);
  return { topics, ids, byId: new Map(topics.map((t) => [t.id, t])) };
}

/**
 * A topic id as a person or a list may type it (`Defence`, ` SPORT `): ids
 * are lower case (the schema says so), so every reader of a topic from
 * outside (forms, the APIs, imports, feed URLs, the CLI) takes it this way.
 */
export function canonicalTopicId(input: string): string {
  return input.trim().toLowerCase();
}

/** The taxonomy's id for a topic typed in any case, or null when there is no such topic. */
export function findTopicId(taxonomy: Taxonomy, input: string): string | null {
  const id = canonicalTopicId(input);
  return taxonomy.byId.has(id) ? id : null;
}

/**
 * The taxonomy as the `yaml` package reads it, for the plain layout the file
 * is written in (topics of `key: value` lines, a flow list, a lexicon of
 * `term: points`), in a fraction of the time; null for anything else (block
 * scalars, quotes with escapes, anchors, a duplicate key, a value YAML would
 * read as other than a string or a plain number…), which `yaml` then reads.
 */
export function parseSimple(text: string): { topics: Record<string, unknown>[] } | null {
  const topics: Record<string, unknown>[] = [];
  let topic: Record<string, unknown> | null = null;
  let nested: Record<string, unknown> | null = null;
  let sawTopics = false;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.includes('\t')) return null;
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const indent = line.length - body.length;
    if (indent === 0) {
      if (body !== 'topics:' || sawTopics) return null;
      sawTopics = true;
      continue;
    }
    if (!sawTopics) return null;
    let rest = body;
    if (indent === 2) {
      if (!rest.startsWith('- ')) return null;
      topic = {};
      topics.push(topic);
      nested = null;
      rest = rest.slice(2);
    } else if (indent === 4) {
      nested = null;
    } else if (indent !== 6 || !nested) return null;
    const target = indent === 6 ? nested! : topic;
    if (!target) return null;
    const colon = rest.indexOf(': ');
    const key = plainKey(colon < 0 ? (rest.endsWith(':') ? rest.slice(0, -1) : null) : rest.slice(0, colon));
    if (key === null || Object.hasOwn(target, key)) return null;
    if (colon < 0) {
      if (indent !== 4 && indent !== 2) return null;
      target[key] = nested = {};
      continue;
    }
    const value = scalarOrList(rest.slice(colon + 2));
    if (value === undefined) return null;
    target[key] = value;
  }
  if (!sawTopics) return null;
  // An empty nested map is null in YAML.
  for (const t of topics) for (const k of Object.keys(t)) if (t[k] && typeof t[k] === 'object' && !Array.isArray(t[k]) && Object.keys(t[k]).length === 0) t[k] = null;
  return { topics };
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** Plain scalars YAML 1.2 reads as other than a string (and that are not a PLAIN_NUMBER), or that start with an indicator. */
const NOT_PLAIN_STRING = /^([-?:,[\]{}#&*!|>'"%@`]|[-+.]?\d|\.(inf|nan)$|~$|(null|true|false)$|0[xo])/i;

/** A key YAML reads as the same string: words, digits and a little punctuation, not a number, null or a boolean. */
function plainKey(key: string | null): string | null {
  if (key === null || !/^[a-z0-9][a-z0-9 .&+/()'*-]*$/i.test(key) || key !== key.trimEnd()) return null;
  if (/^(\d[\d._]*([e][-+]?\d+)?|0[xo].*|null|true|false)$/i.test(key)) return null;
  return key;
}

/** A plain or simply quoted scalar, or a flow list of them; undefined when not that simple. */
function scalarOrList(raw: string): unknown {
  let value = raw;
  const comment = value.indexOf(' #');
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0 || (value.slice(close + 1).trim() !== '' && !value.slice(close + 1).trim().startsWith('#'))) return undefined;
    const inner = value.slice(1, close).trim();
    if (inner === '') return [];
    const items = inner.split(',').map((item) => scalar(item.trim()));
    return items.some((item) => item === undefined) ? undefined : items;
  }
  if (value.startsWith('"') || value.startsWith("'")) {
    const close = value.indexOf(value[0]!, 1);
    if (close < 0) return undefined;
    const after = value.slice(close + 1).trim();
    if (after !== '' && !after.startsWith('#')) return undefined;
    return scalar(value.slice(0, close + 1));
  }
  if (comment >= 0) value = value.slice(0, comment);
  return scalar(value.trim());
}

function scalar(value: string): unknown {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    const inner = value.slice(1, -1);
    return inner.includes('\\') || inner.includes('"') ? undefined : inner;
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    const inner = value.slice(1, -1);
    return inner.includes("'") ? undefined : inner;
  }
  if (value === '') return undefined;
  if (PLAIN_NUMBER.test(value)) return Number(value);
  if (NOT_PLAIN_STRING.test(value) || value.includes(': ') || value.endsWith(':') || value.includes(' #')) return undefined;
  return value;
}
