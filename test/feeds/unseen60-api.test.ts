import { describe, expect, it } from 'vitest';
import { MEDIA, DC } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-ninth round of unseen feeds: South Asian outlets' English and vernacular feeds no round tried and Quintype's
 * story-element markup, each served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories
 * read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen60-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;
/** 15:35 at India's clock (+05:30), 15:05 at Pakistan's (+05:00) (16:05 at Bangladesh's, +06:00, below): PUBLISHED each. */
const IST = '<pubDate>Fri, 27 Nov 2026 15:35:00 +0530</pubDate>';
const PKT = '<pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate>';

const FEEDS: UnseenFeed[] = [
  // Greater Kashmir (Quintype): story-element divs in content:encoded, "Srinagar, Nov 27:" opening the copy, an also-read element, an image element with its caption, assettype's picture.
  { path: '/unseen60/greaterkashmir.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA} ${CONTENT}`, head('Greater Kashmir', 'https://www.greaterkashmir.example.com'), [
    it1('Dal Lake houseboats to get solar panels', 'https://www.greaterkashmir.example.com/srinagar/dal-lake-houseboats-to-get-solar-panels', `<description>The scheme covers 300 houseboats in its first phase.</description><content:encoded><![CDATA[<div class="story-element story-element-text"><p>Srinagar, Nov 27: The Lakes Conservation and Management Authority will fit solar panels on 300 houseboats on Dal Lake under a scheme approved on Friday.</p></div><div class="story-element story-element-image"><figure><img src="https://media.assettype.example.com/greaterkashmir/2026-11/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/houseboats.jpg" alt="Houseboats on Dal Lake"/><figcaption>Houseboats on Dal Lake. [File]</figcaption></figure></div><div class="story-element story-element-text story-element-text-also-read"><h3>Also Read</h3><a href="https://www.greaterkashmir.example.com/srinagar/shikara-owners-seek-new-ghats">Shikara owners seek new ghats</a></div><div class="story-element story-element-text"><p>Owners will pay a tenth of the cost, officials said.</p></div>]]></content:encoded><guid isPermaLink="false">3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b</guid>${DATE}<dc:creator>GK News Network</dc:creator><media:content url="https://media.assettype.example.com/greaterkashmir/2026-11/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/houseboats.jpg" medium="image"/>`),
  ]) },
  // The Quint (Quintype): a summary element, a tweet in a jsembed element, two writers in dc:creator.
  { path: '/unseen60/thequint.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA} ${CONTENT}`, head('The Quint', 'https://www.thequint.example.com'), [
    it1('Bengaluru metro Pink Line opens to passengers', 'https://www.thequint.example.com/news/india/bengaluru-metro-pink-line-opens', `<description>The 21-km line links Kalena Agrahara with Tavarekere.</description><content:encoded><![CDATA[<div class="story-element story-element-text story-element-text-summary"><p>The 21-km line links Kalena Agrahara with Tavarekere.</p></div><div class="story-element story-element-text"><p>The first section of Bengaluru metro's Pink Line opened to passengers on Friday, the Bangalore Metro Rail Corporation said.</p></div><div class="story-element story-element-jsembed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Pink Line services start at 6 am tomorrow.</p>&mdash; BMRCL (@OfficialBMRCL) <a href="https://twitter.com/OfficialBMRCL/status/1861234567890">November 26, 2026</a></blockquote></div><div class="story-element story-element-text"><p>Trains will run every ten minutes at first.</p></div>]]></content:encoded><guid isPermaLink="false">7c6b5a49-3827-4165-9f8e-7d6c5b4a3928</guid>${DATE}<dc:creator>Quint Hindi, Vibhushita Singh</dc:creator><media:content url="https://images.thequint.example.com/thequint/2026-11/7c6b5a49-3827-4165-9f8e-7d6c5b4a3928/pink_line.jpg?rect=0%2C0%2C1200%2C675&amp;w=1200" medium="image"/>`),
  ]) },
  // Sakal (Marathi): "पुणे, ता. २७ :" (the place and the day of the month, Devanagari digits) opening the copy, "+0530".
  { path: '/unseen60/sakal.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Sakal', 'https://www.esakal.example.com'), [
    it1('पुण्यात मेट्रोच्या नव्या मार्गाचे काम सुरू', 'https://www.esakal.example.com/pune/metro-new-line-work-begins-abc123', `<description><![CDATA[<p>पुणे, ता. २७ : शहरातील मेट्रोच्या नव्या मार्गाचे काम शुक्रवारी सुरू झाले.</p><p>हा मार्ग २०२९ पर्यंत पूर्ण होईल, असे महामेट्रोने सांगितले.</p>]]></description>${IST}<dc:creator>सकाळ वृत्तसेवा</dc:creator><guid isPermaLink="false">abc123</guid><media:content url="https://media.assettype.example.com/esakal/2026-11/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d/pune_metro.jpg" medium="image"/>`),
  ]) },
  // English Jagran: "New Delhi | Jagran News Desk:" opening the copy, "+0530", the desk as author.
  { path: '/unseen60/englishjagran.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('English Jagran', 'https://english.jagran.example.com'), [
    it1('Delhi schools to shift to hybrid classes as AQI worsens', 'https://english.jagran.example.com/india/delhi-schools-hybrid-classes-10212345', `<description><![CDATA[New Delhi | Jagran News Desk: Schools in Delhi will hold hybrid classes up to Class 9 from Monday as the city's air quality stays in the severe band, the education directorate said on Friday.]]></description>${IST}<dc:creator>Jagran News Desk</dc:creator><guid>https://english.jagran.example.com/india/delhi-schools-hybrid-classes-10212345</guid><media:content url="https://img.jagranjosh.example.com/images/2026/11/27/article/image/delhi-smog-1764230000123.jpg" medium="image"/>`),
  ]) },
  // The Telegraph (Kolkata): "Calcutta:" as the paper still writes it, the writer in dc:creator, the picture as an enclosure.
  { path: '/unseen60/telegraphindia.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('Telegraph India', 'https://www.telegraphindia.example.com'), [
    it1('Howrah bridge to close for two nights of repairs', 'https://www.telegraphindia.example.com/my-kolkata/news/howrah-bridge-to-close-for-two-nights-of-repairs/cid/2101234', `<description><![CDATA[<p>Calcutta: Howrah bridge will be closed to traffic for two nights next week for repairs to its expansion joints, the Syama Prasad Mookerjee Port said on Friday.</p><p>Buses will be sent over the Vidyasagar Setu.</p>]]></description>${IST}<dc:creator>Subhajoy Roy</dc:creator><guid>2101234</guid><enclosure url="https://assets.telegraphindia.example.com/telegraph/2026/Nov/1764230000_howrah-bridge.jpg" type="image/jpeg" length="0"/>`),
  ]) },
  // The Nation (Pakistan, WordPress): "ISLAMABAD  -  " with the paper's doubled spaces, "+0500", "The post … appeared first on".
  { path: '/unseen60/nationpk.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('The Nation', 'https://www.nation.example.com.pk'), [
    it1('CDA approves new bus routes for Islamabad', 'https://www.nation.example.com.pk/27-Nov-2026/cda-approves-new-bus-routes-for-islamabad', `<dc:creator><![CDATA[Our Staff Reporter]]></dc:creator>${PKT}<category><![CDATA[Islamabad]]></category><guid isPermaLink="false">https://www.nation.example.com.pk/?p=1212345</guid><content:encoded><![CDATA[<p>ISLAMABAD&nbsp; -&nbsp; The Capital Development Authority approved four new electric bus routes on Friday linking the city's sectors with the new airport.</p><p>The routes will open in January.</p><p>The post <a href="https://www.nation.example.com.pk/27-Nov-2026/cda-approves-new-bus-routes-for-islamabad">CDA approves new bus routes for Islamabad</a> appeared first on <a href="https://www.nation.example.com.pk">The Nation</a>.</p>]]></content:encoded>`),
  ]) },
  // Amar Ujala (Hindi): the danda ending its sentences, no author, "+0530", the picture as media:content.
  { path: '/unseen60/amarujala.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('Amar Ujala', 'https://www.amarujala.example.com'), [
    it1('लखनऊ में नई सिटी बसें चलेंगी', 'https://www.amarujala.example.com/lucknow/new-city-buses-in-lucknow-2026-11-27', `<description><![CDATA[<p>शहर में अगले महीने से 100 नई इलेक्ट्रिक सिटी बसें चलेंगी। परिवहन विभाग ने शुक्रवार को यह जानकारी दी।</p>]]></description>${IST}<guid isPermaLink="false">2026-11-27-lucknow-buses</guid><media:content url="https://staticimg.amarujala.example.com/assets/images/2026/11/27/lucknow-bus_1764230000.jpeg" medium="image"/>`),
  ]) },
  // The Daily Star's Bangla edition (Drupal): Drupal's image style in the picture's address, "নিজস্ব প্রতিবেদক" (own reporter) as author, "+0600".
  { path: '/unseen60/dailystarbangla.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('The Daily Star Bangla', 'https://bangla.thedailystar.example.net'), [
    it1('ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু', 'https://bangla.thedailystar.example.net/news/bangladesh/news-612345', `<description><![CDATA[<p>রাজধানীতে মেট্রোরেলের নতুন একটি স্টেশন শুক্রবার যাত্রীদের জন্য খুলে দেওয়া হয়েছে।</p>]]></description><pubDate>Fri, 27 Nov 2026 16:05:00 +0600</pubDate><dc:creator>নিজস্ব প্রতিবেদক</dc:creator><guid isPermaLink="false">612345 at https://bangla.thedailystar.example.net</guid><media:content url="https://tds-images-bn.thedailystar.example.net/sites/default/files/styles/big_2/public/images/2026/11/27/metro.jpg" medium="image"/>`),
  ]) },
];

