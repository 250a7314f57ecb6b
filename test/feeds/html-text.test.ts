import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFeedBody } from '../../src/feeds/charset.js';
import { cleanTitle, htmlToStoryText } from '../../src/feeds/html-text.js';
import { parseFeed, type FeedEntry } from '../../src/feeds/parse.js';
import { sanitizeHtmlStoryText, sanitizeHtmlTitle } from '../helpers/sanitize-html-text.js';

/**
 * The story-text extractor drives htmlparser2 itself; it must give exactly
 * what the one sanitize-html pass it replaced gave (test/helpers keeps that
 * one): on every entry of the shared corpus, on the seed page, and on
 * generated tag soup.
 */

const dir = fileURLToPath(new URL('../../../shared/feeds/', import.meta.url));
const seed = readFileSync(fileURLToPath(new URL('../fixtures/ians-india-italy-defence.txt', import.meta.url)), 'utf8');

async function corpusEntries(): Promise<FeedEntry[]> {
  const entries: FeedEntry[] = [];
  for (const file of readdirSync(dir).filter((f) => f !== 'SOURCES.tsv')) {
    try {
      entries.push(...(await parseFeed(decodeFeedBody(readFileSync(`${dir}${file}`)).text)).entries);
    } catch {
      // broken files: nothing to compare
    }
  }
  return entries;
}

const UNFINISHED_END_TAG = /<\/[a-z][^>\s]*\s[^>]*$/i;

function same(html: string): void {
  expect(htmlToStoryText(html)).toEqual(sanitizeHtmlStoryText(html));
  expect(cleanTitle(html)).toBe(sanitizeHtmlTitle(html));
}

