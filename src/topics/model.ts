import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { whereJsonBroke } from '../json-keys.js';
import { topicsDataDir } from '../paths.js';
import { fieldProblem, kindOf } from '../issues.js';

/**
 * The trained topic model as stored in src/topics/model.json: per topic a
 * bias, a cut-off, weights for the lexicon evidence, and a weight per term
 * (word or word pair). Written by `npm run train`, read at start-up.
 */
export const MODEL_FORMAT = 'wirebrief-topic-model/1';

const specSchema = z.object({
  titleWeight: z.number().int().positive(),
  bigrams: z.boolean(),
  maxBodyChars: z.number().int().positive(),
});

const topicModelSchema = z.object({
  id: z.string(),
  bias: z.number(),
  /** Log-odds at which the topic is given, chosen by cross-validation on the training data. */
  cutoff: z.number(),
  /** Weight of each topic's lexicon evidence (log(1 + points)) in this topic's score. */
  lexicon: z.record(z.string(), z.number()),
});

/** The fallback's evidence bar of a model file written before training chose one (set by hand then). */
export const OLD_MODEL_EVIDENCE_BAR = 0.3;

export const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  about: z.string(),
  spec: specSchema,
  training: z.record(z.string(), z.unknown()),
  /** A story with no topic past its cut-off still gets its best one when that one's score reaches this (0-1). */
  fallbackScore: z.number().min(0).max(1).nullable(),
  /**
   * Log-odds the story's own words must add to the best topic (above its bias) before the fallback guesses it,
   * chosen by cross-validation with the floor; a model file written before training chose it gets the old 0.3.
   */
  fallbackEvidence: z.number().min(0).default(OLD_MODEL_EVIDENCE_BAR),
  /** Topic pairs the labelled stories (almost) never carry together: a story gets only the stronger of the two. */
  exclusive: z.array(z.tuple([z.string(), z.string()])).default([]),
  topics: z.array(topicModelSchema).min(1),
  /** The idf of a term the model has no entry for. */
  unknownIdf: z.number().positive(),
  /**
   * term → [idf, topic index, weight, topic index, weight, …]; topic indexes
   * point into `topics`, and weights too small to matter are left out.
   */
  terms: z.custom<Record<string, number[]>>(isTermTable, 'each term needs [idf, topic index, weight, …], all numbers'),
});

/**
 * The term table checked in one plain loop: it holds tens of thousands of
 * numbers, and a schema walking them one by one would be most of the load time.
 */
function isTermTable(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) {
    const entry = (value as Record<string, unknown>)[key];
    if (!Array.isArray(entry) || entry.length === 0 || entry.length % 2 !== 1) return false;
    for (let k = 0; k < entry.length; k++) if (typeof entry[k] !== 'number' || !Number.isFinite(entry[k])) return false;
  }
  return true;
}

export type TopicModel = z.infer<typeof modelSchema>;

export const defaultModelFile = join(topicsDataDir, 'model.json');

export function loadModel(file: string = defaultModelFile): TopicModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the topic model ${file}: ${(error as Error).message} (run \`npm run train\`)`);
  }
  let raw: unknown;
  try {
    raw = text.trim() ? JSON.parse(text) : undefined;
  } catch (error) {
    // The parser's own words quote the file's start: where it broke is enough.
    throw new Error(`${file}: not a topic model: not valid JSON${whereJsonBroke(error as Error)} (run \`npm run train\`)`);
  }
  const parsed = modelSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // The file and the field, then what the field should hold: never zod's bare text.
    const problem = issue.path.length === 0 ? `not a topic model: want a JSON object, got ${kindOf(raw, true)}` : `${issue.path.join('.')}: ${fieldProblem(issue, raw)}`;
    throw new Error(`${file}: ${problem} (run \`npm run train\`)`);
  }
  return parsed.data;
}

/**
 * JSON with keys in a fixed order and numbers cut to a few significant
 * digits, so the same training run writes the same bytes.
 */
export function serialiseModel(model: TopicModel): string {
  const { terms, ...rest } = model;
  const head = JSON.stringify(sortKeys(rest), numbers, 1).slice(0, -2);
  // One term a line: small, and a retrain shows as a readable diff.
  const lines = Object.keys(terms)
    .sort()
    .map((term) => ` ${JSON.stringify(term)}: ${JSON.stringify(terms[term], numbers)}`);
  return `${head},\n "terms": {\n${lines.join(',\n')}\n }\n}\n`;
}

function numbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? roundSignificant(value) : value;
}

function roundSignificant(x: number): number {
  if (Number.isInteger(x) || x === 0) return x;
  return Number(x.toPrecision(4));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
