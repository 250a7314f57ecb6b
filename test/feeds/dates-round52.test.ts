import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';

/** The fifty-second round's dates (README), read by the pure function; a day alone is its midnight UTC without a country. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const read = (dates: Record<string, string>, region: string | null = null) => Object.fromEntries(Object.entries(dates).map(([key, raw]) => [key, iso(parseFeedDate(raw, region))]));
const NOV27 = '2026-11-27T00:00:00.000Z';
/** 10:05 in India on 27 November 2026. */
const IST_1005 = '2026-11-27T04:35:00.000Z';

describe('the fifty-first round’s leftovers', () => {
  it('the US’s "Mountain" stays Denver’s clock; Arizona’s time, named, is Phoenix’s', () => {
    expect(
      read({
        mountainSummer: '27 Jul 2026 10:05 AM Mountain',
        mst: '27 Jul 2026 10:05 AM MST',
        arizona: '27 Jul 2026 10:05 AM Arizona time',
        phoenix: '27 Jul 2026 10:05 AM (Phoenix time)',
      }, 'us'),
    ).toEqual({
      mountainSummer: '2026-07-27T16:05:00.000Z',
      mst: '2026-07-27T17:05:00.000Z',
      arizona: '2026-07-27T17:05:00.000Z',
      phoenix: '2026-07-27T17:05:00.000Z',
    });
  });

  it('Yiddish’s ordinal day, Sorani’s long and full dates, Kazakh’s and Basque’s months cut short', () => {
    expect(
      read({
        yiddish: '27טן נאוועמבער 2026',
        yiddishPointed: '27טן נאָוועמבער 2026',
        yiddishWeekday: 'פֿרײַטיק, 27טן נאוועמבער 2026',
        yiddishTime: '27טן נאוועמבער 2026 10:05',
        soraniLong: '٢٧ی تشرینی دووەمی ٢٠٢٦',
        soraniMay: '٦ی ئایاری ٢٠٢٦',
        soraniFull: '٢٠٢٦ تشرینی دووەم ٢٧, ھەینی',
        soraniTime: '٢٠٢٦ تشرینی دووەم ٢٧ ١٠:٠٥ د.ن',
        kazakh: '2026 ж. 27 қар.',
        kazakhDayFirst: '27 қар. 2026',
        basque: '2026(e)ko aza. 27(a)',
        basqueTime: '2026(e)ko aza. 27(a) 10:05',
      }),
    ).toEqual({
      yiddish: NOV27,
      yiddishPointed: NOV27,
      yiddishWeekday: NOV27,
      yiddishTime: '2026-11-27T10:05:00.000Z',
      soraniLong: NOV27,
      soraniMay: '2026-05-06T00:00:00.000Z',
      soraniFull: NOV27,
      soraniTime: '2026-11-27T22:05:00.000Z',
      kazakh: NOV27,
      kazakhDayFirst: NOV27,
      basque: NOV27,
      basqueTime: '2026-11-27T10:05:00.000Z',
    });
  });

  it('Lingala’s months of several words, Burmese’s and Lao’s full dates with a weekday', () => {
    expect(
      read({
        lingala: '27 sánzá ya zómi na mɔ̌kɔ́ 2026',
        lingalaBare: '27 sanza ya zomi na mibale 2026',
        lingalaOctober: '27 sánzá ya zómi 2026',
        lingalaWeekday: 'mokɔlɔ ya mítáno 27 sánzá ya zómi na mɔ̌kɔ́ 2026 10:05',
        lingalaSaturday: 'mpɔ́sɔ 14 sánzá ya míbalé 2026',
        lingalaShort: '27 nvb 2026',
        burmese: '၂၀၂၆ နိုဝင်ဘာ ၂၇ သောကြာ',
        burmeseComma: '၂၀၂၆ နိုဝင်ဘာ ၂၇၊ သောကြာ',
        burmeseTime: '၂၀၂၆ နိုဝင်ဘာ ၂၇ သောကြာ ၁၀:၀၅',
        lao: 'ວັນສຸກ, 27 ພະຈິກ 2026',
        laoEra: 'ວັນສຸກ ທີ 27 ພະຈິກ ຄ.ສ. 2026',
        laoBuddhist: '27 ພະຈິກ ພ.ສ. 2569',
      }),
    ).toEqual({
      lingala: NOV27,
      lingalaBare: '2026-12-27T00:00:00.000Z',
      lingalaOctober: '2026-10-27T00:00:00.000Z',
      lingalaWeekday: '2026-11-27T10:05:00.000Z',
      lingalaSaturday: '2026-02-14T00:00:00.000Z',
      lingalaShort: NOV27,
      burmese: NOV27,
      burmeseComma: NOV27,
      burmeseTime: '2026-11-27T10:05:00.000Z',
      lao: NOV27,
      laoEra: NOV27,
      laoBuddhist: null,
    });
  });
});

