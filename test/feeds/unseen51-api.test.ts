import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ISO, ITUNES, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fiftieth round of unseen feeds as README counts them (the file is numbered after unseen50, the forty-ninth round's): the
 * leftovers that round named (GovDelivery's header banner, a speech's last line taken for a newsletter's sign-off, a story's picture
 * named "beacon-hill.jpg" or "spacer-rocket.jpg") and feeds as agencies, outlets and platforms publish them that earlier rounds did not
 * try whole (PR Newswire, GlobeNewswire, Reuters Connect's RSS, Xinhua's English service, APP, the Wire, Deccan Chronicle, Telangana Today,
 * Onmanorama, the Financial Express, Pakistan Today, the Rising Nepal, the Sunday Times of Sri Lanka, Nepal's and Bangladesh's foreign
 * ministries, Rappler, NHK, VOA's Pangea, Vox's Chorus Atom, the New Yorker, Flipboard, Storyblok, Contentstack, Prismic, Typepad, Tistory,
 * Zenn, Qiita, Spreaker, Omny, Audioboom, an AMP feed, Atom with prefixed XHTML content, and a BOM under a prolog naming the wrong
 * charset; GlobeNewswire's and Typepad's other fields were probed by unseen20 and generators.test.ts), each built as its publisher writes it, served from a real local server, added and polled through POST
 * /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen51-api');


const FEEDS: UnseenFeed[] = [
  // The forty-ninth round's leftovers.
  // GovDelivery's bulletin as its templates print it: the header's cells (header-left, main-header) over the bulletin's own graphic.
  { path: '/unseen51/govdelivery.xml', type: RSS_TYPE, doc: channel('', head('State Health Department', 'https://content.govdelivery.com/accounts/XXDOH/bulletins'), [
    `<item><title>Flu clinics open on Saturday</title><link>https://content.govdelivery.com/accounts/XXDOH/bulletins/3b2c1d0</link><description><![CDATA[<table class="main-table"><tr><td id="header-left"><a href="https://lnks.gd/l/abc"><img class="govd_template_image" src="https://content.govdelivery.com/attachments/fancy_images/XXDOH/2015/11/663147/whitespace_original.jpg" width="162" height="58" alt="State Health"></a></td><td id="main-header"><img class="govd_template_image" src="https://content.govdelivery.com/attachments/fancy_images/XXDOH/2015/11/663146/doh-banner_original.jpg" width="276" height="58" alt="State Health Department"></td></tr><tr><td id="main-graphic" data-govdstyle="all"><img class="govd_template_image" src="https://content.govdelivery.com/attachments/fancy_images/XXDOH/2026/11/7123456/flu-clinic_original.jpg" width="470" alt="A nurse gives a flu shot"></td></tr><tr><td id="sub-headline-body" data-govdstyle="all"><p class="gd_p">Free flu clinics open at 40 libraries on Saturday from 9 am to 3 pm.</p><p class="gd_p">No appointment is needed.</p></td></tr></table>]]></description>${DATE}<guid>https://content.govdelivery.com/accounts/XXDOH/bulletins/3b2c1d0</guid></item>`,
  ]) },
  // PIB's transcript of a speech, its last line "Thank you, Namaskar"; a parliament's Hansard-style speech ending "Thank you, Mr Speaker".
  { path: '/unseen51/speeches.xml', type: RSS_TYPE, doc: channel('', head('Press Information Bureau', 'https://pib.gov.in'), [
    `<item><title>Text of PM's address at the inauguration of the Kochi water metro extension</title><link>https://pib.gov.in/PressReleasePage.aspx?PRID=2099001</link><description><![CDATA[<p>My dear brothers and sisters of Kerala,</p><p>Today the water metro reaches ten more islands.</p><p>It will carry a lakh of people every day.</p><p>Thank you, Namaskar</p>]]></description>${DATE}</item>`,
    `<item><title>Member's statement on the harbour bill</title><link>https://www.parliament.example.nz/en/pb/hansard-debates/rhr/combined/HansD_20261127_20261127_08</link><description><![CDATA[<p>I rise to support the bill.</p><p>The harbour needs dredging, and the bill pays for it.</p><p>Thank you, Mr Speaker</p>]]></description>${DATE}</item>`,
    // A story's picture named for Beacon Hill, after a spacer.
    `<item><title>Beacon Hill gas lamps restored</title><link>https://www.bostondesk.example.com/2026/11/27/beacon-hill-gas-lamps/</link><description><![CDATA[<img src="https://www.bostondesk.example.com/images/spacer.gif" width="10"><img src="https://www.bostondesk.example.com/wp-content/uploads/2026/11/beacon-hill-lamps.jpg"><p>The 1,100 gas lamps of Beacon Hill have been restored.</p>]]></description>${DATE}</item>`,
  ]) },

  // Press-release wires.
  // PR Newswire: the dateline with "/PRNewswire/", the company's logo as the media, its contact box.
  { path: '/unseen51/prnewswire.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('PR Newswire: news', 'https://www.prnewswire.com/'), [
    `<item><title>Harbor Logistics Opens Its Largest Warehouse in Texas</title><link>https://www.prnewswire.com/news-releases/harbor-logistics-opens-its-largest-warehouse-in-texas-302312345.html</link><description>HOUSTON, Nov. 27, 2026 /PRNewswire/ -- Harbor Logistics today opened a 1.2 million square foot warehouse near the Port of Houston. ...</description><dc:contributor>Harbor Logistics</dc:contributor>${DATE}<guid isPermaLink="false">302312345</guid><dc:subject>TRN</dc:subject><media:content url="https://mma.prnewswire.com/media/1234567/Harbor_Logistics_Logo.jpg?p=thumbnail" medium="image" type="image/jpeg"/></item>`,
    // A release with a photo beside the issuer's logo: the photo is the story's.
    `<item><title>Harbor Logistics Unveils Electric Truck Fleet</title><link>https://www.prnewswire.com/news-releases/harbor-logistics-unveils-electric-truck-fleet-302312399.html</link><description>HOUSTON, Nov. 27, 2026 /PRNewswire/ -- Harbor Logistics today put 200 electric trucks into service at the Port of Houston.</description><dc:contributor>Harbor Logistics</dc:contributor>${DATE}<guid isPermaLink="false">302312399</guid><media:content url="https://mma.prnewswire.com/media/1234567/Harbor_Logistics_Logo.jpg?p=thumbnail" medium="image" type="image/jpeg"/><media:content url="https://mma.prnewswire.com/media/1234599/Harbor_Logistics_Electric_Trucks.jpg?p=thumbnail" medium="image" type="image/jpeg"/></item>`,
  ]) },
  // GlobeNewswire: the issuer in dc:contributor, keywords, its logo's download link as media:content.
  { path: '/unseen51/globenewswire.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('GlobeNewswire', 'https://www.globenewswire.com/'), [
    `<item><guid isPermaLink="false">2998765</guid><link>https://www.globenewswire.com/news-release/2026/11/27/2998765/0/en/Northwind-Solar-Reports-Third-Quarter-Results.html</link><category domain="https://www.globenewswire.com/rss/subjecttag/Earnings%20Releases%20and%20Operating%20Results">Earnings Releases and Operating Results</category><title>Northwind Solar Reports Third Quarter Results</title><description>&lt;p&gt;OSLO, Norway, Nov. 27, 2026 (GLOBE NEWSWIRE) -- Northwind Solar ASA reported revenue of NOK 1.4 billion for the third quarter, up 18%.&lt;/p&gt;</description>${DATE}<dc:contributor>Northwind Solar ASA</dc:contributor><dc:keyword>solar</dc:keyword><dc:identifier>2998765</dc:identifier><dc:language>en</dc:language><media:content url="https://ml.globenewswire.com/Resource/Download/3f2a1b9c-8d7e-4f6a-b5c4-d3e2f1a0b9c8?size=3" medium="image"/></item>`,
  ]) },

  // News agencies' own feeds.
  // Reuters Connect's RSS: Reuters as dc:creator, the dateline and "(Reporting by …)" credit.
  { path: '/unseen51/reuters-connect.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Reuters Connect: World News', 'https://www.reutersconnect.com/'), [
    `<item><title>Indonesia's central bank holds rates steady</title><link>https://www.reutersconnect.com/item/indonesias-central-bank-holds-rates-steady/dGFnOnJldXRlcnMuY29tLDIwMjY6bmV3c21sX0wyTjNYWjBBQg</link><guid isPermaLink="false">tag:reuters.com,2026:newsml_L2N3XZ0AB</guid>${DATE}<dc:creator>Reuters</dc:creator><description><![CDATA[<p>JAKARTA, Nov 27 (Reuters) - Bank Indonesia held its benchmark rate at 5.75% on Friday, as expected.</p><p>(Reporting by Stefanno Sulaiman; Editing by Ed Davies)</p>]]></description><media:thumbnail url="https://static.reuters.com/resources/r/?m=02&amp;d=20261127&amp;t=2&amp;i=1712345678&amp;w=200&amp;fh=&amp;fw=&amp;ll=&amp;pl=&amp;sq=&amp;r=LYNXMPEMAQ0AB"/></item>`,
  ]) },
  // Xinhua's English service: the dateline and "Enditem", its picture in the copy.
  { path: '/unseen51/xinhua.xml', type: RSS_TYPE, doc: channel('', head('Xinhua English', 'https://english.news.cn/'), [
    `<item><title>China's high-speed rail network tops 48,000 km</title><link>https://english.news.cn/20261127/a1b2c3d4e5f6/c.html</link><description><![CDATA[<p><img src="https://english.news.cn/20261127/a1b2c3d4e5f6/20261127a1b2c3d4e5f6_2026112712345678.jpg" /></p><p>BEIJING, Nov. 27 (Xinhua) -- China's high-speed railway network has topped 48,000 km, the national railway operator said on Friday.</p><p>The network now links 96 percent of cities with populations above 500,000. Enditem</p>]]></description>${DATE}</item>`,
  ]) },
  // APP (Associated Press of Pakistan), WordPress: the dateline "ISLAMABAD, Nov 27 (APP):", its featured picture in media:content.
  { path: '/unseen51/app.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT} ${MEDIA}`, head('Associated Press Of Pakistan', 'https://www.app.com.pk'), [
    `<item><title>PM inaugurates Islamabad's new bus depot</title><link>https://www.app.com.pk/national/pm-inaugurates-islamabads-new-bus-depot/</link><dc:creator><![CDATA[APP]]></dc:creator>${DATE}<category><![CDATA[National]]></category><guid isPermaLink="false">https://www.app.com.pk/?p=1556677</guid><description><![CDATA[ISLAMABAD, Nov 27 (APP):Prime Minister on Friday inaugurated the new bus depot in Sector I-11. The post PM inaugurates Islamabad&#8217;s new bus depot appeared first on Associated Press Of Pakistan.]]></description><content:encoded><![CDATA[<p>ISLAMABAD, Nov 27 (APP):Prime Minister on Friday inaugurated the new bus depot in Sector I-11.</p><p>The depot will house 120 electric buses.</p><p>The post <a href="https://www.app.com.pk/national/pm-inaugurates-islamabads-new-bus-depot/">PM inaugurates Islamabad&#8217;s new bus depot</a> appeared first on <a href="https://www.app.com.pk">Associated Press Of Pakistan</a>.</p>]]></content:encoded><media:content url="https://www.app.com.pk/wp-content/uploads/2026/11/bus-depot-300x200.jpg" medium="image"/></item>`,
  ]) },

  // South Asian outlets not tried before.
  // The Wire: its author, the teaser with "…" and its category.
  { path: '/unseen51/thewire.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT} ${MEDIA}`, head('The Wire', 'https://thewire.in'), [
    `<item><title>Why the Western Ghats Need a Single Regulator</title><link>https://thewire.in/environment/western-ghats-single-regulator</link><dc:creator><![CDATA[Meera Subramanian]]></dc:creator>${DATE}<category><![CDATA[Environment]]></category><guid isPermaLink="false">https://thewire.in/?p=998877</guid><description><![CDATA[Six states govern the Western Ghats under six sets of rules. A single regulator would end that.]]></description><media:content url="https://cdn.thewire.in/wp-content/uploads/2026/11/27100500/western-ghats-1200x600.jpg" medium="image"/></item>`,
  ]) },
  // Deccan Chronicle: its author as "DC Correspondent", IST in pubDate, a thumbnail in the enclosure.
  { path: '/unseen51/deccanchronicle.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Deccan Chronicle - Nation', 'https://www.deccanchronicle.com/nation'), [
    `<item><title>Hyderabad metro adds four trains</title><link>https://www.deccanchronicle.com/nation/hyderabad-metro-adds-four-trains-1889900</link><description><![CDATA[Hyderabad Metro Rail added four trains to its red line on Friday to cut waiting times.]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate><dc:creator>DC Correspondent</dc:creator><guid isPermaLink="false">1889900</guid><enclosure url="https://www.deccanchronicle.com/h-upload/2026/11/27/1889900-metro.webp" type="image/webp" length="0"/></item>`,
  ]) },
  // Telangana Today (WordPress): "The post … appeared first on", its category.
  { path: '/unseen51/telanganatoday.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Telangana Today', 'https://telanganatoday.com'), [
    `<item><title>Warangal gets its first skill university</title><link>https://telanganatoday.com/warangal-gets-its-first-skill-university</link><dc:creator><![CDATA[Telangana Today]]></dc:creator>${DATE}<category><![CDATA[Warangal]]></category><guid isPermaLink="false">https://telanganatoday.com/?p=1122334</guid><description><![CDATA[<p>Warangal: The State government on Friday sanctioned a skill university for Warangal.</p><p>The post <a href="https://telanganatoday.com/warangal-gets-its-first-skill-university">Warangal gets its first skill university</a> appeared first on <a href="https://telanganatoday.com">Telangana Today</a>.</p>]]></description></item>`,
  ]) },
  // Onmanorama (AEM): a relative link and picture, its byline as "Onmanorama Staff".
  { path: '/unseen51/onmanorama.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Onmanorama', 'https://www.onmanorama.com'), [
    `<item><title>Sabarimala: KSRTC to run 800 buses</title><link>/content/mm/en/kerala/top-news/2026/11/27/sabarimala-ksrtc-800-buses.html</link><description>KSRTC will run 800 buses to Pampa during the pilgrim season.</description><dc:creator>Onmanorama Staff</dc:creator>${DATE}<media:content url="/content/dam/mm/en/kerala/top-news/images/2026/11/27/ksrtc-bus.jpg" medium="image"/></item>`,
  ]) },
  // The Financial Express (WordPress VIP): "?w=" on its picture, utm parameters on the link.
  { path: '/unseen51/financialexpress.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT} ${MEDIA}`, head('Financial Express', 'https://www.financialexpress.com'), [
    `<item><title>GST collections rise 9% in November</title><link>https://www.financialexpress.com/business/gst-collections-rise-9-in-november-3677889/?utm_source=rss&amp;utm_medium=feed</link><dc:creator><![CDATA[FE Bureau]]></dc:creator>${DATE}<category><![CDATA[Economy]]></category><guid isPermaLink="false">https://www.financialexpress.com/?p=3677889</guid><description><![CDATA[Gross GST collections rose 9% to Rs 1.9 lakh crore in November.]]></description><media:content url="https://www.financialexpress.com/wp-content/uploads/2026/11/gst.jpg?w=480" medium="image"/></item>`,
  ]) },
  // Pakistan Today (WordPress): a desk's byline, PKT in pubDate, the dateline "KARACHI:".
  { path: '/unseen51/pakistantoday.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Pakistan Today', 'https://www.pakistantoday.com.pk'), [
    `<item><title>Karachi port handles record cargo</title><link>https://www.pakistantoday.com.pk/2026/11/27/karachi-port-handles-record-cargo/</link><dc:creator><![CDATA[Staff Report]]></dc:creator><pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate><category><![CDATA[Business]]></category><guid isPermaLink="false">https://www.pakistantoday.com.pk/?p=1201201</guid><description><![CDATA[<p>KARACHI: Karachi Port handled a record 5.2 million tonnes of cargo in November.</p>]]></description></item>`,
  ]) },
  // The Rising Nepal: NPT in pubDate, a picture in the copy.
  { path: '/unseen51/risingnepal.xml', type: RSS_TYPE, doc: channel('', head('The Rising Nepal', 'https://risingnepaldaily.com'), [
    `<item><title>Melamchi water reaches 20 more wards</title><link>https://risingnepaldaily.com/news/55123</link><description><![CDATA[<p><img src="https://risingnepaldaily.com/storage/media/55123/melamchi.jpg" alt=""></p><p>Kathmandu, Nov. 27: Melamchi water reached 20 more wards of the valley on Friday.</p>]]></description><pubDate>Fri, 27 Nov 2026 15:50:00 +0545</pubDate></item>`,
  ]) },
  // The Sunday Times (Sri Lanka): its byline run into the copy's first line.
  { path: '/unseen51/sundaytimeslk.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('The Sunday Times Sri Lanka', 'https://www.sundaytimes.lk'), [
    `<item><title>Colombo port city's first tower opens</title><link>https://www.sundaytimes.lk/261129/news/colombo-port-citys-first-tower-opens-612345.html</link><description><![CDATA[<p>The first tower of the Colombo Port City opened on Friday, with 60 floors of offices.</p>]]></description><dc:creator>By Namini Wijedasa</dc:creator>${DATE}</item>`,
  ]) },

  // Ministries.
  // Nepal's foreign ministry (WordPress): the release's PDF linked under it, its place and date in its last lines.
  { path: '/unseen51/mofa-np.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Ministry of Foreign Affairs Nepal', 'https://mofa.gov.np'), [
    `<item><title>Press Release on the Visit of the Foreign Minister to Bangladesh</title><link>https://mofa.gov.np/press-release-on-the-visit-of-the-foreign-minister-to-bangladesh/</link><dc:creator><![CDATA[mofa]]></dc:creator>${DATE}<category><![CDATA[Press Release]]></category><guid isPermaLink="false">https://mofa.gov.np/?p=31001</guid><content:encoded><![CDATA[<p>The Foreign Minister will pay an official visit to Bangladesh from 29 November to 1 December 2026.</p><p>Ministry of Foreign Affairs<br>Kathmandu<br>27 November 2026</p><p><a href="https://mofa.gov.np/wp-content/uploads/2026/11/Press-Release-27-Nov.pdf" class="pdfemb-viewer" style="" data-width="max" data-height="max" data-toolbar="bottom" data-toolbar-fixed="off">Press-Release-27-Nov</a></p>]]></content:encoded></item>`,
  ]) },
  // Bangladesh's foreign ministry (the national portal's framework): a notice with its date in its own field, relative links.
  { path: '/unseen51/mofa-bd.xml', type: RSS_TYPE, doc: channel('', head('Ministry of Foreign Affairs', 'https://mofa.gov.bd'), [
    `<item><title>Foreign Secretary meets Japanese delegation</title><link>https://mofa.gov.bd/site/press_release/8f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f</link><description><![CDATA[<p>Dhaka, 27 November 2026: The Foreign Secretary met a Japanese business delegation at the ministry on Friday.</p><p><img src="/sites/default/files/files/mofa.portal.gov.bd/press_release/8f1c2d3e/meeting.jpg"></p>]]></description><pubDate>Fri, 27 Nov 2026 16:05:00 +0600</pubDate></item>`,
  ]) },

  // Asian outlets and public broadcasters.
  // Rappler (WordPress VIP): Photon's "?fit=" on its picture, the byline.
  { path: '/unseen51/rappler.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT} ${MEDIA}`, head('Rappler', 'https://www.rappler.com'), [
    `<item><title>Manila's new subway begins trial runs</title><link>https://www.rappler.com/philippines/metro-manila-subway-trial-runs/</link><dc:creator><![CDATA[Rambo Talabong]]></dc:creator>${DATE}<category><![CDATA[Philippines]]></category><guid isPermaLink="false">https://www.rappler.com/?p=2981234</guid><description><![CDATA[<p>The Metro Manila Subway began trial runs on Friday between Valenzuela and Quezon City.</p>]]></description><media:content url="https://www.rappler.com/tachyon/2026/11/subway-trial.jpg?fit=1024%2C683" medium="image"/></item>`,
  ]) },
  // NHK World's Japanese RSS: JST in pubDate, the text alone.
  { path: '/unseen51/nhk.xml', type: RSS_TYPE, doc: channel('', head('NHKニュース', 'https://www3.nhk.or.jp/news/'), [
    `<item><title>北陸新幹線 敦賀以西のルート決定</title><link>http://www3.nhk.or.jp/news/html/20261127/k10014600001000.html</link><description>北陸新幹線の敦賀以西のルートが27日、正式に決まりました。</description><pubDate>Fri, 27 Nov 2026 19:05:00 +0900</pubDate></item>`,
  ]) },
  // VOA (Pangea CMS): the picture as an enclosure at a width, its author in <author> with an address.
  { path: '/unseen51/voa.xml', type: RSS_TYPE, doc: channel(`${CONTENT}`, head('Voice of America - English', 'https://www.voanews.com'), [
    `<item><title>Kenya opens its first geothermal school</title><description>The school in Naivasha will train 500 technicians a year.</description><link>https://www.voanews.com/a/kenya-opens-its-first-geothermal-school/7890123.html</link><guid>https://www.voanews.com/a/kenya-opens-its-first-geothermal-school/7890123.html</guid>${DATE}<category>Africa</category><author>noreply@voanews.com (Mohammed Yusuf)</author><enclosure url="https://gdb.voanews.com/01000000-0aff-0242-0b1c-08dc1a2b3c4d_w800_r1.jpg" length="0" type="image/jpeg"/><content:encoded><![CDATA[<p>The school in Naivasha will train 500 technicians a year, the energy ministry said on Friday.</p>]]></content:encoded></item>`,
  ]) },

  // Western platforms not tried before.
  // Vox Media's Chorus Atom: Thumbor's crop in the picture (stays), the figure's credit under it.
  { path: '/unseen51/chorus.xml', type: ATOM_TYPE, doc: atom('', `<title>The Verge</title><id>https://www.theverge.com/rss/index.xml</id><link type="text/html" href="https://www.theverge.com/" rel="alternate"/><updated>${ISO}</updated>`, [
    `<entry><published>${ISO}</published><updated>${ISO}</updated><title>The city that put solar on every bus stop</title><content type="html">&lt;figure&gt;&lt;img alt="Solar panels on a bus shelter" src="https://cdn.vox-cdn.com/thumbor/AbCdEf123=/0x0:3000x2000/1200x800/filters:focal(1500x1000:1501x1001)/cdn.vox-cdn.com/uploads/chorus_asset/file/25123456/solar_stop.jpg" /&gt;&lt;figcaption&gt;Photo by Jo Lee / The Verge&lt;/figcaption&gt;&lt;/figure&gt;&lt;p&gt;Every bus stop in the city now has a solar panel.&lt;/p&gt;</content><link rel="alternate" type="text/html" href="https://www.theverge.com/2026/11/27/24312345/solar-bus-stops"/><id>https://www.theverge.com/2026/11/27/24312345/solar-bus-stops</id><author><name>Jo Lee</name></author></entry>`,
  ]) },
  // The New Yorker (Condé Nast): media:thumbnail at a width, the byline in dc:creator.
  { path: '/unseen51/newyorker.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('The New Yorker', 'https://www.newyorker.com'), [
    `<item><title>The Last Lighthouse Keepers</title><link>https://www.newyorker.com/magazine/2026/12/07/the-last-lighthouse-keepers</link><guid isPermaLink="false">6740a1b2c3d4e5f6a7b8c9d0</guid>${DATE}<media:keywords>Lighthouses, Maine</media:keywords><dc:creator>Ann Fox</dc:creator><description>On an island off Maine, two keepers still tend a light.</description><category>Magazine / Reporter at Large</category><media:thumbnail url="https://media.newyorker.com/photos/6740a1b2c3d4e5f6a7b8c9d1/master/w_1600%2Cc_limit/lighthouse.jpg" width="1600" height="1067"/></item>`,
  ]) },
  // Flipboard's magazine RSS: each item links the publisher's page, its dc:creator the source's host (no author).
  { path: '/unseen51/flipboard.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Harbour Watch by deskwire | Flipboard', 'https://flipboard.com/@deskwire/harbour-watch-abc123'), [
    `<item><title>Rotterdam tests a hydrogen tug</title><link>https://www.portnews.example.nl/2026/11/27/rotterdam-hydrogen-tug</link><guid isPermaLink="false">https://flipboard.com/@deskwire/harbour-watch-abc123/-/a-1A2b3C4d5E6f</guid><description><![CDATA[<p>The port of Rotterdam began trials of a hydrogen-powered tug on Friday.</p>]]></description><dc:creator>portnews.example.nl</dc:creator>${DATE}<media:content url="https://cdn.flipboard.com/portnews.example.nl/abcdef0123456789/original.jpg" medium="image" type="image/jpeg" width="1200" height="800"/></item>`,
  ]) },
  // Storyblok's Image Service: "/m/600x400/filters:…" after the asset's address.
  { path: '/unseen51/storyblok.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Alpine Rail Blog', 'https://www.alpinerail.example.ch/blog'), [
    `<item><title>Snow trains return</title><link>https://www.alpinerail.example.ch/blog/snow-trains-return</link><description>The snow trains return to the pass on December 12.</description>${DATE}<media:content url="https://a.storyblok.com/f/123456/3000x2000/ab12cd34ef/snow-train.jpg/m/600x400/filters:quality(70)" medium="image"/></item>`,
  ]) },
  // Contentstack's Image Delivery API: "?width=&quality=&format=".
  { path: '/unseen51/contentstack.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Metro Transit News', 'https://www.metrotransit.example.com/news'), [
    `<item><title>Night buses on route 7</title><link>https://www.metrotransit.example.com/news/night-buses-route-7</link><description>Route 7 runs all night from Monday.</description>${DATE}<media:content url="https://images.contentstack.io/v3/assets/blt1a2b3c4d5e6f7a8b/blt9c8d7e6f5a4b3c2d/6543210fedcba987654321ab/night-bus.jpg?width=400&amp;quality=75&amp;format=webp" medium="image"/></item>`,
  ]) },
  // Prismic's images (imgix): its size and "auto" go, its "rect" crop stays.
  { path: '/unseen51/prismic.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Seaside Council', 'https://www.seaside.example.gov.uk/news'), [
    `<item><title>Promenade resurfacing starts</title><link>https://www.seaside.example.gov.uk/news/promenade-resurfacing</link><description>Resurfacing of the promenade starts on Monday and takes six weeks.</description>${DATE}<media:content url="https://images.prismic.io/seaside/Zx1aBc2dEf_promenade.jpg?auto=format,compress&amp;w=640&amp;h=360" medium="image"/></item>`,
    `<item><title>Pier lights switched on</title><link>https://www.seaside.example.gov.uk/news/pier-lights</link><description>The pier's new lights were switched on on Friday.</description>${DATE}<media:content url="https://images.prismic.io/seaside/Zx1aBc2dEg_pier.jpg?auto=format,compress&amp;rect=0,120,1600,900&amp;w=640&amp;h=360" medium="image"/></item>`,
  ]) },
  // Typepad: its ".a/…-800wi" picture in the copy, the author in <author>.
  { path: '/unseen51/typepad.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Canal Walker', 'https://canalwalker.typepad.com/blog/'), [
    `<item><title>The lock keeper's cottage</title><link>https://canalwalker.typepad.com/blog/2026/11/the-lock-keepers-cottage.html</link><description><![CDATA[<p><a class="asset-img-link" href="https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-pi"><img class="asset asset-image at-xid-6a00d8341c0a1b53ef02e860abc123200d img-responsive" alt="Cottage" src="https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-800wi" title="Cottage" /></a></p><p>The lock keeper's cottage has been restored and opens as a museum in spring.</p>]]></description><dc:creator>Canal Walker</dc:creator>${DATE}<guid isPermaLink="false">tag:typepad.com,2003:post-6a00d8341c0a1b53ef02e860abc124200d</guid></item>`,
  ]) },
  // Tistory (Korean blogs): KST, its author, the picture on Kakao's CDN.
  { path: '/unseen51/tistory.xml', type: RSS_TYPE, doc: channel('', head('항구 소식', 'https://hanggu.tistory.com/'), [
    `<item><title>부산항 신규 크레인 도입</title><link>https://hanggu.tistory.com/123</link><description><![CDATA[<p><img src="https://blog.kakaocdn.net/dn/bAbCdE/btsXyZ123/AbCdEfGhIjKlMnOp/img.jpg" data-origin-width="1200" data-origin-height="800"/></p><p>부산항에 신규 크레인 4기가 27일 도입됐다.</p>]]></description><category>항만</category><author>항구지기</author><guid isPermaLink="true">https://hanggu.tistory.com/123</guid><comments>https://hanggu.tistory.com/123#entry123comment</comments><pubDate>Fri, 27 Nov 2026 19:05:00 +0900</pubDate></item>`,
  ]) },
  // Zenn: its signed Cloudinary OG picture as the enclosure (stays), the writer in dc:creator.
  { path: '/unseen51/zenn.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Zennの「Rust」のフィード', 'https://zenn.dev/topics/rust'), [
    `<item><title><![CDATA[Rustで潮位表を作る]]></title><description><![CDATA[潮位表のデータをRustで読み込む方法をまとめました。]]></description><link>https://zenn.dev/tide/articles/rust-tide-table</link><guid isPermaLink="true">https://zenn.dev/tide/articles/rust-tide-table</guid><pubDate>Fri, 27 Nov 2026 19:05:00 GMT</pubDate><enclosure url="https://res.cloudinary.com/zenn/image/upload/s--AbCdEf12--/c_fit%2Cg_north_west%2Cl_text:notosansjp-medium.otf_55:Rust%25E3%2581%25A7%25E6%25BD%25AE%25E4%25BD%258D%25E8%25A1%25A8%2Cw_1010%2Cx_90%2Cy_100/v1627283836/default/og-base-w1200-v2.png" length="0" type="image/png"/><dc:creator>tide</dc:creator></item>`,
  ]) },
  // Qiita's Atom: the author's name in <author>, the teaser in <content>.
  { path: '/unseen51/qiita.xml', type: ATOM_TYPE, doc: atom(' xml:lang="ja-JP"', `<id>tag:qiita.com,2005:/tags/python/feed</id><link rel="alternate" type="text/html" href="https://qiita.com"/><link rel="self" type="application/atom+xml" href="https://qiita.com/tags/python/feed"/><title>Pythonタグが付けられた新着記事 - Qiita</title><updated>${ISO}</updated>`, [
    `<entry><id>tag:qiita.com,2005:PublicArticle/3456789</id><published>2026-11-27T19:05:00+09:00</published><updated>2026-11-27T19:05:00+09:00</updated><link rel="alternate" type="text/html" href="https://qiita.com/tidecode/items/a1b2c3d4e5f6a7b8c9d0"/><url>https://qiita.com/tidecode/items/a1b2c3d4e5f6a7b8c9d0</url><title>Pythonで港の混雑を可視化する</title><content type="text">港の入港データをPythonで集計し、混雑を可視化しました。</content><author><name>tidecode</name></author></entry>`,
  ]) },

  // Podcast hosts not tried before.
  // Spreaker: its named transformation before the original on its CDN.
  { path: '/unseen51/spreaker.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, head('Port Talk', 'https://www.spreaker.com/show/port-talk'), [
    `<item><title>Ep. 12 – The new breakwater</title><link>https://www.spreaker.com/episode/ep-12-the-new-breakwater--61234567</link><description><![CDATA[Engineers explain the new breakwater, which will protect the harbour from winter storms.]]></description><guid isPermaLink="false">https://api.spreaker.com/episode/61234567</guid>${DATE}<enclosure url="https://api.spreaker.com/download/episode/61234567/breakwater.mp3" length="0" type="audio/mpeg"/><itunes:author>Port Talk</itunes:author><itunes:image href="https://d3wo5wojvuv7l.cloudfront.net/t_rss_itunes_square_1400/images.spreaker.com/original/0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg"/><itunes:duration>1534</itunes:duration></item>`,
  ]) },
  // Omny Studio: its notes with "See omnystudio.com/listener for privacy information.", the art at a size.
  { path: '/unseen51/omny.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${MEDIA} ${CONTENT}`, head('Morning Brief', 'https://omny.fm/shows/morning-brief'), [
    `<item><title>Fuel prices fall again</title><itunes:title>Fuel prices fall again</itunes:title><description><![CDATA[<p>Fuel prices fell for a third week, the energy regulator said.</p><p>See <a href="https://omnystudio.com/listener">omnystudio.com/listener</a> for privacy information.</p>]]></description><content:encoded><![CDATA[<p>Fuel prices fell for a third week, the energy regulator said.</p><p>See <a href="https://omnystudio.com/listener">omnystudio.com/listener</a> for privacy information.</p>]]></content:encoded><itunes:author>Morning Brief</itunes:author><link>https://omny.fm/shows/morning-brief/fuel-prices-fall-again</link><guid isPermaLink="false">d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a</guid>${DATE}<media:content url="https://www.omnycontent.com/d/clips/a1b2/c3d4/e5f6/audio.mp3?utm_source=Podcast" type="audio/mpeg"><media:player url="https://omny.fm/shows/morning-brief/fuel-prices-fall-again/embed"/></media:content><itunes:image href="https://www.omnycontent.com/d/programs/a1b2/c3d4/image.jpg?t=1700000000&amp;size=Large"/></item>`,
  ]) },
  // Audioboom: its episode page, the notes in a <div>, the art on its CDN at a size.
  { path: '/unseen51/audioboom.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${MEDIA}`, head('River Stories', 'https://audioboom.com/channels/5012345'), [
    `<item><title>Floods of 1953</title><link>https://audioboom.com/posts/8612345-floods-of-1953</link><guid isPermaLink="false">tag:audioboom.com,2026-11-27:/posts/8612345</guid><description><![CDATA[<div>Survivors of the 1953 flood remember the night the sea wall broke.</div>]]></description><itunes:image href="https://images.audioboom.com/images/1234567/a1b2c3.jpg?width=1400&amp;height=1400"/>${DATE}<enclosure url="https://audioboom.com/posts/8612345.mp3?modified=1764237900&amp;sid=5012345&amp;source=rss" length="0" type="audio/mpeg"/><itunes:duration>1200</itunes:duration></item>`,
  ]) },

  // Shapes of feeds.
  // An AMP feed (an Indian outlet's): the copy as AMP HTML, its picture an <amp-img>, a tweet an <amp-twitter>.
  { path: '/unseen51/amp.xml', type: RSS_TYPE, doc: channel(`${CONTENT}`, head('Mathrubhumi English', 'https://english.mathrubhumi.com'), [
    `<item><title>Vizhinjam port receives its 100th ship</title><link>https://english.mathrubhumi.com/news/kerala/vizhinjam-100th-ship-1a2b3c4d</link>${DATE}<content:encoded><![CDATA[<amp-img src="https://english.mathrubhumi.com/image/contentid/policy:1.10012345:1764237900/vizhinjam.jpg?$p=abc1234&w=610&q=0.8" width="610" height="343" layout="responsive" alt="Vizhinjam"></amp-img><p>Vizhinjam port received its 100th ship on Friday.</p><amp-twitter width="375" height="472" layout="responsive" data-tweetid="1861234567890123456"></amp-twitter><p>The port opened in 2024.</p>]]></content:encoded></item>`,
  ]) },
  // Atom with XHTML content in a prefixed namespace.
  { path: '/unseen51/xhtml-prefixed.xml', type: ATOM_TYPE, doc: atom(' xmlns:xhtml="http://www.w3.org/1999/xhtml"', `<title>Harbour Authority</title><id>tag:harbour.example.org,2026:feed</id><link href="https://harbour.example.org/"/><updated>${ISO}</updated><author><name>Harbour Authority</name></author>`, [
    `<entry><title type="xhtml"><xhtml:div>Berth <xhtml:em>7</xhtml:em> reopens</xhtml:div></title><id>tag:harbour.example.org,2026:berth-7</id><link href="https://harbour.example.org/news/berth-7"/><updated>${ISO}</updated><content type="xhtml"><xhtml:div><xhtml:p>Berth 7 reopened on Friday after repairs.</xhtml:p><xhtml:p><xhtml:img src="/img/berth7.jpg" alt="Berth 7"/>Ships up to 300 m can dock.</xhtml:p></xhtml:div></content></entry>`,
  ]) },
  // A BOM before a prolog naming ISO-8859-1 over UTF-8 bytes (a CMS's template says one charset, its writer another).
  { path: '/unseen51/bom-wrong-prolog.xml', type: 'application/xml', doc: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel>${head('Café Gazette', 'https://cafe.example.fr')}<item><title>Le café de la gare rouvre</title><link>https://cafe.example.fr/actualites/cafe-de-la-gare</link><description>Le café de la gare a rouvert vendredi après des travaux d’été.</description>${DATE}</item></channel></rss>`, 'utf8')]) },
];


