import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { AGENCIES, cleanWireCopy } from '../../src/feeds/wire.js';
import { mulberry32 } from '../../src/random.js';

/**
 * Wire stories put together from parts, for the generative test of the cleaner (test/feeds/wire-properties.test.ts): real article
 * paragraphs from ../shared/labelled/train.jsonl (read in place), an agency dateline in the forms the README documents, drawn from
 * the agency table, then a sign-off and the page chrome the cleaner documents, in varied order and HTML or plain-text shapes. Each
 * story says what it is made of, so a test can tell what the cleaner should give back: the article alone, its place and agency.
 */


type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Rand, p: number) => r() < p;
const between = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const labelled = fileURLToPath(new URL('../../../shared/labelled/train.jsonl', import.meta.url));

/** The cleaner's way in, as a feed's item reaches it (normalise.ts runs the furniture pass first). */
const clean = (paragraphs: string[]) => cleanWireCopy(withoutFurniture(paragraphs));

/**
 * A sentence end, then the next sentence's capital. Texts in the file are cut at ~1,500 characters, mid-word: the piece after the
 * last sentence end is dropped.
 */
const SENTENCE_BREAK = /(?<=[a-z\d%)][.!?]["”’]?)\s+(?=["“‘]?[A-Z])/;

/**
 * What the labelled set holds that no wire story's paragraph would: AG News's escaping leftovers ("#39;", "&lt;b&gt;"), its own
 * datelines and credits at the start of a description ("AP - …", "LONDON (Reuters) - …", "Reuters - …"), which a story's second
 * paragraph never carries, ellipses where AG cut a description short, windows-1252 quotes left as C1 controls ("Don\u0092t") and
 * runs of spaces (a page's reader collapses them: the paragraph would come back changed for no fault of the cleaner).
 */
const NOT_A_PARAGRAPH = /#\d+;|&\w+;|\b(?:quot|amp|lt|gt);|[\u0080-\u009f]|\s{2}|\\|\.\.\.|…|\((?:AP|Reuters|AFP|Sports Network|SPACE\.com|Ziff Davis|NewsFactor|TechWeb|CBS\.MW|PC World|Forbes\.com|washingtonpost\.com|[A-Z][\w.]*\.com)\)|^\S+(?: \S+){0,3} - |^[A-Z][A-Z .,]+(?:--| - )/;

export interface Pools {
  /** Paragraphs of real copy that the cleaner leaves as they are when each is a story of its own. */
  paragraphs: string[];
  /** Real headlines, for the headline boxes and "Also read" links. */
  headlines: string[];
}

let pools: Pools | null = null;

