import { hash as digest } from 'node:crypto';
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { StoryDraft } from '../stories/store.js';
import { firstRelativeDate } from './relative-dates.js';
import { clockRegion, feedClock, hebrewEveningBefore, inOtherCalendar, languageMostlyIn, languageRegion, numericOrder, outletRegion, parseFeedDate, regionNumericOrder, regionOf, statedClock, type NumericOrder, type StatedOffset } from './dates.js';
import type { FeedEntry, ParsedFeed } from './entries.js';
import { isVideoItem, moodlePoster, withoutFurniture } from './furniture.js';
import { cleanTitle, decodedAgain, htmlToStoryText, isNoStoryPicture, textToParagraphs, unescapeTwiceEscaped, withPairedSurrogates, type StoryText } from './html-text.js';
import { AMP_HOST, AMP_PAGE, absoluteUrl, canonicalLink, hasAmpMarks, largerPicture, siteUrl, widerCopy, withoutAmpMarks } from './links.js';
import { perDocument } from './memo.js';
import { hostOf, outletName } from './outlet-name.js';
import { isKnownPlace, isKnownRegion } from './places.js';
import { withoutShortcodeParagraphs } from './shortcodes.js';
import { AGENCIES, cleanWireCopy, copyWriter, RELEASE_KIND, type WireContext, type WireCopy, withoutPostLinkTail } from './wire.js';

export type { StoryDraft };

export interface NormaliseContext {
  /** The URL the feed was fetched from (after redirects): the base of relative links. */
  feedUrl: string;
  /** The feed's title, when known, is the outlet's name that some CMSs append to every headline. */
  feed: Pick<ParsedFeed, 'base'> & Partial<Pick<ParsedFeed, 'title' | 'language' | 'link' | 'entries' | 'format' | 'dates' | 'showImage'>>;
  fetchedAt: number;
  /** feedUrl with the feed's xml:base applied, once per document (set by documentBase). */
  documentBase?: string;
  /** Whether the document's numeric dates ("05/11/2026") are day- or month-first, as its dates show (set by withDocumentBase). */
  numericDates?: NumericOrder;
  /** The country whose clock the document's dates keep, by the one steady offset they show (set by withDocumentBase). */
  clockRegion?: string | null;
  /** The offsets the document states with its dates, the clock its zoneless dates keep (feedClock; set by withDocumentBase). */
  clock?: StatedOffset[];
  /** Links (as written) several different entries of the document share: a listing page, no story's own (set by withDocumentBase). */
  sharedLinks?: Set<string>;
}

/** Resolves the feed's xml:base against its URL once, for all its entries, and reads the order of its numeric dates. */
export function withDocumentBase(ctx: NormaliseContext): NormaliseContext {
  const entries = ctx.feed.entries ?? [];
  const numericDates = entries.length ? numericOrder(entries.map((e) => e.dates[0])) : null;
  const withRegion = { ...ctx, clockRegion: clockRegion(entries.map((e) => e.dates), ctx.feed.dates) };
  return {
    ...withRegion,
    documentBase: absoluteUrl(ctx.feed.base ?? '', ctx.feedUrl) ?? atomSite(ctx) ?? ctx.feedUrl,
    numericDates,
    // Zone names in the feed's dates are read by its country, as its items' are (without a story's own link).
    clock: feedClock(entries.map((e) => e.dates), ctx.feed.dates ?? [], zoneRegion(withRegion, null)),
    sharedLinks: sharedLinksOf(entries),
  };
}

/**
 * An Atom feed without xml:base that names its site (or its own address) on another host than it was fetched from (a
 * feed proxy, a CDN, a mirror): its relative links are that site's, as an RSS channel's link makes them (parse.ts).
 * Resolved against the address fetched, "/government/news/x" became the proxy's page. On the same host, the feed's
 * address stays the base, as RFC 4287 has it.
 */
function atomSite(ctx: NormaliseContext): string | null {
  if (ctx.feed.format !== 'atom' || ctx.feed.base) return null;
  const site = siteUrl(ctx.feed.link);
  if (!site) return null;
  try {
    return new URL(site).host.toLowerCase() !== new URL(ctx.feedUrl).host.toLowerCase() ? site : null;
  } catch {
    return null;
  }
}

/**
 * Links that entries saying different things share: government and municipal feeds link every release to the page
 * that lists them ("/press-releases"). Such a link is no story's address, and the store, which keeps one story per
 * link, kept the first release and took every other for a copy of it. The same item printed twice shares its link
 * with itself, and says the same.
 */
function sharedLinksOf(entries: FeedEntry[]): Set<string> {
  const said = new Map<string, string>();
  const shared = new Set<string>();
  for (const entry of entries) {
    const link = entry.link?.trim();
    if (!link) continue;
    const what = (entry.content ?? entry.summary ?? '').slice(0, 300) || (entry.title ?? '');
    const before = said.get(link);
    if (before === undefined) said.set(link, what);
    else if (before !== what) shared.add(link);
  }
  return shared;
}

function basesOf(entry: FeedEntry, ctx: NormaliseContext): [string, string | null] {
  return [ctx.documentBase ?? absoluteUrl(ctx.feed.base ?? '', ctx.feedUrl) ?? ctx.feedUrl, entry.base];
}

const SUMMARY_MAX = 320;
/** A headline longer than this is no headline a digest can show: cut at a word, as the summary is. */
const TITLE_MAX = 300;
const MAX_CATEGORIES = 20;

/**
 * WordPress's default category, which every post its author filed nowhere is in ("Uncategorized", and in the languages WordPress
 * ships: "Uncategorised", "Sin categoría", "Non classé", "Sem categoria", "Senza categoria", "Geen categorie", "Без рубрики",
 * "Bez kategorii"): it says the post has none.
 */
const NO_CATEGORY = /^(?:uncategori[sz]ed|sin categoría|non classé|sem categoria|senza categoria|geen categorie|без рубрики|bez kategorii)$/iu;

/** The item's categories cleaned, each once: a CMS that lists a section and a tag of the same name in two cases ("India", "india") names one. */
function storyCategories(categories: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of categories.map(cleanTitle).filter((c) => c && !NO_CATEGORY.test(c))) if (!byKey.has(c.toLowerCase())) byKey.set(c.toLowerCase(), c);
  return [...byKey.values()].slice(0, MAX_CATEGORIES);
}
/** An outlet's name, as an aggregator gives it; longer is not a name. */
const MAX_OUTLET_CHARS = 100;

/**
 * The entry's identity within its feed: its guid (or Atom id, JSON id), else
 * its canonical link, else a hash of what it says. Cheap: computed for every
 * entry of every poll, before deciding whether to normalise it.
 */
export function entryGuid(entry: FeedEntry, ctx: NormaliseContext): string {
  return ownGuid(entry) || guidOf(entry, canonicalLink(entry.link, ...basesOf(entry, ctx)));
}

/** entryGuid, given the entry's canonical link. */
function guidOf(entry: FeedEntry, canonical: string | null): string {
  return ownGuid(entry) || withoutGuid(entry, canonical);
}

/**
 * An id that is a page's address with the time of its change after `#` (GOV.UK's Atom feeds:
 * `https://www.gov.uk/government/news/x#2026-11-27T10:05:00Z`) names a version of that page, not a story: each change
 * of the page came as a new entry with the stored story's link, was taken for a copy of it, and its new headline and text
 * were lost. The page is the entry's identity, so a change updates the story.
 */
