import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Marks in the middle of a story (hunt8): an Indian agency's picture credit alone on a line between two paragraphs of a Hindi story
 * ("पीटीआई फोटो") read as the Hindi sign-off, and the copy after it was cut. It is a caption's credit now, dropped as its English twins
 * ("PTI Photo", "IANS Photo") are; the copy under it stays.
 */
const HI = [
  'सरकार ने गुरुवार को कहा कि वह संसद के शीतकालीन सत्र में यह विधेयक पेश करेगी, जो अगले सप्ताह शुरू हो रहा है।',
  'अधिकारियों ने बताया कि मसौदा सितंबर में राज्यों को टिप्पणी के लिए भेजा गया था और ज्यादातर ने जवाब दे दिया है।',
  'विपक्ष ने मांग की है कि मतदान से पहले विधेयक को प्रवर समिति के पास भेजा जाए।',
] as const;
const EN = [
  'The government said on Thursday it would table the bill in the winter session of Parliament, which opens next week.',
  'Officials said the draft was sent to the states for comment in September and most of them had replied.',
  'The opposition has demanded that the bill be sent to a select committee before the vote.',
] as const;

/** A picture credit alone between paragraphs: Hindi's, in Devanagari, cut the copy below it on main. */
const HINDI_CREDITS = ['पीटीआई फोटो', '(पीटीआई फोटो)', 'पीटीआई फ़ोटो', 'आईएएनएस फोटो', 'भाषा फोटो', 'वार्ता फोटो'];
/** … and the English twins, dropped on main already: they hold the rule's English side. */
const ENGLISH_CREDITS = ['PTI Photo', 'ANI Photo', 'IANS Photo', '(PTI Photo)', '(IANS Photo)', 'PTI File Photo'];

describe('mid-story marks (hunt8): a picture credit alone between paragraphs is dropped, the copy under it stays', () => {
  for (const p of HINDI_CREDITS) {
    it(`drops "${p}" between paragraphs of a Hindi story`, () => {
      expect(cleanWireCopy([HI[0], p, HI[1], HI[2]]).paragraphs).toEqual([...HI]);
      expect(cleanWireCopy([HI[0], HI[1], p, HI[2]]).paragraphs).toEqual([...HI]);
    });
  }
  for (const p of ENGLISH_CREDITS) {
    it(`drops "${p}" between paragraphs of an English story`, () => {
      expect(cleanWireCopy([EN[0], p, EN[1], EN[2]]).paragraphs).toEqual([...EN]);
      expect(cleanWireCopy([EN[0], EN[1], p, EN[2]]).paragraphs).toEqual([...EN]);
    });
  }

  it('still reads a Hindi sign-off under the copy as its foot, and cuts the chrome under it', () => {
    const story = cleanWireCopy([...HI, 'भाषा अबक रंज', 'ये भी पढ़ें', 'शेयर बाजार में तेजी']);
    expect(story).toMatchObject({ paragraphs: [...HI], agency: 'PTI' });
  });

  it('keeps the copy under a bare mark mid-story when that copy is signed off below (as on main)', () => {
    expect(cleanWireCopy([`नई दिल्ली, 26 नवंबर (वार्ता) ${HI[0]}`, 'वार्ता', HI[1], HI[2], 'वार्ता']).paragraphs).toEqual([...HI]);
    expect(cleanWireCopy([EN[0], '--IANS', EN[1], EN[2], '--IANS', 'akl/as']).paragraphs).toEqual([...EN]);
  });
});

const sweep = apiSweep('feeds-mid-story-marks');
const SITE = 'https://desh-wire.example.com/';
const paras = (text: readonly string[]) => text.map((p) => `<p>${p}</p>`).join('');
const link = (slug: string) => `${SITE}2026/11/${slug}/`;
const item = (title: string, slug: string, text: readonly string[]) =>
  `<item><title>${title}</title><link>${link(slug)}</link>${DATE}<description>${title}.</description><content:encoded><![CDATA[${paras(text)}]]></content:encoded></item>`;

/** Four stories: what the feed carries, and the copy that should come out of it. */
const STORIES: [string, string, string[], string[]][] = [
  ['Winter session bill', 'bill-hi', [HI[0], 'पीटीआई फोटो', HI[1], HI[2]], [...HI]],
  ['Bill and the IANS photo', 'bill-ians-hi', [HI[0], HI[1], '(आईएएनएस फोटो)', HI[2]], [...HI]],
  ['Bill with a sign-off', 'bill-signed-hi', [HI[0], 'पीटीआई फोटो', HI[1], HI[2], 'भाषा अबक रंज', 'ये भी पढ़ें'], [...HI]],
  ['Bill in English', 'bill-en', [EN[0], 'PTI Photo', EN[1], EN[2]], [...EN]],
];

const FEED: UnseenFeed = {
  path: '/mid-story-marks/desk.xml',
  type: RSS_TYPE,
  doc: channel(CONTENT, head('Desh Wire', SITE), STORIES.map(([title, slug, text]) => item(title, slug, text))),
};

const fields = (text: string[], slug: string) => ({ link: link(slug), published: PUBLISHED, author: null, image: null, categories: [], text: text.join('\n\n') });

describe('mid-story marks (hunt8), through the admin API', () => {
  it('polls a desk feed whose stories carry picture credits between paragraphs, and keeps all their copy', async () => {
    expect(await fieldsOf(sweep, [FEED], [FEED.path])).toEqual(Object.fromEntries(STORIES.map(([title, slug, , kept]) => [title, fields(kept, slug)])));
  });
});
