import { describe, expect, it } from 'vitest';
import { DC, MEDIA, X } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The forty-seventh round of unseen feeds as README counts them (the file is numbered after unseen47, the forty-sixth round's):
 * the leftovers earlier rounds named (newsletters' sponsor paragraphs, Google News' article links, Tumblr's and YouTube's picture
 * sizes, an item whose description is only its title) and feeds as platforms and outlets publish them that earlier rounds did not
 * try, each built as its publisher writes it, served from a real local server, added and polled through POST /api/admin/feeds/poll,
 * its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen48-api');

const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
const NS = ` ${MEDIA} ${DC} xmlns:content="http://purl.org/rss/1.0/modules/content/"`;
const rss = (site: string, items: string[], channel = '') =>
  `${X}<rss version="2.0"${NS}><channel><title>Desk</title><link>${site}/</link><description>News</description><language>en</language>${channel}${items.join('')}</channel></rss>`;
const DATE = '<pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate>';
/** One item: its title, link and HTML copy (in CDATA), with a date, and what else it carries. */
const item = (title: string, link: string, html: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link>${DATE}<description><![CDATA[${html}]]></description>${extra}</item>`;
const p = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

type Read = Record<string, ApiStory & { categories?: string[] }>;
/** The stories of `doc` served at `path`, by title. */
async function storiesOf(path: string, doc: string | Buffer, type = RSS_TYPE): Promise<Read> {
  const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, doc, type);
  return Object.fromEntries(stories.map((s) => [s.title, s]));
}
const only = async (path: string, doc: string | Buffer, type = RSS_TYPE) => {
  const read = Object.values(await storiesOf(path, doc, type));
  expect(read).toHaveLength(1);
  return read[0]!;
};
const field = <K extends keyof ApiStory>(read: Read, key: K) => Object.fromEntries(Object.entries(read).map(([t, s]) => [t, s[key]]));

describe('a newsletter’s sponsor paragraphs', () => {
  it('a paragraph a sponsor’s label opens, and a label’s pitch down to its call to act, go; copy after a label, and copy naming a sponsor, stay', async () => {
    const site = 'https://brief.example.com';
    const read = await storiesOf('/unseen48/sponsors.xml', rss(site, [
      // Substack: the label run into the pitch, in bold.
      item('Substack issue', `${site}/p/issue-41`, p([
        'Good morning. Parliament meets on Monday for its winter session.',
        '<strong>Today’s sponsor: Acme Bank.</strong> Acme Bank makes business banking simple for small firms across the country, with no fees for the first year. Open an account in five minutes at acme.example.',
        'The government will table six bills.',
      ])),
      // Beehiiv: a heading, the pitch, its button.
      item('Beehiiv issue', `${site}/p/issue-42`, `<p>The monsoon session ended on Friday.</p><h3>SPONSORED BY ACME</h3><p>Acme’s new card gives you 5% back on every purchase and no annual fee, for as long as you hold it.</p><p><a href="https://acme.example/card?utm_source=brief">Apply now →</a></p><h3>In other news</h3><p>The court adjourned the case to December.</p>`),
      // Ghost: one long paragraph, past the 200 characters a label line has.
      item('Ghost post', `${site}/ghost-post/`, p([
        'This post is sponsored by Acme Bank, which has helped more than 40,000 small businesses across India move their payments online since 2019; its new current account opens in five minutes with no paperwork and no minimum balance, and this month it waives all fees for the first year. Learn more at acme.example.',
        'The port reopened on Friday after the storm.',
      ])),
      // Morning Brew's kind: a label, a pitch, a call to act at its end.
      item('Brew issue', `${site}/p/issue-43`, p([
        'Markets rose on Friday.', 'Presented by Acme', 'Tired of juggling five apps to run your shop? Acme puts invoices, payroll and taxes in one place. Try it free for 30 days.', 'Oil prices fell for a third day.',
      ])),
      // A podcast's ad read in the show notes.
      item('Episode notes', `${site}/episodes/12`, p(['We talk about the floods in Assam with our correspondent.', 'Sponsored by Acme. Use code BRIEF for 20% off your first order at acme.example.'])),
      // Guards: copy after a label (no call to act), copy naming a sponsor, a sign-up in a story.
      item('Festival copy', `${site}/festival`, p([
        'Together with Acme', 'Parliament meets on Monday for its winter session.', 'The government will table six bills.',
        'The festival is sponsored by Acme Bank, which said on Friday it would fund the next three editions.',
        'Sponsored by the state government, the scheme will pay farmers Rs 6,000 a year. Sign up opens on Monday, the ministry said.',
      ])),
    ]));
    expect(field(read, 'text')).toEqual({
      'Substack issue': 'Good morning. Parliament meets on Monday for its winter session.\n\nThe government will table six bills.',
      'Beehiiv issue': 'The monsoon session ended on Friday.\n\nIn other news\n\nThe court adjourned the case to December.',
      'Ghost post': 'The port reopened on Friday after the storm.',
      'Brew issue': 'Markets rose on Friday.\n\nOil prices fell for a third day.',
      'Episode notes': 'We talk about the floods in Assam with our correspondent.',
      'Festival copy': [
        'Parliament meets on Monday for its winter session.', 'The government will table six bills.',
        'The festival is sponsored by Acme Bank, which said on Friday it would fund the next three editions.',
        'Sponsored by the state government, the scheme will pay farmers Rs 6,000 a year. Sign up opens on Monday, the ministry said.',
      ].join('\n\n'),
    });
  });
});

describe('Google News’ article links', () => {
  it('the publisher’s own page where the item names it (the old redirect’s url=, the description’s anchor, a <source url> that is a page); else Google’s link, kept readable', async () => {
    const g = (id: string) => `https://news.google.com/rss/articles/${id}?oc=5`;
    const coverage = (href: string, title: string, outlet: string) => `<a href="${href}" target="_blank">${title}</a>&nbsp;&nbsp;<font color="#6f6f6f">${outlet}</font>`;
    const gitem = (title: string, outlet: string, link: string, description: string, source: string) =>
      `<item><title>${title} - ${outlet}</title><link>${link}</link><guid isPermaLink="false">${title.length}</guid>${DATE}<description><![CDATA[${description}]]></description><source url="${source}">${outlet}</source></item>`;
    const doc = `${X}<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>Top stories - Google News</title><link>https://news.google.com/?hl=en-IN&amp;gl=IN&amp;ceid=IN:en</link><language>en-IN</language><description>Google News</description>${[
      gitem('Markets rally as inflation cools', 'Reuters', g('CBMiWkFVX3lxTE1hYmNkZWZnaGlq'), coverage(g('CBMiWkFVX3lxTE1hYmNkZWZnaGlq'), 'Markets rally as inflation cools', 'Reuters'), 'https://www.reuters.com'),
      gitem('Court adjourns the hearing', 'The Hindu', 'https://news.google.com/news/url?sa=t&amp;fd=R&amp;ct2=in&amp;usg=AFQjCNEabc&amp;clid=c3a7d30bb8a4878e06b80cf16b898331&amp;ei=abc&amp;url=https://www.thehindu.com/news/national/court-adjourns/article68912345.ece', 'The court adjourned the hearing.', 'https://www.thehindu.com'),
      gitem('Ferry service resumes', 'BBC', g('CBMiWkFVX3lxTE1hYmNkZWZnaGlr'), coverage('https://www.bbc.co.uk/news/articles/c0ferry123?at_medium=RSS', 'Ferry service resumes', 'BBC'), 'https://www.bbc.co.uk'),
      gitem('Metro line opens', 'NDTV', g('CBMiWkFVX3lxTE1hYmNkZWZnaGls'), coverage(g('CBMiWkFVX3lxTE1hYmNkZWZnaGls'), 'Metro line opens', 'NDTV'), 'https://www.ndtv.com/india-news/metro-line-opens-6123456'),
    ].join('')}</channel></rss>`;
    const read = await storiesOf('/unseen48/google-news.xml', doc);
    expect(field(read, 'link')).toEqual({
      'Markets rally as inflation cools': 'https://news.google.com/rss/articles/CBMiWkFVX3lxTE1hYmNkZWZnaGlq?oc=5',
      'Court adjourns the hearing': 'https://www.thehindu.com/news/national/court-adjourns/article68912345.ece',
      'Ferry service resumes': 'https://www.bbc.co.uk/news/articles/c0ferry123',
      'Metro line opens': 'https://www.ndtv.com/india-news/metro-line-opens-6123456',
    });
    expect(field(read, 'source')).toMatchObject({ 'Markets rally as inflation cools': 'Reuters', 'Ferry service resumes': 'BBC' });
  });
});

