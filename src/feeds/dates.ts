/**
 * Feed dates in the forms publishers really write: RFC 822 with named zones
 * (EST, IST), two-digit years and times without colons, US order with AM/PM,
 * ISO 8601 with or without a zone, and Unix epochs. A date without a zone is
 * read as UTC, so the result never depends on the server's time zone.
 */

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/**
 * Month names in the languages feeds are published in, where their first three
 * letters are not the English ones: CMSs localise pubDate ("Seg, 24 Set 2018",
 * "Di, 05 Mär 2024", "jeu., 04 juil. 2024"). Keyed by the whole word or its usual
 * abbreviation, lower case, without a trailing dot.
 */
const LOCAL_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['ene enero gen gennaio janv janvier jänner jän januar janeiro januari stycznia', 0],
    ['fev fevereiro fév févr février febr febbraio februar februari febrero', 1],
    ['mär märz mrz maerz março marzo maart mars', 2],
    ['abr abril avr avril aprile', 3],
    ['mai maio mayo mag maggio mei maj', 4],
    ['juin junho junio giu giugno juni', 5],
    ['juil juillet julho julio lug luglio juli', 6],
    ['ago agosto août aoû augusti', 7],
    ['set setembro septiembre settembre sept septembre', 8],
    ['out outubro okt oktober octubre ott ottobre octobre', 9],
    ['novembre noviembre novembro', 10],
    ['dez dezembro dezember dic diciembre dicembre déc décembre desember', 11],
    ['जनवरी', 0], ['फ़रवरी फरवरी', 1], ['मार्च', 2], ['अप्रैल', 3], ['मई', 4], ['जून', 5], ['जुलाई', 6], ['अगस्त', 7],
    ['सितंबर सितम्बर', 8], ['अक्टूबर अक्तूबर', 9], ['नवंबर नवम्बर', 10], ['दिसंबर दिसम्बर', 11],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number])),
);

/** Offsets in minutes of the zone names feeds use; wire feeds from India stamp IST. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  AST: -240, ADT: -180, NST: -210, NDT: -150,
  BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  PKT: 300, NPT: 345, ICT: 420, WIB: 420, SGT: 480, HKT: 480, PHT: 480, AWST: 480, JST: 540, KST: 540,
  ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, SAST: 120, EAT: 180, WAT: 60, GST: 240,
};

// An offset may be written "+0530", "+05:30", "+530" or after a zone name ("GMT+5:30", as PHP and some Indian CMSs write it).
const ZONE = String.raw`((?:GMT|UTC|UT)?[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})`;
// Between the date and the time: spaces or a comma, and in Drupal's and others' templates " - ", " | " or "at".
const DATE_TIME = String.raw`(?:[\s,]+(?:at\s+|[-|@]\s+)?|T)`;
// "PM", "pm", and AP style's "p.m." (US newsrooms write "Feb. 10, 2026, 3:04 p.m.").
const AM_PM = String.raw`([AaPp]\.?[Mm]\.?)`;
// "Fri, 27 Feb 2026 19:29:00 +0530", "03 Apr 02 1500 GMT"
const DAY_MONTH = new RegExp(String.raw`^(?:[\p{L}\p{M}]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([\p{L}\p{M}]{3,12})\.?[\s,-]+(\d{2,4})(?:${DATE_TIME}(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?\s*${AM_PM}?)?\s*${ZONE}?$`, 'u');
// "Sat, Dec 16 2023 02:02:33 PM", "December 16, 2023 2:02 pm EST"
// The weekday must end in a comma or space: "November" is not the weekday "Novem" before the month "ber".
const MONTH_DAY = new RegExp(String.raw`^(?:[A-Za-z]+\.?(?:,\s*|\s+))?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:${DATE_TIME}(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${AM_PM}?)?\s*${ZONE}?$`);
// "05.03.2024 14:22", "5.3.2024": dots are day-first wherever they are written (de, ru, pl, tr …).
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*${ZONE}?$`);
// "26/11/2026 10:00", "26-11-2026": numeric dates with slashes or dashes (see numeric()).
// Drupal's default medium date puts the weekday first: "Tue, 02/10/2026 - 15:04".
const NUMERIC = new RegExp(String.raw`^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:${DATE_TIME}(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${AM_PM}?)?\s*${ZONE}?$`);
// Java's Date#toString, which Java-built feeds print as pubDate: "Thu Nov 26 10:00:00 IST 2026".
const JAVA = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) ([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}) (\d{4})$/;
// ISO 8601 / RFC 3339, with a zone name where the offset goes ("2026-11-26T10:00:00 IST") and RFC 9557's "[Asia/Kolkata]" after the offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?(?:\[[\w/+-]+\])?$/i;

/** Milliseconds since the epoch, or null when the text is not a date we can trust. */
export function parseFeedDate(raw: string | null | undefined): number | null {
  const s = raw?.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  const t = epoch(s) ?? iso(s) ?? dayMonth(s) ?? monthDay(s) ?? dotted(s) ?? numeric(s) ?? java(s) ?? fallback(s);
  return t !== null && plausible(t) ? t : null;
}

