import type { Ctx } from '../../src/context.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { addFeed } from '../../src/feeds/store.js';
import { decodeSignature, type Signature } from '../../src/stories/minhash.js';
import { getStory, storyIdFor, storyKeys } from '../../src/stories/store.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { mulberry32 } from '../../src/random.js';
import { startFeedServer } from './feed-server.js';
import { NEGATIVES } from '../fixtures/wire-corpus/negatives.js';
import { STORIES, type WireStory } from '../fixtures/wire-corpus/stories.js';

/**
 * Syndicated copy the way sites carry it, for measuring clustering at scale: each wire story (fixtures/wire-corpus)
 * as the agency's own feed gives it and in four of five outlet versions (see VERSIONS), each hard negative as
 * given and in one outlet's copy. Items are spread over OUTLETS, each with its own site chrome, one RSS feed each.
 * `story` is the truth: items with the same `story` are one story, all others are not.
 */

export interface CorpusItem {
  outlet: string;
  guid: string;
  link: string;
  title: string;
  html: string;
  /** The story this item is a copy of. */
  story: string;
  /** How the outlet changed it (see VERSIONS), or 'agency' for the copy as the agency sent it. */
  version: string;
  /** For hard negatives: the family whose boilerplate it shares. */
  family?: string;
}

interface Outlet {
  host: string;
  name: string;
  /** Chrome before and after the copy. */
  before: string[];
  after: string[];
}

export const OUTLETS: Outlet[] = [
  { host: 'agencywire.example', name: 'Agency Wire', before: [], after: [] },
  { host: 'dailyherald.example', name: 'Daily Herald', before: ['Follow us on Google News'], after: ['(This story has not been edited by Daily Herald staff and is auto-generated from a syndicated feed.)'] },
  { host: 'metronews.example', name: 'Metro News', before: ['Share on Facebook | Share on X | WhatsApp'], after: ['(Only the headline of this report may have been reworked by Metro News; the rest of the content is auto-generated from a syndicated feed.)'] },
  { host: 'capitalpost.example', name: 'Capital Post', before: [], after: ['(With inputs from agencies)', 'Published By: Desk Editor', 'Published On: Nov 26, 2026'] },
  { host: 'southernstar.example', name: 'Southern Star', before: ['Listen to this article'], after: ['Also read: Stock markets end higher for third straight session', 'Disclaimer: This is an unedited, auto-generated story from a syndicated news feed.'] },
  { host: 'globalreport.example', name: 'Global Report', before: [], after: ['Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'] },
  { host: 'bizline.example', name: 'Biz Line', before: ['Subscribe to our newsletter for daily market updates'], after: ['Catch all the business news and live updates here.'] },
  { host: 'eveningtimes.example', name: 'Evening Times', before: [], after: ['Stay updated with the latest news: download the Evening Times app.'] },
];

type Version = (s: WireStory, n: number) => { title: string; paragraphs: string[] };

/** British and Indian spellings as an American desk writes them. */
const SPELLINGS: [RegExp, string][] = [
  [/\bdefence\b/g, 'defense'],
  [/\bDefence\b/g, 'Defense'],
  [/\borganisation/gi, 'organization'],
  [/\bprogramme\b/g, 'program'],
  [/\bcentre\b/g, 'center'],
  [/\bneighbours\b/g, 'neighbors'],
  [/\btranquillity\b/g, 'tranquility'],
  [/\bjewellery\b/g, 'jewelry'],
  [/\bmetres?\b/g, 'meters'],
  [/\bkilometres\b/g, 'kilometers'],
  [/\b(recogn|organ|modern|stabil|final|real|emphas|priorit|capital|util)is(e|ed|es|ing|ation)\b/g, '$1iz$2'],
  [/\blabour\b/g, 'labor'],
  [/\bhonour/g, 'honor'],
  [/\bfavour/g, 'favor'],
];

/** Figures as another desk sets them: 1,450 crore as 1450 cr, per cent as %, lakh as L. */
function reformatNumbers(p: string): string {
  return p
    .replace(/(\d),(?=\d)/g, '$1')
    .replace(/\bcrore\b/g, 'cr')
    .replace(/ per cent\b/g, '%')
    .replace(/\bUSD (\d)/g, '$$$1')
    .replace(/\bbillion\b/g, 'bn');
}

