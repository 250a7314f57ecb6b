import { describe, expect, it } from 'vitest';
import { DC, MEDIA, rss } from '../helpers/feed-docs.js';
import { feedSweep } from '../helpers/poll.js';

/**
 * What the twenty-third sweep left: a picture given in several renditions without sizes, Arabia's AST, AllAfrica's bracketed
 * credit to the paper it carries, and a Media RSS credit to the story's writer. The documents are written for the test, in
 * the publishers' shapes only; each is served over HTTP, added as a feed, polled once and read back as GET /api/stories?feed=
 * gives it.
 */
const sweep = feedSweep('feeds-unseen23-leftovers', Date.parse('2026-11-26T15:00:00Z'));

let served = 0;
/** The stories one poll of a document gives, in the order its items come. */
const polled = (body: string) => sweep.seenInOrder(`/unseen23-leftovers/${++served}`, body, 'application/rss+xml; charset=utf-8');

const HEADLINES = [
  'Second container berth opens', 'Ferry fares frozen for winter', 'Harbour dredging finishes early', 'Fishing fleet returns after storm',
  'New cranes arrive at the docks', 'Pilots’ strike called off', 'Lighthouse reopens to visitors', 'Customs hall gets scanners',
  'Cruise season starts with record bookings', 'Tug operators sign wage deal', 'Breakwater repairs approved', 'Grain terminal doubles silos',
  'Marina expansion put on hold', 'Coastguard adds night patrols', 'Shipyard wins navy contract', 'Canal lock closes for repairs',
  'Port rail link opens', 'Harbour master retires after thirty years',
];
const COPIES = [
  'The port authority opened a second container berth on Thursday, doubling the number of ships it can unload each day.',
  'Ferry operators agreed to hold fares at this year’s level until March, the transport ministry said on Wednesday.',
  'Dredgers finished deepening the harbour mouth three weeks ahead of schedule, letting larger tankers dock at low tide.',
  'Trawlers sheltering in the bay since Sunday sailed home on Tuesday once the gale warnings were lifted.',
  'Four ship-to-shore cranes built abroad were unloaded at the docks overnight and will be working by spring.',
  'Harbour pilots withdrew their strike notice after managers offered to hire twelve more apprentices.',
  'The old lighthouse on the point welcomed visitors again after a two-year restoration of its lantern room.',
  'Customs officers began using four new cargo scanners that check a container in under a minute.',
  'The first liner of the season berthed on Monday with bookings for the year already above the record.',
  'Tugboat crews accepted a three-year pay offer, ending a dispute that had slowed arrivals since August.',
  'Councillors approved the repair of the eastern breakwater, cracked by last winter’s storms.',
  'The grain terminal finished eight new silos, doubling what it can store before the export season.',
  'Plans to add three hundred moorings to the marina were paused while an environmental survey is carried out.',
  'The coastguard will send a second cutter out at night after a rise in small-boat rescues this autumn.',
  'The shipyard beat two foreign bidders to build four patrol vessels, keeping its workforce busy until 2030.',
  'The upper lock on the canal will stay shut for six weeks while engineers replace its rotting timber gates.',
  'Freight trains began running straight onto the quay, taking a thousand lorries a week off the coast road.',
  'The harbour master stepped down on Friday after three decades in which traffic through the port tripled.',
];
const CHANNEL = (title: string, language = 'en') =>
  `<title>${title}</title><link>https://news.example.net/</link><description>${title}</description><language>${language}</language>`;
let stories = 0;
/** An item of its own (a story seen before is not stored again: each has its own headline and copy), on the link given. */
const item = (extra: string, link = 'https://news.example.net/2026/11/26/berth') => {
  const n = stories++;
  if (n >= HEADLINES.length) throw new Error('more items than headlines: add some');
  return `<title>${HEADLINES[n]}</title><link>${link}?n=${n}</link><description>${COPIES[n]}</description>${extra}`;
};

describe('a picture in several renditions without sizes', () => {
  const pictureOf = async (contents: string[]) => {
    const [story] = await polled(rss(MEDIA, CHANNEL('Port News'), [item(contents.map((url) => `<media:content url="${url}" medium="image"/>`).join(''))]));
    return story?.image;
  };

  it('takes the rendition whose address names the larger size, whatever the order', async () => {
    expect(await pictureOf(['https://img.example.net/2026/11/photo_thumb.jpg', 'https://img.example.net/2026/11/photo_large.jpg'])).toBe('https://img.example.net/2026/11/photo_large.jpg');
    expect(await pictureOf(['https://img.example.net/thumb/berth.jpg', 'https://img.example.net/large/berth.jpg'])).toBe('https://img.example.net/large/berth.jpg');
    expect(await pictureOf(['https://img.example.net/berth-small.jpg', 'https://img.example.net/berth-medium.jpg'])).toBe('https://img.example.net/berth-medium.jpg');
  });

  it('takes a WordPress original over its cropped size, and the bigger of two sizes', async () => {
    expect(await pictureOf(['https://news.example.net/wp-content/uploads/2026/11/berth-150x150.jpg', 'https://news.example.net/wp-content/uploads/2026/11/berth.jpg'])).toBe(
      'https://news.example.net/wp-content/uploads/2026/11/berth.jpg',
    );
    expect(await pictureOf(['https://news.example.net/uploads/berth-300x200.jpg', 'https://news.example.net/uploads/berth-1024x683.jpg'])).toBe('https://news.example.net/uploads/berth-1024x683.jpg');
  });

  it('keeps the first of renditions that name no size, and a stated width still wins over a named one', async () => {
    expect(await pictureOf(['https://img.example.net/a1.jpg', 'https://img.example.net/b2.jpg'])).toBe('https://img.example.net/a1.jpg');
    const [story] = await polled(
      rss(MEDIA, CHANNEL('Port News'), [item('<media:content url="https://img.example.net/berth_large.jpg" medium="image" width="320"/><media:content url="https://img.example.net/berth_thumb.jpg" medium="image" width="1200"/>')]),
    );
    expect(story?.image).toBe('https://img.example.net/berth_thumb.jpg');
  });
});

