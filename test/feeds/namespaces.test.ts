import { describe, expect, it } from 'vitest';
import { canonicalLink, hasAmpMarks, withoutAmpMarks } from '../../src/feeds/links.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { withUsualPrefixes } from '../../src/feeds/namespaces.js';
import { parseFeed } from '../../src/feeds/parse.js';

const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const MEDIA = 'http://search.yahoo.com/mrss/';

describe('module elements read by namespace, not prefix', () => {
  it('renames tags and declarations of a module bound to another prefix, and leaves CDATA and comments as written', () => {
    const doc = `<rss xmlns:m="${MEDIA}"><channel><item><m:content url="a.jpg"/><description><![CDATA[<m:math>x</m:math>]]></description><!-- <m:note> --></item></channel></rss>`;
    expect(withUsualPrefixes(doc)).toBe(`<rss xmlns:media="${MEDIA}"><channel><item><media:content url="a.jpg"/><description><![CDATA[<m:math>x</m:math>]]></description><!-- <m:note> --></item></channel></rss>`);
  });

  it('leaves a document alone when its prefixes are the usual ones, or the usual prefix names another namespace', () => {
    const usual = `<rss xmlns:content="${CONTENT}"><channel><item><content:encoded>x</content:encoded></item></channel></rss>`;
    expect(withUsualPrefixes(usual)).toBe(usual);
    const taken = `<rss xmlns:content="https://cms.example/ns" xmlns:c="${CONTENT}"><channel><item><c:encoded>x</c:encoded></item></channel></rss>`;
    expect(withUsualPrefixes(taken)).toBe(taken);
    // A prefix bound to two namespaces in two places says neither for sure.
    const twice = `<rss xmlns:c="${CONTENT}"><channel><item xmlns:c="https://cms.example/ns"><c:encoded>x</c:encoded></item></channel></rss>`;
    expect(withUsualPrefixes(twice)).toBe(twice);
  });

  it("knows a module's namespace written without its closing slash, over https, or as Squarespace's copy of Media RSS", () => {
    expect(withUsualPrefixes('<rss xmlns:d="http://purl.org/dc/elements/1.1"><d:creator>A</d:creator></rss>')).toBe('<rss xmlns:dc="http://purl.org/dc/elements/1.1"><dc:creator>A</dc:creator></rss>');
    expect(withUsualPrefixes('<rss xmlns:c="https://purl.org/rss/1.0/modules/content/"><c:encoded>A</c:encoded></rss>')).toBe('<rss xmlns:content="https://purl.org/rss/1.0/modules/content/"><content:encoded>A</content:encoded></rss>');
    expect(withUsualPrefixes('<rss xmlns:m="http://www.rssboard.org/media-rss"><m:content url="a.jpg"/></rss>')).toBe('<rss xmlns:media="http://www.rssboard.org/media-rss"><media:content url="a.jpg"/></rss>');
  });

  it("looks past an Atom root's default namespace at the prefixes it declares after it", () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="${MEDIA}"><entry><m:group/></entry></feed>`;
    expect(withUsualPrefixes(doc)).toBe(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="${MEDIA}"><entry><media:group/></entry></feed>`);
  });

  it('reads an element in a module’s default namespace, and what it holds, under the module’s prefix', async () => {
    const doc = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://site.example/a</link><group xmlns="${MEDIA}"><content url="https://site.example/a.jpg" medium="image"/><description>Said in the group.</description></group></item></channel></rss>`;
    const [entry] = (await parseFeed(doc)).entries;
    expect(entry).toMatchObject({ images: ['https://site.example/a.jpg'], content: 'Said in the group.' });
  });
});

describe('AMP addresses', () => {
  it('compares a page and its AMP copy without the marks AMP adds', () => {
    const key = (u: string) => withoutAmpMarks(new URL(u));
    expect(key('https://amp.paper.example/world/2026/nov/26/x')).toBe(key('https://www.paper.example/world/2026/nov/26/x'));
    expect(key('https://paper.example/city/x/amp_articleshow/1.cms')).toBe(key('https://paper.example/city/x/articleshow/1.cms'));
    expect(key('https://www.paper.example/amp/news/x-1.html')).toBe(key('https://www.paper.example/news/x-1.html'));
    expect(key('https://www.paper.example/india/x-1017-amp.html')).toBe(key('https://www.paper.example/india/x-1017.html'));
    expect(key('https://www.paper.example/news/world-675.amp')).toBe(key('https://www.paper.example/news/world-675'));
    // A slug with "amp" in it is another page.
    expect(key('https://www.paper.example/2026/11/26/summer-camp/')).not.toBe(key('https://www.paper.example/2026/11/26/summer-c/'));
    expect(key('https://www.paper.example/news/a')).not.toBe(key('https://www.paper.example/news/b'));
  });

  it('takes a page for a link only when the link carries an AMP mark: "amp" inside a word is none', () => {
    expect(hasAmpMarks(new URL('https://www.campaign.example.com/news/stamp-duty/'))).toBe(false);
    expect(hasAmpMarks(new URL('https://amp.paper.example/news/x'))).toBe(true);
    const entry = { guid: 'https://www.campaign.example.com/news/stamp-duty', link: 'https://www.campaign.example.com/news/stamp-duty/', base: null, title: 'Stamp duty cut', content: null, contentIsText: false, summary: 'Cut.', dates: [], authors: [], images: [], categories: [] };
    const ctx = { feedUrl: 'https://www.campaign.example.com/feed/', feed: { base: null }, fetchedAt: Date.parse('2026-11-26T12:00:00Z') };
    expect(normaliseEntry(entry, ctx)!.link).toBe('https://www.campaign.example.com/news/stamp-duty/');
  });

  it('drops "/amp" after a file name with its slash, and only "amp/" after a folder', () => {
    expect(canonicalLink('https://www.markets.example/news/sensex-129.html/amp')).toBe('https://www.markets.example/news/sensex-129.html');
    expect(canonicalLink('https://www.markets.example/news/sensex-129.cms/amp/')).toBe('https://www.markets.example/news/sensex-129.cms');
    expect(canonicalLink('https://blog.example/2026/11/26/post/amp/')).toBe('https://blog.example/2026/11/26/post/');
  });
});
