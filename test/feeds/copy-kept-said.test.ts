import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input)).paragraphs;

/**
 * The last copy-loss hunts' leftovers (wire46, feeds55): copy that a chrome rule or a credit rule took whole. Each sentence
 * stands in a short story and must survive; the chrome and credits those rules were made for still go.
 */
describe('copy that reads like a tip line, a sponsor label or a bracketed credit', () => {
  it.each([
    'Have a tip? Call the police on 100, the commissioner said.',
    'Presented by Finance Minister Nirmala Sitharaman on Saturday.',
    'Supported by two tugs.',
    'Sponsored by the state — the fair drew record crowds.',
    '(Reporting by the council was delayed.)',
  ])('keeps %s', (sentence) => {
    const story = ['The budget session opened in New Delhi on Friday with a long debate.', sentence, 'The house will sit again on Monday.'];
    expect(clean(story)).toEqual(story);
  });

  it.each([
    'Have a tip? Email news@example.org',
    'Presented by Acme Bank',
    'Sponsored by the Acme Foundation',
    'SPONSORED BY ACME BANK',
    '(Reporting by Ruma Paul; Editing by Jane Doe)',
  ])('still drops %s', (line) => {
    const story = ['The budget session opened in New Delhi on Friday with a long debate.', 'The house will sit again on Monday.'];
    expect(clean([...story, line])).toEqual(story);
  });
});
