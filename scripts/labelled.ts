import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot, topicsDataDir } from '../src/paths.js';

/** A labelled story, as in ../shared/labelled/*.jsonl and src/topics/desk.jsonl. */
export const labelledSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  topics: z.array(z.string()),
  source: z.string().default('unknown'),
});
export type Labelled = z.infer<typeof labelledSchema>;

/** The shared data sits beside the checkout and is read in place, never copied in. */
export const labelledDir = resolve(projectRoot, '..', 'shared', 'labelled');
export const deskFile = join(topicsDataDir, 'desk.jsonl');

export function readLabelled(file: string): Labelled[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const stories: Labelled[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = labelledSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]!.message}`);
    stories.push(parsed.data);
  });
  return stories;
}

export const readSplit = (name: 'train' | 'dev') => readLabelled(join(labelledDir, `${name}.jsonl`));
