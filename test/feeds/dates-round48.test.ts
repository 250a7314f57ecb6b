import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';

/** The forty-eighth round's dates (README), read by the pure functions at a fixed fetch time. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
/** Fetched at 07:30 in East Africa, 10:00 in India, on Saturday 28 November 2026. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const FETCHED_ISO = new Date(FETCHED).toISOString();
const ago = (raw: string, region: string | null = null, at = FETCHED) => iso(relativeDate(raw, at, region));
const before = (minutes: number) => new Date(FETCHED - minutes * 60_000).toISOString();

describe('the forty-seventh round’s leftovers', () => {
  it('a bare Swahili "saa 4:05" in a full date gives the day alone; its part of the day and the Western clock’s hours are read as before', () => {
    expect({
      bare: iso(parseFeedDate('27 Novemba 2026 saa 4:05', 'tz')),
      bareHour: iso(parseFeedDate('Ijumaa, 27 Novemba 2026 saa 11', 'ke')),
      asubuhi: iso(parseFeedDate('27 Novemba 2026 saa 4:05 asubuhi', 'tz')),
      western: iso(parseFeedDate('27 Novemba 2026 saa 16:05', 'tz')),
      noSuchHour: iso(parseFeedDate('27 Novemba 2026 saa 8 asubuhi', 'tz')),
      janaBare: ago('jana saa 10:05', 'tz'),
    }).toEqual({
      bare: '2026-11-26T21:00:00.000Z',
      bareHour: '2026-11-26T21:00:00.000Z',
      asubuhi: '2026-11-27T07:05:00.000Z',
      western: '2026-11-27T13:05:00.000Z',
      noSuchHour: null,
      janaBare: null,
    });
  });

  it('Yoruba’s and Māori’s own months, Santali’s in Ol Chiki, Kashmiri’s and Dogri’s', () => {
    expect({
      yo: iso(parseFeedDate('27 Oṣù Bélú 2026', 'ng')),
      yoWeekday: iso(parseFeedDate('Ọjọ́ Ẹtì, 27 Oṣù Bélú 2026', 'ng')),
      yoNoMarks: iso(parseFeedDate('27 Belu 2026', 'ng')),
      yoAugust: iso(parseFeedDate('15 Oṣù Ògún 2026', 'ng')),
      yoDecember: iso(parseFeedDate('3 Oṣù Ọ̀pẹ̀ 2025', 'ng')),
      mi: iso(parseFeedDate('27 Whiringa-ā-rangi 2026', 'nz')),
      miTime: iso(parseFeedDate('27 Whiringa-a-rangi 2026, 10:05', 'nz')),
      miMonthFirst: iso(parseFeedDate('Here-turi-kōkā 14, 2026', 'nz')),
      miSeptember: iso(parseFeedDate('27 Mahuru 2026', 'nz')),
      miShort: iso(parseFeedDate('27 Noe 2026', 'nz')),
      sat: iso(parseFeedDate('᱒᱗ ᱱᱟᱣᱟᱢᱵᱟᱨ ᱒᱐᱒᱖', 'in')),
      satShort: iso(parseFeedDate('᱒᱗ ᱱᱟᱣ ᱒᱐᱒᱖', 'in')),
      ks: iso(parseFeedDate('27 جنؤری 2026', 'in')),
      doi: iso(parseFeedDate('27, नवंबर 2026', 'in')),
      doiShort: iso(parseFeedDate('27, नव. 2026', 'in')),
    }).toEqual({
      yo: '2026-11-26T23:00:00.000Z',
      yoWeekday: '2026-11-26T23:00:00.000Z',
      yoNoMarks: '2026-11-26T23:00:00.000Z',
      yoAugust: '2026-08-14T23:00:00.000Z',
      yoDecember: '2025-12-02T23:00:00.000Z',
      mi: '2026-11-26T11:00:00.000Z',
      miTime: '2026-11-26T21:05:00.000Z',
      miMonthFirst: '2026-08-13T12:00:00.000Z',
      miSeptember: '2026-09-26T12:00:00.000Z',
      miShort: '2026-11-26T11:00:00.000Z',
      sat: '2026-11-26T18:30:00.000Z',
      satShort: '2026-11-26T18:30:00.000Z',
      ks: '2026-01-26T18:30:00.000Z',
      doi: '2026-11-26T18:30:00.000Z',
      doiShort: '2026-11-26T18:30:00.000Z',
    });
  });

  it('two dates in one field: the one marked published, else the earlier (an update printed first is not the story’s time)', () => {
    expect({
      updateFirst: iso(parseFeedDate('28 Nov 2026 10:05 / 27 Nov 2026', null)),
      markedUpdate: iso(parseFeedDate('Updated 28 Nov 2026 10:05 | 27 Nov 2026 09:00', null)),
      german: iso(parseFeedDate('Aktualisiert: 28.11.2026, 10:05 | Veröffentlicht: 27.11.2026, 09:00', 'de')),
      published: iso(parseFeedDate('Updated 28 Nov 2026 10:05 - Published 27 Nov 2026 09:00', null)),
      inOrder: iso(parseFeedDate('27 Nov 2026 / 28 Nov 2026', null)),
    }).toEqual({
      updateFirst: '2026-11-27T00:00:00.000Z',
      markedUpdate: '2026-11-27T09:00:00.000Z',
      german: '2026-11-27T08:00:00.000Z',
      published: '2026-11-27T09:00:00.000Z',
      inOrder: '2026-11-27T00:00:00.000Z',
    });
  });

  it('a date without its year at the year’s end: the week ahead reaches into the next year, and back into the last', () => {
    const dec28 = Date.parse('2026-12-28T10:00:00Z');
    const jan2 = Date.parse('2027-01-02T10:00:00Z');
    expect({
      nextYears: ago('2 Jan', 'uk', dec28),
      beyondTheWeek: ago('5 Jan', 'uk', dec28),
      cjk: ago('1月2日 10:05', 'cn', dec28),
      lastYears: ago('31 Dec', 'uk', jan2),
    }).toEqual({
      nextYears: '2026-12-28T10:00:00.000Z',
      beyondTheWeek: '2026-01-05T00:00:00.000Z',
      cjk: '2026-12-28T10:00:00.000Z',
      lastYears: '2026-12-31T00:00:00.000Z',
    });
  });
});

describe('the forty-eighth round: forms not read before', () => {
  it('printed marks, exporters’ and servers’ formats, spaced and signed offsets, zone names', () => {
    expect({
      rlm: iso(parseFeedDate('27\u200F/11\u200F/2026', 'eg')),
      minusSign: iso(parseFeedDate('27 Nov 2026 10:05 UTC\u221205:00', null)),
      eightDigits: iso(parseFeedDate('20261127', null)),
      serverLog: iso(parseFeedDate('27/Nov/2026:10:05:00 +0000', null)),
      oracle: iso(parseFeedDate('27-NOV-26 10.05.00.000000 AM', null)),
      oracleOffset: iso(parseFeedDate('27-NOV-26 10.05.00.000000000 PM +05:30', null)),
      spacedGmt: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 GMT +5:30', null)),
      spacedUtc: iso(parseFeedDate('27 Nov 2026 10:05 UTC -5', null)),
      zoneTwice: iso(parseFeedDate('2026-11-27T10:05:00Z UTC', null)),
      armenia: iso(parseFeedDate('27 Nov 2026 10:05 AMT', 'am')),
      amazon: iso(parseFeedDate('27 Nov 2026 10:05 AMT', 'br')),
      hnec: iso(parseFeedDate('27 Nov 2026 10:05 HNEC', 'fr')),
      haec: iso(parseFeedDate('27 Nov 2026 10:05 HAEC', 'be')),
    }).toEqual({
      rlm: '2026-11-26T22:00:00.000Z',
      minusSign: '2026-11-27T15:05:00.000Z',
      eightDigits: '2026-11-27T00:00:00.000Z',
      serverLog: '2026-11-27T10:05:00.000Z',
      oracle: '2026-11-27T10:05:00.000Z',
      oracleOffset: '2026-11-27T16:35:00.000Z',
      spacedGmt: '2026-11-27T04:35:00.000Z',
      spacedUtc: '2026-11-27T15:05:00.000Z',
      zoneTwice: '2026-11-27T10:05:00.000Z',
      armenia: '2026-11-27T06:05:00.000Z',
      amazon: '2026-11-27T14:05:00.000Z',
      hnec: '2026-11-27T09:05:00.000Z',
      haec: '2026-11-27T08:05:00.000Z',
    });
  });

  it('months cut short as CLDR’s medium dates print them, and months not read before', () => {
    expect({
      hi: iso(parseFeedDate('27 नव॰ 2026', 'in')),
      bn: iso(parseFeedDate('২৭ নভে, ২০২৬', 'bd')),
      mr: iso(parseFeedDate('२७ नोव्हें, २०२६', 'in')),
      gu: iso(parseFeedDate('27 નવે, 2026', 'in')),
      pa: iso(parseFeedDate('27 ਨਵੰ 2026', 'in')),
      kn: iso(parseFeedDate('ನವೆಂ 27, 2026', 'in')),
      ml: iso(parseFeedDate('2026 നവം 27', 'in')),
      te: iso(parseFeedDate('27 నవం, 2026', 'in')),
      ta: iso(parseFeedDate('27 நவ., 2026', 'in')),
      be: iso(parseFeedDate('27 лістапада 2026 г.', 'by')),
      beShort: iso(parseFeedDate('27 ліс 2026', 'by')),
      mk: iso(parseFeedDate('27 ноември 2026', 'mk')),
      mkShort: iso(parseFeedDate('27 ное. 2026 г.', 'mk')),
      hr: iso(parseFeedDate('27. stu 2026.', 'hr')),
      lv: iso(parseFeedDate('2026. gada 27. nov.', 'lv')),
      hy: iso(parseFeedDate('27 նոյ, 2026 թ.', 'am')),
      az: iso(parseFeedDate('27 noy 2026', 'az')),
      uz: iso(parseFeedDate('27-noy, 2026', 'uz')),
      sq: iso(parseFeedDate('27 nën 2026', 'al')),
      ga: iso(parseFeedDate('27 Samh 2026', 'ie')),
      tl: iso(parseFeedDate('Nob 27, 2026', 'ph')),
      ha: iso(parseFeedDate('27 Nuw, 2026', 'ng')),
      so: iso(parseFeedDate('Noofeembar 27, 2026', 'so')),
      am: iso(parseFeedDate('27 ኖቬም 2026', 'et')),
    }).toEqual({
      hi: '2026-11-26T18:30:00.000Z',
      bn: '2026-11-26T18:00:00.000Z',
      mr: '2026-11-26T18:30:00.000Z',
      gu: '2026-11-26T18:30:00.000Z',
      pa: '2026-11-26T18:30:00.000Z',
      kn: '2026-11-26T18:30:00.000Z',
      ml: '2026-11-26T18:30:00.000Z',
      te: '2026-11-26T18:30:00.000Z',
      ta: '2026-11-26T18:30:00.000Z',
      be: '2026-11-26T21:00:00.000Z',
      beShort: '2026-11-26T21:00:00.000Z',
      mk: '2026-11-26T23:00:00.000Z',
      mkShort: '2026-11-26T23:00:00.000Z',
      hr: '2026-11-26T23:00:00.000Z',
      lv: '2026-11-26T22:00:00.000Z',
      hy: '2026-11-26T20:00:00.000Z',
      az: '2026-11-26T20:00:00.000Z',
      uz: '2026-11-26T19:00:00.000Z',
      sq: '2026-11-26T23:00:00.000Z',
      ga: '2026-11-27T00:00:00.000Z',
      tl: '2026-11-26T16:00:00.000Z',
      ha: '2026-11-26T23:00:00.000Z',
      so: '2026-11-26T21:00:00.000Z', // Somalia's clock (+03:00) since the forty-ninth round
      am: '2026-11-26T21:00:00.000Z',
    });
  });

  it('words around the date: Vietnamese’s "thg", Mongolian’s ordinal months, Kazakh’s and Kyrgyz’s year first, Catalan’s "del", Basque’s brackets, Eritrea’s months', () => {
    expect({
      vi: iso(parseFeedDate('27 thg 11, 2026', 'vn')),
      viTime: iso(parseFeedDate('27 thg 11, 2026 10:05', 'vn')),
      mn: iso(parseFeedDate('2026 оны арван нэгдүгээр сарын 27', 'mn')),
      mnFebruary: iso(parseFeedDate('2026 оны хоёрдугаар сарын 27', 'mn')),
      kk: iso(parseFeedDate('2026 ж. 27 қараша', 'kz')),
      ky: iso(parseFeedDate('2026-ж., 27-ноябрь', 'kg')),
      ca: iso(parseFeedDate('27 de novembre del 2026', 'es')),
      caShort: iso(parseFeedDate('27 de nov. 2026', 'es')),
      eu: iso(parseFeedDate('2026(e)ko azaroaren 27(a)', 'es')),
      er: iso(parseFeedDate('ሕዳር 27, 2026', 'er')),
      erDayFirst: iso(parseFeedDate('27 ሕዳር 2026', 'er')),
    }).toEqual({
      vi: '2026-11-26T17:00:00.000Z',
      viTime: '2026-11-27T03:05:00.000Z',
      mn: '2026-11-26T16:00:00.000Z',
      mnFebruary: '2026-02-26T16:00:00.000Z',
      kk: '2026-11-26T19:00:00.000Z',
      ky: '2026-11-26T18:00:00.000Z', // Kyrgyzstan's (+06:00) since the forty-ninth round
      ca: '2026-11-26T23:00:00.000Z',
      caShort: '2026-11-26T23:00:00.000Z',
      eu: '2026-11-26T23:00:00.000Z',
      er: '2026-11-27T00:00:00.000Z',
      erDayFirst: '2026-11-27T00:00:00.000Z',
    });
  });

  it('guards: what is no date stays none, and what was read stays as it was', () => {
    expect({
      amtElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 AMT', null)),
      amBeforeZone: iso(parseFeedDate('Nov 27, 2026 10:05 AM EST', 'us')),
      amAlone: iso(parseFeedDate('27 Nov 2026 10:05AM', null)),
      eightDigitsNoMonth: iso(parseFeedDate('20261327', null)),
      eightDigitsNoYear: iso(parseFeedDate('12345678', null)),
      ogunState: iso(parseFeedDate('27 Ogun state 2026', 'ng')),
      yearlessOwnMonth: iso(parseFeedDate('2 Whiringa-ā-rangi', 'nz')),
      hausaSaturday: iso(parseFeedDate('27 Sat 2026', 'ng')),
      // Outside Eritrea the Ge'ez month is Ethiopia's, of its own era's 2026 (December 2033), as before.
      ethiopian: iso(parseFeedDate('ሕዳር 27, 2026', 'et')),
      qabl: ago('قبل', 'eg'),
      qablNoon: ago('قبل الظهر', 'eg'),
    }).toEqual({
      amtElsewhere: null,
      amBeforeZone: '2026-11-27T15:05:00.000Z',
      amAlone: '2026-11-27T10:05:00.000Z',
      eightDigitsNoMonth: null,
      eightDigitsNoYear: null,
      ogunState: null,
      yearlessOwnMonth: null,
      hausaSaturday: null,
      ethiopian: '2033-12-05T21:00:00.000Z',
      qabl: null,
      qablNoon: null,
    });
  });
});

describe('the forty-eighth round: relative dates in more languages', () => {
  it('hours and minutes ago from the fetch', () => {
    const two = before(120);
    const five = before(5);
    expect({
      ar: [ago('قبل ساعتين'), ago('قبل 5 دقائق')],
      th: [ago('2 ชั่วโมงที่ผ่านมา'), ago('5 นาทีที่ผ่านมา')],
      am: [ago('ከ2 ሰዓቶች በፊት'), ago('ከ5 ደቂቃዎች በፊት')],
      be: [ago('2 гадзіны таму'), ago('5 хвілін таму')],
      mk: [ago('пред 2 часа'), ago('пред 5 минути')],
      et: [ago('2 tunni eest'), ago('5 minuti eest')],
      mn: [ago('2 цагийн өмнө'), ago('5 минутын өмнө')],
      ne: [ago('२ घण्टा पहिले'), ago('५ मिनेट पहिले')],
      mr: [ago('२ तासांपूर्वी'), ago('५ मिनिटांपूर्वी')],
      gu: [ago('2 કલાક પહેલાં'), ago('5 મિનિટ પહેલાં')],
      pa: [ago('2 ਘੰਟੇ ਪਹਿਲਾਂ'), ago('5 ਮਿੰਟ ਪਹਿਲਾਂ')],
      kn: [ago('2 ಗಂಟೆಗಳ ಹಿಂದೆ'), ago('5 ನಿಮಿಷಗಳ ಹಿಂದೆ')],
      ml: [ago('2 മണിക്കൂർ മുമ്പ്'), ago('5 മിനിറ്റ് മുമ്പ്')],
      te: [ago('2 గంటల క్రితం'), ago('5 నిమిషాల క్రితం')],
      si: [ago('පැය 2කට පෙර'), ago('මිනිත්තු 5කට පෙර')],
      km: [ago('2 ម៉ោង\u200Bមុន'), ago('5 នាទី\u200Bមុន')],
      lo: [ago('2 ຊົ່ວໂມງກ່ອນ'), ago('5 ນາທີກ່ອນ')],
    }).toEqual(Object.fromEntries(['ar', 'th', 'am', 'be', 'mk', 'et', 'mn', 'ne', 'mr', 'gu', 'pa', 'kn', 'ml', 'te', 'si', 'km', 'lo'].map((k) => [k, [two, five]])));
  });

  it('days back at the midnight of the feed’s clock', () => {
    expect({
      ar: ago('قبل يومين', 'eg'),
      be: ago('2 дні таму', 'by'),
      mk: ago('пред 2 дена', 'mk'),
      et: ago('2 päeva eest', 'ee'),
      ne: ago('२ दिन पहिले', 'np'),
      fetch: FETCHED_ISO,
    }).toEqual({
      ar: '2026-11-25T22:00:00.000Z',
      be: '2026-11-25T21:00:00.000Z',
      mk: '2026-11-25T23:00:00.000Z',
      et: '2026-11-25T22:00:00.000Z',
      ne: '2026-11-25T18:15:00.000Z',
      fetch: '2026-11-28T04:30:00.000Z',
    });
  });
});
