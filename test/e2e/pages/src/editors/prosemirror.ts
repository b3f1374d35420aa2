import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser as PMDOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { EditorHandle } from '../editor-api';

/** A ProseMirror editor (basic schema, history, base keymap) mounted in `host`, plus its test handle. */
export function createProseMirror(host: HTMLElement, initialHtml = ''): { view: EditorView; handle: EditorHandle } {
  const template = document.createElement('div');
  template.innerHTML = initialHtml;
  const state = EditorState.create({
    doc: PMDOMParser.fromSchema(schema).parse(template),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
  });
  const view = new EditorView(host, { state });
  const handle: EditorHandle = {
    getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'),
    getData: () => JSON.stringify(view.state.doc.toJSON()),
    focus: () => view.focus(),
    undo: () => {
      undo(view.state, view.dispatch);
    },
  };
  return { view, handle };
}