function epoch(s: string): number | null {
  if (/^\d{9,10}$/.test(s)) return Number(s) * 1000;
  if (/^\d{12,13}$/.test(s)) return Number(s);
  return null;
}

function iso(s: string): number | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = m;
  const ms = Number(`0.${frac}`) * 1000;
  return at(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), zone ? offsetOf(zone) : 0, ms);
}

function dayMonth(s: string): number | null {
  const m = DAY_MONTH.exec(s);
  if (!m) return null;
  const [, d, mon, y, h, mi, sec, ampm, zone] = m;
  return build(y!, mon!, d!, h, mi, sec, ampm, zone);
}

function monthDay(s: string): number | null {
  const m = MONTH_DAY.exec(s);
  if (!m) return null;
  const [, mon, d, y, h, mi, sec, ampm, zone] = m;
  return build(y!, mon!, d!, h, mi, sec, ampm, zone);
}

function dotted(s: string): number | null {
  const m = DOTTED.exec(s);
  if (!m) return null;
  const [, d, mo, y, h = '0', mi = '0', sec = '0', zone] = m;
  return at(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), zone ? offsetOf(zone) : 0);
}

/**
 * Slashed and dashed numeric dates: a part over 12 says which is the day. When
 * both could be, slashes are month-first (the US habit, and how V8 read them
 * before) and dashes day-first (as Indian and European sites write them).
 */
function numeric(s: string): number | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [, a, separator, b, y, h, mi, sec, ampm, zone] = m;
  const dayFirst = Number(a) > 12 || (Number(b) <= 12 && separator === '-');
  const [d, mo] = dayFirst ? [a!, b!] : [b!, a!];
  return build(y!, String(Number(mo)), d, h, mi, sec, ampm, zone);
}

function java(s: string): number | null {
  const m = JAVA.exec(s);
  if (!m) return null;
  const [, mon, d, h, mi, sec, zone, y] = m;
  return build(y!, mon!, d!, h, mi, sec, undefined, zone);
}

function build(y: string, mon: string, d: string, h?: string, mi?: string, sec?: string, ampm?: string, zone?: string): number | null {
  const name = mon.toLowerCase();
  const month = /^\d{1,2}$/.test(name) ? Number(name) - 1 : (MONTHS[name.slice(0, 3)] ?? LOCAL_MONTHS[name]);
  if (month === undefined) return null;
  let year = Number(y);
  if (y.length === 2) year += year < 50 ? 2000 : 1900;
  let hour = Number(h ?? 0);
  if (ampm) hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  const offset = zone ? offsetOf(zone) : 0;
  if (offset === null) return null;
  return at(year, month, Number(d), hour, Number(mi ?? 0), Number(sec ?? 0), offset);
}

function offsetOf(zone: string): number | null {
  const z = zone.toUpperCase();
  if (z in ZONES) return ZONES[z]!;
  const m = /^(?:GMT|UTC|UT)?([+-])(\d{1,2}?):?(\d{2})?$/.exec(z);
  if (!m || Number(m[2]) > 14) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function at(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMinutes: number | null, ms = 0): number | null {
  if (offsetMinutes === null || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  return Date.UTC(y, mo, d, h, mi, s, ms) - offsetMinutes * 60_000;
}

/** Whatever else V8 reads, with a named zone turned into an offset and a missing zone taken as UTC. */
function fallback(s: string): number | null {
  // V8 fills a missing year with 2001: "Tue, 10 Feb 15:04:05 GMT" is no date to us, not a 25-year-old one.
  if (!/(?:^|\D)\d{4}(?:\D|$)/.test(s)) return null;
  // JavaScript's Date#toString ends in a comment: "Tue Mar 05 2024 14:22:11 GMT+0530 (India Standard Time)".
  const withOffset = s.replace(/\s*\([^()]*\)$/, '').replace(/\b([A-Z]{2,5})$/, (name) => {
    const offset = ZONES[name];
    if (offset === undefined) return name;
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  });
  const hasZone = /(?:[+-]\d{2}:?\d{2}|\bZ|\b(?:UTC|GMT|UT))$/i.test(withOffset);
  const t = Date.parse(hasZone ? withOffset : `${withOffset} UTC`);
  return Number.isNaN(t) ? (Number.isNaN(Date.parse(withOffset)) ? null : Date.parse(withOffset)) : t;
}

/** Feeds carry placeholder dates (0001-01-01, the epoch): nothing before 1990 is a news date. */
function plausible(t: number): boolean {
  return Number.isFinite(t) && t >= Date.UTC(1990, 0, 1);
}
