import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/cli/classify.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadModel } from '../../src/topics/model.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

const taxonomyFile = fileURLToPath(new URL('../../src/topics/taxonomy.yaml', import.meta.url));
const dev = readFileSync(fileURLToPath(new URL('../../../shared/labelled/dev.jsonl', import.meta.url)), 'utf8').trim().split('\n');

describe('wirebrief classify', () => {
  it('prints topics, scores and reasons for a story file (first line = headline)', async () => {
    const dir = tempDir('classify');
    const file = join(dir, 'story.txt');
    writeFileSync(file, 'India test-fires Agni-5 missile\nThe DRDO on Monday flight-tested the nuclear-capable Agni-5 missile off the Odisha coast, the MoD said.\n');
    const run = await runCli(['classify', file], {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^defence\s+\d\.\d{3}\s+.*agni/m);
    const json = await runCli(['classify', '--json', '--title', 'India test-fires Agni-5 missile', '-'], {}, 'The DRDO fired it.');
    expect(JSON.parse(json.stdout).topics[0]).toMatchObject({ id: 'defence' });
  });

  it('--jsonl scores a thousand labelled lines, one answer per line, in order', async () => {
    const lines = dev.slice(0, 1000);
    const run = await runCli(['classify', '--jsonl'], {}, lines.join('\n') + '\n');
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; topics: { id: string; score: number; reasons: string[] }[] });
    expect(out.map((o) => o.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(out.filter((o) => o.topics.length > 0).length).toBeGreaterThan(900);
    expect(Object.keys(out[0]!.topics[0]!).sort()).toEqual(['id', 'reasons', 'score']);
  });

  it('--jsonl skips a line that is not JSON or has no id with a message naming it, classifies the rest, and exits 2', async () => {
    const input = [
      '{"id":"a","title":"Sensex falls 500 points","text":""}',
      'not json',
      '{"id":7,"title":null,"text":"India beat Australia by five wickets in the third one-day international at Mohali, with Kohli unbeaten on 89."}',
      '{"title":"no id"}',
      '{"id":"d","title":"T20 WC: India beat Pakistan"}',
    ].join('\n');
    const run = await runCli(['classify', '--jsonl'], {}, input);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 2: not JSON');
    expect(run.stderr).toMatch(/line 4: id/);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; topics: { id: string }[] });
    // A story without a headline (or without a text) is still a story; its id comes back as given.
    expect(out.map((o) => o.id)).toEqual(['a', 7, 'd']);
    expect(out[1]!.topics.map((t) => t.id)).toContain('sport');
  });

  it('--jsonl reads a file that starts with a byte-order mark and has CRLF line ends, and the other names of headline and text', async () => {
    const input = [
      '\ufeff{"id":"bom","title":"Army test-fires Agni-Prime missile off Odisha coast","text":"The DRDO said the flight met all its objectives."}',
      '{"id":"alias","headline":"Army test-fires Agni-Prime missile off Odisha coast","body":"The DRDO said the flight met all its objectives."}',
      '{"id":"summary","headline":"Sensex falls 500 points","summary":"Markets fell as crude prices rose and the rupee weakened."}',
      // A CMS export's fields of other kinds beside the story's own are passed over, not a reason to skip it.
      '{"id":"cms","title":"Sensex falls 500 points","text":"Markets fell as crude prices rose.","content":{"rendered":"<p>x</p>"},"summary":null,"body":[1]}',
    ].join('\r\n');
    const run = await runCli(['classify', '--jsonl'], {}, `${input}\r\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; topics: { id: string; score: number }[] });
    expect(out.map((o) => o.id)).toEqual(['bom', 'alias', 'summary', 'cms']);
    expect(out[0]!.topics.map((t) => t.id)).toContain('defence');
    expect(out[1]!.topics).toEqual(out[0]!.topics);
    expect(out[2]!.topics.map((t) => t.id)).toContain('economy');
    expect(out[3]!.topics.map((t) => t.id)).toContain('economy');
    // An id JSON cannot hold exactly would come back as another number: refused, by line.
    const big = await runCli(['classify', '--jsonl'], {}, '{"id":12345678901234567890,"title":"Sensex falls"}\n');
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('line 1: id: a number this large loses digits in JSON: give it as a string');
  });

  it('exits 2 with a clear message for a file that is not there', async () => {
    const run = await runCli(['classify', '/nonexistent/story.txt'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file: /nonexistent/story.txt');
  });

  it('exits 2 naming the place of a mistake in a draft taxonomy', async () => {
    const dir = tempDir('classify-bad-taxonomy');
    const draft = join(dir, 'taxonomy.yaml');
    writeFileSync(draft, 'topics:\n  - id: Bad Id\n    label: x\n');
    const run = await runCli(['classify', '--taxonomy', draft, '-'], {}, 'A headline\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('topics.0.id: topic ids are lower-case words joined by hyphens');
  });

  it('reflects a term added to the taxonomy file, without a rebuild', async () => {
    const dir = tempDir('classify-taxonomy');
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Quixotron unveiled in Pune\nThe quixotron was shown to visitors on Monday.\n');
    const before = await runCli(['classify', '--json', '--taxonomy', taxonomyFile, story], {});
    expect((JSON.parse(before.stdout) as { topics: { id: string }[] }).topics.map((t) => t.id)).not.toContain('defence');
    const edited = readFileSync(taxonomyFile, 'utf8').replace(/(\n {4}lexicon:\n)/, '$1      quixotron: 5\n');
    const draft = join(dir, 'taxonomy.yaml');
    writeFileSync(draft, edited);
    const after = await runCli(['classify', '--json', '--taxonomy', draft, story], {});
    const defence = (JSON.parse(after.stdout) as { topics: { id: string; reasons: string[] }[] }).topics.find((t) => t.id === 'defence');
    expect(defence?.reasons).toContain('quixotron');
  });

  it('--jsonl answers each line while its input stays open, so a scorer can send a story and wait for its topics', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = classifyLines(createClassifier(loadTaxonomy(), loadModel()), input, output);
    const answers: string[] = [];
    output.on('data', (chunk: Buffer) => answers.push(...chunk.toString().trim().split('\n')));
    input.write('{"id":"q1","title":"Navy commissions a new frigate","text":"The warship joins the fleet."}\n');
    // A reader holding its answers until the input ends never answers here: waited for as any condition is, not 2 s.
    await waitFor(() => answers.length > 0, 'the answer to the first line while the input stays open');
    expect(JSON.parse(answers[0]!)).toMatchObject({ id: 'q1', topics: [{ id: 'defence' }] });
    input.end('{"id":"q2","title":"Central bank holds rates"}\n');
    expect(await done).toBe(0);
    expect(answers.map((a) => (JSON.parse(a) as { id: string }).id)).toEqual(['q1', 'q2']);
  });
});
