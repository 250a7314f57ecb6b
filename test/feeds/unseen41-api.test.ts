import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, rss, X } from '../helpers/feed-docs.js';
import { apiSweep, pollAtThroughAdmin, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The fortieth round of unseen feeds: press offices' feeds as governments and multilateral bodies shape them (PIB and its
 * Hindi twin, MEA, ISPR, GOV.UK's Atom, the State Department, the Pentagon, the EEAS, the Commission, UN News, ReliefWeb,
 * JSON Feed 1.1 newsrooms), and hard structures (RSS 1.0 under odd prefixes, Atom xhtml with xml:base at several levels,
 * items with only a description or only an enclosure, marked-up titles, BOMs and wrong charsets, UTF-16, a WordPress REST
 * list with a broken post, live blogs, very long items, no items). Every document is written for this file in its
 * publisher's shape, served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories read
 * back from GET /api/stories?feed= and its state from GET /api/admin/feeds.
 */
const sweep = apiSweep('feeds-unseen41-api');

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';

const poll = async (path: string, body: string | Buffer, type = RSS_TYPE) => (await pollThroughAdmin(sweep.app, sweep.feeds, path, body, type)).stories;
const pollAt = (path: string, body: string | Buffer, type = RSS_TYPE) => {
  sweep.feeds.serve(path, body, { contentType: type });
  return pollAtThroughAdmin(sweep.app, sweep.feeds, path);
};
/** The fields a reader sees of each story, oldest first (stories of one time by their link: the API's order of those is not fixed). */
const seen = (stories: ApiStory[]) =>
  stories
    .map(({ title, link, published, author, image, text, source }) => ({ title, link, published, author, image, text, source }))
    .sort((a, b) => a.published.localeCompare(b.published) || (a.link ?? "").localeCompare(b.link ?? ""));

