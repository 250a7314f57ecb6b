import Mustache from 'mustache';
import { escapeHtml } from '../html.js';
import { mjml, renderMjmlSource, templateSource } from './templates.js';

/**
 * MJML costs ~10 ms per render, far too much to run once per recipient. A
 * digest's MJML depends on the recipient only through its *layout* (how many
 * sections, how many stories in each, which values are empty) and
 * the text values filled in. So: per layout, fill the template with a unique
 * token for every value, run MJML once, and split the HTML at the tokens. Each
 * recipient then costs one walk of their view and a join of escaped values.
 *
 * The result is byte-for-byte what `renderMjmlSource` (Mustache fill, then
 * mjml2html) gives for the same view; test/mail/compiled.test.ts proves it on
 * random views. MJML trims text at the edges of some elements (`<mj-title>`),
 * which a token cannot mimic: a view with a value that starts or ends with
 * whitespace is rendered directly instead (the digest view trims its values,
 * so this never happens there).
 */
export interface CompiledTemplate {
  render(view: object): Promise<string>;
  /**
   * The same HTML in pieces (joined, they are what `render` gives): the
   * layout's fixed text at even positions, the same for every recipient of
   * that layout, and the recipient's escaped values at odd positions. Lets a
   * mail encoder encode the fixed text once (see quotedPrintablePieces). A
   * view rendered directly (see above) is one piece.
   */
  renderPieces(view: object): Promise<string[]>;
  /** Layouts compiled so far (MJML runs), and renders served from them. */
  stats(): { layouts: number; renders: number; direct: number };
}

interface Layout {
  chunks: string[];
  slots: number[];
}

/** A layout being compiled, then compiled: once it is, recipients of it are served without waiting a tick. */
interface LayoutEntry {
  pending: Promise<Layout>;
  ready: Layout | null;
}

const TOKEN = (i: number) => `wbslot${i}z`;
const TOKEN_SPLIT = /wbslot(\d+)z/;
const MAX_LAYOUTS = 256;

export function compileMjml(name: string): CompiledTemplate {
  return compileMjmlSource(templateSource(`${name}.mjml`));
}

export function compileMjmlSource(source: string): CompiledTemplate {
  const structural = sectionNames(source);
  const layouts = new Map<string, LayoutEntry>();
  const counts = { layouts: 0, renders: 0, direct: 0 };

  const layoutFor = (key: string, view: object): LayoutEntry => {
    const entry = layouts.get(key);
    if (entry) {
      // Least recently used goes first when the cache is full.
      layouts.delete(key);
      layouts.set(key, entry);
      return entry;
    }
    counts.layouts++;
    const pending = compileLayout(source, tokenView(view, structural));
    const created: LayoutEntry = { pending, ready: null };
    pending.then(
      (layout) => (created.ready = layout),
      () => layouts.delete(key),
    );
    layouts.set(key, created);
    if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
    return created;
  };

  /** The pieces of a view from a compiled layout, or null for one that must be rendered directly. */
  const fill = (view: object): { layout: LayoutEntry; values: string[] } | null => {
    const { key, values } = describe(view, structural);
    if (!values.every(trimmed)) return null;
    return { layout: layoutFor(key, view), values };
  };

  const direct = (view: object): Promise<string> => {
    counts.direct++;
    return renderMjmlSource(source, view);
  };

  const renderPieces = async (view: object): Promise<string[]> => {
    const filled = fill(view);
    if (!filled) return [await direct(view)];
    const layout = filled.layout.ready ?? (await filled.layout.pending);
    counts.renders++;
    return piecesOf(layout, filled.values);
  };

  // Not async: a view of a compiled layout is rendered in this call, with no extra ticks.
  const render = (view: object): Promise<string> => {
    let filled;
    try {
      filled = fill(view);
    } catch (err) {
      return Promise.reject(err);
    }
    if (!filled) return direct(view);
    const { layout, values } = filled;
    if (layout.ready) {
      counts.renders++;
      return Promise.resolve(joinOf(layout.ready, values));
    }
    return layout.pending.then((ready) => {
      counts.renders++;
      return joinOf(ready, values);
    });
  };

  return { render, renderPieces, stats: () => ({ ...counts }) };
}

/** Whether a value has no whitespace at its edges (see CompiledTemplate): most values are checked by their end characters alone. */
function trimmed(v: string): boolean {
  if (v.length === 0) return true;
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  // Printable ASCII other than space is never trimmed; anything else is left to trim() to judge.
  if (first > 32 && first < 127 && last > 32 && last < 127) return true;
  return v === v.trim();
}

