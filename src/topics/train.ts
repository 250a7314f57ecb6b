import { createHash } from 'node:crypto';
import { BODY_WINDOW, inverseFrequency, storyVector, storyWords, termCounts, type FeatureSpec, type StoryText } from './features.js';
import { compileLexicon, lexiconValue, matchLexicon, type Lexicon } from './lexicon.js';
import { buildRows, fitLogistic, predictRows, type LogisticModel, type SparseRows } from './logistic.js';
import { f1At } from './metrics.js';
import { MODEL_FORMAT, type TopicModel } from './model.js';
import type { Taxonomy } from './taxonomy.js';

/**
 * Training: stories → term vectors plus lexicon evidence → one-vs-rest
 * logistic regression; cut-offs by cross-validation on the same stories.
 * Everything here is deterministic: folds come from a hash of the story id.
 */

export interface LabelledStory extends StoryText {
  id: string;
  topics: string[];
  source?: string;
}

export interface TrainParams {
  spec: FeatureSpec;
  /** Inverse regularisation strength. */
  c: number;
  /** Terms seen in fewer stories than this are left out. */
  minStories: number;
  /** Positive stories weigh (negatives / positives) ^ balance: 0 plain, 1 balanced. */
  balance: number;
  /** Cross-validation folds for the cut-offs. */
  folds: number;
  /** Term weights smaller than this are left out of the model file. */
  prune: number;
  /** Lexicon evidence enters as this × log(1 + points); smaller leans less on the lexicon. */
  lexiconScale: number;
  /**
   * NB-SVM (Wang & Manning 2012): before each topic's fit, a term's value is
   * scaled by its naive-Bayes log-count ratio for that topic, smoothed by this
   * (0: off). The scale is folded into the stored weights, so serving is the same.
   */
  nbSmoothing?: number;
  /** The NB scale moves towards 1: r' = 1 + nbMix × (|r| − 1); 1 is plain NB-SVM (the sign does not matter to a linear model). */
  nbMix?: number;
  /**
   * Stacking (0: off): each topic's log-odds are refitted as a linear function
   * of all topics' out-of-fold log-odds, with this inverse regularisation
   * strength. The labelled stories' topics go together (defence with conflict
   * or diplomacy, say); this learns how. Being linear, it folds into the term
   * and lexicon weights: the model file and serving are unchanged.
   */
  stackC?: number;
  /**
   * How each topic's cut-off is set: 'cv', the log-odds with the best
   * out-of-fold F1; 'zero', log-odds 0 (probability 0.5 of the class-balanced
   * fit) for every topic. The fallback and exclusive pairs are chosen on the
   * out-of-fold scores either way.
   */
  cutoffs?: 'cv' | 'zero';
  /**
   * Ensemble with naive Bayes: each term's weight gets this × its signed NB
   * log-count ratio added (0: off). Linear, so serving is unchanged.
   */
  nbBlend?: number;
  /**
   * Weight (1: plain) of a negative row for a topic its source never labels:
   * BBC News and AG's Business/Sports/Sci-Tech stories carry only their own
   * class, so a BBC story about troops is "not labelled defence", not "not
   * defence" (../shared/labelled/README.md, Known noise).
   */
  unannotatedWeight?: number;
  /** Stories whose co-occurrence makes two topics an exclusive pair candidate. */
  pairRows?: PairRows;
  /**
   * Mixed into the hash that deals stories to folds ('' or absent: the folds
   * the model file was trained with). `npm run cv -- '{"foldSeed": "a"}'`
   * re-deals them, to see whether a difference outlives a different split.
   */
  foldSeed?: string;
}

/** Topics each single-class source labels; any other source labels every topic. */
const SOURCE_TOPICS: Record<string, string[]> = {
  'bbc-news-2225': ['politics', 'economy', 'science-tech', 'sport', 'culture-entertainment'],
  'ag-news-test': ['economy', 'science-tech', 'sport'],
};

