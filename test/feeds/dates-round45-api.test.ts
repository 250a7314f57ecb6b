import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';
import { agoFrom, allTrue, datesPoller, fetchTime, languagesPoller, RSS_TYPE, zoneDay, zoneDayIso, type LanguageFeed } from '../helpers/dated-feeds.js';
import { DC, rss } from '../helpers/feed-docs.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';

/**
 * Dates as the forty-fifth round found them (README): relative dates in Estonian, Latvian, Lithuanian, Filipino, Persian
 * and Hebrew, Malay's "semalam" in Malay countries' feeds, Hindi's and Urdu's part of the day ("कल सुबह 10:05"), a zone after
 * a day word's time ("Kemarin, 10:05 WIB") and the time before it ("10:05 hôm qua"); Ethiopian times with their part of the
 * day ("ከጠዋቱ 3 ሰዓት", 09:00), Minguo years in numbers ("115/11/27"), Romance ordinals ("1º de noviembre", "1er novembre"),
 * decimal offsets ("UTC+5.5"), a Hebrew date's evening ahead of the fetch, and an item's date fields that disagree. Each feed
 * served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories read back from
 * GET /api/stories?feed=.
 */
/** The poll's fetch time, fixed: a day word read on the feed's clock cannot meet a midnight between the test's reckoning and the poll. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round45-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const HOUR = 3_600_000;
const MINUTE = 60_000;
const AT_1005 = 10 * 60 + 5;


/** A feed's site, its language tag and its country's clock, by language. */
const FEEDS = {
  et: ['https://www.uudised.example.ee', 'et', 'Europe/Tallinn'],
  lv: ['https://www.zinas.example.lv', 'lv', 'Europe/Riga'],
  lt: ['https://www.naujienos.example.lt', 'lt', 'Europe/Vilnius'],
  fil: ['https://www.balita.example.ph', 'fil', 'Asia/Manila'],
  fa: ['https://www.khabar.example.ir', 'fa', 'Asia/Tehran'],
  he: ['https://www.chadashot.example.co.il', 'he', 'Asia/Jerusalem'],
  ms: ['https://www.berita.example.my', 'ms', 'Asia/Kuala_Lumpur'],
  hi: ['https://www.samachar.example.in', 'hi', 'Asia/Kolkata'],
  ur: ['https://www.akhbar.example.com.pk', 'ur', 'Asia/Karachi'],
} as const satisfies Record<string, LanguageFeed>;
type Language = keyof typeof FEEDS;

const pollEach = languagesPoller(pollDates, FEEDS, '/dates45');

/** The zone of `${language}.${key}`. */
const zoneOf = (key: string) => FEEDS[key.split('.')[0] as Language][2];

