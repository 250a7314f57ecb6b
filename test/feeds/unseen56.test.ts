import { describe, expect, it } from 'vitest';
import { moodlePoster, withoutFurniture } from '../../src/feeds/furniture.js';
import { htmlToStoryText } from '../../src/feeds/html-text.js';
import { largerPicture, widerCopy } from '../../src/feeds/links.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/** The fifty-fifth round's fixes where they live, as pure functions (test/feeds/unseen56-api.test.ts polls them through the service). */

describe('widerCopy: a picture named in the query', () => {
  it("keeps the feed's picture beside a wider copy of another picture on the same path", () => {
    const reuters = (i: string, w: number) => `https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=${i}&w=${w}&fh=&fw=&ll=&pl=&sq=&r=LYNXMPEMAQ0AB`;
    expect(widerCopy(reuters('1234567890', 200), reuters('9876543210', 1200))).toBe(reuters('1234567890', 200));
    for (const [fed, shown] of [
      ['https://www.example.com/_next/image?url=%2Fuploads%2Fquay.jpg&w=640&q=75', 'https://www.example.com/_next/image?url=%2Fuploads%2Fcrane.jpg&w=1920&q=75'],
      ['https://example.imgix.net/render?src=quay.jpg&w=300', 'https://example.imgix.net/render?src=crane.jpg&w=1200'],
      ['https://cdn.example.com/img?id=4411&w=320', 'https://cdn.example.com/img?id=4412&w=1280'],
      ['https://cdn.example.com/img?image=quay.jpg&w=320', 'https://cdn.example.com/img?image=crane.jpg&w=1280'],
      ['https://cdn.example.com/fetch?url=https%3A%2F%2Fa.example%2Fq.jpg&width=320', 'https://cdn.example.com/fetch?url=https%3A%2F%2Fa.example%2Fc.jpg&width=1280'],
      // The picture named and the same path without a query: not the same picture either.
      ['https://cdn.example.com/img?id=4411&w=320', 'https://cdn.example.com/img'],
      ['https://static.reuters.com/resources/r/?i=1234567890&w=200', 'https://static.reuters.com/resources/r/'],
    ]) expect(widerCopy(fed!, shown!)).toBe(fed);
  });

  it('still takes the same picture asked for wider', () => {
    const next = 'https://www.example.com/_next/image?url=%2Fuploads%2Fquay.jpg&w=1920&q=75';
    expect(widerCopy('https://www.example.com/_next/image?url=%2Fuploads%2Fquay.jpg&w=640&q=75', next)).toBe(next);
    expect(widerCopy('https://cdn.example.com/img?w=320&id=4411', 'https://cdn.example.com/img?id=4411&w=1280&fit=crop')).toBe('https://cdn.example.com/img?id=4411&w=1280&fit=crop');
    expect(widerCopy('https://indianexpress.example.com/shinde.jpg?w=200', 'https://indianexpress.example.com/shinde.jpg?w=1200')).toBe('https://indianexpress.example.com/shinde.jpg?w=1200');
    expect(widerCopy('https://indianexpress.example.com/shinde.jpg?w=200', 'https://indianexpress.example.com/shinde.jpg')).toBe('https://indianexpress.example.com/shinde.jpg');
    // The upload itself beside a crop's cut of it (Quintype's "?rect=…&w=1200").
    expect(widerCopy('https://images.example.in/q%2Fparliament.jpg?rect=0%2C0%2C3000%2C1688&w=1200&ogImage=true', 'https://images.example.in/q%2Fparliament.jpg')).toBe('https://images.example.in/q%2Fparliament.jpg');
  });
});

describe("moodlePoster: Moodle's poster line", () => {
  it('names the poster when the first line is the byname', () => {
    expect(moodlePoster(['by Helen Marsh.', 'The bridge simulator room is closed on Monday.'])).toBe('Helen Marsh');
    expect(moodlePoster(['by Seán O’Neill-Byrne.', 'Lab 3 is open.'])).toBe('Seán O’Neill-Byrne');
  });

  it('names no one from copy, or from a line further down', () => {
    for (const paragraphs of [['by the harbour wall.'], ['by Tuesday.'], ['The room is closed.', 'by Helen Marsh.'], ['By Helen Marsh and the harbour board.'], []]) expect(moodlePoster(paragraphs)).toBeNull();
  });
});

