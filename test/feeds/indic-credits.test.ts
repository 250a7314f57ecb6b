import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Picture credits and ad labels in India's languages and Urdu (chrome8): hunt7 found them left in as copy, where their English twins
 * ("File photo", "(Representational image)", "Photo: PTI", "Advertisement") are chrome. Alone on a line, or a credit closing a caption,
 * they go now; a sentence of copy holding the words stays.
 */
const FILLS: Record<'deva' | 'beng' | 'arab' | 'taml', string[]> = {
  deva: [
    'सरकार ने गुरुवार को कहा कि वह संसद के शीतकालीन सत्र में यह विधेयक पेश करेगी, जो अगले सप्ताह शुरू हो रहा है।',
    'अधिकारियों ने बताया कि मसौदा सितंबर में राज्यों को टिप्पणी के लिए भेजा गया था और ज्यादातर ने जवाब दे दिया है।',
    'विपक्ष ने मांग की है कि मतदान से पहले विधेयक को प्रवर समिति के पास भेजा जाए।',
  ],
  beng: [
    'সরকার বৃহস্পতিবার জানিয়েছে, আগামী সপ্তাহে শুরু হওয়া সংসদের শীতকালীন অধিবেশনে বিলটি উত্থাপন করা হবে।',
    'কর্মকর্তারা জানান, সেপ্টেম্বরে খসড়াটি মতামতের জন্য মন্ত্রণালয়গুলোতে পাঠানো হয়েছিল এবং বেশিরভাগই জবাব দিয়েছে।',
    'বিরোধী দল দাবি করেছে, ভোটের আগে বিলটি সংসদীয় কমিটিতে পাঠাতে হবে।',
  ],
  arab: [
    'حکومت نے جمعرات کو کہا کہ وہ یہ بل پارلیمنٹ کے سرمائی اجلاس میں پیش کرے گی جو اگلے ہفتے شروع ہو رہا ہے۔',
    'حکام نے بتایا کہ مسودہ ستمبر میں صوبوں کو رائے کے لیے بھیجا گیا تھا اور زیادہ تر نے جواب دے دیا ہے۔',
    'اپوزیشن نے مطالبہ کیا ہے کہ ووٹنگ سے پہلے بل کو قائمہ کمیٹی کے پاس بھیجا جائے۔',
  ],
  taml: [
    'நாடாளுமன்றத்தின் குளிர்கால கூட்டத்தொடரில் இந்த மசோதா தாக்கல் செய்யப்படும் என்று அரசு வியாழக்கிழமை தெரிவித்தது.',
    'வரைவு செப்டம்பரில் மாநிலங்களுக்கு கருத்துக்காக அனுப்பப்பட்டது என்றும் பெரும்பாலானவை பதிலளித்துள்ளன என்றும் அதிகாரிகள் கூறினர்.',
    'வாக்கெடுப்புக்கு முன் மசோதாவை தேர்வுக் குழுவுக்கு அனுப்ப வேண்டும் என்று எதிர்க்கட்சிகள் கோரியுள்ளன.',
  ],
};
const fillOf = (p: string): string[] =>
  /[\u0980-\u09ff]/.test(p) ? FILLS.beng : /[\u0600-\u06ff]/.test(p) ? FILLS.arab : /[\u0b80-\u0bff]/.test(p) ? FILLS.taml : FILLS.deva;
/** The probe first, in the middle and last of a story in its script. */
const placed = (p: string): string[][] => {
  const [a, b, c] = fillOf(p) as [string, string, string];
  return [[p, a, b, c], [a, p, b, c], [a, b, c, p]];
};

/** A picture's credit or kind, or an ad's label, alone on its line: hunt7's finds and their Marathi and Tamil twins. */
const ALONE = [
  '(फाइल फोटो)',
  'फाइल फोटो',
  'फ़ाइल फ़ोटो',
  'प्रतीकात्मक तस्वीर',
  '(प्रतीकात्मक तस्वीर)',
  'प्रतीकात्मक तस्वीर (पीटीआई)',
  '(फोटो: पीटीआई)',
  'फोटो साभार: सोशल मीडिया',
  'ফাইল ছবি',
  'ছবি: বাসস',
  'ফাইল ছবি: বাসস',
  'فائل فوٹو',
  'فوٹو: اے پی پی',
  'संग्रहित छायाचित्र',
  'கோப்புப் படம்',
  'विज्ञापन',
  'বিজ্ঞাপন',
];

/** A caption closed by its credit, as "(File photo)" and "(Photo: PTI)" close an English one: the caption goes with it. */
const CAPTIONS = [
  'मुंबई में रैली को संबोधित करते प्रधानमंत्री नरेंद्र मोदी। (फाइल फोटो)',
  'मुंबई में रैली को संबोधित करते प्रधानमंत्री नरेंद्र मोदी। (फोटो: पीटीआई)',
  'ঢাকায় সমাবেশে বক্তব্য দিচ্ছেন প্রধানমন্ত্রী। (ফাইল ছবি)',
  'لاہور میں جلسے سے خطاب کرتے ہوئے وزیر اعظم۔ (فائل فوٹو)',
];

