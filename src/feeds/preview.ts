import { classifierInput } from '../stories/ingest.js';
import type { Classifier, TopicScore } from '../topics/classifier.js';
import type { Config } from '../config.js';
import { decodeFeedBody } from './charset.js';
import { botCheckOr, fetchFeed, fetchOptions } from './fetch.js';
import { basicAuthorization, type FeedLogin } from './credentials.js';
import { discoverFeeds, metaRefreshTarget, pageFeed, pageFeedFailure, scriptForwardHint, scriptRedirectTarget, severalFeedsNote } from './discover.js';
import { FeedParseError, parseFeed, type FeedFormat } from './parse.js';
import { incomingItems } from './poll.js';

/**
 * What wirebrief would make of a feed document, stored nowhere: the check an
 * operator runs before adding a feed (`wirebrief feeds try <url>`), with the
 * same decoding, parsing, cleaning and classifying a poll does.
 */
export interface FeedPreview {
  url: string;
  format: FeedFormat;
  title: string | null;
  /** Set when the document was not well formed and was read leniently. */
  warning: string | null;
  /** How often the publisher asks to be polled at most, in minutes. */
  ttlMinutes: number | null;
  /** Entries in the document; `stories` holds those that make a story (an empty entry does not). */
  entries: number;
  stories: PreviewStory[];
}

export interface PreviewStory {
  title: string;
  /** null for an item with no page of its own, as GET /api/stories shows it. */
  link: string | null;
  published: string;
  author: string | null;
  image: string | null;
  agency: string | null;
  place: string | null;
  /** The cleaned text's first words. */
  text: string;
  topics: TopicScore[];
}

/** Thrown for a web page: it names the feeds it links to, if any. */
export class NotAFeedError extends Error {
  override name = 'NotAFeedError';
  constructor(
    message: string,
    readonly feeds: string[],
  ) {
    super(message);
  }
}

const TEXT_PREVIEW_CHARS = 240;

export async function previewFeed(classify: Classifier, doc: { body: Buffer; contentType: string | null; url: string }, fetchedAt: number): Promise<FeedPreview> {
  const text = decodeFeedBody(doc.body, doc.contentType).text;
  let parsed;
  try {
    parsed = await parseFeed(text, doc.contentType);
  } catch (error) {
    if (error instanceof FeedParseError && error.htmlPage) {
      const feeds = discoverFeeds(text, doc.url);
      const forward = feeds.length ? null : metaRefreshTarget(text, doc.url);
      const scripted = feeds.length || forward ? null : scriptRedirectTarget(text, doc.url);
      const hint = feeds.length ? `; it names ${feeds.length === 1 ? 'a feed' : 'feeds'}: ${feeds.join(', ')}` : forward ? `; it names no feed but forwards (meta refresh) to ${forward}, which a poll follows` : scripted ? `; it names no feed; ${scriptForwardHint(scripted)}` : '; it names no feed';
      throw new NotAFeedError(`${error.message}${hint}`, forward ? [forward] : scripted ? [scripted] : feeds);
    }
    throw error;
  }
  const drafts = incomingItems(parsed, doc.url, fetchedAt).map((item) => item.draft());
  const stories = drafts.flatMap((d) =>
    d
      ? [
          {
            title: d.title,
            link: d.link || null,
            published: new Date(d.published).toISOString(),
            author: d.author,
            image: d.image,
            agency: d.agency,
            place: d.place,
            text: excerpt(d.text),
            topics: classify(classifierInput(d)),
          },
        ]
      : [],
  );
  return { url: doc.url, format: parsed.format, title: parsed.title, warning: parsed.warning, ttlMinutes: parsed.ttlMinutes, entries: parsed.entries.length, stories };
}

/**
 * Fetches a feed as a poll would (no validators, so never a 304) and previews it; `movedTo` is where it has moved for
 * good, if it has. A web page given as the feed is followed to the feed it leads to, as a poll follows it (pageFeed):
 * `url` is then that feed's, `page` the page's.
 */
export async function fetchAndPreview(
  classify: Classifier,
  url: string,
  config: Pick<Config, 'publicUrl' | 'feedTimeoutSeconds' | 'feedMaxBytes' | 'feedProxy' | 'feedPrivateAddresses'>,
  now: number,
  login: FeedLogin | null = null,
): Promise<FeedPreview & { movedTo: string | null; page: string | null }> {
  const options = { ...fetchOptions(config), login: login ? { authorization: basicAuthorization(login), origin: new URL(url).origin } : null };
  const fetchOnce = async (at: string) => {
    const fetched = await fetchFeed(at, options);
    if (fetched.status !== 'ok') throw new Error(`${at} answered 304 Not Modified to a request without validators`);
    return fetched;
  };
  const fetched = await fetchOnce(url);
  try {
    return { ...(await previewFeed(classify, fetched, now)), movedTo: fetched.movedTo, page: null };
  } catch (error) {
    const lead = error instanceof NotAFeedError ? pageFeed(decodeFeedBody(fetched.body, fetched.contentType).text, fetched.url) : null;
    if (!lead || lead.url === (fetched.movedTo ?? url)) throw error instanceof NotAFeedError && error.feeds.length === 0 ? botCheckOr(error, fetched) : error;
    const followed = await fetchOnce(lead.url).catch((failure: unknown) => {
      throw pageFeedFailure(lead, failure);
    });
    const preview = await previewFeed(classify, followed, now);
    const warning = [preview.warning, severalFeedsNote(lead.named)].filter(Boolean).join('; ') || null;
    return { ...preview, warning, movedTo: followed.movedTo, page: fetched.url };
  }
}

/** The text's first words on one line, cut at a word. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_PREVIEW_CHARS ? `${flat.slice(0, TEXT_PREVIEW_CHARS).replace(/\s+\S*$/, '')} …` : flat;
}