/**
 * Escaped values, by value. Most of a digest's text (its stories) is shared by
 * many recipients: a lookup is cheaper than scanning it again. Values unique
 * to one recipient (their links) pass through too; the map is emptied when
 * full, which costs one more escape of each shared value.
 */
const escapes = new Map<string, string>();
const MAX_ESCAPES = 8192;

function escapeValue(v: string): string {
  let escaped = escapes.get(v);
  if (escaped === undefined) {
    escaped = escapeHtml(v);
    if (escapes.size >= MAX_ESCAPES) escapes.clear();
    escapes.set(v, escaped);
  }
  return escaped;
}

function piecesOf(layout: Layout, values: string[]): string[] {
  const { chunks, slots } = layout;
  const pieces: string[] = new Array(chunks.length + slots.length);
  pieces[0] = chunks[0]!;
  for (let i = 0; i < slots.length; i++) {
    pieces[2 * i + 1] = escapeValue(values[slots[i]!]!);
    pieces[2 * i + 2] = chunks[i + 1]!;
  }
  return pieces;
}

function joinOf(layout: Layout, values: string[]): string {
  return piecesOf(layout, values).join('');
}

async function compileLayout(source: string, view: object): Promise<Layout> {
  if (TOKEN_SPLIT.test(source)) throw new Error('an MJML template may not contain the text "wbslot<n>z": it marks values when compiling');
  const filled = Mustache.render(source, view, {}, { escape: escapeHtml });
  const { html } = await (await mjml())(filled, { validationLevel: 'strict', keepComments: false });
  const pieces = html.split(TOKEN_SPLIT);
  const chunks: string[] = [];
  const slots: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) chunks.push(pieces[i]!);
    else slots.push(Number(pieces[i]));
  }
  return { chunks, slots };
}

/**
 * Names the template uses as sections (`{{#x}}`, `{{^x}}`): their truthiness
 * shapes the layout. Unescaped output and partials are refused, since a value
 * token could not stand in for them.
 */
function sectionNames(source: string): Set<string> {
  const names = new Set<string>();
  const visit = (tokens: unknown[][]) => {
    for (const t of tokens) {
      const [type, value] = t as [string, string];
      if (type === '&' || type === '>') throw new Error(`compiled MJML templates take escaped values only: {{${type === '&' ? '{' : '>'}${value}…}} is not allowed`);
      if (type === '#' || type === '^') {
        names.add(value.split('.').pop()!);
        if (Array.isArray(t[4])) visit(t[4] as unknown[][]);
      }
    }
  };
  visit(Mustache.parse(source) as unknown as unknown[][]);
  return names;
}

/**
 * One walk of the view: the layout key (structure, with the truthiness of
 * section names) and the values in walk order. `tokenView` walks in the same
 * order, so token i stands for values[i].
 */
function describe(view: object, structural: Set<string>): { key: string; values: string[] } {
  const values: string[] = [];
  return { key: describeValue(view, '', structural, values), values };
}

// Runs once per recipient: plain loops and string appends, no per-entry arrays or closures.
function describeValue(v: unknown, name: string, structural: Set<string>, values: string[]): string {
  if (typeof v === 'string') {
    values.push(v);
    // Empty text shapes the layout too: MJML leaves out an empty preview, title attribute…
    return v === '' ? 'e' : 'v';
  }
  if (typeof v === 'number') {
    values.push(String(v));
    return structural.has(name) && !v ? 'F' : 'v';
  }
  if (Array.isArray(v)) {
    let key = '[';
    for (let i = 0; i < v.length; i++) key += (i === 0 ? '' : ',') + describeValue(v[i], name, structural, values);
    return `${key}]`;
  }
  if (v !== null && typeof v === 'object') {
    const record = v as Record<string, unknown>;
    const names = Object.keys(record);
    let key = '{';
    for (let i = 0; i < names.length; i++) key += `${i === 0 ? '' : ','}${names[i]!}:${describeValue(record[names[i]!], names[i]!, structural, values)}`;
    return `${key}}`;
  }
  if (typeof v === 'function') throw new Error(`compiled MJML views take data only: "${name}" is a function`);
  return String(v);
}

function tokenView(view: object, structural: Set<string>): object {
  let i = 0;
  const walk = (v: unknown, name: string): unknown => {
    if (typeof v === 'string' || typeof v === 'number') {
      const token = TOKEN(i++);
      // Empty text stays empty, a falsy section value falsy: either may change the layout.
      if (v === '') return '';
      return structural.has(name) && !v ? v : token;
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, name));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(view, '') as object;
}
