import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, X, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * The twenty-fifth sweep: feeds of government portals and newswires no sweep served yet (an S3WaaS ministry site, Sri
 * Lanka's news.lk on Joomla K2, Nepal's and Pakistan's agencies, CKAN's catalogue Atom, Canada's newswire, the EU's
 * press corner in French), alert feeds (GDACS with its gdacs: namespace, CAP in Atom as the US weather service and
 * Meteoalarm write it, USGS's quake Atom with georss and GML), and items whose HTML carries tables, <pre> bulletins,
 * scripts (JSON-LD, embeds' loaders) or styles. The documents are written for the test, in the publishers' shapes
 * only. Each is served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen25-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/unseen25/${++served}`, body, type);

const GEO = 'xmlns:georss="http://www.georss.org/georss" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#"';

describe('alert feeds', () => {
  it('GDACS: gdacs: fields, georss and a severity element no part of the story', async () => {
    const doc = rss(
      `${GEO} xmlns:gdacs="http://www.gdacs.org" xmlns:dc="http://purl.org/dc/elements/1.1/"`,
      '<title>GDACS RSS information</title><link>https://www.gdacs.example.org/</link><description>Near real-time alerts about natural disasters around the world</description><pubDate>Thu, 26 Nov 2026 09:10:02 GMT</pubDate><webMaster>info@gdacs.example.org</webMaster>',
      [
        `<title>Green earthquake alert (Magnitude 5.2M, Depth:10km) in Indonesia 26/11/2026 08:14 UTC, No people within 100km.</title>
<description>On 26/11/2026 8:14:22 AM, an earthquake occurred in Indonesia potentially affecting No people within 100km. The earthquake had Magnitude 5.2M, Depth:10km.</description>
<enclosure type="image/png" length="1" url="https://www.gdacs.example.org/contentdata/resources/EQ/1500001/Rainfall_1500001_1.png" />
<gdacs:temporary>false</gdacs:temporary>
<link>https://www.gdacs.example.org/report.aspx?eventtype=EQ&amp;eventid=1500001</link>
<pubDate>Thu, 26 Nov 2026 08:14:22 GMT</pubDate>
<gdacs:datemodified>Thu, 26 Nov 2026 08:40:05 GMT</gdacs:datemodified>
<gdacs:iscurrent>true</gdacs:iscurrent>
<gdacs:fromdate>Thu, 26 Nov 2026 08:14:22 GMT</gdacs:fromdate>
<gdacs:todate>Thu, 26 Nov 2026 08:14:22 GMT</gdacs:todate>
<gdacs:durationinweek>0</gdacs:durationinweek>
<gdacs:year>2026</gdacs:year>
<dc:subject>EQ1</dc:subject>
<guid isPermaLink="false">EQ1500001</guid>
<geo:Point><geo:lat>-7.1042</geo:lat><geo:long>129.6211</geo:long></geo:Point>
<gdacs:bbox>125.6 133.6 -11.1 -3.1</gdacs:bbox>
<gdacs:cap>https://www.gdacs.example.org/contentdata/resources/EQ/1500001/cap_1500001.xml</gdacs:cap>
<gdacs:icon>https://www.gdacs.example.org/Images/gdacs_icons/alerts/Green/EQ.png</gdacs:icon>
<gdacs:version>1</gdacs:version>
<gdacs:eventtype>EQ</gdacs:eventtype>
<gdacs:alertlevel>Green</gdacs:alertlevel>
<gdacs:alertscore>1</gdacs:alertscore>
<gdacs:episodealertlevel>Green</gdacs:episodealertlevel>
<gdacs:eventname />
<gdacs:eventid>1500001</gdacs:eventid>
<gdacs:severity unit="M" value="5.2">Magnitude 5.2M, Depth:10km</gdacs:severity>
<gdacs:population unit="Others" value="0">No people within 100km</gdacs:population>
<gdacs:vulnerability value="0.9" />
<gdacs:iso3>IDN</gdacs:iso3>
<gdacs:country>Indonesia</gdacs:country>
<gdacs:glide />
<gdacs:resources><gdacs:resource id="cap" version="0" source="GDACS" url="https://www.gdacs.example.org/contentdata/resources/EQ/1500001/cap_1500001.xml" type="xml"><gdacs:title>CAP message</gdacs:title></gdacs:resource></gdacs:resources>`,
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Green earthquake alert (Magnitude 5.2M, Depth:10km) in Indonesia 26/11/2026 08:14 UTC, No people within 100km.',
        link: 'https://www.gdacs.example.org/report.aspx?eventtype=EQ&eventid=1500001',
        published: '2026-11-26T08:14:22.000Z',
        source: 'GDACS',
        text: 'On 26/11/2026 8:14:22 AM, an earthquake occurred in Indonesia potentially affecting No people within 100km. The earthquake had Magnitude 5.2M, Depth:10km.',
      },
    ]);
  });

  it("CAP in Atom as the US weather service writes it: the cap: fields no part of the story, the office's address no author", async () => {
    const doc = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cap="urn:oasis:names:tc:emergency:cap:1.1" xmlns:ha="http://www.alerting.net/namespace/index_1.0">
<id>https://alerts.weather.example.gov/cap/mn.php?x=0</id><logo>https://alerts.weather.example.gov/images/xml_logo.gif</logo><generator>NWS CAP Server</generator><updated>2026-11-26T04:12:00-06:00</updated>
<author><name>w-nws.webmaster@noaa.example.gov</name></author><title>Current Watches, Warnings and Advisories for Minnesota Issued by the National Weather Service</title><link href="https://alerts.weather.example.gov/cap/mn.php?x=0"/>
<entry><id>https://alerts.weather.example.gov/cap/wwacapget.php?x=MN126A1B2C3D4E.WinterStormWarning.126A1B2C3E00MN.DLHWSWDLH.9f1e2d</id><updated>2026-11-26T04:12:00-06:00</updated><published>2026-11-26T04:12:00-06:00</published><author><name>w-nws.webmaster@noaa.example.gov</name></author>
<title>Winter Storm Warning issued November 26 at 4:12AM CST until November 27 at 6:00PM CST by NWS Duluth MN</title>
<link href="https://alerts.weather.example.gov/cap/wwacapget.php?x=MN126A1B2C3D4E.WinterStormWarning.126A1B2C3E00MN.DLHWSWDLH.9f1e2d"/>
<summary>...WINTER STORM WARNING IN EFFECT UNTIL 6 PM CST FRIDAY... * WHAT...Heavy snow expected. Total snow accumulations of 8 to 14 inches. * WHERE...Carlton and South St. Louis counties.</summary>
<cap:event>Winter Storm Warning</cap:event><cap:effective>2026-11-26T04:12:00-06:00</cap:effective><cap:expires>2026-11-27T18:00:00-06:00</cap:expires><cap:status>Actual</cap:status><cap:msgType>Alert</cap:msgType><cap:category>Met</cap:category><cap:urgency>Expected</cap:urgency><cap:severity>Moderate</cap:severity><cap:certainty>Likely</cap:certainty><cap:areaDesc>Carlton; South St. Louis</cap:areaDesc><cap:polygon></cap:polygon>
<cap:geocode><valueName>FIPS6</valueName><value>027017 027137</value><valueName>UGC</valueName><value>MNZ036 MNZ037</value></cap:geocode>
<cap:parameter><valueName>VTEC</valueName><value>/O.NEW.KDLH.WS.W.0012.261126T1012Z-261128T0000Z/</value></cap:parameter>
</entry></feed>`;
    expect(await polled(doc, ATOM_TYPE)).toMatchObject([
      {
        title: 'Winter Storm Warning issued November 26 at 4:12AM CST until November 27 at 6:00PM CST by NWS Duluth MN',
        link: 'https://alerts.weather.example.gov/cap/wwacapget.php?x=MN126A1B2C3D4E.WinterStormWarning.126A1B2C3E00MN.DLHWSWDLH.9f1e2d',
        published: '2026-11-26T10:12:00.000Z',
        author: null,
        text: '...WINTER STORM WARNING IN EFFECT UNTIL 6 PM CST FRIDAY... * WHAT...Heavy snow expected. Total snow accumulations of 8 to 14 inches. * WHERE...Carlton and South St. Louis counties.',
      },
    ]);
  });

  it('Meteoalarm: CAP entries in Atom with a title and cap: fields only, dated by cap:sent', async () => {
    const doc = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">
<id>https://feeds.meteoalarm.example.org/feeds/meteoalarm-legacy-atom-portugal</id><title>Meteoalarm Portugal</title><updated>2026-11-26T08:30:00+00:00</updated><link href="https://feeds.meteoalarm.example.org/feeds/meteoalarm-legacy-atom-portugal" rel="self"/><author><name>Meteoalarm</name></author>
<entry><id>https://feeds.meteoalarm.example.org/api/v1/warnings/feeds-portugal/2b7c1f0e-1111-4a2b-9c3d-abcdef012345</id><updated>2026-11-26T08:28:11+00:00</updated><title>Orange Wind Warning issued for Portugal - Faro</title>
<link href="https://feeds.meteoalarm.example.org/api/v1/warnings/feeds-portugal/2b7c1f0e-1111-4a2b-9c3d-abcdef012345?index_info=0&amp;index_area=3" hreflang="en" title="Faro"/>
<cap:areaDesc>Faro</cap:areaDesc><cap:event>Orange Wind Warning</cap:event><cap:sent>2026-11-26T08:28:11+00:00</cap:sent><cap:effective>2026-11-26T12:00:00+00:00</cap:effective><cap:expires>2026-11-27T00:00:00+00:00</cap:expires><cap:status>Actual</cap:status><cap:severity>Severe</cap:severity><cap:certainty>Likely</cap:certainty><cap:urgency>Future</cap:urgency><cap:message_type>Alert</cap:message_type><cap:identifier>2.49.0.0.620.0.PT.261126082811.FAR.1</cap:identifier>
<cap:geocode><cap:valueName>EMMA_ID</cap:valueName><cap:value>PT008</cap:value></cap:geocode></entry></feed>`;
    expect(await polled(doc, ATOM_TYPE)).toMatchObject([
      {
        title: 'Orange Wind Warning issued for Portugal - Faro',
        link: 'https://feeds.meteoalarm.example.org/api/v1/warnings/feeds-portugal/2b7c1f0e-1111-4a2b-9c3d-abcdef012345?index_info=0&index_area=3',
        published: '2026-11-26T08:28:11.000Z',
        text: '',
      },
    ]);
  });

  it("USGS's quake Atom: a definition list read as lines, georss no part of it, the feed's <updated> with microseconds", async () => {
    const doc = `${X}<feed xmlns="http://www.w3.org/2005/Atom" ${GEO} xmlns:gml="http://www.opengis.net/gml">
<title>USGS Magnitude 4.5+ Earthquakes, Past Day</title><updated>2026-11-26T08:30:12.000Z</updated><author><name>U.S. Geological Survey</name><uri>https://earthquake.usgs.example.gov/</uri></author><id>https://earthquake.usgs.example.gov/earthquakes/feed/v1.0/summary/4.5_day.atom</id><link rel="self" href="https://earthquake.usgs.example.gov/earthquakes/feed/v1.0/summary/4.5_day.atom"/><icon>https://earthquake.usgs.example.gov/favicon.ico</icon>
<entry><id>urn:earthquake-usgs-gov:us:7000p1q2</id><title>M 5.1 - 34 km SW of Kokopo, Papua New Guinea</title><updated>2026-11-26T08:20:31.040Z</updated><link rel="alternate" type="text/html" href="https://earthquake.usgs.example.gov/earthquakes/eventpage/us7000p1q2"/>
<summary type="html"><![CDATA[<p class="quicksummary"><a href="https://earthquake.usgs.example.gov/earthquakes/eventpage/us7000p1q2#pager" title="PAGER estimated impact alert level" class="pager-green">PAGER - <strong class="roman">GREEN</strong></a></p><dl><dt>Time</dt><dd>2026-11-26 08:02:11 UTC</dd><dd>2026-11-26 18:02:11 +10:00 at epicenter</dd><dt>Location</dt><dd>4.512&deg;S 152.011&deg;E</dd><dt>Depth</dt><dd>48.20 km (29.95 mi)</dd></dl>]]></summary>
<georss:point>-4.512 152.011</georss:point><georss:elev>-48200</georss:elev><georss:where><gml:Point><gml:pos>-4.512 152.011</gml:pos></gml:Point></georss:where>
<category label="Age" term="Past Day"/><category label="Magnitude" term="Magnitude 5"/><category label="Contributor" term="us"/><category label="Author" term="us"/></entry></feed>`;
    const [story] = await polled(doc, ATOM_TYPE);
    expect(story).toMatchObject({
      title: 'M 5.1 - 34 km SW of Kokopo, Papua New Guinea',
      link: 'https://earthquake.usgs.example.gov/earthquakes/eventpage/us7000p1q2',
      published: '2026-11-26T08:20:31.040Z',
      source: 'USGS Magnitude 4.5+ Earthquakes, Past Day',
    });
    expect(story!.text).toContain('Time');
    expect(story!.text).toContain('2026-11-26 08:02:11 UTC');
    expect(story!.text).toContain('48.20 km (29.95 mi)');
    expect(story!.text).not.toContain('-4.512 152.011');
  });
});

const WP_NS = `${DC} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"`;

describe('government portals', () => {
  it("an S3WaaS ministry site (WordPress on .gov.in): a press release that is a PDF link, the site's name in the title", async () => {
    const doc = rss(
      WP_NS,
      '<title>Ministry of Ports and Waterways | Government of India</title><atom:link href="https://shipping-ministry.example.gov.in/feed/" rel="self" type="application/rss+xml"/><link>https://shipping-ministry.example.gov.in</link><description>Ministry of Ports and Waterways</description><lastBuildDate>Thu, 26 Nov 2026 08:05:12 +0000</lastBuildDate><language>en-US</language><sy:updatePeriod>hourly</sy:updatePeriod><generator>https://wordpress.org/?v=6.4.2</generator>',
      [
        `<title>Inland vessels register crosses ten thousand</title><link>https://shipping-ministry.example.gov.in/en/press-release/inland-vessels-register-crosses-ten-thousand/</link><dc:creator><![CDATA[s3waas]]></dc:creator><pubDate>Thu, 26 Nov 2026 08:01:44 +0000</pubDate><category><![CDATA[Press Release]]></category><guid isPermaLink="false">https://shipping-ministry.example.gov.in/?post_type=press-release&#038;p=4410</guid>
<description><![CDATA[<p>The national register of inland vessels has crossed ten thousand entries, the Ministry said on Thursday.</p>
<p><a href="https://shipping-ministry.example.gov.in/wp-content/uploads/2026/11/2026112612.pdf">View (256 KB)</a></p>]]></description>`,
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Inland vessels register crosses ten thousand',
        link: 'https://shipping-ministry.example.gov.in/en/press-release/inland-vessels-register-crosses-ten-thousand/',
        published: '2026-11-26T08:01:44.000Z',
        author: null,
        source: 'Ministry of Ports and Waterways',
        text: 'The national register of inland vessels has crossed ten thousand entries, the Ministry said on Thursday.',
      },
    ]);
  });

  it("Sri Lanka's news.lk on Joomla K2: the K2 picture, intro text, the webmaster's address no author", async () => {
    const doc = rss(
      'xmlns:atom="http://www.w3.org/2005/Atom"',
      '<title>News.lk - The Government Official News Portal - Current Affairs</title><description>Current Affairs</description><link>https://www.news.example.lk/news/political-current-affairs</link><lastBuildDate>Thu, 26 Nov 2026 14:12:43 +0530</lastBuildDate><generator>Joomla! - Open Source Content Management</generator><atom:link rel="self" type="application/rss+xml" href="https://www.news.example.lk/news/political-current-affairs?format=feed&amp;type=rss"/><language>en-gb</language>',
      [
        `<title>Cabinet approves new coastal railway timetable</title><link>https://www.news.example.lk/news/political-current-affairs/item/40123-cabinet-approves-new-coastal-railway-timetable</link><guid isPermaLink="true">https://www.news.example.lk/news/political-current-affairs/item/40123-cabinet-approves-new-coastal-railway-timetable</guid>
<description><![CDATA[<div class="K2FeedImage"><img src="/media/k2/items/cache/8c1f2a_S.jpg" alt="Cabinet approves new coastal railway timetable" /></div><div class="K2FeedIntroText"><p>The Cabinet of Ministers approved a new timetable for the coastal line, adding four trains between Colombo Fort and Galle.</p></div>]]></description>
<author>info@news.example.lk (Web Admin)</author><category>Political Current Affairs</category><pubDate>Thu, 26 Nov 2026 14:05:00 +0530</pubDate>`,
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Cabinet approves new coastal railway timetable',
        link: 'https://www.news.example.lk/news/political-current-affairs/item/40123-cabinet-approves-new-coastal-railway-timetable',
        published: '2026-11-26T08:35:00.000Z',
        author: null,
        image: 'https://www.news.example.lk/media/k2/items/cache/8c1f2a_S.jpg',
        source: 'News.lk',
        text: 'The Cabinet of Ministers approved a new timetable for the coastal line, adding four trains between Colombo Fort and Galle.',
      },
    ]);
  });

  it("Nepal's news agency in Nepali: a Devanagari headline and copy, the clock at +0545, the agency's sign-off gone", async () => {
    const doc = rss(
      DC,
      '<title>राष्ट्रिय समाचार समिति</title><link>https://rss-agency.example.com.np/</link><language>ne</language>',
      [
        `<title>काठमाडौंमा नयाँ विद्युतीय बस सञ्चालनमा</title><link>https://rss-agency.example.com.np/news/2026/11/26/45678</link><pubDate>Thu, 26 Nov 2026 14:20:00 +0545</pubDate><dc:creator>रासस</dc:creator><description><![CDATA[<p>काठमाडौं, मंसिर ११ (रासस) – साझा यातायातले बिहीबारदेखि दशवटा नयाँ विद्युतीय बस सञ्चालनमा ल्याएको छ।</p>]]></description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story).toMatchObject({ title: 'काठमाडौंमा नयाँ विद्युतीय बस सञ्चालनमा', link: 'https://rss-agency.example.com.np/news/2026/11/26/45678', published: '2026-11-26T08:35:00.000Z', source: 'राष्ट्रिय समाचार समिति' });
    expect(story!.text).toContain('साझा यातायातले बिहीबारदेखि दशवटा नयाँ विद्युतीय बस सञ्चालनमा ल्याएको छ।');
  });

  it("Pakistan's APP on WordPress: the dateline with the agency's mark, a featured image in media:content", async () => {
    const doc = rss(
      `${WP_NS} ${MEDIA}`,
      '<title>Associated Press Of Pakistan</title><link>https://www.app.example.com.pk</link><description>Pakistan\'s premier news agency</description><lastBuildDate>Thu, 26 Nov 2026 10:31:02 +0000</lastBuildDate><language>en-US</language>',
      [
        `<title>Federal cabinet approves new port tariff</title><link>https://www.app.example.com.pk/national/federal-cabinet-approves-new-port-tariff/</link><dc:creator><![CDATA[Web Desk]]></dc:creator><pubDate>Thu, 26 Nov 2026 10:30:41 +0000</pubDate><category><![CDATA[National]]></category><guid isPermaLink="false">https://www.app.example.com.pk/?p=3312233</guid>
<description><![CDATA[ISLAMABAD, Nov 26 (APP):The federal cabinet on Thursday approved a new tariff for Karachi and Gwadar ports. [&#8230;]]]></description>
<content:encoded><![CDATA[<p>ISLAMABAD, Nov 26 (APP):The federal cabinet on Thursday approved a new tariff for Karachi and Gwadar ports.</p><p>The tariff takes effect from January 1, the cabinet said.</p>]]></content:encoded>
<media:content url="https://www.app.example.com.pk/wp-content/uploads/2026/11/cabinet.jpg" medium="image" width="1024" height="576"/>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story).toMatchObject({
      title: 'Federal cabinet approves new port tariff',
      link: 'https://www.app.example.com.pk/national/federal-cabinet-approves-new-port-tariff/',
      published: '2026-11-26T10:30:41.000Z',
      // A desk's credit names the desk (publishers.test.ts).
      author: 'Web Desk',
      image: 'https://www.app.example.com.pk/wp-content/uploads/2026/11/cabinet.jpg',
      source: 'Associated Press Of Pakistan',
    });
    expect(story!.text).toMatch(/The federal cabinet on Thursday approved a new tariff for Karachi and Gwadar ports\.\n\nThe tariff takes effect from January 1, the cabinet said\.$/);
  });

  it("CKAN's catalogue Atom (data.gov): the dataset's page, its publisher as author, microseconds in <updated>, the API enclosure no link", async () => {
    const doc = `${X}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-us"><title>catalog.data.example.gov - Recently changed datasets</title><link href="https://catalog.data.example.gov/dataset" rel="alternate"/><link href="https://catalog.data.example.gov/feeds/dataset.atom" rel="self"/><id>https://catalog.data.example.gov/feeds/dataset.atom</id><updated>2026-11-26T14:03:11.493027Z</updated><generator uri="http://ckan.org/" version="2.10.4">CKAN</generator>
<entry><title>Daily air quality summaries, 2026</title><link href="https://catalog.data.example.gov/dataset/daily-air-quality-summaries-2026" rel="alternate"/><id>https://catalog.data.example.gov/dataset/4b1d2c3e-aaaa-bbbb-cccc-0123456789ab</id><updated>2026-11-26T14:03:11.493027Z</updated><published>2026-11-26T14:01:02.118300Z</published><author><name>Environmental Protection Agency</name></author>
<content type="html">&lt;p&gt;Daily summaries of ozone and fine particle readings from monitors in every state.&lt;/p&gt;</content><link href="https://catalog.data.example.gov/api/3/action/package_show?id=4b1d2c3e-aaaa-bbbb-cccc-0123456789ab" rel="enclosure" type="application/json"/></entry></feed>`;
    expect(await polled(doc, ATOM_TYPE)).toMatchObject([
      {
        title: 'Daily air quality summaries, 2026',
        link: 'https://catalog.data.example.gov/dataset/daily-air-quality-summaries-2026',
        published: '2026-11-26T14:01:02.118Z',
        author: 'Environmental Protection Agency',
        source: 'catalog.data.example.gov',
        text: 'Daily summaries of ozone and fine particle readings from monitors in every state.',
      },
    ]);
  });

  it("the EU's press corner in French: a zoneless pubDate in Brussels' clock, the kind of release as category", async () => {
    const doc = rss(
      '',
      '<title>Commission européenne - Communiqués de presse</title><link>https://presscorner.example.europa.eu/home/fr</link><description>Communiqués</description><language>fr-BE</language>',
      [
        `<title>La Commission approuve un régime d'aide pour les ports intérieurs</title><link>https://presscorner.example.europa.eu/detail/fr/ip_26_2411</link><guid>IP/26/2411</guid><category>Communiqué de presse</category><pubDate>26/11/2026 11:30</pubDate><description>La Commission a approuvé un régime de 300 millions d'euros pour moderniser les ports intérieurs.</description>`,
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: "La Commission approuve un régime d'aide pour les ports intérieurs",
        link: 'https://presscorner.example.europa.eu/detail/fr/ip_26_2411',
        published: '2026-11-26T10:30:00.000Z',
        source: 'Commission européenne',
        text: "La Commission a approuvé un régime de 300 millions d'euros pour moderniser les ports intérieurs.",
      },
    ]);
  });
});

describe('newswires', () => {
  it("Canada's newswire: the release's dateline and /CNW/ mark, the issuer in dc:contributor, the logo no picture of the story", async () => {
    const doc = rss(
      `${DC} ${MEDIA}`,
      '<title>Latest News Releases</title><link>https://www.newswire.example.ca/</link><description>News releases</description><language>en-ca</language>',
      [
        `<title>Port of Halifax opens new cold storage terminal</title><link>https://www.newswire.example.ca/news-releases/port-of-halifax-opens-new-cold-storage-terminal-812345678.html</link><guid isPermaLink="false">812345678</guid><pubDate>Thu, 26 Nov 2026 09:00:00 -0500</pubDate><dc:contributor>Halifax Port Authority</dc:contributor>
<description><![CDATA[<p>HALIFAX, NS, Nov. 26, 2026 /CNW/ - The Halifax Port Authority opened a new cold storage terminal on Thursday, doubling the port's refrigerated capacity.</p>]]></description>
<media:content url="https://mma.newswire.example.ca/prn/images/halifax-logo.jpg" medium="image"><media:title>Halifax Port Authority logo</media:title></media:content>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story).toMatchObject({
      title: 'Port of Halifax opens new cold storage terminal',
      link: 'https://www.newswire.example.ca/news-releases/port-of-halifax-opens-new-cold-storage-terminal-812345678.html',
      published: '2026-11-26T14:00:00.000Z',
    });
    expect(story!.text).toContain("The Halifax Port Authority opened a new cold storage terminal on Thursday, doubling the port's refrigerated capacity.");
  });
});

describe('HTML in descriptions', () => {
  it('a table of prices: each row a line of its cells, the note after it kept', async () => {
    const doc = rss(
      '',
      '<title>Bullion Desk</title><link>https://bullion.example.in/</link>',
      [
        `<title>Gold steady, silver gains in Mumbai</title><link>https://bullion.example.in/rates/2026-11-26</link><pubDate>Thu, 26 Nov 2026 17:00:00 +0530</pubDate><description><![CDATA[<p>Gold held steady in Mumbai on Thursday while silver rose.</p><table><thead><tr><th>Metal</th><th>Rate</th></tr></thead><tbody><tr><td>Gold (10 g)</td><td>Rs 72,100</td></tr><tr><td>Silver (1 kg)</td><td>Rs 88,400</td></tr></tbody></table><p>Rates are indicative.</p>]]></description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story!.text).toContain('Gold held steady in Mumbai on Thursday while silver rose.');
    expect(story!.text).toMatch(/Gold \(10 g\)\s+Rs 72,100/);
    expect(story!.text).toMatch(/Silver \(1 kg\)\s+Rs 88,400/);
    expect(story!.text).toMatch(/Rates are indicative\.$/);
    expect(story!.text).not.toMatch(/Rs 72,100Silver/);
  });

  it("a <pre> bulletin (a weather service's text product): its lines kept as lines", async () => {
    const doc = rss(
      '',
      '<title>Forecast Discussions</title><link>https://wx-office.example.gov/</link>',
      [
        `<title>Area Forecast Discussion</title><link>https://wx-office.example.gov/afd/dlh/202611261012</link><pubDate>Thu, 26 Nov 2026 10:12:00 GMT</pubDate><description><![CDATA[<pre>
Area Forecast Discussion
National Weather Service Duluth MN
412 AM CST Thu Nov 26 2026

.SHORT TERM...
Heavy snow spreads north this morning.
Totals of 8 to 14 inches are likely by Friday evening.
</pre>]]></description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story!.text).toContain('Heavy snow spreads north this morning.');
    expect(story!.text).toMatch(/Heavy snow spreads north this morning\.\s*\n\s*Totals of 8 to 14 inches/);
    expect(story!.text).not.toMatch(/<pre>|<\/pre>/);
  });

  it('scripts, styles and noscript in a description: no code in the text, the embedded post kept', async () => {
    const doc = rss(
      '',
      '<title>Metro Desk</title><link>https://metro-desk.example.com/</link>',
      [
        `<title>Tram line reopens after repairs</title><link>https://metro-desk.example.com/news/tram-line-reopens</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description><![CDATA[<style>.embed{margin:0}</style><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tram line reopens"}</script><p>The tram line reopened on Thursday after three weeks of repairs.</p><script>window.dataLayer = window.dataLayer || []; dataLayer.push({"event":"article"});</script><blockquote class="twitter-tweet"><p>Trams are running again on line 4.</p>&mdash; City Transit (@citytransit) <a href="https://twitter.com/citytransit/status/1">November 26, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script><noscript><img src="https://metro-desk.example.com/pixel.gif?a=1" /></noscript><p>Services run every eight minutes.</p>]]></description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story!.text).toContain('The tram line reopened on Thursday after three weeks of repairs.');
    expect(story!.text).toContain('Services run every eight minutes.');
    expect(story!.text).not.toMatch(/dataLayer|schema\.org|@context|margin:0|widgets\.js/);
    expect(story!.image).toBeNull();
  });
});

describe('media and taxonomies', () => {
  it('an Atom entry with its pictures in <media:group>: the largest rendition, the group description as text', async () => {
    const doc = atom(
      'Harbour Pictures Agency',
      '<link href="https://pictures.example.com/"/>',
      [
        `<title>Tall ships arrive in Kochi for the harbour festival</title><link href="https://pictures.example.com/stories/tall-ships-kochi"/><id>urn:hpa:88123</id><published>2026-11-26T07:30:00Z</published><author><name>Anita Varghese</name></author>
<media:group><media:content url="https://img.pictures.example.com/88123/small.jpg" medium="image" width="320" height="180"/><media:content url="https://img.pictures.example.com/88123/large.jpg" medium="image" width="1920" height="1080"/><media:title>Tall ships in Kochi</media:title><media:description>Three tall ships sailed into Kochi harbour on Thursday for the annual festival.</media:description><media:credit role="photographer">Anita Varghese</media:credit></media:group>`,
      ],
      MEDIA,
    );
    expect(await polled(doc, ATOM_TYPE)).toMatchObject([
      {
        title: 'Tall ships arrive in Kochi for the harbour festival',
        link: 'https://pictures.example.com/stories/tall-ships-kochi',
        published: '2026-11-26T07:30:00.000Z',
        author: 'Anita Varghese',
        image: 'https://img.pictures.example.com/88123/large.jpg',
        text: 'Three tall ships sailed into Kochi harbour on Thursday for the annual festival.',
      },
    ]);
  });

  it("a Japanese ministry's RSS 1.0: dc:subject as category, taxo:topics no category, dc:date at +09:00", async () => {
    const doc = `${X}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${DC} xmlns:taxo="http://purl.org/rss/1.0/modules/taxonomy/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xml:lang="ja">
<channel rdf:about="https://www.ministry.example.go.jp/rss/press.rdf"><title>港湾省 報道発表</title><link>https://www.ministry.example.go.jp/</link><description>報道発表資料</description><dc:language>ja</dc:language><dc:date>2026-11-26T18:00:00+09:00</dc:date><items><rdf:Seq><rdf:li rdf:resource="https://www.ministry.example.go.jp/press/20261126_01.html"/></rdf:Seq></items></channel>
<item rdf:about="https://www.ministry.example.go.jp/press/20261126_01.html"><title>新たな港湾整備計画を公表しました</title><link>https://www.ministry.example.go.jp/press/20261126_01.html</link><description>全国十二の港で岸壁の改良を進める計画を公表しました。</description><dc:subject>港湾</dc:subject><taxo:topics><rdf:Bag><rdf:li rdf:resource="https://www.ministry.example.go.jp/tag/port"/></rdf:Bag></taxo:topics><dc:date>2026-11-26T17:00:00+09:00</dc:date><dc:publisher>港湾省</dc:publisher></item>
</rdf:RDF>`;
    expect(await polled(doc, 'application/rdf+xml')).toMatchObject([
      {
        title: '新たな港湾整備計画を公表しました',
        link: 'https://www.ministry.example.go.jp/press/20261126_01.html',
        published: '2026-11-26T08:00:00.000Z',
        categories: ['港湾'],
        source: '港湾省 報道発表',
        text: '全国十二の港で岸壁の改良を進める計画を公表しました。',
      },
    ]);
  });

  it('a city council RSS with <georss:point> and geo:lat/long: the coordinates no part of the story', async () => {
    const doc = rss(
      GEO,
      '<title>Pune Municipal Notices</title><link>https://civic-notices.example.in/</link>',
      [
        `<title>Water supply cut in Kothrud on Friday</title><link>https://civic-notices.example.in/notices/water-cut-kothrud</link><pubDate>Thu, 26 Nov 2026 12:00:00 +0530</pubDate><description>Water supply to Kothrud will stay off on Friday for pipeline repairs.</description><georss:point>18.5074 73.8077</georss:point><geo:lat>18.5074</geo:lat><geo:long>73.8077</geo:long>`,
      ],
    );
    expect(await polled(doc)).toMatchObject([
      {
        title: 'Water supply cut in Kothrud on Friday',
        link: 'https://civic-notices.example.in/notices/water-cut-kothrud',
        published: '2026-11-26T06:30:00.000Z',
        text: 'Water supply to Kothrud will stay off on Friday for pipeline repairs.',
      },
    ]);
  });
});

describe('more alert and bulletin shapes', () => {
  it("a hurricane centre's RSS: the nhc: cyclone block no part of the story, the advisory in <pre>", async () => {
    const doc = rss(
      'xmlns:nhc="https://www.nhc.example.gov"',
      '<title>Hurricane Centre Atlantic</title><link>https://www.nhc.example.gov/</link><description>Active tropical cyclones</description><pubDate>Thu, 26 Nov 2026 15:00:00 GMT</pubDate>',
      [
        `<title>Tropical Storm Ulla Public Advisory Number 7</title><link>https://www.nhc.example.gov/text/refresh/MIATCPAT1+shtml/261500.shtml</link><pubDate>Thu, 26 Nov 2026 15:00:00 GMT</pubDate><guid>https://www.nhc.example.gov/text/refresh/MIATCPAT1+shtml/261500.shtml</guid><author>nhcwebmaster@noaa.example.gov (NHC Webmaster)</author>
<nhc:Cyclone><nhc:center>24.1, -71.3</nhc:center><nhc:type>Tropical Storm</nhc:type><nhc:name>Ulla</nhc:name><nhc:wallet>AT1</nhc:wallet><nhc:atcf>AL212026</nhc:atcf><nhc:datetime>11:00 AM AST Thu Nov 26</nhc:datetime><nhc:movement>NW at 9 mph</nhc:movement><nhc:pressure>998 mb</nhc:pressure><nhc:wind>50 mph</nhc:wind><nhc:headline>ULLA A LITTLE STRONGER OVER THE SOUTHWESTERN ATLANTIC</nhc:headline></nhc:Cyclone>
<description><![CDATA[<pre>
BULLETIN
Tropical Storm Ulla Advisory Number 7
NWS National Hurricane Center Miami FL       AL212026
1100 AM AST Thu Nov 26 2026

...ULLA A LITTLE STRONGER OVER THE SOUTHWESTERN ATLANTIC...
</pre>]]></description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story).toMatchObject({ title: 'Tropical Storm Ulla Public Advisory Number 7', link: 'https://www.nhc.example.gov/text/refresh/MIATCPAT1+shtml/261500.shtml', published: '2026-11-26T15:00:00.000Z', source: 'Hurricane Centre Atlantic' });
    expect(story!.text).toMatch(/Tropical Storm Ulla Advisory Number 7\n+NWS National Hurricane Center Miami FL\s+AL212026/);
    expect(story!.text).not.toContain('24.1, -71.3');
  });

  it('a results table with a caption and a list after it: the caption a line, the rows lines, the list items lines', async () => {
    const doc = rss(
      '',
      '<title>Civic Poll Desk</title><link>https://civic-poll.example.in/</link>',
      [
        `<title>Ward 12 by-election: the count</title><link>https://civic-poll.example.in/results/ward-12</link><pubDate>Thu, 26 Nov 2026 18:00:00 +0530</pubDate><description><![CDATA[<p>Counting in Ward 12 ended on Thursday evening.</p><table><caption>Votes polled</caption><tr><td>Candidate A</td><td>4,210</td></tr><tr><td>Candidate B</td><td>3,987</td></tr></table><ul><li>Turnout: 61 per cent</li><li>Margin: 223 votes</li></ul>]]></description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story!.published).toBe('2026-11-26T12:30:00.000Z');
    expect(story!.text.split('\n\n')).toEqual(expect.arrayContaining(['Counting in Ward 12 ended on Thursday evening.', 'Votes polled', 'Turnout: 61 per cent', 'Margin: 223 votes']));
    expect(story!.text).toMatch(/Candidate A\s+4,210/);
  });

  it('a description escaped twice, a script inside it: the script gone once the copy is read as HTML', async () => {
    const doc = rss(
      '',
      '<title>Valley Times</title><link>https://valley-times.example.com/</link>',
      [
        `<title>Bridge inspection finds no damage</title><link>https://valley-times.example.com/news/bridge-inspection</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>&amp;lt;p&amp;gt;Engineers found no damage to the river bridge after Monday's flood.&amp;lt;/p&amp;gt;&amp;lt;script&amp;gt;var ad = 1;&amp;lt;/script&amp;gt;&amp;lt;p&amp;gt;The bridge stays open.&amp;lt;/p&amp;gt;</description>`,
      ],
    );
    const [story] = await polled(doc);
    expect(story!.text).toBe("Engineers found no damage to the river bridge after Monday's flood.\n\nThe bridge stays open.");
  });
});
