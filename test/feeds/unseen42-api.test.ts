import { describe, expect, it } from 'vitest';
import { agoFrom, datedFeed, datesPoller, fetchTime, RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep, pollThroughAdmin } from '../helpers/service.js';

/**
 * The forty-second round of unseen feeds: dates written relative to now, as scraper-made feeds, regional CMSs, RSS.app and
 * RSS-Bridge outputs and Telegram-to-RSS bridges print them ("2 hours ago", "há 2 horas", "3시간 전", "Yesterday, 10:05",
 * "Вчера в 18:30"), each feed served from a real local server, added and polled through POST /api/admin/feeds/poll, its
 * stories read back from GET /api/stories?feed=. A relative date is read from the poll's fetch time, which lies between
 * the test's clock before and after the poll.
 */
/** The poll's fetch time, fixed: a day word read on the feed's clock cannot meet a midnight between the test's reckoning and the poll. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-unseen42-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const HOUR = 3_600_000;
const MINUTE = 60_000;
const IST = 330 * MINUTE;

/** India's day `back` days before `at`, at `minutes` past its midnight (ms since the epoch). */
const indiaDay = (at: number, back: number, minutes: number) => {
  const wall = new Date(at + IST);
  return Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() - back) + minutes * MINUTE - IST;
};

describe('dates relative to the fetch ("… ago" in the languages feeds write it)', () => {
  it('"2 hours ago", "5 mins ago", "há 2 horas", "Atualizado há 2 horas", "hace 3 horas", "il y a 2 heures", "vor 2 Stunden" are that long before the fetch', async () => {
    const before = FETCHED;
    const dates = await pollDates('/unseen42/latin.xml', 'https://www.scraped.example.org', {
      en: '2 hours ago', mins: '5 mins ago', pt: 'há 2 horas', updated: 'Atualizado há 2 horas', es: 'hace 3 horas', fr: 'il y a 2 heures', de: 'vor 2 Stunden',
    });
    const after = FETCHED;
    const back = { en: 2 * HOUR, mins: 5 * MINUTE, pt: 2 * HOUR, updated: 2 * HOUR, es: 3 * HOUR, fr: 2 * HOUR, de: 2 * HOUR };
    expect(Object.fromEntries(Object.entries(back).map(([k, ms]) => [k, agoFrom(dates[k], ms, before, after)]))).toEqual(Object.fromEntries(Object.keys(back).map((k) => [k, true])));
  });

  it('"2 घंटे पहले", "منذ ساعتين", "منذ 3 ساعات", "3 saat önce", "2 jam yang lalu", "2時間前", "3시간 전", "2 小时前" are that long before the fetch', async () => {
    const before = FETCHED;
    const hi = await pollDates('/unseen42/hi.xml', 'https://www.khabar.example.in', { hi: '2 घंटे पहले' }, 'hi');
    const ar = await pollDates('/unseen42/ar.xml', 'https://www.akhbar.example.com.eg', { dual: 'منذ ساعتين', three: 'منذ 3 ساعات' }, 'ar');
    const tr = await pollDates('/unseen42/tr.xml', 'https://www.haber.example.com.tr', { tr: '3 saat önce' }, 'tr');
    const id = await pollDates('/unseen42/id.xml', 'https://www.berita.example.co.id', { id: '2 jam yang lalu' }, 'id');
    const cjk = await pollDates('/unseen42/cjk.xml', 'https://www.telegram-bridge.example.net', { ja: '2時間前', ko: '3시간 전', zh: '2 小时前' });
    const after = FETCHED;
    const read = { hi: hi.hi, dual: ar.dual, three: ar.three, tr: tr.tr, id: id.id, ja: cjk.ja, ko: cjk.ko, zh: cjk.zh };
    const back = { hi: 2, dual: 2, three: 3, tr: 3, id: 2, ja: 2, ko: 3, zh: 2 };
    expect(Object.fromEntries(Object.entries(back).map(([k, h]) => [k, agoFrom(read[k as keyof typeof read], h * HOUR, before, after)]))).toEqual(Object.fromEntries(Object.keys(back).map((k) => [k, true])));
  });

  it('"2 days ago" is the feed’s day two days before the fetch (day precision, on India’s clock for an Indian feed)', async () => {
    const before = FETCHED;
    const dates = await pollDates('/unseen42/days.xml', 'https://www.samachar.example.in', { days: '2 days ago' });
    expect(dates.days).toBe(new Date(indiaDay(before, 2, 0)).toISOString());
  });
});

