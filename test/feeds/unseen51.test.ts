import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { htmlToStoryText, isNoStoryPicture } from '../../src/feeds/html-text.js';
import { largerPicture } from '../../src/feeds/links.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';

/** The fiftieth round's fixes where they live, as pure functions (test/feeds/unseen51-api.test.ts polls them through the service). */

describe('isNoStoryPicture: a tracker, beacon, spacer or 1x1 by its address, not the word anywhere', () => {
  it('drops hosts, files, folders and parameters so named; keeps story pictures named for Beacon Hill, a rocket’s spacer, a focal point', () => {
    for (const url of ['https://www.example.com/images/spacer.gif', 'https://beacon.krxd.net/event.gif?a=1', 'https://email-tracker.example.com/o.png', 'https://x.example.com/open-beacon.png?u=1', 'https://t.example.com/tracker?id=3', 'https://t.example.com/beacon/open/9', 'https://x.example.com/a.gif?beacon=1', 'https://x.example.com/img/1x1.gif', 'https://x.example.com/pixel_1x1-transparent.png', 'https://x.example.com/1x1?e=9']) {
      expect(isNoStoryPicture(url), url).toBe(true);
    }
    // PR Newswire's issuer's logo; a photo of a logo's unveiling there, and a file so named elsewhere, stay.
    expect(isNoStoryPicture('https://mma.prnewswire.com/media/1234567/Harbor_Logistics_Logo.jpg?p=thumbnail')).toBe(true);
    for (const url of ['https://mma.prnewswire.com/media/1234599/New_Logo_Unveiling.jpg', 'https://www.example.com/img/airline-new-logo-unveiled.jpg', 'https://www.example.com/uploads/beacon-hill-lamps.jpg', 'https://www.example.com/spacer-rocket.jpg', 'https://www.example.com/tracker-dog-unit.jpg', 'https://cdn.vox-cdn.com/thumbor/Ab=/0x0:3000x2000/1200x800/filters:focal(1500x1000:1501x1001)/cdn.vox-cdn.com/uploads/chorus_asset/file/1/x.jpg', 'https://www.beaconjournal.example.com/photo.jpg']) {
      expect(isNoStoryPicture(url), url).toBe(false);
    }
  });
});

describe('htmlToStoryText: GovDelivery’s template header and PDF Embedder’s link', () => {
  it('takes the bulletin’s own picture, not its template header’s', () => {
    const header = '<table><tr><td id="header-left"><img class="govd_template_image" src="https://content.govdelivery.com/attachments/fancy_images/X/1/logo_original.jpg" width="162" height="58"></td><td id="main-header"><img class="govd_template_image" src="https://content.govdelivery.com/attachments/fancy_images/X/2/banner_original.jpg" width="276" height="58"></td></tr>';
    const graphic = '<tr><td id="main-graphic"><img class="govd_template_image" src="https://content.govdelivery.com/attachments/fancy_images/X/3/clinic_original.jpg" width="470"></td></tr>';
    expect(htmlToStoryText(`${header}${graphic}<tr><td><p>Clinics open.</p></td></tr></table>`).image).toBe('https://content.govdelivery.com/attachments/fancy_images/X/3/clinic_original.jpg');
    expect(htmlToStoryText('<div class="govd_header"><img src="https://content.govdelivery.com/attachments/fancy_images/X/2/banner_original.jpg" width="600"></div><p>Lanes close.</p>').image).toBeNull();
    // Outside a header, the first picture is the story's as before.
    expect(htmlToStoryText('<div id="header-note"><img src="https://x.example.com/a.jpg"></div><p>Copy.</p>').image).toBe('https://x.example.com/a.jpg');
  });

  it('drops PDF Embedder’s viewer link; a link to a PDF in a sentence stays', () => {
    expect(htmlToStoryText('<p>The minister visits Dhaka.</p><p><a class="pdfemb-viewer" href="https://mofa.example.np/a/Press-Release.pdf">Press-Release</a></p>').paragraphs).toEqual(['The minister visits Dhaka.']);
    expect(htmlToStoryText('<p>Read <a href="https://mofa.example.np/a/report.pdf">the report</a> in full.</p>').paragraphs).toEqual(['Read the report in full.']);
  });
});

