import { Marked } from 'marked';

/**
 * Markdown as HTML, for an Atom text construct typed "text/markdown" (RFC 7763's type; static-site generators and
 * some forums publish posts so). Read as plain text, such a story showed its "##" and "**"; as HTML, the normal
 * reading (html-text) takes its paragraphs, links and pictures. `marked` is CommonMark and GFM, has no dependencies,
 * ships its own types and is kept up; its own instance so no other module's options leak in.
 */
const markdown = new Marked({ gfm: true, breaks: false, async: false });

/** A content type that says Markdown: "text/markdown" (with its parameters: "; variant=GFM"), "text/x-markdown", "markdown". */
export function isMarkdownType(type: string | null | undefined): boolean {
  return !!type && /^\s*(?:text\/(?:x-)?markdown|markdown)\s*(?:;|$)/i.test(type);
}

export function markdownToHtml(text: string): string {
  return markdown.parse(text, { async: false });
}
