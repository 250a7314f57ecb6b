import type { z } from 'zod';

/**
 * The first thing wrong with a file an operator edits or trains (the taxonomy, the topic model), in
 * words that name the field and what it should hold: `topics.1.bias: want number, got a string`,
 * `topics: missing (want array)`. zod's own text ("Invalid input: expected number, received
 * string") says neither where nor, for a missing field, that it is missing.
 */
export function fieldProblem(issue: z.core.$ZodIssue, document: unknown): string {
  const value = valueAt(document, issue.path);
  const got = `got ${kindOf(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `missing (want ${issue.expected})` : `want ${issue.expected}, ${got}`;
    case 'invalid_value': {
      const want = `want ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
      return value === undefined ? `missing (${want})` : `${want}, ${got}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return issue.origin === 'array' ? `want ${bound} ${limit} items, ${got}` : `want a ${issue.origin} ${bound} ${limit}, ${got}`;
    }
    default:
      return issue.message;
  }
}

/** What a file's document (`an empty file`: nothing at all) or a value in it holds, in words: `a list`, `the number -1`. */
export function kindOf(value: unknown, whole = false): string {
  if (value === null || value === undefined) return whole ? 'an empty file' : String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return value.length <= 40 ? `the string ${JSON.stringify(value)}` : 'a string';
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

function valueAt(document: unknown, path: PropertyKey[]): unknown {
  let at: unknown = document;
  for (const step of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[step] : undefined;
  return at;
}
