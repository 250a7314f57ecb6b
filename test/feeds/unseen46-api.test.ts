import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';

/**
 * The forty-fifth round of unseen feeds as README counts them (the file is numbered after unseen45, the forty-fourth
 * round's): South Asian outlets' own feeds, built as each publishes them (own copy text), served from a real local server,
 * added and polled through POST /api/admin/feeds/poll, their stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen46-api');

const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';
const rss = (site: string, items: string) =>
  `${X}<rss version="2.0"${MEDIA}><channel><title>Desk</title><link>${site}/</link><description>News</description><language>en</language>${items}</channel></rss>`;

async function storiesOf(path: string, doc: string) {
  const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, doc, RSS_TYPE);
  return Object.fromEntries(stories.map((s) => [s.title, s]));
}

describe('Ada Derana’s feed', () => {
  it('the teaser’s "MORE.." link, run into its last sentence or on a line of its own, goes (and "More »"); "more" in copy stays', async () => {
    const site = 'http://www.adaderana.lk';
    const item = (nid: number, title: string, html: string) =>
      `<item><title>${title}</title><link>${site}/news.php?nid=${nid}</link><description><![CDATA[<img src="${site}/news_images/1764212345_${nid}_L.jpg" width="300" /> ${html}]]></description><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate></item>`;
    const read = await storiesOf('/unseen46/derana.xml', rss(site, [
      item(110001, 'Sri Lanka, India sign energy deal', `Sri Lanka and India signed an energy cooperation deal in Colombo on Friday.  <a href="${site}/news.php?nid=110001">MORE..</a>`),
      item(110002, 'Tea exports rise', `Tea exports rose by 8 per cent in October, the Tea Board said. <a href="${site}/news.php?nid=110002">More »</a>`),
      item(110004, 'Rupee steady', `<p>The rupee held steady against the dollar on Friday, the central bank said.</p><p><a href="${site}/news.php?nid=110004">MORE..</a></p>`),
      item(110003, 'Farmers want more', 'Paddy farmers asked the government for more fertiliser. They want more.'),
    ].join('')));
    expect(Object.fromEntries(Object.entries(read).map(([t, s]) => [t, { text: s.text, published: s.published, image: s.image }]))).toEqual({
      'Sri Lanka, India sign energy deal': { text: 'Sri Lanka and India signed an energy cooperation deal in Colombo on Friday.', published: '2026-11-27T04:35:00.000Z', image: `${site}/news_images/1764212345_110001_L.jpg` },
      'Tea exports rise': { text: 'Tea exports rose by 8 per cent in October, the Tea Board said.', published: '2026-11-27T04:35:00.000Z', image: `${site}/news_images/1764212345_110002_L.jpg` },
      'Rupee steady': { text: 'The rupee held steady against the dollar on Friday, the central bank said.', published: '2026-11-27T04:35:00.000Z', image: `${site}/news_images/1764212345_110004_L.jpg` },
      'Farmers want more': { text: 'Paddy farmers asked the government for more fertiliser. They want more.', published: '2026-11-27T04:35:00.000Z', image: `${site}/news_images/1764212345_110003_L.jpg` },
    });
  });
});

describe('Zee News’s and DD News’s teasers', () => {
  it('"Click here to read more", "Click here for more details", "Click here to read the full story", run in or alone, go; "Click here to register, the commission said." stays', async () => {
    const site = 'https://zeenews.india.com';
    const item = (slug: string, title: string, html: string) =>
      `<item><title>${title}</title><link>${site}/india/${slug}.html</link><guid>${site}/india/${slug}.html</guid><pubDate>Friday, November 27, 2026, 10:05 +0530</pubDate><description><![CDATA[${html}]]></description></item>`;
    const read = await storiesOf('/unseen46/zeenews.xml', rss(site, [
      item('gold-2900001', 'Gold prices fall', `Gold prices fell by ₹300 per 10 grams on Friday. <a href="${site}/india/gold-2900001.html">Click here to read more</a>`),
      item('rail-2900002', 'New trains for Bihar', `<p>The railways will run four new trains to Bihar from December.</p><p><a href="${site}/india/rail-2900002.html">Click here for more details</a></p>`),
      item('isro-2900003', 'ISRO launch on Monday', `<p>ISRO will launch a weather satellite on Monday.</p><p><a href="${site}/india/isro-2900003.html">Click here to read the full story.</a></p>`),
      item('voters-2900004', 'Voter list revised', '<p>The Election Commission revised the voter list in Delhi on Friday.</p><p>Click here to register, the commission said.</p>'),
    ].join('')));
    expect(Object.fromEntries(Object.entries(read).map(([t, s]) => [t, s.text.split('\n\n')]))).toEqual({
      'Gold prices fall': ['Gold prices fell by ₹300 per 10 grams on Friday.'],
      'New trains for Bihar': ['The railways will run four new trains to Bihar from December.'],
      'ISRO launch on Monday': ['ISRO will launch a weather satellite on Monday.'],
      'Voter list revised': ['The Election Commission revised the voter list in Delhi on Friday.', 'Click here to register, the commission said.'],
    });
    expect(read['Gold prices fall']!.published).toBe('2026-11-27T04:35:00.000Z');
  });
});

describe('the Indian Express’s feed', () => {
  it('a media:thumbnail asked at 200 wide ("…/pune-metro.jpg?w=200") gives way to the same file its description shows with no width asked (the upload)', async () => {
    const site = 'https://indianexpress.com';
    const read = await storiesOf('/unseen46/indianexpress.xml', rss(site,
      `<item><title>Pune metro extension approved</title><link>${site}/article/cities/pune/pune-metro-extension-9876543/</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><dc:creator><![CDATA[Express News Service]]></dc:creator><category><![CDATA[Pune]]></category><guid isPermaLink="false">${site}/?p=9876543</guid><description><![CDATA[<img width="1200" height="667" src="https://images.indianexpress.com/2026/11/pune-metro.jpg" class="attachment-full size-full wp-post-image" alt="" />The state cabinet approved the extension of the Pune metro to Hinjewadi on Friday.]]></description><media:thumbnail url="https://images.indianexpress.com/2026/11/pune-metro.jpg?w=200" /></item>` +
      // A copy of another file, or one asked with other parameters, is no wider copy of the thumbnail: the thumbnail stays.
      `<item><title>Nagpur flyover opens</title><link>${site}/article/cities/nagpur/flyover-9876544/</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><description><![CDATA[<img src="https://images.indianexpress.com/2026/11/flyover.jpg?crop=1" />The flyover in Nagpur opened to traffic on Friday.]]></description><media:thumbnail url="https://images.indianexpress.com/2026/11/flyover.jpg?w=200" /></item>`));
    expect(read['Pune metro extension approved']).toMatchObject({ image: 'https://images.indianexpress.com/2026/11/pune-metro.jpg', author: 'Express News Service', published: '2026-11-27T04:35:00.000Z', text: 'The state cabinet approved the extension of the Pune metro to Hinjewadi on Friday.' });
    expect(read['Nagpur flyover opens']!.image).toBe('https://images.indianexpress.com/2026/11/flyover.jpg?w=200');
  });
});

describe('the Kathmandu Post’s feed', () => {
  it('its picture through a thumbnail script ("thumb.php?src=<picture>&w=900&height=601", TimThumb’s "timthumb.php") is the picture at src, judged as itself', async () => {
    const site = 'https://kathmandupost.com';
    const item = (slug: string, title: string, picture: string) =>
      `<item><title>${title}</title><link>${site}/national/2026/11/27/${slug}</link><description><![CDATA[<p>${title}, officials said on Friday.</p>]]></description><pubDate>Fri, 27 Nov 2026 10:20:00 +0545</pubDate><author>Post Report</author><media:content url="${picture}" medium="image"/></item>`;
    const read = await storiesOf('/unseen46/kathmandupost.xml', rss(site, [
      item('load-shedding-ends', 'Load-shedding ends', 'https://assets-api.kathmandupost.com/thumb.php?src=https://assets-cdn.kathmandupost.com/uploads/source/news/2026/news/nea.jpg&amp;w=900&amp;height=601'),
      item('airport-reopens', 'Airport reopens', 'https://www.news.example.np/wp-content/themes/desk/timthumb.php?src=https%3A%2F%2Fwww.news.example.np%2Fwp-content%2Fuploads%2F2026%2F11%2Fairport.jpg&amp;w=300&amp;h=200&amp;zc=1'),
      // The theme's logo through its script is no picture of the story, as the logo is none.
      item('rain-alert', 'Rain alert issued', 'https://www.news.example.np/wp-content/themes/desk/timthumb.php?src=https://www.news.example.np/wp-content/themes/desk/images/logo.png&amp;w=300'),
      // A script whose src is no whole address keeps its picture as it is.
      item('snow-falls', 'Snow falls', 'https://www.news.example.np/thumb.php?src=uploads/snow.jpg&amp;w=300'),
    ].join('')));
    expect(Object.fromEntries(Object.entries(read).map(([t, s]) => [t, { image: s.image, published: s.published, author: s.author }]))).toEqual({
      'Load-shedding ends': { image: 'https://assets-cdn.kathmandupost.com/uploads/source/news/2026/news/nea.jpg', published: '2026-11-27T04:35:00.000Z', author: 'Post Report' },
      'Airport reopens': { image: 'https://www.news.example.np/wp-content/uploads/2026/11/airport.jpg', published: '2026-11-27T04:35:00.000Z', author: 'Post Report' },
      'Rain alert issued': { image: null, published: '2026-11-27T04:35:00.000Z', author: 'Post Report' },
      'Snow falls': { image: 'https://www.news.example.np/thumb.php?src=uploads/snow.jpg&w=300', published: '2026-11-27T04:35:00.000Z', author: 'Post Report' },
    });
  });
});
