import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor, UNDO_COMMAND } from 'lexical';
import { expose } from './editor-api';

const host = document.getElementById('reply');
if (!host) throw new Error('lexical.html: #reply is missing');

const editor = createEditor({
  namespace: 'tactful-reply',
  nodes: [HeadingNode, QuoteNode],
  theme: { paragraph: 'lexical-paragraph' },
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(host);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));

expose({
  // One "\n" between paragraphs (Lexical's own getTextContent() puts two).
  getText: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => node.getTextContent())
        .join('\n'),
    ),
  getData: () => JSON.stringify(editor.getEditorState().toJSON()),
  focus: () => editor.focus(),
  undo: () => {
    editor.dispatchCommand(UNDO_COMMAND, undefined);
  },
});
