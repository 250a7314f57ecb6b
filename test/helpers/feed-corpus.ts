import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/feeds, read in place: the real feed files and SOURCES.tsv, which says what each one is. */
export const feedCorpusDir = fileURLToPath(new URL('../../../shared/feeds/', import.meta.url));

export interface CorpusSource {
  file: string;
  format: string;
  encoding: string;
  wellFormed: boolean;
  /** How many items the file holds. */
  count: number;
}

export function readCorpusSources(): CorpusSource[] {
  return readFileSync(`${feedCorpusDir}SOURCES.tsv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file, format, encoding, wellFormed, count] = line.split('\t');
      return { file: file!, format: format!, encoding: encoding!, wellFormed: wellFormed === 'yes', count: Number(count) };
    });
}
