import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * A place set alone on its line with the colon or dash a dateline ends with, the copy under it ("NEW DELHI:", "WASHINGTON —",
 * a feed that puts the bold dateline in a paragraph of its own): it stayed as the story's first paragraph and gave no place
 * (the thirty-fourth sweep's leftover). A place alone without them was read already; a word that is no place stays.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const copy = ['The government on Friday announced a new plan to cut fuel subsidies.', 'The plan takes effect in January, the ministry said.'];

describe('a place alone on its line with its colon or dash', () => {
  it.each([
    ['NEW DELHI:', 'NEW DELHI'],
    ['WASHINGTON —', 'WASHINGTON'],
    ['Kathmandu –', 'Kathmandu'],
    ['ISLAMABAD -', 'ISLAMABAD'],
    ['Colombo :', 'Colombo'],
  ])('"%s" is the dateline, the copy under it kept whole', (line, place) => {
    expect(clean([line, ...copy])).toMatchObject({ paragraphs: copy, place });
  });

  it.each(['BREAKING —', 'UPDATE:', 'EDITOR’S NOTE:', 'Highlights:'])('guard: "%s" is no place and gives none', (line) => {
    expect(clean([line, ...copy]).place).toBeNull();
  });

  it('guard: places listed one per line over the copy are the copy’s', () => {
    const list = ['Delhi:', 'Mumbai:', 'Kolkata:'];
    expect(clean([...list, ...copy]).place).toBeNull();
  });
});

const sweep = apiSweep('feeds-dateline-alone');
const item = (n: number, html: string) =>
  `<item><title>Plan ${n}</title><link>https://news.example.in/story/${n}</link><guid>https://news.example.in/story/${n}</guid><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><description><![CDATA[${html}]]></description></item>`;

describe('through the admin API', () => {
  it('a feed whose copy opens with its dateline in a paragraph of its own stores the copy alone and its place', async () => {
    const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk</title><link>https://news.example.in/</link><description>News</description>${item(1, p('<strong>NEW DELHI:</strong>', ...copy))}${item(2, p('WASHINGTON —', ...copy))}</channel></rss>`;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/dateline-alone/feed.xml', body, 'application/rss+xml; charset=utf-8');
    const read = Object.fromEntries(stories.map((s) => [s.link!.split('/').pop(), { text: s.text, place: (s as ApiStory & { place: string | null }).place }]));
    expect(read).toEqual({ 1: { text: copy.join('\n\n'), place: 'NEW DELHI' }, 2: { text: copy.join('\n\n'), place: 'WASHINGTON' } });
  });
});