describe('largerPicture: Storyblok, Contentstack, Prismic and Tachyon', () => {
  it('gives the asset for a size asked of its host; a crop or focal point stays', () => {
    const sb = 'https://a.storyblok.com/f/123456/3000x2000/ab12cd34ef/snow-train.jpg';
    expect(largerPicture(`${sb}/m/600x400/filters:quality(70)`)).toBe(sb);
    expect(largerPicture(`${sb}/m/600x0`)).toBe(sb);
    expect(largerPicture(`${sb}/m/600x400/100x50:700x450`)).toBe(`${sb}/m/600x400/100x50:700x450`);
    expect(largerPicture(`${sb}/m/600x400/filters:focal(10x10:20x20)`)).toBe(`${sb}/m/600x400/filters:focal(10x10:20x20)`);
    const cs = 'https://images.contentstack.io/v3/assets/blt1a2b/blt9c8d/6543210fedcba/night-bus.jpg';
    expect(largerPicture(`${cs}?width=400&quality=75&format=webp`)).toBe(cs);
    expect(largerPicture(`${cs}?width=400&crop=300,400`)).toBe(`${cs}?width=400&crop=300,400`);
    expect(largerPicture('https://images.prismic.io/seaside/Zx1_promenade.jpg?auto=format,compress&w=640&h=360')).toBe('https://images.prismic.io/seaside/Zx1_promenade.jpg');
    expect(largerPicture('https://images.prismic.io/seaside/Zx1_pier.jpg?auto=format&rect=0,120,1600,900&w=640')).toBe('https://images.prismic.io/seaside/Zx1_pier.jpg?rect=0,120,1600,900');
    expect(largerPicture('https://www.rappler.com/tachyon/2026/11/subway-trial.jpg?fit=1024%2C683')).toBe('https://www.rappler.com/tachyon/2026/11/subway-trial.jpg');
    expect(largerPicture('https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-800wi')).toBe('https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-pi');
    expect(largerPicture('https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-50si')).toBe('https://canalwalker.typepad.com/.a/6a00d8341c0a1b53ef02e860abc123200d-50si');
    // The same names on another host are no image service's.
    expect(largerPicture('https://cdn.example.com/f/1/300x200/ab12/x.jpg/m/600x400')).toBe('https://cdn.example.com/f/1/300x200/ab12/x.jpg/m/600x400');
    expect(largerPicture('https://www.example.com/files/tachyon.jpg?w=300')).toBe('https://www.example.com/files/tachyon.jpg?w=300');
  });
});

describe('withoutFurniture: a speech’s last words are copy, not a newsletter’s sign-off', () => {
  it('keeps "Thank you, Mr Speaker", "Thank you, Namaskar", "Thank you, India"; a letter’s sign-off still goes', () => {
    for (const last of ['Thank you, Mr Speaker', 'Thank you, Madam Chair', 'Thank you, Namaskar', 'Thank you, Jai Hind', 'Thank you, India', 'Thank you, Bengaluru', 'Thank you, Excellencies']) {
      expect(withoutFurniture(['Today the water metro reaches ten more islands.', last]), last).toEqual(['Today the water metro reaches ten more islands.', last]);
    }
    expect(withoutFurniture(['Rates rose on Friday.', 'Thanks, Priya Nair'])).toEqual(['Rates rose on Friday.']);
    // A first name a salutation begins with is a name.
    expect(withoutFurniture(['Rates rose on Friday.', 'Cheers, Jai Patel'])).toEqual(['Rates rose on Friday.']);
    expect(withoutFurniture(['Rates rose on Friday.', 'Best, Salam Fayyad'])).toEqual(['Rates rose on Friday.']);
    expect(withoutFurniture(['Rates rose on Friday.', 'Until next week, Dev'])).toEqual(['Rates rose on Friday.']);
  });
});

describe('authors: a desk’s credit after a paper’s initials, and a release’s issuer', () => {
  const authorsOf = async (items: string) => {
    const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>https://t.example.com/</link>${items}</channel></rss>`);
    return feed.entries.map((e) => normaliseEntry(e, { feedUrl: 'https://t.example.com/rss', feed, fetchedAt: Date.parse('2026-11-27T12:00:00Z') })!.author);
  };
  const item = (i: number, fields: string) => `<item><title>Story ${i}</title><link>https://t.example.com/${i}</link><description>Rates rose on Friday.</description>${fields}</item>`;

  it('keeps "DC Correspondent" whole; a name in capitals still loses its job', async () => {
    expect(await authorsOf(item(1, '<dc:creator>DC Correspondent</dc:creator>') + item(2, '<dc:creator>HT Correspondent</dc:creator>') + item(3, '<dc:creator>By MARIA LOPEZ Staff Writer</dc:creator>')))
      .toEqual(['DC Correspondent', 'HT Correspondent', 'Maria Lopez']);
  });

  it('takes dc:contributor where the item names no one else; dc:creator comes first', async () => {
    expect(await authorsOf(item(1, '<dc:contributor>Harbor Logistics</dc:contributor>') + item(2, '<dc:creator>Jane Roe</dc:creator><dc:contributor>Harbor Logistics</dc:contributor>')))
      .toEqual(['Harbor Logistics', 'Jane Roe']);
  });
});
