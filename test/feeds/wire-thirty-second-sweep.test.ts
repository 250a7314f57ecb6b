import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * The thirty-second sweep: the thirty-first's risks (Persian cities in the Arabic-script gazetteer read before a colon; Arab agencies'
 * undated marks after any one or two words) and its leftovers (the Kenya News Agency's "By KNA", EFE's sign-off run into the last
 * sentence). Each story is written for this test after how the agencies and papers set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const ar = ['قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل.', 'وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة.'];
const fa = ['وزیر امور خارجه گفت مذاکرات هفته آینده ادامه خواهد یافت.', 'وی افزود دو طرف بر تشکیل کمیته مشترک توافق کردند.'];
const ur = ['وزیر اعلیٰ نے آج نئے منصوبے کا اعلان کیا۔', 'انہوں نے کہا کہ حکومت اس مسئلے کو حل کرے گی۔'];
const en = ['The government on Friday announced a new plan to cut fuel subsidies.', 'The plan takes effect in January, the ministry said.'];
const es = ['El Gobierno anunció este viernes un nuevo plan de subsidios.', 'El plan comenzará en enero, dijo el ministerio.'];

describe('a city in Arabic letters before a colon', () => {
  it.each([
    ["Persian staff copy's", 'تهران', fa],
    ['Persian staff copy from Mashhad', 'مشهد', fa],
    ["Urdu staff copy's, as before", 'لاہور', ur],
  ])('%s is a dateline', (_what, place, copy) => {
    expect(clean([`${place}: ${copy[0]}`, copy[1]!])).toMatchObject({ paragraphs: copy, place });
  });

  it('a Persian sentence describing the city after it is a dateline still: the copy is a whole sentence', () => {
    // "Tehran: Iran's capital faces severe air pollution." The place is kept as the story's; the sentence reads whole without it.
    const first = 'پایتخت ایران با آلودگی شدید هوا روبرو است.';
    expect(clean([`تهران: ${first}`, fa[1]!])).toMatchObject({ paragraphs: [first, fa[1]], place: 'تهران' });
  });

  // Before: the first label was read as a dateline and cut from its line.
  it.each([
    ['Persian weather', ['تهران: ۱۲ درجه سانتی‌گراد.', 'مشهد: ۸ درجه سانتی‌گراد.', 'تبریز: ۳ درجه سانتی‌گراد.']],
    ['Persian forecast', ['تهران: آفتابی و صاف.', 'مشهد: ابری با احتمال بارش.', 'اصفهان: آفتابی.']],
    ['Urdu weather', ['لاہور: 12 ڈگری۔', 'کراچی: 25 ڈگری۔', 'پشاور: 10 ڈگری۔']],
  ])("a %s round-up's labels stay", (_what, copy) => {
    expect(clean(copy)).toMatchObject({ paragraphs: copy, place: null });
  });

  it('one other city labelled under a dateline leaves the dateline read', () => {
    const second = 'اسلام آباد: وفاقی حکومت نے بھی منصوبے کی حمایت کی۔';
    expect(clean([`لاہور: ${ur[0]}`, second])).toMatchObject({ paragraphs: [ur[0], second], place: 'لاہور' });
  });

  // Before: "Tehran" was cut and made the story's place, leaving a quotation nobody said.
  it.each([
    ['Persian', `تهران: "آمریکا باید تحریم‌ها را لغو کند."`],
    ['Persian, curly quotes', 'تهران: “آمریکا باید تحریم‌ها را لغو کند.”'],
    ['Persian, guillemets (as before)', 'تهران: «آمریکا باید تحریم‌ها را لغو کند.»'],
    ['Urdu', `اسلام آباد: "ہم مذاکرات کے لیے تیار ہیں۔"`],
  ])('a %s quotation that is the whole paragraph keeps the city who says it', (_what, first) => {
    expect(clean([first, fa[1]!])).toMatchObject({ paragraphs: [first, fa[1]], place: null });
  });

  it('a quotation the paragraph attributes after it is copy after a dateline', () => {
    const first = '"ما آماده مذاکره هستیم"، وزیر امور خارجه گفت.';
    expect(clean([`تهران: ${first}`, fa[1]!])).toMatchObject({ paragraphs: [first, fa[1]], place: 'تهران' });
  });

  // Before: the Persian names spelled as Arabic words ("مشهد", a scene; "قم", stand up) and as Arabic spells the cities ("بغداد",
  // "لندن") were read as Urdu's staff datelines in Arabic copy.
  it.each([
    ['a scene', 'مشهد: الجنود ينتشرون في الشوارع بعد الهجوم.'],
    ['Baghdad', 'بغداد: قال وزير الخارجية إن المحادثات ستستمر.'],
    ['London', 'لندن: أعلنت الحكومة البريطانية خطة جديدة.'],
    ['an imperative', 'قم: أيها المدثر.'],
  ])('Arabic copy after %s and a colon stays whole', (_what, first) => {
    expect(clean([first, ar[1]!])).toMatchObject({ paragraphs: [first, ar[1]], place: null });
  });
});

