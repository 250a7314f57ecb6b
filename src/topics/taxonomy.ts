import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { topicsDataDir } from '../paths.js';

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
  const parsed = taxonomySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
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
