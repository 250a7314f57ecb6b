import { createRequire } from 'node:module';
import { decodeHTMLStrict } from 'entities';
import Parser from 'rss-parser';
import { parseJsonFeed } from './jsonfeed.js';
import { FeedParseError, type FeedEntry, type FeedFormat, type ParsedFeed } from './entries.js';
import { withoutDoctype, type WithoutDoctype } from './doctype.js';
import { repairXml } from './lenient-xml.js';
import { cleanTitle, looksLikeHtml, withTagWordsAsText } from './html-text.js';
import { absoluteUrl, siteUrl } from './links.js';
import { isMarkdownType, markdownToHtml } from './markdown.js';
import { withUsualPrefixes } from './namespaces.js';
import { escapeHtml } from '../html.js';

export { FeedParseError, type FeedEntry, type FeedFormat, type ParsedFeed };

/**
 * Any feed document → one shape: RSS 0.9x/1.0 (RDF)/2.0 and Atom 1.0 through
 * rss-parser, JSON Feed 1.0/1.1 mapped by hand. Values stay raw here (HTML,
 * relative links, date strings); normalise.ts turns an entry into a story.
 */

type Raw = Record<string, unknown>;
type RawItem = Raw & { _entry?: Raw; _rss?: Raw };

const FEED_ROOTS = new Set(['rss', 'rdf:RDF', 'RDF', 'feed']);

interface XmlParser {
  parseString(xml: string, done: (error: unknown, result: unknown) => void): void;
}

interface RssParserInternals {
  options: { xml2js?: object };
  xmlParser: XmlParser;
  parseString(xml: string): Promise<Raw & { items: RawItem[] }>;
  buildRSS2(xmlObj: { rss: Raw }): Raw;
  buildRSS0_9(xmlObj: { rss: Raw }): Raw;
  buildRSS1(xmlObj: Raw): Raw;
  buildAtomFeed(xmlObj: { feed: Raw }): Raw;
  parseItemAtom(entry: Raw): RawItem;
  parseItemRss(xmlItem: Raw, itemFields: unknown): RawItem;
}
const RssParser = Parser as unknown as new (options: object) => RssParserInternals;
/** rss-parser's own reading of a <description> or Atom <content> (its text, or its markup written back out). */
const { getContent } = createRequire(import.meta.url)('rss-parser/lib/utils.js') as { getContent(content: unknown): unknown };

/** A field list as rss-parser's item fields are, but making no snippet (see WireParser.parseItemRss). */
type ItemField = string | [string, string, { includeSnippet?: boolean; keepArray?: boolean }?];
let snippetless: { from: unknown; to: ItemField[] } | null = null;
function withoutSnippets(itemFields: unknown): ItemField[] {
  // rss-parser hands every item of a feed the same list: worked out once a feed.
  if (snippetless && snippetless.from === itemFields) return snippetless.to;
  const to = (itemFields as ItemField[]).map((f): ItemField => (Array.isArray(f) && f[2]?.includeSnippet ? [f[0], f[1], { ...f[2], includeSnippet: false }] : f));
  snippetless = { from: itemFields, to };
  return to;
}

/** rss-parser with the hooks it lacks: xml:base, every Atom link, dates that do not throw. */
class WireParser extends RssParser {
  // rss-parser keeps one xml2js parser for every document, and after a document with junk past its
  // root that parser swallows the next one's error: a broken feed would read differently depending on
  // the feed polled before it. A fresh parser per document (xml2js parses a string synchronously, so
  // no other document can start in between).
  override parseString(xml: string): Promise<Raw & { items: RawItem[] }> {
    const Xml2js = this.xmlParser.constructor as new (options?: object) => XmlParser;
    this.xmlParser = new Xml2js(this.options.xml2js);
    return super.parseString(xml);
  }

  // An <rss> or <rdf:RDF> without a channel is an empty feed, not a crash.
  // xml:base on <rss> or <channel> counts for RSS too, as feedparser reads it.
  // The channel's author (channelAuthors) stands for an item's that names none, as Atom's feed <author> does.
  override buildRSS2(xmlObj: { rss: Raw }): Raw {
    return xmlObj.rss?.channel
      ? { ...super.buildRSS2(withItemsInChannel(xmlObj)), base: attr(xmlObj.rss, 'xml:base') ?? attr(xmlObj.rss.channel, 'xml:base'), authors: channelAuthors(first(xmlObj.rss.channel)), self: selfLink(first(xmlObj.rss.channel)), newFeedUrl: newFeedUrl(first(xmlObj.rss.channel)), showImage: showImage(first(xmlObj.rss.channel)) }
      : { items: [] };
  }

  override buildRSS0_9(xmlObj: { rss: Raw }): Raw {
    return xmlObj.rss?.channel
      ? { ...super.buildRSS0_9(withItemsInChannel(xmlObj)), base: attr(xmlObj.rss, 'xml:base') ?? attr(xmlObj.rss.channel, 'xml:base'), authors: channelAuthors(first(xmlObj.rss.channel)) }
      : { items: [] };
  }

  // RSS 1.0 puts items beside the channel; hand-made feeds (and 2.0 habits) put them inside it, where rss-parser
  // did not look: such a feed read as empty.
  override buildRSS1(xmlObj: Raw): Raw {
    const rdf = xmlObj['rdf:RDF'] as Raw | undefined;
    if (!rdf?.channel) return { items: [] };
    const inside = (first(rdf.channel) as Raw | undefined)?.item;
    const withItems = Array.isArray(inside) && inside.length ? { ...xmlObj, 'rdf:RDF': { ...rdf, item: [...(Array.isArray(rdf.item) ? rdf.item : []), ...inside] } } : xmlObj;
    return { ...super.buildRSS1(withItems), base: attr(rdf, 'xml:base'), authors: channelAuthors(first(rdf.channel)) };
  }

  override buildAtomFeed(xmlObj: { feed: Raw }): Raw {
    const feed = super.buildAtomFeed(xmlObj);
    feed.base = attr(xmlObj.feed, 'xml:base');
    // Some generators name the language only in Dublin Core, as RSS feeds do.
    feed.language = attr(xmlObj.feed, 'xml:lang') ?? text(xmlObj.feed['dc:language']);
    // The feed's <author> is every entry's that names none (RFC 4287 §4.2.1).
    feed.authors = atomAuthors(xmlObj.feed.author);
    return feed;
  }

  // The raw item is kept, as for Atom, for what rss-parser does not read (atom:link, itunes:*, media:description).
  // rss-parser also makes a plain-text snippet of every item's <description> and <content:encoded> (two regexes over
  // the whole HTML and an entity decoding), which nothing here reads: the description is read past it as rss-parser
  // reads it, and content:encoded's field asks for none.
  override parseItemRss(xmlItem: Raw, itemFields: unknown): RawItem {
    const canonical = withCanonicalNames(xmlItem);
    const { description, ...rest } = canonical;
    const item = super.parseItemRss(description === undefined ? canonical : rest, withoutSnippets(itemFields));
    if (description) item.content = getContent((description as unknown[])[0]);
    item._rss = canonical;
    return item;
  }

  override parseItemAtom(entry: Raw): RawItem {
    // rss-parser calls new Date(published).toISOString(), which throws on a bad date and loses the
    // whole feed; and it reads link attributes without checking they exist. Hand it a safe copy.
    const safe: Raw = { ...entry };
    delete safe.published;
    delete safe.updated;
    // Its content is read past rss-parser, which would also make a snippet of it that nothing reads (see parseItemRss).
    delete safe.content;
    if (Array.isArray(entry.link)) safe.link = (entry.link as unknown[]).filter((l) => attrs(l)?.href);
    const item = super.parseItemAtom(safe);
    const content = entry.content as unknown[] | undefined;
    if (content && content.length) item.content = getContent(content[0]);
    item._entry = entry;
    return item;
  }
}

/**
 * Who writes the channel: <managingEditor> ("desk@x.com (News Desk)"), <dc:creator>, <itunes:author>. An item
 * without an author of its own is theirs; normalise's cleanAuthor keeps only a name (an address alone is none).
 */
function channelAuthors(channel: unknown): string[] {
  const ch = channel && typeof channel === 'object' ? (channel as Raw) : {};
  return compact([text(ch.managingEditor), personName(ch['dc:creator']), text(ch['itunes:author'])]);
}

/**
 * Items written after </channel>, straight under <rss> (as RSS 0.90 and 1.0
 * place them, and some hand-made 2.0 feeds copy), inside a made-up <items>
 * wrapper in the channel, or in a second <channel>, are the channel's items:
 * rss-parser looked only for <item> directly inside the first <channel> and
 * read such a feed as empty, or as its first list only.
 */
/** The feed's own address as its channel names it (<atom:link rel="self">, .NET's a10:link). */
function selfLink(channel: unknown): string | null {
  const ch = channel && typeof channel === 'object' ? (channel as Raw) : {};
  for (const name of ['atom:link', 'a10:link', 'atom10:link']) {
    const self = (Array.isArray(ch[name]) ? (ch[name] as unknown[]) : []).map((l) => attrs(l) ?? {}).find((l) => l.rel === 'self' && l.href);
    if (self) return self.href!;
  }
  return null;
}

/**
 * Where a podcast says it has moved (Apple's `itunes:new-feed-url`): an absolute http(s) URL, else nothing. A relative
 * or other address is no instruction a reader could follow. (`atom:link rel="self"` names no move: feeds copied to a
 * mirror or a proxy keep their origin's self link.)
 */
function newFeedUrl(channel: unknown): string | null {
  const ch = channel && typeof channel === 'object' ? (channel as Raw) : {};
  const url = text(ch['itunes:new-feed-url']);
  return url && /^https?:\/\/[^/\s]/i.test(url) && URL.canParse(url) ? url : null;
}

/** A podcast's own artwork: the channel's itunes:image, else its <image><url>. */
function showImage(channel: unknown): string | null {
  const ch = channel && typeof channel === 'object' ? (channel as Raw) : {};
  return attr(ch['itunes:image'], 'href') ?? text((first(ch.image) as Raw | undefined)?.url);
}

