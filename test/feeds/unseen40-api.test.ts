import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime, RSS_TYPE } from '../helpers/dated-feeds.js';
import { ATOM_TYPE, atom, DC, MEDIA, rss } from '../helpers/feed-docs.js';
import { apiSweep, pollThroughAdmin, type ApiStory } from '../helpers/service.js';

/**
 * The thirty-fifth sweep of unseen feeds (the thirty-ninth round, as the README counts them): regional outlets of Africa, Latin America, Central Asia and the
 * Caucasus, the Middle East and Europe, and CMS families (Drupal, Joomla, Ghost, Arc XP, Blox, Substack, Medium, Blogger,
 * FeedBurner), each feed served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories
 * read back from GET /api/stories?feed=. Zoneless times of countries of several zones whose press keeps the capital's clock
 * (Russia, Indonesia, Brazil, Mexico, Chile) are the capital's, which the Known limits left as UTC.
 */
const sweep = apiSweep('feeds-unseen40-api');

const pollDates = datesPoller(sweep);
const CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';
/** What the outside checks read of each story: title, link, date, author, picture. */
const whole = (stories: ApiStory[]) => stories.map((s) => [s.title, s.link, s.published, s.author, s.image]);

describe('zoneless times in countries of several zones: the capital’s clock', () => {
  it('a .ru feed’s "27 ноября 2026, 10:05" and "2026-11-27 10:05" are Moscow’s; a ru-RU feed on .com too', async () => {
    const ru = await pollDates('/unseen40/ru.xml', 'https://www.vesti.example.ru', { words: '27 ноября 2026, 10:05', iso: '2026-11-27 10:05', dotted: '27.11.2026 10:05' }, 'ru');
    const lang = await pollDates('/unseen40/ru-ru.xml', 'https://www.novosti.example.com', { words: '27 ноября 2026 в 10:05' }, 'ru-RU');
    expect(ru).toEqual({ words: '2026-11-27T07:05:00.000Z', iso: '2026-11-27T07:05:00.000Z', dotted: '2026-11-27T07:05:00.000Z' });
    expect(lang).toEqual({ words: '2026-11-27T07:05:00.000Z' });
  });

  it('Indonesian ("id", .co.id), Brazilian (.com.br), Mexican (es-MX) and Chilean (.cl) zoneless times are Jakarta’s, Brasília’s, Mexico City’s and Santiago’s', async () => {
    const id = await pollDates('/unseen40/id.xml', 'https://www.kabar.example.com', { words: 'Jumat, 27 November 2026 10:05', slashed: '27/11/2026 10:05' }, 'id');
    const br = await pollDates('/unseen40/br.xml', 'https://www.folha.example.com.br', { words: '27 de novembro de 2026 às 10h05', slashed: '27/11/2026 10:05' }, 'pt-BR');
    const mx = await pollDates('/unseen40/mx.xml', 'https://www.diario.example.com', { words: 'viernes 27 de noviembre de 2026 - 10:05 h' }, 'es-MX');
    const cl = await pollDates('/unseen40/cl.xml', 'https://www.latercera.example.cl', { bar: '27 de noviembre de 2026 | 10:05', dashed: '27-11-2026 10:05' }, 'es');
    expect(id).toEqual({ words: '2026-11-27T03:05:00.000Z', slashed: '2026-11-27T03:05:00.000Z' });
    expect(br).toEqual({ words: '2026-11-27T13:05:00.000Z', slashed: '2026-11-27T13:05:00.000Z' });
    expect(mx).toEqual({ words: '2026-11-27T16:05:00.000Z' });
    expect(cl).toEqual({ bar: '2026-11-27T13:05:00.000Z', dashed: '2026-11-27T13:05:00.000Z' });
  });

  it('guard: an offset the feed states elsewhere still wins (a Vladivostok feed at +1000), and a bare "ru" on .com or "en-AU" names no clock', async () => {
    const far = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Приморье</title><link>https://www.primorye.example.ru/</link><language>ru</language><lastBuildDate>Fri, 27 Nov 2026 18:00:00 +1000</lastBuildDate><item><title>Story far</title><link>https://www.primorye.example.ru/news/far</link><description>Паром вышел в рейс.</description><pubDate>27.11.2026 10:05</pubDate></item></channel></rss>`;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/ru-far.xml', far, RSS_TYPE);
    const abroad = await pollDates('/unseen40/ru-com.xml', 'https://www.gazeta.example.com', { bare: '27 ноября 2026 10:05' }, 'ru');
    const au = await pollDates('/unseen40/au.xml', 'https://www.news.example.com', { bare: '27 November 2026 10:05' }, 'en-AU');
    expect(stories.map((s) => s.published)).toEqual(['2026-11-27T00:05:00.000Z']);
    expect([abroad.bare, au.bare]).toEqual(['2026-11-27T10:05:00.000Z', '2026-11-27T10:05:00.000Z']);
  });
});

