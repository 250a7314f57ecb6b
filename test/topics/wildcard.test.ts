import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/topics/classifier.js';
import { compileLexicon, matchLexicon } from '../../src/topics/lexicon.js';
import { loadModel } from '../../src/topics/model.js';
import { loadTaxonomy, type Taxonomy, type Topic } from '../../src/topics/taxonomy.js';
import { words } from '../../src/topics/text.js';

function taxonomy(lexicons: Record<string, Record<string, number>>): Taxonomy {
  const topics: Topic[] = Object.entries(lexicons).map(([id, lexicon]) => ({ id, label: id, description: '', iptc: [], threshold: 3, lexicon }));
  return { topics, ids: topics.map((t) => t.id), byId: new Map(topics.map((t) => [t.id, t])) };
}

const match = (tax: Taxonomy, title: string, body: string) => matchLexicon(compileLexicon(tax), words(title), words(body));

describe('a * in a lexicon term', () => {
  const tax = taxonomy({ politics: { 'former * minister': 3, minister: 1, 'former chief minister': 4 }, diplomacy: { 'calls on * counterpart': 3 } });

  it('matches exactly one word, in the title and the body', () => {
    expect(match(tax, 'Former Karnataka minister held', '').points[0]).toBe(3 * 2);
    expect(match(tax, '', 'The former Sindh minister was held.').points[0]).toBe(3);
    expect([...match(tax, '', 'the former Sindh minister').terms.get(0)!.keys()]).toEqual(['former * minister']);
    expect(match(tax, '', 'the former minister').points[0]).toBe(1); // no word for the *: "minister" alone
    expect(match(tax, '', 'a former Uttar Pradesh minister').points[0]).toBe(1); // two words for the *
    expect(match(tax, '', 'the former. Minister said').points[0]).toBe(1); // nor a sentence end
  });

  it('leaves the longer or the explicit term first, and finds plurals after the *', () => {
    expect([...match(tax, '', 'the former chief minister').terms.get(0)!.keys()]).toEqual(['former chief minister']);
    expect(match(tax, '', 'two former Bihar ministers').points[0]).toBe(3);
    expect(match(tax, 'Army chief calls on Turkish counterparts', '').points[1]).toBe(3 * 2);
  });

  it('must stand between words', () => {
    expect(() => compileLexicon(taxonomy({ diplomacy: { '* calls on': 2 } }))).toThrow(/between two words/);
    expect(() => compileLexicon(taxonomy({ diplomacy: { 'calls on *': 2 } }))).toThrow(/between two words/);
  });

  it('reaches the classifier, whose reasons show the term as written', () => {
    const base = loadTaxonomy();
    const topics = [...base.topics, { id: 'courts', label: 'Courts', description: '', iptc: ['02000000'], threshold: 3, lexicon: { 'former * minister': 3 } }];
    const classify = createClassifier({ topics, ids: topics.map((t) => t.id), byId: new Map(topics.map((t) => [t.id, t])) }, loadModel());
    const courts = (title: string, text: string) => classify({ title, text }).find((t) => t.id === 'courts');
    expect(courts('Former Karnataka minister gets bail', '')?.reasons).toEqual(['former * minister']);
    expect(courts('Court hears graft case', 'Two former Kerala ministers appeared before the court.')?.reasons).toEqual(['former * minister']);
    expect(courts('Former minister gets bail', '')).toBeUndefined();
    expect(courts('Former Uttar Pradesh minister gets bail', '')).toBeUndefined();
  });
});
