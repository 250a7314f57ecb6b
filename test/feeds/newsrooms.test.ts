import { feedSweep } from '../helpers/poll.js';
import { describe, expect, it } from 'vitest';
import { pollFeed } from '../../src/feeds/poll.js';
import { addFeed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import type { Story } from '../../src/stories/store.js';

/**
 * Feeds as the newsroom CMSs behind real news sites write them (Quintype, Arc XP, WordPress VIP with Jetpack's image
 * CDN, Hocalwire, Brightspot, Escenic and Polopoly, Indian publishers' own elements, Google News sitemap feeds, MSN's
 * and Yahoo's syndication feeds, UK regional groups, PressReader, agency copy as client sites carry it), each a small
 * document written for the test, served over HTTP, added, polled and read back as the stories API gives them.
 */
const sweep = feedSweep('feeds-newsrooms', Date.parse('2026-11-26T15:00:00Z'), { PUBLIC_URL: 'https://wirebrief.example' });
const { ctx, classify } = sweep;

/** What a reader of the stories API sees of a story. */
function seen(s: Story) {
  const { title, link, author, image, text, summary, source, agency, dateline, place, categories } = s;
  return { title, link, published: new Date(s.published).toISOString(), author, image, text, summary, source, agency, dateline, place, categories };
}

/** The stories one poll of `body`, served at `path`, gives: in the feed's order, as the API shows them. */
async function polled(path: string, body: string): Promise<ReturnType<typeof seen>[]> {
  const { outcome, stories } = await sweep.poll(path, body);
  expect(outcome).toMatchObject({ status: 'ok' });
  const order = [...body.matchAll(/<item>[\s\S]*?<(?:link|weburl)>([^<]+)<\/(?:link|weburl)>/g)].map((m) => m[1]!.replace(/[?#].*$/, ''));
  const at = (s: Story) => order.findIndex((l) => s.link.startsWith(l));
  return stories.sort((a, b) => at(a) - at(b)).map(seen);
}

const rss = (ns: string, channel: string, items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${ns}><channel>${channel}
${items}
</channel></rss>`;
const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"';
const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
const CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';

describe('Quintype and Arc XP', () => {
  it('Quintype: sections as categories, gumlet/imgix pictures at full size with their crop kept, utm_ dropped from the link', async () => {
    const stories = await polled(
      '/quintype/stories.rss',
      rss(
        `${MEDIA} ${DC} ${CONTENT} xmlns:atom="http://www.w3.org/2005/Atom"`,
        `<title>The Quint Example</title><link>https://www.thequint.example.com</link><description>Latest stories</description><language>en</language>
<atom:link href="https://www.thequint.example.com/stories.rss" rel="self" type="application/rss+xml"/>`,
        `<item><title>Monsoon session: Parliament passes coastal shipping bill</title>
<link>https://www.thequint.example.com/news/politics/monsoon-session-parliament-passes-coastal-shipping-bill?utm_source=rss&amp;utm_medium=rss</link>
<guid isPermaLink="false">7c1b2e9a-4f3d-4a8e-9b61-2f0d5c7e8a10</guid>
<description>The Lok Sabha cleared the bill by voice vote after a three-hour debate.</description>
<content:encoded><![CDATA[<p>The Lok Sabha cleared the coastal shipping bill by voice vote on Thursday after a three-hour debate in which the opposition sought changes to the cabotage rules.</p><p>The bill now goes to the Rajya Sabha.</p>]]></content:encoded>
<category>Politics</category><category>News</category>
<dc:creator>Aditi Rao</dc:creator>
<pubDate>Thu, 26 Nov 2026 09:12:44 GMT</pubDate>
<media:content url="https://images.assettype.com/thequint/2026-11/5f2a1c3e-parliament.jpg?rect=0%2C0%2C3000%2C1688&amp;w=1200&amp;auto=format%2Ccompress&amp;ogImage=true" medium="image"/>
</item>
<item><title>Kerala floods: IMD issues red alert for five districts</title>
<link>https://www.thequint.example.com/news/india/kerala-floods-imd-red-alert</link>
<guid isPermaLink="false">9a0e1f22-1111-4c2b-a0aa-3bd2e1f0c9d4</guid>
<description>Schools stay shut in Idukki and Wayanad as rivers rise.</description>
<category>India</category>
<dc:creator>Quint Staff</dc:creator>
<pubDate>Thu, 26 Nov 2026 07:02:10 GMT</pubDate>
<media:content url="https://gumlet.assettype.com/thequint/2026-11/0b1c-kerala.jpg?w=480&amp;auto=format%2Ccompress&amp;fit=max" medium="image" type="image/jpeg"/>
</item>`,
      ),
    );
    expect(stories).toEqual([
      {
        title: 'Monsoon session: Parliament passes coastal shipping bill',
        link: 'https://www.thequint.example.com/news/politics/monsoon-session-parliament-passes-coastal-shipping-bill',
        published: '2026-11-26T09:12:44.000Z',
        author: 'Aditi Rao',
        image: 'https://images.assettype.com/thequint/2026-11/5f2a1c3e-parliament.jpg?rect=0%2C0%2C3000%2C1688&auto=format%2Ccompress&ogImage=true',
        text: 'The Lok Sabha cleared the coastal shipping bill by voice vote on Thursday after a three-hour debate in which the opposition sought changes to the cabotage rules.\n\nThe bill now goes to the Rajya Sabha.',
        summary: 'The Lok Sabha cleared the coastal shipping bill by voice vote on Thursday after a three-hour debate in which the opposition sought changes to the cabotage rules.',
        source: 'The Quint Example',
        agency: null,
        dateline: null,
        place: null,
        categories: ['Politics', 'News'],
      },
      {
        title: 'Kerala floods: IMD issues red alert for five districts',
        link: 'https://www.thequint.example.com/news/india/kerala-floods-imd-red-alert',
        published: '2026-11-26T07:02:10.000Z',
        author: 'Quint Staff',
        image: 'https://gumlet.assettype.com/thequint/2026-11/0b1c-kerala.jpg?auto=format%2Ccompress&fit=max',
        text: 'Schools stay shut in Idukki and Wayanad as rivers rise.',
        summary: 'Schools stay shut in Idukki and Wayanad as rivers rise.',
        source: 'The Quint Example',
        agency: null,
        dateline: null,
        place: null,
        categories: ['India'],
      },
    ]);
  });

  it('Quintype in Bangladesh: a quintype-01.imgix.net picture with no type, a +0600 date', async () => {
    const [s] = await polled(
      '/quintype/prothom.rss',
      rss(
        `${MEDIA} ${DC}`,
        `<title>Prothom Example English</title><link>https://en.prothomalo.example.com</link><description>News</description>`,
        `<item><title>Dhaka metro extends hours from next week</title>
<link>https://en.prothomalo.example.com/bangladesh/dhaka-metro-extends-hours</link>
<guid isPermaLink="false">44aa0f3e-2b1c-4d2e-8f1a-7a9b0c1d2e3f</guid>
<description>Trains on the MRT Line-6 will run until 11 pm from next week, the operator said.</description>
<category>Bangladesh</category>
<dc:creator>Staff Correspondent</dc:creator>
<pubDate>Thu, 26 Nov 2026 12:00:00 +0600</pubDate>
<media:content url="https://quintype-01.imgix.net/prothomalo-en/import/2026/11/metro.jpg?rect=0%2C118%2C1280%2C720&amp;w=640&amp;auto=format"/>
</item>`,
      ),
    );
    expect(s).toMatchObject({
      published: '2026-11-26T06:00:00.000Z',
      author: 'Staff Correspondent',
      image: 'https://quintype-01.imgix.net/prothomalo-en/import/2026/11/metro.jpg?rect=0%2C118%2C1280%2C720&auto=format',
      source: 'Prothom Example English',
      categories: ['Bangladesh'],
    });
  });

  it('Arc XP (outputType=xml): dc:creator listing two writers, a resizer picture, outputType=amp dropped, PTI copy under its dateline', async () => {
    const stories = await polled(
      '/arc/outboundfeeds/rss/',
      rss(
        `xmlns:atom="http://www.w3.org/2005/Atom" ${CONTENT} ${DC} xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" ${MEDIA}`,
        `<title><![CDATA[Hindustan Example]]></title><link>https://www.hindustantimes.example.com</link>
<atom:link href="https://www.hindustantimes.example.com/arc/outboundfeeds/rss/?outputType=xml" rel="self" type="application/rss+xml"/>
<description><![CDATA[Hindustan Example News Feed]]></description><language>en</language><sy:updatePeriod>hourly</sy:updatePeriod>`,
        `<item><title><![CDATA[Delhi air quality slips to 'severe' as stubble fires rise]]></title>
<link>https://www.hindustantimes.example.com/cities/delhi-news/delhi-air-quality-slips-to-severe-101764150000000.html</link>
<guid isPermaLink="false">JRXH4KQ2ZVFG5M3ZL6YQ7ABCDE</guid>
<dc:creator><![CDATA[Jasjeev Gandhiok, Soumya Pillai]]></dc:creator>
<description><![CDATA[The Capital's AQI touched 412 at 4pm on Thursday.]]></description>
<pubDate>Thu, 26 Nov 2026 09:45:00 +0000</pubDate>
<content:encoded><![CDATA[<p>The Capital's air quality index touched 412 at 4pm on Thursday, the worst this season, as farm fires in Punjab rose sharply.</p><p>The Commission for Air Quality Management invoked stage 3 curbs.</p>]]></content:encoded>
<media:content url="https://www.hindustantimes.example.com/resizer/v2/ABCDEF.jpg?auth=0f1e2d3c&amp;width=1600&amp;height=900&amp;smart=true" type="image/jpeg" height="900" width="1600" medium="image"><media:description type="plain"><![CDATA[Smog over India Gate on Thursday. (Raj K Raj/HT Photo)]]></media:description><media:credit role="author" scheme="urn:ebu"><![CDATA[Raj K Raj]]></media:credit></media:content>
<category>cities</category><category>delhi-news</category>
</item>
<item><title><![CDATA[Sensex ends 300 points higher on IT gains]]></title>
<link>https://www.hindustantimes.example.com/business/sensex-ends-higher-101764150000001.html?outputType=amp</link>
<guid isPermaLink="false">KLMNOPQRSTUV</guid>
<dc:creator><![CDATA[PTI]]></dc:creator>
<description><![CDATA[MUMBAI, Nov 26 (PTI) The BSE Sensex ended 300 points higher on Thursday, led by IT stocks.]]></description>
<pubDate>Thu, 26 Nov 2026 10:05:00 +0000</pubDate>
<media:content url="https://www.hindustantimes.example.com/resizer/v2/XYZ.jpg?auth=aa&amp;width=1600&amp;height=900" type="image/jpeg" height="900" width="1600" medium="image"/>
<category>business</category>
</item>`,
      ),
    );
    expect(stories[0]).toMatchObject({
      link: 'https://www.hindustantimes.example.com/cities/delhi-news/delhi-air-quality-slips-to-severe-101764150000000.html',
      author: 'Jasjeev Gandhiok, Soumya Pillai',
      image: 'https://www.hindustantimes.example.com/resizer/v2/ABCDEF.jpg?auth=0f1e2d3c&width=1600&height=900&smart=true',
      published: '2026-11-26T09:45:00.000Z',
      categories: ['cities', 'delhi-news'],
      source: 'Hindustan Example',
    });
    expect(stories[1]).toMatchObject({
      link: 'https://www.hindustantimes.example.com/business/sensex-ends-higher-101764150000001.html',
      author: 'PTI',
      agency: 'PTI',
      dateline: 'MUMBAI, Nov 26 (PTI)',
      place: 'MUMBAI',
      text: 'The BSE Sensex ended 300 points higher on Thursday, led by IT stocks.',
    });
  });

  it('Arc XP and Brightspot: every writer of repeated dc:creator elements is named, each cleaned as a byline is', async () => {
    const [mint] = await polled(
      '/arc/mint.xml',
      rss(
        `${DC} ${MEDIA}`,
        `<title>Mint Example</title><link>https://www.livemint.example.com</link><description>News</description>`,
        `<item><title>RBI keeps repo rate unchanged</title><link>https://www.livemint.example.com/economy/rbi-keeps-repo-rate-unchanged-11764150000000.html</link>
<guid isPermaLink="false">ARC123456789</guid>
<dc:creator>Gopika Gopakumar</dc:creator><dc:creator>By SHAYAN GHOSH</dc:creator>
<pubDate>Thu, 26 Nov 2026 04:45:00 GMT</pubDate>
<description>The monetary policy committee voted 5-1 to hold the repo rate at 5.5%.</description>
<media:content url="https://www.livemint.example.com/lm-img/img/2026/11/26/1600x900/rbi_1764150000000.jpg" medium="image" width="1600" height="900"/>
<media:thumbnail url="https://www.livemint.example.com/lm-img/img/2026/11/26/90x90/rbi_1764150000000.jpg"/>
</item>`,
      ),
    );
    expect(mint).toMatchObject({ author: 'Gopika Gopakumar, Shayan Ghosh', image: 'https://www.livemint.example.com/lm-img/img/2026/11/26/1600x900/rbi_1764150000000.jpg' });

    const [radio] = await polled(
      '/brightspot/feed.xml',
      rss(
        `${DC} ${MEDIA} ${CONTENT}`,
        `<title>Metro Public Radio Example</title><link>https://www.metroradio.example.org</link><description>News</description>`,
        `<item><title>City council approves transit budget after late-night session</title>
<link>https://www.metroradio.example.org/local-news/2026-11-26/city-council-approves-transit-budget</link>
<description>The 9-4 vote funds bus lanes on three corridors.</description>
<pubDate>Thu, 26 Nov 2026 05:30:00 GMT</pubDate>
<guid>https://www.metroradio.example.org/local-news/2026-11-26/city-council-approves-transit-budget</guid>
<dc:creator>Maria Lopez</dc:creator><dc:creator>Tom Reed</dc:creator><dc:creator>Maria Lopez</dc:creator>
<dc:date>2026-11-26T05:30:00Z</dc:date>
<media:content url="https://metroradio.brightspotcdn.example.com/dims4/default/3f2a1b0/2147483647/strip/true/crop/4000x2250+0+208/resize/1200x675!/quality/90/?url=http%3A%2F%2Fmetroradio-brightspot.s3.amazonaws.com%2F6b%2F1d%2Fcouncil.jpg" medium="image" type="image/jpeg" width="1200" height="675"><media:title>Council chamber</media:title></media:content>
<category>Local News</category>
</item>`,
      ),
    );
    expect(radio).toEqual({
      title: 'City council approves transit budget after late-night session',
      link: 'https://www.metroradio.example.org/local-news/2026-11-26/city-council-approves-transit-budget',
      published: '2026-11-26T05:30:00.000Z',
      author: 'Maria Lopez, Tom Reed',
      image:
        'https://metroradio.brightspotcdn.example.com/dims4/default/3f2a1b0/2147483647/strip/true/crop/4000x2250+0+208/resize/1200x675!/quality/90/?url=http%3A%2F%2Fmetroradio-brightspot.s3.amazonaws.com%2F6b%2F1d%2Fcouncil.jpg',
      text: 'The 9-4 vote funds bus lanes on three corridors.',
      summary: 'The 9-4 vote funds bus lanes on three corridors.',
      source: 'Metro Public Radio Example',
      agency: null,
      dateline: null,
      place: null,
      categories: ['Local News'],
    });
  });
});

