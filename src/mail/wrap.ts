/**
 * Plain-text parts wrapped for reading. Many text-mode readers (and every
 * quoted reply) show a line as it was sent, so a 220-character summary runs
 * off the screen. Lines are cut at spaces to at most `width` characters;
 * continuation lines keep the line's indent, and a list item's ("* ") text
 * hangs under its first word. A word is never cut: a URL longer than the
 * line stays whole so it can still be clicked, and it stays beside a label
 * ending in ":" ("Read more: https://…") rather than leaving the label alone.
 */
export function wrapText(text: string, width = 76): string {
  if (!text.split('\n').some((line) => line.length > width)) return text;
  return text
    .split('\n')
    .map((line) => (line.length > width ? wrapLine(line, width) : line))
    .join('\n');
}

const LEAD = /^ *(?:[*-] )?/;

function wrapLine(line: string, width: number): string {
  const lead = LEAD.exec(line)![0];
  const indent = ' '.repeat(lead.length);
  const words = line.slice(lead.length).split(' ').filter(Boolean);
  const out: string[] = [];
  let current = lead;
  let empty = true;
  for (const word of words) {
    const fits = current.length + 1 + word.length <= width;
    if (empty || fits || (isUrl(word) && current.endsWith(':'))) {
      current += (empty ? '' : ' ') + word;
    } else {
      out.push(current);
      current = indent + word;
    }
    empty = false;
  }
  out.push(current);
  return out.join('\n');
}

function isUrl(word: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(word);
}
