import { describe, expect, it } from 'vitest';
import { agoFrom, datesPoller, fetchTime, zoneDay } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';

/**
 * The forty-third round of unseen feeds as README counts them (the thirty-seventh sweep; the file is numbered after
 * unseen43, the forty-second round's): relative dates in Swedish, Czech, Danish, Norwegian, Romanian, Hungarian, Greek and
 * Ukrainian, Slovak months and Peru's "setiembre" in a feed's own date, and the Hebrew calendar in an Israeli feed, each
 * feed served from a real local server, added and polled through POST /api/admin/feeds/poll, its stories read back from
 * GET /api/stories?feed=.
 */
/** The poll's fetch time, fixed: a day word read on the feed's clock cannot meet a midnight between the test's reckoning and the poll. */
const FETCHED = Date.parse('2026-11-28T04:30:00Z');
const sweep = apiSweep('feeds-unseen44-api', { now: () => FETCHED });
const pollDates = datesPoller(sweep);

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The zone's day `back` days before `at`, at `minutes` past its midnight, as the API writes it. */
const zoneDayIso = (zone: string, at: number, back: number, minutes = 0) => new Date(zoneDay(zone, at, back, minutes)).toISOString();

/** A feed's site and its country's clock, by language, for the sweeps of one day word each. */
const DAY_FEEDS = {
  sv: ['https://www.tidning.example.se', 'Europe/Stockholm'],
  cs: ['https://www.noviny.example.cz', 'Europe/Prague'],
  da: ['https://www.avis.example.dk', 'Europe/Copenhagen'],
  ro: ['https://www.ziar.example.ro', 'Europe/Bucharest'],
  hu: ['https://www.ujsag.example.hu', 'Europe/Budapest'],
  el: ['https://www.efimerida.example.gr', 'Europe/Athens'],
  uk: ['https://www.gazeta.example.com.ua', 'Europe/Kyiv'],
} as const;
type DayLanguage = keyof typeof DAY_FEEDS;

/** Each language's word polled in a feed of its own (its links under `name`); what each read, and the midnight `back` days before the poll. */
async function dayWords(name: string, words: Record<DayLanguage, string>, back: Record<DayLanguage, number>) {
  const before = FETCHED;
  const read: Record<string, string | undefined> = {};
  const want: Record<string, string> = {};
  for (const [language, word] of Object.entries(words) as [DayLanguage, string][]) {
    const [site, zone] = DAY_FEEDS[language];
    read[language] = (await pollDates(`/unseen44/${name}-${language}.xml`, `${site}/${name}`, { d: word }, language)).d;
    want[language] = zoneDayIso(zone, before, back[language]);
  }
  return { read, want };
}

const allTrue = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, true]));
const AT_1005 = 10 * 60 + 5;

