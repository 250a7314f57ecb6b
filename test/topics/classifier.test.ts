import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier, readsAsEnglish, type StoryText } from '../../src/topics/classifier.js';
import { storyWords, termCounts, termValue } from '../../src/topics/features.js';
import { compileLexicon, lexiconValue, matchLexicon } from '../../src/topics/lexicon.js';
import { loadModel, modelSchema, type TopicModel } from '../../src/topics/model.js';
import { loadTaxonomy, type Taxonomy } from '../../src/topics/taxonomy.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const taxonomy = loadTaxonomy();
const model = loadModel();
const classify = createClassifier(taxonomy, model);

/** A copy of the taxonomy with some topics changed, as an operator would edit the file. */
function edited(change: (topics: Taxonomy['topics']) => Taxonomy['topics']): Taxonomy {
  const topics = change(taxonomy.topics.map((t) => ({ ...t, lexicon: { ...t.lexicon } })));
  return { topics, ids: topics.map((t) => t.id), byId: new Map(topics.map((t) => [t.id, t])) };
}

describe('taxonomy', () => {
  it('has every topic id the labelled data uses, each with IPTC codes and a lexicon', () => {
    expect(taxonomy.ids).toEqual(
      expect.arrayContaining(['defence', 'diplomacy', 'politics', 'economy', 'conflict', 'crime-law', 'disaster', 'health', 'science-tech', 'environment', 'society', 'sport', 'culture-entertainment']),
    );
    for (const t of taxonomy.topics) {
      expect(t.iptc.length, t.id).toBeGreaterThan(0);
      expect(Object.keys(t.lexicon).length, t.id).toBeGreaterThan(20);
    }
  });
});