describe('WordPress VIP with Jetpack, and Hocalwire', () => {
  it('Jetpack: the i0.wp.com picture of media:content, the caption and "appeared first on" out of the text, the dateline read', async () => {
    const [s] = await polled(
      '/vip/feed/',
      rss(
        `${CONTENT} ${DC} xmlns:atom="http://www.w3.org/2005/Atom" ${MEDIA}`,
        `<title>The Print Example</title><atom:link href="https://www.theprint.example.in/feed/" rel="self" type="application/rss+xml" /><link>https://www.theprint.example.in</link><description>Politics, governance and more</description><language>en-US</language><generator>https://wordpress.org/?v=6.7</generator>
<image><url>https://i0.wp.com/www.theprint.example.in/wp-content/uploads/2026/01/favicon.png?fit=32%2C32&amp;ssl=1</url><title>The Print Example</title><link>https://www.theprint.example.in</link><width>32</width><height>32</height></image>`,
        `<item><title>Army raises new drone platoons along LAC, first batch trained at Mhow</title>
<link>https://www.theprint.example.in/defence/army-raises-new-drone-platoons/2345678/</link>
<dc:creator><![CDATA[Snehesh Alex Philip]]></dc:creator>
<pubDate>Thu, 26 Nov 2026 10:15:03 +0000</pubDate>
<category><![CDATA[Defence]]></category><category><![CDATA[Indian Army]]></category>
<guid isPermaLink="false">https://www.theprint.example.in/?p=2345678</guid>
<description><![CDATA[<p>New Delhi: The Army has raised drone platoons in every infantry battalion deployed on the LAC, sources said.</p>]]></description>
<content:encoded><![CDATA[<figure class="wp-block-image size-large"><img data-recalc-dims="1" loading="lazy" width="696" height="392" src="https://i0.wp.com/www.theprint.example.in/wp-content/uploads/2026/11/drone.jpg?resize=696%2C392&#038;ssl=1" alt="" srcset="https://i0.wp.com/www.theprint.example.in/wp-content/uploads/2026/11/drone.jpg?w=1200&amp;ssl=1 1200w" /><figcaption class="wp-element-caption">File photo of an Army drone | ANI</figcaption></figure>
<p>New Delhi: The Army has raised drone platoons in every infantry battalion deployed on the LAC, sources said.</p>
<p>The first batch of operators trained at the Infantry School in Mhow.</p>
<p>The post <a href="https://www.theprint.example.in/defence/army-raises-new-drone-platoons/2345678/">Army raises new drone platoons along LAC, first batch trained at Mhow</a> appeared first on <a href="https://www.theprint.example.in">ThePrint</a>.</p>]]></content:encoded>
<media:content url="https://i0.wp.com/www.theprint.example.in/wp-content/uploads/2026/11/drone.jpg?fit=1200%2C675&amp;ssl=1" medium="image"><media:title type="html">drone</media:title></media:content>
<post-id xmlns="com-wordpress:feed-additions:1">2345678</post-id></item>`,
      ),
    );
    expect(s).toEqual({
      title: 'Army raises new drone platoons along LAC, first batch trained at Mhow',
      link: 'https://www.theprint.example.in/defence/army-raises-new-drone-platoons/2345678/',
      published: '2026-11-26T10:15:03.000Z',
      author: 'Snehesh Alex Philip',
      image: 'https://i0.wp.com/www.theprint.example.in/wp-content/uploads/2026/11/drone.jpg?ssl=1',
      text: 'The Army has raised drone platoons in every infantry battalion deployed on the LAC, sources said.\n\nThe first batch of operators trained at the Infantry School in Mhow.',
      summary: 'The Army has raised drone platoons in every infantry battalion deployed on the LAC, sources said.',
      source: 'The Print Example',
      agency: null,
      dateline: 'New Delhi',
      place: 'New Delhi',
      categories: ['Defence', 'Indian Army'],
    });
  });

  it('Jetpack without media:content: the picture in the content, &#038; decoded', async () => {
    const [s] = await polled(
      '/vip/scroll/feed',
      rss(
        `${CONTENT} ${DC}`,
        `<title>Scroll Example</title><link>https://www.scroll.example.in</link><description>Latest</description><language>en-US</language>`,
        `<item><title>Assam tea growers seek price floor</title><link>https://www.scroll.example.in/latest/1089012/assam-tea-growers-seek-price-floor</link>
<dc:creator><![CDATA[Scroll Staff]]></dc:creator><pubDate>Thu, 26 Nov 2026 11:00:00 +0000</pubDate>
<guid isPermaLink="false">https://www.scroll.example.in/?p=1089012</guid>
<content:encoded><![CDATA[<p><img loading="lazy" width="300" height="169" src="https://i0.wp.com/www.scroll.example.in/wp-content/uploads/2026/11/tea.jpg?resize=300%2C169&#038;ssl=1" class="attachment-medium" alt="" /></p><p>Small tea growers in Assam asked the Tea Board to fix a minimum price for green leaf.</p>]]></content:encoded>
</item>`,
      ),
    );
    expect(s).toMatchObject({
      image: 'https://i0.wp.com/www.scroll.example.in/wp-content/uploads/2026/11/tea.jpg?ssl=1',
      text: 'Small tea growers in Assam asked the Tea Board to fix a minimum price for green leaf.',
      author: 'Scroll Staff',
    });
  });

  it('Hocalwire: the h-upload picture, the dateline before a colon, and a news service’s initials before a place as the byline', async () => {
    const stories = await polled(
      '/h-api/rss/state',
      rss(
        `${MEDIA} ${CONTENT} ${DC}`,
        `<title><![CDATA[Pioneer Example - State]]></title><link>https://www.dailypioneer.example.com</link><description>State news</description><language>en</language>`,
        `<item><title><![CDATA[Odisha to set up 50 new fire stations]]></title>
<link>https://www.dailypioneer.example.com/2026/state-editions/odisha-to-set-up-50-new-fire-stations.html</link>
<guid isPermaLink="true">https://www.dailypioneer.example.com/2026/state-editions/odisha-to-set-up-50-new-fire-stations.html</guid>
<description><![CDATA[<img src="https://www.dailypioneer.example.com/h-upload/2026/11/26/500x300_1056790-fire.webp" /> The State Government approved 50 new fire stations.]]></description>
<content:encoded><![CDATA[<p><img src="https://www.dailypioneer.example.com/h-upload/2026/11/26/1056790-fire.webp" alt="Representative image" /></p><p>Bhubaneswar: The State Government on Thursday approved 50 new fire stations across 30 districts.</p>]]></content:encoded>
<pubDate>Thu, 26 Nov 2026 19:35:00 +0530</pubDate>
<dc:creator>PNS</dc:creator>
<category>State Editions</category>
<media:content url="https://www.dailypioneer.example.com/h-upload/2026/11/26/1056790-fire.webp" medium="image"/>
</item>
<item><title><![CDATA[Cuttack bridge over Kathajodi opens]]></title>
<link>https://www.dailypioneer.example.com/2026/state-editions/cuttack-bridge-opens.html</link>
<pubDate>Thu, 26 Nov 2026 18:05:00 +0530</pubDate><dc:creator>PNS | Cuttack</dc:creator>
<description><![CDATA[<p>CUTTACK: The new bridge over the Kathajodi opened to traffic on Thursday.</p>]]></description></item>`,
      ),
    );
    expect(stories[0]).toMatchObject({
      published: '2026-11-26T14:05:00.000Z',
      author: 'PNS',
      image: 'https://www.dailypioneer.example.com/h-upload/2026/11/26/1056790-fire.webp',
      text: 'The State Government on Thursday approved 50 new fire stations across 30 districts.',
      dateline: 'Bhubaneswar',
      place: 'Bhubaneswar',
      categories: ['State Editions'],
      source: 'Pioneer Example - State',
    });
    // Before, "PNS | Cuttack" stood whole: only a name of two words lost its place.
    expect(stories[1]).toMatchObject({ author: 'PNS', place: 'CUTTACK', published: '2026-11-26T12:35:00.000Z' });
  });
});

