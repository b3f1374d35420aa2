import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const root = new URL('../', import.meta.url);
const manifest = (browser: string) => JSON.parse(readFileSync(new URL(`dist/${browser}/manifest.json`, root), 'utf8'));

describe('the browser builds', () => {
  test('Chrome runs the background as a service worker', () => {
    const m = manifest('chrome');
    expect([m.manifest_version, m.background, m.browser_specific_settings]).toEqual([3, { service_worker: 'background.js' }, undefined]);
  });

  test('Firefox runs background scripts and has a gecko id', () => {
    const m = manifest('firefox');
    expect([m.background, m.browser_specific_settings?.gecko?.id]).toEqual([{ scripts: ['background.js'] }, 'tactful@tactful.dev']);
  });

  test('both ship every icon the manifest names', () => {
    for (const browser of ['chrome', 'firefox']) {
      for (const icon of Object.values(manifest(browser).icons) as string[])
        expect(existsSync(new URL(`dist/${browser}/${icon}`, root))).toBe(true);
    }
  });

  test("the Firefox build passes Mozilla's add-on linter with no errors, and no warnings but Preact's", () => {
    const out = execFileSync(
      process.execPath,
      [new URL('node_modules/web-ext/bin/web-ext.js', root).pathname, 'lint', '-s', 'dist/firefox', '--output', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    // Preact's renderer supports dangerouslySetInnerHTML (Tactful never uses it); the linter flags that code
    // path once in each page bundled with Preact (the popup and the options page), and nothing else.
    const others = report.warnings
      .map((w: { code: string; file: string }) => `${w.code} ${w.file}`)
      .filter((w: string) => w !== 'UNSAFE_VAR_ASSIGNMENT popup.js' && w !== 'UNSAFE_VAR_ASSIGNMENT options.js');
    expect(others).toEqual([]);
  });
  test('the Chrome build has the fixed id the README gives for policies; the Firefox build has no key', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { extensionId } = await import('../scripts/extension-id.mjs');
    const chrome = JSON.parse(readFileSync(new URL('dist/chrome/manifest.json', root), 'utf8'));
    const firefox = JSON.parse(readFileSync(new URL('dist/firefox/manifest.json', root), 'utf8'));
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect([readme.includes(extensionId(chrome.key)), 'key' in firefox]).toEqual([true, false]);
  });
});
