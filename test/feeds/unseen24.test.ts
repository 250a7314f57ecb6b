import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, MEDIA, atom, iso2022jp, rss } from '../helpers/feed-docs.js';
import { feedSweep, seenStory } from '../helpers/poll.js';

/**
 * The twenty-fourth sweep: legacy charsets the earlier sweeps never served (KOI8-U, windows-1250/1256/1257/874,
 * ISO-8859-13/15, ISO-2022-JP, Big5-HKSCS, GBK bytes labelled gb2312), named only in the HTTP header or only in the
 * prolog; dates as Persian, Arab, Saudi, Hebrew, Thai, Korean, Japanese, Chinese, Ukrainian and Finnish sites print
 * them; the RSS of CMSs newspapers run that no sweep served yet (Umbraco, Atex, Naviga, Adobe Experience Manager,
 * TownNews BLOX, Newspack, HubSpot, DataLife Engine); and a few shapes (a guid twice, a PHP warning before the prolog,
 * an Atom entry known only by its id, an item with only a description, Google News' <source>).
 * The documents are written for the test, in the publishers' shapes only. Each is served over HTTP, added as a feed,
 * polled once and read back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen24-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come. */
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/unseen24/${++served}`, body, type);

/** One poll of bytes that must succeed and leave the feed well: its stories as a reader sees them. */
async function polledBytes(body: Buffer, type: string) {
  const { outcome, feed, stories } = await sweep.poll(`/unseen24/${++served}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok', error: null });
  expect(feed).toMatchObject({ status: 'ok', lastError: null });
  return stories.map(seenStory);
}

/** An RSS document in `encoding`, its prolog naming `prolog` (or nothing). */
const encodedRss = (encoding: string, prolog: string | null, channel: string, item: string) =>
  iconv.encode(`<?xml version="1.0"${prolog ? ` encoding="${prolog}"` : ''}?><rss version="2.0"><channel>${channel}<item>${item}</item></channel></rss>`, encoding);

