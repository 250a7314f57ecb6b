/** Scoring a classifier against labelled stories: per-topic P/R/F1, macro-F1, confusions. */

export interface TopicFigures {
  topic: string;
  precision: number;
  recall: number;
  f1: number;
  /** Stories that carry the topic. */
  support: number;
  predicted: number;
  truePositives: number;
}

export interface Confusion {
  /** A topic the story carries … */
  gold: string;
  /** … and one it was wrongly given. */
  predicted: string;
  count: number;
}

export interface Evaluation {
  stories: number;
  topics: TopicFigures[];
  /** Macro-F1 over the topics with at least `minSupport` stories. */
  macroF1: number;
  macroTopics: string[];
  minSupport: number;
  confusions: Confusion[];
}

export function evaluate(topicIds: string[], gold: string[][], predicted: string[][], minSupport = 20): Evaluation {
  const counts = new Map(topicIds.map((t) => [t, { tp: 0, support: 0, predicted: 0 }]));
  const confusion = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]);
    const p = new Set(predicted[i]);
    for (const t of g) if (counts.has(t)) counts.get(t)!.support++;
    for (const t of p) {
      if (!counts.has(t)) continue;
      counts.get(t)!.predicted++;
      if (g.has(t)) counts.get(t)!.tp++;
      else for (const gt of g) confusion.set(`${gt}\t${t}`, (confusion.get(`${gt}\t${t}`) ?? 0) + 1);
    }
  }
  const topics = topicIds.map((topic) => {
    const c = counts.get(topic)!;
    const precision = c.predicted ? c.tp / c.predicted : 0;
    const recall = c.support ? c.tp / c.support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { topic, precision, recall, f1, support: c.support, predicted: c.predicted, truePositives: c.tp };
  });
  const macro = topics.filter((t) => t.support >= minSupport);
  const confusions = [...confusion]
    .map(([key, count]) => {
      const [g, p] = key.split('\t') as [string, string];
      return { gold: g, predicted: p, count };
    })
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted));
  return {
    stories: gold.length,
    topics,
    macroF1: macro.length ? macro.reduce((s, t) => s + t.f1, 0) / macro.length : 0,
    macroTopics: macro.map((t) => t.topic),
    minSupport,
    confusions,
  };
}

/** F1 of one topic's scores against its labels at a threshold. */
export function f1At(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const yes = scores[i]! >= threshold;
    if (yes && labels[i]) tp++;
    else if (yes) fp++;
    else if (labels[i]) fn++;
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/** A table a person reads: one line per topic, then macro-F1 and the commonest confusions. */
export function formatEvaluation(e: Evaluation, confusions = 8): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${'topic'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`];
  for (const t of e.topics) {
    const mark = e.macroTopics.includes(t.topic) ? ' ' : '*';
    lines.push(`${(t.topic + mark).padEnd(22)} ${pct(t.precision).padStart(6)} ${pct(t.recall).padStart(6)} ${pct(t.f1).padStart(6)} ${String(t.support).padStart(8)}`);
  }
  lines.push(`macro-F1 ${pct(e.macroF1)} over ${e.macroTopics.length} topics with ≥ ${e.minSupport} stories (* = fewer, left out)`);
  if (e.confusions.length) {
    lines.push('most confused (story carries → wrongly also given):');
    for (const c of e.confusions.slice(0, confusions)) lines.push(`  ${c.gold} → ${c.predicted}: ${c.count}`);
  }
  return lines.join('\n');
}
