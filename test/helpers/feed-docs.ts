import iconv from 'iconv-lite';

/** The feed documents the unseen sweeps write: an XML declaration, the namespaces they use, RSS 2.0 and Atom builders. */
export const X = '<?xml version="1.0" encoding="UTF-8"?>';
export const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"';
export const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
export const ATOM_TYPE = 'application/atom+xml';

/** An RSS 2.0 document: `ns` on <rss>, `channel` at the top of its channel, then its items. */
export const rss = (ns: string, channel: string, items: string[]) =>
  `${X}<rss version="2.0" ${ns}><channel>${channel}\n${items.map((i) => `<item>${i}</item>`).join('\n')}\n</channel></rss>`;

/** An Atom document titled `title`, with `head` before its entries. */
export const atom = (title: string, head: string, entries: string[], ns = '') =>
  `${X}<feed xmlns="http://www.w3.org/2005/Atom" ${ns}><title>${title}</title><id>urn:feed:${title.length}</id><updated>2026-11-26T09:00:00Z</updated>${head}\n${entries.map((e) => `<entry>${e}</entry>`).join('\n')}\n</feed>`;

/**
 * ISO-2022-JP as old Japanese sites still write it: ASCII, with each run of JIS X 0208 characters between ESC $ B and
 * ESC ( B, its two bytes per character those of EUC-JP with the high bit off. iconv-lite writes no ISO-2022-JP.
 */
export function iso2022jp(text: string): Buffer {
  const out: number[] = [];
  let inJis = false;
  for (const ch of text) {
    const euc = iconv.encode(ch, 'euc-jp');
    const jis = euc.length === 2 && euc[0]! >= 0xa1;
    if (jis !== inJis) out.push(...(jis ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
    inJis = jis;
    out.push(...(jis ? [euc[0]! & 0x7f, euc[1]! & 0x7f] : [...euc]));
  }
  if (inJis) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}
