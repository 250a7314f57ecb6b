import { describe, expect, it } from 'vitest';
import { htmlToStoryText, isNoStoryPicture } from '../../src/feeds/html-text.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/** The fifty-eighth round's fixes where they live, as pure functions (test/feeds/unseen59-api.test.ts polls them through the service). */

describe('isNoStoryPicture: GlobeNewswire\'s issuer logo and counter', () => {
  it('takes the logo under every release and the counter as no picture', () => {
    for (const url of [
      'https://ml.globenewswire.com/media/ZmQ0NWE5YjMtYTk2Ny00/small/harbor-logistics-logo.png',
      'https://ml.globenewswire.com/media/ZmQ0NWE5YjMtYTk2Ny00==/medium/Northwind_Logo.jpg',
      'https://ml-eu.globenewswire.com/media/YWJjZGVm/small/northwind-solar-logo-2.png',
      'https://www.globenewswire.com/newsroom/ti?nf=OTAxMjM0NSM2NzEyMzQ1IzIwMDM5NjM=',
      'https://mma.prnewswire.com/media/2851234/Pacific_Rail_Logo.jpg',
    ]) expect(isNoStoryPicture(url), url).toBe(true);
  });

  it('keeps a release\'s photo on the same host, and a photo of a logo\'s unveiling', () => {
    for (const url of [
      'https://ml.globenewswire.com/media/ZmQ0NWE5YjMtYTk2Ny00/small/harbor-crane.jpg',
      'https://ml.globenewswire.com/media/ZmQ0NWE5YjMtYTk2Ny00/large/new-logo-unveiling.jpg',
      'https://www.globenewswire.com/NewsRoom/AttachmentNg/1a2b3c4d-5e6f',
    ]) expect(isNoStoryPicture(url), url).toBe(false);
  });

  it('takes the photo before the logo and the counter under a release', () => {
    const html = '<p>HOUSTON -- The yard opened.</p><img src="https://www.globenewswire.com/newsroom/ti?nf=OTAx" /><img src="https://ml.globenewswire.com/media/ZmQ0/small/harbor-logistics-logo.png" /><img src="https://ml.globenewswire.com/media/ZmQ0/small/harbor-crane.jpg" />';
    expect(htmlToStoryText(html).image).toBe('https://ml.globenewswire.com/media/ZmQ0/small/harbor-crane.jpg');
  });
});

describe('htmlToStoryText: a bold heading alone on its line before a <br>', () => {
  it('is a paragraph of its own', () => {
    expect(htmlToStoryText('<p>The yard opened.</p><p><strong>About Harbor Logistics</strong><br />Harbor Logistics runs container yards at eleven ports.</p>').paragraphs)
      .toEqual(['The yard opened.', 'About Harbor Logistics', 'Harbor Logistics runs container yards at eleven ports.']);
    expect(htmlToStoryText('<p><b>Forward-Looking Statements</b> <br>This release contains statements.</p>').paragraphs)
      .toEqual(['Forward-Looking Statements', 'This release contains statements.']);
    expect(htmlToStoryText('<p><strong>Media Contact</strong><br />Jane Doe<br />+1 713 555 0100</p>').paragraphs).toEqual(['Media Contact', 'Jane Doe +1 713 555 0100']);
  });

  it('leaves a label with its colon, bold words inside a line, a bold sentence and a bold line at a paragraph\'s end as they were', () => {
    expect(htmlToStoryText('<p><b>Closing Date:</b><br>18 December 2026</p>').paragraphs).toEqual(['Closing Date: 18 December 2026']);
    expect(htmlToStoryText('<p>Trains run on <b>Line 4</b><br>from Monday.</p>').paragraphs).toEqual(['Trains run on Line 4 from Monday.']);
    expect(htmlToStoryText('<p><strong>The yard opened on Friday.</strong><br>It handles 400,000 containers.</p>').paragraphs).toEqual(['The yard opened on Friday. It handles 400,000 containers.']);
    expect(htmlToStoryText('<p><strong>Line 4</strong> trains<br>run from Monday.</p>').paragraphs).toEqual(['Line 4 trains run from Monday.']);
    expect(htmlToStoryText('<p>The yard opened.<br><strong>About Harbor Logistics</strong></p>').paragraphs).toEqual(['The yard opened. About Harbor Logistics']);
  });
});

