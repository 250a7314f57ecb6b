/**
 * Feed dates in the forms publishers really write: RFC 822 with named zones
 * (EST, IST), two-digit years and times without colons, US order with AM/PM,
 * ISO 8601 with or without a zone, and Unix epochs. A date without a zone is
 * read by the clock the feed states elsewhere (feedClock: the item's own other
 * dates, else the feed's), else by the clock of the feed's country when that
 * country keeps one zone (COUNTRY_ZONES), else as UTC: the result never depends
 * on the server's time zone.
 */

import { MONTH_NAMES, monthNames, type MonthLanguage } from './months.js';

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/**
 * Month names in the languages feeds are published in (months.ts), where their first three letters are not the English
 * ones: CMSs localise pubDate ("Seg, 24 Set 2018", "Di, 05 Mär 2024", "jeu., 04 juil. 2024"). Keyed by the whole word or its
 * usual abbreviation, lower case, without a trailing dot, as monthKey spells it; the Levant's two-word months are made one
 * by withArabicWords (ARABIC_TWO_WORD) first. Every language's row is read, Slovak's and Peru's "setiembre" too: no name of
 * theirs is another month's in any row ("marca", "septembra", "novembra" and "decembra" are Polish's or Serbian's same month).
 */
const LOCAL_MONTHS: Record<string, number> = Object.fromEntries(
  (Object.keys(MONTH_NAMES) as MonthLanguage[])
    .flatMap((language) => monthNames(language))
    .filter(([name]) => !name.includes(' '))
    .map(([name, month]) => [monthKey(name), month]),
);

/**
 * A month name as LOCAL_MONTHS keys it. Arabic script is written with and without hamza seats, with Persian's or
 * Arabic's ya and kaf, and with vowel marks or a stretching tatweel: one spelling of each stands for all.
 */
function monthKey(name: string): string {
  if (!/[\u0600-\u06FF]/.test(name)) return name;
  return name.replace(/[أإآٱ]/g, 'ا').replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك').replace(/[\u064B-\u0652\u0640]/g, '');
}

/** Offsets in minutes of the zone names feeds use; wire feeds from India stamp IST. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  AST: -240, ADT: -180, NST: -210, NDT: -150, ART: -180, BRT: -180, COT: -300, PET: -300, VET: -240,
  IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, MEZ: 60, MESZ: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180, TRT: 180, IDT: 180,
  PKT: 300, SLST: 330, NPT: 345, BDT: 360, BTT: 360, MMT: 390, ICT: 420, WIB: 420, SGT: 480, HKT: 480, PHT: 480, MYT: 480, WITA: 480,
  AWST: 480, WIT: 540, JST: 540, KST: 540, MVT: 300, AFT: 270, IRST: 210,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, SAST: 120, CAT: 120, EAT: 180, WAT: 60, GST: 240,
  // British Summer Time, as English-language feeds mean it (Bangladesh's is REGIONAL_ZONES').
  BST: 60, IRDT: 270, AZT: 240, GET: 240, MUT: 240, SCT: 240, RET: 240, SAMT: 240,
  // Central Asia and Russia east of the Urals, named by their cities or countries.
  UZT: 300, TJT: 300, TMT: 300, YEKT: 300, ORAT: 300, AQTT: 300, TFT: 300, KGT: 360, OMST: 360, IOT: 360, NOVT: 420, KRAT: 420, HOVT: 420, CXT: 420,
  IRKT: 480, ULAT: 480, BNT: 480, PHST: 480, ACWST: 525, YAKT: 540, TLT: 540, PWT: 540, VLAT: 600, CHST: 600, PGT: 600, CHUT: 600, LHST: 630,
  MAGT: 660, SAKT: 660, SBT: 660, NCT: 660, VUT: 660, PONT: 660, KOST: 660, NFT: 660, PETT: 720, FJT: 720, MHT: 720, GILT: 720, TVT: 720, NRT: 720, WAKT: 720,
  CHAST: 765, CHADT: 825, TOT: 780, PHOT: 780, LINT: 840,
  // The Americas and the Atlantic beyond the US zones.
  HDT: -540, NUT: -660, CKT: -600, TAHT: -600, MART: -570, GAMT: -540, GALT: -360, EAST: -360, BOT: -240, GYT: -240, CLT: -240, CLST: -180,
  UYT: -180, GFT: -180, SRT: -180, FKST: -180, PMST: -180, PMDT: -120, FNT: -120, CVT: -60, AZOT: -60, EGT: -60, AZOST: 0, EGST: 0,
  // German's names for Western and Eastern European time, standard and summer (as MEZ and MESZ are Central European).
  WEZ: 0, WESZ: 60, OEZ: 120, OESZ: 180,
  // Canadian French's (Radio-Canada, La Presse): heure normale / avancée (daylight) de l'Est, du Centre, des Rocheuses, du
  // Pacifique, de l'Atlantique, de Terre-Neuve.
  HNE: -300, HAE: -240, HNC: -360, HAC: -300, HNR: -420, HAR: -360, HNP: -480, HAP: -420, HNA: -240, HAA: -180, HNT: -210, HAT: -150,
  // France's and Belgium's French (CLDR's): heure normale / avancée d'Europe de l'Ouest, centrale, de l'Est.
  HNEO: 0, HAEO: 60, HNEC: 60, HAEC: 120, HNEE: 120, HAEE: 180,
  // The forty-ninth round's: Russia's Kaliningrad and Volgograd (+03:00 since 2020) time, Mongolia's Choibalsan time, and the
  // summer names of clocks that have since dropped daylight time, as archives and old installs print them: Moscow's summer
  // (MSD, +04:00 until 2011) and Brasília's (BRST, −02:00 until 2019). AoE, "anywhere on Earth", is −12:00 (calls for papers).
  KALT: 120, VOLT: 180, CHOT: 480, MSD: 240, BRST: -120, AOE: -720,
  // The fiftieth round's: Belarus's and Kaliningrad's "further-eastern European time" (2011–2014, +03:00), the US's older
  // Hawaii-Aleutian names (HAST, HADT: Hawaii's clock, Adak's summer), Tokelau's and Wallis and Futuna's time, English's
  // name for Indonesia's WIT (Eastern Indonesia Time), and Russia's Srednekolymsk and Anadyr time.
  FET: 180, HAST: -600, HADT: -540, TKT: 780, WFT: 720, EIT: 540, SRET: 660, ANAT: 720,
};

/**
 * Names that mean another zone in another country: Pakistan Standard Time is PST, Bangladesh's BST,
 * Israel's IST, China's CST. The feed's country (see regionOf) decides; elsewhere ZONES' meaning stands.
 */
const REGIONAL_ZONES: Record<string, Record<string, number>> = {
  IST: { il: 120, ie: 60 },
  BST: { bd: 360 },
  PST: { pk: 300, ph: 480 },
  CST: { cn: 480, tw: 480, mo: 480, cu: -300, au: 570 },
  // Arabia Standard Time, which Gulf feeds write whatever their own clock (the Emirates' and Oman's keep +04:00, GST).
  AST: { sa: 180, kw: 180, qa: 180, bh: 180, iq: 180, ye: 180, ae: 180, om: 180 },
  MST: { my: 480 },
  // Singapore Standard Time, as the Straits Times prints it; elsewhere SST is Samoa's (or no zone), and names none.
  SST: { sg: 480, as: -660, um: -660 },
  // Australia's eastern and central zones as the tz database named them until 2014 (EST, EDT, CST, CDT), which Java and
  // PHP installs of that age still print in Australian feeds: Sydney's 14:05 EST is 04:05 UTC, not 19:05.
  EST: { au: 600 },
  EDT: { au: 660 },
  CDT: { au: 630 },
  // Nepal Standard Time, as Nepali sites write it beside NPT; elsewhere Newfoundland's.
  NST: { np: 345 },
  // Armenia Time in a feed of Armenia's, Amazon Time in Brazil's; elsewhere no zone it can be sure of.
  AMT: { am: 240, br: -240 },
  // Ecuador Time in a feed of Ecuador's (elsewhere it may be Eastern Caribbean's), Australia's Western Standard Time in
  // Australia's (elsewhere Samoa's old WST, or none).
  ECT: { ec: -300 },
  WST: { au: 480 },
  // The fiftieth round's: Western Australia's summer time (+09:00, its trial of 2006–2009) in Australia's feeds and Namibia's
  // (+02:00 until 2017) in Namibia's, where WAST meant each; Acre Time (−05:00) in Brazil's, where ACT is no Australian name.
  // Elsewhere none names a zone it can be sure of.
  WAST: { au: 540, na: 120 },
  ACT: { br: -300 },
};

/**
 * Zones written out in full, as Windows, .NET and JavaScript's toString name them ("India Standard Time",
 * "Eastern Daylight Time"): each its offset, never its abbreviation, which a feed's country could read otherwise
 * ("Pacific Standard Time" is not Pakistan's PST). "Eastern Time" says neither standard nor daylight: ET.
 */
const LONG_ZONES: Record<string, string> = {
  'coordinated universal time': '+0000', 'universal time': '+0000', 'greenwich mean time': '+0000', 'western european time': '+0000',
  'eastern standard time': '-0500', 'eastern daylight time': '-0400', 'central standard time': '-0600', 'central daylight time': '-0500',
  'mountain standard time': '-0700', 'mountain daylight time': '-0600', 'pacific standard time': '-0800', 'pacific daylight time': '-0700',
  'alaska standard time': '-0900', 'alaska daylight time': '-0800', 'hawaii standard time': '-1000', 'hawaii-aleutian standard time': '-1000',
  'atlantic standard time': '-0400', 'atlantic daylight time': '-0300', 'newfoundland standard time': '-0330',
  'eastern time': 'ET', 'central time': 'CT', 'mountain time': 'MT', 'pacific time': 'PT',
  'british summer time': '+0100', 'irish standard time': '+0100', 'western european summer time': '+0100',
  'central european time': '+0100', 'central european standard time': '+0100', 'w. europe standard time': '+0100', 'central european summer time': '+0200',
  'eastern european time': '+0200', 'eastern european standard time': '+0200', 'eastern european summer time': '+0300',
  'moscow standard time': '+0300', 'israel standard time': '+0200', 'israel daylight time': '+0300', 'arabia standard time': '+0300', 'arab standard time': '+0300',
  'arabian standard time': '+0400', 'gulf standard time': '+0400', 'iran standard time': '+0330', 'afghanistan time': '+0430',
  'pakistan standard time': '+0500', 'pakistan time': '+0500', 'maldives time': '+0500', 'india standard time': '+0530', 'indian standard time': '+0530',
  'sri lanka standard time': '+0530', 'nepal time': '+0545', 'nepal standard time': '+0545', 'bangladesh standard time': '+0600', 'bangladesh time': '+0600',
  'bhutan time': '+0600', 'myanmar time': '+0630', 'myanmar standard time': '+0630', 'indochina time': '+0700', 'se asia standard time': '+0700', 'western indonesia time': '+0700',
  'china standard time': '+0800', 'singapore standard time': '+0800', 'singapore time': '+0800', 'malaysia time': '+0800', 'philippine standard time': '+0800',
  'philippine time': '+0800', 'hong kong time': '+0800', 'taipei standard time': '+0800', 'australian western standard time': '+0800',
  'japan standard time': '+0900', 'tokyo standard time': '+0900', 'korea standard time': '+0900', 'korean standard time': '+0900',
  'australian central standard time': '+0930', 'australian eastern standard time': '+1000', 'aus eastern standard time': '+1000', 'australian eastern daylight time': '+1100',
  'new zealand standard time': '+1200', 'new zealand daylight time': '+1300',
  'south africa standard time': '+0200', 'central africa time': '+0200', 'east africa time': '+0300', 'west africa time': '+0100', 'west africa standard time': '+0100',
};
// Longest first: "Australian Eastern Standard Time" before "Eastern Standard Time". The name may stand in brackets (toString's comment).
const LONG_ZONE = new RegExp(String.raw`(\s*)(\(?)(${Object.keys(LONG_ZONES).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.-]/g, '\\$&')).join('|')})\)?$`, 'i');
const ENDS_IN_OFFSET = /(?:[+-]\d{1,2}:?\d{2}|\b(?![AP]M$)[A-Z]{2,5})$/;
/** A zone name (not AM/PM, not GMT before an offset) ending the text, with the space before it. */
const ENDS_IN_NAME = /\s*\b(?![AP]M$)[A-Z]{2,5}$/;

/** Zone names that may stand before the offset they mean (NAME_THEN_OFFSET); GMT, UTC and UT prefix an offset as they are. */
const OFFSET_NAMES = new Set([...Object.keys(ZONES), ...Object.keys(REGIONAL_ZONES), 'ET', 'CT', 'MT', 'PT'].filter((name) => !['GMT', 'UTC', 'UT', 'Z'].includes(name)));

const REGIONAL_COUNTRIES = new Set(Object.values(REGIONAL_ZONES).flatMap((byCountry) => Object.keys(byCountry)));

/** US zones written without saying standard or daylight ("2:05 PM ET"): their standard offsets; daylight time adds an hour. */
const US_GENERIC: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

