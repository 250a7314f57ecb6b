import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * Leftovers of the seventeenth sweep: South Asian copy the sweep's rules missed. Each story is our own invention, written for this
 * test after how these agencies set their copy; read as a poll reads them (furniture, then the wire rules).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const first = 'The state will open 40 new primary health centres by March, the health minister said on Friday.';
const last = 'Each centre will have two doctors.';

describe('ANI\'s dateline with a region of two letters in square brackets', () => {
  // Before: a press release's "Washington, DC [US], November 27:" stayed in the copy, no place read ("DC" is no region the
  // gazetteer knows).
  it('reads a release\'s place before a US state\'s code and the country', () => {
    const copy = clean([`Washington, DC [US], November 27: ${first}`, last]);
    expect(copy).toMatchObject({ place: 'Washington', date: 'November 27', agency: null, paragraphs: [first, last] });
  });

  it.each([
    ['London [UK], November 27 (ANI): ', 'London', 'ANI'],
    ['Dubai [UAE], November 27 (ANI/WAM): ', 'Dubai', 'ANI'],
  ])('reads "%s"', (dateline, place, agency) => {
    expect(clean([`${dateline}${first}`, last])).toMatchObject({ place, agency, paragraphs: [first, last] });
  });

  it('keeps a sentence that opens with a name and two capitals before a date', () => {
    const line = 'Smith, JR [Team], November 27: The roster was named.';
    expect(clean([line, last])).toMatchObject({ place: null, paragraphs: [line, last] });
  });
});

describe('APP\'s Urdu dateline without a date', () => {
  const urduFirst = 'صوبائی حکومت نے مارچ تک چالیس نئے مراکز صحت کھولنے کا اعلان کیا ہے۔';
  const urduLast = 'ہر مرکز میں دو ڈاکٹر ہوں گے۔';
  // Before: the place and the mark stayed at the head of the copy, neither read.
  it.each(['لاہور', 'کراچی'])('reads "%s (اے پی پی)"', (place) => {
    expect(clean([`${place} (اے پی پی) ${urduFirst}`, urduLast])).toMatchObject({ place, agency: 'APP', paragraphs: [urduFirst, urduLast] });
  });

  it('keeps a sentence that names the agency in brackets after words of its own', () => {
    const line = 'سرکاری خبر رساں ایجنسی (اے پی پی) نے بتایا کہ اجلاس جمعرات کو ہوگا۔';
    expect(clean([line, urduLast])).toMatchObject({ place: null, agency: null, paragraphs: [line, urduLast] });
  });
});

describe('BSS\'s Bangla sign-off ending in the time and the shift\'s letter, run into the last sentence', () => {
  const lead = 'ঢাকা, ২৭ নভেম্বর (বাসস) : সরকার মার্চের মধ্যে ৪০টি নতুন স্বাস্থ্যকেন্দ্র খুলবে।';
  const bnFirst = 'সরকার মার্চের মধ্যে ৪০টি নতুন স্বাস্থ্যকেন্দ্র খুলবে।';
  const bnLast = 'প্রতিটি কেন্দ্রে দুজন চিকিৎসক থাকবেন।';
  // Before: "বাসস/এএসজি/১৫৩০/ঘ." stayed on the last sentence (the shift's one letter and its full stop were read as no initials).
  it('drops "বাসস/এএসজি/১৫৩০/ঘ."', () => {
    expect(clean([lead, `${bnLast} বাসস/এএসজি/১৫৩০/ঘ.`]).paragraphs).toEqual([bnFirst, bnLast]);
  });

  it('keeps a sentence that ends in Bengali digits', () => {
    const line = 'কেন্দ্রের সংখ্যা এখন ১৫৩০';
    expect(clean([lead, bnLast, line]).paragraphs).toEqual([bnFirst, bnLast, line]);
  });
});

describe('PTI Bhasha\'s sign-off run into the last sentence without a danda', () => {
  const lead = 'नई दिल्ली, 27 नवंबर (भाषा) सरकार मार्च तक 40 नए स्वास्थ्य केंद्र खोलेगी।';
  const hiFirst = 'सरकार मार्च तक 40 नए स्वास्थ्य केंद्र खोलेगी।';
  // Before: "भाषा एबीसी डीईएफ" stayed on the last sentence.
  it.each(['भाषा एबीसी डीईएफ', 'भाषा अबक', 'भाषा अबक रंज सत'])('drops "%s"', (signOff) => {
    expect(clean([lead, `इन पर 20 करोड़ रुपये खर्च होंगे ${signOff}`]).paragraphs).toEqual([hiFirst, 'इन पर 20 करोड़ रुपये खर्च होंगे']);
  });

  it.each(['हम सबको गर्व है कि हिंदी हमारी भाषा', 'हम सबको गर्व है कि हिंदी हमारी भाषा है', 'यह भाषा सरल है'])('keeps "%s"', (line) => {
    expect(clean([lead, line]).paragraphs).toEqual([hiFirst, line]);
  });
});
