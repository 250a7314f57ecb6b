import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { atom, channel, CONTENT, DATE, fieldsOf, head, ITUNES, ISO, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-third round of unseen feeds as README counts them (the file is numbered after unseen53, the fifty-second round's): the leftover
 * that round named (a tender's fields between <br>s) and feeds as static-site generators, small CMSs, forges, link aggregators, fediverse
 * servers and podcast hosts write them that no round tried whole (Pelican, Hexo, Nikola, MkDocs Material's blog, Kirby, Statamic, Concrete
 * CMS, Django's syndication framework, Lobsters, Gitea, GitLab, Posthaven, Svbtle, Friendica, Akkoma, Mobilizon, Funkwhale, Simplecast,
 * Megaphone, Captivate, Podigee), and feeds a lenient reader must recover (HTML entities undefined in XML, a stray ampersand, control
 * characters, a last item cut short, a feed served as application/octet-stream, Atom's <content src>), each served from a real local
 * server, added and polled through POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen54-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;
const entry = (title: string, link: string, rest: string) => `<entry><title type="html">${title}</title><link rel="alternate" type="text/html" href="${link}"/><id>${link}</id><published>${ISO}</published><updated>${ISO}</updated>${rest}</entry>`;

const FEEDS: UnseenFeed[] = [
  // The fifty-second round's leftover: a tender's fields between <br>s, and a line with a colon that is copy.
  { path: '/unseen54/leftovers.xml', type: RSS_TYPE, doc: channel('', head('Central Public Procurement Portal - Latest Tenders', 'https://eprocure.gov.in/cppp'), [
    it1('Dredging of approach channel at Paradip Port', 'https://eprocure.gov.in/cppp/tendersfullview/MjIzNDU2Nzg5', `<description><![CDATA[Tender Ref No: PPA/DRG/2026/14<br/>Closing Date: 18-Dec-2026 03:00 PM<br/>Organisation: Paradip Port Authority]]></description>${DATE}`),
    it1('Berth 4 closes for repairs', 'https://eprocure.gov.in/cppp/notice/4', `<description><![CDATA[Note: berth 4 closes at noon<br/>on Friday for repairs to its fenders.]]></description>${DATE}`),
  ]) },

  // Static-site generators.
  // Pelican's Atom: summary and content as html, the author's name, a category by term.
  { path: '/unseen54/pelican.xml', type: ATOM_TYPE, doc: atom('', `<title>Harbour Notes</title><link href="https://harbournotes.example.org/" rel="alternate"/><id>https://harbournotes.example.org/</id><updated>${ISO}</updated>`, [
    entry('Tide gauges at Dover replaced', 'https://harbournotes.example.org/tide-gauges-at-dover-replaced.html', `<author><name>Ruth Okafor</name></author><summary type="html">&lt;p&gt;The three tide gauges at Dover were replaced this week.&lt;/p&gt;</summary><content type="html">&lt;p&gt;The three tide gauges at Dover were replaced this week.&lt;/p&gt;&lt;p&gt;&lt;img alt="Gauge" src="https://harbournotes.example.org/images/gauge.jpg"&gt;&lt;/p&gt;</content><category term="tides"/>`),
  ]) },
  // Hexo (hexo-generator-feed, Atom): CDATA html content, a relative picture under the site, tags as categories.
  { path: '/unseen54/hexo.xml', type: ATOM_TYPE, doc: atom('', `<title>Quay Log</title><link href="https://quaylog.example.com/atom.xml" rel="self"/><link href="https://quaylog.example.com/"/><updated>${ISO}</updated><id>https://quaylog.example.com/</id><author><name>Wen Li</name></author><generator uri="https://hexo.io/">Hexo</generator>`, [
    `<entry><title>Ningbo adds two gantry cranes</title><link href="https://quaylog.example.com/2026/11/27/ningbo-cranes/"/><id>https://quaylog.example.com/2026/11/27/ningbo-cranes/</id><published>${ISO}</published><updated>${ISO}</updated><content type="html"><![CDATA[<p><img src="/images/ningbo.jpg" alt="Cranes"></p><p>Ningbo-Zhoushan port commissioned two gantry cranes on Friday.</p>]]></content><summary type="html"><![CDATA[<p>Ningbo-Zhoushan port commissioned two gantry cranes on Friday.</p>]]></summary><category term="ports" scheme="https://quaylog.example.com/tags/ports/"/></entry>`,
  ]) },
  // Nikola's RSS: dc:creator, escaped html in the description, a guid that is the link.
  { path: '/unseen54/nikola.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Lock and Weir', 'https://lockandweir.example.net/'), [
    it1('Teddington lock reopens', 'https://lockandweir.example.net/posts/teddington-lock-reopens/', `<dc:creator>Sam Pryce</dc:creator><description>&lt;div&gt;&lt;p&gt;Teddington lock reopened to boats on Friday after six weeks of repairs.&lt;/p&gt;&lt;/div&gt;</description><guid>https://lockandweir.example.net/posts/teddington-lock-reopens/</guid>${DATE}`),
  ]) },
  // MkDocs Material's blog (the rss plugin): "email (name)" as author, the picture as an enclosure, the category.
  { path: '/unseen54/mkdocs.xml', type: RSS_TYPE, doc: channel('', head('Canal Trust Docs', 'https://docs.canaltrust.example.org/'), [
    it1('Winter stoppages published', 'https://docs.canaltrust.example.org/blog/2026/11/27/winter-stoppages-published/', `<description>&lt;p&gt;The list of winter stoppages for 2026-27 is published.&lt;/p&gt;</description><author>press@canaltrust.example.org (Canal Trust Press Office)</author><category>Notices</category>${DATE}<enclosure url="https://docs.canaltrust.example.org/assets/images/social/blog/winter.png" type="image/png" length="51234"/>`),
  ]) },

  // Small CMSs.
  // Kirby (a feed snippet): a relative link and a description without a tag.
  { path: '/unseen54/kirby.xml', type: RSS_TYPE, doc: channel('', head('Fjord Ferries', 'https://fjordferries.example.no'), [
    it1('New timetable from December', '/news/new-timetable-from-december', `<description>The winter timetable starts on 1 December.</description>${DATE}<guid>/news/new-timetable-from-december</guid>`),
  ]) },
  // Statamic (an Atom template): the content as html, the author as a name.
  { path: '/unseen54/statamic.xml', type: ATOM_TYPE, doc: atom('', `<title>Marina News</title><link href="https://marina.example.com"/><id>https://marina.example.com/</id><updated>${ISO}</updated>`, [
    entry('Pontoon C is extended', 'https://marina.example.com/news/pontoon-c-is-extended', `<author><name>Marina Office</name></author><content type="html">&lt;p&gt;Pontoon C gains twelve berths for boats up to 14 metres.&lt;/p&gt;</content>`),
  ]) },
  // Concrete CMS (its page list's RSS): escaped html with a thumbnail under /application/files/.
  { path: '/unseen54/concrete.xml', type: RSS_TYPE, doc: channel('', head('Port of Tyne News', 'https://www.portoftyne.example.com'), [
    it1('Tyne offshore base opens', 'https://www.portoftyne.example.com/news/tyne-offshore-base-opens', `<description>&lt;img src="https://www.portoftyne.example.com/application/files/8117/3270/1234/base.jpg" /&gt;&lt;p&gt;The offshore base opened on the north bank on Friday.&lt;/p&gt;</description>${DATE}`),
  ]) },
  // Django's syndication framework (Rss201rev2Feed): "email (name)" author, guid as the link, escaped html.
  { path: '/unseen54/django.xml', type: RSS_TYPE, doc: channel('', head('Harbour Board Minutes', 'https://board.example.org/'), [
    it1('Board approves the dredging budget', 'https://board.example.org/minutes/2026/11/27/', `<description>&lt;p&gt;The board approved a dredging budget of £4.2 million.&lt;/p&gt;</description><author>clerk@board.example.org (Helen Marsh)</author>${DATE}<guid>https://board.example.org/minutes/2026/11/27/</guid>`),
  ]) },

  // A link aggregator and forges.
  // Lobsters: "user@users.lobste.rs (user)" as author, the description a link to the comments.
  { path: '/unseen54/lobsters.xml', type: RSS_TYPE, doc: channel('', head('Lobsters', 'https://lobste.rs/'), [
    it1('AIS decoding in 400 lines of Rust', 'https://example.dev/ais-decoding', `<guid isPermaLink="false">https://lobste.rs/s/abc123</guid><author>wen@users.lobste.rs (wen)</author>${DATE}<comments>https://lobste.rs/s/abc123/ais_decoding_400_lines_rust</comments><description>&lt;p&gt;&lt;a href="https://lobste.rs/s/abc123/ais_decoding_400_lines_rust"&gt;Comments&lt;/a&gt;&lt;/p&gt;</description><category>rust</category>`),
  ]) },
  // Gitea's release feed: the tag as title, release notes as html, the author by name.
  { path: '/unseen54/gitea.xml', type: RSS_TYPE, doc: channel('', head('Feed of "harbour/tidecalc"', 'https://git.example.org/harbour/tidecalc'), [
    it1('v2.3.0', 'https://git.example.org/harbour/tidecalc/releases/tag/v2.3.0', `<description>&lt;p&gt;Adds the Severn&#39;s harmonic constants and fixes leap-second handling.&lt;/p&gt;</description><author>Ana Sitoe</author><guid isPermaLink="false">21: https://git.example.org/harbour/tidecalc/releases/tag/v2.3.0</guid>${DATE}`),
  ]) },
  // GitLab's project Atom: the author's name and address, a media:thumbnail avatar, the summary as html.
  { path: '/unseen54/gitlab.xml', type: ATOM_TYPE, doc: atom(` ${MEDIA}`, `<title>tidecalc activity</title><link href="https://gitlab.example.com/harbour/tidecalc" rel="alternate" type="text/html"/><id>https://gitlab.example.com/harbour/tidecalc.atom</id><updated>${ISO}</updated>`, [
    `<entry><id>https://gitlab.example.com/harbour/tidecalc/-/commit/1a2b3c</id><link href="https://gitlab.example.com/harbour/tidecalc/-/commit/1a2b3c"/><title>Jo Lee pushed to project branch main at harbour / tidecalc</title><updated>${ISO}</updated><media:thumbnail width="40" height="40" url="https://secure.gravatar.com/avatar/abc123?s=80&amp;d=identicon"/><author><name>Jo Lee</name><email>jo@example.com</email></author><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><div class="blockquote"><p>Fix the Severn constants</p></div></div></summary></entry>`,
  ]) },

  // Blogs.
  // Posthaven's Atom: html content, the author as a name with a uri.
  { path: '/unseen54/posthaven.xml', type: ATOM_TYPE, doc: atom('', `<title>Lighthouse Keeper</title><link href="https://lighthouse.posthaven.com" rel="alternate" type="text/html"/><id>tag:lighthouse.posthaven.com,2013:/posts</id><updated>${ISO}</updated>`, [
    `<entry><id>tag:lighthouse.posthaven.com,2013:Post/2012345</id><published>${ISO}</published><updated>${ISO}</updated><link rel="alternate" type="text/html" href="https://lighthouse.posthaven.com/the-lamp-goes-led"/><title>The lamp goes LED</title><content type="html">&lt;p&gt;The old lamp at Longships was replaced with LEDs on Friday.&lt;/p&gt;</content><author><name>Tom Penrose</name><uri>https://lighthouse.posthaven.com</uri></author></entry>`,
  ]) },
  // Svbtle's Atom: html content, the author by name.
  { path: '/unseen54/svbtle.xml', type: ATOM_TYPE, doc: atom('', `<title>Sea Lanes</title><link href="https://sealanes.svbtle.com/"/><id>tag:sealanes.svbtle.com,2014:/feed</id><updated>${ISO}</updated>`, [
    entry('Why the Bosphorus queues', 'https://sealanes.svbtle.com/why-the-bosphorus-queues', `<content type="html">&lt;p&gt;Tankers wait at the Bosphorus because transits run one way at a time.&lt;/p&gt;</content><author><name>Deniz Kaya</name></author>`),
  ]) },

  // The fediverse.
  // Friendica's Atom: html content, the author's name, a picture in the post.
  { path: '/unseen54/friendica.xml', type: ATOM_TYPE, doc: atom('', `<title>Harbour Watch</title><id>https://social.example.de/profile/harbourwatch</id><updated>${ISO}</updated><link rel="alternate" type="text/html" href="https://social.example.de/profile/harbourwatch"/>`, [
    entry('Three ships anchored off Bremerhaven', 'https://social.example.de/display/abc-123', `<author><name>Harbour Watch</name><uri>https://social.example.de/profile/harbourwatch</uri></author><content type="html">Three ships anchored off Bremerhaven in the storm.&lt;br&gt;&lt;img src="https://social.example.de/photo/ab12cd-0.jpg" alt="Ships"&gt;</content>`),
  ]) },
  // Akkoma's RSS of a user: no title (the post is the title), html description, the picture as an enclosure.
  { path: '/unseen54/akkoma.xml', type: RSS_TYPE, doc: channel('', head("Port of Rotterdam's posts", 'https://fedi.example.nl/users/port'), [
    `<item><link>https://fedi.example.nl/objects/9a8b7c</link><guid>https://fedi.example.nl/objects/9a8b7c</guid><description>&lt;p&gt;Container volumes rose 3% in October.&lt;/p&gt;</description>${DATE}<enclosure url="https://fedi.example.nl/media/volumes.png" type="image/png" length="0"/></item>`,
  ]) },
  // Mobilizon's Atom of a group's events: the event's description as html.
  { path: '/unseen54/mobilizon.xml', type: ATOM_TYPE, doc: atom('', `<title>Friends of the Harbour</title><id>https://mobilizon.example.fr/@harbour/feed/atom</id><updated>${ISO}</updated><link href="https://mobilizon.example.fr/@harbour" rel="alternate"/>`, [
    entry('Harbour clean-up, Saturday', 'https://mobilizon.example.fr/events/6d4c3b2a', `<content type="html">&lt;p&gt;Join us at the slipway at 9am with gloves.&lt;/p&gt;</content><author><name>Friends of the Harbour</name></author>`),
  ]) },

  // Podcast hosts.
  // Funkwhale's podcast RSS: itunes:image on the item, itunes:summary.
  { path: '/unseen54/funkwhale.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, head('Tide Tables Podcast', 'https://funkwhale.example.org/channels/tides'), [
    it1('Episode 12: spring tides', 'https://funkwhale.example.org/library/tracks/412', `<description>Why spring tides come twice a month.</description><itunes:summary>Why spring tides come twice a month.</itunes:summary><itunes:image href="https://funkwhale.example.org/media/attachments/ep12.jpg"/>${DATE}<enclosure url="https://funkwhale.example.org/api/v1/listen/412.mp3" type="audio/mpeg" length="1234567"/>`),
  ]) },
  // Simplecast: content:encoded html, itunes:author, the episode's image.
  { path: '/unseen54/simplecast.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${CONTENT}`, head('Shipping Forecast Stories', 'https://shippingstories.simplecast.com'), [
    it1('Dogger, Fisher, German Bight', 'https://shippingstories.simplecast.com/episodes/dogger-fisher-german-bight', `<description>Three sea areas and the people who work them.</description><content:encoded><![CDATA[<p>Three sea areas and the people who work them.</p>]]></content:encoded><itunes:author>Mari Jones</itunes:author><itunes:image href="https://image.simplecastcdn.com/images/abc/ep.jpg"/>${DATE}<enclosure url="https://cdn.simplecast.com/audio/abc/ep.mp3" type="audio/mpeg" length="0"/>`),
  ]) },
  // Megaphone: a description with a pasted "Learn more about your ad choices" footer, itunes:image.
  { path: '/unseen54/megaphone.xml', type: RSS_TYPE, doc: channel(`${ITUNES}`, head('The Cargo Hour', 'https://cargohour.example.com'), [
    it1('The Suez queue', 'https://cargohour.example.com/episodes/the-suez-queue', `<description><![CDATA[<p>How the canal sorts its convoys.</p><p>Learn more about your ad choices. Visit <a href="https://megaphone.fm/adchoices">megaphone.fm/adchoices</a></p>]]></description><itunes:image href="https://megaphone.imgix.net/podcasts/abc/image/suez.jpg"/><itunes:author>The Cargo Hour</itunes:author>${DATE}<enclosure url="https://traffic.megaphone.fm/ABC123.mp3" type="audio/mpeg" length="0"/>`),
  ]) },
  // Captivate: itunes:image, content:encoded with html.
  { path: '/unseen54/captivate.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${CONTENT}`, head('Dock Talk', 'https://docktalk.captivate.fm'), [
    it1('Pilots of the Elbe', 'https://docktalk.captivate.fm/episode/pilots-of-the-elbe', `<description><![CDATA[<p>Two Elbe pilots on bringing in the largest ships.</p>]]></description><content:encoded><![CDATA[<p>Two Elbe pilots on bringing in the largest ships.</p>]]></content:encoded><itunes:image href="https://artwork.captivate.fm/abc/elbe.jpg"/>${DATE}<enclosure url="https://podcasts.captivate.fm/media/abc/elbe.mp3" type="audio/mpeg" length="0"/>`),
  ]) },
  // Podigee: German copy, itunes:author, the episode's image.
  { path: '/unseen54/podigee.xml', type: RSS_TYPE, doc: channel(`${ITUNES} ${CONTENT}`, head('Hafenfunk', 'https://hafenfunk.podigee.io'), [
    it1('Folge 8: Der neue Containerterminal', 'https://hafenfunk.podigee.io/8-containerterminal', `<description>Wir besuchen den neuen Containerterminal in Hamburg.</description><itunes:author>Jana Petersen</itunes:author><itunes:image href="https://images.podigee-cdn.net/0x,abc=/https://main.podigee-cdn.net/uploads/u1/8.jpg"/>${DATE}<enclosure url="https://cdn.podigee.com/media/podcast_1_hafenfunk_episode_8.mp3" type="audio/mpeg" length="0"/>`),
  ]) },

  // Broken or odd documents a lenient reader must recover.
  // HTML entities XML does not define (&nbsp; &eacute; &mdash;) outside CDATA, and a stray "&" in a title.
  { path: '/unseen54/entities.xml', type: RSS_TYPE, doc: channel('', head('Quayside Gazette', 'https://quayside.example.com'), [
    it1('Café & bar open on the quay', 'https://quayside.example.com/news/cafe-bar', `<description>The caf&eacute; opened on Friday&nbsp;&mdash; the first on the quay.</description>${DATE}`),
  ]) },
  // Control characters in the copy, and the last item cut short where the upload stopped.
  { path: '/unseen54/truncated.xml', type: RSS_TYPE, doc: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${head('Tideway Bulletin', 'https://tideway.example.org')}${it1('Tideway tunnel fully commissioned', 'https://tideway.example.org/news/commissioned', `<description>The tunnel\u0008 is now fully in service.\u000b</description>${DATE}`)}<item><title>Second story cut sho` },
  // A feed served as application/octet-stream (a bucket's default type).
  { path: '/unseen54/octet.xml', type: 'application/octet-stream', doc: channel('', head('Lake Shipping', 'https://lakeshipping.example.ca'), [
    it1('Seaway closes for the winter', 'https://lakeshipping.example.ca/news/seaway-closes', `<description>The St. Lawrence Seaway closes to ships on 31 December.</description>${DATE}`),
  ]) },
  // Atom's <content src>: the copy is elsewhere, the summary is what the feed holds.
  { path: '/unseen54/contentsrc.xml', type: ATOM_TYPE, doc: atom('', `<title>River Levels</title><link href="https://riverlevels.example.org/"/><id>https://riverlevels.example.org/</id><updated>${ISO}</updated>`, [
    entry('Severn at Bewdley above flood level', 'https://riverlevels.example.org/severn/bewdley', `<summary>The Severn at Bewdley rose above 5 metres on Friday.</summary><content type="application/pdf" src="https://riverlevels.example.org/reports/bewdley.pdf"/>`),
  ]) },
];

