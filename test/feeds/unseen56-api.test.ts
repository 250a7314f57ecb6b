import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ITUNES, ISO, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-fifth round of unseen feeds as README counts them (the file is numbered after unseen55, the fifty-fourth round's): the
 * leftovers that round named (a wider copy of ANOTHER Reuters picture on the same "/resources/r/" path, Moodle's poster as the author,
 * PubMed's frame round the abstract, a PNG photo named as a tracker's or an icon's, a <button>'s words inside a sentence) and platforms
 * and public bodies no round tried (Eidos Méthode, Pugpig's OPDS Atom, Glide, Atex, data.gov.in, Apple Podcasts, Spotify for Podcasters,
 * Canada.ca, LinkedIn newsletters through RSS.app, Shopify's blog Atom, gov.scot, gov.ie, gov.sg, NHS England, Japan's and China's foreign
 * ministries, DFAT, the IFRC, the IMF, the World Bank, SAPO Blogs), each served from a real local server, added and polled through
 * POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen56-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;
const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';

const FEEDS: UnseenFeed[] = [
  // Leftovers.
  { path: '/unseen56/leftovers.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${CONTENT}`, head('Wire Desk', 'https://desk.example.org'), [
    // The feed's picture at 200 beside ANOTHER picture at 1200 on Reuters' one path: the item's picture stays.
    it1('Ceasefire talks resume', 'https://desk.example.org/ceasefire-talks', `<description><![CDATA[<p>Ceasefire talks resumed in Doha on Friday.</p><p><img src="https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=2222222222&w=1200&r=LYNXMPEMAQ0CD" alt="A market in Gaza"></p>]]></description><media:content url="https://static.reuters.com/resources/r/?m=02&amp;d=20261127&amp;t=2&amp;i=1111111111&amp;w=200&amp;r=LYNXMPEMAQ0AB" medium="image"/>${DATE}`),
    // A PNG photo named for what it shows, with WordPress's cuts of the upload in its srcset.
    it1('Fitness trackers under review', 'https://desk.example.org/fitness-trackers', `<content:encoded><![CDATA[<p><img src="https://desk.example.org/wp-content/uploads/2026/11/fitness-tracker.png" width="1200" height="675" alt="A fitness tracker" srcset="https://desk.example.org/wp-content/uploads/2026/11/fitness-tracker.png 1200w, https://desk.example.org/wp-content/uploads/2026/11/fitness-tracker-300x169.png 300w, https://desk.example.org/wp-content/uploads/2026/11/fitness-tracker-768x432.png 768w"></p><p>The regulator will review the accuracy of fitness trackers.</p>]]></content:encoded>${DATE}`),
    // A button named in a sentence.
    it1('How to register for the postal vote', 'https://desk.example.org/postal-vote', `<content:encoded><![CDATA[<p>Open the council's site and press <button type="button">Register</button> to start.</p><p><button class="share">Share</button></p>]]></content:encoded>${DATE}`),
  ]) },
  { path: '/unseen56/moodle.xml', type: RSS_TYPE, doc: channel('', head('Maritime College: News forum', 'https://learn.maritimecollege.example.ac.uk/mod/forum/view.php?f=3'), [
    it1('Library hours over Christmas', 'https://learn.maritimecollege.example.ac.uk/mod/forum/discuss.php?d=346&amp;parent=679', `<description>by Owen Pryce. &amp;nbsp;&lt;p&gt;The library closes at noon on 24 December and opens again on 2 January.&lt;/p&gt;</description><guid isPermaLink="true">https://learn.maritimecollege.example.ac.uk/mod/forum/discuss.php?d=346&amp;parent=679</guid>${DATE}`),
  ]) },
  { path: '/unseen56/pubmed.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('pubmed: grey seal', 'https://pubmed.ncbi.nlm.nih.gov/rss/search/4d5e6f/?limit=15'), [
    it1('Grey seal pup counts on the Farne Islands', 'https://pubmed.ncbi.nlm.nih.gov/41234570/?utm_source=Other&amp;utm_medium=rss&amp;utm_campaign=pubmed-2', `<description><![CDATA[<p>J Zool. 2026 Nov 27. doi: 10.1111/jzo.13300. Online ahead of print.</p><p><b>ABSTRACT</b></p><p>Pup counts on the Farne Islands doubled between 2016 and 2026.</p><p>PMID:<a href="https://pubmed.ncbi.nlm.nih.gov/41234570/">41234570</a> | DOI:<a href=https://doi.org/10.1111/jzo.13300>10.1111/jzo.13300</a></p>]]></description><dc:creator>Ruth Okafor</dc:creator><dc:date>2026-11-27</dc:date><guid isPermaLink="false">pubmed:41234570</guid>`),
  ]) },

  // Newsroom platforms.
  // Eidos Méthode: a "1.4412345" content id in the link and the guid, dc:creator, media:content with its credit.
  { path: '/unseen56/methode.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('The Harbour Times - Ireland', 'https://www.harbourtimes.example.ie/news/ireland'), [
    it1('Ferry strike called off after late talks', 'https://www.harbourtimes.example.ie/news/ireland/ferry-strike-called-off-after-late-talks-1.4412345', `<guid isPermaLink="false">1.4412345</guid><description><![CDATA[Unions called off Monday's ferry strike after talks ran late into Thursday night.]]></description><dc:creator>Síle Ní Bhriain</dc:creator>${DATE}<media:content url="https://www.harbourtimes.example.ie/polopoly_fs/1.4412346.1764200000!/image/image.jpg_gen/derivatives/box_620_330/image.jpg" medium="image"><media:credit>Photograph: Alan Betson</media:credit></media:content>`),
  ]) },
  // Pugpig Bolt's OPDS Atom: the cover as an opds image link, dcterms:issued, a text summary.
  { path: '/unseen56/pugpig.xml', type: ATOM_TYPE, doc: atom(' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog"', `<title>Shipping Weekly</title><id>urn:pugpig:shippingweekly:feed</id><updated>${ISO}</updated>`, [
    `<entry><title>Suez transits back above 2023 levels</title><id>urn:pugpig:shippingweekly:article:8812</id><updated>${ISO}</updated><dcterms:issued>${ISO}</dcterms:issued><author><name>Marta Kowalska</name></author><summary type="text">Transits through the Suez Canal rose above their 2023 level in November.</summary><link rel="alternate" type="text/html" href="https://www.shippingweekly.example.com/suez-transits-2023-levels"/><link rel="http://opds-spec.org/image" type="image/jpeg" href="https://cdn.shippingweekly.example.com/images/8812/suez.jpg"/><link rel="http://opds-spec.org/image/thumbnail" type="image/jpeg" href="https://cdn.shippingweekly.example.com/images/8812/suez-thumb.jpg"/></entry>`,
  ]) },
  // Glide Publishing Platform: media:content and an enclosure of one picture at two sizes, a standfirst as description.
  { path: '/unseen56/glide.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Coast Courier', 'https://www.coastcourier.example.co.uk'), [
    it1('Lifeboat station wins lottery grant', 'https://www.coastcourier.example.co.uk/news/lifeboat-station-wins-lottery-grant', `<description>The lifeboat station at Sennen Cove will use the grant to replace its slipway.</description><dc:creator>Tom Penrose</dc:creator>${DATE}<guid isPermaLink="true">https://www.coastcourier.example.co.uk/news/lifeboat-station-wins-lottery-grant</guid><media:content url="https://images.coastcourier.example.co.uk/9c1a2b3d-slipway.jpg?width=640&amp;height=360" medium="image" type="image/jpeg"/><enclosure url="https://images.coastcourier.example.co.uk/9c1a2b3d-slipway.jpg?width=1600&amp;height=900" type="image/jpeg" length="0"/>`),
  ]) },
  // Atex (Desk-Net/Polopoly): a summary with the agency credit, the picture as media:thumbnail.
  { path: '/unseen56/atex.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Nordhavn Avis', 'https://www.nordhavnavis.example.dk'), [
    it1('Havnetunnel åbner i 2031', 'https://www.nordhavnavis.example.dk/nyheder/havnetunnel-aabner-i-2031', `<description>Den nye havnetunnel under Nordhavn åbner i 2031, oplyser Vejdirektoratet.</description><dc:creator>Mette Holm</dc:creator>${DATE}<media:thumbnail url="https://www.nordhavnavis.example.dk/image/policy:1.998877:1764200000/havnetunnel.jpg?f=Wide&amp;w=1200&amp;q=0.8"/>`),
  ]) },
  // LinkedIn newsletter through RSS.app: the picture on LinkedIn's CDN (an expiry and a token in the query), the copy in a div.
  { path: '/unseen56/rssapp-linkedin.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Port Strategy Notes | LinkedIn', 'https://www.linkedin.com/newsletters/port-strategy-notes-7123456789012345678'), [
    it1('Why berth windows matter more than cranes', 'https://www.linkedin.com/pulse/why-berth-windows-matter-more-than-cranes-anna-berg-abcde', `<guid isPermaLink="false">3f1e2d3c4b5a69788796a5b4c3d2e1f0</guid><dc:creator><![CDATA[Anna Berg]]></dc:creator>${DATE}<description><![CDATA[<div><img src="https://media.licdn.com/dms/image/v2/D4D12AQF1a2b3c4d5e6/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1764200000000?e=2147483647&amp;v=beta&amp;t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789" style="width: 100%;" /><div>Terminals that keep their berth windows lose less time than those that buy more cranes.</div></div>]]></description><media:content url="https://media.licdn.com/dms/image/v2/D4D12AQF1a2b3c4d5e6/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1764200000000?e=2147483647&amp;v=beta&amp;t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789" medium="image"/>`),
  ]) },
  // Shopify's blog Atom: the shop as author, an article picture cut "_600x" with a "?v=" version.
  { path: '/unseen56/shopify.xml', type: ATOM_TYPE, doc: atom('', `<title>Harbour Supply Co. - News</title><id>https://harboursupply.example.com/blogs/news</id><updated>${ISO}</updated><link rel="alternate" type="text/html" href="https://harboursupply.example.com/blogs/news"/>`, [
    `<entry><id>https://harboursupply.example.com/blogs/news/110223344</id><published>2026-11-27T10:05:00+00:00</published><updated>${ISO}</updated><link rel="alternate" type="text/html" href="https://harboursupply.example.com/blogs/news/winter-rope-care"/><title>Winter rope care</title><author><name>Harbour Supply Co.</name></author><content type="html">&lt;p&gt;&lt;img src="//harboursupply.example.com/cdn/shop/articles/rope_600x.jpg?v=1764200000" alt="Coiled rope"&gt;&lt;/p&gt;&lt;p&gt;Salt and frost shorten a rope's life: rinse it and dry it before storing it.&lt;/p&gt;</content><summary type="html">&lt;p&gt;Salt and frost shorten a rope's life.&lt;/p&gt;</summary></entry>`,
  ]) },
  // SAPO Blogs (Portugal): dc:creator, the picture in the copy on SAPO's image host.
  { path: '/unseen56/sapo.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Cais do Sodré', 'https://caisdosodre.blogs.sapo.pt'), [
    it1('O cacilheiro volta ao Tejo', 'https://caisdosodre.blogs.sapo.pt/o-cacilheiro-volta-ao-tejo-123456', `<description><![CDATA[<p><img src="https://cdn.blogs.sapo.pt/a/b/c/cacilheiro.jpg" width="640" height="427"></p><p>O cacilheiro restaurado volta a atravessar o Tejo no sábado.</p>]]></description><dc:creator>Inês Duarte</dc:creator>${DATE}<guid isPermaLink="true">https://caisdosodre.blogs.sapo.pt/o-cacilheiro-volta-ao-tejo-123456</guid>`),
  ]) },

  // Podcast hosts.
  // Apple Podcasts' own hosted feed: no <link> per episode, the guid a uuid, itunes:summary, the episode's image.
  { path: '/unseen56/apple.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, head('Lighthouse Keepers', 'https://podcasts.apple.com/us/podcast/lighthouse-keepers/id1712345678'), [
    `<item><title>The last keeper of Longships</title><guid isPermaLink="false">6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f</guid>${DATE}<itunes:summary>The last keeper of Longships remembers the night the lamp failed.</itunes:summary><itunes:author>Kerensa Hall</itunes:author><itunes:image href="https://is1-ssl.mzstatic.com/image/thumb/Podcasts126/v4/ab/cd/ef/abcdef12-3456-7890-abcd-ef1234567890/mza_1234567890.jpg/3000x3000bb.jpg"/><itunes:episodeType>full</itunes:episodeType><enclosure url="https://podcasts.apple.com/assets/episodes/longships.m4a" type="audio/x-m4a" length="0"/></item>`,
  ]) },
  // Spotify for Podcasters (formerly Anchor): html description, dc:creator, the episode's image on its CDN.
  { path: '/unseen56/spotify.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${DC}`, head('Tug Talk', 'https://podcasters.spotify.com/pod/show/tugtalk'), [
    it1('Tug Talk 14: escort towing', 'https://podcasters.spotify.com/pod/show/tugtalk/episodes/Tug-Talk-14-escort-towing-e2q1abc', `<description><![CDATA[<p>Two tug masters on escorting tankers in the Solent.</p>]]></description><guid isPermaLink="false">0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d</guid><dc:creator><![CDATA[Tug Talk]]></dc:creator>${DATE}<enclosure url="https://anchor.fm/s/f1e2d3c4/podcast/play/91234567/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fstaging%2F2026-10-27%2Fep14.mp3" length="0" type="audio/mpeg"/><itunes:image href="https://d3t3ozftmdmh3i.cloudfront.net/staging/podcast_uploaded_episode/41234567/41234567-1764200000000-ab12cd34ef56.jpg"/>`),
  ]) },

  // Public bodies.
  // Canada.ca's news API as Atom: the department as author, a summary, a link with its query.
  { path: '/unseen56/canada.xml', type: ATOM_TYPE, doc: atom('', `<title>Canada News Centre</title><id>https://api.io.canada.ca/io-server/gc/news/en/v2?dept=transportcanada&amp;type=newsreleases&amp;format=atom</id><updated>${ISO}</updated>`, [
    `<entry><title>Minister announces funding for the Port of Saint John</title><link href="https://www.canada.ca/en/transport-canada/news/2026/11/minister-announces-funding-for-the-port-of-saint-john.html"/><id>https://www.canada.ca/en/transport-canada/news/2026/11/minister-announces-funding-for-the-port-of-saint-john.html</id><updated>2026-11-27T05:05:00-05:00</updated><author><name>Transport Canada</name></author><summary type="html">The Minister of Transport announced $12 million for the Port of Saint John.</summary></entry>`,
  ]) },
  // gov.scot's news RSS: a plain description, "GMT" dates, the guid its page.
  { path: '/unseen56/govscot.xml', type: RSS_TYPE, doc: channel('', head('News - gov.scot', 'https://www.gov.scot/news/'), [
    it1('Ferry fares freeze extended', 'https://www.gov.scot/news/ferry-fares-freeze-extended/', `<description>Fares on Clyde and Hebrides ferry routes will stay frozen until March 2027.</description><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><guid>https://www.gov.scot/news/ferry-fares-freeze-extended/</guid>`),
  ]) },
  // gov.ie's press releases: the department in the title's tail, an Irish-time date.
  { path: '/unseen56/govie.xml', type: RSS_TYPE, doc: channel('', head('gov.ie - Press releases', 'https://www.gov.ie/en/press-releases/'), [
    it1('Minister opens new Rosslare Europort terminal', 'https://www.gov.ie/en/department-of-transport/press-releases/minister-opens-new-rosslare-europort-terminal/', `<description>&lt;p&gt;The Minister for Transport opened the new terminal at Rosslare Europort on Friday.&lt;/p&gt;</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><guid>https://www.gov.ie/en/department-of-transport/press-releases/minister-opens-new-rosslare-europort-terminal/</guid>`),
  ]) },
  // gov.sg: a "+0800" date, the description cut with an ellipsis.
  { path: '/unseen56/govsg.xml', type: RSS_TYPE, doc: channel('', head('gov.sg | Singapore Government', 'https://www.gov.sg'), [
    it1('Tuas Port opens three more berths', 'https://www.gov.sg/article/tuas-port-opens-three-more-berths', `<description>Three more berths at Tuas Port began operations on 27 November...</description><pubDate>Fri, 27 Nov 2026 18:05:00 +0800</pubDate><guid>https://www.gov.sg/article/tuas-port-opens-three-more-berths</guid>`),
  ]) },
  // NHS England's news (WordPress): dc:creator a team, "The post … appeared first on NHS England."
  { path: '/unseen56/nhs.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('NHS England', 'https://www.england.nhs.uk'), [
    it1('Winter flu jabs reach ten million', 'https://www.england.nhs.uk/2026/11/winter-flu-jabs-reach-ten-million/', `<dc:creator><![CDATA[NHS England Communications]]></dc:creator>${DATE}<category><![CDATA[News]]></category><guid isPermaLink="false">https://www.england.nhs.uk/?p=212345</guid><description><![CDATA[<p>Ten million people have had their winter flu jab.</p>
<p>The post <a href="https://www.england.nhs.uk/2026/11/winter-flu-jabs-reach-ten-million/">Winter flu jabs reach ten million</a> appeared first on <a href="https://www.england.nhs.uk">NHS England</a>.</p>]]></description>`),
  ]) },
  // Japan's foreign ministry: RSS 1.0 (RDF), dc:date with "+09:00", no description.
  { path: '/unseen56/mofa-jp.rdf', type: RSS_TYPE, doc: `<?xml version="1.0" encoding="UTF-8"?><rdf:RDF ${RDF} xmlns="http://purl.org/rss/1.0/" ${DC}><channel rdf:about="https://www.mofa.go.jp/rss/press.rdf"><title>MOFA Press Releases</title><link>https://www.mofa.go.jp/press/release/</link><description>Press releases</description></channel><item rdf:about="https://www.mofa.go.jp/press/release/pressite_000001_01234.html"><title>Visit of the Foreign Minister of Chile to Japan</title><link>https://www.mofa.go.jp/press/release/pressite_000001_01234.html</link><dc:date>2026-11-27T19:05:00+09:00</dc:date></item></rdf:RDF>` },
  // China's foreign ministry: a date with no zone ("2026-11-27 18:05"), the page's relative link.
  { path: '/unseen56/mfa-cn.xml', type: RSS_TYPE, doc: channel('', head('Ministry of Foreign Affairs of the People\'s Republic of China', 'https://www.fmprc.gov.cn/eng/'), [
    it1('Foreign Ministry Spokesperson\'s Regular Press Conference on November 27, 2026', 'https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202611/t20261127_11234567.html', `<description>The spokesperson answered questions on shipping in the Red Sea.</description><pubDate>2026-11-27 18:05:00</pubDate>`),
  ]) },
  // DFAT (Drupal): the minister's release, dc:creator the site account, the body escaped.
  { path: '/unseen56/dfat.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Department of Foreign Affairs and Trade', 'https://www.dfat.gov.au'), [
    it1('Australia and Indonesia sign a maritime cooperation plan', 'https://www.dfat.gov.au/news/media-release/australia-and-indonesia-sign-maritime-cooperation-plan', `<description>&lt;p&gt;Australia and Indonesia signed a maritime cooperation plan in Jakarta on Friday.&lt;/p&gt;</description><pubDate>Fri, 27 Nov 2026 21:05:00 +1100</pubDate><dc:creator>dfat_admin</dc:creator><guid isPermaLink="false">48123 at https://www.dfat.gov.au</guid>`),
  ]) },
  // The IFRC's news: the place and the date run into the copy's start, a picture in an enclosure.
  { path: '/unseen56/ifrc.xml', type: RSS_TYPE, doc: channel('', head('IFRC - Press releases', 'https://www.ifrc.org/news'), [
    it1('Cyclone response scaled up in Mozambique', 'https://www.ifrc.org/press-release/cyclone-response-scaled-mozambique', `<description>&lt;p&gt;Geneva/Maputo, 27 November 2026 – The IFRC has scaled up its response to the cyclone in Mozambique.&lt;/p&gt;</description>${DATE}<enclosure url="https://www.ifrc.org/sites/default/files/styles/card_image/public/2026-11/mozambique.jpg?itok=Ab12Cd34" type="image/jpeg" length="0"/><guid isPermaLink="false">node-31234</guid>`),
  ]) },
  // The IMF's press releases: a release number in the title, "GMT" dates.
  { path: '/unseen56/imf.xml', type: RSS_TYPE, doc: channel('', head('IMF Press Releases', 'https://www.imf.org/en/News'), [
    it1('IMF Staff Reaches Staff-Level Agreement with Sri Lanka', 'https://www.imf.org/en/News/Articles/2026/11/27/pr26412-sri-lanka-imf-staff-reaches-staff-level-agreement', `<description>An IMF team reached a staff-level agreement with Sri Lanka on the sixth review of its programme.</description><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><guid>https://www.imf.org/en/News/Articles/2026/11/27/pr26412-sri-lanka-imf-staff-reaches-staff-level-agreement</guid>`),
  ]) },
  // The World Bank's press releases: "EST" dates, the description html.
  { path: '/unseen56/worldbank.xml', type: RSS_TYPE, doc: channel('', head('World Bank - Press Releases', 'https://www.worldbank.org/en/news/all'), [
    it1('World Bank Approves Financing for Bangladesh Ports', 'https://www.worldbank.org/en/news/press-release/2026/11/27/world-bank-approves-financing-for-bangladesh-ports', `<description>&lt;p&gt;WASHINGTON, November 27, 2026 — The World Bank approved $400 million to modernise Bangladesh's ports.&lt;/p&gt;</description><pubDate>Fri, 27 Nov 2026 05:05:00 EST</pubDate>`),
  ]) },
  // data.gov.in: a catalogue's new resource, its ministry as dc:creator, an IST date.
  { path: '/unseen56/datagovin.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Open Government Data (OGD) Platform India', 'https://data.gov.in'), [
    it1('Cargo handled at major ports from April to October 2026', 'https://data.gov.in/resource/cargo-handled-major-ports-april-october-2026', `<description>Commodity-wise cargo handled at the twelve major ports from April to October 2026.</description><dc:creator>Ministry of Ports, Shipping and Waterways</dc:creator><pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate><guid isPermaLink="false">resource-7a8b9c0d</guid>`),
  ]) },
];

