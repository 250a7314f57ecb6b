import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';

/** The forty-ninth round's dates (README), read by the pure functions at a fixed fetch time. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
/** Fetched at 10:00 in India on Saturday 28 November 2026. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const ago = (raw: string, region: string | null = null) => iso(relativeDate(raw, FETCHED, region));
const before = (minutes: number) => new Date(FETCHED - minutes * 60_000).toISOString();

describe('the forty-eighth round’s leftovers', () => {
  it('an offset whose "+" was lost (a form’s or a URL’s space) is east of Greenwich; asctime’s year after the time is no offset', () => {
    expect({
      unsigned: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 0530', null)),
      iso: iso(parseFeedDate('2026-11-27 10:05:00 0545', null)),
      zero: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 0000', null)),
      asctime: iso(parseFeedDate('Fri Nov 27 10:05:00 2026', null)),
    }).toEqual({
      unsigned: '2026-11-27T04:35:00.000Z',
      iso: '2026-11-27T04:20:00.000Z',
      zero: '2026-11-27T10:05:00.000Z',
      asctime: '2026-11-27T10:05:00.000Z',
    });
  });

  it('POSIX zone strings, Kazakhstan’s ALMT and QYZT on the offset of their day, AM/PM glued to a zone', () => {
    expect({
      posixWinter: iso(parseFeedDate('27 Nov 2026 10:05 EST5EDT', null)),
      posixSummer: iso(parseFeedDate('27 Jul 2026 10:05 PST8PDT', null)),
      posixEurope: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 CET-1CEST', null)),
      almt: iso(parseFeedDate('27 Nov 2026 10:05 ALMT', 'kz')),
      almtBefore2024: iso(parseFeedDate('27 Nov 2023 10:05 ALMT', null)),
      qyzt: iso(parseFeedDate('27 Nov 2026 10:05 QYZT', null)),
      glued: iso(parseFeedDate('27 Nov 2026 10:05PMEST', null)),
      gluedIst: iso(parseFeedDate('Nov 27, 2026 10:05AMIST', 'in')),
      gluedNoZone: iso(parseFeedDate('27 Nov 2026 10:05PMXYZ', null)),
    }).toEqual({
      posixWinter: '2026-11-27T15:05:00.000Z',
      posixSummer: '2026-07-27T17:05:00.000Z',
      posixEurope: '2026-11-27T09:05:00.000Z',
      almt: '2026-11-27T05:05:00.000Z',
      almtBefore2024: '2023-11-27T04:05:00.000Z',
      qyzt: '2026-11-27T05:05:00.000Z',
      glued: '2026-11-28T03:05:00.000Z',
      gluedIst: '2026-11-27T04:35:00.000Z',
      gluedNoZone: null,
    });
  });

  it('Lao’s and Burmese’s months cut short; Kurdish (Kurmanji and Sorani), Bodo and Yiddish months', () => {
    expect({
      lo: iso(parseFeedDate('27 ພ.ຈ. 2026', 'la')),
      loMarch: iso(parseFeedDate('ວັນທີ 5 ມ.ນ. 2026', 'la')),
      my: iso(parseFeedDate('27 နို 2026', 'mm')),
      myDigits: iso(parseFeedDate('၂၇ နို ၂၀၂၆', 'mm')),
      ku: iso(parseFeedDate('27 sermawez 2026', null)),
      kuLevant: iso(parseFeedDate('27 Mijdar 2026, 10:05', null)),
      kuKanun: iso(parseFeedDate('3 Kanûn 2025', null)),
      ckb: iso(parseFeedDate('27 تشرینی دووەم 2026', null)),
      ckbApril: iso(parseFeedDate('27 نیسان 2026', null)),
      brx: iso(parseFeedDate('27 नबेज्ब़र 2026', 'in')),
      yi: iso(parseFeedDate('27 נאָוועמבער 2026', null)),
      yiNoPoints: iso(parseFeedDate('27 נאוועמבער 2026', null)),
    }).toEqual({
      lo: '2026-11-26T17:00:00.000Z',
      loMarch: '2026-03-04T17:00:00.000Z',
      my: '2026-11-26T17:30:00.000Z',
      myDigits: '2026-11-26T17:30:00.000Z',
      ku: '2026-11-27T00:00:00.000Z',
      kuLevant: '2026-11-27T10:05:00.000Z',
      kuKanun: '2025-12-03T00:00:00.000Z',
      ckb: '2026-11-27T00:00:00.000Z',
      ckbApril: '2026-04-27T00:00:00.000Z',
      brx: '2026-11-26T18:30:00.000Z',
      yi: '2026-11-27T00:00:00.000Z',
      yiNoPoints: '2026-11-27T00:00:00.000Z',
    });
  });

  it('zoneless dates of Kyrgyzstan, Turkmenistan and Somalia on their one clock; .so alone names no country', () => {
    expect({
      kg: iso(parseFeedDate('27 Nov 2026 10:05', 'kg')),
      tm: iso(parseFeedDate('27 Nov 2026 10:05', 'tm')),
      so: iso(parseFeedDate('27 Nov 2026 10:05', 'so')),
      kgYesterday: ago('вчера в 10:05', 'kg'),
    }).toEqual({
      kg: '2026-11-27T04:05:00.000Z',
      tm: '2026-11-27T05:05:00.000Z',
      so: '2026-11-27T07:05:00.000Z',
      kgYesterday: '2026-11-27T04:05:00.000Z',
    });
  });
});

describe('the forty-ninth round: forms not read before', () => {
  it('other calendars, numerals and scripts: Chinese numerals, Roman months, the Juche and Saka years', () => {
    expect({
      cn: iso(parseFeedDate('二〇二六年十一月二十七日', 'cn')),
      cnTime: iso(parseFeedDate('二〇二六年十一月二十七日 10:05', 'cn')),
      cnTen: iso(parseFeedDate('二〇二六年一月十日', 'cn')),
      roman: iso(parseFeedDate('27 XI 2026', 'pl')),
      romanDots: iso(parseFeedDate('27.XI.2026', null)),
      romanTime: iso(parseFeedDate('27-XI-2026 10:05', 'ro')),
      juche: iso(parseFeedDate('주체115(2026)년 11월 27일', null)),
      jucheAlone: iso(parseFeedDate('주체115년 11월 27일', null)),
      saka: iso(parseFeedDate('6 अग्रहायण 1948', 'in')),
      sakaWord: iso(parseFeedDate('अग्रहायण 6, 1948 शक', 'in')),
      sakaLatin: iso(parseFeedDate('Agrahayana 6, 1948 Saka', 'in')),
      sakaNewYear: iso(parseFeedDate('1 चैत्र 1948', 'in')),
    }).toEqual({
      cn: '2026-11-26T16:00:00.000Z',
      cnTime: '2026-11-27T02:05:00.000Z',
      cnTen: '2026-01-09T16:00:00.000Z',
      roman: '2026-11-26T23:00:00.000Z',
      romanDots: '2026-11-27T00:00:00.000Z',
      romanTime: '2026-11-27T08:05:00.000Z',
      juche: '2026-11-26T15:00:00.000Z',
      jucheAlone: '2026-11-26T15:00:00.000Z',
      saka: '2026-11-26T18:30:00.000Z',
      sakaWord: '2026-11-26T18:30:00.000Z',
      sakaLatin: '2026-11-26T18:30:00.000Z',
      sakaNewYear: '2026-03-21T18:30:00.000Z',
    });
  });

  it('exporters’ and templates’ forms: Go’s monotonic reading, an unfilled zone, Windows’ display names, a spaced T, a glued name', () => {
    expect({
      go: iso(parseFeedDate('2026-11-27 10:05:00.123456789 +0530 IST m=+0.000000001', null)),
      strftime: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 %z', null)),
      braces: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 {timezone}', null)),
      windows: iso(parseFeedDate('27/11/2026 10:05 (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', null)),
      windowsSummer: iso(parseFeedDate('27/07/2026 10:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', null)),
      windowsOther: iso(parseFeedDate('27/11/2026 10:05 (UTC+03:00) Minsk', null)),
      spacedT: iso(parseFeedDate('Fri, 27 Nov 2026 T10:05:00Z', null)),
      offsetThenName: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 +0530IST', null)),
    }).toEqual({
      go: '2026-11-27T04:35:00.123Z',
      strftime: '2026-11-27T10:05:00.000Z',
      braces: '2026-11-27T10:05:00.000Z',
      windows: '2026-11-27T04:35:00.000Z',
      windowsSummer: '2026-07-27T08:05:00.000Z',
      windowsOther: '2026-11-27T07:05:00.000Z',
      spacedT: '2026-11-27T10:05:00.000Z',
      offsetThenName: '2026-11-27T04:35:00.000Z',
    });
  });

  it('zone names and offsets newsrooms print: clocks by city or country, generic and retired names, fractions, a GMT echo', () => {
    expect({
      moscow: iso(parseFeedDate('27 Nov 2026 10:05 Moscow time', null)),
      russian: iso(parseFeedDate('27 ноября 2026, 10:05 по московскому времени', null)),
      paris: iso(parseFeedDate('27 novembre 2026 à 10h05 heure de Paris', null)),
      brasilia: iso(parseFeedDate('27/11/2026 às 10:05 (horário de Brasília)', null)),
      mecca: iso(parseFeedDate('27 نوفمبر 2026 10:05 بتوقيت مكة المكرمة', null)),
      beijing: iso(parseFeedDate('27 Nov 2026 10:05 Beijing time', null)),
      local: iso(parseFeedDate('27 Nov 2026 10:05 local time', 'in')),
      eastern: iso(parseFeedDate('Nov 27, 2026 10:05 AM Eastern', null)),
      aet: iso(parseFeedDate('27 Nov 2026 10:05 AET', null)),
      nzt: iso(parseFeedDate('27 Nov 2026 10:05 NZT', null)),
      awt: iso(parseFeedDate('27 Nov 2026 10:05 AWT', null)),
      wst: iso(parseFeedDate('27 Nov 2026 10:05 WST', 'au')),
      ect: iso(parseFeedDate('27 Nov 2026 10:05 ECT', 'ec')),
      msd: iso(parseFeedDate('27 Jul 2010 10:05 MSD', null)),
      brst: iso(parseFeedDate('27 Nov 2018 10:05 BRST', null)),
      kalt: iso(parseFeedDate('27 Nov 2026 10:05 KALT', null)),
      volt: iso(parseFeedDate('27 Nov 2026 10:05 VOLT', null)),
      chot: iso(parseFeedDate('27 Nov 2026 10:05 CHOT', null)),
      aoe: iso(parseFeedDate('27 Nov 2026 23:59 AoE', null)),
      half: iso(parseFeedDate('27 Nov 2026 10:05 UTC+5½', null)),
      echo: iso(parseFeedDate('27 Nov 2026 10:05 IST (04:35 GMT)', 'in')),
      echoReuters: iso(parseFeedDate('27 Nov 2026 10:05 EST (1505 GMT)', null)),
    }).toEqual({
      moscow: '2026-11-27T07:05:00.000Z',
      russian: '2026-11-27T07:05:00.000Z',
      paris: '2026-11-27T09:05:00.000Z',
      brasilia: '2026-11-27T13:05:00.000Z',
      mecca: '2026-11-27T07:05:00.000Z',
      beijing: '2026-11-27T02:05:00.000Z',
      local: '2026-11-27T04:35:00.000Z',
      eastern: '2026-11-27T15:05:00.000Z',
      aet: '2026-11-26T23:05:00.000Z',
      nzt: '2026-11-26T21:05:00.000Z',
      awt: '2026-11-27T02:05:00.000Z',
      wst: '2026-11-27T02:05:00.000Z',
      ect: '2026-11-27T15:05:00.000Z',
      msd: '2010-07-27T06:05:00.000Z',
      brst: '2018-11-27T12:05:00.000Z',
      kalt: '2026-11-27T08:05:00.000Z',
      volt: '2026-11-27T07:05:00.000Z',
      chot: '2026-11-27T02:05:00.000Z',
      aoe: '2026-11-28T11:59:00.000Z',
      half: '2026-11-27T04:35:00.000Z',
      echo: '2026-11-27T04:35:00.000Z',
      echoReuters: '2026-11-27T15:05:00.000Z',
    });
  });

  it('relative spans of two units and half an hour, from the fetch time', () => {
    expect({
      half: ago('half an hour ago'),
      hoursMinutes: ago('2 hours, 5 minutes ago'),
      dayHours: ago('1 day 2 hours ago'),
      anHourAnd: ago('an hour and 20 minutes ago'),
      one: ago('2 hours ago'),
      tooFar: ago('40 days 2 hours ago'),
    }).toEqual({
      half: before(30),
      hoursMinutes: before(125),
      dayHours: before(26 * 60),
      anHourAnd: before(80),
      one: before(120),
      tooFar: null,
    });
  });

  it('guards: what is not a date stays null', () => {
    expect({
      romanFourteen: iso(parseFeedDate('27 XIV 2026', null)),
      chineseWords: iso(parseFeedDate('主题二十年', 'cn')),
      sakaDay: iso(parseFeedDate('32 अग्रहायण 1948', 'in')),
      wstElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 WST', null)),
      easternNoTime: iso(parseFeedDate('Eastern', null)),
      timeCity: iso(parseFeedDate('Moscow time', null)),
      placeholder: iso(parseFeedDate('%a, %d %b %Y %H:%M:%S %z', null)),
      posixAlone: iso(parseFeedDate('EST5EDT', null)),
      spanNoUnit: ago('2, 5 ago'),
    }).toEqual({
      romanFourteen: null,
      chineseWords: null,
      sakaDay: null,
      wstElsewhere: null,
      easternNoTime: null,
      timeCity: null,
      placeholder: null,
      posixAlone: null,
      spanNoUnit: null,
    });
  });
});
