/**
 * A feed's DOCTYPE, taken out of the document before it is parsed, and the general entities its internal subset
 * declares as plain text (`<!DOCTYPE rss [ <!ENTITY site "Harbour Courier"> ]>`, then `&site;` in a title) written
 * into the document in their place, as an XML parser would expand them.
 *
 * Safely: nothing outside the document is ever read (an entity declared SYSTEM or PUBLIC, an external DTD, a
 * parameter entity are never resolved: XXE), an entity whose text holds markup is left as written, and expansion is
 * capped (one entity at ENTITY_MAX_CHARS, the whole document at EXPANSION_MAX_CHARS): a "billion laughs" document is
 * read with its entities left as written, and the feed says so in a warning.
 */

export interface WithoutDoctype {
  xml: string;
  /** Why declared entities were left as written, for the feed's warning; null when none were. */
  warning: string | null;
}

/** One entity's text, expanded: past this it is left as written. */
const ENTITY_MAX_CHARS = 16_384;
/** All the text expansions add to one document: past this none is made. */
const EXPANSION_MAX_CHARS = 1_000_000;
/** Entities referring to entities referring to … : deeper than this is left as written. */
const ENTITY_MAX_DEPTH = 32;
/** A DOCTYPE is looked for this far into the document. */
const DOCTYPE_WITHIN = 65_536;