describe('pictures at a size', () => {
  it('YouTube’s "default" and "mqdefault" give its "hqdefault", which every video has; Tumblr’s src gives way to the widest of its own srcset; a size no rule names stays', async () => {
    const site = 'https://www.desk.example.com';
    const yt = (id: string, name: string) => `https://i.ytimg.com/vi/${id}/${name}`;
    const tumblr = (size: string) => `https://64.media.tumblr.com/0123456789abcdef0123456789abcdef/fedcba9876543210-ab/${size}/0a1b2c3d4e5f.jpg`;
    const srcset = ['s75x75_c1', 's100x200', 's250x400', 's400x600', 's500x750', 's540x810', 's640x960', 's1280x1920', 's2048x3072'].map((s) => `${tumblr(s)} ${/^s(\d+)/.exec(s)![1]}w`).join(', ');
    const read = await storiesOf('/unseen48/sizes.xml', rss(site, [
      item('mq', `${site}/a`, 'Copy.', `<media:thumbnail url="${yt('dQw4w9WgXcQ', 'mqdefault.jpg')}" width="320" height="180"/>`),
      item('default', `${site}/b`, 'Copy.', `<media:thumbnail url="${yt('aBcDeFgHiJk', 'default.jpg')}" width="120" height="90"/>`),
      item('hq', `${site}/c`, 'Copy.', `<media:thumbnail url="${yt('aBcDeFgHiJl', 'hqdefault.jpg')}"/>`),
      item('maxres', `${site}/d`, 'Copy.', `<media:thumbnail url="${yt('aBcDeFgHiJm', 'maxresdefault.jpg')}"/>`),
      item('Tumblr photo', 'https://desk.tumblr.com/post/734000000000000000/ferry', `<figure class="tmblr-full" data-orig-height="3072" data-orig-width="2048"><img src="${tumblr('s640x960')}" data-orig-height="3072" data-orig-width="2048" srcset="${srcset}" sizes="(max-width: 2048px) 100vw, 2048px"/></figure><p>The ferry at dawn.</p>`),
      item('Tumblr bare', 'https://desk.tumblr.com/post/734000000000000001/pier', `<img src="${tumblr('s540x810')}"/><p>The pier.</p>`),
      item('Other srcset', `${site}/e`, `<img src="${site}/pics/a.jpg" srcset="${site}/pics/b.jpg 2048w, ${site}/pics/c.jpg 640w"/><p>Copy.</p>`),
    ]));
    expect(field(read, 'image')).toEqual({
      mq: yt('dQw4w9WgXcQ', 'hqdefault.jpg'),
      default: yt('aBcDeFgHiJk', 'hqdefault.jpg'),
      hq: yt('aBcDeFgHiJl', 'hqdefault.jpg'),
      maxres: yt('aBcDeFgHiJm', 'maxresdefault.jpg'),
      'Tumblr photo': tumblr('s2048x3072'),
      'Tumblr bare': tumblr('s540x810'),
      // src is no candidate of the srcset: it may be another picture, and stays.
      'Other srcset': `${site}/pics/a.jpg`,
    });
  });
});

describe('an item whose description is only its title', () => {
  it('has no text (MEA’s, ISPR’s and bridges’ items); a description saying more keeps all of it', async () => {
    const mea = 'https://www.mea.gov.in';
    const read = await storiesOf('/unseen48/title-only.xml', rss(mea, [
      item('Visit of Prime Minister to Japan (November 27-29, 2026)', `${mea}/press-releases.htm?dtl/38501/Visit`, 'Visit of Prime Minister to Japan (November 27-29, 2026)'),
      item('Joint Statement on the visit of the Foreign Minister of Italy', `${mea}/bilateral-documents.htm?dtl/38502/Joint`, '<p>Joint statement on the visit of the Foreign Minister of Italy </p>'),
      item('Cabinet approves new rail line', `${mea}/x/3`, '<p>Cabinet approves new rail line</p><p>The Union Cabinet on Friday approved a new rail line in Assam.</p>'),
      item('Cabinet approves port', `${mea}/x/4`, '<p>Cabinet approves port on Friday, the ministry said.</p>'),
    ]));
    expect(field(read, 'text')).toEqual({
      'Visit of Prime Minister to Japan (November 27-29, 2026)': '',
      'Joint Statement on the visit of the Foreign Minister of Italy': '',
      'Cabinet approves new rail line': 'The Union Cabinet on Friday approved a new rail line in Assam.',
      'Cabinet approves port': 'Cabinet approves port on Friday, the ministry said.',
    });
  });
});

