// `npm run bench`: how fast Tactful's engine checks a draft, next to
// write-good and alex on the same drafts, against the project's targets; then the extension itself in
// Chromium (bench/browser.mjs: typing cost, time to highlights, content script size).
// A benchmark, not a test: a missed target prints MISSED and still exits 0.
// Exit 1 only when the engine looks broken (no warnings on the whole corpus) or the browser part
// cannot run its scenario (the extension draws nothing, say); without Chromium that part is skipped.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { text as alexText } from 'alex';
import { check, defaultPack, loadPack } from '../dist/node/core.mjs';
import { runBrowserBench } from './browser.mjs';
import { makeCorpus } from './drafts.mjs';
import { stageBreakdown } from './stages.mjs';
import { median, timePerDraft, timeRuns } from './stats.mjs';

const writeGood = createRequire(import.meta.url)('write-good');

const SEED = 20240603;
const TARGETS = { msPer5k: 0.2, vsWriteGood: 20, msPer100k: 5 };
// Iterations: enough for stable medians, small enough to stay well under
// two minutes on two cores even if the engine gets much slower.
const RUNS = {
  tactful: { warmup: 5, rounds: 20 },
  writeGood: { warmup: 1, rounds: 5 },
  alex: { warmup: 1, rounds: 3 },
  long100k: 20,
  long1m: 3,
  compile: 10,
};
const OUT = new URL('../dist/bench-latest.json', import.meta.url);

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
const int = (n) => n.toLocaleString('en-US');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

/** Compile time of the default pack: a tiny extending pack makes loadPack validate, merge and compile it all. */
function measureCompile() {
  const t0 = performance.now();
  defaultPack(); // the first compile, cold (also what the extension pays on start-up)
  const cold = performance.now() - t0;
  loadPack({ name: 't', rules: {} }); // warm-up
  const runs = timeRuns(() => loadPack({ name: 't', rules: {} }), RUNS.compile);
  return { cold, median: median(runs), runs: runs.length };
}

/** Median ms of checking one long draft `runs` times (after one warm-up check). */
function measureLong(draft, runs) {
  check({ draft });
  const times = timeRuns(() => check({ draft }), runs);
  return { chars: draft.length, runs, median: median(times), max: Math.max(...times) };
}

function verdict(pass) {
  return pass ? 'PASS  ' : 'MISSED';
}

function printReport(r) {
  const line = '-'.repeat(78);
  console.log(`\nTactful engine benchmark — ${new Date(r.date).toISOString()}`);
  console.log(`machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.machine.os}`);
  console.log(
    `corpus: ${r.corpus.drafts} drafts, ${int(r.corpus.minChars)}–${int(r.corpus.maxChars)} chars (mean ${int(r.corpus.meanChars)}), seed ${r.corpus.seed}`,
  );
  console.log(line);
  console.log(
    `${pad('per-draft time, ms per 5,000 chars', 44)}${lpad('runs', 6)}${lpad('median', 10)}${lpad('p95', 10)}${lpad('× Tactful', 10)}`,
  );
  for (const t of r.tools) {
    const ratio = t.id === 'tactful' ? '1' : `${t.vsTactful.toFixed(1)}`;
    console.log(`${pad(t.label, 44)}${lpad(t.runs, 6)}${lpad(fmt(t.median), 10)}${lpad(fmt(t.p95), 10)}${lpad(ratio, 10)}`);
  }
  console.log(line);
  console.log(`${pad('Tactful alone', 44)}${lpad('runs', 6)}${lpad('median', 10)}${lpad('max', 10)}`);
  console.log(
    `${pad(`check(), ${int(r.long100k.chars)}-char draft`, 44)}${lpad(r.long100k.runs, 6)}${lpad(fmt(r.long100k.median), 10)}${lpad(fmt(r.long100k.max), 10)}`,
  );
  console.log(
    `${pad(`check(), ${int(r.long1m.chars)}-char draft`, 44)}${lpad(r.long1m.runs, 6)}${lpad(fmt(r.long1m.median), 10)}${lpad(fmt(r.long1m.max), 10)}`,
  );
  console.log(`${pad('compile default pack (loadPack, extending)', 44)}${lpad(r.compile.runs, 6)}${lpad(fmt(r.compile.median), 10)}`);
  console.log(`${pad('first defaultPack() (cold, once)', 44)}${lpad(1, 6)}${lpad(fmt(r.compile.cold), 10)}`);
  console.log(line);
  console.log('targets');
  for (const t of r.targets) console.log(`  ${verdict(t.pass)}  ${pad(t.name, 46)} measured ${t.measured}`);
  console.log(line);
  if (r.stages.error) console.log(`where Tactful's time goes: skipped (${r.stages.error})`);
  else {
    console.log(`where Tactful's time goes (ms per draft, stages timed separately; check() = ${fmt(r.stages.total)})`);
    for (const s of r.stages.stages) {
      console.log(`  ${pad(s.stage, 62)}${lpad(fmt(s.ms), 8)}${lpad(`${Math.round((100 * s.ms) / r.stages.total)}%`, 6)}`);
    }
  }
  console.log(line);
  const s = r.sanity;
  console.log(
    `sanity: Tactful found ${int(s.tactfulWarnings)} warnings over the ${r.corpus.drafts} drafts (${s.tactfulRules.join(', ')}); write-good ${int(s.writeGoodSuggestions)} suggestions; alex ${int(s.alexMessages)} messages`,
  );
  console.log('notes: alex is called as text() from "alex" (its plain-text entry, no markdown parsing); it builds a');
  console.log('       new unified processor on every call, which is part of its per-call cost. write-good is');
  console.log('       called as writeGood(text) with its default checks. All three see the same drafts.');
  console.log(`results written to ${decodeURIComponent(OUT.pathname)}\n`);
}