describe('Today and Yesterday with a time, on the feed’s clock', () => {
  it('"Yesterday, 10:05", "Вчера в 18:30" are yesterday at that time; "Today 00:05" today, never after the fetch', async () => {
    const before = FETCHED;
    const dates = await pollDates('/unseen42/days-words.xml', 'https://www.desk.example.in', { yesterday: 'Yesterday, 10:05', ru: 'Вчера в 18:30', today: 'Today 00:05' });
    const after = FETCHED;
    expect(dates.yesterday).toBe(new Date(indiaDay(before, 1, 10 * 60 + 5)).toISOString());
    expect(dates.ru).toBe(new Date(indiaDay(before, 1, 18 * 60 + 30)).toISOString());
    const today = indiaDay(before, 0, 5);
    // In the first five minutes of India's day, 00:05 is ahead of the fetch and clamped to it.
    expect(Date.parse(dates.today!)).toBe(today <= before ? today : Math.min(Date.parse(dates.today!), after));
  });

  it('a feed that states its clock elsewhere keeps it for "Сегодня, 00:05" (a Krasnoyarsk outlet at +0700, not Moscow’s clock)', async () => {
    const site = 'https://www.krasnoyarsk.example.ru';
    // The channel's own lastBuildDate states the feed's clock (one item's offset would be that story's say alone).
    const doc = datedFeed(site, { today: 'Сегодня, 00:05' }, 'ru').replace('<description>News</description>', '<description>News</description><lastBuildDate>Fri, 27 Nov 2026 10:05:00 +0700</lastBuildDate>');
    const before = FETCHED;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen42/ru.xml', doc, RSS_TYPE);
    const today = stories.find((s) => s.title === 'Story today')!.published;
    const wall = new Date(before + 7 * HOUR);
    const midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()) + 5 * MINUTE - 7 * HOUR;
    expect(Date.parse(today)).toBe(midnight <= before ? midnight : Date.parse(today));
    expect(Date.parse(today)).toBeLessThanOrEqual(FETCHED);
  });
});

describe('guards', () => {
  it('vaguer words ("recently", "last week", "Today", "2 weeks ago"), times ahead ("in 2 hours") and a relative phrase in a real date keep the fetch time', async () => {
    const before = FETCHED;
    const dates = await pollDates('/unseen42/vague.xml', 'https://www.vague.example.org', {
      recently: 'recently', week: 'last week', today: 'Today', weeks: '2 weeks ago', ahead: 'in 2 hours', inside: '2026-11-27 3시간 전', duration: '2026年11月27日 24時間',
    });
    expect(Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, fetchTime(v, before)]))).toEqual({
      recently: true, week: true, today: true, weeks: true, ahead: true, inside: true, duration: true,
    });
  });

  it('a title that says "2 hours ago" dates nothing: the story without a date keeps the fetch time', async () => {
    const site = 'https://www.titles.example.org';
    const doc = datedFeed(site, { x: '' }).replace('<title>Story x</title>', '<title>Talks resumed 2 hours ago in Delhi</title>').replace('<pubDate></pubDate>', '');
    const before = FETCHED;
    const { stories } = await pollThroughAdmin(sweep.app, sweep.feeds, '/unseen42/title.xml', doc, RSS_TYPE);
    expect(stories.map((s) => fetchTime(s.published, before))).toEqual([true]);
  });
});
