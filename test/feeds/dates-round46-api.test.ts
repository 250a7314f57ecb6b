import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime, languagesPoller, zoneDayIso, type LanguageFeed } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the forty-sixth round found them (README): Hindi's hour with बजे and last night's hours after midnight, a zone
 * in lower case after a day word's time, Korean's, Chinese's and Japanese's halves of the day after a day word, dates
 * without their year ("11月27日 15:05", "27 Nov, 10:05"), Swahili's relative dates, Tibetan digits, Khmer's date word,
 * Assamese, Pashto and Mongolian dates, Japanese era initials, numeric Hijri and Ethiopian dates, ISO week and ordinal
 * dates, Nepal's NST and Hindi's halves of the day. Each feed served from a real local server, added and polled through
 * POST /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round46-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const FEEDS = {
  hi: ['https://www.samachar.example.in', 'hi', 'Asia/Kolkata'],
  ko: ['https://www.sinmun.example.co.kr', 'ko', 'Asia/Seoul'],
  zh: ['https://www.xinwen.example.cn', 'zh-CN', 'Asia/Shanghai'],
  tw: ['https://www.xinwen.example.tw', 'zh-TW', 'Asia/Taipei'],
  sw: ['https://www.habari.example.co.tz', 'sw', 'Africa/Dar_es_Salaam'],
  en: ['https://www.desk.example.co.uk', 'en', 'Europe/London'],
} as const satisfies Record<string, LanguageFeed>;
const pollEach = languagesPoller(pollDates, FEEDS, '/dates46');

describe('day words the forty-fifth round left', () => {
  it('Hindi’s hour with बजे ("कल सुबह 10 बजे", "कल शाम 6 बजे") and last night after midnight ("कल रात 1:30": the night before the fetch, 01:30 of the fetch’s day)', async () => {
    const read = await pollEach('hindi', { hi: { bajeMorning: 'कल सुबह 10 बजे', bajeEvening: 'कल शाम 6 बजे', raat: 'कल रात 1:30', raatBaje: 'कल रात 2 बजे' } });
    expect(read).toEqual({
      'hi.bajeMorning': zoneDayIso('Asia/Kolkata', FETCHED, 1, 10 * 60),
      'hi.bajeEvening': zoneDayIso('Asia/Kolkata', FETCHED, 1, 18 * 60),
      'hi.raat': zoneDayIso('Asia/Kolkata', FETCHED, 0, 90),
      'hi.raatBaje': zoneDayIso('Asia/Kolkata', FETCHED, 0, 120),
    });
  });

  it('a zone in lower case after the time ("yesterday 10:05 ist", "yesterday 10:05 pm est") is that zone’s; "gestern 10:05 Uhr" keeps the feed’s clock', async () => {
    const read = await pollDates('/dates46/lower-zone.xml', 'https://www.desk.example.in', { ist: 'yesterday 10:05 ist', est: 'Yesterday, 10:05 pm est', gmt: 'yesterday at 10:05 gmt', uhr: 'gestern 10:05 Uhr' });
    expect(read).toEqual({
      ist: zoneDayIso('Asia/Kolkata', FETCHED, 1, 10 * 60 + 5),
      est: zoneDayIso('America/New_York', FETCHED, 1, 22 * 60 + 5),
      gmt: zoneDayIso('UTC', FETCHED, 1, 10 * 60 + 5),
      uhr: zoneDayIso('Asia/Kolkata', FETCHED, 1, 10 * 60 + 5),
    });
  });

  it('Korean’s, Chinese’s and Japanese’s halves of the day after the day word ("어제 오후 3:05", "昨天 下午3:05", "昨天 上午10:05")', async () => {
    const read = await pollEach('halves', { ko: { pm: '어제 오후 3:05', am: '어제 오전 10:05' }, tw: { pm: '昨天 下午3:05', am: '昨天 上午10:05' } });
    expect(read).toEqual({
      'ko.pm': zoneDayIso('Asia/Seoul', FETCHED, 1, 15 * 60 + 5),
      'ko.am': zoneDayIso('Asia/Seoul', FETCHED, 1, 10 * 60 + 5),
      'tw.pm': zoneDayIso('Asia/Taipei', FETCHED, 1, 15 * 60 + 5),
      'tw.am': zoneDayIso('Asia/Taipei', FETCHED, 1, 10 * 60 + 5),
    });
  });

  it('Swahili: "saa 2 zilizopita", "dakika 5 zilizopita" before the fetch; "jana" and "juzi" one and two days back; "jana saa 10:05" (Swahili’s clock or not) no date', async () => {
    const read = await pollEach('swahili', { sw: { h: 'saa 2 zilizopita', min: 'dakika 5 zilizopita', days: 'siku 2 zilizopita', jana: 'jana', juzi: 'juzi', at: 'jana saa 10:05' } });
    expect({ ...read, 'sw.at': fetchTime(read['sw.at'], FETCHED) }).toEqual({
      'sw.h': new Date(FETCHED - 2 * 3_600_000).toISOString(),
      'sw.min': new Date(FETCHED - 5 * 60_000).toISOString(),
      'sw.days': zoneDayIso('Africa/Dar_es_Salaam', FETCHED, 2),
      'sw.jana': zoneDayIso('Africa/Dar_es_Salaam', FETCHED, 1),
      'sw.juzi': zoneDayIso('Africa/Dar_es_Salaam', FETCHED, 2),
      'sw.at': true,
    });
  });
});

