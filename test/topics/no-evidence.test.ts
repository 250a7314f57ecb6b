import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadModel } from '../../src/topics/model.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';

const classify = createClassifier(loadTaxonomy(), loadModel());

// The contract audit's stories (issue 4): no word of them says what they are about.
const noEvidence = [
  { what: 'the letter x', title: 'x', text: 'x' },
  { what: 'a capital X alone', title: 'X', text: '' },
  { what: 'lorem ipsum', title: 'Lorem ipsum dolor sit amet', text: 'Lorem ipsum dolor sit amet.' },
  { what: 'lorem ipsum, two words', title: 'Lorem ipsum', text: 'Lorem ipsum' },
  { what: 'a Hindi headline', title: 'भारत और पाकिस्तान के बीच बातचीत', text: 'भारत और पाकिस्तान के बीच बातचीत' },
  { what: 'a Hindi headline, no body', title: 'मुंबई में बारिश से जनजीवन अस्त-व्यस्त', text: '' },
  { what: 'punctuation', title: '...', text: '...' },
  { what: 'unknown words', title: 'qwzx', text: 'qwzx' },
];

describe('no topic from no content', () => {
  it.each(noEvidence)('$what gets no topic', ({ title, text }) => {
    expect(classify({ title, text })).toEqual([]);
  });

  it('never gives a topic without a reason, nor a single letter as one', () => {
    for (const { title, text } of noEvidence) {
      for (const t of classify({ title, text })) {
        expect(t.reasons.length).toBeGreaterThan(0);
        expect(t.reasons.every((r) => r.length > 1)).toBe(true);
      }
    }
  });

  it('still reads the platform X from the words around it', () => {
    const topics = classify({ title: 'Minister posted on X about the new phone launch', text: 'He posted on X (formerly Twitter) about the smartphone.' });
    expect(topics.map((t) => t.id)).toContain('science-tech');
    expect(topics.every((t) => t.reasons.length > 0 && !t.reasons.includes('x'))).toBe(true);
  });
});
