/**
 * Links as a reader would keep them: absolute (resolved against the entry's
 * xml:base, else the feed's, else the feed URL), http(s) only, without the
 * fragment or the click-tracking parameters that make one story look like
 * many (utm_*, fbclid, gclid and kin).
 */

const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  '_hsenc', '_hsmi', 'mkt_tok', 'ref_src', 'ref_url', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'wt_mc', 'wt.mc_id', 'cmpid', 'ncid', 'ocid', 'sr_share', 'at_medium', 'at_campaign',
  // A visitor's session, which PHP, Java and ColdFusion sites write into every link they print, feeds included: each
  // poll's links differ, and one story came back as a new one.
  'phpsessid', 'jsessionid', 'cfid', 'cftoken',
  // … a session under its generic name ("story?sessionid=abc123&id=9"), and Google Analytics' cross-domain linker
  // ("_gl=1*1x2y3z*_ga*MTIz…"), a visitor's id and the time of the click.
  'sessionid', 'session_id', '_gl',
  // Naver Blog's "fromRss=true" on every post its feed links: its name says the click came from the feed.
  'fromrss',
  // Deutsche Welle's campaign code on every link of its feeds ("maca=en-rss-en-all-1573-rdf"), one for each feed and
  // channel: the same article read from two of its feeds came as two stories.
  'maca',
  // comScore's campaign parameters beside its ns_mchannel ("ns_mchannel=rss&ns_campaign=1490", as the Daily Mail writes
  // them with its own "ito=1490"), and CBS's and CNET's feed tag ("ftag=CNM-00-10aab7e"): a code for each feed, so the
  // same article read from two feeds came as two stories.
  'ns_campaign', 'ns_linkname', 'ns_fee', 'ito', 'ftag',
]);

