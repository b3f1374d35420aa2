/**
 * Command-line parsing for `tactful`: turns argv into a command, or throws a
 * `UsageError` with a one-line message.
 */

import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../core/index.js';

/** A mistake in how tactful was called; the CLI prints it and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Output formats of `tactful lint`. */
export type OutputFormat = 'text' | 'json';

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'print-default-pack' }
  | { kind: 'lint'; pack: string | undefined; format: OutputFormat; failOn: Severity; files: string[] };

/** The text `tactful --help` prints. */
export const HELP = `Usage: tactful <command> [options]

Checks customer-support reply drafts for trigger phrases, blame, missing
apologies and thanks: the same checks as the Tactful extension.

Commands:
  lint [FILES...]        check drafts; no file, or -, reads stdin
  pack --print-default   print the default rule pack, to start a team pack from

Options for lint:
  --pack FILE            use a team rule pack (it extends the default pack)
  --format text|json     output format (default: text)
  --fail-on hint|warning|error
                         lowest severity that makes the run fail (default: error)

Inputs, by extension:
  .jsonl                 one {"id", "draft", "customer"?} per line
  .json                  a Zendesk macros export ({"macros": [...]})
  anything else          one plain-text draft per file
  stdin is sniffed: macros export, JSON Lines, or plain text

Other options:
  -h, --help             show this help
  --version              show the version

Exit codes: 0 no finding at or above --fail-on, 1 some finding reaches it,
2 usage error, unreadable or malformed input, or invalid rule pack.
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  pack: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'print-default': { type: 'boolean' },
} as const;

/** Node's parseArgs messages, shortened to one line. */
function usageMessage(e: unknown): string {
  const err = e as Error & { code?: string };
  const option = /'([^']+)'/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option ${option} needs a value`;
  return (err.message.split('. ')[0] ?? err.message).replace(/^./, (c) => c.toLowerCase());
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value "${value}" for ${option}: use ${allowed.join(', ')}`);
}

function rejectOptions(given: Record<string, unknown>, names: string[], command: string): void {
  for (const name of names) {
    if (given[name] !== undefined) throw new UsageError(`option --${name} does not apply to "tactful ${command}"`);
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(usageMessage(e));
  }
}

/** Parses `tactful`'s arguments (without the node and script paths). Throws `UsageError`. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === 'help') return { kind: 'help' };
  if (command === 'lint') {
    rejectOptions(values, ['print-default'], command);
    return {
      kind: 'lint',
      pack: values.pack,
      format: oneOf(values.format, ['text', 'json'] as const, '--format', 'text'),
      failOn: oneOf(values['fail-on'], SEVERITIES, '--fail-on', 'error'),
      files: rest.length > 0 ? rest : ['-'],
    };
  }
  if (command === 'pack') {
    rejectOptions(values, ['pack', 'format', 'fail-on'], command);
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}" for "tactful pack"`);
    if (!values['print-default']) throw new UsageError('"tactful pack" needs --print-default');
    return { kind: 'print-default-pack' };
  }
  if (command === undefined) throw new UsageError('no command given (to check drafts: tactful lint FILES...)');
  const hint = /[./\\]/.test(command) ? ` (to check a file: tactful lint ${command})` : '';
  throw new UsageError(`unknown command "${command}"${hint}`);
}
