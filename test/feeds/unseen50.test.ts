import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { htmlToStoryText, isNoStoryPicture } from '../../src/feeds/html-text.js';
import { largerPicture } from '../../src/feeds/links.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/** The forty-ninth round's fixes where they live, as pure functions (test/feeds/unseen50-api.test.ts polls them through the service). */

describe('isNoStoryPicture: a tracking pixel by its address, not the word anywhere', () => {
  it('drops a counter’s host, a file named pixel and a pixel parameter; keeps Pixelfed’s pictures and a review’s', () => {
    for (const url of ['https://pixel.wp.com/b.gif?host=x.wordpress.com', 'https://metro.example.com/pixel.gif?a=1', 'https://t.example.com/tracking-pixel.png', 'https://t.example.com/open/pixel?id=9', 'https://np.example.org/?republication-pixel=true&post=8801']) {
      expect(isNoStoryPicture(url), url).toBe(true);
    }
    for (const url of ['https://pixelfed.example/storage/m/_v2/7023/abc/def/ghi.jpg', 'https://tech.example.com/img/pixel-9-pro-review.jpg', 'https://cdn.example.com/8-megapixel-sensor.jpg', 'https://pixelstudio.example.com/a.jpg']) {
      expect(isNoStoryPicture(url), url).toBe(false);
    }
  });
});

describe('largerPicture: Strapi’s formats and Umbraco’s media', () => {
  it('gives Strapi’s upload for a format’s copy named as its plugin names them; a file so named otherwise stays', () => {
    expect(largerPicture('https://cms.metrodesk.example.com/uploads/small_bus_lane_3f2a1b9c8d.jpg')).toBe('https://cms.metrodesk.example.com/uploads/bus_lane_3f2a1b9c8d.jpg');
    expect(largerPicture('https://cms.example.com/uploads/thumbnail_Harbour_at_dusk_0a1b2c3d4e.webp')).toBe('https://cms.example.com/uploads/Harbour_at_dusk_0a1b2c3d4e.webp');
    expect(largerPicture('https://x.example.com/uploads/small_logo.png')).toBe('https://x.example.com/uploads/small_logo.png');
    expect(largerPicture('https://x.example.com/images/small_bus_lane_3f2a1b9c8d.jpg')).toBe('https://x.example.com/images/small_bus_lane_3f2a1b9c8d.jpg');
  });

  it('drops ImageSharp’s size parameters from Umbraco’s media; its crop coordinates and other folders stay', () => {
    expect(largerPicture('https://www.port.example.com/media/x2hd4kqv/terminal.jpg?width=600&height=400&mode=crop&rnd=133771234567890000')).toBe('https://www.port.example.com/media/x2hd4kqv/terminal.jpg');
    expect(largerPicture('https://www.port.example.com/media/1234/terminal.jpg?anchor=center&mode=crop&width=300')).toBe('https://www.port.example.com/media/1234/terminal.jpg');
    expect(largerPicture('https://www.port.example.com/media/1234/terminal.jpg?cc=0.1,0.2,0.3,0.4&width=600')).toBe('https://www.port.example.com/media/1234/terminal.jpg?cc=0.1,0.2,0.3,0.4&width=600');
    expect(largerPicture('https://www.port.example.com/media/photos/terminal.jpg?width=600')).toBe('https://www.port.example.com/media/photos/terminal.jpg?width=600');
  });
});

describe('htmlToStoryText: pull quotes and one-record tables', () => {
  it('drops a pull quote the copy says word for word, with its speaker; one the copy does not say stays', () => {
    const quote = (q: string) => `<figure class="wp-block-pullquote"><blockquote><p>${q}</p><cite>Mayor Ana Ruiz</cite></blockquote></figure>`;
    expect(htmlToStoryText(`<p>The plan passed.</p>${quote('We cannot wait for the next flood.')}<p>“We cannot wait for the next flood,” Mayor Ana Ruiz said.</p>`).paragraphs).toEqual(['The plan passed.', '“We cannot wait for the next flood,” Mayor Ana Ruiz said.']);
    expect(htmlToStoryText(`<p>The plan passed.</p>${quote('We will rebuild every home.')}<p>Work begins in spring.</p>`).paragraphs).toEqual(['The plan passed.', 'We will rebuild every home.', 'Mayor Ana Ruiz', 'Work begins in spring.']);
    // A theme's box; a quote of a few words, which a sentence may hold by chance, stays.
    expect(htmlToStoryText('<p>“The river will rise again this winter,” she said.</p><div class="pullquote">The river will rise again</div>').paragraphs).toEqual(['“The river will rise again this winter,” she said.']);
    expect(htmlToStoryText('<p>Not now, she said.</p><blockquote class="pull-quote"><p>Not now</p></blockquote>').paragraphs).toEqual(['Not now, she said.', 'Not now']);
  });

  it('reads a table of one record under its column names as each name and value; a file’s link goes; a table of more rows is a row a line', () => {
    const notice = '<table><thead><tr><th>Title</th><th>Start Date</th><th>End Date</th><th>File</th></tr></thead><tbody><tr><td>Recruitment</td><td>27/11/2026</td><td>15/12/2026</td><td><a href="/a.pdf">View (245 KB)</a></td></tr></tbody></table>';
    expect(htmlToStoryText(`<p>Notice.</p>${notice}<p>Apply online.</p>`).paragraphs).toEqual(['Notice.', 'Title: Recruitment', 'Start Date: 27/11/2026', 'End Date: 15/12/2026', 'Apply online.']);
    expect(htmlToStoryText('<table><tr><th>Port</th><th>Tide</th></tr><tr><td>Kochi</td><td>1.2 m</td></tr><tr><td>Goa</td><td>1.4 m</td></tr></table>').paragraphs).toEqual(['Port Tide', 'Kochi 1.2 m', 'Goa 1.4 m']);
    // Names in a column, not a row: no header row of <th>, read as before.
    expect(htmlToStoryText('<table><tr><td>Port</td><td>Kochi</td></tr><tr><td>Tide</td><td>1.2 m</td></tr></table>').paragraphs).toEqual(['Port Kochi', 'Tide 1.2 m']);
  });
});

