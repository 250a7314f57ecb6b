import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * The twenty-sixth sweep: the leftovers the twenty-fifth named. Each story is written for this test after how AP's copy reads
 * in the AG News archive.
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input));
const second = 'The team plays again on Sunday.';

describe('US places and states in AP datelines run into the copy', () => {
  // Before: the gazetteer knew neither the city nor the state written out, and the dateline stayed at the copy's start.
  it.each([
    ['ST. LOUIS, Missouri ', 'ST. LOUIS'],
    ['FORT WORTH, Texas ', 'FORT WORTH'],
    ['JACKSONVILLE, Florida ', 'JACKSONVILLE'],
    ['FOXBORO, Massachusetts ', 'FOXBORO'],
    // AP's abbreviation of the state, full stop and all.
    ['SPRINGFIELD, Ill. ', 'SPRINGFIELD'],
    ['ANAHEIM, Calif. ', 'ANAHEIM'],
    ['EAST RUTHERFORD, N.J. ', 'EAST RUTHERFORD'],
  ])('%s', (dateline, place) => {
    const lead = 'All of the wounds in this city healed with just one touch.';
    const copy = clean([`${dateline}${lead}`, second]);
    expect(copy.paragraphs).toEqual([lead, second]);
    expect(copy.place).toBe(place);
  });

  it('reads an Iraqi city AP files from under a staff dateline', () => {
    const copy = clean(['FALLUJAH: US troops surged into the heart of the city on Tuesday.', second]);
    expect(copy.place).toBe('FALLUJAH');
  });

  // A state alone is never a place: a round-up's or a headline's label stays.
  it.each([
    'TEXAS, Florida And Ohio Decide The Race',
    'MISSOURI Voters Back The Measure',
    'Texas: The governor signed the bill on Monday.',
    // Without its full stop an abbreviation is a word.
    'PARIS, Miss France Wins The Crown',
  ])('%s stays whole', (line) => {
    const copy = clean([line, second]);
    expect(copy.paragraphs[0]).toBe(line);
    expect(copy.place).toBeNull();
  });
});

describe("a round-up's heading", () => {
  const gulf = ['Kuwait: The oil ministry said output would rise next month.', 'Qatar: The emir met the visiting prime minister.', 'Oman: The central bank kept rates unchanged.'];
  // Before: the heading stayed as the copy's first paragraph.
  it.each(['Gulf round-up', 'World Roundup', 'NEWS ROUND-UP:', 'Middle East Round-Up'])('%s goes, every label stays', (heading) => {
    const copy = clean([heading, ...gulf]);
    expect(copy.paragraphs).toEqual(gulf);
    expect(copy.place).toBeNull();
  });

  // A sentence or a headline that speaks of a round-up is copy.
  it.each([
    'Police round-up of migrants draws criticism',
    'It was the biggest round-up in years.',
    'The cattle were brought in for the annual round-up, the ranchers said.',
  ])('%s stays', (line) => {
    expect(clean([line, second]).paragraphs).toEqual([line, second]);
  });
});

describe("AP's ___ between a round-up's datelined sections", () => {
  const lead = 'BEIRUT (AP) — Israeli strikes hit southern Lebanon on Wednesday, the state news agency said.';
  const section = ["JERUSALEM — Israel's military said it struck the group's targets overnight.", 'It gave no figures.'];
  // Before: the ___ ended the copy and the Jerusalem section went with the footer.
  it('goes on under a section that opens on its own dateline, which stays', () => {
    const copy = clean([lead, 'Several buildings were destroyed.', '___', ...section, '___', 'Associated Press writer Bassem Mroue in Beirut contributed to this report.']);
    expect(copy.paragraphs).toEqual(['Israeli strikes hit southern Lebanon on Wednesday, the state news agency said.', 'Several buildings were destroyed.', ...section]);
    expect([copy.place, copy.agency]).toEqual(['BEIRUT', 'AP']);
  });

  // Sentences with no dateline under it are AP's footer: they still go.
  it.each([
    ["AP's climate and environmental coverage receives financial support from multiple private foundations. AP is solely responsible for all content."],
    ['Associated Press writer Bassem Mroue in Beirut contributed to this report.'],
    ['The talks resume in Cairo on Monday, officials said.', 'Both sides have sent delegations.'],
  ])('%j goes', (...footer) => {
    expect(clean([lead, '___', ...footer]).paragraphs).toEqual(['Israeli strikes hit southern Lebanon on Wednesday, the state news agency said.']);
  });
});
