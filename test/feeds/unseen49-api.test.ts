import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, X } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The forty-eighth round of unseen feeds as README counts them (the file is numbered after unseen48, the forty-seventh round's):
 * the leftovers earlier rounds named (Google News' coverage lists, a sponsor's pitch with no call to act, Tumblr's legacy sizes,
 * BLOX's "?resize=") and feeds as platforms and outlets publish them that earlier rounds did not try (Naviga, Pressly, Quintype,
 * Escenic, Sitecore, Adobe Experience Manager, Contentful and Next.js, Sanity, Strapi, Ghost 5's cards, WordPress 6's blocks,
 * Newspack, Letterhead, Buttondown, Kit, Mailchimp's campaign archive, FreshRSS, NewsBlur, Inoreader, Zapier, IFTTT, FetchRSS,
 * RSS.app, Feed43, Nitter, Lemmy, Discourse, Flarum, Mastodon with a content warning, Threads and Telegram bridges, S3WaaS,
 * PIB, UN press releases, parliament bills, court judgments), each built as its publisher writes it, served from a real local
 * server, added and polled through POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen49-api');

const JSON_TYPE = 'application/feed+json';
const NS = ` ${MEDIA} ${DC} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"`;
const rss = (site: string, items: string[], channel = '') =>
  `${X}<rss version="2.0"${NS}><channel><title>Desk</title><link>${site}/</link><description>News</description><language>en</language>${channel}${items.join('')}</channel></rss>`;
const DATE = '<pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate>';
const PUBLISHED = '2026-11-27T10:05:00.000Z';
/** One item: its title, link and HTML copy (in CDATA), with a date, and what else it carries. */
const item = (title: string, link: string, html: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link>${DATE}<description><![CDATA[${html}]]></description>${extra}</item>`;
const p = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

type Read = Record<string, ApiStory & { categories: string[] }>;
/** The stories of `doc` served at `path`, by title. */
async function storiesOf(path: string, doc: string, type = RSS_TYPE): Promise<Read> {
  const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, doc, type);
  return Object.fromEntries(stories.map((s) => [s.title, s as ApiStory & { categories: string[] }]));
}
const field = <K extends keyof ApiStory>(read: Read, key: K) => Object.fromEntries(Object.entries(read).map(([t, s]) => [t, s[key]]));
/** Every field a digest shows of each story. */
const fields = (read: Read) =>
  Object.fromEntries(Object.entries(read).map(([t, s]) => [t, { link: s.link, published: s.published, author: s.author, image: s.image, text: s.text, categories: s.categories }]));

describe('Google News’ coverage lists', () => {
  it('the item’s page is the first anchor on its <source url>’s host: not another outlet’s story listed first or after it', async () => {
    const g = (id: string) => `https://news.google.com/rss/articles/${id}?oc=5`;
    const li = (href: string, title: string, outlet: string) => `<li><a href="${href}" target="_blank">${title}</a>&nbsp;&nbsp;<font color="#6f6f6f">${outlet}</font></li>`;
    const gitem = (title: string, outlet: string, id: string, list: string[], source: string) =>
      `<item><title>${title} - ${outlet}</title><link>${g(id)}</link><guid isPermaLink="false">${id}</guid>${DATE}<description><![CDATA[<ol>${list.join('')}</ol>]]></description><source url="${source}">${outlet}</source></item>`;
    const doc = `${X}<rss version="2.0" ${MEDIA}><channel><generator>NFE/5.0</generator><title>Top stories - Google News</title><link>https://news.google.com/?hl=en-IN&amp;gl=IN&amp;ceid=IN:en</link><language>en-IN</language><description>Google News</description>${[
      // Google's own link first, another outlet's page second: neither is The Hindu's page.
      gitem('India, Italy sign defence pact', 'The Hindu', 'CBMiAAAAAAAA', [
        li(g('CBMiAAAAAAAA'), 'India, Italy sign defence pact', 'The Hindu'),
        li('https://www.ndtv.com/india-news/india-italy-pact-6123499', 'Rajnath in Rome: what the pact covers', 'NDTV'),
        li(g('CBMiCCCCCCCC'), 'Italy eyes Indian market', 'Reuters'),
      ], 'https://www.thehindu.com'),
      gitem('Metro line opens', 'NDTV', 'CBMiDDDDDDDD', [
        li('https://www.ndtv.com/india-news/metro-line-opens-6123456', 'Metro line opens', 'NDTV'),
        li('https://www.hindustantimes.com/cities/pune-news/metro-101.html', 'Pune metro: new line', 'Hindustan Times'),
      ], 'https://www.ndtv.com'),
      // The item's outlet listed second: its page, not the Guardian's listed first.
      gitem('Ferry resumes', 'BBC', 'CBMiEEEEEEEE', [
        li('https://www.theguardian.com/uk-news/2026/nov/27/ferry', 'Ferry back after storm', 'The Guardian'),
        li('https://www.bbc.co.uk/news/articles/c0ferry999?at_medium=RSS', 'Ferry resumes', 'BBC'),
      ], 'https://www.bbc.co.uk'),
    ].join('')}</channel></rss>`;
    const read = await storiesOf('/unseen49/google-news.xml', doc);
    expect(field(read, 'link')).toEqual({
      'India, Italy sign defence pact': g('CBMiAAAAAAAA'),
      'Metro line opens': 'https://www.ndtv.com/india-news/metro-line-opens-6123456',
      'Ferry resumes': 'https://www.bbc.co.uk/news/articles/c0ferry999',
    });
    expect(field(read, 'source')).toEqual({ 'India, Italy sign defence pact': 'The Hindu', 'Metro line opens': 'NDTV', 'Ferry resumes': 'BBC' });
  });
});

describe('a newsletter’s sponsor', () => {
  it('the pitch under a label that names its sponsor goes when it names the sponsor, call to act or none; "PROMOTION" is a label; copy under a label stays', async () => {
    const site = 'https://brief.example.com';
    const read = await storiesOf('/unseen49/sponsors.xml', rss(site, [
      item('Pitch with no call', `${site}/p/1`, p(['Markets rose on Friday.', 'Presented by Acme', 'Acme puts invoices, payroll and taxes in one place, so you can get back to running your shop.', 'Oil prices fell for a third day.'])),
      item('Pitch in capitals', `${site}/p/2`, p(['SPONSORED BY ACME BANK', 'Small firms lose hours every week to paperwork. Acme Bank’s business account does it for you.', 'The central bank held rates on Friday.'])),
      // Letterhead's promotion box, its call to act at its end.
      item('Letterhead issue', `${site}/p/3`, '<p>Crews began clearing roads on Friday after the storm.</p><table class="promotion"><tr><td><p><strong>PROMOTION</strong></p><p>Acme Insurance protects homes against storm damage. Get a quote today.</p></td></tr></table><p>Power was back for most homes by noon.</p>'),
      // Guards: copy under a label that names no sponsor in it; copy naming a sponsor with no label over it.
      item('Copy under a label', `${site}/p/4`, p(['Together with Acme', 'Parliament meets on Monday for its winter session.', 'The government will table six bills.'])),
      item('Copy naming a sponsor', `${site}/p/5`, p(['The festival opens on Friday.', 'Acme Bank, its sponsor since 2019, will fund three more editions.', 'Promotion to the first division was sealed on Saturday.'])),
    ]));
    expect(field(read, 'text')).toEqual({
      'Pitch with no call': 'Markets rose on Friday.\n\nOil prices fell for a third day.',
      'Pitch in capitals': 'The central bank held rates on Friday.',
      'Letterhead issue': 'Crews began clearing roads on Friday after the storm.\n\nPower was back for most homes by noon.',
      'Copy under a label': 'Parliament meets on Monday for its winter session.\n\nThe government will table six bills.',
      'Copy naming a sponsor': 'The festival opens on Friday.\n\nAcme Bank, its sponsor since 2019, will fund three more editions.\n\nPromotion to the first division was sealed on Saturday.',
    });
  });
});

