import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, X } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ISO, ITUNES, PODCAST, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The forty-ninth round of unseen feeds as README counts them (the file is numbered after unseen49, the forty-eighth round's): the
 * leftovers that round named (S3WaaS's notice table, Quintype's membership appeal, WordPress's pull quote, Strapi's formats, Kit's share
 * button, newsletters' greetings and sign-offs, a Mastodon poll, NewsBlur's blurblog) and feeds as platforms publish them that earlier
 * rounds did not try (TYPO3, dev.to, Bear Blog, WriteFreely, Misskey, Pixelfed, Podbean, Libsyn, Transistor's chapters, Buzzsprout,
 * SoundCloud, Castopod, Dailymotion, Plone's RSS 1.0, Umbraco, Sitefinity, Movable Type, an Atom planet with xml:base per entry, Dotclear,
 * SPIP, Docusaurus, Astro, Wagtail, GovDelivery, the Federal Register, canada.ca, note.com, Weebly, Forgejo, JSON Feed 1.1 without
 * titles), each built as its publisher writes it, served from a real local server, added and polled through POST /api/admin/feeds/poll,
 * its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen50-api');

const JSON_TYPE = 'application/feed+json';

const FEEDS: UnseenFeed[] = [
  // TYPO3's news extension: teaser in description, the body in content:encoded, its processed picture as the enclosure.
  { path: '/unseen50/typo3.xml', type: RSS_TYPE, doc: channel(`${CONTENT}`, `${head('Stadt Beispiel: Aktuelles', 'https://www.stadt.example.de/')}<language>de-DE</language><generator>TYPO3 EXT:news</generator>`, [
    `<item><guid isPermaLink="false">news-4821</guid>${DATE}<title>Rathaus öffnet samstags</title><link>https://www.stadt.example.de/aktuelles/detail/rathaus-oeffnet-samstags</link><description>Ab Dezember hat das Bürgerbüro auch samstags geöffnet.</description><content:encoded><![CDATA[<p>Ab Dezember hat das Bürgerbüro auch samstags von 9 bis 13 Uhr geöffnet.</p><p>Termine können online gebucht werden.</p>]]></content:encoded><category>Verwaltung</category><enclosure url="https://www.stadt.example.de/fileadmin/_processed_/3/f/csm_rathaus_8c2d1e4f5a.jpg" length="48211" type="image/jpeg"/></item>`,
  ]) },
  // dev.to: the whole post in description, heading anchors, a code block with its copy and fullscreen buttons (SVG).
  { path: '/unseen50/devto.xml', type: RSS_TYPE, doc: channel(DC, head('DEV Community: Priya Nair', 'https://dev.to/priyanair'), [
    `<item><title>Why our deploys got 3x faster</title><dc:creator>Priya Nair</dc:creator>${DATE}<link>https://dev.to/priyanair/why-our-deploys-got-3x-faster-4kd2</link><guid>https://dev.to/priyanair/why-our-deploys-got-3x-faster-4kd2</guid><description>&lt;p&gt;We cut our deploy time from 15 minutes to 5.&lt;/p&gt;&lt;h2&gt;&lt;a name="the-cache" href="#the-cache"&gt;&lt;/a&gt;The cache&lt;/h2&gt;&lt;p&gt;Most of it came from caching dependencies.&lt;/p&gt;&lt;div class="highlight js-code-highlight"&gt;&lt;pre class="highlight shell"&gt;&lt;code&gt;npm ci --prefer-offline&lt;/code&gt;&lt;/pre&gt;&lt;div class="highlight__panel js-actions-panel"&gt;&lt;div class="highlight__panel-action js-fullscreen-code-action"&gt;&lt;svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on"&gt;&lt;title&gt;Enter fullscreen mode&lt;/title&gt;&lt;path d="M16 3h6v6h-2V5h-4V3z"&gt;&lt;/path&gt;&lt;/svg&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;p&gt;The rest came from running tests in parallel.&lt;/p&gt;</description><category>devops</category><category>ci</category></item>`,
  ]) },
  // Bear Blog's Atom: the feed's author for every entry, no summary.
  { path: '/unseen50/bearblog.xml', type: ATOM_TYPE, doc: atom('', `<id>https://harbournotes.bearblog.dev/</id><title>Harbour Notes</title><updated>${ISO}</updated><author><name>Harbour Notes</name></author><link href="https://harbournotes.bearblog.dev/" rel="alternate"/><link href="https://harbournotes.bearblog.dev/feed/" rel="self"/><generator uri="https://lkiesow.github.io/python-feedgen" version="1.0.0">python-feedgen</generator>`, [
    `<entry><id>https://harbournotes.bearblog.dev/new-ferry-timetable/</id><title>New ferry timetable</title><updated>${ISO}</updated><content type="html">&lt;p&gt;The winter ferry timetable starts on Monday, with two fewer sailings a day.&lt;/p&gt;</content><link href="https://harbournotes.bearblog.dev/new-ferry-timetable/" rel="alternate"/><published>${ISO}</published></entry>`,
  ]) },
  // WriteFreely (write.as): an untitled post, its first line the title.
  { path: '/unseen50/writefreely.xml', type: RSS_TYPE, doc: channel(DC, head('Field Notes', 'https://write.example.org/fieldnotes/'), [
    `<item><title>The wetland count</title><link>https://write.example.org/fieldnotes/the-wetland-count</link><description>&lt;p&gt;Volunteers counted 4,200 migratory birds at the wetland on Friday, up from 3,100 last year.&lt;/p&gt;</description><author>Field Notes</author><guid>https://write.example.org/fieldnotes/the-wetland-count</guid>${DATE}</item>`,
  ]) },
  // Misskey: "New note by …" for every note; the note in content:encoded.
  { path: '/unseen50/misskey.xml', type: RSS_TYPE, doc: channel(CONTENT, `${head('Desk Wire (@deskwire)', 'https://misskey.example/@deskwire')}<generator>Misskey</generator>`, [
    `<item><title><![CDATA[New note by Desk Wire]]></title><link>https://misskey.example/notes/9z1abc2def</link><guid>https://misskey.example/notes/9z1abc2def</guid>${DATE}<content:encoded><![CDATA[The metro's blue line reopened on Friday after a week of repairs.]]></content:encoded></item>`,
  ]) },
  // Pixelfed: a photo post's caption as title, summary and content; the photo in media:content.
  { path: '/unseen50/pixelfed.xml', type: ATOM_TYPE, doc: atom(` ${MEDIA}`, `<id>https://pixelfed.example/users/lenslocal.atom</id><title>lenslocal on Pixelfed</title><subtitle>Photos of the old town</subtitle><updated>${ISO}</updated><author><name>lenslocal</name><uri>https://pixelfed.example/lenslocal</uri></author><link rel="alternate" type="text/html" href="https://pixelfed.example/lenslocal"/>`, [
    `<entry><id>https://pixelfed.example/p/lenslocal/702345678901234567</id><title>The clock tower after its restoration.</title><updated>${ISO}</updated><content type="html"><![CDATA[<img id="rss_item_702345678901234567" src="https://pixelfed.example/storage/m/_v2/7023/abc/def/ghi.jpg" alt="The clock tower after its restoration." style="display: block; width: 100%;"><p style="padding:10px;">The clock tower after its restoration.</p>]]></content><link rel="alternate" href="https://pixelfed.example/p/lenslocal/702345678901234567"/><summary type="html"><![CDATA[The clock tower after its restoration.]]></summary><media:content url="https://pixelfed.example/storage/m/_v2/7023/abc/def/ghi.jpg" type="image/jpeg" medium="image"/></entry>`,
  ]) },
  // Podbean: show notes in content:encoded, the episode art in itunes:image.
  { path: '/unseen50/podbean.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${ITUNES}`, `${head('City Hall Weekly', 'https://cityhallweekly.podbean.com')}<itunes:image href="https://pbcdn1.podbean.com/imglogo/image-logo/1234567/show.jpg"/><itunes:author>City Hall Weekly</itunes:author>`, [
    `<item><title>Episode 42: The budget vote</title><itunes:title>The budget vote</itunes:title><link>https://cityhallweekly.podbean.com/e/episode-42-the-budget-vote/</link><comments>https://cityhallweekly.podbean.com/e/episode-42-the-budget-vote/#comments</comments>${DATE}<guid isPermaLink="false">cityhallweekly.podbean.com/6a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d</guid><description><![CDATA[<p>The council passed its budget 7-2 on Thursday night.</p><p>We talk to the finance chair about what it means for bus routes.</p>]]></description><content:encoded><![CDATA[<p>The council passed its budget 7-2 on Thursday night.</p><p>We talk to the finance chair about what it means for bus routes.</p>]]></content:encoded><enclosure url="https://mcdn.podbean.com/mf/web/ab12cd/episode42.mp3" length="38211456" type="audio/mpeg"/><itunes:summary><![CDATA[The council passed its budget 7-2 on Thursday night.]]></itunes:summary><itunes:author>City Hall Weekly</itunes:author><itunes:explicit>false</itunes:explicit><itunes:image href="https://pbcdn1.podbean.com/imglogo/ep-logo/pbblog1234567/ep42.jpg"/><itunes:duration>1843</itunes:duration><itunes:episode>42</itunes:episode><itunes:episodeType>full</itunes:episodeType></item>`,
  ]) },
  // Libsyn: every field in CDATA, the page on libsyn.com.
  { path: '/unseen50/libsyn.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${ITUNES}`, `${head('The Harbour Hour', 'https://harbourhour.libsyn.com')}`, [
    `<item><title><![CDATA[Dredging the channel]]></title><itunes:title><![CDATA[Dredging the channel]]></itunes:title>${DATE}<guid isPermaLink="false"><![CDATA[5c3f1e2a-7b8d-4c9e-a0f1-2b3c4d5e6f70]]></guid><link><![CDATA[https://harbourhour.libsyn.com/dredging-the-channel]]></link><itunes:image href="https://assets.libsyn.com/secure/content/187654321" /><description><![CDATA[<p>Dredging of the harbour channel starts in January and will take six months.</p> <p> </p>]]></description><content:encoded><![CDATA[<p>Dredging of the harbour channel starts in January and will take six months.</p> <p> </p>]]></content:encoded><enclosure length="28764123" type="audio/mpeg" url="https://traffic.libsyn.com/secure/harbourhour/dredging.mp3?dest-id=123456" /><itunes:duration>29:57</itunes:duration><itunes:explicit>false</itunes:explicit><itunes:keywords>harbour,dredging</itunes:keywords><itunes:subtitle><![CDATA[Dredging of the harbour channel starts in January...]]></itunes:subtitle><itunes:episodeType>full</itunes:episodeType></item>`,
  ]) },
  // Transistor: chapters in the namespace and as timestamps in the show notes, a transcript link.
  { path: '/unseen50/transistor.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${ITUNES} ${PODCAST}`, `${head('Market Close', 'https://marketclose.transistor.fm')}<generator>Transistor (https://transistor.fm)</generator>`, [
    `<item><title>Rates on hold</title><itunes:episode>118</itunes:episode><podcast:episode>118</podcast:episode><itunes:title>Rates on hold</itunes:title><itunes:episodeType>full</itunes:episodeType><guid isPermaLink="false">a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d</guid><link>https://marketclose.transistor.fm/episodes/rates-on-hold</link><description><![CDATA[<p>The central bank held rates at 6.5% on Friday.</p><p>Chapters</p><ul><li>(00:00) - Intro</li><li>(01:12) - The decision</li><li>(07:45) - What it means for loans</li></ul>]]></description><content:encoded><![CDATA[<p>The central bank held rates at 6.5% on Friday.</p><p>Chapters</p><ul><li>(00:00) - Intro</li><li>(01:12) - The decision</li><li>(07:45) - What it means for loans</li></ul>]]></content:encoded><itunes:author>Market Close</itunes:author><itunes:image href="https://img.transistor.fm/AbCdEf123/rs:fill:3000:3000:1/q:60/aHR0cHM6Ly9pbWct.jpg"/><enclosure url="https://media.transistor.fm/a1b2c3d4/5e6f7a8b.mp3" length="20123456" type="audio/mpeg"/><itunes:duration>1257</itunes:duration><itunes:summary>The central bank held rates at 6.5% on Friday.</itunes:summary>${DATE}<itunes:explicit>No</itunes:explicit><podcast:chapters url="https://share.transistor.fm/s/a1b2c3d4/chapters.json" type="application/json+chapters"/><podcast:transcript url="https://share.transistor.fm/s/a1b2c3d4/transcript.txt" type="text/plain"/></item>`,
  ]) },
  // Buzzsprout: "Send us a text" over the notes and "Support the show" under them.
  { path: '/unseen50/buzzsprout.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${ITUNES} ${PODCAST}`, `${head('Valley Farm Report', 'https://www.buzzsprout.com/2012345')}<generator>Buzzsprout (https://www.buzzsprout.com)</generator>`, [
    `<item><itunes:episodeType>full</itunes:episodeType><itunes:title>Frost warning for growers</itunes:title><title>Frost warning for growers</title><description><![CDATA[<p><a href="https://www.buzzsprout.com/twilio/text_messages/2012345/open_sms">Send us a text</a></p><p>Forecasters expect frost across the valley on Sunday night. Growers should cover seedlings.</p><p><a href="https://www.buzzsprout.com/2012345/support">Support the show</a></p>]]></description><content:encoded><![CDATA[<p><a href="https://www.buzzsprout.com/twilio/text_messages/2012345/open_sms">Send us a text</a></p><p>Forecasters expect frost across the valley on Sunday night. Growers should cover seedlings.</p><p><a href="https://www.buzzsprout.com/2012345/support">Support the show</a></p>]]></content:encoded><itunes:author>Valley Farm Report</itunes:author><enclosure url="https://www.buzzsprout.com/2012345/episodes/16123456-frost-warning-for-growers.mp3" length="9876543" type="audio/mpeg"/><guid isPermaLink="false">Buzzsprout-16123456</guid>${DATE}<itunes:duration>612</itunes:duration><itunes:explicit>false</itunes:explicit></item>`,
  ]) },
  // SoundCloud's user feed: the track page, its artwork at 3000px, itunes:summary as its text.
  { path: '/unseen50/soundcloud.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, `${head('Riverside Radio', 'https://soundcloud.com/riversideradio')}<itunes:image href="https://i1.sndcdn.com/avatars-000123456789-abcdef-original.jpg"/>`, [
    `<item><guid isPermaLink="false">tag:soundcloud,2010:tracks/1712345678</guid><title>Bridge closure explained</title>${DATE}<link>https://soundcloud.com/riversideradio/bridge-closure-explained</link><itunes:duration>00:08:12</itunes:duration><itunes:author>Riverside Radio</itunes:author><itunes:explicit>no</itunes:explicit><itunes:summary>The old bridge closes for repairs on Monday. Buses will use the ring road.</itunes:summary><itunes:subtitle>The old bridge closes for repairs on Monday. Buses will use the ring road.</itunes:subtitle><description>The old bridge closes for repairs on Monday. Buses will use the ring road.</description><enclosure type="audio/mpeg" url="https://feeds.soundcloud.com/stream/1712345678-riversideradio-bridge-closure-explained.mp3" length="7876543"/><itunes:image href="https://i1.sndcdn.com/artworks-AbCdEf123-0-t3000x3000.jpg"/></item>`,
  ]) },
  // Castopod: the episode's cover, its transcript and its location in the podcast namespace.
  { path: '/unseen50/castopod.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${ITUNES} ${PODCAST}`, `${head('Hafen Funk', 'https://podcasts.example.de/@hafenfunk')}<generator>Castopod - https://castopod.org/</generator>`, [
    `<item><title>Neue Kräne im Hafen</title><enclosure url="https://podcasts.example.de/@hafenfunk/episodes/neue-kraene/download.mp3" length="12345678" type="audio/mpeg"/><guid isPermaLink="false">https://podcasts.example.de/@hafenfunk/episodes/neue-kraene</guid>${DATE}<description><![CDATA[<p>Zwei neue Kräne sind am Freitag im Hafen angekommen.</p>]]></description><itunes:duration>932</itunes:duration><link>https://podcasts.example.de/@hafenfunk/episodes/neue-kraene</link><itunes:image href="https://podcasts.example.de/media/podcasts/hafenfunk/neue-kraene_feed.jpg?v=1"/><itunes:explicit>false</itunes:explicit><podcast:location geo="geo:53.5461,9.9661">Hamburger Hafen</podcast:location><podcast:transcript url="https://podcasts.example.de/media/podcasts/hafenfunk/neue-kraene-transcript.srt" type="application/x-subrip" language="de"/></item>`,
  ]) },
  // Dailymotion: a video's page, its thumbnail, the player as media:content.
  { path: '/unseen50/dailymotion.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Metro TV on Dailymotion', 'https://www.dailymotion.com/metrotv'), [
    `<item><title>Floodwaters recede in the old town</title><link>https://www.dailymotion.com/video/x8abc12</link><description><![CDATA[<a href="https://www.dailymotion.com/video/x8abc12"><img src="https://s1.dmcdn.net/v/WxYz1a2b3c4d/x240" border="0" /></a><p>Floodwaters receded in the old town on Friday as shops began to reopen.</p>]]></description><author>rss@dailymotion.com (Metro TV)</author><guid isPermaLink="false">x8abc12</guid>${DATE}<media:thumbnail url="https://s1.dmcdn.net/v/WxYz1a2b3c4d/x240" height="240" width="427"/><media:content url="https://www.dailymotion.com/embed/video/x8abc12" type="application/x-shockwave-flash" duration="95" width="480" height="270"/></item>`,
  ]) },
  // Plone's classic RSS 1.0: Dublin Core for everything.
  { path: '/unseen50/plone.rdf', type: 'application/rdf+xml', doc: `${X}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ${DC} xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://www.uni.example.edu/news/RSS"><title>News</title><link>https://www.uni.example.edu/news</link><description>University news</description><image rdf:resource="https://www.uni.example.edu/logo.png"/><items><rdf:Seq><rdf:li rdf:resource="https://www.uni.example.edu/news/new-library-wing"/></rdf:Seq></items></channel><item rdf:about="https://www.uni.example.edu/news/new-library-wing"><title>New library wing opens</title><link>https://www.uni.example.edu/news/new-library-wing</link><description>The new wing adds 400 study places.</description><dc:publisher>No publisher</dc:publisher><dc:creator>lsmith</dc:creator><dc:rights></dc:rights><dc:subject>Campus</dc:subject><dc:subject>Library</dc:subject><dc:date>2026-11-27T10:05:00Z</dc:date><dc:type>News Item</dc:type></item></rdf:RDF>` },
  // Umbraco: ImageSharp's size parameters on a media item.
  { path: '/unseen50/umbraco.xml', type: RSS_TYPE, doc: channel(MEDIA, head('Port Authority News', 'https://www.portauthority.example.com/'), [
    `<item><title>Night shifts added at container terminal</title><link>https://www.portauthority.example.com/news/night-shifts-added/</link><guid isPermaLink="true">https://www.portauthority.example.com/news/night-shifts-added/</guid>${DATE}<description><![CDATA[<p>The container terminal will run night shifts from December to clear a backlog of 9,000 containers.</p>]]></description><media:content url="https://www.portauthority.example.com/media/x2hd4kqv/terminal.jpg?width=600&amp;height=400&amp;mode=crop&amp;rnd=133771234567890000" medium="image"/></item>`,
  ]) },
  // Sitefinity: its versioned library pictures, relative in the copy.
  { path: '/unseen50/sitefinity.xml', type: RSS_TYPE, doc: channel(DC, head('County News', 'https://www.county.example.gov/'), [
    `<item><guid isPermaLink="false">a3b2c1d0-e9f8-47a6-b5c4-d3e2f1a0b9c8</guid><link>https://www.county.example.gov/news/2026/11/27/county-opens-warming-centers</link><category>Public Safety</category><title>County opens warming centers</title><description>&lt;p&gt;&lt;img src="/images/default-source/news/warming-center.jpg?sfvrsn=4a2b3c4d_2" alt="Warming center" /&gt;&lt;/p&gt;&lt;p&gt;Four warming centers open on Saturday as temperatures drop below freezing.&lt;/p&gt;</description>${DATE}<dc:creator>Communications Office</dc:creator></item>`,
  ]) },
  // Movable Type's Atom: xml:base on the content, relative links and pictures in it; categories and tags by scheme.
  { path: '/unseen50/movabletype.xml', type: ATOM_TYPE, doc: atom(' xml:lang="en"', `<title>Statehouse Blog</title><link rel="alternate" type="text/html" href="https://blogs.statehouse.example.com/"/><link rel="self" type="application/atom+xml" href="https://blogs.statehouse.example.com/atom.xml"/><id>tag:blogs.statehouse.example.com,2026-01-01://1</id><updated>${ISO}</updated><generator uri="https://www.movabletype.org/">Movable Type 7</generator>`, [
    `<entry><title>Senate passes water bill</title><link rel="alternate" type="text/html" href="https://blogs.statehouse.example.com/2026/11/senate-passes-water-bill.html"/><id>tag:blogs.statehouse.example.com,2026://1.4512</id><published>${ISO}</published><updated>${ISO}</updated><summary>The Senate passed the water bill 31-8.</summary><author><name>Dana Ruiz</name><uri>https://blogs.statehouse.example.com/</uri></author><category term="Legislature" scheme="http://www.sixapart.com/ns/types#category"/><category term="water" label="water" scheme="http://www.sixapart.com/ns/types#tag"/><content type="html" xml:lang="en" xml:base="https://blogs.statehouse.example.com/2026/11/">&lt;p&gt;&lt;img alt="senate.jpg" src="images/senate.jpg" width="600" height="400" class="mt-image-none" /&gt;&lt;/p&gt;&lt;p&gt;The Senate passed the water bill 31-8 on Thursday. The &lt;a href="water-bill-text.html"&gt;bill's text&lt;/a&gt; runs to 84 pages.&lt;/p&gt;</content></entry>`,
  ]) },
  // An Atom feed whose entries each carry their own xml:base (a planet aggregating blogs).
  { path: '/unseen50/planet.xml', type: ATOM_TYPE, doc: atom('', `<title>Planet Rivers</title><link rel="alternate" href="https://planet.rivers.example.org/"/><id>https://planet.rivers.example.org/atom.xml</id><updated>${ISO}</updated>`, [
    `<entry xml:base="https://anna.example.net/blog/"><title>Otters are back</title><link href="2026/11/otters-are-back/"/><id>https://anna.example.net/blog/2026/11/otters-are-back/</id><updated>${ISO}</updated><author><name>Anna Berg</name></author><content type="html">&lt;p&gt;&lt;img src="../../img/otter.jpg"/&gt;&lt;/p&gt;&lt;p&gt;Otters were seen on the lower river for the first time in 30 years.&lt;/p&gt;</content></entry>`,
    `<entry xml:base="https://tom.example.com/"><title>Weir removal starts</title><link href="/posts/weir-removal"/><id>tag:tom.example.com,2026:weir</id><updated>${ISO}</updated><author><name>Tom Dale</name></author><summary>Work to remove the old weir starts on Monday.</summary></entry>`,
  ]) },
  // Dotclear's Atom: dc:subject for its category, an urn:md5 id.
  { path: '/unseen50/dotclear.xml', type: ATOM_TYPE, doc: atom(` ${DC} xml:lang="fr"`, `<title type="html">Le Carnet du Port</title><link href="https://carnet.example.fr/index.php?feed/atom" rel="self" type="application/atom+xml"/><link href="https://carnet.example.fr/index.php?" rel="alternate" type="text/html"/><updated>${ISO}</updated><author><name>Claire Martin</name></author><id>urn:md5:0123456789abcdef0123456789abcdef</id><generator uri="https://dotclear.org/">Dotclear</generator>`, [
    `<entry><title>Le quai Ouest rouvre</title><link href="https://carnet.example.fr/index.php?post/2026/11/27/Le-quai-Ouest-rouvre" rel="alternate" type="text/html" title="Le quai Ouest rouvre"/><id>urn:md5:fedcba9876543210fedcba9876543210</id><published>2026-11-27T11:05:00+01:00</published><updated>2026-11-27T11:05:00+01:00</updated><author><name>Claire Martin</name></author><dc:subject>Travaux</dc:subject><content type="html">&lt;p&gt;Le quai Ouest a rouvert vendredi après six mois de travaux.&lt;/p&gt;</content></entry>`,
  ]) },
  // SPIP: its article logo (relative, class spip_logo) before the text, dc: fields.
  { path: '/unseen50/spip.xml', type: RSS_TYPE, doc: channel(DC, `${head('Mairie de Exemple', 'https://www.mairie.example.fr/')}<language>fr</language><generator>SPIP - www.spip.net</generator>`, [
    `<item xml:lang="fr"><title>Fermeture de la piscine municipale</title><link>https://www.mairie.example.fr/spip.php?article512</link><guid isPermaLink="true">https://www.mairie.example.fr/spip.php?article512</guid><dc:date>2026-11-27T10:05:00Z</dc:date><dc:format>text/html</dc:format><dc:language>fr</dc:language><dc:creator>Service communication</dc:creator><dc:subject>Sports</dc:subject><description>&lt;img class='spip_logo spip_logo_right spip_logos' alt="" style='float:right' src='IMG/logo/arton512.jpg?1764230000' width='150' height='100' /&gt;
&lt;div class='rss_texte'&gt;&lt;p&gt;La piscine municipale sera fermée du 1er au 15 décembre pour vidange.&lt;/p&gt;&lt;/div&gt;</description></item>`,
  ]) },
  // Docusaurus' blog: heading anchors holding a zero-width space, "Direct link to …" as their label.
  { path: '/unseen50/docusaurus.xml', type: RSS_TYPE, doc: channel(`${CONTENT} ${DC}`, head('Ferryline Blog', 'https://ferryline.example.dev/blog'), [
    `<item><title><![CDATA[Ferryline 3.0]]></title><link>https://ferryline.example.dev/blog/ferryline-3</link><guid>https://ferryline.example.dev/blog/ferryline-3</guid>${DATE}<description><![CDATA[Ferryline 3.0 adds live departure boards.]]></description><content:encoded><![CDATA[<p>Ferryline 3.0 adds live departure boards.</p><h2 class="anchor anchorWithStickyNavbar_abc" id="boards">Boards<a href="https://ferryline.example.dev/blog/ferryline-3#boards" class="hash-link" aria-label="Direct link to Boards" title="Direct link to Boards">\u200B</a></h2><p>Each pier gets a screen showing the next six sailings.</p>]]></content:encoded><dc:creator>Ravi Menon</dc:creator><category>release</category></item>`,
  ]) },
  // Astro's @astrojs/rss: the minimum.
  { path: '/unseen50/astro.xml', type: RSS_TYPE, doc: channel('', head('Tidewater Log', 'https://tidewater.example.com/'), [
    `<item><title>King tides this weekend</title><link>https://tidewater.example.com/blog/king-tides/</link><guid isPermaLink="true">https://tidewater.example.com/blog/king-tides/</guid><description>The year's highest tides are due on Saturday and Sunday mornings.</description>${DATE}</item>`,
  ]) },
  // Wagtail: a rich-text rendition picture, relative.
  { path: '/unseen50/wagtail.xml', type: RSS_TYPE, doc: channel('', head('Harbour Trust', 'https://www.harbourtrust.example.org.uk/'), [
    `<item><title>Lighthouse open days</title><link>https://www.harbourtrust.example.org.uk/news/lighthouse-open-days/</link><description>&lt;p data-block-key="a1b2c"&gt;The lighthouse opens to visitors on the first Sunday of each month.&lt;/p&gt;&lt;img alt="The lighthouse" class="richtext-image full-width" height="533" src="/media/images/lighthouse.width-800.jpg" width="800"&gt;</description>${DATE}<guid>https://www.harbourtrust.example.org.uk/news/lighthouse-open-days/</guid></item>`,
  ]) },
  // GovDelivery's bulletins: an email's chrome over and under the notice.
  { path: '/unseen50/govdelivery.xml', type: RSS_TYPE, doc: channel('', head('State Department of Transportation', 'https://content.govdelivery.com/accounts/XXDOT/bulletins'), [
    `<item><title>I-90 lane closures next week</title><link>https://content.govdelivery.com/accounts/XXDOT/bulletins/3a1b2c4</link><description><![CDATA[<div class="govd_header"><a href="https://www.dot.example.gov"><img alt="State DOT" src="https://content.govdelivery.com/attachments/fancy_images/XXDOT/2024/01/1234567/header_original.png" width="600"/></a></div><div class="govd_content"><p>Having trouble viewing this email? <a href="https://content.govdelivery.com/accounts/XXDOT/bulletins/3a1b2c4">View it as a Web page</a>.</p><p>Crews will close two lanes of I-90 near exit 12 from Monday to Thursday, 8 pm to 5 am.</p><p>Drivers should expect delays of up to 20 minutes.</p></div><div class="govd_footer"><p>Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your <a href="https://public.govdelivery.com/accounts/XXDOT/subscriber/edit?preferences=true">Subscriber Preferences Page</a>. You will need to use your email address to log in.</p><p>This service is provided to you at no charge by the State Department of Transportation.</p><p>This email was sent to subscriber@example.com using GovDelivery Communications Cloud on behalf of: State Department of Transportation · 100 Capitol Way · Springfield, XX 00000</p></div>]]></description>${DATE}<guid>https://content.govdelivery.com/accounts/XXDOT/bulletins/3a1b2c4</guid></item>`,
  ]) },
  // The Federal Register's documents feed: the agency as dc:creator, the document's type as its category.
  { path: '/unseen50/federalregister.xml', type: RSS_TYPE, doc: channel(DC, head('Federal Register: Environmental Protection Agency', 'https://www.federalregister.example.gov/agencies/environmental-protection-agency'), [
    `<item><title>Air Plan Approval; Ohio; Ozone Standard</title><link>https://www.federalregister.example.gov/documents/2026/11/27/2026-25999/air-plan-approval-ohio-ozone-standard</link><description>&lt;p&gt;The Environmental Protection Agency (EPA) is approving a revision to the Ohio State Implementation Plan.&lt;/p&gt;</description>${DATE}<guid isPermaLink="false">2026-25999</guid><dc:creator>Environmental Protection Agency</dc:creator><category>Rule</category></item>`,
  ]) },
  // canada.ca's news Atom: the department as author, HTML summary.
  { path: '/unseen50/canada.xml', type: ATOM_TYPE, doc: atom(' xml:lang="en"', `<title>Canada News Centre</title><link href="https://api.io.canada.example.ca/io-server/gc/news/en/v2?dept=financecanada&amp;type=newsreleases&amp;format=atom" rel="self"/><id>https://api.io.canada.example.ca/io-server/gc/news/en/v2</id><updated>${ISO}</updated>`, [
    `<entry><title>Minister announces new housing measures</title><link rel="alternate" href="https://www.canada.example.ca/en/department-finance/news/2026/11/minister-announces-new-housing-measures.html"/><author><name>Department of Finance Canada</name></author><updated>${ISO}</updated><id>https://www.canada.example.ca/en/department-finance/news/2026/11/minister-announces-new-housing-measures.html</id><summary type="html">&lt;p&gt;November 27, 2026 - Ottawa, Ontario - Department of Finance Canada&lt;/p&gt;&lt;p&gt;The Minister of Finance today announced measures to speed up housing construction.&lt;/p&gt;</summary></entry>`,
  ]) },
  // note.com: media:thumbnail as text, the author in its own namespace.
  { path: '/unseen50/note.xml', type: RSS_TYPE, doc: channel(`${MEDIA} xmlns:note="https://note.com"`, head('港湾ニュース', 'https://note.com/kowan_news'), [
    `<item><title>新しいフェリーが就航</title><media:thumbnail>https://assets.st-note.com/production/uploads/images/123456789/rectangle_large_type_2_abcdef0123456789.png?width=800</media:thumbnail><description><![CDATA[<p>新しいフェリーが金曜日に就航した。定員は600人。</p>]]></description><note:creatorImage>https://assets.st-note.com/production/uploads/images/987654/profile_abc.png?width=60</note:creatorImage><note:creatorName>港湾ニュース編集部</note:creatorName><pubDate>Fri, 27 Nov 2026 19:05:00 +0900</pubDate><link>https://note.com/kowan_news/n/n0123456789ab</link><guid>https://note.com/kowan_news/n/n0123456789ab</guid></item>`,
  ]) },
  // Weebly: relative uploads, the "Picture" alt, its _orig file, dc:creator.
  { path: '/unseen50/weebly.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Lakeside Rowing Club - Blog', 'https://www.lakesiderowing.example.com/blog'), [
    `<item><title><![CDATA[Regatta results]]></title><link><![CDATA[https://www.lakesiderowing.example.com/blog/regatta-results]]></link><comments><![CDATA[https://www.lakesiderowing.example.com/blog/regatta-results#comments]]></comments>${DATE}<dc:creator><![CDATA[Lakeside Rowing Club]]></dc:creator><category><![CDATA[Results]]></category><guid isPermaLink="false">https://www.lakesiderowing.example.com/blog/regatta-results</guid><description><![CDATA[<div class="paragraph">Our eight won the senior race at Saturday's regatta by two lengths.</div><div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/1/2/3/4/123456789/regatta_orig.jpg" alt="Picture" style="width:auto;max-width:100%" /></a><div style="display:block;font-size:90%"></div></div></div>]]></description><content:encoded><![CDATA[<div class="paragraph">Our eight won the senior race at Saturday's regatta by two lengths.</div><div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/1/2/3/4/123456789/regatta_orig.jpg" alt="Picture" style="width:auto;max-width:100%" /></a><div style="display:block;font-size:90%"></div></div></div>]]></content:encoded></item>`,
  ]) },
  // Gitea/Forgejo releases: the tag as title, notes in content:encoded.
  { path: '/unseen50/forgejo.xml', type: RSS_TYPE, doc: channel(CONTENT, head('Releases for tideplan/tideplan', 'https://code.example.org/tideplan/tideplan/releases'), [
    `<item><title>v2.4.0</title><link>https://code.example.org/tideplan/tideplan/releases/tag/v2.4.0</link><description>&lt;p&gt;Adds tide tables for 40 more ports.&lt;/p&gt;</description><content:encoded><![CDATA[<p>Adds tide tables for 40 more ports.</p><ul><li>Faster startup</li><li>Dark mode</li></ul>]]></content:encoded><author>mlee</author><guid isPermaLink="false">1234: https://code.example.org/tideplan/tideplan/releases/tag/v2.4.0</guid>${DATE}</item>`,
  ]) },
  // JSON Feed 1.1: content_text only, external_url, banner_image, an author with only a url, date_modified only.
  { path: '/unseen50/jsonfeed.json', type: JSON_TYPE, doc: JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Quay Links', home_page_url: 'https://quaylinks.example.com/', feed_url: 'https://quaylinks.example.com/feed.json', language: 'en',
    authors: [{ name: 'Quay Links' }],
    items: [
      { id: 'https://quaylinks.example.com/2026/11/27/canal-reopens', url: 'https://quaylinks.example.com/2026/11/27/canal-reopens', external_url: 'https://www.canaltrust.example.org/news/canal-reopens', title: 'Canal reopens', content_text: 'The canal reopened to boats on Friday after the lock was rebuilt.\n\nThe work cost £2m.', banner_image: 'https://quaylinks.example.com/img/canal-banner.jpg', date_modified: ISO, authors: [{ url: 'https://mastodon.example/@quaylinks' }], tags: ['canals'] },
      { id: 'tag:quaylinks.example.com,2026:bridge', url: 'https://quaylinks.example.com/2026/11/27/bridge-lift', summary: 'The swing bridge will be stuck open on Sunday for repairs.', date_published: '2026-11-27T10:05:00+00:00', attachments: [{ url: 'https://quaylinks.example.com/img/bridge.webp', mime_type: 'image/webp' }] },
    ],
  }) },
  // The forty-eighth round's leftovers, each as its platform writes it.
  // S3WaaS (a district's WordPress site): a notice as its listing's table, the column names over the one row.
  { path: '/unseen50/s3waas.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('District Nagaon, Government of Assam', 'https://nagaon.example.gov.in'), [
    `<item><title>Recruitment of Anganwadi workers</title><link>https://nagaon.example.gov.in/notice/recruitment-of-anganwadi-workers/</link><dc:creator><![CDATA[s3waas]]></dc:creator>${DATE}<category><![CDATA[Recruitment]]></category><guid isPermaLink="false">https://nagaon.example.gov.in/?post_type=notice&amp;p=5120</guid><description><![CDATA[<table class="data-table-1"><thead><tr><th>Title</th><th>Description</th><th>Start Date</th><th>End Date</th><th>File</th></tr></thead><tbody><tr><td>Recruitment of Anganwadi workers</td><td>Applications are invited for 42 posts of Anganwadi workers.</td><td>27/11/2026</td><td>15/12/2026</td><td><span class="pdf-downloads"><a href="https://s3waas.example.gov.in/s3abc/uploads/2026/11/2026112745.pdf" target="_blank">View (245 KB)</a></span></td></tr></tbody></table>]]></description></item>`,
  ]) },
  // A Quintype outlet: its membership appeal under the copy; a WordPress pull quote that repeats the copy, and one that does not.
  { path: '/unseen50/quintype-wp.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT} ${MEDIA}`, head('The Quill', 'https://www.thequill.example.in'), [
    `<item><title>Metro fares to rise in January</title><link>https://www.thequill.example.in/news/metro-fares-to-rise</link><dc:creator>Ananya Sharma</dc:creator>${DATE}<guid isPermaLink="false">b7d0e9f4-1111-4c2d-9e3f-0a1b2c3d4e5f</guid><description><![CDATA[<p>Metro fares will rise by 10% from January 1, the corporation said on Friday.</p><p>Independent journalism needs your support. Become a member of The Quill today and read without ads.</p>]]></description></item>`,
    `<item><title>Council passes flood plan</title><link>https://riverpost.example.org/2026/11/27/council-passes-flood-plan/</link><dc:creator><![CDATA[Maya Chen]]></dc:creator>${DATE}<guid isPermaLink="false">https://riverpost.example.org/?p=4512</guid><content:encoded><![CDATA[<p>The council passed its flood plan on Friday by nine votes to two.</p><figure class="wp-block-pullquote"><blockquote><p>We cannot wait for the next flood.</p><cite>Mayor Ana Ruiz</cite></blockquote></figure><p>“We cannot wait for the next flood,” Mayor Ana Ruiz said.</p><p>Work begins in spring.</p>]]></content:encoded></item>`,
    `<item><title>Levee work halted</title><link>https://riverpost.example.org/2026/11/27/levee-work-halted/</link><dc:creator><![CDATA[Maya Chen]]></dc:creator>${DATE}<guid isPermaLink="false">https://riverpost.example.org/?p=4513</guid><content:encoded><![CDATA[<p>Work on the east levee stopped on Friday after cracks were found.</p><figure class="wp-block-pullquote"><blockquote><p>Nobody will live behind a levee we do not trust.</p><cite>Mayor Ana Ruiz</cite></blockquote></figure>]]></content:encoded></item>`,
    `<item><title>Bus lane opens</title><link>https://cms.metrodesk.example.com/news/bus-lane-opens</link>${DATE}<description>The bus lane on Ring Road opened on Friday.</description><media:content url="https://cms.metrodesk.example.com/uploads/small_bus_lane_3f2a1b9c8d.jpg" medium="image" width="500" height="333"/></item>`,
  ]) },
  // Kit's issue: a greeting, the sign-off, its share button and footer.
  { path: '/unseen50/kit.xml', type: RSS_TYPE, doc: channel(CONTENT, head('Maker Weekly', 'https://makerweekly.kit.com/posts'), [
    `<item><title>The port strike, explained</title><link>https://makerweekly.kit.com/posts/the-port-strike-explained-2</link><guid>https://makerweekly.kit.com/posts/the-port-strike-explained-2</guid>${DATE}<description><![CDATA[<p>Hi all,</p><p>Dock workers walked out at three ports on Thursday over pay.</p><p>Talks resume on Monday.</p><p>Until next week,<br>Dev</p><p><a href="https://makerweekly.kit.com/share">Share Maker Weekly</a></p><p>123 Main Street, Springfield<br><a href="https://unsubscribe.kit.com/x">Unsubscribe</a> · <a href="https://preferences.kit.com/x">Preferences</a></p>]]></description></item>`,
  ]) },
  // Mastodon: a poll under the post.
  { path: '/unseen50/mastodon-poll.xml', type: RSS_TYPE, doc: channel(MEDIA, `${head('Harbour Council', 'https://mastodon.example/@harbourcouncil')}<generator>Mastodon v4.3.1</generator>`, [
    `<item><guid isPermaLink="true">https://mastodon.example/@harbourcouncil/113550000000000077</guid><link>https://mastodon.example/@harbourcouncil/113550000000000077</link>${DATE}<description>&lt;p&gt;Should the harbour ferry run after midnight on weekends?&lt;/p&gt;&lt;p&gt;[ ] Yes&lt;br /&gt;[ ] No&lt;br /&gt;[ ] Only in summer&lt;/p&gt;</description></item>`,
  ]) },
  // NewsBlur's blurblog: the sharer's comment over the story it shares (it stays: it is the blurblog's own copy).
  { path: '/unseen50/newsblur.xml', type: RSS_TYPE, doc: channel(DC, head('deskreader’s blurblog', 'https://deskreader.newsblur.com/'), [
    `<item><title>Tide tables for 40 more ports</title><link>https://deskreader.newsblur.com/story/12345/abcdef</link><description><![CDATA[<blockquote><p>Useful for anyone on the coast.</p></blockquote><p>Tideplan 2.4 adds tide tables for 40 more ports.</p>]]></description><dc:creator>deskreader</dc:creator>${DATE}<guid isPermaLink="false">https://deskreader.newsblur.com/story/12345/abcdef</guid></item>`,
  ]) },
];