const LEFTOVERS = ['/unseen51/govdelivery.xml', '/unseen51/speeches.xml'];

describe('the forty-ninth round’s leftovers, and platforms and outlets not tried', () => {
  it('title, link, date, author, picture, text and categories of each story', async () => {
    expect(await fieldsOf(sweep, FEEDS, [...LEFTOVERS, ...FEEDS.map((f) => f.path).filter((p) => !LEFTOVERS.includes(p))])).toEqual({
      // GovDelivery's template header (header-left, main-header) is no picture: the bulletin's own graphic is.
      "Flu clinics open on Saturday": { link: "https://content.govdelivery.com/accounts/XXDOH/bulletins/3b2c1d0", published: PUBLISHED, author: null, image: "https://content.govdelivery.com/attachments/fancy_images/XXDOH/2026/11/7123456/flu-clinic_original.jpg", categories: [],
        text: "Free flu clinics open at 40 libraries on Saturday from 9 am to 3 pm.\n\nNo appointment is needed." },
      // A speech's last line, addressed to its hearers, is copy, not a newsletter's sign-off.
      "Text of PM's address at the inauguration of the Kochi water metro extension": { link: "https://pib.gov.in/PressReleasePage.aspx?PRID=2099001", published: PUBLISHED, author: null, image: null, categories: [],
        text: "My dear brothers and sisters of Kerala,\n\nToday the water metro reaches ten more islands.\n\nIt will carry a lakh of people every day.\n\nThank you, Namaskar" },
      "Member's statement on the harbour bill": { link: "https://www.parliament.example.nz/en/pb/hansard-debates/rhr/combined/HansD_20261127_20261127_08", published: PUBLISHED, author: null, image: null, categories: [],
        text: "I rise to support the bill.\n\nThe harbour needs dredging, and the bill pays for it.\n\nThank you, Mr Speaker" },
      // A spacer is no picture; a story's picture named for Beacon Hill is.
      "Beacon Hill gas lamps restored": { link: "https://www.bostondesk.example.com/2026/11/27/beacon-hill-gas-lamps/", published: PUBLISHED, author: null, image: "https://www.bostondesk.example.com/wp-content/uploads/2026/11/beacon-hill-lamps.jpg", categories: [],
        text: "The 1,100 gas lamps of Beacon Hill have been restored." },
      // PR Newswire's dateline goes; the issuer's logo is no picture of the story; the issuer in dc:contributor is the author.
      "Harbor Logistics Opens Its Largest Warehouse in Texas": { link: "https://www.prnewswire.com/news-releases/harbor-logistics-opens-its-largest-warehouse-in-texas-302312345.html", published: PUBLISHED, author: "Harbor Logistics", image: null, categories: ["TRN"],
        text: "Harbor Logistics today opened a 1.2 million square foot warehouse near the Port of Houston. ..." },
      "Harbor Logistics Unveils Electric Truck Fleet": { link: "https://www.prnewswire.com/news-releases/harbor-logistics-unveils-electric-truck-fleet-302312399.html", published: PUBLISHED, author: "Harbor Logistics", image: "https://mma.prnewswire.com/media/1234599/Harbor_Logistics_Electric_Trucks.jpg?p=thumbnail", categories: [],
        text: "Harbor Logistics today put 200 electric trucks into service at the Port of Houston." },
      "Northwind Solar Reports Third Quarter Results": { link: "https://www.globenewswire.com/news-release/2026/11/27/2998765/0/en/Northwind-Solar-Reports-Third-Quarter-Results.html", published: PUBLISHED, author: "Northwind Solar ASA", image: "https://ml.globenewswire.com/Resource/Download/3f2a1b9c-8d7e-4f6a-b5c4-d3e2f1a0b9c8?size=3", categories: ["Earnings Releases and Operating Results"],
        text: "Northwind Solar ASA reported revenue of NOK 1.4 billion for the third quarter, up 18%." },
      "Indonesia's central bank holds rates steady": { link: "https://www.reutersconnect.com/item/indonesias-central-bank-holds-rates-steady/dGFnOnJldXRlcnMuY29tLDIwMjY6bmV3c21sX0wyTjNYWjBBQg", published: PUBLISHED, author: "Reuters", image: "https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=1712345678&w=200&fh=&fw=&ll=&pl=&sq=&r=LYNXMPEMAQ0AB", categories: [],
        text: "Bank Indonesia held its benchmark rate at 5.75% on Friday, as expected." },
      "China's high-speed rail network tops 48,000 km": { link: "https://english.news.cn/20261127/a1b2c3d4e5f6/c.html", published: PUBLISHED, author: null, image: "https://english.news.cn/20261127/a1b2c3d4e5f6/20261127a1b2c3d4e5f6_2026112712345678.jpg", categories: [],
        text: "China's high-speed railway network has topped 48,000 km, the national railway operator said on Friday.\n\nThe network now links 96 percent of cities with populations above 500,000." },
      "PM inaugurates Islamabad's new bus depot": { link: "https://www.app.com.pk/national/pm-inaugurates-islamabads-new-bus-depot/", published: PUBLISHED, author: "APP", image: "https://www.app.com.pk/wp-content/uploads/2026/11/bus-depot.jpg", categories: ["National"],
        text: "Prime Minister on Friday inaugurated the new bus depot in Sector I-11.\n\nThe depot will house 120 electric buses." },
      "Why the Western Ghats Need a Single Regulator": { link: "https://thewire.in/environment/western-ghats-single-regulator", published: PUBLISHED, author: "Meera Subramanian", image: "https://cdn.thewire.in/wp-content/uploads/2026/11/27100500/western-ghats.jpg", categories: ["Environment"],
        text: "Six states govern the Western Ghats under six sets of rules. A single regulator would end that." },
      // "DC Correspondent" is the desk's credit, not "DC".
      "Hyderabad metro adds four trains": { link: "https://www.deccanchronicle.com/nation/hyderabad-metro-adds-four-trains-1889900", published: PUBLISHED, author: "DC Correspondent", image: "https://www.deccanchronicle.com/h-upload/2026/11/27/1889900-metro.webp", categories: [],
        text: "Hyderabad Metro Rail added four trains to its red line on Friday to cut waiting times." },
      "Warangal gets its first skill university": { link: "https://telanganatoday.com/warangal-gets-its-first-skill-university", published: PUBLISHED, author: "Telangana Today", image: null, categories: ["Warangal"],
        text: "The State government on Friday sanctioned a skill university for Warangal." },
      "Sabarimala: KSRTC to run 800 buses": { link: "https://www.onmanorama.com/content/mm/en/kerala/top-news/2026/11/27/sabarimala-ksrtc-800-buses.html", published: PUBLISHED, author: "Onmanorama Staff", image: "https://www.onmanorama.com/content/dam/mm/en/kerala/top-news/images/2026/11/27/ksrtc-bus.jpg", categories: [],
        text: "KSRTC will run 800 buses to Pampa during the pilgrim season." },
      "GST collections rise 9% in November": { link: "https://www.financialexpress.com/business/gst-collections-rise-9-in-november-3677889/", published: PUBLISHED, author: "FE Bureau", image: "https://www.financialexpress.com/wp-content/uploads/2026/11/gst.jpg", categories: ["Economy"],
        text: "Gross GST collections rose 9% to Rs 1.9 lakh crore in November." },
      "Karachi port handles record cargo": { link: "https://www.pakistantoday.com.pk/2026/11/27/karachi-port-handles-record-cargo/", published: PUBLISHED, author: "Staff Report", image: null, categories: ["Business"],
        text: "Karachi Port handled a record 5.2 million tonnes of cargo in November." },
      "Melamchi water reaches 20 more wards": { link: "https://risingnepaldaily.com/news/55123", published: PUBLISHED, author: null, image: "https://risingnepaldaily.com/storage/media/55123/melamchi.jpg", categories: [],
        text: "Melamchi water reached 20 more wards of the valley on Friday." },
      "Colombo port city's first tower opens": { link: "https://www.sundaytimes.lk/261129/news/colombo-port-citys-first-tower-opens-612345.html", published: PUBLISHED, author: "Namini Wijedasa", image: null, categories: [],
        text: "The first tower of the Colombo Port City opened on Friday, with 60 floors of offices." },
      // PDF Embedder's viewer link goes; the place and date under the release go as its sign-off.
      "Press Release on the Visit of the Foreign Minister to Bangladesh": { link: "https://mofa.gov.np/press-release-on-the-visit-of-the-foreign-minister-to-bangladesh/", published: PUBLISHED, author: "mofa", image: null, categories: ["Press Release"],
        text: "The Foreign Minister will pay an official visit to Bangladesh from 29 November to 1 December 2026." },
      "Foreign Secretary meets Japanese delegation": { link: "https://mofa.gov.bd/site/press_release/8f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f", published: PUBLISHED, author: null, image: "https://mofa.gov.bd/sites/default/files/files/mofa.portal.gov.bd/press_release/8f1c2d3e/meeting.jpg", categories: [],
        text: "The Foreign Secretary met a Japanese business delegation at the ministry on Friday." },
      // Tachyon's fit goes.
      "Manila's new subway begins trial runs": { link: "https://www.rappler.com/philippines/metro-manila-subway-trial-runs/", published: PUBLISHED, author: "Rambo Talabong", image: "https://www.rappler.com/tachyon/2026/11/subway-trial.jpg", categories: ["Philippines"],
        text: "The Metro Manila Subway began trial runs on Friday between Valenzuela and Quezon City." },
      "北陸新幹線 敦賀以西のルート決定": { link: "http://www3.nhk.or.jp/news/html/20261127/k10014600001000.html", published: PUBLISHED, author: null, image: null, categories: [],
        text: "北陸新幹線の敦賀以西のルートが27日、正式に決まりました。" },
      "Kenya opens its first geothermal school": { link: "https://www.voanews.com/a/kenya-opens-its-first-geothermal-school/7890123.html", published: PUBLISHED, author: "Mohammed Yusuf", image: "https://gdb.voanews.com/01000000-0aff-0242-0b1c-08dc1a2b3c4d_w800_r1.jpg", categories: ["Africa"],
        text: "The school in Naivasha will train 500 technicians a year, the energy ministry said on Friday." },
      // Chorus's Thumbor address names a focal point "1501x1001": no 1x1 pixel.
      "The city that put solar on every bus stop": { link: "https://www.theverge.com/2026/11/27/24312345/solar-bus-stops", published: PUBLISHED, author: "Jo Lee", image: "https://cdn.vox-cdn.com/thumbor/AbCdEf123=/0x0:3000x2000/1200x800/filters:focal(1500x1000:1501x1001)/cdn.vox-cdn.com/uploads/chorus_asset/file/25123456/solar_stop.jpg", categories: [],
        text: "Every bus stop in the city now has a solar panel." },
      "The Last Lighthouse Keepers": { link: "https://www.newyorker.com/magazine/2026/12/07/the-last-lighthouse-keepers", published: PUBLISHED, author: "Ann Fox", image: "https://media.newyorker.com/photos/6740a1b2c3d4e5f6a7b8c9d1/master/w_1600%2Cc_limit/lighthouse.jpg", categories: ["Magazine / Reporter at Large", "Lighthouses", "Maine"],
        text: "On an island off Maine, two keepers still tend a light." },
      "Rotterdam tests a hydrogen tug": { link: "https://www.portnews.example.nl/2026/11/27/rotterdam-hydrogen-tug", published: PUBLISHED, author: null, image: "https://cdn.flipboard.com/portnews.example.nl/abcdef0123456789/original.jpg", categories: [],
        text: "The port of Rotterdam began trials of a hydrogen-powered tug on Friday." },
      // Storyblok's Image Service: the asset before "/m/".
      "Snow trains return": { link: "https://www.alpinerail.example.ch/blog/snow-trains-return", published: PUBLISHED, author: null, image: "https://a.storyblok.com/f/123456/3000x2000/ab12cd34ef/snow-train.jpg", categories: [],
        text: "The snow trains return to the pass on December 12." },
      // Contentstack's size, quality and format parameters go.
      "Night buses on route 7": { link: "https://www.metrotransit.example.com/news/night-buses-route-7", published: PUBLISHED, author: null, image: "https://images.contentstack.io/v3/assets/blt1a2b3c4d5e6f7a8b/blt9c8d7e6f5a4b3c2d/6543210fedcba987654321ab/night-bus.jpg", categories: [],
        text: "Route 7 runs all night from Monday." },
      // Prismic's imgix size and auto parameters go; its rect crop stays.
      "Promenade resurfacing starts": { link: "https://www.seaside.example.gov.uk/news/promenade-resurfacing", published: PUBLISHED, author: null, image: "https://images.prismic.io/seaside/Zx1aBc2dEf_promenade.jpg", categories: [],
        text: "Resurfacing of the promenade starts on Monday and takes six weeks." },
      "Pier lights switched on": { link: "https://www.seaside.example.gov.uk/news/pier-lights", published: PUBLISHED, author: null, image: "https://images.prismic.io/seaside/Zx1aBc2dEg_pier.jpg?rect=0,120,1600,900", categories: [],
        text: "The pier's new lights were switched on on Friday." },
      // Typepad's "-800wi" copy gives the "-pi" upload its markup links.
      "The lock keeper's cottage": { link: "https://canalwalker.typepad.com/blog/2026/11/the-lock-keepers-cottage.html", published: PUBLISHED, author: "Canal Walker", image: "https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-pi", categories: [],
        text: "The lock keeper's cottage has been restored and opens as a museum in spring." },
      "부산항 신규 크레인 도입": { link: "https://hanggu.tistory.com/123", published: PUBLISHED, author: "항구지기", image: "https://blog.kakaocdn.net/dn/bAbCdE/btsXyZ123/AbCdEfGhIjKlMnOp/img.jpg", categories: ["항만"],
        text: "부산항에 신규 크레인 4기가 27일 도입됐다." },
      "Rustで潮位表を作る": { link: "https://zenn.dev/tide/articles/rust-tide-table", published: "2026-11-27T19:05:00.000Z", author: "tide", image: "https://res.cloudinary.com/zenn/image/upload/s--AbCdEf12--/c_fit%2Cg_north_west%2Cl_text:notosansjp-medium.otf_55:Rust%25E3%2581%25A7%25E6%25BD%25AE%25E4%25BD%258D%25E8%25A1%25A8%2Cw_1010%2Cx_90%2Cy_100/v1627283836/default/og-base-w1200-v2.png", categories: [],
        text: "潮位表のデータをRustで読み込む方法をまとめました。" },
      "Pythonで港の混雑を可視化する": { link: "https://qiita.com/tidecode/items/a1b2c3d4e5f6a7b8c9d0", published: PUBLISHED, author: "tidecode", image: null, categories: [],
        text: "港の入港データをPythonで集計し、混雑を可視化しました。" },
      "Ep. 12 – The new breakwater": { link: "https://www.spreaker.com/episode/ep-12-the-new-breakwater--61234567", published: PUBLISHED, author: "Port Talk", image: "https://d3wo5wojvuv7l.cloudfront.net/t_rss_itunes_square_1400/images.spreaker.com/original/0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg", categories: [],
        text: "Engineers explain the new breakwater, which will protect the harbour from winter storms." },
      "Fuel prices fall again": { link: "https://omny.fm/shows/morning-brief/fuel-prices-fall-again", published: PUBLISHED, author: "Morning Brief", image: "https://www.omnycontent.com/d/programs/a1b2/c3d4/image.jpg?t=1700000000&size=Large", categories: [],
        text: "Fuel prices fell for a third week, the energy regulator said." },
      "Floods of 1953": { link: "https://audioboom.com/posts/8612345-floods-of-1953", published: PUBLISHED, author: null, image: "https://images.audioboom.com/images/1234567/a1b2c3.jpg?width=1400&height=1400", categories: [],
        text: "Survivors of the 1953 flood remember the night the sea wall broke." },
      "Vizhinjam port receives its 100th ship": { link: "https://english.mathrubhumi.com/news/kerala/vizhinjam-100th-ship-1a2b3c4d", published: PUBLISHED, author: null, image: "https://english.mathrubhumi.com/image/contentid/policy:1.10012345:1764237900/vizhinjam.jpg?$p=abc1234&w=610&q=0.8", categories: [],
        text: "Vizhinjam port received its 100th ship on Friday.\n\nThe port opened in 2024." },
      "Berth 7 reopens": { link: "https://harbour.example.org/news/berth-7", published: PUBLISHED, author: "Harbour Authority", image: "https://harbour.example.org/img/berth7.jpg", categories: [],
        text: "Berth 7 reopened on Friday after repairs.\n\nShips up to 300 m can dock." },
      "Le café de la gare rouvre": { link: "https://cafe.example.fr/actualites/cafe-de-la-gare", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Le café de la gare a rouvert vendredi après des travaux d’été." },
    });
  });
});
