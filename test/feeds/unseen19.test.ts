import { describe, expect, it } from 'vitest';
import { feedSweep, seenStory as seen } from '../helpers/poll.js';

/**
 * The nineteenth sweep: what the eighteenth left. Each document is written for the test, served over HTTP, added as a
 * feed, polled once and read back as GET /api/stories?feed= gives it. (A podcast's itunes:new-feed-url is followed
 * through the admin API: test/http/feeds-stories-api.test.ts.)
 */
const sweep = feedSweep('feeds-unseen19-docs', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come (by link). */
async function polled(body: string, type = 'application/rss+xml; charset=utf-8') {
  const { outcome, stories } = await sweep.poll(`/unseen19/${++served}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok' });
  return stories.sort((a, b) => body.indexOf(a.link) - body.indexOf(b.link)).map(seen);
}

const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:taxo="http://purl.org/rss/1.0/modules/taxonomy/"';

describe('what the eighteenth sweep left', () => {
  it('a bookmark feed’s space-separated dc:subject is several tags when taxo:topics lists them; elsewhere one subject', async () => {
    const bookmark = (n: number, link: string, subject: string, topics: string) =>
      `<item rdf:about="${link}"><title>Bookmark ${n}</title><link>${link}</link><description>Saved for the monsoon desk, read it twice.</description><dc:date>2026-11-26T08:0${n}:00+00:00</dc:date><dc:subject>${subject}</dc:subject>${topics}</item>`;
    const bag = (tags: string[]) => `<taxo:topics><rdf:Bag>${tags.map((t) => `<rdf:li rdf:resource="https://bookmarks.example/u:desk/t:${t}"/>`).join('')}</rdf:Bag></taxo:topics>`;
    const doc = `<?xml version="1.0" encoding="UTF-8"?><rdf:RDF ${RDF}><channel rdf:about="https://bookmarks.example/u:desk/"><title>Desk bookmarks</title><link>https://bookmarks.example/u:desk/</link></channel>
${bookmark(1, 'https://rain.example.org/kerala-rainfall', 'monsoon kerala climate', bag(['monsoon', 'kerala', 'climate']))}
${bookmark(2, 'https://rain.example.org/dams', 'Foreign affairs', '')}
</rdf:RDF>`;
    const stories = await polled(doc);
    // Before: "monsoon kerala climate" was one category.
    expect(stories.map((s) => s.categories)).toEqual([['monsoon', 'kerala', 'climate'], ['Foreign affairs']]);
  });

  it('a general RSS feed’s multi-word dc:subject stays whole', async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Gazette</title><link>https://gazette.example.org/</link>
<item><title>Council passes the water budget</title><link>https://gazette.example.org/water-budget</link><description>The council passed the water budget on Thursday.</description><dc:subject>Local government</dc:subject><dc:subject>Water supply</dc:subject></item></channel></rss>`;
    expect((await polled(doc))[0]!.categories).toEqual(['Local government', 'Water supply']);
  });

  it('of alternates in several hreflang, the one of the feed’s language and region, else its language, else none named, else the first', async () => {
    const entry = (n: number, links: string, lang = '') =>
      `<entry${lang}><id>urn:story:${n}</id><title>Story ${n}</title><updated>2026-11-26T10:0${n}:00Z</updated><summary>The ministry published its harvest estimates on Thursday.</summary>${links}</entry>`;
    const alt = (lang: string | null, href: string) => `<link rel="alternate" type="text/html"${lang ? ` hreflang="${lang}"` : ''} href="${href}"/>`;
    const doc = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-BR"><title>Colheita</title><id>urn:feed</id><updated>2026-11-26T10:00:00Z</updated>
${entry(1, alt('pt-PT', 'https://colheita.example/pt-pt/1') + alt('pt-BR', 'https://colheita.example/pt-br/1'))}
${entry(2, alt('en', 'https://colheita.example/en/2') + alt('pt', 'https://colheita.example/pt/2'))}
${entry(3, alt('en', 'https://colheita.example/en/3') + alt(null, 'https://colheita.example/3'))}
${entry(4, alt('en', 'https://colheita.example/en/4') + alt('es', 'https://colheita.example/es/4'))}
${entry(5, alt('pt-BR', 'https://colheita.example/pt-br/5') + alt('es', 'https://colheita.example/es/5') + alt('es-AR', 'https://colheita.example/es-ar/5'), ' xml:lang="es-AR"')}
</feed>`;
    const { outcome, stories } = await sweep.poll(`/unseen19/${++served}`, doc, 'application/atom+xml');
    expect(outcome).toMatchObject({ status: 'ok' });
    // Before: the first page in Portuguese, Portugal's, for a feed written for Brazil (and Spain's for Argentina's entry).
    expect(stories.map((s) => s.link).sort()).toEqual(
      ['https://colheita.example/pt-br/1', 'https://colheita.example/pt/2', 'https://colheita.example/3', 'https://colheita.example/en/4', 'https://colheita.example/es-ar/5'].sort(),
    );
  });

  it('an Atom feed that names its language in dc:language alone chooses its alternates by it too', async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>Khabar</title><id>urn:khabar</id><dc:language>hi-IN</dc:language><updated>2026-11-26T10:00:00Z</updated>
<entry><id>urn:khabar:1</id><title>Budget</title><updated>2026-11-26T10:01:00Z</updated><summary>The state budget was tabled on Thursday.</summary><link rel="alternate" type="text/html" hreflang="en" href="https://khabar.example/en/1"/><link rel="alternate" type="text/html" hreflang="hi" href="https://khabar.example/hi/1"/></entry>
</feed>`;
    const { outcome, stories } = await sweep.poll(`/unseen19/${++served}`, doc, 'application/atom+xml');
    expect(outcome).toMatchObject({ status: 'ok' });
    // Before: no xml:lang, so the first alternate, the English page, for a Hindi feed.
    expect(stories.map((s) => s.link)).toEqual(['https://khabar.example/hi/1']);
  });

  it('a podcast episode without art of its own shows the show’s; a news item never takes the channel’s logo', async () => {
    const ITUNES = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
    const episode = (n: number, extra: string) =>
      `<item><title>Episode ${n}</title><link>https://cast.example.org/episodes/${n}</link><description>The panel talks through the week in farm prices.</description><enclosure url="https://cdn.cast.example.org/${n}.mp3" type="audio/mpeg" length="1000"/>${extra}</item>`;
    const show = (channel: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${ITUNES}><channel><title>Farm Hour</title><link>https://cast.example.org/</link>${channel}\n${episode(1, '')}\n${episode(2, '<itunes:image href="https://cast.example.org/art/2.jpg"/>')}\n</channel></rss>`;
    const itunes = await polled(show('<itunes:image href="/art/show.jpg"/><image><url>https://cast.example.org/logo.png</url></image>'));
    // Before: the first episode had no picture at all.
    expect(itunes.map((s) => s.image)).toEqual(['https://cast.example.org/art/show.jpg', 'https://cast.example.org/art/2.jpg']);
    const imageOnly = await polled(show('<image><url>https://cast.example.org/art/cover.jpg</url></image>').replaceAll('cast.example.org/episodes', 'cast.example.org/ep'));
    expect(imageOnly.map((s) => s.image)).toEqual(['https://cast.example.org/art/cover.jpg', 'https://cast.example.org/art/2.jpg']);
    // A news feed's logo stays no story's picture.
    const news = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${ITUNES}><channel><title>Gazette</title><link>https://gazette.example.org/</link><itunes:image href="https://gazette.example.org/art/masthead.jpg"/><image><url>https://gazette.example.org/art/masthead.jpg</url></image>
<item><title>Council passes the road budget</title><link>https://gazette.example.org/road-budget</link><description>The council passed the road budget on Thursday.</description></item></channel></rss>`;
    expect((await polled(news))[0]!.image).toBeNull();
  });
});