describe('relative dates in Estonian, Latvian, Lithuanian, Filipino, Persian and Hebrew', () => {
  it('hours, minutes and seconds ago ("2 tundi tagasi", "pirms 2 stundām", "prieš valandą", "2 oras ang nakalipas", "۲ ساعت پیش", "לפני שעתיים") are that long before the fetch', async () => {
    const before = FETCHED;
    const read = await pollEach('ago', {
      et: { h: '2 tundi tagasi', one: 'tund tagasi', min: '5 minutit tagasi' },
      lv: { h: 'pirms 2 stundām', one: 'pirms stundas', min: 'pirms 5 minūtēm' },
      lt: { h: 'prieš 2 valandas', one: 'prieš valandą', many: 'prieš 12 valandų', min: 'prieš 5 min.' },
      fil: { h: '2 oras ang nakalipas', one: 'isang oras na ang nakalipas', min: '5 minuto ang nakaraan' },
      fa: { h: '۲ ساعت پیش', one: 'یک ساعت پیش', min: '۵ دقیقه پیش', ago: '3 ساعت قبل' },
      he: { h: 'לפני 3 שעות', two: 'לפני שעתיים', one: 'לפני שעה', min: 'לפני 5 דקות', sec: 'לפני 30 שניות' },
    });
    const after = FETCHED;
    const back: Record<string, number> = {
      'et.h': 2 * HOUR, 'et.one': HOUR, 'et.min': 5 * MINUTE, 'lv.h': 2 * HOUR, 'lv.one': HOUR, 'lv.min': 5 * MINUTE, 'lt.h': 2 * HOUR, 'lt.one': HOUR,
      'lt.many': 12 * HOUR, 'lt.min': 5 * MINUTE, 'fil.h': 2 * HOUR, 'fil.one': HOUR, 'fil.min': 5 * MINUTE, 'fa.h': 2 * HOUR, 'fa.one': HOUR,
      'fa.min': 5 * MINUTE, 'fa.ago': 3 * HOUR, 'he.h': 3 * HOUR, 'he.two': 2 * HOUR, 'he.one': HOUR, 'he.min': 5 * MINUTE, 'he.sec': 30_000,
    };
    expect(Object.fromEntries(Object.entries(back).map(([k, ms]) => [k, agoFrom(read[k], ms, before, after)]))).toEqual(allTrue(Object.keys(back)));
  });

  it('yesterday with a time ("eile kell 10:05", "vakar 10:05", "vakar plkst. 10:05", "kahapon, 10:05", "دیروز ساعت ۱۰:۰۵", "אתמול ב-10:05", "semalam 10:05") is that time on the country’s clock; alone, its midnight', async () => {
    const before = FETCHED;
    const read = await pollEach('yesterday', {
      et: { at: 'eile kell 10:05', alone: 'eile' },
      lv: { at: 'vakar plkst. 10:05', alone: 'vakar' },
      lt: { at: 'vakar 10:05' },
      fil: { at: 'kahapon, 10:05', alone: 'kahapon' },
      fa: { at: 'دیروز ساعت ۱۰:۰۵', alone: 'دیروز' },
      he: { at: 'אתמול ב-10:05', alone: 'אתמול' },
      ms: { at: 'semalam 10:05', alone: 'semalam' },
    });
    const want = Object.fromEntries(Object.keys(read).map((key) => [key, zoneDayIso(zoneOf(key), before, 1, key.endsWith('.at') ? AT_1005 : 0)]));
    expect(read).toEqual(want);
  });

  it('days ago ("2 päeva tagasi", "pirms 2 dienām", "prieš 2 dienas", "2 araw ang nakalipas", "۲ روز پیش", "לפני יומיים") and the day before yesterday ("üleeile", "aizvakar", "užvakar", "kamakalawa", "پریروز", "שלשום") are that day’s midnight', async () => {
    const before = FETCHED;
    const read = await pollEach('days', {
      et: { ago: '2 päeva tagasi', dby: 'üleeile' },
      lv: { ago: 'pirms 2 dienām', dby: 'aizvakar' },
      lt: { ago: 'prieš 2 dienas', dby: 'užvakar' },
      fil: { ago: '2 araw ang nakalipas', dby: 'kamakalawa' },
      fa: { ago: '۲ روز پیش', dby: 'پریروز' },
      he: { ago: 'לפני יומיים', dby: 'שלשום' },
    });
    expect(read).toEqual(Object.fromEntries(Object.keys(read).map((key) => [key, zoneDayIso(zoneOf(key), before, 2)])));
  });

  it('Persian’s today ("امروز") is today, not yesterday (it begins as Arabic’s yesterday, "امس", does): alone no date, with a time that time of today', async () => {
    const before = FETCHED;
    const read = await pollEach('today', { fa: { alone: 'امروز', at: 'امروز ۰۰:۰۱' } });
    expect({ alone: fetchTime(read['fa.alone'], before), at: read['fa.at'] }).toEqual({ alone: true, at: zoneDayIso('Asia/Tehran', before, 0, 1) });
  });
});

