import { describe, expect, it } from 'vitest';
import { X } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The forty-sixth round of unseen feeds as README counts them (the file is numbered after unseen46, the forty-fifth round's):
 * the leftovers earlier rounds named (image hosts' resized copies, FeedBurner's and t.co's links, newsletters' sponsors) and
 * platforms not tried before (Squarespace, Wix, RSSHub's Telegram and X bridges, UN News, the US Defense Department), each feed
 * built as its publisher writes it, served from a real local server, added and polled through POST /api/admin/feeds/poll, its
 * stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen47-api');

const NS = ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';
const rss = (site: string, items: string[]) =>
  `${X}<rss version="2.0"${NS}><channel><title>Desk</title><link>${site}/</link><description>News</description><language>en</language>${items.join('')}</channel></rss>`;
/** One item: its title, link and HTML copy (in CDATA), with a date, and what else it carries. */
const item = (title: string, link: string, html: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><description><![CDATA[${html}]]></description>${extra}</item>`;
const picture = (url: string) => `<media:content url="${url}" medium="image"/>`;

/** The stories of `doc` served at `path`, by title. */
async function storiesOf(path: string, doc: string): Promise<Record<string, ApiStory & { categories?: string[] }>> {
  const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, doc, RSS_TYPE);
  return Object.fromEntries(stories.map((s) => [s.title, s]));
}
const imagesOf = (read: Record<string, ApiStory>) => Object.fromEntries(Object.entries(read).map(([t, s]) => [t, s.image]));

describe('image hosts’ resized copies', () => {
  it('Cloudinary’s sizes, imgix’s and Akamai’s size parameters, Thumbor’s (Arc XP’s) resizer, Squarespace’s "format", Wix’s "/v1/fill/" and X’s "name=small" give the picture itself', async () => {
    const site = 'https://www.desk.example.com';
    const read = await storiesOf('/unseen47/resizers.xml', rss(site, [
      item('Cloudinary', `${site}/a`, 'Copy.', picture('https://res.cloudinary.com/desk/image/upload/w_300,h_200,c_fill,g_auto/q_auto,f_auto/v1764230000/news/bridge.jpg')),
      item('Cloudinary fetch', `${site}/b`, 'Copy.', picture('https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fabc_1456x816.jpeg')),
      item('imgix', `${site}/c`, 'Copy.', picture('https://desk.imgix.net/2026/11/dam.jpg?w=300&amp;h=200&amp;fit=crop')),
      item('Akamai width', `${site}/d`, 'Copy.', picture('https://www.broadcaster.example.com/content/dam/news/2026/11/27/flood.jpg?imwidth=400')),
      item('Akamai resize', `${site}/e`, 'Copy.', picture('https://www.broadcaster.example.com/content/dam/news/quake.jpg?im=Resize,width=400')),
      item('Arc resizer', `${site}/f`, 'Copy.', picture('https://www.paper.example.com/resizer/AbCdEfGhIjKlMnOpQrStUvWxYz0=/300x200/smart/filters:format(jpg):quality(70)/cloudfront-us-east-1.images.arcpublishing.com/paper/ABCDEF123.jpg')),
      item('Squarespace', `${site}/g`, 'Copy.', picture('https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/1700000000000-ABCDEF/pier.jpg?format=1500w')),
      item('Wix', `${site}/h`, 'Copy.', '<enclosure url="https://static.wixstatic.com/media/abc123_4f5e6d7c8b9a~mv2.jpg/v1/fill/w_1000,h_667,al_c,q_85,usm_0.66_1.00_0.01/abc123_4f5e6d7c8b9a~mv2.jpg" length="0" type="image/jpeg"/>'),
      item('X', `${site}/i`, 'Copy.', picture('https://pbs.twimg.com/media/GAbCdEf123.jpg?format=jpg&amp;name=small')),
    ]));
    expect(imagesOf(read)).toEqual({
      Cloudinary: 'https://res.cloudinary.com/desk/image/upload/v1764230000/news/bridge.jpg',
      'Cloudinary fetch': 'https://substack-post-media.s3.amazonaws.com/public/images/abc_1456x816.jpeg',
      imgix: 'https://desk.imgix.net/2026/11/dam.jpg',
      'Akamai width': 'https://www.broadcaster.example.com/content/dam/news/2026/11/27/flood.jpg',
      'Akamai resize': 'https://www.broadcaster.example.com/content/dam/news/quake.jpg',
      'Arc resizer': 'https://cloudfront-us-east-1.images.arcpublishing.com/paper/ABCDEF123.jpg',
      Squarespace: 'https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/1700000000000-ABCDEF/pier.jpg',
      Wix: 'https://static.wixstatic.com/media/abc123_4f5e6d7c8b9a~mv2.jpg',
      X: 'https://pbs.twimg.com/media/GAbCdEf123.jpg?format=jpg&name=orig',
    });
  });

  it('a signed address (imgix’s "s=", the Guardian’s, Arc’s "auth="), a Cloudinary effect or region crop, a Thumbor crop and a Wix crop stay as written', async () => {
    const site = 'https://www.desk.example.com';
    const kept = {
      'imgix signed': 'https://desk.imgix.net/2026/11/dam.jpg?w=300&h=200&s=0123456789abcdef',
      Guardian: 'https://i.guim.co.uk/img/media/abc123/0_0_3000_1800/master/3000.jpg?width=460&quality=85&auto=format&fit=max&s=fedcba9876543210',
      'Arc v2': 'https://www.paper.example.com/resizer/v2/ABCDEF124.jpg?auth=0123abcd&width=300&height=200',
      'Cloudinary effect': 'https://res.cloudinary.com/desk/image/upload/w_300,e_sepia/v1764230000/news/bridge.jpg',
      'Cloudinary crop': 'https://res.cloudinary.com/desk/image/upload/c_crop,x_10,y_20,w_500,h_300/v1764230000/news/bridge.jpg',
      'Cloudinary signed': 'https://res.cloudinary.com/desk/image/upload/s--AbCd1234--/w_300/v1764230000/news/bridge.jpg',
      'Thumbor crop': 'https://www.paper.example.com/resizer/AbCdEfGhIjKlMnOpQrStUvWxYz0=/10x20:310x220/cloudfront-us-east-1.images.arcpublishing.com/paper/ABCDEF125.jpg',
      'Wix crop': 'https://static.wixstatic.com/media/abc123_4f5e6d7c8b9a~mv2.jpg/v1/crop/x_0,y_10,w_800,h_450/abc123_4f5e6d7c8b9a~mv2.jpg',
    };
    const read = await storiesOf('/unseen47/signed.xml', rss(site, Object.entries(kept).map(([title, url], i) => item(title, `${site}/s${i}`, 'Copy.', picture(url.replace(/&/g, '&amp;'))))));
    expect(imagesOf(read)).toEqual(kept);
  });
});

describe('a host’s sizes of one picture', () => {
  it('the Times of India’s 400-wide thumbnail gives way to the photo its description shows whole; the Defense Department’s and UN News’ smaller copies to the wider one the item names', async () => {
    const toi = 'https://timesofindia.indiatimes.com';
    const read = await storiesOf('/unseen47/sizes.xml', rss(toi, [
      item('Metro line opens', `${toi}/city/pune/metro-line-opens/articleshow/105565823.cms`, `<a href="${toi}/city/pune/metro-line-opens/articleshow/105565823.cms"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="${toi}/photo/105565823.cms" /></a>The Pune metro’s new line opened on Friday.`,
        '<enclosure type="image/jpeg" url="https://static.toiimg.com/thumb/msid-105565823,width-400,height-225,imgsize-36552,resizemode-75/photo.jpg" length="36552"/>'),
      // The thumbnail alone names no other copy: it stays, as no address of the whole photo is guessed.
      item('Rain in Mumbai', `${toi}/city/mumbai/rain/articleshow/105565824.cms`, 'It rained in Mumbai on Friday.',
        '<enclosure type="image/jpeg" url="https://static.toiimg.com/thumb/msid-105565824,width-400,height-225,imgsize-36552,resizemode-75/photo.jpg" length="36552"/>'),
      // Another photo's id is another picture.
      item('Court adjourns case', `${toi}/india/court/articleshow/105565825.cms`, `<img src="${toi}/photo/105565899.cms" />The court adjourned the case on Friday.`,
        '<enclosure type="image/jpeg" url="https://static.toiimg.com/thumb/msid-105565825,width-400,height-225,resizemode-75/photo.jpg" length="1"/>'),
      item('Austin meets Indian counterpart', 'https://www.defense.gov/News/News-Stories/Article/Article/3600001/austin-meets-indian-counterpart/', 'The secretary met his Indian counterpart at the Pentagon.',
        '<media:content url="https://media.defense.gov/2026/Nov/27/2003600001/600/400/0/261127-D-XX123-1001.JPG" medium="image"/><enclosure url="https://media.defense.gov/2026/Nov/27/2003600001/1280/1280/0/261127-D-XX123-1001.JPG" type="image/jpeg" length="0"/>'),
      item('Security Council extends Haiti mission', 'https://news.un.org/feed/view/en/story/2026/11/1155555',
        '<img src="https://global.unitednations.entermediadb.net/assets/mediadb/services/module/asset/downloads/preset/Libraries/Production+Library/27-11-2026-haiti.jpg/image1170x530cropped.jpg" width="1170" height="530" alt="" /><p>The Security Council on Friday extended the mission in Haiti for a year.</p>',
        '<enclosure url="https://global.unitednations.entermediadb.net/assets/mediadb/services/module/asset/downloads/preset/Libraries/Production+Library/27-11-2026-haiti.jpg/image770x420cropped.jpg" length="123456" type="image/jpeg" />'),
    ]));
    expect(imagesOf(read)).toEqual({
      'Metro line opens': `${toi}/photo/105565823.cms`,
      'Rain in Mumbai': 'https://static.toiimg.com/thumb/msid-105565824,width-400,height-225,imgsize-36552,resizemode-75/photo.jpg',
      'Court adjourns case': 'https://static.toiimg.com/thumb/msid-105565825,width-400,height-225,resizemode-75/photo.jpg',
      'Austin meets Indian counterpart': 'https://media.defense.gov/2026/Nov/27/2003600001/1280/1280/0/261127-D-XX123-1001.JPG',
      'Security Council extends Haiti mission': 'https://global.unitednations.entermediadb.net/assets/mediadb/services/module/asset/downloads/preset/Libraries/Production+Library/27-11-2026-haiti.jpg/image1170x530cropped.jpg',
    });
    // UN News links each story through its feed's counter ("/feed/view/en/story/…"): the story's page is "/en/story/…".
    expect(read['Security Council extends Haiti mission']!.link).toBe('https://news.un.org/en/story/2026/11/1155555');
  });
});

describe('links through a redirector that names no page', () => {
  it('FeedBurner’s "feedproxy.google.com/~r/…" link with no origLink, and a t.co link, give way to the guid that is the page’s address; with no such guid they stay', async () => {
    const blog = 'https://blog.example.com';
    const read = await storiesOf('/unseen47/redirectors.xml', rss(blog, [
      item('Post one', 'http://feedproxy.google.com/~r/ExampleBlog/~3/AbCdEf/', 'Copy one.', `<guid isPermaLink="false">${blog}/2026/11/post-one/</guid>`),
      item('Post two', 'http://feedproxy.google.com/~r/ExampleBlog/~3/AbCdEg/post-two.html', 'Copy two.', `<guid isPermaLink="true">${blog}/2026/11/post-two.html</guid>`),
      item('Post three', 'http://feedproxy.google.com/~r/ExampleBlog/~3/AbCdEh/', 'Copy three.', '<guid isPermaLink="false">tag:blogger.com,1999:blog-123.post-456</guid>'),
      item('A post on X', 'https://t.co/AbC123xyz', 'The ministry posted the new rules on Friday.', '<guid>https://x.com/desk/status/1862000000000000000</guid>'),
    ]));
    expect(Object.fromEntries(Object.entries(read).map(([t, s]) => [t, s.link]))).toEqual({
      'Post one': `${blog}/2026/11/post-one/`,
      'Post two': `${blog}/2026/11/post-two.html`,
      'Post three': 'http://feedproxy.google.com/~r/ExampleBlog/~3/AbCdEh/',
      'A post on X': 'https://x.com/desk/status/1862000000000000000',
    });
  });
});

describe('a newsletter’s sponsor', () => {
  it('"This newsletter is sponsored by …" with its pitch, "SPONSORED", "Presented by Acme Bank", "Together with Acme", "A word from our sponsor", "Today’s issue is brought to you by Acme." go; copy naming a sponsor stays', async () => {
    const site = 'https://brief.example.com';
    const p = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');
    const read = await storiesOf('/unseen47/sponsors.xml', rss(site, [
      item('Issue 40: The winter session', `${site}/p/issue-40`, p([
        'SPONSORED', 'This newsletter is sponsored by Acme Bank. Open an account in five minutes.', 'Presented by Acme Bank', 'Together with Acme',
        'Parliament meets on Monday for its winter session.', 'A word from our sponsor', 'Today’s issue is brought to you by Acme.', 'The government will table six bills.',
      ])),
      item('Festival opens', `${site}/p/festival`, p(['The festival, presented by the city council, opens on Friday.', 'The team is sponsored by a local bank, the coach said.', 'Presented by the city council, the festival opens on Friday.'])),
    ]));
    expect(read['Issue 40: The winter session']!.text.split('\n\n')).toEqual(['Parliament meets on Monday for its winter session.', 'The government will table six bills.']);
    expect(read['Festival opens']!.text.split('\n\n')).toHaveLength(3);
  });
});

describe('RSSHub’s Telegram and X bridges', () => {
  it('a Telegram channel’s "@deskwire" signature line goes; a post’s title loses its t.co link; X’s picture is its "orig"', async () => {
    const telegram = `${X}<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title><![CDATA[Desk Wire - Telegram Channel]]></title><link>https://t.me/s/deskwire</link><description><![CDATA[Breaking news - Powered by RSSHub]]></description><generator>RSSHub</generator><item><title><![CDATA[Earthquake of magnitude 5.2 hits Assam, no casualties reported]]></title><description><![CDATA[<img src="https://cdn4.telesco.pe/file/quake.jpg" referrerpolicy="no-referrer"><br>Earthquake of magnitude 5.2 hits Assam, no casualties reported<br><br>The tremor was felt in Guwahati at 9:45 am.<br><br><a href="https://t.me/deskwire" target="_blank" rel="noopener noreferrer">@deskwire</a>]]></description><pubDate>Fri, 27 Nov 2026 09:50:00 GMT</pubDate><guid isPermaLink="false">https://t.me/deskwire/10234</guid><link>https://t.me/deskwire/10234</link><author><![CDATA[Desk Wire]]></author></item></channel></rss>`;
    const [quake] = Object.values(await storiesOf('/unseen47/rsshub-telegram.xml', telegram));
    expect(quake).toMatchObject({ title: 'Earthquake of magnitude 5.2 hits Assam, no casualties reported', text: 'The tremor was felt in Guwahati at 9:45 am.', link: 'https://t.me/deskwire/10234', image: 'https://cdn4.telesco.pe/file/quake.jpg', published: '2026-11-27T09:50:00.000Z' });

    const x = `${X}<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title><![CDATA[Twitter @MEAIndia]]></title><link>https://x.com/MEAIndia</link><description><![CDATA[Official account - Powered by RSSHub]]></description><generator>RSSHub</generator><item><title><![CDATA[EAM met the Foreign Minister of Italy in Rome today. Discussed defence cooperation. https://t.co/AbCdEf123]]></title><description><![CDATA[EAM met the Foreign Minister of Italy in Rome today. Discussed defence cooperation. <br><img style="" src="https://pbs.twimg.com/media/GAbCdEf123.jpg?format=jpg&amp;name=small" referrerpolicy="no-referrer">]]></description><pubDate>Fri, 27 Nov 2026 09:50:00 GMT</pubDate><guid isPermaLink="false">https://x.com/MEAIndia/status/1862000000000000001</guid><link>https://x.com/MEAIndia/status/1862000000000000001</link><author><![CDATA[MEA India]]></author></item></channel></rss>`;
    const [post] = Object.values(await storiesOf('/unseen47/rsshub-x.xml', x));
    expect(post).toMatchObject({ title: 'EAM met the Foreign Minister of Italy in Rome today. Discussed defence cooperation.', image: 'https://pbs.twimg.com/media/GAbCdEf123.jpg?format=jpg&name=orig', link: 'https://x.com/MEAIndia/status/1862000000000000001' });
  });
});

describe('WordPress’s categories', () => {
  it('its default "Uncategorized" (and "Sin categoría", "Non classé") names no category; the post’s others stay', async () => {
    const site = 'https://valleypost.example.in';
    const cats = (names: string[]) => names.map((n) => `<category><![CDATA[${n}]]></category>`).join('');
    const read = await storiesOf('/unseen47/wordpress.xml', rss(site, [
      item('Dam gates opened', `${site}/2026/11/27/dam-gates-opened/`, 'Idukki dam’s gates were opened on Friday.', `${cats(['Kerala', 'Idukki dam', 'Uncategorized'])}<slash:comments xmlns:slash="http://purl.org/rss/1.0/modules/slash/">12</slash:comments>`),
      item('Presa abierta', `${site}/2026/11/27/presa/`, 'Se abrieron las compuertas.', cats(['Sin categoría', 'Non classé', 'Kerala'])),
    ]));
    expect(read['Dam gates opened']!.categories).toEqual(['Kerala', 'Idukki dam']);
    expect(read['Presa abierta']!.categories).toEqual(['Kerala']);
  });
});
