import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from '../src/cli/args.js';
import { formatForPath, parseJsonl, parseMacros, readInput, sniffFormat } from '../src/cli/inputs.js';

const noStdin = () => Promise.reject(new Error('stdin should not be read'));

describe('formatForPath', () => {
  it('picks the format by extension, case-insensitively', () => {
    expect(formatForPath('replies.jsonl')).toBe('jsonl');
    expect(formatForPath('EXPORT.JSON')).toBe('macros');
    expect(formatForPath('draft.txt')).toBe('text');
    expect(formatForPath('draft.md')).toBe('text');
    expect(formatForPath('README')).toBe('text');
  });
});

describe('sniffFormat', () => {
  it('recognises a macros export', () => {
    expect(sniffFormat('{\n  "macros": []\n}\n')).toBe('macros');
    expect(sniffFormat('{"macro": {"id": 1}}')).toBe('macros');
  });

  it('recognises JSON Lines when every non-empty line is an object', () => {
    expect(sniffFormat('{"draft": "a"}\n\n{"draft": "b"}\n')).toBe('jsonl');
    expect(sniffFormat('{"draft": "a"}')).toBe('jsonl');
  });

  it('treats anything else as plain text', () => {
    expect(sniffFormat('You should have read the FAQ.')).toBe('text');
    expect(sniffFormat('{"draft": "a"}\nand some prose')).toBe('text');
    expect(sniffFormat('{\n  "draft": "pretty-printed, not a macros export"\n}')).toBe('text');
    expect(sniffFormat('[1, 2]')).toBe('text');
    expect(sniffFormat('')).toBe('text');
  });
});

describe('parseJsonl', () => {
  it('reads records, skips blank lines and names id-less records by line', () => {
    const text = '{"id": "a", "draft": "One", "customer": "Help!"}\n\n{"draft": "Two"}\r\n{"id": 3, "draft": "Three"}\n';
    expect(parseJsonl(text, 'r.jsonl')).toEqual({
      drafts: [
        { id: 'a', draft: 'One', customer: 'Help!' },
        { id: 'r.jsonl:3', draft: 'Two' },
        { id: 3, draft: 'Three' },
      ],
      problems: [],
    });
  });

  it('reports each malformed line by number and keeps the others', () => {
    const lines = [
      '{"id": "ok", "draft": "Fine"}',
      '{"id": "x", "draft": ',
      '[1]',
      '{"draft": 5}',
      '{"id": "y"}',
      '{"draft": "a", "customer": 1}',
      '{"draft": "b"}',
    ];
    const { drafts, problems } = parseJsonl(lines.join('\n'), 'r.jsonl');
    expect(drafts.map((d) => d.id)).toEqual(['ok', 'r.jsonl:7']);
    expect(problems.map((p) => p.where)).toEqual(['r.jsonl:2', 'r.jsonl:3', 'r.jsonl:4', 'r.jsonl:5', 'r.jsonl:6']);
    expect(problems[0]?.message).toMatch(/^not valid JSON \(.+\)$/);
    expect(problems[1]?.message).toBe('not a JSON object');
    expect(problems[2]?.message).toBe('"draft" is not a string');
    expect(problems[3]?.message).toBe('"draft" is missing');
    expect(problems[4]?.message).toBe('"customer" is not a string');
  });
});

describe('parseMacros', () => {
  const macro = (id: unknown, actions: unknown[], title = 'T') => ({ id, title, actions });

  it('prefers the HTML comment, reduced to text, and keeps ids as given', () => {
    const text = JSON.stringify({
      macros: [
        macro(1, [
          { field: 'comment_value', value: 'plain' },
          { field: 'comment_value_html', value: '<p>Hi&nbsp;there</p><p>Bye</p>' },
        ]),
        macro('two', [{ field: 'comment_value', value: 'Just text' }], 'Second'),
      ],
    });
    expect(parseMacros(text, 'm.json')).toEqual({
      drafts: [
        { id: 1, title: 'T', draft: 'Hi there\n\nBye' },
        { id: 'two', title: 'Second', draft: 'Just text' },
      ],
      problems: [],
    });
  });

  it('uses the last string of an array value', () => {
    const text = JSON.stringify({ macros: [macro(1, [{ field: 'comment_value', value: ['channel:all', 'The reply'] }])] });
    expect(parseMacros(text, 'm.json').drafts[0]?.draft).toBe('The reply');
  });

  it('skips macros without a comment action', () => {
    const text = JSON.stringify({ macros: [macro(1, [{ field: 'status', value: 'solved' }]), macro(2, [])] });
    expect(parseMacros(text, 'm.json')).toEqual({ drafts: [], problems: [] });
  });

  it('accepts a single {"macro": …}', () => {
    const text = JSON.stringify({ macro: macro(9, [{ field: 'comment_value', value: 'Hello' }]) });
    expect(parseMacros(text, 'm.json').drafts).toEqual([{ id: 9, title: 'T', draft: 'Hello' }]);
  });

  it('reports invalid JSON and JSON that is not a macros export', () => {
    expect(parseMacros('{', 'm.json').problems[0]).toMatchObject({ where: 'm.json', message: expect.stringMatching(/^not valid JSON/) });
    expect(parseMacros('[]', 'm.json').problems[0]?.message).toMatch(/not a Zendesk macros export/);
  });
});

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));

  it('reads a text file as one draft named by its path, without a byte-order mark', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, '\uFEFFHello');
    expect(await readInput(file, noStdin)).toEqual({ drafts: [{ id: file, draft: 'Hello' }], problems: [] });
  });

  it('turns an unreadable file into a problem', async () => {
    expect((await readInput(join(dir, 'missing.txt'), noStdin)).problems[0]?.message).toBe('no such file');
    expect((await readInput(dir, noStdin)).problems[0]?.message).toBe('is a directory');
  });

  it('reads - from stdin and sniffs its format', async () => {
    const { drafts } = await readInput('-', () => Promise.resolve('{"draft": "a"}\n{"id": "b", "draft": "b"}\n'));
    expect(drafts).toEqual([
      { id: '<stdin>:1', draft: 'a' },
      { id: 'b', draft: 'b' },
    ]);
  });
});

describe('parseCommand', () => {
  it('reads lint options with their defaults', () => {
    expect(parseCommand(['lint'])).toEqual({ kind: 'lint', pack: undefined, format: 'text', failOn: 'error', files: ['-'] });
    expect(parseCommand(['lint', '--format=json', '--fail-on', 'hint', '--pack', 'p.json', 'a.txt', '-'])).toEqual({
      kind: 'lint',
      pack: 'p.json',
      format: 'json',
      failOn: 'hint',
      files: ['a.txt', '-'],
    });
  });

  it('recognises help, version and pack --print-default', () => {
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['lint', '-h'])).toEqual({ kind: 'help' });
    expect(parseCommand(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommand(['pack', '--print-default'])).toEqual({ kind: 'print-default-pack' });
  });

  it.each([
    [['lint', '--bogus'], /unknown option --bogus/],
    [['lint', '--format', 'xml'], /invalid value "xml" for --format/],
    [['lint', '--fail-on', 'never'], /invalid value "never" for --fail-on/],
    [['lint', '--format'], /--format/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['a.txt'], /tactful lint a\.txt/],
    [[], /no command/],
    [['pack'], /--print-default/],
    [['lint', '--print-default'], /does not apply/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