// The internal subset may hold "]" or ">" inside its literals and comments (a comment's apostrophe is no quote).
const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[(?:<!--[\s\S]*?-->|"[^"]*"|'[^']*'|[^\]"'<]|<(?!!--))*\])*>/i;
const DOCTYPE_LOOSE = /<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i;
const NAME = '[\\p{L}_][\\p{L}\\p{N}._:-]*';
const ENTITY_DECL = new RegExp(`<!ENTITY\\s+(%\\s+)?(${NAME})\\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\\b)`, 'gu');
const REFERENCE = new RegExp(`&(?:(${NAME})|#(\\d{1,8})|#x([\\da-fA-F]{1,7}));`, 'gu');
const CHAR_REF = /&#(?:(\d{1,8})|x([\da-fA-F]{1,7}));/g;
/** In the document: sections whose text XML never expands, and the references it does. */
const IN_DOCUMENT = new RegExp(`<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<!--[\\s\\S]*?-->|&(${NAME});`, 'gu');
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The document without its DOCTYPE, and with the plain-text entities its internal subset declares expanded. */
export function withoutDoctype(xml: string): WithoutDoctype {
  const head = xml.slice(0, DOCTYPE_WITHIN);
  const doctype = DOCTYPE.exec(head) ?? DOCTYPE_LOOSE.exec(head);
  if (!doctype) return { xml, warning: null };
  const rest = xml.slice(0, doctype.index) + xml.slice(doctype.index + doctype[0].length);
  const declared = declaredEntities(doctype[0]);
  if (declared.size === 0) return { xml: rest, warning: null };
  const expander = new Expander(declared);
  let added = 0;
  let overBudget = false;
  const used = new Set<string>();
  const expanded = rest.replace(IN_DOCUMENT, (match, name: string | undefined) => {
    if (name === undefined || !declared.has(name)) return match;
    used.add(name);
    const text = overBudget ? null : expander.expand(name, 0);
    if (text !== null && (added += text.length) <= EXPANSION_MAX_CHARS) return text;
    if (text !== null) overBudget = true;
    // Left as written (the reference's own text), as before entities were expanded.
    return `&amp;${name};`;
  });
  if (overBudget) {
    return { xml: rest.replace(IN_DOCUMENT, (match, name: string | undefined) => (name !== undefined && declared.has(name) ? `&amp;${name};` : match)), warning: `entities the DOCTYPE declares were left as written: expanded they would add more than ${EXPANSION_MAX_CHARS.toLocaleString('en')} characters` };
  }
  const tooLarge = [...used].filter((n) => expander.refused.get(n) === 'size');
  return { xml: expanded, warning: tooLarge.length ? `entities the DOCTYPE declares were left as written: ${tooLarge.map((n) => `&${n};`).join(', ')} would expand past ${ENTITY_MAX_CHARS.toLocaleString('en')} characters or ${ENTITY_MAX_DEPTH} levels` : null };
}

/**
 * The general entities a DOCTYPE's internal subset declares: a name's literal value, or null for one declared as
 * external (SYSTEM/PUBLIC), which is never read. The first declaration of a name binds (XML 1.0 §4.2); parameter
 * entities are not general entities and are never expanded.
 */
function declaredEntities(doctype: string): Map<string, string | null> {
  const subset = doctype.slice(doctype.indexOf('[') + 1).replace(/<!--[\s\S]*?-->/g, '');
  const declared = new Map<string, string | null>();
  if (!doctype.includes('[')) return declared;
  for (const m of subset.matchAll(ENTITY_DECL)) {
    const [, parameter, name, double, single] = m;
    if (parameter || PREDEFINED[name!] !== undefined || declared.has(name!)) continue;
    declared.set(name!, double ?? single ?? null);
  }
  return declared;
}

/** Why an entity is left as written: only its size or depth is the feed's to hear of. */
type Refusal = 'external' | 'markup' | 'recursive' | 'size';

/** Expands entities to escaped XML text (ready to stand in the document), each once, or null when one must be left as written. */
class Expander {
  private readonly done = new Map<string, string | null>();
  private readonly expanding = new Set<string>();
  readonly refused = new Map<string, Refusal>();

  constructor(private readonly declared: Map<string, string | null>) {}

  expand(name: string, depth: number): string | null {
    if (this.done.has(name)) return this.done.get(name)!;
    // An entity that refers to itself, directly or not, is no well-formed XML (§4.1, No Recursion).
    if (this.expanding.has(name)) return this.refuse(name, 'recursive');
    if (depth > ENTITY_MAX_DEPTH) return this.refuse(name, 'size');
    this.expanding.add(name);
    const value = this.declared.get(name);
    const text = value == null ? this.refuse(name, 'external') : this.replacement(name, value, depth);
    this.expanding.delete(name);
    this.done.set(name, text);
    return text;
  }

  private refuse(name: string, why: Refusal): null {
    if (!this.refused.has(name)) this.refused.set(name, why);
    return null;
  }

  /**
   * An entity's value as the document reads it: its character references are taken when it is declared, the rest
   * when it is used (§4.5). Markup in it (an element, or a "%" parameter reference) is more than text: left as written.
   */
  private replacement(name: string, value: string, depth: number): string | null {
    if (value.includes('%')) return this.refuse(name, 'markup');
    let invalid = false;
    const declaredText = value.replace(CHAR_REF, (_ref, dec: string | undefined, hex: string | undefined) => {
      const ch = character(dec ? Number(dec) : parseInt(hex!, 16));
      if (ch === null) invalid = true;
      return ch ?? '';
    });
    if (invalid || declaredText.includes('<')) return this.refuse(name, 'markup');
    let out = '';
    let at = 0;
    for (const m of declaredText.matchAll(REFERENCE)) {
      out += escape(declaredText.slice(at, m.index));
      at = m.index + m[0].length;
      const [ref, inner, dec, hex] = m;
      if (inner !== undefined && this.declared.has(inner)) {
        const piece = this.expand(inner, depth + 1);
        if (piece === null) return this.refuse(name, this.refused.get(inner) === 'size' ? 'size' : 'markup');
        out += piece;
      } else if (inner === undefined && character(dec ? Number(dec) : parseInt(hex!, 16)) === null) {
        return this.refuse(name, 'markup');
      } else {
        // A predefined entity, a character reference (written `&#38;#38;` to survive declaration), or a name the
        // DOCTYPE does not declare (an HTML entity such as &eacute;): left for the parser, as one in the document is.
        out += ref;
      }
      if (out.length > ENTITY_MAX_CHARS) return this.refuse(name, 'size');
    }
    out += escape(declaredText.slice(at));
    return out.length > ENTITY_MAX_CHARS ? this.refuse(name, 'size') : out;
  }
}

/** A character reference's character, or null for one XML 1.0 does not allow. */
function character(code: number): string | null {
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : null;
}

/** Text as it may stand in element content or an attribute value. A "&" that begins no reference is a bare one, kept as text. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
