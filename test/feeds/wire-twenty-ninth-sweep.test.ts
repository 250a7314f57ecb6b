import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-ninth sweep: the twenty-eighth's leftovers (Taiwan's CNA abroad, a run-in lead's verb before "to", district towns in
 * India's scripts and Urdu, MNA's sign-off in a feed of Myanmar's), then copy as agencies in Africa, Latin America, Central Asia, the
 * Middle East and Europe set it, and guards for sentences that open as "PLACE (X) —" does. Each story is written for this test after
 * how the agencies and papers set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-ninth-sweep-feed', Date.parse('2026-11-27T16:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const tw = ['美國國務院26日宣布新的對台軍售案。', '預算案將於下週送立法院審議。'];

describe("Taiwan's CNA dateline from abroad", () => {
  // Before: a two-character reporter's name took the place's first character ("盛頓").
  it.each([
    ['a two-character reporter in Washington', `（中央社記者張三華盛頓26日專電）${tw[0]}`, '華盛頓'],
    ['a two-character reporter in Brussels', `（中央社記者王三布魯塞爾26日專電）${tw[0]}`, '布魯塞爾'],
    ['a two-character reporter in Tokyo', `（中央社記者林倫東京26日專電）${tw[0]}`, '東京'],
  ])('%s', (_what, line, place) => {
    expect(clean([line, tw[1]!])).toMatchObject({ paragraphs: tw, place, agency: 'CNA' });
  });

  // Before: the whole run after "社" was taken for the place ("記者李四達卡").
  it('reads no place for a two-character reporter in a city the list does not hold, the bracket going and CNA credited', () => {
    expect(clean([`（中央社記者李四達卡27日專電）${tw[0]}`, tw[1]!])).toMatchObject({ paragraphs: tw, place: null, agency: 'CNA' });
  });

  it.each([
    ['a three-character reporter in Dhaka', `（中央社記者張三豐達卡26日專電）${tw[0]}`, '達卡'],
    ['a three-character reporter in Washington', `（中央社記者張三豐華盛頓26日專電）${tw[0]}`, '華盛頓'],
    ['a reporter in Taipei', `（中央社記者張三台北26日電）${tw[0]}`, '台北'],
  ])('still reads %s', (_what, line, place) => {
    expect(clean([line, tw[1]!])).toMatchObject({ paragraphs: tw, place, agency: 'CNA' });
  });
});

describe("a run-in lead's verb before 'to'", () => {
  // Before: "India plans to …" was taken for a headline's "X to do Y" and the place stayed in the text (a teaser of twelve words or
  // more, mostly in lower case, was read already).
  it.each([
    ['MUMBAI India plans to raise fuel subsidy on Friday for the', 'MUMBAI'],
    ['CHANDIGARH Punjab has decided to hike stubble fines on Monday for the', 'CHANDIGARH'],
  ])('"%s"', (line, place) => {
    expect(clean([line])).toMatchObject({ paragraphs: [line.slice(place.length + 1)], place });
  });

  it('still reads a longer lead, as before', () => {
    const line = 'MUMBAI India plans to raise its fuel subsidy for farmers on Friday, officials said, as the';
    expect(clean([line])).toMatchObject({ paragraphs: [line.slice('MUMBAI '.length)], place: 'MUMBAI' });
  });

  it.each(['NEW DELHI Metro to run extra trains on Friday for the', 'MUMBAI Sensex set to open higher on Monday for the'])('keeps the headline "%s" whole', (line) => {
    expect(clean([line])).toMatchObject({ paragraphs: [line], place: null });
  });
});

