import { describe, expect, it } from 'vitest';
import { DC, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * Dates without a zone of their own ("26 ноября 2026 в 12:30", "2026-11-26 09:15:00") keep a clock read from the best
 * evidence there is: the item's own other dates, then the offsets the same feed states (its channel's dates, its other
 * items'), then the one zone of the feed's country or language, else UTC. In a country of many zones (Russia, the US,
 * Brazil, Australia) the language says no clock, and the feed's own offsets were ignored: the time was read as UTC.
 */
const sweep = feedSweep('feeds-zoneless-dates', Date.parse('2026-11-26T23:00:00Z'));

let served = 0;
const published = async (body: string, type?: string) => (await sweep.seenInOrder(`/zoneless/${++served}`, body, type)).map((s) => [s.title, s.published]);

describe('zoneless dates in a country of many zones', () => {
  it('a Russian feed (language ru) whose lastBuildDate is at +0300: its zoneless item dates are Moscow time', async () => {
    const doc = rss(
      '',
      '<title>Новости Поволжья</title><link>https://volga-news.example.com/</link><language>ru</language><lastBuildDate>Thu, 26 Nov 2026 13:00:00 +0300</lastBuildDate>',
      [
        '<title>В Самаре открыли новый мост</title><link>https://volga-news.example.com/news/most</link><pubDate>26 ноября 2026 в 12:30</pubDate><description>Мост через реку Самару открыли для движения.</description>',
        '<title>В Казани выпал первый снег</title><link>https://volga-news.example.com/news/sneg</link><pubDate>26 ноября 2026 в 09:05</pubDate><description>Снег шёл всю ночь.</description>',
      ],
    );
    expect(await published(doc)).toEqual([
      ['В Самаре открыли новый мост', '2026-11-26T09:30:00.000Z'],
      ['В Казани выпал первый снег', '2026-11-26T06:05:00.000Z'],
    ]);
  });

  it('a Far Eastern feed (ru-RU) whose lastBuildDate is at +1000: Vladivostok time, not UTC', async () => {
    const doc = rss(
      '',
      '<title>Приморье онлайн</title><link>https://primorye.example.com/</link><language>ru-RU</language><lastBuildDate>Thu, 26 Nov 2026 21:00:00 +1000</lastBuildDate>',
      ['<title>Во Владивостоке открыли новый причал</title><link>https://primorye.example.com/news/prichal</link><pubDate>26 ноября 2026 в 12:30</pubDate><description>Причал примет пассажирские суда.</description>'],
    );
    expect(await published(doc)).toEqual([['Во Владивостоке открыли новый причал', '2026-11-26T02:30:00.000Z']]);
  });

  it('a .ru feed in ru-RU: a zoneless item among items dated at +0300 keeps their clock', async () => {
    const doc = rss(
      '',
      '<title>Уральский вестник</title><link>https://vestnik.example.ru/</link><language>ru-RU</language>',
      [
        '<title>Екатеринбург готовится к зиме</title><link>https://vestnik.example.ru/1</link><pubDate>Thu, 26 Nov 2026 10:00:00 +0300</pubDate><description>Коммунальщики завезли реагенты.</description>',
        '<title>В Перми продлили трамвайную линию</title><link>https://vestnik.example.ru/2</link><pubDate>Thu, 26 Nov 2026 11:00:00 +0300</pubDate><description>Линия дошла до нового микрорайона.</description>',
        '<title>Челябинский завод выпустил юбилейный трактор</title><link>https://vestnik.example.ru/3</link><pubDate>2026-11-26 12:00:00</pubDate><description>Трактор отправят в музей.</description>',
      ],
    );
    expect((await published(doc))[2]).toEqual(['Челябинский завод выпустил юбилейный трактор', '2026-11-26T09:00:00.000Z']);
  });

  it("an item's own dc:date offset beats the feed's: its zoneless pubDate keeps its own clock", async () => {
    const doc = rss(
      DC,
      '<title>Сибирь сегодня</title><link>https://sibir.example.ru/</link><language>ru</language><lastBuildDate>Thu, 26 Nov 2026 16:00:00 +0300</lastBuildDate>',
      ['<title>В Новосибирске запустили новый автобус</title><link>https://sibir.example.ru/bus</link><pubDate>26.11.2026 15:00</pubDate><dc:date>2026-11-26T15:00:00+07:00</dc:date><description>Автобус ходит до аэропорта.</description>'],
    );
    expect(await published(doc)).toEqual([['В Новосибирске запустили новый автобус', '2026-11-26T08:00:00.000Z']]);
  });

  it('a US feed (en-US) whose channel pubDate is at -0500: zoneless ISO dates are Eastern time', async () => {
    const doc = rss(
      '',
      '<title>Lakeside Ledger</title><link>https://lakeside-ledger.example.com/</link><language>en-US</language><pubDate>Thu, 26 Nov 2026 10:00:00 -0500</pubDate>',
      ['<title>County board approves new library hours</title><link>https://lakeside-ledger.example.com/news/library-hours</link><pubDate>2026-11-26 09:15:00</pubDate><description>The library will open at 8 a.m. on weekdays.</description>'],
    );
    expect(await published(doc)).toEqual([['County board approves new library hours', '2026-11-26T14:15:00.000Z']]);
  });

  it('a Brazilian feed (pt-BR) whose Atom updated is at -03:00: its entries without a zone are Brasília time', async () => {
    const doc = atom(
      'Jornal do Cerrado',
      '<link href="https://cerrado.example.com.br/"/>',
      ['<title>Brasília ganha nova ciclovia no Eixão</title><link href="https://cerrado.example.com.br/noticias/ciclovia"/><id>urn:cerrado:1</id><published>2026-11-26T08:40:00</published><updated>2026-11-26T08:40:00</updated><summary>A ciclovia liga a Asa Sul à Asa Norte.</summary>'],
    ).replace('<updated>2026-11-26T09:00:00Z</updated>', '<updated>2026-11-26T09:00:00-03:00</updated>').replace('<feed ', '<feed xml:lang="pt-BR" ');
    expect(await published(doc, 'application/atom+xml')).toEqual([['Brasília ganha nova ciclovia no Eixão', '2026-11-26T11:40:00.000Z']]);
  });

  it("an Australian feed (en-AU) whose items state +1100: the zoneless one keeps Sydney's daylight time", async () => {
    const doc = rss(
      DC,
      '<title>Harbour Herald</title><link>https://harbour-herald.example.com.au/</link><language>en-AU</language>',
      [
        '<title>Ferry timetable changes from Monday</title><link>https://harbour-herald.example.com.au/ferry</link><dc:date>2026-11-26T18:00:00+11:00</dc:date><description>Services to Manly run every 20 minutes.</description>',
        '<title>Council opens new pool in Parramatta</title><link>https://harbour-herald.example.com.au/pool</link><dc:date>2026-11-26T17:00:00+11:00</dc:date><description>The pool opens daily at 6 a.m.</description>',
        '<title>Heatwave warning for western Sydney</title><link>https://harbour-herald.example.com.au/heat</link><pubDate>26/11/2026 16:30</pubDate><description>Temperatures may reach 41 degrees.</description>',
      ],
    );
    expect((await published(doc))[2]).toEqual(['Heatwave warning for western Sydney', '2026-11-26T05:30:00.000Z']);
  });

  it("an Indonesian RSS 1.0 feed whose channel dc:date is at +07:00: its items' zoneless dc:dates are Jakarta time", async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${DC}>
<channel rdf:about="https://kabar.example.co.id/"><title>Kabar Nusantara</title><link>https://kabar.example.co.id/</link><description>Berita</description><dc:language>id</dc:language><dc:date>2026-11-26T18:00:00+07:00</dc:date></channel>
<item rdf:about="https://kabar.example.co.id/berita/banjir"><title>Banjir surut di Jakarta Utara</title><link>https://kabar.example.co.id/berita/banjir</link><description>Air mulai surut sejak pagi.</description><dc:date>2026-11-26T14:00:00</dc:date></item>
</rdf:RDF>`;
    expect(await published(doc, 'application/rdf+xml')).toEqual([['Banjir surut di Jakarta Utara', '2026-11-26T07:00:00.000Z']]);
  });

  it('a feed of many clocks (an aggregator of +0530 and -0500 items) says no one clock: its zoneless date stays UTC', async () => {
    const doc = rss(
      '',
      '<title>World Wire Digest</title><link>https://wire-digest.example.com/</link>',
      [
        '<title>Delhi metro adds a line</title><link>https://wire-digest.example.com/1</link><pubDate>Thu, 26 Nov 2026 10:00:00 +0530</pubDate><description>The line runs to the airport.</description>',
        '<title>Ohio plant reopens</title><link>https://wire-digest.example.com/2</link><pubDate>Thu, 26 Nov 2026 10:00:00 -0500</pubDate><description>Three hundred jobs return.</description>',
        '<title>Markets close mixed</title><link>https://wire-digest.example.com/3</link><pubDate>2026-11-26 12:00:00</pubDate><description>Stocks ended the day mixed.</description>',
      ],
    );
    expect((await published(doc))[2]).toEqual(['Markets close mixed', '2026-11-26T12:00:00.000Z']);
  });
});

describe('zoneless dates in a country of one zone read as before', () => {
  const oneZone = async (language: string, site: string, date: string) => {
    const doc = rss('', `<title>Desk</title><link>${site}</link><language>${language}</language>`, [`<title>Budget session opens</title><link>${site}story</link><pubDate>${date}</pubDate><description>The session runs for two weeks.</description>`]);
    return (await published(doc))[0]![1];
  };

  it("India (+0530): PIB's zoneless date on a .in site", async () => {
    expect(await oneZone('en-IN', 'https://desk.example.in/', '26 NOV 2026 6:13PM')).toBe('2026-11-26T12:43:00.000Z');
  });

  it("Ukraine (uk-UA) and Japan (ja-JP): each country's own clock", async () => {
    expect(await oneZone('uk-UA', 'https://desk.example.com/', '2026-11-26 12:00:00')).toBe('2026-11-26T10:00:00.000Z');
    expect(await oneZone('ja-JP', 'https://desk2.example.com/', '2026-11-26 12:00:00')).toBe('2026-11-26T03:00:00.000Z');
  });

  it('India with a lastBuildDate at +0530: the same clock either way', async () => {
    const doc = rss('', '<title>Desk</title><link>https://desk3.example.in/</link><lastBuildDate>Thu, 26 Nov 2026 20:00:00 +0530</lastBuildDate>', ['<title>Port traffic rises</title><link>https://desk3.example.in/port</link><pubDate>2026-11-26 18:00:00</pubDate><description>Cargo rose by a tenth.</description>']);
    expect(await published(doc)).toEqual([['Port traffic rises', '2026-11-26T12:30:00.000Z']]);
  });
});
