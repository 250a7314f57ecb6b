import type { z } from 'zod';

/** zod's own wording, which a schema's message of its own replaces. */
const ZOD_WORDS = /^(?:Invalid input|Too (?:big|small):)/;

/**
 * What is wrong with one field of input from outside (a request body, a webhook's payload, the taxonomy
 * or the topic model an operator edits or trains), in words that say what the field should hold:
 * `want number, got the string "high"`, `missing (want array)`. zod's own text ("Invalid input:
 * expected number, received string") does not say, for a missing field, that it is missing; a
 * schema's own message is kept. The caller puts the field's path (and the file) before it.
 */
export function fieldProblem(issue: z.core.$ZodIssue, document: unknown): string {
  if (!ZOD_WORDS.test(issue.message)) return issue.message;
  const value = valueAt(document, issue.path);
  // The value is looked up in what the caller holds, which may not be what was checked (a text body parsed later).
  const got = value === undefined ? '' : `, got ${kindOf(value)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      if (received === 'undefined') return `missing (want ${issue.expected})`;
      return `want ${issue.expected}${got || (received ? `, got ${received}` : '')}`;
    }
    case 'invalid_value': {
      const want = `want ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
      return value === undefined && document !== null && typeof document === 'object' ? `missing (${want})` : `${want}${got}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const unit = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
      return unit ? `want ${bound} ${limit}${unit}${value === undefined ? '' : `, got ${lengthOf(value)}`}` : `want a ${issue.origin} ${bound} ${limit}${got}`;
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

/** How many items or characters a list or a string holds. */
function lengthOf(value: unknown): string {
  if (Array.isArray(value)) return String(value.length);
  return typeof value === 'string' ? String([...value].length) : kindOf(value);
}