export const DEFAULT_PARAMS: TrainParams = {
  spec: { titleWeight: 2, bigrams: false, maxBodyChars: BODY_WINDOW },
  c: 30,
  minStories: 3,
  balance: 1,
  folds: 5,
  prune: 0.05,
  lexiconScale: 0.1,
  // 0.1 scales the feature, not the lexicon's say: the fit's weight undoes it
  // (model.json stores 0.1 × weight: diplomacy's own evidence enters at 1.82 ×
  // log(1 + points), defence's at 2.45). Retested (cls39, held-out misses
  // blamed on it): nested CV 0.8223 (defence 0.724, diplomacy 0.783) against
  // 0.8159 / 0.8142 / 0.8125 at 0.2 / 0.3 / 0.5 and 0.8227 (0.702, 0.796) at
  // 0.05; at 0.2 / 0.3 dev macro-F1 0.831 → 0.822 / 0.817 (defence 0.706,
  // diplomacy 0.761), held-out sets 1–34 exact 2,148 → 2,134 / 2,123, set 35
  // 71 → 69. What sinks diplomacy in the missed relief stories is the other
  // topics' lexicon evidence (economy −0.91, science-tech −0.82 per log
  // point in diplomacy's score, from a background paragraph) and the words;
  // fitting each topic on its own lexicon evidence only (the others' at 0 /
  // 0.5) gave nested 0.8166 / 0.8205 (defence 0.671 / 0.708), sets 1–34
  // 2,108 / 2,140.
  // Conjunction features (cls40, one structural try at the open boundaries:
  // relief carried abroad by troops, chiefs' calls, strikes with rescuers,
  // sanctions on officials, ex-ministers in court): for each pair of topics
  // whose lexicons both found evidence, a feature of s × √(log(1 + a) ×
  // log(1 + b)) that every topic's fit could weigh (defence with disaster
  // towards diplomacy, say; served through "a&b" keys in model.json's lexicon
  // weights). All 78 pairs at s 0.05 / 0.1 / 0.2: nested CV 0.8228 / 0.8227
  // / 0.8190 (defence 0.727 / 0.719 / 0.712, diplomacy 0.779 / 0.776 /
  // 0.763), min(a, b) at 0.1 0.8207, a × b at 0.05 0.8184 (nested CV 0.8223
  // without; defence 0.724, diplomacy 0.783); at 0.05 held-out sets 1–35
  // exact 2,220 → 2,211, set 36 60 → 60, dev macro-F1 0.831 → 0.828
  // (diplomacy 0.792). Six pairs only (defence&disaster, conflict&disaster,
  // politics&crime-law, diplomacy&crime-law, diplomacy&politics,
  // defence&economy) at 0.1 / 0.2 / 0.4: nested 0.8200 / 0.8207 / 0.8199
  // (diplomacy 0.789 / 0.784 / 0.782, defence 0.717 / 0.719 / 0.712); at 0.2
  // sets 1–35 2,193, set 36 59, dev 0.827. Left out: the training stories
  // hardly carry the conjunctions the boundaries need (of 5,631 train + desk
  // stories, 9 are defence + disaster, 4 of them diplomacy; 4 name a former
  // minister and are crime-law), so the pair weights fit other stories'
  // noise; and the ex-ministers' stories have no politics evidence to pair
  // ("minister" is no politics term, "former Karnataka minister" no
  // contiguous phrase).
  // Then (cls40) four desk examples of relief flown or shipped abroad by
  // armed forces with no envoy or aid word (Indonesian Air Force to Vanuatu,
  // Sri Lanka Navy to the Maldives, an Army field hospital in Turkey, PAF to
  // Papua New Guinea; disaster + defence + diplomacy): nested CV 0.8223 →
  // 0.8232 (defence 0.724, diplomacy 0.783 → 0.784), held-out sets 1–35
  // 2,220 → 2,232, set 36 64 → 68, but dev macro-F1 0.831 → 0.825 (defence
  // 0.720 → 0.706, diplomacy 0.783 → 0.769), and a sanctions headline of an
  // earlier stop ("EU imposes asset freeze on Iranian judges …", diplomacy
  // by the fallback at 0.385) fell to 0.324 and no topic: left out.
  // Lede weighting (cls41, one structural try: held-out long stories take
  // the topic of their background paragraphs): the body's first N words
  // (after drops and folds, sentence breaks counted) count w times in the
  // term counts and the lexicon evidence, stored in FeatureSpec (ledeWords,
  // ledeWeight) and served by the scorer alike. Nested CV 0.8223 (defence
  // 0.724, diplomacy 0.783) against N 50 / 80 / 200 at w 2: 0.8149 / 0.8156
  // / 0.8150 (defence 0.692 / 0.694 / 0.692, diplomacy 0.763 / 0.768 /
  // 0.764), N 50 at w 3 0.8087; the lexicon's evidence only (N 30 w 3, N 50
  // and 120 w 2) 0.8176 / 0.8201 / 0.8201, the terms only (N 50 w 2)
  // 0.8190; with the title's edge kept (titleWeight 4) 0.8164 (both) and
  // 0.8212 (terms only, N 80); titleWeight 3 alone 0.8183. N 50 with the
  // lexicon's lede at 2, trained: held-out sets 1–36 exact 2,284 → 2,241,
  // set 37 63 → 63. A shorter body window (maxBodyChars 600 / 900 / 1,200)
  // 0.8110 / 0.8133 / 0.8205. Left out: the labelled stories are ~1,500
  // characters of copy whose topic runs through the body, and 5 of a held-out
  // set's ~115 stories are long.
  // Then (cls41) a nations feature: a story naming n ≥ 2 distinct nations
  // (about 80, by name, demonym or capital) got s × log(n), a feature every
  // topic's fit could weigh (relief carried abroad and chiefs' calls name a
  // foreign nation but no diplomacy word). s 0.1 / 0.3 / 0.5 / 1: nested CV
  // 0.8215 / 0.8242 / 0.8230 / 0.8227 (diplomacy 0.781 / 0.792 / 0.790 /
  // 0.789, defence 0.717 / 0.719 / 0.722 / 0.722); nations counted in the
  // title and first 60 body words only, 0.8225; at 0.3 on fold seeds a / b
  // 0.8242 / 0.8165 against 0.8269 / 0.8159 (the three splits' mean 0.8216
  // against 0.8217). At 0.3, trained: held-out sets 1–36 2,284 → 2,285 with
  // churn (set 1 119 → 117, set 16 51 → 49, set 31 73 → 76, set 34 81 → 84,
  // set 35 71 → 69), set 37 63 → 65, dev macro-F1 0.831 → 0.823 (defence
  // 0.720 → 0.680, diplomacy 0.783 → 0.766): left out, its gain within the
  // splits' noise, as the cls40 desk examples were.
  // Wildcard lexicon terms (cls42, one structural idea: a `*` in a taxonomy
  // term matches any one word of the sentence, a `*` edge in the trie; former
  // ministers in court missed politics because "former Karnataka minister" is
  // no phrase a plain term can match). Kept: `former * minister` (2), `ex *
  // minister` (2) and `former chief minister` (3, so chief minister's 3 is
  // not covered by the wildcard's 2) for politics; 11 train + desk stories
  // name a "former X minister" (9 politics), so the model retrained. Nested
  // CV 0.8223 → 0.8223 (defence 0.724, diplomacy 0.783); dev macro-F1 0.831
  // (defence 0.720, diplomacy 0.783), without the desk 0.828 (0.681, 0.803),
  // unchanged; seed 8/8. Held-out sets 1–36 exact 2,284 → 2,290 of 2,753
  // (set 31 +2, 32 +1, 33 +1, 34 +2, 36 +4; set 10 −1 and set 27 −1 where
  // an ex-minister's or co-accused former minister's case is labelled
  // crime-law alone, set 20's rhino story (disaster 0.50) and set 1's Hamas
  // delegation (politics 0.502) −1 each by the retrain), set 37 63 → 67,
  // set 38 (written this round) 42 → 44. On the lexicon alone, before the
  // retrain: 2,293, set 37 68. Then `calls on * army chief`, `calls on *
  // navy chief`, `calls on * air chief`, `calls on * defence minister` (3)
  // for diplomacy, in no train or desk story (model unchanged, nested CV
  // 0.8223): sets 1–36 2,290 → 2,293 (set 34 +2, set 36 +1), set 37 67 and
  // set 38 44 unchanged; kept. At 4 points the same figures. Tried and left
  // out: `meets * army chief`, `meets * navy chief` (3), which moved nothing
  // (sets 1–36 2,293 with or without them; set 37's "meets Indonesian army
  // chief" stays without diplomacy even at 4). `npm run bench -- classify`
  // in four turns with main (machine at load ~12): 23,044 / 27,021 / 22,300 /
  // 21,560 stories/s against 23,794 / 30,338 / 24,827 / 21,809, lower in each
  // pair by 1–11%.
  // Chiefs' calls by wording (cls43; sets 35–38's calls worded "meets", on a
  // foreign commander or chief of general staff, or naming a two-word nation
  // missed diplomacy): `calls on * army commander`, `calls on * navy
  // commander`, `calls on * air force commander`, `calls on * * army
  // commander`, `calls on * * navy commander`, `calls on * chief of general
  // staff`, `meets * chief of general staff`, `meets * army commander`,
  // `meets * defence chief`, `meets * defence force chief`, `meets * armed
  // forces chief` (4) and `meets * defence minister` (3) for diplomacy. Only
  // the last is in a train or desk story (desk-137, "meets Chinese defence
  // minister", already defence + diplomacy), so the model retrained; the
  // rest name none at 3 or 4. Nested CV on fold seeds default / a / b 0.8223
  // / 0.8269 / 0.8159 (defence 0.724 / 0.716 / 0.708, diplomacy 0.783 /
  // 0.776 / 0.775), the same as main to the fourth place; dev macro-F1 0.831
  // (defence 0.720, diplomacy 0.783), unchanged. Held-out sets 1–38 pooled
  // exact 2,404 → 2,414 of 2,952, none lost: set 35 71 → 73, set 36 69 →
  // 72, set 37 67 → 69, set 38 44 → 47; output dump: 51 scores move by
  // 0.002 at most, no topic set changes. At 3 points
  // for all twelve, 2,412 (set 35's call on the Turkish Chief of General
  // Staff and set 38's on the Sri Lankan Army commander stay below the
  // cut-off). Still missed: set 37's "meets Thai army commander" (a probe in
  // new words scores 0.11 with the term), set 38's "visits Naval Headquarters in Islamabad" (no
  // term), and every relief mission abroad. Tried and left out for relief:
  // `relief to * hit`, `relief for * hit`, `aid to * hit` for diplomacy (3
  // or 4; "quake-hit" is two words), on the lexicon alone before a retrain
  // (a BBC politics story names one): sets 1–38 2,414 → 2,415, set 32's INS
  // Kesari to Mozambique alone; the relief stories' diplomacy is too low
  // (0.001–0.27) for one term to lift. The nations feature with desk relief
  // examples (idea a) was not tried this round for want of time.
  // cls44: a `*` stands for no article or possessive ("calls on the army
  // commander to resign" is a domestic demand): no train or desk story's
  // lexicon evidence changes, the model is byte-identical; sets 1–38 2,414,
  // set 39 52 → 53. Then (exmin) `former * * minister`, `ex * * minister`
  // (2) with `former * chief minister`, `ex * chief minister` (3) for
  // politics (set 39's seven ex-ministers of two-word states); retrained,
  // sets 1–38 2,414 → 2,419, set 39 53 → 59, dev macro 0.831 and politics
  // 0.882 → 0.886; nested CV default / a / b 0.8221 / 0.8269 / 0.8153
  // against 0.8223 / 0.8269 / 0.8159 (ten train + desk stories name a
  // "former X Y minister", three a prime minister; crime-law 0.597 → 0.592
  // on b). Kept: the drop is a tenth of what a new deal of the folds moves
  // (0.008), and two-word states (Uttar Pradesh, Tamil Nadu, West Bengal)
  // are everyday South Asian copy the archive stories do not hold.
  // Chosen by `npm run cv` (train split + desk, 5 folds): macro-F1 0.8265
  // against 0.8210 without NB scaling; nbMix 0.15 / 0.5 / 1 gave 0.8241 /
  // 0.8267 / lower, c 15 / 60 with it 0.8254 / 0.8259.
  nbSmoothing: 1,
  nbMix: 0.3,
  // Chosen by `npm run cv -- --nested` (cut-offs, fallback and pairs chosen
  // without the fold they score): macro-F1 0.8233 (defence 0.703, diplomacy
  // 0.758) with every cut-off at log-odds 0, against 0.8112 (0.690, 0.746)
  // with cut-offs tuned per topic on out-of-fold F1, which fit the folds'
  // noise. Then, with 'zero': nbBlend 0.05 / 0.15 0.8197 / 0.8215, c 15 / 60
  // 0.8193 / 0.8197, unannotatedWeight 0.3 / 0.6 0.8190 / 0.8215,
  // lexiconScale 0.05 0.8227, titleWeight 3 0.8168, nbMix 0.5 0.8208.
  // Later (classifier-4; nested CV with this recipe now 0.8187, defence
  // 0.704, diplomacy 0.752), none adopted (bar: +0.003 macro, defence and
  // diplomacy not lower): title words also as their own "t:" terms at
  // weight 0.5 / 1 / 2 0.8201 / 0.8166 / 0.8180, at 1 with titleWeight 1
  // 0.8207 (0.710, 0.760; on three other fold seeds macro +0.0027 and
  // diplomacy −0.005 on average); the title as its own separately normalised block at
  // 0.5 / 1 0.8161 / 0.8171, and the average of a words-only and a
  // title-block-only fit 0.8038; averaged fits (one weight set) of c 15 + 60
  // 0.8186, nbMix 0 + 1 0.8169, 0.15 + 0.6 0.8187, NB + plain 0.8191;
  // balance 0.5 / 0.75 0.8223 / 0.8219 (defence 0.700 / 0.698; other fold
  // seeds no better than default), balance 0.5 with title terms 1 and
  // titleWeight 1 0.8252 (0.711, 0.776) but 0.8183–0.8196 on three other
  // fold seeds and 0.8212–0.8221 at balance 0.4 / 0.6 or title terms 0.7;
  // tf binary / sqrt 0.8100 / 0.8208 (sqrt over other seeds +0.001); idf
  // ^0.5 / ^1.5 0.8130 / 0.8185; minStories 2 / 5 0.8180 / 0.8133; body
  // window 800 / 1100 0.8162 / 0.8164; each topic's share of the lexicon
  // points as a feature (L1-normalised lexicon evidence) at 0.5 / 1 0.8071
  // / 0.8039; the title's own lexicon evidence at 0.05 / 0.1 0.8170 /
  // 0.8176; lexiconScale 0.15 / 0.2 0.8174 / 0.8159; bias feature 3 / 10
  // 0.8189 / 0.8155; NB ratios from presence counts 0.8199, with smoothing
  // 0.5 0.8233 (defence 0.688; on three other seeds −0.013 on average).
  cutoffs: 'zero',
  // Nested CV 0.8214 either way, defence 0.722 → 0.724; drops the diplomacy +
  // culture, conflict + sport and crime-law + sport pairs, which the World
  // relabelling and the desk carry together (antiquities returned, match-fixing).
  //
  // Later still (clsdev; nested CV of this recipe 0.8223, defence 0.717,
  // diplomacy 0.778), none adopted: per-topic cut-offs ('cv') 0.8196 (0.707,
  // 0.769); stackC 0.1 / 1 / 10 0.7681 / 0.8048 / 0.8063; bigrams 0.8108
  // (0.707, 0.731), with c 60 0.8125, minStories 5 0.8074; c 10 / 20 / 45 /
  // 100 0.8150 / 0.8217 / 0.8224 / 0.8213; balance 0.8 0.8209;
  // unannotatedWeight 0.1 / 0.6 0.8088 / 0.8195 (on the stories whose source
  // labels each topic, --annotated, 0.8603 / 0.8529 against 0.8516: it fits
  // the taxonomy better and the shipped labels worse); a second learner, its
  // out-of-fold log-odds averaged with these at 0.3 / 0.5: plain L2 logistic
  // regression over words and bigrams (c 30) 0.8178 / 0.8155, the same at c 10
  // 0.8182 / 0.8154, this recipe with bigrams 0.8186 / 0.8164. The best cut-off
  // in hindsight would lift defence only 0.722 → 0.730 and diplomacy 0.763 →
  // 0.764 out of fold: the ceiling is the labels (scripts/cv-noise.ts).
  // On fold seeds a / b / c this recipe scores 0.8258 / 0.8177 / 0.8196, a
  // spread of 0.008: c 45 there 0.8256 / 0.8180 / 0.8211 (mean +0.0004 over
  // four deals), and 14 more desk examples of defence in the World editor's
  // sense (weapons programmes in talks, armies as institutions in a war,
  // courts-martial), 0.8226 (defence 0.727) on the default folds, lost on all
  // three others (0.8239 / 0.8158 / 0.8190, defence 0.711 / 0.699 / 0.708).
  pairRows: 'labelling-both',
};

