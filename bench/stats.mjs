// Small timing helpers shared by the benchmark scripts.

/** The q-quantile (0..1) of a list of numbers, by nearest rank on a sorted copy. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => quantile(values, 0.5);

/** Runs `fn` `runs` times and returns each run's duration in ms. */
export function timeRuns(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Times `fn(draft)` once per draft per round, each call on its own, and
 * scales every sample to ms per `per` characters: the drafts are a little
 * under 5,000 characters, and scaling makes "per 5,000 characters" exact.
 * `sink` keeps each result's size so no call can be optimised away.
 */
export function timePerDraft(fn, drafts, { warmup, rounds, per = 5000, sink = () => 0 }) {
  let kept = 0;
  for (let r = 0; r < warmup; r++) for (const d of drafts) kept += sink(fn(d));
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) {
      const t0 = performance.now();
      const result = fn(d);
      const ms = performance.now() - t0;
      kept += sink(result);
      samples.push((ms * per) / d.length);
    }
  }
  return { samples, median: median(samples), p95: quantile(samples, 0.95), runs: samples.length, kept };
}
