import { describe, expect, it } from 'vitest';
import { MEDIA, DC } from '../helpers/feed-docs.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * The fifty-seventh round of unseen feeds as README counts them (the file is numbered after unseen57, the fifty-sixth round's): the
 * leftover that round named ("share_email.svg", a share bar's icon, taken as the story's picture) and South Asian agencies' and state
 * broadcasters' own feeds no round tried (Radio Pakistan, PTV News, DD News, All India Radio's newsonair, BTV, BBS, PSM, UNB, RSS
 * Nepal), as their CMSs emit them, each served from a real local server, added and polled through POST /api/admin/feeds/poll, its
 * stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen58-api');

const it1 = (title: string, link: string, rest: string) => `<item><title>${title}</title><link>${link}</link>${rest}</item>`;
/** 15:50 at Nepal's clock (+05:45), 16:05 at Bangladesh's and Bhutan's (+06:00), 15:05 at Pakistan's and the Maldives' (+05:00): PUBLISHED each. */
const NPT = '<pubDate>Fri, 27 Nov 2026 15:50:00 +0545</pubDate>';
const BST = '<pubDate>Fri, 27 Nov 2026 16:05:00 +0600</pubDate>';
const PKT = '<pubDate>Fri, 27 Nov 2026 15:05:00 +0500</pubDate>';