describe('image hosts and proxies', () => {
  it('Contentful’s and Sanity’s size parameters, Next.js’s optimiser, Nitter’s proxy and AEM’s DAM renditions give the picture; crops, transforms and sizes no rule names stay', async () => {
    const site = 'https://www.desk.example.com';
    const tumblr = 'https://64.media.tumblr.com/0123456789abcdef0123456789abcdef/tumblr_nabc123XyZ1qz6f9yo1';
    const tumblrSrcset = ['75sq', '100', '250', '400', '500', '540', '640', '1280'].map((s) => `${tumblr}_${s}.jpg ${/^\d+/.exec(s)![0]}w`).join(', ');
    const read = await storiesOf('/unseen49/pictures.xml', rss(site, [
      item('Contentful', `${site}/a`, 'Copy.', '<enclosure url="https://images.ctfassets.net/abcd1234efgh/5XyZ0aBcDeFgHiJkLmN/0123456789abcdef0123456789abcdef/well.jpg?w=800&amp;h=450&amp;fit=fill&amp;fm=webp&amp;q=75" length="0" type="image/jpeg"/>'),
      item('Next.js', `${site}/b`, '<p><img alt="" src="/_next/image?url=https%3A%2F%2Fimages.ctfassets.net%2Fabcd1234efgh%2F6XyZ%2Fabcdef%2Fdam.jpg&amp;w=3840&amp;q=75" /></p><p>Copy.</p>'),
      item('Next.js local', `${site}/c`, '<p><img alt="" src="/_next/image?url=%2Fimages%2Fgates.jpg&amp;w=1080&amp;q=75" /></p><p>Copy.</p>'),
      item('Sanity', `${site}/d`, 'Copy.', '<media:content medium="image" url="https://cdn.sanity.io/images/ab12cd34/production/0123456789abcdef0123456789abcdef01234567-3000x2000.jpg?w=600&amp;h=400&amp;fit=crop&amp;auto=format"/>'),
      item('Nitter', 'https://nitter.example.net/DeskWire/status/1862000000000000001#m', '<p>Floods in Assam.</p><img src="https://nitter.example.net/pic/media%2FGAbCdEf123.jpg%3Fname%3Dsmall" style="max-width:250px;" />'),
      item('AEM', `${site}/e`, 'Copy.', '<media:content medium="image" url="https://www.bigco.example.com/content/dam/bigco/newsroom/2026/pune-plant.jpg/jcr:content/renditions/cq5dam.thumbnail.319.319.png"/>'),
      // Kept: Sanity's crop, AEM's adaptive image servlet, Escenic's sizes, BLOX's resize, a bare Tumblr size.
      item('Sanity crop', `${site}/f`, 'Copy.', '<media:content medium="image" url="https://cdn.sanity.io/images/ab12cd34/production/fedcba9876543210fedcba9876543210fedcba98-2400x1600.png?rect=100,200,1600,900"/>'),
      item('AEM transform', `${site}/g`, '<p>Revenue rose 12%.</p><img src="https://www.bigco.example.com/content/dam/bigco/newsroom/2026/results.jpg.transform/1280/image.jpg"/>'),
      item('Strapi', `${site}/h`, 'Copy.', '<media:content url="https://cms.metrodesk.example.com/uploads/small_bus_lane_3f2a1b9c8d.jpg" medium="image" width="500" height="333"/>'),
      item('Escenic', `${site}/i`, 'Copy.', '<media:content height="675" medium="image" url="https://dn-i.dngim.example.com/public/news/national/xyz/article68912345.ece/alternates/LANDSCAPE_1200/court.jpg" width="1200"/>'),
      item('BLOX', `${site}/j`, 'Copy.', '<media:content url="https://bloximages.chicago2.vip.townnews.com/valleycourier.example.com/content/tncms/assets/v3/editorial/8/f2/8f2c1e4a/6564a0b1c2d3e.image.jpg?resize=300%2C200" medium="image" type="image/jpeg"/>'),
      item('Tumblr legacy', 'https://desk.tumblr.com/post/734000000000000002/ferry', `<img src="${tumblr}_500.jpg"/><p>The ferry at dawn.</p>`),
      item('Tumblr legacy srcset', 'https://desk.tumblr.com/post/734000000000000003/pier', `<img src="${tumblr}_500.jpg" srcset="${tumblrSrcset}" sizes="(max-width: 1280px) 100vw, 1280px"/><p>The pier.</p>`),
    ]));
    expect(field(read, 'image')).toEqual({
      Contentful: 'https://images.ctfassets.net/abcd1234efgh/5XyZ0aBcDeFgHiJkLmN/0123456789abcdef0123456789abcdef/well.jpg',
      'Next.js': 'https://images.ctfassets.net/abcd1234efgh/6XyZ/abcdef/dam.jpg',
      'Next.js local': `${site}/images/gates.jpg`,
      Sanity: 'https://cdn.sanity.io/images/ab12cd34/production/0123456789abcdef0123456789abcdef01234567-3000x2000.jpg',
      Nitter: 'https://pbs.twimg.com/media/GAbCdEf123.jpg?name=orig',
      AEM: 'https://www.bigco.example.com/content/dam/bigco/newsroom/2026/pune-plant.jpg',
      'Sanity crop': 'https://cdn.sanity.io/images/ab12cd34/production/fedcba9876543210fedcba9876543210fedcba98-2400x1600.png?rect=100,200,1600,900',
      'AEM transform': 'https://www.bigco.example.com/content/dam/bigco/newsroom/2026/results.jpg.transform/1280/image.jpg',
      // Strapi's format copy gives its upload (the forty-ninth round).
      Strapi: 'https://cms.metrodesk.example.com/uploads/bus_lane_3f2a1b9c8d.jpg',
      Escenic: 'https://dn-i.dngim.example.com/public/news/national/xyz/article68912345.ece/alternates/LANDSCAPE_1200/court.jpg',
      BLOX: 'https://bloximages.chicago2.vip.townnews.com/valleycourier.example.com/content/tncms/assets/v3/editorial/8/f2/8f2c1e4a/6564a0b1c2d3e.image.jpg?resize=300%2C200',
      'Tumblr legacy': `${tumblr}_500.jpg`,
      'Tumblr legacy srcset': `${tumblr}_1280.jpg`,
    });
    expect(read.Nitter!.link).toBe('https://nitter.example.net/DeskWire/status/1862000000000000001');
  });
});