/** Copy that holds the words: it stays. */
const KEPT = [
  'पुलिस ने फाइल फोटो जारी की।',
  'विज्ञापन कंपनियों ने कहा कि इस साल खर्च में कटौती होगी।',
  'फाइल फोटो दिखाकर ठग ने बुजुर्ग से पचास हजार रुपये ठग लिए।',
  'फोटो: पुलिस ने बताया कि घटनास्थल से तीन संदिग्धों की तस्वीरें बरामद की गईं।',
  'प्रतीकात्मक तस्वीर लगाकर फर्जी खबर फैलाई गई, फैक्ट चेक टीम ने बताया।',
  'পুলিশ অভিযুক্তের ফাইল ছবি প্রকাশ করেছে।',
  'ছবি: পুলিশ জানিয়েছে, ঘটনাস্থল থেকে তিনজন সন্দেহভাজনের ছবি উদ্ধার করা হয়েছে।',
  'বিজ্ঞাপন থেকে রাষ্ট্রীয় সম্প্রচারকের আয় এক-তৃতীয়াংশ কমেছে।',
  'پولیس نے ملزم کی فائل فوٹو جاری کی۔',
  'فوٹو: پولیس نے بتایا کہ جائے وقوعہ سے تین مشتبہ افراد کی تصاویر برآمد ہوئیں۔',
  'اشتہار دینے والی کمپنیوں نے اخراجات کم کر دیے۔',
];

describe('indic credits (chrome8): a picture credit or ad label alone on its line', () => {
  for (const p of ALONE) {
    it(`drops "${p}" first, in the middle and last`, () => {
      const fill = fillOf(p);
      for (const story of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(fill);
    });
  }
});

describe('indic credits (chrome8): a caption closed by its credit', () => {
  for (const p of CAPTIONS) {
    it(`drops "${p}" with its caption`, () => {
      const fill = fillOf(p);
      for (const story of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(fill);
    });
  }
});

describe('indic credits (chrome8): copy holding the words stays', () => {
  for (const p of KEPT) {
    it(`keeps "${p}" wherever it stands`, () => {
      for (const story of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(story);
    });
  }
});

const sweep = apiSweep('feeds-indic-credits');
const SITE = 'https://bharat-pictures.example.com/';
const paras = (text: string[]) => text.map((p) => `<p>${p}</p>`).join('');
const link = (slug: string) => `${SITE}2026/11/${slug}/`;
const item = (title: string, slug: string, text: string[]) =>
  `<item><title>${title}</title><link>${link(slug)}</link>${DATE}<description>${title}.</description><content:encoded><![CDATA[${paras(text)}]]></content:encoded></item>`;

type Three = [string, string, string];
const [HI, BN, UR, TA] = [FILLS.deva, FILLS.beng, FILLS.arab, FILLS.taml] as [Three, Three, Three, Three];
/** Six stories: what the feed carries, and the copy that should come out of it. */
const STORIES: [string, string, string[], string[]][] = [
  ['Winter session bill', 'bill-hi', [CAPTIONS[0]!, HI[0], HI[1], 'विज्ञापन', HI[2]], [HI[0], HI[1], HI[2]]],
  ['Bill and the photo', 'bill-photo-hi', ['प्रतीकात्मक तस्वीर', HI[0], KEPT[0]!, HI[1], '(फोटो: पीटीआई)'], [HI[0], KEPT[0]!, HI[1]]],
  ['Ad spending', 'ads-hi', [HI[0], KEPT[1]!, 'फाइल फोटो', HI[2]], [HI[0], KEPT[1]!, HI[2]]],
  ['Bill in Bangla', 'bill-bn', ['ফাইল ছবি', BN[0], BN[1], 'ছবি: বাসস', KEPT[5]!], [BN[0], BN[1], KEPT[5]!]],
  ['Bill in Urdu', 'bill-ur', [UR[0], 'فائل فوٹو', UR[1], KEPT[8]!, 'فوٹو: اے پی پی'], [UR[0], UR[1], KEPT[8]!]],
  ['Bill in Tamil', 'bill-ta', [TA[0], 'கோப்புப் படம்', TA[1], TA[2]], [TA[0], TA[1], TA[2]]],
];

const FEED: UnseenFeed = {
  path: '/indic-credits/desk.xml',
  type: RSS_TYPE,
  doc: channel(CONTENT, head('Bharat Pictures', SITE), STORIES.map(([title, slug, text]) => item(title, slug, text))),
};

const fields = (text: string[], slug: string) => ({ link: link(slug), published: PUBLISHED, author: null, image: null, categories: [], text: text.join('\n\n') });

describe('indic credits (chrome8), through the admin API', () => {
  it('polls a desk feed of Indian-language stories with picture credits and ad labels, and keeps only their copy', async () => {
    expect(await fieldsOf(sweep, [FEED], [FEED.path])).toEqual(Object.fromEntries(STORIES.map(([title, slug, , kept]) => [title, fields(kept, slug)])));
  });
});