const FEEDS: UnseenFeed[] = [
  // Leftover: a share bar's e-mail icon, "share_email.svg", first picture in the item; "share" then a service escaped the pattern.
  { path: '/unseen58/leftovers.xml', type: RSS_TYPE, doc: channel(`${CONTENT}`, head('Wire Desk', 'https://desk.example.org'), [
    it1('Ferry service resumes', 'https://desk.example.org/ferry-service-resumes', `<content:encoded><![CDATA[<p>The ferry service between the islands resumed on Friday.</p><p><img src="https://desk.example.org/static/img/share_email.svg"></p>]]></content:encoded>${DATE}`),
  ]) },
  // Radio Pakistan (its own CMS): a "+0500" date, the picture as an enclosure, the copy plain in the description.
  { path: '/unseen58/radiopakistan.xml', type: RSS_TYPE, doc: channel('', head('Radio Pakistan', 'https://www.radio.example.gov.pk'), [
    it1('PM directs early completion of Karachi water project', 'https://www.radio.example.gov.pk/27-11-2026/pm-directs-early-completion-of-karachi-water-project', `<description>Prime Minister has directed the authorities concerned to complete the K-IV water project in Karachi by June next year.</description><pubDate>Fri, 27 Nov 2026 15:05:00 PKT</pubDate><guid>https://www.radio.example.gov.pk/27-11-2026/pm-directs-early-completion-of-karachi-water-project</guid><enclosure url="https://www.radio.example.gov.pk/uploads/news/2026/11/27/1764237900_k4.jpg" type="image/jpeg" length="48213"/>`),
  ]) },
  // PTV News (WordPress): "ISLAMABAD: " opens the copy, the featured picture inline first, the desk as dc:creator.
  { path: '/unseen58/ptv.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('PTV News', 'https://ptvnews.example.com.pk'), [
    it1('Cabinet approves new petroleum policy', 'https://ptvnews.example.com.pk/cabinet-approves-new-petroleum-policy/', `<dc:creator><![CDATA[PTV News Desk]]></dc:creator>${PKT}<category><![CDATA[National]]></category><guid isPermaLink="false">https://ptvnews.example.com.pk/?p=412345</guid><content:encoded><![CDATA[<p><img width="800" height="450" src="https://ptvnews.example.com.pk/wp-content/uploads/2026/11/cabinet-800x450.jpg" class="attachment-large size-large wp-post-image" alt="" /></p><p>ISLAMABAD: The federal cabinet on Friday approved the new petroleum policy for offshore exploration.</p>]]></content:encoded>`),
  ]) },
  // DD News (Drupal): escaped html, "+0530", the desk as dc:creator, the picture a Drupal image style's derivative.
  { path: '/unseen58/ddnews.xml', type: RSS_TYPE, doc: channel(`${DC}`, head('DD News', 'https://ddnews.example.gov.in'), [
    it1('India, Japan hold maritime dialogue', 'https://ddnews.example.gov.in/en/india-japan-hold-maritime-dialogue/', `<description>&lt;img src="https://ddnews.example.gov.in/sites/default/files/styles/news_thumb/public/2026-11/maritime.jpg?itok=Xy98Zw76" /&gt;&lt;p&gt;India and Japan held their fourth maritime affairs dialogue in New Delhi on Friday.&lt;/p&gt;&lt;p&gt;(With inputs from agencies)&lt;/p&gt;</description><dc:creator>DD News</dc:creator><pubDate>Fri, 11/27/2026 - 15:35</pubDate><guid isPermaLink="false">1198765 at https://ddnews.example.gov.in</guid>`),
  ]) },
  // All India Radio's newsonair (WordPress): "AIR" as author, the picture as media:content, "+0530".
  { path: '/unseen58/newsonair.xml', type: RSS_TYPE, doc: channel(`${MEDIA} ${DC} ${CONTENT}`, head('NewsOnAir', 'https://www.newsonair.example.gov.in'), [
    it1('Winter session of Parliament to begin on Monday', 'https://www.newsonair.example.gov.in/winter-session-of-parliament-to-begin-on-monday/', `<dc:creator><![CDATA[Ravi Kumar]]></dc:creator>${DATE}<category><![CDATA[National]]></category><content:encoded><![CDATA[<p>The winter session of Parliament will begin on Monday and run until December 19.</p><figure class="wp-block-image"><img src="https://www.newsonair.example.gov.in/wp-content/uploads/2026/11/parliament-1024x576.jpg" alt=""><figcaption>File photo</figcaption></figure><p>Both Houses will take up eleven Bills.</p>]]></content:encoded><media:content url="https://www.newsonair.example.gov.in/wp-content/uploads/2026/11/parliament.jpg" medium="image"/>`),
  ]) },
  // BTV (Bangladesh Television): "+0600", the picture in the description, the copy after it.
  { path: '/unseen58/btv.xml', type: RSS_TYPE, doc: channel('', head('BTV News', 'https://www.btv.example.gov.bd'), [
    it1('Chief Adviser opens Padma rail link', 'https://www.btv.example.gov.bd/site/news/8f2c1d/Chief-Adviser-opens-Padma-rail-link', `<description><![CDATA[<img src="https://www.btv.example.gov.bd/uploads/news/2026/11/padma-rail.jpg" alt="Padma rail" /> The Padma rail link to Jashore opened to passenger trains on Friday.]]></description><pubDate>Fri, 27 Nov 2026 16:05:00 BST</pubDate><guid>https://www.btv.example.gov.bd/site/news/8f2c1d</guid>`),
  ]) },
  // BBS (Bhutan Broadcasting Service, WordPress): the reporter and place as the copy's first line, the station as dc:creator, "+0600".
  { path: '/unseen58/bbs.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('BBS', 'https://www.bbs.example.bt'), [
    it1('Paro farmers turn to greenhouse chillies', 'https://www.bbs.example.bt/news/?p=212345', `<dc:creator><![CDATA[BBS]]></dc:creator>${BST}<category><![CDATA[Headlines]]></category><content:encoded><![CDATA[<p><img src="https://www.bbs.example.bt/news/wp-content/uploads/2026/11/chilli.jpg" width="700" height="400"></p><p>Kinley Wangchuk, Paro</p><p>Farmers in Paro are growing chillies in greenhouses through the winter.</p>]]></content:encoded>`),
  ]) },
  // PSM News (Maldives): "Male', Maldives –" opens the copy, a "+0500" date, the writer as dc:creator.
  { path: '/unseen58/psm.xml', type: RSS_TYPE, doc: channel(`${DC} ${MEDIA}`, head('PSM News', 'https://psmnews.example.mv/en'), [
    it1('Velana terminal to open next month', 'https://psmnews.example.mv/en/141234', `<description><![CDATA[<p>Male', Maldives – The new seaplane terminal at Velana International Airport will open next month, the Transport Ministry said.</p>]]></description><dc:creator>Aishath Shaffa</dc:creator>${PKT}<media:thumbnail url="https://psmnews.example.mv/uploads/2026/11/velana.jpg"/>`),
  ]) },
  // UNB (United News of Bangladesh): "Dhaka, Nov 27 (UNB) - " opens the copy, "+0600", the picture as an enclosure.
  { path: '/unseen58/unb.xml', type: RSS_TYPE, doc: channel(`${CONTENT}`, head('UNB', 'https://unb.example.com.bd'), [
    it1('Rice prices ease as aman harvest begins', 'https://unb.example.com.bd/category/Bangladesh/rice-prices-ease-as-aman-harvest-begins/161234', `<description><![CDATA[Dhaka, Nov 27 (UNB) - Coarse rice prices eased in Dhaka's markets this week as the aman harvest began.]]></description><content:encoded><![CDATA[<p>Dhaka, Nov 27 (UNB) - Coarse rice prices eased in Dhaka's markets this week as the aman harvest began.</p><p>Read more: <a href="https://unb.example.com.bd/category/Bangladesh/onion-prices-fall/161200">Onion prices fall in Dhaka</a></p><p>Traders expect prices to fall further in December.</p>]]></content:encoded>${BST}<enclosure url="https://unb.example.com.bd/filemanager/files/2026/11/rice.jpg" type="image/jpeg" length="0"/>`),
  ]) },
  // RSS (Rastriya Samachar Samiti, Nepal): "Kathmandu, Nov 27 (RSS):" opens the copy, "+0545", the agency as dc:creator.
  { path: '/unseen58/rssnepal.xml', type: RSS_TYPE, doc: channel(`${DC} ${CONTENT}`, head('Rastriya Samachar Samiti', 'https://rss.example.com.np'), [
    it1('Tourist arrivals cross one million', 'https://rss.example.com.np/news/tourist-arrivals-cross-one-million', `<dc:creator><![CDATA[RSS]]></dc:creator>${NPT}<content:encoded><![CDATA[<p>Kathmandu, Nov 27 (RSS): Nepal has welcomed more than one million foreign tourists this year, the Department of Immigration said.</p>]]></content:encoded>`),
  ]) },
];