describe('blog platforms and site generators', () => {
  it('Blogger’s Atom, Medium, WordPress.com with Jetpack, Ghost, Hugo and Jekyll: each story’s title, page, date, author, picture and text', async () => {
    const blogger = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:openSearch="http://a9.com/-/spec/opensearchrss/1.0/" xmlns:blogger="http://schemas.google.com/blogger/2008" xmlns:georss="http://www.georss.org/georss" xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr="http://purl.org/syndication/thread/1.0"><id>tag:blogger.com,1999:blog-1234567890</id><updated>2026-11-27T16:00:00.000+05:30</updated><category term="Floods"/><title type="text">Valley Notes</title><subtitle type="html"></subtitle><link rel="http://schemas.google.com/g/2005#feed" type="application/atom+xml" href="https://valleynotes.blogspot.com/feeds/posts/default"/><link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/1234567890/posts/default"/><link rel="alternate" type="text/html" href="https://valleynotes.blogspot.com/"/><author><name>Asha Rao</name><uri>http://www.blogger.com/profile/0987</uri><email>noreply@blogger.com</email><gd:image rel="http://schemas.google.com/g/2005#thumbnail" width="16" height="16" src="https://img1.blogblog.com/img/b16-rounded.gif"/></author><generator version="7.00" uri="http://www.blogger.com">Blogger</generator><openSearch:totalResults>1</openSearch:totalResults><entry><id>tag:blogger.com,1999:blog-1234567890.post-555</id><published>2026-11-27T15:35:00.000+05:30</published><updated>2026-11-27T15:40:12.345+05:30</updated><category scheme="http://www.blogger.com/atom/ns#" term="Floods"/><title type="text">River crosses the danger mark</title><content type="html">&lt;div class="separator" style="clear: both;"&gt;&lt;a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiAbC123/s1600/river.jpg" style="display: block; padding: 1em 0; text-align: center; "&gt;&lt;img alt="" border="0" width="400" data-original-height="900" data-original-width="1600" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiAbC123/w400-h225/river.jpg"/&gt;&lt;/a&gt;&lt;/div&gt;&lt;br /&gt;The river crossed the danger mark at Dibrugarh on Friday morning.&lt;br /&gt;&lt;br /&gt;Boats were sent to the low-lying wards.</content><link rel="replies" type="application/atom+xml" href="https://valleynotes.blogspot.com/feeds/555/comments/default" title="Post Comments"/><link rel="replies" type="text/html" href="https://valleynotes.blogspot.com/2026/11/river.html#comment-form" title="0 Comments"/><link rel="edit" type="application/atom+xml" href="https://www.blogger.com/feeds/1234567890/posts/default/555"/><link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/1234567890/posts/default/555"/><link rel="alternate" type="text/html" href="https://valleynotes.blogspot.com/2026/11/river.html" title="River crosses the danger mark"/><author><name>Asha Rao</name><uri>http://www.blogger.com/profile/0987</uri><email>noreply@blogger.com</email><gd:image rel="http://schemas.google.com/g/2005#thumbnail" width="16" height="16" src="https://img1.blogblog.com/img/b16-rounded.gif"/></author><media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiAbC123/s72-w400-c-h225/river.jpg" height="72" width="72"/><thr:total>0</thr:total><georss:featurename>Dibrugarh, Assam, India</georss:featurename><georss:point>27.4728 94.9120</georss:point></entry></feed>`;
    expect.soft(await only('/unseen48/blogger.xml', blogger, ATOM_TYPE)).toMatchObject({
      title: 'River crosses the danger mark', link: 'https://valleynotes.blogspot.com/2026/11/river.html', published: '2026-11-27T10:05:00.000Z', author: 'Asha Rao',
      image: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiAbC123/s1600/river.jpg',
      text: 'The river crossed the danger mark at Dibrugarh on Friday morning.\n\nBoats were sent to the low-lying wards.',
    });

    const medium = `${X}<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"><channel><title><![CDATA[Desk Notes - Medium]]></title><description><![CDATA[Notes - Medium]]></description><link>https://medium.com/desk-notes?source=rss----abc123---4</link><image><url>https://cdn-images-1.medium.com/proxy/1*TGH72Nnw24QL3iV9IOm4VA.png</url><title>Desk Notes - Medium</title><link>https://medium.com/desk-notes?source=rss----abc123---4</link></image><generator>Medium</generator><lastBuildDate>Fri, 27 Nov 2026 10:30:00 GMT</lastBuildDate><atom:link href="https://medium.com/feed/desk-notes" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster><atom:link href="http://medium.superfeedr.com" rel="hub"/><item><title><![CDATA[Why the city’s buses run late]]></title><link>https://medium.com/desk-notes/why-the-citys-buses-run-late-4f1e2d3c4b5a?source=rss----abc123---4</link><guid isPermaLink="false">https://medium.com/p/4f1e2d3c4b5a</guid><category><![CDATA[transport]]></category><dc:creator><![CDATA[Vikram Singh]]></dc:creator><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><atom:updated>2026-11-27T10:20:00.123Z</atom:updated><content:encoded><![CDATA[<h3>Why the city’s buses run late</h3><figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*AbCdEf123.jpeg" /><figcaption>Buses at the depot. Photo by the author.</figcaption></figure><p>Half the city’s buses ran late in October, the transport department’s figures show.</p><p>The depots lack drivers.</p><img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId=4f1e2d3c4b5a" width="1" height="1" alt=""><hr><p><a href="https://medium.com/desk-notes/why-the-citys-buses-run-late-4f1e2d3c4b5a">Why the city’s buses run late</a> was originally published in <a href="https://medium.com/desk-notes">Desk Notes</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>]]></content:encoded></item></channel></rss>`;
    expect.soft(await only('/unseen48/medium.xml', medium)).toMatchObject({
      title: 'Why the city’s buses run late', link: 'https://medium.com/desk-notes/why-the-citys-buses-run-late-4f1e2d3c4b5a', author: 'Vikram Singh',
      image: 'https://cdn-images-1.medium.com/max/1024/1*AbCdEf123.jpeg', text: 'Half the city’s buses ran late in October, the transport department’s figures show.\n\nThe depots lack drivers.',
    });

    const wpcom = `${X}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:georss="http://www.georss.org/georss" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Hill Diary</title><atom:link href="https://hilldiary.wordpress.com/feed/" rel="self" type="application/rss+xml"/><link>https://hilldiary.wordpress.com</link><description>Notes from the hills</description><lastBuildDate>Fri, 27 Nov 2026 10:10:00 +0000</lastBuildDate><language>en</language><generator>http://wordpress.com/</generator><cloud domain="hilldiary.wordpress.com" port="80" path="/?rsscloud=notify" registerProcedure="" protocol="http-post"/><image><url>https://s0.wp.com/i/buttonw-com.png</url><title>Hill Diary</title><link>https://hilldiary.wordpress.com</link></image><atom:link rel="search" type="application/opensearchdescription+xml" href="https://hilldiary.wordpress.com/osd.xml" title="Hill Diary"/><atom:link rel="hub" href="https://hilldiary.wordpress.com/?pushpress=hub"/><item><title>Snow closes the pass</title><link>https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/</link><comments>https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/#respond</comments><dc:creator><![CDATA[meerahills]]></dc:creator><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><category><![CDATA[Uncategorized]]></category><guid isPermaLink="false">http://hilldiary.wordpress.com/?p=2345</guid><description><![CDATA[Snow closed the pass on Friday. &#8230; <a href="https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/">Continue reading <span class="meta-nav">&#8594;</span></a>]]></description><content:encoded><![CDATA[<figure class="wp-block-image size-large"><img data-attachment-id="2346" data-permalink="https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/pass/" data-orig-file="https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg" data-orig-size="2048,1365" data-medium-file="https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=300" data-large-file="https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=1024" width="1024" height="682" src="https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=1024" alt="" class="wp-image-2346" srcset="https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=1024 1024w, https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=2048 2048w, https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=150 150w" sizes="(max-width: 1024px) 100vw, 1024px" /></figure><p>Snow closed the pass on Friday, and the army cleared it by evening.</p><div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/?share=twitter" target="_blank" title="Click to share on X"><span>X</span></a></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1-2345-abc' data-src='//widgets.wp.com/likes/index.html' data-name='like-post-frame-1-2345-abc' data-title='Like or Reblog'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div></div>]]></content:encoded><wfw:commentRss>https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/feed/</wfw:commentRss><slash:comments>0</slash:comments><media:content url="https://0.gravatar.com/avatar/abc123def456?s=96&amp;d=identicon&amp;r=G" medium="image"><media:title type="html">meerahills</media:title></media:content><media:content url="https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg?w=300" medium="image"/></item></channel></rss>`;
    expect.soft(await only('/unseen48/wpcom.xml', wpcom)).toMatchObject({
      title: 'Snow closes the pass', link: 'https://hilldiary.wordpress.com/2026/11/27/snow-closes-the-pass/', author: 'meerahills',
      image: 'https://hilldiary.wordpress.com/wp-content/uploads/2026/11/pass.jpg', text: 'Snow closed the pass on Friday, and the army cleared it by evening.',
    });

    const ghost = `${X}<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[The Ledger]]></title><description><![CDATA[Money, weekly]]></description><link>https://ledger.example.com/</link><image><url>https://ledger.example.com/favicon.png</url><title>The Ledger</title><link>https://ledger.example.com/</link></image><generator>Ghost 5.74</generator><lastBuildDate>Fri, 27 Nov 2026 10:10:00 GMT</lastBuildDate><atom:link href="https://ledger.example.com/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl><item><title><![CDATA[Rates hold, for now]]></title><description><![CDATA[The central bank held rates on Friday.]]></description><link>https://ledger.example.com/rates-hold/</link><guid isPermaLink="false">6564a1b2c3d4e5f6a7b8c9d0</guid><category><![CDATA[Economy]]></category><dc:creator><![CDATA[Ravi Menon]]></dc:creator><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><media:content url="https://ledger.example.com/content/images/2026/11/bank.jpg" medium="image"/><content:encoded><![CDATA[<img src="https://ledger.example.com/content/images/2026/11/bank.jpg" alt="Rates hold, for now"><p>The central bank held rates on Friday, as expected.</p><div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">Today’s sponsor: Acme Bank.</strong></b> Acme’s business account opens in five minutes with no paperwork. Open an account at acme.example.</div></div><p>Markets had priced it in.</p>]]></content:encoded></item></channel></rss>`;
    expect.soft(await only('/unseen48/ghost.xml', ghost)).toMatchObject({
      title: 'Rates hold, for now', link: 'https://ledger.example.com/rates-hold/', author: 'Ravi Menon', image: 'https://ledger.example.com/content/images/2026/11/bank.jpg',
      text: 'The central bank held rates on Friday, as expected.\n\nMarkets had priced it in.',
    });

    const hugo = `${X}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Field Notes</title><link>https://notes.example.org/</link><description>Recent content on Field Notes</description><generator>Hugo -- gohugo.io</generator><language>en-us</language><lastBuildDate>Fri, 27 Nov 2026 10:05:00 +0530</lastBuildDate><atom:link href="https://notes.example.org/index.xml" rel="self" type="application/rss+xml"/><item><title>Counting the cranes</title><link>https://notes.example.org/posts/counting-the-cranes/</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><guid>https://notes.example.org/posts/counting-the-cranes/</guid><description>&lt;p&gt;Volunteers counted 212 cranes at the lake on Friday.&lt;/p&gt;&#xA;&lt;p&gt;&lt;img src=&#34;/images/cranes.jpg&#34; alt=&#34;Cranes&#34;&gt;&lt;/p&gt;&#xA;&lt;p&gt;The count was the highest in a decade.&lt;/p&gt;</description></item></channel></rss>`;
    expect.soft(await only('/unseen48/hugo.xml', hugo)).toMatchObject({
      title: 'Counting the cranes', link: 'https://notes.example.org/posts/counting-the-cranes/', published: '2026-11-27T04:35:00.000Z', image: 'https://notes.example.org/images/cranes.jpg',
      text: 'Volunteers counted 212 cranes at the lake on Friday.\n\nThe count was the highest in a decade.',
    });

    const jekyll = `${X}<feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.3.2">Jekyll</generator><link href="https://lab.example.net/feed.xml" rel="self" type="application/atom+xml" /><link href="https://lab.example.net/" rel="alternate" type="text/html" /><updated>2026-11-27T10:05:00+00:00</updated><id>https://lab.example.net/feed.xml</id><title type="html">Lab Log</title><subtitle>What the lab did</subtitle><author><name>Lab Team</name></author><entry><title type="html">Sensors &amp;amp; solar: the new station</title><link href="https://lab.example.net/2026/11/27/new-station.html" rel="alternate" type="text/html" title="Sensors &amp;amp; solar: the new station" /><published>2026-11-27T10:05:00+00:00</published><updated>2026-11-27T10:05:00+00:00</updated><id>https://lab.example.net/2026/11/27/new-station</id><content type="html" xml:base="https://lab.example.net/2026/11/27/new-station.html">&lt;p&gt;&lt;img src=&quot;/assets/img/station.jpg&quot; alt=&quot;Station&quot; /&gt;&lt;/p&gt;&lt;p&gt;The new weather station went live on Friday.&lt;/p&gt;</content><author><name>Priya Nair</name></author><category term="stations" /><summary type="html">The new weather station went live on Friday.</summary><media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="https://lab.example.net/assets/img/station-thumb.jpg" /><media:content medium="image" url="https://lab.example.net/assets/img/station.jpg" xmlns:media="http://search.yahoo.com/mrss/" /></entry></feed>`;
    expect.soft(await only('/unseen48/jekyll.xml', jekyll, ATOM_TYPE)).toMatchObject({
      title: 'Sensors & solar: the new station', link: 'https://lab.example.net/2026/11/27/new-station.html', author: 'Priya Nair', image: 'https://lab.example.net/assets/img/station.jpg',
      text: 'The new weather station went live on Friday.',
    });
  });
});

