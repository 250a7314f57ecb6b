import { describe, expect, it } from 'vitest';
import { htmlToStoryText, isNoStoryPicture } from '../../src/feeds/html-text.js';

/** The fifty-seventh round's fix where it lives, as a pure function (test/feeds/unseen58-api.test.ts polls it through the service). */

describe('isNoStoryPicture: a share bar\'s icon named "share" then its service', () => {
  it('takes "share_email.svg" and its like as the icons they are', () => {
    for (const url of [
      'https://www.example.com/static/img/share_email.svg',
      'https://www.example.com/assets/share-facebook.png',
      'https://www.example.com/assets/share_whatsapp@2x.png',
      'https://www.example.com/assets/share-twitter-32x32.gif',
      'https://www.example.com/assets/share_linkedin-icon.jpg',
    ]) expect(isNoStoryPicture(url), url).toBe(true);
  });

  it('keeps a photo whose name starts with "share" and a JPEG that names no icon', () => {
    for (const url of [
      'https://www.example.com/uploads/share-market.jpg',
      'https://www.example.com/uploads/share-market-1200x675.png',
      'https://www.example.com/uploads/share_email.jpg',
      'https://www.example.com/uploads/shareholders.png',
    ]) expect(isNoStoryPicture(url), url).toBe(false);
  });

  it('takes no picture from the icons under the copy', () => {
    expect(htmlToStoryText('<p>The story.</p><p><img src="https://www.example.com/icons/share_email.svg"></p>').image).toBeNull();
  });
});