// An offset may be written "+0530", "+05:30", "+530" or after a zone name ("GMT+5:30", as PHP and some Indian CMSs write it).
// A dotted one ("GMT+5.30") is an offset too: V8 dropped it and read the time as GMT.
const ZONE = String.raw`((?:GMT|UTC|UT)?[+-]\d{1,2}(?:[:.]?\d{2})?|[A-Za-z]{1,5})`;
// Between the date and the time: spaces or a comma, and in Drupal's and others' templates " - ", " | " or "at".
// In German, French, Portuguese, Spanish, Italian and Dutch feeds the word is theirs: "um", "à", "às", "a las", "alle", "om";
// in Finnish and the Scandinavian languages "klo" and "kl." ("26.11.2026 klo 14.05"). After a bar Indian templates say whose time
// it is: "Nov 27, 2026 | Updated 10:05 IST" (the day's only time; without it the story had no date).
const DATE_TIME = String.raw`(?:[\s,]+(?:(?:at|um|à|às|a las|alle|om|klo|kl\.?|в|о|o|v)\s+|[-|@·•/]\s+(?:(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?: at| on)?:?\s+)?)?|T)`;
// "PM", "pm", and AP style's "p.m." (US newsrooms write "Feb. 10, 2026, 3:04 p.m.").
// Not the start of a zone's name: "10:05 AMT" (Armenia Time) was 10:05 AM and the military letter T, read as UTC.
const AM_PM = String.raw`(?:([AaPp]\.?[Mm]\.?)(?![A-Za-z]))`;
// "Fri, 27 Feb 2026 19:29:00 +0530", "03 Apr 02 1500 GMT"
// German and French write the day as an ordinal with a dot: "Donnerstag, 26. November 2026", "Lundi, 16. Novembre 2020".
// SQL Server's styles 113 and 109 (ASP.NET sites print a column so) put milliseconds after a colon: "27 Nov 2026 10:05:00:000",
// "Nov 27 2026 10:05:00:000AM"; read by V8 instead, they lost the feed's country clock.
const DAY_MONTH = new RegExp(String.raw`^(?:[\p{L}\p{M}]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th|\.)?,?[\s-]+([\p{L}\p{M}]{2,12})\.?[\s,-]+(\d{2,4})(?:${DATE_TIME}(\d{1,2})[:.]?(\d{2})(?::?(\d{2}))?(?:\.\d+|:\d{3})?\s*${AM_PM}?)?\s*${ZONE}?$`, 'u');
// "Sat, Dec 16 2023 02:02:33 PM", "December 16, 2023 2:02 pm EST"
// The weekday must end in a comma or space: "November" is not the weekday "Novem" before the month "ber".
// Hindi and other scripts put the month first too ("नवंबर 26, 2026"); the month's name decides (build).
const MONTH_DAY = new RegExp(String.raw`^(?:[\p{L}\p{M}]+\.?(?:,\s*|\s+))?([\p{L}\p{M}]{2,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:${DATE_TIME}(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?::\d{3})?\s*${AM_PM}?)?\s*${ZONE}?$`, 'u');
// "05.03.2024 14:22", "5.3.2024": dots are day-first wherever they are written (de, ru, pl, tr …).
// Drupal's German medium date puts the weekday first and a dash before the time: "Do., 26.11.2026 - 14:05".
// Two-digit years too, as slashed and dashed dates have them ("30.10.23", "10/30/23 21:55:58").
// Czech, Slovak and Croatian put a space after each dot, Serbian and Croatian a dot after the year too: "26. 11. 2026.".
// Finnish and Danish write the time with a dot too: "26.11.2026 klo 14.05".
// South Asian CMSs print a twelve-hour clock after one, as after a slashed date: "27.11.2026 10:05 PM", "27.11.2026 | 10:05 AM IST".
const DOTTED = new RegExp(String.raw`^(?:\p{L}{2,12}\.?,?\s+)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\.?(?:${DATE_TIME}(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*${AM_PM}?)?\s*${ZONE}?$`, 'u');
// "26/11/2026 10:00", "26-11-2026": numeric dates with slashes or dashes (see numeric()).
// Drupal's default medium date puts the weekday first: "Tue, 02/10/2026 - 15:04".
// A weekday of two words in Vietnamese: "Thứ năm, 26/11/2026 14:05".
const NUMERIC = new RegExp(String.raw`^(?:[\p{L}\p{M}]{2,12}(?:\s[\p{L}\p{M}]{2,5})?\.?,?\s+)?(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?:${DATE_TIME}(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${AM_PM}?)?\s*${ZONE}?$`, 'u');
// Java's Date#toString, which Java-built feeds print as pubDate: "Thu Nov 26 10:00:00 IST 2026". A JVM whose zone has no short
// name prints its offset after GMT ("Fri Nov 27 10:05:00 GMT+05:30 2026": V8 read GMT and dropped the offset, five and a half
// hours out), and C's asctime and ctime none ("Fri Nov 27 10:05:00 2026", read as UTC whatever the feed's country; the
// fifty-second round's).
const JAVA = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) (?:([A-Za-z]{1,5}|(?:GMT|UTC)?[+-]\d{2}:?\d{2}) )?(\d{4})$/;
// ISO 8601 / RFC 3339 (its decimal comma too: "14:05:00,5+01:00", as European systems write it), with a zone name where the offset goes ("2026-11-26T10:00:00 IST") and RFC 9557's "[Asia/Kolkata]" after the offset.
// ISO 8601's basic format, as iCalendar and some APIs write it: "20261126T140500Z", "20261126T1405+0530", and the
// basic time after an extended date some exporters mix it with ("2026-11-26T140500Z").
const COMPACT_ISO = /^(\d{4})(-?)(\d{2})\2(\d{2})T(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// The same without its T, as Java's SimpleDateFormat("yyyyMMddHHmmss") and Korean and Chinese CMSs print a stamp: "20261127100500".
const DIGITS_ONLY = /^((?:19|20)\d\d)()(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
// Month, day and hour without their leading zero ("2026-1-6T9:05:00Z") are PHP date('Y-n-j G:i') templates' slip.
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:${DATE_TIME}(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|(?:GMT|UTC)?[+-]\d{1,2}(?:[:.]?\d{2})?|[A-Za-z]{2,5})?(?:\[[\w/+-]+\])?$`, 'i');

// The time first, as CNN and others print it: "2:05 PM ET, Thu November 26, 2026", "14:05 IST, 26 Nov 2026".
const TIME_FIRST = /^(\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Za-z]{1,5})?),?\s+(.*\d{4})$/;
// A zone name or offset in brackets after the time: "2:05 PM (IST)", "(GMT+05:30)". (A long name in brackets is
// Date#toString's comment: see fallback.)
const BRACKETED_ZONE = /\s*\(([A-Za-z]{2,5}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?)\)$/;
// The time itself in brackets after the date, as Indian sites print it: "27 November 2026 (10:05 IST)". V8 read a bracket as a comment: midnight.
const BRACKETED_TIME = /\s*\((\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Za-z]{2,5}|[+-]\d{1,2}:?\d{2}))?)\)$/;
// "GMT" after an offset names what the offset is from ("+05:30 GMT"): V8 read the name and dropped the offset.
const OFFSET_FROM_GMT = /([+-]\d{1,2}:?\d{2})\s*(?:GMT|UTC|UT)$/i;
// Who posted it, after the time: "26 NOV 2026 6:13PM by PIB Delhi" (India's Press Information Bureau).
const SIGNED_AFTER = /(?<=\d|[AaPp]\.?[Mm]\.?|\b[A-Z]{1,5})\s+by\s+\p{L}.*$/u;
// Indian newsrooms write "14:05 hrs IST", "1405 hrs".
// Argentina's and Uruguay's "hs" too ("27 de noviembre de 2026 10:05 hs").
const HOURS = /(\d)\s*(?:hrs?|hs|hours)\.?(?=[\s,]|$)/i;
/** India's and Pakistan's "hrs" after the zone ("10:05 IST hrs") and a four-digit time before the date ("1005 hrs IST, 27 Nov 2026"). */
const HOURS_AFTER_ZONE = /(?<=\d\s?[A-Z]{2,5})\s+hrs\.?$/;
const FOUR_DIGIT_HOURS_FIRST = /^([01]\d|2[0-3])([0-5]\d)\s*hrs?\.?(?=[\s,])/i;
// A zone name with the offset it stands for: "14:05:00 IST+0530", "IST +05:30". The offset says it exactly (and
// cannot mean another country's zone); with both, no reading matched. GMT/UTC before an offset are read as they are.
const NAME_THEN_OFFSET = /\s*\b([A-Za-z]{2,5})\s?([+-]\d{1,2}(?::?\d{2})?)$/;
// A stray "Z" after an offset, as some CMSs' templates append it ("2026-11-26T14:05:00-05:00Z"): the offset is the zone.
const OFFSET_THEN_Z = /([+-]\d{1,2}(?::?\d{2})?)\s?Z$/i;
// The zone said twice, as templates that append one to a date that had it write: "…14:05:00ZZ", "… 14:05:00 GMT GMT".
const ZONE_TWICE = /(?<=\d)(?:\s?Z){2,}$|(?<=\d\s?)([A-Za-z]{2,5})\s+\1$/i;
// Chinese, Japanese and Korean dates: "2026年11月26日 14:05", "2026年11月26日(木) 14時05分", "2026년 11월 26일 14:05".
const CJK = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[(（][^()（）\d]{1,3}[)）])?(?:\s*(\d{1,2})\s*[:時时시]\s*(\d{1,2})\s*[分분]?(?:\s*:?\s*(\d{1,2})\s*[秒초]?)?)?\s*(Z|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{2,5})?$/;

/** A template's words before its stamp: "Last Updated : 27 Nov 2026 | 10:05 AM IST", "Published on 27/11/2026". */
const ORDINAL_DAY = /(?<![\d:.])([1-9]|[12]\d|3[01])(?:\.?[º°ª]|(?<=(?<!\d)1)(?:er|re))(?=\s)/u;
const DECIMAL_OFFSET = /(GMT|UTC)\s?([+-])(\d{1,2})\.(5|75)$/i;
// The fifty-second round's: "First Published:", "Last Modified:", "Modified:", "Created:" and "Date:" / "Dated" as well (each
// was no date).
const STAMP_WORDS = /^(?:(?:(?:last|first)\s+)?(?:updated|published|posted|modified|created)\b(?:\s+(?:on|at))?\s*:?|date(?:\s*:|d\b))\s*/i;
/**
 * A template's "Updated"/"Published" before the date in the languages CMSs localise it to: "Aktualisiert am 27.11.2026, 10:05
 * Uhr", "Bijgewerkt op 27 november 2026 10:05", "Обновлено 27.11.2026 10:05", "Opublikowano: 27.11.2026", "Güncelleme:
 * 27.11.2026 10:05", "Diperbarui 27 November 2026", "Päivitetty 27.11.2026 klo 10.05" (English's is STAMP_WORDS).
 */
const LOCAL_STAMP_WORDS =
  /^(?:zuletzt\s+)?(?:aktualisiert|veröffentlicht|erstellt|geändert)(?:\s+am)?|^(?:bijgewerkt|gepubliceerd|geplaatst)(?:\s+op)?|^(?:обновлено|опубликовано|оновлено|опубліковано)|^(?:opublikowano|zaktualizowano|aktualizacja)|^(?:güncelleme|güncellenme|yayınlanma|yayın)(?:\s+tarihi)?|^(?:diperbarui|diterbitkan|dipublikasikan)(?:\s+pada)?|^(?:päivitetty|julkaistu)|^(?:uppdaterad|publicerad|oppdatert|publisert|opdateret|publiceret)|^(?:aggiornato|pubblicato)(?:\s+il)?|^(?:actualizado|publicado)(?:\s+el)?|^(?:atualizado|publicado)(?:\s+em)?|^(?:mis à jour|publié)(?:\s+le)?/iu;
const AFTER_STAMP_WORD = /^\s*:?\s*/;
/** Urdu's mark of the Common Era after the year ("27 نومبر 2026ء"). */
const URDU_YEAR_MARK = /(?<=\d{4})\s?ء/gu;
/** A Tibetan date as Tibet's and Bhutan's sites write it, year, month and day marked ("2026ལོའི་ཟླ་11ཚེས་27"). */
const TIBETAN_DATE = /^(\d{4})\s*ལོ(?:འི)?་?\s*ཟླ(?:་བ)?་?\s*(\d{1,2})\s*(?:པའི་)?\s*ཚེས་?\s*(\d{1,2})(?:\s*ཉིན)?[་།]*/u;
/** Basque's year first, its month in the genitive and the day's article ("2026ko azaroaren 27a", "2026ko azaroaren 27an"). */
// CLDR's pattern prints its optional letters in brackets, and CMSs print the pattern as it is: "2026(e)ko azaroaren 27(a)".
const BASQUE_DATE = /^(\d{4})(?:\(e\)|e)?ko\s+(\p{L}+\.?)\s+(\d{1,2})(?:a|an|ean|\(a\))?(?![\p{L}(])/u;
/** Maltese's "ta'" (of) between the day and the month ("27 ta' Novembru 2026"), and Catalan's "d'" ("27 d'octubre de 2026"). */
const OF_BEFORE_MONTH = /(?<=\d)\s+(?:ta['’]|d['’])\s*(?=\p{L})/u;
/** Irish's September and October, two words ("Meán Fómhair", "Deireadh Fómhair"). */
const IRISH_TWO_WORD_MONTH = /\b(Meán|Deireadh)\s+Fómhair\b/iu;
/**
 * Swahili's clock, counted from six ("saa 4:05 asubuhi", four hours and five minutes after six in the morning: 10:05), with
 * its part of the day after the time, as East African feeds write it: asubuhi (morning), alfajiri (dawn), mchana (daytime),
 * jioni (evening), usiku (night). The part says which clock the hour keeps; a bare "saa 4:05" does not, and stays unread,
 * but an hour past twelve ("saa 16:05") is the Western clock's.
 */
const SWAHILI_TIME = /\bsaa\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s+(?:za\s+|ya\s+)?(asubuhi|alfajiri|mchana|jioni|usiku))?(?!\p{L})/iu;

/**
 * A field's Swahili time on the Western clock ("saa 4:05 asubuhi" → "10:05"), or null when it has none it can read. The night's
 * hours after midnight ("saa 7 usiku", 01:00) are marked: the night of the day written, or of the day after, the field does not say.
 */
export function withSwahiliTime(s: string): { text: string; afterMidnight: boolean } | null {
  const m = SWAHILI_TIME.exec(s);
  if (!m) return null;
  const [all, written, minutes = '00', part] = m;
  const h = Number(written);
  let hour: number | null;
  if (!part) hour = h > 12 && h < 24 ? h : null;
  else if (h < 1 || h > 12) hour = null;
  else {
    const w = (h + 6) % 12;
    const p = part.toLowerCase();
    if (p === 'asubuhi') hour = w >= 4 ? w : null;
    else if (p === 'alfajiri') hour = w >= 3 && w <= 6 ? w : null;
    else if (p === 'mchana') hour = w >= 10 ? w : w <= 4 ? w + 12 : null;
    else if (p === 'jioni') hour = w >= 3 && w <= 8 ? w + 12 : null;
    else hour = w >= 7 ? w + 12 : w <= 5 ? w : null;
  }
  if (hour === null || Number(minutes) > 59) return null;
  const afterMidnight = part?.toLowerCase() === 'usiku' && hour < 6;
  return { text: s.replace(all, `${String(hour).padStart(2, '0')}:${minutes}`), afterMidnight };
}

/** A bare Swahili hour up to twelve, no part of the day after it ("27 Novemba 2026 saa 4:05"). */
const BARE_SWAHILI_HOUR = /\bsaa\s+(?:[1-9]|1[0-2]|0\d)(?:[:.]\d{2})?(?![\d:.])(?!\s+(?:za\s+|ya\s+)?(?:asubuhi|alfajiri|mchana|jioni|usiku)(?!\p{L}))/iu;

/**
 * What a date printed by Intl or a word processor carries that is no part of it: Arabic's right-to-left marks between the
 * numbers ("27‏/11‏/2026", as JavaScript CMSs print ar dates), other bidi controls and a minus sign for the offset's hyphen
 * ("UTC−05:00"). Each made the field no date.
 */
const PRINTED_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2212]/;
function withoutPrintedMarks(s: string): string {
  return s.replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '').replace(/\u2212/g, '-').trim();
}

/** A date in eight digits, year, month and day ("20261127", as sitemaps and some exporters print it). */
const DATE_DIGITS = /^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** A web server's log date, as some scraped feeds copy it: "27/Nov/2026:10:05:00 +0000". */
const LOG_DATE = /^(\d{1,2})\/(\p{L}{3})\/(\d{4}):(\d{2}:\d{2}(?::\d{2})?)/u;
/** Oracle's TIMESTAMP as its default format prints it ("27-NOV-26 10.05.00.000000 AM"): the time's dots and fraction. */
const ORACLE_TIME = /(\d{1,2})\.(\d{2})\.(\d{2})[.,]\d{1,9}\s*([AaPp][Mm])(?![A-Za-z])/;

/**
 * Yoruba's months (Oṣù Bélú, November; "27 Oṣù Bélú 2026", as CLDR's Yoruba and Nigerian outlets write them, their tone marks
 * and dots below written or not) and Māori's own (Whiringa-ā-rangi, November; "27 Whiringa-ā-rangi 2026", hyphens and macrons
 * written or not), read without their marks: the month's English name. Only beside a day and a year; each was no date.
 */
const OWN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    'sere erele erena igbe ebibi okudu agemo ogun owewe owara belu ope',
    'kohitatea huitanguru poututerangi paengawhawha haratua pipiri hongongoi hereturikoka mahuru whiringaanuku whiringaarangi hakihea',
  ].flatMap((row) => row.split(' ').map((name, month): [string, number] => [name, month])),
);
const OWN_MONTH_HINT = /(?:O[sṣ][uù]\s|[ẹọṣẸỌṢ]|-[āa]-|tātea|tatea|tanguru|rangi|whāwhā|whawha|haratua|pipiri|ngongoi|kōkā|koka|mahuru|hakihea|B[ée]l[úu]|Ok[úu]du|Ag[ẹe]m[ọo])/iu;
const OWN_MONTH_DATE = /(?<!\p{L})(?:(\d{1,2})\s+(?:osu\s+)?([a-z]+(?:[-\s][a-z]+){0,3})|(?:osu\s+)?([a-z]+(?:[-\s][a-z]+){0,3})\s+(\d{1,2}),?)\s+(\d{4})(?!\d)/iu;

function withOwnMonthNames(s: string): string {
  const bare = s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const m = OWN_MONTH_DATE.exec(bare);
  const name = m && (m[2] ?? m[3])!.toLowerCase().replace(/[-\s]/g, '');
  const month = name === null ? undefined : OWN_MONTHS[name];
  if (!m || month === undefined) return s;
  // A Yoruba weekday before it ("Ọjọ́ Ẹtì, 27 Oṣù Bélú 2026": Ọjọ́, day, and its name) goes with the rest of the words.
  return `${m[1] ?? m[4]} ${GREGORIAN_MONTHS[month]} ${m[5]}${bare.slice(m.index + m[0].length)}`;
}

/**
 * Eritrea keeps the Gregorian calendar under the Ge'ez months' Tigrinya names (ሕዳር, November: "ሕዳር 27, 2026"), which Ethiopia's
 * calendar reads as its own (Hedar 2026 of its era, December 2033, clamped to the fetch time): in a feed of Eritrea's, the
 * Gregorian months.
 */
const ERITREAN_MONTHS: Record<string, number> = Object.fromEntries(
  'ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት|ጉንበት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ'.split(' ').flatMap((names, month) => names.split('|').map((name): [string, number] => [name, month])),
);
const ERITREAN_MONTH = new RegExp(`(?<![\\u1200-\\u137F])(${Object.keys(ERITREAN_MONTHS).join('|')})(?![\\u1200-\\u137F])`, 'u');
function withEritreanMonths(s: string): string {
  return s.replace(ERITREAN_MONTH, (name) => GREGORIAN_MONTHS[ERITREAN_MONTHS[name]!]!);
}

/**
 * The forty-ninth round's. Go's `time.Time#String` after a clock reading was taken keeps the monotonic reading after the zone
 * ("2026-11-27 10:05:00.123456789 +0530 IST m=+0.000000001"), as Hugo's and other Go exporters' feeds print it: it is no part
 * of the date.
 */
const GO_MONOTONIC = /\s+m=[+-]\d+\.\d+$/;
/** A template's zone never filled in ("10:05:00 %z", "{timezone}", "${tz}"): the date is read without it, as a zoneless one. */
const ZONE_PLACEHOLDER = /(?<=\d)\s*(?:%:?[zZ]|\{\{?\s*(?:time_?zone|tz|zone)\s*\}\}?|\$\{?(?:tz|timezone)\}?)$/i;
/** Sorani's two-word months ("تشرینی دووەم", November), made one word as its row in months.ts spells them. */
const SORANI_TWO_WORD_MONTH = /(کانوونی|تشرینی)\s+(دووەم|یەکەم)/gu;
/**
 * North Korea's Juche year (1912 its first): "주체115(2026)년 11월 27일" writes the Gregorian year beside it, KCNA's
 * "주체115년 11월 27일" not. The date is then Korean's, on Pyongyang's clock where nothing else says which.
 */
const JUCHE_YEAR = /주체\s*(\d{1,3})\s*(?:[(（]\s*(\d{4})\s*[)）])?\s*년/u;
/** A date in Chinese numerals, as China's government documents and some of its press write it ("二〇二六年十一月二十七日"). */
const CHINESE_NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/u;
const CHINESE_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function chineseNumber(n: string): number {
  const ten = n.indexOf('十');
  if (ten < 0) return CHINESE_DIGITS[n] ?? NaN;
  return (ten === 0 ? 1 : (CHINESE_DIGITS[n.slice(0, ten)] ?? NaN)) * 10 + (ten === n.length - 1 ? 0 : (CHINESE_DIGITS[n.slice(ten + 1)] ?? NaN));
}
function withChineseNumerals(s: string): string {
  return s.replace(CHINESE_NUMERAL_DATE, (all, year: string, month: string, day: string) => {
    const y = [...year].map((d) => CHINESE_DIGITS[d]).join('');
    const m = chineseNumber(month);
    const d = chineseNumber(day);
    return Number.isNaN(m) || Number.isNaN(d) ? all : `${y}年${m}月${d}日`;
  });
}
/**
 * A month in Roman numerals between the day and the year, as Polish, Romanian, Hungarian, Czech and Russian offices and papers
 * write it ("27 XI 2026", "27.XI.2026", "27-XI-2026 10:05"); only the twelve, in capitals.
 */
const ROMAN_MONTH = /^(\d{1,2})(\.\s?|\s|-|\/)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\2|\.?\s)(\d{4})(?!\d)/;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/**
 * India's national (Saka) calendar, which the Press Information Bureau's and the Gazette's releases print beside or in place of
 * the Gregorian date ("6 अग्रहायण 1948", "अग्रहायण 6, 1948 शक", "Agrahayana 6, 1948 Saka"): its year begins on 22 March (21 March
 * in a Gregorian leap year), 78 years behind; Chaitra has 30 days (31 in that leap year), the next five months 31, the rest 30.
 */
const SAKA_MONTHS: Record<string, number> = Object.fromEntries(
  ['चैत्र|chaitra|caitra', 'वैशाख|vaisakha|vaishakha', 'ज्येष्ठ|jyaistha|jyeshtha', 'आषाढ़|आषाढ|asadha|ashadha', 'श्रावण|sravana|shravana', 'भाद्र|भाद्रपद|bhadra', 'आश्विन|asvina|ashwin|ashvin', 'कार्तिक|kartika', 'अग्रहायण|मार्गशीर्ष|agrahayana', 'पौष|pausa|pausha', 'माघ|magha', 'फाल्गुन|phalguna']
    .flatMap((names, month) => names.split('|').map((name): [string, number] => [name, month])),
);
const SAKA_MONTH = `(${Object.keys(SAKA_MONTHS).join('|')})`;
const SAKA_DATE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(\d{1,2})\s+${SAKA_MONTH}|${SAKA_MONTH}\s+(\d{1,2}),?)\s+(19\d\d)(?!\d)(?:\s*(?:शक|saka|śaka)(?![\p{L}\p{M}]))?`, 'iu');
function gregorianOfSaka(year: number, month: number, day: number): Date | null {
  const gregorian = year + 78;
  const leap = daysIn(gregorian, 1) === 29;
  const lengths = [leap ? 31 : 30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30];
  if (day < 1 || day > lengths[month]!) return null;
  const before = lengths.slice(0, month).reduce((a, b) => a + b, 0);
  return new Date(Date.UTC(gregorian, 2, leap ? 21 : 22) + (before + day - 1) * DAY_MS);
}
function withSakaAsGregorian(s: string): string {
  return s.replace(SAKA_DATE, (all, d1: string | undefined, m1: string | undefined, m2: string | undefined, d2: string | undefined, year: string) => {
    const day = gregorianOfSaka(Number(year), SAKA_MONTHS[(m1 ?? m2)!.toLowerCase()]!, Number(d1 ?? d2));
    return day ? gregorianText(day) : all;
  });
}
/**
 * Windows' zone display names after the time, as .NET sites print a stored zone ("27/11/2026 10:05 (UTC+05:30) Chennai, Kolkata,
 * Mumbai, New Delhi"): the zone of the first city named, which keeps daylight time where it does (the bracket says the
 * standard offset only), else the bracket's offset.
 */
const WINDOWS_ZONE = /\s*\(UTC([+-]\d{2}:\d{2})?\)\s+(\p{L}[\p{L}\p{M} ,.&'’()-]*)$/u;
const WINDOWS_CITIES: Record<string, string> = {
  chennai: 'Asia/Kolkata', amsterdam: 'Europe/Amsterdam', belgrade: 'Europe/Belgrade', brussels: 'Europe/Brussels', sarajevo: 'Europe/Sarajevo',
  dublin: 'Europe/London', athens: 'Europe/Athens', helsinki: 'Europe/Helsinki', jerusalem: 'Asia/Jerusalem', cairo: 'Africa/Cairo', moscow: 'Europe/Moscow',
  'abu dhabi': 'Asia/Dubai', kuwait: 'Asia/Riyadh', islamabad: 'Asia/Karachi', kathmandu: 'Asia/Kathmandu', dhaka: 'Asia/Dhaka', bangkok: 'Asia/Bangkok',
  beijing: 'Asia/Shanghai', 'kuala lumpur': 'Asia/Kuala_Lumpur', osaka: 'Asia/Tokyo', seoul: 'Asia/Seoul', canberra: 'Australia/Sydney', brisbane: 'Australia/Brisbane',
  adelaide: 'Australia/Adelaide', perth: 'Australia/Perth', auckland: 'Pacific/Auckland', nairobi: 'Africa/Nairobi', harare: 'Africa/Johannesburg',
  'eastern time': 'America/New_York', 'central time': 'America/Chicago', 'mountain time': 'America/Denver', 'pacific time': 'America/Los_Angeles',
  'sri jayawardenepura': 'Asia/Colombo', tehran: 'Asia/Tehran', istanbul: 'Europe/Istanbul', baghdad: 'Asia/Baghdad', brasilia: 'America/Sao_Paulo',
  bogota: 'America/Bogota', guadalajara: 'America/Mexico_City', 'coordinated universal time': 'Etc/UTC',
};
function withWindowsZone(s: string): string {
  return s.replace(WINDOWS_ZONE, (all, offset: string | undefined, names: string) => {
    const city = Object.keys(WINDOWS_CITIES).find((name) => names.toLowerCase().startsWith(name));
    return city ? ` ${WINDOWS_CITIES[city]}` : offset ? ` UTC${offset}` : offset === undefined && /^(?:dublin|coordinated)/i.test(names) ? ' UTC' : all;
  });
}
/** A time with its zone and the same time in GMT beside it in brackets ("10:05 IST (04:35 GMT)", Reuters' "(0435 GMT)"): the first. */
const GMT_ECHO = /(\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}|(?:GMT|UTC)?[+-]\d{1,2}:?\d{2}))\s*\(\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\)$/;
/**
 * Clocks named rather than offsets: POSIX's zone strings ("EST5EDT", as C's TZ and old Unix tools print them), names whose offset
 * changed (Kazakhstan's ALMT and QYZT, +06:00 until March 2024, +05:00 since), generic names that say neither standard nor
 * daylight (CLDR's AET, AWT, NZT; the US's "Eastern", "Pacific"), and a city's or country's time as newsrooms write it ("Moscow
 * time", "heure de Paris", "horário de Brasília", "по московскому времени", "بتوقيت مكة المكرمة"): each its zone in the time-zone
 * database, read on the date's own offset there.
 */
const NAMED_CLOCKS: Record<string, string> = {
  EST5EDT: 'America/New_York', CST6CDT: 'America/Chicago', MST7MDT: 'America/Denver', PST8PDT: 'America/Los_Angeles', AKST9AKDT: 'America/Anchorage',
  AST4ADT: 'America/Halifax', 'NST3:30NDT': 'America/St_Johns', GMT0BST: 'Europe/London',
  'CET-1CEST': 'Europe/Paris', 'EET-2EEST': 'Europe/Helsinki', 'AEST-10AEDT': 'Australia/Sydney', 'NZST-12NZDT': 'Pacific/Auckland',
  ALMT: 'Asia/Almaty', QYZT: 'Asia/Qyzylorda', AET: 'Australia/Sydney', AWT: 'Australia/Perth', NZT: 'Pacific/Auckland',
  Eastern: 'America/New_York', Central: 'America/Chicago', Mountain: 'America/Denver', Pacific: 'America/Los_Angeles',
  // Paraguay's: −04:00 in winter until the country kept −03:00 all year from October 2024; read by the date, as ALMT is.
  PYT: 'America/Asuncion', PYST: 'America/Asuncion',
};
/**
 * The generic names as another country's feeds mean them: Australia's eastern, central and western clocks ("10:05am Eastern" in
 * an Australian feed is Sydney's, not New York's; its feeds name no mountain or Pacific clock, and those stay no date there), and
 * Canada's Atlantic and Newfoundland clocks beside the US names it shares.
 */
const REGIONAL_CLOCKS: Record<string, Record<string, string | readonly string[] | null>> = {
  au: { Eastern: 'Australia/Sydney', Central: 'Australia/Adelaide', Western: 'Australia/Perth', Mountain: null, Pacific: null },
  // The fifty-first round's: Canada's "Central" is Manitoba's clock and Saskatchewan's, which keeps −06:00 all year; nothing in a
  // feed says which province it is from (both write .ca, "en-CA", the one word), so it is read where the two agree (November to
  // March), and in Manitoba's daylight time, an hour apart, is no date.
  ca: { Atlantic: 'America/Halifax', Newfoundland: 'America/St_Johns', Central: ['America/Winnipeg', 'America/Regina'] },
};
const CLOCK_NAMES = [...new Set([...Object.keys(NAMED_CLOCKS), ...Object.values(REGIONAL_CLOCKS).flatMap((names) => Object.keys(names))])];
const CITY_CLOCKS: Record<string, string> = {
  'moscow time': 'Europe/Moscow', 'beijing time': 'Asia/Shanghai', 'paris time': 'Europe/Paris', 'london time': 'Europe/London', 'berlin time': 'Europe/Berlin',
  'kyiv time': 'Europe/Kyiv', 'kiev time': 'Europe/Kyiv', 'tehran time': 'Asia/Tehran', 'mecca time': 'Asia/Riyadh', 'makkah time': 'Asia/Riyadh',
  'arizona time': 'America/Phoenix', 'phoenix time': 'America/Phoenix', 'jerusalem time': 'Asia/Jerusalem', 'istanbul time': 'Europe/Istanbul', 'cairo time': 'Africa/Cairo', 'tokyo time': 'Asia/Tokyo', 'seoul time': 'Asia/Seoul',
  'taipei time': 'Asia/Taipei', 'new york time': 'America/New_York', 'brasilia time': 'America/Sao_Paulo', 'brasília time': 'America/Sao_Paulo',
  'heure de paris': 'Europe/Paris', 'horário de brasília': 'America/Sao_Paulo', 'horario de brasilia': 'America/Sao_Paulo', 'hora de brasília': 'America/Sao_Paulo',
  'hora peninsular': 'Europe/Madrid', 'hora de canarias': 'Atlantic/Canary', 'по московскому времени': 'Europe/Moscow', 'по киевскому времени': 'Europe/Kyiv',
  'за київським часом': 'Europe/Kyiv', 'بتوقيت مكة المكرمة': 'Asia/Riyadh', 'بتوقيت مكة': 'Asia/Riyadh', 'بتوقيت القدس': 'Asia/Jerusalem',
  'بتوقيت القاهرة': 'Africa/Cairo', 'بتوقيت غرينتش': 'Etc/UTC', 'به وقت تهران': 'Asia/Tehran',
};
const NAMED_CLOCK = new RegExp(String.raw`(?<=\d[:.h]\d\d(?::\d\d)?|\d\s?[AaPp]\.?[Mm]\.?)\s*,?\s*\(?(${CLOCK_NAMES.sort((a, b) => b.length - a.length).join('|')})\)?$`);
const CITY_CLOCK = new RegExp(String.raw`(?<=\d[:.h]\d\d(?::\d\d)?|\d\s?[AaPp]\.?[Mm]\.?)\s*,?\s*\(?(${Object.keys(CITY_CLOCKS).sort((a, b) => b.length - a.length).join('|')})\)?$`, 'iu');
/** "local time" (Ortszeit, heure locale) after the time says the feed's own clock: read as a zoneless time is. */
const LOCAL_TIME_WORDS = /(?<=\d[:.h]\d\d(?::\d\d)?|\d\s?[AaPp]\.?[Mm]\.?)\s*,?\s*\(?(?:local time|Ortszeit|heure locale|hora local|ora locale)\)?$/i;
function withNamedClock(s: string, region: string | null): string | null {
  const named = NAMED_CLOCK.exec(s) ?? CITY_CLOCK.exec(s);
  if (named) {
    const regional = region ? REGIONAL_CLOCKS[region]?.[named[1]!] : undefined;
    const zone = regional !== undefined ? regional : NAMED_CLOCKS[named[1]!] ?? CITY_CLOCKS[named[1]!.toLowerCase()];
    // A name the feed's country does not use (or another country's only: "Western" outside Australia) is no clock.
    if (!zone) return null;
    const before = s.slice(0, named.index);
    if (typeof zone === 'string') return `${before} ${zone}`;
    // A name two of the country's clocks share: read where they keep one offset that day, else no date.
    const [first, ...others] = zone.map((clock) => inIanaZone(before, clock, region));
    return first !== null && others.every((t) => t === first) ? `${before} ${zone[0]!}` : null;
  }
  return s.replace(LOCAL_TIME_WORDS, '');
}
/** A zone's name glued to AM/PM ("10:05PMEST") or to the offset it repeats ("+0530IST"). */
const ZONE_AFTER_AM_PM = /(?<=\d\s?)([AaPp][Mm])([A-Z]{2,5})$/;
const NAME_AFTER_OFFSET = /(?<=[+-]\d{2}:?\d{2})[A-Z]{2,5}$/;
/** An offset's half or quarter hours as a fraction ("UTC+5½"). */
const FRACTION_OFFSET = /([+-]\d{1,2})([½¼¾])$/;
/**
 * A time's offset with its sign lost ("10:05:00 0530"): RFC 822 wants one, but a form's or a URL's "+" is decoded as a space
 * (application/x-www-form-urlencoded), where a "-" is kept; four digits of a whole, half or quarter hour up to fourteen after a
 * date's time and year are that offset, east of Greenwich. The asctime form ("Fri Nov 27 10:05:00 2026") has no year before its time.
 */
const UNSIGNED_OFFSET = /(?<=(?:19|20)\d\d\D.*\d:\d\d(?::\d\d)?)\s((?:0\d|1[0-4])(?:00|15|30|45))$/;
/** A "T" parted from the date by a space in an RFC 822 date ("Fri, 27 Nov 2026 T10:05:00Z"). */
const SPACED_T = /(?<=\d{4})\sT(?=\d{1,2}:\d{2})/;

/**
 * The fiftieth round's. Two offsets after a time ("10:05:00 +0530 +0000", a template's fixed offset after the formatter's own):
 * the first, which the formatter wrote with the time (the forty-ninth round read the last, five and a half hours out).
 */
const TWO_OFFSETS = /(?<=\d:\d\d(?::\d\d)?)\s?([+-]\d{2}:?\d{2})\s+[+-]\d{2}:?\d{2}$/;
/** A day's ordinal with "of" before its month, as English prose writes it ("the 27th of November, 2026"). */
const ORDINAL_OF = /^(?:the\s+)?(\d{1,2}(?:st|nd|rd|th))\s+of\s+(?=\p{L})/iu;
/** A year cut to two digits after an apostrophe ("Nov 27 '26", "27 Nov '26 10:05"): this century's below 50, as fullYear reads. */
const APOSTROPHE_YEAR = /(?<=\p{L}\.?,?\s\d{1,2}(?:st|nd|rd|th)?,?\s|\d{1,2}\.?\s\p{L}{3,12}\.?,?\s)['’‘](\d\d)(?=$|[\s,])/u;
/** GNU date's seconds since the epoch after an at sign ("@1795768500", `date +@%s`). */
const AT_EPOCH = /^@(\d{9,10})$/;

/**
 * The fifty-first round's. Scottish Gaelic's date as CLDR writes it ("27mh dhen t-Samhain 2026": the day's "mh", "dhen", of the,
 * and the article's "t-" before a vowel or s), and cut short ("27mh Samh 2026"): the day and the month.
 */
const GAELIC_OF = /(?<=(?<!\d)\d{1,2})(?:mh)?\s+(?:dhen\s+(?:t-)?)?(?=\p{L})/u;
/** Kurmanji's ezafe after the day and its year's ending ("27ê mijdara 2026an"; the month's own ezafe is months.ts's row). */
const KURMANJI_EZAFE = /(?<=(?<!\d)\d{1,2})ê(\s+\p{L}+\s+\d{4})an(?!\p{L})/u;
/**
 * The Common Era's year (སྤྱི་ལོ་) before a Dzongkha or Tibetan date, as CLDR and Bhutan's sites write it ("སྤྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༢༧", a
 * weekday before it or not), its month a number or a word ("ཟླ་བཅུ་གཅིག་པ་", the eleventh; Tibetan's "ཟླ་བ་བཅུ་གཅིག་པའི་").
 */
const TIBETAN_MONTH_WORDS: Record<string, number> = {
  'བཅུ་གཅིག': 11, 'བཅུ་གཉིས': 12, 'བཅུ': 10, 'དངཔ': 1, 'དང་པོ': 1, 'གཅིག': 1, 'གཉིས': 2, 'གསུམ': 3, 'བཞི': 4, 'ལྔ': 5, 'དྲུག': 6, 'བདུན': 7, 'བརྒྱད': 8, 'དགུ': 9,
};
const TIBETAN_MONTH_WORD = new RegExp(`ཟླ་(?:བ་)?(${Object.keys(TIBETAN_MONTH_WORDS).join('|')})་?(?:པའི་|པ་|པ)`, 'u');
const COMMON_ERA_TIBETAN_DATE = /(?:^|[\s,])སྤྱི་ལོ་\s*(\d{4})\s*ཟླ་\s*(\d{1,2})\s*ཚེས་\s*(\d{1,2})(?!\d)/u;
/**
 * JavaScript's toISOString (always UTC: three digits of milliseconds and "Z") with an offset pasted after it
 * ("2026-11-27T10:05:00.000Z+05:30", a template adding the site's offset to a UTC stamp): the UTC time it prints.
 */
const ISO_STRING_THEN_OFFSET = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\s?[+-]\d\d:?\d\d$/;
/**
 * Four digits where a time's zone goes that are no offset (UNSIGNED_OFFSET's whole, half or quarter hours) and no year again
 * ("10:05:00 0517"): the zone is unknown, and the date none.
 */
/**
 * A weekday of two words, or a one-word one DAY_MONTH's single word before the day does not take, before a date as CLDR's full
 * dates write it: Welsh's "Dydd Gwener, 27 Tachwedd 2026", Albanian's "e premte, 27 nëntor 2026", Maltese's "Il-Ġimgħa, 27 ta’
 * Novembru 2026", Irish's "Dé hAoine 27 Samhain 2026", Latvian's "piektdiena, 2026. gada 27. novembris"; and one after it,
 * Mongolian's "…сарын 27, баасан гараг", Nepali's "२०२६ नोभेम्बर २७, शुक्रबार", Persian's and Pashto's "۱۴۰۵ قوس ۶, جمعه".
 */
const WEEKDAY_BEFORE =
  /^(?:dydd\s+(?:sul|llun|mawrth|mercher|iau|gwener|sadwrn)|e\s+(?:diel|hënë|martë|mërkurë|enjte|premte|shtunë)|(?:il|it|l|is)-(?:ħadd|tnejn|tlieta|erbgħa|ħamis|ġimgħa|sibt)|dé\s+(?:domhnaigh|luain|máirt|céadaoin|haoine|sathairn)|déardaoin|(?:pirm|otr|treš|ceturt|piekt|sest|svēt)diena),?\s+(?=\d)/iu;
// The fifty-third round's: Pashto's ("AP ۱۴۰۵ لیندۍ ۶, جمعه په ۱۰:۰۵": یونۍ to اونۍ, Friday Persian's جمعه).
// The fifty-second round's: CLDR's full dates with the weekday after them in Sorani ("٢٠٢٦ تشرینی دووەم ٢٧, ھەینی"), Telugu ("27,
// నవంబర్ 2026, శుక్రవారం"), Malayalam ("2026 നവംബർ 27, വെള്ളിയാഴ്‌ച") and Burmese ("၂၀၂၆ နိုဝင်ဘာ ၂၇ သောကြာ").
const WEEKDAY_AFTER =
  /(?<=\d)\s*[,،၊]?\s+(?:(?:ням|даваа|мягмар|лхагва|пүрэв|баасан|бямба)\s+гараг|(?:आइत|सोम|मङ्गल|बुध|बिहि|शुक्र|शनि)बार|(?:یک|دو|سه\u200C?|چهار|پنج)?شنبه|جمعه|(?:يو|دو|درې|څلر|پينځ|او)نۍ|(?:یەک|دوو|سێ|چوار|پێنج)?شەممە|[ھه]ەینی|(?:ఆది|సోమ|మంగళ|బుధ|గురు|శుక్ర|శని)వారం|(?:ഞായർ|ഞായറ|തിങ്കള|ചൊവ്വ|ബുധന|വ്യാഴ|വെള്ളിയ|ശനിയ)ാഴ്\u200C?ച|(?:တနင်္ဂနွေ|တနင်္လာ|အင်္ဂါ|ဗုဒ္ဓဟူး|ကြာသပတေး|သောကြာ|စနေ)(?:နေ့)?)(?:$|(?=[,:]?\s+\d{1,2}[:.]\d{2}))/u;
/**
 * The words CLDR's full and long date-times in India's languages, Urdu and Nepali put between the date and the time (Hindi's "27
 * नवंबर 2026 को 10:05 am बजे", Bengali's "এ", Tamil's "அன்று", Marathi's "रोजी … वाजता", Kannada's "ರಂದು … ಸಮಯಕ್ಕೆ", Urdu's "کو",
 * Nepali's colon) or glue to it (Telugu's "10:05 AMకి", Malayalam's "10:05 AM-ന്"), and Odia's time first ("10:05 AM ଠାରେ …"): the
 * date and its time (each was no date; the fifty-second round's). Sorani's halves of the day after it ("ب.ن", before noon;
 * "د.ن", after) are AM and PM. The fifty-third round's: Arabic's "في" ("٢٧ نوفمبر ٢٠٢٦ في ٩:٤٠ م", CLDR's full and long
 * date-times), Persian's and Dari's "ساعت" and Pashto's "په" after a date with the weekday after it ("۱۴۰۵ آذر ۶, جمعه ساعت ۱۰:۰۵").
 */
const AT_WORD_BEFORE_TIME = /(?<=\d|[\p{L}\p{M}])(?:\s+(?:को|এ|அன்று|रोजी|ರಂದು|کو|ساعت|په|في)|(?<=[\p{L}\p{M}]\s\d{1,2}|[\p{L}\p{M}]):)\s+(?=\d{1,2}[:.]\d{2})/u;
const AT_WORD_AFTER_TIME = /(?<=\d[:.]\d{2}(?:\s?[AaPp][Mm])?)(?:\s*(?:बजे|वाजता|ಸಮಯಕ್ಕೆ)|కి|-ന്)$/u;
const ODIA_TIME_FIRST = /^(\d{1,2}[:.]\d{2}(?:\s?[AaPp][Mm])?)\s+ଠାରେ\s+(.+)$/u;
const SORANI_HALF_DAY = /(?<=\d)\s*([بد])\.ن$/u;
/**
 * The fifty-third round's: CLDR 48's dates and date-times in Assamese, Sindhi, Sanskrit, Maithili, Manipuri, Dogri, Bodo, Konkani
 * and Kashmiri (Node's Intl), put into the forms the fifty-second round reads. Their halves of the day as words, before the time
 * (Assamese's "অপৰাহ্ন ৯.৪০", Bodo's "बेलासे नि 9:40") or after it (Sindhi's "٩:٤٠ شام", Maithili's "9:40 सांझ", Manipuri's
 * "১০:০৫ নুমাং", Dogri's "9:40 स’ञ"), are AM and PM; the words between a date and its time go (Assamese's English "at", Manipuri's
 * "গী … দা", Maithili's "के", Dogri's "गी", Sanskrit's "तदा", Bodo's "नि … याव", Konkani's "… वरांचेर"), and Kashmiri's time first
 * ("۹:۴۰ PM پٮ۪ٹھؠ نومبر ۲۷, ۲۰۲۶") goes after its date. Sanskrit's month is "नवंबरमासः" (the month November) or, cut short, "नवंबर:";
 * Maithili's weekday two words ("शुक्र दिन, 27 नवंबर 2026"), Manipuri's and Bodo's after the date ("…, ইরাই", "…, सुखुरबार"); an
 * apostrophe inside a word (Assamese's "মে’", Bodo's "अक्ट’बर", Dogri's "स’ञ") and a zero-width non-joiner before one
 * (Manipuri's August) are dropped.
 */
const CLDR48_APOSTROPHE = /(?<=[\u0900-\u09FF])[’']/gu;
const CLDR48_SANSKRIT_MONTH = /(?<=[\u0900-\u097F])(?:मासः|:)(?=\s+\d{4}(?!\d))/u;
const CLDR48_WEEKDAY_BEFORE = /^(?:(?:रवि|सोम|मंगल|बुध|बृहस्पति|शुक्र|शनि)\s+दिन|(?:रवि|सोम|मंगल|बुध|गुरु|शुक्र|शनि)वासर[ः:]),\s+(?=\d)/u;
const CLDR48_WEEKDAY_AFTER =
  /(?<=\d),\s+(?:নোংমাইজিং|নিংথৌকাবা|লৈবাকপোকপা|য়ুমশকৈশা|শগোলশেন|ইরাই|থাংজ|(?:रबि|सम|मंगल|बुध|बिस्थि|सुु?खुर|सनि)बार)(?=\s|$)/u;
const CLDR48_KASHMIRI_TIME_FIRST = /^(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)\s+پٮ۪ٹھؠ\s+(.+)$/u;
const CLDR48_HALF_BEFORE = /(?:(?<=\d,?)\s+नि)?\s+(পূৰ্বাহ্ন|অপৰাহ্ন|फुं|बेलासे)(?:\s+नि)?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s+याव)?(?=\s|$)/u;
const CLDR48_HALF_AFTER = /(?<=\d{1,2}:\d{2}(?::\d{2})?)\s+(صبح|شام|भोर|सांझ|নুমাং|सवेर|सञ)(?=\s|$)/u;
const CLDR48_AT = /(?<=\d,?)\s+(?:at|গী|के|गी|तदा)\s+(?=\d{1,2}:\d{2})/u;
const CLDR48_AFTER_TIME = /(?<=\d:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)\s+(?:দা|वरांचेर|याव)$/u;
function withCldr48IndianWords(s: string): string {
  return s
    .replace(/(?<=^|\s)\u200C/gu, '')
    .replace(CLDR48_APOSTROPHE, '')
    .replace(CLDR48_SANSKRIT_MONTH, '')
    .replace(CLDR48_WEEKDAY_BEFORE, '')
    .replace(CLDR48_WEEKDAY_AFTER, '')
    .replace(CLDR48_KASHMIRI_TIME_FIRST, '$2 $1')
    .replace(CLDR48_HALF_BEFORE, (_all, half: string, h: string, mi: string, sec?: string) => ` ${h}:${mi}${sec ? `:${sec}` : ''} ${/^(?:পূৰ্বাহ্ন|फुं)$/u.test(half) ? 'AM' : 'PM'}`)
    .replace(CLDR48_HALF_AFTER, (_all, half: string) => (/^(?:صبح|भोर|নুমাং|सवेर)$/u.test(half) ? ' AM' : ' PM'))
    .replace(CLDR48_AT, ' ')
    .replace(CLDR48_AFTER_TIME, '');
}
const FOUR_DIGITS_NO_OFFSET = /(?<=(?:19|20)\d\d\D.*\d:\d\d(?::\d\d)?)\s(?!(?:19|20)\d\d$)\d{4}$/;

/** Yiddish's ordinal day, as CLDR writes its dates ("27טן נאוועמבער 2026", "פֿרײַטיק, 27טן …": the fifty-second round's). */
const YIDDISH_ORDINAL = /(?<=(?<!\d)\d{1,2})טן(?=\s)/u;
/**
 * Sorani's long date as CLDR writes it, the day and the month each with its ezafe ("٢٧ی تشرینی دووەمی ٢٠٢٦", "٦ی ئایاری ٢٠٢٦"):
 * the day and the month as its row spells it.
 */
const SORANI_EZAFE = /(?<=^(?<!\d)\d{1,2})ی\s+([\u0600-\u06FF]+?)ی(?=\s+\d{4}(?!\d))/u;
/**
 * Lingala's months, phrases of "sánzá ya" (month of) and its number ("sánzá ya zómi na mɔ̌kɔ́", month ten and one: November), as
 * CLDR's long and full dates write them ("27 sánzá ya zómi na mɔ̌kɔ́ 2026", a weekday of three words before it or one: "mokɔlɔ ya
 * mítáno 27 …", "mpɔ́sɔ 14 …"). Read without the tones, which are written or not.
 */
const LINGALA_MONTH_WORDS: Record<string, number> = {
  'zomi na mibale': 12, 'zomi na mɔkɔ': 11, zomi: 10, yambo: 1, mibale: 2, misato: 3, minei: 4, mitano: 5, motoba: 6, nsambo: 7, mwambe: 8, libwa: 9,
};
const LINGALA_DATE = new RegExp(
  String.raw`^(?:(?:mokɔlɔ\s+(?:mwa|ya)\s+\p{L}+|eyenga|mpɔsɔ),?\s+)?(\d{1,2})\s+sanza\s+ya\s+(${Object.keys(LINGALA_MONTH_WORDS).map((w) => w.replace(/ /g, '\\s+')).join('|')})\s+(\d{4})(?!\d)`,
  'iu',
);
function withLingalaMonth(s: string): string {
  const bare = s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const m = LINGALA_DATE.exec(bare);
  return m ? `${m[1]} ${GREGORIAN_MONTHS[LINGALA_MONTH_WORDS[m[2]!.toLowerCase().replace(/\s+/g, ' ')]! - 1]} ${m[3]}${bare.slice(m[0].length)}` : s;
}
/**
 * A military date-time group, as defence ministries' and wire desks' copy dates a message: the day, the hour and minute, the
 * zone's letter, the month and the year ("271005Z NOV 26", "271005ZNOV2026"). Its letters are the military zones (Z is UTC, A
 * to M east of it, N to Y west; J, the reader's own clock, no zone), written so by the military, not reversed as RFC 822's were.
 */
const MILITARY_DTG = /^(\d{2})(\d{2})(\d{2})\s?([A-IK-Z])\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?(\d{4}|\d{2})$/i;
function militaryZone(letter: string): string {
  const code = letter.toUpperCase().charCodeAt(0);
  const hours = letter.toUpperCase() === 'Z' ? 0 : code <= 73 ? code - 64 : code <= 77 ? code - 65 : 77 - code;
  return `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}00`;
}
/**
 * A four-digit time with "hrs" after a date's year ("Nov 27, 2026 1005 hrs IST", "27/11/2026 1005 hrs"), as Indian and military
 * style writes it ("2026-11-27 1005 hrs"): V8 read the date's midnight, or nothing. Before the date its zone may stand in brackets ("1005 hrs (IST), 27
 * Nov 2026").
 */
const FOUR_DIGIT_HOURS_AFTER = /(?<=(?:\d\D+\d{4}|\d{4}-\d\d?-\d\d?),?\s+(?:[@|-]\s+)?)([01]\d|2[0-3])([0-5]\d)\s*hrs?\.?(?=[\s,(]|$)/i;
/**
 * A four-digit time beside a zone's name and no "hrs", as wire copy writes its hours ("at 1800 GMT", "by 0227 GMT", "0306GMT"):
 * before the date ("1005 IST 27 Nov 2026", "1005 IST, 27 Nov 2026": no date before) or after its year ("Nov 27, 2026 1005 IST",
 * which was the day's midnight). Only a name ZONES or REGIONAL_ZONES knows makes the digits a time (the fifty-third round's).
 */
const FOUR_DIGIT_TIME_ZONE_FIRST = /^([01]\d|2[0-3])([0-5]\d)\s?([A-Z]{2,5})(?=,?\s+\S.*\d{4})/;
const FOUR_DIGIT_TIME_ZONE_AFTER = /(?<=\d{4},?\s)([01]\d|2[0-3])([0-5]\d)\s?([A-Z]{2,5})$/;
function withFourDigitTimeBesideZone(s: string): string {
  const time = (all: string, h: string, mi: string, name: string) => (name in ZONES || name in REGIONAL_ZONES ? `${h}:${mi} ${name}` : all);
  return s.replace(FOUR_DIGIT_TIME_ZONE_FIRST, time).replace(FOUR_DIGIT_TIME_ZONE_AFTER, time);
}
const BRACKETED_ZONE_AFTER_HOURS = /^(\d{1,2}[:.]?\d{2}\s*hrs?\.?)\s*\(([A-Z]{2,5})\)(?=[\s,])/i;

/** Noon and midnight as a date's time ("27 November 2026, 12 noon", "Nov 27, 2026 at midnight"): 12:00 and 00:00 of the day. */
const NOON_OR_MIDNIGHT = /(?:,?\s+at)?,?\s*(?:12(?:[:.]00)?\s*)?\b(noon|midnight)\b(?=\s*(?:[A-Z]{2,5})?$)/i;

/**
 * Milliseconds since the epoch, or null when the text is not a date we can trust.
 * `region`: the feed's country (see regionOf), which says what an ambiguous zone name means there.
 */
export function parseFeedDate(raw: string | null | undefined, region: string | null = null, order: NumericOrder = null, clock: StatedOffset[] = []): number | null {
  const common = raw ? commonFormDate(raw) : undefined;
  return common !== undefined ? common : parseAnyFormDate(raw, region, order, clock);
}

/**
 * The two forms most feeds write, with a zone that means one offset anywhere: RFC 822's `Fri, 27 Nov 2026 10:05:00 GMT` (or
 * `UTC`, `+0530`) and ISO 8601's `2026-11-27T10:05:00Z` (or `+05:30`). Nine in ten of the corpus's dates; parseFeedDate's
 * every test and rewrite for other languages, calendars and zones costs ~10 µs a date (perf52), where these need a match.
 */
const COMMON_RFC822 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) (?:GMT|UTC|([+-])(\d\d)(\d\d))$/;
const COMMON_ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:Z|([+-])(\d\d):(\d\d))$/;
/**
 * The last year commonFormDate reads: from 2040 a year may be Nepal's Bikram Sambat (BS_YEAR, read so in a feed of Nepal's), and
 * an offset past 12 hours is a year's digits to the other calendars' tests ("+1345", "+1400": SOLAR_YEAR, OTHER_YEAR).
 */
const LAST_COMMON_YEAR = 2039;
const COMMON_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date in one of the common forms, as parseAnyFormDate reads it (test/feeds/dates-common.test.ts holds the two to the same
 * answers); undefined for any other text, and for anything out of the ordinary in these (a day the month lacks, a leap second,
 * a year before 1990 or after LAST_COMMON_YEAR, an offset past 12 hours): parseAnyFormDate decides those.
 */
export function commonFormDate(raw: string): number | undefined {
  const first = raw.charCodeAt(0);
  let m: RegExpExecArray | null;
  let year: number, month: number, day: number;
  if (first >= 48 && first <= 57) {
    m = raw.length >= 20 && raw.length <= 25 ? COMMON_ISO.exec(raw) : null;
    if (!m) return undefined;
    year = Number(m[1]);
    month = Number(m[2]) - 1;
    day = Number(m[3]);
  } else {
    m = raw.length >= 28 && raw.length <= 31 ? COMMON_RFC822.exec(raw) : null;
    if (!m) return undefined;
    day = Number(m[1]);
    month = COMMON_MONTHS.indexOf(m[2]!);
    year = Number(m[3]);
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const offsetHours = m[7] ? Number(m[8]) : 0;
  const offsetMinutes = m[7] ? Number(m[9]) : 0;
  if (year < 1990 || year > LAST_COMMON_YEAR || month < 0 || month > 11 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59 || offsetHours > 12 || offsetMinutes > 59) return undefined;
  const t = Date.UTC(year, month, day, hour, minute, second) - (m[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return plausible(t) ? t : undefined;
}

/** parseFeedDate for any form (exported for the test that holds commonFormDate to it). */
export function parseAnyFormDate(raw: string | null | undefined, region: string | null = null, order: NumericOrder = null, clock: StatedOffset[] = []): number | null {
  const trimmed = raw?.trim().replace(/\s+/g, ' ');
  if (!trimmed) return null;
  // Declared a string, not left as `string | undefined` narrowed by the guard above: with a union, tsc's flow analysis walked
  // every branch below back to the guard at each use of `s`, and type-checking this one function took minutes (hours with
  // the forty-seventh round's branches).
  let s: string = trimmed;
  // Persian's own digits say the date is Iran's or Afghanistan's, whose numeric dates are of the solar calendar.
  const persianDigits = PERSIAN_DIGIT.test(s);
  // So do Devanagari digits with a year of Nepal's Bikram Sambat ("२०८३ मंसिर ११"); Hindi's dates are Gregorian (२०२६).
  const devanagariDigits = /[\u0966-\u096F]/.test(s);
  s = withAsciiDigits(s);
  if (PRINTED_MARKS.test(s)) s = withoutPrintedMarks(s);
  if (s.length <= 16 && /^\d{6}\s?[A-Z]/i.test(s)) s = s.replace(MILITARY_DTG, (_all, d: string, h: string, mi: string, zone: string, mon: string, y: string) => `${d} ${mon} ${y} ${h}:${mi} ${militaryZone(zone)}`);
  if (s.includes('טן')) s = s.replace(YIDDISH_ORDINAL, '');
  if (/s[aá]\p{M}?nz[aá]/iu.test(s)) s = withLingalaMonth(s);
  if (s.includes(' m=')) s = s.replace(GO_MONOTONIC, '');
  if (s.startsWith('@')) s = s.replace(AT_EPOCH, '$1');
  if (/[\u0600-\u06FF\u0900-\u0DFF]/u.test(s)) {
    s = withCldr48IndianWords(s);
    s = s.replace(ODIA_TIME_FIRST, '$2 $1').replace(AT_WORD_BEFORE_TIME, ' ').replace(AT_WORD_AFTER_TIME, '');
    s = s.replace(SORANI_HALF_DAY, (_all, half: string) => (half === 'ب' ? ' AM' : ' PM'));
  }
  if (WEEKDAY_BEFORE.test(s)) s = s.replace(WEEKDAY_BEFORE, '');
  if (WEEKDAY_AFTER.test(s)) s = s.replace(WEEKDAY_AFTER, '');
  if (/\dZ\s?[+-]\d\d:?\d\d$/.test(s)) s = s.replace(ISO_STRING_THEN_OFFSET, '$1');
  if (/\s[+-]\d{2}:?\d{2}$/.test(s)) s = s.replace(TWO_OFFSETS, ' $1');
  if (/\d(?:st|nd|rd|th)\s+of\s/i.test(s)) s = s.replace(ORDINAL_OF, '$1 ');
  if (/['’‘]\d\d/.test(s)) s = s.replace(APOSTROPHE_YEAR, (_all, year: string) => String(fullYear(year)));
  if (/[%{$]/.test(s)) s = s.replace(ZONE_PLACEHOLDER, '');
  if (s.includes('주체')) {
    s = s.replace(JUCHE_YEAR, (_all, juche: string, year?: string) => `${year ?? 1911 + Number(juche)}년`);
    region ??= 'kp';
  }
  if (/[〇○零一二三四五六七八九十]年/.test(s)) s = withChineseNumerals(s);
  if (/^\d{1,2}[.\s/-]\s?[IVX]/.test(s)) s = s.replace(ROMAN_MONTH, (_all, day: string, _sep: string, month: string, year: string) => `${day} ${COMMON_MONTHS[ROMAN_MONTHS.indexOf(month)]} ${year}`);
  if (/19\d\d/.test(s) && SAKA_DATE.test(s)) s = withSakaAsGregorian(s);
  if (/(?:کانوونی|تشرینی)\s/u.test(s)) s = s.replace(SORANI_TWO_WORD_MONTH, '$1$2');
  if (/^\d{1,2}ی\s/u.test(s)) s = s.replace(SORANI_EZAFE, (all, month: string) => (LOCAL_MONTHS[monthKey(month)] === undefined ? all : ` ${month}`));
  // Devanagari's abbreviation sign, Hindi's full stop after a month cut short ("27 नव॰ 2026").
  if (s.includes('॰')) s = s.replace(/॰/g, '.');
  if (OWN_MONTH_HINT.test(s)) s = withOwnMonthNames(s);
  if (region === 'er' && /[\u1200-\u137F]/.test(s)) s = withEritreanMonths(s);
  if (/^\d{8}$/.test(s)) s = s.replace(DATE_DIGITS, '$1-$2-$3');
  if (/^\d{1,2}\/\p{L}{3}\/\d{4}:\d/u.test(s)) s = s.replace(LOG_DATE, '$1 $2 $3 $4');
  if (/\d\.\d{2}\.\d{2}[.,]\d+\s*[AaPp][Mm]/.test(s)) s = s.replace(ORACLE_TIME, '$1:$2:$3 $4');
  if (s.includes('ء')) s = s.replace(URDU_YEAR_MARK, '');
  if (s.includes('ཟླ')) {
    s = s.replace(TIBETAN_MONTH_WORD, (_all, word: string) => `ཟླ་${TIBETAN_MONTH_WORDS[word]!} `);
    const ce = COMMON_ERA_TIBETAN_DATE.exec(s);
    s = ce ? `${ce[1]}-${ce[2]}-${ce[3]}${s.slice(ce.index + ce[0].length)}` : s.replace(TIBETAN_DATE, '$1-$2-$3');
  }
  if (/saa\s\d/i.test(s)) {
    // The night's hours after midnight give the day alone, as Amharic's do.
    const swahili = withSwahiliTime(s);
    if (swahili) s = swahili.afterMidnight ? s.replace(SWAHILI_TIME, '').trim() : swahili.text;
    // A bare hour up to twelve ("saa 4:05") keeps either clock, ten in the morning or four: the day alone, as Amharic's.
    else if (BARE_SWAHILI_HOUR.test(s)) s = s.replace(SWAHILI_TIME, '').trim();
  }
  if (/[\u0E00-\u0E7F]/.test(s)) s = withThaiWords(s);
  const dual = OTHER_YEAR.test(s) && GREGORIAN_YEAR.test(s) ? otherCalendarBeside(s, region) : null;
  if (dual) {
    const t = parseFeedDate(dual.rest, dual.region, order, clock);
    if (t !== null) return dual.day === null || agrees(t, dual.day, dual.rest) ? t : null;
  }
  if (LATIN_LUNAR_ALONE.test(s)) s = withLatinLunarAsGregorian(s);
  if (ENGLISH_CALENDAR_YEAR.test(s)) {
    const other = withEnglishCalendarAsGregorian(s);
    s = other.text;
    region ??= other.region;
  }
  if (JAPANESE_ERA.test(s)) {
    // An era's date is Japan's (a Minguo year's Taiwan's), and its clock that country's where nothing else says which.
    region ??= ROC_ERA.test(s) ? 'tw' : 'jp';
    s = withJapaneseEraAsGregorian(s);
  }
  // An era's initial ("R8.11.27", "H30/11/27"), as Japanese forms and offices abbreviate it: in a feed of Japan's only.
  if (region === 'jp' && ERA_INITIAL_DATE.test(s)) s = s.replace(ERA_INITIAL_DATE, (_all, era: string, year: string, _sep: string, m: string, d: string) => `${ERA_INITIALS[era.toUpperCase()]! + Number(year)}-${m}-${d}`);
  if (s.includes('сарын')) s = s.replace(MONGOLIAN_MONTH_WORD, mongolianMonth).replace(MONGOLIAN_DATE, '$1-$2-$3');
  if (/^\d{4}-?W\d/i.test(s) || /^\d{4}-\d{3}(?:$|T)/.test(s)) s = withWeekOrOrdinalAsIso(s);
  // A numeric lunar Hijri date, with its era's mark ("17/06/1448 هـ", "1448/06/17هـ") or in a feed of Saudi Arabia's.
  if (HIJRI_NUMERIC.test(s) && (/\d\s*هـ/u.test(s) || region === 'sa')) s = withNumericHijriAsGregorian(s);
  if (/[\u0600-\u06FF]/.test(s)) s = withArabicWords(withLunarHijriAsGregorian(s.includes('هـ') ? s.replace(HIJRI_THEN_GREGORIAN, '') : s));
  if (/[\u05D0-\u05EA]/.test(s)) {
    const hebrew = withHebrewCalendarAsGregorian(s);
    s = withHebrewWords(hebrew.text);
    if (hebrew.read) region ??= 'il';
  }
  if (/[\u1000-\u109F\u1780-\u17FF]/.test(s)) s = withKhmerAndBurmeseWords(s);
  if (/[\u0E80-\u0EFF]/.test(s)) s = withLaoWords(s);
  if (/\d{4}\s*(?:A\.?M|E\.?\s?C)\b/.test(s)) {
    const ethiopian = withLatinEthiopianAsGregorian(s);
    s = ethiopian.text;
    if (ethiopian.read) region = 'et';
  }
  if (/[\u1200-\u137F]/.test(s)) {
    const ethiopian = withEthiopianAsGregorian(s);
    s = ethiopian.text;
    if (ethiopian.read) region = 'et';
  }
  if (BS_YEAR.test(s) && (BS_MONTH_NAME.test(s) || devanagariDigits || region === 'np')) {
    const nepali = withBikramSambatAsGregorian(s, devanagariDigits || region === 'np');
    s = nepali.text;
    if (nepali.read) region ??= 'np';
  }
  // A Minguo year without 民國 ("115年11月27日"), as Taiwan's government and press feeds print it: in a feed of Taiwan's only.
  if (region === 'tw' && MINGUO_YEAR.test(s)) s = s.replace(MINGUO_YEAR, (_all, year: string) => `${JAPANESE_ERAS['民國']! + Number(year)}年`);
  // Its numeric form ("115/11/27", "115.11.27", "115-11-27 10:05"), as Taiwan's government sites print it: there too.
  if (region === 'tw' && MINGUO_NUMERIC.test(s)) s = s.replace(MINGUO_NUMERIC, (_all, year: string, _sep: string, m: string, d: string) => `${JAPANESE_ERAS['民國']! + Number(year)}-${m}-${d}`);
  if (BANGLA_YEAR.test(s) && (region === 'bd' || (region !== 'in' && BANGABDA.test(s)))) {
    const bangla = withBanglaAsGregorian(s);
    s = bangla.text;
    if (bangla.read) region ??= 'bd';
  }
  if (SOLAR_YEAR.test(s)) {
    const solar = withSolarHijriAsGregorian(s, persianDigits || region === 'ir' || region === 'af');
    s = solar.text;
    region ??= solar.region;
  }
  if (/[\u200C\u200D]/.test(s)) s = withoutJoiners(s);
  // Hindi's halves of the day after the time: "10:05 पूर्वाह्न" (before noon), "10:05 अपराह्न" (after).
  if (/ाह्न$/u.test(s)) s = s.replace(/\s*(पूर्वाह्न|अपराह्न)$/u, (_all, half: string) => (half === 'पूर्वाह्न' ? ' AM' : ' PM'));
  if (CJK_ZONE_WORD.test(s)) s = withCjkZoneAsOffset(s);
  if (/th[aá]\p{M}?ng|(?<!\p{L})thg(?!\p{L})/iu.test(s)) s = withVietnameseWords(s);
  s = s.replace(STAMP_WORDS, '');
  if (LOCAL_STAMP_WORDS.test(s)) s = s.replace(LOCAL_STAMP_WORDS, '').replace(AFTER_STAMP_WORD, '');
  if (/^\d{4}(?:\(e\)|e)?ko\s/u.test(s)) s = s.replace(BASQUE_DATE, '$3 $2 $1');
  if (/\d\s+(?:ta|d)['’]/u.test(s)) s = s.replace(OF_BEFORE_MONTH, (of) => (/d['’]/u.test(of) && s.includes(' de ') ? ' de ' : ' '));
  if (/\dmh\s|\sdhen\s/u.test(s)) s = s.replace(GAELIC_OF, ' ');
  if (/\dê\s/u.test(s)) s = s.replace(KURMANJI_EZAFE, '$1');
  if (s.includes('ómhair')) s = s.replace(IRISH_TWO_WORD_MONTH, (_all, first: string) => (first.toLowerCase() === 'meán' ? 'September' : 'October'));
  if (/noon|midnight/i.test(s)) s = s.replace(NOON_OR_MIDNIGHT, (_all, word: string) => (word.toLowerCase() === 'noon' ? ' 12:00' : ' 00:00'));
  // A day's ordinal mark in the Romance languages: Spanish's, Portuguese's and Italian's "1º", "1.º", "1°", French's "1er".
  if (/\d(?:\.?[º°ª]|er|re)\s/u.test(s)) s = s.replace(ORDINAL_DAY, '$1');
  // An offset in decimal hours ("UTC+5.5", "GMT+5.75"): India's and Nepal's half and three quarters; "+05.30" is minutes.
  if (/(?:GMT|UTC)\s?[+-]\d{1,2}\.\d+$/i.test(s)) s = s.replace(DECIMAL_OFFSET, (_all, zone: string, sign: string, h: string, part: string) => `${zone}${sign}${h.padStart(2, '0')}:${part === '5' ? '30' : '45'}`);
  if (s.includes('(UTC')) s = withWindowsZone(s);
  if (/(?:GMT|UTC)\)$/.test(s)) s = s.replace(GMT_ECHO, '$1');
  if (/time\)?$/i.test(s)) s = withLongZoneAsOffset(s);
  if (/\p{L}\)?$/u.test(s)) {
    const clocked = withNamedClock(s, region);
    if (clocked === null) return null;
    s = clocked;
  }
  if (s.endsWith(')')) s = withBracketedZone(s.replace(BRACKETED_TIME, ' $1'));
  if (s.includes('/')) {
    const named = IANA_ZONE.exec(s);
    if (named) return inIanaZone(s.slice(0, named.index), named[1]!, region);
  }
  // An offset with its seconds, as some exporters print it ("+05:30:00"): no zone's are other than zero.
  if (/[+-]\d\d:\d\d:00$/.test(s)) s = s.slice(0, -3);
  // PDF's and some Windows tools' offset with apostrophes: "+05'30'" is +0530.
  if (s.endsWith("'")) s = s.replace(/([+-]\d\d)'(\d\d)'$/, '$1$2');
  if (/(?:GMT|UTC|UT)$/i.test(s)) s = s.replace(OFFSET_FROM_GMT, '$1');
  if (/[½¼¾]$/.test(s)) s = s.replace(FRACTION_OFFSET, (_all, hours: string, part: string) => `${hours}:${part === '½' ? '30' : part === '¼' ? '15' : '45'}`);
  if (/\d\s\d{4}$/.test(s)) {
    s = s.replace(UNSIGNED_OFFSET, ' +$1');
    if (FOUR_DIGITS_NO_OFFSET.test(s)) return null;
  }
  if (/\d{4}\sT\d/.test(s)) s = s.replace(SPACED_T, ' ');
  if (/\d\s?[AaPp][Mm][A-Z]{2,5}$/.test(s)) s = s.replace(ZONE_AFTER_AM_PM, (all, half: string, name: string) => (name in ZONES || name in REGIONAL_ZONES ? `${half} ${name}` : all));
  if (/\d[A-Z]{2,5}$/.test(s)) s = s.replace(NAME_AFTER_OFFSET, '');
  // An offset spaced from GMT or UTC ("GMT +5:30", "UTC -5"): the name was read and the offset dropped, hours out.
  if (/(?:GMT|UTC)\s+[+-]\d/i.test(s)) s = s.replace(/\b(GMT|UTC)\s+([+-]\d{1,2}(?::?\d{2})?)$/i, '$1$2');
  // "Z UTC", the zone said twice: the first is it.
  if (/\dZ\s+(?:UTC|GMT)$/i.test(s)) s = s.replace(/\s+(?:UTC|GMT)$/i, '');
  if (/\d{4}\s?[A-Z]{2,5}\b/.test(s)) s = withFourDigitTimeBesideZone(s);
  if (/h(?:rs?|s|ours)\b/i.test(s)) {
    s = s.replace(BRACKETED_ZONE_AFTER_HOURS, '$1 $2').replace(FOUR_DIGIT_HOURS_FIRST, '$1:$2').replace(FOUR_DIGIT_HOURS_AFTER, '$1:$2');
    s = s.replace(HOURS_AFTER_ZONE, '').replace(HOURS, '$1');
  }
  // Greek's half of the day after the time: "10:05 πμ" (π.μ., before noon) and "03:05 μμ" (μ.μ., after).
  if (/\d\s*[πμ]\.?\s?μ\.?$/u.test(s)) s = s.replace(/(\d)\s*([πμ])\.?\s?μ\.?$/u, (_all, d: string, half: string) => `${d} ${half === 'π' ? 'AM' : 'PM'}`);
  if (/[A-Za-z]$/.test(s)) s = s.replace(ZONE_TWICE, (_all, name?: string) => name ?? 'Z');
  if (/\dZ$/i.test(s)) s = s.replace(OFFSET_THEN_Z, '$1');
  if (/[A-Za-z]\s?[+-]\d/.test(s)) s = s.replace(NAME_THEN_OFFSET, (all, name: string, offset: string) => (OFFSET_NAMES.has(name.toUpperCase()) ? ` ${offset}` : all));
  if (s.includes(' de ') || /\d\s?h\s?\d|\s(?:Uhr|uur)(?:\s+[A-Z]{3,4})?$|\d\s*[AaPp]\.\s+[Mm]\./.test(s)) s = withoutLocalWords(s);
  if (CJK_WEEKDAY.test(s)) s = s.replace(CJK_WEEKDAY, ' ').trim();
  if (ASIAN_OR_RUSSIAN_WORDS.test(s)) s = withoutAsianAndRussianWords(s);
  // The word for year after it, as Uzbek, Azerbaijani and Kazakh write it: "27-noyabr, 2026-yil", "27 noyabr 2026-cı il", "27 қараша 2026 ж.".
  // Kazakh's and Kyrgyz's year first with its word ("2026 ж. 27 қараша", "2026-ж., 27-ноябрь"): the day, month and year.
  if (/^\d{4}\s?-?ж\.,?\s+\d/u.test(s)) s = s.replace(/^(\d{4})\s?-?ж\.,?\s+(\d{1,2})[\s-]+([\p{L}\p{M}]+\.?)/u, '$2 $3 $1');
  // Armenian's "թ." (year) after it too ("27 նոյ, 2026 թ.").
  if (/\d{4}\s?-?\s?(?:yil|йил|c[ıi] il|ж\.|թ\.)/u.test(s)) s = s.replace(/(?<=\d{4})\s?-?\s?(?:yil|йил|c[ıi] il|ж\.|թ\.)(?!\p{L})/u, '');
  if (/^\d{4},?\s+\p{L}/u.test(s)) s = withYearThenMonthName(s);
  if (/^\d{4}\.?\s*(?:m\.|gada|\p{L}{3,12}\.?\s+\d{1,2}\.)/u.test(s)) s = withYearFirstWords(s);
  if (/^\p{L}+['’]\p{L}/u.test(s)) s = s.replace(/^(\p{L}+)['’](\p{L}+)/u, '$1$2');
  if (/\d\.?,?\s+\p{L}/u.test(s)) s = s.replace(WORD_AFTER_DATE, '$1 ').trim();
  // The year's full stop, as Croatian and Serbian close it ("27. studenoga 2026. 10:05").
  if (/\p{L}\s\d{4}\./u.test(s)) s = s.replace(/(?<=\p{L}\s\d{4})\.(?=\s|$)/u, '');
  if (/^\d{1,2}[:.]\d/.test(s)) s = s.replace(TIME_FIRST, '$2 $1');
  if (/\sby\s/i.test(s)) s = s.replace(SIGNED_AFTER, '');
  const t = epoch(s) ?? local(s, region, order, clock) ?? fallback(s, region, clock);
  if (t === null && TWO_YEARS.test(s)) return oneOfTwoDates(raw!, region, order, clock);
  return t !== null && plausible(t) ? t : null;
}

/**
 * Two dates in one field, as templates print a story's published and updated stamps together ("27 Nov 2026 / 28 Nov 2026",
 * "27 Nov 2026, updated 28 Nov 2026 10:05", "Published: 27.11.2026 | Updated: 28.11.2026"): the one marked published, else
 * the earlier, the story's published time (the whole field was no date). Only when each part reads as a date of its own.
 */
const TWO_YEARS = /\d{4}\D.*\d{4}/;
const DATE_PARTS = /\s+[/|–—-]\s+|\s*;\s*|,?\s+(?=(?:last\s+)?(?:updated|modified|edited|published)\b)/i;
const PUBLISHED_MARK = /^(?:published|posted|first published)\b/i;

function oneOfTwoDates(raw: string, region: string | null, order: NumericOrder, clock: StatedOffset[]): number | null {
  const parts = raw.split(DATE_PARTS).filter((part) => /\d{4}/.test(part) && part.trim().length >= 8);
  if (parts.length !== 2) return null;
  const read = parts.map((part) => ({ part, t: parseFeedDate(part, region, order, clock) }));
  if (read.some((d) => d.t === null)) return null;
  // Unmarked, or marked in another language ("Veröffentlicht … | Aktualisiert …"), the earlier: a story is published before it is
  // updated, and a template may print its update first ("28 Nov 2026 10:05 / 27 Nov 2026", "Updated 28 Nov 2026 | 27 Nov 2026";
  // the first part was taken, the update's time).
  return read.find((d) => PUBLISHED_MARK.test(d.part.trim()))?.t ?? Math.min(...read.map((d) => d.t!));
}

/**
 * Whether a date is written in another calendar than the Gregorian one (Thai, Buddhist-era years, Solar Hijri): read
 * as well as it can be, but a feed's other date for the item, in the Gregorian calendar, usually says more (its time).
 */
export function inOtherCalendar(raw: string): boolean {
  const digits = withAsciiDigits(raw);
  return /[\u0E00-\u0E7F]/.test(digits) || JAPANESE_ERA.test(digits) || (BS_YEAR.test(digits) && BS_MONTH_NAME.test(digits)) || SOLAR_YEAR.test(digits) || /(?<!\d)2[4-6]\d\d(?!\d)/.test(digits) || lunarHijriDay(digits) !== null || ETHIOPIAN_DATE.test(digits) || ETHIOPIAN_NUMERIC.test(digits) || (/[\u05D0-\u05EA]/.test(digits) && withHebrewCalendarAsGregorian(digits).read);
}

/**
 * Thailand's years are the Buddhist era's, 543 ahead of the Common Era: "2569" is 2026, in Thai dates and in RFC 822
 * dates Thai CMSs print ("Thu, 26 Nov 2569 14:05:00 +0700"). Read as written, such a story lay five centuries ahead
 * and took the fetch time. No news date is that far ahead, so a year in this range is read as the Buddhist era's.
 */
const BUDDHIST_ERA = { from: 2400, to: 2700, offset: 543 };

function commonEraYear(year: number): number {
  return year >= BUDDHIST_ERA.from && year <= BUDDHIST_ERA.to ? year - BUDDHIST_ERA.offset : year;
}

/** An instant V8 read with a Buddhist-era year, moved to the same clock time in the Common Era year. */
function inCommonEra(t: number): number {
  const date = new Date(t);
  const year = date.getUTCFullYear();
  if (commonEraYear(year) === year) return t;
  date.setUTCFullYear(commonEraYear(year));
  return date.getTime();
}

/** Thai month names, in full and abbreviated as dates write them ("26 พ.ย. 2569"), as the English abbreviations the forms read. */
const THAI_MONTHS: [string, string][] = (
  [
    ['มกราคม ม.ค.', 'Jan'], ['กุมภาพันธ์ ก.พ.', 'Feb'], ['มีนาคม มี.ค.', 'Mar'], ['เมษายน เม.ย.', 'Apr'], ['พฤษภาคม พ.ค.', 'May'], ['มิถุนายน มิ.ย.', 'Jun'],
    ['กรกฎาคม ก.ค.', 'Jul'], ['สิงหาคม ส.ค.', 'Aug'], ['กันยายน ก.ย.', 'Sep'], ['ตุลาคม ต.ค.', 'Oct'], ['พฤศจิกายน พ.ย.', 'Nov'], ['ธันวาคม ธ.ค.', 'Dec'],
  ] as const
).flatMap(([names, month]) => names.split(' ').map((name): [string, string] => [name, month]));
const THAI_MONTH = new RegExp(`(${THAI_MONTHS.map(([name]) => name.replace(/\./g, '\\.')).join('|')})`);
const THAI_MONTH_NAMES = new Map(THAI_MONTHS);
/**
 * A Thai month's name and a year of two digits, as Thai news sites print a short date ("26 พ.ย. 69 16:30 น."): the year is
 * the Buddhist era's (2569, 2026), not 1969 or 2069; the era's century goes back in for BUDDHIST_ERA to read.
 */
const THAI_SHORT_YEAR = new RegExp(`${THAI_MONTH.source}\\s*(\\d{2})(?![\\d:.])`);

/**
 * What Thai dates write around the numbers: the weekday ("วันพฤหัสบดีที่", Thursday the), the era's name ("พ.ศ.",
 * Buddhist era; "ค.ศ.", Common Era), "เวลา" (at) before the time and "น." (o'clock) after it, the month's name, and a
 * short year's century (THAI_SHORT_YEAR).
 */
function withThaiWords(s: string): string {
  return s
    .replace(THAI_SHORT_YEAR, (_all, name: string, year: string) => `${name} 25${year}`)
    .replace(THAI_MONTH, (name) => ` ${THAI_MONTH_NAMES.get(name)} `)
    .replace(/(?:พ\.ศ\.|ค\.ศ\.)\s*/g, '')
    .replace(/\s*เวลา\s*/g, ' ')
    .replace(/\s*(?:น\.|นาฬิกา)\s*$/, '')
    .replace(/^[^\d]*?(?=\d)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Japan's eras, with the Gregorian year before each one's first: 令和8年 is 2026, 平成31年 2019. The first year of an era
 * is written 元年 ("gannen"). Official and local-government feeds date their notices so ("令和8年11月26日").
 */
const JAPANESE_ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867, 民國: 1911, 民国: 1911 };
// Taiwan's Republic of China (Minguo) years count the same way from 1912, its government's feeds dating notices so:
// "中華民國115年11月27日", "民國115年" are 2026 (and Taiwan's clock where nothing else says which).
const JAPANESE_ERA = /(?:中華|中华)?(令和|平成|昭和|大正|明治|民國|民国)\s*(元|\d{1,3})\s*年/;
const ROC_ERA = /民[國国]/;
/** A year of three digits before 年 at the start, the era's name left out: a Minguo year in a feed of Taiwan's (115年 is 2026). */
const MINGUO_YEAR = /^(1[01]\d)\s*年(?=\s*\d{1,2}\s*月)/;
const MINGUO_NUMERIC = /^(1[01]\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/;

/** The eras by their initials (R8 is 令和8年, 2026; H30 平成30年): "R8.11.27", "H30/11/27", "R08-11-27". */
const ERA_INITIALS: Record<string, number> = { R: 2018, H: 1988, S: 1925, T: 1911, M: 1867 };
const ERA_INITIAL_DATE = /^([RHSTM])\s?(\d{1,2})([./-])(\d{1,2})\3(\d{1,2})(?!\d)/i;

/** Mongolian's "2026 оны 11 сарын 27" (year's 2026, month's 11, 27), "2026 оны 11-р сарын 27-ны": the ISO date. */
const MONGOLIAN_DATE = /^(\d{4})\s*оны\s+(\d{1,2})(?:-?р)?\s*сарын\s+(\d{1,2})(?:-?н[ыи]й?)?/u;
/**
 * Its month in words, an ordinal ("2026 оны арван нэгдүгээр сарын 27", the eleventh month's 27th, as CLDR's Mongolian and
 * Montsame write it): the month's number.
 */
const MONGOLIAN_MONTH_WORD = /(?<!\p{L})(?:(арван)\s+)?(нэг|хоёр|гурав|дөрөв|тав|зурга|дол|найм|ес|арав)(?:дүгээр|дугаар)(?=\s+сарын)/u;
const MONGOLIAN_ORDINALS: Record<string, number> = { нэг: 1, хоёр: 2, гурав: 3, дөрөв: 4, тав: 5, зурга: 6, дол: 7, найм: 8, ес: 9, арав: 10 };
const mongolianMonth = (all: string, ten: string | undefined, unit: string) => (ten && MONGOLIAN_ORDINALS[unit]! > 2 ? all : String((ten ? 10 : 0) + MONGOLIAN_ORDINALS[unit]!));

/**
 * ISO 8601's week date ("2026-W48-5", "2026W485": the fifth day of week 48, Friday 27 November) and ordinal date
 * ("2026-331", the year's 331st day), as calendar exports and some APIs write them, made the calendar date with whatever
 * time follows. Week 1 is the week with the year's first Thursday. A week or day the year lacks is no date.
 */
const WEEK_DATE = /^(\d{4})-?W(\d{2})-?([1-7])(?=$|T)/i;
const ORDINAL_DATE = /^(\d{4})-(\d{3})(?=$|T)/;

function withWeekOrOrdinalAsIso(s: string): string {
  const week = WEEK_DATE.exec(s);
  const ordinal = week ? null : ORDINAL_DATE.exec(s);
  const m = week ?? ordinal;
  if (!m) return s;
  const year = Number(m[1]);
  let day: number;
  if (week) {
    const jan4 = Date.UTC(year, 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    day = monday1 + ((Number(m[2]) - 1) * 7 + Number(m[3]) - 1) * DAY_MS;
    const weeks = new Date(Date.UTC(year, 0, 1)).getUTCDay() === 4 || new Date(Date.UTC(year, 11, 31)).getUTCDay() === 4 ? 53 : 52;
    if (Number(m[2]) < 1 || Number(m[2]) > weeks) return '';
  } else {
    const n = Number(m[2]);
    if (n < 1 || n > daysIn(year, 1) + 337) return '';
    day = Date.UTC(year, 0, n);
  }
  return new Date(day).toISOString().slice(0, 10) + s.slice(m[0].length);
}

/** "令和8年11月26日" → "2026年11月26日", for the CJK form to read with whatever time follows. */
function withJapaneseEraAsGregorian(s: string): string {
  return s.replace(JAPANESE_ERA, (_all, era: string, year: string) => `${JAPANESE_ERAS[era]! + (year === '元' ? 1 : Number(year))}年`);
}

/**
 * Nepal's Bikram Sambat, its official calendar, as Nepali papers and the government's sites date their stories: "२०८३ मंसिर
 * ११" (2083 Mangsir 11, year first), "मंसिर ११, २०८३", "११ मंसिर २०८३ गते", romanised "2083 Mangsir 11". Its months are
 * solar and their lengths (29 to 32 days) change from year to year by no rule: a committee fixes each year's calendar
 * (the Nepal Panchang Nirnayak Samiti). The table below is taken from three converters (the npm packages bikram-sambat,
 * nepali-date-converter and nepali-datetime), checked to agree for each year; from 2084 their tables disagree, so a date
 * of a year outside it stays no date rather than one a day or two out.
 */
const BS_FIRST_YEAR = 2070;
/** 1 Baisakh 2070: 14 April 2013. */
const BS_EPOCH = Date.UTC(2013, 3, 14);
const BS_MONTH_DAYS = [
  '31,31,31,32,31,31,29,30,30,29,30,30', // 2070
  '31,31,32,31,31,31,30,29,30,29,30,30',
  '31,32,31,32,31,30,30,29,30,29,30,30',
  '31,32,31,32,31,30,30,30,29,29,30,31',
  '31,31,31,32,31,31,30,29,30,29,30,30',
  '31,31,32,31,31,31,30,29,30,29,30,30', // 2075
  '31,32,31,32,31,30,30,30,29,29,30,30',
  '31,32,31,32,31,30,30,30,29,30,29,31',
  '31,31,31,32,31,31,30,29,30,29,30,30',
  '31,31,32,31,31,31,30,29,30,29,30,30',
  '31,32,31,32,31,30,30,30,29,29,30,30', // 2080
  '31,32,31,32,31,30,30,30,29,30,29,31',
  '31,31,32,31,31,31,30,29,30,29,30,30',
  '31,31,32,31,31,31,30,29,30,29,30,30', // 2083
].map((year) => year.split(',').map(Number));
/** The months' names in Nepali (as written, and in the Sanskrit spellings) and romanised as Nepali sites spell them. */
const BS_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['बैशाख वैशाख baisakh baishakh baishak', 1], ['जेठ जेष्ठ ज्येष्ठ jestha jeth jeth', 2], ['असार आषाढ asar ashadh asadh', 3],
    ['साउन श्रावण shrawan saun sawan srawan', 4], ['भदौ भाद्र bhadra bhadau bhadau', 5], ['असोज आश्विन asoj ashwin aswin', 6],
    ['कात्तिक कार्तिक kartik kattik', 7], ['मंसिर मङ्सिर मार्ग mangsir mansir marga', 8], ['पुस पौष poush push paush', 9],
    ['माघ magh', 10], ['फागुन फाल्गुन falgun phagun fagun', 11], ['चैत चैत्र chaitra chait', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number])),
);
const BS_MONTH = `(${Object.keys(BS_MONTHS).join('|')})(?![\\p{L}\\p{M}])`;
const BS_MONTH_NAME = new RegExp(`(?<![\\p{L}\\p{M}])${BS_MONTH}(?![\\p{L}\\p{M}])`, 'iu');
const BS_YEAR = /(?<!\d)20[4-9]\d(?!\d)/;
// Year first ("2083 मंसिर 11 गते"), day first ("11 मंसिर 2083"), month first ("मंसिर 11, 2083"); the digits made ASCII by then.
const BS_DATES = [
  { re: new RegExp(`(20\\d\\d)\\s*(?:साल\\s*)?${BS_MONTH}\\s+(\\d{1,2})(?!\\d)(?:\\s*गते)?`, 'iu'), y: 1, m: 2, d: 3 },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:गते\\s*)?${BS_MONTH},?\\s+(20\\d\\d)(?!\\d)`, 'iu'), d: 1, m: 2, y: 3 },
  { re: new RegExp(`${BS_MONTH}\\s+(\\d{1,2})(?:\\s*गते)?,?\\s+(20\\d\\d)(?!\\d)`, 'iu'), m: 1, d: 2, y: 3 },
];
// The numeric form, year first ("२०८३/०८/११", "2083-08-11"): taken for one only in Devanagari digits or a feed of Nepal's.
const BS_NUMERIC = /^(20\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/;

/** The Gregorian day of a Bikram Sambat one, by the table; null for a year outside it or a day its month does not have. */
function gregorianOfBikramSambat(year: number, month: number, day: number): Date | null {
  const months = BS_MONTH_DAYS[year - BS_FIRST_YEAR];
  if (!months || month < 1 || month > 12 || day < 1 || day > months[month - 1]!) return null;
  let days = day - 1;
  for (let y = BS_FIRST_YEAR; y < year; y++) days += BS_MONTH_DAYS[y - BS_FIRST_YEAR]!.reduce((a, b) => a + b, 0);
  for (let m = 1; m < month; m++) days += months[m - 1]!;
  return new Date(BS_EPOCH + days * DAY_MS);
}

/**
 * A Bikram Sambat date written as the Gregorian one it is ("27 Nov 2026"), for the forms below to read with its time, and
 * whether one was: the weekday ("शुक्रबार", Friday), "गते" (day), "साल" (year) and the era's mark ("वि.सं.") go.
 */
function withBikramSambatAsGregorian(s: string, numerals: boolean): { text: string; read: boolean } {
  let read = false;
  const toGregorian = (all: string, y: string, m: number, d: string) => {
    const day = gregorianOfBikramSambat(Number(y), m, Number(d));
    if (!day) return all;
    read = true;
    return gregorianText(day);
  };
  let text = s.replace(/(?:वि|बि)\.\s?सं\.?\s*/gu, '').replace(/(?<![\p{L}\p{M}])[\p{Script=Devanagari}]+बार,?\s*/u, '');
  for (const form of BS_DATES) {
    if (read) break;
    text = text.replace(form.re, (...g: string[]) => toGregorian(g[0]!, g[form.y]!, BS_MONTHS[g[form.m]!.toLowerCase()]!, g[form.d]!));
  }
  if (!read && numerals) text = text.replace(BS_NUMERIC, (all, y: string, _sep: string, m: string, d: string) => toGregorian(all, y, Number(m), d));
  // A year of the era the table lacks ("2084-01-01" in a feed of Nepal's) is no date: read as a Gregorian one, it was 2084's.
  if (!read && numerals && BS_YEAR.test(BS_NUMERIC.exec(text)?.[1] ?? '')) return { text: '', read: false };
  return { text: read ? text.replace(/\s*(?:गते|बजे)\s*/gu, ' ').replace(/\s+/g, ' ').trim() : s, read };
}

/**
 * Bangladesh's Bangla calendar (Bangabda), as Bangladeshi papers date their stories: "১২ অগ্রহায়ণ ১৪৩৩" (12 Agrahayan 1433),
 * romanised "12 Agrahayan 1433". Since its revision of 2019 (Bangla Academy; in force from 16 October 2019, Ashwin 1426
 * being the first Ashwin of 31 days) it is a rule: 1 Boishakh is 14 April, Boishakh to Ashwin have 31 days, Kartik to Magh
 * 30, Falgun 29 (30 when its February is a Gregorian leap year's) and Chaitra 30, so Victory Day, 16 December, is always
 * 1 Poush. 1426's months before Ashwin had the same days under the calendar of 1987; earlier years' later months did not. Read in a feed of Bangladesh's (its domain, bn-BD, a Bangladeshi outlet, a bare "bn") or with the era's name
 * (বঙ্গাব্দ) outside India: West Bengal's Bangla calendar is the traditional one, whose months begin with the sun's transits
 * (a day or two from Bangladesh's), and is not read. Dates before 1426 (2019) stay no date.
 */
const BANGLA_YEAR = /(?<!\d)14\d\d(?!\d)/;
const BANGABDA = /বঙ্গাব্দ/u;
const BANGLA_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['বৈশাখ boishakh baishakh boisakh', 1], ['জ্যৈষ্ঠ জৈষ্ঠ্য জ্যেষ্ঠ joishtho jyoishtho jaishtha jaistha jyaistha', 2], ['আষাঢ় asharh ashar asadh ashadh', 3],
    ['শ্রাবণ srabon shrabon shraban sraban', 4], ['ভাদ্র bhadro bhadra', 5], ['আশ্বিন ashwin ashshin aswin ashin', 6], ['কার্তিক কার্ত্তিক kartik', 7],
    ['অগ্রহায়ণ অঘ্রান agrahayan agrahayon ogrohayon ogrohayan ograhayan', 8], ['পৌষ poush paush pous', 9], ['মাঘ magh', 10],
    ['ফাল্গুন falgun phalgun', 11], ['চৈত্র chaitra choitro chaitro', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [banglaKey(name), month as number])),
);
// "১২ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ", "12 Agrahayan, 1433" (the digits made ASCII by then).
const BANGLA_DATE = /(?<!\d)(\d{1,2})\s+([\p{L}\p{M}\u200C\u200D]{3,14})\s*,?\s+(14\d\d)(?!\d)(?:\s*বঙ্গাব্দ)?/u;

