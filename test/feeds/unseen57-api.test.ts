import { describe, expect, it } from 'vitest';
import { MEDIA, DC } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-sixth round of unseen feeds as README counts them (the file is numbered after unseen56, the fifty-fifth round's): the
 * leftover that round named (a share icon at 2x in a srcset, "whatsapp@2x.png", taken as the story's picture) and South Asian outlets'
 * own feeds no round tried (Dawn, The Express Tribune, The Daily Star, Prothom Alo English, The Himalayan Times, EconomyNext, Kuensel,
 * The Hindu BusinessLine, Scroll, Newslaundry, ThePrint, Swarajya), as their CMSs emit them, each served from a real local server, added
 * and polled through POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen57-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;
/** 15:05 at India's clock (+05:30), 15:50 at Nepal's (+05:45), 16:05 at Bangladesh's and Bhutan's (+06:00): PUBLISHED each. */
const IST = '<pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate>';
const NPT = '<pubDate>Fri, 27 Nov 2026 15:50:00 +0545</pubDate>';
const BST = '<pubDate>Fri, 27 Nov 2026 16:05:00 +0600</pubDate>';
const PKT = '<pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate>';

const FEEDS: UnseenFeed[] = [
  // Leftover: a share icon and its retina copy in a srcset ("1x, 2x"); the 2x escaped the share-icon pattern and stood as the picture.
  { path: '/unseen57/leftovers.xml', type: RSS_TYPE, doc: channel(`${CONTENT}`, head('Wire Desk', 'https://desk.example.org'), [
    it1('Port workers end strike', 'https://desk.example.org/port-workers-end-strike', `<content:encoded><![CDATA[<p>Port workers in Chittagong ended their strike on Friday.</p><p><a href="https://wa.me/?text=x"><img src="https://desk.example.org/assets/share/whatsapp.png" srcset="https://desk.example.org/assets/share/whatsapp.png 1x, https://desk.example.org/assets/share/whatsapp@2x.png 2x" alt="WhatsApp"></a></p>]]></content:encoded>${DATE}`),
  ]) },
  // Dawn: its own CMS, a "+0500" date, media:content with a caption, the author as dc:creator, the copy a short standfirst.
  { path: '/unseen57/dawn.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Dawn - Business', 'https://www.dawn.example.com/business'), [
    it1('SBP holds policy rate at 11pc', 'https://www.dawn.example.com/news/1912345/sbp-holds-policy-rate-at-11pc', `<description><![CDATA[<p>The central bank kept its policy rate unchanged for a third meeting, citing sticky food prices.</p>]]></description><dc:creator>Shahid Iqbal</dc:creator>${PKT}<guid isPermaLink="false">1912345</guid><media:content url="https://i.dawn.example.com/large/2026/11/27150500a1b2c3d.jpg" type="image/jpeg" medium="image"><media:description type="plain">The State Bank building in Karachi. — File photo</media:description></media:content>`),
  ]) },
  // The Express Tribune: the picture inline at the top of the description, then the text; "News Desk" as author.
  { path: '/unseen57/tribune.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('The Express Tribune', 'https://tribune.example.com.pk'), [
    it1('Karachi port clears record container volume', 'https://tribune.example.com.pk/story/2581234/karachi-port-clears-record-container-volume', `<description><![CDATA[<img src="https://i.tribune.example.com.pk/media/images/karachi-port1764235500-0/karachi-port1764235500-0-640x480.jpg" /><br/>Karachi Port Trust handled its highest monthly container volume in November.]]></description><dc:creator>News Desk</dc:creator>${PKT}`),
  ]) },
  // The Daily Star (Drupal): escaped html, dc:creator, a "+0600" date, an image style's derivative in the copy.
  { path: '/unseen57/dailystar.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('The Daily Star', 'https://www.thedailystar.example.net'), [
    it1('Garment exports rise 9pc in November', 'https://www.thedailystar.example.net/business/economy/news/garment-exports-rise-9pc-november-3771234', `<description>&lt;p&gt;&lt;img src="https://tds-images.thedailystar.example.net/sites/default/files/styles/very_big_201/public/images/2026/11/27/garments.jpg?itok=Ab12Cd34" /&gt;&lt;/p&gt;&lt;p&gt;Bangladesh's garment exports rose by 9 percent year on year in November, the Export Promotion Bureau said.&lt;/p&gt;</description><dc:creator>Star Business Report</dc:creator>${BST}<guid isPermaLink="false">3771234 at https://www.thedailystar.example.net</guid>`),
  ]) },
  // Prothom Alo English (Quintype): media:content on the image CDN (an escaped path), the desk as dc:creator.
  { path: '/unseen57/prothomalo.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Prothom Alo', 'https://en.prothomalo.example.com'), [
    it1('Padma bridge toll collection crosses Tk 3,000 crore', 'https://en.prothomalo.example.com/business/local/abc123xyz', `<description><![CDATA[Toll collected at the Padma bridge has passed Tk 3,000 crore since it opened.]]></description><dc:creator>Staff Correspondent</dc:creator>${BST}<guid isPermaLink="false">d4e5f6a7-1111-2222-3333-444455556666</guid><media:content url="https://images.prothomalo.example.com/prothomalo-english%2F2026-11-27%2Fab12cd34%2Fpadma.jpg?rect=0%2C0%2C1200%2C675&amp;w=1200&amp;auto=format%2Ccompress&amp;ogImage=true" medium="image"/>`),
  ]) },
  // The Himalayan Times (WordPress): "+0545", "The post … appeared first on …", the desk as author.
  { path: '/unseen57/himalayan.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('The Himalayan Times', 'https://thehimalayantimes.example.com'), [
    it1('Melamchi water supply resumes in Kathmandu', 'https://thehimalayantimes.example.com/kathmandu/melamchi-water-supply-resumes-in-kathmandu', `<dc:creator><![CDATA[THT Online]]></dc:creator>${NPT}<category><![CDATA[Kathmandu]]></category><guid isPermaLink="false">https://thehimalayantimes.example.com/?p=912345</guid><description><![CDATA[KATHMANDU, NOVEMBER 27 Melamchi water reached Kathmandu's taps again on Friday. The post <a href="https://thehimalayantimes.example.com/kathmandu/melamchi-water-supply-resumes-in-kathmandu">Melamchi water supply resumes in Kathmandu</a> appeared first on <a href="https://thehimalayantimes.example.com">The Himalayan Times</a>.]]></description><content:encoded><![CDATA[<p><img src="https://thehimalayantimes.example.com/uploads/imported_images/wp-content/uploads/2026/11/melamchi.jpg" width="1200" height="800"></p><p>KATHMANDU, NOVEMBER 27</p><p>Melamchi water reached Kathmandu's taps again on Friday after the headworks were repaired.</p><p>The post <a href="https://thehimalayantimes.example.com/kathmandu/melamchi-water-supply-resumes-in-kathmandu">Melamchi water supply resumes in Kathmandu</a> appeared first on <a href="https://thehimalayantimes.example.com">The Himalayan Times</a>.</p>]]></content:encoded>`),
  ]) },
  // EconomyNext (WordPress): "ECONOMYNEXT –" opens the copy, "+0530".
  { path: '/unseen57/economynext.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('EconomyNext', 'https://economynext.example.com'), [
    it1('Sri Lanka rupee closes steady', 'https://economynext.example.com/sri-lanka-rupee-closes-steady-123456/', `<dc:creator><![CDATA[EconomyNext]]></dc:creator>${IST}<category><![CDATA[Markets]]></category><content:encoded><![CDATA[<p>ECONOMYNEXT – Sri Lanka’s rupee closed steady at 292.50/60 to the US dollar on Friday, dealers said.</p>]]></content:encoded>`),
  ]) },
  // Kuensel (WordPress): the reporter's name as the copy's first line, "+0600".
  { path: '/unseen57/kuensel.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Kuensel Online', 'https://kuenselonline.example.com'), [
    it1('Gelephu airport works begin', 'https://kuenselonline.example.com/gelephu-airport-works-begin/', `<dc:creator><![CDATA[Kuensel]]></dc:creator>${BST}<category><![CDATA[Headlines]]></category><content:encoded><![CDATA[<p>Tshering Dorji | Gelephu</p><p>Work on the new international airport at Gelephu began on Friday.</p>]]></content:encoded>`),
  ]) },
  // The Hindu BusinessLine: a "+0530" date, the picture as media:content in its "alternates/LANDSCAPE_1200" cut, an author element with a name.
  { path: '/unseen57/businessline.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('The Hindu BusinessLine - Economy', 'https://www.thehindubusinessline.example.com/economy/'), [
    it1('GDP growth seen at 7.1% in Q2', 'https://www.thehindubusinessline.example.com/economy/gdp-growth-seen-at-71-in-q2/article70312345.ece', `<description><![CDATA[ Economists polled expect second-quarter growth of 7.1 per cent. ]]></description><dc:creator>Shishir Sinha</dc:creator>${IST}<guid isPermaLink="false">article-70312345</guid><category>Economy</category><media:content url="https://bl-i.thgim.example.com/public/economy/abc123/article70312345.ece/alternates/LANDSCAPE_1200/gdp.jpg" height="675" width="1200" medium="image"/>`),
  ]) },
  // Scroll: a description, "Scroll Staff", media:thumbnail and an enclosure of one picture.
  { path: '/unseen57/scroll.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Scroll.in', 'https://scroll.example.in'), [
    it1('Monsoon session to open on December 1', 'https://scroll.example.in/latest/1091234/monsoon-session-to-open-on-december-1', `<description><![CDATA[The winter session of Parliament will open on December 1, the affairs minister said.]]></description><dc:creator>Scroll Staff</dc:creator>${IST}<media:thumbnail url="https://sc0.blr1.cdn.example.com/clean-image/7a8b9c-1600-900.jpg"/><enclosure url="https://sc0.blr1.cdn.example.com/clean-image/7a8b9c-1600-900.jpg" type="image/jpeg" length="0"/>`),
  ]) },
  // Newslaundry (Quintype): copy in content:encoded, the picture on its image CDN.
  { path: '/unseen57/newslaundry.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC} ${CONTENT}`, head('Newslaundry', 'https://www.newslaundry.example.com'), [
    it1('What the broadcasters told the regulator', 'https://www.newslaundry.example.com/2026/11/27/what-the-broadcasters-told-the-regulator', `<dc:creator>Ayush Tiwari</dc:creator>${IST}<content:encoded><![CDATA[<p>Broadcasters asked the regulator to drop the cap on ad minutes.</p>]]></content:encoded><media:content url="https://media.newslaundry.example.com/2026-11%2Fab12%2Fbroadcast.jpg" medium="image"/>`),
  ]) },
  // ThePrint (WordPress): "New Delhi:" dateline, "(Edited by …)" last, "Also read:" lines, a subscribe line.
  { path: '/unseen57/theprint.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('ThePrint', 'https://theprint.example.in'), [
    it1('Centre clears new drone rules', 'https://theprint.example.in/india/centre-clears-new-drone-rules/2291234/', `<dc:creator><![CDATA[Snehesh Alex Philip]]></dc:creator>${IST}<category><![CDATA[India]]></category><content:encoded><![CDATA[<p>New Delhi: The Centre cleared new rules for commercial drones on Friday.</p><p><strong>Also read: <a href="https://theprint.example.in/defence/drones/2281111/">Army to buy 400 drones</a></strong></p><p>The rules take effect in January.</p><p>(Edited by Tony Rai)</p><hr><p><em>Subscribe to our channels on YouTube &amp; Telegram</em></p>]]></content:encoded>`),
  ]) },
  // Swarajya (Quintype): dc:creator, the picture's crop in the query.
  { path: '/unseen57/swarajya.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC}`, head('Swarajya', 'https://swarajyamag.example.com'), [
    it1('Rail freight loading up 4 per cent', 'https://swarajyamag.example.com/infrastructure/rail-freight-loading-up-4-per-cent', `<description><![CDATA[Indian Railways loaded 4 per cent more freight in November than a year earlier.]]></description><dc:creator>Swarajya Staff</dc:creator>${IST}<media:content url="https://swarajya.gumlet.example.io/swarajya%2F2026-11%2Fab%2Ffreight.jpg?rect=0%2C0%2C1600%2C900&amp;w=1200&amp;q=75" medium="image"/>`),
  ]) },
];

