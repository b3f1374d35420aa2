/**
 * Puts a chosen rewrite into the editor through the editor's own input path,
 * so its model changes and one undo reverts it:
 * - text fields and most rich editors: select the phrase, then
 *   `execCommand('insertText')` (native undo step, input events as if typed);
 * - editors that ignore that (CKEditor 5 keeps its own model) are handled by
 *   the main-world bridge (main-world.ts), which calls the editor's API;
 * - Slate only listens to `beforeinput`, so it gets one.
 */

import type { Edit } from '../core/rewrite.js';
import { type Extracted, isTextField, rangeFor } from './extract.js';

/** Events between this (isolated) world and the main-world bridge. */
export const APPLY_EVENT = 'tactful:apply';
export const APPLIED_EVENT = 'tactful:applied';

function selectRange(doc: Document, range: Range): void {
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Asks the main-world bridge to apply `text` over the current selection; true when an editor API did it. */
function viaBridge(box: Element, text: string): boolean {
  let handled = false;
  const onApplied = () => {
    handled = true;
  };
  box.addEventListener(APPLIED_EVENT, onApplied, { once: true });
  box.dispatchEvent(new CustomEvent(APPLY_EVENT, { detail: text, bubbles: false }));
  box.removeEventListener(APPLIED_EVENT, onApplied);
  return handled;
}

function viaBeforeInput(box: Element, text: string, range: Range): boolean {
  const event = new InputEvent('beforeinput', {
    inputType: text === '' ? 'deleteContentBackward' : 'insertText',
    data: text === '' ? null : text,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [new StaticRange(range)],
  });
  box.dispatchEvent(event);
  return event.defaultPrevented;
}

function viaExecCommand(doc: Document, text: string): boolean {
  // execCommand is deprecated but remains the one way to edit "as if typed", with native undo.
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}

/**
 * Replaces `[edit.start, edit.end)` of the box's extracted text with
 * `edit.text`. Returns false when the box no longer holds that text.
 */
export function applyEdit(box: HTMLElement, extracted: Extracted, edit: Edit): boolean {
  const doc = box.ownerDocument;
  if (isTextField(box)) {
    box.focus({ preventScroll: true });
    box.setSelectionRange(edit.start, edit.end);
    if (viaExecCommand(doc, edit.text)) return true;
    // Last resort (no native undo step): the field's own API plus the input event frameworks listen to.
    box.setRangeText(edit.text, edit.start, edit.end, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.text }));
    return true;
  }
  const range = rangeFor(extracted, edit.start, edit.end);
  if (!range) return false;
  box.focus({ preventScroll: true });
  selectRange(doc, range);
  if (viaBridge(box, edit.text)) return true;
  if (box.hasAttribute('data-slate-editor')) return viaBeforeInput(box, edit.text, range);
  return viaExecCommand(doc, edit.text);
}
