import { describe, expect, it } from 'vitest';
import { languageRegion, parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';

/** The fifty-first round's dates (README), read by the pure functions at a fixed fetch time. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
/** Fetched at 10:00 in India on Saturday 28 November 2026. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const ago = (raw: string, region: string | null = null) => iso(relativeDate(raw, FETCHED, region));
const before = (minutes: number) => new Date(FETCHED - minutes * 60_000).toISOString();
const days = (back: number) => new Date(Date.UTC(2026, 10, 28 - back)).toISOString();

describe('the fiftieth round’s leftovers', () => {
  it('Canada’s "Central": Manitoba’s clock and Saskatchewan’s, read where they agree (winter), else no date', () => {
    expect({
      caWinter: iso(parseFeedDate('27 Nov 2026 10:05 AM Central', 'ca')),
      caSummer: iso(parseFeedDate('27 Jul 2026 10:05 AM Central', 'ca')),
      caMarch: iso(parseFeedDate('27 Mar 2026 10:05 AM Central', 'ca')),
      caFebruary: iso(parseFeedDate('27 Feb 2026 10:05 AM Central', 'ca')),
      caEastern: iso(parseFeedDate('27 Jul 2026 10:05 AM Eastern', 'ca')),
      usSummer: iso(parseFeedDate('27 Jul 2026 10:05 AM Central', null)),
      auCentral: iso(parseFeedDate('27 Nov 2026 10:05 AM Central', 'au')),
    }).toEqual({
      caWinter: '2026-11-27T16:05:00.000Z',
      caSummer: null,
      caMarch: null,
      caFebruary: '2026-02-27T16:05:00.000Z',
      caEastern: '2026-07-27T14:05:00.000Z',
      usSummer: '2026-07-27T15:05:00.000Z',
      auCentral: '2026-11-26T23:35:00.000Z',
    });
  });

  it('two offsets, UTC’s first: the first still; toISOString’s stamp with an offset pasted after it is UTC; four digits no offset are none', () => {
    expect({
      zeroFirst: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 +0000 +0530', null)),
      zeroFirstIso: iso(parseFeedDate('2026-11-27T10:05:00+00:00 +05:30', null)),
      isoString: iso(parseFeedDate('2026-11-27T10:05:00.000Z+05:30', null)),
      isoStringSpaced: iso(parseFeedDate('2026-11-27T10:05:00.000Z +0530', 'in')),
      zThenOffset: iso(parseFeedDate('2026-11-27T10:05:00Z+05:30', null)),
      offsetThenZ: iso(parseFeedDate('2026-11-27T10:05:00+05:30Z', null)),
      notOffset: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 0517', null)),
      notOffsetIndia: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 0517', 'in')),
      unsigned: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 0530', null)),
      yearAgain: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 2026', null)),
    }).toEqual({
      zeroFirst: '2026-11-27T10:05:00.000Z',
      zeroFirstIso: '2026-11-27T10:05:00.000Z',
      isoString: '2026-11-27T10:05:00.000Z',
      isoStringSpaced: '2026-11-27T10:05:00.000Z',
      zThenOffset: null,
      offsetThenZ: '2026-11-27T04:35:00.000Z',
      notOffset: null,
      notOffsetIndia: null,
      unsigned: '2026-11-27T04:35:00.000Z',
      yearAgain: '2026-11-27T10:05:00.000Z',
    });
  });

  it('Scottish Gaelic’s and Guaraní’s months, on Britain’s and Paraguay’s clocks', () => {
    expect({
      gdLong: iso(parseFeedDate('27mh dhen t-Samhain 2026', languageRegion('gd'))),
      gdFull: iso(parseFeedDate('DihAoine, 27mh dhen t-Samhain 2026 10:05', 'gb')),
      gdLenited: iso(parseFeedDate('1mh dhen Fhaoilleach 2026', 'gb')),
      gdSummer: iso(parseFeedDate('27mh dhen Iuchar 2026', 'gb')),
      gdShort: iso(parseFeedDate('27mh Samh 2026', null)),
      gn: iso(parseFeedDate('27 jasypateĩ 2026', languageRegion('gn'))),
      gnJune: iso(parseFeedDate('27 Jasypoteĩ 2026 10:05', 'py')),
      gnMay: iso(parseFeedDate('27 jasypo 2026', 'py')),
      gnBare: iso(parseFeedDate('27 Jasypatei 2026', null)),
      gdAlone: iso(parseFeedDate('27mh dhen', 'gb')),
    }).toEqual({
      gdLong: '2026-11-27T00:00:00.000Z',
      gdFull: '2026-11-27T10:05:00.000Z',
      gdLenited: '2026-01-01T00:00:00.000Z',
      gdSummer: '2026-07-26T23:00:00.000Z',
      gdShort: '2026-11-27T00:00:00.000Z',
      gn: '2026-11-27T03:00:00.000Z',
      gnJune: '2026-06-27T13:05:00.000Z',
      gnMay: '2026-05-27T03:00:00.000Z',
      gnBare: '2026-11-27T00:00:00.000Z',
      gdAlone: null,
    });
  });
});

describe('the fifty-first round: forms not read before', () => {
  it('CLDR’s months of Kurmanji, Kabyle, Tamazight (Latin and Tifinagh), Bambara, Zarma and Uyghur', () => {
    expect({
      kuEzafe: iso(parseFeedDate('27ê mijdara 2026an', null)),
      kuShort: iso(parseFeedDate('27 mjd, 2026', null)),
      kab: iso(parseFeedDate('27 Nunembeṛ 2026', languageRegion('kab'))),
      tzm: iso(parseFeedDate('27 Nwanbir 2026', languageRegion('tzm'))),
      zgh: iso(parseFeedDate('27 ⵏⵓⵡⴰⵏⴱⵉⵔ 2026', 'ma')),
      zghShort: iso(parseFeedDate('27 ⵏⵓⵡ, 2026', null)),
      bm: iso(parseFeedDate('27 nowanburu 2026', languageRegion('bm'))),
      dje: iso(parseFeedDate('27 Noowanbur 2026', languageRegion('dje'))),
      ug: iso(parseFeedDate('27-نويابىر، 2026', null)),
      kuNotDate: iso(parseFeedDate('27ê mijdara', null)),
    }).toEqual({
      kuEzafe: '2026-11-27T00:00:00.000Z',
      kuShort: '2026-11-27T00:00:00.000Z',
      kab: '2026-11-26T23:00:00.000Z',
      tzm: '2026-11-26T23:00:00.000Z',
      zgh: '2026-11-26T23:00:00.000Z',
      zghShort: '2026-11-27T00:00:00.000Z',
      bm: '2026-11-27T00:00:00.000Z',
      dje: '2026-11-26T23:00:00.000Z',
      ug: '2026-11-27T00:00:00.000Z',
      kuNotDate: null,
    });
  });

  it('months cut short as CLDR writes them: Kinyarwanda, Shona, Sesotho, Setswana, Tongan, Hawaiian and Wolof', () => {
    expect({
      rw: iso(parseFeedDate('2026 Ugu. 27', 'rw')),
      sn: iso(parseFeedDate('2026 Mbu 27', 'zw')),
      st: iso(parseFeedDate('2026 Pun 27', 'ls')),
      tn: iso(parseFeedDate('2026 Ngw 27', 'bw')),
      to: iso(parseFeedDate('27 Nōv 2026', null)),
      toOkina: iso(parseFeedDate('27 ʻOka 2026', null)),
      haw: iso(parseFeedDate('27 Now. 2026', null)),
      wo: iso(parseFeedDate('27 Now, 2026', 'sn')),
      toSunday: iso(parseFeedDate('27 Sun 2026', null)),
    }).toEqual({
      rw: '2026-11-26T22:00:00.000Z',
      sn: '2026-11-26T22:00:00.000Z',
      st: '2026-11-26T22:00:00.000Z',
      tn: '2026-11-26T22:00:00.000Z',
      to: '2026-11-27T00:00:00.000Z',
      toOkina: '2026-10-27T00:00:00.000Z',
      haw: '2026-11-27T00:00:00.000Z',
      wo: '2026-11-27T00:00:00.000Z',
      toSunday: null,
    });
  });

  it('calendar and era forms: the Common Era’s year in Dzongkha and Tibetan, Pashto’s and Dari’s solar year first', () => {
    expect({
      dz: iso(parseFeedDate('སྤྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༢༧', languageRegion('dz'))),
      dzWords: iso(parseFeedDate('གཟའ་སྤེན་པ་, སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༧', 'bt')),
      bo: iso(parseFeedDate('སྤྱི་ལོ་2026 ཟླ་བ་བཅུ་གཅིག་པའི་ཚེས་27', null)),
      psAp: iso(parseFeedDate('AP ۱۴۰۵ لیندۍ ۶', null)),
      faAfFull: iso(parseFeedDate('۱۴۰۵ قوس ۶, جمعه', 'af')),
      psSpelling: iso(parseFeedDate('6 چنگاښ 1405', null)),
      yearNotMonth: iso(parseFeedDate('1405 Main Street 6', null)),
    }).toEqual({
      dz: '2026-11-26T18:00:00.000Z',
      dzWords: '2026-11-26T18:00:00.000Z',
      bo: '2026-11-27T00:00:00.000Z',
      psAp: '2026-11-26T19:30:00.000Z',
      faAfFull: '2026-11-26T19:30:00.000Z',
      psSpelling: '2026-06-26T19:30:00.000Z',
      yearNotMonth: null,
    });
  });

  it('CLDR’s full dates, a weekday of two words before them or one after: Welsh, Albanian, Maltese, Irish, Latvian, Mongolian, Nepali', () => {
    expect({
      cy: iso(parseFeedDate('Dydd Gwener, 27 Tachwedd 2026 10:05', null)),
      sq: iso(parseFeedDate('e premte, 27 nëntor 2026', null)),
      mt: iso(parseFeedDate('Il-Ġimgħa, 27 ta’ Novembru 2026', null)),
      ga: iso(parseFeedDate('Dé hAoine 27 Samhain 2026', 'ie')),
      lv: iso(parseFeedDate('piektdiena, 2026. gada 27. novembris', null)),
      mn: iso(parseFeedDate('2026 оны арван нэгдүгээр сарын 27, баасан гараг', null)),
      ne: iso(parseFeedDate('२०२६ नोभेम्बर २७, शुक्रबार', 'np')),
      weekdayAlone: iso(parseFeedDate('Dydd Gwener', null)),
    }).toEqual({
      cy: '2026-11-27T10:05:00.000Z',
      sq: '2026-11-27T00:00:00.000Z',
      mt: '2026-11-27T00:00:00.000Z',
      ga: '2026-11-27T00:00:00.000Z',
      lv: '2026-11-27T00:00:00.000Z',
      mn: '2026-11-27T00:00:00.000Z',
      ne: '2026-11-26T18:15:00.000Z',
      weekdayAlone: null,
    });
  });

  it('relative forms: Zulu, Hausa, Pashto, Uyghur, Gaelic, Irish, Kurmanji, Tajik, Oromo, Wolof, Maltese, Burmese; singulars', () => {
    expect({
      zuOne: ago('1 ihora eledlule'),
      zu: ago('emahoreni angu-2 edlule'),
      zuMinutes: ago('5 amaminithi edlule'),
      ha: ago('awanni 2 da suka gabata'),
      haSeconds: ago('daƙiƙa 5 da suka gabata'),
      ps: ago('۲ ساعتونه مخکې'),
      ug: ago('2 سائەت ئىلگىرى'),
      gd: ago('2 uair a thìde air ais'),
      gdSeconds: ago('5 diogan air ais'),
      ga: ago('5 nóiméad ó shin'),
      ku: ago('berî 2 saetan'),
      kuMinutes: ago('berî 5 deqîqeyan'),
      tg: ago('2 соат пеш'),
      om: ago('sa’aatiiwwan 2 darban'),
      wo: ago('2 waxtu ci ginaaw'),
      mt: ago('5 minuti ilu'),
      mtDual: ago('sagħtejn ilu'),
      mtOne: ago('siegħa ilu'),
      my: ago('ပြီးခဲ့သည့် ၂ နာရီ'),
      so: ago('1 saacad kahor'),
      is: ago('fyrir 1 klukkustund'),
      kn: ago('1 ಗಂಟೆ ಹಿಂದೆ'),
      guDays: ago('guyyoota 2 darban'),
      haNoNumber: ago('awanni da suka gabata'),
    }).toEqual({
      zuOne: before(60),
      zu: before(120),
      zuMinutes: before(5),
      ha: before(120),
      haSeconds: new Date(FETCHED - 5000).toISOString(),
      ps: before(120),
      ug: before(120),
      gd: before(120),
      gdSeconds: new Date(FETCHED - 5000).toISOString(),
      ga: before(5),
      ku: before(120),
      kuMinutes: before(5),
      tg: before(120),
      om: before(120),
      wo: before(120),
      mt: before(5),
      mtDual: before(120),
      mtOne: before(60),
      my: before(120),
      so: before(60),
      is: before(60),
      kn: before(60),
      guDays: days(2),
      haNoNumber: null,
    });
  });
});