/** [the dateline's place, the copy after it, the paragraph under it]. */
const TOWNS: [string, string, string][] = [
  ['سیالکوٹ', 'ضلعی انتظامیہ نے جمعہ کو نئی پالیسی کا اعلان کیا۔', 'مسودہ اگلے ہفتے اسمبلی میں پیش کیا جائے گا۔'],
  ['ڈیرہ اسماعیل خان', 'ضلعی انتظامیہ نے جمعہ کو نئی پالیسی کا اعلان کیا۔', 'مسودہ اگلے ہفتے اسمبلی میں پیش کیا جائے گا۔'],
  ['ತುಮಕೂರು', 'ಜಿಲ್ಲಾಡಳಿತ ಶುಕ್ರವಾರ ಹೊಸ ನೀತಿಯನ್ನು ಪ್ರಕಟಿಸಿದೆ.', 'ಮುಂದಿನ ವಾರ ಸಭೆ ನಡೆಯಲಿದೆ.'],
  ['बरेली', 'जिला प्रशासन ने शुक्रवार को नई नीति की घोषणा की।', 'अगले सप्ताह बैठक होगी।'],
  ['বহরমপুর', 'জেলা প্রশাসন শুক্রবার নতুন নীতি ঘোষণা করেছে।', 'আগামী সপ্তাহে বৈঠক হবে।'],
  ['கும்பகோணம்', 'மாவட்ட நிர்வாகம் வெள்ளிக்கிழமை புதிய கொள்கையை அறிவித்தது.', 'அடுத்த வாரம் கூட்டம் நடைபெறும்.'],
  ['కరీంనగర్', 'జిల్లా యంత్రాంగం శుక్రవారం కొత్త విధానాన్ని ప్రకటించింది.', 'వచ్చే వారం సమావేశం జరగనుంది.'],
  ['എറണാകുളം', 'ജില്ലാ ഭരണകൂടം വെള്ളിയാഴ്ച പുതിയ നയം പ്രഖ്യാപിച്ചു.', 'അടുത്ത ആഴ്ച യോഗം ചേരും.'],
  ['ਪਟਿਆਲਾ', 'ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਸ਼ਾਸਨ ਨੇ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਨਵੀਂ ਨੀਤੀ ਦਾ ਐਲਾਨ ਕੀਤਾ।', 'ਅਗਲੇ ਹਫ਼ਤੇ ਮੀਟਿੰਗ ਹੋਵੇਗੀ।'],
  ['ભાવનગર', 'જિલ્લા વહીવટીતંત્રએ શુક્રવારે નવી નીતિ જાહેર કરી.', 'આવતા અઠવાડિયે બેઠક થશે.'],
  ['ସମ୍ବଲପୁର', 'ଜିଲ୍ଲା ପ୍ରଶାସନ ଶୁକ୍ରବାର ନୂଆ ନୀତି ଘୋଷଣା କରିଛି।', 'ଆସନ୍ତା ସପ୍ତାହରେ ବୈଠକ ହେବ।'],
];

describe('district towns in Indian scripts and Urdu', () => {
  // Before: only the big cities were read; these stayed in the text.
  it.each(TOWNS)('"%s:"', (place, copy, more) => {
    expect(clean([`${place}: ${copy}`, more])).toMatchObject({ paragraphs: [copy, more], place, agency: null });
  });

  it.each([
    // Hindi's "गया" (Gaya, and "went") is left out, as are other towns' names that are words.
    'गया: जिला प्रशासन ने शुक्रवार को नई नीति की घोषणा की।',
    // A taluk town the table does not hold.
    'ನಂಜನಗೂಡು: ಜಿಲ್ಲಾಡಳಿತ ಶುಕ್ರವಾರ ಹೊಸ ನೀತಿಯನ್ನು ಪ್ರಕಟಿಸಿದೆ.',
  ])('keeps "%s" whole', (line) => {
    expect(clean([line, 'ಮುಂದಿನ ವಾರ ಸಭೆ ನಡೆಯಲಿದೆ.'])).toMatchObject({ place: null });
    expect(clean([line, 'ಮುಂದಿನ ವಾರ ಸಭೆ ನಡೆಯಲಿದೆ.']).paragraphs[0]).toBe(line);
  });
});

const lead = 'The cabinet on Friday approved the draft budget for 2027 after a long debate.';
const next = 'The draft goes to parliament next week.';

describe("MNA's sign-off in a feed of Myanmar's", () => {
  // Before: with no Myanmar dateline the sign-off stayed and nothing was credited.
  it.each([
    ['with no dateline', [lead, next, '— MNA'], null],
    ['run in, with no dateline', [lead, `${next} (MNA)`], null],
    ['under a dateline abroad', [`VIENTIANE, Nov 27 — ${lead}`, next, '— MNA'], 'VIENTIANE'],
  ])('%s', (_what, lines, place) => {
    expect(cleanWireCopy(lines, { myanmar: true })).toMatchObject({ paragraphs: [lead, next], place, agency: 'Myanmar News Agency' });
  });

  it('reads "(MNA)" in a dateline abroad as the Myanmar News Agency there', () => {
    expect(cleanWireCopy([`VIENTIANE, Nov 27 (MNA) — ${lead}`, next], { myanmar: true })).toMatchObject({ agency: 'Myanmar News Agency' });
  });

  it('leaves it as it was in any other feed', () => {
    expect(cleanWireCopy([lead, next, '— MNA'])).toMatchObject({ paragraphs: [lead, next, '— MNA'], agency: null });
    expect(cleanWireCopy([`VIENTIANE, Nov 27 (MNA) — ${lead}`, next])).toMatchObject({ agency: 'Mehr' });
  });
});

