import { feedSweep } from '../helpers/poll.js';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/stories/store.js';

/**
 * What the sixteenth sweep (unseen.test.ts) found and left: forum handles taken for CMS logins, a profile page given
 * as the author, Japanese era dates, zones named by their IANA id or an abbreviation the table lacked, Atom content
 * in Markdown, and feed titles that name a listing before the site. Each document is served over HTTP, added as a
 * feed, polled once and read back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen-leftovers', Date.parse('2026-11-26T15:00:00Z'), { PUBLIC_URL: 'https://wirebrief.example' });

let served = 0;
/** The stories one poll of the document gives, in the order of their links' numbers (/1, /2 …). */
async function polled(body: string, type = 'application/rss+xml; charset=utf-8'): Promise<Story[]> {
  const { outcome, stories } = await sweep.poll(`/leftovers/${++served}`, body, type);
  expect(outcome).toMatchObject({ status: 'ok' });
  const n = (s: Story) => Number(/\/(\d+)$/.exec(s.link)?.[1] ?? -1);
  return stories.sort((a, b) => n(a) - n(b));
}

/** An RSS document from `host`, titled `title`, with an item a piece of `inners` (each its story's link on that host: story ids are by link). */
const rss = (host: string, title: string, inners: string[], lang = 'en') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title><link>https://${host}/</link><language>${lang}</language>\n${inners
    .map((inner, i) => `<item><title>Story ${i} from ${host}</title><link>https://${host}/story/${i}</link><description>The ward committee of ${host} met on Thursday and passed budget ${i}.</description>${inner}</item>`)
    .join('\n')}\n</channel></rss>`;

describe('authors: a person’s handle is a name, a CMS account is not', () => {
  it('keeps handles of other words (Hatena, Discourse, Lemmy) and drops accounts made of a role, the site or a test', async () => {
    const people = ['kamakura_walk', 'ritu_k', 'net_tinkerer', 'chai_and_charts', 'ritu88', 'tokyo_2026', 'Old_Salt'];
    const logins = ['admin', 'news_admin', 'editor1', 'user123', 'kseb_web', 'site_editor', 'wp_user', 'test_user', 'admin_2', 'web_master', 'john.doe'];
    const creators = [...people, ...logins];
    const stories = await polled(rss('handles.example.org', 'Town', creators.map((c) => `<dc:creator>${c}</dc:creator>`)));
    // Before: all seven people were dropped as logins with them.
    expect(stories.map((s) => s.author)).toEqual([...people, ...logins.map(() => null)]);
  });

  it('a desk’s login stays the desk’s credit', async () => {
    const [s] = await polled(rss('desk.example.org', 'Town', ['<dc:creator>news_desk</dc:creator>']));
    expect(s!.author).toBe('News Desk');
  });

  it('Hatena Blog (Atom 0.3): the blog’s author, a handle, names every entry', async () => {
    const [s] = await polled(
      `<?xml version="1.0"?>
<feed xmlns="http://purl.org/atom/ns#" xml:lang="ja"><title>鎌倉散歩日記</title><link rel="alternate" href="https://kamakura.hatenablog.example/"/><updated>2026-11-26T20:00:00+09:00</updated><author><name>kamakura_walk</name></author><id>hatenablog://blog/123</id>
<entry><title>鶴岡八幡宮の紅葉が見頃に</title><link href="https://kamakura.hatenablog.example/entry/1"/><id>hatenablog://entry/456</id><issued>2026-11-26T20:00:00+09:00</issued><content type="text/html" mode="escaped">&lt;p&gt;境内の紅葉が見頃を迎え、週末は多くの参拝客でにぎわった。&lt;/p&gt;</content></entry>
</feed>`,
      'application/atom+xml; charset=utf-8',
    );
    expect(s).toMatchObject({ author: 'kamakura_walk', published: Date.parse('2026-11-26T11:00:00Z') });
  });

  it('a profile page of a fediverse or forum shape names its user; a numbered one, another page or an admin account names no one', async () => {
    const creators = [
      ['https://lemmy.example/u/net_tinkerer', 'net_tinkerer'],
      ['https://forum.citycyclists.example/u/ritu_k', 'ritu_k'],
      ['https://mastodon.example/@asha_rao', 'asha_rao'],
      ['https://framatube.example.org/a/framasoft/', 'framasoft'],
      ['https://www.reddit.com/user/some_user', 'some_user'],
      ['https://earthscience.example.com/users/2211', null],
      ['https://town.example.org/about/', null],
      ['https://lemmy.example/u/admin', null],
    ] as const;
    const stories = await polled(rss('profiles.example.org', 'Town', creators.map(([c]) => `<dc:creator>${c}</dc:creator>`)));
    // Before: each profile page was dropped as an address.
    expect(stories.map((s) => s.author)).toEqual(creators.map(([, name]) => name));
  });
});

describe('dates', () => {
  const iso = (s: Story) => new Date(s.published).toISOString();

  it('reads Japan’s era dates (令和, 平成, 元年, full-width digits) by Japan’s clock', async () => {
    const dates = ['令和8年11月26日', '令和8年11月26日 14時05分', '平成31年4月30日', '令和元年5月1日', '令和８年１１月２５日'];
    const stories = await polled(rss('city.kamakura.example', '鎌倉市からのお知らせ', dates.map((d) => `<dc:date>${d}</dc:date>`), 'ja'));
    // Before: none read, each story dated at the fetch (15:00).
    expect(stories.map(iso)).toEqual(['2026-11-25T15:00:00.000Z', '2026-11-26T05:05:00.000Z', '2019-04-29T15:00:00.000Z', '2019-04-30T15:00:00.000Z', '2026-11-24T15:00:00.000Z']);
  });

  it('prefers the item’s Gregorian date, which has the time, to its era date', async () => {
    const [s] = await polled(
      `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja"><title>市報</title><id>urn:x</id><updated>2026-11-26T10:00:00+09:00</updated>
