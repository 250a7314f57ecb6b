import { describe, expect, it } from 'vitest';
import { agoFrom, allTrue, datesPoller, fetchTime, languagesPoller, RSS_TYPE, zoneDay, zoneDayIso, type LanguageFeed } from '../helpers/dated-feeds.js';
import { rss } from '../helpers/feed-docs.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';

/**
 * Dates as the forty-fourth round found them (README): relative dates in Finnish, Slovak, Slovenian, Serbian, Croatian,
 * Bulgarian, Thai, Bengali, Urdu, Tamil and Malay, Hindi's and Urdu's "कल"/"کل" (yesterday or tomorrow) read as
 * yesterday, Turkish minutes and Indonesian seconds no longer read as days, and the clock of a Russian, Spanish or
 * Portuguese feed without a country read from what else the feed says (`мск` on its other items, its channel's site).
 * Each feed served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories read back
 * from GET /api/stories?feed=.
 */
/** The poll's fetch time, fixed: a day word read on the feed's clock cannot meet a midnight between the test's reckoning and the poll. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round44-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const HOUR = 3_600_000;
const MINUTE = 60_000;
const AT_1005 = 10 * 60 + 5;


/** A feed's site, its language tag and its country's clock, by language. */
const FEEDS = {
  fi: ['https://www.uutiset.example.fi', 'fi', 'Europe/Helsinki'],
  sk: ['https://www.spravy.example.sk', 'sk', 'Europe/Bratislava'],
  sl: ['https://www.novice.example.si', 'sl', 'Europe/Ljubljana'],
  sr: ['https://www.vesti.example.rs', 'sr', 'Europe/Belgrade'],
  hr: ['https://www.vijesti.example.hr', 'hr', 'Europe/Zagreb'],
  bg: ['https://www.novini.example.bg', 'bg', 'Europe/Sofia'],
  th: ['https://www.khao.example.co.th', 'th', 'Asia/Bangkok'],
  bn: ['https://www.khobor.example.com.bd', 'bn', 'Asia/Dhaka'],
  ur: ['https://www.akhbar.example.com.pk', 'ur', 'Asia/Karachi'],
  ta: ['https://www.seithi.example.lk', 'ta', 'Asia/Colombo'],
  ms: ['https://www.berita.example.my', 'ms', 'Asia/Kuala_Lumpur'],
  hi: ['https://www.samachar.example.in', 'hi', 'Asia/Kolkata'],
} as const satisfies Record<string, LanguageFeed>;
type Language = keyof typeof FEEDS;

const pollEach = languagesPoller(pollDates, FEEDS, '/dates44');

