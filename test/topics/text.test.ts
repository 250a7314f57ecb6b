import { describe, expect, it } from 'vitest';
import { BREAK, words } from '../../src/topics/text.js';

describe('words', () => {
  it('lower-cases, folds American spellings and wire shorthand', () => {
    expect(words('Defense Ministry raises GDP forecast to 7.4 pc')).toEqual(['defence', 'ministry', 'raises', 'gdp', 'forecast', 'to', '#', 'percent']);
    expect(words('up 5 per cent, or 5%')).toEqual(['up', '#', 'percent', BREAK, 'or', '#', 'percent']);
  });

  it('drops possessives and agency tags, splits hyphens, keeps abbreviations whole', () => {
    expect(words("India's Army test-fired a missile (AP)")).toEqual(['india', 'army', 'test', 'fired', 'a', 'missile']);
    expect(words('U.S. troops arrived')).toEqual(['us', 'troops', 'arrived']);
    expect(words('Rs 1,200 crore')).toEqual(['rs', '#', 'crore']);
  });

  it('marks where sentences and clauses end, so phrases do not run across them', () => {
    expect(words('He fired a missile. Defence officials said: "no"')).toEqual(['he', 'fired', 'a', 'missile', BREAK, 'defence', 'officials', 'said', BREAK, 'no']);
    expect(words('Rome - India')).toEqual(['rome', BREAK, 'india']);
  });

  it('reads letters beyond ASCII and returns nothing for no words', () => {
    expect(words('Café Zürich')).toEqual(['café', 'zürich']);
    expect(words(' ... ')).toEqual([]);
  });
});

describe('words in brackets', () => {
  it('keeps a bracketed name together but breaks around an aside', () => {
    expect(words('JD(U) leader (in Patna) said')).toEqual(['jd', 'u', BREAK, 'leader', BREAK, 'in', 'patna', BREAK, 'said']);
  });
});
