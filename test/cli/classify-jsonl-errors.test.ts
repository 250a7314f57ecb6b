import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** `wirebrief classify --jsonl`: each bad line is skipped with a message that says what is wrong with it. */
describe('classify --jsonl line errors', { timeout: 60_000 }, () => {
  it('names a fractional id as fractional, and a title or text that is not text as such', async () => {
    const input = [
      '{"id":1.5,"title":"Sensex falls"}',
      '{"id":12345678901234567890,"title":"Sensex falls"}',
      '{"id":"t","title":5}',
      '{"id":"x","text":{"rendered":"<p>x</p>"}}',
      '{"id":7,"title":"Sensex falls 500 points","text":"Markets fell as crude prices rose."}',
    ].join('\n');
    const run = await runCli(['classify', '--jsonl'], {}, `${input}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'wirebrief: line 1: id: a fractional number: give it as a string, or a whole number (want {"id", "title", "text"})',
      'wirebrief: line 2: id: a number this large loses digits in JSON: give it as a string (want {"id", "title", "text"})',
      'wirebrief: line 3: title: must be text (a JSON string) or null (want {"id", "title", "text"})',
      'wirebrief: line 4: text: must be text (a JSON string) or null (want {"id", "title", "text"})',
      'wirebrief: 4 lines skipped (see above)',
    ]);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([7]);
  });
});
