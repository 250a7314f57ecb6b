import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/parse.js';
import { incomingItems } from '../../src/feeds/poll.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Bylines that look like what the author rules remove (issue 3: a story's `author` is the writer the feed names, less only what is
 * no name: a CMS account, an address, a role, a date). Each byline is given in RSS's <author>, <dc:creator> and the channel's
 * <managingEditor>, Atom's <author><name> and JSON Feed's `authors`, polled as the poller does (parseFeed + incomingItems), and
 * reads the same in all five.
 */
type Field = 'author' | 'dc:creator' | 'managingEditor' | 'atom' | 'json';
const FIELDS: Field[] = ['author', 'dc:creator', 'managingEditor', 'atom', 'json'];
const SITE = 'https://news.example.com/';
const FETCHED = Date.parse('2026-11-27T12:00:00Z');
const COPY = 'The council met on Thursday to approve the budget for the new bus depot.';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function docOf(names: string[], field: Field): { doc: string; type?: string } {
  if (field === 'json') {
    return { doc: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'City Desk', home_page_url: SITE, items: [{ id: '1', url: `${SITE}s/1`, title: 'Depot budget approved', content_text: COPY, date_published: '2026-11-27T10:05:00Z', authors: names.map((name) => ({ name })) }] }), type: 'application/feed+json' };
  }
  if (field === 'atom') {
    const authors = names.map((n) => `<author><name>${esc(n)}</name></author>`).join('');
    return { doc: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>City Desk</title><id>urn:city-desk</id><link href="${SITE}"/><updated>2026-11-27T10:05:00Z</updated><entry><title>Depot budget approved</title><id>urn:city-desk:1</id><link href="${SITE}s/1"/><updated>2026-11-27T10:05:00Z</updated>${authors}<summary>${COPY}</summary></entry></feed>` };
  }
  const el = field === 'managingEditor' ? '' : names.map((n) => `<${field}>${esc(n)}</${field}>`).join('');
  const editor = field === 'managingEditor' ? names.map((n) => `<managingEditor>${esc(n)}</managingEditor>`).join('') : '';
  return { doc: `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>City Desk</title><link>${SITE}</link>${editor}<item><title>Depot budget approved</title><link>${SITE}s/1</link>${DATE}<description>${COPY}</description>${el}</item></channel></rss>` };
}

async function drafted(names: string[], field: Field): Promise<{ author: string | null; agency: string | null }> {
  const { doc, type } = docOf(names, field);
  const draft = incomingItems(await parseFeed(doc, type), `${SITE}feed`, FETCHED)[0]!.draft()!;
  return { author: draft.author, agency: draft.agency };
}

/** The author each of the five fields gives the byline. */
const authorsOf = async (byline: string) => Promise.all(FIELDS.map(async (field) => (await drafted([byline], field)).author));
const everywhere = (author: string | null) => FIELDS.map(() => author);

/** Mended: each lost a writer, or kept a role or a date, or garbled the name's case before. */
const MENDED: [string, string][] = [
  // A joint byline naming the first writer's job: the next writer was dropped with it.
  ['Asha Rao, Staff Writer, and Ravi Menon, Special Correspondent', 'Asha Rao and Ravi Menon'],
  ['Asha Rao, Senior Correspondent and Ravi Menon', 'Asha Rao and Ravi Menon'],
  ['Asha Rao, Staff Writer & Dev Patel', 'Asha Rao & Dev Patel'],
  ['Asha Rao, Staff Writer, with Ravi Menon in Lahore', 'Asha Rao with Ravi Menon'],
  ['Asha Rao, Staff Writer and Ravi Menon, Mumbai', 'Asha Rao and Ravi Menon'],
  // Each writer's place in a joint byline.
  ['Asha Rao in Washington and Ravi Menon in Delhi', 'Asha Rao and Ravi Menon'],
  // A job in brackets, a guest's job.
  ['Asha Rao (Editor)', 'Asha Rao'],
  ['Asha Rao (Senior Editor)', 'Asha Rao'],
  ['Asha Rao [Editor]', 'Asha Rao'],
  ['Ravi (Editor)', 'Ravi'],
  ['Asha Rao, Guest Writer', 'Asha Rao'],
  // A date after a comma, a dash or a space.
  ['Ravi Menon, 27 November 2026', 'Ravi Menon'],
  ['Asha Rao 27 Nov 2026', 'Asha Rao'],
  ['Asha Rao - 27/11/2026', 'Asha Rao'],
  ['Theresa May, 27 Nov 2026', 'Theresa May'],
  // Names in capitals: a title's abbreviation, a rank, Arabic's "Al", a Chinese surname of two letters, accented vowels.
  ['DR. ASHA RAO', 'Dr. Asha Rao'],
  ['MD. RAFIQUL ISLAM', 'Md. Rafiqul Islam'],
  ['CH. RAVI KUMAR', 'Ch. Ravi Kumar'],
  ['JOHN SMITH JR.', 'John Smith Jr.'],
  ['LT GEN (RETD) K J SINGH', 'Lt Gen (Retd) K J Singh'],
  ['OMAR AL KHATIB', 'Omar Al Khatib'],
  ['LI WEI', 'Li Wei'],
  ['ANNA LI', 'Anna Li'],
  ['ÇAĞLAR ÖZTÜRK', 'Çağlar Öztürk'],
  ['ANIL DʼSOUZA', 'Anil DʼSouza'],
  ['ZAID', 'Zaid'],
];

/** Survivors: real names the rules already kept as written (or as spelt, from capitals), pinned. */
const KEPT: [string, string][] = [
  ...['Ed Root', 'Guest Keen', 'Admin Singh', 'Editor Nair', 'Will Editor', 'Amit Kumar 2', 'K.S. Rao', 'M.K. Venu', 'j.r. smith', 'Rajdeep', 'Madonna', 'Syed Ali Shah Geelani', 'Md. Rafiqul Islam', 'Ch. Ravi Kumar',
    'Dr. Asha Rao', 'Lt Gen (Retd) K J Singh', 'Asha Rao and Ravi Menon', 'Asha Rao, Ravi Menon & Dev Patel', 'Asha Rao | The Hindu', 'Asha Rao, The Hindu', 'Express News Service', 'TNN', 'HT Correspondent',
    'Our Bureau', 'Web Desk', 'आशा राव', 'آشا راؤ', 'Omar Al-Khatib', 'Kees van der Berg', "Mary O'Brien", 'Anne-Marie Dubois', 'Seán Ó Súilleabháin', 'Priya deSouza'].map((n): [string, string] => [n, n]),
  ['RAHUL TRIPATHI', 'Rahul Tripathi'],
  ["MARY O'BRIEN", "Mary O'Brien"],
  ['JEAN-PIERRE DUBOIS', 'Jean-Pierre Dubois'],
  ['SYED ALI SHAH GEELANI', 'Syed Ali Shah Geelani'],
  ['ANA DE SOUZA', 'Ana de Souza'],
  // Initials stay initials: "MA" is an Indian byline's as often as a Chinese surname.
  ['AK SHARMA', 'AK Sharma'],
  ['MA BABY', 'MA Baby'],
  ['Asha Rao with Ravi Menon in Lahore', 'Asha Rao with Ravi Menon'],
  ['asha@paper.in (Asha Rao)', 'Asha Rao'],
];

/** What each rule was made for, still removed. */
const REMOVED: [string, string | null][] = [
  ['admin', null], ['Site Admin', null], ['Root', null], ['editor', null], ['guest', null], ['Unknown', null], ['editor_asha', null], ['rahul.tripathi', null], ['asha@paper.in', null],
  ['Asha Rao, Staff Writer', 'Asha Rao'], ['Asha Rao | Edited by Ravi Menon', 'Asha Rao'], ['Jane Doe - Senior Reporter, Delhi', 'Jane Doe'],
  // The next writer's place is no writer, nor is a second job or an agency's note.
  ['Asha Rao, Correspondent and Bureau Chief', 'Asha Rao'], ['Asha Rao, Writer and Director', 'Asha Rao'], ['Asha Rao, Editor, with inputs from PTI', 'Asha Rao'],
  ['Asha Rao, Editor (The Hindu)', 'Asha Rao'], ['Ravi Menon, Lahore', 'Ravi Menon'], ['Asha Rao (Delhi)', 'Asha Rao'], ['Asha Rao and Ravi Menon in Trinidad and Tobago', 'Asha Rao and Ravi Menon'],
  ['Ravi Menon | November 27, 2026', 'Ravi Menon'], ['PTI | Updated: Nov 27, 2026 10:05 IST', 'PTI'], ['webdesk', 'Web Desk'],
  // Organisations' initials in capitals stay as written.
  ['IAEA', 'IAEA'], ['UEFA', 'UEFA'], ['OECD', 'OECD'],
];

/** Agency credits, as the code credits them today (agencyNamed): the byline is the author, and names the agency when it is one's mark or name. */
const AGENCIES: [string, string, string | null][] = [
  ['PTI', 'PTI', 'PTI'], ['By IANS', 'IANS', 'IANS'], ['By Press Trust of India', 'Press Trust of India', 'PTI'], ['AFP, Reuters', 'AFP, Reuters', 'AFP'],
  ['Asha Rao, Reuters', 'Asha Rao, Reuters', 'Reuters'], ['Reuters Staff', 'Reuters Staff', null],
];

describe('author rules: bylines that look like what they remove', () => {
  it.each(MENDED)('mends %j', async (byline, author) => {
    expect(await authorsOf(byline)).toEqual(everywhere(author));
  });

  it.each(KEPT)('keeps %j', async (byline, author) => {
    expect(await authorsOf(byline)).toEqual(everywhere(author));
  });

  it.each(REMOVED)('still reads %j as no name or without what is none', async (byline, author) => {
    expect(await authorsOf(byline)).toEqual(everywhere(author));
  });

  it.each(AGENCIES)('credits %j as the code does today', async (byline, author, agency) => {
    const read = await Promise.all(FIELDS.map((field) => drafted([byline], field)));
    expect(read).toEqual(FIELDS.map(() => ({ author, agency })));
  });

  it('names every writer of a byline given in several elements, each cased as spelt', async () => {
    for (const field of ['dc:creator', 'atom', 'json'] as const) {
      expect((await drafted(['DR. ASHA RAO', 'LI WEI', 'admin'], field)).author).toBe('Dr. Asha Rao, Li Wei');
    }
  });

  it('reads a JSON Feed author page with WordPress’s number after a second account’s slug as the name', async () => {
    const doc = (url: string) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'City Desk', items: [{ id: '1', url: `${SITE}s/1`, title: 'Depot budget approved', content_text: COPY, authors: [{ url }] }] });
    const authorOfPage = async (url: string) => incomingItems(await parseFeed(doc(url), 'application/feed+json'), `${SITE}feed.json`, FETCHED)[0]!.draft()!.author;
    expect(await authorOfPage(`${SITE}author/asha-rao-2/`)).toBe('Asha Rao');
    expect(await authorOfPage(`${SITE}author/asha-rao/`)).toBe('Asha Rao');
    // A login's slug still names no one.
    expect(await authorOfPage(`${SITE}author/jdoe/`)).toBeNull();
    expect(await authorOfPage(`${SITE}author/48213/`)).toBeNull();
  });
});

const sweep = apiSweep('feeds-byline-names-kept');

const ITEMS: [string, string][] = [
  ['Depot budget approved', 'Asha Rao, Staff Writer, and Ravi Menon, Special Correspondent'],
  ['Ferry services resume', 'DR. ASHA RAO'],
  ['Tunnel reopens after repairs', 'Asha Rao (Editor)'],
  ['Flood relief reaches Sylhet', 'Ravi Menon, 27 November 2026'],
  ['Metro fares to stay', 'Md. Rafiqul Islam'],
  ['Port handles record cargo', 'admin'],
];

const FEED: UnseenFeed = {
  path: '/byline-names-kept/rss.xml', type: RSS_TYPE, doc: channel('xmlns:dc="http://purl.org/dc/elements/1.1/"', head('City Desk', 'https://news.example.com'),
    ITEMS.map(([title, byline], i) => `<item><title>${title}</title><link>https://news.example.com/2026/11/${i}/</link>${DATE}<description>${COPY}</description><dc:creator>${esc(byline)}</dc:creator></item>`)),
};

describe('bylines kept, through the admin API', () => {
  it('polls a feed whose bylines look like a job, a date and a login, and lists each story’s writer as `author`', async () => {
    const read = await fieldsOf(sweep, [FEED], [FEED.path]);
    expect(Object.fromEntries(Object.entries(read).map(([title, f]) => [title, f.author]))).toEqual({
      'Depot budget approved': 'Asha Rao and Ravi Menon',
      'Ferry services resume': 'Dr. Asha Rao',
      'Tunnel reopens after repairs': 'Asha Rao',
      'Flood relief reaches Sylhet': 'Ravi Menon',
      'Metro fares to stay': 'Md. Rafiqul Islam',
      'Port handles record cargo': null,
    });
    expect(Object.values(read).map((f) => f.published)).toEqual(ITEMS.map(() => PUBLISHED));
  });
});
