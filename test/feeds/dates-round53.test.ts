import { describe, expect, it } from 'vitest';
import { parseFeedDate, regionNumericOrder } from '../../src/feeds/dates.js';
import { printedForms as printed, zoneWall as wall } from '../helpers/dated-feeds.js';

/**
 * The fifty-third round's dates (README), read by the pure function. Every form of another calendar or of CLDR is printed here
 * by Node's Intl (ICU's CLDR 48) from an instant, and that instant is what the reader must give back: no hand-made expectation.
 */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const read = (dates: Record<string, string>, region: string | null = null) => Object.fromEntries(Object.entries(dates).map(([key, raw]) => [key, iso(parseFeedDate(raw, region))]));

/** The forms read other than as they were printed (none, for a language read right), a numeric one in the order its country writes. */
const misread = (forms: { text: string; want: string }[], region: string | null) =>
  forms.filter(({ text, want }) => iso(parseFeedDate(text, region, regionNumericOrder(region))) !== want).map(({ text }) => text);

describe('the fifty-second round’s leftovers', () => {
  it.each(['as', 'sd', 'sa', 'mai', 'mni', 'doi', 'brx', 'kok', 'ks', 'sat'])('CLDR 48’s dates and date-times in %s, every one read right', (locale) => {
    const forms = printed(locale, 'Asia/Kolkata');
    expect(forms).toHaveLength(108);
    expect(misread(forms, 'in')).toEqual([]);
  });

  it('their halves of the day, the words around the time, Sanskrit’s months and the weekdays after a date', () => {
    expect(
      read({
        assamese: '২৭ নৱেম্বৰ, ২০২৬ at অপৰাহ্ন ৯.৪০',
        assameseMay: '৬ মে’, ২০২৬',
        sindhi: '٢٠٢٦ نومبر ٢٧ ٩:٤٠ شام',
        sanskrit: 'शुक्रवासरः, २७ नवंबरमासः २०२६ तदा ९:४० PM',
        sanskritShort: '२७ नवंबर: २०२६',
        maithili: 'शुक्र दिन, 27 नवंबर 2026 के 9:40 सांझ',
        manipuri: 'নভেম্বর ২৭, ২০২৬, ইরাই গী ৯:৪০ PM দা',
        dogri: '27, नवंबर 2026 गी 9:40 स’ञ',
        bodo: '27 नवेम्बर 2026, सुखुरबार नि बेलासे नि 9:40 याव',
        bodoMorning: '27 नवे, 2026, फुं नि 10:05',
        konkani: 'शुक्रार 27 नोव्हेंबर 2026 9:40 PM वरांचेर',
        kashmiri: '۹:۴۰ PM پٮ۪ٹھؠ جُمہ, نومبر ۲۷, ۲۰۲۶',
      }, 'in'),
    ).toEqual({
      assamese: '2026-11-27T16:10:00.000Z',
      assameseMay: '2026-05-05T18:30:00.000Z',
      sindhi: '2026-11-27T16:10:00.000Z',
      sanskrit: '2026-11-27T16:10:00.000Z',
      sanskritShort: '2026-11-26T18:30:00.000Z',
      maithili: '2026-11-27T16:10:00.000Z',
      manipuri: '2026-11-27T16:10:00.000Z',
      dogri: '2026-11-27T16:10:00.000Z',
      bodo: '2026-11-27T16:10:00.000Z',
      bodoMorning: '2026-11-27T04:35:00.000Z',
      konkani: '2026-11-27T16:10:00.000Z',
      kashmiri: '2026-11-27T16:10:00.000Z',
    });
  });

  it('a four-digit time beside a zone’s name, before the date or after its year, without "hrs"', () => {
    expect(
      read({
        before: '1005 IST 27 Nov 2026',
        beforeComma: '1005 IST, 27 Nov 2026',
        after: 'Nov 27, 2026 1005 IST',
        gmtGlued: '0306GMT 27 Nov 2026',
        noZone: '1005 ABC 27 Nov 2026',
      }, 'in'),
    ).toEqual({
      before: '2026-11-27T04:35:00.000Z',
      beforeComma: '2026-11-27T04:35:00.000Z',
      after: '2026-11-27T04:35:00.000Z',
      gmtGlued: '2026-11-27T03:06:00.000Z',
      noZone: null,
    });
  });

  it('"05/06/2026" with no country and nothing to order it: month first, as a server with no locale prints it (held)', () => {
    // C's %x and %D in the POSIX locale and Node's default en-US print month first with slashes; dashes stay day first.
    expect(read({ slashes: '05/06/2026', dashes: '05-06-2026' })).toEqual({ slashes: '2026-05-06T00:00:00.000Z', dashes: '2026-06-05T00:00:00.000Z' });
    expect(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(Date.UTC(2026, 4, 6))).toBe('5/6/2026');
  });
});

