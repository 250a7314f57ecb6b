import { feedSweep } from '../helpers/poll.js';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';
import type { PollOutcome } from '../../src/feeds/poll.js';
import type { Feed } from '../../src/feeds/store.js';
import { queryStories } from '../../src/stories/query.js';
import type { Story } from '../../src/stories/store.js';

/**
 * Feeds as publishers' and generators' software writes them, of kinds the earlier sweeps had not met (Blogger,
 * Substack, Medium, Ghost, Squarespace, Wix, Drupal 7 and 10, Jekyll, Hugo, YouTube, Reddit, Mastodon, Bluesky,
 * GitHub, Google Alerts, FeedBurner, podcasts, government offices, RTL and East Asian newsrooms, legacy charsets,
 * wrong Content-Types, HTML wrappers, very large documents). Each document was written for this test, served by a
 * real HTTP server, polled as a scheduled poll or the admin API's poll does, and read back as GET /api/stories
 * answers: every field a reader sees.
 */
const fixtures = new URL('../fixtures/generators/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtures));
const now = Date.parse('2026-11-26T15:00:00Z');

const sweep = feedSweep('feeds-generators', now);
const { ctx } = sweep;

interface Polled {
  outcome: PollOutcome;
  feed: Feed;
  /** Newest first, as GET /api/stories?feed= gives them. */
  stories: Story[];
}

let served = 0;

/** Serve a document at a path of its own, add it as a feed, poll it once and read its stories back. */
async function polled(body: string | Buffer, contentType = 'application/rss+xml; charset=utf-8'): Promise<Polled> {
  return sweep.poll(`/generators/${++served}`, body, contentType);
}

const iso = (t: number) => new Date(t).toISOString();

/** What a reader sees of a story, with its time in ISO. */
function seen(s: Story) {
  return { title: s.title, link: s.link, published: iso(s.published), author: s.author, image: s.image, text: s.text, source: s.source };
}

describe('blog platforms and newsletter hosts', () => {
  it('Blogger Atom: the alternate link among replies, edit and self; the 72px thumbnail as a large picture; "Unknown" no author; an empty title headed by its first sentence', async () => {
    const { stories, feed } = await polled(fixture('blogger.xml'), 'application/atom+xml; charset=UTF-8');
    expect(feed).toMatchObject({ status: 'ok', title: 'Malabar Coast Notes', lastError: null });
    expect(stories.map(seen)).toEqual([
      {
        title: 'Boats return early as swell warning stays for Kozhikode coast',
        link: 'https://malabarnotes.blogspot.com/2026/11/boats-return-early.html',
        published: '2026-11-26T14:00:00.003Z',
        author: 'Anjali Menon',
        image: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhQx7/s1600/harbour.jpg',
        text: 'Fishing boats returned to Puthiyappa harbour before noon on Thursday after the India Meteorological Department kept its swell warning for the north Kerala coast.\n\nHarbour officials said about 140 boats were back by 11 am.',
        source: 'Malabar Coast Notes',
      },
      {
        title: 'Power will be off in Nadakkavu and Eranhipalam from 9 am to 5 pm on Friday for line work, KSEB said',
        link: 'https://malabarnotes.blogspot.com/2026/11/blog-post_25.html',
        published: '2026-11-25T02:40:00.001Z',
        author: null,
        image: null,
        text: 'Power will be off in Nadakkavu and Eranhipalam from 9 am to 5 pm on Friday for line work, KSEB said. Residents were asked to store water.',
        source: 'Malabar Coast Notes',
      },
    ]);
    expect(stories[0]!.categories).toEqual(['Kozhikode', 'Fisheries']);
  });

  it('Substack: utm_* gone from the link, the enclosure as the picture, the subscribe widget and comment button out of the copy', async () => {
    const { stories } = await polled(fixture('substack.xml'));
    expect(stories.map(seen)).toEqual([
      {
        title: 'What the Ladakh buffer-zone talks did not settle',
        link: 'https://borderbrief.substack.com/p/what-the-ladakh-buffer-zone-talks',
        published: '2026-11-26T12:00:45.000Z',
        author: 'Meera Iyer',
        // The signed fetch ($s_!…!) gives the picture it fetches (feeds48).
        image: 'https://substack-post-media.s3.amazonaws.com/public/images/ladakh.jpeg',
        text: 'The fourth round of corps commander talks ended with patrolling restored at two friction points in eastern Ladakh.\n\nHerders in Chushul say the grazing grounds they used until 2020 remain closed to them.',
        source: 'The Border Brief',
      },
    ]);
  });

  it('Medium: "?source=rss…" gone, the headline repeated as <h3>, the caption, the stat pixel and the footer out', async () => {
    const [s] = (await polled(fixture('medium.xml'))).stories;
    expect(seen(s!)).toEqual({
      title: 'Reservoirs in the Krishna basin end the season 18% below normal',
      link: 'https://medium.com/monsoon-data-desk/reservoirs-in-the-krishna-basin-end-the-season-18-below-normal-9a8b7c6d5e4f',
      published: '2026-11-26T10:40:51.000Z',
      author: 'Ravi Shankar',
      image: 'https://cdn-images-1.medium.com/max/1024/1*q2Lz9Vb0aXc7Yt3Rk1Jm8w.png',
      text: "Storage in the basin's major reservoirs stood at 82% of the ten-year average on 25 November, according to the Central Water Commission's weekly bulletin.\n\nSrisailam and Nagarjuna Sagar were the furthest behind.",
      source: 'Monsoon Data Desk', // the publication, not the host
    });
    expect(s!.categories).toEqual(['water', 'data-visualization']);
  });

  it('Ghost: media:content as the picture, the bookmark card and the call-to-action box out of the copy', async () => {
    const [s] = (await polled(fixture('ghost.xml'))).stories;
    expect(seen(s!)).toEqual({
      title: 'Vizhinjam handles its first 24,000-box ship',
      link: 'https://harbourledger.com/vizhinjam-first-24000-teu-ship/',
      published: '2026-11-25T06:30:00.000Z',
      author: 'Thomas Kurian, Leela Das',
      image: 'https://harbourledger.com/content/images/2026/11/vizhinjam.jpg',
      text: "The largest container ship to call at an Indian port berthed at Vizhinjam on Tuesday night, the port's operator said.\n\nThe ship loaded 1,200 boxes for Colombo and Singapore.",
      source: 'The Harbour Ledger',
    });
  });

  it('Squarespace: a comment before the root, the sized media:content (its upload: "?format=1500w" asks a size), an "Untitled" post headed by its first sentence', async () => {
    const { stories } = await polled(fixture('squarespace.xml'));
    expect(stories.map((s) => [s.title, s.link, s.image, iso(s.published)])).toEqual([
      ['Trail closures in the Nilgiris after landslips', 'https://www.hilltrails.org/journal/nilgiris-closures', 'https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/1732612345678-ABCDEF/mukurthi.jpg', '2026-11-26T09:15:12.000Z'],
      ['Volunteers cleared 40 kg of plastic from the Dodabetta path on Sunday', 'https://www.hilltrails.org/journal/2026/11/24/untitled', null, '2026-11-24T07:00:00.000Z'],
    ]);
    expect(stories[0]!.text).toBe('The Forest Department has closed the Avalanche and Mukurthi trails until the end of December after three landslips on the approach roads.\n\nBookings already made will be refunded.');
  });

  it('Wix: the enclosure typed image/png with length 0 as the picture (the upload its "/v1/fit/…" copy was made from), dc:creator as the author', async () => {
    const [s] = (await polled(fixture('wix.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      title: 'Cashew prices firm as Ivory Coast arrivals slow',
      link: 'https://www.konkancashew.org/post/cashew-prices-firm-as-ivory-coast-arrivals-slow',
      author: 'Prakash Naik',
      image: 'https://static.wixstatic.com/media/a1b2c3_0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c~mv2.jpg',
      published: '2026-11-26T08:10:00.000Z',
    });
  });

  it('TypePad Atom: the picture in the content, the category’s term', async () => {
    const [s] = (await polled(fixture('typepad.xml'), 'application/atom+xml')).stories;
    expect(seen(s!)).toEqual({
      title: 'Ferry to Havelock cancelled again',
      link: 'https://portblair.typepad.com/diary/2026/11/ferry-to-havelock-cancelled-again.html',
      published: '2026-11-26T06:30:00.000Z',
      author: 'Meenakshi Pillai',
      // The "-pi" upload its markup links, not the "-800wi" copy (the fiftieth round of unseen feeds).
      image: 'https://portblair.typepad.com/.a/6a00d8341c2b5e53ef02c8d3b1a2b3200c-pi',
      text: 'The morning ferry to Havelock was cancelled for the third day running because of the swell.',
      source: 'Port Blair Diary',
    });
    expect(s!.categories).toEqual(['Islands']);
  });

  it('Tumblr: a post titled by its kind ("Photo") is headed by its caption', async () => {
    const [s] = (await polled(fixture('tumblr.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      title: 'Charminar at dawn, before the traffic',
      text: 'Charminar at dawn, before the traffic.',
      image: 'https://64.media.tumblr.com/abc123/def456-7a/s1280x1920/ghi789.jpg',
      author: 'oldcitylens',
      published: '2026-11-26T06:15:22.000Z',
    });
  });

  it('LiveJournal: managingEditor an address (no author), lj:poster the poster’s handle, the lj-cut anchor leaves no trace', async () => {
    const [s] = (await polled(fixture('livejournal.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      title: 'Zoji La closed for the winter',
      link: 'https://mountainroads.livejournal.com/48213.html',
      // The journal's keeper posted it: lj:poster names them (it was read as no one until the eighteenth sweep).
      author: 'mountainroads',
      text: 'The Zoji La was closed to traffic on Wednesday after fresh snow. BRO says it will reopen in April.\n\nPhotos from the last convoy are below.',
    });
  });
});

describe('site generators', () => {
  it('Drupal 7 views RSS: the release-date field and its label are no copy; the body is', async () => {
    const [s] = (await polled(fixture('drupal7.xml'))).stories;
    expect(seen(s!)).toEqual({
      title: 'Scheduled outage: 110 kV Nallalam substation',
      link: 'https://www.kseb.in/press-release/scheduled-outage-110-kv-nallalam-substation',
      published: '2026-11-26T05:02:11.000Z',
      author: null, // a CMS login (underscore), no one's name
      image: null,
      text: 'Supply from the 110 kV Nallalam substation will be interrupted from 8 am to 2 pm on Saturday for maintenance of the bus bar.\n\nDetails are on the outage page.',
      // The title names the page alone: the site's host names the outlet ("Press releases" until the eighteenth sweep).
      source: 'kseb.in',
    });
  });

  it('Drupal 10: the node fields out, the inline picture resolved against xml:base', async () => {
    const [s] = (await polled(fixture('drupal10.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      title: 'Water cut in K-East and K-West wards on 2 December',
      text: 'Supply will be cut by 10 per cent in K-East and K-West wards on 2 December while the Vaitarna main is repaired.',
      image: 'https://www.mcgm.gov.in/sites/default/files/inline-images/vaitarna-main.jpg',
      author: 'News Desk', // a desk's login reads as the desk
    });
  });

  it('Jekyll Atom: type="html" title, the figure resolved against the content’s xml:base, the media:thumbnail first', async () => {
    const [s] = (await polled(fixture('jekyll.xml'), 'application/atom+xml')).stories;
    expect(seen(s!)).toEqual({
      title: 'Why the Ennore groyne field silts up faster than modelled',
      link: 'https://notes.tideline.dev/2026/11/26/ennore-groynes.html',
      published: '2026-11-26T09:30:00.000Z',
      author: 'Priya Raman',
      image: 'https://notes.tideline.dev/assets/ennore-card.png',
      text: 'The groyne field north of Ennore traps sand at twice the rate the 2019 model gave.\n\nLittoral drift here runs north for eight months of the year.',
      source: 'Tideline Notes',
    });
  });

  it('Hugo Atom with a summary only: relative link and picture resolved against the entry’s xml:base, the feed’s author', async () => {
    const [s] = (await polled(fixture('hugo-atom.xml'), 'application/atom+xml')).stories;
    expect(seen(s!)).toEqual({
      title: 'Counting flamingos at Thane creek',
      link: 'https://fieldnotes.example.in/posts/2026/thane-flamingos/',
      published: '2026-11-26T01:30:00.000Z',
      author: 'S. Narayan',
      image: 'https://fieldnotes.example.in/posts/2026/thane-flamingos/flock.jpg',
      text: 'This year’s count found 31,000 lesser flamingos, up from last year.',
      source: 'Field Notes',
    });
  });

  it('Hugo RSS: a permalink guid without the attribute, "&#34;" in the escaped HTML', async () => {
    const [s] = (await polled(fixture('hugo-rss.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      link: 'https://monsoon.engineering/posts/storm-drains-high-tide/',
      published: '2026-11-26T05:30:00.000Z',
      text: 'Outfalls below the high-tide line need flap gates, or the sea comes up the drain. See flap gates.',
      author: null,
    });
  });

  it('WordPress (whitehouse.gov): "&#8211;" in the channel title, the "###" end mark, a ?p= guid', async () => {
    const { stories, feed } = await polled(fixture('whitehouse-wp.xml'));
    expect(feed.title).toBe('Briefings & Statements – The White House');
    expect(seen(stories[0]!)).toEqual({
      title: 'Readout of the President’s Call with Prime Minister Modi of India',
      link: 'https://www.whitehouse.gov/briefing-room/statements-releases/2026/11/26/readout-of-the-presidents-call-with-prime-minister-modi-of-india/',
      published: '2026-11-26T14:02:09.000Z',
      author: 'The White House',
      image: null,
      text: 'The President spoke today with Prime Minister Narendra Modi of India. The leaders discussed defence industrial cooperation, including co-production of Stryker vehicles, and the Quad Leaders’ Summit.',
      source: 'Briefings & Statements – The White House',
    });
  });

  it('WordPress plugins’ tails: Yoast’s "appeared first on", "Read More »", "(more…)", Jetpack’s "Like this:" and "Related"', async () => {
    const { stories } = await polled(fixture('wordpress-tails.xml'));
    const texts = Object.fromEntries(stories.map((s) => [s.title, s.text]));
    // Before: "(more…)" ended one story, and another ended "Like this:".
    for (const title of ['Yoast footer', 'Read more link', 'Click here', 'More marker', 'Source line', 'Jetpack related']) expect(texts[title]).toBe('The council approved the budget on Thursday.');
    expect(texts['Excerpt marker']).toBe('The council approved the budget on Thursday and sent it to the governor for assent after a long debate on the…');
  });

  it('Atom 0.3: escaped mode, issued before modified, the feed’s author', async () => {
    const [s] = (await polled(fixture('atom03.xml'), 'application/atom+xml')).stories;
    expect(seen(s!)).toMatchObject({
      title: 'Clock tower restored & lit again',
      link: 'http://oldtown.example.org/2026/11/clock-tower.html',
      published: '2026-11-26T08:00:00.000Z',
      text: 'The 1911 clock tower was lit again on Wednesday night after a two-year restoration.',
      author: 'Old Town Diary',
    });
  });
});

describe('video, social and code platforms', () => {
  it('YouTube: the video page, its hqdefault picture, the description without the channel’s plea and links', async () => {
    const [s] = (await polled(fixture('youtube.xml'), 'application/atom+xml; charset=UTF-8')).stories;
    expect(seen(s!)).toEqual({
      title: 'Tejas Mk1A: first squadron handover explained',
      link: 'https://www.youtube.com/watch?v=Xk3pL9mN2qA',
      published: '2026-11-26T06:00:08.000Z',
      author: 'Deccan Defence Review',
      image: 'https://i3.ytimg.com/vi/Xk3pL9mN2qA/hqdefault.jpg',
      text: 'The Indian Air Force took delivery of the first Tejas Mk1A fighters for its No. 3 Squadron at Nal.\n\nWe look at what the GE F404 engine delays meant for the schedule.',
      source: 'Deccan Defence Review',
    });
  });

  it('Reddit Atom: the poster without "/u/", the thumbnail, no "submitted by" line as text', async () => {
    const [s] = (await polled(fixture('reddit.xml'), 'application/atom+xml; charset=UTF-8')).stories;
    expect(seen(s!)).toEqual({
      title: 'Metro Line 3 opens end to end, Aarey to Cuffe Parade',
      link: 'https://www.reddit.com/r/indianews/comments/1h0abcd/metro_line_3_opens_aarey_to_cuffe_parade/',
      published: '2026-11-26T14:41:07.000Z',
      author: 'chai_and_charts', // a handle is the name Reddit shows, underscores and all
      image: 'https://b.thumbs.redditmedia.com/metro3-thumb.jpg',
      text: '',
      source: 'India News',
    });
  });

  it('Mastodon: posts without a title headed by their first sentence, the attachment as the picture', async () => {
    const { stories } = await polled(fixture('mastodon.xml'));
    expect(stories.map((s) => [s.title, s.link, s.image])).toEqual([
      ['Nungambakkam has logged 112 mm since 8:30 am', 'https://mastodon.social/@rainwatch/113557700000000001', 'https://files.mastodon.social/media_attachments/files/113/557/700/000/000/001/original/subway.jpg'],
      ['@gccwatch Any word on the Velachery lake gates?', 'https://mastodon.social/@rainwatch/113557600000000002', null],
    ]);
    expect(stories[0]!.text).toBe('Nungambakkam has logged 112 mm since 8:30 am. Subway at Ganesapuram closed to traffic. #ChennaiRains #NEMonsoon');
  });

  it('a Bluesky profile feed: plain-text posts without a title, dated "26 Nov 2026 13:05 +0000" (no weekday, no seconds)', async () => {
    const { stories } = await polled(fixture('bluesky.xml'));
    expect(stories.map((s) => [s.title, iso(s.published)])).toEqual([
      ['Defence Acquisition Council clears 26 Rafale M for the Navy, per MoD statement this evening', '2026-11-26T13:05:00.000Z'],
      ['Quote: "The indigenous content requirement stays at 50%" — DRDO chief, at the briefing', '2026-11-26T11:40:00.000Z'],
    ]);
    expect(stories[0]!.text).toBe('Defence Acquisition Council clears 26 Rafale M for the Navy, per MoD statement this evening. Deliveries from 2029.\n\nFull statement: pib.gov.in/PressReleasePage.aspx?PRID=2190455');
    expect(stories[0]!.link).toBe('https://bsky.app/profile/kavyadefence.bsky.social/post/3lbxq7a2k3s2x');
  });

  it('GitHub releases: the releaser’s avatar is no picture of the release; "<Legend>" in <code> stays a word', async () => {
    const [s] = (await polled(fixture('github.xml'), 'application/atom+xml; charset=utf-8')).stories;
    expect(seen(s!)).toEqual({
      title: 'v2.4.0',
      link: 'https://github.com/bharatmaps/tilekit/releases/tag/v2.4.0',
      published: '2026-11-26T09:12:44.000Z',
      author: 'nikhilp',
      image: null,
      text: "What's Changed\n\nVector tiles for the 2026 ward boundaries by @nikhilp in #311\n\nFix <Legend> overflow on narrow screens\n\nFull Changelog: v2.3.1...v2.4.0",
      source: 'Release notes from tilekit',
    });
  });

  it('a RSSHub Telegram bridge: the post as the title and the text, its picture', async () => {
    const [s] = (await polled(fixture('rsshub-telegram.xml'))).stories;
    expect(s!.title).toMatch(/^🔴 RED ALERT: Extremely heavy rainfall likely over Chennai/);
    expect(s!.text).toBe('🔴 RED ALERT: Extremely heavy rainfall likely over Chennai, Tiruvallur, Kancheepuram and Chengalpattu districts during the next 24 hours.\n\nSchools closed on Friday.');
    expect(s!.image).toBe('https://cdn4.telesco.pe/file/abc123.jpg');
    expect(s!.link).toBe('https://t.me/disasteralertsin/10231');
  });
});

describe('aggregators, proxies and podcasts', () => {
  it('Google Alerts: the outlet’s page out of google.com/url (its own utm_* gone), <b> out of the title', async () => {
    const [s] = (await polled(fixture('google-alerts.xml'), 'application/atom+xml')).stories;
    expect(seen(s!)).toEqual({
      title: 'Philippines takes second BrahMos battery; Vietnam talks move on',
      link: 'https://www.defencenews.example.in/2026/11/26/philippines-second-brahmos-battery/',
      published: '2026-11-26T12:38:50.000Z',
      author: null,
      image: null,
      text: 'The Philippine Navy has received the second shore-based BrahMos battery under the 2022 contract ...',
      source: 'Google Alert - BrahMos export',
    });
  });

  it('FeedBurner: feedburner:origLink over feedproxy, its utm_* gone; flares and the counter out; PST read', async () => {
    const [s] = (await polled(fixture('feedburner.xml'))).stories;
    expect(seen(s!)).toEqual({
      title: 'Onion export duty cut to 10% as Lasalgaon prices slide',
      link: 'https://www.agriledger.in/2026/11/onion-export-duty-cut.html',
      published: '2026-11-26T14:45:00.000Z',
      author: 'Sunil Patil',
      image: null,
      text: 'The Centre cut the export duty on onions to 10% on Thursday after wholesale prices at Lasalgaon fell for a third week.',
      source: 'Agri Ledger',
    });
  });

  it('a podcast episode with only an enclosure: linked to its file without the measurement prefix, its itunes:image, no Acast notice', async () => {
    const [s] = (await polled(fixture('podcast.xml'))).stories;
    expect(seen(s!)).toEqual({
      title: 'Ep. 212 — Dhaka after the election',
      link: 'https://media.strategichour.fm/episodes/212-dhaka.mp3',
      published: '2026-11-25T19:00:00.000Z',
      author: 'Arjun Mehta & Zoya Khan',
      image: 'https://strategichour.fm/episodes/212/cover.jpg',
      text: "We talk to two Dhaka-based journalists about the new government's first month and what it means for the Teesta talks.",
      source: 'The Strategic Hour',
    });
  });

  it('a JSON Feed link blog: the post’s own url, not external_url; the first of 1.1’s authors', async () => {
    const [s] = (await polled(fixture('jsonfeed-linkblog.json'), 'application/feed+json')).stories;
    expect(seen(s!)).toMatchObject({ title: '★ The Teesta talks, again', link: 'https://linked.example.net/2026/11/26/teesta', author: 'Tariq Hasan' });
  });
});

describe('government and international bodies', () => {
  it('PIB: "26 NOV 2026 6:13PM by PIB Delhi" read in IST; the query that names the release kept', async () => {
    const { stories } = await polled(fixture('pib.xml'));
    expect(stories.map((s) => [s.title, s.link, iso(s.published)])).toEqual([
      ['Raksha Mantri inaugurates 35 BRO infrastructure projects in Arunachal Pradesh', 'https://pib.gov.in/PressReleasePage.aspx?PRID=2190123&reg=3&lang=1', '2026-11-26T12:43:00.000Z'],
      ['Exercise Harimau Shakti-2026 concludes in Malaysia', 'https://pib.gov.in/PressReleasePage.aspx?PRID=2190077&reg=3&lang=1', '2026-11-26T09:10:00.000Z'],
    ]);
  });

  it('gov.uk Atom: updated only, "&#39;" in titles, the feed’s author, the "&amp;" of its title', async () => {
    const { stories, feed } = await polled(fixture('govuk.xml'), 'application/atom+xml; charset=utf-8');
    expect(feed.title).toBe('News and communications: Foreign, Commonwealth & Development Office');
    expect(stories.map((s) => [s.title, iso(s.published), s.author])).toEqual([
      ['UK and India sign green hydrogen partnership', '2026-11-26T14:05:12.000Z', 'HM Government'],
      ["Foreign Secretary's statement on Sudan: 26 November 2026", '2026-11-26T11:30:00.000Z', 'HM Government'],
    ]);
    expect(stories[1]!.link).toBe('https://www.gov.uk/government/speeches/foreign-secretary-statement-on-sudan-26-november-2026');
  });

  it('NATO: CET read as +01:00, the relative picture resolved against the channel’s site', async () => {
    const [s] = (await polled(fixture('nato.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      link: 'https://www.nato.int/cps/en/natohq/news_230512.htm?selectedLocale=en',
      published: '2026-11-26T12:45:00.000Z',
      image: 'https://www.nato.int/nato_static_fl2014/assets/pictures/2026_11_261126a-pm-finland/20261126_261126a-001_rdax_225x150s.jpg',
      text: 'The Secretary General welcomed the Prime Minister of Finland to NATO Headquarters on Thursday (26 November 2026).',
    });
  });

  it('UN News: a Drupal guid ("1165432 at …"), the enclosure picture, a <source> naming the feed itself', async () => {
    const [s] = (await polled(fixture('un-news.xml'))).stories;
    expect(seen(s!)).toMatchObject({
      title: 'Haiti: Security Council extends support mission for a year',
      link: 'https://news.un.org/en/story/2026/11/1165432',
      image: expect.stringMatching(/^https:\/\/global\.unitednations\.entermediadb\.net\/.*image1170x530cropped\.jpg$/),
      published: '2026-11-26T14:02:11.000Z',
    });
  });

  it('the EU press corner: Matomo’s campaign parameters (pk_*, mtm_*) gone from the links', async () => {
    const { stories } = await polled(fixture('eu-presscorner.xml'));
    expect(stories.map((s) => s.link)).toEqual([
      'https://ec.europa.eu/commission/presscorner/detail/en/statement_26_2750',
      'https://ec.europa.eu/commission/presscorner/detail/en/ip_26_2741',
    ]);
    expect(stories.map((s) => iso(s.published))).toEqual(['2026-11-26T14:30:00.000Z', '2026-11-26T11:00:00.000Z']);
  });

  it('a SharePoint list: the "Body:" label and the "Expires:" field are no copy', async () => {
    const [s] = (await polled(fixture('sharepoint.xml'))).stories;
    expect(seen(s!)).toEqual({
      title: 'Evacuation of low-lying areas along the Adyar',
      link: 'https://ddma.example.gov.in/Lists/Announcements/DispForm.aspx?ID=212',
      published: '2026-11-26T09:10:05.000Z',
      author: 'DDMA Control Room',
      image: null,
      text: 'Residents of low-lying areas along the Adyar are advised to move to relief camps before 6 pm.\n\nCamps are open at 42 schools.',
      source: 'District Disaster Management Authority: Announcements',
    });
  });

  it('a department that links items to "javascript:void(0)": the permalink guid is the link', async () => {
    const { stories } = await polled(fixture('js-links.xml'));
    expect(stories[0]!.link).toBe('https://fisheries.example.gov.in/notices/palk-bay-ban-lifted');
  });

  it('a tehsil’s items with only a description: headed by its first sentence, no link, their own dates', async () => {
    const { stories } = await polled(fixture('description-only.xml'));
    expect(stories.map((s) => [s.title, s.link, iso(s.published)])).toEqual([
      ['Ration distribution for December will begin on 1 December at all fair price shops', '', '2026-11-26T04:30:00.000Z'],
      ['Camp for disability certificates at the Primary Health Centre, Kothur, on 28 November from 10 am', '', '2026-11-25T04:30:00.000Z'],
    ]);
  });
});

describe('right-to-left newsrooms', () => {
  it('Arabic: the direction marks around the headline, text, byline and outlet go; the Arabic date read in the Gulf’s clock', async () => {
    const { stories, feed } = await polled(fixture('arabic.xml'));
    expect(feed.title).toBe('الأخبار العاجلة');
    expect(seen(stories[0]!)).toEqual({
      title: 'وزير الخارجية يستقبل نظيره الهندي في أبوظبي',
      link: 'https://www.akhbar-alkhaleej.example.ae/news/2026/11/26/12345',
      published: '2026-11-26T10:05:00.000Z',
      author: 'محمد الكعبي',
      image: null,
      text: 'استقبل وزير الخارجية اليوم الخميس نظيره الهندي في أبوظبي، وبحث الجانبان العلاقات الثنائية.',
      source: 'الأخبار العاجلة',
    });
  });

  it('Urdu: an RLE … PDF embedding around the headline goes; PKT read', async () => {
    const [s] = (await polled(fixture('urdu.xml'))).stories;
    expect(s!.title).toBe('کراچی میں بارش، کئی علاقوں میں بجلی معطل');
    expect(iso(s!.published)).toBe('2026-11-26T09:05:00.000Z');
  });
});

describe('legacy charsets and byte-order marks', () => {
  it('EUC-JP RDF 1.0 with dc:date and no pubDate', async () => {
    const body = iconv.encode(
      `<?xml version="1.0" encoding="EUC-JP"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="https://www.minato-shimbun.example.jp/index.rdf"><title>みなと新聞 速報</title><link>https://www.minato-shimbun.example.jp/</link><description>最新ニュース</description>
<items><rdf:Seq><rdf:li rdf:resource="https://www.minato-shimbun.example.jp/news/20261126/k10014.html"/></rdf:Seq></items></channel>
<item rdf:about="https://www.minato-shimbun.example.jp/news/20261126/k10014.html"><title>横浜港で新しいコンテナ埠頭が完成　来春から運用</title><link>https://www.minato-shimbun.example.jp/news/20261126/k10014.html</link><description>横浜港の南本牧ふ頭で新しいコンテナ埠頭が完成し、２６日に式典が開かれました。</description><dc:subject>経済</dc:subject><dc:creator>経済部</dc:creator><dc:date>2026-11-26T18:30:00+09:00</dc:date></item>
</rdf:RDF>
`,
      'euc-jp',
    );
    const { stories, feed } = await polled(body, 'application/rdf+xml');
    expect(feed.title).toBe('みなと新聞 速報');
    expect(seen(stories[0]!)).toMatchObject({
      title: '横浜港で新しいコンテナ埠頭が完成 来春から運用',
      published: '2026-11-26T09:30:00.000Z',
      author: '経済部',
      text: '横浜港の南本牧ふ頭で新しいコンテナ埠頭が完成し、２６日に式典が開かれました。',
    });
    expect(stories[0]!.categories).toEqual(['経済']);
  });

  it('GBK under a "gb2312" label (characters GB 2312 lacks), a zoneless time in China’s clock', async () => {
    const body = iconv.encode(
      `<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><title>华南财经快讯</title><link>http://www.huanan-caijing.example.cn/</link><language>zh-cn</language>
<item><title>朱镕基谈话录再版，张喆撰写序言</title><link>http://www.huanan-caijing.example.cn/news/2026-11/26/c_1130012.htm</link><description><![CDATA[<p>出版社26日宣布，该书将于下月再版。</p>]]></description><pubDate>2026-11-26 14:05:00</pubDate></item>
</channel></rss>
`,
      'gbk',
    );
    const [s] = (await polled(body, 'text/xml')).stories;
    expect(seen(s!)).toMatchObject({ title: '朱镕基谈话录再版，张喆撰写序言', text: '出版社26日宣布，该书将于下月再版。', published: '2026-11-26T06:05:00.000Z' });
  });

  it('Big5, dated "2026/11/26 15:20" in a .tw feed', async () => {
    const body = iconv.encode(
      `<?xml version="1.0" encoding="big5"?>
<rss version="2.0"><channel><title>台灣海峽新聞網</title><link>https://www.strait-news.example.com.tw/</link>
<item><title>國防部：共機27架次逾越海峽中線</title><link>https://www.strait-news.example.com.tw/news/20261126/0042</link><description>國防部26日表示，今日上午6時起偵獲共機27架次。</description><pubDate>2026/11/26 15:20</pubDate></item>
</channel></rss>
`,
      'big5',
    );
    const [s] = (await polled(body, 'application/xml')).stories;
    expect(seen(s!)).toMatchObject({ title: '國防部：共機27架次逾越海峽中線', published: '2026-11-26T07:20:00.000Z', source: '台灣海峽新聞網' });
  });

  it('Hindi in UTF-16 with a byte-order mark, little- and big-endian, the second without a declaration', async () => {
    const hindi = (site: string, day: string) => `<rss version="2.0"><channel><title>समाचार सेवा</title><link>https://${site}/</link><language>hi</language>
<item><title>रक्षा मंत्री ने अरुणाचल में 35 परियोजनाओं का उद्घाटन किया</title><link>https://${site}/desh/raksha-mantri-arunachal</link><description>रक्षा मंत्री ने ${day} को अरुणाचल प्रदेश में सीमा सड़क संगठन की 35 परियोजनाओं का उद्घाटन किया।</description><pubDate>Thu, 26 Nov 2026 18:13:00 +0530</pubDate></item>
</channel></rss>`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`<?xml version="1.0" encoding="UTF-16"?>\n${hindi('hindi.samachar.example.in', 'गुरुवार')}`, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(hindi('hindi2.samachar.example.in', 'बृहस्पतिवार'), 'utf-16be')]);
    for (const [body, site, day] of [[le, 'hindi.samachar.example.in', 'गुरुवार'], [be, 'hindi2.samachar.example.in', 'बृहस्पतिवार']] as const) {
      const { stories, feed } = await polled(body, 'application/xml');
      expect(feed.title).toBe('समाचार सेवा');
      expect(seen(stories[0]!)).toMatchObject({
        title: 'रक्षा मंत्री ने अरुणाचल में 35 परियोजनाओं का उद्घाटन किया',
        link: `https://${site}/desh/raksha-mantri-arunachal`,
        published: '2026-11-26T12:43:00.000Z',
        text: `रक्षा मंत्री ने ${day} को अरुणाचल प्रदेश में सीमा सड़क संगठन की 35 परियोजनाओं का उद्घाटन किया।`,
      });
    }
  });

  it.each([
    ['EUC-KR', 'euc-kr', 'yna.example.co.kr', '국방부, 새 구축함 진수식 개최', '2026-11-26 14:05:00', '2026-11-26T05:05:00.000Z'],
    ['TIS-620', 'tis620', 'thainews.example.co.th', 'กองทัพเรือรับมอบเรือฟริเกตลำใหม่', 'Thu, 26 Nov 2026 14:05:00 +0700', '2026-11-26T07:05:00.000Z'],
    ['windows-1255', 'windows-1255', 'news.example.co.il', 'שר הביטחון נפגש עם עמיתו ההודי', 'Thu, 26 Nov 2026 14:05:00 IST', '2026-11-26T12:05:00.000Z'],
    ['ISO-8859-7', 'iso-8859-7', 'news.example.gr', 'Ο υπουργός Άμυνας επισκέφθηκε την Κρήτη', 'Πεμ, 26 Νοε 2026 14:05:00 +0200', '2026-11-26T12:05:00.000Z'],
  ])('%s named in the prolog: the headline, and the date in the feed’s country', async (label, encoding, site, title, date, published) => {
    const xml = `<?xml version="1.0" encoding="${label}"?>\n<rss version="2.0"><channel><title>Desk</title><link>https://${site}/</link><item><title>${title}</title><link>https://${site}/a/1</link><description>${title}.</description><pubDate>${date}</pubDate></item></channel></rss>`;
    const [s] = (await polled(iconv.encode(xml, encoding), 'application/xml')).stories;
    expect([s!.title, s!.link, iso(s!.published)]).toEqual([title, `https://${site}/a/1`, published]);
  });

  it('Shift_JIS that neither the prolog nor the header names', async () => {
    const xml = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>東京ニュース</title><link>https://tokyo.example.jp/</link><item><title>防衛省、新型護衛艦を公開</title><link>https://tokyo.example.jp/a/1</link><description>防衛省は２６日、新型護衛艦を横須賀で公開した。</description><pubDate>Thu, 26 Nov 2026 14:05:00 +0900</pubDate></item></channel></rss>';
    const [s] = (await polled(iconv.encode(xml, 'shift_jis'), 'application/xml')).stories;
    expect([s!.title, s!.text, s!.source]).toEqual(['防衛省、新型護衛艦を公開', '防衛省は２６日、新型護衛艦を横須賀で公開した。', '東京ニュース']);
  });

  it('RSS 0.91 in ISO-8859-1 with the Netscape DOCTYPE and its HTML entities; no date is the fetch time', async () => {
    const { stories, feed } = await polled(Buffer.from(fixture('rss091.xml').toString('utf8'), 'latin1'), 'text/xml');
    expect(feed.title).toBe('Café Lisboa Diário');
    expect(seen(stories[0]!)).toMatchObject({
      title: 'Mercado da Ribeira reabre após obras – horário alargado',
      link: 'http://www.cafelisboa.example.pt/noticias/ribeira-reabre.html',
      published: iso(now),
      text: 'O mercado reabriu na quinta-feira com horário até às 23h — mais duas horas do que antes.',
    });
  });

  it('RDF 1.0 with dc:date and no pubDate, content:encoded over the description, dc:subject as a category', async () => {
    const [s] = (await polled(fixture('rdf-dcdate.rdf'), 'application/rdf+xml')).stories;
    expect(seen(s!)).toEqual({
      title: 'Bundeswehr übernimmt erste Eurofighter der Tranche 4',
      link: 'https://www.bundesanzeiger-news.example.de/meldung/2026-11-26-bundeswehr',
      published: '2026-11-26T13:05:00.000Z',
      author: 'Redaktion Berlin',
      image: null,
      text: 'Die Luftwaffe hat in Manching die ersten beiden Maschinen der Tranche 4 übernommen.\n\nWeitere folgen im Frühjahr.',
      source: 'Bundesticker',
    });
    expect(s!.categories).toEqual(['Verteidigung']);
  });

  it('HTML entities no DOCTYPE declares ("&nbsp;", "&mdash;", "&eacute;") in a UTF-8 feed', async () => {
    const { stories, feed } = await polled(fixture('undeclared-entities.xml'));
    expect(feed.title).toBe('Panchayat Samachar');
    expect(stories.map((s) => [s.title, s.text])).toEqual([
      ['Gram sabha on 30 November — agenda includes MGNREGA dues', 'The gram sabha will meet at 11 am in the panchayat bhavan. Agenda: MGNREGA dues & the new anganwadi.'],
      ['Café for self-help groups opens at block office', 'Run by three SHGs … open 9 to 5.'],
    ]);
  });
});

describe('documents served the wrong way', () => {
  it('a byte-order mark, blank lines and tabs before the prolog', async () => {
    const { stories, outcome } = await polled(fixture('bom-whitespace.xml'));
    expect(outcome).toMatchObject({ status: 'ok', added: 1, warning: null });
    expect(stories[0]!.title).toBe('Boating suspended on Dal Lake as cold wave sets in');
  });

  it('RSS sent as text/html, and ISO-8859-1 sent as application/octet-stream', async () => {
    const html = await polled(fixture('wrong-ctype-html.xml'), 'text/html; charset=utf-8');
    expect(html.stories.map((s) => s.title)).toEqual(['Boating halted on Dal Lake as cold wave sets in']);
    const octet = await polled(fixture('octet.xml'), 'application/octet-stream');
    expect(octet.stories.map((s) => [s.title, s.text])).toEqual([['Grève à la RATP : trafic très perturbé jeudi', 'Le café ferme.']]);
  });

  it('a feed inside an HTML page, as markup or escaped in a <pre>: read from there, with a warning on the feed', async () => {
    for (const [file, title] of [['html-wrapped.xml', 'Apple growers seek cold storage in Sopore'], ['html-escaped-wrapped.xml', 'Saffron prices rise in Pampore']]) {
      const { stories, outcome, feed } = await polled(fixture(file!), 'text/html; charset=utf-8');
      expect(outcome).toMatchObject({ status: 'ok', added: 1 });
      expect(feed).toMatchObject({ status: 'ok', lastError: null, lastWarning: expect.stringMatching(/inside an HTML page/) });
      expect(stories.map((s) => [s.title, iso(s.published)])).toEqual([[title, '2026-11-26T03:30:00.000Z']]);
    }
  });

  it('a picture where the feed was: the feed’s error says it is binary, and holds no control characters', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866', 'hex'), Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256))]);
    const { outcome, feed } = await polled(png, 'image/png');
    expect(outcome.status).toBe('error');
    expect(feed.lastError).toBe('not a feed: the document is binary data, not text (a picture, an archive or a file of another kind)');
    const junk = await polled(Buffer.from('\u0000\u0001\u0002Service unavailable', 'latin1'), 'text/plain');
    expect(junk.feed.lastError).toBe('not a feed: the document does not start with XML or JSON ("Service unavailable")');
  });

  it('a page that quotes a feed among more words than that is still a page, and names it so', async () => {
    const page = `<!DOCTYPE html><html><head><title>How to write RSS</title></head><body><h1>How to write RSS</h1><p>${'An RSS document lists items, each with a title, a link and a date. '.repeat(6)}</p><pre>&lt;rss version="2.0"&gt;&lt;channel&gt;&lt;title&gt;Example&lt;/title&gt;&lt;item&gt;&lt;title&gt;Hello&lt;/title&gt;&lt;/item&gt;&lt;/channel&gt;&lt;/rss&gt;</pre></body></html>`;
    const { outcome, feed } = await polled(page, 'text/html');
    expect(outcome.status).toBe('error');
    expect(feed).toMatchObject({ status: 'backing-off', lastError: expect.stringMatching(/HTML page \("How to write RSS"\)/) });
  });
});

describe('text as generators escape it', () => {
  it('titles and copy escaped twice ("&amp;#8217;", "&amp;amp;", "&amp;lt;p&amp;gt;") read once', async () => {
    const { stories, feed } = await polled(fixture('double-escaped.xml'));
    expect(feed.title).toBe('Markets & Money');
    expect(stories.map((s) => [s.title, s.text])).toEqual([
      ['Tata Steel’s Q2: profit up 12% & debt down', 'Tata Steel’s net profit rose 12% in the July–September quarter.'],
      ['L&T wins "mega" order for Mumbai coastal road', 'L&T said the order is worth over Rs 7,000 crore.'],
    ]);
  });

  it('CDATA titles with markup lose the tags and keep escaped characters as characters', async () => {
    const { stories } = await polled(fixture('cdata-markup-titles.xml'));
    expect(stories.map((s) => s.title)).toEqual(['LIVE Cyclone Fengal: landfall near Mamallapuram tonight', 'Rupee at 84.6 & Sensex <80k: what it means']);
  });

  it('Atom with several links: the alternate (not self, related, enclosure or replies), the image enclosure as picture', async () => {
    const { stories } = await polled(fixture('atom-multilinks.xml'), 'application/atom+xml');
    expect(seen(stories[0]!)).toEqual({
      title: 'Quad maritime initiative: one year on',
      link: 'https://orw.example.org/research/quad-maritime-one-year',
      published: '2026-11-26T09:00:00.000Z',
      author: 'Dr. Farah Siddiqui',
      image: 'https://orw.example.org/img/quad-ships.jpg',
      text: 'The IPMDA now feeds data to 14 partner centres.\n\nCoverage of the Bay of Bengal remains thin.',
      source: 'Observer Research Wire',
    });
  });

  it('Atom content typed "text" is text: "<b>" in it is a word, not a tag that took the words around it', async () => {
    const { stories } = await polled(fixture('atom-multilinks.xml'), 'application/atom+xml');
    expect(stories[1]!.title).toBe('Reading the <Indo-Pacific> strategy: 5 & counting');
    expect(stories[1]!.text).toBe("Use of <b> tags in the strategy's PDF aside, the document names 5 priorities & 12 partners.\n\nIt was released on 24 November.");
  });

  it('Atom content typed "text" that opens with an HTML block, or holds a closed element, is HTML its generator mistyped', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Mistyped</title><id>urn:x</id><updated>2026-11-26T10:00:00Z</updated>
<entry><title>Mistyped body</title><id>urn:x:1</id><updated>2026-11-26T10:00:00Z</updated><link href="https://mistyped.example/1"/>
<content type="text">&lt;p&gt;First &lt;b&gt;bold&lt;/b&gt; paragraph.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry>
<entry><title>Mistyped inline</title><id>urn:x:2</id><updated>2026-11-26T09:00:00Z</updated><link href="https://mistyped.example/2"/>
<content type="text">Read &lt;a href="https://mistyped.example/report.pdf"&gt;the report&lt;/a&gt; before Friday.</content></entry></feed>`;
    const { stories } = await polled(atom, 'application/atom+xml');
    expect(stories.map((s) => s.text)).toEqual(['First bold paragraph.\n\nSecond.', 'Read the report before Friday.']);
  });

  it('a link only in <guid isPermaLink="true">, its fragment and utm_* gone; and in a guid without the attribute', async () => {
    const { stories } = await polled(fixture('guid-permalink.xml'));
    expect(stories.map((s) => s.link)).toEqual(['https://deccancourier.example.in/city/hyderabad-metro-phase-two-nod', 'https://deccancourier.example.in/business/warangal-textile-park']);
  });
});

describe('bylines as CMSs fill them', () => {
  it('reads the name without the place it was filed from (a place the gazetteer knows), a job after a line break, an editor’s credit', async () => {
    const { stories } = await polled(fixture('bylines.xml'));
    // Before: "Ananya Das, Mumbai", "Ananya das" (a surname read as a particle), "Ananya Das Senior Correspondent",
    // "Ananya Das | Edited by Rahul Roy", the Guardian's "Ashifa Kassam in Stanstead, Quebec".
    expect(stories.map((s) => [s.title, s.author]).reverse()).toEqual([
      ['Byline 1', 'Ananya Das'],
      ['Byline 2', 'Ananya Das'],
      ['Byline 3', 'Ananya Das'],
      ['Byline 4', 'Ananya Das'],
      ['Byline 5', 'Ashifa Kassam'],
      ['Byline 6', 'Ananya Das'],
      ['Byline 7', 'Ananya Das'],
      ['Byline 8', 'Ananya Das'],
      ['Byline 9', 'Ananya Das, Rahul Roy'],
      ['Byline 10', 'Ananya Das, Rahul Roy'],
      ['Byline 11', 'Desk (Delhi)'],
      ['Byline 12', 'Jane Doe in the newsroom'],
      ['Byline 13', 'Express News Service'],
    ]);
  });
});

describe('pictures where templates put them', () => {
  it('passes over the site’s logo and theme files and an author box’s photo; keeps a story’s picture named for a logo', async () => {
    const { stories } = await polled(fixture('pictures.xml'));
    // Before: the theme's logo.png, the site-logo.svg and the author's photo were the pictures of stories 4, 5 and 7.
    expect(Object.fromEntries(stories.map((s) => [s.title, s.image]))).toEqual({
      'Group sizes': 'https://pics.example.in/img/1-large.jpg',
      'Webp enclosure': 'https://pics.example.in/img/2.webp',
      'Picture element': 'https://pics.example.in/img/3.jpg',
      'Logo first': 'https://pics.example.in/img/4.jpg',
      'Emblem first': 'https://pics.example.in/img/5.jpg',
      'Logo story': 'https://pics.example.in/img/new-airline-logo-unveiled.jpg',
      'Avatar class author box': 'https://pics.example.in/img/7.jpg',
      'Relative media': 'https://pics.example.in/img/8.jpg',
    });
    expect(stories.every((s) => /^(?:One|Two|Three|Four|Five|Six|Seven|Eight)\.$/.test(s.text))).toBe(true);
  });
});

describe('links as templates print them', () => {
  it('trims, encodes, lowers the host, reads "&amp;amp;", keeps a single-page site’s "#!/" route, drops Twitter’s ref_src', async () => {
    const { stories } = await polled(fixture('link-oddities.xml'));
    expect(Object.fromEntries(stories.map((s) => [s.title, s.link]))).toEqual({
      'Whitespace around': 'https://links.example.in/a/1',
      'Spaces inside': 'https://links.example.in/a/my%20story%202.html',
      'IDN host': 'https://xn--61b3bh3a5ab.example.in/a/3',
      'Upper scheme': 'https://links.example.in/a/4',
      'Double-escaped query': 'https://links.example.in/view.php?id=5&lang=en',
      'Protocol-relative': 'https://links.example.in/a/6',
      'Enclosure with spaces': 'https://links.example.in/a/7',
      'Mixed-case utm and ref_src': 'https://links.example.in/a/8?id=8',
      'AMP page': 'https://links.example.in/a/9/',
      'Hash-bang': 'https://links.example.in/#!/news/10',
    });
    const pictures = Object.fromEntries(stories.filter((s) => s.image).map((s) => [s.title, s.image]));
    expect(pictures).toEqual({
      'Upper scheme': 'https://links.example.in/img/4.jpg',
      'Protocol-relative': 'https://cdn.links.example.in/6.jpg',
      'Enclosure with spaces': 'https://links.example.in/img/photo%207.jpg',
    });
  });
});

describe('JSON Feed', () => {
  it('numeric ids, a relative url, CRLF paragraphs, a zoneless and a spaced date, tags joined in one string', async () => {
    const { stories } = await polled(fixture('jsonfeed-numeric.json'), 'application/feed+json');
    expect(stories.map((s) => [s.title, s.link, iso(s.published), s.categories, s.image])).toEqual([
      ['First with a numeric id', 'https://numeric.example.org/a/12345', '2026-11-26T10:00:00.000Z', ['water', 'power'], null],
      ['Second with a relative url', 'https://numeric.example.org/a/12346', '2026-11-26T03:30:00.000Z', [], 'https://cdn.numeric.example.org/p.jpg'],
    ]);
    expect(stories.map((s) => s.text)).toEqual(['Line one.\n\nLine two.\n\nSecond paragraph.', 'Only a summary here.']);
  });

  it('1.1 with an authors array and content_html only: headed by its first sentence, image resolved against home_page_url', async () => {
    const [s] = (await polled(fixture('jsonfeed-authors.json'), 'application/feed+json')).stories;
    expect(seen(s!)).toEqual({
      title: 'The ro-pax service between Kochi and Lakshadweep resumes on Monday after its annual refit, the port trust said',
      link: 'https://ferrydesk.example.org/2026/11/26/ro-pax-kochi',
      published: '2026-11-26T05:35:00.000Z',
      author: 'Neha Thomas, Joseph Varghese', // both the item credits
      image: 'https://ferrydesk.example.org/media/ro-pax.jpg',
      text: 'The ro-pax service between Kochi and Lakshadweep resumes on Monday after its annual refit, the port trust said.\n\nTickets open on Friday.',
      source: 'Ferry Desk',
    });
    expect(s!.categories).toEqual(['Kochi', 'Lakshadweep']);
  });

  it('1.0 with date_modified only and content_text in paragraphs, served as application/json', async () => {
    const [s] = (await polled(fixture('jsonfeed-modified.json'), 'application/json')).stories;
    expect(seen(s!)).toEqual({
      title: 'Schools closed on Friday in view of heavy rain warning',
      link: 'https://collectorate.example.gov.in/notices/2026-311',
      published: '2026-11-26T12:15:00.000Z',
      author: 'District Collector',
      image: null,
      text: "All schools in the district will remain closed on Friday, 27 November, in view of the IMD's red alert.\n\nExaminations scheduled for the day are postponed.",
      source: 'Notices | District Collectorate',
    });
  });
});

describe('dates as generators print them', () => {
  it('dates each item of a feed of odd formats, and none that gives no date is dated wrong', async () => {
    const { stories } = await polled(fixture('odd-dates.xml'));
    const byTitle = Object.fromEntries(stories.map((s) => [s.title, iso(s.published)]));
    expect(byTitle).toEqual({
      'ISO without zone': '2026-11-26T14:05:00.000Z',
      'IST in an RFC 822 date': '2026-11-26T04:30:00.000Z',
      'Python microseconds': '2026-11-26T14:05:00.123Z',
      'Drupal long format': '2026-11-26T14:05:00.000Z',
      'Offset with a zone comment': '2026-11-26T08:35:00.000Z',
      'Two-digit year': '2026-11-26T14:05:00.000Z',
      'Localised French': '2026-11-26T13:05:00.000Z',
      'Epoch millis': '2026-11-26T14:05:00.000Z',
      'No seconds and UT': '2026-11-26T14:05:00.000Z',
      'Wrong weekday': '2026-11-26T14:05:00.000Z',
      'German short month': '2026-11-26T13:05:00.000Z',
      Spanish: '2026-11-26T13:05:00.000Z',
      'dc date with space': '2026-11-26T08:35:00.000Z',
      '12-hour clock in RFC 822': '2026-11-26T14:05:00.000Z',
      'ISO with comma fraction': '2026-11-26T13:05:00.500Z',
      'Month full name RFC': '2026-11-26T14:05:00.000Z',
    });
  });

  it('dates an Iranian item by its Solar Hijri day, in Tehran’s clock', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری</title><link>https://khabar.example.ir/</link><language>fa</language>
<item><title>وزیر دفاع با همتای هندی دیدار کرد</title><link>https://khabar.example.ir/news/1</link><description>وزیر دفاع امروز در تهران با همتای هندی خود دیدار کرد.</description><pubDate>پنجشنبه ۵ آذر ۱۴۰۵ ساعت ۱۴:۰۵</pubDate></item></channel></rss>`;
    const [s] = (await polled(xml)).stories;
    expect(iso(s!.published)).toBe('2026-11-26T10:35:00.000Z');
  });

  it.each([
    ['۵ آذر ۱۴۰۵ - ۱۴:۰۵', 'ir', '2026-11-26T10:35:00.000Z'],
    ['پنجشنبه ۵ آذر ۱۴۰۵ ساعت ۱۴:۰۵', 'ir', '2026-11-26T10:35:00.000Z'],
    // Nowruz, the last day of the year before it, the 31st of the sixth month; Afghanistan's Dari month names.
    ['1 فروردین 1405', 'ir', '2026-03-20T20:30:00.000Z'],
    ['29 اسفند 1404', 'ir', '2026-03-19T20:30:00.000Z'],
    ['31 شهریور 1405', 'ir', '2026-09-21T20:30:00.000Z'],
    ['۵ قوس ۱۴۰۵', 'af', '2026-11-25T19:30:00.000Z'],
    // A day the month lacks (Mehr has 30) is no date; Persian's names of the Western months stay Gregorian.
    ['31 مهر 1405', 'ir', null],
    ['۲۶ نوامبر ۲۰۲۶', null, '2026-11-26T00:00:00.000Z'],
  ])('reads the Solar Hijri date %s (%s)', (raw, region, expected) => {
    const t = parseFeedDate(raw, region);
    expect(t === null ? null : iso(t)).toBe(expected);
  });

  it('reads ISO 8601’s decimal comma, in the extended form as in the basic one', () => {
    expect(iso(parseFeedDate('2026-11-26T14:05:00,5+01:00')!)).toBe('2026-11-26T13:05:00.500Z');
    expect(iso(parseFeedDate('2026-11-26 14:05:07,25Z')!)).toBe('2026-11-26T14:05:07.250Z');
    expect(iso(parseFeedDate('20261126T140500,5Z')!)).toBe('2026-11-26T14:05:00.500Z');
  });
});

describe('documents at size', () => {
  it('stores 2,000 items of one document, each once, newest first, in seconds', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => {
      const at = new Date(Date.parse('2026-11-26T14:00:00Z') - i * 600_000).toUTCString();
      return `<item><title>Bulletin ${i + 1}: district update number ${i + 1}</title><link>https://archive.example.in/bulletin/${i + 1}</link><guid>https://archive.example.in/bulletin/${i + 1}</guid><pubDate>${at}</pubDate><description>Update ${i + 1} from the district control room about roads, water and power in ward ${i % 50}.</description></item>`;
    });
    const started = Date.now();
    const { outcome, stories } = await polled(`<?xml version="1.0"?><rss version="2.0"><channel><title>Archive</title><link>https://archive.example.in/</link>${items.join('\n')}</channel></rss>`);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(outcome).toMatchObject({ status: 'ok', added: 2000 });
    expect(stories).toHaveLength(500);
    expect(stories.slice(0, 2).map((s) => [s.title, s.link, iso(s.published)])).toEqual([
      ['Bulletin 1: district update number 1', 'https://archive.example.in/bulletin/1', '2026-11-26T14:00:00.000Z'],
      ['Bulletin 2: district update number 2', 'https://archive.example.in/bulletin/2', '2026-11-26T13:50:00.000Z'],
    ]);
  });

  it('passes over pictures written inline as base64 (600 KB): no data: URI as the picture, none in the text', async () => {
    const b64 = randomBytes(450_000).toString('base64');
    const body = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Inline Pictures</title><link>https://inline.example.in/</link>
<item><title>Flood map of Thrissur</title><link>https://inline.example.in/thrissur-flood-map</link><pubDate>Thu, 26 Nov 2026 09:00:00 +0530</pubDate><content:encoded><![CDATA[<p><img src="data:image/png;base64,${b64}" alt="map"></p><p>The map shows water levels in Thrissur on Thursday.</p><p><img src="https://inline.example.in/img/thrissur.jpg"></p>]]></content:encoded></item>
<item><title>Only inline</title><link>https://inline.example.in/only-inline</link><pubDate>Thu, 26 Nov 2026 08:00:00 +0530</pubDate><description><![CDATA[<img src="data:image/jpeg;base64,${b64.slice(0, 200_000)}"><p>Nothing else but this line.</p>]]></description></item></channel></rss>`;
    const { stories } = await polled(body);
    expect(stories.map((s) => [s.title, s.image, s.text])).toEqual([
      ['Flood map of Thrissur', 'https://inline.example.in/img/thrissur.jpg', 'The map shows water levels in Thrissur on Thursday.'],
      ['Only inline', null, 'Nothing else but this line.'],
    ]);
  });
});

describe('one agency story in two outlets', () => {
  it('shares a cluster, lists both outlets, and each copy keeps its own clean link, dateline and agency', async () => {
    const a = await polled(fixture('wire-a.xml'));
    const b = await polled(fixture('wire-b.xml'));
    const [first, second] = [a.stories[0]!, b.stories[0]!];
    expect(first.cluster).toBe(second.cluster);
    const both = (await queryStories(ctx, { feedId: b.feed.id, limit: 5 })).stories[0]!;
    expect(both.sources.sort()).toEqual(['Coastline Herald', 'North Star Daily']);
    expect([first.link, second.link]).toEqual(['https://northstar.example.in/nation/india-france-jet-engine-amca', 'https://coastline.example.in/defence/2026/11/26/india-france-amca-engine.html']);
    expect([first.agency, first.place, second.agency, second.place]).toEqual(['PTI', 'NEW DELHI', 'PTI', 'New Delhi']);
    expect(first.text).toBe(second.text);
    expect(first.text).toMatch(/^India and France on Thursday agreed.*Indian Ocean\.$/s);
    expect([iso(first.published), iso(second.published)]).toEqual(['2026-11-26T13:10:00.000Z', '2026-11-26T13:32:00.000Z']);
  });
});
