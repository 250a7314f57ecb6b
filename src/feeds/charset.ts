import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import fixLatin1ToUtf8 from 'fix-latin1-to-utf8';
import iconv from 'iconv-lite';

/**
 * Feeds arrive as bytes in whatever encoding their publisher chose, and often
 * say so wrongly. The order, as browsers and the big readers do it: a byte
 * order mark; else the HTTP `charset`; else the XML prolog's `encoding`; else
 * UTF-8. Two corrections on top, for what real servers get wrong:
 * - a Latin-1 family label (or any other legacy one) on bytes that are valid,
 *   non-ASCII UTF-8 is a mislabel (servers default text/xml to ISO-8859-1;
 *   CMSs copy a prolog);
 * - undeclared bytes that are not valid UTF-8 are sniffed (chardet) rather
 *   than turned into replacement characters;
 * - bytes declared UTF-8 that are not valid UTF-8 read as UTF-8 where they are
 *   and as windows-1252 where they are not (see notQuiteUtf8);
 * - text that was already mis-decoded upstream, before the feed was written
 *   ("Itâ€™s", "cafÃ©": a CMS that read UTF-8 copy as windows-1252 and
 *   stored it so), is mended once decoded (see mendMojibake).
 */

export interface DecodedBody {
  text: string;
  /** The encoding used, as iconv-lite names it. */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'http' | 'prolog' | 'utf-8' | 'detected' | 'mislabelled';
}

/** As WHATWG does: these labels mean windows-1252, whose 0x80–0x9F are € ‚ ƒ „ … ’ rather than C1 controls. */
const LATIN1_FAMILY = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'cp819', 'ibm819', 'us-ascii', 'ascii', 'windows-1252', 'cp1252', 'x-cp1252']);
const SNIFF_BYTES = 64 * 1024;
const MIN_CONFIDENCE = 20;

/**
 * Charsets that write a letter's marks as combining characters after it: windows-1258 (and TCVN, VISCII's rival) put
 * Vietnamese tone marks after the vowel, so "ố" arrives as "ô" + U+0301. Composed (NFC), as every UTF-8 feed writes
 * it: left decomposed, a headline matched no search, no keyword and no copy of the same story from a UTF-8 feed.
 */
const COMBINING_CHARSETS = /^(?:windows-?1258|cp-?1258|x-cp1258|tcvn(?:-?5712)?)$/i;

export function decodeFeedBody(body: Buffer, contentType?: string | null): DecodedBody {
  const decoded = decodeBytes(body, contentType);
  const text = mendMojibake(decoded.text);
  return { ...decoded, text: COMBINING_CHARSETS.test(decoded.encoding) ? text.normalize('NFC') : text };
}

/**
 * Undoes UTF-8 read as windows-1252 or Latin-1, once or several times over,
 * where the text carries it: syndicated copy passes through many systems and
 * one of them often gets it wrong, and the feed is then valid UTF-8 full of
 * "â€œ". The library mends only what decodes to a character such mistakes
 * stand for, so "JOSÉ’S" written as meant stays. Most feeds have no
 * character in À–ô at all: one scan tells.
 */
export function mendMojibake(text: string): string {
  if (!MOJIBAKE_LEAD.test(text)) return text;
  // Copy mis-decoded twice ("Ã¢â‚¬Å“") comes back once mended ("â€œ"): a second pass finishes it.
  let mended = text;
  for (let pass = 0; pass < 2; pass++) {
    const next = fixLatin1ToUtf8(mended);
    if (next === mended) break;
    mended = next;
  }
  // windows-1252 has no character for 0x9D, the last byte of "”": systems drop it or put "�" there.
  return mended === text ? mended : mended.replace(BARE_CLOSING_QUOTE, '”');
}

/** What every mis-decoded UTF-8 sequence starts with: a lead byte 0xC2-0xF4 read as windows-1252 or Latin-1. */
const MOJIBAKE_LEAD = /[\u00C2-\u00F4]/;
const BARE_CLOSING_QUOTE = /â€(?:\uFFFD|(?![\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]))/g;

