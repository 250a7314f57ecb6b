import { COMMENTARY, FOLLOW_UP_FLASHES, FOLLOW_UPS, JOIN_STORIES, SAME_PLACE, undated } from '../fixtures/wire-corpus-6/copy.js';
import { corpusItem, type CorpusItem } from './wire-corpus.js';
import { agencyAndOutlet, joinStoryItems, outletOf } from './wire-corpus-3.js';

/**
 * A sixth corpus of syndicated copy (test/fixtures/wire-corpus-6), written before reading the clustering's rules
 * closely, served the same way as the others (corpusFeeds, clusterCorpus):
 *   - 10 events, each carried by the agency (or a government's release) and three to seven outlets' items: the picture
 *     desk's captions, a story re-topped twice (`UPDATE 1-`, `UPDATE 2-`) and outlets' copies of each lead, three
 *     outlets' stories written from a release, headline-only flashes under six words (an item with no description), the
 *     lede cut to two paragraphs, two stories under one common headline word ("Blast", "Floods"): each joins the agency's;
 *   - events in one place on one day (two in Peshawar, one each beside the Lagos, Quetta and Hokkaido stories), a weekly
 *     roundup quoting four of the stories, a correction notice, next-day follow-ups (each with an outlet's flash): each
 *     carried by the agency and one outlet, none joining another story.
 * `story` is the truth, as in wire-corpus.ts.
 */
export function wireCorpus6(): CorpusItem[] {
  const items = joinStoryItems(JOIN_STORIES).map((item) => (item.version.startsWith('flash') ? { ...item, html: '' } : item));
  [...SAME_PLACE, ...COMMENTARY, ...FOLLOW_UPS].forEach((s, n) => items.push(...agencyAndOutlet(s, outletOf(n), undated)));
  FOLLOW_UP_FLASHES.forEach((f, n) => items.push({ ...corpusItem(outletOf(n + 4), f.key, 'flash', f.title, [], 'follow-ups'), html: '' }));
  return items;
}
