import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * The thirty-first sweep: the known limits' leftovers (undated Arabic marks, SANA's and IRNA's run-in marks after any place, IRNA's
 * credit with its bureau, ENA's Amharic places, a long aside after a known place) and agencies and outlets not read before (PANA,
 * ANGOP, AIM, Pacnews, AAP's bare mark, the Turkish agencies' datelines, Spanish, Turkish, Japanese and Korean page chrome). Each
 * story is written for this test after how the agencies set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const ar = ['قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل.', 'وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة.'];
const fa = ['وزیر امور خارجه گفت مذاکرات هفته آینده ادامه خواهد یافت.', 'وی افزود دو طرف بر تشکیل کمیته مشترک توافق کردند.'];
const am = ['የኢትዮጵያ መንግስት ዛሬ አዲስ ፖሊሲ አወጣ።', 'ፖሊሲው ከሚቀጥለው ወር ጀምሮ ተግባራዊ ይሆናል።'];
const en = ['The government on Friday announced a new plan to cut fuel subsidies.', 'The plan takes effect in January, the ministry said.'];
const es = ['El Gobierno anunció este viernes un nuevo plan de subsidios.', 'El plan comenzará en enero, dijo el ministerio.'];
const pt = ['O Presidente da República anunciou nesta sexta-feira um novo programa.', 'O programa começa em janeiro, disse o ministério.'];
const fr = ['Le gouvernement sénégalais a annoncé vendredi un nouveau plan.', 'Le plan entrera en vigueur en janvier, selon le ministère.'];
const tr = ['Dışişleri Bakanı, Cuma günü yaptığı açıklamada görüşmelerin süreceğini söyledi.', 'Bakan, iki tarafın ortak bir komisyon kurma konusunda anlaştığını ekledi.'];
const ja = ['政府は27日、新たな計画を発表した。', '計画は来年1月から実施される。'];
const ko = ['정부는 27일 새로운 계획을 발표했다.', '계획은 내년 1월부터 시행된다.'];

