/**
 * Export the selected team as a rule pack file; import a pack from a file or
 * pasted JSON, as a new team or in place of the selected team's rules. An
 * invalid pack is refused with every problem listed (line and column for bad
 * JSON, each JSON path and message for a pack the engine refuses) and nothing
 * changes.
 */

import { useId, useState } from 'preact/hooks';
import { type CompiledPack, defaultPack, type PackProblem, type RulePack } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { ProblemList } from './fields.js';
import { type Imported, readImport } from './pack-file.js';

interface Props {
  teamName: string;
  /** The file the Export button offers. */
  exportFile: () => { fileName: string; text: string };
  download: (fileName: string, text: string) => void;
  /** What the selected team's rules build on, or null when they cannot be replaced (a locked team). */
  replaceBase: CompiledPack | null;
  onImportNew: (pack: RulePack) => string;
  onReplace: (pack: RulePack) => PackProblem[];
}

type Outcome = { kind: 'none' } | { kind: 'refused'; result: Exclude<Imported, { ok: true }> } | { kind: 'done'; message: string };

export function ImportExport({ teamName, exportFile, download, replaceBase, onImportNew, onReplace }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [confirming, setConfirming] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const read = (base: CompiledPack): RulePack | null => {
    const result = readImport(text, base);
    if (!result.ok) {
      setOutcome({ kind: 'refused', result });
      return null;
    }
    return result.pack;
  };
  const importNew = () => {
    setConfirming(false);
    const pack = read(defaultPack());
    if (!pack) return;
    const name = onImportNew(pack);
    setOutcome({ kind: 'done', message: t('options_imported_new', name) });
    setText('');
  };
  const replace = () => {
    if (!replaceBase) return;
    const pack = read(replaceBase);
    setConfirming(false);
    if (!pack) return;
    const problems = onReplace(pack);
    if (problems.length > 0) return setOutcome({ kind: 'refused', result: { ok: false, problems } });
    setOutcome({ kind: 'done', message: t('options_imported_replaced', teamName) });
    setText('');
  };
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setText(await file.text());
    setOutcome({ kind: 'none' });
    input.value = '';
  };

  return (
    <section class="card" data-jump="import" tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_import_export')}</h3>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            const file = exportFile();
            download(file.fileName, file.text);
            setExported(file.fileName);
          }}
        >
          {t('options_export', teamName)}
        </button>
        <span role="status" class="muted">
          {exported ? t('options_exported', exported) : ''}
        </span>
      </div>
      <p class="hint">{t('options_export_hint')}</p>
      <h4>{t('options_import')}</h4>
      <div class="field">
        <label for={`${id}-file`}>{t('options_import_file')}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
      </div>
      <div class="field">
        <label for={`${id}-text`}>{t('options_import_text')}</label>
        <textarea
          id={`${id}-text`}
          class="code"
          rows={6}
          spellcheck={false}
          value={text}
          aria-describedby={outcome.kind === 'refused' ? `${id}-problems` : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setConfirming(false);
          }}
        />
      </div>
      <div class="actions">
        <button type="button" class="primary" disabled={!text.trim()} onClick={importNew}>
          {t('options_import_new')}
        </button>
        {replaceBase && !confirming && (
          <button type="button" disabled={!text.trim()} onClick={() => setConfirming(true)}>
            {t('options_import_replace', teamName)}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm">
          <span>{t('options_import_replace_confirm', teamName)}</span>
          <button type="button" class="danger" onClick={replace}>
            {t('options_replace')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options_cancel')}
          </button>
        </div>
      )}
      {outcome.kind === 'refused' && <Refused id={`${id}-problems`} result={outcome.result} />}
      {outcome.kind === 'done' && (
        <p class="done" role="status">
          {outcome.message}
        </p>
      )}
    </section>
  );
}

function Refused({ id, result }: { id: string; result: Exclude<Imported, { ok: true }> }) {
  return (
    <div id={id} class="card problem import-problems" role="alert">
      {'json' in result ? (
        <p>{t('options_import_bad_json', result.json.line, result.json.column, result.json.message)}</p>
      ) : (
        <>
          <p>{t(result.problems.length === 1 ? 'options_import_one_problem' : 'options_import_problems', result.problems.length)}</p>
          <ProblemList problems={result.problems} />
        </>
      )}
      <p>{t('options_import_nothing_changed')}</p>
    </div>
  );
}
