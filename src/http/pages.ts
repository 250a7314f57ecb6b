/** Small server-rendered pages: plain HTML and CSS, no JavaScript needed. */

import { createHash } from 'node:crypto';
import { escapeHtml } from '../html.js';

export { escapeHtml };

// Colours keep at least 7:1 contrast on white (WCAG AAA for body text);
// focus is a thick outline, so keyboard users always see where they are.
const STYLE = `
body{font-family:Georgia,'Times New Roman',serif;background:#f4f1ea;color:#1b1b1b;margin:0;padding:2rem 1rem;line-height:1.5}
main{max-width:36rem;margin:0 auto;background:#fff;padding:2rem;border-radius:4px}
main.wide{max-width:72rem}
h1{font-size:1.6rem;margin-top:0}h2{font-size:1.2rem;margin-top:2rem}a{color:#8a1c1c}
table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d6d1c4}
td .hint{word-break:break-all}
.bad{color:#8a1c1c;font-weight:bold}
ol.stories li{margin:.7rem 0}
.why{color:#474747}
button{font:inherit;background:#8a1c1c;color:#fff;border:0;padding:.6rem 1.2rem;border-radius:3px;cursor:pointer}
button:focus,input:focus,select:focus,a:focus{outline:3px solid #1b5fbf;outline-offset:2px}
label.field{display:block;font-weight:bold;margin:.9rem 0 .25rem}
input[type=email],input[type=text],select{font:inherit;padding:.45rem;border:1px solid #595959;border-radius:3px;width:100%;max-width:24rem;box-sizing:border-box;background:#fff;color:#1b1b1b}
input[type=checkbox],input[type=radio]{width:1.15rem;height:1.15rem;margin:.3rem 0 0;flex:none}
fieldset{border:1px solid #8c8677;border-radius:4px;margin:1.2rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:bold;padding:0 .3rem}
.choice{display:flex;gap:.6rem;align-items:flex-start;margin:.35rem 0}
.hint{display:block;color:#474747;font-size:.92rem;font-weight:normal}
.error{border-left:4px solid #8a1c1c;background:#fbeaea;padding:.6rem 1rem}
.notice{border-left:4px solid #1b6b3a;background:#e8f4ec;padding:.6rem 1rem}
`;

/**
 * Progressive enhancement only: guesses the reader's time zone into the
 * form's field while it still holds the server's default. Without it the
 * field keeps that default, which anyone can edit.
 */
const TIMEZONE_SCRIPT =
  "(function(){var f=document.getElementById('timezone');if(!f||f.getAttribute('data-guess')!=='1')return;" +
  'try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(z)f.value=z;}catch(e){}})();';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** What the Content-Security-Policy allows inline: exactly this style and this script. */
export const INLINE_HASHES = { style: sha256(STYLE), script: sha256(TIMEZONE_SCRIPT) };

/** `body` is trusted HTML built by the caller with escapeHtml on every value. */
export function page(title: string, body: string, opts: { timezoneScript?: boolean; wide?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(title)} · wirebrief</title><style>${STYLE}</style></head>
<body><main${opts.wide ? ' class="wide"' : ''}><h1>${escapeHtml(title)}</h1>
${body}
</main>${opts.timezoneScript ? `<script>${TIMEZONE_SCRIPT}</script>` : ''}</body></html>`;
}