describe("agencies' chrome in other languages", () => {
  // Before: each of these lines stayed in the copy.
  it.each([
    ['Italian', 'Roma, 27 nov (ANSA) - Il Consiglio dei ministri ha approvato venerdì il disegno di legge di bilancio.', 'Leggi anche: Il Parlamento discute la riforma fiscale', 'Il testo passa al Parlamento la prossima settimana.'],
    ['Polish', 'Warszawa (PAP) - Rada Ministrów w piątek przyjęła projekt budżetu państwa na przyszły rok.', 'Czytaj także: Sejm debatuje nad reformą podatkową', 'Projekt trafi do Sejmu w przyszłym tygodniu.'],
    ['German', 'Berlin (dpa) - Die Bundesregierung hat am Freitag den Entwurf des Haushalts beschlossen.', 'Lesen Sie auch: Bundestag debattiert Steuerreform', 'Der Entwurf geht nächste Woche in den Bundestag.'],
    ['Russian', 'Правительство в пятницу одобрило проект бюджета на следующий год.', 'Читайте также: Парламент обсудит налоговую реформу', 'Проект направят в парламент на следующей неделе.'],
    ['Ukrainian', 'Уряд у пʼятницю схвалив проєкт бюджету на наступний рік.', 'Читайте також: Парламент обговорить податкову реформу', 'Проєкт направлять до парламенту наступного тижня.'],
    ['Arabic', 'وافق مجلس الوزراء اليوم على مشروع الموازنة العامة للدولة.', 'اقرأ أيضا: أمير البلاد يستقبل وزير الخارجية الياباني', 'وسيعلن عن الموازنة الأسبوع المقبل.'],
  ])('an "also read" link in %s', (_language, first, link, last) => {
    const { paragraphs } = clean([first, link, last]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe(last);
  });

  const efe = ['El Gobierno aprobó este viernes el proyecto de presupuesto para el próximo año.', 'El proyecto irá al Congreso la próxima semana.'];
  it.each([
    ['a photo credit in Spanish and the rights line', [`Madrid, 27 nov (EFE).- ${efe[0]}`, efe[1]!, 'Foto: EFE/Juan Pérez', '(c) Agencia EFE'], efe],
    ['a photo credit in Portuguese', ['Brasília - O governo federal aprovou nesta sexta-feira o projeto de orçamento.', 'O projeto vai ao Congresso na próxima semana.', 'Foto: Marcelo Camargo/Agência Brasil'], ['O governo federal aprovou nesta sexta-feira o projeto de orçamento.', 'O projeto vai ao Congresso na próxima semana.']],
    ['photo credits in Hungarian and Russian, and a rights line in Portuguese', [lead, next, 'Fotó: MTI', 'Фото: БЕЛТА', '© Agência Brasil'], [lead, next]],
    ["NAN's editors after a slash, under its sign-off run in", [`Abuja, Nov. 27, 2026 (NAN) - ${lead}`, `${next} (NAN)(www.nannews.ng)`, 'Edited by Jane Doe/John Doe'], [lead, next]],
  ])('%s', (_what, lines, kept) => {
    expect(clean(lines).paragraphs).toEqual(kept);
  });

  it.each([
    // A sentence about a photograph, and a rights line inside a sentence, stay.
    'Foto: the picture was taken by a reader on Friday.',
    'The agency said (c) Agencia EFE owns the rights to the picture.',
    // An editor named in a sentence.
    'Edited by Jane Doe/John Doe, the book sold well.',
  ])('keeps "%s"', (line) => {
    expect(clean([lead, line]).paragraphs).toEqual([lead, line]);
  });
});

describe('datelines with the month in Cyrillic, Czech, Slovak, Croatian and Polish', () => {
  // Before: none was read; the dateline stayed in the text.
  it.each([
    ['МИНСК, 27 ноября (БЕЛТА) - ', 'Правительство в пятницу одобрило проект бюджета.', 'МИНСК', '27 ноября', 'BelTA'],
    ['МОСКВА, 27 ноября. /ТАСС/. ', 'Правительство в пятницу одобрило проект бюджета.', 'МОСКВА', '27 ноября', 'TASS'],
    ['МОСКВА, 27 ноя — РИА Новости. ', 'Правительство в пятницу одобрило проект бюджета.', 'МОСКВА', '27 ноя', 'RIA Novosti'],
    ['Москва. 27 ноября. INTERFAX.RU - ', 'Правительство в пятницу одобрило проект бюджета.', 'Москва', '27 ноября', 'Interfax'],
    ['Бишкек, 27 ноября /Кабар/. ', 'Правительство в пятницу одобрило проект бюджета.', 'Бишкек', '27 ноября', 'Kabar'],
    ['София, 27 ноември (БТА) - ', 'Министерският съвет одобри в петък проекта на бюджета.', 'София', '27 ноември', 'BTA'],
    ['БЕОГРАД, 27. новембра (Танјуг) - ', 'Влада је у петак усвојила предлог буџета.', 'БЕОГРАД', '27. новембра', 'Tanjug'],
    ['Praha 27. listopadu (ČTK) - ', 'Vláda v pátek schválila návrh státního rozpočtu na příští rok.', 'Praha', '27. listopadu', 'CTK'],
    ['Bratislava 27. novembra (TASR) - ', 'Vláda v piatok schválila návrh štátneho rozpočtu na budúci rok.', 'Bratislava', '27. novembra', 'TASR'],
    ['ZAGREB, 27. studenoga (Hina) - ', 'Vlada je u petak usvojila prijedlog proračuna za iduću godinu.', 'ZAGREB', '27. studenoga', 'HINA'],
    ['Warszawa, 27 listopada (PAP) - ', 'Rada Ministrów w piątek przyjęła projekt budżetu.', 'Warszawa', '27 listopada', 'PAP'],
  ])('"%s"', (dateline, copy, place, date, agency) => {
    expect(clean([`${dateline}${copy}`, next])).toEqual({ paragraphs: [copy, next], place, date, agency, dateline: expect.any(String) });
  });

  it.each([
    // The mark as a sentence's subject, with no bracket, slash or dash.
    'Москва, 27 ноября ТАСС сообщил, что правительство одобрило проект бюджета.',
    // A date in a sentence, a bracket that is no mark.
    'В Москве 27 ноября (в пятницу) правительство одобрило проект бюджета.',
    // Copy going on in lower case.
    'Praha 27. listopadu (ČTK) - vláda v pátek schválila návrh.',
  ])('keeps "%s" whole', (line) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [line, next], place: null, agency: null });
  });
});