describe("withoutFurniture: PubMed's frame round an abstract", () => {
  it('keeps the abstract only', () => {
    expect(withoutFurniture([
      'Mar Ecol. 2026 Nov 27;12(4):e1234. doi: 10.1000/me.1234. Online ahead of print.',
      'ABSTRACT',
      'Sightings of harbour porpoises rose by a third between 2020 and 2026.',
      'PMID:41234567 | DOI:10.1000/me.1234',
    ])).toEqual(['Sightings of harbour porpoises rose by a third between 2020 and 2026.']);
    // An abstract in sections, an early-view citation with no volume, an entry with no DOI.
    expect(withoutFurniture([
      'J Fish Biol. 2026 Nov 27. doi: 10.1111/jfb.15000. Epub ahead of print.',
      'Background: Eels cross the North Sea in autumn.',
      'Results: Nine of ten tagged eels crossed.',
      'PMID:41234568 | DOI:10.1111/jfb.15000',
    ])).toEqual(['Background: Eels cross the North Sea in autumn.', 'Results: Nine of ten tagged eels crossed.']);
    expect(withoutFurniture(['Seals rest on the sandbanks at low tide.', 'PMID: 41234569'])).toEqual(['Seals rest on the sandbanks at low tide.']);
  });

  it('keeps the lines anywhere but in a PubMed item', () => {
    const copy = ['Nature. 2026 Nov;631(8020):45-52. doi: 10.1038/x. is the paper we cite.', 'ABSTRACT', 'The paper reports a rise.'];
    expect(withoutFurniture(copy)).toEqual(copy);
    expect(withoutFurniture(['PMID: 41234567 | DOI: 10.1000/me.1234'])).toEqual(['PMID: 41234567 | DOI: 10.1000/me.1234']);
  });
});

describe("htmlToStoryText: a photo's name that reads as a counter's, an icon's or a placeholder's", () => {
  const imageOf = (html: string) => htmlToStoryText(`${html}<p>The story.</p>`).image;

  it('takes a PNG or JPEG the CMS cut to several widths as a photo', () => {
    expect(imageOf('<img src="https://www.example.com/wp-content/uploads/2026/11/fitness-tracker.png" width="1200" height="675" srcset="https://www.example.com/wp-content/uploads/2026/11/fitness-tracker.png 1200w, https://www.example.com/wp-content/uploads/2026/11/fitness-tracker-300x169.png 300w">'))
      .toBe('https://www.example.com/wp-content/uploads/2026/11/fitness-tracker.png');
    expect(imageOf('<img src="https://www.example.com/uploads/whatsapp.png" srcset="https://www.example.com/uploads/whatsapp.png 1024w, https://www.example.com/uploads/whatsapp-300x169.png 300w">'))
      .toBe('https://www.example.com/uploads/whatsapp.png');
  });

  it('leaves counters, icons and placeholders so named, sized or not', () => {
    for (const html of [
      '<img src="https://www.example.com/uploads/fitness-tracker.png">',
      // A declared size alone does not make a photo (html-copy-kept pins "tracking-pixel.png" at 600x400 as none).
      '<img src="https://www.example.com/uploads/fitness-tracker.png" width="1200" height="675">',
      '<img src="https://www.example.com/icons/whatsapp.png" width="32" height="32">',
      '<img src="https://www.example.com/tracker.gif" width="600" height="400">',
      '<img src="https://beacon.example.net/open/quay.png" width="600" height="400">',
      '<img src="https://www.example.com/img/loading.jpg" width="800" height="450">',
      '<img src="https://www.example.com/img/grey.jpg" srcset="https://www.example.com/img/grey.jpg 800w, https://www.example.com/img/grey.jpg 400w" width="800" height="450">',
      '<img src="https://www.example.com/img/logo.png" width="600" height="200">',
    ]) expect(imageOf(html)).toBeNull();
  });
});

