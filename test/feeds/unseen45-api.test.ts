import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';

/**
 * The forty-fourth round of unseen feeds as README counts them (the thirty-eighth sweep; the file is numbered after unseen44,
 * the forty-third round's): publishers' platforms not probed before (a podcast feed mixed with articles, Buttondown's and
 * Beehiiv's issues, Jetpack's pictures, ASP.NET sites of government and press offices), each feed served from a real local
 * server, added and polled through POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen45-api');

/** One RSS item: its title, link and HTML copy (in CDATA), with a date. */
const item = (title: string, link: string, html: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link><guid isPermaLink="false">${link}</guid><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><description><![CDATA[${html}]]></description>${extra}</item>`;
const rss = (site: string, items: string[], ns = '') =>
  `${X}<rss version="2.0"${ns}><channel><title>Desk</title><link>${site}/</link><description>News</description>${items.join('')}</channel></rss>`;
const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/** The stories of `doc` served at `path`, by title: their text's paragraphs, link and picture. */
async function storiesOf(path: string, doc: string) {
  const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, doc, RSS_TYPE);
  return Object.fromEntries(stories.map((s) => [s.title, { text: s.text.split('\n\n'), link: s.link, image: s.image }]));
}

describe('a podcast feed mixed with articles', () => {
  it('an episode’s plea to listen on the apps ("Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.") goes; copy naming Spotify stays', async () => {
    const site = 'https://www.audio.example.in';
    const pleas = [
      'Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.',
      'Listen on Apple Podcasts | Spotify | Google Podcasts',
      'Listen and subscribe: Apple Podcasts, Spotify, YouTube',
      'Follow The Big Story on Spotify, JioSaavn or wherever you listen.',
    ];
    const read = await storiesOf('/unseen45/podcast.xml', rss(site, [
      item('Episode 42: The week in politics', `${site}/podcast/42`, paragraphs(['We discuss the week in Indian politics with our editors.', ...pleas]), '<enclosure url="https://cdn.audio.example.in/ep42.mp3" length="12345" type="audio/mpeg"/>'),
      item('Streaming royalties rise', `${site}/news/royalties`, paragraphs(['Artists will be paid more per stream from January, the ministry said.', 'Listen on Spotify, the company told artists, and the royalty will rise with every play.'])),
    ], ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'));
    expect(read['Episode 42: The week in politics']!.text).toEqual(['We discuss the week in Indian politics with our editors.']);
    expect(read['Streaming royalties rise']!.text).toEqual(['Artists will be paid more per stream from January, the ministry said.', 'Listen on Spotify, the company told artists, and the royalty will rise with every play.']);
  });
});

describe('newsletters’ issues as Buttondown and Beehiiv put them in their feeds', () => {
  it('the footer (links row, "Unsubscribe", "Update your email preferences or unsubscribe here", "Was this email forwarded to you? Sign up here.", "Thanks for reading! Forward this to a friend.") goes; the issue stays', async () => {
    const site = 'https://desk.beehiiv.example.com';
    const footer = [
      'Thanks for reading! Forward this to a friend.',
      'Subscribe | Unsubscribe',
      'View in browser · Manage subscription',
      'Unsubscribe',
      'Manage your subscription',
      'Update your email preferences or unsubscribe here',
      'Was this email forwarded to you? Sign up here.',
    ];
    const copy = ['The council passed the new transport budget this week.', 'Buses will run every ten minutes from January.'];
    const read = await storiesOf('/unseen45/newsletter.xml', rss(site, [
      item('Issue 12: Buses every ten minutes', `${site}/p/issue-12`, paragraphs([...copy, ...footer])),
      item('Issue 13: Who unsubscribes', `${site}/p/issue-13`, paragraphs(['Readers who unsubscribe from the council’s alerts will still get the paper notices, the clerk said.', 'Manage your subscription before the deadline, the clerk told residents.'])),
    ]));
    expect(read['Issue 12: Buses every ten minutes']!.text).toEqual(copy);
    expect(read['Issue 13: Who unsubscribes']!.text).toHaveLength(2);
  });
});

describe('a teaser’s link to the full story on the outlet’s site', () => {
  it('"Read the full story on The Desk." goes; "Read the full report on the budget, the minister said." stays', async () => {
    const site = 'https://www.teaser.example.in';
    const read = await storiesOf('/unseen45/teaser.xml', rss(site, [
      item('Farm bill passed', `${site}/farm-bill`, paragraphs(['The assembly passed the farm bill on Friday after a long debate.', 'Read the full story on The Desk.'])),
      item('Budget report out', `${site}/budget-report`, paragraphs(['The finance department released its budget report on Friday.', 'Read the full report on the budget, the minister said.'])),
    ]));
    expect(read['Farm bill passed']!.text).toEqual(['The assembly passed the farm bill on Friday after a long debate.']);
    expect(read['Budget report out']!.text).toHaveLength(2);
  });
});

describe('Jetpack’s pictures in a WordPress site’s feed', () => {
  it('an <img> whose src is a thumbnail Jetpack’s CDN cut ("?resize=300%2C169") gives the full-size upload its data-orig-file names', async () => {
    const site = 'https://www.jetpack.example.in';
    const img = `<img src="https://i0.wp.com/www.jetpack.example.in/wp-content/uploads/2026/11/bridge.jpg?resize=300%2C169&amp;ssl=1" data-orig-file="https://www.jetpack.example.in/wp-content/uploads/2026/11/bridge.jpg" data-large-file="https://www.jetpack.example.in/wp-content/uploads/2026/11/bridge-1024x576.jpg" data-orig-size="1920,1080" width="300" height="169" alt="">`;
    const read = await storiesOf('/unseen45/jetpack.xml', rss(site, [item('Bridge opens at Patna', `${site}/bridge`, `<p>${img}</p><p>The four-lane bridge over the Ganga opened on Friday.</p>`)]));
    expect(read['Bridge opens at Patna']!.image).toBe('https://www.jetpack.example.in/wp-content/uploads/2026/11/bridge.jpg');
  });
});

describe('a visitor’s session in the links of ASP.NET and other older sites', () => {
  it('ASP.NET’s cookieless session ("/(S(lx3hzs55qwe1x2))/NewsDetail.aspx"), "sessionid=" and Google’s "_gl=" leave the link; the page’s own parameters stay', async () => {
    const site = 'https://www.pid.example.gov.pk';
    const read = await storiesOf('/unseen45/sessions.xml', rss(site, [
      item('Cabinet approves power tariff', `${site}/(S(lx3hzs55qwe1x2vlm25s55))/NewsDetail.aspx?id=5`, '<p>The federal cabinet approved the new power tariff on Friday.</p>'),
      item('Prime Minister meets delegation', `${site}/(X(1)S(ab12cd34ef))/NewsDetail.aspx?id=6`, '<p>The Prime Minister met a business delegation from Lahore on Friday.</p>'),
      item('Railways adds trains', `${site}/story.php?sessionid=abc123def456&amp;id=9`, '<p>Pakistan Railways added four trains for the holidays on Friday.</p>'),
      item('Exports rise', `${site}/news/exports?_gl=1*1x2y3z*_ga*MTIzNDU2Nzg5*_ga_ABC*MTcwMDAwMDAwMC4xLjEuMTcwMDAwMDAwMC4wLjAuMA..&amp;page=2`, '<p>Exports rose by nine per cent in October, the ministry said on Friday.</p>'),
      item('Court list', `${site}/(cases)/list.aspx?id=7`, '<p>The court published its list of cases for the week on Friday.</p>'),
    ]));
    expect(Object.fromEntries(Object.entries(read).map(([title, s]) => [title, s.link]))).toEqual({
      'Cabinet approves power tariff': `${site}/NewsDetail.aspx?id=5`,
      'Prime Minister meets delegation': `${site}/NewsDetail.aspx?id=6`,
      'Railways adds trains': `${site}/story.php?id=9`,
      'Exports rise': `${site}/news/exports?page=2`,
      'Court list': `${site}/(cases)/list.aspx?id=7`,
    });
  });
});

describe('a reader’s starred list exported as Atom (Inoreader, Feedly)', () => {
  it('an entry copied from another feed (its <source>) takes no author from the feed’s: the reader who starred it wrote none; its own and its source’s stay', async () => {
    const entry = (id: string, title: string, link: string, author: string, sourceAuthor = '') =>
      `<entry><id>tag:google.com,2005:reader/item/${id}</id><title type="html">${title}</title><published>2026-11-27T09:05:00Z</published><link rel="alternate" href="${link}" type="text/html"/><summary type="html">&lt;p&gt;${title} on Friday, the ministry said in a statement.&lt;/p&gt;</summary><author><name>${author}</name></author><source gr:stream-id="feed/https://www.thehindu.example.com/feeder/default.rss"><id>tag:google.com,2005:reader/feed/https://www.thehindu.example.com/feeder/default.rss</id><title type="html">The Hindu - National</title><link rel="alternate" href="https://www.thehindu.example.com/news/national/" type="text/html"/>${sourceAuthor}</source></entry>`;
    const doc = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:gr="http://www.google.com/schemas/reader/atom/"><generator uri="https://www.inoreader.com">Inoreader</generator><id>tag:google.com,2005:reader/user/1005000000/state/com.google/starred</id><title>Starred articles</title><author><name>Jane Reader</name></author><updated>2026-11-27T10:05:00Z</updated>${[
      entry('00000000abcdef12', 'Winter session to begin on December 1', 'https://www.thehindu.example.com/news/national/winter-session/article123.ece', ''),
      entry('00000000abcdef13', 'Rail fares unchanged this year', 'https://www.thehindu.example.com/news/national/rail-fares/article124.ece', 'Asha Rao'),
      entry('00000000abcdef14', 'Monsoon rains end early in Kerala', 'https://www.thehindu.example.com/news/national/monsoon/article125.ece', '', '<author><name>Staff Reporter</name></author>'),
    ].join('')}</feed>`;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen45/starred.xml', doc, 'application/atom+xml; charset=utf-8');
    expect(Object.fromEntries(stories.map((s) => [s.title, s.author]))).toEqual({
      'Winter session to begin on December 1': null,
      'Rail fares unchanged this year': 'Asha Rao',
      'Monsoon rains end early in Kerala': 'Staff Reporter',
    });
  });
});

describe('Joomla’s RSS', () => {
  it('"<author>webmaster@site (Super User)</author>", Joomla’s first account, names no one; a writer’s name in the same form stays', async () => {
    const site = 'https://www.news.example.lk';
    const joomla = (title: string, slug: string, author: string) =>
      `<item><title>${title}</title><link>${site}/index.php/news/${slug}</link><author>${author}</author><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><description><![CDATA[<p>${title} on Friday, the district secretariat said.</p>]]></description></item>`;
    const doc = `${X}<rss version="2.0"><channel><title>News</title><link>${site}/</link><description>News</description>${joomla('Relief camps inspected', '13-relief', 'webmaster@news.example.lk (Super User)')}${joomla('Paddy purchase begins', '14-paddy', 'desk@news.example.lk (Nimal Perera)')}</channel></rss>`;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen45/joomla.xml', doc, RSS_TYPE);
    expect(Object.fromEntries(stories.map((s) => [s.title, s.author]))).toEqual({ 'Relief camps inspected': null, 'Paddy purchase begins': 'Nimal Perera' });
  });
});

describe('an enclosure served as bytes ("application/octet-stream", S3’s "binary/octet-stream")', () => {
  it('a .jpg so typed is the story’s picture, and an episode’s .mp3 so typed its link, as with no type at all', async () => {
    const site = 'https://www.radio.example.np';
    const doc = `${X}<rss version="2.0"><channel><title>Radio</title><link>${site}/</link><description>News</description>` +
      `<item><title>Valley gets first snow</title><link>${site}/news/snow</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0545</pubDate><description>The first snow of the season fell on the hills around the valley on Friday.</description><enclosure url="https://media.radio.example.np/photos/snow.jpg" type="application/octet-stream" length="123456"/></item>` +
      `<item><title>Evening bulletin, 27 November</title><guid isPermaLink="false">bulletin-2026-11-27</guid><pubDate>Fri, 27 Nov 2026 19:05:00 +0545</pubDate><description>The evening news bulletin: the budget, the snow and the cricket.</description><enclosure url="https://radio-audio.s3.amazonaws.com/bulletins/2026-11-27-1900.mp3" type="binary/octet-stream" length="9876543"/></item>` +
      `</channel></rss>`;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen45/octet.xml', doc, RSS_TYPE);
    expect(Object.fromEntries(stories.map((s) => [s.title, { image: s.image, link: s.link }]))).toEqual({
      'Valley gets first snow': { image: 'https://media.radio.example.np/photos/snow.jpg', link: `${site}/news/snow` },
      'Evening bulletin, 27 November': { image: null, link: 'https://radio-audio.s3.amazonaws.com/bulletins/2026-11-27-1900.mp3' },
    });
  });
});