describe('CMSs’ own feeds', () => {
  it('guard: Drupal 7 and 10, Joomla, Arc XP, Brightspot, BLOX (TownNews), WordPress VIP and a FeedBurner remnant read as before: no field labels, usernames or stamps in the text', async () => {
    const drupal7 = `${X}<rss version="2.0" xml:base="https://www.citycouncil.example.gov" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>City Council - News</title><link>https://www.citycouncil.example.gov</link><description></description><language>en</language><item><title>Water supply cut on Sunday</title><link>https://www.citycouncil.example.gov/news/water-supply-cut-sunday</link><description>&lt;div class=&quot;field field-name-field-image field-type-image field-label-hidden&quot;&gt;&lt;div class=&quot;field-items&quot;&gt;&lt;div class=&quot;field-item even&quot;&gt;&lt;img typeof=&quot;foaf:Image&quot; src=&quot;https://www.citycouncil.example.gov/sites/default/files/styles/large/public/news/pipes.jpg?itok=AbCd1234&quot; width=&quot;480&quot; height=&quot;320&quot; alt=&quot;&quot; /&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class=&quot;field field-name-body field-type-text-with-summary field-label-hidden&quot;&gt;&lt;div class=&quot;field-items&quot;&gt;&lt;div class=&quot;field-item even&quot; property=&quot;content:encoded&quot;&gt;&lt;p&gt;Water supply will be cut in the old town on Sunday for pipe repairs.&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class=&quot;field field-name-field-tags field-type-taxonomy-term-reference field-label-above&quot;&gt;&lt;div class=&quot;field-label&quot;&gt;Tags:&amp;nbsp;&lt;/div&gt;&lt;div class=&quot;field-items&quot;&gt;&lt;div class=&quot;field-item even&quot;&gt;&lt;a href=&quot;/tags/water&quot; typeof=&quot;skos:Concept&quot; property=&quot;rdfs:label skos:prefLabel&quot;&gt;Water&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><dc:creator>admin</dc:creator><guid isPermaLink="false">1234 at https://www.citycouncil.example.gov</guid><comments>https://www.citycouncil.example.gov/news/water-supply-cut-sunday#comments</comments></item></channel></rss>`;
    expect.soft(await only('/unseen48/drupal7.xml', drupal7)).toMatchObject({
      title: 'Water supply cut on Sunday', link: 'https://www.citycouncil.example.gov/news/water-supply-cut-sunday', author: null,
      image: 'https://www.citycouncil.example.gov/sites/default/files/news/pipes.jpg', text: 'Water supply will be cut in the old town on Sunday for pipe repairs.',
    });

    const drupal10 = `${X}<rss version="2.0" xml:base="https://www.university.example.edu/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>University News</title><link>https://www.university.example.edu/</link><description/><language>en</language><atom:link href="https://www.university.example.edu/rss.xml" rel="self" type="application/rss+xml"/><item><title>Library opens new reading room</title><link>https://www.university.example.edu/news/library-opens-new-reading-room</link><description>&lt;span class=&quot;field field--name-title field--type-string field--label-hidden&quot;&gt;Library opens new reading room&lt;/span&gt;
&lt;span class=&quot;field field--name-uid field--type-entity-reference field--label-hidden&quot;&gt;&lt;span lang=&quot;&quot; typeof=&quot;schema:Person&quot; property=&quot;schema:name&quot; datatype=&quot;&quot;&gt;webeditor&lt;/span&gt;&lt;/span&gt;
&lt;span class=&quot;field field--name-created field--type-created field--label-hidden&quot;&gt;&lt;time datetime=&quot;2026-11-27T10:05:00+00:00&quot; title=&quot;Friday, November 27, 2026 - 10:05&quot; class=&quot;datetime&quot;&gt;Fri, 11/27/2026 - 10:05&lt;/time&gt;
&lt;/span&gt;
&lt;div class=&quot;clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item&quot;&gt;&lt;p&gt;The library opened a new reading room on Friday, with 200 seats.&lt;/p&gt;&lt;/div&gt;
</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><dc:creator><span lang="" typeof="schema:Person" property="schema:name" datatype="">webeditor</span></dc:creator><guid isPermaLink="false">567 at https://www.university.example.edu</guid></item></channel></rss>`;
    expect.soft(await only('/unseen48/drupal10.xml', drupal10)).toMatchObject({
      title: 'Library opens new reading room', link: 'https://www.university.example.edu/news/library-opens-new-reading-room', published: '2026-11-27T10:05:00.000Z',
      text: 'The library opened a new reading room on Friday, with 200 seats.',
    });

    const joomla = `${X}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>District Portal - News</title><description><![CDATA[News from the district]]></description><link>https://district.example.gov.in/index.php/news</link><lastBuildDate>Fri, 27 Nov 2026 15:40:00 +0530</lastBuildDate><generator>Joomla! - Open Source Content Management</generator><atom:link rel="self" type="application/rss+xml" href="https://district.example.gov.in/index.php/news?format=feed&amp;type=rss"/><language>en-gb</language><item><title>Camp for farmers on Monday</title><link>https://district.example.gov.in/index.php/news/142-camp-for-farmers</link><guid isPermaLink="true">https://district.example.gov.in/index.php/news/142-camp-for-farmers</guid><description><![CDATA[<p><img src="images/news/camp.jpg" alt="" /></p><p>A camp for farmers will be held at the block office on Monday.</p><p class="readmore"><a href="/index.php/news/142-camp-for-farmers">Read more ...</a></p>]]></description><author>webmaster@district.example.gov.in (Kavita Sharma)</author><category>News</category><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate></item></channel></rss>`;
    expect.soft(await only('/unseen48/joomla.xml', joomla)).toMatchObject({
      title: 'Camp for farmers on Monday', link: 'https://district.example.gov.in/index.php/news/142-camp-for-farmers', author: 'Kavita Sharma', published: '2026-11-27T10:05:00.000Z',
      image: 'https://district.example.gov.in/images/news/camp.jpg', text: 'A camp for farmers will be held at the block office on Monday.',
    });

    const arc = `${X}<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel><title><![CDATA[The Daily Paper]]></title><link>https://www.dailypaper.example.com</link><atom:link href="https://www.dailypaper.example.com/arc/outboundfeeds/rss/?outputType=xml" rel="self" type="application/rss+xml"/><description><![CDATA[The Daily Paper News Feed]]></description><lastBuildDate>Fri, 27 Nov 2026 10:10:00 +0000</lastBuildDate><language>en</language><sy:updatePeriod>hourly</sy:updatePeriod><item><title><![CDATA[Council passes the budget]]></title><link>https://www.dailypaper.example.com/news/2026/11/27/council-passes-the-budget/</link><guid isPermaLink="true">https://www.dailypaper.example.com/news/2026/11/27/council-passes-the-budget/</guid><dc:creator><![CDATA[Jane Doe]]></dc:creator><description><![CDATA[The vote was 7-2.]]></description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><content:encoded><![CDATA[<p>The council passed the budget on Friday by seven votes to two.</p><p>It raises spending on roads.</p>]]></content:encoded><media:content type="image/jpeg" url="https://cloudfront-us-east-1.images.arcpublishing.com/dailypaper/ABCDEF1234567.jpg"><media:title type="plain"><![CDATA[Council chamber]]></media:title><media:description type="plain"><![CDATA[Members vote on Friday.]]></media:description><media:credit role="author" scheme="urn:ebu"><![CDATA[Staff Photo]]></media:credit></media:content></item></channel></rss>`;
    expect.soft(await only('/unseen48/arc.xml', arc)).toMatchObject({
      title: 'Council passes the budget', link: 'https://www.dailypaper.example.com/news/2026/11/27/council-passes-the-budget/', author: 'Jane Doe',
      image: 'https://cloudfront-us-east-1.images.arcpublishing.com/dailypaper/ABCDEF1234567.jpg', text: 'The council passed the budget on Friday by seven votes to two.\n\nIt raises spending on roads.',
    });

    const brightspot = `${X}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Metro Radio News</title><link>https://www.metroradio.example.org</link><description>News</description><item><title>Bridge reopens after repairs</title><link>https://www.metroradio.example.org/news/2026-11-27/bridge-reopens-after-repairs</link><description><![CDATA[The bridge reopened on Friday after six months of repairs.]]></description><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><guid isPermaLink="false">00000189-abcd-d123-a7fd-ffff12340000</guid><dc:creator>By Sam Lee</dc:creator><media:content url="https://www.metroradio.example.org/dims4/default/4c5d6e7/2147483647/strip/true/crop/3000x2000+0+0/resize/840x560!/quality/90/?url=https%3A%2F%2Fbrightspot-bucket.s3.amazonaws.com%2Fab%2Fcd%2Fbridge.jpg" medium="image"/></item></channel></rss>`;
    expect.soft(await only('/unseen48/brightspot.xml', brightspot)).toMatchObject({
      title: 'Bridge reopens after repairs', link: 'https://www.metroradio.example.org/news/2026-11-27/bridge-reopens-after-repairs', author: 'Sam Lee',
      image: 'https://www.metroradio.example.org/dims4/default/4c5d6e7/2147483647/strip/true/crop/3000x2000+0+0/resize/840x560!/quality/90/?url=https%3A%2F%2Fbrightspot-bucket.s3.amazonaws.com%2Fab%2Fcd%2Fbridge.jpg',
    });

    const blox = `${X}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>valleyherald.example.com - RSS Results in news/local of type article</title><link>https://www.valleyherald.example.com/search/?f=rss&amp;t=article&amp;c=news/local&amp;l=50&amp;s=start_time&amp;sd=desc</link><description>Most recent results</description><generator>TN3 - Blox</generator><item><title>School board delays vote</title><description>The school board delayed its vote on the new calendar to December.</description><pubDate>Fri, 27 Nov 2026 05:05:00 -0500</pubDate><link>https://www.valleyherald.example.com/news/local/school-board-delays-vote/article_3f2a1b4c-ac11-11ee-9b6e-0b1234567890.html</link><guid isPermaLink="false">https://www.valleyherald.example.com/news/local/school-board-delays-vote/article_3f2a1b4c-ac11-11ee-9b6e-0b1234567890.html</guid><dc:creator>Maria Lopez mlopez@valleyherald.example.com</dc:creator><enclosure url="https://bloximages.newyork1.vip.townnews.com/valleyherald.example.com/content/tncms/assets/v3/editorial/a/bc/abc12345-ac11-11ee-9b6e-0b1234567890/6564a1b2c3d4e.image.jpg?resize=300%2C200" length="24680" type="image/jpeg"/><category>News/Local</category></item></channel></rss>`;
    expect.soft(await only('/unseen48/blox.xml', blox)).toMatchObject({
      title: 'School board delays vote', link: 'https://www.valleyherald.example.com/news/local/school-board-delays-vote/article_3f2a1b4c-ac11-11ee-9b6e-0b1234567890.html', author: 'Maria Lopez',
      // BLOX's "?resize=" stays: no documented rule says what the address without it serves.
      published: '2026-11-27T10:05:00.000Z', image: 'https://bloximages.newyork1.vip.townnews.com/valleyherald.example.com/content/tncms/assets/v3/editorial/a/bc/abc12345-ac11-11ee-9b6e-0b1234567890/6564a1b2c3d4e.image.jpg?resize=300%2C200',
    });

    const vip = rss('https://www.metrodaily.example.com', [item('Metro fares to rise', 'https://www.metrodaily.example.com/2026/11/27/metro-fares-to-rise/?utm_source=rss&amp;utm_medium=rss&amp;utm_campaign=metro-fares-to-rise', '<p>Metro fares will rise by 10% from January, the corporation said on Friday.</p><p>The post <a href="https://www.metrodaily.example.com/2026/11/27/metro-fares-to-rise/">Metro fares to rise</a> appeared first on <a href="https://www.metrodaily.example.com">Metro Daily</a>.</p>',
      '<dc:creator><![CDATA[Anil Kumar]]></dc:creator><media:thumbnail url="https://www.metrodaily.example.com/wp-content/uploads/2026/11/metro.jpg?w=150"/><media:content url="https://www.metrodaily.example.com/wp-content/uploads/2026/11/metro.jpg?w=1024" medium="image"/>')]);
    expect.soft(await only('/unseen48/vip.xml', vip)).toMatchObject({
      link: 'https://www.metrodaily.example.com/2026/11/27/metro-fares-to-rise/', author: 'Anil Kumar', image: 'https://www.metrodaily.example.com/wp-content/uploads/2026/11/metro.jpg',
      text: 'Metro fares will rise by 10% from January, the corporation said on Friday.',
    });

    const feedburner = `${X}<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel><title>Old Desk Blog</title><link>https://olddesk.example.com/</link><description>d</description><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/OldDeskBlog"/><feedburner:info uri="olddeskblog"/><item><title>Archive goes online</title><link>http://feedproxy.google.com/~r/OldDeskBlog/~3/AbCdEf12345/</link><description>&lt;p&gt;The paper’s archive went online on Friday.&lt;/p&gt;&lt;div class="feedflare"&gt;&lt;a href="http://feeds.feedburner.com/~ff/OldDeskBlog?a=AbCdEf12345:XyZ:yIl2AUoC8zA"&gt;&lt;img src="http://feeds.feedburner.com/~ff/OldDeskBlog?d=yIl2AUoC8zA" border="0"&gt;&lt;/img&gt;&lt;/a&gt;&lt;/div&gt;&lt;img src="http://feeds.feedburner.com/~r/OldDeskBlog/~4/AbCdEf12345" height="1" width="1" alt=""/&gt;</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><guid isPermaLink="false">https://olddesk.example.com/?p=99</guid><feedburner:origLink>https://olddesk.example.com/2026/11/archive-goes-online/</feedburner:origLink></item></channel></rss>`;
    expect.soft(await only('/unseen48/feedburner.xml', feedburner)).toMatchObject({
      link: 'https://olddesk.example.com/2026/11/archive-goes-online/', image: null, text: 'The paper’s archive went online on Friday.',
    });
  });
});

