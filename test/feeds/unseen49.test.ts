import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { htmlToStoryText } from '../../src/feeds/html-text.js';
import { canonicalLink, largerPicture } from '../../src/feeds/links.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/** The forty-eighth round's fixes where they live, as pure functions (test/feeds/unseen49-api.test.ts polls them through the service). */

describe('largerPicture: image hosts and proxies', () => {
  it('drops Contentful’s and Sanity’s size parameters, keeping Sanity’s crop', () => {
    expect(largerPicture('https://images.ctfassets.net/sp/as/tok/well.jpg?w=800&h=450&fit=fill&fm=webp&q=75')).toBe('https://images.ctfassets.net/sp/as/tok/well.jpg');
    expect(largerPicture('https://images.eu.ctfassets.net/sp/as/tok/well.jpg?fm=jpg&fl=progressive')).toBe('https://images.eu.ctfassets.net/sp/as/tok/well.jpg');
    expect(largerPicture('https://cdn.sanity.io/images/p/production/abc-3000x2000.jpg?w=600&h=400&fit=crop&auto=format')).toBe('https://cdn.sanity.io/images/p/production/abc-3000x2000.jpg');
    expect(largerPicture('https://cdn.sanity.io/images/p/production/abc-3000x2000.jpg?rect=100,200,1600,900')).toBe('https://cdn.sanity.io/images/p/production/abc-3000x2000.jpg?rect=100,200,1600,900');
  });

  it('reads the picture Next.js’s optimiser and Nitter’s proxy load', () => {
    expect(largerPicture('https://site.example/_next/image?url=https%3A%2F%2Fcdn.example.org%2Fdam.jpg&w=3840&q=75')).toBe('https://cdn.example.org/dam.jpg');
    expect(largerPicture('https://site.example/_next/image?url=%2Fimages%2Fgates.jpg&w=1080&q=75')).toBe('https://site.example/images/gates.jpg');
    expect(largerPicture('https://site.example/_vercel/image?url=%2Fa.png&w=640&q=75')).toBe('https://site.example/a.png');
    expect(largerPicture('https://nitter.example.net/pic/media%2FGAbC123.jpg%3Fname%3Dsmall')).toBe('https://pbs.twimg.com/media/GAbC123.jpg?name=orig');
    expect(largerPicture('https://nitter.example.net/pic/orig/media%2FGAbC123.jpg')).toBe('https://pbs.twimg.com/media/GAbC123.jpg?name=orig');
    expect(largerPicture('https://nitter.example.net/pic/pbs.twimg.com%2Fmedia%2FGAbC123.jpg')).toBe('https://pbs.twimg.com/media/GAbC123.jpg');
    // A "/pic/" path of a site's own is no proxy of X's host.
    expect(largerPicture('https://zoo.example.com/pic/lions%2Fcub.jpg')).toBe('https://zoo.example.com/pic/lions%2Fcub.jpg');
    expect(largerPicture('https://site.example/_next/image?w=640')).toBe('https://site.example/_next/image?w=640');
  });

  it('gives an AEM DAM thumbnail’s asset; its web rendition and adaptive image servlet’s copy stay', () => {
    expect(largerPicture('https://www.co.example/content/dam/co/2026/plant.jpg/jcr:content/renditions/cq5dam.thumbnail.319.319.png')).toBe('https://www.co.example/content/dam/co/2026/plant.jpg');
    expect(largerPicture('https://www.co.example/content/dam/co/2026/plant.jpg/_jcr_content/renditions/cq5dam.thumbnail.140.100.png')).toBe('https://www.co.example/content/dam/co/2026/plant.jpg');
    // The copy made for pages stays (unseen24's), as does a thumbnail of a TIFF.
    expect(largerPicture('https://www.co.example/content/dam/co/2026/plant.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg')).toBe('https://www.co.example/content/dam/co/2026/plant.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg');
    expect(largerPicture('https://www.co.example/content/dam/co/scan.tif/jcr:content/renditions/cq5dam.thumbnail.319.319.png')).toBe('https://www.co.example/content/dam/co/scan.tif/jcr:content/renditions/cq5dam.thumbnail.319.319.png');
    expect(largerPicture('https://www.co.example/content/dam/co/2026/results.jpg.transform/1280/image.jpg')).toBe('https://www.co.example/content/dam/co/2026/results.jpg.transform/1280/image.jpg');
  });
});