function withItemsInChannel(xmlObj: { rss: Raw }): { rss: Raw } {
  const channel = (first(xmlObj.rss.channel) ?? {}) as Raw;
  // A generator that wrote a second <channel> (two lists concatenated): its items are the feed's too.
  const channels = Array.isArray(xmlObj.rss.channel) ? (xmlObj.rss.channel as unknown[]) : [];
  const later = channels.slice(1).flatMap((c) => (c && typeof c === 'object' && Array.isArray((c as Raw).item) ? ((c as Raw).item as unknown[]) : []));
  const outside = [...later, ...(Array.isArray(xmlObj.rss.item) ? xmlObj.rss.item : [])];
  // Some CMSs wrap the items in a made-up <items> element inside the channel.
  const wrapped = Array.isArray(channel.items) ? channel.items.flatMap((w) => (w && typeof w === 'object' && Array.isArray((w as Raw).item) ? ((w as Raw).item as unknown[]) : [])) : [];
  if (outside.length === 0 && wrapped.length === 0) return xmlObj;
  const inside = Array.isArray(channel.item) ? channel.item : [];
  return { rss: { ...xmlObj.rss, channel: [{ ...channel, item: [...inside, ...wrapped, ...outside] }] } };
}

const rss = new WireParser({
  defaultRSS: 2,
  customFields: {
    // The channel's dc:date (RSS 1.0's only date for it) states the clock the feed's zoneless dates keep (feedClock).
    feed: [['sy:updatePeriod', 'syUpdatePeriod'], ['sy:updateFrequency', 'syUpdateFrequency'], ['dc:date', 'dcDate']],
    item: [
      ['media:content', 'mediaContent', { keepArray: true }],
      ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
      ['media:group', 'mediaGroup', { keepArray: true }],
      ['feedburner:origLink', 'origLink'],
      ['dc:date', 'dcDate'],
      // Dates RSS generators put where pubDate belongs: Atom's (WordPress plugins; .NET's SyndicationFeed writes a10:) and Dublin Core terms.
      ['atom:updated', 'atomUpdated'],
      ['a10:updated', 'a10Updated'],
      ['dcterms:created', 'dctermsCreated'],
      ['dcterms:modified', 'dctermsModified'],
      ['itunes:image', 'itunesImage'],
      ['image', 'imageElement'],
    ],
  },
});

export async function parseFeed(text: string, contentType?: string | null): Promise<ParsedFeed> {
  return withoutErrorItem(await readFeed(text, contentType));
}

/**
 * A headline that is a server's error, not news: "Feed not found", "Error", "404 Not Found", "No items found", "Invalid feed". "Error",
 * "Not found" or "404" opens an error when it is all, or a colon, a bracket, a dash between spaces, a status code or an error's word
 * follows it ("Error: …", "Error 500", "404 - Not Found", "Error loading feed"); a headline opening with the word is news ("404 migrants
 * rescued off Libya", "Error-strewn India lose to Australia", "Error in exam paper: board orders re-test"), and a feed of that one item
 * lost it and failed.
 */
