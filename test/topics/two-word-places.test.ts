import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadModel } from '../../src/topics/model.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';

/**
 * A former minister of a state or country whose name is two words ("Uttar Pradesh", "Sri Lankan") is a politician in court
 * as much as a "former Karnataka minister" is: `former * * minister` and its kin carry politics as `former * minister` does.
 */
const classify = createClassifier(loadTaxonomy(), loadModel());
const topicsOf = (title: string, text = '') => classify({ title, text }).map((t) => t.id);
const reasonsOf = (title: string, topic: string) => classify({ title, text: '' }).find((t) => t.id === topic)?.reasons ?? [];

describe('former ministers of two-word states and countries', () => {
  it.each([
    'Former Uttar Pradesh minister sent to judicial custody in mining lease case',
    'Ex Madhya Pradesh minister granted bail in recruitment scam',
    'Former West Bengal minister questioned over ration distribution funds',
    'Former Sri Lankan minister remanded over fertiliser import deal',
    'Former Andhra Pradesh chief minister appears before CID in skill centre case',
  ])('%s gets politics', (title) => {
    expect(topicsOf(title)).toContain('politics');
  });

  it('names the wildcard term among the reasons', () => {
    expect(reasonsOf('Former Tamil Nadu minister arrested in job racket', 'politics')).toContain('former * * minister');
    expect(reasonsOf('Former Punjab chief minister questioned in irrigation case', 'politics').some((r) => /chief minister/.test(r))).toBe(true);
  });

  it('leaves a sentence with no former minister alone', () => {
    expect(reasonsOf('Former Uttar Pradesh cricketer named coach of state side', 'politics')).not.toContain('former * * minister');
    expect(reasonsOf('Former minister of state for defence joins think tank', 'politics')).not.toContain('former * * minister');
  });
});