describe('relative dates in Swedish, Czech, Danish, Norwegian, Romanian, Hungarian, Greek and Ukrainian', () => {
  it('hours and minutes ago ("för 2 timmar sedan", "před hodinou", "for 2 timer siden", "acum o oră", "2 órája", "πριν από 2 ώρες", "годину тому") are that long before the fetch', async () => {
    const before = FETCHED;
    const read = {
      ...(await pollDates('/unseen44/sv.xml', 'https://www.nyheter.example.se', { sv: 'för 2 timmar sedan', svEn: 'för en timme sedan', svMin: 'för 5 minuter sedan' }, 'sv')),
      ...(await pollDates('/unseen44/cs.xml', 'https://www.zpravy.example.cz', { cs: 'před 2 hodinami', csOne: 'před hodinou', csMin: 'před 5 minutami' }, 'cs')),
      ...(await pollDates('/unseen44/da.xml', 'https://www.nyheder.example.dk', { da: 'for 2 timer siden', daMin: 'for 5 minutter siden' }, 'da')),
      ...(await pollDates('/unseen44/no.xml', 'https://www.nyheter.example.no', { no: 'for 3 timer siden', noOne: 'for en time siden' }, 'no')),
      ...(await pollDates('/unseen44/ro.xml', 'https://www.stiri.example.ro', { ro: 'acum 2 ore', roOne: 'acum o oră', roDe: 'acum 20 de minute' }, 'ro')),
      ...(await pollDates('/unseen44/hu.xml', 'https://www.hirek.example.hu', { hu: '2 órája', huMin: '5 perce', huEzelott: '3 órával ezelőtt' }, 'hu')),
      ...(await pollDates('/unseen44/el.xml', 'https://www.eidiseis.example.gr', { el: 'πριν από 2 ώρες', elShort: 'πριν 5 λεπτά', elOne: 'πριν από μία ώρα' }, 'el')),
      ...(await pollDates('/unseen44/uk.xml', 'https://www.novyny.example.com.ua', { uk: '2 години тому', ukOne: 'годину тому', ukHv: '5 хв. тому' }, 'uk')),
    };
    const after = FETCHED;
    const back: Record<string, number> = {
      sv: 2 * HOUR, svEn: HOUR, svMin: 5 * MINUTE, cs: 2 * HOUR, csOne: HOUR, csMin: 5 * MINUTE, da: 2 * HOUR, daMin: 5 * MINUTE, no: 3 * HOUR, noOne: HOUR,
      ro: 2 * HOUR, roOne: HOUR, roDe: 20 * MINUTE, hu: 2 * HOUR, huMin: 5 * MINUTE, huEzelott: 3 * HOUR, el: 2 * HOUR, elShort: 5 * MINUTE, elOne: HOUR,
      uk: 2 * HOUR, ukOne: HOUR, ukHv: 5 * MINUTE,
    };
    expect(Object.fromEntries(Object.entries(back).map(([k, ms]) => [k, agoFrom(read[k], ms, before, after)]))).toEqual(allTrue(Object.keys(back)));
  });

  it('yesterday with a time ("igår kl. 10:05", "včera v 10:05", "i går kl. 10:05", "ieri la 10:05", "tegnap 10:05", "χθες στις 10:05", "вчора о 10:05") is that time on the country’s clock; alone, its midnight', async () => {
    const before = FETCHED;
    const sv = await pollDates('/unseen44/sv-igar.xml', 'https://www.lokal.example.se', { at: 'igår kl. 10:05', alone: 'igår' }, 'sv');
    const cs = await pollDates('/unseen44/cs-vcera.xml', 'https://www.denik.example.cz', { at: 'včera v 10:05', alone: 'včera' }, 'cs');
    const no = await pollDates('/unseen44/no-igar.xml', 'https://www.avis.example.no', { at: 'i går kl. 10:05', alone: 'i går' }, 'no');
    const ro = await pollDates('/unseen44/ro-ieri.xml', 'https://www.jurnal.example.ro', { at: 'ieri la 10:05' }, 'ro');
    const hu = await pollDates('/unseen44/hu-tegnap.xml', 'https://www.lap.example.hu', { at: 'tegnap 10:05', alone: 'tegnap' }, 'hu');
    const el = await pollDates('/unseen44/el-chthes.xml', 'https://www.nea.example.gr', { at: 'χθες στις 10:05', alone: 'χθες' }, 'el');
    const uk = await pollDates('/unseen44/uk-vchora.xml', 'https://www.visti.example.com.ua', { at: 'вчора о 10:05', alone: 'вчора' }, 'uk');
    expect({ sv, cs, no, ro, hu, el, uk }).toEqual({
      sv: { at: zoneDayIso('Europe/Stockholm', before, 1, AT_1005), alone: zoneDayIso('Europe/Stockholm', before, 1) },
      cs: { at: zoneDayIso('Europe/Prague', before, 1, AT_1005), alone: zoneDayIso('Europe/Prague', before, 1) },
      no: { at: zoneDayIso('Europe/Oslo', before, 1, AT_1005), alone: zoneDayIso('Europe/Oslo', before, 1) },
      ro: { at: zoneDayIso('Europe/Bucharest', before, 1, AT_1005) },
      hu: { at: zoneDayIso('Europe/Budapest', before, 1, AT_1005), alone: zoneDayIso('Europe/Budapest', before, 1) },
      el: { at: zoneDayIso('Europe/Athens', before, 1, AT_1005), alone: zoneDayIso('Europe/Athens', before, 1) },
      uk: { at: zoneDayIso('Europe/Kyiv', before, 1, AT_1005), alone: zoneDayIso('Europe/Kyiv', before, 1) },
    });
  });

  it.each([
    [
      'days ago ("för 3 dagar sedan", "před 2 dny", "for 2 dage siden", "acum 2 zile", "2 napja", "πριν από 2 ημέρες", "2 дні тому") are that day’s midnight on the country’s clock',
      'days',
      { sv: 'för 3 dagar sedan', cs: 'před 2 dny', da: 'for 2 dage siden', ro: 'acum 2 zile', hu: '2 napja', el: 'πριν από 2 ημέρες', uk: '2 дні тому' },
      { sv: 3, cs: 2, da: 2, ro: 2, hu: 2, el: 2, uk: 2 },
    ],
    [
      'the day before yesterday ("i förrgår", "předevčírem", "i forgårs", "alaltăieri", "tegnapelőtt", "προχθές", "позавчора") is two days back at midnight',
      'before-yesterday',
      { sv: 'i förrgår', cs: 'předevčírem', da: 'i forgårs', ro: 'alaltăieri', hu: 'tegnapelőtt', el: 'προχθές', uk: 'позавчора' },
      { sv: 2, cs: 2, da: 2, ro: 2, hu: 2, el: 2, uk: 2 },
    ],
  ] as const)('%s', async (_title, name, words, back) => {
    const { read, want } = await dayWords(name, words, back);
    expect(read).toEqual(want);
  });

  it('today’s time later than the fetch is the fetch time, never the future; "ma" alone and "före 2 timmar" (no form) are no date', async () => {
    const before = FETCHED;
    const cs = await pollDates('/unseen44/cs-dnes.xml', 'https://www.ceskenovinky.example.cz', { dnes: 'dnes v 23:59' }, 'cs');
    const hu = await pollDates('/unseen44/hu-ma.xml', 'https://www.friss.example.hu', { ma: 'ma', maAt: 'ma 00:00' }, 'hu');
    const sv = await pollDates('/unseen44/sv-fore.xml', 'https://www.dagbladet.example.se', { fore: 'före 2 timmar' }, 'sv');
    const after = FETCHED;
    expect({
      dnesNotAhead: Date.parse(cs.dnes!) <= after,
      dnesToday: Date.parse(cs.dnes!) >= Date.parse(zoneDayIso('Europe/Prague', before, 0)),
      ma: fetchTime(hu.ma, before),
      maAt: hu.maAt,
      fore: fetchTime(sv.fore, before),
    }).toEqual({ dnesNotAhead: true, dnesToday: true, ma: true, maAt: zoneDayIso('Europe/Budapest', before, 0), fore: true });
  });
});