describe("the agencies' datelines as they set them (read already, kept as guards)", () => {
  it.each([
    ['ASTANA. KAZINFORM – ', 'ASTANA', 'Kazinform'],
    ['BISHKEK (AKIpress) - ', 'BISHKEK', 'AKIpress'],
    ['TASHKENT, November 27 (UzA) – ', 'TASHKENT', 'UzA'],
    ['Riyadh, November 27, 2026, SPA -- ', 'Riyadh', 'SPA'],
    ['ABU DHABI, 27th November, 2026 (WAM) -- ', 'ABU DHABI', 'WAM'],
    ['Manama, Nov. 27 (BNA): ', 'Manama', 'BNA'],
    ['Muscat, Nov 27 (ONA) -- ', 'Muscat', 'ONA'],
    ['Damascus, SANA- ', 'Damascus', 'SANA'],
    ['Tehran, IRNA - ', 'Tehran', 'IRNA'],
    ['TEHRAN (ISNA) - ', 'TEHRAN', 'ISNA'],
    ['Addis Ababa, November 27/2026 (ENA) - ', 'Addis Ababa', 'ENA'],
    ['BUENOS AIRES, 27 NOV (ANSA) - ', 'BUENOS AIRES', 'ANSA'],
    ['Prague, Nov 27 (CTK) - ', 'Prague', 'CTK'],
    ['Budapest, November 27 (MTI) – ', 'Budapest', 'MTI'],
    ['Sofia, November 27 (BTA) - ', 'Sofia', 'BTA'],
    ['Bucharest, Nov 27 /Agerpres/ - ', 'Bucharest', 'Agerpres'],
    ['MINSK, 27 November (BelTA) - ', 'MINSK', 'BelTA'],
    ['Kyiv, November 27 (Ukrinform) - ', 'Kyiv', 'Ukrinform'],
    ['Baku, November 27, AZERTAC. ', 'Baku', 'Azertac'],
  ])('"%s"', (dateline, place, agency) => {
    expect(clean([`${dateline}${lead}`, next])).toMatchObject({ paragraphs: [lead, next], place, agency });
  });
});