describe('social and audio', () => {
  it('Mastodon’s and Bluesky’s untitled posts, a podcast’s episode with its itunes tags, Tumblr’s photo post and YouTube’s channel Atom', async () => {
    const mastodon = `${X}<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>City Desk</title><description>Public posts from @citydesk@mastodon.example</description><link>https://mastodon.example/@citydesk</link><image><url>https://files.mastodon.example/accounts/avatars/109/000/000/original/abc.png</url><title>City Desk</title><link>https://mastodon.example/@citydesk</link></image><lastBuildDate>Fri, 27 Nov 2026 10:05:00 +0000</lastBuildDate><webfeeds:icon>https://files.mastodon.example/accounts/avatars/109/000/000/original/abc.png</webfeeds:icon><generator>Mastodon v4.2.1</generator><item><guid isPermaLink="true">https://mastodon.example/@citydesk/111222333444555666</guid><link>https://mastodon.example/@citydesk/111222333444555666</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><description>&lt;p&gt;The council approved the new cycle lanes on Friday. Work starts in January.&lt;/p&gt;&lt;p&gt;&lt;a href="https://mastodon.example/tags/cycling" class="mention hashtag" rel="tag"&gt;#&lt;span&gt;cycling&lt;/span&gt;&lt;/a&gt; &lt;a href="https://mastodon.example/tags/city" class="mention hashtag" rel="tag"&gt;#&lt;span&gt;city&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;</description><media:content url="https://files.mastodon.example/media_attachments/files/111/222/333/original/lanes.jpg" type="image/jpeg" fileSize="245678" medium="image"><media:rating scheme="urn:simple">nonadult</media:rating><media:description type="plain">Cyclists on a new lane</media:description></media:content><category>cycling</category><category>city</category></item></channel></rss>`;
    expect.soft(await only('/unseen48/mastodon.xml', mastodon)).toMatchObject({
      title: 'The council approved the new cycle lanes on Friday', link: 'https://mastodon.example/@citydesk/111222333444555666',
      image: 'https://files.mastodon.example/media_attachments/files/111/222/333/original/lanes.jpg', text: 'The council approved the new cycle lanes on Friday. Work starts in January.',
    });

    const bluesky = `${X}<rss version="2.0"><channel><description>City news, as it happens</description><link>https://bsky.app/profile/citydesk.bsky.social</link><title>@citydesk.bsky.social - City Desk</title><item><link>https://bsky.app/profile/citydesk.bsky.social/post/3kabcdefgh2x</link><description>The ferry resumed service on Friday after the storm.

Crossings run every 30 minutes.</description><pubDate>27 Nov 2026 10:05 +0000</pubDate><guid isPermaLink="false">at://did:plc:abcdefghijklmnop/app.bsky.feed.post/3kabcdefgh2x</guid></item></channel></rss>`;
    expect.soft(await only('/unseen48/bluesky.xml', bluesky)).toMatchObject({
      title: 'The ferry resumed service on Friday after the storm', link: 'https://bsky.app/profile/citydesk.bsky.social/post/3kabcdefgh2x', published: '2026-11-27T10:05:00.000Z',
      text: 'The ferry resumed service on Friday after the storm.\n\nCrossings run every 30 minutes.',
    });

    const podcast = `${X}<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>The Daily Brief</title><link>https://brief.example.fm</link><language>en</language><itunes:author>Brief Audio</itunes:author><itunes:owner><itunes:name>Brief Audio</itunes:name><itunes:email>hello@brief.example.fm</itunes:email></itunes:owner><itunes:image href="https://cdn.brief.example.fm/show.jpg"/><itunes:category text="News"><itunes:category text="Daily News"/></itunes:category><itunes:explicit>false</itunes:explicit><description>Ten minutes of news.</description><item><title>Ep. 212: Floods in Assam</title><itunes:title>Floods in Assam</itunes:title><itunes:episode>212</itunes:episode><itunes:episodeType>full</itunes:episodeType><itunes:author>Brief Audio</itunes:author><description><![CDATA[<p>Our correspondent on the floods in Assam, and what comes next.</p><p>Sponsored by Acme. Go to acme.example/brief and use code BRIEF for 20% off your first order.</p><p>Learn more about your ad choices. Visit megaphone.fm/adchoices</p>]]></description><content:encoded><![CDATA[<p>Our correspondent on the floods in Assam, and what comes next.</p><p>Sponsored by Acme. Go to acme.example/brief and use code BRIEF for 20% off your first order.</p><p>Learn more about your ad choices. Visit megaphone.fm/adchoices</p>]]></content:encoded><enclosure url="https://traffic.megaphone.example/BRF1234567890.mp3?updated=1764230000" length="0" type="audio/mpeg"/><itunes:duration>612</itunes:duration><itunes:image href="https://cdn.brief.example.fm/ep212.jpg"/><guid isPermaLink="false">a1b2c3d4-e5f6-11ee-9b6e-0b1234567890</guid><pubDate>Fri, 27 Nov 2026 10:05:00 -0000</pubDate><link>https://brief.example.fm/episodes/212</link><itunes:explicit>false</itunes:explicit></item></channel></rss>`;
    expect.soft(await only('/unseen48/podcast.xml', podcast)).toMatchObject({
      title: 'Ep. 212: Floods in Assam', link: 'https://brief.example.fm/episodes/212', image: 'https://cdn.brief.example.fm/ep212.jpg', text: 'Our correspondent on the floods in Assam, and what comes next.',
    });

    const youtube = `${X}<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv"/><id>yt:channel:abcdefghijklmnopqrstuv</id><yt:channelId>abcdefghijklmnopqrstuv</yt:channelId><title>Desk TV</title><link rel="alternate" href="https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"/><author><name>Desk TV</name><uri>https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv</uri></author><published>2020-01-01T00:00:00+00:00</published><entry><id>yt:video:dQw4w9WgXcQ</id><yt:videoId>dQw4w9WgXcQ</yt:videoId><yt:channelId>UCabcdefghijklmnopqrstuv</yt:channelId><title>Floods: the view from the air</title><link rel="alternate" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"/><author><name>Desk TV</name><uri>https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv</uri></author><published>2026-11-27T10:05:00+00:00</published><updated>2026-11-27T10:20:00+00:00</updated><media:group><media:title>Floods: the view from the air</media:title><media:content url="https://www.youtube.com/v/dQw4w9WgXcQ?version=3" type="application/x-shockwave-flash" width="640" height="390"/><media:thumbnail url="https://i2.ytimg.com/vi/dQw4w9WgXcQ/mqdefault.jpg" width="320" height="180"/><media:description>Drone footage of the floods in Assam on Friday.</media:description><media:community><media:starRating count="10" average="5.00" min="1" max="5"/><media:statistics views="1234"/></media:community></media:group></entry></feed>`;
    expect.soft(await only('/unseen48/youtube.xml', youtube, ATOM_TYPE)).toMatchObject({
      title: 'Floods: the view from the air', link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', image: 'https://i2.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg', text: 'Drone footage of the floods in Assam on Friday.',
    });
  });
});

