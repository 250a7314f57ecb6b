import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ITUNES, ISO, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-fourth round of unseen feeds as README counts them (the file is numbered after unseen54, the fifty-third round's): the
 * picture addresses earlier rounds left (Drupal's image styles and Podigee's image proxy, now their originals; Dailymotion's, TYPO3's,
 * Wagtail's, the Jakarta Post's, Reuters', Omny's, GlobeNewswire's and the Japan Times' pinned as they are), two agencies' lines and a
 * sign-off, and platforms no round tried (Webflow, RedCircle, Mataroa, Kajabi, Patreon, Ko-fi, phpBB, NodeBB, Invision Community, Moodle,
 * Liferay, DNN, ProcessWire, Gatsby, Quarto, Bandcamp Daily, DSpace, bioRxiv, PubMed, EUR-Lex, NASA, the ECB), each served from a real
 * local server, added and polled through POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen55-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;
const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';

const FEEDS: UnseenFeed[] = [
  // Leftovers
  { path: '/unseen55/drupal.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Harbour Herald', 'https://www.harbourherald.example.com'), [
    it1('Ferry fares frozen for 2027', 'https://www.harbourherald.example.com/news/20261127/ferry-fares-frozen-2027', `<description><![CDATA[<p><img src="https://www.harbourherald.example.com/sites/default/files/styles/jg_article_image/public/media/article_images/2026/11/27/ferry.jpg?itok=Ab3dE5fG" alt="The ferry"></p><p>Fares on the island ferry stay as they are until 2027.</p>]]></description>${DATE}`),
    it1('Breakwater works start', 'https://www.harbourherald.example.com/news/20261127/breakwater', `<description>Work on the breakwater starts on Monday.</description><media:content url="https://www.harbourherald.example.com/sites/default/files/styles/thumbnail/public/2026-11/breakwater.jpg.webp?h=1f2e3d4c&amp;itok=XyZ12345" medium="image" type="image/webp"/>${DATE}`),
  ]) },
  { path: '/unseen55/podigee.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, head('Hafenfunk', 'https://hafenfunk.podigee.io'), [
    it1('Folge 9: Lotsen auf der Elbe', 'https://hafenfunk.podigee.io/9-lotsen', `<description>Zwei Lotsen erzählen von der Elbe.</description><itunes:author>Jana Petersen</itunes:author><itunes:image href="https://images.podigee-cdn.net/0x,sQ3nT8pLw2Vx6Kd9Rb4Ym1Zc7Hf5Js0Ga3Ue8Oi2Nq6W=/https://main.podigee-cdn.net/uploads/u1/9.jpg"/>${DATE}<enclosure url="https://cdn.podigee.com/media/podcast_1_hafenfunk_episode_9.mp3" type="audio/mpeg" length="0"/>`),
  ]) },
  { path: '/unseen55/pinned.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${ITUNES}`, head('Picture Desk', 'https://desk.example.org'), [
    it1('Crane video', 'https://www.dailymotion.com/video/x8abcde', `<description>The new crane lifts its first box.</description><media:thumbnail url="https://s1.dmcdn.net/v/AbCdE1aBcDeFgHiJ/x240" width="427" height="240"/>${DATE}`),
    it1('Hafen bei Nacht', 'https://www.hafen.example.de/nacht', `<description><![CDATA[<img src="https://www.hafen.example.de/fileadmin/_processed_/5/3/csm_hafen_4b2c3d1e2f.jpg" width="600"><p>Der Hafen bei Nacht.</p>]]></description>${DATE}`),
    it1('Pier reopens', 'https://www.pier.example.org.uk/news/pier-reopens/', `<description><![CDATA[<img src="https://media.pier.example.org.uk/images/pier.fill-300x200.jpg" alt=""><p>The pier reopened on Friday.</p>]]></description>${DATE}`),
    it1('Jakarta floods recede', 'https://www.thejakartapost.com/indonesia/2026/11/27/floods-recede.html', `<description>The floods in North Jakarta receded on Friday.</description><media:content url="https://img.jakpost.net/c/2026/11/27/2026_11_27_123456_1764200000._medium.jpg" medium="image"/>${DATE}`),
    it1('Talks resume', 'https://www.reuters.example.com/world/talks-resume', `<description><![CDATA[<img src="https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=1234567890&w=200&fh=&fw=&ll=&pl=&sq=&r=LYNXMPEMAQ0AB" /><p>Talks resumed in Geneva on Friday.</p>]]></description>${DATE}`),
    it1('The quay at dawn', 'https://omny.fm/shows/quay/the-quay-at-dawn', `<description>An hour on the quay before the first shift.</description><itunes:image href="https://www.omnycontent.com/d/clips/aaa/bbb/ccc/image.jpg?t=1764200000&amp;size=Large"/><enclosure url="https://traffic.omny.fm/d/clips/aaa/bbb/ccc/audio.mp3" type="audio/mpeg" length="0"/>${DATE}`),
    it1('Harbor Logistics opens a depot', 'https://www.globenewswire.com/news-release/2026/11/27/1/0/en/depot.html', `<description>Harbor Logistics opened a depot in Rotterdam.</description><media:content url="https://ml.globenewswire.com/Resource/Download/0a1b2c3d-1111-2222-3333-444455556666?size=3" medium="image" type="image/jpeg"/>${DATE}`),
    it1('Osaka port adds a berth', 'https://www.japantimes.co.jp/news/2026/11/27/japan/osaka-berth/', `<description>Osaka port opened a new berth on Friday.</description><media:content url="https://www.japantimes.co.jp/japantimes/uploads/images/2026/11/27/123456.jpg?w=1200" medium="image"/>${DATE}`),
    it1('Two agencies on the talks', 'https://desk.example.org/two-agencies', `<description><![CDATA[Reuters: Talks resumed in Geneva on Friday, diplomats said.<br>AP: The talks will run into next week, a spokesperson said.]]></description>${DATE}`),
    it1('The Friday letter', 'https://desk.example.org/friday-letter', `<description><![CDATA[<p>The harbour festival is on Saturday.</p><p>Cheers, Georgia</p>]]></description>${DATE}`),
  ]) },
  // Platforms not tried.
  // Webflow's CMS collection RSS: media:content of the upload, a responsive variant ("-p-800") in the copy.
  { path: '/unseen55/webflow.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Dockside Studio Journal', 'https://www.docksidestudio.example.com/journal'), [
    it1('Repainting the lightship', 'https://www.docksidestudio.example.com/journal/repainting-the-lightship', `<guid>https://www.docksidestudio.example.com/journal/repainting-the-lightship</guid><description>The lightship Gull was repainted in her 1950s red.</description>${DATE}<media:content medium="image" url="https://cdn.prod.website-files.com/64a1b2c3d4e5f6a7b8c9d0e1/65f0e1d2c3b4a5968778695a_lightship.jpg"/><media:thumbnail url="https://cdn.prod.website-files.com/64a1b2c3d4e5f6a7b8c9d0e1/65f0e1d2c3b4a5968778695a_lightship-p-500.jpg"/>`),
  ]) },
  // RedCircle's podcast RSS: html description, itunes:image per episode, itunes:author.
  { path: '/unseen55/redcircle.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${CONTENT}`, head('Bridge Watch', 'https://redcircle.com/shows/bridge-watch'), [
    it1('Bridge Watch 31: the night shift', 'https://redcircle.com/shows/bridge-watch/episodes/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', `<description><![CDATA[<p>A night on the bridge of a car carrier.</p>]]></description><content:encoded><![CDATA[<p>A night on the bridge of a car carrier.</p>]]></content:encoded><itunes:author>Tom Hale</itunes:author><itunes:image href="https://media.redcircle.com/images/2026/11/27/10/ab12cd34-ep31.jpg"/><guid isPermaLink="false">0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b</guid>${DATE}<enclosure url="https://stream.redcircle.com/episodes/0f1e2d3c/stream.mp3" type="audio/mpeg" length="0"/>`),
  ]) },
  // Mataroa's RSS: escaped html, no author, the guid the link.
  { path: '/unseen55/mataroa.xml', type: RSS_TYPE, doc: channel('', head('lockkeeper', 'https://lockkeeper.mataroa.blog'), [
    it1('Winter on the Kennet', 'https://lockkeeper.mataroa.blog/blog/winter-on-the-kennet/', `<description>&lt;p&gt;Ice closed three locks on the Kennet this morning.&lt;/p&gt;</description><guid>https://lockkeeper.mataroa.blog/blog/winter-on-the-kennet/</guid>${DATE}`),
  ]) },
  // Kajabi's blog RSS: the post's picture as media:content on Kajabi's CDN, html description.
  { path: '/unseen55/kajabi.xml', type: RSS_TYPE, doc: channel(`${MEDIA}`, head('Sea School Blog', 'https://www.seaschool.example.com/blog'), [
    it1('Five knots every skipper should tie', 'https://www.seaschool.example.com/blog/five-knots', `<description><![CDATA[<p>The bowline, the clove hitch and three more.</p>]]></description><media:content url="https://kajabi-storefronts-production.kajabi-cdn.com/kajabi-storefronts-production/file-uploads/blogs/2147500000/images/ab12-knots.jpg" medium="image"/>${DATE}<guid>https://www.seaschool.example.com/blog/five-knots</guid>`),
  ]) },
  // Patreon's public RSS of a creator: a public post with html, a locked post with a title and a link only.
  { path: '/unseen55/patreon.xml', type: RSS_TYPE, doc: channel('', head('Tidewater Films | Patreon', 'https://www.patreon.com/tidewaterfilms'), [
    it1('The boatyard film is finished', 'https://www.patreon.com/posts/boatyard-film-is-112233445', `<description><![CDATA[<p>The boatyard film is finished and goes to the festival next week.</p>]]></description><guid isPermaLink="false">112233445</guid>${DATE}`),
    it1('Rough cut: the dredger', 'https://www.patreon.com/posts/rough-cut-dredger-112233446', `<guid isPermaLink="false">112233446</guid>${DATE}`),
  ]) },
  // Ko-fi's posts RSS: html description with the post's picture.
  { path: '/unseen55/kofi.xml', type: RSS_TYPE, doc: channel('', head('Harbour Sketches', 'https://ko-fi.com/harboursketches'), [
    it1('Sketching the herring boats', 'https://ko-fi.com/post/Sketching-the-herring-boats-A0B1C2D3', `<description><![CDATA[<p><img src="https://storage.ko-fi.com/cdn/useruploads/post/0a1b2c3d_herring.jpg" /></p><p>Six herring boats, drawn from the harbour wall.</p>]]></description>${DATE}<guid>https://ko-fi.com/post/Sketching-the-herring-boats-A0B1C2D3</guid>`),
  ]) },
  // Forums.
  // phpBB's Atom (app.php/feed): "Forum • Topic" titles, the author's name in CDATA, the post's "Statistics: Posted by" line under it.
  { path: '/unseen55/phpbb.xml', type: ATOM_TYPE, doc: atom(' xml:lang="en-gb"', `<link rel="self" type="application/atom+xml" href="https://forum.canalboats.example.org/app.php/feed"/><title>Canal Boat Forum</title><link href="https://forum.canalboats.example.org/index.php"/><updated>${ISO}</updated><id>https://forum.canalboats.example.org/index.php</id>`, [
    `<entry><author><name><![CDATA[narrowboat_nell]]></name></author><updated>${ISO}</updated><published>${ISO}</published><id>https://forum.canalboats.example.org/viewtopic.php?p=48213#p48213</id><link href="https://forum.canalboats.example.org/viewtopic.php?p=48213#p48213"/><title type="html"><![CDATA[Moorings • Winter moorings on the Oxford canal]]></title><category term="Moorings" scheme="https://forum.canalboats.example.org/viewforum.php?f=7" label="Moorings"/><content type="html" xml:base="https://forum.canalboats.example.org/viewtopic.php?p=48213#p48213"><![CDATA[The winter moorings at Banbury are full until March.<p>Statistics: Posted by <a href="https://forum.canalboats.example.org/memberlist.php?mode=viewprofile&amp;u=512">narrowboat_nell</a> — Fri Nov 27, 2026 10:05 am</p><hr />
]]></content></entry>`,
  ]) },
  // NodeBB's category RSS: dc:creator in CDATA, html description.
  { path: '/unseen55/nodebb.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Harbour Pilots - Community', 'https://community.harbourpilots.example.org/category/3/harbour-pilots'), [
    it1('<![CDATA[New pilot boarding point off Harwich]]>', 'https://community.harbourpilots.example.org/topic/412/new-pilot-boarding-point-off-harwich', `<description><![CDATA[<p dir="auto">The boarding point moves two miles east from Monday.</p>\n]]></description><guid isPermaLink="true">https://community.harbourpilots.example.org/topic/412/new-pilot-boarding-point-off-harwich</guid><dc:creator><![CDATA[pilot_jo]]></dc:creator>${DATE}`),
  ]) },
  // Invision Community's forum RSS: a number as the guid, html description.
  { path: '/unseen55/invision.xml', type: RSS_TYPE, doc: channel('', head('Tug Enthusiasts Latest Topics', 'https://www.tugforum.example.com/'), [
    it1('Tug Brocklebank returns to the Mersey', 'https://www.tugforum.example.com/topic/9876-tug-brocklebank-returns-to-the-mersey/', `<description><![CDATA[<p>\n\tThe tug Brocklebank was towed back to the Mersey on Friday.\n</p>\n]]></description><guid isPermaLink="false">9876</guid>${DATE}`),
  ]) },
  // Moodle's forum RSS: "by Name." before the message, an encoded &nbsp;.
  { path: '/unseen55/moodle.xml', type: RSS_TYPE, doc: channel('', head('Maritime College: Announcements', 'https://learn.maritimecollege.example.ac.uk/mod/forum/view.php?f=12'), [
    it1('Simulator room closed on Monday', 'https://learn.maritimecollege.example.ac.uk/mod/forum/discuss.php?d=345&amp;parent=678', `<description>by Helen Marsh. &amp;nbsp;&lt;p&gt;The bridge simulator room is closed on Monday for servicing.&lt;/p&gt;</description><guid isPermaLink="true">https://learn.maritimecollege.example.ac.uk/mod/forum/discuss.php?d=345&amp;parent=678</guid>${DATE}`),
  ]) },
  // Enterprise CMSs.
  // Liferay's asset publisher Atom: the summary as html, the author's name, dc:creator beside it.
  { path: '/unseen55/liferay.xml', type: ATOM_TYPE, doc: atom(` ${DC}`, `<title>Port Authority News</title><link rel="self" href="https://www.portauthority.example.pt/web/guest/news/-/asset_publisher/AbCd/rss"/><id>https://www.portauthority.example.pt/web/guest/news</id><updated>${ISO}</updated>`, [
    `<entry><title>Sines terminal expansion approved</title><link rel="alternate" href="https://www.portauthority.example.pt/web/guest/news/-/asset_publisher/AbCd/content/sines-terminal-expansion-approved"/><author><name>Rita Sousa</name></author><id>https://www.portauthority.example.pt/c/journal/view_article?articleId=412345</id><updated>${ISO}</updated><published>${ISO}</published><summary type="html">&lt;p&gt;The government approved the expansion of the Sines container terminal.&lt;/p&gt;</summary><dc:creator>Rita Sousa</dc:creator><dc:date>${ISO}</dc:date></entry>`,
  ]) },
  // DNN's (DotNetNuke's) news module RSS: an ArticleID path, "GMT" dates, an email alone as author.
  { path: '/unseen55/dnn.xml', type: RSS_TYPE, doc: channel('', head('County Harbour Board', 'https://www.harbourboard.example.gov/News'), [
    it1('Harbour dues for 2027 set', 'https://www.harbourboard.example.gov/News/ArticleID/1234/Harbour-dues-for-2027-set', `<description>&lt;p&gt;The board set the harbour dues for 2027 at its November meeting.&lt;/p&gt;</description><author>webmaster@harbourboard.example.gov</author><pubDate>Fri, 27 Nov 2026 10:05:00 GMT</pubDate><guid isPermaLink="true">https://www.harbourboard.example.gov/News/ArticleID/1234/Harbour-dues-for-2027-set</guid>`),
  ]) },
  // ProcessWire's MarkupRSS: a CDATA description that is the summary field's plain text.
  { path: '/unseen55/processwire.xml', type: RSS_TYPE, doc: channel('', head('Lake Steamers Trust', 'https://www.lakesteamers.example.ch/'), [
    it1('Steamer Uri back in service', 'https://www.lakesteamers.example.ch/news/steamer-uri-back-in-service/', `<description><![CDATA[The paddle steamer Uri is back in service after her refit.]]></description>${DATE}<guid>https://www.lakesteamers.example.ch/news/steamer-uri-back-in-service/</guid>`),
  ]) },
  // Static sites and notebooks.
  // Gatsby (gatsby-plugin-feed): CDATA title, a non-permalink guid, content:encoded with a relative picture.
  { path: '/unseen55/gatsby.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${DC}`, head('<![CDATA[Quay Engineering Blog]]>', 'https://eng.quay.example.io'), [
    it1('<![CDATA[Moving the AIS pipeline to Kafka]]>', 'https://eng.quay.example.io/ais-kafka/', `<description><![CDATA[Why we moved the AIS pipeline to Kafka.]]></description><guid isPermaLink="false">https://eng.quay.example.io/ais-kafka/</guid><dc:creator><![CDATA[Wen Li]]></dc:creator>${DATE}<content:encoded><![CDATA[<p>Why we moved the AIS pipeline to Kafka.</p><p><img src="/static/ab12cd/pipeline.png" alt="Pipeline"></p>]]></content:encoded>`),
  ]) },
  // Quarto's listing feed: dc:creator, the post's thumbnail as media:content, categories, a description with html.
  { path: '/unseen55/quarto.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Tidal Data Notes', 'https://tidaldata.example.org/'), [
    it1('Fitting harmonic constants in R', 'https://tidaldata.example.org/posts/harmonics/', `<dc:creator>Ruth Okafor</dc:creator><description><![CDATA[<p>A short guide to fitting tidal harmonics with R.</p>]]></description><category>R</category><category>tides</category><guid>https://tidaldata.example.org/posts/harmonics/</guid>${DATE}<media:content url="https://tidaldata.example.org/posts/harmonics/thumbnail.png" medium="image" type="image/png" height="96" width="144"/>`),
  ]) },
  // Bandcamp Daily's RSS: the feature's picture on bcbits, html description.
  { path: '/unseen55/bandcamp.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Bandcamp Daily', 'https://daily.bandcamp.com'), [
    it1('Sea shanties, recorded on the quay', 'https://daily.bandcamp.com/features/sea-shanties-quay', `<description><![CDATA[<img src="https://f4.bcbits.com/img/0031234567_0.jpg"><p>A choir recorded its shanties on a working quay.</p>]]></description><dc:creator>Mari Jones</dc:creator>${DATE}<guid>https://daily.bandcamp.com/features/sea-shanties-quay</guid>`),
  ]) },
  // Research.
  // DSpace's RSS of a collection: creators as catalogues write them, "Surname, Given", one dc:creator each; dc:date only; a handle as guid.
  { path: '/unseen55/dspace.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Marine Science Repository: Coastal Dynamics', 'https://repository.marine.example.ac.uk/handle/123456789/40'), [
    it1('Sediment cores from the Wadden Sea, 2024-2026', 'https://repository.marine.example.ac.uk/handle/123456789/4321', `<description>Sediment cores taken at twelve sites in the Wadden Sea.</description><guid isPermaLink="false">hdl:123456789/4321</guid><dc:date>${ISO}</dc:date><dc:creator>Okafor, Ruth</dc:creator><dc:creator>Li, Wen</dc:creator><dc:creator>van der Berg, Anna</dc:creator>`),
    it1('Salt marsh accretion at Tollesbury', 'https://repository.marine.example.ac.uk/handle/123456789/4322', `<description>Salt marsh at Tollesbury rose 6 mm a year after the managed realignment.</description><guid isPermaLink="false">hdl:123456789/4322</guid><dc:date>${ISO}</dc:date><dc:creator>Marsh, Helen J.</dc:creator>`),
  ]) },
  // bioRxiv's RSS 1.0 (RDF): dc:date as a day, dc:creator with the authors in one field, the abstract as description.
  { path: '/unseen55/biorxiv.xml', type: 'application/rdf+xml', doc: `<?xml version="1.0" encoding="UTF-8"?><rdf:RDF ${RDF} xmlns="http://purl.org/rss/1.0/" ${DC}><channel rdf:about="https://connect.biorxiv.org/biorxiv_xml/ecology"><title>bioRxiv Subject Collection: Ecology</title><link>https://www.biorxiv.org</link><description>Ecology</description></channel><item rdf:about="https://www.biorxiv.org/content/10.1101/2026.11.25.612345v1?rss=1"><title><![CDATA[Seagrass recovery after dredging in the Solent]]></title><link>https://www.biorxiv.org/content/10.1101/2026.11.25.612345v1?rss=1</link><description><![CDATA[Seagrass beds recovered within two seasons after dredging stopped.]]></description><dc:creator><![CDATA[Okafor, R., Li, W., Marsh, H.]]></dc:creator><dc:date>2026-11-27</dc:date><dc:identifier>doi:10.1101/2026.11.25.612345</dc:identifier><dc:title><![CDATA[Seagrass recovery after dredging in the Solent]]></dc:title><dc:publisher>Cold Spring Harbor Laboratory</dc:publisher></item></rdf:RDF>` },
  // PubMed's saved-search RSS: the abstract with a "PMID:… | DOI:…" line under it, several dc:creators, dc:date.
  { path: '/unseen55/pubmed.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('pubmed: harbour porpoise', 'https://pubmed.ncbi.nlm.nih.gov/rss/search/1a2b3c/?limit=15'), [
    it1('Harbour porpoise sightings rise in the southern North Sea', 'https://pubmed.ncbi.nlm.nih.gov/41234567/?utm_source=Other&amp;utm_medium=rss&amp;utm_campaign=pubmed-2&amp;utm_content=1a2b3c&amp;fc=20261127000000&amp;ff=20261127101500&amp;v=2.18.0', `<description><![CDATA[<p>Mar Ecol. 2026 Nov 27;12(4):e1234. doi: 10.1000/me.1234. Online ahead of print.</p><p><b>ABSTRACT</b></p><p>Sightings of harbour porpoises rose by a third between 2020 and 2026.</p><p>PMID:<a href="https://pubmed.ncbi.nlm.nih.gov/41234567/?utm_source=Other&utm_medium=rss">41234567</a> | DOI:<a href=https://doi.org/10.1000/me.1234>10.1000/me.1234</a></p>]]></description><dc:creator>Ruth Okafor</dc:creator><dc:creator>Wen Li</dc:creator><dc:date>2026-11-27</dc:date><dc:source>Mar Ecol</dc:source><dc:identifier>pmid:41234567</dc:identifier><dc:identifier>doi:10.1000/me.1234</dc:identifier><guid isPermaLink="false">pubmed:41234567</guid>${DATE}`),
  ]) },
  // Public bodies.
  // EUR-Lex's RSS: the act's long title, a CELEX link, the date as a day.
  { path: '/unseen55/eurlex.xml', type: RSS_TYPE, doc: channel('', head('EUR-Lex - Transport', 'https://eur-lex.europa.eu'), [
    it1('Commission Implementing Regulation (EU) 2026/2412 of 26 November 2026 on port state control inspections', 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026R2412&amp;qid=1764200000000', `<description>Commission Implementing Regulation (EU) 2026/2412 of 26 November 2026 on port state control inspections</description><pubDate>Fri, 27 Nov 2026 00:00:00 GMT</pubDate><guid>CELEX:32026R2412</guid>`),
  ]) },
  // NASA (WordPress VIP): dc:creator, "The post … appeared first on NASA.", a -1024x576 upload in the copy.
  { path: '/unseen55/nasa.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('NASA', 'https://www.nasa.gov'), [
    it1('Sea level satellite sends first data', 'https://www.nasa.gov/image-article/sea-level-satellite-first-data/', `<dc:creator>Jane Rivera</dc:creator>${DATE}<category><![CDATA[Earth]]></category><guid isPermaLink="false">https://www.nasa.gov/?post_type=image-article&amp;p=712345</guid><description><![CDATA[The new sea level satellite sent its first data on Friday. The post <a href="https://www.nasa.gov/image-article/sea-level-satellite-first-data/">Sea level satellite sends first data</a> appeared first on <a href="https://www.nasa.gov">NASA</a>.]]></description><content:encoded><![CDATA[<figure class="wp-block-image size-large"><img src="https://www.nasa.gov/wp-content/uploads/2026/11/sealevel-1024x576.jpg?w=1024" alt=""/></figure><p>The new sea level satellite sent its first data on Friday.</p><p>The post <a href="https://www.nasa.gov/image-article/sea-level-satellite-first-data/">Sea level satellite sends first data</a> appeared first on <a href="https://www.nasa.gov">NASA</a>.</p>]]></content:encoded>`),
  ]) },
  // The ECB's press RSS: plain description, the guid its page, "+0100" dates.
  { path: '/unseen55/ecb.xml', type: RSS_TYPE, doc: channel('', head('ECB - Press releases', 'https://www.ecb.europa.eu/home/html/rss.en.html'), [
    it1('ECB publishes its financial stability review', 'https://www.ecb.europa.eu/press/pr/date/2026/html/ecb.pr261127~ab12cd34ef.en.html', `<description>The ECB published its November 2026 Financial Stability Review.</description><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate><guid isPermaLink="true">https://www.ecb.europa.eu/press/pr/date/2026/html/ecb.pr261127~ab12cd34ef.en.html</guid>`),
  ]) },
];