describe('sentences that open as "PLACE (X) —" does stay copy', () => {
  // Before: the name and initials were read as a place and an agency, and the sentence lost its subject.
  it.each([
    // Singapore's People's Action Party.
    'Tan Wei Ming (PAP) — who chairs the committee — said on Friday the bill would be debated next month.',
    'Maria Lopez (EFE) - the agency\'s bureau chief - said on Friday the office would move.',
    // Pakistan's Awami National Party.
    'Awami National Party (ANP) - the province\'s ruling party - said on Friday it would contest the poll.',
    'Sofia (BTA) said on Friday it would cut its staff by a tenth.',
    'The Hague (ANP) — the seat of the government — hosts the talks next week.',
    'Madrid (EFE) correspondent Jane Doe reported on Friday that the talks had failed.',
    'LAGOS (NAN) reporters were barred from the hearing on Friday, the union said.',
  ])('"%s"', (line) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [line, next], place: null, agency: null });
  });

  it.each([
    'Singapore\'s Ministry of Trade and Industry (MTI) — which publishes the figures — said on Friday growth slowed.',
    'Chelsea (CHE) - Arsenal (ARS) 2-1 was the score at half-time, the club said.',
    'Bank Negara Malaysia (BNM) — the central bank — kept its rate unchanged on Friday.',
    'Petra (JO) — the ancient city — drew a record number of visitors this year, officials said.',
  ])('"%s" (kept already)', (line) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [line, next], place: null, agency: null });
  });

  it('still reads a dateline whose copy opens on a brand written in lower case', () => {
    expect(clean([`SAN FRANCISCO (Reuters) - eBay Inc on Friday said it would cut 500 jobs.`, next])).toMatchObject({ place: 'SAN FRANCISCO', agency: 'Reuters' });
  });
});

const STORIES: WireStory[] = [
  ['CNA', p(`（中央社記者張三華盛頓26日專電）${tw[0]}`, tw[1]!), tw, '華盛頓', 'CNA'],
  ['Town', p(`${TOWNS[0]![0]}: ${TOWNS[0]![1]}`, TOWNS[0]![2]), [TOWNS[0]![1], TOWNS[0]![2]], TOWNS[0]![0], null],
  ['NAN', p(`Abuja, Nov. 27, 2026 (NAN) - ${lead}`, `${next} (NAN)(www.nannews.ng)`, 'Edited by Jane Doe/John Doe'), [lead, next], 'Abuja', 'NAN'],
  ['Guard', p('Tan Wei Ming (PAP) — who chairs the committee — said on Friday the bill would be debated next month.', next), ['Tan Wei Ming (PAP) — who chairs the committee — said on Friday the bill would be debated next month.', next], null, null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 16:05:00 +0000', STORIES);

describe('the twenty-ninth sweep, through a poll', () => {
  it('stores each story without its dateline and chrome, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire29/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});

/** A feed of Myanmar's, its site on .mm, carrying the state agency's copy with no dateline. */
const MYANMAR_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Myanmar State News</title><link>https://news.example.com.mm/</link>
<item><title>Budget approved</title><link>https://news.example.com.mm/story/1</link><guid>https://news.example.com.mm/story/1</guid><pubDate>Fri, 27 Nov 2026 16:05:00 +0630</pubDate><description><![CDATA[${p(lead, next, '— MNA')}]]></description></item>
</channel></rss>`;

describe("a feed of Myanmar's, through a poll", () => {
  it("credits the Myanmar News Agency by its sign-off under copy with no dateline, and drops it", async () => {
    const { outcome, stories } = await sweep.poll('/wire29/myanmar.xml', MYANMAR_FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(stories.map((s) => ({ text: s.text, agency: s.agency }))).toEqual([{ text: `${lead}\n\n${next}`, agency: 'Myanmar News Agency' }]);
  });
});
