import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from '../../src/topics/metrics.js';

describe('evaluate', () => {
  it('computes per-topic precision, recall, F1, support, macro-F1 and confusions', () => {
    const gold = [['a'], ['a'], ['b'], ['a', 'b'], ['c']];
    const predicted = [['a'], ['b'], ['b'], ['a'], ['a']];
    const e = evaluate(['a', 'b', 'c'], gold, predicted, 2);
    const a = e.topics.find((t) => t.topic === 'a')!;
    expect(a).toMatchObject({ support: 3, predicted: 3, truePositives: 2 });
    expect(a.precision).toBeCloseTo(2 / 3);
    expect(a.recall).toBeCloseTo(2 / 3);
    const b = e.topics.find((t) => t.topic === 'b')!;
    expect(b.f1).toBeCloseTo(0.5);
    expect(e.macroTopics).toEqual(['a', 'b']); // c has one story, under the minimum of 2
    expect(e.macroF1).toBeCloseTo((a.f1 + b.f1) / 2);
    expect(e.confusions[0]).toEqual({ gold: 'a', predicted: 'b', count: 1 });
    expect(formatEvaluation(e)).toContain('macro-F1');
  });
});