describe('Indian publishers’ own elements', () => {
  it('Jagran: <StoryImage>, <Category> and <Author> as the publisher capitalises them, in Hindi', async () => {
    const [s] = await polled(
      '/jagran/national.xml',
      rss(
        '',
        `<title>Jagran Example - National</title><link>https://www.jagran.example.com</link><description>national news</description><language>hi</language>`,
        `<item><title><![CDATA[संसद में तटीय नौवहन विधेयक पारित]]></title>
<link>https://www.jagran.example.com/news/national-coastal-shipping-bill-passed-23812345.html</link>
<description><![CDATA[लोकसभा ने गुरुवार को ध्वनिमत से विधेयक पारित कर दिया।]]></description>
<pubDate>Thu, 26 Nov 2026 15:42:00 +0530</pubDate>
<guid>https://www.jagran.example.com/news/national-coastal-shipping-bill-passed-23812345.html</guid>
<StoryImage>https://www.jagranimages.example.com/images/newimg/26112026/26_11_2026-parliament_23812345.webp</StoryImage>
<Category>National</Category>
<Author>Jagran News Network</Author>
</item>`,
      ),
    );
    expect(s).toEqual({
      title: 'संसद में तटीय नौवहन विधेयक पारित',
      link: 'https://www.jagran.example.com/news/national-coastal-shipping-bill-passed-23812345.html',
      published: '2026-11-26T10:12:00.000Z',
      author: 'Jagran News Network',
      image: 'https://www.jagranimages.example.com/images/newimg/26112026/26_11_2026-parliament_23812345.webp',
      text: 'लोकसभा ने गुरुवार को ध्वनिमत से विधेयक पारित कर दिया।',
      summary: 'लोकसभा ने गुरुवार को ध्वनिमत से विधेयक पारित कर दिया।',
      // The section after the outlet's name is no part of it (unseen23).
      source: 'Jagran Example',
      agency: null,
      dateline: null,
      place: null,
      categories: ['National'],
    });
  });

  it('Dainik Bhaskar style: zoneless times in a feed declared Hindi (hi) on a .com address are India’s clock', async () => {
    const stories = await polled(
      '/bhaskar/rss-v1--category-1061.xml',
      rss(
        '',
        `<title>Dainik Example</title><link>https://www.bhaskar.example.com</link><description>मध्य प्रदेश</description><language>hi</language>`,
        `<item><title>इंदौर में मेट्रो का ट्रायल रन पूरा</title><link>https://www.bhaskar.example.com/local/mp/indore/news/metro-trial-run-133012345.html</link>
<pubDate>26 नवंबर 2026 14:05</pubDate><description><![CDATA[इंदौर मेट्रो का ट्रायल रन गुरुवार को पूरा हुआ।]]></description></item>
<item><title>भोपाल में ठंड बढ़ी</title><link>https://www.bhaskar.example.com/local/mp/bhopal/news/cold-133012346.html</link>
<pubDate>2026-11-26 12:05:00</pubDate><description><![CDATA[भोपाल में रात का तापमान 9 डिग्री रहा।]]></description></item>`,
      ),
    );
    // Before, read as UTC: 14:05 and 12:05 UTC.
    expect(stories.map((s) => s.published)).toEqual(['2026-11-26T08:35:00.000Z', '2026-11-26T06:35:00.000Z']);
  });

  it('pictures in <Image>, <image_link> and <img> as some Hindi and regional CMSs name them, and <bigimage> over a <smallimage> before it', async () => {
    const stories = await polled(
      '/zee/india.xml',
      rss(
        '',
        `<title>Zee Example India</title><link>https://zeenews.example.com</link><description>India</description><language>en</language>`,
        `<item><title>Capitalised Image element</title><link>https://zeenews.example.com/india/capitalised-2871001.html</link><pubDate>Thu, 26 Nov 2026 10:00:00 +0530</pubDate>
<description>One.</description><Image>https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/1.jpg</Image></item>
<item><title>Image link element</title><link>https://zeenews.example.com/india/image-link-2871002.html</link><pubDate>Thu, 26 Nov 2026 10:05:00 +0530</pubDate>
<description>Two.</description><image_link>https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/2.jpg</image_link></item>
<item><title>Small before big</title><link>https://zeenews.example.com/india/small-big-2871003.html</link><pubDate>Thu, 26 Nov 2026 10:10:00 +0530</pubDate>
<description>Three.</description><smallimage>https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/3-small.jpg</smallimage><bigimage>https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/3-big.jpg</bigimage></item>
<item><title>Img element</title><link>https://zeenews.example.com/india/img-2871004.html</link><pubDate>Thu, 26 Nov 2026 10:15:00 +0530</pubDate>
<description>Four.</description><img>https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/4.jpg</img></item>`,
      ),
    );
    // Before: none, none, the small one, none.
    expect(stories.map((s) => s.image)).toEqual([
      'https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/1.jpg',
      'https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/2.jpg',
      'https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/3-big.jpg',
      'https://english.cdn.zeenews.example.com/sites/default/files/2026/11/26/4.jpg',
    ]);
  });

  it('a regional CMS’s own names: <fulltext> for the story, <synopsis> for its summary, <byline>, <section> and <tags>', async () => {
    const [s, t] = await polled(
      '/lokmat/rss/maharashtra.xml',
      rss(
        '',
        `<title>Lokmat Example - Maharashtra</title><link>https://www.lokmat.example.com</link><description>Maharashtra</description><language>en-in</language>`,
        `<item><title>Pune metro extension gets Centre's nod</title>
<link>https://www.lokmat.example.com/pune/pune-metro-extension-gets-centres-nod-a512/</link>
<pubDate>Thu, 26 Nov 2026 11:20:00 +0530</pubDate>
<synopsis><![CDATA[The 5.5-km stretch will link Swargate and Katraj.]]></synopsis>
<fulltext><![CDATA[<p>Pune: The Union Cabinet on Thursday approved the 5.5-km underground extension of the Pune metro from Swargate to Katraj.</p><p>The line will have three stations.</p>]]></fulltext>
<byline>Neha Kulkarni</byline>
<section>Pune</section>
<tags>Pune Metro, Swargate, Katraj</tags>
</item>
<item><title>Nagpur records season's lowest temperature</title>
<link>https://www.lokmat.example.com/nagpur/nagpur-lowest-temperature-a513/</link>
<pubDate>Thu, 26 Nov 2026 08:05:00 +0530</pubDate>
<shortdescription><![CDATA[<p>The mercury dipped to 9.4 degrees Celsius on Thursday morning.</p>]]></shortdescription>
<writer>Lokmat News Network</writer>
</item>`,
      ),
    );
    // Before: no text, no byline, no categories; the second story was its title alone.
    expect(s).toEqual({
      title: "Pune metro extension gets Centre's nod",
      link: 'https://www.lokmat.example.com/pune/pune-metro-extension-gets-centres-nod-a512/',
      published: '2026-11-26T05:50:00.000Z',
      author: 'Neha Kulkarni',
      image: null,
      text: 'The Union Cabinet on Thursday approved the 5.5-km underground extension of the Pune metro from Swargate to Katraj.\n\nThe line will have three stations.',
      summary: 'The Union Cabinet on Thursday approved the 5.5-km underground extension of the Pune metro from Swargate to Katraj.',
      source: 'Lokmat Example - Maharashtra',
      agency: null,
      dateline: 'Pune',
      place: 'Pune',
      categories: ['Pune', 'Pune Metro', 'Swargate', 'Katraj'],
    });
    expect(t).toMatchObject({ text: 'The mercury dipped to 9.4 degrees Celsius on Thursday morning.', author: 'Lokmat News Network' });
  });

  it('a portal’s own feed without RSS’s names: <headline>, <weburl>, <createdAt>, <storyContent>, <authorName>, <Image>', async () => {
    const [s] = await polled(
      '/portal/feeds/latest',
      rss(
        '',
        `<title>Portal Example Latest</title><link>https://www.portal.example.com</link><description>Latest</description>`,
        `<item><headline>Hyderabad airport adds night flights to Gulf</headline>
<weburl>https://www.portal.example.com/telangana/hyderabad-airport-night-flights-gulf-77120</weburl>
<createdAt>2026-11-26T13:30:00+05:30</createdAt>
<storyContent><![CDATA[<p>Hyderabad: Rajiv Gandhi International Airport will add six night flights to Gulf cities from December.</p>]]></storyContent>
<authorName>Sai Krishna</authorName>
<Image>https://img.portal.example.com/2026/11/26/airport.jpg</Image>
</item>`,
      ),
    );
    // Before: headed by its first sentence, no link, dated when fetched, no byline, no picture.
    expect(s).toEqual({
      title: 'Hyderabad airport adds night flights to Gulf',
      link: 'https://www.portal.example.com/telangana/hyderabad-airport-night-flights-gulf-77120',
      published: '2026-11-26T08:00:00.000Z',
      author: 'Sai Krishna',
      image: 'https://img.portal.example.com/2026/11/26/airport.jpg',
      text: 'Rajiv Gandhi International Airport will add six night flights to Gulf cities from December.',
      summary: 'Rajiv Gandhi International Airport will add six night flights to Gulf cities from December.',
      source: 'Portal Example Latest',
      agency: null,
      dateline: 'Hyderabad',
      place: 'Hyderabad',
      categories: [],
    });
  });

  it('ABP: <fullimage> before <thumbimage>, pubDate before <updatedAt>', async () => {
    const [s] = await polled(
      '/abp/india/feed',
      rss(
        '',
        `<title>ABP Example: India News</title><link>https://news.abplive.example.com/news/india</link><description>India</description><language>en</language>`,
        `<item><title><![CDATA[Cyclone to make landfall near Nellore tonight, says IMD]]></title>
<link>https://news.abplive.example.com/news/india/cyclone-landfall-nellore-imd-1734567</link>
<guid>https://news.abplive.example.com/news/india/cyclone-landfall-nellore-imd-1734567</guid>
<description><![CDATA[Coastal districts of Andhra Pradesh have been put on alert.]]></description>
<pubDate>Thu, 26 Nov 2026 16:20:00 +0530</pubDate>
<updatedAt>Thu, 26 Nov 2026 17:05:00 +0530</updatedAt>
<fullimage>https://feeds.abplive.example.com/onecms/images/uploaded-images/2026/11/26/cyclone.jpg</fullimage>
<thumbimage>https://feeds.abplive.example.com/onecms/images/uploaded-images/2026/11/26/cyclone.jpg?impolicy=abp_cdn&amp;imwidth=300</thumbimage>
<category>India</category>
</item>`,
      ),
    );
    expect(s).toMatchObject({ published: '2026-11-26T10:50:00.000Z', image: 'https://feeds.abplive.example.com/onecms/images/uploaded-images/2026/11/26/cyclone.jpg', author: null, categories: ['India'] });
  });

  it('NDTV: <fullimage> over <StoryImage> and <thumbimage>; an item dated only by <updatedAt> without a zone takes it, in the clock the feed’s other dates keep (+0530)', async () => {
    const stories = await polled(
      '/ndtv/top-stories',
      rss(
        `${CONTENT} ${MEDIA} ${DC}`,
        `<title>NDTV Example - Top Stories</title><link>https://www.ndtv.example.com/</link><description>Top stories</description><language>en</language>`,
        `<item><title><![CDATA[Supreme Court seeks Centre's reply on electoral rolls plea]]></title>
<link>https://www.ndtv.example.com/india-news/supreme-court-seeks-centres-reply-on-electoral-rolls-plea-9701234</link>
<description><![CDATA[A bench headed by the Chief Justice issued notice and listed the matter after four weeks.]]></description>
<pubDate>Thu, 26 Nov 2026 12:44:05 +0530</pubDate>
<updatedAt>2026-11-26 13:10:22</updatedAt>
<StoryImage>https://c.ndtvimg.example.com/2026-11/abc123_supreme-court_625x300_26_November_26.jpg</StoryImage>
<thumbimage>https://c.ndtvimg.example.com/2026-11/abc123_supreme-court_120x90_26_November_26.jpg</thumbimage>
<fullimage>https://c.ndtvimg.example.com/2026-11/abc123_supreme-court_1200x675_26_November_26.jpg</fullimage>
<category>India News</category>
<content:encoded><![CDATA[<p>New Delhi: A bench headed by the Chief Justice on Thursday issued notice to the Centre on a plea challenging the revision of electoral rolls.</p><p>The matter will be heard after four weeks.</p>]]></content:encoded>
<dc:creator>Press Trust of India</dc:creator>
</item>
<item><title><![CDATA[Sikkim landslide blocks NH10]]></title>
<link>https://www.ndtv.example.com/india-news/sikkim-landslide-blocks-nh10-9701235</link>
<description><![CDATA[Traffic to Gangtok was diverted through Kalimpong.]]></description>
<updatedAt>2026-11-26 13:40:22</updatedAt>
</item>
<item><title><![CDATA[Mizoram polls: counting on December 3]]></title>
<link>https://www.ndtv.example.com/india-news/mizoram-polls-counting-9701236</link>
<description><![CDATA[The Election Commission announced the counting date.]]></description>
<pubDate>Thu, 26 Nov 2026 11:02:00 +0530</pubDate>
</item>`,
      ),
    );
    expect(stories[0]).toMatchObject({
      published: '2026-11-26T07:14:05.000Z',
      // The full-size picture, wherever it comes: before, the first of the three (<StoryImage>, 625×300).
      image: 'https://c.ndtvimg.example.com/2026-11/abc123_supreme-court_1200x675_26_November_26.jpg',
      author: 'Press Trust of India',
      // The byline is the agency's whole name: the copy is PTI's, though its dateline is the site's own "New Delhi:".
      agency: 'PTI',
      dateline: 'New Delhi',
      place: 'New Delhi',
      categories: ['India News'],
    });
    // Before, the fetch time (15:00 UTC).
    expect(stories[1]).toMatchObject({ title: 'Sikkim landslide blocks NH10', published: '2026-11-26T08:10:22.000Z' });
  });

  it('Times of India: <image> inside the item over the description’s thumbnail, an ISO date, IST read as India’s', async () => {
    const stories = await polled(
      '/toi/rssfeeds/-2128936835.cms',
      rss(
        '',
        `<title>Times of India Example</title><link>https://timesofindia.indiatimes.example.com</link><description>India</description><language>en-gb</language>
<image><title>Times of India Example</title><url>https://timesofindia.indiatimes.example.com/photo/507610.cms</url><link>https://timesofindia.indiatimes.example.com</link></image>`,
        `<item><title>ISRO readies heavy-lift launch for December window</title>
<description><![CDATA[<a href="https://timesofindia.indiatimes.example.com/india/isro-readies-heavy-lift-launch/articleshow/125678901.cms"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://static.toiimg.example.com/thumb/msid-125678901,width-400,resizemode-4/125678901.jpg" /></a>The launch from Sriharikota will carry two communication satellites.]]></description>
<link>https://timesofindia.indiatimes.example.com/india/isro-readies-heavy-lift-launch/articleshow/125678901.cms</link>
<guid>https://timesofindia.indiatimes.example.com/india/isro-readies-heavy-lift-launch/articleshow/125678901.cms</guid>
<pubDate>2026-11-26T18:20:11+05:30</pubDate>
<image>https://static.toiimg.example.com/photo/125678901.cms</image>
<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">TOI Tech Desk</dc:creator>
</item>
<item><title>Mumbai local trains run late after signal failure</title>
<link>https://timesofindia.indiatimes.example.com/city/mumbai/mumbai-local-trains-run-late/articleshow/125678950.cms</link>
<pubDate>Thu, 26 Nov 2026 09:05:00 IST</pubDate>
<description><![CDATA[Commuters on the Western line faced delays of up to 40 minutes.]]></description>
<enclosure url="https://static.toiimg.example.com/photo/msid-125678950,imgsize-45678.cms" length="45678" type="image/jpeg"/>
</item>`,
      ),
    );
    expect(stories[0]).toMatchObject({
      published: '2026-11-26T12:50:11.000Z',
      image: 'https://static.toiimg.example.com/photo/125678901.cms',
      text: 'The launch from Sriharikota will carry two communication satellites.',
      author: 'TOI Tech Desk',
      source: 'Times of India Example',
    });
    expect(stories[1]).toMatchObject({ published: '2026-11-26T03:35:00.000Z', image: 'https://static.toiimg.example.com/photo/msid-125678950,imgsize-45678.cms', author: null });
  });
});

