import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSimple } from '../../src/topics/taxonomy.js';

describe('taxonomy fast reader', () => {
  it('reads the shipped taxonomy exactly as the yaml package does', () => {
    const text = readFileSync(fileURLToPath(new URL('../../src/topics/taxonomy.yaml', import.meta.url)), 'utf8');
    expect(parseSimple(text)).toEqual(parse(text));
  });

  it('reads plain layouts as yaml does, and leaves anything else to yaml', () => {
    const same = [
      'topics:\n  - id: a\n    label: A # comment\n    iptc: ["1", 2]\n    lexicon:\n',
      "topics:\n  - id: a\n    label: yes\n    lexicon:\n      2+2 dialogue: 3\n      women's quota: -1.5\n      26/11: 2\n",
      'topics:\n  - id: a\n    lexicon:\n      former * minister: 2\n',
    ];
    for (const text of same) expect(parseSimple(text)).toEqual(parse(text));
    const other = [
      'topics:\n  - id: a\n    label: >\n      folded\n',
      'topics:\n  - id: a\n    min_score: .5\n',
      'topics:\n  - id: a\n    label: null\n',
      'topics:\n  - id: a\n    lexicon:\n      1e3: 2\n      true: 1\n',
      'topics:\n  - id: a\n    lexicon:\n      x: 1\n      x: 2\n',
      'topics:\n  - id: a\n    label: "a \\" b"\n',
      'topics:\n  - id: a\n    lexicon:\n      "y": 2\n',
      'topics:\n  - id: a\n    label: multi\n      line\n',
      'other: 1\ntopics:\n  - id: a\n',
    ];
    for (const text of other) expect(parseSimple(text), text).toBeNull();
  });
});
