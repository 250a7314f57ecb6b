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
