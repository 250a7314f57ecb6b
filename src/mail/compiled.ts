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

const TOKEN = (i: number) => `wbslot${i}z`;
const TOKEN_SPLIT = /wbslot(\d+)z/;
const MAX_LAYOUTS = 256;

export function compileMjml(name: string): CompiledTemplate {
  return compileMjmlSource(templateSource(`${name}.mjml`));
}

export function compileMjmlSource(source: string): CompiledTemplate {
  const structural = sectionNames(source);
  const layouts = new Map<string, Promise<Layout>>();
  const counts = { layouts: 0, renders: 0, direct: 0 };

  const layoutFor = (key: string, view: object): Promise<Layout> => {
    let layout = layouts.get(key);
    if (layout) {
      // Least recently used goes first when the cache is full.
      layouts.delete(key);
      layouts.set(key, layout);
      return layout;
    }
    counts.layouts++;
    layout = compileLayout(source, tokenView(view, structural));
    layout.catch(() => layouts.delete(key));
    layouts.set(key, layout);
    if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
    return layout;
  };

  const renderPieces = async (view: object): Promise<string[]> => {
    const { key, values } = describe(view, structural);
    if (values.some((v) => v !== v.trim())) {
      counts.direct++;
      return [await renderMjmlSource(source, view)];
    }
    const layout = await layoutFor(key, view);
    counts.renders++;
    const pieces: string[] = [layout.chunks[0]!];
    for (let i = 0; i < layout.slots.length; i++) pieces.push(escapeHtml(values[layout.slots[i]!]!), layout.chunks[i + 1]!);
    return pieces;
  };

  return {
    async render(view) {
      return (await renderPieces(view)).join('');
    },
    renderPieces,
    stats: () => ({ ...counts }),
  };
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
  const walk = (v: unknown, name: string): string => {
    if (typeof v === 'string' || typeof v === 'number') {
      values.push(String(v));
      // Empty text shapes the layout too: MJML leaves out an empty preview, title attribute…
      if (v === '') return 'e';
      return structural.has(name) && !v ? 'F' : 'v';
    }
    if (Array.isArray(v)) return `[${v.map((item) => walk(item, name)).join(',')}]`;
    if (v !== null && typeof v === 'object') {
      return `{${Object.entries(v).map(([k, item]) => `${k}:${walk(item, k)}`).join(',')}}`;
    }
    if (typeof v === 'function') throw new Error(`compiled MJML views take data only: "${name}" is a function`);
    return String(v);
  };
  return { key: walk(view, ''), values };
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
