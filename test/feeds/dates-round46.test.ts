import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';

/** The forty-sixth round's dates (README), read by the pure functions at fixed fetch times. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('the forty-sixth round: parseFeedDate', () => {
  it('reads the forms earlier rounds did not: Tibetan digits, Khmer’s date word, Assamese, Pashto, Mongolian, era initials, numeric Hijri and Ethiopian, ISO week and ordinal dates, NST in Nepal, Hindi’s halves of the day', () => {
    expect({
      dz: iso(parseFeedDate('༢༧/༡༡/༢༠༢༦', 'bt')),
      km: iso(parseFeedDate('ថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦', 'kh')),
      as: iso(parseFeedDate('২৭ নৱেম্বৰ ২০২৬', 'in')),
      ps: iso(parseFeedDate('۶ لیندۍ ۱۴۰۵', 'af')),
      mn: iso(parseFeedDate('2026 оны 11-р сарын 27', 'mn')),
      reiwa: iso(parseFeedDate('R8.11.27', 'jp')),
      reiwaElsewhere: iso(parseFeedDate('R8.11.27', null)),
      hijri: iso(parseFeedDate('١٧/٠٦/١٤٤٨ هـ', 'sa')),
      hijriNoDay: iso(parseFeedDate('30/06/1448 هـ', 'sa')),
      ethiopian: iso(parseFeedDate('18/03/2019 ዓ.ም', 'et')),
      week: iso(parseFeedDate('2026-W48-5T10:05:00+05:30', null)),
      week53: iso(parseFeedDate('2026-W53-1', null)),
      noWeek53: iso(parseFeedDate('2027-W53-1', null)),
      ordinal: iso(parseFeedDate('2026-331T10:05:00Z', null)),
      nst: iso(parseFeedDate('27 Nov 2026 10:05 NST', 'np')),
      purvahn: iso(parseFeedDate('27 नवंबर 2026, 10:05 पूर्वाह्न', 'in')),
    }).toEqual({
      dz: '2026-11-26T18:00:00.000Z',
      km: '2026-11-26T17:00:00.000Z',
      as: '2026-11-26T18:30:00.000Z',
      ps: '2026-11-26T19:30:00.000Z',
      mn: '2026-11-26T16:00:00.000Z',
      reiwa: '2026-11-26T15:00:00.000Z',
      reiwaElsewhere: null,
      hijri: '2026-11-26T21:00:00.000Z',
      hijriNoDay: null,
      ethiopian: '2026-11-26T21:00:00.000Z',
      week: '2026-11-27T04:35:00.000Z',
      week53: '2026-12-28T00:00:00.000Z',
      noWeek53: null,
      ordinal: '2026-11-27T10:05:00.000Z',
      nst: '2026-11-27T04:20:00.000Z',
      purvahn: '2026-11-27T04:35:00.000Z',
    });
  });

  it('forms probed and read already stay read: Indic and Sinhala months, Burmese, Thai and Lao digits, 令和, Korean, Hijri months, Swahili, RFC 822 two-digit years, obsolete and military zones, NPT, PKT, BST in .bd and .uk', () => {
    expect({
      bn: iso(parseFeedDate('২৭ নভেম্বর ২০২৬, ১০:০৫', 'bd')),
      ta: iso(parseFeedDate('27 நவம்பர் 2026 10:05', 'in')),
      te: iso(parseFeedDate('27 నవంబర్ 2026 10:05', 'in')),
      mr: iso(parseFeedDate('२७ नोव्हेंबर २०२६ १०:०५', 'in')),
      gu: iso(parseFeedDate('૨૭ નવેમ્બર ૨૦૨૬ ૧૦:૦૫', 'in')),
      kn: iso(parseFeedDate('೨೭ ನವೆಂಬರ್ ೨೦೨೬ ೧೦:೦೫', 'in')),
      ml: iso(parseFeedDate('27 നവംബർ 2026 10:05', 'in')),
      pa: iso(parseFeedDate('੨੭ ਨਵੰਬਰ ੨੦੨੬ ੧੦:੦੫', 'in')),
      or: iso(parseFeedDate('୨୭ ନଭେମ୍ବର ୨୦୨୬ ୧୦:୦୫', 'in')),
      si: iso(parseFeedDate('2026 නොවැම්බර් 27 10:05', 'lk')),
      my: iso(parseFeedDate('၂၇ နိုဝင်ဘာ ၂၀၂၆', 'mm')),
      lo: iso(parseFeedDate('໒໗/໑໑/໒໐໒໖', 'la')),
      th: iso(parseFeedDate('๒๗ พ.ย. ๒๕๖๙ ๑๐:๐๕ น.', 'th')),
      ja: iso(parseFeedDate('令和8年11月27日(金) 午前10時5分', 'jp')),
      ko: iso(parseFeedDate('2026. 11. 27. 오후 3:05', 'kr')),
      hijri: iso(parseFeedDate('١٧ جمادى الآخرة ١٤٤٨ هـ', 'sa')),
      sw: iso(parseFeedDate('Ijumaa, 27 Novemba 2026 10:05', 'ke')),
      rfc822: iso(parseFeedDate('Fri, 27 Nov 26 10:05:00 EDT', null)),
      military: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 N', null)),
      npt: iso(parseFeedDate('Nov 27, 2026 10:05 AM NPT', null)),
      pkt: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 PKT', null)),
      bstBd: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 BST', 'bd')),
      bstUk: iso(parseFeedDate('Sat, 27 Jun 2026 10:05:00 BST', 'uk')),
    }).toEqual({
      bn: '2026-11-27T04:05:00.000Z',
      ta: '2026-11-27T04:35:00.000Z',
      te: '2026-11-27T04:35:00.000Z',
      mr: '2026-11-27T04:35:00.000Z',
      gu: '2026-11-27T04:35:00.000Z',
      kn: '2026-11-27T04:35:00.000Z',
      ml: '2026-11-27T04:35:00.000Z',
      pa: '2026-11-27T04:35:00.000Z',
      or: '2026-11-27T04:35:00.000Z',
      si: '2026-11-27T04:35:00.000Z',
      my: '2026-11-26T17:30:00.000Z',
      lo: '2026-11-26T17:00:00.000Z',
      th: '2026-11-27T03:05:00.000Z',
      ja: '2026-11-27T01:05:00.000Z',
      ko: '2026-11-27T06:05:00.000Z',
      hijri: '2026-11-26T21:00:00.000Z',
      sw: '2026-11-27T07:05:00.000Z',
      rfc822: '2026-11-27T14:05:00.000Z',
      military: '2026-11-27T10:05:00.000Z',
      npt: '2026-11-27T04:20:00.000Z',
      pkt: '2026-11-27T05:05:00.000Z',
      bstBd: '2026-11-27T04:05:00.000Z',
      bstUk: '2026-06-27T09:05:00.000Z',
    });
  });
});

describe('the forty-sixth round: relativeDate', () => {
  it('"कल रात 1:30" is the night before the fetch: 01:30 of the fetch’s day after it, of the day before when the fetch comes first (00:45)', () => {
    expect({
      morning: iso(relativeDate('कल रात 1:30', Date.parse('2026-11-28T04:30:00Z'), 'in')),
      justAfterMidnight: iso(relativeDate('कल रात 1:30', Date.parse('2026-11-27T19:15:00Z'), 'in')),
      urdu: iso(relativeDate('کل رات 2:15', Date.parse('2026-11-28T04:30:00Z'), 'pk')),
      evening: iso(relativeDate('कल रात 10:05', Date.parse('2026-11-28T04:30:00Z'), 'in')),
      dawn: iso(relativeDate('कल रात 5:30', Date.parse('2026-11-28T04:30:00Z'), 'in')),
    }).toEqual({
      morning: '2026-11-27T20:00:00.000Z',
      justAfterMidnight: '2026-11-26T20:00:00.000Z',
      urdu: '2026-11-27T21:15:00.000Z',
      evening: '2026-11-27T16:35:00.000Z',
      dawn: null,
    });
  });

  it('a date without its year is the latest year’s not after a day past the fetch', () => {
    const jan = Date.parse('2027-01-02T04:00:00Z');
    expect({
      lastYear: iso(relativeDate('12月31日 09:00', jan, 'cn')),
      thisYear: iso(relativeDate('1月1日 09:00', jan, 'cn')),
      dayAhead: iso(relativeDate('Jan 3, 02:00', jan, null)),
      europeanNumeric: iso(relativeDate('11-27 15:05', jan, 'de')),
      notAMonth: iso(relativeDate('27 foos, 10:05', jan, null)),
    }).toEqual({
      lastYear: '2026-12-31T01:00:00.000Z',
      thisYear: '2027-01-01T01:00:00.000Z',
      dayAhead: '2027-01-02T04:00:00.000Z',
      europeanNumeric: null,
      notAMonth: null,
    });
  });
});
