/**
 * One-vs-rest L2-regularised logistic regression for sparse text features.
 * Plain loops in a fixed order: the same data give the same weights, bit for
 * bit, so the model file is reproducible.
 */

import { mulberry32 } from '../random.js';

/** Rows of sparse feature vectors (compressed sparse rows). */
export interface SparseRows {
  rowStart: Int32Array; // length rows + 1
  cols: Int32Array;
  values: Float64Array;
  features: number;
}

export interface LogisticOptions {
  /** Inverse regularisation strength, as in liblinear/scikit-learn. */
  c: number;
  /** Weight of a positive example relative to a negative one, per topic (1 = plain). */
  positiveWeight: number[];
  /** Weight of each row (1 = plain). */
  rowWeight?: Float64Array;
  /** Passes over the data, at most. */
  maxIterations?: number;
  /** Stop when no dual gradient is larger than this. */
  tolerance?: number;
}

export interface LogisticModel {
  /** features × topics, row-major: weights[f * topics + t]. */
  weights: Float64Array;
  bias: Float64Array;
  topics: number;
}

export function buildRows(vectors: Map<number, number>[], features: number): SparseRows {
  const rowStart = new Int32Array(vectors.length + 1);
  let nnz = 0;
  for (let i = 0; i < vectors.length; i++) {
    nnz += vectors[i]!.size;
    rowStart[i + 1] = nnz;
  }
  const cols = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const v of vectors) {
    for (const [col, value] of [...v].sort((a, b) => a[0] - b[0])) {
      cols[k] = col;
      values[k++] = value;
    }
  }
  return { rowStart, cols, values, features };
}

/**
 * labels[i * topics + t] is 1 when row i carries topic t. Each topic is fitted
 * on its own by dual coordinate descent (Yu, Huang & Lin 2011, as in
 * liblinear): each pass over the stories costs one read of their terms, so a
 * fit of thousands of stories takes seconds. The bias is a constant feature,
 * regularised like the others, as in liblinear.
 */
export function fitLogistic(x: SparseRows, labels: Uint8Array, topics: number, opts: LogisticOptions): LogisticModel {
  const rows = x.rowStart.length - 1;
  const weights = new Float64Array(x.features * topics);
  const bias = new Float64Array(topics);
  const sqNorm = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 1; // the bias feature
    for (let k = x.rowStart[i]!; k < x.rowStart[i + 1]!; k++) s += x.values[k]! * x.values[k]!;
    sqNorm[i] = s;
  }
  const w = new Float64Array(x.features + 1); // last: bias
  const alpha = new Float64Array(2 * rows);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const maxIterations = opts.maxIterations ?? 100;
  const tolerance = opts.tolerance ?? 0.01;
  for (let t = 0; t < topics; t++) {
    w.fill(0);
    const cost = new Float64Array(rows);
    const y = new Int8Array(rows);
    for (let i = 0; i < rows; i++) {
      const positive = labels[i * topics + t] === 1;
      y[i] = positive ? 1 : -1;
      cost[i] = opts.c * (opts.rowWeight ? opts.rowWeight[i]! : 1) * (positive ? opts.positiveWeight[t]! : 1);
      alpha[2 * i] = Math.min(0.001 * cost[i]!, 1e-8);
      alpha[2 * i + 1] = cost[i]! - alpha[2 * i]!;
      addRow(x, i, w, y[i]! * alpha[2 * i]!);
    }
    const random = mulberry32(0x5eed + t);
    let innerTolerance = 1e-2;
    for (let iter = 0; iter < maxIterations; iter++) {
      for (let i = rows - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const tmp = order[i]!;
        order[i] = order[j]!;
        order[j] = tmp;
      }
      let gMax = 0;
      let newtonIterations = 0;
      for (const i of order) {
        const c = cost[i]!;
        const a = sqNorm[i]!;
        const b = y[i]! * dotRow(x, i, w);
        let first = 2 * i;
        let second = 2 * i + 1;
        let sign = 1;
        if (0.5 * a * (alpha[second]! - alpha[first]!) + b < 0) {
          first = 2 * i + 1;
          second = 2 * i;
          sign = -1;
        }
        const old = alpha[first]!;
        let z = old;
        if (c - z < 0.5 * c) z *= 0.1;
        let gp = a * (z - old) + sign * b + Math.log(z / (c - z));
        gMax = Math.max(gMax, Math.abs(gp));
        let inner = 0;
        while (inner <= 100 && Math.abs(gp) >= innerTolerance) {
          const gpp = a + c / (c - z) / z;
          const next = z - gp / gpp;
          z = next <= 0 ? z * 0.1 : next;
          gp = a * (z - old) + sign * b + Math.log(z / (c - z));
          inner++;
          newtonIterations++;
        }
        if (inner > 0) {
          alpha[first] = z;
          alpha[second] = c - z;
          addRow(x, i, w, sign * (z - old) * y[i]!);
        }
      }
      if (newtonIterations <= rows / 10) innerTolerance = Math.max(1e-8, 0.1 * innerTolerance);
      if (gMax < tolerance) break;
    }
    for (let f = 0; f < x.features; f++) weights[f * topics + t] = w[f]!;
    bias[t] = w[x.features]!;
  }
  return { weights, bias, topics };
}

function dotRow(x: SparseRows, i: number, w: Float64Array): number {
  let s = w[x.features]!;
  for (let k = x.rowStart[i]!; k < x.rowStart[i + 1]!; k++) s += x.values[k]! * w[x.cols[k]!]!;
  return s;
}

function addRow(x: SparseRows, i: number, w: Float64Array, scale: number): void {
  w[x.features]! += scale;
  for (let k = x.rowStart[i]!; k < x.rowStart[i + 1]!; k++) w[x.cols[k]!]! += scale * x.values[k]!;
}


/** Scores (log-odds) of every row for every topic: out[i * topics + t]. */
export function predictRows(model: LogisticModel, x: SparseRows): Float64Array {
  const rows = x.rowStart.length - 1;
  const { topics, weights, bias } = model;
  const out = new Float64Array(rows * topics);
  for (let i = 0; i < rows; i++) {
    for (let t = 0; t < topics; t++) out[i * topics + t] = bias[t]!;
    for (let k = x.rowStart[i]!; k < x.rowStart[i + 1]!; k++) {
      const col = x.cols[k]!;
      if (col >= x.features || col * topics >= weights.length) continue;
      const v = x.values[k]!;
      for (let t = 0; t < topics; t++) out[i * topics + t]! += v * weights[col * topics + t]!;
    }
  }
  return out;
}
