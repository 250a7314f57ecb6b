import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';

/**
 * The desk's held-out sets (scripts/fixtures/sa-holdout*.jsonl, scored by scripts/sa-holdout.ts and never trained on):
 * one story a line, in the labelled stories' shape, topics from the taxonomy, ids unique across the sets.
 */
const fixtures = join(projectRoot, 'scripts', 'fixtures');
const taxonomy = loadTaxonomy();

interface HeldOut {
  id: string;
  title: string;
  text: string;
  topics: string[];
  source: string;
}

const setNumber = (file: string): number => Number(/^sa-holdout(?:-(\d+))?\.jsonl$/.exec(file)?.[1] ?? 1);
const files = readdirSync(fixtures)
  .filter((f) => /^sa-holdout(-\d+)?\.jsonl$/.test(f))
  .sort((a, b) => setNumber(a) - setNumber(b));
const read = (file: string): HeldOut[] =>
  readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as HeldOut);
const sets = new Map(files.map((f) => [setNumber(f), read(f)]));

describe('held-out sets', () => {
  it('run from set 1 to set 40 with no gap', () => {
    expect([...sets.keys()]).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('hold stories in the labelled shape, with taxonomy topics and ids unique across the sets', () => {
    const seen = new Set<string>();
    for (const stories of sets.values()) {
      for (const s of stories) {
        expect(Object.keys(s).sort()).toEqual(['id', 'source', 'text', 'title', 'topics']);
        expect(s.source).toBe('desk-holdout');
        expect(s.title.trim()).not.toBe('');
        expect(typeof s.text).toBe('string');
        expect(s.topics.length).toBeGreaterThan(0);
        expect(new Set(s.topics).size).toBe(s.topics.length);
        for (const t of s.topics) expect(taxonomy.ids).toContain(t);
        expect(seen.has(s.id)).toBe(false);
        seen.add(s.id);
      }
    }
  });

  it('set 40: 90 stories numbered sa40-1 … sa40-90, its titles new to the earlier sets and the desk examples', () => {
    const set40 = sets.get(40)!;
    expect(set40.map((s) => s.id)).toEqual(Array.from({ length: 90 }, (_, i) => `sa40-${i + 1}`));
    const earlier = new Set([...sets].filter(([n]) => n < 40).flatMap(([, stories]) => stories.map((s) => s.title.toLowerCase())));
    const desk = readFileSync(join(projectRoot, 'src', 'topics', 'desk.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as HeldOut).title.toLowerCase());
    for (const s of set40) {
      expect(earlier.has(s.title.toLowerCase())).toBe(false);
      expect(desk).not.toContain(s.title.toLowerCase());
    }
  });

  it('set 40 aims at the open boundaries: relief abroad, strikes with rescuers, sanctions, defence firms, long stories', () => {
    const set40 = sets.get(40)!;
    const carrying = (...topics: string[]) => set40.filter((s) => s.topics.length === topics.length && topics.every((t) => s.topics.includes(t))).length;
    expect(carrying('disaster', 'defence', 'diplomacy')).toBeGreaterThanOrEqual(10);
    expect(carrying('defence', 'economy')).toBeGreaterThanOrEqual(5);
    expect(set40.filter((s) => s.text.split(/\s+/).length > 100).length).toBeGreaterThanOrEqual(4);
  });
});