describe('legacy charsets named in one place only', () => {
  it('KOI8-U named only by the HTTP header: Ukrainian і, ї, є and ґ, which KOI8-R has not', async () => {
    const title = 'Київ відновив рух тролейбусів на Подолі';
    const text = 'Тролейбуси знову їздять від Контрактової площі до Поштової, ґрунт під колією укріпили.';
    const doc = encodedRss('koi8-u', null, '<title>Київські новини</title><link>https://news.kyiv.example.ua/</link>', `<title>${title}</title><link>https://news.kyiv.example.ua/articles/2026/11/26/trolleybus</link><description>${text}</description><pubDate>Thu, 26 Nov 2026 11:00:00 +0200</pubDate>`);
    expect(await polledBytes(doc, 'application/rss+xml; charset=koi8-u')).toMatchObject([{ title, text, source: 'Київські новини', published: '2026-11-26T09:00:00.000Z' }]);
  });

  it('windows-1250 named only in the prolog, served as text/xml without a charset', async () => {
    const title = 'Łódź: nowa linia tramwajowa już kursuje';
    const text = 'Tramwaje linii 19 dojeżdżają od piątku z Retkini na Widzew, co dwanaście minut.';
    const doc = encodedRss('windows-1250', 'windows-1250', '<title>Wiadomości Łódzkie</title><link>https://lodz.example.pl/</link>', `<title>${title}</title><link>https://lodz.example.pl/wiadomosci/nowa-linia-tramwajowa,123456.html</link><description>${text}</description><pubDate>Thu, 26 Nov 2026 10:00:00 +0100</pubDate>`);
    expect(await polledBytes(doc, 'text/xml')).toMatchObject([{ title, text, source: 'Wiadomości Łódzkie', published: '2026-11-26T09:00:00.000Z' }]);
  });

  it('windows-1257 named only by the HTTP header: Lithuanian ą, č, ė, į, š, ų, ū, ž', async () => {
    const title = 'Klaipėdos uoste atidaryta nauja krantinė';
    const text = 'Naujoje krantinėje galės švartuotis du konteinerių laivai iš karto, sakė uosto direkcija.';
    const doc = encodedRss('windows-1257', null, '<title>Žinios iš uosto</title><link>https://uostas.example.lt/</link>', `<title>${title}</title><link>https://uostas.example.lt/naujienos/2026/11/26/krantine</link><description>${text}</description><pubDate>Thu, 26 Nov 2026 11:00:00 +0200</pubDate>`);
    expect(await polledBytes(doc, 'application/xml; charset=windows-1257')).toMatchObject([{ title, text, source: 'Žinios iš uosto' }]);
  });

  it('ISO-8859-13 named only in the prolog: Latvian long vowels and cedillas', async () => {
    const title = 'Rīgā atklāts jauns tramvaja maršruts uz Skanstes ielu';
    const doc = encodedRss('iso-8859-13', 'ISO-8859-13', '<title>Rīgas Ziņas</title><link>https://rigas-zinas.example.lv/</link>', `<title>${title}</title><link>https://rigas-zinas.example.lv/zinas/tramvajs</link><description>Jaunais maršruts savieno centru ar Skanstes apkaimi.</description><pubDate>Thu, 26 Nov 2026 11:00:00 +0200</pubDate>`);
    expect(await polledBytes(doc, 'text/xml')).toMatchObject([{ title, source: 'Rīgas Ziņas', text: 'Jaunais maršruts savieno centru ar Skanstes apkaimi.' }]);
  });

  it('ISO-8859-15 named only in the prolog: the euro sign and œ, which Latin-1 has not at those bytes', async () => {
    const title = 'Le ticket de tram passe à 2 € au cœur de Lyon';
    const doc = encodedRss('iso-8859-15', 'ISO-8859-15', '<title>Lyon Actu</title><link>https://lyon-actu.example.fr/</link>', `<title>${title}</title><link>https://lyon-actu.example.fr/transports/ticket-tram-2-euros</link><description>Le nouveau tarif s’applique dès lundi sur les lignes T1 à T7.</description><pubDate>Thu, 26 Nov 2026 10:00:00 +0100</pubDate>`.replace('’', "'"));
    expect(await polledBytes(doc, 'text/xml')).toMatchObject([{ title, text: "Le nouveau tarif s'applique dès lundi sur les lignes T1 à T7." }]);
  });

  it('windows-874 named only by the HTTP header: a Thai headline', async () => {
    const title = 'กรุงเทพฯ เปิดสะพานข้ามแม่น้ำเจ้าพระยาแห่งใหม่';
    const text = 'สะพานแห่งใหม่เปิดให้รถวิ่งได้ตั้งแต่เช้าวันพฤหัสบดี';
    const doc = encodedRss('windows-874', null, '<title>ข่าวกรุงเทพ</title><link>https://bkk-news.example.co.th/</link>', `<title>${title}</title><link>https://bkk-news.example.co.th/news/2026/11/26/bridge</link><description>${text}</description><pubDate>Thu, 26 Nov 2026 16:00:00 +0700</pubDate>`);
    expect(await polledBytes(doc, 'application/rss+xml; charset=windows-874')).toMatchObject([{ title, text, source: 'ข่าวกรุงเทพ', published: '2026-11-26T09:00:00.000Z' }]);
  });

  it('windows-1256 named only by the HTTP header: an Arabic headline and copy', async () => {
    const title = 'افتتاح رصيف ثان للحاويات في ميناء جدة';
    const text = 'قالت هيئة الموانئ إن الرصيف الجديد يضاعف عدد السفن التي يمكن تفريغها يوميا.';
    const doc = encodedRss('windows-1256', null, '<title>أخبار الميناء</title><link>https://port-news.example.sa/</link><language>ar</language>', `<title>${title}</title><link>https://port-news.example.sa/news/2026/11/26/berth</link><description>${text}</description><pubDate>Thu, 26 Nov 2026 12:00:00 +0300</pubDate>`);
    expect(await polledBytes(doc, 'text/xml; charset=windows-1256')).toMatchObject([{ title, text, source: 'أخبار الميناء', published: '2026-11-26T09:00:00.000Z' }]);
  });

  it('ISO-2022-JP named in the prolog, as old Japanese sites write it', async () => {
    const title = '新しいコンテナ埠頭が開業';
    const text = '港湾局によると、新しい埠頭で一日に荷揚げできる船の数は倍になる。';
    const doc = iso2022jp(`<?xml version="1.0" encoding="ISO-2022-JP"?><rss version="2.0"><channel><title>港のニュース</title><link>https://minato.example.jp/</link><item><title>${title}</title><link>https://minato.example.jp/news/20261126-berth.html</link><description>${text}</description><pubDate>Thu, 26 Nov 2026 18:00:00 +0900</pubDate></item></channel></rss>`);
    expect(await polledBytes(doc, 'text/xml')).toMatchObject([{ title, text, source: '港のニュース', published: '2026-11-26T09:00:00.000Z' }]);
  });

  it('ISO-2022-JP named only by the HTTP header', async () => {
    const title = '市電の新路線、来春に開業へ';
    const doc = iso2022jp(`<?xml version="1.0"?><rss version="2.0"><channel><title>市政だより</title><link>https://shisei.example.jp/</link><item><title>${title}</title><link>https://shisei.example.jp/topics/tram.html</link><description>市は新路線の工事が予定どおり進んでいると発表した。</description></item></channel></rss>`);
    expect(await polledBytes(doc, 'application/rss+xml; charset=iso-2022-jp')).toMatchObject([{ title, source: '市政だより', text: '市は新路線の工事が予定どおり進んでいると発表した。' }]);
  });

  it('ISO-2022-JP named nowhere: its escape sequences tell it, as browsers read it', async () => {
    const title = '臨港道路の渋滞、新ゲートで解消へ';
    const doc = iso2022jp(`<?xml version="1.0"?><rss version="2.0"><channel><title>港湾ジャーナル</title><link>https://kowan.example.jp/</link><item><title>${title}</title><link>https://kowan.example.jp/n/778</link><description>新しいゲートは来月開く。</description></item></channel></rss>`);
    expect(await polledBytes(doc, 'text/xml')).toMatchObject([{ title, source: '港湾ジャーナル', text: '新しいゲートは来月開く。' }]);
  });

  it('windows-31j (Shift_JIS with NEC’s circled numbers) named by the HTTP header', async () => {
    const title = '第②埠頭の供用開始、㈱港湾サービスが運営';
    const doc = encodedRss('cp932', 'Shift_JIS', '<title>みなと新聞</title><link>https://minato-shimbun.example.jp/</link>', `<title>${title}</title><link>https://minato-shimbun.example.jp/article/12345</link><description>供用開始は十二月一日。</description>`);
    expect(await polledBytes(doc, 'text/xml; charset=Windows-31J')).toMatchObject([{ title, text: '供用開始は十二月一日。' }]);
  });

  it('GBK bytes labelled gb2312 by the HTTP header (characters outside GB2312, as Chinese sites write them)', async () => {
    const title = '上海港第二集装箱码头开港 记者张喆、朱镕报道';
    const doc = encodedRss('gbk', 'gb2312', '<title>港口新闻网</title><link>https://gangkou.example.cn/</link>', `<title>${title}</title><link>https://gangkou.example.cn/news/20261126/123.shtml</link><description>新码头每天可多卸一倍的船。</description><pubDate>Thu, 26 Nov 2026 17:00:00 +0800</pubDate>`);
    expect(await polledBytes(doc, 'text/html; charset=gb2312')).toMatchObject([{ title, source: '港口新闻网', text: '新码头每天可多卸一倍的船。' }]);
  });

  it('Big5-HKSCS named in the prolog: a Cantonese character outside the BMP ("𨋢", lift)', async () => {
    const title = '港鐵站新𨋢今日啟用';
    const doc = encodedRss('big5hkscs', 'Big5-HKSCS', '<title>香港街坊報</title><link>https://hk-kaifong.example.hk/</link>', `<title>${title}</title><link>https://hk-kaifong.example.hk/news/lift</link><description>新𨋢連接大堂及月台。</description>`);
    expect(await polledBytes(doc, 'text/xml')).toMatchObject([{ title, source: '香港街坊報', text: '新𨋢連接大堂及月台。' }]);
  });
});