/** Java's session id written into the path ("/detail.do;jsessionid=A1B2C3?id=7"): no part of the page's address. */
const PATH_SESSION = /;jsessionid=[^/?#]*/i;
/**
 * ASP.NET's cookieless session written as the path's first segment ("/(S(lx3hzs55qwe1x2))/NewsDetail.aspx?id=5", with
 * "A(…)" and "F(…)" for its other tickets): older government and press sites on ASP.NET print it in every link, so each
 * visit's links differ. The page is the path without it.
 */
const COOKIELESS_SESSION = /^\/\((?:[A-Z]\([\w-]*\))+\)(?=\/)/;

/**
 * Parameters that say which feed a click came from: Medium's "source=rss----…", the New York Times'
 * "partner=rss&emc=rss", plugins' "ref=rss", "from=feed", Yahoo's ".tsrc=rss", Naver Blog's "trackingCode=rss",
 * Al Jazeera's "traffic_source=rss", the Washington Post's "wprss=rss_world", the Economist's "fsrc=rss|asi". The same
 * story read from its page or another feed has none: kept, they split one story in two. Only with such a value:
 * "source=reuters" is the page's.
 */
const FEED_REFERRER_KEYS = new Set(['source', 'ref', 'partner', 'emc', 'from', 'src', 'cmp', 'ns_source', 'ns_mchannel', 'xtor', '.tsrc', 'trackingcode', 'traffic_source', 'wprss', 'fsrc']);
// "rss", "RSS-3208" (AT Internet's xtor, as Le Monde and Le Figaro write it), "PublicRSS20-sa" (the BBC's ns_source),
// "rss_world" (the Washington Post's wprss), "rss|asi" (the Economist's fsrc).
const FEED_REFERRER_VALUE = /^(?:public)?(?:rss|feed|atom)(?:$|[-_:.|\d])/i;

/**
 * Matomo's (formerly Piwik's) campaign parameters, utm_*'s counterpart on sites that keep their analytics in house
 * (the European Commission's press corner, many European governments and universities): "pk_campaign=rss_page",
 * "mtm_source=feed". Only the campaign names, so a site's own "pk_id" stays.
 */
const MATOMO_CAMPAIGN = /^(?:pk|mtm|matomo|piwik)_(?:campaign|cpn|kwd|keyword|source|medium|content|cid|group|placement)$/;

/**
 * A mailing tool's merge tag that was never filled in, as campaign-archive feeds write a subscriber's key into the link
 * (Mailchimp's "mailchi.mp/desk/issue?e=[UNIQID]", "*|UNIQID|*", a template's "{{ subscriber.id }}", "%%emailaddr%%"): the parameter
 * names no one, and the page is the same without it.
 */
const UNFILLED_MERGE_TAG = /^(?:\[[A-Z][A-Z_]{2,30}\]|\*\|[A-Z][A-Z_:]{2,30}\|\*|\{\{\s*[\w.]{2,40}\s*\}\}|%%[\w]{2,30}%%)$/;

function isTracking(key: string, value: string): boolean {
  const k = key.toLowerCase();
  return k.startsWith('utm_') || TRACKING.has(k) || MATOMO_CAMPAIGN.test(k) || (FEED_REFERRER_KEYS.has(k) && FEED_REFERRER_VALUE.test(value)) || UNFILLED_MERGE_TAG.test(value);
}

/** Resolves `href` against the bases, outermost first: each base is itself resolved against the one before (feed URL, feed xml:base, entry xml:base). */
export function absoluteUrl(href: string | null | undefined, ...bases: (string | null | undefined)[]): string | null {
  return absoluteParsed(href, bases)?.toString() ?? null;
}

/** absoluteUrl, as the URL parsed (canonicalLink goes on with it rather than parsing the address again). */
function absoluteParsed(href: string | null | undefined, bases: (string | null | undefined)[]): URL | null {
  const h = asWritten(href);
  if (!h) return null;
  let base: string | undefined;
  for (const b of bases) {
    if (!b) continue;
    // a broken base is skipped, not fatal
    base = (base === undefined ? outermostBase(b) : resolved(b, base)) ?? base;
  }
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function resolved(href: string, base?: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/** The outermost base last resolved (the feed's, the same for every link of every story of a feed) and what it resolved to. */
let lastOutermost: { written: string; base: string | null } | null = null;

function outermostBase(written: string): string | null {
  if (lastOutermost?.written !== written) lastOutermost = { written, base: resolved(written) };
  return lastOutermost.base;
}

const ANCHOR_HREF = /^<a\s[^>]*?\bhref\s*=\s*["']([^"']+)["']/i;

/**
 * A link as its publisher meant it. Slips seen in real feeds:
 * - "www.site.example/news/1" or "site.example/news/1" without a scheme is a
 *   host, not a path below the feed's URL: it is read as
 *   "//www.site.example/news/1", taking the base's scheme;
 * - "&amp;" inside CDATA (the CMS escaped the URL, then wrapped it in CDATA)
 *   is never meant literally: it is "&";
 * - "\/" is JSON's escaped slash, never a path's;
 * - an HTML anchor where the address belongs is its href.
 */
function asWritten(href: string | null | undefined): string | null {
  let h = href?.trim();
  if (!h) return null;
  // A template that printed the link as an anchor ("<a href="https://…">Read</a>" in CDATA): the address is its href.
  if (h.startsWith('<')) h = ANCHOR_HREF.exec(h)?.[1]?.trim() ?? h;
  if (h.includes('&amp;')) h = h.replace(/&amp;/g, '&');
  // PHP's json_encode escapes slashes ("https:\/\/site\/news\/1"), and feeds built from JSON keep them.
  if (h.includes('\\/')) h = h.replace(/\\\//g, '/');
  return /^www\.[^/\s.]+\.[^/\s]+/i.test(h) || hostFirst(h) ? `//${h}` : h;
}

/** The ends of file names a relative link's first segment may carry ("story.html/2", "index.php/news"): not a host's. */
const FILE_ENDING = /\.(?:s?html?|php\d?|aspx?|jsp|cgi|pl|cfm|xml|json|rss|atom|txt)$/i;

/** "desk.example.in/news/1": a domain name and then a path, a host written without its scheme (or www.). */
function hostFirst(h: string): boolean {
  const first = /^((?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,12})\//i.exec(h)?.[1];
  return first !== undefined && !FILE_ENDING.test(first);
}

/**
 * A single-page site's route written after the hash ("/#!/news/10", "/#/news/10"): the page's address, not a place on
 * it. Dropped as a fragment is, every story of such a site linked to its front page.
 */
const HASH_ROUTE = /^#!?\/./;

/**
 * The markers that ask a site for its Google AMP copy of a page, by a standard every such site follows: the AMP
 * plugin for WordPress ("?amp=1", "?amp", and "/amp/" after a post's path) and Arc's "outputType=amp" (the Washington
 * Post and Arc's other newsrooms). Without them the address is the page itself. Other AMP addresses ("/amp/slug",
 * "story.amp.html") are no rule: storyLink takes the item's guid for them when it names the page, never a guess.
 */
const AMP_PARAMS: [string, RegExp][] = [
  ['amp', /^(?:|1|true)$/i],
  ['outputtype', /^amp$/i],
];
const AMP_PATH_SUFFIX = /(?<=[^/]\/)amp\/?$/i;
/**
 * "/amp" after a page's file name ("…/story-12345.html/amp", as Moneycontrol and other news CMSs write the AMP copy):
 * the page is the file, without the slash. Kept, "story-12345.html/" is no page those servers serve.
 */
const AMP_AFTER_FILE = /(?<=\.(?:s?html?|cms|php|aspx?|jsp))\/amp\/?$/i;

function withoutAmpMarkers(u: URL): void {
  if (AMP_AFTER_FILE.test(u.pathname)) u.pathname = u.pathname.replace(AMP_AFTER_FILE, '');
  else if (AMP_PATH_SUFFIX.test(u.pathname)) u.pathname = u.pathname.replace(AMP_PATH_SUFFIX, '');
  for (const [k, v] of [...u.searchParams]) {
    if (AMP_PARAMS.some(([name, value]) => name === k.toLowerCase() && value.test(v))) u.searchParams.delete(k);
  }
}

export function canonicalLink(href: string | null | undefined, ...bases: (string | null | undefined)[]): string | null {
  const absolute = absoluteParsed(href, bases);
  if (!absolute) return null;
  const u = unwrapRedirect(absolute);
  if (!HASH_ROUTE.test(u.hash)) u.hash = '';
  if (u.pathname.includes(';')) u.pathname = u.pathname.replace(PATH_SESSION, '');
  if (u.pathname.startsWith('/(')) u.pathname = u.pathname.replace(COOKIELESS_SESSION, '');
  if (/amp/i.test(u.pathname + u.search)) withoutAmpMarkers(u);
  const drop = [...u.searchParams].filter(([k, v]) => isTracking(k, v)).map(([k]) => k);
  // Touch the query only when something goes: URLSearchParams re-encodes what it writes back.
  if (drop.length > 0) {
    for (const k of drop) u.searchParams.delete(k);
  }
  if (u.search !== '' && [...u.searchParams.keys()].length === 0) u.search = '';
  // "story.html?" with nothing after the mark is "story.html": kept, the two were two stories.
  const out = u.toString();
  return u.search === '' && out.endsWith('?') ? out.slice(0, -1) : out;
}

/**
 * Google Alerts, Google News and Bing News feeds link through a redirect
 * (`https://www.google.com/url?...&url=<story>`, a Google News article id,
 * `https://www.bing.com/news/apiclick.aspx?...&url=<story>`), feeds made from
 * social posts through Facebook's or LinkedIn's link shim, and some
 * feeds through Google's AMP cache or viewer: every story
 * would then share one host and never match the same story from its
 * outlet's own feed. The outlet's URL is the story's link.
 */
function unwrapRedirect(written: URL): URL {
  const parsed = withoutMeasurementPrefix(written);
  const target = redirectTarget(parsed);
  // No redirect: the address as parsed already, which the caller may change (it is no one else's).
  return target === null ? parsed : new URL(target);
}

const UN_NEWS_FEED_VIEW = /^\/feed\/view\/([a-z]{2})\/(?=story\/)/;

/** The story's address a redirect names, or null when `u` is no redirect (or names none). */
function redirectTarget(u: URL): string | null {
  if (/^news\.google\.[a-z.]+$/i.test(u.hostname)) return googleNewsTarget(u.pathname);
  if (u.hostname.endsWith('.cdn.ampproject.org') || (u.pathname.startsWith('/amp/') && /^(?:www\.)?google\.[a-z.]+$/i.test(u.hostname))) return ampTarget(u);
  // Bing News' feeds link through its click counter: "https://www.bing.com/news/apiclick.aspx?…&url=<story>".
  if (u.pathname.toLowerCase() === '/news/apiclick.aspx' && /^(?:www\.)?bing\.com$/i.test(u.hostname)) return targetOf(u, 'url');
  // Facebook's and LinkedIn's link shims, which feeds made from a page's or a profile's posts link through.
  if (u.pathname === '/l.php' && /^(?:l|lm)\.facebook\.com$/i.test(u.hostname)) return targetOf(u, 'u');
  if (u.pathname === '/redir/redirect' && /^(?:www\.)?linkedin\.com$/i.test(u.hostname)) return targetOf(u, 'url');
  // UN News' feeds link each story through their feed's counter, "news.un.org/feed/view/en/story/2026/11/1155555", which forwards
  // to the story's page, "news.un.org/en/story/2026/11/1155555", the address the site and every other feed give it.
  if (u.hostname === 'news.un.org' && UN_NEWS_FEED_VIEW.test(u.pathname)) return `${u.origin}${u.pathname.replace(UN_NEWS_FEED_VIEW, '/$1/')}${u.search}`;
  if (!/^(?:www\.)?google\.[a-z.]+$/i.test(u.hostname) || u.pathname !== '/url') return null;
  return targetOf(u, 'url', 'q');
}

/**
 * Podcast hosts put a measurement service's address before an episode's file ("https://dts.podtrac.com/redirect.mp3/
 * media.host.fm/212.mp3", "https://op3.dev/e/…", Chartable's "chtbl.com/track/ID/…", Podsights' "pdst.fm/e/…"), often
 * several in a chain: the file is the address after the prefixes, which every other feed and app names without them.
 * By host, the path that stands before the file's host.
 */
const MEASUREMENT_PREFIXES: [RegExp, RegExp][] = [
  [/^(?:dts\.|www\.)?podtrac\.com$/, /^\/(?:pts\/)?redirect\.[a-z\d]{2,4}\//],
  [/^(?:chtbl\.com|chrt\.fm|tracking\.swap\.fm)$/, /^\/track\/[^/]+\//],
  [/^(?:pdst\.fm|prfx\.byspotify\.com)$/, /^\/e\//],
  [/^op3\.dev$/, /^\/e(?:,[^/]*)?\//],
  [/^(?:verifi\.podscribe\.com|pscrb\.fm)$/, /^\/rss\/p\//],
  [/^pfx\.vpixl\.com$/, /^\/[^/]+\//],
  [/^mgln\.ai$/, /^\/e\/[^/]+\//],
  [/^arttrk\.com$/, /^\/p\/[^/]+\//],
  [/^claritaspod\.com$/, /^\/measure\//],
];

function withoutMeasurementPrefix(absolute: URL): URL {
  // A URL parsed from an address reads the same as one parsed from its serialisation: each hop is parsed once.
  let u = absolute;
  for (let hop = 0; hop < 5; hop++) {
    const prefix = MEASUREMENT_PREFIXES.find(([host]) => host.test(u.hostname.toLowerCase()))?.[1].exec(u.pathname);
    if (!prefix) return u;
    // The rest is the file's host and path, sometimes with its scheme written in ("op3.dev/e/https://…").
    const rest = u.pathname.slice(prefix[0].length).replace(/^https?:\/\/?/i, '');
    if (!/^[^/]+\.[^/]+\/./.test(rest)) return u;
    try {
      u = new URL(`${u.protocol}//${rest}${u.search}`);
    } catch {
      return u;
    }
  }
  return u;
}

/**
 * The page a Google AMP cache or viewer address serves: "https://www-site-example.cdn.ampproject.org/c/s/www.site.example/a.html"
 * and "https://www.google.com/amp/s/www.site.example/a.html" are "https://www.site.example/a.html" ("s/": over https).
 */
function ampTarget(u: URL): string | null {
  const m = /^\/(?:amp|[cvi])\/(s\/)?([^/?#]+\.[^/?#]+(?:\/.*)?)$/.exec(u.pathname);
  if (!m) return null;
  try {
    return new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`).toString();
  } catch {
    return null;
  }
}

/** The first of the parameters that holds a web address: where a redirect leads. */
function targetOf(u: URL, ...names: string[]): string | null {
  for (const name of names) {
    const target = u.searchParams.get(name);
    if (target && /^https?:\/\/[^/\s]/i.test(target)) return target;
  }
  return null;
}

/**
 * A Google News article id (`/rss/articles/CBMi…`, `/__i/rss/rd/articles/…`)
 * is base64url of a small protobuf: field 1 a number, field 4 the outlet's URL.
 * Ids minted since 2024 hold an opaque key there instead (`AU_yqL…`): those
 * stay Google's link, as there is no URL to read without asking Google.
 */
function googleNewsTarget(path: string): string | null {
  const id = /\/articles\/([A-Za-z0-9_-]{8,})$/.exec(path)?.[1];
  if (!id) return null;
  const bytes = Buffer.from(id, 'base64url');
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; shift < 28 && at < bytes.length; shift += 7) {
      const b = bytes[at++]!;
      value |= (b & 0x7f) << shift;
      if (b < 0x80) return value;
    }
    return -1;
  };
  if (bytes[at++] !== 0x08 || varint() < 0 || bytes[at++] !== 0x22) return null;
  const length = varint();
  if (length < 10 || at + length > bytes.length) return null;
  const url = bytes.subarray(at, at + length).toString('latin1');
  return /^https?:\/\/[^/\s]+[^\s]*$/.test(url) ? url : null;
}

/** An address of a page's AMP copy by no rule a link can be mended by: "/amp/story-slug-123", "/world/story.amp.html". */
export const AMP_PAGE = /\/amp\/|\.amp(?:\.html?)?$/i;
/** A host that serves a site's AMP copies: "amp.site.example" (the Guardian's, CNN's, USA Today's). */
export const AMP_HOST = /^amp\./i;

/**
 * A page's address without the marks that make it its AMP copy's, as a key to compare two addresses by (not an
 * address to open): an "amp." host is the site's, and "/amp" segments, "amp_"/"_amp" and "-amp"/".amp" before an
 * ending go ("/amp/news/x.html", "/x/amp_articleshow/1.cms", "/x-101-amp.html", "/x.amp", "/x/amp/"). The site's
 * "www." and a closing slash are left out too.
 */
export function withoutAmpMarks(url: URL): string {
  return addressKey(url, true);
}

/** Whether an address carries a mark AMP adds (see withoutAmpMarks): "campaign" or "/stamps/" is no such mark. */
export function hasAmpMarks(url: URL): boolean {
  return addressKey(url, true) !== addressKey(url, false);
}

function addressKey(url: URL, withoutAmp: boolean): string {
  const host = url.hostname.toLowerCase().replace(withoutAmp ? /^(?:www|amp)\./ : /^www\./, '');
  const path = withoutAmp
    ? url.pathname.replace(/\/amp(?=\/|$)/gi, '').replace(/(?<=\/)amp[_-](?=[^/])|(?<=[^/])[_-]amp(?=[./]|$)|\.amp(?=\.[a-z]+$|$)/gi, '')
    : url.pathname;
  return `${host}${path.replace(/\/$/, '')}${url.search}`;
}

/** A script in a site's address with a path after it: "/index.php/news" (Joomla, MODX), "/default.aspx/section". */
const FRONT_CONTROLLER = /(\/[^/?#]+\.(?:php|aspx?|jsp|cgi))\/[^?#]*/i;

/**
 * The link when it is an absolute http(s) URL (a site a feed names, to resolve its relative links against), else null.
 * A site linked through its script ("https://town.example/index.php/news", Joomla without URL rewriting) has its
 * pages' relative addresses under the script's folder: "images/a.jpg" is "/images/a.jpg", not "/index.php/images/a.jpg".
 */
export function siteUrl(link: string | null | undefined): string | null {
  const l = link?.trim();
  if (!l || !/^https?:\/\/[^/\s]/i.test(l)) return null;
  return l.includes('/', l.indexOf('//') + 2) && FRONT_CONTROLLER.test(l) ? l.replace(FRONT_CONTROLLER, '$1') : l;
}

/** Blogger's and Google Photos' picture hosts, which serve any size of a picture its URL asks for. */
const GOOGLE_PICTURE_HOST = /(?:^|\.)bp\.blogspot\.com$|^blogger\.googleusercontent\.com$|^lh\d+\.googleusercontent\.com$/i;
/** The size in such a URL: a path segment ("/s72-c/", "/w400-h300-rw/") or a suffix ("=s72-c", "=w640-h360-p-k-no-nu"). */
const GOOGLE_PICTURE_SIZE = /\/(?:s\d{1,4}|w\d{1,4}-h\d{1,4})(?:-[a-z\d]+)*(?=\/[^/]+$)|=(?:s\d{1,4}|w\d{1,4}(?:-h\d{1,4})?)(?:-[a-z\d]+)*$/i;

/**
 * Image CDNs that serve a resized copy of a picture by what its URL asks, and the query parameters that ask it. Without
 * them each serves the picture at the size it was uploaded: Jetpack's Photon (i0–i3.wp.com: "?resize=300,200",
 * "?fit=1200,675", "?w=640"), WordPress.com's own file host ("?w=300") and WordPress VIP's uploads, Quintype's gumlet and imgix hosts ("?w=400&h=225",
 * the "rect" crop kept: it is the story's framing, not a size).
 */
const PHOTON_PARAMS = ['resize', 'fit', 'w', 'h', 'crop', 'zoom', 'lb'];
/**
 * Shopify's files, on cdn.shopify.com ("/s/files/1/0123/4567/articles/…") and on a shop's own host ("/cdn/shop/…"), and the size a file's
 * name asks of them (Liquid's img_url: "rope_600x.jpg", "rope_600x400_crop_center.jpg", "rope_x300@2x.png"): without it, the file as the shop
 * uploaded it. The sizes Shopify named before ("_grande", "_small") are left: a shop's own file may end so ("boat_small.jpg").
 */
const SHOPIFY_FILES = /^\/(?:s\/files|cdn\/shop)\/.+\.(?:jpe?g|png|gif|webp)$/i;
const SHOPIFY_SIZED_FILE = /_(?:\d{1,4}x\d{0,4}|x\d{1,4})(?:_crop_(?:top|center|bottom|left|right))?(?:@[23]x)?(\.(?:jpe?g|png|gif|webp))$/i;

const RESIZER_PARAMS: { host?: RegExp; path?: RegExp; params: string[]; unless?: string[] }[] = [
  { host: /^i[0-3]\.wp\.com$/i, params: PHOTON_PARAMS },
  { host: /\.files\.wordpress\.com$/i, params: PHOTON_PARAMS },
  // WordPress VIP serves a site's uploads through Photon on its own host ("/wp-content/uploads/x.jpg?w=300&h=200&crop=1");
  // a plain WordPress host serves the file and ignores the query: without it, either gives the upload.
  { path: /^\/wp-content\/uploads\//i, params: PHOTON_PARAMS },
  { host: /(?:^|\.)assettype\.com$/i, params: ['w', 'h'] },
  // imgix serves the picture at its upload size without them ("desk.imgix.net/x.jpg?w=300&h=200&fit=crop"); its "rect" is the
  // story's framing and stays. Quintype's own imgix hosts are imgix's.
  { host: /\.imgix\.net$/i, params: ['w', 'h', 'fit', 'crop', 'dpr', 'ar', 'max-w', 'max-h', 'min-w', 'min-h'] },
  // Akamai's Image Manager, on a publisher's own host: "imwidth=400" (and its pixel density) asks a copy that wide, and only it
  // reads that name; the address without it serves the picture.
  { path: /\.(?:jpe?g|png|gif|webp|avif)$/i, params: ['imwidth', 'imdensity'] },
  // Squarespace's image CDN: "…/pier.jpg?format=1000w" asks a copy that wide; without it, the upload.
  { host: /^images\.squarespace-cdn\.com$|^static\d*\.squarespace\.com$/i, params: ['format'] },
  // Contentful's Images API ("images.ctfassets.net/<space>/<asset>/<token>/well.jpg?w=800&h=450&fit=fill&fm=webp&q=75"): its size,
  // fit, focus, format and quality; without them it serves the asset as uploaded.
  { host: /^images(?:\.eu)?\.ctfassets\.net$/i, params: ['w', 'h', 'fit', 'f', 'fm', 'fl', 'q'] },
  // Sanity's image pipeline ("cdn.sanity.io/images/<project>/<dataset>/<id>-3000x2000.jpg?w=600&h=400&fit=crop&auto=format"), imgix's
  // parameters by name: without them, the upload. Its "rect" is the story's framing and stays, as imgix's does.
  { host: /^cdn\.sanity\.io$/i, params: ['w', 'h', 'fit', 'crop', 'auto', 'fm', 'q', 'dpr', 'max-w', 'max-h', 'min-w', 'min-h'] },
  // Human Made's Tachyon, WordPress sites' Photon on their own host ("/tachyon/2026/11/x.jpg?fit=1024%2C683", Rappler's): Photon's
  // arguments, and without them the upload.
  { path: /^\/tachyon\//i, params: [...PHOTON_PARAMS, 'quality'] },
  // Contentstack's Image Delivery API ("images.contentstack.io/v3/assets/<stack>/<asset>/<version>/x.jpg?width=400&quality=75&format=webp"):
  // its size, fit, quality, format and density; without them it serves the asset as uploaded. A crop or trim is the story's framing.
  { host: /^(?:(?:eu|azure-na|azure-eu|gcp-na|gcp-eu)-)?images\.contentstack\.(?:io|com)$/i, params: ['width', 'height', 'fit', 'quality', 'format', 'auto', 'dpr', 'disable'], unless: ['crop', 'trim'] },
  // Prismic serves its images through imgix ("images.prismic.io/<repo>/<id>_x.jpg?auto=format,compress&w=640&h=360"): imgix's size and
  // format parameters go, its "rect" crop stays.
  { host: /^images\.prismic\.io$/i, params: ['w', 'h', 'fit', 'auto', 'q', 'fm', 'dpr', 'ar', 'max-w', 'max-h', 'min-w', 'min-h'] },
  // Umbraco's media ("/media/x2hd4kqv/terminal.jpg?width=600&height=400&mode=crop&rnd=1337…", its folder an id): ImageSharp (ImageProcessor
  // before it) serves the file as uploaded without its size, fit and cache-buster parameters. Its crop coordinates ("cc", "crop") are the
  // story's framing: an address with them stays.
  // Shopify's CDN, on cdn.shopify.com and on a shop's own host ("/cdn/shop/articles/rope.jpg?v=1764200000&width=600"): its size and crop
  // parameters; "v" is the file's version and stays.
  { path: SHOPIFY_FILES, params: ['width', 'height', 'crop', 'pad_color'] },
  { path: /^\/media\/(?:\d{3,6}|(?=[a-z]*\d)[a-z\d]{8})\/[^/]+\.(?:jpe?g|png|gif|webp)$/i, params: ['width', 'height', 'mode', 'anchor', 'ranchor', 'rnd', 'quality', 'format', 'upscale', 'bgcolor'], unless: ['cc', 'crop', 'rxy', 'center'] },
];
/**
 * A query parameter that signs an address (imgix's "s", the Guardian's "s", Arc's "auth", a CDN's token): the signature covers
 * the size asked, so without it the address is refused. A signed address is never changed.
 */
const SIGNATURE_PARAMS = ['s', 'sig', 'signature', 'auth', 'token', 'hmac', 'hash', 'x-amz-signature', 'expires', 'policy', 'key-pair-id'];
/** Akamai Image Manager's "im=Resize,width=400" (or "Resize=(400,225)"): a resize and nothing else, which the address without it does not do. */
const AKAMAI_RESIZE = /^Resize(?:,(?:width|height|aspect)=[\d.:]+)+$|^Resize=\(\d+(?:,\d+)?\)$/i;
/**
 * The size WordPress writes into the name of each smaller copy it makes of an upload: "photo-300x200.jpg" beside
 * "photo.jpg". Only under /wp-content/uploads/, where WordPress alone names files.
 */
const WORDPRESS_SIZED_FILE = /(\/wp-content\/uploads\/(?:[^?#]*\/)?[^/?#]+?)-\d{2,5}x\d{2,5}(\.(?:jpe?g|png|gif|webp|avif))$/i;
/**
 * Strapi's resized copies of an upload, its format's name before the upload's own ("/uploads/small_bus_lane_3f2a1b9c8d.jpg" beside
 * "/uploads/bus_lane_3f2a1b9c8d.jpg"): its upload plugin names each format "<thumbnail|small|medium|large>_<hash>", the hash the
 * file's name and ten hex digits of its own, and keeps the upload under that hash. Only so named: "/uploads/small_logo.png" is a file.
 */
const STRAPI_SIZED_FILE = /^((?:\/[^/]+)*\/uploads\/)(?:thumbnail|small|medium|large)_(?=[^/]*_[\da-f]{10}\.(?:jpe?g|png|gif|webp|avif|tiff?)$)/i;

/**
 * Typepad's assets ("/.a/6a00d8341c…200d-800wi"): the asset's id and a suffix for the copy, "-800wi" one 800 wide, "-pi" the picture as
 * uploaded, which Typepad's own markup links each copy to (`<a class="asset-img-link" href="…-pi"><img src="…-800wi">`). A square crop
 * ("-50si") is a crop, and stays.
 */
const TYPEPAD_SIZED = /^(\/\.a\/6a[\da-f]{30,36})-\d{2,4}wi$/i;

/**
 * Storyblok's Image Service: the asset's address ("a.storyblok.com/f/<space>/<width>x<height>/<id>/x.jpg") and after it "/m/" and what
 * it asks ("/m/600x400", "/m/600x400/smart", "/m/600x0/filters:quality(70):format(webp)"): the address before "/m/" is the asset as
 * uploaded. A crop ("/m/600x400/100x50:700x450") or a focal point ("filters:focal(…)") is the story's framing and stays.
 */
const STORYBLOK_SIZED = /^(\/f\/\d+\/\d+x\d+\/[\da-f]+\/[^/]+\.(?:jpe?g|png|gif|webp|avif))\/m\/(?:\d+x\d+(?:\/(?:smart|fit-in))?)?(?:\/?filters:(?![^/]*focal)[^/]*)?\/?$/i;
const STORYBLOK_HOST = /^a(?:-[a-z]{2})?\.storyblok\.com$/i;

/**
 * Drupal's image styles: "<files>/styles/<style>/public/<path>?itok=…" is the derivative Drupal makes of the public file "<files>/<path>"
 * (ImageStyle::buildUri), a site-wide preset (a thumbnail, a card) as WordPress's "-300x200" copy is, and the upload is served at that
 * address, as are the S3 module's ("/s3fs-public/styles/…"); only under a folder so named, as Drupal's files are. A style that converts
 * writes the new extension after the upload's ("x.jpg.webp"). The query is the copy's (its "itok", the focal point module's "h", and an
 * S3 "VersionId", the derivative's version, which on the upload's address names none): it goes. A private file's style stays.
 */
const DRUPAL_STYLE = /^((?:\/[^/]+)*\/(?:files|s3fs-public))\/styles\/[\w-]+\/public\/([^?#]+?\.(?:jpe?g|png|gif|webp|avif))(?:\.(?:webp|avif|png|jpe?g))?$/i;
/**
 * Podigee's image proxy, willnorris/imageproxy ("images.podigee-cdn.net/0x,s<signature>=/https://main.podigee-cdn.net/uploads/…"): the
 * documented form "/<options>/<remote url>", the options here a size ("0x" none, "400x" 400 wide) and the signature; the picture is the
 * remote address. Other options (a crop, a rotation) make another picture, and the address stays.
 */
const PODIGEE_PROXIED = /^\/(?:\d*x\d*|\d+)(?:,s[\w-]{43}=)?\/(https?):\/\/?([^/]+\.[^/]+\/.+)$/;

/**
 * Ghost's resized copies of an upload: "/content/images/size/w600/2026/11/x.jpg" (and "…/size/w600/format/webp/…") beside
 * "/content/images/2026/11/x.jpg". Only under /content/images/size/, where Ghost alone names files (a site may sit in a folder).
 */
const GHOST_SIZED_FILE = /^((?:\/[^/]+)*\/content\/images)\/size\/w\d{2,5}(?:h\d{2,5})?(?:\/format\/[a-z]{3,5})?(?=\/)/i;
/**
 * Yahoo's resizer: "s.yimg.com/uu/api/res/1.2/<signature>/<size, base64>/<original>" (its syndication feeds' 130×86
 * thumbnails of each partner's picture, "…/https://media.zenfs.com/en/reuters.com/…") serves the picture at <original>.
 */
const YAHOO_RESIZED = /^\/[a-z]{2}\/api\/res\/1\.2\/[^/]+\/[^/]+\/(https?):\/\/?([^/]+\.[^/]+\/.+)$/;
/** Hatena's picture proxy: "cdn.image.st-hatena.com/image/scale/<hash>/enclosure/https/<host>/<path>" scales the picture at <host>/<path>. */
const HATENA_SCALED = /^\/image\/(?:scale|square)\/[^/]+\/[^/]+\/(https?)\/([^/]+\/.+)$/;
/**
 * Cloudinary's delivery address: "res.cloudinary.com/<cloud>/image/upload/<transformations>/v123/<public id>", each
 * transformation a segment of comma-joined "key_value" parts ("w_300,h_200,c_fill"). Without them it serves the upload; a
 * "fetch" address ("…/image/fetch/w_300/https://…") serves the picture at the address after them. A signed address
 * ("/s--AbCd1234--/") is left as it is. Substack's CDN is Cloudinary's fetch ("substackcdn.com/image/fetch/w_1456,c_limit/https%3A%2F%2F…").
 */
const CLOUDINARY_HOST = /^(?:[\w-]+-)?res\.cloudinary\.com$|^substackcdn\.com$/i;
const CLOUDINARY_PATH = /^((?:\/[^/]+)?\/(?:image|video)\/(upload|fetch))((?:\/[a-z]{1,3}_[^/]+)+)(\/.+)$/;
/**
 * A transformation that only sizes, fits or encodes the picture: width, height, the fit mode (any crop but "c_crop", which cuts
 * a region out), gravity, quality, format, density, aspect ratio and delivery flags. Anything else (an effect, an overlay, a
 * named transformation, a region's "x_"/"y_") makes the copy another picture, and the address is left.
 */
const CLOUDINARY_SIZE_PART = /^(?:[wh]_(?:\d+(?:\.\d+)?|auto)|c_(?:fill|fit|scale|limit|lfill|pad|lpad|mfit|mpad|thumb|fill_pad)|g_[a-z_]+|q_[\w:]+|f_[a-z0-9]+|dpr_[\d.]+|ar_[\d.:]+|fl_[a-z_.:]+)$/;

/**
 * Substack's signature over a fetch's transformations ("…/image/fetch/$s_!AbCd!,w_1456,c_limit/https%3A%2F%2F…", since 2025): it signs
 * the copy asked for, not the picture fetched, which is a public address of its own.
 */
const FETCH_SIGNATURE = /^((?:\/[^/]+)?\/image\/fetch\/)\$s_![\w-]+!,?/;

function cloudinaryOriginal(u: URL): string | null {
  const m = CLOUDINARY_PATH.exec(u.pathname.replace(FETCH_SIGNATURE, '$1'));
  if (!m || /\/s--[\w-]{8,}--\//.test(u.pathname)) return null;
  if (!m[3]!.slice(1).split('/').every((t) => t.split(',').every((part) => CLOUDINARY_SIZE_PART.test(part)))) return null;
  if (m[2] === 'upload') return `${u.origin}${m[1]}${m[4]}${u.search}`;
  const fetched = decodeURIComponent(m[4]!.slice(1));
  return /^https?:\/\/[^/\s]+\.[^/\s]+\/\S/i.test(fetched) ? fetched : null;
}

/**
 * Thumbor's address, as Arc XP's resizer and other newsrooms' image servers write it: "/resizer/<signature>=/300x200/
 * filters:format(jpg):quality(70)/<host>/<path>" (or "/unsafe/…"), a size, Thumbor's fit and alignment words and filters
 * before the picture it loads. The picture is at <host>/<path>; a manual crop ("10x20:300x220/") is the story's framing, and
 * the address is left. Arc's newer "/resizer/v2/<id>.jpg?auth=…" signs its size and names no picture: it stays.
 */
const THUMBOR_PATH = /^(?:\/[\w-]+)?\/(?:unsafe|[\w-]{27}=)\/(?:trim\/)?(?:(?:full-|adaptive-)?fit-in\/)?(?:-?\d*x-?\d*\/)?(?:(?:left|right|center)\/)?(?:(?:top|bottom|middle)\/)?(?:smart\/)?(?:filters(?::[a-z_]+\([^()/]*\))+\/)?(?:(https?):\/\/?)?([a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,24}\/[^?#]+\.(?:jpe?g|png|gif|webp|avif))$/i;

function thumborPicture(u: URL): string | null {
  const m = THUMBOR_PATH.exec(decodeURIComponent(u.pathname));
  return m ? `${m[1] ?? u.protocol.slice(0, -1)}://${m[2]}` : null;
}

/**
 * Wix's media host: "static.wixstatic.com/media/<file>/v1/fill/w_1000,h_667,al_c,q_85/<name>" is a copy fitted or filled to a size
 * of "/media/<file>", the upload. A "crop" names a region, the story's framing, and stays.
 */
const WIX_SIZED = /^(\/media\/[^/]+\.(?:jpe?g|png|gif|webp))\/v1\/(?:fill|fit)\/[^/]+\/[^/]+$/i;
/** X's (Twitter's) picture host: "pbs.twimg.com/media/<id>?format=jpg&name=small" (or "thumb", "900x900") is a size of the "orig" it keeps. */
const TWITTER_SIZES = /^(?:thumb|small|medium|large|\d{2,4}x\d{2,4})$/;

/**
 * YouTube's thumbnails of a video, "i.ytimg.com/vi/<id>/<name>.jpg" (and "/vi_webp/<id>/<name>.webp"): the Data API documents
 * "default" (120×90), "mqdefault" (320×180) and "hqdefault" (480×360) for every video, "sddefault" and "maxresdefault" for some only. The
 * two smaller give the "hqdefault" every video has; the others stay as named.
 */
const YOUTUBE_HOST = /^(?:i\d?\.ytimg\.com|img\.youtube\.com)$/i;
const YOUTUBE_SMALL = /^(\/vi(?:_webp)?\/[\w-]{11}\/)(?:default|mqdefault)(\.(?:jpg|webp))$/;

/**
 * Next.js's image optimiser on a site's own host, "/_next/image?url=<picture>&w=3840&q=75" (and Vercel's "/_vercel/image"): it
 * serves a copy of the picture at <url>, an address of its own or a path on the site.
 */
const NEXT_IMAGE = /^\/_(?:next|vercel)\/image\/?$/;

/**
 * Nitter's picture proxy, "<instance>/pic/media%2FGAbCdEf123.jpg%3Fname%3Dsmall" (and "/pic/orig/media%2F…"): the picture at X's host
 * it loads, "pbs.twimg.com/media/GAbCdEf123.jpg", which outlives the instance. Only a path of X's picture host.
 */
const NITTER_PICTURE = /^\/pic\/(orig\/)?((?:pbs\.twimg\.com\/)?(?:media|profile_images|profile_banners|ext_tw_video_thumb|amplify_video_thumb|tweet_video_thumb|card_img)\/.+)$/;

/**
 * Adobe Experience Manager's thumbnails of a DAM asset, "/content/dam/<site>/photo.jpg/jcr:content/renditions/cq5dam.thumbnail.319.319.png"
 * (the DAM Update Asset workflow's 48-, 140- and 319-pixel ones): the asset at "/content/dam/<site>/photo.jpg" serves the original. Its
 * "cq5dam.web.1280.1280.jpeg" copy is the one made for pages, and stays; so does a thumbnail of an asset no browser shows (a TIFF's).
 */
const AEM_RENDITION = /^(\/content\/dam\/.+?\.(?:jpe?g|png|gif|webp))\/(?:_jcr_content|jcr:content)\/renditions\/cq5dam\.thumbnail\.\d+\.\d+\.(?:png|jpe?g|gif|webp)$/i;

/** The picture a proxy or optimiser's address names, by the rules above; null for any other address. */
function proxiedPicture(u: URL): string | null {
  if (NEXT_IMAGE.test(u.pathname)) {
    const named = u.searchParams.get('url')?.trim();
    const picture = named ? absoluteUrl(named, u.origin) : null;
    return picture && /^https?:\/\/[^/\s]+\/\S/i.test(picture) ? picture : null;
  }
  const nitter = u.pathname.startsWith('/pic/') ? NITTER_PICTURE.exec(decodeURIComponent(u.pathname)) : null;
  if (nitter) {
    const picture = new URL(`https://pbs.twimg.com/${nitter[2]!.replace(/^pbs\.twimg\.com\//, '')}`);
    if (nitter[1]) picture.searchParams.set('name', 'orig');
    return largerPicture(picture.toString());
  }
  const aem = u.pathname.startsWith('/content/dam/') ? AEM_RENDITION.exec(u.pathname) : null;
  return aem ? `${u.origin}${aem[1]}` : null;
}

/**
 * TimThumb's script and its kind ("/thumb.php?src=<picture>&w=900&h=601", the Kathmandu Post's assets host, many news
 * themes' "/timthumb.php"): the picture at <src>, when that is a whole address.
 */
const THUMB_SCRIPT = /\/(?:tim)?thumb\.php$/i;

/**
 * The full-size picture behind a resized copy, where the address says by a rule that holds for its host how the copy
 * was asked for: Blogger's 72×72 crop (media:thumbnail ".../s72-c/photo.jpg") and its content's 320- or 400-wide copy
 * are asked again at 1600 wide, the most its host serves; a resizing CDN's size parameters are dropped; WordPress's
 * "-300x200" copy, and Ghost's "/size/w600/" one, give way to the upload they were made from, and Hatena's and Yahoo's resizers to the
 * picture they scale; YouTube's 120- and 320-wide thumbnails to the 480-wide one every video has. A digest's picture needs the picture, not a thumbnail.
 * Any other address is returned as it is.
 */
export function largerPicture(url: string): string {
  try {
    const u = new URL(url);
    if (GOOGLE_PICTURE_HOST.test(u.hostname)) return googlePictureAtWidth(u);
    const hatena = u.hostname === 'cdn.image.st-hatena.com' ? HATENA_SCALED.exec(u.pathname) : null;
    if (hatena) return `${hatena[1]}://${hatena[2]}`;
    const yahoo = u.hostname === 's.yimg.com' ? YAHOO_RESIZED.exec(u.pathname) : null;
    if (yahoo) return `${yahoo[1]}://${yahoo[2]}${u.search}`;
    const thumbed = THUMB_SCRIPT.test(u.pathname) ? u.searchParams.get('src')?.trim() : undefined;
    if (thumbed && /^https?:\/\/[^/\s]+\/\S/i.test(thumbed)) return thumbed;
    const proxied = proxiedPicture(u);
    if (proxied) return proxied;
    if (CLOUDINARY_HOST.test(u.hostname)) return cloudinaryOriginal(u) ?? url;
    const typepad = TYPEPAD_SIZED.exec(u.pathname);
    if (typepad && !u.search) return `${u.origin}${typepad[1]}-pi`;
    const storyblok = STORYBLOK_HOST.test(u.hostname) ? STORYBLOK_SIZED.exec(u.pathname) : null;
    if (storyblok) return `${u.origin}${storyblok[1]}`;
    const drupal = u.pathname.includes('/styles/') ? DRUPAL_STYLE.exec(u.pathname) : null;
    if (drupal) return `${u.origin}${drupal[1]}/${drupal[2]}`;
    const podigee = u.hostname === 'images.podigee-cdn.net' ? PODIGEE_PROXIED.exec(u.pathname) : null;
    if (podigee) return `${podigee[1]}://${podigee[2]}${u.search}`;
    const wix = u.hostname === 'static.wixstatic.com' ? WIX_SIZED.exec(u.pathname) : null;
    if (wix) return `${u.origin}${wix[1]}`;
    if (u.hostname === 'pbs.twimg.com' && u.pathname.startsWith('/media/') && TWITTER_SIZES.test(u.searchParams.get('name') ?? '')) {
      u.searchParams.set('name', 'orig');
      return u.toString();
    }
    const youtube = YOUTUBE_HOST.test(u.hostname) ? YOUTUBE_SMALL.exec(u.pathname) : null;
    if (youtube) return `${u.origin}${youtube[1]}hqdefault${youtube[2]}${u.search}`;
    const thumbor = u.pathname.includes('=/') || u.pathname.includes('/unsafe/') ? thumborPicture(u) : null;
    if (thumbor) return thumbor;
    if ([...u.searchParams.keys()].some((k) => SIGNATURE_PARAMS.includes(k.toLowerCase()))) return url;
    const resizer = RESIZER_PARAMS.find(
      (r) => (r.host ? r.host.test(u.hostname) : r.path!.test(u.pathname)) && r.params.some((p) => u.searchParams.has(p)) && !r.unless?.some((p) => u.searchParams.has(p)),
    );
    const sizes = (resizer?.params ?? []).filter((p) => u.searchParams.has(p));
    if (AKAMAI_RESIZE.test(u.searchParams.get('im') ?? '')) sizes.push('im');
    const shopify = SHOPIFY_FILES.test(u.pathname) && (u.hostname === 'cdn.shopify.com' || u.pathname.startsWith('/cdn/shop/'));
    const sized = u.pathname.replace(WORDPRESS_SIZED_FILE, '$1$2').replace(GHOST_SIZED_FILE, '$1').replace(STRAPI_SIZED_FILE, '$1');
    const original = shopify ? sized.replace(SHOPIFY_SIZED_FILE, '$1') : sized;
    if (!sizes.length && original === u.pathname) return url;
    // The parameters left are kept as the address wrote them: URLSearchParams would write a crop's "rect=0,80,1600,900" (Prismic's) as
    // "rect=0%2C80%2C1600%2C900", and a "+" as "%2B".
    u.search = u.search.slice(1).split('&').filter((part) => !sizes.includes(queryName(part))).join('&');
    u.pathname = original;
    return u.toString().replace(/\?$/, '');
  } catch {
    return url;
  }
}

/** The name of a query's `name=value` part, decoded as URLSearchParams reads it ("+" a space). */
function queryName(part: string): string {
  const name = part.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The query parameters a resizer reads the width it serves from: Photon's and WordPress VIP's "w", Arc's "width", "resize=300,200". */
const WIDTH_PARAMS = ['w', 'width', 'resize'];

function askedWidth(u: URL): number {
  for (const p of WIDTH_PARAMS) {
    const width = Number.parseInt(u.searchParams.get(p) ?? '', 10);
    if (width > 0) return width;
  }
  return 0;
}

/**
 * What a resizer reads besides the size it serves: its width and height, fit, quality and format. Any other part of the query may
 * name the picture itself (Reuters' "/resources/r/?…&i=1234567890", Next.js's "/_next/image?url=", imgix's and TimThumb's "?src=",
 * a CDN's "?id=", "?image=", "?url="), so two addresses share a picture only when those parts agree, or when the wider one is the
 * picture's file with no query (isUploadItself).
 */
const RENDER_PARAMS = new Set([...WIDTH_PARAMS, 'h', 'height', 'fit', 'crop', 'q', 'quality', 'auto', 'fm', 'format', 'dpr', 'strip', 'ssl', 'zoom']);

/** A picture's file asked for with no query at all ("…/parliament.jpg" beside "…/parliament.jpg?rect=…&w=1200"): the upload itself. */
function isUploadItself(u: URL): boolean {
  return !u.search && /\.(?:jpe?g|png|webp|gif|avif)$/i.test(u.pathname);
}

function pictureQuery(u: URL): string {
  return [...u.searchParams].filter(([name]) => !RENDER_PARAMS.has(name)).map(([name, value]) => `${name}=${value}`).sort().join('&');
}

/**
 * The feed's picture, unless the copy (or the feed's other media) shows the same file asked for wider: the Indian Express's media:thumbnail
 * "…/shinde.jpg?w=200" beside its description's "…/shinde.jpg?w=1200", on a WordPress VIP host largerPicture cannot be sure
 * of, or beside the file asked for with no width at all ("…/shinde.jpg", the upload itself). The feed's picture must name
 * a width: one asked for with none may be the original, larger than any copy.
 */
export function widerCopy(feedPicture: string, htmlPicture: string | null): string {
  if (!htmlPicture || htmlPicture === feedPicture) return feedPicture;
  try {
    const [fed, shown] = [new URL(feedPicture), new URL(htmlPicture)];
    const [fedSized, shownSized] = [sizedPicture(fed), sizedPicture(shown)];
    if (fedSized && shownSized) {
      const wider = fedSized.width > 0 && fedSized.id === shownSized.id && (shownSized.width > fedSized.width || shownSized.width === 0);
      return wider ? htmlPicture : feedPicture;
    }
    if (fed.origin !== shown.origin || fed.pathname !== shown.pathname || !(pictureQuery(fed) === pictureQuery(shown) || isUploadItself(shown))) return feedPicture;
    const width = askedWidth(fed);
    const shownWidth = askedWidth(shown);
    return width > 0 && (shownWidth > width || (shownWidth === 0 && !shown.search)) ? htmlPicture : feedPicture;
  } catch {
    return feedPicture;
  }
}

/**
 * A picture whose host writes the size it serves into the path, and the same picture's other sizes by its id: the Times group's
 * (Times of India, Economic Times) "static.toiimg.com/thumb/msid-105565823,width-400,height-225,resizemode-75/photo.jpg", a 400-wide
 * copy of the photo "…indiatimes.com/photo/105565823.cms" serves whole; the US Defense Department's "media.defense.gov/2026/Nov/27/
 * 2003600001/600/400/0/x.JPG" beside its "/1280/1280/0/" and whole "/-1/-1/0/"; EnterMedia's presets (UN News' "…/x.jpg/
 * image770x420cropped.jpg" beside "image1170x530cropped.jpg"). Width 0 is the whole picture, -1 a size not written.
 */
const TIMES_HOST = /(?:^|\.)(?:toiimg\.com|indiatimes\.com|etimg\.com)$/i;
const TIMES_THUMB = /^\/thumb\/(?:[\w-]+,)*?msid-(\d+)(?:,[\w-]+)*\/[^/]+$/;
const TIMES_PHOTO = /^\/photo\/(?:msid-)?(\d+)(?:\.cms|\/[^/]+)$/;
const DEFENSE_MEDIA = /^(\/\d{4}\/[a-z]{3}\/\d{1,2}\/\d+)\/(-1|\d{1,5})\/(?:-1|\d{1,5})\/\d\/([^/]+)$/i;
const ENTERMEDIA_PRESET = /^(\/.+\.(?:jpe?g|png))\/image(\d{2,5})x\d{2,5}(?:cropped)?\.(?:jpe?g|png|webp)$/i;

function sizedPicture(u: URL): { id: string; width: number } | null {
  if (TIMES_HOST.test(u.hostname)) {
    const thumb = TIMES_THUMB.exec(u.pathname);
    if (thumb) return { id: `times:${thumb[1]!}`, width: Number(/[/,]width-(\d+)[,/]/.exec(thumb[0])?.[1] ?? -1) };
    const photo = !u.search ? TIMES_PHOTO.exec(u.pathname) : null;
    return photo ? { id: `times:${photo[1]!}`, width: 0 } : null;
  }
  const defense = u.hostname === 'media.defense.gov' && !u.search ? DEFENSE_MEDIA.exec(u.pathname) : null;
  if (defense) return { id: `${u.host}${defense[1]!}/${defense[3]!}`, width: defense[2] === '-1' ? 0 : Number(defense[2]) };
  const preset = u.hostname.endsWith('.entermediadb.net') && !u.search ? ENTERMEDIA_PRESET.exec(u.pathname) : null;
  return preset ? { id: `${u.host}${preset[1]!}`, width: Number(preset[2]) } : null;
}

function googlePictureAtWidth(u: URL): string {
  const m = GOOGLE_PICTURE_SIZE.exec(u.pathname);
  if (!m) return u.toString();
  u.pathname = u.pathname.slice(0, m.index) + (m[0].startsWith('/') ? '/s1600' : '=s1600') + u.pathname.slice(m.index + m[0].length);
  return u.toString();
}