describe('stamps not read before', () => {
  it('Java’s toString with a GMT offset, and asctime without a zone on the feed’s clock', () => {
    expect({
      javaOffset: iso(parseFeedDate('Fri Nov 27 10:05:00 GMT+05:30 2026', null)),
      javaOffsetBasic: iso(parseFeedDate('Fri Nov 27 10:05:00 GMT+0530 2026', null)),
      javaWest: iso(parseFeedDate('Fri Nov 27 10:05:00 GMT-05:00 2026', null)),
      asctimeIndia: iso(parseFeedDate('Fri Nov 27 10:05:00 2026', 'in')),
      asctimeSpaced: iso(parseFeedDate('Fri Nov  7 10:05:00 2026', 'in')),
      asctimeNoCountry: iso(parseFeedDate('Fri Nov 27 10:05:00 2026', null)),
      asctimeBritain: iso(parseFeedDate('Fri Jul 27 10:05:00 2026', 'gb')),
    }).toEqual({
      javaOffset: IST_1005,
      javaOffsetBasic: IST_1005,
      javaWest: '2026-11-27T15:05:00.000Z',
      asctimeIndia: IST_1005,
      asctimeSpaced: '2026-11-07T04:35:00.000Z',
      asctimeNoCountry: '2026-11-27T10:05:00.000Z',
      asctimeBritain: '2026-07-27T09:05:00.000Z',
    });
  });

  it('four digits and "hrs" after a date, a bracketed zone after them; a year with a time and no day is no date', () => {
    expect(
      read({
        monthFirst: 'Nov 27, 2026 1005 hrs IST',
        slashed: '27/11/2026 1005 hrs',
        isoDate: '2026-11-27 1005 hrs',
        bracketed: '1005 hrs (IST), 27 Nov 2026',
        bracketedAfter: 'Nov 27 2026 1005 hrs (IST)',
        yearAlone: '2026 1005 hrs',
        yearAndTime: '2026 10:05',
        yearCommaTime: '2026, 10:05 IST',
      }, 'in'),
    ).toEqual({
      monthFirst: IST_1005,
      slashed: IST_1005,
      isoDate: IST_1005,
      bracketed: IST_1005,
      bracketedAfter: IST_1005,
      yearAlone: null,
      yearAndTime: null,
      yearCommaTime: null,
    });
  });

  it('"First Published", "Last Modified", "Modified", "Created" and "Date" before a stamp', () => {
    expect(
      read({
        firstPublished: 'First Published: Nov 27 2026 | 10:05 AM IST',
        firstLower: 'First published: 27 Nov 2026 10:05 IST',
        lastModified: 'Last Modified: 27 Nov 2026 10:05 IST',
        modified: 'Modified: 27 Nov 2026 10:05 IST',
        created: 'Created: 27 Nov 2026 10:05 IST',
        date: 'Date: 27 Nov 2026 10:05 IST',
        dated: 'Dated 27.11.2026 10:05',
        signed: 'Created by PIB 27 Nov 2026',
      }, 'in'),
    ).toEqual({
      firstPublished: IST_1005,
      firstLower: IST_1005,
      lastModified: IST_1005,
      modified: IST_1005,
      created: IST_1005,
      date: IST_1005,
      dated: IST_1005,
      signed: null,
    });
  });

  it('a military date-time group, its zone letter read as the military writes it', () => {
    expect(
      read({
        zulu: '271005Z NOV 26',
        joined: '271005ZNOV2026',
        mixedCase: '271005Z Nov 2026',
        alpha: '271005A NOV 26',
        romeo: '271005R NOV 26',
        juliett: '271005J NOV 26',
        noSuchDay: '311005Z NOV 26',
      }),
    ).toEqual({
      zulu: '2026-11-27T10:05:00.000Z',
      joined: '2026-11-27T10:05:00.000Z',
      mixedCase: '2026-11-27T10:05:00.000Z',
      alpha: '2026-11-27T09:05:00.000Z',
      romeo: '2026-11-27T15:05:00.000Z',
      juliett: null,
      noSuchDay: null,
    });
  });
});

