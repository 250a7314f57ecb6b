/** Small server-rendered pages: plain HTML and CSS, no JavaScript needed. */

import { escapeHtml } from '../html.js';

export { escapeHtml };

const STYLE = `
body{font-family:Georgia,'Times New Roman',serif;background:#f4f1ea;color:#1b1b1b;margin:0;padding:2rem 1rem;line-height:1.5}
main{max-width:36rem;margin:0 auto;background:#fff;padding:2rem;border-radius:4px}
h1{font-size:1.6rem;margin-top:0}a{color:#8a1c1c}
button{font:inherit;background:#8a1c1c;color:#fff;border:0;padding:.6rem 1.2rem;border-radius:3px;cursor:pointer}
button:focus,input:focus,select:focus{outline:3px solid #1b5fbf;outline-offset:2px}
`;

/** `body` is trusted HTML built by the caller with escapeHtml on every value. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · wirebrief</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>`;
}