describe('unseen feeds, the fifty-fifth round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // The feed's Reuters picture stays beside a wider copy of ANOTHER picture on the same "/resources/r/" path (its "i=" names it).
      "Ceasefire talks resume": { link: "https://desk.example.org/ceasefire-talks", published: PUBLISHED, author: null, image: "https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=1111111111&w=200&r=LYNXMPEMAQ0AB", categories: [],
        text: "Ceasefire talks resumed in Doha on Friday." },
      // A PNG photo the CMS cut to several widths (its srcset) is the story's picture, though its name reads as a tracker's.
      "Fitness trackers under review": { link: "https://desk.example.org/fitness-trackers", published: PUBLISHED, author: null, image: "https://desk.example.org/wp-content/uploads/2026/11/fitness-tracker.png", categories: [],
        text: "The regulator will review the accuracy of fitness trackers." },
      // A button's word inside a sentence stays; the share button alone goes.
      "How to register for the postal vote": { link: "https://desk.example.org/postal-vote", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Open the council's site and press Register to start." },
      // Moodle's poster names the author, and leaves the copy.
      "Library hours over Christmas": { link: "https://learn.maritimecollege.example.ac.uk/mod/forum/discuss.php?d=346&parent=679", published: PUBLISHED, author: "Owen Pryce", image: null, categories: [],
        text: "The library closes at noon on 24 December and opens again on 2 January." },
      // PubMed's citation, "ABSTRACT" and "PMID: … | DOI: …" go: the abstract is the copy. dc:date a day; utm_* leave the link.
      "Grey seal pup counts on the Farne Islands": { link: "https://pubmed.ncbi.nlm.nih.gov/41234570/", published: "2026-11-27T00:00:00.000Z", author: "Ruth Okafor", image: null, categories: [],
        text: "Pup counts on the Farne Islands doubled between 2016 and 2026." },
      // Eidos Méthode: the "1.4412345" link and guid, dc:creator; Polopoly's derivative is pinned as written (no documented rule gives its original).
      "Ferry strike called off after late talks": { link: "https://www.harbourtimes.example.ie/news/ireland/ferry-strike-called-off-after-late-talks-1.4412345", published: PUBLISHED, author: "Síle Ní Bhriain", image: "https://www.harbourtimes.example.ie/polopoly_fs/1.4412346.1764200000!/image/image.jpg_gen/derivatives/box_620_330/image.jpg", categories: [],
        text: "Unions called off Monday's ferry strike after talks ran late into Thursday night." },
      // Pugpig's OPDS Atom: its "http://opds-spec.org/image" link is the picture (it was lost), not the thumbnail beside it.
      "Suez transits back above 2023 levels": { link: "https://www.shippingweekly.example.com/suez-transits-2023-levels", published: PUBLISHED, author: "Marta Kowalska", image: "https://cdn.shippingweekly.example.com/images/8812/suez.jpg", categories: [],
        text: "Transits through the Suez Canal rose above their 2023 level in November." },
      // Glide: the enclosure is the same picture asked wider than the media:content.
      "Lifeboat station wins lottery grant": { link: "https://www.coastcourier.example.co.uk/news/lifeboat-station-wins-lottery-grant", published: PUBLISHED, author: "Tom Penrose", image: "https://images.coastcourier.example.co.uk/9c1a2b3d-slipway.jpg?width=1600&height=900", categories: [],
        text: "The lifeboat station at Sennen Cove will use the grant to replace its slipway." },
      // Atex (Polopoly): Danish copy; the media:thumbnail kept as written (its "policy:" path names no rule for an original).
      "Havnetunnel åbner i 2031": { link: "https://www.nordhavnavis.example.dk/nyheder/havnetunnel-aabner-i-2031", published: PUBLISHED, author: "Mette Holm", image: "https://www.nordhavnavis.example.dk/image/policy:1.998877:1764200000/havnetunnel.jpg?f=Wide&w=1200&q=0.8", categories: [],
        text: "Den nye havnetunnel under Nordhavn åbner i 2031, oplyser Vejdirektoratet." },
      // LinkedIn through RSS.app: the licdn address keeps its expiry and token (signed).
      "Why berth windows matter more than cranes": { link: "https://www.linkedin.com/pulse/why-berth-windows-matter-more-than-cranes-anna-berg-abcde", published: PUBLISHED, author: "Anna Berg", image: "https://media.licdn.com/dms/image/v2/D4D12AQF1a2b3c4d5e6/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1764200000000?e=2147483647&v=beta&t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", categories: [],
        text: "Terminals that keep their berth windows lose less time than those that buy more cranes." },
      // Shopify's blog Atom: the "_600x" cut gives way to the upload, its "?v=" version kept; the shop is the author.
      "Winter rope care": { link: "https://harboursupply.example.com/blogs/news/winter-rope-care", published: PUBLISHED, author: "Harbour Supply Co.", image: "https://harboursupply.example.com/cdn/shop/articles/rope.jpg?v=1764200000", categories: [],
        text: "Salt and frost shorten a rope's life: rinse it and dry it before storing it." },
      // SAPO Blogs.
      "O cacilheiro volta ao Tejo": { link: "https://caisdosodre.blogs.sapo.pt/o-cacilheiro-volta-ao-tejo-123456", published: PUBLISHED, author: "Inês Duarte", image: "https://cdn.blogs.sapo.pt/a/b/c/cacilheiro.jpg", categories: [],
        text: "O cacilheiro restaurado volta a atravessar o Tejo no sábado." },
      // Apple Podcasts: no <link>, so the episode's audio is its address (as earlier rounds pin); mzstatic's 3000x3000 art.
      "The last keeper of Longships": { link: "https://podcasts.apple.com/assets/episodes/longships.m4a", published: PUBLISHED, author: "Kerensa Hall", image: "https://is1-ssl.mzstatic.com/image/thumb/Podcasts126/v4/ab/cd/ef/abcdef12-3456-7890-abcd-ef1234567890/mza_1234567890.jpg/3000x3000bb.jpg", categories: [],
        text: "The last keeper of Longships remembers the night the lamp failed." },
      // Spotify for Podcasters: dc:creator the show; the episode's art.
      "Tug Talk 14: escort towing": { link: "https://podcasters.spotify.com/pod/show/tugtalk/episodes/Tug-Talk-14-escort-towing-e2q1abc", published: PUBLISHED, author: "Tug Talk", image: "https://d3t3ozftmdmh3i.cloudfront.net/staging/podcast_uploaded_episode/41234567/41234567-1764200000000-ab12cd34ef56.jpg", categories: [],
        text: "Two tug masters on escorting tankers in the Solent." },
      // Canada.ca's Atom: the department as author, a "-05:00" update time.
      "Minister announces funding for the Port of Saint John": { link: "https://www.canada.ca/en/transport-canada/news/2026/11/minister-announces-funding-for-the-port-of-saint-john.html", published: PUBLISHED, author: "Transport Canada", image: null, categories: [],
        text: "The Minister of Transport announced $12 million for the Port of Saint John." },
      // gov.scot: "GMT" dates.
      "Ferry fares freeze extended": { link: "https://www.gov.scot/news/ferry-fares-freeze-extended/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Fares on Clyde and Hebrides ferry routes will stay frozen until March 2027." },
      // gov.ie: escaped html.
      "Minister opens new Rosslare Europort terminal": { link: "https://www.gov.ie/en/department-of-transport/press-releases/minister-opens-new-rosslare-europort-terminal/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The Minister for Transport opened the new terminal at Rosslare Europort on Friday." },
      // gov.sg: a "+0800" date; the cut description keeps its dots (the feed's own words).
      "Tuas Port opens three more berths": { link: "https://www.gov.sg/article/tuas-port-opens-three-more-berths", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Three more berths at Tuas Port began operations on 27 November..." },
      // NHS England (WordPress): "The post … appeared first on NHS England." goes.
      "Winter flu jabs reach ten million": { link: "https://www.england.nhs.uk/2026/11/winter-flu-jabs-reach-ten-million/", published: PUBLISHED, author: "NHS England Communications", image: null, categories: ["News"],
        text: "Ten million people have had their winter flu jab." },
      // Japan's foreign ministry: RSS 1.0, dc:date at "+09:00", no description.
      "Visit of the Foreign Minister of Chile to Japan": { link: "https://www.mofa.go.jp/press/release/pressite_000001_01234.html", published: PUBLISHED, author: null, image: null, categories: [],
        text: "" },
      // China's foreign ministry: a date with no zone is read at China's clock.
      "Foreign Ministry Spokesperson's Regular Press Conference on November 27, 2026": { link: "https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202611/t20261127_11234567.html", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The spokesperson answered questions on shipping in the Red Sea." },
      // DFAT (Drupal): "dfat_admin" names no one.
      "Australia and Indonesia sign a maritime cooperation plan": { link: "https://www.dfat.gov.au/news/media-release/australia-and-indonesia-sign-maritime-cooperation-plan", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Australia and Indonesia signed a maritime cooperation plan in Jakarta on Friday." },
      // The IFRC: "Geneva/Maputo, 27 November 2026 –" is a dateline of two offices (it stood in the copy); Drupal's image style gives the file.
      "Cyclone response scaled up in Mozambique": { link: "https://www.ifrc.org/press-release/cyclone-response-scaled-mozambique", published: PUBLISHED, author: null, image: "https://www.ifrc.org/sites/default/files/2026-11/mozambique.jpg", categories: [],
        text: "The IFRC has scaled up its response to the cyclone in Mozambique." },
      // The IMF: "GMT" dates.
      "IMF Staff Reaches Staff-Level Agreement with Sri Lanka": { link: "https://www.imf.org/en/News/Articles/2026/11/27/pr26412-sri-lanka-imf-staff-reaches-staff-level-agreement", published: PUBLISHED, author: null, image: null, categories: [],
        text: "An IMF team reached a staff-level agreement with Sri Lanka on the sixth review of its programme." },
      // The World Bank: its capitals' dateline goes, "EST" read.
      "World Bank Approves Financing for Bangladesh Ports": { link: "https://www.worldbank.org/en/news/press-release/2026/11/27/world-bank-approves-financing-for-bangladesh-ports", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The World Bank approved $400 million to modernise Bangladesh's ports." },
      // data.gov.in: the ministry as dc:creator, an IST date.
      "Cargo handled at major ports from April to October 2026": { link: "https://data.gov.in/resource/cargo-handled-major-ports-april-october-2026", published: PUBLISHED, author: "Ministry of Ports, Shipping and Waterways", image: null, categories: [],
        text: "Commodity-wise cargo handled at the twelve major ports from April to October 2026." },
    });
  });
});
