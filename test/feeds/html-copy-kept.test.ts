import { describe, expect, it } from 'vitest';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Copy that looks like what html-text.ts's rules remove (issue 3): a story's wrapper whose class names a state ("has-tags", "ad-free",
 * "no-ads", "with-comments", "share-enabled") or WordPress's post terms ("tag-budget"); a fact box in an <aside>; a page's ASP.NET form
 * or a form with nothing to fill around the copy; a code sample in a <pre>; a JPEG of a Pixel phone, a GPS tracker or a lighthouse's
 * beacon; a story's picture named for Facebook or WhatsApp. Each story is polled as the unseen tests do (parseFeed + normaliseEntry)
 * and keeps every paragraph and its picture; the chrome each rule was made for still goes.
 */
interface Item { html: string; text: string[]; image?: string | null }

const UP = 'https://news.example.com/wp-content/uploads/2026/11/';

/** Mended: each lost a paragraph, its copy or its picture before. */
const MENDED: Item[] = [
  ...([
    'entry-content has-tags', 'story-body ad-free', 'post-body no-ads', 'article-content with-comments', 'entry has-caption', 'content has-share-buttons',
    'body-copy promo-free', 'story has-related', 'post-content share-enabled', 'story-text is-sponsored', 'hentry tag-politics',
    'post-4471 post type-post status-publish category-city tag-budget tag-transport',
  ] as const).map((cls, i): Item => ({
    html: `<p>The council approved a budget of Rs ${410 + i} crore for the new bus depot on Thursday.</p><div class="${cls}"><p>Work on the depot begins in March and should take two years, officials said.</p><p>The depot will hold 120 electric buses.</p></div><p>The opposition said the cost had doubled since 2024.</p>`,
    text: [`The council approved a budget of Rs ${410 + i} crore for the new bus depot on Thursday.`, 'Work on the depot begins in March and should take two years, officials said.', 'The depot will hold 120 electric buses.', 'The opposition said the cost had doubled since 2024.'],
  })),
  { html: '<p>Flood water has begun to recede in Sylhet, the disaster ministry said.</p><div id="post-has-comments"><p>More than 200,000 people remain in shelters.</p></div><p>Schools will reopen on Sunday.</p>',
    text: ['Flood water has begun to recede in Sylhet, the disaster ministry said.', 'More than 200,000 people remain in shelters.', 'Schools will reopen on Sunday.'] },
  // A fact box is copy: the newsroom's facts of the story, set beside it.
  { html: '<p>The Atal tunnel closed for a week of repairs on Monday.</p><aside class="factbox"><h3>Key facts</h3><p>The tunnel is 9.02 km long and opened in 2020.</p></aside><p>Traffic will use the Rohtang pass meanwhile.</p>',
    text: ['The Atal tunnel closed for a week of repairs on Monday.', 'Key facts', 'The tunnel is 9.02 km long and opened in 2020.', 'Traffic will use the Rohtang pass meanwhile.'] },
  { html: '<p>India will host the hockey world cup in January.</p><aside><h4>Fast facts</h4><ul><li>16 teams</li><li>Two venues: Bhubaneswar and Rourkela</li></ul></aside><p>Tickets go on sale next week.</p>',
    text: ['India will host the hockey world cup in January.', 'Fast facts', '16 teams', 'Two venues: Bhubaneswar and Rourkela', 'Tickets go on sale next week.'] },
  { html: '<p>The metro’s third line opened on Friday.</p><aside class="story-sidebar at-a-glance"><p>Length: 33.5 km, 27 stations, 26 of them underground.</p></aside><p>Fares start at Rs 10.</p>',
    text: ['The metro’s third line opened on Friday.', 'Length: 33.5 km, 27 stations, 26 of them underground.', 'Fares start at Rs 10.'] },
  { html: '<p>The census of tigers in the reserve ended on Tuesday.</p><aside><p>By the numbers: 78 tigers, up from 61 in 2022.</p></aside><p>Poaching has not been reported for three years.</p>',
    text: ['The census of tigers in the reserve ended on Tuesday.', 'By the numbers: 78 tigers, up from 61 in 2022.', 'Poaching has not been reported for three years.'] },
  // A page's ASP.NET form around the copy, and a form with nothing to fill.
  { html: '<form method="post" action="./NewsDetail.aspx?id=8812" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUK"><p>The state cabinet approved the new sand mining policy on Wednesday.</p><p>Licences will now be auctioned online.</p></form><p>The policy takes effect on 1 January.</p>',
    text: ['The state cabinet approved the new sand mining policy on Wednesday.', 'Licences will now be auctioned online.', 'The policy takes effect on 1 January.'] },
  { html: '<p>The port handled a record 14 million tonnes in October.</p><form><p>Coal made up nearly half of the cargo, the port trust said.</p></form><p>Container traffic rose 9 percent.</p>',
    text: ['The port handled a record 14 million tonnes in October.', 'Coal made up nearly half of the cargo, the port trust said.', 'Container traffic rose 9 percent.'] },
  // A code sample in a tech story, as written.
  { html: '<p>The bank’s app broke for users of older phones after an update on Monday.</p><p>Developers traced the fault to one rule in the app’s stylesheet:</p><pre>.balance { display: none; }</pre><p>A fix was released on Tuesday.</p>',
    text: ['The bank’s app broke for users of older phones after an update on Monday.', 'Developers traced the fault to one rule in the app’s stylesheet:', '.balance { display: none; }', 'A fix was released on Tuesday.'] },
  { html: '<p>The outage at the payments company lasted four hours.</p><p>Its report blames a setting that pointed every server at a test database:</p><pre><code>const db = { host: "test-db.internal", port: 5432 };</code></pre><p>The company has since added a review step.</p>',
    text: ['The outage at the payments company lasted four hours.', 'Its report blames a setting that pointed every server at a test database:', 'const db = { host: "test-db.internal", port: 5432 };', 'The company has since added a review step.'] },
  { html: 'The outage at the exchange lasted two hours.\n\nThe setting that caused it read:\n\nconst feed = { host: "test-feed.internal", port: 9000 };\n\nThe exchange has since added a second check.',
    text: ['The outage at the exchange lasted two hours.', 'The setting that caused it read:', 'const feed = { host: "test-feed.internal", port: 9000 };', 'The exchange has since added a second check.'] },
  { html: '<p>Microsoft released a new version of its .NET framework on Tuesday.</p><pre>.NET { support: 3 years; }</pre><p>Older versions lose support in May.</p>',
    text: ['Microsoft released a new version of its .NET framework on Tuesday.', '.NET { support: 3 years; }', 'Older versions lose support in May.'] },
  // A story's picture of a thing named "pixel", "tracker" or "beacon" (a JPEG: counters are GIFs, PNGs and scripts).
  ...(['google-pixel.jpg', 'gps-tracker.jpg', 'elephant-collar-tracker.jpeg', 'lighthouse-beacon.jpg', 'avalanche-beacon.jpg'] as const).map((file): Item => ({
    html: `<p><img src="${UP}${file}" alt="" width="1200" height="675"></p><p>The device went on sale in India on Thursday at Rs 64,999.</p><p>Reviewers praised its camera and battery.</p><p>Sales start online first.</p>`,
    text: ['The device went on sale in India on Thursday at Rs 64,999.', 'Reviewers praised its camera and battery.', 'Sales start online first.'],
    image: `${UP}${file}`,
  })),
  // A story about Facebook, WhatsApp or printing, its photo named so.
  ...(['facebook.jpg', 'whatsapp.jpg', 'share.jpg', 'print.jpg'] as const).map((file): Item => ({
    html: `<p><img src="${UP}${file}" alt="" width="1200" height="675"></p><p>The regulator fined the company 2 billion rupees on Friday.</p><p>The company said it would appeal.</p><p>A hearing is set for February.</p>`,
    text: ['The regulator fined the company 2 billion rupees on Friday.', 'The company said it would appeal.', 'A hearing is set for February.'],
    image: `${UP}${file}`,
  })),
  { html: `<p><img src="${UP}whatsapp-1200x675.jpg" alt="" width="1200" height="675"></p><p>WhatsApp will stop working on older phones next month.</p><p>About two million phones in India are affected.</p><p>Users can back up their chats first.</p>`,
    text: ['WhatsApp will stop working on older phones next month.', 'About two million phones in India are affected.', 'Users can back up their chats first.'], image: `${UP}whatsapp.jpg` },
];