describe('a day word’s part of the day, zone and order', () => {
  it('Hindi’s and Urdu’s part of the day: "कल सुबह 10:05" 10:05, "कल शाम 6:30" 18:30, "कल रात 10:05" 22:05, "کل دوپہر 2:15" 14:15 yesterday', async () => {
    const before = FETCHED;
    const read = await pollEach('part', {
      hi: { morning: 'कल सुबह 10:05', evening: 'कल शाम 6:30', night: 'कल रात 10:05', bajé: 'कल सुबह 10:05 बजे' },
      ur: { morning: 'کل صبح 10:05', afternoon: 'کل دوپہر 2:15' },
    });
    const minutes: Record<string, number> = { morning: AT_1005, evening: 18 * 60 + 30, night: 22 * 60 + 5, bajé: AT_1005, afternoon: 14 * 60 + 15 };
    expect(read).toEqual(Object.fromEntries(Object.keys(read).map((key) => [key, zoneDayIso(zoneOf(key), before, 1, minutes[key.split('.')[1]!])])));
  });

  it('a zone after the time ("Kemarin, 10:05 WIB", "yesterday at 10:05 GMT") is that zone’s; a time before the word ("10:05 hôm qua", "2:00 pm, yesterday") reads as after it', async () => {
    const before = FETCHED;
    const read = await pollDates('/dates45/zone-order.xml', 'https://www.wires.example.com', {
      wib: 'Kemarin, 10:05 WIB',
      gmt: 'yesterday at 10:05 GMT',
      vi: '10:05 hôm qua',
      en: '2:00 pm, yesterday',
    });
    expect(read).toEqual({
      wib: zoneDayIso('Asia/Jakarta', before, 1, AT_1005),
      gmt: zoneDayIso('UTC', before, 1, AT_1005),
      vi: zoneDayIso('UTC', before, 1, AT_1005),
      en: zoneDayIso('UTC', before, 1, 14 * 60),
    });
  });

  it('what stays no date: "semalam" outside Malay countries (Indonesian’s last night), a zone no one knows', async () => {
    const before = FETCHED;
    const hi = await pollDates('/dates45/hi-raat.xml', 'https://www.khabar.example.in', { raat: 'कल रात 1:30' }, 'hi');
    const id = await pollDates('/dates45/id-semalam.xml', 'https://www.kabar.example.co.id', { semalam: 'semalam', at: 'semalam 22:00' }, 'id');
    const en = await pollDates('/dates45/en-xyz.xml', 'https://www.desk.example.com', { xyz: 'yesterday 10:05 XYZ' });
    // "कल रात 1:30" is read since the forty-sixth round: the night before the fetch, 01:30 of the fetch's own day here.
    expect({ raat: hi.raat === zoneDayIso('Asia/Kolkata', before, 0, 90), semalam: fetchTime(id.semalam, before), at: fetchTime(id.at, before), xyz: fetchTime(en.xyz, before) }).toEqual({
      raat: true,
      semalam: true,
      at: true,
      xyz: true,
    });
  });
});

