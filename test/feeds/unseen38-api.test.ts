import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * The thirty-fourth sweep (the thirty-eighth round of unseen feeds): Vietnamese months written in words and Bangladesh's
 * Bangla calendar (dates the Known limits listed as no date), and Russian dates without a zone, each feed served from a
 * real local server, added and polled through POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen38-api');

const pollDates = datesPoller(sweep);

describe('Vietnamese months in words', () => {
  it('"Thứ Sáu, 27 Tháng Mười Một 2026 10:05", "26 tháng mười một, 2026" and month first ("Tháng Mười 27, 2026") are read on Vietnam’s clock', async () => {
    const dates = await pollDates('/unseen38/vn.xml', 'https://www.baodesk.example.vn', {
      weekday: 'Thứ Sáu, 27 Tháng Mười Một 2026 10:05',
      comma: '26 tháng mười một, 2026',
      first: 'Tháng Mười 27, 2026',
      april: '27 tháng Tư năm 2026 lúc 09:00',
    }, 'vi');
    expect(dates).toEqual({ weekday: '2026-11-27T03:05:00.000Z', comma: '2026-11-25T17:00:00.000Z', first: '2026-10-26T17:00:00.000Z', april: '2026-04-27T02:00:00.000Z' });
  });

  it('guard: tháng Giêng and tháng Chạp, and a month marked lunar ("âm lịch"), are the lunar calendar’s and stay no date', async () => {
    const before = Date.now();
    const dates = await pollDates('/unseen38/vn-lunar.xml', 'https://www.lichdesk.example.vn', { gieng: '15 tháng Giêng 2026', chap: '23 tháng Chạp 2025', lunar: '15 tháng Một âm lịch 2026' }, 'vi');
    expect([fetchTime(dates.gieng, before), fetchTime(dates.chap, before), fetchTime(dates.lunar, before)]).toEqual([true, true, true]);
  });
});

describe('Bangladesh’s Bangla calendar (revised 2019)', () => {
  it('"১২ অগ্রহায়ণ ১৪৩৩" is 27 November 2026 on Bangladesh’s clock, in a .bd feed, a bn-BD feed and with বঙ্গাব্দ', async () => {
    const bd = await pollDates('/unseen38/bd.xml', 'https://www.khobor.example.com.bd', { bangla: 'শুক্রবার, ১২ অগ্রহায়ণ ১৪৩৩, ১০:০৫', roman: '11 Agrahayan 1433', first: '১ অগ্রহায়ণ ১৪৩৩' }, 'bn');
    const lang = await pollDates('/unseen38/bn-bd.xml', 'https://www.dhakadesk.example.com', { lang: '১০ অগ্রহায়ণ ১৪৩৩' }, 'bn-BD');
    const era = await pollDates('/unseen38/era.xml', 'https://www.bangladesk.example.org', { era: '৯ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ' });
    expect(bd).toEqual({ bangla: '2026-11-27T04:05:00.000Z', roman: '2026-11-25T18:00:00.000Z', first: '2026-11-15T18:00:00.000Z' });
    expect(lang).toEqual({ lang: '2026-11-24T18:00:00.000Z' });
    expect(era).toEqual({ era: '2026-11-23T18:00:00.000Z' });
  });

  it('guard: West Bengal’s traditional calendar (a .in feed, বঙ্গাব্দ or not) and a day revised Falgun lacks stay no date', async () => {
    const before = Date.now();
    const wb = await pollDates('/unseen38/wb.xml', 'https://www.kolkata.example.co.in', { plain: '১২ অগ্রহায়ণ ১৪৩৩', era: '১১ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ' }, 'bn-IN');
    const bd = await pollDates('/unseen38/bd-falgun.xml', 'https://www.barta.example.com.bd', { falgun: '৩০ ফাল্গুন ১৪৩২' }, 'bn');
    expect([fetchTime(wb.plain, before), fetchTime(wb.era, before), fetchTime(bd.falgun, before)]).toEqual([true, true, true]);
  });
});

describe('Russian dates without a zone', () => {
  it('a .ru feed’s "27 ноября 2026 10:05", no other date stating its clock, is read on Moscow’s clock (since the thirty-fifth sweep; it was UTC)', async () => {
    const alone = await pollDates('/unseen38/ru.xml', 'https://www.gazeta.example.ru', { bare: '27 ноября 2026 10:05' }, 'ru');
    expect(alone).toEqual({ bare: '2026-11-27T07:05:00.000Z' });
  });
});
