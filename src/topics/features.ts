import { BREAK, rawWords, words } from './text.js';

/** How a story becomes a vector; stored in the model file so training and serving agree. */
export interface FeatureSpec {
  /** A title word counts this many times a body word (a whole number). */
  titleWeight: number;
  /** Word pairs as well as words. */
  bigrams: boolean;
  /**
   * Only the body's first this many characters are read (cut at a space):
   * the labelled stories are the first ~1,500 characters of theirs, so the
   * model and its cut-offs know stories of that length, and the lede carries
   * the topic.
   */
  maxBodyChars: number;
}

/** The labelled stories' body window (see FeatureSpec.maxBodyChars). */
export const BODY_WINDOW = 1500;

export interface StoryText {
  title: string;
  text: string;
}

/** No headline runs longer; a longer "title" is cut here. */
export const MAX_TITLE_WORDS = 64;

/** The title and body words of a story, the body cut at spec.maxBodyChars. */
export function storyWords(story: StoryText, spec: FeatureSpec): { title: string[]; body: string[] } {
  const title = words(story.title);
  return {
    title: title.length > MAX_TITLE_WORDS ? title.slice(0, MAX_TITLE_WORDS) : title,
    body: words(bodyWindow(story.text, spec.maxBodyChars)),
  };
}

/** As storyWords, without folds, and the title not yet cut (see rawWords). */
export function storyRawWords(story: StoryText, spec: FeatureSpec): { title: string[]; body: string[] } {
  return { title: rawWords(story.title), body: rawWords(bodyWindow(story.text, spec.maxBodyChars)) };
}

/** The body's first `max` characters, cut at a space. */
export function bodyWindow(text: string, max: number): string {
  return text.slice(0, bodyWindowEnd(text, max));
}

/** Where bodyWindow cuts the text. */
export function bodyWindowEnd(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const space = text.lastIndexOf(' ', max);
  return space > max / 2 ? space : max;
}

/**
 * Weighted counts of the story's terms (words, and word pairs when asked):
 * a title term counts spec.titleWeight times. Pairs never span title and body.
 */
export function termCounts(story: StoryText, spec: FeatureSpec): Map<string, number> {
  const { title, body } = storyWords(story, spec);
  const counts = new Map<string, number>();
  addTerms(title, spec.titleWeight, spec.bigrams, counts);
  addTerms(body, 1, spec.bigrams, counts);
  return counts;
}

function addTerms(list: string[], weight: number, bigrams: boolean, counts: Map<string, number>): void {
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (w === BREAK) continue;
    counts.set(w, (counts.get(w) ?? 0) + weight);
    if (bigrams && i + 1 < list.length && list[i + 1] !== BREAK) {
      const pair = `${w} ${list[i + 1]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + weight);
    }
  }
}

/** Sub-linear term frequency: the third "missile" adds less than the first. */
export function termValue(count: number): number {
  return 1 + Math.log(count);
}

/**
 * The story as (term, value) pairs: sub-linear count times the term's rarity
 * (idf), scaled to unit length over all its terms, known to the model or not,
 * so long and short stories compare.
 */
export function storyVector(story: StoryText, spec: FeatureSpec, idf: (term: string) => number): Map<string, number> {
  const counts = termCounts(story, spec);
  let norm = 0;
  for (const [term, c] of counts) {
    const v = termValue(c) * idf(term);
    counts.set(term, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, v] of counts) counts.set(term, v / norm);
  return counts;
}

/** Smoothed inverse document frequency, as scikit-learn computes it. */
export function inverseFrequency(stories: number, storiesWithTerm: number): number {
  return Math.log((1 + stories) / (1 + storiesWithTerm)) + 1;
}
