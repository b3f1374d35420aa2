/**
 * The `tactful` command: parses arguments, runs the command and returns the
 * exit code. All input and output goes through `Io`, so tests can drive it.
 */

import { version } from '../../package.json';
import { type CheckResult, type CompiledPack, check, defaultPack, loadPack, PackError, SEVERITIES, type Severity } from '../core/index.js';
import { type Command, HELP, parseCommand, UsageError } from './args.js';
import { type Draft, type InputProblem, readInput, readText } from './inputs.js';
import { formatJson } from './report-json.js';
import { formatText } from './report-text.js';

/** Where the CLI reads and writes. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Whether stdin is a terminal (then a hint says drafts are awaited). */
  stdinIsTTY: boolean;
  /** Whether to colour the text report. */
  colour: boolean;
}

/** Exit codes: nothing reached `--fail-on`, something did, usage or input error. */
export const EXIT = { ok: 0, failed: 1, error: 2 } as const;

function problemLine(p: InputProblem): string {
  return `tactful: ${p.where}: ${p.message}\n`;
}

async function loadTeamPack(file: string, io: Io): Promise<CompiledPack | null> {
  let text: string;
  try {
    text = await readText(file);
  } catch (e) {
    io.stderr(`tactful: ${file}: ${(e as Error).message}\n`);
    return null;
  }
  try {
    return loadPack(text, file);
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    io.stderr(`tactful: ${e.message}\n`);
    return null;
  }
}

async function lint(cmd: Extract<Command, { kind: 'lint' }>, io: Io): Promise<number> {
  const pack = cmd.pack === undefined ? defaultPack() : await loadTeamPack(cmd.pack, io);
  if (!pack) return EXIT.error;
  if (cmd.files.includes('-') && io.stdinIsTTY) io.stderr('tactful: reading a draft from stdin (end with Ctrl-D)\n');
  let inputError = false;
  const checked: { draft: Draft; result: CheckResult }[] = [];
  for (const file of cmd.files) {
    const { drafts, problems } = await readInput(file, io.readStdin);
    for (const p of problems) io.stderr(problemLine(p));
    if (problems.length > 0) inputError = true;
    for (const draft of drafts) {
      try {
        checked.push({ draft, result: check({ draft: draft.draft, customer: draft.customer }, pack) });
      } catch (e) {
        io.stderr(`tactful: ${draft.id}: could not check this draft (${(e as Error).message})\n`);
        inputError = true;
      }
    }
  }
  io.stdout(cmd.format === 'json' ? formatJson(checked) : formatText(checked, io.colour));
  if (inputError) return EXIT.error;
  const threshold = SEVERITIES.indexOf(cmd.failOn);
  const fails = (s: Severity) => SEVERITIES.indexOf(s) >= threshold;
  return checked.some((c) => c.result.warnings.some((w) => fails(w.severity))) ? EXIT.failed : EXIT.ok;
}

/** Runs `tactful` with the given arguments (without node and script paths); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`tactful: ${e.message}\nRun tactful --help for usage.\n`);
    return EXIT.error;
  }
  switch (cmd.kind) {
    case 'help':
      io.stdout(HELP);
      return EXIT.ok;
    case 'version':
      io.stdout(`${version}\n`);
      return EXIT.ok;
    case 'print-default-pack':
      io.stdout(`${JSON.stringify(defaultPack().resolved, null, 2)}\n`);
      return EXIT.ok;
    case 'lint':
      return lint(cmd, io);
  }
}
