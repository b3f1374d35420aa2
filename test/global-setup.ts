import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once before any test runs, so tests of built artefacts never see a stale build.
 * `TACTFUL_SKIP_BUILD=1` skips it, for running unit tests while another build is in use.
 */
export default function setup(): void {
  if (process.env.TACTFUL_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['build.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
}