describe('cleanWireCopy: a release\'s "About" box', () => {
  it('stays the release\'s, as its issuer wrote it', () => {
    const input = ['OAKLAND, Calif., Nov. 27, 2026 /PRNewswire/ -- Pacific Rail said on Friday it had ordered 40 electric locomotives.', 'The first are due in 2028.', 'About Pacific Rail', 'Pacific Rail runs freight trains on 1,200 miles of track.', 'SOURCE Pacific Rail'];
    expect(cleanWireCopy(input)).toMatchObject({ place: 'OAKLAND', agency: 'PR Newswire', paragraphs: ['Pacific Rail said on Friday it had ordered 40 electric locomotives.', 'The first are due in 2028.', 'About Pacific Rail', 'Pacific Rail runs freight trains on 1,200 miles of track.'] });
  });

  it('drops a writer\'s box under a story, the same heading over the writer\'s trade, as before', () => {
    const input = ['NEW DELHI — India issued a request for 114 fighters, officials said Thursday.', 'The request asks for local production.', 'About Rahul Bedi', 'Rahul Bedi is the India correspondent for Defense News.'];
    expect(cleanWireCopy(input).paragraphs).toEqual(['India issued a request for 114 fighters, officials said Thursday.', 'The request asks for local production.']);
  });

  it('reads the place and date over the box as the release\'s foot, which goes', () => {
    const input = ['The firm posted record profits on Wednesday.', 'It will expand to Pune.', 'Mumbai, November 26, 2026', 'About Acme Power', 'Acme Power is a listed utility based in Pune.'];
    expect(cleanWireCopy(input)).toMatchObject({ place: 'Mumbai', date: 'November 26, 2026', paragraphs: ['The firm posted record profits on Wednesday.', 'It will expand to Pune.', 'About Acme Power', 'Acme Power is a listed utility based in Pune.'] });
  });
});

describe('cleanWireCopy: a paper\'s own dateline and Addis Ababa as Ethiopian papers spell it', () => {
  it('reads "Beirut - Asharq Al-Awsat" over the copy or run into it as the place, the paper its own', () => {
    const copy = 'Lebanon reopened the site of the port\'s grain silos on Friday.';
    for (const input of [['Beirut - Asharq Al-Awsat', copy], [`Beirut - Asharq Al-Awsat ${copy}`], ['Beirut – Asharq Al-Awsat', copy]]) {
      expect(cleanWireCopy(input, { outlet: 'Asharq Al-Awsat' }), input[0]).toMatchObject({ place: 'Beirut', agency: null, paragraphs: [copy] });
    }
  });

  it('leaves another outlet\'s name, an unknown place and a sentence as they were', () => {
    const copy = 'Lebanon reopened the site of the port\'s grain silos on Friday.';
    expect(cleanWireCopy(['Beirut - Asharq Al-Awsat', copy], { outlet: 'The National' }).paragraphs).toEqual(['Beirut - Asharq Al-Awsat', copy]);
    expect(cleanWireCopy(['Silo Trust - Asharq Al-Awsat', copy], { outlet: 'Asharq Al-Awsat' }).paragraphs).toEqual(['Silo Trust - Asharq Al-Awsat', copy]);
    const said = ['Readers in Beirut - Asharq Al-Awsat has many - wrote in on Friday.'];
    expect(cleanWireCopy(said, { outlet: 'Asharq Al-Awsat' }).paragraphs).toEqual(said);
  });

  it('reads Addis Standard\'s "Addis Abeba –"', () => {
    expect(cleanWireCopy(['Addis Abeba – Ethiopia and Kenya have agreed to reopen the market at Moyale next month.'])).toMatchObject({ place: 'Addis Abeba', paragraphs: ['Ethiopia and Kenya have agreed to reopen the market at Moyale next month.'] });
  });
});