const ERROR_HEADLINE = /^(?:(?:error|not found|404)(?=[.!]?$|\s*[:(]|\s+[-–—|]\s|\s+\d{3}\b|\s+(?:not found|error|page|loading|fetching|reading|retrieving|processing|occurred)\b).{0,60}|(?:the )?(?:requested )?(?:rss |news )?(?:feed|channel|category|page|url|resource|file) (?:was |could )?not (?:be )?found|no (?:items|entries|results|stories|articles|posts) (?:were )?found|invalid (?:feed|url|request|category|channel)(?: requested)?)[.!]?$/i;

/**
 * A feed template that could not find what it was asked for prints its error as the feed's only item ("Feed not found", with
 * no link): that is the server's error, said as such, not a story. An item with a link of its own stays a story.
 */
function withoutErrorItem(parsed: ParsedFeed): ParsedFeed {
  const [only] = parsed.entries;
  if (parsed.entries.length !== 1 || !only || only.link || only.pages?.length || !ERROR_HEADLINE.test(cleanTitle(only.title))) return parsed;
  const said = [cleanTitle(only.title), cleanTitle(only.summary ?? only.content)].filter(Boolean).join(': ');
  throw new FeedParseError(`not a feed: the feed’s only item is an error: "${said.length > 160 ? `${said.slice(0, 159)}…` : said}"`);
}

async function readFeed(text: string, contentType?: string | null): Promise<ParsedFeed> {
  const body = text.replace(/^[\s\uFEFF]+/, '');
  if (!body) throw new FeedParseError('not a feed: the document is empty');
  // The body decides; servers label feeds wrongly both ways.
  if (body.startsWith('{') || body.startsWith('[') || (!body.startsWith('<') && /json/i.test(contentType ?? ''))) return parseJsonFeed(body);
  if (!body.startsWith('<')) {
    // A PHP notice printed as text before the feed: read the feed after it.
    const start = body.slice(0, 4096).search(/<(?:\?xml|rss|feed|rdf:RDF)[\s>]/);
    if (start < 0) throw new FeedParseError(isBinary(body) ? 'not a feed: the document is binary data, not text (a picture, an archive or a file of another kind)' : `not a feed: the document does not start with XML or JSON ("${preview(body)}")`);
    const parsed = await readFeed(body.slice(start), contentType);
    return { ...parsed, warning: [`ignored text before the feed ("${preview(body.slice(0, start).trim())}")`, parsed.warning].filter(Boolean).join('; ') };
  }
  const inPage = feedInPage(body);
  if (inPage !== null) {
    const parsed = await readFeed(inPage, contentType);
    return { ...parsed, warning: ['the feed came inside an HTML page, read from there', parsed.warning].filter(Boolean).join('; ') };
  }
  const { xml, warning: preparedWarning } = prepareXml(body);
  const single = ATOM_ENTRY_ROOT.test(xml);
  const warning = [preparedWarning, single ? 'a single Atom entry, not a feed: read as a feed of one story' : null].filter(Boolean).join('; ') || null;
  const prepared = inlineMarkupAsText(newsSitemapAsRss(single ? `<feed xmlns="${ATOM_NS}">${xml}</feed>` : xml));
  let parsed: ParsedFeed;
  try {
    parsed = fromRssParser(await rss.parseString(prepared), formatOf(prepared));
  } catch (strictError) {
    parsed = await parseLeniently(prepared, describe(strictError));
  }
  return warning ? { ...parsed, warning: [parsed.warning, warning].filter(Boolean).join('; ') } : parsed;
}

const HTML_PAGE_START = /^<(?:!doctype\s+html|html)\b/i;
const FEED_IN_PAGE = /<(rss|feed|rdf:RDF)[\s>]|&lt;(rss|feed|rdf:RDF)(?:\s|&gt;)/;
/** What a page holding only a feed says besides it: a browser's "This XML file does not appear to have any style…". */
const PAGE_WORDS_MAX = 200;

/**
 * A feed a web page holds as its whole content: a browser's saved view of it, or a CMS that prints the feed into its
 * page template (in a <pre>, as markup or escaped as text). Refused as an HTML page, it gave no stories; the feed is
 * read from inside. A page with more to say than that (a tutorial quoting an example feed) stays a page.
 */
function feedInPage(body: string): string | null {
  if (!HTML_PAGE_START.test(body)) return null;
  const m = FEED_IN_PAGE.exec(body);
  if (!m) return null;
  const name = m[1] ?? m[2]!;
  const close = m[1] ? `</${name}>` : `&lt;/${name}&gt;`;
  const end = body.lastIndexOf(close);
  if (end < m.index) return null;
  const around = `${body.slice(0, m.index)} ${body.slice(end + close.length)}`
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>|&lt;\?xml[\s\S]*?\?&gt;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (around.length > PAGE_WORDS_MAX) return null;
  const feed = body.slice(m.index, end + close.length);
  return m[1] ? feed : decodeHTMLStrict(feed);
}

/**
 * Strict XML wants the declaration first and nothing before it; after decoding
 * to text the declaration says nothing we need. The DOCTYPE goes too, its
 * plain-text entities expanded where the document uses them (withoutDoctype:
 * nothing outside the document is ever read, against XXE).
 */
function prepareXml(body: string): WithoutDoctype {
  const { xml, warning } = withoutDoctype(withoutProlog(body));
  const cased = RSS_IN_CAPITALS.test(xml) ? rssNamesCased(xml) : null;
  const notes = [warning, cased === null ? null : `element names written in capitals (<${RSS_IN_CAPITALS.exec(xml)![1]}>) read as RSS's own`];
  return { xml: withChannel(unprefixedRss1(unprefixedAtom(withUsualPrefixes(joinedSurrogates(withoutProlog(cased ?? xml)))))), warning: notes.filter(Boolean).join('; ') || null };
}

/** A root <RSS> or <Rss>: XML names are case-sensitive, so strictly no RSS at all. */
const RSS_IN_CAPITALS = /^<((?!rss\b)[Rr][Ss][Ss])[\s>]/;
/** RSS's element and attribute names that are not all lower case. */
const RSS_MIXED_CASE = new Map(['pubDate', 'lastBuildDate', 'managingEditor', 'webMaster', 'skipHours', 'skipDays', 'textInput', 'isPermaLink'].map((n) => [n.toLowerCase(), n]));
const TAG = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE_NAME = /(\s)([A-Za-z][\w.:-]*)(?=\s*=)/g;

/**
 * An RSS document written in capitals (`<RSS><CHANNEL><ITEM><TITLE>`), as SGML-era generators and hand-written pages
 * printed it: read with RSS's own names, as the Universal Feed Parser reads every element name (lower-cased). Only names
 * without a prefix are changed (a module's names, `feedburner:origLink`, keep their case), and RSS's few mixed-case
 * names get their case back (`PUBDATE` is pubDate). Only a document whose root is RSS in capitals, which strict XML
 * readers refuse, is read so.
 */
function rssNamesCased(xml: string): string {
  const cased = (name: string) => (name.includes(':') ? name : (RSS_MIXED_CASE.get(name.toLowerCase()) ?? name.toLowerCase()));
  return xml.replace(TAG, (tag, close: string | undefined, name: string | undefined, rest: string | undefined) =>
    name === undefined ? tag : `<${close}${cased(name)}${rest!.replace(ATTRIBUTE_NAME, (_m, space: string, attribute: string) => space + cased(attribute))}>`,
  );
}

/** The XML declaration and comments before the root (and, the DOCTYPE gone, what stood between it and the root). */
function withoutProlog(xml: string): string {
  return xml.replace(/^(?:\s*(?:<!--[\s\S]*?-->|<\?xml[\s\S]*?\?>))+/, '').trimStart();
}

/**
 * A character beyond the Basic Multilingual Plane (an emoji) written as two numeric references, one for each UTF-16
 * half (`&#55357;&#56832;`, `&#xD83D;&#xDE00;`), as Java's and JavaScript's escapers print it, in the XML or escaped
 * once more inside escaped HTML (`&amp;#55357;&amp;#56832;`). Each half alone is no character (strict XML refused the
 * feed, and the lenient reading, as browsers do, made each "�"): the pair is the one character it stands for.
 */
function joinedSurrogates(xml: string): string {
  if (!xml.includes('&')) return xml;
  return xml.replace(SURROGATE_PAIR, (pair, amp: string | undefined, hiHex?: string, hiDec?: string, loHex?: string, loDec?: string) => {
    const hi = hiHex ? parseInt(hiHex, 16) : Number(hiDec);
    const lo = loHex ? parseInt(loHex, 16) : Number(loDec);
    if (hi < 0xd800 || hi > 0xdbff || lo < 0xdc00 || lo > 0xdfff) return pair;
    return `&${amp ?? ''}#${(hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000};`;
  });
}
const SURROGATE_PAIR = /&(amp;)?#(?:[xX]([\da-fA-F]{4})|(\d{5}));&(?:amp;)?#(?:[xX]([\da-fA-F]{4})|(\d{5}));/g;

/**
 * An RSS document that puts its title and items in <rss> itself, with no <channel> (a hand-written generator's): read
 * as if they stood in one, as lenient readers do, where before the feed read as one without items.
 */
function withChannel(xml: string): string {
  const root = /^<rss\b[^>]*>/.exec(xml);
  if (!root || /<channel[\s>]/.test(xml) || !/<item[\s>]/.test(xml)) return xml;
  const close = xml.lastIndexOf('</rss>');
  if (close < 0) return xml;
  return `${root[0]}<channel>${xml.slice(root[0].length, close)}</channel>${xml.slice(close)}`;
}

/**
 * An Atom entry document as its root (RFC 4287's other document, what AtomPub servers and some CMSs' per-story endpoints
 * serve as "application/atom+xml;type=entry"), given as the feed: the entry is read as a feed's only one. It was "not a
 * feed: … XML whose root is <entry>".
 */
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const ATOM_ENTRY_ROOT = /^<entry\s[^>]*xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom["']/;

/**
 * A Google News sitemap (<urlset> of <url> with <news:news>), which publishers keep for Google News and hand out as
 * their feed: each <url> is an item whose <loc> is its link, its headline, date and keywords in <news:news> (read as in
 * an RSS item), the publication's <news:name> the feed's title. A sitemap without <news:news> lists pages, not stories,
 * and stays no feed.
 */
function newsSitemapAsRss(xml: string): string {
  const root = /^<urlset\b([^>]*)>/.exec(xml);
  if (!root || !/<news:news[\s>]/.test(xml)) return xml;
  const name = /<news:name>([\s\S]*?)<\/news:name>/.exec(xml)?.[1]?.trim() ?? '';
  const site = /<loc>\s*(https?:\/\/[^/<\s]+)/.exec(xml)?.[1] ?? '';
  const language = /<news:language>([\w-]{2,12})<\/news:language>/.exec(xml)?.[1] ?? '';
  const items = xml
    .slice(root[0].length)
    .replace(/<\/urlset>\s*$/, '')
    .replace(/<(\/?)url>/g, '<$1item>')
    .replace(/<(\/?)loc>/g, '<$1link>');
  return `<rss version="2.0"${root[1]}><channel><title>${name}</title><link>${site}</link><language>${language}</language>${items}</channel></rss>`;
}

/** Atom written with a prefix (<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">) is Atom all the same. */
function unprefixedAtom(xml: string): string {
  const root = /^<([A-Za-z_][\w.-]*):feed\b[^>]*?\sxmlns:\1\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.exec(xml);
  return root ? xml.replace(new RegExp(`<(/?)${root[1]}:`, 'g'), '<$1') : xml;
}

/**
 * RSS 1.0 written with a prefix for its own namespace (<rss:channel>,
 * <rss:item>, <rss:title> under <rdf:RDF xmlns:rss="http://purl.org/rss/1.0/">)
 * is RSS 1.0 all the same; rss-parser only knows the unprefixed names, and
 * read such a feed as empty.
 */
function unprefixedRss1(xml: string): string {
  if (!/^<(?:rdf:)?RDF\b/.test(xml)) return xml;
  const root = xml.slice(0, xml.indexOf('>') + 1);
  const prefix = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/.exec(root)?.[1];
  return rdfRoot(prefix ? xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1') : xml);
}

/**
 * An RSS 1.0 root written without its prefix, RDF's namespace its default (`<RDF xmlns="…22-rdf-syntax-ns#"
 * xmlns:rss="http://purl.org/rss/1.0/">`): rss-parser knows the root only as <rdf:RDF>, and answered "Feed not recognized
 * as RSS 1 or 2". The root is named so; what it holds is read as before.
 */
function rdfRoot(xml: string): string {
  const open = /^<RDF(?=[\s>])([^>]*)>/.exec(xml);
  const close = xml.lastIndexOf('</RDF>');
  if (!open || close < 0) return xml;
  const declared = /\sxmlns:rdf\s*=/.test(open[1]!) ? '' : ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';
  return `<rdf:RDF${declared}${open[1]}>${xml.slice(open[0].length, close)}</rdf:RDF>${xml.slice(close + 6)}`;
}

/**
 * xml2js, under rss-parser, keeps an element's text apart from its child
 * elements, so markup written inline (Atom `type="xhtml"`, Atom 0.3
 * `application/xhtml+xml`, or naked HTML in a title or an RSS description)
 * comes back with its words out of order or lost: "<p>See <a>this story</a>
 * now</p>" reads "See  nowthis story". Such markup is escaped into text first,
 * as if the feed had sent it as HTML, which is how readers treat it. CDATA
 * sections are passed over whole.
 */
// Old RSS items' own story elements, which feedparser reads as their content: <xhtml:body>, <body> in the XHTML namespace, <fullitem>.
const INLINE_OPEN = /<!\[CDATA\[|<((?:atom:|a10:)?(?:content|summary|title|subtitle)|description|content:encoded|xhtml:body|body|fullitem)(\s[^>]*?)?(?<!\/)>/g;
const XHTML_NAMESPACE = /\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/;
// Markup written inline in an element typed "text" is HTML too: the generator wrote tags, not text about tags.
const XHTML_TYPE = /\btype\s*=\s*["'](?:xhtml|application\/xhtml\+xml|text|text\/plain)["']/;

/**
 * One pass, no backtracking over the rest of the document: a broken feed with
 * thousands of unclosed <description>s must cost a scan, not a scan per
 * element (a regex with a lazy "up to the closing tag" did, ~2 s at 2 MB).
 */
function inlineMarkupAsText(xml: string): string {
  const closing = closingTags(xml);
  const open = new RegExp(INLINE_OPEN.source, 'g');
  let out = '';
  let done = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const [tag, name, attrs] = m;
    const start = m.index + tag.length;
    // A <body> of no namespace is a CMS's own (PUBLISHER_FIELDS), or an HTML page's.
    if (name === 'body' && !XHTML_NAMESPACE.test(attrs ?? '')) continue;
    if (!name) {
      // CDATA is passed over whole; unclosed, it runs to the end and nothing after it is markup.
      const end = xml.indexOf(']]>', start);
      if (end < 0) break;
      open.lastIndex = end + 3;
      continue;
    }
    // Only an element whose first "<" opens a child element holds inline markup.
    const lt = xml.indexOf('<', start);
    if (lt < 0 || xml[lt + 1] === '!' || xml[lt + 1] === '/') continue;
    const close = closing(name, lt);
    if (!close) continue;
    const inner = xml.slice(start, close.at);
    open.lastIndex = close.end;
    if (inner.includes('<![CDATA[')) continue;
    out += `${xml.slice(done, m.index)}<${name}${(attrs ?? '').replace(XHTML_TYPE, 'type="html"')}>${escapeHtml(unprefixedXhtml(inner, name === 'xhtml:body' ? 'xhtml' : undefined))}</${name}>`;
    done = close.end;
  }
  return done === 0 ? xml : out + xml.slice(done);
}

/**
 * XHTML written with a prefix (<xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>)
 * is plain HTML once the prefix goes; kept, the HTML reader saw no <p> or <img>
 * and ran paragraphs together ("First para.Second para.").
 */
// `outer`: the prefix of the element around it (<xhtml:body>), declared with the feed's namespaces, not inside. XHTML
// declared on the feed's root under any prefix is "xhtml" by then (withUsualPrefixes): "<h:div>" in an Atom content
// typed xhtml, its paragraphs run together before.
function unprefixedXhtml(inner: string, outer?: string): string {
  const prefix = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/.exec(inner)?.[1] ?? outer ?? (inner.includes('<xhtml:') ? 'xhtml' : undefined);
  return prefix ? inner.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1') : inner;
}

/**
 * The first `</name>` (spaces allowed before ">") at or after a position.
 * Searches for one name only ever move forward, and a name with no closing
 * tag left is remembered, so all lookups together read the document about once.
 */
function closingTags(xml: string): (name: string, from: number) => { at: number; end: number } | null {
  const found = new Map<string, { at: number; end: number } | null>();
  const patterns = new Map<string, RegExp>();
  return (name, from) => {
    const known = found.get(name);
    if (known === null) return null;
    if (known && known.at >= from) return known;
    let pattern = patterns.get(name);
    if (!pattern) patterns.set(name, (pattern = new RegExp(`</${name}\\s*>`, 'g')));
    pattern.lastIndex = from;
    const m = pattern.exec(xml);
    const next = m ? { at: m.index, end: m.index + m[0].length } : null;
    found.set(name, next);
    return next;
  };
}

/** Tags a script's error message is printed with (PHP's "<br /><b>Fatal error</b>: …", an ASP page's <font>). */
const PRINTED_MARKUP = /^(?:br|b|strong|i|em|u|p|div|span|font|pre|code|hr|h[1-6]|a|small|center|table|tr|td)$/i;

/**
 * The words of a document that is only text with a few formatting tags (a script's error printed where the feed
 * should be), one line of 160 characters at most: what the operator needs, where "root is <br>, <b>" says nothing.
 */
function printedText(xml: string, roots: string[]): string {
  if (roots.length === 0 || !roots.every((r) => PRINTED_MARKUP.test(r))) return '';
  const words = cleanTitle(xml.slice(0, 4000).replace(/<br\s*\/?>/gi, ' '));
  return words.length > 160 ? `${words.slice(0, 159)}…` : words;
}

/**
 * The code and message of a storage service's error document (S3's, GCS's or Azure's <Error><Code>NoSuchKey</Code>
 * <Message>…</Message></Error>, sent with 200 by some proxies and CDNs in front of a bucket), as "NoSuchKey: The
 * specified key does not exist."; '' for any other document.
 */
function storageError(xml: string, roots: string[]): string {
  if (roots.length !== 1 || roots[0] !== 'Error') return '';
  const field = (name: string) => cleanTitle(new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.split(/\r?\n/)[0] ?? '');
  const said = [field('Code'), field('Message')].filter(Boolean).join(': ');
  return said.length > 160 ? `${said.slice(0, 159)}…` : said;
}

/**
 * Documents operators paste as a feed's address that are lists of something else, said by name with what to add instead:
 * a reader's export of its feeds (OPML), a site's sitemaps (a news sitemap, with headlines, is read as a feed above).
 */
const KNOWN_DOCUMENTS: Record<string, string> = {
  opml: 'an OPML outline (a list of feeds), not a feed: import it with `wirebrief feeds import` or POST /api/admin/feeds/opml',
  urlset: 'a sitemap (a list of the site’s pages with no headlines), not RSS, Atom or JSON Feed: add the site’s feed or its news sitemap',
  sitemapindex: 'a sitemap index (a list of sitemaps), not RSS, Atom or JSON Feed: add the site’s feed or its news sitemap',
};

async function parseLeniently(xml: string, strictError: string): Promise<ParsedFeed> {
  const repaired = repairXml(xml, (name) => FEED_ROOTS.has(name));
  const root = repaired.roots.find((r) => FEED_ROOTS.has(r));
  const htmlPage = repaired.roots.some((r) => /^(?:html|head|body)$/i.test(r));
  if (htmlPage || !root) {
    const printed = htmlPage ? '' : printedText(xml, repaired.roots);
    if (printed) throw new FeedParseError(`not a feed: the server printed text instead of a feed: "${printed}"`);
    const answered = htmlPage ? '' : storageError(xml, repaired.roots);
    if (answered) throw new FeedParseError(`not a feed: the server answered with an error: ${answered}`);
    const known = htmlPage ? undefined : KNOWN_DOCUMENTS[repaired.roots[0] ?? ''];
    if (known && repaired.roots.length === 1) throw new FeedParseError(`not a feed: the document is ${known}`);
    const what = htmlPage ? `an HTML page${repaired.htmlTitle ? ` ("${repaired.htmlTitle}")` : ''}` : repaired.roots.length ? `XML whose root is <${repaired.roots.join('>, <')}>` : 'no XML elements';
    // An Atom or RDF root in capitals (<FEED>) is no feed's to XML, whose names are case-sensitive: said so, not left a riddle.
    const cased = htmlPage ? undefined : [...FEED_ROOTS].find((name) => repaired.roots[0]?.toLowerCase() === name.toLowerCase());
    throw new FeedParseError(`not a feed: the document is ${what}, not RSS, Atom or JSON Feed${cased ? ` (XML names are case-sensitive: <${repaired.roots[0]}> is not <${cased}>)` : ''}`, htmlPage);
  }
  // Markup printed around the feed (a PHP warning, a stats comment gone wrong) is left aside, as lenient readers do.
  const strays = repaired.roots.filter((r) => !FEED_ROOTS.has(r));
  if (repaired.roots.length > 1 && (!repaired.xml || strays.length !== repaired.roots.length - 1)) throw new FeedParseError(`not a feed: the document has several root elements (<${repaired.roots.join('>, <')}>)`);
  const cutOff = repaired.unclosed.length > 0;
  let parsed: ParsedFeed;
  try {
    parsed = fromRssParser(await rss.parseString(repaired.xml), formatOf(repaired.xml));
  } catch (error) {
    throw new FeedParseError(`not a readable feed: ${strictError}; even read leniently: ${describe(error)}`);
  }
  if (cutOff && parsed.entries.length === 0) {
    throw new FeedParseError(
      `the feed is cut off: the document ends inside <${repaired.unclosed.join('> <')}>${repaired.droppedItems ? ` and its ${repaired.droppedItems === 1 ? 'only item is' : `${repaired.droppedItems} items are`} incomplete` : ''} (${strictError})`,
    );
  }
  const notes = [`not well-formed XML (${strictError})`];
  if (strays.length) notes.push(`ignored <${[...new Set(strays)].join('>, <')}> outside the feed`);
  if (cutOff) notes.push(`the document ends inside <${repaired.unclosed.join('> <')}>`);
  if (repaired.droppedItems) notes.push(`${repaired.droppedItems} incomplete item(s) skipped`);
  return { ...parsed, warning: `read leniently: ${notes.join('; ')}` };
}

function formatOf(xml: string): FeedFormat {
  const root = /<(rss|rdf:RDF|RDF|feed)[\s>]/.exec(xml.slice(0, 4096))?.[1];
  return root === 'feed' ? 'atom' : root === 'rss' || !root ? 'rss' : 'rdf';
}

/** A relative path for a channel's link: "/", "/news/", "../". A word ("N/A", "home") is no address. */
const RELATIVE_PATH = /^\.{0,2}\//;

/**
 * Without xml:base, relative RSS links are the site's (channel <link>), as Miniflux reads them: feeds are often served from
 * another host (feeds.example.com, a proxy) than the pages they link to. A channel without a link of its own names its address
 * in atom:link rel="self": its site's host all the same. A relative channel link ("/") is a path on that address, or, with no
 * self link, on the address fetched (left relative here for normalise to resolve): item links "news/x.html" under it were the
 * feed's folder's ("/feeds/news/x.html"), a page that does not exist.
 */
function rssSite(link: string | null, self: string | null | undefined): string | null {
  const site = siteUrl(link);
  if (site) return site;
  const selfSite = siteUrl(self);
  if (!link || !RELATIVE_PATH.test(link)) return selfSite;
  return selfSite ? absoluteUrl(link, selfSite) : link;
}

function fromRssParser(feed: Raw & { items: RawItem[] }, format: FeedFormat): ParsedFeed {
  return {
    format,
    // The feed's title names the source of every story: entities and markup in it are not part of the name.
    title: cleanTitle(text(feed.title)) || null,
    link: text(feed.link),
    base: text(feed.base) ?? (format === 'atom' ? null : rssSite(text(feed.link), feed.self as string | null | undefined)),
    language: text(feed.language),
    ttlMinutes: ttlOf(feed),
    newFeedUrl: (feed.newFeedUrl as string | null | undefined) ?? null,
    showImage: (feed.showImage as string | null | undefined) ?? null,
    dates: compact([text(feed.lastBuildDate), text(feed.pubDate), text(feed.dcDate)]),
    entries: entriesOf(feed),
    warning: null,
  };
}

function entriesOf(feed: Raw & { items: RawItem[] }): FeedEntry[] {
  const facets = facetLabels(feed.items);
  return feed.items.map((item) => (item._entry ? atomEntry(item, item._entry, feed.authors as string[], text(feed.language), facets) : rssEntry(item, item._rss ?? {}, feed.authors as string[] | undefined)));
}

/**
 * Atom category labels that name a facet, not the category. A label a document gives with two or more terms: USGS
 * labels every quake's `term="Past Day"` "Age" and `term="Magnitude 4"` "Magnitude"; SEC EDGAR every filing's form
 * (`term="8-K"`, `term="10-Q"`) "form type". A label that goes with one term is its name for people ("tech" is
 * "Technology"), unless the pair itself shows a facet (facetPair), which a feed of one entry needs: then the entry's
 * other labels are facets too (USGS's "Age" beside "Magnitude").
 */
function facetLabels(items: RawItem[]): ReadonlySet<string> {
  const terms = new Map<string, Set<string>>();
  const facets = new Set<string>();
  for (const item of items) {
    const pairs = labelledTerms(item);
    for (const [label, term] of pairs) terms.set(label, (terms.get(label) ?? new Set()).add(term));
    if (pairs.some(facetPair)) for (const [label, term] of pairs) if (label.toLowerCase() !== term.toLowerCase()) facets.add(label);
  }
  for (const [label, t] of terms) if (t.size > 1) facets.add(label);
  return facets;
}

/** An entry's Atom categories that have both a label and a term, as [label, term]. */
function labelledTerms(item: RawItem): [string, string][] {
  const categories = item._entry && Array.isArray(item._entry.category) ? item._entry.category : [];
  return categories.flatMap((c) => {
    const { label, term } = attrs(c) ?? {};
    return label?.trim() && term?.trim() ? [[label.trim(), term.trim()] as [string, string]] : [];
  });
}

/**
 * A label and term that are a facet and its value: the term is the label followed by a number ("Magnitude" /
 * "Magnitude 4.5"), or the label names a kind ("form type", "Document kind"). A category's name for people is neither.
 */
function facetPair([label, term]: [string, string]): boolean {
  return (term.startsWith(`${label} `) && /^\d/.test(term.slice(label.length + 1))) || /\s(?:type|kind)$/i.test(label);
}

/**
 * Element names as the RSS spec spells them, for items written otherwise:
 * ASP and hand-made feeds write <pubdate>, <PubDate> or <Link>, which
 * rss-parser (names are case-sensitive in XML) did not see.
 */
const RSS_ITEM_NAMES = new Map(['title', 'link', 'description', 'pubDate', 'guid', 'author', 'category', 'enclosure', 'comments'].map((n) => [n.toLowerCase(), n]));

function withCanonicalNames(xmlItem: Raw): Raw {
  let out: Raw | null = null;
  for (const key of Object.keys(xmlItem)) {
    const canonical = RSS_ITEM_NAMES.get(key.toLowerCase());
    if (!canonical || canonical === key || xmlItem[canonical] !== undefined) continue;
    out ??= { ...xmlItem };
    out[canonical] = xmlItem[key];
  }
  return out ?? xmlItem;
}

function rssEntry(item: RawItem, raw: Raw, channelAuthors: string[] = []): FeedEntry {
  const news = newsSitemap(raw);
  // .NET's SyndicationFeed writes what RSS has no element for in Atom's namespace under the prefix a10: an author
  // without an address (<a10:author><a10:name>), the full text (<a10:content>), a link that is not the first.
  const hosts = podcastHosts(raw['podcast:person']);
  const authors = compact([
    personName(raw['dc:creator']),
    // Dublin Core has no dc:author, but generators that mean dc:creator write it.
    personName(raw['dc:author']),
    personName(raw.author),
    personName(raw['atom:author']),
    personName(raw['a10:author']),
    // Podcasting 2.0 names the episode's people; its hosts are who made it (an episode's itunes:author is mostly the show's name).
    ...hosts,
    text(raw['itunes:author']),
    text(raw['googleplay:author']),
    // LiveJournal and Dreamwidth name who posted an entry (in a community, one member of many) by their handle.
    text(raw['lj:poster']),
    ...publisherFields(raw, 'author'),
  ]);
  // A Media RSS credit to the story's writer names its author where nothing else does (a photographer's is the picture's).
  if (!authors.length) authors.push(...creditedWriters(raw['media:credit']));
  // Press-release wires name a release's issuer in dc:contributor and no one in dc:creator (PR Newswire's "Harbor Logistics",
  // GlobeNewswire's "Northwind Solar ASA"): who issued it is who wrote it, where the item names no one else. A contributor credited
  // with a part that is not the writing (a journal's "Thandi Mokoena (Editor)", a translation's "Translated by Ana Sitoe") is not.
  if (!authors.length) authors.push(...compact([personName(raw['dc:contributor'])]).filter((name) => !OTHER_CREDIT.test(name) && !OTHER_CREDIT_AFTER.test(name)));
  // Russian CMSs (1C-Bitrix, DLE, WordPress plugins) write the whole story for Yandex's news and Turbo pages in
  // yandex:full-text (plain text) or turbo:content (HTML), beside a <description> of a line.
  const encoded =
    text(item['content:encoded']) ?? text(raw['a10:content']) ?? text(raw['atom:content']) ?? text(raw['yandex:full-text']) ?? text(raw['turbo:content']) ?? text(raw['xhtml:body']) ?? publisherFields(raw, 'body')[0] ?? null;
  // Podcasts and video feeds say what an item is in itunes:summary/subtitle, googleplay:description or media:description,
  // often without a <description>; Dublin Core's dc:description stands for it in RSS 1.0 and some 2.0 generators.
  const description =
    text(item.content) ??
    text(item.summary) ??
    text(raw['dc:description']) ??
    text(raw['itunes:summary']) ??
    text(raw['itunes:subtitle']) ??
    text(raw['googleplay:description']) ??
    mediaDescription(raw) ??
    publisherFields(raw, 'summary')[0] ??
    null;
  return {
    guid: text(item.guid) ?? text(item['rdf:about']),
    guidIsPermaLink: attr(raw.guid, 'isPermaLink')?.toLowerCase() === 'true',
    link:
      text(item.origLink) ??
      rssLink(raw.link) ??
      atomAlternate(raw['atom:link']) ??
      atomAlternate(raw['a10:link']) ??
      publisherFields(raw, 'link').find((url) => /^(?:https?:)?\/\/\S+$|^\/\S*$/i.test(url)) ??
      mediaPlayer(raw) ??
      placeholderLink(raw.link),
    // xml:base on the item counts for its links as on an Atom entry (feedparser reads it so); it was ignored.
    base: attr(raw, 'xml:base'),
    title: withTagWordsAsText(text(item.title) ?? text(raw['itunes:title']) ?? mediaTitle(raw) ?? text(news?.['news:title']) ?? publisherFields(raw, 'title')[0] ?? null),
    content: encoded ?? description,
    contentIsText: false,
    summary: encoded ? description : null,
    dates: compact([
      text(item.pubDate),
      text(item.dcDate),
      text(item.date),
      ...publishedDates(raw),
      text(news?.['news:publication_date']),
      ...publisherDates(raw, PUBLISHER_PUBLISHED),
      text(item.dctermsCreated),
      text(item.atomUpdated),
      text(item.a10Updated),
      text(item.dctermsModified),
      text(raw.updated),
      ...publisherDates(raw, PUBLISHER_UPDATED),
    ]),
    // From the raw item: rss-parser's creator is the first element's bare text, "by" for "by <a>Jane Roe</a>".
    authors: authors.length ? authors : channelAuthors,
    byline: compact((Array.isArray(raw['dc:creator']) ? raw['dc:creator'] : hosts.length > 1 ? hosts : []).map(personName)),
    comments: text(raw.comments),
    pages: [...pageLinks(raw['atom:link']), ...pageLinks(raw['a10:link'])],
    sourceUrl: attr(raw.source, 'url'),
    // FeedBurner's enclosure counts plays through its own host; the publisher's file is named beside it.
    media: text(raw['feedburner:origEnclosureLink']) ?? mediaEnclosure(item),
    picture: pictureEnclosure(item),
    ...pictures(imagesOf(item), sitemapImages(raw)),
    // RSS 1.0 has no <category>: Dublin Core's dc:subject says what an item is about (RSS 2.0 feeds use it too).
    categories: [...categoriesOf(item.categories).filter((c) => !isAddress(c)), ...subjectsOf(raw), ...newsKeywords(news), ...mediaKeywords(raw), ...publisherFields(raw, 'categories').flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean)],
    // Bing News credits the outlet in its own namespace; Yahoo's syndication feeds in the item's media:credit.
    outlet: namedSource(text(raw.source), text(item.title)) ?? text(raw['News:Source']) ?? publishingCompany(raw['media:credit']),
  };
}

/**
 * The hosts among a Podcasting 2.0 episode's <podcast:person>s: those whose role is "host", or unsaid (the namespace's default);
 * a guest or a producer made no part of it as its byline.
 */
function podcastHosts(value: unknown): string[] {
  const people = Array.isArray(value) ? value : value ? [value] : [];
  return compact(people.filter((p) => (attr(p, 'role') ?? 'host').trim().toLowerCase() === 'host').map((p) => text(p)));
}

/**
 * The outlet an item's <source> names, unless it names the item itself: Discourse points each topic's <source> at the
 * topic's own feed, titled as the topic is. Taken for an outlet, the topic's title was its story's source.
 */
function namedSource(source: string | null, title: string | null): string | null {
  return source && title && source.trim().toLowerCase() === title.trim().toLowerCase() ? null : source;
}

/** The names an item's own media:credit gives with the role "author" or "writer" (inside a media:content it credits the picture). */
function creditedWriters(value: unknown): string[] {
  const credits = Array.isArray(value) ? value : [];
  return compact(credits.filter((c) => /^(?:author|writer)$/i.test(attr(c, 'role')?.trim() ?? '')).map((c) => text(c)));
}

/**
 * The outlet a syndication feed (Yahoo's) credits for the item: `<media:credit role="publishing company">Reuters</media:credit>`
 * on the item itself (inside a media:content it credits the picture).
 */
function publishingCompany(value: unknown): string | null {
  const credits = Array.isArray(value) ? value : [];
  return text(credits.find((c) => attr(c, 'role')?.trim().toLowerCase() === 'publishing company' && text(c)) ?? null);
}

/**
 * Where else RSS items say when they were published: atom:published (before the atom:updated read later),
 * Dublin Core's dcterms:issued, PRISM's prism:publicationDate (scholarly and magazine publishers), and a bare
 * <published> or <date> in hand-made feeds. Such an item had the fetch time, or its update time, as its date.
 */
function publishedDates(raw: Raw): (string | null)[] {
  return [text(raw['atom:published']), text(raw['dcterms:issued']), text(raw['prism:publicationDate']), text(raw.published), text(raw.date)];
}

/**
 * Item elements newsroom CMSs name themselves for what RSS has an element for (Indian and regional publishers' feeds:
 * <headline>; <url>, <weburl>, <permalink>; <fulltext>, <story>, <body>, <fullitem> (an old RSS element feedparser reads); <synopsis>, <shortdescription>; <byline>, <writer>;
 * <section>, <tags>, <keywords>), each read after the standard ones. Such items lost their headline, link, text, byline or sections.
 */
const PUBLISHER_FIELDS = {
  title: /^(?:headline|heading|(?:story|news|article)[_-]?(?:title|headline))$/i,
  link: /^(?:url|permalink|(?:web|story|article|share|news|full|canonical)[_-]?(?:url|link))$/i,
  body: /^(?:full[_-]?(?:text|story|content|item)|body|story(?:[_-]?(?:content|body|text))?|article[_-]?(?:body|text|content)|content|news[_-]?content)$/i,
  summary: /^(?:short[_-]?desc(?:ription)?|synopsis|abstract|intro|excerpt|teaser|standfirst|summary)$/i,
  // A namespace's own name field as well (note.com's <note:creatorName>).
  author: /^(?:byline|author[_-]?name|writer|reporter|creator|[a-z][\w-]*:(?:creator|author)[_-]?name)$/i,
  categories: /^(?:section(?:[_-]?name)?|category[_-]?name|sub[_-]?category|tags|keywords)$/i,
};

function publisherFields(raw: Raw, field: keyof typeof PUBLISHER_FIELDS): string[] {
  return compact(
    Object.keys(raw)
      .filter((key) => PUBLISHER_FIELDS[field].test(key))
      .map((key) => text(raw[key])),
  );
}

/**
 * Dates Indian and other newsroom CMSs write in item elements of their own (NDTV's and ABP's <updatedAt>, <publishedAt>,
 * <publish_date>, <lastUpdated>, <modified_date>), read after the standard ones: an item with only such a date took the
 * fetch time.
 */
const PUBLISHER_PUBLISHED =
  /^(?:(?:publish(?:ed)?|pub|created?|insert(?:ed)?|news|display|story|article|release)[_-]?(?:at|date|time|datetime|on)|created|datetime|first[_-]?published|date[_-]?(?:published|created))$/i;
const PUBLISHER_UPDATED = /^(?:lastmod|modified|updated?[_-]?(?:at|date|time|on)|last[_-]?(?:updated|modified)(?:[_-]?(?:at|date|time|on))?|modified[_-]?(?:at|date|time|on)|date[_-]?modified)$/i;

function publisherDates(raw: Raw, names: RegExp): (string | null)[] {
  return Object.keys(raw)
    .filter((key) => names.test(key))
    .map((key) => text(raw[key]));
}

/**
 * Google's news sitemap namespace, which publishers' Google News feeds carry inside RSS items: <news:news> holds the
 * publication date (often the item's only one), the headline and keywords; <image:image><image:loc> the picture.
 */
function newsSitemap(raw: Raw): Raw | null {
  const news = first(raw['news:news']);
  return news && typeof news === 'object' ? (news as Raw) : null;
}

function newsKeywords(news: Raw | null): string[] {
  return commaList(text(news?.['news:keywords']));
}

/** Media RSS's media:keywords, a comma-separated list of tags, on the item or in its media:group or media:content. */
function mediaKeywords(raw: Raw): string[] {
  return commaList(text(raw['media:keywords']) ?? text(inMedia(raw, 'media:group', 'media:keywords')) ?? text(inMedia(raw, 'media:content', 'media:keywords')));
}

function commaList(list: string | null): string[] {
  return list ? list.split(',').map((k) => k.trim()).filter(Boolean) : [];
}

function sitemapImages(raw: Raw): string[] {
  const images = Array.isArray(raw['image:image']) ? (raw['image:image'] as unknown[]) : [];
  return compact(images.map((i) => (i && typeof i === 'object' ? text((i as Raw)['image:loc']) : null)));
}

/**
 * A person as RSS items write one: plain text; Atom's <name> inside <author>
 * or <atom:author> (feeds that mix the two); or a byline link, "by <a
 * href="/author/x">Jane Roe</a>", where the link's text is the name. xml2js
 * keeps an element's text apart from its children, so the last read as "by".
 */
/**
 * A dc:contributor credited with a part other than the writing, as Dublin Core's users (journals, libraries, translated releases) write
 * the part: after the name ("(Editor)", ", ed.", "[translator]") or before it ("Translated by", "Edited by", "Photos by", "Illustrated by").
 */
const OTHER_CREDIT =
  /^(?:(?:translated|edited|compiled|illustrated|narrated|reviewed|photographed|photos?|pictures?|illustrations?|images?|graphics?|video|design(?:ed)?|produced)\s+by\b|translation\s*:)|[([,]\s*(?:eds?\.?|editors?|translators?|trans\.|tr\.|illustrators?|photographers?|narrators?|reviewers?|compilers?|producers?)\s*[)\]]?\s*$/i;
/**
 * … or the part in lower case after the name with no separator, as a library's catalogue writes a relator term ("Ana Sitoe translator",
 * "Jo Lee editor"; the fifty-second round). Only in lower case: a capitalised word after a name is a surname or a firm's name ("Jo Editor",
 * "Hill Translators", "Lee Editors Ltd").
 */
const OTHER_CREDIT_AFTER = /\s(?:editors?|translators?|illustrators?|photographers?|narrators?|reviewers?|compilers?|producers?)$/;

function personName(value: unknown): string | null {
  const v = first(value);
  if (!v || typeof v !== 'object') return text(v);
  const el = v as Raw;
  return text(el.name) ?? text(el['atom:name']) ?? text(el['a10:name']) ?? text(el.a) ?? text(el.span) ?? text(el) ?? wrappedName(el);
}

/**
 * A name a byline wraps in markup written bare ("<author><p>Jane Roe</p></author>"): the text of its one child. A
 * person's address or page alone (<email>, <uri>) names no one.
 */
function wrappedName(el: Raw): string | null {
  const children = Object.entries(el).filter(([k]) => k !== '$' && k !== '_');
  if (children.length !== 1 || /(?:^|:)(?:email|uri|url)$/i.test(children[0]![0])) return null;
  const child = first(children[0]![1]);
  return child && typeof child === 'object' ? text(child) ?? wrappedName(child as Raw) : text(child);
}

/**
 * An RSS item's <link>: the first that says something. rss-parser takes the
 * first element's text only, so `<link/><link>url</link>` (a template's empty
 * slot before the real one) and Atom-style `<link href="url"/>` gave none.
 */
function rssLink(value: unknown): string | null {
  for (const l of Array.isArray(value) ? value : [value]) {
    const url = text(l) ?? attr(l, 'href');
    if (url && !PLACEHOLDER_LINK.test(url)) return url;
  }
  return null;
}

/**
 * A <link> a template filled with no address: "#", "#top", "/". It names the site's front page, so an item's
 * atom:link alternate is read first; kept last, normalise.ts looks for the story's page elsewhere (storyLink).
 * A single-page site's route after the hash ("#!/news/10") is an address, not a placeholder.
 */
const PLACEHOLDER_LINK = /^\s*(?:#(?!!?\/.)\S*|\/)\s*$/;

function placeholderLink(value: unknown): string | null {
  for (const l of Array.isArray(value) ? value : [value]) {
    const url = text(l) ?? attr(l, 'href');
    if (url) return url;
  }
  return null;
}

/** The alternate among an RSS item's atom:link elements: some generators (and .NET's a10:) write the item's link only there. */
function atomAlternate(value: unknown): string | null {
  const links = (Array.isArray(value) ? value : []).map((l) => attrs(l) ?? {});
  return links.find((l) => l.href && (!l.rel || l.rel === 'alternate'))?.href ?? null;
}

/** The page addresses among atom:link elements: the alternates (rel left out or "alternate") and a rel="canonical". */
function pageLinks(value: unknown): string[] {
  const links = (Array.isArray(value) ? value : []).map((l) => attrs(l) ?? {});
  return compact(links.filter((l) => !l.rel || l.rel === 'alternate' || l.rel === 'canonical').map((l) => l.href?.trim() || null));
}

/**
 * media:description, on the item, in its media:group (YouTube puts a video's only description there) or in its
 * media:content (video publishers' items that are a clip and nothing else describe the clip there).
 */
function mediaDescription(raw: Raw): string | null {
  return text(raw['media:description']) ?? text(inMedia(raw, 'media:group', 'media:description')) ?? text(inMedia(raw, 'media:content', 'media:description'));
}

/**
 * Media RSS's media:player, the page whose player plays the item's video (on the item, in its media:group or its
 * media:content): the page of a video publisher's item that names no <link> (Brightcove's, Kaltura's MRSS). Such an
 * item had no link at all.
 */
function mediaPlayer(raw: Raw): string | null {
  return attr(raw['media:player'], 'url') ?? attr(inMedia(raw, 'media:group', 'media:player'), 'url') ?? attr(inMedia(raw, 'media:content', 'media:player'), 'url');
}

function mediaTitle(raw: Raw): string | null {
  return text(raw['media:title']) ?? text(inMedia(raw, 'media:group', 'media:title')) ?? text(inMedia(raw, 'media:content', 'media:title'));
}

function inMedia(raw: Raw, container: string, name: string): unknown {
  return (first(raw[container]) as Raw | undefined)?.[name];
}

/**
 * The aggregating feed's authors for an entry of its own; none for an entry copied from another feed (its <source> says
 * which): the feed's author there is the reader who starred or filed it (Inoreader's and Feedly's exports, `<author><name>Jane
 * Reader</name></author>` over a "Starred articles" stream), who wrote none of its stories and was credited with every one.
 */
function copiedEntryFeedAuthors(entry: Raw, feedAuthors: string[]): string[] {
  return entry.source === undefined ? feedAuthors : [];
}

/**
 * OPDS's link to an entry's picture (Pugpig's article and edition feeds, publishers' catalogues): "http://opds-spec.org/image" beside its
 * ".../image/thumbnail". The picture was lost; the thumbnail is the same picture smaller, and gives way to it.
 */
const OPDS_IMAGE = 'http://opds-spec.org/image';

function atomEntry(item: RawItem, entry: Raw, feedAuthors: string[] = [], feedLanguage: string | null = null, facets: ReadonlySet<string> = new Set()): FeedEntry {
  const links = (Array.isArray(entry.link) ? entry.link : []).map((l) => attrs(l) ?? {});
  const contentEl = first(entry.content);
  const content = asHtmlIfMarkdown(contentEl, base64Content(contentEl) ?? text(item.content) ?? null);
  const summary = asHtmlIfMarkdown(first(entry.summary), base64Content(first(entry.summary)) ?? text(item.summary)) ?? mediaDescription(entry);
  const enclosures = links.filter((l) => (l.rel === 'enclosure' && IMAGE_TYPE.test(l.type ?? '')) || (l.rel === OPDS_IMAGE && !!l.href)).map((l) => l.href!);
  const authors = atomAuthors(entry.author);
  return {
    guid: text(item.id),
    link: text(item.origLink) ?? atomEntryLink(links, entry, attr(entry, 'xml:lang') ?? feedLanguage) ?? youTubeWatchPage(entry),
    base: attr(entry, 'xml:base'),
    // The base of whichever of the two becomes the story's text (content, else summary).
    contentBase: text(item.content) ? attr(contentEl, 'xml:base') : attr(entry.summary, 'xml:base'),
    title: atomTitle(entry.title, base64Content(first(entry.title)) ?? text(item.title)) ?? mediaTitle(entry),
    content,
    contentIsText: content ? isPlainText(contentEl, content) : isPlainText(first(entry.summary), summary ?? ''),
    summary,
    dates: compact([text(first(entry.published)), text(first(entry.issued)), text(item.dcDate), text(first(entry.updated)), text(first(entry.modified))]),
    // An entry without an author takes its <source>'s (RFC 4287 4.2.1: a Planet aggregator copies each post's feed
    // there), before the aggregating feed's.
    authors: authors.length ? authors : compact([text(item.creator), text(item.author), ...atomAuthors((first(entry.source) as Raw | undefined)?.author), ...copiedEntryFeedAuthors(entry, feedAuthors)]),
    byline: authors,
    pages: compact(links.filter((l) => l.rel === 'canonical' || ((!l.rel || l.rel === 'alternate') && (!l.type || /html/i.test(l.type)))).map((l) => l.href?.trim() || null)),
    ...pictures(imagesOf(item), enclosures),
    // Dotclear's Atom (and other Dublin Core writers') says an entry's category in dc:subject, as RSS 1.0 does; it had none.
    categories: [...(Array.isArray(entry.category) ? entry.category : []).map((c) => atomCategory(c, facets)).filter(Boolean), ...subjectsOf(entry), ...mediaKeywords(entry)],
    outlet: text((first(entry.source) as Raw | undefined)?.title),
  };
}

/** An Atom text construct typed Markdown, as the HTML it stands for; any other as it is. */
function asHtmlIfMarkdown(el: unknown, value: string | null): string | null {
  return value && isMarkdownType(attrs(el)?.type) ? markdownToHtml(value) : value;
}

/**
 * An Atom title typed "text" in so many words (Blogger, gov.uk, most Atom generators say it) is text: a "<" in it is
 * a character ("Use the <video> element", "I <3 NY"), escaped here as HTML so the title's reader shows it. Read as
 * markup, "<video>" dropped the rest of the headline with it. A title without a type may be HTML (generators leave
 * it out), and is read as before.
 */
function atomTitle(el: unknown, title: string | null): string | null {
  const type = attrs(el)?.type?.trim().toLowerCase();
  if (!type) return withTagWordsAsText(title);
  return title && (type === 'text' || type === 'text/plain') && title.includes('<') ? escapeHtml(title) : title;
}

/**
 * A reader's state of the item, as Google Reader's Atom wrote it and Inoreader's and other readers' exports still do
 * ("user/1005000000/state/com.google/read", "user/-/state/com.google/starred", "reading-list"): the reader's bookkeeping, no
 * category. Its labels ("user/1005000000/label/Defence") are the reader's own categories, and stay.
 */
const READER_STATE = /^user\/[^/]+\/state\/com\.google\//;

/**
 * An Atom category's name: its label, which RFC 4287 gives for people to read ("Technology"), unless the label names a
 * facet (facetLabels); else its term unless that is an address (a scheme's URI names no topic: "http://example.org/cat/12"), else the element's text.
 */
function atomCategory(c: unknown, facets: ReadonlySet<string>): string {
  const a = attrs(c);
  const term = a?.term?.trim();
  const label = a?.label?.trim();
  if (term && READER_STATE.test(term)) return '';
  return (label && !facets.has(label) ? label : '') || (term && !isAddress(term) ? term : '') || text(c) || '';
}

/** A category that is an address (a scheme's URI, a category page's URL) names no topic: "http://example.org/cat/12". */
function isAddress(category: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(category);
}

/**
 * Whether an Atom text construct is plain text: type "text" (the default when
 * none is given) or "text/plain", unless it carries HTML tags. Generators
 * often leave the type out of HTML content (CDATA or escaped); read as text,
 * such a story showed its markup ("<p>First <b>para</b></p>"), as feedparser
 * and browsers' readers do not.
 */
function isPlainText(el: unknown, value: string): boolean {
  const declared = attrs(el)?.type?.trim().toLowerCase();
  if (!declared) return !looksLikeHtml(value);
  if (declared !== 'text' && declared !== 'text/plain') return false;
  // Said outright, "text" is text, as a title typed so is: "Use of <b> tags aside, …" lost its "<b>" and the words
  // around it read as markup. A body that opens with an HTML block, or holds an element closed or with attributes
  // ("<a href=…>report</a>"), was HTML its generator mistyped.
  return !HTML_BODY_START.test(value) && !HTML_MARKUP.test(value);
}

const HTML_BODY_START = /^\s*<(?:p|div|br|h[1-6]|ul|ol|table|figure|blockquote|img|section|article)\b[^<>]*>/i;
const HTML_MARKUP = /<\/(?:p|div|span|a|b|strong|i|em|li|h[1-6]|ul|ol|table|blockquote)\s*>|<(?:a|img|p|div|span|br)\s+[a-z-]+\s*=/i;

/**
 * Atom 0.3's `mode="base64"` content (Blogger and early Movable Type wrote
 * posts this way), or Atom 1.0's typed with a media type that is neither text
 * nor XML (RFC 4287 §4.1.3.3: such content is base64): the text is the decoded
 * bytes, read as UTF-8. Null for any other element, or for base64 that does
 * not decode to text.
 */
function base64Content(el: unknown): string | null {
  if (attrs(el)?.mode !== 'base64' && !isBinaryType(attrs(el)?.type)) return null;
  const encoded = text(el)?.replace(/\s+/g, '');
  if (!encoded || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  return decoded.includes('\uFFFD') ? null : decoded.trim() || null;
}

/** A media type RFC 4287 says is carried as base64: one with a slash that is neither text/* nor XML (…/xml, …+xml). */
function isBinaryType(type: string | undefined): boolean {
  const t = type?.trim().toLowerCase() ?? '';
  return t.includes('/') && !t.startsWith('text/') && !/[/+]xml$/.test(t) && !isMarkdownType(t);
}

/** Links that are about the entry's record, not the page to read: never the story's link. */
const NOT_THE_PAGE = new Set(['self', 'edit', 'edit-media', 'replies', 'enclosure', 'license', 'hub', 'payment']);

/** An address that names a feed or an API's record, not a page: "/feeds/posts/default/123", "entry.atom", "?alt=json". */
const RECORD_URL = /\/feeds?\/|\/api\/|\.(?:xml|atom|rss|rdf|json)(?:[?#]|$)|[?&](?:alt|format|output)=(?:atom|rss|json|xml)\b/i;

/**
 * Whether an entry's rel="self" link is its page. RFC 4287 (4.2.7.2) makes "self" a resource equivalent to the entry:
 * in Blogger's, GData's and AtomPub's feeds that is the entry's Atom document (type="application/atom+xml"), which no
 * reader shows; a self typed HTML, or untyped at an address that is not a feed's or an API's, is the entry's page.
 */
function isPageOfEntry(link: Record<string, string>): boolean {
  if (!link.href) return false;
  return link.type ? /html/i.test(link.type) : !RECORD_URL.test(link.href);
}

/**
 * The page an Atom entry stands for: its text/html alternate (an entry may
 * have a PDF alternate first), else any alternate, else its self link when that
 * is its page (isPageOfEntry), else a link of another kind that is not about
 * the record (edit, replies …; rel="related" names a page the entry is about), else the
 * <content src="…"> the entry points to; hand-written feeds also put the URL
 * in <link>'s text, not its href. Last, any HTML link (Blogger's comment
 * form is the post's page), then any link at all, as before.
 */
function atomEntryLink(links: Record<string, string>[], entry: Raw, language: string | null): string | null {
  const alternates = links.filter((l) => l.href && (!l.rel || l.rel === 'alternate'));
  const pages = alternates.filter((l) => !l.type || /html/i.test(l.type));
  return (
    inLanguage(pages, language)?.href ??
    pages[0]?.href ??
    alternates[0]?.href ??
    links.find((l) => l.rel === 'self' && isPageOfEntry(l))?.href ??
    links.find((l) => l.href && !NOT_THE_PAGE.has(l.rel ?? ''))?.href ??
    attr(entry.content, 'src') ??
    writtenLink(entry.link) ??
    links.find((l) => l.href && /html/i.test(l.type ?? ''))?.href ??
    links.find((l) => l.href)?.href ??
    null
  );
}

/**
 * A link written as the element's text, not its href (hand-made feeds): the first whose rel does not name the entry's
 * record or a file (an enclosure written before the alternate is not the page), else the first.
 */
function writtenLink(value: unknown): string | null {
  const written = (Array.isArray(value) ? value : []).filter((l) => !attrs(l)?.href && text(l));
  return text(written.find((l) => !NOT_THE_PAGE.has(attr(l, 'rel') ?? '')) ?? written[0]);
}

/** A YouTube entry names its video (yt:videoId) even where its alternate link is missing: the video's page is its link. */
function youTubeWatchPage(entry: Raw): string | null {
  const id = text(entry['yt:videoId']);
  return id && /^[\w-]{6,20}$/.test(id) ? `https://www.youtube.com/watch?v=${id}` : null;
}

/**
 * Of pages in several languages (alternates with hreflang, as multilingual sites write them), the one in the
 * language the entry or feed is written in (xml:lang), else one that names none: it was the first, often another language's.
 */
function inLanguage(pages: Record<string, string>[], language: string | null): Record<string, string> | undefined {
  if (pages.length < 2 || !pages.some((l) => l.hreflang)) return undefined;
  const primary = (tag: string | undefined) => tag?.trim().toLowerCase().split(/[-_]/)[0];
  const tag = (t: string | undefined) => t?.trim().toLowerCase().replace(/_/g, '-');
  const wanted = tag(language ?? undefined);
  // The region too when one is named for it (pt-BR of pt-PT and pt-BR), else the language's first.
  const exact = wanted ? pages.find((l) => tag(l.hreflang) === wanted) : undefined;
  return exact ?? (wanted ? pages.find((l) => primary(l.hreflang) === primary(wanted)) : undefined) ?? pages.find((l) => !l.hreflang);
}

function atomAuthors(value: unknown): string[] {
  // <author>Name</author> without <name> is Atom 0.3 and hand-made feeds' way.
  return (Array.isArray(value) ? value : []).map((a) => (typeof a === 'string' ? text(a) : text((a as Raw)?.name))).filter((n): n is string => !!n);
}

/**
 * An item's media:groups, and the groups inside them: templates that wrap each rendition set in its own group nest one in
 * another, and the picture inside was never read. Two levels deep, as written; no feed nests further.
 */
function mediaGroups(value: unknown): Raw[] {
  const groups = (Array.isArray(value) ? value : []).filter((g): g is Raw => !!g && typeof g === 'object');
  return groups.flatMap((g) => [g, ...[g['media:group']].flat().filter((inner): inner is Raw => !!inner && typeof inner === 'object')]);
}

/** MIME types are case-insensitive (RFC 2045): feeds write "IMAGE/JPEG" and "Image/jpeg" too. */
const IMAGE_TYPE = /^\s*image\//i;
const MEDIA_TYPE = /^\s*(?:audio|video)\//i;

function pictures({ images, small }: { images: string[]; small: string[] }, more: string[] = []): Pick<FeedEntry, 'images' | 'smallImages'> {
  return { images: [...images, ...more], smallImages: small };
}

/** A picture whose declared size is at most this on both sides is an icon, not the story's picture (Blogger's 72×72). */
const TINY = 100;

/** The item's pictures, best first, and apart those that say they are tiny (taken only when nothing else is). */
function imagesOf(item: RawItem): { images: string[]; small: string[] } {
  const out: string[] = [];
  const small: string[] = [];
  const media = (list: unknown, kind: 'content' | 'thumbnail', ownRenditions = false) => {
    for (const m of widestFirst(Array.isArray(list) ? list : [], ownRenditions)) {
      const a = attrs(m) ?? addressAsText(m, kind);
      if (!a?.url) continue;
      // A picture's file under a type that says nothing ("application/octet-stream", "binary/octet-stream", as S3 serves
      // uploads) is a picture; under audio or video, the file is a clip whatever its name.
      const pictureFile = !a.medium && !MEDIA_TYPE.test(a.type ?? '') && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(a.url);
      if (!(kind === 'thumbnail' || a.medium?.toLowerCase() === 'image' || IMAGE_TYPE.test(a.type ?? '') || pictureFile || isSizedPicture(a))) continue;
      (Number(a.width) <= TINY && Number(a.height) <= TINY ? small : out).push(a.url);
    }
  };
  media(item.mediaContent, 'content', true);
  // A video's picture is often a media:thumbnail inside its media:content.
  for (const content of Array.isArray(item.mediaContent) ? item.mediaContent : []) media((content as Raw)['media:thumbnail'], 'thumbnail');
  const groups = mediaGroups(item.mediaGroup);
  for (const group of groups) media(group['media:content'], 'content');
  media(item.mediaThumbnail, 'thumbnail');
  for (const group of groups) media(group['media:thumbnail'], 'thumbnail');
  // Every <enclosure>, not only the first rss-parser keeps: a podcast or video item lists its audio before its picture.
  const enclosures = Array.isArray(item._rss?.enclosure) ? (item._rss.enclosure as unknown[]).map((e) => attrs(e) ?? {}) : [(item.enclosure ?? {}) as Record<string, string>];
  for (const enclosure of enclosures) {
    if (enclosure.url && isPictureEnclosure(enclosure.type ?? '', enclosure.url)) out.push(enclosure.url);
  }
  const itunes = attrs(item.itunesImage)?.href;
  if (itunes) out.push(itunes);
  const episodeArt = widestOfSrcset(attrs(item._rss?.['podcast:images'])?.srcset);
  if (episodeArt) out.push(episodeArt);
  const element = item.imageElement;
  const elementUrl = typeof element === 'string' ? element : text((element as Raw | undefined)?.url);
  if (elementUrl) out.push(elementUrl);
  out.push(...publisherImages(item._rss));
  // Bing News' thumbnail of the story's picture.
  const bing = text(item._rss?.['News:Image']);
  if (bing) out.push(bing);
  return { images: out, small };
}

/** The widest picture of a srcset ("a.jpg 600w, b.jpg 1500w"), as Podcasting 2.0's <podcast:images> lists an episode's art. */
function widestOfSrcset(srcset: string | undefined): string | null {
  const sizes = (srcset ?? '').split(',').map((c) => /^\s*(\S+)(?:\s+(\d+)w)?\s*$/.exec(c)).filter((m): m is RegExpExecArray => !!m);
  return sizes.sort((a, b) => Number(b[2] ?? 0) - Number(a[2] ?? 0))[0]?.[1] ?? null;
}

/**
 * A media:content that says only its size (Yahoo News: `<media:content url="https://s.yimg.com/…/abc123" width="130"
 * height="86"/>`, no type, no medium, an address without an extension) is the story's picture: a clip says what it
 * is, by its type, its medium, its duration or its file's name. Such items had no picture.
 */
function isSizedPicture(a: Record<string, string>): boolean {
  return !a.type?.trim() && !a.medium?.trim() && !a.duration && (!!a.width || !!a.height) && !MEDIA_FILE.test(a.url ?? '');
}

/**
 * The same picture in several sizes (the Guardian's media:content at width 140 and 460): the widest first, so the
 * story's picture is not the thumbnail. One that says no width keeps its place before those that do (it is most often
 * the original). Among an item's own renditions that state no width, the one whose address names the larger size
 * ("photo_thumb.jpg" before "photo_large.jpg", "-150x150.jpg" before the original): the first was taken.
 */
function widestFirst(list: unknown[], byNamedSize = false): unknown[] {
  if (list.length < 2) return list;
  const width = (m: unknown) => Number.parseFloat(attrs(m)?.width ?? '') || Number.POSITIVE_INFINITY;
  const unsized = (m: unknown) => width(m) === Number.POSITIVE_INFINITY && !attrs(m)?.height;
  const byName = (a: unknown, b: unknown) => (byNamedSize && unsized(a) && unsized(b) ? compareSizes(namedSize(attrs(b)?.url ?? ''), namedSize(attrs(a)?.url ?? '')) : 0);
  return [...list].sort((a, b) => width(b) - width(a) || byName(a, b));
}

/** Size words in a picture's address, by rank: a thumbnail's below a medium one's, an unnamed size's (most often the original) between. */
const SIZE_WORDS: [RegExp, number][] = [
  [/^(?:thumb|thumbs|thumbnail|thumbnails|small|tiny|xs|sm|mini|icon)$/, 1],
  [/^(?:medium|med|md|mid)$/, 2],
  [/^(?:large|big|lg|xl|xlarge|xxl|huge)$/, 4],
  [/^(?:original|orig|full|fullsize|master)$/, 5],
];
/** Rank 3: a picture whose address names no size. */
const UNNAMED_SIZE = 3;

/**
 * The size a picture's address names, as [rank, pixels]: a size word in its path ("/thumb/", "_large"), or a width by
 * height ("-150x150.jpg": rank by its longer side, pixels to order two of them), else the rank of no size named.
 */
function namedSize(url: string): [number, number] {
  const path = url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '').toLowerCase();
  const dims = [...path.matchAll(/(?:^|[^a-z\d])(\d{2,4})x(\d{2,4})(?=[^a-z\d]|$)/g)].at(-1);
  if (dims) {
    const [w, h] = [Number(dims[1]), Number(dims[2])];
    return [Math.max(w, h) <= 300 ? 1 : Math.max(w, h) <= 800 ? 2 : 4, w * h];
  }
  const words = path.split(/[^a-z\d]+/);
  const ranks = SIZE_WORDS.filter(([word]) => words.some((w) => word.test(w))).map(([, rank]) => rank);
  return [ranks.length === 1 ? ranks[0]! : UNNAMED_SIZE, 0];
}

function compareSizes(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Audio and video files by their extension, for an enclosure whose type is empty or left out. */
const MEDIA_FILE = /\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac|mp4|m4v|mov|webm)(?:[?#]|$)/i;

/**
 * A type that says nothing of the file: empty or left out, or the bytes' own ("application/octet-stream", S3's default
 * "binary/octet-stream", as files uploaded with no type are served and their feeds copy it). The file's extension tells.
 */
const UNTYPED = /^\s*(?:(?:application|binary)\/octet-stream\s*)?$/i;

/** The first <enclosure> of audio or video: the episode itself (podcast hosts leave type="" or none on some). */
function mediaEnclosure(item: RawItem): string | null {
  return enclosureWhere(item, (type, url) => /^\s*(?:audio|video)\//i.test(type) || (UNTYPED.test(type) && MEDIA_FILE.test(url)));
}

/** The first <enclosure> of a picture: a photo blog's item, which may have nothing else to link to. */
function pictureEnclosure(item: RawItem): string | null {
  return enclosureWhere(item, isPictureEnclosure);
}

function isPictureEnclosure(type: string, url: string): boolean {
  return IMAGE_TYPE.test(type) || (UNTYPED.test(type) && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(url));
}

function enclosureWhere(item: RawItem, is: (type: string, url: string) => boolean): string | null {
  const list = Array.isArray(item._rss?.enclosure) ? (item._rss.enclosure as unknown[]) : [];
  for (const e of list) {
    const a = attrs(e);
    const url = a?.url?.trim();
    if (url && is(a!.type ?? '', url)) return url;
  }
  return null;
}

/**
 * Item elements publishers invent for the story's picture: <StoryImage>, <fullimage>, <thumbimage>, <smallimage>, <featured_image>, Hashnode's <cover_image>,
 * <thumbnail>, <photo>, <picture>, <imageUrl>, <image_url>, <image_link>, <newsimage>, and <Image> or <img> with a URL for text.
 */
const PUBLISHER_IMAGE = /^(?:(?:story|full|thumb|large|main|featured|lead|top|news|big|small|cover)[_-]?(?:image|img|photo)|image|img|thumbnail|thumb|photo|picture|(?:image|img|photo|thumbnail)[_-]?(?:url|link|src))$/i;

/**
 * Indian and other CMS feeds name the picture in an element of their own,
 * its text a URL. Last in line, after every standard place; taken only when
 * the text is an absolute web link, so no other field is read as a picture.
 */
function publisherImages(raw: Raw | undefined): string[] {
  if (!raw) return [];
  return Object.keys(raw)
    .filter((key) => PUBLISHER_IMAGE.test(key))
    .sort((a, b) => pictureRank(a) - pictureRank(b))
    .map((key) => text(raw[key]))
    .filter((url): url is string => !!url && /^https?:\/\/\S+$/i.test(url));
}

/**
 * The full-size picture before the story's and the thumbnail last, whatever order the elements come in: NDTV writes
 * <StoryImage> (625×300) and <thumbimage> before <fullimage> (1200×675), and the smaller was taken.
 */
const PICTURE_RANKS: [RegExp, number][] = [
  [/^(?:full|large|big|main|lead|featured|top)/i, 0],
  [/^(?:thumb|small)/i, 2],
];

function pictureRank(key: string): number {
  return PICTURE_RANKS.find(([name]) => name.test(key))?.[1] ?? 1;
}

function categoriesOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : []).map((c) => text(c) ?? '').filter(Boolean);
}

/**
 * An item's dc:subject. Pinboard and del.icio.us-style bookmark feeds write an item's tags space-separated in one
 * dc:subject and list each in taxo:topics: there they are several tags. Elsewhere a subject of several words is one
 * ("Foreign affairs").
 */
function subjectsOf(raw: Raw): string[] {
  const subjects = categoriesOf(raw['dc:subject']);
  return raw['taxo:topics'] === undefined ? subjects : subjects.flatMap((s) => s.split(/\s+/));
}

const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/** A day: no publisher's hint holds a feed back longer (timing.ts caps every delay there too), so none is shown longer. */
const MAX_TTL_MINUTES = 24 * 60;

/**
 * The publisher's floor on polling, from <ttl> and sy:updatePeriod/sy:updateFrequency, in minutes. WordPress
 * prints "hourly, once" in every feed whatever the site does; it is taken at its word all the same: the floor
 * is the publisher's to set, and an operator cannot tell a meant "hourly" from a template's.
 */
function ttlOf(feed: Raw): number | null {
  const ttl = Number(text(feed.ttl));
  const period = PERIOD_MINUTES[(text(feed.syUpdatePeriod) ?? '').toLowerCase()];
  const frequency = Math.max(1, Number(text(feed.syUpdateFrequency)) || 1);
  const fromSy = period ? period / frequency : null;
  const fromTtl = Number.isFinite(ttl) && ttl > 0 ? ttl : null;
  if (fromSy === null && fromTtl === null) return null;
  return Math.min(MAX_TTL_MINUTES, Math.max(fromSy ?? 0, fromTtl ?? 0));
}

/** The text of an xml2js value: a string, `{_: text}`, or the first of an array. */
export function text(value: unknown): string | null {
  const v = first(value);
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && typeof (v as Raw)._ === 'string') return ((v as Raw)._ as string).trim() || null;
  return null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A media:thumbnail that gives its address as its text, not in url= (note.com's "<media:thumbnail>https://assets.st-note.com/…</media:thumbnail>"):
 * Media RSS puts it in url=, but the element says what it holds, and the story had no picture. A whole address only.
 */
function addressAsText(value: unknown, kind: 'content' | 'thumbnail'): Record<string, string> | null {
  const url = kind === 'thumbnail' ? text(value) : null;
  return url && /^https?:\/\/\S+$/.test(url) ? { url } : null;
}

function attrs(value: unknown): Record<string, string> | null {
  const v = first(value);
  return v && typeof v === 'object' && (v as Raw).$ ? ((v as Raw).$ as Record<string, string>) : null;
}

function attr(value: unknown, name: string): string | null {
  return attrs(value)?.[name]?.trim() || null;
}

function compact(values: (string | null)[]): string[] {
  return values.filter((v): v is string => !!v);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((l) => l.trim()).filter(Boolean).join(', ');
}

function preview(s: string): string {
  // Control characters say nothing to the reader of a feed's error, and some break the terminal or page that shows it.
  const line = s.slice(0, 60).replace(/\s+/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  return s.length > 60 ? `${line}…` : line;
}

/** Text decoded from bytes that were never text: control characters and undecodable bytes among the first few hundred. */
function isBinary(s: string): boolean {
  const head = s.slice(0, 512);
  const odd = head.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd >= 4 && odd > head.length / 20;
}