async function main() {
  const startedAt = performance.now();
  const corpus = makeCorpus({ seed: SEED, count: 40, size: 5000 });
  const { drafts } = corpus;
  const lengths = drafts.map((d) => d.length);

  const compile = measureCompile(); // first, so the cold figure really is cold
  const pack = defaultPack();

  // Sanity before timing: a broken engine would make every figure meaningless.
  const rulesSeen = new Map();
  let tactfulWarnings = 0;
  for (const d of drafts) {
    for (const w of check({ draft: d }, pack).warnings) {
      tactfulWarnings++;
      rulesSeen.set(w.rule, (rulesSeen.get(w.rule) ?? 0) + 1);
    }
  }
  const writeGoodSuggestions = drafts.reduce((n, d) => n + writeGood(d).length, 0);
  const alexMessages = drafts.reduce((n, d) => n + alexText(d).messages.length, 0);

  const tactful = timePerDraft((d) => check({ draft: d }, pack), drafts, { ...RUNS.tactful, sink: (r) => r.warnings.length });
  const wg = timePerDraft((d) => writeGood(d), drafts, { ...RUNS.writeGood, sink: (r) => r.length });
  const alex = timePerDraft((d) => alexText(d), drafts, { ...RUNS.alex, sink: (f) => f.messages.length });

  const long100k = measureLong(corpus.draft100k, RUNS.long100k);
  const long1m = measureLong(corpus.draft1m, RUNS.long1m);
  const stages = await stageBreakdown(drafts, pack, check);

  const tools = [
    { id: 'tactful', label: 'Tactful check() (default pack, compiled)', ...tactful },
    { id: 'write-good', label: 'write-good writeGood(text)', ...wg },
    { id: 'alex', label: 'alex text() (plain text)', ...alex },
  ].map(({ samples, kept, ...t }) => ({ ...t, vsTactful: t.median / tactful.median }));
  const vsWriteGood = wg.median / tactful.median;
  const targets = [
    {
      name: `Tactful ≤ ${TARGETS.msPer5k} ms per 5,000 chars (median)`,
      pass: tactful.median <= TARGETS.msPer5k,
      measured: `${fmt(tactful.median)} ms`,
    },
    {
      name: `Tactful ≥ ${TARGETS.vsWriteGood}× faster than write-good`,
      pass: vsWriteGood >= TARGETS.vsWriteGood,
      measured: `${vsWriteGood.toFixed(1)}×`,
    },
    {
      name: `Tactful ≤ ${TARGETS.msPer100k} ms per 100,000 chars (median)`,
      pass: long100k.median <= TARGETS.msPer100k,
      measured: `${fmt(long100k.median)} ms`,
    },
  ];

  const report = {
    date: Date.now(),
    machine: machine(),
    corpus: {
      seed: SEED,
      drafts: drafts.length,
      minChars: Math.min(...lengths),
      maxChars: Math.max(...lengths),
      meanChars: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length),
      long: [corpus.draft100k.length, corpus.draft1m.length],
    },
    unit: 'ms; per-draft figures are scaled to exactly 5,000 characters',
    tools,
    ratios: { writeGoodVsTactful: vsWriteGood, alexVsTactful: alex.median / tactful.median },
    long100k,
    long1m,
    compile,
    targets,
    stages,
    sanity: {
      tactfulWarnings,
      tactfulRules: [...rulesSeen].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`),
      writeGoodSuggestions,
      alexMessages,
    },
    benchSeconds: 0,
  };
  report.benchSeconds = Math.round((performance.now() - startedAt) / 100) / 10;

  await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
  await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  console.log(`bench took ${report.benchSeconds} s`);

  if (tactfulWarnings === 0) {
    console.error('FAIL: Tactful found no warnings at all on a corpus full of trigger phrases; the engine is broken.');
    process.exitCode = 1;
  }

  // The extension in Chromium (bench/browser.mjs): typing cost, time to highlights, content script size.
  // Skipped with a note when Chromium is missing; a failure (nothing drawn, say) means the extension is broken.
  try {
    report.browser = await runBrowserBench();
  } catch (err) {
    report.browser = { error: err instanceof Error ? err.message : String(err) };
    console.error(`FAIL: the browser benchmark could not run: ${report.browser.error}`);
    process.exitCode = 1;
  }
  await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`browser figures added to ${decodeURIComponent(OUT.pathname)} (under "browser")\n`);
}

await main();
