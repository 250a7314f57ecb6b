import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { rss } from '../helpers/feed-docs.js';
import { feedSweep, seenStory } from '../helpers/poll.js';

/**
 * The twenty-seventh sweep: documents whose bytes are in an encoding the reader had to find for itself (UTF-32 with and
 * without a byte-order mark, UTF-16 without one that opens with a line break, UTF-8 a server labels UTF-16 or UTF-32),
 * and a site's firewall answering 200 with its own refusal page instead of the feed. The documents are written for the
 * test, in the generators' shapes only. Each is served over HTTP, added as a feed, polled once and read back as
 * GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-unseen27-docs', Date.parse('2026-11-27T09:00:00Z'));

let served = 0;
const path = () => `/unseen27/${++served}`;

/** Each document its own story (its own link and copy): a story another feed already brought would be read back as that one. */
let written = 0;
const doc = (encoding: string) => {
  written++;
  return rss('', '<title>Harbour Courier</title><link>https://courier.example.com/</link><language>en</language>', [
    `<title>Café reopens — “new” menu for the harbour</title><link>https://courier.example.com/2026/11/26/cafe-reopens-${written}</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>The harbour’s café reopened on Thursday with a new menu for ${written} dock workers.</description>`,
  ]).replace('encoding="UTF-8"', `encoding="${encoding}"`);
};

/** What the last document written reads as. */
const expected = () => [
  {
    title: 'Café reopens — “new” menu for the harbour',
    link: `https://courier.example.com/2026/11/26/cafe-reopens-${written}`,
    published: '2026-11-26T10:00:00.000Z',
    source: 'Harbour Courier',
    text: `The harbour’s café reopened on Thursday with a new menu for ${written} dock workers.`,
  },
];

async function storiesOf(body: Buffer, contentType: string) {
  const { outcome, stories } = await sweep.poll(path(), body, contentType);
  expect(outcome).toMatchObject({ status: 'ok', error: null });
  return stories.map(seenStory);
}

describe('wide encodings the reader finds for itself', () => {
  it('UTF-32, little- and big-endian, with a byte-order mark', async () => {
    for (const encoding of ['utf-32le', 'utf-32be']) {
      const body = iconv.encode(doc('UTF-32'), encoding, { addBOM: true });
      expect(await storiesOf(body, 'application/rss+xml'), encoding).toMatchObject(expected());
    }
  });

  it('UTF-32 without a byte-order mark, known by its zero bytes as a UTF-16 prolog is', async () => {
    for (const encoding of ['utf-32le', 'utf-32be']) {
      expect(await storiesOf(iconv.encode(doc('UTF-32'), encoding), 'application/rss+xml'), encoding).toMatchObject(expected());
    }
  });

  it('UTF-16 without a byte-order mark whose document opens with a line break before its prolog', async () => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      expect(await storiesOf(iconv.encode(`\r\n${doc('UTF-16')}`, encoding), 'text/xml'), encoding).toMatchObject(expected());
    }
  });

  it('UTF-8 bytes a server labels UTF-16 or UTF-32 (charset=utf-16le, utf-16be, utf-32): the bytes are one byte a letter', async () => {
    for (const charset of ['utf-16le', 'utf-16be', 'UTF-32', 'utf-32le']) {
      expect(await storiesOf(Buffer.from(doc('UTF-8')), `application/rss+xml; charset=${charset}`), charset).toMatchObject(expected());
    }
  });
});

describe('a UTF-8 byte-order mark before bytes that are not UTF-8', () => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  it('windows-1252 copy behind a template saved with a UTF-8 mark: read as the prolog says, or, with no word, UTF-8 where it is and windows-1252 where not', async () => {
    const feed1252 = iconv.encode(doc('windows-1252'), 'windows-1252');
    expect(await storiesOf(Buffer.concat([bom, feed1252]), 'application/rss+xml'), 'prolog windows-1252').toMatchObject(expected());
    // The channel's UTF-8 (a CMS's template) beside the item's windows-1252 (its database), with no charset anywhere.
    const [head, item] = doc('UTF-8').replace(' encoding="UTF-8"', '').split('<item>') as [string, string];
    const mixed = Buffer.concat([bom, Buffer.from(head.replace('<title>Harbour Courier</title>', '<title>Harbour Courier</title><description>Nachrichten für den Hafen</description>')), Buffer.from('<item>'), iconv.encode(item, 'windows-1252')]);
    expect(await storiesOf(mixed, 'application/rss+xml'), 'mixed').toMatchObject(expected());
  });
});

