/**
 * Wire copy arrives wrapped: a dateline in front ("Rome, Feb 27 (IANS)"), a
 * sign-off and desk initials behind ("--IANS", "akl/as"), and whatever the
 * publisher's page put around it ("LATEST NEWS" and its headlines). This module
 * finds the dateline and cuts the rest away, working on paragraphs.
 */

export interface Agency {
  id: string;
  name: string;
  /** How the agency writes itself in a dateline or sign-off. */
  marks: string[];
}

export const AGENCIES: Agency[] = [
  { id: 'IANS', name: 'Indo-Asian News Service', marks: ['IANS'] },
  { id: 'PTI', name: 'Press Trust of India', marks: ['PTI'] },
  { id: 'ANI', name: 'Asian News International', marks: ['ANI'] },
  { id: 'UNI', name: 'United News of India', marks: ['UNI'] },
  { id: 'Reuters', name: 'Reuters', marks: ['Reuters', 'REUTERS'] },
  { id: 'AP', name: 'Associated Press', marks: ['AP'] },
  { id: 'AFP', name: 'Agence France-Presse', marks: ['AFP'] },
  { id: 'Xinhua', name: 'Xinhua', marks: ['Xinhua', 'XINHUA'] },
  { id: 'Bloomberg', name: 'Bloomberg', marks: ['Bloomberg'] },
  { id: 'dpa', name: 'Deutsche Presse-Agentur', marks: ['dpa', 'DPA'] },
  { id: 'EFE', name: 'Agencia EFE', marks: ['EFE'] },
  { id: 'ANSA', name: 'ANSA', marks: ['ANSA'] },
  { id: 'Kyodo', name: 'Kyodo News', marks: ['Kyodo'] },
  { id: 'Yonhap', name: 'Yonhap', marks: ['Yonhap'] },
  { id: 'APP', name: 'Associated Press of Pakistan', marks: ['APP'] },
  { id: 'BSS', name: 'Bangladesh Sangbad Sangstha', marks: ['BSS'] },
  { id: 'PIB', name: 'Press Information Bureau', marks: ['PIB'] },
];

const markToAgency = new Map(AGENCIES.flatMap((a) => a.marks.map((m) => [m.toLowerCase(), a.id] as const)));
const marks = AGENCIES.flatMap((a) => a.marks).map(escapeRegExp).join('|');

// "Rome, Feb 27 (IANS)", "NEW DELHI (Reuters) -", "Kabul, March 3 (AFP):", "Mumbai: (PTI)"
const DATELINE = new RegExp(
  String.raw`^\s*([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:,\s*((?:[\p{L}]{3,9}\.?\s+\d{1,2})|(?:\d{1,2}\s+[\p{L}]{3,9}\.?)))?\s*[,:]?\s*\((${marks})\)\s*[-–—:]*\s*`,
  'u',
);
const SIGN_OFF = new RegExp(String.raw`^\s*(?:-{1,3}|–|—)\s*(?:${marks})\s*$`, 'iu');
/** Desk initials such as "akl/as" or "sd/pgh/dpb": short lower-case groups joined by slashes. */
const DESK_INITIALS = /^\s*[a-z]{1,4}(?:\/[a-z]{1,4}){1,3}\s*$/;
/** Page chrome after which nothing belongs to the story. */
const TRAILING_CHROME = /^\s*(?:latest news|also read|read more|related news|related stories|more from|you may also like|trending now|top stories|recommended)\b.*$/i;
/** Lines of page chrome that can stand anywhere. */
const CHROME_LINE = /^\s*(?:share (?:this|on)\b|follow us on\b|click here to\b|subscribe to our\b|download the .* app\b|(?:also|read) (?:read|also)\s*:)/i;

export interface WireCopy {
  paragraphs: string[];
  place: string | null;
  date: string | null;
  agency: string | null;
  dateline: string | null;
}

export function cleanWireCopy(paragraphsIn: string[]): WireCopy {
  const paragraphs: string[] = [];
  let agency: string | null = null;
  for (const raw of paragraphsIn) {
    const p = raw.trim();
    if (!p) continue;
    if (TRAILING_CHROME.test(p) && paragraphs.length > 0) break;
    const signOff = SIGN_OFF.exec(p);
    if (signOff) {
      agency ??= markToAgency.get(p.replace(/[-–—\s]/g, '').toLowerCase()) ?? null;
      break;
    }
    if (DESK_INITIALS.test(p) && paragraphs.length > 0) break;
    if (CHROME_LINE.test(p)) continue;
    paragraphs.push(p);
  }
  const first = paragraphs[0];
  const found = first ? DATELINE.exec(first) : null;
  if (!found) return { paragraphs, place: null, date: null, agency, dateline: null };
  const [whole, place, date, mark] = found;
  const rest = first!.slice(whole.length);
  if (rest) paragraphs[0] = rest;
  else paragraphs.shift();
  const foundAgency = markToAgency.get(mark!.toLowerCase()) ?? agency;
  return {
    paragraphs,
    place: place!.trim(),
    date: date?.trim() ?? null,
    agency: foundAgency,
    dateline: whole.replace(/[\s:–—-]+$/, '').trim(),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
