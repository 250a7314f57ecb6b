import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { MONTH_NAMES, monthNames, type MonthLanguage } from '../../src/feeds/months.js';

const LANGUAGES = Object.keys(MONTH_NAMES) as MonthLanguage[];
const day = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));

describe('months.ts: one month table for dates.ts and wire.ts', () => {
  it('names twelve months in every row, in lower case (dates.ts looks a month up lower-cased)', () => {
    for (const language of LANGUAGES) {
      const names = monthNames(language);
      expect(names.length, language).toBeGreaterThan(0);
      for (const [name, month] of names) {
        expect(name, `${language} ${name}`).toBe(name.toLowerCase());
        expect(month).toBeGreaterThanOrEqual(0);
        expect(month).toBeLessThan(12);
        expect(name, `${language} ${name}`).not.toMatch(/^-$|\|/);
      }
    }
  });

  it('gives one month to a spelling wherever two languages write it alike', () => {
    const seen = new Map<string, [MonthLanguage, number]>();
    for (const language of LANGUAGES) {
      for (const [name, month] of monthNames(language)) {
        const before = seen.get(name);
        if (before) expect(month, `${name}: ${before[0]} says ${before[1]}, ${language} ${month}`).toBe(before[1]);
        else seen.set(name, [language, month]);
      }
    }
  });

  it('depends on neither reader', () => {
    const source = readFileSync(new URL('../../src/feeds/months.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import /m);
  });

  it('keeps the forms apart: date forms, names, short ones and those only pubDates write', () => {
    expect(monthNames('ru', ['date']).map(([n]) => n)).toContain('ноября');
    expect(monthNames('ru', ['date', 'short']).map(([n]) => n)).not.toContain('нояб');
    expect(monthNames('ru', ['feedOnly'])).toEqual([['февр', 1], ['сент', 8], ['нояб', 10]]);
    expect(monthNames('ar-LB', ['name'])[10]).toEqual(['تشرين الثاني', 10]);
  });

  it('is what dates.ts reads pubDates by', () => {
    expect(day(parseFeedDate('Чт, 26 нояб 2026 10:00:00 +0300'))).toBe('2026-11-26');
    expect(day(parseFeedDate('26. marraskuuta 2026 10:00'))).toBe('2026-11-26');
    expect(day(parseFeedDate('الخميس، 26 تشرين الثاني 2026'))).toBe('2026-11-26');
    expect(day(parseFeedDate('26 أيلول 2026'))).toBe('2026-09-26');
    expect(day(parseFeedDate('jeu., 26 aoû 2026 10:00:00 +0200'))).toBe('2026-08-26');
  });
});
