import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { feedSweep, wireFieldsByItem, wireStoriesFeed, type WireStory } from '../helpers/poll.js';

/**
 * The twenty-eighth sweep: the leftovers the README's known limits named (Pakistan's Online agency, a teaser run into its place with no
 * mark, TASS's and the PNA's datelines), then wire shapes from agencies, outlets and languages not covered before. Each story is written
 * for this test after how the agencies and outlets set their copy.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const sweep = feedSweep('wire-twenty-eighth-feed', Date.parse('2026-11-27T15:00:00Z'));
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const lead = 'The cabinet on Friday approved the draft budget for 2027 after a long debate.';
const next = 'The draft goes to parliament next week.';

describe("Pakistan's Online agency", () => {
  // Before: the place was read and the mark, a word, was not.
  it.each([
    [`ISLAMABAD, Nov 27 (Online): ${lead}`, 'ISLAMABAD'],
    [`Lahore, November 27 (Online): ${lead}`, 'Lahore'],
    // As AG News keeps a story the agency filed from abroad.
    [`WASHINGTON, October 08 (Online): ${lead}`, 'WASHINGTON'],
  ])('%s', (line, place) => {
    expect(clean([line, next])).toMatchObject({ paragraphs: [lead, next], place, agency: 'Online' });
  });

  it.each([
    'The portal (Online) - the one launched in May - crashed on Friday, officials said.',
    'Sales (Online): The figures rose on Friday, the data showed.',
  ])('keeps "%s" whole, no agency read', (line) => {
    const copy = clean([line, next]);
    expect(copy.paragraphs).toEqual([line, next]);
    expect(copy.agency).toBeNull();
  });

  it('reads "Online" after a staff dateline as copy', () => {
    const line = 'ISLAMABAD, Nov 27: Online sales rose 20 per cent in October, the report said.';
    expect(clean([line, next])).toMatchObject({ paragraphs: [line.slice(line.indexOf('Online')), next], place: 'ISLAMABAD', agency: null });
  });
});

describe('a teaser run into its place with no mark', () => {
  // Before: with no colon or dash after the place, a teaser of fewer than twelve words kept its dateline in the text.
  it.each([
    ['CHANDIGARH The Punjab cabinet on Friday approved a new policy for', 'CHANDIGARH'],
    ['NEW DELHI The Supreme Court on Thursday asked the Centre to', 'NEW DELHI'],
    ['MUMBAI Shares of the bank fell sharply on Monday after the', 'MUMBAI'],
  ])('reads "%s" where it pegs the news to a weekday', (teaser, place) => {
    const copy = clean([teaser]);
    expect(copy.paragraphs).toEqual([teaser.slice(place.length + 1)]);
    expect(copy.place).toBe(place);
  });

  it.each([
    // No weekday: a title's start as well (the twenty-fourth sweep's guard).
    'NEW DELHI The Supreme Court asked the Centre why the',
    // A headline in capitals names its day capitalised too.
    'NEW DELHI Metro To Run Extra Trains On Friday For The',
    // Too short to tell from a headline.
    'KOCHI Rain on Friday for the',
  ])('keeps "%s" whole', (teaser) => {
    const copy = clean([teaser]);
    expect(copy.paragraphs).toEqual([teaser]);
    expect(copy.place).toBeNull();
  });
});

describe("TASS's and the PNA's datelines (read already: guards)", () => {
  it.each([
    [[`MOSCOW, November 27. /TASS/. ${lead}`, next], 'MOSCOW', 'TASS'],
    [[`MANILA, Nov. 27 (PNA) -- ${lead}`, next], 'MANILA', 'PNA'],
    [[`MANILA, Nov. 27 (PNA) -- ${lead}`, next, '(PNA)'], 'MANILA', 'PNA'],
  ])('%j', (lines, place, agency) => {
    expect(clean(lines)).toMatchObject({ paragraphs: [lead, next], place, agency });
  });

  it('reads no PNA in the Palestinian National Authority\'s initials', () => {
    const line = 'RAMALLAH - The Palestinian National Authority (PNA) said on Friday it would pay salaries next week.';
    expect(clean([line, next])).toMatchObject({ place: 'RAMALLAH', agency: null });
  });
});

/** [what, the lines as the feed gives them, the copy kept, place, agency]. */
type Shape = [string, string[], string[], string | null, string | null];
const ko = ['정부는 27일 내년도 예산안을 의결했다.', '예산안은 다음 주 국회에 제출된다.'];
const ja = ['中国政府は27日、来年の予算案を承認した。', '予算案は来週、全人代に提出される。'];
const zh = ['中国国务院27日批准了明年的预算草案。', '草案将于下周提交全国人大。'];
const SHAPES: Shape[] = [
  // Datelines not read before (before: the agency unread, and in Korean, Japanese and Chinese the dateline left in the text).
  ["Yonhap's Korean dateline, the reporter's address under the copy", [`(서울=연합뉴스) 김철수 기자 = ${ko[0]}`, ko[1]!, 'kcs@yna.co.kr'], ko, '서울', 'Yonhap'],
  ["Yonhap's, two reporters and a correspondent's title", [`(워싱턴=연합뉴스) 김철수 이영희 특파원 = ${ko[0]}`, ko[1]!], ko, '워싱턴', 'Yonhap'],
  ["Yonhap's rights line", [`(서울=연합뉴스) 김철수 기자 = ${ko[0]}`, ko[1]!, '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>'], ko, '서울', 'Yonhap'],
  ["Newsis', the reporter run into the bracket", [`(서울=뉴시스)김철수 기자 = ${ko[0]}`, ko[1]!, '[저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지]'], ko, '서울', 'Newsis'],
  ["News1's", [`(세종=뉴스1) 김철수 기자 = ${ko[0]}`, ko[1]!], ko, '세종', 'News1'],
  ["Kyodo's Japanese dateline", [`【北京共同】${ja[0]}`, ja[1]!], ja, '北京', 'Kyodo'],
  ["Jiji's, the place in katakana", [`【ワシントン時事】${ja[0]}`, ja[1]!], ja, 'ワシントン', 'Jiji'],
  ["China News Service's", [`中新社北京11月27日电 (记者 张三)${zh[0]}`, zh[1]!], zh, '北京', 'China News Service'],
  ['… as its site writes it', [`中新网上海11月27日电 ${zh[0]}`, zh[1]!], zh, '上海', 'China News Service'],
  ["Interfax-Ukraine's", [`KYIV. Nov 27 (Interfax-Ukraine) - ${lead}`, next], [lead, next], 'KYIV', 'Interfax-Ukraine'],
  ["Zimbabwe's New Ziana", [`HARARE, Nov 27 (New Ziana) - ${lead}`, next], [lead, next], 'HARARE', 'New Ziana'],
  ["Cuba's ACN, dated", [`Havana, Nov 27 (ACN) ${lead}`, next], [lead, next], 'Havana', 'ACN'],
  // Chrome not taken before (before: each stayed in the copy).
  ["China Daily's byline and stamp", ['By ZHANG WEI | China Daily | Updated: 2026-11-27 07:19', lead, next], [lead, next], null, null],
  ["China Daily's caption credited in square brackets", [lead, 'Workers check solar panels in Hefei, Anhui province, on Thursday. [Photo/Xinhua]', next], [lead, next], null, null],
  ['… to its photographer', [lead, 'Visitors tour the expo in Shanghai on Thursday. [Photo by Wang Jing/China Daily]', next], [lead, next], null, null],
  ['… the credit inside a paragraph of copy', [`${lead} [Photo by Wang Jing/China Daily] ${next}`], [`${lead} ${next}`], null, null],
  ["Reuters' topic links", [`LONDON, Nov 27 (Reuters) - ${lead}`, next, 'Suggested Topics:', 'World', 'Asia Pacific'], [lead, next], 'LONDON', 'Reuters'],
  ["Reuters' advertisement break", [`LONDON, Nov 27 (Reuters) - ${lead}`, 'Advertisement · Scroll to continue', next], [lead, next], 'LONDON', 'Reuters'],
  ["Bloomberg's contributors", [lead, next, '--With assistance from Jane Doe and John Roe.'], [lead, next], null, null],
  ["Bloomberg's syndication footer", [lead, next, 'More stories like this are available on bloomberg.com', '©2026 Bloomberg L.P.'], [lead, next], null, null],
  ["a Philippine paper's contributors", [`MANILA, Philippines — ${lead}`, next, '— With reports from Jane Doe'], [lead, next], 'MANILA', null],
  ["the Straits Times' source and rights", [`SINGAPORE - ${lead}`, next, 'Source: The Straits Times © SPH Media Limited. Permission required for reproduction.'], [lead, next], 'SINGAPORE', null],
  ["an Urdu paper's read-more link", ['اسلام آباد۔27نومبر (اے پی پی): کابینہ نے جمعہ کو بجٹ کے مسودے کی منظوری دے دی۔', 'مزید پڑھیں: اسٹاک مارکیٹ میں تیزی', 'مسودہ اگلے ہفتے پارلیمنٹ میں جائے گا۔'], ['کابینہ نے جمعہ کو بجٹ کے مسودے کی منظوری دے دی۔', 'مسودہ اگلے ہفتے پارلیمنٹ میں جائے گا۔'], 'اسلام آباد', 'APP'],
  ["a Nepali paper's also-read link", ['काठमाडौं, मंसिर ११ (रासस) । मन्त्रिपरिषद्ले शुक्रबार बजेटको मस्यौदा स्वीकृत गर्‍यो ।', 'यो पनि पढ्नुहोस् : सेयर बजार बढ्यो', 'मस्यौदा अर्को साता संसदमा जानेछ ।'], ['मन्त्रिपरिषद्ले शुक्रबार बजेटको मस्यौदा स्वीकृत गर्‍यो ।', 'मस्यौदा अर्को साता संसदमा जानेछ ।'], 'काठमाडौं', 'RSS'],
  // Shapes read already, kept as guards.
  ["China Daily's byline with its site", ['By Li Hong | chinadaily.com.cn | Updated: 2026-11-27 10:05', lead, next], [lead, next], null, null],
  ["Xinhua's, its Enditem", [`BEIJING, Nov. 27 (Xinhua) -- ${lead}`, next, 'Enditem'], [lead, next], 'BEIJING', 'Xinhua'],
  ["Xinhua's caption credited to its photographer", [`BEIJING, Nov. 27 (Xinhua) -- ${lead}`, next, 'Workers check solar panels in Hefei on Thursday. (Xinhua/Wang Peng)'], [lead, next], 'BEIJING', 'Xinhua'],
  ["Yonhap's English, its label and (END)", [`(LEAD) SEOUL, Nov. 27 (Yonhap) -- ${lead}`, next, 'kdh@yna.co.kr', '(END)'], [lead, next], 'SEOUL', 'Yonhap'],
  ["Kyodo's ==Kyodo", [`TOKYO, Nov. 27 (Kyodo) -- ${lead}`, next, '==Kyodo'], [lead, next], 'TOKYO', 'Kyodo'],
  ["Antara's related link and translator", [`Jakarta (ANTARA) - ${lead}`, 'Related news: Indonesia, Japan agree to boost maritime cooperation', next, 'Translator: Yashinta Difa', 'Editor: Rahmad Nasution'], [lead, next], 'Jakarta', 'Antara'],
  ["Europa Press's mark in capitals", [`MADRID, 27 Nov. (EUROPA PRESS) - ${lead}`, next], [lead, next], 'MADRID', 'Europa Press'],
  ["IRNA's, undated", [`Tehran, IRNA -- ${lead}`, next], [lead, next], 'Tehran', 'IRNA'],
  ["the GNA's, the mark after a comma", [`Accra, Nov. 27, GNA - ${lead}`, next], [lead, next], 'Accra', 'GNA'],
  ["the ENA's, the year after a slash", [`Addis Ababa, November 27/2026 (ENA) ${lead}`, next], [lead, next], 'Addis Ababa', 'ENA'],
  ["Anadolu's subscribers' note", [`ANKARA, Nov. 27 (AA) - ${lead}`, next, 'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.'], [lead, next], 'ANKARA', 'Anadolu'],
  ["NAN's site and editor", [`Abuja, Nov. 27, 2026 (NAN) ${lead}`, next, '(NAN)(www.nannews.ng)', 'Edited by Chioma Ugboma'], [lead, next], 'Abuja', 'NAN'],
  ["Dawn's print line", [`ISLAMABAD: ${lead}`, next, 'Published in Dawn, November 27th, 2026'], [lead, next], 'ISLAMABAD', null],
  ["Business Recorder's rights", [`KARACHI: ${lead}`, next, 'Copyright Business Recorder, 2026'], [lead, next], 'KARACHI', null],
  ["Prothom Alo's translation note", [`Dhaka: ${lead}`, next, '* This report, originally published in Prothom Alo print and online edition, has been rewritten in English by Ayesha Kabir'], [lead, next], 'Dhaka', null],
  ["Republica's stamp", ['Published On: November 27, 2026 10:05 AM NPT By: Republica', `KATHMANDU, Nov 27: ${lead}`, next], [lead, next], 'KATHMANDU', null],
  ["News18's footer", [`New Delhi: ${lead}`, next, 'Location : New Delhi, India', 'First Published: November 27, 2026, 10:05 IST'], [lead, next], 'New Delhi', null],
  ["a republished piece's note", [lead, next, 'This article is republished from The Conversation under a Creative Commons license. Read the original article.'], [lead, next], null, null],
  ["Bloomberg's update note", ['(Updates with analyst comment in fifth paragraph.)', lead, next], [lead, next], null, null],
];

