import { describe, expect, it } from 'vitest';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/** The fifty-second round's fixes where they live, as pure functions (test/feeds/unseen53-api.test.ts polls them through the service). */

const authorsOf = async (names: string[]) => {
  const items = names.map((n, i) => `<item><title>Story ${i}</title><link>https://t.example.com/${i}</link><description>Rates rose on Friday.</description><dc:contributor>${n}</dc:contributor></item>`).join('');
  const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>https://t.example.com/</link>${items}</channel></rss>`);
  return feed.entries.map((e) => normaliseEntry(e, { feedUrl: 'https://t.example.com/rss', feed, fetchedAt: Date.parse('2026-11-27T12:00:00Z') })!.author);
};
const lastOf = (copy: string) => cleanWireCopy([copy]).paragraphs.at(-1);

describe('authors: a relator term after a dc:contributor with no separator', () => {
  it('takes no contributor whose name ends in a lower-case part ("Ana Sitoe translator")', async () => {
    expect(await authorsOf(['Ana Sitoe translator', 'Jo Lee editor', 'Sam Hill photographer', 'Lee Chan editors'])).toEqual([null, null, null, null]);
  });

  it('keeps a capitalised word after a name: a surname or a firm', async () => {
    expect(await authorsOf(['Jo Editor', 'Hill Translators', 'Lee Editors Ltd', 'Ana Sitoe'])).toEqual(['Jo Editor', 'Hill Translators', 'Lee Editors Ltd', 'Ana Sitoe']);
  });
});

describe('markTruncation: "[…]" after a sentence’s stop', () => {
  it('keeps the written space between the stop and the ellipsis (Chicago 13.53)', () => {
    expect(lastOf('Fleets run on fuel, and a long campaign would run short of all three. […]')).toBe('Fleets run on fuel, and a long campaign would run short of all three. …');
    expect(lastOf('Would the port reopen? [...]')).toBe('Would the port reopen? …');
    expect(lastOf('The board met Acme Inc. […]')).toBe('The board met Acme Inc. …');
  });

  it('joins the word as before when no stop or no space comes before it', () => {
    expect(lastOf('Salt marsh has returned to 40 hectares of the Wash […]')).toBe('Salt marsh has returned to 40 hectares of the Wash…');
    expect(lastOf('The channel moved twice.[…]')).toBe('The channel moved twice.…');
    expect(lastOf('The channel moved and then... […]')).toBe('The channel moved and then…');
  });
});