describe('unseen feeds, the fifty-fourth round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // Drupal's image style (a preset, as WordPress's "-300x200" copy is) gives way to the public file it was made from; "itok" goes.
      "Ferry fares frozen for 2027": { link: "https://www.harbourherald.example.com/news/20261127/ferry-fares-frozen-2027", published: PUBLISHED, author: null, image: "https://www.harbourherald.example.com/sites/default/files/media/article_images/2026/11/27/ferry.jpg", categories: [],
        text: "Fares on the island ferry stay as they are until 2027." },
      // … a style that converts ("x.jpg.webp") to the upload's own name; the focal point module's "h" goes too.
      "Breakwater works start": { link: "https://www.harbourherald.example.com/news/20261127/breakwater", published: PUBLISHED, author: null, image: "https://www.harbourherald.example.com/sites/default/files/2026-11/breakwater.jpg", categories: [],
        text: "Work on the breakwater starts on Monday." },
      // Podigee's proxy (willnorris/imageproxy, "0x": no resize, and a signature) gives way to the picture it loads.
      "Folge 9: Lotsen auf der Elbe": { link: "https://hafenfunk.podigee.io/9-lotsen", published: PUBLISHED, author: "Jana Petersen", image: "https://main.podigee-cdn.net/uploads/u1/9.jpg", categories: [],
        text: "Zwei Lotsen erzählen von der Elbe." },
      // Pinned as they are: Dailymotion's x240 (no rule says which larger size each video has), TYPO3's csm_ file and Wagtail's rendition (the
      // original's address is not in theirs), the Jakarta Post's ._medium, Reuters' and Omny's sizes, GlobeNewswire's download and the Japan
      // Times' ?w=1200 (no documented rule; each shows the picture).
      "Crane video": { link: "https://www.dailymotion.com/video/x8abcde", published: PUBLISHED, author: null, image: "https://s1.dmcdn.net/v/AbCdE1aBcDeFgHiJ/x240", categories: [],
        text: "The new crane lifts its first box." },
      "Hafen bei Nacht": { link: "https://www.hafen.example.de/nacht", published: PUBLISHED, author: null, image: "https://www.hafen.example.de/fileadmin/_processed_/5/3/csm_hafen_4b2c3d1e2f.jpg", categories: [],
        text: "Der Hafen bei Nacht." },
      "Pier reopens": { link: "https://www.pier.example.org.uk/news/pier-reopens/", published: PUBLISHED, author: null, image: "https://media.pier.example.org.uk/images/pier.fill-300x200.jpg", categories: [],
        text: "The pier reopened on Friday." },
      "Jakarta floods recede": { link: "https://www.thejakartapost.com/indonesia/2026/11/27/floods-recede.html", published: PUBLISHED, author: null, image: "https://img.jakpost.net/c/2026/11/27/2026_11_27_123456_1764200000._medium.jpg", categories: [],
        text: "The floods in North Jakarta receded on Friday." },
      "Talks resume": { link: "https://www.reuters.example.com/world/talks-resume", published: PUBLISHED, author: null, image: "https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=1234567890&w=200&fh=&fw=&ll=&pl=&sq=&r=LYNXMPEMAQ0AB", categories: [],
        text: "Talks resumed in Geneva on Friday." },
      "The quay at dawn": { link: "https://omny.fm/shows/quay/the-quay-at-dawn", published: PUBLISHED, author: null, image: "https://www.omnycontent.com/d/clips/aaa/bbb/ccc/image.jpg?t=1764200000&size=Large", categories: [],
        text: "An hour on the quay before the first shift." },
      "Harbor Logistics opens a depot": { link: "https://www.globenewswire.com/news-release/2026/11/27/1/0/en/depot.html", published: PUBLISHED, author: null, image: "https://ml.globenewswire.com/Resource/Download/0a1b2c3d-1111-2222-3333-444455556666?size=3", categories: [],
        text: "Harbor Logistics opened a depot in Rotterdam." },
      "Osaka port adds a berth": { link: "https://www.japantimes.co.jp/news/2026/11/27/japan/osaka-berth/", published: PUBLISHED, author: null, image: "https://www.japantimes.co.jp/japantimes/uploads/images/2026/11/27/123456.jpg?w=1200", categories: [],
        text: "Osaka port opened a new berth on Friday." },
      // Two agencies' lines between <br>s, each a "Label: value" line, are a paragraph each: two reports, not one sentence.
      "Two agencies on the talks": { link: "https://desk.example.org/two-agencies", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Reuters: Talks resumed in Geneva on Friday, diplomats said.\n\nAP: The talks will run into next week, a spokesperson said." },
      // A sign-off naming a person who is also a place stays copy.
      "The Friday letter": { link: "https://desk.example.org/friday-letter", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The harbour festival is on Saturday.\n\nCheers, Georgia" },
      // Webflow's upload before its "-p-500" variant.
      "Repainting the lightship": { link: "https://www.docksidestudio.example.com/journal/repainting-the-lightship", published: PUBLISHED, author: null, image: "https://cdn.prod.website-files.com/64a1b2c3d4e5f6a7b8c9d0e1/65f0e1d2c3b4a5968778695a_lightship.jpg", categories: [],
        text: "The lightship Gull was repainted in her 1950s red." },
      "Bridge Watch 31: the night shift": { link: "https://redcircle.com/shows/bridge-watch/episodes/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", published: PUBLISHED, author: "Tom Hale", image: "https://media.redcircle.com/images/2026/11/27/10/ab12cd34-ep31.jpg", categories: [],
        text: "A night on the bridge of a car carrier." },
      "Winter on the Kennet": { link: "https://lockkeeper.mataroa.blog/blog/winter-on-the-kennet/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Ice closed three locks on the Kennet this morning." },
      "Five knots every skipper should tie": { link: "https://www.seaschool.example.com/blog/five-knots", published: PUBLISHED, author: null, image: "https://kajabi-storefronts-production.kajabi-cdn.com/kajabi-storefronts-production/file-uploads/blogs/2147500000/images/ab12-knots.jpg", categories: [],
        text: "The bowline, the clove hitch and three more." },
      "The boatyard film is finished": { link: "https://www.patreon.com/posts/boatyard-film-is-112233445", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The boatyard film is finished and goes to the festival next week." },
      // Patreon's locked post: a title and a link, no copy.
      "Rough cut: the dredger": { link: "https://www.patreon.com/posts/rough-cut-dredger-112233446", published: PUBLISHED, author: null, image: null, categories: [],
        text: "" },
      "Sketching the herring boats": { link: "https://ko-fi.com/post/Sketching-the-herring-boats-A0B1C2D3", published: PUBLISHED, author: null, image: "https://storage.ko-fi.com/cdn/useruploads/post/0a1b2c3d_herring.jpg", categories: [],
        text: "Six herring boats, drawn from the harbour wall." },
      // phpBB's "<forum> • <topic>" title is the topic (the forum is its category), and its "Statistics: Posted by …" line goes.
      "Winter moorings on the Oxford canal": { link: "https://forum.canalboats.example.org/viewtopic.php?p=48213", published: PUBLISHED, author: "narrowboat_nell", image: null, categories: ["Moorings"],
        text: "The winter moorings at Banbury are full until March." },
      "New pilot boarding point off Harwich": { link: "https://community.harbourpilots.example.org/topic/412/new-pilot-boarding-point-off-harwich", published: PUBLISHED, author: "pilot_jo", image: null, categories: [],
        text: "The boarding point moves two miles east from Monday." },
      "Tug Brocklebank returns to the Mersey": { link: "https://www.tugforum.example.com/topic/9876-tug-brocklebank-returns-to-the-mersey/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The tug Brocklebank was towed back to the Mersey on Friday." },
      // Moodle's "by Helen Marsh." over the message goes from the copy, and names the author the feed names nowhere else (feeds57).
      "Simulator room closed on Monday": { link: "https://learn.maritimecollege.example.ac.uk/mod/forum/discuss.php?d=345&parent=678", published: PUBLISHED, author: "Helen Marsh", image: null, categories: [],
        text: "The bridge simulator room is closed on Monday for servicing." },
      "Sines terminal expansion approved": { link: "https://www.portauthority.example.pt/web/guest/news/-/asset_publisher/AbCd/content/sines-terminal-expansion-approved", published: PUBLISHED, author: "Rita Sousa", image: null, categories: [],
        text: "The government approved the expansion of the Sines container terminal." },
      "Harbour dues for 2027 set": { link: "https://www.harbourboard.example.gov/News/ArticleID/1234/Harbour-dues-for-2027-set", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The board set the harbour dues for 2027 at its November meeting." },
      "Steamer Uri back in service": { link: "https://www.lakesteamers.example.ch/news/steamer-uri-back-in-service/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The paddle steamer Uri is back in service after her refit." },
      "Moving the AIS pipeline to Kafka": { link: "https://eng.quay.example.io/ais-kafka/", published: PUBLISHED, author: "Wen Li", image: "https://eng.quay.example.io/static/ab12cd/pipeline.png", categories: [],
        text: "Why we moved the AIS pipeline to Kafka." },
      "Fitting harmonic constants in R": { link: "https://tidaldata.example.org/posts/harmonics/", published: PUBLISHED, author: "Ruth Okafor", image: "https://tidaldata.example.org/posts/harmonics/thumbnail.png", categories: ["R", "tides"],
        text: "A short guide to fitting tidal harmonics with R." },
      "Sea shanties, recorded on the quay": { link: "https://daily.bandcamp.com/features/sea-shanties-quay", published: PUBLISHED, author: "Mari Jones", image: "https://f4.bcbits.com/img/0031234567_0.jpg", categories: [],
        text: "A choir recorded its shanties on a working quay." },
      // DSpace's creators, each written surname first, are named given name first: "Okafor, Ruth, Li, Wen, …" read as six people.
      "Sediment cores from the Wadden Sea, 2024-2026": { link: "https://repository.marine.example.ac.uk/handle/123456789/4321", published: PUBLISHED, author: "Ruth Okafor, Wen Li, Anna van der Berg", image: null, categories: [],
        text: "Sediment cores taken at twelve sites in the Wadden Sea." },
      // One creator so written reads as it is.
      "Salt marsh accretion at Tollesbury": { link: "https://repository.marine.example.ac.uk/handle/123456789/4322", published: PUBLISHED, author: "Marsh, Helen J.", image: null, categories: [],
        text: "Salt marsh at Tollesbury rose 6 mm a year after the managed realignment." },
      // bioRxiv's authors in one field, as written; its dc:date a day, at midnight UTC.
      "Seagrass recovery after dredging in the Solent": { link: "https://www.biorxiv.org/content/10.1101/2026.11.25.612345v1?rss=1", published: "2026-11-27T00:00:00.000Z", author: "Okafor, R., Li, W., Marsh, H.", image: null, categories: [],
        text: "Seagrass beds recovered within two seasons after dredging stopped." },
      // PubMed's citation, heading and identifiers go (the fifty-fifth round, feeds57: a digest's reader wants the abstract); utm_* leave the link.
      "Harbour porpoise sightings rise in the southern North Sea": { link: "https://pubmed.ncbi.nlm.nih.gov/41234567/?fc=20261127000000&ff=20261127101500&v=2.18.0", published: PUBLISHED, author: "Ruth Okafor, Wen Li", image: null, categories: [],
        text: "Sightings of harbour porpoises rose by a third between 2020 and 2026." },
      // EUR-Lex's description is its title again: no text.
      "Commission Implementing Regulation (EU) 2026/2412 of 26 November 2026 on port state control inspections": { link: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026R2412&qid=1764200000000", published: "2026-11-27T00:00:00.000Z", author: null, image: null, categories: [],
        text: "" },
      // NASA's WordPress VIP upload without its size, and "The post … appeared first on NASA." gone.
      "Sea level satellite sends first data": { link: "https://www.nasa.gov/image-article/sea-level-satellite-first-data/", published: PUBLISHED, author: "Jane Rivera", image: "https://www.nasa.gov/wp-content/uploads/2026/11/sealevel.jpg", categories: ["Earth"],
        text: "The new sea level satellite sent its first data on Friday." },
      // The ECB's +0100 stamp.
      "ECB publishes its financial stability review": { link: "https://www.ecb.europa.eu/press/pr/date/2026/html/ecb.pr261127~ab12cd34ef.en.html", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The ECB published its November 2026 Financial Stability Review." },
    });
  });
});
