import { afterEach, describe, expect, it } from 'vitest';
import { CHROME, cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * Every line of a story is asked whether a chrome rule takes it: by the dateline search (in both of its passes), by cutChrome,
 * and by the checks on what follows a line. Each ask is up to ~150 regular expressions and the answer depends on the line alone,
 * so a story's line is put to the rules once. The story is our own invention.
 */
const ADVERT = CHROME.find((c) => c.pattern.source.includes('advertisement|sponsored'))!.pattern;
const seen = new Map<string, number>();

/** Counts the lines the advertisement rule (a rule every line opening with "A" is tried on) is tested on. */
function countTests(): void {
  const test = RegExp.prototype.test;
  Object.defineProperty(ADVERT, 'test', {
    configurable: true,
    value(this: RegExp, line: string) {
      seen.set(line, (seen.get(line) ?? 0) + 1);
      return test.call(this, line);
    },
  });
}

afterEach(() => {
  delete (ADVERT as { test?: unknown }).test;
  seen.clear();
});

describe('chrome rules', () => {
  it('are tried on each line of a story once, and still drop what they drop', () => {
    countTests();
    const story = [
      'A fishing trawler ran aground off the northern coast on Tuesday night after its engine failed in heavy swell.',
      'All twelve crew were brought ashore by the coast guard before dawn.',
      'Advertisement',
      'An inquiry has been ordered by the port authority, which said the boat was licensed.',
      'Around forty boats stayed in harbour on Wednesday as the weather office warned of strong winds.',
    ];
    const cleaned = cleanWireCopy(story);
    expect(cleaned.paragraphs).toEqual(story.filter((p) => p !== 'Advertisement'));
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
