import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';

/**
 * What a lenient reader makes of XML a strict parser refuses: a bare `&`, HTML
 * entities such as `&nbsp;`, junk before the root, a root or item left open at
 * the end of a cut-off file. htmlparser2 reads it the forgiving way; we keep
 * the element tree, drop items that never closed (they are cut off, not
 * stories), and write well-formed XML back for the feed parser. DTDs and
 * processing instructions are dropped, so no entity is ever defined, let
 * alone fetched (XXE).
 */

interface XmlElement {
  name: string;
  attribs: Record<string, string>;
  children: (XmlElement | string)[];
  /** Closed by the end of the file or by an ancestor's end tag, not by its own. */
  implied: boolean;
}

export interface RepairedXml {
  xml: string;
  roots: string[];
  /** Names of the elements the file left open (e.g. `rss`), outermost first. */
  unclosed: string[];
  /** Items or entries dropped because they never closed. */
  droppedItems: number;
  /** The text of an HTML page's <title>, when the document is one. */
  htmlTitle: string | null;
}

const ITEM_NAMES = new Set(['item', 'entry']);

/** `keep`: among several root elements (a PHP warning printed before the feed), the one to write back. */
export function repairXml(text: string, keep?: (name: string) => boolean): RepairedXml {
  const root: XmlElement = { name: '#document', attribs: {}, children: [], implied: false };
  const stack: XmlElement[] = [root];
  const unclosed: string[] = [];
  let ended = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: XmlElement = { name, attribs: decodeAttribs(attribs), children: [], implied: false };
        stack.at(-1)!.children.push(el);
        stack.push(el);
      },
      ontext(data) {
        stack.at(-1)!.children.push(decodeHTMLStrict(data));
      },
      onclosetag(_name, isImplied) {
        const el = stack.pop();
        if (!el) return;
        if (isImplied) {
          el.implied = true;
          if (ended) unclosed.unshift(el.name);
        }
      },
    },
    { xmlMode: true, recognizeCDATA: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(text);
  ended = true;
  parser.end();

  let droppedItems = 0;
  const prune = (el: XmlElement) => {
    el.children = el.children.filter((c) => {
      if (typeof c === 'string') return true;
      if (ITEM_NAMES.has(localName(c.name)) && c.implied) {
        droppedItems++;
        return false;
      }
      prune(c);
      return true;
    });
  };
  prune(root);

  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  const html = elements.find((e) => /^(html|head|body)$/i.test(e.name));
  return {
    xml: elements.length === 1 ? serialise(elements[0]!) : keepOne(elements, keep),
    roots: elements.map((e) => e.name),
    unclosed,
    droppedItems,
    htmlTitle: html ? titleOf(elements) : null,
  };
}

function keepOne(elements: XmlElement[], keep: ((name: string) => boolean) | undefined): string {
  const kept = keep ? elements.filter((e) => keep(e.name)) : [];
  return kept.length === 1 ? serialise(kept[0]!) : '';
}

function decodeAttribs(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attribs)) out[k] = decodeHTMLStrict(v);
  return out;
}

function serialise(el: XmlElement): string {
  const attrs = Object.entries(el.attribs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const inner = el.children.map((c) => (typeof c === 'string' ? escapeXml(c) : serialise(c))).join('');
  return `<${el.name}${attrs}>${inner}</${el.name}>`;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes markup and drops the control characters XML 1.0 forbids (they turn up in real feeds). */
function escapeXml(s: string): string {
  return s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return (i >= 0 ? name.slice(i + 1) : name).toLowerCase();
}

function titleOf(elements: XmlElement[]): string | null {
  const find = (el: XmlElement): string | null => {
    if (el.name.toLowerCase() === 'title') return el.children.filter((c) => typeof c === 'string').join('').trim() || null;
    for (const c of el.children) if (typeof c !== 'string') {
      const t = find(c);
      if (t) return t;
    }
    return null;
  };
  for (const el of elements) {
    const t = find(el);
    if (t) return t;
  }
  return null;
}
