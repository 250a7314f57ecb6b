import { FOLLOW_UPS, JOIN_STORIES, MARKET_LINES, TEMPLATES, type JoinStory, type TemplateStory } from '../fixtures/wire-corpus-3/copy.js';
import { corpusItem, OUTLETS, type CorpusItem } from './wire-corpus.js';
import { templateItems } from './wire-corpus-2.js';

/**
 * A third corpus of syndicated copy (test/fixtures/wire-corpus-3), written before reading the clustering's rules,
 * served the same way as the others (corpusFeeds, clusterCorpus):
 *   - 12 agency stories, each with four to five outlets' versions (a headline of their own, two paragraphs, an intro
 *     sentence of their own, another dateline, figures in another unit or American spellings): each joins the agency's;
 *   - template families (`family` set): verdicts for two accused, two states' poll schedules, two companies' results,
 *     two matches' scorecards, rain alerts for two districts with no figures; each carried by the agency and one outlet;
 *   - next-day follow-ups of two of the stories with new facts (family `follow-ups`): new stories, not joining day one;
 *   - a closing market line on three days (family `market-line`), each carried by the agency, one outlet, and as a
 *     headline-only flash by two more outlets: a day's flashes join each other, not another day's.
 * `story` is the truth, as in wire-corpus.ts.
 */
export function wireCorpus3(): CorpusItem[] {
  const items = joinStoryItems(JOIN_STORIES);
  [...TEMPLATES, ...FOLLOW_UPS, ...MARKET_LINES].forEach((s, n) => items.push(...templateItems(s, n)));
  MARKET_LINES.forEach((s, n) => {
    for (const f of [0, 1]) items.push({ ...corpusItem(outletOf(n + 2 + f * 3), s.key, `flash${f + 1}`, s.agency.title, [], s.family), html: '' });
  });
  return items;
}

/** An outlet other than the agency, by number, wrapping round. */
export const outletOf = (n: number) => 1 + (n % (OUTLETS.length - 1));

/** Each story's agency copy (outlet 0) and its versions, story n's v-th carried by outlet n * 3 + v (see outletOf). */
export function joinStoryItems(stories: JoinStory[]): CorpusItem[] {
  const items: CorpusItem[] = [];
  stories.forEach((s, n) => {
    items.push(corpusItem(0, s.key, 'agency', s.agency.title, s.agency.paragraphs));
    Object.entries(s.copies).forEach(([version, copy], v) => items.push(corpusItem(outletOf(n * 3 + v), s.key, version, copy.title, copy.paragraphs)));
  });
  return items;
}

/**
 * A story as the agency gives it, and as outlet `o` carries it: the dateline dropped (by the corpus's own `undated`, which
 * knows its agencies), its chrome around the copy.
 */
export function agencyAndOutlet(s: TemplateStory, o: number, undated: (p: string) => string): CorpusItem[] {
  const [first, ...rest] = s.agency.paragraphs;
  return [corpusItem(0, s.key, 'agency', s.agency.title, s.agency.paragraphs, s.family), corpusItem(o, s.key, 'outlet', s.agency.title, [undated(first!), ...rest], s.family)];
}