describe('classifier', () => {
  const seedLines = fixture('expected-topics.tsv').trim().split('\n').slice(1);

  it.each(seedLines.map((line) => line.split('\t') as [string, string]))('gives "%s" at least %s', (title, expected) => {
    const got = classify({ title, text: '' }).map((t) => t.id);
    expect(got).toEqual(expect.arrayContaining(expected.split(',')));
  });

  it('gives the seed story defence and diplomacy, not sport, with scores and reasons, best first', () => {
    const page = fixture('ians-india-italy-defence.txt');
    const article = page.slice(page.indexOf('Rome, Feb 27'), page.indexOf('--IANS'));
    const topics = classify({ title: 'India and Italy discuss elevating industrial collaborations to deepen defence cooperation', text: article });
    const ids = topics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(ids).not.toContain('sport');
    for (const t of topics) {
      expect(t.score).toBeGreaterThanOrEqual(0.5);
      expect(t.score).toBeLessThanOrEqual(1);
      expect(t.reasons.length).toBeGreaterThan(0);
    }
    expect(topics.find((t) => t.id === 'defence')!.reasons.some((r) => r.includes('defence'))).toBe(true);
    expect([...topics].sort((a, b) => b.score - a.score)).toEqual(topics);
  });

  it('reads Indian wire style: a missile test by the DRDO is defence', () => {
    const topics = classify({ title: 'DRDO flight-tests Pralay missile', text: 'Balasore, Jan 7 (IANS) The DRDO on Tuesday flight-tested the Pralay quasi-ballistic missile from Dr APJ Abdul Kalam Island, the MoD said.' });
    expect(topics[0]?.id).toBe('defence');
    expect(topics[0]?.reasons).toEqual(expect.arrayContaining(['drdo']));
  });

  it('is pure: the same story gives the same answer, and an empty one no crash', () => {
    const story = { title: 'Sensex falls 500 points as FPIs sell', text: 'Mumbai, Oct 3 (PTI) The BSE Sensex fell 500 points.' };
    expect(classify(story)).toEqual(classify(story));
    expect(classify(story)[0]?.id).toBe('economy');
    expect(Array.isArray(classify({ title: '', text: '' }))).toBe(true);
  });

  it('keeps nothing of one story in the next: stories in turn get what each gets from a fresh classifier', () => {
    // The scorer reuses its counts, sums and reason lists story after story; every topic is given
    // (min_score near 0) so every topic's reasons are worked out, a lexicon-only topic's too.
    const everyTopic = () =>
      createClassifier(
        edited((topics) => [...topics, { id: 'weather', label: 'Weather', description: '', iptc: ['17000000'], threshold: 3, lexicon: { monsoon: 2, rainfall: 2, 'heavy rain': 3 } }].map((t) => ({ ...t, min_score: 1e-9 }))),
        { ...model, exclusive: [] },
      );
    const stories = [
      ...readFileSync(fileURLToPath(new URL('../../../shared/labelled/dev.jsonl', import.meta.url)), 'utf8')
        .trim()
        .split('\n')
        .slice(0, 6)
        .map((l) => JSON.parse(l) as { title: string; text: string }),
      { title: 'Monsoon rainfall: heavy rain lashes Kerala, IMD says', text: 'Thiruvananthapuram, June 2 (PTI) Heavy rain and rainfall warnings as the monsoon sets in.' },
      { title: 'DRDO test-fires Agni missile', text: 'The Defence Ministry said the missile test by DRDO met all objectives. Defence Minister Rajnath Singh congratulated DRDO.' },
      { title: '', text: '' },
      { title: 'İSTANBUL ΣΟΦΙΑ नई दिल्ली', text: 'x'.repeat(5000) },
    ];
    const fresh = stories.map((story) => everyTopic()(story));
    const shared = everyTopic();
    for (const k of [...stories.keys(), ...[...stories.keys()].reverse(), 7, 1, 7, 6, 8, 6]) expect(shared(stories[k]!), `story ${k}`).toEqual(fresh[k]);
  });

  it('scores as the model file says: the fast path agrees with a plain reading of model.json', () => {
    // Every topic, none held back by an exclusive pair, so each score can be compared.
    const all = createClassifier(edited((topics) => topics.map((t) => ({ ...t, min_score: 1e-9 }))), { ...model, exclusive: [] });
    const stories = readFileSync(fileURLToPath(new URL('../../../shared/labelled/dev.jsonl', import.meta.url)), 'utf8')
      .trim()
      .split('\n')
      .slice(0, 150)
      .map((l) => JSON.parse(l) as { title: string; text: string });
    // A topic no word of the story counted for is not given (issue 4), whatever its score: compare those given.
    let compared = 0;
    for (const story of stories) {
      const got = all(story);
      const want = referenceScores(model, taxonomy, story);
      for (const t of got) expect(t.score, `${t.id}: ${story.title}`).toBeCloseTo(want[t.id]!, 2);
      compared += got.length;
    }
    expect(compared).toBeGreaterThan(stories.length * 5);
  });

  it('never names the halves of a contraction ("doesn", "t") as a reason', () => {
    const stubs = new Set(['t', 's', 'd', 'm', 'll', 're', 've', 'doesn', 'didn', 'isn', 'wasn', 'won', 'don', 'aren', 'couldn', 'wouldn']);
    const stories = readFileSync(fileURLToPath(new URL('../../../shared/labelled/dev.jsonl', import.meta.url)), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { title: string; text: string })
      .filter((s) => /n['’]t\b/.test(s.title + s.text));
    expect(stories.length).toBeGreaterThan(20);
    const reasons = stories.flatMap((s) => classify(s).flatMap((t) => t.reasons));
    expect(reasons.length).toBeGreaterThan(stories.length);
    expect(reasons.filter((r) => r.split(' ').every((w) => stubs.has(w)))).toEqual([]);
  });

  it('lets evidence against a topic move that topic only', () => {
    // Through the other topics' (mostly negative) weights on sport's lexicon evidence, a term against
    // sport once lifted society, economy and politics ("Monsoon season: …" got economy and society).
    const story = { title: 'Zorblax season: hospitals in Kochi stock up on medicines', text: '' };
    const scores = (against: number) => {
      const tx = edited((topics) => topics.map((t) => ({ ...t, min_score: 1e-9, lexicon: t.id === 'sport' && against ? { ...t.lexicon, 'zorblax season': against } : t.lexicon })));
      return Object.fromEntries(createClassifier(tx, { ...model, exclusive: [] })(story).map((t) => [t.id, t.score]));
    };
    const before = scores(0);
    const after = scores(-4);
    expect(after.sport).toBeLessThan(before.sport!);
    for (const id of taxonomy.ids) if (id !== 'sport') expect(after[id], id).toBe(before[id]);
  });

  it('reflects a term an operator adds to a topic, at once', () => {
    const story = { title: 'Zorblax unveiled at the expo', text: 'The zorblax was shown to visitors on Monday.' };
    expect(classify(story).map((t) => t.id)).not.toContain('defence');
    const withTerm = createClassifier(edited((topics) => topics.map((t) => (t.id === 'defence' ? { ...t, lexicon: { ...t.lexicon, zorblax: 4 } } : t))), model);
    const defence = withTerm(story).find((t) => t.id === 'defence');
    expect(defence?.reasons).toContain('zorblax');
  });

  it('gives a topic the model does not know from its lexicon and threshold', () => {
    const withWeather = createClassifier(
      edited((topics) => [...topics, { id: 'weather', label: 'Weather', description: '', iptc: ['17000000'], threshold: 3, lexicon: { monsoon: 2, rainfall: 2 } }]),
      model,
    );
    const got = withWeather({ title: 'Monsoon reaches Kerala', text: 'Heavy rainfall lashed the coast.' });
    expect(got.find((t) => t.id === 'weather')?.reasons).toEqual(['monsoon', 'rainfall']);
    expect(withWeather({ title: 'Forecast for the week', text: 'Some rainfall is expected.' }).map((t) => t.id)).not.toContain('weather'); // 2 points < 3
  });

  it('never falls back to a topic only the lexicon knows', () => {
    // 2 points against a threshold of 2.5 score 0.38, above the fallback floor and every model topic here:
    // the floor was chosen on the model's scores, so the fallback still leaves the new topic out.
    const withWeather = createClassifier(
      edited((topics) => [...topics, { id: 'weather', label: 'Weather', description: '', iptc: ['17000000'], threshold: 2.5, lexicon: { rainfall: 2 } }]),
      model,
    );
    expect(withWeather({ title: 'Forecast for the week', text: 'Some rainfall is expected.' }).map((t) => t.id)).not.toContain('weather');
  });

  it('lets min_score raise a topic above the trained cut-off', () => {
    const story = { title: 'Canadian PM Carney begins first official visit to India', text: '' };
    const score = classify(story).find((t) => t.id === 'diplomacy')!.score; // rounded: the raw score is below score + 0.0005
    expect(score).toBeLessThan(1);
    const strict = createClassifier(edited((topics) => topics.map((t) => (t.id === 'diplomacy' ? { ...t, min_score: Math.min(0.999999, score + 0.001) } : t))), model);
    expect(strict(story).map((t) => t.id)).not.toContain('diplomacy');
  });

  it('gives only the stronger of two topics the labelled stories never carry together', () => {
    expect(model.exclusive.length).toBeGreaterThan(0);
    const [a, b] = model.exclusive[0]!;
    const both = createClassifier(edited((topics) => topics.map((t) => ({ ...t, min_score: 1e-9 }))), model);
    // A story with reasons for both topics of the first pair (defence, environment): a topic is given only with one.
    const story = { title: 'Navy warship joins oil spill cleanup as pollution hits coast', text: '' };
    const got = both(story).map((t) => t.id);
    expect(got.includes(a) && got.includes(b)).toBe(false);
    const unpaired = createClassifier(edited((topics) => topics.map((t) => ({ ...t, min_score: 1e-9 }))), { ...model, exclusive: [] });
    expect(unpaired(story).map((t) => t.id)).toEqual(expect.arrayContaining([a, b]));
  });

  it('works from the lexicon alone without a model', () => {
    const lexiconOnly = createClassifier(taxonomy);
    expect(lexiconOnly({ title: 'T20 WC: India elect to bat against England', text: '' })[0]?.id).toBe('sport');
  });
});

/** Log-odds → score, computed the slow, obvious way from the model file's numbers. */
function referenceScores(model: TopicModel, taxonomy: Taxonomy, story: { title: string; text: string }): Record<string, number> {
  const counts = termCounts(story, model.spec);
  const idf = (term: string) => model.terms[term]?.[0] ?? model.unknownIdf;
  let norm = 0;
  for (const [term, c] of counts) norm += (termValue(c) * idf(term)) ** 2;
  norm = Math.sqrt(norm) || 1;
  const { title, body } = storyWords(story, model.spec);
  const { points } = matchLexicon(compileLexicon(taxonomy), title, body);
  const out: Record<string, number> = {};
  model.topics.forEach((topic, i) => {
    let z = topic.bias;
    for (const [term, c] of counts) {
      const entry = model.terms[term];
      if (!entry) continue;
      for (let k = 1; k + 1 < entry.length; k += 2) if (entry[k] === i) z += ((termValue(c) * entry[0]!) / norm) * entry[k + 1]!;
    }
    taxonomy.ids.forEach((u, j) => {
      // Evidence against a topic on balance moves only that topic.
      if (points[j]! > 0 || (points[j]! < 0 && u === topic.id)) z += lexiconValue(points[j]!) * (topic.lexicon[u] ?? 0);
    });
    out[topic.id] = 1 / (1 + Math.exp(-(z - topic.cutoff)));
  });
  return out;
}

describe('copy in another language', () => {
  // The model reads English: for German copy its best guess comes from words that only look English
  // ("mit", "hat", "plus"), and the fallback must not make that guess a topic.
  const dax = {
    title: 'Börse: DAX schließt mit Gewinnen',
    text: 'Der deutsche Leitindex DAX hat am Freitag mit einem Plus von einem Prozent geschlossen. Anleger setzten auf sinkende Zinsen, die Aktien von Siemens und SAP waren gefragt, teilten Händler in Frankfurt mit.',
  };

  it('gets no guessed topic, though a topic it passes outright stays', () => {
    expect(readsAsEnglish(dax, 1500)).toBe(false);
    // Without the check the fallback gave it science-tech (0.445, for "sap", "mit", "hat", "plus").
    expect(classify(dax)).toEqual([]);
    const bayern = classify({
      title: 'Champions-League: Bayern gewinnt gegen Arsenal',
      text: 'Der FC Bayern hat am Dienstagabend das Hinspiel im Viertelfinale der Champions League gegen Arsenal mit 2:1 gewonnen. Die Tore erzielten Kane und Musiala, für die Gäste traf Saka kurz vor der Pause, berichtete die Nachrichtenagentur.',
    });
    expect(bayern.map((t) => t.id)).toEqual(['sport']);
  });

  it('leaves English, and texts too short to judge, to the fallback as before', () => {
    expect(readsAsEnglish({ title: 'Cadence poaches another Intel server staffer', text: 'Chip design firm hires executive.' }, 1500)).toBe(true);
    expect(readsAsEnglish({ title: 'Markets', text: 'The index closed higher on Friday as investors bet on lower interest rates, and shares of the two largest software makers were in demand, traders in Mumbai said.' }, 1500)).toBe(true);
    expect(readsAsEnglish({ title: 'भारत और इटली ने रक्षा सहयोग बढ़ाने पर चर्चा की', text: 'नई दिल्ली, 27 फरवरी भारत और इटली ने गुरुवार को रक्षा औद्योगिक सहयोग को और गहरा करने पर चर्चा की। दोनों देशों के अधिकारियों ने संयुक्त उत्पादन पर विचार किया।' }, 1500)).toBe(false);
  });
});

describe("the fallback's evidence bar", () => {
  // Dev stories (read in place) that pass no cut-off: the fallback's guess, sport, rests on log-odds of 0.15
  // to 0.3 from McDowell's own words, of 0 to 0.15 from the Warriors' ("lock", "made", "night").
  const dev = readFileSync(fileURLToPath(new URL('../../../shared/labelled/dev.jsonl', import.meta.url)), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string; text: string; topics: string[] });
  const story = (title: string) => dev.find((s) => s.title === title)!;
  const mcdowell = story('McDOWELL SUCCEEDS WHERE AMERICANS FAIL');
  const warriors = story('Warriors lock up young veterans');

  it("is the model file's, chosen in training", () => {
    expect(model.fallbackEvidence).toBe(0.15);
    expect([mcdowell.topics, warriors.topics]).toEqual([['sport'], ['sport']]);
    const ids = (s: StoryText, fallbackEvidence = model.fallbackEvidence) => createClassifier(taxonomy, { ...model, fallbackEvidence })(s).map((t) => t.id);
    // The old hand-set 0.3 left McDowell without a topic; the trained 0.15 gives it sport.
    expect(classify(mcdowell).map((t) => t.id)).toEqual(['sport']);
    expect(ids(mcdowell, 0.3)).toEqual([]);
    expect(ids(warriors)).toEqual([]);
    expect(ids(warriors, 0)).toEqual(['sport']);
  });

  it('is 0.3 for a model file written before training chose it', () => {
    const { fallbackEvidence, ...old } = JSON.parse(readFileSync(fileURLToPath(new URL('../../src/topics/model.json', import.meta.url)), 'utf8')) as TopicModel;
    expect(typeof fallbackEvidence).toBe('number');
    expect(modelSchema.parse(old).fallbackEvidence).toBe(0.3);
  });
});

describe('a headline with no body', () => {
  it('falls back to the topic its words speak for, not the one with the highest prior', () => {
    // A headline alone scores mostly the topics' biases; sport's is the highest, and by best score the
    // fallback gave these sport (0.205 for "announce", 0.32 for "back", "break").
    const films = classify({ title: "'Stree 3' to release next August, makers announce", text: '' });
    expect(films.map((t) => t.id)).not.toContain('sport');
    const monsoon = classify({ title: 'Monsoon back in Kerala after a week-long break; yellow alert in 8 districts', text: ' ' });
    expect(monsoon.map((t) => t.id)).not.toContain('sport');
  });

  it('still gets a topic its words name', () => {
    expect(classify({ title: 'Kabaddi: Haryana Steelers crowned Pro Kabaddi champions', text: '' }).map((t) => t.id)).toEqual(['sport']);
  });
});
