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

document.addEventListener(
  APPLY_EVENT,
  (event) => {
    const box = event.target;
    const text = (event as CustomEvent<unknown>).detail;
    if (!(box instanceof Element) || typeof text !== 'string') return;
    let done = false;
    try {
      done = applyCkEditor(box, text);
    } catch {
      done = false;
    }
    if (done) box.dispatchEvent(new CustomEvent(APPLIED_EVENT));
  },
  true,
);