describe('unseen feeds, the fifty-third round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // One line with a colon over a line of copy is copy: it joins as any single break does.
      "Berth 4 closes for repairs": { link: "https://eprocure.gov.in/cppp/notice/4", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Note: berth 4 closes at noon on Friday for repairs to its fenders." },
      // A tender's fields between <br>s, two or more "Label: value" lines in a run, each a line of its own.
      "Dredging of approach channel at Paradip Port": { link: "https://eprocure.gov.in/cppp/tendersfullview/MjIzNDU2Nzg5", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Tender Ref No: PPA/DRG/2026/14\n\nClosing Date: 18-Dec-2026 03:00 PM\n\nOrganisation: Paradip Port Authority" },
      "Tide gauges at Dover replaced": { link: "https://harbournotes.example.org/tide-gauges-at-dover-replaced.html", published: PUBLISHED, author: "Ruth Okafor", image: "https://harbournotes.example.org/images/gauge.jpg", categories: ["tides"],
        text: "The three tide gauges at Dover were replaced this week." },
      // Hexo's relative picture against the feed's site; the feed's author for an entry without one.
      "Ningbo adds two gantry cranes": { link: "https://quaylog.example.com/2026/11/27/ningbo-cranes/", published: PUBLISHED, author: "Wen Li", image: "https://quaylog.example.com/images/ningbo.jpg", categories: ["ports"],
        text: "Ningbo-Zhoushan port commissioned two gantry cranes on Friday." },
      "Teddington lock reopens": { link: "https://lockandweir.example.net/posts/teddington-lock-reopens/", published: PUBLISHED, author: "Sam Pryce", image: null, categories: [],
        text: "Teddington lock reopened to boats on Friday after six weeks of repairs." },
      // "email (name)" gives the name.
      "Winter stoppages published": { link: "https://docs.canaltrust.example.org/blog/2026/11/27/winter-stoppages-published/", published: PUBLISHED, author: "Canal Trust Press Office", image: "https://docs.canaltrust.example.org/assets/images/social/blog/winter.png", categories: ["Notices"],
        text: "The list of winter stoppages for 2026-27 is published." },
      // Kirby's relative link against the channel's link.
      "New timetable from December": { link: "https://fjordferries.example.no/news/new-timetable-from-december", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The winter timetable starts on 1 December." },
      "Pontoon C is extended": { link: "https://marina.example.com/news/pontoon-c-is-extended", published: PUBLISHED, author: "Marina Office", image: null, categories: [],
        text: "Pontoon C gains twelve berths for boats up to 14 metres." },
      "Tyne offshore base opens": { link: "https://www.portoftyne.example.com/news/tyne-offshore-base-opens", published: PUBLISHED, author: null, image: "https://www.portoftyne.example.com/application/files/8117/3270/1234/base.jpg", categories: [],
        text: "The offshore base opened on the north bank on Friday." },
      "Board approves the dredging budget": { link: "https://board.example.org/minutes/2026/11/27/", published: PUBLISHED, author: "Helen Marsh", image: null, categories: [],
        text: "The board approved a dredging budget of £4.2 million." },
      // Lobsters' description is only the link to its comments: no copy, and the name in brackets the author.
      "AIS decoding in 400 lines of Rust": { link: "https://example.dev/ais-decoding", published: PUBLISHED, author: "wen", image: null, categories: ["rust"],
        text: "" },
      "v2.3.0": { link: "https://git.example.org/harbour/tidecalc/releases/tag/v2.3.0", published: PUBLISHED, author: "Ana Sitoe", image: null, categories: [],
        text: "Adds the Severn's harmonic constants and fixes leap-second handling." },
      // GitLab's avatar (a Gravatar thumbnail) is no story's picture; the xhtml summary is the text.
      "Jo Lee pushed to project branch main at harbour / tidecalc": { link: "https://gitlab.example.com/harbour/tidecalc/-/commit/1a2b3c", published: PUBLISHED, author: "Jo Lee", image: null, categories: [],
        text: "Fix the Severn constants" },
      "The lamp goes LED": { link: "https://lighthouse.posthaven.com/the-lamp-goes-led", published: PUBLISHED, author: "Tom Penrose", image: null, categories: [],
        text: "The old lamp at Longships was replaced with LEDs on Friday." },
      "Why the Bosphorus queues": { link: "https://sealanes.svbtle.com/why-the-bosphorus-queues", published: PUBLISHED, author: "Deniz Kaya", image: null, categories: [],
        text: "Tankers wait at the Bosphorus because transits run one way at a time." },
      "Three ships anchored off Bremerhaven": { link: "https://social.example.de/display/abc-123", published: PUBLISHED, author: "Harbour Watch", image: "https://social.example.de/photo/ab12cd-0.jpg", categories: [],
        text: "Three ships anchored off Bremerhaven in the storm." },
      // Akkoma's item without a title takes its copy's first sentence.
      "Container volumes rose 3% in October": { link: "https://fedi.example.nl/objects/9a8b7c", published: PUBLISHED, author: null, image: "https://fedi.example.nl/media/volumes.png", categories: [],
        text: "Container volumes rose 3% in October." },
      "Harbour clean-up, Saturday": { link: "https://mobilizon.example.fr/events/6d4c3b2a", published: PUBLISHED, author: "Friends of the Harbour", image: null, categories: [],
        text: "Join us at the slipway at 9am with gloves." },
      "Episode 12: spring tides": { link: "https://funkwhale.example.org/library/tracks/412", published: PUBLISHED, author: null, image: "https://funkwhale.example.org/media/attachments/ep12.jpg", categories: [],
        text: "Why spring tides come twice a month." },
      "Dogger, Fisher, German Bight": { link: "https://shippingstories.simplecast.com/episodes/dogger-fisher-german-bight", published: PUBLISHED, author: "Mari Jones", image: "https://image.simplecastcdn.com/images/abc/ep.jpg", categories: [],
        text: "Three sea areas and the people who work them." },
      // Megaphone's "Learn more about your ad choices" goes.
      "The Suez queue": { link: "https://cargohour.example.com/episodes/the-suez-queue", published: PUBLISHED, author: "The Cargo Hour", image: "https://megaphone.imgix.net/podcasts/abc/image/suez.jpg", categories: [],
        text: "How the canal sorts its convoys." },
      "Pilots of the Elbe": { link: "https://docktalk.captivate.fm/episode/pilots-of-the-elbe", published: PUBLISHED, author: null, image: "https://artwork.captivate.fm/abc/elbe.jpg", categories: [],
        text: "Two Elbe pilots on bringing in the largest ships." },
      // Podigee's image proxy address stays as written: "abc=" is no option of the proxy's (willnorris/imageproxy) that largerPicture knows
      // (a signature is "s" and 43 characters), and an unknown option may crop. A signed address that only sizes gives its original (unseen55).
      "Folge 8: Der neue Containerterminal": { link: "https://hafenfunk.podigee.io/8-containerterminal", published: PUBLISHED, author: "Jana Petersen", image: "https://images.podigee-cdn.net/0x,abc=/https://main.podigee-cdn.net/uploads/u1/8.jpg", categories: [],
        text: "Wir besuchen den neuen Containerterminal in Hamburg." },
      // A stray "&" and entities XML does not define (&eacute; &nbsp; &mdash;) are read as HTML's.
      "Café & bar open on the quay": { link: "https://quayside.example.com/news/cafe-bar", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The café opened on Friday — the first on the quay." },
      // Control characters go; the item cut short at the end of the upload is dropped, the whole one kept.
      "Tideway tunnel fully commissioned": { link: "https://tideway.example.org/news/commissioned", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The tunnel is now fully in service." },
      // Served as application/octet-stream, read by its content.
      "Seaway closes for the winter": { link: "https://lakeshipping.example.ca/news/seaway-closes", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The St. Lawrence Seaway closes to ships on 31 December." },
      // <content src> names copy elsewhere: the summary is the text.
      "Severn at Bewdley above flood level": { link: "https://riverlevels.example.org/severn/bewdley", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The Severn at Bewdley rose above 5 metres on Friday." },
    });
  });
});