const VERSIONED_ID = /^(https?:\/\/[^\s#]+)#\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/i;

function ownGuid(entry: FeedEntry): string {
  const guid = entry.guid?.trim() ?? '';
  return VERSIONED_ID.exec(guid)?.[1] ?? guid;
}

/** The identity of an entry whose guid says none: its canonical link, else a hash of what it says. */
function withoutGuid(entry: FeedEntry, canonical: string | null): string {
  return canonical || hash(`${entry.title ?? ''}\n${entry.dates[0] ?? ''}\n${(entry.content ?? entry.summary ?? '').slice(0, 2000)}`);
}

/**
 * Every entry's identity in one document (entryGuid's, in order), except where a guid is no identity: some CMSs
 * print one guid for every item (the site's address, "0", the feed's own URL), or link every item without a guid to
 * one listing page, and the store keeps one story per guid, so such a feed gave one story a poll and lost the rest.
 * A guid that entries saying different things share stands for none of them: each is known by its own link, else by
 * what it says. The same item printed twice keeps its guid, and is one story as before.
 */
export function entryGuids(entries: FeedEntry[], ctx: NormaliseContext): string[] {
  const guids = entries.map((entry) => entryGuid(entry, ctx));
  const counts = new Map<string, number>();
  for (const guid of guids) counts.set(guid, (counts.get(guid) ?? 0) + 1);
  if (counts.size === guids.length) return guids;
  // Of each guid several entries share: what each says, and its link.
  const said = new Map<string, Set<string>>();
  const links = new Map<string, Map<string, number>>();
  const canonical = entries.map((entry, i) => (counts.get(guids[i]!)! > 1 ? canonicalLink(entry.link, ...basesOf(entry, ctx)) : null));
  entries.forEach((entry, i) => {
    const guid = guids[i]!;
    if (counts.get(guid) === 1) return;
    said.set(guid, (said.get(guid) ?? new Set()).add(withoutGuid(entry, null)));
    const byLink = links.get(guid) ?? new Map<string, number>();
    byLink.set(canonical[i] ?? '', (byLink.get(canonical[i] ?? '') ?? 0) + 1);
    links.set(guid, byLink);
  });
  // A guid (or, for entries without one, a link) shared by entries that say different things is none of theirs:
  // each is known by its own link, else by what it says.
  return guids.map((guid, i) => {
    if ((said.get(guid)?.size ?? 1) < 2) return guid;
    const link = canonical[i];
    return link && links.get(guid)!.get(link) === 1 ? link : withoutGuid(entries[i]!, null);
  });
}

/**
 * The country that says what an ambiguous zone name means (PST is Pakistan's in a Pakistani feed): the feed's (its
 * domain, else its language: a .com feed in en-PK), else the story's (`link`), else the channel's site's (a feed served
 * from a .com proxy, its items linked through it, whose channel is a .ru or .com.ar site), else the clock the feed's other dates
 * keep, else a known outlet's (Arab News' AST is Arabia's), else the country most feeds in its language are from (a
 * bare "bn" is Bangladesh's).
 */
function zoneRegion(ctx: NormaliseContext, link: string | null): string | null {
  const language = ctx.feed.language;
  return regionOf(ctx.feedUrl) ?? languageRegion(language) ?? regionOf(link) ?? regionOf(ctx.feed.link) ?? ctx.clockRegion ?? outletRegion(ctx.feedUrl) ?? outletRegion(link) ?? languageMostlyIn(language);
}

/**
 * A feed entry → a story draft, or null when it carries nothing to read.
 * `guid`: entryGuid's answer when the caller has it already.
 */
export function normaliseEntry(entry: FeedEntry, ctx: NormaliseContext, guid?: string): StoryDraft | null {
  const bases = basesOf(entry, ctx);
  const canonical = canonicalLink(entry.link, ...bases);
  const link = storyLink(canonical, entry, bases, ctx.feedUrl);
  const outlet = ownChannel(entry.sourceUrl, ctx) ? null : (creditedOutlet(entry.outlet) ?? sourceSite(entry.sourceUrl, ctx));
  const fullHeadline = withoutForumName(withoutOwnName(withoutPostLinkTail(cleanTitle(entry.title && withPairedSurrogates(titleEscapedTwice(withoutCdataMarks(entry.title))))), ctx.feed, outlet, entry.sourceUrl ?? null), entry.categories);
  const headline = shortened(fullHeadline, TITLE_MAX);
  // The first that is a name: dc:creator "admin" gives way to an <author> that names someone.
  const author = jointByline(entry.byline ?? []) ?? firstAuthor(ctx.feed, entry.authors);
  // The outlet whose copy this is, for its own credit line under it ("- Daily Mirror"): the item's credited one, else the feed's.
  const ownOutlet = outlet ?? (ctx.feed.title ? feedOutlet(ctx.feed, ctx.feed.title) : null);
  // Copy a client site runs under the agency's name ("PTI", "Press Trust of India") is the agency's: its mark alone signs it off.
  // So is what an agency's own feed carries, datelined or not ("Anadolu Agency", "Yonhap News Agency").
  const bylineAgency = agencyNamed(author) ?? agencyNamed(outlet) ?? (outlet || ownOutlet === null ? null : feedAgency(ctx.feed, ownOutlet));
  const { story, wire } = isGoogleNewsCoverage(entry) ? readStory('', false) : storyOf(entry, headline, { agency: bylineAgency, outlet: ownOutlet, myanmar: isMyanmarFeed(ctx, bylineAgency) });
  // A title too long for one is the post itself (Telegram and X bridges put the whole text there): kept as the text. So is a long
  // notice's title over a body that does not say it (a tender's "Last date: 12/12/2026"): its words past the cut were lost.
  const read = headline !== fullHeadline && !saysHeadline(wire.paragraphs, fullHeadline) ? [fullHeadline, ...wire.paragraphs] : withoutHeadline(wire.paragraphs, headline);
  // A title that says nothing of the story ("(no title)", a release's kind: "Press Release", "Media Advisory") gives way to the release's
  // own heading over its copy, which then leaves the text; else to the first sentence.
  const saysNothing = !headline || isPlaceholderTitle(headline) || RELEASE_KIND.test(headline) || isPosterTitle(headline, ctx.feed.title);
  const heading = saysNothing ? headingOf(read) : null;
  const paragraphs = heading ? read.slice(1) : read;
  const text = paragraphs.join('\n\n');
  const title = heading ?? ((saysNothing && untitled(paragraphs)) || headline);
  if (!title && !text) return null;
  const region = zoneRegion(ctx, link);
  // A date without a zone keeps the clock the item states with its other dates, else the one its feed states, else its country's.
  const own = statedClock(entry.dates, region);
  const clock = own.length ? own : (ctx.clock ?? []);
  // A field that reads as no date may be relative to the fetch ("2 hours ago", "Yesterday, 10:05"); a title never is.
  const published =
    firstDate(entry.dates, region, ctx.numericDates ?? regionNumericOrder(region), clock, ctx.fetchedAt) ?? firstRelativeDate(entry.dates, ctx.fetchedAt, region, clock) ?? dateInTitle(fullHeadline, region, ctx.fetchedAt, clock);
  const sharedLink = !!link && link === canonical && !!ctx.sharedLinks?.has(entry.link?.trim() ?? '');
  return {
    guid: guid ?? guidOf(entry, canonical),
    link: link ?? '',
    ...(sharedLink ? { sharedLink } : {}),
    title,
    text,
    summary: summarise(paragraphs),
    // A date in the future is clamped to fetch time: some feeds stamp stories ahead to pin them on top.
    published: published === null ? ctx.fetchedAt : Math.min(published, ctx.fetchedAt),
    // Moodle's forum names the poster over the message only; Kuensel's byline over its copy the writer, where the feed names the paper.
    author: (author && author !== ownOutlet && !isSiteName(author, ctx.feed) ? author : copyWriter(story.paragraphs)) ?? author ?? moodlePoster(story.paragraphs),
    image: pickImage(entry.images, story.image, bases, [contentPage(entry, ctx, link) ?? bundleBase(story.image, link), entry.contentBase ?? null, story.base ?? null]) ?? pickImage(entry.smallImages ?? [], null, bases, []) ?? episodeArt(entry, ctx),
    agency: wire.agency ?? bylineAgency,
    dateline: wire.dateline,
    place: wire.place,
    categories: storyCategories(entry.categories),
    outlet,
  };
}

/**
 * The outlet an aggregator credits, as a feed's title names one: a reader's folder or starred list (Inoreader's, a
 * Planet's) credits each item's feed by its title in <source> ("BBC News - World", "World news | The Guardian", "Times
 * of India - Top Stories"), where Google News names the outlet alone. The story's source is the outlet, as a feed of
 * that title polled itself gives it (outletName); a title that names none ("News") is kept as written.
 */
function creditedOutlet(source: string | null | undefined): string | null {
  const written = cleanTitle(source ?? null).slice(0, MAX_OUTLET_CHARS);
  return written ? (outletName(written) ?? written) : null;
}

/** Hosts that serve other sites' feeds: a <source url> on one names no outlet. */
const FEED_HOSTS = new Set(['feedburner.com', 'feedblitz.com', 'feedproxy.google.com', 'rss.app', 'rsshub.app', 'fetchrss.com', 'politepol.com']);

/**
 * The outlet an aggregator's item names only by its <source url>, with no name (`<source url="https://www.deccanherald.com/rss/national.rss"/>`):
 * the source's site, without "www.", as a feed without a title is credited; the item was credited to the aggregator. A source
 * on the feed's own site (a CMS naming its own feed) or on a feed host credits no one else.
 */
function sourceSite(url: string | null | undefined, ctx: NormaliseContext): string | null {
  const source = url?.trim();
  const host = hostOf(source);
  const domain = host && getDomain(source!);
  if (!domain || FEED_HOSTS.has(domain) || [ctx.feed.link, ctx.feedUrl].some((own) => own && getDomain(own) === domain)) return null;
  return host;
}

/**
 * A title whose markup was escaped twice (Atom's `type="html"` title written `Bus &amp;lt;em&amp;gt;grants&amp;lt;/em&amp;gt;`,
 * AG News' `… &lt;b&gt;...&lt;/b&gt;`) read as its HTML, tags and all: "Bus <em>grants</em>" was the headline. Only when a
 * tag is closed in it: a title that names a tag ("Write &lt;b&gt; for bold") is about it, and stays as written.
 */
function titleEscapedTwice(title: string): string {
  const html = unescapeTwiceEscaped(title);
  return html !== title && /<\/[a-z][a-z\d]*>/i.test(html) ? html : title;
}

/**
 * An item's <source> that is another feed on the feed's own host (UN News' `<source url="https://news.un.org/feed/…/all/rss.xml">All</source>`):
 * the site's own channel the item is also in, whatever it is called, not another outlet; the story is the feed's. An
 * aggregator's sources are other sites, or pages of its own host (PressReader's `/india/the-hindu`), and keep their credit;
 * so does a sister site on the same domain (another host).
 */
function ownChannel(url: string | null | undefined, ctx: NormaliseContext): boolean {
  const source = url?.trim();
  const host = hostOf(source);
  return !!host && FEED_PATH.test(new URL(source!).pathname) && [ctx.feed.link, ctx.feedUrl].some((own) => hostOf(own) === host);
}

/** A feed's address by its path: a file `.xml`, `.rss`, `.atom` or `.rdf`, or a `/feed`, `/rss` or `/atom` part. */
const FEED_PATH = /\.(?:xml|rss|atom|rdf)$|\/(?:feeds?|rss|atom)(?:\/|$)/i;

/**
 * A podcast episode (an item whose enclosure is audio or video) without art of its own shows the show's, as podcast
 * apps and readers (Capy Reader) do. A news item gets none of it: a channel's logo is no picture of its story.
 */
function episodeArt(entry: FeedEntry, ctx: NormaliseContext): string | null {
  if (!entry.media || !ctx.feed.showImage) return null;
  const url = absoluteUrl(ctx.feed.showImage, ctx.documentBase ?? ctx.feedUrl);
  return url && !isNoStoryPicture(url) ? url : null;
}

/**
 * A feed of Myanmar's, where "MNA" is the Myanmar News Agency's wherever the copy is datelined (see WireContext.myanmar): its own site or
 * address on .mm (gnlm.com.mm, moi.gov.mm), or the agency's or the Global New Light of Myanmar's feed by its title.
 */
function isMyanmarFeed(ctx: NormaliseContext, agency: string | null): boolean {
  return agency === 'Myanmar News Agency' || agency === 'GNLM' || regionOf(ctx.feedUrl) === 'mm' || regionOf(ctx.feed.link) === 'mm';
}

/** The story's text from its content, else its summary, read and cleaned. */
function storyOf(entry: FeedEntry, headline: string, context: WireContext): { story: StoryText; wire: WireCopy } {
  const video = isVideoItem(entry.link, entry.media);
  const content = filled(entry.content);
  const summaryHtml = filled(entry.summary);
  // contentIsText speaks of the content, else of the summary: of a summary read in place of a "null" content, not.
  const read = readStory(content ?? summaryHtml ?? '', content === entry.content && entry.contentIsText, video, context);
  if (!content || !summaryHtml || !isEmptyOfCopy(read.wire.paragraphs, headline)) return read;
  // Content that holds only a picture, a blank paragraph or the headline again: the summary says what the story is.
  const summary = readStory(summaryHtml, false, video, context);
  // The picture keeps the <base> of the HTML it was found in.
  const pictured = read.story.image ? read.story : summary.story;
  return summary.wire.paragraphs.length ? { story: { ...summary.story, image: pictured.image, base: pictured.base ?? null }, wire: summary.wire } : read;
}

function readStory(body: string, plainText: boolean, video = false, context: WireContext = {}): { story: StoryText; wire: WireCopy } {
  const story = plainText ? { paragraphs: textToParagraphs(body), image: null } : htmlToStoryText(withPairedSurrogates(unescapeTwiceEscaped(withoutCdataMarks(body))));
  return { story, wire: cleanWireCopy(withoutLeftovers(story.paragraphs, plainText, video), context) };
}

/** A template's empty field printed as a word: "null", "undefined" (JavaScript and PHP templates). */
const EMPTY_FIELD = /^\s*(?:null|undefined)\s*$/i;

/** The text unless it is a template's empty field: such a story's text was "null". */
function filled(s: string | null): string | null {
  return s && s.length < 12 && EMPTY_FIELD.test(s) ? null : s;
}

const CDATA_MARKS = /<!\[CDATA\[|\]\]>/g;

/**
 * A CDATA section inside the text: a feed that wrapped its HTML in CDATA twice, or escaped the wrapper
 * ("&lt;![CDATA[&lt;p&gt;…"). XML has unwrapped the outer one; HTML reads the inner one as a comment, and the
 * story lost all its text. The marks go, what they held is the text.
 */
function withoutCdataMarks<T extends string | null>(s: T): T {
  return (s?.includes('<![CDATA[') ? s.replace(CDATA_MARKS, '') : s) as T;
}

function isEmptyOfCopy(paragraphs: string[], headline: string): boolean {
  return paragraphs.length === 0 || (paragraphs.length === 1 && !!headline && words(paragraphs[0]!) === words(headline));
}

/**
 * What the HTML reader leaves that is not copy: entities escaped twice (HTML only: plain text is as written),
 * unexpanded shortcodes, a video description's channel links and cast line, a player's fallback text. Wire copy's own chrome is wire.ts's.
 */
function withoutLeftovers(paragraphs: string[], plainText: boolean, video: boolean): string[] {
  return withoutRepeats(withoutFurniture(withoutShortcodeParagraphs(plainText ? paragraphs : decodedAgain(paragraphs)), video));
}

/** Shorter, a paragraph said twice may be meant so ("Yes." "Yes."); longer, twice in a row is the CMS's doing. */
const MIN_REPEAT = 40;

/**
 * A paragraph right after the same paragraph: CMSs print the standfirst in bold and then again as the copy's
 * first paragraph, and the story read it twice.
 */
function withoutRepeats(paragraphs: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const repeated = p.length >= MIN_REPEAT && p === paragraphs[i - 1];
    if (repeated) out ??= paragraphs.slice(0, i);
    else if (out) out.push(p);
  }
  return out ?? paragraphs;
}

/** Google News' description: the headline linked, then its outlet in Google's grey <font>, alone or first of an <ol> of such. */
const GOOGLE_NEWS_COVERAGE = /^\s*(?:<ol>\s*<li>\s*)?<a\s[^>]*>[^<]*<\/a>(?:\s|&nbsp;|\u00a0)*<font\b[^>]*>/i;
const GOOGLE_NEWS_LINK = /^https?:\/\/news\.google\.[a-z.]+\//i;

/**
 * A Google News item says nothing of its story but its coverage: the headline and outlet the digest shows already,
 * then other outlets' headlines. Read as text, that was one run-on list ("… bill CNN\n\nManchin, Schumer agree …
 * Fox News\n\n…"), the first line as the summary: the story has no text instead.
 */
function isGoogleNewsCoverage(entry: FeedEntry): boolean {
  const body = entry.content ?? entry.summary;
  return !!body && !!entry.link && GOOGLE_NEWS_LINK.test(entry.link) && GOOGLE_NEWS_COVERAGE.test(body);
}

/** The last part of a headline after a dash, bar or bullet: where CMSs append the site's name. */
const NAME_SUFFIX = /\s+[-–—|·•]\s+([^-–—|·•]{2,100})$/u;
const NAME_END = /^\s*(?:[-–—|·•:]|$)/u;

/**
 * "Secretary Meets Minister - United States Department of State" in the Department's own feed, "IAF inducts
 * Tejas - The Hindu" in Google News with <source>The Hindu</source>: the outlet's name is not part of the
 * headline, and a digest shows the outlet apart. Only the feed's own title (or its part before a separator:
 * "The Hindu - National"), the credited outlet, or a name of a few words that begins the feed's title or is its
 * site's (isSiteName) is dropped: another name after a dash may be the news.
 * A place or a country after the dash is the news wherever the feed's name or site begins with it: "Boat capsizes - Kerala" in a
 * feed titled "Kerala" (a section's), "Quake toll rises - Nepal" in "Nepal News", "Rains lash Kerala - India" from india.com lost
 * their place. Only an aggregator's credited outlet of that name takes it.
 */
function withoutOwnName(title: string, feed: NormaliseContext['feed'], outlet: string | null, sourceUrl: string | null = null): string {
  const m = NAME_SUFFIX.exec(title);
  if (!m) return title;
  const written = m[1]!.trim().toLowerCase();
  const suffix = withoutThe(written);
  const place = isKnownRegion(m[1]!.trim());
  const own = [place ? null : feed.title, outlet].some((name) => {
    const n = withoutThe(name?.trim().toLowerCase() ?? '');
    return !!n && n.startsWith(suffix) && NAME_END.test(n.slice(suffix.length));
  });
  if (!own && (place || !isSiteName(written, feed)) && !(outlet && isSourceHost(suffix, sourceUrl))) return title;
  // Google News appends the outlet to a headline that carries it already ("… | Reuters - Reuters"): both go.
  const rest = title.slice(0, m.index);
  return withoutOwnName(rest, feed, outlet, sourceUrl) || rest;
}

/**
 * phpBB's feed titles each post "<forum> • <topic>" ("Moorings • Winter moorings on the Oxford canal") and names the forum as the entry's
 * category: the topic is the headline, and the forum stays the category. Only a forum the entry's categories name.
 */
function withoutForumName(title: string, categories: string[]): string {
  const at = title.indexOf(' • ');
  if (at < 1) return title;
  const rest = title.slice(at + 3).trim();
  return rest && categories.includes(title.slice(0, at).trim()) ? rest : title;
}

/** A name without its article: Google News' "… - Economic Times" under <source>The Economic Times</source> names it. */
const withoutThe = (name: string) => name.replace(/^the\s+/, '');

/** A headline's tail that is the host of the outlet an aggregator credits (<source url="https://www.thehindubusinessline.com">): "… - thehindubusinessline.com". */
function isSourceHost(suffix: string, sourceUrl: string | null): boolean {
  if (!sourceUrl || !/^[a-z\d-]+(?:\.[a-z\d-]+)+$/.test(suffix)) return false;
  try {
    return new URL(sourceUrl).hostname.toLowerCase().replace(/^www\./, '') === suffix.replace(/^www\./, '');
  } catch {
    return false;
  }
}

/** Longer than this after a dash or bar, it is no outlet's name. */
const MAX_NAME_WORDS = 4;

/**
 * What follows an outlet's name in its feed's title ("NDTV News - Top Stories", "Kuensel Online"): a name the title
 * begins with is the outlet's only before one of these ("India Today" does not make "… - India" the outlet).
 */
const FEED_WORDS = new Set(['news', 'online', 'live', 'tv', 'home', 'latest', 'top', 'breaking', 'headlines', 'feed', 'rss', 'english', 'digital', 'com', 'stories', 'all', 'homepage', 'updates']);

const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * "… | NDTV" in "NDTV News - Top Stories", "… - Dawn" in "Dawn - Home": the outlet's name is the first words of the
 * feed's title (before a word such as "News": FEED_WORDS), or the name of the site the feed links (ndtv.com: NDTV; "The Kathmandu Post": kathmandupost.com).
 * A few words only: a longer tail is the headline's.
 */
function isSiteName(suffix: string, feed: NormaliseContext['feed']): boolean {
  const words = wordsOf(suffix);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  const titleWords = feed.title ? wordsOf(feed.title) : [];
  if (titleWords.length > words.length && words.every((w, i) => titleWords[i] === w) && FEED_WORDS.has(titleWords[words.length]!)) return true;
  const site = feed.link ? feedSiteLabel(feed, feed.link) : null;
  const joined = words.join('');
  return !!site && (joined === site || (words[0] === 'the' && joined.slice(3) === site));
}

/** Every entry of a document asks about its site, and its feed's outlet name: answered once a document. */
const feedSiteLabel = perDocument(siteLabel);
const feedOutlet = perDocument(outletName);

/** The name a host is registered under, by the Public Suffix List: "www.ndtv.com" → "ndtv", "tribune.com.pk" → "tribune". */
function siteLabel(link: string | null | undefined): string | null {
  const label = link ? getDomainWithoutSuffix(link) : null;
  return label && label.length >= 3 ? label.replace(/-/g, '') : null;
}

/**
 * Medium's content opens with the headline as an <h3>, many WordPress themes with an <h1>: the digest shows the
 * title already, and the summary should be the story's first paragraph. The words decide, not case or punctuation.
 */
function withoutHeadline(paragraphs: string[], headline: string): string[] {
  const first = paragraphs[0];
  // Under a title that names only the release's kind ("Joint Statement"), a heading holding its words says what the release is: it
  // heads the story (see headingOf), not a restatement to drop.
  if (headline && paragraphs.length >= 2 && !RELEASE_KIND.test(headline) && restatesHeadline(first!, headline)) return paragraphs.slice(1);
  // A description that is only the title again (MEA's and ISPR's releases, a bridge's post) says nothing more: the story has no text, as
  // a digest would print the headline twice.
  if (headline && paragraphs.length === 1 && words(first!) === words(headline)) return [];
  if (!headline || paragraphs.length < 2 || first!.length > headline.length + 10) return paragraphs;
  // "Media Advisory: Visit of External Affairs Minister to Germany" over a release headed "Visit of External Affairs Minister to Germany".
  const kindless = headline.replace(RELEASE_KIND_LEAD, '');
  return words(first!) === words(headline) || (kindless !== headline && words(first!) === words(kindless)) ? paragraphs.slice(1) : paragraphs;
}

/** Words a heading may add to the title's without saying more: "Joint Statement on the State Visit of …" over "India-Mauritius Joint Statement". */
const LINKING_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'at', 'by', 'with', 'from', '&']);
/** How much of the title's words a heading repeats to restate it. */
const RESTATES = 0.75;
/** The most words a release's heading has: longer, a line without a full stop is copy that lost it. */
const MAX_HEADING_WORDS = 30;