describe('story text from HTML', () => {
  it('agrees with the sanitize-html pass on every entry of the shared corpus', async () => {
    const entries = await corpusEntries();
    expect(entries.length).toBeGreaterThan(300);
    let compared = 0;
    for (const entry of entries) {
      for (const html of [entry.content, entry.summary]) {
        if (!html) continue;
        expect(htmlToStoryText(html)).toEqual(sanitizeHtmlStoryText(html));
        compared++;
      }
      for (const title of [entry.title, ...entry.categories, ...entry.authors]) expect(cleanTitle(title)).toBe(sanitizeHtmlTitle(title));
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('agrees on the seed page as HTML', () => {
    const html = seed.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    same(`<div class="story">${html}</div>`);
  });

  it.each([
    ['chrome boxes, nested and side by side', '<div>Copy <div class="story-share">Share <b>this</b></div> goes on.<div id="related_links"><p>Other</p></div></div><p class="tags">x</p><span class="share">kept</span>'],
    ['a picture inside a dropped box, and one inside noscript', '<div class="social"><img src="/a.jpg"></div><noscript><img src="/b.jpg"></noscript><img src="/c.jpg">'],
    ['tracking pixels before the picture', '<img src="https://feeds.feedburner.com/~r/x/~4/y"><img src="/p.gif" width="1"><img src="/pic.jpg" height="300">text'],
    ['tables and lists', '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table><ul><li>one</li><li>two<br>three</li></ul>'],
    ['line breaks and blank lines', 'One<br><br>Two<br/> <br />Three\n\n\tFour<hr>Five'],
    ['entities, escaped once or twice', 'Fish &amp;amp; chips &lt;b&gt; &nbsp;&#8216;q&#8217; &copy2026 &bogus; &#0; &#x80; a & b'],
    ['unclosed and stray tags', '<div><p>One<p>Two</div></span></p><b>Three<i>Four</div>five</br>six'],
    ['scripts, styles, forms, comments, CDATA', '<script>var a = "<p>no</p>";</script><style>p{}</style><form><input>no</form><!-- c --><![CDATA[cdata]]>yes<svg><text>no</text></svg><title>t</title>'],
    ['a preformatted bulletin, its lines kept', '<p>Before</p><pre class="bulletin">BULLETIN\nAdvisory Number 7 &amp; more\n\n.SHORT TERM...\nSnow <b>spreads</b> north<br>tonight</pre><p>After</p>'],
    ['an unclosed dropped element', '<p>Before</p><iframe src="x">after'],
    ['a document cut off inside a tag name', 'Text <tex'],
    ['a document cut off inside <xmp', 'Text &amp; more<XM'],
    ['a document cut off inside <script', 'Text <scr'],
    ['a title with markup', '<b>Rates</b> &amp;amp; <script>x</script><span>markets</span> <p>up</p>'],
    ['emoji written as pictures', '<p>Flag <img class="emoji" alt="🇮🇳" src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f1ee-1f1f3.png"> & <img alt=":)" class=wp-smiley src="/s.png"> flies</p><img alt="" class="emoji" src="/e.png"><img src="/pic.jpg">'],
    ['link cards', '<p>Copy.</p><figure class="kg-card kg-bookmark-card"><a href="/x"><div class="kg-bookmark-title">Other</div></a></figure><blockquote class="wp-embedded-content"><a href="/y">Y</a></blockquote><p>More.</p>'],
    ['a lazy loader\'s placeholder with the real picture in noscript, and noscript\'s own script and iframe', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload"><noscript><script><img src="/s.jpg"></script><iframe><img src="/i.jpg"></iframe><img class="emoji" alt="🙂" src="/e.png"><p>No script</p><img src="/real.jpg"></noscript><p>Copy</p><img src="/later.jpg">'],
    ['a picture in a noscript inside a noscript', '<noscript><noscript><img src="/a.jpg">'],
    ['icons, counters and placeholders before the picture', '<img src="/icons/facebook.png"><img src="/x.gif" width="1px"><img src="/b.gif" style="width:1px;height:1px"><img src="/lazy.gif" data-src="/real.jpg">text'],
  ])('agrees on %s', (_what, html) => same(html));

  it('puts a <dd> on its <dt>’s line (a step added since the sanitize-html pass); a term alone, or a description alone, stays a paragraph', () => {
    const html = '<dl><dt>Area</dt> <dd>Lower valley</dd><dt>Note:</dt><dd>Moderate</dd><dt>Alone</dt><dt>Next</dt><dd>One</dd><dd>Two</dd></dl>';
    expect(htmlToStoryText(html).paragraphs).toEqual(['Area: Lower valley', 'Note: Moderate', 'Alone', 'Next: One', 'Two']);
  });

  it('drops caption and advertisement boxes with their text, keeping the picture', () => {
    const html =
      '<p>New Delhi, Nov 25 (PTI) First.</p><div class="wp-caption aligncenter"><img src="/a.jpg"><p class="wp-caption-text">Modi at the summit on Tuesday</p></div>' +
      '<div class="image-caption">Modi at the summit. Photo: PTI</div><div class="advertisement"><span>Advertisement</span><p>Sponsored by Acme Bank</p></div><p>Second.</p>';
    expect(htmlToStoryText(html)).toEqual({ paragraphs: ['New Delhi, Nov 25 (PTI) First.', 'Second.'], image: '/a.jpg' });
    same(html);
  });

  it('drops the title, author and date fields Drupal prints before the body, and a "Read more" link under it', () => {
    const html =
      '<span class="field field--name-title field--type-string field--label-hidden">Minister opens plant</span>\n' +
      '<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person">pressoffice</span></span>\n' +
      '<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-11-26T10:30:00Z">Thu, 11/26/2026 - 10:30</time></span>\n' +
      '<div class="field field--name-body field--type-text-with-summary"><p>The plant serves 200,000 people.</p></div>' +
      '<p class="readmore"><a href="/node/1">Read more ...</a></p><ul class="links inline"><li class="node-readmore first last"><a href="/node/1">Read more</a></li></ul>' +
      '<p>A <span class="field--name-body-extra">field of its own</span> stays.</p>';
    expect(htmlToStoryText(html).paragraphs).toEqual(['The plant serves 200,000 people.', 'A field of its own stays.']);
    same(html);
  });

  it('agrees on generated tag soup', () => {
    // Not textarea or xmp: the htmlparser2 inside sanitize-html (8.x) parses their
    // content as markup, the one we use (10.x) as raw text, like browsers do.
    // Neither occurs in the corpus; a textarea's content is dropped either way.
    // Not pre: ours keeps a <pre>'s lines and reads it as a block (empty, nested or
    // holding other blocks), which the reference does not; 1 run in 15,000-70,000
    // met one of those and failed the suite at random. Tested by example instead.
    // Not aside or form: ours keeps a fact box's <aside> and a form with no field to fill (or a page's ASP.NET form), which the
    // reference drops whole (test/feeds/html-copy-kept.test.ts).
    const tag = fc.constantFrom('div', 'p', 'span', 'b', 'a', 'td', 'th', 'tr', 'table', 'li', 'ul', 'section', 'figure', 'figcaption', 'script', 'style', 'noscript', 'iframe', 'nav', 'h2', 'blockquote', 'title', 'select', 'option', 'svg', 'head');
    const cls = fc.constantFrom('', ' class="share-bar"', ' id="related"', ' class="story"', ' class="ad"', ' class="x tags"', " class='promo'");
    const token = fc.oneof(
      fc.tuple(tag, cls).map(([t, c]) => `<${t}${c}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('<br>', '<br/>', '</br>', '<hr>', '<img src="/a.jpg">', '<img src="/b.png" width="1">', '<img>', '<!-- c -->', '<![CDATA[x]]>', '<?pi?>', '<!DOCTYPE html>'),
      fc.constantFrom('&amp;', '&amp;amp;', '&lt;', '&gt;', '&nbsp;', '&#8217;', '&#x201c;', '&copy', '&', '<', '>', '"', "'", '&#0;', '&notit;'),
      fc.constantFrom(' ', '\n', '\n\n', ' \t\n', '\u00a0'),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Rome, Feb 27 (IANS)', 'words here.', 'Share this'),
    );
    // A document may end inside a tag, even one named like those two.
    const cutOff = fc.constantFrom('', '', '<x', '<X', '<xm', '<xmP', '<te', '<tex', '<textarea', '<tea', '<s', '<scr', '<t', '<ti', '</x', '<a hr');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), cutOff, (tokens, end) => {
        const html = tokens.join('') + end;
        // A document that ends inside an end tag with more after its name ("…</a <x"): HTML drops the
        // unfinished tag, as our htmlparser2 does; the older one inside sanitize-html gives its tail as text.
        fc.pre(!UNFINISHED_END_TAG.test(html));
        expect(htmlToStoryText(html)).toEqual(sanitizeHtmlStoryText(html));
        expect(cleanTitle(html)).toBe(sanitizeHtmlTitle(html));
      }),
      { numRuns: 3000 },
    );
  });
});
