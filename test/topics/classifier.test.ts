import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const taxonomy = loadTaxonomy();
const classify = createClassifier(taxonomy);

describe('taxonomy', () => {
  it('has every topic id the labelled data uses', () => {
    expect(taxonomy.ids).toEqual(
      expect.arrayContaining(['defence', 'diplomacy', 'politics', 'economy', 'conflict', 'crime-law', 'disaster', 'health', 'science-tech', 'environment', 'society', 'sport', 'culture-entertainment']),
    );
  });
});

describe('classifier', () => {
  const seedLines = fixture('expected-topics.tsv').trim().split('\n').slice(1);

  it.each(seedLines.map((line) => line.split('\t') as [string, string]))('gives "%s" at least %s', (title, expected) => {
    const got = classify({ title, text: '' }).map((t) => t.id);
    expect(got).toEqual(expect.arrayContaining(expected.split(',')));
  });

  it('gives the seed story defence and diplomacy, not sport, with reasons', () => {
    const page = fixture('ians-india-italy-defence.txt');
    const article = page.slice(page.indexOf('Rome, Feb 27'), page.indexOf('--IANS'));
    const topics = classify({ title: 'India and Italy discuss elevating industrial collaborations to deepen defence cooperation', text: article });
    const ids = topics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(ids).not.toContain('sport');
    const defence = topics.find((t) => t.id === 'defence')!;
    expect(defence.score).toBeGreaterThan(0);
    expect(defence.reasons.length).toBeGreaterThan(0);
  });
});