describe('dates without their year', () => {
  it('"11月27日 15:05", "11-27 15:05", "11월 27일 오후 3:05", "27 Nov, 10:05", "Nov 27 10:05 AM" are this year’s on the feed’s clock; "12月31日" of the year before', async () => {
    const read = await pollEach('yearless', {
      zh: { cjk: '11月27日 15:05', numeric: '11-27 15:05', dec: '12月31日 09:00' },
      ko: { cjk: '11월 27일 오후 3:05' },
      en: { dm: '27 Nov, 10:05', md: 'Nov 27 10:05 AM' },
    });
    expect(read).toEqual({
      'zh.cjk': '2026-11-27T07:05:00.000Z',
      'zh.numeric': '2026-11-27T07:05:00.000Z',
      'zh.dec': '2025-12-31T01:00:00.000Z',
      'ko.cjk': '2026-11-27T06:05:00.000Z',
      'en.dm': '2026-11-27T10:05:00.000Z',
      'en.md': '2026-11-27T10:05:00.000Z',
    });
  });
});

describe('scripts, calendars and forms earlier rounds did not read', () => {
  it('Tibetan digits (Bhutan), Khmer’s date word, Assamese, Pashto and Mongolian months', async () => {
    const dz = await pollDates('/dates46/dz.xml', 'https://www.kuensel.example.bt', { slash: '༢༧/༡༡/༢༠༢༦', iso: '༢༠༢༦-༡༡-༢༧ ༡༠:༠༥' }, 'dz');
    const km = await pollDates('/dates46/km.xml', 'https://www.pordamean.example.com.kh', { day: 'ថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦' }, 'km');
    const as = await pollDates('/dates46/as.xml', 'https://www.batori.example.in', { month: '২৭ নৱেম্বৰ ২০২৬' }, 'as');
    const ps = await pollDates('/dates46/ps.xml', 'https://www.tolo.example.af', { solar: '۶ لیندۍ ۱۴۰۵' }, 'ps');
    const mn = await pollDates('/dates46/mn.xml', 'https://www.medee.example.mn', { words: '2026 оны 11 сарын 27', time: '2026.11.27 10:05' }, 'mn');
    expect({ dz, km, as, ps, mn }).toEqual({
      dz: { slash: '2026-11-26T18:00:00.000Z', iso: '2026-11-27T04:05:00.000Z' },
      km: { day: '2026-11-26T17:00:00.000Z' },
      as: { month: '2026-11-26T18:30:00.000Z' },
      ps: { solar: '2026-11-26T19:30:00.000Z' },
      mn: { words: '2026-11-26T16:00:00.000Z', time: '2026-11-27T02:05:00.000Z' },
    });
  });

  it('Japanese era initials ("R8.11.27", "H30/11/27"), numeric Hijri ("١٧/٠٦/١٤٤٨ هـ", "1448/06/17" in Saudi Arabia) and Ethiopian ("18/03/2019 ዓ.ም") dates', async () => {
    const jp = await pollDates('/dates46/jp.xml', 'https://www.news.example.jp', { reiwa: 'R8.11.27', heisei: 'H30/11/27' }, 'ja');
    const sa = await pollDates('/dates46/sa.xml', 'https://www.akhbar.example.sa', { marked: '١٧/٠٦/١٤٤٨ هـ', yearFirst: '١٤٤٨/٠٦/١٧' }, 'ar');
    const et = await pollDates('/dates46/et.xml', 'https://www.zena.example.et', { numeric: '18/03/2019 ዓ.ም' }, 'am');
    const com = await pollDates('/dates46/com-initial.xml', 'https://www.desk.example.com', { reiwa: 'R8.11.27' });
    expect({ jp, sa, et, com: fetchTime(com.reiwa, FETCHED) }).toEqual({
      jp: { reiwa: '2026-11-26T15:00:00.000Z', heisei: '2018-11-26T15:00:00.000Z' },
      sa: { marked: '2026-11-26T21:00:00.000Z', yearFirst: '2026-11-26T21:00:00.000Z' },
      et: { numeric: '2026-11-26T21:00:00.000Z' },
      com: true,
    });
  });

  it('ISO week and ordinal dates ("2026-W48-5", "2026W485", "2026-W48-5T10:05:00Z", "2026-331"), Nepal’s NST and Hindi’s halves of the day', async () => {
    const iso = await pollDates('/dates46/iso.xml', 'https://www.desk.example.com', { week: '2026-W48-5', basic: '2026W485', time: '2026-W48-5T10:05:00Z', ordinal: '2026-331', noWeek: '2026-W54-1' });
    const np = await pollDates('/dates46/np.xml', 'https://www.khabar.example.com.np', { nst: '27 Nov 2026 10:05 NST' }, 'ne');
    const nl = await pollDates('/dates46/nst.xml', 'https://www.desk.example.ca', { nst: '27 Nov 2026 10:05 NST' });
    const hi = await pollDates('/dates46/hi-half.xml', 'https://www.samachar.example.in', { am: '२७ नवंबर २०२६, १०:०५ पूर्वाह्न', pm: '27 नवंबर 2026, 10:05 अपराह्न' }, 'hi');
    expect({ ...iso, noWeek: fetchTime(iso.noWeek, FETCHED), np: np.nst, nl: nl.nst, hi }).toEqual({
      week: '2026-11-27T00:00:00.000Z',
      basic: '2026-11-27T00:00:00.000Z',
      time: '2026-11-27T10:05:00.000Z',
      ordinal: '2026-11-27T00:00:00.000Z',
      noWeek: true,
      np: '2026-11-27T04:20:00.000Z',
      nl: '2026-11-27T13:35:00.000Z',
      hi: { am: '2026-11-27T04:35:00.000Z', pm: '2026-11-27T16:35:00.000Z' },
    });
  });
});
