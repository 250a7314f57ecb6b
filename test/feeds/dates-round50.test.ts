import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import { relativeDate } from '../../src/feeds/relative-dates.js';

/** The fiftieth round's dates (README), read by the pure functions at a fixed fetch time. */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
/** Fetched at 10:00 in India on Saturday 28 November 2026. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const ago = (raw: string, region: string | null = null) => iso(relativeDate(raw, FETCHED, region));
const before = (minutes: number) => new Date(FETCHED - minutes * 60_000).toISOString();

describe('the forty-ninth round’s leftovers', () => {
  it('two offsets after a time: the first, written with the time', () => {
    expect({
      rfc822: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 +0530 +0000', null)),
      iso: iso(parseFeedDate('2026-11-27T10:05:00+05:30 +00:00', null)),
      west: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 -0300 +0000', null)),
      one: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 +0530', null)),
    }).toEqual({
      rfc822: '2026-11-27T04:35:00.000Z',
      iso: '2026-11-27T04:35:00.000Z',
      west: '2026-11-27T13:05:00.000Z',
      one: '2026-11-27T04:35:00.000Z',
    });
  });

  it('Paraguay’s PYT and PYST on Asunción’s offset of the day; WAST, SST and ACT by the feed’s country, else none', () => {
    expect({
      pyt: iso(parseFeedDate('27 Nov 2026 10:05 PYT', null)),
      pytWinter2026: iso(parseFeedDate('27 Jul 2026 10:05 PYT', 'py')),
      pytWinter2024: iso(parseFeedDate('27 Jul 2024 10:05 PYT', 'py')),
      pyst: iso(parseFeedDate('27 Jan 2024 10:05 PYST', null)),
      wastAu: iso(parseFeedDate('27 Nov 2008 10:05 WAST', 'au')),
      wastNa: iso(parseFeedDate('27 Nov 2016 10:05 WAST', 'na')),
      wastElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 WAST', null)),
      sstAs: iso(parseFeedDate('27 Nov 2026 10:05 SST', 'as')),
      sstSg: iso(parseFeedDate('27 Nov 2026 10:05 SST', 'sg')),
      sstElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 SST', null)),
      actBr: iso(parseFeedDate('27/11/2026 10:05 ACT', 'br')),
      actAu: iso(parseFeedDate('27 Nov 2026 10:05 ACT', 'au')),
      actElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 ACT', null)),
    }).toEqual({
      pyt: '2026-11-27T13:05:00.000Z',
      pytWinter2026: '2026-07-27T13:05:00.000Z',
      pytWinter2024: '2024-07-27T14:05:00.000Z',
      pyst: '2024-01-27T13:05:00.000Z',
      wastAu: '2008-11-27T01:05:00.000Z',
      wastNa: '2016-11-27T08:05:00.000Z',
      wastElsewhere: null,
      sstAs: '2026-11-27T21:05:00.000Z',
      sstSg: '2026-11-27T02:05:00.000Z',
      sstElsewhere: null,
      actBr: '2026-11-27T15:05:00.000Z',
      actAu: null,
      actElsewhere: null,
    });
  });

  it('"Eastern", "Central", "Western" in an Australian feed are Australia’s clocks; Canada’s Atlantic and Newfoundland', () => {
    expect({
      auEastern: iso(parseFeedDate('27 Nov 2026 10:05 AM Eastern', 'au')),
      auCentral: iso(parseFeedDate('27 Nov 2026 10:05 AM Central', 'au')),
      auWestern: iso(parseFeedDate('27 Nov 2026 10:05 AM Western', 'au')),
      auPacific: iso(parseFeedDate('27 Nov 2026 10:05 AM Pacific', 'au')),
      usEastern: iso(parseFeedDate('27 Nov 2026 10:05 AM Eastern', null)),
      caEastern: iso(parseFeedDate('27 Nov 2026 10:05 AM Eastern', 'ca')),
      caPacific: iso(parseFeedDate('27 Jul 2026 10:05 AM Pacific', 'ca')),
      caAtlantic: iso(parseFeedDate('27 Nov 2026 10:05 AM Atlantic', 'ca')),
      caNewfoundland: iso(parseFeedDate('27 Nov 2026 10:05 AM Newfoundland', 'ca')),
      westernElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 AM Western', null)),
      atlanticElsewhere: iso(parseFeedDate('27 Nov 2026 10:05 AM Atlantic', null)),
    }).toEqual({
      auEastern: '2026-11-26T23:05:00.000Z',
      auCentral: '2026-11-26T23:35:00.000Z',
      auWestern: '2026-11-27T02:05:00.000Z',
      auPacific: null,
      usEastern: '2026-11-27T15:05:00.000Z',
      caEastern: '2026-11-27T15:05:00.000Z',
      caPacific: '2026-07-27T17:05:00.000Z',
      caAtlantic: '2026-11-27T14:05:00.000Z',
      caNewfoundland: '2026-11-27T13:35:00.000Z',
      westernElsewhere: null,
      atlanticElsewhere: null,
    });
  });

  // Four digits after a time that are no offset ("10:05:00 0517", read as UTC here) are no date since the fifty-first round
  // (dates-round51.test.ts).
  it('left as they were: "just now"', () => {
    expect({ justNow: ago('just now') }).toEqual({ justNow: null });
  });
});

describe('the fiftieth round: forms not read before', () => {
  it('zone names: FET, HAST, HADT, TKT, WFT, EIT, SRET, ANAT', () => {
    expect({
      fet: iso(parseFeedDate('27 Nov 2013 10:05 FET', null)),
      hast: iso(parseFeedDate('Fri, 27 Nov 2026 10:05:00 HAST', null)),
      hadt: iso(parseFeedDate('27 Jul 2026 10:05 HADT', null)),
      tkt: iso(parseFeedDate('27 Nov 2026 10:05 TKT', null)),
      wft: iso(parseFeedDate('27 Nov 2026 10:05 WFT', null)),
      eit: iso(parseFeedDate('27 Nov 2026 10:05 EIT', null)),
      sret: iso(parseFeedDate('27 Nov 2026 10:05 SRET', null)),
      anat: iso(parseFeedDate('27 Nov 2026 10:05 ANAT', null)),
      notZone: iso(parseFeedDate('27 Nov 2026 10:05 FETA', null)),
    }).toEqual({
      fet: '2013-11-27T07:05:00.000Z',
      hast: '2026-11-27T20:05:00.000Z',
      hadt: '2026-07-27T19:05:00.000Z',
      tkt: '2026-11-26T21:05:00.000Z',
      wft: '2026-11-26T22:05:00.000Z',
      eit: '2026-11-27T01:05:00.000Z',
      sret: '2026-11-26T23:05:00.000Z',
      anat: '2026-11-26T22:05:00.000Z',
      notZone: null,
    });
  });

  it('English prose and shorthand: "the 27th of November", a year after an apostrophe, GNU date’s @seconds', () => {
    expect({
      ordinalOf: iso(parseFeedDate('27th of November 2026', null)),
      theOrdinalOf: iso(parseFeedDate('the 27th of November, 2026 at 10:05', null)),
      firstOf: iso(parseFeedDate('The 1st of December 2026', null)),
      monthDayApostrophe: iso(parseFeedDate("Nov 27 '26", null)),
      dayMonthApostrophe: iso(parseFeedDate("27 Nov '26 10:05", null)),
      curlyApostrophe: iso(parseFeedDate('November 27th, ’26', null)),
      atEpoch: iso(parseFeedDate('@1795768500', null)),
      classOf: iso(parseFeedDate("Class of '26", null)),
      atShort: iso(parseFeedDate('@17957', null)),
      ofAlone: iso(parseFeedDate('27th of', null)),
    }).toEqual({
      ordinalOf: '2026-11-27T00:00:00.000Z',
      theOrdinalOf: '2026-11-27T10:05:00.000Z',
      firstOf: '2026-12-01T00:00:00.000Z',
      monthDayApostrophe: '2026-11-27T00:00:00.000Z',
      dayMonthApostrophe: '2026-11-27T10:05:00.000Z',
      curlyApostrophe: '2026-11-27T00:00:00.000Z',
      atEpoch: '2026-11-27T08:35:00.000Z',
      classOf: null,
      atShort: null,
      ofAlone: null,
    });
  });

  it('months of Kinyarwanda, Shona, Sesotho, Setswana, Oromo, Wolof and Tongan, on their country’s clock', () => {
    expect({
      rw: iso(parseFeedDate('27 Ugushyingo 2026', 'rw')),
      rwSeptember: iso(parseFeedDate('27 Nzeli 2026', 'rw')),
      sn: iso(parseFeedDate('27 Mbudzi 2026', 'zw')),
      st: iso(parseFeedDate('27 Pudungwana 2026', 'ls')),
      tn: iso(parseFeedDate('27 Ngwanatsele 2026', 'bw')),
      om: iso(parseFeedDate('27 Sadaasa 2026', 'et')),
      wo: iso(parseFeedDate('27 Nowàmbar 2026', 'sn')),
      to: iso(parseFeedDate('27 Nōvema 2026 10:05', null)),
      toOkina: iso(parseFeedDate('27 ʻOkatopa 2026', null)),
      woMay: iso(parseFeedDate('27 me 2026', null)),
    }).toEqual({
      rw: '2026-11-26T22:00:00.000Z',
      rwSeptember: '2026-09-26T22:00:00.000Z',
      sn: '2026-11-26T22:00:00.000Z',
      st: '2026-11-26T22:00:00.000Z',
      tn: '2026-11-26T22:00:00.000Z',
      om: '2026-11-26T21:00:00.000Z',
      wo: '2026-11-27T00:00:00.000Z',
      to: '2026-11-27T10:05:00.000Z',
      toOkina: '2026-10-27T00:00:00.000Z',
      woMay: null,
    });
  });

  it('relative forms: Rails’ "about", Brazil’s "atrás", Scandinavian without "för"/"for", Vietnamese "tiếng"', () => {
    expect({
      about: ago('about 2 hours ago'),
      aboutAn: ago('about an hour ago'),
      almost: ago('almost 3 minutes ago'),
      atras: ago('2 horas atrás', 'br'),
      umaAtras: ago('uma hora atrás', 'br'),
      sv: ago('2 timmar sedan', 'se'),
      svOne: ago('en timme sedan', 'se'),
      no: ago('2 timer siden', 'no'),
      vi: ago('2 tiếng trước', 'vn'),
      aboutAlone: ago('about ago'),
      weeks: ago('2 weeks ago'),
    }).toEqual({
      about: before(120),
      aboutAn: before(60),
      almost: before(3),
      atras: before(120),
      umaAtras: before(60),
      sv: before(120),
      svOne: before(60),
      no: before(120),
      vi: before(120),
      aboutAlone: null,
      weeks: null,
    });
  });
});
