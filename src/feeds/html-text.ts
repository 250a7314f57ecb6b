import { decodeHTML, decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';

/**
 * Story HTML → clean paragraphs, in one pass of htmlparser2 (the parser
 * sanitize-html is built on), driven by a small handler instead of a
 * sanitiser that writes HTML only for us to cut it up again. What counts as
 * text is decided by tag, as before: scripts, forms, embeds, captions go with
 * everything inside them; a block element (or <p>) whose class or id names a
 * share/related/advert box publishers wrap around copy goes with everything
 * inside it; every block element ends a paragraph, <br> and table cells break
 * a line; every other tag is dropped and its text kept. The first real
 * picture is kept aside, as the story's image when the feed names none.
 *
 * This reproduces exactly what the previous single sanitize-html pass gave
 * (allowedTags p and br, blocks transformed to p, td/th to br, nonTextTags,
 * an exclusiveFilter for the boxes; test/feeds/html-text.test.ts compares the
 * two), at a fraction of the cost: no intermediate HTML, no escaping and
 * decoding again, no per-call option processing.
 */

/**
 * Class or id of the boxes publishers wrap around copy: share bars, related links, ads, feedflare, picture captions,
 * and embedded social posts (X, Instagram, Facebook, Threads; "embed" covers tiktok-embed, bluesky-embed,
 * reddit-embed-bq and WordPress's wp-block-embed): a post quoted into the page is not the story's copy, and a
 * reader of the digest cannot see it as a post. Newsletter platforms' buttons and sign-up boxes too: Substack's
 * p.button-wrapper ("Share", "Leave a comment") and subscription-widget, Ghost's kg-button-card and kg-cta-card.
 * Reader polls, quizzes and surveys (WP-Polls' "wp-polls", a "poll" box): their question and answers read as copy.
 * Link cards that preview another page (Ghost's kg-bookmark-card, WordPress's wp-embedded-content): that page's
 * title, blurb and site name read as three paragraphs of this story's copy.
 * Joomla's and Drupal 7's "Read more" link under the copy (p.readmore, li.node-readmore).
 * An author box (author-box, author-bio, about-the-author): the writer's photo and blurb, not the story's picture or copy.
 * Ghost 5's sign-up card (kg-signup-card: "Sign up for Ledger", "No spam. Unsubscribe anytime."), file card (a file's name, its
 * name again and its size), audio and video cards (a player's title, "0:00 / 3:12", "1×") and product card (a shop's item, its
 * "Buy now"); sign-up boxes by any other name ("signup-form", "sign-up-box"; not "signup" alone, which may wrap members' copy). Not a pull quote: WordPress's repeats a sentence of the copy,
 * but HuffPost's is often the only place its quote stands.
 * Not "paywall": some CMSs wrap the subscribers' part of the copy in it.
 */
const CHROME_BOX = /(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|subscribe|advert|advertisement|ads?|adsbygoogle|promo|sponsored|feedflare|outbrain|taboola|also-read|read-more|readmore|more-stories|trending|comments?|byline-share|tags?|caption|embed|twitter-tweet|twitter-video|instagram-media|fb-post|fb-video|text-post-media|button|cta|subscription|polls?|quiz|survey|embedded|bookmark|author-(?:box|bio|info|card|profile)|about-(?:the-)?author|sign-?up-(?:form|box|widget|card|block|banner|module)|kg-(?:signup|file|audio|video|product)-card)(?:$|[\s_-])/i;
/**
 * A footnote's mark in the copy and its link back, as Substack (a.footnote-anchor, a.footnote-number), WordPress's footnotes block
 * (<sup data-fn>, "Jump to footnote reference" arrows) and Hugo's, Jekyll's and Pandoc's Markdown (DPUB-ARIA's role="doc-noteref" and
 * "doc-backlink") write them: read as text, the number ran into the word before it ("rose 4%1 in October") and stood as a paragraph
 * of its own over the note. The note's own words stay. And WordPress's file block (wp-block-file), a file's name and its "Download"
 * button run together ("Annual report 2026Download"): a link to a file, no copy; so is PDF Embedder's viewer, which a feed prints as a
 * link named for the file (`<a class="pdfemb-viewer" href="…/Press-Release-27-Nov.pdf">Press-Release-27-Nov</a>`, Nepal's foreign ministry's).
 */
/**
 * A class that says what a box has or is free of, not what it is: a theme's wrapper around the copy ("entry-content has-tags",
 * "post-has-comments", "story-body ad-free", "post-body no-ads", "article-content with-comments", "post-content share-enabled",
 * "story-text is-sponsored"). Read as a share, tags, ads or comments box, the whole story went with it.
 */
const STATE_CLASS = /^(?:has|with|without|is)[-_]|[-_]has[-_]|^no[-_]ads?$|[-_](?:free|enabled|disabled)$/i;
/**
 * WordPress's post_class() on the post's own wrapper ("post-123 post type-post hentry category-news tag-budget tag-transport"): its
 * "tag-…" and "category-…" classes name the post's terms, and the post went as a tags box.
 */
const POST_CLASS = /(?:^|\s)(?:hentry|type-[\w-]+|post-\d+)(?:\s|$)/;
const POST_TERM = /^(?:tag|category|format)-/;

/** Whether a block's class or id names a chrome box (CHROME_BOX), judged class by class, a state or a post's term aside. */
function isChromeBox(value: string | undefined): boolean {
  if (!value || !CHROME_BOX.test(value)) return false;
  const post = POST_CLASS.test(value);
  return value.split(/\s+/).some((name) => !STATE_CLASS.test(name) && !(post && POST_TERM.test(name)) && CHROME_BOX.test(name));
}

/**
 * An <aside> that is the story's fact box, by its class ("factbox", "info-box", "key-facts", "at-a-glance") or its heading ("Key facts",
 * "Fast facts", "At a glance", "By the numbers", "Timeline"): the newsroom's copy set beside the story, kept. Any other <aside> (a theme's
 * sidebar, a related-links box) still goes with everything in it.
 */
const FACT_BOX_CLASS = /(?:^|[\s_-])(?:fact-?box|facts|fact-?file|fact-?sheet|info-?box|key-?(?:facts|points)|at-a-glance|explainer|timeline)(?:$|[\s_-])/i;
const FACT_BOX_HEADING = /^\s*(?:fact ?box|fact ?file|fact ?sheet|(?:key|fast|quick|the) facts|facts(?: and figures)?|at a glance|by the numbers|in numbers|key points|timeline|explainer|what we know)\b/i;

/**
 * A <form> that is the page's, not a form to fill: ASP.NET WebForms wrap the whole page in one (its id "aspnetForm" or "form1", its action
 * the page's ".aspx"), and a feed that prints the page's copy prints it inside; or one with no field to fill (no input but hidden ones,
 * no select, textarea or button). Dropped whole, the story went; a sign-up or search form (its fields, its button) still goes.
 */
const PAGE_FORM_ID = /^(?:aspnetForm|form1)$/;
const PAGE_FORM_ACTION = /\.aspx(?:[?#]|$)/i;
const FORM_FIELDS = new Set(['select', 'textarea', 'button']);

function isPageForm(attribs: Record<string, string>): boolean {
  return PAGE_FORM_ID.test(attribs.id ?? '') || PAGE_FORM_ACTION.test(attribs.action ?? '');
}

/** Whether an <aside> or <form> is read until it closes, to be kept or dropped then: all but a page's form. */
function isHeld(name: string, attribs: Record<string, string>): boolean {
  return name === 'aside' || (name === 'form' && !isPageForm(attribs));
}

/** A <button>'s words inside a sentence: a few, after a word (or a comma, a quotation mark), and before a word or the sentence's stop. */
const BUTTON_IN_SENTENCE_MAX = 40;
const WORDS_GO_ON_TO = /[\p{L}\p{N},'"“‘]\s*$/u;
const WORDS_GO_ON_FROM = /^[\p{L}\p{N},.;!?)'"”’]/u;

const NOTE_MARK_CLASS = /(?:^|\s)(?:footnote-(?:anchor|number|backref|ref)|wp-block-file|pdfemb-viewer)(?:\s|$)/;
const NOTE_MARK_ROLE = /^doc-(?:noteref|backlink)$/;

function isNoteMark(name: string, attribs: Record<string, string>): boolean {
  return (!!attribs.class && NOTE_MARK_CLASS.test(attribs.class)) || (!!attribs.role && NOTE_MARK_ROLE.test(attribs.role)) || (name === 'sup' && 'data-fn' in attribs) ||
    (name === 'a' && /^jump to footnote reference\b/i.test(attribs['aria-label'] ?? ''));
}

/**
 * Tracking pixels and feed-proxy counters are not pictures; nor are WordPress's emoji images, Gravatar's avatars
 * (an author box), GitHub's (a release feed names its author's as every entry's media:thumbnail) and WordPress.com's
 * comment-count badges, which stood as the story's picture when first in it; nor the banners ad networks print in a feed's
 * items (Feedsportal's "rc.img" under the copy, BuySellAds' sponsor above it). A pixel is a counter's host ("pixel.wp.com"), a file of
 * that name ("/pixel.gif", "/tracking-pixel.png", "/pixel?id=") or a parameter ("?republication-pixel=true"): "pixel" anywhere else
 * (Pixelfed's host, a review's "pixel-9-pro.jpg", "8-megapixel") names a picture. A tracker, beacon or spacer likewise: a host so named
 * ("beacon.krxd.net", "email-tracker.example.com"), a file ("/spacer.gif", "/open-beacon.png", "/tracker?id=", a folder "/beacon/") or
 * a parameter ("?beacon=1"); a story's "beacon-hill.jpg", "spacer-rocket.jpg" or "tracker-dog-unit.jpg" is a picture. And a 1x1 by its file
 * ("/1x1.gif", "/pixel_1x1-transparent.png", "/1x1?e=…"), not "1x1" anywhere: Vox Media's Thumbor address names its focal point
 * "focal(1500x1000:1501x1001)", and every Chorus story lost its picture. A counter is a GIF, a PNG or a script, never a photograph:
 * a JPEG named for a thing with "pixel", "tracker" or "beacon" last ("google-pixel.jpg", "gps-tracker.jpg", "lighthouse-beacon.jpg") is
 * a story's picture of it, and the story lost it. GlobeNewswire's counter under every release in its feeds, an address with no file
 * ("www.globenewswire.com/newsroom/ti?nf=…", class "__GNW8366DE3E__IMG"), stood as the release's picture where no photo came before it.
 */
const NOT_A_PICTURE = /(?:globenewswire\.com\/newsroom\/ti\?|feeds\.feedburner\.com\/~(?:r|ff)\/|\/~r\/|(?:\/\/|\.)pixel\.|\/(?:pixel\.jpe?g|(?:[\w-]*[-_])?pixel(?:\.(?:gif|png|php)|\/|\?|$))|[?&][\w-]*pixel=|\/\/(?:[\w-]+[-.])?(?:tracker|beacon)s?\.|\/(?:(?:tracker|beacon|spacer)\.jpe?g|(?:[\w-]*[-_])?(?:tracker|beacon|spacer)(?:\.(?:gif|png|php)|\/|\?|$))|[?&](?:tracker|beacon)=|\/(?:[\w-]*[-_])?1x1(?:[-_][\w-]*)?\.(?:gif|png|jpe?g|webp)|\/1x1(?:\?|$)|blank\.gif|\/images\/core\/emoji\/|gravatar\.com\/avatar\/|avatars\.githubusercontent\.com\/|feeds\.wordpress\.com\/|stats\.wordpress\.com\/|google-analytics\.com\/|doubleclick\.net\/|scorecardresearch\.com\/|feedblitz\.com\/|pheedo\.com\/|feedsportal\.com\/|buysellads\.(?:com|net)\/|medium\.com\/_\/stat\b)/i;
/**
 * A share or follow button's icon, named for its service ("facebook.gif", "twitter-icon.png", "share_email.svg"), as
 * ad networks (Pheedo) and sharing plugins print under the copy: first picture in such an item, it stood as the story's.
 * An icon's size is an icon's (128 at most: "twitter-32x32.png"); and a JPEG is one only when its name says so ("facebook-icon.jpg"):
 * a story about Facebook or WhatsApp names its photo for it ("facebook.jpg", WordPress's "whatsapp-1200x675.png" at a size it cut),
 * and the story lost its picture.
 */
const ICON_SIDE = String.raw`(?:\d{1,2}|1[01]\d|12[0-8])`;
const SERVICE = String.raw`(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|digg|delicious|stumbleupon|google-?plus|gplus|email|e-?mail|print|rss)`;
/** The service's name, or "share" alone or before it ("share_email.svg", "share-facebook.png", as sharing plugins name a bar's icons). */
const SHARE_SERVICE = String.raw`\/(?:${SERVICE}|share(?:[-_]${SERVICE})?)`;
const ICON_WORD = String.raw`[-_]?(?:icon|logo|button|btn|share|small|(?<!\d)${ICON_SIDE}x${ICON_SIDE}(?!\d))`;
const ICON_NUMBER = String.raw`[-_]?(?<!\d)\d{1,3}(?![\dx])`;
/** A retina copy's mark before the extension ("whatsapp@2x.png", "loading@3x.gif"): the same icon at twice its pixels, as a srcset's "2x" names it. */
const RETINA = String.raw`(?:@[1-4]x)?`;
const SHARE_ICON = new RegExp(String.raw`${SHARE_SERVICE}(?:(?:${ICON_WORD}|${ICON_NUMBER})*${RETINA}\.(?:gif|png|svg)|(?:${ICON_WORD}|${ICON_NUMBER})*${ICON_WORD}(?:${ICON_NUMBER})?${RETINA}\.jpe?g)(?:[?#]|$)`, 'i');
/**
 * A lazy loader's or theme's stand-in, named for what it is ("lazy.svg", "placeholder.png", "loading.gif",
 * "no-image.jpg", "default-thumbnail.png"): shown until a script swaps the real picture in, which a feed never runs.
 */
const PLACEHOLDER_FILE = new RegExp(String.raw`\/(?:lazy(?:[-_]?load(?:er|ing)?)?|placeholder|loading|loader|spinner|transparent|grey|gray|no[-_]?(?:image|photo|thumb(?:nail)?)|default[-_]?(?:image|thumb(?:nail)?|img))(?:[-_.]?\d+(?:x\d+)?)?${RETINA}\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)`, 'i');
/** A share button's words on its icon: "Add to Facebook", "Share on X", "Follow us", "Email this". */
const SHARE_ALT = /^\s*(?:add to|share (?:on|to|via|this)|follow (?:us|on)|email this|print this|tweet this)\b/i;
/** Inline sizes that make a picture invisible: a tracking pixel hidden by style ("width:1px;height:1px", "display:none"). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:(?:width|height)\s*:\s*[0-2](?:\.\d+)?px|display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Declared at most this on both sides, an <img> is an icon (a share button, a bullet), not the story's picture. */
const ICON_SIZE = 48;
/** Classes of the same: WordPress's emoji and smilies, avatars. */
const NOT_A_PICTURE_CLASS = /(?:^|\s)(?:emoji|wp-smiley|avatar|author-(?:photo|image|img|pic|avatar))(?:$|[\s-])/i;

/** An emoji drawn as a picture: by its class (WordPress's emoji and wp-smiley, Twitter's Emoji) or an emoji set's path (twemoji, WordPress's). */
const EMOJI_CLASS = /(?:^|\s)(?:emoji|wp-smiley|emoticon|smiley)(?:$|[\s-])/i;
const EMOJI_SRC = /\/(?:images\/core\/emoji|twemoji|emoji)\//i;
/** An emoji's alt text is a character or a few (a flag, a family, ":-)"), never a sentence. */
const EMOJI_ALT_MAX = 16;

export function isEmojiImage(attribs: Record<string, string>): boolean {
  const alt = attribs.alt!.trim();
  return alt.length > 0 && alt.length <= EMOJI_ALT_MAX && (EMOJI_CLASS.test(attribs.class ?? '') || EMOJI_SRC.test(attribs.src ?? ''));
}

const BLOCKS = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'center', 'address', 'blockquote', 'pre', 'figure', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
];
/** Dropped with everything inside them. */
const NON_TEXT = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'button', 'form', 'nav', 'aside', 'figcaption', 'select', 'template', 'video', 'audio', 'head', 'title'];

/**
 * The node's own fields Drupal 8 and later print before the body in their default RSS view mode: its title, author
 * account and creation date (<span class="field field--name-title …">). The headline, a login name and a date are
 * not copy: read as text, every story of a Drupal site opened "Headline pressoffice Thu, 11/26/2026 - 10:30".
 * Drupal 7 prints a node's date and term fields the same way, with their label (<div class="field
 * field-name-field-release-date field-type-datetime field-label-inline">): "Release date: 26/11/2026" opened the copy.
 */
const DRUPAL_NODE_FIELD = /(?:^|\s)(?:field--name-(?:title|uid|created|changed)|field-type-(?:datetime|date|datestamp|taxonomy-term-reference))(?:\s|$)/;
/**
 * A field Drupal prints with its label, above or inline (8 and later: "field--label-above"; 7: "field-label-inline"), as press rooms' RSS
 * view modes print a release's number, type or date over the body: "Press Release ID" over "SG/SM/22501" read as the copy's first two
 * paragraphs. The body's field hides its label; one that shows it (a site's labelled "Body" or "Summary") is still copy.
 */
const DRUPAL_LABELLED_FIELD = /(?:^|\s)field-{1,2}label-(?:above|inline)(?:\s|$)/;
const DRUPAL_COPY_FIELD = /(?:^|\s)field-{1,2}name-(?:body|field-body|field-summary|field-text|field-lead|field-intro)(?:\s|$)/;

function isDrupalMetaField(cls: string): boolean {
  return DRUPAL_NODE_FIELD.test(cls) || (DRUPAL_LABELLED_FIELD.test(cls) && !DRUPAL_COPY_FIELD.test(cls));
}
/**
 * The same fields as Drupal 10's themes print them, without a class (Stable 9's templates, under Olivero and Claro):
 * `<span>Headline</span> <span><span>pressoffice</span></span> <span><time datetime="…">Thu, 11/26/2026 - 10:30</time></span>`
 * before the body. Known by that shape alone at the start: three bare spans, the account's inside another, the date a
 * <time> with its datetime.
 */
const DRUPAL_BARE_FIELDS = /^\s*(?:<span>[^<]{1,300}<\/span>\s*)?<span>\s*(?:<span\b[^>]*>[^<]{0,100}<\/span>|<a\b[^>]*>[^<]{0,100}<\/a>)\s*<\/span>\s*<span>\s*<time\b[^>]*\bdatetime=[^>]*>[^<]{0,100}<\/time>\s*<\/span>/;

/** What a tag becomes: its text kept (0), a paragraph (P), a line break (BR), or gone with its contents (NONE). */
const KEEP_TEXT = 0;
const P = 1;
const BR = 2;
const NONE = 3;
type Kind = typeof KEEP_TEXT | typeof P | typeof BR | typeof NONE;

const STORY_KINDS = new Map<string, Kind>([
  ...BLOCKS.map((tag) => [tag, P] as const),
  ['p', P],
  // Table cells and list terms side by side: a line break keeps their words apart.
  ['td', BR],
  ['th', BR],
  ['br', BR],
  ...NON_TEXT.map((tag) => [tag, NONE] as const),
]);
// In a one-line title a <br> or a block still parts words ("Breaking:<br/>Quake hits" is not "Breaking:Quake hits").
// Every such tag is a break at both ends (a paragraph, joined with spaces); the collector tells a title
// from a story by the map it was given.
const TITLE_KINDS: ReadonlyMap<string, Kind> = new Map([...STORY_KINDS].map(([tag, kind]) => [tag, kind === BR ? P : kind]));

/**
 * The elements that show a picture: <img>, and AMP's <amp-img> and <amp-anim>, which CMSs that keep their copy as AMP HTML
 * (Indian and other news templates) print in their feeds' content as well: such a story had no picture.
 */
const PICTURE_TAGS = new Set(['img', 'amp-img', 'amp-anim']);

/**
 * The header of a GovDelivery bulletin's template, over every bulletin of the account: its "govd_header" box, or the cells its templates
 * name "header-left", "main-header", "header-right" and "preheader-…". Its banner stood as every bulletin's picture; a picture in the
 * bulletin's own cells ("main-graphic", the body), from the same "/attachments/fancy_images/" folder, is the story's.
 */
function isBulletinHeader(attribs: Record<string, string>): boolean {
  return (!!attribs.class && /(?:^|\s)govd_header(?:\s|$)/.test(attribs.class)) || (!!attribs.id && /^(?:main-header|(?:pre)?header-(?:left|right))$/.test(attribs.id));
}

/**
 * Where lazy-loading themes put the real picture while src holds a placeholder; and, first, where Jetpack's carousel names the
 * full-size upload and its large copy ("data-orig-file", "data-large-file") beside a src that is a thumbnail its image CDN cut
 * ("…/x.jpg?resize=300%2C169&ssl=1", which stood as the story's picture in WordPress.com's and Jetpack sites' feeds).
 */
const LAZY_SRC = ['data-orig-file', 'data-large-file', 'data-src', 'data-lazy-src', 'data-original'];

/**
 * The picture an <img> shows, or null for a tracking pixel or spacer. A
 * lazy-loading placeholder (src="data:…", or no src) stands aside for the
 * data-src its script would load: before, such a first <img> left the story
 * without a picture even when its real one was named.
 */
export function pictureOf(attribs: Record<string, string>): string | null {
  // "1", "1px", "0": a pixel; a size the attribute does not say (empty, "auto", "100%") says nothing.
  const width = Number.parseFloat(attribs.width ?? '');
  const height = Number.parseFloat(attribs.height ?? '');
  // A lazy loader's spacer is a pixel by its size too ("<img src=\"s.gif\" width=\"1\" height=\"1\" data-src=\"…\">"): the size is the stand-in's.
  const lazy = LAZY_ATTRIBUTES.some((name) => attribs[name] && !/^\s*data:/i.test(attribs[name]));
  const spacer = width <= 2 || height <= 2;
  if (!(lazy && spacer) && (spacer || (width <= ICON_SIZE && height <= ICON_SIZE))) return null;
  if (attribs.class && NOT_A_PICTURE_CLASS.test(attribs.class)) return null;
  if (attribs.style && HIDDEN_STYLE.test(attribs.style)) return null;
  if (SHARE_ALT.test(attribs.alt ?? '') || SHARE_ALT.test(attribs.title ?? '')) return null;
  // A lazy loader's attribute names the real picture whatever src holds meanwhile (a data: URI, or a placeholder
  // file such as "lazy-placeholder.gif", which stood as the story's picture).
  const named = [...LAZY_SRC.map((name) => attribs[name]), widerInSrcset(attribs), attribs.src];
  // An <img> may name its picture only in a srcset (responsive themes; lazy loaders' data-srcset).
  // A stand-in in src ("loading.jpg", "grey.jpg", "placeholder.png", "blank.gif", "1x1.png") gives way to the real picture its srcset or
  // data-srcset names: judged first, it stood for no picture and the story lost its own. Alone, it is still none.
  const noPicture = isCutUpload(attribs) ? isNoPictureBesidesItsName : isNoStoryPicture;
  for (const src of [...named, ...LAZY_SRCSET.map((name) => largestOf(attribs[name]))]) {
    if (src && !/^\s*data:/i.test(src) && !noPicture(src)) return src;
  }
  return null;
}

/** The attributes a lazy loader names the real picture in, while src holds its stand-in. */
const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'data-lazy-srcset'];

/**
 * An upload a CMS cut to several widths: the <img>'s srcset names two widths or more, each of a photo (200 or more), which a counter or a
 * share icon never has (WordPress writes one for every upload in the copy). Such a PNG or JPEG is judged by its host, folder and query,
 * not its file's name: "fitness-tracker.png" or "whatsapp.png" with its "-300x169" cut beside it is the story's photo of one. Declared
 * width and height are not enough ("tracking-pixel.png" or "twitter-icon.png" at 600x400 is still none: html-copy-kept pins it). A
 * placeholder ("loading.jpg", "grey.jpg") stands for the picture whatever its srcset, and stays one; so does a site's logo, and a GIF.
 */
const PHOTO_WIDTH = 200;
const PHOTO_FILE = /\/[^/?#]+\.(?:png|jpe?g|webp)(?=[?#]|$)/i;

function isCutUpload(attribs: Record<string, string>): boolean {
  const widths = LAZY_SRCSET.flatMap((name) => (attribs[name] ? srcsetCandidates(attribs[name]) : [])).filter((c) => c.size >= PHOTO_WIDTH);
  return new Set(widths.map((c) => c.size)).size >= 2;
}

function isNoPictureBesidesItsName(url: string): boolean {
  if (PLACEHOLDER_FILE.test(url) || SITE_CHROME_FILE.test(url) || ISSUER_LOGO.test(url)) return true;
  const file = PHOTO_FILE.exec(url);
  return isNoStoryPicture(file ? `${url.slice(0, file.index)}/picture.jpg${url.slice(file.index + file[0].length)}` : url);
}

/**
 * Whether a picture's address is a counter, an avatar, a share button's icon or a placeholder, wherever the feed names
 * it (pictureOf's test for an <img>): WordPress.com names the author's Gravatar as the first media:content of every
 * post, and it stood as the story's picture.
 */
export function isNoStoryPicture(url: string): boolean {
  return NOT_A_PICTURE.test(url) || SHARE_ICON.test(url) || PLACEHOLDER_FILE.test(url) || SITE_CHROME_FILE.test(url) || ISSUER_LOGO.test(url);
}

/**
 * The issuer's logo PR Newswire attaches to a release as its media, its file named for the company and "Logo" last
 * ("mma.prnewswire.com/media/1234567/Harbor_Logistics_Logo.jpg"): the company's mark over every release it issues, no picture of the
 * story. A photo of a logo's unveiling is named otherwise ("New_Logo_Unveiling.jpg"), and a photo beside the logo stays the story's.
 * GlobeNewswire prints the issuer's logo under every release in its feeds, from its media host at a size it names
 * ("ml.globenewswire.com/media/ZmQ0NWE…/small/harbor-logistics-logo.png", alt "Primary Logo"): the same mark, no picture of the story.
 */
const ISSUER_LOGO =
  /^https?:\/\/(?:mma\.prnewswire\.com\/media\/\d+|ml(?:-eu)?\.globenewswire\.com\/media\/[\w=-]+\/(?:small|medium|large|normal))\/(?:[^/?#]*[_-])?logo(?:[_-]?\d+)?\.(?:jpe?g|png|gif|webp)(?:[?#]|$)/i;

/**
 * The site's own furniture: a file of a WordPress theme or plugin (its logo, icons, default thumbnail), or one named as the
 * site's logo ("logo.png", "site-logo.svg", "header-logo-white.png"). Printed first in every item of some feeds, it
 * stood as every story's picture. A story's picture about a logo is named for its story ("new-airline-logo-unveiled.jpg").
 * A theme's TimThumb script ("/wp-content/themes/x/timthumb.php?src=…") serves the story's picture, which is judged instead.
 */
const SITE_CHROME_FILE = /\/wp-content\/(?:themes|plugins)\/(?![^?#]*\/(?:tim)?thumb\.php\?)|\/(?:(?:site|header|footer|brand|main|default|company|top|nav)[-_]?)?logo(?:[-_.]?(?:small|white|dark|light|header|footer|retina|mobile|\d+(?:x\d+)?|@\dx))*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

const LAZY_SRCSET = ['srcset', 'data-srcset', 'data-lazy-srcset'];

/**
 * The widest candidate of the <img>'s srcset when its src is one of the candidates, narrower: the page itself says they are one picture
 * at several widths, and src is only the fallback for a browser that reads no srcset (Tumblr's "…/s640x960/x.jpg" beside its
 * "…/s2048x3072/x.jpg 2048w"). A src the srcset does not list may be another picture, and is kept.
 */
function widerInSrcset(attribs: Record<string, string>): string | undefined {
  const { src, srcset } = attribs;
  if (!src || !srcset || /^\s*data:/i.test(src)) return undefined;
  const candidates = srcsetCandidates(srcset);
  const own = candidates.find((c) => c.url === src.trim());
  const widest = largestOf(srcset);
  return own && widest && widest !== own.url && candidates.some((c) => c.url === widest && c.size > own.size) ? widest : undefined;
}

function srcsetCandidates(srcset: string): { url: string; size: number }[] {
  // Candidates part at a comma followed by a space: a comma inside a URL (an image CDN's "w_300,h_200") is kept.
  return srcset.trim().split(/,\s+/).map((candidate) => {
    const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
    return { url: url.replace(/,$/, ''), size: Number.parseFloat(descriptor) || 0 };
  }).filter((c) => c.url);
}

/** The widest candidate of a srcset ("a.jpg 300w, b.jpg 600w" → "b.jpg"); the first when none says its width. */
function largestOf(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: { url: string; size: number } | undefined;
  for (const candidate of srcsetCandidates(srcset)) if (!best || candidate.size > best.size) best = candidate;
  return best?.url;
}

export interface StoryText {
  paragraphs: string[];
  /** The first picture in the HTML (src as written), if any. */
  image: string | null;
  /** The HTML's own <base href> (as written), against which its relative addresses resolve, as a browser resolves them. */
  base?: string | null;
}

/** Ends a paragraph in `pieces`: every other entry is text (a line break is "\n"). */
const PARAGRAPH_END = null;

/**
 * The handler, reused document after document (parsing is synchronous).
 * Open elements are a stack of (tag, kind, where its output starts); text
 * goes to `pieces`, which a dropped chrome box truncates back to where it
 * began, as sanitize-html's exclusiveFilter did with its output.
 */
class TextCollector {
  kinds: ReadonlyMap<string, Kind> = STORY_KINDS;
  pieces: (string | null)[] = [];
  image: string | null = null;
  base: string | null = null;
  private tags: string[] = [];
  private tagKinds: Kind[] = [];
  private starts: number[] = [];
  private attribs: Record<string, string>[] = [];
  /** Inside a dropped element: open tags below it, itself counted. */
  private skipDepth = 0;
  /** Inside a dropped <noscript>: whether each tag open below it is one dropped with its content too (see onopentag). */
  private inNoscript: boolean[] | null = null;
  findImage = false;
  /** Text that is a cut-off tag's name, when it is the last thing in the document (see collect). */
  private cutOff: string | null = null;
  private atEnd: (() => boolean) | null = null;
  /** The tables open, innermost last, each with its rows' cells read so far (see oneRecordTable). */
  private tables: { rows: { header: boolean; text: string }[][]; cell: number }[] = [];
  /** Where each pull quote's output starts and ends in pieces (see withoutRepeatedPullQuotes). */
  pullQuotes: [number, number][] = [];
  /** The picture a <picture>'s <source> names, for its <img> to fall back on (see onopentag). */
  private pictureSource: string | null = null;
  /** Where each chrome box that reads as copy starts and ends in pieces, judged once the document is read (see withoutChromeBoxes). */
  chromeBoxes: [number, number][] = [];
  /** Where the paragraph end a <dt> closed with stands in pieces, for the <dd> after it (see definedTerm); -1 for none. */
  private termEnd = -1;
  /** Open <aside>s and <form>s read until they close, to be kept or dropped then (see held); a picture in one is not the story's. */
  private holding = 0;
  /** Fields to fill opened so far (see isField), and how many had been when each open <form> opened. */
  private fields = 0;
  private fieldsAtForm: number[] = [];
  /** <button>s open in the story, read as text until they close (see buttonRead); a picture in one is its icon. */
  private buttons = 0;
  /** Where a <button>'s words stand in pieces while the text after it is awaited (see settleButton). */
  private pendingButton: [number, number] | null = null;
  /** Where the last bold heading alone at a line's start stands in pieces, and its words (see boldHeadingClosed). */
  private boldHeading: { start: number; end: number; text: string } | null = null;

  reset(kinds: ReadonlyMap<string, Kind>, findImage: boolean, atEnd: (() => boolean) | null, cutOff: string | null): void {
    this.kinds = kinds;
    this.findImage = findImage;
    this.atEnd = atEnd;
    this.cutOff = cutOff;
    this.pieces = [];
    this.image = null;
    this.base = null;
    this.tags.length = 0;
    this.tagKinds.length = 0;
    this.starts.length = 0;
    this.attribs.length = 0;
    this.skipDepth = 0;
    this.inNoscript = null;
    this.termEnd = -1;
    this.holding = 0;
    this.fields = 0;
    this.fieldsAtForm.length = 0;
    this.buttons = 0;
    this.pendingButton = null;
    this.boldHeading = null;
    this.pullQuotes = [];
    this.chromeBoxes = [];
    this.pictureSource = null;
    this.tables = [];
  }

  /** Pieces cut back to `length`: a chrome box read past it is gone with them. */
  private cutTo(length: number): void {
    this.pieces.length = length;
    if (this.chromeBoxes.length) this.chromeBoxes = this.chromeBoxes.filter(([, to]) => to <= length);
  }

  /**
   * A table of one record under its column names (S3WaaS's notice: "Title Description Start Date End Date File" over the notice's row)
   * reads as each name and its value on a line ("Start Date: 27/11/2026"): a row a line, its names ran on as a paragraph of their own
   * and the values as another, each apart from what it was. Only a header row of <th> and one row of <td>, cell for cell; a file's
   * "View" or "Download" link (a size beside it) is no value. A table of more rows is read a row a line, as before.
   */
  private oneRecordTable(start: number): void {
    const table = this.tables.pop()!;
    const [names, values, more] = table.rows;
    if (more || !names || !values || names.length < 2 || names.length !== values.length || !names.every((c) => c.header) || values.some((c) => c.header)) return;
    this.cutTo(start);
    names.forEach((name, i) => {
      const value = values[i]!.text;
      if (!value || FILE_LINK_LABEL.test(value)) return;
      const label = name.text.replace(/\s*:$/, '');
      this.pieces.push(PARAGRAPH_END, label ? `${label}: ${value}` : value);
    });
    this.pieces.push(PARAGRAPH_END);
  }

  /**
   * A <dd> straight after its <dt> goes on the term's line: "Issued: 26 Nov 2026 08:31", as a definition list shows
   * them side by side. Each on a line of its own, the term read as a label and its value as a stray date, and both
   * went (USGS's and weather services' alerts list their facts so).
   */
  private definedTerm(): boolean {
    const at = this.termEnd;
    this.termEnd = -1;
    if (at < 0 || this.pieces[at] !== PARAGRAPH_END || !this.pieces.slice(at + 1).every((p) => p !== PARAGRAPH_END && !p!.trim())) return false;
    const term = this.pieces.slice(0, at).findLast((p) => p !== PARAGRAPH_END && p.trim());
    this.pieces[at] = term?.trimEnd().endsWith(':') ? ' ' : ': ';
    return true;
  }

  /**
   * A <pre> keeps its lines, as plain text's are kept (textToParagraphs): a weather service's bulletin, a schedule set
   * in text. Read as HTML, its line breaks were spaces and the bulletin ran on as one paragraph.
   */
  private preformatted(start: number): void {
    const text = this.pieces
      .slice(start)
      .map((p) => p ?? '\n\n')
      .join('');
    this.cutTo(start);
    // Its lines as written: a stylesheet's rule in it is the code sample of a story about code, not a <style> a feed left.
    for (const p of linesToParagraphs(text)) this.pieces.push(PARAGRAPH_END, p);
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    // The first <base> with an href is the document's base wherever it stands (a full page's <head>, which is dropped),
    // but not one inside <noscript>, which a browser running scripts reads as text.
    if (name === 'base' && this.base === null && !this.inNoscript && FETCHABLE_BASE.test(attribs.href ?? '')) this.base = attribs.href!.trim();
    if (this.skipDepth > 0) {
      this.skipDepth++;
      if (this.inNoscript) {
        // Lazy-loading themes (WordPress's a3 and Jetpack, many news templates) put a placeholder outside and the
        // real <img> in <noscript>, for readers without script, which a feed reader is: that <img> is the picture
        // there, unless it is inside something dropped with its content within the noscript (a script, an iframe).
        if (this.findImage && PICTURE_TAGS.has(name) && !this.image && !this.inNoscript.includes(true) && !(attribs.alt && isEmojiImage(attribs))) {
          this.image = pictureOf(attribs);
        }
        // A <noscript> within one is read as the outer one is: its <img> still the picture.
        this.inNoscript.push(name !== 'noscript' && this.kinds.get(name) === NONE);
      }
      return;
    }
    let kind = this.kinds === STORY_KINDS && ((attribs.class?.includes('field-') && isDrupalMetaField(attribs.class)) || isNoteMark(name, attribs)) ? NONE : (this.kinds.get(name) ?? KEEP_TEXT);
    if (this.kinds === STORY_KINDS) kind = this.heldOpen(name, attribs, kind);
    if (kind === P || kind === BR) this.settleButton(null);
    if (name === 'button' && kind === NONE && this.kinds === STORY_KINDS) {
      kind = KEEP_TEXT;
      this.buttons++;
    }
    this.tags.push(name);
    this.tagKinds.push(kind);
    this.starts.push(this.pieces.length);
    this.attribs.push(attribs);
    if (this.kinds === STORY_KINDS && TABLE_TAGS.has(name)) this.openTablePart(name);
    if (kind === NONE) {
      this.skipDepth = 1;
      this.inNoscript = name === 'noscript' ? [] : null;
    }
    else if (kind === P) {
      if (!(name === 'dd' && this.kinds === STORY_KINDS && this.definedTerm())) this.pieces.push(PARAGRAPH_END);
    } else if (kind === BR) this.pieces.push(this.kinds === STORY_KINDS && this.endsBoldHeading() ? PARAGRAPH_END : '\n');
    else if (name === 'img' && attribs.alt && isEmojiImage(attribs)) {
      // WordPress writes every emoji of a post as a picture in its feeds (<img class="wp-smiley" alt="🇮🇳">), and
      // Twitter's and other widgets do the same: the character is in the alt text, and the copy lost it.
      this.pieces.push(attribs.alt);
    } else if (this.findImage && PICTURE_TAGS.has(name) && !this.image && !this.holding && !this.buttons && !this.attribs.some(isBulletinHeader)) {
      // A picture inside a box dropped later still counts, as it did when the sanitiser saw it first.
      this.image = pictureOf(attribs) ?? (this.tags.includes('picture') ? this.pictureSource : null);
    } else if (name === 'source' && this.findImage && !this.image && !this.pictureSource && this.tags.at(-2) === 'picture') {
      // A <picture>'s <source> names the picture at its widths, its <img> often only a lazy loader's stand-in: the source is the picture
      // when the <img> shows none.
      const src = largestOf(attribs.srcset ?? attribs['data-srcset']);
      if (src && !/^\s*data:/i.test(src) && !isNoStoryPicture(src)) this.pictureSource = src;
    }
  }

  /**
   * An <aside> or a <form> is read as a block until it closes, when held() keeps or drops it; a page's form (see PAGE_FORM_ID) is a block
   * at once. A field opened in a form is counted.
   */
  private heldOpen(name: string, attribs: Record<string, string>, kind: Kind): Kind {
    if (name === 'input' ? attribs.type?.toLowerCase() !== 'hidden' : FORM_FIELDS.has(name)) this.fields++;
    if (kind !== NONE || (name !== 'aside' && name !== 'form')) return kind;
    if (!isHeld(name, attribs)) return P;
    if (name === 'form') this.fieldsAtForm.push(this.fields);
    this.holding++;
    return P;
  }

  /** Whether an <aside> or <form> read so far (from start in pieces) is kept: a fact box, or a form with no field to fill. */
  private held(name: string, attribs: Record<string, string>, start: number): boolean {
    this.holding--;
    if (name === 'form') return this.fieldsAtForm.pop() === this.fields;
    if (FACT_BOX_CLASS.test(attribs.class ?? '') || FACT_BOX_CLASS.test(attribs.id ?? '')) return true;
    const first = this.pieces.slice(start).find((p) => p?.trim());
    return !!first && FACT_BOX_HEADING.test(first);
  }

  /**
   * A <button> goes with its words (a share bar's "Tweet", a player's "Play"), unless it stands inside a sentence, between words: "Tap
   * the <button>Accept</button> button to continue." read "Tap the button to continue.". Its words wait for the text after it.
   */
  private buttonRead(start: number): void {
    this.buttons--;
    const words = this.pieces.slice(start);
    const text = words.join('').trim();
    let before = '';
    for (let i = start - 1; i >= 0 && this.pieces[i] !== PARAGRAPH_END && this.pieces[i] !== '\n'; i--) before = this.pieces[i] + before;
    if (text && text.length <= BUTTON_IN_SENTENCE_MAX && words.every((w) => w !== PARAGRAPH_END && w !== '\n') && WORDS_GO_ON_TO.test(before)) {
      this.pendingButton = [start, this.pieces.length];
    } else this.cutTo(start);
  }

  /** The waiting <button>'s words stay when the text after it carries the sentence on; else (a break, a block, the end) they go. */
  settleButton(next: string | null): void {
    const pending = this.pendingButton;
    if (!pending || (next !== null && !next.trim())) return;
    this.pendingButton = null;
    if (next === null || !WORDS_GO_ON_FROM.test(next.trimStart())) this.pieces.fill('', pending[0], Math.min(pending[1], this.pieces.length));
  }

  /**
   * A bold line alone at a line's start, before a <br>, is a heading of its own, as a press release sets its sections: GlobeNewswire's
   * "<strong>About Harbor Logistics</strong><br />Harbor Logistics runs …" and "<strong>Media Contact</strong><br />Jane Doe" ran into the
   * words under them ("About Harbor Logistics Harbor Logistics runs …"). Only a short, capitalised line that ends in a letter, a digit
   * or a bracket: a label with a colon ("<b>Closing Date:</b><br>18 Dec") joins its value as any single break does, and a bold sentence
   * stays the line it is.
   */
  private boldHeadingClosed(start: number): void {
    const words = this.pieces.slice(start);
    let before = '';
    for (let i = start - 1; i >= 0 && this.pieces[i] !== PARAGRAPH_END && this.pieces[i] !== '\n'; i--) before = this.pieces[i] + before;
    const text = words.every((w) => w !== PARAGRAPH_END && w !== '\n') ? words.join('') : '';
    this.boldHeading = !before.trim() && BOLD_HEADING.test(text.trim()) ? { start, end: this.pieces.length, text } : null;
  }

  /** Whether the line a <br> ends is a bold heading alone (see boldHeadingClosed). */
  private endsBoldHeading(): boolean {
    const heading = this.boldHeading;
    this.boldHeading = null;
    if (!heading || heading.end > this.pieces.length || this.pieces.slice(heading.start, heading.end).join('') !== heading.text) return false;
    return this.pieces.slice(heading.end).every((p) => p !== PARAGRAPH_END && !p.trim());
  }

  private openTablePart(name: string): void {
    if (name === 'table') this.tables.push({ rows: [], cell: -1 });
    else if (name === 'tr') this.tables.at(-1)?.rows.push([]);
  }

  private closeTablePart(name: string, start: number): void {
    const table = this.tables.at(-1)!;
    if (name === 'table') this.oneRecordTable(start);
    else if (name === 'td' || name === 'th') {
      const text = this.pieces.slice(start).filter((p) => p !== PARAGRAPH_END).join(' ').replace(/\s+/g, ' ').trim();
      table.rows.at(-1)?.push({ header: name === 'th', text });
    }
  }

  ontext(text: string): void {
    if (this.skipDepth > 0) return;
    if (text === this.cutOff && this.atEnd?.()) return;
    this.settleButton(text);
    this.pieces.push(text);
  }

  onclosetag(name: string): void {
    if (this.skipDepth > 0) {
      this.inNoscript?.pop();
      if (--this.skipDepth > 0) return;
      this.inNoscript = null;
    }
    const top = this.tags.length - 1;
    if (top < 0 || this.tags[top] !== name) return;
    if (name === 'picture') this.pictureSource = null;
    const kind = this.tagKinds[top]!;
    const start = this.starts[top]!;
    const attribs = this.attribs[top]!;
    this.tags.pop();
    this.tagKinds.pop();
    this.starts.pop();
    this.attribs.pop();
    if (this.kinds === STORY_KINDS && TABLE_TAGS.has(name) && this.tables.length) this.closeTablePart(name, start);
    if (this.kinds === STORY_KINDS && attribs.class?.includes('pull') && PULL_QUOTE.test(attribs.class)) this.pullQuotes.push([start, this.pieces.length]);
    if (name === 'button' && kind === KEEP_TEXT) this.buttonRead(start);
    if ((name === 'b' || name === 'strong') && this.kinds === STORY_KINDS) this.boldHeadingClosed(start);
    if (kind !== P && kind !== BR) return;
    this.settleButton(null);
    const dropped = this.kinds === STORY_KINDS && isHeld(name, attribs) && !this.held(name, attribs, start);
    // A title has no share bars or related boxes to drop: a class on a block in it is just a class.
    if (dropped) {
      this.cutTo(start);
      return;
    }
    if (this.kinds === STORY_KINDS && (isChromeBox(attribs.class) || isChromeBox(attribs.id))) {
      // A box of paragraphs of prose may be the story itself under a chrome-sounding class: it waits for the whole document.
      if (kind !== P || proseParagraphs(this.pieces, start) < BOX_AS_COPY_PARAGRAPHS) {
        this.cutTo(start);
        return;
      }
      this.pieces.push(PARAGRAPH_END);
      this.chromeBoxes.push([start, this.pieces.length]);
      return;
    }
    if (kind !== P) return;
    if (name === 'pre' && this.kinds === STORY_KINDS) this.preformatted(start);
    if (name === 'dt') this.termEnd = this.pieces.length;
    this.pieces.push(PARAGRAPH_END);
  }
}

const TABLE_TAGS = new Set(['table', 'tr', 'td', 'th']);
/** A bold heading alone on its line (see boldHeadingClosed): capitalised, at most 80 characters, ending in a letter, a digit or a bracket. */
const BOLD_HEADING = /^\p{Lu}[^\n]{0,78}[\p{L}\p{N})]$/u;
/** A file's link in a listing's cell: "View", "Download (245 KB)", "View [PDF 1.2 MB]". */
const FILE_LINK_LABEL = /^(?:view|download|open)(?: (?:file|pdf|here|now))?\s*(?:[([][^)\]]{0,30}[)\]])?$/i;

/** A <base href> a browser takes: not empty, and not a javascript: or data: URL, which it ignores. */
const FETCHABLE_BASE = /^(?!\s*(?:javascript|data):)\s*\S/i;

const collector = new TextCollector();

/**
 * htmlparser2 10 gives a tag name cut off at the very end of the input as
 * text when it could still become <xmp> or <textarea> (raw-text tags to it,
 * not to 8, inside sanitize-html, which dropped it as any cut-off tag): that
 * last bit of text is not taken.
 */
const CUT_OFF_RAW_TEXT_TAG = /<(?:x(?:mp?)?|te(?:x(?:t(?:a(?:r(?:ea?)?)?)?)?)?)$/i;

function collect(html: string, kinds: ReadonlyMap<string, Kind>, findImage: boolean): TextCollector {
  const lastTag = html.lastIndexOf('<');
  const cutOff = lastTag >= 0 && lastTag >= html.length - 9 && CUT_OFF_RAW_TEXT_TAG.test(html.slice(lastTag)) ? html.slice(lastTag + 1) : null;
  // A parser per document: htmlparser2's reset() leaves the tokenizer in a
  // special tag (<script>, <title>) that the previous document left open.
  const parser = new Parser(collector, { decodeEntities: true });
  collector.reset(kinds, findImage, cutOff === null ? null : () => parser.endIndex + 1 === html.length, cutOff);
  parser.end(html);
  collector.settleButton(null);
  return collector;
}

/** Tags that, found after decoding a body with no markup of its own, show its HTML was escaped twice. */
const ESCAPED_TAG = /<(?:p|br|div|span|a|img|b|strong|i|em|ul|ol|li|h[1-6]|blockquote|figure|table)(?:\s[^<>]*)?\/?>|<\/(?:p|div|span|a|b|strong|i|em|li|h[1-6])>/i;

/** Whether text carries real HTML tags (a "<" before a word or number alone does not make markup). */
export function looksLikeHtml(text: string): boolean {
  return ESCAPED_TAG.test(text);
}

/**
 * A description whose HTML was escaped twice (the CMS escaped it, then the
 * feed writer again, or put the escaped text in CDATA) reads, once decoded,
 * as "<p>First para &amp; more.</p>": markup as text. When a body has no tag
 * of its own but decodes to tags, the decoded HTML is the story. A body with
 * real markup and an escaped "&lt;blink&gt;" in its text is left alone.
 */
export function unescapeTwiceEscaped(html: string): string {
  if (html.includes('<')) return html;
  // Escaped once more in CDATA ("&amp;lt;p&amp;gt;"), the tags show only after two decodings.
  const body = !html.includes('&lt;') && html.includes('&amp;lt;') ? decodeHTMLStrict(html) : html;
  if (!body.includes('&lt;')) return html;
  const once = decodeHTMLStrict(body);
  return ESCAPED_TAG.test(once) || ESCAPED_CLOSING_TAG.test(once) ? once : html;
}

/**
 * Closing tags of the rest of HTML ("</section>", "</font>", "</iframe>"): markup whose tags ESCAPED_TAG does not
 * name stayed as text, tags and all. A closing tag says it: "The &lt;section&gt; element" names a tag, and stays text.
 */
const ESCAPED_CLOSING_TAG = /<\/(?:article|section|header|footer|aside|nav|main|figure|figcaption|table|thead|tbody|tr|td|th|dl|dt|dd|iframe|font|center|u|s|small|sup|sub|pre|code|caption|picture|video|audio|time|mark|abbr|cite|q|del|ins|label|h[1-6]|ul|ol|blockquote|em|strong)>/i;

const SURROGATE_PAIR = /&#(x[\da-f]{4}|\d{5});&#(x[\da-f]{4}|\d{5});/gi;
/** A reference to a high surrogate (U+D800–U+DBFF: 55296–56319), the test before the replace. */
const HIGH_SURROGATE = /&#(?:x[dD][89abAB][\da-fA-F]{2}|5(?:529[6-9]|5[3-9]\d\d|6[0-2]\d\d|63[01]\d));/;

function codeOf(reference: string): number {
  return reference[0] === 'x' || reference[0] === 'X' ? Number.parseInt(reference.slice(1), 16) : Number(reference);
}

/**
 * A character beyond the BMP written as two references to its UTF-16 halves ("&#55357;&#56832;" for 😀), as Java
 * and .NET generators escape: HTML reads each half alone as U+FFFD, and the story showed "��". The pair is one reference.
 */
export function withPairedSurrogates(html: string): string {
  if (!html.includes('&#') || !HIGH_SURROGATE.test(html)) return html;
  return html.replace(SURROGATE_PAIR, (whole, high: string, low: string) => {
    const h = codeOf(high);
    const l = codeOf(low);
    return h >= 0xd800 && h <= 0xdbff && l >= 0xdc00 && l <= 0xdfff ? `&#${(h - 0xd800) * 0x400 + (l - 0xdc00) + 0x10000};` : whole;
  });
}

/** An entity still there once the HTML is read; not "&lt;": a story may show a tag. */
const STILL_ESCAPED = /&(?:amp|quot|apos|nbsp|#\d{2,6}|#x[\da-f]{2,5});/i;

/**
 * Story text still carrying "&amp;" or "&quot;" after its HTML was read was escaped twice (in CDATA, which XML does
 * not decode, "Tom &amp;amp; Jerry"): decoded once more, as titles are. It is text by then, so nothing becomes markup.
 */
export function decodedAgain(paragraphs: string[]): string[] {
  return paragraphs.some((p) => p.includes('&') && STILL_ESCAPED.test(p)) ? paragraphs.map((p) => (p.includes('&') ? collapse(decodeHTMLStrict(p)) : p)) : paragraphs;
}

const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>"]+|mailto:[^\s<>"]+)>/gi;

export function htmlToStoryText(body: string): StoryText {
  // "<https://…>", a plain-text autolink (mail clients, Markdown, press-release tools write them), is no tag: read
  // as one, the URL was lost. It is text, kept in its brackets as a plain-text body keeps it.
  const html = body.includes('<') && /:\/\/|mailto:/i.test(body) ? body.replace(AUTOLINK, '&lt;$1&gt;') : body;
  // Without a tag it is plain text, whatever the feed calls it (a YouTube or podcast description, a bare RSS
  // description): its lines are read as text's are, an entity in it or not (decoded as the HTML parser does).
  if (!html.includes('<')) return { paragraphs: textToParagraphs(html.includes('&') ? decodeHTML(html) : html), image: null };
  const collected = collect(html.startsWith('<span>', html.search(/\S/)) ? html.replace(DRUPAL_BARE_FIELDS, '') : html, STORY_KINDS, true);
  const { image, base } = collected;
  const unboxed = collected.chromeBoxes.length ? withoutChromeBoxes(collected.pieces, collected.chromeBoxes) : collected.pieces;
  const pieces = collected.pullQuotes.length ? withoutRepeatedPullQuotes(unboxed, collected.pullQuotes) : unboxed;
  const paragraphs: string[] = [];
  let block = '';
  for (let i = 0; i <= pieces.length; i++) {
    const piece = i < pieces.length ? pieces[i]! : PARAGRAPH_END;
    if (piece !== PARAGRAPH_END) {
      block += piece;
      continue;
    }
    if (!block) continue;
    for (const p of withFieldLinesApart(withMarksApart(block)).split(/\n[ \t]*\n/)) {
      const text = collapse(p);
      if (text) paragraphs.push(text);
    }
    block = '';
  }
  return base ? { paragraphs, image, base } : { paragraphs, image };
}

/**
 * A box whose class or id names chrome (CHROME_BOX) but which holds the story: its copy wrapped in a theme's "tags-bottom", "js-ads",
 * "newsletter-content", "promo-body", "related-story-body" or "section-social-affairs" block. Dropped whole, the story lost every
 * paragraph in it. Such a box holds two paragraphs of prose or more (sentences of six words or more, each ending on its stop, a danda or Urdu's full stop too) and more
 * words than the rest of the document; a share bar, a tags list, an ad's label, a related box of headlines or a sign-up's line never
 * does, and a related or comments box beside a longer story is less than the story. Kept, its words are the story's; otherwise it goes.
 */
const BOX_AS_COPY_PARAGRAPHS = 2;
const PROSE_PARAGRAPH = /^\s*\S+(?:\s+\S+){5,}[.!?।॥۔؟]["”’)]?\s*$/u;

function proseParagraphs(pieces: (string | null)[], from: number): number {
  let count = 0;
  let block = '';
  for (let i = from; i <= pieces.length; i++) {
    const piece = i < pieces.length ? pieces[i]! : PARAGRAPH_END;
    if (piece !== PARAGRAPH_END) block += piece;
    else {
      for (const p of block.split(/\n[ \t]*\n/)) if (PROSE_PARAGRAPH.test(p)) count++;
      block = '';
    }
  }
  return count;
}

function wordCount(pieces: (string | null)[]): number {
  let words = 0;
  for (const p of pieces) if (p) words += p.split(/\s+/).filter(Boolean).length;
  return words;
}

/** The pieces without each chrome box (see BOX_AS_COPY_PARAGRAPHS) that is not the story: its words fewer than the rest's. */
function withoutChromeBoxes(pieces: (string | null)[], boxes: [number, number][]): (string | null)[] {
  const out = [...pieces];
  const total = wordCount(pieces);
  for (const [from, to] of boxes) {
    const words = wordCount(pieces.slice(from, to));
    if (words > total - words) continue;
    for (let i = from; i < to; i++) out[i] = '';
  }
  return out;
}

/**
 * A pull quote: WordPress's block ("wp-block-pullquote"), and themes' and other CMSs' "pullquote" and "pull-quote" boxes. It sets a
 * sentence of the copy large beside it, so the story read it twice, the second time with its speaker's name as a line of its own.
 */
const PULL_QUOTE = /(?:^|\s)(?:wp-block-pullquote|pull-?quote)(?:\s|$)/i;

/** Words only, in lower case: a quote and the sentence it repeats differ in quotation marks, case and the comma before "she said". */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Without each pull quote whose quote the rest of the copy says word for word (and the speaker under it): the story's sentence, set
 * large. A pull quote whose words stand nowhere else in the copy (HuffPost's, whose copy in the feed is cut short) is the only place
 * they stand, and stays.
 */
function withoutRepeatedPullQuotes(pieces: (string | null)[], ranges: [number, number][]): (string | null)[] {
  const inQuote = new Set<number>();
  for (const [from, to] of ranges) for (let i = from; i < to; i++) inQuote.add(i);
  const rest = wordsOf(pieces.filter((p, i) => p !== PARAGRAPH_END && !inQuote.has(i)).join(' '));
  const out = [...pieces];
  for (const [from, to] of ranges) {
    // The quote is the box's first paragraph; its speaker (<cite>) the next.
    const quote = pieces.slice(from, to).map((p) => p ?? '\n\n').join('').split(/\n\s*\n/).map((q) => q.trim()).find(Boolean);
    const words = quote ? wordsOf(quote) : '';
    if (words.split(' ').length - 2 < 4 || !rest.includes(words)) continue;
    for (let i = from; i < to; i++) out[i] = PARAGRAPH_END;
  }
  return out;
}

/** A release's end or section mark on a line of its own between <br>s ("…today.<br>***<br>MG/KC/SK", "###"). */
const MARK_LINE = /\n[ \t]*((?:\*[ \t]*){3,}|#{3,})[ \t]*(?=\n|$)/g;

/**
 * The block with such a mark a paragraph of its own, as it is between <p>s: read into the sentence over it, PIB's "***" and the desk's
 * initials under it ran on as copy.
 */
function withMarksApart(block: string): string {
  return block.includes('\n') ? block.replace(MARK_LINE, '\n\n$1\n\n') : block;
}

/**
 * A line that is a field of a form: a short label, capitalised, then a colon, a space and its value ("Tender Ref No: PPA/DRG/2026/14",
 * "Closing Date: 18-Dec-2026 03:00 PM", "Organisation: Paradip Port Authority"). The label is at most five words and 40 characters and
 * ends in a letter, a stop or a bracket ("Bid Value (INR):"), so a time ("10:30") or an address ("https://") is no label.
 */
const FIELD_LINE = /^[ \t]*\p{Lu}[\p{L}\p{N}.'’&/()\- ]{0,38}[\p{L}.)]:[ \t]+\S[^\n]{0,300}$/u;
const FIELD_LABEL_WORDS = 5;

function isFieldLine(line: string): boolean {
  if (!FIELD_LINE.test(line)) return false;
  const label = line.slice(0, line.indexOf(':')).trim();
  return label.split(/\s+/).length <= FIELD_LABEL_WORDS;
}

/**
 * The block with each line of a run of two or more field lines between <br>s a paragraph of its own: read as one paragraph, a tender's,
 * a filing's or a notice's fields ran on ("Tender Ref No: … Closing Date: … Organisation: …"). A single line with a colon ("Note: the
 * port closes at noon<br>on Friday") is copy and joins as any single break does; so do lines of which only one is a field.
 */
function withFieldLinesApart(block: string): string {
  if (!block.includes('\n') || !block.includes(':')) return block;
  const lines = block.split('\n');
  const field = lines.map(isFieldLine);
  let changed = false;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const inRun = field[i] && (field[i - 1] || field[i + 1]);
    if (inRun) changed = true;
    out.push(inRun ? `\n\n${lines[i]}\n\n` : lines[i]!);
  }
  return changed ? out.join('\n') : block;
}

/**
 * Plain text (a JSON Feed content_text, an Atom type="text", a YouTube description): blank lines part paragraphs,
 * and a single line break is a line of its own ("Subscribe: https://…" under "Follow us: …" ran together into one
 * paragraph), unless the block is prose wrapped at a width, whose lines are one paragraph (see isWrapped).
 */
export function textToParagraphs(text: string): string[] {
  return linesToParagraphs(text.includes('{') ? withoutStyleRules(text) : text);
}

function linesToParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    if (!block.trim().includes('\n')) {
      const p = collapse(block);
      if (p) paragraphs.push(p);
      continue;
    }
    const lines = block.split('\n').map(collapse).filter(Boolean);
    if (isWrapped(lines)) paragraphs.push(lines.join(' '));
    // One by one: spread, a block of some 100,000 lines (a log pasted as a description) overflowed the stack.
    else for (const line of lines) paragraphs.push(line);
  }
  return paragraphs;
}

/**
 * A stylesheet rule at the start of a line (".share-link a { margin: 0 10px; }"): what is left of a <style> when a
 * feed strips the tags but not their contents. Only a selector of at most 80 characters, before declarations only; not
 * a brace after "=", "(" or "," (code's object: "const server = { port: 8080, host: … };" is no rule).
 */
const STYLE_RULE = /(^|\n)[ \t]*[.#@]?[A-Za-z_-][^{}\n]{0,80}(?<![=(,]\s*)\{((?:\s*[-\w]+\s*:[^{};]+;?)+)\s*\}/g;

function withoutStyleRules(text: string): string {
  return text.replace(STYLE_RULE, '$1');
}

/** How long a line broken at a width (mail, press releases, 72 or 80 columns) at least is. */
const WRAP_MIN = 40;
/** A line that ends mid-sentence: in a letter, a digit or a comma, not a sentence's end or a link. */
const ENDS_MID_SENTENCE = /[\p{L}\p{N},;–—-]$/u;
/** A sentence's end and a sign-off after a dash, desk initials perhaps after it ("… of them. --ANI rvt/dan"): a paragraph's end, not a break. */
const ENDS_SIGNED = /[.!?"”’]\s*(?:-{1,2}|[—–])\s*[\p{L}.]{2,20}(?:\s+[\p{L}/]{1,20})?$/u;

/**
 * How near the block's longest line a line broken at a width comes: the width is the longest line's (a link aside), and a line broken
 * there falls short of it by a word at most. A headline or a stamp of 50 characters over paragraphs of 90 or 300, each on a line, is no
 * prose broken at a width.
 */
const WRAP_SHARE = 0.75;
/** The longest line prose broken at a width has (72 or 80 columns, a few more at most): a longer one is a paragraph on its line. */
const WRAP_MAX = 120;
const ENDS_IN_LINK = /\bhttps?:\/\/\S+$/;

/** Prose broken at a width: most of its breaks come after a long line, as long as the block's lines run, that ends mid-sentence. */
function isWrapped(lines: string[]): boolean {
  let width = 0;
  for (const line of lines) if (line.length > width && !ENDS_IN_LINK.test(line)) width = line.length;
  const least = Math.max(WRAP_MIN, width * WRAP_SHARE);
  let soft = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line.length >= least && line.length <= WRAP_MAX && ENDS_MID_SENTENCE.test(line) && !ENDS_IN_LINK.test(line) && !ENDS_SIGNED.test(line) && !isTitleCased(line)) soft++;
  }
  return soft * 2 >= lines.length - 1;
}

/**
 * A line most of whose words are capitalised, as a headline's are ("Oil Company on Trial in Madagascar Over Pollution"): over a
 * short story's one paragraph it is the page's title on its line, not prose broken at a width, whose words run mostly in lower case.
 */
function isTitleCased(line: string): boolean {
  const words = line.split(' ');
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length;
}

/** Elements whose content a title's reader drops with them: a headline naming one is about it, not marked up by it. */
const TAG_WORD = /<(video|audio|script|style|iframe|object|embed|svg|math|button|form|nav|aside|select|option|template|textarea|noscript|figcaption|title|head)>/gi;
/** Any other element named bare between two words ("Use <b> for bold", "Why <p> tags matter"): a word of the headline when never closed. */
const BARE_TAG = /(?<=\s)<([a-z][a-z\d]{0,9})>(?=\s)/gi;
/** Elements that are never closed: a bare one between words ("Floods <br> Toll rises") is markup. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'param', 'track']);

/**
 * An RSS or JSON Feed title, or an Atom one without a type, that names an element bare and never closes it ("Why the <video>
 * tag matters", "Using <script> safely"): the word is text, escaped so. Read as markup, it dropped the rest of the
 * headline with it. So is any other element named bare between words and never closed ("Use <b> for bold"): read as markup,
 * the headline lost the word it is about. Markup a title does close ("<b>Bold</b> move"), or with attributes, is read as before.
 */
export function withTagWordsAsText(title: string | null): string | null {
  if (!title?.includes('<')) return title;
  const unclosed = (tag: string, name: string, at: number) => (title.toLowerCase().includes(`</${name.toLowerCase()}`, at) ? tag : `&lt;${tag.slice(1)}`);
  const words = title.replace(TAG_WORD, unclosed);
  return words.includes(' <') ? words.replace(BARE_TAG, (tag, name: string, at: number) => (VOID_ELEMENTS.has(name.toLowerCase()) ? tag : unclosed(tag, name, at))) : words;
}

/** A title may carry markup or entities, escaped once or twice: one clean line. */
export function cleanTitle(raw: string | null): string {
  if (!raw) return '';
  let t = raw;
  if (t.includes('<')) t = collect(t, TITLE_KINDS, false).pieces.map((piece) => piece ?? ' ').join('');
  // Double-escaped feeds ("&amp;amp;") still carry an entity after one decoding; in CDATA, which XML does not
  // decode, such a title ("Tom &amp;amp; Jerry") carries one after two. Not "&lt;": that would make markup.
  if (t.includes('&')) t = decodeHTMLStrict(t);
  if (t.includes('&') && STILL_ESCAPED.test(t)) t = decodeHTMLStrict(t);
  return collapse(t);
}

/** Whitespace other than a space: collapse() makes it one. */
const OTHER_SPACE = /[^\S ]/;
const SPACE = /\s/;

/**
 * Whitespace that collapse() changes: at an end, other than a space, or more than one (a space and then another, or
 * whitespace of another kind). One pattern for all four scanned the line trying each at every character; a class and a
 * substring are searched faster, and the ends are two characters.
 */
function hasLooseSpace(t: string): boolean {
  return t.length > 0 && (SPACE.test(t[0]!) || SPACE.test(t[t.length - 1]!) || OTHER_SPACE.test(t) || t.includes('  '));
}

/**
 * Control characters that are not whitespace: feeds leak them from databases,
 * and no reader shows them. Some are typographic punctuation cut down to its
 * low byte on the way (U+2019 → U+0019: "don\u0019t"), and go back to it.
 * C1 controls (U+0080–U+009F) are windows-1252 punctuation written as
 * character references ("&#146;" for ’, as old CMSs do): HTML reads them so,
 * XML does not. Zero-width spaces, soft hyphens and stray byte-order marks are
 * invisible on a page but not in a mail's plain text or to word matching, and
 * go; zero-width (non-)joiners stay: Indic scripts need them.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\uFEFF]/;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\uFEFF]/g;
const CUT_PUNCTUATION: Record<string, string> = { '\u0013': '–', '\u0014': '—', '\u0018': '‘', '\u0019': '’', '\u001c': '“', '\u001d': '”' };
/** windows-1252's 0x80–0x9F, a space where it defines none (0x81, 0x8D, 0x8F, 0x90, 0x9D): those stay controls and go. */
const WINDOWS_1252_C1 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';
const fromControl = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 0x80 || code > 0x9f) return CUT_PUNCTUATION[c] ?? '';
  const punctuation = WINDOWS_1252_C1[code - 0x80]!;
  return punctuation === ' ' ? '' : punctuation;
};

/**
 * Terminal colour codes pasted from a console or a build log ("\u001b[1;31mError\u001b[0m"), whole or left behind
 * once something took the escape character out ("[1;31mError[0m"). Bare, only SGR codes ending in "m" and not
 * closed by "]": "[10m]" is a note in brackets.
 */
const ANSI_CODES = /\u001b\[[\d;?]*[A-Za-z]|\[\d{1,3}(?:;\d{1,3})*m(?!\])/g;

export function withoutControls(s: string): string {
  const t = s.includes('[') ? s.replace(ANSI_CODES, '') : s;
  return CONTROL.test(t) ? t.replace(CONTROLS, fromControl) : t;
}

/**
 * Direction marks and embeddings (RLM, LRM, ALM, RLE … PDF, the isolates) that Arabic, Urdu and Hebrew CMSs put
 * around a headline or a paragraph to set its direction: the reader sets it anyway, and at an end they are invisible
 * characters that made "‏وزير …‏" another string than the headline, name or outlet it shows. Inside a line, where
 * they order mixed scripts and digits, they stay.
 */
const isBidi = (c: number) => c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const EDGE_BIDI = /^[\s\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+|[\s\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+$/g;

function collapse(s: string): string {
  const t = withoutControls(s);
  // Every single space is a match of \s+, so replace() rebuilds even a clean line: test first.
  const u = hasLooseSpace(t) ? t.replace(/\s+/g, ' ').trim() : t;
  // u has no white space at its ends, so a mark at an end is its first or last character: no need to scan the line.
  return u && (isBidi(u.charCodeAt(0)) || isBidi(u.charCodeAt(u.length - 1))) ? u.replace(EDGE_BIDI, '') : u;
}
