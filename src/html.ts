const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const entity = (c: string) => ENTITIES[c]!;

/** Escapes text for HTML content and quoted attributes; URLs stay readable (no `/` or `=` escaping). */
export function escapeHtml(s: string): string {
  // Most text has nothing to escape: a scan is far cheaper than a replace that builds a new string.
  return SPECIAL.test(s) ? s.replace(SPECIALS, entity) : s;
}