describe('Arab agencies\' undated datelines in Arabic', () => {
  // Before: each stayed in the copy, no place and no agency read (only the SPA's, QNA's and KUNA's were).
  it.each([
    ["WAM's", 'أبوظبي (وام) -', 'أبوظبي', 'WAM'],
    ["the BNA's, between slashes", 'المنامة / بنا / -', 'المنامة', 'BNA'],
    ["Petra's", 'عمان (بترا) -', 'عمان', 'Petra'],
    ["ONA's", 'مسقط (العمانية) -', 'مسقط', 'ONA'],
    ["WAM's from abroad", 'واشنطن (وام) -', 'واشنطن', 'WAM'],
  ])('%s', (_what, dateline, place, agency) => {
    expect(clean([`${dateline} ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place, agency, date: null });
  });

  it("still reads QNA's, as before", () => {
    expect(clean([`الدوحة (قنا) - ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place: 'الدوحة', agency: 'QNA' });
  });
});

describe("SANA's and IRNA's marks run against any place", () => {
  // Before: only Damascus and Tehran were read.
  it.each([
    ["SANA's from Aleppo", 'حلب-سانا', ar, 'حلب', 'SANA'],
    ["SANA's from Latakia, a space before the dash", 'اللاذقية -سانا', ar, 'اللاذقية', 'SANA'],
    ["IRNA's from Isfahan", 'اصفهان- ایرنا-', fa, 'اصفهان', 'IRNA'],
    ["IRNA's from Bandar Abbas, two words", 'بندر عباس- ایرنا-', fa, 'بندر عباس', 'IRNA'],
  ])('%s', (_what, dateline, copy, place, agency) => {
    expect(clean([`${dateline} ${copy[0]}`, copy[1]!])).toMatchObject({ paragraphs: copy, place, agency });
  });

  it("still reads Damascus's, as before", () => {
    expect(clean([`دمشق-سانا ${ar[0]}`, ar[1]!])).toMatchObject({ paragraphs: ar, place: 'دمشق', agency: 'SANA' });
  });
});

describe("IRNA's credit with its bureau's place", () => {
  // Before: the credit stayed in the text.
  it.each([
    ['تهران'],
    ['مشهد'],
    ['نیویورک'],
  ])('"به گزارش ایرنا از %s،"', (place) => {
    expect(clean([`به گزارش ایرنا از ${place}، ${fa[0]}`, fa[1]!])).toMatchObject({ paragraphs: fa, place, agency: 'IRNA' });
  });
});

describe("ENA's Amharic places", () => {
  // Before: without a date the dateline stayed in the copy (the gazetteer held no Ethiopic names).
  it.each([
    ['አዲስ አበባ (ኢዜአ)፦', 'አዲስ አበባ'],
    ['ጎንደር (ኢዜአ)፦', 'ጎንደር'],
    ['ባሕር ዳር (ኢዜአ) -', 'ባሕር ዳር'],
  ])('"%s"', (dateline, place) => {
    expect(clean([`${dateline} ${am[0]}`, am[1]!])).toMatchObject({ paragraphs: am, place, agency: 'ENA', date: null });
  });

  // Its date is the Gregorian day since the thirty-third sweep (it was "ኅዳር 18/2019" as written).
  it('reads a dated one from another city, as before', () => {
    expect(clean([`መቀሌ፣ ኅዳር 18/2019 (ኢዜአ)፦ ${am[0]}`, am[1]!])).toMatchObject({ paragraphs: am, place: 'መቀሌ', agency: 'ENA', date: '27 Nov 2026' });
  });
});

describe('agencies not read before', () => {
  // Before: the place was read and no agency (PANA, ANGOP, AIM, DHA, İHA), or the dateline stayed in the copy (Pacnews, AAP).
  it.each([
    ["PANA's", 'Dakar, Sénégal (PANA) -', fr, 'Dakar', 'PANA', null],
    ["AIM's, dated", 'Maputo, 27 Nov (AIM) -', en, 'Maputo', 'AIM', '27 Nov'],
    ["Pacnews'", 'SUVA, 27 NOVEMBER 2026 (PACNEWS) ---', en, 'SUVA', 'Pacnews', '27 NOVEMBER 2026'],
    ["AAP's, the mark without brackets", 'SYDNEY, Nov 27 AAP -', en, 'SYDNEY', 'AAP', 'Nov 27'],
    ["DHA's", 'İSTANBUL, (DHA) -', tr, 'İSTANBUL', 'DHA', null],
    ["İHA's", 'İZMİR (İHA) -', tr, 'İZMİR', 'İHA', null],
    ["Anadolu's Turkish, the month in Turkish with its year", 'Ankara, 27 Kasım 2026 (AA) -', tr, 'Ankara', 'Anadolu', '27 Kasım 2026'],
    ["DHA's Turkish, dated", 'Bursa, 27 Kasım 2026 (DHA) -', tr, 'Bursa', 'DHA', '27 Kasım 2026'],
  ])('%s', (_what, dateline, copy, place, agency, date) => {
    expect(clean([`${dateline} ${copy[0]}`, copy[1]!])).toMatchObject({ paragraphs: copy, place, agency, date });
  });

  it("ANGOP's sign-off goes and credits it", () => {
    expect(clean([`Luanda - ${pt[0]}`, pt[1]!, '(ANGOP)'])).toMatchObject({ paragraphs: pt, place: 'Luanda', agency: 'ANGOP' });
  });

  it("Pacnews' sign-off, an ellipsis against its mark, goes and credits it", () => {
    expect(clean([...en, '….PACNEWS'])).toMatchObject({ paragraphs: en, agency: 'Pacnews' });
  });

  it("AIM's sign-off and its desk's line go under its own copy", () => {
    expect(clean([`Maputo, 27 Nov (AIM) - ${en[0]}`, en[1]!, '(AIM)', 'jh/pf/ (405)'])).toMatchObject({ paragraphs: en, place: 'Maputo', agency: 'AIM' });
  });
});

describe('near-misses stay copy', () => {
  it.each([
    // A sentence naming an Arab agency, its bracket and a dash after more than two words.
    'وكالة أنباء الإمارات (وام) - قالت إن المحادثات ستستمر الأسبوع المقبل.',
    'قال المتحدث باسم الوكالة (وام) - في تصريح - إن المحادثات ستستمر.',
    'قالت وكالة سانا إن المحادثات ستستمر الأسبوع المقبل.',
  ])('"%s"', (line) => {
    expect(clean([line, ar[1]!])).toMatchObject({ paragraphs: [line, ar[1]], place: null, agency: null });
  });

  it("keeps IRNA's credit from a ministry, no place", () => {
    const line = 'به گزارش ایرنا از وزارت خارجه، وزیر امور خارجه گفت مذاکرات ادامه خواهد یافت.';
    expect(clean([line, fa[1]!])).toMatchObject({ paragraphs: [line, fa[1]], place: null, agency: null });
  });

  it('keeps an Amharic sentence naming the agency, no known place before it', () => {
    const line = 'የኢትዮጵያ ዜና አገልግሎት (ኢዜአ)፦ ዛሬ ዘገበ።';
    expect(clean([line, am[1]!])).toMatchObject({ paragraphs: [line, am[1]], place: null, agency: null });
  });

  it.each([
    ['a Turkish sentence opening on a place and a date', 'Ankara, 27 Kasım 2026 tarihinde yeni bir plan açıkladı.', tr[1]!],
    ['AAP after a date with no dash', 'SYDNEY, Nov 27 AAP shares rose sharply on the news.', en[1]!],
    ["London's junior market", "London's Alternative Investment Market (AIM) - the junior market - rose on Friday.", en[1]!],
    ['AIM after a place with no dash', 'LONDON (AIM) shares rose on Friday.', en[1]!],
    ['a fatty acid', 'Fish oil (DHA) - an omega-3 fatty acid - supports brain health, the study said.', en[1]!],
    ['PANA named as a subject', 'The Pan-African News Agency (PANA) said on Friday the plan would go ahead.', en[1]!],
    // Before: read as place and agency, the sentence losing its subject (its aside closes past 80 characters).
    ['a long aside after a known place', 'The Hague (ANP) — the seat of the government and of the courts that have sat in its Peace Palace since 1913 — hosts the talks next week.', en[1]!],
    ['a long aside after a place in capitals', 'BRUSSELS (BelTA) - the capital of Belgium and home to the institutions of the European Union and of NATO - hosts the talks next week.', en[1]!],
  ])('%s', (_what, line, next) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [line, next], place: null, agency: null });
  });

  it('still reads a known place, a dash and copy cut mid-sentence, with no second dash', () => {
    expect(clean(['BRUSSELS (BelTA) -- com. The second half of the copy was cut by the feed and goes on here.', en[1]!])).toMatchObject({ place: 'BRUSSELS', agency: 'BelTA' });
  });

  it("keeps '(AIM)' under another agency's copy", () => {
    expect(clean([`LONDON, Nov 27 (Reuters) - ${en[0]}`, en[1]!, '(AIM)']).paragraphs).toContain('(AIM)');
  });

  it("keeps '(FIN)' alone, a country's code", () => {
    expect(clean(['Results of the race:', '(FIN)', en[1]!]).paragraphs).toEqual(['Results of the race:', '(FIN)', en[1]]);
  });
});

