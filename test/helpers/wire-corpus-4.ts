import { FOLLOW_UPS, JOIN_STORIES, MARKET_LINES, ROUNDUPS, SAME_TOPIC, undated } from '../fixtures/wire-corpus-4/copy.js';
import type { CorpusItem } from './wire-corpus.js';
import { agencyAndOutlet, joinStoryItems, outletOf } from './wire-corpus-3.js';

/**
 * A fourth corpus of syndicated copy (test/fixtures/wire-corpus-4), written before reading the clustering's rules,
 * served the same way as the others (corpusFeeds, clusterCorpus):
 *   - 12 international and South Asian agency stories, each with five outlets' versions: the paragraphs reordered
 *     with the outlet's background at the end, a quote paraphrased and two sentences merged, a localised lede with
 *     the desk's number words, a translation-style rewrite, the lede alone; each joins the agency's;
 *   - two stories on one topic the same day (`family` set: missile tests, earthquakes, visits to Colombo, verdicts
 *     against politicians, defence contracts), a news-in-brief roundup quoting four of the stories, next-day
 *     follow-ups with new facts, and the rupee's morning and closing lines of one day: each carried by the agency
 *     and one outlet, none joining another story.
 * `story` is the truth, as in wire-corpus.ts.
 */
export function wireCorpus4(): CorpusItem[] {
  const items = joinStoryItems(JOIN_STORIES);
  [...SAME_TOPIC, ...ROUNDUPS, ...FOLLOW_UPS, ...MARKET_LINES].forEach((s, n) => items.push(...agencyAndOutlet(s, outletOf(n), undated)));
  return items;
}