<entry><title>市民会館の改修工事について</title><link href="https://city.kamakura.example/news/1"/><id>urn:1</id><published>令和8年11月26日</published><updated>2026-11-26T19:30:00+09:00</updated><summary>市民会館の改修工事が始まります。</summary></entry></feed>`,
      'application/atom+xml',
    );
    expect(iso(s!)).toBe('2026-11-26T10:30:00.000Z');
  });

  it('reads an IANA zone in brackets or alone, an offset with seconds, and zone names the table lacked', async () => {
    const dates = [
      ['2026-11-26T14:05:00[Asia/Kolkata]', '2026-11-26T08:35:00.000Z'],
      ['2026-11-26 14:05:00 [Asia/Kolkata]', '2026-11-26T08:35:00.000Z'],
      ['2026-11-26T09:05:00+05:30[Asia/Kolkata]', '2026-11-26T03:35:00.000Z'],
      ['2026-11-26T14:05:00Z[Asia/Kolkata]', '2026-11-26T14:05:00.000Z'],
      ['Thu, 26 Nov 2026 14:05:00 +05:30:00', '2026-11-26T08:35:00.000Z'],
      ['Thu, 26 Nov 2026 14:05:00 BST', '2026-11-26T13:05:00.000Z'],
      ['Thu, 26 Nov 2026 14:05:00 UZT', '2026-11-26T09:05:00.000Z'],
      ['Thu, 26 Nov 2026 14:05:00 ChST', '2026-11-26T04:05:00.000Z'],
      ['Thu, 26 Nov 2026 14:05:00 CHAST', '2026-11-26T01:20:00.000Z'],
      ['Thu, 26 Nov 2026 10:05:00 CLT', '2026-11-26T14:05:00.000Z'],
    ];
    const stories = await polled(rss('clocks.example.com', 'Clocks', dates.map(([d]) => `<pubDate>${d}</pubDate>`)));
    // Before: the bracketed ids were read as UTC, and the rest gave no date (the fetch time, 15:00).
    expect(stories.map(iso)).toEqual(dates.map(([, t]) => t));
  });

  it('BST in a Bangladeshi feed (its domain, or its language bn-BD) is Bangladesh Standard Time', async () => {
    const bst = ['<pubDate>Thu, 26 Nov 2026 14:05:00 BST</pubDate>'];
    expect(iso((await polled(rss('dhaka.example.com.bd', 'Dhaka Desk', bst)))[0]!)).toBe('2026-11-26T08:05:00.000Z');
    expect(iso((await polled(rss('dhaka.example.com', 'Dhaka Desk', bst, 'bn-BD')))[0]!)).toBe('2026-11-26T08:05:00.000Z');
  });
});

describe('Markdown content', () => {
  const atom = (type: string) => `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tram Notes</title><id>urn:tram</id><updated>2026-11-26T10:00:00Z</updated>
<entry><title>Mapping the old tram lines</title><link href="https://notes.example.dev/${type.replace('/', '-')}/1"/><id>urn:tram:${type}</id><updated>2026-11-26T10:00:00Z</updated><content type="${type}">## The lines

The city's trams ran until **1964**; their rails still show in [three streets](https://notes.example.dev/streets).

![The 1950 map](https://notes.example.dev/img/tram-map.png)

- Line 1 to the harbour
- Line 2 to the fort</content></entry></feed>`;

  it('reads Atom content typed text/markdown as the HTML it stands for: paragraphs, its picture, no ** or ##', async () => {
    const [s] = await polled(atom('text/markdown'), 'application/atom+xml');
    expect(s!.text).toBe("The lines\n\nThe city's trams ran until 1964; their rails still show in three streets.\n\nLine 1 to the harbour\n\nLine 2 to the fort");
    expect(s!.image).toBe('https://notes.example.dev/img/tram-map.png');
  });

  it('leaves content typed text as it is written: only the type says Markdown', async () => {
    const [s] = await polled(atom('text'), 'application/atom+xml');
    expect(s!.text).toContain('**1964**');
  });
});

describe('the outlet a feed’s title names', () => {
  let outlets = 0;
  const sourceOf = async (title: string) => (await polled(rss(`outlet${++outlets}.example.org`, title, [''])))[0]!.source;

  it('drops a listing of posts by kind or tag, and a Chinese host’s name of a user’s page, before the site', async () => {
    expect(await sourceOf('Newest questions tagged monsoon - Earth Science Stack Exchange')).toBe('Earth Science Stack Exchange');
    expect(await sourceOf('Active questions tagged rail - Travel Stack Exchange')).toBe('Travel Stack Exchange');
    expect(await sourceOf('Recent Questions - Stack Overflow')).toBe('Stack Overflow');
    expect(await sourceOf('微博博主 - 人民日报')).toBe('人民日报');
    expect(await sourceOf('Times of India - Top Stories')).toBe('Times of India');
  });

  it('keeps a title that is the outlet’s whole name, or names a section of it', async () => {
    expect(await sourceOf('Stack Exchange Blog')).toBe('Stack Exchange Blog');
    expect(await sourceOf('Earth Science News')).toBe('Earth Science News');
    expect(await sourceOf('Times of India - India')).toBe('Times of India - India');
    expect(await sourceOf('Questions and Answers Weekly')).toBe('Questions and Answers Weekly');
  });
});