describe('withoutFurniture: podcast hosts’, bulletins’ and newsletters’ lines', () => {
  it('drops Buzzsprout’s "Send us a text" and "Support the show", and GovDelivery’s bulletin chrome', () => {
    expect(withoutFurniture(['Send us a text', 'Frost is due on Sunday.', 'Support the show'])).toEqual(['Frost is due on Sunday.']);
    expect(withoutFurniture(['Having trouble viewing this email? View it as a Web page.', 'Lanes close on Monday.', 'Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your Subscriber Preferences Page. You will need to use your email address to log in.', 'This service is provided to you at no charge by the State Department of Transportation.'])).toEqual(['Lanes close on Monday.']);
    expect(withoutFurniture(['Support the show’s crew, the union said.', 'This service is provided to you at no charge by the council, the mayor said.'])).toEqual(['Support the show’s crew, the union said.', 'This service is provided to you at no charge by the council, the mayor said.']);
  });

  it('drops a Mastodon poll’s boxes and an episode’s chapter list from zero; a schedule stays', () => {
    expect(withoutFurniture(['Should the ferry run at night?', '[ ] Yes [ ] No [ ] Only in summer'])).toEqual(['Should the ferry run at night?']);
    expect(withoutFurniture(['Rates held.', 'Chapters', '(00:00) - Intro', '(01:12) - The decision', 'Listen again on Friday.'])).toEqual(['Rates held.', 'Listen again on Friday.']);
    expect(withoutFurniture(['Rates held.', '00:00 Intro 01:12 The decision 07:45 What it means'])).toEqual(['Rates held.']);
    expect(withoutFurniture(['Programme:', '09:00 Doors open', '10:00 Keynote'])).toEqual(['Programme:', '09:00 Doors open', '10:00 Keynote']);
    expect(withoutFurniture(['Tick [ ] to opt out, the form says.'])).toEqual(['Tick [ ] to opt out, the form says.']);
  });

  it('drops a newsletter’s greeting and sign-off, and Kit’s share button once its footer went; copy in their words stays', () => {
    expect(withoutFurniture(['Hi all,', 'Rates rose on Friday.', 'Until next week, Dev'])).toEqual(['Rates rose on Friday.']);
    expect(withoutFurniture(['Hello Maker Weekly readers!', 'Rates rose on Friday.', 'Talk soon,', 'Priya Nair'])).toEqual(['Rates rose on Friday.']);
    expect(withoutFurniture(['Rates rose.', 'Until next week, Dev', 'Share Maker Weekly', '123 Main Street, Springfield Unsubscribe · Preferences'])).toEqual(['Rates rose.']);
    expect(withoutFurniture(['Hello, Dolly! opens on Friday.', 'Until next week, the bridge stays shut.'])).toEqual(['Hello, Dolly! opens on Friday.', 'Until next week, the bridge stays shut.']);
    expect(withoutFurniture(['Dear Minister,', 'I write about the bridge.', 'Thanks, Obama.'])).toEqual(['Dear Minister,', 'I write about the bridge.', 'Thanks, Obama.']);
    expect(withoutFurniture(['Share prices fell 3% on Friday.'])).toEqual(['Share prices fell 3% on Friday.']);
  });

  it('drops a publisher’s membership appeal; reported speech and a club’s call stay', () => {
    expect(withoutFurniture(['Fares rise in January.', 'Independent journalism needs your support. Become a member of The Quill today and read without ads.'])).toEqual(['Fares rise in January.']);
    expect(withoutFurniture(['Fares rise in January.', 'Join The Quill as a member and get exclusive reports and an ad-free site.'])).toEqual(['Fares rise in January.']);
    const kept = ['Become a member of the club for ad-free screenings, the cinema announced.', 'The union urged readers to become members and support independent journalism.', 'Become a member of the committee on Monday.'];
    expect(withoutFurniture(kept)).toEqual(kept);
  });
});

describe('cleanWireCopy: a Government of Canada release’s stamp', () => {
  it('reads "November 27, 2026 – Ottawa, Ontario – Department of Finance Canada" as the dateline, in English and French', () => {
    const en = cleanWireCopy(['November 27, 2026 – Ottawa, Ontario – Department of Finance Canada', 'The Minister of Finance today announced new measures.']);
    expect(en.paragraphs).toEqual(['The Minister of Finance today announced new measures.']);
    expect(en.place).toBe('Ottawa');
    const fr = cleanWireCopy(['Le 27 novembre 2026 – Gatineau (Québec) – Ministère des Finances Canada', 'Le ministre a annoncé des mesures.']);
    expect(fr.paragraphs).toEqual(['Le ministre a annoncé des mesures.']);
    expect(fr.place).toBe('Gatineau');
    // No province named: a line of copy.
    expect(cleanWireCopy(['November 27, 2026 – Springfield, Acme Corp – Acme', 'Rates rose.']).paragraphs).toEqual(['November 27, 2026 – Springfield, Acme Corp – Acme', 'Rates rose.']);
  });
});