describe('page chrome in Spanish, Turkish, Japanese and Korean', () => {
  const afp = 'Bogotá, 27 nov 2026 (AFP) - ';
  // Before: each line stayed in the copy.
  it.each([
    ['Te puede interesar: Petro viaja a Bruselas para cumbre con la UE', afp, es],
    ["Ayrıca okuyun: Bakan Fidan Brüksel'de temaslarda bulundu", 'ANKARA (AA) - ', tr],
    ["İlgili Haber: Bakan Fidan Brüksel'de temaslarda bulundu", 'ANKARA (AA) - ', tr],
    ['関連記事：首相、来月訪米へ', '【東京共同】', ja],
    ['관련기사: 총리, 다음달 방미', '(서울=연합뉴스) 김철수 기자 = ', ko],
  ])('"%s" goes', (line, dateline, copy) => {
    expect(clean([`${dateline}${copy[0]}`, line, copy[1]!]).paragraphs).toEqual(copy);
  });

  it("'İlgili Haberler' over a headline goes, and the copy under them stays", () => {
    expect(clean([`ANKARA (AA) - ${tr[0]}`, 'İlgili Haberler', "Bakan Fidan Brüksel'de temaslarda bulundu", tr[1]!]).paragraphs).toEqual(tr);
  });

  it.each([
    ["Anadolu's Turkish footer", 'ANKARA (AA) - ', tr, 'Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.'],
    ["ANDINA's end and its desk's initials", 'Lima, 27 nov. (ANDINA). ', es, '(FIN) NDP/JJN'],
    ["Jiji's stamp", '【ワシントン時事】', ja, '（2026/11/27-10:05）'],
  ])('%s goes', (_what, dateline, copy, line) => {
    expect(clean([`${dateline}${copy[0]}`, copy[1]!, line]).paragraphs).toEqual(copy);
  });

  it.each([
    ['a Spanish sentence after the label', 'Te puede interesar: el plan costará 200 millones de dólares, dijo el ministro.', es],
    ['a Turkish sentence after the label', 'İlgili haber: bakan, görüşmelerin ocak ayında süreceğini söyledi.', tr],
  ])('keeps %s', (_what, line, copy) => {
    expect(clean([copy[0]!, line, copy[1]!]).paragraphs).toEqual([copy[0], line, copy[1]]);
  });
});

