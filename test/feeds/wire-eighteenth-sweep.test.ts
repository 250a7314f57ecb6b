import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { expectKeptAsFirstAndInside, expectKeptInsideCopy } from '../helpers/wire-lines.js';

/**
 * The eighteenth sweep: governments' press releases as their sites and feeds carry them, and agencies of the Gulf, Africa, Latin America
 * and East and Southeast Asia in their English copy. Each story and its chrome are our own invention, written for this test after how
 * these offices and services set their copy; read as a poll reads them (furniture, then the wire rules).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));

const first = 'The ministry on Friday signed a contract for 38 coastal radars.';
const last = 'The radars will be installed by 2028.';

describe('a release\'s end mark, "###"', () => {
  // Before: a "###" inside agency copy cut every paragraph under it.
  it('parts an agency story\'s sections, and the copy under it stays', () => {
    const copy = clean(['Mumbai, Nov 27 (PTI) The court heard the case on Friday.', '###', 'The hearing will resume on Monday.']);
    expect(copy).toMatchObject({ place: 'Mumbai', agency: 'PTI', paragraphs: ['The court heard the case on Friday.', '###', 'The hearing will resume on Monday.'] });
  });

  it('still ends a release, and the issuer\'s boilerplate under it goes', () => {
    expect(clean(['WASHINGTON, Nov. 27, 2026 — The Army awarded a contract on Friday.', last, '###', 'About the Army Contracting Command', 'The command buys for the Army.']).paragraphs).toEqual([
      'The Army awarded a contract on Friday.',
      last,
    ]);
  });

  it('still ends a release wire\'s copy', () => {
    const copy = clean(['MUMBAI, Nov. 27, 2026 /PRNewswire/ -- Acme Power opened a plant on Friday.', '###', 'Acme Power makes solar panels in six states.']);
    expect(copy).toMatchObject({ agency: 'PR Newswire', paragraphs: ['Acme Power opened a plant on Friday.'] });
  });

  it('ends agency copy when no sentence follows it', () => {
    expect(clean(['Mumbai, Nov 27 (PTI) The court heard the case on Friday.', '###', 'Media contacts']).paragraphs).toEqual(['The court heard the case on Friday.']);
  });
});

describe('the head of the UN\'s meetings coverage over the copy', () => {
  const copy = 'The Security Council today extended the mandate of the mission until 30 April 2027.';
  // Before: the organ and the meeting stayed over the copy.
  it.each([
    ['the Security Council\'s', ['SC/16215', '27 November 2026', 'Security Council', '9876th Meeting (AM)']],
    ['the General Assembly\'s, with its session', ['GA/12701', '27 November 2026', 'General Assembly', 'Eighty-first Session, 45th & 46th Meetings (AM & PM)']],
    ['a plenary meeting\'s', ['GA/12702', 'General Assembly', '47th Plenary Meeting (PM)']],
  ])('drops %s', (_what, head) => {
    expect(clean([...head, copy, 'For information media. Not an official record.']).paragraphs).toEqual([copy]);
  });

  it.each(['Security Council', '9876th Meeting (AM)'])('keeps "%s" inside the copy', (line) => {
    expect(clean([copy, line, 'The vote was 13 to none.']).paragraphs).toEqual([copy, line, 'The vote was 13 to none.']);
  });
});

describe('a government press office\'s chrome', () => {
  // Before: kept under the copy.
  it('drops GOV.UK\'s page history under the copy', () => {
    expect(clean([first, last, 'Updates to this page', 'Published 27 November 2026']).paragraphs).toEqual([first, last]);
  });

  it('drops a date in figures and a press team\'s credit over a statement (the EEAS\'s)', () => {
    expect(clean(['27.11.2026', 'EEAS Press Team', first, last]).paragraphs).toEqual([first, last]);
  });

  it('drops a spokesperson\'s contact under a statement: the name, the role and the number', () => {
    expect(clean([first, last, 'Peter Stano', 'Lead Spokesperson for Foreign Affairs and Security Policy', '+32 (0)460 75 45 53']).paragraphs).toEqual([first, last]);
  });

  it.each([
    ['GOV.UK\'s "News story"', ['News story', 'From: Foreign, Commonwealth & Development Office', 'Published 27 November 2026']],
    ['GOV.UK\'s "Speech"', ['Speech', 'From: Ministry of Defence and The Rt Hon John Healey MP']],
    ['the UN Secretary-General\'s statements\' head', ['SG/SM/23457', '27 November 2026', 'Secretary-General', 'Statements and Messages']],
  ])('drops %s over the copy', (_what, head) => {
    expect(clean([...head, first, last]).paragraphs).toEqual([first, last]);
  });

  it('drops an EU delegation\'s press team under its statement', () => {
    expect(clean([first, last, 'Press and information team of the Delegation to Sudan']).paragraphs).toEqual([first, last]);
  });

  it.each(['Speech', 'Secretary-General', 'Statements and Messages'])('keeps "%s" inside the copy', (line) => {
    expect(clean([first, line, last]).paragraphs).toEqual([first, line, last]);
  });

  it.each([
    ['a date in figures', 'Brussels, 27.11.2026'],
    ['a date in figures and the time', 'Brussels, 27/11/2026 – 10:05'],
  ])('reads the place over a statement or remarks, with %s (the EEAS\'s)', (_what, line) => {
    expect(clean([line, 'Check against delivery!', first, last])).toMatchObject({ place: 'Brussels', paragraphs: [first, last] });
  });

  it.each(['Check against delivery, the minister told aides before the speech.', 'Brussels, 27.11.2026 was the date on the letter, the court heard.'])('keeps "%s", a sentence of copy', (line) => {
    expectKeptAsFirstAndInside(line);
  });

  it('keeps a helpline\'s numbers listed in the copy', () => {
    const copy = ['The embassy has set up a helpline for stranded Indians.', 'Helpline numbers:', '+971 50 123 4567', '+971 4 397 1222'];
    expect(clean([`Dubai, Nov 27 (PTI) ${copy[0]}`, ...copy.slice(1)]).paragraphs).toEqual(copy);
  });

  it('keeps a spokesperson\'s role over more copy, and the name above it', () => {
    const copy = [first, 'Peter Stano', 'Lead Spokesperson for Foreign Affairs and Security Policy', 'He will brief the press on Monday.'];
    expect(clean(copy).paragraphs).toEqual(copy);
  });

  it('drops the UN Secretary-General\'s spokesman signing a statement, and reads its place and date', () => {
    const copy = clean(['The Secretary-General strongly condemns the attack on a convoy near Gao.', 'Stéphane Dujarric, Spokesman for the Secretary-General', 'New York, 27 November 2026']);
    expect(copy).toMatchObject({ place: 'New York', paragraphs: ['The Secretary-General strongly condemns the attack on a convoy near Gao.'] });
  });

  it('drops the EU Council\'s press office and its address under a release', () => {
    const foot = ['Press office - General Secretariat of the Council', 'Rue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319', 'press@consilium.europa.eu - www.consilium.europa.eu/press'];
    expect(clean([first, last, ...foot]).paragraphs).toEqual([first, last]);
  });

  it('drops the Pentagon\'s attribution and its "Release" label over a statement', () => {
    expect(clean(['Release', 'Nov. 27, 2026', 'The following statement is attributable to Pentagon Press Secretary John F. Kirby:', first, last]).paragraphs).toEqual([first, last]);
  });

  it('drops the Pentagon\'s "IMMEDIATE RELEASE" over a release', () => {
    expect(clean(['IMMEDIATE RELEASE', 'Nov. 27, 2026', first, last]).paragraphs).toEqual([first, last]);
  });

  it.each(['Release', 'IMMEDIATE RELEASE', 'For immediate release of the funds, the state must file its accounts, the ministry said.'])('keeps "%s" inside an agency\'s copy', (line) => {
    expectKeptInsideCopy(line);
  });

  it.each([
    'Updates to this page will follow once the inquiry reports, the department said.',
    'Call +32 2 281 6319 for tickets, the organisers said.',
    'Press office staff were told to stay home on Friday.',
    'Lead Spokesperson for Foreign Affairs and Security Policy Peter Stano said the EU was concerned.',
    'Stéphane Dujarric, Spokesman for the Secretary-General, said the UN was concerned.',
    'The following statement is attributable to no one, the memo said.',
  ])('keeps "%s", a sentence of copy', (line) => {
    expectKeptAsFirstAndInside(line);
  });
});

describe('agencies of the Gulf, Africa and Asia, their marks and ends', () => {
  // Before: TAP was no agency of the table.
  it('reads Tunis Afrique Presse\'s dateline', () => {
    expect(clean(['Tunis, Nov. 27 (TAP) - Olive oil exports rose 18 percent, the ministry said on Friday.'])).toMatchObject({
      place: 'Tunis',
      agency: 'TAP',
      paragraphs: ['Olive oil exports rose 18 percent, the ministry said on Friday.'],
    });
  });

  it.each(['TAP Air Portugal (TAP) said on Friday it would add flights to Goa.', 'TAP - the airline - will add flights to Goa, its chief said.'])('keeps "%s", the airline', (line) => {
    expectKeptAsFirstAndInside(line);
  });

  // Before: each stayed on the copy's last line.
  it('drops IRNA\'s desk code under its copy', () => {
    expect(clean(['Tehran, IRNA -- Iran and Iraq agreed on Friday to open a border market.', '3276**1424'])).toMatchObject({
      agency: 'IRNA',
      paragraphs: ['Iran and Iraq agreed on Friday to open a border market.'],
    });
  });

  it.each([
    ['ANSA\'s rights line', '(ANSA) - ROME, NOV 27 - The Senate passed the budget on Friday. ALL RIGHTS RESERVED © Copyright ANSA', 'ANSA'],
    ['an agency\'s rights with its year', 'Jakarta (ANTARA) - The Senate passed the budget on Friday. © 2026 ANTARA', 'Antara'],
    ['VNA\'s end mark', 'Hanoi (VNA) - The Senate passed the budget on Friday./.', 'VNA'],
  ])('drops %s run into the last sentence', (_what, line, agency) => {
    expect(clean([line])).toMatchObject({ agency, paragraphs: ['The Senate passed the budget on Friday.'] });
  });

  it('drops EFE\'s sign-off with its partner\'s mark and the desk\'s initials', () => {
    expect(clean(['Bogota, Nov 27 (EFE).- The central bank held its rate on Friday.', last, 'EFE-EPA', 'jgb/ac'])).toMatchObject({
      place: 'Bogota',
      agency: 'EFE',
      paragraphs: ['The central bank held its rate on Friday.', last],
    });
  });

  it('drops Viet Nam News\'s sign-off run into its last sentence, and reads it as the agency', () => {
    expect(clean(['HÀ NỘI — Exports rose 14 per cent in eleven months, the ministry said on Friday.', 'Electronics led the rise. — VNS'])).toMatchObject({
      place: 'HÀ NỘI',
      agency: 'VNS',
      paragraphs: ['Exports rose 14 per cent in eleven months, the ministry said on Friday.', 'Electronics led the rise.'],
    });
  });

  it('keeps "VNS" alone under another agency\'s copy, a line of its own', () => {
    expect(clean(['Hanoi (VNA) - Exports rose on Friday.', 'The new carriers are:', 'VNS']).paragraphs).toEqual(['Exports rose on Friday.', 'The new carriers are:', 'VNS']);
  });

  it('drops HT Syndication\'s note under the copy it carries', () => {
    const foot = ['Click here to read full article from source', 'To read the full article or to get the complete feed from this publication, please', 'Contact Us.'];
    expect(clean(['Hanoi, Nov. 27 -- Rice exports rose 12 percent this year, the ministry said on Friday.', last, ...foot]).paragraphs).toEqual([
      'Rice exports rose 12 percent this year, the ministry said on Friday.',
      last,
    ]);
  });

  it.each([
    'The code 3276**1424 was found on the wall, police said.',
    'The logo read © Copyright ANSA, the court heard.',
    'The path was /home/./. on the server, the engineer said.',
  ])('keeps "%s", copy of its own', (line) => {
    expectKeptInsideCopy(line);
  });

  it('keeps VNA\'s end mark inside the copy', () => {
    expect(clean(['Hanoi (VNA) - The Senate met./.', last]).paragraphs).toEqual(['The Senate met./.', last]);
  });
});