describe('Google News publisher feeds (news sitemap namespace)', () => {
  it('reads <news:publication_date>, <news:keywords> and <image:image>, and <news:title> for an item without a title', async () => {
    const news = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"';
    const stories = await polled(
      '/gnews/google-news.xml',
      rss(
        news,
        `<title>Daily Example</title><link>https://www.dailyexample.in</link><description>Google News</description>`,
        `<item><title>Bengaluru metro's yellow line opens to public</title>
<link>https://www.dailyexample.in/karnataka/bengaluru-metro-yellow-line-opens-3344556</link>
<guid isPermaLink="false">3344556</guid>
<news:news><news:publication><news:name>Daily Example</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-26T08:30:00+05:30</news:publication_date><news:title>Bengaluru metro's yellow line opens to public</news:title><news:keywords>Bengaluru, Namma Metro, Yellow Line</news:keywords></news:news>
<image:image><image:loc>https://www.dailyexample.in/images/2026/11/26/yellow-line.jpg</image:loc><image:caption>A train at RV Road station</image:caption></image:image>
<description>The 19-km line links RV Road and Bommasandra.</description>
</item>
<item><link>https://www.dailyexample.in/nepal/melamchi-water-supply-resumes-3344557</link>
<news:news><news:publication><news:name>Daily Example</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-26T14:05:00+05:45</news:publication_date><news:title>Melamchi water supply resumes after repairs</news:title></news:news>
<description>Kathmandu Valley homes get water again after a month.</description></item>`,
      ),
    );
    expect(stories[0]).toEqual({
      title: "Bengaluru metro's yellow line opens to public",
      link: 'https://www.dailyexample.in/karnataka/bengaluru-metro-yellow-line-opens-3344556',
      published: '2026-11-26T03:00:00.000Z',
      author: null,
      image: 'https://www.dailyexample.in/images/2026/11/26/yellow-line.jpg',
      text: 'The 19-km line links RV Road and Bommasandra.',
      summary: 'The 19-km line links RV Road and Bommasandra.',
      source: 'Daily Example',
      agency: null,
      dateline: null,
      place: null,
      categories: ['Bengaluru', 'Namma Metro', 'Yellow Line'],
    });
    // Before: headed by its first sentence and dated when it was fetched.
    expect(stories[1]).toMatchObject({ title: 'Melamchi water supply resumes after repairs', published: '2026-11-26T08:20:00.000Z' });
  });
});

