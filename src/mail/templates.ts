import type Mjml from 'mjml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import { escapeHtml } from '../html.js';
import { templatesDir } from '../paths.js';
import { wrapText } from './wrap.js';

const sources = new Map<string, string>();

/**
 * MJML takes seconds to load; only processes that render mail need it, so
 * the CLI and the API start without it.
 */
type Mjml2Html = typeof Mjml;
let loading: Promise<Mjml2Html> | undefined;
export function mjml(): Promise<Mjml2Html> {
  loading ??= import('mjml').then((m) => (m as unknown as { default: Mjml2Html }).default);
  return loading;
}

export function templateSource(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(join(templatesDir, file), 'utf8');
    sources.set(file, text);
  }
  return text;
}

/** Fills MJML source (values HTML-escaped) and renders it to HTML: ~10 ms of CPU a call. */
export async function renderMjmlSource(source: string, view: object): Promise<string> {
  const filled = Mustache.render(source, view, {}, { escape: escapeHtml });
  const result = await (await mjml())(filled, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

/** Fills an MJML template (values HTML-escaped) and renders it to HTML. */
export async function renderMjml(name: string, view: object): Promise<string> {
  return renderMjmlSource(templateSource(`${name}.mjml`), view);
}

/** Fills the plain-text twin of a template: no HTML escaping in a text part, lines wrapped for reading. */
export function renderText(name: string, view: object): string {
  return wrapText(Mustache.render(templateSource(`${name}.txt`), view, {}, { escape: (s: string) => s }));
}
