import { describe, expect, it } from 'vitest';
import { datesPoller, fetchTime } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * The thirty-ninth round of unseen feeds: date fields holding two calendars, as mastheads print the day (Gregorian beside
 * Bangla, Bikram Sambat, Hijri or Solar Hijri), and Vietnam's outlets on .com and .net (VnExpress, Báo Mới), whose times
 * without a zone are Vietnam's; each feed served from a real local server, added and polled through
 * POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
const sweep = apiSweep('feeds-unseen39-api');

const pollDates = datesPoller(sweep);

describe('date fields of two calendars', () => {
  it('Gregorian beside Bangla in a .bd feed, with the time after either, is read on Bangladesh’s clock', async () => {
    const dates = await pollDates('/unseen39/bd.xml', 'https://www.khobor.example.com.bd', {
      after: 'শুক্রবার, ২৭ নভেম্বর ২০২৬, ১২ অগ্রহায়ণ ১৪৩৩, ১০:০৫',
      before: '১১ অগ্রহায়ণ ১৪৩৩, ২৬ নভেম্বর ২০২৬',
    }, 'bn');
    expect(dates).toEqual({ after: '2026-11-27T04:05:00.000Z', before: '2026-11-25T18:00:00.000Z' });
  });

  it('Bikram Sambat beside Gregorian ("२०८३ मंसिर ११ | 27 Nov 2026 10:05") is read on Nepal’s clock', async () => {
    const dates = await pollDates('/unseen39/np.xml', 'https://www.khabar.example.com.np', { masthead: '२०८३ मंसिर ११ | 27 Nov 2026 10:05', day: '२०८३ मंसिर १० | 26 Nov 2026' }, 'ne');
    expect(dates).toEqual({ masthead: '2026-11-27T04:20:00.000Z', day: '2026-11-25T18:15:00.000Z' });
  });

  it('Hijri and Gregorian in either order, and Solar Hijri beside Gregorian: the Gregorian half is read', async () => {
    const sa = await pollDates('/unseen39/sa.xml', 'https://www.akhbar.example.sa', {
      first: 'الجمعة 7 جمادى الآخرة 1448 هـ - 27 نوفمبر 2026 م',
      after: '27 نوفمبر 2026 م الموافق 7 جمادى الآخرة 1448 هـ',
    }, 'ar');
    const ir = await pollDates('/unseen39/ir.xml', 'https://www.khabar.example.ir', { both: 'جمعه ۶ آذر ۱۴۰۵ - ۲۷ نوامبر ۲۰۲۶ ساعت ۱۰:۰۵' }, 'fa');
    expect(sa).toEqual({ first: '2026-11-26T21:00:00.000Z', after: '2026-11-26T21:00:00.000Z' });
    expect(ir).toEqual({ both: '2026-11-27T06:35:00.000Z' });
  });

  it('guard: halves naming different days are no date', async () => {
    const before = Date.now();
    const bd = await pollDates('/unseen39/bd-apart.xml', 'https://www.barta.example.com.bd', { apart: '২৭ নভেম্বর ২০২৬, ১৩ অগ্রহায়ণ ১৪৩৩' }, 'bn');
    const np = await pollDates('/unseen39/np-apart.xml', 'https://www.sambad.example.com.np', { apart: '२०८३ मंसिर १२ | 27 Nov 2026' }, 'ne');
    expect([fetchTime(bd.apart, before), fetchTime(np.apart, before)]).toEqual([true, true]);
  });
});

describe('Vietnam’s outlets on .com and .net', () => {
  it('VnExpress’s and Báo Mới’s zoneless "2026-11-27 10:05" are on Vietnam’s clock; another "vi" feed on .com stays UTC', async () => {
    const vnexpress = await pollDates('/unseen39/vnexpress.xml', 'https://vnexpress.net', { zoneless: '2026-11-27 10:05' }, 'vi');
    const baomoi = await pollDates('/unseen39/baomoi.xml', 'https://baomoi.com', { zoneless: '2026-11-27 10:05' }, 'vi');
    const other = await pollDates('/unseen39/vi-com.xml', 'https://www.tintuc.example.com', { zoneless: '2026-11-27 10:05' }, 'vi');
    expect([vnexpress.zoneless, baomoi.zoneless, other.zoneless]).toEqual(['2026-11-27T03:05:00.000Z', '2026-11-27T03:05:00.000Z', '2026-11-27T10:05:00.000Z']);
  });
});
