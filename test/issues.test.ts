import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldProblem } from '../src/issues.js';

/** The first issue zod finds in a document, as fieldProblem words it. */
function problem(schema: z.ZodType, document: unknown, checked: unknown = document): string {
  const parsed = schema.safeParse(checked);
  if (parsed.success) throw new Error('the document passed');
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || 'body'}: ${fieldProblem(issue, document)}`;
}

const feed = z.object({
  url: z.string().max(10),
  tags: z.array(z.string()).min(1).max(2),
  weight: z.number().positive(),
  limit: z.number().lte(5),
  format: z.literal('wirebrief/1'),
  mode: z.enum(['skip', 'send']),
  note: z.string({ error: 'must be text' }).optional(),
  count: z.number().int('must be whole').optional(),
});
const good = { url: 'https://a', tags: ['x'], weight: 1, limit: 5, format: 'wirebrief/1', mode: 'skip' };

/** Each case: what is changed in a good document, and the words a caller shows. */
const CASES: [string, Record<string, unknown>, string][] = [
  ['missing field', { url: undefined }, 'url: missing (want string)'],
  ['wrong type', { url: 7 }, 'url: want string, got the number 7'],
  ['null', { weight: null }, 'weight: want number, got null'],
  ['a list for a number', { weight: [1] }, 'weight: want number, got a list'],
  ['too long a string', { url: 'https://example.org' }, 'url: want at most 10 characters, got 19'],
  ['too few items', { tags: [] }, 'tags: want at least 1 items, got 0'],
  ['too many items', { tags: ['a', 'b', 'c'] }, 'tags: want at most 2 items, got 3'],
  ['not more than a bound', { weight: -1 }, 'weight: want a number more than 0, got the number -1'],
  ['over an inclusive bound', { limit: 6 }, 'limit: want a number at most 5, got the number 6'],
  ['a literal missing', { format: undefined }, 'format: missing (want "wirebrief/1")'],
  ['a literal wrong', { format: 'v2' }, 'format: want "wirebrief/1", got the string "v2"'],
  ['a choice of several keeps zod\'s words', { mode: 'later' }, 'mode: Invalid option: expected one of "skip"|"send"'],
  ['a schema\'s own type message', { note: 3 }, 'note: must be text'],
  ['a schema\'s own check message', { count: 1.5 }, 'count: must be whole'],
];

describe('fieldProblem: zod issues read by their fields', () => {
  afterEach(() => {
    z.config(z.locales.en());
  });

  it.each(CASES)('%s', (_name, change, want) => {
    expect(problem(feed, { ...good, ...change })).toBe(want);
  });

  it('says what zod received when the caller holds no value there (a body parsed after the check)', () => {
    expect(problem(z.object({ n: z.number() }), {}, { n: 'x' })).toBe('n: want number, got string');
    expect(problem(z.object({ n: z.number() }), {}, { n: Number.NaN })).toBe('n: want number, got NaN');
    expect(problem(z.object({ n: z.number() }), {}, {})).toBe('n: missing (want number)');
  });

  // zod's wording is its locale's: under another one (or a new wording in an upgrade) the words stay this module's.
  it.each(CASES.filter(([name]) => !name.includes('own') && !name.includes('several')))('%s, under another zod locale', (_name, change, want) => {
    z.config(z.locales.de());
    expect(problem(feed, { ...good, ...change })).toBe(want);
  });

  it('keeps the other locale\'s words where it keeps zod\'s, and a schema\'s own message', () => {
    z.config(z.locales.de());
    expect(problem(feed, { ...good, mode: 'later' })).not.toMatch(/^mode: want/);
    expect(problem(feed, { ...good, note: 3 })).toBe('note: must be text');
  });
});
