import { createHash } from 'node:crypto';
import { convert } from 'html-to-text';
import type { FeedItem } from './parse.js';
import { cleanWireCopy } from './wire.js';

/** A story as it comes out of a feed item, before it is classified and stored. */
export interface StoryDraft {
  guid: string;
  link: string;
  title: string;
  text: string;
  summary: string;
  published: number;
  author: string | null;
  image: string | null;
  agency: string | null;
  dateline: string | null;
  place: string | null;
}

const TEXT_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
  ],
};

export function htmlToParagraphs(html: string): string[] {
  return convert(html, TEXT_OPTIONS)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function normaliseItem(item: FeedItem, ctx: { feedUrl: string; fetchedAt: number }): StoryDraft | null {
  const link = absolute(item.link, ctx.feedUrl);
  const title = htmlToParagraphs(item.title ?? '').join(' ');
  const html = item['content:encoded'] ?? item.content ?? item.summary ?? '';
  const wire = cleanWireCopy(htmlToParagraphs(html));
  const text = wire.paragraphs.join('\n\n');
  if (!title && !text) return null;
  const guid = (item.guid ?? item.id ?? link ?? '').trim() || hash(`${title}\n${text}`);
  const published = parseDate(item.isoDate ?? item.pubDate, ctx.fetchedAt);
  return {
    guid,
    link: link ?? '',
    title: title || firstWords(text),
    text,
    summary: summarise(wire.paragraphs),
    published,
    author: (item.creator ?? item.author ?? '').trim() || null,
    image: item.enclosure?.type?.startsWith('image/') ? (absolute(item.enclosure.url, ctx.feedUrl) ?? null) : null,
    agency: wire.agency,
    dateline: wire.dateline,
    place: wire.place,
  };
}

function absolute(link: string | undefined, base: string): string | null {
  if (!link?.trim()) return null;
  try {
    return new URL(link.trim(), base).toString();
  } catch {
    return null;
  }
}

/** A date in the future is clamped to fetch time: some feeds stamp stories ahead to pin them on top. */
function parseDate(value: string | undefined, fetchedAt: number): number {
  const t = value ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) return fetchedAt;
  return Math.min(t, fetchedAt);
}

function summarise(paragraphs: string[]): string {
  const first = paragraphs[0] ?? '';
  return first.length > 320 ? `${first.slice(0, 317).replace(/\s+\S*$/, '')}…` : first;
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 12).join(' ');
}

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
