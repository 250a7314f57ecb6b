import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime, languagesPoller, type LanguageFeed } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * Dates as the forty-ninth round found them (README): the forty-eighth round's leftovers (an offset without its sign, POSIX zone
 * strings, ALMT, Lao's months cut short, Kyrgyzstan's clock, AM/PM glued to a zone) and forms not read before (Chinese numerals,
 * the Saka calendar, Go's monotonic reading, Windows' zone names, a city's time, spans of two units). Each feed served from a real
 * local server, added and polled through POST /api/admin/feeds/poll on a service whose clock is fixed (the fetch time), its
 * stories read from GET /api/stories.
 */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-dates-round49-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const FEEDS = {
  ky: ['https://www.kabar.example.kg', 'ky', 'Asia/Bishkek'],
  kk: ['https://www.habar.example.kz', 'kk', 'Asia/Almaty'],
  lo: ['https://www.khaosan.example.la', 'lo', 'Asia/Vientiane'],
  hi: ['https://www.samachar.example.in', 'hi', 'Asia/Kolkata'],
  zh: ['https://www.xinwen.example.cn', 'zh-CN', 'Asia/Shanghai'],
  en: ['https://www.wire.example.com', 'en', 'UTC'],
} as const satisfies Record<string, LanguageFeed>;
const pollEach = languagesPoller(pollDates, FEEDS, '/dates49');

describe('dates as the forty-ninth round found them, polled through the admin API', () => {
  it('leftovers mended, other calendars and numerals, exporters’ forms, named clocks and relative spans', async () => {
    const read = await pollEach('round49', {
      ky: { zoneless: '27 Nov 2026 10:05' },
      kk: { almt: '27 Nov 2026 10:05 ALMT' },
      lo: { short: '27 ພ.ຈ. 2026' },
      hi: { saka: '6 अग्रहायण 1948' },
      zh: { numerals: '二〇二六年十一月二十七日 10:05' },
      en: {
        unsigned: 'Fri, 27 Nov 2026 10:05:00 0530',
        posix: '27 Nov 2026 10:05 EST5EDT',
        glued: '27 Nov 2026 10:05PMEST',
        go: '2026-11-27 10:05:00.123456789 +0530 IST m=+0.000000001',
        windows: '27/11/2026 10:05 (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
        moscow: '27 Nov 2026 10:05 Moscow time',
        span: '2 hours, 5 minutes ago',
        cityAlone: 'Moscow time',
      },
    });
    expect({ ...read, 'en.cityAlone': fetchTime(read['en.cityAlone'], FETCHED) }).toEqual({
      'ky.zoneless': '2026-11-27T04:05:00.000Z',
      'kk.almt': '2026-11-27T05:05:00.000Z',
      'lo.short': '2026-11-26T17:00:00.000Z',
      'hi.saka': '2026-11-26T18:30:00.000Z',
      'zh.numerals': '2026-11-27T02:05:00.000Z',
      'en.unsigned': '2026-11-27T04:35:00.000Z',
      'en.posix': '2026-11-27T15:05:00.000Z',
      'en.glued': '2026-11-28T03:05:00.000Z',
      'en.go': '2026-11-27T04:35:00.123Z',
      'en.windows': '2026-11-27T04:35:00.000Z',
      'en.moscow': '2026-11-27T07:05:00.000Z',
      'en.span': new Date(FETCHED - 125 * 60_000).toISOString(),
      'en.cityAlone': true,
    });
  });
});
