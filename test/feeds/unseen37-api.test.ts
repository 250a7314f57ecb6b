import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { datedFeed, pollDates as pollSweepDates, RSS_TYPE } from '../helpers/dated-feeds.js';
import { X } from '../helpers/feed-docs.js';
import { apiSweep, pollAtThroughAdmin, pollThroughAdmin } from '../helpers/service.js';

/**
 * The thirty-third sweep (the thirty-seventh round of unseen feeds): Nepal's Bikram Sambat, Taiwan's Minguo years without
 * their era's name and Burmese dates year first (the dates the Known limits listed as no date), dates as Turkish,
 * Indonesian, Malay, Baltic, South Slavic, Bulgarian, Icelandic and Estonian sites print them, and feeds in shapes the
 * sweeps had not met, each served from a real local server, added and polled through POST /api/admin/feeds/poll, its
 * stories read back from GET /api/stories?feed= and its state from GET /api/admin/feeds.
 */
const sweep = apiSweep('feeds-unseen37-api');

const pollDates = (path: string, site: string, dates: Record<string, string>, language = '') => pollSweepDates(sweep, path, site, dates, language);

/** Whether the story took the time it was fetched (no date read): at or after `before`. */
const fetchTime = (published: string | undefined, before: number) => Date.parse(published!) >= before - 1000;

describe('the dates the Known limits listed as no date', () => {
  it('Nepal’s Bikram Sambat ("२०८३ मंसिर ११ गते शुक्रबार १४:०५", "2083 Mangsir 10", "२०८३/०८/०९") is the Gregorian day it is, on Nepal’s clock', async () => {
    const dates = await pollDates('/unseen37/np.xml', 'https://www.kantipur.example.com.np', { deva: '२०८३ मंसिर ११ गते शुक्रबार १४:०५', roman: '2083 Mangsir 10', numeric: '२०८३/०८/०९' }, 'ne');
    expect(dates).toEqual({ deva: '2026-11-27T08:20:00.000Z', roman: '2026-11-25T18:15:00.000Z', numeric: '2026-11-24T18:15:00.000Z' });
  });

  it('guard: a Bikram Sambat year past the table (the converters disagree from 2084) and a day its month does not have are no date', async () => {
    const before = Date.now();
    const dates = await pollDates('/unseen37/np-guard.xml', 'https://www.gorkhapatra.example.org.np', { later: '२०८५ मंसिर ११', short: '2083 Chaitra 31' }, 'ne');
    expect([fetchTime(dates.later, before), fetchTime(dates.short, before)]).toEqual([true, true]);
  });

  it('a Minguo year without 民國 ("115年11月27日 14:05") is 2026 in a .tw feed and in a feed in zh-TW; elsewhere it stays no date', async () => {
    const tw = await pollDates('/unseen37/tw.xml', 'https://news.example.gov.tw', { time: '115年11月27日 14:05', day: '115年11月26日' });
    const lang = await pollDates('/unseen37/zh-tw.xml', 'https://www.taipeidesk.example.com', { lang: '115年11月27日 09:30' }, 'zh-TW');
    const before = Date.now();
    const cn = await pollDates('/unseen37/zh-cn.xml', 'https://www.beijingdesk.example.com', { cn: '115年11月27日' }, 'zh-CN');
    expect(tw).toEqual({ time: '2026-11-27T06:05:00.000Z', day: '2026-11-25T16:00:00.000Z' });
    expect(lang).toEqual({ lang: '2026-11-27T01:30:00.000Z' });
    expect(fetchTime(cn.cn, before)).toBe(true);
  });

  it('Burmese dates year first ("၂၀၂၆ ခုနှစ် နိုဝင်ဘာ ၂၇ ရက်", with လ after the month and a time) are read on Myanmar’s clock', async () => {
    const dates = await pollDates('/unseen37/mm.xml', 'https://www.gnlm.example.com.mm', { day: '၂၀၂၆ ခုနှစ် နိုဝင်ဘာ ၂၇ ရက်', time: '၂၀၂၆ ခုနှစ်၊ နိုဝင်ဘာလ ၂၆ ရက် ၁၀:၀၅' }, 'my');
    expect(dates).toEqual({ day: '2026-11-26T17:30:00.000Z', time: '2026-11-26T03:35:00.000Z' });
  });

  it('guard: a number before 時間/시간 (hours, a duration) is no hour; 3时 after a date is three o’clock', async () => {
    const before = Date.now();
    const jp = await pollDates('/unseen37/jp-hours.xml', 'https://www.desk.example.jp', { duration: '2026年11月27日 24時間', ago: '2026-11-27 3시간 전' }, 'ja');
    const cn = await pollDates('/unseen37/cn-hour.xml', 'https://www.desk.example.cn', { three: '2026年11月27日 3时' });
    expect([fetchTime(jp.duration, before), fetchTime(jp.ago, before)]).toEqual([true, true]);
    expect(cn).toEqual({ three: '2026-11-26T19:00:00.000Z' });
  });
});