describe('a run-in teaser whose lead votes or opts', () => {
  // Before: the verb was not on the list, and the place stayed in the teaser as a headline's "X to do Y".
  it.each([
    ['MUMBAI Parliament voted to raise property tax on Friday for the', 'MUMBAI'],
    ['KOLKATA Bengal opted to skip the meeting on Friday with the', 'KOLKATA'],
  ])('"%s"', (teaser, place) => {
    expect(clean([teaser])).toMatchObject({ place, paragraphs: [teaser.slice(place.length + 1)] });
  });

  it("still keeps a headline's 'X to do Y' whole", () => {
    const teaser = 'NEW DELHI Metro to run extra trains on Friday for the';
    expect(clean([teaser])).toMatchObject({ place: null, paragraphs: [teaser] });
  });
});

describe('credits and ends under the copy in other languages', () => {
  // Before: each line stayed as the copy's last paragraph.
  it.each([
    ['Kaynak: AA', tr],
    ['Kaynak: DHA', tr],
    ['Fuente: EFE', es],
    ['Fonte: Agência Brasil', pt],
    ['Con información de EFE y AFP.', es],
    ['Com informações da Agência Brasil', pt],
    ['EFE jmr/dm (foto)(vídeo)', es],
    ['- RNZ', en],
  ])('"%s" goes', (line, copy) => {
    expect(clean([...copy, line]).paragraphs).toEqual(copy);
  });

  it('"(끝)" ends Yonhap\'s Korean copy', () => {
    expect(clean([`(서울=연합뉴스) 김철수 기자 = ${ko[0]}`, ko[1]!, '(끝)'])).toMatchObject({ paragraphs: ko, agency: 'Yonhap' });
  });

  it.each([
    ['a Turkish sentence after "Kaynak:"', 'Kaynak: bakanlık, görüşmelerin ocak ayında süreceğini açıkladı.', tr],
    ['a Spanish sentence after "Fuente:"', 'Fuente: el ministerio dijo que el plan costará 200 millones.', es],
    ["another outlet's name after a dash", '- Radio Tonga Weekly', en],
  ])('keeps %s', (_what, line, copy) => {
    expect(clean([...copy, line]).paragraphs).toEqual([...copy, line]);
  });
});