function decodeBytes(whole: Buffer, contentType?: string | null): DecodedBody {
  const bom = fromBom(whole);
  // A UTF-8 mark before bytes that are not UTF-8: a template saved with one (Notepad's) printing copy a database keeps in
  // windows-1252. The mark is a UTF-8 label like any other: the bytes after it are read as a body so labelled is.
  const utf8MarkOnly = bom?.encoding === 'utf-8' && !isUtf8(whole.subarray(bom.length));
  if (bom && !utf8MarkOnly) return { text: iconv.decode(whole.subarray(bom.length), bom.encoding, { stripBOM: true }), encoding: bom.encoding, source: 'bom' };
  const body = utf8MarkOnly ? whole.subarray(bom.length) : whole;

  let declared = fitting(usable(charsetOfContentType(contentType)), body);
  // "charset=utf-8" on bytes that are not UTF-8 is a server default, not the publisher's word.
  if (declared && /^utf-?8$/.test(declared) && !isUtf8(body)) declared = null;
  const prolog = declared ? null : fitting(usable(prologEncoding(body)), body);
  const label = declared ?? prolog;
  if (label) {
    const encoding = LATIN1_FAMILY.has(label) ? 'windows-1252' : label;
    // Any legacy label, not only Latin-1's: a Russian or Greek site moved to UTF-8 keeps "windows-1251" or
    // "ISO-8859-7" in a template's prolog, and its copy read as that was mojibake ("РќРѕРІРѕСЃС‚Рё"). Text in
    // those encodings is next to never valid UTF-8 by chance.
    if (!/^utf-?(?:8|16|32)/.test(encoding) && hasHighBytes(body) && isUtf8(body)) {
      return { text: decodeUtf8(body), encoding: 'utf-8', source: 'mislabelled' };
    }
    if (/^utf-?8$/.test(encoding) && !isUtf8(body)) return notQuiteUtf8(body);
    const text = /^utf-?8$/.test(encoding) ? decodeUtf8(body) : decodeAs(body, encoding);
    return { text, encoding, source: declared ? 'http' : 'prolog' };
  }
  if (utf8MarkOnly) return notQuiteUtf8(body);
  if (!hasHighBytes(body) && JIS_ESCAPE.test(body.subarray(0, SNIFF_BYTES).toString('latin1'))) return { text: decodeAs(body, 'iso-2022-jp'), encoding: 'iso-2022-jp', source: 'detected' };
  if (isUtf8(body)) return { text: decodeUtf8(body), encoding: 'utf-8', source: 'utf-8' };
  const sniffed = sniff(body);
  return { text: iconv.decode(body, sniffed, { stripBOM: true }), encoding: sniffed, source: 'detected' };
}

/**
 * ISO-2022-JP's switch into JIS X 0208 (ESC $ B, or ESC $ @ of its 1978 edition). The encoding is 7-bit, so its bytes
 * (none above 0x7F) pass for ASCII and UTF-8 alike; ESC is no character XML allows, so a feed holding one is in this encoding, as
 * browsers read it when nothing names it.
 */
const JIS_ESCAPE = /\x1b\$[B@]/;

/**
 * Decodes with iconv-lite, or with the runtime's WHATWG decoder for the few encodings iconv-lite lacks (ISO-2022-JP,
 * which older Japanese sites still serve).
 */
function decodeAs(body: Buffer, encoding: string): string {
  if (iconv.encodingExists(encoding)) return iconv.decode(body, encoding, { stripBOM: true });
  return new TextDecoder(encoding).decode(body);
}