describe('dates in other calendars, ordinals and offsets', () => {
  it('an Ethiopian date’s time with its part of the day, counted from six: "ከጠዋቱ 3 ሰዓት" 09:00, "ከቀኑ 6 ሰዓት" 12:00, "ከምሽቱ 2 ሰዓት" 20:00; after midnight or bare, the day alone', async () => {
    const read = await pollDates('/dates45/am-time.xml', 'https://www.zena.example.et', {
      morning: 'ኅዳር 18 ቀን 2019 ዓ.ም ከጠዋቱ 3 ሰዓት',
      half: 'ኅዳር 18 ቀን 2019 ዓ.ም ከጠዋቱ 3:30',
      noon: 'ኅዳር 18, 2019 ከቀኑ 6 ሰዓት',
      evening: 'ኅዳር 18, 2019 ከምሽቱ 2 ሰዓት',
      lateNight: 'ኅዳር 18, 2019 ከሌሊቱ 9 ሰዓት',
      bare: 'ኅዳር 18, 2019 3:30',
    }, 'am');
    expect(read).toEqual({
      morning: '2026-11-27T06:00:00.000Z',
      half: '2026-11-27T06:30:00.000Z',
      noon: '2026-11-27T09:00:00.000Z',
      evening: '2026-11-27T17:00:00.000Z',
      lateNight: '2026-11-26T21:00:00.000Z',
      bare: '2026-11-26T21:00:00.000Z',
    });
  });

  it('a Minguo year in numbers ("115/11/27", "115.11.27", "115-11-27 10:05") in a feed of Taiwan’s is 2026; elsewhere no date', async () => {
    const before = FETCHED;
    const tw = await pollDates('/dates45/tw-minguo.xml', 'https://www.news.example.gov.tw', { slash: '115/11/27', dot: '115.11.27', time: '115-11-27 10:05' }, 'zh-TW');
    const other = await pollDates('/dates45/com-minguo.xml', 'https://www.desk.example.com', { slash: '115/11/27' });
    expect({ ...tw, other: fetchTime(other.slash, before) }).toEqual({
      slash: '2026-11-26T16:00:00.000Z',
      dot: '2026-11-26T16:00:00.000Z',
      time: '2026-11-27T02:05:00.000Z',
      other: true,
    });
  });

  it('the first of the month with its ordinal mark ("1º de noviembre de 2026", "1.º de noviembre", "1er novembre 2026 à 10h05", "1° novembre 2026", "1º de novembro") is that day', async () => {
    const es = await pollDates('/dates45/es-ordinal.xml', 'https://www.diario.example.es', { o: '1º de noviembre de 2026', dot: '1.º de noviembre de 2026, 10:05' }, 'es');
    const fr = await pollDates('/dates45/fr-ordinal.xml', 'https://www.journal.example.fr', { er: '1er novembre 2026 à 10h05' }, 'fr');
    const it_ = await pollDates('/dates45/it-ordinal.xml', 'https://www.giornale.example.it', { deg: '1° novembre 2026' }, 'it');
    const pt = await pollDates('/dates45/pt-ordinal.xml', 'https://www.jornal.example.pt', { o: '1º de novembro de 2026' }, 'pt');
    expect({ es, fr, it: it_, pt }).toEqual({
      es: { o: '2026-10-31T23:00:00.000Z', dot: '2026-11-01T09:05:00.000Z' },
      fr: { er: '2026-11-01T09:05:00.000Z' },
      it: { deg: '2026-10-31T23:00:00.000Z' },
      pt: { o: '2026-11-01T00:00:00.000Z' },
    });
  });

  it('an offset in decimal hours after an ISO date ("UTC+5.5", "GMT+5.75") is India’s and Nepal’s', async () => {
    const read = await pollDates('/dates45/decimal-offset.xml', 'https://www.desk.example.org', { in: '2026-11-27 10:05 UTC+5.5', np: '2026-11-27 10:05 GMT+5.75' });
    expect(read).toEqual({ in: '2026-11-27T04:35:00.000Z', np: '2026-11-27T04:20:00.000Z' });
  });

  it('a Hebrew date of today with an evening time, ahead of the fetch, is the evening before (the Hebrew day begins at sunset); a past evening stays the civil day’s', async () => {
    const before = FETCHED;
    const hebrew = new Intl.DateTimeFormat('he-IL-u-ca-hebrew', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jerusalem' });
    const today = hebrew.format(before);
    const twoDaysBack = hebrew.format(zoneDay('Asia/Jerusalem', before, 2, 12 * 60));
    const read = await pollDates('/dates45/he-evening.xml', 'https://www.yoman.example.co.il', { tonight: `${today} 23:59`, past: `${twoDaysBack} 21:30` }, 'he');
    expect(read).toEqual({ tonight: zoneDayIso('Asia/Jerusalem', before, 1, 23 * 60 + 59), past: zoneDayIso('Asia/Jerusalem', before, 2, 21 * 60 + 30) });
  });
});

describe('an item’s pubDate and dc:date that disagree', () => {
  const site = 'https://www.disagree.example.com';
  const item = (title: string, pubDate: string, dcDate: string) =>
    `<title>${title}</title><link>${site}/${title}</link><description>${title}: the council met.</description><pubDate>${pubDate}</pubDate><dc:date>${dcDate}</dc:date>`;

  it('a pubDate ahead of the fetch gives way to a dc:date that is not; a day alone to a time on that day; a full stamp keeps its own', async () => {
    const before = FETCHED;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/dates45/disagree.xml', rss(DC, `<title>Desk</title><link>${site}/</link>`, [
      item('ahead', 'Sat, 27 Nov 2027 10:05:00 GMT', '2026-11-27T10:05:00+05:30'),
      item('dayonly', 'Fri, 27 Nov 2026', '2026-11-27T10:05:00+05:30'),
      item('numeric', '27/11/2026', '2026-11-27T10:05:00+01:00'),
      item('full', 'Fri, 27 Nov 2026 10:05:00 GMT', '2026-11-27T10:05:00+05:30'),
      item('nextday', 'Thu, 26 Nov 2026', '2026-11-27T10:05:00+01:00'),
      item('bothahead', 'Sat, 27 Nov 2027 10:05:00 GMT', '2027-11-27T10:05:00+05:30'),
    ]), RSS_TYPE);
    const read = Object.fromEntries(stories.map((s) => [s.title, s.published]));
    expect({ ...read, bothahead: fetchTime(read.bothahead, before) }).toEqual({
      ahead: '2026-11-27T04:35:00.000Z',
      dayonly: '2026-11-27T04:35:00.000Z',
      numeric: '2026-11-27T09:05:00.000Z',
      full: '2026-11-27T10:05:00.000Z',
      nextday: '2026-11-25T23:00:00.000Z',
      bothahead: true,
    });
  });
});