/** Survivors: copy and pictures the rules already kept, pinned. */
const KEPT: Item[] = [
  { html: '<p>"We cannot keep paying for buses that sit idle," Mayor Rao told the council.</p><blockquote class="wp-block-pullquote"><p>Every bus must run at least 200 km a day.</p><cite>Mayor Rao</cite></blockquote><p>The council will vote next week.</p>',
    text: ['"We cannot keep paying for buses that sit idle," Mayor Rao told the council.', 'Every bus must run at least 200 km a day.', 'Mayor Rao', 'The council will vote next week.'] },
  { html: '<p>The new student passes go on sale on Monday.<br>Price: Rs 500 a month for students under 25.<br>Regular riders pay Rs 1,200.</p><p>Passes can be bought at any metro station.</p><p>The scheme runs for a year.</p>',
    text: ['The new student passes go on sale on Monday. Price: Rs 500 a month for students under 25. Regular riders pay Rs 1,200.', 'Passes can be bought at any metro station.', 'The scheme runs for a year.'] },
  { html: '<p>Work on the depot will begin in March and should take two<br>years, officials said, once the tenders have been opened<br>and the contracts signed by the transport department.</p><p>The depot will hold 120 buses.</p><p>It is the city’s fourth.</p>',
    text: ['Work on the depot will begin in March and should take two years, officials said, once the tenders have been opened and the contracts signed by the transport department.', 'The depot will hold 120 buses.', 'It is the city’s fourth.'] },
  { html: '<p>Developers wrote a rule such as a.button { color: red; } to restyle the links.</p><p>The browser ignored it.</p><p>A patch is due in December.</p>',
    text: ['Developers wrote a rule such as a.button { color: red; } to restyle the links.', 'The browser ignored it.', 'A patch is due in December.'] },
  { html: 'The app was rewritten in C# over the summer.\n\nA sample from its code: public class Fare { get; set; }\n\nIt ships next week.',
    text: ['The app was rewritten in C# over the summer.', 'A sample from its code: public class Fare { get; set; }', 'It ships next week.'] },
  { html: 'Fans of the film queued overnight at the city’s multiplexes.\n\nAvatar: Fire and Ash opens on Friday on 3,000 screens.\n\nAdvance bookings broke records.',
    text: ['Fans of the film queued overnight at the city’s multiplexes.', 'Avatar: Fire and Ash opens on Friday on 3,000 screens.', 'Advance bookings broke records.'] },
  // A stylesheet's rule a feed left in plain text still goes.
  { html: '.share-link a { margin: 0 10px; }\nThe bridge over the Hooghly reopened on Saturday after repairs.\n\nBuses will use it from Monday.',
    text: ['The bridge over the Hooghly reopened on Saturday after repairs.', 'Buses will use it from Monday.'] },
  { html: '<p>The plan has three parts.<br>***<br>The first is the depot.</p><p>The second is new routes.</p><p>The third is fares.</p>',
    text: ['The plan has three parts.', '***', 'The first is the depot.', 'The second is new routes.', 'The third is fares.'] },
  ...(['new-logo-unveiled.jpg', 'airline-logo.jpg', 'pixel-9-review.jpg', 'loading-dock.jpg', 'default-judgment.jpg', 'avatar-fire-and-ash.jpg', 'share-market.jpg', 'twitter-ceo.jpg', 'telegram-ban.jpg', 'beacon-hill.jpg', 'spacex-rocket.jpg'] as const).map((file): Item => ({
    html: `<figure><img src="${UP}${file}" alt="" width="1200" height="675"><figcaption>File photo.</figcaption></figure><p>The company unveiled the product in Mumbai on Wednesday.</p><p>It will cost less than last year’s.</p><p>Shipping starts in January.</p>`,
    text: ['The company unveiled the product in Mumbai on Wednesday.', 'It will cost less than last year’s.', 'Shipping starts in January.'],
    image: `${UP}${file}`,
  })),
];

