import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ISO, ITUNES, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-first round of unseen feeds as README counts them (the file is numbered after unseen51, the fiftieth round's): the leftovers
 * that round named (a dc:contributor credited as editor or translator, Prismic's crop written with commas) and feeds as outlets, agencies,
 * think tanks, UN agencies, courts, parliaments and platforms publish them that no round tried whole (Nation Africa, Premium Times, the
 * Punch, the Mail & Guardian, Arab News, Gulf News, the Inquirer, the Straits Times, the Jakarta Post, Clarín, Folha de S.Paulo in
 * ISO-8859-1, Agência Brasil, MercoPress, ORF, MP-IDSA, Carnegie, CSIS, War on the Rocks, Defense News, Breaking Defense, ReliefWeb, UNHCR,
 * WHO, the UK Parliament's bills, the Supreme Court of India, Google Alerts' Atom, a FeedBurner remnant, an aggregator's <source>,
 * entities escaped twice, RSS 0.91, Media RSS's <media:group>, an itunes:-only item, Atom with html and xhtml text), each built as its
 * publisher writes it, served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories read back from
 * GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen52-api');

const FEEDS: UnseenFeed[] = [
  // The fiftieth round's leftovers.
  // A release credited in dc:contributor to its translator, an OJS journal's item crediting its editor there: no author.
  { path: '/unseen52/contributors.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Journal of Coastal Studies', 'https://journals.example.ac.za/jcs'), [
    `<item><title>Mangrove loss on the Zambezi delta, 2000-2025</title><link>https://journals.example.ac.za/jcs/article/view/4411</link><description>Satellite images show the delta lost 14% of its mangroves in 25 years.</description><dc:contributor>Thandi Mokoena (Editor)</dc:contributor>${DATE}</item>`,
    `<item><title>Harbour dues to rise in January</title><link>https://www.portnews.example.mz/en/harbour-dues-rise</link><description>Harbour dues at Maputo will rise 6% from January.</description><dc:contributor>Translated by Ana Sitoe</dc:contributor>${DATE}</item>`,
  ]) },
  // Prismic's rect crop written with commas, kept as written; Omny's show art (size=Large stays).
  { path: '/unseen52/prismic.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Harbourside Council', 'https://www.harbourside.example.gov.uk'), [
    `<item><title>Lido reopens for winter swimming</title><link>https://www.harbourside.example.gov.uk/news/lido-winter</link><description>The lido reopens on Saturday for winter swimming.</description>${DATE}<media:content url="https://images.prismic.io/harbourside/Zy2_lido.jpg?auto=format,compress&amp;rect=0,80,1600,900&amp;w=800" medium="image"/></item>`,
  ]) },

  // African outlets.
  // Nation Africa (Daily Nation, Nation Media's CMS): relative picture paths under its own host, the author in dc:creator, EAT.
  { path: '/unseen52/nation.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Nation', 'https://nation.africa'), [
    `<item><title>Nairobi Expressway adds two exits</title><link>https://nation.africa/kenya/news/nairobi-expressway-adds-two-exits-4812345</link><description><![CDATA[<p>The Nairobi Expressway opened two more exits on Friday, at Haile Selassie Avenue and Mlolongo.</p>]]></description><pubDate>Fri, 27 Nov 2026 13:05:00 +0300</pubDate><dc:creator>Wachira Mwangi</dc:creator><media:content url="https://nation.africa/resource/image/4812350/landscape_ratio16x9/1160/652/1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/Xy/expressway.jpg" medium="image"/></item>`,
  ]) },
  // Premium Times (WordPress): WAT, "The post … appeared first on", a featured picture in the copy.
  { path: '/unseen52/premiumtimes.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Premium Times Nigeria', 'https://www.premiumtimesng.com'), [
    `<item><title>Lagos rail's red line carries a million riders</title><link>https://www.premiumtimesng.com/news/top-news/771234-lagos-rails-red-line-carries-a-million-riders.html</link><dc:creator><![CDATA[Adebayo Hassan]]></dc:creator><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate><category><![CDATA[Top News]]></category><guid isPermaLink="false">https://www.premiumtimesng.com/?p=771234</guid><description><![CDATA[<p>The Lagos red line carried its millionth rider on Friday...</p>]]></description><content:encoded><![CDATA[<figure class="wp-block-image"><img src="https://i0.wp.com/www.premiumtimesng.com/wp-content/uploads/2026/11/red-line.jpg?resize=780%2C470&#038;ssl=1" alt="Lagos red line train"><figcaption>A red line train at Agege. Photo: PREMIUM TIMES</figcaption></figure><p>The Lagos red line carried its millionth rider on Friday, eight months after it opened.</p><p>The post <a href="https://www.premiumtimesng.com/news/top-news/771234-lagos-rails-red-line-carries-a-million-riders.html">Lagos rail's red line carries a million riders</a> appeared first on <a href="https://www.premiumtimesng.com">Premium Times Nigeria</a>.</p>]]></content:encoded></item>`,
  ]) },
  // The Punch (WordPress with Yoast): its author as "Punch Newspapers", a picture enclosure.
  { path: '/unseen52/punch.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Punch Newspapers', 'https://punchng.com'), [
    `<item><title>Abuja light rail resumes weekday service</title><link>https://punchng.com/abuja-light-rail-resumes-weekday-service/</link><dc:creator><![CDATA[Gbenga Oloniniran]]></dc:creator><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate><description><![CDATA[The Abuja light rail resumed weekday service on Friday after a two-month pause.]]></description><enclosure url="https://cdn.punchng.com/wp-content/uploads/2026/11/27100000/abuja-rail.jpg" length="88123" type="image/jpeg"/></item>`,
  ]) },
  // Mail & Guardian (WordPress): the standfirst and "Read more" link of its excerpt.
  { path: '/unseen52/mg.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('The Mail & Guardian', 'https://mg.co.za'), [
    `<item><title>Cape Town desalination plant passes tests</title><link>https://mg.co.za/environment/2026-11-27-cape-town-desalination-plant-passes-tests/</link><dc:creator><![CDATA[Sheree Bega]]></dc:creator><pubDate>Fri, 27 Nov 2026 12:05:00 +0200</pubDate><description><![CDATA[<p>The plant at Koeberg will supply 50 million litres a day from 2027. <a class="read-more" href="https://mg.co.za/environment/2026-11-27-cape-town-desalination-plant-passes-tests/">Read more</a></p>]]></description></item>`,
  ]) },

  // Middle Eastern outlets.
  // Arab News (Drupal): its picture in media:content, the byline in dc:creator with its place.
  { path: '/unseen52/arabnews.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Arab News', 'https://www.arabnews.com'), [
    `<item><title>Riyadh Metro's orange line opens</title><link>https://www.arabnews.com/node/2612345/saudi-arabia</link><description><![CDATA[<p>RIYADH: The orange line of the Riyadh Metro opened to passengers on Friday, completing the network's six lines.</p>]]></description><pubDate>Fri, 27 Nov 2026 13:05:00 +0300</pubDate><dc:creator>Arab News</dc:creator><guid isPermaLink="false">2612345 at https://www.arabnews.com</guid><media:content url="https://www.arabnews.com/sites/default/files/styles/n_670_395/public/2026/11/27/4512345-1234567890.jpg?itok=AbCd1234" medium="image"/></item>`,
  ]) },
  // Gulf News (Quintype-era CMS): GST in pubDate, its picture on its image host.
  { path: '/unseen52/gulfnews.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Gulf News: UAE', 'https://gulfnews.com/uae'), [
    `<item><title>Dubai adds 40 electric abras</title><link>https://gulfnews.com/uae/transport/dubai-adds-40-electric-abras-1.500123456</link><description><![CDATA[The RTA will put 40 electric abras on Dubai Creek by March.]]></description><pubDate>Fri, 27 Nov 2026 14:05:00 +0400</pubDate><dc:creator>Nivetha Dayanand, Assistant Editor</dc:creator><media:content url="https://images.gulfnews.com/abras.jpg" medium="image"/></item>`,
  ]) },

  // Southeast Asian outlets.
  // Inquirer (WordPress): "By:" in dc:creator, a picture in the copy on its own host.
  { path: '/unseen52/inquirer.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('INQUIRER.net', 'https://newsinfo.inquirer.net'), [
    `<item><title>Pasig River ferry adds night trips</title><link>https://newsinfo.inquirer.net/2012345/pasig-river-ferry-adds-night-trips</link><dc:creator><![CDATA[By: Krixia Subingsubing]]></dc:creator><pubDate>Fri, 27 Nov 2026 18:05:00 +0800</pubDate><category><![CDATA[Metro]]></category><description><![CDATA[<p><img src="https://newsinfo.inquirer.net/files/2026/11/pasig-ferry-620x349.jpg" alt="Pasig River ferry" width="620" height="349"></p><p>MANILA, Philippines — The Pasig River ferry will run night trips from Monday, the MMDA said on Friday.</p>]]></description></item>`,
  ]) },
  // The Straits Times (its RSS): SGT in pubDate, the byline and picture in the item.
  { path: '/unseen52/straitstimes.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('The Straits Times Singapore', 'https://www.straitstimes.com/singapore'), [
    `<item><title>Thomson-East Coast Line stage 5 to open in 2027</title><link>https://www.straitstimes.com/singapore/transport/thomson-east-coast-line-stage-5-to-open-in-2027</link><description><![CDATA[Stage 5 of the line will link Bayshore to Sungei Bedok.]]></description><pubDate>Fri, 27 Nov 2026 18:05:00 +0800</pubDate><dc:creator>Lee Nian Tjoe</dc:creator><media:content url="https://static1.straitstimes.com.sg/s3fs-public/styles/large30x20/public/articles/2026/11/27/tel5.jpg?VersionId=AbCdEf123&amp;itok=Xy12Ab34" medium="image"/></item>`,
  ]) },
  // The Jakarta Post: WIB in pubDate, its image in an enclosure.
  { path: '/unseen52/jakartapost.xml', type: RSS_TYPE, doc: channel('', head('The Jakarta Post', 'https://www.thejakartapost.com'), [
    `<item><title>Jakarta MRT's north-south line reaches Kota</title><link>https://www.thejakartapost.com/indonesia/2026/11/27/jakarta-mrts-north-south-line-reaches-kota.html</link><description><![CDATA[The extension adds seven stations to the line.]]></description><pubDate>Fri, 27 Nov 2026 17:05:00 +0700</pubDate><enclosure url="https://img.jakpost.net/c/2026/11/27/2026_11_27_150123_1764230000._medium.jpg" type="image/jpeg" length="0"/></item>`,
  ]) },

  // Latin American outlets and agencies.
  // Clarín (its RSS): ART (-0300) in pubDate, the picture in media:content, Spanish copy.
  { path: '/unseen52/clarin.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Clarín.com - Home', 'https://www.clarin.com'), [
    `<item><title>El subte suma trenes a la línea E</title><link>https://www.clarin.com/ciudades/subte-suma-trenes-linea-e_0_AbCdEf123.html</link><description><![CDATA[Emova sumará seis formaciones nuevas en la línea E antes de marzo.]]></description><pubDate>Fri, 27 Nov 2026 07:05:00 -0300</pubDate><dc:creator>Redacción Clarín</dc:creator><media:content url="https://www.clarin.com/img/2026/11/27/AbCdEf123_1200x630__1.jpg" type="image/jpeg" medium="image"/></item>`,
  ]) },
  // Folha de S.Paulo: ISO-8859-1, BRT (-0300) in pubDate, the teaser only.
  { path: '/unseen52/folha.xml', type: 'application/rss+xml; charset=ISO-8859-1', doc: Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Folha de S.Paulo - Cotidiano</title><link>https://www1.folha.uol.com.br/cotidiano/</link><description>Cotidiano</description><item><title>Metrô de São Paulo abre estação na linha 2</title><link>https://www1.folha.uol.com.br/cotidiano/2026/11/metro-de-sao-paulo-abre-estacao-na-linha-2.shtml</link><pubDate>Fri, 27 Nov 2026 07:05:00 -0300</pubDate><description><![CDATA[A estação Orfanato, na zona leste, começa a operar nesta sexta-feira.]]></description></item></channel></rss>`, 'latin1') },
  // Agência Brasil (Drupal): its author as dc:creator, a relative picture.
  { path: '/unseen52/agenciabrasil.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Agência Brasil', 'https://agenciabrasil.ebc.com.br'), [
    `<item><title>Porto de Santos bate recorde de contêineres</title><link>https://agenciabrasil.ebc.com.br/economia/noticia/2026-11/porto-de-santos-bate-recorde-de-conteineres</link><description><![CDATA[<p><img src="/sites/default/files/thumbnails/image/2026/11/27/porto.jpg" alt=""></p><p>O Porto de Santos movimentou 520 mil contêineres em outubro, recorde para o mês.</p>]]></description><pubDate>Fri, 27 Nov 2026 07:05:00 -0300</pubDate><dc:creator>Pedro Peduzzi - Repórter da Agência Brasil</dc:creator></item>`,
  ]) },
  // MercoPress: a feed without dates in the item but the channel's lastBuildDate; a picture in the copy.
  { path: '/unseen52/mercopress.xml', type: RSS_TYPE, doc: channel('', head('MercoPress', 'https://en.mercopress.com'), [
    `<item><title>Uruguay's port of Montevideo dredges to 14 metres</title><link>https://en.mercopress.com/2026/11/27/uruguay-s-port-of-montevideo-dredges-to-14-metres</link><description><![CDATA[<p><img src="https://en.mercopress.com/data/cache/noticias/91234/0x0/montevideo-port.jpg" /></p><p>Montevideo's port will be dredged to 14 metres by 2028, the government said.</p>]]></description>${DATE}<guid>https://en.mercopress.com/2026/11/27/uruguay-s-port-of-montevideo-dredges-to-14-metres</guid></item>`,
  ]) },

  // Think tanks and journals.
  // ORF (Observer Research Foundation): authors in dc:creator, a topic as category.
  { path: '/unseen52/orf.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('ORF', 'https://www.orfonline.org'), [
    `<item><title>Port-led growth on India's east coast</title><link>https://www.orfonline.org/expert-speak/port-led-growth-on-india-s-east-coast</link><description><![CDATA[Four new ports could change the east coast's economy, if rail links follow.]]></description>${DATE}<dc:creator>Sohini Bose</dc:creator><category>Maritime Security</category><media:content url="https://www.orfonline.org/public/uploads/posts/image/img_port-led-growth.jpg" medium="image"/></item>`,
  ]) },
  // MP-IDSA (Drupal): "Comment" as category, the author in a field of the description.
  { path: '/unseen52/idsa.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Manohar Parrikar Institute for Defence Studies and Analyses', 'https://www.idsa.in'), [
    `<item><title>The Indian Ocean's new survey ships</title><link>https://www.idsa.in/issuebrief/indian-ocean-survey-ships-271126</link><description><![CDATA[<p>Four survey ships will chart the Indian Ocean's sea bed by 2028.</p>]]></description><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate><dc:creator>Abhijit Singh</dc:creator><guid isPermaLink="false">51234 at https://www.idsa.in</guid></item>`,
  ]) },
  // Carnegie Endowment: Atom with type="html" summary, several authors.
  { path: '/unseen52/carnegie.xml', type: ATOM_TYPE, doc: atom('', `<title>Carnegie Endowment for International Peace</title><link href="https://carnegieendowment.org/"/><id>https://carnegieendowment.org/</id><updated>${ISO}</updated>`, [
    `<entry><title type="html">Shipping Lanes and the Red Sea&amp;#8217;s Ports</title><link rel="alternate" type="text/html" href="https://carnegieendowment.org/research/2026/11/red-sea-ports"/><id>https://carnegieendowment.org/research/2026/11/red-sea-ports</id><published>${ISO}</published><updated>${ISO}</updated><author><name>Frances Z. Brown</name></author><author><name>Yasmine Farouk</name></author><summary type="html">&lt;p&gt;Red Sea ports lost a third of their traffic in two years. What would bring it back?&lt;/p&gt;</summary></entry>`,
  ]) },
  // CSIS (Drupal): the author in <author> without an address, a picture as an enclosure.
  { path: '/unseen52/csis.xml', type: RSS_TYPE, doc: channel('', head('Center for Strategic and International Studies', 'https://www.csis.org'), [
    `<item><title>Undersea Cables in the Pacific</title><link>https://www.csis.org/analysis/undersea-cables-pacific</link><description><![CDATA[<p>Twelve new cables will land in the Pacific islands by 2030.</p>]]></description>${DATE}<author>Matthew P. Goodman</author><guid isPermaLink="false">112233 at https://www.csis.org</guid><enclosure url="https://csis-website-prod.s3.amazonaws.com/s3fs-public/2026-11/cables.jpg?VersionId=abc123" type="image/jpeg" length="0"/></item>`,
  ]) },
  // War on the Rocks (WordPress): two authors in dc:creator, the teaser "[…]".
  { path: '/unseen52/warontherocks.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('War on the Rocks', 'https://warontherocks.com'), [
    `<item><title>The Logistics of a Long Naval Campaign</title><link>https://warontherocks.com/2026/11/the-logistics-of-a-long-naval-campaign/</link><dc:creator><![CDATA[Jonathan Wong]]></dc:creator><dc:creator><![CDATA[Maria Ortiz]]></dc:creator>${DATE}<category><![CDATA[Logistics]]></category><description><![CDATA[Fleets run on fuel, parts and ammunition, and a long campaign would run short of all three. [&#8230;]]]></description></item>`,
  ]) },

  // Defence sites.
  // Defense News (Arc XP's RSS): its resizer's signed picture, the byline as dc:creator.
  { path: '/unseen52/defensenews.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Defense News', 'https://www.defensenews.com'), [
    `<item><title>Navy orders two more survey ships</title><link>https://www.defensenews.com/naval/2026/11/27/navy-orders-two-more-survey-ships/</link><description><![CDATA[The contract is worth $640 million.]]></description>${DATE}<dc:creator>Megan Eckstein</dc:creator><media:content url="https://www.defensenews.com/resizer/v2/ABCDEF123456.jpg?auth=0123456789abcdef&amp;width=1200&amp;height=630" medium="image"/></item>`,
  ]) },
  // Breaking Defense (WordPress VIP): Photon sizes on its upload, the author.
  { path: '/unseen52/breakingdefense.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT} ${MEDIA}`, head('Breaking Defense', 'https://breakingdefense.com'), [
    `<item><title>Army picks a new field radio</title><link>https://breakingdefense.com/2026/11/army-picks-a-new-field-radio/</link><dc:creator><![CDATA[Ashley Roque]]></dc:creator>${DATE}<category><![CDATA[Land]]></category><description><![CDATA[The Army chose a radio that fits in a pocket.]]></description><media:content url="https://breakingdefense.com/wp-content/uploads/sites/3/2026/11/radio.jpg?w=1024" medium="image"/></item>`,
  ]) },

  // UN agencies, courts and parliaments.
  // ReliefWeb's RSS: the source organisation in <source>, the country as category, the report's body.
  { path: '/unseen52/reliefweb.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('ReliefWeb - Updates', 'https://reliefweb.int/updates'), [
    `<item><title>Mozambique: Cyclone Chido Flash Update No. 5</title><link>https://reliefweb.int/report/mozambique/mozambique-cyclone-chido-flash-update-no-5</link><description><![CDATA[<div class="tag country">Country: Mozambique</div><div class="tag source">Source: OCHA</div><br><p>More than 90,000 people remain in shelters in Cabo Delgado.</p>]]></description>${DATE}<source url="https://reliefweb.int/organization/ocha">OCHA</source><category>Mozambique</category></item>`,
  ]) },
  // UNHCR: the country in the title, a picture on its media host.
  { path: '/unseen52/unhcr.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('UNHCR - News', 'https://www.unhcr.org'), [
    `<item><title>Chad: new water points for Sudanese refugees</title><link>https://www.unhcr.org/news/briefing-notes/chad-new-water-points-sudanese-refugees</link><description><![CDATA[<p>UNHCR has opened 30 water points in eastern Chad's camps.</p>]]></description>${DATE}<media:thumbnail url="https://www.unhcr.org/sites/default/files/styles/card_thumbnail/public/2026-11/chad-water.jpg?itok=abc123"/></item>`,
  ]) },
  // WHO: the news item's date in the feed's own format with GMT, the picture absent.
  { path: '/unseen52/who.xml', type: RSS_TYPE, doc: channel('', head('WHO - News', 'https://www.who.int'), [
    `<item><title>WHO prequalifies a new malaria vaccine</title><link>https://www.who.int/news/item/27-11-2026-who-prequalifies-a-new-malaria-vaccine</link><description>WHO prequalified a second malaria vaccine on Friday.</description><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate></item>`,
  ]) },
  // UK Parliament's bills feed: an Atom entry with an xhtml summary, its category a stage.
  { path: '/unseen52/parliament.xml', type: ATOM_TYPE, doc: atom('', `<title>UK Parliament - Public Bills</title><link href="https://bills.parliament.uk/"/><id>https://bills.parliament.uk/rss/publicbills.rss</id><updated>${ISO}</updated>`, [
    `<entry><title>Harbours (Dredging) Bill</title><link href="https://bills.parliament.uk/bills/3901"/><id>https://bills.parliament.uk/bills/3901</id><updated>${ISO}</updated><category term="Commons: 2nd reading"/><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A Bill to make provision about the dredging of harbours.</p></div></summary></entry>`,
  ]) },
  // The Supreme Court of India's judgments feed (S3WaaS, a GIGW site): a PDF as the link, the date in dc:date.
  { path: '/unseen52/court.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Supreme Court of India - Latest Judgments', 'https://www.sci.gov.in'), [
    `<item><title>Port Trust of Kolkata vs. Union of India</title><link>https://www.sci.gov.in/view-pdf/?diary_no=123452026&amp;type=j&amp;order_date=2026-11-27</link><description>Civil Appeal No. 4567 of 2026. Judgment dated 27-11-2026.</description><dc:date>2026-11-27T10:05:00Z</dc:date></item>`,
  ]) },

  // Platforms and formats.
  // Google Alerts' Atom: a Google redirect as the link, the title and content with <b> marks, type="html".
  { path: '/unseen52/googlealerts.xml', type: ATOM_TYPE, doc: atom(' xmlns:idx="urn:atom-extension:indexing"', `<id>tag:google.com,2005:reference/alerts/feed/01234567890123456789/98765432109876543210</id><title>Google Alert - dredging</title><link href="https://www.google.com/alerts/feeds/01234567890123456789/98765432109876543210" rel="self"/><updated>${ISO}</updated>`, [
    `<entry><id>tag:google.com,2013:googlealerts/feed:1234567890</id><title type="html">Port of Beira finishes &lt;b&gt;dredging&lt;/b&gt; channel</title><link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.clubofmozambique.example.com/news/beira-dredging-ends-301234/&amp;ct=ga&amp;cd=CAIyHDk0&amp;usg=AOvVaw1AbCd"/><published>${ISO}</published><updated>${ISO}</updated><content type="html">The Port of Beira has finished &lt;b&gt;dredging&lt;/b&gt; its access channel to 12 metres ...</content><author><name></name></author></entry>`,
  ]) },
  // A FeedBurner remnant: feedburner:origLink to the story, the proxied link, its FeedFlare and pixel.
  { path: '/unseen52/feedburner.xml', type: RSS_TYPE, doc: channel(`xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" ${DC}`, head('Coastline Blog', 'https://coastline.example.org'), [
    `<item><title>Sand dunes rebuilt at Formby</title><link>http://feedproxy.google.com/~r/CoastlineBlog/~3/AbCdEf12345/</link><description><![CDATA[<p>Volunteers planted 20,000 marram grass shoots at Formby.</p><div class="feedflare"><a href="http://feeds.feedburner.com/~ff/CoastlineBlog?a=AbCd:EfGh"><img src="http://feeds.feedburner.com/~ff/CoastlineBlog?d=yIl2AUoC8zA" border="0"></img></a></div><img src="http://feeds.feedburner.com/~r/CoastlineBlog/~4/AbCdEf12345" height="1" width="1" alt=""/>]]></description>${DATE}<dc:creator>Rhiannon Price</dc:creator><feedburner:origLink>https://coastline.example.org/2026/11/sand-dunes-formby.html</feedburner:origLink></item>`,
  ]) },
  // An aggregator's RSS with <source> per item: the outlet named there, not as author.
  { path: '/unseen52/sources.xml', type: RSS_TYPE, doc: channel('', head('Harbour Digest', 'https://digest.example.com'), [
    `<item><title>Rotterdam's shore power goes live</title><link>https://www.portnews.example.nl/2026/11/27/shore-power</link><description>Ships at Rotterdam's cruise terminal can now plug in.</description>${DATE}<source url="https://www.portnews.example.nl/rss">Port News</source></item>`,
  ]) },
  // Entities escaped twice (&amp;amp; and &amp;#8217; in the title and text).
  { path: '/unseen52/double-escaped.xml', type: RSS_TYPE, doc: channel('', head('Harbour Times', 'https://harbourtimes.example.com'), [
    `<item><title>Ferries &amp;amp; buses: the council&amp;#8217;s winter timetable</title><link>https://harbourtimes.example.com/news/winter-timetable</link><description>The council&amp;#8217;s timetable runs ferries &amp;amp; buses every 20 minutes.</description>${DATE}</item>`,
  ]) },
  // RSS 0.91 with its DOCTYPE and a channel image; RSS 0.92 with an enclosure and no title.
  { path: '/unseen52/rss091.xml', type: RSS_TYPE, doc: `<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Pier Gazette</title><link>https://piergazette.example.com/</link><description>Pier news</description><language>en-gb</language><image><title>Pier Gazette</title><url>https://piergazette.example.com/logo.gif</url><link>https://piergazette.example.com/</link></image><item><title>Pier reopens after storm repairs</title><link>https://piergazette.example.com/news/pier-reopens</link><description>The pier reopened on Friday after three months of repairs.</description></item></channel></rss>` },
  // Media RSS's <media:group> of sizes: the largest is the story's picture.
  { path: '/unseen52/media-group.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Coast Photo Desk', 'https://photodesk.example.com'), [
    `<item><title>Storm surge at Blackpool</title><link>https://photodesk.example.com/2026/11/27/storm-surge-blackpool</link><description>Waves topped the sea wall at Blackpool on Friday.</description>${DATE}<media:group><media:content url="https://photodesk.example.com/img/surge-320.jpg" width="320" height="213" medium="image"/><media:content url="https://photodesk.example.com/img/surge-1600.jpg" width="1600" height="1067" medium="image" isDefault="true"/><media:content url="https://photodesk.example.com/img/surge-800.jpg" width="800" height="533" medium="image"/><media:credit role="photographer">Sam Hill</media:credit></media:group></item>`,
  ]) },
  // A podcast whose items carry only itunes:* (title, summary, image, author, duration) beside the enclosure.
  { path: '/unseen52/itunes-only.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, `<title>Tide Tables</title><link>https://tidetables.example.fm</link><itunes:author>Tide Tables Media</itunes:author><itunes:image href="https://tidetables.example.fm/show.jpg"/>`, [
    `<item><itunes:title>The Severn bore</itunes:title><itunes:summary>Why the Severn has one of the largest tidal bores in the world.</itunes:summary><itunes:author>Ruth Evans</itunes:author><itunes:image href="https://tidetables.example.fm/ep42.jpg"/><itunes:duration>31:20</itunes:duration><enclosure url="https://tidetables.example.fm/audio/ep42.mp3" length="30123456" type="audio/mpeg"/><guid isPermaLink="false">tt-ep42</guid>${DATE}</item>`,
  ]) },
  // Atom with type="html" summary and type="xhtml" content (a blog's Atom).
  { path: '/unseen52/atom-xhtml.xml', type: ATOM_TYPE, doc: atom('', `<title>Lighthouse Notes</title><link href="https://lighthouse.example.net/"/><id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id><updated>${ISO}</updated><author><name>Iona Reid</name></author>`, [
    `<entry><title>Repainting the Mull of Galloway light</title><link href="/2026/11/repainting-mull-of-galloway"/><id>https://lighthouse.example.net/2026/11/repainting-mull-of-galloway</id><updated>${ISO}</updated><summary type="html">The tower gets its first coat in &lt;em&gt;twenty&lt;/em&gt; years.</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The tower gets its first coat of paint in twenty years.</p><p><img src="/images/mull-scaffold.jpg" alt="Scaffolding on the tower"/></p><p>The work ends in March.</p></div></content></entry>`,
  ]) },
];

