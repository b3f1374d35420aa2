/**
 * End-to-end tests of the `tactful` CLI: they spawn the built `dist/cli.js`
 * (built by test/global-setup.ts before the tests run).
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMacros } from '../src/cli/inputs.js';
import type { JsonRecord } from '../src/cli/report-json.js';
import { loadPack } from '../src/core/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const fx = 'test/fixtures/cli';
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function tactful(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(run: Run): JsonRecord[] {
  return JSON.parse(run.stdout) as JsonRecord[];
}

describe('tactful (general)', () => {
  it('prints help with --help and -h', () => {
    for (const flag of ['--help', '-h']) {
      const r = tactful([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: tactful/);
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(tactful(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints the resolved default pack, which loads as a pack of its own', () => {
    const r = tactful(['pack', '--print-default']);
    expect(r.code).toBe(0);
    const pack = JSON.parse(r.stdout) as { extends: string; rules: Record<string, unknown> };
    expect(pack.extends).toBe('none');
    expect(Object.keys(pack.rules)).toContain('trigger-should');
    expect(() => loadPack(r.stdout)).not.toThrow();
  });

  it.each([
    [['lint', '--bogus', `${fx}/should.txt`]],
    [['lint', '--format', 'xml', `${fx}/should.txt`]],
    [['lint', '--fail-on', 'never', `${fx}/should.txt`]],
    [['frobnicate']],
    [[]],
  ])('exits 2 with a one-line usage error for %j', (args) => {
    const r = tactful(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^tactful: [^\n]+\nRun tactful --help for usage\.\n$/);
  });
});

describe('tactful lint: exit codes', () => {
  it('exits 0 for a draft with only warnings, 1 with --fail-on warning or hint', () => {
    expect(tactful(['lint', `${fx}/should.txt`]).code).toBe(0);
    expect(tactful(['lint', '--fail-on', 'warning', `${fx}/should.txt`]).code).toBe(1);
    expect(tactful(['lint', '--fail-on', 'hint', `${fx}/should.txt`]).code).toBe(1);
  });

  it('exits 1 for an error at the default threshold, 0 for a clean draft', () => {
    expect(tactful(['lint'], "Obviously you didn't read the manual.").code).toBe(1);
    const clean = tactful(['lint', '--fail-on', 'hint', `${fx}/clean.txt`]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/✔ 1 draft, no problems/);
  });
});

describe('tactful lint: text format', () => {
  it('shows line:col of a warning on line 2 and the summary', () => {
    const r = tactful(['lint', `${fx}/should.txt`, `${fx}/clean.txt`]);
    const draft = read(`${fx}/should.txt`);
    expect(draft.split('\n')[1]).toMatch(/^You should have read/);
    expect(r.stdout).toMatch(/^test\/fixtures\/cli\/should\.txt\n {2}2:1 {2}warning {2}.+ {2}trigger-should$/m);
    expect(r.stdout).toContain('→ "');
    expect(r.stdout).toMatch(/^✖ 1 problem \(1 warning\) in 1 of 2 drafts/m);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('shows macro titles and missing reminders', () => {
    const r = tactful(['lint', `${fx}/macros.json`]);
    expect(r.stdout).toMatch(/^360001 {2}Refunds::Policy$/m);
    expect(r.stdout).toMatch(/^shipping-delay {2}Shipping delay$/m);
    expect(r.stdout).toMatch(/^ {2}reminders: [a-z-]+(, [a-z-]+)* missing$/m);
    expect(r.stdout).toContain('→ remove "Obviously"');
  });
});

describe('tactful lint: JSON format', () => {
  const files = [`${fx}/should.txt`, `${fx}/replies.jsonl`, `${fx}/macros.json`, `${fx}/clean.txt`];

  it('prints one array in input order; every warning text is the slice it points at', () => {
    const r = tactful(['lint', '--format', 'json', ...files]);
    const records = json(r);
    expect(records.map((x) => x.id)).toEqual([files[0], 'policy', `${fx}/replies.jsonl:3`, 7, 360001, 'shipping-delay', files[3]]);
    const drafts = [
      read(files[0] as string),
      "It's our policy.",
      "Obviously you didn't read the manual.",
      "Thank you for writing in! I've updated your address. Let me know if you have any other questions.",
      ...parseMacros(read(`${fx}/macros.json`), 'm').drafts.map((d) => d.draft),
      read(files[3] as string),
    ];
    records.forEach((rec, i) => {
      for (const w of rec.warnings) expect(w.text).toBe(drafts[i]?.slice(w.start, w.end));
    });
    expect(records.flatMap((x) => x.warnings).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps to the contract fields', () => {
    const [rec] = json(tactful(['lint', '--format', 'json', `${fx}/should.txt`]));
    expect(Object.keys(rec ?? {})).toEqual(['id', 'score', 'warnings', 'reminders', 'signals']);
    expect(rec?.warnings[0]).toMatchObject({ rule: 'trigger-should', severity: 'warning', start: 8 });
    expect(Object.keys(rec?.warnings[0] ?? {})).not.toContain('why');
    expect(Object.keys(rec?.reminders[0] ?? {})).toEqual(['rule', 'expected', 'met']);
  });

  it('passes the customer message on, so signals show up', () => {
    const [policy] = json(tactful(['lint', '--format', 'json', `${fx}/replies.jsonl`]));
    expect(policy?.signals.some((s) => s.source === 'customer')).toBe(true);
  });
});

describe('tactful lint: inputs', () => {
  it('reports a malformed JSON Lines line by number, checks the rest and exits 2', () => {
    const r = tactful(['lint', '--format', 'json', `${fx}/replies.jsonl`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tactful: test\/fixtures\/cli\/replies\.jsonl:4: not valid JSON \(.+\)$/m);
    expect(json(r).map((x) => x.id)).toEqual(['policy', `${fx}/replies.jsonl:3`, 7]);
  });

  it('reads Zendesk macros: HTML reduced to text, macros without a comment skipped', () => {
    const r = tactful(['lint', '--format', 'json', `${fx}/macros.json`]);
    expect(r.code).toBe(1);
    const [html, plain] = json(r);
    expect(json(r)).toHaveLength(2);
    expect(html?.warnings.map((w) => [w.rule, w.text])).toEqual([
      ['trigger-policy', 'It\u2019s our policy'],
      ['trigger-cant', "we can't change it"],
    ]);
    expect(plain?.warnings.map((w) => w.rule)).toContain('blame-customer');
  });

  it('reports missing files and directories, checks the others and exits 2', () => {
    const r = tactful(['lint', '--format', 'json', `${fx}/missing.txt`, `${fx}/should.txt`, fx]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tactful: ${fx}/missing.txt: no such file\ntactful: ${fx}: is a directory\n`);
    expect(json(r).map((x) => x.id)).toEqual([`${fx}/should.txt`]);
  });

  it('reads stdin with - and with no file', () => {
    for (const args of [['lint', '-'], ['lint']]) {
      const r = tactful([...args, '--format', 'json'], "Hello,\nIt's our policy.");
      expect(r.code).toBe(0);
      expect(json(r)).toMatchObject([{ id: '<stdin>', warnings: [{ rule: 'trigger-policy', start: 7 }] }]);
    }
  });

  it('sniffs JSON Lines and macro exports on stdin', () => {
    const jsonl = '{"id": "x", "draft": "It\'s our policy."}\n\n{"draft": "Hi"}\n';
    expect(json(tactful(['lint', '--format', 'json'], jsonl)).map((x) => x.id)).toEqual(['x', '<stdin>:3']);
    const macros = json(tactful(['lint', '--format', 'json'], read(`${fx}/macros.json`)));
    expect(macros.map((x) => x.id)).toEqual([360001, 'shipping-delay']);
  });

  it('shows a dash for the score of an empty draft', () => {
    expect(tactful(['lint'], '').stdout).toMatch(/^ {2}score —$/m);
  });
});

describe('tactful lint --pack', () => {
  it('applies a team pack that turns a check off', () => {
    const records = json(tactful(['lint', '--format', 'json', '--pack', `${fx}/team-pack.json`, `${fx}/macros.json`]));
    expect(records.flatMap((x) => x.warnings.map((w) => w.rule))).not.toContain('trigger-policy');
    expect(records.flatMap((x) => x.warnings.map((w) => w.rule))).toContain('blame-customer');
  });

  it('rejects an invalid pack naming the JSON path, with exit 2 and nothing on stdout', () => {
    const r = tactful(['lint', '--format', 'json', '--pack', `${fx}/invalid-pack.json`, `${fx}/should.txt`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/rules/trigger-should/severity');
  });

  it('reports a missing pack file', () => {
    const r = tactful(['lint', '--pack', `${fx}/no-such-pack.json`, `${fx}/should.txt`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tactful: ${fx}/no-such-pack.json: no such file\n`);
  });
});
