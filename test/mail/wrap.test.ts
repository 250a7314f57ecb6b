import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/mail/wrap.js';

describe('plain-text wrapping', () => {
  it('cuts long lines at spaces, keeping the indent and hanging list items under their text', () => {
    const text = [
      '* India and Italy discuss elevating industrial collaborations to deepen defence cooperation',
      '  India and Italy on Friday discussed key strategic defence priorities while agreeing to elevate industrial collaborations.',
      'short line',
    ].join('\n');
    expect(wrapText(text, 40)).toBe(
      [
        '* India and Italy discuss elevating',
        '  industrial collaborations to deepen',
        '  defence cooperation',
        '  India and Italy on Friday discussed',
        '  key strategic defence priorities while',
        '  agreeing to elevate industrial',
        '  collaborations.',
        'short line',
      ].join('\n'),
    );
  });

  it('never cuts a URL, and keeps it beside its label', () => {
    const url = 'https://news.google.com/__i/rss/rd/articles/CBMidGh0dHBzOi8vd3d3LmNubi5jb20vMjAyMi8wNy8yNy9wb2xpdGljcy9ncmluZXI?oc=5';
    expect(wrapText(`  Read more: ${url}`, 40)).toBe(`  Read more: ${url}`);
    expect(wrapText(`  See the schedule at ${url} before you go`, 40)).toBe(`  See the schedule at\n  ${url}\n  before you go`);
  });

  it('leaves text that fits as it is', () => {
    const text = 'wirebrief\n\n== Defence ==\n\n* Short\n';
    expect(wrapText(text)).toBe(text);
  });
});