describe('other calendars as their countries and CLDR print them', () => {
  it.each([
    ['fa-IR-u-ca-persian', 'Asia/Tehran', 'ir'],
    ['fa-AF-u-ca-persian', 'Asia/Kabul', 'af'],
    ['ps-AF-u-ca-persian', 'Asia/Kabul', 'af'],
    ['th-TH', 'Asia/Bangkok', 'th'],
    ['ja-JP-u-ca-japanese', 'Asia/Tokyo', 'jp'],
    ['zh-TW-u-ca-roc', 'Asia/Taipei', 'tw'],
    ['en-u-ca-ethiopic', 'Africa/Addis_Ababa', 'et'],
    ['en-u-ca-islamic-umalqura', 'Asia/Riyadh', 'sa'],
    // Urdu's Hijri dates, a comma after the month and ہجری after the year ("17 جمادی الثانی، 1448 ہجری").
    ['ur-PK-u-ca-islamic-umalqura', 'Asia/Karachi', 'pk'],
    // Arabic's Gregorian date-times, "في" (at) before the time ("٢٧ نوفمبر ٢٠٢٦ في ٩:٤٠ م"; no date before).
    ['ar-SA', 'Asia/Riyadh', 'sa'],
    ['ar-EG', 'Africa/Cairo', 'eg'],
    ['ar-AE', 'Asia/Dubai', 'ae'],
    ['ar-MA', 'Africa/Casablanca', 'ma'],
    ['ar-LB', 'Asia/Beirut', 'lb'],
  ])('%s: every date and date-time Intl prints on %s’s clock, read as the Gregorian instant', (locale, zone, region) => {
    expect(misread(printed(locale, zone), region)).toEqual([]);
  });

  it('Solar Hijri, Buddhist-era, Japanese-era and Minguo years without the feed’s country', () => {
    const at = wall('Asia/Tehran', 2026, 11, 27);
    expect(parseFeedDate(new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long', timeZone: 'Asia/Tehran' }).format(at))).toBe(at);
    const tokyo = wall('Asia/Tokyo', 2026, 11, 27, 10, 5);
    expect(parseFeedDate(new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(tokyo))).toBe(tokyo);
    const taipei = wall('Asia/Taipei', 2026, 11, 27, 21, 40);
    expect(parseFeedDate(new Intl.DateTimeFormat('zh-TW-u-ca-roc', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Taipei' }).format(taipei))).toBe(taipei);
    expect(read({ thai: '27 พฤศจิกายน 2569' }, 'th')).toEqual({ thai: iso(wall('Asia/Bangkok', 2026, 11, 27)) });
  });

  it('Ethiopia’s calendar in Latin letters with its era’s mark: CLDR’s "AM" and English copy’s "E.C."', () => {
    const addis = wall('Africa/Addis_Ababa', 2026, 11, 27);
    const cldr = new Intl.DateTimeFormat('en-u-ca-ethiopic', { dateStyle: 'long', timeZone: 'Africa/Addis_Ababa' }).format(addis);
    expect(cldr).toMatch(/ 2019 AM$/);
    const ec = cldr.replace(/Hedar/, 'Hidar').replace(/ AM$/, ' E.C.');
    const pagume = wall('Africa/Addis_Ababa', 2023, 9, 11);
    expect({
      cldr: iso(parseFeedDate(cldr)),
      ec: iso(parseFeedDate(ec)),
      dayFirst: iso(parseFeedDate(ec.replace(/^(\p{L}+) (\d+),/u, '$2 $1'))),
      pagume: iso(parseFeedDate(new Intl.DateTimeFormat('en-u-ca-ethiopic', { dateStyle: 'long', timeZone: 'Africa/Addis_Ababa' }).format(pagume))),
      noSuchDay: iso(parseFeedDate('Hedar 31, 2019 E.C.')),
      noMark: iso(parseFeedDate('Hedar 18, 2019')),
    }).toEqual({ cldr: iso(addis), ec: iso(addis), dayFirst: iso(addis), pagume: iso(pagume), noSuchDay: null, noMark: null });
  });

  it('a Hijri date in Latin letters beside the Gregorian one: the Gregorian is read, whichever comes first', () => {
    const riyadh = wall('Asia/Riyadh', 2026, 11, 27);
    const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: 'Asia/Riyadh' }).format(riyadh);
    expect(hijri).toMatch(/^Jumada II \d+, 1448 AH$/);
    const day = /(\d+),/.exec(hijri)![1]!;
    expect(
      read({
        after: `27 November 2026 / ${day} Jumada II 1448`,
        before: `Friday, ${day} Jumada al-Akhirah 1448 AH / 27 November 2026`,
        cldr: `${hijri} | November 27, 2026`,
        // A day's difference by sighting (16 where Umm al-Qura counts 17) leaves the Gregorian half as it is.
        sighted: '27 November 2026 / 16 Jumada II 1448',
        rabi: `${new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 8, 27))} - 27 September 2026`,
        noMonth: '16 Foo Bar 1448 / 27 November 2026',
      }, 'sa'),
    ).toEqual({
      after: iso(riyadh),
      before: iso(riyadh),
      cldr: iso(riyadh),
      sighted: iso(riyadh),
      rabi: iso(wall('Asia/Riyadh', 2026, 9, 27)),
      noMonth: null,
    });
  });
});