describe('unseen feeds, the fifty-first round, through the admin API', () => {
  it('reads every field of each feed as its publisher means it', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // A contributor credited as editor or translator is no author.
      "Mangrove loss on the Zambezi delta, 2000-2025": { link: "https://journals.example.ac.za/jcs/article/view/4411", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Satellite images show the delta lost 14% of its mangroves in 25 years." },
      "Harbour dues to rise in January": { link: "https://www.portnews.example.mz/en/harbour-dues-rise", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Harbour dues at Maputo will rise 6% from January." },
      // Prismic's size and auto parameters go; its crop stays as written, commas and all.
      "Lido reopens for winter swimming": { link: "https://www.harbourside.example.gov.uk/news/lido-winter", published: PUBLISHED, author: null, image: "https://images.prismic.io/harbourside/Zy2_lido.jpg?rect=0,80,1600,900", categories: [],
        text: "The lido reopens on Saturday for winter swimming." },
      "Nairobi Expressway adds two exits": { link: "https://nation.africa/kenya/news/nairobi-expressway-adds-two-exits-4812345", published: PUBLISHED, author: "Wachira Mwangi", image: "https://nation.africa/resource/image/4812350/landscape_ratio16x9/1160/652/1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/Xy/expressway.jpg", categories: [],
        text: "The Nairobi Expressway opened two more exits on Friday, at Haile Selassie Avenue and Mlolongo." },
      // Photon's resize goes; the figure's credit and "The post … appeared first on" go.
      "Lagos rail's red line carries a million riders": { link: "https://www.premiumtimesng.com/news/top-news/771234-lagos-rails-red-line-carries-a-million-riders.html", published: PUBLISHED, author: "Adebayo Hassan", image: "https://i0.wp.com/www.premiumtimesng.com/wp-content/uploads/2026/11/red-line.jpg?ssl=1", categories: ["Top News"],
        text: "The Lagos red line carried its millionth rider on Friday, eight months after it opened." },
      "Abuja light rail resumes weekday service": { link: "https://punchng.com/abuja-light-rail-resumes-weekday-service/", published: PUBLISHED, author: "Gbenga Oloniniran", image: "https://cdn.punchng.com/wp-content/uploads/2026/11/27100000/abuja-rail.jpg", categories: [],
        text: "The Abuja light rail resumed weekday service on Friday after a two-month pause." },
      // The excerpt's "Read more" link goes.
      "Cape Town desalination plant passes tests": { link: "https://mg.co.za/environment/2026-11-27-cape-town-desalination-plant-passes-tests/", published: PUBLISHED, author: "Sheree Bega", image: null, categories: [],
        text: "The plant at Koeberg will supply 50 million litres a day from 2027." },
      "Riyadh Metro's orange line opens": { link: "https://www.arabnews.com/node/2612345/saudi-arabia", published: PUBLISHED, author: "Arab News", image: "https://www.arabnews.com/sites/default/files/2026/11/27/4512345-1234567890.jpg", categories: [],
        text: "The orange line of the Riyadh Metro opened to passengers on Friday, completing the network's six lines." },
      // ", Assistant Editor" is the byline's job.
      "Dubai adds 40 electric abras": { link: "https://gulfnews.com/uae/transport/dubai-adds-40-electric-abras-1.500123456", published: PUBLISHED, author: "Nivetha Dayanand", image: "https://images.gulfnews.com/abras.jpg", categories: [],
        text: "The RTA will put 40 electric abras on Dubai Creek by March." },
      // Inquirer's "By:" and the dateline "MANILA, Philippines —" go.
      "Pasig River ferry adds night trips": { link: "https://newsinfo.inquirer.net/2012345/pasig-river-ferry-adds-night-trips", published: PUBLISHED, author: "Krixia Subingsubing", image: "https://newsinfo.inquirer.net/files/2026/11/pasig-ferry-620x349.jpg", categories: ["Metro"],
        text: "The Pasig River ferry will run night trips from Monday, the MMDA said on Friday." },
      "Thomson-East Coast Line stage 5 to open in 2027": { link: "https://www.straitstimes.com/singapore/transport/thomson-east-coast-line-stage-5-to-open-in-2027", published: PUBLISHED, author: "Lee Nian Tjoe", image: "https://static1.straitstimes.com.sg/s3fs-public/articles/2026/11/27/tel5.jpg", categories: [],
        text: "Stage 5 of the line will link Bayshore to Sungei Bedok." },
      "Jakarta MRT's north-south line reaches Kota": { link: "https://www.thejakartapost.com/indonesia/2026/11/27/jakarta-mrts-north-south-line-reaches-kota.html", published: PUBLISHED, author: null, image: "https://img.jakpost.net/c/2026/11/27/2026_11_27_150123_1764230000._medium.jpg", categories: [],
        text: "The extension adds seven stations to the line." },
      "El subte suma trenes a la línea E": { link: "https://www.clarin.com/ciudades/subte-suma-trenes-linea-e_0_AbCdEf123.html", published: PUBLISHED, author: "Redacción Clarín", image: "https://www.clarin.com/img/2026/11/27/AbCdEf123_1200x630__1.jpg", categories: [],
        text: "Emova sumará seis formaciones nuevas en la línea E antes de marzo." },
      // ISO-8859-1, as the prolog and the header say.
      "Metrô de São Paulo abre estação na linha 2": { link: "https://www1.folha.uol.com.br/cotidiano/2026/11/metro-de-sao-paulo-abre-estacao-na-linha-2.shtml", published: PUBLISHED, author: null, image: null, categories: [],
        text: "A estação Orfanato, na zona leste, começa a operar nesta sexta-feira." },
      // Agência Brasil's "- Repórter da Agência Brasil" is a job, not the name.
      "Porto de Santos bate recorde de contêineres": { link: "https://agenciabrasil.ebc.com.br/economia/noticia/2026-11/porto-de-santos-bate-recorde-de-conteineres", published: PUBLISHED, author: "Pedro Peduzzi", image: "https://agenciabrasil.ebc.com.br/sites/default/files/thumbnails/image/2026/11/27/porto.jpg", categories: [],
        text: "O Porto de Santos movimentou 520 mil contêineres em outubro, recorde para o mês." },
      "Uruguay's port of Montevideo dredges to 14 metres": { link: "https://en.mercopress.com/2026/11/27/uruguay-s-port-of-montevideo-dredges-to-14-metres", published: PUBLISHED, author: null, image: "https://en.mercopress.com/data/cache/noticias/91234/0x0/montevideo-port.jpg", categories: [],
        text: "Montevideo's port will be dredged to 14 metres by 2028, the government said." },
      "Port-led growth on India's east coast": { link: "https://www.orfonline.org/expert-speak/port-led-growth-on-india-s-east-coast", published: PUBLISHED, author: "Sohini Bose", image: "https://www.orfonline.org/public/uploads/posts/image/img_port-led-growth.jpg", categories: ["Maritime Security"],
        text: "Four new ports could change the east coast's economy, if rail links follow." },
      "The Indian Ocean's new survey ships": { link: "https://www.idsa.in/issuebrief/indian-ocean-survey-ships-271126", published: PUBLISHED, author: "Abhijit Singh", image: null, categories: [],
        text: "Four survey ships will chart the Indian Ocean's sea bed by 2028." },
      // Atom's type="html" title, its entity escaped inside the escaped markup; both authors.
      "Shipping Lanes and the Red Sea’s Ports": { link: "https://carnegieendowment.org/research/2026/11/red-sea-ports", published: PUBLISHED, author: "Frances Z. Brown, Yasmine Farouk", image: null, categories: [],
        text: "Red Sea ports lost a third of their traffic in two years. What would bring it back?" },
      "Undersea Cables in the Pacific": { link: "https://www.csis.org/analysis/undersea-cables-pacific", published: PUBLISHED, author: "Matthew P. Goodman", image: "https://csis-website-prod.s3.amazonaws.com/s3fs-public/2026-11/cables.jpg?VersionId=abc123", categories: [],
        text: "Twelve new cables will land in the Pacific islands by 2030." },
      "The Logistics of a Long Naval Campaign": { link: "https://warontherocks.com/2026/11/the-logistics-of-a-long-naval-campaign/", published: PUBLISHED, author: "Jonathan Wong, Maria Ortiz", image: null, categories: ["Logistics"],
        text: "Fleets run on fuel, parts and ammunition, and a long campaign would run short of all three. …" },
      // Arc XP's signed resizer address stays as it is.
      "Navy orders two more survey ships": { link: "https://www.defensenews.com/naval/2026/11/27/navy-orders-two-more-survey-ships/", published: PUBLISHED, author: "Megan Eckstein", image: "https://www.defensenews.com/resizer/v2/ABCDEF123456.jpg?auth=0123456789abcdef&width=1200&height=630", categories: [],
        text: "The contract is worth $640 million." },
      "Army picks a new field radio": { link: "https://breakingdefense.com/2026/11/army-picks-a-new-field-radio/", published: PUBLISHED, author: "Ashley Roque", image: "https://breakingdefense.com/wp-content/uploads/sites/3/2026/11/radio.jpg", categories: ["Land"],
        text: "The Army chose a radio that fits in a pocket." },
      // ReliefWeb's country and source tags are chrome; the <source> is the organisation, not an author.
      "Mozambique: Cyclone Chido Flash Update No. 5": { link: "https://reliefweb.int/report/mozambique/mozambique-cyclone-chido-flash-update-no-5", published: PUBLISHED, author: null, image: null, categories: ["Mozambique"],
        text: "More than 90,000 people remain in shelters in Cabo Delgado." },
      "Chad: new water points for Sudanese refugees": { link: "https://www.unhcr.org/news/briefing-notes/chad-new-water-points-sudanese-refugees", published: PUBLISHED, author: null, image: "https://www.unhcr.org/sites/default/files/2026-11/chad-water.jpg", categories: [],
        text: "UNHCR has opened 30 water points in eastern Chad's camps." },
      "WHO prequalifies a new malaria vaccine": { link: "https://www.who.int/news/item/27-11-2026-who-prequalifies-a-new-malaria-vaccine", published: PUBLISHED, author: null, image: null, categories: [],
        text: "WHO prequalified a second malaria vaccine on Friday." },
      "Harbours (Dredging) Bill": { link: "https://bills.parliament.uk/bills/3901", published: PUBLISHED, author: null, image: null, categories: ["Commons: 2nd reading"],
        text: "A Bill to make provision about the dredging of harbours." },
      "Port Trust of Kolkata vs. Union of India": { link: "https://www.sci.gov.in/view-pdf/?diary_no=123452026&type=j&order_date=2026-11-27", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Civil Appeal No. 4567 of 2026. Judgment dated 27-11-2026." },
      // Google's redirect gives the story's address; the <b> marks go.
      "Port of Beira finishes dredging channel": { link: "https://www.clubofmozambique.example.com/news/beira-dredging-ends-301234/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The Port of Beira has finished dredging its access channel to 12 metres ..." },
      // feedburner:origLink is the story's; FeedFlare and its pixel go.
      "Sand dunes rebuilt at Formby": { link: "https://coastline.example.org/2026/11/sand-dunes-formby.html", published: PUBLISHED, author: "Rhiannon Price", image: null, categories: [],
        text: "Volunteers planted 20,000 marram grass shoots at Formby." },
      "Rotterdam's shore power goes live": { link: "https://www.portnews.example.nl/2026/11/27/shore-power", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Ships at Rotterdam's cruise terminal can now plug in." },
      // Entities escaped twice read once.
      "Ferries & buses: the council’s winter timetable": { link: "https://harbourtimes.example.com/news/winter-timetable", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The council’s timetable runs ferries & buses every 20 minutes." },
      // RSS 0.91 has no item dates: the story is dated when it was fetched; the channel's logo is no story's picture.
      "Pier reopens after storm repairs": { link: "https://piergazette.example.com/news/pier-reopens", published: expect.any(String), author: null, image: null, categories: [],
        text: "The pier reopened on Friday after three months of repairs." },
      // The largest of a <media:group>'s sizes.
      "Storm surge at Blackpool": { link: "https://photodesk.example.com/2026/11/27/storm-surge-blackpool", published: PUBLISHED, author: null, image: "https://photodesk.example.com/img/surge-1600.jpg", categories: [],
        text: "Waves topped the sea wall at Blackpool on Friday." },
      // An item of itunes:* fields only: its title, summary, author and picture; the enclosure is its only address.
      "The Severn bore": { link: "https://tidetables.example.fm/audio/ep42.mp3", published: PUBLISHED, author: "Ruth Evans", image: "https://tidetables.example.fm/ep42.jpg", categories: [],
        text: "Why the Severn has one of the largest tidal bores in the world." },
      // Atom's xhtml content over its html summary; relative addresses against the feed's site.
      "Repainting the Mull of Galloway light": { link: "https://lighthouse.example.net/2026/11/repainting-mull-of-galloway", published: PUBLISHED, author: "Iona Reid", image: "https://lighthouse.example.net/images/mull-scaffold.jpg", categories: [],
        text: "The tower gets its first coat of paint in twenty years.\n\nThe work ends in March." },
    });
  });
});