describe('India’s languages and Urdu as CLDR writes their dates and times', () => {
  it('full dates with the weekday after them, and the words between a date and its time', () => {
    expect(
      read({
        teluguFull: '27, నవంబర్ 2026, శుక్రవారం',
        malayalamFull: '2026 നവംബർ 27, വെള്ളിയാഴ്‌ച',
        hindi: '27 नवंबर 2026 को 10:05 am बजे',
        hindiFull: 'शुक्रवार, 27 नवंबर 2026 को 10:05 am बजे',
        bengali: '২৭ নভেম্বর, ২০২৬ এ ১০:০৫ AM',
        tamil: 'வெள்ளி, 27 நவம்பர், 2026 அன்று 10:05 AM',
        telugu: '27, నవంబర్ 2026, శుక్రవారం 10:05 AMకి',
        teluguLong: '27 నవంబర్, 2026 10:05 AMకి',
        marathi: '२७ नोव्हेंबर, २०२६ रोजी १०:०५ AM वाजता',
        malayalam: '2026 നവംബർ 27, വെള്ളിയാഴ്‌ച, 10:05 AM-ന്',
        kannada: 'ನವೆಂಬರ್ 27, 2026 ರಂದು 10:05 AM ಸಮಯಕ್ಕೆ',
        odia: '10:05 AM ଠାରେ ଶୁକ୍ରବାର, ନଭେମ୍ବର 27, 2026',
        urdu: '27 نومبر، 2026 کو 10:05 AM',
        nepali: '२०२६ मे ६: १०:०५',
      }, 'in'),
    ).toEqual({
      teluguFull: '2026-11-26T18:30:00.000Z',
      malayalamFull: '2026-11-26T18:30:00.000Z',
      hindi: IST_1005,
      hindiFull: IST_1005,
      bengali: IST_1005,
      tamil: IST_1005,
      telugu: IST_1005,
      teluguLong: IST_1005,
      marathi: IST_1005,
      malayalam: IST_1005,
      kannada: IST_1005,
      odia: IST_1005,
      urdu: IST_1005,
      nepali: '2026-05-06T04:35:00.000Z',
    });
  });
});

describe('probed and read already (held as they are)', () => {
  it('CMS and framework stamps', () => {
    expect(
      read({
        drupal: 'Fri, 11/27/2026 - 10:05',
        django: 'Nov. 27, 2026, 10:05 a.m.',
        djangoNoon: 'Nov. 27, 2026, noon',
        rails: '2026-11-27 10:05:00 +0530',
        phpR: 'Fri, 27 Nov 2026 10:05:00 +0530',
        dotnet: '11/27/2026 10:05:00 AM +05:30',
        go: '2026-11-27 10:05:00 +0530 IST',
        goMonotonic: '2026-11-27 10:05:00.123456789 +0530 IST m=+0.000000001',
        python: '2026-11-27 10:05:00.123456+05:30',
        excelSerial: '46353.42',
      }, 'us'),
    ).toEqual({
      drupal: '2026-11-27T10:05:00.000Z',
      django: '2026-11-27T10:05:00.000Z',
      djangoNoon: '2026-11-27T12:00:00.000Z',
      rails: IST_1005,
      phpR: IST_1005,
      dotnet: IST_1005,
      go: IST_1005,
      goMonotonic: '2026-11-27T04:35:00.123Z',
      python: '2026-11-27T04:35:00.123Z',
      excelSerial: null,
    });
  });

  it('IST by the feed’s country, numeric orders, prefixes and Nepal’s Bikram Sambat', () => {
    expect({
      javaIndia: iso(parseFeedDate('Fri Nov 27 10:05:00 IST 2026', 'in')),
      javaIreland: iso(parseFeedDate('Fri Nov 27 10:05:00 IST 2026', 'ie')),
      javaIsrael: iso(parseFeedDate('Fri Nov 27 10:05:00 IST 2026', 'il')),
      indianDashed: iso(parseFeedDate('27-11-2026 10:05', 'in')),
      usSlashed: iso(parseFeedDate('11/27/2026', 'us')),
      ambiguousIndia: iso(parseFeedDate('05/06/2026', 'in')),
      ambiguousUs: iso(parseFeedDate('05/06/2026', 'us')),
      updated: iso(parseFeedDate('Updated: Nov 27, 2026 10:05 IST', 'in')),
      publishedDash: iso(parseFeedDate('Published - November 27, 2026 10:05 am IST', 'in')),
      nepali: iso(parseFeedDate('२०८३ मंसिर ११', 'np')),
      nepaliNumeric: iso(parseFeedDate('२०८३/०८/११', 'np')),
    }).toEqual({
      javaIndia: IST_1005,
      javaIreland: '2026-11-27T09:05:00.000Z',
      javaIsrael: '2026-11-27T08:05:00.000Z',
      indianDashed: IST_1005,
      usSlashed: NOV27,
      ambiguousIndia: '2026-05-05T18:30:00.000Z',
      ambiguousUs: '2026-05-06T00:00:00.000Z',
      updated: IST_1005,
      publishedDash: IST_1005,
      nepali: '2026-11-26T18:15:00.000Z',
      nepaliNumeric: '2026-11-26T18:15:00.000Z',
    });
  });
});