describe('relative dates in Finnish, Slovak, Slovenian, Serbian, Croatian, Bulgarian, Thai, Bengali, Urdu, Tamil and Malay', () => {
  it('hours and minutes ago ("2 tuntia sitten", "pred hodinou", "pred 2 urama", "pre 2 sata", "prije 5 minuta", "преди 2 часа", "2 ชั่วโมงที่แล้ว", "২ ঘণ্টা আগে", "2 گھنٹے پہلے", "2 மணி நேரத்திற்கு முன்பு", "5 minit lalu") are that long before the fetch', async () => {
    const before = FETCHED;
    const read = await pollEach('ago', {
      fi: { h: '2 tuntia sitten', one: 'tunti sitten', min: '5 minuuttia sitten' },
      sk: { h: 'pred 2 hodinami', one: 'pred hodinou', min: 'pred 5 minútami' },
      sl: { h: 'pred 2 urama', one: 'pred uro', min: 'pred 5 minutami' },
      sr: { h: 'pre 2 sata', one: 'pre sat vremena', cyr: 'пре 3 сата' },
      hr: { h: 'prije 2 sata', min: 'prije 5 minuta' },
      bg: { h: 'преди 2 часа', one: 'преди час', min: 'преди 5 минути' },
      th: { h: '2 ชั่วโมงที่แล้ว', min: '5 นาทีที่แล้ว' },
      bn: { h: '২ ঘণ্টা আগে', min: '৫ মিনিট আগে' },
      ur: { h: '2 گھنٹے پہلے', native: '۳ گھنٹے پہلے', min: '5 منٹ پہلے' },
      ta: { h: '2 மணி நேரத்திற்கு முன்பு', short: '3 மணி நேரம் முன்', min: '5 நிமிடங்களுக்கு முன்பு' },
      ms: { min: '5 minit lalu', lepas: '2 jam lepas' },
    });
    const after = FETCHED;
    const back: Record<string, number> = {
      'fi.h': 2 * HOUR, 'fi.one': HOUR, 'fi.min': 5 * MINUTE, 'sk.h': 2 * HOUR, 'sk.one': HOUR, 'sk.min': 5 * MINUTE, 'sl.h': 2 * HOUR, 'sl.one': HOUR,
      'sl.min': 5 * MINUTE, 'sr.h': 2 * HOUR, 'sr.one': HOUR, 'sr.cyr': 3 * HOUR, 'hr.h': 2 * HOUR, 'hr.min': 5 * MINUTE, 'bg.h': 2 * HOUR, 'bg.one': HOUR,
      'bg.min': 5 * MINUTE, 'th.h': 2 * HOUR, 'th.min': 5 * MINUTE, 'bn.h': 2 * HOUR, 'bn.min': 5 * MINUTE, 'ur.h': 2 * HOUR, 'ur.native': 3 * HOUR,
      'ur.min': 5 * MINUTE, 'ta.h': 2 * HOUR, 'ta.short': 3 * HOUR, 'ta.min': 5 * MINUTE, 'ms.min': 5 * MINUTE, 'ms.lepas': 2 * HOUR,
    };
    expect(Object.fromEntries(Object.entries(back).map(([k, ms]) => [k, agoFrom(read[k], ms, before, after)]))).toEqual(allTrue(Object.keys(back)));
  });

  it('Turkish minutes ("5 dakika önce", "10 dk önce") and Indonesian seconds ("30 detik yang lalu") are minutes and seconds, not days', async () => {
    const before = FETCHED;
    const tr = await pollDates('/dates44/tr-dakika.xml', 'https://www.haber.example.com.tr', { dakika: '5 dakika önce', dk: '10 dk önce' }, 'tr');
    const id = await pollDates('/dates44/id-detik.xml', 'https://www.berita.example.co.id', { detik: '30 detik yang lalu' }, 'id');
    const after = FETCHED;
    expect({
      dakika: agoFrom(tr.dakika, 5 * MINUTE, before, after),
      dk: agoFrom(tr.dk, 10 * MINUTE, before, after),
      detik: agoFrom(id.detik, 30_000, before, after),
    }).toEqual({ dakika: true, dk: true, detik: true });
  });

  it('yesterday with a time ("eilen klo 10.05", "juče u 10:05", "jučer u 10:05", "včeraj ob 10:05", "เมื่อวาน 10:05 น.", "कल 10:05") is that time on the country’s clock; alone ("eilen", "গতকাল", "کل", "நேற்று"), its midnight', async () => {
    const before = FETCHED;
    const read = await pollEach('yesterday', {
      fi: { at: 'eilen klo 10.05', alone: 'eilen' },
      sr: { at: 'juče u 10:05' },
      hr: { at: 'jučer u 10:05' },
      sl: { at: 'včeraj ob 10:05' },
      th: { at: 'เมื่อวาน 10:05 น.', alone: 'เมื่อวานนี้' },
      bn: { alone: 'গতকাল' },
      ur: { alone: 'کل' },
      ta: { alone: 'நேற்று' },
      hi: { at: 'कल 10:05', alone: 'कल' },
    });
    const want: Record<string, string> = {};
    for (const key of Object.keys(read)) {
      const language = key.split('.')[0] as Language;
      want[key] = zoneDayIso(FEEDS[language][2], before, 1, key.endsWith('.at') ? AT_1005 : 0);
    }
    expect(read).toEqual(want);
  });

  it('days ago ("2 päivää sitten", "pred 2 dňami", "prije 2 dana", "преди 2 дни", "2 วันที่แล้ว", "২ দিন আগে", "2 دن پہلے") and the day before yesterday ("toissapäivänä", "predvčerom", "prekjučer", "онзи ден", "เมื่อวานซืน", "परसों") are that day’s midnight on the country’s clock', async () => {
    const before = FETCHED;
    const read = await pollEach('days', {
      fi: { ago: '2 päivää sitten', dby: 'toissapäivänä' },
      sk: { ago: 'pred 2 dňami', dby: 'predvčerom' },
      hr: { ago: 'prije 2 dana', dby: 'prekjučer' },
      bg: { ago: 'преди 2 дни', dby: 'онзи ден' },
      th: { ago: '2 วันที่แล้ว', dby: 'เมื่อวานซืน' },
      bn: { ago: '২ দিন আগে' },
      ur: { ago: '2 دن پہلے' },
      hi: { dby: 'परसों' },
    });
    const want = Object.fromEntries(Object.keys(read).map((key) => [key, zoneDayIso(FEEDS[key.split('.')[0] as Language][2], before, 2)]));
    expect(read).toEqual(want);
  });

  it('today’s time later than the fetch is the fetch time ("tänään klo 23.59"); "eilen" and "कल" are never ahead of it; "2 tuntia" (no form) is no date; "semalam" in a feed of Malaysia’s is yesterday (the forty-fifth round)', async () => {
    const before = FETCHED;
    const fi = await pollDates('/dates44/fi-tanaan.xml', 'https://www.iltalehti.example.fi', { today: 'tänään klo 23.59', yesterday: 'eilen klo 23.59', bare: '2 tuntia' }, 'fi');
    const hi = await pollDates('/dates44/hi-kal.xml', 'https://www.dainik.example.in', { kal: 'कल 23:59' }, 'hi');
    const ms = await pollDates('/dates44/ms-semalam.xml', 'https://www.harian.example.my', { semalam: 'semalam' }, 'ms');
    const after = FETCHED;
    expect({
      todayNotAhead: Date.parse(fi.today!) <= after,
      todayToday: Date.parse(fi.today!) >= Date.parse(zoneDayIso('Europe/Helsinki', before, 0)),
      yesterday: fi.yesterday,
      kal: hi.kal,
      bare: fetchTime(fi.bare, before),
      semalam: ms.semalam,
    }).toEqual({
      todayNotAhead: true,
      todayToday: true,
      yesterday: zoneDayIso('Europe/Helsinki', before, 1, 23 * 60 + 59),
      kal: zoneDayIso('Asia/Kolkata', before, 1, 23 * 60 + 59),
      bare: true,
      semalam: zoneDayIso('Asia/Kuala_Lumpur', before, 1),
    });
  });
});

