import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Copy the Indian-language rules cut (hunt7): a sentence of Hindi, Bengali, Urdu, Marathi or Tamil copy that the chrome rules for those
 * languages met. An "also read" label over a sentence ended as these scripts end one ("और पढ़ें: अदालत ने कहा कि …।"), and copy telling of
 * a channel plug ("…ग्रुप से जुड़ें …, पुलिस के मुताबिक।"), each placed first, in the middle and last of a story in its language, keep every
 * paragraph now; the labels over linked headlines and the plugs themselves still go.
 */
const FILLS: Record<'deva' | 'beng' | 'arab' | 'taml', string[]> = {
  deva: [
    'सरकार ने गुरुवार को कहा कि वह संसद के शीतकालीन सत्र में यह विधेयक पेश करेगी, जो अगले सप्ताह शुरू हो रहा है।',
    'अधिकारियों ने बताया कि मसौदा सितंबर में राज्यों को टिप्पणी के लिए भेजा गया था और ज्यादातर ने जवाब दे दिया है।',
    'विपक्ष ने मांग की है कि मतदान से पहले विधेयक को प्रवर समिति के पास भेजा जाए।',
    'मंत्री ने राजधानी में संवाददाताओं से कहा कि सोमवार को कैबिनेट की बैठक के बाद अंतिम फैसला होने की उम्मीद है।',
  ],
  beng: [
    'সরকার বৃহস্পতিবার জানিয়েছে, আগামী সপ্তাহে শুরু হওয়া সংসদের শীতকালীন অধিবেশনে বিলটি উত্থাপন করা হবে।',
    'কর্মকর্তারা জানান, সেপ্টেম্বরে খসড়াটি মতামতের জন্য মন্ত্রণালয়গুলোতে পাঠানো হয়েছিল এবং বেশিরভাগই জবাব দিয়েছে।',
    'বিরোধী দল দাবি করেছে, ভোটের আগে বিলটি সংসদীয় কমিটিতে পাঠাতে হবে।',
    'মন্ত্রী রাজধানীতে সাংবাদিকদের বলেন, সোমবার মন্ত্রিসভার বৈঠকের পর চূড়ান্ত সিদ্ধান্ত আসবে বলে আশা করা হচ্ছে।',
  ],
  arab: [
    'حکومت نے جمعرات کو کہا کہ وہ یہ بل پارلیمنٹ کے سرمائی اجلاس میں پیش کرے گی جو اگلے ہفتے شروع ہو رہا ہے۔',
    'حکام نے بتایا کہ مسودہ ستمبر میں صوبوں کو رائے کے لیے بھیجا گیا تھا اور زیادہ تر نے جواب دے دیا ہے۔',
    'اپوزیشن نے مطالبہ کیا ہے کہ ووٹنگ سے پہلے بل کو قائمہ کمیٹی کے پاس بھیجا جائے۔',
    'وزیر نے دارالحکومت میں صحافیوں سے کہا کہ پیر کو کابینہ کے اجلاس کے بعد حتمی فیصلہ متوقع ہے۔',
  ],
  taml: [
    'நாடாளுமன்றத்தின் குளிர்கால கூட்டத்தொடரில் இந்த மசோதா தாக்கல் செய்யப்படும் என்று அரசு வியாழக்கிழமை தெரிவித்தது.',
    'வரைவு செப்டம்பரில் மாநிலங்களுக்கு கருத்துக்காக அனுப்பப்பட்டது என்றும் பெரும்பாலானவை பதிலளித்துள்ளன என்றும் அதிகாரிகள் கூறினர்.',
    'வாக்கெடுப்புக்கு முன் மசோதாவை தேர்வுக் குழுவுக்கு அனுப்ப வேண்டும் என்று எதிர்க்கட்சிகள் கோரியுள்ளன.',
    'திங்கள்கிழமை அமைச்சரவைக் கூட்டத்துக்குப் பிறகு இறுதி முடிவு எடுக்கப்படும் என்று அமைச்சர் செய்தியாளர்களிடம் கூறினார்.',
  ],
};
/** The story's paragraphs in the probe's script. */
const fillOf = (p: string): string[] =>
  /[\u0980-\u09ff]/.test(p) ? FILLS.beng : /[\u0600-\u06ff]/.test(p) ? FILLS.arab : /[\u0b80-\u0bff]/.test(p) ? FILLS.taml : FILLS.deva;
