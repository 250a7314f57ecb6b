/** The shape every feed format is read into, before an entry becomes a story. */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedEntry {
  guid: string | null;
  /** RSS <guid isPermaLink="true">, said outright: the guid is the item's address, relative or not. */
  guidIsPermaLink?: boolean;
  /** The entry's link as written (maybe relative): the publisher's own link before any proxy's. */
  link: string | null;
  /** The `xml:base` in force for the entry, if any. */
  base: string | null;
  /** An `xml:base` on the Atom content (or summary) element itself: counts for links inside it only. */
  contentBase?: string | null;
  title: string | null;
  /** The full story: content:encoded, Atom content, JSON content_html/content_text. */
  content: string | null;
  /** True when the story's text (content, else summary) is plain text, not HTML. */
  contentIsText: boolean;
  /** Description or summary (HTML). */
  summary: string | null;
  /** Date strings, most trusted first (published before updated). */
  dates: string[];
  authors: string[];
  /**
   * Everyone the item credits when it credits several, each in an element of their own (dc:creator or Atom's author
   * written once a person, JSON Feed's authors): the story names them together, where `authors` offers one at a time.
   */
  byline?: string[];
  /** RSS <comments> as written: "…/post/#comments" is the story's page when the item names no other. */
  comments?: string | null;
  /**
   * Other addresses the item gives for its page, as written: an RSS item's atom:link alternate or canonical beside its
   * <link>, an Atom entry's rel="canonical". Where the link is a page's AMP copy, the page (see normalise's storyLink).
   */
  pages?: string[];
  /** RSS <source url="…"> as written: the page or feed the item was taken from (see normalise's storyLink). */
  sourceUrl?: string | null;
  /** The first audio or video enclosure's URL as written: a podcast episode without a link is that file. */
  media?: string | null;
  /** The first picture enclosure's URL as written: a photo item without a link is that picture (see normalise's storyLink). */
  picture?: string | null;
  /** Image URLs as written, best first. */
  images: string[];
  /** Pictures the feed says are tiny (icons, 72×72 thumbnails): the story's only when it has no other. */
  smallImages?: string[];
  categories: string[];
  /**
   * The outlet an aggregator's item comes from (RSS `<source>`, Atom
   * `<source><title>`): Google News and planet-style feeds name it there.
   */
  outlet?: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site's home page. */
  link: string | null;
  base: string | null;
  /** The feed's language as it declares it (RSS <language>, Atom xml:lang, JSON Feed language): "en-IN", "he-IL". */
  language?: string | null;
  /** How often the publisher says to poll at most (`<ttl>`, `sy:updatePeriod`), in minutes. */
  ttlMinutes: number | null;
  /** Where the feed says it has moved for good (a podcast's `itunes:new-feed-url`): an absolute http(s) URL. */
  newFeedUrl?: string | null;
  /** A podcast's own artwork (RSS channel itunes:image, else <image><url>), as written. */
  showImage?: string | null;
  /** When the feed says it was built (RSS lastBuildDate and channel pubDate, Atom's feed <updated>), as written: its clock. */
  dates?: string[];
  entries: FeedEntry[];
  /** Set when the document was not well formed and what a lenient reader recovers was used. */
  warning: string | null;
}

export class FeedParseError extends Error {
  override name = 'FeedParseError';
  constructor(
    message: string,
    /** The document is a web page: it may name its feed in a <link rel="alternate">. */
    readonly htmlPage = false,
  ) {
    super(message);
  }
}