describe('unit checks: parseFeedDate and relativeDate', () => {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

  it('reads ordinals, Minguo numbers in Taiwan, decimal offsets and Ethiopian times; Bikram Sambat after 2083 stays no date', () => {
    expect({
      er: iso(parseFeedDate('1er novembre 2026', 'fr')),
      minguo: iso(parseFeedDate('115/11/27 10:05', 'tw')),
      minguoElsewhere: iso(parseFeedDate('115/11/27 10:05', null)),
      decimal: iso(parseFeedDate('2026-11-27T10:05:00 UTC+5.5')),
      ethiopian: iso(parseFeedDate('ኅዳር 18 ቀን 2019 ዓ.ም ከጠዋቱ 3 ሰዓት')),
      bs2083: iso(parseFeedDate('२०८३ मंसिर १२')),
      bs2084: iso(parseFeedDate('२०८४ बैशाख १')),
      bs2084Numeric: iso(parseFeedDate('2084-01-01', 'np')),
    }).toEqual({
      er: '2026-10-31T23:00:00.000Z',
      minguo: '2026-11-27T02:05:00.000Z',
      minguoElsewhere: null,
      decimal: '2026-11-27T04:35:00.000Z',
      ethiopian: '2026-11-27T06:00:00.000Z',
      bs2083: '2026-11-27T18:15:00.000Z',
      bs2084: null,
      bs2084Numeric: null,
    });
  });

  it('reads the new relative forms from the fetch time given, never ahead of it; a zone after the time is no half of the day ("10:05 pm") nor "Uhr"', () => {
    const fetchedAt = Date.parse('2026-11-28T06:00:00Z');
    expect({
      et: iso(relativeDate('2 tundi tagasi', fetchedAt, 'ee')),
      lt: iso(relativeDate('prieš 5 min.', fetchedAt, 'lt')),
      he: iso(relativeDate('לפני שעתיים', fetchedAt, 'il')),
      fa: iso(relativeDate('دیروز ۱۰:۰۵', fetchedAt, 'ir')),
      wib: iso(relativeDate('Kemarin, 10:05 WIB', fetchedAt, null)),
      todayLater: iso(relativeDate('täna 23:59', fetchedAt, 'ee')),
      nightAfterMidnight: iso(relativeDate('कल रात 2:30', fetchedAt, 'in')),
      pm: iso(relativeDate('yesterday 10:05 pm', fetchedAt, null)),
      am: iso(relativeDate('Yesterday, 10:05 AM', fetchedAt, null)),
      uhr: iso(relativeDate('gestern, 10:05 Uhr', fetchedAt, null)),
    }).toEqual({
      et: '2026-11-28T04:00:00.000Z',
      lt: '2026-11-28T05:55:00.000Z',
      he: '2026-11-28T04:00:00.000Z',
      fa: '2026-11-27T06:35:00.000Z',
      wib: '2026-11-27T03:05:00.000Z',
      todayLater: '2026-11-28T06:00:00.000Z',
      nightAfterMidnight: '2026-11-27T21:00:00.000Z',
      pm: '2026-11-27T22:05:00.000Z',
      am: '2026-11-27T10:05:00.000Z',
      uhr: '2026-11-27T10:05:00.000Z',
    });
  });
});
