import { readFileSync } from 'node:fs';
import { createClassifier, type StoryText } from '../src/topics/classifier.js';
import { loadModel } from '../src/topics/model.js';
import { loadTaxonomy } from '../src/topics/taxonomy.js';
const dev = readFileSync('/work/shared/labelled/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; text: string });
const out: StoryText[] = []; let k = 0;
while (out.length < 200) { const title = dev[k % dev.length]!.title; const words: string[] = []; while (words.length < 600) words.push(...dev[k++ % dev.length]!.text.split(/\s+/)); out.push({ title, text: words.slice(0, 600).join(' ') }); }
const c = createClassifier(loadTaxonomy(), loadModel());
for (let i = 0; i < 2000; i++) c(out[i % 200]!);
const c0 = process.cpuUsage(); const N = Number(process.env.N ?? 100000);
for (let i = 0; i < N; i++) c(out[i % 200]!);
const u = process.cpuUsage(c0); console.log('us/story', ((u.user + u.system) / N).toFixed(2), 'rate', (N / ((u.user + u.system) / 1e6)).toFixed(0));