describe("htmlToStoryText: a <button>'s words inside a sentence", () => {
  const paragraphsOf = (html: string) => htmlToStoryText(html).paragraphs;

  it('keeps them between words', () => {
    expect(paragraphsOf('<p>Tap the <button>Accept</button> button to continue.</p>')).toEqual(['Tap the Accept button to continue.']);
    expect(paragraphsOf('<p>Choose <button>Yes</button> or <button>No</button> in the app.</p>')).toEqual(['Choose Yes or No in the app.']);
    expect(paragraphsOf('<p>To vote, press <button>Register</button>.</p>')).toEqual(['To vote, press Register.']);
  });

  it("drops a bar's, a form's and a lone button's words, and a picture in a button", () => {
    expect(paragraphsOf('<p>The story.</p><p><button>Share</button> <button>Tweet</button></p>')).toEqual(['The story.']);
    expect(paragraphsOf('<p>The story goes on.<button>Read more</button></p>')).toEqual(['The story goes on.']);
    expect(paragraphsOf('<p>Share: <button>Facebook</button> <button>X</button></p><p>Copy.</p>')).toEqual(['Share:', 'Copy.']);
    expect(paragraphsOf('<form><input type="text"><button>Go</button></form><p>Copy.</p>')).toEqual(['Copy.']);
    expect(htmlToStoryText('<p>Click <button><img src="https://x.example/share.png" width="300" height="300">Share</button> to share.</p>').image).toBeNull();
  });
});

describe("largerPicture: Shopify's sized files", () => {
  it('gives the upload behind a size in the name or the query, the version kept', () => {
    expect(largerPicture('https://harboursupply.example.com/cdn/shop/articles/rope_600x.jpg?v=1764200000')).toBe('https://harboursupply.example.com/cdn/shop/articles/rope.jpg?v=1764200000');
    expect(largerPicture('https://cdn.shopify.com/s/files/1/0123/4567/articles/rope_600x400_crop_center.jpg?v=1')).toBe('https://cdn.shopify.com/s/files/1/0123/4567/articles/rope.jpg?v=1');
    expect(largerPicture('https://cdn.shopify.com/s/files/1/0123/4567/products/rope_x300@2x.png')).toBe('https://cdn.shopify.com/s/files/1/0123/4567/products/rope.png');
    expect(largerPicture('https://harboursupply.example.com/cdn/shop/articles/rope.jpg?v=1764200000&width=600')).toBe('https://harboursupply.example.com/cdn/shop/articles/rope.jpg?v=1764200000');
  });

  it("leaves a shop's own names and other hosts' files", () => {
    for (const url of [
      'https://harboursupply.example.com/cdn/shop/articles/boat_small.jpg?v=1',
      'https://cdn.shopify.com/s/files/1/0123/4567/products/rope_grande.jpg',
      'https://www.example.com/files/rope_600x.jpg',
    ]) expect(largerPicture(url)).toBe(url);
  });
});

describe('cleanWireCopy: a dateline of two offices', () => {
  it('reads "Geneva/Maputo, 27 November 2026 –" as it reads capitals\' "LONDON/SINGAPORE"', () => {
    const read = cleanWireCopy(['Geneva/Maputo, 27 November 2026 – The IFRC has scaled up its response to the cyclone in Mozambique.'], {});
    expect(read.paragraphs).toEqual(['The IFRC has scaled up its response to the cyclone in Mozambique.']);
    expect(read.place).toBe('Geneva/Maputo');
    expect(cleanWireCopy(['Nairobi/Geneva, 27 November 2026 – Aid reached the coast.'], {}).place).toBe('Nairobi/Geneva');
  });

  it('keeps copy that opens with a pair', () => {
    const copy = ['Red/Green, the new exhibition, opens on Friday.'];
    expect(cleanWireCopy(copy, {}).paragraphs).toEqual(copy);
  });
});

describe("htmlToStoryText: the HTML hunt's boxes", () => {
  it('drops a tags, poll results, comments or ads box: each names what it holds, and no theme found wraps copy in one', () => {
    for (const cls of ['tags-bottom', 'poll-results-story', 'comments-open', 'js-ads']) {
      expect(htmlToStoryText(`<p>The story.</p><div class="${cls}"><p>Boxed words.</p></div>`).paragraphs).toEqual(['The story.']);
    }
  });
});
