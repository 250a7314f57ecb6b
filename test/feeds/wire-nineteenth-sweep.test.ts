import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * The nineteenth sweep: agency copy as aggregators and syndicating sites carry it, their notes on the copy in their many wordings and
 * places, and the chrome around it. Each note and story is our own invention, written for this test after how these sites set the copy
 * they carry; read as a poll reads them (furniture, then the wire rules).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const lead = 'Mumbai, Nov 27 (PTI) The Reserve Bank kept its policy rate unchanged at 5.5 per cent on Friday.';
const first = 'The Reserve Bank kept its policy rate unchanged at 5.5 per cent on Friday.';
const last = 'The next review is due in February.';

/** Notes as syndicating sites word them: the outlets' names are theirs, the sentences written for this test. */
const NOTES = [
  '(This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.)',
  'Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.',
  '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
  '(This story has not been edited by THE WEEK and is auto-generated from PTI)',
  'This is an auto-generated story from a syndicated feed; Outlook staff may not have edited the text.',
  'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor.',
  '(This is an unedited and auto-generated story from Syndicated News feed, FPJ Staff may not have modified or edited the content body)',
  'Lokmat Times is not responsible for the content of this syndicated story.',
  'The Siasat Daily publishes this story from an agency feed without editing.',
  'This is an agency copy and has not been edited by the Zee News team.',
  '(This article has been published as received from PTI.)',
  'This article was published from a news agency\'s feed. Only the headline has been edited.',
  '(This content is sourced from a syndicated feed and is published as received. The Tribune assumes no responsibility or liability for its accuracy, completeness, or content.)',
  'This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text.',
  '(Content is being syndicated through a special arrangement with IANS)',
  'ThePrint holds no responsibility for its content.',
  'The story above has been auto-generated from the IANS wire.',
  '(The copy above is from the PTI feed and has not been edited by Daily Pioneer staff.)',
  'Note: The Daily Pioneer has not edited this agency copy.',
];

describe('a syndicating site\'s note on the agency copy it carries', () => {
  // Before: eight of these wordings stayed under the copy (The Week's, Outlook's, the FPJ's, Lokmat's, Siasat's, Zee's, "as received",
  // "a news agency's feed"), and four more ("ThePrint holds no responsibility…" alone, "The story above…", "The copy above…", "…has not
  // edited this agency copy").
  it.each(NOTES)('drops "%s" under the copy', (note) => {
    expect(clean([lead, last, note])).toMatchObject({ place: 'Mumbai', agency: 'PTI', paragraphs: [first, last] });
  });

  it.each(NOTES)('drops "%s" between paragraphs of the copy', (note) => {
    expect(clean([lead, note, last]).paragraphs).toEqual([first, last]);
  });

  // Before: a note run into the last paragraph took that paragraph of copy with it (NDTV's, the Tribune's, Mid-day's), or stayed in it.
  it.each(NOTES)('cuts "%s" run into the last paragraph, and keeps the paragraph', (note) => {
    expect(clean([lead, `${last} ${note}`]).paragraphs).toEqual([first, last]);
  });

  it('cuts a note run in after a closing quote', () => {
    const quoted = 'The next review is due in February, "barring shocks," the governor said.';
    expect(clean([lead, `${quoted} ${NOTES[2]}`]).paragraphs).toEqual([first, quoted]);
  });
});

