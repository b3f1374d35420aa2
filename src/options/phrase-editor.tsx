/**
 * The phrases a check matches, with their rewrites: the base pack's (which
 * the team can remove and put back) and the team's own (which it can add and
 * delete). Patterns are listed too; only the team's own can be deleted, as a
 * pack can replace a rule's patterns but not drop one of them.
 */

import { useId, useState } from 'preact/hooks';
import type { CompiledRule, PackProblem } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { FieldErrors, problemsAt } from './fields.js';
import { ruleLabel } from './labels.js';
import { addPhrase, matchersOf, type PatternView, type PhraseView, removePattern, removePhrase, restorePhrase } from './pack-edits.js';
import type { PackTarget } from './pack-target.js';

/** Rewrites typed one per line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function Rewrites({ rewrites }: { rewrites: string[] }) {
  if (rewrites.length === 0) return <span class="muted">{t('options_no_rewrites')}</span>;
  return (
    <span class="rewrites">
      <span class="sr-only">{t('options_rewrites')}: </span>
      {rewrites.map((r) => (
        <span class="rewrite" key={r}>
          {r === '' ? t('options_rewrite_remove') : r}
        </span>
      ))}
    </span>
  );
}

function PhraseItem({ phrase, onRemove }: { phrase: PhraseView; onRemove: () => void }) {
  return (
    <li class="phrase">
      <code class="match">{phrase.match}</code>
      <span class="arrow" aria-hidden="true">
        →
      </span>
      <Rewrites rewrites={phrase.rewrites} />
      {phrase.origin === 'team' && <span class="chip">{t('options_own_phrase')}</span>}
      <button type="button" class="quiet" aria-label={t('options_remove_phrase', phrase.match)} onClick={onRemove}>
        {t('options_remove')}
      </button>
    </li>
  );
}

function PatternItem({ pattern, onRemove }: { pattern: PatternView; onRemove: (() => void) | null }) {
  return (
    <li class="phrase">
      <code class="match">
        /{pattern.regex}/{pattern.flags}
      </code>
      <span class="arrow" aria-hidden="true">
        →
      </span>
      <Rewrites rewrites={pattern.rewrites} />
      {pattern.origin === 'team' && <span class="chip">{t('options_own_phrase')}</span>}
      {onRemove && (
        <button type="button" class="quiet" aria-label={t('options_remove_pattern', pattern.regex)} onClick={onRemove}>
          {t('options_remove')}
        </button>
      )}
    </li>
  );
}

export function PhraseEditor({ rule, target }: { rule: CompiledRule; target: PackTarget }) {
  const m = matchersOf(target.overlay, target.base, rule.id);
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const change = (fn: Parameters<PackTarget['change']>[0]) => setProblems(target.change(fn));
  return (
    <div class="phrase-editor">
      {rule.kind === 'avoid' && <p class="hint">{t('options_phrases_intro')}</p>}
      <ul class="phrase-list" aria-label={t('options_phrases_of', ruleLabel(rule))}>
        {m.phrases.map((p) => (
          <PhraseItem key={`${p.origin} ${p.match}`} phrase={p} onRemove={() => change((pack) => removePhrase(pack, rule.id, p))} />
        ))}
        {m.patterns.map((p) => (
          <PatternItem
            key={`${p.origin} ${p.regex}`}
            pattern={p}
            onRemove={p.origin === 'team' ? () => change((pack) => removePattern(pack, rule.id, p.regex)) : null}
          />
        ))}
      </ul>
      {m.removed.length > 0 && (
        <>
          <p class="subhead">{t('options_removed_phrases')}</p>
          <ul class="phrase-list removed">
            {m.removed.map((p) => (
              <li class="phrase" key={p.match}>
                <code class="match">{p.match}</code>
                <button
                  type="button"
                  class="quiet"
                  aria-label={t('options_put_back_phrase', p.match)}
                  onClick={() => change((pack) => restorePhrase(pack, rule.id, p.match))}
                >
                  {t('options_put_back')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {problems.length > 0 && <FieldErrors id={`${rule.id}-phrase-problems`} messages={problems.map((p) => `${p.path}: ${p.message}`)} />}
      <AddPhrase rule={rule} target={target} taken={m.phrases.map((p) => p.match)} />
    </div>
  );
}

function AddPhrase({ rule, target, taken }: { rule: CompiledRule; target: PackTarget; taken: string[] }) {
  const id = useId();
  const [match, setMatch] = useState('');
  const [rewrites, setRewrites] = useState('');
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const phrase = match.trim();
    if (!phrase) return setProblems([{ path: '/match', message: t('options_required') }]);
    if (taken.includes(phrase)) return setProblems([{ path: '/match', message: t('options_phrase_taken') }]);
    const refused = target.change((pack) => addPhrase(pack, rule.id, { match: phrase, rewrites: linesOf(rewrites) }));
    setProblems(refused);
    if (refused.length === 0) {
      setMatch('');
      setRewrites('');
    }
  };
  const atMatch = problemsAt(problems, (p) => p.endsWith('/match') || /\/phrases\/\d+$/.test(p));
  const atRewrites = problemsAt(problems, (p) => /\/rewrites(\/\d+)?$/.test(p));
  const other = problems.filter((p) => !atMatch.includes(p.message) && !atRewrites.includes(p.message));
  return (
    <form class="add-form" onSubmit={onSubmit} aria-label={t('options_add_phrase_to', ruleLabel(rule))}>
      <p class="subhead">{t('options_add_phrase_heading')}</p>
      <div class="field">
        <label for={`${id}-match`}>{t('options_phrase')}</label>
        <input
          id={`${id}-match`}
          type="text"
          value={match}
          spellcheck={false}
          aria-invalid={atMatch.length > 0 ? 'true' : undefined}
          aria-describedby={`${id}-syntax${atMatch.length ? ` ${id}-match-error` : ''}`}
          onInput={(e) => setMatch(e.currentTarget.value)}
        />
        <p class="hint" id={`${id}-syntax`}>
          {t('options_phrase_syntax')}
        </p>
        <FieldErrors id={`${id}-match-error`} messages={atMatch} />
      </div>
      <div class="field">
        <label for={`${id}-rewrites`}>{t('options_rewrites_field')}</label>
        <textarea
          id={`${id}-rewrites`}
          rows={2}
          value={rewrites}
          aria-invalid={atRewrites.length > 0 ? 'true' : undefined}
          aria-describedby={atRewrites.length ? `${id}-rewrites-error` : undefined}
          onInput={(e) => setRewrites(e.currentTarget.value)}
        />
        <FieldErrors id={`${id}-rewrites-error`} messages={atRewrites} />
      </div>
      <FieldErrors id={`${id}-other-error`} messages={other.map((p) => `${p.path}: ${p.message}`)} />
      <div class="form-actions">
        <button type="submit">{t('options_add_phrase')}</button>
      </div>
    </form>
  );
}
