/**
 * Ingest throughput over the shared feed corpus (../shared/feeds, read in
 * place): decode + parse + normalise/clean + classify + dedup/cluster + store
 * in the real Redis (REDIS_URL, default 127.0.0.1:6379), under a private
 * prefix deleted at the end.
 *
 * Figures, each the median of several passes after a warm-up pass:
 * - cold: every pass into an empty store, so every entry is a new story
 *   (this is `stories_per_s` in the BENCH line);
 * - re-poll: the same documents again, unchanged, the common case of a poll
 *   without a 304 (entries recognised by fingerprint, not normalised or
 *   classified again);
 * - baselines, measured in the same run: the same work with one story per
 *   set of round trips instead of one feed (what pipelining per feed buys),
 *   and the walking skeleton's loop (normalise, classify, HSETNX then MULTI
 *   per story; no dedup beyond feed+guid, no clustering);
 * - parse only (decode + parse), for scale;
 * - the ceiling (perf51): rss-parser's own parseString alone, a stock
 *   `new Parser()` on the corpus's documents decoded beforehand, beside our
 *   parseFeed on the same decoded text. Whatever the rest of the pipeline
 *   costs, a cold pass cannot ingest more stories a second than this parses
 *   entries (on the 2-core machine of 2026-11-28: 4,180-4,319 entries per
 *   CPU-second at load ~5, fewer under load; the goal is 5,000 stories/s).
 *
 *   npm run bench -- ingest [--passes 5]
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { loadConfig } from '../src/config.js';
import type { Ctx } from '../src/context.js';
import { decodeFeedBody } from '../src/feeds/charset.js';
import { normaliseEntry } from '../src/feeds/normalise.js';
import { parseFeed } from '../src/feeds/parse.js';
import { incomingItems, ingestDocument } from '../src/feeds/poll.js';
import { createLogger } from '../src/log.js';
import { connectRedis } from '../src/redis.js';
import { ingestItems } from '../src/stories/ingest.js';
import { saveStory, storyIdFor } from '../src/stories/store.js';
import { createClassifier, type Classifier } from '../src/topics/classifier.js';
import { loadModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';

const passesArg = process.argv.indexOf('--passes');
/** Documents a worker ingests at once: WORKER_CONCURRENCY's default. */
const IN_FLIGHT = 4;
const PASSES = passesArg > 0 ? Number(process.argv[passesArg + 1]) : 5;
const corpusDir = fileURLToPath(new URL('../../shared/feeds/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f !== 'SOURCES.tsv')
  .sort()
  .map((file) => ({ file, body: readFileSync(`${corpusDir}${file}`), url: `https://feeds.bench.example/${file}` }));
/** The same documents decoded once, for the parsers alone (the ceiling). */
const decoded = corpus.map((doc) => decodeFeedBody(doc.body, null).text);
/** rss-parser as its README sets it up, with none of our options or hooks. */
const stockRssParser = new Parser();
// The classifier the service runs (src/service.ts): taxonomy and trained model.
const classify = createClassifier(loadTaxonomy(), loadModel());
const redis = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'client');
const root = `wbbench:ingest:${randomBytes(4).toString('hex')}`;
const fetchedAt = Date.parse('2026-02-27T12:00:00Z');
let store = 0;

function freshCtx(): Ctx {
  const config = loadConfig({ WIREBRIEF_PREFIX: `${root}:${store++}`, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  return { config: { ...config, secret: 'bench-secret-0123456789abcdef0123456789' }, redis, log: createLogger('silent'), now: () => fetchedAt };
}

interface Pass {
  ms: number;
  /** CPU time of this process (user + system): on a machine shared with other work, steadier than the clock. */
  cpuMs: number;
  stories: number;
  entries: number;
}

function timer(): () => { ms: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
}

/** The pipeline pollFeed runs after the fetch, document by document. */
function ingestCorpus(ctx: Ctx): Promise<Pass> {
  return ingestCorpusInFlight(ctx, 1);
}

/** The corpus, `inFlight` documents at a time (more than one: as a worker polling several feeds at once runs them). */
async function ingestCorpusInFlight(ctx: Ctx, inFlight: number): Promise<Pass> {
  const done = timer();
  let stories = 0;
  let entries = 0;
  let next = 0;
  const lane = async () => {
    while (next < corpus.length) {
      const doc = corpus[next++]!;
      try {
        const { parsed, result } = await ingestDocument(ctx, classify, { id: doc.file.slice(0, 24), url: doc.url, title: null }, { body: doc.body, contentType: null, url: doc.url }, fetchedAt);
        stories += result.added;
        entries += parsed.entries.length;
      } catch {
        // Broken files of the corpus fail as they do in a poll; their time still counts.
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return { ...done(), stories, entries };
}

/** The corpus parsed document by document, leaving out the files that do not parse (as a poll would). */
async function* parsedCorpus() {
  for (const doc of corpus) {
    let parsed;
    try {
      parsed = await parseFeed(decodeFeedBody(doc.body, null).text);
    } catch {
      continue;
    }
    yield { doc, parsed };
  }
}

/** The same pipeline fed one entry at a time: every story pays its own round trips. */
async function ingestUnbatched(ctx: Ctx): Promise<Pass> {
  const done = timer();
  let stories = 0;
  let entries = 0;
  for await (const { doc, parsed } of parsedCorpus()) {
    const feed = { id: doc.file.slice(0, 24), url: doc.url, source: parsed.title ?? doc.file };
    for (const item of incomingItems(parsed, doc.url, fetchedAt)) {
      entries++;
      stories += (await ingestItems(ctx, classify, feed, [item], fetchedAt)).added;
    }
  }
  return { ...done(), stories, entries };
}

/** The walking skeleton's loop: every entry normalised and classified, one Redis round trip or two per story. */
async function ingestOneByOne(ctx: Ctx, classifier: Classifier): Promise<Pass> {
  const done = timer();
  let stories = 0;
  let entries = 0;
  for await (const { doc, parsed } of parsedCorpus()) {
    const feedId = doc.file.slice(0, 24);
    for (const entry of parsed.entries) {
      entries++;
      const draft = normaliseEntry(entry, { feedUrl: doc.url, feed: parsed, fetchedAt });
      if (!draft) continue;
      const id = storyIdFor(feedId, draft.guid);
      const topics = classifier(draft).map(({ id: topic, score, reasons }) => ({ id: topic, score, reasons }));
      const source = parsed.title ?? doc.file;
      const outcome = await saveStory(ctx, { ...draft, id, feedId, feed: doc.url, seenAt: fetchedAt, source, topics, cluster: id, sources: [source] });
      if (outcome === 'new') stories++;
    }
  }
  return { ...done(), stories, entries };
}

async function parseOnly(): Promise<Pass> {
  const done = timer();
  let entries = 0;
  for await (const { parsed } of parsedCorpus()) entries += parsed.entries.length;
  return { ...done(), stories: 0, entries };
}

/**
 * A parser alone over the decoded corpus, `count` giving the entries it read of a document: a document it refuses counts
 * none, its time still counts (rss-parser refuses some documents parseFeed reads).
 */
async function parserAlone(count: (text: string) => Promise<number>): Promise<Pass> {
  const done = timer();
  let entries = 0;
  for (const text of decoded) {
    try {
      entries += await count(text);
    } catch {
      // Refused, as a poll would fail it.
    }
  }
  return { ...done(), stories: 0, entries };
}

/** rss-parser's parseString alone: the ceiling. */
const rssParserOnly = () => parserAlone(async (text) => (await stockRssParser.parseString(text)).items.length);
/** Our parseFeed alone on the same text (rss-parser and what we do around it). */
const parseFeedOnly = () => parserAlone(async (text) => (await parseFeed(text)).entries.length);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rate = (count: number, ms: number) => (count / ms) * 1000;

async function deleteAll(): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${root}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

async function main(): Promise<void> {
  const bytes = corpus.reduce((n, d) => n + d.body.length, 0);
  console.log(`corpus: ${corpus.length} files, ${(bytes / 1024).toFixed(0)} KB, from ${corpusDir}`);
  try {
    // Warm-up: JIT, regex caches, Redis connection.
    await ingestCorpus(freshCtx());
    await ingestCorpusInFlight(freshCtx(), IN_FLIGHT);
    await ingestOneByOne(freshCtx(), classify);
    await ingestUnbatched(freshCtx());
    await parseOnly();
    await rssParserOnly();
    await parseFeedOnly();

    const cold: Pass[] = [];
    const concurrent: Pass[] = [];
    const warm: Pass[] = [];
    const baseline: Pass[] = [];
    const unbatched: Pass[] = [];
    const parse: Pass[] = [];
    const rssAlone: Pass[] = [];
    const parseFeedAlone: Pass[] = [];
    for (let i = 0; i < PASSES; i++) {
      const ctx = freshCtx();
      cold.push(await ingestCorpus(ctx));
      warm.push(await ingestCorpus(ctx));
      concurrent.push(await ingestCorpusInFlight(freshCtx(), IN_FLIGHT));
      baseline.push(await ingestOneByOne(freshCtx(), classify));
      unbatched.push(await ingestUnbatched(freshCtx()));
      parse.push(await parseOnly());
      rssAlone.push(await rssParserOnly());
      parseFeedAlone.push(await parseFeedOnly());
      await deleteAll();
    }
    const storiesPerPass = cold[0]!.stories;
    const entriesPerPass = cold[0]!.entries;
    const coldRate = median(cold.map((p) => rate(p.stories, p.ms)));
    const concurrentRate = median(concurrent.map((p) => rate(p.stories, p.ms)));
    const concurrentCpuRate = median(concurrent.map((p) => rate(p.stories, p.cpuMs)));
    const warmRate = median(warm.map((p) => rate(p.entries, p.ms)));
    const baseRate = median(baseline.map((p) => rate(p.stories, p.ms)));
    const unbatchedRate = median(unbatched.map((p) => rate(p.stories, p.ms)));
    const parseRate = median(parse.map((p) => rate(p.entries, p.ms)));
    const rssRate = median(rssAlone.map((p) => rate(p.entries, p.ms)));
    const rssCpuRate = median(rssAlone.map((p) => rate(p.entries, p.cpuMs)));
    const parseFeedCpuRate = median(parseFeedAlone.map((p) => rate(p.entries, p.cpuMs)));
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const coldCpuRate = median(cold.map((p) => rate(p.stories, p.cpuMs)));
    const baseCpuRate = median(baseline.map((p) => rate(p.stories, p.cpuMs)));
    const warmCpuRate = median(warm.map((p) => rate(p.entries, p.cpuMs)));
    const load = loadavg()[0]!;

    console.log(`entries per pass: ${entriesPerPass}; new stories per cold pass: ${storiesPerPass} (the rest: empty entries and exact duplicates)`);
    console.log(`passes: ${PASSES} (median)`);
    console.log(`cold ingest (parse+clean+classify+dedup+cluster+store): ${coldRate.toFixed(0)} stories/s  (${median(cold.map((p) => p.ms)).toFixed(0)} ms a pass)`);
    console.log(`cold, ${IN_FLIGHT} documents in flight (a worker's jobs):   ${concurrentRate.toFixed(0)} stories/s  (${median(concurrent.map((p) => p.ms)).toFixed(0)} ms a pass, ${concurrentCpuRate.toFixed(0)} per CPU second)`);
    console.log(`re-poll of unchanged documents:                        ${warmRate.toFixed(0)} entries/s  (${median(warm.map((p) => p.ms)).toFixed(0)} ms a pass)`);
    console.log(`same work, round trips per story, not per feed:        ${unbatchedRate.toFixed(0)} stories/s  (${median(unbatched.map((p) => p.ms)).toFixed(0)} ms a pass)`);
    console.log(`skeleton loop (no dedup/clustering, per-story writes): ${baseRate.toFixed(0)} stories/s  (${median(baseline.map((p) => p.ms)).toFixed(0)} ms a pass)`);
    console.log(`parse only (decode+parse):                             ${parseRate.toFixed(0)} entries/s`);
    console.log(`ceiling, rss-parser's parseString alone (decoded):   ${rssRate.toFixed(0)} entries/s  (${rssCpuRate.toFixed(0)} per CPU second, ${rssAlone[0]!.entries} entries; our parseFeed on the same text: ${parseFeedCpuRate.toFixed(0)} per CPU second, ${parseFeedAlone[0]!.entries} entries)`);
    console.log(`per CPU second of this process: cold ${coldCpuRate.toFixed(0)} stories, re-poll ${warmCpuRate.toFixed(0)} entries, skeleton loop ${baseCpuRate.toFixed(0)} stories (load average ${load.toFixed(1)} on ${cpus().length} cores)`);
    console.log(`cold vs per-story round trips: ×${(coldRate / unbatchedRate).toFixed(2)};  cold vs skeleton loop: ×${(coldRate / baseRate).toFixed(2)};  re-poll vs skeleton loop: ×${(warmRate / baseRate).toFixed(2)};  cold vs parse only: ${((coldRate / parseRate) * 100).toFixed(0)}%`);
    console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
    console.log(
      `BENCH ${JSON.stringify({
        name: 'ingest',
        stories_per_s: Math.round(coldRate),
        peak_rss_mb: Math.round(peakRssMb),
        stories_per_s_in_flight: Math.round(concurrentRate),
        in_flight: IN_FLIGHT,
        repoll_entries_per_s: Math.round(warmRate),
        unbatched_stories_per_s: Math.round(unbatchedRate),
        speedup_vs_unbatched: Number((coldRate / unbatchedRate).toFixed(2)),
        skeleton_stories_per_s: Math.round(baseRate),
        speedup_vs_skeleton: Number((coldRate / baseRate).toFixed(2)),
        parse_only_entries_per_s: Math.round(parseRate),
        cold_stories_per_cpu_s: Math.round(coldCpuRate),
        rss_parser_entries_per_s: Math.round(rssRate),
        rss_parser_entries_per_cpu_s: Math.round(rssCpuRate),
        parse_feed_entries_per_cpu_s: Math.round(parseFeedCpuRate),
        cold_vs_rss_parser: Number((coldCpuRate / rssCpuRate).toFixed(2)),
        skeleton_stories_per_cpu_s: Math.round(baseCpuRate),
        load_average: Number(load.toFixed(1)),
        stories_per_pass: storiesPerPass,
        passes: PASSES,
      })}`,
    );
  } finally {
    await deleteAll();
    await redis.quit();
  }
}

await main();
