import { readdirSync, readFileSync } from 'node:fs';
import { decodeFeedBody } from '../src/feeds/charset.js';
import { parseFeed } from '../src/feeds/parse.js';
import { incomingItems } from '../src/feeds/poll.js';
import { createClassifier } from '../src/topics/classifier.js';
import { loadModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
const c = createClassifier(loadTaxonomy(), loadModel());
for (const f of readdirSync('/work/shared/feeds').filter((f) => f !== 'SOURCES.tsv')) {
  let p; try { p = await parseFeed(decodeFeedBody(readFileSync('/work/shared/feeds/' + f)).text); } catch { continue; }
  for (const it of incomingItems(p, 'https://x.example/' + f, Date.now())) { const d = it.draft(); if (!d) continue; const t = c(d); console.log(`${f.slice(0, 18).padEnd(18)} ${(t.map((x) => x.id + ':' + x.score.toFixed(2)).join(',') || '-').padEnd(34)} ${d.title.slice(0, 90)}`); }
}