/** Whether the runtime's WHATWG decoder knows `label` (Node built with ICU knows the whole Encoding Standard). */
function whatwgKnows(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

function fromBom(body: Buffer): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  // UTF-32's little-endian mark opens with UTF-16's: the two zero bytes after it tell them apart (no feed opens with U+0000).
  if (body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The wide encoding a document without a byte-order mark is in, by the zero bytes around its first character, as the
 * XML standard's appendix F reads them: a feed opens with "<", "{" or white space, one byte a character in any
 * ASCII-compatible encoding, two in UTF-16, four in UTF-32. Null for an ASCII-compatible opening.
 */
function wideEncoding(body: Buffer): string | null {
  const opening = (byte: number | undefined) => byte === 0x3c || byte === 0x7b || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
  const [b0, b1, b2, b3] = [body[0], body[1], body[2], body[3]];
  if (opening(b0) && b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32le';
  if (b0 === 0 && b1 === 0 && b2 === 0 && opening(b3)) return 'utf-32be';
  if (opening(b0) && b1 === 0) return 'utf-16le';
  if (b0 === 0 && opening(b1)) return 'utf-16be';
  return null;
}

/**
 * A UTF-16 or UTF-32 label on a body whose first bytes are one byte a character (UTF-8 under a server's or template's
 * wrong label) is no label: decoded as it says, every pair of letters became one CJK character. Other labels pass.
 */
function fitting(label: string | null, body: Buffer): string | null {
  return label && /^utf-?(?:16|32)/.test(label) && !wideEncoding(body) ? null : label;
}

/** Reads `encoding="…"` from the XML declaration; a BOM-less UTF-16 or UTF-32 document is known by its zero bytes. */
function prologEncoding(body: Buffer): string | null {
  const wide = wideEncoding(body);
  if (wide) return wide;
  const head = body.subarray(0, 1024).toString('latin1');
  const match = /<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Labels the WHATWG Encoding Standard gives an encoding (browsers read them so, and sites copy them into feeds) that
 * iconv-lite does not know, as iconv-lite names that encoding. Unknown, such a label was no label: a Japanese feed in
 * "x-euc-jp" was sniffed, and a short one guessed wrong. Microsoft's "x-cp125x" labels follow one rule (WINDOWS_X_LABEL).
 */
const WHATWG_LABELS: Record<string, string> = {
  'x-euc-jp': 'euc-jp', cseucpkdfmtjapanese: 'euc-jp',
  'x-mac-cyrillic': 'maccyrillic', 'x-mac-ukrainian': 'maccyrillic', 'x-mac-roman': 'macintosh',
  koi: 'koi8-r', koi8: 'koi8-r',
  'dos-874': 'windows-874',
  'iso-8859-6-e': 'iso-8859-6', 'iso-8859-6-i': 'iso-8859-6', csiso88596e: 'iso-8859-6', csiso88596i: 'iso-8859-6',
  // Hebrew in visual order ("visual", ISO-8859-8-E) and logical order ("logical", -8-I) share their bytes.
  visual: 'iso-8859-8', logical: 'iso-8859-8', csiso88598e: 'iso-8859-8', csiso88598i: 'iso-8859-8',
  sun_eu_greek: 'iso-8859-7', csisolatin9: 'iso-8859-15',
  unicode20utf8: 'utf-8', 'x-unicode20utf8': 'utf-8',
  // Java's canonical names (Charset#name(), which Java CMSs print into the prolog and the header) for Microsoft's code
  // pages: a Korean portal's "x-windows-949" was no label, and its copy sniffed into Chinese.
  'x-windows-949': 'cp949', 'x-windows-950': 'cp950', 'x-mswin-936': 'gbk', 'x-windows-874': 'windows-874', ms874: 'windows-874',
  'x-iso-8859-11': 'iso-8859-11', 'x-ms950-hkscs': 'big5hkscs', 'x-ms950-hkscs-xp': 'big5hkscs', 'x-big5-hkscs-2001': 'big5hkscs',
  // Solaris's Shift_JIS, and Windows' code page number for UTF-8.
  pck: 'shift_jis', 'x-pck': 'shift_jis', cp65001: 'utf-8',
};
const WINDOWS_X_LABEL = /^x-cp(125\d)$/;

function usable(label: string | null): string | null {
  if (!label) return null;
  // Without a BOM the byte order is unknown: the zero bytes (prologEncoding), UTF-8 or sniffing decide.
  if (/^utf-?(?:16|32)$/.test(label)) return null;
  const name = WHATWG_LABELS[label] ?? label.replace(WINDOWS_X_LABEL, 'windows-$1');
  return iconv.encodingExists(name) || whatwgKnows(name) ? name : null;
}

function sniff(body: Buffer): string {
  const guesses = chardet.analyse(body.subarray(0, SNIFF_BYTES));
  const best = guesses.find((g) => g.confidence >= MIN_CONFIDENCE && iconv.encodingExists(g.name));
  if (!best) return 'windows-1252';
  const name = best.name.toLowerCase();
  return LATIN1_FAMILY.has(name) ? 'windows-1252' : name;
}

/**
 * Bytes said to be UTF-8 that are not. PHP feeds declare UTF-8 in a template and print copy their database keeps in
 * windows-1252 ("café" as one byte 0xE9), all of it or a field here and there: decoded as UTF-8 every such letter was
 * "�" in the title and text. When the body holds UTF-8 sequences too, it is both: each sequence reads as UTF-8, each
 * byte that begins none as windows-1252. When it holds none, the label was wrong about all of it (a windows-1251 or
 * KOI8-R feed behind a UTF-8 template): its encoding is sniffed, as for a body that names none.
 */
function notQuiteUtf8(body: Buffer): DecodedBody {
  const parts: string[] = [];
  let utf8Sequences = 0;
  let start = 0;
  let i = 0;
  while (i < body.length) {
    const byte = body[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(body, i);
    if (length > 0) {
      utf8Sequences++;
      i += length;
      continue;
    }
    parts.push(body.toString('utf8', start, i), iconv.decode(body.subarray(i, i + 1), 'windows-1252'));
    start = ++i;
  }
  if (utf8Sequences === 0) {
    const sniffed = sniff(body);
    return { text: iconv.decode(body, sniffed, { stripBOM: true }), encoding: sniffed, source: 'detected' };
  }
  parts.push(body.toString('utf8', start));
  const text = parts.join('');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8', source: 'mislabelled' };
}

/** The length of the well-formed UTF-8 sequence at i (RFC 3629: no overlongs, surrogates or code points past U+10FFFF), or 0. */
function utf8SequenceAt(body: Buffer, i: number): number {
  const lead = body[i]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > body.length) return 0;
  const second = body[i + 1]!;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((body[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

function hasHighBytes(body: Buffer): boolean {
  for (const byte of body) if (byte >= 0x80) return true;
  return false;
}

function decodeUtf8(body: Buffer): string {
  const text = body.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
