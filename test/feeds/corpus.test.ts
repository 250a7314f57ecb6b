import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFeedBody } from '../../src/feeds/charset.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { FeedParseError, parseFeed, type ParsedFeed } from '../../src/feeds/parse.js';
import { feedCorpusDir, readCorpusSources } from '../helpers/feed-corpus.js';

/**
 * Every file of ../shared/feeds, read in place, against SOURCES.tsv: well-formed
 * files give as many entries as it counts, each a story with a title, an
 * absolute link and a date; broken ones give what a lenient reader recovers or
 * a readable error naming the problem.
 */
const dir = feedCorpusDir;
const sources = readCorpusSources();
const fetchedAt = Date.parse('2026-02-27T12:00:00Z');
const feedUrl = (file: string) => `https://feeds.example.org/${file}`;

async function read(file: string): Promise<ParsedFeed> {
  return parseFeed(decodeFeedBody(readFileSync(`${dir}${file}`)).text);
}

describe('the shared feed corpus', () => {
  it('lists every file in the folder', () => {
    const files = readdirSync(dir).filter((f) => f !== 'SOURCES.tsv');
    expect(files.sort()).toEqual(sources.map((s) => s.file).sort());
    expect(sources.length).toBeGreaterThanOrEqual(25);
  });

  it.each(sources.filter((s) => s.wellFormed))('$file: $count entries, each a story with title, absolute link and date', async ({ file, count }) => {
    const feed = await read(file);
    expect(feed.entries).toHaveLength(count);
    expect(feed.warning).toBeNull();
    const stories = feed.entries.map((e) => normaliseEntry(e, { feedUrl: feedUrl(file), feed, fetchedAt }));
    for (const story of stories) {
      expect(story).not.toBeNull();
      expect(story!.title.length).toBeGreaterThan(0);
      expect(story!.link).toMatch(/^https?:\/\/[^/\s]+\/?\S*$/);
      expect(Number.isFinite(story!.published)).toBe(true);
      expect(story!.published).toBeLessThanOrEqual(fetchedAt);
      expect(story!.title).not.toMatch(/&(?:amp|lt|gt|quot|#\d+);|<\/?[a-z]+>/i);
    }
  });

  it.each(sources.filter((s) => !s.wellFormed))('$file (not well formed): recovers what a lenient reader would, or says why not', async ({ file, count }) => {
    let feed: ParsedFeed;
    try {
      feed = await read(file);
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
      expect((error as Error).message).toMatch(/^(?:not a feed|not a readable feed|the feed is cut off)\b.{10,}/);
      expect((error as Error).message).not.toMatch(/Cannot read properties|undefined|TypeError/);
      return;
    }
    expect(feed.entries).toHaveLength(count);
    const stories = feed.entries.map((e) => normaliseEntry(e, { feedUrl: feedUrl(file), feed, fetchedAt })).filter((s) => s !== null);
    // Items with neither title nor text are not stories; the rest are.
    expect(stories.length).toBeGreaterThanOrEqual(count - 1);
    for (const story of stories) {
      expect(story.title.length).toBeGreaterThan(0);
      // An item may come without a link; any link there is made absolute.
      if (story.link) expect(story.link).toMatch(/^https?:\/\//);
    }
  });

  it('reads each broken file the way it is broken', async () => {
    await expect(read('not-a-feed-html-document-moved.html')).rejects.toThrow(/not a feed: the document is an HTML page \("Document Moved"\)/);
    await expect(read('malformed-truncated-in-cdata-crlf.xml')).rejects.toThrow(/cut off.*<item>/);
    const ampersand = await read('malformed-bare-ampersand.xml');
    expect(ampersand.title).toBe('Fish & Chips & more <3');
    expect(ampersand.warning).toMatch(/read leniently/);
    const unclosed = await read('malformed-unclosed-rss-epoch-dcdate.xml');
    expect(unclosed.warning).toMatch(/ends inside <rss>/);
    expect(unclosed.entries.map((e) => e.title)).toEqual(['Item 0 with an invalid date', 'Item 1 with all valid dates']);
    const techcrunch = await read('techcrunch-leading-newline-rss2.xml');
    expect(techcrunch.entries).toHaveLength(20);
  });

  it('decodes every declared and undeclared encoding right', async () => {
    expect((await read('windows-1252-euro-decl.xml')).title).toBe('Euro €');
    expect((await read('declared-windows-1252-actually-utf8.xml')).title).toBe('Euro €');
    expect((await read('jn-pt-iso-8859-1-crlf.xml')).title).toBe('Jornal de Notícias - Últimas Notícias');
    expect((await read('oren-ru-windows-1251-default-ns.xml')).title).toMatch(/^Новости Оренбурга/);
    expect((await read('cercle-psy-latin1-no-decl.xml')).entries[0]!.title).toBe('Perturbateurs endocriniens : quels effets sur le cerveau ?');
    expect((await read('koi8-r-no-decl-russian.xml')).entries[0]!.title).toBe('Как пережить новогоднюю ночь');
    expect((await read('utf-16le-bom.xml')).entries).toEqual([]);
    expect((await read('rss2-utf8-bom-no-decl.xml')).title).toBe('Feed Title');
  });

  it('never resolves an external entity (XXE)', async () => {
    const feed = await read('xxe-external-entity-atom.xml');
    expect(feed.entries).toEqual([]);
    expect(feed.title).toBe('info:&discloseInfo;');
  });

  it('maps the fields of each format', async () => {
    const json = await read('jsonfeed-1.1-all-fields.json');
    const [entry] = json.entries;
    expect(entry).toMatchObject({ guid: 'id', link: 'https://sample-json-feed.com/id', authors: ['author_name'], categories: ['tag1', 'tag2'], images: ['https://sample-json-feed.com/image.png', 'https://sample-json-feed.com/banner_image.png'] });
    const story = normaliseEntry(entry!, { feedUrl: 'https://sample-json-feed.com/feed.json', feed: json, fetchedAt });
    // The sample's author is a field's name ("author_name"), a login's shape: the entry maps it, and the story names no one.
    expect(story).toMatchObject({ title: 'title', text: 'content_html', author: null, published: Date.parse('2019-10-12T07:20:50.520Z') });

    const guardian = await read('guardian-us-rss2.xml');
    const g = normaliseEntry(guardian.entries[0]!, { feedUrl: 'https://www.theguardian.com/us/rss', feed: guardian, fetchedAt })!;
    expect(g.author).toBeTruthy();
    expect(g.image).toMatch(/^https:\/\/i\.guim\.co\.uk\//);
    expect(g.published).toBe(Date.parse('2018-01-31T07:26:05Z'));
    expect(g.categories!.length).toBeGreaterThan(0);

    const xmlBase = await read('feedburner-atom-xhtml-xmlbase.xml');
    expect(xmlBase.format).toBe('atom');
    const tpm = await read('tpm-political-news-atom.xml');
    const t = normaliseEntry(tpm.entries[0]!, { feedUrl: 'https://talkingpointsmemo.com/feed/all', feed: tpm, fetchedAt })!;
    expect(t.link).toBe('https://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist');
    expect(t.published).toBe(Date.parse('2017-11-08T23:15:58Z'));

    const relative = await read('rss-relative-urls-no-base.xml');
    const r = normaliseEntry(relative.entries[0]!, { feedUrl: 'https://www.arcgames.com/en/games/neverwinter/news/rss', feed: relative, fetchedAt })!;
    expect(r.link).toMatch(/^https:\/\/www\.arcgames\.com\/en\/games\/neverwinter\/news\/detail\/10743874/);

    const rdf = await read('science-rdf-dc-date.rdf');
    expect(rdf.format).toBe('rdf');
    const sci = normaliseEntry(rdf.entries[0]!, { feedUrl: 'http://science.sciencemag.org/rss/twis.xml', feed: rdf, fetchedAt })!;
    expect(sci.published).toBe(Date.parse('2017-06-15T17:29:47Z'));

    const epoch = await read('malformed-unclosed-rss-epoch-dcdate.xml');
    const e0 = normaliseEntry(epoch.entries[0]!, { feedUrl: 'http://example.com/feed', feed: epoch, fetchedAt })!;
    expect(e0.published).toBe(Date.parse('2017-10-16T15:10:00Z'));

    const nbc = await read('nbc-newyork-nonstandard-pubdate.xml');
    expect(normaliseEntry(nbc.entries[0]!, { feedUrl: 'https://www.nbcnewyork.com/feed', feed: nbc, fetchedAt })!.published).toBe(Date.parse('2023-12-16T14:02:33Z'));
  });

  it('drops tracking parameters from links', async () => {
    const heise = await read('heise-online-news-rss090-rdf.xml');
    const h = normaliseEntry(heise.entries[0]!, { feedUrl: 'https://www.heise.de/newsticker/heise.rdf', feed: heise, fetchedAt })!;
    expect(heise.entries[0]!.link).toMatch(/wt_mc=/);
    expect(h.link).not.toMatch(/wt_mc=|\?$/);
  });

  it('keeps the site chrome of feeds out of the text', async () => {
    const pcmag = await read('pcmag-dvorak-nested-items-est.xml');
    const p = normaliseEntry(pcmag.entries[0]!, { feedUrl: 'http://feeds.pcmag.com/Rss.aspx/SectionArticles?sectionId=28', feed: pcmag, fetchedAt })!;
    expect(p.text).not.toMatch(/feedflare|feedburner|<div|&lt;/i);
    expect(p.published).toBe(Date.parse('2018-01-17T20:50:00Z'));
  });
});