describe('copy about syndication, which no note rule takes', () => {
  // Before: the unanchored rules dropped the first three (a dateline paragraph among them).
  it.each([
    'The Press Council asked websites to mark stories auto-generated from a syndicated feed, its chairman said on Friday.',
    'Several sites now print that a story has not been edited by their staff.',
    'The clip has not been edited by our staff in any way, the channel\'s lawyer argued on Friday.',
    'This story of syndicated copy began with a complaint from a reader.',
    'This syndicated loan is the largest ever raised by an Indian bank.',
    'Only the headline was changed, the editor told the council, and the rest was auto-generated from a syndicated feed.',
    'The Tribune is not responsible for the delay, its editor said.',
  ])('keeps "%s" inside the copy and as its last paragraph', (line) => {
    expect(clean([lead, line, last]).paragraphs).toEqual([first, line, last]);
    expect(clean([lead, last, line]).paragraphs).toEqual([first, last, line]);
  });

  it('keeps a lead whose dateline opens a sentence on syndication', () => {
    const copy = clean(['New Delhi, Nov 27 (PTI) The Press Council asked websites to mark stories auto-generated from a syndicated feed.', last]);
    expect(copy).toMatchObject({ place: 'New Delhi', agency: 'PTI', paragraphs: ['The Press Council asked websites to mark stories auto-generated from a syndicated feed.', last] });
  });
});

describe('the notes in Hindi, Bangla and Urdu', () => {
  const hindiLead = 'लखनऊ, 27 नवंबर (भाषा) उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।';
  const hindiLast = 'आयोग ने शुक्रवार को यह फैसला किया।';
  // Before: only NDTV India's "सिंडीकेट फीड" went; the agency feed's note and the Bangla and Urdu ones stayed.
  it.each([
    '(यह खबर सीधे एजेंसी फीड से प्रकाशित हुई है। इसे नवभारत टीम ने संपादित नहीं किया है।)',
    '(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है.)',
    '(এই সংবাদটি সিন্ডিকেট ফিড থেকে সরাসরি প্রকাশিত। শিরোনাম ছাড়া কিছু সম্পাদনা করা হয়নি।)',
    '(یہ خبر ایجنسی فیڈ سے براہ راست شائع کی گئی ہے، ادارے نے اس میں کوئی ترمیم نہیں کی۔)',
  ])('drops "%s" alone and run into the last paragraph', (note) => {
    expect(clean([hindiLead, hindiLast, note]).paragraphs).toEqual(['उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', hindiLast]);
    expect(clean([hindiLead, `${hindiLast} ${note}`]).paragraphs).toEqual(['उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', hindiLast]);
  });

  it('keeps a Hindi sentence that reports what someone said of an agency feed', () => {
    const line = 'मंत्री ने कहा कि एजेंसी फीड से आई खबरों की जांच होगी।';
    expect(clean([hindiLead, line, hindiLast]).paragraphs).toEqual(['उत्तर प्रदेश में बिजली की दरें इस साल नहीं बढ़ेंगी।', line, hindiLast]);
  });
});

describe('aggregators\' chrome around the agency copy', () => {
  // Before: each stayed in the copy.
  it.each([
    ['Yahoo\'s break', 'Story continues'],
    ['MSN\'s credit for a partner\'s picture', '© Provided by Mint'],
    ['the inputs alone in a bracket', '(Agency inputs)'],
    ['a Gulf desk with the agency\'s inputs', 'Khaleej Times with inputs from WAM'],
    ['a desk with its inputs after a dash', '— Dawn.com with additional input from Reuters'],
    ['a bracketed source', '(Source: IANS)'],
    ['a source with its stamp', 'Source: PTI | Updated: Nov 27, 2026'],
    ['the agency named as a field', 'Agency: PTI'],
  ])('drops %s, "%s"', (_what, line) => {
    expect(clean([lead, line, last]).paragraphs).toEqual([first, last]);
    expect(clean([lead, last, line]).paragraphs).toEqual([first, last]);
  });

  it.each([
    'The story continues to grip the town, where the trekkers were last seen on Monday.',
    'Officials with inputs from WAM met the ministry on Friday.',
    'Source: the ministry\'s own records show a rise.',
    'Agency: the word the ministry used for the new body, officials said.',
  ])('keeps "%s"', (line) => {
    expect(clean([lead, line, last]).paragraphs).toEqual([first, line, last]);
  });
});

