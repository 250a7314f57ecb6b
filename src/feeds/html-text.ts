import { decodeHTML } from 'entities';
import { convert, type HtmlToTextOptions } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * Story HTML → clean paragraphs. sanitize-html decides what is text (a tag
 * whitelist; scripts, forms, embeds and share/related widgets go with their
 * content), html-to-text lays the rest out as paragraphs. The first real image
 * is kept aside, as a story's picture when the feed names none.
 */

/** Class or id of the boxes publishers wrap around copy: share bars, related links, ads, feedflare. */
const CHROME_BOX = /(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|subscribe|advert|ads?|adsbygoogle|promo|sponsored|feedflare|outbrain|taboola|also-read|read-more|more-stories|trending|comments?|byline-share|tags?)(?:$|[\s_-])/i;
/** Tracking pixels and feed-proxy counters are not pictures. */
const NOT_A_PICTURE = /(?:feeds\.feedburner\.com\/~(?:r|ff)\/|\/~r\/|pixel|tracker|beacon|spacer|1x1|blank\.gif)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'div', 'span', 'section', 'article', 'main', 'header', 'footer', 'center', 'font',
    'a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'code', 'tt', 'pre',
    'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'img', 'hr',
  ],
  allowedAttributes: { img: ['src', 'width', 'height'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: true,
  // Dropped with everything inside them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'button', 'form', 'nav', 'aside', 'figcaption', 'select', 'template', 'video', 'audio'],
  exclusiveFilter: (frame) => CHROME_BOX.test(frame.attribs.class ?? '') || CHROME_BOX.test(frame.attribs.id ?? ''),
};

const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  decodeEntities: true,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'hr', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
  ],
};

export interface StoryText {
  paragraphs: string[];
  /** The first picture in the HTML (src as written), if any. */
  image: string | null;
}

export function htmlToStoryText(html: string): StoryText {
  if (!/[<&]/.test(html)) return { paragraphs: textToParagraphs(html), image: null };
  let image: string | null = null;
  const clean = sanitizeHtml(html, {
    ...SANITIZE,
    transformTags: {
      img: (tagName, attribs) => {
        const tiny = Number(attribs.width) <= 2 || Number(attribs.height) <= 2;
        if (!image && attribs.src && !tiny && !NOT_A_PICTURE.test(attribs.src)) image = attribs.src;
        return { tagName, attribs };
      },
    },
  });
  return { paragraphs: textToParagraphs(convert(clean, TO_TEXT)), image };
}

/** Plain text (a JSON Feed content_text, an Atom type="text"): blank lines part paragraphs. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A title may carry markup or entities, escaped once or twice: one clean line. */
export function cleanTitle(raw: string | null): string {
  if (!raw) return '';
  let t = raw;
  if (/[<&]/.test(t)) t = convert(t, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] });
  // Double-escaped feeds ("&amp;amp;") still carry an entity after one decoding.
  if (/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(t)) t = decodeHTML(t);
  return t.replace(/\s+/g, ' ').trim();
}
