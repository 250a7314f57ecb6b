import { describe, expect, it } from 'vitest';
import { largerPicture } from '../../src/feeds/links.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';

/** The fifty-first round's fixes where they live, as pure functions (test/feeds/unseen52-api.test.ts polls them through the service). */

const authorsOf = async (items: string) => {
  const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>https://t.example.com/</link>${items}</channel></rss>`);
  return feed.entries.map((e) => normaliseEntry(e, { feedUrl: 'https://t.example.com/rss', feed, fetchedAt: Date.parse('2026-11-27T12:00:00Z') })!.author);
};
const item = (i: number, fields: string) => `<item><title>Story ${i}</title><link>https://t.example.com/${i}</link><description>Rates rose on Friday.</description>${fields}</item>`;
const contributor = (name: string) => `<dc:contributor>${name}</dc:contributor>`;

describe('authors: dc:contributor is the issuer, not an editor, translator or photographer', () => {
  it('takes no contributor credited with another part, before or after the name', async () => {
    expect(await authorsOf(['Thandi Mokoena (Editor)', 'Translated by Ana Sitoe', 'Edited by Ed Davies', 'Photos by Sam Hill', 'Ana Sitoe [translator]', 'J. Smith, ed.', 'Lee Chan (eds.)', 'Translation: Ana Sitoe'].map((n, i) => item(i, contributor(n))).join('')))
      .toEqual([null, null, null, null, null, null, null, null]);
  });

  it('still takes an issuer, and a name holding the same words', async () => {
    expect(await authorsOf(['Harbor Logistics', 'Society of Editors', 'Editorial Byway Press', 'Photon Energy AG', 'Hill Translations Ltd'].map((n, i) => item(i, contributor(n))).join('')))
      .toEqual(['Harbor Logistics', 'Society of Editors', 'Editorial Byway Press', 'Photon Energy AG', 'Hill Translations Ltd']);
  });
});

describe('authors: a job after the name in Portuguese and Spanish', () => {
  it('drops "- Repórter da Agência Brasil", "- Corresponsal en Madrid", ", enviada especial"', async () => {
    expect(await authorsOf(['Pedro Peduzzi - Repórter da Agência Brasil', 'Lucía Abellán - Corresponsal en Bruselas', 'Marta Ruiz, enviada especial', 'Ana Costa | Redatora', 'Joana Lima - Jornalista'].map((n, i) => item(i, `<dc:creator>${n}</dc:creator>`)).join('')))
      .toEqual(['Pedro Peduzzi', 'Lucía Abellán', 'Marta Ruiz', 'Ana Costa', 'Joana Lima']);
  });

  it('keeps names that hold the words without a separator, and a desk’s credit', async () => {
    expect(await authorsOf(['Ana Periodista Ruiz', 'Redacción Clarín', 'João Repórter-Silva'].map((n, i) => item(i, `<dc:creator>${n}</dc:creator>`)).join('')))
      .toEqual(['Ana Periodista Ruiz', 'Redacción Clarín', 'João Repórter-Silva']);
  });
});

describe('largerPicture: the parameters left are kept as written', () => {
  it('keeps Prismic’s crop with its commas, or as encoded', () => {
    expect(largerPicture('https://images.prismic.io/harbourside/Zy2_lido.jpg?auto=format,compress&rect=0,80,1600,900&w=800')).toBe('https://images.prismic.io/harbourside/Zy2_lido.jpg?rect=0,80,1600,900');
    expect(largerPicture('https://images.prismic.io/harbourside/Zy2_lido.jpg?auto=format%2Ccompress&rect=0%2C80%2C1600%2C900&w=800')).toBe('https://images.prismic.io/harbourside/Zy2_lido.jpg?rect=0%2C80%2C1600%2C900');
    // Photon's encoded size goes by its name as decoded; the parameters after it stay.
    expect(largerPicture('https://i0.wp.com/www.example.com/wp-content/uploads/a.jpg?resize=780%2C470&ssl=1')).toBe('https://i0.wp.com/www.example.com/wp-content/uploads/a.jpg?ssl=1');
    expect(largerPicture('https://www.example.com/wp-content/uploads/a.jpg?w=300&caption=Pier+at+dusk')).toBe('https://www.example.com/wp-content/uploads/a.jpg?caption=Pier+at+dusk');
  });
});