/** A Bangla month's name as BANGLA_MONTHS keys it: composed (ঢ় and য় are one letter or two), without joiners, lower case. */
function banglaKey(name: string): string {
  return name.normalize('NFC').replace(/[\u200C\u200D]/g, '').toLowerCase();
}

/** The Gregorian day of a Bangla one, by the revised calendar's rule; null before the revision or for a day its month lacks. */
function gregorianOfBangla(year: number, month: number, day: number): Date | null {
  if (year < 1426) return null;
  const falgun = daysIn(year + 594, 1) === 29 ? 30 : 29;
  const lengths = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, falgun, 30];
  if (day < 1 || day > lengths[month - 1]!) return null;
  const days = lengths.slice(0, month - 1).reduce((a, b) => a + b, day - 1);
  return new Date(Date.UTC(year + 593, 3, 14) + days * DAY_MS);
}

/** A Bangla date written as the Gregorian one it is ("27 Nov 2026"), for the forms below to read with its time, and whether one was. */
function withBanglaAsGregorian(s: string): { text: string; read: boolean } {
  let read = false;
  const text = s.replace(BANGLA_DATE, (all, d: string, name: string, y: string) => {
    const month = BANGLA_MONTHS[banglaKey(name)];
    const day = month ? gregorianOfBangla(Number(y), month, Number(d)) : null;
    if (!day) return all;
    read = true;
    return gregorianText(day);
  });
  return { text, read };
}

