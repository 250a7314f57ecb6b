import { COMMENTARY, FOLLOW_UPS, JOIN_STORIES, SAME_DAY, undated } from '../fixtures/wire-corpus-5/copy.js';
import type { CorpusItem } from './wire-corpus.js';
import { agencyAndOutlet, joinStoryItems, outletOf } from './wire-corpus-3.js';

/**
 * A fifth corpus of syndicated copy (test/fixtures/wire-corpus-5), written before reading the clustering's rules,
 * served the same way as the others (corpusFeeds, clusterCorpus):
 *   - 12 agency stories in twelve house styles, each with four or five outlets' versions: the outlet's context paragraph
 *     before the lede, the copy split across a live blog's entries, a "Key points" list on top, quotes cut to half, the
 *     agency's correction, an updated lede with a new casualty figure, the wire photo's caption, the copy in capitals,
 *     the headline alone (an item with no description), figures and units rewritten; each joins the agency's;
 *   - two votes in one parliament, two earthquakes in one region and two statements by one ministry, each pair on one
 *     day; a weekly column quoting one story and a "what we know" explainer of another; next-day follow-ups with new
 *     facts: each carried by the agency and one outlet, none joining another story.
 * `story` is the truth, as in wire-corpus.ts.
 */
export function wireCorpus5(): CorpusItem[] {
  const items = joinStoryItems(JOIN_STORIES).map((item) => (item.version === 'headline' ? { ...item, html: '' } : item));
  [...SAME_DAY, ...COMMENTARY, ...FOLLOW_UPS].forEach((s, n) => items.push(...agencyAndOutlet(s, outletOf(n), undated)));
  return items;
}
