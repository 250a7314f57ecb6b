import { describe, expect, it } from 'vitest';
import { ATOM_TYPE, DC, atom, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * Shapes a feed-parser conformance suite checks that wirebrief read wrong: Atom text written as base64 (Atom 0.3's
 * mode="base64", Atom 1.0's title or content typed with a MIME type that is not text), and a byline element holding
 * markup rather than a name. The documents are written for the test; each is served over HTTP, polled once and read
 * back as GET /api/stories?feed= gives it.
 */
const sweep = feedSweep('feeds-conformance-docs', Date.parse('2026-11-27T09:00:00Z'));

let served = 0;
const polled = (body: string, type = 'application/rss+xml; charset=utf-8') => sweep.seenInOrder(`/conformance/${++served}`, body, type);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('Atom text constructs written as base64', () => {
  it('decodes a title or content typed with a binary MIME type, and Atom 0.3 base64 mode, as the text they carry', async () => {
    const [typed, moded] = await polled(
      atom('Harbour desk', '', [
        `<id>tag:harbour.example,2026:1</id><link href="https://harbour.example/news/ferry-timetable"/><updated>2026-11-27T07:10:00Z</updated>`
          + `<title type="application/octet-stream">\n${b64('<p>Ferry timetable &lt;winter&gt; edition</p>')}\n</title>`
          + `<content type="application/octet-stream">${b64('<p>The winter timetable starts on Monday with two fewer crossings.</p>')}</content>`,
        `<id>tag:harbour.example,2026:2</id><link href="https://harbour.example/news/pier-repairs"/><updated>2026-11-27T06:40:00Z</updated>`
          + `<title mode="base64">${b64('Pier repairs finish early')}</title><summary mode="base64">${b64('Crews reopened the north pier a week ahead of plan.')}</summary>`,
      ]),
      ATOM_TYPE,
    );
    expect(typed).toMatchObject({ title: 'Ferry timetable <winter> edition', text: 'The winter timetable starts on Monday with two fewer crossings.' });
    expect(moded).toMatchObject({ title: 'Pier repairs finish early', text: 'Crews reopened the north pier a week ahead of plan.' });
  });

  it('leaves a title typed as text, html or an XML media type as written', async () => {
    const [plain] = await polled(
      atom('Harbour desk', '', [
        `<id>tag:harbour.example,2026:3</id><link href="https://harbour.example/news/tide"/><updated>2026-11-27T06:00:00Z</updated>`
          + `<title type="text/plain">UGllciB0aWRl tables printed</title>`,
      ]),
      ATOM_TYPE,
    );
    expect(plain!.title).toBe('UGllciB0aWRl tables printed');
  });
});

describe('a byline holding markup', () => {
  it('reads the name inside markup an RSS author or dc:creator wraps it in', async () => {
    const [author, creator] = await polled(
      rss(DC, '<title>Valley Times</title><link>https://valley.example/</link>', [
        `<title>Bridge vote delayed</title><link>https://valley.example/bridge-vote</link><pubDate>Fri, 27 Nov 2026 06:00:00 GMT</pubDate>`
          + `<author><p>Mira Castell</p></author>`,
        `<title>School roof fixed</title><link>https://valley.example/school-roof</link><pubDate>Fri, 27 Nov 2026 05:00:00 GMT</pubDate>`
          + `<dc:creator><strong>Tomas Ruel</strong></dc:creator>`,
      ]),
    );
    expect(author!.author).toBe('Mira Castell');
    expect(creator!.author).toBe('Tomas Ruel');
  });

  it('takes no name from an author that gives only a page', async () => {
    const [story] = await polled(
      rss('xmlns:atom="http://www.w3.org/2005/Atom"', '<title>Valley Times</title><link>https://valley.example/</link>', [
        `<title>Market day moved</title><link>https://valley.example/market-day</link><pubDate>Fri, 27 Nov 2026 03:00:00 GMT</pubDate>`
          + `<atom:author><atom:uri>https://social.example/@desk</atom:uri></atom:author>`,
      ]),
    );
    expect(story!.author).toBeNull();
  });

  it('reads dc:author, which some generators write for Dublin Core\'s dc:creator', async () => {
    const [story] = await polled(
      rss(DC, '<title>Valley Times</title><link>https://valley.example/</link>', [
        `<title>Library hours extended</title><link>https://valley.example/library-hours</link><pubDate>Fri, 27 Nov 2026 04:00:00 GMT</pubDate>`
          + `<dc:author>Ines Marlow (ines@valley.example)</dc:author>`,
      ]),
    );
    expect(story!.author).toBe('Ines Marlow');
  });
});

describe('Atom links written as element text', () => {
  it('takes the alternate one, not an enclosure written before it', async () => {
    const [story] = await polled(
      atom('Harbour desk', '', [
        `<id>tag:harbour.example,2026:4</id><title>Night ferry returns</title><updated>2026-11-27T05:00:00Z</updated>`
          + `<link rel="enclosure" type="audio/mpeg">https://harbour.example/audio/night-ferry.mp3</link>`
          + `<link rel="alternate" type="text/html">https://harbour.example/news/night-ferry</link>`,
      ]),
      ATOM_TYPE,
    );
    expect(story!.link).toBe('https://harbour.example/news/night-ferry');
  });
});