describe('Central Asia and the Caucasus: months in their own words, on their country’s clock', () => {
  it('Kazakh ("27 қараша 2026 ж."), Uzbek ("27-noyabr, 2026-yil"), Azerbaijani ("27 noyabr 2026"), Georgian ("27 ნოემბერი 2026") and Armenian ("27 նոյեմբերի 2026")', async () => {
    const kz = await pollDates('/unseen40/kz.xml', 'https://www.tengri.example.kz', { kazakh: '27 қараша 2026 ж. 10:05', russian: '27 ноября 2026, 10:05' }, 'kk');
    const uz = await pollDates('/unseen40/uz.xml', 'https://www.kun.example.uz', { yil: '27-noyabr, 2026-yil 10:05', plain: '26 noyabr 2026' }, 'uz');
    const az = await pollDates('/unseen40/az.xml', 'https://www.xeber.example.com', { plain: '27 Noyabr 2026, 10:05', il: '27 noyabr 2026-cı il 10:05' }, 'az');
    const ge = await pollDates('/unseen40/ge.xml', 'https://www.ambebi.example.ge', { nominative: '27 ნოემბერი 2026 10:05', dative: '26 ნოემბერს, 2026' }, 'ka');
    const am = await pollDates('/unseen40/am.xml', 'https://www.lurer.example.am', { genitive: '27 նոյեմբերի 2026, 10:05', first: 'Նոյեմբեր 26, 2026' }, 'hy');
    expect(kz).toEqual({ kazakh: '2026-11-27T05:05:00.000Z', russian: '2026-11-27T05:05:00.000Z' });
    expect(uz).toEqual({ yil: '2026-11-27T05:05:00.000Z', plain: '2026-11-25T19:00:00.000Z' });
    expect(az).toEqual({ plain: '2026-11-27T06:05:00.000Z', il: '2026-11-27T06:05:00.000Z' });
    expect(ge).toEqual({ nominative: '2026-11-27T06:05:00.000Z', dative: '2026-11-25T20:00:00.000Z' });
    expect(am).toEqual({ genitive: '2026-11-27T06:05:00.000Z', first: '2026-11-25T20:00:00.000Z' });
  });

  it('a bare .co or .am site names no country (sold for the letters); .com.co and es-CO name Colombia', async () => {
    const co = await pollDates('/unseen40/co.xml', 'https://www.startup.example.co', { bare: '27 November 2026 10:05' });
    const am = await pollDates('/unseen40/am-bare.xml', 'https://www.radio.example.am', { bare: '27 November 2026 10:05' });
    const comco = await pollDates('/unseen40/com-co.xml', 'https://www.eltiempo.example.com.co', { am: '27 de noviembre de 2026 - 10:05 a. m.', first: 'noviembre 26 de 2026 10:05 p. m.' }, 'es');
    const esco = await pollDates('/unseen40/es-co.xml', 'https://www.semana.example.com', { plain: '27/11/2026 10:05' }, 'es-CO');
    expect([co.bare, am.bare]).toEqual(['2026-11-27T10:05:00.000Z', '2026-11-27T10:05:00.000Z']);
    expect(comco).toEqual({ am: '2026-11-27T15:05:00.000Z', first: '2026-11-27T03:05:00.000Z' });
    expect(esco).toEqual({ plain: '2026-11-27T15:05:00.000Z' });
  });

  it('Argentina’s "10:05 hs", a middle dot, bullet or slash before the time, and Greek’s "πμ"/"μμ" after it', async () => {
    const ar = await pollDates('/unseen40/ar.xml', 'https://www.clarin.example.com.ar', { hs: '27 de noviembre de 2026 10:05 hs', dot: 'viernes, 27 de noviembre de 2026 · 09:05' }, 'es-AR');
    const gr = await pollDates('/unseen40/gr-half.xml', 'https://www.protothema.example.gr', { bullet: '27.11.2026 • 10:05', am: '27/11/2026 09:05 πμ', pm: '26/11/2026 03:05 μμ' }, 'el');
    const ge = await pollDates('/unseen40/ge-slash.xml', 'https://www.palitra.example.ge', { slash: '27.11.2026 / 10:05' }, 'ka');
    expect(ar).toEqual({ hs: '2026-11-27T13:05:00.000Z', dot: '2026-11-27T12:05:00.000Z' });
    expect(gr).toEqual({ bullet: '2026-11-27T08:05:00.000Z', am: '2026-11-27T07:05:00.000Z', pm: '2026-11-26T13:05:00.000Z' });
    expect(ge).toEqual({ slash: '2026-11-27T06:05:00.000Z' });
  });
});

