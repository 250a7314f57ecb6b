import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * The thirtieth sweep: the twenty-ninth's leftovers in scripts other than Latin's. Arab and Iranian agencies' datelines in their own
 * script, ENA's in Amharic, MTI's Hungarian one, a Cyrillic agency's mark alone under its copy, Agência Brasil's note on a trainee's
 * copy. Each story is written for this test after how the agencies set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const ar = ['قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل.', 'وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة.'];
const fa = ['وزیر امور خارجه گفت مذاکرات هفته آینده ادامه خواهد یافت.', 'وی افزود دو طرف بر تشکیل کمیته مشترک توافق کردند.'];

describe('Arab and Iranian agencies in their own script', () => {
  // Before: each dateline stayed in the copy, no place and no agency read.
  it.each([
    ["the SPA's", 'الرياض 27 نوفمبر (واس) -', 'الرياض', 'SPA', '27 نوفمبر'],
    ["WAM's, 'in' and slashes", 'أبوظبي في 27 نوفمبر / وام /', 'أبوظبي', 'WAM', '27 نوفمبر'],
    ["KUNA's, the month in figures", 'الكويت - 27 - 11 (كونا) --', 'الكويت', 'KUNA', '27 - 11'],
    ["the BNA's", 'المنامة في 27 نوفمبر / بنا /', 'المنامة', 'BNA', '27 نوفمبر'],
    ["Petra's, the Levant's month", 'عمان 27 تشرين الثاني (بترا) -', 'عمان', 'Petra', '27 تشرين الثاني'],
    ["ONA's", 'مسقط 27 نوفمبر (العمانية) -', 'مسقط', 'ONA', '27 نوفمبر'],
  ])('%s dateline', (_what, dateline, place, agency, date) => {
    expect(clean([`${dateline} ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place, agency, date });
  });

  it.each([
    ["SANA's mark run against Damascus", 'دمشق-سانا', ar, 'دمشق', 'SANA'],
    ["IRNA's mark run against Tehran", 'تهران- ایرنا-', fa, 'تهران', 'IRNA'],
  ])('%s', (_what, dateline, copy, place, agency) => {
    expect(clean([`${dateline} ${copy[0]}`, copy[1]!])).toMatchObject({ paragraphs: copy, place, agency });
  });

  it("reads IRNA's credit opening Persian copy", () => {
    expect(clean([`به گزارش ایرنا، ${fa[0]}`, fa[1]!])).toMatchObject({ paragraphs: fa, place: null, agency: 'IRNA' });
  });

  it("still reads QNA's undated dateline, as before", () => {
    expect(clean([`الدوحة (قنا) - ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place: 'الدوحة', agency: 'QNA' });
  });

  // Guards: ordinary sentences stay whole.
  it.each([
    'قال مسؤول إن الاجتماع سيعقد في 27 نوفمبر المقبل في الرياض.',
    'أعلنت الوزارة أن بنا المدرسة الجديدة سيكتمل في 27 نوفمبر.',
    // A place the gazetteer knows after "از" is IRNA's bureau (the thirty-first sweep: see wire-thirty-first-sweep.test.ts); a ministry is not.
    'به گزارش ایرنا از وزارت خارجه، وزیر امور خارجه گفت مذاکرات ادامه خواهد یافت.',
    'دمشق مدينة قديمة، وقال سكانها إن الحياة تعود إلى طبيعتها.',
    'تهران - پایتخت ایران - میزبان نشست بود.',
  ])('keeps "%s" whole', (line) => {
    expect(clean([line, ar[1]!])).toMatchObject({ paragraphs: [line, ar[1]], place: null, agency: null });
  });
});

describe("ENA's Amharic dateline", () => {
  const am = ['የኢትዮጵያ መንግስት ዛሬ አዲስ ፖሊሲ አወጣ።', 'ፖሊሲው ከሚቀጥለው ወር ጀምሮ ተግባራዊ ይሆናል።'];
  // Before: it stayed in the copy. Its date is the Gregorian day since the thirty-third sweep (it was "ኅዳር 18/2019" as written).
  it('"አዲስ አበባ፣ ኅዳር 18/2019 (ኢዜአ)፦"', () => {
    expect(clean([`አዲስ አበባ፣ ኅዳር 18/2019 (ኢዜአ)፦ ${am[0]}`, am[1]!])).toMatchObject({ paragraphs: am, place: 'አዲስ አበባ', agency: 'ENA', date: '27 Nov 2026', dateline: 'አዲስ አበባ፣ ኅዳር 18/2019 (ኢዜአ)' });
  });

  it('keeps a sentence naming the agency whole', () => {
    const line = 'የኢትዮጵያ ዜና አገልግሎት (ኢዜአ) ዛሬ ዘገበ።';
    expect(clean([line, am[1]!])).toMatchObject({ paragraphs: [line, am[1]], place: null, agency: null });
  });
});

describe("MTI's Hungarian dateline", () => {
  const hu = ['A kormány pénteken új rendeletet fogadott el.', 'A rendelet januárban lép hatályba.'];
  // Before: the year first and the weekday after the day kept it in the copy.
  it.each([
    ['Budapest, 2026. november 27., péntek (MTI) –', 'Budapest'],
    ['Debrecen, 2026. november 27. (MTI) -', 'Debrecen'],
  ])('"%s"', (dateline, place) => {
    expect(clean([`${dateline} ${hu[0]}`, hu[1]!])).toMatchObject({ paragraphs: hu, place, agency: 'MTI' });
  });
});

describe("a Cyrillic agency's mark alone under its copy", () => {
  const ru = ['Правительство приняло решение в пятницу.', 'Документ вступит в силу в январе.'];
  // Before: the mark stayed as the copy's last paragraph and no agency was credited.
  it.each([
    ['/ТАСС/', 'TASS'],
    ['(БЕЛТА)', 'BelTA'],
    ['/Кабар/', 'Kabar'],
  ])('"%s" goes and credits the agency', (mark, agency) => {
    expect(clean([...ru, mark])).toMatchObject({ paragraphs: ru, agency });
  });

  it("leaves the dateline's agency as the credit", () => {
    expect(clean([`МИНСК, 27 ноября (БЕЛТА) - ${ru[0]}`, ru[1]!, '/ТАСС/'])).toMatchObject({ paragraphs: ru, place: 'МИНСК', agency: 'BelTA' });
  });

  it('keeps a mark with copy below it', () => {
    expect(clean([ru[0]!, '(БЕЛТА)', ru[1]!]).paragraphs).toContain('(БЕЛТА)');
  });
});

describe("a trainee's note under the copy", () => {
  const pt = ['O governo anunciou nesta sexta-feira um novo programa.', 'O programa começa em janeiro.'];
  // Before: the note stayed as the copy's last paragraph.
  it.each([
    '*Estagiária sob supervisão de Carolina Pimentel',
    '*Estagiário sob supervisão da editora Jane Doe',
    '* Pasante bajo la supervisión de Juan Pérez.',
    'Intern under the supervision of Jane Doe',
  ])('"%s" goes', (note) => {
    expect(clean([...pt, note])).toMatchObject({ paragraphs: pt });
  });

  it('keeps a sentence about trainees', () => {
    const line = 'Estagiários sob supervisão de professores atenderam 300 pessoas, disse a reitoria.';
    expect(clean([...pt, line]).paragraphs).toContain(line);
  });
});