const LEXICON_PREFIX = '§lexicon:';

/** A story's features: its scaled terms, and each topic's lexicon evidence. */
export function storyFeatures(story: StoryText, spec: FeatureSpec, idf: (term: string) => number, lexicon: Lexicon, lexiconScale: number): Map<string, number> {
  const vector = storyVector(story, spec, idf);
  const { title, body } = storyWords(story, spec);
  const { points } = matchLexicon(lexicon, title, body);
  points.forEach((p, t) => {
    if (p !== 0) vector.set(LEXICON_PREFIX + lexicon.topics[t], lexiconScale * lexiconValue(p));
  });
  return vector;
}

export interface Prepared {
  stories: LabelledStory[];
  topics: string[];
  features: Map<string, number>[];
  labels: Uint8Array;
  /** Idf of every term seen in at least params.minStories stories. */
  idf: Map<string, number>;
  unknownIdf: number;
}

/**
 * Features of every story. Term rarity (idf) is counted over all the
 * training stories; a term in fewer than minStories of them is unknown to
 * the model and gets the idf of a term never seen, as it will when serving.
 */
export function prepare(stories: LabelledStory[], taxonomy: Taxonomy, params: TrainParams): Prepared {
  const spec = params.spec;
  const lexicon = compileLexicon(taxonomy);
  const topics = taxonomy.ids;
  const df = new Map<string, number>();
  for (const s of stories) for (const term of termCounts(s, spec).keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) if (n >= params.minStories) idf.set(term, inverseFrequency(stories.length, n));
  const unknownIdf = inverseFrequency(stories.length, 0);
  const idfOf = (term: string) => idf.get(term) ?? unknownIdf;
  const labels = new Uint8Array(stories.length * topics.length);
  stories.forEach((s, i) => {
    for (const t of s.topics) {
      const j = topics.indexOf(t);
      if (j >= 0) labels[i * topics.length + j] = 1;
    }
  });
  return { stories, topics, features: stories.map((s) => storyFeatures(s, spec, idfOf, lexicon, params.lexiconScale)), labels, idf, unknownIdf };
}