describe('the formats’ own corners', () => {
  it('guard: RSS with <source>, Atom’s several alternates and xhtml content, JSON Feed 1.1’s authors and extensions, RSS 1.0 with dc: only, double-escaped entities, CDATA in CDATA, a BOM with leading blank lines and xml:lang', async () => {
    const planet = rss('https://planet.example.org', [
      `<item><title>Notes on the tide tables</title><link>https://harbour.example.net/2026/11/tides</link>${DATE}<description>The tide tables for December are out.</description><source url="https://harbour.example.net/feed.xml">Harbour Notes</source></item>`,
    ]);
    expect.soft(await only('/unseen48/planet.xml', planet)).toMatchObject({ link: 'https://harbour.example.net/2026/11/tides', source: 'Harbour Notes', text: 'The tide tables for December are out.' });

    const atomLinks = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Desk</title><id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id><updated>2026-11-27T11:05:00+01:00</updated><link href="https://desk.example.fr/"/><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Le pont <em>rouvre</em> vendredi</div></title><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id><link rel="alternate" type="application/json" href="https://desk.example.fr/api/articles/42.json"/><link rel="alternate" type="text/html" hreflang="fr" href="https://desk.example.fr/articles/42-le-pont-rouvre"/><link rel="alternate" type="text/html" hreflang="en" href="https://desk.example.fr/en/articles/42-bridge-reopens"/><link rel="enclosure" type="image/jpeg" length="1234" href="https://desk.example.fr/img/pont.jpg"/><link rel="related" href="https://autre.example.com/pont"/><updated>2026-11-27T11:05:00+01:00</updated><author><name>Claire Martin</name></author><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><div class="article"><p>Le pont rouvre vendredi après six mois de travaux.</p><div><p>La circulation reprend à 6 heures.</p></div></div></div></content></entry></feed>`;
    expect.soft(await only('/unseen48/atom-links.xml', atomLinks, ATOM_TYPE)).toMatchObject({
      title: 'Le pont rouvre vendredi', link: 'https://desk.example.fr/articles/42-le-pont-rouvre', published: '2026-11-27T10:05:00.000Z', author: 'Claire Martin',
      image: 'https://desk.example.fr/img/pont.jpg', text: 'Le pont rouvre vendredi après six mois de travaux.\n\nLa circulation reprend à 6 heures.',
    });

    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'Desk JSON', home_page_url: 'https://json.example.com/', feed_url: 'https://json.example.com/feed.json', language: 'en-IN',
      authors: [{ name: 'Desk Staff', url: 'https://json.example.com/staff' }], _desk: { about: 'https://json.example.com/about' },
      items: [
        { id: 'https://json.example.com/2026/11/27/rains', url: 'https://json.example.com/2026/11/27/rains?utm_source=jsonfeed', title: 'Rains lash the coast', content_html: '<p>Heavy rain lashed the coast on Friday.</p>', image: 'https://json.example.com/img/rain.jpg', banner_image: 'https://json.example.com/img/rain-banner.jpg', date_published: '2026-11-27T15:35:00+05:30', authors: [{ name: 'Meera Iyer', avatar: 'https://json.example.com/img/meera.jpg' }], tags: ['weather'], _desk: { priority: 1 } },
        { id: 'tag:json.example.com,2026:2', url: 'https://json.example.com/2026/11/27/port', title: 'Port reopens', content_text: 'The port reopened on Friday.', date_published: '2026-11-27T15:35:00+05:30' },
      ],
    });
    const jsonRead = await storiesOf('/unseen48/feed.json', json, 'application/feed+json');
    expect(jsonRead['Rains lash the coast']).toMatchObject({ link: 'https://json.example.com/2026/11/27/rains', author: 'Meera Iyer', image: 'https://json.example.com/img/rain.jpg', published: '2026-11-27T10:05:00.000Z', text: 'Heavy rain lashed the coast on Friday.' });
    expect(jsonRead['Port reopens']).toMatchObject({ author: 'Desk Staff', text: 'The port reopened on Friday.' });

    const rdf = `${X}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja"><channel rdf:about="https://press.example.jp/rss.rdf"><title>Press Room</title><link>https://press.example.jp/</link><description>Releases</description><dc:language>ja</dc:language><items><rdf:Seq><rdf:li rdf:resource="https://press.example.jp/release/2026/1127.html"/></rdf:Seq></items></channel><item rdf:about="https://press.example.jp/release/2026/1127.html"><title>Minister to visit India</title><dc:date>2026-11-27T19:05:00+09:00</dc:date><dc:creator>Press Division</dc:creator><dc:subject>Diplomacy</dc:subject><dc:description>The minister will visit India next week for talks.</dc:description></item></rdf:RDF>`;
    expect.soft(await only('/unseen48/rdf.rdf', rdf, 'application/rdf+xml')).toMatchObject({
      title: 'Minister to visit India', link: 'https://press.example.jp/release/2026/1127.html', published: '2026-11-27T10:05:00.000Z', author: 'Press Division', text: 'The minister will visit India next week for talks.',
    });

    const escaped = rss('https://escaped.example.com', [
      `<item><title>Minister&amp;#8217;s visit &amp;amp; the talks</title><link>https://escaped.example.com/a</link>${DATE}<description>&amp;lt;p&amp;gt;The minister&amp;amp;#8217;s visit ended on Friday.&amp;lt;/p&amp;gt;</description></item>`,
      `<item><title>Inner CDATA</title><link>https://escaped.example.com/b</link>${DATE}<description><![CDATA[<![CDATA[<p>The talks went on late.</p>]]]]><![CDATA[>]]></description></item>`,
    ]);
    expect(field(await storiesOf('/unseen48/escaped.xml', escaped), 'text')).toEqual({
      'Minister’s visit & the talks': 'The minister’s visit ended on Friday.',
      'Inner CDATA': 'The talks went on late.',
    });

    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\n\n   ${rss('https://bom.example.com', [item('Leading blank lines', 'https://bom.example.com/a', '<p>The feed opens with a BOM and blank lines.</p>')])}`)]);
    expect.soft(await only('/unseen48/bom.xml', bom)).toMatchObject({ title: 'Leading blank lines', text: 'The feed opens with a BOM and blank lines.' });
  });
});

describe('outlets’ own markup', () => {
  it('Substack’s signed fetch address, Google’s blog with an author element of its own, the BBC’s picture, an undeclared &nbsp; in a title', async () => {
    const substack = `${X}<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title><![CDATA[The Brief]]></title><description><![CDATA[Weekly]]></description><link>https://thebrief.substack.com</link><generator>Substack</generator><item><title><![CDATA[Issue 44: The port]]></title><description><![CDATA[What the port’s reopening means.]]></description><link>https://thebrief.substack.com/p/issue-44-the-port</link><guid isPermaLink="false">https://thebrief.substack.com/p/issue-44-the-port</guid><dc:creator><![CDATA[Neha Gupta]]></dc:creator><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><enclosure url="https://substackcdn.com/image/fetch/$s_!AbCd!,w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fport_1456x816.jpeg" length="0" type="image/jpeg"/><content:encoded><![CDATA[<p>The port reopened on Friday.</p>]]></content:encoded></item></channel></rss>`;
    expect.soft(await only('/unseen48/substack.xml', substack)).toMatchObject({ author: 'Neha Gupta', image: 'https://substack-post-media.s3.amazonaws.com/public/images/port_1456x816.jpeg', text: 'The port reopened on Friday.' });

    const googleBlog = `${X}<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:og="http://ogp.me/ns#"><channel><title>The Keyword</title><link>https://blog.google/</link><description>Latest news</description><language>en-us</language><item><title>New flood alerts reach more countries</title><link>https://blog.google/technology/ai/flood-alerts-more-countries/</link><description>Flood alerts now reach 100 countries.</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><guid>https://blog.google/technology/ai/flood-alerts-more-countries/</guid><category>AI</category><media:content url="https://storage.googleapis.com/gweb-uniblog-publish-prod/images/Flood_Hero.width-1300.format-webp.webp"/><og><type>article</type><title>New flood alerts reach more countries</title><description>Flood alerts now reach 100 countries.</description><image>https://storage.googleapis.com/gweb-uniblog-publish-prod/images/Flood_Hero.width-1300.format-webp.webp</image></og><author><name>Yossi Matias</name><title>VP, Engineering &amp; Research</title><department>Google Research</department><company>Google</company></author></item></channel></rss>`;
    expect.soft(await only('/unseen48/google-blog.xml', googleBlog)).toMatchObject({ author: 'Yossi Matias', text: 'Flood alerts now reach 100 countries.', image: 'https://storage.googleapis.com/gweb-uniblog-publish-prod/images/Flood_Hero.width-1300.format-webp.webp' });

    const bbc = rss('https://www.bbc.co.uk/news', [item('Storm closes schools', 'https://www.bbc.co.uk/news/articles/c9storm123?at_medium=RSS&amp;at_campaign=rss', 'Schools across the region closed on Friday.', '<media:thumbnail width="240" height="135" url="https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/1a2b/live/3c4d5e60-ac11-11ee-9b6e-0b1234567890.jpg"/>')]);
    expect.soft(await only('/unseen48/bbc.xml', bbc)).toMatchObject({ link: 'https://www.bbc.co.uk/news/articles/c9storm123', image: 'https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/1a2b/live/3c4d5e60-ac11-11ee-9b6e-0b1234567890.jpg' });

    const nbsp = `${X}<rss version="2.0"><channel><title>Desk</title><link>https://nbsp.example.com/</link><description>d</description><item><title>Rates&nbsp;rise &amp; markets fall</title><link>https://nbsp.example.com/a</link>${DATE}<description>Rates rose on Friday.</description></item></channel></rss>`;
    expect.soft(await only('/unseen48/nbsp.xml', nbsp)).toMatchObject({ title: 'Rates rise & markets fall', text: 'Rates rose on Friday.' });
  });
});