describe('Ethiopia’s calendar', () => {
  it('"ዓርብ፣ ኅዳር 18 ቀን 2019 ዓ.ም", "ኅዳር 17/2019" and "16 ሕዳር 2019" are 27, 26 and 25 November 2026 on Ethiopia’s clock, as is Amharic’s "ኖቬምበር 24, 2026"', async () => {
    const dates = await pollDates('/unseen40/et.xml', 'https://www.ena.example.et', { words: 'ዓርብ፣ ኅዳር 18 ቀን 2019 ዓ.ም', slashed: 'ኅዳር 17/2019', first: '16 ሕዳር 2019', gregorian: 'ኖቬምበር 24, 2026' }, 'am');
    const elsewhere = await pollDates('/unseen40/et-com.xml', 'https://www.addisdesk.example.com', { pagume: 'ጳጉሜ 6 ቀን 2015 ዓ.ም' });
    expect(dates).toEqual({ words: '2026-11-26T21:00:00.000Z', slashed: '2026-11-25T21:00:00.000Z', first: '2026-11-24T21:00:00.000Z', gregorian: '2026-11-23T21:00:00.000Z' });
    expect(elsewhere).toEqual({ pagume: '2023-09-10T21:00:00.000Z' });
  });

  it('guard: a day the calendar does not have (ኅዳር 31, a sixth Pagume in a common year) is no date', async () => {
    const before = Date.now();
    const dates = await pollDates('/unseen40/et-bad.xml', 'https://www.zena.example.et', { thirtyfirst: 'ኅዳር 31 ቀን 2019 ዓ.ም', pagume: 'ጳጉሜ 6 ቀን 2016 ዓ.ም' }, 'am');
    expect([fetchTime(dates.thirtyfirst, before), fetchTime(dates.pagume, before)]).toEqual([true, true]);
  });
});

