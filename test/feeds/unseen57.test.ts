import { describe, expect, it } from 'vitest';
import { htmlToStoryText, isNoStoryPicture } from '../../src/feeds/html-text.js';
import { copyWriter } from '../../src/feeds/wire.js';

/** The fifty-sixth round's fixes where they live, as pure functions (test/feeds/unseen57-api.test.ts polls them through the service). */

describe('isNoStoryPicture: an icon at 2x', () => {
  it("takes a share icon's or a placeholder's retina copy as the icon it is", () => {
    for (const url of [
      'https://www.example.com/assets/share/whatsapp@2x.png',
      'https://www.example.com/assets/twitter-icon@2x.png',
      'https://www.example.com/assets/facebook-32x32@3x.png',
      'https://www.example.com/assets/email-share@2x.svg',
      'https://www.example.com/assets/linkedin-icon@2x.jpg',
      'https://www.example.com/assets/loading@2x.gif',
      'https://www.example.com/assets/placeholder@2x.png?v=3',
    ]) expect(isNoStoryPicture(url), url).toBe(true);
  });

  it("keeps a story's photo named for the service at 2x", () => {
    for (const url of ['https://www.example.com/uploads/facebook@2x.jpg', 'https://www.example.com/uploads/whatsapp-ban@2x.png', 'https://www.example.com/uploads/loading-dock@2x.jpg']) {
      expect(isNoStoryPicture(url), url).toBe(false);
    }
  });

  it("takes no picture from an icon's srcset of densities", () => {
    const imageOf = (html: string) => htmlToStoryText(`<p>The story.</p>${html}`).image;
    expect(imageOf('<img src="https://www.example.com/assets/whatsapp.png" srcset="https://www.example.com/assets/whatsapp.png 1x, https://www.example.com/assets/whatsapp@2x.png 2x">')).toBeNull();
    expect(imageOf('<img src="https://www.example.com/uploads/harbour.jpg" srcset="https://www.example.com/uploads/harbour.jpg 1x, https://www.example.com/uploads/harbour@2x.jpg 2x">'))
      .toBe('https://www.example.com/uploads/harbour@2x.jpg');
  });
});

describe("copyWriter: a byline over the copy without \"By\"", () => {
  it('names the writer of "name | place" or "name, place" on the first line', () => {
    expect(copyWriter(['Tshering Dorji | Gelephu', 'Work began on Friday.'])).toBe('Tshering Dorji');
    expect(copyWriter(['Sonam Pem | Punakha'])).toBe('Sonam Pem');
    expect(copyWriter(['Kinley Wangchuk, Gelephu', 'Work began on Friday.'])).toBe('Kinley Wangchuk');
  });

  it('names no one from a place, from copy, or from a line further down', () => {
    for (const paragraphs of [['Thimphu, Paro'], ['Work began on Friday in Gelephu.'], ['Work began on Friday.', 'Tshering Dorji | Gelephu'], ['Tshering Dorji | Somewhere Unknown'], []]) {
      expect(copyWriter(paragraphs)).toBeNull();
    }
  });
});
