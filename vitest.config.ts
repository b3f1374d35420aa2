import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The root config's global setup runs once per run, whichever projects run. The projects below
    // do not extend the root config (inline projects don't unless `extends: true`), so the build
    // does not run again per project.
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        // Real browsers: one file at a time (2 cores; each file launches its own browsers).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