describe('unseen feeds, the fifty-ninth round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // Greater Kashmir: "Srinagar, Nov 27:" goes; the image element and its caption, and the also-read element, are no copy; assettype's address as written.
      "Dal Lake houseboats to get solar panels": { link: "https://www.greaterkashmir.example.com/srinagar/dal-lake-houseboats-to-get-solar-panels", published: PUBLISHED, author: "GK News Network", image: "https://media.assettype.example.com/greaterkashmir/2026-11/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/houseboats.jpg", categories: [],
        text: "The Lakes Conservation and Management Authority will fit solar panels on 300 houseboats on Dal Lake under a scheme approved on Friday.\n\nOwners will pay a tenth of the cost, officials said." },
      // The Quint: the summary element is the standfirst and stays; the embedded tweet is no copy; imgix's `rect` crop as written.
      "Bengaluru metro Pink Line opens to passengers": { link: "https://www.thequint.example.com/news/india/bengaluru-metro-pink-line-opens", published: PUBLISHED, author: "Quint Hindi, Vibhushita Singh", image: "https://images.thequint.example.com/thequint/2026-11/7c6b5a49-3827-4165-9f8e-7d6c5b4a3928/pink_line.jpg?rect=0%2C0%2C1200%2C675&w=1200", categories: [],
        text: "The 21-km line links Kalena Agrahara with Tavarekere.\n\nThe first section of Bengaluru metro's Pink Line opened to passengers on Friday, the Bangalore Metro Rail Corporation said.\n\nTrains will run every ten minutes at first." },
      // Sakal: "पुणे, ता. २७ :" (the place and the day) goes.
      "पुण्यात मेट्रोच्या नव्या मार्गाचे काम सुरू": { link: "https://www.esakal.example.com/pune/metro-new-line-work-begins-abc123", published: PUBLISHED, author: "सकाळ वृत्तसेवा", image: "https://media.assettype.example.com/esakal/2026-11/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d/pune_metro.jpg", categories: [],
        text: "शहरातील मेट्रोच्या नव्या मार्गाचे काम शुक्रवारी सुरू झाले.\n\nहा मार्ग २०२९ पर्यंत पूर्ण होईल, असे महामेट्रोने सांगितले." },
      // English Jagran: "New Delhi | Jagran News Desk:" goes (it stayed, place and desk, at the head of the copy).
      "Delhi schools to shift to hybrid classes as AQI worsens": { link: "https://english.jagran.example.com/india/delhi-schools-hybrid-classes-10212345", published: PUBLISHED, author: "Jagran News Desk", image: "https://img.jagranjosh.example.com/images/2026/11/27/article/image/delhi-smog-1764230000123.jpg", categories: [],
        text: "Schools in Delhi will hold hybrid classes up to Class 9 from Monday as the city's air quality stays in the severe band, the education directorate said on Friday." },
      // The Telegraph: "Calcutta:", as the paper still writes it, goes; the enclosure is the picture.
      "Howrah bridge to close for two nights of repairs": { link: "https://www.telegraphindia.example.com/my-kolkata/news/howrah-bridge-to-close-for-two-nights-of-repairs/cid/2101234", published: PUBLISHED, author: "Subhajoy Roy", image: "https://assets.telegraphindia.example.com/telegraph/2026/Nov/1764230000_howrah-bridge.jpg", categories: [],
        text: "Howrah bridge will be closed to traffic for two nights next week for repairs to its expansion joints, the Syama Prasad Mookerjee Port said on Friday.\n\nBuses will be sent over the Vidyasagar Setu." },
      // The Nation: "ISLAMABAD  -  " with its no-break spaces goes, "+0500" read, "The post … appeared first on" goes.
      "CDA approves new bus routes for Islamabad": { link: "https://www.nation.example.com.pk/27-Nov-2026/cda-approves-new-bus-routes-for-islamabad", published: PUBLISHED, author: "Our Staff Reporter", image: null, categories: ["Islamabad"],
        text: "The Capital Development Authority approved four new electric bus routes on Friday linking the city's sectors with the new airport.\n\nThe routes will open in January." },
      // Amar Ujala: no author, "+0530" read, both sentences with their dandas.
      "लखनऊ में नई सिटी बसें चलेंगी": { link: "https://www.amarujala.example.com/lucknow/new-city-buses-in-lucknow-2026-11-27", published: PUBLISHED, author: null, image: "https://staticimg.amarujala.example.com/assets/images/2026/11/27/lucknow-bus_1764230000.jpeg", categories: [],
        text: "शहर में अगले महीने से 100 नई इलेक्ट्रिक सिटी बसें चलेंगी। परिवहन विभाग ने शुक्रवार को यह जानकारी दी।" },
      // The Daily Star Bangla: "+0600" read; Drupal's image style is taken off to the original upload, as for its English edition.
      "ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু": { link: "https://bangla.thedailystar.example.net/news/bangladesh/news-612345", published: PUBLISHED, author: "নিজস্ব প্রতিবেদক", image: "https://tds-images-bn.thedailystar.example.net/sites/default/files/images/2026/11/27/metro.jpg", categories: [],
        text: "রাজধানীতে মেট্রোরেলের নতুন একটি স্টেশন শুক্রবার যাত্রীদের জন্য খুলে দেওয়া হয়েছে।" },
    });
  });
});