describe('cards and blocks inside the copy', () => {
  it('Ghost 5’s sign-up, file, audio and product cards go; Ghost’s toggle and header cards, WordPress’s details and cover blocks, Newspack’s copy stay; a pull quote the copy repeats goes', async () => {
    const site = 'https://ledger.example.com';
    const signup = '<div class="kg-card kg-signup-card kg-width-regular " data-lexical-signup-form style="display: none;"><div class="kg-signup-card-content"><div class="kg-signup-card-text "><h2 class="kg-signup-card-heading"><span style="white-space: pre-wrap;">Sign up for Ledger</span></h2><p class="kg-signup-card-subheading"><span style="white-space: pre-wrap;">Markets, every morning.</span></p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button" type="submit"><span>Subscribe</span></button><div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div></form><p class="kg-signup-card-disclaimer"><span style="white-space: pre-wrap;">No spam. Unsubscribe anytime.</span></p></div></div></div>';
    const file = `<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="${site}/content/files/2026/11/statement.pdf" title="Download" download><div class="kg-file-card-contents"><div class="kg-file-card-title">Monetary policy statement</div><div class="kg-file-card-caption">The bank’s full statement</div><div class="kg-file-card-metadata"><div class="kg-file-card-filename">statement.pdf</div><div class="kg-file-card-filesize">245 KB</div></div></div></a></div>`;
    const audio = `<div class="kg-card kg-audio-card"><img src="" alt="audio-thumbnail" class="kg-audio-thumbnail kg-audio-hide"><div class="kg-audio-player-container"><audio src="${site}/content/media/2026/11/briefing.mp3" preload="metadata"></audio><div class="kg-audio-title">Friday briefing</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio"></button><span class="kg-audio-current-time">0:00</span><div class="kg-audio-time">/<span class="kg-audio-duration">3:12</span></div><input type="range" class="kg-audio-seek-slider" max="100" value="0"><button class="kg-audio-playback-rate">1&#215;</button></div></div></div>`;
    const product = `<div class="kg-card kg-product-card"><div class="kg-product-card-container"><img src="${site}/content/images/2026/11/book.jpg" width="600" height="800" class="kg-product-card-image"><div class="kg-product-card-title-container"><h4 class="kg-product-card-title">Ledger’s guide to rates</h4></div><div class="kg-product-card-description"><p>Our book, out now.</p></div><a href="https://shop.example.com/guide" class="kg-product-card-button kg-product-card-btn-accent"><span>Buy now</span></a></div></div>`;
    const toggle = '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">What is the repo rate?</span></h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"></button></div><div class="kg-toggle-content"><p><span style="white-space: pre-wrap;">The rate at which the central bank lends to banks.</span></p></div></div>';
    const header = '<div class="kg-card kg-header-card kg-v2 kg-width-full"><div class="kg-header-card-content"><div class="kg-header-card-text kg-align-center"><h2 id="the-week-ahead" class="kg-header-card-heading"><span style="white-space: pre-wrap;">The week ahead</span></h2></div></div></div>';
    const ghost = `${X}<rss version="2.0"${NS}><channel><title><![CDATA[Ledger]]></title><link>${site}/</link><description><![CDATA[Money and markets]]></description><generator>Ghost 5.101</generator><item><title><![CDATA[What the rate cut means]]></title><description><![CDATA[The bank cut its rate by a quarter point.]]></description><link>${site}/what-the-rate-cut-means/</link><guid isPermaLink="false">674700aa1b2c3d4e5f6a7b8c</guid><category><![CDATA[Markets]]></category><dc:creator><![CDATA[Priya Nair]]></dc:creator>${DATE}<media:content url="${site}/content/images/2026/11/rates.jpg" medium="image"/><content:encoded><![CDATA[<img src="${site}/content/images/2026/11/rates.jpg" alt="What the rate cut means"><p>The central bank cut its rate by a quarter point on Friday.</p>${toggle}${signup}<p>Markets rose after the cut.</p>${file}${audio}${header}<p>Inflation data is due on Tuesday.</p>${product}]]></content:encoded></item></channel></rss>`;
    const wp = 'https://riverpost.example.org';
    const wordpress = `${X}<rss version="2.0"${NS} xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>River Post</title><link>${wp}</link><description>Local news</description><generator>https://wordpress.org/?v=6.7.1</generator><item><title>Council passes flood plan</title><link>${wp}/2026/11/27/council-passes-flood-plan/</link><dc:creator><![CDATA[Maya Chen]]></dc:creator>${DATE}<category><![CDATA[Local]]></category><category><![CDATA[flooding]]></category><guid isPermaLink="false">${wp}/?p=4512</guid><description><![CDATA[The council passed its flood plan on Friday. &#8230; <a href="${wp}/2026/11/27/council-passes-flood-plan/" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;Council passes flood plan&#8221;</span></a>]]></description><content:encoded><![CDATA[
<div class="wp-block-cover alignfull is-light"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-4513" alt="" src="${wp}/wp-content/uploads/2026/11/levee-1024x683.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container is-layout-constrained"><p class="has-text-align-center has-large-font-size">The new levee on the east bank</p></div></div>
<p>The council passed its flood plan on Friday by nine votes to two.</p>
<figure class="wp-block-pullquote"><blockquote><p>We cannot wait for the next flood.</p><cite>Mayor Ana Ruiz</cite></blockquote></figure>
<p>“We cannot wait for the next flood,” Mayor Ana Ruiz said.</p>
<details class="wp-block-details is-layout-flow"><summary>What does the plan include?</summary><p>A new levee, two pumping stations and buyouts for 40 homes.</p></details>
<p>Work begins in spring.</p>
]]></content:encoded><slash:comments>0</slash:comments></item></channel></rss>`;
    const np = 'https://prairiereport.example.org';
    const newspack = `${X}<rss version="2.0"${NS}><channel><title>Prairie Report</title><link>${np}</link><description>Nonprofit news</description><item><title>Grain elevator to close</title><link>${np}/2026/11/27/grain-elevator-to-close/</link><dc:creator><![CDATA[Jon Reyes]]></dc:creator>${DATE}<category><![CDATA[Agriculture]]></category><guid isPermaLink="false">${np}/?p=8801</guid><content:encoded><![CDATA[<p>The last grain elevator in town will close in March, its owner said on Friday.</p><div class="wp-block-newspack-blocks-donate wpbnbd wpbnbd--tiered"><form><h3>Support local journalism</h3><p>Prairie Report is a nonprofit newsroom. Donate today.</p><button type="submit">Donate now</button></form></div><div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><form><p>Get the Prairie Report in your inbox.</p><input type="email"/></form></div><p>Farmers will haul grain 40 miles to the next one.</p><p>This article first appeared on <a href="${np}">Prairie Report</a> and is republished here under a Creative Commons license.<img id="republication-tracker-tool-source" src="${np}/?republication-pixel=true&amp;post=8801" style="width:1px;height:1px;"></p>]]></content:encoded><media:content url="https://i0.wp.com/prairiereport.example.org/wp-content/uploads/2026/11/elevator.jpg?fit=1200%2C800&amp;ssl=1" medium="image"/></item></channel></rss>`;
    const read = {
      ...(await storiesOf('/unseen49/ghost5.xml', ghost)),
      ...(await storiesOf('/unseen49/wp6.xml', wordpress)),
      ...(await storiesOf('/unseen49/newspack.xml', newspack)),
    };
    // WordPress's pull quote repeats a sentence of the copy word for word, and goes with its speaker (the forty-ninth round): HuffPost's
    // (in shared/feeds) is the only place its quote stands, and stays.
    expect(fields(read)).toEqual({
      'What the rate cut means': {
        link: `${site}/what-the-rate-cut-means/`, published: PUBLISHED, author: 'Priya Nair', image: `${site}/content/images/2026/11/rates.jpg`, categories: ['Markets'],
        text: ['The central bank cut its rate by a quarter point on Friday.', 'What is the repo rate?', 'The rate at which the central bank lends to banks.', 'Markets rose after the cut.', 'The week ahead', 'Inflation data is due on Tuesday.'].join('\n\n'),
      },
      'Council passes flood plan': {
        link: `${wp}/2026/11/27/council-passes-flood-plan/`, published: PUBLISHED, author: 'Maya Chen', image: `${wp}/wp-content/uploads/2026/11/levee.jpg`, categories: ['Local', 'flooding'],
        text: ['The new levee on the east bank', 'The council passed its flood plan on Friday by nine votes to two.', '“We cannot wait for the next flood,” Mayor Ana Ruiz said.', 'What does the plan include?', 'A new levee, two pumping stations and buyouts for 40 homes.', 'Work begins in spring.'].join('\n\n'),
      },
      'Grain elevator to close': {
        link: `${np}/2026/11/27/grain-elevator-to-close/`, published: PUBLISHED, author: 'Jon Reyes', image: 'https://i0.wp.com/prairiereport.example.org/wp-content/uploads/2026/11/elevator.jpg?ssl=1', categories: ['Agriculture'],
        text: 'The last grain elevator in town will close in March, its owner said on Friday.\n\nFarmers will haul grain 40 miles to the next one.',
      },
    });
  });
});

