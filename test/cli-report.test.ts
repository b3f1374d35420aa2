import { describe, expect, it } from 'vitest';
import { toJsonRecord } from '../src/cli/report-json.js';
import { formatText, lineCol, summaryLine } from '../src/cli/report-text.js';
import { check } from '../src/core/index.js';

describe('lineCol', () => {
  it('counts 1-based lines and columns', () => {
    expect(lineCol('abc', 0)).toEqual({ line: 1, col: 1 });
    expect(lineCol('ab\ncd', 3)).toEqual({ line: 2, col: 1 });
    expect(lineCol('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });

  it('treats \\r\\n as one break and \\r alone as a break', () => {
    expect(lineCol('a\r\nb\rc', 3)).toEqual({ line: 2, col: 1 });
    expect(lineCol('a\r\nb\rc', 5)).toEqual({ line: 3, col: 1 });
  });

  it('counts columns in UTF-16 code units, like eslint', () => {
    expect(lineCol('\u{1F600} x', 3)).toEqual({ line: 1, col: 4 });
  });
});

describe('text report', () => {
  const entry = (id: string, draft: string) => ({ draft: { id, draft }, result: check(draft) });

  it('shows line:col, severity, message, rule and suggestions', () => {
    const out = formatText([entry('a.txt', "Hi,\nObviously you didn't read the manual.")]);
    expect(out).toMatch(/^a\.txt$/m);
    expect(out).toMatch(/^ +2:1 +error +This puts the blame.* blame-customer$/m);
    expect(out).toContain('→ remove "Obviously"');
    expect(out).toMatch(/^ {2}score \d+$/m);
  });

  it('shows a dash for the score of an empty draft', () => {
    expect(formatText([entry('empty', '')])).toMatch(/^ {2}score —$/m);
  });

  it('summarises problems, drafts and missing reminders', () => {
    const checked = [entry('a', 'You should have read the FAQ.'), entry('b', "Obviously you didn't read the manual."), entry('c', '')];
    expect(summaryLine(checked)).toMatch(/^✖ 3 problems \(2 errors, 1 warning\) in 2 of 3 drafts · \d+ reminders missing$/);
    expect(summaryLine([])).toBe('no drafts to check');
  });

  it('colours only when asked', () => {
    const checked = [entry('a', 'You should have read the FAQ.')];
    expect(formatText(checked)).not.toContain('\u001b[');
    expect(formatText(checked, true)).toContain('\u001b[');
  });
});

describe('JSON record', () => {
  it('keeps only the contract fields', () => {
    const draft = 'You should have read the FAQ.';
    const record = toJsonRecord({ id: 1, title: 'x', draft }, check(draft));
    expect(Object.keys(record)).toEqual(['id', 'score', 'warnings', 'reminders', 'signals']);
    expect(Object.keys(record.warnings[0] ?? {})).toEqual(['rule', 'start', 'end', 'text', 'severity', 'message', 'suggestions']);
    expect(Object.keys(record.reminders[0] ?? {})).toEqual(['rule', 'expected', 'met']);
  });
});