describe('dates as local sites print them', () => {
  it('a Persian site: the solar date in Persian digits with the time after a dash, read in Tehran’s clock', async () => {
    const doc = rss(
      '',
      '<title>خبرگزاری بندر</title><link>https://bandar.example.ir/</link><language>fa-IR</language>',
      ['<title>دومین اسکله کانتینری بندر شهید رجایی افتتاح شد</title><link>https://bandar.example.ir/news/1405090512</link><description>با افتتاح اسکله جدید ظرفیت تخلیه روزانه دو برابر شد.</description><pubDate>۱۴۰۵/۰۹/۰۵ - ۱۲:۳۰</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ title: 'دومین اسکله کانتینری بندر شهید رجایی افتتاح شد', published: '2026-11-26T09:00:00.000Z', source: 'خبرگزاری بندر' }]);
  });

  it('an Arab site: Arabic-Indic digits and a month name, "م" for the afternoon, read in Riyadh’s clock', async () => {
    const doc = rss(
      '',
      '<title>صحيفة الساحل</title><link>https://sahel.example.sa/</link><language>ar-SA</language>',
      ['<title>افتتاح رصيف جديد في ميناء الدمام</title><link>https://sahel.example.sa/article/778899</link><description>يعمل الرصيف الجديد على مدار الساعة.</description><pubDate>الخميس ٢٦ نوفمبر ٢٠٢٦ - ١٢:٣٠ م</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ title: 'افتتاح رصيف جديد في ميناء الدمام', published: '2026-11-26T09:30:00.000Z' }]);
  });

  it('a Korean site: a dotted date year first ("2026.11.26 18:05"), read in Seoul’s clock', async () => {
    const doc = rss(
      '',
      '<title>부산항 소식</title><link>https://busanport.example.kr/</link><language>ko</language>',
      ['<title>부산항 제2 컨테이너 부두 개장</title><link>https://busanport.example.kr/news/articleView.html?idxno=123456</link><description>새 부두로 하루 하역 선박 수가 두 배가 된다.</description><pubDate>2026.11.26 18:05</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ title: '부산항 제2 컨테이너 부두 개장', link: 'https://busanport.example.kr/news/articleView.html?idxno=123456', published: '2026-11-26T09:05:00.000Z' }]);
  });

  it('a Japanese site: "2026年11月26日 18時05分" in dc:date, read in Tokyo’s clock', async () => {
    const doc = rss(
      DC,
      '<title>みなと日報</title><link>https://minato-nippo.example.jp/</link><language>ja</language>',
      ['<title>新埠頭が開業</title><link>https://minato-nippo.example.jp/articles/20261126-01</link><description>新しい埠頭の供用が始まった。</description><dc:date>2026年11月26日 18時05分</dc:date>'],
    );
    expect(await polled(doc)).toMatchObject([{ title: '新埠頭が開業', published: '2026-11-26T09:05:00.000Z' }]);
  });

  it('a Hebrew site: right-to-left marks around the headline are no part of it', async () => {
    const doc = rss(
      '',
      '<title>חדשות הנמל</title><link>https://hanamal.example.co.il/</link><language>he</language>',
      ['<title>\u200Fנמל אשדוד פתח רציף מכולות שני\u200F</title><link>https://hanamal.example.co.il/article/556677</link><description>\u202Bהרציף החדש יכפיל את מספר האוניות שנפרקות ביום.\u202C</description><pubDate>Thu, 26 Nov 2026 11:00:00 +0200</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ title: 'נמל אשדוד פתח רציף מכולות שני', text: 'הרציף החדש יכפיל את מספר האוניות שנפרקות ביום.', published: '2026-11-26T09:00:00.000Z' }]);
  });
  it('a Hebrew site: the date as Israeli sites print it ("יום חמישי, 26 בנובמבר 2026 בשעה 11:30"), read in Israel’s clock', async () => {
    const doc = rss(
      '',
      '<title>ידיעות הנמל</title><link>https://yediot-hanamal.example.co.il/</link><language>he</language>',
      [
        '<title>רציף חדש נפתח בנמל חיפה</title><link>https://yediot-hanamal.example.co.il/news/1001</link><description>הרציף החדש נפתח הבוקר לאוניות מכולות.</description><pubDate>יום חמישי, 26 בנובמבר 2026 בשעה 11:30</pubDate>',
        '<title>תור המשאיות בשער הנמל התקצר</title><link>https://yediot-hanamal.example.co.il/news/1002</link><description>זמן ההמתנה בשער ירד לפחות משעה.</description><pubDate>26 בנוב׳ 2026, 10:15</pubDate>',
      ],
    );
    expect(await polled(doc)).toMatchObject([{ published: '2026-11-26T09:30:00.000Z' }, { published: '2026-11-26T08:15:00.000Z' }]);
  });
  it('a Thai site: a short Buddhist-era year after the month ("26 พ.ย. 69 16:30 น.", 2569 = 2026), read in Bangkok’s clock', async () => {
    const doc = rss(
      '',
      '<title>ข่าวท่าเรือ</title><link>https://thaport-news.example.co.th/</link><language>th</language>',
      ['<title>ท่าเรือแหลมฉบังเปิดท่าเทียบเรือแห่งที่สอง</title><link>https://thaport-news.example.co.th/news/2569/11/26/berth</link><description>ท่าเทียบเรือแห่งใหม่เปิดใช้งานตั้งแต่เช้าวันพฤหัสบดี</description><pubDate>26 พ.ย. 69 16:30 น.</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ published: '2026-11-26T09:30:00.000Z' }]);
  });
  it('a Saudi paper: the Hijri and Gregorian dates side by side, "م" (AD) after the Gregorian year, read as that day in Riyadh', async () => {
    const doc = rss(
      '',
      '<title>صحيفة الخليج اليوم</title><link>https://khaleej-today.example.sa/</link><language>ar-SA</language>',
      [
        '<title>ميناء الملك عبدالعزيز يستقبل أول سفينة في الرصيف الجديد</title><link>https://khaleej-today.example.sa/article/20001</link><description>استقبل الرصيف الجديد أول سفينة حاويات صباح الخميس.</description><pubDate>الخميس 16 جمادى الآخرة 1448 هـ - 26 نوفمبر 2026 م</pubDate>',
        '<title>تراجع زمن انتظار الشاحنات عند بوابة الميناء</title><link>https://khaleej-today.example.sa/article/20002</link><description>قال مسؤولون إن زمن الانتظار تراجع إلى أقل من ساعة.</description><pubDate>26 نوفمبر 2026م</pubDate>',
      ],
    );
    expect(await polled(doc)).toMatchObject([{ published: '2026-11-25T21:00:00.000Z' }, { published: '2026-11-25T21:00:00.000Z' }]);
  });
  it('a Ukrainian site: "26 листопада 2026 о 12:30" ("at"), read in Kyiv’s clock', async () => {
    const doc = rss(
      '',
      '<title>Портові новини</title><link>https://port-news.example.com.ua/</link><language>uk</language>',
      ['<title>В Одеському порту відкрили другий контейнерний причал</title><link>https://port-news.example.com.ua/news/55501</link><description>Новий причал подвоїть кількість суден, які порт розвантажує за день.</description><pubDate>26 листопада 2026 о 12:30</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ published: '2026-11-26T10:30:00.000Z' }]);
  });

  it('a Chinese site: the weekday after the date ("2026年11月26日 星期四 17:30", "2026-11-26 17:30:00 星期四"), read in Beijing’s clock', async () => {
    const doc = rss(
      '',
      '<title>港航新闻</title><link>https://ganghang.example.cn/</link><language>zh-CN</language>',
      [
        '<title>青岛港第二集装箱码头开港</title><link>https://ganghang.example.cn/news/7001.html</link><description>新码头每天可多卸一倍的船。</description><pubDate>2026年11月26日 星期四 17:30</pubDate>',
        '<title>港区集卡排队时间缩短</title><link>https://ganghang.example.cn/news/7002.html</link><description>集卡在闸口的等候时间已降至一小时以内。</description><pubDate>2026-11-26 16:15:00 星期四</pubDate>',
      ],
    );
    expect(await polled(doc)).toMatchObject([{ published: '2026-11-26T09:30:00.000Z' }, { published: '2026-11-26T08:15:00.000Z' }]);
  });

  it('a Finnish site: "torstai 26. marraskuuta 2026 klo 11.30" is November (not March), read in Helsinki’s clock', async () => {
    const doc = rss(
      '',
      '<title>Satamauutiset</title><link>https://satamauutiset.example.fi/</link><language>fi</language>',
      ['<title>Vuosaaren satamaan toinen konttilaituri</title><link>https://satamauutiset.example.fi/uutiset/12345</link><description>Uusi laituri kaksinkertaistaa puretettavien alusten määrän päivässä.</description><pubDate>torstai 26. marraskuuta 2026 klo 11.30</pubDate>'],
    );
    expect(await polled(doc)).toMatchObject([{ published: '2026-11-26T09:30:00.000Z' }]);
  });
});

describe('newspaper CMSs no sweep served yet', () => {
  it('Umbraco: links relative to the site, the channel link bare, a GMT date', async () => {
    const doc = rss(
      '',
      '<title>Aarhus Nyt</title><link>https://aarhus-nyt.example.dk</link><description>Seneste nyt</description><generator>Umbraco</generator>',
      ['<title>Ny containerkaj åbner på Aarhus Havn</title><link>/nyheder/2026/11/ny-containerkaj/</link><guid isPermaLink="false">4f1c2a7e-9b3d-4c55-8f0e-2a6b1d9c3e11</guid><description>Den nye kaj fordobler antallet af skibe, havnen kan losse om dagen.</description><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate>'],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Ny containerkaj åbner på Aarhus Havn',
        link: 'https://aarhus-nyt.example.dk/nyheder/2026/11/ny-containerkaj/',
        published: '2026-11-26T09:30:00.000Z',
        author: null,
        image: null,
        source: 'Aarhus Nyt',
        categories: [],
        text: 'Den nye kaj fordobler antallet af skibe, havnen kan losse om dagen.',
      },
    ]);
  });

  it('Atex: the author as "address (name)", an ?ref=rss tail, the picture in media:content with a credit', async () => {
    const doc = rss(
      MEDIA,
      '<title>Bergens Dagblad - Siste nytt</title><link>https://www.bergens-dagblad.example.no/</link><description>Atex Polopoly feed</description>',
      ['<title>Ny kai åpnet i Bergen havn</title><link>https://www.bergens-dagblad.example.no/nyheter/ny-kai-apnet-i-bergen-havn/s/5-8-1234567?ref=rss</link><guid isPermaLink="false">5-8-1234567</guid><author>kari.nordmann@bergens-dagblad.example.no (Kari Nordmann)</author><description>Den nye kaien dobler antallet skip havnen kan losse hver dag.</description><pubDate>Thu, 26 Nov 2026 10:30:00 +0100</pubDate><media:content url="https://www.bergens-dagblad.example.no/incoming/article1234567.ece/ALTERNATES/w1024/kai.jpg" type="image/jpeg" medium="image"><media:credit>Foto: Ola Hansen</media:credit></media:content>'],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Ny kai åpnet i Bergen havn',
        link: 'https://www.bergens-dagblad.example.no/nyheter/ny-kai-apnet-i-bergen-havn/s/5-8-1234567',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Kari Nordmann',
        image: 'https://www.bergens-dagblad.example.no/incoming/article1234567.ece/ALTERNATES/w1024/kai.jpg',
        source: 'Bergens Dagblad',
        categories: [],
        text: 'Den nye kaien dobler antallet skip havnen kan losse hver dag.',
      },
    ]);
  });

  it('Naviga Web: two dc:creator bylines, the picture as an enclosure with a query, section categories', async () => {
    const doc = rss(
      DC,
      '<title>The Harbour Gazette</title><link>https://www.harbourgazette.example.com</link><description>Local news</description><generator>Naviga Web</generator>',
      [`<title>Second container quay opens</title><link>https://www.harbourgazette.example.com/news/local/second-container-quay-opens/article_3f2e1d0c.html</link><guid>https://www.harbourgazette.example.com/news/local/second-container-quay-opens/article_3f2e1d0c.html</guid><dc:creator>Ann Lee</dc:creator><dc:creator>Bo Chan</dc:creator><category>News</category><category>Local</category><enclosure url="https://www.harbourgazette.example.com/images/2026/11/26/quay.jpg?width=1200&amp;height=800" type="image/jpeg" length="0"/><description><![CDATA[<p>The gazette counted forty cranes on the new quay, twice the number the old berth had.</p>]]></description><pubDate>Thu, 26 Nov 2026 04:30:00 -0500</pubDate>`],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Second container quay opens',
        link: 'https://www.harbourgazette.example.com/news/local/second-container-quay-opens/article_3f2e1d0c.html',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Ann Lee, Bo Chan',
        image: 'https://www.harbourgazette.example.com/images/2026/11/26/quay.jpg?width=1200&height=800',
        source: 'The Harbour Gazette',
        categories: ['News', 'Local'],
        text: 'The gazette counted forty cranes on the new quay, twice the number the old berth had.',
      },
    ]);
  });

  it('Adobe Experience Manager: a .html page, a DAM rendition picture, a "Read more" line after the copy', async () => {
    const doc = rss(
      MEDIA,
      '<title>Port Authority Newsroom</title><link>https://www.port-authority.example.org/en/newsroom.html</link><description>Press releases</description>',
      [`<title>Authority opens quay a month early</title><link>https://www.port-authority.example.org/en/newsroom/2026/second-container-quay-opens.html</link><guid>https://www.port-authority.example.org/en/newsroom/2026/second-container-quay-opens.html</guid><description><![CDATA[<p>The authority said the quay cost less than planned and opened a month early.</p><p><a href="https://www.port-authority.example.org/en/newsroom/2026/second-container-quay-opens.html">Read more</a></p>]]></description><media:thumbnail url="https://www.port-authority.example.org/content/dam/port/newsroom/2026/quay.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg"/><pubDate>Thu, 26 Nov 2026 10:30:00 +0100</pubDate>`],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Authority opens quay a month early',
        link: 'https://www.port-authority.example.org/en/newsroom/2026/second-container-quay-opens.html',
        published: '2026-11-26T09:30:00.000Z',
        author: null,
        image: 'https://www.port-authority.example.org/content/dam/port/newsroom/2026/quay.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg',
        source: 'Port Authority Newsroom',
        categories: [],
        text: 'The authority said the quay cost less than planned and opened a month early.',
      },
    ]);
  });

  it('TownNews BLOX: "By name" with an address in dc:creator, the picture on the BLOX image host, an article_ uuid link', async () => {
    const doc = rss(
      `${DC} ${MEDIA}`,
      '<title>harbourtimes.example.com - RSS Results in news/local of type article</title><link>https://harbourtimes.example.com/search/?f=rss&amp;t=article&amp;c=news/local</link><description>harbourtimes.example.com - RSS Results</description><generator>TownNews.com - BLOX CMS</generator>',
      [`<title>Short waits at the new quay gate</title><description><![CDATA[Truck drivers waited less than an hour at the gate on the quay’s first morning.]]></description><pubDate>Thu, 26 Nov 2026 04:30:00 -0500</pubDate><link>https://harbourtimes.example.com/news/local/second-container-quay-opens/article_0b5c6a0e-9f1d-11ef-8a3e-bf7d1f2e4a11.html</link><guid>https://harbourtimes.example.com/news/local/second-container-quay-opens/article_0b5c6a0e-9f1d-11ef-8a3e-bf7d1f2e4a11.html</guid><dc:creator>By JANE ROE jroe@harbourtimes.example.com</dc:creator><enclosure url="https://bloximages.example.townnews.com/harbourtimes.example.com/content/tncms/assets/v3/editorial/0/b5/0b5c6a0e/quay.jpg?resize=1200%2C800" length="112233" type="image/jpeg"/><category>News</category>`],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Short waits at the new quay gate',
        link: 'https://harbourtimes.example.com/news/local/second-container-quay-opens/article_0b5c6a0e-9f1d-11ef-8a3e-bf7d1f2e4a11.html',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Jane Roe',
        image: 'https://bloximages.example.townnews.com/harbourtimes.example.com/content/tncms/assets/v3/editorial/0/b5/0b5c6a0e/quay.jpg?resize=1200%2C800',
        source: 'harbourtimes.example.com',
        categories: ['News'],
        text: 'Truck drivers waited less than an hour at the gate on the quay’s first morning.',
      },
    ]);
  });

  it('Newspack (WordPress): the featured picture in media:content, a "The post … appeared first on …" line', async () => {
    const doc = rss(
      `xmlns:content="http://purl.org/rss/1.0/modules/content/" ${DC} ${MEDIA}`,
      '<title>Harbour Report</title><link>https://harbourreport.example.org</link><description>Nonprofit local news</description><generator>https://wordpress.org/?v=6.7</generator>',
      [`<title>Dock workers to staff new quay around the clock</title><link>https://harbourreport.example.org/2026/11/26/second-container-quay-opens/</link><dc:creator><![CDATA[Mia Park]]></dc:creator><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate><category><![CDATA[Economy]]></category><guid isPermaLink="false">https://harbourreport.example.org/?p=45678</guid><description><![CDATA[Dock workers voted last week to staff the new quay around the clock.]]></description><content:encoded><![CDATA[<p>Dock workers voted last week to staff the new quay around the clock.</p><p>The post <a href="https://harbourreport.example.org/2026/11/26/second-container-quay-opens/">Dock workers to staff new quay around the clock</a> appeared first on <a href="https://harbourreport.example.org">Harbour Report</a>.</p>]]></content:encoded><media:content url="https://harbourreport.example.org/wp-content/uploads/2026/11/quay.jpg" medium="image"><media:title type="html">The new quay</media:title></media:content>`],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Dock workers to staff new quay around the clock',
        link: 'https://harbourreport.example.org/2026/11/26/second-container-quay-opens/',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Mia Park',
        image: 'https://harbourreport.example.org/wp-content/uploads/2026/11/quay.jpg',
        source: 'Harbour Report',
        categories: ['Economy'],
        text: 'Dock workers voted last week to staff the new quay around the clock.',
      },
    ]);
  });

  it('HubSpot: the featured picture in its wrapper, the tracking pixel after the copy no picture', async () => {
    const doc = rss(
      DC,
      '<title>Port Logistics Blog</title><link>https://blog.portlogistics.example.com/blog</link><description>News from the quay</description>',
      [`<title>Book slots at the second quay</title><link>https://blog.portlogistics.example.com/blog/second-container-quay-opens</link><description><![CDATA[<div class="hs-featured-image-wrapper"><a href="https://blog.portlogistics.example.com/blog/second-container-quay-opens" title="" class="hs-featured-image-link"><img src="https://blog.portlogistics.example.com/hubfs/quay.jpg" alt="Book slots at the second quay" class="hs-featured-image" style="width:auto !important; max-width:50%; float:left; margin:0 15px 15px 0;"></a></div><p>Our forwarding customers can now book slots at the second quay through the portal.</p><img src="https://track.hubspot.example.com/__ptq.gif?a=123456&amp;k=14&amp;r=https%3A%2F%2Fblog.portlogistics.example.com%2Fblog%2Fsecond-container-quay-opens&amp;bu=https%253A%252F%252Fblog.portlogistics.example.com%252Fblog&amp;bvt=rss" alt="" width="1" height="1" style="min-height:1px!important;width:1px!important;border-width:0!important;margin-top:0!important;margin-bottom:0!important;margin-right:0!important;margin-left:0!important;padding-top:0!important;padding-bottom:0!important;padding-right:0!important;padding-left:0!important; "> ]]></description><category>Operations</category><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate><author>info@portlogistics.example.com (Sam Ortiz)</author><guid>https://blog.portlogistics.example.com/blog/second-container-quay-opens</guid><dc:date>2026-11-26T09:30:00Z</dc:date>`],
    );
    expect(await polled(doc)).toEqual([
      {
        title: 'Book slots at the second quay',
        link: 'https://blog.portlogistics.example.com/blog/second-container-quay-opens',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Sam Ortiz',
        image: 'https://blog.portlogistics.example.com/hubfs/quay.jpg',
        source: 'Port Logistics Blog',
        categories: ['Operations'],
        text: 'Our forwarding customers can now book slots at the second quay through the portal.',
      },
    ]);
  });

  it('DataLife Engine in windows-1251: the copy broken by <br />, a Russian category, the site’s name after a dash off the outlet', async () => {
    const title = 'В порту Новороссийска открыли второй контейнерный причал';
    const doc = encodedRss(
      'windows-1251',
      'windows-1251',
      '<title>Новости Кубани - Главные новости</title><link>https://kuban-news.example.ru/</link><language>ru</language><generator>DataLife Engine</generator>',
      `<title>${title}</title><guid isPermaLink="true">https://kuban-news.example.ru/news/12345-v-portu-otkryli-prichal.html</guid><link>https://kuban-news.example.ru/news/12345-v-portu-otkryli-prichal.html</link><description><![CDATA[Новый причал удвоит число судов, которые порт может разгрузить за день.<br /><br />Работы шли два года.]]></description><category><![CDATA[Экономика]]></category><dc:creator>admin</dc:creator><pubDate>Thu, 26 Nov 2026 12:30:00 +0300</pubDate>`,
    );
    const [s] = await polledBytes(doc, 'text/xml');
    expect(s).toMatchObject({ title, published: '2026-11-26T09:30:00.000Z', categories: ['Экономика'], author: null, text: 'Новый причал удвоит число судов, которые порт может разгрузить за день.\n\nРаботы шли два года.' });
  });
});