describe('newsletters, readers’ exports and feed generators', () => {
  it('Mailchimp’s archive (its merge tag in the link), Buttondown, Kit’s footer, FetchRSS’s credit, IFTTT’s and Zapier’s links, FreshRSS, Inoreader (its reader’s states no categories), RSS.app’s Telegram and Threads bridges', async () => {
    const mailchimp = `${X}<rss version="2.0"><channel><title>Desk Newsletter Archive Feed</title><link>https://us5.campaign-archive.com/home/?u=abc123def456&amp;id=7a8b9c0d1e</link><description>Desk Newsletter Archive Feed</description><item><title>Weekly: Port reopens</title><link>https://mailchi.mp/desk.example/weekly-port-reopens?e=[UNIQID]</link>${DATE}<guid isPermaLink="false">https://mailchi.mp/desk.example/weekly-port-reopens</guid><description><![CDATA[<table id="bodyTable"><tr><td id="templatePreheader"><a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a></td></tr><tr><td id="templateBody"><img align="center" alt="" src="https://mcusercontent.com/abc123def456/images/0a1b2c3d-port.jpg" width="564" class="mcnImage"><h1>The port reopens</h1><p>The port reopened on Friday after a week-long strike.</p><p>Shipping lines said they would clear the backlog by Christmas.</p></td></tr><tr><td id="templateFooter"><em>Copyright © 2026 Desk, All rights reserved.</em><br>You are receiving this email because you opted in via our website.<br><br><strong>Our mailing address is:</strong><br>Desk<br>1 Harbour Road<br>Kochi 682001<br><br>Want to change how you receive these emails?<br>You can <a href="https://desk.us5.list-manage.com/profile?u=abc">update your preferences</a> or <a href="https://desk.us5.list-manage.com/unsubscribe?u=abc">unsubscribe from this list</a>.</td></tr></table>]]></description></item></channel></rss>`;
    const buttondown = `${X}<rss version="2.0"${NS}><channel><title>Policy Notes</title><link>https://buttondown.com/policynotes</link><description>Weekly notes on policy</description><item><title>Notes #88: The water bill</title><link>https://buttondown.com/policynotes/archive/notes-88-the-water-bill/</link><description><![CDATA[<p>The water bill passed the upper house on Thursday.</p><p>It caps tariffs for three years.</p>]]></description>${DATE}<guid>https://buttondown.com/policynotes/archive/notes-88-the-water-bill/</guid></item></channel></rss>`;
    const kit = `${X}<rss version="2.0"${NS}><channel><title>Maker Weekly</title><link>https://makerweekly.kit.com/posts</link><description>Posts</description><item><title>The port strike, explained</title><link>https://makerweekly.kit.com/posts/the-port-strike-explained</link><guid>https://makerweekly.kit.com/posts/the-port-strike-explained</guid>${DATE}<description><![CDATA[<p>Dock workers walked out on Friday over pay.</p><p>The port handles a third of the country's trade.</p><p>Thanks for reading!</p><p>123 Main Street, Springfield<br><a href="https://unsubscribe.kit.com/abc">Unsubscribe</a> · <a href="https://preferences.kit.com/abc">Preferences</a></p>]]></description><enclosure url="https://embed.filekitcdn.com/e/abc123/def456" length="0" type="image/jpeg"/></item></channel></rss>`;
    const fetchrss = `${X}<rss version="2.0"${NS}><channel><title>District Collectorate News</title><link>https://district.example.gov.in/news/</link><description>District Collectorate News (Feed generated with FetchRSS)</description><generator>FetchRSS</generator><item><title><![CDATA[Camp for flood-hit families on Saturday]]></title><link>https://district.example.gov.in/news/camp-for-flood-hit-families/</link><description><![CDATA[<img src="https://district.example.gov.in/wp-content/uploads/2026/11/camp.jpg" /><br/><br/>A relief camp for flood-hit families will be held at the town hall on Saturday. (Feed generated with <a href="https://fetchrss.com" target="_blank">FetchRSS</a>)]]></description><media:content medium="image" url="https://district.example.gov.in/wp-content/uploads/2026/11/camp.jpg"/>${DATE}<guid isPermaLink="false">https://district.example.gov.in/news/camp-for-flood-hit-families/</guid></item></channel></rss>`;
    const zapier = `${X}<rss version="2.0"${NS}><channel><title>Desk alerts</title><link>https://zapier.com/engine/rss/1234567/desk-alerts</link><description>RSS by Zapier</description><item><title>Cabinet approves rail line</title><link>https://www.pib.example.gov.in/PressReleasePage.aspx?PRID=2077777</link><description>The Union Cabinet on Friday approved a new rail line in Assam.</description><author>noreply@zapier.com (PIB Delhi)</author>${DATE}<guid isPermaLink="false">zap-1234567-abcdef</guid></item><item><title>Court adjourns case</title><link>https://ift.tt/3AbCdEf</link><description>The court adjourned the case on Friday.</description>${DATE}<guid>https://www.livelaw.example.in/top-stories/court-adjourns-case-250001</guid></item></channel></rss>`;
    const freshrss = `${X}<rss version="2.0"${NS}><channel><title>FreshRSS - Shared</title><link>https://rss.example.net/i/?a=rss&amp;user=desk&amp;get=s</link><description>Starred articles</description><item><title>Storm closes schools</title><link>https://www.bbc.co.uk/news/articles/c9storm123?at_medium=RSS&amp;at_campaign=rss</link><guid isPermaLink="false">https://www.bbc.co.uk/news/articles/c9storm123</guid><dc:creator>Jo Smith</dc:creator><description><![CDATA[Schools across the region closed on Friday.]]></description>${DATE}<category>World</category></item></channel></rss>`;
    const inoreader = `${X}<feed xmlns="http://www.w3.org/2005/Atom"><title>desk - tagged Defence</title><id>https://www.inoreader.com/stream/user/1005000000/tag/Defence</id><updated>2026-11-27T10:10:00Z</updated><entry><id>tag:google.com,2005:reader/item/00000000abcdef12</id><title type="html">India, Italy sign defence pact</title><published>2026-11-27T10:05:00Z</published><updated>2026-11-27T10:05:00Z</updated><link rel="alternate" type="text/html" href="https://www.thehindu.com/news/national/india-italy-defence/article68912399.ece"/><author><name>Dinakar Peri</name></author><source><id>https://www.thehindu.com/news/national/feeder/default.rss</id><title>The Hindu - National</title><link rel="alternate" href="https://www.thehindu.com/news/national/"/></source><content type="html">&lt;p&gt;India and Italy signed a defence pact on Friday.&lt;/p&gt;</content><category term="user/1005000000/label/Defence" label="Defence"/><category term="user/1005000000/state/com.google/read" label="read"/><category term="user/1005000000/state/com.google/starred" label="starred"/></entry></feed>`;
    const rssApp = `${X}<rss version="2.0"${NS}><channel><title>Desk Wire (@deskwire) / Telegram</title><link>https://t.me/s/deskwire</link><description>Desk Wire (@deskwire) / Telegram</description><generator>https://rss.app</generator><item><title><![CDATA[Parliament's winter session opens on Monday, with six bills listed for the first week]]></title><link>https://t.me/deskwire/4512</link><guid isPermaLink="false">2f0d9b1c8a7e6d5c4b3a2f1e0d9c8b7a</guid><dc:creator><![CDATA[@deskwire]]></dc:creator>${DATE}<description><![CDATA[<div><img src="https://cdn4.telesco.pe/file/AbCdEfGh.jpg" style="width: 100%;" /><div>Parliament's winter session opens on Monday, with six bills listed for the first week. The opposition wants a debate on prices.</div></div>]]></description><media:content medium="image" url="https://cdn4.telesco.pe/file/AbCdEfGh.jpg"/></item><item><title><![CDATA[The port reopened on Friday after the strike.]]></title><link>https://www.threads.net/@deskwire/post/C0AbCdEfGhI</link><guid isPermaLink="false">3f0d9b1c8a7e6d5c4b3a2f1e0d9c8b7b</guid><dc:creator><![CDATA[deskwire]]></dc:creator>${DATE}<description><![CDATA[<div><div>The port reopened on Friday after the strike. Ships queued outside the harbour.</div></div>]]></description></item></channel></rss>`;
    const read = {
      ...(await storiesOf('/unseen49/mailchimp.xml', mailchimp)),
      ...(await storiesOf('/unseen49/buttondown.xml', buttondown)),
      ...(await storiesOf('/unseen49/kit.xml', kit)),
      ...(await storiesOf('/unseen49/fetchrss.xml', fetchrss)),
      ...(await storiesOf('/unseen49/zapier.xml', zapier)),
      ...(await storiesOf('/unseen49/freshrss.xml', freshrss)),
      ...(await storiesOf('/unseen49/inoreader.xml', inoreader, ATOM_TYPE)),
      ...(await storiesOf('/unseen49/rss-app.xml', rssApp)),
    };
    expect(fields(read)).toEqual({
      'Weekly: Port reopens': {
        link: 'https://mailchi.mp/desk.example/weekly-port-reopens', published: PUBLISHED, author: null, image: 'https://mcusercontent.com/abc123def456/images/0a1b2c3d-port.jpg', categories: [],
        text: 'The port reopens\n\nThe port reopened on Friday after a week-long strike.\n\nShipping lines said they would clear the backlog by Christmas.',
      },
      'Notes #88: The water bill': {
        link: 'https://buttondown.com/policynotes/archive/notes-88-the-water-bill/', published: PUBLISHED, author: null, image: null, categories: [],
        text: 'The water bill passed the upper house on Thursday.\n\nIt caps tariffs for three years.',
      },
      'The port strike, explained': {
        link: 'https://makerweekly.kit.com/posts/the-port-strike-explained', published: PUBLISHED, author: null, image: 'https://embed.filekitcdn.com/e/abc123/def456', categories: [],
        text: "Dock workers walked out on Friday over pay.\n\nThe port handles a third of the country's trade.",
      },
      'Camp for flood-hit families on Saturday': {
        link: 'https://district.example.gov.in/news/camp-for-flood-hit-families/', published: PUBLISHED, author: null, image: 'https://district.example.gov.in/wp-content/uploads/2026/11/camp.jpg', categories: [],
        text: 'A relief camp for flood-hit families will be held at the town hall on Saturday.',
      },
      'Cabinet approves rail line': {
        link: 'https://www.pib.example.gov.in/PressReleasePage.aspx?PRID=2077777', published: PUBLISHED, author: 'PIB Delhi', image: null, categories: [],
        text: 'The Union Cabinet on Friday approved a new rail line in Assam.',
      },
      // IFTTT's shortener names no page: the guid that is the page's address is the story's link.
      'Court adjourns case': { link: 'https://www.livelaw.example.in/top-stories/court-adjourns-case-250001', published: PUBLISHED, author: null, image: null, categories: [], text: 'The court adjourned the case on Friday.' },
      'Storm closes schools': { link: 'https://www.bbc.co.uk/news/articles/c9storm123', published: PUBLISHED, author: 'Jo Smith', image: null, categories: ['World'], text: 'Schools across the region closed on Friday.' },
      // Inoreader's label is the reader's category; "read" and "starred" are its states of the item.
      'India, Italy sign defence pact': {
        link: 'https://www.thehindu.com/news/national/india-italy-defence/article68912399.ece', published: PUBLISHED, author: 'Dinakar Peri', image: null, categories: ['Defence'],
        text: 'India and Italy signed a defence pact on Friday.',
      },
      "Parliament's winter session opens on Monday, with six bills listed for the first week": {
        link: 'https://t.me/deskwire/4512', published: PUBLISHED, author: '@deskwire', image: 'https://cdn4.telesco.pe/file/AbCdEfGh.jpg', categories: [],
        text: "Parliament's winter session opens on Monday, with six bills listed for the first week. The opposition wants a debate on prices.",
      },
      'The port reopened on Friday after the strike.': {
        link: 'https://www.threads.net/@deskwire/post/C0AbCdEfGhI', published: PUBLISHED, author: 'deskwire', image: null, categories: [],
        text: 'The port reopened on Friday after the strike. Ships queued outside the harbour.',
      },
    });
    expect(read['India, Italy sign defence pact']!.source).toBe('The Hindu');
  });
});

