// mulberry32: a small seeded generator for everything that must repeat exactly from a seed (the
// bench's synthetic corpus, the stress copies of the converter eval, the fault tests' kill points).
// Never Math.random there.

/** Uniform floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