/** The chrome each rule was made for, with two paragraphs of copy around it: the copy alone comes out. */
const COPY = ['The bridge over the Hooghly reopened on Saturday after repairs.', 'Buses will use it from Monday.'];
const CHROME: string[] = [
  '<div class="post-tags"><a href="/t/kolkata">Kolkata</a> <a href="/t/bridges">Bridges</a></div>',
  '<div class="entry-content-tags">Kolkata, Bridges</div>',
  '<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a></div>',
  '<div class="sharedaddy sd-sharing-enabled"><div class="sd-social share-bar">Share this: Facebook X</div></div>',
  '<div id="comments"><p>Comments are closed.</p></div>',
  '<div class="wp-caption"><p>The bridge at dusk.</p></div>',
  '<div class="related-posts has-thumbnails"><p>Howrah bridge gets new lights</p></div>',
  '<div class="promo-box"><p>Get the app for the latest news.</p></div>',
  '<div class="wp-polls"><p>Will you use the bridge?</p><p>Yes</p><p>No</p></div>',
  '<aside><p>Read also: Howrah bridge gets new lights</p></aside>',
  '<aside class="related"><h4>Key facts</h4><p>More stories from Kolkata</p></aside>',
  '<form action="/subscribe"><p>Get our morning briefing.</p><input type="email" name="email"><button>Sign up</button></form>',
  '<form role="search"><input type="text" name="q"></form>',
  '<blockquote class="pullquote"><p>Buses will use it from Monday.</p></blockquote>',
  '<p class="ad-slot">Advertisement</p>',
];