const placed = (p: string): string[][] => {
  const fill = fillOf(p);
  return [[p, ...fill], [fill[0]!, fill[1]!, p, fill[2]!, fill[3]!], [...fill, p]];
};

/** An "also read" label over a sentence of copy, ended with a danda, Urdu's full stop or a full stop: the label's rule dropped it on main. */
const ALSO_READ_SENTENCES = [
  'और पढ़ें: अदालत ने कहा कि कानून चौदह दिन से ज्यादा हिरासत की अनुमति नहीं देता।',
  'আরও পড়ুন: আদালত বলেছে, চৌদ্দ দিনের বেশি আটক রাখার অনুমতি আইনে নেই।',
  'مزید پڑھیں: عدالت نے کہا کہ قانون چودہ دن سے زیادہ حراست کی اجازت نہیں دیتا۔',
  'हेही वाचा: न्यायालयाने सांगितले की कायद्यात चौदा दिवसांपेक्षा जास्त कोठडीची परवानगी नाही.',
  'இதையும் படிக்க: நீதிமன்றம் பதினான்கு நாட்களுக்கு மேல் காவலை சட்டம் அனுமதிக்கவில்லை என்று கூறியது.',
];
/** Copy telling of a channel plug, whom it is from or the plug's words as text sent: the plug's rule dropped it on main. */
const PLUG_TOLD = [
  'व्हाट्सऐप ग्रुप से जुड़ें और पैसे कमाएं, ऐसे संदेश भेजकर ठगों ने लोगों को फंसाया, पुलिस के मुताबिक।',
  'ठगों ने लोगों से टेलीग्राम चैनल से जुड़ें लिखकर संदेश भेजे और लाखों रुपये ऐंठ लिए।',
  'यूट्यूब चैनल पर फॉलो करें लिखे संदेशों से लोगों को फंसाया गया, साइबर सेल ने जानकारी दी।',
  'হোয়াটসঅ্যাপ গ্রুপে যোগ দিন লিখে প্রতারকেরা মানুষের কাছে বার্তা পাঠাত, পুলিশ জানিয়েছে।',
  'واٹس ایپ گروپ جوائن کریں کے پیغامات بھیج کر ملزمان شہریوں کو لوٹتے تھے، ایف آئی اے کے مطابق۔',
  'ফেসবুকে আমাদের ফলো করুন লেখা ভুয়া পেজ থেকে প্রতারণা চালানো হচ্ছিল, তদন্তে উঠে এসেছে।',
];