/**
 * A release's own heading over its copy that says the title again in other words: "Joint Statement on the State Visit of the Prime
 * Minister of Mauritius to India" under the title "India-Mauritius Joint Statement". Shaped as a heading (no sentence's end, its words
 * capitalised as a heading's are) and holding most of the title's words. A first line of copy, a sentence, is never one.
 */
function restatesHeadline(first: string, headline: string): boolean {
  if (first.length > HEADING_MAX || /[.!?:;…"”’,]$/u.test(first)) return false;
  const lineWords = first.split(/[\s\u2010-\u2015-]+/u).filter(Boolean);
  if (lineWords.length > MAX_HEADING_WORDS) return false;
  const content = lineWords.filter((w) => !LINKING_WORDS.has(w.toLowerCase()));
  // A heading capitalises its words; a sentence (a first line of copy that lost its full stop) does not.
  if (content.filter((w) => /^[\p{Lu}\p{N}(]/u.test(w)).length < content.length * RESTATES) return false;
  const own = new Set(content.map(words));
  const titleWords = headline.split(/[\s\u2010-\u2015-]+/u).filter((w) => !LINKING_WORDS.has(w.toLowerCase())).map(words).filter(Boolean);
  return titleWords.length >= 2 && titleWords.filter((w) => own.has(w)).length >= titleWords.length * RESTATES;
}

/** A release's kind before its headline: "Media Advisory: …", "Press Release - …". */
const RELEASE_KIND_LEAD = /^(?:press (?:release|note|statement)|news release|media (?:advisory|note)|readout)\s*[:|–—-]\s*/i;

/** The longest heading a release sets over its copy ("Joint Statement on the State Visit of … (January 25-26, 2026)"). */
const HEADING_MAX = 200;

/**
 * A release's heading over its copy, for an item whose title says nothing: a first line without a sentence's end, over a paragraph that
 * ends as one ("Visit of External Affairs Minister to Germany (November 27-29, 2026)", then the copy). A first line that is a sentence is
 * the copy's, and heads the story as its first sentence (untitled).
 */
function headingOf(paragraphs: string[]): string | null {
  const [first, second] = paragraphs;
  if (!first || !second || first.length > HEADING_MAX || /[.!?:;…"”’]$/u.test(first) || !/[.!?:"”’)]$/u.test(second)) return null;
  return first;
}

/** Whether the copy says a headline too long to show whole, word for word (a post's text under its title). */
function saysHeadline(paragraphs: string[], headline: string): boolean {
  return paragraphs.length > 0 && words(paragraphs.join(' ')).includes(words(headline));
}

function words(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A guid that is a web address (or a site path, as some CMSs write permalinks) stands in for a missing link.
 * A guid the feed calls a permalink is an address even without a leading slash ("news/2.html"), resolved as
 * links are; without that word, such a guid is as likely an id ("2026/11/26-1234") as a path.
 */
function guidLink(guid: string | null, bases: [string, string | null], permalink: boolean): string | null {
  const g = guid?.trim();
  if (!g) return null;
  if (/^https?:\/\//i.test(g)) return canonicalLink(g);
  if (permalink && !/\s/.test(g)) return canonicalLink(g, ...bases);
  return g.startsWith('/') && !g.startsWith('//') ? canonicalLink(g, ...bases) : null;
}

/** A site's front page, "https://site.example/": no story's page. */
const FRONT_PAGE = /^https?:\/\/[^/?#]+\/?$/;

/**
 * The page the story is on: its link, else a permalink guid, its comments' page, the page its <source> names, or its audio file (an episode's
 * file is a link to play, and the same in every feed). A link to the
 * site's front page, or to the feed itself (templates that fill every item's link with it), gives way to a permalink
 * guid: kept, every such story had one link, and one link is one story.
 */
/** The last feed's address made canonical: every story of a feed asks for it. */
let lastFeed: { url: string; canonical: string | null } | null = null;

function canonicalFeedUrl(feedUrl: string): string | null {
  if (lastFeed?.url !== feedUrl) lastFeed = { url: feedUrl, canonical: canonicalLink(feedUrl) };
  return lastFeed.canonical;
}

function storyLink(canonical: string | null, entry: FeedEntry, bases: [string, string | null], feedUrl: string): string | null {
  // A link to the feed itself (generators that fill an item's link with the feed's address) is no page either.
  const noPage = (url: string) => FRONT_PAGE.test(url) || url === feedUrl || url === canonicalFeedUrl(feedUrl);
  const permalink = guidLink(entry.guid, bases, entry.guidIsPermaLink === true);
  if (canonical && !noPage(canonical)) return pageOfAmpCopy(canonical, entry, bases, permalink) ?? redirectedPage(canonical, permalink) ?? googleNewsPage(canonical, entry, bases) ?? canonical;
  // Last, a photo item's picture: the item is the photo (a photo blog's enclosure, nothing else to open).
  const elsewhere = () => commentsPage(entry.comments, bases) ?? sourcePage(entry.sourceUrl, bases) ?? canonicalLink(entry.media, ...bases) ?? canonicalLink(entry.picture, ...bases);
  // A link to the front page ("#", "/" in a template) is the last resort: an episode's file, a comments page say more.
  if (canonical) return (permalink && !noPage(permalink) ? permalink : null) ?? elsewhere() ?? canonical;
  return permalink ?? elsewhere() ?? onlyPageInCopy(entry, bases);
}

/**
 * A link through a redirector that names no page of its own: FeedBurner's "feedproxy.google.com/~r/<feed>/~3/<id>/" with no
 * origLink beside it, Twitter's "t.co/<id>", and the link shorteners that feeds made by IFTTT, dlvr.it, Buffer and Hootsuite link
 * through ("ift.tt/3AbCdEf", "dlvr.it/T1aBcD", "buff.ly/3xYz", "ow.ly/AbC150"), a key alone for a path. Each opens the page only by
 * asking the redirector, and says nothing of it.
 */
const REDIRECTOR_LINK = /^https?:\/\/(?:feedproxy\.google\.com\/~r\/|feeds\.feedburner\.com\/~r\/|(?:t\.co|ift\.tt|dlvr\.it|buff\.ly|ow\.ly|bit\.ly|trib\.al|lnkd\.in)\/[\w-]+$)/i;

/**
 * The page a redirector's link stands for, where the item's guid is a page's address on another host (FeedBurner kept the
 * publisher's permalink guid; a tweet's is its status page): the story's link, as the publisher's own feed gives it.
 */
function redirectedPage(link: string, permalink: string | null): string | null {
  if (!permalink || !REDIRECTOR_LINK.test(link) || REDIRECTOR_LINK.test(permalink) || FRONT_PAGE.test(permalink)) return null;
  return hostOf(permalink) !== hostOf(link) ? permalink : null;
}

/**
 * The publisher's own page for a Google News item, where the item names it: the old redirect's "news.google.com/news/url?…&url=<page>",
 * else its description's anchor to the item's outlet (the item's own headline, linked to its page in older feeds and others' copies of
 * them), else its <source url> when that is a page, not the outlet's front page or a feed. The anchor is the first on the host of the
 * item's <source url> where the item names one: a coverage list (<ol> of headlines) links other outlets' stories after the item's own,
 * and one of those is not the item's page; with no <source url>, the first anchor. Google's "/rss/articles/<id>" link, which names no
 * page of its own, is kept as written where the item names none: it opens the story in any browser.
 */
function googleNewsPage(link: string, entry: FeedEntry, bases: [string, string | null]): string | null {
  if (!GOOGLE_NEWS_LINK.test(link)) return null;
  const redirect = new URL(link).searchParams.get('url');
  const own = (url: string | null | undefined) => {
    const page = url && /^https?:\/\//i.test(url.trim()) ? canonicalLink(url, ...bases) : null;
    return page && !GOOGLE_NEWS_LINK.test(page) && !FRONT_PAGE.test(page) ? page : null;
  };
  const html = entry.contentIsText ? '' : (entry.summary ?? entry.content ?? '');
  const anchors = html.includes('href') ? [...html.matchAll(ANCHOR)].map((m) => m[1] ?? m[2]) : [];
  const outlet = hostOf(entry.sourceUrl?.trim());
  const anchor = outlet ? anchors.map(own).find((page) => !!page && onHost(page, outlet)) : anchors[0];
  return own(redirect) ?? own(anchor) ?? (own(entry.sourceUrl) ? sourcePage(entry.sourceUrl, bases) : null);
}

/** Whether `url` is on `host` (without "www.") or a host under it: "https://uk.reuters.com/…" is on "reuters.com". */
function onHost(url: string, host: string): boolean {
  const own = hostOf(url);
  return !!own && (own === host || own.endsWith(`.${host}`));
}

/** An anchor's address in copy, double- or single-quoted. */
const ANCHOR = /<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * The one page an item with no link of its own links to in its copy ("… two weeks early. <a href=…>Read more</a>"), as a
 * link digest writes its items: the story had nothing to open. Copy linking two pages or more says no one of them is it.
 */
function onlyPageInCopy(entry: FeedEntry, bases: [string, string | null]): string | null {
  const html = entry.contentIsText ? '' : (entry.content ?? entry.summary ?? '');
  if (!html.includes('href')) return null;
  const pages = new Set([...html.matchAll(ANCHOR)].map((m) => canonicalLink(m[1] ?? m[2], ...bases)).filter((u): u is string => !!u && /^https?:/i.test(u)));
  return pages.size === 1 ? [...pages][0]! : null;
}

/**
 * The page a link to its AMP copy stands for, where the item names it: an atom:link alternate or rel="canonical"
 * beside the <link>, else a guid that is the page's address. Such a page is the story's link, as every other feed and
 * reader names it; the page is never guessed, and an AMP link the item names no page for stays.
 */
function pageOfAmpCopy(link: string, entry: FeedEntry, bases: [string, string | null], permalink: string | null): string | null {
  if (!/amp/i.test(link)) return null;
  const amp = new URL(link);
  const pages = [...(entry.pages ?? []).map((p) => canonicalLink(p, ...bases)), permalink];
  return pages.find((page): page is string => !!page && page !== link && isAmpCopyOf(amp, new URL(page))) ?? null;
}

/**
 * Whether `amp` is the AMP copy of `page`: the page's address with AMP's marks added ("amp." before its host,
 * "/amp/" in its path, "amp_articleshow" for "articleshow", "-amp.html" for ".html"), or an address by no such rule
 * ("/amp/story-slug-123", "story.amp.html", a path on an "amp." host) on the page's own site when the page is no AMP
 * copy itself.
 */
function isAmpCopyOf(amp: URL, page: URL): boolean {
  if (!hasAmpMarks(amp) || AMP_PAGE.test(page.pathname) || AMP_HOST.test(page.hostname)) return false;
  if (withoutAmpMarks(amp) === withoutAmpMarks(page)) return true;
  if (AMP_HOST.test(amp.hostname)) return getDomain(amp.hostname) === getDomain(page.hostname);
  return AMP_PAGE.test(amp.pathname) && amp.hostname.replace(/^www\./, '') === page.hostname.replace(/^www\./, '');
}

/** An address that is a feed's, not a page's: "/feed", "/rss", "….xml", "….rss", "?format=rss". */
const FEED_ADDRESS = /(?:\/(?:feeds?|rss|atom)(?:\/|$)|\.(?:xml|rss|rdf|atom)$|[?&](?:format|output|type)=(?:rss|atom|xml))/i;

/**
 * RSS <source url>: the spec's address of the feed an item was taken from, but aggregators and planet-style feeds
 * write the story's own page there, and some items name no other. Taken last, and only when it is a page of a site,
 * not its front page or a feed.
 */
function sourcePage(url: string | null | undefined, bases: [string, string | null]): string | null {
  const page = canonicalLink(url, ...bases);
  return page && !FRONT_PAGE.test(page) && !FEED_ADDRESS.test(new URL(page).pathname + new URL(page).search) ? page : null;
}

/**
 * WordPress and Blogger link an item's comments as its page's "#comments" (or "#respond"): without its fragment,
 * that is the story's page. A comments link without one may be another page (a forum's thread), and is not taken.
 */
function commentsPage(comments: string | null | undefined, bases: [string, string | null]): string | null {
  return comments?.includes('#') ? canonicalLink(comments, ...bases) : null;
}

/**
 * A date written into the headline, for an item that gives none (press offices' and hand-made feeds: "Cabinet
 * decisions – 26 November 2026", "Weekly bulletin (Nov. 26, 2026)", "Press release 26.11.2026", "2026-11-26: Markets
 * close"). Day, month and year all: a year alone, or a month and year, is no day.
 */
const DAY = 86_400_000;
/** How far back a date in a headline may be the item's own: a press office posts a release within weeks of its date. */
const TITLE_DATE_WINDOW = 45 * DAY;
const TITLE_DATE = new RegExp(
  [
    String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`,
    String.raw`\b\d{1,2}[./]\d{1,2}[./]\d{4}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,12}\.?,?\s+\d{4}\b`,
    String.raw`\b\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
  ].join('|'),
  'u',
);

function dateInTitle(title: string, region: string | null, fetchedAt: number, clock: StatedOffset[]): number | null {
  if (!/\d{4}/.test(title)) return null;
  const m = TITLE_DATE.exec(title);
  const t = m ? parseFeedDate(m[0], region, null, clock) : null;
  // A date long past or ahead is an event the headline names ("Remembering 26 November 2008"), not the item's.
  return t !== null && t >= fetchedAt - TITLE_DATE_WINDOW && t <= fetchedAt + DAY ? t : null;
}

/** A time of day written in a date field ("10:05", "10h05", "10時", "T10"); a field without one names a day alone. */
const TIME_OF_DAY = /\d\s*[:：]\s*\d\d|\d[hH]\d\d|\d\s*[時时시]|T\d\d/;

/**
 * The first date that reads; one of another calendar (a Thai or Solar Hijri date) only when no Gregorian one follows.
 * When an item's date fields disagree (pubDate beside dc:date, an Atom entry's published beside updated), the first is
 * taken but for two cases: one ahead of the fetch (a year mistyped, a story stamped ahead to pin it on top) gives way
 * to the first that is not, as the story was there at the fetch; and a day alone (`27/11/2026`, `Fri, 27 Nov 2026`)
 * gives way to a later field's time on that same day, which says more. Other disagreements keep the first field's.
 */
function firstDate(dates: string[], region: string | null, order: NumericOrder, clock: StatedOffset[], fetchedAt: number): number | null {
  const read = dates.flatMap((raw) => {
    const t = parseFeedDate(raw, region, order, clock);
    return t === null ? [] : [{ raw, t, other: inOtherCalendar(raw) }];
  });
  const first = read.find((d) => !d.other) ?? read[0];
  if (!first) return null;
  // A Hebrew date's evening ahead of the fetch is the evening before its civil day (the Hebrew day begins at sunset).
  const evening = first.t > fetchedAt && first.other ? hebrewEveningBefore(first.raw, first.t) : null;
  if (evening !== null && evening <= fetchedAt) return evening;
  if (first.t > fetchedAt) return (read.find((d) => !d.other && d.t <= fetchedAt) ?? read.find((d) => d.t <= fetchedAt) ?? first).t;
  if (TIME_OF_DAY.test(first.raw)) return first.t;
  return (read.find((d) => d !== first && d.t >= first.t && d.t < first.t + DAY && TIME_OF_DAY.test(d.raw)) ?? first).t;
}

/**
 * A static site's page bundle: the post is a folder ("/posts/toy-train/") and its pictures sit in it, named bare in its HTML
 * ("engine.jpg"), as Hugo, Zola and Eleventy print a post's summary. Such a name is in the post's folder, as a browser showing
 * the post reads it; against the site it was a missing file. A path with a folder ("images/x.jpg", Joomla's) stays the site's.
 */
const BARE_FILE_NAME = /^[\w.-]+\.(?:jpe?g|png|gif|webp|avif)$/i;

function bundleBase(picture: string | null, link: string | null): string | null {
  return picture && link?.endsWith('/') && BARE_FILE_NAME.test(picture) ? link : null;
}

/**
 * An Atom entry's content with no xml:base in force came from the entry's page: its relative pictures are that page's,
 * as Miniflux resolves content against the entry's URL. Against the feed's address ("/img/b.jpg" on a feed proxy's or
 * aggregator's host) they were missing files. An xml:base (feed, entry or content) says otherwise and wins. A page
 * through the site's script (Joomla's "/index.php/news/…") counts from the script's folder, as a site link does.
 */
function contentPage(entry: FeedEntry, ctx: NormaliseContext, link: string | null): string | null {
  return ctx.feed.format === 'atom' && !ctx.feed.base && !entry.base && !entry.contentBase ? siteUrl(link) : null;
}

/**
 * The feed's own pictures resolve against the entry's bases; one found in the content also against the content's
 * xml:base, and then the content's own <base href> (itself resolved against those, as a browser resolves it).
 */
function pickImage(fromFeed: string[], fromHtml: string | null, bases: [string, string | null], contentBases: (string | null)[]): string | null {
  const html = absoluteUrl(fromHtml, ...bases, ...contentBases);
  const larger = html && largerPicture(html);
  // The picture a thumbnail script serves (TimThumb's "?src=") is judged as itself: a theme's logo through it is none. One the <img> named
  // as it stands was judged there, its declared size too (a PNG photo named "fitness-tracker.png" at 1200x675 is one).
  const inHtml = larger && (larger === fromHtml || !isNoStoryPicture(larger)) ? larger : null;
  const pictures = fromFeed.map((candidate) => {
    const url = absoluteUrl(candidate, ...bases);
    const picture = url && largerPicture(url);
    // An avatar or a counter the feed names as media is no picture of the story, as it is none in the copy.
    return url && picture && !isNoStoryPicture(url) && !isNoStoryPicture(picture) ? picture : null;
  });
  const first = pictures.find((p): p is string => !!p);
  // The same picture at another size among the feed's media (an enclosure at 1280 beside a media:content at 600) counts as the copy's does.
  if (first) return [...pictures.slice(pictures.indexOf(first) + 1), inHtml].reduce<string>((best, other) => widerCopy(best, other), first);
  return inHtml;
}

/**
 * A user's profile page on the fediverse's and forums' software: Lemmy's, kbin's and Discourse's "/u/name", Reddit's
 * "/user/name", PeerTube's "/a/name" and "/accounts/name", Mastodon's and Misskey's "/@name", Friendica's "/profile/name".
 * A numbered page ("/users/2211", Stack Exchange's) names no one.
 */
const PROFILE_URL = /^https?:\/\/[^/\s?#]+\/(?:(?:u|user|users|a|accounts|profile)\/|@)(?=[\w.-]*\p{L})([\p{L}\d_.-]{2,40})\/?$/u;

/** "jane@example.org (Jane Doe)" → "Jane Doe"; "By Jane Doe" → "Jane Doe"; a bare address, or "Unknown", is not a name. */
const REDDIT_USER = /^\/u\/[\w-]{2,32}$/;

function firstAuthor(doc: object, authors: string[]): string | null {
  for (const raw of authors) {
    const name = bylineName(doc, raw);
    if (name) return name;
  }
  return null;
}

/**
 * Several people credited each in an element of their own (Brightspot's and Arc's repeated dc:creator, Atom authors):
 * every one named, each cleaned as a byline is. Only the first was named.
 */
function jointByline(names: string[]): string | null {
  if (names.length < 2) return null;
  const cleaned = [...new Set(names.map(cleanAuthor).filter((n): n is string => !!n))];
  if (cleaned.length < 2) return null;
  // Catalogues (DSpace, EPrints, a journal's Dublin Core) write each creator surname first ("Okafor, Ruth"): joined so, "Okafor, Ruth,
  // Li, Wen" read as four people. When every name is so written, each is given first.
  const given = cleaned.every((n) => INVERTED_NAME.test(n)) ? cleaned.map((n) => n.replace(INVERTED_NAME, '$2 $1')) : cleaned;
  return shortened(given.join(', '), AUTHOR_MAX);
}

/**
 * A name written surname first, as a catalogue writes it: "Okafor, Ruth", "van der Berg, Anna", "Marsh, Helen J.", "Li, W.". The surname
 * one word (its particles before it), so a name and a body ("Jane Doe, Harbour Trust") is none.
 */
const INVERTED_NAME = /^((?:(?:van|von|de|der|den|del|della|da|di|du|le|la|ter|ten|al|bin|ibn) )*\p{Lu}[\p{L}'’-]+), (\p{Lu}(?:[\p{L}'’-]+|\.(?:-?\p{Lu}\.)?)(?: \p{Lu}(?:[\p{L}'’-]+|\.)){0,2})$/u;

const AUTHOR_MAX = 120;

/**
 * An agency's name or mark as a whole byline: "PTI", "Press Trust of India", "The Associated Press". Not a mark read in a dated dateline
 * only (Agency.datedMarks), where it is the agency's id too: a byline "Mia", "Lana" or "Lena" is a writer's name, not North Macedonia's,
 * Libya's or Lesotho's agency (the thirty-seventh sweep: such a byline credited the agency).
 */
const AGENCY_BYLINE = new Map(AGENCIES.flatMap((a) => [a.id, a.name, ...a.marks].filter((n) => !a.datedMarks?.includes(n)).map((n) => [n.toLowerCase(), a.id] as const)));

function agencyNamed(author: string | null): string | null {
  if (!author) return null;
  // "IANS, Agencies", "Reuters and AFP", "Reuters | AFP": the first agency named.
  for (const part of author.split(/\s*(?:[,&/|]|\band\b)\s*/)) {
    const agency = AGENCY_BYLINE.get(part.toLowerCase());
    if (agency) return agency;
  }
  return null;
}

/**
 * An agency's own feed, by the outlet its title names: the agency's full name ("Anadolu Agency", "Press Trust of India", "Xinhua",
 * "TASS") or its name in its other languages ("पत्र सूचना कार्यालय", PIB's Hindi feed), or a mark of it before "News Agency" or
 * "Agency" ("Yonhap News Agency"). A mark alone is not enough: "CNA" is Singapore's broadcaster as often as Taiwan's agency,
 * "Petra" a blog's name.
 */
const AGENCY_FEED = new Map(
  AGENCIES.flatMap((a) => [...[a.name, ...(a.names ?? [])].map((n) => [n.toLowerCase(), a.id] as const), ...a.marks.flatMap((m) => [`${m} news agency`, `${m} agency`].map((n) => [n.toLowerCase(), a.id] as const))]),
);

function agencyFeed(outlet: string | null): string | null {
  return (outlet && (AGENCY_FEED.get(outlet.toLowerCase()) ?? agencyOfParts(outlet))) ?? null;
}

/** agencyFeed of the feed's outlet, every entry's: worked out once per document. */
const feedAgency = perDocument(agencyFeed);

/** A language edition an agency titles a feed by beside its name: "Xinhua News Agency - English". */
const EDITION = /^(?:english|hindi|urdu|bangla|bengali|nepali|arabic|french|spanish|chinese|russian|turkish)(?: (?:edition|service|news))?$/i;

/**
 * An agency's own feed titled by its full name beside its mark or a language edition: "APP - Associated Press of Pakistan",
 * "Press Information Bureau (PIB)", "BSS | Bangladesh Sangbad Sangstha", "Xinhua News Agency - English". Every part must be
 * that one agency's (or the edition), and one its full name, so a mark alone still names no agency's feed.
 */
function agencyOfParts(outlet: string): string | null {
  const parts = outlet.replace(/\s*\(([^()]+)\)$/, ' | $1').split(/\s+[-–—|]\s+/).map((part) => part.trim().toLowerCase());
  const named = new Set(parts.map((part) => AGENCY_FEED.get(part)).filter((id) => id !== undefined));
  if (parts.length < 2 || named.size !== 1) return null;
  const [id] = named;
  return parts.every((part) => AGENCY_FEED.get(part) === id || AGENCY_BYLINE.get(part) === id || EDITION.test(part)) ? id! : null;
}

const CJK_ROLE_BEFORE = /^(?:(?:本报|本台|本刊|新华社|新華社)?(?:特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員)\s*[:：]?\s*|(?:文|撰文|作者|图文|圖文)\s*[:：/／|]\s*)(?=\S)/u;
const CJK_ROLE_AFTER = /(?<=\S)\s*(?:(?:객원|수습|선임|전문)?기자|특파원|논설위원|記者|特派員|編集委員)$/u;

/** An e-mail address after a byline's name, after a space or a separator ("e-mail:" before it or not). */
const ADDRESS_AFTER_NAME = /(?<=\S)(?:\s*[,|–—]\s*|\s+-\s+|\s+)(?:e-?mail\s*:?\s*)?[^\s@,|]+@[\w-]+(?:\.[\w-]+)+$/i;

/**
 * A job title after a byline's name: "| Staff Writer", ", Special Correspondent", "- Senior Reporter, Delhi"; in Portuguese and Spanish,
 * Agência Brasil's "- Repórter da Agência Brasil", "- Corresponsal en Madrid", "- Enviada especial a Belém".
 */
const ROLE = String.raw`(?:(?:(?:senior|special|chief|staff|associate|deputy|managing|contributing|political|diplomatic|foreign|legal|business|sports|health|science|tech(?:nology)?|city|national|principal|assistant|executive|our|guest|editor-at-large)\s+)*(?:correspondent|writer|reporter|editor|contributor|columnist|journalist|bureau chief|staff writer|staff reporter)s?|(?:rep[óo]rter|reportera?|redatora?|redactora?|corresponsal|correspondente|enviad[oa] especial|periodista|jornalista|colunista|columnista)(?:es|s)?)`;
const ROLE_AFTER_NAME = new RegExp(String.raw`\s*(?:[,|–—]|\s-)\s*${ROLE}\b(.*)$`, 'i');

/** A job title in brackets after the name: "Asha Rao (Editor)", "(Senior Editor, The Hindu)", "[Correspondent]". */
const ROLE_IN_BRACKETS = new RegExp(String.raw`\s*[([]\s*${ROLE}\b[^()[\]]*[)\]]$`, 'i');

/**
 * The next writer of a joint byline after the first one's job: ", and Ravi Menon, Special Correspondent", " & Dev Patel", " with
 * Ravi Menon". Only a name of two words or more with no job's or desk's word in it: "Correspondent and Bureau Chief" is one job.
 */
const NEXT_WRITER = /^\s*,?\s*(and|&|with)\s+(\p{Lu}\S*(?:\s+\S+){1,5})$/u;
const JOB_WORD = /\b(?:chief|head|director|editor|correspondent|writer|reporter|bureau|desk|staff|columnist|contributor|journalist|publisher|producer|manager|president|officer|analyst|photographer|anchor|agencies|service|team)s?\b/i;

/**
 * The byline without its writers' jobs: "Jane Doe | Staff Writer" is Jane Doe, and the writer after the first one's job stays
 * ("Asha Rao, Staff Writer, and Ravi Menon, Special Correspondent" is Asha Rao and Ravi Menon; it was Asha Rao alone).
 */
function withoutRoles(a: string): string {
  const m = ROLE_AFTER_NAME.exec(a);
  if (!m) return a;
  const name = a.slice(0, m.index).trim();
  const next = NEXT_WRITER.exec(m[1]!);
  const writer = next ? withoutPlace(withoutRoles(next[2]!.trim())) : null;
  return writer && !JOB_WORD.test(writer) && /\p{L}\S*\s+\S*\p{L}/u.test(writer) ? `${name} ${next![1]} ${writer}` : name;
}

/** A job title alone: "Staff Writer", "Senior Correspondent" (ROLE_AFTER_NAME's words, no separator before them). */
const ROLE_ALONE = new RegExp(`^${ROLE}$`, 'i');

/**
 * A name in capitals with its job title after it in the case of words and no separator, as Naviga's and BLOX's bylines run
 * them ("MARIA LOPEZ Staff Writer"): the name, the words before the first word that has a small letter, when all after it are a
 * job title. "Jane Doe Staff Writer" cannot be told apart ("Jane Doe Staff" may be a name) and stays for the rules below.
 */
function withoutRoleAfterCapitals(a: string): string {
  const words = a.split(/\s+/);
  const first = words.findIndex((w) => /\p{Ll}/u.test(w));
  if (first < 1 || !words.slice(0, first).some((w) => /\p{Lu}{2}/u.test(w))) return a;
  // A paper's initials before the job are a desk's credit, the desk's name ("DC Correspondent", "HT Correspondent", "TOI Staff
  // Writer"): the initials alone named no one, where the forty-eighth round's rule left "DC".
  if (first === 1 && SERVICE_INITIALS.test(words[0]!)) return a;
  return ROLE_ALONE.test(words.slice(first).join(' ')) ? words.slice(0, first).join(' ') : a;
}

/** A publication stamp after a byline: "| Updated: Nov 26, 2026 14:05 IST", ", Published on 26/11/2026", "- Last updated at 2:05 PM". */
const STAMP_AFTER_NAME = /\s*[,|–—-]?\s*\b(?:(?:last\s+)?updated|published|posted|first published)(?:\s+(?:on|at))?\s*:?\s*(?=[^\n]*\d)[^\n]*$/i;

/**
 * Where a date after a byline may begin: after a bar, a comma or a dash ("PTI | November 27, 2026 10:05 IST", "Ravi Menon, 27
 * November 2026"), or after a space when it opens on a figure ("Asha Rao 27 Nov 2026"). What follows holds a figure.
 */
const STAMP_START = /\s*(?:[|,–—]|\s-)\s*(?=[^|]*\d)|\s+(?=\d)/g;
/** A date opens on a figure or a month's or weekday's name: "Rao 27 Nov 2026", which the date reader takes, is a name's end. */
const DATE_OPENING = /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?[\s,])/iu;

/** The byline without a publication stamp that no word introduces ("PTI | November 27, 2026 10:05 IST"): a date, not a name. */
function withoutBareStamp(a: string): string {
  for (const m of a.matchAll(STAMP_START)) {
    const tail = a.slice(m.index + m[0].length);
    if (m.index > 0 && /\p{L}/u.test(a.slice(0, m.index)) && DATE_OPENING.test(tail) && parseFeedDate(tail) !== null) return a.slice(0, m.index).trim();
  }
  return a;
}

/** An editor's credit after the writer's: "Written by Ananya Das | Edited by Rahul Roy". */
const EDITOR_AFTER_NAME = /\s*[|;,]\s*(?:edited|compiled|curated|produced|designed|translated) by\b.*$/i;
/**
 * A place after a byline's name: "Ananya Das, Mumbai", "| Mumbai", "/ Mumbai", "(Mumbai)", and the Guardian's "in Mumbai"
 * or "in Stanstead, Quebec" (its last part decides). The name is before it.
 */
const PLACE_AFTER_NAME = /^(\S.{1,80}?)(?:\s*[,|/]\s*|\s*\(\s*)(\p{L}[\p{L}\p{M} .'’-]{1,40}?)\s*\)?$/u;
const PLACE_IN_AFTER_NAME = /^(\S.{1,80}?)\s+in\s+((?:\p{L}[\p{L}\p{M} .'’-]{1,40}?,\s*)?\p{L}[\p{L}\p{M} .'’-]{1,40}?)$/u;

/**
 * The byline without the place it was filed from, when the gazetteer knows that place (or a country): "Rahul Roy, Delhi" is
 * Rahul Roy. A name of one word keeps its place: "Desk (Delhi)" is that desk's name, "Desk" none.
 */
/** A news service's initials: "PNS", "TNN", "ENS", "HTC". */
const SERVICE_INITIALS = /^\p{Lu}{2,5}$/u;

function withoutPlace(a: string): string {
  const m = PLACE_IN_AFTER_NAME.exec(a) ?? PLACE_AFTER_NAME.exec(a);
  if (!m) return a;
  const place = m[2]!.split(',').at(-1)!.trim();
  if (!isKnownPlace(place) && !isKnownRegion(place)) return a;
  // A place and its state, "ANI | Mumbai (Maharashtra)" as client sites print agency copy: both go. An agency's or a
  // news service's initials are a name of one word ("PTI | New Delhi", the Pioneer's "PNS | Cuttack").
  const name = withoutPlace(m[1]!.trim());
  return /\p{L}\S*\s+\S*\p{L}/u.test(name) || agencyNamed(name) || SERVICE_INITIALS.test(name) ? name : a;
}

/**
 * withoutPlace, and where a joint byline names each writer's place ("Asha Rao in Washington and Ravi Menon in Delhi"), each
 * writer's: every one a name of two words or more ("… in Trinidad and Tobago" is one place).
 */
function withoutPlaces(a: string): string {
  const whole = withoutPlace(a);
  if (whole !== a || !/\s(?:and|&)\s/.test(a)) return whole;
  const parts = a.split(/\s+(and|&)\s+/);
  const named = parts.map((part, i) => (i % 2 ? part : withoutPlace(part)));
  return named.every((part, i) => i % 2 === 1 || /\p{L}\S*\s+\S*\p{L}/u.test(part)) ? named.join(' ') : a;
}

/** A feed's writers recur down it: each byline is cleaned (some twenty regular expressions) once a document. */
const bylineName = perDocument(cleanAuthor);

function cleanAuthor(raw: string | undefined): string | null {
  if (!raw) return null;
  // A line break in a byline parts the name from what follows ("Ananya Das<br>Senior Correspondent"), as a comma does.
  let a = cleanTitle(raw.includes('<') ? raw.replace(/<br\s*\/?>/gi, ', ') : raw);
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(a);
  // Flickr quotes the name after its no-reply address: nobody@flickr.com ("Asha Rao").
  if (named) a = named[1]!.replace(/^"(.+)"$/, '$1');
  // "Jane Doe (jane@example.org)", the other way round, as some CMSs write RSS's author.
  const addressed = a.endsWith(')') ? /^(.+?)\s*\(\S+@\S+\)$/.exec(a) : null;
  if (addressed) a = addressed[1]!;
  // "By Jane Doe", "By: Jane Doe", "Written by Jane Doe", "Posted by Jane Doe": the name only.
  a = a.replace(/^(?:(?:written|posted|reported|edited|authored|compiled) )?by\s*:?\s+/i, '').trim();
  // "By JANE ROE jroe@harbourtimes.com", "Jane Roe | jane@example.org": BLOX and other newspaper CMSs print the writer's
  // address after the name. The name is the byline; an address alone stays for the test below that drops it.
  if (a.includes('@')) a = a.replace(ADDRESS_AFTER_NAME, '').trim();
  // The role Chinese, Korean and Japanese bylines name with the writer: "记者 李明", "本报记者王芳", "文/张伟" before it,
  // "김민수 기자", "홍길동 특파원", "山田太郎 記者" after it. The name is the byline.
  if (/[\p{Script=Han}\p{Script=Hangul}]/u.test(a)) a = a.replace(CJK_ROLE_BEFORE, '').replace(CJK_ROLE_AFTER, '').trim() || a;
  // Reddit's feeds name the poster "/u/name": the name is the user's, the path Reddit's. A handle is the name Reddit shows,
  // underscores and digits and all ("some_user"), not a CMS login; "[deleted]" is an account that is gone: no one.
  if (a.startsWith('/u/') && REDDIT_USER.test(a)) return a.slice(3);
  if (a === '/u/[deleted]') return null;
  // Lemmy, kbin, Discourse and Mastodon bridges put the poster's profile page where the name goes: its path names them,
  // by the handle they go by there, as Reddit's "/u/" does ("some_user" is a person on a site of people's accounts).
  const profile = a.startsWith('http') ? PROFILE_URL.exec(a) : null;
  if (profile) return NO_NAME.test(profile[1]!) ? null : profile[1]!;
  // "Jane Doe | Staff Writer", "Jane Doe, Special Correspondent", "Jane Doe - Senior Reporter": the name, not the job.
  if (/[,|–—-]\s*\S/.test(a)) a = withoutRoles(a);
  if (/[)\]]$/.test(a)) a = a.replace(ROLE_IN_BRACKETS, '').trim() || a;
  if (/\p{Lu}{2}\S*\s+\p{Lu}\p{Ll}/u.test(a)) a = withoutRoleAfterCapitals(a);
  if (/[|;,]/.test(a) && / by\b/i.test(a)) a = a.replace(EDITOR_AFTER_NAME, '').trim();
  // "Jane Doe | Updated: Nov 26, 2026 14:05 IST", as Indian sites' templates fill dc:creator: the name, not the stamp (first, so
  // that a place before it is read as one: "IANS | New Delhi | November 27, 2026 10:05 IST").
  if (/\d/.test(a)) a = withoutBareStamp(a.replace(STAMP_AFTER_NAME, '').trim());
  if (/[,|/(]| in /.test(a)) a = withoutPlaces(a);
  // Templates print an empty field as "null", "undefined" or "N/A"; Blogger writes "Unknown" for an author whose profile is
  // hidden, WordPress "admin" for its first account, and some feeds a login or the author's profile page: no name is better.
  if (!a || /^\S+@\S+$/.test(a) || NO_NAME.test(a) || isLogin(a) || /^https?:\/\/\S+$/i.test(a)) return null;
  // A desk's account, "webdesk", "web_desk", "WebDesk": the desk's credit, as a page prints it ("Web Desk").
  const desk = DESK_LOGIN.exec(a);
  if (desk) return `${desk[1]![0]!.toUpperCase()}${desk[1]!.slice(1).toLowerCase()} Desk`;
  // A name in capitals reads as it is spelt ("RAJESH KUMAR", a first name alone: "RAVI"); an organisation's initials stay ("OCHA", "UNHCR", "WHO").
  if (!/\p{Ll}/u.test(a) && /\p{Lu}{3}/u.test(a) && !isInitials(a)) a = nameCased(a);
  return a.length > AUTHOR_MAX ? `${a.slice(0, AUTHOR_MAX - 1)}…` : a;
}

/**
 * What a CMS prints where no one is named: Blogger's "Unknown", a template's empty field, and the account that posted the story,
 * WordPress's "admin" and its kin ("wpadmin", "Site Admin", "Super Admin"), Joomla's first account ("Super User", which its RSS
 * writes as `<author>webmaster@site (Super User)</author>` under every article the installer's account posted), a role ("editor", "contributor", "author"), "root", "user",
 * "test", "guest", NIC's S3WaaS platform's account on India's government sites ("s3waas"), the feed generator RSS-Bridge,
 * which names itself as every Atom feed's author ("since we can't guarantee that all items have an author"), and the Japanese, Chinese and Korean blog hosts' "管理人", "管理员", "관리자" (the site's keeper): no one a reader knows. A desk's credit ("Web Desk", "Staff Reporter", "Our Correspondent") names the desk, and stays.
 */
const NO_NAME = /^(?:unknown|anonymous|(?:(?:wp|web|site|sys|super|cms)[\s_.-]?)?admin(?:istrator)?|webmaster|postmaster|root|(?:super[\s_.-]?)?users?|test(?:er)?|demo|guest|author|editor|contributor|publisher|moderator|null|undefined|none|n\/a|-+|s3waas|rss-bridge|管理人|管理者|管理员|관리자)$/i;
/** A desk's login or credit however cased: "webdesk", "news_desk", "OnlineDesk", "web desk". */
const DESK_LOGIN = /^(web|news|online|digital|city|sports?|business|national|world|metro|english|bureau)[\s_-]?desk$/i;
/**
 * The words a CMS account is made of: a role, the site's web or news side, a test or the system. An account named from
 * them ("news_admin", "editor1", "kseb_web", "user123") is a login; a handle made of other words ("kamakura_walk",
 * "ritu_k", "net_tinkerer", "ritu88") is what its owner goes by on Hatena, Discourse or Lemmy, and names them.
 */
const ACCOUNT_WORDS = new Set(['admin', 'administrator', 'wpadmin', 'webadmin', 'sysadmin', 'editor', 'editors', 'user', 'users', 'author', 'authors', 'contributor', 'publisher', 'moderator', 'mod', 'staff', 'web', 'www', 'site', 'news', 'desk', 'cms', 'wp', 'sys', 'root', 'test', 'tester', 'demo', 'guest', 'webmaster', 'master', 'content', 'team', 'post', 'poster', 'press', 'info', 'office', 'online', 'digital', 'media', 'reporter', 'writer', 'manager', 'support', 'account', 'default', 'feed', 'rss', 'api', 'bot', 'system']);
/**
 * A login rather than a name: one word with digits or underscores whose parts include an account's word (ACCOUNT_WORDS),
 * or words in lower case joined by dots ("john.doe"), not a site's address ("bdnews24.com").
 */
function isLogin(a: string): boolean {
  if (/\s/.test(a) || DESK_LOGIN.test(a)) return false;
  if (/^\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)+$|^\p{L}+\d+$/u.test(a)) return a.toLowerCase().split(/_|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/u).some((part) => ACCOUNT_WORDS.has(part));
  return /^[a-z]+(?:\.[a-z]+)+$/.test(a) && !/\.(?:com|net|org|in|co|news|info|bd|pk|np|lk)$/.test(a);
}

/**
 * One word of capitals that is an organisation's initials, not a first name in capitals: three letters ("WHO", "FAO"), a word of
 * CAPITALS_KEPT ("OCHA", "NATO"), or one no name is spelt like: no vowel, three consonants running ("UNHCR", "UNDP"), two
 * different vowels together ("IAEA"). "RAVI", "ASHA", "MEERA", "PRIYA" are names (Indian CMSs print a byline in capitals).
 */
function isInitials(a: string): boolean {
  if (!/^\p{Lu}{3,5}$/u.test(a)) return false;
  // Vowels with marks are vowels ("ÖZIL"); two vowels between consonants are a name's ("ZAID", "SAIF", "JOEL"), not initials.
  const b = unmarked(a);
  return a.length === 3 || CAPITALS_KEPT.has(a) || !/[AEIOU]/.test(b) || /[^AEIOUY]{3}/.test(b) || (/([AEIOU])(?!\1)[AEIOU]/.test(b) && !/^[^AEIOU][AEIOU]{2}[^AEIOU]$/.test(b));
}

/** A word's letters without their marks: "ÖZTÜRK" → "OZTURK". */
function unmarked(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Agencies, outlets and desks a byline names in capitals, as they are written: "PTI", "IANS", "AP"; and bodies whose initials
 * read as a word ("OCHA", "NATO", "ISRO"). A word of two
 * letters or without a vowel is initials ("AK", "JK"), and stays so too.
 */
const CAPITALS_KEPT = new Set(['PTI', 'IANS', 'ANI', 'UNI', 'AFP', 'AAP', 'DPA', 'EFE', 'ANSA', 'UPI', 'TASS', 'BBC', 'CNN', 'NDTV', 'BSS', 'APP', 'NNI', 'KNA', 'WAM', 'SPA', 'IRNA', 'PIB', 'TNN', 'HT', 'IE', 'TOI', 'ABC', 'NBC', 'CBS', 'NPR', 'PBS', 'AP', 'USA', 'UK', 'US', 'II', 'III', 'IV', 'JR', 'SR', 'OCHA', 'NATO', 'NASA', 'ISRO', 'SEBI', 'OPEC', 'UNEP', 'UNIDO', 'WIPO', 'FEMA', 'SAARC', 'ASEAN']);
/**
 * Words of a name in capitals that read as initials and are not: a title's abbreviation with its full stop ("DR.", "MD.", "CH.",
 * "SMT.", "JR."), "LT" before a rank ("LT GEN"), Arabic's "AL" and "EL" standing apart, and Chinese surnames of two letters
 * ("LI WEI", "WU HAO"; "MA", an Indian byline's initials as often, stays).
 */
const NOT_INITIALS = /^(?:(?:DR|MR|MRS|MS|MD|CH|LT|SMT|SGT|SH|JR|SR|ST|FR)\.|AL|EL|LI|WU|XU|HU|HE|YU|LU|DU|GU|QU|YE)$/u;
const RANK_AFTER_LT = /^(?:GEN|COL|CDR|CMDR|CMDE|GOV)\b/;

/** Words of a name that stay lower case after its first word: "Ana de Souza", "Kees van der Berg", "Rajesh Kumar and Asha Rao". */
const LOWER_IN_NAME = new Set(['and', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'bint']);

/**
 * A byline written all in capitals ("By RAJESH KUMAR", as Indian and wire CMSs print it): the name as it is spelt,
 * "Rajesh Kumar", with "Mc" and "O'" names ("Sean McCarthy", "Mary O'Brien") and hyphenated ones ("Jean-Pierre")
 * cased in their parts. Only a word of three letters or more that is not initials or an agency decides: "PTI" and
 * "AP Staff"'s "AP" stay.
 */
function nameCased(name: string): string {
  const words = name.split(/(\s+)/);
  const cased = (w: string, i: number) => NOT_INITIALS.test(w.replace(/[,;:]+$/, '')) || (w === 'LT' && RANK_AFTER_LT.test(words[i + 2] ?? ''));
  const kept = (w: string, i: number) => !cased(w, i) && (CAPITALS_KEPT.has(w.replace(/[^\p{L}]/gu, '')) || /^\p{Lu}{1,2}\.?$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w) || !/[AEIOUY]/.test(unmarked(w)));
  if (words.every((w, i) => !/\p{L}/u.test(w) || kept(w, i))) return name;
  let first = true;
  // The last word is a surname, whatever else it may be: "ANANYA DAS" is Ananya Das, not "Ananya das".
  const last = words.findLastIndex((w) => /\p{L}/u.test(w));
  return words
    .map((w, i) => {
      if (!/\p{L}/u.test(w)) return w;
      const lower = w.toLowerCase();
      const particle = LOWER_IN_NAME.has(lower) && i !== last;
      const out = particle && !first ? lower : kept(w, i) && !particle ? w : lower.replace(/(^|[-'’ʼ([])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/^(Mc)(\p{L})/u, (_m, mc: string, c: string) => mc + c.toUpperCase());
      first = false;
      return out;
    })
    .join('');
}

function summarise(paragraphs: string[]): string {
  return shortened(paragraphs[0] ?? '', SUMMARY_MAX);
}

function shortened(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 3).replace(/\s+\S*$/, '')}…` : s;
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}

/**
 * What a CMS writes for a post saved without a title: "(no title)" (Blogger), "Untitled" (Tumblr, Squarespace,
 * WordPress drafts), Tumblr's name of the post's kind ("Photo", "Video", "Quote", "Link", "Chat", "Audio") for a post
 * without one, the post's own address (Tumblr and Mastodon bridges, link blogs), or a template's empty field
 * printed as "null" or "undefined", and OStatus's "New note by asha" (GNU social, Pleroma, Mastodon's old Atom). Such a post is headed as one
 * without a title is, when it has text to head it with.
 */
const PLACEHOLDER_TITLE = /^(?:[([]?\s*(?:no title|untitled(?: (?:post|entry|item|story))?|sin título|sans titre|ohne titel|senza titolo|sem título)\s*[)\]]?|https?:\/\/\S+|null|undefined|photo|video|audio|quote|link|chat|new (?:note|status|comment) by \S+)$/i;

/**
 * A release titled by its number alone, as the ISPR and other press offices file them: "No PR-214/2026-ISPR",
 * "PR No. 123/2026", "Press Release No. 45/2026". It says which release, not what it says.
 */
const RELEASE_NUMBER = /^(?:press release\s*)?(?=no\b|pr\b)(?:no\.?\s*)?(?:pr[-\s]?)?(?:no\.?\s*)?\d{1,5}\/\d{2,4}(?:[-/][a-z]{2,8})?$/i;

/**
 * Misskey's title for every note in a user's feed, "New note by <their display name>" (several words: "New note by Desk Wire"), the
 * channel titled by the same name ("Desk Wire (@deskwire@misskey.example)"). A headline naming someone else ("New note by Beethoven
 * found", in a music desk's feed) is one.
 */
const POSTER_TITLE = /^New (?:note|post|status) by (\S.{0,59})$/;

function isPosterTitle(headline: string, feedTitle: string | null | undefined): boolean {
  const name = POSTER_TITLE.exec(headline)?.[1];
  return !!name && !!feedTitle && (feedTitle === name || feedTitle.startsWith(`${name} (`));
}

function isPlaceholderTitle(headline: string): boolean {
  return headline.length > 0 && headline.length <= 300 && (PLACEHOLDER_TITLE.test(headline) || RELEASE_NUMBER.test(headline));
}

/** A first sentence longer than this is no headline: the first words stand for it. */
const SENTENCE_TITLE_MAX = 160;
/** A sentence's end: ".", "!", "?", Devanagari's danda, CJK's full stop, before the next sentence or the end of the paragraph. */
const SENTENCE_END = /[.!?।。](?=["'”’)]?(?:\s+["'“‘(]?[\p{Lu}\p{N}]|\s*$))|[।。](?=\s*\S)/gu;
/** Words a full stop ends that do not end a sentence: titles, initials, "U.S.", "No. 10", months, "vs.". */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Rev|Hon|Maj|Brig|Supt|Insp|No|Nos|Vol|Art|Sec|Inc|Ltd|Co|Corp|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Shri|Smt|Km|Rs)$/u;

/**
 * The headline of an item that has none (a Mastodon or Telegram post, a press office's untitled notice, a Blogger
 * post saved without a title): its first sentence, when that is short enough to be one, else its first words.
 * Before, the first twelve words were cut mid-sentence ("… the metro line opens on Monday and…") even when the first
 * sentence was the headline.
 */
function untitled(paragraphs: string[]): string {
  const first = withoutTrailingHashtags(paragraphs[0] ?? '');
  if (first.length <= SENTENCE_TITLE_MAX && !/[.!?।。]\s+\S/u.test(first)) {
    // One sentence, or a line short enough to stand whole; a long run-on line is cut to its first words.
    if (/[.!?।。]["'”’)]?$/u.test(first)) return first.replace(/\.$/, '');
    return first.length <= SENTENCE_TITLE_MAX / 2 ? first : firstWords(first);
  }
  for (const m of first.slice(0, SENTENCE_TITLE_MAX + 1).matchAll(SENTENCE_END)) {
    const sentence = first.slice(0, m.index + 1);
    if (m[0] === '.' && ABBREVIATION.test(sentence.slice(0, -1))) continue;
    // Fewer than three words is a label or a greeting ("Update.", "Hi all!"), not the news.
    if (sentence.split(/\s+/).length >= 3) return sentence.replace(/\.$/, '');
  }
  return firstWords(first);
}

/** A post's hashtags after its words ("Night sailings resume on Monday. #ferries #harbour") are tags, no part of a headline. */
function withoutTrailingHashtags(line: string): string {
  return line.replace(/(?:\s+#[\p{L}\p{N}_]+)+$/u, '') || line;
}

function hash(s: string): string {
  return digest('sha1', s);
}