describe('regional outlets and CMS families, whole stories', () => {
  it('guard: Egypt’s Arabic with م (p.m.), Iran’s Solar Hijri, Turkey’s, Greece’s, Ukraine’s and Poland’s local dates read as before', async () => {
    const eg = await pollDates('/unseen40/eg.xml', 'https://www.ahram.example.org.eg', { pm: 'الجمعة، 27 نوفمبر 2026 - 03:05 م' }, 'ar');
    const ir = await pollDates('/unseen40/ir.xml', 'https://www.irna.example.ir', { solar: 'جمعه ۶ آذر ۱۴۰۵ - ۱۰:۰۵' }, 'fa');
    const tr = await pollDates('/unseen40/tr.xml', 'https://www.hurriyet.example.com.tr', { local: 'Cum, 27 Kas 2026 10:05:00 +0300', words: '27 Kasım 2026 Cuma 10:05' }, 'tr-TR');
    const gr = await pollDates('/unseen40/gr.xml', 'https://www.kathimerini.example.gr', { words: 'Παρασκευή, 27 Νοεμβρίου 2026, 10:05' }, 'el');
    const ua = await pollDates('/unseen40/ua.xml', 'https://www.pravda.example.com.ua', { words: 'П\'ятниця, 27 листопада 2026, 10:05' }, 'uk');
    const pl = await pollDates('/unseen40/pl.xml', 'https://www.rp.example.pl', { local: 'pt., 27 lis 2026 10:05:00 +0100', words: '27 listopada 2026, 10:05' }, 'pl');
    expect([eg.pm, ir.solar, tr.local, tr.words, gr.words, ua.words, pl.local, pl.words]).toEqual([
      '2026-11-27T13:05:00.000Z', '2026-11-27T06:35:00.000Z', '2026-11-27T07:05:00.000Z', '2026-11-27T07:05:00.000Z',
      '2026-11-27T08:05:00.000Z', '2026-11-27T08:05:00.000Z', '2026-11-27T09:05:00.000Z', '2026-11-27T09:05:00.000Z',
    ]);
  });


  it('Drupal (Nigeria, WAT): title with markup, dc:creator, enclosure picture, the date in UTC', async () => {
    const doc = rss(`${DC} ${CONTENT}`, '<title>Premium Desk</title><link>https://www.premiumdesk.example.com.ng/</link><description>News</description><language>en</language>', [
      `<title>Senate passes &lt;em&gt;Electoral Act&lt;/em&gt; amendment</title><link>https://www.premiumdesk.example.com.ng/news/headlines/612345-senate-passes-electoral-act-amendment.html</link><description>&lt;p&gt;ABUJA — The Senate on Friday passed the amendment after a clause-by-clause vote, the chamber's spokesman said.&lt;/p&gt;</description><pubDate>Fri, 27 Nov 2026 10:05:00 WAT</pubDate><dc:creator>Chinedu Okafor</dc:creator><guid isPermaLink="false">612345 at https://www.premiumdesk.example.com.ng</guid><enclosure url="https://www.premiumdesk.example.com.ng/sites/default/files/styles/large/public/2026-11/senate.jpg?itok=Ab12Cd34" length="0" type="image/jpeg"/><category domain="https://www.premiumdesk.example.com.ng/news/headlines">Headlines</category>`,
    ]);
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/drupal-ng.xml', doc, RSS_TYPE);
    expect(whole(stories)).toEqual([[
      'Senate passes Electoral Act amendment',
      'https://www.premiumdesk.example.com.ng/news/headlines/612345-senate-passes-electoral-act-amendment.html',
      '2026-11-27T09:05:00.000Z',
      'Chinedu Okafor',
      'https://www.premiumdesk.example.com.ng/sites/default/files/2026-11/senate.jpg',
    ]]);
    expect(stories[0]!.text).toContain('The Senate on Friday passed the amendment');
  });

  it('Ghost (Kenya, EAT) with media:content and CDATA dc:creator; Arc XP (Brazil) with a relative link and media:content under its own timezone', async () => {
    const ghost = rss(`${DC} ${MEDIA} ${CONTENT}`, '<title><![CDATA[Mombasa Ledger]]></title><link>https://ledger.example.co.ke/</link><description><![CDATA[Coast news]]></description><generator>Ghost 5.96</generator><lastBuildDate>Fri, 27 Nov 2026 08:00:00 GMT</lastBuildDate>', [
      `<title><![CDATA[Port of Mombasa clears record cargo backlog]]></title><description><![CDATA[Dock workers cleared the backlog ahead of the holiday season.]]></description><link>https://ledger.example.co.ke/port-of-mombasa-clears-record-cargo-backlog/</link><guid isPermaLink="false">6746f1c2a1b2c3d4e5f60718</guid><category><![CDATA[Business]]></category><dc:creator><![CDATA[Achieng Otieno]]></dc:creator><pubDate>Fri, 27 Nov 2026 07:05:00 GMT</pubDate><media:content url="https://ledger.example.co.ke/content/images/2026/11/port.jpg" medium="image"/><content:encoded><![CDATA[<img src="https://ledger.example.co.ke/content/images/2026/11/port.jpg" alt="Port"><p>MOMBASA, Nov 27 — Dock workers cleared the backlog ahead of the holiday season, the port authority said on Friday.</p>]]></content:encoded>`,
    ]);
    const arc = rss(`${DC} ${MEDIA}`, '<title>Cerrado Online</title><link>https://www.cerrado.example.com.br</link><description>Notícias</description><language>pt-BR</language>', [
      `<title><![CDATA[Governo anuncia novo pacote para o agronegócio]]></title><link>/economia/2026/11/27/governo-anuncia-novo-pacote.ghtml</link><guid isPermaLink="true">/economia/2026/11/27/governo-anuncia-novo-pacote.ghtml</guid><dc:creator><![CDATA[Ana Souza, Brasília]]></dc:creator><description><![CDATA[O pacote prevê crédito de R$ 10 bilhões para pequenos produtores, informou o ministério nesta sexta-feira.]]></description><pubDate>Fri, 27 Nov 2026 13:05:00 +0000</pubDate><media:content url="https://www.cerrado.example.com.br/resizer/abc123=/1200x0/filters:format(jpg)/cloudfront-us-east-1.images.arcpublishing.com/cerrado/AB12CD.jpg" type="image/jpeg" medium="image"><media:credit role="author" scheme="urn:ebu">Agência Cerrado</media:credit></media:content>`,
    ]);
    const ke = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/ghost-ke.xml', ghost, RSS_TYPE);
    const br = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/arc-br.xml', arc, RSS_TYPE);
    expect(whole(ke.stories)).toEqual([[
      'Port of Mombasa clears record cargo backlog', 'https://ledger.example.co.ke/port-of-mombasa-clears-record-cargo-backlog/', '2026-11-27T07:05:00.000Z', 'Achieng Otieno',
      'https://ledger.example.co.ke/content/images/2026/11/port.jpg',
    ]]);
    expect(br.stories.map((s) => [s.title, s.link, s.published, s.image])).toEqual([[
      'Governo anuncia novo pacote para o agronegócio', 'https://www.cerrado.example.com.br/economia/2026/11/27/governo-anuncia-novo-pacote.ghtml', '2026-11-27T13:05:00.000Z',
      'https://www.cerrado.example.com.br/resizer/abc123=/1200x0/filters:format(jpg)/cloudfront-us-east-1.images.arcpublishing.com/cerrado/AB12CD.jpg',
    ]]);
    expect(br.stories[0]!.author).toMatch(/^Ana Souza/);
  });

  it('Joomla (Georgia) with an email-and-name author, Blogger (Armenia) Atom with media:thumbnail and a +04:00 offset', async () => {
    const joomla = rss(`${DC}`, '<title>საქართველოს ამბები</title><link>https://www.ambebi.example.ge/</link><description>ახალი ამბები</description><language>ka-ge</language><generator>Joomla! - Open Source Content Management</generator>', [
      `<title>თბილისში ახალი მეტროს სადგური გაიხსნა</title><link>https://www.ambebi.example.ge/index.php/politika/4521-tbilisi-metro</link><guid isPermaLink="true">https://www.ambebi.example.ge/index.php/politika/4521-tbilisi-metro</guid><description><![CDATA[<p><img src="/images/2026/11/metro.jpg" alt="მეტრო" /></p><p>თბილისში პარასკევს ახალი მეტროს სადგური გაიხსნა, განაცხადა მერიამ.</p>]]></description><author>info@ambebi.example.ge (ნინო ბერიძე)</author><category>პოლიტიკა</category><pubDate>Fri, 27 Nov 2026 06:05:00 +0000</pubDate>`,
    ]);
    const blogger = atom('Yerevan Notes', '<link rel="alternate" type="text/html" href="https://yerevannotes.example.blogspot.com/"/>', [
      `<id>tag:blogger.com,1999:blog-123.post-456</id><published>2026-11-27T10:05:00.000+04:00</published><updated>2026-11-27T10:30:00.000+04:00</updated><title type="text">Երևանում բացվեց նոր գրադարան</title><content type="html">&lt;p&gt;Երևանում ուրբաթ օրը բացվեց նոր գրադարան, հայտնում է քաղաքապետարանը։&lt;/p&gt;</content><link rel="alternate" type="text/html" href="https://yerevannotes.example.blogspot.com/2026/11/blog-post.html" title="Երևանում բացվեց նոր գրադարան"/><author><name>Արամ Պետրոսյան</name><uri>https://www.blogger.com/profile/0123456789</uri><email>noreply@blogger.com</email></author><media:thumbnail url="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh/s72-c/library.jpg" height="72" width="72"/>`,
    ], MEDIA);
    const [ge, am] = await Promise.all([
      pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/joomla-ge.xml', joomla, RSS_TYPE),
      pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/blogger-am.xml', blogger, ATOM_TYPE),
    ]);
    // Joomla's picture is relative to its site; Blogger's byline is its author's name, never its placeholder address.
    expect([...whole(ge.stories), ...am.stories.map((s) => [s.title, s.link, s.published, s.author])]).toEqual([
      ['თბილისში ახალი მეტროს სადგური გაიხსნა', 'https://www.ambebi.example.ge/index.php/politika/4521-tbilisi-metro', '2026-11-27T06:05:00.000Z', 'ნინო ბერიძე', 'https://www.ambebi.example.ge/images/2026/11/metro.jpg'],
      ['Երևանում բացվեց նոր գրադարան', 'https://yerevannotes.example.blogspot.com/2026/11/blog-post.html', '2026-11-27T06:05:00.000Z', 'Արամ Պետրոսյան'],
    ]);
    expect(am.stories[0]!.image).toMatch(/^https:\/\/blogger\.googleusercontent\.com\/img\/b\/R29vZ2xl\/AVvXsEh\/s\d+(?:-c)?\/library\.jpg$/);
  });

  it('Substack and Medium (content:encoded picture, dc:creator), FeedBurner (origLink) and Blox/TownNews (enclosure, dc:creator "By …")', async () => {
    const substack = rss(`${DC} ${CONTENT}`, '<title><![CDATA[Lagos Letter]]></title><link>https://lagosletter.substack.com</link><description><![CDATA[Weekly notes]]></description><generator>Substack</generator>', [
      `<title><![CDATA[Why the naira steadied this week]]></title><description><![CDATA[The central bank's auctions drew more bids than expected.]]></description><link>https://lagosletter.substack.com/p/why-the-naira-steadied-this-week</link><guid isPermaLink="false">https://lagosletter.substack.com/p/why-the-naira-steadied-this-week</guid><dc:creator><![CDATA[Funmi Adeyemi]]></dc:creator><pubDate>Fri, 27 Nov 2026 09:05:00 GMT</pubDate><enclosure url="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fnaira.png" length="0" type="image/jpeg"/><content:encoded><![CDATA[<p>The central bank's auctions drew more bids than expected, and the naira held its ground for a fourth day.</p>]]></content:encoded>`,
    ]);
    const medium = rss(`${DC} ${CONTENT} xmlns:atom="http://www.w3.org/2005/Atom"`, '<title><![CDATA[Stories by Kwame Mensah on Medium]]></title><link>https://medium.com/@kwamemensah?source=rss-abc123------2</link><description><![CDATA[Stories by Kwame Mensah on Medium]]></description><generator>Medium</generator>', [
      `<title><![CDATA[Accra’s new bus lanes, a month on]]></title><link>https://medium.com/@kwamemensah/accras-new-bus-lanes-a-month-on-9f8e7d6c5b4a?source=rss-abc123------2</link><guid isPermaLink="false">https://medium.com/p/9f8e7d6c5b4a</guid><category><![CDATA[ghana]]></category><category><![CDATA[transport]]></category><dc:creator><![CDATA[Kwame Mensah]]></dc:creator><pubDate>Fri, 27 Nov 2026 10:05:10 GMT</pubDate><atom:updated>2026-11-27T10:05:10.123Z</atom:updated><content:encoded><![CDATA[<figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*AbCdEfGh.jpeg" /></figure><p>A month after the city painted its first bus lanes, commuters on the Tema road say their trips are shorter.</p><img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId=9f8e7d6c5b4a" width="1" height="1" alt="">]]></content:encoded>`,
    ]);
    const feedburner = rss(`${DC} xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"`, '<title>Addis Courier</title><link>https://www.addiscourier.example.com/</link><description>Ethiopia news</description>', [
      `<title>Ethiopia opens new rail link to Djibouti port</title><link>https://feeds.feedburner.com/~r/AddisCourier/~3/xYz123/</link><feedburner:origLink>https://www.addiscourier.example.com/2026/11/27/rail-link-djibouti/</feedburner:origLink><guid isPermaLink="false">https://www.addiscourier.example.com/?p=99812</guid><pubDate>Fri, 27 Nov 2026 07:05:00 +0000</pubDate><dc:creator>Selam Tesfaye</dc:creator><description>ADDIS ABABA — The new line cuts the trip to the port to ten hours, the railway said on Friday.&lt;img src="https://feeds.feedburner.com/~r/AddisCourier/~4/xYz123" height="1" width="1" alt=""/&gt;</description>`,
    ]);
    const blox = rss(`${DC} ${MEDIA}`, '<title>Valley Herald - News</title><link>https://www.valleyherald.example.com/news/</link><description>Local news</description>', [
      `<title>County approves new water plant</title><link>https://www.valleyherald.example.com/news/local/county-approves-new-water-plant/article_1a2b3c4d-5e6f-11ef-8a9b-0123456789ab.html</link><guid isPermaLink="false">1a2b3c4d-5e6f-11ef-8a9b-0123456789ab</guid><pubDate>Fri, 27 Nov 2026 05:05:00 -0500</pubDate><dc:creator>By MARIA LOPEZ Valley Herald</dc:creator><description>The county board voted 4-1 to approve the plant on Thursday night.</description><enclosure url="https://bloximages.chicago2.vip.townnews.com/valleyherald.example.com/content/tncms/assets/v3/editorial/1/a2/1a2b3c4d/plant.image.jpg?resize=1200%2C800" length="150000" type="image/jpeg"/>`,
    ]);
    const [s, m, f, b] = await Promise.all([
      pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/substack.xml', substack, RSS_TYPE),
      pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/medium.xml', medium, RSS_TYPE),
      pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/feedburner.xml', feedburner, RSS_TYPE),
      pollThroughAdmin(sweep.app, sweep.feeds, '/unseen40/blox.xml', blox, RSS_TYPE),
    ]);
    expect(s.stories.map((x) => [x.title, x.link, x.published, x.author])).toEqual([['Why the naira steadied this week', 'https://lagosletter.substack.com/p/why-the-naira-steadied-this-week', '2026-11-27T09:05:00.000Z', 'Funmi Adeyemi']]);
    // Substack's CDN fetches the upload through Cloudinary's sizes ("substackcdn.com/image/fetch/w_1456,c_limit,…/https%3A%2F%2F…"): the picture is the upload.
    expect(s.stories[0]!.image).toBe('https://substack-post-media.s3.amazonaws.com/public/images/naira.png');
    expect(whole(m.stories)).toEqual([[
      'Accra’s new bus lanes, a month on', 'https://medium.com/@kwamemensah/accras-new-bus-lanes-a-month-on-9f8e7d6c5b4a', '2026-11-27T10:05:10.000Z', 'Kwame Mensah', 'https://cdn-images-1.medium.com/max/1024/1*AbCdEfGh.jpeg',
    ]]);
    expect(m.stories[0]!.text).not.toContain('stat?event');
    expect(whole(f.stories)).toEqual([[
      'Ethiopia opens new rail link to Djibouti port', 'https://www.addiscourier.example.com/2026/11/27/rail-link-djibouti/', '2026-11-27T07:05:00.000Z', 'Selam Tesfaye', null,
    ]]);
    expect(b.stories.map((x) => [x.title, x.published, x.image])).toEqual([[
      'County approves new water plant', '2026-11-27T10:05:00.000Z',
      'https://bloximages.chicago2.vip.townnews.com/valleyherald.example.com/content/tncms/assets/v3/editorial/1/a2/1a2b3c4d/plant.image.jpg?resize=1200%2C800',
    ]]);
    expect(b.stories[0]!.author).toMatch(/^Maria Lopez|^MARIA LOPEZ/);
  });
});
