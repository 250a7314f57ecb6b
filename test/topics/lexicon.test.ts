import { describe, expect, it } from 'vitest';
import { compileLexicon, matchLexicon } from '../../src/topics/lexicon.js';
import type { Taxonomy, Topic } from '../../src/topics/taxonomy.js';
import { words } from '../../src/topics/text.js';

function taxonomy(lexicons: Record<string, Record<string, number>>): Taxonomy {
  const topics: Topic[] = Object.entries(lexicons).map(([id, lexicon]) => ({ id, label: id, description: '', iptc: [], threshold: 3, lexicon }));
  return { topics, ids: topics.map((t) => t.id), byId: new Map(topics.map((t) => [t.id, t])) };
}

const match = (tax: Taxonomy, title: string, body: string) => matchLexicon(compileLexicon(tax), words(title), words(body));

describe('lexicon', () => {
  const tax = taxonomy({ defence: { defence: 2, 'defence minister': 4, missile: 3 }, diplomacy: { 'defence minister': 1, envoy: 3 } });

  it('counts the longest term of a topic once, and the same words for another topic too', () => {
    const hits = match(tax, '', 'The defence minister met the envoy');
    expect(hits.points[0]).toBe(4); // "defence minister", not also "defence"
    expect(hits.points[1]).toBe(1 + 3);
    expect([...hits.terms.get(0)!.keys()]).toEqual(['defence minister']);
  });

  it('finds plurals, weighs the title double and caps repeats', () => {
    expect(match(tax, 'Missiles', '').points[0]).toBe(3 * 2);
    expect(match(tax, '', 'missile missile missile missile missile').points[0]).toBe(3 * 3);
  });

  it('does not match a phrase across a sentence end', () => {
    expect(match(tax, '', 'It was the defence. Minister said').points[0]).toBe(2);
  });
});
