import { z } from 'zod';

/**
 * What is wrong with one field of input from outside (a request body, a webhook's payload, the taxonomy
 * or the topic model an operator edits or trains), in words that say what the field should hold:
 * `want number, got the string "high"`, `missing (want array)`. zod's own text ("Invalid input:
 * expected number, received string") does not say, for a missing field, that it is missing; a
 * schema's own message is kept. The caller puts the field's path (and the file) before it.
 *
 * It reads the issue's fields (code, expected, values, minimum or maximum, inclusive, origin), not zod's
 * wording: whether the message is zod's own is asked of zod's locale (zodsOwn), so a new wording or
 * another locale changes nothing here. zod's own "expected one of" for a choice of several values is kept as zod words it.
 */
export function fieldProblem(issue: z.core.$ZodIssue, document: unknown): string {
  const value = valueAt(document, issue.path);
  const own = zodsOwn(issue, value);
  if (!own) return issue.message;
  // The value is looked up in what the caller holds, which may not be what was checked (a text body parsed later).
  const got = value === undefined ? '' : `, got ${kindOf(value)}`;
  switch (issue.code) {
    case 'invalid_type': {
      if (own.received === 'undefined') return `missing (want ${issue.expected})`;
      return `want ${issue.expected}${got || (own.received ? `, got ${own.received}` : '')}`;
    }
    case 'invalid_value': {
      if (issue.values.length !== 1) return issue.message;
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

/**
 * Inputs of each kind zod names in a wrong type's message, with the word this module says for it when the caller's
 * document does not hold the value zod checked (none for -Infinity, as before).
 */
const SAMPLE_INPUTS: [unknown, string | undefined][] = [
  [undefined, 'undefined'], [null, 'null'], ['', 'string'], [0, 'number'], [Number.NaN, 'NaN'], [Number.POSITIVE_INFINITY, 'Infinity'],
  [Number.NEGATIVE_INFINITY, undefined], [true, 'boolean'], [[], 'array'], [{}, 'object'], [0n, 'bigint'], [Symbol('input'), 'symbol'],
  [() => undefined, 'function'], [new Date(0), 'Date'], [new Map(), 'Map'], [new Set(), 'Set'],
];

/**
 * Whether the issue's message is zod's own, the one its locale writes for this issue (not a schema's, which is kept), and
 * for a wrong type, what zod received. zod keeps no input in an issue, so a wrong type's message is matched against the
 * locale's message for each kind of input, and for the value the caller holds (a Buffer body); the codes read here have no
 * other message of zod's than their locale's.
 */
function zodsOwn(issue: z.core.$ZodIssue, value: unknown): { received?: string } | null {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && issue.code !== 'too_small' && issue.code !== 'too_big') return null;
  const locale = z.config().localeError;
  const words = (raw: object): string => {
    const said = locale?.(raw as z.core.$ZodRawIssue);
    return (typeof said === 'string' ? said : said?.message) ?? 'Invalid input';
  };
  if (issue.code !== 'invalid_type') return issue.message === words(issue) ? {} : null;
  const sample = SAMPLE_INPUTS.find(([input]) => issue.message === words({ ...issue, input }));
  if (sample) return { received: sample[1] };
  return issue.message === words({ ...issue, input: value }) ? {} : null;
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
