// Where Tactful's time goes: times the engine's stages one by one on the
// corpus. The public bundle (dist/node/core.mjs) only exports check(), so the
// internal functions are bundled from src/ here, into dist/bench/ (gitignored).
// The stages run in isolation, so their sum differs a little from one check();
// "the rest" is check() minus the measured stages.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outfile = fileURLToPath(new URL('../dist/bench/internals.mjs', import.meta.url));

// Only the engine's long-standing internal entry points; if they are renamed,
// the breakdown is skipped rather than failing the benchmark.
const INTERNALS = `
export { foldCase, tokenize } from './src/core/tokenize.ts';
export { scan } from './src/core/trie.ts';
export { applyMasks, findMasks } from './src/core/mask.ts';
`;

async function loadInternals() {
  await esbuild.build({
    stdin: { contents: INTERNALS, resolveDir: root, loader: 'ts', sourcefile: 'bench-internals.ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return import(`${new URL('../dist/bench/internals.mjs', import.meta.url).href}?t=${Date.now()}`);
}

/** Median over `rounds` of the mean ms per draft of `fn` applied to every input. */
function perDraft(inputs, fn, rounds) {
  for (const x of inputs) fn(x); // warm-up
  const means = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const x of inputs) fn(x);
    means.push((performance.now() - t0) / inputs.length);
  }
  return median(means);
}

/**
 * Returns [{ stage, ms }] per draft, or { error } when the internals cannot
 * be bundled or no longer fit (the engine is changing; the bench must not).
 */
export async function stageBreakdown(drafts, pack, check, rounds = 15) {
  let m;
  try {
    m = await loadInternals();
  } catch (e) {
    return { error: `could not bundle the engine's internals: ${e.message.split('\n')[0]}` };
  }
  try {
    const masked = drafts.map((d) => m.applyMasks(d, m.findMasks(d)));
    const tokens = masked.map((t) => m.tokenize(t, m.foldCase(t)));
    const patterns = pack.rules.filter((r) => r.enabled).flatMap((r) => r.patterns);
    const total = perDraft(drafts, (d) => check({ draft: d }, pack), rounds);
    const stages = [
      { stage: 'mask quotes + signature (findMasks, applyMasks)', ms: perDraft(drafts, (d) => m.applyMasks(d, m.findMasks(d)), rounds) },
      { stage: 'tokenize (foldCase, tokenize)', ms: perDraft(masked, (t) => m.tokenize(t, m.foldCase(t)), rounds) },
      { stage: 'trie scan (scan, no-op hit handler)', ms: perDraft(tokens, (t) => m.scan(pack.trie, t, () => {}), rounds) },
      {
        stage: `regex patterns (${patterns.length})`,
        ms: perDraft(
          masked,
          (t) => {
            for (const p of patterns) {
              p.regex.lastIndex = 0;
              for (let x = p.regex.exec(t); x !== null; x = p.regex.exec(t)) if (x[0].length === 0) p.regex.lastIndex++;
            }
          },
          rounds,
        ),
      },
    ];
    const measured = stages.reduce((s, x) => s + x.ms, 0);
    stages.push({ stage: 'the rest (hits, best matches, warnings, reminders, score)', ms: Math.max(0, total - measured) });
    return { total, stages };
  } catch (e) {
    return { error: `the engine's internals changed shape: ${e.message.split('\n')[0]}` };
  }
}
