import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, X, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * The twenty-third sweep: news agencies' and public broadcasters' own feeds (Xinhua, Anadolu, Yonhap, Kyodo, TASS, APP,
 * Al Jazeera, DW, France 24, NHK World, ABC Australia, CBC, SABC, Arab News, The Hindu, Indian Express), and shapes the
 * earlier sweeps did not serve (an XML feed sent as text/html, HTML in a title, a link printed twice, pictures only in
 * lazy-loaded or srcset markup, a Blogger address-and-name author). The documents are written for the test, in the
 * publishers' shapes only. Each is served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed=
 * gives it.
 */
const sweep = feedSweep('feeds-unseen23-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come. */
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/unseen23/${++served}`, body, type);

const COPY = 'The port authority opened a second container berth on Thursday, doubling the number of ships it can unload each day.';
const WP_NS = `xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" ${DC} xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"`;

describe('news agencies’ own feeds', () => {
  it('Xinhua: the headline in CDATA, a +0800 date, the picture in the description, the copy after it', async () => {
    const doc = rss(
      '',
      '<title>Xinhua - World</title><link>https://english.news.example.cn/world/</link><description>Xinhua English</description><language>en</language>',
      [
        `<title><![CDATA[Second container berth opens at eastern port]]></title><link>https://english.news.example.cn/20261126/a1b2c3d4e5/c.html</link><description><![CDATA[<p><img src="https://english.news.example.cn/20261126/a1b2c3d4e5/20261126a1b2c3_1.jpg" alt=""/></p><p>${COPY}</p>]]></description><pubDate>Thu, 26 Nov 2026 17:42:10 +0800</pubDate>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Second container berth opens at eastern port',
        link: 'https://english.news.example.cn/20261126/a1b2c3d4e5/c.html',
        published: '2026-11-26T09:42:10.000Z',
        author: null,
        image: 'https://english.news.example.cn/20261126/a1b2c3d4e5/20261126a1b2c3_1.jpg',
        source: 'Xinhua',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Anadolu: the picture in a bare <image> element with a version query, the guid no permalink, +0300', async () => {
    const doc = rss(
      '',
      '<title>Anadolu Ajansı</title><link>https://www.aa.example.com.tr/en</link><description>World</description>',
      [
        `<guid isPermaLink="false">3412345</guid><link>https://www.aa.example.com.tr/en/world/second-container-berth-opens/3412345</link><title>Second container berth opens</title><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 12:30:00 +0300</pubDate><image>https://cdnuploads.aa.example.com.tr/uploads/Contents/2026/11/26/thumbs_b_c_9f8e7d.jpg?v=123045</image>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Second container berth opens',
        link: 'https://www.aa.example.com.tr/en/world/second-container-berth-opens/3412345',
        published: '2026-11-26T09:30:00.000Z',
        author: null,
        image: 'https://cdnuploads.aa.example.com.tr/uploads/Contents/2026/11/26/thumbs_b_c_9f8e7d.jpg?v=123045',
        source: 'Anadolu Ajansı',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Yonhap: the section query kept (it names the page), a +0900 date, the byline in dc:creator, media:content', async () => {
    const doc = rss(
      `${DC} ${MEDIA}`,
      '<title>Yonhap News Agency</title><link>https://en.yna.example.co.kr</link><description>National</description>',
      [
        `<title><![CDATA[Busan opens second container berth]]></title><link>https://en.yna.example.co.kr/view/AEN20261126004300315?section=national/national</link><description><![CDATA[${COPY}]]></description><pubDate>Thu, 26 Nov 2026 18:05:00 +0900</pubDate><dc:creator>Kim Soo-yeon</dc:creator><media:content url="https://img.yna.example.co.kr/photo/yna/YH/2026/11/26/PYH2026112601230031500_P4.jpg" medium="image" type="image/jpeg"/>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Busan opens second container berth',
        link: 'https://en.yna.example.co.kr/view/AEN20261126004300315?section=national/national',
        published: '2026-11-26T09:05:00.000Z',
        author: 'Kim Soo-yeon',
        image: 'https://img.yna.example.co.kr/photo/yna/YH/2026/11/26/PYH2026112601230031500_P4.jpg',
        source: 'Yonhap News Agency',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('Kyodo: an image enclosure of length 0, a category, no author', async () => {
    const doc = rss(
      '',
      '<title>Kyodo News+</title><link>https://english.kyodonews.example.net/</link><description>Latest news</description><language>en</language>',
      [
        `<title>Japan port opens second container berth</title><link>https://english.kyodonews.example.net/news/2026/11/2b3c4d5e6f7a-japan-port-opens-second-berth.html</link><description>${COPY}</description><category>Business</category><pubDate>Thu, 26 Nov 2026 19:11:00 +0900</pubDate><enclosure url="https://english.kyodonews.example.net/static/images/2026/11/26/berth.jpg" length="0" type="image/jpeg"/>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Japan port opens second container berth',
        link: 'https://english.kyodonews.example.net/news/2026/11/2b3c4d5e6f7a-japan-port-opens-second-berth.html',
        published: '2026-11-26T10:11:00.000Z',
        author: null,
        image: 'https://english.kyodonews.example.net/static/images/2026/11/26/berth.jpg',
        source: 'Kyodo News+',
        categories: ['Business'],
        text: COPY,
      },
    ]);
  });

  it('TASS: a width-sized CDN picture in an enclosure, +0300, the rubric as category', async () => {
    const doc = rss(
      '',
      '<title>TASS</title><link>https://tass.example.com</link><description>Russian news agency</description>',
      [
        `<title>Second container berth opens at Baltic port</title><link>https://tass.example.com/economy/1876543</link><guid>https://tass.example.com/economy/1876543</guid><pubDate>Thu, 26 Nov 2026 12:05:31 +0300</pubDate><category>Business &amp; Economy</category><enclosure url="https://cdn-media.tass.example.ru/width/1020_b9261fa1/tass/m2/en/uploads/i/20261126/1234567.jpg" length="0" type="image/jpeg"/><description>${COPY}</description>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Second container berth opens at Baltic port',
        link: 'https://tass.example.com/economy/1876543',
        published: '2026-11-26T09:05:31.000Z',
        author: null,
        image: 'https://cdn-media.tass.example.ru/width/1020_b9261fa1/tass/m2/en/uploads/i/20261126/1234567.jpg',
        source: 'TASS',
        categories: ['Business & Economy'],
        text: COPY,
      },
    ]);
  });

  it('APP on WordPress: a lazy-loaded picture (data-src over the placeholder), slash:comments and wfw:commentRss no copy', async () => {
    const doc = rss(
      WP_NS,
      '<title>Associated Press Of Pakistan</title><atom:link href="https://www.app.example.com.pk/feed/" rel="self" type="application/rss+xml"/><link>https://www.app.example.com.pk</link><description>National News Agency</description><lastBuildDate>Thu, 26 Nov 2026 10:00:00 +0000</lastBuildDate><language>en-US</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=6.7</generator>',
      [
        `<title>Karachi port opens second container berth</title><link>https://www.app.example.com.pk/national/karachi-port-opens-second-container-berth/</link><comments>https://www.app.example.com.pk/national/karachi-port-opens-second-container-berth/#respond</comments><dc:creator><![CDATA[APP]]></dc:creator><pubDate>Thu, 26 Nov 2026 09:48:12 +0000</pubDate><category><![CDATA[National]]></category><guid isPermaLink="false">https://www.app.example.com.pk/?p=1598765</guid><description><![CDATA[${COPY}]]></description><content:encoded><![CDATA[<p><img decoding="async" width="696" height="464" src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20696%20464'%3E%3C/svg%3E" data-src="https://www.app.example.com.pk/wp-content/uploads/2026/11/berth-696x464.jpg" class="lazyload" alt=""/></p><p>${COPY}</p>]]></content:encoded><wfw:commentRss>https://www.app.example.com.pk/national/karachi-port-opens-second-container-berth/feed/</wfw:commentRss><slash:comments>0</slash:comments>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({
      title: 'Karachi port opens second container berth',
      link: 'https://www.app.example.com.pk/national/karachi-port-opens-second-container-berth/',
      published: '2026-11-26T09:48:12.000Z',
      // The upload itself, not WordPress's 696×464 copy of it.
      image: 'https://www.app.example.com.pk/wp-content/uploads/2026/11/berth.jpg',
      source: 'Associated Press Of Pakistan',
      categories: ['National'],
      text: COPY,
    });
  });

  it('Bernama: the story id in the query kept (it is the page), a +0800 date, the section after the name off the outlet', async () => {
    const doc = rss(
      '',
      '<title>BERNAMA - Business</title><link>https://www.bernama.example.com/en/</link><description>Malaysian National News Agency</description>',
      [
        `<title>Penang port opens second container berth</title><link>https://www.bernama.example.com/en/business/news.php?id=2367890</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 17:30:00 +0800</pubDate><guid>https://www.bernama.example.com/en/business/news.php?id=2367890</guid>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ link: 'https://www.bernama.example.com/en/business/news.php?id=2367890', published: '2026-11-26T09:30:00.000Z', source: 'BERNAMA', text: COPY });
  });

  it('Antara: a +0700 date, the picture in an enclosure with its real length, the copy after the agency’s dateline', async () => {
    const doc = rss(
      '',
      '<title>ANTARA News</title><link>https://en.antaranews.example.com/</link><description>Indonesian news agency</description>',
      [
        `<title>Tanjung Priok opens second container berth</title><link>https://en.antaranews.example.com/news/334455/tanjung-priok-opens-second-container-berth</link><description><![CDATA[<img src="https://cdn.antaranews.example.com/cache/800x533/2026/11/26/berth.jpg" align="left" border="0">${COPY}]]></description><pubDate>Thu, 26 Nov 2026 16:30:00 +0700</pubDate><enclosure url="https://cdn.antaranews.example.com/cache/800x533/2026/11/26/berth.jpg" length="84211" type="image/jpeg"/>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Tanjung Priok opens second container berth',
        link: 'https://en.antaranews.example.com/news/334455/tanjung-priok-opens-second-container-berth',
        published: '2026-11-26T09:30:00.000Z',
        author: null,
        image: 'https://cdn.antaranews.example.com/cache/800x533/2026/11/26/berth.jpg',
        source: 'ANTARA News',
        categories: [],
        text: COPY,
      },
    ]);
  });
});

describe('public broadcasters', () => {
  it('Al Jazeera: "?traffic_source=rss" is no part of the page’s address, the guid a timestamp query', async () => {
    const doc = rss(
      '',
      '<title>Al Jazeera – Breaking News, World News and Video from Al Jazeera</title><link>https://www.aljazeera.example.com</link><description>News</description>',
      [
        `<link>https://www.aljazeera.example.com/news/2026/11/26/port-opens-second-container-berth?traffic_source=rss</link><title>Port opens second container berth</title><description><![CDATA[${COPY}]]></description><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate><category>News</category><guid isPermaLink="false">https://www.aljazeera.example.com/?t=1795685400</guid>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Port opens second container berth',
        link: 'https://www.aljazeera.example.com/news/2026/11/26/port-opens-second-container-berth',
        published: '2026-11-26T09:30:00.000Z',
        author: null,
        image: null,
        source: 'Al Jazeera',
        categories: ['News'],
        text: COPY,
      },
    ]);
  });

  it('DW: RSS 1.0 with dc:date, "?maca=en-rss-en-all-1573-rdf" off the link', async () => {
    const doc = `${X}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${DC}><channel rdf:about="https://www.dw.example.com/"><title>Deutsche Welle</title><link>https://www.dw.example.com/</link><description>DW</description><dc:language>en</dc:language><items><rdf:Seq><rdf:li rdf:resource="https://www.dw.example.com/en/port-opens-second-container-berth/a-70812345?maca=en-rss-en-all-1573-rdf"/></rdf:Seq></items></channel>
<item rdf:about="https://www.dw.example.com/en/port-opens-second-container-berth/a-70812345?maca=en-rss-en-all-1573-rdf"><title>Hamburg opens second container berth</title><link>https://www.dw.example.com/en/port-opens-second-container-berth/a-70812345?maca=en-rss-en-all-1573-rdf</link><description>${COPY}</description><dc:date>2026-11-26T10:12:00Z</dc:date><dc:subject>Business</dc:subject></item>
</rdf:RDF>`;
    expect(await polled(doc, 'application/rdf+xml')).toEqual([
      {
        title: 'Hamburg opens second container berth',
        link: 'https://www.dw.example.com/en/port-opens-second-container-berth/a-70812345',
        published: '2026-11-26T10:12:00.000Z',
        author: null,
        image: null,
        source: 'Deutsche Welle',
        categories: ['Business'],
        text: COPY,
      },
    ]);
  });

  it('France 24: media:thumbnail at 1280 wide, the strapline off the outlet, xtor off the link', async () => {
    const doc = rss(
      `${DC} ${MEDIA}`,
      '<title>France 24 - International breaking news</title><link>https://www.france24.example.com/en/</link><description>France 24</description><language>en</language>',
      [
        `<title>Le Havre opens second container berth</title><link>https://www.france24.example.com/en/europe/20261126-port-opens-second-container-berth?xtor=RSS-3208</link><guid isPermaLink="false">https://www.france24.example.com/en/europe/20261126-port-opens-second-container-berth</guid><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 10:41:12 GMT</pubDate><dc:creator>FRANCE 24</dc:creator><media:thumbnail url="https://s.france24.example.com/media/display/aa11-bb22/w:1280/p:16x9/berth.jpg" width="1280" height="720"/>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({
      title: 'Le Havre opens second container berth',
      link: 'https://www.france24.example.com/en/europe/20261126-port-opens-second-container-berth',
      published: '2026-11-26T10:41:12.000Z',
      image: 'https://s.france24.example.com/media/display/aa11-bb22/w:1280/p:16x9/berth.jpg',
      // The strapline after the name is no part of it.
      source: 'France 24',
      text: COPY,
    });
  });

  it('NHK World: a root-relative picture in an enclosure against the site, a +0900 date', async () => {
    const doc = rss(
      '',
      '<title>NHK WORLD-JAPAN News</title><link>https://www3.nhk.example.or.jp/nhkworld/</link><description>NHK</description><language>en</language>',
      [
        `<title>Second container berth opens in Yokohama</title><link>https://www3.nhk.example.or.jp/nhkworld/en/news/20261126_15/</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 18:20:00 +0900</pubDate><enclosure url="/nhkworld/en/news/20261126_15/images/a1b2.jpg" type="image/jpeg" length="0"/>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({
      link: 'https://www3.nhk.example.or.jp/nhkworld/en/news/20261126_15/',
      published: '2026-11-26T09:20:00.000Z',
      image: 'https://www3.nhk.example.or.jp/nhkworld/en/news/20261126_15/images/a1b2.jpg',
      text: COPY,
    });
  });

  it('ABC Australia: media:group’s widest image rendition, dc:creator, several categories, AEDT', async () => {
    const doc = rss(
      `${DC} ${MEDIA}`,
      '<title>ABC News</title><link>https://www.abc.example.net.au/news</link><description>Just In</description><language>en-AU</language>',
      [
        `<title>Second container berth opens in Brisbane</title><link>https://www.abc.example.net.au/news/2026-11-26/brisbane-second-container-berth/104567890</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 20:15:00 +1100</pubDate><guid isPermaLink="false">104567890</guid><dc:creator>Ruby Nguyen</dc:creator><category>Business, Economics and Finance</category><category>Brisbane</category><media:group><media:description>A container ship at the berth.</media:description><media:content url="https://live-production.wcms.abc-cdn.example.net.au/abc123?impolicy=wcms_crop_resize&amp;cropH=1688&amp;cropW=3000&amp;xPos=0&amp;yPos=0&amp;width=862&amp;height=485" medium="image" type="image/jpeg" width="862" height="485"/><media:content url="https://live-production.wcms.abc-cdn.example.net.au/abc123?impolicy=wcms_crop_resize&amp;cropH=1688&amp;cropW=3000&amp;xPos=0&amp;yPos=0&amp;width=2400&amp;height=1350" medium="image" type="image/jpeg" width="2400" height="1350"/><media:content url="https://live-production.wcms.abc-cdn.example.net.au/abc123?impolicy=wcms_crop_resize&amp;cropH=1688&amp;cropW=3000&amp;xPos=0&amp;yPos=0&amp;width=575&amp;height=323" medium="image" type="image/jpeg" width="575" height="323"/></media:group><media:thumbnail url="https://live-production.wcms.abc-cdn.example.net.au/abc123?width=220" width="220" height="124"/>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Second container berth opens in Brisbane',
        link: 'https://www.abc.example.net.au/news/2026-11-26/brisbane-second-container-berth/104567890',
        published: '2026-11-26T09:15:00.000Z',
        author: 'Ruby Nguyen',
        image: 'https://live-production.wcms.abc-cdn.example.net.au/abc123?impolicy=wcms_crop_resize&cropH=1688&cropW=3000&xPos=0&yPos=0&width=2400&height=1350',
        source: 'ABC News',
        categories: ['Business, Economics and Finance', 'Brisbane'],
        text: COPY,
      },
    ]);
  });

  it('CBC: the picture and copy in the description with single-quoted attributes, "?cmp=rss" off the link, EST', async () => {
    const doc = rss(
      'xmlns:cbc="https://www.cbc.example.ca/rss/cbc"',
      '<title>CBC | Top Stories News</title><link>https://www.cbc.example.ca/news/?cmp=rss</link><description>FOR PERSONAL USE ONLY</description><language>en-ca</language>',
      [
        `<title><![CDATA[Halifax opens second container berth]]></title><link>https://www.cbc.example.ca/news/canada/nova-scotia/halifax-second-container-berth-1.7401234?cmp=rss</link><guid isPermaLink="false">1.7401234</guid><pubDate>Thu, 26 Nov 2026 04:31:00 EST</pubDate><author>Ellen Park</author><category>News/Canada/Nova Scotia</category><description><![CDATA[<img src='https://i.cbc.example.ca/1.7401300.1732612345!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_460/halifax-berth.jpg' alt='Cranes at the new berth' width='460' title='Cranes at the new berth'/><p>${COPY}</p>]]></description><cbc:type>story</cbc:type><cbc:deptid>2.639</cbc:deptid>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Halifax opens second container berth',
        link: 'https://www.cbc.example.ca/news/canada/nova-scotia/halifax-second-container-berth-1.7401234',
        published: '2026-11-26T09:31:00.000Z',
        author: 'Ellen Park',
        image: 'https://i.cbc.example.ca/1.7401300.1732612345!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_460/halifax-berth.jpg',
        source: 'CBC',
        categories: ['News/Canada/Nova Scotia'],
        text: COPY,
      },
    ]);
  });

  it('SABC on WordPress: georss:point and the hub link no part of the story, the desk in dc:creator', async () => {
    const doc = rss(
      `${WP_NS} xmlns:georss="http://www.georss.org/georss" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#"`,
      '<title>SABC News</title><atom:link href="https://www.sabcnews.example.com/sabcnews/feed/" rel="self" type="application/rss+xml"/><atom:link rel="hub" href="https://pubsubhubbub.appspot.com"/><link>https://www.sabcnews.example.com/sabcnews</link><description>Breaking news</description><language>en-ZA</language>',
      [
        `<title>Durban port opens second container berth</title><link>https://www.sabcnews.example.com/sabcnews/durban-port-opens-second-container-berth/</link><dc:creator><![CDATA[Sipho Dlamini]]></dc:creator><pubDate>Thu, 26 Nov 2026 09:02:44 +0000</pubDate><category><![CDATA[Business]]></category><category><![CDATA[Durban]]></category><guid isPermaLink="false">https://www.sabcnews.example.com/sabcnews/?p=7654321</guid><description><![CDATA[${COPY}]]></description><georss:point>-29.8587 31.0218</georss:point><geo:lat>-29.8587</geo:lat><geo:long>31.0218</geo:long>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Durban port opens second container berth',
        link: 'https://www.sabcnews.example.com/sabcnews/durban-port-opens-second-container-berth/',
        published: '2026-11-26T09:02:44.000Z',
        author: 'Sipho Dlamini',
        image: null,
        source: 'SABC News',
        categories: ['Business', 'Durban'],
        text: COPY,
      },
    ]);
  });
});

describe('feed-tracking parameters newsrooms add to their links', () => {
  it('Daily Mail’s ns_campaign and ito, CBS’s ftag, the Washington Post’s wprss, the Economist’s fsrc are no part of the page’s address', async () => {
    const written = [
      ['Mail', 'https://www.dailymail.example.co.uk/news/article-15123456/dover-second-berth.html?ns_mchannel=rss&ns_campaign=1490&ito=1490'],
      ['CBS', 'https://www.cbsnews.example.com/news/savannah-second-berth/?ftag=CNM-00-10aab7e'],
      ['Post', 'https://www.washingtonpost.example.com/world/2026/11/26/baltimore-second-berth/?wprss=rss_world'],
      ['Economist', 'https://www.economist.example.com/asia/2026/11/26/busan-second-berth?fsrc=rss%7Casi'],
    ];
    const links = [];
    for (const [outlet, link] of written) {
      const doc = rss('', `<title>${outlet}</title><link>${new URL(link!).origin}/</link><description>News</description>`, [
        `<title>${outlet} reports a second container berth</title><link>${link!.replace(/&/g, '&amp;')}</link><description>${outlet}: ${COPY}</description><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate>`,
      ]);
      const [s] = await polled(doc);
      links.push(s!.link);
    }
    expect(links).toEqual([
      'https://www.dailymail.example.co.uk/news/article-15123456/dover-second-berth.html',
      'https://www.cbsnews.example.com/news/savannah-second-berth/',
      'https://www.washingtonpost.example.com/world/2026/11/26/baltimore-second-berth/',
      'https://www.economist.example.com/asia/2026/11/26/busan-second-berth',
    ]);
  });
});

describe('newspapers of the region', () => {
  it('Arab News: double-encoded entities in title and copy read once, the outlet as dc:creator kept', async () => {
    const doc = rss(
      DC,
      '<title>Arab News</title><link>https://www.arabnews.example.com</link><description>Arab News</description><language>en</language>',
      [
        `<title>Jeddah&amp;#8217;s port opens second container berth</title><link>https://www.arabnews.example.com/node/2581234/business-economy</link><description>The port&amp;amp;#8217;s authority opened a second berth on Thursday &amp;amp; doubled its daily unloading.</description><pubDate>Thu, 26 Nov 2026 12:04:52 +0300</pubDate><dc:creator>Arab News</dc:creator><guid isPermaLink="false">2581234 at https://www.arabnews.example.com</guid>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({
      title: 'Jeddah’s port opens second container berth',
      link: 'https://www.arabnews.example.com/node/2581234/business-economy',
      published: '2026-11-26T09:04:52.000Z',
      // The outlet credited as author, as a reader shows it (as jekyll-feed's site name in unseen22).
      author: 'Arab News',
      text: 'The port’s authority opened a second berth on Thursday & doubled its daily unloading.',
    });
  });

  it('Times of India: the thumbnail in the description’s anchor is the picture, the copy after it, IST written as +0530', async () => {
    const doc = rss(
      '',
      '<title>Times of India</title><link>https://timesofindia.example.com</link><description>TOI</description><language>en-gb</language>',
      [
        `<title>Kochi port opens second container berth</title><description><![CDATA[<a href="https://timesofindia.example.com/city/kochi/kochi-port-second-berth/articleshow/115678901.cms"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://timesofindia.example.com/photo/115678901.cms" /></a>${COPY}]]></description><link>https://timesofindia.example.com/city/kochi/kochi-port-second-berth/articleshow/115678901.cms</link><guid>https://timesofindia.example.com/city/kochi/kochi-port-second-berth/articleshow/115678901.cms</guid><pubDate>2026-11-26T15:12:00+05:30</pubDate>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Kochi port opens second container berth',
        link: 'https://timesofindia.example.com/city/kochi/kochi-port-second-berth/articleshow/115678901.cms',
        published: '2026-11-26T09:42:00.000Z',
        author: null,
        image: 'https://timesofindia.example.com/photo/115678901.cms',
        source: 'Times of India',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('BSS: a Bangladesh +0600 date, the section after the name off the outlet, the agency in <author>', async () => {
    const doc = rss(
      '',
      '<title>BSS News - National</title><link>https://www.bssnews.example.net/</link><description>Bangladesh Sangbad Sangstha</description><language>en</language>',
      [
        `<title>Payra port opens second container berth</title><link>https://www.bssnews.example.net/national/287654</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 15:45:00 +0600</pubDate><author>BSS</author>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ link: 'https://www.bssnews.example.net/national/287654', published: '2026-11-26T09:45:00.000Z', author: 'BSS', source: 'BSS News', text: COPY });
  });

  it('The Hindu: the date in CDATA, media:content at 1200 wide, the section as category, IST', async () => {
    const doc = rss(
      `${DC} ${MEDIA}`,
      '<title><![CDATA[The Hindu - National]]></title><link>https://www.thehindu.example.com/news/national/</link><description>National news</description><language>en-in</language>',
      [
        `<title><![CDATA[Chennai port opens second container berth]]></title><author><![CDATA[Lakshmi Rao]]></author><category><![CDATA[India]]></category><link><![CDATA[https://www.thehindu.example.com/news/national/tamil-nadu/chennai-port-second-berth/article68912345.ece]]></link><description><![CDATA[${COPY}]]></description><pubDate><![CDATA[Thu, 26 Nov 2026 15:30:00 +0530]]></pubDate><media:content height="675" medium="image" url="https://th-i.thgim.example.com/public/incoming/abc123/article68912345.ece/alternates/LANDSCAPE_1200/berth.jpg" width="1200"/>`,
      ],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Chennai port opens second container berth',
        link: 'https://www.thehindu.example.com/news/national/tamil-nadu/chennai-port-second-berth/article68912345.ece',
        published: '2026-11-26T10:00:00.000Z',
        author: 'Lakshmi Rao',
        image: 'https://th-i.thgim.example.com/public/incoming/abc123/article68912345.ece/alternates/LANDSCAPE_1200/berth.jpg',
        source: 'The Hindu',
        categories: ['India'],
        text: COPY,
      },
    ]);
  });

  it('Indian Express: a srcset-only picture in the content (its widest candidate), the description’s teaser not repeated', async () => {
    const doc = rss(
      `${WP_NS} ${MEDIA}`,
      '<title>The Indian Express</title><link>https://indianexpress.example.com</link><description>India News</description><language>en-US</language>',
      [
        `<title>Mumbai port opens second container berth</title><link>https://indianexpress.example.com/article/cities/mumbai/mumbai-port-second-berth-9701234/</link><dc:creator><![CDATA[Express News Service]]></dc:creator><pubDate>Thu, 26 Nov 2026 10:05:00 +0000</pubDate><category><![CDATA[Mumbai]]></category><guid isPermaLink="false">https://indianexpress.example.com/?p=9701234</guid><description><![CDATA[${COPY}]]></description><content:encoded><![CDATA[<figure><img alt="" srcset="https://images.indianexpress.example.com/2026/11/berth-300x168.jpg 300w, https://images.indianexpress.example.com/2026/11/berth-1200x667.jpg 1200w, https://images.indianexpress.example.com/2026/11/berth-640x360.jpg 640w" sizes="(max-width: 640px) 100vw, 640px"/></figure><p>${COPY}</p>]]></content:encoded>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({
      title: 'Mumbai port opens second container berth',
      link: 'https://indianexpress.example.com/article/cities/mumbai/mumbai-port-second-berth-9701234/',
      published: '2026-11-26T10:05:00.000Z',
      image: 'https://images.indianexpress.example.com/2026/11/berth-1200x667.jpg',
      categories: ['Mumbai'],
      text: COPY,
    });
  });
});

describe('shapes', () => {
  it('an RSS feed sent as text/html is read as the feed it is', async () => {
    const doc = rss(
      '',
      '<title>Harbour Gazette</title><link>https://gazette.example.lk/</link><description>News</description>',
      [`<title>Colombo port opens second container berth</title><link>https://gazette.example.lk/news/colombo-second-berth</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 15:30:00 +0530</pubDate>`],
    );
    const [s] = await polled(doc, 'text/html; charset=UTF-8');
    expect(s).toMatchObject({ title: 'Colombo port opens second container berth', link: 'https://gazette.example.lk/news/colombo-second-berth', published: '2026-11-26T10:00:00.000Z', text: COPY });
  });

  it('HTML in a title, escaped or in CDATA, is read as its words', async () => {
    const doc = rss(
      '',
      '<title>Harbour Gazette</title><link>https://gazette.example.np/</link><description>News</description>',
      [
        `<title>Birgunj dry port opens &lt;em&gt;second&lt;/em&gt; rail siding</title><link>https://gazette.example.np/news/1</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 15:30:00 +0545</pubDate>`,
        `<title><![CDATA[<b>Live:</b> crews unload the first ship]]></title><link>https://gazette.example.np/news/2</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 15:45:00 +0545</pubDate>`,
      ],
    );
    const stories = await polled(doc);
    expect(stories.map((s) => [s.title, s.published])).toEqual([
      ['Birgunj dry port opens second rail siding', '2026-11-26T09:45:00.000Z'],
      ['Live: crews unload the first ship', '2026-11-26T10:00:00.000Z'],
    ]);
  });

  it('an item that prints its link twice, or an empty link before the real one, links the page once', async () => {
    const doc = rss(
      '',
      '<title>Harbour Gazette</title><link>https://gazette.example.bd/</link><description>News</description>',
      [
        `<title>Chattogram port opens second berth</title><link>https://gazette.example.bd/news/chattogram-second-berth</link><link>https://gazette.example.bd/news/chattogram-second-berth</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 15:30:00 +0600</pubDate>`,
        `<title>Mongla port dredging begins</title><link></link><link>https://gazette.example.bd/news/mongla-dredging</link><description>Dredging of the Mongla channel began on Thursday and is due to finish in spring.</description><pubDate>Thu, 26 Nov 2026 15:40:00 +0600</pubDate>`,
      ],
    );
    const stories = await polled(doc);
    expect(stories.map((s) => [s.link, s.published])).toEqual([
      ['https://gazette.example.bd/news/chattogram-second-berth', '2026-11-26T09:30:00.000Z'],
      ['https://gazette.example.bd/news/mongla-dredging', '2026-11-26T09:40:00.000Z'],
    ]);
  });

  it('a section feed’s title names its outlet alone: the name at both ends, a hyphenated or lower-case section after it', async () => {
    const titles = ['The Harbour Courier - World news | The Harbour Courier', 'Harbour Courier News - Top-stories', 'Harbour Courier - latest'];
    const sources = [];
    for (const [i, title] of titles.entries()) {
      const doc = rss('', `<title>${title}</title><link>https://courier.example.co.uk/</link><description>News</description>`, [
        `<title>Courier item ${i + 1}: ferry berth ${i + 1} reopens</title><link>https://courier.example.co.uk/${i + 1}</link><description>Berth ${i + 1} reopened to ferries on Thursday morning after repairs.</description><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate>`,
      ]);
      const [s] = await polled(doc);
      sources.push(s!.source);
    }
    expect(sources).toEqual(['The Harbour Courier', 'Harbour Courier News', 'Harbour Courier']);
  });

  it('an item with only a description is headed by its first sentence and linked by its guid', async () => {
    const doc = rss(
      '',
      '<title>Harbour Gazette</title><link>https://gazette.example.pk/</link><description>News</description>',
      [`<description>Gwadar port opened a second berth on Thursday. Officials expect more ships next year.</description><guid isPermaLink="true">https://gazette.example.pk/brief/4412</guid><pubDate>Thu, 26 Nov 2026 15:30:00 +0500</pubDate>`],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Gwadar port opened a second berth on Thursday', link: 'https://gazette.example.pk/brief/4412', published: '2026-11-26T10:30:00.000Z' });
  });

  it('Atom: the text/html alternate among PDF, related and enclosure links; escaped HTML summary; a Blogger "noreply@blogger.com (Name)" author', async () => {
    const doc = atom(
      'Quayside Bulletin',
      '<link rel="alternate" type="text/html" href="https://quayside.example.org/"/>',
      [
        `<id>tag:quayside.example.org,2026:post-9</id><title type="html">Berth two &amp;amp; the new cranes</title><link rel="alternate" type="application/pdf" href="https://quayside.example.org/files/berth-two.pdf"/><link rel="related" href="https://port.example.org/berths"/><link rel="enclosure" type="image/jpeg" length="0" href="https://quayside.example.org/img/berth-two.jpg"/><link rel="alternate" type="text/html" href="https://quayside.example.org/2026/11/berth-two"/><published>2026-11-26T09:00:00Z</published><updated>2026-11-26T11:00:00Z</updated><author><name>noreply@blogger.com (Hana Ito)</name></author><summary type="html">&lt;p&gt;${COPY}&lt;/p&gt;</summary>`,
      ],
    );
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Berth two & the new cranes',
        link: 'https://quayside.example.org/2026/11/berth-two',
        published: '2026-11-26T09:00:00.000Z',
        author: 'Hana Ito',
        image: 'https://quayside.example.org/img/berth-two.jpg',
        source: 'Quayside Bulletin',
        categories: [],
        text: COPY,
      },
    ]);
  });

  it('an ad network’s banner under the copy (Feedsportal, BuySellAds) is no picture; the story’s own picture after it is', async () => {
    const doc = rss(
      '',
      '<title>Harbour Gazette</title><link>https://gazette.example.fr/</link><description>News</description>',
      [
        `<title>Marseille opens second container berth</title><link>https://gazette.example.fr/marseille-second-berth</link><description><![CDATA[<p>${COPY}</p><br clear="all"/><a href="http://da.feedsportal.com/r/1865/u/49/f/6510/c/3486/s/45b4/sc/28/rc/1/rc.htm" rel="nofollow"><img src="http://da.feedsportal.com/r/1865/u/49/f/6510/c/3486/s/45b4/sc/28/rc/1/rc.img" border="0"/></a>]]></description><pubDate>Thu, 26 Nov 2026 10:30:00 +0100</pubDate>`,
        `<title>Sète dredging contract signed</title><link>https://gazette.example.fr/sete-dredging</link><description><![CDATA[<a href="https://srv.buysellads.com/ads/click/x/GTND42QNC6BDCKQ7CV7LYKQMCYYIC2QJ?segment=placement:gazette;" rel="sponsored noopener"><img src="https://cdn4.buysellads.net/uu/1/3386/1795685400-harbour-banner.png" alt="Sponsor"/></a><p><img src="https://gazette.example.fr/img/sete-dredger.jpg" alt="Dredger"/></p><p>The dredging contract for the Sète channel was signed on Thursday.</p>]]></description><pubDate>Thu, 26 Nov 2026 10:40:00 +0100</pubDate>`,
      ],
    );
    expect((await polled(doc)).map((s) => s.image)).toEqual([null, 'https://gazette.example.fr/img/sete-dredger.jpg']);
  });

  it('dates written with "UT", "Z" and "GMT+5:30" in one feed', async () => {
    const doc = rss(
      '',
      '<title>Harbour Gazette</title><link>https://gazette.example.in/</link><description>News</description>',
      [
        `<title>One</title><link>https://gazette.example.in/1</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 09:30:00 UT</pubDate>`,
        `<title>Two</title><link>https://gazette.example.in/2</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 09:40:00 Z</pubDate>`,
        `<title>Three</title><link>https://gazette.example.in/3</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 15:20:00 GMT+5:30</pubDate>`,
      ],
    );
    expect((await polled(doc)).map((s) => s.published)).toEqual(['2026-11-26T09:30:00.000Z', '2026-11-26T09:40:00.000Z', '2026-11-26T09:50:00.000Z']);
  });

  it('media:content in several sizes without a group: the largest image, not a video beside them', async () => {
    const doc = rss(
      MEDIA,
      '<title>Harbour Gazette</title><link>https://gazette.example.my/</link><description>News</description>',
      [
        `<title>Port Klang opens second berth</title><link>https://gazette.example.my/news/port-klang-second-berth</link><description>${COPY}</description><pubDate>Thu, 26 Nov 2026 17:30:00 +0800</pubDate><media:content url="https://gazette.example.my/img/klang-small.jpg" medium="image" width="320" height="180"/><media:content url="https://gazette.example.my/img/klang-large.jpg" medium="image" width="1600" height="900"/><media:content url="https://gazette.example.my/video/klang.mp4" medium="video" type="video/mp4" width="1920" height="1080"/><media:content url="https://gazette.example.my/img/klang-medium.jpg" medium="image" width="800" height="450"/>`,
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ image: 'https://gazette.example.my/img/klang-large.jpg', published: '2026-11-26T09:30:00.000Z' });
  });
});
