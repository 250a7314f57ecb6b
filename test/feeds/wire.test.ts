import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';

const page = readFileSync(fileURLToPath(new URL('../fixtures/ians-india-italy-defence.txt', import.meta.url)), 'utf8');

describe('wire-copy cleanup', () => {
  const paragraphs = page.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const article = paragraphs.slice(paragraphs.findIndex((p) => p.startsWith('Rome, Feb 27')));

  it('reads the dateline and agency, keeps the article, drops sign-off and page chrome', () => {
    const copy = cleanWireCopy(article);
    expect(copy).toMatchObject({ place: 'Rome', date: 'Feb 27', agency: 'IANS', dateline: 'Rome, Feb 27 (IANS)' });
    expect(copy.paragraphs[0]).toMatch(/^India and Italy on Friday discussed key strategic defence priorities/);
    expect(copy.paragraphs.at(-1)).toMatch(/PM Modi posted on X after the meeting\.$/);
    expect(copy.paragraphs).toHaveLength(11);
    const text = copy.paragraphs.join('\n');
    expect(text).not.toMatch(/--IANS|akl\/as|LATEST NEWS|PSG|Ranji Trophy/);
  });

  it.each([
    ['NEW DELHI (Reuters) - The rupee fell.', 'NEW DELHI', 'Reuters'],
    ['Mumbai, March 3 (PTI) Markets rose.', 'Mumbai', 'PTI'],
    ['Kabul, 3 March (AFP) - Talks began.', 'Kabul', 'AFP'],
    ['Srinagar, Jan 5 (ANI): Snow fell.', 'Srinagar', 'ANI'],
  ])('parses the dateline of "%s"', (first, place, agency) => {
    const copy = cleanWireCopy([first]);
    expect(copy.place).toBe(place);
    expect(copy.agency).toBe(agency);
    expect(copy.paragraphs[0]).not.toContain(`(${agency})`);
  });

  it('leaves copy without a dateline alone', () => {
    expect(cleanWireCopy(['The minister said so.'])).toMatchObject({ place: null, agency: null, paragraphs: ['The minister said so.'] });
  });
});