describe('dates as European and Southeast Asian CMSs localise them', () => {
  it('a Turkish weekday after the date ("27 Kasım 2026 Cuma 10:05", "25.11.2026 Çarşamba 09:00") is read on Turkey’s clock', async () => {
    const dates = await pollDates('/unseen37/tr.xml', 'https://www.haber.example.com.tr', { after: '27 Kasım 2026 Cuma 10:05', bare: '26 Kasım 2026 Perşembe', dotted: '25.11.2026 Çarşamba 09:00' }, 'tr');
    expect(dates).toEqual({ after: '2026-11-27T07:05:00.000Z', bare: '2026-11-25T21:00:00.000Z', dotted: '2026-11-25T06:00:00.000Z' });
  });

  it('Indonesian "Jum\'at" before a numeric date, and Indonesian and Malay month abbreviations ("Ags", "Des", "Mac")', async () => {
    const id = await pollDates('/unseen37/id.xml', 'https://www.berita.example.co.id', { apostrophe: "Jum'at, 27/11/2026 10:05 WIB", ags: '27 Ags 2026 10:05 WIB', des: 'Sab, 27 Des 2025 10:05:00 +0700' }, 'id');
    const my = await pollDates('/unseen37/my.xml', 'https://www.berita.example.com.my', { mac: '27 Mac 2026 10:05' }, 'ms');
    expect(id).toEqual({ apostrophe: '2026-11-27T03:05:00.000Z', ags: '2026-08-27T03:05:00.000Z', des: '2025-12-27T03:05:00.000Z' });
    expect(my).toEqual({ mac: '2026-03-27T02:05:00.000Z' });
  });

  it('Lithuanian and Latvian dates year first ("2026 m. lapkričio 27 d. 10:05", "2026. gada 27. novembris") and Ukrainian "р." after the year', async () => {
    const lt = await pollDates('/unseen37/lt.xml', 'https://www.naujienos.example.lt', { words: '2026 m. lapkričio 27 d. 10:05' }, 'lt');
    const lv = await pollDates('/unseen37/lv.xml', 'https://www.zinas.example.lv', { words: '2026. gada 27. novembris 10:05', june: '2026. gada 12. jūnijā' }, 'lv');
    const ua = await pollDates('/unseen37/ua.xml', 'https://www.novyny.example.ua', { year: '27 листопада 2026 р., 10:05' }, 'uk');
    expect(lt).toEqual({ words: '2026-11-27T08:05:00.000Z' });
    expect(lv).toEqual({ words: '2026-11-27T08:05:00.000Z', june: '2026-06-11T21:00:00.000Z' });
    expect(ua).toEqual({ year: '2026-11-27T08:05:00.000Z' });
  });

  it('Croatian, Serbian (Cyrillic and Latin) and Bulgarian months, with the year’s dot and "u" before the time', async () => {
    const hr = await pollDates('/unseen37/hr.xml', 'https://www.vijesti.example.hr', { words: '27. studenoga 2026. u 10:05', dec: '3. prosinca 2025.' }, 'hr');
    const rs = await pollDates('/unseen37/rs.xml', 'https://www.vesti.example.rs', { cyrillic: '27. новембар 2026. 10:05', latin: '26. novembra 2026. u 09:00' }, 'sr');
    const bg = await pollDates('/unseen37/bg.xml', 'https://www.novini.example.bg', { words: '27 ноември 2026, 10:05', year: '26 ноември 2026 г.' }, 'bg');
    expect(hr).toEqual({ words: '2026-11-27T09:05:00.000Z', dec: '2025-12-02T23:00:00.000Z' });
    expect(rs).toEqual({ cyrillic: '2026-11-27T09:05:00.000Z', latin: '2026-11-26T08:00:00.000Z' });
    expect(bg).toEqual({ words: '2026-11-27T08:05:00.000Z', year: '2026-11-25T22:00:00.000Z' });
  });

  it('Icelandic months ("27. nóvember 2026 kl. 10:05"), Estonian "kell" and a Hungarian weekday after the day ("2026. nov. 27., péntek 10:05")', async () => {
    const is = await pollDates('/unseen37/is.xml', 'https://www.frettir.example.is', { words: '27. nóvember 2026 kl. 10:05', june: '12. júní 2026' }, 'is');
    const ee = await pollDates('/unseen37/ee.xml', 'https://www.uudised.example.ee', { kell: '27. november 2026 kell 10:05' }, 'et');
    const hu = await pollDates('/unseen37/hu.xml', 'https://www.hirek.example.hu', { weekday: '2026. nov. 27., péntek 10:05' }, 'hu');
    expect(is).toEqual({ words: '2026-11-27T10:05:00.000Z', june: '2026-06-12T00:00:00.000Z' });
    expect(ee).toEqual({ kell: '2026-11-27T08:05:00.000Z' });
    expect(hu).toEqual({ weekday: '2026-11-27T09:05:00.000Z' });
  });

  it('probed and read as they were: Polish, Czech, Greek, Hebrew, Arabic-Indic, Persian and Thai Buddhist-era dates', async () => {
    const pl = await pollDates('/unseen37/pl.xml', 'https://www.wiadomosci.example.pl', { short: 'pt., 27 lis 2026 10:05:00 +0100', words: 'piątek, 27 listopada 2026, 09:05' }, 'pl');
    const cz = await pollDates('/unseen37/cz.xml', 'https://www.zpravy.example.cz', { spaced: 'pá 27. 11. 2026 10:05' }, 'cs');
    const gr = await pollDates('/unseen37/gr.xml', 'https://www.eidiseis.example.gr', { words: 'Παρασκευή, 27 Νοεμβρίου 2026, 10:05' }, 'el');
    const il = await pollDates('/unseen37/il.xml', 'https://www.hadashot.example.co.il', { words: 'יום שישי, 27 בנובמבר 2026' }, 'he');
    const eg = await pollDates('/unseen37/eg.xml', 'https://www.akhbar.example.com.eg', { digits: 'الجمعة ٢٧/١١/٢٠٢٦ - ١٠:٠٥ ص' }, 'ar');
    const ir = await pollDates('/unseen37/ir.xml', 'https://www.khabar.example.ir', { solar: '۱۴۰۵/۰۹/۰۶ ۱۰:۰۵' }, 'fa');
    const th = await pollDates('/unseen37/th.xml', 'https://www.khao.example.co.th', { era: '2569-11-27 10:05' }, 'th');
    expect(pl).toEqual({ short: '2026-11-27T09:05:00.000Z', words: '2026-11-27T08:05:00.000Z' });
    expect(cz).toEqual({ spaced: '2026-11-27T09:05:00.000Z' });
    expect(gr).toEqual({ words: '2026-11-27T08:05:00.000Z' });
    expect(il).toEqual({ words: '2026-11-26T22:00:00.000Z' });
    expect(eg).toEqual({ digits: '2026-11-27T08:05:00.000Z' });
    expect(ir).toEqual({ solar: '2026-11-27T06:35:00.000Z' });
    expect(th).toEqual({ era: '2026-11-27T03:05:00.000Z' });
  });
});