describe('unseen feeds, the fifty-sixth round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // A share icon's retina copy ("whatsapp@2x.png 2x" in its srcset) is no picture, as the icon itself is not.
      "Port workers end strike": { link: "https://desk.example.org/port-workers-end-strike", published: PUBLISHED, author: null, image: null, categories: [],
        text: "Port workers in Chittagong ended their strike on Friday." },
      // Dawn: "+0500", the media:content picture (its caption no copy).
      "SBP holds policy rate at 11pc": { link: "https://www.dawn.example.com/news/1912345/sbp-holds-policy-rate-at-11pc", published: PUBLISHED, author: "Shahid Iqbal", image: "https://i.dawn.example.com/large/2026/11/27150500a1b2c3d.jpg", categories: [],
        text: "The central bank kept its policy rate unchanged for a third meeting, citing sticky food prices." },
      // The Express Tribune: the inline picture as written, the text after its <br>.
      "Karachi port clears record container volume": { link: "https://tribune.example.com.pk/story/2581234/karachi-port-clears-record-container-volume", published: PUBLISHED, author: "News Desk", image: "https://i.tribune.example.com.pk/media/images/karachi-port1764235500-0/karachi-port1764235500-0-640x480.jpg", categories: [],
        text: "Karachi Port Trust handled its highest monthly container volume in November." },
      // The Daily Star (Drupal): escaped html; the image style's derivative gives the upload, its itok going with the style.
      "Garment exports rise 9pc in November": { link: "https://www.thedailystar.example.net/business/economy/news/garment-exports-rise-9pc-november-3771234", published: PUBLISHED, author: "Star Business Report", image: "https://tds-images.thedailystar.example.net/sites/default/files/images/2026/11/27/garments.jpg", categories: [],
        text: "Bangladesh's garment exports rose by 9 percent year on year in November, the Export Promotion Bureau said." },
      // Prothom Alo English (Quintype): the crop's address kept (no plain copy of the upload beside it), "+0600".
      "Padma bridge toll collection crosses Tk 3,000 crore": { link: "https://en.prothomalo.example.com/business/local/abc123xyz", published: PUBLISHED, author: "Staff Correspondent", image: "https://images.prothomalo.example.com/prothomalo-english%2F2026-11-27%2Fab12cd34%2Fpadma.jpg?rect=0%2C0%2C1200%2C675&w=1200&auto=format%2Ccompress&ogImage=true", categories: [],
        text: "Toll collected at the Padma bridge has passed Tk 3,000 crore since it opened." },
      // The Himalayan Times: "+0545" read; "KATHMANDU, NOVEMBER 27" and "The post … appeared first on …" go.
      "Melamchi water supply resumes in Kathmandu": { link: "https://thehimalayantimes.example.com/kathmandu/melamchi-water-supply-resumes-in-kathmandu", published: PUBLISHED, author: "THT Online", image: "https://thehimalayantimes.example.com/uploads/imported_images/wp-content/uploads/2026/11/melamchi.jpg", categories: ["Kathmandu"],
        text: "Melamchi water reached Kathmandu's taps again on Friday after the headworks were repaired." },
      // EconomyNext: "ECONOMYNEXT –" leaves the copy.
      "Sri Lanka rupee closes steady": { link: "https://economynext.example.com/sri-lanka-rupee-closes-steady-123456/", published: PUBLISHED, author: "EconomyNext", image: null, categories: ["Markets"],
        text: "Sri Lanka’s rupee closed steady at 292.50/60 to the US dollar on Friday, dealers said." },
      // Kuensel: the byline over the copy ("Tshering Dorji | Gelephu") names the writer where dc:creator names the paper (it was "Kuensel").
      "Gelephu airport works begin": { link: "https://kuenselonline.example.com/gelephu-airport-works-begin/", published: PUBLISHED, author: "Tshering Dorji", image: null, categories: ["Headlines"],
        text: "Work on the new international airport at Gelephu began on Friday." },
      // The Hindu BusinessLine: "alternates/LANDSCAPE_1200" kept as written (its widest cut), the spaces round the description trimmed.
      "GDP growth seen at 7.1% in Q2": { link: "https://www.thehindubusinessline.example.com/economy/gdp-growth-seen-at-71-in-q2/article70312345.ece", published: PUBLISHED, author: "Shishir Sinha", image: "https://bl-i.thgim.example.com/public/economy/abc123/article70312345.ece/alternates/LANDSCAPE_1200/gdp.jpg", categories: ["Economy"],
        text: "Economists polled expect second-quarter growth of 7.1 per cent." },
      // Scroll: the thumbnail and the enclosure are one picture.
      "Monsoon session to open on December 1": { link: "https://scroll.example.in/latest/1091234/monsoon-session-to-open-on-december-1", published: PUBLISHED, author: "Scroll Staff", image: "https://sc0.blr1.cdn.example.com/clean-image/7a8b9c-1600-900.jpg", categories: [],
        text: "The winter session of Parliament will open on December 1, the affairs minister said." },
      // Newslaundry (Quintype): the escaped path on its image host kept.
      "What the broadcasters told the regulator": { link: "https://www.newslaundry.example.com/2026/11/27/what-the-broadcasters-told-the-regulator", published: PUBLISHED, author: "Ayush Tiwari", image: "https://media.newslaundry.example.com/2026-11%2Fab12%2Fbroadcast.jpg", categories: [],
        text: "Broadcasters asked the regulator to drop the cap on ad minutes." },
      // ThePrint: "New Delhi:", "Also read: …", "(Edited by …)" and the subscribe line go.
      "Centre clears new drone rules": { link: "https://theprint.example.in/india/centre-clears-new-drone-rules/2291234/", published: PUBLISHED, author: "Snehesh Alex Philip", image: null, categories: ["India"],
        text: "The Centre cleared new rules for commercial drones on Friday.\n\nThe rules take effect in January." },
      // Swarajya (Quintype on Gumlet): the crop's address kept.
      "Rail freight loading up 4 per cent": { link: "https://swarajyamag.example.com/infrastructure/rail-freight-loading-up-4-per-cent", published: PUBLISHED, author: "Swarajya Staff", image: "https://swarajya.gumlet.example.io/swarajya%2F2026-11%2Fab%2Ffreight.jpg?rect=0%2C0%2C1600%2C900&w=1200&q=75", categories: [],
        text: "Indian Railways loaded 4 per cent more freight in November than a year earlier." },
    });
  });
});
