import { parseFeedDate } from './dates.js';

/**
 * The outlet a feed's title names, as a story's source. Site builders title a feed by the page it lists and the site
 * ("Journal - Hill Trails Collective", Squarespace's "<page> - <site>"; "Ministry of External Affairs : Press Releases"),
 * Stack Exchange and forums by a listing ("Newest questions tagged monsoon - Earth Science Stack Exchange"),
 * Medium and Naver Blog by their own names ("Stories by Jane Doe on Medium", "The Civic Desk - Medium", "… : 네이버 블로그"): beside a headline the reader
 * needs who published it, not what the page is called or which host it is on. A title that is no such pattern is the
 * name as it is.
 */

/**
 * What a site calls the page a feed lists: its blog, journal, news or press page (a government's statements, speeches, briefings and
 * readouts too, as WordPress titles a category's feed: "Press Statements – United States Department of State"), its top stories; a listing of the
 * site's posts by kind and tag, as Stack Exchange and forums title their feeds ("Newest questions tagged monsoon",
 * "Active questions", "Posts tagged rail"); a Chinese or Japanese host's name for a user's page (RSSHub's
 * "微博博主 - 人民日报", a Weibo blogger's page). A site's own name that says blog or news ("Stack Exchange Blog",
 * "Earth Science News") has no separator, and is the name as it is.
 */
const PAGE_NAMES = String.raw`(?:the )?(?:journal|blog|news|latest news|top stories|stories|posts|all posts|latest posts|articles|updates|press releases|releases|press material|press corner|press statements|press briefings|media briefings|media releases|news releases|statements|speeches|readouts|press|newsroom|communiqués de presse|communiqués|comunicados de prensa|notas de prensa|comunicados de imprensa|pressemitteilungen|comunicati stampa|persberichten|pressmeddelanden|komunikaty prasowe|insights|home|front page|feed|rss feed|latest topics|newyddion|nachrichten|aktuelles|actualités|noticias|notícias|nieuws|notizie|uutiset|zprávy|hírek|wiadomości|nyheter|nyheder|siste nytt|seneste nyt|senaste nytt|senaste nyheterna|viimeisimmät|tuoreimmat|neueste nachrichten|laatste nieuws|ultime notizie|últimas noticias|últimas notícias|dernières nouvelles|dernières infos|à la une|najnowsze|son dakika|последние новости|новости)`;
/** TownNews BLOX titles a section's feed by the search behind it: "… - RSS Results in news/local of type article". */
const SEARCH_RESULTS = String.raw`rss results(?: in \S+)?(?: of type \S+)?`;
const POSTS_BY_KIND = String.raw`(?:(?:newest|latest|recent|recently changed|recently updated|active|top|hot|featured|unanswered|new)\s+)?(?:questions|posts|topics|threads|answers|articles|entries|videos|datasets)(?:\s+(?:tagged|in|about|on|for|from|by)\s+.+?)?`;
const CJK_USER_PAGE = '(?:微博博主|微博|博主|博客|专栏|知乎专栏|公众号|ブログ|新着記事|最新記事)';
const LISTING_PAGE = `(?:${PAGE_NAMES}|${POSTS_BY_KIND}|${SEARCH_RESULTS}|${CJK_USER_PAGE})`;
/** Between a page's name and the site's: a dash, a bar or a guillemet; a colon only after the site ("News: India" is a section). */
const BEFORE_SITE = String.raw`\s+[-–—|»]\s+|\s*[|»]\s+`;
const AFTER_SITE = String.raw`\s+[-–—|:»]\s+|\s*[|:»]\s+`;

/**
 * The desk a news site titles a section's feed by, after its own name: Xinhua's "Xinhua - World", The Hindu's "The Hindu -
 * National", CBC's "CBC | Top Stories News". Only after the site's name: before it ("World - …") it may be the name.
 */
const SECTION_NAMES = String.raw`(?:top[- ]stories(?: news)?|latest|(?:international |world |national |latest )?breaking news|world(?: news)?|national(?: news)?|nation|international(?: news)?|business(?: news)?|economy|politics|sports?|opinion|technology|science|health|entertainment)`;