interface Fitted {
  vocabulary: string[];
  index: Map<string, number>;
  logistic: LogisticModel;
}

/** Fits on the rows `rows` of the prepared stories. */
export function fit(data: Prepared, rows: number[], params: TrainParams): Fitted {
  const seen = new Set<string>();
  for (const i of rows) for (const term of data.features[i]!.keys()) if (data.idf.has(term) || term.startsWith(LEXICON_PREFIX)) seen.add(term);
  const vocabulary = [...seen].sort();
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const T = data.topics.length;
  const labels = new Uint8Array(rows.length * T);
  rows.forEach((i, r) => labels.set(data.labels.subarray(i * T, (i + 1) * T), r * T));
  const positiveWeight = data.topics.map((_, t) => {
    let positives = 0;
    for (let r = 0; r < rows.length; r++) positives += labels[r * T + t]!;
    return positives === 0 ? 1 : ((rows.length - positives) / positives) ** params.balance;
  });
  const x = toRows(data, rows, index);
  const unannotated = params.unannotatedWeight ?? 1;
  const rowWeights =
    unannotated === 1
      ? null
      : data.topics.map((topic) =>
          Float64Array.from(rows, (i) => {
            const only = SOURCE_TOPICS[data.stories[i]!.source ?? ''];
            return only && !only.includes(topic) ? unannotated : 1;
          }),
        );
  const logistic = params.nbSmoothing ? fitNb(x, labels, T, vocabulary, params, positiveWeight, rowWeights) : fitLogistic(x, labels, T, { c: params.c, positiveWeight });
  return { vocabulary, index, logistic };
}

/**
 * One fit per topic on NB-scaled rows; the scale is multiplied into the
 * weights, so the model scores plain tf-idf rows. Lexicon features keep scale 1.
 */
