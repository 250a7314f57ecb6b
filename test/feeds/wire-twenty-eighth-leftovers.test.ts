import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * What the twenty-eighth sweep left: Myanmar's "(MNA)", read as Iran's Mehr; staff datelines in India's scripts ("சென்னை: …"); Kyodo's
 * and Jiji's credit under Japanese copy ("（共同）") and a Chinese reporter's byline ("（记者 张三）") where the dateline does not hold it; and a
 * headline run into its place ("NEW DELHI Metro to run extra trains on Friday for the"), whose place the run-in teaser rule read. Each story
 * is written for this test after how the agencies and papers set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-eighth-leftovers-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const lead = 'The cabinet on Friday approved the draft budget for 2027 after a long debate.';
const next = 'The draft goes to parliament next week.';

describe("Myanmar's MNA and GNLM", () => {
  // Before: each was credited to Mehr (and "(GNLM)" to no one).
  it.each([
    [`NAY PYI TAW, Nov 27 (MNA) — ${lead}`, 'NAY PYI TAW', 'Myanmar News Agency'],
    [`Yangon, 27 Nov (MNA) — ${lead}`, 'Yangon', 'Myanmar News Agency'],
    [`MANDALAY, Nov 27 (MNA)- ${lead}`, 'MANDALAY', 'Myanmar News Agency'],
    [`NAY PYI TAW (MNA) — ${lead}`, 'NAY PYI TAW', 'Myanmar News Agency'],
    [`Naypyitaw, Nov 27 (MNA) - ${lead}`, 'Naypyitaw', 'Myanmar News Agency'],
    [`NAY PYI TAW, 27 Nov (GNLM) — ${lead}`, 'NAY PYI TAW', 'GNLM'],
  ])('%s', (line, place, agency) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [lead, next], place, agency });
  });

  // Read already, kept as guards: Mehr's from anywhere else.
  it.each([
    [`TEHRAN, Nov. 27 (MNA) – ${lead}`, 'TEHRAN'],
    [`VIENNA (MNA) - ${lead}`, 'VIENNA'],
  ])('%s is still Mehr', (line, place) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [lead, next], place, agency: 'Mehr' });
  });

  it('reads no agency in a lawmaker\'s "(MNA)"', () => {
    const line = 'Ali Khan (MNA) said on Friday the budget would pass next week.';
    expect(clean([line, next])).toMatchObject({ paragraphs: [line, next], agency: null });
  });
});

/** [script, the dateline's place, the copy after it, the next paragraph]. */
const INDIC: [string, string, string, string][] = [
  ['Tamil', 'சென்னை', 'தமிழக அமைச்சரவை வெள்ளிக்கிழமை வரைவு பட்ஜெட்டுக்கு ஒப்புதல் அளித்தது.', 'வரைவு அடுத்த வாரம் சட்டமன்றத்துக்கு செல்லும்.'],
  ['Telugu', 'హైదరాబాద్', 'తెలంగాణ మంత్రివర్గం శుక్రవారం ముసాయిదా బడ్జెట్‌ను ఆమోదించింది.', 'ముసాయిదా వచ్చే వారం శాసనసభకు వెళ్తుంది.'],
  ['Kannada', 'ಬೆಂಗಳೂರು', 'ರಾಜ್ಯ ಸಚಿವ ಸಂಪುಟ ಶುಕ್ರವಾರ ಕರಡು ಬಜೆಟ್‌ಗೆ ಅನುಮೋದನೆ ನೀಡಿತು.', 'ಕರಡು ಮುಂದಿನ ವಾರ ವಿಧಾನಸಭೆಗೆ ಹೋಗಲಿದೆ.'],
  ['Malayalam', 'തിരുവനന്തപുരം', 'സംസ്ഥാന മന്ത്രിസഭ വെള്ളിയാഴ്ച കരട് ബജറ്റിന് അംഗീകാരം നൽകി.', 'കരട് അടുത്ത ആഴ്ച നിയമസഭയിലെത്തും.'],
  ['Bengali', 'কলকাতা', 'রাজ্য মন্ত্রিসভা শুক্রবার খসড়া বাজেট অনুমোদন করেছে।', 'খসড়াটি আগামী সপ্তাহে বিধানসভায় যাবে।'],
  ['Marathi', 'मुंबई', 'राज्य मंत्रिमंडळाने शुक्रवारी मसुदा अर्थसंकल्पाला मंजुरी दिली.', 'मसुदा पुढील आठवड्यात विधानसभेत जाईल.'],
  ['Hindi', 'नई दिल्ली', 'केंद्रीय मंत्रिमंडल ने शुक्रवार को बजट के मसौदे को मंजूरी दी।', 'मसौदा अगले सप्ताह संसद में जाएगा।'],
];

