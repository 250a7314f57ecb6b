import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ISO, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-second round of unseen feeds as README counts them (the file is numbered after unseen52, the fifty-first round's): the leftovers
 * that round named (an ellipsis after a sentence's stop, a dc:contributor's relator term with no separator) and feeds as outlets, agencies,
 * banks, exchanges, tender portals and bridges publish them that no round tried whole (Trend, Civil.ge, Kun.uz, AKIpress, Balkan Insight,
 * Kathimerini, LSM, LRT, Delfi, Yle, NRK, the Korea Herald, the Japan Times, Focus Taiwan, the Gleaner, Loop, Manorama, Dinamalar, Eenadu,
 * Anandabazar Patrika, Daily Jang, Express News, the State Bank of Pakistan, Bangladesh Bank, BSE's announcements, CPPP's tenders, a US
 * embassy's press feed, RSS-Bridge), each built as its publisher writes it, served from a real local server, added and polled through
 * POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen53-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;

const FEEDS: UnseenFeed[] = [
  // The fifty-first round's leftovers: "[…]" after a sentence's stop; a library's relator term after the name.
  { path: '/unseen53/leftovers.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Coastal Review', 'https://coastalreview.example.org'), [
    it1('Dredging the Humber, a history', 'https://coastalreview.example.org/2026/11/humber', `<description><![CDATA[The Humber has been dredged since 1880. Its channel moved twice. [&#8230;]]]></description><dc:contributor>Ana Sitoe translator</dc:contributor>${DATE}`),
    it1('Salt marsh returns to the Wash', 'https://coastalreview.example.org/2026/11/wash', `<description><![CDATA[Salt marsh has returned to 40 hectares of the Wash [...]]]></description><dc:contributor>Jo Editor</dc:contributor>${DATE}`),
  ]) },

  // Caucasus and Central Asia.
  // Trend (Azerbaijan): its own RSS, the picture in an enclosure, Baku time.
  { path: '/unseen53/trend.xml', type: RSS_TYPE, doc: channel('', head('Trend.Az', 'https://en.trend.az'), [
    it1('Baku port handles record cargo', 'https://en.trend.az/business/transport/3912345.html', `<description><![CDATA[Baku International Sea Trade Port handled 7.1 million tons of cargo in ten months.]]></description><pubDate>Fri, 27 Nov 2026 14:05:00 +0400</pubDate><enclosure url="https://img.trend.az/b/news/2026/11/27/baku-port.jpg" type="image/jpeg" length="0"/><guid>https://en.trend.az/business/transport/3912345.html</guid>`),
  ]) },
  // Civil.ge (WordPress): Tbilisi time, content:encoded with a featured picture, "The post … appeared first on".
  { path: '/unseen53/civilge.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Civil.ge', 'https://civil.ge'), [
    it1('Anaklia port tender reopens', 'https://civil.ge/archives/712345', `<dc:creator><![CDATA[Civil.ge]]></dc:creator><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><category><![CDATA[Economy]]></category><description><![CDATA[The government reopened the Anaklia deep sea port tender on Friday.]]></description><content:encoded><![CDATA[<p><img width="1024" height="576" src="https://civil.ge/wp-content/uploads/2026/11/anaklia-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" /></p><p>The government reopened the Anaklia deep sea port tender on Friday.</p><p>The post <a href="https://civil.ge/archives/712345">Anaklia port tender reopens</a> appeared first on <a href="https://civil.ge">Civil.ge</a>.</p>]]></content:encoded>`),
  ]) },
  // Kun.uz (Uzbekistan): its English feed, Tashkent time, the picture in media:content.
  { path: '/unseen53/kunuz.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Kun.uz', 'https://kun.uz/en'), [
    it1('Tashkent metro opens Yangi Toshkent station', 'https://kun.uz/en/news/2026/11/27/tashkent-metro-opens-yangi-toshkent-station', `<description><![CDATA[<p>The station on the Yunusobod line opened on Friday.</p>]]></description><pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate><media:content url="https://storage.kun.uz/source/11/metro-yangi.jpg" medium="image"/>`),
  ]) },
  // AKIpress (Kyrgyzstan): Bishkek time, the dateline "BISHKEK (AKIpress) -".
  { path: '/unseen53/akipress.xml', type: RSS_TYPE, doc: channel('', head('AKIpress News Agency', 'https://akipress.com'), [
    it1('Bishkek buys 120 electric buses', 'https://akipress.com/news:812345:Bishkek_buys_120_electric_buses/', `<description><![CDATA[BISHKEK (AKIpress) - Bishkek will buy 120 electric buses from China, the mayor's office said.]]></description><pubDate>Fri, 27 Nov 2026 16:05:00 +0600</pubDate>`),
  ]) },

  // The Balkans and the Baltics.
  // Balkan Insight (WordPress): CET, an author, a featured picture by media:content.
  { path: '/unseen53/birn.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Balkan Insight', 'https://balkaninsight.com'), [
    it1('Serbia opens the Belgrade-Budapest line to freight', 'https://balkaninsight.com/2026/11/27/serbia-opens-the-belgrade-budapest-line-to-freight/', `<dc:creator><![CDATA[Milica Stojanovic]]></dc:creator><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate><description><![CDATA[Freight trains began running on the new line on Friday.]]></description><media:content url="https://balkaninsight.com/wp-content/uploads/2026/11/rail.jpg" medium="image"/>`),
  ]) },
  // Kathimerini English edition: EET, the picture in an enclosure.
  { path: '/unseen53/ekathimerini.xml', type: RSS_TYPE, doc: channel('', head('eKathimerini.com', 'https://www.ekathimerini.com'), [
    it1('Piraeus adds a cruise berth', 'https://www.ekathimerini.com/economy/1261234/piraeus-adds-a-cruise-berth/', `<description><![CDATA[The Piraeus Port Authority will build a fourth cruise berth by 2028.]]></description><pubDate>Fri, 27 Nov 2026 12:05:00 +0200</pubDate><enclosure url="https://www.ekathimerini.com/wp-content/uploads/2026/11/piraeus.jpg" type="image/jpeg" length="123456"/>`),
  ]) },
  // LSM (Latvian public media, English): EET, the author in <author> as a name only.
  { path: '/unseen53/lsm.xml', type: RSS_TYPE, doc: channel('', head('LSM.lv', 'https://eng.lsm.lv'), [
    it1('Rail Baltica station at Riga airport takes shape', 'https://eng.lsm.lv/article/economy/transport/rail-baltica-station-at-riga-airport-takes-shape.a612345/', `<description><![CDATA[<p>The station's roof was finished this week.</p>]]></description><pubDate>Fri, 27 Nov 2026 12:05:00 +0200</pubDate><author>Andris Kārkluvalks</author>`),
  ]) },
  // LRT English (Lithuania): ISO-8601 date in dc:date, no pubDate.
  { path: '/unseen53/lrt.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('LRT English', 'https://www.lrt.lt/en'), [
    it1('Klaipėda LNG terminal extends its lease', 'https://www.lrt.lt/en/news-in-english/19/2412345/klaipeda-lng-terminal-extends-its-lease', `<description><![CDATA[Lithuania will keep the Independence terminal until 2044.]]></description><dc:date>2026-11-27T12:05:00+02:00</dc:date><dc:creator>LRT.lt</dc:creator>`),
  ]) },
  // Delfi (Estonia's English edition): a relative picture in the description.
  { path: '/unseen53/delfi.xml', type: RSS_TYPE, doc: channel('', head('Delfi EN', 'https://www.delfi.ee/en'), [
    it1('Tallinn ferry line orders a hydrogen ship', 'https://www.delfi.ee/en/news/120312345/tallinn-ferry-line-orders-a-hydrogen-ship', `<description><![CDATA[<img src="/images/2026/11/ferry.jpg" alt=""/> Tallink ordered a hydrogen-ready ferry for the Helsinki route.]]></description><pubDate>Fri, 27 Nov 2026 12:05:00 +0200</pubDate>`),
  ]) },

  // Nordic public broadcasters.
  // Yle News (its RSS): EET, the picture in an enclosure, a category.
  { path: '/unseen53/yle.xml', type: RSS_TYPE, doc: channel('', head('Yle News', 'https://yle.fi/news'), [
    it1('Helsinki tram line 15 opens', 'https://yle.fi/a/74-20212345', `<description>The Raide-Jokeri line carried 10,000 riders on its first day.</description><pubDate>Fri, 27 Nov 2026 12:05:00 +0200</pubDate><category>Domestic</category><enclosure url="https://images.cdn.yle.fi/image/upload/w_1200,h_675,c_fill/39-12345.jpg" type="image/jpeg" length="0"/>`),
  ]) },
  // NRK (Norwegian, Atom-ish RSS 2.0 with dc:creator): CET, Norwegian copy.
  { path: '/unseen53/nrk.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('NRK Nyheter', 'https://www.nrk.no'), [
    it1('Ny ferje på Bastøy-sambandet', 'https://www.nrk.no/vestfoldogtelemark/ny-ferje-pa-bastoy-sambandet-1.17123456', `<description>Den nye elferja settes i drift i desember.</description><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate><dc:creator>Kari Nordmann</dc:creator><media:content url="https://gfx.nrk.no/AbCdEf123" medium="image" type="image/jpeg"/>`),
  ]) },

  // East Asia.
  // The Korea Herald: KST, the byline "By Kim Yoon-mi" in the author.
  { path: '/unseen53/koreaherald.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('The Korea Herald', 'https://www.koreaherald.com'), [
    it1('Busan New Port opens automated terminal', 'https://www.koreaherald.com/article/10612345', `<description><![CDATA[Busan New Port opened its first fully automated terminal on Friday.]]></description><pubDate>Fri, 27 Nov 2026 19:05:00 +0900</pubDate><dc:creator>By Kim Yoon-mi</dc:creator>`),
  ]) },
  // The Japan Times (WordPress VIP): JST, the picture by ?w=.
  { path: '/unseen53/japantimes.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('The Japan Times', 'https://www.japantimes.co.jp'), [
    it1('Shinkansen extension to Tsuruga carries 10 million', 'https://www.japantimes.co.jp/news/2026/11/27/japan/hokuriku-shinkansen-ten-million/', `<dc:creator><![CDATA[Kathleen Benoza]]></dc:creator><pubDate>Fri, 27 Nov 2026 19:05:00 +0900</pubDate><description><![CDATA[The Hokuriku Shinkansen's extension carried its 10 millionth rider.]]></description><media:content url="https://www.japantimes.co.jp/japantimes/uploads/images/2026/11/27/shinkansen.jpg?w=1200" medium="image"/>`),
  ]) },
  // Focus Taiwan (CNA English): Taipei time, "(By …)" and the dateline "Taipei, Nov. 27 (CNA)".
  { path: '/unseen53/focustaiwan.xml', type: RSS_TYPE, doc: channel('', head('Focus Taiwan', 'https://focustaiwan.tw'), [
    it1('Kaohsiung light rail completes its loop', 'https://focustaiwan.tw/society/202611270012', `<description><![CDATA[Taipei, Nov. 27 (CNA) The Kaohsiung light rail completed its circular route on Friday, the city government said.]]></description><pubDate>Fri, 27 Nov 2026 18:05:00 +0800</pubDate>`),
  ]) },

  // The Caribbean.
  // The Gleaner (Jamaica): its Drupal RSS, Jamaica time (-0500), dc:creator.
  { path: '/unseen53/gleaner.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Jamaica Gleaner', 'https://jamaica-gleaner.com'), [
    it1('Kingston port adds a crane', 'https://jamaica-gleaner.com/article/business/20261127/kingston-port-adds-crane', `<description><![CDATA[<p>Kingston Freeport Terminal commissioned a new ship-to-shore crane on Friday.</p>]]></description><pubDate>Fri, 27 Nov 2026 05:05:00 -0500</pubDate><dc:creator>Avia Collinder</dc:creator><guid isPermaLink="false">612345 at https://jamaica-gleaner.com</guid>`),
  ]) },
  // Loop News (Caribbean and Pacific): Trinidad time (-0400), a picture in the copy.
  { path: '/unseen53/loop.xml', type: RSS_TYPE, doc: channel('', head('Loop Trinidad & Tobago', 'https://tt.loopnews.com'), [
    it1('Inter-island ferry returns to service', 'https://tt.loopnews.com/content/inter-island-ferry-returns-service', `<description><![CDATA[<p><img src="https://tt.loopnews.com/sites/default/files/styles/article_large/public/2026-11/ferry.jpg" /></p><p>The ferry returned to the Port of Spain-Scarborough route on Friday.</p>]]></description><pubDate>Fri, 27 Nov 2026 06:05:00 -0400</pubDate>`),
  ]) },

  // Indian regional-language and Pakistani Urdu papers.
  // Manorama Online (Malayalam): IST, Malayalam copy, the picture in media:content.
  { path: '/unseen53/manorama.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Manorama Online', 'https://www.manoramaonline.com'), [
    it1('വിഴിഞ്ഞം തുറമുഖത്ത് പുതിയ കപ്പൽ', 'https://www.manoramaonline.com/news/kerala/2026/11/27/vizhinjam-port-new-ship.html', `<description><![CDATA[വിഴിഞ്ഞം തുറമുഖത്ത് ഏറ്റവും വലിയ കപ്പൽ വെള്ളിയാഴ്ച എത്തി.]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate><media:content url="https://img-mm.manoramaonline.com/content/dam/mm/en/news/kerala/images/2026/11/27/vizhinjam.jpg" medium="image"/>`),
  ]) },
  // Dinamalar (Tamil): IST, Tamil copy, no picture.
  { path: '/unseen53/dinamalar.xml', type: RSS_TYPE, doc: channel('', head('Dinamalar', 'https://www.dinamalar.com'), [
    it1('சென்னை மெட்ரோ இரண்டாம் கட்டம்', 'https://www.dinamalar.com/news/tamil-nadu/chennai-metro-phase-two/3812345', `<description><![CDATA[சென்னை மெட்ரோ இரண்டாம் கட்ட பணிகள் வேகமெடுத்துள்ளன.]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate>`),
  ]) },
  // Eenadu (Telugu): IST, Telugu copy, an enclosure.
  { path: '/unseen53/eenadu.xml', type: RSS_TYPE, doc: channel('', head('Eenadu', 'https://www.eenadu.net'), [
    it1('విశాఖ పోర్టులో కొత్త బెర్త్', 'https://www.eenadu.net/telugu-news/andhra-pradesh/visakha-port-new-berth/1612345', `<description><![CDATA[విశాఖ పోర్టులో కొత్త బెర్త్ ప్రారంభమైంది.]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate><enclosure url="https://assets.eenadu.net/article_img/visakha-port.jpg" type="image/jpeg" length="0"/>`),
  ]) },
  // Anandabazar Patrika (Bengali): IST, Bengali copy.
  { path: '/unseen53/anandabazar.xml', type: RSS_TYPE, doc: channel('', head('Anandabazar', 'https://www.anandabazar.com'), [
    it1('কলকাতা বন্দরে নতুন জেটি', 'https://www.anandabazar.com/west-bengal/kolkata/new-jetty-at-kolkata-port/cid/1612345', `<description><![CDATA[কলকাতা বন্দরে শুক্রবার নতুন জেটি চালু হল।]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate>`),
  ]) },
  // Daily Jang (Urdu): PKT, Urdu copy with direction marks.
  { path: '/unseen53/jang.xml', type: RSS_TYPE, doc: channel('', head('Daily Jang', 'https://jang.com.pk'), [
    it1('\u200Fکراچی بندرگاہ پر نیا ٹرمینل\u200F', 'https://jang.com.pk/news/1412345', `<description><![CDATA[<p>\u200Fکراچی بندرگاہ پر جمعہ کو نیا ٹرمینل کھول دیا گیا۔</p>]]></description><pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate>`),
  ]) },
  // Express News (Urdu, WordPress): PKT, dc:creator "ویب ڈیسک", a featured picture.
  { path: '/unseen53/express.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Express News', 'https://www.express.pk'), [
    it1('گوادر سے پہلی مال بردار ٹرین روانہ', 'https://www.express.pk/story/2712345/gwadar-first-freight-train', `<dc:creator><![CDATA[ویب ڈیسک]]></dc:creator><pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate><description><![CDATA[گوادر سے پہلی مال بردار ٹرین جمعہ کو روانہ ہوئی۔]]></description><media:content url="https://c.express.pk/2026/11/2712345-gwadar-1764230000-123-640x480.jpg" medium="image"/>`),
  ]) },

  // Central banks, an exchange, a tender portal, an embassy.
  // The State Bank of Pakistan's press releases: a PDF link, a date without a time.
  { path: '/unseen53/sbp.xml', type: RSS_TYPE, doc: channel('', head('State Bank of Pakistan - Press Releases', 'https://www.sbp.org.pk'), [
    it1('SBP keeps the policy rate at 11 percent', 'https://www.sbp.org.pk/press/2026/Pr-27-Nov-2026.pdf', `<description>The Monetary Policy Committee kept the policy rate unchanged at 11 percent.</description>${DATE}`),
  ]) },
  // Bangladesh Bank: relative links against the site, its circular number in the copy.
  { path: '/unseen53/bb.xml', type: RSS_TYPE, doc: channel('', head('Bangladesh Bank', 'https://www.bb.org.bd'), [
    it1('Foreign exchange reserves reach $24 billion', '/en/index.php/mediaroom/pressrelease/2026-11-27', `<description><![CDATA[Gross reserves stood at $24.1 billion on 26 November 2026.]]></description>${DATE}`),
  ]) },
  // BSE's corporate announcements: the company and its subject in the title, the PDF the link, IST.
  { path: '/unseen53/bse.xml', type: RSS_TYPE, doc: channel('', head('BSE Corporate Announcements', 'https://www.bseindia.com'), [
    it1('Adani Ports and Special Economic Zone Ltd - 532921 - Announcement under Regulation 30 (LODR)-Acquisition', 'https://www.bseindia.com/xml-data/corpfiling/AttachLive/5f1c2d3e-aaaa-bbbb-cccc-123456789abc.pdf', `<description><![CDATA[Adani Ports has informed the Exchange about the acquisition of a terminal at Gopalpur.]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate>`),
  ]) },
  // CPPP's tenders (eprocure.gov.in): the reference number and closing date in the copy, IST.
  { path: '/unseen53/cppp.xml', type: RSS_TYPE, doc: channel('', head('Central Public Procurement Portal - Latest Tenders', 'https://eprocure.gov.in/cppp'), [
    it1('Dredging of approach channel at Paradip Port', 'https://eprocure.gov.in/cppp/tendersfullview/MjIzNDU2Nzg5', `<description><![CDATA[Tender Ref No: PPA/DRG/2026/14<br/>Closing Date: 18-Dec-2026 03:00 PM<br/>Organisation: Paradip Port Authority]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate>`),
  ]) },
  // A US embassy's press feed (WordPress on usembassy.gov): the author "U.S. Mission India", a picture in content:encoded.
  { path: '/unseen53/embassy.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('U.S. Embassy & Consulates in India', 'https://in.usembassy.gov'), [
    it1('U.S. and India sign a port security agreement', 'https://in.usembassy.gov/u-s-and-india-sign-a-port-security-agreement/', `<dc:creator><![CDATA[U.S. Mission India]]></dc:creator>${DATE}<category><![CDATA[Press Releases]]></category><description><![CDATA[New Delhi – The United States and India signed a port security agreement on Friday.]]></description><content:encoded><![CDATA[<p><img src="https://in.usembassy.gov/wp-content/uploads/sites/71/port-security-750x450.jpg" alt="Officials at the signing" /></p><p>New Delhi – The United States and India signed a port security agreement on Friday.</p>]]></content:encoded>`),
  ]) },

  // A bridge.
  // RSS-Bridge's Atom (a Telegram channel through TelegramBridge): the post's text as the title, html content with the picture, the channel's author.
  { path: '/unseen53/rssbridge.xml', type: ATOM_TYPE, doc: atom('', '<title type="text">Port Watch - Telegram</title><id>https://bridge.example.net/?action=display&amp;bridge=TelegramBridge&amp;username=portwatch&amp;format=Atom</id><updated>2026-11-27T10:05:00+00:00</updated><link rel="alternate" type="text/html" href="https://t.me/s/portwatch"/>', [
    `<entry><title type="html">Two tugs collide at Chittagong, no injuries</title><published>${ISO}</published><updated>${ISO}</updated><id>https://t.me/portwatch/4123</id><link rel="alternate" type="text/html" href="https://t.me/portwatch/4123"/><author><name>Port Watch</name></author><content type="html">&lt;div class="tgme_widget_message_text"&gt;Two tugs collided in the Karnaphuli channel on Friday. No one was hurt.&lt;/div&gt;&lt;a href="https://t.me/portwatch/4123"&gt;&lt;img src="https://cdn4.telegram-cdn.org/file/AbCdEf123.jpg"/&gt;&lt;/a&gt;</content></entry>`,
  ]) },
];