describe('unseen feeds, the fifty-seventh round, through the admin API', () => {
  it('reads every field a digest shows', async () => {
    const read = await fieldsOf(sweep, FEEDS, FEEDS.map((f) => f.path));
    expect(read).toEqual({
      // "share_email.svg", a share bar's icon ("share" then the service), is no picture.
      "Ferry service resumes": { link: "https://desk.example.org/ferry-service-resumes", published: PUBLISHED, author: null, image: null, categories: [],
        text: "The ferry service between the islands resumed on Friday." },
      // Radio Pakistan: "PKT" read as Pakistan's clock, the enclosure as the picture.
      "PM directs early completion of Karachi water project": { link: "https://www.radio.example.gov.pk/27-11-2026/pm-directs-early-completion-of-karachi-water-project", published: PUBLISHED, author: null, image: "https://www.radio.example.gov.pk/uploads/news/2026/11/27/1764237900_k4.jpg", categories: [],
        text: "Prime Minister has directed the authorities concerned to complete the K-IV water project in Karachi by June next year." },
      // PTV News: "ISLAMABAD:" goes; WordPress's "-800x450" cut gives the upload.
      "Cabinet approves new petroleum policy": { link: "https://ptvnews.example.com.pk/cabinet-approves-new-petroleum-policy/", published: PUBLISHED, author: "PTV News Desk", image: "https://ptvnews.example.com.pk/wp-content/uploads/2026/11/cabinet.jpg", categories: ["National"],
        text: "The federal cabinet on Friday approved the new petroleum policy for offshore exploration." },
      // DD News (Drupal): the zoneless "Fri, 11/27/2026 - 15:35" read at India's clock, the image style gives the upload, "(With inputs from agencies)" goes.
      "India, Japan hold maritime dialogue": { link: "https://ddnews.example.gov.in/en/india-japan-hold-maritime-dialogue/", published: PUBLISHED, author: "DD News", image: "https://ddnews.example.gov.in/sites/default/files/2026-11/maritime.jpg", categories: [],
        text: "India and Japan held their fourth maritime affairs dialogue in New Delhi on Friday." },
      // newsonair: the media:content picture; the figure and its "File photo" caption no copy.
      "Winter session of Parliament to begin on Monday": { link: "https://www.newsonair.example.gov.in/winter-session-of-parliament-to-begin-on-monday/", published: PUBLISHED, author: "Ravi Kumar", image: "https://www.newsonair.example.gov.in/wp-content/uploads/2026/11/parliament.jpg", categories: ["National"],
        text: "The winter session of Parliament will begin on Monday and run until December 19.\n\nBoth Houses will take up eleven Bills." },
      // BTV: "BST" on a Bangladeshi host is Bangladesh's clock (+06:00), not Britain's.
      "Chief Adviser opens Padma rail link": { link: "https://www.btv.example.gov.bd/site/news/8f2c1d/Chief-Adviser-opens-Padma-rail-link", published: PUBLISHED, author: null, image: "https://www.btv.example.gov.bd/uploads/news/2026/11/padma-rail.jpg", categories: [],
        text: "The Padma rail link to Jashore opened to passenger trains on Friday." },
      // BBS: "Kinley Wangchuk, Paro" over the copy names the writer where dc:creator names the station.
      "Paro farmers turn to greenhouse chillies": { link: "https://www.bbs.example.bt/news/?p=212345", published: PUBLISHED, author: "Kinley Wangchuk", image: "https://www.bbs.example.bt/news/wp-content/uploads/2026/11/chilli.jpg", categories: ["Headlines"],
        text: "Farmers in Paro are growing chillies in greenhouses through the winter." },
      // PSM: "Male', Maldives –" goes.
      "Velana terminal to open next month": { link: "https://psmnews.example.mv/en/141234", published: PUBLISHED, author: "Aishath Shaffa", image: "https://psmnews.example.mv/uploads/2026/11/velana.jpg", categories: [],
        text: "The new seaplane terminal at Velana International Airport will open next month, the Transport Ministry said." },
      // UNB: "Dhaka, Nov 27 (UNB) -" and the "Read more:" link go.
      "Rice prices ease as aman harvest begins": { link: "https://unb.example.com.bd/category/Bangladesh/rice-prices-ease-as-aman-harvest-begins/161234", published: PUBLISHED, author: null, image: "https://unb.example.com.bd/filemanager/files/2026/11/rice.jpg", categories: [],
        text: "Coarse rice prices eased in Dhaka's markets this week as the aman harvest began.\n\nTraders expect prices to fall further in December." },
      // RSS: "Kathmandu, Nov 27 (RSS):" goes, "+0545" read.
      "Tourist arrivals cross one million": { link: "https://rss.example.com.np/news/tourist-arrivals-cross-one-million", published: PUBLISHED, author: "RSS", image: null, categories: [],
        text: "Nepal has welcomed more than one million foreign tourists this year, the Department of Immigration said." },
    });
  });
});
