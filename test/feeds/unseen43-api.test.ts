import { describe, expect, it } from 'vitest';
import { agoFrom, datesPoller, fetchTime, RSS_TYPE, zoneDay } from '../helpers/dated-feeds.js';
import { X } from '../helpers/feed-docs.js';
import { apiSweep, pollAtThroughAdmin } from '../helpers/service.js';

/**
 * The forty-second round of unseen feeds as README counts them (the thirty-sixth sweep; the file is numbered after
 * unseen42, the forty-first round's): relative dates in Italian, Dutch and Polish, the day before yesterday in the
 * languages that have a word for it, Sri Lanka's year-first dates (Sinhala's "2026 නොවැම්බර් 27", English "2026 Nov 27"),
 * Lao dates, words between a date and its time ("r. o godz.", "alle ore"), a radio desk's audio bulletins and paid
 * newsletters' paywall boxes, each feed served from a real local server, added and polled through
 * POST /api/admin/feeds/poll, its stories read back from GET /api/stories?feed=.
 */
/** The poll's fetch time, fixed: a day word read on the feed's clock cannot meet a midnight between the test's reckoning and the poll. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-unseen43-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const HOUR = 3_600_000;
const MINUTE = 60_000;

const allTrue = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, true]));

describe('relative dates in Italian, Dutch and Polish', () => {
  it('"2 ore fa", "un\'ora fa", "2 uur geleden", "een uur geleden", "2 godziny temu", "godzinę temu", "5 min. temu" are that long before the fetch', async () => {
    const before = FETCHED;
    const it_ = await pollDates('/unseen43/it.xml', 'https://www.notizie.example.it', { ore: '2 ore fa', ora: "un'ora fa", minuti: '10 minuti fa' }, 'it');
    const nl = await pollDates('/unseen43/nl.xml', 'https://www.nieuws.example.nl', { uur: '2 uur geleden', een: 'een uur geleden', minuten: '10 minuten geleden' }, 'nl');
    const pl = await pollDates('/unseen43/pl.xml', 'https://www.wiadomosci.example.pl', { godziny: '2 godziny temu', godzine: 'godzinę temu', min: '5 min. temu', godz: '3 godz. temu' }, 'pl');
    const after = FETCHED;
    const read = { ...it_, ...nl, ...pl };
    const back = { ore: 2 * HOUR, ora: HOUR, minuti: 10 * MINUTE, uur: 2 * HOUR, een: HOUR, minuten: 10 * MINUTE, godziny: 2 * HOUR, godzine: HOUR, min: 5 * MINUTE, godz: 3 * HOUR };
    expect(Object.fromEntries(Object.entries(back).map(([k, ms]) => [k, agoFrom(read[k], ms, before, after)]))).toEqual(allTrue(Object.keys(back)));
  });

  it('"3 giorni fa", "2 dagen geleden", "2 dni temu" are that day on the country’s clock, at its midnight', async () => {
    const before = FETCHED;
    const it_ = await pollDates('/unseen43/it-days.xml', 'https://www.giornale.example.it', { d: '3 giorni fa' }, 'it');
    const nl = await pollDates('/unseen43/nl-days.xml', 'https://www.krant.example.nl', { d: '2 dagen geleden' }, 'nl');
    const pl = await pollDates('/unseen43/pl-days.xml', 'https://www.gazeta.example.pl', { d: '2 dni temu' }, 'pl');
    expect([it_.d, nl.d, pl.d]).toEqual([
      new Date(zoneDay('Europe/Rome', before, 3, 0)).toISOString(),
      new Date(zoneDay('Europe/Amsterdam', before, 2, 0)).toISOString(),
      new Date(zoneDay('Europe/Warsaw', before, 2, 0)).toISOString(),
    ]);
  });

  it('"ieri alle 10:05", "gisteren om 10:05", "wczoraj, 10:05" are yesterday at that time on the country’s clock; "wczoraj" alone its midnight', async () => {
    const before = FETCHED;
    const it_ = await pollDates('/unseen43/it-ieri.xml', 'https://www.cronaca.example.it', { ieri: 'ieri alle 10:05' }, 'it');
    const nl = await pollDates('/unseen43/nl-gisteren.xml', 'https://www.dagblad.example.nl', { gisteren: 'gisteren om 10:05' }, 'nl');
    const pl = await pollDates('/unseen43/pl-wczoraj.xml', 'https://www.serwis.example.pl', { wczoraj: 'wczoraj, 10:05', alone: 'wczoraj' }, 'pl');
    expect({ ieri: it_.ieri, gisteren: nl.gisteren, wczoraj: pl.wczoraj, alone: pl.alone }).toEqual({
      ieri: new Date(zoneDay('Europe/Rome', before, 1, 10 * 60 + 5)).toISOString(),
      gisteren: new Date(zoneDay('Europe/Amsterdam', before, 1, 10 * 60 + 5)).toISOString(),
      wczoraj: new Date(zoneDay('Europe/Warsaw', before, 1, 10 * 60 + 5)).toISOString(),
      alone: new Date(zoneDay('Europe/Warsaw', before, 1, 0)).toISOString(),
    });
  });
});

describe('the day before yesterday', () => {
  it('"vorgestern", "anteontem", "позавчера", "przedwczoraj", "eergisteren" are two days back on the country’s clock; "anteontem às 10:05" that time', async () => {
    const before = FETCHED;
    const de = await pollDates('/unseen43/de-vorgestern.xml', 'https://www.zeitung.example.de', { d: 'vorgestern' }, 'de');
    const br = await pollDates('/unseen43/br-anteontem.xml', 'https://www.jornal.example.com.br', { d: 'anteontem', at: 'anteontem às 10:05' }, 'pt-BR');
    const ru = await pollDates('/unseen43/ru-pozavchera.xml', 'https://www.gazeta.example.ru', { d: 'позавчера' }, 'ru');
    const pl = await pollDates('/unseen43/pl-przedwczoraj.xml', 'https://www.portal.example.pl', { d: 'przedwczoraj' }, 'pl');
    const nl = await pollDates('/unseen43/nl-eergisteren.xml', 'https://www.omroep.example.nl', { d: 'eergisteren' }, 'nl');
    expect({ de: de.d, br: br.d, brAt: br.at, ru: ru.d, pl: pl.d, nl: nl.d }).toEqual({
      de: new Date(zoneDay('Europe/Berlin', before, 2, 0)).toISOString(),
      br: new Date(zoneDay('America/Sao_Paulo', before, 2, 0)).toISOString(),
      brAt: new Date(zoneDay('America/Sao_Paulo', before, 2, 10 * 60 + 5)).toISOString(),
      ru: new Date(zoneDay('Europe/Moscow', before, 2, 0)).toISOString(),
      pl: new Date(zoneDay('Europe/Warsaw', before, 2, 0)).toISOString(),
      nl: new Date(zoneDay('Europe/Amsterdam', before, 2, 0)).toISOString(),
    });
  });
});

describe('Sri Lanka’s year-first dates', () => {
  it('Sinhala "2026 නොවැම්බර් 27 10:05" and English "2026 Nov 27 10:05" in a Sri Lankan feed are on Sri Lanka’s clock (+05:30)', async () => {
    const si = await pollDates('/unseen43/lk-si.xml', 'https://www.lankadeepa.example.lk', { si: '2026 නොවැම්බර් 27 10:05', day: '2026 නොවැම්බර් 27', april: '2026 අප්‍රේල් 7 09:00' }, 'si');
    const en = await pollDates('/unseen43/lk-en.xml', 'https://www.dailynews.example.lk', { en: '2026 Nov 27 10:05', long: '2026 November 27' }, 'en');
    expect({ ...si, ...en }).toEqual({
      si: '2026-11-27T04:35:00.000Z', day: '2026-11-26T18:30:00.000Z', april: '2026-04-07T03:30:00.000Z', en: '2026-11-27T04:35:00.000Z', long: '2026-11-26T18:30:00.000Z',
    });
  });
});

describe('Lao dates', () => {
  it('a Lao feed’s dates, in Lao months and digits, with the weekday and words, are on Laos’ clock (+07:00), as is its zoneless ISO time', async () => {
    const dates = await pollDates('/unseen43/lo.xml', 'https://www.vientianetimes.example.org.la', {
      words: 'ວັນສຸກ ທີ 27 ເດືອນ ພະຈິກ ປີ 2026 ເວລາ 10:05 ໂມງ', digits: '໒໗ ພະຈິກ ໒໐໒໖', date: 'ວັນທີ 26 ພະຈິກ 2026', iso: '2026-11-25 10:05',
    }, 'lo');
    expect(dates).toEqual({ words: '2026-11-27T03:05:00.000Z', digits: '2026-11-26T17:00:00.000Z', date: '2026-11-25T17:00:00.000Z', iso: '2026-11-25T03:05:00.000Z' });
  });
});

describe('words between the date and its time', () => {
  it('Polish "r. o godz.", Italian "alle ore" and Ukrainian "р. о" before the time are read on the country’s clock', async () => {
    const pl = await pollDates('/unseen43/pl-godz.xml', 'https://www.dziennik.example.pl', { d: '27 listopada 2026 r. o godz. 10:05' }, 'pl');
    const it_ = await pollDates('/unseen43/it-ore.xml', 'https://www.quotidiano.example.it', { d: 'venerdì 27 novembre 2026 alle ore 10:05' }, 'it');
    const ua = await pollDates('/unseen43/ua-o.xml', 'https://www.novyny.example.com.ua', { d: '27 листопада 2026 р. о 10:05' }, 'uk');
    expect({ pl: pl.d, it: it_.d, ua: ua.d }).toEqual({ pl: '2026-11-27T09:05:00.000Z', it: '2026-11-27T09:05:00.000Z', ua: '2026-11-27T08:05:00.000Z' });
  });
});

describe('audio bulletins with nothing to read', () => {
  it('an item that is an audio file alone is no story, and the feed’s warning says so, naming the file; an episode with a title stays', async () => {
    const path = '/unseen43/bulletins.xml';
    const item = (inner: string) => `<item>${inner}</item>`;
    const doc = `${X}<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>AIR News Bulletins</title><link>https://air.example.gov.in/</link><description>Hourly bulletins</description><itunes:image href="https://air.example.gov.in/show.jpg"/>${[
      item('<enclosure url="https://air.example.gov.in/audio/2026-11-27-1400.mp3" type="audio/mpeg" length="4000000"/><pubDate>Fri, 27 Nov 2026 14:00:00 +0530</pubDate><guid isPermaLink="false">air-1400</guid>'),
      item('<enclosure url="https://air.example.gov.in/audio/2026-11-27-1500.mp3" type="audio/mpeg" length="4000000"/><pubDate>Fri, 27 Nov 2026 15:00:00 +0530</pubDate><guid isPermaLink="false">air-1500</guid>'),
      item('<title>Morning News</title><itunes:summary>Headlines: Parliament session; cyclone warning for the Tamil Nadu coast.</itunes:summary><enclosure url="https://air.example.gov.in/audio/2026-11-27-0800.mp3" type="audio/mpeg" length="4000000"/><pubDate>Fri, 27 Nov 2026 08:00:00 +0530</pubDate><guid isPermaLink="false">air-0800</guid>'),
    ].join('')}</channel></rss>`;
    sweep.feeds.serve(path, doc, { contentType: RSS_TYPE });
    const { outcome, feed, stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, path);
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(stories.map((s) => [s.title, s.link, s.published])).toEqual([['Morning News', 'https://air.example.gov.in/audio/2026-11-27-0800.mp3', '2026-11-27T02:30:00.000Z']]);
    expect(feed.lastWarning).toBe('2 items are an audio or video file alone, with no title or text to read, and left out: https://air.example.gov.in/audio/2026-11-27-1400.mp3');
  });
});

describe('paid newsletters’ teasers', () => {
  it('Substack’s and Ghost’s paywall boxes under a paid post’s free part leave the text; copy with the same words in a sentence stays', async () => {
    const path = '/unseen43/substack.xml';
    const post = (slug: string, html: string) =>
      `<item><title><![CDATA[${slug}]]></title><link>https://indiabrief.example.substack.com/p/${slug}</link><dc:creator><![CDATA[Asha Rao]]></dc:creator><pubDate>Fri, 27 Nov 2026 04:35:00 GMT</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
    const doc = `${X}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The India Brief</title><link>https://indiabrief.example.substack.com</link><description>Weekly</description><generator>Substack</generator>${[
      post('rupee', '<p>The rupee slid to a record low on Friday as importers bought dollars.</p><div class="paywall-jump" data-component-name="PaywallToDOM"></div><h2>Keep reading with a 7-day free trial</h2><p>Subscribe to The India Brief to keep reading this post and get 7 days of free access to the full post archives.</p><p><a href="https://indiabrief.example.substack.com/subscribe?simple=true">Start trial</a></p><p>Already a paid subscriber? Sign in</p>'),
      post('ghost', '<p>Exports rose 8 per cent in October, the ministry said.</p><p>This post is for paying subscribers only</p><p>Already have an account? Sign in</p>'),
      post('metro', '<p>Start trial runs of the metro on Monday, officials told the contractor.</p><p>This post is for paid subscribers, the editor wrote in 2019, and it was not.</p>'),
    ].join('')}</channel></rss>`;
    sweep.feeds.serve(path, doc, { contentType: RSS_TYPE });
    const { stories } = await pollAtThroughAdmin(sweep.app, sweep.feeds, path);
    expect(Object.fromEntries(stories.map((s) => [s.title, [s.text, s.author]]))).toEqual({
      rupee: ['The rupee slid to a record low on Friday as importers bought dollars.', 'Asha Rao'],
      ghost: ['Exports rose 8 per cent in October, the ministry said.', 'Asha Rao'],
      metro: ['Start trial runs of the metro on Monday, officials told the contractor.\n\nThis post is for paid subscribers, the editor wrote in 2019, and it was not.', 'Asha Rao'],
    });
  });
});

describe('guards', () => {
  it('"ora fa" without a number, "2 ore" without "fa", a Lao day its month lacks (31 ພະຈິກ) keep the fetch time; a bare .la site’s zoneless time stays UTC', async () => {
    const before = FETCHED;
    const vague = await pollDates('/unseen43/vague.xml', 'https://www.vago.example.it', { bare: 'ora fa', nofa: '2 ore' }, 'it');
    const lao = await pollDates('/unseen43/lo-bad.xml', 'https://www.khao.example.org.la', { bad: '31 ພະຈິກ 2026' }, 'lo');
    const la = await pollDates('/unseen43/la.xml', 'https://www.studio.example.la', { iso: '2026-11-25 10:05' });
    expect({ bare: fetchTime(vague.bare, before), nofa: fetchTime(vague.nofa, before), bad: fetchTime(lao.bad, before), la: la.iso }).toEqual({
      bare: true, nofa: true, bad: true, la: '2026-11-25T10:05:00.000Z',
    });
  });
});
