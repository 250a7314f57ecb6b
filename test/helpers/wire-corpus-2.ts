import { FLASHES, JOIN_STORIES, SHORTS, TEMPLATES, type TemplateStory } from '../fixtures/wire-corpus-2/copy.js';
import { corpusItem, OUTLETS, type CorpusItem } from './wire-corpus.js';

/**
 * A second corpus of syndicated copy (test/fixtures/wire-corpus-2), written after the clustering was tuned on the
 * first (wire-corpus.ts) and served the same way (corpusFeeds, clusterCorpus): copy the clustering has never seen.
 *   - template families (`family` set): government releases, market, weather, rate, lottery, court and Cabinet items,
 *     scorecards and obituaries cut from one template: each member is its own story, carried by the agency and by one
 *     outlet (its chrome around it, the dateline dropped, the headline as the agency wrote it);
 *   - stories changed as outlets change them: a teaser, an editor's note, a credit line, figures in a business desk's
 *     style (`Rs5cr`), American spellings, a related-stories list, a quote translated afresh, the agency's own later
 *     leads (`(2nd Ld)`, `UPDATE 1-`) and its corrected copy (which joins: a reader wants the story once, put right);
 *   - headline-only items (a title and no body): two outlets' flashes of one event join, flashes of different
 *     events on one subject do not;
 *   - items under 20 words: each carried by two outlets, none joining another story's.
 * `story` is the truth, as in wire-corpus.ts.
 */
export function wireCorpus2(): CorpusItem[] {
  const items: CorpusItem[] = [];
  JOIN_STORIES.forEach((s, n) => {
    items.push(corpusItem(0, s.key, 'agency', s.agency.title, s.agency.paragraphs));
    Object.entries(s.copies).forEach(([version, copy], v) => items.push(corpusItem(1 + ((n * 2 + v) % (OUTLETS.length - 1)), s.key, version, copy.title, copy.paragraphs)));
  });
  TEMPLATES.forEach((s, n) => items.push(...templateItems(s, n)));
  FLASHES.forEach((f, n) => {
    f.titles.forEach((title, t) => items.push({ ...corpusItem(t === 0 ? 0 : 1 + ((n + t) % (OUTLETS.length - 1)), f.key, t === 0 ? 'agency' : 'flash', title, [], 'flashes'), html: '' }));
  });
  SHORTS.forEach((s, n) => {
    items.push(corpusItem(0, s.key, 'agency', s.title, [s.text], 'shorts'));
    items.push(corpusItem(1 + (n % (OUTLETS.length - 1)), s.key, 'outlet', s.title, [s.text], 'shorts'));
  });
  return items;
}

/** A template story as the agency gives it, and as outlet `n` carries it: the dateline dropped, its chrome around the copy. */
export function templateItems(s: TemplateStory, n: number): CorpusItem[] {
  const [first, ...rest] = s.agency.paragraphs;
  return [corpusItem(0, s.key, 'agency', s.agency.title, s.agency.paragraphs, s.family), corpusItem(1 + (n % (OUTLETS.length - 1)), s.key, 'outlet', s.agency.title, [first!.replace(/^.*?\((?:PTI|IANS)\) /, ''), ...rest], s.family)];
}
