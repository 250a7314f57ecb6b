import { describe, expect, it } from 'vitest';
import { relativeDate } from '../../src/feeds/relative-dates.js';

// The poll's clock: 2026-11-27 14:00 UTC (19:30 in India, 17:00 in Moscow, 11:00 in Brazil, 23:00 in Japan and Korea).
const FETCHED = Date.parse('2026-11-27T14:00:00Z');
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('relativeDate', () => {
  // "… ago" in each language is read back from the fetch time; days ago are the feed's day, at day precision.
  it.each([
    ['2 hours ago', null, '2026-11-27T12:00:00.000Z'],
    ['5 mins ago', null, '2026-11-27T13:55:00.000Z'],
    ['an hour ago', null, '2026-11-27T13:00:00.000Z'],
    ['Updated 2 hours ago', null, '2026-11-27T12:00:00.000Z'],
    ['2h ago', null, '2026-11-27T12:00:00.000Z'],
    ['30 seconds ago', null, '2026-11-27T13:59:30.000Z'],
    ['2 days ago', 'in', '2026-11-24T18:30:00.000Z'],
    ['2 часа назад', 'ru', '2026-11-27T12:00:00.000Z'],
    ['час назад', 'ru', '2026-11-27T13:00:00.000Z'],
    ['há 2 horas', 'br', '2026-11-27T12:00:00.000Z'],
    ['Atualizado há 2 horas', 'br', '2026-11-27T12:00:00.000Z'],
    ['hace 3 horas', 'mx', '2026-11-27T11:00:00.000Z'],
    ['il y a 2 heures', 'fr', '2026-11-27T12:00:00.000Z'],
    ['vor 2 Stunden', 'de', '2026-11-27T12:00:00.000Z'],
    ['2 घंटे पहले', 'in', '2026-11-27T12:00:00.000Z'],
    ['२ घंटे पहले', 'in', '2026-11-27T12:00:00.000Z'],
    ['منذ ساعتين', 'eg', '2026-11-27T12:00:00.000Z'],
    ['منذ 3 ساعات', 'eg', '2026-11-27T11:00:00.000Z'],
    ['منذ ٣ ساعات', 'eg', '2026-11-27T11:00:00.000Z'],
    ['منذ ساعة', 'eg', '2026-11-27T13:00:00.000Z'],
    ['3 saat önce', 'tr', '2026-11-27T11:00:00.000Z'],
    ['2 jam yang lalu', 'id', '2026-11-27T12:00:00.000Z'],
    ['2 giờ trước', 'vn', '2026-11-27T12:00:00.000Z'],
    ['2時間前', 'jp', '2026-11-27T12:00:00.000Z'],
    ['3시간 전', 'kr', '2026-11-27T11:00:00.000Z'],
    ['2 小时前', 'cn', '2026-11-27T12:00:00.000Z'],
    ['5分钟前', 'cn', '2026-11-27T13:55:00.000Z'],
    ['3日前', 'jp', '2026-11-23T15:00:00.000Z'],
  ])('reads %j (feed of %s) from the fetch time', (raw, region, expected) => {
    expect(iso(relativeDate(raw, FETCHED, region))).toBe(expected);
  });

  // Today and Yesterday with a time are on the feed's clock: its country's, or the one it states.
  it.each([
    ['Yesterday, 10:05', 'in', '2026-11-26T04:35:00.000Z'],
    ['Today 10:05 AM', 'in', '2026-11-27T04:35:00.000Z'],
    ['Today at 2:05 PM', null, '2026-11-27T14:00:00.000Z'],
    ['Сегодня, 10:05', 'ru', '2026-11-27T07:05:00.000Z'],
    ['Вчера в 18:30', 'ru', '2026-11-26T15:30:00.000Z'],
    ['ayer 10:05', 'mx', '2026-11-26T16:05:00.000Z'],
    ['hôm nay 10:05', 'vn', '2026-11-27T03:05:00.000Z'],
    ['昨日 10:05', 'jp', '2026-11-26T01:05:00.000Z'],
    ['hoje 10:05', 'br', '2026-11-27T13:05:00.000Z'],
    ['어제 10:05', 'kr', '2026-11-26T01:05:00.000Z'],
    ['昨天 10:05', 'cn', '2026-11-26T02:05:00.000Z'],
    ['Today 23:30', null, '2026-11-27T14:00:00.000Z'],
    ['Yesterday', 'in', '2026-11-25T18:30:00.000Z'],
    ['Today 00:05 AM', 'in', '2026-11-26T18:35:00.000Z'],
  ])('reads %j (feed of %s) on the feed’s clock', (raw, region, expected) => {
    expect(iso(relativeDate(raw, FETCHED, region))).toBe(expected);
  });

  it('takes the clock the feed states over its country’s', () => {
    expect(iso(relativeDate('Today 10:05', FETCHED, null, [{ minutes: 180, at: FETCHED }]))).toBe('2026-11-27T07:05:00.000Z');
  });

  // Vaguer words, a relative phrase inside a real date or text, and times ahead give no relative reading.
  it.each([
    'recently', 'last week', 'Today', 'just now', '2 weeks ago', '400 days ago', 'in 2 hours', '2026-11-27 3시간 전', '2026年11月27日 24時間',
    'Talks resumed 2 hours ago in Delhi', 'Yesterday, 25:05', 'Today 13:05 PM', '27 Nov 2026',
  ])('gives no reading for %j', (raw) => {
    expect(relativeDate(raw, FETCHED, 'in')).toBeNull();
  });
});