/** Iran's and Afghanistan's solar calendar: a year of this era is today's (1405 began in March 2026). */
const SOLAR_YEAR = /(?<!\d)1[34]\d\d(?!\d)/;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;

/** Solar Hijri months, Iran's names (and their Latin spellings) and Afghanistan's (Dari, after the zodiac), with the country that writes them. */
const SOLAR_MONTHS: Record<string, { month: number; region: string }> = Object.fromEntries(
  [
    ['فروردین farvardin', 1], ['اردیبهشت ordibehesht', 2], ['خرداد khordad', 3], ['تیر tir', 4], ['مرداد امرداد mordad', 5], ['شهریور shahrivar', 6],
    ['مهر mehr', 7], ['آبان aban', 8], ['آذر azar', 9], ['دی dey', 10], ['بهمن bahman', 11], ['اسفند esfand', 12],
  ]
    .flatMap(([names, month]) => (names as string).split(' ').map((name) => [monthKey(name), { month: month as number, region: 'ir' }]))
    .concat(
      [['حمل', 1], ['ثور', 2], ['جوزا', 3], ['سرطان', 4], ['اسد', 5], ['سنبله', 6], ['سنبلهٔ', 6], ['میزان', 7], ['عقرب', 8], ['قوس', 9], ['جدی', 10], ['دلو', 11], ['حوت', 12]].map(
        ([name, month]) => [monthKey(name as string), { month: month as number, region: 'af' }],
      ),
      // Pashto's names of the same months ("۶ لیندۍ ۱۴۰۵", 6 Qaws), as Afghan Pashto sites write them.
      [['وری', 1], ['غویی', 2], ['غبرگولی', 3], ['چنګاښ', 4], ['چنگاښ', 4], ['زمری', 5], ['وږی', 6], ['تله', 7], ['لړم', 8], ['لیندۍ', 9], ['مرغومی', 10], ['سلواغه', 11], ['کب', 12]].map(
        ([name, month]) => [monthKey(name as string), { month: month as number, region: 'af' }],
      ),
    ),
);
// "۵ آذر ۱۴۰۵", "پنجشنبه ۵ آذر ۱۴۰۵ ساعت ۱۴:۰۵" (the digits made ASCII by then); the year-first numeric form "۱۴۰۵/۰۹/۰۵".
const SOLAR_DAY_MONTH = /(?<!\d)(\d{1,2})\s+([\p{L}\p{M}]{2,12})\s+(1[34]\d\d)(?!\d)/u;
/** Year first with the month's name, as CLDR's Pashto and Dari write it ("AP ۱۴۰۵ لیندۍ ۶", Anno Persico, "۱۴۰۵ قوس ۶"). */
const SOLAR_YEAR_MONTH_DAY = /^(?:AP\s+)?(1[34]\d\d)\s+([\p{L}\p{M}]{2,12})\s+(\d{1,2})(?!\d)/u;
const SOLAR_YEAR_FIRST = /^(1[34]\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/;
const GREGORIAN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A Solar Hijri date written as the Gregorian one it is, for the forms below to read, with the country whose calendar
 * named it (its clock, when the feed says no other). The numeric form is taken for one only where the feed is
 * Iran's or Afghanistan's, or writes Persian digits: elsewhere "1405/09/05" may be the Islamic lunar calendar's,
 * which gives no date. "ساعت" (o'clock) before the time goes.
 */
function withSolarHijriAsGregorian(s: string, solarNumerals: boolean): { text: string; region: string | null } {
  let region: string | null = null;
  let text = s.replace(SOLAR_YEAR_MONTH_DAY, (all, y: string, name: string, d: string) => (SOLAR_MONTHS[monthKey(name.toLowerCase())] ? `${d} ${name} ${y}` : all));
  text = text.replace(SOLAR_DAY_MONTH, (all, d: string, name: string, y: string) => {
    const solar = SOLAR_MONTHS[monthKey(name.toLowerCase())];
    const day = solar ? gregorianOfSolar(Number(y), solar.month, Number(d)) : null;
    if (!day) return all;
    region = solar!.region;
    return gregorianText(day);
  });
  if (!region && solarNumerals) {
    text = text.replace(SOLAR_YEAR_FIRST, (all, y: string, _sep: string, m: string, d: string) => {
      const day = gregorianOfSolar(Number(y), Number(m), Number(d));
      if (!day) return all;
      region = 'ir';
      return gregorianText(day);
    });
  }
  if (region) text = text.replace(/\s*ساعت\s*/g, ' ').trim();
  return { text, region };
}

/**
 * A field holding two calendars, as mastheads print the day: Gregorian and Bangla ("২৭ নভেম্বর ২০২৬, ১২ অগ্রহায়ণ ১৪৩৩"),
 * Bikram Sambat and Gregorian ("२०८३ मंसिर ११ | 27 Nov 2026"), Hijri and Gregorian ("… 1448 هـ - 27 نوفمبر 2026 م",
 * "27 نوفمبر 2026 م الموافق 7 جمادى الآخرة 1448 هـ"), Solar Hijri and Gregorian ("۶ آذر ۱۴۰۵ (27 نوامبر 2026)"). The
 * Gregorian half is read, with the time wherever it stands; the other date only checks it where its calendar is known
 * exactly (a day of its own, `day`) and read here (Bangla in Bangladesh's feeds): a lunar Hijri day hangs on the moon's
 * sighting and checks nothing. `rest` is the field without the other date; null when the field holds no such pair.
 */
const GREGORIAN_YEAR = /(?<!\d)(?:19[89]\d|20[0-3]\d)(?!\d)/;
/** A year of the other calendars': lunar Hijri (13xx to 15xx), Bangla (14xx), Solar Hijri (13xx, 14xx), Bikram Sambat (2040 to 2099). */
const OTHER_YEAR = /(?<!\d)(?:1[3-5]\d\d|20[4-9]\d)(?!\d)/;
const BEFORE_OTHER = /\s*(?:[,،|/–—(-]|الموافق)?\s*$/;
const AFTER_OTHER = /^\s*(?:[,،|/–—)-]|الموافق)?\s*\(?/;

function otherCalendarBeside(s: string, region: string | null): { rest: string; day: Date | null; region: string | null } | null {
  const found = otherCalendarDate(s, region);
  if (!found) return null;
  const [before, after] = [s.slice(0, found.at), s.slice(found.at + found.length)];
  const rest = GREGORIAN_YEAR.test(after) ? `${before.trimEnd()} ${after.replace(AFTER_OTHER, '')}` : `${before.replace(BEFORE_OTHER, '')}${after.replace(/^\s*\)/, '')}`;
  const unpaired = (rest.match(/\(/g)?.length ?? 0) !== (rest.match(/\)/g)?.length ?? 0);
  return { rest: (unpaired ? rest.replace(/[()]/g, '') : rest).trim(), day: found.day, region: found.day ? region ?? found.region : region };
}

/** A date of another calendar in the field (see otherCalendarBeside): where it stands, its Gregorian day when known exactly, its country. */
function otherCalendarDate(s: string, region: string | null): { at: number; length: number; day: Date | null; region: string | null } | null {
  const lunar = LUNAR_DAY_MONTH.exec(s);
  if (lunar && LUNAR_MONTHS[lunarKey(lunar[2]!)]) return { at: lunar.index, length: lunar[0].length, day: null, region: null };
  const latinLunar = latinLunarDate(s);
  if (latinLunar) return { at: latinLunar.at, length: latinLunar.length, day: null, region: null };
  const bangla = BANGLA_DATE.exec(s);
  const banglaMonth = bangla && BANGLA_MONTHS[banglaKey(bangla[2]!)];
  if (bangla && banglaMonth) {
    const read = region === 'bd' || (region !== 'in' && BANGABDA.test(s));
    return { at: bangla.index, length: bangla[0].length, day: read ? gregorianOfBangla(Number(bangla[3]), banglaMonth, Number(bangla[1])) : null, region: 'bd' };
  }
  for (const form of BS_DATES) {
    const bs = form.re.exec(s);
    if (bs && BS_YEAR.test(bs[form.y]!)) return { at: bs.index, length: bs[0].length, day: gregorianOfBikramSambat(Number(bs[form.y]), BS_MONTHS[bs[form.m]!.toLowerCase()]!, Number(bs[form.d])), region: 'np' };
  }
  const solar = SOLAR_DAY_MONTH.exec(s);
  const solarMonth = solar && SOLAR_MONTHS[monthKey(solar[2]!.toLowerCase())];
  if (solar && solarMonth) return { at: solar.index, length: solar[0].length, day: gregorianOfSolar(Number(solar[3]), solarMonth.month, Number(solar[1])), region: solarMonth.region };
  return null;
}

/** Whether the Gregorian half, read as `t`, names `day`: that day's number is written, and `t` falls on it in some zone. */
function agrees(t: number, day: Date, rest: string): boolean {
  return Math.abs(t - (day.getTime() + DAY_MS / 2)) <= 1.5 * DAY_MS && new RegExp(`(?<![\\d:.])0?${day.getUTCDate()}(?![\\d:])`).test(rest);
}

/** "26 Nov 2026": a form DAY_MONTH reads with whatever time follows ("- 14:05"). */
function gregorianText(day: Date): string {
  return `${day.getUTCDate()} ${GREGORIAN_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/**
 * Ethiopia's calendar as Amharic feeds date their stories ("ኅዳር 18 ቀን 2019 ዓ.ም", "ዓርብ፣ ኅዳር 18/2019", "18 ኅዳር 2019"): twelve
 * months of 30 days and a thirteenth (Pagume) of five, or six before a year divisible by four, the year beginning on 11
 * September (12 after a Gregorian leap year's February). Keyed by each month's spellings, Amharic writing one sound with
 * several letters (ኅዳር, ህዳር, ሕዳር).
 */
const ETHIOPIAN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['መስከረም', 1], ['ጥቅምት', 2], ['ኅዳር ህዳር ሕዳር', 3], ['ታኅሣሥ ታህሳስ ታሕሳስ ታኅሳስ ታህሣሥ', 4], ['ጥር', 5], ['የካቲት', 6], ['መጋቢት', 7],
    ['ሚያዝያ ሚያዚያ', 8], ['ግንቦት', 9], ['ሰኔ', 10], ['ሐምሌ ሀምሌ', 11], ['ነሐሴ ነሀሴ', 12], ['ጳጉሜ ጳጉሜን', 13],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number])),
);
const ETHIOPIAN_MONTH = `(${Object.keys(ETHIOPIAN_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
// Month first ("ኅዳር 18 ቀን 2019 ዓ.ም", "ኅዳር 18/2019") or day first ("18 ኅዳር 2019"); ቀን is "day", ዓ.ም the era's mark.
const ETHIOPIAN_DATE = new RegExp(String.raw`(?:${ETHIOPIAN_MONTH}\s*(\d{1,2})(?:\s*ቀን)?|(\d{1,2})\s+${ETHIOPIAN_MONTH})\s*[/,፣]?\s*(\d{4})(?!\d)`, 'u');
// 1 Meskerem of year 1 of the Ethiopian era (Amete Mihret, 8 CE) is Julian day 1724221.
const ETHIOPIAN_EPOCH_JDN = 1724221;
const UNIX_EPOCH_JDN = 2440588;

/** The Gregorian day of an Ethiopian one; null for a day the month does not have. */
function gregorianOfEthiopian(year: number, month: number, day: number): Date | null {
  if (day < 1 || day > (month === 13 ? (year % 4 === 3 ? 6 : 5) : 30)) return null;
  const jdn = ETHIOPIAN_EPOCH_JDN + 365 * (year - 1) + Math.floor(year / 4) + 30 * (month - 1) + day - 1;
  return new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS);
}

/**
 * An Ethiopian date made the Gregorian day it is, on Ethiopia's clock; what stands around it goes (a weekday, ቀን, ዓ.ም), and
 * so does a time: Amharic counts its hours from six in the morning ("ከጠዋቱ 4:05" is 10:05), and a bare "4:05" says not which
 * clock it keeps, so the day is read alone. Years 1980–2030 of the era (1987–2038) only.
 */
function withEthiopianAsGregorian(s: string): { text: string; read: boolean } {
  const m = ETHIOPIAN_DATE.exec(s) ?? ethiopianNumeric(s);
  if (!m) return { text: s, read: false };
  const month = ETHIOPIAN_MONTHS[m[1] ?? m[4]!]!;
  const year = Number(m[5]);
  const day = year >= 1980 && year <= 2030 ? gregorianOfEthiopian(year, month, Number(m[2] ?? m[3])) : null;
  // A day the calendar does not have is no date: the text is left with nothing a reader takes for one.
  if (!day) return { text: '', read: false };
  const time = ethiopianTime(s.slice(m.index + m[0].length));
  return { text: time ? `${gregorianText(day)} ${time}` : gregorianText(day), read: true };
}

/**
 * Ethiopia's calendar in Latin letters, as CLDR's English writes it ("Hedar 18, 2019 AM", "Friday, Hedar 18, 2019 AM at 10:05
 * AM") and as Ethiopian English copy does ("Hidar 18, 2019 E.C."): read only with the era's mark after the year ("AM", Amete
 * Mihret, or "E.C.", the Ethiopian calendar), a year that may be a Gregorian one's; the Gregorian day it is, on Ethiopia's clock.
 * A time after it is English's, counted from midnight as CLDR's is (the fifty-third round's).
 */
const LATIN_ETHIOPIAN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['meskerem meskarem maskaram', 1], ['tekemt tikimt tikemet tiqimt', 2], ['hedar hidar hidaar', 3], ['tahsas tahesas tahisas', 4],
    ['ter tir tiri', 5], ['yekatit yakatit yekkatit', 6], ['megabit magabit maggabit', 7], ['miazia miyazia miyazya miyaziya', 8],
    ['genbot ginbot', 9], ['sene senie', 10], ['hamle hamlie', 11], ['nehasse nehase nahase nehassie', 12], ['pagumen pagume pagumien', 13],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number])),
);
const LATIN_ETHIOPIAN_DATE =
  /(?<![\p{L}\d])(?:(\p{L}+)\s+(\d{1,2})|(\d{1,2})\s+(\p{L}+)),?\s+(\d{4})\s*(?:A\.?M\.?|E\.\s?C\.?|EC)(?![\p{L}])(?:\s*(?:,|at)\s*)?/u;
function withLatinEthiopianAsGregorian(s: string): { text: string; read: boolean } {
  const m = LATIN_ETHIOPIAN_DATE.exec(s);
  const month = m ? LATIN_ETHIOPIAN_MONTHS[(m[1] ?? m[4]!).toLowerCase()] : undefined;
  if (!m || !month) return { text: s, read: false };
  const year = Number(m[5]);
  const day = year >= 1980 && year <= 2030 ? gregorianOfEthiopian(year, month, Number(m[2] ?? m[3])) : null;
  if (!day) return { text: '', read: false };
  const after = s.slice(m.index + m[0].length).trim();
  return { text: after ? `${gregorianText(day)} ${after}` : gregorianText(day), read: true };
}

/**
 * A numeric Ethiopian date with the era's mark, day first as Ethiopian offices write it ("18/03/2019 ዓ.ም", 18 Hedar 2019),
 * in ETHIOPIAN_DATE's groups (its month as the month's first name); without the mark the numbers may be Gregorian.
 */
const ETHIOPIAN_NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*ዓ\.?\s?ም/u;
const ETHIOPIAN_MONTH_NAMES = Object.fromEntries(Object.entries(ETHIOPIAN_MONTHS).reverse().map(([name, month]) => [month, name]));

function ethiopianNumeric(s: string): RegExpExecArray | null {
  const m = ETHIOPIAN_NUMERIC.exec(s);
  const name = m && ETHIOPIAN_MONTH_NAMES[Number(m[2])];
  if (!m || !name) return null;
  const groups = [m[0], name, m[1], undefined, undefined, m[3]] as unknown as RegExpExecArray;
  groups.index = m.index;
  return groups;
}

/**
 * A time after an Ethiopian date with its part of the day ("ከጠዋቱ 3 ሰዓት", "ከቀኑ 6:30", "ከምሽቱ 2 ሰዓት"), on the clock
 * Amharic keeps: its hours count from six, 12 o'clock of the day being 06:00 and 12 of the night 18:00 ("ከጠዋቱ 3 ሰዓት" is 09:00,
 * "ከቀኑ 10 ሰዓት" 16:00, "ከምሽቱ 2 ሰዓት" 20:00), as "HH:MM"; null without the word (a bare "3:30" may be either clock's), and for
 * the night's hours after midnight (their civil day is the next one, or not, as the site counts its days).
 */
const ETHIOPIAN_TIME = /^[\s,፣]*(?:ዓ\.?\s?ም\.?)?[\s,፣]*(?:ከ\s*)?(ጠዋቱ|ጠዋት|ቀኑ|ሰዓት\s+በኋላ|ምሽቱ|ምሽት|ማታ|ሌሊቱ|ሌሊት)\s*(\d{1,2})(?:[:.](\d{2}))?(?!\d)/u;

function ethiopianTime(after: string): string | null {
  const m = ETHIOPIAN_TIME.exec(after);
  if (!m) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3] ?? 0);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const civil = (hour % 12) + (/^(?:ምሽ|ማታ|ሌሊ)/u.test(m[1]!) ? 18 : 6);
  return civil < 24 ? `${String(civil).padStart(2, '0')}:${String(minute).padStart(2, '0')}` : null;
}

