/**
 * Namespaced elements read by their namespace, not by the prefix a feed happens to bind it to. The feed reader names
 * module elements by their usual prefixes (content:encoded, dc:creator, media:content, itunes:summary …), as rss-parser
 * does; a generator that binds a module to another prefix (Python's ElementTree writes `ns0:encoded`, others `c:encoded`,
 * `d:creator`, `m:content`, `html:body`) or declares it as the default namespace of the element itself (`<encoded
 * xmlns="http://purl.org/rss/1.0/modules/content/">`) wrote the same elements, and lost the story's text, byline, date
 * or picture. Such elements are renamed to the usual prefix before the document is parsed.
 */

/**
 * A namespace URI as generators slip in writing it: without its closing slash ("http://purl.org/dc/elements/1.1"), over
 * https, in capitals. Each module's namespaces are told apart all the same.
 */
const uriKey = (uri: string) => uri.trim().toLowerCase().replace(/^https:/, 'http:').replace(/\/$/, '');

/** Module namespaces the reader reads, and the prefix it reads each under (by uriKey). */
const USUAL_PREFIX = new Map<string, string>(
  [
    ['http://purl.org/rss/1.0/modules/content/', 'content'],
    ['http://purl.org/dc/elements/1.1/', 'dc'],
    ['http://purl.org/dc/terms/', 'dcterms'],
    ['http://search.yahoo.com/mrss/', 'media'],
    ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
    ['http://www.google.com/schemas/play-podcasts/1.0', 'googleplay'],
    ['https://podcastindex.org/namespace/1.0', 'podcast'],
    ['http://www.w3.org/1999/xhtml', 'xhtml'],
    ['http://www.w3.org/2005/Atom', 'atom'],
    ['http://purl.org/rss/1.0/modules/syndication/', 'sy'],
    ['http://rssnamespace.org/feedburner/ext/1.0', 'feedburner'],
    ['http://www.youtube.com/xml/schemas/2015', 'yt'],
    ['http://www.google.com/schemas/sitemap-news/0.9', 'news'],
    ['http://www.google.com/schemas/sitemap-image/1.1', 'image'],
    ['http://prismstandard.org/namespaces/basic/2.0/', 'prism'],
    // Squarespace binds media: to the RSS Advisory Board's copy of Media RSS.
    ['http://www.rssboard.org/media-rss', 'media'],
    // RSS 1.0's root under another prefix (<R:RDF xmlns:R="…22-rdf-syntax-ns#">) was no feed's root.
    ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ].map(([uri, prefix]): [string, string] => [uriKey(uri!), prefix!]),
);

/**
 * Prefixes the reader knows for a namespace besides its usual one: .NET's SyndicationFeed writes Atom's as a10, old
 * FeedBurner feeds as atom10. Left as written.
 */
const KNOWN_ALIASES = new Set(['atom:a10', 'atom:atom10']);

/**
 * Namespaces whose element, declared as the default namespace of an element inside an RSS item, is read under the usual
 * prefix (with what it holds). Not Atom, XHTML or RDF: an Atom feed declares its own namespace on its root (and entries may
 * again), Atom's xhtml content holds a <div> in XHTML's, and an unprefixed <RDF> root is read as it is.
 */
const NOT_DEFAULT_MODULES = ['http://www.w3.org/2005/Atom', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'].map(uriKey);
const DEFAULT_MODULES = new Set([...USUAL_PREFIX.keys()].filter((uri) => !NOT_DEFAULT_MODULES.includes(uri)));

const DECLARATION = /\sxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document with module elements under their usual prefixes; the same string when it needs none. */
export function withUsualPrefixes(xml: string): string {
  if (!xml.includes('xmlns')) return xml;
  const bound = new Map<string, Set<string>>();
  let defaults = false;
  for (const m of xml.matchAll(DECLARATION)) {
    const uri = uriKey(m[2] ?? m[3] ?? '');
    if (m[1] === undefined) {
      defaults ||= DEFAULT_MODULES.has(uri);
      continue;
    }
    bound.set(m[1], (bound.get(m[1]) ?? new Set()).add(uri));
  }
  const renames = new Map<string, string>();
  for (const [prefix, uris] of bound) {
    const usual = uris.size === 1 ? USUAL_PREFIX.get([...uris][0]!) : undefined;
    if (!usual || usual === prefix || KNOWN_ALIASES.has(`${usual}:${prefix}`)) continue;
    // The usual prefix bound to another namespace in this document: the two would read as one.
    const other = bound.get(usual);
    if (other && (other.size > 1 || !other.has([...uris][0]!))) continue;
    renames.set(prefix, usual);
  }
  if (renames.size === 0 && !defaults) return xml;
  return renamed(xml, renames, defaults);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * One pass over the markup (CDATA sections and comments passed over whole): tags and declarations of the renamed
 * prefixes take the usual one; an element declaring a module as its default namespace, and the elements inside it,
 * take the module's prefix.
 */
function renamed(xml: string, renames: Map<string, string>, defaults: boolean): string {
  const prefixes = [...renames.keys()].map(escape).join('|');
  const alternatives = [String.raw`<!\[CDATA\[`, '<!--'];
  if (prefixes) alternatives.push(`<(?<slash>/?)(?<tag>${prefixes}):(?=[A-Za-z_])`, String.raw`\sxmlns:(?<declared>${prefixes})(?=\s*=)`);
  if (defaults) alternatives.push(String.raw`<(?<name>[A-Za-z_][\w.-]*)(?=\s)(?<attrs>[^<>]*?\sxmlns\s*=\s*["'](?<uri>[^"']*)["'][^<>]*?)(?<selfClosing>/?)>`);
  const pattern = new RegExp(alternatives.join('|'), 'g');
  let out = '';
  let done = 0;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const [all] = m;
    const { slash, tag, declared, name, attrs, uri, selfClosing } = m.groups ?? {};
    if (all === '<![CDATA[' || all === '<!--') {
      const end = xml.indexOf(all === '<!--' ? '-->' : ']]>', m.index + all.length);
      if (end < 0) break;
      pattern.lastIndex = end + 3;
      continue;
    }
    if (tag !== undefined) {
      out += `${xml.slice(done, m.index)}<${slash}${renames.get(tag)}:`;
    } else if (declared !== undefined) {
      out += `${xml.slice(done, m.index)}${all.slice(0, all.indexOf('xmlns'))}xmlns:${renames.get(declared)}`;
    } else {
      const prefix = DEFAULT_MODULES.has(uriKey(uri!)) ? USUAL_PREFIX.get(uriKey(uri!)) : undefined;
      if (!prefix) {
        // Another namespace's element (an Atom feed's root): its prefixed declarations are looked at still.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      out += `${xml.slice(done, m.index)}<${prefix}:${name}${attrs}${selfClosing}>`;
      done = m.index + all.length;
      if (selfClosing) continue;
      const close = xml.indexOf(`</${name}>`, done);
      if (close < 0) continue;
      out += inNamespace(xml.slice(done, close), prefix) + `</${prefix}:${name}>`;
      done = close + name!.length + 3;
      pattern.lastIndex = done;
      continue;
    }
    done = m.index + all.length;
  }
  return done === 0 ? xml : out + xml.slice(done);
}

/** What an element in a module's default namespace holds: its unprefixed elements are the module's too (CDATA passed over). */
function inNamespace(inner: string, prefix: string): string {
  if (!inner.includes('<')) return inner;
  return inner.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (all, slash: string | undefined, name: string | undefined) =>
    name === undefined ? all : `<${slash ?? ''}${prefix}:${name}`,
  );
}