describe('Google News sitemaps given as the feed', () => {
  it('reads a <urlset> whose <url>s carry <news:news> as a feed of stories; a sitemap of pages stays no feed', async () => {
    const path = '/gnews/sitemap-news.xml';
    sweep.server.serve(
      path,
      `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://www.deccanexample.in/karnataka/bengaluru/namma-metro-pink-line-trial-3344600</loc><lastmod>2026-11-26T10:10:00+05:30</lastmod>
<news:news><news:publication><news:name>Deccan Example</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-26T09:40:00+05:30</news:publication_date><news:title>Namma Metro pink line begins trial runs</news:title><news:keywords>Namma Metro, Pink Line, BMRCL</news:keywords></news:news>
<image:image><image:loc>https://www.deccanexample.in/images/2026/11/26/pink-line.jpg</image:loc></image:image>
</url>
<url><loc>https://www.deccanexample.in/india/cabinet-approves-coastal-shipping-rules-3344601</loc>
<news:news><news:publication><news:name>Deccan Example</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-26 11:15:00</news:publication_date><news:title>Cabinet approves coastal shipping rules &amp; port fees</news:title></news:news>
</url>
</urlset>`,
      { contentType: 'application/xml; charset=utf-8' },
    );
    const { feed } = await addFeed(ctx, sweep.server.url(path), { intervalMinutes: 10 });
    expect(await pollFeed(ctx, classify, feed.id)).toMatchObject({ status: 'ok', added: 2 });
    const stories = (await queryStories(ctx, { feedId: feed.id, limit: 10 })).stories.map(seen);
    expect(stories).toEqual([
      {
        title: 'Cabinet approves coastal shipping rules & port fees',
        link: 'https://www.deccanexample.in/india/cabinet-approves-coastal-shipping-rules-3344601',
        // No zone: India's clock, by its links' country (.in).
        published: '2026-11-26T05:45:00.000Z',
        author: null,
        image: null,
        text: '',
        summary: '',
        source: 'Deccan Example',
        agency: null,
        dateline: null,
        place: null,
        categories: [],
      },
      {
        title: 'Namma Metro pink line begins trial runs',
        link: 'https://www.deccanexample.in/karnataka/bengaluru/namma-metro-pink-line-trial-3344600',
        published: '2026-11-26T04:10:00.000Z',
        author: null,
        image: 'https://www.deccanexample.in/images/2026/11/26/pink-line.jpg',
        text: '',
        summary: '',
        source: 'Deccan Example',
        agency: null,
        dateline: null,
        place: null,
        categories: ['Namma Metro', 'Pink Line', 'BMRCL'],
      },
    ]);

    sweep.server.serve('/gnews/sitemap-pages.xml', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.deccanexample.in/about</loc></url></urlset>', { contentType: 'application/xml' });
    const { feed: pages } = await addFeed(ctx, sweep.server.url('/gnews/sitemap-pages.xml'), { intervalMinutes: 10 });
    expect(await pollFeed(ctx, classify, pages.id)).toMatchObject({ status: 'error', error: expect.stringMatching(/^not a feed: the document is a sitemap \(a list of the site’s pages/) });
  });
});

describe('syndication feeds: MSN, Yahoo, PressReader', () => {
  it('MSN partner feed: escaped HTML description, media:content with its credit, pubDate before dcterms:modified', async () => {
    const [s] = await polled(
      '/msn/feed.xml',
      rss(
        `xmlns:dcterms="http://purl.org/dc/terms/" ${MEDIA} xmlns:mi="http://schemas.ingestion.microsoft.com/common/" ${DC}`,
        `<title>Partner Example for MSN</title><link>https://www.partner.example.com/</link><description>Partner feed</description>`,
        `<item><guid isPermaLink="false">msn-778899</guid><title>Heatwave grips north India as mercury crosses 45°C</title>
<link>https://www.partner.example.com/weather/heatwave-grips-north-india-778899</link>
<pubDate>Thu, 26 Nov 2026 06:00:00 GMT</pubDate>
<dcterms:modified>2026-11-26T07:30:00Z</dcterms:modified>
<dcterms:alternative>Heatwave grips north India</dcterms:alternative>
<mi:shortTitle>North India heatwave</mi:shortTitle>
<mi:hasSyndicationRights>1</mi:hasSyndicationRights><mi:licenseId>1234</mi:licenseId>
<dc:creator>Neha Verma</dc:creator>
<description>&lt;p&gt;Temperatures crossed 45°C in Banda and Sri Ganganagar.&lt;/p&gt;</description>
<media:content url="https://www.partner.example.com/img/778899.jpg" type="image/jpeg" medium="image"><media:credit>Partner Example</media:credit><media:title>Heatwave</media:title><media:text>People shield themselves from the sun in Lucknow.</media:text></media:content>
<category>Weather</category>
</item>`,
      ),
    );
    expect(s).toEqual({
      title: 'Heatwave grips north India as mercury crosses 45°C',
      link: 'https://www.partner.example.com/weather/heatwave-grips-north-india-778899',
      published: '2026-11-26T06:00:00.000Z',
      author: 'Neha Verma',
      image: 'https://www.partner.example.com/img/778899.jpg',
      text: 'Temperatures crossed 45°C in Banda and Sri Ganganagar.',
      summary: 'Temperatures crossed 45°C in Banda and Sri Ganganagar.',
      source: 'Partner Example for MSN',
      agency: null,
      dateline: null,
      place: null,
      categories: ['Weather'],
    });
  });

  it('Yahoo: the provider <source> names, else the item’s media:credit role="publishing company", is the source (and the agency when it is one)', async () => {
    const stories = await polled(
      '/yahoo/world',
      rss(
        MEDIA,
        `<title>Yahoo Example World</title><link>https://news.yahoo.example.com/world/</link><description>World</description>`,
        `<item><title>Pakistan, Afghanistan agree to reopen Torkham crossing</title>
<link>https://news.yahoo.example.com/pakistan-afghanistan-agree-reopen-torkham-081500123.html</link>
<pubDate>2026-11-26T08:15:00Z</pubDate>
<source url="https://www.dawn.example.com/">Dawn</source>
<guid isPermaLink="false">pakistan-afghanistan-agree-reopen-torkham-081500123.html</guid>
<media:content height="86" url="https://s.yimg.example.com/uu/api/res/1.2/abc--/YXBwaWQ9aGlnaGxhbmRlcjt3PTEzMDtoPTg2/https://media.zenfs.example.com/en/dawn_123/torkham.jpg" width="130"/>
<media:credit role="publishing company"/>
<description>Trade resumed after a two-week closure.</description>
</item>
<item><title>Sri Lanka central bank holds rates</title><link>https://news.yahoo.example.com/sri-lanka-central-bank-holds-rates-093000456.html?.tsrc=rss</link><pubDate>2026-11-26T09:30:00Z</pubDate>
<guid isPermaLink="false">sri-lanka-central-bank-holds-rates-093000456.html</guid>
<media:content url="https://s.yimg.example.com/ny/api/res/1.2/xyz--/YXBwaWQ9/https://media.zenfs.example.com/en/reuters.com/rates.jpg" width="130" height="86"><media:credit role="photographer">Dinuka Liyanawatte</media:credit></media:content>
<media:credit role="publishing company">Reuters</media:credit>
<description>The Central Bank of Sri Lanka kept its policy rate unchanged at 8 per cent.</description></item>`,
      ),
    );
    expect(stories[0]).toMatchObject({ source: 'Dawn', agency: null, image: 'https://s.yimg.example.com/uu/api/res/1.2/abc--/YXBwaWQ9aGlnaGxhbmRlcjt3PTEzMDtoPTg2/https://media.zenfs.example.com/en/dawn_123/torkham.jpg' });
    // Before, "Yahoo Example World" and no agency; and Yahoo's ".tsrc=rss" was kept in the link.
    expect(stories[1]).toMatchObject({
      link: 'https://news.yahoo.example.com/sri-lanka-central-bank-holds-rates-093000456.html',
      source: 'Reuters',
      agency: 'Reuters',
      author: null,
      published: '2026-11-26T09:30:00.000Z',
    });
  });

  it('PressReader: the paper its <source> names is the source; a midnight date stays that day', async () => {
    const [s] = await polled(
      '/pressreader/india',
      rss(
        '',
        `<title>PressReader Example - India</title><link>https://www.pressreader.example.com/</link><description>Stories from Indian newspapers</description>`,
        `<item><title>The quiet revival of Varanasi's weavers</title>
<link>https://www.pressreader.example.com/india/the-hindu-example/20261126/281530821234567</link>
<guid isPermaLink="false">281530821234567</guid>
<description>Young designers are bringing the Banarasi sari back to city wardrobes.</description>
<pubDate>Thu, 26 Nov 2026 00:00:00 GMT</pubDate>
<author>Omar Rashid</author>
<source url="https://www.pressreader.example.com/india/the-hindu-example">The Hindu Example</source>
<category>Features</category>
</item>`,
      ),
    );
    expect(s).toMatchObject({ source: 'The Hindu Example', author: 'Omar Rashid', published: '2026-11-26T00:00:00.000Z', categories: ['Features'], agency: null });
  });
});

describe('UK regional groups and European papers', () => {
  it('Newsquest: ?ref=rss dropped, an og-image enclosure, a plain name in <author>', async () => {
    const [s] = await polled(
      '/newsquest/news/rss/',
      rss(
        MEDIA,
        `<title>The Northern Example | News</title><link>https://www.thenorthernecho.example.co.uk/news/</link><description>News from the North East</description><language>en-gb</language>`,
        `<item><title>Council approves plans for 300 homes on former colliery site</title>
<link>https://www.thenorthernecho.example.co.uk/news/24789012.council-approves-plans-300-homes-former-colliery-site/?ref=rss</link>
<guid isPermaLink="true">https://www.thenorthernecho.example.co.uk/news/24789012.council-approves-plans-300-homes-former-colliery-site/?ref=rss</guid>
<description>PLANS for 300 homes on a former colliery site have been approved despite objections from residents.</description>
<pubDate>Thu, 26 Nov 2026 11:45:00 +0000</pubDate>
<author>Gavin Havery</author>
<enclosure url="https://www.thenorthernecho.example.co.uk/resources/images/19876543/?type=og-image" length="0" type="image/jpeg"/>
</item>`,
      ),
    );
    expect(s).toMatchObject({
      link: 'https://www.thenorthernecho.example.co.uk/news/24789012.council-approves-plans-300-homes-former-colliery-site/',
      image: 'https://www.thenorthernecho.example.co.uk/resources/images/19876543/?type=og-image',
      author: 'Gavin Havery',
      published: '2026-11-26T11:45:00.000Z',
      source: 'The Northern Example',
    });
  });

  it('Reach: the widest of enclosure, media:thumbnail and media:content', async () => {
    const [s] = await polled(
      '/reach/news/',
      rss(
        `${DC} ${MEDIA} ${CONTENT}`,
        `<title>Manchester Evening Example - News</title><link>https://www.manchestereveningnews.example.co.uk/news/</link><description>Latest news</description><language>en</language>`,
        `<item><title>Tram services suspended after crash in city centre</title>
<link>https://www.manchestereveningnews.example.co.uk/news/greater-manchester-news/tram-services-suspended-after-crash-30456789</link>
<guid>https://www.manchestereveningnews.example.co.uk/news/greater-manchester-news/tram-services-suspended-after-crash-30456789</guid>
<description>Metrolink services between Piccadilly and Victoria are suspended</description>
<pubDate>Thu, 26 Nov 2026 12:10:00 +0000</pubDate>
<dc:creator>Ethan Davies</dc:creator>
<category>Greater Manchester News</category>
<enclosure url="https://i2-prod.manchestereveningnews.example.co.uk/incoming/article30456790.ece/ALTERNATES/s615/0_tram.jpg" length="0" type="image/jpeg"/>
<media:thumbnail url="https://i2-prod.manchestereveningnews.example.co.uk/incoming/article30456790.ece/ALTERNATES/s98/0_tram.jpg"/>
<media:content url="https://i2-prod.manchestereveningnews.example.co.uk/incoming/article30456790.ece/ALTERNATES/s1200/0_tram.jpg" type="image/jpeg" medium="image"/>
</item>`,
      ),
    );
    expect(s).toMatchObject({
      image: 'https://i2-prod.manchestereveningnews.example.co.uk/incoming/article30456790.ece/ALTERNATES/s1200/0_tram.jpg',
      author: 'Ethan Davies',
      categories: ['Greater Manchester News'],
      text: 'Metrolink services between Piccadilly and Victoria are suspended',
    });
  });

  it('Polopoly and Escenic: dc:date, polopoly_fs and .ece pictures, an address with the name in <author>', async () => {
    const [irish] = await polled(
      '/polopoly/news.xml',
      rss(
        `${DC} ${MEDIA}`,
        `<title>Irish Daily Example - News</title><link>https://www.irishnews.example.ie/news/</link><description>News</description><language>en-ie</language>`,
        `<item><title>Dáil passes housing bill amid protests</title>
<link>https://www.irishnews.example.ie/news/politics/dail-passes-housing-bill-1.4987654</link>
<guid isPermaLink="true">https://www.irishnews.example.ie/news/politics/dail-passes-housing-bill-1.4987654</guid>
<description>Opposition TDs walked out before the final vote.</description>
<dc:date>2026-11-26T13:05:00Z</dc:date>
<author>Pat Leahy</author>
<enclosure url="https://www.irishnews.example.ie/polopoly_fs/1.4987655!/image/image.jpg_gen/derivatives/box_620_330/image.jpg" type="image/jpeg" length="0"/>
<category>Politics</category>
</item>`,
      ),
    );
    expect(irish).toMatchObject({ published: '2026-11-26T13:05:00.000Z', author: 'Pat Leahy', image: 'https://www.irishnews.example.ie/polopoly_fs/1.4987655!/image/image.jpg_gen/derivatives/box_620_330/image.jpg', categories: ['Politics'] });
    const [norwegian] = await polled(
      '/escenic/nyheter.xml',
      rss(
        '',
        `<title>Avis Example - Nyheter</title><link>https://www.avis.example.no/nyheter/</link><description>Nyheter</description><language>no</language>`,
        `<item><title>Regjeringen legger fram statsbudsjett</title>
<link>https://www.avis.example.no/nyheter/i/Ab12Cd/regjeringen-legger-fram-statsbudsjett</link>
<guid isPermaLink="false">Ab12Cd</guid>
<description>Budsjettet gir mer til forsvaret.</description>
<pubDate>Thu, 26 Nov 2026 14:05:00 +0100</pubDate>
<author>kari.nordmann@avis.example.no (Kari Nordmann)</author>
<enclosure url="https://www.avis.example.no/incoming/article123.ece/ALTERNATES/w1024c169/budsjett.jpg" type="image/jpeg" length="123456"/>
</item>`,
      ),
    );
    expect(norwegian).toMatchObject({ published: '2026-11-26T13:05:00.000Z', author: 'Kari Nordmann', image: 'https://www.avis.example.no/incoming/article123.ece/ALTERNATES/w1024c169/budsjett.jpg' });
  });
});

describe('agency copy as client sites and the agencies deliver it', () => {
  it('PTI, IANS and ANI under their names in <author>: agency, dateline and place from the copy, sign-offs out', async () => {
    const stories = await polled(
      '/client/rss/agencies',
      rss(
        '',
        `<title>Client Site - Agencies</title><link>https://www.clientsite.example.in</link><description>Agency feed</description><language>en</language>`,
        `<item><title>Govt extends free ration scheme by five years</title>
<link>https://www.clientsite.example.in/india/govt-extends-free-ration-scheme-by-five-years-2811234</link>
<guid isPermaLink="false">2811234</guid><author>PTI</author>
<pubDate>Thu, 26 Nov 2026 16:05:00 +0530</pubDate>
<description><![CDATA[<p>NEW DELHI, Nov 26 (PTI) The Union Cabinet on Thursday extended the free foodgrain scheme for 81 crore beneficiaries by five years.</p><p>The scheme will cost Rs 11.8 lakh crore over the period, an official statement said. PTI SKU RHL</p>]]></description>
<category>National</category>
</item>
<item><title>Chennai rains disrupt flights, 12 arrivals diverted</title>
<link>https://www.clientsite.example.in/india/chennai-rains-disrupt-flights-2811235</link>
<guid isPermaLink="false">2811235</guid><author>IANS</author>
<pubDate>Thu, 26 Nov 2026 17:15:00 +0530</pubDate>
<description><![CDATA[Chennai, Nov 26 (IANS) Heavy rains disrupted flight operations at Chennai airport on Thursday, with 12 arrivals diverted to Bengaluru.<br/><br/>The Regional Meteorological Centre forecast more rain for Friday.<br/><br/>--IANS<br/>sv/dpb]]></description>
</item>
<item><title>Mumbai port cargo traffic rises 7 per cent in October</title>
<link>https://www.clientsite.example.in/business/mumbai-port-traffic-2811237</link>
<guid isPermaLink="false">2811237</guid><author>ANI | Mumbai (Maharashtra)</author>
<pubDate>Thu, 26 Nov 2026 18:00:00 +0530</pubDate>
<description><![CDATA[Mumbai (Maharashtra) [India], November 26 (ANI): Cargo traffic at Mumbai port rose 7 per cent in October, the port authority said.]]></description>
</item>`,
      ),
    );
    expect(stories).toEqual([
      {
        title: 'Govt extends free ration scheme by five years',
        link: 'https://www.clientsite.example.in/india/govt-extends-free-ration-scheme-by-five-years-2811234',
        published: '2026-11-26T10:35:00.000Z',
        author: 'PTI',
        image: null,
        text: 'The Union Cabinet on Thursday extended the free foodgrain scheme for 81 crore beneficiaries by five years.\n\nThe scheme will cost Rs 11.8 lakh crore over the period, an official statement said.',
        summary: 'The Union Cabinet on Thursday extended the free foodgrain scheme for 81 crore beneficiaries by five years.',
        source: 'Client Site - Agencies',
        agency: 'PTI',
        dateline: 'NEW DELHI, Nov 26 (PTI)',
        place: 'NEW DELHI',
        categories: ['National'],
      },
      {
        title: 'Chennai rains disrupt flights, 12 arrivals diverted',
        link: 'https://www.clientsite.example.in/india/chennai-rains-disrupt-flights-2811235',
        published: '2026-11-26T11:45:00.000Z',
        author: 'IANS',
        image: null,
        text: 'Heavy rains disrupted flight operations at Chennai airport on Thursday, with 12 arrivals diverted to Bengaluru.\n\nThe Regional Meteorological Centre forecast more rain for Friday.',
        summary: 'Heavy rains disrupted flight operations at Chennai airport on Thursday, with 12 arrivals diverted to Bengaluru.',
        source: 'Client Site - Agencies',
        agency: 'IANS',
        dateline: 'Chennai, Nov 26 (IANS)',
        place: 'Chennai',
        categories: [],
      },
      {
        title: 'Mumbai port cargo traffic rises 7 per cent in October',
        link: 'https://www.clientsite.example.in/business/mumbai-port-traffic-2811237',
        published: '2026-11-26T12:30:00.000Z',
        // Before, "ANI | Mumbai (Maharashtra)": a one-word name kept its place, and a place with its state was not read.
        author: 'ANI',
        image: null,
        text: 'Cargo traffic at Mumbai port rose 7 per cent in October, the port authority said.',
        summary: 'Cargo traffic at Mumbai port rose 7 per cent in October, the port authority said.',
        source: 'Client Site - Agencies',
        agency: 'ANI',
        dateline: 'Mumbai (Maharashtra) [India], November 26 (ANI)',
        place: 'Mumbai',
        categories: [],
      },
    ]);
  });

  it('copy without a dateline credited to the agency by name is the agency’s: "Press Trust of India", "IANS | New Delhi", "IANS, Agencies"', async () => {
    const stories = await polled(
      '/client/rss/markets',
      rss(
        DC,
        `<title>Client Two Markets</title><link>https://www.client2.example.com</link><description>Markets</description><language>en-in</language>`,
        `<item><title>Rupee closes flat against dollar</title><link>https://www.client2.example.com/markets/rupee-closes-flat-1</link><pubDate>Thu, 26 Nov 2026 16:05:00 +0530</pubDate>
<dc:creator>Press Trust of India</dc:creator><description><![CDATA[<p>The rupee closed flat at 84.32 against the US dollar on Thursday as importers bought the greenback.</p>]]></description></item>
<item><title>Silver falls Rs 500 in national capital</title><link>https://www.client2.example.com/markets/silver-falls-2</link><pubDate>Thu, 26 Nov 2026 16:15:00 +0530</pubDate>
<dc:creator>IANS | New Delhi</dc:creator><description><![CDATA[<p>Silver fell by Rs 500 on Thursday in the national capital on weak demand.</p>]]></description></item>
<item><title>Gold steady ahead of wedding season</title><link>https://www.client2.example.com/markets/gold-steady-3</link><pubDate>Thu, 26 Nov 2026 16:25:00 +0530</pubDate>
<dc:creator>IANS</dc:creator><dc:creator>Agencies</dc:creator><description><![CDATA[<p>Gold held steady on Thursday as jewellers stocked up ahead of the wedding season.</p>]]></description></item>`,
      ),
    );
    expect(stories.map((s) => [s.author, s.agency, s.dateline, s.place])).toEqual([
      ['Press Trust of India', 'PTI', null, null],
      ['IANS', 'IANS', null, null],
      ['IANS, Agencies', 'IANS', null, null],
    ]);
  });

  it('Hindi agency copy: "(भाषा)" is PTI’s Hindi service, "(आईएएनएस)।" IANS, "(वार्ता)" UNI’s, with the sign-off and desk initials out', async () => {
    const stories = await polled(
      '/hindi/rss/desh.xml',
      rss(
        DC,
        `<title>Samachar Example - देश</title><link>https://www.samachar.example.com</link><description>देश</description><language>hi</language>`,
        `<item><title>मंत्रिमंडल ने मुफ्त राशन योजना पांच साल बढ़ाई</title><link>https://www.samachar.example.com/desh/free-ration-4410001</link>
<pubDate>Thu, 26 Nov 2026 16:05:00 +0530</pubDate><dc:creator>भाषा</dc:creator>
<description><![CDATA[<p>नयी दिल्ली, 26 नवंबर (भाषा) केंद्रीय मंत्रिमंडल ने गुरुवार को मुफ्त खाद्यान्न योजना को पांच साल के लिए बढ़ा दिया।</p><p>भाषा अबक रंज</p>]]></description></item>
<item><title>चेन्नई में बारिश से उड़ानें प्रभावित</title><link>https://www.samachar.example.com/desh/chennai-rain-4410002</link>
<pubDate>Thu, 26 Nov 2026 17:15:00 +0530</pubDate>
<description><![CDATA[<p>चेन्नई, 26 नवंबर (आईएएनएस)। भारी बारिश के कारण गुरुवार को चेन्नई हवाई अड्डे पर उड़ानें प्रभावित हुईं।</p><p>--आईएएनएस</p>]]></description></item>
<item><title>पटना में गंगा का जलस्तर घटा</title><link>https://www.samachar.example.com/desh/patna-ganga-4410003</link>
<pubDate>Thu, 26 Nov 2026 18:00:00 +0530</pubDate>
<description><![CDATA[<p>पटना, २६ नवंबर (वार्ता) पटना में गंगा का जलस्तर गुरुवार को खतरे के निशान से नीचे आ गया।</p>]]></description></item>`,
      ),
    );
    // Before: no agency, no place, the dateline and the sign-off left in the text.
    expect(stories.map((s) => [s.agency, s.place, s.dateline, s.author, s.text])).toEqual([
      ['PTI', 'नयी दिल्ली', 'नयी दिल्ली, 26 नवंबर (भाषा)', 'भाषा', 'केंद्रीय मंत्रिमंडल ने गुरुवार को मुफ्त खाद्यान्न योजना को पांच साल के लिए बढ़ा दिया।'],
      ['IANS', 'चेन्नई', 'चेन्नई, 26 नवंबर (आईएएनएस)', null, 'भारी बारिश के कारण गुरुवार को चेन्नई हवाई अड्डे पर उड़ानें प्रभावित हुईं।'],
      ['UNI', 'पटना', 'पटना, २६ नवंबर (वार्ता)', null, 'पटना में गंगा का जलस्तर गुरुवार को खतरे के निशान से नीचे आ गया।'],
    ]);
  });

  it('Bengali agency copy: "(বাসস)" is BSS’s, "(ইউএনবি)" UNB’s, with Bengali digits in the date', async () => {
    const stories = await polled(
      '/bangla/rss/bangladesh.xml',
      rss(
        '',
        `<title>Sangbad Example - বাংলাদেশ</title><link>https://www.sangbad.example.com.bd</link><description>বাংলাদেশ</description><language>bn</language>`,
        `<item><title>মেট্রোরেলের সময় বাড়ল</title><link>https://www.sangbad.example.com.bd/bangladesh/metro-5510001</link>
<pubDate>Thu, 26 Nov 2026 18:05:00 +0600</pubDate>
<description><![CDATA[<p>ঢাকা, ২৬ নভেম্বর (বাসস) : আগামী সপ্তাহ থেকে মেট্রোরেল রাত ১১টা পর্যন্ত চলবে।</p><p>বাসস/এসএইচ</p>]]></description></item>
<item><title>চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে</title><link>https://www.sangbad.example.com.bd/bangladesh/port-5510002</link>
<pubDate>Thu, 26 Nov 2026 18:25:00 +0600</pubDate>
<description><![CDATA[<p>চট্টগ্রাম, ২৬ নভেম্বর, ২০২৬ (ইউএনবি)- চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে।</p>]]></description></item>`,
      ),
    );
    expect(stories.map((s) => [s.agency, s.place, s.dateline, s.text])).toEqual([
      ['BSS', 'ঢাকা', 'ঢাকা, ২৬ নভেম্বর (বাসস)', 'আগামী সপ্তাহ থেকে মেট্রোরেল রাত ১১টা পর্যন্ত চলবে।'],
      // Under its dateline the copy is only the title again: no text (feeds48); the dateline is read as before.
      ['UNB', 'চট্টগ্রাম', 'চট্টগ্রাম, ২৬ নভেম্বর, ২০২৬ (ইউএনবি)', ''],
    ]);
  });

  it('Urdu agency copy: "(اے پی پی)" is APP’s, "(پی پی آئی)" PPI’s, after the Arabic comma', async () => {
    const stories = await polled(
      '/urdu/rss/pakistan.xml',
      rss(
        '',
        `<title>Akhbar Example - پاکستان</title><link>https://www.akhbar.example.com.pk</link><description>پاکستان</description><language>ur</language>`,
        `<item><title>کابینہ نے منصوبے کی منظوری دے دی</title><link>https://www.akhbar.example.com.pk/pakistan/cabinet-6610001</link>
<pubDate>Thu, 26 Nov 2026 17:05:00 +0500</pubDate>
<description><![CDATA[<p>اسلام آباد، 26 نومبر (اے پی پی) وفاقی کابینہ نے جمعرات کو منصوبے کی منظوری دے دی۔</p>]]></description></item>
<item><title>کراچی میں بارش</title><link>https://www.akhbar.example.com.pk/pakistan/rain-6610002</link>
<pubDate>Thu, 26 Nov 2026 17:25:00 +0500</pubDate>
<description><![CDATA[<p>کراچی،26 نومبر (پی پی آئی) شہر میں جمعرات کو ہلکی بارش ہوئی۔</p>]]></description></item>`,
      ),
    );
    expect(stories.map((s) => [s.agency, s.place, s.dateline, s.text])).toEqual([
      ['APP', 'اسلام آباد', 'اسلام آباد، 26 نومبر (اے پی پی)', 'وفاقی کابینہ نے جمعرات کو منصوبے کی منظوری دے دی۔'],
      ['PPI', 'کراچی', 'کراچی،26 نومبر (پی پی آئی)', 'شہر میں جمعرات کو ہلکی بارش ہوئی۔'],
    ]);
  });

  it('ANI’s and IANS’s own feeds: the dateline with the state in brackets, "--IANS" and the desk initials out', async () => {
    const [ani] = await polled(
      '/ani/national-news.xml',
      rss(
        MEDIA,
        `<title>ANI Example - National</title><link>https://www.aninews.example.in/</link><description>National</description>`,
        `<item><title>Rajnath Singh reviews border infrastructure in Arunachal</title>
<link>https://www.aninews.example.in/news/national/general-news/rajnath-singh-reviews-border-infrastructure20261126174501/</link>
<guid>https://www.aninews.example.in/news/national/general-news/rajnath-singh-reviews-border-infrastructure20261126174501/</guid>
<description><![CDATA[Tawang (Arunachal Pradesh) [India], November 26 (ANI): Defence Minister Rajnath Singh on Thursday reviewed road and bridge projects along the Line of Actual Control in Arunachal Pradesh.]]></description>
<pubDate>Thu, 26 Nov 2026 17:45:01 +0530</pubDate>
<media:content url="https://d3lzcn6mbbadaf.cloudfront.example.net/media/details/ANI-20261126121501.jpg" medium="image"/>
</item>`,
      ),
    );
    expect(ani).toMatchObject({
      published: '2026-11-26T12:15:01.000Z',
      author: null,
      agency: 'ANI',
      place: 'Tawang',
      dateline: 'Tawang (Arunachal Pradesh) [India], November 26 (ANI)',
      image: 'https://d3lzcn6mbbadaf.cloudfront.example.net/media/details/ANI-20261126121501.jpg',
      text: 'Defence Minister Rajnath Singh on Thursday reviewed road and bridge projects along the Line of Actual Control in Arunachal Pradesh.',
    });
    const [ians] = await polled(
      '/ians/national',
      rss(
        DC,
        `<title>IANS Live Example</title><link>https://ianslive.example.in</link><description>National</description>`,
        `<item><title>Centre clears Rs 4,000 crore for Bihar flood works</title>
<link>https://ianslive.example.in/centre-clears-rs-4000-crore-for-bihar-flood-works-20261126183004</link>
<dc:creator>IANS</dc:creator>
<pubDate>Thu, 26 Nov 2026 18:30:04 +0530</pubDate>
<description><![CDATA[<p>Patna, Nov 26 (IANS) The Centre on Thursday cleared Rs 4,000 crore for flood control works in north Bihar.</p><p>The works will cover embankments on the Kosi and Gandak.</p><p>--IANS</p><p>ssp/khz</p>]]></description>
</item>`,
      ),
    );
    expect(ians).toMatchObject({
      author: 'IANS',
      agency: 'IANS',
      place: 'Patna',
      dateline: 'Patna, Nov 26 (IANS)',
      text: 'The Centre on Thursday cleared Rs 4,000 crore for flood control works in north Bihar.\n\nThe works will cover embankments on the Kosi and Gandak.',
    });
  });
});