describe('press offices as they publish', () => {
  it('guard: PIB (title and link only, IST), its Hindi twin, MEA (dd/mm/yyyy) and ISPR (a description only) read as releases', async () => {
    const pib = await poll('/unseen41/pib.xml', rss('', '<title>Press Information Bureau</title><link>https://pib.gov.in/</link><description>PIB RSS</description><language>en</language>', [
      `<title>\n      Union Cabinet approves the National Coastal Shipping Mission   </title><link>https://pib.gov.in/PressReleasePage.aspx?PRID=2190001</link><pubDate>Fri, 27 Nov 2026 16:05:00 GMT+05:30</pubDate>`,
      `<title>Raksha Mantri inaugurates Defence Expo &amp;amp; seminar</title><link>https://pib.gov.in/PressReleasePage.aspx?PRID=2190002&amp;reg=3&amp;lang=1</link><description>&lt;p&gt;Raksha Mantri inaugurated the expo in Lucknow on Friday.&lt;/p&gt;</description><pubDate>27 Nov 2026 15:00</pubDate>`,
    ]), 'text/xml; charset=utf-8');
    const hindi = await poll('/unseen41/pib-hi.xml', rss('', '<title>पत्र सूचना कार्यालय</title><link>https://pib.gov.in/</link><description>PIB</description><language>hi</language>', [
      `<title>केंद्रीय मंत्रिमंडल ने राष्ट्रीय तटीय नौवहन मिशन को मंजूरी दी</title><link>https://pib.gov.in/PressReleasePage.aspx?PRID=2190101</link><description>केंद्रीय मंत्रिमंडल ने शुक्रवार को मिशन को मंजूरी दी।</description><pubDate>Fri, 27 Nov 2026 16:05:00 +0530</pubDate>`,
    ]));
    const mea = await poll('/unseen41/mea.xml', rss(DC, '<title>Ministry of External Affairs - Press Releases</title><link>https://www.mea.gov.in/press-releases.htm</link><description>MEA</description>', [
      `<title>Joint Statement on the visit of the President of Chile</title><link>https://www.mea.gov.in/bilateral-documents.htm?dtl/40101/Joint+Statement</link><description><![CDATA[<p>The President of Chile paid a state visit to India from 24 to 27 November 2026.</p>]]></description><pubDate>27/11/2026</pubDate><dc:creator>MEA</dc:creator>`,
      `<title>Transcript of Special Briefing by Foreign Secretary</title><link>/media-briefings.htm?dtl/40102/Transcript</link><description>Foreign Secretary: Good afternoon friends.</description><pubDate>November 27, 2026</pubDate>`,
    ]));
    const ispr = await poll('/unseen41/ispr.xml', rss('', '<title>ISPR - Press Releases</title><link>https://ispr.gov.pk/</link><description>Inter Services Public Relations</description>', [
      `<description>RAWALPINDI, November 27: Chief of Army Staff visited the Corps Headquarters and was briefed on operational preparedness.</description><link>https://ispr.gov.pk/press-release-detail?id=7201</link><pubDate>Fri, 27 Nov 2026 14:00:00 +0500</pubDate><guid isPermaLink="false">7201</guid>`,
    ]));
    expect(seen(pib)).toEqual([
      { title: 'Raksha Mantri inaugurates Defence Expo & seminar', link: 'https://pib.gov.in/PressReleasePage.aspx?PRID=2190002&reg=3&lang=1', published: '2026-11-27T09:30:00.000Z', author: null, image: null, text: 'Raksha Mantri inaugurated the expo in Lucknow on Friday.', source: 'Press Information Bureau' },
      { title: 'Union Cabinet approves the National Coastal Shipping Mission', link: 'https://pib.gov.in/PressReleasePage.aspx?PRID=2190001', published: '2026-11-27T10:35:00.000Z', author: null, image: null, text: '', source: 'Press Information Bureau' },
    ]);
    expect(hindi.map((s) => [s.title, s.published, s.source])).toEqual([['केंद्रीय मंत्रिमंडल ने राष्ट्रीय तटीय नौवहन मिशन को मंजूरी दी', '2026-11-27T10:35:00.000Z', 'पत्र सूचना कार्यालय']]);
    expect(seen(mea).map((s) => [s.link, s.published, s.author, s.source])).toEqual([
      ['https://www.mea.gov.in/bilateral-documents.htm?dtl/40101/Joint+Statement', '2026-11-26T18:30:00.000Z', 'MEA', 'Ministry of External Affairs'],
      ['https://www.mea.gov.in/media-briefings.htm?dtl/40102/Transcript', '2026-11-26T18:30:00.000Z', null, 'Ministry of External Affairs'],
    ]);
    expect(seen(ispr).map((s) => [s.title, s.text, s.published])).toEqual([
      ['Chief of Army Staff visited the Corps Headquarters and was briefed on operational preparedness', 'Chief of Army Staff visited the Corps Headquarters and was briefed on operational preparedness.', '2026-11-27T09:00:00.000Z'],
    ]);
  });

  it('the Pentagon’s "… - Releases", the EEAS’s "… - Press material" and the Commission’s "Press corner - …" name the office', async () => {
    const item = (n: number) => `<title>Release ${n} on the ministerial meeting</title><link>https://press${n}.example.int/r/${n}</link><description>The ministers met on Friday to review cooperation number ${n}.</description><pubDate>Fri, 27 Nov 2026 10:0${n}:00 +0000</pubDate>`;
    const dod = await poll('/unseen41/dod.xml', rss('', '<title>U.S. Department of War - Releases</title><link>https://www.war.gov/News/Releases/</link><description>Releases</description>', [item(1)]));
    const eeas = await poll('/unseen41/eeas-name.xml', rss('', '<title>EEAS - Press material</title><link>https://www.eeas.europa.eu/</link><description></description>', [item(2)]));
    const ec = await poll('/unseen41/ec.xml', rss('', '<title>Press corner - European Commission</title><link>https://ec.europa.eu/commission/presscorner/home/en</link><description>Press</description>', [item(3)]));
    expect([dod[0]?.source, eeas[0]?.source, ec[0]?.source]).toEqual(['U.S. Department of War', 'EEAS', 'European Commission']);
  });

  it('an item’s <source> on the feed’s own host (UN News’ "All", "Africa") is its own channel: the story stays UN News’', async () => {
    const stories = await poll('/unseen41/un.xml', rss(`${MEDIA} ${DC}`, '<title>UN News - Global perspective Human stories</title><link>https://news.un.org/en</link><description>UN News</description>', [
      `<title>Gaza: UN agencies warn of worsening hunger as winter sets in</title><link>https://news.un.org/feed/view/en/story/2026/11/1160001?utm_source=rss</link><description>&lt;img src="https://global.unitednations.entermediadb.net/assets/27-11-2026-gaza.jpg/image1170x530cropped.jpg" width="1170" height="530" alt="" /&gt;&lt;p&gt;UN humanitarian agencies warned on Friday that hunger is worsening across Gaza.&lt;/p&gt;</description><pubDate>Fri, 27 Nov 2026 12:00:00 -0500</pubDate><guid isPermaLink="false">https://news.un.org/en/story/2026/11/1160001</guid><source url="https://news.un.org/feed/subscribe/en/news/all/rss.xml">All</source>`,
      `<title>Sudan: aid convoys reach El Fasher</title><link>https://news.un.org/en/story/2026/11/1160002</link><description>Aid convoys reached El Fasher on Friday, the UN said.</description><pubDate>Fri, 27 Nov 2026 13:00:00 -0500</pubDate><source url="https://news.un.org/feed/subscribe/en/news/region/africa/feed/rss.xml">Africa</source>`,
    ]));
    // The first links through its feed's counter ("/feed/view/en/story/…"): the story's page is "/en/story/…", as its guid says.
    expect(seen(stories).map((s) => [s.link, s.image, s.source])).toEqual([
      ['https://news.un.org/en/story/2026/11/1160001', 'https://global.unitednations.entermediadb.net/assets/27-11-2026-gaza.jpg/image1170x530cropped.jpg', 'UN News'],
      ['https://news.un.org/en/story/2026/11/1160002', null, 'UN News'],
    ]);
  });

  it('guard: an aggregator’s <source> on another host still credits that outlet', async () => {
    const stories = await poll('/unseen41/aggregator.xml', rss('', '<title>Policy Watch</title><link>https://watch.example.org/</link><description>Round-up</description>', [
      `<title>Cabinet approves port plan</title><link>https://www.thehindu.example.com/news/port-plan</link><description>The Cabinet approved the port plan on Friday.</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate><source url="https://www.thehindu.example.com/feeder/default.rss">The Hindu</source>`,
    ]));
    expect(stories.map((s) => s.source)).toEqual(['The Hindu']);
  });

  it('GOV.UK’s Atom id is the page with its change’s time after "#": a changed page updates its story, not a copy of the old one', async () => {
    const govuk = (at: string, title: string, summary: string) =>
      `${X}<feed xmlns="http://www.w3.org/2005/Atom"><id>https://www.gov.uk/search/news-and-communications</id><link rel="alternate" type="text/html" href="https://www.gov.uk/search/news-and-communications"/><title>News and communications - Activity on GOV.UK</title><updated>${at}</updated><author><name>HM Government</name></author>
<entry><id>https://www.gov.uk/government/news/flood-warnings-for-the-north#${at}</id><updated>${at}</updated><link rel="alternate" type="text/html" href="https://www.gov.uk/government/news/flood-warnings-for-the-north"/><title>${title}</title><summary type="html">${summary}</summary></entry></feed>`;
    const path = '/unseen41/govuk.atom';
    sweep.feeds.serve(path, govuk('2026-11-26T18:00:00Z', 'Flood warnings issued for the North', 'The Environment Agency issued flood warnings for rivers in the North.'), { contentType: ATOM_TYPE, lastModified: 'Thu, 26 Nov 2026 18:00:00 GMT' });
    const first = await pollAtThroughAdmin(sweep.app, sweep.feeds, path);
    sweep.feeds.serve(path, govuk('2026-11-27T10:05:00Z', 'Flood warnings extended across the North', 'The Environment Agency extended flood warnings to twelve rivers in the North and Yorkshire.'), { contentType: ATOM_TYPE, lastModified: 'Fri, 27 Nov 2026 10:05:00 GMT' });
    const second = await pollAtThroughAdmin(sweep.app, sweep.feeds, path);
    expect(first.stories.map((s) => [s.title, s.author, s.source])).toEqual([['Flood warnings issued for the North', 'HM Government', 'News and communications']]);
    expect(second.outcome).toMatchObject({ status: 'ok', added: 0, updated: 1 });
    expect(second.stories.map((s) => [s.id, s.title, s.text, s.link])).toEqual([
      [first.stories[0]!.id, 'Flood warnings extended across the North', 'The Environment Agency extended flood warnings to twelve rivers in the North and Yorkshire.', 'https://www.gov.uk/government/news/flood-warnings-for-the-north'],
    ]);
  });

  it('the State Department, the White House, the EEAS (xml:base on <rss>; named without "- Press material"), ReliefWeb (its own namespace) and a JSON Feed 1.1 newsroom', async () => {
    const state = await poll('/unseen41/state.xml', rss(`${DC} ${MEDIA}`, '<title>U.S. Department of State – Press Releases</title><link>https://www.state.gov</link><description>Press releases</description>', [
      `<title>Secretary&#8217;s Meeting With Indian External Affairs Minister</title><link>https://www.state.gov/releases/office-of-the-spokesperson/2026/11/secretarys-meeting</link><dc:creator><![CDATA[Office of the Spokesperson]]></dc:creator><pubDate>Fri, 27 Nov 2026 15:05:00 +0000</pubDate><guid isPermaLink="false">https://www.state.gov/?p=700001</guid><description><![CDATA[<p>The Secretary met today with Indian External Affairs Minister in Washington.</p><p>They discussed maritime security.</p>]]></description><media:content url="https://www.state.gov/wp-content/uploads/2026/11/meeting-1024x683.jpg" medium="image"/>`,
    ]));
    const wh = await poll('/unseen41/wh.xml', rss(`${DC} ${CONTENT}`, '<title>The White House</title><link>https://www.whitehouse.gov</link><description>Briefings</description>', [
      `<title>Readout of the President&#8217;s Call with Prime Minister Modi</title><link>https://www.whitehouse.gov/briefings-statements/2026/11/readout-call/</link><dc:creator><![CDATA[The White House]]></dc:creator><pubDate>Fri, 27 Nov 2026 21:00:00 +0000</pubDate><content:encoded><![CDATA[<p>The President spoke today with Prime Minister Modi of India. The leaders discussed trade and energy.</p><p class="has-text-align-center">###</p>]]></content:encoded>`,
    ]));
    const eeas = await poll('/unseen41/eeas.xml', `${X}<rss version="2.0" xml:base="https://www.eeas.europa.eu/" ${DC}><channel><title>EEAS - Press material</title><link>https://www.eeas.europa.eu/</link><description></description>
<item><title>India: Statement by the Spokesperson on the Strategic Dialogue</title><link>/eeas/india-statement-spokesperson_en</link><description>&lt;div class="field"&gt;&lt;p&gt;The EU and India held their Strategic Dialogue in Brussels today.&lt;/p&gt;&lt;img src="/sites/default/files/eu-india.jpg" alt=""&gt;&lt;/div&gt;</description><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate><dc:creator>EEAS Press Team</dc:creator><guid isPermaLink="false">470001 at https://www.eeas.europa.eu</guid></item></channel></rss>`);
    const reliefweb = await poll('/unseen41/reliefweb.xml', `${X}<rss version="2.0" xmlns:reliefweb="https://reliefweb.int/rss/ns" ${DC}><channel><title>ReliefWeb - Updates</title><link>https://reliefweb.int/updates</link><description>ReliefWeb</description>
<item><title>Sri Lanka: Floods - Flash Update No. 3 (27 November 2026)</title><link>https://reliefweb.int/report/sri-lanka/floods-flash-update-no-3</link><description>&lt;div class="tag country"&gt;Country: Sri Lanka&lt;/div&gt;&lt;div class="tag source"&gt;Source: OCHA&lt;/div&gt;&lt;p&gt;Heavy monsoon rains have flooded nine districts, affecting more than 120,000 people.&lt;/p&gt;</description><reliefweb:country>Sri Lanka</reliefweb:country><reliefweb:source>OCHA</reliefweb:source><dc:date>2026-11-27T06:30:00+00:00</dc:date><author>OCHA</author></item></channel></rss>`);
    const json = await poll('/unseen41/newsroom.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Ministry Newsroom', home_page_url: 'https://newsroom.example.gov', language: 'en-IN', authors: [{ name: 'Newsroom' }], items: [
      { id: '1', url: 'https://newsroom.example.gov/releases/1', title: 'Minister opens new port terminal', content_text: 'The Minister opened the new container terminal on Friday.\n\nIt will handle two million containers a year.', date_published: '2026-11-27T10:05:00+05:30', authors: [{ name: 'Press Desk' }], image: '/img/port.jpg', _ministry: { code: 'MoPSW' } },
      { id: '2', url: 'https://newsroom.example.gov/releases/2', summary: 'The Ministry issued an advisory on cyclone preparedness.', date_published: '2026-11-27T11:00:00+05:30' },
    ] }), 'application/feed+json');
    expect([...seen(state), ...seen(wh), ...seen(eeas), ...seen(reliefweb), ...seen(json)]).toEqual([
      { title: 'Secretary’s Meeting With Indian External Affairs Minister', link: 'https://www.state.gov/releases/office-of-the-spokesperson/2026/11/secretarys-meeting', published: '2026-11-27T15:05:00.000Z', author: 'Office of the Spokesperson', image: 'https://www.state.gov/wp-content/uploads/2026/11/meeting.jpg', text: 'The Secretary met today with Indian External Affairs Minister in Washington.\n\nThey discussed maritime security.', source: 'U.S. Department of State' },
      { title: 'Readout of the President’s Call with Prime Minister Modi', link: 'https://www.whitehouse.gov/briefings-statements/2026/11/readout-call/', published: '2026-11-27T21:00:00.000Z', author: 'The White House', image: null, text: 'The President spoke today with Prime Minister Modi of India. The leaders discussed trade and energy.', source: 'The White House' },
      { title: 'India: Statement by the Spokesperson on the Strategic Dialogue', link: 'https://www.eeas.europa.eu/eeas/india-statement-spokesperson_en', published: '2026-11-27T10:05:00.000Z', author: 'EEAS Press Team', image: 'https://www.eeas.europa.eu/sites/default/files/eu-india.jpg', text: 'The EU and India held their Strategic Dialogue in Brussels today.', source: 'EEAS' },
      { title: 'Sri Lanka: Floods - Flash Update No. 3 (27 November 2026)', link: 'https://reliefweb.int/report/sri-lanka/floods-flash-update-no-3', published: '2026-11-27T06:30:00.000Z', author: 'OCHA', image: null, text: 'Heavy monsoon rains have flooded nine districts, affecting more than 120,000 people.', source: 'ReliefWeb' },
      { title: 'Minister opens new port terminal', link: 'https://newsroom.example.gov/releases/1', published: '2026-11-27T04:35:00.000Z', author: 'Press Desk', image: 'https://newsroom.example.gov/img/port.jpg', text: 'The Minister opened the new container terminal on Friday.\n\nIt will handle two million containers a year.', source: 'Ministry Newsroom' },
      { title: 'The Ministry issued an advisory on cyclone preparedness', link: 'https://newsroom.example.gov/releases/2', published: '2026-11-27T05:30:00.000Z', author: 'Newsroom', image: null, text: 'The Ministry issued an advisory on cyclone preparedness.', source: 'Ministry Newsroom' },
    ]);
  });
});