const curlyQuotes = (p: string) => p.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
const withoutDateline = (s: WireStory) => s.paragraphs;
const withDateline = (s: WireStory) => [`${s.dateline} ${s.paragraphs[0]}`, ...s.paragraphs.slice(1)];
const placeOf = (s: WireStory) => s.dateline.split(/[,([]/)[0]!.trim();

/** What outlets do to agency copy: each story gets four of these, a different one left out in turn. */
export const VERSIONS: Record<string, Version> = {
  /** A new headline, the dateline dropped, curly quotes. */
  retitled: (s) => ({ title: s.altTitle, paragraphs: withoutDateline(s).map(curlyQuotes) }),
  /** The last 1-3 paragraphs trimmed, a paragraph of background added, American spellings and other figures. */
  trimmed: (s, n) => {
    const kept = s.paragraphs.slice(0, s.paragraphs.length - 1 - (n % 3));
    const body = [...kept.slice(0, 3), s.background, ...kept.slice(3)];
    const american = (p: string) => SPELLINGS.reduce((t, [re, to]) => t.replace(re, to), p);
    return { title: s.title.replace(/\bpc\b/, '%'), paragraphs: [`${placeOf(s).toUpperCase()}: ${body[0]}`, ...body.slice(1)].map((p) => reformatNumbers(american(p))) };
  },
  /** The desk rewrites the first paragraph and puts its own dateline and headline on it. */
  rewritten: (s) => ({ title: s.altTitle, paragraphs: [`${placeOf(s)}: ${s.deskLede}`, ...s.paragraphs.slice(1)] }),
  /** The first three paragraphs only. */
  short: (s) => ({ title: s.title, paragraphs: withDateline(s).slice(0, 3) }),
  /** Updated: two new paragraphs on top, a new headline. */
  updated: (s) => ({ title: `${s.altTitle} (Update)`, paragraphs: [...s.update, ...withDateline(s)] }),
};

/**
 * Harder versions, each several of the edits above at once, kept out of the corpus the tests hold the clustering to:
 * `wireCorpus({ hard: true })` adds them to see how far the clustering carries (scripts/cluster-eval.ts --hard).
 */
export const HARD_VERSIONS: Record<string, Version> = {
  /** The first paragraph alone, under another headline, the dateline dropped. */
  summary: (s) => ({ title: s.altTitle, paragraphs: [s.paragraphs[0]!] }),
  /** The desk's first paragraph and the next two only. */
  'rewritten-short': (s) => ({ title: s.altTitle, paragraphs: [s.deskLede, ...s.paragraphs.slice(1, 3)] }),
  /** Two new paragraphs on top and the last two cut. */
  'updated-trimmed': (s) => ({ title: `${s.title} (Update)`, paragraphs: [...s.update, ...withDateline(s).slice(0, -2)] }),
  /** The desk's first paragraph, background, figures reset and the last two cut. */
  'rewritten-trimmed': (s) => {
    const body = [s.deskLede, ...s.paragraphs.slice(1, -2)];
    return { title: s.altTitle, paragraphs: [...body.slice(0, 2), s.background, ...body.slice(2)].map(reformatNumbers) };
  },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (outlet: Outlet, paragraphs: string[]) => [...outlet.before, ...paragraphs, ...outlet.after].map((p) => `<p>${esc(p)}</p>`).join('');

/** An item of outlet `o` (an index into OUTLETS, wrapping round). */
export function corpusItem(o: number, story: string, version: string, title: string, paragraphs: string[], family?: string): CorpusItem {
  const outlet = OUTLETS[o % OUTLETS.length]!;
  const guid = `${story}-${version}`;
  return { outlet: outlet.host, guid, link: `https://${outlet.host}/news/${guid}`, title, html: html(outlet, paragraphs), story, version, ...(family ? { family } : {}) };
}

export function wireCorpus(options: { hard?: boolean } = {}): CorpusItem[] {
  const items: CorpusItem[] = [];
  const add = (o: number, story: string, version: string, title: string, paragraphs: string[], family?: string) => {
    items.push(corpusItem(o, story, version, title, paragraphs, family));
  };
  const names = Object.keys(VERSIONS);
  STORIES.forEach((s, n) => {
    add(0, s.key, 'agency', s.title, withDateline(s));
    names.forEach((name, v) => {
      if (v === n % names.length) return;
      const { title, paragraphs } = VERSIONS[name]!(s, n);
      add(1 + ((n + v) % (OUTLETS.length - 1)), s.key, name, title, paragraphs);
    });
    if (options.hard) {
      Object.entries(HARD_VERSIONS).forEach(([name, version], v) => {
        const { title, paragraphs } = version(s, n);
        add(1 + ((n + v + 5) % (OUTLETS.length - 1)), s.key, name, title, paragraphs);
      });
    }
  });
  NEGATIVES.forEach((s, n) => {
    const first = `${s.dateline} ${s.paragraphs[0]}`;
    add(0, s.key, 'agency', s.title, [first, ...s.paragraphs.slice(1)], s.family);
    add(1 + (n % (OUTLETS.length - 1)), s.key, 'retitled', `${s.title}: report`, s.paragraphs.map(curlyQuotes), s.family);
  });
  return items;
}

/** One RSS document per outlet, its items in corpus order. */
export function corpusFeeds(items: CorpusItem[], pubDate = 'Wed, 26 Nov 2026 12:00:00 +0530'): Map<string, string> {
  const byOutlet = new Map<string, CorpusItem[]>();
  for (const item of items) byOutlet.set(item.outlet, [...(byOutlet.get(item.outlet) ?? []), item]);
  const feeds = new Map<string, string>();
  for (const [host, list] of byOutlet) {
    const name = OUTLETS.find((o) => o.host === host)!.name;
    const entries = list
      .map((e) => `<item><title>${esc(e.title)}</title><link>${e.link}</link><guid isPermaLink="false">${e.guid}</guid><pubDate>${pubDate}</pubDate><description><![CDATA[${e.html}]]></description></item>`)
      .join('\n');
    feeds.set(host, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(name)}</title><link>https://${host}/</link>\n${entries}\n</channel></rss>`);
  }
  return feeds;
}

/**
 * Pairwise precision and recall of "same cluster" against the truth: of the pairs put in one cluster, how many are
 * one story; of the pairs that are one story, how many were put in one cluster.
 */
export function pairwise(items: { story: string; cluster: string }[]): { precision: number; recall: number; truePairs: number; predictedPairs: number; correct: number } {
  let truePairs = 0;
  let predictedPairs = 0;
  let correct = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const same = items[i]!.story === items[j]!.story;
      const together = items[i]!.cluster === items[j]!.cluster;
      if (same) truePairs++;
      if (together) predictedPairs++;
      if (same && together) correct++;
    }
  }
  return { precision: predictedPairs ? correct / predictedPairs : 1, recall: truePairs ? correct / truePairs : 1, truePairs, predictedPairs, correct };
}

export type Clustered = CorpusItem & { cluster: string; sig: Signature | null; /** The stored story the item is, or null. */ id: string | null };

/**
 * `items` in an order drawn from `seed` (mulberry32): the same seed, the same order. Polled in it (see clusterCorpus),
 * the outlets come in another order, the agency's feed not first, and each feed lists its items in another order.
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Each outlet's feed served by a real local HTTP server and polled a minute apart, in the order the outlets first
 * come in `items` (OUTLETS order for wireCorpus's; see shuffled), each feed's items in their order in `items`; each
 * item's cluster read back.
 */
export async function clusterCorpus(ctx: Ctx & { clock: { t: number } }, items: CorpusItem[]): Promise<Clustered[]> {
  const server = await startFeedServer();
  const classify = createClassifier(loadTaxonomy());
  try {
    const feedIds = new Map<string, string>();
    for (const [host, xml] of corpusFeeds(items)) {
      server.serve(`/${host}/rss`, xml, { contentType: 'application/rss+xml; charset=utf-8' });
      const { feed } = await addFeed(ctx, server.url(`/${host}/rss`));
      const outcome = await pollFeed(ctx, classify, feed.id);
      if (outcome.status !== 'ok') throw new Error(`${host}: ${outcome.error}`);
      feedIds.set(host, feed.id);
      ctx.clock.t += 60_000;
    }
    const out: Clustered[] = [];
    for (const item of items) {
      const feedId = feedIds.get(item.outlet)!;
      // An exact copy is stored as the story it copies: the item's entry names that story.
      const entry = await ctx.redis.hget(storyKeys.items(ctx, feedId), storyIdFor(feedId, item.guid));
      const id = entry?.split(' ')[0];
      const story = id ? await getStory(ctx, id) : null;
      const sig = id ? decodeSignature(await ctx.redis.hget(storyKeys.story(ctx, id), 'sig')) : null;
      out.push({ ...item, cluster: story?.cluster ?? `missing:${item.guid}`, sig, id: story?.id ?? null });
    }
    return out;
  } finally {
    await server.close();
  }
}


/** Pairs of different stories put in one cluster, as `story/version + story/version`. */
export function mergedStories(clustered: Clustered[]): string[] {
  const merged: string[] = [];
  for (const a of clustered) for (const b of clustered) if (a.story < b.story && a.cluster === b.cluster) merged.push(`${a.story}/${a.version} + ${b.story}/${b.version}`);
  return merged;
}

/** The versions not in their agency copy's cluster, as `story/version`. */
export function missedVersions(clustered: Clustered[]): string[] {
  const agency = new Map(clustered.filter((c) => c.version === 'agency').map((c) => [c.story, c.cluster]));
  return clustered.filter((c) => agency.get(c.story) !== c.cluster).map((c) => `${c.story}/${c.version}`);
}