function fitNb(x: SparseRows, labels: Uint8Array, T: number, vocabulary: string[], params: TrainParams, positiveWeight: number[], rowWeights: Float64Array[] | null): LogisticModel {
  const F = x.features;
  const rows = x.rowStart.length - 1;
  const alpha = params.nbSmoothing!;
  const mix = params.nbMix ?? 1;
  const weights = new Float64Array(F * T);
  const bias = new Float64Array(T);
  const p = new Float64Array(F);
  const q = new Float64Array(F);
  const scaled = new Float64Array(x.values.length);
  for (let t = 0; t < T; t++) {
    p.fill(alpha);
    q.fill(alpha);
    for (let i = 0; i < rows; i++) {
      const into = labels[i * T + t] ? p : q;
      for (let k = x.rowStart[i]!; k < x.rowStart[i + 1]!; k++) into[x.cols[k]!]! += x.values[k]!;
    }
    let ps = 0;
    let qs = 0;
    for (let f = 0; f < F; f++) {
      ps += p[f]!;
      qs += q[f]!;
    }
    const r = new Float64Array(F);
    for (let f = 0; f < F; f++) {
      if (vocabulary[f]!.startsWith(LEXICON_PREFIX)) {
        r[f] = 1;
        continue;
      }
      const raw = Math.log(p[f]! / ps / (q[f]! / qs));
      r[f] = 1 + mix * (Math.abs(raw) - 1);
      if (r[f]! < 0) r[f] = 0;
    }
    for (let k = 0; k < x.values.length; k++) scaled[k] = x.values[k]! * r[x.cols[k]!]!;
    const one = fitLogistic({ ...x, values: scaled }, Uint8Array.from({ length: rows }, (_, i) => labels[i * T + t]!), 1, { c: params.c, positiveWeight: [positiveWeight[t]!], rowWeight: rowWeights?.[t] });
    const blend = params.nbBlend ?? 0;
    for (let f = 0; f < F; f++) {
      const nb = blend && !vocabulary[f]!.startsWith(LEXICON_PREFIX) ? blend * Math.log(p[f]! / ps / (q[f]! / qs)) : 0;
      weights[f * T + t] = one.weights[f]! * r[f]! + nb;
    }
    bias[t] = one.bias[0]!;
  }
  return { weights, bias, topics: T };
}

function toRows(data: Prepared, rows: number[], index: Map<string, number>): SparseRows {
  return buildRows(
    rows.map((i) => {
      const row = new Map<number, number>();
      for (const [term, value] of data.features[i]!) {
        const col = index.get(term);
        if (col !== undefined) row.set(col, value);
      }
      return row;
    }),
    index.size,
  );
}

export function foldOf(id: string, folds: number, seed = ''): number {
  return createHash('sha256').update(`fold:${seed}${id}`).digest().readUInt32BE(0) % folds;
}

/**
 * Out-of-fold log-odds for every story and topic: out[i * topics + t]. With
 * `biases` (folds × topics), each fold's biases (a story with no word the model
 * knows) are written there, for the evidence a story's own words add.
 */
export function crossValidate(data: Prepared, params: TrainParams, biases?: Float64Array): Float64Array {
  const T = data.topics.length;
  const out = new Float64Array(data.stories.length * T);
  for (let k = 0; k < params.folds; k++) {
    const train: number[] = [];
    const held: number[] = [];
    data.stories.forEach((s, i) => (foldOf(s.id, params.folds, params.foldSeed) === k ? held : train).push(i));
    const fitted = fit(data, train, params);
    biases?.set(fitted.logistic.bias, k * T);
    const scores = predictRows(fitted.logistic, toRows(data, held, fitted.index));
    held.forEach((i, r) => out.set(scores.subarray(r * T, (r + 1) * T), i * T));
  }
  return out;
}

/** A topic's log-odds as a linear function of all topics' log-odds: out[t] = bias[t] + Σ_j weights[t * T + j] · in[j]. */
export interface Stack {
  weights: Float64Array;
  bias: Float64Array;
}

/** Fits the stack on rows `rows` of `scores` (log-odds, rows × T). */
export function fitStack(data: Prepared, scores: Float64Array, rows: number[], c: number): Stack {
  const T = data.topics.length;
  const vectors = rows.map((i) => new Map(Array.from({ length: T }, (_, j) => [j, scores[i * T + j]!] as [number, number])));
  const labels = new Uint8Array(rows.length * T);
  rows.forEach((i, r) => labels.set(data.labels.subarray(i * T, (i + 1) * T), r * T));
  const positiveWeight = data.topics.map((_, t) => {
    let positives = 0;
    for (let r = 0; r < rows.length; r++) positives += labels[r * T + t]!;
    return positives === 0 ? 1 : (rows.length - positives) / positives;
  });
  const fitted = fitLogistic(buildRows(vectors, T), labels, T, { c, positiveWeight });
  const weights = new Float64Array(T * T);
  for (let j = 0; j < T; j++) for (let t = 0; t < T; t++) weights[t * T + j] = fitted.weights[j * T + t]!;
  return { weights, bias: fitted.bias };
}

export function applyStack(stack: Stack, scores: Float64Array, T: number): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length / T; i++) {
    for (let t = 0; t < T; t++) {
      let z = stack.bias[t]!;
      for (let j = 0; j < T; j++) z += stack.weights[t * T + j]! * scores[i * T + j]!;
      out[i * T + t] = z;
    }
  }
  return out;
}

/**
 * Out-of-fold stacked log-odds: the stack fitted on the other folds' out-of-fold scores. With `biases`
 * (each fold's, from crossValidate), the stack is applied to them in place, as training folds it into the model's bias.
 */
export function crossValidateStack(data: Prepared, scores: Float64Array, params: TrainParams, biases?: Float64Array): Float64Array {
  const T = data.topics.length;
  const out = new Float64Array(scores.length);
  for (let k = 0; k < params.folds; k++) {
    const train: number[] = [];
    const held: number[] = [];
    data.stories.forEach((s, i) => (foldOf(s.id, params.folds, params.foldSeed) === k ? held : train).push(i));
    const stack = fitStack(data, scores, train, params.stackC!);
    biases?.set(applyStack(stack, biases.subarray(k * T, (k + 1) * T), T), k * T);
    for (const i of held) out.set(applyStack(stack, scores.subarray(i * T, (i + 1) * T), T), i * T);
  }
  return out;
}