describe('canonicalLink: a mailing tool’s unfilled merge tag', () => {
  it('drops a parameter whose value is a merge tag never filled in, and keeps one filled', () => {
    expect(canonicalLink('https://mailchi.mp/desk/weekly?e=[UNIQID]')).toBe('https://mailchi.mp/desk/weekly');
    expect(canonicalLink('https://desk.example/issue?e=*|UNIQID|*&id=3')).toBe('https://desk.example/issue?id=3');
    expect(canonicalLink('https://desk.example/issue?s={{ subscriber.id }}')).toBe('https://desk.example/issue');
    expect(canonicalLink('https://mailchi.mp/desk/weekly?e=a1b2c3d4e5')).toBe('https://mailchi.mp/desk/weekly?e=a1b2c3d4e5');
    expect(canonicalLink('https://desk.example/search?q=[UN]')).toBe('https://desk.example/search?q=[UN]');
  });
});

describe('withoutFurniture: sponsors, tip lines and generators’ credits', () => {
  it('drops the pitch under a label that names its sponsor when the pitch names it; copy under a label naming no one in it stays', () => {
    expect(withoutFurniture(['Markets rose.', 'Presented by Acme', 'Acme puts invoices, payroll and taxes in one place.', 'Oil fell.'])).toEqual(['Markets rose.', 'Oil fell.']);
    expect(withoutFurniture(['In partnership with the Acme Foundation', 'The Acme Foundation funds reporting fellowships across Asia.', 'Oil fell.'])).toEqual(['Oil fell.']);
    expect(withoutFurniture(['Together with Acme', 'Parliament meets on Monday.', 'Acme fell 3% on Friday.'])).toEqual(['Parliament meets on Monday.', 'Acme fell 3% on Friday.']);
    // "Acme" is no part of "Acmes" or "Acme-like".
    expect(withoutFurniture(['Presented by Acme', 'Acmeville votes on Monday.'])).toEqual(['Acmeville votes on Monday.']);
  });

  it('reads "PROMOTION", "Paid post" and "Partner content" as labels, and "Get a quote today" as a call to act', () => {
    expect(withoutFurniture(['Roads cleared.', 'PROMOTION', 'Acme Insurance protects homes. Get a quote today.', 'Power is back.'])).toEqual(['Roads cleared.', 'Power is back.']);
    expect(withoutFurniture(['Paid post', 'The port reopened.'])).toEqual(['The port reopened.']);
    expect(withoutFurniture(['Promotion to the first division was sealed on Saturday.'])).toEqual(['Promotion to the first division was sealed on Saturday.']);
  });

  it('drops Kit’s footer (its postal address and row of links in one paragraph) and a thanks for reading alone', () => {
    expect(withoutFurniture(['Dock workers walked out.', 'Thanks for reading!', '123 Main Street, Springfield Unsubscribe · Preferences'])).toEqual(['Dock workers walked out.']);
    expect(withoutFurniture(['The vote passed on Friday. Subscribe', 'Thanks for reading the bill, the Speaker said.'])).toEqual(['The vote passed on Friday. Subscribe', 'Thanks for reading the bill, the Speaker said.']);
  });

  it('drops a newsroom’s call for tips and FetchRSS’s credit', () => {
    expect(withoutFurniture(['Fares rise in January.', 'Have a story tip? Email news@islandtimes.example.com'])).toEqual(['Fares rise in January.']);
    expect(withoutFurniture(['Fares rise in January.', 'Got a news tip? Contact the newsroom at 555-0100.'])).toEqual(['Fares rise in January.']);
    expect(withoutFurniture(['Do you have a tip? Police asked anyone who saw the crash to call them.'])).toEqual(['Do you have a tip? Police asked anyone who saw the crash to call them.']);
    expect(withoutFurniture(['A camp opens on Saturday. (Feed generated with FetchRSS)'])).toEqual(['A camp opens on Saturday.']);
    expect(withoutFurniture(['A camp opens on Saturday.', '(Feed generated with FetchRSS)'])).toEqual(['A camp opens on Saturday.']);
  });
});