describe('AST by the feed’s country', () => {
  const publishedIn = async (channel: string, link?: string) => {
    const [story] = await polled(rss('', channel, [item('<pubDate>Thu, 26 Nov 2026 10:00:00 AST</pubDate>', link)]));
    return story?.published;
  };

  it('is Arabia Standard Time in a known Gulf outlet’s .com feed in plain English', async () => {
    expect(await publishedIn(CHANNEL('Arab News'), 'https://www.arabnews.com/node/2581234/business-economy')).toBe('2026-11-26T07:00:00.000Z');
  });

  it('is Arabia Standard Time in a feed in the Emirates’ or Saudi English', async () => {
    expect(await publishedIn(CHANNEL('Gulf Port News', 'en-AE'))).toBe('2026-11-26T07:00:00.000Z');
    expect(await publishedIn(CHANNEL('Gulf Port News', 'en-SA'))).toBe('2026-11-26T07:00:00.000Z');
  });

  it('stays Atlantic Standard Time elsewhere', async () => {
    expect(await publishedIn(CHANNEL('Halifax Port News', 'en-CA'), 'https://news.example.ca/2026/11/26/berth')).toBe('2026-11-26T14:00:00.000Z');
    expect(await publishedIn(CHANNEL('Port News'))).toBe('2026-11-26T14:00:00.000Z');
  });
});

describe('AllAfrica’s bracketed credit to the paper it carries', () => {
  const SENATE = 'The Senate on Tuesday passed the ports bill after a long debate among its members.';
  const ROADS = 'The roads agency began resurfacing the coastal highway on Monday, closing one lane for a month.';
  const WATER = 'The water utility said on Wednesday that supply to the northern districts would be restored by Friday.';
  let carried = 0;
  /** The story as stored: its place is no field of what the stories API's sweeps compare. */
  const storyOf = async (description: string) => {
    const doc = rss('', CHANNEL('AllAfrica News: Nigeria'), [`<title>${description.slice(-40)}</title><link>https://allafrica.example.com/stories/2026112601${++carried}.html</link><description>${description}</description>`]);
    const { outcome, stories } = await sweep.poll(`/unseen23-leftovers/${++served}`, doc);
    expect(outcome).toMatchObject({ status: 'ok', error: null });
    return stories[0];
  };

  it('leaves the text, and the dateline after it is read as the place', async () => {
    expect(await storyOf(`[Premium Times] Abuja — ${SENATE}`)).toMatchObject({ text: SENATE, place: 'Abuja' });
    expect(await storyOf(`[Daily Trust] ${ROADS}`)).toMatchObject({ text: ROADS, place: null });
    expect(await storyOf(`[The Citizen] Dar es Salaam — ${WATER}`)).toMatchObject({ text: WATER, place: 'Dar es Salaam' });
  });

  it('keeps a bracketed word that is copy', async () => {
    const copy = 'The spokesman said [the minister] had signed it [sic] on Tuesday after the vote.';
    expect((await storyOf(copy))?.text).toBe(copy);
    expect((await storyOf(`[sic] ${ROADS}`))?.text).toBe(`[sic] ${ROADS}`);
  });
});

describe('a Media RSS credit to the story’s writer', () => {
  const authorOf = async (extra: string) => (await polled(rss(`${MEDIA} ${DC}`, CHANNEL('Port News'), [item(extra)])))[0]?.author;

  it('is the author of an item that names no other', async () => {
    expect(await authorOf('<media:credit role="author">Amina Yusuf</media:credit>')).toBe('Amina Yusuf');
    expect(await authorOf('<media:credit role="writer" scheme="urn:ebu">Omar Haddad</media:credit>')).toBe('Omar Haddad');
  });

  it('is not the author over dc:creator, nor is a photographer’s credit', async () => {
    expect(await authorOf('<dc:creator>Layla Mansour</dc:creator><media:credit role="author">Amina Yusuf</media:credit>')).toBe('Layla Mansour');
    expect(await authorOf('<media:credit role="photographer">Karim Saleh</media:credit>')).toBeNull();
  });
});