describe('shapes no sweep served yet', () => {
  it('an item printed twice under one guid (the CMS re-sent it after an edit) is one story', async () => {
    const doc = rss(
      '',
      '<title>Harbour Desk</title><link>https://harbourdesk.example.com/</link>',
      [
        `<title>Cranes on the new quay (updated)</title><link>https://harbourdesk.example.com/a/991</link><guid isPermaLink="false">harbourdesk-991</guid><description>The desk corrected the number of cranes in its first report of the opening.</description><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>`,
        `<title>Cranes on the new quay</title><link>https://harbourdesk.example.com/a/991</link><guid isPermaLink="false">harbourdesk-991</guid><description>The desk corrected the number of cranes in its first report of the opening.</description><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate>`,
      ],
    );
    const stories = await polled(doc);
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ link: 'https://harbourdesk.example.com/a/991', text: 'The desk corrected the number of cranes in its first report of the opening.' });
  });

  it('a PHP warning printed before the prolog: the feed after it is read, and the poll says so', async () => {
    const doc =
      '<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by (output started at /var/www/html/wp-config.php:91) in <b>/var/www/html/wp-includes/feed-rss2.php</b> on line <b>8</b><br />\n' +
      rss('', '<title>Harbour Weekly</title><link>https://harbourweekly.example.com</link>', [`<title>Riding the first ship in</title><link>https://harbourweekly.example.com/2026/11/26/quay/</link><description>The weekly’s reporter rode the first ship to tie up at the new quay.</description><pubDate>Thu, 26 Nov 2026 09:30:00 +0000</pubDate>`]);
    const { outcome, feed, stories } = await sweep.poll(`/unseen24/${++served}`, doc, 'application/rss+xml; charset=UTF-8');
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(feed).toMatchObject({ status: 'ok', lastError: null, title: 'Harbour Weekly' });
    expect(feed.lastWarning).toMatch(/read leniently/);
    expect(stories.map(seenStory)).toMatchObject([{ title: 'Riding the first ship in', link: 'https://harbourweekly.example.com/2026/11/26/quay/', source: 'Harbour Weekly', text: 'The weekly’s reporter rode the first ship to tie up at the new quay.' }]);
  });

  it('Atom: an entry with no link whose id is its page’s address', async () => {
    const doc = atom('Harbour Notes', '<link rel="self" href="https://harbournotes.example.net/feed.atom"/>', [
      `<id>https://harbournotes.example.net/2026/11/26/quay</id><title>Dawn at the quay</title><updated>2026-11-26T09:30:00Z</updated><author><name>Lee Ward</name></author><content type="html">&lt;p&gt;Notes from the quay: the first ship tied up at dawn, the second by noon.&lt;/p&gt;</content>`,
    ]);
    expect(await polled(doc, ATOM_TYPE)).toEqual([
      {
        title: 'Dawn at the quay',
        link: 'https://harbournotes.example.net/2026/11/26/quay',
        published: '2026-11-26T09:30:00.000Z',
        author: 'Lee Ward',
        image: null,
        source: 'Harbour Notes',
        categories: [],
        text: 'Notes from the quay: the first ship tied up at dawn, the second by noon.',
      },
    ]);
  });

  it('RSS with only a description: no title, no link, a permalink guid; the headline from the copy’s first sentence', async () => {
    const doc = rss('', '<title>Harbour Alerts</title><link>https://alerts.harbour.example.com/</link>', [
      `<guid>https://alerts.harbour.example.com/status/887766</guid><description>Gate 4 at the container quay is closed until 14:00 for crane maintenance.</description><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate>`,
    ]);
    const [s] = await polled(doc);
    expect(s).toMatchObject({ link: 'https://alerts.harbour.example.com/status/887766', text: 'Gate 4 at the container quay is closed until 14:00 for crane maintenance.', published: '2026-11-26T09:30:00.000Z' });
    expect(s!.title.length).toBeGreaterThan(0);
  });

  it('Google News topic feed: the outlet from <source>, its name off the headline', async () => {
    const doc = rss(
      '',
      '<title>Ports - Google News</title><link>https://news.google.example.com/topics/CAAqBwgKMJ</link><language>en-US</language><description>Google News</description>',
      [
        '<title>Second container quay opens in Durban - Harbour Times</title><link>https://news.google.example.com/rss/articles/CBMiTGh0dHBzOi8vaGFyYm91cnRpbWVzLmV4YW1wbGUuY29tL3F1YXk?oc=5</link><guid isPermaLink="false">CBMiTGh0dHBzOi8vaGFyYm91cnRpbWVzLmV4YW1wbGUuY29tL3F1YXk</guid><pubDate>Thu, 26 Nov 2026 09:30:00 GMT</pubDate><description>&lt;a href="https://news.google.example.com/rss/articles/CBMiTGh0dHBzOi8vaGFyYm91cnRpbWVzLmV4YW1wbGUuY29tL3F1YXk?oc=5" target="_blank"&gt;Second container quay opens in Durban&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Harbour Times&lt;/font&gt;</description><source url="https://harbourtimes.example.com">Harbour Times</source>',
      ],
    );
    const [s] = await polled(doc);
    expect(s).toMatchObject({ title: 'Second container quay opens in Durban', source: 'Harbour Times', published: '2026-11-26T09:30:00.000Z' });
  });
});
