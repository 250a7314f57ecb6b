import { compileMjml, type CompiledTemplate } from '../mail/compiled.js';
import { renderText } from '../mail/templates.js';
import type { DigestItem, DigestSection } from './select.js';

/** Everything the digest templates show, as plain strings: the same view feeds HTML and text. */
export interface DigestView {
  editionLabel: string;
  preview: string;
  sections: { label: string; stories: { title: string; link: string; credit: string; summary: string }[] }[];
  since: string;
  topicsLine: string;
  slotLine: string;
  manageUrl: string;
  unsubscribeUrl: string;
}

export interface DigestInput {
  editionLabel: string;
  sections: DigestSection[];
  /** Start of the window, shown when there is nothing new. */
  since: number;
  timezone: string;
  topicsLine: string;
  slotLine: string;
  manageUrl: string;
  unsubscribeUrl: string;
}

export interface RenderedDigest {
  subject: string;
  /** The whole HTML (joined from `htmlPieces` on each read). */
  readonly html: string;
  /** `html` in pieces, the layout's fixed text shared by every digest of that layout. */
  htmlPieces: readonly string[];
  text: string;
}

const SUMMARY_CHARS = 220;
const SUBJECT_CHARS = 140;

/** One line, single spaces, no edges: wire copy is full of stray whitespace. */
export function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Cut at a word boundary, about two lines of a phone screen. */
export function shorten(s: string, max: number): string {
  const text = oneLine(s);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Letters and digits only, lower-cased: two lines say the same when these match. */
function compact(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** An aggregator's own link text ("View Full Coverage on Google News") left at the end of an entry's description, compacted. */
const AGGREGATOR_TAIL = /viewfullcoverageongooglenews$/;
/** " - CNN", " | Reuters": the outlet an aggregator appends to the headline. */
const OUTLET_SUFFIX = /\s[-–—|]\s[^-–—|]+$/;

/**
 * The summary, or '' when it only says the headline again: aggregators
 * (Google News) describe an entry by its own headline and outlet, and a
 * subscriber reading every headline twice stops reading.
 */
function summaryOf(title: string, summary: string): string {
  const said = compact(summary).replace(AGGREGATOR_TAIL, '');
  if (said === '') return '';
  const headline = compact(title);
  if (said === headline || said === compact(title.replace(OUTLET_SUFFIX, '')) || headline.startsWith(said)) return '';
  return summary;
}

function credit(item: DigestItem): string {
  const s = item.story;
  const origin = oneLine(s.dateline) || [oneLine(s.place), oneLine(s.agency) || oneLine(s.source)].filter(Boolean).join(' · ');
  return [origin, alsoCarriedBy(item.alsoCarriedBy)].filter(Boolean).join(' · ');
}

/** Outlets named in a credit line; more are counted. */
const OUTLETS_NAMED = 3;

/**
 * "also carried by A, B, C and 9 others": a big agency story is in a dozen
 * papers, and naming every one pushes the story's summary off a phone screen
 * with a paragraph of newspaper names.
 */
function alsoCarriedBy(outlets: string[]): string {
  if (outlets.length === 0) return '';
  const names = outlets.map(oneLine);
  // Naming one more costs less than "and 1 other".
  if (names.length <= OUTLETS_NAMED + 1) return `also carried by ${names.join(', ')}`;
  return `also carried by ${names.slice(0, OUTLETS_NAMED).join(', ')} and ${names.length - OUTLETS_NAMED} others`;
}

const sinceFormats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and a big edition needs a few: one per zone. */
function sinceFormat(timeZone: string): Intl.DateTimeFormat {
  let f = sinceFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone });
    sinceFormats.set(timeZone, f);
  }
  return f;
}

type StoryView = DigestView['sections'][number]['stories'][number];

/** Items are shared by the digests of one snapshot (see CandidateCache): each is turned into text once. */
const storyViews = new WeakMap<DigestItem, StoryView>();

function storyView(item: DigestItem): StoryView {
  let view = storyViews.get(item);
  if (!view) {
    const title = oneLine(item.story.title);
    view = {
      title,
      link: oneLine(item.story.link),
      credit: credit(item),
      summary: shorten(summaryOf(title, item.story.summary || item.story.text), SUMMARY_CHARS),
    };
    storyViews.set(item, view);
  }
  return view;
}

export function digestView(input: DigestInput): DigestView {
  const sections = input.sections.map((section) => ({
    label: oneLine(section.label),
    stories: section.items.map(storyView),
  }));
  const headlines = sections.flatMap((s) => s.stories.map((story) => story.title));
  return {
    editionLabel: oneLine(input.editionLabel),
    preview: shorten(headlines.slice(0, 3).join(' · ') || 'Nothing new on your topics.', 180),
    sections,
    since: sinceFormat(input.timezone).format(input.since),
    topicsLine: oneLine(input.topicsLine),
    slotLine: oneLine(input.slotLine),
    manageUrl: input.manageUrl,
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** The subject names the edition and the top story. */
export function digestSubject(view: DigestView): string {
  const top = view.sections[0]?.stories[0]?.title;
  return top ? shorten(`${view.editionLabel}: ${top}`, SUBJECT_CHARS) : `${view.editionLabel}: nothing new on your topics`;
}

let compiled: CompiledTemplate | null = null;

/** The compiled digest template of this process (one MJML run per layout). */
export function digestTemplate(): CompiledTemplate {
  compiled ??= compileMjml('digest');
  return compiled;
}

export async function renderDigest(view: DigestView): Promise<RenderedDigest> {
  const htmlPieces = await digestTemplate().renderPieces(view);
  return {
    subject: digestSubject(view),
    // Joined only when asked for: a mail sent over SMTP is encoded from the pieces.
    get html() {
      return htmlPieces.join('');
    },
    htmlPieces,
    text: renderText('digest', view),
  };
}