/**
 * Per topic, the log-odds cut-off with the best out-of-fold F1; among
 * near-best cut-offs, the middle one, which moves least with noise. A topic
 * with too few stories to judge keeps 0.
 */
export function chooseCutoffs(data: Prepared, scores: Float64Array, minPositives = 5): Float64Array {
  const T = data.topics.length;
  const n = data.stories.length;
  const cutoffs = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    const s = Float64Array.from({ length: n }, (_, i) => scores[i * T + t]!);
    const y = Uint8Array.from({ length: n }, (_, i) => data.labels[i * T + t]!);
    if (y.reduce((a, b) => a + b, 0) < minPositives) continue;
    const grid: [number, number][] = [];
    for (let c = -6; c <= 6.0001; c += 0.1) grid.push([c, f1At(s, y, c)]);
    const best = Math.max(...grid.map(([, f]) => f));
    const near = grid.filter(([, f]) => f >= best - 0.005).map(([c]) => c);
    cutoffs[t] = Math.round(near[Math.floor(near.length / 2)]! * 10) / 10;
  }
  return cutoffs;
}

/**
 * Whether a story that passes no cut-off should still get its best topic,
 * and from what score: chosen on the out-of-fold scores, by macro-F1. The
 * incumbent floor (DEFAULT_FALLBACK_FLOOR) is kept unless the best floor beats
 * it by more than FALLBACK_SPREAD, what the gap moves between fold deals;
 * only then, or with no incumbent, the lowest floor within FALLBACK_TOLERANCE
 * of the best is taken. On one deal the floors differ by a story or two on
 * full texts, and the lowest-within-tolerance rule alone took 0.05, 0.1, 0.2,
 * 0.3 and 0.4 on eight deals of the same stories (cls37), so two or three
 * desk examples flipped it; but a headline alone scores low, and a floor of
 * 0.3 or 0.4 leaves such a story with no topic, which reaches no subscriber
 * and which cross-validation on full texts cannot see.
 */
export function chooseFallback(data: Prepared, scores: Float64Array, cutoffs: Float64Array, incumbent: number | null = DEFAULT_FALLBACK_FLOOR): number | null {
  const tried = [null, ...FALLBACK_FLOORS].map((floor) => ({ floor, f1: macroF1(data, assign(data, scores, cutoffs, floor)) }));
  const best = Math.max(...tried.map((t) => t.f1));
  const kept = tried.find((t) => t.floor === incumbent && incumbent !== null);
  if (kept && kept.f1 >= best - FALLBACK_SPREAD) return incumbent;
  const near = tried.filter((t) => t.floor !== null && t.f1 >= best - FALLBACK_TOLERANCE);
  return near.length ? Math.min(...near.map((t) => t.floor!)) : null;
}

/** The floor the model has shipped with since the evidence bar (0.2): training keeps it unless another is clearly better. */
export const DEFAULT_FALLBACK_FLOOR = 0.2;

/**
 * How far the best floor's out-of-fold macro-F1 must beat the incumbent's before
 * it is taken: over eight fold deals of train + desk (foldSeed '', a … g;
 * `npx tsx scripts/fallback-curve.ts - a b c d e f g`) the best floor led 0.2 by 0.0000 to 0.0038 (mean 0.0015, SD 0.0012), with
 * 0.3 ahead of 0.2 by −0.0010 to 0.0023: a lead under 0.004 is within what a
 * re-deal of the same stories moves, about four stories' worth.
 */
export const FALLBACK_SPREAD = 0.004;

const FALLBACK_FLOORS = [0.05, 0.1, 0.2, 0.3, 0.4];

/**
 * The log-odds a story's own words must add to the best topic (above its bias)
 * before the fallback guesses it, chosen on the out-of-fold scores after the
 * floor, by the floor's rule: the lowest bar within FALLBACK_TOLERANCE of the
 * best macro-F1. `evidence` is each story's out-of-fold log-odds less its
 * fold's biases. With no fallback the bar decides nothing: the lowest.
 */
export function chooseEvidenceBar(data: Prepared, scores: Float64Array, cutoffs: Float64Array, fallback: number | null, evidence: Float64Array): number {
  if (fallback === null) return EVIDENCE_BARS[0]!;
  const tried = EVIDENCE_BARS.map((bar) => ({ bar, f1: macroF1(data, assign(data, scores, cutoffs, { floor: fallback, evidence, bar })) }));
  const best = Math.max(...tried.map((t) => t.f1));
  return Math.min(...tried.filter((t) => t.f1 >= best - FALLBACK_TOLERANCE).map((t) => t.bar));
}

/**
 * No bar of 0: it lets a guess rest on the topic's prior and any word at all for
 * it, as lorem ipsum's "sit" gave sport (issue 4). Cross-validation cannot see
 * that: every training story is news copy. On it, 0 to 0.75 differ by under
 * a story's worth of macro-F1, and the floor's rule would take 0.
 */
export const EVIDENCE_BARS = [0.15, 0.3, 0.5, 0.75];
/** The bar a model file written before training chose one gets. */
export const DEFAULT_EVIDENCE_BAR = 0.3;

/** Out-of-fold log-odds, stacked when params say (oof), before the stack (first), and each story's evidence. */
export function outOfFold(data: Prepared, params: TrainParams): { first: Float64Array; oof: Float64Array; evidence: Float64Array } {
  const biases = new Float64Array(params.folds * data.topics.length);
  const first = crossValidate(data, params, biases);
  const oof = params.stackC ? crossValidateStack(data, first, params, biases) : first;
  return { first, oof, evidence: evidenceOf(data, oof, biases, params) };
}

/** Each story's evidence for each topic: its out-of-fold log-odds less the biases of the fold that held it out. */
export function evidenceOf(data: Prepared, scores: Float64Array, biases: Float64Array, params: TrainParams): Float64Array {
  const T = data.topics.length;
  const out = new Float64Array(scores.length);
  data.stories.forEach((s, i) => {
    const k = foldOf(s.id, params.folds, params.foldSeed);
    for (let t = 0; t < T; t++) out[i * T + t] = scores[i * T + t]! - biases[k * T + t]!;
  });
  return out;
}
/** About two stories' worth of macro-F1 on the training split: below what a retraining moves. */
const FALLBACK_TOLERANCE = 0.002;