/**
 * A section before the site's name and a bar, as page titles are written: the Guardian titles each section's feed "World
 * news | The Guardian", "UK news | The Guardian", "Environment | The Guardian". A bar only: "World - …" may be a name.
 */
const SECTION_BEFORE_SITE = String.raw`(?:${SECTION_NAMES}|(?:uk|us|u\.s\.|australia|india|local|global|city|regional) news|environment|culture|travel|lifestyle|education|media|money|society|football|life and style)`;

/**
 * A strapline or section after the outlet's name that names it again: Al Jazeera's "Al Jazeera – Breaking News, World
 * News and Video from Al Jazeera", the Guardian's "The Guardian - World news | The Guardian". The name is at both ends.
 */
const NAME_THEN_STRAPLINE = String.raw`^(.+?)\s+[-–—|]\s+.+?(?:\b(?:from|by|at|on)\s+|\s+[-–—|]\s+)\1$`;

/**
 * A strapline after the outlet's name and a dash or bar, as sites title their feed by their page's title: "UN News - Global
 * perspective Human stories", "Rest of World – Reporting global tech stories", WordPress's "Harbour Notes – Just another WordPress
 * site". A strapline is a phrase in sentence case: three words or more, of which (a name's particles aside: "of", "de") at least
 * two after the first, and half of those, start lower case. What a feed is about is no strapline and stays: a name after the dash
 * ("Journal - Hill Trails Collective", "Voice of America - Voz de América"), a search or subject ("Google Alert - BrahMos export",
 * "GlobeWire - News about Ocean Freight Ltd").
 */
const NAME_THEN_TAGLINE = /^(.{2,}?)\s+[-–—|]\s+([^-–—|]+)$/u;
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'from', 'with', 'on', 'in', 'at', 'by', 'to', 'a', 'an', 'de', 'del', 'der', 'des', 'du', 'da', 'do', 'di', 'la', 'le', 'van', 'von', 'y', 'e', 'et', 'und']);

function withoutTagline(title: string): string {
  const m = NAME_THEN_TAGLINE.exec(title);
  const words = m?.[2]!.trim().split(/\s+/) ?? [];
  if (words.length < 3) return title;
  const rest = words.slice(1).filter((w) => !NAME_PARTICLES.has(w));
  const lower = rest.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 2 && lower * 2 >= rest.length ? m![1]!.trim() : title;
}