describe("Arab agencies' undated marks: only after a place", () => {
  // Before: the body's or the person's name was read as the place and the agency credited (the first five); other bodies' initials
  // are no agency's mark, and were not read before either (the last five).
  it.each([
    ['a council', 'مجلس الشورى (بنا) - قال رئيس المجلس إن الجلسة ستعقد غدا.'],
    ['a company and "Omani"', 'الشركة (العمانية) - قالت الشركة إن الأرباح ارتفعت.'],
    ['a queen', 'الملكة رانيا (بترا) - قالت الملكة إن التعليم أولوية.'],
    ['a ministry', 'وزارة الخارجية (وام) - قالت الوزارة إن الاجتماع سيعقد.'],
    ['the army, against SANA\'s mark', 'الجيش-سانا قال إن الوحدات انتشرت في المنطقة.'],
    ["UNRWA's initials", 'الأمم المتحدة (أونروا) - قالت الوكالة إن المساعدات توقفت.'],
    ["UNRWA's initials between slashes", 'الأمم المتحدة / الأونروا / - قالت الوكالة إن المساعدات توقفت.'],
    ["Hamas's name", 'حركة حماس (حماس) - قالت الحركة إن المفاوضات مستمرة.'],
    ["NATO's initials", 'حلف الناتو (نيتو) - قال الحلف إن التدريبات ستبدأ.'],
    ["the WHO's, in Latin letters", 'منظمة الصحة (WHO) - قالت المنظمة إن الوباء انتشر.'],
  ])('%s', (_what, first) => {
    expect(clean([first, ar[1]!])).toMatchObject({ paragraphs: [first, ar[1]], place: null, agency: null });
  });

  it.each([
    ["WAM's", 'أبوظبي (وام) -', 'أبوظبي', 'WAM'],
    ["the BNA's", 'المنامة / بنا / -', 'المنامة', 'BNA'],
    ["Petra's", 'عمان (بترا) -', 'عمان', 'Petra'],
    ["ONA's", 'مسقط (العمانية) -', 'مسقط', 'ONA'],
    ["SANA's", 'حلب-سانا', 'حلب', 'SANA'],
  ])('%s dateline is read still', (_what, dateline, place, agency) => {
    expect(clean([`${dateline} ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place, agency });
  });
});

describe("the Kenya News Agency's credit under its copy", () => {
  // Before: "By KNA" stayed as the copy's last line.
  it('"By KNA" goes and credits the agency', () => {
    expect(clean([...en, 'By KNA'])).toMatchObject({ paragraphs: en, agency: 'KNA' });
  });

  // Before: the line went, a byline's, but the agency was not credited.
  it('"By Kenya News Agency" goes and credits the agency', () => {
    expect(clean([...en, 'By Kenya News Agency'])).toMatchObject({ paragraphs: en, agency: 'KNA' });
  });

  it('a sentence opening "By KNA" stays', () => {
    const last = 'By KNA estimates, the plan will cost Sh2 billion.';
    expect(clean([...en, last]).paragraphs).toEqual([...en, last]);
  });

  it('a writer\'s byline with "KNA" in it is not the agency\'s mark', () => {
    expect(clean([...en, 'By KNA News']).paragraphs).toEqual([...en, 'By KNA News']);
  });
});

describe("EFE's sign-off run into the last sentence", () => {
  // Before: the mark and the desk's initials stayed at the end of the sentence.
  it.each([
    ['with its desk\'s initials', 'EFE jmr/dm'],
    ['and what the story carries', 'EFE jmr/dm (foto)'],
    ['three desks', 'EFE jmr/dm/ac (foto)(vídeo)'],
  ])('%s', (_what, signOff) => {
    expect(clean([es[0]!, `El plan comenzará en enero. ${signOff}`])).toMatchObject({ paragraphs: [es[0], 'El plan comenzará en enero.'], agency: 'EFE' });
  });

  it('on its own line, as before', () => {
    expect(clean([...es, 'EFE jmr/dm (foto)(vídeo)'])).toMatchObject({ paragraphs: es, agency: 'EFE' });
  });

  it('a sentence naming EFE with a slash in it goes on', () => {
    const last = 'El plan comenzará en enero, informó EFE y/o otros medios.';
    expect(clean([es[0]!, last]).paragraphs).toEqual([es[0], last]);
  });
});