describe('platforms’ lines around the copy', () => {
  it('Drupal 7’s "Submitted by … on …", Beehiiv’s "Forwarded this email?" and "View in browser", Anchor’s rule over its support link go; Medium’s partial feed, Acast’s notice, GitHub’s avatar, PeerTube’s and Reddit’s items read as before', async () => {
    const site = 'https://probe.example.com';
    const read = await storiesOf('/unseen48/platform-lines.xml', `${X}<rss version="2.0" ${MEDIA} ${DC} xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Probe</title><link>${site}/</link><description>d</description>${[
      item('Medium partial', 'https://medium.com/desk-notes/partial-1a2b3c', '<div class="medium-feed-item"><p class="medium-feed-image"><a href="https://medium.com/desk-notes/partial-1a2b3c"><img src="https://cdn-images-1.medium.com/max/2600/1*abc.jpeg" width="3000"></a></p><p class="medium-feed-snippet">The city’s buses ran late half the time in October.</p><p class="medium-feed-link"><a href="https://medium.com/desk-notes/partial-1a2b3c">Continue reading on Desk Notes »</a></p></div>'),
      item('Anchor episode', `${site}/ep/1`, '<p>We discuss the floods.</p><p>--- </p><p>Support this podcast: <a href="https://podcasters.spotify.com/pod/show/desk/support" rel="ugc noopener noreferrer" target="_blank">https://podcasters.spotify.com/pod/show/desk/support</a></p>'),
      item('Acast episode', `${site}/ep/2`, "<p>We discuss the port.</p><hr><p style='color:grey; font-size:0.75em;'> Hosted on Acast. See <a style='color:grey;' target='_blank' rel='noopener noreferrer' href='https://acast.com/privacy'>acast.com/privacy</a> for more information.</p>"),
      item('GitHub release', 'https://github.com/desk/app/releases/tag/v2.1.0', '<p>Fixes the feed parser.</p>', '<media:thumbnail height="30" width="30" url="https://avatars.githubusercontent.com/u/1234567?s=60&amp;v=4"/>'),
      item('Drupal teaser', `${site}/node/9`, '<div class="field field-name-body"><p>The council met on Friday.</p></div><ul class="links inline"><li class="node-readmore first last"><a href="/node/9" rel="tag" title="Drupal teaser">Read more<span class="element-invisible"> about Drupal teaser</span></a></li></ul>'),
      item('Drupal submitted', `${site}/node/10`, '<div class="submitted"><span property="dc:date dc:created" content="2026-11-27T10:05:00+00:00" datatype="xsd:dateTime">Submitted by <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin</span> on Fri, 11/27/2026 - 10:05</span></div><p>The council met again on Friday.</p>'),
      item('Beehiiv forward', `${site}/p/fwd`, '<p>Forwarded this email? <a href="https://brief.beehiiv.com/subscribe">Subscribe here</a> for more</p><p>The markets rose on Friday.</p><p>View in browser</p>'),
      `<item><title>Summary only</title><link>${site}/ep/3</link>${DATE}<itunes:summary>The episode looks at the monsoon.</itunes:summary><enclosure url="${site}/ep3.mp3" length="1" type="audio/mpeg"/></item>`,
      item('PeerTube video', 'https://peertube.example/w/abcDEF123', '<p>A talk on open data.</p>', '<media:thumbnail url="https://peertube.example/lazy-static/thumbnails/abc.jpg" height="122" width="223"/><enclosure url="https://peertube.example/download/videos/abc-720.mp4" length="1000" type="video/mp4"/>'),
      item('Reddit post', 'https://www.reddit.com/r/india/comments/1abcde/metro_line_opens/', '<table> <tr><td> <a href="https://www.reddit.com/r/india/comments/1abcde/metro_line_opens/"> <img src="https://b.thumbs.redditmedia.com/AbCdEf.jpg" alt="Metro line opens" title="Metro line opens" /> </a> </td><td> &#32; submitted by &#32; <a href="https://www.reddit.com/user/deskuser"> /u/deskuser </a> <br/> <span><a href="https://www.ndtv.com/metro">[link]</a></span> &#32; <span><a href="https://www.reddit.com/r/india/comments/1abcde/metro_line_opens/">[comments]</a></span> </td></tr></table>'),
    ].join('')}</channel></rss>`);
    expect(field(read, 'text')).toEqual({
      'Medium partial': 'The city’s buses ran late half the time in October.',
      'Anchor episode': 'We discuss the floods.',
      'Acast episode': 'We discuss the port.',
      'GitHub release': 'Fixes the feed parser.',
      'Drupal teaser': 'The council met on Friday.',
      'Drupal submitted': 'The council met again on Friday.',
      'Beehiiv forward': 'The markets rose on Friday.',
      'Summary only': 'The episode looks at the monsoon.',
      'PeerTube video': 'A talk on open data.',
      'Reddit post': '',
    });
    expect(field(read, 'image')).toMatchObject({
      'Medium partial': 'https://cdn-images-1.medium.com/max/2600/1*abc.jpeg', 'GitHub release': null, 'PeerTube video': 'https://peertube.example/lazy-static/thumbnails/abc.jpg',
    });
  });
});