const LEFTOVERS = ['/unseen50/s3waas.xml', '/unseen50/quintype-wp.xml', '/unseen50/kit.xml', '/unseen50/mastodon-poll.xml', '/unseen50/newsblur.xml'];

describe('the forty-eighth round’s leftovers', () => {
  it('S3WaaS’s notice reads name by name; the appeal, the repeated pull quote, the letter form, the share button and the poll’s boxes go; Strapi’s format gives its upload', async () => {
    expect(await fieldsOf(sweep, FEEDS, LEFTOVERS)).toEqual({
      // The notice's title, its first value, is the headline again and goes.
      "Recruitment of Anganwadi workers": { link: "https://nagaon.example.gov.in/notice/recruitment-of-anganwadi-workers/", published: PUBLISHED, author: null, image: null, categories: ["Recruitment"],
        text: "Description: Applications are invited for 42 posts of Anganwadi workers.\n\nStart Date: 27/11/2026\n\nEnd Date: 15/12/2026" },
      "Metro fares to rise in January": { link: "https://www.thequill.example.in/news/metro-fares-to-rise", published: PUBLISHED, author: "Ananya Sharma", image: null, categories: [],
        text: "Metro fares will rise by 10% from January 1, the corporation said on Friday." },
      "Council passes flood plan": { link: "https://riverpost.example.org/2026/11/27/council-passes-flood-plan/", published: PUBLISHED, author: "Maya Chen", image: null, categories: [],
        text: "The council passed its flood plan on Friday by nine votes to two.\n\n“We cannot wait for the next flood,” Mayor Ana Ruiz said.\n\nWork begins in spring." },
      // A pull quote the copy does not say stays, its speaker under it.
      "Levee work halted": { link: "https://riverpost.example.org/2026/11/27/levee-work-halted/", published: PUBLISHED, author: "Maya Chen", image: null, categories: [],
        text: "Work on the east levee stopped on Friday after cracks were found.\n\nNobody will live behind a levee we do not trust.\n\nMayor Ana Ruiz" },
      "Bus lane opens": { link: "https://cms.metrodesk.example.com/news/bus-lane-opens", published: PUBLISHED, author: null, image: "https://cms.metrodesk.example.com/uploads/bus_lane_3f2a1b9c8d.jpg", categories: [],
        text: "The bus lane on Ring Road opened on Friday." },
      "The port strike, explained": { link: "https://makerweekly.kit.com/posts/the-port-strike-explained-2", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Dock workers walked out at three ports on Thursday over pay.\n\nTalks resume on Monday." },
      "Should the harbour ferry run after midnight on weekends?": { link: "https://mastodon.example/@harbourcouncil/113550000000000077", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Should the harbour ferry run after midnight on weekends?" },
      // NewsBlur's blurblog: the sharer's comment is the blurblog's copy, and stays.
      "Tide tables for 40 more ports": { link: "https://deskreader.newsblur.com/story/12345/abcdef", published: PUBLISHED, author: "deskreader", image: null, categories: [],
        text: "Useful for anyone on the coast.\n\nTideplan 2.4 adds tide tables for 40 more ports." },
    });
  });
});

describe('platforms not tried before', () => {
  it('title, link, date, author, picture, text and categories of each', async () => {
    expect(await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path).filter((p) => !LEFTOVERS.includes(p)))).toEqual({
      "Rathaus öffnet samstags": { link: "https://www.stadt.example.de/aktuelles/detail/rathaus-oeffnet-samstags", published: PUBLISHED, author: null, image: "https://www.stadt.example.de/fileadmin/_processed_/3/f/csm_rathaus_8c2d1e4f5a.jpg", categories: ["Verwaltung"],
        text: "Ab Dezember hat das Bürgerbüro auch samstags von 9 bis 13 Uhr geöffnet.\n\nTermine können online gebucht werden." },
      "Why our deploys got 3x faster": { link: "https://dev.to/priyanair/why-our-deploys-got-3x-faster-4kd2", published: PUBLISHED, author: "Priya Nair", image: null, categories: ["devops", "ci"],
        text: "We cut our deploy time from 15 minutes to 5.\n\nThe cache\n\nMost of it came from caching dependencies.\n\nnpm ci --prefer-offline\n\nThe rest came from running tests in parallel." },
      "New ferry timetable": { link: "https://harbournotes.bearblog.dev/new-ferry-timetable/", published: PUBLISHED, author: "Harbour Notes", image: null, categories: [],
        text: "The winter ferry timetable starts on Monday, with two fewer sailings a day." },
      "The wetland count": { link: "https://write.example.org/fieldnotes/the-wetland-count", published: PUBLISHED, author: "Field Notes", image: null, categories: [],
        text: "Volunteers counted 4,200 migratory birds at the wetland on Friday, up from 3,100 last year." },
      // Misskey's "New note by Desk Wire" names the channel's own user: the note's first sentence heads it.
      "The metro's blue line reopened on Friday after a week of repairs": { link: "https://misskey.example/notes/9z1abc2def", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The metro's blue line reopened on Friday after a week of repairs." },
      // "pixel" in Pixelfed's host is no tracking pixel; the caption only repeats the title.
      "The clock tower after its restoration.": { link: "https://pixelfed.example/p/lenslocal/702345678901234567", published: PUBLISHED, author: "lenslocal", image: "https://pixelfed.example/storage/m/_v2/7023/abc/def/ghi.jpg", categories: [],
        text: "" },
      "Episode 42: The budget vote": { link: "https://cityhallweekly.podbean.com/e/episode-42-the-budget-vote/", published: PUBLISHED, author: "City Hall Weekly", image: "https://pbcdn1.podbean.com/imglogo/ep-logo/pbblog1234567/ep42.jpg", categories: [],
        text: "The council passed its budget 7-2 on Thursday night.\n\nWe talk to the finance chair about what it means for bus routes." },
      // Libsyn's art has no extension and stays as named; an empty paragraph under the notes is nothing.
      "Dredging the channel": { link: "https://harbourhour.libsyn.com/dredging-the-channel", published: PUBLISHED, author: null, image: "https://assets.libsyn.com/secure/content/187654321", categories: [],
        text: "Dredging of the harbour channel starts in January and will take six months." },
      // Transistor's chapter list, from (00:00), goes with its heading.
      "Rates on hold": { link: "https://marketclose.transistor.fm/episodes/rates-on-hold", published: PUBLISHED, author: "Market Close", image: "https://img.transistor.fm/AbCdEf123/rs:fill:3000:3000:1/q:60/aHR0cHM6Ly9pbWct.jpg", categories: [],
        text: "The central bank held rates at 6.5% on Friday." },
      // Buzzsprout's "Send us a text" and "Support the show" go; the episode has no page, so its file is the link.
      "Frost warning for growers": { link: "https://www.buzzsprout.com/2012345/episodes/16123456-frost-warning-for-growers.mp3", published: PUBLISHED, author: "Valley Farm Report", image: null, categories: [],
        text: "Forecasters expect frost across the valley on Sunday night. Growers should cover seedlings." },
      "Bridge closure explained": { link: "https://soundcloud.com/riversideradio/bridge-closure-explained", published: PUBLISHED, author: "Riverside Radio", image: "https://i1.sndcdn.com/artworks-AbCdEf123-0-t3000x3000.jpg", categories: [],
        text: "The old bridge closes for repairs on Monday. Buses will use the ring road." },
      "Neue Kräne im Hafen": { link: "https://podcasts.example.de/@hafenfunk/episodes/neue-kraene", published: PUBLISHED, author: null, image: "https://podcasts.example.de/media/podcasts/hafenfunk/neue-kraene_feed.jpg?v=1", categories: [],
        text: "Zwei neue Kräne sind am Freitag im Hafen angekommen." },
      // Dailymotion's x240 thumbnail stays (see README: no size every video is documented to have).
      "Floodwaters recede in the old town": { link: "https://www.dailymotion.com/video/x8abc12", published: PUBLISHED, author: "Metro TV", image: "https://s1.dmcdn.net/v/WxYz1a2b3c4d/x240", categories: [],
        text: "Floodwaters receded in the old town on Friday as shops began to reopen." },
      "New library wing opens": { link: "https://www.uni.example.edu/news/new-library-wing", published: PUBLISHED, author: "lsmith", image: null, categories: ["Campus", "Library"],
        text: "The new wing adds 400 study places." },
      // Umbraco's ImageSharp size parameters go.
      "Night shifts added at container terminal": { link: "https://www.portauthority.example.com/news/night-shifts-added/", published: PUBLISHED, author: null, image: "https://www.portauthority.example.com/media/x2hd4kqv/terminal.jpg", categories: [],
        text: "The container terminal will run night shifts from December to clear a backlog of 9,000 containers." },
      "County opens warming centers": { link: "https://www.county.example.gov/news/2026/11/27/county-opens-warming-centers", published: PUBLISHED, author: "Communications Office", image: "https://www.county.example.gov/images/default-source/news/warming-center.jpg?sfvrsn=4a2b3c4d_2", categories: ["Public Safety"],
        text: "Four warming centers open on Saturday as temperatures drop below freezing." },
      // Movable Type's xml:base on the content resolves its picture.
      "Senate passes water bill": { link: "https://blogs.statehouse.example.com/2026/11/senate-passes-water-bill.html", published: PUBLISHED, author: "Dana Ruiz", image: "https://blogs.statehouse.example.com/2026/11/images/senate.jpg", categories: ["Legislature", "water"],
        text: "The Senate passed the water bill 31-8 on Thursday. The bill's text runs to 84 pages." },
      // Each entry's own xml:base resolves its link and picture.
      "Otters are back": { link: "https://anna.example.net/blog/2026/11/otters-are-back/", published: PUBLISHED, author: "Anna Berg", image: "https://anna.example.net/img/otter.jpg", categories: [],
        text: "Otters were seen on the lower river for the first time in 30 years." },
      "Weir removal starts": { link: "https://tom.example.com/posts/weir-removal", published: PUBLISHED, author: "Tom Dale", image: null, categories: [],
        text: "Work to remove the old weir starts on Monday." },
      "Le quai Ouest rouvre": { link: "https://carnet.example.fr/index.php?post/2026/11/27/Le-quai-Ouest-rouvre", published: PUBLISHED, author: "Claire Martin", image: null, categories: ["Travaux"],
        text: "Le quai Ouest a rouvert vendredi après six mois de travaux." },
      "Fermeture de la piscine municipale": { link: "https://www.mairie.example.fr/spip.php?article512", published: PUBLISHED, author: "Service communication", image: "https://www.mairie.example.fr/IMG/logo/arton512.jpg?1764230000", categories: ["Sports"],
        text: "La piscine municipale sera fermée du 1er au 15 décembre pour vidange." },
      "Ferryline 3.0": { link: "https://ferryline.example.dev/blog/ferryline-3", published: PUBLISHED, author: "Ravi Menon", image: null, categories: ["release"],
        text: "Ferryline 3.0 adds live departure boards.\n\nBoards\n\nEach pier gets a screen showing the next six sailings." },
      "King tides this weekend": { link: "https://tidewater.example.com/blog/king-tides/", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The year's highest tides are due on Saturday and Sunday mornings." },
      // Wagtail's rendition stays: its original is not at an address the rendition's names.
      "Lighthouse open days": { link: "https://www.harbourtrust.example.org.uk/news/lighthouse-open-days/", published: PUBLISHED, author: null, image: "https://www.harbourtrust.example.org.uk/media/images/lighthouse.width-800.jpg", categories: [],
        text: "The lighthouse opens to visitors on the first Sunday of each month." },
      // GovDelivery's "Having trouble viewing…", preferences and no-charge lines go; its header banner (govd_header) is no picture (unseen51).
      "I-90 lane closures next week": { link: "https://content.govdelivery.com/accounts/XXDOT/bulletins/3a1b2c4", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Crews will close two lanes of I-90 near exit 12 from Monday to Thursday, 8 pm to 5 am.\n\nDrivers should expect delays of up to 20 minutes." },
      "Air Plan Approval; Ohio; Ozone Standard": { link: "https://www.federalregister.example.gov/documents/2026/11/27/2026-25999/air-plan-approval-ohio-ozone-standard", published: PUBLISHED, author: "Environmental Protection Agency", image: null, categories: ["Rule"],
        text: "The Environmental Protection Agency (EPA) is approving a revision to the Ohio State Implementation Plan." },
      // canada.ca's "November 27, 2026 - Ottawa, Ontario - Department of Finance Canada" is the release's dateline.
      "Minister announces new housing measures": { link: "https://www.canada.example.ca/en/department-finance/news/2026/11/minister-announces-new-housing-measures.html", published: PUBLISHED, author: "Department of Finance Canada", image: null, categories: [],
        text: "The Minister of Finance today announced measures to speed up housing construction." },
      // note.com's media:thumbnail gives its address as text, its writer in note:creatorName.
      "新しいフェリーが就航": { link: "https://note.com/kowan_news/n/n0123456789ab", published: PUBLISHED, author: "港湾ニュース編集部", image: "https://assets.st-note.com/production/uploads/images/123456789/rectangle_large_type_2_abcdef0123456789.png?width=800", categories: [],
        text: "新しいフェリーが金曜日に就航した。定員は600人。" },
      "Regatta results": { link: "https://www.lakesiderowing.example.com/blog/regatta-results", published: PUBLISHED, author: "Lakeside Rowing Club", image: "https://www.lakesiderowing.example.com/uploads/1/2/3/4/123456789/regatta_orig.jpg", categories: ["Results"],
        text: "Our eight won the senior race at Saturday's regatta by two lengths." },
      "v2.4.0": { link: "https://code.example.org/tideplan/tideplan/releases/tag/v2.4.0", published: PUBLISHED, author: "mlee", image: null, categories: [],
        text: "Adds tide tables for 40 more ports.\n\nFaster startup\n\nDark mode" },
      "Canal reopens": { link: "https://quaylinks.example.com/2026/11/27/canal-reopens", published: PUBLISHED, author: "Quay Links", image: "https://quaylinks.example.com/img/canal-banner.jpg", categories: ["canals"],
        text: "The canal reopened to boats on Friday after the lock was rebuilt.\n\nThe work cost £2m." },
      "The swing bridge will be stuck open on Sunday for repairs": { link: "https://quaylinks.example.com/2026/11/27/bridge-lift", published: PUBLISHED, author: "Quay Links", image: "https://quaylinks.example.com/img/bridge.webp", categories: [],
        text: "The swing bridge will be stuck open on Sunday for repairs." },
    });
  });
});
