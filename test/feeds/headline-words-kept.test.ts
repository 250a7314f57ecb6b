import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/parse.js';
import { incomingItems } from '../../src/feeds/poll.js';
import type { StoryDraft } from '../../src/stories/store.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';

/**
 * Headlines as agencies and outlets print them that look like what a title rule removes (an outlet's name after a dash, a placeholder,
 * a date, markup, a server's error), each an item with a short body read as a poll reads it (parseFeed, then incomingItems' draft).
 * A headline keeps every word; only the outlet's name and the feed's chrome go.
 */
const fetchedAt = Date.parse('2026-11-28T12:00:00Z');
const BODY = 'The story in a short body, told in one plain sentence.';

interface Item { title: string; cdata?: boolean; source?: string; body?: string | null; link?: boolean }

const rss = (feedTitle: string, site: string, items: Item[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${feedTitle}</title><link>${site}</link>${items
    .map(
      (item, i) =>
        `<item><title>${item.cdata ? `<![CDATA[${item.title}]]>` : item.title}</title>${item.link === false ? '' : `<link>${site}/story/${i}</link>`}` +
        `${item.body === null ? '' : `<description>${item.body ?? BODY}</description>`}${item.source ? `<source url="https://www.thehindu.com/feeder/default.rss">${item.source}</source>` : ''}</item>`,
    )
    .join('')}</channel></rss>`;

async function drafts(feedTitle: string, site: string, items: Item[]): Promise<StoryDraft[]> {
  const parsed = await parseFeed(rss(feedTitle, site, items), 'application/rss+xml');
  return incomingItems(parsed, `${site}/feed.xml`, fetchedAt).map((item) => item.draft()!);
}

async function headlines(feedTitle: string, site: string, titles: (string | Item)[]): Promise<string[]> {
  return (await drafts(feedTitle, site, titles.map((t) => (typeof t === 'string' ? { title: t } : t)))).map((d) => d.title);
}

const HARBOUR = ['Harbour Times - Top Stories', 'https://www.harbourtimes.in'] as const;

/** A notice's title too long to show whole (318 characters), and the headline a digest shows of it. */
const TENDER =
  'Notice inviting e-tender for supply, installation, testing and commissioning of solar street lights, high mast lamps and allied electrical works along the coastal highway between Kollam and Alappuzha, including five years of comprehensive maintenance, under the district panchayat annual plan for 2026-27 (second call)';
const CUT_TENDER =
  'Notice inviting e-tender for supply, installation, testing and commissioning of solar street lights, high mast lamps and allied electrical works along the coastal highway between Kollam and Alappuzha, including five years of comprehensive maintenance, under the district panchayat annual plan for…';

describe('headlines the title rules leave whole', () => {
  // Each as written: a label, a credit, a place or a person after a dash is no outlet's name; a slug or a flash is the agency's word
  // on the copy (the digest shows it; clustering reads past it), capitals stay as written (the forty-fourth round).
  const KEPT = [
    'Cabinet clears rail plan - report',
    'Minister quits over leak | Exclusive',
    'Sensex slips 300 points - PTI',
    'Why the rupee fell — analysis',
    'Assam floods - live updates',
    'Rate cut seen in December: Reuters poll',
    'Leopard spotted near school - Photo',
    'Leopard spotted near school | Video',
    'Floods hit Assam - Guwahati',
    'We will win - Modi',
    'Harbour wins title - Harbour',
    'Sun rises - Times',
    'Harbour Times at 50 - special',
    'Budget 2026: what changes for salaried',
    'Nov 27 attack: survivors remember',
    '9/11 anniversary marked in New York',
    'Remembering 26 November 2008',
    'Link road to open',
    'Photo finish in Doha',
    'Quote of the day',
    'Untitled painting sells for $5m',
    'Null and void: court on marriage',
    'New note by Beethoven found',
    'Video: Leopard spotted near school',
    'Checkmate',
    'Updates',
    'Exclusive',
    'India win 🏏🎉',
    'भारत ने ऑस्ट्रेलिया को हराया - पीटीआई',
    'پاکستان میں بارش - رپورٹ',
    'BREAKING: Earthquake hits Nepal',
    'FLASH - Earthquake hits Nepal',
    'URGENT',
    'INDIA-ITALY/DEFENCE',
    'UPDATE 2-Oil falls on demand fears',
    'India, Italy sign pact (2nd Ld)',
    'A - B - C',
    'C++ 23 released',
    'Outage hits t.co/ links',
    'Kerala boat tragedy: toll rises to 22 - Updates',
  ];
  it.each(KEPT)('keeps %s', async (title) => {
    expect(await headlines(...HARBOUR, [title])).toEqual([title]);
  });

  it('decodes entities, once or twice escaped, in markup or CDATA, and keeps the words', async () => {
    expect(
      await headlines(...HARBOUR, [
        'Tom &amp;amp; Jerry return to cinemas',
        'Don&#039;t panic, says RBI',
        'Don&amp;#039;t panic, says RBI',
        'AT&amp;T buys rival',
        'I &lt;3 NY',
        'Rs 500 &lt; Rs 1,000',
        'Minister: &quot;We will win&quot;',
        { title: 'Tom &amp; Jerry <b>return</b>', cdata: true },
        { title: 'A <video> that went viral', cdata: true },
      ]),
    ).toEqual(['Tom & Jerry return to cinemas', "Don't panic, says RBI", "Don't panic, says RBI", 'AT&T buys rival', 'I <3 NY', 'Rs 500 < Rs 1,000', 'Minister: "We will win"', 'Tom & Jerry return', 'A <video> that went viral']);
  });

  it('keeps a long headline over a short body whole in the text, where its end was cut', async () => {
    const [story] = await drafts(...HARBOUR, [{ title: TENDER, body: 'Last date: 12/12/2026.' }]);
    expect(story!.title).toBe(CUT_TENDER);
    expect(story!.text).toBe(`${TENDER}\n\nLast date: 12/12/2026.`);
  });

  it('still gives a post whose text is its title that text once', async () => {
    const post =
      'Discussed defence cooperation with my Italian counterpart today in Rome. We agreed to deepen ties in shipbuilding, training and joint exercises, and to meet again in New Delhi early next year. Grateful for the warm welcome from the Italian people and the government, and for the long talks on trade and investment.';
    const [under, alone] = await drafts(...HARBOUR, [
      { title: post, body: `&lt;p&gt;${post.slice(0, 72)}&lt;/p&gt;&lt;p&gt;${post.slice(73)}&lt;/p&gt;` },
      { title: post, body: null },
    ]);
    expect(under!.text).toBe(`${post.slice(0, 72)}\n\n${post.slice(73)}`);
    expect(alone!.text).toBe(post);
  });
});

describe('a place after the dash, where the feed or its site is named by it', () => {
  it.each([
    ['Nepal News', 'https://www.nepalnews.example', 'Quake toll rises - Nepal'],
    ['India News - Top Stories', 'https://www.indianewsdesk.example', 'Rains lash Kerala - India'],
    ['India', 'https://www.indiadesk.example', 'Pakistan protests - India'],
    ['Pakistan', 'https://www.pkdesk.example', 'India protests - Pakistan'],
    ['Kerala', 'https://www.mathrubhumi.example/kerala', 'Boat capsizes - Kerala'],
    ['India.com', 'https://www.india.com', 'Rains lash Kerala - India'],
  ])('in "%s" (%s) keeps %s', async (feedTitle, site, title) => {
    expect(await headlines(feedTitle, site, [title])).toEqual([title]);
  });

  it('still drops the outlet’s own name and the feed’s section after the dash', async () => {
    expect(await headlines('Nepal News', 'https://www.nepalnews.example', ['Quake toll rises - Nepal News'])).toEqual(['Quake toll rises']);
    expect(await headlines('India News - Top Stories', 'https://www.indianewsdesk.example', ['Rains lash Kerala - India News'])).toEqual(['Rains lash Kerala']);
    expect(await headlines('Kerala', 'https://www.mathrubhumi.example/kerala', ['Boat capsizes - Mathrubhumi'])).toEqual(['Boat capsizes']);
    expect(await headlines('India.com', 'https://www.india.com', ['Rains lash Kerala | India.com'])).toEqual(['Rains lash Kerala']);
    expect(await headlines('News', 'https://www.localnews.example', ['Floods hit Assam - News'])).toEqual(['Floods hit Assam']);
    expect(await headlines('Sports', 'https://www.sportsdesk.example', ['India beat Spain - Sports'])).toEqual(['India beat Spain']);
    expect(await headlines('PTI', 'https://www.ptinews.com', ['Sensex slips 300 points - PTI'])).toEqual(['Sensex slips 300 points']);
    expect(await headlines('Dawn - Home', 'https://www.dawn.com', ['Storm at dawn - Dawn'])).toEqual(['Storm at dawn']);
    expect(
      await headlines(...HARBOUR, ['Harbour Times wins press award - Harbour Times', 'Top stories - Harbour Times', 'The week in pictures • Harbour Times', 'Jobs report | Harbour Times - Harbour Times']),
    ).toEqual(['Harbour Times wins press award', 'Top stories', 'The week in pictures', 'Jobs report']);
    expect(
      await headlines('Google News', 'https://news.google.com', [
        { title: 'IAF inducts Tejas - The Hindu', source: 'The Hindu' },
        { title: 'The Hindu wins award - The Hindu', source: 'The Hindu' },
        { title: 'Madras in monsoon - thehindu.com', source: 'The Hindu' },
      ]),
    ).toEqual(['IAF inducts Tejas', 'The Hindu wins award', 'Madras in monsoon']);
  });
});

describe('an element named bare in a headline', () => {
  it('keeps an element named between words and never closed as a word', async () => {
    expect(await headlines(...HARBOUR, [{ title: 'Use <b> for bold', cdata: true }, 'Why &lt;p&gt; tags matter to screen readers'])).toEqual(['Use <b> for bold', 'Why <p> tags matter to screen readers']);
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Harbour Times', items: [{ id: '1', url: 'https://www.harbourtimes.in/1', title: 'Use <b> for bold', content_text: BODY }] });
    const parsed = await parseFeed(json, 'application/feed+json');
    expect(incomingItems(parsed, 'https://www.harbourtimes.in/feed.json', fetchedAt).map((i) => i.draft()!.title)).toEqual(['Use <b> for bold']);
  });

  it('still reads markup a headline closes, a break, and markup escaped twice', async () => {
    expect(
      await headlines(...HARBOUR, [
        { title: '<b>Bold</b> move by RBI', cdata: true },
        { title: 'Floods hit Assam <br> Toll rises', cdata: true },
        { title: '<p>Floods hit Assam</p>', cdata: true },
        'Five &amp;lt;b&amp;gt;things&amp;lt;/b&amp;gt; to know',
      ]),
    ).toEqual(['Bold move by RBI', 'Floods hit Assam Toll rises', 'Floods hit Assam', 'Five things to know']);
  });
});

describe('placeholders and a post link', () => {
  it('heads a post titled by its kind or "Untitled" with its first sentence, and drops a post link', async () => {
    expect(await headlines(...HARBOUR, ['Untitled', 'Photo', 'Link', 'No title', 'Minister speaks https://t.co/AbCdEf123'])).toEqual([
      'The story in a short body, told in one plain sentence',
      'The story in a short body, told in one plain sentence',
      'The story in a short body, told in one plain sentence',
      'The story in a short body, told in one plain sentence',
      'Minister speaks',
    ]);
  });
});

describe('a feed whose only item opens with "Error", "Not found" or "404"', () => {
  it.each(['404 migrants rescued off Libya', 'Error-strewn India lose to Australia', 'Error in exam paper: board orders re-test'])('reads %s as a story', async (title) => {
    expect(await headlines(...HARBOUR, [{ title, link: false }])).toEqual([title]);
  });

  it.each(['Error', 'Error 404', '404 Not Found', 'Not Found', 'Error: feed not found', 'Error loading feed', '404 - Page not found', 'Feed not found'])('still takes %s for the server’s error', async (title) => {
    await expect(parseFeed(rss(...HARBOUR, [{ title, link: false }]), 'application/rss+xml')).rejects.toThrow(/the feed’s only item is an error/);
  });
});

const sweep = apiSweep('feeds-headline-words-kept');

describe('a section feed polled through the admin API', () => {
  it('keeps the place after the dash, the element named bare and the long notice’s words; the outlet’s name goes', async () => {
    const doc = rss('Kerala', 'https://www.harbourtimes.in/kerala', [
      { title: 'Boat capsizes in Vembanad lake - Kerala' },
      { title: 'Ferry service resumes - Harbour Times' },
      { title: 'Why &lt;p&gt; tags matter to screen readers' },
      { title: TENDER, body: 'Last date: 12/12/2026.' },
    ]);
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/headlines/kerala.xml', doc, RSS_TYPE);
    const byLink = Object.fromEntries(stories.map((s) => [s.link, { title: s.title, text: s.text }]));
    expect(byLink).toEqual({
      'https://www.harbourtimes.in/kerala/story/0': { title: 'Boat capsizes in Vembanad lake - Kerala', text: BODY },
      'https://www.harbourtimes.in/kerala/story/1': { title: 'Ferry service resumes', text: BODY },
      'https://www.harbourtimes.in/kerala/story/2': { title: 'Why <p> tags matter to screen readers', text: BODY },
      'https://www.harbourtimes.in/kerala/story/3': { title: CUT_TENDER, text: `${TENDER}\n\nLast date: 12/12/2026.` },
    });
  });
});
