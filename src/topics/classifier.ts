import type { Taxonomy } from './taxonomy.js';

export interface TopicScore {
  id: string;
  score: number;
  /** The terms that contributed most, strongest first, so an operator can see why. */
  reasons: string[];
}

export interface StoryText {
  title: string;
  text: string;
}

export type Classifier = (story: StoryText) => TopicScore[];

const TITLE_WEIGHT = 2;
const MAX_PHRASE_WORDS = 4;
/** A term repeated through a long story should not outweigh several different terms. */
const MAX_COUNT_PER_TERM = 3;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Lexicon classifier: every term of a topic's lexicon found in the story adds
 * its weight (title mentions count double); a topic is assigned when its score
 * reaches the topic's threshold. Returns assigned topics, best first.
 */
export function createClassifier(taxonomy: Taxonomy): Classifier {
  const termIndex = new Map<string, { topic: string; weight: number }[]>();
  for (const topic of taxonomy.topics) {
    for (const [term, weight] of Object.entries(topic.lexicon)) {
      const key = tokenize(term).join(' ');
      if (!key) continue;
      const list = termIndex.get(key) ?? [];
      list.push({ topic: topic.id, weight });
      termIndex.set(key, list);
    }
  }

  return (story) => {
    const counts = new Map<string, number>();
    countTerms(tokenize(story.title), TITLE_WEIGHT, termIndex, counts);
    countTerms(tokenize(story.text), 1, termIndex, counts);
    const scores = new Map<string, { score: number; parts: [string, number][] }>();
    for (const [term, count] of counts) {
      for (const { topic, weight } of termIndex.get(term)!) {
        const entry = scores.get(topic) ?? { score: 0, parts: [] };
        const contribution = weight * Math.min(count, MAX_COUNT_PER_TERM * TITLE_WEIGHT);
        entry.score += contribution;
        entry.parts.push([term, contribution]);
        scores.set(topic, entry);
      }
    }
    const result: TopicScore[] = [];
    for (const [id, { score, parts }] of scores) {
      if (score < taxonomy.byId.get(id)!.threshold) continue;
      parts.sort((a, b) => b[1] - a[1]);
      result.push({ id, score: round(score), reasons: parts.slice(0, 5).map(([term]) => term) });
    }
    return result.sort((a, b) => b.score - a.score);
  };
}

function countTerms(
  words: string[],
  weight: number,
  index: Map<string, unknown>,
  counts: Map<string, number>,
): void {
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    for (let n = 0; n < MAX_PHRASE_WORDS && i + n < words.length; n++) {
      phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]}`;
      if (index.has(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + weight);
    }
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