describe('Slovak months and Peru’s "setiembre" in a feed’s own date', () => {
  it('"27. novembra 2026", "5. mája 2026 10:05", "5. októbra 2026" in a Slovak feed, "27 de setiembre de 2026" in a Peruvian one, on the country’s clock', async () => {
    const sk = await pollDates('/unseen44/sk.xml', 'https://www.noviny.example.sk', { nov: '27. novembra 2026', maj: '5. mája 2026 10:05', jun: '5. júna 2026', jul: '5. júla 2026', okt: '5. októbra 2026' }, 'sk');
    const pe = await pollDates('/unseen44/pe.xml', 'https://www.andina.example.com.pe', { set: '27 de setiembre de 2026', setAt: '27 de setiembre de 2026 10:05' }, 'es-PE');
    expect({ ...sk, ...pe }).toEqual({
      nov: '2026-11-26T23:00:00.000Z',
      maj: '2026-05-05T08:05:00.000Z',
      jun: '2026-06-04T22:00:00.000Z',
      jul: '2026-07-04T22:00:00.000Z',
      okt: '2026-10-04T22:00:00.000Z',
      set: '2026-09-27T05:00:00.000Z',
      setAt: '2026-09-27T15:05:00.000Z',
    });
  });

  it('Ukrainian months cut short ("27 лист. 2026", "5 жовт. 2026", "5 берез. 2026") are read on Kyiv’s clock', async () => {
    const uk = await pollDates('/unseen44/uk-short.xml', 'https://www.ukrinform.example.ua', { lyst: '27 лист. 2026', zhovt: '5 жовт. 2026 10:05', berez: '5 берез. 2026' }, 'uk');
    expect(uk).toEqual({ lyst: '2026-11-26T22:00:00.000Z', zhovt: '2026-10-05T07:05:00.000Z', berez: '2026-03-04T22:00:00.000Z' });
  });
});

describe('the Hebrew calendar in an Israeli feed', () => {
  it('"ט״ז בכסלו תשפ״ז" (16 Kislev 5787) is 26 November 2026 on Israel’s clock, with its time; both Adars of a leap year (5784) and a common year’s one; a day the month lacks is no date', async () => {
    const before = FETCHED;
    const il = await pollDates('/unseen44/il.xml', 'https://www.news.example.co.il', {
      kislev: 'ט״ז בכסלו תשפ״ז',
      quotes: 'ט"ז בכסלו ה\'תשפ"ז',
      at: 'יום חמישי, ט״ז בכסלו תשפ״ז 10:05',
      digits: '16 בכסלו 5787',
      adar1: 'א׳ באדר א׳ תשפ״ד',
      adar2: 'א׳ באדר ב׳ תשפ״ד',
      adar: 'א׳ באדר תשפ״ו',
      tishri: 'א׳ בתשרי תשפ״ז',
      tevet30: 'ל׳ בטבת תשפ״ז',
    }, 'he');
    expect({ ...il, tevet30: fetchTime(il.tevet30, before) }).toEqual({
      kislev: '2026-11-25T22:00:00.000Z',
      quotes: '2026-11-25T22:00:00.000Z',
      at: '2026-11-26T08:05:00.000Z',
      digits: '2026-11-25T22:00:00.000Z',
      adar1: '2024-02-09T22:00:00.000Z',
      adar2: '2024-03-10T22:00:00.000Z',
      adar: '2026-02-17T22:00:00.000Z',
      tishri: '2026-09-11T21:00:00.000Z',
      tevet30: true,
    });
  });
});