describe('a quote run into a "Disclaimer:" or a prompt', () => {
  // Before: an opening quote before "Disclaimer:" read as a sentence's end glued to a prompt, and the rest of the paragraph went.
  it('keeps a quoted disclaimer inside a sentence', () => {
    const line = 'The ads often read "Disclaimer: This game involves financial risk," the order noted.';
    expect(clean([lead, line, last]).paragraphs).toEqual([first, line, last]);
  });

  it('still cuts a prompt glued to a closing quote', () => {
    expect(clean([lead, 'The review is due in February," he said."Follow us on Google News']).paragraphs).toEqual([first, 'The review is due in February," he said."']);
  });
});

describe('a link\'s label run into the paragraph above it after a space', () => {
  // Before: "Also Read | …" stayed on the end of the paragraph (only a label glued to the full stop went).
  it.each([
    'Also Read | Rupee opens flat against dollar',
    'ALSO READ: Rupee Opens Flat Against Dollar',
    'Read Also | Sensex rises 300 points in early trade',
    'Must Read: Five stocks to watch today',
  ])('cuts "%s" off the paragraph\'s end', (label) => {
    expect(clean([lead, `${last} ${label}`, 'Traders expect little movement.']).paragraphs).toEqual([first, last, 'Traders expect little movement.']);
  });

  it.each([
    `${last} Also read out in the House was the list of defaulters.`,
    `${last} Also read: the report says exports fell for a third month.`,
    `${last} "Also read the fine print," the regulator told buyers.`,
  ])('keeps "%s", a sentence', (line) => {
    expect(clean([lead, line, 'Traders expect little movement.']).paragraphs).toEqual([first, line, 'Traders expect little movement.']);
  });
});

describe('a note of two sentences, and notes in other scripts\' wordings', () => {
  // Before: the note's second sentence was cut as a run-in note and its first stayed as copy.
  it('drops a two-sentence note whose first says the copy came from agencies', () => {
    const note = 'The above article has been sourced from agencies. The Kathmandu Post is not responsible for its content.';
    expect(clean([lead, last, note]).paragraphs).toEqual([first, last]);
    expect(clean([lead, `${last} ${note}`]).paragraphs).toEqual([first, last]);
  });

  it('keeps copy saying where a report was sourced from', () => {
    const line = 'The figures were sourced from agencies in three states, the report said.';
    expect(clean([lead, line, last]).paragraphs).toEqual([first, line, last]);
  });

  // Before: each stayed under the copy.
  it.each([
    'डिस्क्लेमर: यह खबर सीधे न्यूज़ एजेंसी से ली गई है और इसे संपादित नहीं किया गया है।',
    '(ডিসক্লেইমার: এই প্রতিবেদনটি সংবাদ সংস্থার ফিড থেকে নেওয়া।)',
    '(نوٹ: یہ خبر خبر رساں ایجنسی کی فیڈ سے لی گئی ہے۔)',
  ])('drops "%s"', (note) => {
    expect(clean([lead, last, note]).paragraphs).toEqual([first, last]);
  });
});

describe('an aggregator\'s stack of chrome over the agency\'s dateline', () => {
  const stack = ['By PTI', 'Published By : Aditi Rao', 'Updated: Nov 27, 2026, 10:05 IST', 'Read Time: 3 mins', 'Representative image (PTI)', 'Follow us on Google News', 'First Published: Nov 27 2026 | 10:05 AM IST'];
  // Before: the dateline sat past the lines the cleaner searches, and the copy kept it; the captioned picture's credit kept the caption.
  it('reads the dateline under seven lines of chrome, and drops them', () => {
    expect(clean([...stack, lead, last])).toMatchObject({ place: 'Mumbai', agency: 'PTI', paragraphs: [first, last] });
  });

  it('drops a representative picture\'s caption credited in a bracket', () => {
    expect(clean([lead, 'Representative image (PTI)', last]).paragraphs).toEqual([first, last]);
  });

  it('still reads no dateline set under paragraphs of copy', () => {
    const copy = ['The council met on Friday.', 'It heard six cases.', 'Two were adjourned.', 'One was dismissed.', 'Three were decided.', 'The next sitting is in December.', lead];
    expect(clean(copy)).toMatchObject({ place: null, paragraphs: copy });
  });
});
