/**
 * Form fields shared by the options page. A field being edited keeps what
 * the agent typed even when the settings are read again underneath it (a
 * save, another tab, the card), and takes the stored value once it loses
 * focus. Problems are shown next to the field and linked to it for screen
 * readers.
 */

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { PackProblem } from '../core/index.js';

/** Text that follows `value` except while the field has focus. */
function useDraft<T>(value: T): [T, (v: T) => void, () => void, () => void] {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  return [
    draft,
    setDraft,
    () => {
      editing.current = true;
    },
    () => {
      editing.current = false;
      setDraft(value);
    },
  ];
}

interface TextProps {
  label: string;
  value: string;
  /** Called on each change; returns a problem to show, or null when the value was taken. */
  onChange: (value: string) => string | null;
  hint?: string;
  class?: string;
}

/** A labelled text input that saves as the agent types. */
export function TextField({ label, value, onChange, hint, class: cls }: TextProps) {
  const id = useId();
  const [draft, setDraft, onFocus, onBlur] = useDraft(value);
  const [error, setError] = useState<string | null>(null);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field ${cls ?? ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onFocus={onFocus}
        onBlur={() => {
          onBlur();
          setError(null);
        }}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setDraft(next);
          setError(onChange(next));
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface NumberProps {
  label: string;
  /** A longer name for screen readers when the visible label is short ("Points" → "Points: Thank the customer"). */
  ariaLabel?: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => string | null;
  /** Shown when the text is not a whole number in range. */
  rangeError: string;
}

/** A labelled number input; only whole numbers within range are passed on. */
export function NumberField({ label, ariaLabel, value, min, max, onChange, rangeError }: NumberProps) {
  const id = useId();
  const [draft, setDraft, onFocus, onBlur] = useDraft(String(value));
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="field number">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-label={ariaLabel}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={onFocus}
        onBlur={() => {
          onBlur();
          setError(null);
        }}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const n = Number(text);
          if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) setError(rangeError);
          else setError(onChange(n));
        }}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The engine's problems with a pack, each with its JSON path. */
export function ProblemList({ problems, id }: { problems: PackProblem[]; id?: string }) {
  return (
    <ul class="problems" id={id}>
      {problems.map((p) => (
        <li key={`${p.path} ${p.message}`}>
          <code>{p.path}</code> {p.message}
        </li>
      ))}
    </ul>
  );
}

/** Problem messages for one field of a form, picked by the end of their JSON path. */
export function problemsAt(problems: PackProblem[], test: (path: string) => boolean): string[] {
  return problems.filter((p) => test(p.path)).map((p) => p.message);
}

/** Messages under a field, linked by id. */
export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} class="field-error">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