/** The labelled set's paragraphs and headlines, read once. */
export function readPools(): Pools {
  if (pools) return pools;
  const candidates = new Set<string>();
  const headlines = new Set<string>();
  for (const line of readFileSync(labelled, 'utf8').split('\n')) {
    if (!line) continue;
    const { title, text, source } = JSON.parse(line) as { title: string; text: string; source: string };
    const headline = title.replace(/\s*\((?:AP|Reuters|AFP)\)$/, '').trim();
    // A headline ends as a headline does: not as a sentence, nor on a colon (AG's titles cut short: "Sihamoni ready to take over:").
    if (headline.length >= 15 && headline.length <= 110 && !NOT_A_PARAGRAPH.test(headline) && !/[.!?:;,]$/.test(headline)) headlines.add(headline);
    // BBC bodies are long and cut mid-word: their whole sentences, one to three to a paragraph, as wire paragraphs run; AG News's
    // one- or two-sentence descriptions are a paragraph each.
    const sentences = text.trim().split(SENTENCE_BREAK);
    if (source === 'bbc-news-2225' && !/[.!?]["”’]?$/.test(text.trim())) sentences.pop();
    for (let i = 0; i < sentences.length; ) {
      const n = source === 'bbc-news-2225' ? 1 + ((i + text.length) % 3) : sentences.length;
      const paragraph = sentences.slice(i, i + n).join(' ');
      i += n;
      // A paragraph opens as copy does, with a letter, a figure or a quote (": With time…" is AG's leftover of a cut dateline).
      if (paragraph.length >= 30 && paragraph.length <= 900 && /^["“‘'\p{L}\d]/u.test(paragraph) && /[.!?]["”’]?$/.test(paragraph) && !NOT_A_PARAGRAPH.test(paragraph)) candidates.add(paragraph);
    }
  }
  const paragraphs = [...candidates].filter((p) => {
    const copy = clean([p]);
    return copy.paragraphs.length === 1 && copy.paragraphs[0] === p && copy.place === null && copy.agency === null;
  });
  pools = { paragraphs, headlines: [...headlines] };
  return pools;
}

/** Wire services with a bracketed mark after a place; the press-release wires set theirs otherwise (slashes, "--(BUSINESS WIRE)--"). */
const RELEASE_WIRES = new Set(['PR Newswire', 'Business Wire', 'PRWeb', 'CNW', 'EIN Presswire', 'ACCESSWIRE']);
const LATIN = /^[\p{Script=Latin}\d .&'’-]+$/u;

interface Mark {
  agency: string;
  mark: string;
  /** Read only after a place and a date (Agency.datedMarks). */
  datedOnly: boolean;
}

const MARKS: Mark[] = AGENCIES.filter((a) => !RELEASE_WIRES.has(a.id)).flatMap((a) => [
  ...a.marks.filter((m) => LATIN.test(m)).map((mark) => ({ agency: a.id, mark, datedOnly: false })),
  ...(a.datedMarks ?? []).map((mark) => ({ agency: a.id, mark, datedOnly: true })),
]);

/** A place in the country of each mark that only its own country's datelines credit (wire.ts, HOME_COUNTRIES). */
const HOME_PLACES: Record<string, string> = { IP: 'Asunción', NA: 'Buenos Aires', VTV: 'Caracas' };

/** Places as datelines carry them: cities, some of several words or with a particle. */
const PLACES = ['Rome', 'New Delhi', 'Mumbai', 'Kolkata', 'Chennai', 'Bengaluru', 'Hyderabad', 'Lucknow', 'Srinagar', 'Thiruvananthapuram', 'Kathmandu', 'Dhaka', 'Islamabad', 'Lahore', 'Karachi', 'Colombo', 'Kabul', 'Thimphu', 'Male', 'Beijing', 'Tokyo', 'Seoul', 'Moscow', 'Paris', 'London', 'Berlin', 'Brussels', 'Geneva', 'Washington', 'New York', 'Cairo', 'Nairobi', 'Lagos', 'Addis Ababa', 'Buenos Aires', 'Kuala Lumpur', 'Ras al-Khaimah', 'Tehran', 'Ankara', 'Jakarta', 'Manila', 'Bangkok', 'Hanoi', 'Riyadh', 'Doha', 'Kyiv', 'Warsaw', 'Lisbon', 'Madrid', 'Vienna'];
const MONTHS: [string, string][] = [['Jan', 'January'], ['Feb', 'February'], ['Mar', 'March'], ['Apr', 'April'], ['May', 'May'], ['Jun', 'June'], ['Jul', 'July'], ['Aug', 'August'], ['Sep', 'September'], ['Oct', 'October'], ['Nov', 'November'], ['Dec', 'December']];

function dateOf(r: Rand, caps: boolean): string {
  const [short, long] = pick(r, MONTHS);
  const day = between(r, 1, 28);
  const shape = between(r, 0, 4);
  const month = shape === 0 ? short : shape === 1 ? `${short === 'May' ? 'May' : `${short}.`}` : shape === 2 ? long : shape === 3 ? short : long;
  const written = shape === 4 ? `${day} ${month}` : `${month} ${day}`;
  return caps ? written.toUpperCase() : written;
}

export interface Dateline {
  text: string;
  place: string | null;
  agency: string;
  mark: string;
  datedOnly: boolean;
  form: string;
}

/** An agency dateline in one of the documented forms. */
/** The agencies whose copy a South Asian desk gets most: half the stories are theirs, the rest any agency's in the table. */
const MAIN_AGENCIES = new Set(['IANS', 'PTI', 'ANI', 'UNI', 'Reuters', 'AP', 'AFP', 'Xinhua', 'Yonhap']);
const MAIN_MARKS = MARKS.filter((m) => MAIN_AGENCIES.has(m.agency));

function datelineOf(r: Rand): Dateline {
  const m = pick(r, chance(r, 0.5) ? MAIN_MARKS : MARKS);
  const caps = chance(r, 0.4);
  // A mark read from its own country's places only (Paraguay's "(IP)", the thirty-eighth sweep: see HOME_COUNTRIES) is dated there;
  // the place is drawn all the same, so that every other story comes out as it did.
  const drawn = pick(r, PLACES);
  const place = HOME_PLACES[m.mark] ?? drawn;
  const written = caps ? place.toUpperCase() : place;
  const dash = pick(r, [' -', ' --', ' —', ' –', ':']);
  // "Rome, Feb 27 (IANS)", "NEW DELHI, Nov 27 (PTI) —", "SEOUL (Yonhap) -", "(Reuters) -", "Nov 26 (Reuters) -".
  const forms = m.datedOnly ? ['place-date'] : ['place-date', 'place-date', 'place-date', 'place', 'bare', 'date'];
  const form = pick(r, forms);
  const date = dateOf(r, caps && chance(r, 0.5));
  switch (form) {
    case 'place-date':
      return { text: `${written}, ${date} (${m.mark})${chance(r, 0.5) ? '' : dash}`, place: written, agency: m.agency, mark: m.mark, datedOnly: m.datedOnly, form };
    case 'place':
      return { text: `${written} (${m.mark})${pick(r, [' -', ' --', ' —', ' –'])}`, place: written, agency: m.agency, mark: m.mark, datedOnly: m.datedOnly, form };
    case 'date':
      return { text: `${date} (${m.mark})${pick(r, [' -', ' --', ' —'])}`, place: null, agency: m.agency, mark: m.mark, datedOnly: m.datedOnly, form };
    default:
      return { text: `(${m.mark})${pick(r, [' -', ' --', ' —', ''])}`, place: null, agency: m.agency, mark: m.mark, datedOnly: m.datedOnly, form };
  }
}

/** Desk initials under an Indian agency's sign-off, as IANS and PTI print them. */
const INITIALS = ['akl/as', 'ksk/', 'sd/vd', 'rvt/dan', 'sktr/rs', 'vg/dpb', 'mr/arm'];

export interface SignOff {
  /** Lines under the copy. */
  lines: string[];
  /** Run into the last paragraph after its last sentence, instead of lines of its own. */
  runIn?: string;
  kind: string;
}

/** A sign-off the story's agency writes under its copy. */
function signOffOf(r: Rand, d: Dateline): SignOff | null {
  // A dated mark (Mehr's "MNA") is read in a dateline only, never under copy (Agency.datedMarks): its agency signs off by its name.
  const mark = d.datedOnly ? AGENCIES.find((a) => a.id === d.agency)!.marks[0]! : d.mark;
  const options: (() => SignOff)[] = [
    () => ({ lines: [`${pick(r, ['--', '—', '-', '– '])}${mark}`], kind: 'dash-mark' }),
    () => ({ lines: [`(With inputs from ${mark})`], kind: 'with-inputs' }),
  ];
  if (['IANS', 'PTI', 'UNI', 'ANI'].includes(d.agency)) {
    options.push(() => ({ lines: [`--${mark}`, pick(r, INITIALS)], kind: 'dash-mark+initials' }));
    options.push(() => ({ lines: [], runIn: ` --${mark} ${pick(r, INITIALS)}`, kind: 'run-in-mark+initials' }));
  }
  if (d.agency === 'PTI') {
    options.push(() => ({ lines: [`PTI ${pick(r, ['ABC DEF', 'KRK RT', 'SMN', 'NSK NSK'])}`], kind: 'pti-desk' }));
    options.push(() => ({ lines: [], runIn: ` PTI ${pick(r, ['ABC DEF', 'KRK RT'])}`, kind: 'run-in-pti-desk' }));
  }
  if (d.agency === 'ANI') options.push(() => ({ lines: [], runIn: ' (ANI)', kind: 'run-in-ani' }));
  if (d.agency === 'Reuters') {
    options.push(() => ({ lines: ['(Reporting by Jane Writer; Editing by John Editor)'], kind: 'reuters-credit' }));
    options.push(() => ({ lines: [], runIn: ' (Reporting by Jane Writer in London; Editing by John Editor)', kind: 'run-in-reuters-credit' }));
  }
  if (d.agency === 'Yonhap') options.push(() => ({ lines: ['(END)'], kind: 'yonhap-end' }));
  if (d.agency === 'Xinhua') options.push(() => ({ lines: ['Enditem'], kind: 'enditem' }));
  return chance(r, 0.7) ? pick(r, options)() : null;
}

export interface Chrome {
  kind: string;
  lines: string[];
  /** Where it may stand: among the paragraphs, after the copy (and its sign-off), or over the dateline. */
  where: 'inside' | 'after' | 'above';
}

const BOX_HEADINGS = ['LATEST NEWS', 'Latest News', 'Top Stories', 'Most Read', 'Trending', 'Latest', 'Related Stories', 'You may also like', "Don't Miss"];
const PROMPTS = [
  'Share this article on Facebook',
  'Download the Mint News App to get Daily Market Updates.',
  'Read more »',
  'Loading...',
  'Join our WhatsApp channel for the latest updates',
  'Subscribe to our newsletter',
  '📣 Click here to join our WhatsApp channel and stay updated',
  'Story continues below this ad',
  'Advertisement',
  'Follow us on Google News',
];

/** A block of the page's chrome the cleaner documents. */
function chromeOf(r: Rand, headlines: string[], d: Dateline, title: string): Chrome {
  const headline = () => pick(r, headlines);
  const kind = pick(r, ['box', 'box', 'teaser-box', 'also-read', 'also-read-line', 'prompt', 'prompt', 'caption', 'syndication', 'stamp-above', 'title-above', 'byline-above']);
  switch (kind) {
    case 'box': {
      // The seed's shape: each headline twice (the picture's alt text, then the link), some with a caption credited to the agency.
      const lines = [pick(r, BOX_HEADINGS)];
      const twice = chance(r, 0.5);
      for (let i = between(r, 2, 6); i > 0; i--) {
        const h = headline();
        lines.push(h);
        if (twice) lines.push(h);
      }
      return { kind: `box:${lines[0]}`, lines, where: 'after' };
    }
    case 'also-read':
      return { kind: 'also-read', lines: [pick(r, ['Also Read', 'ALSO READ', 'Also read:', 'Read also']), headline()], where: 'inside' };
    case 'also-read-line':
      return { kind: 'also-read-line', lines: [`${pick(r, ['ALSO READ |', 'Also Read |', 'READ |', 'Also read:'])} ${headline()}`], where: 'inside' };
    case 'prompt':
      return { kind: 'prompt', lines: [pick(r, PROMPTS)], where: chance(r, 0.6) ? 'inside' : 'after' };
    case 'teaser-box': {
      // A box of other stories' teasers, each under its own dateline and headline, as the agency's pages end.
      const lines = [pick(r, ['LATEST NEWS', 'More from IANS', 'Top Stories', 'Latest'])];
      for (let i = between(r, 1, 3); i > 0; i--) lines.push(headline(), `${pick(r, PLACES)}, ${dateOf(r, false)} (${d.mark}) ${pick(r, pools!.paragraphs)}`);
      return { kind: `teaser-box:${lines[0]}`, lines, where: 'after' };
    }
    case 'caption':
      return { kind: 'caption', lines: [pick(r, ['Representative image', '(File photo)', '(PTI Photo)', 'Representational image. (Photo: Reuters)', 'Prime Minister Narendra Modi at a rally (File Photo/ANI)'])], where: 'inside' };
    case 'byline-above':
      return { kind: 'byline-above', lines: [pick(r, [`By ${d.mark}`, 'FP Staff', 'ETOnline', 'By HT News Desk | Edited by Priya Sharma', '2 min read'])], where: 'above' };
    case 'syndication':
      return { kind: 'syndication', lines: [pick(r, [`(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)`, `Disclaimer: This story is auto-generated from ${d.mark} wire and has not been edited by Outlook staff.`, `This report is auto-generated from ${d.mark} news service. ThePrint holds no responsibility for its content.`])], where: 'after' };
    case 'stamp-above':
      return { kind: 'stamp-above', lines: [pick(r, ['February 27, 2026 7:29 PM', 'First Published: 25 Nov 2026, 05:10 PM IST', 'Updated: Nov 27, 2026 14:05 IST'])], where: 'above' };
    default:
      return { kind: 'title-above', lines: chance(r, 0.5) ? [title, title] : [title], where: 'above' };
  }
}

export interface WireStory {
  seed: number;
  title: string;
  dateline: Dateline;
  /** The article's paragraphs as written (the first without its dateline). */
  article: string[];
  signOff: SignOff | null;
  chrome: Chrome[];
  /** Every paragraph of the page, in order, before any shape is applied. */
  page: string[];
  /** What of the page is the copy the cleaner should keep: the article. */
  shape: string;
  /** The item's body as the feed carries it. */
  body: string;
  html: boolean;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's paragraphs as a feed's HTML or plain text carries them. */
function shapeOf(r: Rand, page: string[], chromeLines: Set<string>, dateline: string, datelineAt: number): { body: string; html: boolean; shape: string } {
  const shape = pick(r, ['p', 'p-attrs', 'div', 'br', 'mixed', 'bold-dateline', 'nbsp', 'text', 'text-crlf', 'text-lines']);
  const esc = page.map(escapeHtml);
  switch (shape) {
    case 'bold-dateline':
      // The dateline set in bold, as Indian sites' CMSs print it: "<p><strong>Rome, Feb 27 (IANS)</strong> India and Italy …</p>".
      return { body: esc.map((p, i) => (i === datelineAt ? `<p><strong>${escapeHtml(dateline)}</strong>${p.slice(escapeHtml(dateline).length)}</p>` : `<p>${p}</p>`)).join('\n'), html: true, shape };
    case 'nbsp':
      // A no-break space after the dateline and around the page's lines, as a rich-text editor leaves them.
      return { body: esc.map((p, i) => `<p>${i === datelineAt ? escapeHtml(dateline) + '&nbsp;' + p.slice(escapeHtml(dateline).length + 1) : p}${chance(r, 0.3) ? '&nbsp;' : ''}</p>`).join(''), html: true, shape };
    case 'p':
      return { body: esc.map((p) => `<p>${p}</p>`).join(pick(r, ['', '\n', '\n\n'])), html: true, shape };
    case 'p-attrs':
      return { body: esc.map((p) => `<p class="story-text" style="text-align: justify;">${p} </p>${chance(r, 0.2) ? '<p>&nbsp;</p>' : ''}`).join('\n'), html: true, shape };
    case 'div':
      return { body: `<div class="article">${esc.map((p) => `<div>${p}</div>`).join('\n')}</div>`, html: true, shape };
    case 'br':
      return { body: esc.join(pick(r, ['<br><br>', '<br/><br/>\n', '<br />\n<br />'])), html: true, shape };
    case 'mixed':
      // Copy in <p>, the chrome as the page marks it up: a heading in <strong>, links in a list.
      return { body: esc.map((p, i) => (chromeLines.has(page[i]!) ? (p.length < 40 && p === p.toUpperCase() ? `<p><strong>${p}</strong></p>` : /image|photo/i.test(p) ? `<figure><img src="https://example.com/i/${i}.jpg"><figcaption>${p}</figcaption></figure>` : `<ul><li><a href="https://example.com/news/${i}">${p}</a></li></ul>`) : `<p>${p}</p>`)).join('\n'), html: true, shape };
    case 'text':
      return { body: page.join(pick(r, ['\n\n', '\n \n', '\n\n\n'])), html: false, shape };
    case 'text-lines':
      // A line each, no blank line between: every line a paragraph of its own.
      return { body: page.join('\n'), html: false, shape };
    default:
      return { body: page.join('\r\n\r\n') + '\r\n', html: false, shape };
  }
}

/** One story, the same for the same seed. */
export function storyFor(seed: number): WireStory {
  const r = mulberry32(seed);
  const { paragraphs, headlines } = readPools();
  const title = pick(r, headlines);
  const dateline = datelineOf(r);
  // Distinct paragraphs: a paragraph twice in a row is a CMS's repeat, which the reader drops on purpose.
  const article = [...new Set(Array.from({ length: between(r, 1, 8) }, () => pick(r, paragraphs)))];
  const signOff = signOffOf(r, dateline);
  // Over the dateline a page sets each of its lines once (the headline perhaps twice, the stamp, the byline): a kind drawn again is
  // left out, or the headline would stand six times over the copy.
  const drawn = Array.from({ length: between(r, 0, 3) }, () => chromeOf(r, headlines, dateline, title));
  const chrome = drawn.filter((c, i) => c.where !== 'above' || drawn.findIndex((d) => d.kind === c.kind) === i);
  const above = chrome.filter((c) => c.where === 'above').flatMap((c) => c.lines);
  const copy = article.map((p, i) => (i === 0 ? `${dateline.text} ${p}` : p));
  if (signOff?.runIn) copy[copy.length - 1] += signOff.runIn;
  // Inside chrome goes between two paragraphs of copy (never over the first); the rest after the copy and its sign-off.
  const body: string[][] = copy.map((p) => [p]);
  const after: string[] = [...(signOff?.lines ?? [])];
  for (const c of chrome) {
    if (c.where === 'inside' && copy.length > 1) body[between(r, 0, copy.length - 2)]!.push(...c.lines);
    else if (c.where !== 'above') after.push(...c.lines);
  }
  const page = [...above, ...body.flat(), ...after];
  const chromeLines = new Set(chrome.flatMap((c) => c.lines));
  const shaped = shapeOf(r, page, chromeLines, dateline.text, above.length);
  return { seed, title, dateline, article, signOff, chrome, page, ...shaped };
}

export interface Outcome {
  paragraphs: string[];
  place: string | null;
  agency: string | null;
}

/** The story as a feed's item, read the way every item is (normaliseEntry: HTML or text, furniture, wire cleanup). */
export function readStory(story: WireStory): Outcome {
  const entry = { guid: `gen-${story.seed}`, link: `https://wire.example/news/${story.seed}`, base: null, title: story.title, content: story.body, contentIsText: !story.html, summary: null, dates: ['2026-11-27T10:00:00Z'], authors: [], images: [], categories: [] };
  const draft = normaliseEntry(entry, { feedUrl: 'https://wire.example/feed.xml', feed: { base: null, title: 'Wire desk' }, fetchedAt: Date.parse('2026-11-27T12:00:00Z') });
  return { paragraphs: draft?.text ? draft.text.split('\n\n') : [], place: draft?.place ?? null, agency: draft?.agency ?? null };
}

export interface Problem {
  property: 'kept every paragraph' | 'left no chrome' | 'read the dateline';
  /** The generator's part the problem is about: a chrome kind, a sign-off kind, a dateline form, or "article". */
  family: string;
  detail: string;
}

/** What the cleaned story gets wrong against what it was made of. */
export function problemsOf(story: WireStory, out: Outcome): Problem[] {
  const problems: Problem[] = [];
  const expected = story.article;
  const got = new Set(out.paragraphs);
  const want = new Set(expected);
  for (const p of expected) if (!got.has(p)) problems.push({ property: 'kept every paragraph', family: familyOfMissing(story, p, out), detail: p });
  const chromeKinds = new Map<string, string>();
  for (const c of story.chrome) for (const line of c.lines) chromeKinds.set(line, c.kind);
  for (const line of story.signOff?.lines ?? []) chromeKinds.set(line, `sign-off:${story.signOff!.kind}`);
  for (const p of out.paragraphs) {
    if (want.has(p)) continue;
    const kind = chromeKinds.get(p) ?? (expected.some((e) => p.startsWith(e)) ? `run-in:${story.signOff?.kind ?? 'none'}` : p.includes(story.dateline.text.trim()) || expected.some((e) => p.endsWith(e)) ? `dateline:${story.dateline.form}` : 'other');
    problems.push({ property: 'left no chrome', family: kind, detail: p });
  }
  if (out.place !== story.dateline.place || out.agency !== story.dateline.agency) problems.push({ property: 'read the dateline', family: `${story.dateline.form}:${story.dateline.mark}`, detail: `${JSON.stringify(story.dateline.text)} -> place ${out.place}, agency ${out.agency}` });
  if (problems.length === 0 && out.paragraphs.join('\n') !== expected.join('\n')) problems.push({ property: 'kept every paragraph', family: 'order', detail: out.paragraphs.join(' | ') });
  return problems;
}

/** Which part of the story stood next to a paragraph that went missing: the chrome right under it names the family. */
function familyOfMissing(story: WireStory, p: string, out: Outcome): string {
  const at = story.page.findIndex((line) => line === p || line.endsWith(` ${p}`) || line.startsWith(p));
  const next = story.page[at + 1];
  const kinds = new Map<string, string>();
  for (const c of story.chrome) for (const line of c.lines) kinds.set(line, c.kind);
  const index = story.article.indexOf(p);
  const position = index === 0 ? 'first' : index === story.article.length - 1 ? 'last' : 'middle';
  const cut = out.paragraphs.length < story.article.length && story.article.slice(0, out.paragraphs.length).every((e, i) => out.paragraphs[i] === e) ? 'cut-after' : 'dropped';
  return `${cut}:${position}:${next === undefined ? 'end' : (kinds.get(next) ?? (story.signOff?.lines.includes(next) ? 'sign-off' : 'copy'))}`;
}
