import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFeedBody } from '../../src/feeds/charset.js';
import { perDocument } from '../../src/feeds/memo.js';
import { entryGuids, normaliseEntry, withDocumentBase } from '../../src/feeds/normalise.js';
import { parseFeed, type ParsedFeed } from '../../src/feeds/parse.js';
import { feedCorpusDir } from '../helpers/feed-corpus.js';

/**
 * Answers a document's entries share (its feed's outlet name and site, bylines, the offsets its dates state) are kept
 * with the document: an entry reads the same whether the entries before it in its feed were read first or not.
 */
const fetchedAt = Date.parse('2026-02-27T12:00:00Z');

describe('answers kept per document', () => {
  it('asks once per document and question, and again for another document', () => {
    const asked: string[] = [];
    const shout = perDocument((s: string) => {
      asked.push(s);
      return s.toUpperCase();
    });
    const one = {};
    const other = {};
    expect([shout(one, 'pti'), shout(one, 'pti'), shout(one, 'ians'), shout(other, 'pti')]).toEqual(['PTI', 'PTI', 'IANS', 'PTI']);
    expect(asked).toEqual(['pti', 'ians', 'pti']);
  });

  it('keeps a null answer as an answer', () => {
    let calls = 0;
    const none = perDocument(() => (calls++, null));
    const doc = {};
    expect([none(doc, 'x'), none(doc, 'x')]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it('reads a feed whose title changed by its new title', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><title>Dawn - Home</title><link>https://www.dawn.com/</link><item><title>Rains lash Karachi - Dawn</title><link>https://www.dawn.com/news/1</link><description>Heavy rains lashed Karachi on Friday, flooding roads.</description></item></channel></rss>',
    );
    const entry = feed.entries[0]!;
    const ctx = { feedUrl: 'https://www.dawn.com/feeds/home', feed, fetchedAt };
    expect(normaliseEntry(entry, ctx)!.title).toBe('Rains lash Karachi');
    feed.title = 'Karachi Weekly';
    feed.link = 'https://karachi-weekly.example/';
    expect(normaliseEntry(entry, ctx)!.title).toBe('Rains lash Karachi - Dawn');
  });

  it('gives every corpus entry the draft it gets read in a document of its own', async () => {
    let compared = 0;
    for (const file of readdirSync(feedCorpusDir).filter((f) => f !== 'SOURCES.tsv')) {
      const feed = await parseFeed(decodeFeedBody(readFileSync(`${feedCorpusDir}${file}`)).text).catch(() => null);
      if (!feed) continue;
      const feedUrl = `https://feeds.example.org/${file}`;
      const shared = withDocumentBase({ feedUrl, feed, fetchedAt });
      const guids = entryGuids(feed.entries, shared);
      const together = feed.entries.map((e, i) => normaliseEntry(e, shared, guids[i]));
      const alone = feed.entries.map((e, i) => {
        // A copy of the document is another document: nothing the entries before this one asked is kept for it.
        const own: ParsedFeed = { ...feed };
        return normaliseEntry(e, withDocumentBase({ feedUrl, feed: own, fetchedAt }), guids[i]);
      });
      expect(together, file).toEqual(alone);
      compared += together.length;
    }
    expect(compared).toBeGreaterThan(300);
  });
});
