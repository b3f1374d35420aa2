// Dev helper: bundle the engine and print what it finds in the drafts given as arguments.
// Usage: node scripts/try.mjs "draft" ["draft" …]   (CUST="customer message" to add context)
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['src/core/index.ts'],
  bundle: true,
  outfile: 'dist/node/core.mjs',
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const m = await import(new URL('../dist/node/core.mjs', import.meta.url).href);
const t0 = performance.now();
m.defaultPack();
console.log('compile ms', (performance.now() - t0).toFixed(1));
for (const d of process.argv.slice(2)) {
  const r = m.check({ draft: d, customer: process.env.CUST });
  console.log(JSON.stringify(d), '→', r.score);
  for (const w of r.warnings) console.log(`   ${w.rule} [${w.text}] ${w.severity} ${JSON.stringify(w.suggestions)}`);
  console.log(
    '   missing:',
    r.reminders
      .filter((x) => x.expected && !x.met)
      .map((x) => x.rule)
      .join(','),
    '| met:',
    r.reminders
      .filter((x) => x.met)
      .map((x) => x.rule)
      .join(','),
    '| signals:',
    r.signals.map((s) => `${s.id}(${s.evidence})`).join(','),
  );
}
