/**
 * JSON from outside (request bodies, webhook posts, the message inside an SNS
 * envelope) may not carry keys that reach an object's prototype when it is
 * merged into one: `__proto__`, or `constructor` holding a `prototype`.
 * Every reader of such JSON asks here, so none of them forgets a spelling.
 */

/** A cheap first look: most bodies name neither key and hold no escape. */
const POISON = /"(?:__proto__|constructor)"\s*:/;

/** `raw`: the JSON text `value` was parsed from. A key may be spelled with JSON escapes (`"\u005f_proto__"`): any escape sends the body to the walk of the parsed keys. */
export function reachesPrototype(raw: string, value: unknown): boolean {
  return (POISON.test(raw) || raw.includes('\\u')) && poisoned(value);
}

export const PROTOTYPE_KEYS_REFUSAL = 'the body may not use the keys __proto__ or constructor.prototype';

/** Walks the parsed value with a list, not recursion: a body may nest deeper than the call stack goes. */
function poisoned(value: unknown): boolean {
  const pending: unknown[] = [value];
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    if (!Array.isArray(next)) {
      if (own(next, '__proto__')) return true;
      const ctor = own(next, 'constructor') ? (next as { constructor: unknown }).constructor : undefined;
      if (ctor !== null && typeof ctor === 'object' && own(ctor, 'prototype')) return true;
    }
    for (const child of Object.values(next)) if (child !== null && typeof child === 'object') pending.push(child);
  }
  return false;
}

/**
 * The first key an object of the JSON text `raw` names twice, or null. JSON.parse keeps the last of
 * them without a word, so `{"topics": ["sport"], …, "topics": ["defence"]}` would subscribe to what a
 * reader of the body's top never sees; a body that says two things is refused instead. Keys are
 * compared as parsed (`"e\u006dail"` is `"email"`). `raw` must be JSON that parses.
 */
export function duplicateKey(raw: string): string | null {
  // A cheap first look: text with no object in it has no keys.
  if (!raw.includes('{')) return null;
  // One entry per open object or array: the keys an object has named so far, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      while (raw.charCodeAt(end) !== 0x22) end += raw.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const token = raw.slice(i, end + 1);
        const name = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        if (keys.has(name)) return name;
        keys.add(name);
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      open.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      open.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = open.length > 0 && open[open.length - 1] !== null;
    }
  }
  return null;
}

/** The refusal of a body that names a key twice in one object. */
export function duplicateKeyRefusal(name: string): string {
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return `the body names the key ${JSON.stringify(shown)} twice in one object: send each key once`;
}

/** Where the parse stopped; the parser's own words may quote the whole body, which an answer should not. */
export function whereJsonBroke(error: Error): string {
  const at = /at position (\d+)/.exec(error.message)?.[1];
  if (at !== undefined) return ` (at character ${Number(at) + 1})`;
  const token = /^Unexpected token '(.)'/u.exec(error.message)?.[1];
  if (token) return ` (unexpected ${JSON.stringify(token)})`;
  return /end of JSON/.test(error.message) ? ' (it ends too early)' : '';
}
