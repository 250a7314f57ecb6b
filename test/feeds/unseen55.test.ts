import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { htmlToStoryText } from '../../src/feeds/html-text.js';
import { largerPicture } from '../../src/feeds/links.js';

/** The fifty-fourth round's fixes where they live, as pure functions (test/feeds/unseen55-api.test.ts polls them through the service). */

describe('largerPicture: the picture addresses earlier rounds left', () => {
  it("gives a Drupal image style's public file", () => {
    expect(largerPicture('https://www.gleaner.example.com/sites/default/files/styles/jg_article_image/public/media/article_images/2026/11/27/bus.jpg?itok=AbCd1234'))
      .toBe('https://www.gleaner.example.com/sites/default/files/media/article_images/2026/11/27/bus.jpg');
    // A style that converts writes the new extension after the upload's; the focal point module's "h" asks for the copy too.
    expect(largerPicture('https://www.example.org/sites/default/files/styles/thumbnail/public/2026-11/b.jpg.webp?h=1f2e3d4c&itok=XyZ'))
      .toBe('https://www.example.org/sites/default/files/2026-11/b.jpg');
    // Acquia's site factory's files folder, and the S3 module's.
    expect(largerPicture('https://www.example.edu/sites/g/files/abc123/files/styles/large/public/2026-11/dock.png?itok=Q1'))
      .toBe('https://www.example.edu/sites/g/files/abc123/files/2026-11/dock.png');
    expect(largerPicture('https://bucket.s3.amazonaws.com/s3fs-public/styles/card/public/2026-11/quay.jpg?itok=Z9'))
      .toBe('https://bucket.s3.amazonaws.com/s3fs-public/2026-11/quay.jpg');
    // The query is the copy's: an S3 VersionId is the derivative's version, and names none of the upload's.
    expect(largerPicture('https://static1.example.com.sg/s3fs-public/styles/large30x20/public/articles/2026/11/27/tel5.jpg?VersionId=AbCdEf123&itok=Xy12Ab34'))
      .toBe('https://static1.example.com.sg/s3fs-public/articles/2026/11/27/tel5.jpg');
  });

  it("leaves a private file's style, and a path that is no style's", () => {
    for (const url of [
      'https://www.example.org/system/files/styles/large/private/2026-11/memo.jpg?itok=Q1',
      'https://www.example.org/sites/default/files/styles/large/public/2026-11/report.pdf',
      'https://www.example.org/blog/styles/summer/public/lookbook.html',
      'https://shop.example.com/styles/summer/public/dress.jpg',
    ]) expect(largerPicture(url)).toBe(url);
  });

  it("gives the picture Podigee's image proxy loads when it only sizes and signs", () => {
    expect(largerPicture('https://images.podigee-cdn.net/0x,ssU3eIDt4PMhj5EhrwWKUk1v5vCaSqSQEYpBnNyOK6lM=/https://main.podigee-cdn.net/uploads/u73317/a0832141.jpg'))
      .toBe('https://main.podigee-cdn.net/uploads/u73317/a0832141.jpg');
    expect(largerPicture('https://images.podigee-cdn.net/400x,ssU3eIDt4PMhj5EhrwWKUk1v5vCaSqSQEYpBnNyOK6lM=/https://cdn.podigee.com/uploads/u8126/bd5fe4f4.jpg'))
      .toBe('https://cdn.podigee.com/uploads/u8126/bd5fe4f4.jpg');
    // A crop or a rotation makes another picture, and the address stays.
    const cropped = 'https://images.podigee-cdn.net/400x,cx10,cy10,ssU3eIDt4PMhj5EhrwWKUk1v5vCaSqSQEYpBnNyOK6lM=/https://main.podigee-cdn.net/uploads/u1/a.jpg';
    expect(largerPicture(cropped)).toBe(cropped);
  });

  it('pins the addresses no documented rule reads an original out of', () => {
    for (const url of [
      'https://s1.dmcdn.net/v/AbCdE1aBcDeFgHiJ/x240',
      'https://www.example.de/fileadmin/_processed_/5/3/csm_hafen_4b2c3d1e2f.jpg',
      'https://media.example.org.uk/images/pier.fill-300x200.jpg',
      'https://media.example.org.uk/images/pier.width-400.jpg',
      'https://img.jakpost.net/c/2026/11/27/2026_11_27_123456_1764200000._medium.jpg',
      'https://static.reuters.com/resources/r/?m=02&d=20261127&t=2&i=1234567890&w=200&fh=&fw=&ll=&pl=&sq=&r=LYNXMPEMAQ0AB',
      'https://www.omnycontent.com/d/clips/aaa/bbb/ccc/image.jpg?t=1764200000&size=Large',
      'https://ml.globenewswire.com/Resource/Download/0a1b2c3d-1111-2222-3333-444455556666?size=3',
      'https://www.japantimes.co.jp/japantimes/uploads/images/2026/11/27/123456.jpg?w=1200',
    ]) expect(largerPicture(url)).toBe(url);
  });
});

describe('htmlToStoryText: two agencies, a line each', () => {
  it('keeps "Reuters: …<br>AP: …" as two paragraphs, one per report', () => {
    expect(htmlToStoryText('Reuters: Talks resumed in Geneva on Friday, diplomats said.<br>AP: The talks will run into next week, a spokesperson said.').paragraphs)
      .toEqual(['Reuters: Talks resumed in Geneva on Friday, diplomats said.', 'AP: The talks will run into next week, a spokesperson said.']);
  });
});

describe('withoutFurniture: forums\' lines about a post', () => {
  it("drops phpBB's statistics line and Moodle's poster line", () => {
    expect(withoutFurniture(['The winter moorings at Banbury are full until March.', 'Statistics: Posted by narrowboat_nell — Fri Nov 27, 2026 10:05 am']))
      .toEqual(['The winter moorings at Banbury are full until March.']);
    expect(withoutFurniture(['Is the lock open?', 'Statistics: Posted by Jo Lee — Fri Nov 27, 2026 10:05 am — Replies 3 — Views 120'])).toEqual(['Is the lock open?']);
    expect(withoutFurniture(['by Helen Marsh.', 'The bridge simulator room is closed on Monday.'])).toEqual(['The bridge simulator room is closed on Monday.']);
  });

  it('keeps copy that reads so', () => {
    const copy = ['by the harbour wall.', 'by Tuesday.', 'Statistics: posted by the ministry, the figures show a fall.', 'By Helen Marsh and the harbour board.', 'Cheers, Georgia'];
    expect(withoutFurniture(['The festival is on Saturday.', ...copy])).toEqual(['The festival is on Saturday.', ...copy]);
  });
});