/**
 * Pairs of topics the labelled stories (almost) never carry together, such as
 * sport and economy: when a story passes both cut-offs, only the stronger is
 * given. Each pair is kept when it does not lower the out-of-fold macro-F1.
 */
export function chooseExclusive(data: Prepared, scores: Float64Array, cutoffs: Float64Array, fallback: Fallback, rate = 0.01, pairRows: PairRows = 'all'): [number, number][] {
  const T = data.topics.length;
  const pairs: [number, number][] = [];
  for (let a = 0; a < T; a++) {
    for (let b = a + 1; b < T; b++) {
      const rows = pairRows === 'all' ? null : labelling(data, a, b);
      let countA = 0;
      let countB = 0;
      let together = 0;
      for (let i = 0; i < data.stories.length; i++) {
        if (rows && !rows[i]) continue;
        const la = data.labels[i * T + a]!;
        const lb = data.labels[i * T + b]!;
        countA += la;
        countB += lb;
        together += la & lb;
      }
      if (countA >= 20 && countB >= 20 && together <= rate * Math.min(countA, countB)) pairs.push([a, b]);
    }
  }
  // Pair by pair: one pair that costs (a desk example that carries both, say) does not sink the others.
  const kept: [number, number][] = [];
  let best = macroF1(data, assign(data, scores, cutoffs, fallback));
  for (const pair of pairs) {
    const f1 = macroF1(data, assign(data, scores, cutoffs, fallback, [...kept, pair]));
    if (f1 >= best - 1e-12) {
      kept.push(pair);
      best = Math.max(best, f1);
    }
  }
  return kept;
}

/**
 * Which stories can show two topics together: a single-class source's story
 * (AG Sci/Tech's hacker arrested, BBC's sports betting case) carries only its
 * class, so it says nothing about whether the other topic goes with it.
 */
export type PairRows = 'all' | 'labelling-both';

function labelling(data: Prepared, a: number, b: number): Uint8Array {
  return Uint8Array.from(data.stories, (s) => (labelsTopic(s, data.topics[a]!) && labelsTopic(s, data.topics[b]!) ? 1 : 0));
}

/** Whether the story's source labels the topic either way (a BBC story is neither crime-law nor not). */
export function labelsTopic(story: LabelledStory, topic: string): boolean {
  const only = SOURCE_TOPICS[story.source ?? ''];
  return !only || only.includes(topic);
}

export interface Decisions {
  cutoffs: Float64Array;
  fallback: number | null;
  /** Chosen when the stories' evidence was given; else the old hand-set bar. */
  evidenceBar: number;
  exclusive: [number, number][];
}

/**
 * The fallback as assign applies it: a floor alone (the bar left out), or the
 * floor with the bar on each story's evidence (log-odds less the biases).
 */
export type Fallback = number | null | { floor: number; evidence: Float64Array; bar: number };

/** The floor with the bar on these stories' evidence (none without a floor, or without evidence: the floor alone). */
export function barred(floor: number | null, evidence: Float64Array | undefined, bar: number): Fallback {
  return floor !== null && evidence ? { floor, evidence, bar } : floor;
}

/** Cut-offs, fallback, evidence bar and exclusive pairs from out-of-fold scores (and evidence), as params say. */
export function chooseDecisions(data: Prepared, scores: Float64Array, params: TrainParams, evidence?: Float64Array): Decisions {
  const cutoffs = params.cutoffs === 'zero' ? new Float64Array(data.topics.length) : chooseCutoffs(data, scores);
  const fallback = chooseFallback(data, scores, cutoffs);
  const evidenceBar = evidence ? chooseEvidenceBar(data, scores, cutoffs, fallback, evidence) : DEFAULT_EVIDENCE_BAR;
  return { cutoffs, fallback, evidenceBar, exclusive: chooseExclusive(data, scores, cutoffs, barred(fallback, evidence, evidenceBar), 0.01, params.pairRows) };
}

/** The prepared stories and their scores restricted to `rows`. */
export function subset(data: Prepared, scores: Float64Array, rows: number[]): [Prepared, Float64Array] {
  const T = data.topics.length;
  const labels = new Uint8Array(rows.length * T);
  const out = new Float64Array(rows.length * T);
  rows.forEach((i, r) => {
    labels.set(data.labels.subarray(i * T, (i + 1) * T), r * T);
    out.set(scores.subarray(i * T, (i + 1) * T), r * T);
  });
  return [{ ...data, stories: rows.map((i) => data.stories[i]!), features: rows.map((i) => data.features[i]!), labels }, out];
}

/**
 * Decisions for every story with the cut-offs, fallback and pairs chosen on
 * the other folds' out-of-fold scores only: an honest figure for the whole
 * training recipe, where choosing them on the scores they are judged on is not.
 */
export function nestedDecisions(data: Prepared, oof: Float64Array, params: TrainParams, evidence?: Float64Array): Uint8Array {
  const T = data.topics.length;
  const out = new Uint8Array(oof.length);
  for (let k = 0; k < params.folds; k++) {
    const held: number[] = [];
    const rest: number[] = [];
    data.stories.forEach((s, i) => (foldOf(s.id, params.folds, params.foldSeed) === k ? held : rest).push(i));
    const [restData, restScores] = subset(data, oof, rest);
    const [heldData, heldScores] = subset(data, oof, held);
    const d = chooseDecisions(restData, restScores, params, evidence && subset(data, evidence, rest)[1]);
    const fallback = barred(d.fallback, evidence && subset(data, evidence, held)[1], d.evidenceBar);
    const decided = assign(heldData, heldScores, d.cutoffs, fallback, d.exclusive);
    held.forEach((i, r) => out.set(decided.subarray(r * T, (r + 1) * T), i * T));
  }
  return out;
}