describe('characters and elements written oddly', () => {
  it('an emoji written as two numeric character references, one for each UTF-16 half (as Java and JavaScript escapers write it)', async () => {
    const body = rss('', '<title>Harbour Courier</title><link>https://courier.example.com/</link>', [
      '<title>Fans cheer &#55357;&#56832; as ferry returns</title><link>https://courier.example.com/2026/11/26/ferry</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;The ferry is back &amp;#xD83D;&amp;#xDEA2; after a month in dry dock.&lt;/p&gt;</description>',
    ]);
    const { outcome, feed, stories } = await sweep.poll(path(), Buffer.from(body), 'application/rss+xml; charset=utf-8');
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    expect(stories.map(seenStory)).toMatchObject([{ title: 'Fans cheer 😀 as ferry returns', text: 'The ferry is back 🚢 after a month in dry dock.' }]);
    // Read as it is meant, the document is well-formed: no "read leniently" warning.
    expect(feed.lastWarning).toBeNull();
  });

  it('an RSS document whose items and title stand in <rss> itself, without a <channel>', async () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><title>Harbour Courier</title><link>https://courier.example.com/</link>
<item><title>Ferry returns to service</title><link>https://courier.example.com/2026/11/26/ferry-back</link><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><description>The ferry is back after a month in dry dock.</description></item>
<item><title>Harbour fees to rise</title><link>https://courier.example.com/2026/11/26/fees</link><pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate><description>Berthing fees will rise by 4 per cent in January.</description></item>
</rss>`;
    expect(await sweep.seenInOrder(path(), body)).toMatchObject([
      { title: 'Ferry returns to service', source: 'Harbour Courier', published: '2026-11-26T10:00:00.000Z', text: 'The ferry is back after a month in dry dock.' },
      { title: 'Harbour fees to rise', source: 'Harbour Courier', published: '2026-11-26T09:00:00.000Z' },
    ]);
  });
});

describe("a site's firewall answering 200 with its own page", () => {
  it('an "Access Denied" or "access … limited" page is named as a refusal, with what the operator can do, not as a page that is no feed', async () => {
    const pages = [
      '<!DOCTYPE html><html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body><h2>Access Denied - Sucuri Website Firewall</h2><p>If you are the site owner, contact support.</p></body></html>',
      '<html><head><title>Your access to this site has been limited by the site owner</title></head><body><h1>Your access to this site has been limited by the site owner</h1><p>Generated by Wordfence</p></body></html>',
      '<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>You don\'t have permission to access this resource.</p></body></html>',
      '<html><head><title>Not Acceptable!</title></head><body><h1>Not Acceptable!</h1><p>An appropriate representation of the requested resource could not be found on this server. This error was generated by Mod_Security.</p></body></html>',
    ];
    for (const page of pages) {
      const { outcome, feed } = await sweep.poll(path(), Buffer.from(page), 'text/html; charset=utf-8');
      const title = /<title>([^<]*)<\/title>/.exec(page)![1]!;
      expect(outcome.status, title).toBe('error');
      expect(feed.lastError, title).toContain(`HTTP 200 with a firewall’s refusal page ("${title}"), not the feed`);
      expect(feed.lastError, title).toContain('ask the publisher to allow wirebrief’s User-Agent');
      expect(feed.lastError, title).not.toContain('not a feed');
    }
  });

  it('a page titled otherwise (an error page, a maintenance notice) stays a page that is no feed', async () => {
    const page = '<html><head><title>Site under maintenance</title></head><body><h1>We will be back soon</h1><p>Access to the archive is denied to guests.</p></body></html>';
    const { outcome, feed } = await sweep.poll(path(), Buffer.from(page), 'text/html; charset=utf-8');
    expect(outcome.status).toBe('error');
    expect(feed.lastError).toContain('not a feed: the document is an HTML page ("Site under maintenance")');
    // A site's article headlined so, added by mistake for its feed: a whole page of copy, no firewall's.
    const paragraph = '<p>Reporters were kept out of the hearing on Thursday as the court cleared the gallery for the third day running.</p>';
    const article = `<!DOCTYPE html><html><head><title>Access denied: reporters barred from court | Harbour Courier</title></head><body><article>${paragraph.repeat(600)}</article></body></html>`;
    const read = await sweep.poll(path(), Buffer.from(article), 'text/html; charset=utf-8');
    expect(read.feed.lastError).toContain('not a feed: the document is an HTML page ("Access denied: reporters barred from court | Harbour Courier")');
  });
});