describe('feeds in shapes the sweeps had not met', () => {
  it('an old "application/x-rss+xml" type, and an RSS item’s own <image> (a URL, or <url> inside) as its picture', async () => {
    const body = `${X}<rss version="2.0"><channel><title>Desk</title><link>https://www.baodesk.example.vn/</link><description>x</description>
      <item><title>Bare image</title><link>https://www.baodesk.example.vn/news/1</link><description>The bridge opened.</description><image>https://cdn.baodesk.example.vn/2026/11/bridge.jpg</image><pubDate>Fri, 27 Nov 2026 10:05:00 +0700</pubDate></item>
      <item><title>Nested image</title><link>https://www.baodesk.example.vn/news/2</link><description>The road opened.</description><image><url>/2026/11/road.jpg</url><title>Road</title></image><pubDate>Fri, 27 Nov 2026 09:05:00 +0700</pubDate></item>
    </channel></rss>`;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen37/x-rss.xml', body, 'application/x-rss+xml');
    expect(stories.map((s) => [s.title, s.image])).toEqual([
      ['Bare image', 'https://cdn.baodesk.example.vn/2026/11/bridge.jpg'],
      ['Nested image', 'https://www.baodesk.example.vn/2026/11/road.jpg'],
    ]);
  });

  it('a single Atom entry document (AtomPub’s "application/atom+xml;type=entry") is a feed of one story', async () => {
    const body = `${X}<entry xmlns="http://www.w3.org/2005/Atom"><id>tag:desk.example.org,2026:1</id><title>Ministers meet on trade</title><link rel="alternate" href="https://desk.example.org/news/trade"/><published>2026-11-27T10:05:00Z</published><updated>2026-11-27T10:06:00Z</updated><author><name>Lena Park</name></author><summary>Ministers met on Friday.</summary></entry>`;
    sweep.feeds.serve('/unseen37/entry.atom', body, { contentType: 'application/atom+xml;type=entry' });
    const { outcome, feed, stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, '/unseen37/entry.atom');
    expect([outcome.status, feed.lastError, feed.lastWarning]).toEqual(['ok', null, 'a single Atom entry, not a feed: read as a feed of one story']);
    expect(stories.map((s) => [s.title, s.link, s.published, s.author])).toEqual([['Ministers meet on trade', 'https://desk.example.org/news/trade', '2026-11-27T10:05:00.000Z', 'Lena Park']]);
  });

  it('UTF-16 (little-endian, with its BOM) served as text/html, its prolog saying "utf-16" in lower case', async () => {
    const xml = `<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Zürich Desk</title><link>https://www.zeitung.example.ch/</link><description>x</description><item><title>Grüezi from the Große Halle</title><link>https://www.zeitung.example.ch/news/1</link><pubDate>Fri, 27 Nov 2026 10:05:00 +0100</pubDate></item></channel></rss>`;
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml, 'utf16le')]);
    const { feed, stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen37/utf16.xml', body, 'text/html');
    expect([feed?.title, stories.map((s) => [s.title, s.published])]).toEqual(['Zürich Desk', [['Grüezi from the Große Halle', '2026-11-27T09:05:00.000Z']]]);
  });

  it('"Cache-Control: no-cache, max-age=0" sets no floor: the next poll is the feed’s own interval away', async () => {
    const body = datedFeed('https://desk.example.net', { fresh: 'Fri, 27 Nov 2026 10:05:00 GMT' });
    sweep.feeds.serve('/unseen37/no-cache.xml', body, { contentType: RSS_TYPE, headers: { 'cache-control': 'no-cache, max-age=0' } });
    const { outcome, feed, stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, '/unseen37/no-cache.xml');
    expect([outcome.status, stories.length]).toEqual(['ok', 1]);
    const wait = Date.parse(feed.nextPollAt!) - Date.parse(feed.lastPollAt!);
    expect(Math.abs(wait - feed.intervalMinutes * 60_000)).toBeLessThan(feed.intervalMinutes * 60_000 * 0.25);
  });
});
