// Builds Tactful: the extension for Chrome and Firefox (dist/chrome, dist/firefox),
// the CLI (dist/cli.js) and the engine as a Node module for benchmarks (dist/node/core.mjs).
// Usage: node build.mjs [--watch] [--dev]
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const dev = process.argv.includes('--dev');
const root = new URL('./', import.meta.url);
const path = (p) => new URL(p, root).pathname;

/** Entry points of the extension, one per context. */
const extensionEntries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  'main-world': 'src/content/main-world.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

/** The manifest for one browser: Chrome runs a service worker, Firefox background scripts. */
export function manifestFor(browser, base) {
  const m = structuredClone(base);
  if (browser === 'chrome') {
    delete m.browser_specific_settings;
    m.background = { service_worker: 'background.js' };
  } else {
    delete m.minimum_chrome_version;
    // Firefox names the extension by its gecko id; the key only fixes Chrome's id.
    delete m.key;
    m.background = { scripts: ['background.js'] };
  }
  return m;
}

async function buildExtension(browser) {
  const out = path(`dist/${browser}/`);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await esbuild.build({
    entryPoints: extensionEntries,
    outdir: out,
    bundle: true,
    // Content scripts cannot be modules; one classic format for every context keeps it simple.
    format: 'iife',
    target: browser === 'chrome' ? 'chrome120' : 'firefox142',
    loader: { '.css': 'text' },
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    define: { 'process.env.TACTFUL_BROWSER': JSON.stringify(browser) },
    logLevel: 'warning',
  });
  const base = JSON.parse(await readFile(path('manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(path('package.json'), 'utf8'));
  const manifest = manifestFor(browser, { ...base, version: pkg.version });
  await writeFile(`${out}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(path('src/content/highlights.css'), `${out}content.css`);
  await cp(path('src/popup/popup.html'), `${out}popup.html`);
  await cp(path('src/popup/popup.css'), `${out}popup.css`);
  await cp(path('src/options/options.html'), `${out}options.html`);
  // The options page's stylesheets, kept beside their components, joined into one file.
  const optionsCss = await Promise.all(
    ['options', 'controls', 'layout', 'checks', 'insights'].map((name) => readFile(path(`src/options/${name}.css`), 'utf8')),
  );
  await writeFile(`${out}options.css`, optionsCss.join('\n'));
  await cp(path('managed-schema.json'), `${out}managed-schema.json`);
  await cp(path('_locales'), `${out}_locales`, { recursive: true });
  await mkdir(`${out}icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) await cp(path(`icons/icon-${size}.png`), `${out}icons/icon-${size}.png`);
}

async function buildNode() {
  await esbuild.build({
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: path('dist/'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: { core: 'src/core/index.ts' },
    loader: { '.css': 'text' },
    outdir: path('dist/node/'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}

const started = performance.now();
await Promise.all([buildExtension('chrome'), buildExtension('firefox'), buildNode()]);
console.log(`built dist/chrome, dist/firefox, dist/cli.js in ${Math.round(performance.now() - started)} ms`);
