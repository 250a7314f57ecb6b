import { hash } from 'node:crypto';

/**
 * Short hashes that say "same story" exactly: the same canonical link, or the
 * same words in title and text once case, punctuation and spacing are set
 * aside (an outlet re-running agency copy unchanged).
 */

export function linkHash(link: string): string | null {
  return link ? sha1(link).slice(0, 20) : null;
}

/** `words` as storyWords() gives them: lower-cased letters and digits of title and text. */
export function contentHash(words: string[]): string {
  return sha1(words.join(' ')).slice(0, 20);
}

/** Of the raw entry as the feed gave it: unchanged means nothing to redo. */
export function rawFingerprint(parts: (string | null | undefined)[]): string {
  return sha1(parts.map((p) => p ?? '').join('\u0000')).slice(0, 16);
}

function sha1(s: string): string {
  return hash('sha1', s);
}
