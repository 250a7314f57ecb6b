import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mjml2html from 'mjml';
import Mustache from 'mustache';
import { escapeHtml } from '../html.js';
import { templatesDir } from '../paths.js';

const sources = new Map<string, string>();

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
  const result = await mjml2html(filled, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

/** Fills an MJML template (values HTML-escaped) and renders it to HTML. */
export async function renderMjml(name: string, view: object): Promise<string> {
  return renderMjmlSource(templateSource(`${name}.mjml`), view);
}

/** Fills the plain-text twin of a template: no HTML escaping in a text part. */
export function renderText(name: string, view: object): string {
  return Mustache.render(templateSource(`${name}.txt`), view, {}, { escape: (s: string) => s });
}