/** Pictures that are no story's, still none. */
const NO_PICTURES = [
  'https://news.example.com/pixel.gif', 'https://news.example.com/tracking-pixel.png', 'https://news.example.com/open-beacon.png', 'https://news.example.com/spacer.gif',
  'https://news.example.com/tracker.jpg', 'https://news.example.com/pixel.jpg', 'https://news.example.com/img/facebook.gif', 'https://news.example.com/img/twitter-icon.png',
  'https://news.example.com/img/twitter-32x32.png', 'https://news.example.com/img/facebook-icon.jpg', 'https://news.example.com/img/print-button.jpg',
  'https://news.example.com/img/logo.png', 'https://news.example.com/img/loading.gif',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function storiesOf(bodies: string[]): Promise<{ text: string[]; image: string | null }[]> {
  const xml = bodies.map((html, i) => `<item><title>Desk story number ${i}</title><link>https://news.example.com/s/${i}</link><description>${esc(html)}</description></item>`).join('');
  const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example.com/</link>${xml}</channel></rss>`);
  return feed.entries.map((e) => {
    const draft = normaliseEntry(e, { feedUrl: 'https://news.example.com/rss', feed, fetchedAt: Date.parse('2026-11-27T12:00:00Z') })!;
    return { text: draft.text.split('\n\n'), image: draft.image ?? null };
  });
}

const expected = (items: Item[]) => items.map((item) => ({ text: item.text, image: item.image ?? null }));

describe('HTML rules: copy that looks like what they remove', () => {
  // A wrapper whose class names a state or a post term, a fact box, a page form, a code sample, a JPEG named pixel or tracker, a photo
  // named for Facebook: each lost a paragraph or its picture before.
  it.each(MENDED)('keeps mended story %#', async (item) => {
    expect(await storiesOf([item.html])).toEqual(expected([item]));
  });

  it.each(KEPT)('keeps the copy and picture the rules already kept: story %#', async (item) => {
    expect(await storiesOf([item.html])).toEqual(expected([item]));
  });

  it('still drops the chrome those rules were made for', async () => {
    const stories = await storiesOf(CHROME.map((box) => `<p>${COPY[0]}</p>${box}<p>${COPY[1]}</p>`));
    expect(stories.map((s) => s.text)).toEqual(CHROME.map(() => COPY));
  });

  it('still takes no counter, share icon, logo or placeholder for the picture', async () => {
    const stories = await storiesOf(NO_PICTURES.map((src) => `<p><img src="${src}" alt="" width="600" height="400"></p><p>${COPY[0]}</p>`));
    expect(stories.map((s) => s.image)).toEqual(NO_PICTURES.map(() => null));
  });
});

const sweep = apiSweep('feeds-html-copy-kept');

const FEED: UnseenFeed = {
  path: '/html-copy-kept/wordpress.xml', type: RSS_TYPE, doc: channel(CONTENT, head('City Desk', 'https://news.example.com'), [
    `<item><title>Depot budget approved</title><link>https://news.example.com/2026/11/depot-budget/</link>${DATE}<description>The council approved the depot.</description><content:encoded><![CDATA[<article class="post-4471 post type-post status-publish hentry category-city tag-budget"><div class="entry-content has-tags ad-free"><p>The council approved Rs 410 crore for the bus depot on Thursday.</p><aside class="factbox"><p>The depot will hold 120 electric buses.</p></aside><p>Work begins in March.</p></div><div class="post-tags"><a href="/tag/budget">Budget</a></div></article>]]></content:encoded></item>`,
    `<item><title>Pixel 11 goes on sale</title><link>https://news.example.com/2026/11/pixel-11/</link>${DATE}<description>Google's phone is on sale.</description><content:encoded><![CDATA[<p><img src="https://news.example.com/wp-content/uploads/2026/11/google-pixel.jpg" width="1200" height="675" alt=""></p><p>Google’s Pixel 11 went on sale in India on Thursday.</p><pre>.price { value: 64999; }</pre><p>Reviewers praised its camera.</p><img src="https://news.example.com/tracking-pixel.png" width="1" height="1">]]></content:encoded></item>`,
  ]),
};

describe('HTML copy kept, through the admin API', () => {
  it('polls a WordPress feed whose copy looks like a tags box, an ad slot and a counter, and keeps every paragraph and the picture', async () => {
    expect(await fieldsOf(sweep, [FEED], [FEED.path])).toEqual({
      'Depot budget approved': { link: 'https://news.example.com/2026/11/depot-budget/', published: PUBLISHED, author: null, image: null, categories: [],
        text: 'The council approved Rs 410 crore for the bus depot on Thursday.\n\nThe depot will hold 120 electric buses.\n\nWork begins in March.' },
      'Pixel 11 goes on sale': { link: 'https://news.example.com/2026/11/pixel-11/', published: PUBLISHED, author: null, image: 'https://news.example.com/wp-content/uploads/2026/11/google-pixel.jpg', categories: [],
        text: 'Google’s Pixel 11 went on sale in India on Thursday.\n\n.price { value: 64999; }\n\nReviewers praised its camera.' },
    });
  });
});