const OUTLET_IN_TITLE: RegExp[] = [
  /^Stories by (.+?) on Medium$/i,
  // Flickr's photostream ("Uploads from Asha Rao") and arXiv's listings ("physics.ao-ph updates on arXiv.org").
  /^Uploads from (.+)$/,
  /^\S+ updates on (arXiv\.org)$/i,
  // A member's page on a site of people's diaries and shelves is theirs, as a Medium author's is: Letterboxd's "Letterboxd -
  // Ravi Menon", Goodreads' "Asha Rao's bookshelf: read", Pinboard's "Pinboard (asharao)". The service is the host; the person
  // is who wrote the review or kept the bookmark.
  /^Letterboxd\s+[-–—]\s+(.+)$/,
  /^(.+?)['’]s bookshelf: .+$/,
  /^Pinboard \((.+)\)$/,
  /^(.+?)\s+[-–—]\s+Medium$/i,
  // Vimeo titles a maker's feed "Vimeo / Riverside Films’s videos" (and their likes, albums and channels so).
  /^Vimeo\s*\/\s*(.+?)['’]s (?:videos|likes|albums|appearances)$/i,
  // GOV.UK titles an organisation's feed "Maritime and Coastguard Agency - Activity on GOV.UK": the department published it.
  /^(.+?)\s+[-–—]\s+Activity on GOV\.UK$/i,
  // Social accounts read as feeds are the account's: Bluesky titles a profile's feed "@harbourboard.bsky.social - Harbour
  // Board", RSSHub a Telegram channel's "Harbour Board - Telegram Channel".
  /^@[\w.-]+\s+[-–—]\s+(.+)$/,
  /^(.+?)\s+[-–—]\s+Telegram Channel$/i,
  // Naver Blog: "부산 여행 일기 : 네이버 블로그" ("… : Naver Blog").
  /^(.+?)\s*:\s*네이버\s*블로그$/,
  // A site named by its address, then whatever the page is (CKAN's "catalog.data.gov - Recently changed datasets", Sri
  // Lanka's "News.lk - The Government Official News Portal - Current Affairs", "PCMag.com: the Official John C. Dvorak
  // RSS Feed"): the address is the name.
  new RegExp(String.raw`^((?:[\p{L}\d-]+\.)+[a-z]{2,6})(?:${AFTER_SITE}).+$`, 'iu'),
  // A ministry or agency, then the government it belongs to (India's S3WaaS sites: "Ministry of Ports | Government of India"):
  // the ministry published it.
  /^(.+?)(?:,|\s+[-–—|])\s+(?:Government|Govt\.?) of (?:the )?[\p{Lu}][\p{L} ]+$/u,
  // The format after the name, with or without a separator: GDACS's "GDACS RSS information", "Kathmandu Courier RSS Feed",
  // "Desk - RSS". A reader's source line names the outlet, not the format it was read in.
  /^(.+?)(?:\s*[-–—|:»])?\s+(?:RSS|Atom)(?:\s+(?:feeds?|information|info|channel))?$/i,
  new RegExp(`^${LISTING_PAGE}(?:${BEFORE_SITE})(.+)$`, 'i'),
  new RegExp(`^(.+?)(?:${AFTER_SITE})${LISTING_PAGE}$`, 'i'),
  new RegExp(`^(.+?)(?:${AFTER_SITE})${SECTION_NAMES}$`, 'i'),
  new RegExp(String.raw`^${SECTION_BEFORE_SITE}\s*\|\s+(.+)$`, 'i'),
  new RegExp(NAME_THEN_STRAPLINE, 'i'),
];

/**
 * A title that names no outlet: the page alone ("News", "Aktuelles", "Blog"), the format ("RSS", "RSS Feed", "Atom feed"), a
 * CMS's placeholder ("Untitled", "My Blog"), or an address ("https://harbourwatch.example.org/feed/"). The site's host says more.
 */
const NAMES_NO_OUTLET = new RegExp(String.raw`^(?:${PAGE_NAMES}|(?:rss|atom|xml|rss 2\.0|syndication)(?: feed)?|untitled(?: feed| site| blog)?|my (?:blog|site|website)|(?:https?:\/\/|www\.)\S+)$`, 'i');

/**
 * A title stamped with the time the feed was built, after its last separator: SEC EDGAR's "Latest Filings - Thu, 26 Nov
 * 2026 09:00:00 EST", a CMS's "City Desk | Updated 26/11/2026 09:00". Kept, the story's source changed with every build.
 */
const STAMPED = /^(.+)(?:\s[-–—|]\s|\s*\|\s*)\s*(?:(?:last\s+)?updated|generated|as of)?\s*:?\s*([^–—|]*\d[^–—|]*)$/i;

function withoutBuildTime(title: string): string {
  const m = STAMPED.exec(title);
  return m && namesADay(m[2]!) && parseFeedDate(m[2]) !== null ? m[1]!.trim() : title;
}

/** A stamp names a day (day, month and year, or a month's name with two numbers); a year or a month alone is part of a name ("Elections - 2026"). */
function namesADay(text: string): boolean {
  const numbers = text.match(/\d+/g)?.length ?? 0;
  return numbers >= 3 || (numbers === 2 && /\p{L}{3}/u.test(text));
}

/** The outlet a feed's title names, or null when it names none (see NAMES_NO_OUTLET). */
export function outletName(feedTitle: string): string | null {
  const title = withoutBuildTime(feedTitle);
  if (NAMES_NO_OUTLET.test(title.trim())) return null;
  for (const pattern of OUTLET_IN_TITLE) {
    const name = pattern.exec(title)?.[1]?.trim();
    if (name) return name;
  }
  return withoutTagline(title);
}

/** The outlet of a feed whose title names none: the host of the site it names, else of the feed's own address, without "www.". */
export function siteHost(siteLink: string | null | undefined, feedUrl: string): string {
  return hostOf(siteLink) ?? hostOf(feedUrl) ?? feedUrl;
}

/** An http(s) address's host without "www.", or null where the text is no such address ("N/A", a port out of range). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