describe('copy kept (hunt7): a sentence of Indian-language copy a chrome rule met', () => {
  for (const p of [...ALSO_READ_SENTENCES, ...PLUG_TOLD]) {
    it(`keeps "${p}" first, in the middle and last`, () => {
      for (const story of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(story);
    });
  }
});

/** The chrome those rules were made for, in each language: it still goes. */
const PINS = [
  'यह भी पढ़ें: मोदी की रैली में उमड़ी भीड़',
  'यह भी पढ़ें: क्या सरकार बदलेगी नियम?',
  'আরও পড়ুন: ঢাকায় আজ বৃষ্টির পূর্বাভাস',
  'مزید پڑھیں: لاہور میں بارش کا امکان',
  'हेही वाचा: मुंबईत पावसाचा जोर वाढला',
  'இதையும் படிக்க: சென்னையில் கனமழை எச்சரிக்கை',
  'देश-दुनिया की ताजा खबरों के लिए हमारे व्हाट्सऐप चैनल से जुड़ें।',
  'देश-दुनिया की ताज़ा ख़बरों के लिए हमारे WhatsApp चैनल से जुड़ें',
  'ताजा अपडेट के अनुसार खबरें पाने के लिए हमारे टेलीग्राम चैनल से जुड़ें',
  'আমাদের হোয়াটসঅ্যাপ চ্যানেলে যোগ দিন',
  'ফেসবুকে আমাদের ফলো করুন',
  'ہمارے واٹس ایپ چینل کو فالو کریں',
  'हमें फेसबुक, ट्विटर और इंस्टाग्राम पर फॉलो करें',
  'ताज़ा अपडेट के लिए हमें गूगल न्यूज़ पर फॉलो करें',
  'ताजा खबरें',
  'संबंधित समाचार',
  'इनपुट: भाषा',
  'हिंदी में पढ़ें',
  'हिंदी',
  'मराठी',
  'डिस्क्लेमर: यह खबर सीधे न्यूज़ एजेंसी से ली गई है।',
];

describe('copy kept (hunt7): the chrome the rules were made for still goes', () => {
  for (const p of PINS) {
    it(`drops "${p}" under the copy`, () => {
      const fill = fillOf(p);
      expect(cleanWireCopy([...fill, p]).paragraphs).toEqual(fill);
    });
  }
  it('still cuts the agencies\' sign-offs off the last sentence in Hindi and Bengali', () => {
    const [a, b, c, d] = FILLS.deva;
    expect(cleanWireCopy([a!, b!, c!, `${d!} भाषा अविनाश अजय`]).paragraphs).toEqual(FILLS.deva);
    expect(cleanWireCopy([a!, b!, c!, `${d!} --आईएएनएस`]).paragraphs).toEqual(FILLS.deva);
    const bn = FILLS.beng;
    expect(cleanWireCopy([...bn.slice(0, 3), `${bn[3]!} বাসস/এএসজি/১৫৩০`]).paragraphs).toEqual(bn);
  });
});

/** Probes that lost nothing on main, pinned as kept: Indian-language copy opening with or holding a chrome word. */
const KEPT = [
  'यह भी पढ़ें कि सरकार ने पिछले साल क्या वादा किया था, विपक्ष के नेता ने संसद में कहा।',
  'یہ بھی پڑھیں کہ حکومت نے گزشتہ سال کیا وعدہ کیا تھا، اپوزیشن لیڈر نے کہا۔',
  'ताज़ा खबरें आने तक बचाव दल मलबे में फंसे लोगों को निकालने में जुटे थे।',
  'टॉप स्टोरीज़ में शामिल होने के लिए चैनलों में होड़ मची रही, रिपोर्ट में कहा गया।',
  'संबंधित खबरें छापने पर दो पत्रकारों को नोटिस भेजा गया, पुलिस ने बताया।',
  'फोटो: पुलिस ने बताया कि घटनास्थल से तीन संदिग्धों की तस्वीरें बरामद की गईं।',
  'फोटो पहचान पत्र के बिना किसी को मतदान केंद्र में प्रवेश नहीं मिलेगा, आयोग ने कहा।',
  'वीडियो: सोशल मीडिया पर वायरल क्लिप में पुलिसकर्मी भीड़ पर लाठी चलाते दिख रहे हैं।',
  'वीडियो फुटेज में पुलिस को भीड़ पर आंसू गैस छोड़ते देखा गया।',
  'विज्ञापन पर खर्च में इस साल एक तिहाई की कटौती की गई, ऑडिट रिपोर्ट में पाया गया।',
  'ছবি: পুলিশ জানিয়েছে, ঘটনাস্থল থেকে তিনজন সন্দেহভাজনের ছবি উদ্ধার করা হয়েছে।',
  'ভিডিও ফুটেজে পুলিশকে ভিড়ের ওপর কাঁদানে গ্যাস ছুড়তে দেখা গেছে।',
  'বিজ্ঞাপন থেকে রাষ্ট্রীয় সম্প্রচারকের আয় এক-তৃতীয়াংশ কমেছে, নিরীক্ষায় দেখা গেছে।',
  'تصویر: پولیس نے بتایا کہ جائے وقوعہ سے تین مشتبہ افراد کی تصاویر برآمد ہوئیں۔',
  'ویڈیو فوٹیج میں پولیس کو ہجوم پر آنسو گیس پھینکتے دیکھا گیا۔',
  'اشتہارات پر اخراجات میں اس سال ایک تہائی کمی کی گئی، آڈٹ رپورٹ میں کہا گیا۔',
  'हमें फॉलो करें, प्रदर्शनकारियों ने संसद की ओर मार्च करते हुए नारे लगाए।',
  'क्लिक करें लिखे लिंक पर क्लिक करते ही खाते से पैसे कट गए, पीड़ित ने शिकायत में लिखा।',
  'अधिक खबरों के लिए लोग अब सोशल मीडिया पर निर्भर हैं, सर्वे में पाया गया।',
  'ताजा अपडेट के लिए मौसम विभाग ने मछुआरों से रेडियो सुनने को कहा।',
  'भाषा के सवाल पर दोनों राज्यों के बीच विवाद गहराता जा रहा है।',
  'समझौते की खबर सबसे पहले पीटीआई ने दी थी।',
  'आईएएनएस से बात करते हुए मंत्री ने कहा कि बिल अगले सत्र में पेश होगा।',
  'वार्ता विफल होने के बाद किसानों ने आंदोलन तेज करने का ऐलान किया।',
  'यह भाषा सरल है और बच्चे इसे जल्दी सीखते हैं।',
  'বাসস-এর সঙ্গে আলাপকালে মন্ত্রী বলেন, বিলটি আগামী অধিবেশনে তোলা হবে।',
  'اے پی پی سے گفتگو کرتے ہوئے وزیر نے کہا کہ بل اگلے اجلاس میں پیش کیا جائے گا۔',
  'इनपुट लागत बढ़ने से किसानों की आमदनी घटी है, रिपोर्ट में कहा गया।',
  'यह खबर एजेंसी से ली गई है, ऐसा दावा करने वाले पोस्ट को फर्जी पाया गया, फैक्ट चेक टीम ने बताया।',
  'हिंदी में पढ़ें और लिखें अभियान की शुरुआत मंत्री ने की।',
  'सांकेतिक तस्वीर बनाकर पुलिस ने आरोपी की पहचान की, अधिकारियों ने बताया।',
  'फाइल फोटो दिखाकर ठग ने बुजुर्ग से पचास हजार रुपये ठग लिए।',
];

describe('copy kept (hunt7): pinned as kept', () => {
  for (const p of KEPT) {
    it(`keeps "${p}" wherever it stands`, () => {
      for (const story of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(story);
    });
  }
});

const sweep = apiSweep('feeds-copy-kept-7');
const SITE = 'https://bharat-desk.example.com/';
const paras = (text: string[]) => text.map((p) => `<p>${p}</p>`).join('');
const link = (slug: string) => `${SITE}2026/11/${slug}/`;
const item = (title: string, slug: string, text: string[]) =>
  `<item><title>${title}</title><link>${link(slug)}</link>${DATE}<description>${title}.</description><content:encoded><![CDATA[${paras(text)}]]></content:encoded></item>`;

const [HI, BN, UR, TA] = [FILLS.deva, FILLS.beng, FILLS.arab, FILLS.taml];
/** Eight stories, each with a probe that lost copy on main among its paragraphs. */
const STORIES: [string, string, string[]][] = [
  ['Detention ruling', 'detention-hi', [HI[0]!, ALSO_READ_SENTENCES[0]!, HI[1]!, HI[2]!]],
  ['Detention ruling in Bangla', 'detention-bn', [BN[0]!, ALSO_READ_SENTENCES[1]!, BN[3]!]],
  ['Detention ruling in Urdu', 'detention-ur', [UR[1]!, ALSO_READ_SENTENCES[2]!, UR[2]!, UR[3]!]],
  ['Detention ruling in Tamil', 'detention-ta', [TA[0]!, ALSO_READ_SENTENCES[4]!, TA[1]!]],
  ['WhatsApp fraud', 'whatsapp-fraud', [PLUG_TOLD[0]!, HI[0]!, HI[3]!]],
  ['Telegram fraud', 'telegram-fraud', [HI[1]!, PLUG_TOLD[1]!, HI[2]!]],
  ['Fraud ring in Dhaka', 'fraud-dhaka', [BN[0]!, PLUG_TOLD[3]!, PLUG_TOLD[5]!, BN[1]!]],
  ['Fraud ring in Lahore', 'fraud-lahore', [UR[0]!, UR[1]!, PLUG_TOLD[4]!]],
];

const FEED: UnseenFeed = {
  path: '/copy-kept-7/desk.xml',
  type: RSS_TYPE,
  doc: channel(CONTENT, head('Bharat Desk', SITE), STORIES.map(([title, slug, text]) => item(title, slug, text))),
};

const fields = (text: string[], slug: string) => ({ link: link(slug), published: PUBLISHED, author: null, image: null, categories: [], text: text.join('\n\n') });

describe('copy kept (hunt7), through the admin API', () => {
  it('polls a desk feed of Indian-language stories holding sentences chrome rules met, and keeps every paragraph of each', async () => {
    expect(await fieldsOf(sweep, [FEED], [FEED.path])).toEqual(Object.fromEntries(STORIES.map(([title, slug, text]) => [title, fields(text, slug)])));
  });
});
