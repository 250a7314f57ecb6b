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

const calls = { 'calls on * army commander': 4, 'meets * defence minister': 3, 'calls on * * navy commander': 4 };
const match = (title: string) => matchLexicon(compileLexicon(taxonomy({ diplomacy: calls })), words(title), []).points[0];

describe('a * does not stand for an article or a possessive', () => {
  it('in the lexicon matcher the training reads', () => {
    expect(match('Opposition calls on the army commander to resign')).toBe(0);
    expect(match('PM meets his defence minister over budget')).toBe(0);
    expect(match('President calls on their navy commander')).toBe(0);
    // A nation or a name still fills the *, in the title (twice a body mention).
    expect(match('Minister calls on Thai army commander')).toBe(4 * 2);
    expect(match('PM meets Chinese defence minister')).toBe(3 * 2);
    expect(match('Envoy calls on Sri Lanka navy commander')).toBe(4 * 2);
  });

  it('in the service scorer (a topic only the lexicon knows, beside the trained model)', () => {
    const base = loadTaxonomy();
    const topics = [...base.topics, { id: 'calls', label: 'Calls', description: '', iptc: ['11002000'], threshold: 3, lexicon: calls }];
    const classify = createClassifier({ topics, ids: topics.map((t) => t.id), byId: new Map(topics.map((t) => [t.id, t])) }, loadModel());
    const got = (title: string) => classify({ title, text: '' }).find((t) => t.id === 'calls')?.reasons;
    expect(got('Opposition calls on the army commander to resign')).toBeUndefined();
    expect(got('PM meets his defence minister over budget')).toBeUndefined();
    expect(got('Minister calls on Thai army commander')).toEqual(['calls on * army commander']);
    expect(got('PM meets Chinese defence minister')).toEqual(['meets * defence minister']);
  });
});

describe('the shipped taxonomy', () => {
  const base = loadTaxonomy();
  const everyTopic: Taxonomy = { ...base, topics: base.topics.map((t) => ({ ...t, min_score: 1e-9 })) };
  everyTopic.byId = new Map(everyTopic.topics.map((t) => [t.id, t]));
  const scoreAll = createClassifier(everyTopic, { ...loadModel(), exclusive: [] });
  const reasons = (title: string, topic: string) => scoreAll({ title, text: '' }).find((t) => t.id === topic)?.reasons ?? [];

  it('gives a domestic call on the army commander no diplomacy term', () => {
    expect(reasons('Opposition calls on the army commander to resign over rations contract', 'diplomacy')).not.toContain('calls on * army commander');
    expect(reasons('Envoy calls on Nepalese army commander', 'diplomacy')).toContain('calls on * army commander');
  });
});
