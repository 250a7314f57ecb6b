import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';

/** The forty-seventh round's dates (README), read by the pure functions at a fixed fetch time. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
/** Fetched at 07:30 in East Africa, 10:00 in India, on Saturday 28 November 2026. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const FETCHED_ISO = new Date(FETCHED).toISOString();
const ago = (raw: string, region: string | null = null) => iso(relativeDate(raw, FETCHED, region));
const before = (minutes: number) => new Date(FETCHED - minutes * 60_000).toISOString();

describe('the forty-sixth round’s leftovers', () => {
  it('Swahili’s clock, counted from six, with its part of the day after the time: the Western hour on East Africa’s clock', () => {
    expect({
      asubuhi: iso(parseFeedDate('27 Novemba 2026 saa 4:05 asubuhi', 'ke')),
      weekday: iso(parseFeedDate('Ijumaa, 27 Novemba 2026 saa 4:05 asubuhi', 'tz')),
      dawnHour: iso(parseFeedDate('27 Novemba 2026 saa 11 asubuhi', 'tz')),
      mchana: iso(parseFeedDate('27 Novemba 2026 saa 7:30 mchana', 'tz')),
      jioni: iso(parseFeedDate('27 Novemba 2026 saa 12 jioni', 'tz')),
      usiku: iso(parseFeedDate('27 Novemba 2026 saa 3 usiku', 'tz')),
      western: iso(parseFeedDate('27 Novemba 2026 saa 16:05', 'tz')),
      // The night's hours after midnight give the day alone (the night of the 27th or of the 26th), as Amharic's do.
      afterMidnight: iso(parseFeedDate('27 Novemba 2026 saa 7 usiku', 'tz')),
      // No morning's hour: saa 8 is two in the afternoon.
      noSuchHour: iso(parseFeedDate('27 Novemba 2026 saa 8 asubuhi', 'tz')),
    }).toEqual({
      asubuhi: '2026-11-27T07:05:00.000Z',
      weekday: '2026-11-27T07:05:00.000Z',
      dawnHour: '2026-11-27T02:00:00.000Z',
      mchana: '2026-11-27T10:30:00.000Z',
      jioni: '2026-11-27T15:00:00.000Z',
      usiku: '2026-11-27T18:00:00.000Z',
      western: '2026-11-27T13:05:00.000Z',
      afterMidnight: '2026-11-26T21:00:00.000Z',
      noSuchHour: null,
    });
  });

  it('Swahili’s clock after jana and leo; last night’s hours after midnight are the night before the fetch; a bare "saa 10:05" stays unread', () => {
    expect({
      jana: ago('jana saa 4:05 asubuhi', 'tz'),
      janaNight: ago('jana saa 3 usiku', 'tz'),
      lastNight: ago('jana saa 7:30 usiku', 'tz'),
      leo: ago('leo saa 1 asubuhi', 'tz'),
      leoAhead: ago('leo saa 2 asubuhi', 'tz'),
      bare: ago('jana saa 10:05', 'tz'),
    }).toEqual({
      jana: '2026-11-27T07:05:00.000Z',
      janaNight: '2026-11-27T18:00:00.000Z',
      lastNight: '2026-11-27T22:30:00.000Z',
      leo: '2026-11-28T04:00:00.000Z',
      leoAhead: FETCHED_ISO,
      bare: null,
    });
  });

  it('a date without its year up to a week ahead is this year’s and takes the fetch time; further ahead it is last year’s; "27 Nov" alone is the day', () => {
    expect({
      short: ago('27 Nov', 'in'),
      shortUs: ago('Nov 27', 'us'),
      twoAhead: ago('30 Nov', 'uk'),
      weekAhead: ago('Dec 5', 'uk'),
      lastYear: ago('Dec 6', 'uk'),
      cjkLastYear: ago('12月31日', 'cn'),
      spanish: ago('12 ago', 'es'),
      noMonth: ago('5 min', 'de'),
    }).toEqual({
      short: '2026-11-26T18:30:00.000Z',
      shortUs: '2026-11-27T00:00:00.000Z',
      twoAhead: FETCHED_ISO,
      weekAhead: FETCHED_ISO,
      lastYear: '2025-12-06T00:00:00.000Z',
      cjkLastYear: '2025-12-30T16:00:00.000Z',
      spanish: '2026-08-11T22:00:00.000Z',
      noMonth: null,
    });
  });

  it('left as they were: a Hebrew date’s past evening is the civil day’s; Bikram Sambat after 2083 is no date', () => {
    expect({
      hebrewEvening: iso(parseFeedDate('17 בכסלו 5787 20:30', 'il')),
      bs2084: iso(parseFeedDate('१ बैशाख २०८४', 'np')),
      bs2084Latin: iso(parseFeedDate('2084 Baisakh 1', null)),
    }).toEqual({ hebrewEvening: '2026-11-27T18:30:00.000Z', bs2084: null, bs2084Latin: null });
  });
});

describe('the forty-seventh round: month names and scripts not read before', () => {
  it('Catalan, Galician, Icelandic, Irish, Maltese, Albanian, Basque, Tajik, Turkmen, Tatar, Somali, Sundanese, Hausa, Zulu, Hawaiian, Māori, Samoan, Dhivehi, Urdu’s ء, Ol Chiki digits and Tibetan dates', () => {
    expect({
      ca: iso(parseFeedDate('27 d’octubre de 2026', 'es')),
      caApostrophe: iso(parseFeedDate("27 d'agost de 2026", 'es')),
      gl: iso(parseFeedDate('27 de xaneiro de 2026', 'es')),
      is: iso(parseFeedDate('27. nóv. 2026', 'is')),
      ga: iso(parseFeedDate('27 Samhain 2026', 'ie')),
      gaTwoWords: iso(parseFeedDate('27 Meán Fómhair 2026', 'ie')),
      mt: iso(parseFeedDate('27 ta’ Novembru 2026, 10:05', 'mt')),
      sq: iso(parseFeedDate('27 nëntor 2026', 'al')),
      eu: iso(parseFeedDate('2026ko azaroaren 27a', 'es')),
      euTime: iso(parseFeedDate('2026ko azaroaren 27an, 10:05', 'es')),
      tg: iso(parseFeedDate('27 ноябри 2026', 'tj')),
      tk: iso(parseFeedDate('27 noýabr 2026', 'tm')),
      tt: iso(parseFeedDate('27 гыйнвар 2026', 'ru')),
      so: iso(parseFeedDate('27 Noofembar 2026', 'so')),
      su: iso(parseFeedDate('27 Nopémber 2026', 'id')),
      ha: iso(parseFeedDate('27 Nuwamba 2026', 'ng')),
      zu: iso(parseFeedDate('27 uNovemba 2026', 'za')),
      haw: iso(parseFeedDate('27 ʻOkakopa 2026', 'us')),
      mi: iso(parseFeedDate('27 Noema 2026', 'nz')),
      sm: iso(parseFeedDate('27 Setema 2026', 'ws')),
      dv: iso(parseFeedDate('27 ނޮވެމްބަރު 2026', 'mv')),
      dvTime: iso(parseFeedDate('27 ނޮވެމްބަރ 2026, 10:05', 'mv')),
      ur: iso(parseFeedDate('27 نومبر 2026ء', 'pk')),
      santali: iso(parseFeedDate('᱒᱗/᱑᱑/᱒᱐᱒᱖', 'in')),
      tibetan: iso(parseFeedDate('༢༠༢༦ལོའི་ཟླ་༡༡ཚེས་༢༧', 'cn')),
    }).toEqual({
      ca: '2026-10-26T23:00:00.000Z',
      caApostrophe: '2026-08-26T22:00:00.000Z',
      gl: '2026-01-26T23:00:00.000Z',
      is: '2026-11-27T00:00:00.000Z',
      ga: '2026-11-27T00:00:00.000Z',
      gaTwoWords: '2026-09-26T23:00:00.000Z',
      mt: '2026-11-27T09:05:00.000Z',
      sq: '2026-11-26T23:00:00.000Z',
      eu: '2026-11-26T23:00:00.000Z',
      euTime: '2026-11-27T09:05:00.000Z',
      tg: '2026-11-27T00:00:00.000Z',
      tk: '2026-11-26T19:00:00.000Z', // Turkmenistan's clock (+05:00) since the forty-ninth round
      tt: '2026-01-26T21:00:00.000Z',
      so: '2026-11-26T21:00:00.000Z', // Somalia's (+03:00) since the forty-ninth round
      su: '2026-11-26T17:00:00.000Z',
      ha: '2026-11-26T23:00:00.000Z',
      zu: '2026-11-26T22:00:00.000Z',
      haw: '2026-10-27T00:00:00.000Z',
      mi: '2026-11-26T11:00:00.000Z',
      sm: '2026-09-27T00:00:00.000Z',
      dv: '2026-11-26T19:00:00.000Z',
      dvTime: '2026-11-27T05:05:00.000Z',
      ur: '2026-11-26T19:00:00.000Z',
      santali: '2026-11-26T18:30:00.000Z',
      tibetan: '2026-11-26T16:00:00.000Z',
    });
  });

  it('time words: noon and midnight, "a. m.", "uur", "hrs" after the zone and a four-digit time first; "Updated"/"Published" in other languages', () => {
    expect({
      noon: iso(parseFeedDate('27 November 2026 noon', null)),
      twelveNoon: iso(parseFeedDate('27 November 2026, 12 noon', null)),
      noonIst: iso(parseFeedDate('27 November 2026 12 noon IST', 'in')),
      midnight: iso(parseFeedDate('Nov 27, 2026 at midnight', null)),
      spacedAm: iso(parseFeedDate('November 27, 2026 10:05 a. m.', null)),
      spacedPm: iso(parseFeedDate('27/11/2026 10:05 p. m.', 'co')),
      uur: iso(parseFeedDate('27 november 2026 om 10:05 uur', 'nl')),
      hrsAfterZone: iso(parseFeedDate('27 Nov 2026 10:05 IST hrs', 'in')),
      hrsFirst: iso(parseFeedDate('10:05 hrs, 27 Nov 2026', 'in')),
      fourDigitsFirst: iso(parseFeedDate('1005 hrs IST, 27 Nov 2026', 'in')),
      de: iso(parseFeedDate('Aktualisiert am 27.11.2026, 10:05 Uhr', 'de')),
      nl: iso(parseFeedDate('Bijgewerkt op 27 november 2026 10:05', 'nl')),
      ru: iso(parseFeedDate('Обновлено 27.11.2026 10:05', 'ru')),
      pl: iso(parseFeedDate('Opublikowano: 27.11.2026, 10:05', 'pl')),
      tr: iso(parseFeedDate('Güncelleme: 27.11.2026 10:05', 'tr')),
      id: iso(parseFeedDate('Diperbarui 27 November 2026 10:05', 'id')),
      fi: iso(parseFeedDate('Päivitetty 27.11.2026 klo 10.05', 'fi')),
    }).toEqual({
      noon: '2026-11-27T12:00:00.000Z',
      twelveNoon: '2026-11-27T12:00:00.000Z',
      noonIst: '2026-11-27T06:30:00.000Z',
      midnight: '2026-11-27T00:00:00.000Z',
      spacedAm: '2026-11-27T10:05:00.000Z',
      spacedPm: '2026-11-28T03:05:00.000Z',
      uur: '2026-11-27T09:05:00.000Z',
      hrsAfterZone: '2026-11-27T04:35:00.000Z',
      hrsFirst: '2026-11-27T04:35:00.000Z',
      fourDigitsFirst: '2026-11-27T04:35:00.000Z',
      de: '2026-11-27T09:05:00.000Z',
      nl: '2026-11-27T09:05:00.000Z',
      ru: '2026-11-27T07:05:00.000Z',
      pl: '2026-11-27T09:05:00.000Z',
      tr: '2026-11-27T07:05:00.000Z',
      id: '2026-11-27T03:05:00.000Z',
      fi: '2026-11-27T08:05:00.000Z',
    });
  });

  it('two dates in one field: the one marked published, else the first; a weekday that is not the date’s day leaves the date', () => {
    expect({
      slash: iso(parseFeedDate('27 Nov 2026 / 28 Nov 2026', null)),
      updated: iso(parseFeedDate('27 Nov 2026, updated 28 Nov 2026 10:05', null)),
      bars: iso(parseFeedDate('Published: 27.11.2026 | Updated: 28.11.2026', 'de')),
      publishedSecond: iso(parseFeedDate('Updated 28 Nov 2026 10:05 - Published 27 Nov 2026 09:00', null)),
      three: iso(parseFeedDate('27 Nov 2026 - 28 Dec 2026 - 1 Jan 2027', null)),
      weekday: iso(parseFeedDate('Thursday, 27 November 2026', null)),
    }).toEqual({
      slash: '2026-11-27T00:00:00.000Z',
      updated: '2026-11-27T00:00:00.000Z',
      bars: '2026-11-26T23:00:00.000Z',
      publishedSecond: '2026-11-27T09:00:00.000Z',
      three: null,
      weekday: '2026-11-27T00:00:00.000Z',
    });
  });
});

describe('the forty-seventh round: relative dates in more languages', () => {
  it('hours and minutes ago from the fetch', () => {
    const two = before(120);
    const five = before(5);
    expect({
      af: [ago('2 uur gelede'), ago('5 minute gelede')],
      ca: [ago('fa 2 hores'), ago('fa 5 minuts')],
      gl: [ago('hai 2 horas'), ago('hai 5 minutos')],
      eu: [ago('duela 2 ordu'), ago('duela 5 minutu')],
      sq: [ago('2 orë më parë'), ago('5 minuta më parë')],
      az: [ago('2 saat əvvəl'), ago('5 dəqiqə əvvəl')],
      uz: [ago('2 soat oldin'), ago('5 daqiqa oldin')],
      tk: [ago('2 sagat öň'), ago('5 minut öň')],
      kk: [ago('2 сағат бұрын'), ago('5 минут бұрын')],
      ky: [ago('2 саат мурун'), ago('5 мүнөт мурун')],
      ka: [ago('2 საათის წინ'), ago('5 წუთის წინ')],
      hy: [ago('2 ժամ առաջ'), ago('5 րոպե առաջ')],
      am: [ago('ከ2 ሰዓት በፊት'), ago('ከ5 ደቂቃ በፊት')],
      ti: [ago('ቅድሚ 2 ሰዓት'), ago('ቅድሚ 5 ደቒቕ')],
      so: [ago('2 saacadood ka hor'), ago('5 daqiiqo ka hor')],
      cy: [ago('2 awr yn ôl'), ago('5 munud yn ôl')],
      is: [ago('fyrir 2 klukkustundum'), ago('fyrir 5 mínútum')],
    }).toEqual(
      Object.fromEntries(['af', 'ca', 'gl', 'eu', 'sq', 'az', 'uz', 'tk', 'kk', 'ky', 'ka', 'hy', 'am', 'ti', 'so', 'cy', 'is'].map((k) => [k, [two, five]])),
    );
  });

  it('days back, yesterday and the day before at the midnight of the feed’s clock, yesterday with its time', () => {
    expect({
      afDays: ago('2 dae gelede', 'za'),
      caDays: ago('fa 2 dies', 'es'),
      azDays: ago('2 gün əvvəl', 'az'),
      amDays: ago('ከ2 ቀን በፊት', 'et'),
      ahir: ago('ahir a les 10:05', 'es'),
      onte: ago('onte ás 10:05', 'es'),
      atzo: ago('atzo 10:05', 'es'),
      gister: ago('gister om 10:05', 'za'),
      dje: ago('dje në 10:05', 'al'),
      dunen: ago('dünən, 10:05', 'az'),
      kecha: ago('kecha 10:05', 'uz'),
      keshe: ago('кеше 10:05', 'kz'),
      gushin: ago('გუშინ 10:05', 'ge'),
      yerek: ago('երեկ 10:05', 'am'),
      tinant: ago('ትናንት 10:05', 'et'),
      ddoe: ago('ddoe am 10:05', 'uk'),
      igaer: ago('í gær kl. 10:05', 'is'),
      shalay: ago('shalay', 'so'),
      eergister: ago('eergister', 'za'),
      abans: ago('abans-d’ahir', 'es'),
      pardje: ago('pardje', 'al'),
      gushinwin: ago('გუშინწინ', 'ge'),
    }).toEqual({
      afDays: '2026-11-25T22:00:00.000Z',
      caDays: '2026-11-25T23:00:00.000Z',
      azDays: '2026-11-25T20:00:00.000Z',
      amDays: '2026-11-25T21:00:00.000Z',
      ahir: '2026-11-27T09:05:00.000Z',
      onte: '2026-11-27T09:05:00.000Z',
      atzo: '2026-11-27T09:05:00.000Z',
      gister: '2026-11-27T08:05:00.000Z',
      dje: '2026-11-27T09:05:00.000Z',
      dunen: '2026-11-27T06:05:00.000Z',
      kecha: '2026-11-27T05:05:00.000Z',
      keshe: '2026-11-27T05:05:00.000Z',
      gushin: '2026-11-27T06:05:00.000Z',
      yerek: '2026-11-27T06:05:00.000Z',
      tinant: '2026-11-27T07:05:00.000Z',
      ddoe: '2026-11-27T10:05:00.000Z',
      igaer: '2026-11-27T10:05:00.000Z',
      shalay: '2026-11-26T21:00:00.000Z', // Somalia's midnight since the forty-ninth round
      eergister: '2026-11-25T22:00:00.000Z',
      abans: '2026-11-25T23:00:00.000Z',
      pardje: '2026-11-25T23:00:00.000Z',
      gushinwin: '2026-11-25T20:00:00.000Z',
    });
  });
});
