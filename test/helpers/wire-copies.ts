import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Copies of one IANS story as two outlets publish it (the seed story, from
 * test/fixtures), each inside its own site chrome, the second with a headline
 * word changed and a sentence trimmed; and a different defence story in the
 * same agency style, which must not be taken for a copy.
 */

const page = readFileSync(fileURLToPath(new URL('../fixtures/ians-india-italy-defence.txt', import.meta.url)), 'utf8');
const paragraphs = page.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const start = paragraphs.findIndex((p) => p.startsWith('Rome, Feb 27'));
/** The article's 11 paragraphs, dateline first. */
export const SEED_ARTICLE = paragraphs.slice(start, start + 11);
export const SEED_TITLE = 'India and Italy discuss elevating industrial collaborations to deepen defence cooperation';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (ps: string[]) => ps.map((p) => `<p>${esc(p)}</p>`).join('');

/** Outlet A: share bar, an "Also read" box inside the copy, the sign-off and a LATEST NEWS block. */
export function outletA(): { title: string; html: string } {
  const [first, ...rest] = SEED_ARTICLE;
  return {
    title: SEED_TITLE,
    html:
      `<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>` +
      html([first!, ...rest.slice(0, 4)]) +
      `<div class="also-read"><h4>Also read</h4><ul><li><a href="/x">BofA raises India's FY27 GDP growth to 7.4 pc</a></li></ul></div>` +
      html(rest.slice(4)) +
      `<p>--IANS</p><p>akl/as</p><h3>LATEST NEWS</h3><p>PSG to meet Chelsea, Real Madrid to face Manchester City</p><p>Ranji Trophy final: J&amp;K reach 186/4</p>`,
  };
}

/** Outlet B: one headline word changed, one sentence cut, other chrome around it. */
export function outletB(): { title: string; html: string } {
  const copy = [...SEED_ARTICLE];
  copy[8] = copy[8]!.replace(/ Secretary \(DP\) and Director\(NAD\) set the context with their keynote remarks\./, '');
  return {
    title: SEED_TITLE.replace('cooperation', 'ties'),
    html:
      `<p>Follow us on Google News</p>` +
      html(copy.slice(0, 6)) +
      `<p>ALSO READ | Canadian PM Carney begins first official visit to India</p>` +
      html(copy.slice(6)) +
      `<p>(This story has not been edited by Example Times staff and is auto-generated from a syndicated feed.)</p>`,
  };
}

/** Another defence story on the same beat, in the same agency's words: a different event. */
export function otherDefenceStory(): { title: string; html: string } {
  return {
    title: 'India and France review defence industrial roadmap, agree to co-develop jet engine',
    html: html([
      'Paris, March 4 (IANS) India and France on Wednesday reviewed the progress of their defence industrial roadmap and agreed to co-develop an advanced jet engine for the next generation of Indian fighter aircraft.',
      'The review took place during a meeting between Defence Secretary Rajesh Kumar Singh and the French Director General of Armaments, Emmanuel Chiva, at the Hotel de Brienne.',
      '"Both sides discussed the joint development of a 120 kN engine, the Scorpene submarine programme and maintenance of Rafale jets in India," the Ministry of Defence posted on X.',
      'French engine maker Safran will transfer full technology for the engine, which will be built with the Defence Research and Development Organisation (DRDO) over the next decade.',
      'The two sides also agreed to expand joint military exercises, including Shakti and Varuna, and to set up a working group on space defence.',
      'Singh invited French companies to invest in the defence corridors of Uttar Pradesh and Tamil Nadu and to make use of the liberalised foreign direct investment limit of 74 per cent.',
    ]),
  };
}

export function feedOf(title: string, entries: { guid: string; link: string; title: string; html: string; pubDate?: string }[]): string {
  const items = entries
    .map(
      (e) =>
        `<item><title>${esc(e.title)}</title><link>${esc(e.link)}</link><guid isPermaLink="false">${esc(e.guid)}</guid>` +
        `<pubDate>${e.pubDate ?? 'Fri, 27 Feb 2026 19:29:00 +0530'}</pubDate><description><![CDATA[${e.html}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org/</link>\n${items}\n</channel></rss>`;
}
