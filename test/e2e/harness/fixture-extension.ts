import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from './common.js';

/** A host that cannot exist (RFC 2606), standing in for "somewhere on the internet". */
export const REMOTE_URL = 'http://tactful-e2e.invalid/beacon';

export interface FixtureExtension {
  path: string;
  /** The Firefox add-on id in its manifest. */
  geckoId: string;
  remove(): Promise<void>;
}

/**
 * Writes a throwaway MV3 extension that exercises the harness's recorders: its background fetches
 * `<origin>/from-background` and REMOTE_URL at startup; its content script (every frame of pages on
 * the origin's host) fetches `<origin>/from-content-script?frame=<path>`, logs a console.error and
 * throws; `popup.html` fetches `<origin>/from-popup`.
 */
export async function writeFixtureExtension(browser: 'chrome' | 'firefox', origin: string): Promise<FixtureExtension> {
  const path = await makeTempDir(`fixture-${browser}`);
  const geckoId = 'harness-fixture@tactful.dev';
  const manifest = {
    manifest_version: 3,
    name: 'Tactful harness fixture',
    version: '1.0',
    background: browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    // Match patterns have no port (Firefox rejects one; both browsers then match every port).
    host_permissions: [`${new URL(origin).protocol}//${new URL(origin).hostname}/*`],
    content_scripts: [{ matches: [`${new URL(origin).protocol}//${new URL(origin).hostname}/*`], js: ['content.js'], all_frames: true }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: geckoId } } } : {}),
  };
  const quietFetch = (url: string) => `fetch(${JSON.stringify(url)}).catch(() => {});`;
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest, null, 2),
    // At startup, and again a moment later: a worker can start (and fetch) before a recorder can
    // subscribe, so the second round is what the recorders are sure to see.
    'background.js': `${quietFetch(`${origin}/from-background`)}\n${quietFetch(REMOTE_URL)}\nsetTimeout(() => { ${quietFetch(`${origin}/from-background`)} ${quietFetch(REMOTE_URL)} }, 1500);\n`,
    'content.js': [
      `fetch(${JSON.stringify(`${origin}/from-content-script?frame=`)} + encodeURIComponent(location.pathname)).catch(() => {});`,
      `console.error('fixture content script error in', location.pathname);`,
      `setTimeout(() => { throw new Error('fixture content script exception'); });`,
    ].join('\n'),
    'popup.html': '<!doctype html><title>Fixture popup</title><script src="popup.js"></script>',
    'popup.js': quietFetch(`${origin}/from-popup`),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(path, name), text);
  return { path, geckoId, remove: () => removeTempDir(path) };
}