/**
 * An Ethiopian date as the Gregorian day it is, written "26 Nov 2026", as the Ethiopian News Agency's Amharic dateline dates its
 * copy ("ኅዳር 17/2019"; the thirty-third wire sweep); null where it reads no Ethiopian date, or one the calendar lacks.
 */
export function ethiopianDayInGregorian(s: string): string | null {
  const read = withEthiopianAsGregorian(s);
  return read.read ? read.text : null;
}

const SOLAR_CALENDAR = new Intl.DateTimeFormat('en-US-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const DAY_MS = 86_400_000;

/**
 * The Gregorian day of a Solar Hijri one, by the calendar ICU carries (its leap years are the astronomical ones, not a
 * rule): the year begins near 21 March, its first six months have 31 days and the next five 30, so the day is
 * estimated and then checked, a day or two either side. Null for a day the calendar does not have.
 */
function gregorianOfSolar(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const estimate = Date.UTC(year + 621, 2, 21) + ((month - 1) * 31 - Math.max(0, month - 7) + day - 1) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2]) {
    const t = estimate + shift * DAY_MS;
    const parts = Object.fromEntries(SOLAR_CALENDAR.formatToParts(t).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) return new Date(t);
  }
  return null;
}

/** The Islamic (lunar Hijri) calendar's months as Arabic writes them, keyed as monthKey spells them, spaces dropped. */
const LUNAR_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['محرم', 1], ['صفر', 2], ['ربيع الاول', 3], ['ربيع الأول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['جمادى الأولى', 5], ['جمادى الأول', 5],
    ['جمادى الآخرة', 6], ['جمادى الآخر', 6], ['جمادى الثانية', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
    ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
    // Urdu's, as CLDR and Pakistan's papers write them ("17 جمادی الثانی، 1448 ہجری", "ر بیع الاول" with CLDR's space): the
    // fifty-third round's.
    ['ربیع الثانی', 4], ['جمادی الاول', 5], ['جمادی الثانی', 6], ['ذوالقعدۃ', 11], ['ذوالحجۃ', 12],
  ].map(([name, month]) => [lunarKey(name as string), month as number]),
);
// "25 جمادى الأولى 1448 هـ", "3 رمضان 1447هـ" (the digits made ASCII by then): a month of one or two words, the era mark optional.
// Urdu's ("17 جمادی الثانی، 1448 ہجری", "16 رجب 1447ھ"): a comma after the month, three words in CLDR's "ر بیع الاول", its marks.
const LUNAR_DAY_MONTH = /(?<!\d)(\d{1,2})\s+(\p{L}[\p{L}\p{M}]*(?:\s+\p{L}[\p{L}\p{M}]*){0,2})\s*[،,]?\s+(1[3-5]\d\d)(?!\d)(?:\s*هـ|\s*[هھ](?![\p{L}])|\s*ہجری)?/u;

/**
 * The Hijri months in Latin letters, as English-language sites in the Gulf, Pakistan and Malaysia print the day beside the
 * Gregorian one ("27 November 2026 / 16 Jumada II 1448", "Friday, 16 Jumada al-Akhirah 1448 AH / 27 November 2026") and as
 * CLDR's English writes them, whole or cut short ("Jumada II 17, 1448 AH", "Dhuʻl-Hijjah", "Rab. II"): keyed in lower case
 * without spaces, hyphens, apostrophes, ʻayns and dots, a last I or II its number ("rabi1" is Rabiʻ I, "rab2" Rab. II). The
 * fifty-third round's; beside a Gregorian date the Gregorian half is read, as beside Arabic's.
 */