describe('the twenty-eighth sweep: agencies, outlets and languages not covered before', () => {
  it.each(SHAPES)('%s', (_what, lines, kept, place, agency) => {
    const copy = clean(lines);
    expect(copy.paragraphs).toEqual(kept);
    expect([copy.place, copy.agency]).toEqual([place, agency]);
  });

  it.each([
    // A sentence that merely names an agency, or a form like a dateline's, stays copy.
    '【日米共同】両国は声明を発表した。',
    '(1달러=1,400원) 환율은 27일 올랐다.',
    '--With assistance from China, the port was built in 2019.',
    'With assistance from Jane Doe, the team finished the survey on Friday.',
    'Suggested topics for the debate were sent to the speakers on Friday.',
    'More stories like this are needed, the editor told the conference on Friday.',
    'China News Service reported on Friday that the budget was approved.',
  ])('keeps "%s" whole', (line) => {
    const copy = clean([line, next]);
    expect(copy.paragraphs[0]).toBe(line);
    expect(copy.agency).toBeNull();
  });
});

const STORIES: WireStory[] = [
  ['Online', p(`ISLAMABAD, Nov 27 (Online): ${lead}`, next), [lead, next], 'ISLAMABAD', 'Online'],
  ['Yonhap', p(`(서울=연합뉴스) 김철수 기자 = ${ko[0]}`, ko[1]!, 'kcs@yna.co.kr', '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>'), ko, '서울', 'Yonhap'],
  ['Kyodo', p(`【北京共同】${ja[0]}`, ja[1]!), ja, '北京', 'Kyodo'],
  ['Interfax-Ukraine', p(`KYIV. Nov 27 (Interfax-Ukraine) - ${lead}`, next), [lead, next], 'KYIV', 'Interfax-Ukraine'],
  ['Bloomberg', p(lead, next, '--With assistance from Jane Doe.', 'More stories like this are available on bloomberg.com'), [lead, next], null, null],
  ['Teaser', p('CHANDIGARH The Punjab cabinet on Friday approved a new policy for'), ['The Punjab cabinet on Friday approved a new policy for'], 'CHANDIGARH', null],
];

const { feed: FEED, expected } = wireStoriesFeed('Fri, 27 Nov 2026 10:05:00 +0530', STORIES);

describe('twenty-eighth wire sweep, through a poll', () => {
  it('stores each story without its dateline and footers, with its place and agency', async () => {
    const { outcome, stories } = await sweep.poll('/wire28/feed.xml', FEED);
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(wireFieldsByItem(stories)).toEqual(expected);
  });
});