describe('unseen feeds, the fifty-second round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // "[…]" after a sentence's stop keeps the space before it; a relator term after the name is no author.
      "Dredging the Humber, a history": { link: "https://coastalreview.example.org/2026/11/humber", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The Humber has been dredged since 1880. Its channel moved twice. …" },
      // Without a stop the ellipsis joins the word; a capitalised word after a name is the name ("Jo Editor").
      "Salt marsh returns to the Wash": { link: "https://coastalreview.example.org/2026/11/wash", published: PUBLISHED, author: "Jo Editor", image: null, categories: [],
        text: "Salt marsh has returned to 40 hectares of the Wash…" },
      "Baku port handles record cargo": { link: "https://en.trend.az/business/transport/3912345.html", published: PUBLISHED, author: null, image: "https://img.trend.az/b/news/2026/11/27/baku-port.jpg", categories: [],
        text: "Baku International Sea Trade Port handled 7.1 million tons of cargo in ten months." },
      // WordPress's sized file gives the original; "The post … appeared first on" goes; the outlet's credit is kept as written.
      "Anaklia port tender reopens": { link: "https://civil.ge/archives/712345", published: PUBLISHED, author: "Civil.ge", image: "https://civil.ge/wp-content/uploads/2026/11/anaklia.jpg", categories: ["Economy"],
        text: "The government reopened the Anaklia deep sea port tender on Friday." },
      "Tashkent metro opens Yangi Toshkent station": { link: "https://kun.uz/en/news/2026/11/27/tashkent-metro-opens-yangi-toshkent-station", published: PUBLISHED, author: null, image: "https://storage.kun.uz/source/11/metro-yangi.jpg", categories: [],
        text: "The station on the Yunusobod line opened on Friday." },
      // AKIpress's dateline "BISHKEK (AKIpress) -" goes.
      "Bishkek buys 120 electric buses": { link: "https://akipress.com/news:812345:Bishkek_buys_120_electric_buses/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Bishkek will buy 120 electric buses from China, the mayor's office said." },
      "Serbia opens the Belgrade-Budapest line to freight": { link: "https://balkaninsight.com/2026/11/27/serbia-opens-the-belgrade-budapest-line-to-freight/", published: PUBLISHED, author: "Milica Stojanovic", image: "https://balkaninsight.com/wp-content/uploads/2026/11/rail.jpg", categories: [],
        text: "Freight trains began running on the new line on Friday." },
      "Piraeus adds a cruise berth": { link: "https://www.ekathimerini.com/economy/1261234/piraeus-adds-a-cruise-berth/", published: PUBLISHED, author: null, image: "https://www.ekathimerini.com/wp-content/uploads/2026/11/piraeus.jpg", categories: [],
        text: "The Piraeus Port Authority will build a fourth cruise berth by 2028." },
      "Rail Baltica station at Riga airport takes shape": { link: "https://eng.lsm.lv/article/economy/transport/rail-baltica-station-at-riga-airport-takes-shape.a612345/", published: PUBLISHED, author: "Andris Kārkluvalks", image: null, categories: [],
        text: "The station's roof was finished this week." },
      "Klaipėda LNG terminal extends its lease": { link: "https://www.lrt.lt/en/news-in-english/19/2412345/klaipeda-lng-terminal-extends-its-lease", published: PUBLISHED, author: "LRT.lt", image: null, categories: [],
        text: "Lithuania will keep the Independence terminal until 2044." },
      // A relative picture against the feed's site.
      "Tallinn ferry line orders a hydrogen ship": { link: "https://www.delfi.ee/en/news/120312345/tallinn-ferry-line-orders-a-hydrogen-ship", published: PUBLISHED, author: null, image: "https://www.delfi.ee/images/2026/11/ferry.jpg", categories: [],
        text: "Tallink ordered a hydrogen-ready ferry for the Helsinki route." },
      // Cloudinary's transformation stays: it is in the path, and no parameter rule reads it.
      "Helsinki tram line 15 opens": { link: "https://yle.fi/a/74-20212345", published: PUBLISHED, author: null, image: "https://images.cdn.yle.fi/image/upload/w_1200,h_675,c_fill/39-12345.jpg", categories: ["Domestic"],
        text: "The Raide-Jokeri line carried 10,000 riders on its first day." },
      "Ny ferje på Bastøy-sambandet": { link: "https://www.nrk.no/vestfoldogtelemark/ny-ferje-pa-bastoy-sambandet-1.17123456", published: PUBLISHED, author: "Kari Nordmann", image: "https://gfx.nrk.no/AbCdEf123", categories: [],
        text: "Den nye elferja settes i drift i desember." },
      // The Korea Herald's "By" goes.
      "Busan New Port opens automated terminal": { link: "https://www.koreaherald.com/article/10612345", published: PUBLISHED, author: "Kim Yoon-mi", image: null, categories: [],
        text: "Busan New Port opened its first fully automated terminal on Friday." },
      // ?w= off /wp-content/uploads/ stays: no documented rule for the Japan Times' own path.
      "Shinkansen extension to Tsuruga carries 10 million": { link: "https://www.japantimes.co.jp/news/2026/11/27/japan/hokuriku-shinkansen-ten-million/", published: PUBLISHED, author: "Kathleen Benoza", image: "https://www.japantimes.co.jp/japantimes/uploads/images/2026/11/27/shinkansen.jpg?w=1200", categories: [],
        text: "The Hokuriku Shinkansen's extension carried its 10 millionth rider." },
      // CNA's dateline "Taipei, Nov. 27 (CNA)" goes.
      "Kaohsiung light rail completes its loop": { link: "https://focustaiwan.tw/society/202611270012", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The Kaohsiung light rail completed its circular route on Friday, the city government said." },
      "Kingston port adds a crane": { link: "https://jamaica-gleaner.com/article/business/20261127/kingston-port-adds-crane", published: PUBLISHED, author: "Avia Collinder", image: null, categories: [],
        text: "Kingston Freeport Terminal commissioned a new ship-to-shore crane on Friday." },
      // A Drupal image style gives way to the public file it was made from (the fifty-fourth round: a preset, as WordPress's sizes are).
      "Inter-island ferry returns to service": { link: "https://tt.loopnews.com/content/inter-island-ferry-returns-service", published: PUBLISHED, author: null, image: "https://tt.loopnews.com/sites/default/files/2026-11/ferry.jpg", categories: [],
        text: "The ferry returned to the Port of Spain-Scarborough route on Friday." },
      "വിഴിഞ്ഞം തുറമുഖത്ത് പുതിയ കപ്പൽ": { link: "https://www.manoramaonline.com/news/kerala/2026/11/27/vizhinjam-port-new-ship.html", published: PUBLISHED, author: null, image: "https://img-mm.manoramaonline.com/content/dam/mm/en/news/kerala/images/2026/11/27/vizhinjam.jpg", categories: [],
        text: "വിഴിഞ്ഞം തുറമുഖത്ത് ഏറ്റവും വലിയ കപ്പൽ വെള്ളിയാഴ്ച എത്തി." },
      "சென்னை மெட்ரோ இரண்டாம் கட்டம்": { link: "https://www.dinamalar.com/news/tamil-nadu/chennai-metro-phase-two/3812345", published: PUBLISHED, author: null, image: null, categories: [],
        text: "சென்னை மெட்ரோ இரண்டாம் கட்ட பணிகள் வேகமெடுத்துள்ளன." },
      "విశాఖ పోర్టులో కొత్త బెర్త్": { link: "https://www.eenadu.net/telugu-news/andhra-pradesh/visakha-port-new-berth/1612345", published: PUBLISHED, author: null, image: "https://assets.eenadu.net/article_img/visakha-port.jpg", categories: [],
        text: "విశాఖ పోర్టులో కొత్త బెర్త్ ప్రారంభమైంది." },
      "কলকাতা বন্দরে নতুন জেটি": { link: "https://www.anandabazar.com/west-bengal/kolkata/new-jetty-at-kolkata-port/cid/1612345", published: PUBLISHED, author: null, image: null, categories: [],
        text: "কলকাতা বন্দরে শুক্রবার নতুন জেটি চালু হল।" },
      // Direction marks around the Urdu headline and copy go.
      "کراچی بندرگاہ پر نیا ٹرمینل": { link: "https://jang.com.pk/news/1412345", published: PUBLISHED, author: null, image: null, categories: [],
        text: "کراچی بندرگاہ پر جمعہ کو نیا ٹرمینل کھول دیا گیا۔" },
      // "Web Desk" in Urdu is a desk's credit, kept as the English one is.
      "گوادر سے پہلی مال بردار ٹرین روانہ": { link: "https://www.express.pk/story/2712345/gwadar-first-freight-train", published: PUBLISHED, author: "ویب ڈیسک", image: "https://c.express.pk/2026/11/2712345-gwadar-1764230000-123-640x480.jpg", categories: [],
        text: "گوادر سے پہلی مال بردار ٹرین جمعہ کو روانہ ہوئی۔" },
      "SBP keeps the policy rate at 11 percent": { link: "https://www.sbp.org.pk/press/2026/Pr-27-Nov-2026.pdf", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The Monetary Policy Committee kept the policy rate unchanged at 11 percent." },
      // A relative link against the feed's site.
      "Foreign exchange reserves reach $24 billion": { link: "https://www.bb.org.bd/en/index.php/mediaroom/pressrelease/2026-11-27", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Gross reserves stood at $24.1 billion on 26 November 2026." },
      "Adani Ports and Special Economic Zone Ltd - 532921 - Announcement under Regulation 30 (LODR)-Acquisition": { link: "https://www.bseindia.com/xml-data/corpfiling/AttachLive/5f1c2d3e-aaaa-bbbb-cccc-123456789abc.pdf", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Adani Ports has informed the Exchange about the acquisition of a terminal at Gopalpur." },
      // A tender's fields between <br>s, each a line of its own (the fifty-third round's rule; test/feeds/unseen54.test.ts).
      "Dredging of approach channel at Paradip Port": { link: "https://eprocure.gov.in/cppp/tendersfullview/MjIzNDU2Nzg5", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Tender Ref No: PPA/DRG/2026/14\n\nClosing Date: 18-Dec-2026 03:00 PM\n\nOrganisation: Paradip Port Authority" },
      // The dateline "New Delhi –" goes; WordPress's sized file gives the original.
      "U.S. and India sign a port security agreement": { link: "https://in.usembassy.gov/u-s-and-india-sign-a-port-security-agreement/", published: PUBLISHED, author: "U.S. Mission India", image: "https://in.usembassy.gov/wp-content/uploads/sites/71/port-security.jpg", categories: ["Press Releases"],
        text: "The United States and India signed a port security agreement on Friday." },
      // RSS-Bridge's Telegram post: its text, its picture, the channel as author.
      "Two tugs collide at Chittagong, no injuries": { link: "https://t.me/portwatch/4123", published: PUBLISHED, author: "Port Watch", image: "https://cdn4.telegram-cdn.org/file/AbCdEf123.jpg", categories: [],
        text: "Two tugs collided in the Karnaphuli channel on Friday. No one was hurt." },
    });
  });
});
