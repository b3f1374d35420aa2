/**
 * The main-world bridge: a tiny script that runs in the page's own world
 * (where editors keep their JavaScript objects), only to apply a rewrite the
 * agent clicked through an editor's API when the editor needs it. It reads
 * nothing and sends nothing; it answers one DOM event from the content script.
 */

const APPLY_EVENT = 'tactful:apply';
const APPLIED_EVENT = 'tactful:applied';

interface CkPosition {
  readonly _brand?: 'position';
}
interface CkRange {
  readonly _brand?: 'range';
}
interface CkEditor {
  model: { change(fn: (writer: { remove(range: CkRange): void; insertText(text: string, at: CkPosition): void }) => void): void };
  editing: {
    view: { domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): CkRange & { start: CkPosition } };
  };
}

/** CKEditor 5 keeps its model apart from the DOM: change the model, as one undo step. */
function applyCkEditor(box: Element, text: string): boolean {
  const editor = (box as Element & { ckeditorInstance?: CkEditor }).ckeditorInstance;
  const sel = box.ownerDocument.getSelection();
  if (!editor || !sel || sel.rangeCount === 0) return false;
  const viewRange = editor.editing.view.domConverter.domRangeToView(sel.getRangeAt(0));
  if (!viewRange) return false;
  const modelRange = editor.editing.mapper.toModelRange(viewRange);
  editor.model.change((writer) => {
    writer.remove(modelRange);
    if (text !== '') writer.insertText(text, modelRange.start);
  });
  return true;
}

type JQueryish = (el: Element) => { closest(sel: string): { prev(): JQueryNote; length: number } };
interface JQueryNote {
  length: number;
  data(key: string): unknown;
  summernote(command: string, ...args: unknown[]): unknown;
}

/**
 * Summernote undoes by snapshots it takes at word boundaries: record one just
 * before the change and one after it, so one undo reverts exactly the change.
 */
function applySummernote(box: Element, text: string): boolean {
  const $ = (window as unknown as { jQuery?: JQueryish }).jQuery;
  if (!$ || !box.classList.contains('note-editable')) return false;
  const note = $(box).closest('.note-editor').prev();
  if (!note.length || !note.data('summernote')) return false;
  note.summernote('editor.afterCommand', true);
  const done = text === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, text);
  note.summernote('editor.afterCommand');
  return done;
}

interface TinyEditor {
  getBody(): Element;
  undoManager: { add(): unknown; transact(fn: () => void): unknown };
}

/**
 * TinyMCE keeps its own undo stack, which a native insert does not enter:
 * make the change inside one undo transaction. Its editable body lives in an
 * iframe; the editor objects live in the parent page.
 */
function applyTinyMce(box: Element, text: string): boolean {
  type Tiny = { get(): TinyEditor[] };
  // `window.tinymce` may also be the iframe's <body id="tinymce"> (named access), so check what it is.
  const isTiny = (t: unknown): t is Tiny => typeof (t as Tiny | undefined)?.get === 'function';
  let tinymce: Tiny | undefined;
  try {
    const own = (window as unknown as { tinymce?: unknown }).tinymce;
    const parent = (window.parent as unknown as { tinymce?: unknown }).tinymce;
    tinymce = isTiny(own) ? own : isTiny(parent) ? parent : undefined;
  } catch {
    return false; // a cross-origin parent
  }
  const editors = tinymce?.get();
  const editor = Array.isArray(editors) ? editors.find((ed) => ed.getBody() === box) : undefined;
  if (!editor) return false;
  let done = false;
  // Typing has not always made an undo level yet: record the draft as it is, then the change as its own level.
  editor.undoManager.add();
  editor.undoManager.transact(() => {
    done = text === '' ? box.ownerDocument.execCommand('delete', false) : box.ownerDocument.execCommand('insertText', false, text);
  });
  return done;
}

document.addEventListener(
  APPLY_EVENT,
  (event) => {
    const box = event.target;
    const text = (event as CustomEvent<unknown>).detail;
    if (!(box instanceof Element) || typeof text !== 'string') return;
    let done = false;
    try {
      done = applyCkEditor(box, text) || applySummernote(box, text) || applyTinyMce(box, text);
    } catch {
      done = false;
    }
    if (done) box.dispatchEvent(new CustomEvent(APPLIED_EVENT));
  },
  true,
);
