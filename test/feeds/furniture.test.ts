import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';

describe('a video description\'s "Cast:" line joined by a <br> to other text', () => {
  it('cuts it after the description\'s last sentence', () => {
    expect(withoutFurniture(['A short film about the monsoon in Kerala. Cast: Jane Doe, Raj Patel'], true)).toEqual(['A short film about the monsoon in Kerala.']);
  });

  it('drops it with Vimeo\'s "Tags:" after it', () => {
    expect(withoutFurniture(['A short film about the monsoon.', 'Cast: Jane Doe, Raj Patel Tags: monsoon, kerala'], true)).toEqual(['A short film about the monsoon.']);
  });

  it('keeps it in a story that is no video, and a sentence going on after it', () => {
    expect(withoutFurniture(['The play opens on Friday. Cast: Jane Doe, Raj Patel'], false)).toEqual(['The play opens on Friday. Cast: Jane Doe, Raj Patel']);
    expect(withoutFurniture(['The play opens on Friday. Cast: a strong ensemble.'], true)).toEqual(['The play opens on Friday. Cast: a strong ensemble.']);
    expect(withoutFurniture(['Cast: Jane Doe The film follows a ferry at night.'], true)).toEqual(['Cast: Jane Doe The film follows a ferry at night.']);
  });
});