describe("staff datelines in India's scripts", () => {
  // Before: none was read; the place stayed in the text.
  it.each(INDIC)('%s: "%s:"', (_script, place, copy, more) => {
    expect(clean([`${place}: ${copy}`, more])).toMatchObject({ paragraphs: [copy, more], place, agency: null });
  });

  it('reads a Hindi one with its date, and the Malayalam place spelled with the old chillu', () => {
    const [, , hi, hiMore] = INDIC[6]!;
    expect(clean([`नई दिल्ली, 27 नवंबर: ${hi}`, hiMore])).toMatchObject({ paragraphs: [hi, hiMore], place: 'नई दिल्ली', date: '27 नवंबर' });
    const [, , ml, mlMore] = INDIC[3]!;
    // "തൃശൂ" + ra, virama, zero-width joiner: Thrissur as older fonts and sites write it.
    const thrissur = 'തൃശൂര\u0d4d\u200d';
    expect(clean([`${thrissur}: ${ml}`, mlMore])).toMatchObject({ paragraphs: [ml, mlMore], place: thrissur });
  });

  it.each([
    // A word, not a place, before the colon ("The minister said:", "Note:").
    ['அமைச்சர் கூறியது: வரைவு அடுத்த வாரம் சட்டமன்றத்துக்கு செல்லும்.', 'வரைவு நிறைவேறும்.'],
    ['नोट: केंद्रीय मंत्रिमंडल ने शुक्रवार को बजट के मसौदे को मंजूरी दी।', 'मसौदा अगले सप्ताह संसद में जाएगा।'],
  ])('keeps "%s" whole', (line, more) => {
    expect(clean([line, more])).toMatchObject({ paragraphs: [line, more], place: null });
  });

  it('keeps a headline over a city (no sentence after the colon) whole', () => {
    const title = 'दिल्ली: यमुना का जलस्तर खतरे के निशान से ऊपर';
    expect(clean([title])).toMatchObject({ paragraphs: [title], place: null });
  });
});

const ja = ['中国政府は27日、来年の予算案を承認した。', '予算案は来週、全人代に提出される。'];
const zh = ['中国国务院27日批准了明年的预算草案。', '草案将于下周提交全国人大。'];

describe('credits under Japanese copy and Chinese bylines', () => {
  // Before: each credit or byline stayed in the copy (and the agency unread).
  it.each([
    ['Kyodo run into the last sentence', [ja[0]!, `${ja[1]}（共同）`], ja, null, 'Kyodo'],
    ['Jiji run in', [ja[0]!, `${ja[1]}（時事）`], ja, null, 'Jiji'],
    ['Kyodo on a line of its own', [ja[0]!, ja[1]!, '（共同）'], ja, null, 'Kyodo'],
    ['under a Kyodo dateline', [`【北京共同】${ja[0]}`, `${ja[1]}（共同）`], ja, '北京', 'Kyodo'],
    ["a reporter's byline on the line under Xinhua's dateline", ['新华社北京11月27日电', '（记者 张三）', zh[0]!, zh[1]!], zh, '北京', 'Xinhua'],
    ["… under the copy", [`新华社北京11月27日电 ${zh[0]}`, zh[1]!, '（记者 张三 李四）'], zh, '北京', 'Xinhua'],
    ['… run into the last sentence', [`新华社北京11月27日电 ${zh[0]}`, `${zh[1]}（记者 张三）`], zh, '北京', 'Xinhua'],
    ["People's Daily's own dateline and byline", [`本报北京11月27日电（记者 张三）${zh[0]}`, zh[1]!], zh, '北京', null],
    ['… its reporter under the copy', [zh[0]!, zh[1]!, '（本报记者 张三）'], zh, null, null],
  ])('%s', (_what, lines, kept, place, agency) => {
    const copy = clean(lines);
    expect(copy.paragraphs).toEqual(kept);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it.each([
    // "共同" is a word ("joint"): in brackets inside a sentence it stays.
    [ja[0]!, '両国は声明（共同）を来週発表する。'],
    // A bracket after no sentence's end is no credit.
    [ja[0]!, '記者会見の主催者（共同）'],
    [zh[0]!, '他说，这是一次记者（记者 张三）会。'],
  ])('keeps %s / "%s" whole', (first, last) => {
    const copy = clean([first, last]);
    expect(copy.paragraphs).toEqual([first, last]);
    expect(copy.agency).toBeNull();
  });
});

describe('a headline run into its place', () => {
  // Before: its place was read, as a teaser's is ("NEW DELHI" went, the headline stayed).
  it.each(['NEW DELHI Metro to run extra trains on Friday for the', 'MUMBAI Delhi govt to hike power tariffs on Monday for the'])('keeps "%s" whole', (line) => {
    expect(clean([line])).toMatchObject({ paragraphs: [line], place: null });
  });

  // The twenty-eighth sweep's teasers, read still: a lead's article before its subject, or its verb before the "to".
  it.each([
    ['CHANDIGARH The Punjab cabinet on Friday approved a new policy for', 'CHANDIGARH'],
    ['NEW DELHI The Supreme Court on Thursday asked the Centre to', 'NEW DELHI'],
    ['MUMBAI The bank is set to raise rates on Monday after the', 'MUMBAI'],
  ])('reads "%s"', (line, place) => {
    expect(clean([line])).toMatchObject({ paragraphs: [line.slice(place.length + 1)], place });
  });
});

const STORIES: WireStory[] = [
  ['MNA', p(`NAY PYI TAW, Nov 27 (MNA) — ${lead}`, next), [lead, next], 'NAY PYI TAW', 'Myanmar News Agency'],
  ['Mehr', p(`TEHRAN, Nov. 27 (MNA) – ${lead}`, next), [lead, next], 'TEHRAN', 'Mehr'],
  ['Tamil', p(`${INDIC[0]![1]}: ${INDIC[0]![2]}`, INDIC[0]![3]), [INDIC[0]![2], INDIC[0]![3]], INDIC[0]![1], null],
  ['Kyodo', p(ja[0]!, `${ja[1]}（共同）`), ja, null, 'Kyodo'],
  ['Headline', p('NEW DELHI Metro to run extra trains on Friday for the'), ['NEW DELHI Metro to run extra trains on Friday for the'], null, null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe("the twenty-eighth sweep's leftovers, through a poll", () => {
  it('stores each story without its dateline and credits, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire28-leftovers/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