describe('blocks and marks inside the copy', () => {
  it('footnote marks (Substack’s, WordPress’s, Hugo’s) and WordPress’s file block go; Ghost’s bookmark and button cards, Substack’s embedded post, WordPress’s embeds and buttons go as before', async () => {
    const site = 'https://probe.example.com';
    const read = await storiesOf('/unseen48/blocks.xml', rss(site, [
      item('Ghost bookmark', `${site}/g1/`, '<p>The report came out on Friday.</p><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://other.example.org/report"><div class="kg-bookmark-content"><div class="kg-bookmark-title">The annual water report</div><div class="kg-bookmark-description">Everything about the city’s water in one place, updated every year.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://other.example.org/favicon.ico" alt=""><span class="kg-bookmark-author">Water Board</span><span class="kg-bookmark-publisher">Jane Doe</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://other.example.org/og.jpg" alt=""></div></a></figure><p>It found leaks in half the pipes.</p>'),
      item('Ghost button', `${site}/g2/`, '<p>The port reopened.</p><div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Subscribe</a></div>'),
      item('Substack footnotes', `${site}/p/fn`, '<p>Prices rose 4%<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a> in October.</p><p>Rents rose too.</p><div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>By the ministry’s count.</p></div></div>'),
      item('WP embed', `${site}/wp1/`, '<p>Watch the launch.</p><figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure><p>The rocket lifted off at 10:05.</p>'),
      item('WP file', `${site}/wp2/`, '<p>The report is out.</p><div class="wp-block-file"><a id="wp-block-file--media-abc" href="https://probe.example.com/wp-content/uploads/2026/11/report.pdf">Annual report 2026</a><a href="https://probe.example.com/wp-content/uploads/2026/11/report.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-abc">Download</a></div><p>It runs to 80 pages.</p>'),
      item('WP buttons', `${site}/wp3/`, '<p>The appeal opened on Friday.</p><div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://probe.example.com/donate">Donate now</a></div></div>'),
      item('Substack embed', `${site}/p/emb`, '<p>Last week we wrote about the port.</p><div class="embedded-post-wrap" data-attrs="{}"><div class="embedded-post"><div class="embedded-post-header"><img class="embedded-post-publication-logo" src="https://substackcdn.com/image/fetch/w_56/logo.png"><span class="embedded-post-publication-name">The Brief</span></div><div class="embedded-post-title-wrapper"><div class="embedded-post-title">Issue 43: The port</div></div><div class="embedded-post-body">The port’s reopening, and what it means for trade…</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">Read more</span></div><div class="embedded-post-meta">2 years ago · 3 likes · Neha Gupta</div></div></div><p>This week, the ships came back.</p>'),
      item('WP footnotes', `${site}/wp4/`, '<p>Rents rose 6%<sup data-fn="8a1c2b3d-0000-4000-8000-000000000001" class="fn"><a href="#8a1c2b3d-0000-4000-8000-000000000001" id="8a1c2b3d-0000-4000-8000-000000000001-link">1</a></sup> in the year.</p><ol class="wp-block-footnotes"><li id="8a1c2b3d-0000-4000-8000-000000000001">The housing board’s figure. <a href="#8a1c2b3d-0000-4000-8000-000000000001-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>'),
      item('Hugo footnotes', `${site}/hugo1/`, '<p>The lake froze<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> on Friday.</p><div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>For the first time since 1998.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>'),
    ]));
    expect(field(read, 'text')).toEqual({
      'Ghost bookmark': 'The report came out on Friday.\n\nIt found leaks in half the pipes.',
      'Ghost button': 'The port reopened.',
      'Substack footnotes': 'Prices rose 4% in October.\n\nRents rose too.\n\nBy the ministry’s count.',
      'WP embed': 'Watch the launch.\n\nThe rocket lifted off at 10:05.',
      'WP file': 'The report is out.\n\nIt runs to 80 pages.',
      'WP buttons': 'The appeal opened on Friday.',
      'Substack embed': 'Last week we wrote about the port.\n\nThis week, the ships came back.',
      'WP footnotes': 'Rents rose 6% in the year.\n\nThe housing board’s figure.',
      'Hugo footnotes': 'The lake froze on Friday.\n\nFor the first time since 1998.',
    });
  });
});