describe('the clock of a Russian, Spanish or Portuguese feed without a country', () => {
  /** The stories of an RSS feed of `channel` and `items` served at `path`, by title. */
  const published = async (path: string, channel: string, items: string[]) => {
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, path, rss('', channel, items), RSS_TYPE);
    return Object.fromEntries(stories.map((s) => [s.title, s.published]));
  };
  const item = (title: string, link: string, date: string) => `<title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><description>${title}: подробности в материале.</description>`;

  it('`мск` on some items of a `ru` feed on a .com: its items without a zone are Moscow time, not UTC', async () => {
    const site = 'https://novosti-dnya.example.com';
    const read = await published('/dates44/ru-msk.xml', `<title>Новости дня</title><link>${site}/</link><language>ru</language>`, [
      item('Мост открыт', `${site}/most`, '27.11.2026 10:05 мск'),
      item('Снег в Москве', `${site}/sneg`, '27.11.2026 11:30 МСК'),
      item('Трамвай продлили', `${site}/tram`, '27.11.2026 09:15'),
    ]);
    expect(read).toEqual({ 'Мост открыт': '2026-11-27T07:05:00.000Z', 'Снег в Москве': '2026-11-27T08:30:00.000Z', 'Трамвай продлили': '2026-11-27T06:15:00.000Z' });
  });

  it('a feed on a .com proxy whose channel is a .ru (or .com.ar, .com.br) site, its items linked through the proxy: the channel’s country’s clock', async () => {
    const ru = await published('/dates44/ru-channel.xml', '<title>Лента</title><link>https://www.gazeta.example.ru/</link><language>ru</language>', [
      item('Пожар потушен', 'https://feedproxy.example.com/~r/gazeta/~3/abc/', '27.11.2026 09:15'),
    ]);
    const ar = await published('/dates44/es-channel.xml', '<title>Diario</title><link>https://www.diario.example.com.ar/</link><language>es</language>', [
      item('Paro de transporte', 'https://feedproxy.example.com/~r/diario/~3/def/', '2026-11-27 09:15'),
    ]);
    const br = await published('/dates44/pt-channel.xml', '<title>Jornal</title><link>https://www.jornal.example.com.br/</link><language>pt</language>', [
      item('Chuva em São Paulo', 'https://feedproxy.example.com/~r/jornal/~3/ghi/', '2026-11-27 09:15'),
    ]);
    expect({ ...ru, ...ar, ...br }).toEqual({
      'Пожар потушен': '2026-11-27T06:15:00.000Z',
      'Paro de transporte': '2026-11-27T12:15:00.000Z',
      'Chuva em São Paulo': '2026-11-27T12:15:00.000Z',
    });
  });

  it('a regional .ru outlet whose items state +1000 keeps Vladivostok’s clock for its bare ones; a `ru` .com feed that says nothing stays UTC', async () => {
    const site = 'https://www.primorye.example.ru';
    const before = FETCHED;
    const regional = await published('/dates44/ru-regional.xml', `<title>Приморье</title><link>${site}/</link><language>ru-RU</language>`, [
      item('Причал открыт', `${site}/1`, 'Fri, 27 Nov 2026 10:00:00 +1000'),
      item('Паром отменён', `${site}/2`, 'Fri, 27 Nov 2026 11:00:00 +1000'),
      item('Тайфун уходит', `${site}/3`, '27 ноября 2026, 12:30'),
      item('Вчерашний шторм', `${site}/4`, 'Вчера в 10:05'),
    ]);
    const bare = await published('/dates44/ru-bare.xml', '<title>Вести</title><link>https://vesti-mira.example.com/</link><language>ru</language>', [
      item('Саммит завершился', 'https://vesti-mira.example.com/1', '27.11.2026 09:15'),
    ]);
    expect({ ...regional, ...bare }).toEqual({
      'Причал открыт': '2026-11-27T00:00:00.000Z',
      'Паром отменён': '2026-11-27T01:00:00.000Z',
      'Тайфун уходит': '2026-11-27T02:30:00.000Z',
      'Вчерашний шторм': new Date(zoneDay('Asia/Vladivostok', before, 1, AT_1005)).toISOString(),
      'Саммит завершился': '2026-11-27T09:15:00.000Z',
    });
  });
});
