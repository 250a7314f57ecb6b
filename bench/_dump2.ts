import { readdirSync, readFileSync } from 'node:fs';
import { decodeFeedBody } from '../src/feeds/charset.js';
import { parseFeed } from '../src/feeds/parse.js';
import { incomingItems } from '../src/feeds/poll.js';
import { createClassifier } from '../src/topics/classifier.js';
import { loadModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
const c = createClassifier(loadTaxonomy(), loadModel());
const fmt = (t: { id: string; score: number }[]) => t.map((x) => x.id + ':' + x.score.toFixed(2)).join(',') || '-';
for (const f of readdirSync('/work/shared/feeds').filter((f) => f !== 'SOURCES.tsv')) {
  let p; try { p = await parseFeed(decodeFeedBody(readFileSync('/work/shared/feeds/' + f)).text); } catch { continue; }
  for (const it of incomingItems(p, 'https://x.example/' + f, Date.now())) { const d = it.draft(); if (!d || !d.categories?.length) continue;
    const a = fmt(c(d)); const b = fmt(c({ title: d.title, text: `${d.categories.join(', ')}.\n\n${d.text}` }));
    if (a !== b) console.log(`${f.slice(0, 14).padEnd(14)} ${a.padEnd(30)} => ${b.padEnd(30)} ${d.title.slice(0, 50)} [${d.categories.join('|').slice(0, 60)}]`); }
}
