/**
 * The story-text extraction as it was before src/feeds/html-text.ts drove
 * htmlparser2 itself: one sanitize-html pass. Kept as the reference the
 * new extractor must agree with (test/feeds/html-text.test.ts).
 */
import { decodeHTML, decodeHTMLStrict } from 'entities';
import sanitizeHtml from 'sanitize-html';
import { isEmojiImage, pictureOf, textToParagraphs, withoutControls } from '../../src/feeds/html-text.js';

/** Class or id of the boxes publishers wrap around copy: share bars, related links, ads, feedflare. */
const CHROME_BOX = /(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|subscribe|advert|advertisement|ads?|adsbygoogle|promo|sponsored|feedflare|outbrain|taboola|also-read|read-more|readmore|more-stories|trending|comments?|byline-share|tags?|caption|embed|twitter-tweet|twitter-video|instagram-media|fb-post|fb-video|text-post-media|button|cta|subscription|polls?|quiz|survey|embedded|bookmark)(?:$|[\s_-])/i;

const DRUPAL_NODE_FIELD = /(?:^|\s)field--name-(?:title|uid|created|changed)(?:\s|$)/;

const BLOCKS = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'center', 'address', 'blockquote', 'pre', 'figure', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
];
/** Dropped with everything inside them. */
const NON_TEXT = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'button', 'form', 'nav', 'aside', 'figcaption', 'select', 'template', 'video', 'audio', 'head', 'title'];

const BASE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br'],
  allowedAttributes: {},
  nonTextTags: NON_TEXT,
  // Since: Drupal's node fields (title, author, date) before the body go with their text, whatever element holds them.
  exclusiveFilter: (frame) => CHROME_BOX.test(frame.attribs.class ?? '') || CHROME_BOX.test(frame.attribs.id ?? '') || DRUPAL_NODE_FIELD.test(frame.attribs.class ?? ''),
};
// Since: a <pre> is kept, its lines read as plain text's (preformatted below).
const TO_P = Object.fromEntries(BLOCKS.filter((tag) => tag !== 'pre').map((tag) => [tag, 'p']));

const PRE = /<pre>([\s\S]*?)<\/pre>/g;
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Since: a <pre>'s lines are lines, as plain text's (textToParagraphs): each a paragraph of its own. */
function preformatted(clean: string): string {
  return clean.replace(PRE, (_all, inner: string) => {
    const text = decodeHTML(inner.replace(/<\/?p>/g, '\n\n').replace(/<br \/>/g, '\n'));
    return textToParagraphs(text).map((p) => `<p>${escaped(p)}</p>`).join('');
  });
}

export interface StoryText {
  paragraphs: string[];
  /** The first picture in the HTML (src as written), if any. */
  image: string | null;
}

const IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** An emoji written as a picture is its character (the alt text), as the extractor reads it. */
function withEmojiAsText(html: string): string {
  return html.replace(IMG_TAG, (tag) => {
    const attribs: Record<string, string> = {};
    for (const m of tag.slice(4).matchAll(ATTRIBUTE)) attribs[m[1]!.toLowerCase()] ??= decodeHTML(m[2] ?? m[3] ?? m[4] ?? '');
    return attribs.alt && isEmojiImage(attribs) ? attribs.alt.replace(/&/g, '&amp;').replace(/</g, '&lt;') : tag;
  });
}

export function sanitizeHtmlStoryText(html: string): StoryText {
  // Since: text without a tag is plain text, entities or not, and is read as text (textToParagraphs, shared as
  // pictureOf is: how lines part is not the sanitiser's business).
  if (!html.includes('<')) return { paragraphs: textToParagraphs(html.includes('&') ? decodeHTML(html) : html), image: null };
  let image: string | null = null;
  const clean = sanitizeHtml(withEmojiAsText(html), {
    ...BASE,
    allowedTags: ['p', 'br', 'pre'],
    transformTags: {
      // Since: an inline element holding a Drupal node field is dropped as a box is (the filter sees only p and br).
      '*': (tagName, attribs) => (DRUPAL_NODE_FIELD.test(attribs.class ?? '') ? { tagName: 'p', attribs } : { tagName, attribs }),
      ...TO_P,
      // Table cells and list terms side by side: a line break keeps their words apart.
      td: 'br',
      th: 'br',
      img: (tagName, attribs) => {
        // Which <img> is a picture is shared with the extractor (see pictureOf), as withoutControls is.
        image ??= pictureOf(attribs);
        return { tagName, attribs };
      },
    },
  });
  // Since: a picture inside <noscript> counts where it stands (lazy-loading themes put the real <img> there, a
  // placeholder outside). A second pass that keeps noscript's markup and drops the rest as before finds it.
  if (/<noscript/i.test(html)) {
    image = null;
    sanitizeHtml(withEmojiAsText(html), {
      allowedTags: ['noscript', 'img'],
      allowedAttributes: false,
      nonTextTags: NON_TEXT.filter((tag) => tag !== 'noscript'),
      transformTags: {
        img: (tagName, attribs) => {
          image ??= pictureOf(attribs);
          return { tagName, attribs };
        },
      },
    });
  }
  const paragraphs: string[] = [];
  for (const block of (clean.includes('<pre>') ? preformatted(clean) : clean).split(/<\/?p>/)) {
    for (const p of block.replace(/<br \/>/g, '\n').split(/\n[ \t]*\n/)) {
      const text = collapse(decodeHTML(p));
      if (text) paragraphs.push(text);
    }
  }
  return { paragraphs, image };
}

/** Plain text (a JSON Feed content_text, an Atom type="text"): blank lines part paragraphs. */
/** A title may carry markup or entities, escaped once or twice: one clean line. */
export function sanitizeHtmlTitle(raw: string | null): string {
  if (!raw) return '';
  let t = raw;
  // Since: a <br> or a block parts the words around it (the extractor gives it a line break, collapsed to a space).
  if (t.includes('<')) t = decodeHTML(sanitizeHtml(withEmojiAsText(t), { allowedTags: [...BLOCKS, 'p', 'br', 'td', 'th'], allowedAttributes: {}, nonTextTags: NON_TEXT }).replace(/<[^>]*>/g, ' '));
  // Double-escaped feeds ("&amp;amp;") still carry an entity after one decoding.
  if (t.includes('&')) t = decodeHTMLStrict(t);
  // Since: one decoding more while an entity other than &lt; &gt; is left (CDATA titles escaped twice).
  if (/&(?:amp|quot|apos|nbsp|#\d{2,6}|#x[\da-f]{2,5});/i.test(t)) t = decodeHTMLStrict(t);
  return collapse(t);
}

// The one step added since the sanitize-html pass: control characters (see withoutControls).
function collapse(s: string): string {
  return withoutControls(s).replace(/\s+/g, ' ').trim();
}
