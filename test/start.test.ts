/**
 * `npm start -- --headless`: the demo page in headless Chromium with the extension, a sample draft
 * typed, the first flagged phrase hovered, and a real PNG screenshot saved (dist is built by the
 * global setup; scripts/start.mjs builds the pages itself).
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function runStart(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/start.mjs', '--headless'], { cwd: root, timeout: 50_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

test('npm start -- --headless saves a real PNG of the demo and exits 0', async () => {
  const run = await runStart();
  expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
  expect(run.stdout).toMatch(/Flagged: .*trigger-/);

  const path = run.stdout.match(/(\S+\.png)\s*$/m)?.[1] ?? '';
  expect(isAbsolute(path), `an absolute .png path in:\n${run.stdout}`).toBe(true);
  expect(existsSync(path)).toBe(true);

  const png = await readFile(path);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // The first chunk is IHDR: length (4 bytes), type "IHDR", then width and height (big-endian).
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBeGreaterThan(0);
  expect(png.readUInt32BE(20)).toBeGreaterThan(0);
}, 60_000);
