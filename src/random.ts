/**
 * mulberry32: a small seeded generator of numbers in [0, 1). Training draws its order of updates from it, so the same data
 * give the same model file; tests draw their stories and arrival orders from it, so a failing case is named by its seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