/** Topic decisions (as in the classifier) from log-odds, cut-offs, the fallback and exclusive pairs. */
export function assign(data: Prepared, scores: Float64Array, cutoffs: Float64Array, fallback: Fallback, exclusive: [number, number][] = []): Uint8Array {
  const T = data.topics.length;
  const floor = typeof fallback === 'object' && fallback !== null ? fallback.floor : fallback;
  const bar = typeof fallback === 'object' ? fallback : null;
  const out = new Uint8Array(scores.length);
  for (let i = 0; i < data.stories.length; i++) {
    let any = false;
    let bestT = 0;
    for (let t = 0; t < T; t++) {
      const margin = scores[i * T + t]! - cutoffs[t]!;
      if (margin >= 0) {
        out[i * T + t] = 1;
        any = true;
      }
      if (margin > scores[i * T + bestT]! - cutoffs[bestT]!) bestT = t;
    }
    const guessed = !any && floor !== null && 1 / (1 + Math.exp(-(scores[i * T + bestT]! - cutoffs[bestT]!))) >= floor;
    if (guessed && (!bar || bar.evidence[i * T + bestT]! >= bar.bar)) out[i * T + bestT] = 1;
    for (const [a, b] of exclusive) {
      if (!out[i * T + a] || !out[i * T + b]) continue;
      const weaker = scores[i * T + a]! - cutoffs[a]! >= scores[i * T + b]! - cutoffs[b]! ? b : a;
      out[i * T + weaker] = 0;
    }
  }
  return out;
}

/** Macro-F1 over topics with at least `minSupport` stories. */
export function macroF1(data: Prepared, predicted: Uint8Array, minSupport = 20): number {
  const T = data.topics.length;
  let sum = 0;
  let topics = 0;
  for (let t = 0; t < T; t++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < data.stories.length; i++) {
      const y = data.labels[i * T + t]!;
      const p = predicted[i * T + t]!;
      if (y && p) tp++;
      else if (p) fp++;
      else if (y) fn++;
    }
    if (tp + fn < minSupport) continue;
    topics++;
    sum += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return topics ? sum / topics : 0;
}

export interface TrainResult {
  model: TopicModel;
  /** Out-of-fold figures on the training stories, per topic. */
  crossValidation: { topic: string; f1: number; cutoff: number; stories: number }[];
  macroF1: number;
}

/** The whole of `npm run train`, minus the file I/O. */
export function train(stories: LabelledStory[], taxonomy: Taxonomy, params: TrainParams, about: Record<string, unknown>): TrainResult {
  const data = prepare(stories, taxonomy, params);
  const { first, oof, evidence } = outOfFold(data, params);
  const { cutoffs, fallback, evidenceBar, exclusive } = chooseDecisions(data, oof, params, evidence);
  const predicted = assign(data, oof, cutoffs, barred(fallback, evidence, evidenceBar), exclusive);
  const T = data.topics.length;
  const crossValidation = data.topics.map((topic, t) => {
    const s = Float64Array.from({ length: stories.length }, (_, i) => predicted[i * T + t]!);
    const y = Uint8Array.from({ length: stories.length }, (_, i) => data.labels[i * T + t]!);
    return { topic, f1: f1At(s, y, 0.5), cutoff: cutoffs[t]!, stories: y.reduce((a, b) => a + b, 0) };
  });
  const all = stories.map((_, i) => i);
  const fitted = fit(data, all, params);
  if (params.stackC) foldStack(fitted.logistic, fitStack(data, first, all, params.stackC));
  return {
    model: toModelFile(fitted, data, cutoffs, { fallback, evidenceBar }, exclusive, params, about),
    crossValidation,
    macroF1: macroF1(data, predicted),
  };
}

/** Multiplies the stack into a fitted model: the stacked log-odds of a story are then its plain log-odds. */
function foldStack(model: LogisticModel, stack: Stack): void {
  const T = model.topics;
  const row = new Float64Array(T);
  for (let f = 0; f < model.weights.length / T; f++) {
    for (let t = 0; t < T; t++) {
      let z = 0;
      for (let j = 0; j < T; j++) z += stack.weights[t * T + j]! * model.weights[f * T + j]!;
      row[t] = z;
    }
    model.weights.set(row, f * T);
  }
  const bias = Float64Array.from({ length: T }, (_, t) => {
    let z = stack.bias[t]!;
    for (let j = 0; j < T; j++) z += stack.weights[t * T + j]! * model.bias[j]!;
    return z;
  });
  model.bias.set(bias);
}

function toModelFile(
  fitted: Fitted,
  data: Prepared,
  cutoffs: Float64Array,
  { fallback, evidenceBar }: Pick<Decisions, 'fallback' | 'evidenceBar'>,
  exclusive: [number, number][],
  params: TrainParams,
  about: Record<string, unknown>,
): TopicModel {
  const topics = data.topics;
  const T = topics.length;
  const { weights, bias } = fitted.logistic;
  const terms: Record<string, number[]> = {};
  const lexicon: Record<string, number>[] = topics.map(() => ({}));
  fitted.vocabulary.forEach((term, f) => {
    if (term.startsWith(LEXICON_PREFIX)) {
      const source = term.slice(LEXICON_PREFIX.length);
      for (let t = 0; t < T; t++) lexicon[t]![source] = params.lexiconScale * weights[f * T + t]!;
      return;
    }
    // Every term the model knows keeps its idf (it scales the story's length), weights or not.
    const row = [data.idf.get(term)!];
    for (let t = 0; t < T; t++) {
      const w = weights[f * T + t]!;
      if (Math.abs(w) >= params.prune) row.push(t, w);
    }
    terms[term] = row;
  });
  return {
    format: MODEL_FORMAT,
    about: `wirebrief topic model, written by \`npm run train\`: one-vs-rest logistic regression${params.nbSmoothing ? ' (NB-scaled, weights folded back)' : ''} over tf-idf of title-weighted ${params.spec.bigrams ? 'words and word pairs' : 'words'}, plus each topic's lexicon evidence from taxonomy.yaml (matched at load time); cut-offs chosen by cross-validation on the training stories.`,
    spec: params.spec,
    training: { ...about, params: { c: params.c, minStories: params.minStories, balance: params.balance, folds: params.folds, prune: params.prune, lexiconScale: params.lexiconScale, nbSmoothing: params.nbSmoothing ?? 0, nbMix: params.nbMix ?? 1, stackC: params.stackC ?? 0, cutoffs: params.cutoffs ?? 'cv', nbBlend: params.nbBlend ?? 0, unannotatedWeight: params.unannotatedWeight ?? 1 } },
    fallbackScore: fallback,
    fallbackEvidence: evidenceBar,
    exclusive: exclusive.map(([a, b]) => [topics[a]!, topics[b]!] as [string, string]),
    unknownIdf: data.unknownIdf,
    topics: topics.map((id, t) => ({ id, bias: bias[t]!, cutoff: cutoffs[t]!, lexicon: lexicon[t]! })),
    terms,
  };
}