describe('newsroom CMSs, forums and public bodies', () => {
  it('Naviga’s byline in capitals with its job, Pressly’s tip line, Quintype, Escenic, Sitecore’s media contact, Sanity’s JSON Feed, Lemmy, Discourse, Flarum, Mastodon’s content warning, PIB, the UN’s labelled release number, a parliament’s bills and a court’s judgments', async () => {
    const naviga = rss('https://www.valleycourier.example.com', [
      `<item><title>County approves new bridge budget</title><link>https://www.valleycourier.example.com/news/county-approves-new-bridge-budget/article_8f2c1e4a-ac11-11ee-9b6e-0b1234567890.html</link><guid isPermaLink="false">8f2c1e4a-ac11-11ee-9b6e-0b1234567890</guid>${DATE}<dc:creator>By MARIA LOPEZ Staff Writer</dc:creator><category>News</category><category>Local</category><description><![CDATA[<p>The county board voted 4-1 on Thursday to fund the new bridge over the Rio Verde.</p><p>Work is due to begin in March.</p>]]></description><media:content url="https://www.valleycourier.example.com/uploads/2026/11/bridge.jpg" medium="image"><media:credit>Maria Lopez</media:credit></media:content></item>`,
    ]);
    const pressly = rss('https://islandtimes.example.com', [
      `<item><title>Ferry fares to rise in January</title><link>https://islandtimes.example.com/news/2026/11/27/ferry-fares-to-rise-in-january</link><guid isPermaLink="true">https://islandtimes.example.com/news/2026/11/27/ferry-fares-to-rise-in-january</guid>${DATE}<dc:creator>Kiri Tane</dc:creator><category>Transport</category><media:thumbnail url="https://cdn.pressly.example/islandtimes/2026/11/ferry.jpg?w=320" /><media:content url="https://cdn.pressly.example/islandtimes/2026/11/ferry.jpg?w=1200" medium="image"/><description><![CDATA[Fares on the inter-island ferry will rise 8% from January 1.]]></description><content:encoded><![CDATA[<p>Fares on the inter-island ferry will rise 8% from January 1, the ministry said on Friday.</p><p>The last rise was in 2023.</p><div class="pressly-related"><h4>Related</h4><ul><li><a href="https://islandtimes.example.com/news/2026/11/20/ferry-delays">Ferry delays continue</a></li></ul></div><p>Have a story tip? Email news@islandtimes.example.com</p>]]></content:encoded></item>`,
    ]);
    const quintype = rss('https://www.thequill.example.in', [
      `<item><title><![CDATA[Winter session: Six bills to be tabled]]></title><link>https://www.thequill.example.in/news/politics/winter-session-six-bills</link><guid isPermaLink="false">b7d0e9f4-1c2d-4e5f-8a9b-0c1d2e3f4a5b</guid><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate><dc:creator>Ananya Sharma</dc:creator><category>Politics</category><description><![CDATA[The government will table six bills in the session.]]></description><content:encoded><![CDATA[<p>The government will table six bills in Parliament's winter session, which opens on Monday.</p><p>The opposition has sought a debate on prices.</p>]]></content:encoded><media:content url="https://images.quillcdn.example.in/thequill%2F2026-11%2Fb7d0e9f4%2Fparliament.jpg?rect=0%2C0%2C3000%2C1688&amp;w=1200&amp;auto=format%2Ccompress&amp;ogImage=true" medium="image"/><enclosure url="https://images.quillcdn.example.in/thequill%2F2026-11%2Fb7d0e9f4%2Fparliament.jpg" length="0" type="image/jpeg"/></item>`,
    ]);
    const escenic = rss('https://www.dailynation.example.com', [
      `<item><title><![CDATA[ Supreme Court reserves verdict on tribunal reforms ]]></title><link><![CDATA[https://www.dailynation.example.com/news/national/supreme-court-reserves-verdict-on-tribunal-reforms/article68912345.ece]]></link><description><![CDATA[ The bench heard arguments for three days. ]]></description><pubDate><![CDATA[Fri, 27 Nov 2026 15:35:00 +0530]]></pubDate><guid isPermaLink="false"><![CDATA[article-68912345]]></guid><category><![CDATA[National]]></category><dc:creator>Legal Correspondent</dc:creator></item>`,
    ]);
    const sitecore = rss('https://www.transport.example.gov', [
      `<item><title>Minister opens new rail link</title><link>https://www.transport.example.gov/media-releases/2026/11/minister-opens-new-rail-link?sc_lang=en</link><guid>{6A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D}</guid>${DATE}<description><![CDATA[<p>The Minister for Transport opened the new rail link on Friday.</p><p><img src="/-/media/images/media-releases/2026/rail-link.jpg?h=400&amp;w=600&amp;hash=1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D" alt="" /></p><p>Media contact: Jo Brown, 0400 000 000</p>]]></description></item>`,
    ]);
    const sanity = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'Harbour Weekly', home_page_url: 'https://harbourweekly.example.com/', feed_url: 'https://harbourweekly.example.com/feed.json',
      items: [{ id: 'post-9f1e', url: 'https://harbourweekly.example.com/posts/cranes-arrive', title: 'New cranes arrive at the port', content_html: '<p>Two new cranes arrived at the port on Friday.</p><p>They can lift 65 tonnes each.</p>', image: 'https://cdn.sanity.io/images/ab12cd34/production/0123456789abcdef0123456789abcdef01234567-3000x2000.jpg?w=600&h=400&fit=crop&auto=format', date_published: '2026-11-27T10:05:00Z', authors: [{ name: 'Tom Hale' }], tags: ['Port', 'Shipping'] }],
    });
    const lemmy = `${X}<rss version="2.0" ${DC}><channel><title>Lemmy - worldnews</title><link>https://lemmy.example.org/c/worldnews</link><description>News from around the world</description><item><title>Rail strike called off</title><link>https://www.wire.example.com/world/rail-strike-called-off-2026-11-27/</link><guid isPermaLink="true">https://lemmy.example.org/post/9876543</guid><comments>https://lemmy.example.org/post/9876543</comments><dc:creator>https://lemmy.example.org/u/newsbot</dc:creator>${DATE}<description><![CDATA[submitted by <a href="https://lemmy.example.org/u/newsbot">newsbot</a> to <a href="https://lemmy.example.org/c/worldnews">worldnews</a><br>42 points | <a href="https://lemmy.example.org/post/9876543">7 comments</a><br><a href="https://www.wire.example.com/world/rail-strike-called-off-2026-11-27/">https://www.wire.example.com/world/rail-strike-called-off-2026-11-27/</a><p>The rail unions called off Monday's strike after talks on Friday.</p>]]></description></item></channel></rss>`;
    const discourse = `${X}<rss version="2.0" xmlns:discourse="http://www.discourse.org/" ${DC}><channel><title>City Forum - Latest topics</title><link>https://forum.city.example.org/latest</link><description>Latest topics</description><item><title>Road closures for the marathon on Sunday</title><dc:creator><![CDATA[citydesk]]></dc:creator><category>Announcements</category><description><![CDATA[
            <p>Main Street will be closed from 5 am to 1 pm on Sunday for the marathon.</p>
            <p><small>3 posts - 2 participants</small></p>
            <p><a href="https://forum.city.example.org/t/road-closures-for-the-marathon-on-sunday/4512">Read full topic</a></p>
          ]]></description><link>https://forum.city.example.org/t/road-closures-for-the-marathon-on-sunday/4512</link>${DATE}<discourse:topicPinned>No</discourse:topicPinned><guid isPermaLink="false">forum.city.example.org-topic-4512</guid><source url="https://forum.city.example.org/t/road-closures-for-the-marathon-on-sunday/4512.rss">Road closures for the marathon on Sunday</source></item></channel></rss>`;
    const flarum = `${X}<rss version="2.0"><channel><title>Town Forum</title><link>https://forum.town.example.org</link><description>Most recent discussions</description><item><title>Water supply cut on Tuesday</title><link>https://forum.town.example.org/d/812-water-supply-cut-on-tuesday</link><guid>https://forum.town.example.org/d/812-water-supply-cut-on-tuesday</guid>${DATE}<description><![CDATA[<p>The water board will cut supply to wards 3 to 7 from 9 am to 5 pm on Tuesday.</p>]]></description><author>wardoffice</author></item></channel></rss>`;
    const mastodon = `${X}<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" ${MEDIA}><channel><title>Desk Wire</title><description>Public posts from @deskwire@mastodon.example</description><link>https://mastodon.example/@deskwire</link><generator>Mastodon v4.3.1</generator><item><guid isPermaLink="true">https://mastodon.example/@deskwire/113550000000000001</guid><link>https://mastodon.example/@deskwire/113550000000000001</link>${DATE}<description>&lt;p&gt;Flood photos&lt;/p&gt;&lt;hr /&gt;&lt;p&gt;The river crossed the danger mark at Dibrugarh on Friday. Boats were sent to the low-lying wards. &lt;a href="https://mastodon.example/tags/Assam" class="mention hashtag" rel="tag"&gt;#&lt;span&gt;Assam&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;</description><media:content url="https://files.mastodon.example/media_attachments/files/113/550/000/original/abc.jpg" type="image/jpeg" fileSize="123456" medium="image"><media:description type="plain">Flooded street</media:description></media:content><category>Assam</category></item></channel></rss>`;
    const pib = `${X}<rss version="2.0"><channel><title>Press Information Bureau</title><link>https://pib.gov.in</link><description>PIB Delhi releases</description><item><title>Cabinet approves new rail line in Assam</title><link>https://pib.gov.in/PressReleasePage.aspx?PRID=2077777</link><description></description><pubDate>27 Nov 2026 15:35 PM</pubDate></item></channel></rss>`;
    const un = `${X}<rss version="2.0" xml:base="https://press.un.example.org/en" ${DC}><channel><title>Meetings Coverage and Press Releases</title><link>https://press.un.example.org/en</link><description></description><item><title>Secretary-General Welcomes Ceasefire Agreement</title><link>https://press.un.example.org/en/2026/sgsm22501.doc.htm</link><description><![CDATA[<div class="field field--name-field-press-release-id field--type-string field--label-above"><div class="field__label">Press Release ID</div><div class="field__item">SG/SM/22501</div></div><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>The following statement was issued today by the Spokesperson for UN Secretary-General:</p><p>The Secretary-General welcomes the ceasefire agreement announced on Friday.</p><p>For information media. Not an official record.</p></div>]]></description>${DATE}<guid isPermaLink="false">112501 at https://press.un.example.org</guid></item></channel></rss>`;
    const bills = `${X}<rss version="2.0"><channel><title>Bills before Parliament</title><link>https://bills.parliament.example.uk/</link><description>All bills</description><item><guid isPermaLink="false">3801</guid><link>https://bills.parliament.example.uk/bills/3801</link><category>Commons</category><category>Government Bill</category><title>Water (Special Measures) Bill</title><description>A Bill to make provision about the special administration of water companies. Next stage: Report stage, House of Commons, 2 December 2026.</description><a10:updated xmlns:a10="http://www.w3.org/2005/Atom">2026-11-27T10:05:00Z</a10:updated></item></channel></rss>`;
    const caselaw = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:tna="https://caselaw.nationalarchives.gov.uk"><title>Latest judgments</title><link href="https://caselaw.example.gov.uk/atom.xml" rel="self"/><id>https://caselaw.example.gov.uk/atom.xml</id><updated>2026-11-27T10:05:00Z</updated><entry><title>R v Smith</title><link rel="alternate" type="application/pdf" href="https://assets.caselaw.example.gov.uk/ewca/crim/2026/99/ewca_crim_2026_99.pdf"/><link rel="alternate" type="application/akn+xml" href="https://caselaw.example.gov.uk/ewca/crim/2026/99/data.xml"/><link href="https://caselaw.example.gov.uk/ewca/crim/2026/99"/><id>https://caselaw.example.gov.uk/ewca/crim/2026/99</id><published>2026-11-27T10:05:00+00:00</published><updated>2026-11-27T10:10:00+00:00</updated><author><name>Court of Appeal (Criminal Division)</name></author><tna:identifier type="ukncn">[2026] EWCA Crim 99</tna:identifier><summary>The court dismissed the appeal against sentence.</summary></entry></feed>`;
    const read = {
      ...(await storiesOf('/unseen49/naviga.xml', naviga)),
      ...(await storiesOf('/unseen49/pressly.xml', pressly)),
      ...(await storiesOf('/unseen49/quintype.xml', quintype)),
      ...(await storiesOf('/unseen49/escenic.xml', escenic)),
      ...(await storiesOf('/unseen49/sitecore.xml', sitecore)),
      ...(await storiesOf('/unseen49/sanity.json', sanity, JSON_TYPE)),
      ...(await storiesOf('/unseen49/lemmy.xml', lemmy)),
      ...(await storiesOf('/unseen49/discourse.xml', discourse)),
      ...(await storiesOf('/unseen49/flarum.xml', flarum)),
      ...(await storiesOf('/unseen49/mastodon.xml', mastodon)),
      ...(await storiesOf('/unseen49/pib.xml', pib)),
      ...(await storiesOf('/unseen49/un-press.xml', un)),
      ...(await storiesOf('/unseen49/bills.xml', bills)),
      ...(await storiesOf('/unseen49/caselaw.xml', caselaw, ATOM_TYPE)),
    };
    expect(fields(read)).toEqual({
      'County approves new bridge budget': {
        link: 'https://www.valleycourier.example.com/news/county-approves-new-bridge-budget/article_8f2c1e4a-ac11-11ee-9b6e-0b1234567890.html', published: PUBLISHED, author: 'Maria Lopez',
        image: 'https://www.valleycourier.example.com/uploads/2026/11/bridge.jpg', categories: ['News', 'Local'],
        text: 'The county board voted 4-1 on Thursday to fund the new bridge over the Rio Verde.\n\nWork is due to begin in March.',
      },
      'Ferry fares to rise in January': {
        link: 'https://islandtimes.example.com/news/2026/11/27/ferry-fares-to-rise-in-january', published: PUBLISHED, author: 'Kiri Tane', image: 'https://cdn.pressly.example/islandtimes/2026/11/ferry.jpg?w=1200', categories: ['Transport'],
        text: 'Fares on the inter-island ferry will rise 8% from January 1, the ministry said on Friday.\n\nThe last rise was in 2023.',
      },
      'Winter session: Six bills to be tabled': {
        link: 'https://www.thequill.example.in/news/politics/winter-session-six-bills', published: PUBLISHED, author: 'Ananya Sharma', image: 'https://images.quillcdn.example.in/thequill%2F2026-11%2Fb7d0e9f4%2Fparliament.jpg', categories: ['Politics'],
        text: "The government will table six bills in Parliament's winter session, which opens on Monday.\n\nThe opposition has sought a debate on prices.",
      },
      'Supreme Court reserves verdict on tribunal reforms': {
        link: 'https://www.dailynation.example.com/news/national/supreme-court-reserves-verdict-on-tribunal-reforms/article68912345.ece', published: PUBLISHED, author: 'Legal Correspondent', image: null, categories: ['National'],
        text: 'The bench heard arguments for three days.',
      },
      // Sitecore's media library signs its sizes ("hash="): the address stays as written.
      'Minister opens new rail link': {
        link: 'https://www.transport.example.gov/media-releases/2026/11/minister-opens-new-rail-link?sc_lang=en', published: PUBLISHED, author: null,
        image: 'https://www.transport.example.gov/-/media/images/media-releases/2026/rail-link.jpg?h=400&w=600&hash=1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D', categories: [],
        text: 'The Minister for Transport opened the new rail link on Friday.',
      },
      'New cranes arrive at the port': {
        link: 'https://harbourweekly.example.com/posts/cranes-arrive', published: PUBLISHED, author: 'Tom Hale', image: 'https://cdn.sanity.io/images/ab12cd34/production/0123456789abcdef0123456789abcdef01234567-3000x2000.jpg', categories: ['Port', 'Shipping'],
        text: 'Two new cranes arrived at the port on Friday.\n\nThey can lift 65 tonnes each.',
      },
      'Rail strike called off': {
        link: 'https://www.wire.example.com/world/rail-strike-called-off-2026-11-27/', published: PUBLISHED, author: 'newsbot', image: null, categories: [],
        text: "The rail unions called off Monday's strike after talks on Friday.",
      },
      'Road closures for the marathon on Sunday': {
        link: 'https://forum.city.example.org/t/road-closures-for-the-marathon-on-sunday/4512', published: PUBLISHED, author: 'City Desk', image: null, categories: ['Announcements'],
        text: 'Main Street will be closed from 5 am to 1 pm on Sunday for the marathon.',
      },
      'Water supply cut on Tuesday': {
        link: 'https://forum.town.example.org/d/812-water-supply-cut-on-tuesday', published: PUBLISHED, author: 'wardoffice', image: null, categories: [],
        text: 'The water board will cut supply to wards 3 to 7 from 9 am to 5 pm on Tuesday.',
      },
      // The content warning is the untitled post's first line, and its title.
      'Flood photos': {
        link: 'https://mastodon.example/@deskwire/113550000000000001', published: PUBLISHED, author: null, image: 'https://files.mastodon.example/media_attachments/files/113/550/000/original/abc.jpg', categories: ['Assam'],
        text: 'Flood photos\n\nThe river crossed the danger mark at Dibrugarh on Friday. Boats were sent to the low-lying wards. #Assam',
      },
      // PIB's "15:35 PM" is India's clock.
      'Cabinet approves new rail line in Assam': { link: 'https://pib.gov.in/PressReleasePage.aspx?PRID=2077777', published: PUBLISHED, author: null, image: null, categories: [], text: '' },
      'Secretary-General Welcomes Ceasefire Agreement': {
        link: 'https://press.un.example.org/en/2026/sgsm22501.doc.htm', published: PUBLISHED, author: null, image: null, categories: [],
        text: 'The following statement was issued today by the Spokesperson for UN Secretary-General:\n\nThe Secretary-General welcomes the ceasefire agreement announced on Friday.',
      },
      'Water (Special Measures) Bill': {
        link: 'https://bills.parliament.example.uk/bills/3801', published: PUBLISHED, author: null, image: null, categories: ['Commons', 'Government Bill'],
        text: 'A Bill to make provision about the special administration of water companies. Next stage: Report stage, House of Commons, 2 December 2026.',
      },
      // The judgment's page, not its PDF or its XML, listed before it.
      'R v Smith': {
        link: 'https://caselaw.example.gov.uk/ewca/crim/2026/99', published: PUBLISHED, author: 'Court of Appeal (Criminal Division)', image: null, categories: [],
        text: 'The court dismissed the appeal against sentence.',
      },
    });
  });
});