const LATIN_LUNAR_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['muharram moharram muharam muh', 1], ['safar saf', 2],
    ['rabi1 rab1 rabialawwal rabialawal rabiulawwal rabiulawal rabiulaval', 3],
    ['rabi2 rab2 rabialthani rabiathani rabiulthani rabiussani rabisani rabialakhir rabiulakhir rabialakhar', 4],
    ['jumada1 jum1 jumadaalawwal jumadaalawal jumadaalula jumadalawwal jumadalula jumadiulawal jamadiulawal jamadiulawwal', 5],
    ['jumada2 jum2 jumadaalthani jumadaalthaniyah jumadaalakhirah jumadaalakhira jumadaalakhir jumadathani jumadalakhirah jumadiussani jamadiussani jamadiulakhir jamadiulakhar', 6],
    ['rajab raj', 7], ['shaban shaaban sha', 8], ['ramadan ramadhan ramazan ram', 9], ['shawwal shawal shaw', 10],
    ['dhulq dhualqadah dhualqidah dhulqadah dhulqidah dhuulqadah dhuulqidah zulqadah zulqida zilqad zilqadah dhualqadah', 11],
    ['dhulh dhualhijjah dhualhijja dhulhijjah dhulhijja dhuulhijjah zulhijjah zulhijja zilhaj zilhajj zilhijjah', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number])),
);
const LATIN_LUNAR_WORD = String.raw`\p{Lu}[\p{L}ʻʿʾ'’.]*`;
/** A Latin Hijri month of one to three words, day first or month first, its year from 1300 to 1599 and "AH" or "H" after. */
const LATIN_LUNAR_DATES = [1, 2, 3].flatMap((words) => {
  const month = `(${LATIN_LUNAR_WORD}(?:[\\s-]+(?:${LATIN_LUNAR_WORD}|\\p{Ll}{1,3}-?${LATIN_LUNAR_WORD}|\\p{Ll}{1,3}|I{1,2})){${words - 1}})`;
  const era = String.raw`(?:\s*(?:A\.?H\.?|H)(?![\p{L}]))?`;
  return [
    new RegExp(String.raw`(?<![\d\p{L}])(\d{1,2})\s+${month},?\s+(1[3-5]\d\d)(?!\d)${era}`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}ʻʿʾ'’.-])${month}\s+(\d{1,2}),?\s+(1[3-5]\d\d)(?!\d)${era}`, 'gu'),
  ];
});
function latinLunarKey(name: string): string {
  return name.toLowerCase().replace(/\s+(i{1,2})$/, (_all, n: string) => String(n.length)).replace(/[\s'’ʻʿʾ.-]/gu, '');
}
/** Where a Latin Hijri date stands (LATIN_LUNAR_DATES), its month known to LATIN_LUNAR_MONTHS, and its year, month and day; null if none does. */
function latinLunarDate(s: string): { at: number; length: number; year: number; month: number; day: number } | null {
  if (!/\p{Lu}/u.test(s)) return null;
  for (const re of LATIN_LUNAR_DATES) {
    for (const m of s.matchAll(re)) {
      const dayFirst = /^\d/.test(m[1]!);
      const month = LATIN_LUNAR_MONTHS[latinLunarKey(dayFirst ? m[2]! : m[1]!)];
      if (month) return { at: m.index, length: m[0].length, year: Number(m[3]), month, day: Number(dayFirst ? m[1] : m[2]) };
    }
  }
  return null;
}
/**
 * A Hijri date in Latin letters alone, with its era's mark, as CLDR's English prints it ("Jumada II 17, 1448 AH", "Friday, Jumada
 * II 17, 1448 AH at 10:05 AM"): the Gregorian day Umm al-Qura's calendar makes it, as Arabic's is read, and the time after it.
 */
const LATIN_LUNAR_ALONE = /1[3-5]\d\d\s*A\.?H\b/;
function withLatinLunarAsGregorian(s: string): string {
  const found = latinLunarDate(s);
  const day = found ? gregorianOfLunar(found.year, found.month, found.day) : null;
  if (!found || !day) return s;
  const after = s.slice(found.at + found.length).replace(/^\s*(?:,|at)\s*/, ' ');
  return `${gregorianText(day)}${after}`;
}

/**
 * Other calendars' years as CLDR's English prints them (the fifty-fourth round's): Thailand's Buddhist era ("November 27,
 * 2569 BE"), Japan's eras ("November 27, 8 Reiwa", "Reiwa 8, November 27"), the Minguo year ("Nov 27, 115 Minguo", "Minguo
 * 115-11-27"), whose months and days are the Gregorian ones, and the Hebrew ("17 Kislev 5787") and Solar Hijri ("Azar 6,
 * 1405 AP") calendars, whose are their own: each made the Gregorian day it is, for the forms below to read with its time,
 * and the calendar's country the clock where nothing else says which.
 */
const ENGLISH_ERAS: Record<string, { start: number; region: string }> = {
  be: { start: -543, region: 'th' }, reiwa: { start: 2018, region: 'jp' }, heisei: { start: 1988, region: 'jp' },
  showa: { start: 1925, region: 'jp' }, shōwa: { start: 1925, region: 'jp' }, minguo: { start: 1911, region: 'tw' },
};
const ENGLISH_HEBREW_MONTHS: Record<string, string[]> = {
  Tishri: ['Tishri'], Tishrei: ['Tishri'], Heshvan: ['Heshvan'], Cheshvan: ['Heshvan'], Kislev: ['Kislev'], Tevet: ['Tevet'], Shevat: ['Shevat'],
  'Adar I': ['Adar I'], 'Adar II': ['Adar II'], Adar: ['Adar', 'Adar II'], Nisan: ['Nisan'], Iyar: ['Iyar'], Sivan: ['Sivan'], Tamuz: ['Tamuz'],
  Tammuz: ['Tamuz'], Av: ['Av'], Elul: ['Elul'],
};
const ENGLISH_SOLAR_MONTHS = ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'];
const ERA_AFTER_YEAR = /(?<!\d)(\d{1,4})\s+(BE|B\.E\.|Reiwa|Heisei|Sh[oō]wa|Minguo)(?![\p{L}.])/u;
const ERA_BEFORE_YEAR = /^(Reiwa|Heisei|Sh[oō]wa|Minguo)\s+(\d{1,3})(?:,\s*|\s+|([/.-])(\d{1,2})\3(\d{1,2})(?!\d))/u;
const ENGLISH_HEBREW_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${Object.keys(ENGLISH_HEBREW_MONTHS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')}),?\\s+(5[78]\\d\\d)(?!\\d)`);
const ENGLISH_SOLAR_DATE = new RegExp(`(${ENGLISH_SOLAR_MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+(1[34]\\d\\d)\\s*AP(?![\\p{L}])`, 'u');
const ENGLISH_CALENDAR_YEAR = /\d\s+(?:BE|B\.E\.|Reiwa|Heisei|Sh[oō]wa|Minguo|AP)(?![\p{L}])|^(?:Reiwa|Heisei|Sh[oō]wa|Minguo)\s\d|\s5[78]\d\d(?!\d)/u;
function withEnglishCalendarAsGregorian(s: string): { text: string; region: string | null } {
  const hebrew = ENGLISH_HEBREW_DATE.exec(s);
  if (hebrew) {
    const day = gregorianOfHebrew(Number(hebrew[3]), ENGLISH_HEBREW_MONTHS[hebrew[2]!.replace(/\s+/g, ' ')]!, Number(hebrew[1]));
    return day ? { text: calendarDateThen(s, hebrew, day), region: 'il' } : { text: '', region: null };
  }
  const solar = ENGLISH_SOLAR_DATE.exec(s);
  if (solar) {
    const day = gregorianOfSolar(Number(solar[3]), ENGLISH_SOLAR_MONTHS.indexOf(solar[1]!) + 1, Number(solar[2]));
    return day ? { text: calendarDateThen(s, solar, day), region: 'ir' } : { text: '', region: null };
  }
  const before = ERA_BEFORE_YEAR.exec(s);
  if (before) {
    const era = ENGLISH_ERAS[before[1]!.toLowerCase()]!;
    const year = era.start + Number(before[2]);
    // "Minguo 115-11-27" is its numeric date; "Reiwa 8, November 27" its month and day after the year.
    const text = before[3] ? `${year}-${before[4]}-${before[5]}${s.slice(before[0].length)}` : `${s.slice(before[0].length).replace(/^(\p{L}+\.?\s+\d{1,2})/u, `$1, ${year}`)}`;
    return { text, region: era.region };
  }
  const after = ERA_AFTER_YEAR.exec(s);
  if (after) {
    const era = ENGLISH_ERAS[after[2]!.toLowerCase().replace(/\./g, '')]!;
    return { text: `${s.slice(0, after.index)}${era.start + Number(after[1])}${s.slice(after.index + after[0].length)}`, region: era.region };
  }
  return { text: s, region: null };
}
/** The text with a calendar's date (`m`) written as the Gregorian day it is, "at" or a comma before the time after it dropped. */
function calendarDateThen(s: string, m: RegExpExecArray, day: Date): string {
  return `${s.slice(0, m.index)}${gregorianText(day)}${s.slice(m.index + m[0].length).replace(/^\s*(?:,|at)\s*/, ' ')}`.trim();
}

function lunarKey(name: string): string {
  return monthKey(name).replace(/[ةۃ]/g, 'ه').replace(/\s+/g, '');
}

const LUNAR_CALENDAR = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
/** 1 Muharram 1 AH, 16 July 622 (Julian), as Date counts days (proleptic Gregorian). */
const LUNAR_EPOCH = Date.UTC(622, 6, 19);

/**
 * A lunar Hijri date in the text, as the Gregorian day it is by Umm al-Qura (Saudi Arabia's calendar, which ICU
 * carries; Gulf and Saudi feeds print it): the day is estimated from the mean month and checked a few days either
 * side. Null when no month is named or the calendar has no such day.
 */
function lunarHijriDay(s: string): { day: Date; match: RegExpExecArray } | null {
  const match = LUNAR_DAY_MONTH.exec(s);
  if (!match) return null;
  const month = LUNAR_MONTHS[lunarKey(match[2]!)];
  const [year, day] = [Number(match[3]), Number(match[1])];
  const found = month ? gregorianOfLunar(year, month, day) : null;
  return found ? { day: found, match } : null;
}

/** The Gregorian day of a lunar Hijri one by Umm al-Qura, null for a day the calendar lacks. */
function gregorianOfLunar(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = LUNAR_EPOCH + Math.round(((year - 1) * 12 + month - 1) * 29.530588 + day - 1) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const t = estimate + shift * DAY_MS;
    const parts = Object.fromEntries(LUNAR_CALENDAR.formatToParts(t).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) return new Date(t);
  }
  return null;
}

/** A numeric lunar Hijri date, day first or year first, and its era's mark: "17/06/1448 هـ", "1448/06/17", "17-06-1448هـ". */
const HIJRI_NUMERIC = /(?<!\d)(?:(\d{1,2})([/.-])(\d{1,2})\2(14\d\d)|(14\d\d)([/.-])(\d{1,2})\6(\d{1,2}))(?!\d)(?:\s*هـ)?/u;

/** A numeric lunar Hijri date written as the Gregorian one it is; a day the calendar lacks leaves no date. */
function withNumericHijriAsGregorian(s: string): string {
  const m = HIJRI_NUMERIC.exec(s)!;
  const day = m[1] ? gregorianOfLunar(Number(m[4]), Number(m[3]), Number(m[1])) : gregorianOfLunar(Number(m[5]), Number(m[7]), Number(m[8]));
  if (!day) return '';
  return `${s.slice(0, m.index)}${gregorianText(day)}${s.slice(m.index + m[0].length)}`.trim();
}

/** A lunar Hijri date written as the Gregorian one it is ("26 Nov 2026"), for the forms below to read with its time. */
function withLunarHijriAsGregorian(s: string): string {
  const found = lunarHijriDay(s);
  if (!found) return s;
  const { day, match } = found;
  return `${s.slice(0, match.index)}${gregorianText(day)}${s.slice(match.index + match[0].length)}`;
}

/**
 * A Hijri date and then the Gregorian day it is, as Saudi and Gulf papers print both ("الخميس 16 جمادى الآخرة 1448 هـ -
 * 26 نوفمبر 2026 م", or "… هـ الموافق 26 …", "corresponding to"): the Gregorian one is read, the Hijri one and the
 * separator go. Read together they were no date.
 */
const HIJRI_THEN_GREGORIAN = /^.*?\d{4}\s*هـ\s*(?:[-–—|/،,]|الموافق)\s*(?=\d{1,2}\s+\S+\s+\d{4})/;

/** The Levant's and Iraq's months of two words ("تشرين الثاني"), as the one-word names LOCAL_MONTHS keys. */
const ARABIC_TWO_WORD_MONTH = /(كانون|تشرين)\s+(?:ال)?([اأ]ول|ثاني)/g;
const ARABIC_TWO_WORD: Record<string, string> = Object.fromEntries(
  monthNames('ar-LB')
    .filter(([name]) => name.includes(' '))
    .map(([name, month]) => [monthKey(name.replace(' ال', ' ')), monthKey(monthNames('ar').find(([, m]) => m === month)![0])]),
);

/**
 * What Arabic dates write around the numbers: the Arabic comma after the weekday ("الخميس، 26 نوفمبر 2026"),
 * "الساعة" ("o'clock") before the time, "ص"/"م" (morning, evening) for AM and PM, "م" (AD) after a year, direction marks, and the Levant's
 * two-word months. The date is read once these are gone.
 */
function withArabicWords(s: string): string {
  return s
    .replace(/[\u200E\u200F\u061C]/g, '')
    .replace(/\s*،\s*/g, ', ')
    .replace(ARABIC_TWO_WORD_MONTH, (all, first: string, second: string) => ARABIC_TWO_WORD[`${first} ${second.replace('أ', 'ا')}`] ?? all)
    .replace(/\s*(?:الساعة|ساعت)\s*/g, ' ')
    // "م" after a year is ميلادي (AD), as "هـ" after a Hijri one is AH; after a time it is the evening (below).
    .replace(/(?<![\d:])(\d{4})\s*م(?![\u0600-\u06FF])/, '$1')
    .replace(/(\d)\s*(?:صباحا?ً?|ص)$/, '$1 AM')
    .replace(/(\d)\s*(?:مساءً?|م)$/, '$1 PM')
    .trim();
}

/**
 * The Hebrew calendar's months as Israeli feeds write them, with "ב" (in) before them or not ("ט״ז בכסלו תשפ״ז"), by the
 * names Intl's `hebrew` calendar gives them in English. A leap year has two Adars ("אדר א׳", "אדר ב׳"); "אדר" alone is the
 * one Adar of a common year, or the second of a leap year (where the feasts and the anniversaries of a common year fall).
 */
const HEBREW_MONTHS: Record<string, string[]> = {
  תשרי: ['Tishri'], חשון: ['Heshvan'], חשוון: ['Heshvan'], מרחשון: ['Heshvan'], מרחשוון: ['Heshvan'], כסלו: ['Kislev'], כסליו: ['Kislev'],
  טבת: ['Tevet'], שבט: ['Shevat'], 'אדר א': ['Adar I'], 'אדר ב': ['Adar II'], אדר: ['Adar', 'Adar II'], ניסן: ['Nisan'], אייר: ['Iyar'],
  איר: ['Iyar'], סיון: ['Sivan'], סיוון: ['Sivan'], תמוז: ['Tamuz'], 'מנחם אב': ['Av'], אב: ['Av'], אלול: ['Elul'],
};
/** Each month's place from Tishri in a common year (a leap year's second Adar, and the months after it, fall a month later). */
const HEBREW_MONTH_PLACE: Record<string, number> = {
  Tishri: 0, Heshvan: 1, Kislev: 2, Tevet: 3, Shevat: 4, 'Adar I': 5, Adar: 5, 'Adar II': 5, Nisan: 6, Iyar: 7, Sivan: 8, Tamuz: 9, Av: 10, Elul: 11,
};
// A number in Hebrew letters, as the calendar's days and years are written: one letter with a geresh or none ("ה׳", "ה"), or
// letters with gershayim before the last ("ט״ז", "תשפ״ז"); either mark also as the ASCII quote feeds type.
const HEBREW_NUMBER = String.raw`[\u05D0-\u05EA]{1,3}(?:["\u05F4][\u05D0-\u05EA]|['\u05F3])?`;
const HEBREW_MONTH = `(${Object.keys(HEBREW_MONTHS).sort((a, b) => b.length - a.length).map((name) => name.replace(' ', String.raw`\s+`) + (name.includes(' ') ? `['\u05F3]?` : '')).join('|')})`;
// Day, month and year ("ט״ז בכסלו תשפ״ז", "16 בכסלו 5787", "ט״ז כסלו ה׳תשפ״ז"), the year's thousands ("ה׳") written or not.
const HEBREW_DATE = new RegExp(
  String.raw`(?<![\u05D0-\u05EA\d])(\d{1,2}|${HEBREW_NUMBER})\s+ב?${HEBREW_MONTH}\s+(?:ה['\u05F3]?)?(5\d{3}|${HEBREW_NUMBER})(?![\u05D0-\u05EA\d])`,
  'u',
);
const HEBREW_LETTER_VALUES = 'אבגדהוזחטיכךלמםנןסעפףצץקרשת';
const HEBREW_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, 100, 200, 300, 400];

/** A number written in digits or in Hebrew letters (their values summed, the marks dropped). */
function hebrewNumber(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  let n = 0;
  for (const letter of written.replace(/["'\u05F3\u05F4]/g, '')) n += HEBREW_VALUES[HEBREW_LETTER_VALUES.indexOf(letter)] ?? 0;
  return n;
}

const HEBREW_CALENDAR = new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/**
 * The Gregorian day of a Hebrew one, by the calendar ICU carries: the year begins between 5 September and 5 October of the
 * Common Era's year 3761 before it, so the day is estimated from a mean month and checked from three weeks before the
 * estimate to seven after (a leap year's extra month falls in that span). Null for a day the calendar does not have (a
 * thirtieth of a month that has 29 that year).
 */
function gregorianOfHebrew(year: number, months: string[], day: number): Date | null {
  const estimate = Date.UTC(year - 3761, 8, 20) + Math.round(HEBREW_MONTH_PLACE[months[0]!]! * 29.53 + day - 1) * DAY_MS;
  for (let shift = -21; shift <= 49; shift++) {
    const t = estimate + shift * DAY_MS;
    const parts = Object.fromEntries(HEBREW_CALENDAR.formatToParts(t).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && months.includes(parts.month!) && Number(parts.day) === day) return new Date(t);
  }
  return null;
}

/**
 * A Hebrew-calendar date, as an Israeli feed (or a religious site's) dates its stories ("ט״ז בכסלו תשפ״ז", 16 Kislev 5787), made
 * the Gregorian day it is, for the forms below to read with what stands beside it (a time: the civil day's, on Israel's clock).
 * Years 5750–5850 (1989–2090) only; the thousands are 5 where a year is written without them (תשפ״ז is 787).
 */
function withHebrewCalendarAsGregorian(s: string): { text: string; read: boolean } {
  const m = HEBREW_DATE.exec(s);
  const months = m && HEBREW_MONTHS[m[2]!.replace(/\s+/g, ' ').replace(/['\u05F3]$/, '')];
  if (!m || !months) return { text: s, read: false };
  const written = hebrewNumber(m[3]!);
  const year = written < 1000 ? written + 5000 : written;
  const dayOfMonth = hebrewNumber(m[1]!);
  // Letters that sum to no day and year of these (words, not numbers) are left for the forms below.
  if (dayOfMonth < 1 || dayOfMonth > 30 || year < 5750 || year > 5850) return { text: s, read: false };
  const day = gregorianOfHebrew(year, months, dayOfMonth);
  // A day the calendar does not have is no date: the text is left with nothing a reader takes for one.
  if (!day) return { text: '', read: false };
  return { text: `${s.slice(0, m.index)}${gregorianText(day)}${s.slice(m.index + m[0].length)}`, read: true };
}

/**
 * The evening before a Hebrew-calendar date's civil day, for a date written with a time after sunset: the Hebrew day
 * begins at nightfall, so "ז' בכסלו תשפ"ז 21:30" is 16 November 2026's evening (7 Kislev began at its sunset) on a site that
 * counts its days so, but 17 November's on one that writes the civil day's Hebrew date whatever the hour (as date
 * libraries convert). `t` is the civil reading (parseFeedDate's); the earlier one is returned when the time is after
 * Jerusalem's sunset that day, else null. The caller takes it only where the civil reading cannot be (ahead of the fetch).
 */
export function hebrewEveningBefore(raw: string, t: number): number | null {
  const s = withAsciiDigits(raw);
  if (!/[\u05D0-\u05EA]/.test(s) || !/\d{1,2}:\d{2}/.test(s) || !withHebrewCalendarAsGregorian(s).read) return null;
  const offset = (ianaOffset('Asia/Jerusalem', t) ?? 120) * 60_000;
  const local = new Date(t + offset);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return minutes >= jerusalemSunset(local) + offset / 60_000 ? t - DAY_MS : null;
}

/** Jerusalem's sunset on the UTC day of `day`, in minutes after its UTC midnight (NOAA's approximation, within a few minutes). */
function jerusalemSunset(day: Date): number {
  const [lat, lon] = [(31.78 * Math.PI) / 180, 35.22];
  const n = (Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY_MS;
  const g = ((2 * Math.PI) / 365) * n;
  const eqTime = 229.18 * (0.000075 + 0.001868 * Math.cos(g) - 0.032077 * Math.sin(g) - 0.014615 * Math.cos(2 * g) - 0.040849 * Math.sin(2 * g));
  const decl = 0.006918 - 0.399912 * Math.cos(g) + 0.070257 * Math.sin(g) - 0.006758 * Math.cos(2 * g) + 0.000907 * Math.sin(2 * g) - 0.002697 * Math.cos(3 * g) + 0.00148 * Math.sin(3 * g);
  const hourAngle = Math.acos(Math.cos((90.833 * Math.PI) / 180) / (Math.cos(lat) * Math.cos(decl)) - Math.tan(lat) * Math.tan(decl));
  return 720 - 4 * lon + 4 * ((hourAngle * 180) / Math.PI) - eqTime;
}

/**
 * What Hebrew dates write around the numbers, as Israeli sites (and Intl's he-IL) print them: the weekday of two words
 * ("יום חמישי,"), "ב" (in) joined to the month ("26 בנובמבר 2026"), the geresh after a short month ("בנוב׳"), "בשעה"
 * ("at the hour") before the time, direction marks. The date is read once these are gone.
 */
function withHebrewWords(s: string): string {
  return s
    .replace(/[\u200E\u200F]/g, '')
    .replace(/^יום\s+\S+?,?\s+(?=\d)/, '')
    .replace(/(\d)\s+ב?([\u05D0-\u05EA]{3,8})[\u05F3']?(?=[\s,]|$)/, (all, day: string, month: string) => (LOCAL_MONTHS[month] === undefined ? all : `${day} ${month}`))
    .replace(/\s*,?\s*בשעה\s*/, ' ')
    .trim();
}

/**
 * A clock named in Chinese, Japanese or Korean words before or after the date, as Chinese sites print it ("北京时间
 * 2026-11-27 14:05", "2026年11月27日 14:05（北京时间）", Beijing time): the offset it is, at the end where the forms read a zone.
 */
const CJK_ZONE_WORDS: Record<string, string> = {
  北京时间: '+0800', 北京時間: '+0800', 台北時間: '+0800', 臺北時間: '+0800', 台湾时间: '+0800', 香港時間: '+0800', 香港时间: '+0800',
  日本時間: '+0900', 日本时间: '+0900', 韓国時間: '+0900', 한국시간: '+0900', '한국 시간': '+0900',
};
const CJK_ZONE_WORD = new RegExp(`\\s*[(（]?(${Object.keys(CJK_ZONE_WORDS).join('|')})[)）]?\\s*`);

function withCjkZoneAsOffset(s: string): string {
  const m = CJK_ZONE_WORD.exec(s)!;
  const rest = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`.trim();
  // After an offset the words only name it ("14:05 +08:00 北京时间").
  return /(?:[+-]\d{1,2}(?::?\d{2})?|\b(?![AP]M$)[A-Z]{2,5})$/.test(rest) ? rest : `${rest} ${CJK_ZONE_WORDS[m[1]!]}`;
}

/**
 * Vietnamese dates written in words, as VnExpress, Nhân Dân and the government's portals print them: "Thứ Sáu, ngày 27
 * tháng 11 năm 2026 - 10:05" (Friday, day 27 month 11 year 2026), "27 tháng 11, 2026 09:00", "lúc" (at) before the time.
 * The weekday and the words go and the month is named, for DAY_MONTH to read (numeric dates already read: "27/11/2026").
 * The month may be named in words, as WordPress's Vietnamese and other CMSs print it ("27 Tháng Mười Một 2026", "Tháng
 * Mười Một 27, 2026"): VI_MONTH_WORDS.
 */
function withVietnameseWords(raw: string): string {
  return raw
    .normalize('NFC')
    // "thg", CLDR's short "tháng" ("27 thg 11, 2026", as Vietnamese CMSs print a medium date).
    .replace(/(?<!\p{L})thg(?!\p{L})/giu, 'tháng')
    .replace(/^(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*/iu, '')
    .replace(/(?<!\p{L})ngày\s+/iu, '')
    .replace(VI_MONTH_WORD, (all, word: string) => (LUNAR_MARK.test(raw.normalize('NFC')) ? all : String(VI_MONTH_WORDS[word.toLowerCase().replace(/\s+/g, ' ')])))
    .replace(/^tháng\s+(\d{1,2})\s+(\d{1,2}),?\s+(\d{4})(?!\d)/iu, (all, m: string, d: string, y: string) => (GREGORIAN_MONTHS[Number(m) - 1] ? `${d} ${GREGORIAN_MONTHS[Number(m) - 1]} ${y}` : all))
    .replace(/(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+|\s+)(\d{4})/iu, (all, d: string, m: string, y: string) => (GREGORIAN_MONTHS[Number(m) - 1] ? `${d} ${GREGORIAN_MONTHS[Number(m) - 1]} ${y}` : all))
    .replace(/\s+lúc\s+/iu, ' ');
}

/**
 * The Gregorian months in Vietnamese words (tháng Một, January, to tháng Mười Hai, December; April is "tư" or "bốn"), the
 * longest first: "Mười Một" is November, not October and a one. Tháng Giêng and tháng Chạp are the lunar calendar's first
 * and twelfth months (the press writes "tháng chạp, tháng giêng" of the lunar year beside Gregorian "12.1"), and are not
 * read; nor is any month in a date marked lunar ("âm lịch", "ÂL"), whose tháng Một is the lunar eleventh.
 */
const VI_MONTH_WORDS: Record<string, number> = {
  'mười một': 11, 'mười hai': 12, mười: 10, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
};
const VI_MONTH_WORD = new RegExp(`(?<=(?<!\\p{L})tháng\\s+)(${Object.keys(VI_MONTH_WORDS).map((w) => w.replace(' ', '\\s+')).join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const LUNAR_MARK = /(?<!\p{L})(?:âm\s+lịch|ÂL|AL)(?!\p{L})|\(\s*âm\s*\)/iu;

/**
 * What Khmer and Burmese dates write around the numbers: Khmer's "ថ្ងៃសុក្រ ទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ១០:០៥" (Friday, day 27,
 * month November, year 2026, hour 10:05) and Burmese's comma and full stop ("နိုဝင်ဘာ ၂၇၊ ၂၀၂၆"). The words and the weekday go.
 */
function withKhmerAndBurmeseWords(s: string): string {
  return s
    // The weekday ("ថ្ងៃសុក្រ", Friday) goes; "ថ្ងៃទី២៧" is the date's own word (day number 27), whose digits stay: taken for a
    // weekday with them, the rest read as 1 January ("ខែវិច្ឆិកា ឆ្នាំ២០២៦").
    .replace(/^ថ្ងៃ(?!ទី)[\u1780-\u17FF]*\s*/u, '')
    .replace(/^ថ្ងៃ(?=ទី)/u, '')
    .replace(/(?:ទី|ខែ|ឆ្នាំ|ម៉ោង)\s*/gu, ' ')
    .replace(/၊/g, ',')
    .replace(/။/g, '')
    // Year first, as Myanmar's state press writes it: "၂၀၂၆ ခုနှစ် နိုဝင်ဘာ ၂၇ ရက်" (2026 year, November, 27 day).
    .replace(/\s*ခုနှစ်\s*/gu, ' ')
    .replace(/(\d)\s*ရက်(?:နေ့)?/gu, '$1')
    // The month may carry its word ("နိုဝင်ဘာလ", November month).
    .replace(/^(\d{4})\s*,?\s*([\u1000-\u109F]+?)လ?\s+(\d{1,2})(?!\d)/u, '$3 $2 $1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What Lao dates write around the numbers: "ວັນສຸກ ທີ 27 ເດືອນ ພະຈິກ ປີ 2026 ເວລາ 10:05 ໂມງ" (Friday, the 27th, month
 * November, year 2026, time 10:05 o'clock), and "ວັນທີ 27 ພະຈິກ 2026" (date 27). The weekday and the words go.
 */
const LAO_SHORT_MONTHS: Record<string, string> = {
  'ມ.ກ.': 'ມັງກອນ', 'ກ.ພ.': 'ກຸມພາ', 'ມ.ນ.': 'ມີນາ', 'ມ.ສ.': 'ເມສາ', 'ພ.ພ.': 'ພຶດສະພາ', 'ມິ.ຖ.': 'ມິຖຸນາ',
  'ກ.ລ.': 'ກໍລະກົດ', 'ສ.ຫ.': 'ສິງຫາ', 'ກ.ຍ.': 'ກັນຍາ', 'ຕ.ລ.': 'ຕຸລາ', 'ພ.ຈ.': 'ພະຈິກ', 'ທ.ວ.': 'ທັນວາ',
};
/** Lao's months cut short with inner dots, as CLDR's medium dates print them ("27 ພ.ຈ. 2026"; the forty-ninth round's). */
const LAO_SHORT_MONTH = new RegExp(`(?<![\u0E80-\u0EFF.])(${Object.keys(LAO_SHORT_MONTHS).map((m) => m.replace(/\./g, '\\.')).join('|')})(?![\u0E80-\u0EFF])`, 'u');
function withLaoWords(s: string): string {
  return s
    .replace(LAO_SHORT_MONTH, (month) => LAO_SHORT_MONTHS[month]!)
    .replace(/(?:^|\s)ວັນ[\u0E80-\u0EFF]*,?/u, ' ')
    // The Common Era's mark before the year, as CLDR's full date writes it ("ວັນສຸກ ທີ 27 ພະຈິກ ຄ.ສ. 2026": the fifty-second round's).
    .replace(/\s*ຄ\.\s?ສ\.\s*/u, ' ')
    .replace(/(?:ທີ|ເດືອນ|ປີ|ເວລາ)\s*/gu, ' ')
    .replace(/\s*(?:ໂມງ|ນ\.)$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A word after the date, before its time or at its end: a weekday, as Turkish and Hungarian sites print it ("27 Kasım
 * 2026 Cuma 10:05", "2026. nov. 27., péntek 10:05"), or the word for "at" or "year" (Croatian's "u", Estonian's "kell",
 * Icelandic's "kl.", Indonesian's "pukul", Ukrainian's "р."), and up to two short words in lower case after it, as the
 * word for at and the hour's follow the year's ("27 listopada 2026 r. o godz. 10:05", "27 novembre 2026 alle ore 10:05",
 * "27 листопада 2026 р. о 10:05"). With them the date was no date. A zone's name is in capitals and stays; so do noon
 * and midnight, which are times.
 */
const WORD_AFTER_DATE = /(\d{4}\.?|(?<=\p{L}\.?\s)\d{1,2}\.)\s*,?\s+(?!(?:noon|midnight|[ap]\.?m)\b)(?:\p{Ll}[\p{L}\p{M}'’]{0,11}|\p{Lu}\p{Ll}[\p{L}\p{M}'’]{1,11})\.?,?\s*(?:(?<=\s)\p{Ll}[\p{L}\p{M}]{0,5}\.?,?\s*){0,2}(?=\d{1,2}[:.]\d{2}(?!\d)|$)/u;

/**
 * Dates year first with the month's name, as Lithuanian, Latvian and Hungarian write them: "2026 m. lapkričio 27 d."
 * (metai, diena: year, day), "2026. gada 27. novembris" (of the year), "2026. nov. 27." (read by V8 before, as UTC
 * whatever the feed's clock): the day, month and year in the order DAY_MONTH reads.
 */
function withYearFirstWords(s: string): string {
  return s
    .replace(/^(\d{4})\s*m\.\s*(\p{L}+)\s+(\d{1,2})\s*d\.?(?=\s|,|$)/u, '$3 $2 $1')
    .replace(/^(\d{4})\.\s*gada\s+(\d{1,2})\.\s*(\p{L}+)\.?(?=\s|,|$)/u, '$2 $3 $1')
    .replace(/^(\d{4})\.\s*(\p{L}{3,12})\.?\s+(\d{1,2})\.(?=\s|,|$)/u, '$3 $2 $1');
}

/**
 * A date year first with its month's name and no mark after the year, as Sri Lanka's Sinhala press writes it ("2026
 * නොවැම්බර් 27 10:05", and its English sites "2026 November 27"): the day, month and year in the order DAY_MONTH reads.
 * Only a month's name is moved; the Sinhala date was no date, and the English one V8's, as UTC whatever the feed's clock.
 */
function withYearThenMonthName(s: string): string {
  return s.replace(/^(\d{4}),?\s+([\p{L}\p{M}]+)\.?,?\s+(\d{1,2})(?!\d)(?!\s*[:.]\d)/u, (all, year: string, month: string, day: string) =>
    isMonthName(month) ? `${day} ${month} ${year}` : all,
  );
}

const ENGLISH_MONTH_NAME = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** Whether a word names a month, in English or as LOCAL_MONTHS keys it. */
function isMonthName(word: string): boolean {
  return ENGLISH_MONTH_NAME.test(word) || LOCAL_MONTHS[monthKey(withoutJoiners(word).toLowerCase())] !== undefined;
}

/**
 * Zero-width joiners inside Indic month names: Malayalam's older chillu letters ("മാര്‍ച്ച്" for "മാർച്ച്") and
 * Sinhala's and others' conjuncts ("අප්‍රේල්"). The month reads as the one spelling LOCAL_MONTHS keys.
 */
function withoutJoiners(s: string): string {
  return s.replace(/([ണനരലളക])\u0D4D\u200D/g, (_all, c: string) => MALAYALAM_CHILLU[c] ?? c).replace(/[\u200C\u200D]/g, '');
}
const MALAYALAM_CHILLU: Record<string, string> = { ണ: 'ൺ', ന: 'ൻ', ര: 'ർ', ല: 'ൽ', ള: 'ൾ', ക: 'ൿ' };

/**
 * What Spanish, Portuguese, French and German dates put around the numbers: "26 de noviembre de 2026",
 * "à 14h05", "14:05 Uhr" (and "14:05 Uhr MESZ"). The day, month and time are read once these are gone.
 */
function withoutLocalWords(s: string): string {
  return s
    // Catalan's "del" before the year ("27 de novembre del 2026"), and a month cut short with no "de" after it ("27 de nov. 2026").
    .replace(/^(?:[\p{L}-]+,?\s+)?(\d{1,2}) de (\p{L}+\.?) de(?:l)? (\d{4})/u, '$1 $2 $3')
    .replace(/^(?:[\p{L}-]+,?\s+)?(\d{1,2}) de (\p{L}+\.) (\d{4})/u, '$1 $2 $3')
    // Colombia's and Venezuela's month first: "noviembre 27 de 2026".
    .replace(/^(?:[\p{L}-]+,?\s+)?(\p{L}{3,12}) (\d{1,2}),? de (\d{4})/u, '$2 $1 $3')
    // Spanish's spaced half of the day ("10:05 a. m.", as Colombian and Mexican sites print it) and the hour's "h" after the time ("10:05 h").
    .replace(/(\d)\s*([ap])\.\s+m\.(?=\s|$)/i, '$1 $2.m.')
    .replace(/(\d{1,2}:\d{2})\s?h\.?(?=\s+[A-Z]{3,4}$|$)/, '$1')
    // Canadian French spaces it, as the Office québécois de la langue française writes it: "à 10 h 05".
    .replace(/(\d{1,2})\s?h\s?(\d{2})\b/, '$1:$2')
    // "14:05 Uhr MESZ": the zone after the word is the time's; Dutch's "10:05 uur" is the same word.
    .replace(/\s+(?:Uhr|uur)(?=\s+[A-Z]{3,4}$|$)/, '');
}

/**
 * What Korean, Japanese, Chinese and Russian dates put around the numbers: the half of the day before the time
 * ("오후 9:05", "午後9:05", "下午 9:05" are 21:05), a weekday in brackets after a year-first date ("2026/11/26 (木) 19:10",
 * which was read without the feed's clock), the Russian "г." (год, year) after the year and a weekday before the day
 * ("четверг, 26 ноября 2026 г., 18:05", which was no date).
 */
function withoutAsianAndRussianWords(s: string): string {
  return s
    .replace(HALF_OF_DAY, (_all, half: string, h: string, rest: string) => `${(Number(h) % 12) + (AFTERNOON.test(half) ? 12 : 0)}${rest}`)
    .replace(HOUR_WORDS, (_all, h: string, mi = '00', sec?: string) => `${h}:${mi.padStart(2, '0')}${sec ? `:${sec.padStart(2, '0')}` : ''}`)
    .replace(/^(\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s*[(（][^()（）\dA-Za-z]{1,3}[)）]\s*/, '$1 ')
    .trim()
    .replace(/^[\p{Script=Cyrillic}]+,\s+(?=\d)/u, '')
    .replace(/(\d{4})\s*г\.?(?=[\s,]|$),?/u, '$1')
    // Moscow time in Russian letters ("10:05 мск", "(МСК)", before the date too: "10:05 мск 27.11.2026"): MSK.
    .replace(/\s*\(?(?<!\p{L})[Мм][Сс][Кк]\)?\.?(?!\p{L})/u, ' MSK');
}
/**
 * A Chinese weekday anywhere in the date, as Chinese sites print it: "2026年11月26日 星期四 17:30", "2026-11-26 17:30:00 星期四",
 * "周四", "(週四)". With it the date was no date; the weekday says nothing the day does not.
 */
// Japanese's weekday with 曜 (CLDR's full date glues it to the day: "令和8年11月27日金曜日"; the fifty-third round's).
const CJK_WEEKDAY = /\s*[(（]?(?:(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]|[月火水木金土日]曜日?)[)）]?\s*/;
// The hour may be written with its word, as Japanese and Korean dates do: "午後2時05分", "오후 2시 5분", "午後2時" (no minutes).
// Chinese's other parts of the day as CLDR's zh-TW writes them ("民國115年3月20日 晚上9:05": 凌晨, 清晨 and 早上 before noon, 中午 and
// 晚上 after; the fifty-third round's).
const HALF_OF_DAY = /(오전|오후|午前|午後|上午|下午|凌晨|清晨|早上|中午|晚上)\s*(\d{1,2})(:\d{2}(?::\d{2})?|\s*[時时시])/;
// The hour's, minutes' and seconds' words after any form of the date ("2026-11-27 14時05分", "2026.11.27 14시 5분",
// "2026年11月27日 14時"): the clock time every form reads.
const HOUR_WORDS = /(\d{1,2})\s*[時时시](?:\s*(\d{1,2})\s*[分분]?)?(?:\s*(\d{1,2})\s*[秒초])?/;
const AFTERNOON = /오후|午後|下午|中午|晚上/;
const ASIAN_OR_RUSSIAN_WORDS = /[오午上下晨（(時时시]|\d\s?г|^[\p{Script=Cyrillic}]+,|[Мм][Сс][Кк]/u;

/** An IANA zone after the time, as Go and Java feeds print it (and java.time's ZonedDateTime, in brackets): "Fri, 31 Mar 2023 20:19:00 America/Los_Angeles". */
// RFC 9557 writes it in brackets, after an offset or in place of one ("2026-11-26T14:05:00[Asia/Kolkata]").
const IANA_ZONE = /(?:\s+|\s*\[)((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_-]+(?:\/[A-Za-z_-]+)?)\]?$/;
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The zone's offset in minutes at an instant, by the time-zone database Node carries; null for no such zone. */
function ianaOffset(zone: string, at: number): number | null {
  let format = zoneFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = null;
    }
    zoneFormats.set(zone, format);
  }
  const name = format?.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  const m = name ? /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name) : null;
  if (!m) return null;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The zone of a country that keeps one, by its domain: a feed there that writes its times without a zone ("26 NOV
 * 2026 6:13PM", as India's Press Information Bureau does) means its own clock. Read as UTC, such a story was dated
 * five and a half hours ahead, and the future date clamped to the fetch time. Of the countries with several zones,
 * those whose national press keeps its capital's clock are read on it (CAPITAL_CLOCKS); the US, Canada and Australia are
 * not here, and their zoneless times stay UTC.
 */
/**
 * Countries of several zones whose national press, agencies and government publish on the capital's clock: Russia's on
 * Moscow's (TASS, RIA, Interfax, the federal dailies), Indonesia's on Jakarta's (WIB), Brazil's on Brasília's, Mexico's on
 * Mexico City's, Chile's on Santiago's. A zoneless time of such a feed (`.ru`, `ru-RU`, `id`, `.com.br`, `pt-BR` …) is read
 * there. A regional outlet on another clock is then out by the difference (Vladivostok's seven hours), but reading it as
 * UTC was always further out: every zone of these countries lies on the capital's side of UTC, nearer the capital's clock
 * than to UTC (Kaliningrad's +02:00 one hour from Moscow's, two from UTC). An offset the feed states elsewhere still wins.
 */
const CAPITAL_CLOCKS: Record<string, string> = {
  ru: 'Europe/Moscow', id: 'Asia/Jakarta', br: 'America/Sao_Paulo', mx: 'America/Mexico_City', cl: 'America/Santiago',
};

const COUNTRY_ZONES: Record<string, string> = {
  in: 'Asia/Kolkata', pk: 'Asia/Karachi', bd: 'Asia/Dhaka', np: 'Asia/Kathmandu', lk: 'Asia/Colombo', bt: 'Asia/Thimphu', mv: 'Indian/Maldives',
  af: 'Asia/Kabul', mm: 'Asia/Yangon', th: 'Asia/Bangkok', vn: 'Asia/Ho_Chi_Minh', sg: 'Asia/Singapore', my: 'Asia/Kuala_Lumpur', ph: 'Asia/Manila',
  hk: 'Asia/Hong_Kong', tw: 'Asia/Taipei', cn: 'Asia/Shanghai', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', ae: 'Asia/Dubai', sa: 'Asia/Riyadh', qa: 'Asia/Qatar',
  kw: 'Asia/Kuwait', bh: 'Asia/Bahrain', om: 'Asia/Muscat', il: 'Asia/Jerusalem', ir: 'Asia/Tehran', tr: 'Europe/Istanbul', eg: 'Africa/Cairo',
  ng: 'Africa/Lagos', ke: 'Africa/Nairobi', za: 'Africa/Johannesburg', uk: 'Europe/London', gb: 'Europe/London', ie: 'Europe/Dublin',
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', es: 'Europe/Madrid', nl: 'Europe/Amsterdam', be: 'Europe/Brussels', ch: 'Europe/Zurich',
  at: 'Europe/Vienna', pl: 'Europe/Warsaw', cz: 'Europe/Prague', se: 'Europe/Stockholm', no: 'Europe/Oslo', dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki',
  gr: 'Europe/Athens', pt: 'Europe/Lisbon', ua: 'Europe/Kyiv', ro: 'Europe/Bucharest', hu: 'Europe/Budapest', nz: 'Pacific/Auckland',
  // Domains sites use for their letters more than for their country (.me, .co, .ly, .am, .md, .is) are left out.
  sk: 'Europe/Bratislava', si: 'Europe/Ljubljana', hr: 'Europe/Zagreb', rs: 'Europe/Belgrade', ba: 'Europe/Sarajevo',
  mk: 'Europe/Skopje', al: 'Europe/Tirane', bg: 'Europe/Sofia', lt: 'Europe/Vilnius', lv: 'Europe/Riga', ee: 'Europe/Tallinn', lu: 'Europe/Luxembourg',
  mt: 'Europe/Malta', by: 'Europe/Minsk', ge: 'Asia/Tbilisi', az: 'Asia/Baku',
  jo: 'Asia/Amman', lb: 'Asia/Beirut', iq: 'Asia/Baghdad', sy: 'Asia/Damascus', ye: 'Asia/Aden', ma: 'Africa/Casablanca', dz: 'Africa/Algiers',
  tn: 'Africa/Tunis', sd: 'Africa/Khartoum', et: 'Africa/Addis_Ababa', gh: 'Africa/Accra', tz: 'Africa/Dar_es_Salaam',
  ug: 'Africa/Kampala', rw: 'Africa/Kigali', zw: 'Africa/Harare', zm: 'Africa/Lusaka', sn: 'Africa/Dakar', kh: 'Asia/Phnom_Penh', la: 'Asia/Vientiane', uz: 'Asia/Tashkent',
  pe: 'America/Lima', ve: 'America/Caracas', ar: 'America/Argentina/Buenos_Aires', uy: 'America/Montevideo', cu: 'America/Havana',
  jm: 'America/Jamaica', do: 'America/Santo_Domingo', pa: 'America/Panama', cr: 'America/Costa_Rica', gt: 'America/Guatemala',
  // Kazakhstan keeps one zone (+05:00) since March 2024. Colombia and Armenia by their second-level domains (.com.co, .gov.am)
  // or their language (es-CO, hy): their bare .co and .am are sold to sites anywhere (regionOf names no country for them).
  kz: 'Asia/Almaty', co: 'America/Bogota', am: 'Asia/Yerevan',
  // Mongolia's press keeps Ulaanbaatar's clock (+08:00; the three western provinces' Hovd time is an hour behind).
  mn: 'Asia/Ulaanbaatar',
  // The forty-ninth round's: Kyrgyzstan (+06:00), Turkmenistan (+05:00), Somalia (+03:00; its .so is sold to sites anywhere, so
  // by a second-level domain or Somali, "so", whose other countries, Djibouti, Ethiopia and Kenya, keep the same clock), and
  // North Korea (+09:00).
  kg: 'Asia/Bishkek', tm: 'Asia/Ashgabat', so: 'Africa/Mogadishu', kp: 'Asia/Pyongyang',
  // The fiftieth round's: Lesotho and Botswana (+02:00, as South Africa).
  ls: 'Africa/Maseru', bw: 'Africa/Gaborone',
  // The fifty-first round's: Paraguay (−03:00 all year since October 2024, −04:00 in its winters before) and Niger (+01:00).
  py: 'America/Asuncion', ne: 'Africa/Niamey',
  ...CAPITAL_CLOCKS,
};

function inCountryZone(wall: number, region: string | null): number {
  const zone = region ? COUNTRY_ZONES[region] : undefined;
  if (!zone) return wall;
  const first = ianaOffset(zone, wall);
  if (first === null) return wall;
  return wall - (ianaOffset(zone, wall - first * 60_000) ?? first) * 60_000;
}

/** The clock time before the zone, in that zone: its offset on that day (daylight time included), checked once more after the shift. */
function inIanaZone(clock: string, zone: string, region: string | null): number | null {
  // After an offset or a zone name, the IANA name only says where: the time is read by what stands before it.
  if (/(?:[+-]\d{2}:?\d{2}|\dZ|\b(?![AP]M$)[A-Z]{2,5})$/i.test(clock)) return parseFeedDate(clock, region);
  // Else the clock is the zone's: read as UTC's wall time, not shifted first to the clock of the country the feed's
  // language names (an Indian feed's "14:05:00 Asia/Kolkata" was put 5:30 early twice).
  const wall = parseFeedDate(`${clock} UTC`, region);
  if (wall === null) return null;
  const first = ianaOffset(zone, wall);
  if (first === null) return null;
  const offset = ianaOffset(zone, wall - first * 60_000) ?? first;
  return wall - offset * 60_000;
}

/** Digits of the scripts South Asian, Arabic and Thai feeds write dates in (and Dzongkha's, Bhutan's Tibetan ones: "༢༧/༡༡/༢༠༢༦"; Santali's Ol Chiki: "᱒᱗/᱑᱑/᱒᱐᱒᱖"), and the full-width ones Japanese and Chinese dates may use ("２０２６年１１月２６日"): "२६ नवंबर २०२६", "২৬ নভেম্বর ২০২৬", "۲۶ نومبر", "๒๖ พ.ย. ๒๕๖๙". */
const NATIVE_DIGIT = /[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9\u0F20-\u0F29\u1C50-\u1C59]/;
const NATIVE_DIGITS = new RegExp(NATIVE_DIGIT.source, 'g');
/** Each script's zero: its digits follow it in order. */
const ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0x0f20, 0x1c50];

function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  return String(code - ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
}

/** `s` with every native digit written as its ASCII one ("२ घंटे", "منذ ٣ ساعات" → "2 घंटे", "منذ 3 ساعات"). */
export function withAsciiDigits(s: string): string {
  return NATIVE_DIGIT.test(s) ? s.replace(NATIVE_DIGITS, asciiDigit) : s;
}

/** A clock time read as if at UTC, and the zone written with it (none: UTC). */
interface WallTime {
  wall: number;
  zone?: string | undefined;
}

/** The forms read here; the zone is applied once the clock time is known (US daylight time depends on it). */
function local(s: string, region: string | null, order: NumericOrder, clock: StatedOffset[]): number | null {
  const w = iso(s) ?? compactIso(s) ?? dayMonth(s) ?? monthDay(s) ?? dotted(s) ?? numeric(s, order) ?? java(s) ?? cjk(s);
  if (!w) return null;
  if (w === IMPOSSIBLE) return Number.NaN;
  if (!w.zone) return inStatedClock(w.wall, clock) ?? inCountryZone(w.wall, region);
  const offset = offsetOf(w.zone, w.wall, region);
  return offset === null ? null : w.wall - offset * 60_000;
}

function epoch(s: string): number | null {
  if (/^\d{9,10}$/.test(s)) return Number(s) * 1000;
  if (/^\d{12,13}$/.test(s)) return Number(s);
  // Seconds with their fraction, as Python's time.time() prints them: "1795773900.123".
  if (/^\d{9,10}\.\d{1,6}$/.test(s)) return Math.round(Number(s) * 1000);
  // ASP.NET's JSON date, "/Date(1795773900000)/" or "/Date(1795773900000+0530)/": milliseconds since the epoch (UTC; the
  // offset only says where the server stood).
  const dotnet = s.startsWith('/Date(') ? /^\/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\/$/.exec(s) : null;
  return dotnet ? Number(dotnet[1]) : null;
}

/**
 * The year first with slashes or dots, as Japanese, Chinese and Korean sites write it: "2026/11/26 14:05", "2026.11.26"; Korean
 * sites close each part with its dot, spaced or not ("2026.11.26. 14:05", "2026. 11. 26. 오후 2:05", as ko-KR's locale prints it).
 */
const YEAR_FIRST = /^(\d{4})([/.]) ?(\d{1,2})\2 ?(\d{1,2})\.?(?=$|[\sT])/;

function iso(s: string): WallTime | null {
  // Read as ISO's "2026-11-26 14:05": V8 read it as UTC, whatever the feed's country (a Japanese story 9 hours ahead).
  const m = ISO.exec(s.charCodeAt(4) === 47 || s.charCodeAt(4) === 46 ? s.replace(YEAR_FIRST, '$1-$3-$4') : s);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = m;
  const ms = Number(`0.${frac}`) * 1000;
  return at(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), zone, ms);
}

/**
 * "… 14:05 India Standard Time" → "… 14:05 +0530". In brackets after an offset or a zone name it is toString's
 * comment repeating what stands before it ("GMT+0530 (India Standard Time)"), and goes; alone it was read as UTC.
 */
function withLongZoneAsOffset(s: string): string {
  const m = LONG_ZONE.exec(s);
  if (!m) return s;
  const before = s.slice(0, m.index);
  const offset = LONG_ZONES[m[3]!.toLowerCase()]!;
  // After a zone name the long one says which zone that is: "IST (India Standard Time)" is India's in an Israeli feed too.
  if (m[2] && ENDS_IN_NAME.test(before)) return before.replace(ENDS_IN_NAME, ` ${offset}`);
  if (m[2] && ENDS_IN_OFFSET.test(before)) return before;
  return `${before} ${offset}`;
}

/**
 * "14:05 IST (IST)", "14:05 IST (UTC+05:30)", "14:05 (IST)": a zone in brackets after the time is the zone; after a
 * zone written already it repeats it (gone), or, an offset, says exactly what the name only names.
 */
function withBracketedZone(s: string): string {
  const m = BRACKETED_ZONE.exec(s);
  if (!m) return s;
  const before = s.slice(0, m.index);
  if (!ENDS_IN_OFFSET.test(before)) return `${before} ${m[1]}`;
  return /\d/.test(m[1]!) && ENDS_IN_NAME.test(before) ? before.replace(ENDS_IN_NAME, ` ${m[1]}`) : before;
}

function compactIso(s: string): WallTime | null {
  const m = s.length <= 30 ? (COMPACT_ISO.exec(s) ?? DIGITS_ONLY.exec(s)) : null;
  if (!m) return null;
  const [, y, , mo, d, h, mi, sec = '0', frac = '0', zone] = m;
  return at(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), zone, Number(`0.${frac}`) * 1000);
}

function dayMonth(s: string): WallTime | null {
  const m = DAY_MONTH.exec(s);
  if (!m) return null;
  const [, d, mon, y, h, mi, sec, ampm, zone] = m;
  return build(y!, mon!, d!, h, mi, sec, ampm, zone);
}

function monthDay(s: string): WallTime | null {
  const m = MONTH_DAY.exec(s);
  if (!m) return null;
  const [, mon, d, y, h, mi, sec, ampm, zone] = m;
  return build(y!, mon!, d!, h, mi, sec, ampm, zone);
}

function dotted(s: string): WallTime | null {
  const m = DOTTED.exec(s);
  if (!m) return null;
  const [, d, mo, y, h, mi, sec, ampm, zone] = m;
  return build(y!, String(Number(mo)), d!, h, mi, sec, ampm, zone);
}

/** Which part of a numeric date ("05/11/2026") is the day, as a feed's other dates show it; null when they do not. */
export type NumericOrder = 'day-first' | 'month-first' | null;

/**
 * Slashed and dashed numeric dates: a part over 12 says which is the day. When
 * both could be, the order the feed's other dates show (numericOrder) decides;
 * without one, slashes are month-first (the US habit, and how V8 read them
 * before) and dashes day-first (as Indian and European sites write them).
 */
function numeric(s: string, order: NumericOrder = null): WallTime | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [, a, separator, b, y, h, mi, sec, ampm, zone] = m;
  const dayFirst = Number(a) > 12 || (Number(b) <= 12 && (order ? order === 'day-first' : separator === '-'));
  const [d, mo] = dayFirst ? [a!, b!] : [b!, a!];
  return build(y!, String(Number(mo)), d, h, mi, sec, ampm, zone);
}

/**
 * The order a feed writes its numeric dates in, from those that show it: one feed writes them all alike, so "25/11/2026"
 * on one item says "05/11/2026" on another is 5 November, not 11 May (an Indian or British feed read as American
 * was six months out), and "11/25/2026" says the reverse. Null when no date shows it, or the dates disagree.
 */
export function numericOrder(dates: (string | undefined)[]): NumericOrder {
  let order: NumericOrder = null;
  for (const raw of dates) {
    if (!raw || raw.length > 60 || !/\d[/-]\d/.test(raw)) continue;
    const m = NUMERIC.exec(raw.trim().replace(/\s+/g, ' '));
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    const shown: NumericOrder = a > 12 && b <= 12 ? 'day-first' : b > 12 && a <= 12 ? 'month-first' : null;
    if (!shown) continue;
    if (order && order !== shown) return null;
    order = shown;
  }
  return order;
}

/** Where slashed dates are written month first ("11/05/2026" is 5 November): the US and the places on its habit. */
const MONTH_FIRST_REGIONS = new Set(['us', 'pr', 'gu', 'as', 'vi', 'mp', 'um', 'mh', 'pw', 'ph']);
/** Canada writes both orders; the other ccTLDs are sold to sites anywhere (".io", ".tv", ".fm") and name no habit. */
const NO_ORDER_REGIONS = new Set(['ca', 'io', 'ai', 'tv', 'co', 'me', 'fm', 'ly', 'gg', 'to', 'cc', 'ws', 'am', 'im', 'la', 'nu', 'so', 'sh', 'vc']);

/**
 * The order a region writes numeric dates in, for a feed whose own dates do not show it: an Indian or British feed's
 * lone "05/11/2026" is 5 November, read as American it was six months out. Null without a region, or for one that
 * names no habit.
 */
export function regionNumericOrder(region: string | null): NumericOrder {
  if (!region || NO_ORDER_REGIONS.has(region)) return null;
  return MONTH_FIRST_REGIONS.has(region) ? 'month-first' : 'day-first';
}

function cjk(s: string): WallTime | null {
  const m = s.length <= 40 ? CJK.exec(s) : null;
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', zone] = m;
  return at(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), zone);
}

function java(s: string): WallTime | null {
  const m = JAVA.exec(s);
  if (!m) return null;
  const [, mon, d, h, mi, sec, zone, y] = m;
  return build(y!, mon!, d!, h, mi, sec, undefined, zone);
}

function build(y: string, mon: string, d: string, h?: string, mi?: string, sec?: string, ampm?: string, zone?: string): WallTime | null {
  const name = mon.toLowerCase();
  // A language's whole name first: Finnish "marraskuuta" (November) begins as March does in English.
  const month = /^\d{1,2}$/.test(name) ? Number(name) - 1 : (LOCAL_MONTHS[monthKey(name)] ?? MONTHS[name.slice(0, 3)]);
  if (month === undefined) return null;
  const year = fullYear(y);
  let hour = Number(h ?? 0);
  if (ampm) hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  return at(year, month, Number(d), hour, Number(mi ?? 0), Number(sec ?? 0), zone);
}

/** A two-digit year is this century's below 50, the last one's from 50. */
function fullYear(y: string): number {
  const year = Number(y);
  return y.length === 2 ? year + (year < 50 ? 2000 : 1900) : year;
}

/** The zone's offset in minutes at that clock time, or null when the name is unknown or cannot be trusted there. */
function offsetOf(zone: string, wall: number, region: string | null): number | null {
  const z = zone.toUpperCase();
  const regional = region ? REGIONAL_ZONES[z]?.[region] : undefined;
  if (regional !== undefined) return regional;
  if (z in US_GENERIC) return US_GENERIC[z]! + (usDaylightTime(wall) ? 60 : 0);
  if (z in ZONES) return ZONES[z]!;
  // RFC 822's one-letter military zones were written with their signs reversed so often that RFC 5322 (4.3) says to
  // read them as -0000: the time at UTC, its local zone unknown. Upper case only: "6:13 p" is no zone.
  if (/^[A-IK-Y]$/.test(zone)) return 0;
  const m = /^(?:GMT|UTC|UT)?([+-])(\d{1,2}?)[:.]?(\d{2})?$/.exec(z);
  if (!m || Number(m[2]) > 14) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The day of the month of a Sunday: the nth of the month, or the last for n = -1. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  return 1 + ((7 - new Date(Date.UTC(year, month, 1)).getUTCDay()) % 7) + (n - 1) * 7;
}

/** US daylight time, at 2 a.m. local: second Sunday of March to first Sunday of November since 2007, April to October before. */
function usDaylightTime(wall: number): boolean {
  const y = new Date(wall).getUTCFullYear();
  const start = y >= 2007 ? Date.UTC(y, 2, sunday(y, 2, 2), 2) : Date.UTC(y, 3, sunday(y, 3, 1), 2);
  const end = y >= 2007 ? Date.UTC(y, 10, sunday(y, 10, 1), 1) : Date.UTC(y, 9, sunday(y, 9, -1), 1);
  return wall >= start && wall < end;
}

/**
 * The clock time, or null for one no clock shows. A day the month does not have ("31 Nov 2026", "29 Feb 2026") is
 * IMPOSSIBLE: Date.UTC would roll it over into the next month, and no later reading (V8's) may do so either.
 */
function at(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined, ms = 0): WallTime | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  y = commonEraYear(y);
  if (d > daysIn(y, mo)) return IMPOSSIBLE;
  return { wall: Date.UTC(y, mo, d, h, mi, s, ms), zone };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** A date that names a day its month does not have: no date, whatever else could read it. */
const IMPOSSIBLE: WallTime = { wall: Number.NaN };

/** The end of a date V8 may read: a number, perhaps AM/PM, a zone it knows or an offset. Words after it ("EST5EDT") it would drop. */
const TRUSTED_END = /(?:^|[^\p{L}\d])[\d:.]*\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|UT))?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?$/iu;

const YEAR_THEN_TIME = /^\d{4},?\s+\d{1,2}[:.]\d{2}(?!\d)/;

/** Whatever else V8 reads, with a named zone turned into an offset and a missing zone taken as UTC. */
function fallback(s: string, region: string | null, clock: StatedOffset[]): number | null {
  // V8 fills a missing year with 2001: "Tue, 10 Feb 15:04:05 GMT" is no date to us, not a 25-year-old one.
  if (!/(?:^|\D)\d{4}(?:\D|$)/.test(s)) return null;
  // Nor does a year with a time and no day ("2026 10:05", "2026, 10:05 IST") say one: V8 read 1 January (the fifty-second round's).
  if (YEAR_THEN_TIME.test(s)) return null;
  // JavaScript's Date#toString ends in a comment: "Tue Mar 05 2024 14:22:11 GMT+0530 (India Standard Time)".
  const bare = s.replace(/\s*\([^()]*\)$/, '');
  const named = /^(.*\d(?:\s*[AaPp]\.?[Mm]\.?)?)\s*\b([A-Za-z]{2,5})$/.exec(bare);
  if (named && !/^(?:UTC|GMT|UT|[AP]M)$/i.test(named[2]!)) {
    // "+0530 IST": the offset says it exactly, the name only repeats it.
    if (/(?:[+-]\d{2}:?\d{2}|\b(?:UTC|GMT|UT|Z))$/i.test(named[1]!)) return readByV8(named[1]!);
    const wall = readByV8(named[1]!);
    const offset = wall === null ? null : offsetOf(named[2]!, wall, region);
    return offset === null ? null : wall! - offset * 60_000;
  }
  if (!TRUSTED_END.test(bare)) return null;
  const t = readByV8(bare);
  return t !== null && clock.length && !ENDS_IN_ZONE.test(bare) ? inStatedClock(t, clock) : t;
}

/** V8's reading, as UTC when the text names no zone; null where V8 rolled a day the month lacks into the next month. */
const ENDS_IN_ZONE = /(?:[+-]\d{2}:?\d{2}|\bZ|\b(?:UTC|GMT|UT))$/i;

/**
 * The words V8's date reader knows: English months and weekdays (it reads them by their first three letters), AM/PM, UTC/GMT and
 * ISO's T and Z, ordinal endings, and the joining words feeds put between a date and its time. V8 skips any other word before the
 * first number: "Winter 2026", "Volume 2026" and "Spring 2026 10:05" were 1 January, a date the text never said.
 */
const V8_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'am pm a p m utc gmt ut z t st nd rd th at on of the').split(' '),
);
function onlyV8Words(s: string): boolean {
  for (const word of s.match(/\p{L}+/gu) ?? []) if (!V8_WORDS.has(word.toLowerCase())) return false;
  return true;
}

function readByV8(s: string): number | null {
  if (!onlyV8Words(s)) return null;
  let t = Date.parse(ENDS_IN_ZONE.test(s) ? s : `${s} UTC`);
  if (Number.isNaN(t)) t = Date.parse(s);
  return Number.isNaN(t) || rolledOver(s, t) ? null : inCommonEra(t);
}

/**
 * Whether V8 read a day of the month the text does not say: "Nov 31 2026" comes out as 1 December. Only the 29th to
 * 31st can roll over; the day read, a day either side for the zone's shift, must be one the text names.
 */
function rolledOver(s: string, t: number): boolean {
  const days = s.match(/(?<![\d:.])(?:29|30|31)(?![\d:])/g);
  if (!days) return false;
  const read = [-1, 0, 1].map((shift) => String(new Date(t + shift * 86_400_000).getUTCDate()));
  return !days.some((day) => read.includes(day));
}

/**
 * The country an address is in, by its top-level domain ("tribune.com.pk" → "pk"), for zone names that mean
 * another zone there (REGIONAL_ZONES); null for a generic domain.
 */
export function regionOf(url: string | null | undefined): string | null {
  const m = url ? /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]*)\.([a-z]{2})\.?(?:[:/?#]|$)/i.exec(url) : null;
  const region = m?.[2]?.toLowerCase();
  if (!region) return null;
  // Colombia's, Armenia's and Laos' domains name the country only under their second level (eltiempo.com.co, gov.am,
  // kpl.gov.la): a bare .co, .am or .la (Los Angeles' sites) is a site anywhere that chose the letters.
  if (SOLD_DOMAINS.has(region) && !/(?:^|\.)(?:com|gov|org|net|edu|mil|ac|co|nom)$/i.test(m![1]!)) return null;
  return region;
}
const SOLD_DOMAINS = new Set(['co', 'am', 'la', 'so']);

/**
 * Gulf, South Asian and Vietnamese outlets on .com and .net whose feeds write their country's meaning of a zone name (Arab News' pubDates
 * "Thu, 26 Nov 2026 14:05:00 AST"), and the country each is from: neither the domain nor their language ("en") says it.
 */
const OUTLET_COUNTRY: Record<string, string> = {
  'arabnews.com': 'sa', 'gulfnews.com': 'ae', 'khaleejtimes.com': 'ae', 'thenationalnews.com': 'ae', 'gulf-times.com': 'qa', 'timesofoman.com': 'om',
  // Pakistan's and Bangladesh's on .com and .net, whose PST is Pakistan Standard Time and BST Bangladesh's (Dawn's PST read as
  // the Pacific's was thirteen hours out; the Daily Star's BST as British, five).
  'dawn.com': 'pk', 'brecorder.com': 'pk', 'thedailystar.net': 'bd', 'bdnews24.com': 'bd', 'dhakatribune.com': 'bd', 'tbsnews.net': 'bd',
  'newagebd.net': 'bd', 'bssnews.net': 'bd', 'prothomalo.com': 'bd', 'risingbd.com': 'bd',
  // Vietnam's on .com and .net (VnExpress, Báo Mới), whose times without a zone are Vietnam's: their "vi" says no country
  // (Vietnamese is written abroad too), and the others are on .vn already (dantri.com.vn, tuoitre.vn, znews.vn, vov.vn).
  'vnexpress.net': 'vn', 'baomoi.com': 'vn',
};

/** The country of a known outlet (OUTLET_COUNTRY) an address is on, or on a subdomain of; else null. */
export function outletRegion(url: string | null | undefined): string | null {
  const host = url ? /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase().replace(/\.$/, '') : undefined;
  if (!host) return null;
  const outlet = Object.keys(OUTLET_COUNTRY).find((h) => host === h || host.endsWith(`.${h}`));
  return outlet ? OUTLET_COUNTRY[outlet]! : null;
}

/**
 * Languages spoken in one country only, or mostly, written without one: Hebrew ("he", and "iw", Java's old code) is Israel's, Thai Thailand's, Persian ("fa"; Afghanistan's Dari is "prs" or "fa-AF") Iran's, Irish ("ga": RTÉ's and Tuairisc's news, whose IST is Irish Standard Time) Ireland's;
 * Hindi and India's other languages of one state or region (Jagran's and Bhaskar's `<language>hi</language>`) India's, whose clock Sri Lanka's Tamil shares; Nepali Nepal's,
 * Sinhala Sri Lanka's, Dzongkha Bhutan's, Dhivehi the Maldives'. Bengali (India and Bangladesh keep different clocks) and Urdu say no country.
 */
const LANGUAGE_COUNTRY: Record<string, string> = {
  he: 'il', iw: 'il', th: 'th', fa: 'ir', ga: 'ie',
  hi: 'in', mr: 'in', gu: 'in', pa: 'in', ta: 'in', te: 'in', kn: 'in', ml: 'in', or: 'in', as: 'in', kok: 'in', mai: 'in',
  ne: 'np', si: 'lk', dz: 'bt', dv: 'mv',
  // Indonesian (Indonesia's press keeps Jakarta's clock, CAPITAL_CLOCKS), Kazakh, Uzbek, Azerbaijani, Georgian, Armenian and
  // Amharic (Ethiopia's). Russian, Spanish, Portuguese and Arabic are written in many countries and name none.
  id: 'id', kk: 'kz', uz: 'uz', az: 'az', ka: 'ge', hy: 'am', am: 'et',
  // Lao (Laos' clock, +07:00: its .la is sold to sites anywhere for its letters, so the language names the country).
  lo: 'la',
  // Kyrgyz, Turkmen and Somali (the forty-ninth round's).
  ky: 'kg', tk: 'tm', so: 'so',
  // The fiftieth round's, whose months months.ts now reads: Kinyarwanda (Rwanda's), Shona (Zimbabwe's), Sesotho (Lesotho's;
  // South Africa keeps the same clock), Setswana (Botswana's, the same), Oromo (Ethiopia's) and Wolof (Senegal's).
  rw: 'rw', sn: 'zw', st: 'ls', tn: 'bw', om: 'et', wo: 'sn',
  // The fifty-first round's: Scottish Gaelic (Britain's), Guaraní (Paraguay's), Kabyle (Algeria's), Central Atlas and Standard
  // Moroccan Tamazight (Morocco's) and Zarma (Niger's). Bambara's Mali keeps UTC all year, as a zoneless time is read anyway.
  gd: 'gb', gn: 'py', kab: 'dz', tzm: 'ma', zgh: 'ma', shi: 'ma', dje: 'ne',
};

/**
 * The country a feed's declared language names ("en-IN" → "in", "he" → "il"), when that country reads some zone
 * name otherwise (REGIONAL_ZONES) or keeps one zone its zoneless times mean (COUNTRY_ZONES); else null. "en-US" is
 * WordPress's and most generators' default whatever the site: it says nothing, and must not outvote the country of
 * the story's own address.
 */
export function languageRegion(language: string | null | undefined): string | null {
  if (!language) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2})\b)?/i.exec(language.trim());
  const region = m ? (m[2]?.toLowerCase() ?? LANGUAGE_COUNTRY[m[1]!.toLowerCase()]) : undefined;
  return region && (REGIONAL_COUNTRIES.has(region) || region in COUNTRY_ZONES) ? region : null;
}

/**
 * Languages of two countries that keep different clocks, written without a region, and the country most of their
 * feeds are from: Bengali ("bn") is Bangladesh's and India's West Bengal's, and a Bengali feed that writes BST means
 * Bangladesh Standard Time (India's write IST). A weaker sign than any other (see normalise.ts): a feed whose other
 * dates keep India's clock is India's.
 */
const LANGUAGE_MOSTLY: Record<string, string> = { bn: 'bd' };

/** The country most feeds in a language written without a region come from (LANGUAGE_MOSTLY), else null. */
export function languageMostlyIn(language: string | null | undefined): string | null {
  const bare = language?.trim().toLowerCase();
  return (bare && LANGUAGE_MOSTLY[bare]) ?? null;
}

/** Feeds carry placeholder dates (0001-01-01, the epoch): nothing before 1990 is a news date. */
function plausible(t: number): boolean {
  return Number.isFinite(t) && t >= Date.UTC(1990, 0, 1);
}

/**
 * Offsets one country's clock (or clocks that never change, as that country's) keeps all year, for the country of a
 * feed that gives its times no zone here and there: an offset that shifts with the seasons (Europe's, the Americas')
 * names no one clock, and UTC's says nothing.
 */
const STEADY_OFFSET_COUNTRY: Record<string, string> = {
  '+0530': 'in', '+0545': 'np', '+0600': 'bd', '+0500': 'pk', '+0630': 'mm', '+0430': 'af', '+0400': 'ae', '+0300': 'sa', '+0700': 'th', '+0800': 'sg', '+0900': 'jp',
};
/** A time followed by a numeric offset: "Thu, 26 Nov 2026 12:44:05 +0530", "2026-11-26T18:20:11+05:30", "2:05 pm +0545". */
const TIME_WITH_OFFSET = /\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:GMT|UTC)?\s*([+-])(\d\d):?(\d\d)\s*$/i;

/**
 * The country whose clock a feed's dates keep, when every date with an offset says the same steady one: NDTV's
 * `<updatedAt>2026-11-26 13:10:22</updatedAt>` beside pubDates at +0530 is 13:10 in India, not in UTC. One item is
 * one story's say (a wire item's own stamp), however many of its elements repeat it: two items agreeing are the
 * feed's clock. The feed's own build date (`feedDates`: lastBuildDate, Atom's <updated>) is the generator's clock and
 * says it alone: pubDates without a zone under a lastBuildDate at +0545 keep Nepal's clock.
 */
export function clockRegion(entryDates: string[][], feedDates: string[] = []): string | null {
  const offsets = new Set<string>();
  let zoned = 0;
  for (const [dates, weight] of [...entryDates.map((d) => [d, 1] as const), [feedDates, 2] as const]) {
    const found = dates.map((d) => TIME_WITH_OFFSET.exec(d.trim())).filter((m) => m !== null);
    for (const m of found) offsets.add(`${m[1]}${m[2]}${m[3]}`);
    if (found.length) zoned += weight;
  }
  return offsets.size === 1 && zoned >= 2 ? (STEADY_OFFSET_COUNTRY[[...offsets][0]!] ?? null) : null;
}

/** An offset a feed states with one of its dates, and the instant that date stamps. */
export interface StatedOffset {
  at: number;
  minutes: number;
}

/** A time followed by Moscow's, in Russian ("мск"), before the date or after it. */
const MSK = /\d:\d\d(?::\d\d)?\s*мск(?![а-яё])/iu;
/** A time followed by a zone name: "Thu, 26 Nov 2026 10:00:00 EST", "11/26/2026 9:15 AM PT". */
const TIME_WITH_NAME = /\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*\b([A-Za-z]{2,5})$/;

/**
 * A date's offset, numeric or named, and the instant it stamps; none at UTC, which generators print whatever their
 * clock (WordPress's pubDates). A name counts as parseFeedDate reads it in the feed's country (`region`: IST is
 * Israel's in an Israeli feed); one it cannot trust there ("ECT") gives no date, and so states nothing.
 */
function statedOffset(date: string, region: string | null): StatedOffset | null {
  // Joined, the key is a string of its own once the Map has hashed it (it keeps no feed document alive, as a slice of one would).
  const key = `${region ?? ''}\u0000${date}`;
  const known = statedOffsets.get(key);
  if (known !== undefined) return known;
  if (statedOffsets.size >= MAX_STATED_OFFSETS) statedOffsets.clear();
  const found = readStatedOffset(date, region);
  statedOffsets.set(key, found);
  return found;
}

/**
 * statedOffset's answers by region and date. A document's dates are read for its clock (feedClock, at every poll) and each
 * item's again for its own (statedClock), and items repeat a date in several elements (pubDate, dc:date, <updated>): the
 * same few hundred dates were parsed some five times each on the ingest path. An answer depends on the two alone, and
 * is only read (never changed) by its users.
 */
const statedOffsets = new Map<string, StatedOffset | null>();
const MAX_STATED_OFFSETS = 512;

function readStatedOffset(date: string, region: string | null): StatedOffset | null {
  const trimmed = date.trim();
  const m = TIME_WITH_OFFSET.exec(trimmed);
  if (m) {
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    const at = minutes ? parseFeedDate(date) : null;
    return at === null ? null : { at, minutes };
  }
  // Moscow's time as Russian sites write it after the time ("27.11.2026 10:05 мск", "10:05 МСК 27.11.2026"): +03:00 all year since 2014.
  if (MSK.test(trimmed)) {
    const at = parseFeedDate(trimmed, region);
    return at === null ? null : { at, minutes: 180 };
  }
  const named = TIME_WITH_NAME.exec(trimmed);
  if (!named || /^(?:UTC|GMT|UT|[AP]M)$/i.test(named[1]!)) return null;
  const at = parseFeedDate(trimmed, region);
  // The instant stands for the clock time in offsetOf's one use of it, US daylight time, an hour off at most at the change.
  const minutes = at === null ? null : offsetOf(named[1]!, at, region);
  return at !== null && minutes ? { at, minutes } : null;
}

/**
 * The offsets some dates state, when they are one clock's: one offset, or its standard and daylight time (DAYLIGHT_PAIR).
 * +0530 beside +0545 is India beside Nepal, and +0530 beside +0600 India beside Bangladesh: no one clock.
 */
export function statedClock(dates: string[], region: string | null = null): StatedOffset[] {
  return oneClock(dates.map((d) => statedOffset(d, region)).filter((o) => o !== null));
}

function oneClock(stated: StatedOffset[]): StatedOffset[] {
  const minutes = [...new Set(stated.map((o) => o.minutes))];
  const one = minutes.length === 1 || (minutes.length === 2 && isDaylightPair(minutes[0]!, minutes[1]!));
  return one ? stated : [];
}

/**
 * The pairs of offsets that are one clock's standard and daylight time where the standard time is not a whole hour:
 * Newfoundland, Iran (until 2022), South Australia, Lord Howe (half an hour on), Chatham. Any other pair off the whole
 * hour is two countries' clocks (India's +0530 beside Bangladesh's +0600 or Myanmar's +0630), however close.
 */
const OFF_HOUR_DAYLIGHT = new Set(['-210|-150', '210|270', '570|630', '630|660', '765|825']);

/** Whether two offsets (minutes) can be one clock's standard and daylight time: an hour apart on the hour, or OFF_HOUR_DAYLIGHT. */
export function isDaylightPair(a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  if (low % 60 === 0 && high - low === 60) return true;
  return OFF_HOUR_DAYLIGHT.has(`${low}|${high}`);
}

/**
 * The clock a feed's dates without a zone keep, by the offsets it states elsewhere: its own dates (lastBuildDate, Atom's
 * <updated>) and its items'. In a country of many zones (Russia, the US, Brazil, Australia) neither its domain nor its
 * language says one, and "26 ноября 2026 в 12:30" beside a lastBuildDate at +0300 was read as UTC. As for clockRegion,
 * one item's offset is that story's say (a wire item's own stamp), two items' or the feed's own dates are the feed's;
 * items at +0530 and -0500 (an aggregator's) state no one clock, and then the feed's own dates alone do, if any.
 */
export function feedClock(entryDates: string[][], feedDates: string[], region: string | null = null): StatedOffset[] {
  const stated = (dates: string[]) => dates.map((d) => statedOffset(d, region)).filter((o) => o !== null);
  const channel = stated(feedDates);
  const items = entryDates.map(stated).filter((offsets) => offsets.length);
  const all = channel.length || items.length >= 2 ? oneClock([...channel, ...items.flat()]) : [];
  return all.length ? all : oneClock(channel);
}

/** A zoneless clock time by the stated offset nearest it in time (a date in November keeps November's, not July's daylight time); null for none. */
function inStatedClock(wall: number, clock: StatedOffset[]): number | null {
  if (!clock.length) return null;
  const nearest = clock.reduce((best, o) => (Math.abs(o.at - wall) < Math.abs(best.at - wall) ? o : best));
  return wall - nearest.minutes * 60_000;
}