describe('hard structures', () => {
  it('RSS 1.0 with RDF’s namespace under another prefix (<R:RDF>) or as the root’s default (<RDF xmlns=…>) is a feed', async () => {
    const odd = await poll('/unseen41/rdf-odd.rdf', `${X}<R:RDF xmlns:R="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
<channel R:about="https://press.example.go.jp/"><title>Cabinet Office Press</title><link>https://press.example.go.jp/</link><description>Releases</description><items><R:Seq><R:li R:resource="https://press.example.go.jp/r/1"/></R:Seq></items></channel>
<item R:about="https://press.example.go.jp/r/1"><title>Cabinet approves supplementary budget</title><link>https://press.example.go.jp/r/1</link><c:encoded><![CDATA[<p>The Cabinet approved the supplementary budget on Friday.</p><p>It includes relief for energy bills.</p>]]></c:encoded><d:date>2026-11-27T10:05:00+09:00</d:date><d:creator>Cabinet Secretariat</d:creator></item>
</R:RDF>`, 'application/rdf+xml');
    const unprefixed = await poll('/unseen41/rdf-default.rdf', `${X}<RDF xmlns="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" ${DC}><rss:channel about="https://pr.example.go.kr/"><rss:title>Korea Policy Briefing</rss:title><rss:link>https://pr.example.go.kr/</rss:link><rss:description>d</rss:description></rss:channel><rss:item about="https://pr.example.go.kr/b/1"><rss:title>Government announces housing supply plan</rss:title><rss:link>https://pr.example.go.kr/b/1</rss:link><rss:description>The government announced a housing supply plan.</rss:description><dc:date>2026-11-27T10:05:00+09:00</dc:date></rss:item></RDF>`, 'application/rdf+xml');
    expect(seen(odd)).toEqual([
      { title: 'Cabinet approves supplementary budget', link: 'https://press.example.go.jp/r/1', published: '2026-11-27T01:05:00.000Z', author: 'Cabinet Secretariat', image: null, text: 'The Cabinet approved the supplementary budget on Friday.\n\nIt includes relief for energy bills.', source: 'Cabinet Office Press' },
    ]);
    expect(seen(unprefixed).map((s) => [s.title, s.link, s.published, s.source])).toEqual([['Government announces housing supply plan', 'https://pr.example.go.kr/b/1', '2026-11-27T01:05:00.000Z', 'Korea Policy Briefing']]);
  });

  it('guard: Atom with xhtml titles and content in nested divs, xml:base on feed, entry and content, and Atom under a prefix', async () => {
    const gov = await poll('/unseen41/xhtml.atom', `${X}<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.example.gov.uk/"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Department <em>for</em> Transport</div></title><id>tag:example.gov.uk,2026:feed</id><updated>2026-11-27T10:05:00Z</updated><link href="/news"/>
<entry xml:base="/government/news/"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Rail <b>fares</b> frozen for 2027</div></title><id>tag:example.gov.uk,2026:1</id><link href="rail-fares-frozen"/><updated>2026-11-27T10:05:00Z</updated><author><name>Department for Transport</name></author><content type="xhtml" xml:base="images/"><div xmlns="http://www.w3.org/1999/xhtml"><div class="govspeak"><div class="summary"><p>Rail fares in England will be frozen next year.</p></div><div><p>The freeze applies to regulated fares.</p><figure><img src="train.jpg" alt="A train"/></figure></div></div></div></content></entry>
</feed>`, ATOM_TYPE);
    const prefixed = await poll('/unseen41/prefixed.atom', `${X}<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:h="http://www.w3.org/1999/xhtml" xml:base="https://dept.example.gov.au/media/"><a:title>Department Media</a:title><a:id>urn:x</a:id><a:updated>2026-11-27T00:00:00Z</a:updated><a:link rel="alternate" href="https://dept.example.gov.au/"/>
<a:entry xml:base="releases/2026/"><a:title>Minister announces drought package</a:title><a:id>urn:x:1</a:id><a:link href="drought-package"/><a:updated>2026-11-27T10:05:00+11:00</a:updated><a:content type="xhtml"><h:div><h:p>The Minister announced a drought package for farmers.</h:p><h:div><h:p>It includes <h:a href="../../factsheet.pdf">a fact sheet</h:a> and grants.</h:p><h:img src="img/drought.jpg"/></h:div></h:div></a:content><a:author><a:name>Media Unit</a:name></a:author></a:entry>
</a:feed>`, ATOM_TYPE);
    expect([...seen(gov), ...seen(prefixed)]).toEqual([
      { title: 'Rail fares frozen for 2027', link: 'https://www.example.gov.uk/government/news/rail-fares-frozen', published: '2026-11-27T10:05:00.000Z', author: 'Department for Transport', image: 'https://www.example.gov.uk/government/news/images/train.jpg', text: 'Rail fares in England will be frozen next year.\n\nThe freeze applies to regulated fares.', source: 'Department for Transport' },
      { title: 'Minister announces drought package', link: 'https://dept.example.gov.au/media/releases/2026/drought-package', published: '2026-11-26T23:05:00.000Z', author: 'Media Unit', image: 'https://dept.example.gov.au/media/releases/2026/img/drought.jpg', text: 'The Minister announced a drought package for farmers.\n\nIt includes a fact sheet and grants.', source: 'Department Media' },
    ]);
  });

  it('guard: xml:base on <rss>, <channel> and <item> resolves each item’s link and picture against the ones above it', async () => {
    const stories = await poll('/unseen41/rss-bases.xml', `${X}<rss version="2.0" xml:base="https://press.example.gov.ng/"><channel xml:base="releases/"><title>State House Press</title><link>https://press.example.gov.ng/</link><description>d</description>
<item xml:base="2026/11/"><title>President signs budget</title><link>president-signs-budget</link><description>&lt;p&gt;The President signed the budget.&lt;/p&gt;&lt;img src="signing.jpg"&gt;</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0100</pubDate></item>
<item><title>Vice President visits Kano</title><link>vp-kano</link><description>The Vice President visited Kano on Friday.</description><pubDate>Fri, 27 Nov 2026 11:05:00 +0100</pubDate></item>
</channel></rss>`);
    expect(seen(stories).map((s) => [s.link, s.image])).toEqual([
      ['https://press.example.gov.ng/2026/11/president-signs-budget', 'https://press.example.gov.ng/2026/11/signing.jpg'],
      ['https://press.example.gov.ng/vp-kano', null],
    ]);
  });

  it('a title escaped twice in Atom’s type="html" loses its tags ("Bus <em>grants</em>" was shown so); markup, entities and CDATA in RSS titles stay read', async () => {
    const atomTitle = await poll('/unseen41/title-twice.atom', `${X}<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry of Transport</title><id>urn:m</id><updated>2026-11-27T00:00:00Z</updated><link href="https://transport.example.gov.za/"/><entry><title type="html">Bus &amp;lt;em&amp;gt;grants&amp;lt;/em&amp;gt; for councils</title><id>urn:m:1</id><link href="https://transport.example.gov.za/n/1"/><updated>2026-11-27T10:05:00Z</updated><summary>Councils will receive new grants.</summary></entry></feed>`, ATOM_TYPE);
    const titles = await poll('/unseen41/titles.xml', rss('', '<title>Titles</title><link>https://titles.example.com/</link><description>t</description>', [
      `<title>&lt;b&gt;Breaking:&lt;/b&gt; RBI holds repo rate at 5.5%</title><link>https://titles.example.com/1</link><description>The RBI held rates.</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate>`,
      `<title><![CDATA[Sensex &amp; Nifty end higher; <em>IT</em> stocks lead]]></title><link>https://titles.example.com/2</link><description>Markets rose.</description><pubDate>Fri, 27 Nov 2026 10:06:00 +0530</pubDate>`,
      `<title>PM&#x2019;s address at the &#8220;Rozgar Mela&#8221; &amp;amp; town hall</title><link>https://titles.example.com/3</link><description>The PM spoke.</description><pubDate>Fri, 27 Nov 2026 10:07:00 +0530</pubDate>`,
      `<title><![CDATA[<![CDATA[Nested]]]]><![CDATA[> CDATA title: Cabinet nods]]></title><link>https://titles.example.com/4</link><description>Cabinet nods.</description><pubDate>Fri, 27 Nov 2026 10:08:00 +0530</pubDate>`,
      `<title>Why the &amp;lt;blink&amp;gt; tag died</title><link>https://titles.example.com/5</link><description>A history of the web.</description><pubDate>Fri, 27 Nov 2026 10:09:00 +0530</pubDate>`,
    ]));
    expect(atomTitle.map((s) => s.title)).toEqual(['Bus grants for councils']);
    expect(seen(titles).map((s) => s.title)).toEqual(['Breaking: RBI holds repo rate at 5.5%', 'Sensex & Nifty end higher; IT stocks lead', 'PM’s address at the “Rozgar Mela” & town hall', 'Nested CDATA title: Cabinet nods', 'Why the <blink> tag died']);
  });

  it('guard: items with only a description are titled by their first sentence; an item with only an audio file and nothing to read is no story', async () => {
    const police = await poll('/unseen41/desc-only.xml', rss('', '<title>Police Updates</title><link>https://police.example.gov.lk/</link><description>Updates</description>', [
      `<description>&lt;p&gt;Colombo: Police arrested three suspects in connection with the robbery in Pettah on Thursday night.&lt;/p&gt;&lt;p&gt;Investigations are continuing.&lt;/p&gt;</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0530</pubDate><guid>https://police.example.gov.lk/updates/1101</guid>`,
    ]));
    const podcast = await poll('/unseen41/podcast.xml', rss('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"', '<title>AIR News Bulletins</title><link>https://bulletins.example.in/</link><description>Audio bulletins</description><itunes:image href="https://bulletins.example.in/show.jpg"/>', [
      `<enclosure url="https://bulletins.example.in/audio/2026-11-27-0800.mp3" type="audio/mpeg" length="4000000"/><pubDate>Fri, 27 Nov 2026 08:00:00 +0530</pubDate><guid>bulletin-2026-11-27-0800</guid>`,
      `<title>Evening bulletin</title><enclosure url="https://bulletins.example.in/audio/2026-11-26-2100.mp3" type="audio/mpeg" length="4000000"/><pubDate>Thu, 26 Nov 2026 21:00:00 +0530</pubDate><itunes:summary>Headlines: cyclone warning for Tamil Nadu coast; Parliament session.</itunes:summary>`,
    ]));
    expect(seen(police).map((s) => [s.title, s.link, s.text])).toEqual([
      ['Police arrested three suspects in connection with the robbery in Pettah on Thursday night', 'https://police.example.gov.lk/updates/1101', 'Police arrested three suspects in connection with the robbery in Pettah on Thursday night.\n\nInvestigations are continuing.'],
    ]);
    expect(seen(podcast).map((s) => [s.title, s.link, s.image])).toEqual([['Evening bulletin', 'https://bulletins.example.in/audio/2026-11-26-2100.mp3', 'https://bulletins.example.in/show.jpg']]);
  });

  it('guard: a UTF-8 BOM before a prolog naming ISO-8859-1 or windows-1252, and UTF-16 with its BOM, without it, or under a UTF-8 prolog', async () => {
    const feed = (title: string, prolog = 'UTF-8') => `<?xml version="1.0" encoding="${prolog}"?><rss version="2.0"><channel><title>Press</title><link>https://press.example.gob.es/</link><description>d</description><item><title>${title}</title><link>https://press.example.gob.es/n/${title.length}</link><description>${title}: the government said on Friday.</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0100</pubDate></item></channel></rss>`;
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const titles = await Promise.all([
      poll('/unseen41/bom-latin1.xml', Buffer.concat([bom, Buffer.from(feed('Reunión del Consejo de Ministros', 'ISO-8859-1'))]), 'application/xml'),
      poll('/unseen41/bom-1252.xml', Buffer.concat([bom, Buffer.from(feed('Le ministre présente le budget « équilibré »', 'windows-1252'))]), 'application/rss+xml; charset=iso-8859-1'),
      poll('/unseen41/utf16le.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(feed('国务院常务会议部署稳就业措施', 'UTF-16'), 'utf16le')]), 'application/xml'),
      poll('/unseen41/utf16be.xml', iconv.encode(feed('Правительство утвердило программу', 'UTF-16BE'), 'utf16be'), 'application/xml; charset=utf-16be'),
      poll('/unseen41/utf16-utf8.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(feed('Ministry issues advisory'), 'utf16le')]), 'text/xml'),
    ]);
    expect(titles.map((stories) => stories.map((s) => s.title))).toEqual([['Reunión del Consejo de Ministros'], ['Le ministre présente le budget « équilibré »'], ['国务院常务会议部署稳就业措施'], ['Правительство утвердило программу'], ['Ministry issues advisory']]);
  });

  it('a WordPress REST list with one broken post: the others are stories and the warning names it; a list mostly broken is a readable error', async () => {
    const post = (id: number, title: string) => ({ id, date_gmt: '2026-11-27T04:35:00', guid: { rendered: `https://cm.example.gov.in/?p=${id}` }, link: `https://cm.example.gov.in/2026/11/27/p${id}/`, title: { rendered: title }, content: { rendered: `<p>${title}: the Chief Minister said on Friday the state would act.</p>` } });
    const list = await pollAt('/unseen41/wp-json/wp/v2/posts', JSON.stringify([post(501, 'CM launches scheme for farmers &#8211; 2 lakh to benefit'), { id: 502, date: null, guid: null, link: 12345, title: 'not an object', content: null }, post(503, 'CM reviews flood relief')]), 'application/json; charset=UTF-8');
    const broken = await pollAt('/unseen41/broken/wp-json/wp/v2/posts', JSON.stringify([post(601, 'One good post'), { id: 602 }, { id: 603 }]), 'application/json');
    expect(list.outcome).toMatchObject({ status: 'ok', error: null });
    expect(list.feed.lastWarning).toBe('a WordPress REST API list of posts, read as a feed: the site’s /feed/ is its RSS feed; 1 post not as WordPress writes them left out (a post needs its link and its rendered title): post 502');
    expect(seen(list.stories).map((s) => [s.title, s.link, s.published])).toEqual([
      ['CM launches scheme for farmers – 2 lakh to benefit', 'https://cm.example.gov.in/2026/11/27/p501/', '2026-11-27T04:35:00.000Z'],
      ['CM reviews flood relief', 'https://cm.example.gov.in/2026/11/27/p503/', '2026-11-27T04:35:00.000Z'],
    ]);
    expect([broken.outcome.status, broken.feed.lastError, broken.stories]).toEqual(['error', 'not a feed: JSON without a JSON Feed "items" list', []]);
  });

  it('a JSON Feed whose "items" hold entries that are no object (null, a string) keeps the others and says how many it left out', async () => {
    const { outcome, feed, stories } = await pollAt('/unseen41/jf-bad-items.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Ministry of Mines', home_page_url: 'https://mines.example.gov.in/', items: [null, 'oops', { id: 7, url: 'https://mines.example.gov.in/r/7', title: 'Coal output rises', content_text: 'Coal output rose 8 per cent in October.', date_published: '2026-11-27T10:05:00+05:30' }] }), 'application/feed+json');
    expect(outcome).toMatchObject({ status: 'ok', added: 1 });
    expect(feed.lastWarning).toBe('2 entries of "items" not an object, left out');
    expect(stories.map((s) => [s.title, s.published])).toEqual([['Coal output rises', '2026-11-27T04:35:00.000Z']]);
  });

  it('guard: a live blog’s updates under one link and two guids stay two stories, in this poll and the next', async () => {
    const update = (n: number, title: string, text: string) => `<title>Parliament LIVE: ${title}</title><link>https://live.example.com/live/parliament</link><guid isPermaLink="false">live-upd-${n}</guid><description>${text}</description><pubDate>Fri, 27 Nov 2026 1${n}:05:00 +0530</pubDate>`;
    const first = update(0, 'Speaker opens proceedings', 'The Speaker opened the winter session with obituary references.');
    const path = '/unseen41/live.xml';
    sweep.feeds.serve(path, rss('', '<title>Live</title><link>https://live.example.com/</link><description>d</description>', [first]), { contentType: RSS_TYPE, lastModified: 'Fri, 27 Nov 2026 04:35:00 GMT' });
    await pollAtThroughAdmin(sweep.app, sweep.feeds, path);
    sweep.feeds.serve(path, rss('', '<title>Live</title><link>https://live.example.com/</link><description>d</description>', [update(1, 'Lok Sabha adjourned till noon', 'Lok Sabha was adjourned till noon amid protests over the new bill.'), first]), { contentType: RSS_TYPE, lastModified: 'Fri, 27 Nov 2026 05:35:00 GMT' });
    const { stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, path);
    expect(seen(stories).map((s) => [s.title, s.link])).toEqual([
      ['Parliament LIVE: Speaker opens proceedings', 'https://live.example.com/live/parliament'],
      ['Parliament LIVE: Lok Sabha adjourned till noon', 'https://live.example.com/live/parliament'],
    ]);
  });

  it('guard: a very long item keeps every paragraph; feeds with no items (RSS, Atom, JSON Feed) poll fine with no stories and no error', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} of the budget speech sets out spending on roads, ports, schools and hospitals in the coming year.`);
    const long = await poll('/unseen41/long.xml', rss(CONTENT, '<title>Budget</title><link>https://budget.example.gov.in/</link><description>d</description>', [
      `<title>Full text of the Finance Minister’s budget speech</title><link>https://budget.example.gov.in/speech</link><content:encoded><![CDATA[${paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded><pubDate>Fri, 27 Nov 2026 11:05:00 +0530</pubDate>`,
    ]));
    expect(long.map((s) => s.text)).toEqual([paragraphs.join('\n\n')]);
    const empty = await Promise.all([
      pollAt('/unseen41/empty.xml', rss('', '<title>Empty press office</title><link>https://empty.example.gov/</link><description>No releases yet</description>', [])),
      pollAt('/unseen41/empty.atom', `${X}<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title><id>urn:e</id><updated>2026-11-27T00:00:00Z</updated></feed>`, ATOM_TYPE),
      pollAt('/unseen41/empty.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] }), 'application/feed+json'),
    ]);
    expect(empty.map((r) => [r.outcome.status, r.feed.lastError, r.stories.length])).toEqual([['ok', null, 0], ['ok', null, 0], ['ok', null, 0]]);
  });

  it('guard: a broken feed’s readable error is its own: a good feed polled after it is read as before', async () => {
    const bad = await pollAt('/unseen41/cut.xml', `${X}<rss version="2.0"><channel><title>Cut</title><link>https://cut.example.gov/</link><description>d</description><item><title>Half`);
    const good = await poll('/unseen41/after-cut.xml', rss('', '<title>Press</title><link>https://ok.example.gov/</link><description>d</description>', [
      `<title>Ministry releases crop estimates</title><link>https://ok.example.gov/r/1</link><description>The ministry released its crop estimates.</description><pubDate>Fri, 27 Nov 2026 10:05:00 +0000</pubDate>`,
    ]));
    expect(bad.outcome.status).toBe('error');
    expect(bad.feed.lastError).toMatch(/^the feed is cut off: the document ends inside <rss> <channel> <item> <title>/);
    expect(good.map((s) => s.title)).toEqual(['Ministry releases crop estimates']);
  });
});