describe('htmlToStoryText: Ghost 5’s cards', () => {
  it('drops the sign-up, file, audio and product cards and keeps the toggle card’s question and answer', () => {
    const html = '<p>Rates were cut.</p>' +
      '<div class="kg-card kg-toggle-card"><div class="kg-toggle-heading"><h4>What is the repo rate?</h4></div><div class="kg-toggle-content"><p>The rate banks borrow at.</p></div></div>' +
      '<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">Sign up for Ledger</h2><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div>' +
      '<div class="kg-card kg-file-card"><a href="/f.pdf"><div class="kg-file-card-title">Statement</div><div class="kg-file-card-filesize">245 KB</div></a></div>' +
      '<div class="kg-card kg-audio-card"><div class="kg-audio-title">Friday briefing</div><span>0:00</span></div>' +
      '<div class="kg-card kg-product-card"><h4 class="kg-product-card-title">Our book</h4><a class="kg-product-card-button">Buy now</a></div>' +
      '<p>Markets rose.</p>';
    expect(htmlToStoryText(html).paragraphs).toEqual(['Rates were cut.', 'What is the repo rate?', 'The rate banks borrow at.', 'Markets rose.']);
    // A sign-up form goes; a wrapper named for sign-up alone may hold members' copy, and stays.
    expect(htmlToStoryText('<p>Rates were cut.</p><div class="signup-form"><p>Get Ledger daily.</p></div><div class="signup-required"><p>Markets rose.</p></div>').paragraphs).toEqual(['Rates were cut.', 'Markets rose.']);
  });
});

describe('htmlToStoryText: Drupal’s labelled fields', () => {
  it('drops a field printed with its label (a release’s number, its type); the body, and a labelled body or summary, stay', () => {
    const field = (name: string, label: string, item: string, shown = 'above') =>
      `<div class="field field--name-${name} field--type-string field--label-${shown}"><div class="field__label">${label}</div><div class="field__item">${item}</div></div>`;
    const html = field('field-press-release-id', 'Press Release ID', 'SG/SM/22501') + field('field-document-type', 'Type', 'Statement', 'inline') +
      '<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>The Secretary-General welcomes the ceasefire.</p></div>' +
      field('field-summary', 'Summary', 'A ceasefire was agreed on Friday.');
    expect(htmlToStoryText(html).paragraphs).toEqual(['The Secretary-General welcomes the ceasefire.', 'Summary', 'A ceasefire was agreed on Friday.']);
    // Drupal 7's classes.
    expect(htmlToStoryText('<div class="field field-name-field-ref field-type-text field-label-inline clearfix"><div class="field-label">Reference:&nbsp;</div><div class="field-items">PR/2026/118</div></div><p>The council met.</p>').paragraphs).toEqual(['The council met.']);
  });
});

describe('cleanWireCopy: a release’s media contact on its line', () => {
  it('cuts "Media contact: <name>, <number>" and what follows; a sentence about media contact is copy', () => {
    expect(cleanWireCopy(['The minister opened the rail link on Friday.', 'Media contact: Jo Brown, 0400 000 000', 'Jo Brown is the ministry’s spokesperson.']).paragraphs).toEqual(['The minister opened the rail link on Friday.']);
    expect(cleanWireCopy(['The minister opened the rail link on Friday.', 'Media enquiries: media@transport.example.gov']).paragraphs).toEqual(['The minister opened the rail link on Friday.']);
    expect(cleanWireCopy(['Media contact with the minister was cut off on Friday, the union said.', 'Talks resume on Monday.']).paragraphs).toEqual(['Media contact with the minister was cut off on Friday, the union said.', 'Talks resume on Monday.']);
  });
});
